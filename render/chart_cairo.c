/*
 * chart_cairo.c - see chart_cairo.h: the cairo backend triple, surfaces
 * per format, and the dispatcher to one drawing function per chart.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "claimtrack.h"
#include "util.h"
#include "canvas.h"
#include "chart_cairo.h"
#include "pngfile.h"

struct chartcairo {
	const struct chart_opts *opts;	/* borrowed */
};

void
chartlabels_init(struct chartlabels *ls)
{
	ls->v = NULL;
	ls->n = 0;
}

void
chartlabels_release(struct chartlabels *ls)
{
	size_t i;

	for (i = 0; i < ls->n; i++)
		free(ls->v[i].text);
	free(ls->v);
	chartlabels_init(ls);
}

const struct chartlabel *
chartlabels_find(const struct chartlabels *ls, const char *s)
{
	size_t i;

	for (i = 0; i < ls->n; i++)
		if (strcmp(ls->v[i].text, s) == 0)
			return &ls->v[i];
	return NULL;
}

cairo_status_t
chart_cairo_draw(cairo_t *cr, enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st, double w, double h,
    struct chartlabels *labels)
{
	struct canvas cv;

	canvas_init(&cv, cr, cs, st, w, h, labels);
	canvas_frame(&cv, k);
	switch (k) {
	case CHART_RANGE:
		draw_range(&cv);
		break;
	case CHART_TIMELINE:
		draw_timeline(&cv);
		break;
	case CHART_MATRIX:
		draw_matrix(&cv);
		break;
	case CHART_CHANGES:
		draw_changes(&cv);
		break;
	case CHART_NKINDS:
		break;
	}
	canvas_release(&cv);
	return cairo_status(cr);
}

struct chartcairo *
chartcairo_new(const struct chart_opts *opts)
{
	struct chartcairo *r = xcalloc(1, sizeof(*r));

	r->opts = opts;
	return r;
}

void
chartcairo_free(struct chartcairo *r)
{
	free(r);
}

/* A surface for one format: PNG in pixels at dpi, SVG and PDF in points. */
static cairo_surface_t *
surface_new(enum chart_format f, const char *path, double w, double h,
    int dpi, double *scale)
{
	switch (f) {
	case CHART_PNG:
		*scale = dpi / 96.0;
		return cairo_image_surface_create(CAIRO_FORMAT_RGB24,
		    (int)(w * *scale + 0.5), (int)(h * *scale + 0.5));
	case CHART_SVG:
		*scale = 0.75;
		return cairo_svg_surface_create(path, w * 0.75, h * 0.75);
	case CHART_PDF:
	case CHART_ALL_FORMATS:
		break;
	}
	*scale = 0.75;
	return cairo_pdf_surface_create(path, w * 0.75, h * 0.75);
}

/* Draw chart k into path in format f; report a failure once. */
static int
chart_write(const struct chartcairo *r, enum chart_kind k,
    const struct chartset *cs, enum chart_format f, const char *path)
{
	double w = r->opts->width, scale;
	double h = chart_height(k, cs, &r->opts->style, w);
	cairo_surface_t *sf = surface_new(f, path, w, h, r->opts->dpi, &scale);
	cairo_status_t st = cairo_surface_status(sf);
	cairo_t *cr;

	if (st == CAIRO_STATUS_SUCCESS) {
		cr = cairo_create(sf);
		cairo_scale(cr, scale, scale);
		st = chart_cairo_draw(cr, k, cs, &r->opts->style, w, h, NULL);
		cairo_destroy(cr);
	}
	if (st == CAIRO_STATUS_SUCCESS && f == CHART_PNG)
		st = pngfile_write(sf, path);
	cairo_surface_finish(sf);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(sf);
	cairo_surface_destroy(sf);
	if (st != CAIRO_STATUS_SUCCESS) {
		warnx("%s: %s", path, cairo_status_to_string(st));
		return EXIT_FATAL;
	}
	return EXIT_OK;
}

int
chartcairo_render(struct chartcairo *r, enum chart_kind k,
    const struct chartset *cs, const char *base)
{
	static const struct {
		enum chart_format f;	/* format bit */
		const char	*ext;	/* file name extension */
	} fmts[] = {
		{ CHART_PNG, "png" }, { CHART_SVG, "svg" }, { CHART_PDF, "pdf" },
	};
	struct strbuf path;
	int rc = EXIT_OK;
	size_t i;

	for (i = 0; i < sizeof(fmts) / sizeof(*fmts); i++) {
		if (!(r->opts->formats & fmts[i].f))
			continue;
		strbuf_init(&path, 4096);
		if (strbuf_addf(&path, "%s.%s", base, fmts[i].ext) == -1) {
			warnx("%s: path too long", base);
			return EXIT_FATAL;
		}
		if (chart_write(r, k, cs, fmts[i].f, path.buf) != EXIT_OK)
			rc = EXIT_FATAL;
		strbuf_release(&path);
	}
	return rc;
}
