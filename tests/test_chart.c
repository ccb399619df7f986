/*
 * test_chart.c - the cairo charts a briefing reader looks at: size,
 * marks at their data positions in the source's colour, the labels laid
 * out (and never overlapping or off the canvas), stable colours,
 * sensible charts for degenerate periods, and a timeline that keeps to
 * its window with one point per series a day (or a week, or 30 days).
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

#include <cairo.h>

#include "testutil.h"
#include "chart.h"
#include "chart_cairo.h"
#include "chart_sample.h"
#include "palette.h"
#include "pngfile.h"

#define WIDTH 960

/* A chart drawn on an image surface, with its labels. */
struct drawn {
	cairo_surface_t *sf;	/* ARGB32, WIDTH x height */
	double	 h;		/* height, px */
	struct chartlabels labels; /* texts laid out */
};

static void
drawn_make_at(struct drawn *d, enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st, double w)
{
	cairo_t *cr;

	d->h = chart_height(k, cs, st, w);
	d->sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)w,
	    (int)d->h);
	cr = cairo_create(d->sf);
	chartlabels_init(&d->labels);
	assert_int_equal(chart_cairo_draw(cr, k, cs, st, w, d->h,
	    &d->labels), CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_flush(d->sf);
}

static void
drawn_make(struct drawn *d, enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st)
{
	drawn_make_at(d, k, cs, st, WIDTH);
}

static void
drawn_release(struct drawn *d)
{
	cairo_surface_destroy(d->sf);
	chartlabels_release(&d->labels);
}

/* The pixel at (x, y) as 0xRRGGBB (opaque surfaces only). */
static unsigned long
pixel_at(cairo_surface_t *sf, double x, double y)
{
	unsigned char *data = cairo_image_surface_get_data(sf);
	int stride = cairo_image_surface_get_stride(sf);
	uint32_t px;

	memcpy(&px, data + (int)y * stride + (int)x * 4, 4);
	return px & 0xffffff;
}

static unsigned long
rgb_hex(struct rgb c)
{
	return (unsigned long)lround(c.r * 255) << 16 |
	    (unsigned long)lround(c.g * 255) << 8 | (unsigned long)lround(c.b *
	    255);
}

/* Pixels in the rectangle that are not white. */
static size_t
ink_count(cairo_surface_t *sf, double x0, double y0, double x1, double y1)
{
	size_t n = 0;
	double x, y;

	for (y = y0; y < y1; y++)
		for (x = x0; x < x1; x++)
			n += pixel_at(sf, x, y) != 0xffffff;
	return n;
}

static void
should_draw_the_range_chart_with_each_mark_at_its_value(void **state)
{
	struct chartstyle st;
	struct chartset cs;
	struct range_layout lay;
	struct drawn d;
	double x, y;

	(void)state;
	sample_fill(&cs);
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_RANGE, &cs, &st);
	assert_int_equal(cairo_image_surface_get_width(d.sf), WIDTH);
	assert_int_equal(cairo_image_surface_get_height(d.sf), (int)d.h);
	/* five rows: header + spread band + 5 rows + axis + footer */
	assert_int_equal((int)d.h, 82 + 30 + 5 * 34 + 46 + 34);
	range_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_false(lay.axis.log);
	assert_double_equal(lay.axis.lo, 0, 1e-9);
	assert_double_equal(lay.axis.hi, 14000, 1e-9);
	/* Ukraine's dot at 12,000 (row 0), the US arrived at 3,000 (row 2) */
	x = axis_map(&lay.axis, 12000, lay.x0, lay.x1);
	y = lay.row_y0;
	assert_int_equal(pixel_at(d.sf, x, y),
	    rgb_hex(palette_color(chartset_slot(&cs, "Ukraine"))));
	x = axis_map(&lay.axis, 3000, lay.x0, lay.x1);
	y = lay.row_y0 + 2 * lay.row_step;
	assert_int_equal(pixel_at(d.sf, x, y),
	    rgb_hex(palette_color(chartset_slot(&cs, "United States"))));
	/* the open interval runs as an arrow to the edge of the plot */
	assert_int_equal(pixel_at(d.sf, lay.x1 - 10, y),
	    rgb_hex(palette_color(chartset_slot(&cs, "United States"))));
	assert_true(ink_count(d.sf, lay.x0, lay.y0, lay.x1, lay.y1) > 2000);
	drawn_release(&d);
	chartset_release(&cs);
}

static void
should_label_each_row_with_its_qualified_figure_and_the_spread(void **state)
{
	static const char *const want[] = {
		"North Korean troops in Russia: estimates by source",
		"week of 21–27 Oct 2024 · as of 31 Oct 2024",
		"claimtrack · 5 articles · 4 outlets",
		"Ukraine", "United States · planned", "United States · arrived",
		"≈12,000", "≈10,000", "≥3,000", ">11,000", "12,000",
		"1.2× between lowest and highest", "North Korean troops",
		"0", "2,000", "14,000",
	};
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	size_t i;

	(void)state;
	sample_fill(&cs);
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_RANGE, &cs, &st);
	for (i = 0; i < sizeof(want) / sizeof(*want); i++)
		if (chartlabels_find(&d.labels, want[i]) == NULL)
			fail_msg("label \"%s\" not laid out", want[i]);
	drawn_release(&d);
	chartset_release(&cs);
}

static int
boxes_overlap(const struct chartlabel *a, const struct chartlabel *b)
{
	return a->x < b->x + b->w && b->x < a->x + a->w &&
	    a->y < b->y + b->h && b->y < a->y + a->h;
}

static void
should_keep_timeline_end_labels_apart_and_on_the_canvas(void **state)
{
	static const char *const ends[] = { "Ukraine ≈12,000",
	    "unattributed 12,000", "South Korea >11,000",
	    "United States ≈10,000" };
	const struct chartlabel *l[4];
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	size_t i, j;

	(void)state;
	sample_fill(&cs);
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	for (i = 0; i < 4; i++) {
		l[i] = chartlabels_find(&d.labels, ends[i]);
		assert_non_null(l[i]);
		assert_true(l[i]->x + l[i]->w <= WIDTH);
		assert_true(l[i]->y >= 0 && l[i]->y + l[i]->h <= d.h);
	}
	/* Ukraine and unattributed both end at 12,000 on 25 Oct */
	for (i = 0; i < 4; i++)
		for (j = i + 1; j < 4; j++)
			assert_false(boxes_overlap(l[i], l[j]));
	assert_non_null(chartlabels_find(&d.labels, "this period"));
	assert_non_null(chartlabels_find(&d.labels, "14 Oct 2024"));
	drawn_release(&d);
	chartset_release(&cs);
}

static void
should_spread_crowded_labels_without_overlap(void **state)
{
	double want[] = { 100, 100, 101, 102, 300 }, y[5];
	size_t i;

	(void)state;
	labels_spread(want, y, 5, 20, 0, 400);
	for (i = 1; i < 5; i++)
		assert_true(y[i] - y[i - 1] >= 20 - 1e-9);
	assert_double_equal(y[4], 300, 1e-9);
	/* at the bottom edge they are pushed up, not off the plot */
	labels_spread((double[]){ 395, 396, 399 }, y, 3, 20, 0, 400);
	assert_double_equal(y[2], 390, 1e-9);
	assert_double_equal(y[1], 370, 1e-9);
	assert_double_equal(y[0], 350, 1e-9);
}

static void
should_darken_matrix_cells_with_the_distance_and_switch_text_colour(
    void **state)
{
	static const char *const names[] = { "A", "B", "C" };
	struct chartstyle st;
	struct chartset cs;
	struct rgb f_near, f_far, ink_near, ink_far, f_diag, ink;

	(void)state;
	chartstyle_defaults(&st);
	chartset_init(&cs);
	sample_matrix(&cs, 3, names, (double[]){ 3000, 3300, 12000 });
	matrix_cell_color(&cs, &st, 0, 1, &f_near, &ink_near);
	matrix_cell_color(&cs, &st, 0, 2, &f_far, &ink_far);
	matrix_cell_color(&cs, &st, 1, 1, &f_diag, &ink);
	/* 4.0× is the darkest, 1.1× near the light end */
	assert_int_equal(rgb_hex(f_far), rgb_hex(st.seq_dark));
	assert_true(f_near.r > f_far.r && f_near.g > f_far.g);
	assert_int_equal(rgb_hex(ink_far), 0xffffff);
	assert_int_equal(rgb_hex(ink_near), rgb_hex(st.ink));
	assert_int_equal(rgb_hex(f_diag), rgb_hex(st.shade));
	/* 0.25× is as far apart as 4.0× */
	matrix_cell_color(&cs, &st, 2, 0, &f_near, &ink);
	assert_int_equal(rgb_hex(f_near), rgb_hex(f_far));
	chartset_release(&cs);
}

static void
should_keep_a_sources_colour_whatever_other_sources_appear(void **state)
{
	static const char *const alone[] = { "Ukraine" };
	static const char *const crowd[] = { "Russia", "NATO", "Ukraine",
	    "North Korea" };
	size_t a[1], b[4], c[4], i;

	(void)state;
	palette_assign(alone, 1, a);
	palette_assign(crowd, 4, b);
	assert_int_equal(a[0], palette_slot("Ukraine"));
	assert_int_equal(b[2], a[0]);
	/* the order names come in changes nothing */
	palette_assign((const char *const[]){ "North Korea", "Ukraine",
	    "NATO", "Russia" }, 4, c);
	assert_int_equal(c[1], b[2]);
	assert_int_equal(c[0], b[3]);
	assert_int_equal(c[2], b[1]);
	assert_int_equal(c[3], b[0]);
	for (i = 0; i < 4; i++)
		assert_true(b[i] < PALETTE_SLOTS);
}

/*
 * chartset_slot() caches the slots of a set: a source added later must
 * still move a colliding one that sorts after it, and a row label in
 * parentheses never counts.
 */
static void
should_recompute_cached_colours_when_a_source_is_added(void **state)
{
	struct chartset cs;
	char other[32];
	size_t i, pref = palette_slot("Ukraine");

	(void)state;
	for (i = 0; i < 1000; i++) {	/* sorts before "Ukraine", same slot */
		snprintf(other, sizeof(other), "Agency %zu", i);
		if (palette_slot(other) == pref)
			break;
	}
	assert_true(i < 1000);
	chartset_init(&cs);
	chartset_add_range(&cs, "Ukraine (arrived)", NULL, 12000, 12000,
	    12000, QUAL_EXACT);
	chartset_add_point(&cs, "Ukraine", 20000, 12000, QUAL_EXACT);
	assert_int_equal(chartset_slot(&cs, "Ukraine"), pref);
	assert_int_equal(chartset_slot(&cs, "Ukraine (arrived)"), pref);
	chartset_add_change(&cs, other, NAN, 3000, CHART_CHANGE_NEW);
	assert_int_equal(chartset_slot(&cs, other), pref);
	assert_int_equal(chartset_slot(&cs, "Ukraine (arrived)"),
	    (pref + 1) % PALETTE_SLOTS);
	assert_int_equal(chartset_slot(&cs, "Ukraine"),
	    (pref + 1) % PALETTE_SLOTS);
	chartset_release(&cs);
}

static void
should_give_a_colliding_name_the_next_free_colour(void **state)
{
	char other[32];
	const char *names[2];
	size_t slots[2], i;

	(void)state;
	/* find a name that prefers Ukraine's slot */
	for (i = 0; i < 1000; i++) {
		snprintf(other, sizeof(other), "source %zu", i);
		if (palette_slot(other) == palette_slot("Ukraine"))
			break;
	}
	assert_true(i < 1000);
	names[0] = "Ukraine";
	names[1] = other;
	palette_assign(names, 2, slots);
	/* "Ukraine" sorts before "source N" (strcmp): it keeps the slot */
	assert_int_equal(slots[0], palette_slot("Ukraine"));
	assert_int_equal(slots[1], (palette_slot("Ukraine") + 1) %
	    PALETTE_SLOTS);
	/* and so it does whichever comes first in the list */
	names[0] = other;
	names[1] = "Ukraine";
	palette_assign(names, 2, slots);
	assert_int_equal(slots[1], palette_slot("Ukraine"));
}

static void
should_say_no_claims_in_every_chart_of_an_empty_period(void **state)
{
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	int k;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	chartstyle_defaults(&st);
	for (k = 0; k < CHART_NKINDS; k++) {
		drawn_make(&d, k, &cs, &st);
		assert_non_null(chartlabels_find(&d.labels,
		    "no claims in this period"));
		assert_true(d.h > 200);
		drawn_release(&d);
	}
	chartset_release(&cs);
}

static void
should_show_one_times_when_all_sources_agree(void **state)
{
	static const char *const names[] = { "Ukraine", "United States",
	    "South Korea" };
	struct chartstyle st;
	struct chartset cs;
	struct range_layout lay;
	struct drawn d;

	(void)state;
	sample_sources(&cs, 3, names, (double[]){ 5000, 5000, 5000 });
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_RANGE, &cs, &st);
	assert_non_null(chartlabels_find(&d.labels,
	    "1.0× between lowest and highest"));
	range_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_true(lay.axis.hi > lay.axis.lo);
	assert_true(axis_map(&lay.axis, 5000, lay.x0, lay.x1) < lay.x1);
	drawn_release(&d);
	chartset_release(&cs);
}

static void
should_switch_to_a_log_axis_for_a_billion(void **state)
{
	static const char *const names[] = { "Ukraine", "Hoax" };
	struct chartstyle st;
	struct chartset cs;
	struct range_layout lay;
	struct drawn d;

	(void)state;
	sample_sources(&cs, 2, names, (double[]){ 3000, 1e9 });
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_RANGE, &cs, &st);
	range_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_true(lay.axis.log);
	assert_double_equal(lay.axis.lo, 1000, 1e-6);
	assert_double_equal(lay.axis.hi, 1e10, 1);
	assert_non_null(chartlabels_find(&d.labels, "≈1,000,000,000"));
	assert_non_null(chartlabels_find(&d.labels,
	    "333,333× between lowest and highest"));
	assert_non_null(chartlabels_find(&d.labels, "North Korean troops "
	    "(log scale: each step is ten times the last)"));
	drawn_release(&d);
	chartset_release(&cs);
}

/* The row label of source i in chart k: numbered in a crowded matrix. */
static const char *
row_name(enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st, size_t i, char *buf, size_t n)
{
	struct matrix_layout lay;

	if (k != CHART_MATRIX)
		return cs->mnames[i];
	matrix_layout(cs, st, WIDTH, 0, &lay);
	return matrix_row_name(cs, &lay, i, buf, n);
}

static void
should_ellipsize_a_long_name_inside_the_canvas(void **state)
{
	char name[201], buf[300];
	const char *names[2] = { name, "Ukraine" };
	const struct chartlabel *l;
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	int k;

	(void)state;
	memset(name, 'W', 200);
	name[200] = '\0';
	chartstyle_defaults(&st);
	sample_sources(&cs, 2, names, (double[]){ 4000, 12000 });
	for (k = 0; k < CHART_NKINDS; k++) {
		drawn_make(&d, k, &cs, &st);
		l = chartlabels_find(&d.labels, row_name(k, &cs, &st, 0, buf,
		    sizeof(buf)));
		if (k != CHART_TIMELINE)
			assert_non_null(l);
		if (l != NULL) {
			assert_true(l->x >= 0);
			assert_true(l->x + l->w <= WIDTH);
			assert_true(l->w < WIDTH / 2);
		}
		drawn_release(&d);
	}
	chartset_release(&cs);
}

static void
should_draw_a_single_source_and_a_name_with_quotes(void **state)
{
	static const char *const names[] = {
	    "x\" ; system \"touch build/pwned\" <b>\\" };
	char buf[128];
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	int k;

	(void)state;
	chartstyle_defaults(&st);
	sample_sources(&cs, 1, names, (double[]){ 12000 });
	for (k = 0; k < CHART_NKINDS; k++) {
		drawn_make(&d, k, &cs, &st);
		assert_null(chartlabels_find(&d.labels,
		    "no claims in this period"));
		if (k != CHART_TIMELINE)
			assert_non_null(chartlabels_find(&d.labels,
			    row_name(k, &cs, &st, 0, buf, sizeof(buf))));
		/* one source: no spread to annotate */
		assert_null(chartlabels_find(&d.labels,
		    "1.0× between lowest and highest"));
		drawn_release(&d);
	}
	chartset_release(&cs);
}

/* Do two label boxes share more than a pixel each way? */
static bool
labels_overlap(const struct chartlabel *a, const struct chartlabel *b)
{
	return a->x + 1 < b->x + b->w && b->x + 1 < a->x + a->w &&
	    a->y + 1 < b->y + b->h && b->y + 1 < a->y + a->h;
}

static void
should_fit_every_label_whole_at_the_pdf_width(void **state)
{
	const struct chartlabel *a, *b;
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	size_t i, j;
	int k;

	(void)state;
	chartstyle_defaults(&st);
	sample_positions(&cs);
	for (k = 0; k < CHART_NKINDS; k++) {
		drawn_make_at(&d, k, &cs, &st, 720);
		assert_true(d.labels.n > 8);
		for (i = 0; i < d.labels.n; i++) {
			a = &d.labels.v[i];
			if (a->ellipsized)
				fail_msg("%s: \"%s\" is cut", chart_name(k), a->text);
			if (a->x < 0 || a->x + a->w > 720 || a->y < 0 ||
			    a->y + a->h > d.h)
				fail_msg("%s: \"%s\" leaves the chart", chart_name(k),
				    a->text);
			for (j = i + 1; j < d.labels.n; j++) {
				b = &d.labels.v[j];
				if (labels_overlap(a, b))
					fail_msg("%s: \"%s\" overlaps \"%s\"",
					    chart_name(k), a->text, b->text);
			}
		}
		drawn_release(&d);
	}
	chartset_release(&cs);
}

static void
should_name_a_new_vague_figure_by_its_floor(void **state)
{
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	char text[128];

	(void)state;
	chartstyle_defaults(&st);
	sample_positions(&cs);
	assert_string_equal(chart_change_words(&cs, 2, text, sizeof(text)),
	    "new: vague, ≥2,000");
	assert_string_equal(chart_change_words(&cs, 0, text, sizeof(text)),
	    "new: ≥3,000");
	drawn_make_at(&d, CHART_CHANGES, &cs, &st, 720);
	assert_non_null(chartlabels_find(&d.labels, "new: vague, ≥2,000"));
	assert_null(chartlabels_find(&d.labels, "new: –"));
	drawn_release(&d);
	chartset_release(&cs);
}

static void
should_thin_date_ticks_by_their_measured_width(void **state)
{
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartset cs;

	(void)state;
	chartstyle_defaults(&st);
	sample_positions(&cs);
	timeline_layout(&cs, &st, 720, 403, &lay);
	/* seven daily ticks some 55 px apart: "25 Oct 2024" needs two */
	assert_int_equal(lay.xaxis.nticks, 7);
	assert_int_equal(chart_date_every(&lay, &st), 2);
	timeline_layout(&cs, &st, 1600, 896, &lay);
	assert_int_equal(chart_date_every(&lay, &st), 1);
	chartset_release(&cs);
}

/* Is there a pixel of colour c within r px of (x, y)? */
static int
color_near(cairo_surface_t *sf, double x, double y, double r,
    unsigned long c)
{
	double dx, dy;

	for (dy = -r; dy <= r; dy++)
		for (dx = -r; dx <= r; dx++)
			if (pixel_at(sf, x + dx, y + dy) == c)
				return 1;
	return 0;
}

static void
should_leave_out_points_older_than_the_window_and_name_it(void **state)
{
	long ws = sample_window_start();
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartset cs;
	struct tpoint *v;
	struct drawn d;
	unsigned long ukraine;
	double x, y, x1, y1;
	char sub[256];
	size_t n, i;
	int carried;

	(void)state;
	sample_window(&cs);
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	timeline_layout(&cs, &st, WIDTH, d.h, &lay);
	ukraine = rgb_hex(palette_color(chartset_slot(&cs, "Ukraine")));
	/* the axes cover the window: 40,000 of 3 Jul sets neither */
	assert_true(lay.xaxis.lo >= ws - 1);
	assert_false(lay.yaxis.log);
	assert_double_equal(lay.yaxis.hi, 14000, 1e-9);
	/* Ukraine enters at the window's edge at 4,000, its last before */
	v = timeline_points(&cs, &lay, 0, &n, &carried);
	assert_int_equal(n, 3);
	assert_int_equal(carried, 1);
	assert_int_equal(v[0].day, ws);
	assert_double_equal(v[0].value, 4000, 1e-9);
	assert_int_equal(v[1].day, ws + 20);
	free(v);
	x = axis_map(&lay.xaxis, (double)ws, lay.x0, lay.x1);
	y = axis_map(&lay.yaxis, 4000, lay.y1, lay.y0);
	x1 = axis_map(&lay.xaxis, (double)(ws + 20), lay.x0, lay.x1);
	y1 = axis_map(&lay.yaxis, 10000, lay.y1, lay.y0);
	/* a marker where it said 10,000; the line from the edge to it */
	assert_int_equal(pixel_at(d.sf, x1, y1), ukraine);
	assert_true(color_near(d.sf, x + (x1 - x) * 0.3, y + (y1 - y) * 0.3,
	    1, ukraine));
	/* no marker at the edge: nothing was said that day */
	assert_false(color_near(d.sf, x - 3, y, 1, ukraine));
	/* nothing of Ukraine's above its 12,000 (no 40,000 at the top) */
	y1 = axis_map(&lay.yaxis, 12000, lay.y1, lay.y0) - st.marker - 3;
	for (i = (size_t)lay.y0 + 1; i < (size_t)y1; i++)
		for (x = lay.x0 + 1; x < lay.x1; x++)
			if (pixel_at(d.sf, x, (double)i) == ukraine)
				fail_msg("Ukraine's colour at %.0f, %zu", x, i);
	/* the subtitle names the window; the other charts' do not */
	assert_non_null(chartlabels_find(&d.labels, "week of 21–27 Oct 2024 · "
	    "as of 31 Oct 2024 · last 13 weeks"));
	assert_string_equal(chart_subtitle(&cs, CHART_RANGE, sub, sizeof(sub)),
	    "week of 21–27 Oct 2024 · as of 31 Oct 2024");
	drawn_release(&d);
	chartset_release(&cs);
}

static void
should_draw_one_point_per_series_per_day(void **state)
{
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartset cs;
	struct tpoint *v;
	struct drawn d;
	unsigned long ukraine;
	double x;
	size_t n;
	int carried;

	(void)state;
	sample_same_day(&cs);
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	timeline_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_int_equal(lay.step, 1);
	v = timeline_points(&cs, &lay, 0, &n, &carried);
	assert_int_equal(n, 3);
	assert_int_equal(carried, 0);
	assert_int_equal(v[1].day, sample_day(10, 23));
	assert_double_equal(v[1].value, 6000, 1e-9);
	free(v);
	/* 23 Oct shows the day's last figure, not a jump through all three */
	ukraine = rgb_hex(palette_color(chartset_slot(&cs, "Ukraine")));
	x = axis_map(&lay.xaxis, (double)sample_day(10, 23), lay.x0, lay.x1);
	assert_int_equal(pixel_at(d.sf, x, axis_map(&lay.yaxis, 6000, lay.y1,
	    lay.y0)), ukraine);
	assert_false(color_near(d.sf, x, axis_map(&lay.yaxis, 9000, lay.y1,
	    lay.y0), 2, ukraine));
	assert_false(color_near(d.sf, x, axis_map(&lay.yaxis, 3000, lay.y1,
	    lay.y0), 2, ukraine));
	assert_non_null(chartlabels_find(&d.labels, "Ukraine ≈6,000"));
	assert_non_null(chartlabels_find(&d.labels, "claim date"));
	drawn_release(&d);
	chartset_release(&cs);
}

/* A series a day from first to last, its value the day's distance from
 * first; the current period the last seven days. */
static void
daily_fill(struct chartset *cs, long first, long last)
{
	long d;

	chartset_init(cs);
	sample_meta(cs);
	for (d = first; d <= last; d++)
		chartset_add_point(cs, "Ukraine", d, 1000 + (double)(d - first),
		    QUAL_EXACT);
	chartset_set_period(cs, last - 6, last);
}

static void
should_step_a_long_timeline_by_week_then_by_30_days(void **state)
{
	long asof = sample_day(10, 31), k;
	struct timeline_layout lay;
	struct chartstyle st;
	struct chartset cs;
	struct tpoint *v;
	struct drawn d;
	size_t n;
	int carried;

	(void)state;
	assert_int_equal(timeline_step(asof - 29, asof), 1);
	assert_int_equal(timeline_step(asof - 30, asof), 7);
	assert_int_equal(timeline_step(asof - 209, asof), 7);
	assert_int_equal(timeline_step(asof - 210, asof), 30);
	chartstyle_defaults(&st);
	/* 13 weeks of daily figures: one a week, each week's last */
	daily_fill(&cs, asof - 90, asof);
	chartset_set_window(&cs, asof - 90, "last 13 weeks");
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	timeline_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_int_equal(lay.step, 7);
	assert_int_equal(lay.step_end, asof);
	v = timeline_points(&cs, &lay, 0, &n, &carried);
	assert_int_equal(n, 13);
	for (k = 0; k < 13; k++)
		assert_int_equal(v[k].day, asof - 7 * (12 - k));
	/* the last point is the latest figure, as the end label says */
	assert_double_equal(v[12].value, 1090, 1e-9);
	assert_non_null(chartlabels_find(&d.labels, "Ukraine 1,090"));
	assert_non_null(chartlabels_find(&d.labels,
	    "claim date · weekly: each week's last figure"));
	free(v);
	drawn_release(&d);
	chartset_release(&cs);
	/* two years, no window: one point per 30 days */
	daily_fill(&cs, asof - 729, asof);
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	timeline_layout(&cs, &st, WIDTH, d.h, &lay);
	assert_int_equal(lay.step, 30);
	v = timeline_points(&cs, &lay, 0, &n, &carried);
	assert_int_equal(n, 25);
	assert_int_equal(v[n - 1].day, asof);
	/* the oldest step holds ten days; its point is the last of them */
	assert_int_equal(v[0].day, asof - 720);
	assert_non_null(chartlabels_find(&d.labels,
	    "claim date · every 30 days: the last figure of each"));
	free(v);
	drawn_release(&d);
	chartset_release(&cs);
}

static double
ms_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void
should_write_four_charts_in_three_formats(void **state)
{
	static const char *const files[] = { "range", "timeline", "matrix",
	    "changes" };
	static const char *const ext[] = { "png", "svg", "pdf" };
	struct chart_opts o;
	struct chartset cs;
	cairo_surface_t *png;
	char path[256];
	struct stat sb;
	double t;
	size_t i, j;

	(void)state;
	sample_fill(&cs);
	chart_opts_defaults(&o);
	t = ms_now();
	assert_int_equal(render_charts(&cs, &o, "build/test-charts/cairo"),
	    EXIT_OK);
	t = ms_now() - t;
	printf("# cairo: 4 charts x 3 formats in %.0f ms\n", t);
	/* a generous bound for a loaded machine; none under valgrind */
	if (getenv("VALGRIND") == NULL || *getenv("VALGRIND") == '\0')
		assert_true(t < 2000);
	for (i = 0; i < 4; i++)
		for (j = 0; j < 3; j++) {
			snprintf(path, sizeof(path),
			    "build/test-charts/cairo/charts/%s.%s", files[i],
			    ext[j]);
			assert_int_equal(stat(path, &sb), 0);
			assert_true(sb.st_size > 1000);
		}
	png = cairo_image_surface_create_from_png(
	    "build/test-charts/cairo/charts/range.png");
	assert_int_equal(cairo_surface_status(png), CAIRO_STATUS_SUCCESS);
	assert_int_equal(cairo_image_surface_get_width(png), 960);
	assert_int_equal(cairo_image_surface_get_height(png),
	    (int)chart_height(CHART_RANGE, &cs, &o.style, 960));
	cairo_surface_destroy(png);
	chartset_release(&cs);
}

/* Both files decode to the same pixels (cairo reads a PNG back as RGB24
 * when it has no alpha channel). */
static void
assert_same_png_pixels(const char *a, const char *b)
{
	cairo_surface_t *pa = cairo_image_surface_create_from_png(a);
	cairo_surface_t *pb = cairo_image_surface_create_from_png(b);
	int y, w, h;

	assert_int_equal(cairo_surface_status(pa), CAIRO_STATUS_SUCCESS);
	assert_int_equal(cairo_surface_status(pb), CAIRO_STATUS_SUCCESS);
	w = cairo_image_surface_get_width(pa);
	h = cairo_image_surface_get_height(pa);
	assert_int_equal(cairo_image_surface_get_width(pb), w);
	assert_int_equal(cairo_image_surface_get_height(pb), h);
	for (y = 0; y < h; y++)
		assert_memory_equal(cairo_image_surface_get_data(pa) +
		    y * cairo_image_surface_get_stride(pa),
		    cairo_image_surface_get_data(pb) +
		    y * cairo_image_surface_get_stride(pb), (size_t)w * 4);
	cairo_surface_destroy(pa);
	cairo_surface_destroy(pb);
}

static void
should_write_the_pixels_cairo_writes_through_libpng(void **state)
{
	static const enum chart_kind kinds[] = { CHART_RANGE, CHART_TIMELINE,
	    CHART_MATRIX, CHART_CHANGES };
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *sf, *argb;
	cairo_t *cr;
	double h;
	size_t i;

	(void)state;
	sample_fill(&cs);
	chartstyle_defaults(&st);
	assert_int_equal(mkdir("build/test-charts", 0777) == 0 ||
	    errno == EEXIST, 1);
	for (i = 0; i < sizeof(kinds) / sizeof(*kinds); i++) {
		h = chart_height(kinds[i], &cs, &st, WIDTH);
		sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, WIDTH,
		    (int)h);
		cr = cairo_create(sf);
		assert_int_equal(chart_cairo_draw(cr, kinds[i], &cs, &st,
		    WIDTH, h, NULL), CAIRO_STATUS_SUCCESS);
		cairo_destroy(cr);
		assert_int_equal(cairo_surface_write_to_png(sf,
		    "build/test-charts/by-cairo.png"), CAIRO_STATUS_SUCCESS);
		assert_int_equal(pngfile_write(sf,
		    "build/test-charts/by-libpng.png"), CAIRO_STATUS_SUCCESS);
		assert_same_png_pixels("build/test-charts/by-cairo.png",
		    "build/test-charts/by-libpng.png");
		assert_int_equal(pngfile_write(sf,
		    "build/test-charts/no-such-folder/x.png"),
		    CAIRO_STATUS_WRITE_ERROR);
		cairo_surface_destroy(sf);
	}
	/* only the charts' own pixel format */
	argb = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 4, 4);
	assert_int_equal(pngfile_write(argb, "build/test-charts/argb.png"),
	    CAIRO_STATUS_INVALID_FORMAT);
	cairo_surface_destroy(argb);
	chartset_release(&cs);
}

static void
should_scale_png_with_dpi_and_find_text_in_the_pdf(void **state)
{
	struct chart_opts o;
	struct chartset cs;
	cairo_surface_t *png;
	char line[4096];
	FILE *fp;
	int ukraine = 0, figure = 0;

	(void)state;
	sample_fill(&cs);
	chart_opts_defaults(&o);
	o.dpi = 192;
	o.formats = CHART_PNG | CHART_PDF;
	assert_int_equal(render_charts(&cs, &o, "build/test-charts/dpi"),
	    EXIT_OK);
	png = cairo_image_surface_create_from_png(
	    "build/test-charts/dpi/charts/range.png");
	assert_int_equal(cairo_image_surface_get_width(png), 1920);
	cairo_surface_destroy(png);
	fp = popen("pdftotext build/test-charts/dpi/charts/range.pdf -", "r");
	assert_non_null(fp);
	while (fgets(line, sizeof(line), fp) != NULL) {
		ukraine |= strstr(line, "Ukraine") != NULL;
		figure |= strstr(line, "≈12,000") != NULL;
	}
	assert_int_equal(pclose(fp), 0);
	assert_true(ukraine);
	assert_true(figure);
	chartset_release(&cs);
}

static void
should_refuse_nonsense_options_with_usage_status(void **state)
{
	struct chart_opts o;
	struct chartset cs;

	(void)state;
	sample_fill(&cs);
	chart_opts_defaults(&o);
	o.formats = 0;
	assert_int_equal(render_charts(&cs, &o, "build/test-charts/none"),
	    EXIT_USAGE);
	chart_opts_defaults(&o);
	o.width = 10;
	assert_int_equal(render_charts(&cs, &o, "build/test-charts/none"),
	    EXIT_USAGE);
	chartset_release(&cs);
}

/*
 * The sample's two Ukrainian series both end at ≈12,000 on 25 Oct, so one
 * end label moves down; a reader must still see both lines end at
 * 12,000: no mark of Ukraine's colour beside the moved label, the marker
 * at 12,000. And a timeline titled "last 13 weeks" spans 13 weeks.
 */
static void
should_keep_timeline_markers_at_their_values_and_move_only_labels(
    void **state)
{
	static const char *const ends[] = { "Ukraine (deployed) ≈12,000",
	    "Ukraine (training) ≈12,000" };
	long ws = sample_window_start(), asof = sample_day(10, 31);
	const struct chartlabel *l, *moved = NULL;
	struct timeline_layout lay;
	struct timeline_end *e;
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	unsigned long ukraine;
	double y12, x, y;
	size_t i, n;

	(void)state;
	sample_positions(&cs);
	chartset_set_window(&cs, ws, "last 13 weeks");
	chartstyle_defaults(&st);
	drawn_make(&d, CHART_TIMELINE, &cs, &st);
	timeline_layout(&cs, &st, WIDTH, d.h, &lay);
	/* the axis spans the window the subtitle names */
	assert_non_null(chartlabels_find(&d.labels, "week of 21–27 Oct 2024 · "
	    "as of 31 Oct 2024 · last 13 weeks"));
	assert_true(lay.xaxis.lo <= (double)ws);
	assert_true(lay.xaxis.hi >= (double)asof);
	ukraine = rgb_hex(palette_color(chartset_slot(&cs, "Ukraine")));
	y12 = axis_map(&lay.yaxis, 12000, lay.y1, lay.y0);
	x = axis_map(&lay.xaxis, (double)sample_day(10, 25), lay.x0, lay.x1);
	assert_true(color_near(d.sf, x, y12, 1, ukraine));
	for (i = 0; i < 2; i++) {
		l = chartlabels_find(&d.labels, ends[i]);
		assert_non_null(l);
		if (fabs(l->y + l->h / 2 - y12) > st.marker)
			moved = l;
	}
	/* the two labels cannot both sit at 12,000 */
	assert_non_null(moved);
	/* nothing of Ukraine's colour between the plot and the moved label:
	 * a mark there would say Ukraine's figure fell */
	for (y = moved->y; y < moved->y + moved->h; y++)
		for (x = lay.x1 + 1; x < moved->x; x++)
			if (pixel_at(d.sf, x, y) == ukraine)
				fail_msg("a mark of Ukraine's at %.0f, %.0f, "
				    "beside its label, %.0f px off 12,000",
				    x, y, y - y12);
	/* every end is at its value, whatever its label does */
	e = timeline_ends(&cs, &st, &lay, &n);
	assert_int_equal(n, 4);
	for (i = 0; i < n; i++) {
		const struct tseries *s = &cs.series[e[i].series];

		assert_double_equal(e[i].y, axis_map(&lay.yaxis,
		    s->v[s->n - 1].value, lay.y1, lay.y0), 1e-9);
	}
	free(e);
	drawn_release(&d);
	chartset_release(&cs);
}

/*
 * A reader of the changes chart must not take "at least 3,000" for
 * 3,000 or "up to 40,000" for 40,000: every figure in words keeps its
 * qualifier sign, and a row new this period is drawn filled (the
 * caption says hollow is last period), a vague one too.
 */
static void
should_keep_qualifiers_in_the_changes_words_and_fill_new_rows(void **state)
{
	static const struct {
		const char *source;
		const char *words;
	} want[] = {
		{ "United States", "new: ≥3,000" },
		{ "Russia", "new: ≤40,000" },
		{ "Ukraine", "up 2,000 (from ≈10,000)" },
		{ "NATO", "silent (was >3,000)" },
		{ "Poland", "new: <500" },
	};
	struct range_layout lay;
	struct chartstyle st;
	struct chartset cs;
	struct drawn d;
	char text[128];
	double x, y;
	size_t i;

	(void)state;
	chartstyle_defaults(&st);
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_range(&cs, "United States", NULL, 3000, 3000, NAN,
	    QUAL_AT_LEAST);
	chartset_add_range(&cs, "Russia", NULL, 40000, 0, 40000, QUAL_UP_TO);
	chartset_add_point(&cs, "United States", sample_day(10, 25), 3000,
	    QUAL_AT_LEAST);
	chartset_add_point(&cs, "Russia", sample_day(10, 26), 40000,
	    QUAL_UP_TO);
	chartset_add_point(&cs, "Ukraine", sample_day(10, 14), 10000,
	    QUAL_APPROX);
	chartset_add_point(&cs, "Ukraine", sample_day(10, 25), 12000,
	    QUAL_APPROX);
	chartset_add_point(&cs, "NATO", sample_day(10, 10), 3000,
	    QUAL_MORE_THAN);
	chartset_add_change(&cs, "United States", NAN, 3000,
	    CHART_CHANGE_NEW);
	chartset_add_change(&cs, "Russia", NAN, 40000, CHART_CHANGE_NEW);
	chartset_add_change(&cs, "Ukraine", 10000, 12000, CHART_CHANGE_UP);
	chartset_add_change(&cs, "NATO", 3000, NAN, CHART_CHANGE_SILENT);
	/* present/ may say the qualifiers itself */
	chartset_add_change(&cs, "Poland", NAN, 500, CHART_CHANGE_NEW);
	chartset_set_change_quals(&cs, QUAL_EXACT, QUAL_LESS_THAN);
	chartset_set_period(&cs, sample_day(10, 25), sample_day(10, 31));
	drawn_make(&d, CHART_CHANGES, &cs, &st);
	for (i = 0; i < sizeof(want) / sizeof(*want); i++) {
		assert_string_equal(chart_change_words(&cs, i, text,
		    sizeof(text)), want[i].words);
		if (chartlabels_find(&d.labels, want[i].words) == NULL)
			fail_msg("\"%s\" not drawn", want[i].words);
	}
	drawn_release(&d);
	chartset_release(&cs);
	/* the sample's vague figure, new this period: a filled floor */
	sample_positions(&cs);
	drawn_make_at(&d, CHART_CHANGES, &cs, &st, 720);
	changes_layout(&cs, &st, 720, d.h, &lay);
	x = axis_map(&lay.axis, 2000, lay.x0, lay.x1);
	y = lay.row_y0 + 2 * lay.row_step;
	assert_int_equal(pixel_at(d.sf, x, y), rgb_hex(palette_color(
	    chartset_slot(&cs, "United States (deployed)"))));
	drawn_release(&d);
	chartset_release(&cs);
}

/*
 * "At least 3,000" and "about 12,000" can both be true: the matrix must
 * not paint them as the pair furthest apart, but mark them as fitting,
 * and say so in its legend; "about 10,000" and "about 12,000" conflict
 * and keep their ratio on the blue scale.
 */
static void
should_mark_compatible_pairs_as_fitting_not_far_apart(void **state)
{
	static const char *const names[] = { "A", "B" };
	struct chartstyle st;
	struct chartset cs;
	struct rgb fill, ink;
	struct drawn d;
	char text[64];

	(void)state;
	chartstyle_defaults(&st);
	sample_positions(&cs);
	/* 0: United States (arrived) ≥3,000; 1: Ukraine (deployed)
	 * ≈12,000; 3: United States (planned (projection)) ≈10,000 */
	assert_true(matrix_compatible(&cs, 0, 1));
	assert_true(matrix_compatible(&cs, 1, 0));
	assert_string_equal(matrix_cell_text(&cs, 0, 1, text, sizeof(text)),
	    "fits");
	matrix_cell_color(&cs, &st, 0, 1, &fill, &ink);
	assert_int_equal(rgb_hex(fill), rgb_hex(st.fits));
	assert_true(rgb_hex(fill) != rgb_hex(st.seq_dark));
	assert_false(matrix_compatible(&cs, 3, 1));
	assert_string_equal(matrix_cell_text(&cs, 3, 1, text, sizeof(text)),
	    "0.8×");
	matrix_cell_color(&cs, &st, 3, 1, &fill, &ink);
	assert_true(rgb_hex(fill) != rgb_hex(st.fits));
	drawn_make(&d, CHART_MATRIX, &cs, &st);
	assert_non_null(chartlabels_find(&d.labels, "fits"));
	assert_non_null(chartlabels_find(&d.labels, MATRIX_FITS_LEGEND));
	/* 3,000 ÷ 12,000 is no distance between these claims */
	assert_null(chartlabels_find(&d.labels, "0.2×"));
	assert_null(chartlabels_find(&d.labels, "4.0×"));
	drawn_release(&d);
	chartset_release(&cs);
	/* intervals present/ gives: more than 3,000 leaves 3,000 out */
	chartset_init(&cs);
	sample_matrix(&cs, 2, names, (double[]){ 3000, 3000 });
	chartset_set_matrix_intervals(&cs, (struct chartinterval[]){
	    { 3000, NAN, QUAL_MORE_THAN }, { 3000, 3000, QUAL_EXACT } });
	assert_false(matrix_compatible(&cs, 0, 1));
	chartset_set_matrix_intervals(&cs, (struct chartinterval[]){
	    { 3000, NAN, QUAL_MORE_THAN }, { 2945, 3255, QUAL_APPROX } });
	assert_true(matrix_compatible(&cs, 0, 1));
	chartset_set_matrix_intervals(&cs, (struct chartinterval[]){
	    { 0, 40000, QUAL_UP_TO }, { 11400, 12600, QUAL_APPROX } });
	assert_true(matrix_compatible(&cs, 0, 1));
	chartset_release(&cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_draw_the_range_chart_with_each_mark_at_its_value),
		cmocka_unit_test(
		    should_label_each_row_with_its_qualified_figure_and_the_spread),
		cmocka_unit_test(
		    should_keep_timeline_end_labels_apart_and_on_the_canvas),
		cmocka_unit_test(should_spread_crowded_labels_without_overlap),
		cmocka_unit_test(
		    should_darken_matrix_cells_with_the_distance_and_switch_text_colour),
		cmocka_unit_test(
		    should_keep_a_sources_colour_whatever_other_sources_appear),
		cmocka_unit_test(should_give_a_colliding_name_the_next_free_colour),
		cmocka_unit_test(
		    should_recompute_cached_colours_when_a_source_is_added),
		cmocka_unit_test(
		    should_say_no_claims_in_every_chart_of_an_empty_period),
		cmocka_unit_test(should_show_one_times_when_all_sources_agree),
		cmocka_unit_test(should_switch_to_a_log_axis_for_a_billion),
		cmocka_unit_test(should_ellipsize_a_long_name_inside_the_canvas),
		cmocka_unit_test(
		    should_draw_a_single_source_and_a_name_with_quotes),
		cmocka_unit_test(should_fit_every_label_whole_at_the_pdf_width),
		cmocka_unit_test(should_name_a_new_vague_figure_by_its_floor),
		cmocka_unit_test(should_thin_date_ticks_by_their_measured_width),
		cmocka_unit_test(
		    should_leave_out_points_older_than_the_window_and_name_it),
		cmocka_unit_test(should_draw_one_point_per_series_per_day),
		cmocka_unit_test(
		    should_step_a_long_timeline_by_week_then_by_30_days),
		cmocka_unit_test(should_write_four_charts_in_three_formats),
		cmocka_unit_test(
		    should_write_the_pixels_cairo_writes_through_libpng),
		cmocka_unit_test(
		    should_scale_png_with_dpi_and_find_text_in_the_pdf),
		cmocka_unit_test(should_refuse_nonsense_options_with_usage_status),
		cmocka_unit_test(
		    should_keep_timeline_markers_at_their_values_and_move_only_labels),
		cmocka_unit_test(
		    should_keep_qualifiers_in_the_changes_words_and_fill_new_rows),
		cmocka_unit_test(
		    should_mark_compatible_pairs_as_fitting_not_far_apart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
