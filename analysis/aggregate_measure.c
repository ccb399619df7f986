/*
 * aggregate_measure.c - discrepancies per measure family across the rows'
 * latest estimates, and low/best/high of all sources together.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "measure.h"
#include "aggregate_int.h"

static int
str_ptr_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The event standing for point pt of row r: its best event, or when
 * that day has only vague figures, the newest of them. */
static size_t
point_event(const struct summary *s, const struct sum_row *r, size_t pt)
{
	const struct sum_point *p = &r->points[pt];
	size_t e, pick = NO_INDEX;

	if (p->range.best_event != NO_INDEX)
		return p->range.best_event;
	for (e = r->first; e < r->first + r->nevents; e++)
		if (s->events[e].day == p->day)
			pick = e;	/* by day, then newest claim */
	return pick;
}

size_t
summary_row_latest(const struct summary *s, size_t row)
{
	const struct sum_row *r = &s->rows[row];

	if (r->npoints == 0)
		return NO_INDEX;
	return point_event(s, r, r->npoints - 1);
}

size_t
summary_row_latest_before(const struct summary *s, size_t row, long day)
{
	const struct sum_row *r = &s->rows[row];
	size_t n = r->npoints;

	while (n > 0 && r->points[n - 1].day >= day)
		n--;
	return n > 0 ? point_event(s, r, n - 1) : NO_INDEX;
}

/* The row's latest dated estimate; false when it has none. */
static bool
position_of(const struct summary *s, size_t row, struct sum_position *p)
{
	const struct sum_row *r = &s->rows[row];
	const struct sum_event *e;
	long last;

	memset(p, 0, sizeof(*p));
	p->row = row;
	p->event = summary_row_latest(s, row);
	if (p->event == NO_INDEX)
		return false;
	e = &s->events[p->event];
	p->value = e->value;
	p->low = e->low;
	p->high = e->high;
	last = r->points[r->npoints - 1].day;
	p->in_period = last >= s->start;
	p->compatible = true;
	p->estimate = qualifier_is_estimate(e->qualifier) && !isnan(e->value);
	p->stale = s->opts.stale_after >= 0 &&
	    s->opts.asof - last > s->opts.stale_after;
	p->counted = r->attributed && r->modality == MODALITY_CURRENT &&
	    !p->stale;
	return true;
}

/* Do two rows speak for one position (same source, modality, scope)? */
static bool
same_key(const struct sum_row *a, const struct sum_row *b)
{
	return a->source == b->source && a->modality == b->modality &&
	    a->scope == b->scope;
}

/*
 * Does event a stand for its source rather than event b: the newer day;
 * on one day a figure before a vague one, then more outlets, articles
 * and the newest claim.
 */
static bool
event_newer(const struct summary *s, size_t a, size_t b)
{
	const struct sum_event *ea = &s->events[a];
	const struct sum_event *eb = &s->events[b];

	if (ea->day != eb->day)
		return ea->day > eb->day;
	if (isnan(ea->value) != isnan(eb->value))
		return isnan(eb->value);
	if (ea->outlets != eb->outlets)
		return ea->outlets > eb->outlets;
	if (ea->articles != eb->articles)
		return ea->articles > eb->articles;
	return ea->last_id > eb->last_id;
}

/* Positions by source, modality, scope (interned: strcmp for order). */
static int
position_cmp(const void *pa, const void *pb, void *arg)
{
	const struct summary *s = arg;
	const struct sum_row *a = &s->rows[((const struct sum_position *)pa)->row];
	const struct sum_row *b = &s->rows[((const struct sum_position *)pb)->row];
	int d;

	if ((d = strcmp(a->source, b->source)) != 0)
		return d;
	if (a->modality != b->modality)
		return (int)a->modality - (int)b->modality;
	if (a->scope == b->scope)
		return 0;
	if (a->scope == NULL || b->scope == NULL)
		return a->scope == NULL ? -1 : 1;
	return strcmp(a->scope, b->scope);
}

static struct interval
position_iv(const struct sum_position *p)
{
	struct interval iv = { p->low, p->high };

	return iv;
}

static int
double_cmp(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/* Track the strongest lower and upper bound among the counted bounds. */
static void
measure_bound(struct sum_measure *m, size_t i)
{
	const struct sum_position *p = &m->pos[i];

	if (!isnan(p->low) && (m->floor == NO_INDEX ||
	    p->low > m->pos[m->floor].low))
		m->floor = i;
	if (!isnan(p->high) && (m->ceiling == NO_INDEX ||
	    p->high < m->pos[m->ceiling].high))
		m->ceiling = i;
}

/* The median of v[0 .. n), sorting it; NAN when n is 0. */
static double
median_of(double *v, size_t n)
{
	if (n == 0)
		return NAN;
	qsort(v, n, sizeof(*v), double_cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* How many distinct sources state a counted estimate. */
static size_t
estimate_sources(const struct summary *s, const struct sum_measure *m)
{
	size_t i, j, n = 0;
	const struct sum_position *p;

	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (!p->counted || !p->estimate)
			continue;
		for (j = 0; j < i; j++)
			if (m->pos[j].counted && m->pos[j].estimate &&
			    s->rows[m->pos[j].row].source == s->rows[p->row].source)
				break;
		n += j == i;
	}
	return n;
}

/* The median of the counted estimates of sources other than the one
 * of row `row` (every source when row is NO_INDEX), into v. */
static double
others_median(const struct summary *s, const struct sum_measure *m,
    size_t row, double *v)
{
	const struct sum_position *p;
	size_t i, n = 0;

	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (p->counted && p->estimate && !p->outlier &&
		    (row == NO_INDEX ||
		    s->rows[p->row].source != s->rows[row].source))
			v[n++] = p->value;
	}
	return median_of(v, n);
}

/* Is [low, high] more than f times off median med (either end open)? */
static bool
far_off(double low, double high, double med, double f)
{
	return (!isnan(high) && high * f < med) ||
	    (!isnan(low) && low > med * f);
}

/* Is [low, high] more than f times off every counted estimate of the
 * sources other than row's (outliers found so far left aside)? A
 * figure another source comes near is corroborated, not an outlier. */
static bool
far_from_all(const struct summary *s, const struct sum_measure *m,
    size_t row, double low, double high, double f)
{
	const struct sum_position *q;
	size_t i;

	for (i = 0; i < m->npos; i++) {
		q = &m->pos[i];
		if (q->counted && q->estimate && !q->outlier &&
		    s->rows[q->row].source != s->rows[row].source &&
		    !far_off(low, high, q->value, f))
			return false;
	}
	return true;
}

/*
 * Mark as outliers the counted positions more than opts.outlier_factor
 * times below or above the median of the other sources' counted
 * estimates and as far from each of them, when at least
 * OUTLIER_SOURCES_MIN sources state one: an estimate against the other
 * sources' estimates, then a bound whose interval lies that far off the
 * estimates left. An outlier is no longer counted. Nothing is an outlier
 * when the factor is 0.
 */
static void
measure_outliers(const struct summary *s, struct sum_measure *m)
{
	double f = s->opts.outlier_factor, med;
	double *v = xreallocarray(NULL, m->npos + 1, sizeof(*v));
	bool *out = xcalloc(m->npos + 1, sizeof(*out));
	struct sum_position *p;
	size_t i;

	if (!(f > 1) || estimate_sources(s, m) < OUTLIER_SOURCES_MIN)
		goto done;
	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (!p->counted || !p->estimate)
			continue;
		med = others_median(s, m, p->row, v);
		out[i] = med > 0 && far_off(p->value, p->value, med, f) &&
		    far_from_all(s, m, p->row, p->value, p->value, f);
	}
	for (i = 0; i < m->npos; i++)
		m->pos[i].outlier = out[i];
	med = others_median(s, m, NO_INDEX, v);
	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (p->counted && !p->estimate && med > 0)
			p->outlier = far_off(p->low, p->high, med, f) &&
			    far_from_all(s, m, p->row, p->low, p->high, f);
		if (p->outlier) {
			p->counted = false;
			m->outliers++;
		}
	}
done:
	free(out);
	free(v);
}

/*
 * Lowest, highest, ratio, spread and median of the counted estimates;
 * the strongest bounds of the counted bounds; the counts.
 */
static void
measure_stats(const struct summary *s, struct sum_measure *m)
{
	double *v = xreallocarray(NULL, m->npos + 1, sizeof(*v));
	size_t i, n = 0;
	const struct sum_position *p;

	m->lowest = m->highest = m->floor = m->ceiling = NO_INDEX;
	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (p->stale && s->rows[p->row].attributed)
			m->stale++;
		if (!p->counted)
			continue;
		m->fresh += p->in_period;
		if (!p->estimate) {
			m->bounds++;
			measure_bound(m, i);
			continue;
		}
		v[n++] = p->value;
		if (m->lowest == NO_INDEX || p->value < m->pos[m->lowest].value)
			m->lowest = i;
		if (m->highest == NO_INDEX ||
		    p->value > m->pos[m->highest].value)
			m->highest = i;
	}
	m->estimates = n;
	m->ratio = m->spread = m->median = NAN;
	if (n > 1) {
		m->ratio = ratio_safe(m->pos[m->highest].value,
		    m->pos[m->lowest].value);
		m->spread = m->pos[m->highest].value - m->pos[m->lowest].value;
	}
	if (n > 0)
		m->median = median_of(v, n);
	free(v);
}

/* Can the ratio of positions a and b be read: both attributed
 * estimates of one modality? */
static bool
ratio_ok(const struct summary *s, const struct sum_position *a,
    const struct sum_position *b)
{
	return a->estimate && b->estimate && s->rows[a->row].attributed &&
	    s->rows[b->row].attributed &&
	    s->rows[a->row].modality == s->rows[b->row].modality;
}

/* Ratio matrix, pairs, per-position compatibility and consensus. */
static void
measure_compare(const struct summary *s, struct sum_measure *m)
{
	struct sum_position *p = m->pos;
	struct sum_pair *pr;
	size_t i, j, n = m->npos, counted = 0;
	bool ok;

	m->matrix = xreallocarray(NULL, n * n + 1, sizeof(*m->matrix));
	m->pairs = xreallocarray(NULL, n * n / 2 + 1, sizeof(*m->pairs));
	m->agreed.low = m->agreed.high = NAN;
	m->consensus = true;
	for (i = 0; i < n; i++) {
		for (j = 0; j < n; j++)
			m->matrix[i * n + j] = ratio_ok(s, &p[i], &p[j]) ?
			    ratio_safe(p[i].value, p[j].value) : NAN;
		for (j = 0; j < n; j++) {
			if (j == i || !p[j].counted)
				continue;
			ok = interval_overlap(position_iv(&p[i]),
			    position_iv(&p[j]));
			p[i].compatible = p[i].compatible && ok;
			if (j < i || !p[i].counted)
				continue;
			pr = &m->pairs[m->npairs++];
			pr->a = i;
			pr->b = j;
			pr->compatible = ok;
			pr->rel_diff = ratio_ok(s, &p[i], &p[j]) ?
			    rel_diff(p[i].value, p[j].value) : NAN;
		}
		if (!p[i].counted)
			continue;
		if (counted++ == 0)
			m->agreed = position_iv(&p[i]);
		else if (m->consensus)
			m->consensus = interval_intersect(m->agreed,
			    position_iv(&p[i]), &m->agreed);
	}
	if (!m->consensus || counted == 0) {
		m->consensus = false;
		m->agreed.low = m->agreed.high = NAN;
	}
}

/* The newer of events a and b (either NO_INDEX). */
static size_t
event_pick(const struct summary *s, size_t a, size_t b)
{
	if (a == NO_INDEX)
		return b;
	if (b == NO_INDEX)
		return a;
	return event_newer(s, a, b) ? a : b;
}

/* Position p's change since the previous period (struct sum_shift);
 * change.prev is already set. */
static void
position_shift(const struct summary *s, struct sum_position *p)
{
	struct sum_shift *ch = &p->change;
	const struct sum_event *cur, *prev;

	ch->cur = p->in_period ? p->event : NO_INDEX;
	ch->abs = ch->rel = NAN;
	if (ch->cur == NO_INDEX || ch->prev == NO_INDEX) {
		ch->kind = ch->cur == NO_INDEX ? CHANGE_SILENT : CHANGE_NEW;
		return;
	}
	cur = &s->events[ch->cur];
	prev = &s->events[ch->prev];
	ch->abs = cur->value - prev->value;
	ch->rel = ratio_safe(ch->abs, prev->value);
	if (isnan(ch->abs))
		ch->kind = isnan(cur->value) && isnan(prev->value) ?
		    CHANGE_UNCHANGED : CHANGE_REVISED;
	else
		ch->kind = ch->abs > 0 ? CHANGE_UP : ch->abs < 0 ?
		    CHANGE_DOWN : cur->qualifier != prev->qualifier ?
		    CHANGE_REVISED : CHANGE_UNCHANGED;
}

/*
 * Add the row's latest figure as its source's position, or let it replace
 * that source's older one (which stays the row's history). Either way
 * the position's figure before the period (change.prev) becomes the
 * newest of its rows' figures before the period.
 */
static void
measure_take(const struct summary *s, struct sum_measure *m, size_t row)
{
	struct sum_position p;
	size_t k, prev;

	if (!position_of(s, row, &p))
		return;
	prev = summary_row_latest_before(s, row, s->start);
	for (k = 0; k < m->npos; k++)
		if (same_key(&s->rows[m->pos[k].row], &s->rows[row]))
			break;
	if (k == m->npos) {
		p.change.prev = prev;
		m->pos[m->npos++] = p;
		return;
	}
	prev = event_pick(s, prev, m->pos[k].change.prev);
	if (event_newer(s, p.event, m->pos[k].event))
		m->pos[k] = p;
	m->pos[k].change.prev = prev;
}

static void
measure_build(const struct summary *s, struct sum_measure *m,
    const char *family)
{
	size_t i;

	memset(m, 0, sizeof(*m));
	m->family = family;
	m->pos = xreallocarray(NULL, s->nrows + 1, sizeof(*m->pos));
	for (i = 0; i < s->nrows; i++)
		if (s->rows[i].family == family) {
			if (m->label == NULL)
				summary_measure_of(&s->opts,
				    s->rows[i].quantity, &m->label,
				    &m->projection_of);
			measure_take(s, m, i);
		}
	g_qsort_with_data(m->pos, (gint)m->npos, sizeof(*m->pos),
	    (GCompareDataFunc)position_cmp, (gpointer)s);
	for (i = 0; i < m->npos; i++)
		position_shift(s, &m->pos[i]);
	measure_outliers(s, m);
	measure_stats(s, m);
	measure_compare(s, m);
}

void
agg_measures(struct build *b)
{
	struct summary *s = b->s;
	const char **fam = xreallocarray(NULL, s->nrows + 1, sizeof(*fam));
	size_t i, j, n = 0;

	for (i = 0; i < s->nrows; i++) {
		for (j = 0; j < n && fam[j] != s->rows[i].family; j++)
			;
		if (j == n && s->rows[i].npoints > 0)
			fam[n++] = s->rows[i].family;
	}
	qsort(fam, n, sizeof(*fam), str_ptr_cmp);
	s->measures = xreallocarray(NULL, n + 1, sizeof(*s->measures));
	for (i = 0; i < n; i++)
		measure_build(s, &s->measures[i], fam[i]);
	s->nmeasures = n;
	free(fam);
}

/* Index of the combined entry for row r's labels, added when new. */
static size_t
combined_find(struct summary *s, const struct sum_row *r)
{
	struct sum_combined *c;
	size_t i;

	for (i = 0; i < s->ncombined; i++) {
		c = &s->combined[i];
		if (c->quantity == r->quantity && c->modality == r->modality &&
		    c->scope == r->scope)
			return i;
	}
	c = &s->combined[s->ncombined];
	memset(c, 0, sizeof(*c));
	c->quantity = r->quantity;
	c->modality = r->modality;
	c->scope = r->scope;
	return s->ncombined++;
}

void
agg_combined(struct build *b)
{
	struct summary *s = b->s;
	size_t *list = xreallocarray(NULL, s->nevents + 1, sizeof(*list));
	size_t *of = xreallocarray(NULL, s->nrows + 1, sizeof(*of));
	size_t i, j, k, n;

	s->combined = xreallocarray(NULL, s->nrows + 1, sizeof(*s->combined));
	for (i = 0; i < s->nrows; i++) {
		of[i] = s->rows[i].attributed ? combined_find(s, &s->rows[i]) :
		    NO_INDEX;
		if (of[i] != NO_INDEX)
			s->combined[of[i]].sources++;
	}
	for (k = 0; k < s->ncombined; k++) {
		n = 0;
		for (i = 0; i < s->nrows; i++) {
			if (of[i] != k)
				continue;
			for (j = s->rows[i].first; j < s->rows[i].first +
			    s->rows[i].nevents; j++)
				if (s->events[j].day != DAY_NONE &&
				    s->events[j].day >= s->start)
					list[n++] = j;
		}
		s->combined[k].period = agg_range(b, list, 0, n);
	}
	free(of);
	free(list);
}
