/*
 * tmpdir_fixture.h - for tests that run the program over files in a
 * fresh temporary folder: the folder (made by tmpdir_make() in a
 * cmocka setup, removed by tmpdir_teardown()), the exit status of a
 * shell command line, and a file of the folder read whole. Each test
 * program includes it once, so the folder is that program's.
 */
#ifndef TMPDIR_FIXTURE_H
#define TMPDIR_FIXTURE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "testutil.h"
#include "util.h"
#include "publish.h"

static char dir[64];		/* the temporary folder of one test */

/* Make dir a fresh /tmp/claimtrack-NAME-XXXXXX: 0, or -1. */
static inline int
tmpdir_make(const char *name)
{
	snprintf(dir, sizeof(dir), "/tmp/claimtrack-%s-XXXXXX", name);
	return mkdtemp(dir) == NULL ? -1 : 0;
}

/* A cmocka teardown: remove dir and everything in it. */
static inline int
tmpdir_teardown(void **state)
{
	(void)state;
	return remove_tree(dir) == 0 ? 0 : -1;
}

/* Run a shell command line built from fmt; its exit status. */
static inline int
sh(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/* Contents of dir/name (NUL-terminated, caller frees), or fail. */
static inline char *
slurp(const char *name)
{
	char path[256];
	size_t len;
	char *s;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	s = file_read(path, (size_t)64 << 20, &len);
	if (s == NULL)
		fail_msg("cannot read %s", path);
	return s;
}

/* Collapse runs of white space to one space, in place, so text that
 * pdftotext wrapped over lines compares with the text as written. */
static inline char *
squeeze(char *s)
{
	char *r = s, *w = s;
	int space = 0;

	for (; *r; r++) {
		if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\f') {
			space = w > s;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = '\0';
	return s;
}

#endif
