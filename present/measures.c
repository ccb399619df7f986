/*
 * measures.c - present_measures(), present_measure_label() and
 * present_measure_stem(): which measures the briefing shows, in which
 * order, under which title, with which charts and in which folder.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "date.h"
#include "util.h"
#include "present.h"

const char *
present_measure_label(const struct present_opts *o,
    const struct sum_measure *m)
{
	if (m == NULL)
		return o->family ? o->family : o->title;
	return m->label != NULL ? m->label : m->family;
}

char *
present_measure_stem(const char *name, char *buf, size_t size)
{
	size_t n = 0;
	char c;

	for (; *name != '\0' && n + 1 < size; name++) {
		c = *name;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_' || c == '-'))
			c = '-';
		/* no leading dash (an option to a shell), no run of them */
		if (c == '-' && (n == 0 || buf[n - 1] == '-'))
			continue;
		buf[n++] = c;
	}
	while (n > 0 && buf[n - 1] == '-')
		n--;
	if (size > 0)
		buf[n] = '\0';
	if (n == 0)
		snprintf(buf, size, "measure");
	return buf;
}

/* Attributed rows of m (what its charts show), their distinct sources
 * and the articles behind their latest figures. */
static void
measure_count(const struct summary *s, const struct sum_measure *m,
    struct present_measure *v, size_t *articles)
{
	const struct sum_row *r;
	size_t i, j;
	int seen;

	*articles = 0;
	for (i = 0; i < m->npos; i++) {
		r = &s->rows[m->pos[i].row];
		if (!r->attributed)
			continue;
		v->rows++;
		*articles += s->events[m->pos[i].event].articles;
		seen = 0;
		for (j = 0; j < i && !seen; j++)
			seen = s->rows[m->pos[j].row].attributed &&
			    strcmp(s->rows[m->pos[j].row].source,
			    r->source) == 0;
		v->sources += !seen;
	}
}

/* A measure with what orders it: the headline first, then the busiest. */
struct ranked_measure {
	struct present_measure v;
	int	 lead;		/* 1 for the headline measure */
	size_t	 articles;	/* behind its rows' latest figures */
};

static int
ranked_measure_cmp(const void *a, const void *b)
{
	const struct ranked_measure *ra = a, *rb = b;

	if (ra->lead != rb->lead)
		return ra->lead ? -1 : 1;
	if (ra->v.rows != rb->v.rows)
		return ra->v.rows > rb->v.rows ? -1 : 1;
	if (ra->articles != rb->articles)
		return ra->articles > rb->articles ? -1 : 1;
	return strcmp(ra->v.m->family, rb->v.m->family);
}

/* The first source of m's attributed rows. */
static const char *
only_source(const struct summary *s, const struct sum_measure *m)
{
	size_t i;

	for (i = 0; i < m->npos; i++)
		if (s->rows[m->pos[i].row].attributed)
			return s->rows[m->pos[i].row].source;
	return "";
}

/*
 * Which charts v gets and the line said under its title: none and a
 * note without a figure; no matrix (one source has nothing to compare)
 * and a note with one source. The headline measure always gets its four
 * charts, so their files are there every night.
 */
static void
measure_charts(const struct summary *s, int lead, struct present_measure *v)
{
	char asof[DATE_LEN];

	v->kinds = CHART_ALL_KINDS;
	if (v->rows == 0) {
		if (!lead)
			v->kinds = 0;
		date_format(s->opts.asof, asof);
		snprintf(v->note, sizeof(v->note), "No source put a figure on "
		    "%s up to %s%s%s.", v->label, asof, v->m != NULL &&
		    v->m->npos > 0 ? " (its figures are unattributed)" : "",
		    lead ? "" : ", so it has no charts");
	} else if (v->sources == 1 && !lead) {
		v->kinds &= ~(1u << CHART_MATRIX);
		snprintf(v->note, sizeof(v->note), "Only %s puts a figure on "
		    "%s: with one source there is nothing to compare, so no "
		    "discrepancy matrix.", only_source(s, v->m), v->label);
	}
}

/* Give each measure but the headline a folder stem of its own. */
static void
measure_stems(struct ranked_measure *rank, size_t n)
{
	char base[PRESENT_STEM_LEN - 8];
	size_t i, j, k;
	int taken;

	for (i = 1; i < n; i++) {
		present_measure_stem(rank[i].v.m->family, base, sizeof(base));
		snprintf(rank[i].v.stem, sizeof(rank[i].v.stem), "%s", base);
		for (k = 2, taken = 1; taken; k++) {
			taken = 0;
			for (j = 1; j < i && !taken; j++)
				taken = strcmp(rank[j].v.stem,
				    rank[i].v.stem) == 0;
			if (taken)
				snprintf(rank[i].v.stem, sizeof(rank[i].v.stem),
				    "%s-%zu", base, k);
		}
	}
}

size_t
present_measures(const struct summary *s, const struct present_opts *o,
    struct present_measure **views)
{
	const struct sum_measure *lead = present_main_measure(s, o);
	struct ranked_measure *rank = xcalloc(s->nmeasures + 1, sizeof(*rank));
	size_t i, n = s->nmeasures;

	if (n == 0) {
		/* no measure at all: the headline's charts, empty */
		rank[0].v.label = present_measure_label(o, NULL);
		rank[0].lead = 1;
		n = 1;
	}
	for (i = 0; i < s->nmeasures; i++) {
		rank[i].v.m = &s->measures[i];
		rank[i].v.label = present_measure_label(o, &s->measures[i]);
		rank[i].lead = &s->measures[i] == lead;
		measure_count(s, &s->measures[i], &rank[i].v,
		    &rank[i].articles);
	}
	qsort(rank, n, sizeof(*rank), ranked_measure_cmp);
	measure_stems(rank, n);
	*views = xcalloc(n, sizeof(**views));
	for (i = 0; i < n; i++) {
		measure_charts(s, rank[i].lead, &rank[i].v);
		(*views)[i] = rank[i].v;
	}
	free(rank);
	return n;
}
