/*
 * test_faults_kill.c - the quick run of scripts/kill-test: ten ingests of
 * 2,000 articles killed with SIGKILL at seeded random moments; after each
 * the database must pass PRAGMA integrity_check, hold all or nothing, and
 * a following ingest must finish with exit 0 and the right count. The
 * long run is "make kill-test KILLS=200". The harness itself must fail
 * when a command leaves a broken database behind.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "test_spawn.h"
#include "util.h"

#define KILLS "10"

static void
should_survive_ten_kills_with_an_intact_database(void **state)
{
	char *argv[] = { "scripts/kill-test", "-n", KILLS, "-a", "2000",
	    "-m", "150", NULL };
	char dir[] = "/tmp/claimtrack-killq-XXXXXX", cmd[64];
	struct spawn_result r;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("CLAIMTRACK", TEST_PROGRAM(), 1);
	spawn_run(argv, dir, &r);
	if (!r.exited || r.status != 0)
		fail_msg("kill-test exited %d:\n%s%s", r.status, r.out, r.err);
	assert_non_null(strstr(r.out, "\nkill-test: " KILLS " kills ("));
	assert_non_null(strstr(r.out, "2000 articles, seed 1: all checks "
	    "held\n"));
	assert_int_equal(line_count(r.out), 10 + 1);
	spawn_release(&r);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Killed nightly runs: the published folder is absent or whole. */
static void
should_leave_the_old_or_the_new_briefing_when_runs_are_killed(void **state)
{
	char command[512], check[512], dir[] = "/tmp/claimtrack-killr-XXXXXX";
	char *argv[] = { "scripts/kill-test", "-n", "5", "-a", "100",
	    "-m", "300", "-c", command, "-x", check, NULL };
	char cmd[64];
	struct spawn_result r;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(command, sizeof(command), "%s run --db {db} --out {out} "
	    "--asof 2024-12-31 --period all {corpus}", TEST_PROGRAM());
	snprintf(check, sizeof(check), "test ! -e {out} || "
	    "(test -s {out}/report.pdf && test -s {out}/summary.json && "
	    "test -s {out}/claims.csv && test -s {out}/charts/range.png)");
	spawn_run(argv, dir, &r);
	if (!r.exited || r.status != 0)
		fail_msg("kill-test exited %d:\n%s%s", r.status, r.out, r.err);
	assert_non_null(strstr(r.out, "all checks held\n"));
	spawn_release(&r);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static void
should_fail_when_the_command_leaves_a_broken_database(void **state)
{
	char *argv[] = { "scripts/kill-test", "-n", "1", "-a", "10",
	    "-c", "printf 'not a database' > {db}", NULL };
	char dir[] = "/tmp/claimtrack-killq-XXXXXX", cmd[64];
	struct spawn_result r;

	(void)state;
	assert_non_null(mkdtemp(dir));
	setenv("TMPDIR", dir, 1);
	spawn_run(argv, dir, &r);
	unsetenv("TMPDIR");
	assert_true(r.exited);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "kill-test: kill 1: integrity_check "
	    "says: "));
	spawn_release(&r);
	/* the failed run's directory, kept for a look, is inside dir */
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_survive_ten_kills_with_an_intact_database),
		cmocka_unit_test(
		 should_leave_the_old_or_the_new_briefing_when_runs_are_killed),
		cmocka_unit_test(
		    should_fail_when_the_command_leaves_a_broken_database),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
