/*
 * gpscript.c - see gpscript.h: helpers shared by the chart scripts and
 * the frame, terminals and outputs of every script (chartgp_script()).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "claimtrack.h"
#include "chart_gnuplot.h"
#include "gpscript.h"
#include "textfmt.h"

#define TITLE_CHARS	110	/* gnuplot cannot ellipsize by width */
#define PX_PT		0.75	/* points per px at 96 dpi */

static void
gp_vadd(struct gpscript *gs, struct strbuf *sb, const char *fmt,
    va_list ap)
{
	char buf[1024];
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);

	if (n < 0 || (size_t)n >= sizeof(buf) ||
	    strbuf_add(sb, buf, (size_t)n) == -1)
		gs->err = -1;
}

void
gp_setup(struct gpscript *gs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	gp_vadd(gs, gs->setup, fmt, ap);
	va_end(ap);
}

void
gp_plot(struct gpscript *gs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	gp_vadd(gs, gs->plot, fmt, ap);
	va_end(ap);
}

void
gp_text(struct gpscript *gs, const char *s, size_t max_chars)
{
	if (gp_quote(gs->setup, s, max_chars) == -1)
		gs->err = -1;
}

void
gp_text_fit(struct gpscript *gs, const char *s, double px, double size)
{
	char fit[4096];

	chart_text_fit(gs->st, s ? s : "", size, px, fit, sizeof(fit));
	gp_text(gs, fit, sizeof(fit));
}

void
gp_screen(struct gpscript *gs, double x, double y)
{
	gp_setup(gs, " screen %.5f, screen %.5f", x / gs->w, 1 - y / gs->h);
}

void
gp_at_screen(struct gpscript *gs, double x, double y)
{
	gp_setup(gs, " at");
	gp_screen(gs, x, y);
}

void
gp_margins(struct gpscript *gs, double x0, double x1, double y0, double y1)
{
	gp_setup(gs, "set lmargin at screen %.5f\nset rmargin at screen %.5f\n"
	    "set tmargin at screen %.5f\nset bmargin at screen %.5f\n",
	    x0 / gs->w, x1 / gs->w, 1 - y0 / gs->h, 1 - y1 / gs->h);
}

long
gp_rgb(struct rgb c)
{
	return (long)lround(c.r * 255) << 16 | (long)lround(c.g * 255) << 8 |
	    (long)lround(c.b * 255);
}

int
gp_point(enum marker m, int filled)
{
	switch (m) {
	case MARKER_CIRCLE:
		return filled ? 7 : 6;
	case MARKER_SQUARE:
		return filled ? 5 : 4;
	case MARKER_DIAMOND:
		return filled ? 13 : 12;
	case MARKER_TRIANGLE_UP:
		return filled ? 9 : 8;
	case MARKER_TRIANGLE_DOWN:
		return filled ? 11 : 10;
	case MARKER_PENTAGON:
		return filled ? 15 : 14;
	case MARKER_CROSS:
		break;
	}
	/* "+", drawn bold (lw 2.5) like cairo's cross; gnuplot has no
	 * hollow one */
	return 1;
}

void
gp_value_tics(struct gpscript *gs, const char *axis, const struct axis *ax,
    double length_px)
{
	size_t every = axis_label_every(ax, length_px, gs->st->small_size *
	    0.62), i;
	char num[TEXTFMT_NUM_LEN];

	gp_setup(gs, "set %stics (", axis);
	for (i = 0; i < ax->nticks; i++) {
		gp_setup(gs, "%s", i ? ", " : "");
		gp_text(gs, i % every == 0 ? textfmt_number(ax->ticks[i], num,
		    sizeof(num)) : "", 40);
		gp_setup(gs, " %.17g", ax->ticks[i]);
	}
	gp_setup(gs, ") scale 0 font ',%.1f' tc rgb '#%06lX'\n",
	    gs->st->small_size * PX_PT, gp_rgb(gs->st->muted));
	/* a hair wider on a log axis: gnuplot drops the label of a tic
	 * on the very end of one (10 at the foot of 10 .. 100,000) */
	gp_setup(gs, "set %srange [%.17g:%.17g]\n", axis, ax->log ?
	    ax->lo * (1 - 1e-9) : ax->lo, ax->log ? ax->hi * (1 + 1e-9) :
	    ax->hi);
	if (ax->log)
		gp_setup(gs, "set logscale %s 10\n", axis);
}

void
gp_empty(struct gpscript *gs)
{
	gp_setup(gs, "unset border\nunset tics\nset xrange [0:1]\n"
	    "set yrange [0:1]\nset label 'no claims in this period'");
	gp_at_screen(gs, gs->w / 2, gs->st->header + 60);
	gp_setup(gs, " center font ',%.1f' tc rgb '#%06lX'\n",
	    gs->st->text_size * 1.2 * PX_PT, gp_rgb(gs->st->muted));
	gp_plot(gs, "plot -1 notitle\n");
}

/* Title (with the chart's heading), subtitle and source line. */
static void
gp_frame(struct gpscript *gs, enum chart_kind k)
{
	const struct chartmeta *m = &gs->cs->meta;
	const struct chartstyle *st = gs->st;
	char title[1024], sub[1024];
	double size;

	if (m->title != NULL && *m->title != '\0')
		snprintf(title, sizeof(title), "%s: %s", m->title,
		    chart_heading_of(gs->cs, k));
	else
		snprintf(title, sizeof(title), "%c%s",
		    chart_heading_of(gs->cs, k)[0] - 'a' + 'A',
		    chart_heading_of(gs->cs, k) + 1);
	size = chart_title_size(st, title, gs->w - 2 * st->margin);
	gp_setup(gs, "reset\nset encoding utf8\nunset key\nset border 0\n"
	    "set label ");
	/* gnuplot cannot ellipsize: cut as cairo would (bold is wider) */
	gp_text_fit(gs, title, (gs->w - 2 * st->margin) * 0.92, size);
	gp_at_screen(gs, st->margin, st->margin + st->title_size * 0.6);
	gp_setup(gs, " left font 'DejaVu Sans:Bold,%.1f' tc rgb '#%06lX'\n",
	    size * PX_PT, gp_rgb(st->ink));
	gp_setup(gs, "set label ");
	gp_text(gs, chart_subtitle(gs->cs, k, sub, sizeof(sub)), TITLE_CHARS);
	gp_at_screen(gs, st->margin, st->margin + st->title_size * 1.55 +
	    st->text_size * 0.6);
	gp_setup(gs, " left font ',%.1f' tc rgb '#%06lX'\nset label ",
	    st->text_size * PX_PT, gp_rgb(st->muted));
	gp_text(gs, m->source_line, TITLE_CHARS);
	gp_at_screen(gs, st->margin, gs->h - st->margin / 2 -
	    st->small_size * 0.6);
	gp_setup(gs, " left font ',%.1f' tc rgb '#%06lX'\n",
	    st->small_size * PX_PT, gp_rgb(st->muted));
}

/* Terminal and output of one format, then the plot command. */
static void
gp_output(struct gpscript *gs, enum chart_format f, const char *base,
    int dpi)
{
	static const char *const ext[] = { "", "png", "svg", "", "pdf" };
	struct strbuf path;
	double s = dpi / 96.0;

	if (f == CHART_PNG)
		gp_setup(gs, "set terminal pngcairo size %d,%d "
		    "font 'DejaVu Sans,%.1f' noenhanced background '#ffffff' "
		    "fontscale %.3f\n", (int)(gs->w * s + 0.5),
		    (int)(gs->h * s + 0.5), gs->st->text_size * PX_PT, s);
	else if (f == CHART_SVG)
		gp_setup(gs, "set terminal svg size %d,%d "
		    "font 'DejaVu Sans,%.1f' noenhanced background '#ffffff'\n",
		    (int)gs->w, (int)gs->h, gs->st->text_size * PX_PT);
	else
		gp_setup(gs, "set terminal pdfcairo size %.3fin,%.3fin "
		    "fontscale 0.75 "
		    "font 'DejaVu Sans,%.1f' noenhanced\n", gs->w / 96,
		    gs->h / 96, gs->st->text_size * PX_PT);
	strbuf_init(&path, 8192);
	if (strbuf_addf(&path, "%s.%s", base, ext[f]) == -1)
		gs->err = -1;
	gp_setup(gs, "set output ");
	gp_text(gs, path.buf ? path.buf : "", 4096);
	strbuf_release(&path);
	gp_setup(gs, "\n");
	if (strbuf_add(gs->setup, gs->plot->buf ? gs->plot->buf : "",
	    gs->plot->len) == -1)
		gs->err = -1;
	gp_setup(gs, "unset output\n");
}

static void
gp_chart(struct gpscript *gs, enum chart_kind k)
{
	switch (k) {
	case CHART_RANGE:
		gp_range(gs);
		break;
	case CHART_TIMELINE:
		gp_timeline(gs);
		break;
	case CHART_MATRIX:
		gp_matrix(gs);
		break;
	case CHART_CHANGES:
		gp_changes(gs);
		break;
	case CHART_NKINDS:
		break;
	}
}

/* The script of chart k laid out w x h px, in the formats fmts. */
static int
script_build(struct strbuf *sb, enum chart_kind k, const struct chartset *cs,
    const struct chart_opts *o, const char *base, double w, double h,
    unsigned formats)
{
	static const enum chart_format fmts[] = { CHART_PNG, CHART_SVG,
	    CHART_PDF };
	struct strbuf plot;
	struct gpscript gs;
	size_t i;

	strbuf_init(&plot, sb->max);
	gs.setup = sb;
	gs.plot = &plot;
	gs.cs = cs;
	gs.st = &o->style;
	gs.w = w;
	gs.h = h;
	gs.err = 0;
	gp_frame(&gs, k);
	gp_chart(&gs, k);
	for (i = 0; i < sizeof(fmts) / sizeof(*fmts); i++)
		if (formats & fmts[i])
			gp_output(&gs, fmts[i], base, o->dpi);
	strbuf_release(&plot);
	return gs.err;
}

int
chartgp_script(struct strbuf *sb, enum chart_kind k,
    const struct chartset *cs, const struct chart_opts *o, const char *base)
{
	return script_build(sb, k, cs, o, base, o->width,
	    chart_height(k, cs, &o->style, o->width), o->formats);
}

int
chartgp_script_pdf(struct strbuf *sb, enum chart_kind k,
    const struct chartset *cs, const struct chart_opts *o, const char *base,
    double w, double h)
{
	return script_build(sb, k, cs, o, base, w, h, CHART_PDF);
}
