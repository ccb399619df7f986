/*
 * gpscript.h - the gnuplot scripts of the four charts, private to the
 * gnuplot renderer. Each chart writes its set-up (datablocks, ranges,
 * tics, labels) into setup and its plot command into plot; the frame and
 * the terminals come from chart_gnuplot.c.
 */
#ifndef GPSCRIPT_H
#define GPSCRIPT_H

#include "chart.h"
#include "util.h"

struct gpscript {
	struct strbuf *setup;	/* set commands and datablocks */
	struct strbuf *plot;	/* one plot command, ending in a newline */
	const struct chartset *cs; /* borrowed */
	const struct chartstyle *st; /* borrowed */
	double	 w, h;		/* chart size, px */
	int	 err;		/* -1 once an append passed a ceiling */
};

/* printf into setup (or plot); remembers a failure in gs->err. */
void	gp_setup(struct gpscript *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	gp_plot(struct gpscript *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Append a quoted text to setup (see gp_quote()). */
void	gp_text(struct gpscript *, const char *s, size_t max_chars);
/* Append a text cut to fit px at a font of size px (chart_text_fit()). */
void	gp_text_fit(struct gpscript *, const char *s, double px,
	    double size);
/* " screen x, screen y" of a canvas point in px from the top left. */
void	gp_screen(struct gpscript *, double x, double y);
/* " at screen x, screen y" of a canvas point given in px from the top left. */
void	gp_at_screen(struct gpscript *, double x, double y);
/* Plot area from px: left, right, top, bottom. */
void	gp_margins(struct gpscript *, double x0, double x1, double y0,
	    double y1);
/* Integer 0xRRGGBB of a colour, as "lc rgb variable" reads it. */
long	gp_rgb(struct rgb);
/* gnuplot point type of a marker, filled or hollow: the same shape as
 * cairo's (canvas_marker()); points are drawn with lw 2.5 so that "+",
 * the cross, is as bold as cairo's. */
int	gp_point(enum marker, int filled);
/*
 * Explicit tics with our number format ("set xtics (...)"), thinned by
 * axis_label_every() along length_px; range and log scale too.
 */
void	gp_value_tics(struct gpscript *, const char *axis,
	    const struct axis *, double length_px);
/* The chart saying "no claims in this period". */
void	gp_empty(struct gpscript *);

void	gp_range(struct gpscript *);
void	gp_timeline(struct gpscript *);
void	gp_matrix(struct gpscript *);
void	gp_changes(struct gpscript *);

#endif
