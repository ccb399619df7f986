/*
 * test_ingest_threads.c - the ingest engine with extraction threads
 * stores exactly what the sequential one stores, stops whole on a failed
 * hook, and goes on after a rejected input.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <sqlite3.h>

#include "testutil.h"
#include "publish.h"
#include "claimtrack.h"
#include "store.h"
#include "tracker.h"
#include "ingest.h"
#include "cli.h"

#define CORPUS_ARTICLES 120	/* small generated corpus */
#define FAILING_DOC "b0000060"	/* the doc the failing hook refuses */

struct fixture {
	char	 dir[64];	/* temporary directory */
	char	 corpus[96];	/* generated corpus inside dir */
	char	 db[96];	/* database path inside dir */
	struct tracker *tr;	/* built-in tracker */
	atomic_int calls;	/* hook calls so far */
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	char cmd[256];

	*state = fx;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/claimtrack-threads-XXXXXX");
	if (fx == NULL || mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->corpus, sizeof(fx->corpus), "%s/corpus", fx->dir);
	snprintf(fx->db, sizeof(fx->db), "%s/ct.db", fx->dir);
	snprintf(cmd, sizeof(cmd), "scripts/gen-corpus --out '%s' --articles %d"
	    " --seed 7 2>/dev/null", fx->corpus, CORPUS_ARTICLES);
	fx->tr = tracker_default();
	return system(cmd) == 0 && fx->tr != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	int rc = remove_tree(fx->dir);

	tracker_free(fx->tr);
	free(fx);
	return rc == 0 ? 0 : -1;
}

/* The built-in extraction, counted. */
static int
hook_counted(const struct article *a, struct claimset *cs, void *arg)
{
	struct fixture *fx = arg;

	atomic_fetch_add(&fx->calls, 1);
	return ingest_extract_claims(a, cs, fx->tr);
}

/* The built-in extraction, failing on FAILING_DOC. */
static int
hook_failing(const struct article *a, struct claimset *cs, void *arg)
{
	if (strcmp(a->id, FAILING_DOC) == 0)
		return -1;
	return hook_counted(a, cs, arg);
}

/* Ingest paths into db with jobs threads; returns the exit status. */
static int
ingest_with(struct fixture *fx, const char *db, int jobs,
    ingest_extract_fn hook, char *const paths[], size_t npaths,
    struct run_counts *counts)
{
	struct ingest ing;
	int rc;

	memset(&ing, 0, sizeof(ing));
	ing.st = store_open(db, 1000);
	assert_non_null(ing.st);
	ing.run_id = store_run_begin(ing.st, "ingest", "test");
	ing.jobs = jobs;
	ing.extract = hook;
	ing.extract_arg = fx;
	rc = ingest_paths(&ing, paths, npaths);
	store_close(ing.st);
	if (counts != NULL)
		*counts = ing.counts;
	return rc;
}

/* Every row of a query, columns tab-separated, rows on lines; g_free. */
static char *
db_dump(const char *db, const char *sql)
{
	GString *out = g_string_new(NULL);
	sqlite3_stmt *stmt;
	sqlite3 *h;
	int i;

	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &stmt, NULL),
	    SQLITE_OK);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(stmt); i++) {
			const unsigned char *v = sqlite3_column_text(stmt, i);

			g_string_append_printf(out, "%s%s", i ? "\t" : "",
			    v ? (const char *)v : "NULL");
		}
		g_string_append_c(out, '\n');
	}
	sqlite3_finalize(stmt);
	sqlite3_close(h);
	return g_string_free(out, FALSE);
}

/* What a user sees of a database: its articles and claims, not ids. */
static const char ARTICLES_SQL[] = "SELECT doc, version, hash, title,"
    " outlet, url, published, path, line, format, body, extracted"
    " FROM articles ORDER BY doc, version";
static const char CLAIMS_SQL[] = "SELECT a.doc, a.version, c.value,"
    " c.low, c.high, c.qualifier, c.quantity, c.subject, c.source,"
    " c.claimant, c.relayer, c.scope, c.place, c.modality, c.claim_date,"
    " c.sentence, c.sent_start, c.sent_end, c.num_start, c.num_end,"
    " c.factor, c.each FROM claims c JOIN articles a ON a.id = c.article_id"
    " ORDER BY a.doc, a.version, c.num_start, c.num_end, c.quantity";
/* The ids too: input order is kept, so runs are reproducible. */
static const char IDS_SQL[] = "SELECT c.id, a.id, a.doc FROM claims c"
    " JOIN articles a ON a.id = c.article_id ORDER BY c.id";

static long long
db_count(const char *db, const char *table)
{
	char sql[64], *text;
	long long n;

	snprintf(sql, sizeof(sql), "SELECT count(*) FROM %s", table);
	text = db_dump(db, sql);
	n = atoll(text);
	g_free(text);
	return n;
}

/* Fail unless both databases hold the same rows for sql. */
static void
assert_same_rows(const char *db1, const char *db2, const char *sql)
{
	char *a = db_dump(db1, sql), *b = db_dump(db2, sql);

	assert_string_equal(a, b);
	g_free(a);
	g_free(b);
}

static void
should_store_with_4_threads_exactly_what_1_thread_stores(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { fx->corpus }, db1[128];
	struct run_counts c1, c4;

	snprintf(db1, sizeof(db1), "%s/one.db", fx->dir);
	assert_int_equal(ingest_with(fx, db1, 1, hook_counted, paths, 1, &c1),
	    EXIT_OK);
	assert_int_equal(ingest_with(fx, fx->db, 4, hook_counted, paths, 1,
	    &c4), EXIT_OK);
	assert_int_equal(c1.articles_new, CORPUS_ARTICLES);
	assert_int_equal(c4.articles_new, CORPUS_ARTICLES);
	assert_int_equal(c4.claims, c1.claims);
	assert_true(c1.claims > CORPUS_ARTICLES);	/* not vacuous */
	assert_int_equal(db_count(fx->db, "claims"), (long long)c1.claims);
	assert_same_rows(db1, fx->db, ARTICLES_SQL);
	assert_same_rows(db1, fx->db, CLAIMS_SQL);
	assert_same_rows(db1, fx->db, IDS_SQL);
}

static void
should_store_a_single_article_with_4_threads(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { "corpus/sample/s004.txt" }, db1[128];
	struct run_counts c;

	snprintf(db1, sizeof(db1), "%s/one.db", fx->dir);
	assert_int_equal(ingest_with(fx, db1, 1, hook_counted, paths, 1, &c),
	    EXIT_OK);
	assert_int_equal(ingest_with(fx, fx->db, 4, hook_counted, paths, 1,
	    &c), EXIT_OK);
	assert_int_equal(c.articles_new, 1);
	assert_true(c.claims > 0);
	assert_int_equal(db_count(fx->db, "articles"), 1);
	assert_same_rows(db1, fx->db, ARTICLES_SQL);
	assert_same_rows(db1, fx->db, CLAIMS_SQL);
}

static void
should_not_extract_unchanged_articles_again(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { fx->corpus };
	struct run_counts c;

	assert_int_equal(ingest_with(fx, fx->db, 4, hook_counted, paths, 1,
	    NULL), EXIT_OK);
	assert_int_equal(atomic_load(&fx->calls), CORPUS_ARTICLES);
	assert_int_equal(ingest_with(fx, fx->db, 4, hook_counted, paths, 1,
	    &c), EXIT_OK);
	assert_int_equal(atomic_load(&fx->calls), CORPUS_ARTICLES);
	assert_int_equal(c.articles_unchanged, CORPUS_ARTICLES);
	assert_int_equal(c.articles_new, 0);
	assert_int_equal(c.claims, 0);
}

static void
should_roll_everything_back_when_the_hook_fails_in_a_worker(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { fx->corpus };
	struct run_counts c;
	int jobs;

	for (jobs = 1; jobs <= 4; jobs += 3) {
		assert_int_equal(ingest_with(fx, fx->db, jobs, hook_failing,
		    paths, 1, &c), EXIT_FATAL);
		assert_int_equal(c.articles_new, 0);
		assert_int_equal(c.claims, 0);
		assert_int_equal(db_count(fx->db, "articles"), 0);
		assert_int_equal(db_count(fx->db, "claims"), 0);
	}
	assert_int_equal(db_count(fx->db, "runs"), 2);
}

static void
should_store_the_rest_when_the_reader_rejects_a_file(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { "corpus/sample", "tests/data/no-such-article.txt" };
	struct run_counts c;

	assert_int_equal(ingest_with(fx, fx->db, 4, hook_counted, paths, 2,
	    &c), EXIT_REJECTED);
	assert_int_equal(c.articles_new, 5);
	assert_int_equal(c.articles_rejected, 1);
	assert_int_equal(db_count(fx->db, "articles"), 5);
	assert_int_equal(db_count(fx->db, "claims"), (long long)c.claims);
	assert_true(c.claims > 0);
}

static void
should_accept_1_to_256_threads_for_the_jobs_option(void **state)
{
	static const struct {
		const char *arg;	/* as typed after -j */
		int	 rc;		/* jobs_parse() answer */
		int	 jobs;		/* parsed value when rc is 0 */
	} rows[] = {
		{ "1", 0, 1 }, { "4", 0, 4 }, { "256", 0, 256 },
		{ "0", -1, 0 }, { "-2", -1, 0 }, { "257", -1, 0 },
		{ "two", -1, 0 }, { "", -1, 0 }, { "3x", -1, 0 },
	};
	size_t i;
	int jobs;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		jobs = 0;
		assert_int_equal(jobs_parse(rows[i].arg, &jobs), rows[i].rc);
		assert_int_equal(jobs, rows[i].jobs);
	}
	assert_true(ingest_jobs_default() >= 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(should_store_with_4_threads_exactly_what_1_thread_stores),
		T(should_store_a_single_article_with_4_threads),
		T(should_not_extract_unchanged_articles_again),
		T(should_roll_everything_back_when_the_hook_fails_in_a_worker),
		T(should_store_the_rest_when_the_reader_rejects_a_file),
		cmocka_unit_test(
		    should_accept_1_to_256_threads_for_the_jobs_option),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
