/*
 * jsonline.c - see jsonline.h. The rules follow jansson 2.x's dump.c
 * (dump_string, jsonp_dtostr) and utf.c (utf8_check_*).
 */
#include <glib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "jsonline.h"

void
jline_put(struct jline *l, const char *s, size_t n)
{
	if (l->n + n > l->cap) {
		l->cap = l->cap ? l->cap : 256;
		while (l->n + n > l->cap)
			l->cap *= 2;
		l->p = xrealloc(l->p, l->cap);
	}
	memcpy(l->p + l->n, s, n);
	l->n += n;
}

void
jline_free(struct jline *l)
{
	free(l->p);
	l->p = NULL;
	l->n = l->cap = 0;
}

int
jline_utf8_valid(const char *s)
{
	return g_utf8_validate(s, -1, NULL);	/* RFC 3629, as jansson */
}

/* The escape of byte c (< 0x20, '"' or '\\') into out; its length. */
static size_t
escape_of(unsigned char c, char out[8])
{
	static const char hex[] = "0123456789ABCDEF";

	out[0] = '\\';
	switch (c) {
	case '"': out[1] = '"'; return 2;
	case '\\': out[1] = '\\'; return 2;
	case '\b': out[1] = 'b'; return 2;
	case '\f': out[1] = 'f'; return 2;
	case '\n': out[1] = 'n'; return 2;
	case '\r': out[1] = 'r'; return 2;
	case '\t': out[1] = 't'; return 2;
	}
	memcpy(out + 1, "u00", 3);
	out[4] = hex[c >> 4];
	out[5] = hex[c & 15];
	return 6;
}

int
jline_string(struct jline *l, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run;
	char esc[8];

	if (!jline_utf8_valid(s))
		return -1;
	jline_put(l, "\"", 1);
	for (run = p; *p; p++) {
		if (*p >= 0x20 && *p != '"' && *p != '\\')
			continue;	/* bytes >= 0x80 pass as they are */
		jline_put(l, (const char *)run, (size_t)(p - run));
		jline_put(l, esc, escape_of(*p, esc));
		run = p + 1;
	}
	jline_put(l, (const char *)run, (size_t)(p - run));
	jline_put(l, "\"", 1);
	return 0;
}

void
jline_integer(struct jline *l, long long i)
{
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "%lld", i);

	jline_put(l, buf, (size_t)n);
}

int
jline_real(struct jline *l, double d, int precision)
{
	char buf[128], *e, *start, *end, dp;
	size_t len;
	int n;

	if (isnan(d) || isinf(d))
		return -1;
	n = snprintf(buf, sizeof(buf) - 3, "%.*g", precision, d);
	if (n < 0 || (size_t)n >= sizeof(buf) - 3)
		return -1;
	len = (size_t)n;
	/* jansson writes '.' whatever the locale's decimal point */
	dp = *localeconv()->decimal_point;
	if (dp != '.' && (e = strchr(buf, dp)) != NULL)
		*e = '.';
	if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL) {
		memcpy(buf + len, ".0", 3);
		len += 2;
	}
	if ((start = strchr(buf, 'e')) != NULL) {
		start++;
		end = start + 1;
		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start) {
			memmove(start, end, len - (size_t)(end - buf) + 1);
			len -= (size_t)(end - start);
		}
	}
	jline_put(l, buf, len);
	return 0;
}
