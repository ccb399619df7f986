/*
 * chart_layout.c - see chart.h: chart sizes and the geometry of each
 * chart, shared by the cairo and gnuplot renderers and by the tests.
 */
#include <math.h>

#include "claimtrack.h"
#include "chart.h"

#define SPREAD_BAND	30	/* px above the rows for the spread note */
#define AXIS_BAND	46	/* px below the plot for ticks and caption */
#define VALUE_ROOM	120	/* px right of the plot for value labels */
#define STATUS_ROOM	170	/* px right of the changes plot for words */
#define EMPTY_BODY	120	/* px of body of a chart with no data */

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

static double
matrix_cell(const struct chartstyle *st, size_t n, double w)
{
	double avail = w - 2 * st->margin - st->label_col * w, cell;

	if (n == 0)
		return 0;
	cell = avail / (double)n;
	return cell > 96 ? 96 : cell < 40 ? 40 : cell;
}

double
chart_height(enum chart_kind k, const struct chartset *cs,
    const struct chartstyle *st, double width)
{
	size_t n = rows_of(k, cs);
	double body;

	if (n == 0)
		body = EMPTY_BODY;
	else if (k == CHART_TIMELINE)
		return round(fmax(360, width * 0.56));
	else if (k == CHART_MATRIX)
		body = 70 + n * matrix_cell(st, n, width) + 30;
	else
		body = (k == CHART_RANGE ? SPREAD_BAND : 8) +
		    n * st->row_height + AXIS_BAND;
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

void
range_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct range_layout *lay)
{
	double min, max;

	lay->x0 = st->margin + st->label_col * w;
	lay->x1 = w - st->margin - VALUE_ROOM;
	lay->y0 = st->header + SPREAD_BAND;
	lay->y1 = h - st->footer - AXIS_BAND;
	lay->row_step = st->row_height;
	lay->row_y0 = lay->y0 + st->row_height / 2;
	range_extent(cs, &min, &max);
	axis_fit(&lay->axis, min, max, st->log_ratio);
}

void
timeline_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct timeline_layout *lay)
{
	double min = NAN, max = NAN, v;
	long first = cs->has_period ? cs->period_start : 0;
	long last = cs->has_period ? cs->period_end : 0;
	bool any = cs->has_period;
	size_t i, j;

	for (i = 0; i < cs->nseries; i++)
		for (j = 0; j < cs->series[i].n; j++) {
			const struct tpoint *p = &cs->series[i].v[j];

			first = !any || p->day < first ? p->day : first;
			last = !any || p->day > last ? p->day : last;
			any = true;
			v = p->value;
			if (!isfinite(v) || v <= 0)
				continue;
			min = isnan(min) || v < min ? v : min;
			max = isnan(max) || v > max ? v : max;
		}
	lay->x0 = st->margin + 76;
	lay->x1 = w - st->margin - 0.26 * w;
	lay->y0 = st->header + 10;
	lay->y1 = h - st->footer - AXIS_BAND;
	axis_fit_days(&lay->xaxis, first, last);
	axis_fit(&lay->yaxis, min, max, st->log_ratio);
}

void
matrix_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct matrix_layout *lay)
{
	(void)h;
	lay->cell = matrix_cell(st, cs->mn, w);
	lay->x0 = st->margin + st->label_col * w;
	lay->y0 = st->header + 70;
}

void
changes_layout(const struct chartset *cs, const struct chartstyle *st,
    double w, double h, struct range_layout *lay)
{
	double min = NAN, max = NAN, v;
	size_t i, j;

	for (i = 0; i < cs->nchanges; i++)
		for (j = 0; j < 2; j++) {
			v = j == 0 ? cs->changes[i].prev : cs->changes[i].cur;
			if (!isfinite(v) || v <= 0)
				continue;
			min = isnan(min) || v < min ? v : min;
			max = isnan(max) || v > max ? v : max;
		}
	lay->x0 = st->margin + st->label_col * w;
	lay->x1 = w - st->margin - STATUS_ROOM;
	lay->y0 = st->header + 8;
	lay->y1 = h - st->footer - AXIS_BAND;
	lay->row_step = st->row_height;
	lay->row_y0 = lay->y0 + st->row_height / 2;
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

/* The largest distance in the matrix, at least 2 so 1.0× stays light. */
static double
matrix_max(const struct chartset *cs)
{
	double max = 2, d;
	size_t i;

	for (i = 0; i < cs->mn * cs->mn; i++) {
		d = ratio_distance(cs->mratio[i]);
		if (!isnan(d) && d > max)
			max = d;
	}
	return max;
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

void
matrix_cell_color(const struct chartset *cs, const struct chartstyle *st,
    size_t i, size_t j, struct rgb *fill, struct rgb *ink)
{
	double d = ratio_distance(cs->mratio[i * cs->mn + j]), lum;

	*fill = (struct rgb){ 1, 1, 1 };
	*ink = st->muted;
	if (i == j)
		*fill = st->shade;
	else if (!isnan(d)) {
		*fill = cell_fill(st, d, matrix_max(cs));
		lum = 0.2126 * fill->r + 0.7152 * fill->g + 0.0722 * fill->b;
		*ink = lum < 0.5 ? (struct rgb){ 1, 1, 1 } : st->ink;
	}
}
