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
#include "store_sql.h"

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

/*
 * The column readers of struct row_cols: row is a PGresult, read at its
 * row 0 (pg_stream()'s single rows, a one-row result).
 */
static const char *
col_text(const void *row, int i)
{
	const PGresult *res = row;

	return PQgetisnull(res, 0, i) ? NULL : PQgetvalue(res, 0, i);
}

static double
col_real(const void *row, int i)
{
	const PGresult *res = row;

	if (PQgetisnull(res, 0, i))
		return NAN;
	return strtod(PQgetvalue(res, 0, i), NULL);
}

static long long
col_int(const void *row, int i)
{
	return pg_int(row, 0, i);
}

static size_t
col_length(const void *row, int i)
{
	return (size_t)PQgetlength(row, 0, i);
}

/* Row 0 of res, for store_rows.c. */
static struct row_cols
cols_of(const PGresult *res)
{
	struct row_cols c = { res, col_text, col_int, col_real, col_length };

	return c;
}

/* Load article rowid and hand it to fn. Returns fn's answer or -1. */
static int
pending_visit(struct store *st, int64_t rowid, store_article_fn fn,
    void *arg)
{
	char id[24];
	const char *v[1] = { id };
	struct row_cols cols;
	struct article a;
	PGresult *res;
	int rc;

	snprintf(id, sizeof(id), "%lld", (long long)rowid);
	res = pg_exec(st, SQL_ARTICLE_BY_ID("$1"), 1, v,
	    "reading a pending article");
	if (res == NULL)
		return -1;
	if (PQntuples(res) != 1) {
		PQclear(res);
		return pg_fail(st, NULL, "reading a pending article");
	}
	cols = cols_of(res);
	article_fill(&a, &cols);
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
	return articles_visit(st, SQL_PENDING_IDS, fn, arg,
	    "listing pending articles");
}

long long
pgstore_articles_current(struct store *st, store_article_fn fn, void *arg)
{
	return articles_visit(st, SQL_CURRENT_IDS, fn, arg, "listing the current articles");
}

int
pgstore_tracker_get(struct store *st, char **text, char hash[65])
{
	PGresult *res;
	int found;

	*text = NULL;
	res = pg_exec(st, SQL_TRACKER_GET, 0, NULL, "reading the tracker");
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
	struct row_cols cols = cols_of(res);
	struct file_stamp fs;

	file_stamp_fill(&fs, &cols);
	return w->fn(col_text(res, 0), &fs, w->arg);
}

int
pgstore_files_each(struct store *st, store_file_fn fn, void *arg)
{
	struct files_walk w = { fn, arg };

	return pg_stream(st, SQL_FILES, 0, NULL, file_row, &w,
	    "listing files");
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
	struct row_cols cols;
	PGresult *res;

	if (pg_flush(st) == -1)
		return -1;
	res = pg_exec(st, SQL_COUNT, 0, NULL, "counting");
	if (res == NULL)
		return -1;
	cols = cols_of(res);
	counts_fill(c, &cols);
	PQclear(res);
	return 0;
}

/*
 * The claims of a scope, as store_read.c's: $1 asof, $2 start, $3 the
 * cited ids as an array literal. The order SQLite gives is written out
 * (NULLs first, as SQLite sorts them) by the names the columns have, so
 * that a kept copy reads back in the same order.
 */
#define SCOPE_SELECT SQL_SCOPE_SELECT("::int", "$1::text", "$2::text", \
    "= ANY ($3::bigint[])")
#define SCOPE_ORDER \
    " ORDER BY eff NULLS FIRST, doc, num_start NULLS FIRST, id"

static const char scope_sql[] = SCOPE_SELECT SCOPE_ORDER;
static const char keep_sql[] = "CREATE TEMP TABLE scope_claims AS "
    SCOPE_SELECT;
static const char kept_sql[] = "SELECT * FROM scope_claims" SCOPE_ORDER;

struct claim_walk {
	claim_fill_fn	 fill;	/* claim_row_scope or claim_row_upto */
	store_claim_fn	 fn;
	void		*arg;
	struct claim_row r;	/* what claim_row_upto() leaves stays set */
	struct textfix	 fx;
};

/* Fill the row, hand it to the caller, then free its repaired copies. */
static int
claim_row(const PGresult *res, void *arg)
{
	struct claim_walk *w = arg;
	struct row_cols cols = cols_of(res);
	int rc;

	w->fill(&w->r, &cols, &w->fx);
	rc = w->fn(&w->r, w->arg);
	textfix_next(&w->fx);
	return rc;
}

/* Say once per store how many rows were repaired as they were read. */
static int
claim_walk_done(struct store *st, struct claim_walk *w, int rc)
{
	textfix_done(st, &w->fx);
	return rc;
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
	w.fill = claim_row_scope;
	w.fn = fn;
	w.arg = arg;
	if (sc->kept)
		return claim_walk_done(st, &w, pg_stream(st, kept_sql, 0, NULL,
		    claim_row, &w, "reading claims"));
	return claim_walk_done(st, &w, scope_run(st, sc, scope_sql,
	    claim_row, &w));
}

/*
 * What the aggregation reads (store_read.c's), in the order SQLite's
 * plan gives it: by doc (its GROUP BY of the newest versions), then
 * claim id (the claims_by_article index).
 */
static const char upto_sql[] = SQL_UPTO("$1::text") " ORDER BY doc, id";

int
pgstore_claims_upto(struct store *st, const char *asof, store_claim_fn fn,
    void *arg)
{
	struct claim_walk w;
	const char *v[1] = { asof };

	memset(&w, 0, sizeof(w));
	w.fill = claim_row_upto;
	w.fn = fn;
	w.arg = arg;
	claim_row_upto_init(&w.r);
	return claim_walk_done(st, &w, pg_stream(st, upto_sql, 1, v,
	    claim_row, &w, "cannot read claims"));
}
