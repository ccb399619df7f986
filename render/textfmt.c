/*
 * textfmt.c - see textfmt.h.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "lexicon.h"
#include "numfmt.h"
#include "textfmt.h"

#define MINUS	"\xe2\x88\x92"	/* U+2212 */
#define EN_DASH	"\xe2\x80\x93"	/* U+2013 */
#define TIMES	"\xc3\x97"	/* U+00D7 */
#define ELLIPSIS "\xe2\x80\xa6"	/* U+2026 */

char *
textfmt_number(double v, char *buf, size_t n)
{
	char mag[TEXTFMT_NUM_LEN];

	if (n == 0)
		return buf;
	if (isnan(v)) {
		snprintf(buf, n, "%s", EN_DASH);
		return buf;
	}
	if (isinf(v)) {
		snprintf(buf, n, "%s\xe2\x88\x9e", v < 0 ? MINUS : "");
		return buf;
	}
	number_grouped(fabs(v), mag, sizeof(mag));
	/* -0.001 rounds to "0": no minus sign before a zero */
	snprintf(buf, n, "%s%s", v < 0 && strcmp(mag, "0") != 0 ? MINUS : "",
	    mag);
	return buf;
}

char *
textfmt_ratio(double r, char *buf, size_t n)
{
	char num[TEXTFMT_NUM_LEN];

	if (isnan(r) || r <= 0)
		snprintf(buf, n, "%s", EN_DASH);
	else if (r < 9.95)
		snprintf(buf, n, "%.1f%s", r, TIMES);
	else
		snprintf(buf, n, "%s%s", textfmt_number(round(r), num,
		    sizeof(num)), TIMES);
	return buf;
}

char *
textfmt_estimate(double value, double low, double high, enum qualifier q,
    char *buf, size_t n)
{
	char a[TEXTFMT_NUM_LEN], b[TEXTFMT_NUM_LEN];

	if (q == QUAL_RANGE && !isnan(low) && !isnan(high))
		snprintf(buf, n, "%s%s%s", textfmt_number(low, a, sizeof(a)),
		    EN_DASH, textfmt_number(high, b, sizeof(b)));
	else if (isnan(value) && !isnan(low))
		snprintf(buf, n, "vague, \xe2\x89\xa5%s", textfmt_number(low, a,
		    sizeof(a)));
	else if (isnan(value))
		snprintf(buf, n, "vague");
	else
		snprintf(buf, n, "%s%s", lex_qualifier_symbol(q),
		    textfmt_number(value, a, sizeof(a)));
	return buf;
}

/* Bytes in the UTF-8 sequence starting at s, or 0 when invalid. */
static size_t
utf8_seqlen(const unsigned char *s)
{
	size_t len, i;

	if (s[0] < 0x80)
		return 1;
	else if ((s[0] & 0xe0) == 0xc0)
		len = 2;
	else if ((s[0] & 0xf0) == 0xe0)
		len = 3;
	else if ((s[0] & 0xf8) == 0xf0)
		len = 4;
	else
		return 0;
	for (i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return len;
}

/* Count the characters textfmt_truncate() would keep of s. */
static size_t
utf8_chars(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t count = 0, len;

	while (*p != '\0') {
		len = utf8_seqlen(p);
		p += len == 0 ? 1 : len;
		count++;
	}
	return count;
}

char *
textfmt_truncate(const char *s, size_t max_chars, char *buf, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t keep, kept = 0, o = 0, len;
	int cut;

	if (n == 0)
		return buf;
	cut = utf8_chars(s) > max_chars;
	keep = cut ? (max_chars > 0 ? max_chars - 1 : 0) : max_chars;
	while (*p != '\0' && kept < keep) {
		len = utf8_seqlen(p);
		if (len == 0 || *p < 0x20 || *p == 0x7f) {
			if (o + 1 >= n)
				break;
			buf[o++] = len == 0 ? '?' : ' ';
			p += 1;
		} else {
			if (o + len >= n)
				break;
			memcpy(buf + o, p, len);
			o += len;
			p += len;
		}
		kept++;
	}
	if (cut && max_chars > 0 && o + strlen(ELLIPSIS) < n) {
		memcpy(buf + o, ELLIPSIS, strlen(ELLIPSIS));
		o += strlen(ELLIPSIS);
	}
	buf[o] = '\0';
	return buf;
}

/* Rough advance of the character starting at p, in em. */
static double
char_em(const unsigned char *p)
{
	if (*p >= 0x80)
		return 0.8;
	if (strchr("MW@%&", *p) != NULL || *p == 'm' || *p == 'w')
		return 1.0;
	if (*p >= 'A' && *p <= 'Z')
		return 0.72;
	if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
		return 0.6;
	return 0.4;
}

char *
textfmt_fit(const char *s, double max_em, char *buf, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	double em = 0;
	size_t chars = 0, len;

	while (*p != '\0') {
		em += char_em(p);
		if (em > max_em)
			break;
		len = utf8_seqlen(p);
		p += len == 0 ? 1 : len;
		chars++;
	}
	if (*p == '\0')
		chars = utf8_chars(s);
	return textfmt_truncate(s, chars, buf, n);
}
