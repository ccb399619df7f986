/*
 * jsonrec.c - see jsonrec.h.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "jsonrec.h"

/* Where the reader is in a line; end is one past its last byte. */
struct jcur {
	const char	*p, *end;
	struct jsonrec	*r;
};

/* Bytes that end the plain run of a string: '"', '\\', controls. */
static const unsigned char str_stop[256] = {
	[0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1,
	[0x05] = 1, [0x06] = 1, [0x07] = 1, [0x08] = 1, [0x09] = 1,
	[0x0A] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1,
	[0x0F] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1,
	[0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1, [0x18] = 1,
	[0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
	[0x1E] = 1, [0x1F] = 1, ['"'] = 1, ['\\'] = 1,
};

void
jsonrec_init(struct jsonrec *r, const char *const *keys, size_t nkeys)
{
	memset(r, 0, sizeof(*r));
	r->keys = keys;
	r->nkeys = nkeys < JSONREC_MAX_KEYS ? nkeys : JSONREC_MAX_KEYS;
}

void
jsonrec_release(struct jsonrec *r)
{
	if (r == NULL)
		return;
	free(r->scratch);
	r->scratch = NULL;
	r->cap = r->used = 0;
}

static void
skip_ws(struct jcur *c)
{
	while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' ||
	    *c->p == '\n' || *c->p == '\r'))
		c->p++;
}

/* The end of the plain run of string bytes from p: eight bytes at a
 * time while none of them is a control, '"' or '\\' (an article's text
 * is long runs of them), then one by one. */
static const char *
plain_run(const char *p, const char *end)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t w, q, b;

	while (end - p >= 8) {
		memcpy(&w, p, 8);
		q = w ^ ('"' * ones);		/* a zero byte where '"' is */
		b = w ^ ('\\' * ones);
		if ((((w - 0x20 * ones) & ~w) | ((q - ones) & ~q) |
		    ((b - ones) & ~b)) & highs)
			break;
		p += 8;
	}
	while (p < end && !str_stop[(unsigned char)*p])
		p++;
	return p;
}

/* Four hex digits at p as a number, or -1. */
static long
hex4(const char *p)
{
	long v = 0;
	int i, d;

	for (i = 0; i < 4; i++) {
		if (p[i] >= '0' && p[i] <= '9')
			d = p[i] - '0';
		else if ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'f')
			d = (p[i] | 0x20) - 'a' + 10;
		else
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* The code point of the \u escape at c->p (just past the 'u'), with
 * its low surrogate; 0 when jansson would refuse it (\u0000, a lone
 * surrogate, bad hex). */
static uint32_t
unicode_escape(struct jcur *c)
{
	long hi, lo;

	if (c->end - c->p < 4 || (hi = hex4(c->p)) <= 0)
		return 0;
	c->p += 4;
	if (hi >= 0xDC00 && hi <= 0xDFFF)
		return 0;
	if (hi < 0xD800 || hi > 0xDBFF)
		return (uint32_t)hi;
	if (c->end - c->p < 6 || c->p[0] != '\\' || c->p[1] != 'u' ||
	    (lo = hex4(c->p + 2)) < 0xDC00 || lo > 0xDFFF)
		return 0;
	c->p += 6;
	return 0x10000 + (((uint32_t)hi - 0xD800) << 10) +
	    ((uint32_t)lo - 0xDC00);
}

static size_t
utf8_put(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* One escape at c->p (just past the backslash) decoded at o; its
 * length, or 0 when it is no escape jansson takes. */
static size_t
escape_put(struct jcur *c, char *o)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *k;
	uint32_t cp;

	if (c->p >= c->end)
		return 0;
	if (*c->p == 'u') {
		c->p++;
		if ((cp = unicode_escape(c)) == 0)
			return 0;
		return utf8_put(o, cp);
	}
	if ((k = memchr(from, *c->p, sizeof(from) - 1)) == NULL)
		return 0;
	c->p++;
	*o = to[k - from];
	return 1;
}

/* Room for every decoded string of a line: at most the line itself. */
static char *
scratch_for(struct jsonrec *r, size_t line_len)
{
	if (r->cap < line_len + 1) {
		free(r->scratch);
		r->cap = line_len + 1;
		r->scratch = xmalloc(r->cap);
	}
	return r->scratch + r->used;
}

/*
 * The string at c->p (just past its opening quote) into *s and *len:
 * in place when it has no escape, else decoded into the scratch (when
 * r is NULL, only read). False when jansson would refuse or read it
 * otherwise.
 */
static bool
string_read(struct jcur *c, struct jsonrec *r, size_t line_len,
    const char **s, size_t *len)
{
	const char *start = c->p, *q = plain_run(c->p, c->end);
	char *o = NULL, *o0 = NULL;
	size_t k;

	if (q < c->end && *q == '"') {	/* the common case: no escape */
		*s = start;
		*len = (size_t)(q - start);
		c->p = q + 1;
		return true;
	}
	if (r != NULL) {
		o0 = o = scratch_for(r, line_len);
		memcpy(o, start, (size_t)(q - start));
		o += q - start;
	}
	for (c->p = q; c->p < c->end; ) {
		if (*c->p == '"')
			break;
		if (*c->p != '\\')
			return false;	/* a control byte */
		c->p++;
		if ((k = escape_put(c, o != NULL ? o : (char[4]){ 0 })) == 0)
			return false;
		if (o != NULL)
			o += k;
		q = plain_run(c->p, c->end);
		if (o != NULL) {
			memcpy(o, c->p, (size_t)(q - c->p));
			o += q - c->p;
		}
		c->p = q;
	}
	if (c->p >= c->end)
		return false;
	c->p++;
	if (r != NULL) {
		*s = o0;
		*len = (size_t)(o - o0);
		r->used += *len;
	}
	return true;
}

/* A number jansson reads as one: no exponent, at most 18 digits. */
static bool
number_skip(struct jcur *c)
{
	const char *p = c->p;
	size_t digits = 0;

	if (p < c->end && *p == '-')
		p++;
	if (p >= c->end || *p < '0' || *p > '9')
		return false;
	if (*p == '0')
		p++, digits++;
	else
		for (; p < c->end && *p >= '0' && *p <= '9'; p++)
			digits++;
	if (p < c->end && *p == '.') {
		p++;
		if (p >= c->end || *p < '0' || *p > '9')
			return false;
		for (; p < c->end && *p >= '0' && *p <= '9'; p++)
			digits++;
	}
	if (digits > 18 || (p < c->end && (*p == 'e' || *p == 'E')))
		return false;
	c->p = p;
	return true;
}

static bool	value_skip(struct jcur *, size_t line_len, int depth);

/* The members or elements of an object or array after its opening. */
static bool
container_skip(struct jcur *c, size_t line_len, int depth, char close)
{
	const char *s;
	size_t n;

	skip_ws(c);
	if (c->p < c->end && *c->p == close) {
		c->p++;
		return true;
	}
	for (;;) {
		if (close == '}') {
			if (c->p >= c->end || *c->p != '"')
				return false;
			c->p++;
			if (!string_read(c, NULL, line_len, &s, &n))
				return false;
			skip_ws(c);
			if (c->p >= c->end || *c->p != ':')
				return false;
			c->p++;
		}
		if (!value_skip(c, line_len, depth + 1))
			return false;
		skip_ws(c);
		if (c->p < c->end && *c->p == ',') {
			c->p++;
			skip_ws(c);
			continue;
		}
		if (c->p < c->end && *c->p == close) {
			c->p++;
			return true;
		}
		return false;
	}
}

static bool
literal_skip(struct jcur *c, const char *w, size_t n)
{
	if ((size_t)(c->end - c->p) < n || memcmp(c->p, w, n) != 0)
		return false;
	c->p += n;
	return true;
}

/* A value no one asked for, read over; at c->p, white space skipped. */
static bool
value_skip(struct jcur *c, size_t line_len, int depth)
{
	const char *s;
	size_t n;

	skip_ws(c);
	if (c->p >= c->end || depth > JSONREC_MAX_DEPTH)
		return false;
	switch (*c->p) {
	case '"':
		c->p++;
		return string_read(c, NULL, line_len, &s, &n);
	case '{':
		c->p++;
		return container_skip(c, line_len, depth, '}');
	case '[':
		c->p++;
		return container_skip(c, line_len, depth, ']');
	case 't':
		return literal_skip(c, "true", 4);
	case 'f':
		return literal_skip(c, "false", 5);
	case 'n':
		return literal_skip(c, "null", 4);
	default:
		return number_skip(c);
	}
}

/* Which named key the n bytes at k are, or -1. */
static int
key_index(const struct jsonrec *r, const char *k, size_t n)
{
	size_t i;

	for (i = 0; i < r->nkeys; i++)
		if (strncmp(r->keys[i], k, n) == 0 && r->keys[i][n] == '\0')
			return (int)i;
	return -1;
}

/* One member "key": value at c->p (on the key's quote). */
static bool
member_read(struct jcur *c, size_t line_len)
{
	struct jsonrec *r = c->r;
	const char *k = c->p + 1, *q;
	int i;

	q = plain_run(k, c->end);
	if (q >= c->end || *q != '"')
		return false;	/* an escape in a key: jansson's */
	i = key_index(r, k, (size_t)(q - k));
	c->p = q + 1;
	skip_ws(c);
	if (c->p >= c->end || *c->p != ':')
		return false;
	c->p++;
	skip_ws(c);
	if (i < 0)
		return value_skip(c, line_len, 1);
	if (r->v[i].seen || c->p >= c->end)
		return false;	/* twice: which one wins is jansson's */
	r->v[i].seen = true;
	if (*c->p == 'n')
		return literal_skip(c, "null", 4);
	if (*c->p != '"')
		return false;	/* no string: jansson's path warns */
	c->p++;
	return string_read(c, r, line_len, &r->v[i].s, &r->v[i].len);
}

bool
jsonrec_parse(struct jsonrec *r, const char *p, size_t len)
{
	struct jcur c = { .p = p, .end = p + len, .r = r };

	memset(r->v, 0, sizeof(r->v));
	r->used = 0;
	skip_ws(&c);
	if (c.p >= c.end || *c.p != '{')
		return false;
	c.p++;
	skip_ws(&c);
	if (c.p < c.end && *c.p == '}')
		c.p++;
	else
		for (;;) {
			if (c.p >= c.end || *c.p != '"' ||
			    !member_read(&c, len))
				return false;
			skip_ws(&c);
			if (c.p < c.end && *c.p == ',') {
				c.p++;
				skip_ws(&c);
				continue;
			}
			if (c.p >= c.end || *c.p != '}')
				return false;
			c.p++;
			break;
		}
	skip_ws(&c);
	return c.p == c.end;
}
