/*
 * options.c - see cli.h: the options the commands share, parsed in one
 * place.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "ingest.h"
#include "job.h"
#include "tracker.h"
#include "cli.h"

/* Bytes of argv kept in the run row. */
#define ARGS_TEXT_MAX 4096

const char job_help[] =
    "  -o, --out DIR         published folder (default outputs/briefing)\n"
    "      --asof DATE       last day of the period, YYYY-MM-DD "
    "(default today)\n"
    "      --period P        day, week, month or all (default week)\n"
    "      --best RULE       latest, median or conservative "
    "(default latest)\n"
    "      --renderer R      cairo or gnuplot (default cairo)\n"
    "      --format LIST     chart formats: png,svg,pdf (default all)\n"
    "      --width PX        chart width in px at 96 dpi (default 960)\n"
    "      --dpi N           PNG resolution (default 96)\n"
    "      --keep-history    also keep a copy in HISTORY/ASOF\n"
    "      --history DIR     where --keep-history copies go "
    "(default OUT-history)\n"
    "      --redraw          draw and publish even when OUT already holds "
    "the\n                        briefing of the same claims and "
    "options\n"
    "      --stale-after DAYS  a source's figure older than DAYS before "
    "--asof is\n                        stale: listed, out of the range "
    "(default 90)\n"
    "      --outlier-factor F  a figure more than F times off the median of"
    " the\n                        other sources' (three or more) is an "
    "outlier: listed,\n                        out of the range (default "
    "20; 0: never)\n";

/*
 * A whole number in [lo, hi]; -1 after a message naming the option and
 * what it counts ("a number of seconds").
 */
static int
int_arg(const char *opt, const char *what, const char *s, int lo, int hi,
    int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < lo || v > hi) {
		warnx("--%s: '%s' is not %s (%d to %d)", opt, s, what, lo, hi);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* "png,svg" -> CHART_PNG | CHART_SVG; 0 after a message. */
static unsigned
formats_parse(const char *s)
{
	static const struct { const char *name; unsigned bit; } names[] = {
		{ "png", CHART_PNG }, { "svg", CHART_SVG }, { "pdf", CHART_PDF },
	};
	unsigned bits = 0;
	size_t i, n;

	while (*s) {
		n = strcspn(s, ",");
		for (i = 0; i < 3; i++)
			if (n == strlen(names[i].name) &&
			    strncmp(s, names[i].name, n) == 0)
				break;
		if (i == 3) {
			warnx("--format: '%.*s' is not png, svg or pdf", (int)n, s);
			return 0;
		}
		bits |= names[i].bit;
		s += n + (s[n] == ',');
	}
	if (bits == 0)
		warnx("--format: no format given");
	return bits;
}

/* --outlier-factor: 0 (never) or a factor in (1, OUTLIER_FACTOR_MAX];
 * 1 when set, -1 after a message. */
static int
outlier_arg(const char *s, double *f)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || isnan(v) ||
	    (v != 0 && (v <= 1 || v > OUTLIER_FACTOR_MAX))) {
		warnx("--outlier-factor: '%s' is not 0 or a factor above 1 "
		    "(e.g. 20)", s);
		return -1;
	}
	*f = v;
	return 1;
}

int
summary_opt(struct summary_opts *so, int key, const char *arg)
{
	int v;

	switch (key) {
	case OPT_ASOF:
		if (date_parse(arg, &so->asof) == -1) {
			warnx("--asof: '%s' is not a date (YYYY-MM-DD)", arg);
			return -1;
		}
		return 1;
	case OPT_PERIOD:
		if ((v = period_parse(arg)) < 0) {
			warnx("--period: '%s' is not day, week, month or all",
			    arg);
			return -1;
		}
		so->period = (enum period_kind)v;
		return 1;
	case OPT_BEST:
		if ((v = best_rule_parse(arg)) < 0) {
			warnx("--best: '%s' is not latest, median or "
			    "conservative", arg);
			return -1;
		}
		so->best = (enum best_rule)v;
		return 1;
	case OPT_STALE_AFTER:
		if (int_arg("stale-after", "a number of days", arg, 0,
		    STALE_AFTER_MAX, &v) == -1)
			return -1;
		so->stale_after = v;
		return 1;
	case OPT_OUTLIER_FACTOR:
		return outlier_arg(arg, &so->outlier_factor);
	}
	return 0;
}

void
summary_opts_measures(struct summary_opts *so, const struct tracker *tr)
{
	so->measures = tr->qm;
	so->nmeasures = tr->nq;
}

static int
renderer_opt(struct job_opts *o, const char *arg)
{
	if (strcmp(arg, "cairo") != 0 && strcmp(arg, "gnuplot") != 0) {
		warnx("--renderer: '%s' is not cairo or gnuplot", arg);
		return -1;
	}
	o->charts.renderer = strcmp(arg, "cairo") == 0 ? RENDERER_CAIRO :
	    RENDERER_GNUPLOT;
	return 1;
}

int
job_opt(struct job_opts *o, int c, const char *arg)
{
	switch (c) {
	case OPT_OUT:
		o->out = arg;
		return 1;
	case OPT_HISTORY:
		o->history = arg;
		return 1;
	case OPT_KEEP_HISTORY:
		o->keep_history = true;
		return 1;
	case OPT_REDRAW:
		o->redraw = true;
		return 1;
	case OPT_RENDERER:
		return renderer_opt(o, arg);
	case OPT_FORMAT:
		o->charts.formats = formats_parse(arg);
		return o->charts.formats == 0 ? -1 : 1;
	case OPT_WIDTH:
		return int_arg("width", "a width in px", arg, 320, 8000, &o->charts.width) == 0 ?
		    1 : -1;
	case OPT_DPI:
		return int_arg("dpi", "a resolution in dpi", arg, 48, 1200, &o->charts.dpi) == 0 ?
		    1 : -1;
	}
	return summary_opt(&o->sum, c, arg);
}

int
job_opts_check(const struct job_opts *o)
{
	long px = (long)o->charts.width * o->charts.dpi / 96;

	if ((o->charts.formats & CHART_PNG) && px > JOB_PNG_MAX_PX) {
		warnx("--width %d at --dpi %d makes PNG charts %ld px wide; "
		    "at most %d", o->charts.width, o->charts.dpi, px,
		    JOB_PNG_MAX_PX);
		return -1;
	}
	return 0;
}

#define TRACKER_TEXT_MAX ((size_t)1 << 20)	/* bytes of a tracker file */

int
tracker_choose(struct tracker_choice *tc, const char *path,
    struct store *st, int *db_error)
{
	size_t len;
	int had = 0;
	gchar *sum;

	memset(tc, 0, sizeof(*tc));
	*db_error = 0;
	if (path != NULL) {
		tc->text = config_read(path, TRACKER_TEXT_MAX, &len);
		tc->name = path;
	} else if (st != NULL &&
	    (had = store_tracker_get(st, &tc->text, tc->hash)) == -1) {
		*db_error = 1;
		return -1;
	} else if (had)		/* the built-in one, as stored by a run */
		tc->name = strcmp(tc->text, tracker_default_text()) == 0 ?
		    "built-in" : "stored";
	else {
		tc->text = xstrdup(tracker_default_text());
		tc->name = "built-in";
	}
	if (tc->text == NULL)
		return -1;
	tc->tr = tracker_parse(tc->text, path ? path : had ?
	    "the tracker stored in the database" : "default tracker");
	if (tc->tr == NULL) {
		tracker_choice_release(tc);
		return -1;
	}
	sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, tc->text, -1);
	snprintf(tc->hash, sizeof(tc->hash), "%s", sum);
	g_free(sum);
	return 0;
}

void
tracker_choice_release(struct tracker_choice *tc)
{
	tracker_free(tc->tr);
	free(tc->text);
	tc->tr = NULL;
	tc->text = NULL;
}

int
jobs_parse(const char *s, int *out)
{
	return int_arg("jobs", "a number of threads", s, 1, INGEST_JOBS_MAX,
	    out);
}

int
wait_parse(const char *s, int *out)
{
	return int_arg("wait", "a number of seconds", s, 0, INGEST_WAIT_MAX,
	    out);
}

/* The arguments as typed, for the run row; caller frees. */
char *
args_text(int argc, char **argv)
{
	struct strbuf sb;
	int i;

	strbuf_init(&sb, ARGS_TEXT_MAX);
	for (i = 1; i < argc; i++)
		if ((i > 1 && strbuf_addc(&sb, ' ') == -1) ||
		    strbuf_adds(&sb, argv[i]) == -1) {
			strbuf_adds(&sb, " ...");
			break;
		}
	return strbuf_detach(&sb, NULL);
}
