/*
 * logtime.c - see logtime.h.
 */
#define _GNU_SOURCE	/* fopencookie */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "logtime.h"

static bool at_line_start = true;	/* the next byte begins a line */

/* Write all of buf to fd 2; false on an error. */
static bool
write_all(const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(STDERR_FILENO, buf, len);
		if (n > 0) {
			buf += n;
			len -= (size_t)n;
		} else if (n == -1 && errno != EINTR)
			return false;
	}
	return true;
}

/* "YYYY-MM-DDTHH:MM:SSZ " of now, UTC. */
static void
stamp_write(void)
{
	char stamp[32];
	struct tm tm;
	time_t t = time(NULL);

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ ", &tm) == 0)
		return;
	write_all(stamp, strlen(stamp));
}

/* The cookie stream's write: a stamp before each line's first byte. The
 * stream's own lock serializes callers. */
static ssize_t
stamped_write(void *cookie, const char *buf, size_t size)
{
	const char *p = buf, *nl, *end = buf + size;

	(void)cookie;
	while (p < end) {
		if (at_line_start)
			stamp_write();
		nl = memchr(p, '\n', (size_t)(end - p));
		at_line_start = nl != NULL;
		if (!write_all(p, nl != NULL ? (size_t)(nl + 1 - p) :
		    (size_t)(end - p)))
			return -1;
		p = nl != NULL ? nl + 1 : end;
	}
	return (ssize_t)size;
}

void
logtime_stderr(void)
{
	static const cookie_io_functions_t io = { .write = stamped_write };
	FILE *f;

	if (isatty(STDERR_FILENO))
		return;
	if ((f = fopencookie(NULL, "w", io)) == NULL)
		return;
	setvbuf(f, NULL, _IONBF, 0);
	fflush(stderr);
	stderr = f;
}
