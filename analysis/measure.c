/*
 * measure.c - see measure.h.
 */
#include <math.h>
#include <string.h>

#include "measure.h"

struct interval
interval_of(enum qualifier q, double value, double low, double high)
{
	struct interval iv = { NAN, NAN };

	if (!isnan(low) || !isnan(high)) {
		iv.low = low;
		iv.high = high;
		return iv;
	}
	switch (q) {
	case QUAL_EXACT:
	case QUAL_APPROX:
		iv.low = iv.high = value;
		break;
	case QUAL_AT_LEAST:
	case QUAL_MORE_THAN:
		iv.low = value;
		break;
	case QUAL_AT_MOST:
	case QUAL_UP_TO:
	case QUAL_LESS_THAN:
		iv.high = value;
		break;
	default:
		break;
	}
	return iv;
}

bool
interval_intersect(struct interval a, struct interval b, struct interval *out)
{
	struct interval r;

	r.low = isnan(a.low) ? b.low : isnan(b.low) ? a.low : fmax(a.low, b.low);
	r.high = isnan(a.high) ? b.high :
	    isnan(b.high) ? a.high : fmin(a.high, b.high);
	if (out != NULL)
		*out = r;
	return isnan(r.low) || isnan(r.high) || r.low <= r.high;
}

bool
interval_overlap(struct interval a, struct interval b)
{
	return interval_intersect(a, b, NULL);
}

double
ratio_safe(double a, double b)
{
	if (isnan(a) || isnan(b) || b == 0)
		return NAN;
	return a / b;
}

double
rel_diff(double a, double b)
{
	double lo;

	if (isnan(a) || isnan(b))
		return NAN;
	lo = fmin(fabs(a), fabs(b));
	if (lo == 0)
		return NAN;
	return fabs(a - b) / lo;
}

size_t
quantity_family_len(const char *quantity)
{
	const char *us = strchr(quantity, '_');

	return us != NULL && us != quantity ? (size_t)(us - quantity) :
	    strlen(quantity);
}
