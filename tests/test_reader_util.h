/*
 * test_reader_util.h - what the reader tests share: a consumer that keeps
 * copies of the articles read, and capture of what went to stderr.
 */
#ifndef TEST_READER_UTIL_H
#define TEST_READER_UTIL_H

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "claimtrack.h"
#include "util.h"
#include "reader.h"

#define INPUTS TEST_DATA "inputs/"
#define KEPT_MAX 64

/* Copies of the articles a read handed over, in order. */
struct kept {
	struct article	 v[KEPT_MAX];	/* deep copies */
	size_t		 n;		/* how many */
};

static inline int
kept_add(const struct article *a, void *arg)
{
	struct kept *k = arg;
	struct article *c;

	if (k->n == KEPT_MAX)
		return -1;
	c = &k->v[k->n++];
	*c = *a;
	c->id = xstrdup_or_null(a->id);
	c->title = xstrdup_or_null(a->title);
	c->outlet = xstrdup_or_null(a->outlet);
	c->url = xstrdup_or_null(a->url);
	c->path = xstrdup_or_null(a->path);
	c->body = xstrndup(a->body, a->body_len);
	return 0;
}

static inline void
kept_release(struct kept *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		article_release(&k->v[i]);
	k->n = 0;
}

/* stderr redirected to a temporary file until capture_end(). */
struct capture {
	int	 saved;		/* the real stderr */
	FILE	*tmp;		/* where it goes meanwhile */
};

static inline void
capture_begin(struct capture *c)
{
	fflush(stderr);
	c->tmp = tmpfile();
	assert_non_null(c->tmp);
	c->saved = dup(STDERR_FILENO);
	dup2(fileno(c->tmp), STDERR_FILENO);
}

/* Restore stderr and return what was written to it; caller frees. */
static inline char *
capture_end(struct capture *c)
{
	char *s;
	long n;

	fflush(stderr);
	dup2(c->saved, STDERR_FILENO);
	close(c->saved);
	n = ftell(c->tmp);
	s = xcalloc(1, (size_t)n + 1);
	rewind(c->tmp);
	if (n > 0)
		assert_int_equal(fread(s, 1, (size_t)n, c->tmp), (size_t)n);
	fclose(c->tmp);
	return s;
}

/*
 * Read the paths with opts into k, capturing stderr into *err (caller
 * frees); returns read_articles()'s result.
 */
static inline int
read_capture(char *const paths[], size_t n, const struct read_opts *opts,
    struct kept *k, struct read_stats *st, char **err)
{
	struct capture c;
	int rc;

	capture_begin(&c);
	rc = read_articles(paths, n, opts, kept_add, k, st);
	*err = capture_end(&c);
	return rc;
}

/* Assert that haystack holds needle, showing both when not. */
#define assert_contains(haystack, needle) do {				\
	if (strstr((haystack), (needle)) == NULL)			\
		fail_msg("'%s' not in '%s'", (needle), (haystack));	\
} while (0)

#endif
