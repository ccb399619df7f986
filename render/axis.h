/*
 * axis.h - value axes with "nice" ticks and the mapping from data to
 * canvas coordinates, shared by the cairo and gnuplot renderers so both
 * draw the same scale.
 */
#ifndef AXIS_H
#define AXIS_H

#include <stdbool.h>
#include <stddef.h>

#define AXIS_MAXTICKS 16

struct axis {
	double	 lo, hi;		/* data range shown, lo < hi */
	bool	 log;			/* log10 scale (lo > 0) */
	bool	 days;			/* values are day numbers (date.h) */
	double	 ticks[AXIS_MAXTICKS];	/* tick values, ascending */
	size_t	 nticks;		/* used ticks */
};

/*
 * Fit a value axis to the finite values in [min, max]: linear from 0 to a
 * nice ceiling with 4 to 8 ticks (1, 2, 2.5 or 5 times a power of ten),
 * or log10 between whole powers of ten when max / min exceeds log_ratio
 * (min > 0). No finite positive value gives [0, 1]; all values equal
 * never give a zero-width axis.
 */
void	axis_fit(struct axis *, double min, double max, double log_ratio);

/*
 * Fit a date axis to day numbers first..last, padded by a day on each
 * side, with ticks every 1, 2, 7, 14, 28, 91 or 182 days (at most 8).
 */
void	axis_fit_days(struct axis *, long first, long last);

/*
 * Map v to the canvas coordinate between p0 (at lo) and p1 (at hi);
 * values outside the range are clamped to it; on a log axis a value not
 * above zero maps to p0.
 */
double	axis_map(const struct axis *, double v, double p0, double p1);

/*
 * Label every k-th tick (k returned, >= 1) so tick labels of char_px per
 * character, as textfmt_number() writes them, do not touch along an axis
 * length_px long.
 */
size_t	axis_label_every(const struct axis *, double length_px,
	    double char_px);

#endif
