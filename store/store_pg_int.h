/*
 * store_pg_int.h - private to store_pg.c and store_pg_read.c: the
 * PostgreSQL side of a store and the helpers both files share.
 */
#ifndef STORE_PG_INT_H
#define STORE_PG_INT_H

#include <libpq-fe.h>

#include "util.h"

/* The statements prepared on first use and kept for the connection. */
enum pg_cached {
	PQ_NEWEST, PQ_INSERT, PQ_TOUCH, PQ_FILE_PUT, PQ_FILE_SEEN,
	PQ_SAME_TEXT, PQ_COUNT
};

struct pgstore {
	PGconn	*conn;		/* the store's connection; owned */
	int	 in_tx;		/* inside store_begin() .. commit/rollback */
	struct strbuf copy;	/* claim rows waiting for COPY, text form */
	size_t	 ncopy;		/* rows in copy */
	int	 prepared[PQ_COUNT]; /* statement q is prepared */
};

/* The current time as stored: ISO 8601, UTC, whole seconds. */
#define PG_NOW "to_char(now() AT TIME ZONE 'UTC'," \
	" 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"

/*
 * Report a failed statement once (res may be NULL: the connection's
 * message) and return -1. A lock_timeout gets the message users search
 * for and sets the store's locked flag.
 */
int	pg_fail(struct store *, PGresult *res, const char *what);
/*
 * Run sql with n text parameters v (NULL members are SQL NULL). Returns
 * the result, which the caller clears, or NULL after reporting.
 */
PGresult *pg_exec(struct store *, const char *sql, int n,
	    const char *const *v, const char *what);
/* Run sql, one or more statements without parameters, ignoring any
 * rows: 0 or -1 (reported). */
int	pg_run(struct store *, const char *sql, const char *what);
/* Clear a result of pg_exec(): 0, or -1 when it was NULL. */
int	pg_done(struct store *, PGresult *res);
/* Column col of row as an integer, -1 when NULL. */
long long pg_int(const PGresult *res, int row, int col);
/* COPY the queued claims now. 0 or -1 (reported). */
int	pg_flush(struct store *);

#endif
