/*
 * store_pg.c - see store_pg.h: the connection, the schema and its
 * version, transactions, errors, the run lock and every write.
 * store_pg_read.c has the reads.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <libpq-fe.h>

#include "claimtrack.h"
#include "util.h"
#include "store_int.h"
#include "store_pg.h"
#include "store_pg_int.h"

/*
 * Advisory lock keys, the ASCII of "claimtrk" and "claimtrs": the run
 * lock (held by a session for a whole run) and the schema lock (held by
 * the transaction that checks and migrates the schema). Advisory locks
 * belong to one database, so each database has its own.
 */
#define PG_RUN_LOCK	"7164208212675424875"
#define PG_SCHEMA_LOCK	"7164208212675424883"

/* COPY the buffered claims once they pass this many bytes. */
#define COPY_FLUSH	(1024 * 1024)
/* One claim row is at most a few sentences; the buffer's ceiling. */
#define COPY_MAX	(64 * 1024 * 1024)

/* Every text column compares and sorts bytewise, as in SQLite. */
#define TXT " text COLLATE \"C\""

/*
 * The schema at version 3, the same tables, columns and views as the
 * SQLite store's migrations 0 to 3 give (store.c). The row counters are
 * bigint; times are ISO 8601 text, as in SQLite. A claim follows its
 * article's id when that changes (ON UPDATE CASCADE): claimtrack-dask
 * numbers a batch's rows again in input order (scale/).
 */
static const char pg_schema_3[] =
	"CREATE TABLE schema_version (version integer NOT NULL);"
	"CREATE TABLE runs ("
	"  id bigserial PRIMARY KEY,"
	"  started" TXT " NOT NULL, finished" TXT ","
	"  command" TXT " NOT NULL, args" TXT ","
	"  articles_new bigint NOT NULL DEFAULT 0,"
	"  articles_unchanged bigint NOT NULL DEFAULT 0,"
	"  articles_changed bigint NOT NULL DEFAULT 0,"
	"  articles_rejected bigint NOT NULL DEFAULT 0,"
	"  claims bigint NOT NULL DEFAULT 0,"
	"  exit_status integer"
	");"
	"CREATE TABLE articles ("
	"  id bigserial PRIMARY KEY,"
	"  doc" TXT " NOT NULL,"
	"  version bigint NOT NULL DEFAULT 1,"
	"  hash" TXT " NOT NULL,"
	"  title" TXT ", outlet" TXT ", url" TXT ", published" TXT ","
	"  path" TXT ", format" TXT ","
	"  body" TXT " NOT NULL,"
	"  first_seen" TXT " NOT NULL, last_seen" TXT " NOT NULL,"
	"  run_id bigint REFERENCES runs(id),"
	"  extracted integer NOT NULL DEFAULT 0,"
	"  line bigint NOT NULL DEFAULT 0,"
	"  UNIQUE (doc, version)"
	");"
	"CREATE INDEX articles_newest ON articles(doc, version, hash);"
	"CREATE TABLE claims ("
	"  id bigserial PRIMARY KEY,"
	"  article_id bigint NOT NULL"
	"    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,"
	"  run_id bigint REFERENCES runs(id),"
	"  value double precision, low double precision,"
	"  high double precision,"
	"  qualifier" TXT " NOT NULL, quantity" TXT " NOT NULL,"
	"  subject" TXT ", source" TXT " NOT NULL,"
	"  claimant" TXT ", relayer" TXT ", scope" TXT ", place" TXT ","
	"  modality" TXT " NOT NULL, claim_date" TXT ","
	"  sentence" TXT " NOT NULL,"
	"  sent_start bigint, sent_end bigint,"
	"  num_start bigint, num_end bigint,"
	"  factor double precision NOT NULL DEFAULT 1,"
	"  each double precision"
	");"
	"CREATE INDEX claims_by_article ON claims(article_id);"
	"CREATE INDEX claims_by_quantity ON claims(quantity, source, claim_date);"
	"CREATE VIEW current_articles AS"
	"  SELECT a.* FROM articles a"
	"  JOIN (SELECT doc, max(version) AS version FROM articles"
	"        GROUP BY doc) newest"
	"    ON newest.doc = a.doc AND newest.version = a.version;"
	"CREATE VIEW current_claims AS"
	"  SELECT c.*, a.doc, a.outlet, a.url, a.published, a.path, a.title,"
	"    a.line"
	"  FROM claims c JOIN current_articles a ON a.id = c.article_id;"
	"CREATE TABLE files ("
	"  path" TXT " PRIMARY KEY,"
	"  size bigint NOT NULL, mtime_ns bigint NOT NULL,"
	"  ctime_ns bigint NOT NULL, inode bigint NOT NULL,"
	"  articles bigint NOT NULL, last_seen" TXT " NOT NULL,"
	"  run_id bigint REFERENCES runs(id)"
	");"
	"INSERT INTO schema_version VALUES (3);";

/*
 * Migration n takes the schema from version 3 + n to 4 + n, like the
 * SQLite store's from n to n + 1; NULL ends the list. A new SQLite
 * migration needs its PostgreSQL twin here: the build stops until it
 * has one.
 */
static const char *const pg_migrations[] = {
	/*
	 * 3 -> 4: the tracker the stored claims were extracted with (the
	 * SQLite store's migration 3 -> 4). One row.
	 */
	"CREATE TABLE tracker ("
	"  id integer PRIMARY KEY CHECK (id = 1),"
	"  text" TXT " NOT NULL,"
	"  hash" TXT " NOT NULL,"
	"  stored" TXT " NOT NULL,"
	"  run_id bigint REFERENCES runs(id)"
	");",
	/*
	 * 4 -> 5: the briefing's claims by date (the SQLite store's
	 * migration 4 -> 5).
	 */
	"CREATE INDEX IF NOT EXISTS claims_by_date ON claims(claim_date);"
	"CREATE INDEX IF NOT EXISTS articles_by_published"
	"  ON articles(published);",
	NULL
};
#define PG_BASE_VERSION	3
#define PG_NMIGRATIONS	(sizeof(pg_migrations) / sizeof(*pg_migrations) - 1)
_Static_assert(PG_BASE_VERSION + PG_NMIGRATIONS == STORE_SCHEMA_VERSION,
    "store_pg.c: the PostgreSQL schema lags STORE_SCHEMA_VERSION");

/* The statements run once per article, file or claim batch. */
static const char *const pg_sql[PQ_COUNT] = {
	[PQ_NEWEST] = "SELECT id, version, (hash = $2)::int FROM articles"
	    " WHERE doc = $1 ORDER BY version DESC LIMIT 1",
	[PQ_INSERT] = "INSERT INTO articles (doc, version, hash, title,"
	    " outlet, url, published, path, line, format, body, first_seen,"
	    " last_seen, run_id, extracted) VALUES ($1, $2, $3, $4, $5, $6,"
	    " $7, $8, $9, $10, $11, " PG_NOW ", " PG_NOW ", $12, $13)"
	    " ON CONFLICT (doc, version) DO NOTHING RETURNING id",
	[PQ_TOUCH] = "UPDATE articles SET last_seen = " PG_NOW
	    " WHERE id = $1",
	[PQ_FILE_PUT] = "INSERT INTO files (path, size, mtime_ns, ctime_ns,"
	    " inode, articles, last_seen, run_id) VALUES ($1, $2, $3, $4,"
	    " $5, $6, " PG_NOW ", $7) ON CONFLICT (path) DO UPDATE SET"
	    " size = excluded.size, mtime_ns = excluded.mtime_ns,"
	    " ctime_ns = excluded.ctime_ns, inode = excluded.inode,"
	    " articles = excluded.articles, last_seen = excluded.last_seen,"
	    " run_id = excluded.run_id",
	[PQ_FILE_SEEN] = "UPDATE files SET last_seen = " PG_NOW ","
	    " run_id = $2 WHERE path = $1",
	[PQ_SAME_TEXT] = "SELECT id FROM articles WHERE doc = $1 AND"
	    " hash = $2 ORDER BY version DESC LIMIT 1",
};

/* The columns a COPY of claims fills, in the order of claim_copy(). */
static const char copy_sql[] = "COPY claims (article_id, run_id, value,"
    " low, high, qualifier, quantity, subject, source, claimant, relayer,"
    " scope, modality, claim_date, sentence, sent_start, sent_end,"
    " num_start, num_end, factor, each, place) FROM STDIN";

bool
store_is_postgres(const char *db)
{
	return db != NULL && (strncmp(db, "postgresql://", 13) == 0 ||
	    strncmp(db, "postgres://", 11) == 0);
}

/*
 * The URI as messages show it: without a password
 * ("postgresql://user:secret@host/db" -> "postgresql://user@host/db").
 */
static char *
uri_shown(const char *uri)
{
	const char *rest = strstr(uri, "://") + 3;
	const char *at = strchr(rest, '@');
	const char *colon = strchr(rest, ':');
	const char *slash = strchr(rest, '/');
	char *s;

	if (at == NULL || colon == NULL || colon > at ||
	    (slash != NULL && slash < at))
		return xstrdup(uri);
	s = xmalloc(strlen(uri) + 1);
	snprintf(s, strlen(uri) + 1, "%.*s%s", (int)(colon - uri), uri, at);
	return s;
}

/* The first line of libpq's message, without its newline. */
static const char *
pg_message(const char *msg, int *len)
{
	*len = (int)strcspn(msg, "\n");
	return msg;
}

int
pg_fail(struct store *st, PGresult *res, const char *what)
{
	const char *state = NULL, *msg;
	int len;

	st->failed = 1;
	if (res != NULL)
		state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	/* 55P03 lock_not_available: lock_timeout, the busy timeout's twin */
	if (state != NULL && strcmp(state, "55P03") == 0) {
		st->locked = 1;
		warnx("%s: database is locked by another claimtrack run; "
		    "gave up after %g s", st->path, st->wait_ms / 1000.0);
		return -1;
	}
	msg = res != NULL ? PQresultErrorMessage(res) : "";
	if (*msg == '\0')
		msg = PQerrorMessage(st->pg->conn);
	msg = pg_message(msg, &len);
	warnx("%s: %s: %.*s", st->path, what, len, msg);
	return -1;
}

/* res when its statement succeeded; else NULL, reported as what. */
static PGresult *
pg_checked(struct store *st, PGresult *res, const char *what)
{
	ExecStatusType s = PQresultStatus(res);

	if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
		return res;
	pg_fail(st, res, what);
	PQclear(res);
	return NULL;
}

PGresult *
pg_exec(struct store *st, const char *sql, int n, const char *const *v,
    const char *what)
{
	return pg_checked(st, PQexecParams(st->pg->conn, sql, n, NULL, v,
	    NULL, NULL, 0), what);
}

int
pg_run(struct store *st, const char *sql, const char *what)
{
	return pg_done(st, pg_checked(st, PQexec(st->pg->conn, sql), what));
}

/* Run cached statement q (prepared on first use); NULL after reporting. */
static PGresult *
pg_cached(struct store *st, enum pg_cached q, int n, const char *const *v,
    const char *what)
{
	struct pgstore *pg = st->pg;
	char name[16];
	PGresult *res;

	snprintf(name, sizeof(name), "ct%d", (int)q);
	if (!pg->prepared[q]) {
		res = PQprepare(pg->conn, name, pg_sql[q], n, NULL);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			pg_fail(st, res, what);
			PQclear(res);
			return NULL;
		}
		PQclear(res);
		pg->prepared[q] = 1;
	}
	return pg_checked(st, PQexecPrepared(pg->conn, name, n, v, NULL,
	    NULL, 0), what);
}

/* One integer of a one-row result. */
long long
pg_int(const PGresult *res, int row, int col)
{
	if (PQgetisnull(res, row, col))
		return -1;
	return strtoll(PQgetvalue(res, row, col), NULL, 10);
}

/*
 * Whether the schema is ours at a version this program knows; sets
 * *version (0: none of our tables yet). A database holding tables of
 * ours without the version table is another program's, and refused.
 */
static int
schema_check(struct store *st, long long *version)
{
	PGresult *res;
	long long ours;

	res = pg_exec(st, "SELECT to_regclass('schema_version') IS NOT NULL,"
	    " (SELECT count(*) FROM pg_class c JOIN pg_namespace n"
	    "  ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
	    "  AND c.relname IN ('runs', 'articles', 'claims', 'files',"
	    "  'current_articles', 'current_claims'))", 0, NULL,
	    "reading the schema");
	if (res == NULL)
		return -1;
	*version = 0;
	ours = pg_int(res, 0, 1);
	if (strcmp(PQgetvalue(res, 0, 0), "t") != 0) {
		PQclear(res);
		if (ours == 0)
			return 0;
		warnx("%s: tables of another program; refusing to touch "
		    "them", st->path);
		return -1;
	}
	PQclear(res);
	if ((res = pg_exec(st, "SELECT max(version) FROM schema_version", 0,
	    NULL, "reading the schema version")) == NULL)
		return -1;
	*version = pg_int(res, 0, 0);
	PQclear(res);
	if (*version > STORE_SCHEMA_VERSION || *version < PG_BASE_VERSION) {
		warnx("%s: schema version %lld is not this program's %d",
		    st->path, *version, STORE_SCHEMA_VERSION);
		return -1;
	}
	return 0;
}

/* Bring the schema to STORE_SCHEMA_VERSION, in this transaction. */
static int
migrate_apply(struct store *st, long long version)
{
	char sql[64];
	size_t i;

	if (version == 0 && pg_run(st, pg_schema_3, "creating the schema")
	    == -1)
		return -1;
	if (version == 0)
		version = PG_BASE_VERSION;
	for (i = (size_t)(version - PG_BASE_VERSION); pg_migrations[i] != NULL;
	    i++)
		if (pg_run(st, pg_migrations[i], "migrating the schema") == -1)
			return -1;
	snprintf(sql, sizeof(sql), "UPDATE schema_version SET version = %d",
	    STORE_SCHEMA_VERSION);
	return pg_run(st, sql, "migrating the schema");
}

/*
 * A reader's database must be claimtrack's already (store.c's
 * schema_check()): creating the schema in an empty one would publish
 * "0 articles" over a good briefing. 1 refused (reported), 0 go on.
 */
static int
schema_refused(struct store *st)
{
	if (st->may_create)
		return 0;
	warnx("%s: not a claimtrack database (it holds no claims table); "
	    "refusing to touch it", st->path);
	return 1;
}

/*
 * Check and migrate under the schema lock, so that the processes of a
 * cluster opening a new database at once create it once.
 */
static int
migrate(struct store *st)
{
	long long version;

	if (pgstore_begin(st) == -1)
		return -1;
	if (pg_run(st, "SELECT pg_advisory_xact_lock(" PG_SCHEMA_LOCK ")",
	    "locking the schema") == -1 ||
	    schema_check(st, &version) == -1 ||
	    (version == 0 && schema_refused(st)) ||
	    (version < STORE_SCHEMA_VERSION &&
	    migrate_apply(st, version) == -1) ||
	    pgstore_commit(st) == -1) {
		pgstore_rollback(st);
		return -1;
	}
	return 0;
}

/* Connect and set the session up; NULL after reporting. */
static PGconn *
pg_connect(const char *uri, const char *shown)
{
	PGconn *conn = PQconnectdb(uri);
	const char *msg;
	int len;

	if (conn == NULL)
		errx(EXIT_FATAL, "out of memory");
	if (PQstatus(conn) != CONNECTION_OK) {
		msg = pg_message(PQerrorMessage(conn), &len);
		warnx("%s: cannot connect: %.*s", shown, len, msg);
		PQfinish(conn);
		return NULL;
	}
	return conn;
}

struct store *
pgstore_open(const char *uri, int wait_ms, int may_create)
{
	struct store *st = xcalloc(1, sizeof(*st));
	const char *enc;
	char sql[192];

	st->path = uri_shown(uri);
	st->wait_ms = wait_ms;
	st->may_create = may_create;
	st->pg = xcalloc(1, sizeof(*st->pg));
	strbuf_init(&st->pg->copy, COPY_MAX);
	if ((st->pg->conn = pg_connect(uri, st->path)) == NULL) {
		pgstore_close(st);
		return NULL;
	}
	/*
	 * A wait of 0 would mean no limit to PostgreSQL. An SQL_ASCII
	 * database holds any byte and the server checks what it sends a
	 * UTF8 client, so one bad byte another program wrote would stop
	 * every read: its bytes are taken as they are and the reads repair
	 * them (store_pg_read.c), as the SQLite store's do.
	 */
	enc = PQparameterStatus(st->pg->conn, "server_encoding");
	snprintf(sql, sizeof(sql), "SET client_min_messages = warning;"
	    " SET client_encoding = '%s'; SET extra_float_digits = 3;"
	    " SET lock_timeout = %d", enc != NULL &&
	    strcmp(enc, "SQL_ASCII") == 0 ? "SQL_ASCII" : "UTF8",
	    wait_ms > 0 ? wait_ms : 1);
	if (pg_run(st, sql, "setting up the session") == -1 ||
	    migrate(st) == -1) {
		pgstore_close(st);
		return NULL;
	}
	return st;
}

void
pgstore_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->pg != NULL) {
		strbuf_release(&st->pg->copy);
		PQfinish(st->pg->conn);	/* rolls an open transaction back */
		free(st->pg);
	}
	free(st->path);
	free(st);
}

int
pgstore_begin(struct store *st)
{
	if (pg_run(st, "BEGIN", "starting a transaction") == -1)
		return -1;
	st->pg->in_tx = 1;
	return 0;
}

int
pgstore_commit(struct store *st)
{
	PGresult *res;
	int ok;

	if (pg_flush(st) == -1)
		return -1;
	st->pg->in_tx = 0;
	if ((res = pg_exec(st, "COMMIT", 0, NULL, "committing")) == NULL)
		return -1;
	/* an aborted transaction "commits" as ROLLBACK */
	ok = strcmp(PQcmdStatus(res), "COMMIT") == 0;
	PQclear(res);
	if (!ok) {
		st->failed = 1;
		warnx("%s: committing: the transaction was rolled back",
		    st->path);
		return -1;
	}
	return 0;
}

void
pgstore_rollback(struct store *st)
{
	PGresult *res;

	strbuf_release(&st->pg->copy);
	st->pg->ncopy = 0;
	st->pg->in_tx = 0;
	if (PQtransactionStatus(st->pg->conn) != PQTRANS_IDLE) {
		res = PQexec(st->pg->conn, "ROLLBACK");
		PQclear(res);
	}
}

int64_t
pgstore_run_begin(struct store *st, const char *command, const char *args)
{
	const char *v[2] = { command, args };
	PGresult *res;
	int64_t id;

	res = pg_exec(st, "INSERT INTO runs (started, command, args)"
	    " VALUES (" PG_NOW ", $1, $2) RETURNING id", 2, v,
	    "recording the run");
	if (res == NULL)
		return -1;
	id = pg_int(res, 0, 0);
	PQclear(res);
	return id;
}

int
pgstore_run_finish(struct store *st, int64_t run_id,
    const struct run_counts *c, int exit_status)
{
	char n[7][24];
	const char *v[7];
	int i;

	snprintf(n[0], sizeof(n[0]), "%lld", (long long)run_id);
	snprintf(n[1], sizeof(n[1]), "%zu", c->articles_new);
	snprintf(n[2], sizeof(n[2]), "%zu", c->articles_unchanged);
	snprintf(n[3], sizeof(n[3]), "%zu", c->articles_changed);
	snprintf(n[4], sizeof(n[4]), "%zu", c->articles_rejected);
	snprintf(n[5], sizeof(n[5]), "%zu", c->claims);
	snprintf(n[6], sizeof(n[6]), "%d", exit_status);
	for (i = 0; i < 7; i++)
		v[i] = n[i];
	return pg_done(st, pg_exec(st, "UPDATE runs SET finished = " PG_NOW
	    ", articles_new = $2, articles_unchanged = $3,"
	    " articles_changed = $4, articles_rejected = $5, claims = $6,"
	    " exit_status = $7 WHERE id = $1", 7, v, "finishing the run"));
}

int
pg_done(struct store *st, PGresult *res)
{
	(void)st;
	PQclear(res);
	return res == NULL ? -1 : 0;
}

/*
 * The newest version of doc: 1 found (sets *rowid, *version and *same,
 * whether its hash is hash), 0 none, -1 error (reported).
 */
static int
article_newest(struct store *st, const struct article *a, int64_t *rowid,
    long long *version, int *same)
{
	const char *v[2] = { a->id, a->hash };
	PGresult *res;
	int found;

	if ((res = pg_cached(st, PQ_NEWEST, 2, v, "looking up an article"))
	    == NULL)
		return -1;
	found = PQntuples(res) > 0;
	if (found) {
		*rowid = pg_int(res, 0, 0);
		*version = pg_int(res, 0, 1);
		*same = pg_int(res, 0, 2) == 1;
	}
	PQclear(res);
	return found;
}

/*
 * An older version of a's doc with this very text: 1 (sets *rowid), 0
 * none, -1 error (reported).
 */
static int
article_same_text(struct store *st, const struct article *a,
    int64_t *rowid)
{
	const char *v[2] = { a->id, a->hash };
	PGresult *res;
	int found;

	if ((res = pg_cached(st, PQ_SAME_TEXT, 2, v,
	    "looking up an article")) == NULL)
		return -1;
	found = PQntuples(res) > 0;
	if (found)
		*rowid = pg_int(res, 0, 0);
	PQclear(res);
	return found;
}

/* NULL for a NULL string or, with empty_null, an empty one. */
static const char *
text_or_null(const char *s, int empty_null)
{
	if (s == NULL || (empty_null && *s == '\0'))
		return NULL;
	return s;
}

/*
 * s as valid UTF-8, never invalid in the database whatever a caller
 * hands over (store_write.c's bind_valid(): the readers repair it with a
 * warning first, this is the last door; a UTF8 database would refuse
 * the row). A repaired copy goes to *fixed, which the caller g_free()s.
 */
static const char *
text_valid(const char *s, char **fixed)
{
	*fixed = NULL;
	if (s == NULL || g_utf8_validate(s, -1, NULL))
		return s;
	return *fixed = g_utf8_make_valid(s, -1);
}

/*
 * Insert a as version of its doc: 1 inserted (sets *rowid), 0 when
 * another session stored that version first, -1 error (reported).
 */
static int
article_insert(struct store *st, int64_t run_id, const struct article *a,
    long long version, int extracted, int64_t *rowid)
{
	char ver[24], line[24], run[24], *fixed[6] = { NULL };
	const char *v[13];
	PGresult *res;
	int i, inserted;

	snprintf(ver, sizeof(ver), "%lld", version);
	snprintf(line, sizeof(line), "%zu", a->line);
	snprintf(run, sizeof(run), "%lld", (long long)run_id);
	v[0] = text_valid(a->id, &fixed[0]);
	v[1] = ver;
	v[2] = a->hash;
	v[3] = text_valid(a->title, &fixed[1]);
	v[4] = text_valid(a->outlet, &fixed[2]);
	v[5] = text_valid(a->url, &fixed[3]);
	v[6] = text_or_null(a->published, 1);
	v[7] = text_valid(a->path, &fixed[4]);
	v[8] = line;
	v[9] = a->format;
	v[10] = text_valid(a->body, &fixed[5]);
	v[11] = run_id > 0 ? run : NULL;
	v[12] = extracted ? "1" : "0";
	res = pg_cached(st, PQ_INSERT, 13, v, "storing an article");
	for (i = 0; i < 6; i++)
		g_free(fixed[i]);
	if (res == NULL)
		return -1;
	inserted = PQntuples(res) == 1;
	if (inserted)
		*rowid = pg_int(res, 0, 0);
	PQclear(res);
	return inserted;
}

/* The article was seen again unchanged: move its last_seen. */
static int
article_touch(struct store *st, int64_t rowid)
{
	char id[24];
	const char *v[1] = { id };

	snprintf(id, sizeof(id), "%lld", (long long)rowid);
	return pg_done(st, pg_cached(st, PQ_TOUCH, 1, v,
	    "updating an article"));
}

/* Append s to the COPY buffer in COPY's text form; NULL is \N. */
static int
copy_text(struct strbuf *sb, const char *s)
{
	const char *p;
	int rc = 0;

	char *fixed = NULL;

	if (s == NULL)
		return strbuf_add(sb, "\\N", 2);
	/* never invalid UTF-8 in the database (store_write.c's bind_valid):
	   a UTF8 database would refuse the whole COPY */
	if (!g_utf8_validate(s, -1, NULL))
		s = fixed = g_utf8_make_valid(s, -1);
	for (p = s; *p != '\0' && rc == 0; p++) {
		switch (*p) {
		case '\\':
			rc = strbuf_add(sb, "\\\\", 2);
			break;
		case '\n':
			rc = strbuf_add(sb, "\\n", 2);
			break;
		case '\r':
			rc = strbuf_add(sb, "\\r", 2);
			break;
		case '\t':
			rc = strbuf_add(sb, "\\t", 2);
			break;
		default:
			rc = strbuf_addc(sb, *p);
		}
	}
	g_free(fixed);
	return rc;
}

/* A number exactly as stored (17 digits), or \N for NAN. */
static int
copy_real(struct strbuf *sb, double v)
{
	if (isnan(v))
		return strbuf_add(sb, "\\N", 2);
	return strbuf_addf(sb, "%.17g", v);
}

/* Append one claim of article rowid as a COPY line. */
static int
claim_copy(struct strbuf *sb, int64_t rowid, int64_t run_id,
    const struct claim *c)
{
	int rc;

	rc = strbuf_addf(sb, "%lld\t", (long long)rowid);
	if (run_id > 0)
		rc |= strbuf_addf(sb, "%lld\t", (long long)run_id);
	else
		rc |= strbuf_add(sb, "\\N\t", 3);
	rc |= copy_real(sb, c->value) | strbuf_addc(sb, '\t');
	rc |= copy_real(sb, c->low) | strbuf_addc(sb, '\t');
	rc |= copy_real(sb, c->high) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, qualifier_name(c->qualifier)) |
	    strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->quantity) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->subject) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->source) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->claimant) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->relayer) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->scope) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, modality_name(c->modality)) |
	    strbuf_addc(sb, '\t');
	rc |= copy_text(sb, text_or_null(c->claim_date, 1)) |
	    strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->sentence) | strbuf_addc(sb, '\t');
	rc |= strbuf_addf(sb, "%lld\t%lld\t%lld\t%lld\t",
	    (long long)c->sent_start, (long long)c->sent_end,
	    (long long)c->num_start, (long long)c->num_end);
	rc |= copy_real(sb, c->factor) | strbuf_addc(sb, '\t');
	rc |= copy_real(sb, c->each) | strbuf_addc(sb, '\t');
	rc |= copy_text(sb, c->place) | strbuf_addc(sb, '\n');
	return rc == 0 ? 0 : -1;
}

int
pg_flush(struct store *st)
{
	struct pgstore *pg = st->pg;
	PGresult *res;
	int ok;

	if (pg->ncopy == 0)
		return 0;
	res = PQexec(pg->conn, copy_sql);
	ok = PQresultStatus(res) == PGRES_COPY_IN;
	if (!ok)
		pg_fail(st, res, "storing claims");
	PQclear(res);
	if (!ok)
		return -1;
	ok = PQputCopyData(pg->conn, pg->copy.buf, (int)pg->copy.len) == 1;
	ok = PQputCopyEnd(pg->conn, ok ? NULL : "claimtrack: send failed") ==
	    1 && ok;
	strbuf_release(&pg->copy);
	pg->ncopy = 0;
	while ((res = PQgetResult(pg->conn)) != NULL) {
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			if (ok)
				pg_fail(st, res, "storing claims");
			ok = 0;
		}
		PQclear(res);
	}
	return ok ? 0 : -1;
}

/* Queue the claims of cs for article rowid; COPY them when many. */
static int
claims_queue(struct store *st, int64_t rowid, int64_t run_id,
    const struct claimset *cs)
{
	struct pgstore *pg = st->pg;
	size_t i;

	for (i = 0; i < cs->n; i++) {
		if (claim_copy(&pg->copy, rowid, run_id, &cs->v[i]) == -1) {
			st->failed = 1;
			warnx("%s: storing claims: too many claims at once",
			    st->path);
			return -1;
		}
		pg->ncopy++;
	}
	if (pg->copy.len >= COPY_FLUSH || !pg->in_tx)
		return pg_flush(st);
	return 0;
}

/* Tries before giving up on a doc other sessions keep versioning. */
#define INSERT_TRIES 8

int
pgstore_put_extracted(struct store *st, int64_t run_id,
    const struct article *a, const struct claimset *cs,
    enum article_status *status, int64_t *article_rowid)
{
	long long version;
	int found, same, tries, rc = 0;

	if (article_refused(a))
		return 1;
	for (tries = 0; rc == 0 && tries < INSERT_TRIES; tries++) {
		version = 0;
		same = 0;
		found = article_newest(st, a, article_rowid, &version, &same);
		if (found == -1)
			return -1;
		/* one version per text: a text the doc had before is not
		   stored again (store_write.c) */
		if (found && !same)
			same = article_same_text(st, a, article_rowid);
		if (same == -1)
			return -1;
		if (found && same) {
			*status = ARTICLE_UNCHANGED;
			return article_touch(st, *article_rowid);
		}
		*status = found ? ARTICLE_CHANGED : ARTICLE_NEW;
		/* 0: another session stored this version first; look again */
		rc = article_insert(st, run_id, a, version + 1, cs != NULL,
		    article_rowid);
	}
	if (rc == -1)
		return -1;
	if (rc == 0) {
		st->failed = 1;
		warnx("%s: storing '%s': other runs keep storing new versions",
		    st->path, a->id);
		return -1;
	}
	return cs == NULL ? 0 : claims_queue(st, *article_rowid, run_id, cs);
}

/* Delete the claims article rowid had and mark it extracted. */
static int
claims_reset(struct store *st, int64_t rowid)
{
	char id[24];
	const char *v[1] = { id };
	PGresult *res;
	int n;

	snprintf(id, sizeof(id), "%lld", (long long)rowid);
	if (pg_done(st, pg_exec(st, "DELETE FROM claims WHERE article_id ="
	    " $1", 1, v, "replacing claims")) == -1)
		return -1;
	res = pg_exec(st, "UPDATE articles SET extracted = 1 WHERE id = $1",
	    1, v, "marking an article extracted");
	if (res == NULL)
		return -1;
	n = atoi(PQcmdTuples(res));
	PQclear(res);
	if (n != 1) {
		st->failed = 1;
		warnx("%s: storing claims: no article with id %lld", st->path,
		    (long long)rowid);
		return -1;
	}
	return 0;
}

/*
 * All or nothing: inside the caller's transaction through a savepoint,
 * else in a transaction of its own. The claims are copied at once.
 */
int
pgstore_put_claims(struct store *st, int64_t article_rowid,
    int64_t run_id, const struct claimset *cs)
{
	int own = !st->pg->in_tx, ok;

	if (pg_flush(st) == -1)
		return -1;
	if (own ? pgstore_begin(st) : pg_run(st, "SAVEPOINT put_claims",
	    "storing claims"))
		return -1;
	st->pg->in_tx = 1;
	ok = claims_reset(st, article_rowid) == 0 &&
	    claims_queue(st, article_rowid, run_id, cs) == 0 &&
	    pg_flush(st) == 0;
	if (own) {
		if (ok)
			return pgstore_commit(st);
		pgstore_rollback(st);
		return -1;
	}
	if (!ok) {
		strbuf_release(&st->pg->copy);
		st->pg->ncopy = 0;
		pg_run(st, "ROLLBACK TO put_claims; RELEASE put_claims",
		    "storing claims");
		return -1;
	}
	return pg_run(st, "RELEASE put_claims", "storing claims");
}

int
pgstore_tracker_put(struct store *st, int64_t run_id, const char *text,
    const char *hash)
{
	char run[24], *fixed;
	const char *v[3];
	int rc;

	snprintf(run, sizeof(run), "%lld", (long long)run_id);
	v[0] = text_valid(text, &fixed);
	v[1] = hash;
	v[2] = run_id > 0 ? run : NULL;
	rc = pg_done(st, pg_exec(st, "INSERT INTO tracker (id, text, hash,"
	    " stored, run_id) VALUES (1, $1, $2, " PG_NOW ", $3)"
	    " ON CONFLICT (id) DO UPDATE SET text = excluded.text,"
	    " hash = excluded.hash, stored = excluded.stored,"
	    " run_id = excluded.run_id", 3, v, "storing the tracker"));
	g_free(fixed);
	return rc;
}

int
pgstore_file_put(struct store *st, int64_t run_id, const char *path,
    const struct file_stamp *fs)
{
	char n[6][24];
	const char *v[7];

	snprintf(n[0], sizeof(n[0]), "%lld", fs->size);
	snprintf(n[1], sizeof(n[1]), "%lld", fs->mtime_ns);
	snprintf(n[2], sizeof(n[2]), "%lld", fs->ctime_ns);
	snprintf(n[3], sizeof(n[3]), "%lld", fs->inode);
	snprintf(n[4], sizeof(n[4]), "%lld", fs->articles);
	snprintf(n[5], sizeof(n[5]), "%lld", (long long)run_id);
	v[0] = path;
	v[1] = n[0];
	v[2] = n[1];
	v[3] = n[2];
	v[4] = n[3];
	v[5] = n[4];
	v[6] = run_id > 0 ? n[5] : NULL;
	return pg_done(st, pg_cached(st, PQ_FILE_PUT, 7, v,
	    "recording a file"));
}

int
pgstore_file_seen(struct store *st, int64_t run_id, const char *path)
{
	char run[24];
	const char *v[2] = { path, NULL };

	snprintf(run, sizeof(run), "%lld", (long long)run_id);
	if (run_id > 0)
		v[1] = run;
	return pg_done(st, pg_cached(st, PQ_FILE_SEEN, 2, v,
	    "recording a file"));
}

/* The one lock connection of this process (a run takes one lock). */
static PGconn *run_lock_conn;

/* Try the run lock once: 1 taken, 0 held elsewhere, -1 error. */
static int
run_lock_try(PGconn *conn, const char *shown, bool shared)
{
	PGresult *res;
	const char *msg;
	int rc, len;

	res = PQexec(conn, shared ?
	    "SELECT pg_try_advisory_lock_shared(" PG_RUN_LOCK ")" :
	    "SELECT pg_try_advisory_lock(" PG_RUN_LOCK ")");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		msg = pg_message(PQresultErrorMessage(res), &len);
		warnx("%s: taking the run lock: %.*s", shown, len, msg);
		rc = -1;
	} else
		rc = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return rc;
}

int
pgstore_run_lock(const char *uri, int wait_seconds, bool shared)
{
	struct timespec pause = { 0, 100 * 1000 * 1000 };
	long tries = (long)wait_seconds * 10;
	char *shown = uri_shown(uri);
	PGconn *conn;
	int rc;

	if (run_lock_conn != NULL)
		errx(EXIT_FATAL, "run_lock: the run lock is already held");
	if ((conn = pg_connect(uri, shown)) == NULL) {
		free(shown);
		return -1;
	}
	while ((rc = run_lock_try(conn, shown, shared)) == 0 && tries-- > 0)
		nanosleep(&pause, NULL);
	if (rc == 0)
		warnx("%s: another claimtrack run holds the database; "
		    "gave up after %d s (see --wait)", shown, wait_seconds);
	free(shown);
	if (rc != 1) {
		PQfinish(conn);
		return -1;
	}
	run_lock_conn = conn;
	return PQsocket(conn);
}

bool
pgstore_run_unlock(int fd)
{
	if (run_lock_conn == NULL || fd != PQsocket(run_lock_conn))
		return false;
	PQfinish(run_lock_conn);	/* the session's locks end with it */
	run_lock_conn = NULL;
	return true;
}
