/*
 * store_write.c - see store.h: runs, articles, claims and files written,
 * through statements kept prepared for the store's life.
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

/* The SQL of each cached statement. */
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
	[Q_SAME_TEXT] = "SELECT id FROM articles WHERE doc = ?1 AND hash = ?2"
	    " ORDER BY version DESC LIMIT 1",
};

sqlite3_stmt *
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

int
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

void
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

/* Bind text, or NULL when s is NULL or, with empty_null, empty. */
static int
bind_text(sqlite3_stmt *stmt, int i, const char *s, int empty_null)
{
	if (s == NULL || (empty_null && *s == '\0'))
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC);
}

/*
 * bind_text() for the text of an article or a claim: never invalid
 * UTF-8 in the database, whatever a caller hands over (the readers
 * repair it with a warning first; this is the last door). A copy with
 * U+FFFD for each bad byte is bound instead.
 */
static int
bind_valid(sqlite3_stmt *stmt, int i, const char *s, int empty_null)
{
	if (s == NULL || g_utf8_validate(s, -1, NULL))
		return bind_text(stmt, i, s, empty_null);
	return sqlite3_bind_text(stmt, i, g_utf8_make_valid(s, -1), -1,
	    g_free);
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
bind_run(sqlite3_stmt *stmt, int i, int64_t run_id)
{
	if (run_id <= 0)
		return sqlite3_bind_null(stmt, i);
	return sqlite3_bind_int64(stmt, i, run_id);
}

int64_t
store_run_begin(struct store *st, const char *command, const char *args)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_run_begin(st, command, args);
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
store_run_finish(struct store *st, int64_t run_id,
    const struct run_counts *c, int exit_status)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_run_finish(st, run_id, c, exit_status);
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

int
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
    int64_t *rowid, long long *version, int *same)
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
article_insert(struct store *st, int64_t run_id,
    const struct article *a, long long version, int extracted,
    int64_t *rowid)
{
	sqlite3_stmt *stmt;

	if ((stmt = store_cached(st, Q_INSERT)) == NULL)
		return -1;
	bind_valid(stmt, 1, a->id, 0);
	sqlite3_bind_int64(stmt, 2, version);
	bind_text(stmt, 3, a->hash, 0);
	bind_valid(stmt, 4, a->title, 0);
	bind_valid(stmt, 5, a->outlet, 0);
	bind_valid(stmt, 6, a->url, 0);
	bind_text(stmt, 7, a->published, 1);
	bind_valid(stmt, 8, a->path, 0);
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
article_touch(struct store *st, int64_t rowid)
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

/*
 * An older version of doc with this very text: 1 (sets *rowid), 0 none,
 * -1 error (reported). Reads only the articles_newest index.
 */
static int
article_same_text(struct store *st, const char *doc, const char *hash,
    int64_t *rowid)
{
	sqlite3_stmt *stmt;
	int rc;

	if ((stmt = store_cached(st, Q_SAME_TEXT)) == NULL)
		return -1;
	bind_text(stmt, 1, doc, 0);
	bind_text(stmt, 2, hash, 0);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*rowid = sqlite3_column_int64(stmt, 0);
	else if (rc != SQLITE_DONE)
		store_fail(st, rc, "looking up an article");
	sqlite3_reset(stmt);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : -1;
}

static int	claims_insert_all(struct store *, int64_t rowid,
		    int64_t run_id, const struct claimset *);

int
store_put_extracted(struct store *st, int64_t run_id,
    const struct article *a, const struct claimset *cs,
    enum article_status *status, int64_t *article_rowid)
{
	long long version = 0;
	int found, same = 0;

	if (st->pg != NULL)
		return pgstore_put_extracted(st, run_id, a, cs, status,
		    article_rowid);
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
	/* one version per text: a text the doc had before is not stored
	   again (two files with one id, read at every --rescan, used to add
	   two versions a run) */
	if (found && !same)
		same = article_same_text(st, a->id, a->hash, article_rowid);
	if (same == -1)
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
store_put_article(struct store *st, int64_t run_id,
    const struct article *a, enum article_status *status,
    int64_t *article_rowid)
{
	return store_put_extracted(st, run_id, a, NULL, status,
	    article_rowid);
}

/* Insert one claim of article rowid; stmt is reset for the next one. */
static int
claim_insert(struct store *st, sqlite3_stmt *stmt, int64_t rowid,
    int64_t run_id, const struct claim *c)
{
	sqlite3_reset(stmt);
	sqlite3_clear_bindings(stmt);
	sqlite3_bind_int64(stmt, 1, rowid);
	bind_run(stmt, 2, run_id);
	bind_real(stmt, 3, c->value);
	bind_real(stmt, 4, c->low);
	bind_real(stmt, 5, c->high);
	bind_text(stmt, 6, qualifier_name(c->qualifier), 0);
	bind_valid(stmt, 7, c->quantity, 0);
	bind_valid(stmt, 8, c->subject, 0);
	bind_valid(stmt, 9, c->source, 0);
	bind_valid(stmt, 10, c->claimant, 0);
	bind_valid(stmt, 11, c->relayer, 0);
	bind_valid(stmt, 12, c->scope, 0);
	bind_text(stmt, 13, modality_name(c->modality), 0);
	bind_text(stmt, 14, c->claim_date, 1);
	bind_valid(stmt, 15, c->sentence, 0);
	sqlite3_bind_int64(stmt, 16, (sqlite3_int64)c->sent_start);
	sqlite3_bind_int64(stmt, 17, (sqlite3_int64)c->sent_end);
	sqlite3_bind_int64(stmt, 18, (sqlite3_int64)c->num_start);
	sqlite3_bind_int64(stmt, 19, (sqlite3_int64)c->num_end);
	sqlite3_bind_double(stmt, 20, c->factor);
	bind_real(stmt, 21, c->each);
	bind_valid(stmt, 22, c->place, 0);
	return cached_done(st, stmt, "storing a claim");
}

/* Delete the claims article rowid had and mark it extracted. */
static int
claims_reset(struct store *st, int64_t rowid)
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
claims_insert_all(struct store *st, int64_t rowid,
    int64_t run_id, const struct claimset *cs)
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
store_put_claims(struct store *st, int64_t article_rowid,
    int64_t run_id, const struct claimset *cs)
{
	if (st->pg != NULL)
		return pgstore_put_claims(st, article_rowid, run_id, cs);
	if (savepoint_begin(st) == -1)
		return -1;
	return savepoint_end(st, claims_reset(st, article_rowid) == 0 &&
	    claims_insert_all(st, article_rowid, run_id, cs) == 0);
}


int
store_tracker_put(struct store *st, int64_t run_id, const char *text,
    const char *hash)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_tracker_put(st, run_id, text, hash);
	stmt = store_prepare(st, "INSERT OR REPLACE INTO tracker (id, text,"
	    " hash, stored, run_id) VALUES (1, ?1, ?2, " SQL_NOW ", ?3)");
	if (stmt == NULL)
		return -1;
	bind_valid(stmt, 1, text, 0);
	bind_text(stmt, 2, hash, 0);
	bind_run(stmt, 3, run_id);
	return stmt_done(st, stmt, "storing the tracker");
}

int
store_file_put(struct store *st, int64_t run_id, const char *path,
    const struct file_stamp *fs)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_file_put(st, run_id, path, fs);
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
store_file_seen(struct store *st, int64_t run_id, const char *path)
{
	sqlite3_stmt *stmt;

	if (st->pg != NULL)
		return pgstore_file_seen(st, run_id, path);
	if ((stmt = store_cached(st, Q_FILE_SEEN)) == NULL)
		return -1;
	bind_text(stmt, 1, path, 0);
	bind_run(stmt, 2, run_id);
	return cached_done(st, stmt, "recording a file");
}

/* Move every row's last_seen and run_id but those of the paths in
 * unseen and the rows run_id wrote itself. */
static int
files_seen_but(struct store *st, int64_t run_id, char *const *unseen,
    size_t nunseen)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc;

	if (sqlite3_exec(st->db, "CREATE TEMP TABLE IF NOT EXISTS"
	    " files_unseen (path TEXT PRIMARY KEY); DELETE FROM"
	    " temp.files_unseen", NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, sqlite3_errcode(st->db),
		    "recording the files seen");
	if ((stmt = store_prepare(st, "INSERT OR IGNORE INTO"
	    " temp.files_unseen (path) VALUES (?1)")) == NULL)
		return -1;
	for (i = 0, rc = SQLITE_DONE; i < nunseen && rc == SQLITE_DONE;
	    i++) {
		bind_text(stmt, 1, unseen[i], 0);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "recording the files seen");
	if ((stmt = store_prepare(st, "UPDATE files SET last_seen = "
	    SQL_NOW ", run_id = ?1 WHERE run_id IS NOT ?1 AND path NOT IN"
	    " (SELECT path FROM temp.files_unseen)")) == NULL)
		return -1;
	bind_run(stmt, 1, run_id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return store_fail(st, rc, "recording the files seen");
	return 0;
}

int
store_files_seen(struct store *st, int64_t run_id, char *const *seen,
    size_t nseen, char *const *unseen, size_t nunseen)
{
	size_t i;

	if (st->pg == NULL && run_id > 0 && nunseen < nseen)
		return files_seen_but(st, run_id, unseen, nunseen);
	for (i = 0; i < nseen; i++)
		if (store_file_seen(st, run_id, seen[i]) == -1)
			return -1;
	return 0;
}
