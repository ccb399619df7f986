/*
 * store.c - see store.h.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "store.h"
#include "dbstamp.h"

/* The current time as stored: ISO 8601, UTC, whole seconds. */
#define STORE_PAGE_SIZE "16384"	/* bytes, for new files */
#define SQL_NOW "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

/* Migration n takes the schema from user_version n to n + 1. */
static const char *const migrations[] = {
	/* 0 -> 1: the first schema */
	"CREATE TABLE runs ("
	"  id INTEGER PRIMARY KEY,"
	"  started TEXT NOT NULL,"		/* ISO 8601, UTC */
	"  finished TEXT,"			/* NULL: still running, killed,
						   or gave up on a lock */
	"  command TEXT NOT NULL,"
	"  args TEXT,"
	"  articles_new INTEGER NOT NULL DEFAULT 0,"
	"  articles_unchanged INTEGER NOT NULL DEFAULT 0,"
	"  articles_changed INTEGER NOT NULL DEFAULT 0,"
	"  articles_rejected INTEGER NOT NULL DEFAULT 0,"
	"  claims INTEGER NOT NULL DEFAULT 0,"
	"  exit_status INTEGER"
	");"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  doc TEXT NOT NULL,"			/* article id */
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  hash TEXT NOT NULL,"			/* SHA-256 of the body */
	"  title TEXT, outlet TEXT, url TEXT,"
	"  published TEXT,"			/* YYYY-MM-DD or NULL */
	"  path TEXT, format TEXT,"
	"  body TEXT NOT NULL,"
	"  first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,"
	"  run_id INTEGER REFERENCES runs(id),"
	"  extracted INTEGER NOT NULL DEFAULT 0," /* claims stored */
	"  line INTEGER NOT NULL DEFAULT 0,"	/* JSONL line; 0 whole file */
	"  UNIQUE (doc, version)"
	");"
	"CREATE INDEX articles_by_hash ON articles(hash);"
	"CREATE TABLE claims ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE,"
	"  run_id INTEGER REFERENCES runs(id),"
	"  value REAL, low REAL, high REAL,"	/* NULL = absent / open */
	"  qualifier TEXT NOT NULL,"
	"  quantity TEXT NOT NULL,"
	"  subject TEXT,"
	"  source TEXT NOT NULL,"
	"  claimant TEXT, relayer TEXT, scope TEXT,"
	"  place TEXT,"				/* normalized scope */
	"  modality TEXT NOT NULL,"
	"  claim_date TEXT,"			/* YYYY-MM-DD or NULL */
	"  sentence TEXT NOT NULL,"
	"  sent_start INTEGER, sent_end INTEGER,"
	"  num_start INTEGER, num_end INTEGER,"
	"  factor REAL NOT NULL DEFAULT 1, each REAL"
	");"
	"CREATE INDEX claims_by_article ON claims(article_id);"
	"CREATE INDEX claims_by_quantity ON claims(quantity, source, claim_date);"
	"CREATE VIEW current_articles AS"
	"  SELECT a.* FROM articles a"
	"  JOIN (SELECT doc, max(version) AS version FROM articles"
	"        GROUP BY doc) newest"	/* one pass, not one lookup a row */
	"    ON newest.doc = a.doc AND newest.version = a.version;"
	"CREATE VIEW current_claims AS"
	"  SELECT c.*, a.doc, a.outlet, a.url, a.published, a.path, a.title,"
	"    a.line"
	"  FROM claims c JOIN current_articles a ON a.id = c.article_id;",
	/*
	 * 1 -> 2: the files an ingest read whole, so that the next one can
	 * skip a file whose size, times and inode are unchanged without
	 * opening it; and an index holding (doc, version, hash), so that
	 * finding the newest version of a doc reads no article row.
	 */
	"CREATE TABLE files ("
	"  path TEXT PRIMARY KEY,"		/* absolute, symlinks kept */
	"  size INTEGER NOT NULL,"		/* bytes */
	"  mtime_ns INTEGER NOT NULL,"		/* modified, ns since 1970 */
	"  ctime_ns INTEGER NOT NULL,"		/* status changed, ns */
	"  inode INTEGER NOT NULL,"
	"  articles INTEGER NOT NULL,"		/* articles it held */
	"  last_seen TEXT NOT NULL,"		/* last ingest that saw it */
	"  run_id INTEGER REFERENCES runs(id)"	/* that ingest's run */
	");"
	"CREATE INDEX articles_newest ON articles(doc, version, hash);",
	/*
	 * 2 -> 3: no index on the hash alone. Every look-up goes by doc
	 * (articles_newest), and keeping 64 random hex digits sorted cost
	 * every insert of a large ingest a descent through that index.
	 */
	"DROP INDEX IF EXISTS articles_by_hash;",
};

#define NMIGRATIONS (sizeof(migrations) / sizeof(*migrations))

/*
 * Report a failed SQLite call once and return -1. A lock timeout gets
 * the message users search for; anything else names what was being done.
 */
static int
store_fail(struct store *st, int rc, const char *what)
{
	int primary = rc & 0xff;

	st->failed = 1;
	if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
		st->locked = 1;
		warnx("%s: database is locked by another claimtrack run; "
		    "gave up after %g s", st->path, st->wait_ms / 1000.0);
	} else if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
		warnx("%s: not a claimtrack database or corrupted; "
		    "refusing to touch it", st->path);
	else
		warnx("%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
	return -1;
}

/* Run SQL without results or parameters. Returns 0 or -1 (reported). */
static int
store_exec(struct store *st, const char *sql, const char *what)
{
	int rc;

	rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(st, rc, what);
	return 0;
}

/* Prepare sql; NULL on failure (reported). The caller finalizes. */
static sqlite3_stmt *
store_prepare(struct store *st, const char *sql)
{
	sqlite3_stmt *stmt = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL);
	if (rc != SQLITE_OK) {
		store_fail(st, rc, "preparing a statement");
		sqlite3_finalize(stmt);
		return NULL;
	}
	return stmt;
}

/*
 * Step a statement that returns no row, then finalize it.
 * Returns 0 or -1 (reported as a failure of what).
 */
static int
stmt_done(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	int rc = sqlite3_step(stmt);

	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, what);
	return 0;
}

/*
 * The statements run once per article or claim, prepared on first use
 * and kept for the store's life (finalized by store_close()): preparing
 * them for every article cost the SQL parser and allocations.
 */
enum cached {
	Q_NEWEST, Q_INSERT, Q_TOUCH, Q_CLAIMS_DELETE, Q_EXTRACTED,
	Q_CLAIM_INSERT, Q_SAVEPOINT, Q_RELEASE, Q_FILE_PUT, Q_FILE_SEEN,
	Q_COUNT
};

static const char *const cached_sql[Q_COUNT] = {
	[Q_NEWEST] = "SELECT id, version, hash = ?2 FROM articles"
	    " WHERE doc = ?1 ORDER BY version DESC LIMIT 1",
	[Q_INSERT] = "INSERT INTO articles (doc, version, hash, title,"
	    " outlet, url, published, path, line, format, body, first_seen,"
	    " last_seen, run_id, extracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
	    " ?7, ?8, ?9, ?10, ?11, " SQL_NOW ", " SQL_NOW ", ?12, ?13)",
	[Q_TOUCH] = "UPDATE articles SET last_seen = " SQL_NOW
	    " WHERE id = ?1",
	[Q_CLAIMS_DELETE] = "DELETE FROM claims WHERE article_id = ?1",
	[Q_EXTRACTED] = "UPDATE articles SET extracted = 1 WHERE id = ?1",
	[Q_CLAIM_INSERT] = "INSERT INTO claims (article_id, run_id, value,"
	    " low, high, qualifier, quantity, subject, source, claimant,"
	    " relayer, scope, modality, claim_date, sentence, sent_start,"
	    " sent_end, num_start, num_end, factor, each, place) VALUES (?1,"
	    " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
	    " ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
	[Q_SAVEPOINT] = "SAVEPOINT put_claims",
	[Q_RELEASE] = "RELEASE put_claims",
	[Q_FILE_PUT] = "INSERT OR REPLACE INTO files (path, size, mtime_ns,"
	    " ctime_ns, inode, articles, last_seen, run_id) VALUES (?1, ?2,"
	    " ?3, ?4, ?5, ?6, " SQL_NOW ", ?7)",
	[Q_FILE_SEEN] = "UPDATE files SET last_seen = " SQL_NOW ","
	    " run_id = ?2 WHERE path = ?1",
};

/*
 * The cached statement q, reset and with no bindings; NULL when it
 * cannot be prepared (reported). The store owns it: never finalize it.
 */
static sqlite3_stmt *
store_cached(struct store *st, enum cached q)
{
	sqlite3_stmt *stmt;

	if (st->cache == NULL)
		st->cache = xcalloc(Q_COUNT, sizeof(*st->cache));
	stmt = st->cache[q];
	if (stmt == NULL) {
		stmt = store_prepare(st, cached_sql[q]);
		st->cache[q] = stmt;
		return stmt;
	}
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	return stmt;
}

/*
 * Step a cached statement that returns no row and reset it, so it holds
 * no lock or cursor. Returns 0 or -1 (reported as a failure of what).
 */
static int
cached_done(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	int rc = sqlite3_step(stmt);

	if (rc != SQLITE_DONE) {
		store_fail(st, rc, what);
		sqlite3_reset(stmt);
		return -1;
	}
	sqlite3_reset(stmt);
	return 0;
}

/* Finalize the cached statements (before closing the connection). */
static void
cache_release(struct store *st)
{
	size_t i;

	if (st->cache == NULL)
		return;
	for (i = 0; i < Q_COUNT; i++)
		sqlite3_finalize(st->cache[i]);
	free(st->cache);
	st->cache = NULL;
}

/* Read one integer from a query without parameters. */
static int
query_int(struct store *st, const char *sql, long long *out)
{
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_prepare(st, sql)) == NULL)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, sql);
	return 0;
}

/*
 * A database this program may migrate: ours at any version, or an empty
 * one. Another program's SQLite file is refused so it is never changed.
 */
static int
schema_check(struct store *st, long long *version)
{
	long long objects;

	if (query_int(st, "PRAGMA user_version", version) == -1)
		return -1;
	if (*version > STORE_SCHEMA_VERSION) {
		warnx("%s: schema version %lld is newer than this program's "
		    "%d", st->path, *version, STORE_SCHEMA_VERSION);
		return -1;
	}
	if (*version > 0)
		return 0;
	if (query_int(st, "SELECT count(*) FROM sqlite_master", &objects)
	    == -1)
		return -1;
	if (objects > 0) {
		warnx("%s: an SQLite database of another program; "
		    "refusing to touch it", st->path);
		return -1;
	}
	return 0;
}

/* Apply the migrations from version on, then set user_version. */
static int
migrate_apply(struct store *st, long long version)
{
	char pragma[64];
	size_t i;

	for (i = (size_t)version; i < NMIGRATIONS; i++)
		if (store_exec(st, migrations[i], "migrating the schema") == -1)
			return -1;
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
	    STORE_SCHEMA_VERSION);
	return store_exec(st, pragma, "migrating the schema");
}

/*
 * Bring the schema up to STORE_SCHEMA_VERSION in one transaction. The
 * version is read again under the write lock: another process may have
 * migrated while this one waited.
 */
static int
migrate(struct store *st)
{
	long long version;

	if (schema_check(st, &version) == -1)
		return -1;
	if (version == STORE_SCHEMA_VERSION)
		return 0;
	/*
	 * A new file gets pages of STORE_PAGE_SIZE: article rows of a few
	 * KB then share pages instead of spilling into overflow pages, and
	 * a large ingest writes a quarter as many pages. It only takes on
	 * a file with no page yet; an existing one keeps its size.
	 */
	if (version == 0)
		sqlite3_exec(st->db, "PRAGMA page_size = " STORE_PAGE_SIZE,
		    NULL, NULL, NULL);
	if (store_begin(st) == -1)
		return -1;
	if (schema_check(st, &version) == -1 ||
	    (version < STORE_SCHEMA_VERSION &&
	    migrate_apply(st, version) == -1) ||
	    store_commit(st) == -1) {
		store_rollback(st);
		return -1;
	}
	return 0;
}

/*
 * Refuse a damaged file before anything is written to it: PRAGMA
 * quick_check reads every page (O(size), about a second per GB) and
 * reports "ok" or what is broken. Without it a run row would be committed
 * to a corrupted file before the damage is met half way through the run.
 */
#define QUICK_CHECK_BANNER "*** in database main ***\n"

static int
integrity_check(struct store *st)
{
	sqlite3_stmt *stmt;
	const char *row;
	int rc;

	if ((stmt = store_prepare(st, "PRAGMA quick_check(1)")) == NULL)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return store_fail(st, rc, "checking the database");
	}
	row = (const char *)sqlite3_column_text(stmt, 0);
	if (row == NULL)
		row = "no answer";
	if (strcmp(row, "ok") != 0) {
		/* one line: the first finding, without SQLite's banner */
		if (strncmp(row, QUICK_CHECK_BANNER,
		    strlen(QUICK_CHECK_BANNER)) == 0)
			row += strlen(QUICK_CHECK_BANNER);
		warnx("%s: database corrupted (%.*s); refusing to touch it",
		    st->path, (int)strcspn(row, "\n"), row);
		sqlite3_finalize(stmt);
		return -1;
	}
	sqlite3_finalize(stmt);
	return 0;
}

/* store_open(); check says whether to read every page first. */
static struct store *
store_open_checked(const char *path, int wait_ms, int check)
{
	struct store *st = xcalloc(1, sizeof(*st));
	int rc;

	st->path = xstrdup(path);
	st->wait_ms = wait_ms;
	rc = sqlite3_open_v2(path, &st->db,
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		warnx("%s: cannot open database: %s", path,
		    st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
		store_close(st);
		return NULL;
	}
	sqlite3_busy_timeout(st->db, wait_ms);
	sqlite3_extended_result_codes(st->db, 1);
	/* a file as this program last left it need not be read again */
	st->checked = check && !dbstamp_matches(path);
	if ((st->checked && integrity_check(st) == -1) || migrate(st) == -1 ||
	    store_exec(st, "PRAGMA journal_mode = WAL", "setting WAL") == -1 ||
	    store_exec(st, "PRAGMA foreign_keys = ON", "setting keys") == -1 ||
	    store_exec(st, "PRAGMA synchronous = NORMAL", "setting sync")
	    == -1) {
		store_close(st);
		return NULL;
	}
	st->writer = check;	/* opened whole: stamped at close */
	return st;
}

struct store *
store_open(const char *path, int wait_ms)
{
	return store_open_checked(path, wait_ms, 1);
}

struct store *
store_open_read(const char *path, int wait_ms)
{
	return store_open_checked(path, wait_ms, 0);
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	cache_release(st);
	/* the last connection's close checkpoints and removes the log */
	if (sqlite3_close(st->db) == SQLITE_OK && st->writer && !st->failed)
		dbstamp_write(st->path);
	free(st->path);
	free(st);
}

int
store_begin(struct store *st)
{
	return store_exec(st, "BEGIN IMMEDIATE", "starting a transaction");
}

int
store_commit(struct store *st)
{
	return store_exec(st, "COMMIT", "committing");
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Bind text, or NULL when s is NULL or, with empty_null, empty. */
static int
bind_text(sqlite3_stmt *stmt, int i, const char *s, int empty_null)
{
	if (s == NULL || (empty_null && *s == '\0'))
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC);
}

/* Bind a double, or NULL when it is NAN (absent, open bound). */
static int
bind_real(sqlite3_stmt *stmt, int i, double v)
{
	if (isnan(v))
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_double(stmt, i, v);
}

/* Bind a run id, or NULL when there is no run. */
static int
bind_run(sqlite3_stmt *stmt, int i, sqlite3_int64 run_id)
{
	if (run_id <= 0)
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_int64(stmt, i, run_id);
}

sqlite3_int64
store_run_begin(struct store *st, const char *command, const char *args)
{
	sqlite3_stmt *stmt;

	stmt = store_prepare(st, "INSERT INTO runs (started, command, args)"
	    " VALUES (" SQL_NOW ", ?1, ?2)");
	if (stmt == NULL)
		return -1;
	bind_text(stmt, 1, command, 0);
	bind_text(stmt, 2, args, 0);
	if (stmt_done(st, stmt, "recording the run") == -1)
		return -1;
	return sqlite3_last_insert_rowid(st->db);
}

int
store_run_finish(struct store *st, sqlite3_int64 run_id,
    const struct run_counts *c, int exit_status)
{
	sqlite3_stmt *stmt;

	stmt = store_prepare(st, "UPDATE runs SET finished = " SQL_NOW ","
	    " articles_new = ?2, articles_unchanged = ?3,"
	    " articles_changed = ?4, articles_rejected = ?5, claims = ?6,"
	    " exit_status = ?7 WHERE id = ?1");
	if (stmt == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, run_id);
	sqlite3_bind_int64(stmt, 2, (sqlite3_int64)c->articles_new);
	sqlite3_bind_int64(stmt, 3, (sqlite3_int64)c->articles_unchanged);
	sqlite3_bind_int64(stmt, 4, (sqlite3_int64)c->articles_changed);
	sqlite3_bind_int64(stmt, 5, (sqlite3_int64)c->articles_rejected);
	sqlite3_bind_int64(stmt, 6, (sqlite3_int64)c->claims);
	sqlite3_bind_int(stmt, 7, exit_status);
	return stmt_done(st, stmt, "finishing the run");
}

/* Refuse an article the schema cannot hold; 1 when refused (reported). */
static int
article_refused(const struct article *a)
{
	const char *why = NULL;

	if (a->id == NULL || *a->id == '\0')
		why = "article has no id";
	else if (a->body == NULL)
		why = "article has no body";
	else if (a->hash[0] == '\0')
		why = "article has no content hash";
	if (why == NULL)
		return 0;
	if (a->line > 0)
		warnx("%s:%zu: %s; not stored", a->path ? a->path : "-",
		    a->line, why);
	else
		warnx("%s: %s; not stored", a->path ? a->path : "-", why);
	return 1;
}

/*
 * Find the newest version of doc: 1 found (sets *rowid, *version and
 * *same, whether its hash equals hash), 0 none, -1 error (reported).
 */
static int
article_newest(struct store *st, const char *doc, const char *hash,
    sqlite3_int64 *rowid, long long *version, int *same)
{
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_cached(st, Q_NEWEST)) == NULL)
		return -1;
	bind_text(stmt, 1, doc, 0);
	bind_text(stmt, 2, hash, 0);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*rowid = sqlite3_column_int64(stmt, 0);
		*version = sqlite3_column_int64(stmt, 1);
		*same = sqlite3_column_int(stmt, 2);
	} else if (rc != SQLITE_DONE)
		store_fail(st, rc, "looking up an article");
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Insert a as version of its doc, extracted or not; sets *rowid. */
static int
article_insert(struct store *st, sqlite3_int64 run_id,
    const struct article *a, long long version, int extracted,
    sqlite3_int64 *rowid)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_INSERT)) == NULL)
		return -1;
	bind_text(stmt, 1, a->id, 0);
	sqlite3_bind_int64(stmt, 2, version);
	bind_text(stmt, 3, a->hash, 0);
	bind_text(stmt, 4, a->title, 0);
	bind_text(stmt, 5, a->outlet, 0);
	bind_text(stmt, 6, a->url, 0);
	bind_text(stmt, 7, a->published, 1);
	bind_text(stmt, 8, a->path, 0);
	sqlite3_bind_int64(stmt, 9, (sqlite3_int64)a->line);
	bind_text(stmt, 10, a->format, 0);
	sqlite3_bind_text(stmt, 11, a->body, (int)a->body_len, SQLITE_STATIC);
	bind_run(stmt, 12, run_id);
	sqlite3_bind_int(stmt, 13, extracted);
	if (cached_done(st, stmt, "storing an article") == -1)
		return -1;
	*rowid = sqlite3_last_insert_rowid(st->db);
	return 0;
}

/* The article was seen again unchanged: move its last_seen. */
static int
article_touch(struct store *st, sqlite3_int64 rowid)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_TOUCH)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, rowid);
	return cached_done(st, stmt, "updating an article");
}

/* Begin the savepoint that makes one article's writes all or nothing. */
static int
savepoint_begin(struct store *st)
{
	sqlite3_stmt *stmt = store_cached(st, Q_SAVEPOINT);

	return stmt == NULL ? -1 : cached_done(st, stmt, "storing claims");
}

/* Release the savepoint (ok) or roll back to it; returns ok ? 0 : -1. */
static int
savepoint_end(struct store *st, int ok)
{
	sqlite3_stmt *stmt;

	if (!ok) {
		sqlite3_exec(st->db, "ROLLBACK TO put_claims;"
		    " RELEASE put_claims", NULL, NULL, NULL);
		return -1;
	}
	if ((stmt = store_cached(st, Q_RELEASE)) == NULL)
		return -1;
	return cached_done(st, stmt, "storing claims");
}

static int	claims_insert_all(struct store *, sqlite3_int64 rowid,
		    sqlite3_int64 run_id, const struct claimset *);

int
store_put_extracted(struct store *st, sqlite3_int64 run_id,
    const struct article *a, const struct claimset *cs,
    enum article_status *status, sqlite3_int64 *article_rowid)
{
	long long version = 0;
	int found, same = 0;

	if (article_refused(a))
		return 1;
	if (a->body_len > (size_t)0x7fffffff) {
		warnx("%s: article '%s' is too large to store",
		    a->path ? a->path : "-", a->id);
		return 1;
	}
	found = article_newest(st, a->id, a->hash, article_rowid, &version,
	    &same);
	if (found == -1)
		return -1;
	if (found && same) {
		*status = ARTICLE_UNCHANGED;
		return article_touch(st, *article_rowid);
	}
	*status = found ? ARTICLE_CHANGED : ARTICLE_NEW;
	if (article_insert(st, run_id, a, version + 1, cs != NULL,
	    article_rowid) == -1)
		return -1;
	return cs == NULL ? 0 : claims_insert_all(st, *article_rowid, run_id,
	    cs);
}

int
store_put_article(struct store *st, sqlite3_int64 run_id,
    const struct article *a, enum article_status *status,
    sqlite3_int64 *article_rowid)
{
	return store_put_extracted(st, run_id, a, NULL, status,
	    article_rowid);
}

/* Insert one claim of article rowid; stmt is reset for the next one. */
static int
claim_insert(struct store *st, sqlite3_stmt *stmt, sqlite3_int64 rowid,
    sqlite3_int64 run_id, const struct claim *c)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	sqlite3_bind_int64(stmt, 1, rowid);
	bind_run(stmt, 2, run_id);
	bind_real(stmt, 3, c->value);
	bind_real(stmt, 4, c->low);
	bind_real(stmt, 5, c->high);
	bind_text(stmt, 6, qualifier_name(c->qualifier), 0);
	bind_text(stmt, 7, c->quantity, 0);
	bind_text(stmt, 8, c->subject, 0);
	bind_text(stmt, 9, c->source, 0);
	bind_text(stmt, 10, c->claimant, 0);
	bind_text(stmt, 11, c->relayer, 0);
	bind_text(stmt, 12, c->scope, 0);
	bind_text(stmt, 13, modality_name(c->modality), 0);
	bind_text(stmt, 14, c->claim_date, 1);
	bind_text(stmt, 15, c->sentence, 0);
	sqlite3_bind_int64(stmt, 16, (sqlite3_int64)c->sent_start);
	sqlite3_bind_int64(stmt, 17, (sqlite3_int64)c->sent_end);
	sqlite3_bind_int64(stmt, 18, (sqlite3_int64)c->num_start);
	sqlite3_bind_int64(stmt, 19, (sqlite3_int64)c->num_end);
	sqlite3_bind_double(stmt, 20, c->factor);
	bind_real(stmt, 21, c->each);
	bind_text(stmt, 22, c->place, 0);
	return cached_done(st, stmt, "storing a claim");
}

/* Delete the claims article rowid had and mark it extracted. */
static int
claims_reset(struct store *st, sqlite3_int64 rowid)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_CLAIMS_DELETE)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, rowid);
	if (cached_done(st, stmt, "replacing claims") == -1)
		return -1;
	if ((stmt = store_cached(st, Q_EXTRACTED)) == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, rowid);
	if (cached_done(st, stmt, "marking an article extracted") == -1)
		return -1;
	if (sqlite3_changes(st->db) != 1) {
		warnx("%s: storing claims: no article with id %lld", st->path,
		    (long long)rowid);
		return -1;
	}
	return 0;
}

/* Insert every claim of cs for article rowid, which has none. */
static int
claims_insert_all(struct store *st, sqlite3_int64 rowid,
    sqlite3_int64 run_id, const struct claimset *cs)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = 0;

	if ((stmt = store_cached(st, Q_CLAIM_INSERT)) == NULL)
		return -1;
	for (i = 0; i < cs->n && rc == 0; i++)
		rc = claim_insert(st, stmt, rowid, run_id, &cs->v[i]);
	return rc;
}

int
store_put_claims(struct store *st, sqlite3_int64 article_rowid,
    sqlite3_int64 run_id, const struct claimset *cs)
{
	if (savepoint_begin(st) == -1)
		return -1;
	return savepoint_end(st, claims_reset(st, article_rowid) == 0 &&
	    claims_insert_all(st, article_rowid, run_id, cs) == 0);
}

/* Copy column i, or NULL when it is NULL. */
static char *
column_dup(sqlite3_stmt *stmt, int i)
{
	const unsigned char *s = sqlite3_column_text(stmt, i);

	return s == NULL ? NULL : xstrdup((const char *)s);
}

/* The static format name matching a stored one. */
static const char *
format_static(const unsigned char *s)
{
	if (s != NULL && strcmp((const char *)s, "jsonl") == 0)
		return "jsonl";
	if (s != NULL && strcmp((const char *)s, "html") == 0)
		return "html";
	return "text";
}

/* Rebuild the article of a row selected by pending_load(). */
static void
article_from_row(sqlite3_stmt *stmt, struct article *a)
{
	const unsigned char *published = sqlite3_column_text(stmt, 4);

	article_init(a);
	a->id = column_dup(stmt, 0);
	a->title = column_dup(stmt, 1);
	a->outlet = column_dup(stmt, 2);
	a->url = column_dup(stmt, 3);
	if (published != NULL)
		snprintf(a->published, DATE_LEN, "%s", published);
	a->path = column_dup(stmt, 5);
	a->line = (size_t)sqlite3_column_int64(stmt, 6);
	a->format = format_static(sqlite3_column_text(stmt, 7));
	a->body = column_dup(stmt, 8);
	a->body_len = (size_t)sqlite3_column_bytes(stmt, 8);
	snprintf(a->hash, sizeof(a->hash), "%s",
	    (const char *)sqlite3_column_text(stmt, 9));
}

/* Load article rowid and hand it to fn. Returns fn's answer or -1. */
static int
pending_visit(struct store *st, sqlite3_int64 rowid, store_article_fn fn,
    void *arg)
{
	struct article a;
	sqlite3_stmt *stmt;
	int rc;

	stmt = store_prepare(st, "SELECT doc, title, outlet, url, published,"
	    " path, line, format, body, hash FROM articles WHERE id = ?1");
	if (stmt == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, rowid);
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return store_fail(st, rc == SQLITE_DONE ? SQLITE_ERROR : rc,
		    "reading a pending article");
	}
	article_from_row(stmt, &a);
	sqlite3_finalize(stmt);
	rc = fn(&a, rowid, arg);
	article_release(&a);
	return rc;
}

/*
 * The ids of the pending articles, collected first so that fn may write
 * (store_put_claims) without disturbing a running query. The caller
 * frees *ids.
 */
static int
pending_ids(struct store *st, sqlite3_int64 **ids, size_t *n)
{
	sqlite3_stmt *stmt;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	stmt = store_prepare(st, "SELECT id FROM current_articles"
	    " WHERE extracted = 0 ORDER BY id");
	if (stmt == NULL)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*ids = xreallocarray(*ids, cap, sizeof(**ids));
		}
		(*ids)[(*n)++] = sqlite3_column_int64(stmt, 0);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "listing pending articles");
	return 0;
}

long long
store_articles_pending(struct store *st, store_article_fn fn, void *arg)
{
	sqlite3_int64 *ids;
	size_t i, n;
	int rc = 0;

	if (pending_ids(st, &ids, &n) == -1) {
		free(ids);
		return -1;
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = pending_visit(st, ids[i], fn, arg);
	free(ids);
	return rc == 0 ? (long long)n : -1;
}

int
store_files_each(struct store *st, store_file_fn fn, void *arg)
{
	struct file_stamp fs;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	stmt = store_prepare(st, "SELECT path, size, mtime_ns, ctime_ns,"
	    " inode, articles FROM files");
	if (stmt == NULL)
		return -1;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fs.size = sqlite3_column_int64(stmt, 1);
		fs.mtime_ns = sqlite3_column_int64(stmt, 2);
		fs.ctime_ns = sqlite3_column_int64(stmt, 3);
		fs.inode = sqlite3_column_int64(stmt, 4);
		fs.articles = sqlite3_column_int64(stmt, 5);
		stop = fn((const char *)sqlite3_column_text(stmt, 0), &fs,
		    arg) != 0;
	}
	sqlite3_finalize(stmt);
	if (stop)
		return -1;
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "listing files");
	return 0;
}

int
store_file_put(struct store *st, sqlite3_int64 run_id, const char *path,
    const struct file_stamp *fs)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_FILE_PUT)) == NULL)
		return -1;
	bind_text(stmt, 1, path, 0);
	sqlite3_bind_int64(stmt, 2, fs->size);
	sqlite3_bind_int64(stmt, 3, fs->mtime_ns);
	sqlite3_bind_int64(stmt, 4, fs->ctime_ns);
	sqlite3_bind_int64(stmt, 5, fs->inode);
	sqlite3_bind_int64(stmt, 6, fs->articles);
	bind_run(stmt, 7, run_id);
	return cached_done(st, stmt, "recording a file");
}

int
store_file_seen(struct store *st, sqlite3_int64 run_id, const char *path)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_FILE_SEEN)) == NULL)
		return -1;
	bind_text(stmt, 1, path, 0);
	bind_run(stmt, 2, run_id);
	return cached_done(st, stmt, "recording a file");
}

int
store_count(struct store *st, struct store_counts *c)
{
	sqlite3_stmt *stmt;
	int rc;

	stmt = store_prepare(st, "SELECT"
	    " (SELECT count(DISTINCT doc) FROM articles),"
	    " (SELECT count(*) FROM articles),"
	    " (SELECT count(*) FROM claims),"
	    " (SELECT count(*) FROM current_claims),"
	    " (SELECT count(*) FROM runs),"
	    " (SELECT count(*) FROM current_articles WHERE extracted = 0)");
	if (stmt == NULL)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		c->docs = sqlite3_column_int64(stmt, 0);
		c->versions = sqlite3_column_int64(stmt, 1);
		c->claims = sqlite3_column_int64(stmt, 2);
		c->current_claims = sqlite3_column_int64(stmt, 3);
		c->runs = sqlite3_column_int64(stmt, 4);
		c->pending = sqlite3_column_int64(stmt, 5);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, "counting");
	return 0;
}

const char *
article_status_name(enum article_status s)
{
	switch (s) {
	case ARTICLE_NEW:
		return "new";
	case ARTICLE_UNCHANGED:
		return "unchanged";
	case ARTICLE_CHANGED:
		return "changed";
	}
	return "?";
}
