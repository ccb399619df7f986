/*
 * chart_embed.h - one chart drawn onto any cairo context (a page of
 * report.pdf) by the renderer the options name, so the report shows the
 * charts that renderer draws: cairo draws it there directly; gnuplot
 * draws it as a PDF (terminal pdfcairo) of the box's size, which
 * poppler-glib then draws onto the context as vectors and text.
 */
#ifndef CHART_EMBED_H
#define CHART_EMBED_H

#include <cairo.h>

#include "chart.h"

/*
 * Draw chart k of cs on cr in the box (0, 0, w, h) px through the
 * renderer of o (its style; formats, width and dpi do not matter).
 * Returns EXIT_OK; when gnuplot cannot draw it (reported once), the
 * chart is drawn by cairo instead and EXIT_FATAL is returned.
 */
int	chart_embed_draw(cairo_t *cr, enum chart_kind k,
	    const struct chartset *cs, const struct chart_opts *o,
	    double w, double h);

#endif
