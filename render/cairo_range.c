/*
 * cairo_range.c - the range chart: one row per source (and label), the
 * estimate as a marker, its interval as a bar, open intervals as arrows
 * to the edge, the qualified figure next to the mark, and the spread
 * between lowest and highest above the rows.
 */
#include <math.h>
#include <stdio.h>

#include "claimtrack.h"
#include "canvas.h"
#include "textfmt.h"

#define ROW_LABEL_MAX 512

/* The interval of a row: a translucent bar, or an arrow to the edge. */
static void
row_interval(struct canvas *cv, const struct range_layout *lay,
    const struct rangerow *r, double y, struct rgb c)
{
	double from, to, x0, x1;
	enum range_span sp = range_row_span(lay, r, &from, &to);

	x0 = axis_map(&lay->axis, from, lay->x0, lay->x1);
	x1 = axis_map(&lay->axis, to, lay->x0, lay->x1);
	if (sp == SPAN_OPEN_HIGH)
		canvas_arrow(cv, x0, y, lay->x1 + 14, y, 3, c);
	else if (sp == SPAN_OPEN_LOW)
		canvas_arrow(cv, x0, y, lay->x0 - 2, y, 3, c);
	else if (sp == SPAN_BAR && x1 - x0 > 1) {
		cairo_set_source_rgba(cv->cr, c.r, c.g, c.b, 0.45);
		cairo_set_line_width(cv->cr, 8);
		cairo_set_line_cap(cv->cr, CAIRO_LINE_CAP_ROUND);
		cairo_move_to(cv->cr, x0, y);
		cairo_line_to(cv->cr, x1, y);
		cairo_stroke(cv->cr);
		cairo_set_line_cap(cv->cr, CAIRO_LINE_CAP_BUTT);
	}
}

/* The qualified figure beside the marker, above the bar line. */
static void
row_value(struct canvas *cv, const struct range_layout *lay,
    const struct rangerow *r, double x, double y)
{
	char text[TEXTFMT_NUM_LEN * 2 + 32];
	double tw, th, gap = cv->st->marker + 4;

	chart_range_figure(r, text, sizeof(text));
	canvas_text_size(cv, text, canvas_font_text(cv), &tw, &th);
	if (isnan(r->value))
		x = isnan(r->low) ? lay->x0 : axis_map(&lay->axis, r->low,
		    lay->x0, lay->x1);
	if (x + gap + tw > cv->w - cv->st->margin)
		canvas_text(cv, text, x - gap, y - 3, A_RIGHT | A_BOTTOM,
		    canvas_font_text(cv), cv->st->ink, 0);
	else
		canvas_text(cv, text, x + gap, y - 3, A_LEFT | A_BOTTOM,
		    canvas_font_text(cv), cv->st->ink, 0);
}

static void
row_draw(struct canvas *cv, const struct range_layout *lay, size_t i)
{
	const struct rangerow *r = &cv->cs->ranges[i];
	size_t slot = chartset_slot(cv->cs, r->source);
	struct rgb c = r->flags ? cv->st->muted : palette_color(slot);
	double y = lay->row_y0 + i * lay->row_step;
	double x = axis_map(&lay->axis, r->value, lay->x0, lay->x1);
	char name[ROW_LABEL_MAX];

	chart_row_label(r->source, r->label, name, sizeof(name));
	canvas_textn(cv, name, cv->st->margin + lay->label_w, y,
	    A_RIGHT | A_MIDDLE, canvas_font_text(cv), cv->st->ink, lay->label_w,
	    lay->label_lines);
	row_interval(cv, lay, r, y, c);
	if (!isnan(r->value))
		canvas_marker(cv, x, y, cv->st->marker, palette_marker(slot), c,
		    r->flags == 0);
	row_value(cv, lay, r, x, y);
}

/* "4.0× between lowest and highest" over a bracket joining the two. */
static void
spread_draw(struct canvas *cv, const struct range_layout *lay)
{
	char ratio[TEXTFMT_NUM_LEN], text[TEXTFMT_NUM_LEN + 64];
	size_t lo, hi;
	double r = chartset_spread(cv->cs, &lo, &hi), xl, xh, y, tw, th, cx;
	struct textfont bold = { cv->st->text_size, 1 };

	if (isnan(r))
		return;
	xl = axis_map(&lay->axis, cv->cs->ranges[lo].value, lay->x0, lay->x1);
	xh = axis_map(&lay->axis, cv->cs->ranges[hi].value, lay->x0, lay->x1);
	y = lay->y0 - 6;
	canvas_color(cv, cv->st->ink);
	cairo_set_line_width(cv->cr, 1.2);
	cairo_move_to(cv->cr, xl, y + 5);
	cairo_line_to(cv->cr, xl, y);
	cairo_line_to(cv->cr, xh, y);
	cairo_line_to(cv->cr, xh, y + 5);
	cairo_stroke(cv->cr);
	snprintf(text, sizeof(text), "%s between lowest and highest",
	    textfmt_ratio(r, ratio, sizeof(ratio)));
	canvas_text_size(cv, text, bold, &tw, &th);
	cx = fmin(fmax((xl + xh) / 2, lay->x0 + tw / 2),
	    cv->w - cv->st->margin - tw / 2);
	canvas_text(cv, text, cx, y - 3, A_CENTER | A_BOTTOM, bold,
	    cv->st->ink, 0);
}

/* Under the axis: the legend of grey rows and how many are shown. */
static void
range_note(struct canvas *cv, const struct range_layout *lay)
{
	char note[320];

	if (*chart_range_note(cv->cs, lay->shown, lay->rows, note,
	    sizeof(note)) == '\0')
		return;
	canvas_text(cv, note, cv->st->margin, lay->note_y, A_LEFT | A_TOP,
	    canvas_font_small(cv), cv->st->ink, cv->w - 2 * cv->st->margin);
}

void
draw_range(struct canvas *cv)
{
	struct range_layout lay;
	char caption[512];
	size_t i;

	if (cv->cs->nranges == 0) {
		canvas_empty(cv);
		return;
	}
	range_layout(cv->cs, cv->st, cv->w, cv->h, &lay);
	snprintf(caption, sizeof(caption), "%s%s", cv->cs->meta.measure ?
	    cv->cs->meta.measure : "", lay.axis.log ?
	    " (log scale: each step is ten times the last)" : "");
	canvas_haxis(cv, &lay.axis, lay.x0, lay.x1, lay.y0, lay.y1, caption);
	for (i = 0; i < lay.shown; i++)
		row_draw(cv, &lay, i);
	spread_draw(cv, &lay);
	range_note(cv, &lay);
}
