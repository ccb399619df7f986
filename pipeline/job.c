/*
 * job.c - see job.h.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "briefing.h"
#include "chart_embed.h"
#include "export.h"
#include "publish.h"
#include "report_pdf.h"
#include "report_text.h"
#include "progress.h"
#include "present.h"
#include "job.h"

/* Width in px at which charts are laid out before being scaled into the
 * PDF's text column: text then reads at about 9 pt. */
#define PDF_CHART_WIDTH 720.0

/* In the published folder: what its briefing was made from. */
#define FINGERPRINT_FILE ".claimtrack-made-from"

void
job_opts_defaults(struct job_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->out = "outputs/briefing";
	summary_opts_defaults(&o->sum);
	chart_opts_defaults(&o->charts);
}

/* What a briefing chart slot needs to draw its chart into the PDF. */
struct pdf_chart {
	const struct chartset *cs;
	const struct chart_opts *opts;	/* renderer and style */
	enum chart_kind kind;
};

/*
 * Lay the chart out at PDF_CHART_WIDTH, scaled to the box's width, and as
 * tall as the box allows: text keeps its size even when a chart is cut
 * to the rows that fit (the chart then says "k of n shown"). Drawn by
 * the run's renderer, so --renderer gnuplot puts gnuplot's charts in the
 * PDF too.
 */
static void
pdf_chart_draw(cairo_t *cr, double w, double h, void *arg)
{
	const struct pdf_chart *pc = arg;
	double cw = PDF_CHART_WIDTH, k = w / cw;
	double ch = fmin(chart_height(pc->kind, pc->cs, &pc->opts->style, cw),
	    h / k);

	cairo_scale(cr, k, k);
	chart_embed_draw(cr, pc->kind, pc->cs, pc->opts, cw, ch);
}

/* The height a chart needs in the PDF at width w: it grows with rows. */
static double
pdf_chart_height(double w, void *arg)
{
	const struct pdf_chart *pc = arg;

	return chart_height(pc->kind, pc->cs, &pc->opts->style,
	    PDF_CHART_WIDTH) *
	    w / PDF_CHART_WIDTH;
}

/* Everything one publication holds while it is being written. */
struct job {
	const struct job_opts *o;	/* as asked */
	struct store	*st;		/* the caller's */
	struct present_opts po;		/* the tracker's words */
	char		*family;	/* headline measure, owned */
	struct summary	*sum;		/* aggregated claims */
	struct chartset	 cs;		/* the charts' data */
	struct briefing	 b;		/* the briefing's words */
	struct publication pub;		/* the folder being filled */
	struct pdf_chart pdf[CHART_NKINDS]; /* draw arguments */
	char		 asof[DATE_LEN];
	char		 start[DATE_LEN]; /* "" for --period all */
	int64_t		*cited;		/* claims behind the figures */
	struct claim_scope scope;	/* what the appendix and exports list */
};

static void
job_init(struct job *j, struct store *st, const struct tracker *tr,
    const struct job_opts *o)
{
	const char *q = tr->nq > 0 ? tracker_measure_name(tr, tr->qdefault) :
	    NULL;

	memset(j, 0, sizeof(*j));
	j->o = o;
	j->st = st;
	j->family = q ? xstrdup(q) : NULL;
	j->po.title = tr->name ? tr->name : "tracked figures";
	j->po.subject = tr->subject;
	j->po.tracker = o->tracker_name;
	j->po.family = j->family;
	chartset_init(&j->cs);
	briefing_init(&j->b);
	date_format(o->sum.asof, j->asof);
}

/* The briefing's claims: the period's, and those its figures cite. */
static void
job_scope(struct job *j)
{
	if (j->sum->start != PERIOD_BEGINNING)
		date_format(j->sum->start, j->start);
	j->scope.start = j->start;
	j->scope.asof = j->asof;
	j->scope.ncited = present_cited(j->sum, &j->cited);
	j->scope.cited = j->cited;
}

static void
job_release(struct job *j)
{
	summary_free(j->sum);
	chartset_release(&j->cs);
	briefing_release(&j->b);
	publication_abort(&j->pub);
	free(j->family);
	free(j->cited);
}

static int
job_summary(struct job *j)
{
	double t0 = clock_now();

	if ((j->sum = summary_build(j->st, &j->o->sum)) == NULL)
		return EXIT_FATAL;
	stage_log("summary", t0, "%s to %s: %zu claims, %zu events, "
	    "%zu rows, %zu articles, %zu outlets",
	    period_name(j->o->sum.period), j->asof, j->sum->totals.claims,
	    j->sum->totals.events, j->sum->nrows, j->sum->totals.articles,
	    j->sum->totals.outlets);
	return EXIT_OK;
}

static int
job_charts(struct job *j)
{
	double t0 = clock_now();
	int rc;

	present_charts(j->sum, &j->po, &j->cs);
	rc = render_charts(&j->cs, &j->o->charts, j->pub.tmp);
	if (rc == EXIT_OK)
		stage_log("charts", t0, "4 charts through %s",
		    j->o->charts.renderer == RENDERER_GNUPLOT ? "gnuplot" :
		    "cairo");
	return rc;
}

/* Hand each chart to the briefing: vectors for the PDF, SVG for HTML. */
static void
job_chart_slots(struct job *j)
{
	char name[64];
	int k;

	for (k = 0; k < CHART_NKINDS && k < BRIEFING_CHART_COUNT; k++) {
		j->pdf[k].cs = &j->cs;
		j->pdf[k].opts = &j->o->charts;
		j->pdf[k].kind = (enum chart_kind)k;
		j->b.charts[k].draw = pdf_chart_draw;
		j->b.charts[k].height = pdf_chart_height;
		j->b.charts[k].arg = &j->pdf[k];
		if (!(j->o->charts.formats & CHART_SVG))
			continue;
		snprintf(name, sizeof(name), "charts/%s.svg",
		    chart_name((enum chart_kind)k));
		free(j->b.charts[k].svg_path);
		j->b.charts[k].svg_path = publication_path(&j->pub, name);
	}
}

static int
job_json(struct job *j, const char *path)
{
	json_t *doc = summary_to_json(j->sum);
	int rc = json_dump_file(doc, path, JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));

	json_decref(doc);
	if (rc != 0)
		warnx("%s: cannot write", path);
	return rc == 0 ? 0 : -1;
}

static int
write_pdf(struct job *j, const char *path)
{
	return report_pdf_write(&j->b, path) < 0 ? -1 : 0;
}

static int
write_md(struct job *j, const char *path)
{
	return report_md_write(&j->b, path);
}

static int
write_html(struct job *j, const char *path)
{
	return report_html_write(&j->b, path) < 0 ? -1 : 0;
}

static int
write_csv(struct job *j, const char *path)
{
	return export_claims_csv(j->st, &j->scope, path);
}

static int
write_jsonl(struct job *j, const char *path)
{
	return export_claims_jsonl(j->st, &j->scope, path);
}

/* The documents of a published folder and their writers (each reports
 * its own failure and returns -1). */
static const struct {
	const char *name;
	int	(*write)(struct job *, const char *path);
} documents[] = {
	{ "report.pdf", write_pdf },
	{ "summary.md", write_md },
	{ "summary.html", write_html },
	{ "summary.json", job_json },
	{ "claims.csv", write_csv },
	{ "claims.jsonl", write_jsonl },
};

static int
job_documents(struct job *j)
{
	double t0 = clock_now();
	char *path;
	size_t i;
	int rc;

	job_scope(j);
	/* the appendix and both exports list the same claims: select them
	 * once */
	if (store_scope_keep(j->st, &j->scope) == -1)
		return EXIT_FATAL;
	rc = present_briefing(j->sum, &j->po, j->st, &j->scope, &j->b);
	if (rc != -1)
		job_chart_slots(j);
	for (i = 0; rc != -1 && i < sizeof(documents) / sizeof(*documents);
	    i++) {
		path = publication_path(&j->pub, documents[i].name);
		rc = documents[i].write(j, path);
		free(path);
	}
	store_scope_drop(j->st, &j->scope);
	if (rc == -1)
		return EXIT_FATAL;
	stage_log("report", t0, "report.pdf, summary.md/.html/.json, "
	    "claims.csv/.jsonl; %zu claims in the appendix", j->b.nappendix);
	fprintf(stderr, "claimtrack: headline: %s\n", j->b.headline);
	return EXIT_OK;
}

/* Default history folder: OUT-history beside OUT. */
/* Where --keep-history copies go: --history, else OUT-history. */
static char *
history_dir(const struct job_opts *o)
{
	size_t n = strlen(o->out) + sizeof("-history");
	char *dir;

	if (o->history)
		return xstrdup(o->history);
	dir = xmalloc(n);
	snprintf(dir, n, "%s-history", o->out);
	return dir;
}

static int
job_keep(struct job *j)
{
	char *dir;
	int rc;

	if (!j->o->keep_history)
		return 0;
	dir = history_dir(j->o);
	rc = publication_keep(&j->pub, dir, j->asof);
	free(dir);
	return rc;
}

/*
 * The running program's build: the size and modification time of its
 * executable, so that a rebuilt or upgraded claimtrack draws again even
 * when its version string is the same.
 */
static void
program_build(struct strbuf *sb)
{
	struct stat st;

	if (stat("/proc/self/exe", &st) == 0)
		strbuf_addf(sb, " (build %lld/%lld.%09ld)", (long long)st.st_size,
		    (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

/* The tracker's measures, which shape every comparison. */
static void
fingerprint_measures(struct strbuf *sb, const struct summary_opts *so)
{
	const struct quantity_measure *m;
	size_t i;

	for (i = 0; i < so->nmeasures; i++) {
		m = &so->measures[i];
		strbuf_addf(sb, "measure %s: %s / %s / %s\n", m->quantity,
		    m->measure, m->label, m->projection_of ?
		    m->projection_of : "");
	}
}

/*
 * What the briefing is made from, as one line: the program and its
 * build, the options and tracker words that shape it, and the stored
 * articles and claims (counts and newest ids: rows are only added, and
 * claims extracted again get new ids). The same line means the same
 * briefing, but for the time it was generated. NULL on a database error.
 */
static char *
job_fingerprint(const struct job *j)
{
	const struct job_opts *o = j->o;
	struct store_extent e;
	struct strbuf sb;

	if (store_extent(j->st, &e) == -1)
		return NULL;
	strbuf_init(&sb, 4096);
	strbuf_addf(&sb, "claimtrack %s", CLAIMTRACK_VERSION);
	program_build(&sb);
	strbuf_addf(&sb, "; asof %s; period %d; best %d; stale after %d;"
	    " renderer %d; formats %u; width %d; dpi %d; tracker %s / %s / %s"
	    " / %s; articles %lld, newest %lld; claims %lld, newest %lld\n",
	    j->asof, (int)o->sum.period, (int)o->sum.best,
	    o->sum.stale_after, (int)o->charts.renderer, o->charts.formats, o->charts.width,
	    o->charts.dpi, o->tracker_name ? o->tracker_name : "",
	    j->po.title, j->po.subject ? j->po.subject : "",
	    j->family ? j->family : "",
	    e.articles, e.newest_article, e.claims, e.newest_claim);
	fingerprint_measures(&sb, &o->sum);
	return strbuf_detach(&sb, NULL);
}

/* Whether the file at path holds exactly text. */
static bool
file_holds(const char *path, const char *text)
{
	gchar *buf = NULL;
	gsize len = 0;
	bool same;

	same = g_file_get_contents(path, &buf, &len, NULL) &&
	    len == strlen(text) && memcmp(buf, text, len) == 0;
	g_free(buf);
	return same;
}

/* Whether every document of a briefing is in dir (none was removed). */
static bool
documents_present(const char *dir)
{
	struct stat sb;
	gchar *path;
	bool all = true;
	size_t i;

	for (i = 0; all && i < sizeof(documents) / sizeof(*documents); i++) {
		path = g_build_filename(dir, documents[i].name, NULL);
		all = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    sb.st_size > 0;
		g_free(path);
	}
	return all;
}

/*
 * Whether the published folder already holds the briefing fp describes,
 * whole (and its history copy, when one is asked for): then the run has
 * nothing to draw again.
 */
static bool
job_current(const struct job *j, const char *fp)
{
	gchar *path, *hist;
	bool same;

	if (fp == NULL || j->o->redraw)
		return false;
	path = g_build_filename(j->o->out, FINGERPRINT_FILE, NULL);
	same = file_holds(path, fp) && documents_present(j->o->out);
	g_free(path);
	if (same && j->o->keep_history) {
		hist = history_dir(j->o);
		path = g_build_filename(hist, j->asof, FINGERPRINT_FILE, NULL);
		same = file_holds(path, fp);
		g_free(path);
		free(hist);
	}
	return same;
}

/* Write the fingerprint into the folder being filled. */
static int
job_stamp(const struct job *j, const char *fp)
{
	GError *err = NULL;
	char *path;
	int rc = 0;

	if (fp == NULL)
		return 0;
	path = publication_path(&j->pub, FINGERPRINT_FILE);
	if (!g_file_set_contents(path, fp, -1, &err)) {
		warnx("%s", err->message);
		g_error_free(err);
		rc = -1;
	}
	free(path);
	return rc;
}

int
job_publish(struct store *st, const struct tracker *tr,
    const struct job_opts *o)
{
	struct job j;
	double t0 = clock_now();
	char *fp;
	int rc;

	job_init(&j, st, tr, o);
	fp = job_fingerprint(&j);
	if (job_current(&j, fp)) {
		stage_log("publish", t0, "%s is current: nothing new since it "
		    "was published (--redraw draws it again)", o->out);
		free(fp);
		job_release(&j);
		return EXIT_OK;
	}
	rc = job_summary(&j);
	if (rc == EXIT_OK && publication_begin(&j.pub, o->out) == -1)
		rc = EXIT_FATAL;
	if (rc == EXIT_OK)
		rc = job_charts(&j);
	if (rc == EXIT_OK)
		rc = job_documents(&j);
	t0 = clock_now();
	if (rc == EXIT_OK && job_stamp(&j, fp) == -1)
		rc = EXIT_FATAL;
	free(fp);
	if (rc == EXIT_OK && (job_keep(&j) == -1 ||
	    publication_commit(&j.pub) == -1))
		rc = EXIT_FATAL;
	if (rc == EXIT_OK)
		stage_log("publish", t0, "%s", o->out);
	job_release(&j);
	return rc;
}
