/*
 * test_chart_scale.c - the charts of a crowded story: 40 sources, some
 * with 70-character names, 50 points each. Every label stays on the
 * canvas and clear of the others, the charts say how many sources they
 * leave out, and a vague figure new this period still gets a mark.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cairo.h>

#include "testutil.h"
#include "chart.h"
#include "chart_cairo.h"
#include "chart_gnuplot.h"
#include "chart_sample.h"
#include "palette.h"

#define WIDTH	960
#define NSRC	40
#define NPTS	50

/* Source i: every fifth a 70-character ministry, else "Source 07". */
static void
crowd_name(size_t i, char *buf, size_t n)
{
	if (i % 5 == 0)
		snprintf(buf, n, "Ministry of Defence Intelligence Directorate "
		    "of Region %02zu Analysis Bureau", i);
	else
		snprintf(buf, n, "Source %02zu", i);
}

static void
crowd_fill(struct chartset *cs)
{
	const char *names[NSRC];
	char name[NSRC][128];
	double *r = xcalloc(NSRC * NSRC, sizeof(*r)), v[NSRC];
	size_t i, j;

	chartset_init(cs);
	sample_meta(cs);
	for (i = 0; i < NSRC; i++) {
		crowd_name(i, name[i], sizeof(name[i]));
		names[i] = name[i];
		v[i] = 3000 + 250.0 * (double)i;
		chartset_add_range(cs, name[i], "deployed", v[i], NAN, NAN,
		    QUAL_APPROX);
		for (j = 0; j < NPTS; j++)
			chartset_add_point(cs, name[i], sample_day(9, 1) +
			    (long)j, 3000 + (double)((i * 7 + j * 13) % 40) * 300,
			    QUAL_APPROX);
		chartset_add_change(cs, name[i], v[i] - 500, v[i],
		    CHART_CHANGE_UP);
	}
	for (i = 0; i < NSRC; i++)
		for (j = 0; j < NSRC; j++)
			r[i * NSRC + j] = v[i] / v[j];
	chartset_set_matrix(cs, NSRC, names, r);
	chartset_set_period(cs, sample_day(10, 1), sample_day(10, 20));
	free(r);
}

/* Chart k of cs drawn WIDTH wide at the height it asks for. */
static double
crowd_draw(enum chart_kind k, const struct chartset *cs,
    struct chartlabels *labels)
{
	struct chartstyle st;
	cairo_surface_t *sf;
	cairo_t *cr;
	double h;

	chartstyle_defaults(&st);
	h = chart_height(k, cs, &st, WIDTH);
	sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, WIDTH, (int)h);
	cr = cairo_create(sf);
	chartlabels_init(labels);
	assert_int_equal(chart_cairo_draw(cr, k, cs, &st, WIDTH, h, labels),
	    CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	return h;
}

static bool
boxes_overlap(const struct chartlabel *a, const struct chartlabel *b)
{
	return a->x + 1 < b->x + b->w && b->x + 1 < a->x + a->w &&
	    a->y + 1 < b->y + b->h && b->y + 1 < a->y + a->h;
}

/* Fail when a label leaves the w x h canvas or overlaps another. */
static void
labels_check(const struct chartlabels *ls, double w, double h)
{
	size_t i, j;

	for (i = 0; i < ls->n; i++) {
		const struct chartlabel *a = &ls->v[i];

		if (a->x < 0 || a->x + a->w > w || a->y < 0 || a->y + a->h > h)
			fail_msg("\"%s\" leaves the canvas", a->text);
		for (j = i + 1; j < ls->n; j++)
			if (boxes_overlap(a, &ls->v[j]))
				fail_msg("\"%s\" overlaps \"%s\"", a->text,
				    ls->v[j].text);
	}
}

static void
should_label_only_the_timeline_series_that_fit_and_key_the_rest(
    void **state)
{
	struct timeline_layout lay;
	struct chartlabels ls;
	struct chartstyle st;
	struct chartset cs;
	char note[128];
	double h;

	(void)state;
	crowd_fill(&cs);
	chartstyle_defaults(&st);
	h = crowd_draw(CHART_TIMELINE, &cs, &ls);
	timeline_layout(&cs, &st, WIDTH, h, &lay);
	assert_true(lay.labelled >= 3 && lay.labelled <= TIMELINE_MAX_LABELS);
	assert_int_equal(lay.labelled + lay.keyed + lay.more, NSRC);
	assert_true(lay.keyed > 0 && lay.more > 0);
	/* the key's last entry counts the sources left out */
	timeline_more_note(&lay, note, sizeof(note));
	assert_non_null(strstr(note, " more; summary.json has all"));
	assert_non_null(chartlabels_find(&ls, note));
	assert_false(chartlabels_find(&ls, note)->ellipsized);
	/* keyed names sit below the plot */
	assert_true(lay.key_y > lay.y1);
	labels_check(&ls, WIDTH, h);
	chartlabels_release(&ls);
	chartset_release(&cs);
}

static void
should_draw_the_unkeyed_crowd_fainter_than_the_keyed_series(void **state)
{
	struct timeline_layout lay;
	struct series_ink full, keyed, crowd;
	struct chartstyle st;
	struct chartset cs;

	(void)state;
	crowd_fill(&cs);
	chartstyle_defaults(&st);
	timeline_layout(&cs, &st, WIDTH, chart_height(CHART_TIMELINE, &cs, &st,
	    WIDTH), &lay);
	timeline_ink(&lay, &st, 0, &full);
	timeline_ink(&lay, &st, lay.labelled, &keyed);
	timeline_ink(&lay, &st, lay.labelled + lay.keyed, &crowd);
	assert_double_equal(full.alpha, 1, 1e-9);
	assert_double_equal(full.width, st.line_width, 1e-9);
	assert_true(full.marks);
	assert_false(keyed.marks || crowd.marks);
	assert_true(keyed.alpha < full.alpha && crowd.alpha < keyed.alpha);
	assert_true(keyed.width < full.width && crowd.width < keyed.width);
	/* 50 days of figures: a point a week, so markers do not crowd */
	assert_int_equal(lay.step, 7);
	chartset_release(&cs);
}

static void
should_show_the_first_matrix_sources_that_fit_with_a_k_of_n_note(
    void **state)
{
	struct matrix_layout lay;
	struct chartlabels ls;
	struct chartstyle st;
	struct chartset cs;
	char note[128];
	size_t i;
	double h;

	(void)state;
	crowd_fill(&cs);
	chartstyle_defaults(&st);
	h = crowd_draw(CHART_MATRIX, &cs, &ls);
	matrix_layout(&cs, &st, WIDTH, h, &lay);
	assert_true(lay.shown > 4 && lay.shown < NSRC);
	/* never past the right edge */
	assert_true(lay.x0 + lay.shown * lay.cell <= WIDTH - st.margin + 0.01);
	snprintf(note, sizeof(note), "%zu of %d rows shown; summary.json "
	    "has all", lay.shown, NSRC);
	assert_non_null(chartlabels_find(&ls, note));
	/* every ratio whole in its cell */
	for (i = 0; i < ls.n; i++)
		if (strstr(ls.v[i].text, "×") != NULL && ls.v[i].ellipsized)
			fail_msg("ratio \"%s\" is cut", ls.v[i].text);
	assert_non_null(chartlabels_find(&ls, "1.0×"));
	labels_check(&ls, WIDTH, h);
	chartlabels_release(&ls);
	chartset_release(&cs);
}

static void
should_cap_the_range_and_changes_rows_with_a_k_of_n_note(void **state)
{
	static const enum chart_kind kinds[] = { CHART_RANGE, CHART_CHANGES };
	struct chartlabels ls;
	struct chartset cs;
	char note[128];
	size_t k;
	double h;

	(void)state;
	crowd_fill(&cs);
	snprintf(note, sizeof(note), "%d of %d rows shown; summary.json "
	    "has all", CHART_MAX_ROWS, NSRC);
	for (k = 0; k < 2; k++) {
		h = crowd_draw(kinds[k], &cs, &ls);
		assert_true(h < 1400);
		assert_non_null(chartlabels_find(&ls, note));
		labels_check(&ls, WIDTH, h);
		chartlabels_release(&ls);
	}
	chartset_release(&cs);
}

static void
should_fit_the_rows_a_pdf_box_holds(void **state)
{
	struct range_layout lay;
	struct chartstyle st;
	struct chartset cs;

	(void)state;
	crowd_fill(&cs);
	chartstyle_defaults(&st);
	/* a box 600 px high has 408 px for rows between the header and
	 * the axis band, 20 of them for the note: 11 rows of 34 px */
	range_layout(&cs, &st, 499, 600, &lay);
	assert_int_equal(lay.shown, 11);
	assert_int_equal(lay.rows, NSRC);
	assert_true(lay.note_y + 16 <= 600 - st.footer + 4);
	chartset_release(&cs);
}

/* The pixel at (x, y) of an ARGB32 surface as 0xRRGGBB. */
static unsigned long
pixel_at(cairo_surface_t *sf, double x, double y)
{
	unsigned char *data = cairo_image_surface_get_data(sf);
	int stride = cairo_image_surface_get_stride(sf);
	uint32_t px;

	memcpy(&px, data + (int)y * stride + (int)x * 4, 4);
	return px & 0xffffff;
}

static void
should_mark_a_new_vague_figure_at_its_floor_with_an_arrow(void **state)
{
	struct range_layout lay;
	struct chartlabels ls;
	struct chartstyle st;
	struct chartset cs;
	cairo_surface_t *sf;
	cairo_t *cr;
	struct rgb c;
	double h, x, y;
	unsigned long want;

	(void)state;
	chartset_init(&cs);
	sample_meta(&cs);
	chartset_add_range(&cs, "Ukraine", NULL, 12000, NAN, NAN, QUAL_APPROX);
	chartset_add_range(&cs, "United States", NULL, NAN, 2000, NAN,
	    QUAL_VAGUE);
	chartset_add_change(&cs, "Ukraine", 10000, 12000, CHART_CHANGE_UP);
	chartset_add_change(&cs, "United States", NAN, NAN, CHART_CHANGE_NEW);
	assert_double_equal(chart_change_floor(&cs, 1), 2000, 0);
	assert_true(isnan(chart_change_floor(&cs, 0)));
	chartstyle_defaults(&st);
	h = chart_height(CHART_CHANGES, &cs, &st, WIDTH);
	sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, WIDTH, (int)h);
	cr = cairo_create(sf);
	chartlabels_init(&ls);
	chart_cairo_draw(cr, CHART_CHANGES, &cs, &st, WIDTH, h, &ls);
	cairo_surface_flush(sf);
	changes_layout(&cs, &st, WIDTH, h, &lay);
	c = palette_color(chartset_slot(&cs, "United States"));
	want = (unsigned long)lround(c.r * 255) << 16 |
	    (unsigned long)lround(c.g * 255) << 8 | (unsigned long)lround(c.b *
	    255);
	y = lay.row_y0 + lay.row_step;
	x = axis_map(&lay.axis, 2000, lay.x0, lay.x1);
	/* filled, as new this period, the colour along the arrow too */
	assert_int_equal(pixel_at(sf, x, y), want);
	assert_int_equal(pixel_at(sf, (x + lay.x1) / 2, y), want);
	assert_non_null(chartlabels_find(&ls, "new: vague, ≥2,000"));
	chartlabels_release(&ls);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	chartset_release(&cs);
}

static void
should_say_silent_was_vague_without_a_dash(void **state)
{
	struct chartset cs;
	char text[128];

	(void)state;
	chartset_init(&cs);
	chartset_add_change(&cs, "NATO", NAN, NAN, CHART_CHANGE_SILENT);
	assert_string_equal(chart_change_words(&cs, 0, text, sizeof(text)),
	    "silent (was vague)");
	chartset_release(&cs);
}

static void
should_draw_the_crowded_charts_through_gnuplot(void **state)
{
	char dir[] = "/tmp/claimtrack-scale-XXXXXX", path[128];
	struct chart_opts o;
	struct chartset cs;
	int k;

	(void)state;
	if (system("command -v gnuplot >/dev/null 2>&1") != 0)
		skip();
	assert_non_null(mkdtemp(dir));
	crowd_fill(&cs);
	chart_opts_defaults(&o);
	o.renderer = RENDERER_GNUPLOT;
	o.formats = CHART_PNG;
	assert_int_equal(render_charts(&cs, &o, dir), EXIT_OK);
	for (k = 0; k < CHART_NKINDS; k++) {
		snprintf(path, sizeof(path), "%s/charts/%s.png", dir,
		    chart_name(k));
		assert_int_equal(access(path, R_OK), 0);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/charts", dir);
	rmdir(path);
	rmdir(dir);
	chartset_release(&cs);
}


/* The title of a long measure's chart is read whole: "North Korean
 * troops to be sent to Russia: changes since the last period" was cut
 * to "... changes since the…" (cairo) and clipped (gnuplot). It is set
 * smaller instead, and not cut, in both renderers. */
#define NARROW	640

static void
should_keep_a_long_measures_chart_title_whole(void **state)
{
	static const char label[] = "North Korean troops to be sent to Russia";
	struct chartstyle st;
	struct chartlabels ls;
	struct chartset cs;
	const struct chartlabel *t;
	cairo_surface_t *sf;
	cairo_t *cr;
	char title[256];
	double size, h;

	(void)state;
	chartset_init(&cs);
	chartset_set_meta(&cs, label, "North Korean troops in Russia · week "
	    "2024-10-25 to 2024-10-31 · as of 2024-10-31",
	    "claimtrack · all time: 4 articles, 1 outlet", label);
	chartset_add_range(&cs, "United States", "planned", 10000, 9500,
	    10500, QUAL_APPROX);
	chartset_add_change(&cs, "United States", NAN, 10000,
	    CHART_CHANGE_NEW);
	snprintf(title, sizeof(title), "%s: %s", label,
	    chart_heading(CHART_CHANGES));
	/* as wide as the PDF's page draws it */
	chartstyle_defaults(&st);
	h = chart_height(CHART_CHANGES, &cs, &st, NARROW);
	sf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, NARROW, (int)h);
	cr = cairo_create(sf);
	chartlabels_init(&ls);
	assert_int_equal(chart_cairo_draw(cr, CHART_CHANGES, &cs, &st, NARROW,
	    h, &ls), CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_destroy(sf);
	t = chartlabels_find(&ls, title);
	assert_non_null(t);
	assert_false(t->ellipsized);
	chartlabels_release(&ls);
	/* the size gnuplot is given fits the same width */
	size = chart_title_size(&st, title, NARROW - 2 * st.margin);
	assert_true(size < st.title_size);
	assert_true(chart_text_width(&st, title, size, 1) <= NARROW -
	    2 * st.margin);
	chartset_release(&cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_label_only_the_timeline_series_that_fit_and_key_the_rest),
		cmocka_unit_test(
		    should_draw_the_unkeyed_crowd_fainter_than_the_keyed_series),
		cmocka_unit_test(
		    should_show_the_first_matrix_sources_that_fit_with_a_k_of_n_note),
		cmocka_unit_test(
		    should_cap_the_range_and_changes_rows_with_a_k_of_n_note),
		cmocka_unit_test(should_fit_the_rows_a_pdf_box_holds),
		cmocka_unit_test(
		    should_mark_a_new_vague_figure_at_its_floor_with_an_arrow),
		cmocka_unit_test(should_say_silent_was_vague_without_a_dash),
		cmocka_unit_test(should_draw_the_crowded_charts_through_gnuplot),
		cmocka_unit_test(should_keep_a_long_measures_chart_title_whole),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
