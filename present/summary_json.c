/*
 * summary_json.c - summary_to_json(): the summary as the JSON document
 * described in docs/summary-json.md. Every figure names the event it
 * comes from, and every event lists its claims with doc, outlet and url.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "date.h"
#include "aggregate.h"
#include "present.h"

#define SUMMARY_SCHEMA "claimtrack-summary/2"

/* While writing: which events a written figure refers to. */
struct jctx {
	const struct summary *s;
	bool	*used;		/* per event: referenced, so listed */
};

/* An event reference; the event will be listed in "events". */
static json_t *
jevent(struct jctx *j, size_t i)
{
	if (i == NO_INDEX)
		return json_null();
	j->used[i] = true;
	return json_integer((json_int_t)i);
}

/* A number, or null when absent or not finite; integers stay integers. */
static json_t *
jnum(double x)
{
	if (isnan(x) || isinf(x))
		return json_null();
	if (x == floor(x) && fabs(x) < 9007199254740992.0)
		return json_integer((json_int_t)x);
	return json_real(x);
}

static json_t *
jidx(size_t i)
{
	return i == NO_INDEX ? json_null() : json_integer((json_int_t)i);
}

static json_t *
jstr(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

static json_t *
jday(long day)
{
	char d[DATE_LEN];

	if (day == DAY_NONE || day == PERIOD_BEGINNING)
		return json_null();
	date_format(day, d);
	return json_string(d);
}

static json_t *
claim_json(const struct summary *s, const struct sum_claim *c)
{
	const struct sum_article *a = &s->articles[c->article];

	return json_pack("{s:I, s:s, s:o, s:o, s:o, s:o, s:s}",
	    "id", (json_int_t)c->id, "doc", a->doc, "outlet", jstr(a->outlet),
	    "url", jstr(a->url), "published", jstr(a->published),
	    "date", jday(c->day), "date_from", date_kind_name(c->date_kind));
}

static json_t *
event_json(const struct summary *s, size_t i)
{
	const struct sum_event *e = &s->events[i];
	json_t *claims = json_array();
	size_t k;

	for (k = e->first; k < e->first + e->nclaims; k++)
		json_array_append_new(claims, claim_json(s, &s->claims[k]));
	return json_pack("{s:I, s:I, s:s, s:o, s:o, s:o, s:o, s:s, s:I, s:I,"
	    " s:o}", "id", (json_int_t)i, "row", (json_int_t)e->row,
	    "qualifier", qualifier_name(e->qualifier), "value", jnum(e->value),
	    "low", jnum(e->low), "high", jnum(e->high), "date", jday(e->day),
	    "date_from", date_kind_name(e->date_kind),
	    "articles", (json_int_t)e->articles,
	    "outlets", (json_int_t)e->outlets, "claims", claims);
}

static json_t *
range_json(struct jctx *j, const struct sum_range *r)
{
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:I, s:I, s:I}",
	    "low", jnum(r->low), "best", jnum(r->best), "high", jnum(r->high),
	    "low_event", jevent(j, r->low_event),
	    "best_event", jevent(j, r->best_event),
	    "high_event", jevent(j, r->high_event), "events", (json_int_t)r->events,
	    "articles", (json_int_t)r->articles,
	    "outlets", (json_int_t)r->outlets);
}

/* The row's points in the period, and the last one before it. */
static json_t *
series_json(struct jctx *j, const struct sum_row *r)
{
	json_t *a = json_array(), *p;
	size_t i;

	for (i = 0; i < r->npoints; i++) {
		if (r->points[i].day < j->s->start && i != r->change.prev)
			continue;
		p = range_json(j, &r->points[i].range);
		json_object_set_new(p, "date", jday(r->points[i].day));
		json_array_append_new(a, p);
	}
	return a;
}

static json_t *
change_json(const struct sum_row *r)
{
	const struct sum_change *ch = &r->change;

	return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "kind", change_kind_name(ch->kind),
	    "current", ch->cur == NO_INDEX ? json_null() :
	    jnum(r->points[ch->cur].range.best),
	    "current_date", ch->cur == NO_INDEX ? json_null() :
	    jday(r->points[ch->cur].day),
	    "previous", ch->prev == NO_INDEX ? json_null() :
	    jnum(r->points[ch->prev].range.best),
	    "previous_date", ch->prev == NO_INDEX ? json_null() :
	    jday(r->points[ch->prev].day),
	    "abs", jnum(ch->abs), "rel", jnum(ch->rel));
}

static json_t *
row_json(struct jctx *j, size_t i)
{
	const struct sum_row *r = &j->s->rows[i];
	json_t *undated = json_array();
	size_t k;

	for (k = r->first; k < r->first + r->nevents; k++)
		if (j->s->events[k].day == DAY_NONE)
			json_array_append_new(undated, jevent(j, k));
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:o, s:b, s:o, s:o, s:o,"
	    " s:o, s:o, s:o}", "id", (json_int_t)i, "source", r->source,
	    "quantity", r->quantity, "family", r->family,
	    "modality", modality_name(r->modality), "scope", jstr(r->scope),
	    "attributed", r->attributed,
	    "latest_event", jevent(j, summary_row_latest(j->s, i)),
	    "period", range_json(j, &r->period), "all", range_json(j, &r->all),
	    "change", change_json(r), "series", series_json(j, r),
	    "undated_events", undated);
}

/* A position's change: the figures it compares, each with its event,
 * date and quantity (the two may differ within one measure). */
static json_t *
shift_json(struct jctx *j, const struct sum_shift *ch)
{
	const struct summary *s = j->s;
	const struct sum_event *cur = ch->cur != NO_INDEX ?
	    &s->events[ch->cur] : NULL;
	const struct sum_event *prev = ch->prev != NO_INDEX ?
	    &s->events[ch->prev] : NULL;

	return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o,"
	    " s:o, s:o, s:o, s:o}", "kind", change_kind_name(ch->kind),
	    "current", cur ? jnum(cur->value) : json_null(),
	    "current_qualifier", cur ? json_string(qualifier_name(
	    cur->qualifier)) : json_null(),
	    "current_date", cur ? jday(cur->day) : json_null(),
	    "current_quantity", cur ? json_string(s->rows[cur->row].quantity) :
	    json_null(), "current_event", jevent(j, ch->cur),
	    "previous", prev ? jnum(prev->value) : json_null(),
	    "previous_qualifier", prev ? json_string(qualifier_name(
	    prev->qualifier)) : json_null(),
	    "previous_date", prev ? jday(prev->day) : json_null(),
	    "previous_quantity", prev ?
	    json_string(s->rows[prev->row].quantity) : json_null(),
	    "previous_event", jevent(j, ch->prev),
	    "abs", jnum(ch->abs), "rel", jnum(ch->rel));
}

static json_t *
position_json(struct jctx *j, const struct sum_position *p)
{
	const struct summary *s = j->s;
	const struct sum_row *r = &s->rows[p->row];
	const struct sum_event *e = &s->events[p->event];
	json_t *ids = json_array();
	size_t k;

	for (k = e->first; k < e->first + e->nclaims; k++)
		json_array_append_new(ids, json_integer(s->claims[k].id));
	return json_pack("{s:I, s:s, s:s, s:s, s:o, s:b, s:o, s:s, s:o, s:o,"
	    " s:o, s:o, s:b, s:b, s:b, s:b, s:b, s:b, s:o, s:o}",
	    "row", (json_int_t)p->row,
	    "source", r->source, "quantity", r->quantity,
	    "modality", modality_name(r->modality), "scope", jstr(r->scope),
	    "attributed", r->attributed, "event", jevent(j, p->event),
	    "qualifier", qualifier_name(e->qualifier), "value", jnum(p->value),
	    "low", jnum(p->low), "high", jnum(p->high), "date", jday(e->day),
	    "in_period", p->in_period, "compatible", p->compatible,
	    "estimate", p->estimate, "stale", p->stale, "outlier", p->outlier,
	    "counted", p->counted,
	    "claim_ids", ids, "change", shift_json(j, &p->change));
}

/*
 * Past this many positions a measure's matrix (n x n ratios) and its
 * pairs (n^2 / 2) would dwarf the rest of summary.json: the matrix is then
 * null and only the pairs with the lowest or highest position are listed.
 */
#define JSON_MATRIX_MAX 100

static bool
measure_crowded(const struct sum_measure *m)
{
	return m->npos > JSON_MATRIX_MAX;
}

static json_t *
matrix_json(const struct sum_measure *m)
{
	json_t *rows = json_array(), *row;
	size_t i, j;

	if (measure_crowded(m)) {
		json_decref(rows);
		return json_null();
	}
	for (i = 0; i < m->npos; i++) {
		row = json_array();
		for (j = 0; j < m->npos; j++)
			json_array_append_new(row,
			    jnum(m->matrix[i * m->npos + j]));
		json_array_append_new(rows, row);
	}
	return rows;
}

static json_t *
measure_json(struct jctx *j, const struct sum_measure *m)
{
	json_t *pos = json_array(), *pairs = json_array();
	size_t i;

	for (i = 0; i < m->npos; i++)
		json_array_append_new(pos, position_json(j, &m->pos[i]));
	for (i = 0; i < m->npairs; i++) {
		if (measure_crowded(m) && m->pairs[i].a != m->lowest &&
		    m->pairs[i].b != m->lowest && m->pairs[i].a != m->highest &&
		    m->pairs[i].b != m->highest)
			continue;
		json_array_append_new(pairs, json_pack("{s:I, s:I, s:b, s:o}",
		    "a", (json_int_t)m->pairs[i].a, "b", (json_int_t)m->pairs[i].b,
		    "compatible", m->pairs[i].compatible,
		    "rel_diff", jnum(m->pairs[i].rel_diff)));
	}
	return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o,"
	    " s:o, s:I, s:I, s:I, s:I, s:I, s:o, s:o, s:b, s:o}",
	    "family", m->family,
	    "label", jstr(m->label), "projection_of", jstr(m->projection_of),
	    "positions", pos,
	    "lowest", jidx(m->lowest), "highest", jidx(m->highest),
	    "ratio", jnum(m->ratio), "spread", jnum(m->spread),
	    "median", jnum(m->median), "floor", jidx(m->floor),
	    "ceiling", jidx(m->ceiling), "estimates", (json_int_t)m->estimates,
	    "bounds", (json_int_t)m->bounds, "stale", (json_int_t)m->stale,
	    "outliers", (json_int_t)m->outliers,
	    "fresh", (json_int_t)m->fresh, "matrix", matrix_json(m),
	    "pairs", pairs, "consensus", m->consensus,
	    "agreed", m->consensus ? json_pack("{s:o, s:o}",
	    "low", jnum(m->agreed.low), "high", jnum(m->agreed.high)) :
	    json_null());
}

static json_t *
combined_json(struct jctx *j, const struct sum_combined *c)
{
	return json_pack("{s:s, s:s, s:o, s:I, s:o}", "quantity", c->quantity,
	    "modality", modality_name(c->modality), "scope", jstr(c->scope),
	    "sources", (json_int_t)c->sources, "period", range_json(j, &c->period));
}

static json_t *
totals_json(const struct sum_totals *t)
{
	return json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I,"
	    " s:I, s:I}",
	    "claims", (json_int_t)t->claims, "articles", (json_int_t)t->articles,
	    "outlets", (json_int_t)t->outlets, "events", (json_int_t)t->events,
	    "undated", (json_int_t)t->undated,
	    "period_claims", (json_int_t)t->period_claims,
	    "period_events", (json_int_t)t->period_events,
	    "named_outlets", (json_int_t)t->named_outlets,
	    "articles_without_outlet", (json_int_t)t->no_outlet,
	    "period_articles", (json_int_t)t->period_articles,
	    "period_outlets", (json_int_t)t->period_named_outlets,
	    "period_articles_without_outlet", (json_int_t)t->period_no_outlet);
}

/* The quantity -> measure table the summary was built with. */
static json_t *
measure_of_json(const struct summary_opts *o)
{
	json_t *m = json_object();
	size_t i;

	for (i = 0; i < o->nmeasures; i++)
		json_object_set_new(m, o->measures[i].quantity,
		    json_string(o->measures[i].measure));
	return m;
}

/* Is event i listed in "events": referred to by a figure, or of the
 * period? */
static bool
event_listed(const struct jctx *j, size_t i)
{
	const struct sum_event *e = &j->s->events[i];

	return j->used[i] || (e->day != DAY_NONE && e->day >= j->s->start);
}

/* Events referred to by a figure, and every event of the period. */
static json_t *
events_json(struct jctx *j)
{
	const struct summary *s = j->s;
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < s->nevents; i++)
		if (event_listed(j, i))
			json_array_append_new(a, event_json(s, i));
	return a;
}

json_t *
summary_to_json(const struct summary *s)
{
	struct jctx j = { s, calloc(s->nevents + 1, sizeof(bool)) };
	json_t *rows = json_array(), *measures = json_array();
	json_t *combined = json_array(), *out;
	size_t i;

	if (j.used == NULL)
		return NULL;
	for (i = 0; i < s->nrows; i++)
		json_array_append_new(rows, row_json(&j, i));
	for (i = 0; i < s->nmeasures; i++)
		json_array_append_new(measures,
		    measure_json(&j, &s->measures[i]));
	for (i = 0; i < s->ncombined; i++)
		json_array_append_new(combined,
		    combined_json(&j, &s->combined[i]));
	out = json_pack("{s:s, s:o, s:o, s:s, s:s, s:I, s:I, s:f, s:o, s:o,"
	    " s:o, s:o, s:o, s:o}", "schema", SUMMARY_SCHEMA,
	    "asof", jday(s->opts.asof),
	    "start", jday(s->start), "period", period_name(s->opts.period),
	    "best_rule", best_rule_name(s->opts.best),
	    "echo_window_days", (json_int_t)ECHO_WINDOW_DAYS,
	    "stale_after_days", (json_int_t)s->opts.stale_after,
	    "outlier_factor", s->opts.outlier_factor,
	    "measure_of", measure_of_json(&s->opts),
	    "totals", totals_json(&s->totals), "rows", rows,
	    "measures", measures, "combined", combined,
	    "events", events_json(&j));
	free(j.used);
	return out;
}

/*
 * The streaming writer: the document json_dumpf() writes of
 * summary_to_json()'s tree, written one member, row, measure and event
 * at a time, so that only one of them is a jansson tree at once (the
 * whole tree of a 100,000-article archive took ten times the 4 MB it
 * writes). flags must hold JSON_INDENT(2): each part is dumped alone
 * and indented to its depth, which is exact because a dumped string
 * never holds a raw newline.
 */
struct jwriter {
	FILE	*f;
	size_t	 flags;
	size_t	 n;		/* members or items written at this level */
};

/* n spaces: fwrite() of a run of them, not fprintf("%*s") per line. */
static void
jw_indent(FILE *f, int n)
{
	static const char spaces[] = "                                ";
	int k;

	for (; n > 0; n -= k) {
		k = n < (int)sizeof(spaces) - 1 ? n : (int)sizeof(spaces) - 1;
		fwrite(spaces, 1, (size_t)k, f);
	}
}

/* Write v (consumed) as json_dumpf() writes it depth levels deep. */
static void
jw_value(struct jwriter *w, json_t *v, int depth)
{
	char *text = json_dumps(v, w->flags | JSON_ENCODE_ANY);
	const char *p, *nl;

	json_decref(v);
	if (text == NULL)
		return;
	for (p = text; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		fwrite(p, 1, (size_t)(nl - p) + 1, w->f);
		jw_indent(w->f, 2 * depth);
	}
	fputs(p, w->f);
	free(text);
}

/* Open member key of the top-level object. */
static void
jw_key(struct jwriter *w, const char *key)
{
	fprintf(w->f, "%s\n  \"%s\": ", w->n++ ? "," : "", key);
}

static void
jw_member(struct jwriter *w, const char *key, json_t *v)
{
	jw_key(w, key);
	jw_value(w, v, 1);
}

/* An item (consumed) of the array opened by jw_key(); items counts. */
static void
jw_item(struct jwriter *w, json_t *v, size_t *items)
{
	fputs(*items == 0 ? "[\n    " : ",\n    ", w->f);
	(*items)++;
	jw_value(w, v, 2);
}

/* Close the array opened by jw_key() after items items. */
static void
jw_end(struct jwriter *w, size_t items)
{
	fputs(items == 0 ? "[]" : "\n  ]", w->f);
}

int
summary_json_write(const struct summary *s, FILE *f, size_t flags,
    summary_json_measure_fn fn, void *arg)
{
	struct jctx j = { s, calloc(s->nevents + 1, sizeof(bool)) };
	struct jwriter w = { f, flags, 0 };
	json_t *m;
	size_t i, n;

	if (j.used == NULL)
		return -1;
	fputc('{', f);
	jw_member(&w, "schema", json_string(SUMMARY_SCHEMA));
	jw_member(&w, "asof", jday(s->opts.asof));
	jw_member(&w, "start", jday(s->start));
	jw_member(&w, "period", json_string(period_name(s->opts.period)));
	jw_member(&w, "best_rule", json_string(best_rule_name(s->opts.best)));
	jw_member(&w, "echo_window_days", json_integer(ECHO_WINDOW_DAYS));
	jw_member(&w, "stale_after_days", json_integer(s->opts.stale_after));
	jw_member(&w, "outlier_factor", json_real(s->opts.outlier_factor));
	jw_member(&w, "measure_of", measure_of_json(&s->opts));
	jw_member(&w, "totals", totals_json(&s->totals));
	jw_key(&w, "rows");
	for (i = n = 0; i < s->nrows; i++)
		jw_item(&w, row_json(&j, i), &n);
	jw_end(&w, n);
	jw_key(&w, "measures");
	for (i = n = 0; i < s->nmeasures; i++) {
		m = measure_json(&j, &s->measures[i]);
		if (fn != NULL)
			fn(m, arg);
		jw_item(&w, m, &n);
	}
	jw_end(&w, n);
	jw_key(&w, "combined");
	for (i = n = 0; i < s->ncombined; i++)
		jw_item(&w, combined_json(&j, &s->combined[i]), &n);
	jw_end(&w, n);
	jw_key(&w, "events");
	for (i = n = 0; i < s->nevents; i++)
		if (event_listed(&j, i))
			jw_item(&w, event_json(s, i), &n);
	jw_end(&w, n);
	fputs("\n}", f);
	free(j.used);
	return ferror(f) ? -1 : 0;
}
