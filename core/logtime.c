/*
 * logtime.c - see logtime.h.
 */
#define _GNU_SOURCE	/* fopencookie */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "logtime.h"

#define STAMP_LEN 21	/* "YYYY-MM-DDTHH:MM:SSZ " */
#define LINE_MAX_HELD 4096	/* a longer line goes out in pieces */

/*
 * The line being assembled: warnx() hands the stream its prefix, its
 * message and its newline in three writes, and a line must reach the
 * file in one write() so that nothing else (another process sharing
 * fd 2, a write that fails half-way) can split it. The stream's own
 * lock, which warnx() holds for the whole line, serializes callers.
 */
static char held[STAMP_LEN + LINE_MAX_HELD + 1];
static size_t nheld;	/* bytes in held, the stamp included */

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

/* Begin a line in held with "YYYY-MM-DDTHH:MM:SSZ " of now, UTC. */
static void
line_begin(void)
{
	struct tm tm;
	time_t t = time(NULL);

	nheld = 0;
	if (gmtime_r(&t, &tm) != NULL)
		nheld = strftime(held, sizeof(held), "%Y-%m-%dT%H:%M:%SZ ",
		    &tm);
}

/* Send the held line, if any, and start empty; false on an error. */
static bool
line_flush(void)
{
	bool ok = nheld == 0 || write_all(held, nheld);

	nheld = 0;
	return ok;
}

/* The cookie stream's write: bytes gathered into whole stamped lines. */
static ssize_t
stamped_write(void *cookie, const char *buf, size_t size)
{
	const char *p = buf, *end = buf + size;
	bool ok = true;

	(void)cookie;
	while (p < end) {
		if (nheld == 0)
			line_begin();
		while (p < end && nheld < sizeof(held) - 1) {
			held[nheld++] = *p;
			if (*p++ == '\n')
				break;
		}
		if (held[nheld - 1] == '\n' || nheld == sizeof(held) - 1)
			ok = line_flush() && ok;
	}
	return ok ? (ssize_t)size : -1;
}

/* A line cut short by exit() (no newline yet) still reaches the log. */
static void
flush_at_exit(void)
{
	flockfile(stderr);
	line_flush();
	funlockfile(stderr);
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
	atexit(flush_at_exit);
}
