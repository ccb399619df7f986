/*
 * cairo_changes.c - changes since the last period: per source a dumbbell
 * from last period's estimate (hollow) to this period's (filled), and the
 * change in words ("new", "silent", "up 2,000") so colour is not needed.
 */
#include <math.h>
#include <stdio.h>

#include "claimtrack.h"
#include "canvas.h"
#include "textfmt.h"

/*
 * A vague figure new this period: its floor filled (this period's, as
 * the caption says of filled marks), an arrow onwards.
 */
static void
floor_draw(struct canvas *cv, const struct range_layout *lay, double floor,
    double y, size_t slot)
{
	double x = axis_map(&lay->axis, floor, lay->x0, lay->x1);
	double r = cv->st->marker;

	if (lay->x1 + 4 - x > 2 * r + 6)
		canvas_arrow(cv, x + r, y, lay->x1 + 4, y, 2,
		    palette_color(slot));
	canvas_marker(cv, x, y, r, palette_marker(slot), palette_color(slot),
	    1);
}

static void
dumbbell_draw(struct canvas *cv, const struct range_layout *lay,
    const struct changerow *c, double y, size_t slot)
{
	double xp = axis_map(&lay->axis, c->prev, lay->x0, lay->x1);
	double xc = axis_map(&lay->axis, c->cur, lay->x0, lay->x1);
	double r = cv->st->marker;
	struct rgb col = palette_color(slot);

	if (!isnan(c->prev) && !isnan(c->cur) && fabs(xc - xp) > 2 * r + 6)
		canvas_arrow(cv, xp + (xc > xp ? r : -r), y,
		    xc + (xc > xp ? -r - 1 : r + 1), y, 2, col);
	if (!isnan(c->prev))
		canvas_marker(cv, xp, y, r, palette_marker(slot), col, 0);
	if (!isnan(c->cur))
		canvas_marker(cv, xc, y, r, palette_marker(slot), col, 1);
}

static void
row_draw(struct canvas *cv, const struct range_layout *lay, size_t i)
{
	const struct changerow *c = &cv->cs->changes[i];
	size_t slot = chartset_slot(cv->cs, c->source);
	double y = lay->row_y0 + i * lay->row_step;
	char text[TEXTFMT_NUM_LEN * 2 + 32];
	struct textfont f = canvas_font_text(cv);

	canvas_textn(cv, c->source, cv->st->margin + lay->label_w, y,
	    A_RIGHT | A_MIDDLE, f, cv->st->ink, lay->label_w, lay->label_lines);
	dumbbell_draw(cv, lay, c, y, slot);
	if (!isnan(chart_change_floor(cv->cs, i)))
		floor_draw(cv, lay, chart_change_floor(cv->cs, i), y, slot);
	chart_change_words(cv->cs, i, text, sizeof(text));
	f.bold = c->status == CHART_CHANGE_NEW || c->status == CHART_CHANGE_SILENT;
	canvas_text(cv, text, lay->x1 + 16, y, A_LEFT | A_MIDDLE, f,
	    cv->st->ink, cv->w - cv->st->margin - lay->x1 - 16);
}

void
draw_changes(struct canvas *cv)
{
	struct range_layout lay;
	char caption[512];
	size_t i;

	if (cv->cs->nchanges == 0) {
		canvas_empty(cv);
		return;
	}
	changes_layout(cv->cs, cv->st, cv->w, cv->h, &lay);
	chart_changes_caption(cv->cs, lay.axis.log, caption, sizeof(caption));
	canvas_haxis(cv, &lay.axis, lay.x0, lay.x1, lay.y0, lay.y1, caption);
	for (i = 0; i < lay.shown; i++)
		row_draw(cv, &lay, i);
	canvas_rows_note(cv, &lay);
}
