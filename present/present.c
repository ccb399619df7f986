/*
 * present.c - see present.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "claimtrack.h"
#include "date.h"
#include "lexicon.h"
#include "util.h"
#include "store.h"
#include "present.h"

/* At most this many pair findings; a 40-source briefing has 780 pairs. */
#define MAX_PAIR_FINDINGS 24

/* A figure in words: "about 12,000", "between 10,000 and 12,000". */
static char *
figure_words(enum qualifier q, double value, double low, double high,
    char *buf, size_t size)
{
	char a[48], b[48];

	briefing_number(low, a, sizeof(a));
	briefing_number(high, b, sizeof(b));
	if (q == QUAL_RANGE && !isnan(low) && !isnan(high))
		snprintf(buf, size, "between %s and %s", a, b);
	else if (isnan(value) && !isnan(low))
		snprintf(buf, size, "an unspecified number, at least %s", a);
	else if (isnan(value))
		snprintf(buf, size, "an unspecified number");
	else if (lex_qualifier_leads(q))
		snprintf(buf, size, "%s %s", lex_qualifier_words(q),
		    briefing_number(value, a, sizeof(a)));
	else
		snprintf(buf, size, "%s", briefing_number(value, a, sizeof(a)));
	return buf;
}

static char *
event_words(const struct sum_event *e, char *buf, size_t size)
{
	return figure_words(e->qualifier, e->value, e->low, e->high, buf,
	    size);
}

/* An end of the headline's "between A and B": a range as "710–930". */
static char *
headline_words(const struct sum_event *e, char *buf, size_t size)
{
	char a[48], b[48];

	if (e->qualifier != QUAL_RANGE || isnan(e->low) || isnan(e->high))
		return event_words(e, buf, size);
	snprintf(buf, size, "%s–%s", briefing_number(e->low, a, sizeof(a)),
	    briefing_number(e->high, b, sizeof(b)));
	return buf;
}

/* What a row counts, beyond its family: "planned, projected, Kursk". */
static char *
row_label(const struct sum_row *r, char *buf, size_t size)
{
	const char *q = r->quantity;
	size_t n = quantity_family_len(q), o;

	if (q[n] == '_')
		q += n + 1;
	snprintf(buf, size, "%s", q);
	for (o = 0; buf[o]; o++)
		if (buf[o] == '_')
			buf[o] = ' ';
	if (r->modality == MODALITY_PROJECTED)
		snprintf(buf + o, size - o, ", projected");
	o = strlen(buf);
	if (r->scope != NULL)
		snprintf(buf + o, size - o, ", in %s", r->scope);
	return buf;
}

/* "at least 3,000 (United States, arrived)" for a measure position. */
static char *
position_words(const struct summary *s, const struct sum_position *p,
    char *buf, size_t size)
{
	const struct sum_row *r = &s->rows[p->row];
	char fig[128], label[160];

	event_words(&s->events[p->event], fig, sizeof(fig));
	snprintf(buf, size, "%s (%s, %s)", fig, r->source,
	    row_label(r, label, sizeof(label)));
	return buf;
}

static size_t
attributed_positions(const struct summary *s, const struct sum_measure *m)
{
	size_t i, n = 0;

	for (i = 0; i < m->npos; i++)
		n += s->rows[m->pos[i].row].attributed;
	return n;
}

const struct sum_measure *
present_main_measure(const struct summary *s, const struct present_opts *o)
{
	const struct sum_measure *best = NULL;
	size_t i, n, most = 0;

	for (i = 0; i < s->nmeasures; i++) {
		if (o->family && strcmp(s->measures[i].family, o->family) == 0)
			return &s->measures[i];
		n = attributed_positions(s, &s->measures[i]);
		if (best == NULL || n > most) {
			best = &s->measures[i];
			most = n;
		}
	}
	return best;
}

char *
present_headline(const struct summary *s, const struct present_opts *o,
    char *buf, size_t size)
{
	const struct sum_measure *m = present_main_measure(s, o);
	const struct sum_position *lo, *hi;
	char a[128], b[128], asof[DATE_LEN];

	date_format(s->opts.asof, asof);
	if (m == NULL || m->lowest == NO_INDEX) {
		snprintf(buf, size, "No source put a figure on %s up to %s.",
		    o->title, asof);
		return buf;
	}
	lo = &m->pos[m->lowest];
	hi = &m->pos[m->highest];
	headline_words(&s->events[lo->event], a, sizeof(a));
	headline_words(&s->events[hi->event], b, sizeof(b));
	if (m->lowest == m->highest || isnan(m->ratio))
		snprintf(buf, size, "Only %s puts a figure on %s: %s.",
		    s->rows[hi->row].source, o->title, b);
	else
		snprintf(buf, size, "Sources put %s between %s (%s) and %s "
		    "(%s), a %.1f× spread.", o->title, a,
		    s->rows[lo->row].source, b, s->rows[hi->row].source,
		    m->ratio);
	return buf;
}

/* One row of the sources table for a measure position. */
static void
add_source_row(const struct summary *s, const struct sum_position *p,
    struct briefing *b)
{
	const struct sum_row *r = &s->rows[p->row];
	const struct sum_event *e = &s->events[p->event];
	struct briefing_source row;
	char label[160];

	briefing_source_init(&row);
	row.source = (char *)r->source;
	row.label = row_label(r, label, sizeof(label));
	row.value = e->value;
	row.low = e->low;
	row.high = e->high;
	row.qualifier = e->qualifier;
	if (e->day != DAY_NONE)
		date_format(e->day, row.claim_date);
	row.date_from_published = e->date_kind == DATE_PUBLISHED;
	row.articles = e->articles;
	row.outlets = e->outlets;
	briefing_add_source(b, &row);
}

/* The sources table, measure by measure; sets source_of_row[row] to the
 * row's index in it. */
static void
add_sources(const struct summary *s, struct briefing *b,
    size_t *source_of_row)
{
	const struct sum_measure *m;
	size_t i, j;

	for (i = 0; i < s->nmeasures; i++) {
		m = &s->measures[i];
		for (j = 0; j < m->npos; j++) {
			add_source_row(s, &m->pos[j], b);
			source_of_row[m->pos[j].row] = b->nsources - 1;
		}
	}
}

/* The figure a row stated on one point of its series. */
static char *
point_words(const struct summary *s, const struct sum_row *r, size_t point,
    char *buf, size_t size)
{
	const struct sum_range *rg = &r->points[point].range;

	if (rg->best_event == NO_INDEX)
		return figure_words(QUAL_VAGUE, NAN, rg->low, rg->high, buf,
		    size);
	return event_words(&s->events[rg->best_event], buf, size);
}

static char *
change_sentence(const struct summary *s, const struct sum_row *r,
    char *buf, size_t size)
{
	const struct sum_change *c = &r->change;
	char label[160], cur[128], prev[128], day[DATE_LEN], d[48];

	row_label(r, label, sizeof(label));
	if (c->cur != NO_INDEX)
		point_words(s, r, c->cur, cur, sizeof(cur));
	if (c->prev != NO_INDEX)
		point_words(s, r, c->prev, prev, sizeof(prev));
	switch (c->kind) {
	case CHANGE_NEW:
		date_format(r->points[c->cur].day, day);
		snprintf(buf, size, "%s (%s): new this period, %s on %s.",
		    r->source, label, cur, day);
		break;
	case CHANGE_UNCHANGED:
		snprintf(buf, size, "%s (%s): unchanged at %s.", r->source,
		    label, cur);
		break;
	case CHANGE_UP:
	case CHANGE_DOWN:
		snprintf(buf, size, "%s (%s): revised %s from %s to %s "
		    "(%s%s, %+.0f%%).", r->source, label,
		    c->kind == CHANGE_UP ? "up" : "down", prev, cur,
		    c->abs > 0 ? "+" : "", briefing_number(c->abs, d,
		    sizeof(d)), c->rel * 100);
		break;
	case CHANGE_REVISED:
		snprintf(buf, size, "%s (%s): revised from %s to %s.",
		    r->source, label, prev, cur);
		break;
	case CHANGE_SILENT:
		date_format(r->points[c->prev].day, day);
		snprintf(buf, size, "%s (%s): silent this period; last said "
		    "%s on %s.", r->source, label, prev, day);
		break;
	default:
		snprintf(buf, size, "%s (%s): only undated claims.",
		    r->source, label);
		break;
	}
	return buf;
}

/* How newsworthy a change is, most first: revisions, new figures, then
 * figures that stood still, sources gone silent, undated rows. */
static int
change_class(enum change_kind k)
{
	switch (k) {
	case CHANGE_UP:
	case CHANGE_DOWN:
	case CHANGE_REVISED:
		return 0;
	case CHANGE_NEW:
		return 1;
	case CHANGE_UNCHANGED:
		return 2;
	case CHANGE_SILENT:
		return 3;
	default:
		return 4;
	}
}

/* A row's change with what orders it in the briefing. */
struct ranked_change {
	int	 class;		/* change_class() */
	size_t	 chart;		/* place in the charts' order; NO_INDEX when
				   the charts do not show the row */
	size_t	 articles;	/* articles carrying its latest event */
	long	 day;		/* that event's date */
	const char *source;
	size_t	 row;		/* index in summary.rows */
};

static int
ranked_change_cmp(const void *a, const void *b)
{
	const struct ranked_change *ra = a, *rb = b;

	if (ra->class != rb->class)
		return ra->class < rb->class ? -1 : 1;
	if (ra->chart != rb->chart)
		return ra->chart < rb->chart ? -1 : 1;
	if (ra->articles != rb->articles)
		return ra->articles > rb->articles ? -1 : 1;
	if (ra->day != rb->day)
		return ra->day > rb->day ? -1 : 1;
	if (strcmp(ra->source, rb->source) != 0)
		return strcmp(ra->source, rb->source);
	return ra->row < rb->row ? -1 : ra->row > rb->row;
}

/*
 * The changes, most newsworthy first, so that a writer showing only the
 * first ones shows revisions before figures that stood still. Within a
 * kind, the rows of the changes chart come first and in its order (most
 * reported, newest), so the sentences under the chart speak of its rows.
 * Sets change_of_row[row] to the change's index in the briefing.
 */
static void
add_changes(const struct summary *s, const size_t *chart_rank,
    struct briefing *b, size_t *change_of_row)
{
	struct ranked_change *rank = xcalloc(s->nrows + 1, sizeof(*rank));
	struct briefing_change ch;
	const struct sum_row *r;
	char text[512];
	size_t i, e;

	for (i = 0; i < s->nrows; i++) {
		e = summary_row_latest(s, i);
		rank[i] = (struct ranked_change){
		    change_class(s->rows[i].change.kind), chart_rank[i],
		    e != NO_INDEX ? s->events[e].articles : 0,
		    e != NO_INDEX ? s->events[e].day : DAY_NONE,
		    s->rows[i].source, i };
	}
	qsort(rank, s->nrows, sizeof(*rank), ranked_change_cmp);
	for (i = 0; i < s->nrows; i++) {
		r = &s->rows[rank[i].row];
		ch.source = (char *)r->source;
		ch.text = change_sentence(s, r, text, sizeof(text));
		ch.previous = r->change.prev != NO_INDEX ?
		    r->points[r->change.prev].range.best : NAN;
		ch.current = r->change.cur != NO_INDEX ?
		    r->points[r->change.cur].range.best : NAN;
		briefing_add_change(b, &ch);
		change_of_row[rank[i].row] = b->nchanges - 1;
	}
	free(rank);
}

/* Is the position only a bound ("at least", "up to")? */
static int
is_bound(const struct summary *s, const struct sum_position *p)
{
	enum qualifier q = s->events[p->event].qualifier;

	return q == QUAL_AT_LEAST || q == QUAL_MORE_THAN ||
	    q == QUAL_AT_MOST || q == QUAL_UP_TO || q == QUAL_LESS_THAN;
}

/* Sentences start with a capital, even when they start with a figure. */
static void
add_sentence(struct briefing *b, char *text)
{
	if (text[0] >= 'a' && text[0] <= 'z')
		text[0] = (char)(text[0] - 'a' + 'A');
	briefing_add_finding(b, text);
}

static void
add_pair_finding(const struct summary *s, const struct sum_measure *m,
    const struct sum_pair *pr, struct briefing *b)
{
	const struct sum_position *pa = &m->pos[pr->a], *pb = &m->pos[pr->b];
	char a[256], c[256], text[600];

	position_words(s, pa, a, sizeof(a));
	position_words(s, pb, c, sizeof(c));
	if (pr->compatible && (is_bound(s, pa) || is_bound(s, pb)))
		snprintf(text, sizeof(text), "%s and %s are compatible: a "
		    "bound does not contradict a figure inside it.", a, c);
	else if (pr->compatible)
		snprintf(text, sizeof(text), "%s and %s agree.", a, c);
	else if (!isnan(pr->rel_diff))
		snprintf(text, sizeof(text), "%s and %s disagree by %.0f%%.",
		    a, c, pr->rel_diff * 100);
	else
		snprintf(text, sizeof(text), "%s and %s conflict.", a, c);
	add_sentence(b, text);
}

static void
add_findings(const struct summary *s, const struct sum_measure *m,
    struct briefing *b)
{
	char text[256], lo[48], hi[48], n[48];
	size_t i, shown = 0, conflicts = 0;

	for (i = 0; i < m->npairs; i++) {
		conflicts += !m->pairs[i].compatible;
		if (shown < MAX_PAIR_FINDINGS) {
			add_pair_finding(s, m, &m->pairs[i], b);
			shown++;
		}
	}
	if (m->npairs > shown) {
		snprintf(text, sizeof(text), "… and %s more pairs "
		    "(summary.json lists them all).", briefing_number(
		    (double)(m->npairs - shown), n, sizeof(n)));
		briefing_add_finding(b, text);
	}
	if (m->consensus && m->npairs > 0) {
		briefing_number(m->agreed.low, lo, sizeof(lo));
		briefing_number(m->agreed.high, hi, sizeof(hi));
		snprintf(text, sizeof(text), "All sources' figures for %s are "
		    "compatible: together they allow %s to %s.", m->family,
		    *lo ? lo : "any number", *hi ? hi : "no upper bound");
		briefing_add_finding(b, text);
	} else if (conflicts > 0) {
		briefing_number((double)conflicts, lo, sizeof(lo));
		briefing_number((double)m->npairs, hi, sizeof(hi));
		snprintf(text, sizeof(text), "The sources conflict on %s: "
		    "%s of %s pairs cannot both be true.", m->family, lo, hi);
		briefing_add_finding(b, text);
	}
}

static void
set_discrepancy(const struct summary *s, const struct sum_measure *m,
    struct briefing *b)
{
	char text[256], n[48];

	if (m->lowest == NO_INDEX)
		return;
	briefing_set(&b->discrepancy.lowest,
	    position_words(s, &m->pos[m->lowest], text, sizeof(text)));
	briefing_set(&b->discrepancy.highest,
	    position_words(s, &m->pos[m->highest], text, sizeof(text)));
	if (!isnan(m->ratio)) {
		snprintf(text, sizeof(text), "%.1f×", m->ratio);
		briefing_set(&b->discrepancy.ratio, text);
	}
	briefing_set(&b->discrepancy.median,
	    briefing_number(m->median, n, sizeof(n)));
}

/* Which shown figures one claim stands behind, by display index. */
struct backing {
	int64_t	 id;		/* claim id */
	size_t	 source;	/* sources row, BRIEFING_NONE */
	size_t	 change;	/* change, BRIEFING_NONE */
};

/* The appendix being filled and the claims behind the figures. */
struct appendix_fill {
	struct briefing *b;
	struct backing *backs;	/* sorted by id */
	size_t	 nbacks;
	size_t	 capbacks;
};

static int
backing_cmp(const void *a, const void *b)
{
	const struct backing *ba = a, *bb = b;

	return ba->id < bb->id ? -1 : ba->id > bb->id;
}

/* store_claims_foreach() callback: one appendix row per listed claim. */
static int
add_appendix_claim(const struct claim_row *r, void *arg)
{
	struct appendix_fill *f = arg;
	struct briefing_claim c;
	struct backing key, *found;
	int q;

	briefing_claim_init(&c);
	c.id = (long)r->id;
	c.source = (char *)r->source;
	q = qualifier_parse(r->qualifier);
	c.qualifier = q < 0 ? QUAL_EXACT : (enum qualifier)q;
	c.value = r->value;
	c.low = r->low;
	c.high = r->high;
	c.quantity = (char *)r->quantity;
	c.sentence = (char *)r->sentence;
	c.outlet = (char *)r->outlet;
	c.doc = (char *)r->doc;
	briefing_set_date(c.claim_date, r->claim_date);
	briefing_set_date(c.published, r->published);
	c.url = (char *)r->url;
	key.id = r->id;
	found = f->nbacks ? bsearch(&key, f->backs, f->nbacks,
	    sizeof(*f->backs), backing_cmp) : NULL;
	if (found != NULL) {
		c.backs_source = found->source;
		c.backs_change = found->change;
	}
	briefing_add_claim(f->b, &c);
	return 0;
}

static void
set_dates(const struct summary *s, struct briefing *b)
{
	char buf[32];
	time_t now = time(NULL);
	struct tm tm;

	date_format(s->opts.asof, b->asof);
	date_format(s->opts.asof, b->period_end);
	if (s->start != PERIOD_BEGINNING)
		date_format(s->start, b->period_start);
	gmtime_r(&now, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm);
	briefing_set(&b->generated, buf);
	briefing_set(&b->period, period_name(s->opts.period));
}

/* The event behind the figure a row's change compares with: the best
 * one of its previous point; NO_INDEX when none. */
static size_t
row_previous_event(const struct summary *s, size_t row)
{
	const struct sum_row *r = &s->rows[row];

	if (r->change.prev == NO_INDEX)
		return NO_INDEX;
	return r->points[r->change.prev].range.best_event;
}

/* Append the claim ids of event e to ids[*n], growing *cap. */
static void
cite_event(const struct summary *s, size_t e, int64_t **ids, size_t *n,
    size_t *cap)
{
	const struct sum_event *ev = &s->events[e];
	size_t k;

	for (k = ev->first; k < ev->first + ev->nclaims; k++) {
		if (*n == *cap) {
			*cap = *cap ? *cap * 2 : 64;
			*ids = xreallocarray(*ids, *cap, sizeof(**ids));
		}
		(*ids)[(*n)++] = s->claims[k].id;
	}
}

size_t
present_cited(const struct summary *s, int64_t **ids)
{
	size_t i, n = 0, cap = 0, e;

	*ids = NULL;
	for (i = 0; i < s->nrows; i++) {
		if ((e = summary_row_latest(s, i)) != NO_INDEX)
			cite_event(s, e, ids, &n, &cap);
		if ((e = row_previous_event(s, i)) != NO_INDEX)
			cite_event(s, e, ids, &n, &cap);
	}
	return n;
}

/* Record that the claims of event e back sources row source and change
 * change (either BRIEFING_NONE). */
static void
back_event(const struct summary *s, size_t e, size_t source, size_t change,
    struct appendix_fill *f)
{
	const struct sum_event *ev = &s->events[e];
	size_t k;

	for (k = ev->first; k < ev->first + ev->nclaims; k++) {
		if (f->nbacks == f->capbacks) {
			f->capbacks = f->capbacks ? f->capbacks * 2 : 64;
			f->backs = xreallocarray(f->backs, f->capbacks,
			    sizeof(*f->backs));
		}
		f->backs[f->nbacks++] = (struct backing){ s->claims[k].id,
		    source, change };
	}
}

/*
 * The claims behind each row's figures, as present_cited() lists them:
 * the latest event backs the row's line of the sources table and its
 * change (the figure now, or last said when silent), the previous one
 * only the change.
 */
static void
back_rows(const struct summary *s, const size_t *source_of_row,
    const size_t *change_of_row, struct appendix_fill *f)
{
	size_t i, latest, prev;

	for (i = 0; i < s->nrows; i++) {
		latest = summary_row_latest(s, i);
		prev = row_previous_event(s, i);
		if (latest != NO_INDEX)
			back_event(s, latest, source_of_row[i], change_of_row[i],
			    f);
		if (prev != NO_INDEX && prev != latest)
			back_event(s, prev, BRIEFING_NONE, change_of_row[i], f);
	}
	if (f->nbacks > 0)
		qsort(f->backs, f->nbacks, sizeof(*f->backs), backing_cmp);
}

/* A position with what orders it: most articles, newest, then name. */
struct ranked {
	size_t	 articles;	/* articles carrying its latest event */
	long	 day;		/* that event's date */
	const char *source;
	size_t	 pos;		/* index in the measure's positions */
};

static int
ranked_cmp(const void *a, const void *b)
{
	const struct ranked *ra = a, *rb = b;

	if (ra->articles != rb->articles)
		return ra->articles > rb->articles ? -1 : 1;
	if (ra->day != rb->day)
		return ra->day > rb->day ? -1 : 1;
	return strcmp(ra->source, rb->source);
}

/*
 * The attributed positions of m in the order the charts show them: a
 * crowded chart shows its first rows, so make them the ones most
 * reported, not the first in the alphabet. Returns how many; *order
 * (position indexes) is the caller's to free.
 */
static size_t
chart_order(const struct summary *s, const struct sum_measure *m,
    size_t **order)
{
	struct ranked *rank = xcalloc(m->npos + 1, sizeof(*rank));
	size_t i, n = 0;

	for (i = 0; i < m->npos; i++)
		if (s->rows[m->pos[i].row].attributed)
			rank[n++] = (struct ranked){
			    s->events[m->pos[i].event].articles,
			    s->events[m->pos[i].event].day,
			    s->rows[m->pos[i].row].source, i };
	qsort(rank, n, sizeof(*rank), ranked_cmp);
	*order = xcalloc(n + 1, sizeof(**order));
	for (i = 0; i < n; i++)
		(*order)[i] = rank[i].pos;
	free(rank);
	return n;
}

/* Each row's place in the charts' order (chart_order()), or
 * NO_INDEX; free the result. */
static size_t *
chart_ranks(const struct summary *s, const struct sum_measure *m)
{
	size_t *rank = xcalloc(s->nrows + 1, sizeof(*rank));
	size_t *order = NULL, i, n = 0;

	for (i = 0; i < s->nrows; i++)
		rank[i] = NO_INDEX;
	if (m != NULL)
		n = chart_order(s, m, &order);
	for (i = 0; i < n; i++)
		rank[m->pos[order[i]].row] = i;
	free(order);
	return rank;
}

int
present_briefing(const struct summary *s, const struct present_opts *o,
    struct store *st, const struct claim_scope *scope, struct briefing *b)
{
	const struct sum_measure *lead = present_main_measure(s, o);
	size_t *source_of_row = xcalloc(s->nrows + 1, sizeof(size_t));
	size_t *change_of_row = xcalloc(s->nrows + 1, sizeof(size_t));
	size_t *chart_rank = chart_ranks(s, lead);
	struct appendix_fill fill = { b, NULL, 0, 0 };
	char text[1024];
	size_t i;
	int rc;

	briefing_set(&b->title, o->title);
	briefing_set(&b->tracker, o->tracker);
	briefing_set(&b->measure, o->title);
	set_dates(s, b);
	b->articles = s->totals.articles;
	b->outlets = s->totals.outlets;
	b->claims = s->totals.claims;
	briefing_set(&b->headline, present_headline(s, o, text, sizeof(text)));
	for (i = 0; i < s->nrows; i++)
		source_of_row[i] = change_of_row[i] = BRIEFING_NONE;
	add_sources(s, b, source_of_row);
	add_changes(s, chart_rank, b, change_of_row);
	if (lead != NULL) {
		set_discrepancy(s, lead, b);
		for (i = 0; i < s->nmeasures; i++)
			add_findings(s, &s->measures[i], b);
	}
	back_rows(s, source_of_row, change_of_row, &fill);
	rc = store_claims_foreach(st, scope, add_appendix_claim, &fill);
	free(fill.backs);
	free(chart_rank);
	free(change_of_row);
	free(source_of_row);
	return rc;
}

/* "Ukraine", or "United States (arrived)" when the source has more rows. */
static char *
position_name(const struct summary *s, const struct sum_measure *m,
    size_t i, char *buf, size_t size)
{
	const struct sum_row *r = &s->rows[m->pos[i].row];
	char label[160];
	size_t j, same = 0;

	for (j = 0; j < m->npos; j++)
		same += strcmp(s->rows[m->pos[j].row].source, r->source) == 0;
	if (same > 1)
		snprintf(buf, size, "%s (%s)", r->source,
		    row_label(r, label, sizeof(label)));
	else
		snprintf(buf, size, "%s", r->source);
	return buf;
}

/*
 * The texts every chart of measure m carries. The headline measure's
 * charts are titled with the story; another measure's with its label,
 * the story then leading their subtitle.
 */
static void
chart_meta(const struct summary *s, const struct present_opts *o,
    const struct sum_measure *m, struct chartset *cs)
{
	char when[160], sub[320], line[160], caption[160], start[DATE_LEN];
	char asof[DATE_LEN];
	const char *title = o->title;

	date_format(s->opts.asof, asof);
	if (s->start == PERIOD_BEGINNING)
		snprintf(when, sizeof(when), "all claims up to %s", asof);
	else {
		date_format(s->start, start);
		snprintf(when, sizeof(when), "%s %s to %s · as of %s",
		    period_name(s->opts.period), start, asof, asof);
	}
	snprintf(sub, sizeof(sub), "%s", when);
	if (m != NULL && m != present_main_measure(s, o)) {
		title = present_measure_label(o, m);
		snprintf(sub, sizeof(sub), "%s · %s", o->title, when);
	}
	snprintf(line, sizeof(line), "claimtrack · %zu articles · %zu outlets",
	    s->totals.articles, s->totals.outlets);
	snprintf(caption, sizeof(caption), "%s%s%s", o->subject ? o->subject :
	    "", o->subject && *o->subject ? " " : "",
	    m ? present_measure_label(o, m) : "");
	chartset_set_meta(cs, title, sub, line, caption);
	if (s->start != PERIOD_BEGINNING)
		chartset_set_period(cs, s->start, s->opts.asof);
	if (s->opts.period != PERIOD_ALL)
		chartset_set_window(cs, period_history_start(s->opts.period,
		    s->opts.asof), period_history_name(s->opts.period));
}

static enum change_status
chart_change_status(const struct sum_change *c)
{
	switch (c->kind) {
	case CHANGE_NEW:
		return CHART_CHANGE_NEW;
	case CHANGE_UP:
		return CHART_CHANGE_UP;
	case CHANGE_DOWN:
		return CHART_CHANGE_DOWN;
	case CHANGE_SILENT:
		return CHART_CHANGE_SILENT;
	case CHANGE_REVISED:
		return isnan(c->abs) || c->abs == 0 ? CHART_CHANGE_UNCHANGED :
		    c->abs > 0 ? CHART_CHANGE_UP : CHART_CHANGE_DOWN;
	default:
		return CHART_CHANGE_UNCHANGED;
	}
}

/* Range row, series and change row of one attributed position. */
static void
chart_position(const struct summary *s, const struct sum_measure *m,
    size_t i, struct chartset *cs)
{
	const struct sum_position *p = &m->pos[i];
	const struct sum_row *r = &s->rows[p->row];
	const struct sum_event *e = &s->events[p->event], *pe;
	const struct sum_change *c = &r->change;
	char name[256], label[160];
	size_t k;

	position_name(s, m, i, name, sizeof(name));
	chartset_add_range(cs, r->source, row_label(r, label, sizeof(label)),
	    e->value, e->low, e->high, e->qualifier);
	for (k = 0; k < r->npoints; k++) {
		if (r->points[k].range.best_event == NO_INDEX)
			continue;
		pe = &s->events[r->points[k].range.best_event];
		chartset_add_point(cs, name, r->points[k].day,
		    r->points[k].range.best, pe->qualifier);
	}
	if (c->kind != CHANGE_UNDATED)
		chartset_add_change(cs, name, c->prev != NO_INDEX ?
		    r->points[c->prev].range.best : NAN, c->cur != NO_INDEX ?
		    r->points[c->cur].range.best : NAN, chart_change_status(c));
}

/* The ratio matrix over the positions keep[0 .. n) of m, in that order. */
static void
chart_matrix(const struct summary *s, const struct sum_measure *m,
    const size_t *keep, size_t n, struct chartset *cs)
{
	char **names = xcalloc(n + 1, sizeof(*names)), buf[256];
	double *ratios = xcalloc(n * n + 1, sizeof(*ratios));
	size_t i, j;

	for (i = 0; i < n; i++)
		names[i] = xstrdup(position_name(s, m, keep[i], buf,
		    sizeof(buf)));
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			ratios[i * n + j] = m->matrix[keep[i] * m->npos + keep[j]];
	chartset_set_matrix(cs, n, (const char *const *)names, ratios);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(ratios);
}

void
present_charts(const struct summary *s, const struct present_opts *o,
    const struct sum_measure *m, struct chartset *cs)
{
	size_t i, n, *order;

	chart_meta(s, o, m, cs);
	if (m == NULL)
		return;
	n = chart_order(s, m, &order);
	for (i = 0; i < n; i++)
		chart_position(s, m, order[i], cs);
	chart_matrix(s, m, order, n, cs);
	free(order);
}
