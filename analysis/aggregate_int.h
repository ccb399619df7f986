/*
 * aggregate_int.h - private to the aggregate module (aggregate*.c and
 * summary_*.c): the steps summary_build() runs, in order.
 */
#ifndef AGGREGATE_INT_H
#define AGGREGATE_INT_H

#include <glib.h>

#include "aggregate.h"

/* The labels of a row; claims carry its number in row while loading. */
struct rowkey {
	const char *quantity;	/* interned */
	const char *source;	/* interned */
	const char *scope;	/* interned, NULL when not said */
	enum modality modality;
};

/* Scratch space of one summary_build(); freed when it returns. */
struct build {
	struct summary *s;	/* the summary being built */
	GStringChunk *strings;	/* interned strings, owned by s */
	size_t	 noutlets;	/* distinct outlets seen */
	size_t	*outlet_stamp;	/* per outlet: last range that counted it */
	size_t	*article_stamp;	/* per article: the same */
	size_t	 stamp;		/* current count number */
	size_t	 acap, ccap;	/* allocated articles, claims, */
	size_t	 ecap, rcap;	/*   events, rows */
	struct rowkey *keys;	/* distinct row labels, in order of first use */
	size_t	 nkeys, kcap;
};

/* Read the claims up to asof from st into s; -1 after one message. */
int	agg_load(struct build *, struct store *st);
/* Number of the row labelled k, adding it when new. */
size_t	agg_rowkey(struct build *, GHashTable *, const struct rowkey *k);
/* Group claims into rows and events, then points, ranges and changes. */
void	agg_events(struct build *);
/* Ranges over events: list gives their indexes, else first .. first+n. */
struct sum_range agg_range(struct build *, const size_t *list, size_t first,
	    size_t n);
/* Per-family discrepancies and all-sources ranges. */
void	agg_measures(struct build *);
void	agg_combined(struct build *);

#endif
