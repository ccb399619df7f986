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
}

#endif
