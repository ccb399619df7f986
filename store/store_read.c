/*
 * store_read.c - see store.h: what the store hands back, row by row or
 * counted: pending articles, files, counts.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "store_int.h"

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
pending_visit(struct store *st, int64_t rowid, store_article_fn fn,
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
pending_ids(struct store *st, int64_t **ids, size_t *n)
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
	int64_t *ids;
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
