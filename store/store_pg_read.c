/*
 * store_pg_read.c - see store_pg.h: what a PostgreSQL store hands back,
 * row by row or counted. The rows and their order are the SQLite
 * store's (store_read.c): text compares bytewise (every text column is
 * COLLATE "C"), NULLs sort first, and an order SQLite's plan gives
 * without saying is written out.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "store_int.h"
#include "store_pg.h"
#include "store_pg_int.h"

/* Called with each row (row 0 of res); nonzero stops. */
typedef int (*pg_row_fn)(const PGresult *res, void *arg);

/*
 * Run sql and hand fn one row at a time (libpq's single-row mode), so a
 * million claims never sit in memory at once; fn must not use the store.
 * Returns 0, or -1 when fn stopped or on an error, reported as what
 * unless what is NULL.
 */
static int
pg_stream(struct store *st, const char *sql, int n, const char *const *v,
    pg_row_fn fn, void *arg, const char *what)
{
	PGconn *conn = st->pg->conn;
	PGresult *res;
	int stop = 0, failed = 0;

	if (pg_flush(st) == -1)
		return -1;
	if (!PQsendQueryParams(conn, sql, n, NULL, v, NULL, NULL, 0)) {
		if (what != NULL)
			pg_fail(st, NULL, what);
		return -1;
	}
	PQsetSingleRowMode(conn);
	while ((res = PQgetResult(conn)) != NULL) {
		switch (PQresultStatus(res)) {
		case PGRES_SINGLE_TUPLE:
			if (!stop && !failed)
				stop = fn(res, arg) != 0;
			break;
		case PGRES_TUPLES_OK:
		case PGRES_COMMAND_OK:
			break;
		default:
			if (!failed && what != NULL)
				pg_fail(st, res, what);
			failed = 1;
		}
		PQclear(res);
	}
	return stop || failed ? -1 : 0;
}

/* Column i as text, NULL when NULL. */
static const char *
col_text(const PGresult *res, int i)
{
	return PQgetisnull(res, 0, i) ? NULL : PQgetvalue(res, 0, i);
}

/* Column i as a number, NAN when NULL. */
static double
col_real(const PGresult *res, int i)
{
	if (PQgetisnull(res, 0, i))
		return NAN;
	return strtod(PQgetvalue(res, 0, i), NULL);
}

/* Column i as an integer, -1 when NULL. */
static long long
col_int(const PGresult *res, int i)
{
	return pg_int(res, 0, i);
}

/* The static format name matching a stored one. */
static const char *
format_static(const char *s)
{
	if (s != NULL && strcmp(s, "jsonl") == 0)
		return "jsonl";
	if (s != NULL && strcmp(s, "html") == 0)
		return "html";
	return "text";
}

/* Load article rowid and hand it to fn. Returns fn's answer or -1. */
static int
pending_visit(struct store *st, int64_t rowid, store_article_fn fn,
    void *arg)
{
	char id[24];
	const char *v[1] = { id };
	struct article a;
	PGresult *res;
	int rc;

	snprintf(id, sizeof(id), "%lld", (long long)rowid);
	res = pg_exec(st, "SELECT doc, title, outlet, url, published, path,"
	    " line, format, body, hash FROM articles WHERE id = $1", 1, v,
	    "reading a pending article");
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return pg_fail(st, NULL, "reading a pending article");
	}
	article_init(&a);
	a.id = xstrdup_or_null(col_text(res, 0));
	a.title = xstrdup_or_null(col_text(res, 1));
	a.outlet = xstrdup_or_null(col_text(res, 2));
	a.url = xstrdup_or_null(col_text(res, 3));
	if (col_text(res, 4) != NULL)
		snprintf(a.published, DATE_LEN, "%s", col_text(res, 4));
	a.path = xstrdup_or_null(col_text(res, 5));
	a.line = (size_t)col_int(res, 6);
	a.format = format_static(col_text(res, 7));
	a.body = xstrdup_or_null(col_text(res, 8));
	a.body_len = (size_t)PQgetlength(res, 0, 8);
	snprintf(a.hash, sizeof(a.hash), "%s", PQgetvalue(res, 0, 9));
	PQclear(res);
	rc = fn(&a, rowid, arg);
	article_release(&a);
	return rc;
}

long long
pgstore_articles_pending(struct store *st, store_article_fn fn, void *arg)
{
	PGresult *res;
	int64_t *ids;
	int i, n, rc = 0;

	if (pg_flush(st) == -1)
		return -1;
	res = pg_exec(st, "SELECT id FROM current_articles"
	    " WHERE extracted = 0 ORDER BY id", 0, NULL,
	    "listing pending articles");
	if (res == NULL)
		return -1;
	/* ids first, so that fn may write (store_put_claims) */
	n = PQntuples(res);
	ids = xreallocarray(NULL, (size_t)n + 1, sizeof(*ids));
	for (i = 0; i < n; i++)
		ids[i] = pg_int(res, i, 0);
	PQclear(res);
	for (i = 0; i < n && rc == 0; i++)
		rc = pending_visit(st, ids[i], fn, arg);
	free(ids);
	return rc == 0 ? (long long)n : -1;
}

struct files_walk {
	store_file_fn	 fn;
	void		*arg;
};

static int
file_row(const PGresult *res, void *arg)
{
	struct files_walk *w = arg;
	struct file_stamp fs;

	fs.size = col_int(res, 1);
	fs.mtime_ns = col_int(res, 2);
	fs.ctime_ns = col_int(res, 3);
	fs.inode = col_int(res, 4);
	fs.articles = col_int(res, 5);
	return w->fn(col_text(res, 0), &fs, w->arg);
}

int
pgstore_files_each(struct store *st, store_file_fn fn, void *arg)
{
	struct files_walk w = { fn, arg };

	return pg_stream(st, "SELECT path, size, mtime_ns, ctime_ns, inode,"
	    " articles FROM files", 0, NULL, file_row, &w, "listing files");
}

struct newest_walk {
	store_newest_fn	 fn;
	void		*arg;
};

static int
newest_row(const PGresult *res, void *arg)
{
	struct newest_walk *w = arg;

	return w->fn(col_text(res, 0), col_text(res, 1), w->arg);
}

/* Not reported, as in SQLite: the caller only loses a shortcut. */
int
pgstore_newest_each(struct store *st, store_newest_fn fn, void *arg)
{
	struct newest_walk w = { fn, arg };

	return pg_stream(st, "SELECT DISTINCT ON (doc) doc, hash"
	    " FROM articles ORDER BY doc, version DESC", 0, NULL, newest_row,
	    &w, NULL);
}

int
pgstore_extent(struct store *st, struct store_extent *e)
{
	PGconn *conn = st->pg->conn;
	PGresult *res;
	int ok;

	if (pg_flush(st) == -1)
		return -1;
	res = PQexec(conn, "SELECT (SELECT count(*) FROM articles),"
	    " coalesce((SELECT max(id) FROM articles), 0),"
	    " (SELECT count(*) FROM claims),"
	    " coalesce((SELECT max(id) FROM claims), 0)");
	ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
	if (ok) {
		e->articles = pg_int(res, 0, 0);
		e->newest_article = pg_int(res, 0, 1);
		e->claims = pg_int(res, 0, 2);
		e->newest_claim = pg_int(res, 0, 3);
	}
	PQclear(res);
	return ok ? 0 : -1;
}

int
pgstore_count(struct store *st, struct store_counts *c)
{
	PGresult *res;

	if (pg_flush(st) == -1)
		return -1;
	res = pg_exec(st, "SELECT"
	    " (SELECT count(DISTINCT doc) FROM articles),"
	    " (SELECT count(*) FROM articles),"
	    " (SELECT count(*) FROM claims),"
	    " (SELECT count(*) FROM current_claims),"
	    " (SELECT count(*) FROM runs),"
	    " (SELECT count(*) FROM current_articles WHERE extracted = 0)",
	    0, NULL, "counting");
	if (res == NULL)
		return -1;
	c->docs = pg_int(res, 0, 0);
	c->versions = pg_int(res, 0, 1);
	c->claims = pg_int(res, 0, 2);
	c->current_claims = pg_int(res, 0, 3);
	c->runs = pg_int(res, 0, 4);
	c->pending = pg_int(res, 0, 5);
	PQclear(res);
	return 0;
}

/*
 * The claims of a scope, as store_read.c's SCOPE_SELECT: $1 asof, $2
 * start, $3 the cited ids as an array literal. Columns are named so that
 * a kept copy can be read back in the same order (KEPT_SELECT).
 */
#define SCOPE_FROM \
    " c.id AS id, c.doc AS doc, c.outlet AS outlet, c.url AS url," \
    "  c.published AS published, c.claim_date AS claim_date," \
    "  coalesce(c.claim_date, c.published) AS eff," \
    "  (c.claim_date IS NULL AND c.published IS NOT NULL)::int AS dfp," \
    "  c.source AS source, c.claimant AS claimant, c.relayer AS relayer," \
    "  c.quantity AS quantity, c.modality AS modality, c.scope AS scope," \
    "  c.place AS place, c.qualifier AS qualifier, c.value AS value," \
    "  c.low AS low, c.high AS high, c.subject AS subject," \
    "  c.sentence AS sentence, c.sent_start AS sent_start," \
    "  c.sent_end AS sent_end, c.num_start AS num_start," \
    "  c.num_end AS num_end," \
    "  (SELECT version FROM articles a WHERE a.id = c.article_id)" \
    "    AS article_version," \
    "  c.run_id AS run_id, c.article_id AS article_id, c.title AS title" \
    " FROM current_claims c" \
    " WHERE (c.published IS NULL OR substr(c.published, 1, 10) <= $1::text)" \
    "   AND (coalesce(c.claim_date, c.published) IS NULL" \
    "    OR (coalesce(c.claim_date, c.published) <= $1::text" \
    "        AND (coalesce(c.claim_date, c.published) >= $2::text" \
    "             OR c.id = ANY ($3::bigint[]))))"
#define SCOPE_ORDER \
    " ORDER BY eff NULLS FIRST, doc, num_start NULLS FIRST, id"

static const char scope_sql[] = "SELECT" SCOPE_FROM SCOPE_ORDER;
static const char keep_sql[] = "CREATE TEMP TABLE scope_claims AS SELECT"
    SCOPE_FROM;
static const char kept_sql[] = "SELECT * FROM scope_claims" SCOPE_ORDER;

enum scope_column {
	S_ID, S_DOC, S_OUTLET, S_URL, S_PUBLISHED, S_CLAIM_DATE,
	S_EFFECTIVE_DATE, S_DATE_FROM_PUBLISHED, S_SOURCE, S_CLAIMANT,
	S_RELAYER, S_QUANTITY, S_MODALITY, S_SCOPE, S_PLACE, S_QUALIFIER,
	S_VALUE, S_LOW, S_HIGH, S_SUBJECT, S_SENTENCE, S_SENT_START,
	S_SENT_END, S_NUM_START, S_NUM_END, S_ARTICLE_VERSION, S_RUN_ID,
	S_ARTICLE_ID, S_TITLE
};

struct claim_walk {
	store_claim_fn	 fn;
	void		*arg;
	struct claim_row r;	/* what upto_row() leaves alone stays set */
};

static int
scope_row(const PGresult *res, void *arg)
{
	struct claim_walk *w = arg;
	struct claim_row *r = &w->r;

	r->id = col_int(res, S_ID);
	r->article_id = col_int(res, S_ARTICLE_ID);
	r->article_version = col_int(res, S_ARTICLE_VERSION);
	r->run_id = col_int(res, S_RUN_ID);
	r->doc = col_text(res, S_DOC);
	r->outlet = col_text(res, S_OUTLET);
	r->url = col_text(res, S_URL);
	r->title = col_text(res, S_TITLE);
	r->published = col_text(res, S_PUBLISHED);
	r->claim_date = col_text(res, S_CLAIM_DATE);
	r->effective_date = col_text(res, S_EFFECTIVE_DATE);
	r->date_from_published = col_int(res, S_DATE_FROM_PUBLISHED) == 1;
	r->source = col_text(res, S_SOURCE);
	r->claimant = col_text(res, S_CLAIMANT);
	r->relayer = col_text(res, S_RELAYER);
	r->quantity = col_text(res, S_QUANTITY);
	r->modality = col_text(res, S_MODALITY);
	r->scope = col_text(res, S_SCOPE);
	r->place = col_text(res, S_PLACE);
	r->qualifier = col_text(res, S_QUALIFIER);
	r->value = col_real(res, S_VALUE);
	r->low = col_real(res, S_LOW);
	r->high = col_real(res, S_HIGH);
	r->subject = col_text(res, S_SUBJECT);
	r->sentence = col_text(res, S_SENTENCE);
	r->sent_start = col_int(res, S_SENT_START);
	r->sent_end = col_int(res, S_SENT_END);
	r->num_start = col_int(res, S_NUM_START);
	r->num_end = col_int(res, S_NUM_END);
	return w->fn(r, w->arg);
}

/* The cited ids as an array literal, "{1,2,3}"; the caller frees it. */
static char *
cited_array(const struct claim_scope *sc)
{
	struct strbuf sb;
	size_t i, len;

	strbuf_init(&sb, (size_t)-1);
	strbuf_addc(&sb, '{');
	for (i = 0; i < sc->ncited; i++)
		strbuf_addf(&sb, i ? ",%lld" : "%lld",
		    (long long)sc->cited[i]);
	strbuf_addc(&sb, '}');
	return strbuf_detach(&sb, &len);
}

/* Run a scope statement with its three parameters. */
static int
scope_run(struct store *st, const struct claim_scope *sc, const char *sql,
    pg_row_fn fn, void *arg)
{
	char *cited = cited_array(sc);
	const char *v[3] = { sc->asof, sc->start ? sc->start : "", cited };
	int rc;

	rc = pg_stream(st, sql, 3, v, fn, arg, "reading claims");
	free(cited);
	return rc;
}

static int
nothing_row(const PGresult *res, void *arg)
{
	(void)res;
	(void)arg;
	return 0;
}

int
pgstore_scope_keep(struct store *st, struct claim_scope *sc)
{
	pgstore_scope_drop(st, sc);
	if (scope_run(st, sc, keep_sql, nothing_row, NULL) == -1)
		return -1;
	sc->kept = true;
	return 0;
}

void
pgstore_scope_drop(struct store *st, struct claim_scope *sc)
{
	PGresult *res;

	res = PQexec(st->pg->conn, "DROP TABLE IF EXISTS scope_claims");
	PQclear(res);
	sc->kept = false;
}

int
pgstore_claims_foreach(struct store *st, const struct claim_scope *sc,
    store_claim_fn fn, void *arg)
{
	struct claim_walk w;

	memset(&w, 0, sizeof(w));
	w.fn = fn;
	w.arg = arg;
	if (sc->kept)
		return pg_stream(st, kept_sql, 0, NULL, scope_row, &w,
		    "reading claims");
	return scope_run(st, sc, scope_sql, scope_row, &w);
}

/*
 * What the aggregation reads (store_read.c's upto_sql), in the order
 * SQLite's plan gives it: by doc (its GROUP BY of the newest versions),
 * then claim id (the claims_by_article index).
 */
enum upto_column {
	U_ID, U_ARTICLE, U_DOC, U_OUTLET, U_URL, U_TITLE, U_PUBLISHED,
	U_VALUE, U_LOW, U_HIGH, U_QUALIFIER, U_QUANTITY, U_SOURCE, U_PLACE,
	U_MODALITY, U_CLAIM_DATE
};

static const char upto_sql[] =
    "SELECT id, article_id, doc, outlet, url, title, published,"
    " value, low, high, qualifier, quantity, source, place, modality,"
    " claim_date FROM current_claims"
    " WHERE published IS NULL OR substr(published, 1, 10) <= $1::text"
    " ORDER BY doc, id";

static int
upto_row(const PGresult *res, void *arg)
{
	struct claim_walk *w = arg;
	struct claim_row *r = &w->r;

	r->id = col_int(res, U_ID);
	r->article_id = col_int(res, U_ARTICLE);
	r->doc = col_text(res, U_DOC);
	r->outlet = col_text(res, U_OUTLET);
	r->url = col_text(res, U_URL);
	r->title = col_text(res, U_TITLE);
	r->published = col_text(res, U_PUBLISHED);
	r->value = col_real(res, U_VALUE);
	r->low = col_real(res, U_LOW);
	r->high = col_real(res, U_HIGH);
	r->qualifier = col_text(res, U_QUALIFIER);
	r->quantity = col_text(res, U_QUANTITY);
	r->source = col_text(res, U_SOURCE);
	r->place = col_text(res, U_PLACE);
	r->modality = col_text(res, U_MODALITY);
	r->claim_date = col_text(res, U_CLAIM_DATE);
	return w->fn(r, w->arg);
}

int
pgstore_claims_upto(struct store *st, const char *asof, store_claim_fn fn,
    void *arg)
{
	struct claim_walk w;
	const char *v[1] = { asof };

	memset(&w, 0, sizeof(w));
	w.fn = fn;
	w.arg = arg;
	w.r.article_version = w.r.run_id = -1;
	w.r.sent_start = w.r.sent_end = w.r.num_start = w.r.num_end = -1;
	w.r.value = w.r.low = w.r.high = NAN;
	return pg_stream(st, upto_sql, 1, v, upto_row, &w,
	    "cannot read claims");
}
