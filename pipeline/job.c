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

/* One measure's charts: what they show and where they go. */
struct job_measure {
	struct present_measure v;	/* which measure, which charts */
	struct chartset	 cs;		/* the charts' data */
	struct pdf_chart pdf[CHART_NKINDS]; /* draw arguments */
	char		 dir[PRESENT_STEM_LEN + 8]; /* "charts", or
					   "charts/STEM" */
};

/* Everything one publication holds while it is being written. */
struct job {
	const struct job_opts *o;	/* as asked */
	struct store	*st;		/* the caller's */
	struct present_opts po;		/* the tracker's words */
	char		*family;	/* headline measure, owned */
	struct summary	*sum;		/* aggregated claims */
	struct job_measure *ms;		/* the briefing's measures, in its
					   order (present_measures()) */
	size_t		 nms;
	struct briefing	 b;		/* the briefing's words */
	struct publication pub;		/* the folder being filled */
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
	size_t i;

	for (i = 0; i < j->nms; i++)
		chartset_release(&j->ms[i].cs);
	free(j->ms);
	summary_free(j->sum);
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
	stage_log("summary", t0, "%s to %s: %zu claim%s, %zu event%s, "
	    "%zu row%s, %zu article%s, %zu outlet%s",
	    period_name(j->o->sum.period), j->asof, j->sum->totals.claims,
	    plural_s(j->sum->totals.claims), j->sum->totals.events,
	    plural_s(j->sum->totals.events), j->sum->nrows,
	    plural_s(j->sum->nrows), j->sum->totals.articles,
	    plural_s(j->sum->totals.articles), j->sum->totals.outlets,
	    plural_s(j->sum->totals.outlets));
	return EXIT_OK;
}

/* How many charts a mask of kinds holds. */
static size_t
kinds_count(unsigned kinds)
{
	size_t n = 0;
	int k;

	for (k = 0; k < CHART_NKINDS; k++)
		n += (kinds & 1u << k) != 0;
	return n;
}

/* Measure jm's chart data, drawn into its folder of the publication. */
static int
job_measure_draw(struct job *j, struct job_measure *jm)
{
	char *dir;
	int rc;

	if (jm->v.kinds == 0)
		return EXIT_OK;
	present_charts(j->sum, &j->po, jm->v.m, &jm->cs);
	dir = publication_path(&j->pub, jm->dir);
	rc = render_chart_files(&jm->cs, &j->o->charts, dir, jm->v.kinds);
	free(dir);
	return rc;
}

/* Every measure's charts: the headline measure's in charts/, each
 * other's in charts/STEM/. Stops at the first that fails. */
static int
job_charts(struct job *j)
{
	double t0 = clock_now();
	struct present_measure *v;
	struct job_measure *jm;
	size_t i, drawn = 0;
	int rc = EXIT_OK;

	j->nms = present_measures(j->sum, &j->po, &v);
	j->ms = xcalloc(j->nms, sizeof(*j->ms));
	for (i = 0; i < j->nms; i++) {
		jm = &j->ms[i];
		jm->v = v[i];
		chartset_init(&jm->cs);
		snprintf(jm->dir, sizeof(jm->dir), "charts%s%s",
		    *jm->v.stem ? "/" : "", jm->v.stem);
	}
	free(v);
	for (i = 0; i < j->nms && rc == EXIT_OK; i++) {
		rc = job_measure_draw(j, &j->ms[i]);
		drawn += kinds_count(j->ms[i].v.kinds);
	}
	if (rc == EXIT_OK)
		stage_log("charts", t0, "%zu chart%s of %zu measure%s through %s",
		    drawn, plural_s(drawn), j->nms, plural_s(j->nms),
		    j->o->charts.renderer == RENDERER_GNUPLOT ? "gnuplot" :
		    "cairo");
	return rc;
}

/* The chart formats, in the order files are listed. */
static const struct {
	enum chart_format format;
	const char *ext;
} chart_formats[] = {
	{ CHART_PNG, "png" },
	{ CHART_SVG, "svg" },
	{ CHART_PDF, "pdf" },
};

/* The file of chart k of jm in the first of the formats asked for among
 * want, relative to the folder: "charts/casualties/range.png"; "" when
 * none of them is drawn. */
static char *
chart_file(const struct job *j, const struct job_measure *jm,
    enum chart_kind k, unsigned want, char *buf, size_t size)
{
	size_t f;

	buf[0] = '\0';
	for (f = 0; f < sizeof(chart_formats) / sizeof(*chart_formats); f++)
		if (want & j->o->charts.formats & chart_formats[f].format) {
			snprintf(buf, size, "%s/%s.%s", jm->dir, chart_name(k),
			    chart_formats[f].ext);
			break;
		}
	return buf;
}

/* Call fn with each chart file of jm, relative to the folder. */
static void
chart_files_foreach(const struct job *j, const struct job_measure *jm,
    void (*fn)(const char *file, void *arg), void *arg)
{
	char file[PRESENT_STEM_LEN + 64];
	size_t f;
	int k;

	for (k = 0; k < CHART_NKINDS; k++)
		for (f = 0; f < sizeof(chart_formats) / sizeof(*chart_formats);
		    f++)
			if (jm->v.kinds & 1u << k &&
			    *chart_file(j, jm, (enum chart_kind)k,
			    chart_formats[f].format, file, sizeof(file)))
				fn(file, arg);
}

/* Hand measure jm's charts to its section of the briefing: vectors for
 * the PDF, SVG for HTML, an image link (PNG, else SVG, else PDF) for
 * Markdown. */
static void
job_section(struct job *j, struct job_measure *jm)
{
	struct briefing_section *sec;
	char name[PRESENT_STEM_LEN + 64];
	int k;

	sec = briefing_add_section(&j->b, jm->v.label, *jm->v.note ?
	    jm->v.note : NULL, jm->dir, jm->v.kinds);
	for (k = 0; k < CHART_NKINDS && k < BRIEFING_CHART_COUNT; k++) {
		if (!(jm->v.kinds & 1u << k))
			continue;
		jm->pdf[k].cs = &jm->cs;
		jm->pdf[k].opts = &j->o->charts;
		jm->pdf[k].kind = (enum chart_kind)k;
		sec->charts[k].draw = pdf_chart_draw;
		sec->charts[k].height = pdf_chart_height;
		sec->charts[k].arg = &jm->pdf[k];
		briefing_set(&sec->charts[k].png_link, chart_file(j, jm,
		    (enum chart_kind)k, CHART_ALL_FORMATS, name, sizeof(name)));
		if (!(j->o->charts.formats & CHART_SVG))
			continue;
		chart_file(j, jm, (enum chart_kind)k, CHART_SVG, name,
		    sizeof(name));
		sec->charts[k].svg_path = publication_path(&j->pub, name);
	}
}

static void
job_chart_slots(struct job *j)
{
	size_t i;

	for (i = 0; i < j->nms; i++)
		job_section(j, &j->ms[i]);
}

static void
json_add_file(const char *file, void *arg)
{
	json_array_append_new(arg, json_string(file));
}

/*
 * Add to a measure of summary.json the files of its charts and the note
 * said instead of those it has not (summary_json_write()'s hook).
 */
static void
json_add_charts(json_t *m, void *arg)
{
	const struct job *j = arg;
	const char *family = json_string_value(json_object_get(m, "family"));
	const struct job_measure *jm = NULL;
	json_t *files = json_array();
	size_t k;

	for (k = 0; family != NULL && k < j->nms && jm == NULL; k++)
		if (j->ms[k].v.m != NULL &&
		    strcmp(j->ms[k].v.m->family, family) == 0)
			jm = &j->ms[k];
	if (jm != NULL)
		chart_files_foreach(j, jm, json_add_file, files);
	json_object_set_new(m, "charts", files);
	json_object_set_new(m, "chart_note", jm != NULL &&
	    *jm->v.note ? json_string(jm->v.note) : json_null());
}

/* summary.json, streamed (summary_json_write()). */
static int
job_json(struct job *j, const char *path)
{
	FILE *f = fopen(path, "w");
	int rc;

	if (f == NULL) {
		warnx("%s: cannot write", path);
		return -1;
	}
	rc = summary_json_write(j->sum, f, JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15), json_add_charts, j);
	if (fclose(f) != 0)
		rc = -1;
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
	    "claims.csv/.jsonl; %zu claim%s in the appendix", j->b.nappendix,
	    plural_s(j->b.nappendix));
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
 * build, the options, the tracker's text (its hash: an edited label
 * draws again) and the words that shape it, and the stored
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
	    " outlier factor %g; renderer %d; formats %u; width %d; dpi %d; tracker %s / %s / %s"
	    " / %s / text %s; articles %lld, newest %lld; claims %lld, newest %lld\n",
	    j->asof, (int)o->sum.period, (int)o->sum.best,
	    o->sum.stale_after, o->sum.outlier_factor, (int)o->charts.renderer, o->charts.formats, o->charts.width,
	    o->charts.dpi, o->tracker_name ? o->tracker_name : "",
	    j->po.title, j->po.subject ? j->po.subject : "",
	    j->family ? j->family : "",
	    o->tracker_hash ? o->tracker_hash : "",
	    e.articles, e.newest_article, e.claims, e.newest_claim);
	fingerprint_measures(&sb, &o->sum);
	return strbuf_detach(&sb, NULL);
}

/* Whether the regular file dir/name is there and not empty. */
static bool
file_present(const char *dir, const char *name)
{
	struct stat sb;
	gchar *path = g_build_filename(dir, name, NULL);
	bool there;

	there = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0;
	g_free(path);
	return there;
}

/* Whether every document of a briefing is in dir (none was removed). */
static bool
documents_present(const char *dir)
{
	bool all = true;
	size_t i;

	for (i = 0; all && i < sizeof(documents) / sizeof(*documents); i++)
		all = file_present(dir, documents[i].name);
	return all;
}

/* Each line of the fingerprint file after the fingerprint names a
 * published chart file. */
#define MADE_FROM_FILE	"file "

/*
 * Whether dir's fingerprint file says its briefing was made from fp and
 * every chart file it lists is still there: the published folder (or
 * its history copy) is whole and current.
 */
static bool
made_from(const char *dir, const char *fp)
{
	gchar *path = g_build_filename(dir, FINGERPRINT_FILE, NULL);
	gchar *buf = NULL, *line, *next;
	size_t n = strlen(fp);
	bool same;

	same = g_file_get_contents(path, &buf, NULL, NULL) &&
	    strncmp(buf, fp, n) == 0;
	for (line = same ? buf + n : NULL; same && *line != '\0';
	    line = next) {
		next = strchr(line, '\n');
		if (next == NULL)
			next = line + strlen(line);
		else
			*next++ = '\0';
		same = strncmp(line, MADE_FROM_FILE, strlen(MADE_FROM_FILE)) ==
		    0 && strstr(line, "..") == NULL &&
		    file_present(dir, line + strlen(MADE_FROM_FILE));
	}
	g_free(buf);
	g_free(path);
	return same;
}

/*
 * Whether the published folder already holds the briefing fp describes,
 * whole (and its history copy, when one is asked for): then the run has
 * nothing to draw again.
 */
static bool
job_current(const struct job *j, const char *fp)
{
	gchar *path;
	char *hist;
	bool same;

	if (fp == NULL || j->o->redraw)
		return false;
	same = made_from(j->o->out, fp) && documents_present(j->o->out);
	if (same && j->o->keep_history) {
		hist = history_dir(j->o);
		path = g_build_filename(hist, j->asof, NULL);
		same = made_from(path, fp);
		g_free(path);
		free(hist);
	}
	return same;
}

static void
stamp_add_file(const char *file, void *arg)
{
	strbuf_addf(arg, MADE_FROM_FILE "%s\n", file);
}

/* Write the fingerprint into the folder being filled, and after it the
 * chart files published, so that a run finds a missing one. */
static int
job_stamp(const struct job *j, const char *fp)
{
	GError *err = NULL;
	struct strbuf sb;
	char *path;
	size_t i;
	int rc = 0;

	if (fp == NULL)
		return 0;
	strbuf_init(&sb, (size_t)1 << 24);
	strbuf_adds(&sb, fp);
	for (i = 0; i < j->nms; i++)
		chart_files_foreach(j, &j->ms[i], stamp_add_file, &sb);
	path = publication_path(&j->pub, FINGERPRINT_FILE);
	if (!g_file_set_contents(path, sb.buf, -1, &err)) {
		warnx("%s", err->message);
		g_error_free(err);
		rc = -1;
	}
	free(path);
	strbuf_release(&sb);
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
