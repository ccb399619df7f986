/*
 * briefing.c - see briefing.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "lexicon.h"
#include "util.h"
#include "numfmt.h"
#include "briefing.h"

static const char *const chart_names[BRIEFING_CHART_COUNT] = {
	[BRIEFING_CHART_RANGE] = "range",
	[BRIEFING_CHART_TIMELINE] = "timeline",
	[BRIEFING_CHART_MATRIX] = "matrix",
	[BRIEFING_CHART_CHANGES] = "changes",
};

static const char *const chart_titles[BRIEFING_CHART_COUNT] = {
	[BRIEFING_CHART_RANGE] = "Range of estimates by source",
	[BRIEFING_CHART_TIMELINE] = "Claims over time",
	[BRIEFING_CHART_MATRIX] = "Discrepancy between sources",
	[BRIEFING_CHART_CHANGES] = "Change since the previous period",
};

void
briefing_init(struct briefing *b)
{
	memset(b, 0, sizeof(*b));
	b->version = xstrdup(CLAIMTRACK_VERSION);
}

static void
source_release(struct briefing_source *s)
{
	free(s->source);
	free(s->label);
}

static void
claim_row_release(struct briefing_claim *c)
{
	free(c->source);
	free(c->quantity);
	free(c->sentence);
	free(c->outlet);
	free(c->doc);
	free(c->url);
}

static void
discrepancy_release(struct briefing_discrepancy *d)
{
	free(d->lowest);
	free(d->highest);
	free(d->ratio);
	free(d->median);
}

static void
rows_release(struct briefing *b)
{
	size_t i;

	for (i = 0; i < b->nsources; i++)
		source_release(&b->sources[i]);
	for (i = 0; i < b->nchanges; i++) {
		free(b->changes[i].source);
		free(b->changes[i].text);
	}
	for (i = 0; i < b->nfindings; i++)
		free(b->findings[i]);
	for (i = 0; i < b->nappendix; i++)
		claim_row_release(&b->appendix[i]);
	free(b->sources);
	free(b->changes);
	free(b->findings);
	free(b->appendix);
}

void
briefing_release(struct briefing *b)
{
	size_t i;
	int k;

	free(b->title);
	free(b->tracker);
	free(b->measure);
	free(b->counts);
	free(b->period);
	free(b->generated);
	free(b->version);
	free(b->headline);
	rows_release(b);
	discrepancy_release(&b->discrepancy);
	for (i = 0; i < b->nsections; i++) {
		free(b->sections[i].label);
		free(b->sections[i].note);
		for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
			free(b->sections[i].charts[k].svg_path);
			free(b->sections[i].charts[k].png_link);
		}
	}
	free(b->sections);
	memset(b, 0, sizeof(*b));
}

void
briefing_set(char **field, const char *s)
{
	char *copy = xstrdup_or_null(s);

	free(*field);
	*field = copy;
}

void
briefing_set_date(char field[DATE_LEN], const char *s)
{
	snprintf(field, DATE_LEN, "%s", s ? s : "");
}

/* Make room for one more element of size bytes in *v. */
static void *
rows_grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 8;
	return xreallocarray(v, *cap, size);
}

struct briefing_source *
briefing_add_source(struct briefing *b, const struct briefing_source *src)
{
	struct briefing_source *s;

	b->sources = rows_grow(b->sources, b->nsources, &b->capsources,
	    sizeof(*b->sources));
	s = &b->sources[b->nsources++];
	*s = *src;
	s->source = xstrdup(src->source ? src->source : "unattributed");
	s->label = xstrdup_or_null(src->label);
	return s;
}

struct briefing_change *
briefing_add_change(struct briefing *b, const struct briefing_change *src)
{
	struct briefing_change *c;

	b->changes = rows_grow(b->changes, b->nchanges, &b->capchanges,
	    sizeof(*b->changes));
	c = &b->changes[b->nchanges++];
	*c = *src;
	c->source = xstrdup_or_null(src->source);
	c->text = xstrdup(src->text ? src->text : "");
	return c;
}

void
briefing_add_finding(struct briefing *b, const char *sentence)
{
	b->findings = rows_grow(b->findings, b->nfindings, &b->capfindings,
	    sizeof(*b->findings));
	b->findings[b->nfindings++] = xstrdup(sentence);
}

struct briefing_section *
briefing_add_section(struct briefing *b, const char *label, const char *note,
    const char *dir, unsigned kinds)
{
	struct briefing_section *sec;
	char link[4096];
	int k;

	b->sections = rows_grow(b->sections, b->nsections, &b->capsections,
	    sizeof(*b->sections));
	sec = &b->sections[b->nsections++];
	memset(sec, 0, sizeof(*sec));
	sec->label = xstrdup_or_null(label);
	sec->note = xstrdup_or_null(note);
	sec->kinds = kinds;
	for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
		if (!(kinds & 1u << k))
			continue;
		snprintf(link, sizeof(link), "%s/%s.png", dir, chart_names[k]);
		sec->charts[k].png_link = xstrdup(link);
	}
	return sec;
}

struct briefing_claim *
briefing_add_claim(struct briefing *b, const struct briefing_claim *src)
{
	struct briefing_claim *c;

	b->appendix = rows_grow(b->appendix, b->nappendix, &b->capappendix,
	    sizeof(*b->appendix));
	c = &b->appendix[b->nappendix++];
	*c = *src;
	c->source = xstrdup(src->source ? src->source : "unattributed");
	c->quantity = xstrdup_or_null(src->quantity);
	c->sentence = xstrdup(src->sentence ? src->sentence : "");
	c->outlet = xstrdup_or_null(src->outlet);
	c->doc = xstrdup_or_null(src->doc);
	c->url = xstrdup_or_null(src->url);
	return c;
}

void
briefing_source_init(struct briefing_source *s)
{
	memset(s, 0, sizeof(*s));
	s->value = s->low = s->high = NAN;
}

void
briefing_claim_init(struct briefing_claim *c)
{
	memset(c, 0, sizeof(*c));
	c->value = c->low = c->high = NAN;
	c->backs_source = c->backs_change = BRIEFING_NONE;
}

const char *
briefing_chart_name(enum briefing_chart_kind k)
{
	return (unsigned)k < BRIEFING_CHART_COUNT ? chart_names[k] : "chart";
}

const char *
briefing_chart_title(enum briefing_chart_kind k)
{
	return (unsigned)k < BRIEFING_CHART_COUNT ? chart_titles[k] : "Chart";
}

char *
briefing_number(double x, char *buf, size_t size)
{
	return number_grouped(x, buf, size);
}

char *
briefing_estimate(enum qualifier q, double value, double low, double high,
    char *buf, size_t size)
{
	char a[48], b[48];
	const char *sym = lex_qualifier_symbol(q);

	if (q == QUAL_RANGE && !isnan(low) && !isnan(high)) {
		snprintf(buf, size, "%s–%s", briefing_number(low, a, sizeof(a)),
		    briefing_number(high, b, sizeof(b)));
		return buf;
	}
	/* "~ 2,000" would read as "about 2,000": a vague figure ("thousands")
	 * is only known to be at least its floor */
	if (q == QUAL_VAGUE && isnan(value) && !isnan(low)) {
		snprintf(buf, size, "vague, ≥ %s", briefing_number(low, a,
		    sizeof(a)));
		return buf;
	}
	if (isnan(value))
		value = !isnan(low) ? low : high;
	if (isnan(value))
		snprintf(buf, size, "%s", q == QUAL_VAGUE ? "vague" : "–");
	else
		snprintf(buf, size, "%s%s%s", sym, *sym ? " " : "",
		    briefing_number(value, a, sizeof(a)));
	return buf;
}

char *
briefing_interval(double low, double high, char *buf, size_t size)
{
	char a[48], b[48];

	if (isnan(low) && isnan(high))
		snprintf(buf, size, "%s", "");
	else if (isnan(high))
		snprintf(buf, size, "[%s, open)",
		    briefing_number(low, a, sizeof(a)));
	else if (isnan(low))
		snprintf(buf, size, "(open, %s]",
		    briefing_number(high, b, sizeof(b)));
	else
		snprintf(buf, size, "[%s, %s]", briefing_number(low, a,
		    sizeof(a)), briefing_number(high, b, sizeof(b)));
	return buf;
}

char *
briefing_period_words(const struct briefing *b, char *buf, size_t n)
{
	const char *end = *b->period_end ? b->period_end : "end unknown";

	if (*b->period_start == '\0')
		snprintf(buf, n, "all claims up to %s", end);
	else
		snprintf(buf, n, "%s, %s to %s", b->period ? b->period : "all",
		    b->period_start, end);
	return buf;
}

const char *
briefing_chart_title_of(const struct briefing *b, enum briefing_chart_kind k)
{
	if (k == BRIEFING_CHART_CHANGES && *b->period_start == '\0')
		return "Latest figures (period all: no previous period)";
	return briefing_chart_title(k);
}
