/*
 * chart_cairo.h - the cairo + pango renderer: the backend triple that
 * render_charts() drives, and chart_cairo_draw(), which draws one chart
 * on any cairo context (tests draw on an image surface).
 */
#ifndef CHART_CAIRO_H
#define CHART_CAIRO_H

#include <cairo.h>

#include "chart.h"

/* A text the renderer laid out, with its box as drawn (ellipsized). */
struct chartlabel {
	char	*text;		/* the string before ellipsizing */
	double	 x, y;		/* top left, px */
	double	 w, h;		/* ink size as laid out, px */
	int	 ellipsized;	/* 1 when cut with "…" to fit */
};

/* The labels of one chart, in drawing order; owns its texts. */
struct chartlabels {
	struct chartlabel *v;	/* labels */
	size_t	 n;		/* used */
};

void	chartlabels_init(struct chartlabels *);
void	chartlabels_release(struct chartlabels *);
/* The first label whose text equals s, or NULL. */
const struct chartlabel *chartlabels_find(const struct chartlabels *,
	    const char *s);

/*
 * Draw chart k of cs on cr in a w x h px area, recording every text laid
 * out in labels (may be NULL). Returns the cairo status of cr afterwards
 * (CAIRO_STATUS_SUCCESS when all went well).
 */
cairo_status_t chart_cairo_draw(cairo_t *cr, enum chart_kind k,
	    const struct chartset *cs, const struct chartstyle *st,
	    double w, double h, struct chartlabels *labels);

/* Backend triple: opts must outlive the renderer. */
struct chartcairo *chartcairo_new(const struct chart_opts *);
/*
 * Write base.png, base.svg, base.pdf (as opts->formats says) of chart k.
 * Returns EXIT_OK or EXIT_FATAL after reporting "path: cairo message".
 */
int	chartcairo_render(struct chartcairo *, enum chart_kind,
	    const struct chartset *, const char *base);
void	chartcairo_free(struct chartcairo *);

#endif
