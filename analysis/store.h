/*
 * store.h - the SQLite store: articles (versioned by content hash), the
 * claims found in them (with provenance), and one row per run.
 *
 * The schema is created and migrated through PRAGMA user_version; the
 * database runs in WAL mode with foreign keys on. Every statement is a
 * prepared statement with bound parameters.
 *
 * Tables (see store.c for the full DDL):
 *   runs(id, started, finished, command, args, articles_new,
 *        articles_unchanged, articles_changed, articles_rejected,
 *        claims, exit_status)
 *   articles(id, doc, version, hash, title, outlet, url, published, path,
 *        format, body, first_seen, last_seen, run_id, extracted)
 *   claims(id, article_id, run_id, value, low, high, qualifier, quantity,
 *        subject, source, claimant, relayer, scope, modality, claim_date,
 *        sentence, sent_start, sent_end, num_start, num_end, factor, each)
 * View current_claims: the claims of the newest version of each doc,
 * joined with their article's doc, outlet, url, published and path.
 */
#ifndef STORE_H
#define STORE_H

#include <sqlite3.h>

struct store {
	sqlite3	*db;		/* open connection; the store owns it */
	char	*path;		/* database file name */
};

/*
 * Open (creating if needed) and migrate the database at path. Waits up to
 * wait_ms for a lock held by another process. On failure prints one
 * message naming the file and returns NULL (the caller exits EXIT_FATAL).
 * A file that is not a claimtrack/SQLite database is refused, never
 * overwritten.
 */
struct store *store_open(const char *path, int wait_ms);
void	store_close(struct store *);

/* The schema version this program writes. */
#define STORE_SCHEMA_VERSION 1

#endif
