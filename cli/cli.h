/*
 * cli.h - the command layer: one function per command, each parsing its
 * own options with getopt_long and returning an enum exit_code.
 */
#ifndef CLI_H
#define CLI_H

#include <getopt.h>
#include <stdbool.h>

#include "aggregate.h"
#include "job.h"
#include "store.h"
#include "tracker.h"

struct command {
	const char *name;	/* word after "claimtrack" */
	const char *summary;	/* one line for the program's --help */
	int	(*run)(int argc, char **argv); /* argv[0] is the name */
};

/*
 * Keep the database db and its side files (-wal, -shm, -journal, .lock
 * and the -checked stamp) out of every walk of the article paths, so a
 * run over the folder that holds them never reads them as articles.
 */
void	cli_skip_db_files(const char *db);

int	cmd_ingest(int, char **);
int	cmd_extract(int, char **);
int	cmd_summary(int, char **);
int	cmd_report(int, char **);
int	cmd_run(int, char **);

/* getopt_long values of the options `report` and `run` share. */
enum job_optkey {
	OPT_OUT = 1000, OPT_ASOF, OPT_PERIOD, OPT_BEST, OPT_RENDERER,
	OPT_FORMAT, OPT_WIDTH, OPT_DPI, OPT_KEEP_HISTORY, OPT_HISTORY,
	OPT_REDRAW, OPT_STALE_AFTER, OPT_OUTLIER_FACTOR
};

/* Their getopt_long entries, to put in a command's option array. */
#define JOB_LONGOPTS							\
	{ "out", required_argument, NULL, OPT_OUT },			\
	{ "asof", required_argument, NULL, OPT_ASOF },			\
	{ "period", required_argument, NULL, OPT_PERIOD },		\
	{ "best", required_argument, NULL, OPT_BEST },			\
	{ "renderer", required_argument, NULL, OPT_RENDERER },		\
	{ "format", required_argument, NULL, OPT_FORMAT },		\
	{ "width", required_argument, NULL, OPT_WIDTH },		\
	{ "dpi", required_argument, NULL, OPT_DPI },			\
	{ "keep-history", no_argument, NULL, OPT_KEEP_HISTORY },	\
	{ "history", required_argument, NULL, OPT_HISTORY },		\
	{ "redraw", no_argument, NULL, OPT_REDRAW },			\
	{ "stale-after", required_argument, NULL, OPT_STALE_AFTER },	\
	{ "outlier-factor", required_argument, NULL, OPT_OUTLIER_FACTOR }

/*
 * Apply one of those options. Returns 1 when c was one of them, 0 when
 * it was not, -1 on a bad value (reported).
 */
int	job_opt(struct job_opts *, int c, const char *arg);

/*
 * Apply --asof (OPT_ASOF), --period (OPT_PERIOD), --best (OPT_BEST) or
 * --stale-after (OPT_STALE_AFTER) or --outlier-factor (OPT_OUTLIER_FACTOR)
 * to summary options: 1 when applied, 0 when key is another, -1 on a bad
 * value (reported). Shared by every command that summarizes.
 */
int	summary_opt(struct summary_opts *, int key, const char *arg);

/*
 * Compare the quantities as tracker tr groups them into measures: point
 * so's table at tr's (borrowed: tr must outlive the summary).
 */
struct tracker;
void	summary_opts_measures(struct summary_opts *, const struct tracker *);

/*
 * Check the options together once all are parsed: PNG charts at most
 * JOB_PNG_MAX_PX wide (--width × --dpi / 96), the widest --width alone
 * allows, so a large pair is refused before any work instead of failing
 * in cairo after the ingest. 0, or -1 after a message (exit 2).
 */
int	job_opts_check(const struct job_opts *);
#define JOB_PNG_MAX_PX 8000

/*
 * The tracker a command works with, chosen once the database is open:
 * the --tracker file when given, else the one stored with the claims,
 * else the built-in one. What it was read from is kept, for the store.
 */
struct tracker_choice {
	struct tracker *tr;	/* parsed; owned */
	char	*text;		/* the INI text; owned */
	char	 hash[65];	/* SHA-256 hex of text */
	const char *name;	/* path, "stored" or "built-in" */
};

/*
 * Fill *tc as above (st may be NULL: no stored tracker). path was
 * checked by tracker_load() before. Returns 0, or -1 after a message
 * naming the file (exit 2 for a tracker, 3 for the database: *db_error
 * says which).
 */
int	tracker_choose(struct tracker_choice *tc, const char *path,
	    struct store *st, int *db_error);
void	tracker_choice_release(struct tracker_choice *);

/* The help text of the options report and run share, one line an option. */
extern const char job_help[];

/* Parse -j's argument (1 to INGEST_JOBS_MAX) into *out; -1 after a message. */
int	jobs_parse(const char *s, int *out);

/* Parse --wait's argument into *out; -1 after a message. */
int	wait_parse(const char *s, int *out);

/* The arguments as typed, for the run row (bounded); caller frees. */
char	*args_text(int argc, char **argv);

#endif
