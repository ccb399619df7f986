/*
 * axis.c - see axis.h.
 */
#include <math.h>

#include <string.h>

#include "axis.h"
#include "textfmt.h"

/* The smallest step of 1, 2, 2.5, 5 x 10^k with span / step <= 8. */
static double
step_nice(double span)
{
	static const double mult[] = { 1, 2, 2.5, 5, 10 };
	double base = pow(10, floor(log10(span / 8)));
	size_t i;

	for (i = 0; i < sizeof(mult) / sizeof(*mult); i++)
		if (span / (mult[i] * base) <= 8)
			return mult[i] * base;
	return 10 * base;
}

static void
axis_fit_linear(struct axis *ax, double max)
{
	double step;
	size_t i;

	if (!(max > 0) || !isfinite(max))
		max = 1;
	step = step_nice(max);
	ax->lo = 0;
	ax->hi = ceil(max / step - 1e-9) * step;
	/* headroom: no mark or arrow sits on the last tick */
	if (ax->hi - max < step * 0.05)
		ax->hi += step;
	for (i = 0; i < AXIS_MAXTICKS && i * step <= ax->hi + step / 2; i++)
		ax->ticks[i] = i * step;
	ax->nticks = i;
}

static void
axis_fit_log(struct axis *ax, double min, double max)
{
	double e0 = floor(log10(min)), e1 = ceil(log10(max)), every, e;
	size_t i = 0;

	/* headroom as on a linear axis: no mark on the last tick */
	if (e1 - log10(max) < 0.05)
		e1 += 1;
	if (e1 <= e0)
		e1 = e0 + 1;
	ax->lo = pow(10, e0);
	ax->hi = pow(10, e1);
	every = ceil((e1 - e0) / (AXIS_MAXTICKS - 1));
	for (e = e0; e <= e1 && i < AXIS_MAXTICKS; e += every)
		ax->ticks[i++] = pow(10, e);
	ax->nticks = i;
}

void
axis_fit(struct axis *ax, double min, double max, double log_ratio)
{
	ax->log = false;
	ax->days = false;
	if (isfinite(min) && isfinite(max) && min > 0 &&
	    max / min > log_ratio) {
		ax->log = true;
		axis_fit_log(ax, min, max);
	} else
		axis_fit_linear(ax, max);
}

void
axis_fit_days(struct axis *ax, long first, long last)
{
	static const long steps[] = { 1, 2, 7, 14, 28, 91, 182, 364 };
	long span, step = 364 * 4, d;
	size_t i;

	if (last < first)
		last = first;
	ax->log = false;
	ax->days = true;
	ax->lo = (double)(first - 1);
	ax->hi = (double)(last + 1);
	span = last - first + 2;
	for (i = 0; i < sizeof(steps) / sizeof(*steps); i++)
		if (span / steps[i] <= 8) {
			step = steps[i];
			break;
		}
	for (i = 0, d = first; d <= last && i < AXIS_MAXTICKS; d += step)
		ax->ticks[i++] = (double)d;
	ax->nticks = i;
}

double
axis_map(const struct axis *ax, double v, double p0, double p1)
{
	double t;

	if (ax->log)
		t = v > 0 ? (log10(v) - log10(ax->lo)) /
		    (log10(ax->hi) - log10(ax->lo)) : 0;
	else
		t = (v - ax->lo) / (ax->hi - ax->lo);
	if (isnan(t) || t < 0)
		t = 0;
	if (t > 1)
		t = 1;
	return p0 + t * (p1 - p0);
}

size_t
axis_label_every(const struct axis *ax, double length_px, double char_px)
{
	char num[TEXTFMT_NUM_LEN];
	size_t i, widest = 0, len, k;
	double gap;

	if (ax->nticks < 2)
		return 1;
	for (i = 0; i < ax->nticks; i++) {
		len = strlen(textfmt_number(ax->ticks[i], num, sizeof(num)));
		widest = len > widest ? len : widest;
	}
	gap = length_px / (double)(ax->nticks - 1);
	for (k = 1; k < ax->nticks && k * gap < (widest + 2) * char_px; k++)
		;
	return k;
}
