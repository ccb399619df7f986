/*
 * test_ingest_skip.c - a re-run does not read files unchanged since the
 * last ingest, reads again a file edited in place (even with its
 * modification time put back), a file with a rejected line, and every
 * file with --rescan; a deleted file is simply absent. The same holds
 * in a folder large enough for its stats to be taken on threads,
 * and a re-run moves the rows of the files it skipped, only those.
 *
 * A file changed less than 2 s before an ingest is never recorded as
 * skippable (the racy-clock rule of pipeline/ingest_files.c), so the group
 * setup writes the files, dates them an hour back, and waits 3 s once.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "store_int.h"	/* looks into the files table */
#include "publish.h"
#include "claimtrack.h"
#include "store.h"
#include "tracker.h"
#include "ingest.h"

#define OLD_S 3600	/* files are dated this far back */
#define MANY 80		/* files in the folder many: enough for walk.c
			   to take their stats on threads */

struct fixture {
	char	 dir[64];	/* temporary directory */
	char	 news[96];	/* the articles: a, b, c.txt and d.jsonl */
	char	 bad[96];	/* one JSONL file with a rejected line */
	char	 many[96];	/* MANY articles, one a file */
	struct tracker *tr;	/* built-in tracker */
	int	 ndb;		/* databases made so far */
};

/* What one ingest did. */
struct outcome {
	int	 status;	/* EXIT_* */
	struct run_counts counts; /* articles new, unchanged, ... */
	struct read_stats read;	/* files read and skipped, bytes */
};

static const char *const articles[][2] = {
	{ "a.txt", "---\nid: a\npublished: 2024-11-01\n---\n"
	    "Kyiv says 12,000 North Korean troops are in Russia.\n" },
	{ "b.txt", "---\nid: b\npublished: 2024-11-02\n---\n"
	    "The Pentagon says 10,000 North Korean troops arrived.\n" },
	{ "c.txt", "---\nid: c\npublished: 2024-11-03\n---\n"
	    "Seoul says 11,000 North Korean soldiers are in Kursk.\n" },
	{ "d.jsonl", "{\"id\":\"d1\",\"text\":\"Kirby: 3,000 troops.\"}\n"
	    "{\"id\":\"d2\",\"text\":\"NATO: 10,000 troops.\"}\n" },
};

/* Write dir/name with text, dated OLD_S seconds back. */
static void
write_old(const char *dir, const char *name, const char *text)
{
	struct timespec ts[2];
	char path[160];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	clock_gettime(CLOCK_REALTIME, &ts[0]);
	ts[0].tv_sec -= OLD_S;
	ts[1] = ts[0];
	assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
}

/* Article i of the folder many, stating value troops. */
static void
many_write(const char *dir, size_t i, int value)
{
	char name[32], text[160];

	snprintf(name, sizeof(name), "m%03zu.txt", i);
	snprintf(text, sizeof(text), "---\nid: m%03zu\npublished: 2024-11-04"
	    "\n---\nKyiv says %d North Korean troops are in Russia.\n", i,
	    value);
	write_old(dir, name, text);
}

static int
group_setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	size_t i;

	*state = fx;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/claimtrack-skip-XXXXXX");
	if (fx == NULL || mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->news, sizeof(fx->news), "%s/news", fx->dir);
	snprintf(fx->bad, sizeof(fx->bad), "%s/bad", fx->dir);
	if (mkdir(fx->news, 0700) == -1 || mkdir(fx->bad, 0700) == -1)
		return -1;
	for (i = 0; i < sizeof(articles) / sizeof(*articles); i++)
		write_old(fx->news, articles[i][0], articles[i][1]);
	write_old(fx->bad, "e.jsonl", "{\"id\":\"e1\",\"text\":\"Kirby: "
	    "3,000 troops.\"}\n{not json\n");
	snprintf(fx->many, sizeof(fx->many), "%s/many", fx->dir);
	if (mkdir(fx->many, 0700) == -1)
		return -1;
	for (i = 0; i < MANY; i++)
		many_write(fx->many, i, 1000 + i);
	fx->tr = tracker_default();
	sleep(3);	/* past the racy-clock window of every ctime */
	return fx->tr != NULL ? 0 : -1;
}

static int
group_teardown(void **state)
{
	struct fixture *fx = *state;
	int rc = remove_tree(fx->dir);

	tracker_free(fx->tr);
	free(fx);
	return rc == 0 ? 0 : -1;
}

/* A fresh database path for one test. */
static void
db_new(struct fixture *fx, char *db, size_t len)
{
	snprintf(db, len, "%s/ct%d.db", fx->dir, fx->ndb++);
}

/* Ingest dir into db with jobs threads. */
static struct outcome
ingest_dir(struct fixture *fx, const char *db, const char *dir, int jobs,
    int rescan)
{
	char *paths[] = { (char *)dir };
	struct outcome o;
	struct ingest ing;

	memset(&ing, 0, sizeof(ing));
	ing.st = store_open(db, 1000);
	assert_non_null(ing.st);
	ing.run_id = store_run_begin(ing.st, "ingest", "test");
	ing.jobs = jobs;
	ing.rescan = rescan;
	ing.extract = ingest_extract_claims;
	ing.extract_arg = fx->tr;
	o.status = ingest_paths(&ing, paths, 1);
	o.counts = ing.counts;
	o.read = ing.read;
	store_close(ing.st);
	return o;
}

static void
should_read_no_byte_of_unchanged_files_on_a_rerun(void **state)
{
	static const int jobs[] = { 1, 2 };
	struct fixture *fx = *state;
	struct outcome o;
	char db[128];
	size_t i;

	for (i = 0; i < sizeof(jobs) / sizeof(*jobs); i++) {
		db_new(fx, db, sizeof(db));
		o = ingest_dir(fx, db, fx->news, jobs[i], 0);
		assert_int_equal(o.status, EXIT_OK);
		assert_int_equal(o.counts.articles_new, 5);
		assert_int_equal(o.read.files, 4);
		assert_true(o.read.bytes > 0);
		o = ingest_dir(fx, db, fx->news, jobs[i], 0);
		assert_int_equal(o.status, EXIT_OK);
		assert_int_equal(o.read.files, 0);
		assert_int_equal(o.read.skipped, 4);
		assert_int_equal(o.read.bytes, 0);
		assert_int_equal(o.counts.articles_new, 0);
		assert_int_equal(o.counts.articles_unchanged, 5);
		assert_int_equal(o.counts.claims, 0);
	}
}

static void
should_read_every_file_again_with_rescan(void **state)
{
	struct fixture *fx = *state;
	struct outcome o;
	char db[128];

	db_new(fx, db, sizeof(db));
	ingest_dir(fx, db, fx->news, 1, 0);
	o = ingest_dir(fx, db, fx->news, 1, 1);
	assert_int_equal(o.status, EXIT_OK);
	assert_int_equal(o.read.files, 4);
	assert_int_equal(o.read.skipped, 0);
	assert_int_equal(o.counts.articles_unchanged, 5);
	/* the rescan recorded the files again: the next run skips them */
	o = ingest_dir(fx, db, fx->news, 1, 0);
	assert_int_equal(o.read.skipped, 4);
}

static void
should_report_a_rejected_line_again_on_every_run(void **state)
{
	struct fixture *fx = *state;
	struct outcome o;
	char db[128];

	db_new(fx, db, sizeof(db));
	o = ingest_dir(fx, db, fx->bad, 1, 0);
	assert_int_equal(o.status, EXIT_REJECTED);
	o = ingest_dir(fx, db, fx->bad, 1, 0);
	assert_int_equal(o.status, EXIT_REJECTED);
	assert_int_equal(o.read.files, 1);
	assert_int_equal(o.read.skipped, 0);
	assert_int_equal(o.counts.articles_unchanged, 1);
}

/*
 * b.txt rewritten with text of the same size and its modification time
 * put back: only its status-change time tells, and that is enough.
 */
static void
should_read_again_a_file_edited_with_its_mtime_put_back(void **state)
{
	struct fixture *fx = *state;
	struct timespec ts[2];
	struct stat sb;
	struct outcome o;
	char db[128], path[160], *text;

	db_new(fx, db, sizeof(db));
	ingest_dir(fx, db, fx->news, 2, 0);
	snprintf(path, sizeof(path), "%s/b.txt", fx->news);
	assert_int_equal(stat(path, &sb), 0);
	text = strdup(articles[1][1]);
	memcpy(strstr(text, "10,000"), "20,000", 6);
	write_old(fx->news, "b.txt", text);
	free(text);
	ts[0] = sb.st_atim;
	ts[1] = sb.st_mtim;
	assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
	o = ingest_dir(fx, db, fx->news, 2, 0);
	assert_int_equal(o.status, EXIT_OK);
	assert_int_equal(o.read.files, 1);
	assert_int_equal(o.read.skipped, 3);
	assert_int_equal(o.read.bytes, (size_t)sb.st_size);
	assert_int_equal(o.counts.articles_changed, 1);
	assert_int_equal(o.counts.articles_unchanged, 4);
}

/* The number of rows of the files table of db whose run is run_id and
 * whose path holds part. */
static int
files_of_run(const char *db, int64_t run_id, const char *part)
{
	struct store *st = store_open(db, 1000);
	sqlite3_stmt *stmt;
	int n;

	assert_non_null(st);
	assert_int_equal(sqlite3_prepare_v2(st->db, "SELECT count(*) FROM"
	    " files WHERE run_id = ?1 AND instr(path, ?2) > 0", -1, &stmt,
	    NULL), SQLITE_OK);
	sqlite3_bind_int64(stmt, 1, run_id);
	sqlite3_bind_text(stmt, 2, part, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	n = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	store_close(st);
	return n;
}

static void
should_see_an_edit_in_place_when_stats_run_on_threads(void **state)
{
	struct fixture *fx = *state;
	struct timespec ts[2];
	struct stat sb;
	struct outcome o;
	char db[128], path[160];

	db_new(fx, db, sizeof(db));
	ingest_dir(fx, db, fx->news, 1, 0);		/* run 1 */
	o = ingest_dir(fx, db, fx->many, 2, 0);		/* run 2 */
	assert_int_equal(o.counts.articles_new, MANY);
	snprintf(path, sizeof(path), "%s/m041.txt", fx->many);
	assert_int_equal(stat(path, &sb), 0);
	many_write(fx->many, 41, 2000);	/* same size, mtime put back */
	ts[0] = sb.st_atim;
	ts[1] = sb.st_mtim;
	assert_int_equal(utimensat(AT_FDCWD, path, ts, 0), 0);
	o = ingest_dir(fx, db, fx->many, 2, 0);		/* run 3 */
	assert_int_equal(o.status, EXIT_OK);
	assert_int_equal(o.read.files, 1);
	assert_int_equal(o.read.skipped, MANY - 1);
	assert_int_equal(o.counts.articles_changed, 1);
	assert_int_equal(o.counts.articles_unchanged, MANY - 1);
	/* the skipped files and the one read again are run 3's; the files
	   of news, not walked, stay run 1's */
	assert_int_equal(files_of_run(db, 3, "/many/"), MANY);
	assert_int_equal(files_of_run(db, 1, "/news/"), 4);
}

/* Runs last: it deletes c.txt. */
static void
should_take_a_deleted_file_as_simply_absent(void **state)
{
	struct fixture *fx = *state;
	struct outcome o;
	char db[128], path[160];

	db_new(fx, db, sizeof(db));
	ingest_dir(fx, db, fx->news, 1, 0);
	snprintf(path, sizeof(path), "%s/c.txt", fx->news);
	assert_int_equal(unlink(path), 0);
	o = ingest_dir(fx, db, fx->news, 1, 0);
	assert_int_equal(o.status, EXIT_OK);
	assert_int_equal(o.read.files + o.read.skipped, 3);
	assert_int_equal(o.counts.articles_rejected, 0);
	assert_int_equal(o.counts.articles_new, 0);
	assert_int_equal(o.counts.articles_unchanged, 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_no_byte_of_unchanged_files_on_a_rerun),
		cmocka_unit_test(should_read_every_file_again_with_rescan),
		cmocka_unit_test(
		    should_report_a_rejected_line_again_on_every_run),
		cmocka_unit_test(
		    should_read_again_a_file_edited_with_its_mtime_put_back),
		cmocka_unit_test(
		    should_see_an_edit_in_place_when_stats_run_on_threads),
		cmocka_unit_test(should_take_a_deleted_file_as_simply_absent),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
