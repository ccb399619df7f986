/*
 * ingest_int.h - what ingest.c and ingest_threads.c share; not for
 * other modules.
 */
#ifndef INGEST_INT_H
#define INGEST_INT_H

#include "claimtrack.h"
#include "reader.h"
#include "ingest.h"

/*
 * Store article a and, when it is new or changed, its claims: found
 * (claims a worker extracted) or, when found is NULL, those the hook
 * finds now. Counts it and draws the progress line. Returns 0, or -1
 * on a fatal error (reported; ing->fatal set). Only one thread at a
 * time may call it: it is the one using the store.
 */
int	ingest_store(struct ingest *, const struct article *a,
	    const struct claimset *found);

/*
 * read_articles() with ing->jobs extraction threads and one writer
 * thread calling ingest_store(), in input order. Returns what
 * read_articles() returns; a fatal error of a worker or the writer
 * stops the batch (-1, ing->fatal set).
 */
int	ingest_threads_read(struct ingest *, char *const paths[],
	    size_t npaths, const struct read_opts *, struct read_stats *);

#endif
