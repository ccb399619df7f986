/*
 * progress.h - what a running stage tells the operator on stderr: a
 * progress line for terminals and one log line per stage for cron.
 */
#ifndef PROGRESS_H
#define PROGRESS_H

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

#endif
