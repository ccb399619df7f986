/*
 * jsonl.c - see jsonl.h.
 */
#include <err.h>
#include <inttypes.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"
#include "readutil.h"
#include "jsonrec.h"
#include "jsonl.h"

/* Where the reader is: for messages and default ids. */
struct jsonl_pos {
	const char	*name;	/* file name */
	size_t		 line;	/* current line, from 1 */
	bool		 hash;	/* give the article its content hash */
};

/*
 * Set *field from the string member key of obj. A member of another
 * type (a number for "title", an object for "published") is skipped
 * with a warning naming the line and the field; the article is kept.
 * null is the same as a missing member.
 */
static void
member_set(char **field, json_t *obj, const char *key,
    const struct jsonl_pos *pos, struct read_stats *st)
{
	json_t *v = json_object_get(obj, key);

	if (json_is_string(v))
		meta_set(field, json_string_value(v), json_string_length(v));
	else if (v != NULL && !json_is_null(v)) {
		warnx("%s:%zu: field '%s' is not a string; ignored", pos->name,
		    pos->line, key);
		st->warnings++;
	}
}

/* A record without an id is STEM-LINE. */
static void
id_default(struct article *a, const struct jsonl_pos *pos)
{
	char *stem;
	size_t len;

	if (a->id != NULL)
		return;
	stem = path_stem(pos->name);
	len = strlen(stem) + 32;
	a->id = xmalloc(len);
	snprintf(a->id, len, "%s-%zu", stem, pos->line);
	free(stem);
}

static void
record_id(struct article *a, json_t *obj, const struct jsonl_pos *pos,
    struct read_stats *st)
{
	json_t *v = json_object_get(obj, "id");
	char num[32];

	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		a->id = xstrdup(num);
	} else
		member_set(&a->id, obj, "id", pos, st);
	id_default(a, pos);
}

/* The article text: "text", else "body", else "content"; NULL if none. */
static json_t *
record_text(json_t *obj)
{
	static const char *const keys[] = { "text", "body", "content" };
	json_t *v;
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(*keys); i++) {
		v = json_object_get(obj, keys[i]);
		if (json_is_string(v) && json_string_length(v) > 0)
			return v;
	}
	return NULL;
}

/* The record's date (taken; may be NULL) and body make a's last fields. */
static int
record_finish(struct article *a, char *date, char *body, size_t blen,
    const struct jsonl_pos *pos, struct read_stats *st)
{
	if (date != NULL)
		meta_set_date(a, date, pos->name, pos->line, st);
	free(date);
	article_finish(a, pos->name, "jsonl", body, blen, NULL, pos->hash);
	a->line = pos->line;
	return 0;
}

/* Fill a from one parsed record; -1 after reporting when it has no text. */
static int
record_fill(struct article *a, json_t *obj, const struct jsonl_pos *pos,
    struct read_stats *st)
{
	json_t *text = record_text(obj);
	char *body, *date = NULL;
	size_t blen;
	int rc;

	if (text == NULL)
		return -1;
	/* jansson has validated the string's UTF-8 and refused \u0000 */
	rc = text_normalize_utf8(pos->name, pos->line, json_string_value(text),
	    json_string_length(text), &body, &blen);
	if (rc == -1)
		return -1;
	if (text_is_blank(body, blen)) {
		free(body);
		return -1;
	}
	record_id(a, obj, pos, st);
	member_set(&a->title, obj, "title", pos, st);
	member_set(&a->outlet, obj, "outlet", pos, st);
	member_set(&a->url, obj, "url", pos, st);
	member_set(&date, obj, "published", pos, st);
	return record_finish(a, date, body, blen, pos, st);
}

/* The members jsonrec reads, in this order. */
enum rec_key { K_ID, K_TITLE, K_OUTLET, K_URL, K_PUBLISHED, K_TEXT, K_BODY,
	K_CONTENT, K_COUNT };

static const char *const rec_keys[K_COUNT] = {
	"id", "title", "outlet", "url", "published", "text", "body", "content"
};

/*
 * record_fill() of a record read by jsonrec (every named member a string
 * or null): the same fields, the same messages in the same order.
 */
static int
rec_fill(struct article *a, const struct jsonrec *r,
    const struct jsonl_pos *pos, struct read_stats *st)
{
	const struct jsonrec_val *text = NULL, *v = r->v;
	char *body, *date = NULL;
	size_t blen, k;

	for (k = K_TEXT; k <= K_CONTENT && text == NULL; k++)
		if (v[k].s != NULL && v[k].len > 0)
			text = &v[k];
	if (text == NULL)
		return -1;
	/* valid UTF-8 (text_repair) without \u0000 (jsonrec refuses it) */
	if (text_normalize_utf8(pos->name, pos->line, text->s, text->len,
	    &body, &blen) == -1)
		return -1;
	if (text_is_blank(body, blen)) {
		free(body);
		return -1;
	}
	if (v[K_ID].s != NULL)
		meta_set(&a->id, v[K_ID].s, v[K_ID].len);
	id_default(a, pos);
	if (v[K_TITLE].s != NULL)
		meta_set(&a->title, v[K_TITLE].s, v[K_TITLE].len);
	if (v[K_OUTLET].s != NULL)
		meta_set(&a->outlet, v[K_OUTLET].s, v[K_OUTLET].len);
	if (v[K_URL].s != NULL)
		meta_set(&a->url, v[K_URL].s, v[K_URL].len);
	if (v[K_PUBLISHED].s != NULL)
		meta_set(&date, v[K_PUBLISHED].s, v[K_PUBLISHED].len);
	return record_finish(a, date, body, blen, pos, st);
}

/* The reader in use, or JSONL_READER_ENV until the environment is read
 * (two threads may both read it: they find the same). */
static atomic_int reader_mode = JSONL_READER_ENV;

void
jsonl_reader_set(enum jsonl_reader r)
{
	atomic_store_explicit(&reader_mode, r, memory_order_relaxed);
}

/* The one-pass reader is in use: the environment is read once, not once
 * per line. */
static bool
fast_on(void)
{
	int m = atomic_load_explicit(&reader_mode, memory_order_relaxed);

	if (m == JSONL_READER_ENV) {
		m = getenv("CLAIMTRACK_NO_FASTJSON") != NULL ?
		    JSONL_READER_JANSSON : JSONL_READER_FAST;
		atomic_store_explicit(&reader_mode, m, memory_order_relaxed);
	}
	return m == JSONL_READER_FAST;
}

/*
 * The common record read in one pass (jsonrec.h): 1 when it was,
 * with rec_fill()'s result in *rc; 0 when the line is jansson's.
 */
static int
line_fast(const char *p, size_t len, const struct jsonl_pos *pos,
    struct article *a, struct read_stats *st, int *rc)
{
	struct jsonrec r;
	int got = 0;

	if (!fast_on())
		return 0;
	jsonrec_init(&r, rec_keys, K_COUNT);
	if (jsonrec_parse(&r, p, len)) {
		*rc = rec_fill(a, &r, pos, st);
		got = 1;
	}
	jsonrec_release(&r);
	return got;
}

/* Parse one line into a; -1 after reporting why it is rejected. */
static int
line_parse(const char *p, size_t len, const struct jsonl_pos *pos,
    struct article *a, struct read_stats *st)
{
	json_error_t jerr;
	json_t *obj = NULL;
	char *fixed;
	size_t flen;
	int rc = 0, fast;

	/* invalid UTF-8 is repaired, as in every reader, not a bad line */
	if (text_repair(pos->name, pos->line, p, len, &fixed, &flen) == 1) {
		st->warnings++;
		fast = line_fast(fixed, flen, pos, a, st, &rc);
		if (!fast)
			obj = json_loadb(fixed, flen, 0, &jerr);
		free(fixed);
	} else if (!(fast = line_fast(p, len, pos, a, st, &rc)))
		obj = json_loadb(p, len, 0, &jerr);
	if (fast) {
		if (rc == -1)
			warnx("%s:%zu: no text", pos->name, pos->line);
		return rc;
	}
	if (obj == NULL) {
		warnx("%s:%zu: not JSON: %s", pos->name, pos->line, jerr.text);
		return -1;
	}
	if (!json_is_object(obj)) {
		warnx("%s:%zu: not a JSON object", pos->name, pos->line);
		json_decref(obj);
		return -1;
	}
	rc = record_fill(a, obj, pos, st);
	if (rc == -1)
		warnx("%s:%zu: no text", pos->name, pos->line);
	json_decref(obj);
	return rc;
}

int
jsonl_line_parse(const char *name, size_t line, const char *p, size_t len,
    bool hash, struct article *out, struct read_stats *st)
{
	struct jsonl_pos pos = { .name = name, .line = line, .hash = hash };

	article_init(out);
	if (text_is_blank(p, len))
		return 0;
	if (line_parse(p, len, &pos, out, st) == -1) {
		article_release(out);
		article_init(out);
		return -1;
	}
	return 1;
}

bool
jsonl_binary(const char *name, const char *buf, size_t len,
    struct read_stats *st)
{
	if (!text_is_binary(buf, len))
		return false;
	warnx("%s: binary file", name);
	st->rejected++;
	return true;
}

void
jsonl_lines_init(struct jsonl_lines *it, const char *buf, size_t len)
{
	it->p = buf;
	it->end = buf + len;
	it->line = 0;
}

size_t
jsonl_next_line(struct jsonl_lines *it, const char **start, size_t *len)
{
	const char *lf;

	while (it->p < it->end) {
		lf = memchr(it->p, '\n', (size_t)(it->end - it->p));
		*start = it->p;
		*len = (size_t)((lf ? lf : it->end) - it->p);
		it->p = lf ? lf + 1 : it->end;
		it->line++;
		if (!text_is_blank(*start, *len))
			return it->line;
	}
	return 0;
}

int
jsonl_parse(const char *name, const char *buf, size_t len, article_fn fn,
    void *arg, struct read_stats *st)
{
	struct jsonl_lines it;
	struct article a;
	const char *p;
	size_t n, line;
	int rc = 0, got;

	if (jsonl_binary(name, buf, len, st))
		return 0;
	jsonl_lines_init(&it, buf, len);
	while (rc == 0 && (line = jsonl_next_line(&it, &p, &n)) != 0) {
		got = jsonl_line_parse(name, line, p, n, true, &a, st);
		if (got == -1)
			st->rejected++;
		else if (got == 1) {
			st->articles++;
			rc = fn(&a, arg);
		}
		article_release(&a);
	}
	return rc;
}
