/*
 * ingest_claims.c - the claims of `ingest --claims FILE`: claim lines
 * (claimline.h) that `extract` printed elsewhere, grouped by doc, stored
 * with their articles instead of extracting them again.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "claimline.h"
#include "ingest.h"

#define CLAIM_ERR 160		/* bytes of a line's reason */

/* The claims of one doc, in file order, with their line numbers. */
struct claimgroup {
	struct claimset	 cs;
	size_t		*lines;		/* cs.n line numbers */
	size_t		 nlines_cap;
	int		 used;		/* an article of the doc was stored */
};

struct claimfile {
	char		*path;		/* for messages */
	GHashTable	*docs;		/* doc -> struct claimgroup * */
	size_t		 claims;	/* good lines */
};

static void
group_free(void *p)
{
	struct claimgroup *g = p;

	claimset_release(&g->cs);
	free(g->lines);
	free(g);
}

/* Move c (a parsed line, number line) into its doc's group. */
static void
claimfile_add(struct claimfile *cf, struct claim *c, size_t line)
{
	struct claimgroup *g = g_hash_table_lookup(cf->docs, c->doc);
	struct claim *slot;

	if (g == NULL) {
		g = xcalloc(1, sizeof(*g));
		claimset_init(&g->cs);
		g_hash_table_insert(cf->docs, xstrdup(c->doc), g);
	}
	if (g->cs.n == g->nlines_cap) {
		g->nlines_cap = g->nlines_cap ? 2 * g->nlines_cap : 4;
		g->lines = xreallocarray(g->lines, g->nlines_cap,
		    sizeof(*g->lines));
	}
	g->lines[g->cs.n] = line;
	slot = claimset_add(&g->cs);
	*slot = *c;		/* taken over */
	cf->claims++;
}

struct claimfile *
claimfile_load(const char *path, size_t *rejected)
{
	struct claimfile *cf;
	char *buf = NULL, err[CLAIM_ERR];
	size_t cap = 0, line = 0;
	struct claim c;
	ssize_t n;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL) {
		warnx("%s: %s", path, strerror(errno));
		return NULL;
	}
	cf = xcalloc(1, sizeof(*cf));
	cf->path = xstrdup(path);
	cf->docs = g_hash_table_new_full(g_str_hash, g_str_equal, free,
	    group_free);
	while ((n = getline(&buf, &cap, f)) != -1) {
		line++;
		while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			n--;
		if (n == 0)
			continue;
		if (claimline_parse(buf, (size_t)n, &c, err, sizeof(err)) ==
		    -1) {
			warnx("%s:%zu: %s", path, line, err);
			(*rejected)++;
		} else
			claimfile_add(cf, &c, line);
	}
	free(buf);
	if (ferror(f))
		warnx("%s: %s", path, strerror(errno));
	fclose(f);
	return cf;
}

void
claimfile_free(struct claimfile *cf)
{
	if (cf == NULL)
		return;
	g_hash_table_destroy(cf->docs);
	free(cf->path);
	free(cf);
}

const struct claimset *
claimfile_take(struct claimfile *cf, const char *doc)
{
	static const struct claimset none;
	struct claimgroup *g;

	if (doc == NULL || (g = g_hash_table_lookup(cf->docs, doc)) == NULL)
		return &none;
	g->used = 1;
	return &g->cs;
}

/* Lines, in file order, of the claims of docs no article was read for. */
static int
line_cmp(const void *a, const void *b)
{
	const size_t *x = a, *y = b;

	return *x < *y ? -1 : *x > *y;
}

size_t
claimfile_unused(const struct claimfile *cf)
{
	struct claimgroup *g;
	GHashTableIter it;
	size_t n = 0, cap = 0, i, *lines = NULL;
	gpointer k, v;

	g_hash_table_iter_init(&it, cf->docs);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		g = v;
		for (i = 0; !g->used && i < g->cs.n; i++) {
			if (n == cap) {
				cap = cap ? 2 * cap : 16;
				lines = xreallocarray(lines, cap,
				    sizeof(*lines));
			}
			lines[n++] = g->lines[i];
		}
	}
	if (n > 1)	/* qsort() takes no NULL, even for nothing */
		qsort(lines, n, sizeof(*lines), line_cmp);
	for (i = 0; i < n; i++)
		warnx("%s:%zu: no article of its doc among the inputs",
		    cf->path, lines[i]);
	free(lines);
	return n;
}

size_t
claimfile_count(const struct claimfile *cf)
{
	return cf->claims;
}
