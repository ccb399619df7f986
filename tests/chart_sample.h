/*
 * chart_sample.h - chart sets the chart tests share: the sample story
 * (Ukraine ≈12,000; United States ≈10,000 planned and ≥3,000 arrived;
 * South Korea >11,000; unattributed 12,000) and degenerate ones.
 */
#ifndef CHART_SAMPLE_H
#define CHART_SAMPLE_H

#include <math.h>
#include <string.h>

#include "chart.h"
#include "date.h"

static inline long
sample_day(int month, int day)
{
	return date_days(2024, month, day);
}

static inline void
sample_meta(struct chartset *cs)
{
	chartset_set_meta(cs, "North Korean troops in Russia",
	    "week of 21–27 Oct 2024 · as of 31 Oct 2024",
	    "claimtrack · 5 articles · 4 outlets", "North Korean troops");
}

static inline void
sample_matrix(struct chartset *cs, size_t n, const char *const *names,
    const double *values)
{
	double r[16 * 16];
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			r[i * n + j] = values[i] / values[j];
	chartset_set_matrix(cs, n, names, r);
}

/* The spread present/ would set: lowest and highest of the rows with a
 * figure that is an estimate (exact, approx, range), when two or more. */
static inline void
sample_spread(struct chartset *cs)
{
	size_t i, lo = 0, hi = 0, n = 0;
	const struct rangerow *r;

	for (i = 0; i < cs->nranges; i++) {
		r = &cs->ranges[i];
		if (!isfinite(r->value) || r->value <= 0 || r->flags != 0 ||
		    (r->qualifier != QUAL_EXACT && r->qualifier != QUAL_APPROX &&
		    r->qualifier != QUAL_RANGE))
			continue;
		if (n == 0 || r->value < cs->ranges[lo].value)
			lo = i;
		if (n == 0 || r->value > cs->ranges[hi].value)
			hi = i;
		n++;
	}
	if (n >= 2)
		chartset_set_spread(cs, lo, hi);
}

static inline void
sample_fill(struct chartset *cs)
{
	static const char *const names[] = { "Ukraine", "United States",
	    "South Korea", "unattributed" };
	static const double latest[] = { 12000, 10000, 11000, 12000 };

	chartset_init(cs);
	sample_meta(cs);
	chartset_add_range(cs, "Ukraine", NULL, 12000, NAN, NAN, QUAL_APPROX);
	chartset_add_range(cs, "United States", "planned", 10000, NAN, NAN,
	    QUAL_APPROX);
	chartset_add_range(cs, "United States", "arrived", 3000, 3000, NAN,
	    QUAL_AT_LEAST);
	chartset_add_range(cs, "South Korea", NULL, 11000, 11000, NAN,
	    QUAL_MORE_THAN);
	chartset_add_range(cs, "unattributed", NULL, 12000, NAN, NAN,
	    QUAL_EXACT);
	sample_spread(cs);
	chartset_add_point(cs, "South Korea", sample_day(10, 18), 1500,
	    QUAL_APPROX);
	chartset_add_point(cs, "South Korea", sample_day(10, 23), 3000,
	    QUAL_EXACT);
	chartset_add_point(cs, "South Korea", sample_day(10, 28), 11000,
	    QUAL_MORE_THAN);
	chartset_add_point(cs, "United States", sample_day(10, 23), 3000,
	    QUAL_AT_LEAST);
	chartset_add_point(cs, "United States", sample_day(10, 28), 10000,
	    QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", sample_day(10, 14), 10000,
	    QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", sample_day(10, 25), 12000,
	    QUAL_APPROX);
	chartset_add_point(cs, "unattributed", sample_day(10, 25), 12000,
	    QUAL_EXACT);
	chartset_set_period(cs, sample_day(10, 21), sample_day(10, 27));
	sample_matrix(cs, 4, names, latest);
	chartset_add_change(cs, "Ukraine", 10000, 12000, CHART_CHANGE_UP);
	chartset_add_change(cs, "United States", 3000, 10000, CHART_CHANGE_UP);
	chartset_add_change(cs, "South Korea", NAN, 11000, CHART_CHANGE_NEW);
	chartset_add_change(cs, "unattributed", 12000, 12000,
	    CHART_CHANGE_UNCHANGED);
	chartset_add_change(cs, "NATO", 3000, NAN, CHART_CHANGE_SILENT);
}

/*
 * The charts of the sample corpus as the nightly run fills them: sources
 * with several rows named "United States (planned (projection))", a vague
 * figure with a floor that is new this period.
 */
static inline void
sample_positions(struct chartset *cs)
{
	static const char *const names[] = { "United States (arrived)",
	    "Ukraine (deployed)", "United States (deployed)",
	    "United States (planned (projection))", "Ukraine (training)" };
	static const char *const labels[] = { "arrived", "deployed",
	    "deployed", "planned (projection)", "training" };
	static const double latest[] = { 3000, 12000, NAN, 10000, 12000 };
	static const enum qualifier quals[] = { QUAL_AT_LEAST, QUAL_APPROX,
	    QUAL_VAGUE, QUAL_APPROX, QUAL_APPROX };
	static const int days[] = { 25, 25, 25, 28, 25 };
	double r[25];
	size_t i, j;

	chartset_init(cs);
	sample_meta(cs);
	for (i = 0; i < 5; i++) {
		const char *src = strncmp(names[i], "Ukraine", 7) == 0 ?
		    "Ukraine" : "United States";

		chartset_add_range(cs, src, labels[i], latest[i],
		    i == 2 ? 2000 : latest[i] * 0.95, NAN, quals[i]);
		if (!isnan(latest[i]))
			chartset_add_point(cs, names[i], sample_day(10, days[i]),
			    latest[i], quals[i]);
		chartset_add_change(cs, names[i], NAN, latest[i],
		    CHART_CHANGE_NEW);
		for (j = 0; j < 5; j++)
			r[i * 5 + j] = latest[i] / latest[j];
	}
	chartset_set_period(cs, sample_day(10, 25), sample_day(10, 31));
	chartset_set_matrix(cs, 5, names, r);
}

/* Every chart holds the same single source with the given value(s). */
static inline void
sample_sources(struct chartset *cs, size_t n, const char *const *names,
    const double *values)
{
	size_t i;

	chartset_init(cs);
	sample_meta(cs);
	for (i = 0; i < n; i++) {
		chartset_add_range(cs, names[i], NULL, values[i], NAN, NAN,
		    QUAL_APPROX);
		chartset_add_point(cs, names[i], sample_day(10, 20 + (int)i),
		    values[i], QUAL_APPROX);
		chartset_add_change(cs, names[i], values[i] / 2, values[i],
		    CHART_CHANGE_UP);
	}
	chartset_set_period(cs, sample_day(10, 21), sample_day(10, 27));
	sample_matrix(cs, n, names, values);
	sample_spread(cs);
}

/* First day of the 13 weeks a weekly briefing as of 31 Oct 2024 shows. */
static inline long
sample_window_start(void)
{
	return sample_day(10, 31) - 90;
}

/*
 * The timeline of a weekly briefing as of 31 Oct 2024 that shows the last
 * 13 weeks (from 2 Aug): Ukraine said 40,000 on 3 Jul and 4,000 on 23 Jul,
 * both before the window, then 10,000 on 22 Aug and 12,000 on 11 Sep; the
 * United States said 8,000 on 1 Sep and 9,000 on 21 Sep.
 */
static inline void
sample_window(struct chartset *cs)
{
	long ws = sample_window_start();

	chartset_init(cs);
	sample_meta(cs);
	chartset_add_point(cs, "Ukraine", ws - 30, 40000, QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", ws - 10, 4000, QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", ws + 20, 10000, QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", ws + 40, 12000, QUAL_APPROX);
	chartset_add_point(cs, "United States", ws + 30, 8000, QUAL_EXACT);
	chartset_add_point(cs, "United States", ws + 50, 9000, QUAL_EXACT);
	chartset_set_period(cs, sample_day(10, 25), sample_day(10, 31));
	chartset_set_window(cs, ws, "last 13 weeks");
}

/*
 * Three figures of Ukraine's on 23 Oct, added 3,000, 9,000 then 6,000
 * (the day's figure is the last), between 6,000 on 20 and 26 Oct; NATO
 * at 10,000 on 20 and 26 Oct.
 */
static inline void
sample_same_day(struct chartset *cs)
{
	static const double day23[] = { 3000, 9000, 6000 };
	size_t i;

	chartset_init(cs);
	sample_meta(cs);
	chartset_add_point(cs, "Ukraine", sample_day(10, 20), 6000,
	    QUAL_APPROX);
	for (i = 0; i < 3; i++)
		chartset_add_point(cs, "Ukraine", sample_day(10, 23), day23[i],
		    QUAL_APPROX);
	chartset_add_point(cs, "Ukraine", sample_day(10, 26), 6000,
	    QUAL_APPROX);
	chartset_add_point(cs, "NATO", sample_day(10, 20), 10000, QUAL_EXACT);
	chartset_add_point(cs, "NATO", sample_day(10, 26), 10000, QUAL_EXACT);
	chartset_set_period(cs, sample_day(10, 21), sample_day(10, 27));
}

#endif
