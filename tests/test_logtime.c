/*
 * test_logtime.c - the stamped stderr of a cron run (core/logtime.c):
 * every line starts with the UTC time and stays one whole line in the
 * log even when two processes write to the same log at once (gnuplot,
 * a child, shares the run's fd 2).
 */
#define _GNU_SOURCE	/* memmem */
#include <err.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "logtime.h"
#include "util.h"

#define NLINES 2000	/* lines each writer sends */

/* One writer: NLINES warnings, each long enough to be written in pieces. */
static void
write_lines(int writer)
{
	int i;

	for (i = 0; i < NLINES; i++)
		warnx("writer %d: line %d: %s", writer, i, "a warning long "
		    "enough that its prefix, text and newline are three writes");
}

/*
 * In a child whose fd 2 is path: stamp stderr, then fork; parent and
 * grandchild write at the same time, sharing the file's offset.
 */
static void
log_from_two_processes(const char *path)
{
	pid_t child, grandchild;
	int fd, ws;

	child = fork();
	assert_true(child != -1);
	if (child == 0) {
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd == -1 || dup2(fd, STDERR_FILENO) == -1)
			_exit(2);
		logtime_stderr();
		if ((grandchild = fork()) == -1)
			_exit(2);
		write_lines(grandchild == 0 ? 1 : 0);
		if (grandchild == 0)
			exit(0);
		exit(waitpid(grandchild, &ws, 0) == grandchild &&
		    WIFEXITED(ws) && WEXITSTATUS(ws) == 0 ? 0 : 3);
	}
	assert_int_equal(waitpid(child, &ws, 0), child);
	assert_true(WIFEXITED(ws));
	assert_int_equal(WEXITSTATUS(ws), 0);
}

/* A line as a stamped warning must read: time, program, text, nothing more. */
static int
line_is_whole(const char *line, size_t len)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ test_logtime: writer ";
	size_t k;

	if (len < sizeof(shape) - 1)
		return 0;
	for (k = 0; shape[k] != '\0'; k++)
		if (shape[k] == 'd' ? !(line[k] >= '0' && line[k] <= '9') :
		    line[k] != shape[k])
			return 0;
	/* ends as a warning ends, and holds no second warning */
	return memcmp(line + len - 6, "writes", 6) == 0 &&
	    memmem(line + k, len - k, "test_logtime:", 13) == NULL;
}

static void
should_keep_each_line_whole_when_two_processes_log_at_once(void **state)
{
	char path[] = "/tmp/claimtrack-logtime-XXXXXX";
	const char *p, *eol;
	size_t len, lines = 0, broken = 0;
	char *text;
	int fd;

	(void)state;
	assert_true((fd = mkstemp(path)) != -1);
	close(fd);
	log_from_two_processes(path);
	text = file_read(path, (size_t)64 << 20, &len);
	unlink(path);
	assert_non_null(text);
	for (p = text; *p != '\0'; p = eol + 1) {
		assert_non_null(eol = strchr(p, '\n'));
		lines++;
		if (!line_is_whole(p, (size_t)(eol - p))) {
			if (broken++ == 0)
				print_error("broken line: %.*s\n",
				    (int)(eol - p), p);
		}
	}
	free(text);
	assert_int_equal(broken, 0);
	assert_int_equal(lines, 2 * NLINES);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_each_line_whole_when_two_processes_log_at_once),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
