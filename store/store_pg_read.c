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

#include <glib.h>

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

/*
 * Call fn with each article sql lists (one column, the ids). The ids
 * are read first, so that fn may write (store_put_claims).
 */
static long long
articles_visit(struct store *st, const char *sql, store_article_fn fn,
    void *arg, const char *what)
{
	PGresult *res;
	int64_t *ids;
	int i, n, rc = 0;

	if (pg_flush(st) == -1)
		return -1;
	res = pg_exec(st, sql, 0, NULL, what);
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

long long
pgstore_articles_pending(struct store *st, store_article_fn fn, void *arg)
{
	return articles_visit(st, "SELECT id FROM current_articles"
	    " WHERE extracted = 0 ORDER BY id", fn, arg,
	    "listing pending articles");
}

long long
pgstore_articles_current(struct store *st, store_article_fn fn, void *arg)
{
	return articles_visit(st, "SELECT id FROM current_articles"
	    " ORDER BY id", fn, arg, "listing the current articles");
}

int
pgstore_tracker_get(struct store *st, char **text, char hash[65])
{
	PGresult *res;
	int found;

	*text = NULL;
	res = pg_exec(st, "SELECT text, hash FROM tracker WHERE id = 1", 0,
	    NULL, "reading the tracker");
	if (res == NULL)
		return -1;
	found = PQntuples(res) == 1;
	if (found) {
		*text = xstrdup(PQgetvalue(res, 0, 0));
		snprintf(hash, 65, "%s", PQgetvalue(res, 0, 1));
	}
	PQclear(res);
	return found;
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
	/*
	 * The repaired copies of one row's text, as store_read.c's textfix:
	 * a database whose encoding is not UTF8 (SQL_ASCII takes any byte)
	 * may hold invalid UTF-8, and pango would stop the briefing at the
	 * PDF over one byte.
	 */
	char	*copies[S_TITLE + 1];	/* owned; freed after each row */
	size_t	 ncopies;
	int	 row_bad;	/* this row needed a repair */
	size_t	 rows_bad;	/* rows repaired so far */
};

/* Column i of a claim row as valid UTF-8 text, NULL when NULL. */
static const char *
col_valid(const PGresult *res, int i, struct claim_walk *w)
{
	const char *s = col_text(res, i);

	if (s == NULL || g_utf8_validate(s, -1, NULL) ||
	    w->ncopies == sizeof(w->copies) / sizeof(*w->copies))
		return s;
	w->row_bad = 1;
	w->copies[w->ncopies] = g_utf8_make_valid(s, -1);
	return w->copies[w->ncopies++];
}

/* Hand the filled row to the caller, then free its repaired copies. */
static int
claim_hand(struct claim_walk *w)
{
	int rc = w->fn(&w->r, w->arg);

	while (w->ncopies > 0)
		g_free(w->copies[--w->ncopies]);
	w->rows_bad += w->row_bad;
	w->row_bad = 0;
	return rc;
}

/* Say once per store how many rows were repaired as they were read. */
static int
claim_walk_done(struct store *st, struct claim_walk *w, int rc)
{
	if (w->rows_bad > 0 && !st->warned_text)
		warnx("%s: %zu stored claim%s held invalid UTF-8; replaced by "
		    "U+FFFD as read", st->path, w->rows_bad, w->rows_bad == 1 ?
		    "" : "s");
	st->warned_text |= w->rows_bad > 0;
	return rc;
}

static int
scope_row(const PGresult *res, void *arg)
{
	struct claim_walk *w = arg;
	struct claim_row *r = &w->r;

	r->id = col_int(res, S_ID);
	r->article_id = col_int(res, S_ARTICLE_ID);
	r->article_version = col_int(res, S_ARTICLE_VERSION);
	r->run_id = col_int(res, S_RUN_ID);
	r->doc = col_valid(res, S_DOC, w);
	r->outlet = col_valid(res, S_OUTLET, w);
	r->url = col_valid(res, S_URL, w);
	r->title = col_valid(res, S_TITLE, w);
	r->published = col_valid(res, S_PUBLISHED, w);
	r->claim_date = col_valid(res, S_CLAIM_DATE, w);
	r->effective_date = col_valid(res, S_EFFECTIVE_DATE, w);
	r->date_from_published = col_int(res, S_DATE_FROM_PUBLISHED) == 1;
	r->source = col_valid(res, S_SOURCE, w);
	r->claimant = col_valid(res, S_CLAIMANT, w);
	r->relayer = col_valid(res, S_RELAYER, w);
	r->quantity = col_valid(res, S_QUANTITY, w);
	r->modality = col_valid(res, S_MODALITY, w);
	r->scope = col_valid(res, S_SCOPE, w);
	r->place = col_valid(res, S_PLACE, w);
	r->qualifier = col_valid(res, S_QUALIFIER, w);
	r->value = col_real(res, S_VALUE);
	r->low = col_real(res, S_LOW);
	r->high = col_real(res, S_HIGH);
	r->subject = col_valid(res, S_SUBJECT, w);
	r->sentence = col_valid(res, S_SENTENCE, w);
	r->sent_start = col_int(res, S_SENT_START);
	r->sent_end = col_int(res, S_SENT_END);
	r->num_start = col_int(res, S_NUM_START);
	r->num_end = col_int(res, S_NUM_END);
	return claim_hand(w);
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
		return claim_walk_done(st, &w, pg_stream(st, kept_sql, 0, NULL,
		    scope_row, &w, "reading claims"));
	return claim_walk_done(st, &w, scope_run(st, sc, scope_sql,
	    scope_row, &w));
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
	r->doc = col_valid(res, U_DOC, w);
	r->outlet = col_valid(res, U_OUTLET, w);
	r->url = col_valid(res, U_URL, w);
	r->title = col_valid(res, U_TITLE, w);
	r->published = col_valid(res, U_PUBLISHED, w);
	r->value = col_real(res, U_VALUE);
	r->low = col_real(res, U_LOW);
	r->high = col_real(res, U_HIGH);
	r->qualifier = col_valid(res, U_QUALIFIER, w);
	r->quantity = col_valid(res, U_QUANTITY, w);
	r->source = col_valid(res, U_SOURCE, w);
	r->place = col_valid(res, U_PLACE, w);
	r->modality = col_valid(res, U_MODALITY, w);
	r->claim_date = col_valid(res, U_CLAIM_DATE, w);
	return claim_hand(w);
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
	return claim_walk_done(st, &w, pg_stream(st, upto_sql, 1, v,
	    upto_row, &w, "cannot read claims"));
}
