/*
 * store_int.h - private to store/ (and to tests that look into the
 * database directly): the store's members and the SQLite helpers its
 * files share. Nothing outside store/ includes <sqlite3.h> or this file.
 */
#ifndef STORE_INT_H
#define STORE_INT_H

#include <sqlite3.h>

#include "store.h"

struct store {
	sqlite3	*db;		/* open connection; the store owns it */
	char	*path;		/* database file name */
	int	 wait_ms;	/* busy timeout given to store_open() */
	int	 locked;	/* set once an operation gave up on a lock */
	int	 failed;	/* set once a database error was reported */
	int	 checked;	/* every page was read at open (quick_check) */
	int	 writer;	/* opened by store_open(): stamped at close */
	int	 warned_text;	/* said that stored text held invalid UTF-8 */
	int	 may_create;	/* a writer's: an empty or missing file
				   becomes a new database */
	int	 cache_size;	/* PRAGMA cache_size before store_bulk_begin() */
	sqlite3_stmt **cache;	/* statements kept prepared for the store's
				   life (store_cached()) */
	struct pgstore *pg;	/* set: a PostgreSQL store (store_pg.h), db
				   NULL and each function handing over */
};

/* The current time as stored: ISO 8601, UTC, whole seconds. */
#define SQL_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/*
 * Report a failed SQLite call once and return -1. A lock timeout gets
 * the message users search for; anything else names what was being done.
 */
int	store_fail(struct store *, int rc, const char *what);
/* Run SQL without results or parameters. Returns 0 or -1 (reported). */
int	store_exec(struct store *, const char *sql, const char *what);
/* Prepare sql; NULL on failure (reported). The caller finalizes. */
sqlite3_stmt *store_prepare(struct store *, const char *sql);
/*
 * Step a statement that returns no row, then finalize it.
 * Returns 0 or -1 (reported as a failure of what).
 */
int	stmt_done(struct store *, sqlite3_stmt *, const char *what);

/*
 * The statements run once per article or claim, prepared on first use
 * and kept for the store's life (finalized by store_close()): preparing
 * them for every article cost the SQL parser and allocations.
 */
enum cached {
	Q_NEWEST, Q_INSERT, Q_TOUCH, Q_CLAIMS_DELETE, Q_EXTRACTED,
	Q_CLAIM_INSERT, Q_SAVEPOINT, Q_RELEASE, Q_FILE_PUT, Q_FILE_SEEN,
	Q_SAME_TEXT, Q_COUNT
};

/*
 * The cached statement q, reset and with no bindings; NULL when it
 * cannot be prepared (reported). The store owns it: never finalize it.
 */
sqlite3_stmt *store_cached(struct store *, enum cached q);
/*
 * Step a cached statement that returns no row and reset it, so it holds
 * no lock or cursor. Returns 0 or -1 (reported as a failure of what).
 */
int	cached_done(struct store *, sqlite3_stmt *, const char *what);
/* Finalize the cached statements (before closing the connection). */
void	cache_release(struct store *);

/*
 * Refuse an article the schema cannot hold (no id, body or hash), as
 * either backend stores one: 1 when refused (reported), else 0.
 */
int	article_refused(const struct article *);

#endif
