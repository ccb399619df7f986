/*
 * cairo_matrix.c - the discrepancy matrix: sources by sources, each cell
 * the ratio row / column as text on a light-to-dark blue scale (darker =
 * further apart), the text turning white on dark cells; a pair whose
 * claims can both be true hatched and marked "fits".
 */
#include <math.h>
#include <stdio.h>

#include "claimtrack.h"
#include "canvas.h"
#include "textfmt.h"

/* Diagonal hatching over a square cell of side a: a compatible pair. */
static void
hatch_draw(struct canvas *cv, double x, double y, double a)
{
	double d;

	cairo_save(cv->cr);
	cairo_rectangle(cv->cr, x, y, a, a);
	cairo_clip(cv->cr);
	canvas_color(cv, cv->st->hatch);
	cairo_set_line_width(cv->cr, 1);
	for (d = -a; d < a; d += 6) {
		cairo_move_to(cv->cr, x + d, y + a);
		cairo_line_to(cv->cr, x + d + a, y);
	}
	cairo_stroke(cv->cr);
	cairo_restore(cv->cr);
}

/* Is any pair of the sources shown compatible? */
static int
any_fits(const struct chartset *cs, const struct matrix_layout *lay)
{
	size_t i, j;

	for (i = 0; i < lay->shown; i++)
		for (j = i + 1; j < lay->shown; j++)
			if (matrix_compatible(cs, i, j))
				return 1;
	return 0;
}

static void
cell_draw(struct canvas *cv, const struct matrix_layout *lay, size_t i,
    size_t j)
{
	double x = lay->x0 + j * lay->cell, y = lay->y0 + i * lay->cell;
	struct rgb fill, ink;
	char text[TEXTFMT_NUM_LEN];

	matrix_cell_color(cv->cs, cv->st, i, j, &fill, &ink);
	canvas_color(cv, fill);
	cairo_rectangle(cv->cr, x + 1, y + 1, lay->cell - 2, lay->cell - 2);
	cairo_fill(cv->cr);
	if (matrix_compatible(cv->cs, i, j))
		hatch_draw(cv, x + 1, y + 1, lay->cell - 2);
	if (i != j)
		canvas_text(cv, matrix_cell_text(cv->cs, i, j, text,
		    sizeof(text)), x + lay->cell / 2, y + lay->cell / 2,
		    A_CENTER | A_MIDDLE, (struct textfont){ lay->font, 0 }, ink,
		    lay->cell - 4);
}

/*
 * Source names: rows on the left, columns above (two lines at most); when
 * the names do not fit above the cells, numbers head the columns and
 * stand before the row names ("1  Ukraine").
 */
static void
names_draw(struct canvas *cv, const struct matrix_layout *lay)
{
	char name[1024];
	size_t i, slot;
	double x, y;

	for (i = 0; i < lay->shown; i++) {
		slot = chartset_slot(cv->cs, cv->cs->mnames[i]);
		y = lay->y0 + (i + 0.5) * lay->cell;
		canvas_marker(cv, lay->x0 - 12, y, cv->st->marker * 0.8,
		    palette_marker(slot), palette_color(slot), 1);
		matrix_row_name(cv->cs, lay, i, name, sizeof(name));
		canvas_textn(cv, name, lay->x0 - 22, y, A_RIGHT | A_MIDDLE,
		    canvas_font_text(cv), cv->st->ink, lay->label_w,
		    lay->label_lines);
		x = lay->x0 + (i + 0.5) * lay->cell;
		canvas_marker(cv, x, lay->y0 - 8, cv->st->marker * 0.8,
		    palette_marker(slot), palette_color(slot), 1);
		if (lay->numbered)
			snprintf(name, sizeof(name), "%zu", i + 1);
		canvas_text2(cv, lay->numbered ? name : cv->cs->mnames[i], x,
		    lay->y0 - 18, A_CENTER | A_BOTTOM, lay->numbered ?
		    canvas_font_text(cv) : canvas_font_small(cv), cv->st->ink,
		    lay->cell - 4);
	}
}

/* "12 of 40 rows shown; summary.json has all" below the cells. */
static void
note_draw(struct canvas *cv, const struct matrix_layout *lay)
{
	char note[128];

	if (*matrix_note(cv->cs, lay, note, sizeof(note)) == '\0')
		return;
	canvas_text(cv, note, cv->st->margin, lay->y0 + lay->shown * lay->cell +
	    8, A_LEFT | A_TOP, canvas_font_small(cv), cv->st->ink,
	    cv->w - 2 * cv->st->margin);
}

void
draw_matrix(struct canvas *cv)
{
	struct matrix_layout lay;
	char legend[320];
	size_t i, j;

	if (cv->cs->mn == 0) {
		canvas_empty(cv);
		return;
	}
	matrix_layout(cv->cs, cv->st, cv->w, cv->h, &lay);
	canvas_text(cv, matrix_legend(cv->cs, lay.shown, legend,
	    sizeof(legend)), cv->st->margin,
	    cv->st->header - 4, A_LEFT | A_TOP, canvas_font_small(cv),
	    cv->st->muted, cv->w - 2 * cv->st->margin);
	if (any_fits(cv->cs, &lay))
		canvas_text(cv, MATRIX_FITS_LEGEND, cv->st->margin,
		    cv->st->header + 12, A_LEFT | A_TOP, canvas_font_small(cv),
		    cv->st->muted, cv->w - 2 * cv->st->margin);
	names_draw(cv, &lay);
	for (i = 0; i < lay.shown; i++)
		for (j = 0; j < lay.shown; j++)
			cell_draw(cv, &lay, i, j);
	note_draw(cv, &lay);
}
