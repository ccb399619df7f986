/*
 * canvas.h - drawing helpers private to the cairo renderer: text through
 * pango (ellipsized, recorded as labels), markers, arrows, the frame
 * (title, subtitle, source line) and value axes.
 */
#ifndef CANVAS_H
#define CANVAS_H

#include <cairo.h>
#include <pango/pangocairo.h>

#include "chart.h"
#include "chart_cairo.h"

/* Where (x, y) sits on a text's box: a horizontal | a vertical anchor. */
enum anchor {
	A_LEFT = 0, A_CENTER = 1, A_RIGHT = 2,
	A_TOP = 0, A_MIDDLE = 4, A_BOTTOM = 8
};

struct canvas {
	cairo_t	*cr;		/* borrowed */
	PangoLayout *layout;	/* owned: one layout for every text */
	const struct chartstyle *st; /* borrowed */
	const struct chartset *cs; /* borrowed */
	double	 w, h;		/* size in px */
	struct chartlabels *labels; /* borrowed, may be NULL */
};

/* Text font of a call: size in px and weight. */
struct textfont {
	double	 size;		/* px */
	int	 bold;		/* 1 for bold */
};

void	canvas_init(struct canvas *, cairo_t *, const struct chartset *,
	    const struct chartstyle *, double w, double h,
	    struct chartlabels *);
void	canvas_release(struct canvas *);

/*
 * Draw one line of s anchored at (x, y), ellipsized to maxw px (0 = no
 * limit), in colour c; record it. Returns the width drawn.
 */
double	canvas_text(struct canvas *, const char *s, double x, double y,
	    int anchor, struct textfont, struct rgb c, double maxw);
/* Like canvas_text, wrapping onto at most two lines within maxw. */
double	canvas_text2(struct canvas *, const char *s, double x, double y,
	    int anchor, struct textfont, struct rgb c, double maxw);
/* canvas_text() when lines is 1, canvas_text2() when it is 2. */
double	canvas_textn(struct canvas *, const char *s, double x, double y,
	    int anchor, struct textfont, struct rgb c, double maxw, int lines);
/* Size of s as canvas_text would draw it without a limit. */
void	canvas_text_size(struct canvas *, const char *s, struct textfont,
	    double *w, double *h);

void	canvas_color(struct canvas *, struct rgb);
/* A marker of radius r: filled in c with a white rim, or hollow. */
void	canvas_marker(struct canvas *, double x, double y, double r,
	    enum marker, struct rgb c, int filled);
/* A line from (x0, y0) to (x1, y1) ending in an arrowhead. */
void	canvas_arrow(struct canvas *, double x0, double y0, double x1,
	    double y1, double width, struct rgb c);
/* White background, title, subtitle and source line of chart k. */
void	canvas_frame(struct canvas *, enum chart_kind);
/* "no claims in this period" across the body. */
void	canvas_empty(struct canvas *);
/*
 * Vertical grid lines and tick labels of a horizontal value axis between
 * x0 and x1, from ytop down to ybase, with caption below the ticks.
 */
void	canvas_haxis(struct canvas *, const struct axis *, double x0,
	    double x1, double ytop, double ybase, const char *caption);

/* "30 of 340 rows shown; summary.json has all" at the layout's note
 * place, when some rows are left out. */
void	canvas_rows_note(struct canvas *, const struct range_layout *);

/* Font shorthands from the style. */
struct textfont canvas_font_text(const struct canvas *);
struct textfont canvas_font_small(const struct canvas *);

/* The per-chart drawing functions (cairo_*.c). */
void	draw_range(struct canvas *);
void	draw_timeline(struct canvas *);
void	draw_matrix(struct canvas *);
void	draw_changes(struct canvas *);

#endif
