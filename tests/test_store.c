/*
 * test_store.c - the SQLite store: versions, views, claims round trip,
 * transactions, keys, migration, refusals and the bounded lock wait.
 * Every test works on its own temporary database under /tmp.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "testutil.h"
#include "claimtrack.h"
#include "util.h"
#include "store_int.h"	/* looks into the database */

#define LOCK_WAIT_MS 300

struct fixture {
	char	 path[64];	/* temporary database file */
	struct store *st;	/* open store on path, or NULL */
};

static void
db_remove(const char *path)
{
	char side[80];

	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-journal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-checked", path);
	unlink(side);
}

/* A unique, empty file name under /tmp; the file itself is removed. */
static void
tmp_name(char path[64])
{
	int fd;

	snprintf(path, 64, "/tmp/claimtrack-test-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
}

/* Run SQL on the file at path through a connection of its own. */
static int
sql_exec_path(const char *path, const char *sql)
{
	sqlite3 *db;
	int rc;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

static int
setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	tmp_name(fx->path);
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	*state = fx;
	return fx->st == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	store_close(fx->st);
	db_remove(fx->path);
	free(fx);
	return 0;
}

/* An article as a reader would hand it over, hashed like the reader. */
static void
article_make(struct article *a, const char *id, const char *body)
{
	char *h;

	article_init(a);
	a->id = xstrdup(id);
	a->body = xstrdup(body);
	a->body_len = strlen(body);
	a->path = xstrdup("corpus/x.txt");
	a->outlet = xstrdup("Example Wire");
	snprintf(a->published, DATE_LEN, "2024-10-25");
	h = g_compute_checksum_for_string(G_CHECKSUM_SHA256, body, -1);
	snprintf(a->hash, sizeof(a->hash), "%s", h);
	g_free(h);
}

/* Store id/body; assert the outcome and return the row id. */
static int64_t
put(struct store *st, const char *id, const char *body,
    enum article_status expect)
{
	struct article a;
	enum article_status status;
	int64_t rowid = 0;

	article_make(&a, id, body);
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	assert_string_equal(article_status_name(status),
	    article_status_name(expect));
	article_release(&a);
	return rowid;
}

/* One integer from a query with one optional text parameter. */
static long long
sql_int(struct store *st, const char *sql, const char *param)
{
	sqlite3_stmt *stmt;
	long long v;

	assert_int_equal(sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL),
	    SQLITE_OK);
	if (param != NULL)
		sqlite3_bind_text(stmt, 1, param, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

/* A claim with every field set; the caller's claimset owns it. */
static void
claim_full(struct claimset *cs)
{
	struct claim *c = claimset_add(cs);

	c->value = 12000;
	c->low = 11000;
	c->high = 13000;
	c->qualifier = QUAL_APPROX;
	c->quantity = xstrdup("troops_deployed");
	c->subject = xstrdup("North Korean troops");
	c->source = xstrdup("Ukraine");
	c->claimant = xstrdup("Ukrainian intelligence");
	c->relayer = xstrdup("NATO's Rutte");
	c->scope = xstrdup("in Kursk");
	c->modality = MODALITY_PROJECTED;
	snprintf(c->claim_date, DATE_LEN, "2024-10-24");
	c->sentence = xstrdup("Kyiv says roughly 12,000 troops are in Kursk.");
	c->sent_start = 10;
	c->sent_end = 57;
	c->num_start = 28;
	c->num_end = 34;
	c->factor = 2;
	c->each = 6000;
}

/* A vague claim: every optional field absent. */
static void
claim_vague(struct claimset *cs)
{
	struct claim *c = claimset_add(cs);

	c->qualifier = QUAL_VAGUE;
	c->quantity = xstrdup("troops_deployed");
	c->source = xstrdup("unattributed");
	c->sentence = xstrdup("Thousands of soldiers were sent.");
}

static void
should_create_schema_version_5_in_wal_mode_and_reopen_unchanged(void **state)
{
	struct fixture *fx = *state;
	long long objects;

	assert_int_equal(sql_int(fx->st, "PRAGMA user_version", NULL), 5);
	assert_int_equal(sql_int(fx->st,
	    "SELECT count(*) FROM pragma_journal_mode"
	    " WHERE journal_mode = 'wal'", NULL), 1);
	assert_int_equal(sql_int(fx->st, "PRAGMA foreign_keys", NULL), 1);
	objects = sql_int(fx->st, "SELECT count(*) FROM sqlite_master", NULL);
	store_close(fx->st);
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	assert_non_null(fx->st);
	assert_int_equal(sql_int(fx->st, "PRAGMA user_version", NULL), 5);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM sqlite_master",
	    NULL), objects);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM sqlite_master"
	    " WHERE name IN ('current_articles', 'current_claims', 'files',"
	    " 'articles_newest', 'tracker', 'claims_by_date',"
	    " 'articles_by_published')", NULL), 7);
}

/*
 * A database of schema 1 (as the first release wrote it: no files
 * table, no articles_newest index, an index on the hash) is migrated to
 * the current schema when opened, its articles kept.
 */
static void
should_migrate_a_schema_1_database_keeping_its_articles(void **state)
{
	struct fixture *fx = *state;

	put(fx->st, "s001", "Some 10,000 troops arrived.", ARTICLE_NEW);
	assert_int_equal(sqlite3_exec(fx->st->db, "DROP TABLE files;"
	    " DROP TABLE tracker; DROP INDEX articles_newest;"
	    " CREATE INDEX articles_by_hash ON articles(hash);"
	    " PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
	store_close(fx->st);
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	assert_non_null(fx->st);
	assert_int_equal(sql_int(fx->st, "PRAGMA user_version", NULL), 5);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM sqlite_master"
	    " WHERE name = 'articles_by_hash'", NULL), 0);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM files", NULL),
	    0);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM articles"
	    " WHERE doc = ?1", "s001"), 1);
	put(fx->st, "s001", "Some 10,000 troops arrived.", ARTICLE_UNCHANGED);
}

/* store_files_each()'s consumer for the test below: copy the row. */
static int
file_row_copy(const char *path, const struct file_stamp *fs, void *arg)
{
	struct file_stamp *out = arg;

	assert_string_equal(path, "/news/a.txt");
	*out = *fs;
	return 0;
}

static void
should_replace_a_files_row_and_list_it_back(void **state)
{
	struct fixture *fx = *state;
	struct file_stamp in = { 3000, 1700000000123456789LL,
	    1700000000223456789LL, 42, 7 }, out;

	assert_int_equal(store_file_put(fx->st, 0, "/news/a.txt", &in), 0);
	in.size = 3001;
	in.articles = 8;
	assert_int_equal(store_file_put(fx->st, 0, "/news/a.txt", &in), 0);
	assert_int_equal(store_file_seen(fx->st, 0, "/news/a.txt"), 0);
	memset(&out, 0, sizeof(out));
	assert_int_equal(store_files_each(fx->st, file_row_copy, &out), 0);
	assert_int_equal(out.size, 3001);
	assert_true(out.mtime_ns == 1700000000123456789LL);
	assert_true(out.ctime_ns == 1700000000223456789LL);
	assert_int_equal(out.inode, 42);
	assert_int_equal(out.articles, 8);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM files", NULL),
	    1);
}

/* Redirect stderr into a file until capture_end(). */
struct capture {
	int	 saved;		/* the real stderr */
	char	 path[64];	/* where messages went */
};

static void
capture_start(struct capture *c)
{
	int fd;

	snprintf(c->path, sizeof(c->path), "/tmp/claimtrack-err-XXXXXX");
	fd = mkstemp(c->path);
	assert_true(fd >= 0);
	fflush(stderr);
	c->saved = dup(STDERR_FILENO);
	dup2(fd, STDERR_FILENO);
	close(fd);
}

/* Restore stderr; return what was written (caller frees). */
static char *
capture_end(struct capture *c)
{
	size_t len;
	char *text;

	fflush(stderr);
	dup2(c->saved, STDERR_FILENO);
	close(c->saved);
	text = file_read(c->path, 1 << 16, &len);
	unlink(c->path);
	assert_non_null(text);
	return text;
}

static void
should_refuse_a_text_file_and_leave_it_byte_identical(void **state)
{
	static const char text[] = "id,figure\ns001,12000\n"
	    "this is a CSV export, not a database, and it is long enough "
	    "to cover an SQLite header of one hundred bytes............\n";
	struct capture cap;
	char path[64], side[80], expect[160], *err, *after;
	size_t len;
	FILE *f;

	(void)state;
	tmp_name(path);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(text, 1, sizeof(text) - 1, f);
	fclose(f);
	capture_start(&cap);
	assert_null(store_open(path, LOCK_WAIT_MS));
	err = capture_end(&cap);
	snprintf(expect, sizeof(expect), "%s: not a claimtrack database or "
	    "corrupted; refusing to touch it\n", path);
	assert_non_null(strstr(err, expect));
	after = file_read(path, 1 << 16, &len);
	assert_int_equal(len, sizeof(text) - 1);
	assert_memory_equal(after, text, len);
	snprintf(side, sizeof(side), "%s-wal", path);
	assert_int_equal(access(side, F_OK), -1);
	free(err);
	free(after);
	db_remove(path);
}

static void
should_refuse_another_programs_sqlite_database(void **state)
{
	struct capture cap;
	sqlite3 *db;
	char path[64], *err;

	(void)state;
	tmp_name(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE notes (t TEXT)",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	capture_start(&cap);
	assert_null(store_open(path, LOCK_WAIT_MS));
	err = capture_end(&cap);
	assert_non_null(strstr(err, "an SQLite database of another program; "
	    "refusing to touch it"));
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "SELECT * FROM articles", NULL, NULL,
	    NULL), SQLITE_ERROR);
	sqlite3_close(db);
	free(err);
	db_remove(path);
}

static void
should_store_new_then_unchanged_then_changed_as_version_2(void **state)
{
	struct fixture *fx = *state;
	int64_t r1, r2, r3;

	r1 = put(fx->st, "s001", "Kyiv says 12,000 troops.", ARTICLE_NEW);
	r2 = put(fx->st, "s001", "Kyiv says 12,000 troops.",
	    ARTICLE_UNCHANGED);
	assert_int_equal(r2, r1);
	r3 = put(fx->st, "s001", "Kyiv now says 13,000 troops.",
	    ARTICLE_CHANGED);
	assert_true(r3 != r1);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM articles",
	    NULL), 2);
	assert_int_equal(sql_int(fx->st, "SELECT version FROM articles"
	    " WHERE body = 'Kyiv says 12,000 troops.'", NULL), 1);
	assert_int_equal(sql_int(fx->st, "SELECT version FROM articles"
	    " WHERE body = 'Kyiv now says 13,000 troops.'", NULL), 2);
	/* a third text is version 3; the first text again is no new
	   version: one version per text (two files with one id used to add
	   two versions at every --rescan) */
	put(fx->st, "s001", "Kyiv says 14,000.", ARTICLE_CHANGED);
	assert_int_equal(put(fx->st, "s001", "Kyiv says 12,000 troops.",
	    ARTICLE_UNCHANGED), r1);
	assert_int_equal(sql_int(fx->st, "SELECT max(version) FROM articles",
	    NULL), 3);
}

static void
should_keep_echoes_under_different_docs_as_separate_articles(void **state)
{
	struct fixture *fx = *state;
	struct store_counts c;

	put(fx->st, "ap-wire", "Seoul: over 11,000 troops.", ARTICLE_NEW);
	put(fx->st, "local-reprint", "Seoul: over 11,000 troops.",
	    ARTICLE_NEW);
	assert_int_equal(store_count(fx->st, &c), 0);
	assert_int_equal(c.docs, 2);
	assert_int_equal(c.versions, 2);
}

static void
should_show_only_the_newest_version_in_current_views(void **state)
{
	struct fixture *fx = *state;
	struct claimset cs;
	int64_t r1, r2;
	struct store_counts c;

	r1 = put(fx->st, "s002", "About 12,000 and up to 3,000.", ARTICLE_NEW);
	claimset_init(&cs);
	claim_full(&cs);
	claim_vague(&cs);
	assert_int_equal(store_put_claims(fx->st, r1, 0, &cs), 0);
	claimset_release(&cs);
	r2 = put(fx->st, "s002", "Thousands now.", ARTICLE_CHANGED);
	claim_vague(&cs);
	assert_int_equal(store_put_claims(fx->st, r2, 0, &cs), 0);
	claimset_release(&cs);
	assert_int_equal(store_count(fx->st, &c), 0);
	assert_int_equal(c.claims, 3);
	assert_int_equal(c.current_claims, 1);
	assert_int_equal(sql_int(fx->st,
	    "SELECT count(*) FROM current_articles", NULL), 1);
	assert_int_equal(sql_int(fx->st, "SELECT version FROM current_articles"
	    " WHERE doc = ?", "s002"), 2);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM current_claims"
	    " WHERE value IS NULL AND qualifier = 'vague'", NULL), 1);
}

/* A REAL column, NULL read back as NAN. */
static double
column_real(sqlite3_stmt *stmt, int i)
{
	if (sqlite3_column_type(stmt, i) == SQLITE_NULL)
		return NAN;
	return sqlite3_column_double(stmt, i);
}

static const char *
column_text(sqlite3_stmt *stmt, int i)
{
	return (const char *)sqlite3_column_text(stmt, i);
}

static sqlite3_stmt *
claim_select(struct store *st)
{
	sqlite3_stmt *stmt;

	assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT value, low, high,"
	    " qualifier, quantity, subject, source, claimant, relayer, scope,"
	    " modality, claim_date, sentence, sent_start, sent_end, num_start,"
	    " num_end, factor, each, doc, published, outlet, path"
	    " FROM current_claims ORDER BY id", -1, &stmt, NULL), SQLITE_OK);
	return stmt;
}

static void
assert_full_claim_row(sqlite3_stmt *s)
{
	assert_double_equal(column_real(s, 0), 12000, 0);
	assert_double_equal(column_real(s, 1), 11000, 0);
	assert_double_equal(column_real(s, 2), 13000, 0);
	assert_string_equal(column_text(s, 3), "approx");
	assert_string_equal(column_text(s, 4), "troops_deployed");
	assert_string_equal(column_text(s, 5), "North Korean troops");
	assert_string_equal(column_text(s, 6), "Ukraine");
	assert_string_equal(column_text(s, 7), "Ukrainian intelligence");
	assert_string_equal(column_text(s, 8), "NATO's Rutte");
	assert_string_equal(column_text(s, 9), "in Kursk");
	assert_string_equal(column_text(s, 10), "projected");
	assert_string_equal(column_text(s, 11), "2024-10-24");
	assert_string_equal(column_text(s, 12),
	    "Kyiv says roughly 12,000 troops are in Kursk.");
	assert_int_equal(sqlite3_column_int64(s, 13), 10);
	assert_int_equal(sqlite3_column_int64(s, 14), 57);
	assert_int_equal(sqlite3_column_int64(s, 15), 28);
	assert_int_equal(sqlite3_column_int64(s, 16), 34);
	assert_double_equal(column_real(s, 17), 2, 0);
	assert_double_equal(column_real(s, 18), 6000, 0);
	assert_string_equal(column_text(s, 19), "s003");
	assert_string_equal(column_text(s, 20), "2024-10-25");
	assert_string_equal(column_text(s, 21), "Example Wire");
	assert_string_equal(column_text(s, 22), "corpus/x.txt");
}

static void
assert_vague_claim_row(sqlite3_stmt *s)
{
	static const int nulls[] = { 0, 1, 2, 5, 7, 8, 9, 11, 18 };
	size_t i;

	for (i = 0; i < sizeof(nulls) / sizeof(*nulls); i++)
		assert_int_equal(sqlite3_column_type(s, nulls[i]), SQLITE_NULL);
	assert_true(isnan(column_real(s, 0)) && isnan(column_real(s, 18)));
	assert_string_equal(column_text(s, 3), "vague");
	assert_string_equal(column_text(s, 6), "unattributed");
	assert_string_equal(column_text(s, 10), "current");
	assert_double_equal(column_real(s, 17), 1, 0);
}

static void
should_round_trip_every_claim_field_with_nan_as_null(void **state)
{
	struct fixture *fx = *state;
	struct claimset cs;
	sqlite3_stmt *stmt;
	int64_t r;

	r = put(fx->st, "s003", "Kyiv says roughly 12,000.", ARTICLE_NEW);
	claimset_init(&cs);
	claim_full(&cs);
	claim_vague(&cs);
	assert_int_equal(store_put_claims(fx->st, r, 0, &cs), 0);
	claimset_release(&cs);
	stmt = claim_select(fx->st);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_full_claim_row(stmt);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_vague_claim_row(stmt);
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
	assert_int_equal(sql_int(fx->st, "SELECT extracted FROM articles"
	    " WHERE doc = ?", "s003"), 1);
}

static void
should_replace_claims_when_an_article_is_extracted_again(void **state)
{
	struct fixture *fx = *state;
	struct claimset cs;
	int64_t r;

	r = put(fx->st, "s004", "Over 11,000.", ARTICLE_NEW);
	claimset_init(&cs);
	claim_full(&cs);
	claim_vague(&cs);
	assert_int_equal(store_put_claims(fx->st, r, 0, &cs), 0);
	assert_int_equal(store_put_claims(fx->st, r, 0, &cs), 0);
	claimset_release(&cs);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM claims", NULL),
	    2);
}

static void
should_leave_no_article_and_no_claim_after_a_rollback(void **state)
{
	struct fixture *fx = *state;
	struct store_counts c;
	struct claimset cs;
	int64_t r;

	assert_int_equal(store_begin(fx->st), 0);
	r = put(fx->st, "s005", "At least 3,000.", ARTICLE_NEW);
	claimset_init(&cs);
	claim_full(&cs);
	assert_int_equal(store_put_claims(fx->st, r, 0, &cs), 0);
	claimset_release(&cs);
	store_rollback(fx->st);
	assert_int_equal(store_count(fx->st, &c), 0);
	assert_int_equal(c.versions, 0);
	assert_int_equal(c.claims, 0);
	/* and the same work committed is there */
	assert_int_equal(store_begin(fx->st), 0);
	put(fx->st, "s005", "At least 3,000.", ARTICLE_NEW);
	assert_int_equal(store_commit(fx->st), 0);
	assert_int_equal(store_count(fx->st, &c), 0);
	assert_int_equal(c.versions, 1);
}

static void
should_keep_the_run_row_when_the_work_is_rolled_back(void **state)
{
	struct fixture *fx = *state;
	struct run_counts counts = { 0, 0, 0, 2, 0 };
	int64_t run;

	run = store_run_begin(fx->st, "ingest", "--db x.db corpus");
	assert_true(run > 0);
	assert_int_equal(store_begin(fx->st), 0);
	put(fx->st, "s006", "12,000.", ARTICLE_NEW);
	store_rollback(fx->st);
	assert_int_equal(store_run_finish(fx->st, run, &counts, EXIT_FATAL), 0);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM runs WHERE"
	    " command = 'ingest' AND args = ? AND finished IS NOT NULL AND"
	    " articles_rejected = 2 AND exit_status = 3", "--db x.db corpus"),
	    1);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM articles",
	    NULL), 0);
}

static void
should_enforce_the_article_key_of_claims(void **state)
{
	struct fixture *fx = *state;
	struct capture cap;
	struct claimset cs;
	char *err;

	claimset_init(&cs);
	claim_full(&cs);
	capture_start(&cap);
	assert_int_equal(store_put_claims(fx->st, 9999, 0, &cs), -1);
	err = capture_end(&cap);
	claimset_release(&cs);
	assert_non_null(strstr(err, "no article with id 9999"));
	free(err);
	/* the schema itself refuses it, not only the store's check */
	assert_int_equal(sqlite3_exec(fx->st->db, "INSERT INTO claims"
	    " (article_id, qualifier, quantity, source, modality, sentence)"
	    " VALUES (9999, 'exact', 'q', 's', 'current', 'x')", NULL, NULL,
	    NULL), SQLITE_CONSTRAINT_FOREIGNKEY);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM claims", NULL),
	    0);
}

static void
should_refuse_an_article_without_an_id(void **state)
{
	struct fixture *fx = *state;
	struct capture cap;
	struct article a;
	enum article_status status;
	int64_t rowid;
	char *err;

	article_make(&a, "", "Some text.");
	a.line = 7;
	capture_start(&cap);
	assert_int_equal(store_put_article(fx->st, 0, &a, &status, &rowid), 1);
	err = capture_end(&cap);
	assert_non_null(strstr(err, "corpus/x.txt:7: article has no id; "
	    "not stored\n"));
	free(err);
	article_release(&a);
	assert_int_equal(sql_int(fx->st, "SELECT count(*) FROM articles",
	    NULL), 0);
}

struct visits {
	struct store *st;	/* store to write claims through */
	char	 docs[8][16];	/* docs visited, in order */
	size_t	 n;		/* visits */
	const char *extract;	/* the doc to store (empty) claims for */
};

static int
visit(const struct article *a, int64_t rowid, void *arg)
{
	struct visits *v = arg;
	struct claimset cs;

	assert_true(v->n < 8);
	snprintf(v->docs[v->n++], 16, "%s", a->id);
	assert_string_equal(a->published, "2024-10-25");
	assert_int_equal(a->body_len, strlen(a->body));
	if (v->extract != NULL && strcmp(a->id, v->extract) == 0) {
		claimset_init(&cs);
		assert_int_equal(store_put_claims(v->st, rowid, 0, &cs), 0);
	}
	return 0;
}

static void
should_list_pending_articles_until_their_claims_are_stored(void **state)
{
	struct fixture *fx = *state;
	struct visits v = { fx->st, { "" }, 0, "b" };

	put(fx->st, "a", "One.", ARTICLE_NEW);
	put(fx->st, "b", "Two.", ARTICLE_NEW);
	put(fx->st, "c", "Three.", ARTICLE_NEW);
	assert_int_equal(store_articles_pending(fx->st, visit, &v), 3);
	assert_string_equal(v.docs[1], "b");
	v.n = 0;
	v.extract = NULL;
	assert_int_equal(store_articles_pending(fx->st, visit, &v), 2);
	assert_string_equal(v.docs[0], "a");
	assert_string_equal(v.docs[1], "c");
	/* a new version of an extracted doc is pending again */
	put(fx->st, "b", "Two, revised.", ARTICLE_CHANGED);
	v.n = 0;
	assert_int_equal(store_articles_pending(fx->st, visit, &v), 3);
	assert_string_equal(v.docs[2], "b");
}

static double
seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	    (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static void
should_give_up_on_a_locked_database_within_the_wait(void **state)
{
	struct fixture *fx = *state;
	struct timespec t0;
	struct capture cap;
	char expect[160], *err;
	sqlite3 *other;
	double took;

	assert_int_equal(sqlite3_open(fx->path, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	capture_start(&cap);
	assert_int_equal(store_begin(fx->st), -1);
	err = capture_end(&cap);
	took = seconds_since(&t0);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	assert_true(took >= 0.25 && took < 2.0);
	assert_int_equal(fx->st->locked, 1);
	snprintf(expect, sizeof(expect), "%s: database is locked by another "
	    "claimtrack run; gave up after 0.3 s\n", fx->path);
	assert_non_null(strstr(err, expect));
	free(err);
	/* once the other writer is gone, writing works again */
	assert_int_equal(store_begin(fx->st), 0);
	assert_int_equal(store_commit(fx->st), 0);
}

/*
 * A database this program closed cleanly is not read whole again at the
 * next open; one written since (here by another program, keeping its
 * size), or with a write-ahead log left, is.
 */
static void
should_check_a_database_only_when_written_since_it_was_closed(void **state)
{
	struct fixture *fx = *state;
	char wal[80];
	FILE *f;

	assert_true(fx->st->checked);		/* a new file */
	put(fx->st, "s001", "Some 10,000 troops arrived.", ARTICLE_NEW);
	store_close(fx->st);
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	assert_non_null(fx->st);
	assert_false(fx->st->checked);
	store_close(fx->st);
	assert_int_equal(sql_exec_path(fx->path, "UPDATE articles SET title"
	    " = 'x'"), 0);			/* same size, new times */
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	assert_non_null(fx->st);
	assert_true(fx->st->checked);
	store_close(fx->st);
	snprintf(wal, sizeof(wal), "%s-wal", fx->path);
	assert_non_null(f = fopen(wal, "w"));
	fputs("frames", f);
	fclose(f);
	fx->st = store_open(fx->path, LOCK_WAIT_MS);
	if (fx->st != NULL)
		assert_true(fx->st->checked);
	unlink(wal);
	if (fx->st == NULL)
		fx->st = store_open(fx->path, LOCK_WAIT_MS);
	assert_non_null(fx->st);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(should_create_schema_version_5_in_wal_mode_and_reopen_unchanged),
		T(should_migrate_a_schema_1_database_keeping_its_articles),
		T(should_replace_a_files_row_and_list_it_back),
		cmocka_unit_test(
		    should_refuse_a_text_file_and_leave_it_byte_identical),
		cmocka_unit_test(should_refuse_another_programs_sqlite_database),
		T(should_store_new_then_unchanged_then_changed_as_version_2),
		T(should_keep_echoes_under_different_docs_as_separate_articles),
		T(should_show_only_the_newest_version_in_current_views),
		T(should_round_trip_every_claim_field_with_nan_as_null),
		T(should_replace_claims_when_an_article_is_extracted_again),
		T(should_leave_no_article_and_no_claim_after_a_rollback),
		T(should_keep_the_run_row_when_the_work_is_rolled_back),
		T(should_enforce_the_article_key_of_claims),
		T(should_refuse_an_article_without_an_id),
		T(should_list_pending_articles_until_their_claims_are_stored),
		T(should_give_up_on_a_locked_database_within_the_wait),
		T(should_check_a_database_only_when_written_since_it_was_closed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
