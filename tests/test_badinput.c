/*
 * test_badinput.c - the built program over the bad-input corpus
 * (tests/bad-input/generate: empty, binary, invalid UTF-8, NUL bytes, a
 * 50 MiB line, 10,000 tiny files, broken front matter, impossible and
 * future dates, a truncated JSONL line, HTML nested 10,000 deep, huge
 * numbers, a 100,000-character sentence, hostile metadata) mixed with
 * the good sample. One run, many assertions: exit 1, every good article
 * stored, exactly one message per bad file naming it, no crash, peak
 * RSS under BADINPUT_RSS_MB.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "testutil.h"
#include "testdb.h"
#include "test_spawn.h"
#include "claimtrack.h"
#include "util.h"

#define SAMPLE "corpus/sample"
#define GENERATE "tests/bad-input/generate"
#define BADINPUT_RSS_MB (200 * SPAWN_RSS_SCALE)	/* the nightly target */

/*
 * The command under test, "@DB" and "@OUT" replaced by paths in the
 * temporary directory, then the sample and the bad corpus appended.
 * The nightly job: store, extract, aggregate and publish.
 */
static const char *const command[] = {
	"run", "--db", "@DB", "--out", "@OUT", "--asof", "2024-10-31",
	"--period", "all"
};
#define NCOMMAND (sizeof(command) / sizeof(*command))

/* Every bad file that must be named once on stderr, and why. */
static const struct {
	const char *file;	/* under the bad corpus */
	const char *message;	/* what its one line must say */
} named[] = {
	{ "empty.txt", ": empty file" },
	{ "blank.txt", ": no text" },
	{ "controls.txt", ": binary file" },
	{ "nul-byte.txt", ": binary file" },
	{ "all-bytes.dat", ": not a text file, skipped" },
	{ "unterminated.txt", ":1: front matter not closed" },
	{ "truncated.jsonl", ":3: not JSON: premature end of input" },
	{ "invalid-utf8.txt", ":1: invalid UTF-8 replaced by U+FFFD" },
	{ "impossible-date.txt", ":3: unparseable date '2024-02-30'" },
};
#define NNAMED (sizeof(named) / sizeof(*named))

/* Docs stored besides the sample and the 10,000 tiny files. */
static const char *const kept[] = {
	"invalid-utf8", "impossible-date", "future-date", "huge-numbers",
	"long-sentence", "long-line", "nested", "jsonl-1", "jsonl-2",
	"quote\"s;semi'colon", "../../escape", "a/b/c",
};
#define NKEPT (sizeof(kept) / sizeof(*kept))
#define NSAMPLE 5
#define NTINY 10000

struct badrun {
	char	 dir[64];		/* temporary directory */
	char	 db[128];		/* DIR/ct.db */
	char	 bad[128];		/* DIR/bad, the generated corpus */
	struct spawn_result r;		/* the one run */
};

static const char *
arg_expand(struct badrun *br, const char *a, char *buf, size_t size)
{
	if (strcmp(a, "@DB") == 0)
		return br->db;
	if (strcmp(a, "@OUT") == 0) {
		snprintf(buf, size, "%s/published", br->dir);
		return buf;
	}
	return a;
}

static void
badrun_exec(struct badrun *br)
{
	char *argv[NCOMMAND + 4], outdir[128];
	size_t i, n = 0;

	argv[n++] = (char *)TEST_PROGRAM();
	for (i = 0; i < NCOMMAND; i++)
		argv[n++] = (char *)arg_expand(br, command[i], outdir,
		    sizeof(outdir));
	argv[n++] = SAMPLE;
	argv[n++] = br->bad;
	argv[n] = NULL;
	spawn_run(argv, br->dir, &br->r);
}

static int
group_setup(void **state)
{
	struct badrun *br = xcalloc(1, sizeof(*br));
	char cmd[256];

	*state = br;
	snprintf(br->dir, sizeof(br->dir), "/tmp/claimtrack-bad-XXXXXX");
	if (mkdtemp(br->dir) == NULL)
		return -1;
	snprintf(br->db, sizeof(br->db), "%s/ct.db", br->dir);
	snprintf(br->bad, sizeof(br->bad), "%s/bad", br->dir);
	snprintf(cmd, sizeof(cmd), "%s '%s'", GENERATE, br->bad);
	if (system(cmd) != 0)
		return -1;
	badrun_exec(br);
	fprintf(stderr, "bad-input run: exit %d, %.1f s, peak RSS %ld MiB\n",
	    br->r.status, br->r.seconds, br->r.maxrss_kb / 1024);
	return 0;
}

static int
group_teardown(void **state)
{
	struct badrun *br = *state;
	char cmd[128];
	int rc;

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", br->dir);
	rc = system(cmd);
	spawn_release(&br->r);
	free(br);
	return rc == 0 ? 0 : -1;
}

static void
should_exit_1_without_crashing(void **state)
{
	struct badrun *br = *state;

	assert_true(br->r.exited);
	assert_int_equal(br->r.status, EXIT_REJECTED);
	assert_null(strstr(br->r.err, "Sanitizer"));
	assert_null(strstr(br->r.err, "runtime error"));
}

static void
should_sum_up_the_run_in_one_line(void **state)
{
	struct badrun *br = *state;
	char expect[128];

	snprintf(expect, sizeof(expect), "claimtrack: ingest: %zu new, "
	    "0 unchanged, 0 changed, 6 rejected; ", NSAMPLE + NTINY + NKEPT);
	assert_int_equal(lines_containing(br->r.err, expect), 1);
}

static void
should_name_each_bad_file_once_with_its_reason(void **state)
{
	struct badrun *br = *state;
	char needle[256];
	size_t i;

	for (i = 0; i < NNAMED; i++) {
		snprintf(needle, sizeof(needle), "claimtrack: %s/%s:",
		    br->bad, named[i].file);
		if (lines_containing(br->r.err, needle) != 1)
			fail_msg("%s named %zu times", named[i].file,
			    lines_containing(br->r.err, needle));
		snprintf(needle, sizeof(needle), "%s/%s%s", br->bad,
		    named[i].file, named[i].message);
		if (lines_containing(br->r.err, needle) != 1)
			fail_msg("no line '%s' in:\n%s", needle, br->r.err);
	}
	if (lines_containing(br->r.err, br->bad) != NNAMED)
		fail_msg("%zu lines name a bad file, not %zu, in:\n%s",
		    lines_containing(br->r.err, br->bad), NNAMED, br->r.err);
}

static void
should_publish_the_briefing_all_the_same(void **state)
{
	struct badrun *br = *state;
	char cmd[256];

	snprintf(cmd, sizeof(cmd), "test -s '%s/published/report.pdf' && "
	    "test -s '%s/published/claims.csv'", br->dir, br->dir);
	assert_int_equal(system(cmd), 0);
	/* the sample's claims are stored beside the bad corpus */
	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM current_claims"
	    " WHERE doc = ?1", "s004"), 4);
}

static void
should_store_every_good_article(void **state)
{
	struct badrun *br = *state;
	size_t i;

	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles", NULL),
	    NSAMPLE + NTINY + NKEPT);
	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles WHERE "
	    "doc IN ('s000', 's001', 's002', 's003', 's004')", NULL),
	    NSAMPLE);
	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles WHERE "
	    "doc GLOB 't[0-9][0-9][0-9][0-9][0-9]'", NULL), NTINY);
	for (i = 0; i < NKEPT; i++)
		if (db_int_param(br->db, "SELECT count(*) FROM articles WHERE doc = ?",
		    kept[i]) != 1)
			fail_msg("'%s' not stored", kept[i]);
}

static void
should_keep_hostile_metadata_verbatim(void **state)
{
	struct badrun *br = *state;
	char path[256];

	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles WHERE "
	    "outlet = ?", "Reuters\"; DROP TABLE articles; --'"), 1);
	snprintf(path, sizeof(path), "%s/id-dotdot.txt", br->bad);
	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles WHERE "
	    "doc = '../../escape' AND path = ?", path), 1);
	assert_int_equal(access("../escape", F_OK), -1);
	assert_int_equal(access("../../escape", F_OK), -1);
}

static void
should_keep_long_and_deep_texts_whole(void **state)
{
	struct badrun *br = *state;

	assert_int_equal(db_int_param(br->db, "SELECT length(body) FROM articles "
	    "WHERE doc = ?", "long-line"), 50 << 20);
	assert_int_equal(db_int_param(br->db, "SELECT length(body) FROM articles "
	    "WHERE doc = ?", "long-sentence"), 100003);
	assert_int_equal(db_int_param(br->db, "SELECT body = 'Kirby: 10,000 North "
	    "Korean troops.' FROM articles WHERE doc = ?", "nested"), 1);
}

static void
should_keep_future_dates_and_drop_impossible_ones(void **state)
{
	struct badrun *br = *state;

	assert_int_equal(db_int_param(br->db, "SELECT published = '2099-12-31' "
	    "FROM articles WHERE doc = ?", "future-date"), 1);
	assert_int_equal(db_int_param(br->db, "SELECT published IS NULL "
	    "FROM articles WHERE doc = ?", "impossible-date"), 1);
	assert_int_equal(db_int_param(br->db, "SELECT count(*) FROM articles "
	    "WHERE doc = ?", "jsonl-3"), 0);
}

static void
should_stay_under_the_memory_bound(void **state)
{
	struct badrun *br = *state;

	if (br->r.maxrss_kb >= BADINPUT_RSS_MB * 1024L)
		fail_msg("peak RSS %ld KiB, bound %d MiB", br->r.maxrss_kb,
		    BADINPUT_RSS_MB);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_exit_1_without_crashing),
		cmocka_unit_test(should_sum_up_the_run_in_one_line),
		cmocka_unit_test(should_name_each_bad_file_once_with_its_reason),
		cmocka_unit_test(should_publish_the_briefing_all_the_same),
		cmocka_unit_test(should_store_every_good_article),
		cmocka_unit_test(should_keep_hostile_metadata_verbatim),
		cmocka_unit_test(should_keep_long_and_deep_texts_whole),
		cmocka_unit_test(
		    should_keep_future_dates_and_drop_impossible_ones),
		cmocka_unit_test(should_stay_under_the_memory_bound),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
