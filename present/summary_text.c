/*
 * summary_text.c - summary_print_text() and number_format(): the summary
 * as tables a person reads in a terminal or a cron mail.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "date.h"
#include "numfmt.h"
#include "util.h"
#include "aggregate.h"
#include "present.h"

void
number_format(double n, char *buf, size_t size)
{
	number_grouped(n, buf, size);
	if (buf[0] == '\0' && size > 1)
		snprintf(buf, size, "-");
}

static const char *
day_str(long day, char out[DATE_LEN])
{
	if (day == DAY_NONE)
		return "undated";
	date_format(day, out);
	return out;
}

static void
print_header(FILE *f, const struct summary *s)
{
	char from[DATE_LEN], to[DATE_LEN];
	const struct sum_totals *t = &s->totals;

	date_format(s->opts.asof, to);
	fprintf(f, "period %s: %s .. %s, best = %s\n",
	    period_name(s->opts.period),
	    s->start == PERIOD_BEGINNING ? "start" : day_str(s->start, from),
	    to, best_rule_name(s->opts.best));
	fprintf(f, "in the period: %zu claim%s in %zu article%s from %zu "
	    "outlet%s (%zu without an outlet), %zu event%s\n",
	    t->period_claims, plural_s(t->period_claims), t->period_articles,
	    plural_s(t->period_articles), t->period_named_outlets,
	    plural_s(t->period_named_outlets), t->period_no_outlet,
	    t->period_events, plural_s(t->period_events));
	fprintf(f, "all time up to asof: %zu claim%s (%zu undated) in %zu "
	    "article%s from %zu outlet%s (%zu without an outlet), "
	    "%zu claim event%s\n", t->claims, plural_s(t->claims), t->undated,
	    t->articles, plural_s(t->articles), t->named_outlets,
	    plural_s(t->named_outlets), t->no_outlet, t->events,
	    plural_s(t->events));
}

static void
print_change(FILE *f, const struct sum_change *ch)
{
	char n[32];

	fprintf(f, "%s", change_kind_name(ch->kind));
	if (ch->kind != CHANGE_UP && ch->kind != CHANGE_DOWN)
		return;
	number_format(ch->abs, n, sizeof(n));
	fprintf(f, " %s%s", ch->abs > 0 ? "+" : "", n);
	if (!isnan(ch->rel))
		fprintf(f, " (%+.0f%%)", ch->rel * 100);
}

/* A figure as said: "12,000", or a vague one's bounds (">=2,000"). */
static void
figure_format(const struct sum_event *e, char *buf, size_t size)
{
	char n[24];

	if (e == NULL || !isnan(e->value) || (isnan(e->low) && isnan(e->high))) {
		number_format(e != NULL ? e->value : NAN, buf, size);
		return;
	}
	number_format(isnan(e->low) ? e->high : e->low, n, sizeof(n));
	snprintf(buf, size, "%s%s", isnan(e->low) ? "<=" : ">=", n);
}

static void
print_row(FILE *f, const struct summary *s, size_t i)
{
	const struct sum_row *r = &s->rows[i];
	size_t latest = summary_row_latest(s, i);
	const struct sum_event *e = latest != NO_INDEX ? &s->events[latest] :
	    NULL;
	char v[32], lo[32], hi[32], d[DATE_LEN];

	figure_format(e, v, sizeof(v));
	number_format(r->period.low, lo, sizeof(lo));
	number_format(r->period.high, hi, sizeof(hi));
	fprintf(f, "%-14.14s %-16.16s %-9s %-10.10s %8s %-9s %-10s"
	    " %8s %8s %4zu %4zu  ", r->source, r->quantity,
	    modality_name(r->modality), r->scope ? r->scope : "-", v,
	    e ? qualifier_name(e->qualifier) : "-",
	    e ? day_str(e->day, d) : "undated", lo, hi,
	    r->period.events, r->period.outlets);
	print_change(f, &r->change);
	fputc('\n', f);
}

static void
print_rows(FILE *f, const struct summary *s)
{
	size_t i;

	fprintf(f, "\n%-14s %-16s %-9s %-10s %8s %-9s %-10s %8s %8s %4s %4s"
	    "  %s\n", "source", "quantity", "modality", "scope", "latest",
	    "qualifier", "date", "low", "high", "evts", "outl", "change");
	for (i = 0; i < s->nrows; i++)
		print_row(f, s, i);
	fprintf(f, "(low, high, events and outlets over the period)\n");
}

/* The echoes: events of the period carried by more than one article. */
static void
print_echoes(FILE *f, const struct summary *s)
{
	const struct sum_event *e;
	size_t i, k;
	char v[32];

	for (i = 0; i < s->nevents; i++) {
		e = &s->events[i];
		if (e->articles < 2 || e->day == DAY_NONE || e->day < s->start)
			continue;
		figure_format(e, v, sizeof(v));
		fprintf(f, "echo: %s %s %s %s carried by %zu articles in %zu "
		    "outlet%s:", s->rows[e->row].source,
		    s->rows[e->row].quantity, qualifier_name(e->qualifier), v,
		    e->articles, e->outlets, plural_s(e->outlets));
		for (k = e->first; k < e->first + e->nclaims; k++)
			fprintf(f, " %s", s->articles[s->claims[k].article].doc);
		fputc('\n', f);
	}
}

static void
print_position(FILE *f, const struct summary *s, const struct sum_position *p)
{
	char v[32];

	char d[DATE_LEN];

	figure_format(&s->events[p->event], v, sizeof(v));
	fprintf(f, "%s (%s, %s %s, %s%s%s%s)", v, s->rows[p->row].source,
	    s->rows[p->row].quantity,
	    qualifier_name(s->events[p->event].qualifier),
	    day_str(s->events[p->event].day, d),
	    s->rows[p->row].modality == MODALITY_PROJECTED ? ", projected" : "",
	    p->stale ? ", stale" : "", p->outlier ? ", outlier" : "");
}

static void
print_pairs(FILE *f, const struct summary *s, const struct sum_measure *m)
{
	const struct sum_pair *pr;
	size_t i;

	for (i = 0; i < m->npairs; i++) {
		pr = &m->pairs[i];
		if (pr->compatible)
			continue;
		fprintf(f, "  conflict: ");
		print_position(f, s, &m->pos[pr->a]);
		fprintf(f, " vs ");
		print_position(f, s, &m->pos[pr->b]);
		if (!isnan(pr->rel_diff))
			fprintf(f, ": %.0f%% apart", pr->rel_diff * 100);
		fputc('\n', f);
	}
}

/* The strongest bounds: "at least ... at most ...". */
static void
print_bounds(FILE *f, const struct summary *s, const struct sum_measure *m)
{
	fprintf(f, "  bounds:");
	if (m->floor != NO_INDEX) {
		fprintf(f, " floor ");
		print_position(f, s, &m->pos[m->floor]);
	}
	if (m->ceiling != NO_INDEX) {
		fprintf(f, " ceiling ");
		print_position(f, s, &m->pos[m->ceiling]);
	}
	fputc('\n', f);
}

/* A position out of the range (stale, outlier, projected), or a counted one that
 * fits every other. */
static void
print_other(FILE *f, const struct summary *s, const struct sum_position *p)
{
	const char *what;

	if (!s->rows[p->row].attributed)
		return;
	if (p->stale)
		what = "stale, out of the range";
	else if (p->outlier)
		what = "outlier, far from the others' median, out of the range";
	else if (s->rows[p->row].modality == MODALITY_PROJECTED)
		what = "projected, out of the range";
	else if (p->compatible)
		what = "compatible with all";
	else
		return;
	fprintf(f, "  %s: ", what);
	print_position(f, s, p);
	fputc('\n', f);
}

static void
print_measure(FILE *f, const struct summary *s, const struct sum_measure *m)
{
	char a[32], b[32];
	size_t i;

	fprintf(f, "\nmeasure %s (%zu positions)", m->family, m->npos);
	if (m->label != NULL)
		fprintf(f, ": %s", m->label);
	if (m->projection_of != NULL)
		fprintf(f, " (projections of %s)", m->projection_of);
	fprintf(f, "\n  %zu estimates, %zu bounds, %zu stale, %zu outliers; %zu "
	    "stated in the period\n", m->estimates, m->bounds, m->stale,
	    m->outliers, m->fresh);
	if (m->lowest != NO_INDEX) {
		fprintf(f, "  lowest ");
		print_position(f, s, &m->pos[m->lowest]);
		fprintf(f, ", highest ");
		print_position(f, s, &m->pos[m->highest]);
		number_format(m->spread, a, sizeof(a));
		number_format(m->median, b, sizeof(b));
		fprintf(f, "\n  spread %s, median %s, ", a, b);
		if (isnan(m->ratio))
			fprintf(f, "highest / lowest undefined\n");
		else
			fprintf(f, "highest / lowest = %.1f\n", m->ratio);
	}
	if (m->floor != NO_INDEX || m->ceiling != NO_INDEX)
		print_bounds(f, s, m);
	for (i = 0; i < m->npos; i++)
		print_other(f, s, &m->pos[i]);
	if (m->consensus) {
		number_format(m->agreed.low, a, sizeof(a));
		number_format(m->agreed.high, b, sizeof(b));
		fprintf(f, "  consensus: %s .. %s\n", a, b);
	} else if (m->npairs > 0) {
		fprintf(f, "  sources conflict\n");
		print_pairs(f, s, m);
	}
}

void
summary_print_text(FILE *f, const struct summary *s)
{
	size_t i;

	print_header(f, s);
	if (s->totals.period_events == 0)
		fprintf(f, "no claims in this period\n");
	if (s->nrows == 0)
		return;
	print_rows(f, s);
	print_echoes(f, s);
	for (i = 0; i < s->nmeasures; i++)
		print_measure(f, s, &s->measures[i]);
}
