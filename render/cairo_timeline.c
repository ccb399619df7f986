/*
 * cairo_timeline.c - estimates against claim date: one line per source,
 * the current period shaded, each series labelled at its last point in a
 * column on the right, labels (never markers) pushed apart so none
 * overlap.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "canvas.h"
#include "date.h"
#include "textfmt.h"

static void
period_shade(struct canvas *cv, const struct timeline_layout *lay)
{
	double a, b;

	if (!cv->cs->has_period)
		return;
	a = axis_map(&lay->xaxis, cv->cs->period_start - 0.5, lay->x0, lay->x1);
	b = axis_map(&lay->xaxis, cv->cs->period_end + 0.5, lay->x0, lay->x1);
	canvas_color(cv, cv->st->shade);
	cairo_rectangle(cv->cr, a, lay->y0, b - a, lay->y1 - lay->y0);
	cairo_fill(cv->cr);
	canvas_text(cv, "this period", (a + b) / 2, lay->y0 + 4,
	    A_CENTER | A_TOP, canvas_font_small(cv), cv->st->muted, 0);
}

/* Horizontal grid and value ticks on the left. */
static void
value_axis(struct canvas *cv, const struct timeline_layout *lay)
{
	char num[TEXTFMT_NUM_LEN], caption[320];
	double y;
	size_t i;

	cairo_set_line_width(cv->cr, 1);
	for (i = 0; i < lay->yaxis.nticks; i++) {
		y = round(axis_map(&lay->yaxis, lay->yaxis.ticks[i], lay->y1,
		    lay->y0)) + 0.5;
		canvas_color(cv, cv->st->grid);
		cairo_move_to(cv->cr, lay->x0, y);
		cairo_line_to(cv->cr, lay->x1, y);
		cairo_stroke(cv->cr);
		canvas_text(cv, textfmt_number(lay->yaxis.ticks[i], num,
		    sizeof(num)), lay->x0 - 6, y, A_RIGHT | A_MIDDLE,
		    canvas_font_small(cv), cv->st->muted, 0);
	}
	canvas_text(cv, chart_timeline_caption(cv->cs, lay->yaxis.log, caption,
	    sizeof(caption)), cv->st->margin, lay->y0 - 12,
	    A_LEFT | A_BOTTOM, canvas_font_small(cv), cv->st->ink,
	    lay->x1 - cv->st->margin);
}

/* Date ticks below the plot: "25 Oct", the first one with its year. */
static void
date_axis(struct canvas *cv, const struct timeline_layout *lay)
{
	size_t every = chart_date_every(lay, cv->st), i;
	char text[160];
	double x;

	for (i = 0; i < lay->xaxis.nticks; i++) {
		x = axis_map(&lay->xaxis, lay->xaxis.ticks[i], lay->x0, lay->x1);
		canvas_color(cv, cv->st->muted);
		cairo_move_to(cv->cr, round(x) + 0.5, lay->y1);
		cairo_line_to(cv->cr, round(x) + 0.5, lay->y1 + 4);
		cairo_stroke(cv->cr);
		if (i % every != 0)
			continue;
		chart_date_label((long)lay->xaxis.ticks[i], i == 0, text,
		    sizeof(text));
		/* low enough to clear the value tick "0" at the corner */
		canvas_text(cv, text, x, lay->y1 + 8, A_CENTER | A_TOP,
		    canvas_font_small(cv), cv->st->muted, 0);
	}
	canvas_text(cv, timeline_date_caption(lay, text, sizeof(text)),
	    (lay->x0 + lay->x1) / 2, lay->y1 + 24,
	    A_CENTER | A_TOP, canvas_font_small(cv), cv->st->ink, 0);
}

/*
 * Draw series i, of rank k in timeline_order(), with the ink of its rank;
 * markers only where they do not crowd the line, else on the last point.
 */
static void
series_draw(struct canvas *cv, const struct timeline_layout *lay, size_t i,
    size_t k)
{
	const struct tseries *s = &cv->cs->series[i];
	size_t slot = chartset_slot(cv->cs, s->source), n, j;
	int carried;
	struct tpoint *v = timeline_points(cv->cs, lay, i, &n, &carried);
	struct rgb c = palette_color(slot);
	struct series_ink ink;
	double x, y, r = cv->st->marker;
	int all = n * 3 * r <= lay->x1 - lay->x0;

	timeline_ink(lay, cv->st, k, &ink);
	cairo_set_source_rgba(cv->cr, c.r, c.g, c.b, ink.alpha);
	cairo_set_line_width(cv->cr, ink.width);
	for (j = 0; j < n; j++) {
		x = axis_map(&lay->xaxis, (double)v[j].day, lay->x0, lay->x1);
		y = axis_map(&lay->yaxis, v[j].value, lay->y1, lay->y0);
		if (j == 0)
			cairo_move_to(cv->cr, x, y);
		else
			cairo_line_to(cv->cr, x, y);
	}
	cairo_stroke(cv->cr);
	/* no marker on a value carried to the window's edge */
	for (j = all ? (size_t)carried : n - 1; j < n && ink.marks; j++)
		canvas_marker(cv, axis_map(&lay->xaxis, (double)v[j].day,
		    lay->x0, lay->x1), axis_map(&lay->yaxis, v[j].value,
		    lay->y1, lay->y0), r, palette_marker(slot), c,
		    !chart_qual_is_bound(v[j].qualifier));
	free(v);
}

/*
 * The end label of a series: a dotted grey pointer at its last value's
 * height to the plot's edge (it does not read as data), then, when the
 * label had to move to stay clear of the others, a thin grey leader to
 * it. No marker beside the label: a marker would stand at a false value.
 */
static void
endlabel_draw(struct canvas *cv, const struct timeline_layout *lay,
    const struct timeline_end *e)
{
	char text[TEXTFMT_NUM_LEN * 3];
	double bend = lay->x1 + 3, lx = lay->x1 + TIMELINE_LEADER;
	int moved = fabs(e->label_y - e->y) > 0.5;

	chart_end_label(cv->cs, e->series, text, sizeof(text));
	canvas_color(cv, cv->st->muted);
	cairo_set_line_width(cv->cr, 1);
	cairo_set_dash(cv->cr, (double[]){ 1.5, 3 }, 2, 0);
	cairo_move_to(cv->cr, e->x + cv->st->marker + 2, e->y);
	cairo_line_to(cv->cr, moved ? bend : lx - 4, e->y);
	cairo_stroke(cv->cr);
	cairo_set_dash(cv->cr, NULL, 0, 0);
	if (moved) {
		cairo_set_line_width(cv->cr, 0.8);
		cairo_move_to(cv->cr, bend, e->y);
		cairo_line_to(cv->cr, lx - 4, e->label_y);
		cairo_stroke(cv->cr);
	}
	canvas_textn(cv, text, lx, e->label_y, A_LEFT | A_MIDDLE,
	    canvas_font_text(cv), cv->st->ink, lay->label_w, lay->label_lines);
}

/* Finite points over all series. */
static size_t
points_count(const struct chartset *cs)
{
	size_t i, j, n = 0;

	for (i = 0; i < cs->nseries; i++)
		for (j = 0; j < cs->series[i].n; j++)
			n += isfinite(cs->series[i].v[j].value) != 0;
	return n;
}

/* One entry of the key: the series' marker and its name. */
static void
key_entry(struct canvas *cv, const struct timeline_layout *lay, size_t e,
    size_t series)
{
	double colw = (cv->w - 2 * cv->st->margin) / (double)lay->key_cols;
	double x = cv->st->margin + (double)(e % lay->key_cols) * colw;
	double y = lay->key_y + (double)(e / lay->key_cols) *
	    TIMELINE_KEY_ROW + TIMELINE_KEY_ROW / 2;
	const char *name = cv->cs->series[series].source;
	size_t slot = chartset_slot(cv->cs, name);

	canvas_marker(cv, x + 6, y, cv->st->marker * 0.7, palette_marker(slot),
	    palette_color(slot), 1);
	canvas_text(cv, name, x + 16, y, A_LEFT | A_MIDDLE,
	    canvas_font_small(cv), cv->st->ink, colw - 22);
}

/* The key below the plot: faded series by name, then how many more. */
static void
key_draw(struct canvas *cv, const struct timeline_layout *lay,
    const size_t *order)
{
	double colw = (cv->w - 2 * cv->st->margin) / (double)lay->key_cols;
	size_t e;
	char note[128];

	for (e = 0; e < lay->keyed; e++)
		key_entry(cv, lay, e, order[lay->labelled + e]);
	if (lay->more == 0)
		return;
	canvas_text(cv, timeline_more_note(lay, note, sizeof(note)),
	    cv->st->margin + (double)(e % lay->key_cols) * colw,
	    lay->key_y + (double)(e / lay->key_cols) * TIMELINE_KEY_ROW +
	    TIMELINE_KEY_ROW / 2, A_LEFT | A_MIDDLE, canvas_font_small(cv),
	    cv->st->muted, cv->w - cv->st->margin - cv->st->margin -
	    (double)(e % lay->key_cols) * colw);
}

void
draw_timeline(struct canvas *cv)
{
	struct timeline_layout lay;
	struct timeline_end *ends;
	size_t *order, i, n;

	timeline_layout(cv->cs, cv->st, cv->w, cv->h, &lay);
	if (points_count(cv->cs) == 0) {
		canvas_empty(cv);
		return;
	}
	period_shade(cv, &lay);
	value_axis(cv, &lay);
	date_axis(cv, &lay);
	order = xcalloc(cv->cs->nseries + 1, sizeof(*order));
	n = timeline_order(cv->cs, order);
	/* faded ones first, so the labelled series stay on top */
	for (i = n; i-- > 0;)
		series_draw(cv, &lay, order[i], i);
	ends = timeline_ends(cv->cs, cv->st, &lay, &n);
	for (i = 0; i < n; i++)
		endlabel_draw(cv, &lay, &ends[i]);
	key_draw(cv, &lay, order);
	free(ends);
	free(order);
}
