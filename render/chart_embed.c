/*
 * chart_embed.c - see chart_embed.h.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <poppler.h>

#include "claimtrack.h"
#include "util.h"
#include "chart_cairo.h"
#include "chart_embed.h"
#include "chart_gnuplot.h"

/*
 * Draw page one of the PDF at path onto cr, scaled to w x h px; 0, or -1
 * after reporting why poppler could not read it.
 */
static int
pdf_page_draw(cairo_t *cr, const char *path, double w, double h)
{
	GError *gerr = NULL;
	char *uri = g_filename_to_uri(path, NULL, &gerr);
	PopplerDocument *doc = NULL;
	PopplerPage *page = NULL;
	double pw, ph;

	if (uri != NULL)
		doc = poppler_document_new_from_file(uri, NULL, &gerr);
	if (doc != NULL)
		page = poppler_document_get_page(doc, 0);
	if (page == NULL) {
		warnx("%s: %s", path, gerr ? gerr->message : "no page");
		if (gerr != NULL)
			g_error_free(gerr);
		if (doc != NULL)
			g_object_unref(doc);
		g_free(uri);
		return -1;
	}
	poppler_page_get_size(page, &pw, &ph);
	cairo_save(cr);
	cairo_scale(cr, w / pw, h / ph);
	poppler_page_render(page, cr);
	cairo_restore(cr);
	g_object_unref(page);
	g_object_unref(doc);
	g_free(uri);
	return 0;
}

/* gnuplot's PDF of chart k, in a private folder, drawn onto cr. */
static int
embed_gnuplot(cairo_t *cr, enum chart_kind k, const struct chartset *cs,
    const struct chart_opts *o, double w, double h)
{
	const char *tmp = getenv("TMPDIR");
	struct chartgp *gp;
	char dir[4096], base[4200], pdf[4300];
	int rc;

	snprintf(dir, sizeof(dir), "%s/claimtrack-chart-XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		warn("%s", dir);
		return EXIT_FATAL;
	}
	snprintf(base, sizeof(base), "%s/%s", dir, chart_name(k));
	snprintf(pdf, sizeof(pdf), "%s.pdf", base);
	gp = chartgp_new(o);
	rc = gp == NULL ? EXIT_USAGE : chartgp_render_pdf(gp, k, cs, base, w,
	    h);
	if (rc == EXIT_OK && pdf_page_draw(cr, pdf, w, h) == -1)
		rc = EXIT_FATAL;
	chartgp_free(gp);
	unlink(pdf);
	rmdir(dir);
	return rc;
}

int
chart_embed_draw(cairo_t *cr, enum chart_kind k, const struct chartset *cs,
    const struct chart_opts *o, double w, double h)
{
	int rc = EXIT_OK;

	if (o->renderer == RENDERER_GNUPLOT) {
		rc = embed_gnuplot(cr, k, cs, o, w, h);
		if (rc == EXIT_OK)
			return rc;
		warnx("report.pdf: the %s chart drawn by cairo, as gnuplot "
		    "could not", chart_name(k));
	}
	chart_cairo_draw(cr, k, cs, &o->style, w, h, NULL);
	return rc == EXIT_OK ? EXIT_OK : EXIT_FATAL;
}
