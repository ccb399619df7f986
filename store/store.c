/*
 * store.c - see store.h: opening (checks, schema and migrations),
 * transactions, and the error reporting the other store files share.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "claimtrack.h"
#include "util.h"
#include "store_int.h"
#include "dbstamp.h"
#include "store_pg.h"

#define STORE_PAGE_SIZE "16384"	/* bytes, for new files */

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
	/*
	 * 3 -> 4: the tracker the stored claims were extracted with, so a
	 * report without --tracker tells the story the database holds, and
	 * a run with another tracker knows to extract again. One row.
	 */
	"CREATE TABLE tracker ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  text TEXT NOT NULL,"			/* the INI file as read */
	"  hash TEXT NOT NULL,"			/* SHA-256 hex of text */
	"  stored TEXT NOT NULL,"		/* when, UTC */
	"  run_id INTEGER REFERENCES runs(id)"	/* the run that stored it */
	");",
	/*
	 * 4 -> 5: the briefing's claims by date. The appendix and the
	 * exports list the claims dated in the period (by claim date, else
	 * by the article's publication date) and the undated ones; with
	 * these two indexes that selection reads the period's rows
	 * (store_read.c SCOPE_SELECT), not every stored claim.
	 */
	"CREATE INDEX IF NOT EXISTS claims_by_date ON claims(claim_date);"
	"CREATE INDEX IF NOT EXISTS articles_by_published"
	"  ON articles(published);",
};

#define NMIGRATIONS (sizeof(migrations) / sizeof(*migrations))

int
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

int
store_exec(struct store *st, const char *sql, const char *what)
{
	int rc;

	rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_fail(st, rc, what);
	return 0;
}

sqlite3_stmt *
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

int
stmt_done(struct store *st, sqlite3_stmt *stmt, const char *what)
{
	int rc = sqlite3_step(stmt);

	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, what);
	return 0;
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
	if (!st->may_create) {
		warnx("%s: not a claimtrack database (it holds no claims "
		    "table); refusing to touch it", st->path);
		return -1;
	}
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

/*
 * A reader's database must exist: opening a mistyped path would create
 * an empty one and publish "0 articles" over a good briefing.
 */
static int
store_exists(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) == 0)
		return 0;
	if (errno == ENOENT)
		warnx("%s: no such database (report and summary never create "
		    "one)", path);
	else
		warnx("%s: %s", path, strerror(errno));
	return -1;
}

/*
 * store_open(); check says whether to read every page first and whether
 * a missing database is created (a writer's) or refused (a reader's).
 */
static struct store *
store_open_checked(const char *path, int wait_ms, int check)
{
	struct store *st;
	int rc;

	if (!check && store_exists(path) == -1)
		return NULL;
	st = xcalloc(1, sizeof(*st));
	st->path = xstrdup(path);
	st->wait_ms = wait_ms;
	st->may_create = check;
	/*
	 * A reader's connection (summary, report) is used by one thread
	 * only: without SQLite's mutex, whose lock and unlock around every
	 * sqlite3_column_*() call were 7% of the summary on 1,000,000
	 * claims. A writer's is shared by ingest's threads, one at a time.
	 */
	rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    (check ? SQLITE_OPEN_CREATE : SQLITE_OPEN_NOMUTEX), NULL);
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
	if (store_is_postgres(path))
		return pgstore_open(path, wait_ms, 1);
	return store_open_checked(path, wait_ms, 1);
}

struct store *
store_open_read(const char *path, int wait_ms)
{
	if (store_is_postgres(path))
		return pgstore_open(path, wait_ms, 0);
	return store_open_checked(path, wait_ms, 0);
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->pg != NULL) {
		pgstore_close(st);
		return;
	}
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
	if (st->pg != NULL)
		return pgstore_begin(st);
	return store_exec(st, "BEGIN IMMEDIATE", "starting a transaction");
}

int
store_commit(struct store *st)
{
	if (st->pg != NULL)
		return pgstore_commit(st);
	return store_exec(st, "COMMIT", "committing");
}

void
store_rollback(struct store *st)
{
	if (st->pg != NULL)
		pgstore_rollback(st);
	else if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
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

bool
store_locked(const struct store *st)
{
	return st->locked != 0;
}

bool
store_threadsafe(void)
{
	return sqlite3_threadsafe() != 0;
}

/* Set the connection's page cache as PRAGMA cache_size takes it. */
static void
cache_size_set(struct store *st, int size)
{
	char sql[48];

	snprintf(sql, sizeof(sql), "PRAGMA cache_size = %d", size);
	sqlite3_exec(st->db, sql, NULL, NULL, NULL);
}

void
store_bulk_begin(struct store *st, int cache_kib)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return;		/* SQLite's page cache */
	st->cache_size = -2000;	/* SQLite's default: 2,000 KiB */
	if (sqlite3_prepare_v2(st->db, "PRAGMA cache_size", -1, &stmt,
	    NULL) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
		st->cache_size = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	cache_size_set(st, -cache_kib);
	sqlite3_exec(st->db, "PRAGMA temp_store = MEMORY", NULL, NULL, NULL);
}

void
store_bulk_end(struct store *st)
{
	if (st->pg != NULL)
		return;
	cache_size_set(st, st->cache_size);
	sqlite3_exec(st->db, "PRAGMA temp_store = DEFAULT", NULL, NULL, NULL);
}
