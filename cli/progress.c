/*
 * progress.c - the progress line declared in cli.h. It lives apart from
 * main.c so the test binaries, which link the commands without main(),
 * link too.
 */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "cli.h"

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
