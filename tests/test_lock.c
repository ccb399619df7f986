/*
 * test_lock.c - a second run on the same database waits, boundedly.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"
#include "store.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
should_give_up_after_the_wait_while_another_run_holds_the_lock(void **state)
{
	char db[] = "/tmp/claimtrack-lock-XXXXXX", lockfile[64];
	int pipefd[2], fd, status;
	double t0;
	pid_t pid;
	char c;

	(void)state;
	fd = mkstemp(db);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(pipe(pipefd), 0);
	if ((pid = fork()) == 0) {	/* the first run */
		fd = run_lock(db, 0);
		c = fd >= 0 ? 'y' : 'n';
		if (write(pipefd[1], &c, 1) != 1)
			_exit(1);
		sleep(3);
		_exit(0);
	}
	assert_int_equal(read(pipefd[0], &c, 1), 1);
	assert_int_equal(c, 'y');
	t0 = now();
	assert_int_equal(run_lock(db, 1), -1);
	assert_true(now() - t0 >= 0.9);
	assert_true(now() - t0 < 2.5);
	kill(pid, SIGKILL);	/* a killed run leaves no lock behind */
	waitpid(pid, &status, 0);
	fd = run_lock(db, 1);
	assert_true(fd >= 0);
	run_unlock(fd);
	unlink(db);
	snprintf(lockfile, sizeof(lockfile), "%s.lock", db);
	unlink(lockfile);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		 should_give_up_after_the_wait_while_another_run_holds_the_lock),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
