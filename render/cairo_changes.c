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

/* The change in words: "new: 12,000", "up 2,000", "silent (was 3,000)". */
static void
status_text(const struct changerow *c, char *buf, size_t n)
{
	char a[TEXTFMT_NUM_LEN], b[TEXTFMT_NUM_LEN];

	switch (c->status) {
	case CHART_CHANGE_NEW:
		snprintf(buf, n, "new: %s", textfmt_number(c->cur, a, sizeof(a)));
		break;
	case CHART_CHANGE_SILENT:
		snprintf(buf, n, "silent (was %s)", textfmt_number(c->prev, a,
		    sizeof(a)));
		break;
	case CHART_CHANGE_UP:
	case CHART_CHANGE_DOWN:
		snprintf(buf, n, "%s %s (from %s)", c->status == CHART_CHANGE_UP ?
		    "up" : "down", textfmt_number(fabs(c->cur - c->prev), a,
		    sizeof(a)), textfmt_number(c->prev, b, sizeof(b)));
		break;
	case CHART_CHANGE_UNCHANGED:
		snprintf(buf, n, "unchanged");
		break;
	}
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

	canvas_text(cv, c->source, lay->x0 - 12, y, A_RIGHT | A_MIDDLE, f,
	    cv->st->ink, cv->st->label_col * cv->w - 12);
	dumbbell_draw(cv, lay, c, y, slot);
	status_text(c, text, sizeof(text));
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
	snprintf(caption, sizeof(caption), "%s%s — hollow: last period, "
	    "filled: this period", cv->cs->meta.measure ?
	    cv->cs->meta.measure : "", lay.axis.log ? " (log scale)" : "");
	canvas_haxis(cv, &lay.axis, lay.x0, lay.x1, lay.y0, lay.y1, caption);
	for (i = 0; i < cv->cs->nchanges; i++)
		row_draw(cv, &lay, i);
}
