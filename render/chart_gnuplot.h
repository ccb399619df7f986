/*
 * chart_gnuplot.h - the gnuplot renderer: for each chart one gnuplot
 * process started through popen(), fed a script with inline datablocks,
 * writing the same file names as the cairo renderer (terminals pngcairo,
 * svg, pdfcairo) with the same layout, scales, colours and labels.
 *
 * Every text (source names, titles, labels) reaches gnuplot as a
 * single-quoted string with quotes doubled and control characters
 * removed, and the terminal runs noenhanced: a name cannot end the
 * string, start a command or be read as markup. Datablocks hold numbers
 * only.
 */
#ifndef CHART_GNUPLOT_H
#define CHART_GNUPLOT_H

#include "chart.h"
#include "util.h"

/*
 * Backend triple. chartgp_new() returns NULL after reporting "gnuplot
 * not found; install gnuplot-nox or use --renderer cairo" when
 * opts->gnuplot is neither an executable path nor found on PATH (the
 * caller exits EXIT_USAGE). opts must outlive the renderer.
 */
struct chartgp *chartgp_new(const struct chart_opts *);
/*
 * Run gnuplot on the script of chart k writing base.{png,svg,pdf}.
 * Returns EXIT_OK; EXIT_USAGE when gnuplot cannot be run (exit status
 * 127); EXIT_FATAL when gnuplot fails; each reported once.
 */
int	chartgp_render(struct chartgp *, enum chart_kind,
	    const struct chartset *, const char *base);
void	chartgp_free(struct chartgp *);

/*
 * Append to sb the whole gnuplot script of chart k for the formats of
 * opts, outputs named base.png etc. Returns 0, or -1 when the script
 * would pass the ceiling of sb.
 */
int	chartgp_script(struct strbuf *sb, enum chart_kind,
	    const struct chartset *, const struct chart_opts *,
	    const char *base);

/* The same, of chart k laid out w x h px, as base.pdf (pdfcairo) only. */
int	chartgp_script_pdf(struct strbuf *sb, enum chart_kind,
	    const struct chartset *, const struct chart_opts *,
	    const char *base, double w, double h);
/*
 * Run gnuplot on the script of chart k laid out w x h px, writing
 * base.pdf; returns like chartgp_render(). For report.pdf, whose charts
 * have the width and height of its boxes.
 */
int	chartgp_render_pdf(struct chartgp *, enum chart_kind,
	    const struct chartset *, const char *base, double w, double h);

/* Append s to sb as a gnuplot single-quoted string, at most max chars. */
int	gp_quote(struct strbuf *sb, const char *s, size_t max_chars);

#endif
