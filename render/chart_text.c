/*
 * chart_text.c - see chart.h: the texts both renderers print (row labels,
 * change words, date ticks) and their widths as pango lays them out, so
 * the layouts can give each label the room it needs.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "claimtrack.h"
#include "date.h"
#include "chart.h"
#include "lexicon.h"
#include "textfmt.h"

double
chart_text_width(const struct chartstyle *st, const char *s, double size,
    int bold)
{
	PangoContext *ctx = pango_font_map_create_context(
	    pango_cairo_font_map_get_default());
	PangoLayout *lay = pango_layout_new(ctx);
	PangoFontDescription *fd = pango_font_description_new();
	PangoRectangle logical;

	pango_font_description_set_family(fd, st->font);
	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(lay, fd);
	pango_layout_set_text(lay, s, -1);
	pango_layout_get_pixel_extents(lay, NULL, &logical);
	pango_font_description_free(fd);
	g_object_unref(lay);
	g_object_unref(ctx);
	return logical.width;
}

char *
chart_row_label(const char *source, const char *extra, char *buf, size_t n)
{
	snprintf(buf, n, "%s%s%s", source, extra ? " · " : "",
	    extra ? extra : "");
	return buf;
}

/*
 * The range row standing for change row c: the change is named after a
 * source ("Ukraine") or, when the source has several rows, after the
 * source and the row's label ("United States (deployed)").
 */
static const struct rangerow *
change_range(const struct chartset *cs, const struct changerow *c)
{
	char name[1024];
	size_t i;

	for (i = 0; i < cs->nranges; i++) {
		const struct rangerow *r = &cs->ranges[i];

		snprintf(name, sizeof(name), "%s (%s)", r->source,
		    r->label ? r->label : "");
		if (strcmp(c->source, r->source) == 0 ||
		    (r->label != NULL && strcmp(c->source, name) == 0))
			return r;
	}
	return NULL;
}

/* "vague, ≥2,000" for a vague figure with a floor, else "vague". */
static char *
vague_words(const struct rangerow *r, char *buf, size_t n)
{
	char a[TEXTFMT_NUM_LEN];

	if (r != NULL && isfinite(r->low))
		snprintf(buf, n, "vague, ≥%s", textfmt_number(r->low, a,
		    sizeof(a)));
	else
		snprintf(buf, n, "vague figure");
	return buf;
}

double
chart_change_floor(const struct chartset *cs, size_t i)
{
	const struct changerow *c = &cs->changes[i];
	const struct rangerow *r;

	if (!isnan(c->cur) || c->status == CHART_CHANGE_SILENT)
		return NAN;
	r = change_range(cs, c);
	if (r == NULL || r->qualifier != QUAL_VAGUE || !isfinite(r->low) ||
	    r->low <= 0)
		return NAN;
	return r->low;
}

char *
chart_changes_caption(const struct chartset *cs, int log, char *buf,
    size_t n)
{
	size_t i, floors = 0, latest = 0;

	for (i = 0; i < cs->nchanges; i++) {
		floors += !isnan(chart_change_floor(cs, i));
		latest += cs->changes[i].status == CHART_CHANGE_LATEST;
	}
	snprintf(buf, n, "%s%s — %s%s", cs->meta.measure ? cs->meta.measure :
	    "", log ? " (log scale)" : "", latest ? "each source's latest "
	    "figure; no previous period to compare with" : "hollow: last "
	    "period, filled: this period", floors ? "; arrow: vague, at "
	    "least" : "");
	return buf;
}

/* The series named source, or NULL. */
static const struct tseries *
series_named(const struct chartset *cs, const char *source)
{
	size_t i;

	for (i = 0; i < cs->nseries; i++)
		if (strcmp(cs->series[i].source, source) == 0)
			return &cs->series[i];
	return NULL;
}

/*
 * The point of s stating v: the latest (of one day, the one added last)
 * before day before (LONG_MAX: any); NULL when none.
 */
static const struct tpoint *
point_stating(const struct tseries *s, double v, long before)
{
	const struct tpoint *p = NULL;
	size_t j;

	for (j = 0; s != NULL && j < s->n; j++)
		if (s->v[j].value == v && s->v[j].day < before &&
		    (p == NULL || s->v[j].day >= p->day))
			p = &s->v[j];
	return p;
}

enum qualifier
chart_change_qual(const struct chartset *cs, size_t i, int cur)
{
	const struct changerow *c = &cs->changes[i];
	const struct tseries *s;
	const struct tpoint *pc, *pp;
	const struct rangerow *r;

	if (c->has_quals)
		return cur ? c->cur_qual : c->prev_qual;
	s = series_named(cs, c->source);
	pc = isnan(c->cur) ? NULL : point_stating(s, c->cur, LONG_MAX);
	if (cur && pc != NULL)
		return pc->qualifier;
	if (!cur && !isnan(c->prev)) {
		pp = point_stating(s, c->prev, pc != NULL ? pc->day : LONG_MAX);
		if (pp == NULL)
			pp = point_stating(s, c->prev, LONG_MAX);
		if (pp != NULL)
			return pp->qualifier;
	}
	r = change_range(cs, c);
	if (cur && r != NULL && r->value == c->cur)
		return r->qualifier;
	return QUAL_EXACT;
}

/* Figure v of changes row i with its qualifier sign: "≥3,000". */
static char *
change_figure(const struct chartset *cs, size_t i, int cur, char *buf,
    size_t n)
{
	const struct changerow *c = &cs->changes[i];
	const struct rangerow *r = change_range(cs, c);
	enum qualifier q = chart_change_qual(cs, i, cur);

	/* a range this period prints whole, as in the range chart */
	if (cur && q == QUAL_RANGE && r != NULL && r->value == c->cur)
		return textfmt_estimate(c->cur, r->low, r->high, q, buf, n);
	return textfmt_estimate(cur ? c->cur : c->prev, NAN, NAN, q, buf, n);
}

char *
chart_change_words(const struct chartset *cs, size_t i, char *buf, size_t n)
{
	const struct changerow *c = &cs->changes[i];
	char a[TEXTFMT_NUM_LEN], b[TEXTFMT_NUM_LEN];

	switch (c->status) {
	case CHART_CHANGE_NEW:
		snprintf(buf, n, "new: %s", isnan(c->cur) ?
		    vague_words(change_range(cs, c), a, sizeof(a)) :
		    change_figure(cs, i, 1, a, sizeof(a)));
		break;
	case CHART_CHANGE_SILENT:
		snprintf(buf, n, "silent (was %s)", isnan(c->prev) ? "vague" :
		    change_figure(cs, i, 0, a, sizeof(a)));
		break;
	case CHART_CHANGE_UNCHANGED:
		snprintf(buf, n, "unchanged");
		break;
	case CHART_CHANGE_LATEST:
		snprintf(buf, n, "latest: %s", isnan(c->cur) ?
		    vague_words(change_range(cs, c), a, sizeof(a)) :
		    change_figure(cs, i, 1, a, sizeof(a)));
		break;
	case CHART_CHANGE_REVISED:
		snprintf(buf, n, "revised (from %s)", isnan(c->prev) ?
		    "vague" : change_figure(cs, i, 0, a, sizeof(a)));
		break;
	case CHART_CHANGE_UP:
	case CHART_CHANGE_DOWN:
		snprintf(buf, n, "%s %s (from %s)", c->status == CHART_CHANGE_UP ?
		    "up" : "down", textfmt_number(fabs(c->cur - c->prev), a,
		    sizeof(a)), change_figure(cs, i, 0, b, sizeof(b)));
		break;
	}
	return buf;
}

char *
chart_date_label(long day, int with_year, char *buf, size_t n)
{
	int y, m, d;

	date_civil(day, &y, &m, &d);
	if (with_year)
		snprintf(buf, n, "%d %s %d", d, lex_month_abbrevs[m - 1], y);
	else
		snprintf(buf, n, "%d %s", d, lex_month_abbrevs[m - 1]);
	return buf;
}

size_t
chart_date_every(const struct timeline_layout *lay,
    const struct chartstyle *st)
{
	const struct axis *ax = &lay->xaxis;
	double step, widest = 0, w;
	char text[64];
	size_t i, every;

	if (ax->nticks < 2)
		return 1;
	step = axis_map(ax, ax->ticks[1], lay->x0, lay->x1) -
	    axis_map(ax, ax->ticks[0], lay->x0, lay->x1);
	for (i = 0; i < ax->nticks; i++) {
		w = chart_text_width(st, chart_date_label((long)ax->ticks[i],
		    i == 0, text, sizeof(text)), st->small_size, 0);
		widest = w > widest ? w : widest;
	}
	if (step <= 0)
		return ax->nticks;
	every = (size_t)ceil((widest + 10) / step);
	return every < 1 ? 1 : every;
}

char *
timeline_date_caption(const struct timeline_layout *lay, char *buf,
    size_t n)
{
	if (lay->step == 7)
		snprintf(buf, n, "%s", "claim date · weekly: each week's last "
		    "figure");
	else if (lay->step > 1)
		snprintf(buf, n, "claim date · every %ld days: the last figure "
		    "of each", lay->step);
	else
		snprintf(buf, n, "%s", "claim date");
	return buf;
}

char *
chart_subtitle(const struct chartset *cs, enum chart_kind k, char *buf,
    size_t n)
{
	const char *sub = cs->meta.subtitle ? cs->meta.subtitle : "";

	if (k == CHART_TIMELINE && cs->has_window && cs->window != NULL &&
	    *cs->window != '\0')
		snprintf(buf, n, "%s%s%s", sub, *sub ? " · " : "", cs->window);
	else
		snprintf(buf, n, "%s", sub);
	return buf;
}

char *
chart_end_label(const struct chartset *cs, size_t i, char *buf, size_t n)
{
	const struct tseries *s = &cs->series[i];
	const struct tpoint *last = NULL;
	char num[TEXTFMT_NUM_LEN * 2];
	size_t j;

	for (j = 0; j < s->n; j++)
		if (isfinite(s->v[j].value) && (last == NULL ||
		    s->v[j].day >= last->day))
			last = &s->v[j];
	if (last == NULL) {
		snprintf(buf, n, "%s", "");
		return buf;
	}
	textfmt_estimate(last->value, NAN, NAN, last->qualifier, num,
	    sizeof(num));
	snprintf(buf, n, "%s %s", s->source, num);
	return buf;
}

char *
matrix_row_name(const struct chartset *cs, const struct matrix_layout *lay,
    size_t i, char *buf, size_t n)
{
	if (lay->numbered)
		snprintf(buf, n, "%zu  %s", i + 1, cs->mnames[i]);
	else
		snprintf(buf, n, "%s", cs->mnames[i]);
	return buf;
}

char *
matrix_note(const struct chartset *cs, const struct matrix_layout *lay,
    char *buf, size_t n)
{
	return chart_shown_note(lay->shown, cs->mn, buf, n);
}

char *
chart_shown_note(size_t shown, size_t n, char *buf, size_t len)
{
	if (shown < n)
		snprintf(buf, len, "%zu of %zu rows shown; summary.json has "
		    "all", shown, n);
	else
		snprintf(buf, len, "%s", "");
	return buf;
}

/* UTF-8 characters of s. */
static size_t
utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

char *
chart_text_fit(const struct chartstyle *st, const char *s, double size,
    double px, char *buf, size_t n)
{
	size_t lo = 1, hi = utf8_chars(s), mid;

	textfmt_truncate(s, hi, buf, n);
	if (chart_text_width(st, buf, size, 0) <= px)
		return buf;
	/* the most characters (ellipsis included) that fit */
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		textfmt_truncate(s, mid, buf, n);
		if (chart_text_width(st, buf, size, 0) <= px)
			lo = mid;
		else
			hi = mid - 1;
	}
	return textfmt_truncate(s, lo, buf, n);
}

unsigned
chart_range_flags(const struct chartset *cs, size_t n)
{
	unsigned f = 0;
	size_t i;

	for (i = 0; i < n && i < cs->nranges; i++)
		f |= cs->ranges[i].flags;
	return f;
}

char *
chart_range_note(const struct chartset *cs, size_t shown, size_t n,
    char *buf, size_t len)
{
	unsigned f = chart_range_flags(cs, shown);
	char stale[64], outlier[96], more[128];
	const char *what[3];
	size_t k = 0, i;

	snprintf(stale, sizeof(stale), cs->stale_after > 0 ?
	    "stale (over %d days old)" : "stale", cs->stale_after);
	snprintf(outlier, sizeof(outlier), cs->outlier_factor > 0 ?
	    "outlier (over %g× off the others' median)" : "outlier",
	    cs->outlier_factor);
	if (f & RANGE_STALE)
		what[k++] = stale;
	if (f & RANGE_OUTLIER)
		what[k++] = outlier;
	if (f & RANGE_PROJECTED)
		what[k++] = "projected";
	chart_shown_note(shown, n, more, sizeof(more));
	if (k == 0) {
		snprintf(buf, len, "%s", more);
		return buf;
	}
	snprintf(buf, len, "grey, hollow: ");
	for (i = 0; i < k; i++)
		snprintf(buf + strlen(buf), len - strlen(buf), "%s%s",
		    i == 0 ? "" : i + 1 == k ? " or " : ", ", what[i]);
	snprintf(buf + strlen(buf), len - strlen(buf), " figures%s%s%s",
	    f & RANGE_OUTLIER ? ": out of the range" : ", not current "
	    "positions and no end of the spread", *more ? " · " : "", more);
	return buf;
}

char *
chart_range_figure(const struct rangerow *r, char *buf, size_t len)
{
	size_t o;

	textfmt_estimate(r->value, r->low, r->high, r->qualifier, buf, len);
	o = strlen(buf);
	if (r->flags & RANGE_STALE)
		snprintf(buf + o, len - o, " · stale");
	else if (r->flags & RANGE_OUTLIER)
		snprintf(buf + o, len - o, " · outlier");
	else if (r->flags & RANGE_PROJECTED)
		snprintf(buf + o, len - o, " · projected");
	return buf;
}

double
chart_title_size(const struct chartstyle *st, const char *title, double px)
{
	double w = chart_text_width(st, title, st->title_size, 1);

	if (w <= px || w <= 0)
		return st->title_size;
	return fmax(st->title_size * px / w * 0.98, st->title_size * 0.75);
}

int
chart_qual_is_bound(enum qualifier q)
{
	return q == QUAL_AT_LEAST || q == QUAL_MORE_THAN || q == QUAL_AT_MOST ||
	    q == QUAL_UP_TO || q == QUAL_LESS_THAN || q == QUAL_VAGUE;
}

char *
chart_timeline_caption(const struct chartset *cs, int log, char *buf,
    size_t n)
{
	size_t i, j;
	int bound = 0;

	for (i = 0; i < cs->nseries && !bound; i++)
		for (j = 0; j < cs->series[i].n && !bound; j++)
			bound = chart_qual_is_bound(cs->series[i].v[j].qualifier);
	/* short: the caption is one line over the plot, and cut past it */
	snprintf(buf, n, "%s%s%s", cs->meta.measure ? cs->meta.measure : "",
	    log ? " (log scale)" : "", bound ? " · hollow: a bound (≤, ≥)" :
	    "");
	return buf;
}
