/*
 * claimline.c - see claimline.h.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "claimline.h"
#include "normalize.h"

#define REAL_DIGITS 10		/* significant digits of a number that is
				   not whole, as extract has always printed */
#define WHOLE_MAX 9e15		/* below it a whole number prints as one */

/* One line being written: the buffer and whether a key came yet. */
struct line {
	struct strbuf	*sb;
	int		 keys;	/* keys written in the current object */
};

/*
 * The length of the valid UTF-8 character at p (at most n bytes), or 0
 * when it is invalid: overlong, a surrogate, above U+10FFFF or cut
 * (jansson's rule for json_string()). *cp gets the code point.
 */
static size_t
utf8_char(const unsigned char *p, size_t n, uint32_t *cp)
{
	size_t len, i;
	uint32_t v;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		len = 2, v = p[0] & 0x1F;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF)
		len = 3, v = p[0] & 0x0F;
	else if (p[0] >= 0xF0 && p[0] <= 0xF4)
		len = 4, v = p[0] & 0x07;
	else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (p[i] & 0x3F);
	}
	if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ||
	    (len == 3 && v < 0x800) || (len == 4 && v < 0x10000))
		return 0;
	*cp = v;
	return len;
}

/* jansson's rule for a whole string: utf8_char() of each character,
 * which is RFC 3629's, as text_is_utf8() checks it (a C string holds no
 * NUL), eight ASCII bytes at a time. */
static int
utf8_valid(const char *s)
{
	return text_is_utf8(s, strlen(s));
}

/* Printed as it is inside a JSON string with ENSURE_ASCII. */
static int
plain(unsigned char c)
{
	return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

/* One escaped code point, as jansson's dump_string() writes it. */
static void
escape_cp(struct strbuf *sb, uint32_t cp)
{
	char seq[16];

	switch (cp) {
	case '\\': strbuf_add(sb, "\\\\", 2); return;
	case '"': strbuf_add(sb, "\\\"", 2); return;
	case '\b': strbuf_add(sb, "\\b", 2); return;
	case '\f': strbuf_add(sb, "\\f", 2); return;
	case '\n': strbuf_add(sb, "\\n", 2); return;
	case '\r': strbuf_add(sb, "\\r", 2); return;
	case '\t': strbuf_add(sb, "\\t", 2); return;
	}
	if (cp < 0x10000)
		snprintf(seq, sizeof(seq), "\\u%04X", (unsigned)cp);
	else {
		cp -= 0x10000;
		snprintf(seq, sizeof(seq), "\\u%04X\\u%04X",
		    (unsigned)(0xD800 | ((cp & 0xffc00) >> 10)),
		    (unsigned)(0xDC00 | (cp & 0x3ff)));
	}
	strbuf_adds(sb, seq);
}

/* A valid UTF-8 string, quoted and escaped. */
static void
string_put(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run;
	size_t n = strlen(s), k;
	uint32_t cp = 0;	/* s is valid: utf8_char() sets it */

	strbuf_addc(sb, '"');
	while (n > 0) {
		run = p;
		while (n > 0 && plain(*p))
			p++, n--;
		if (p > run)
			strbuf_add(sb, (const char *)run, (size_t)(p - run));
		if (n == 0)
			break;
		k = utf8_char(p, n, &cp);
		escape_cp(sb, cp);
		p += k;
		n -= k;
	}
	strbuf_addc(sb, '"');
}

/* "key": with the comma before it unless it is the object's first. */
static void
key_put(struct line *ln, const char *key)
{
	if (ln->keys++ > 0)
		strbuf_addc(ln->sb, ',');
	strbuf_addc(ln->sb, '"');
	strbuf_adds(ln->sb, key);
	strbuf_add(ln->sb, "\":", 2);
}

static void
str_field(struct line *ln, const char *key, const char *s)
{
	if (s != NULL && !utf8_valid(s))
		return;		/* json_string() refused it: no key */
	key_put(ln, key);
	if (s == NULL)
		strbuf_add(ln->sb, "null", 4);
	else
		string_put(ln->sb, s);
}

/* jansson's jsonp_dtostr(): %.10g, ".0" when it looks whole, and the
 * exponent without '+' or leading zeros. */
static void
real_put(struct strbuf *sb, double v)
{
	char buf[64], *e, *from, *to;
	int n = snprintf(buf, sizeof(buf), "%.*g", REAL_DIGITS, v);

	if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL) {
		strcpy(buf + n, ".0");
		n += 2;
	}
	if ((e = strchr(buf, 'e')) != NULL) {
		to = e + 1;
		from = to + 1;
		if (*to == '-')
			to++;
		while (*from == '0')
			from++;
		if (from != to)
			memmove(to, from, strlen(from) + 1);
		n = (int)strlen(buf);
	}
	strbuf_add(sb, buf, (size_t)n);
}

/* A number: null when NAN, nothing when infinite (json_real() refused
 * it), an integer when whole and not too large, else a real. */
static void
num_field(struct line *ln, const char *key, double v, int whole)
{
	char buf[32];

	if (isinf(v))
		return;
	key_put(ln, key);
	if (isnan(v))
		strbuf_add(ln->sb, "null", 4);
	else if (whole && v == floor(v) && fabs(v) < WHOLE_MAX) {
		snprintf(buf, sizeof(buf), "%lld", (long long)v);
		strbuf_adds(ln->sb, buf);
	} else
		real_put(ln->sb, v);
}

static void
int_field(struct line *ln, const char *key, size_t v)
{
	char buf[32];

	key_put(ln, key);
	snprintf(buf, sizeof(buf), "%lld", (long long)v);
	strbuf_adds(ln->sb, buf);
}

static void
date_field(struct line *ln, const char *key, const char *date)
{
	str_field(ln, key, date[0] != '\0' ? date : NULL);
}

/*
 * The day the claim was made: the one its text gives, else the day its
 * article was published (a claim a report carries was made by then, and
 * readers date it so); date_from says which ("text", "published"), null
 * with the date when there is neither.
 */
static void
claim_date_put(struct line *ln, const struct claim *c)
{
	if (c->claim_date[0] != '\0') {
		str_field(ln, "claim_date", c->claim_date);
		str_field(ln, "date_from", "text");
	} else if (c->published[0] != '\0') {
		str_field(ln, "claim_date", c->published);
		str_field(ln, "date_from", "published");
	} else {
		str_field(ln, "claim_date", NULL);
		str_field(ln, "date_from", NULL);
	}
}

static void
parts_put(struct line *ln, const struct claim *c)
{
	struct line in = { .sb = ln->sb };

	key_put(ln, "parts");
	strbuf_addc(ln->sb, '{');
	num_field(&in, "factor", c->factor, 1);
	num_field(&in, "each", c->each, 1);
	strbuf_addc(ln->sb, '}');
}

static void
offsets_put(struct line *ln, const struct claim *c)
{
	struct line in = { .sb = ln->sb };

	key_put(ln, "offsets");
	strbuf_addc(ln->sb, '{');
	int_field(&in, "sent_start", c->sent_start);
	int_field(&in, "sent_end", c->sent_end);
	int_field(&in, "num_start", c->num_start);
	int_field(&in, "num_end", c->num_end);
	strbuf_addc(ln->sb, '}');
}

void
claimline_write(struct strbuf *sb, const struct claim *c)
{
	struct line ln = { .sb = sb };

	strbuf_addc(sb, '{');
	str_field(&ln, "doc", c->doc);
	num_field(&ln, "value", c->value, 1);
	num_field(&ln, "low", c->low, 1);
	num_field(&ln, "high", c->high, 1);
	str_field(&ln, "qualifier", qualifier_name(c->qualifier));
	str_field(&ln, "quantity", c->quantity);
	str_field(&ln, "subject", c->subject);
	str_field(&ln, "source", c->source);
	str_field(&ln, "claimant", c->claimant);
	str_field(&ln, "relayer", c->relayer);
	str_field(&ln, "scope", c->scope);
	str_field(&ln, "place", c->place);
	str_field(&ln, "modality", modality_name(c->modality));
	claim_date_put(&ln, c);
	date_field(&ln, "published", c->published);
	str_field(&ln, "sentence", c->sentence);
	if (!isnan(c->each))
		parts_put(&ln, c);
	offsets_put(&ln, c);
	strbuf_add(sb, "}\n", 2);
}

/* ---- reading a claim line back ---------------------------------------- */

/* The number member key of obj into *out: NAN when missing or null. */
static int
num_get(json_t *obj, const char *key, double *out)
{
	json_t *v = json_object_get(obj, key);

	if (v == NULL || json_is_null(v)) {
		*out = NAN;
		return 0;
	}
	if (!json_is_number(v))
		return -1;
	*out = json_number_value(v);
	return 0;
}

/* The string member key of obj, copied into *out (NULL when missing or
 * null; -1 when required and so, or of another type). */
static int
str_get(json_t *obj, const char *key, char **out, int required)
{
	json_t *v = json_object_get(obj, key);

	*out = NULL;
	if (v == NULL || json_is_null(v))
		return required ? -1 : 0;
	if (!json_is_string(v))
		return -1;
	*out = xstrdup(json_string_value(v));
	return 0;
}

/* A date member: "YYYY-MM-DD" into date, "" when missing or null. */
static int
date_get(json_t *obj, const char *key, char date[DATE_LEN])
{
	json_t *v = json_object_get(obj, key);

	date[0] = '\0';
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_string(v) || json_string_length(v) != DATE_LEN - 1)
		return -1;
	memcpy(date, json_string_value(v), DATE_LEN);
	return 0;
}

static int
offset_get(json_t *off, const char *key, size_t *out)
{
	json_t *v = json_object_get(off, key);

	*out = 0;
	if (v == NULL)
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < 0)
		return -1;
	*out = (size_t)json_integer_value(v);
	return 0;
}

static int
enum_get(json_t *obj, struct claim *c)
{
	const char *q, *m;

	q = json_string_value(json_object_get(obj, "qualifier"));
	m = json_string_value(json_object_get(obj, "modality"));
	if (q == NULL || qualifier_parse(q) == -1)
		return -1;
	c->qualifier = (enum qualifier)qualifier_parse(q);
	if (m != NULL && strcmp(m, modality_name(MODALITY_PROJECTED)) == 0)
		c->modality = MODALITY_PROJECTED;
	else if (m != NULL && strcmp(m, modality_name(MODALITY_CURRENT)) == 0)
		c->modality = MODALITY_CURRENT;
	else
		return -1;
	return 0;
}

/*
 * Is the claim_date of obj only its article's publication day
 * (claim_date_put)? The store keeps a claim's own date alone, and the
 * briefing falls back to the publication day and marks it.
 */
static bool
dated_by_publication(json_t *obj)
{
	const char *from = json_string_value(json_object_get(obj,
	    "date_from"));

	return from != NULL && strcmp(from, "published") == 0;
}

/* The fields of obj into c; the name of the first bad one, or NULL. */
static const char *
fields_get(json_t *obj, struct claim *c)
{
	json_t *parts = json_object_get(obj, "parts"), *off;

	if (str_get(obj, "doc", &c->doc, 1) == -1)
		return "doc";
	if (num_get(obj, "value", &c->value) == -1)
		return "value";
	if (num_get(obj, "low", &c->low) == -1)
		return "low";
	if (num_get(obj, "high", &c->high) == -1)
		return "high";
	if (enum_get(obj, c) == -1)
		return "qualifier or modality";
	if (str_get(obj, "quantity", &c->quantity, 1) == -1)
		return "quantity";
	if (str_get(obj, "subject", &c->subject, 0) == -1)
		return "subject";
	if (str_get(obj, "source", &c->source, 1) == -1)
		return "source";
	if (str_get(obj, "claimant", &c->claimant, 0) == -1)
		return "claimant";
	if (str_get(obj, "relayer", &c->relayer, 0) == -1)
		return "relayer";
	if (str_get(obj, "scope", &c->scope, 0) == -1)
		return "scope";
	if (str_get(obj, "place", &c->place, 0) == -1)
		return "place";
	if (date_get(obj, "claim_date", c->claim_date) == -1)
		return "claim_date";
	if (date_get(obj, "published", c->published) == -1)
		return "published";
	if (dated_by_publication(obj))
		c->claim_date[0] = '\0';	/* the store keeps it as unstated */
	if (str_get(obj, "sentence", &c->sentence, 1) == -1)
		return "sentence";
	if (json_is_object(parts) && (num_get(parts, "factor", &c->factor) ==
	    -1 || num_get(parts, "each", &c->each) == -1))
		return "parts";
	if (json_is_object(parts) && isnan(c->factor))
		c->factor = 1;
	off = json_object_get(obj, "offsets");
	if (off != NULL && (!json_is_object(off) ||
	    offset_get(off, "sent_start", &c->sent_start) == -1 ||
	    offset_get(off, "sent_end", &c->sent_end) == -1 ||
	    offset_get(off, "num_start", &c->num_start) == -1 ||
	    offset_get(off, "num_end", &c->num_end) == -1))
		return "offsets";
	return NULL;
}

int
claimline_parse(const char *p, size_t len, struct claim *c, char *err,
    size_t errlen)
{
	json_error_t jerr;
	const char *bad;
	json_t *obj;

	claim_init(c);
	obj = json_loadb(p, len, 0, &jerr);
	if (obj == NULL) {
		snprintf(err, errlen, "not JSON: %s", jerr.text);
		return -1;
	}
	if (!json_is_object(obj)) {
		snprintf(err, errlen, "not a JSON object");
		json_decref(obj);
		return -1;
	}
	bad = fields_get(obj, c);
	json_decref(obj);
	if (bad == NULL)
		return 0;
	snprintf(err, errlen, "no claim: '%s' missing or wrong", bad);
	claim_release(c);
	claim_init(c);
	return -1;
}
