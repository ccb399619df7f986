/*
 * job.h - the publishing half of the nightly job, shared by `report` and
 * `run`: aggregate the stored claims for a period, draw the charts, write
 * the briefing (report.pdf, summary.md, summary.html), summary.json and
 * the claim exports, and publish them all atomically in one folder.
 */
#ifndef JOB_H
#define JOB_H

#include <getopt.h>
#include <stdbool.h>

#include "aggregate.h"
#include "chart.h"
#include "store.h"
#include "tracker.h"

struct job_opts {
	const char *out;	/* published folder, e.g. outputs/briefing */
	const char *history;	/* with keep_history: where dated copies go */
	bool	 keep_history;	/* also keep HISTORY/ASOF */
	bool	 redraw;	/* publish even when the folder is current */
	const char *tracker_name; /* shown in the report */
	struct summary_opts sum; /* as-of date, period, best rule */
	struct chart_opts charts; /* renderer, formats, size */
};

/* Defaults: out "outputs/briefing", today, week, latest, cairo, all. */
void	job_opts_defaults(struct job_opts *);

/*
 * Publish the briefing of the store's claims for o->sum. Logs each stage
 * on stderr. When the folder already holds the briefing of the same
 * stored claims, options and program (a fingerprint file in it says what
 * it was made from), nothing is drawn again unless o->redraw. Returns EXIT_OK; EXIT_USAGE when the renderer cannot run
 * (gnuplot missing); EXIT_FATAL when nothing could be published (the
 * previous folder is then left as it was). Errors are reported once.
 */
int	job_publish(struct store *, const struct tracker *,
	    const struct job_opts *);

/* getopt_long values of the options `report` and `run` share. */
enum job_optkey {
	OPT_OUT = 1000, OPT_ASOF, OPT_PERIOD, OPT_BEST, OPT_RENDERER,
	OPT_FORMAT, OPT_WIDTH, OPT_DPI, OPT_KEEP_HISTORY, OPT_HISTORY,
	OPT_REDRAW
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
	{ "redraw", no_argument, NULL, OPT_REDRAW }

/*
 * Apply one of those options. Returns 1 when c was one of them, 0 when
 * it was not, -1 on a bad value (reported).
 */
int	job_opt(struct job_opts *, int c, const char *arg);

/*
 * Apply --asof (OPT_ASOF), --period (OPT_PERIOD) or --best (OPT_BEST) to
 * summary options: 1 when applied, 0 when key is another, -1 on a bad
 * value (reported). Shared by every command that summarizes.
 */
int	summary_opt(struct summary_opts *, int key, const char *arg);

/* Their help text, one line an option. */
extern const char job_help[];

#endif
