/*
 * store.c - see store.h.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "store.h"

/* Migration n takes the schema from user_version n to n + 1. */
static const char *const migrations[] = {
	/* 0 -> 1: the first schema */
	"CREATE TABLE runs ("
	"  id INTEGER PRIMARY KEY,"
	"  started TEXT NOT NULL,"		/* ISO 8601, UTC */
	"  finished TEXT,"
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
	"  WHERE a.version = (SELECT max(version) FROM articles b"
	"                     WHERE b.doc = a.doc);"
	"CREATE VIEW current_claims AS"
	"  SELECT c.*, a.doc, a.outlet, a.url, a.published, a.path, a.title"
	"  FROM claims c JOIN current_articles a ON a.id = c.article_id;",
};

#define NMIGRATIONS (sizeof(migrations) / sizeof(*migrations))

static int
exec_or_warn(struct store *st, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		warnx("%s: %s", st->path, msg ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int
user_version(struct store *st, int *version)
{
	sqlite3_stmt *stmt;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &stmt, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*version = sqlite3_column_int(stmt, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
		warnx("%s: not a claimtrack database or corrupted; "
		    "refusing to touch it", st->path);
		return -1;
	}
	if (rc != SQLITE_OK) {
		warnx("%s: %s", st->path, sqlite3_errmsg(st->db));
		return -1;
	}
	return 0;
}

/* Bring the schema up to STORE_SCHEMA_VERSION in one transaction. */
static int
migrate(struct store *st)
{
	char pragma[64];
	int version;
	size_t i;

	if (user_version(st, &version) == -1)
		return -1;
	if (version > STORE_SCHEMA_VERSION) {
		warnx("%s: schema version %d is newer than this program's %d",
		    st->path, version, STORE_SCHEMA_VERSION);
		return -1;
	}
	if (version == STORE_SCHEMA_VERSION)
		return 0;
	if (exec_or_warn(st, "BEGIN IMMEDIATE") == -1)
		return -1;
	for (i = (size_t)version; i < NMIGRATIONS; i++)
		if (exec_or_warn(st, migrations[i]) == -1) {
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d",
	    STORE_SCHEMA_VERSION);
	if (exec_or_warn(st, pragma) == -1 ||
	    exec_or_warn(st, "COMMIT") == -1) {
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

struct store *
store_open(const char *path, int wait_ms)
{
	struct store *st = xcalloc(1, sizeof(*st));
	int rc;

	st->path = xstrdup(path);
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
	if (migrate(st) == -1 ||
	    exec_or_warn(st, "PRAGMA journal_mode = WAL") == -1 ||
	    exec_or_warn(st, "PRAGMA foreign_keys = ON") == -1 ||
	    exec_or_warn(st, "PRAGMA synchronous = NORMAL") == -1) {
		store_close(st);
		return NULL;
	}
	return st;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}
