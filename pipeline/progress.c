/*
 * progress.c - the progress line and the stage log declared in cli.h.
 * They live apart from main.c so the test binaries, which link the
 * commands without main(), link too.
 */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"

void
progress(const char *fmt, ...)
{
	va_list ap;

	if (!isatty(STDERR_FILENO))
		return;
	fputs("\r\033[K", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
}

void
progress_done(void)
{
	if (isatty(STDERR_FILENO))
		fputs("\r\033[K", stderr);
}

double
clock_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
stage_log(const char *stage, double started, const char *fmt, ...)
{
	va_list ap;

	flockfile(stderr);	/* one line, even if a worker warns now */
	progress_done();
	fprintf(stderr, "claimtrack: %s: ", stage);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (%.2f s)\n", clock_now() - started);
	funlockfile(stderr);
}
