/*
 * test_spawn.h - run the program under test as a child, its stdout and
 * stderr kept in files, and measure it: exit status, whether a signal
 * ended it, its peak resident set size and its wall time. For the tests
 * that feed the built program bad inputs and broken databases.
 */
#ifndef TEST_SPAWN_H
#define TEST_SPAWN_H

#include <spawn.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include "testutil.h"
#include "util.h"

extern char **environ;

/* What one child run did; out and err are owned (spawn_release()). */
struct spawn_result {
	int	 exited;	/* 1 when it exited, 0 when a signal ended it */
	int	 status;	/* exit status, or the signal number */
	long	 maxrss_kb;	/* peak resident set size, KiB (wait4) */
	double	 seconds;	/* wall time */
	char	*out;		/* its stdout */
	char	*err;		/* its stderr */
};

static inline double
spawn_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Read a captured stream back (up to 16 MiB); "" when missing. */
static inline char *
spawn_slurp(const char *path)
{
	size_t len;
	char *s;

	s = file_read(path, (size_t)16 << 20, &len);
	return s != NULL ? s : xstrdup("");
}

/*
 * Run argv (argv[0] is the program path) with stdout and stderr going to
 * OUTDIR/out and OUTDIR/err, wait for it with wait4() and fill r (its
 * stderr without the times at the line starts: log_unstamp()).
 * Fails the test when the child cannot be started.
 */
static inline void
spawn_run(char *const argv[], const char *outdir, struct spawn_result *r)
{
	char outp[512], errp[512];
	posix_spawn_file_actions_t fa;
	struct rusage ru;
	pid_t pid;
	int ws;
	double t0;

	snprintf(outp, sizeof(outp), "%s/out", outdir);
	snprintf(errp, sizeof(errp), "%s/err", outdir);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, outp,
	    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_addopen(&fa, 2, errp,
	    O_WRONLY | O_CREAT | O_TRUNC, 0644);
	t0 = spawn_now();
	assert_int_equal(posix_spawn(&pid, argv[0], &fa, NULL, argv, environ),
	    0);
	posix_spawn_file_actions_destroy(&fa);
	assert_int_equal(wait4(pid, &ws, 0, &ru), pid);
	r->seconds = spawn_now() - t0;
	r->exited = WIFEXITED(ws);
	r->status = r->exited ? WEXITSTATUS(ws) : WTERMSIG(ws);
	r->maxrss_kb = ru.ru_maxrss;
	r->out = spawn_slurp(outp);
	r->err = log_unstamp(spawn_slurp(errp));
}

static inline void
spawn_release(struct spawn_result *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

/* Lines of text that contain needle. */
static inline size_t
lines_containing(const char *text, const char *needle)
{
	const char *p = text, *eol, *hit;
	size_t n = 0;

	while (*p != '\0') {
		eol = strchr(p, '\n');
		if (eol == NULL)
			eol = p + strlen(p);
		hit = strstr(p, needle);
		if (hit != NULL && hit < eol)
			n++;
		p = *eol == '\n' ? eol + 1 : eol;
	}
	return n;
}

/* Lines of text (each ends with '\n'). */
static inline size_t
line_count(const char *text)
{
	size_t n = 0;

	for (; *text != '\0'; text++)
		n += *text == '\n';
	return n;
}

/* Peak RSS the child may reach: sanitizer shadow memory costs more. */
#if defined(__SANITIZE_ADDRESS__)
#define SPAWN_RSS_SCALE 3
#else
#define SPAWN_RSS_SCALE 1
#endif

#endif
