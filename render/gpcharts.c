/*
 * gpcharts.c - the gnuplot scripts of the four charts, on the layouts of
 * chart_layout.c so they match the cairo charts: datablocks hold numbers
 * only; every text goes through gp_text().
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "gpscript.h"
#include "textfmt.h"

#define PX_PT		0.75	/* points per px at 96 dpi */
#define BAR_ALPHA	0x73000000L /* gnuplot ARGB: 45% transparent */

/* A small text at a canvas point, left-aligned, in colour c. */
static void
screen_note(struct gpscript *gs, const char *text, double x, double y,
    struct rgb c)
{
	gp_setup(gs, "set label ");
	gp_text(gs, text, 200);
	gp_at_screen(gs, x, y);
	gp_setup(gs, " left font ',%.1f' tc rgb '#%06lX'\n",
	    gs->st->small_size * PX_PT, gp_rgb(c));
}

/* "30 of 340 rows shown; summary.json has all" under the axis. */
static void
rows_note(struct gpscript *gs, const struct range_layout *lay, int legend)
{
	char note[320];

	if (legend)
		chart_range_note(gs->cs, lay->shown, lay->rows, note,
		    sizeof(note));
	else
		chart_shown_note(lay->shown, lay->rows, note, sizeof(note));
	if (*note != '\0')
		screen_note(gs, note, gs->st->margin, lay->note_y + 8,
		    gs->st->ink);
}

/* Row names as y tics: row i at y = i, cut to room px. */
static void
row_tics(struct gpscript *gs, const char *const *names,
    const char *const *extra, size_t n, double room)
{
	char name[1024];
	size_t i;

	gp_setup(gs, "set ytics (");
	for (i = 0; i < n; i++) {
		chart_row_label(names[i], extra ? extra[i] : NULL, name,
		    sizeof(name));
		gp_setup(gs, "%s", i ? ", " : "");
		gp_text_fit(gs, name, room, gs->st->text_size);
		gp_setup(gs, " %zu", i);
	}
	gp_setup(gs, ") scale 0 font ',%.1f' tc rgb '#%06lX'\n"
	    "set yrange [%zu.5:-0.5]\n", gs->st->text_size * PX_PT,
	    gp_rgb(gs->st->ink), n - 1);
}

/* A label of text at data (x, row), offset in characters. */
static void
row_label(struct gpscript *gs, const char *text, double x, size_t row,
    const char *where)
{
	gp_setup(gs, "set label ");
	gp_text(gs, text, 80);
	gp_setup(gs, " at first %.17g, first %zu %s front tc rgb '#%06lX'\n",
	    x, row, where, gp_rgb(gs->st->ink));
}

static void
range_rows(struct gpscript *gs, const struct range_layout *lay)
{
	const struct chartset *cs = gs->cs;
	char text[TEXTFMT_NUM_LEN * 2 + 32];
	size_t i, slot;

	gp_setup(gs, "$rows << EOD\n");
	for (i = 0; i < lay->shown; i++) {
		const struct rangerow *r = &cs->ranges[i];

		slot = chartset_slot(cs, r->source);
		/* column 5: a hollow cross (stale, outlier, projected), drawn as an
		 * outline like the changes chart's */
		if (isfinite(r->value))
			gp_setup(gs, "%.17g %zu %d %ld %d\n", r->value, i,
			    gp_point(palette_marker(slot), r->flags == 0),
			    gp_rgb(r->flags ? gs->st->muted :
			    palette_color(slot)), r->flags != 0 &&
			    palette_marker(slot) == MARKER_CROSS);
	}
	gp_setup(gs, "EOD\n");
	for (i = 0; i < lay->shown; i++) {
		const struct rangerow *r = &cs->ranges[i];

		chart_range_figure(r, text, sizeof(text));
		row_label(gs, text, !isnan(r->value) ? r->value :
		    !isnan(r->low) ? r->low : lay->axis.lo, i,
		    "offset 0.9,0.75 left");
	}
}

/*
 * The interval of row i as "from row to colour" in datablock $arrows
 * (open: to the edge of the axis, also an "up to" bar on a log axis,
 * which cannot draw 0) or $bars (closed); 0 when it has none there.
 */
static int
range_interval(const struct range_layout *lay, const struct rangerow *r,
    int arrows, double *from, double *to)
{
	enum range_span sp = range_row_span(lay, r, from, to);

	if (sp == SPAN_OPEN_HIGH || sp == SPAN_OPEN_LOW)
		return arrows;
	return !arrows && sp == SPAN_BAR;
}

/* Datablock $bars or $arrows; a first row off the plot keeps it valid. */
static void
range_intervals(struct gpscript *gs, const struct range_layout *lay,
    int arrows)
{
	const struct chartset *cs = gs->cs;
	double from, to;
	size_t i;
	long c;

	gp_setup(gs, "%s << EOD\n%.17g -9 %.17g 0\n", arrows ? "$arrows" :
	    "$bars", lay->axis.lo, lay->axis.lo);
	for (i = 0; i < lay->shown; i++) {
		const struct rangerow *r = &cs->ranges[i];

		if (!range_interval(lay, r, arrows, &from, &to))
			continue;
		c = gp_rgb(r->flags ? gs->st->muted :
		    palette_color(chartset_slot(cs, r->source)));
		gp_setup(gs, "%.17g %zu %.17g %ld\n", from, i, to,
		    arrows ? c : c | BAR_ALPHA);
	}
	gp_setup(gs, "EOD\n");
}

static void
range_spread(struct gpscript *gs, const struct range_layout *lay)
{
	char ratio[TEXTFMT_NUM_LEN], text[TEXTFMT_NUM_LEN + 64];
	double r, xl, xh, g = 1 + 6 / (lay->y1 - lay->y0);
	size_t lo, hi;

	r = chartset_spread(gs->cs, &lo, &hi);
	if (isnan(r))
		return;
	xl = gs->cs->ranges[lo].value;
	xh = gs->cs->ranges[hi].value;
	gp_setup(gs, "set arrow from first %.17g, graph %.5f to first %.17g, "
	    "graph %.5f nohead lw 1.2 lc rgb '#%06lX'\n", xl, g, xh, g,
	    gp_rgb(gs->st->ink));
	snprintf(text, sizeof(text), "%s between lowest and highest",
	    textfmt_ratio(r, ratio, sizeof(ratio)));
	gp_setup(gs, "set label ");
	gp_text(gs, text, 80);
	gp_setup(gs, " at first %.17g, graph %.5f offset 0,0.8 center "
	    "font 'DejaVu Sans:Bold,%.1f'\n", lay->axis.log ? sqrt(xl * xh) :
	    (xl + xh) / 2, g, gs->st->text_size * PX_PT);
}

void
gp_range(struct gpscript *gs)
{
	const struct chartset *cs = gs->cs;
	const char **names, **extra;
	struct range_layout lay;
	char caption[512];
	size_t i;

	if (cs->nranges == 0) {
		gp_empty(gs);
		return;
	}
	range_layout(cs, gs->st, gs->w, gs->h, &lay);
	gp_margins(gs, lay.x0, lay.x1, lay.y0, lay.y1);
	names = xcalloc(cs->nranges, sizeof(*names));
	extra = xcalloc(cs->nranges, sizeof(*extra));
	for (i = 0; i < lay.shown; i++) {
		names[i] = cs->ranges[i].source;
		extra[i] = cs->ranges[i].label;
	}
	row_tics(gs, names, extra, lay.shown, lay.label_w);
	free(names);
	free(extra);
	gp_value_tics(gs, "x", &lay.axis, lay.x1 - lay.x0);
	gp_setup(gs, "set grid xtics lc rgb '#%06lX' lt 1 lw 1\nset xlabel ",
	    gp_rgb(gs->st->grid));
	snprintf(caption, sizeof(caption), "%s%s", cs->meta.measure ?
	    cs->meta.measure : "", lay.axis.log ?
	    " (log scale: each step is ten times the last)" : "");
	gp_text(gs, caption, 120);
	gp_setup(gs, " font ',%.1f'\n", gs->st->small_size * PX_PT);
	range_intervals(gs, &lay, 0);
	range_intervals(gs, &lay, 1);
	range_rows(gs, &lay);
	range_spread(gs, &lay);
	rows_note(gs, &lay, 1);
	gp_plot(gs, "plot $bars using 1:2:($3-$1):(0):4 with vectors nohead "
	    "lw 8 lc rgb variable, $arrows using 1:2:($3-$1):(0):4 with "
	    "vectors head filled size screen 0.009,25 lw 3 lc rgb variable, "
	    "$rows using 1:2:3:4 with points "
	    "pt variable ps 1.6 lw 2.5 lc rgb variable, $rows using "
	    "1:($5 > 0 ? $2 : 1/0):4 with points pt 1 ps 1.6 lw 6 lc rgb "
	    "variable, $rows using 1:($5 > 0 ? $2 : 1/0) with points pt 1 "
	    "ps 1.6 lw 2.5 lc rgb '#FFFFFF'\n");
}

/* Date tics like the cairo chart: "25 Oct 2024", then "1 Nov", thinned
 * alike; a thinned tic keeps its mark without a label. */
static void
date_tics(struct gpscript *gs, const struct timeline_layout *lay)
{
	const struct axis *ax = &lay->xaxis;
	size_t every = chart_date_every(lay, gs->st), i;
	char text[160];

	gp_setup(gs, "set xtics (");
	for (i = 0; i < ax->nticks; i++) {
		if (i % every == 0)
			chart_date_label((long)ax->ticks[i], i == 0, text,
			    sizeof(text));
		else
			text[0] = '\0';
		gp_setup(gs, "%s", i ? ", " : "");
		gp_text(gs, text, 40);
		gp_setup(gs, " %.0f", ax->ticks[i]);
	}
	gp_setup(gs, ") out nomirror scale 0.5 font ',%.1f' tc rgb '#%06lX'\n"
	    "set xrange [%.17g:%.17g]\nset xlabel ", gs->st->small_size * PX_PT,
	    gp_rgb(gs->st->muted), ax->lo, ax->hi);
	gp_text(gs, timeline_date_caption(lay, text, sizeof(text)), 120);
	gp_setup(gs, " font ',%.1f'\n", gs->st->small_size * PX_PT);
}

/* Datablock $s<i> of the points series i draws (timeline_points()); its
 * last point in *last, whether the first is carried in *carried. */
static size_t
series_block(struct gpscript *gs, const struct timeline_layout *lay,
    size_t i, struct tpoint *last, int *carried)
{
	size_t j, n;
	struct tpoint *v = timeline_points(gs->cs, lay, i, &n, carried);
	enum marker marker = palette_marker(chartset_slot(gs->cs,
	    gs->cs->series[i].source));

	/* columns 3 and 4: the marker, hollow for a bound, and 1 for a
	 * hollow cross (drawn as an outline) */
	gp_setup(gs, "$s%zu << EOD\n", i);
	for (j = 0; j < n; j++)
		gp_setup(gs, "%ld %.17g %d %d\n", v[j].day, v[j].value,
		    gp_point(marker, !chart_qual_is_bound(v[j].qualifier)),
		    marker == MARKER_CROSS &&
		    chart_qual_is_bound(v[j].qualifier));
	gp_setup(gs, "EOD\n");
	if (n > 0)
		*last = v[n - 1];
	free(v);
	return n;
}

/*
 * End label text of series i cut to px, the figure kept whole: gnuplot
 * cannot wrap it onto two lines as cairo does, so the name gives way.
 */
static void
end_text_fit(struct gpscript *gs, size_t i, const char *text, double px)
{
	const char *name = gs->cs->series[i].source;
	size_t len = strlen(name);
	char fit[1024], out[2048];
	double fw;

	if (chart_text_width(gs->st, text, gs->st->text_size, 0) <= px ||
	    strncmp(text, name, len) != 0 || text[len] != ' ') {
		gp_text_fit(gs, text, px, gs->st->text_size);
		return;
	}
	fw = chart_text_width(gs->st, text + len, gs->st->text_size, 0);
	chart_text_fit(gs->st, name, gs->st->text_size, fmax(px - fw, 0),
	    fit, sizeof(fit));
	snprintf(out, sizeof(out), "%s%s", fit, text + len);
	gp_text(gs, out, sizeof(out));
}

/*
 * The end label of a series, like the cairo chart's: a dotted pointer at
 * its last value's height to the plot's edge, a thin leader to the label
 * when it had to move, no marker beside it (it would stand at a false
 * value).
 */
static void
end_label(struct gpscript *gs, const struct timeline_layout *lay,
    const struct timeline_end *e)
{
	char text[TEXTFMT_NUM_LEN * 3];
	double bend = lay->x1 + 3, lx = lay->x1 + TIMELINE_LEADER;
	int moved = fabs(e->label_y - e->y) > 0.5;

	chart_end_label(gs->cs, e->series, text, sizeof(text));
	gp_setup(gs, "set arrow from");
	gp_screen(gs, e->x + gs->st->marker + 2, e->y);
	gp_setup(gs, " to");
	gp_screen(gs, moved ? bend : lx - 4, e->y);
	gp_setup(gs, " nohead lw 0.75 dt 3 lc rgb '#%06lX' front\n",
	    gp_rgb(gs->st->muted));
	if (moved) {
		gp_setup(gs, "set arrow from");
		gp_screen(gs, bend, e->y);
		gp_setup(gs, " to");
		gp_screen(gs, lx - 4, e->label_y);
		gp_setup(gs, " nohead lw 0.6 lc rgb '#%06lX' front\n",
		    gp_rgb(gs->st->muted));
	}
	gp_setup(gs, "set label ");
	end_text_fit(gs, e->series, text, lay->label_w);
	gp_at_screen(gs, lx, e->label_y);
	gp_setup(gs, " left tc rgb '#%06lX' front\n", gp_rgb(gs->st->ink));
}

/*
 * Plot clause of series i, of rank k in timeline_order(), with the ink of
 * its rank; a value carried to the window's edge gets no marker (every
 * ::1 skips it).
 */
static void
series_clause(struct gpscript *gs, const struct timeline_layout *lay,
    size_t i, size_t k, size_t npts, int carried)
{
	size_t slot = chartset_slot(gs->cs, gs->cs->series[i].source);
	long c = gp_rgb(palette_color(slot));
	struct series_ink ink;
	int marks;

	timeline_ink(lay, gs->st, k, &ink);
	marks = ink.marks && npts * 3 * gs->st->marker <= lay->x1 - lay->x0;
	/* gnuplot's alpha byte is transparency: 0 opaque, 255 clear */
	gp_plot(gs, "%s$s%zu using 1:2 with lines lw %.2f lc rgb '#%02X%06lX'",
	    k + 1 == lay->labelled + lay->keyed + lay->more ? "" : ", ", i,
	    ink.width * PX_PT * 1.2, (unsigned)lround((1 - ink.alpha) * 255),
	    c);
	if (marks)
		gp_plot(gs, ", $s%zu using 1:2:3 every ::%d with points pt "
		    "variable ps 1.3 lw 2.5 lc rgb '#%06lX', $s%zu using "
		    "1:($4 > 0 ? $2 : 1/0) every ::%d with points pt 1 ps 1.3 "
		    "lw 6 lc rgb '#%06lX', $s%zu using 1:($4 > 0 ? $2 : 1/0) "
		    "every ::%d with points pt 1 ps 1.3 lw 2.5 lc rgb '#FFFFFF'",
		    i, carried, c, i, carried, c, i, carried);
}

/* The key below the plot, like the cairo chart's. */
static void
timeline_key(struct gpscript *gs, const struct timeline_layout *lay,
    const size_t *order)
{
	double colw = (gs->w - 2 * gs->st->margin) / (double)lay->key_cols;
	double x, y;
	char note[128];
	size_t e, slot;

	for (e = 0; e < lay->keyed + (lay->more > 0); e++) {
		x = gs->st->margin + (double)(e % lay->key_cols) * colw;
		y = lay->key_y + (double)(e / lay->key_cols) *
		    TIMELINE_KEY_ROW + TIMELINE_KEY_ROW / 2;
		gp_setup(gs, "set label ");
		if (e == lay->keyed) {
			gp_text(gs, timeline_more_note(lay, note, sizeof(note)),
			    200);
			gp_at_screen(gs, x, y);
			gp_setup(gs, " left font ',%.1f' tc rgb '#%06lX'\n",
			    gs->st->small_size * PX_PT, gp_rgb(gs->st->muted));
			continue;
		}
		slot = chartset_slot(gs->cs,
		    gs->cs->series[order[lay->labelled + e]].source);
		gp_text_fit(gs, gs->cs->series[order[lay->labelled + e]].source,
		    colw - 22, gs->st->small_size);
		gp_at_screen(gs, x + 6, y);
		gp_setup(gs, " left point pt %d ps 0.8 lw 2.5 lc rgb '#%06lX' offset "
		    "0.9,0 font ',%.1f' front\n", gp_point(palette_marker(slot),
		    1), gp_rgb(palette_color(slot)), gs->st->small_size * PX_PT);
	}
}

/*
 * The series (faded ones first, so the labelled stay on top), then the
 * end labels pushed apart like the cairo chart's (timeline_ends()), then
 * the key.
 */
static void
timeline_series(struct gpscript *gs, const struct timeline_layout *lay)
{
	size_t n = gs->cs->nseries, i, k, npts;
	size_t *order = xcalloc(n + 1, sizeof(*order));
	struct timeline_end *ends;
	struct tpoint last;
	int carried;

	k = timeline_order(gs->cs, order);
	gp_plot(gs, "plot ");
	for (i = k; i-- > 0;) {
		npts = series_block(gs, lay, order[i], &last, &carried);
		series_clause(gs, lay, order[i], i, npts, carried);
	}
	gp_plot(gs, "\n");
	ends = timeline_ends(gs->cs, gs->st, lay, &n);
	for (i = 0; i < n; i++)
		end_label(gs, lay, &ends[i]);
	timeline_key(gs, lay, order);
	free(ends);
	free(order);
}

static void
timeline_period(struct gpscript *gs)
{
	double a = gs->cs->period_start - 0.5, b = gs->cs->period_end + 0.5;

	if (!gs->cs->has_period)
		return;
	gp_setup(gs, "set object 1 rect from first %.1f, graph 0 to first "
	    "%.1f, graph 1 behind fc rgb '#%06lX' fillstyle solid 1.0 "
	    "noborder\nset label 'this period' at first %.1f, graph 1 "
	    "offset 0,-0.8 center font ',%.1f' tc rgb '#%06lX'\n", a, b,
	    gp_rgb(gs->st->shade), (a + b) / 2, gs->st->small_size * PX_PT,
	    gp_rgb(gs->st->muted));
}

void
gp_timeline(struct gpscript *gs)
{
	struct timeline_layout lay;
	char caption[320];
	size_t i, j, n = 0;

	for (i = 0; i < gs->cs->nseries; i++)
		for (j = 0; j < gs->cs->series[i].n; j++)
			n += isfinite(gs->cs->series[i].v[j].value) != 0;
	if (n == 0) {
		gp_empty(gs);
		return;
	}
	timeline_layout(gs->cs, gs->st, gs->w, gs->h, &lay);
	gp_margins(gs, lay.x0, lay.x1, lay.y0, lay.y1);
	date_tics(gs, &lay);
	/* stacked vertically, value labels never touch: no thinning */
	gp_value_tics(gs, "y", &lay.yaxis, 1e9);
	gp_setup(gs, "set grid ytics lc rgb '#%06lX' lt 1 lw 1\nset border 1 "
	    "lc rgb '#%06lX'\nset label ", gp_rgb(gs->st->grid),
	    gp_rgb(gs->st->muted));
	gp_text(gs, chart_timeline_caption(gs->cs, lay.yaxis.log, caption,
	    sizeof(caption)), 120);
	/* centred on its line, clear of the top tick like the cairo chart */
	gp_at_screen(gs, gs->st->margin, lay.y0 - 19);
	gp_setup(gs, " left font ',%.1f'\n", gs->st->small_size * PX_PT);
	timeline_period(gs);
	timeline_series(gs, &lay);
}

/*
 * Cells as rectangles in the colours of matrix_cell_color(), white gaps;
 * a compatible pair hatched and marked "fits" like the cairo chart's.
 * Returns whether any shown pair is compatible.
 */
static int
matrix_cells(struct gpscript *gs, const struct matrix_layout *lay)
{
	const struct chartset *cs = gs->cs;
	char text[TEXTFMT_NUM_LEN];
	struct rgb fill, ink;
	size_t i, j;
	int fits = 0;

	for (i = 0; i < lay->shown; i++)
		for (j = 0; j < lay->shown; j++) {
			matrix_cell_color(cs, gs->st, i, j, &fill, &ink);
			gp_setup(gs, "set object rect from first %zu.5-1, "
			    "first %zu.5-1 to first %zu.5, first %zu.5 behind "
			    "fc rgb '#%06lX' fillstyle solid 1.0 border "
			    "lc rgb '#FFFFFF' lw 2\n", j, i, j, i,
			    gp_rgb(fill));
			if (matrix_compatible(cs, i, j)) {
				fits = 1;
				gp_setup(gs, "set object rect from first "
				    "%zu.5-0.97, first %zu.5-0.97 to first "
				    "%zu.5-0.03, first %zu.5-0.03 behind fc rgb "
				    "'#%06lX' fillstyle transparent pattern 5 "
				    "noborder\n", j, i, j, i,
				    gp_rgb(gs->st->hatch));
			}
			if (i == j)
				continue;
			gp_setup(gs, "set label ");
			gp_text(gs, matrix_cell_text(cs, i, j, text,
			    sizeof(text)), 20);
			gp_setup(gs, " at first %zu, first %zu center front "
			    "font ',%.1f' tc rgb '#%06lX'\n", j, i,
			    lay->font * PX_PT, gp_rgb(ink));
		}
	return fits;
}

/* The source's marker beside its row name and under its column head, as
 * the cairo chart draws them. */
static void
matrix_markers(struct gpscript *gs, const struct matrix_layout *lay)
{
	size_t i, slot;
	int pt;
	long c;

	for (i = 0; i < lay->shown; i++) {
		slot = chartset_slot(gs->cs, gs->cs->mnames[i]);
		pt = gp_point(palette_marker(slot), 1);
		c = gp_rgb(palette_color(slot));
		gp_setup(gs, "set label ''");
		gp_at_screen(gs, lay->x0 - 12, lay->y0 + (i + 0.5) * lay->cell);
		gp_setup(gs, " point pt %d ps 1.2 lw 2.5 lc rgb '#%06lX' front\n"
		    "set label ''", pt, c);
		gp_at_screen(gs, lay->x0 + (i + 0.5) * lay->cell, lay->y0 - 8);
		gp_setup(gs, " point pt %d ps 1.2 lw 2.5 lc rgb '#%06lX' front\n", pt,
		    c);
	}
	/* the names clear of the markers, as in the cairo chart */
	gp_setup(gs, "set ytics offset -1.6,0\nset x2tics offset 0,0.8\n");
}

/* Row names, numbered like the columns when the layout says so. */
static void
matrix_rows(struct gpscript *gs, const struct matrix_layout *lay)
{
	const struct chartset *cs = gs->cs;
	char **names = xcalloc(lay->shown + 1, sizeof(*names)), buf[1024];
	size_t i;

	for (i = 0; i < lay->shown; i++)
		names[i] = xstrdup(matrix_row_name(cs, lay, i, buf, sizeof(buf)));
	row_tics(gs, (const char *const *)names, NULL, lay->shown,
	    lay->label_w);
	for (i = 0; i < lay->shown; i++)
		free(names[i]);
	free(names);
}

/* Column heads: names, or numbers when the layout says so. */
static void
matrix_columns(struct gpscript *gs, const struct matrix_layout *lay)
{
	char num[32];
	size_t i;

	gp_setup(gs, "unset xtics\nset x2range [-0.5:%zu.5]\nset xrange "
	    "[-0.5:%zu.5]\nset x2tics (", lay->shown - 1, lay->shown - 1);
	for (i = 0; i < lay->shown; i++) {
		gp_setup(gs, "%s", i ? ", " : "");
		snprintf(num, sizeof(num), "%zu", i + 1);
		gp_text_fit(gs, lay->numbered ? num : gs->cs->mnames[i],
		    lay->cell - 4, gs->st->small_size);
		gp_setup(gs, " %zu", i);
	}
	gp_setup(gs, ") scale 0 font ',%.1f'\n", (lay->numbered ?
	    gs->st->text_size : gs->st->small_size) * PX_PT);
}

void
gp_matrix(struct gpscript *gs)
{
	const struct chartset *cs = gs->cs;
	struct matrix_layout lay;
	char note[128], legend[320];

	if (cs->mn == 0) {
		gp_empty(gs);
		return;
	}
	matrix_layout(cs, gs->st, gs->w, gs->h, &lay);
	gp_margins(gs, lay.x0, lay.x0 + lay.shown * lay.cell, lay.y0,
	    lay.y0 + lay.shown * lay.cell);
	matrix_rows(gs, &lay);
	matrix_columns(gs, &lay);
	screen_note(gs, matrix_legend(cs, lay.shown, legend, sizeof(legend)),
	    gs->st->margin,
	    gs->st->header + 4, gs->st->muted);
	if (*matrix_note(cs, &lay, note, sizeof(note)) != '\0')
		screen_note(gs, note, gs->st->margin, lay.y0 + lay.shown *
		    lay.cell + 16, gs->st->ink);
	matrix_markers(gs, &lay);
	if (matrix_cells(gs, &lay))
		screen_note(gs, MATRIX_FITS_LEGEND, gs->st->margin,
		    gs->st->header + 18, gs->st->muted);
	gp_plot(gs, "plot -1e30 notitle\n");
}

/*
 * Datablock $floors: a vague figure new this period as its floor (filled
 * point: this period's) and an arrow to the right edge, like the cairo chart; a first
 * row off the plot keeps it valid.
 */
static void
changes_floors(struct gpscript *gs, const struct range_layout *lay)
{
	const struct chartset *cs = gs->cs;
	double floor;
	size_t i, slot;

	gp_setup(gs, "$floors << EOD\n%.17g -9 %.17g 1 0\n", lay->axis.lo,
	    lay->axis.lo);
	for (i = 0; i < lay->shown; i++) {
		floor = chart_change_floor(cs, i);
		if (isnan(floor))
			continue;
		slot = chartset_slot(cs, cs->changes[i].source);
		gp_setup(gs, "%.17g %zu %.17g %d %ld\n", floor, i, lay->axis.hi,
		    gp_point(palette_marker(slot), 1),
		    gp_rgb(palette_color(slot)));
	}
	gp_setup(gs, "EOD\n");
}

static void
changes_rows(struct gpscript *gs, const struct range_layout *lay)
{
	const struct chartset *cs = gs->cs;
	char text[TEXTFMT_NUM_LEN * 2 + 32];
	size_t i, slot;

	gp_setup(gs, "$dumbbells << EOD\n");
	for (i = 0; i < lay->shown; i++) {
		const struct changerow *c = &cs->changes[i];

		slot = chartset_slot(cs, c->source);
		/* column 7: 1 for a cross, which gnuplot cannot draw hollow:
		 * a white cross inside a wider one makes the last period's
		 * an outline, as cairo draws it */
		gp_setup(gs, "%.17g %.17g %zu %d %d %ld %d\n", c->prev, c->cur,
		    i, gp_point(palette_marker(slot), 0),
		    gp_point(palette_marker(slot), 1),
		    gp_rgb(palette_color(slot)),
		    palette_marker(slot) == MARKER_CROSS);
	}
	gp_setup(gs, "EOD\n");
	changes_floors(gs, lay);
	for (i = 0; i < lay->shown; i++) {
		const struct changerow *c = &cs->changes[i];

		chart_change_words(cs, i, text, sizeof(text));
		gp_setup(gs, "set label ");
		gp_text_fit(gs, text, gs->w - gs->st->margin - lay->x1 - 16,
		    gs->st->text_size);
		gp_setup(gs, " at graph 1, first %zu offset 1.6,0 left%s\n", i,
		    c->status == CHART_CHANGE_NEW || c->status == CHART_CHANGE_SILENT ?
		    " font 'DejaVu Sans:Bold'" : "");
	}
}

void
gp_changes(struct gpscript *gs)
{
	const struct chartset *cs = gs->cs;
	struct range_layout lay;
	char caption[512];
	const char **names;
	size_t i;

	if (cs->nchanges == 0) {
		gp_empty(gs);
		return;
	}
	changes_layout(cs, gs->st, gs->w, gs->h, &lay);
	gp_margins(gs, lay.x0, lay.x1, lay.y0, lay.y1);
	names = xcalloc(cs->nchanges, sizeof(*names));
	for (i = 0; i < lay.shown; i++)
		names[i] = cs->changes[i].source;
	row_tics(gs, names, NULL, lay.shown, lay.label_w);
	free(names);
	gp_value_tics(gs, "x", &lay.axis, lay.x1 - lay.x0);
	chart_changes_caption(cs, lay.axis.log, caption, sizeof(caption));
	gp_setup(gs, "set grid xtics lc rgb '#%06lX' lt 1 lw 1\nset xlabel ",
	    gp_rgb(gs->st->grid));
	gp_text(gs, caption, 120);
	gp_setup(gs, " font ',%.1f'\n", gs->st->small_size * PX_PT);
	changes_rows(gs, &lay);
	rows_note(gs, &lay, 0);
	gp_plot(gs, "plot $dumbbells using 1:3:($2-$1):(0):6 with vectors "
	    "head filled size screen 0.008,25 lw 2 lc rgb variable, $dumbbells using 1:3:4:6 "
	    "with points pt variable ps 1.5 lw 2.5 lc rgb variable, $dumbbells "
	    "using 1:($7 > 0 ? $3 : 1/0):6 with points pt 1 ps 1.5 lw 6 lc rgb "
	    "variable, $dumbbells using 1:($7 > 0 ? $3 : 1/0) with points pt 1 "
	    "ps 1.5 lw 2.5 lc rgb '#FFFFFF', $dumbbells "
	    "using 2:3:5:6 with points pt variable ps 1.5 lw 2.5 lc rgb variable, "
	    "$floors using 1:2:($3-$1):(0):5 with vectors head filled size "
	    "screen 0.008,25 lw 2 lc rgb variable, $floors using 1:2:4:5 with "
	    "points pt variable ps 1.5 lw 2.5 lc rgb variable\n");
}
