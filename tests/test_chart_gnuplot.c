/*
 * test_chart_gnuplot.c - the gnuplot renderer: gnuplot accepts every
 * generated script (exit status 0), writes the same files as cairo,
 * cannot be steered by a hostile source name, a missing gnuplot is a
 * clear usage error (exit 2), never a hang, and the timeline sends it
 * only the window's points, one a day.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cairo.h>

#include "testutil.h"
#include "chart.h"
#include "chart_gnuplot.h"
#include "chart_cairo.h"
#include "gpscript.h"
#include "chart_sample.h"
#include "palette.h"

#define GP_MISSING "gnuplot not found; install gnuplot-nox or use " \
	"--renderer cairo"

static int
file_exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && sb.st_size > 0;
}

static double
ms_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Render cs with gnuplot into dir; assert the twelve files exist. */
static void
gnuplot_all(const struct chartset *cs, const char *dir)
{
	static const char *const files[] = { "range", "timeline", "matrix",
	    "changes" };
	static const char *const ext[] = { "png", "svg", "pdf" };
	struct chart_opts o;
	char path[512];
	size_t i, j;

	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	assert_int_equal(render_charts(cs, &o, dir), EXIT_OK);
	for (i = 0; i < 4; i++)
		for (j = 0; j < 3; j++) {
			snprintf(path, sizeof(path), "%s/charts/%s.%s", dir,
			    files[i], ext[j]);
			if (!file_exists(path))
				fail_msg("%s not written", path);
		}
}

static void
should_run_all_four_scripts_with_exit_status_0(void **state)
{
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *png;
	double t;

	(void)state;
	sample_fill(&cs);
	t = ms_now();
	gnuplot_all(&cs, "build/test-charts/gnuplot");
	printf("# gnuplot: 4 charts x 3 formats in %.0f ms\n", ms_now() - t);
	png = cairo_image_surface_create_from_png(
	    "build/test-charts/gnuplot/charts/range.png");
	assert_int_equal(cairo_surface_status(png), CAIRO_STATUS_SUCCESS);
	assert_int_equal(cairo_image_surface_get_width(png), 960);
	chartstyle_defaults(&st);
	assert_int_equal(cairo_image_surface_get_height(png),
	    (int)chart_height(CHART_RANGE, &cs, &st, 960));
	cairo_surface_destroy(png);
	chartset_release(&cs);
}

static void
should_quote_every_text_for_gnuplot(void **state)
{
	static const struct {
		const char *in;
		const char *want;
	} rows[] = {
		{ "Ukraine", "'Ukraine'" },
		{ "it's", "'it''s'" },
		{ "x\" ; system \"touch x", "'x\" ; system \"touch x'" },
		{ "a\nb\\", "'a b\\'" },
		{ "'; system('ls'); '", "'''; system(''ls''); '''" },
		{ "", "''" },
	};
	struct strbuf sb;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		strbuf_init(&sb, 1024);
		assert_int_equal(gp_quote(&sb, rows[i].in, 100), 0);
		assert_string_equal(sb.buf, rows[i].want);
		strbuf_release(&sb);
	}
}

static void
should_not_let_a_source_name_run_commands(void **state)
{
	static const char *const names[] = {
		"x\" ; system \"touch build/test-charts/pwned-1",
		"x' ; system 'touch build/test-charts/pwned-2' ; '",
		"x\nsystem 'touch build/test-charts/pwned-3'\nEOD",
		"@x `touch build/test-charts/pwned-4` \\",
	};
	struct chartset cs;

	(void)state;
	unlink("build/test-charts/pwned-1");
	unlink("build/test-charts/pwned-2");
	unlink("build/test-charts/pwned-3");
	unlink("build/test-charts/pwned-4");
	sample_sources(&cs, 4, names, (double[]){ 3000, 10000, 11000, 12000 });
	gnuplot_all(&cs, "build/test-charts/gnuplot-hostile");
	assert_false(file_exists("build/test-charts/pwned-1"));
	assert_false(access("build/test-charts/pwned-1", F_OK) == 0);
	assert_false(access("build/test-charts/pwned-2", F_OK) == 0);
	assert_false(access("build/test-charts/pwned-3", F_OK) == 0);
	assert_false(access("build/test-charts/pwned-4", F_OK) == 0);
	chartset_release(&cs);
}

/* Run render_charts with stderr captured into buf; return its status. */
static int
render_capturing(const struct chartset *cs, const struct chart_opts *o,
    char *buf, size_t n)
{
	int saved = dup(STDERR_FILENO), fd, rc;
	ssize_t got;

	fflush(stderr);
	fd = open("build/test-charts/stderr.txt", O_RDWR | O_CREAT | O_TRUNC,
	    0644);
	assert_true(fd >= 0);
	dup2(fd, STDERR_FILENO);
	rc = render_charts(cs, o, "build/test-charts/missing");
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	lseek(fd, 0, SEEK_SET);
	got = read(fd, buf, n - 1);
	buf[got > 0 ? got : 0] = '\0';
	close(fd);
	return rc;
}

static void
should_fail_with_usage_status_when_gnuplot_is_missing(void **state)
{
	struct chart_opts o;
	struct chartset cs;
	char err[1024], *path;

	(void)state;
	sample_fill(&cs);
	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	o.gnuplot = "claimtrack-test-no-such-gnuplot";
	assert_int_equal(render_capturing(&cs, &o, err, sizeof(err)),
	    EXIT_USAGE);
	assert_non_null(strstr(err, GP_MISSING));
	/* the default command with a PATH that lacks gnuplot */
	path = xstrdup(getenv("PATH"));
	setenv("PATH", "/nonexistent", 1);
	o.gnuplot = "gnuplot";
	assert_int_equal(render_capturing(&cs, &o, err, sizeof(err)),
	    EXIT_USAGE);
	setenv("PATH", path, 1);
	free(path);
	assert_non_null(strstr(err, GP_MISSING));
	/* a command that exists but cannot run gnuplot: exec fails, 127 */
	o.gnuplot = "build/test-charts/fake-gnuplot";
	assert_true(system("printf '#!/bin/sh\\nexit 127\\n' > "
	    "build/test-charts/fake-gnuplot && chmod +x "
	    "build/test-charts/fake-gnuplot") == 0);
	assert_int_equal(render_capturing(&cs, &o, err, sizeof(err)),
	    EXIT_USAGE);
	assert_non_null(strstr(err, GP_MISSING));
	chartset_release(&cs);
}

static void
should_report_a_failing_gnuplot_without_hanging(void **state)
{
	struct chart_opts o;
	struct chartset cs;
	char err[1024];

	(void)state;
	sample_fill(&cs);
	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	/* exits at once without reading: the pipe must not block or kill */
	o.gnuplot = "false";
	assert_int_equal(render_capturing(&cs, &o, err, sizeof(err)),
	    EXIT_FATAL);
	assert_non_null(strstr(err, "gnuplot failed (status 1)"));
	chartset_release(&cs);
}

static void
should_draw_degenerate_periods_with_gnuplot(void **state)
{
	static const char *const one[] = { "Ukraine" };
	static const char *const two[] = { "Ukraine", "Hoax" };
	static const char *const same[] = { "A", "B", "C" };
	char name[201];
	const char *longname[2] = { name, "Ukraine" };
	struct chartset cs;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	gnuplot_all(&cs, "build/test-charts/gp-empty");
	chartset_release(&cs);
	sample_sources(&cs, 1, one, (double[]){ 12000 });
	gnuplot_all(&cs, "build/test-charts/gp-one");
	chartset_release(&cs);
	sample_sources(&cs, 2, two, (double[]){ 3000, 1e9 });
	gnuplot_all(&cs, "build/test-charts/gp-billion");
	chartset_release(&cs);
	sample_sources(&cs, 3, same, (double[]){ 5000, 5000, 5000 });
	gnuplot_all(&cs, "build/test-charts/gp-equal");
	chartset_release(&cs);
	memset(name, 'W', 200);
	name[200] = '\0';
	sample_sources(&cs, 2, longname, (double[]){ 4000, 12000 });
	gnuplot_all(&cs, "build/test-charts/gp-long");
	chartset_release(&cs);
}

/* The gnuplot script of the timeline of cs; caller frees. */
static char *
timeline_script(const struct chartset *cs)
{
	struct chart_opts o;
	struct strbuf sb;

	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	o.formats = CHART_PNG;
	strbuf_init(&sb, 1 << 20);
	assert_int_equal(chartgp_script(&sb, CHART_TIMELINE, cs, &o,
	    "timeline"), 0);
	return strbuf_detach(&sb, NULL);
}

/* Is there a pixel of colour c within r px of (x, y) in the PNG? */
static int
png_color_near(cairo_surface_t *png, double x, double y, double r,
    unsigned long c)
{
	unsigned char *data = cairo_image_surface_get_data(png);
	int stride = cairo_image_surface_get_stride(png);
	double dx, dy;
	uint32_t px;

	for (dy = -r; dy <= r; dy++)
		for (dx = -r; dx <= r; dx++) {
			memcpy(&px, data + (int)(y + dy) * stride +
			    (int)(x + dx) * 4, 4);
			if ((px & 0xffffff) == c)
				return 1;
		}
	return 0;
}

static void
should_give_gnuplot_only_the_window_one_point_a_day(void **state)
{
	long ws = sample_window_start(), d23 = sample_day(10, 23);
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *png;
	struct rgb rgb;
	unsigned long ukraine;
	char *script, want[256];
	double x, y;
	int pt;

	(void)state;
	/* the window: Ukraine's block starts with 4,000 carried to its edge
	 * (no marker: every ::1); 40,000 of before it is not sent */
	sample_window(&cs);
	script = timeline_script(&cs);
	/* each point with its marker (filled: none is a bound) and no
	 * outline flag */
	pt = gp_point(palette_marker(chartset_slot(&cs, "Ukraine")), 1);
	snprintf(want, sizeof(want), "$s0 << EOD\n%ld 4000 %d 0\n%ld 10000 "
	    "%d 0\n%ld 12000 %d 0\nEOD\n", ws, pt, ws + 20, pt, ws + 40, pt);
	assert_non_null(strstr(script, want));
	assert_null(strstr(script, "40000"));
	assert_non_null(strstr(script, "$s0 using 1:2:3 every ::1 with "
	    "points"));
	assert_non_null(strstr(script, "'week of 21–27 Oct 2024 · as of 31 Oct "
	    "2024 · last 13 weeks'"));
	free(script);
	/* drawn: Ukraine's marker at 10,000, none at the edge */
	gnuplot_all(&cs, "build/test-charts/gp-window");
	png = cairo_image_surface_create_from_png(
	    "build/test-charts/gp-window/charts/timeline.png");
	assert_int_equal(cairo_surface_status(png), CAIRO_STATUS_SUCCESS);
	chartstyle_defaults(&st);
	timeline_layout(&cs, &st, 960, cairo_image_surface_get_height(png),
	    &lay);
	rgb = palette_color(chartset_slot(&cs, "Ukraine"));
	ukraine = (unsigned long)lround(rgb.r * 255) << 16 |
	    (unsigned long)lround(rgb.g * 255) << 8 |
	    (unsigned long)lround(rgb.b * 255);
	x = axis_map(&lay.xaxis, (double)(ws + 20), lay.x0, lay.x1);
	y = axis_map(&lay.yaxis, 10000, lay.y1, lay.y0);
	assert_true(png_color_near(png, x, y, 2, ukraine));
	x = axis_map(&lay.xaxis, (double)ws, lay.x0, lay.x1);
	y = axis_map(&lay.yaxis, 4000, lay.y1, lay.y0);
	assert_false(png_color_near(png, x - 4, y, 1, ukraine));
	cairo_surface_destroy(png);
	chartset_release(&cs);
	/* three figures of one day: only the day's last reaches gnuplot */
	sample_same_day(&cs);
	script = timeline_script(&cs);
	pt = gp_point(palette_marker(chartset_slot(&cs,
	    cs.series[0].source)), 1);
	snprintf(want, sizeof(want), "$s0 << EOD\n%ld 6000 %d 0\n%ld 6000 "
	    "%d 0\n%ld 6000 %d 0\nEOD\n", d23 - 3, pt, d23, pt, d23 + 3, pt);
	assert_non_null(strstr(script, want));
	assert_non_null(strstr(script, "set xlabel 'claim date'"));
	free(script);
	chartset_release(&cs);
}

/* The gnuplot PNG of chart k of cs, drawn into dir; caller destroys. */
static cairo_surface_t *
gnuplot_png(const struct chartset *cs, const char *dir, const char *name)
{
	cairo_surface_t *png;
	char path[512];

	gnuplot_all(cs, dir);
	snprintf(path, sizeof(path), "%s/charts/%s.png", dir, name);
	png = cairo_image_surface_create_from_png(path);
	assert_int_equal(cairo_surface_status(png), CAIRO_STATUS_SUCCESS);
	return png;
}

static unsigned long
hex_of(struct rgb c)
{
	return (unsigned long)lround(c.r * 255) << 16 |
	    (unsigned long)lround(c.g * 255) << 8 |
	    (unsigned long)lround(c.b * 255);
}

/*
 * "Up to 40" beside "about 1,000,000" puts the range chart on a log
 * axis, which cannot draw 0: the bar [0, 40] vanished in gnuplot. It
 * must reach the axis' lower edge as an open arrow, as in cairo.
 */
static void
should_draw_an_up_to_bar_on_a_log_axis_with_gnuplot(void **state)
{
	struct range_layout lay;
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *png;
	unsigned long russia;
	double x, y, x40;
	int seen = 0;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_range(&cs, "Russia", NULL, 40, 0, 40, QUAL_UP_TO);
	chartset_add_range(&cs, "Ukraine", NULL, 1e6, 950000, 1050000,
	    QUAL_APPROX);
	chartset_set_period(&cs, sample_day(10, 25), sample_day(10, 31));
	png = gnuplot_png(&cs, "build/test-charts/gp-log", "range");
	chartstyle_defaults(&st);
	range_layout(&cs, &st, 960, cairo_image_surface_get_height(png), &lay);
	assert_true(lay.axis.log);
	russia = hex_of(palette_color(chartset_slot(&cs, "Russia")));
	x40 = axis_map(&lay.axis, 40, lay.x0, lay.x1);
	y = lay.row_y0;
	assert_true(x40 - lay.x0 > 20);
	/* Russia's colour all the way from its figure to the edge */
	for (x = lay.x0 + 6; x < x40 - 10; x += 4)
		if (!png_color_near(png, x, y, 2, russia))
			fail_msg("no bar of Russia's at x %.0f (edge %.0f, "
			    "40 at %.0f)", x, lay.x0, x40);
		else
			seen++;
	assert_true(seen > 3);
	cairo_surface_destroy(png);
	chartset_release(&cs);
}

/* Is the PNG's pixel at (x, y) dark (a black mark, antialiased)? */
static int
png_dark(cairo_surface_t *png, double x, double y)
{
	unsigned char *data = cairo_image_surface_get_data(png);
	int stride = cairo_image_surface_get_stride(png);
	uint32_t px;

	memcpy(&px, data + (int)y * stride + (int)x * 4, 4);
	return ((px >> 16 & 0xff) + (px >> 8 & 0xff) + (px & 0xff)) < 3 * 128;
}

/* Is there any ink at (x, y), even a faint antialiased line? */
static int
png_inked(cairo_surface_t *png, double x, double y)
{
	unsigned char *data = cairo_image_surface_get_data(png);
	int stride = cairo_image_surface_get_stride(png);
	uint32_t px;

	memcpy(&px, data + (int)y * stride + (int)x * 4, 4);
	return ((px >> 16 & 0xff) + (px >> 8 & 0xff) + (px & 0xff)) < 3 * 215;
}

/*
 * Each palette slot has one marker shape in both renderers: the black
 * slot's cross is a "+" (arms along the axes, nothing on the diagonals)
 * in gnuplot as in cairo, not gnuplot's "*".
 */
static void
should_draw_the_cross_marker_as_cairo_does(void **state)
{
	static const char *const name[] = { "Source 5" };
	struct range_layout lay;
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *png;
	double x, y, r, d;

	(void)state;
	assert_int_equal(palette_slot(name[0]), 6);
	assert_int_equal(palette_marker(6), MARKER_CROSS);
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_range(&cs, name[0], NULL, 5000, 5000, 5000, QUAL_EXACT);
	png = gnuplot_png(&cs, "build/test-charts/gp-cross", "range");
	chartstyle_defaults(&st);
	range_layout(&cs, &st, 960, cairo_image_surface_get_height(png), &lay);
	x = axis_map(&lay.axis, 5000, lay.x0, lay.x1);
	y = lay.row_y0;
	r = st.marker;
	assert_true(png_dark(png, x, y - r * 0.6) ||
	    png_dark(png, x + 1, y - r * 0.6) || png_dark(png, x - 1, y - r * 0.6));
	assert_true(png_dark(png, x + r * 0.6, y) ||
	    png_dark(png, x + r * 0.6, y + 1) || png_dark(png, x + r * 0.6, y - 1));
	for (d = 4; d <= r; d++) {
		assert_false(png_inked(png, x + d, y - d));
		assert_false(png_inked(png, x - d, y + d));
	}
	cairo_surface_destroy(png);
	chartset_release(&cs);
}


/* A timeline whose figures span three decades (a stray 20 beside
 * 14,000, as on the 5,000-article archive) is drawn on a log axis; its
 * caption says so in both renderers, as the range chart's does, or a
 * reader takes the tenfold steps for even ones. */
static void
should_say_log_scale_on_a_log_timeline_in_both_renderers(void **state)
{
	static const char want[] = "North Korean troops (log scale)";
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartlabels ls;
	struct chartset cs;
	cairo_surface_t *sf;
	cairo_t *cr;
	char *script;
	double h;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_point(&cs, "Ukraine", sample_day(10, 1), 14000,
	    QUAL_EXACT);
	chartset_add_point(&cs, "Ukraine", sample_day(10, 8), 20, QUAL_EXACT);
	chartset_add_point(&cs, "Ukraine", sample_day(10, 15), 13000,
	    QUAL_EXACT);
	chartset_add_point(&cs, "Russia", sample_day(10, 9), 900, QUAL_EXACT);
	chartstyle_defaults(&st);
	h = chart_height(CHART_TIMELINE, &cs, &st, 960);
	timeline_layout(&cs, &st, 960, h, &lay);
	assert_true(lay.yaxis.log);
	sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 960, (int)h);
	cr = cairo_create(sf);
	chartlabels_init(&ls);
	assert_int_equal(chart_cairo_draw(cr, CHART_TIMELINE, &cs, &st, 960,
	    h, &ls), CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	assert_non_null(chartlabels_find(&ls, want));
	assert_false(chartlabels_find(&ls, want)->ellipsized);
	chartlabels_release(&ls);
	script = timeline_script(&cs);
	assert_non_null(strstr(script, want));
	free(script);
	chartset_release(&cs);
}


/* gnuplot has no hollow "+": the changes chart drew last period's cross
 * exactly as this period's, so "hollow: last period" failed for the
 * source with the cross (South Korea on the archive). The last period's
 * cross is drawn as an outline (white inside a wider cross), and the
 * script runs (gnuplot reads the flag as a number). */
static void
should_draw_last_periods_cross_hollow_with_gnuplot(void **state)
{
	struct chart_opts o;
	struct chartset cs;
	struct strbuf sb;
	char name[16], *script;
	size_t i, crosses = 0;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	for (i = 0; i < 8; i++) {
		snprintf(name, sizeof(name), "S%zu", i);
		chartset_add_range(&cs, name, NULL, 4500, NAN, NAN,
		    QUAL_EXACT);
		chartset_add_change(&cs, name, 12000, 4500, CHART_CHANGE_DOWN);
	}
	for (i = 0; i < 8; i++) {
		snprintf(name, sizeof(name), "S%zu", i);
		crosses += palette_marker(chartset_slot(&cs, name)) ==
		    MARKER_CROSS;
	}
	assert_true(crosses > 0);
	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	o.formats = CHART_PNG;
	strbuf_init(&sb, 1 << 20);
	assert_int_equal(chartgp_script(&sb, CHART_CHANGES, &cs, &o,
	    "changes"), 0);
	script = strbuf_detach(&sb, NULL);
	assert_non_null(strstr(script, "using 1:($7 > 0 ? $3 : 1/0) with "
	    "points pt 1 ps 1.5 lw 2.5 lc rgb '#FFFFFF'"));
	free(script);
	/* a stale cross in the range chart: an outline too */
	for (i = 0; i < 8; i++)
		if (palette_marker(chartset_slot(&cs,
		    cs.ranges[i].source)) == MARKER_CROSS)
			cs.ranges[i].flags = RANGE_STALE;
	strbuf_init(&sb, 1 << 20);
	assert_int_equal(chartgp_script(&sb, CHART_RANGE, &cs, &o, "range"),
	    0);
	script = strbuf_detach(&sb, NULL);
	assert_non_null(strstr(script, "$rows using 1:($5 > 0 ? $2 : 1/0) "
	    "with points pt 1 ps 1.6 lw 2.5 lc rgb '#FFFFFF'"));
	assert_non_null(strstr(script, " 1\nEOD"));
	free(script);
	gnuplot_all(&cs, "build/test-charts/gp-cross");
	chartset_release(&cs);
}


/* "Up to 17,500" after months of about 4,500 is no jump: the timeline
 * draws a bound's point hollow, in both renderers, and its caption says
 * what a hollow marker is. */
static void
should_draw_a_bound_hollow_on_the_timeline(void **state)
{
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartlabels ls;
	struct chartset cs;
	cairo_surface_t *sf;
	cairo_t *cr;
	char *script, want[128], caption[320];
	enum marker m;
	double h;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_point(&cs, "Russia", sample_day(10, 1), 4500, QUAL_APPROX);
	chartset_add_point(&cs, "Russia", sample_day(10, 8), 4400, QUAL_APPROX);
	chartset_add_point(&cs, "Russia", sample_day(10, 15), 17500,
	    QUAL_UP_TO);
	m = palette_marker(chartset_slot(&cs, "Russia"));
	script = timeline_script(&cs);
	snprintf(want, sizeof(want), "%ld 4400 %d ", sample_day(10, 8),
	    gp_point(m, 1));
	assert_non_null(strstr(script, want));
	snprintf(want, sizeof(want), "%ld 17500 %d ", sample_day(10, 15),
	    gp_point(m, 0));
	assert_non_null(strstr(script, want));
	assert_non_null(strstr(script, "using 1:2:3 every ::0 with points pt "
	    "variable"));
	free(script);
	snprintf(caption, sizeof(caption), "%s", "North Korean troops · "
	    "hollow: a bound (≤, ≥)");
	chartstyle_defaults(&st);
	h = chart_height(CHART_TIMELINE, &cs, &st, 960);
	timeline_layout(&cs, &st, 960, h, &lay);
	assert_false(lay.yaxis.log);
	sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 960, (int)h);
	cr = cairo_create(sf);
	chartlabels_init(&ls);
	assert_int_equal(chart_cairo_draw(cr, CHART_TIMELINE, &cs, &st, 960,
	    h, &ls), CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	assert_non_null(chartlabels_find(&ls, caption));
	chartlabels_release(&ls);
	gnuplot_all(&cs, "build/test-charts/gp-bound");
	chartset_release(&cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_run_all_four_scripts_with_exit_status_0),
		cmocka_unit_test(should_quote_every_text_for_gnuplot),
		cmocka_unit_test(should_not_let_a_source_name_run_commands),
		cmocka_unit_test(
		    should_fail_with_usage_status_when_gnuplot_is_missing),
		cmocka_unit_test(should_report_a_failing_gnuplot_without_hanging),
		cmocka_unit_test(should_draw_degenerate_periods_with_gnuplot),
		cmocka_unit_test(
		    should_give_gnuplot_only_the_window_one_point_a_day),
		cmocka_unit_test(
		    should_draw_an_up_to_bar_on_a_log_axis_with_gnuplot),
		cmocka_unit_test(should_draw_the_cross_marker_as_cairo_does),
		cmocka_unit_test(
		    should_say_log_scale_on_a_log_timeline_in_both_renderers),
		cmocka_unit_test(
		    should_draw_last_periods_cross_hollow_with_gnuplot),
		cmocka_unit_test(should_draw_a_bound_hollow_on_the_timeline),
	};

	mkdir("build/test-charts", 0777);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
