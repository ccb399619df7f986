/*
 * report_pdf.c - see report_pdf.h.
 *
 * The document is laid out twice by the same code: a counting pass that
 * only measures text (so the footer can say "page N of M"), then the
 * drawing pass. A struct pager carries the cursor between the two. The
 * appendix, most of a long report, is laid out once: the counting pass
 * keeps each row's layouts and height (struct rowcache) and the drawing
 * pass shows them, in the same order.
 */
#include <err.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "claimtrack.h"
#include "lexicon.h"
#include "util.h"
#include "briefing.h"
#include "report_pdf.h"

#define CONTENT_W	(REPORT_PDF_WIDTH - 2 * REPORT_PDF_MARGIN)
#define LIMIT_Y		(REPORT_PDF_HEIGHT - REPORT_PDF_BOTTOM)
#define CELL_PAD	2.5	/* inside each table cell */
#define CELL_LINES	40	/* a cell longer than this is cut with "…" */
#define MAX_COLS	8
#define CHART_MIN_BOX	60	/* points: the smallest chart box */
#define CHART_MAX_BOX	(LIMIT_Y - REPORT_PDF_TOP - 40) /* a page */

enum style {
	ST_TITLE, ST_META, ST_HEADLINE, ST_SECTION, ST_HEADING, ST_BODY, ST_NOTE,
	ST_CELL, ST_CELL_HEAD, ST_SMALL, ST_SMALL_HEAD, ST_FOOTER, ST_COUNT
};

static const char *const style_fonts[ST_COUNT] = {
	[ST_TITLE] = "DejaVu Serif Bold 20",
	[ST_META] = "DejaVu Sans 9",
	[ST_HEADLINE] = "DejaVu Serif 13.5",
	[ST_SECTION] = "DejaVu Sans Bold 12.5",
	[ST_HEADING] = "DejaVu Sans Bold 11.5",
	[ST_BODY] = "DejaVu Sans 9.5",
	[ST_NOTE] = "DejaVu Sans Oblique 7.5",
	[ST_CELL] = "DejaVu Sans 8",
	[ST_CELL_HEAD] = "DejaVu Sans Bold 8",
	[ST_SMALL] = "DejaVu Sans 7",
	[ST_SMALL_HEAD] = "DejaVu Sans Bold 7",
	[ST_FOOTER] = "DejaVu Sans 7.5",
};

/* The appendix rows as the counting pass laid them out. */
struct rowcache {
	PangoLayout **lay;	/* owned: CLAIM_COLS per row, row after row;
				   a row's are unreffed once it is shown */
	double	*h;		/* each row's height, padding included */
	size_t	 n, cap;	/* rows kept, room */
	size_t	 next;		/* the next row the drawing pass shows */
};

#define CLAIM_COLS	4	/* the appendix's columns */

struct pager {
	cairo_t	*cr;		/* context on the PDF surface */
	const struct briefing *b; /* the document, borrowed */
	bool	 draw;		/* false in the counting pass */
	int	 page;		/* current page, from 1 */
	int	 pages;		/* total, known in the drawing pass */
	double	 y;		/* top of the next block */
	const double *boxes;	/* chart box heights, by section and kind:
				   asked once for both passes (a chart's
				   layout is costly) */
	PangoLayout *layout;	/* scratch layout for single blocks */
	PangoLayout *bullet;	/* a list's "•", made when first drawn */
	PangoFontDescription *fonts[ST_COUNT]; /* by enum style */
	struct rowcache *rows;	/* borrowed: filled by the counting pass,
				   emptied by the drawing pass */
};

struct column {
	const char *title;	/* header text */
	double	 width;		/* points, padding included */
	PangoAlignment align;	/* left for text, right for numbers */
	int	 lines;		/* most lines of a cell ("…" after); 0 =
				   CELL_LINES */
};

struct table {
	const struct column *cols; /* columns, left to right */
	size_t	 ncols;		/* at most MAX_COLS */
	enum style style;	/* body cells */
	enum style head;	/* header cells */
	size_t	 rows;		/* rows drawn, for zebra stripes */
	double	 gutter;	/* points kept free right of each cell's text
				   besides the padding; 0 unless set */
	PangoLayout *lay[MAX_COLS]; /* one per column */
};

static void
set_rgb(cairo_t *cr, unsigned rgb)
{
	cairo_set_source_rgb(cr, (rgb >> 16 & 0xff) / 255.0,
	    (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

/* Set text into a layout wrapped at width, at most lines lines (then
 * "…"); returns its height. */
static double
layout_fill_lines(struct pager *p, PangoLayout *l, enum style st,
    const char *text, double width, PangoAlignment align, int lines)
{
	int w, h;

	pango_layout_set_font_description(l, p->fonts[st]);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	pango_layout_set_height(l, -(lines > 0 ? lines : CELL_LINES));
	pango_layout_set_alignment(l, align);
	pango_layout_set_text(l, text ? text : "", -1);
	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

/* Set text into a layout wrapped at width; returns its height. */
static double
layout_fill(struct pager *p, PangoLayout *l, enum style st, const char *text,
    double width, PangoAlignment align)
{
	return layout_fill_lines(p, l, st, text, width, align, CELL_LINES);
}

static void
layout_show(struct pager *p, PangoLayout *l, double x, double y,
    unsigned rgb)
{
	if (!p->draw)
		return;
	set_rgb(p->cr, rgb);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
}

/*
 * The footer has a layout of its own: a page break can come between the
 * measuring and the drawing of a block in p->layout, and must not replace
 * that block's text.
 */
static void
footer_draw(struct pager *p)
{
	PangoLayout *saved = p->layout;
	char left[64], mid[128], right[64];
	double y = REPORT_PDF_HEIGHT - 36;

	p->layout = pango_cairo_create_layout(p->cr);

	snprintf(left, sizeof(left), "page %d of %d", p->page, p->pages);
	snprintf(mid, sizeof(mid), "generated %s",
	    p->b->generated ? p->b->generated : "(time unknown)");
	snprintf(right, sizeof(right), "claimtrack %s",
	    p->b->version ? p->b->version : CLAIMTRACK_VERSION);
	set_rgb(p->cr, 0xc8d0da);
	cairo_set_line_width(p->cr, 0.5);
	cairo_move_to(p->cr, REPORT_PDF_MARGIN, y - 5);
	cairo_line_to(p->cr, REPORT_PDF_MARGIN + CONTENT_W, y - 5);
	cairo_stroke(p->cr);
	layout_fill(p, p->layout, ST_FOOTER, left, CONTENT_W, PANGO_ALIGN_LEFT);
	layout_show(p, p->layout, REPORT_PDF_MARGIN, y, 0x555555);
	layout_fill(p, p->layout, ST_FOOTER, mid, CONTENT_W, PANGO_ALIGN_CENTER);
	layout_show(p, p->layout, REPORT_PDF_MARGIN, y, 0x555555);
	layout_fill(p, p->layout, ST_FOOTER, right, CONTENT_W,
	    PANGO_ALIGN_RIGHT);
	layout_show(p, p->layout, REPORT_PDF_MARGIN, y, 0x555555);
	g_object_unref(p->layout);
	p->layout = saved;
}

/* End the current page and start the next one. */
static void
pager_break(struct pager *p)
{
	if (p->draw) {
		footer_draw(p);
		cairo_show_page(p->cr);
	}
	p->page++;
	p->y = REPORT_PDF_TOP;
}

/* Start a new page unless h more points fit on this one. */
static void
pager_need(struct pager *p, double h)
{
	if (p->y + h > LIMIT_Y && p->y > REPORT_PDF_TOP)
		pager_break(p);
}

/* A block of wrapped text at indent, kept whole on one page. */
static void
pager_para(struct pager *p, enum style st, const char *text, double indent,
    unsigned rgb, double after)
{
	double h = layout_fill(p, p->layout, st, text, CONTENT_W - indent,
	    PANGO_ALIGN_LEFT);

	pager_need(p, h);
	layout_show(p, p->layout, REPORT_PDF_MARGIN + indent, p->y, rgb);
	p->y += h + after;
}

static double
bullet_height(struct pager *p, const char *text)
{
	return layout_fill(p, p->layout, ST_BODY, text, CONTENT_W - 14,
	    PANGO_ALIGN_LEFT);
}

/*
 * A bulleted item, the bullet on its first line, kept whole and, when
 * next is not NULL (the last item of the list), kept with next so that
 * no page opens on the last line of a list.
 */
static void
pager_bullet(struct pager *p, const char *text, const char *next)
{
	double keep = next != NULL ? bullet_height(p, next) + 4 : 0;
	double h = bullet_height(p, text);	/* p->layout holds text */

	/* a page break between keeps p->layout (footer_draw()), so the
	 * text measured is shown as it is: setting it again laid it out
	 * again, and the bullet, laid out once in a layout of its own, is
	 * not laid out at all in the counting pass */
	pager_need(p, h + keep);
	if (p->draw) {
		if (p->bullet == NULL) {
			p->bullet = pango_cairo_create_layout(p->cr);
			layout_fill(p, p->bullet, ST_BODY, "•", 10,
			    PANGO_ALIGN_LEFT);
		}
		layout_show(p, p->bullet, REPORT_PDF_MARGIN + 2, p->y,
		    0x1f4e79);
	}
	layout_show(p, p->layout, REPORT_PDF_MARGIN + 14, p->y, 0x222222);
	p->y += h + 4;
}

/* A section heading with a rule, kept with the next need points. */
static void
pager_heading(struct pager *p, const char *text, double need)
{
	double h = layout_fill(p, p->layout, ST_HEADING, text, CONTENT_W,
	    PANGO_ALIGN_LEFT);

	if (p->y > REPORT_PDF_TOP)
		p->y += 8;
	pager_need(p, h + 6 + need);
	layout_show(p, p->layout, REPORT_PDF_MARGIN, p->y, 0x1f4e79);
	p->y += h + 2;
	if (p->draw) {
		set_rgb(p->cr, 0x1f4e79);
		cairo_set_line_width(p->cr, 0.8);
		cairo_move_to(p->cr, REPORT_PDF_MARGIN, p->y);
		cairo_line_to(p->cr, REPORT_PDF_MARGIN + CONTENT_W, p->y);
		cairo_stroke(p->cr);
	}
	p->y += 6;
}

/*
 * Height of the box of chart k of section sec: what the chart asks for at
 * the content width, at most a page below its heading; else a box that
 * holds the chart of a handful of sources at its natural size.
 */
static double
chart_box(const struct briefing_section *sec, enum briefing_chart_kind k)
{
	static const double boxes[BRIEFING_CHART_COUNT] = {
		[BRIEFING_CHART_RANGE] = 252,
		[BRIEFING_CHART_TIMELINE] = 280,
		[BRIEFING_CHART_MATRIX] = 330,
		[BRIEFING_CHART_CHANGES] = 236,
	};
	const struct briefing_chart *c = &sec->charts[k];
	double h;

	if (c->draw == NULL || c->height == NULL)
		return boxes[k];
	h = c->height(CONTENT_W, c->arg);
	if (!(h >= CHART_MIN_BOX))
		return CHART_MIN_BOX;
	return h < CHART_MAX_BOX ? h : CHART_MAX_BOX;
}

/* The box of chart k of section i, as measured once. */
static double
pager_box(const struct pager *p, size_t i, enum briefing_chart_kind k)
{
	return p->boxes[i * BRIEFING_CHART_COUNT + k];
}

/* Chart k of section i, when the section has it: its title, then the
 * chart drawn into its box. */
static void
pager_chart(struct pager *p, size_t i, enum briefing_chart_kind k)
{
	const struct briefing_section *sec = &p->b->sections[i];
	const struct briefing_chart *c = &sec->charts[k];
	double h = pager_box(p, i, k);

	if (!(sec->kinds & 1u << k))
		return;
	pager_heading(p, briefing_chart_title_of(p->b, k), h);
	if (c->draw == NULL) {
		pager_para(p, ST_NOTE, "(chart not available)", 0, 0x777777, 6);
		return;
	}
	if (p->draw) {
		cairo_save(p->cr);
		cairo_translate(p->cr, REPORT_PDF_MARGIN, p->y);
		cairo_rectangle(p->cr, 0, 0, CONTENT_W, h);
		cairo_clip(p->cr);
		c->draw(p->cr, CONTENT_W, h, c->arg);
		cairo_restore(p->cr);
	}
	p->y += h + 6;
}

/*
 * A measure's title: white on a band the width of the text, kept with
 * the next need points, so a section never starts at a page's foot. The
 * heading that follows gives the space below it.
 */
static void
pager_band(struct pager *p, const char *text, unsigned rgb, double need)
{
	double h = layout_fill(p, p->layout, ST_SECTION, text, CONTENT_W - 16,
	    PANGO_ALIGN_LEFT);

	if (p->y > REPORT_PDF_TOP)
		p->y += 10;
	pager_need(p, h + 8 + need);
	if (p->draw) {
		set_rgb(p->cr, rgb);
		cairo_rectangle(p->cr, REPORT_PDF_MARGIN, p->y, CONTENT_W,
		    h + 8);
		cairo_fill(p->cr);
	}
	layout_show(p, p->layout, REPORT_PDF_MARGIN + 8, p->y + 4, 0xffffff);
	p->y += h + 8;
}

static void
table_begin(struct pager *p, struct table *t, const struct column *cols,
    size_t ncols, enum style st, enum style head)
{
	size_t i;

	t->cols = cols;
	t->ncols = ncols < MAX_COLS ? ncols : MAX_COLS;
	t->style = st;
	t->head = head;
	t->rows = 0;
	t->gutter = 0;
	for (i = 0; i < t->ncols; i++)
		t->lay[i] = pango_cairo_create_layout(p->cr);
}

static void
table_end(struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++)
		g_object_unref(t->lay[i]);
}

/* Lay out one row of cells into lay, one layout per column; returns the
 * row height, padding included. */
static double
table_measure(struct pager *p, struct table *t, PangoLayout *const *lay,
    enum style st, const char *const *cells)
{
	double h, max = 0;
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		h = layout_fill_lines(p, lay[i], st, cells[i],
		    t->cols[i].width - 2 * CELL_PAD - t->gutter,
		    t->cols[i].align, t->cols[i].lines);
		if (h > max)
			max = h;
	}
	return max + 2 * CELL_PAD;
}

/* Draw the row laid out in lay at the cursor over a background colour. */
static void
table_show(struct pager *p, struct table *t, PangoLayout *const *lay,
    double h, unsigned bg, unsigned fg)
{
	double x = REPORT_PDF_MARGIN;
	size_t i;

	if (p->draw) {
		set_rgb(p->cr, bg);
		cairo_rectangle(p->cr, x, p->y, CONTENT_W, h);
		cairo_fill(p->cr);
		set_rgb(p->cr, 0xd5dbe3);
		cairo_set_line_width(p->cr, 0.4);
		cairo_move_to(p->cr, x, p->y + h);
		cairo_line_to(p->cr, x + CONTENT_W, p->y + h);
		cairo_stroke(p->cr);
	}
	for (i = 0; i < t->ncols; i++) {
		layout_show(p, lay[i], x + CELL_PAD, p->y + CELL_PAD, fg);
		x += t->cols[i].width;
	}
	p->y += h;
}

static void
table_header(struct pager *p, struct table *t)
{
	const char *cells[MAX_COLS];
	double h;
	size_t i;

	for (i = 0; i < t->ncols; i++)
		cells[i] = t->cols[i].title;
	h = table_measure(p, t, t->lay, t->head, cells);
	table_show(p, t, t->lay, h, 0xdfe6ee, 0x1a2a3a);
}

/* A row kept whole: when it does not fit, it opens the next page under
 * a repeated header. */
static void
table_row(struct pager *p, struct table *t, const char *const *cells)
{
	double h = table_measure(p, t, t->lay, t->style, cells);

	if (p->y + h > LIMIT_Y) {
		pager_break(p);
		table_header(p, t);
		h = table_measure(p, t, t->lay, t->style, cells);
	}
	table_show(p, t, t->lay, h, t->rows++ % 2 ? 0xf4f6f9 : 0xffffff,
	    0x222222);
}

/* A row already laid out in lay, h high, kept whole as by table_row(). */
static void
table_row_laid(struct pager *p, struct table *t, PangoLayout *const *lay,
    double h)
{
	if (p->y + h > LIMIT_Y) {
		pager_break(p);
		table_header(p, t);
	}
	table_show(p, t, lay, h, t->rows++ % 2 ? 0xf4f6f9 : 0xffffff,
	    0x222222);
}

static void
rowcache_init(struct rowcache *rc)
{
	memset(rc, 0, sizeof(*rc));
}

/* Unref the layouts of the rows not yet shown and free the cache. */
static void
rowcache_release(struct rowcache *rc)
{
	size_t i;

	for (i = rc->next * CLAIM_COLS; i < rc->n * CLAIM_COLS; i++)
		g_object_unref(rc->lay[i]);
	free(rc->lay);
	free(rc->h);
	rowcache_init(rc);
}

/* A new row of CLAIM_COLS fresh layouts on p's context; its height is set
 * by the caller. */
static PangoLayout **
rowcache_add(struct pager *p, struct rowcache *rc)
{
	size_t i;

	if (rc->n == rc->cap) {
		rc->cap = rc->cap ? 2 * rc->cap : 256;
		rc->lay = xreallocarray(rc->lay, rc->cap * CLAIM_COLS,
		    sizeof(*rc->lay));
		rc->h = xreallocarray(rc->h, rc->cap, sizeof(*rc->h));
	}
	for (i = 0; i < CLAIM_COLS; i++)
		rc->lay[rc->n * CLAIM_COLS + i] = pango_cairo_create_layout(p->cr);
	return &rc->lay[rc->n++ * CLAIM_COLS];
}


/* "week 2024-10-25 to 2024-10-31 · as of 2024-10-31" */
static void
page_meta(struct pager *p)
{
	const struct briefing *b = p->b;
	char line[512], span[128];

	snprintf(line, sizeof(line), "Tracker: %s   ·   Measure: %s",
	    b->tracker ? b->tracker : "(unnamed)",
	    b->measure ? b->measure : "(unnamed)");
	pager_para(p, ST_META, line, 0, 0x555555, 2);
	snprintf(line, sizeof(line), "Period: %s   ·   as of %s",
	    briefing_period_words(b, span, sizeof(span)),
	    *b->asof ? b->asof : "date unknown");
	pager_para(p, ST_META, line, 0, 0x555555, 2);
	snprintf(line, sizeof(line), "%zu article%s   ·   %zu outlet%s   ·   "
	    "%zu claim%s", b->articles, b->articles == 1 ? "" : "s",
	    b->outlets, b->outlets == 1 ? "" : "s", b->claims,
	    b->claims == 1 ? "" : "s");
	pager_para(p, ST_META, b->counts != NULL ? b->counts : line, 0,
	    0x555555, 12);
}

/* The headline, prominent: a tinted block with an accent bar. */
static void
page_headline(struct pager *p)
{
	const char *text = p->b->headline ? p->b->headline :
	    "No headline for this period.";
	double h = layout_fill(p, p->layout, ST_HEADLINE, text, CONTENT_W - 24,
	    PANGO_ALIGN_LEFT);

	pager_need(p, h + 16);
	if (p->draw) {
		set_rgb(p->cr, 0xeef3f8);
		cairo_rectangle(p->cr, REPORT_PDF_MARGIN, p->y, CONTENT_W,
		    h + 16);
		cairo_fill(p->cr);
		set_rgb(p->cr, 0x1f4e79);
		cairo_rectangle(p->cr, REPORT_PDF_MARGIN, p->y, 4, h + 16);
		cairo_fill(p->cr);
	}
	layout_show(p, p->layout, REPORT_PDF_MARGIN + 14, p->y + 8, 0x10202f);
	p->y += h + 16 + 8;
}

/* Columns of the sources table; the widths are set by source_widths(). */
#define SOURCE_COLS	7
#define SOURCE_MIN_W	96	/* points: the source column at least */
#define COUNTED_MAX_W	92	/* points: "Counted" wraps beyond this */
#define COUNTED_MIN_W	72	/* "casualties," whole on a line */
#define LATEST_MAX_W	72	/* "vague, ≥ 20,000" wraps after the comma */

static const struct column source_cols[SOURCE_COLS] = {
	/* a name takes two lines at most; the appendix and summary.json
	 * hold it whole */
	{ "Source", 0, PANGO_ALIGN_LEFT, 2 },
	{ "Counted", 0, PANGO_ALIGN_LEFT, 0 },
	{ "Latest", 0, PANGO_ALIGN_RIGHT, 0 },
	{ "Qualifier", 0, PANGO_ALIGN_LEFT, 0 },
	{ "Claim date", 0, PANGO_ALIGN_LEFT, 0 },
	{ "Articles", 0, PANGO_ALIGN_RIGHT, 0 },
	{ "Outlets", 0, PANGO_ALIGN_RIGHT, 0 },
};

/* The cells of a source row, written into the caller's buffers. */
struct source_cells {
	char	 est[96], date[32], arts[24], outs[24];
	const char *v[SOURCE_COLS];
};

static void
source_cells(const struct briefing_source *s, struct source_cells *c)
{
	briefing_estimate(s->qualifier, s->value, s->low, s->high, c->est,
	    sizeof(c->est));
	snprintf(c->date, sizeof(c->date), "%s%s", *s->claim_date ?
	    s->claim_date : "unknown", s->date_from_published ? " †" : "");
	snprintf(c->arts, sizeof(c->arts), "%zu", s->articles);
	snprintf(c->outs, sizeof(c->outs), "%zu", s->outlets);
	c->v[0] = s->source;
	c->v[1] = s->label ? s->label : "";
	c->v[2] = c->est;
	c->v[3] = lex_qualifier_words(s->qualifier);
	c->v[4] = c->date;
	c->v[5] = c->arts;
	c->v[6] = c->outs;
}

/* Width in points of text on one line in style st. */
static double
text_width(struct pager *p, enum style st, const char *text)
{
	int w, h;

	layout_fill(p, p->layout, st, text, 10000, PANGO_ALIGN_LEFT);
	pango_layout_get_size(p->layout, &w, &h);
	return (double)w / PANGO_SCALE;
}

/*
 * Widths of the sources table: qualifiers, dates and counts as wide as
 * their widest cell (so none wraps), figures up to LATEST_MAX_W,
 * "Counted" up to COUNTED_MAX_W, and the source column the rest: long
 * names get the room the other columns do not need.
 */
static void
source_widths(struct pager *p, struct column *cols)
{
	struct source_cells c;
	double used = 0, w;
	size_t i, k;

	memcpy(cols, source_cols, sizeof(source_cols));
	for (k = 1; k < SOURCE_COLS; k++)
		cols[k].width = text_width(p, ST_CELL_HEAD, cols[k].title);
	for (i = 0; i < p->b->nsources && i < REPORT_PDF_SOURCE_ROWS; i++) {
		source_cells(&p->b->sources[i], &c);
		for (k = 1; k < SOURCE_COLS; k++) {
			w = text_width(p, ST_CELL, c.v[k]);
			cols[k].width = w > cols[k].width ? w : cols[k].width;
		}
	}
	for (k = 1; k < SOURCE_COLS; k++) {
		cols[k].width = ceil(cols[k].width + 2 * CELL_PAD + 2);
		if (k == 1)
			cols[k].width = fmin(cols[k].width, COUNTED_MAX_W);
		if (k == 2)
			cols[k].width = fmin(cols[k].width, LATEST_MAX_W);
		used += cols[k].width;
	}
	if (CONTENT_W - used < SOURCE_MIN_W) {
		cols[1].width = fmax(COUNTED_MIN_W, cols[1].width -
		    (SOURCE_MIN_W - (CONTENT_W - used)));
		used = 0;
		for (k = 1; k < SOURCE_COLS; k++)
			used += cols[k].width;
	}
	cols[0].width = CONTENT_W - used;
}

static void
source_row(struct pager *p, struct table *t, const struct briefing_source *s)
{
	struct source_cells c;

	source_cells(s, &c);
	table_row(p, t, c.v);
}

static void
page_sources(struct pager *p)
{
	struct column cols[SOURCE_COLS];
	char note[160];
	struct table t;
	bool dagger = false;
	size_t i;

	pager_heading(p, "Where the sources stand", 60);
	if (p->b->nsources == 0) {
		pager_para(p, ST_BODY, "No source made a claim in this period.",
		    0, 0x222222, 6);
		return;
	}
	source_widths(p, cols);
	table_begin(p, &t, cols, SOURCE_COLS, ST_CELL, ST_CELL_HEAD);
	table_header(p, &t);
	for (i = 0; i < p->b->nsources && i < REPORT_PDF_SOURCE_ROWS; i++) {
		source_row(p, &t, &p->b->sources[i]);
		dagger |= p->b->sources[i].date_from_published;
	}
	table_end(&t);
	p->y += 4;
	if (p->b->nsources > REPORT_PDF_SOURCE_ROWS) {
		snprintf(note, sizeof(note), "The first %d of %zu rows; "
		    "summary.md, summary.html and summary.json list them all.",
		    REPORT_PDF_SOURCE_ROWS, p->b->nsources);
		pager_para(p, ST_NOTE, note, 0, 0x555555, 4);
	}
	if (dagger)
		pager_para(p, ST_NOTE, "† date of publication: the article does "
		    "not say when the claim was made.", 0, 0x555555, 4);
}

/* The change sentences of every measure, most newsworthy first. */
static void
page_changes(struct pager *p)
{
	size_t i, n = p->b->nchanges < REPORT_PDF_CHANGES ? p->b->nchanges :
	    REPORT_PDF_CHANGES;
	char note[160], all[32];

	pager_heading(p, BRIEFING_CHANGES_TITLE, 40);
	if (p->b->nchanges == 0)
		pager_para(p, ST_BODY, "No change since the previous period.",
		    0, 0x222222, 4);
	for (i = 0; i < n; i++)
		pager_bullet(p, p->b->changes[i].text, i + 2 == n ?
		    p->b->changes[i + 1].text : NULL);
	if (p->b->nchanges > n) {
		snprintf(note, sizeof(note), "The first %zu of %s changes; "
		    "summary.md, summary.html and summary.json list them all.",
		    n, briefing_number((double)p->b->nchanges, all,
		    sizeof(all)));
		pager_para(p, ST_NOTE, note, 0, 0x555555, 4);
	}
}

static void
fact_line(struct pager *p, const char *label, const char *text)
{
	char line[1024];

	if (text == NULL)
		return;
	snprintf(line, sizeof(line), "%s: %s", label, text);
	pager_bullet(p, line, NULL);
}

/* How far apart the headline measure's sources are. */
static void
page_discrepancy(struct pager *p)
{
	const struct briefing_discrepancy *d = &p->b->discrepancy;

	pager_heading(p, "How far apart the sources are", 40);
	if (d->lowest == NULL && d->highest == NULL && d->ratio == NULL &&
	    d->median == NULL)
		pager_para(p, ST_BODY, BRIEFING_NO_SPREAD, 0, 0x222222, 4);
	fact_line(p, "Lowest", d->lowest);
	fact_line(p, "Highest", d->highest);
	fact_line(p, "Spread (highest ÷ lowest)", d->ratio);
	fact_line(p, "Median", d->median);
}

static void
page_findings(struct pager *p)
{
	size_t i;

	pager_heading(p, "Compatibility findings", 30);
	if (p->b->nfindings == 0)
		pager_para(p, ST_BODY, "No findings.", 0, 0x222222, 4);
	for (i = 0; i < p->b->nfindings; i++)
		pager_bullet(p, p->b->findings[i], i + 2 == p->b->nfindings ?
		    p->b->findings[i + 1] : NULL);
}

/* What section i's title keeps with it on its page: its note and its
 * first chart with that chart's heading. */
static double
section_lead(struct pager *p, size_t i)
{
	const struct briefing_section *sec = &p->b->sections[i];
	double h = 0;
	int k;

	if (sec->note != NULL)
		h += layout_fill(p, p->layout, ST_BODY, sec->note, CONTENT_W,
		    PANGO_ALIGN_LEFT) + 6;
	for (k = 0; k < BRIEFING_CHART_COUNT; k++)
		if (sec->kinds & 1u << k)
			return h + layout_fill(p, p->layout, ST_HEADING,
			    briefing_chart_title_of(p->b, k), CONTENT_W,
			    PANGO_ALIGN_LEFT) + 16 + pager_box(p, i, k);
	return h;
}

/*
 * Section i: the measure's title and note, then its charts: range,
 * timeline, changes, and for the headline measure the discrepancy
 * facts, then the matrix.
 */
static void
page_section(struct pager *p, size_t i)
{
	const struct briefing_section *sec = &p->b->sections[i];

	pager_band(p, sec->label ? sec->label : "(unnamed measure)", 0x1f4e79,
	    section_lead(p, i));
	if (sec->note != NULL) {
		p->y += 6;
		pager_para(p, ST_BODY, sec->note, 0, 0x222222, 0);
	}
	pager_chart(p, i, BRIEFING_CHART_RANGE);
	pager_chart(p, i, BRIEFING_CHART_TIMELINE);
	pager_chart(p, i, BRIEFING_CHART_CHANGES);
	if (i == 0)
		page_discrepancy(p);
	pager_chart(p, i, BRIEFING_CHART_MATRIX);
}

/* Columns of the appendix; claim_widths() fits "#" to the ids. */
#define CLAIM_ID_W	30	/* points: "#" when the ids are short */
#define CLAIM_GUTTER	6	/* points between columns besides the padding:
				   with less, text extraction (pdftotext, a
				   viewer's copy) can run a sentence's lines
				   into the article cell beside it */

static const struct column claim_cols[CLAIM_COLS] = {
	{ "#", CLAIM_ID_W, PANGO_ALIGN_RIGHT, 0 },
	{ "Claim", 96, PANGO_ALIGN_LEFT, 0 },
	{ "Sentence", 190, PANGO_ALIGN_LEFT, 0 },
	{ "Article", 183, PANGO_ALIGN_LEFT, 0 },
};

/* The appendix columns with "#" wide enough for the largest id on one
 * line (digits are all as wide), the sentence giving up the room. */
static void
claim_widths(struct pager *p, struct column *cols)
{
	char id[32];
	long most = 0;
	double w;
	size_t i;

	memcpy(cols, claim_cols, sizeof(claim_cols));
	for (i = 0; i < p->b->nappendix; i++)
		if (p->b->appendix[i].id > most)
			most = p->b->appendix[i].id;
	snprintf(id, sizeof(id), "%ld", most);
	w = ceil(text_width(p, ST_SMALL, id) + 2 * CELL_PAD + CLAIM_GUTTER + 1);
	if (w > cols[0].width) {
		cols[2].width -= w - cols[0].width;
		cols[0].width = w;
	}
}

/* Lay out claim c's row into lay; returns its height. */
static double
claim_layout(struct pager *p, struct table *t, const struct briefing_claim *c,
    PangoLayout *const *lay)
{
	char id[32], est[96], iv[96], what[512], where[2048];
	const char *cells[CLAIM_COLS];

	snprintf(id, sizeof(id), "%ld", c->id);
	briefing_estimate(c->qualifier, c->value, c->low, c->high, est,
	    sizeof(est));
	briefing_interval(c->low, c->high, iv, sizeof(iv));
	snprintf(what, sizeof(what), "%s\n%s (%s)\n%s%s%s", c->source, est,
	    qualifier_name(c->qualifier), iv, *iv ? "\n" : "",
	    c->quantity ? c->quantity : "");
	snprintf(where, sizeof(where), "%s · %s\nclaimed %s\npublished %s\n%s",
	    c->outlet ? c->outlet : "outlet unknown", c->doc ? c->doc : "?",
	    *c->claim_date ? c->claim_date : "unknown",
	    *c->published ? c->published : "undated",
	    c->url ? c->url : "no URL");
	cells[0] = id;
	cells[1] = what;
	cells[2] = c->sentence;
	cells[3] = where;
	return table_measure(p, t, lay, t->style, cells);
}

/*
 * Claim c's row: laid out and kept by the counting pass, shown and
 * released by the drawing pass (the rows come in the same order).
 */
static void
claim_row(struct pager *p, struct table *t, const struct briefing_claim *c)
{
	struct rowcache *rc = p->rows;
	PangoLayout **lay = NULL;	/* set when the counting pass runs */
	size_t i, k;

	/* a row the counting pass did not see is laid out here */
	if (!p->draw || rc->next == rc->n) {
		lay = rowcache_add(p, rc);
		rc->h[rc->n - 1] = claim_layout(p, t, c, lay);
	}
	if (!p->draw) {
		table_row_laid(p, t, lay, rc->h[rc->n - 1]);
		return;
	}
	k = rc->next++;
	lay = &rc->lay[k * CLAIM_COLS];
	table_row_laid(p, t, lay, rc->h[k]);
	for (i = 0; i < CLAIM_COLS; i++)
		g_object_unref(lay[i]);
}

/* Does the appendix list every claim? Else only those behind the
 * figures the PDF shows. */
static bool
appendix_whole(const struct briefing *b)
{
	return b->nappendix <= REPORT_PDF_CLAIMS;
}

/* Is c behind a sources row or a change the PDF shows? */
static bool
claim_shown(const struct briefing_claim *c)
{
	return c->backs_source < REPORT_PDF_SOURCE_ROWS ||
	    c->backs_change < REPORT_PDF_CHANGES;
}

static size_t
claims_shown(const struct briefing *b)
{
	size_t i, n = 0;

	for (i = 0; i < b->nappendix; i++)
		n += claim_shown(&b->appendix[i]);
	return n;
}

/* The appendix heading and the note saying what it lists. */
static void
appendix_heading(struct pager *p)
{
	const struct briefing *b = p->b;
	char note[512], all[32], shown[32];
	size_t rows = b->nsources < REPORT_PDF_SOURCE_ROWS ? b->nsources :
	    REPORT_PDF_SOURCE_ROWS;
	size_t changes = b->nchanges < REPORT_PDF_CHANGES ? b->nchanges :
	    REPORT_PDF_CHANGES;

	if (appendix_whole(b)) {
		pager_heading(p, "Provenance: every claim", 110);
		pager_para(p, ST_NOTE, "Each figure above leads back to one of "
		    "these claims: the sentence it comes from, the article and "
		    "its address.", 0, 0x555555, 6);
		return;
	}
	briefing_number((double)b->nappendix, all, sizeof(all));
	briefing_number((double)claims_shown(b), shown, sizeof(shown));
	pager_heading(p, "Provenance: the claims behind these figures", 110);
	snprintf(note, sizeof(note), "The %s claims behind the figures shown "
	    "above, of %s in this briefing (the period's and the older ones "
	    "its figures cite): those of the latest figure of "
	    "each of the %zu source row%s and of the figures the %zu "
	    "change%s cite, each with the sentence it comes from, the article "
	    "and its address. claims.csv and claims.jsonl list all %s.",
	    shown, all, rows, rows == 1 ? "" : "s", changes,
	    changes == 1 ? "" : "s", all);
	pager_para(p, ST_NOTE, note, 0, 0x555555, 6);
}

static void
page_appendix(struct pager *p)
{
	bool whole = appendix_whole(p->b);
	struct column cols[CLAIM_COLS];
	struct table t;
	size_t i;

	appendix_heading(p);
	claim_widths(p, cols);
	table_begin(p, &t, cols, CLAIM_COLS, ST_SMALL, ST_SMALL_HEAD);
	t.gutter = CLAIM_GUTTER;
	table_header(p, &t);
	for (i = 0; i < p->b->nappendix; i++)
		if (whole || claim_shown(&p->b->appendix[i]))
			claim_row(p, &t, &p->b->appendix[i]);
	table_end(&t);
}

/*
 * The whole document. Sections flow on from one another: a heading keeps
 * its chart or first lines on its page, so no page is left holding a
 * stray line or two of the section before.
 */
static void
report_body(struct pager *p)
{
	size_t i;

	pager_para(p, ST_TITLE, p->b->title ? p->b->title : "Briefing", 0,
	    0x10202f, 6);
	page_meta(p);
	page_headline(p);
	page_sources(p);
	for (i = 0; i < p->b->nsections; i++)
		page_section(p, i);
	/* after several measures, say the text that follows is of them all */
	if (p->b->nsections > 1)
		pager_band(p, BRIEFING_ALL_MEASURES, 0x5a6b7d, 80);
	page_changes(p);
	page_findings(p);
	page_appendix(p);
}

static void
fonts_load(struct pager *p)
{
	int i;

	for (i = 0; i < ST_COUNT; i++)
		p->fonts[i] = pango_font_description_from_string(style_fonts[i]);
}

static void
fonts_free(struct pager *p)
{
	int i;

	for (i = 0; i < ST_COUNT; i++)
		pango_font_description_free(p->fonts[i]);
}

/* Run one pass over a fresh context on surface, keeping the appendix
 * rows in rows (counting) or showing them from it (drawing); sets *pages
 * to the pages used and returns the context's status. */
static cairo_status_t
report_pass(const struct briefing *b, const double *boxes,
    struct rowcache *rows, cairo_surface_t *surface, bool draw, int *pages)
{
	struct pager p;
	cairo_status_t st;

	memset(&p, 0, sizeof(p));
	p.cr = cairo_create(surface);
	p.b = b;
	p.boxes = boxes;
	p.rows = rows;
	p.draw = draw;
	p.page = 1;
	p.pages = *pages;
	p.y = REPORT_PDF_TOP;
	p.layout = pango_cairo_create_layout(p.cr);
	fonts_load(&p);
	report_body(&p);
	if (draw) {
		footer_draw(&p);
		cairo_show_page(p.cr);
	}
	fonts_free(&p);
	g_object_unref(p.layout);
	if (p.bullet != NULL)
		g_object_unref(p.bullet);
	st = cairo_status(p.cr);
	cairo_destroy(p.cr);
	*pages = p.page;
	return st;
}

static cairo_status_t
discard_write(void *closure, const unsigned char *data, unsigned int len)
{
	(void)closure;
	(void)data;
	(void)len;
	return CAIRO_STATUS_SUCCESS;
}

int
report_pdf_write(const struct briefing *b, const char *path)
{
	double *boxes = xcalloc(b->nsections * BRIEFING_CHART_COUNT + 1,
	    sizeof(*boxes));
	struct rowcache rows;
	cairo_surface_t *surface;
	cairo_status_t st;
	size_t i;
	int k, pages = 0;

	for (i = 0; i < b->nsections; i++)
		for (k = 0; k < BRIEFING_CHART_COUNT; k++)
			if (b->sections[i].kinds & 1u << k)
				boxes[i * BRIEFING_CHART_COUNT + k] = chart_box(
				    &b->sections[i], (enum briefing_chart_kind)k);
	surface = cairo_pdf_surface_create_for_stream(discard_write, NULL,
	    REPORT_PDF_WIDTH, REPORT_PDF_HEIGHT);
	rowcache_init(&rows);
	report_pass(b, boxes, &rows, surface, false, &pages);
	cairo_surface_destroy(surface);
	surface = cairo_pdf_surface_create(path, REPORT_PDF_WIDTH,
	    REPORT_PDF_HEIGHT);
	st = cairo_surface_status(surface);
	if (st == CAIRO_STATUS_SUCCESS) {
		cairo_pdf_surface_set_metadata(surface,
		    CAIRO_PDF_METADATA_TITLE, b->title ? b->title : "Briefing");
		cairo_pdf_surface_set_metadata(surface,
		    CAIRO_PDF_METADATA_CREATOR, "claimtrack " CLAIMTRACK_VERSION);
		st = report_pass(b, boxes, &rows, surface, true, &pages);
	}
	cairo_surface_finish(surface);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(surface);
	cairo_surface_destroy(surface);
	rowcache_release(&rows);
	free(boxes);
	if (st != CAIRO_STATUS_SUCCESS) {
		warnx("%s: %s", path, cairo_status_to_string(st));
		unlink(path);
		return -1;
	}
	return pages;
}
