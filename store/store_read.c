/*
 * store_read.c - see store.h: what the store hands back, row by row or
 * counted: pending articles, files, counts.
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
#include "store_sql.h"

/* Copy column i, or NULL when it is NULL. */
static char *
column_dup(sqlite3_stmt *stmt, int i)
{
	const unsigned char *s = sqlite3_column_text(stmt, i);

	return s == NULL ? NULL : xstrdup((const char *)s);
}

/* The column readers of struct row_cols; row is the statement. */
static const char *
col_text(const void *row, int i)
{
	return (const char *)sqlite3_column_text((sqlite3_stmt *)row, i);
}

/* Column i as an integer, -1 when NULL. */
static long long
col_int(const void *row, int i)
{
	sqlite3_stmt *stmt = (sqlite3_stmt *)row;

	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return -1;
	return sqlite3_column_int64(stmt, i);
}

/* Column i as a number, NAN when NULL. */
static double
col_real(const void *row, int i)
{
	sqlite3_stmt *stmt = (sqlite3_stmt *)row;

	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return NAN;
	return sqlite3_column_double(stmt, i);
}

static size_t
col_length(const void *row, int i)
{
	return (size_t)sqlite3_column_bytes((sqlite3_stmt *)row, i);
}

/* The current row of stmt, for store_rows.c. */
static struct row_cols
cols_of(sqlite3_stmt *stmt)
{
	struct row_cols c = { stmt, col_text, col_int, col_real, col_length };

	return c;
}

/* Load article rowid and hand it to fn. Returns fn's answer or -1. */
static int
pending_visit(struct store *st, int64_t rowid, store_article_fn fn,
    void *arg)
{
	struct row_cols cols;
	struct article a;
	sqlite3_stmt *stmt;
	int rc;

	stmt = store_prepare(st, SQL_ARTICLE_BY_ID("?1"));
	if (stmt == NULL)
		return -1;
	sqlite3_bind_int64(stmt, 1, rowid);
	rc = sqlite3_step(stmt);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(stmt);
		return store_fail(st, rc == SQLITE_DONE ? SQLITE_ERROR : rc,
		    "reading a pending article");
	}
	cols = cols_of(stmt);
	article_fill(&a, &cols);
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
pending_ids(struct store *st, const char *sql, int64_t **ids, size_t *n)
{
	sqlite3_stmt *stmt;
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	stmt = store_prepare(st, sql);
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

/* Hand fn each article whose id sql lists: the count, or -1. */
static long long
articles_visit(struct store *st, const char *sql, store_article_fn fn,
    void *arg)
{
	int64_t *ids;
	size_t i, n;
	int rc = 0;

	if (pending_ids(st, sql, &ids, &n) == -1) {
		free(ids);
		return -1;
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = pending_visit(st, ids[i], fn, arg);
	free(ids);
	return rc == 0 ? (long long)n : -1;
}

long long
store_articles_pending(struct store *st, store_article_fn fn, void *arg)
{
	if (st->pg != NULL)
		return pgstore_articles_pending(st, fn, arg);
	return articles_visit(st, SQL_PENDING_IDS, fn, arg);
}

long long
store_articles_current(struct store *st, store_article_fn fn, void *arg)
{
	if (st->pg != NULL)
		return pgstore_articles_current(st, fn, arg);
	return articles_visit(st, SQL_CURRENT_IDS, fn, arg);
}

int
store_tracker_get(struct store *st, char **text, char hash[65])
{
	sqlite3_stmt *stmt;
	int rc;

	if (st->pg != NULL)
		return pgstore_tracker_get(st, text, hash);
	*text = NULL;
	if ((stmt = store_prepare(st, SQL_TRACKER_GET)) == NULL)
		return -1;
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*text = column_dup(stmt, 0);
		snprintf(hash, 65, "%s", (const char *)sqlite3_column_text(stmt,
		    1));
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(st, rc,
	    "reading the tracker");
}

int
store_files_each(struct store *st, store_file_fn fn, void *arg)
{
	struct file_stamp fs;
	struct row_cols cols;
	sqlite3_stmt *stmt;
	int rc = SQLITE_DONE, stop = 0;

	if (st->pg != NULL)
		return pgstore_files_each(st, fn, arg);
	stmt = store_prepare(st, SQL_FILES);
	if (stmt == NULL)
		return -1;
	cols = cols_of(stmt);
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		file_stamp_fill(&fs, &cols);
		stop = fn(col_text(stmt, 0), &fs, arg) != 0;
	}
	sqlite3_finalize(stmt);
	if (stop)
		return -1;
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "listing files");
	return 0;
}

int
store_count(struct store *st, struct store_counts *c)
{
	struct row_cols cols;
	sqlite3_stmt *stmt;
	int rc;

	if (st->pg != NULL)
		return pgstore_count(st, c);
	stmt = store_prepare(st, SQL_COUNT);
	if (stmt == NULL)
		return -1;
	cols = cols_of(stmt);
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		counts_fill(c, &cols);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return store_fail(st, rc, "counting");
	return 0;
}


/*
 * The bare hash column comes from the row holding max(version), as
 * SQLite defines for such a query; the query reads only the
 * articles_newest index.
 */
int
store_newest_each(struct store *st, store_newest_fn fn, void *arg)
{
	sqlite3_stmt *stmt;
	int rc, stop = 0;

	if (st->pg != NULL)
		return pgstore_newest_each(st, fn, arg);
	if (sqlite3_prepare_v2(st->db, "SELECT doc, hash, max(version)"
	    " FROM articles GROUP BY doc", -1, &stmt, NULL) != SQLITE_OK)
		return -1;
	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
		stop = fn((const char *)sqlite3_column_text(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1), arg) != 0;
	sqlite3_finalize(stmt);
	return stop || rc != SQLITE_DONE ? -1 : 0;
}

int
store_extent(struct store *st, struct store_extent *e)
{
	sqlite3_stmt *stmt;
	int rc;

	if (st->pg != NULL)
		return pgstore_extent(st, e);
	if (sqlite3_prepare_v2(st->db, "SELECT (SELECT count(*) FROM"
	    " articles), (SELECT max(id) FROM articles), (SELECT count(*)"
	    " FROM claims), (SELECT max(id) FROM claims)", -1, &stmt, NULL) !=
	    SQLITE_OK)
		return -1;
	if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		e->articles = sqlite3_column_int64(stmt, 0);
		e->newest_article = sqlite3_column_int64(stmt, 1);
		e->claims = sqlite3_column_int64(stmt, 2);
		e->newest_claim = sqlite3_column_int64(stmt, 3);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : -1;
}

/*
 * The claims of a scope in export order (NULLs sort first in SQLite).
 * A table made by a SELECT holds its rows in the order selected, rowid
 * by rowid: kept_sql reads them back so.
 */
#define SCOPE_SELECT SQL_SCOPE_SELECT("", "?1", "?2", \
    "IN (SELECT id FROM temp.cited_claims)") \
    " ORDER BY eff, doc, num_start, id"

static const char scope_sql[] = SCOPE_SELECT;
static const char keep_sql[] = "CREATE TEMP TABLE scope_claims AS "
    SCOPE_SELECT;
static const char kept_sql[] = "SELECT * FROM temp.scope_claims"
    " ORDER BY rowid";

/* Fill temp.cited_claims (a connection-private table) with the ids. */
static int
cited_load(struct store *st, const struct claim_scope *sc)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = SQLITE_DONE;

	if (store_exec(st, "CREATE TEMP TABLE IF NOT EXISTS cited_claims"
	    " (id INTEGER PRIMARY KEY); DELETE FROM temp.cited_claims",
	    "listing cited claims") == -1)
		return -1;
	stmt = store_prepare(st, "INSERT OR IGNORE INTO temp.cited_claims"
	    " VALUES (?1)");
	if (stmt == NULL)
		return -1;
	for (i = 0; i < sc->ncited && rc == SQLITE_DONE; i++) {
		sqlite3_bind_int64(stmt, 1, sc->cited[i]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : store_fail(st, rc,
	    "listing cited claims");
}

/* The scope's statement, parameters bound; NULL after reporting. */
static sqlite3_stmt *
scope_prepare(struct store *st, const struct claim_scope *sc,
    const char *sql)
{
	sqlite3_stmt *stmt;

	if (cited_load(st, sc) == -1)
		return NULL;
	if ((stmt = store_prepare(st, sql)) == NULL)
		return NULL;
	sqlite3_bind_text(stmt, 1, sc->asof, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, sc->start ? sc->start : "", -1,
	    SQLITE_STATIC);
	return stmt;
}

int
store_scope_keep(struct store *st, struct claim_scope *sc)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_scope_keep(st, sc);
	store_scope_drop(st, sc);
	if ((stmt = scope_prepare(st, sc, keep_sql)) == NULL)
		return -1;
	if (stmt_done(st, stmt, "selecting the claims") == -1)
		return -1;
	sc->kept = true;
	return 0;
}

void
store_scope_drop(struct store *st, struct claim_scope *sc)
{
	if (st->pg != NULL) {
		pgstore_scope_drop(st, sc);
		return;
	}
	sqlite3_exec(st->db, "DROP TABLE IF EXISTS temp.scope_claims", NULL,
	    NULL, NULL);
	sc->kept = false;
}

/*
 * Hand fn each row of stmt as r, filled by fill, then finalize stmt.
 * Returns 0, or -1 when fn stopped or on an error (reported as what).
 */
static int
claims_walk(struct store *st, sqlite3_stmt *stmt, claim_fill_fn fill,
    struct claim_row *r, store_claim_fn fn, void *arg, const char *what)
{
	struct textfix fx = { .n = 0 };
	struct row_cols cols = cols_of(stmt);
	int rc, stop = 0;

	while (!stop && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		fill(r, &cols, &fx);
		stop = fn(r, arg) != 0;
		textfix_next(&fx);
	}
	sqlite3_finalize(stmt);
	textfix_done(st, &fx);
	if (stop)
		return -1;
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, what);
	return 0;
}

int
store_claims_foreach(struct store *st, const struct claim_scope *sc,
    store_claim_fn fn, void *arg)
{
	struct claim_row r;
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_claims_foreach(st, sc, fn, arg);
	if (sc->kept)
		stmt = store_prepare(st, kept_sql);
	else
		stmt = scope_prepare(st, sc, scope_sql);
	if (stmt == NULL)
		return -1;
	return claims_walk(st, stmt, claim_row_scope, &r, fn, arg,
	    "reading claims");
}

/*
 * What the aggregation reads: one pass over the view current_claims,
 * with only the columns it needs. Its plan (EXPLAIN QUERY PLAN, schema
 * version 1):
 *   SCAN c                                   (claims, in rowid order)
 *   SEARCH a USING INTEGER PRIMARY KEY (rowid=?)
 *   CORRELATED SCALAR SUBQUERY
 *     SEARCH b USING COVERING INDEX sqlite_autoindex_articles_1 (doc=?)
 * so each claim costs one primary-key lookup and one index probe, and
 * the whole read is one pass; grouping and sorting happen in memory.
 * Every claim is needed (ranges span all history up to asof), so no
 * index can narrow the scan and none is added. On 1M claims the read is
 * about 0.7 s of the 1.9 s; the correlated max(version) probe is most of
 * it. current_articles written as a join with
 *   (SELECT doc, max(version) AS version FROM articles GROUP BY doc)
 * plans as MATERIALIZE m / SCAN m / SEARCH a USING INDEX
 * sqlite_autoindex_articles_1 (doc=? AND version=?) / SEARCH c USING
 * INDEX claims_by_article (article_id=?) and brings the summary to 1.5 s.
 */
int
store_claims_upto(struct store *st, const char *asof, store_claim_fn fn,
    void *arg)
{
	struct claim_row r;
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_claims_upto(st, asof, fn, arg);
	claim_row_upto_init(&r);
	if ((stmt = store_prepare(st, SQL_UPTO("?1"))) == NULL)
		return -1;
	sqlite3_bind_text(stmt, 1, asof, -1, SQLITE_TRANSIENT);
	return claims_walk(st, stmt, claim_row_upto, &r, fn, arg,
	    "cannot read claims");
}

void
store_number_text(double v, char *buf, size_t size)
{
	if (isnan(v)) {
		if (size > 0)
			*buf = '\0';
		return;
	}
	/* what sqlite3_column_text() gives for a REAL value */
	sqlite3_snprintf((int)size, buf, "%!.15g", v);
}
