/*
 * render.c - render_charts() and render_chart_files(): create the
 * folder, then draw each chart asked for through the backend triple the
 * options name.
 */
#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "claimtrack.h"
#include "util.h"
#include "chart.h"
#include "chart_cairo.h"
#include "chart_gnuplot.h"

/* mkdir that accepts an existing directory. */
static int
dir_make1(const char *path)
{
	struct stat sb;

	if (mkdir(path, 0777) == 0)
		return 0;
	if (errno == EEXIST && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return 0;
	return -1;
}

/* mkdir -p path; reports its failure. */
static int
dir_make(const char *path)
{
	char *p = xstrdup(path), *s;
	int rc = 0;

	for (s = p + 1; rc == 0 && *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		rc = dir_make1(p);
		*s = '/';
	}
	if (rc == 0)
		rc = dir_make1(p);
	if (rc == -1)
		warn("%s", p);
	free(p);
	return rc;
}

/* Worst of two statuses: FATAL over USAGE over OK. */
static int
status_worst(int a, int b)
{
	return a > b ? a : b;
}

static int
charts_cairo(const struct chartset *cs, const struct chart_opts *o,
    const char *dir, unsigned kinds)
{
	struct chartcairo *r = chartcairo_new(o);
	struct strbuf base;
	int rc = EXIT_OK, k;

	for (k = 0; k < CHART_NKINDS; k++) {
		if (!(kinds & 1u << k))
			continue;
		strbuf_init(&base, 8192);
		if (strbuf_addf(&base, "%s/%s", dir, chart_name(k)) == -1)
			rc = status_worst(rc, EXIT_FATAL);
		else
			rc = status_worst(rc, chartcairo_render(r, k, cs,
			    base.buf));
		strbuf_release(&base);
	}
	chartcairo_free(r);
	return rc;
}

static int
charts_gnuplot(const struct chartset *cs, const struct chart_opts *o,
    const char *dir, unsigned kinds)
{
	struct chartgp *r = chartgp_new(o);
	struct strbuf base;
	int rc = EXIT_OK, k;

	if (r == NULL)
		return EXIT_USAGE;
	for (k = 0; k < CHART_NKINDS && rc != EXIT_USAGE; k++) {
		if (!(kinds & 1u << k))
			continue;
		strbuf_init(&base, 8192);
		if (strbuf_addf(&base, "%s/%s", dir, chart_name(k)) == -1)
			rc = status_worst(rc, EXIT_FATAL);
		else
			rc = status_worst(rc, chartgp_render(r, k, cs,
			    base.buf));
		strbuf_release(&base);
	}
	chartgp_free(r);
	return rc;
}

int
render_chart_files(const struct chartset *cs, const struct chart_opts *o,
    const char *dir, unsigned kinds)
{
	if (o->width < 320 || o->width > 10000 || o->dpi < 24 ||
	    o->dpi > 1200 || (o->formats & CHART_ALL_FORMATS) == 0) {
		warnx("charts: width must be 320 to 10000 px, dpi 24 to 1200, "
		    "and one format at least");
		return EXIT_USAGE;
	}
	if (dir_make(dir) == -1)
		return EXIT_FATAL;
	if (o->renderer == RENDERER_GNUPLOT)
		return charts_gnuplot(cs, o, dir, kinds);
	return charts_cairo(cs, o, dir, kinds);
}

int
render_charts(const struct chartset *cs, const struct chart_opts *o,
    const char *outdir)
{
	struct strbuf dir;
	int rc;

	strbuf_init(&dir, 8192);
	if (strbuf_addf(&dir, "%s/charts", outdir) == -1) {
		warnx("%s: path too long", outdir);
		return EXIT_FATAL;
	}
	rc = render_chart_files(cs, o, dir.buf, CHART_ALL_KINDS);
	strbuf_release(&dir);
	return rc;
}
