/*
 * test_ingest.c - claimtrack ingest end to end: the program is run as a
 * user runs it (from the project root, as make check does) and its
 * summary line, messages, exit status and database are checked.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "testutil.h"
#include "publish.h"
#include "testdb.h"
#include "claimtrack.h"
#include "util.h"

#define PROG TEST_PROGRAM()
#define SAMPLE "corpus/sample"

struct fixture {
	char	 dir[64];	/* temporary directory for db and outputs */
	char	 db[96];	/* database path inside dir */
	char	*out;		/* stdout of the last run */
	char	*err;		/* stderr of the last run */
};

static int
setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	snprintf(fx->dir, sizeof(fx->dir), "/tmp/claimtrack-ingest-XXXXXX");
	*state = fx;
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->db, sizeof(fx->db), "%s/ct.db", fx->dir);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	int rc = remove_tree(fx->dir);

	free(fx->out);
	free(fx->err);
	free(fx);
	return rc == 0 ? 0 : -1;
}

static char *
slurp(const char *dir, const char *name)
{
	char path[128];
	size_t len;
	char *text;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	text = file_read(path, 1 << 20, &len);
	assert_non_null(text);
	return text;
}

/* Run claimtrack with args; keep stdout and stderr; return exit status. */
static int
run(struct fixture *fx, const char *args)
{
	char cmd[1024];
	int rc;

	free(fx->out);
	free(fx->err);
	snprintf(cmd, sizeof(cmd), "%s %s >'%s/out' 2>'%s/err'", PROG, args,
	    fx->dir, fx->dir);
	rc = system(cmd);
	assert_true(rc != -1 && WIFEXITED(rc));
	fx->out = slurp(fx->dir, "out");
	fx->err = log_unstamp(slurp(fx->dir, "err"));
	return WEXITSTATUS(rc);
}

/* Run "ingest --db DB args". */
static int
ingest(struct fixture *fx, const char *args)
{
	char all[768];

	snprintf(all, sizeof(all), "ingest --db '%s' %s", fx->db, args);
	return run(fx, all);
}

static void
should_store_the_sample_once_and_find_it_unchanged_the_second_time(
    void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(ingest(fx, SAMPLE), EXIT_OK);
	assert_string_equal(fx->out,
	    "ingest: 5 new, 0 unchanged, 0 changed, 0 rejected\n");
	assert_int_equal(ingest(fx, SAMPLE), EXIT_OK);
	assert_string_equal(fx->out,
	    "ingest: 0 new, 5 unchanged, 0 changed, 0 rejected\n");
	assert_string_equal(fx->err, "");
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"), 5);
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM runs"
	    " WHERE command = 'ingest' AND exit_status = 0"
	    " AND finished IS NOT NULL"), 2);
	assert_int_equal(db_int(fx->db, "SELECT articles_unchanged FROM runs"
	    " ORDER BY id DESC LIMIT 1"), 5);
}

static void
should_store_an_edited_article_as_its_second_version(void **state)
{
	struct fixture *fx = *state;
	char cmd[512];

	snprintf(cmd, sizeof(cmd), "cp %s/s001.txt %s/s002.txt '%s'", SAMPLE,
	    SAMPLE, fx->dir);
	assert_int_equal(system(cmd), 0);
	snprintf(cmd, sizeof(cmd), "'%s/s001.txt' '%s/s002.txt'", fx->dir,
	    fx->dir);
	assert_int_equal(ingest(fx, cmd), EXIT_OK);
	snprintf(cmd, sizeof(cmd), "echo 'Correction: 13,000 troops.' "
	    ">> '%s/s001.txt'", fx->dir);
	assert_int_equal(system(cmd), 0);
	snprintf(cmd, sizeof(cmd), "'%s/s001.txt' '%s/s002.txt'", fx->dir,
	    fx->dir);
	assert_int_equal(ingest(fx, cmd), EXIT_OK);
	assert_string_equal(fx->out,
	    "ingest: 0 new, 1 unchanged, 1 changed, 0 rejected\n");
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"
	    " WHERE doc = 's001'"), 2);
	assert_int_equal(db_int(fx->db, "SELECT version FROM current_articles"
	    " WHERE doc = 's001'"), 2);
}

static void
should_exit_1_and_store_the_rest_when_an_input_is_rejected(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(ingest(fx, SAMPLE " tests/data/no-such-article.txt"),
	    EXIT_REJECTED);
	assert_string_equal(fx->out,
	    "ingest: 5 new, 0 unchanged, 0 changed, 1 rejected\n");
	assert_non_null(strstr(fx->err, "tests/data/no-such-article.txt"));
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"), 5);
	assert_int_equal(db_int(fx->db, "SELECT exit_status FROM runs"), 1);
}

static void
should_exit_2_on_usage_errors_without_creating_a_database(void **state)
{
	static const struct {
		const char *args;	/* after "claimtrack" */
		const char *message;	/* expected on stderr */
	} rows[] = {
		{ "ingest " SAMPLE, "no database given (--db FILE)" },
		{ "ingest --db DB", "no PATH given" },
		{ "ingest --db DB --bogus " SAMPLE, "bogus" },
		{ "ingest --db DB --wait soon " SAMPLE,
		  "--wait: 'soon' is not a number of seconds" },
		{ "ingest --db DB --wait -1 " SAMPLE, "is not a number" },
	};
	struct fixture *fx = *state;
	char args[256], *db;
	size_t i;

	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		snprintf(args, sizeof(args), "%s", rows[i].args);
		if ((db = strstr(args, "DB")) != NULL)
			snprintf(db, sizeof(args) - (size_t)(db - args),
			    "'%s'%s", fx->db, strstr(rows[i].args, "DB") + 2);
		assert_int_equal(run(fx, args), EXIT_USAGE);
		assert_string_equal(fx->out, "");
		assert_non_null(strstr(fx->err, rows[i].message));
		assert_non_null(strstr(fx->err, "usage: claimtrack ingest"));
		assert_int_equal(access(fx->db, F_OK), -1);
	}
}

static void
should_describe_options_and_exit_codes_in_help(void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(run(fx, "ingest --help"), EXIT_OK);
	assert_non_null(strstr(fx->out, "--wait SECONDS"));
	assert_non_null(strstr(fx->out, "--manifest CSV"));
	assert_non_null(strstr(fx->out, "3  database or file system error"));
}

static void
should_exit_3_and_leave_a_file_that_is_not_a_database_unchanged(
    void **state)
{
	static const char text[] = "doc,value\ns001,12000\ns002,11000\n"
	    "a spreadsheet export someone named .db by mistake, long enough "
	    "to fill a database header\n";
	struct fixture *fx = *state;
	char *after;
	size_t len;
	FILE *f;

	f = fopen(fx->db, "wb");
	assert_non_null(f);
	fwrite(text, 1, sizeof(text) - 1, f);
	fclose(f);
	assert_int_equal(ingest(fx, SAMPLE), EXIT_FATAL);
	assert_string_equal(fx->out, "");
	assert_non_null(strstr(fx->err, "not a claimtrack database or "
	    "corrupted; refusing to touch it"));
	after = file_read(fx->db, 1 << 16, &len);
	assert_int_equal(len, sizeof(text) - 1);
	assert_memory_equal(after, text, len);
	free(after);
}

static void
should_exit_3_after_the_wait_when_another_run_holds_the_lock(void **state)
{
	struct fixture *fx = *state;
	struct timespec t0, t1;
	char expect[256];
	sqlite3 *other;
	double took;

	assert_int_equal(ingest(fx, SAMPLE "/s000.txt"), EXIT_OK);
	assert_int_equal(sqlite3_open(fx->db, &other), SQLITE_OK);
	assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL,
	    NULL), SQLITE_OK);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(ingest(fx, "--wait 1 " SAMPLE), EXIT_FATAL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(other);
	took = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	assert_true(took >= 0.9 && took < 5.0);
	snprintf(expect, sizeof(expect), "claimtrack: %s: database is locked "
	    "by another claimtrack run; gave up after 1 s\n", fx->db);
	assert_string_equal(fx->err, expect);
	assert_string_equal(fx->out, "");
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"), 1);
}

static void
db_exec(const char *db, const char *sql)
{
	sqlite3 *h;

	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
}

static void
should_roll_back_the_whole_batch_when_the_database_fails_midway(
    void **state)
{
	struct fixture *fx = *state;

	assert_int_equal(ingest(fx, SAMPLE "/s000.txt"), EXIT_OK);
	/* the fourth article of the sample makes the database fail */
	db_exec(fx->db, "CREATE TRIGGER fail BEFORE INSERT ON articles"
	    " WHEN NEW.doc = 's003' BEGIN SELECT RAISE(ABORT, 'disk on fire');"
	    " END");
	assert_int_equal(ingest(fx, SAMPLE), EXIT_FATAL);
	assert_string_equal(fx->out, "");
	assert_non_null(strstr(fx->err, "storing an article: disk on fire"));
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"), 1);
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM runs"
	    " WHERE exit_status = 3 AND articles_new = 0"
	    " AND finished IS NOT NULL"), 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(should_store_the_sample_once_and_find_it_unchanged_the_second_time),
		T(should_store_an_edited_article_as_its_second_version),
		T(should_exit_1_and_store_the_rest_when_an_input_is_rejected),
		T(should_exit_2_on_usage_errors_without_creating_a_database),
		T(should_describe_options_and_exit_codes_in_help),
		T(should_exit_3_and_leave_a_file_that_is_not_a_database_unchanged),
		T(should_exit_3_after_the_wait_when_another_run_holds_the_lock),
		T(should_roll_back_the_whole_batch_when_the_database_fails_midway),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
