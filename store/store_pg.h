/*
 * store_pg.h - private to store/: the PostgreSQL implementation of
 * store.h, chosen when the database is a libpq connection URI
 * ("postgresql://..." or "postgres://..."; PG* environment variables
 * fill in what it leaves out).
 *
 * Each pgstore_X() is store_X() for a store whose pg member is set: the
 * public function in store.c, store_read.c or store_write.c hands the
 * call over first thing, so callers never know which database they
 * hold. The contracts are store.h's; what differs:
 * - the run lock is a session advisory lock, held by a connection of
 *   its own, instead of an flock on "DB.lock";
 * - a statement blocked by another session's lock gives up after the
 *   store's wait (lock_timeout) with the same "locked" message;
 * - several ingests may write at once: an article version is inserted
 *   with ON CONFLICT DO NOTHING and looked up again when another
 *   session stored it first, so no (doc, version) is ever duplicated;
 * - claims are sent with COPY, in batches, before the next read or at
 *   commit;
 * - text is made valid UTF-8 as it is written and repaired as claims are
 *   read, as in SQLite (a UTF8 database refuses invalid bytes; an
 *   SQL_ASCII one keeps whatever another program wrote);
 * - what is SQLite's own (quick_check, the DB-checked stamp, WAL
 *   checkpoints, the page cache) does nothing.
 */
#ifndef STORE_PG_H
#define STORE_PG_H

#include <stdbool.h>
#include <stdint.h>

#include "store.h"

/* The PostgreSQL side of a struct store (store_pg.c). */
struct pgstore;

/*
 * Open a store on the database at uri, creating (when may_create: a
 * writer's) or migrating the schema under an advisory lock (several
 * processes may open a new database at once). A reader's database
 * without our schema is refused, as store_open_read() refuses a missing
 * file. NULL after reporting.
 */
struct store *pgstore_open(const char *uri, int wait_ms, int may_create);
/* Close the connection, rolling back an open transaction; frees st. */
void	pgstore_close(struct store *st);

int	pgstore_begin(struct store *);
int	pgstore_commit(struct store *);
void	pgstore_rollback(struct store *);

int64_t pgstore_run_begin(struct store *, const char *command,
	    const char *args);
int	pgstore_run_finish(struct store *, int64_t run_id,
	    const struct run_counts *, int exit_status);
int	pgstore_put_extracted(struct store *, int64_t run_id,
	    const struct article *, const struct claimset *cs,
	    enum article_status *status, int64_t *article_rowid);
int	pgstore_put_claims(struct store *, int64_t article_rowid,
	    int64_t run_id, const struct claimset *cs);
int	pgstore_file_put(struct store *, int64_t run_id, const char *path,
	    const struct file_stamp *);
int	pgstore_file_seen(struct store *, int64_t run_id, const char *path);
int	pgstore_tracker_put(struct store *, int64_t run_id, const char *text,
	    const char *hash);

long long pgstore_articles_pending(struct store *, store_article_fn fn,
	    void *arg);
long long pgstore_articles_current(struct store *, store_article_fn fn,
	    void *arg);
int	pgstore_tracker_get(struct store *, char **text, char hash[65]);
int	pgstore_files_each(struct store *, store_file_fn fn, void *arg);
int	pgstore_newest_each(struct store *, store_newest_fn fn, void *arg);
int	pgstore_extent(struct store *, struct store_extent *e);
int	pgstore_count(struct store *, struct store_counts *counts);
int	pgstore_claims_foreach(struct store *, const struct claim_scope *,
	    store_claim_fn fn, void *arg);
int	pgstore_scope_keep(struct store *, struct claim_scope *);
void	pgstore_scope_drop(struct store *, struct claim_scope *);
int	pgstore_claims_upto(struct store *, const char *asof,
	    store_claim_fn fn, void *arg);

/*
 * run_lock() for a PostgreSQL database: pg_try_advisory_lock() on a
 * connection of its own, tried every 100 ms for wait_seconds. Returns
 * that connection's socket (the lock ends with it, so also with the
 * process), or -1 after reporting. With shared (run_lock_ingest()),
 * pg_try_advisory_lock_shared(): ingests hold it side by side, and a
 * run's exclusive lock waits for all of them (and they for it).
 */
int	pgstore_run_lock(const char *uri, int wait_seconds, bool shared);
/* Release the lock taken with fd; false when fd is not one of ours. */
bool	pgstore_run_unlock(int fd);

#endif
