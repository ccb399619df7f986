/*
 * chart_layout.c - see chart.h: chart sizes and the geometry of each
 * chart, shared by the cairo and gnuplot renderers and by the tests.
 */
#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "chart.h"
#include "textfmt.h"

#define SPREAD_BAND	30	/* px above the rows for the spread note */
#define AXIS_BAND	46	/* px below the plot for ticks and caption */
#define VALUE_ROOM	120	/* px right of the plot for value labels */
#define EMPTY_BODY	120	/* px of body of a chart with no data */
#define NOTE_BAND	20	/* px below the axis for "k of n shown" */
#define LABEL_GAP	12	/* px between row labels and the plot */
#define MATRIX_GAP	22	/* px between row names and the cells */
#define MATRIX_MAX_CELL	64	/* px: side of a cell at most */
#define MATRIX_MIN_CELL	24	/* px: side of a cell at least */
#define END_MARK	(TIMELINE_LEADER + 6) /* px of leader before an end
					   label, and slack */
#define MAX_SIDE	0.30	/* share of the width for status words */
#define TIMELINE_KEY_COL 220	/* px per entry of the timeline key */

double
chart_label_room(const struct chartstyle *st, const char *const *labels,
    size_t n, double size, double pad, double max, int *lines)
{
	double widest = 0, w;
	size_t i;

	for (i = 0; i < n; i++) {
		w = chart_text_width(st, labels[i], size, 0);
		widest = w > widest ? w : widest;
	}
	*lines = widest + pad <= max ? 1 : 2;
	return *lines == 1 ? widest + pad : max;
}

/* Room of the range rows' labels ("United States · planned"). */
static double
range_label_room(const struct chartset *cs, const struct chartstyle *st,
    double w, int *lines)
{
	char **labels = xcalloc(cs->nranges + 1, sizeof(*labels)), buf[1024];
	double room;
	size_t i;

	for (i = 0; i < cs->nranges; i++)
		labels[i] = xstrdup(chart_row_label(cs->ranges[i].source,
		    cs->ranges[i].label, buf, sizeof(buf)));
	room = chart_label_room(st, (const char *const *)labels, cs->nranges,
	    st->text_size, 2, st->label_col * w - LABEL_GAP, lines);
	for (i = 0; i < cs->nranges; i++)
		free(labels[i]);
	free(labels);
	return room;
}

static size_t
rows_of(enum chart_kind k, const struct chartset *cs)
{
	switch (k) {
	case CHART_RANGE:
		return cs->nranges;
	case CHART_CHANGES:
		return cs->nchanges;
	case CHART_MATRIX:
		return cs->mn;
	case CHART_TIMELINE:
	case CHART_NKINDS:
		break;
	}
	return cs->nseries;
}


double
chart_height(enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st, double width)
{
	size_t n = rows_of(k, cs);
	double body;

	if (n == 0)
		body = EMPTY_BODY;
	else if (k == CHART_TIMELINE) {
		struct timeline_layout lay;
		double base = round(fmax(360, width * 0.56));

		timeline_layout(cs, st, width, base, &lay);
		return base + round(timeline_key_height(&lay));
	}
	else if (k == CHART_MATRIX) {
		struct matrix_layout lay;

		matrix_layout(cs, st, width, 0, &lay);
		body = 70 + lay.shown * lay.cell + 30;
	}
	else
		body = (k == CHART_RANGE ? SPREAD_BAND : 8) +
		    (n < CHART_MAX_ROWS ? n : CHART_MAX_ROWS) * st->row_height +
		    AXIS_BAND + (n > CHART_MAX_ROWS || (k == CHART_RANGE &&
		    chart_range_flags(cs, n) != 0) ? NOTE_BAND : 0);
	return round(st->header + body + st->footer);
}

/* Smallest and largest finite positive value of the range rows. */
static void
range_extent(const struct chartset *cs, double *min, double *max)
{
	const double *v;
	size_t i, j;

	*min = NAN;
	*max = NAN;
	for (i = 0; i < cs->nranges; i++) {
		v = &cs->ranges[i].value;
		for (j = 0; j < 3; j++) {
			if (j == 1)
				v = &cs->ranges[i].low;
			else if (j == 2)
				v = &cs->ranges[i].high;
			if (!isfinite(*v) || *v <= 0)
				continue;
			*min = isnan(*min) || *v < *min ? *v : *min;
			*max = isnan(*max) || *v > *max ? *v : *max;
		}
	}
}

/*
 * Rows of n that fit between lay->y0 and the axis band of a chart h px
 * high (room for the note when some are left out); sets shown, rows, the
 * plot's bottom y1 and the note's place.
 */
static void
rows_fit(struct range_layout *lay, const struct chartstyle *st, size_t n,
    double h)
{
	double room = h - st->footer - AXIS_BAND - lay->y0;

	lay->rows = n;
	lay->shown = room >= n * lay->row_step ? n :
	    (size_t)fmax(1, floor((room - NOTE_BAND) / lay->row_step));
	lay->shown = lay->shown < n ? lay->shown : n;
	lay->y1 = lay->y0 + lay->shown * lay->row_step;
	lay->note_y = lay->y1 + AXIS_BAND - 4;
}

void
range_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct range_layout *lay)
{
	double min, max;

	lay->label_w = range_label_room(cs, st, w, &lay->label_lines);
	lay->x0 = st->margin + lay->label_w + LABEL_GAP;
	lay->x1 = w - st->margin - VALUE_ROOM;
	lay->y0 = st->header + SPREAD_BAND;
	lay->row_step = st->row_height;
	lay->row_y0 = lay->y0 + st->row_height / 2;
	rows_fit(lay, st, cs->nranges, h);
	range_extent(cs, &min, &max);
	axis_fit(&lay->axis, min, max, st->log_ratio);
}

enum range_span
range_row_span(const struct range_layout *lay, const struct rangerow *r,
    double *from, double *to)
{
	enum qualifier q = r->qualifier;
	int below = q == QUAL_AT_MOST || q == QUAL_UP_TO || q == QUAL_LESS_THAN;

	*from = isnan(r->low) ? r->value : r->low;
	*to = isnan(r->high) ? r->value : r->high;
	if (isnan(r->high) && !isnan(*from) && (q == QUAL_AT_LEAST ||
	    q == QUAL_MORE_THAN || q == QUAL_VAGUE)) {
		*to = lay->axis.hi;
		return SPAN_OPEN_HIGH;
	}
	if (!isnan(*to) && ((below && isnan(r->low)) ||
	    (lay->axis.log && !isnan(*from) && *from <= lay->axis.lo))) {
		*from = *to;
		*to = lay->axis.lo;
		return SPAN_OPEN_LOW;
	}
	return !isnan(*from) && !isnan(*to) && *to > *from ? SPAN_BAR :
	    SPAN_NONE;
}

/* Room of the end labels of the first n series in order. */
static double
timeline_label_room(const struct chartset *cs, const struct chartstyle *st,
    double w, const size_t *order, size_t n, int *lines)
{
	char **labels = xcalloc(n + 1, sizeof(*labels)), buf[1024];
	double room;
	size_t i;

	for (i = 0; i < n; i++)
		labels[i] = xstrdup(chart_end_label(cs, order[i], buf,
		    sizeof(buf)));
	room = chart_label_room(st, (const char *const *)labels, n,
	    st->text_size, 2, st->label_col * w - END_MARK, lines);
	for (i = 0; i < n; i++)
		free(labels[i]);
	free(labels);
	return room;
}

/* Last day with a finite value of a series, and how many it has. */
static long
series_last(const struct tseries *s, size_t *n)
{
	long last = 0;
	size_t j;

	*n = 0;
	for (j = 0; j < s->n; j++)
		if (isfinite(s->v[j].value)) {
			last = *n == 0 || s->v[j].day > last ? s->v[j].day : last;
			(*n)++;
		}
	return last;
}

/* Is series a more important than series b (see timeline_order())? */
static int
series_before(const struct chartset *cs, size_t a, size_t b)
{
	size_t na, nb;
	long la = series_last(&cs->series[a], &na);
	long lb = series_last(&cs->series[b], &nb);

	if (la != lb)
		return la > lb;
	if (na != nb)
		return na > nb;
	return strcmp(cs->series[a].source, cs->series[b].source) < 0;
}

size_t
timeline_order(const struct chartset *cs, size_t *order)
{
	size_t i, j, n = 0, pts, t;

	for (i = 0; i < cs->nseries; i++) {
		series_last(&cs->series[i], &pts);
		if (pts > 0)
			order[n++] = i;
	}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && series_before(cs, order[j],
		    order[j - 1]); j--) {
			t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return n;
}

void
timeline_ink(const struct timeline_layout *lay, const struct chartstyle *st,
    size_t k, struct series_ink *ink)
{
	if (k < lay->labelled)
		*ink = (struct series_ink){ 1, st->line_width, 1 };
	else if (k < lay->labelled + lay->keyed)
		*ink = (struct series_ink){ 0.35, 1, 0 };
	else
		*ink = (struct series_ink){ 0.18, 0.75, 0 };
}

double
timeline_label_gap(const struct timeline_layout *lay,
    const struct chartstyle *st)
{
	return st->text_size * (lay->label_lines > 1 ? 2.6 : 1.45);
}

static int
timeline_end_cmp(const void *a, const void *b)
{
	const struct timeline_end *p = a, *q = b;

	return (p->y > q->y) - (p->y < q->y);
}

struct timeline_end *
timeline_ends(const struct chartset *cs, const struct chartstyle *st,
    const struct timeline_layout *lay, size_t *n)
{
	size_t *order = xcalloc(cs->nseries + 1, sizeof(*order)), i, m = 0, np;
	struct timeline_end *e = xcalloc(lay->labelled + 1, sizeof(*e));
	double *want = xcalloc(lay->labelled + 1, sizeof(*want));
	double *y = xcalloc(lay->labelled + 1, sizeof(*y));
	struct tpoint *v;
	int carried;

	timeline_order(cs, order);
	for (i = 0; i < lay->labelled; i++) {
		v = timeline_points(cs, lay, order[i], &np, &carried);
		if (np > 0) {
			e[m].series = order[i];
			e[m].x = axis_map(&lay->xaxis, (double)v[np - 1].day,
			    lay->x0, lay->x1);
			e[m].y = axis_map(&lay->yaxis, v[np - 1].value,
			    lay->y1, lay->y0);
			m++;
		}
		free(v);
	}
	qsort(e, m, sizeof(*e), timeline_end_cmp);
	for (i = 0; i < m; i++)
		want[i] = e[i].y;
	labels_spread(want, y, m, timeline_label_gap(lay, st), lay->y0,
	    lay->y1 + 30);
	for (i = 0; i < m; i++)
		e[i].label_y = y[i];
	free(order);
	free(want);
	free(y);
	*n = m;
	return e;
}

double
timeline_key_height(const struct timeline_layout *lay)
{
	size_t entries = lay->keyed + (lay->more > 0);

	if (entries == 0)
		return 0;
	return (double)((entries + lay->key_cols - 1) / lay->key_cols) *
	    TIMELINE_KEY_ROW + 8;
}

char *
timeline_more_note(const struct timeline_layout *lay, char *buf, size_t n)
{
	snprintf(buf, n, "+ %zu more; summary.json has all", lay->more);
	return buf;
}

/* Split n series into labelled, keyed and more for a plot of height ph. */
static void
timeline_split(struct timeline_layout *lay, size_t n, double ph,
    double gap)
{
	size_t fit = ph + 30 > gap ? (size_t)floor((ph + 30) / gap) : 1;
	size_t cap = TIMELINE_KEY_ROWS * lay->key_cols, rest;

	lay->labelled = n < TIMELINE_MAX_LABELS ? n : TIMELINE_MAX_LABELS;
	lay->labelled = lay->labelled < fit ? lay->labelled : fit;
	rest = n - lay->labelled;
	lay->keyed = rest <= cap ? rest : cap - 1;
	lay->more = rest - lay->keyed;
}

/* A point and the order it was added in: the later of one day wins. */
struct seqpoint {
	struct tpoint p;
	size_t	 seq;
};

static int
seqpoint_cmp(const void *a, const void *b)
{
	const struct seqpoint *p = a, *q = b;

	if (p->p.day != q->p.day)
		return p->p.day < q->p.day ? -1 : 1;
	return (p->seq > q->seq) - (p->seq < q->seq);
}

/* Number of the step holding day: 0 for the one ending on end, 1 for the
 * one before it; negative after end. */
static long
step_of(long day, long end, long step)
{
	long d = end - day;

	return d >= 0 ? d / step : -((step - 1 - d) / step);
}

long
timeline_step(long first, long last)
{
	long span = last - first + 1;

	if (span <= TIMELINE_MAX_POINTS)
		return 1;
	if ((span + 6) / 7 <= TIMELINE_MAX_POINTS)
		return 7;
	return 30;
}

struct tpoint *
timeline_points(const struct chartset *cs, const struct timeline_layout *lay,
    size_t i, size_t *n, int *carried)
{
	const struct tseries *s = &cs->series[i];
	struct seqpoint *w = xcalloc(s->n + 1, sizeof(*w));
	struct tpoint *v = xcalloc(s->n + 1, sizeof(*v)), edge = { 0 };
	size_t j, m = 0;
	bool early = false;

	*n = 0;
	*carried = 0;
	for (j = 0; j < s->n; j++) {
		if (!isfinite(s->v[j].value))
			continue;
		if (!cs->has_window || s->v[j].day >= cs->window_start)
			w[m++] = (struct seqpoint){ s->v[j], j };
		/* the last before the window, as a step's point is the last
		 * of its step */
		else if (!early || s->v[j].day >= edge.day) {
			edge = s->v[j];
			early = true;
		}
	}
	qsort(w, m, sizeof(*w), seqpoint_cmp);
	for (j = 0; j < m; j++)
		if (j + 1 == m || step_of(w[j + 1].p.day, lay->step_end,
		    lay->step) != step_of(w[j].p.day, lay->step_end, lay->step))
			v[(*n)++] = w[j].p;
	if (early && (*n == 0 || v[0].day > cs->window_start)) {
		memmove(v + 1, v, *n * sizeof(*v));
		v[0] = edge;
		v[0].day = cs->window_start;
		(*n)++;
		*carried = 1;
	}
	free(w);
	return v;
}

/*
 * First and last day the timeline spans: the current period and every
 * finite point in the window, from the window's first day when a value
 * before it is carried there.
 */
static void
timeline_days(const struct chartset *cs, long *first, long *last)
{
	bool any = cs->has_period;
	size_t i, j;
	long d;

	*first = cs->has_period ? cs->period_start : 0;
	*last = cs->has_period ? cs->period_end : 0;
	for (i = 0; i < cs->nseries; i++)
		for (j = 0; j < cs->series[i].n; j++) {
			if (!isfinite(cs->series[i].v[j].value))
				continue;
			d = cs->series[i].v[j].day;
			if (cs->has_window && d < cs->window_start)
				d = cs->window_start;
			*first = !any || d < *first ? d : *first;
			*last = !any || d > *last ? d : *last;
			any = true;
		}
}

/* Smallest and largest positive value the timeline draws. */
static void
timeline_values(const struct chartset *cs, const struct timeline_layout *lay,
    double *min, double *max)
{
	struct tpoint *v;
	size_t i, j, n;
	int carried;
	double x;

	*min = *max = NAN;
	for (i = 0; i < cs->nseries; i++) {
		v = timeline_points(cs, lay, i, &n, &carried);
		for (j = 0; j < n; j++) {
			x = v[j].value;
			if (x <= 0)
				continue;
			*min = isnan(*min) || x < *min ? x : *min;
			*max = isnan(*max) || x > *max ? x : *max;
		}
		free(v);
	}
}

void
timeline_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct timeline_layout *lay)
{
	size_t *order = xcalloc(cs->nseries + 1, sizeof(*order)), n, pass;
	double min, max, gap;
	long first, last;

	timeline_days(cs, &first, &last);
	/* the window the subtitle names, whole, even where nobody spoke */
	if (cs->has_window && cs->window_start < first)
		first = cs->window_start;
	lay->step = timeline_step(first, last);
	lay->step_end = cs->has_period ? cs->period_end : last;
	timeline_values(cs, lay, &min, &max);
	n = timeline_order(cs, order);
	lay->label_w = timeline_label_room(cs, st, w, order,
	    n < TIMELINE_MAX_LABELS ? n : TIMELINE_MAX_LABELS,
	    &lay->label_lines);
	gap = timeline_label_gap(lay, st);
	lay->key_cols = (size_t)fmax(1, floor((w - 2 * st->margin) /
	    TIMELINE_KEY_COL));
	lay->y0 = st->header + TIMELINE_CAPTION;
	lay->labelled = lay->keyed = lay->more = 0;
	/* the key takes height from the plot, which may fit fewer labels */
	for (pass = 0; pass < 3; pass++) {
		lay->y1 = h - st->footer - AXIS_BAND - timeline_key_height(lay);
		timeline_split(lay, n, lay->y1 - lay->y0, gap);
	}
	lay->key_y = lay->y1 + AXIS_BAND + 2;
	lay->x0 = st->margin + 76;
	lay->x1 = w - st->margin - lay->label_w - END_MARK;
	axis_fit_days(&lay->xaxis, first, last);
	axis_fit(&lay->yaxis, min, max, st->log_ratio);
	free(order);
}

/*
 * The narrowest cell that holds every ratio of the matrix ("8.8×" and the
 * largest, "2,250×") at the text size, or else at the small size; *font
 * receives the size chosen for a cell of side cell (0: not known yet).
 */
static double
matrix_min_cell(const struct chartset *cs, const struct chartstyle *st,
    double cell, double *font)
{
	char text[TEXTFMT_NUM_LEN];
	double big, small;

	textfmt_ratio(cs->mmax, text, sizeof(text));
	big = fmax(chart_text_width(st, "8.8×", st->text_size, 0),
	    chart_text_width(st, text, st->text_size, 0)) + 8;
	small = fmax(chart_text_width(st, "8.8×", st->small_size, 0),
	    chart_text_width(st, text, st->small_size, 0)) + 6;
	*font = cell >= big ? st->text_size : st->small_size;
	return fmax(MATRIX_MIN_CELL, small);
}

/* Row-name room, first cell, sources shown and cell side of one pass. */
static void
matrix_fit(const struct chartset *cs, const struct chartstyle *st,
    double w, double pad, struct matrix_layout *lay)
{
	double avail, min;

	lay->label_w = chart_label_room(st, (const char *const *)cs->mnames,
	    cs->mn, st->text_size, pad, fmin(fmax(st->label_col * w, w -
	    2 * st->margin - (double)cs->mn * MATRIX_MAX_CELL), 0.5 * w) -
	    MATRIX_GAP, &lay->label_lines);
	lay->x0 = st->margin + lay->label_w + MATRIX_GAP;
	lay->y0 = st->header + 70;
	avail = w - st->margin - lay->x0;
	min = matrix_min_cell(cs, st, 0, &lay->font);
	lay->shown = avail >= min ? (size_t)floor(avail / min) : 1;
	lay->shown = lay->shown < cs->mn ? lay->shown : cs->mn;
	lay->cell = lay->shown > 0 ? fmin(MATRIX_MAX_CELL, fmax(min, avail /
	    (double)lay->shown)) : 0;
	matrix_min_cell(cs, st, lay->cell, &lay->font);
}

void
matrix_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct matrix_layout *lay)
{
	double widest = 0, tw;
	size_t i;

	(void)h;
	for (i = 0; i < cs->mn; i++) {
		tw = chart_text_width(st, cs->mnames[i], st->small_size, 0);
		widest = tw > widest ? tw : widest;
	}
	/* a name must fit on two lines above its column, or numbers head
	 * the columns and stand before the row names */
	lay->numbered = 0;
	matrix_fit(cs, st, w, 2, lay);
	if (widest <= 1.7 * (lay->cell - 4))
		return;
	lay->numbered = 1;
	matrix_fit(cs, st, w, 2 + chart_text_width(st, "00  ", st->text_size,
	    0), lay);
}

/* The changes' sources as a list for chart_label_room(); free *v. */
static const char *const *
names_of_changes(const struct chartset *cs, const char ***v)
{
	size_t i;

	*v = xcalloc(cs->nchanges + 1, sizeof(**v));
	for (i = 0; i < cs->nchanges; i++)
		(*v)[i] = cs->changes[i].source;
	return *v;
}

/* Room right of the changes plot for the widest change in words. */
static double
status_room(const struct chartset *cs, const struct chartstyle *st,
    double w)
{
	char text[TEXTFMT_NUM_LEN * 2 + 32];
	double widest = 0, tw;
	size_t i;

	for (i = 0; i < cs->nchanges; i++) {
		tw = chart_text_width(st, chart_change_words(cs, i, text,
		    sizeof(text)), st->text_size, 1);
		widest = tw > widest ? tw : widest;
	}
	return fmin(widest + 16 + 4, MAX_SIDE * w);
}

void
changes_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct range_layout *lay)
{
	double min = NAN, max = NAN, v;
	const char **names;
	size_t i, j;

	for (i = 0; i < cs->nchanges; i++)
		for (j = 0; j < 3; j++) {
			v = j == 0 ? cs->changes[i].prev : j == 1 ?
			    cs->changes[i].cur : chart_change_floor(cs, i);
			if (!isfinite(v) || v <= 0)
				continue;
			min = isnan(min) || v < min ? v : min;
			max = isnan(max) || v > max ? v : max;
		}
	lay->label_w = chart_label_room(st, names_of_changes(cs, &names),
	    cs->nchanges, st->text_size, 2, st->label_col * w - LABEL_GAP,
	    &lay->label_lines);
	lay->x0 = st->margin + lay->label_w + LABEL_GAP;
	lay->x1 = w - st->margin - status_room(cs, st, w);
	lay->y0 = st->header + 8;
	free(names);
	lay->row_step = st->row_height;
	lay->row_y0 = lay->y0 + st->row_height / 2;
	rows_fit(lay, st, cs->nchanges, h);
	axis_fit(&lay->axis, min, max, st->log_ratio);
}

void
labels_spread(const double *want, double *y, size_t n, double gap,
    double top, double bottom)
{
	size_t i;

	for (i = 0; i < n; i++) {
		y[i] = fmax(want[i], top + gap / 2);
		if (i > 0 && y[i] < y[i - 1] + gap)
			y[i] = y[i - 1] + gap;
	}
	for (i = n; i-- > 0;) {
		if (y[i] > bottom - gap / 2)
			y[i] = bottom - gap / 2;
		if (i + 1 < n && y[i] > y[i + 1] - gap)
			y[i] = y[i + 1] - gap;
	}
}

/* How far apart a ratio says two sources are: 1 for agreement. */
static double
ratio_distance(double r)
{
	if (!isfinite(r) || r <= 0)
		return NAN;
	return r >= 1 ? r : 1 / r;
}

static struct rgb
cell_fill(const struct chartstyle *st, double d, double max)
{
	double t = log(d) / log(max);
	struct rgb a = st->seq_light, b = st->seq_dark;

	t = t < 0 ? 0 : t > 1 ? 1 : t;
	return (struct rgb){ a.r + t * (b.r - a.r), a.g + t * (b.g - a.g),
	    a.b + t * (b.b - a.b) };
}

/*
 * The range row standing for matrix source name: the one whose "source
 * (label)" it is, else the only row of that source; NULL when none or
 * ambiguous.
 */
static const struct rangerow *
matrix_range_row(const struct chartset *cs, const char *name)
{
	const struct rangerow *only = NULL;
	char full[1024];
	size_t i, nsrc = 0;

	for (i = 0; i < cs->nranges; i++) {
		const struct rangerow *r = &cs->ranges[i];

		if (r->label != NULL) {
			snprintf(full, sizeof(full), "%s (%s)", r->source,
			    r->label);
			if (strcmp(full, name) == 0)
				return r;
		}
		if (strcmp(r->source, name) == 0) {
			only = r;
			nsrc++;
		}
	}
	return nsrc == 1 ? only : NULL;
}

/* The interval of matrix source i; 0 when unknown. */
static int
matrix_interval(const struct chartset *cs, size_t i, struct chartinterval *iv)
{
	const struct rangerow *r;
	enum qualifier q;

	if (cs->mint != NULL) {
		*iv = cs->mint[i];
		return !isnan(iv->low) || !isnan(iv->high);
	}
	if ((r = matrix_range_row(cs, cs->mnames[i])) == NULL)
		return 0;
	q = r->qualifier;
	iv->qualifier = q;
	iv->low = r->low;
	iv->high = r->high;
	/* a row without bounds: the figure, or open where it is open */
	if (isnan(iv->low) && q != QUAL_AT_MOST && q != QUAL_UP_TO &&
	    q != QUAL_LESS_THAN)
		iv->low = r->value;
	if (isnan(iv->high) && q != QUAL_AT_LEAST && q != QUAL_MORE_THAN &&
	    q != QUAL_VAGUE)
		iv->high = r->value;
	return !isnan(iv->low) || !isnan(iv->high);
}

int
chartinterval_overlap(const struct chartinterval *a,
    const struct chartinterval *b)
{
	double lo, hi;
	int strict;

	lo = isnan(a->low) ? b->low : isnan(b->low) ? a->low :
	    fmax(a->low, b->low);
	hi = isnan(a->high) ? b->high : isnan(b->high) ? a->high :
	    fmin(a->high, b->high);
	if (isnan(lo) || isnan(hi))
		return 1;
	if (lo < hi)
		return 1;
	/* they touch at one figure: only if neither bound leaves it out */
	strict = (a->qualifier == QUAL_MORE_THAN && a->low == lo) ||
	    (b->qualifier == QUAL_MORE_THAN && b->low == lo) ||
	    (a->qualifier == QUAL_LESS_THAN && a->high == hi) ||
	    (b->qualifier == QUAL_LESS_THAN && b->high == hi);
	return lo == hi && !strict;
}

int
matrix_compatible(const struct chartset *cs, size_t i, size_t j)
{
	struct chartinterval a, b;

	if (i == j || !matrix_interval(cs, i, &a) ||
	    !matrix_interval(cs, j, &b))
		return 0;
	return chartinterval_overlap(&a, &b);
}

int
matrix_clash(const struct chartset *cs, size_t i, size_t j)
{
	struct chartinterval a, b;

	if (i == j || !isnan(cs->mratio[i * cs->mn + j]) ||
	    !matrix_interval(cs, i, &a) || !matrix_interval(cs, j, &b))
		return 0;
	return !chartinterval_overlap(&a, &b);
}

char *
matrix_legend(const struct chartset *cs, size_t shown, char *buf, size_t n)
{
	size_t i, j;
	int clash = 0;

	for (i = 0; i < shown && i < cs->mn && !clash; i++)
		for (j = 0; j < shown && j < cs->mn && !clash; j++)
			clash = matrix_clash(cs, i, j);
	snprintf(buf, n, "each cell: row source's estimate ÷ column source's "
	    "estimate; darker = further apart%s", clash ? "; \"≠\": a bound "
	    "and a figure outside it, which cannot both be true" : "");
	return buf;
}

char *
matrix_cell_text(const struct chartset *cs, size_t i, size_t j, char *buf,
    size_t n)
{
	if (i == j)
		snprintf(buf, n, "%s", "");
	else if (matrix_compatible(cs, i, j))
		snprintf(buf, n, "%s", "fits");
	else if (matrix_clash(cs, i, j))
		snprintf(buf, n, "%s", "≠");
	else
		textfmt_ratio(cs->mratio[i * cs->mn + j], buf, n);
	return buf;
}

void
matrix_cell_color(const struct chartset *cs, const struct chartstyle *st,
    size_t i, size_t j, struct rgb *fill, struct rgb *ink)
{
	double d = ratio_distance(cs->mratio[i * cs->mn + j]), lum;

	*fill = (struct rgb){ 1, 1, 1 };
	*ink = st->muted;
	if (i == j)
		*fill = st->shade;
	else if (matrix_compatible(cs, i, j)) {
		*fill = st->fits;
		*ink = st->ink;
	} else if (matrix_clash(cs, i, j))
		*ink = st->ink;
	else if (!isnan(d)) {
		*fill = cell_fill(st, d, cs->mmax);
		lum = 0.2126 * fill->r + 0.7152 * fill->g + 0.0722 * fill->b;
		*ink = lum < 0.5 ? (struct rgb){ 1, 1, 1 } : st->ink;
	}
}
