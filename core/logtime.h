/*
 * logtime.h - an ISO-8601 UTC time at the start of every line written to
 * stderr, for the cron user who appends stderr to a log.
 */
#ifndef LOGTIME_H
#define LOGTIME_H

/*
 * When stderr is not a terminal, replace the stderr stream with one that
 * writes "2024-10-31T02:15:03Z " before each line and passes each whole
 * line on to file descriptor 2 in one write(), so every warning (warnx()
 * writes to stderr) and every stage line is stamped and stays one line
 * in the log, whoever else writes there. Only a line not yet ended waits
 * (exit() sends it). On a terminal, or if the stream cannot be made,
 * stderr is left as it was. Call once, first thing in main().
 */
void	logtime_stderr(void);

#endif
