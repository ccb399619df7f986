/*
 * canvas.c - see canvas.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "canvas.h"
#include "textfmt.h"

#define LABEL_MAX 4096	/* bytes of one label, after cleaning */

void
canvas_init(struct canvas *cv, cairo_t *cr, const struct chartset *cs,
    const struct chartstyle *st, double w, double h,
    struct chartlabels *labels)
{
	cv->cr = cr;
	cv->layout = pango_cairo_create_layout(cr);
	cv->st = st;
	cv->cs = cs;
	cv->w = w;
	cv->h = h;
	cv->labels = labels;
}

void
canvas_release(struct canvas *cv)
{
	if (cv->layout != NULL)
		g_object_unref(cv->layout);
	cv->layout = NULL;
}

struct textfont
canvas_font_text(const struct canvas *cv)
{
	return (struct textfont){ cv->st->text_size, 0 };
}

struct textfont
canvas_font_small(const struct canvas *cv)
{
	return (struct textfont){ cv->st->small_size, 0 };
}

void
canvas_color(struct canvas *cv, struct rgb c)
{
	cairo_set_source_rgb(cv->cr, c.r, c.g, c.b);
}

/* Set text, font and limits of the shared layout. */
static void
layout_set(struct canvas *cv, const char *s, struct textfont f,
    double maxw, int lines)
{
	PangoFontDescription *fd = pango_font_description_new();
	char clean[LABEL_MAX];

	pango_font_description_set_family(fd, cv->st->font);
	pango_font_description_set_absolute_size(fd, f.size * PANGO_SCALE);
	pango_font_description_set_weight(fd, f.bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(cv->layout, fd);
	pango_font_description_free(fd);
	/* newlines in a source name must not break the layout */
	textfmt_truncate(s, LABEL_MAX, clean, sizeof(clean));
	pango_layout_set_text(cv->layout, clean, -1);
	pango_layout_set_width(cv->layout, maxw > 0 ?
	    (int)(maxw * PANGO_SCALE) : -1);
	pango_layout_set_wrap(cv->layout, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_height(cv->layout, -lines);
	pango_layout_set_ellipsize(cv->layout, maxw > 0 ?
	    PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
	pango_layout_set_alignment(cv->layout, PANGO_ALIGN_LEFT);
}

static void
label_record(struct canvas *cv, const char *s, double x, double y,
    double w, double h)
{
	int cut = pango_layout_is_ellipsized(cv->layout);

	struct chartlabels *ls = cv->labels;

	if (ls == NULL)
		return;
	ls->v = xreallocarray(ls->v, ls->n + 1, sizeof(*ls->v));
	ls->v[ls->n].text = xstrdup(s);
	ls->v[ls->n].x = x;
	ls->v[ls->n].y = y;
	ls->v[ls->n].w = w;
	ls->v[ls->n].h = h;
	ls->v[ls->n].ellipsized = cut;
	ls->n++;
}

static double
text_lines(struct canvas *cv, const char *s, double x, double y,
    int anchor, struct textfont f, struct rgb c, double maxw, int lines)
{
	PangoRectangle logical;
	double w, h;

	layout_set(cv, s, f, maxw, lines);
	if (lines > 1 && (anchor & 3) == A_CENTER)
		pango_layout_set_alignment(cv->layout, PANGO_ALIGN_CENTER);
	else if (lines > 1 && (anchor & 3) == A_RIGHT)
		pango_layout_set_alignment(cv->layout, PANGO_ALIGN_RIGHT);
	pango_layout_get_pixel_extents(cv->layout, NULL, &logical);
	w = (lines > 1 && maxw > 0) ? maxw : logical.width;
	h = logical.height;
	x -= (anchor & 3) == A_CENTER ? w / 2 : (anchor & 3) == A_RIGHT ?
	    w : 0;
	y -= (anchor & 12) == A_MIDDLE ? h / 2 : (anchor & 12) == A_BOTTOM ?
	    h : 0;
	canvas_color(cv, c);
	cairo_move_to(cv->cr, x, y);
	pango_cairo_show_layout(cv->cr, cv->layout);
	label_record(cv, s, x + logical.x, y, logical.width, h);
	return logical.width;
}

double
canvas_text(struct canvas *cv, const char *s, double x, double y,
    int anchor, struct textfont f, struct rgb c, double maxw)
{
	return text_lines(cv, s, x, y, anchor, f, c, maxw, 1);
}

double
canvas_text2(struct canvas *cv, const char *s, double x, double y,
    int anchor, struct textfont f, struct rgb c, double maxw)
{
	return text_lines(cv, s, x, y, anchor, f, c, maxw, 2);
}

double
canvas_textn(struct canvas *cv, const char *s, double x, double y,
    int anchor, struct textfont f, struct rgb c, double maxw, int lines)
{
	return text_lines(cv, s, x, y, anchor, f, c, maxw, lines > 1 ? 2 : 1);
}

void
canvas_text_size(struct canvas *cv, const char *s, struct textfont f,
    double *w, double *h)
{
	PangoRectangle logical;

	layout_set(cv, s, f, 0, 1);
	pango_layout_get_pixel_extents(cv->layout, NULL, &logical);
	*w = logical.width;
	*h = logical.height;
}

/* Trace a regular polygon of n corners, the first at angle a0. */
static void
polygon_path(cairo_t *cr, double x, double y, double r, int n, double a0)
{
	int i;

	for (i = 0; i < n; i++) {
		double a = a0 + 2 * M_PI * i / n;

		if (i == 0)
			cairo_move_to(cr, x + r * cos(a), y + r * sin(a));
		else
			cairo_line_to(cr, x + r * cos(a), y + r * sin(a));
	}
	cairo_close_path(cr);
}

static void
cross_path(cairo_t *cr, double x, double y, double r)
{
	double t = r * 0.42;

	cairo_move_to(cr, x - t, y - r);
	cairo_line_to(cr, x + t, y - r);
	cairo_line_to(cr, x + t, y - t);
	cairo_line_to(cr, x + r, y - t);
	cairo_line_to(cr, x + r, y + t);
	cairo_line_to(cr, x + t, y + t);
	cairo_line_to(cr, x + t, y + r);
	cairo_line_to(cr, x - t, y + r);
	cairo_line_to(cr, x - t, y + t);
	cairo_line_to(cr, x - r, y + t);
	cairo_line_to(cr, x - r, y - t);
	cairo_line_to(cr, x - t, y - t);
	cairo_close_path(cr);
}

static void
marker_path(cairo_t *cr, double x, double y, double r, enum marker m)
{
	cairo_new_path(cr);
	switch (m) {
	case MARKER_CIRCLE:
		cairo_arc(cr, x, y, r, 0, 2 * M_PI);
		break;
	case MARKER_SQUARE:
		cairo_rectangle(cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
		break;
	case MARKER_DIAMOND:
		polygon_path(cr, x, y, r * 1.25, 4, -M_PI / 2);
		break;
	case MARKER_TRIANGLE_UP:
		polygon_path(cr, x, y + r * 0.2, r * 1.3, 3, -M_PI / 2);
		break;
	case MARKER_TRIANGLE_DOWN:
		polygon_path(cr, x, y - r * 0.2, r * 1.3, 3, M_PI / 2);
		break;
	case MARKER_PENTAGON:
		polygon_path(cr, x, y, r * 1.15, 5, -M_PI / 2);
		break;
	case MARKER_CROSS:
		cross_path(cr, x, y, r * 1.1);
		break;
	}
}

void
canvas_marker(struct canvas *cv, double x, double y, double r, enum marker m,
    struct rgb c, int filled)
{
	marker_path(cv->cr, x, y, r, m);
	if (filled) {
		canvas_color(cv, c);
		cairo_fill_preserve(cv->cr);
		cairo_set_source_rgb(cv->cr, 1, 1, 1);
		cairo_set_line_width(cv->cr, 1.2);
	} else {
		cairo_set_source_rgb(cv->cr, 1, 1, 1);
		cairo_fill_preserve(cv->cr);
		canvas_color(cv, c);
		cairo_set_line_width(cv->cr, 2);
	}
	cairo_stroke(cv->cr);
}

void
canvas_arrow(struct canvas *cv, double x0, double y0, double x1, double y1,
    double width, struct rgb c)
{
	double a = atan2(y1 - y0, x1 - x0), len = 4 + 2.2 * width;

	canvas_color(cv, c);
	cairo_set_line_width(cv->cr, width);
	cairo_move_to(cv->cr, x0, y0);
	cairo_line_to(cv->cr, x1 - cos(a) * len * 0.8, y1 - sin(a) * len * 0.8);
	cairo_stroke(cv->cr);
	cairo_move_to(cv->cr, x1, y1);
	cairo_line_to(cv->cr, x1 - len * cos(a - 0.45),
	    y1 - len * sin(a - 0.45));
	cairo_line_to(cv->cr, x1 - len * cos(a + 0.45),
	    y1 - len * sin(a + 0.45));
	cairo_close_path(cv->cr);
	cairo_fill(cv->cr);
}

void
canvas_frame(struct canvas *cv, enum chart_kind k)
{
	const struct chartmeta *m = &cv->cs->meta;
	const struct chartstyle *st = cv->st;
	struct textfont tf = { st->title_size, 1 };
	double maxw = cv->w - 2 * st->margin;
	char title[LABEL_MAX], sub[LABEL_MAX];

	cairo_set_source_rgb(cv->cr, 1, 1, 1);
	cairo_paint(cv->cr);
	if (m->title != NULL && *m->title != '\0')
		snprintf(title, sizeof(title), "%s: %s", m->title,
		    chart_heading_of(cv->cs, k));
	else
		snprintf(title, sizeof(title), "%c%s",
		    chart_heading_of(cv->cs, k)[0] - 'a' + 'A',
		    chart_heading_of(cv->cs, k) + 1);
	tf.size = chart_title_size(st, title, maxw);
	canvas_text(cv, title, st->margin, st->margin, A_LEFT | A_TOP, tf,
	    st->ink, maxw);
	chart_subtitle(cv->cs, k, sub, sizeof(sub));
	if (*sub != '\0')
		canvas_text(cv, sub, st->margin, st->margin +
		    st->title_size * 1.55, A_LEFT | A_TOP, canvas_font_text(cv),
		    st->muted, maxw);
	if (m->source_line != NULL && *m->source_line != '\0')
		canvas_text(cv, m->source_line, st->margin, cv->h - st->margin /
		    2, A_LEFT | A_BOTTOM, canvas_font_small(cv), st->muted,
		    maxw);
}

void
canvas_empty(struct canvas *cv)
{
	const struct chartstyle *st = cv->st;
	struct textfont f = { st->text_size * 1.2, 0 };

	canvas_text(cv, "no claims in this period", cv->w / 2,
	    st->header + 60, A_CENTER | A_MIDDLE, f, st->muted,
	    cv->w - 2 * st->margin);
}

/*
 * A caption centred on cx, or moved sideways as little as it takes to
 * stay on the canvas when it is wider than the plot.
 */
static void
canvas_caption(struct canvas *cv, const char *caption, double cx, double y)
{
	double tw, th, m = cv->st->margin;

	canvas_text_size(cv, caption, canvas_font_small(cv), &tw, &th);
	if (tw < cv->w - 2 * m)
		cx = fmin(fmax(cx, m + tw / 2), cv->w - m - tw / 2);
	canvas_text(cv, caption, cx, y, A_CENTER | A_TOP, canvas_font_small(cv),
	    cv->st->ink, cv->w - 2 * m);
}

void
canvas_haxis(struct canvas *cv, const struct axis *ax, double x0, double x1,
    double ytop, double ybase, const char *caption)
{
	size_t every = axis_label_every(ax, x1 - x0, cv->st->small_size *
	    0.62), i;
	char num[TEXTFMT_NUM_LEN];
	double x;

	cairo_set_line_width(cv->cr, 1);
	for (i = 0; i < ax->nticks; i++) {
		x = round(axis_map(ax, ax->ticks[i], x0, x1)) + 0.5;
		canvas_color(cv, cv->st->grid);
		cairo_move_to(cv->cr, x, ytop);
		cairo_line_to(cv->cr, x, ybase);
		cairo_stroke(cv->cr);
		if (i % every == 0)
				canvas_text(cv, textfmt_number(ax->ticks[i], num,
			    sizeof(num)), x, ybase + 4, A_CENTER | A_TOP,
			    canvas_font_small(cv), cv->st->muted, 0);
	}
	if (caption != NULL && *caption != '\0')
		canvas_caption(cv, caption, (x0 + x1) / 2, ybase + 22);
}

void
canvas_rows_note(struct canvas *cv, const struct range_layout *lay)
{
	char note[128];

	if (*chart_shown_note(lay->shown, lay->rows, note, sizeof(note)) ==
	    '\0')
		return;
	canvas_text(cv, note, cv->st->margin, lay->note_y, A_LEFT | A_TOP,
	    canvas_font_small(cv), cv->st->ink, cv->w - 2 * cv->st->margin);
}
