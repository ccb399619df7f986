/*
 * chart_gnuplot.c - see chart_gnuplot.h: the backend triple, the pipe to
 * gnuplot, and the frame (terminals, margins, title) of every script.
 */
#define _GNU_SOURCE	/* pipe2 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "claimtrack.h"
#include "util.h"
#include "chart_gnuplot.h"
#include "gpscript.h"
#include "textfmt.h"

#define SCRIPT_MAX	(8u << 20)	/* bytes of one chart's script */
#define GP_NOT_FOUND	"gnuplot not found; install gnuplot-nox or use " \
			"--renderer cairo"

struct chartgp {
	const struct chart_opts *opts;	/* borrowed */
	char	*command;		/* shell-quoted gnuplot command */
};

/* Is cmd an executable file, or (without '/') one on PATH? */
static int
command_exists(const char *cmd)
{
	const char *path = getenv("PATH"), *p, *end;
	struct strbuf sb;
	int found = 0;

	if (*cmd == '\0')
		return 0;
	if (strchr(cmd, '/') != NULL)
		return access(cmd, X_OK) == 0;
	for (p = path ? path : ""; !found && *p != '\0'; p = *end ? end + 1 :
	    end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		strbuf_init(&sb, 8192);
		if (strbuf_add(&sb, p, (size_t)(end - p)) == 0 &&
		    strbuf_addf(&sb, "/%s", cmd) == 0)
			found = access(sb.buf, X_OK) == 0;
		strbuf_release(&sb);
	}
	return found;
}

struct chartgp *
chartgp_new(const struct chart_opts *opts)
{
	struct chartgp *r;
	struct strbuf sb;
	const char *p;

	if (opts->gnuplot == NULL || !command_exists(opts->gnuplot)) {
		warnx(GP_NOT_FOUND);
		return NULL;
	}
	strbuf_init(&sb, 8192);
	strbuf_addc(&sb, '\'');
	for (p = opts->gnuplot; *p != '\0'; p++)
		if (*p == '\'')
			strbuf_adds(&sb, "'\\''");
		else
			strbuf_addc(&sb, *p);
	if (strbuf_adds(&sb, "' -") == -1) {
		strbuf_release(&sb);
		warnx("%s: command too long", opts->gnuplot);
		return NULL;
	}
	r = xcalloc(1, sizeof(*r));
	r->opts = opts;
	r->command = strbuf_detach(&sb, NULL);
	return r;
}

void
chartgp_free(struct chartgp *r)
{
	if (r == NULL)
		return;
	free(r->command);
	free(r);
}

/*
 * How long one gnuplot may take, in seconds: GP_TIMEOUT_DEFAULT, or
 * $CLAIMTRACK_CHILD_TIMEOUT when it is a positive number (the tests
 * lower it). A gnuplot that never exits must not hold the database's
 * lock forever.
 */
#define GP_TIMEOUT_DEFAULT 60.0
#define GP_TIMED_OUT	(-2)	/* gnuplot_run: killed at the deadline */

static double
child_timeout(void)
{
	const char *s = getenv("CLAIMTRACK_CHILD_TIMEOUT");
	char *end;
	double t;

	if (s == NULL || *s == '\0')
		return GP_TIMEOUT_DEFAULT;
	t = strtod(s, &end);
	return *end == '\0' && t > 0 && t <= 86400 ? t : GP_TIMEOUT_DEFAULT;
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Start sh -c command in a process group of its own, its stdin the read
 * end of a pipe; the pid, *wfd the write end (non-blocking), or -1. */
static pid_t
child_start(const char *command, int *wfd)
{
	int p[2];
	pid_t pid;

	if (pipe2(p, O_CLOEXEC) == -1)
		return -1;
	if ((pid = fork()) == -1) {
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (pid == 0) {
		setpgid(0, 0);	/* so a kill reaches gnuplot under sh */
		if (dup2(p[0], STDIN_FILENO) == -1)
			_exit(127);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	setpgid(pid, pid);	/* both sides, whichever runs first */
	close(p[0]);
	fcntl(p[1], F_SETFL, O_NONBLOCK);
	*wfd = p[1];
	return pid;
}

/* Write all of buf to the non-blocking fd before the deadline: 0, -1 on
 * an error (EPIPE when the child stopped reading), GP_TIMED_OUT. */
static int
write_by(int fd, const char *buf, size_t len, double deadline)
{
	struct pollfd pfd = { .fd = fd, .events = POLLOUT };
	double left;
	ssize_t n;

	while (len > 0) {
		if ((left = deadline - now_s()) <= 0)
			return GP_TIMED_OUT;
		if (poll(&pfd, 1, (int)(left * 1000) + 1) == -1 &&
		    errno != EINTR)
			return -1;
		n = write(fd, buf, len);
		if (n > 0) {
			buf += n;
			len -= (size_t)n;
		} else if (n == -1 && errno != EAGAIN && errno != EINTR)
			return -1;
	}
	return 0;
}

/* Wait for pid until the deadline: its wait status, or GP_TIMED_OUT. */
static int
wait_by(pid_t pid, double deadline)
{
	struct timespec tick = { 0, 10 * 1000 * 1000 };
	int status;
	pid_t got;

	for (;;) {
		got = waitpid(pid, &status, WNOHANG);
		if (got == pid)
			return status;
		if (got == -1 && errno != EINTR)
			return -1;
		if (now_s() >= deadline)
			return GP_TIMED_OUT;
		nanosleep(&tick, NULL);
	}
}

/*
 * Feed script to one gnuplot process, killing its process group when it
 * takes longer than child_timeout(). Returns its wait status, -1 when it
 * could not be run or fed, GP_TIMED_OUT when it was killed.
 */
static int
gnuplot_run(const char *command, const char *script, size_t len)
{
	struct sigaction ign, old;
	double deadline = now_s() + child_timeout();
	int status, werr, fd;
	pid_t pid;

	/* a gnuplot that dies early must not kill us with SIGPIPE */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	if ((pid = child_start(command, &fd)) == -1) {
		sigaction(SIGPIPE, &old, NULL);
		return -1;
	}
	werr = write_by(fd, script, len, deadline);
	close(fd);
	status = werr == GP_TIMED_OUT ? GP_TIMED_OUT : wait_by(pid, deadline);
	if (status == GP_TIMED_OUT) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
		while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
			;
	}
	sigaction(SIGPIPE, &old, NULL);
	if (werr == -1 && status == 0)
		status = -1;
	return status;
}

/* Run the script in sb (released) for base; the status to return. */
static int
script_run(struct chartgp *r, struct strbuf *sb, int built, const char *base)
{
	int status;

	if (built == -1) {
		strbuf_release(sb);
		warnx("%s: gnuplot script larger than %u bytes", base,
		    SCRIPT_MAX);
		return EXIT_FATAL;
	}
	status = gnuplot_run(r->command, sb->buf, sb->len);
	strbuf_release(sb);
	if (status == GP_TIMED_OUT) {
		warnx("%s: gnuplot did not finish within %g s; killed it",
		    base, child_timeout());
		return EXIT_FATAL;
	}
	if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		warnx(GP_NOT_FOUND);
		return EXIT_USAGE;
	}
	if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		warnx("%s: gnuplot failed (status %d)", base,
		    status == -1 ? -1 : WIFEXITED(status) ?
		    WEXITSTATUS(status) : 128 + WTERMSIG(status));
		return EXIT_FATAL;
	}
	return EXIT_OK;
}

int
chartgp_render(struct chartgp *r, enum chart_kind k,
    const struct chartset *cs, const char *base)
{
	struct strbuf sb;

	strbuf_init(&sb, SCRIPT_MAX);
	return script_run(r, &sb, chartgp_script(&sb, k, cs, r->opts, base),
	    base);
}

int
chartgp_render_pdf(struct chartgp *r, enum chart_kind k,
    const struct chartset *cs, const char *base, double w, double h)
{
	struct strbuf sb;

	strbuf_init(&sb, SCRIPT_MAX);
	return script_run(r, &sb, chartgp_script_pdf(&sb, k, cs, r->opts,
	    base, w, h), base);
}

int
gp_quote(struct strbuf *sb, const char *s, size_t max_chars)
{
	char clean[4096];
	const char *p;
	int rc;

	textfmt_truncate(s ? s : "", max_chars, clean, sizeof(clean));
	rc = strbuf_addc(sb, '\'');
	for (p = clean; rc == 0 && *p != '\0'; p++)
		rc = *p == '\'' ? strbuf_adds(sb, "''") : strbuf_addc(sb, *p);
	return rc == 0 ? strbuf_addc(sb, '\'') : -1;
}
