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
 * What the aggregation reads. It was one pass over the view
 * current_claims (SQL_UPTO, as PostgreSQL still reads it): per claim, a
 * step of claims_by_article and a primary-key look-up of the claim row
 * (sqlite3BtreeTableMoveto), the article's five columns again, and the
 * view's max(version) per doc materialized first. Now two passes: the
 * articles table in rowid order (SQL_UPTO_ARTICLES, about 100,000 rows
 * at 1,000,000 claims), the newest version of each doc found in memory
 * and, when published up to asof, its columns validated once and kept
 * by id; then the claims table in rowid order (SQL_UPTO_CLAIMS: no
 * join, no look-up, pages read in file order), a claim kept when its
 * article was kept. The same claims as the view gives (a claim belongs
 * to one article; a current article is the newest version of its doc),
 * in claim id order instead of doc order: summary_build() orders every
 * claim by its row, figure, date and id, so no output depends on it.
 * CLAIMTRACK_SUMMARY_VIEW set in the environment reads the view as
 * before: tests/summary-check compares the briefings of both reads.
 */

/* A current article published up to asof, its columns valid. */
struct upto_article {
	int64_t	 id;
	char	*col[5];	/* doc, outlet, url, title, published */
	int	 bad;		/* one of them was repaired */
};

static int
upto_article_cmp(const void *pa, const void *pb)
{
	const struct upto_article *a = pa, *b = pb;

	return (a->id > b->id) - (a->id < b->id);
}

/* The articles by id: a direct table when ids are dense, else bsearch. */
struct upto_index {
	struct upto_article *v;	/* sorted by id */
	size_t	 n;
	uint32_t *slot;		/* id -> index + 1, or NULL */
	int64_t	 max;		/* highest id in slot */
	char	*text;		/* the columns' bytes, one block: freed
				   whole, it goes back to the system rather
				   than stay in the heap under the summary's
				   arrays */
	size_t	 len, cap;
};

#define NO_TEXT ((char *)UINTPTR_MAX) /* a NULL column, while offsets are kept */

/* Append s to ix's text; its offset, kept as a pointer until the end. */
static char *
upto_text(struct upto_index *ix, const char *s)
{
	size_t n, off;

	if (s == NULL)
		return NO_TEXT;
	n = strlen(s) + 1;
	if (ix->len + n > ix->cap) {
		ix->cap = ix->cap ? ix->cap : 1 << 20;
		while (ix->len + n > ix->cap)
			ix->cap *= 2;
		ix->text = xrealloc(ix->text, ix->cap);
	}
	off = ix->len;
	memcpy(ix->text + off, s, n);
	ix->len += n;
	return (char *)(uintptr_t)off;
}

/* The article columns upto_articles() keeps, in upto_article's order. */
static const int upto_cols[5] = { UA_DOC, UA_OUTLET, UA_URL, UA_TITLE,
    UA_PUBLISHED };

/*
 * Append column i of c's row to ix's text, repaired as the claims'
 * reads repair an article's columns (g_utf8_make_valid(); *bad set when
 * one was not valid UTF-8), with no copy in between: straight from the
 * statement's buffer when valid, as nearly every row is. (A copy per
 * column and article, made and freed, was an eighth of a period-sized
 * summary.)
 */
static char *
upto_text_valid(struct upto_index *ix, const struct row_cols *c, int i,
    int *bad)
{
	const char *s = c->text(c->row, i);
	char *fixed, *off;

	if (s == NULL || store_text_valid(s))
		return upto_text(ix, s);
	*bad = 1;
	fixed = g_utf8_make_valid(s, -1);
	off = upto_text(ix, fixed);
	g_free(fixed);
	return off;
}

/* Are v[0 .. n) in id order already? (Articles come in rowid order,
 * so they are unless a doc's newer version took an older one's place;
 * qsort() of a sorted vector was a third of a period-sized summary.) */
static bool
upto_sorted(const struct upto_article *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (v[i - 1].id > v[i].id)
			return false;
	return true;
}

static const struct upto_article *
upto_find(const struct upto_index *ix, int64_t id)
{
	struct upto_article key;

	if (ix->slot != NULL) {
		if (id < 0 || id > ix->max || ix->slot[id] == 0)
			return NULL;
		return &ix->v[ix->slot[id] - 1];
	}
	key.id = id;
	return bsearch(&key, ix->v, ix->n, sizeof(*ix->v), upto_article_cmp);
}

static void
upto_index_free(struct upto_index *ix)
{
	free(ix->text);
	free(ix->v);
	free(ix->slot);
}

/* A doc's raw bytes and type, as GROUP BY doc compares them. */
struct upto_doc {
	const char *p;
	size_t	 n;
	int	 type;		/* SQLITE_TEXT, or another when stored so */
	size_t	 newest;	/* index in the article vector */
	int64_t	 version;	/* its version */
};

static guint
upto_doc_hash(gconstpointer k)
{
	const struct upto_doc *d = k;
	guint h = 5381;
	size_t i;

	for (i = 0; i < d->n; i++)
		h = h * 33 + (unsigned char)d->p[i];
	return h;
}

static gboolean
upto_doc_equal(gconstpointer ka, gconstpointer kb)
{
	const struct upto_doc *a = ka, *b = kb;

	return a->n == b->n && a->type == b->type &&
	    memcmp(a->p, b->p, a->n) == 0;
}

/*
 * Read into ix the articles of current_claims: the newest version of
 * each doc (its highest version, as the view's max(version) per doc),
 * when published up to asof. One scan of the articles table in rowid
 * order (the view's plan went through the (doc, version) index and
 * looked each row up: 17% of the summary at 1,000,000 claims).
 */
static int
upto_articles(struct store *st, const char *asof, struct upto_index *ix,
    struct textfix *fx)
{
	struct upto_article a;
	struct upto_doc *d, key;
	struct row_cols cols;
	sqlite3_stmt *stmt;
	GHashTable *newest;
	GStringChunk *docs;
	size_t cap = 0, i, k, n = 0;
	int rc;

	if ((stmt = store_prepare(st, SQL_UPTO_ARTICLES)) == NULL)
		return -1;
	sqlite3_bind_text(stmt, 1, asof, -1, SQLITE_TRANSIENT);
	cols = cols_of(stmt);
	docs = g_string_chunk_new(1 << 16);
	newest = g_hash_table_new_full(upto_doc_hash, upto_doc_equal, free,
	    NULL);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		key.type = sqlite3_column_type(stmt, UA_DOC); /* first */
		key.p = (const char *)sqlite3_column_blob(stmt, UA_DOC);
		key.n = (size_t)sqlite3_column_bytes(stmt, UA_DOC);
		if (key.p == NULL)
			key.p = "";
		key.version = sqlite3_column_int64(stmt, UA_VERSION);
		d = g_hash_table_lookup(newest, &key);
		if (d != NULL && d->version >= key.version)
			continue;	/* an older version: not current */
		memset(&a, 0, sizeof(a));
		a.id = -1;		/* published after asof */
		if (sqlite3_column_int(stmt, UA_UPTO) == 1) {
			a.id = sqlite3_column_int64(stmt, UA_ID);
			for (k = 0; k < 5; k++)
				a.col[k] = upto_text_valid(ix, &cols,
				    upto_cols[k], &a.bad);
		}
		if (d != NULL) {	/* a newer version of a doc seen */
			ix->v[d->newest] = a;
			d->version = key.version;
			continue;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			ix->v = xreallocarray(ix->v, cap, sizeof(*ix->v));
		}
		d = xmalloc(sizeof(*d));
		d->p = g_string_chunk_insert_len(docs, key.p,
		    (gssize)key.n);
		d->n = key.n;
		d->type = key.type;
		d->newest = n;
		d->version = key.version;
		g_hash_table_insert(newest, d, d);
		ix->v[n++] = a;
	}
	sqlite3_finalize(stmt);
	g_hash_table_destroy(newest);
	g_string_chunk_free(docs);
	fx->art_id = 0;
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "cannot read claims");
	for (i = 0, ix->n = 0; i < n; i++)	/* keep those up to asof */
		if (ix->v[i].id != -1) {
			for (k = 0; k < 5; k++)	/* offsets to pointers */
				ix->v[i].col[k] = ix->v[i].col[k] == NO_TEXT ?
				    NULL : ix->text + (uintptr_t)ix->v[i].col[k];
			ix->v[ix->n++] = ix->v[i];
		}
	if (ix->n > 1 && !upto_sorted(ix->v, ix->n)) /* qsort(): no NULL */
		qsort(ix->v, ix->n, sizeof(*ix->v), upto_article_cmp);
	if (ix->n > 0 && ix->v[0].id >= 0 && ix->v[ix->n - 1].id <=
	    (int64_t)(8 * ix->n + 65536)) {
		ix->max = ix->v[ix->n - 1].id;
		ix->slot = xcalloc((size_t)ix->max + 1, sizeof(*ix->slot));
		for (i = 0; i < ix->n; i++)
			ix->slot[ix->v[i].id] = (uint32_t)(i + 1);
	}
	return 0;
}

int
store_claims_upto(struct store *st, const char *asof, store_claim_fn fn,
    void *arg)
{
	struct upto_index ix = { NULL, 0, NULL, 0, NULL, 0, 0 };
	struct textfix fx = { .n = 0 };
	const struct upto_article *a;
	struct claim_row r;
	struct row_cols cols;
	sqlite3_stmt *stmt = NULL;
	int rc = SQLITE_DONE, stop = 0;

	if (st->pg != NULL)
		return pgstore_claims_upto(st, asof, fn, arg);
	claim_row_upto_init(&r);
	if (getenv("CLAIMTRACK_SUMMARY_VIEW") != NULL) {
		/* the one pass over the view (tests/summary-check) */
		if ((stmt = store_prepare(st, SQL_UPTO("?1"))) == NULL)
			return -1;
		sqlite3_bind_text(stmt, 1, asof, -1, SQLITE_TRANSIENT);
		return claims_walk(st, stmt, claim_row_upto, &r, fn, arg,
		    "cannot read claims");
	}
	if (upto_articles(st, asof, &ix, &fx) == -1 ||
	    (stmt = store_prepare(st, SQL_UPTO_CLAIMS)) == NULL) {
		upto_index_free(&ix);
		textfix_done(st, &fx);
		return -1;
	}
	cols = cols_of(stmt);
	while (!stop && ix.n > 0 && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		a = upto_find(&ix, sqlite3_column_int64(stmt, UC_ARTICLE));
		if (a == NULL)
			continue;
		claim_row_upto_claim(&r, &cols, &fx, a->col, a->bad);
		stop = fn(&r, arg) != 0;
		textfix_next(&fx);
	}
	sqlite3_finalize(stmt);
	upto_index_free(&ix);
	textfix_done(st, &fx);
	if (stop)
		return -1;
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "cannot read claims");
	return 0;
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
