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

/* "25 Oct", or "25 Oct 2024" when asof falls in another year. */
static char *
day_words(long day, long asof, char *buf, size_t size)
{
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int y, m, d, ay, am, ad;

	if (day == DAY_NONE) {
		snprintf(buf, size, "undated");
		return buf;
	}
	date_civil(day, &y, &m, &d);
	date_civil(asof, &ay, &am, &ad);
	if (y == ay)
		snprintf(buf, size, "%d %s", d, mon[m - 1]);
	else
		snprintf(buf, size, "%d %s %d", d, mon[m - 1], y);
	return buf;
}

/* "this week", "this month", "today", "so far". */
static const char *
period_words(enum period_kind k)
{
	switch (k) {
	case PERIOD_DAY:
		return "today";
	case PERIOD_WEEK:
		return "this week";
	case PERIOD_MONTH:
		return "this month";
	default:
		return "so far";
	}
}

/* What the headline calls the measure: its label, else its words. */
static char *
measure_noun(const struct sum_measure *m, char *buf, size_t size)
{
	size_t i;

	snprintf(buf, size, "%s", m->label != NULL ? m->label : m->family);
	if (m->label == NULL)
		for (i = 0; buf[i] != '\0'; i++)
			if (buf[i] == '_')
				buf[i] = ' ';
	return buf;
}

/* Does the source's name take "the" ("the United States", "the UK")? */
static bool
takes_the(const char *source)
{
	static const char *const the[] = { "UK", "US", "EU", "UN" };
	size_t i;

	if (strncmp(source, "United ", 7) == 0)
		return true;
	for (i = 0; i < sizeof(the) / sizeof(*the); i++)
		if (strcmp(source, the[i]) == 0)
			return true;
	return false;
}

/* "Ukraine's", "the United States'", "the UK's", "NATO's". */
static char *
possessive(const char *source, char *buf, size_t size)
{
	size_t n = strlen(source);

	snprintf(buf, size, "%s%s%s", takes_the(source) ? "the " : "", source,
	    n > 0 && source[n - 1] == 's' ? "'" : "'s");
	return buf;
}

/* How hl_end() names a figure's source and date. */
enum hl_who {
	HL_SOURCE,		/* "(Ukraine)", "(Ukraine, last said 25 Oct)" */
	HL_DATED,		/* "(Ukraine, 25 Oct)" */
	HL_NO_SOURCE		/* "(last said 25 Oct)" or nothing */
};

/*
 * What tells position p of m from the source's other positions in m
 * ("arrived", "deployed, in Kursk"), in buf; "" when the source has no
 * other, as in the demo. Without it, "NATO's “fewer than 4,000”" beside
 * "NATO's “13,000”" reads as NATO contradicting itself.
 */
static char *
hl_which(const struct summary *s, const struct sum_measure *m,
    const struct sum_position *p, char *buf, size_t size)
{
	const struct sum_row *r = &s->rows[p->row];
	char *proj;
	size_t i, same = 0;

	for (i = 0; m != NULL && i < m->npos; i++)
		same += s->rows[m->pos[i].row].attributed &&
		    strcmp(s->rows[m->pos[i].row].source, r->source) == 0;
	*buf = '\0';
	if (same < 2)
		return buf;
	row_label(r, buf, size);
	/* the headline says "projected" before the figure */
	proj = strstr(buf, ", projected");
	if (proj != NULL)
		memmove(proj, proj + 11, strlen(proj + 11) + 1);
	else if (strncmp(buf, "projected", 9) == 0)
		memmove(buf, buf + 9 + (buf[9] == ','), strlen(buf + 9) + 1);
	while (*buf == ' ')
		memmove(buf, buf + 1, strlen(buf));
	return buf;
}

/* "about 12,000 (Ukraine)", "(Ukraine, last said 25 Oct)" when older
 * than the period; "(Ukraine, deployed, in Kursk)" when Ukraine has
 * other positions in m. */
static void
hl_end(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m, const struct sum_position *p,
    enum hl_who who)
{
	char fig[128], day[32], which[160];
	bool dated = who == HL_DATED || !p->in_period;

	headline_words(&s->events[p->event], fig, sizeof(fig));
	strbuf_adds(sb, fig);
	if (who == HL_NO_SOURCE && !dated)
		return;
	strbuf_addf(sb, " (%s", who != HL_NO_SOURCE ? s->rows[p->row].source :
	    "");
	if (who != HL_NO_SOURCE && *hl_which(s, m, p, which, sizeof(which)))
		strbuf_addf(sb, ", %s", which);
	if (dated)
		strbuf_addf(sb, "%s%s%s", who != HL_NO_SOURCE ? ", " : "",
		    who == HL_DATED && p->in_period ? "" : "last said ",
		    day_words(s->events[p->event].day, s->opts.asof, day,
		    sizeof(day)));
	strbuf_adds(sb, ")");
}

/* "the United States' “at least 3,000” (25 Oct)": a figure in quotes;
 * "NATO's “fewer than 4,000” (arrived, 28 Jun)" when NATO has other
 * positions in m. */
static void
hl_quoted(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m, const struct sum_position *p, bool date)
{
	char fig[128], who[160], day[32], which[160];

	headline_words(&s->events[p->event], fig, sizeof(fig));
	strbuf_addf(sb, "%s%s “%s”", possessive(s->rows[p->row].source, who,
	    sizeof(who)), s->rows[p->row].modality == MODALITY_PROJECTED ?
	    " projected" : "", fig);
	hl_which(s, m, p, which, sizeof(which));
	if (date && *which)
		strbuf_addf(sb, " (%s, %s)", which, day_words(
		    s->events[p->event].day, s->opts.asof, day, sizeof(day)));
	else if (date)
		strbuf_addf(sb, " (%s)", day_words(s->events[p->event].day,
		    s->opts.asof, day, sizeof(day)));
	else if (*which)
		strbuf_addf(sb, " (%s)", which);
}

/* The range of the counted estimates, or what the bounds allow. */
static void
hl_range(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m, const char *noun)
{
	const struct sum_position *lo, *hi;
	size_t i, n = 0;

	if (m->estimates > 0) {
		lo = &m->pos[m->lowest];
		hi = &m->pos[m->highest];
		if (lo->value != hi->value) {
			strbuf_addf(sb, "sources put %s between ", noun);
			hl_end(sb, s, m, lo, HL_SOURCE);
			strbuf_adds(sb, " and ");
			hl_end(sb, s, m, hi, HL_SOURCE);
			if (!isnan(m->ratio))
				strbuf_addf(sb, ", a %.1f× spread", m->ratio);
			return;
		}
		if (m->estimates == 1)
			strbuf_addf(sb, "%s puts %s at ", s->rows[hi->row].source,
			    noun);
		else
			strbuf_addf(sb, "%zu sources put %s at ", m->estimates,
			    noun);
		hl_end(sb, s, m, hi, m->estimates == 1 ? HL_NO_SOURCE : HL_DATED);
		return;
	}
	if (m->bounds == 0) {
		strbuf_addf(sb, "no source has a current figure on %s", noun);
		return;
	}
	for (i = 0; i < m->npos; i++)
		if (m->pos[i].counted && (i == m->floor || i == m->ceiling))
			n++;
	if (m->bounds == 1) {
		i = m->floor != NO_INDEX ? m->floor : m->ceiling;
		strbuf_addf(sb, "%s gives only a bound on %s: ",
		    s->rows[m->pos[i].row].source, noun);
		hl_end(sb, s, m, &m->pos[i], HL_NO_SOURCE);
		return;
	}
	strbuf_addf(sb, "sources give only bounds on %s, no figure to compare:"
	    " ", noun);
	if (n == 1) {
		i = m->floor != NO_INDEX ? m->floor : m->ceiling;
		hl_end(sb, s, m, &m->pos[i], HL_SOURCE);
		return;
	}
	hl_end(sb, s, m, &m->pos[m->floor], HL_SOURCE);
	strbuf_adds(sb, " … ");
	hl_end(sb, s, m, &m->pos[m->ceiling], HL_SOURCE);
}

/* Does position p's interval overlap every counted estimate's? */
static bool
fits_estimates(const struct sum_measure *m, const struct sum_position *p,
    bool *none)
{
	struct interval a = { p->low, p->high }, b;
	size_t i, fit = 0, all = 0;

	for (i = 0; i < m->npos; i++) {
		if (!m->pos[i].counted || !m->pos[i].estimate)
			continue;
		b.low = m->pos[i].low;
		b.high = m->pos[i].high;
		all++;
		fit += interval_overlap(a, b);
	}
	*none = fit == 0;
	return fit == all;
}

/* At most this many figures in each list of the headline (new, bounds,
 * stale, projected); the rest are counted ("and 5 more"), the tables
 * and findings list them. */
#define HL_LIST_MAX 2

/* The counted bounds against the estimates: "the United States' “at
 * least 3,000” is compatible with both". */
static void
hl_bounds(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m)
{
	static const char *const verdict[] = { "is compatible with",
	    "contradicts", "fits some of" };
	const char *them = m->estimates == 1 ? "it" : m->estimates == 2 ?
	    "both" : "all of them";
	bool none;
	int v;
	size_t i, shown = 0, all = 0;

	if (m->estimates == 0 || m->bounds == 0)
		return;
	for (i = 0; i < m->npos; i++) {
		if (!m->pos[i].counted || m->pos[i].estimate)
			continue;
		if (all++ >= HL_LIST_MAX)
			continue;
		v = fits_estimates(m, &m->pos[i], &none) ? 0 : none ? 1 : 2;
		strbuf_adds(sb, "; ");
		hl_quoted(sb, s, m, &m->pos[i], false);
		strbuf_addf(sb, " %s %s", verdict[v], v == 2 ? "them" : them);
		shown++;
	}
	if (all > shown)
		strbuf_addf(sb, "; %zu more bound%s, weighed in the findings",
		    all - shown, all - shown == 1 ? "" : "s");
}

/* ", and 5 more" after a list of the headline cut at HL_LIST_MAX. */
static void
hl_more(struct strbuf *sb, size_t listed, size_t all)
{
	if (all > listed)
		strbuf_addf(sb, ", and %zu more", all - listed);
}

/* What was said in the period, when older figures stand beside it. */
static void
hl_fresh(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m)
{
	size_t i, shown = 0, all = 0;

	strbuf_addf(sb, "new %s: ", period_words(s->opts.period));
	for (i = 0; i < m->npos; i++) {
		if (!m->pos[i].counted || !m->pos[i].in_period)
			continue;
		if (all++ >= HL_LIST_MAX)
			continue;
		strbuf_adds(sb, shown++ ? ", " : "");
		hl_quoted(sb, s, m, &m->pos[i], true);
	}
	hl_more(sb, shown, all);
	strbuf_adds(sb, "; ");
}

/* The positions gone stale, named with their date, the first
 * HL_LIST_MAX of them (*shown so far); *all counts every one. */
static void
hl_stale(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m, size_t *shown, size_t *all)
{
	size_t i;

	for (i = 0; i < m->npos; i++) {
		if (!m->pos[i].stale || !s->rows[m->pos[i].row].attributed)
			continue;
		if ((*all)++ >= HL_LIST_MAX)
			continue;
		if (*shown == 0)
			strbuf_addf(sb, "; stale (over %d days old): ",
			    s->opts.stale_after);
		else
			strbuf_adds(sb, ", ");
		(*shown)++;
		hl_quoted(sb, s, m, &m->pos[i], true);
	}
}

/* "about 11,000" for a median of 11,250, "11,000" for one of 11,000:
 * two significant figures are all a median of a few sources tells. */
static char *
median_words(double med, char *buf, size_t size)
{
	char n[48];
	double mag = pow(10, floor(log10(fabs(med))) - 1), r;

	r = med > 0 ? round(med / mag) * mag : med;
	snprintf(buf, size, "%s%s", r != med ? "about " : "",
	    briefing_number(r, n, sizeof(n)));
	return buf;
}

/* The outliers of the measure, the first HL_LIST_MAX of them: "Lee's
 * “2” is far from every other figure (median about 11,000) and is left
 * out of the range; check its sentence". */
static void
hl_outliers(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m)
{
	char med[64];
	size_t i, shown = 0;

	if (m->outliers == 0)
		return;
	for (i = 0; i < m->npos; i++) {
		if (!m->pos[i].outlier || shown >= HL_LIST_MAX)
			continue;
		strbuf_adds(sb, shown == 0 ? "; " : m->outliers == 2 ?
		    " and " : ", ");
		hl_quoted(sb, s, m, &m->pos[i], false);
		shown++;
	}
	hl_more(sb, shown, m->outliers);
	strbuf_addf(sb, " %s far from every other figure", m->outliers == 1 ?
	    "is" : "are");
	if (!isnan(m->median))
		strbuf_addf(sb, " (median %s)", median_words(m->median, med,
		    sizeof(med)));
	strbuf_addf(sb, " and %s left out of the range; check %s sentence%s",
	    m->outliers == 1 ? "is" : "are", m->outliers == 1 ? "its" :
	    "their", m->outliers == 1 ? "" : "s");
}

/* Does position p say what an earlier position of the list said (same
 * source, figure and day)? The headline names such a figure once. */
static bool
hl_said_before(const struct summary *s, const struct sum_position *p,
    const struct sum_position *const *listed, size_t n)
{
	const struct sum_event *e = &s->events[p->event], *f;
	size_t i;

	for (i = 0; i < n; i++) {
		f = &s->events[listed[i]->event];
		if (strcmp(s->rows[listed[i]->row].source,
		    s->rows[p->row].source) == 0 && f->day == e->day &&
		    f->qualifier == e->qualifier && (f->value == e->value ||
		    (isnan(f->value) && isnan(e->value))) &&
		    (f->low == e->low || (isnan(f->low) && isnan(e->low))) &&
		    (f->high == e->high || (isnan(f->high) && isnan(e->high))))
			return true;
	}
	return false;
}

/* The current projections of the measure and of its projection
 * measures: "projected: about 10,000 (United States, 28 Oct)". */
static void
hl_projected(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m)
{
	const struct sum_measure *pm;
	const struct sum_position *p, *listed[HL_LIST_MAX];
	size_t i, k, n = 0, all = 0;

	for (k = 0; k < s->nmeasures; k++) {
		pm = &s->measures[k];
		if (pm != m && (pm->projection_of == NULL ||
		    strcmp(pm->projection_of, m->family) != 0))
			continue;
		for (i = 0; i < pm->npos; i++) {
			p = &pm->pos[i];
			if (p->stale || !s->rows[p->row].attributed ||
			    s->rows[p->row].modality != MODALITY_PROJECTED ||
			    hl_said_before(s, p, listed, n))
				continue;
			if (all++ >= HL_LIST_MAX)
				continue;
			strbuf_adds(sb, n ? ", " : "; projected, apart from "
			    "the count: ");
			listed[n++] = p;
			hl_end(sb, s, pm, p, HL_DATED);
		}
	}
	hl_more(sb, n, all);
}

/* Stale positions of the measure and its projection measures. */
static void
hl_stale_all(struct strbuf *sb, const struct summary *s,
    const struct sum_measure *m)
{
	size_t k, shown = 0, all = 0;

	hl_stale(sb, s, m, &shown, &all);
	for (k = 0; k < s->nmeasures; k++)
		if (s->measures[k].projection_of != NULL &&
		    strcmp(s->measures[k].projection_of, m->family) == 0)
			hl_stale(sb, s, &s->measures[k], &shown, &all);
	hl_more(sb, shown, all);
}

char *
present_headline(const struct summary *s, const struct present_opts *o,
    char *buf, size_t size)
{
	const struct sum_measure *m = present_main_measure(s, o);
	struct strbuf sb;
	char noun[256], asof[DATE_LEN], *text;
	size_t counted;

	date_format(s->opts.asof, asof);
	if (m == NULL) {
		snprintf(buf, size, "No source put a figure on %s up to %s.",
		    o->title, asof);
		return buf;
	}
	measure_noun(m, noun, sizeof(noun));
	counted = m->estimates + m->bounds;
	strbuf_init(&sb, 4096);
	if (m->fresh == 0)
		strbuf_addf(&sb, "no new figures %s; ",
		    period_words(s->opts.period));
	else if (m->fresh < counted)
		hl_fresh(&sb, s, m);
	hl_range(&sb, s, m, noun);
	hl_bounds(&sb, s, m);
	hl_outliers(&sb, s, m);
	hl_stale_all(&sb, s, m);
	hl_projected(&sb, s, m);
	strbuf_adds(&sb, ".");
	text = strbuf_detach(&sb, NULL);
	if (text[0] >= 'a' && text[0] <= 'z')
		text[0] = (char)(text[0] - 'a' + 'A');
	snprintf(buf, size, "%s", text);
	free(text);
	return buf;
}

/* The distinct outlets named by the articles carrying event e: an
 * article that names none is no outlet (the event's own count, made for
 * echoes, counts each such article as one). */
static size_t
event_named_outlets(const struct summary *s, const struct sum_event *e)
{
	const char *o, *p;
	size_t k, j, n = 0;
	bool seen;

	for (k = e->first; k < e->first + e->nclaims; k++) {
		o = s->articles[s->claims[k].article].outlet;
		if (o == NULL || *o == '\0')
			continue;
		seen = false;
		for (j = e->first; j < k && !seen; j++) {
			p = s->articles[s->claims[j].article].outlet;
			seen = p != NULL && strcmp(p, o) == 0;
		}
		n += !seen;
	}
	return n;
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
	if (p->stale || p->outlier)
		snprintf(label + strlen(label), sizeof(label) - strlen(label),
		    "%s%s", *label ? ", " : "", p->stale ? "stale" : "outlier");
	row.value = e->value;
	row.low = e->low;
	row.high = e->high;
	row.qualifier = e->qualifier;
	if (e->day != DAY_NONE)
		date_format(e->day, row.claim_date);
	row.date_from_published = e->date_kind == DATE_PUBLISHED;
	row.articles = e->articles;
	row.outlets = event_named_outlets(s, e);
	briefing_add_source(b, &row);
}

/* The sources table, measure by measure in the briefing's order (the
 * headline's first: a table cut to its first rows must show the
 * headline's figures, not another count's); sets source_of_row[row] to
 * the row's index in it. */
static void
add_sources(const struct summary *s, const struct present_opts *o,
    struct briefing *b, size_t *source_of_row)
{
	struct present_measure *views;
	const struct sum_measure *m;
	size_t i, j, n = present_measures(s, o, &views);

	for (i = 0; i < n; i++) {
		m = views[i].m;
		for (j = 0; m != NULL && j < m->npos; j++) {
			add_source_row(s, &m->pos[j], b);
			source_of_row[m->pos[j].row] = b->nsources - 1;
		}
	}
	free(views);
}

/* Whether position p of m is a projection among current figures (in a
 * measure of projections, every figure is one: none is set apart). */
static bool
projected_apart(const struct summary *s, const struct sum_measure *m,
    const struct sum_position *p)
{
	return m->projection_of == NULL &&
	    s->rows[p->row].modality == MODALITY_PROJECTED;
}

/* Who a change sentence speaks for: the source, and what sets its
 * position apart beyond the measure ("United States (projected)"). */
static char *
change_who(const struct summary *s, const struct sum_measure *m,
    const struct sum_position *p, char *buf, size_t size)
{
	const struct sum_row *r = &s->rows[p->row];
	bool proj = projected_apart(s, m, p);
	/* figures no source is named for are no source's: say so */
	const char *source = r->attributed ? r->source :
	    "Figures without a named source";

	if (!proj && r->scope == NULL)
		snprintf(buf, size, "%s", source);
	else
		snprintf(buf, size, "%s (%s%s%s%s)", source,
		    proj ? "projected" : "", proj && r->scope ? ", " : "",
		    r->scope ? "in " : "", r->scope ? r->scope : "");
	return buf;
}

/* Event e's figure in words; with its quantity ("about 12,000 (arrived)")
 * when the change compares figures of two quantities. */
static char *
shift_words(const struct summary *s, const struct sum_shift *c, size_t e,
    char *buf, size_t size)
{
	const struct sum_row *r = &s->rows[s->events[e].row];
	const char *q = r->quantity;
	size_t n, k;

	event_words(&s->events[e], buf, size);
	if (c->kind == CHANGE_UNCHANGED || c->cur == NO_INDEX ||
	    c->prev == NO_INDEX ||
	    s->events[c->cur].row == s->events[c->prev].row)
		return buf;
	n = strlen(buf);
	if (q[quantity_family_len(q)] == '_')
		q += quantity_family_len(q) + 1;
	snprintf(buf + n, size - n, " (%s)", q);
	for (k = n; buf[k] != '\0'; k++)
		if (buf[k] == '_')
			buf[k] = ' ';
	return buf;
}

/* Is event e only a bound ("at least", "up to", "thousands")? */
static bool
event_is_bound(const struct summary *s, size_t e)
{
	enum qualifier q = s->events[e].qualifier;

	return q == QUAL_AT_LEAST || q == QUAL_MORE_THAN ||
	    q == QUAL_AT_MOST || q == QUAL_UP_TO || q == QUAL_LESS_THAN ||
	    q == QUAL_VAGUE;
}

/* A change up or down whose size the figures do not support: one of
 * its two figures is only a bound, so "down 5,300" would be invented. */
static bool
change_between_bounds(const struct summary *s, const struct sum_shift *c)
{
	return (c->kind == CHANGE_UP || c->kind == CHANGE_DOWN) &&
	    c->cur != NO_INDEX && c->prev != NO_INDEX &&
	    (event_is_bound(s, c->cur) || event_is_bound(s, c->prev));
}

/*
 * One sentence for position p of measure m: its figure now against its
 * figure when the previous period ended, whichever of the measure's
 * quantities each was in, every figure with its qualifier. A change
 * from or to a bound gets no size; with period all there is no
 * previous period, and no figure is called new.
 */
static char *
change_sentence(const struct summary *s, const struct present_opts *o,
    const struct sum_measure *m, const struct sum_position *p, char *buf,
    size_t size)
{
	const struct sum_shift *c = &p->change;
	char who[256], lead[512], cur[160] = "", prev[160] = "";
	char day[DATE_LEN], d[48];
	bool attributed;

	attributed = s->rows[p->row].attributed;
	change_who(s, m, p, who, sizeof(who));
	snprintf(lead, sizeof(lead), "%s on %s", who,
	    present_measure_label(o, m));
	if (c->cur != NO_INDEX)
		shift_words(s, c, c->cur, cur, sizeof(cur));
	if (c->prev != NO_INDEX)
		shift_words(s, c, c->prev, prev, sizeof(prev));
	switch (change_between_bounds(s, c) ? CHANGE_REVISED : c->kind) {
	case CHANGE_NEW:
		date_format(s->events[c->cur].day, day);
		if (s->opts.period == PERIOD_ALL)
			snprintf(buf, size, "%s: %s on %s, its latest figure "
			    "(period all: no previous period to compare "
			    "with).", lead, cur, day);
		else
			snprintf(buf, size, "%s: new this period, %s on %s.",
			    lead, cur, day);
		break;
	case CHANGE_UNCHANGED:
		snprintf(buf, size, "%s: unchanged at %s.", lead, cur);
		break;
	case CHANGE_UP:
	case CHANGE_DOWN:
		/* unnamed sources are many: nobody "revised" anything */
		snprintf(buf, size, "%s: %s%s from %s to %s (%s%s, "
		    "%+.0f%%).", lead, attributed ? "revised " : "",
		    c->kind == CHANGE_UP ? "up" : "down",
		    prev, cur, c->abs > 0 ? "+" : "", briefing_number(c->abs,
		    d, sizeof(d)), c->rel * 100);
		break;
	case CHANGE_REVISED:
		snprintf(buf, size, "%s: %s from %s to %s.", lead, attributed ?
		    "revised" : "changed", prev, cur);
		break;
	default:
		date_format(s->events[c->prev].day, day);
		snprintf(buf, size, "%s: silent this period; last said %s on "
		    "%s.", lead, prev, day);
		break;
	}
	/* a sentence starts with a capital, whoever it speaks for */
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
	return buf;
}

/* How newsworthy a change is, most first: revisions, new figures, then
 * figures that stood still, sources gone silent. */
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

/* A position's change with what orders it in the briefing. */
struct ranked_change {
	int	 class;		/* change_class() */
	size_t	 chart;		/* place in the headline charts' order;
				   NO_INDEX when they do not show it */
	size_t	 articles;	/* articles carrying its latest event */
	long	 day;		/* that event's date */
	const char *source;
	size_t	 measure;	/* index in summary.measures */
	size_t	 pos;		/* index in the measure's positions */
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
	if (ra->measure != rb->measure)
		return ra->measure < rb->measure ? -1 : 1;
	return ra->pos < rb->pos ? -1 : ra->pos > rb->pos;
}

static size_t
count_positions(const struct summary *s)
{
	size_t i, n = 0;

	for (i = 0; i < s->nmeasures; i++)
		n += s->measures[i].npos;
	return n;
}

/*
 * The changes, one per position of every measure, most newsworthy first,
 * so that a writer showing only the first ones shows revisions before
 * figures that stood still. Within a kind, the positions of the headline
 * changes chart come first and in its order (most reported, newest), so
 * the sentences under the chart speak of its rows. A source's older rows
 * in a measure are its history and get no sentence. Sets
 * change_of_row[row] to the change's index for each position's row.
 */
static void
add_changes(const struct summary *s, const struct present_opts *o,
    const size_t *chart_rank, struct briefing *b, size_t *change_of_row)
{
	size_t n = count_positions(s);
	struct ranked_change *rank = xcalloc(n + 1, sizeof(*rank));
	const struct sum_measure *m;
	const struct sum_position *p;
	struct briefing_change ch;
	char text[1024];
	size_t i, j, k = 0;

	for (i = 0; i < s->nmeasures; i++)
		for (j = 0; j < s->measures[i].npos; j++) {
			p = &s->measures[i].pos[j];
			rank[k++] = (struct ranked_change){
			    change_class(p->change.kind), chart_rank[p->row],
			    s->events[p->event].articles,
			    s->events[p->event].day, s->rows[p->row].source,
			    i, j };
		}
	qsort(rank, n, sizeof(*rank), ranked_change_cmp);
	for (k = 0; k < n; k++) {
		m = &s->measures[rank[k].measure];
		p = &m->pos[rank[k].pos];
		ch.source = (char *)s->rows[p->row].source;
		ch.text = change_sentence(s, o, m, p, text, sizeof(text));
		ch.previous = p->change.prev != NO_INDEX ?
		    s->events[p->change.prev].value : NAN;
		ch.current = p->change.cur != NO_INDEX ?
		    s->events[p->change.cur].value : NAN;
		briefing_add_change(b, &ch);
		change_of_row[p->row] = b->nchanges - 1;
	}
	free(rank);
}

/* Is the position only a bound ("at least", "up to", "thousands")? A
 * figure that fits one is compatible with it, never in agreement. */
static int
is_bound(const struct summary *s, const struct sum_position *p)
{
	return event_is_bound(s, p->event);
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

/* "below" or "above": which side of the median outlier p lies. */
static const char *
position_far_side(const struct sum_measure *m, const struct sum_position *p)
{
	double v = !isnan(p->value) ? p->value : !isnan(p->high) ? p->high :
	    p->low;

	return v < m->median ? "below" : "above";
}

/* Positions out of the range: stale ones, outliers and projections. */
static void
add_apart_findings(const struct summary *s, const struct sum_measure *m,
    struct briefing *b)
{
	const struct sum_position *p;
	char a[256], text[512], day[32], med[64];
	size_t i;

	for (i = 0; i < m->npos; i++) {
		p = &m->pos[i];
		if (!s->rows[p->row].attributed)
			continue;
		position_words(s, p, a, sizeof(a));
		day_words(s->events[p->event].day, s->opts.asof, day,
		    sizeof(day));
		if (strlen(a) > 0 && a[strlen(a) - 1] == ')')
			snprintf(a + strlen(a) - 1, sizeof(a) - strlen(a) + 1,
			    ", %s)", day);
		if (p->stale)
			snprintf(text, sizeof(text), "%s is stale: said over %d "
			    "days before %s, it is left out of the range and "
			    "the spread.", a, s->opts.stale_after, b->asof);
		else if (p->outlier)
			snprintf(text, sizeof(text), "%s is an outlier: more "
			    "than %g times %s the median of the other sources' "
			    "figures (%s), it is left out of the range and the "
			    "spread; check its sentence, it may be misread.", a,
			    s->opts.outlier_factor, position_far_side(m, p),
			    median_words(m->median, med, sizeof(med)));
		else if (s->rows[p->row].modality == MODALITY_PROJECTED)
			snprintf(text, sizeof(text), "%s is a projection, "
			    "kept apart from the current figures.", a);
		else
			continue;
		add_sentence(b, text);
	}
}

static void
add_findings(const struct summary *s, const struct sum_measure *m,
    struct briefing *b)
{
	char text[512], lo[48], hi[48], n[48], noun[256];
	size_t i, shown = 0, conflicts = 0;

	measure_noun(m, noun, sizeof(noun));
	add_apart_findings(s, m, b);
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
		snprintf(text, sizeof(text), "All current figures for %s are "
		    "compatible: together they allow %s to %s.", noun,
		    *lo ? lo : "any number", *hi ? hi : "no upper bound");
		briefing_add_finding(b, text);
	} else if (conflicts > 0) {
		briefing_number((double)conflicts, lo, sizeof(lo));
		briefing_number((double)m->npairs, hi, sizeof(hi));
		snprintf(text, sizeof(text), "The sources conflict on %s: "
		    "%s of %s pairs cannot both be true.", noun, lo, hi);
		briefing_add_finding(b, text);
	}
}

static void
set_discrepancy(const struct summary *s, const struct sum_measure *m,
    struct briefing *b)
{
	char text[256], n[48];

	/* one estimate, or equal ones, are not a spread; bounds never are */
	if (m->lowest == NO_INDEX || m->pos[m->lowest].value ==
	    m->pos[m->highest].value)
		return;
	briefing_set(&b->discrepancy.lowest,
	    position_words(s, &m->pos[m->lowest], text, sizeof(text)));
	briefing_set(&b->discrepancy.highest,
	    position_words(s, &m->pos[m->highest], text, sizeof(text)));
	if (!isnan(m->ratio) && m->lowest != m->highest) {
		snprintf(text, sizeof(text), "%.1f×", m->ratio);
		briefing_set(&b->discrepancy.ratio, text);
	}
	briefing_set(&b->discrepancy.median,
	    briefing_number(m->median, n, sizeof(n)));
}

/* "1 claim", "3 articles": n and the noun, plural when n is not 1. */
static void
count_words(struct strbuf *sb, size_t n, const char *one, const char *many)
{
	char num[48];

	strbuf_addf(sb, "%s %s", briefing_number((double)n, num, sizeof(num)),
	    n == 1 ? one : many);
}

/* The period's counts, then the all-time ones, each labelled; an
 * article that names no outlet is counted apart, never as an outlet. */
static void
set_counts(const struct summary *s, struct briefing *b)
{
	const struct sum_totals *t = &s->totals;
	struct strbuf sb;
	char *text, a[48], c[48];

	b->articles = t->period_articles;
	b->outlets = t->period_named_outlets;
	b->claims = t->period_claims;
	strbuf_init(&sb, 1024);
	strbuf_addf(&sb, "%s: ", s->opts.period == PERIOD_ALL ? "All time" :
	    s->opts.period == PERIOD_DAY ? "This day" : s->opts.period ==
	    PERIOD_WEEK ? "This week" : "This month");
	count_words(&sb, t->period_claims, "claim", "claims");
	strbuf_adds(&sb, " in ");
	count_words(&sb, t->period_articles, "article", "articles");
	strbuf_adds(&sb, " from ");
	count_words(&sb, t->period_named_outlets, "outlet", "outlets");
	/* those articles are among the period's, not more of them */
	if (t->period_no_outlet > 0 && t->period_no_outlet ==
	    t->period_articles)
		strbuf_adds(&sb, t->period_articles == 1 ? " (it names no "
		    "outlet)" : " (none of them names an outlet)");
	else if (t->period_no_outlet > 0)
		strbuf_addf(&sb, " (%s of the %s name%s no outlet)",
		    briefing_number((double)t->period_no_outlet, a, sizeof(a)),
		    briefing_number((double)t->period_articles, c, sizeof(c)),
		    t->period_no_outlet == 1 ? "s" : "");
	if (s->opts.period != PERIOD_ALL) {
		strbuf_adds(&sb, ". All time: ");
		count_words(&sb, t->claims, "claim", "claims");
		strbuf_adds(&sb, ", ");
		count_words(&sb, t->articles, "article", "articles");
		strbuf_adds(&sb, ", ");
		count_words(&sb, t->named_outlets, "outlet", "outlets");
	}
	/* period all counts the dated claims: say where the rest went, or
	 * its "All time" contradicts the week's */
	if (s->opts.period == PERIOD_ALL && t->undated > 0) {
		strbuf_adds(&sb, ". Undated, so in no period: ");
		count_words(&sb, t->undated, "claim", "claims");
	}
	strbuf_adds(&sb, ".");
	text = strbuf_detach(&sb, NULL);
	briefing_set(&b->counts, text);
	free(text);
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
	const struct sum_position *p;
	size_t i, j, n = 0, cap = 0;

	*ids = NULL;
	for (i = 0; i < s->nmeasures; i++)
		for (j = 0; j < s->measures[i].npos; j++) {
			p = &s->measures[i].pos[j];
			cite_event(s, p->event, ids, &n, &cap);
			if (p->change.prev != NO_INDEX &&
			    p->change.prev != p->event)
				cite_event(s, p->change.prev, ids, &n, &cap);
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
 * The claims behind each position's figures, as present_cited() lists
 * them: its figure backs its line of the sources table and its change
 * (the figure now, or last said when silent), its figure before the
 * period only the change.
 */
static void
back_positions(const struct summary *s, const size_t *source_of_row,
    const size_t *change_of_row, struct appendix_fill *f)
{
	const struct sum_position *p;
	size_t i, j;

	for (i = 0; i < s->nmeasures; i++)
		for (j = 0; j < s->measures[i].npos; j++) {
			p = &s->measures[i].pos[j];
			back_event(s, p->event, source_of_row[p->row],
			    change_of_row[p->row], f);
			if (p->change.prev != NO_INDEX &&
			    p->change.prev != p->event)
				back_event(s, p->change.prev, BRIEFING_NONE,
				    change_of_row[p->row], f);
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
	char text[4096];
	size_t i;
	int rc;

	briefing_set(&b->title, o->title);
	briefing_set(&b->tracker, o->tracker);
	if (lead != NULL)
		briefing_set(&b->measure, measure_noun(lead, text,
		    sizeof(text)));
	set_dates(s, b);
	set_counts(s, b);
	briefing_set(&b->headline, present_headline(s, o, text, sizeof(text)));
	for (i = 0; i < s->nrows; i++)
		source_of_row[i] = change_of_row[i] = BRIEFING_NONE;
	add_sources(s, o, b, source_of_row);
	add_changes(s, o, chart_rank, b, change_of_row);
	if (lead != NULL) {
		set_discrepancy(s, lead, b);
		for (i = 0; i < s->nmeasures; i++)
			add_findings(s, &s->measures[i], b);
	}
	back_positions(s, source_of_row, change_of_row, &fill);
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
	size_t k;

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
	/* all time; an article naming no outlet is no outlet */
	snprintf(line, sizeof(line), "claimtrack · all time: %zu article%s, "
	    "%zu outlet%s", s->totals.articles, plural_s(s->totals.articles),
	    s->totals.named_outlets, plural_s(s->totals.named_outlets));
	/* the value axis: the measure's label says what is counted
	 * ("North Korean troops to be sent to Russia"), else the subject
	 * and the measure's name ("North Korean troops") */
	if (m != NULL && m->label != NULL)
		snprintf(caption, sizeof(caption), "%s",
		    present_measure_label(o, m));
	else
		snprintf(caption, sizeof(caption), "%s%s%s", o->subject ?
		    o->subject : "", o->subject && *o->subject ? " " : "",
		    m ? m->family : "");
	for (k = 0; caption[k] != '\0'; k++)
		if (caption[k] == '_')
			caption[k] = ' ';
	chartset_set_meta(cs, title, sub, line, caption);
	if (s->start != PERIOD_BEGINNING)
		chartset_set_period(cs, s->start, s->opts.asof);
	if (s->opts.period != PERIOD_ALL)
		chartset_set_window(cs, period_history_start(s->opts.period,
		    s->opts.asof), period_history_name(s->opts.period));
}

/* What the changes chart says of c: what its sentence says
 * (change_sentence()), in a word. */
static enum change_status
chart_change_status(const struct summary *s, const struct sum_shift *c)
{
	if (change_between_bounds(s, c))
		return CHART_CHANGE_REVISED;
	switch (c->kind) {
	case CHANGE_NEW:
		return s->opts.period == PERIOD_ALL ? CHART_CHANGE_LATEST :
		    CHART_CHANGE_NEW;
	case CHANGE_UP:
		return CHART_CHANGE_UP;
	case CHANGE_DOWN:
		return CHART_CHANGE_DOWN;
	case CHANGE_SILENT:
		return CHART_CHANGE_SILENT;
	case CHANGE_REVISED:
		/* a new qualifier, or a figure without a value
		 * ("thousands"): a revision, never "unchanged" */
		return isnan(c->abs) || c->abs == 0 ? CHART_CHANGE_REVISED :
		    c->abs > 0 ? CHART_CHANGE_UP : CHART_CHANGE_DOWN;
	default:
		return CHART_CHANGE_UNCHANGED;
	}
}

/* Event e's figure and qualifier for the changes chart (NAN and exact
 * when there is none). */
static double
shift_value(const struct summary *s, size_t e, enum qualifier *q)
{
	*q = e != NO_INDEX ? s->events[e].qualifier : QUAL_EXACT;
	return e != NO_INDEX ? s->events[e].value : NAN;
}

/*
 * What a range row adds to its source in measure m's chart: the row's
 * label, but nothing when that only repeats the measure's name (the
 * chart of "injured" need not say "Gaza · injured").
 */
static char *
chart_row_words(const struct summary *s, const struct sum_measure *m,
    const struct sum_row *r, char *buf, size_t size)
{
	char fam[160];
	size_t k;

	(void)s;
	row_label(r, buf, size);
	snprintf(fam, sizeof(fam), "%s", m->family);
	for (k = 0; fam[k] != '\0'; k++)
		if (fam[k] == '_')
			fam[k] = ' ';
	if (strcmp(buf, fam) == 0)
		*buf = '\0';
	return buf;
}

/* Range row, series and change row of one attributed position. */
static void
chart_position(const struct summary *s, const struct sum_measure *m,
    size_t i, struct chartset *cs)
{
	const struct sum_position *p = &m->pos[i];
	const struct sum_row *r = &s->rows[p->row];
	const struct sum_event *e = &s->events[p->event], *pe;
	const struct sum_shift *c = &p->change;
	char name[256], label[160];
	enum qualifier qprev, qcur;
	double prev, cur;
	size_t k;

	position_name(s, m, i, name, sizeof(name));
	chartset_add_range(cs, r->source, chart_row_words(s, m, r, label,
	    sizeof(label)), e->value, e->low, e->high, e->qualifier);
	chartset_set_range_flags(cs, (p->stale ? RANGE_STALE : 0) |
	    (p->outlier ? RANGE_OUTLIER : 0) |
	    (projected_apart(s, m, p) ? RANGE_PROJECTED : 0));
	for (k = 0; k < r->npoints; k++) {
		if (r->points[k].range.best_event == NO_INDEX)
			continue;
		pe = &s->events[r->points[k].range.best_event];
		chartset_add_point(cs, name, r->points[k].day,
		    r->points[k].range.best, pe->qualifier);
	}
	prev = shift_value(s, c->prev, &qprev);
	cur = shift_value(s, c->cur, &qcur);
	chartset_add_change(cs, name, prev, cur, chart_change_status(s, c));
	chartset_set_change_quals(cs, qprev, qcur);
}

/* The ratio matrix over the positions keep[0 .. n) of m, in that order. */
static void
chart_matrix(const struct summary *s, const struct sum_measure *m,
    const size_t *keep, size_t n, struct chartset *cs)
{
	char **names = xcalloc(n + 1, sizeof(*names)), buf[256];
	double *ratios = xcalloc(n * n + 1, sizeof(*ratios));
	struct chartinterval *iv = xcalloc(n + 1, sizeof(*iv));
	size_t i, j;

	for (i = 0; i < n; i++) {
		names[i] = xstrdup(position_name(s, m, keep[i], buf,
		    sizeof(buf)));
		iv[i].low = m->pos[keep[i]].low;
		iv[i].high = m->pos[keep[i]].high;
		iv[i].qualifier = s->events[m->pos[keep[i]].event].qualifier;
	}
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			ratios[i * n + j] = m->matrix[keep[i] * m->npos + keep[j]];
	chartset_set_matrix(cs, n, (const char *const *)names, ratios);
	chartset_set_matrix_intervals(cs, iv);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(ratios);
	free(iv);
}

/*
 * The spread the range chart draws: the measure's own, between its
 * lowest and highest current estimates (analysis leaves bounds, stale
 * and projected figures out), only when there are two; order[] maps
 * range rows to positions.
 */
static void
chart_spread(const struct sum_measure *m, const size_t *order, size_t n,
    struct chartset *cs)
{
	size_t i, lo = NO_INDEX, hi = NO_INDEX;

	if (m->estimates < 2 || !isfinite(m->ratio) || m->lowest == NO_INDEX ||
	    m->highest == NO_INDEX)
		return;
	for (i = 0; i < n; i++) {
		if (order[i] == m->lowest)
			lo = i;
		if (order[i] == m->highest)
			hi = i;
	}
	if (lo != NO_INDEX && hi != NO_INDEX)
		chartset_set_spread(cs, lo, hi);
}

/* The positions the matrix compares: current ones, neither stale, nor
 * outliers, nor projected among current figures. Returns how many are left in keep. */
static size_t
matrix_positions(const struct summary *s, const struct sum_measure *m,
    const size_t *order, size_t n, size_t *keep)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (!m->pos[order[i]].stale && !m->pos[order[i]].outlier &&
		    !projected_apart(s, m, &m->pos[order[i]]))
			keep[k++] = order[i];
	return k;
}

void
present_charts(const struct summary *s, const struct present_opts *o,
    const struct sum_measure *m, struct chartset *cs)
{
	size_t i, n, k, *order, *keep;

	chart_meta(s, o, m, cs);
	cs->stale_after = s->opts.stale_after;
	cs->outlier_factor = s->opts.outlier_factor;
	if (m == NULL)
		return;
	n = chart_order(s, m, &order);
	for (i = 0; i < n; i++)
		chart_position(s, m, order[i], cs);
	chart_spread(m, order, n, cs);
	keep = xcalloc(n + 1, sizeof(*keep));
	k = matrix_positions(s, m, order, n, keep);
	chart_matrix(s, m, keep, k, cs);
	free(keep);
	free(order);
}
