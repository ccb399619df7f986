/*
 * chart_gnuplot.c - see chart_gnuplot.h: the backend triple, the pipe to
 * gnuplot, and the frame (terminals, margins, title) of every script.
 */
#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
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

/* Feed script to one gnuplot process; returns its wait status or -1. */
static int
gnuplot_run(const char *command, const char *script, size_t len)
{
	struct sigaction ign, old;
	FILE *fp;
	int status, werr;

	/* a gnuplot that dies early must not kill us with SIGPIPE */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	fp = popen(command, "w");
	if (fp == NULL) {
		sigaction(SIGPIPE, &old, NULL);
		return -1;
	}
	werr = fwrite(script, 1, len, fp) != len;
	status = pclose(fp);
	sigaction(SIGPIPE, &old, NULL);
	if (werr && status == 0)
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
