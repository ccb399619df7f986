/*
 * measure.h - the arithmetic of comparing numeric claims: the interval a
 * claim allows, whether two claims can both be true, ratios and relative
 * differences that never divide by zero, and the measure family a
 * quantity belongs to.
 *
 * A number that is absent is NAN, as in claimtrack.h; an interval bound
 * that is NAN is open (unbounded on that side).
 */
#ifndef MEASURE_H
#define MEASURE_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"

struct interval {
	double	 low;		/* NAN = no lower bound */
	double	 high;		/* NAN = no upper bound */
};

/*
 * The interval a claim allows. Stored bounds win when either is given;
 * when both are absent the qualifier decides: exact and approx are the
 * point [value, value] (an extractor that wants a tolerance band for
 * "about" stores it), at_least and more_than are [value, open), at_most,
 * up_to and less_than are (open, value], and range and vague stay open.
 */
struct interval interval_of(enum qualifier, double value, double low,
	    double high);
/* True when some number lies in both intervals (open bounds included). */
bool	interval_overlap(struct interval, struct interval);
/* Intersection of a and b into *out; false when they do not overlap. */
bool	interval_intersect(struct interval a, struct interval b,
	    struct interval *out);

/* a / b, or NAN when either is absent or b is 0: never inf. */
double	ratio_safe(double a, double b);
/*
 * |a - b| relative to the smaller magnitude (10,000 vs 12,000 -> 0.2);
 * NAN when either is absent or the smaller is 0.
 */
double	rel_diff(double a, double b);

/*
 * Length of the family prefix of a quantity name: the part before the
 * first '_' ("troops_deployed" -> "troops"), the whole name when it has
 * none. The one place that decides families; a tracker may name them
 * explicitly later.
 */
size_t	quantity_family_len(const char *quantity);

#endif
