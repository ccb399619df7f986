/*
 * cli.h - the command layer: one function per command, each parsing its
 * own options with getopt_long and returning an enum exit_code.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>

struct command {
	const char *name;	/* word after "claimtrack" */
	const char *summary;	/* one line for the program's --help */
	int	(*run)(int argc, char **argv); /* argv[0] is the name */
};

int	cmd_ingest(int, char **);
int	cmd_extract(int, char **);
int	cmd_summary(int, char **);
int	cmd_report(int, char **);
int	cmd_run(int, char **);

/*
 * A progress line on stderr, redrawn in place, only when stderr is a
 * terminal (cron logs stay clean). progress_done() ends the line.
 */
void	progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	progress_done(void);

/* Seconds on a monotonic clock, for stage timings. */
double	clock_now(void);
/*
 * One log line for cron: "claimtrack: STAGE: counts (0.12 s)", the time
 * since started. Always printed: a nightly log needs it.
 */
void	stage_log(const char *stage, double started, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * Take the run lock of a database (an flock on "DB.lock" beside it) so
 * that two nightly runs never interleave. Waits up to wait_seconds, then
 * reports "another claimtrack run holds DB" and returns -1. On success
 * returns a descriptor to pass to run_unlock() (the lock also ends with
 * the process, so a killed run never leaves it behind).
 */
int	run_lock(const char *db_path, int wait_seconds);
void	run_unlock(int fd);

#endif
