/*
 * test_nightly_safe.c - what makes the nightly run safe to leave to cron,
 * run through the built program ($CLAIMTRACK) as cron runs it: --out
 * never deletes a folder claimtrack did not publish, configuration that
 * is not a regular file and a renderer that never exits cannot block the
 * run, a run never reads its own outputs, its log lines carry the time,
 * and the program installs and documents itself.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "tmpdir_fixture.h"
#include "util.h"
#include "publish.h"

#define ASOF_WEEK "--asof 2024-10-31 --period week"

static int
setup(void **state)
{
	(void)state;
	return tmpdir_make("safe");
}

/* The program under test as an absolute path, for commands run in dir. */
static const char *
prog(void)
{
	static char path[4096];

	if (realpath(TEST_PROGRAM(), path) == NULL)
		fail_msg("%s: not found", TEST_PROGRAM());
	return path;
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

/* The sample articles copied into dir/news/incoming. */
static void
news_folder(void)
{
	assert_int_equal(sh("mkdir -p %s/news/incoming && cp corpus/sample/* "
	    "%s/news/incoming/", dir, dir), 0);
}

/* ---- 1. --out only replaces a folder claimtrack published ---------- */

static void
should_refuse_an_out_folder_claimtrack_did_not_publish(void **state)
{
	(void)state;
	news_folder();
	assert_int_equal(sh("cd %s && %s run --db news/claims.db --out news "
	    ASOF_WEEK " news/incoming 2>err", dir, prog()), 2);
	assert_file_has("err", "news: holds files claimtrack did not "
	    "publish");
	/* before any work: the articles are there, no database was made */
	assert_int_equal(sh("test $(ls %s/news/incoming | wc -l) -eq 5", dir),
	    0);
	assert_int_equal(sh("test ! -e %s/news/claims.db", dir), 0);
	/* report refuses it the same way */
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " corpus/sample 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/news " ASOF_WEEK
	    " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 2);
	assert_int_equal(sh("test -d %s/news/incoming", dir), 0);
	/* and a file is no folder to publish into */
	assert_int_equal(sh("%s report --db %s/c.db --out "
	    "%s/news/incoming/$(ls %s/news/incoming | head -1) " ASOF_WEEK
	    " 2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 2);
	assert_file_has("err", "not a folder");
}

static void
should_publish_into_an_empty_missing_or_own_folder(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir %s/empty", dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/empty " ASOF_WEEK
	    " corpus/sample 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("test -f %s/empty/.claimtrack-published", dir), 0);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/empty --redraw "
	    ASOF_WEEK " 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/new/b "
	    ASOF_WEEK " 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	/* a briefing published before the mark existed holds the
	   fingerprint file: still claimtrack's */
	assert_int_equal(sh("rm %s/new/b/.claimtrack-published && "
	    "test -f %s/new/b/.claimtrack-made-from", dir, dir), 0);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/new/b --redraw "
	    ASOF_WEEK " 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
}

/* ---- 9. nothing blocks the run forever ----------------------------- */

/*
 * A FIFO given as --manifest or --tracker used to block the run forever
 * while it held the lock: only regular files are configuration. The
 * shell's timeout turns a hang into a failure here (exit 124).
 */
static void
should_refuse_a_fifo_as_configuration(void **state)
{
	(void)state;
	assert_int_equal(sh("mkfifo %s/fifo", dir), 0);
	assert_int_equal(sh("timeout 20 %s run --db %s/c.db --out %s/b "
	    "--manifest %s/fifo " ASOF_WEEK " corpus/sample 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir, dir), 2);
	assert_file_has("err", "fifo: not a regular file (a FIFO)");
	assert_int_equal(sh("timeout 20 %s ingest --db %s/c.db --manifest "
	    "%s/fifo corpus/sample 2>%s/err", TEST_PROGRAM(), dir, dir, dir),
	    2);
	assert_file_has("err", "fifo: not a regular file (a FIFO)");
	assert_int_equal(sh("timeout 20 %s run --db %s/c.db --out %s/b "
	    "--tracker %s/fifo " ASOF_WEEK " corpus/sample 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir, dir), 2);
	assert_file_has("err", "fifo: not a regular file (a FIFO)");
	assert_int_equal(sh("timeout 20 %s extract --tracker %s/fifo "
	    "corpus/sample >/dev/null 2>%s/err", TEST_PROGRAM(), dir, dir), 2);
	assert_int_equal(sh("timeout 20 %s run --db %s/c.db --out %s/b "
	    "--tracker %s " ASOF_WEEK " corpus/sample 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir, dir), 2);
	assert_file_has("err", "not a regular file (a folder)");
	/* nothing was stored: the check comes before the database */
	assert_int_equal(sh("test ! -e %s/c.db", dir), 0);
}

/*
 * A gnuplot that never exits is killed at the time limit
 * ($CLAIMTRACK_CHILD_TIMEOUT, 60 s by default), with its children, and
 * the previous briefing is kept.
 */
static void
should_kill_a_gnuplot_that_never_exits(void **state)
{
	/* seconds unique to this run: pgrep must not see another run's */
	unsigned n = 700000u + (unsigned)getpid() % 100000u;

	(void)state;
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " corpus/sample 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("mkdir %s/bin && printf '#!/bin/sh\\nexec sleep "
	    "%u1\\n' >%s/bin/gnuplot && chmod +x %s/bin/gnuplot", dir, n,
	    dir, dir), 0);
	assert_int_equal(sh("PATH=%s/bin:$PATH CLAIMTRACK_CHILD_TIMEOUT=1 "
	    "timeout 60 %s report --db %s/c.db --out %s/b --renderer gnuplot "
	    "--redraw " ASOF_WEEK " 2>%s/err", dir, TEST_PROGRAM(), dir, dir,
	    dir), 3);
	assert_file_has("err", "gnuplot did not finish within 1 s; killed it");
	assert_int_equal(sh("sleep 0.2; pgrep -f 'sleep %u[1]' >/dev/null", n),
	    1);
	assert_int_equal(sh("test -s %s/b/report.pdf", dir), 0);
	/* one that sleeps in a child of its own shell is killed too */
	assert_int_equal(sh("printf '#!/bin/sh\\nsleep %u2\\necho\\n' "
	    ">%s/bin/gnuplot", n, dir), 0);
	assert_int_equal(sh("PATH=%s/bin:$PATH CLAIMTRACK_CHILD_TIMEOUT=1 "
	    "timeout 60 %s report --db %s/c.db --out %s/b --renderer gnuplot "
	    "--redraw " ASOF_WEEK " 2>%s/err", dir, TEST_PROGRAM(), dir, dir,
	    dir), 3);
	assert_int_equal(sh("sleep 0.2; pgrep -f 'sleep %u[2]' >/dev/null", n),
	    1);
}

/* ---- 13. a run never reads its own outputs ------------------------- */

/*
 * A run over the folder that holds its database and its briefing used to
 * ingest summary.md, the SVG charts, the stamp, -wal and .lock, and exit
 * 1 every night.
 */
static void
should_not_read_its_own_database_or_briefing(void **state)
{
	int i;

	(void)state;
	news_folder();
	for (i = 0; i < 2; i++)
		assert_int_equal(sh("cd %s && %s run --db news/claims.db "
		    "--out news/briefing --keep-history " ASOF_WEEK " news "
		    "2>err", dir, prog()), 0);
	assert_file_has("err", "ingest: 0 new, 5 unchanged, 0 changed, "
	    "0 rejected");
	assert_int_equal(sh("test -f %s/news/claims.db-checked && test -d "
	    "%s/news/briefing-history/2024-10-31", dir, dir), 0);
	/* the database named as a path is not read either; ingest too */
	assert_int_equal(sh("cd %s && %s ingest --db news/claims.db "
	    "news/claims.db news ./news/../news/claims.db-checked 2>err",
	    dir, prog()), 0);
	assert_file_has("err", "news/claims.db: claimtrack's own database "
	    "file; not read");
	assert_int_equal(sh("test $(sqlite3 %s/news/claims.db 'select "
	    "count(*) from articles') -eq 5", dir), 0);
	/* a briefing named as a path is claimtrack's, not articles */
	assert_int_equal(sh("cd %s && %s ingest --db other.db news/briefing "
	    "2>err", dir, prog()), 0);
	assert_file_has("err", "news/briefing: a folder claimtrack published; "
	    "not read");
}

/* ---- 15. log lines carry the time --------------------------------- */

/*
 * Cron appends stderr to a log: when stderr is not a terminal, every
 * line (stage lines, warnings, errors) starts with an ISO-8601 UTC time.
 */
static void
should_stamp_every_log_line_with_the_utc_time(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir %s/in && cp corpus/sample/* %s/in && "
	    "printf '' >%s/in/empty.txt", dir, dir, dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " %s/in 2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 1);
	assert_int_equal(sh("test $(wc -l <%s/err) -ge 7", dir), 0);
	assert_int_equal(sh("grep -c -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}T"
	    "[0-9]{2}:[0-9]{2}:[0-9]{2}Z claimtrack: ' %s/err", dir), 1);
	assert_int_equal(sh("grep -q -E 'Z claimtrack: .*empty.txt: empty "
	    "file$' %s/err && grep -q -E 'Z claimtrack: ingest: 5 new' %s/err",
	    dir, dir), 0);
	/* the stamp is UTC: the time zone does not move it */
	assert_int_equal(sh("TZ=Asia/Tokyo %s report --db %s/c.db --out %s/b "
	    ASOF_WEEK " 2>%s/err; test \"$(cut -c1-13 %s/err | head -1)\" = "
	    "\"$(date -u +%%Y-%%m-%%dT%%H)\"", TEST_PROGRAM(), dir, dir, dir,
	    dir), 0);
}

int
main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, tmpdir_teardown)
	const struct CMUnitTest tests[] = {
		T(should_refuse_an_out_folder_claimtrack_did_not_publish),
		T(should_publish_into_an_empty_missing_or_own_folder),
		T(should_refuse_a_fifo_as_configuration),
		T(should_kill_a_gnuplot_that_never_exits),
		T(should_not_read_its_own_database_or_briefing),
		T(should_stamp_every_log_line_with_the_utc_time),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
