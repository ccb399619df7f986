/*
 * numfmt.c - see numfmt.h.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numfmt.h"

/* Copy the digit string in, a comma every three digits from the right. */
static void
digits_group(const char *in, size_t len, char *out, size_t size)
{
	size_t i, o = 0;

	for (i = 0; i < len && o + 2 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = in[i];
	}
	out[o] = '\0';
}

char *
number_grouped(double v, char *buf, size_t size)
{
	char raw[64], *dot;
	size_t len, o;
	int decimals;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (isnan(v) || isinf(v) || fabs(v) >= 1e18)
		return buf;
	decimals = fabs(v) < 999.5 ? 2 : 0;	/* 12,000 but 2.5 and 0.25 */
	/* round half away from zero, as people do: 1,234.5 -> 1,235 */
	snprintf(raw, sizeof(raw), "%.*f", decimals, decimals ? fabs(v) :
	    round(fabs(v)));
	len = strlen(raw);
	while (decimals > 0 && raw[len - 1] == '0')	/* "2.50" -> "2.5" */
		raw[--len] = '\0';
	if (raw[len - 1] == '.')			/* "3." -> "3" */
		raw[--len] = '\0';
	o = v < 0 && strcmp(raw, "0") != 0 && size > 1;
	if (o)
		buf[0] = '-';
	dot = strchr(raw, '.');
	digits_group(raw, dot ? (size_t)(dot - raw) : len, buf + o, size - o);
	if (dot != NULL) {
		len = strlen(buf);
		snprintf(buf + len, size - len, "%s", dot);
	}
	return buf;
}
