/*
 * test_nightly_data.c - safe to run every night, second part: what the
 * nightly run does with the data it is given, run through the built
 * program ($CLAIMTRACK) as cron runs it. Invalid UTF-8 in names and
 * metadata never stops a briefing, one article's thousand repeats are
 * one claim, two files with one id are named, claims.csv carries no
 * formula, a mistyped --db creates nothing, the database remembers its
 * tracker, ingest takes the run lock, an empty folder is said, a broken
 * tracker or configuration exits 2, and the readers treat invalid UTF-8
 * and mistyped JSONL fields alike.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "util.h"

#define ASOF_WEEK "--asof 2024-10-31 --period week"

static char dir[64];		/* temp folder of one test */

static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/claimtrack-data-XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Run a shell command line built from fmt; its exit status. */
static int
sh(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/* Contents of dir/name (NUL-terminated), or fail. */
static char *
slurp(const char *name)
{
	char path[256];
	size_t len;
	char *s;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	s = file_read(path, 64 << 20, &len);
	if (s == NULL)
		fail_msg("cannot read %s", path);
	return s;
}

/* Fail unless dir/name holds needle. */
static void
assert_file_has(const char *name, const char *needle)
{
	char *s = slurp(name);

	if (strstr(s, needle) == NULL)
		fail_msg("%s/%s lacks \"%s\":\n%s", dir, name, needle, s);
	free(s);
}

/* Fail when dir/name holds needle. */
static void
assert_file_lacks(const char *name, const char *needle)
{
	char *s = slurp(name);

	if (strstr(s, needle) != NULL)
		fail_msg("%s/%s holds \"%s\":\n%s", dir, name, needle, s);
	free(s);
}

/* The first line of the output of a shell command, as a number. */
static long
sh_number(const char *fmt, ...)
{
	char cmd[4096], line[64] = "";
	va_list ap;
	FILE *p;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	p = popen(cmd, "r");
	if (p == NULL)
		fail_msg("cannot run %s", cmd);
	if (fgets(line, sizeof(line), p) == NULL)
		line[0] = '\0';
	pclose(p);
	return strtol(line, NULL, 10);
}

/* The sample published once into dir/b from dir/c.db. */
static void
sample_published(void)
{
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " corpus/sample 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
}

/* ---- 11. report and summary never create a database ---------------- */

/*
 * A mistyped --db on report used to create an empty database and
 * publish "0 articles · 0 claims" over a good briefing, exit 0.
 */
static void
should_not_create_a_database_to_report_or_summarize(void **state)
{
	(void)state;
	sample_published();
	assert_int_equal(sh("%s report --db %s/typo.db --out %s/b --redraw "
	    ASOF_WEEK " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 3);
	assert_file_has("err", "typo.db: no such database");
	assert_int_equal(sh("test ! -e %s/typo.db", dir), 0);
	assert_file_lacks("b/summary.md", "0 articles");
	assert_int_equal(sh("%s summary --db %s/typo.db " ASOF_WEEK
	    " >/dev/null 2>%s/err", TEST_PROGRAM(), dir, dir), 3);
	assert_file_has("err", "typo.db: no such database");
	assert_int_equal(sh("test ! -e %s/typo.db", dir), 0);
	/* an empty file is no claimtrack database either, and stays empty */
	assert_int_equal(sh(": >%s/empty.db && %s report --db %s/empty.db "
	    "--out %s/b --redraw " ASOF_WEEK " 2>%s/err", dir, TEST_PROGRAM(),
	    dir, dir, dir), 3);
	assert_file_has("err", "empty.db: not a claimtrack database");
	assert_int_equal(sh("test ! -s %s/empty.db", dir), 0);
	assert_file_lacks("b/summary.md", "0 articles");
}

int
main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(should_not_create_a_database_to_report_or_summarize),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
