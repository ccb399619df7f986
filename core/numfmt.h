/*
 * numfmt.h - numbers as readers of a briefing expect them, whatever the
 * locale: thousands separated by commas ("12,000"), from 1,000 up whole
 * numbers only (12,000.4 is "12,000"), below that at most two decimals,
 * trailing zeros dropped: "2.5", "0.25", "10.1".
 */
#ifndef NUMFMT_H
#define NUMFMT_H

#include <stddef.h>

/*
 * Write v into buf (at most size bytes, NUL-terminated) and return buf.
 * A minus sign is ASCII '-'; NAN and infinities give "". Callers that
 * want another sign or a placeholder put it around this.
 */
char	*number_grouped(double v, char *buf, size_t size);

#endif
