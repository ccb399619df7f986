/*
 * aggregate_events.c - claims to events, rows, per-day points, ranges and
 * the change since the previous period (see aggregate.h for the words).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "measure.h"
#include "aggregate_int.h"

/* Interned strings: equal pointers are equal strings; NULL sorts first. */
static int
str_cmp(const char *a, const char *b)
{
	if (a == b)
		return 0;
	if (a == NULL || b == NULL)
		return a == NULL ? -1 : 1;
	return strcmp(a, b);
}

/* NAN sorts first, so absent numbers group together. */
static int
num_cmp(double a, double b)
{
	if (isnan(a) || isnan(b))
		return isnan(b) - isnan(a);
	return (a > b) - (a < b);
}

size_t
agg_rowkey(struct build *b, GHashTable *h, const struct rowkey *k)
{
	gpointer v = g_hash_table_lookup(h, k);

	if (v != NULL)
		return GPOINTER_TO_SIZE(v) - 1;
	if (b->nkeys == b->kcap) {
		b->kcap = b->kcap ? b->kcap * 2 : 64;
		b->keys = xreallocarray(b->keys, b->kcap, sizeof(*b->keys));
	}
	b->keys[b->nkeys] = *k;
	g_hash_table_insert(h, g_memdup2(k, sizeof(*k)),
	    GSIZE_TO_POINTER(b->nkeys + 1));
	return b->nkeys++;
}

/* Rows sort by quantity, source, modality, scope. */
static int
row_key_cmp(const struct rowkey *a, const struct rowkey *b)
{
	int d;

	if ((d = str_cmp(a->quantity, b->quantity)) != 0)
		return d;
	if ((d = str_cmp(a->source, b->source)) != 0)
		return d;
	if (a->modality != b->modality)
		return (int)a->modality - (int)b->modality;
	return str_cmp(a->scope, b->scope);
}

/* Same figure: the part of an event's key beyond its row. */
static int
figure_cmp(const struct sum_claim *a, const struct sum_claim *b)
{
	int d;

	if (a->qualifier != b->qualifier)
		return (int)a->qualifier - (int)b->qualifier;
	if ((d = num_cmp(a->value, b->value)) != 0)
		return d;
	if ((d = num_cmp(a->low, b->low)) != 0)
		return d;
	return num_cmp(a->high, b->high);
}

/* Within a row: by figure, then date, then id. */
static inline int
claim_cmp(const struct sum_claim *a, const struct sum_claim *b)
{
	int d;

	if ((d = figure_cmp(a, b)) != 0)
		return d;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	return (a->id > b->id) - (a->id < b->id);
}

/* claim_cmp through indexes into the claims c, for g_qsort_with_data(). */
static gint
claim_perm_cmp(gconstpointer pa, gconstpointer pb, gpointer c)
{
	const struct sum_claim *cl = c;

	return claim_cmp(&cl[*(const uint32_t *)pa], &cl[*(const uint32_t *)pb]);
}

/* claim_cmp for qsort(), past UINT32_MAX claims. */
static int
claim_qsort_cmp(const void *pa, const void *pb)
{
	return claim_cmp(pa, pb);
}

/*
 * Sort ix[0 .. n) (indexes into c) by claim_cmp: a merge sort with the
 * compare inlined, tmp as large as ix. qsort() of the 64-byte claims
 * through a function pointer was a tenth of the summary's time. The
 * order is total (ids differ), so any correct sort gives the same one.
 */
static void
claims_msort(const struct sum_claim *c, uint32_t *ix, uint32_t *tmp, size_t n)
{
	size_t i, j, k, m;
	uint32_t v;

	if (n <= 16) {
		for (i = 1; i < n; i++) {
			v = ix[i];
			for (j = i; j > 0 && claim_cmp(&c[v], &c[ix[j - 1]]) < 0;
			    j--)
				ix[j] = ix[j - 1];
			ix[j] = v;
		}
		return;
	}
	m = n / 2;
	claims_msort(c, ix, tmp, m);
	claims_msort(c, ix + m, tmp, n - m);
	if (claim_cmp(&c[ix[m - 1]], &c[ix[m]]) <= 0)
		return;			/* already in order */
	memcpy(tmp, ix, m * sizeof(*ix));
	for (i = 0, j = m, k = 0; i < m && j < n; k++)
		ix[k] = claim_cmp(&c[ix[j]], &c[tmp[i]]) < 0 ? ix[j++] :
		    tmp[i++];
	while (i < m)
		ix[k++] = tmp[i++];
}

/* Count distinct articles and outlets of the event's claims. */
static void
event_count(struct build *b, struct sum_event *e)
{
	struct summary *s = b->s;
	size_t i, a, o;

	b->stamp++;
	for (i = e->first; i < e->first + e->nclaims; i++) {
		a = s->claims[i].article;
		o = s->articles[a].outlet_no;
		e->articles += b->article_stamp[a] != b->stamp;
		e->outlets += b->outlet_stamp[o] != b->stamp;
		b->article_stamp[a] = b->outlet_stamp[o] = b->stamp;
		if (s->claims[i].id > e->last_id)
			e->last_id = s->claims[i].id;
		if (s->claims[i].day == e->day &&
		    s->claims[i].date_kind == DATE_CLAIMED)
			e->date_kind = DATE_CLAIMED;
	}
}

/*
 * Claims[first .. first+n) of one event: the caller ends an event where
 * the figure or the row changes or the date passes the echo window.
 */
static void
event_add(struct build *b, size_t first, size_t n, size_t row)
{
	struct summary *s = b->s;
	const struct sum_claim *c = &s->claims[first];
	struct sum_event *e;
	struct interval iv = interval_of(c->qualifier, c->value, c->low,
	    c->high);

	if (s->nevents == b->ecap) {
		b->ecap = b->ecap ? b->ecap * 2 : 256;
		s->events = xreallocarray(s->events, b->ecap, sizeof(*e));
	}
	e = &s->events[s->nevents++];
	memset(e, 0, sizeof(*e));
	e->row = row;
	e->qualifier = c->qualifier;
	e->value = c->value;
	e->low = iv.low;
	e->high = iv.high;
	e->day = c->day;
	e->date_kind = c->date_kind;
	e->first = first;
	e->nclaims = n;
	event_count(b, e);
}

static void
row_add(struct build *b, const struct rowkey *c, size_t first_event)
{
	struct summary *s = b->s;
	struct sum_row *r;
	const char *fam = summary_measure_of(&s->opts, c->quantity, NULL, NULL);

	if (s->nrows == b->rcap) {
		b->rcap = b->rcap ? b->rcap * 2 : 64;
		s->rows = xreallocarray(s->rows, b->rcap, sizeof(*r));
	}
	r = &s->rows[s->nrows++];
	memset(r, 0, sizeof(*r));
	r->source = c->source;
	r->quantity = c->quantity;
	r->family = g_string_chunk_insert_const(b->strings, fam);
	r->modality = c->modality;
	r->scope = c->scope;
	r->attributed = strcmp(c->source, "unattributed") != 0;
	r->first = first_event;
}

/* One pass over the sorted claims: rows and events end where keys change. */
static void
events_split(struct build *b)
{
	struct summary *s = b->s;
	struct sum_claim *c = s->claims;
	size_t i, start = 0;

	for (i = 0; i < s->nclaims; i++) {
		if (i == 0 || c[i].row != c[i - 1].row) {
			if (s->nrows > 0)
				s->rows[s->nrows - 1].nevents =
				    s->nevents - s->rows[s->nrows - 1].first;
			row_add(b, &b->keys[c[i].row], s->nevents);
		}
		if (i + 1 < s->nclaims && c[i + 1].row == c[i].row &&
		    figure_cmp(&c[i + 1], &c[i]) == 0 &&
		    (c[i + 1].day == c[start].day || (c[start].day != DAY_NONE &&
		    c[i + 1].day - c[start].day <= ECHO_WINDOW_DAYS)))
			continue;
		event_add(b, start, i + 1 - start, s->nrows - 1);
		start = i + 1;
	}
	if (s->nrows > 0)
		s->rows[s->nrows - 1].nevents =
		    s->nevents - s->rows[s->nrows - 1].first;
}

/* Dated events by day (then newest claim), undated ones last. */
static int
event_day_cmp(const void *pa, const void *pb)
{
	const struct sum_event *a = pa, *b = pb;

	if (a->day != b->day) {
		if (a->day == DAY_NONE || b->day == DAY_NONE)
			return a->day == DAY_NONE ? 1 : -1;
		return a->day < b->day ? -1 : 1;
	}
	return (a->last_id > b->last_id) - (a->last_id < b->last_id);
}

/* Is event a newer statement than b for the "latest" rule? */
static bool
event_newer(const struct sum_event *a, const struct sum_event *b)
{
	if (a->day != b->day)
		return a->day > b->day;
	if (a->outlets != b->outlets)
		return a->outlets > b->outlets;
	if (a->articles != b->articles)
		return a->articles > b->articles;
	return a->last_id > b->last_id;
}

/* Event indexes by figure, then age; ev is summary.events. */
static gint
fig_cmp(gconstpointer pa, gconstpointer pb, gpointer ev)
{
	const struct sum_event *a = (const struct sum_event *)ev +
	    *(const size_t *)pa;
	const struct sum_event *b = (const struct sum_event *)ev +
	    *(const size_t *)pb;

	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return event_newer(a, b) ? 1 : event_newer(b, a) ? -1 : 0;
}

/* The event giving best among figs (event indexes with a figure). */
static size_t
range_best(struct build *b, size_t *figs, size_t n)
{
	const struct sum_event *ev = b->s->events;
	size_t i, pick = figs[0];

	switch (b->s->opts.best) {
	case BEST_MEDIAN:
		g_qsort_with_data(figs, (gint)n, sizeof(*figs), fig_cmp,
		    (gpointer)ev);
		return figs[(n - 1) / 2];
	case BEST_CONSERVATIVE:
		for (i = 1; i < n; i++)
			if (ev[figs[i]].value < ev[pick].value ||
			    (ev[figs[i]].value == ev[pick].value &&
			    event_newer(&ev[figs[i]], &ev[pick])))
				pick = figs[i];
		return pick;
	default:
		for (i = 1; i < n; i++)
			if (event_newer(&ev[figs[i]], &ev[pick]))
				pick = figs[i];
		return pick;
	}
}

/* Add event e's outlets to the current stamp; returns how many were new. */
static size_t
range_outlets(struct build *b, const struct sum_event *e)
{
	struct summary *s = b->s;
	size_t i, o, n = 0;

	for (i = e->first; i < e->first + e->nclaims; i++) {
		o = s->articles[s->claims[i].article].outlet_no;
		if (b->outlet_stamp[o] != b->stamp)
			n++;
		b->outlet_stamp[o] = b->stamp;
	}
	return n;
}

struct sum_range
agg_range(struct build *b, const size_t *list, size_t first, size_t n)
{
	struct sum_range r = { NAN, NAN, NAN, NO_INDEX, NO_INDEX, NO_INDEX, n,
	    0, 0 };
	size_t *figs = xreallocarray(NULL, n + 1, sizeof(*figs));
	size_t i, k, nfig = 0;
	const struct sum_event *e;

	b->stamp++;
	for (i = 0; i < n; i++) {
		k = list != NULL ? list[i] : first + i;
		e = &b->s->events[k];
		r.articles += e->articles;
		r.outlets += range_outlets(b, e);
		if (isnan(e->value))
			continue;
		figs[nfig++] = k;
		if (isnan(r.low) || e->value < r.low) {
			r.low = e->value;
			r.low_event = k;
		}
		if (isnan(r.high) || e->value > r.high) {
			r.high = e->value;
			r.high_event = k;
		}
	}
	if (nfig > 0) {
		r.best_event = range_best(b, figs, nfig);
		r.best = b->s->events[r.best_event].value;
	}
	free(figs);
	return r;
}

/* Group the row's dated events by day into points. */
static void
row_points(struct build *b, struct sum_row *r)
{
	const struct sum_event *ev = b->s->events;
	size_t i, j;

	r->points = xreallocarray(NULL, r->nevents + 1, sizeof(*r->points));
	for (i = r->first; i < r->first + r->nevents; i = j) {
		if (ev[i].day == DAY_NONE)
			break;
		for (j = i + 1; j < r->first + r->nevents &&
		    ev[j].day == ev[i].day; j++)
			;
		r->points[r->npoints].day = ev[i].day;
		r->points[r->npoints++].range = agg_range(b, NULL, i, j - i);
	}
}

static void
row_change(struct sum_row *r, long start)
{
	struct sum_change *ch = &r->change;
	const struct sum_range *cur, *prev;
	size_t i;

	ch->cur = ch->prev = NO_INDEX;
	ch->abs = ch->rel = NAN;
	for (i = 0; i < r->npoints; i++)
		*(r->points[i].day >= start ? &ch->cur : &ch->prev) = i;
	if (r->npoints == 0) {
		ch->kind = CHANGE_UNDATED;
		return;
	}
	if (ch->cur == NO_INDEX || ch->prev == NO_INDEX) {
		ch->kind = ch->cur == NO_INDEX ? CHANGE_SILENT : CHANGE_NEW;
		return;
	}
	cur = &r->points[ch->cur].range;
	prev = &r->points[ch->prev].range;
	ch->abs = cur->best - prev->best;
	ch->rel = ratio_safe(ch->abs, prev->best);
	if (isnan(ch->abs))
		ch->kind = isnan(cur->best) && isnan(prev->best) ?
		    CHANGE_UNCHANGED : CHANGE_REVISED;
	else
		ch->kind = ch->abs > 0 ? CHANGE_UP :
		    ch->abs < 0 ? CHANGE_DOWN : CHANGE_UNCHANGED;
}

/* Period and overall ranges over the row's contiguous dated events. */
static void
row_ranges(struct build *b, struct sum_row *r)
{
	const struct sum_event *ev = &b->s->events[r->first];
	size_t dated = 0, in;

	while (dated < r->nevents && ev[dated].day != DAY_NONE)
		dated++;
	for (in = 0; in < dated && ev[in].day < b->s->start; in++)
		;
	r->period = agg_range(b, NULL, r->first + in, dated - in);
	r->all = agg_range(b, NULL, r->first, dated);
}

/*
 * Count the distinct articles and outlets of the claims for which
 * in_period(claim) holds: *articles, *named (outlets the articles name)
 * and *unnamed (articles naming none). An unnamed article is no outlet.
 */
static void
totals_articles(struct build *b, bool period, size_t *articles,
    size_t *named, size_t *unnamed)
{
	struct summary *s = b->s;
	const struct sum_claim *c;
	size_t i, a, o;

	b->stamp++;
	for (i = 0; i < s->nclaims; i++) {
		c = &s->claims[i];
		if (period && (c->day == DAY_NONE || c->day < s->start))
			continue;
		a = c->article;
		if (b->article_stamp[a] == b->stamp)
			continue;
		b->article_stamp[a] = b->stamp;
		(*articles)++;
		if (s->articles[a].outlet == NULL) {
			(*unnamed)++;
			continue;
		}
		o = s->articles[a].outlet_no;
		*named += b->outlet_stamp[o] != b->stamp;
		b->outlet_stamp[o] = b->stamp;
	}
}

static void
totals_count(struct build *b)
{
	struct summary *s = b->s;
	struct sum_totals *t = &s->totals;
	size_t i, a, o, n = 0;

	t->claims = s->nclaims;
	t->events = s->nevents;
	b->stamp++;
	for (i = 0; i < s->nclaims; i++) {
		a = s->claims[i].article;
		o = s->articles[a].outlet_no;
		t->articles += b->article_stamp[a] != b->stamp;
		t->outlets += b->outlet_stamp[o] != b->stamp;
		b->article_stamp[a] = b->outlet_stamp[o] = b->stamp;
		if (s->claims[i].day == DAY_NONE)
			t->undated++;
		else if (s->claims[i].day >= s->start)
			t->period_claims++;
	}
	totals_articles(b, false, &n, &t->named_outlets, &t->no_outlet);
	totals_articles(b, true, &t->period_articles,
	    &t->period_named_outlets, &t->period_no_outlet);
	for (i = 0; i < s->nevents; i++)
		if (s->events[i].day != DAY_NONE && s->events[i].day >= s->start)
			t->period_events++;
}

/* Row numbers by their labels; keys is build.keys. */
static gint
rank_cmp(gconstpointer pa, gconstpointer pb, gpointer keys)
{
	const struct rowkey *k = keys;

	return row_key_cmp(&k[*(const size_t *)pa], &k[*(const size_t *)pb]);
}

/*
 * Claims grouped by row (rows in label order) by one counting sort, then
 * each row's claims sorted by figure and date: one big sort of wide
 * structs with string compares was the slowest step on 1M claims.
 */
static void
claims_sort(struct build *b)
{
	struct summary *s = b->s;
	size_t *order = xreallocarray(NULL, b->nkeys + 1, sizeof(size_t));
	struct rowkey *sorted;
	size_t *start = xcalloc(b->nkeys + 1, sizeof(size_t));
	struct sum_claim *out = xreallocarray(NULL, s->nclaims + 1,
	    sizeof(*out));
	size_t i, r;
	uint32_t *perm, *tmp;
	bool legacy = getenv("CLAIMTRACK_SUMMARY_VIEW") != NULL;

	for (i = 0; i < b->nkeys; i++)
		order[i] = i;
	g_qsort_with_data(order, (gint)b->nkeys, sizeof(*order), rank_cmp,
	    b->keys);
	sorted = xreallocarray(NULL, b->nkeys + 1, sizeof(*sorted));
	for (i = 0; i < b->nkeys; i++) {
		start[order[i]] = i;	/* start[] holds ranks for now */
		sorted[i] = b->keys[order[i]];
	}
	free(b->keys);
	b->keys = sorted;
	for (i = 0; i < s->nclaims; i++)
		s->claims[i].row = start[s->claims[i].row];
	memset(start, 0, (b->nkeys + 1) * sizeof(size_t));
	for (i = 0; i < s->nclaims; i++)
		start[s->claims[i].row + 1]++;
	for (r = 0; r < b->nkeys; r++)
		start[r + 1] += start[r];
	if (s->nclaims >= UINT32_MAX) {	/* indexes too wide: as before */
		for (i = 0; i < s->nclaims; i++)
			out[start[s->claims[i].row]++] = s->claims[i];
		free(s->claims);
		s->claims = out;
		for (r = 0, i = 0; r < b->nkeys; i = start[r++])
			qsort(&out[i], start[r] - i, sizeof(*out),
			    claim_qsort_cmp);
		free(order);
		free(start);
		return;
	}
	perm = xreallocarray(NULL, s->nclaims + 1, sizeof(*perm));
	tmp = xreallocarray(NULL, s->nclaims / 2 + 1, sizeof(*tmp));
	for (i = 0; i < s->nclaims; i++)
		perm[start[s->claims[i].row]++] = (uint32_t)i;
	for (r = 0, i = 0; r < b->nkeys; i = start[r++])
		if (legacy)	/* tests/summary-check: the sort before */
			g_qsort_with_data(&perm[i], (gint)(start[r] - i),
			    sizeof(*perm), claim_perm_cmp, s->claims);
		else
			claims_msort(s->claims, &perm[i], tmp, start[r] - i);
	for (i = 0; i < s->nclaims; i++)
		out[i] = s->claims[perm[i]];
	free(s->claims);
	s->claims = out;
	free(perm);
	free(tmp);
	free(order);
	free(start);
}

void
agg_events(struct build *b)
{
	struct summary *s = b->s;
	struct sum_row *r;
	size_t i;

	claims_sort(b);
	events_split(b);
	for (i = 0; i < s->nrows; i++) {
		r = &s->rows[i];
		qsort(&s->events[r->first], r->nevents, sizeof(*s->events),
		    event_day_cmp);
		row_points(b, r);
		row_ranges(b, r);
		row_change(r, s->start);
	}
	totals_count(b);
}
