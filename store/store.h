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
 *        format, body, first_seen, last_seen, run_id, extracted, line)
 *   claims(id, article_id, run_id, value, low, high, qualifier, quantity,
 *        subject, source, claimant, relayer, scope, modality, claim_date,
 *        sentence, sent_start, sent_end, num_start, num_end, factor, each)
 *   files(path, size, mtime_ns, ctime_ns, inode, articles, last_seen,
 *        run_id)  (schema 2: the files an ingest read whole; see
 *        store_file_put())
 *   tracker(id = 1, text, hash, stored, run_id)  (schema 4: the tracker
 *        the claims were extracted with; store_tracker_get())
 * Indexes (schema 5) claims_by_date(claim_date) and
 *   articles_by_published(published): a briefing's claims by date.
 * View current_articles: the newest version of each doc.
 * View current_claims: the claims of the newest version of each doc,
 * joined with their article's doc, outlet, url, published, path, title
 * and line.
 *
 * This header is the one door to the database: nothing outside store/
 * includes <sqlite3.h> or holds SQL text. Row ids are int64_t.
 *
 * Errors: every function that returns -1 has already printed one message
 * naming the database file (warnx); the caller only maps it to an exit
 * status. A lock held by another process past the busy timeout always
 * reads "FILE: database is locked by another claimtrack run; gave up
 * after N s" and sets the store's locked flag.
 *
 * Times are ISO 8601 in UTC ("2024-10-25T08:15:00Z").
 *
 * A database named by a libpq URI ("postgresql://..." or
 * "postgres://...") is a PostgreSQL one, with the same tables, views,
 * schema version and answers (store_pg.h says what differs); anything
 * else is an SQLite file.
 */
#ifndef STORE_H
#define STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "claimtrack.h"

/*
 * An open database. Its members are the store's own (store_int.h): ask
 * through the functions below.
 */
struct store;

/* What store_put_article() did with an article. */
enum article_status {
	ARTICLE_NEW,		/* doc never seen: stored as version 1 */
	ARTICLE_UNCHANGED,	/* same doc and hash as its newest version,
				   or as an older one (one version per
				   text): only last_seen updated */
	ARTICLE_CHANGED		/* same doc, other text: a new version,
				   the older ones kept */
};

/* The tallies a run row keeps. */
struct run_counts {
	size_t	 articles_new;		/* ARTICLE_NEW */
	size_t	 articles_unchanged;	/* ARTICLE_UNCHANGED */
	size_t	 articles_changed;	/* ARTICLE_CHANGED */
	size_t	 articles_rejected;	/* files, lines or articles refused */
	size_t	 claims;		/* claims stored */
};

/* What is in the database, for summaries and tests. */
struct store_counts {
	long long docs;		/* distinct docs */
	long long versions;	/* article rows, all versions */
	long long claims;	/* claim rows, all versions */
	long long current_claims; /* rows of the current_claims view */
	long long runs;		/* run rows */
	long long pending;	/* current articles not yet extracted */
};

/*
 * Open (creating if needed) and migrate the database at path. Waits up to
 * wait_ms for a lock held by another process. On failure prints one
 * message naming the file and returns NULL (the caller exits EXIT_FATAL).
 * A file that is not an SQLite database, a damaged one (PRAGMA
 * quick_check, which reads the whole file, must say "ok"), or an SQLite
 * database with tables that are not claimtrack's, is refused and left
 * byte-identical.
 * The caller owns the store and frees it with store_close().
 */
struct store *store_open(const char *path, int wait_ms);
/* Whether db is a PostgreSQL URI rather than the path of a file. */
bool	store_is_postgres(const char *db);
/* Close the connection (rolling back an open transaction); NULL is a no-op. */
/*
 * store_open() without reading every page first (PRAGMA quick_check takes
 * about 0.9 s on a 750 MB database), for commands that write no article:
 * summary and report. Damage met while reading is still reported as
 * corruption. It never creates a database: a missing file is refused
 * with "PATH: no such database ..." and an empty one as not claimtrack's,
 * so a mistyped --db cannot publish an empty briefing.
 */
struct store *store_open_read(const char *path, int wait_ms);
void	store_close(struct store *);

/* Whether an operation gave up on a lock held by another process. */
bool	store_locked(const struct store *);
/* Whether the SQLite library may be used by several threads at once. */
bool	store_threadsafe(void);

/*
 * Tune the connection for one large write transaction, until
 * store_bulk_end() gives the settings back (a tuning, never an error):
 * - a page cache of cache_kib KiB: with SQLite's 2 MB default, the index
 *   pages of a large archive are evicted and read back for every article;
 * - statement journals in memory: each INSERT inside the transaction
 *   keeps the pages it changes, to undo itself alone, and in a temporary
 *   file those copies came to gigabytes of writes at 100,000 articles.
 *   They only live for one statement.
 */
void	store_bulk_begin(struct store *, int cache_kib);
void	store_bulk_end(struct store *);

/*
 * Start a write transaction with BEGIN IMMEDIATE, so a second writer
 * waits up to the busy timeout and then fails with the lock message
 * instead of failing half way. Returns 0 or -1 (reported).
 */
int	store_begin(struct store *);
/* Commit the open transaction. Returns 0 or -1 (reported). */
int	store_commit(struct store *);
/* Roll back the open transaction, if any; silent, always safe. */
void	store_rollback(struct store *);

/*
 * Insert a run row (command such as "ingest", args as typed, started
 * now) and return its id, or -1 (reported). Call it outside a
 * transaction so the row survives a rollback of the run's work.
 */
int64_t store_run_begin(struct store *, const char *command,
	    const char *args);
/*
 * Record the counts, exit status and finishing time of a run. Call it
 * after store_commit() or store_rollback(). Returns 0 or -1 (reported).
 */
int	store_run_finish(struct store *, int64_t run_id,
	    const struct run_counts *, int exit_status);

/*
 * Store an article read in run run_id (<= 0: no run). Dedupe is by
 * (doc, hash): the same text under another doc id is another article.
 * Sets *status and *article_rowid (the articles.id of the newest version,
 * the one claims belong to). Returns 0 when stored, 1 when the article
 * was refused (no id, no body or no hash; reported as "path[:line]: ..."),
 * -1 on a database error (reported). The article stays the caller's.
 */
int	store_put_article(struct store *, int64_t run_id,
	    const struct article *, enum article_status *status,
	    int64_t *article_rowid);

/*
 * store_put_article() and, when the article is new or changed, the
 * claims found in it (cs; NULL: not extracted yet): the new row is
 * written once, already marked extracted, with no claims to replace.
 * What a nightly ingest calls for each article, inside its transaction:
 * on -1 the article may be stored in part, and the caller rolls the
 * transaction back. (A savepoint per article would make it all or
 * nothing alone, but copies every page it touches to a sub-journal:
 * 19 GB of writes for 100,000 articles.)
 */
int	store_put_extracted(struct store *, int64_t run_id,
	    const struct article *, const struct claimset *cs,
	    enum article_status *status, int64_t *article_rowid);

/*
 * Store every claim of cs for article article_rowid (replacing the
 * claims that article version had, so extracting again is idempotent)
 * and mark the article extracted, all or nothing. NAN numbers and an
 * empty claim_date are stored as NULL; claim->doc and claim->published
 * come from the article row. Returns 0, or -1 (reported) when the
 * article does not exist or a claim breaks a constraint.
 */
int	store_put_claims(struct store *, int64_t article_rowid,
	    int64_t run_id, const struct claimset *cs);

/*
 * Called once per pending article, rebuilt from the database (format is
 * "text", "jsonl" or "html"; path and line say where it was read from).
 * The article is released when the call returns. Return 0 to go on, -1
 * to stop. The callback may call store_put_claims().
 */
typedef int (*store_article_fn)(const struct article *,
	    int64_t article_rowid, void *arg);

/*
 * Call fn for each current article (newest version of its doc) that has
 * no claims stored yet (extracted = 0), oldest first. Returns the number
 * of articles visited, or -1 on a database error (reported) or when fn
 * stopped.
 */
long long store_articles_pending(struct store *, store_article_fn fn,
	    void *arg);

/*
 * Call fn for each current article (newest version of its doc), whether
 * extracted or not, oldest first: what a changed tracker extracts
 * again. Returns the number visited, or -1 on a database error
 * (reported) or when fn stopped.
 */
long long store_articles_current(struct store *, store_article_fn fn,
	    void *arg);

/*
 * The tracker the stored claims were extracted with (schema 4): 1 with
 * its text in *text (the caller frees) and its SHA-256 hex in hash, 0
 * when none is stored (a new database, or one from before schema 4),
 * -1 on a database error (reported).
 */
int	store_tracker_get(struct store *, char **text, char hash[65]);
/* Store (replace) it, inside the run's transaction. 0 or -1 (reported). */
int	store_tracker_put(struct store *, int64_t run_id, const char *text,
	    const char *hash);

/* What the store remembers of a file an ingest read whole. */
struct file_stamp {
	long long size;		/* st_size */
	long long mtime_ns;	/* st_mtim in nanoseconds */
	long long ctime_ns;	/* st_ctim in nanoseconds */
	long long inode;	/* st_ino */
	long long articles;	/* articles read from it */
};

/*
 * Called once per files row: path is absolute and, like the stamp,
 * valid only during the call. Return 0 to go on, -1 to stop.
 */
typedef int (*store_file_fn)(const char *path, const struct file_stamp *,
	    void *arg);

/*
 * Call fn for every files row. Returns 0, or -1 on a database error
 * (reported) or when fn stopped.
 */
int	store_files_each(struct store *, store_file_fn fn, void *arg);

/*
 * Record that run run_id read the file at path (absolute) whole, with
 * every article of it stored: insert or replace its row. Returns 0 or
 * -1 (reported).
 */
int	store_file_put(struct store *, int64_t run_id, const char *path,
	    const struct file_stamp *);

/*
 * Record that run run_id found the file at path unchanged and skipped
 * it: move its last_seen and run_id. Returns 0 or -1 (reported).
 */
int	store_file_seen(struct store *, int64_t run_id,
	    const char *path);

/*
 * store_file_seen() for each of the nseen paths in seen. unseen holds
 * the nunseen other paths that had a row when the ingest began: the
 * rows the run did not skip. When they are fewer, every row but those
 * and the ones run_id wrote is moved in one statement, so a re-run that
 * skips a whole archive does not look its rows up one at a time.
 * Returns 0 or -1 (reported).
 */
int	store_files_seen(struct store *, int64_t run_id,
	    char *const *seen, size_t nseen, char *const *unseen,
	    size_t nunseen);

/*
 * Called with the doc and content hash of the newest version of each
 * doc, valid only during the call. Return 0 to go on, -1 to stop.
 */
typedef int (*store_newest_fn)(const char *doc, const char *hash,
	    void *arg);

/*
 * Call fn for the newest version of every stored doc, reading only the
 * index (doc, version, hash), never an article row with its body.
 * Returns 0, or -1 when fn stopped or on a database error, which is not
 * reported: the caller only loses a shortcut.
 */
int	store_newest_each(struct store *, store_newest_fn fn, void *arg);

/* How far the stored rows go; rows are only added, so the same extent
 * means the same articles and claims. */
struct store_extent {
	long long articles;	/* article rows, all versions */
	long long newest_article; /* their largest id, 0 when none */
	long long claims;	/* claim rows */
	long long newest_claim;	/* their largest id, 0 when none */
};

/* Fill *e. Returns 0, or -1 on a database error, not reported (the
 * caller then does without the extent). */
int	store_extent(struct store *, struct store_extent *e);

/*
 * Which claims a briefing lists and exports: those of the newest version
 * of each article whose effective date (claim date, else publication
 * date) lies in the period, the undated ones, and the cited ones from
 * before the period. Articles published after asof are left out, as if
 * not yet published.
 */
struct claim_scope {
	const char *start;	/* first day "YYYY-MM-DD"; "" = the beginning */
	const char *asof;	/* last day */
	const int64_t *cited;	/* claim ids listed whatever their date */
	size_t	 ncited;
	bool	 kept;		/* its rows are kept: store_scope_keep() */
};

/*
 * One stored claim of the newest version of its article, with that
 * article's provenance. Strings are NULL when not stored and, like the
 * row, valid only during the callback; numbers are NAN when not stored.
 */
struct claim_row {
	int64_t	 id;		/* claims.id */
	int64_t	 article_id;	/* articles.id of the article version */
	long long article_version; /* its version number; -1 unknown */
	int64_t	 run_id;	/* run that stored the claim; -1 none */
	const char *doc;	/* article id */
	const char *outlet;
	const char *url;
	const char *title;
	const char *published;	/* publication date as stored */
	const char *claim_date;	/* "YYYY-MM-DD" */
	const char *effective_date; /* claim_date, else published */
	bool	 date_from_published; /* effective date is the publication's */
	const char *source;	/* normalized claimant */
	const char *claimant;	/* as written */
	const char *relayer;
	const char *quantity;
	const char *modality;	/* modality_name() */
	const char *scope;	/* as written */
	const char *place;	/* normalized scope */
	const char *qualifier;	/* qualifier_name() */
	double	 value, low, high;
	const char *subject;
	const char *sentence;
	long long sent_start;	/* byte offsets in the body; -1 not stored */
	long long sent_end;
	long long num_start;
	long long num_end;
};

/* Called once per claim row; return 0 to go on, -1 to stop. */
typedef int (*store_claim_fn)(const struct claim_row *, void *arg);

/*
 * Call fn for each claim of the scope, every member of the row filled,
 * in order of effective date, doc, number offset and id. Returns 0, or
 * -1 when fn stopped or on a database error (reported).
 */
int	store_claims_foreach(struct store *, const struct claim_scope *,
	    store_claim_fn fn, void *arg);

/*
 * Select the scope's claims once and keep the rows in a temporary table
 * of the connection, so that each store_claims_foreach() of sc after it
 * reads them instead of scanning every stored claim again (at 100,000
 * articles a scan is a third of a second or more; a briefing makes
 * three). The rows stand as they were: keep them only while the store is
 * not written. 0, or -1 (reported).
 */
int	store_scope_keep(struct store *, struct claim_scope *);
/* Forget the kept rows; sc is selected afresh again. */
void	store_scope_drop(struct store *, struct claim_scope *);

/*
 * Call fn for every claim of the newest version of each article, but
 * those of articles published after asof ("YYYY-MM-DD"), in storage
 * order: what the aggregation reads. Only id, article_id, doc, outlet,
 * url, title, published, claim_date, source, quantity, modality, place,
 * qualifier, value, low and high are filled; the other members are NULL,
 * NAN or -1. Returns 0, or -1 when fn stopped or on a database error
 * (reported as "cannot read claims").
 */
int	store_claims_upto(struct store *, const char *asof,
	    store_claim_fn fn, void *arg);

/*
 * Write a stored number as the database gives it as text ("12000.0",
 * "0.5"): the form the CSV export has always used. NAN gives "".
 */
void	store_number_text(double, char *buf, size_t size);

/* Fill *counts. Returns 0 or -1 (reported). */
int	store_count(struct store *, struct store_counts *counts);

/* "new", "unchanged" or "changed". */
const char *article_status_name(enum article_status);

/* The schema version this program writes. */
#define STORE_SCHEMA_VERSION 5

/*
 * Take the run lock of a database (an flock on "DB.lock" beside it) so
 * that two nightly runs never interleave. Waits up to wait_seconds, then
 * reports "another claimtrack run holds DB" and returns -1. On success
 * returns a descriptor to pass to run_unlock() (the lock also ends with
 * the process, so a killed run never leaves it behind). For a
 * PostgreSQL database the lock is a session advisory lock instead, held
 * by a connection of its own whose socket is the descriptor returned.
 */
int	run_lock(const char *db_path, int wait_seconds);
/*
 * The lock an ingest takes, so that it never interleaves with a nightly
 * run: run_lock() itself on SQLite (one writer at a time anyway); on
 * PostgreSQL the same advisory lock taken shared, so that ingests
 * (claimtrack-dask's shards) write side by side while a run, which
 * takes it exclusive, waits for them all and they for it.
 */
int	run_lock_ingest(const char *db_path, int wait_seconds);
void	run_unlock(int fd);

#endif
