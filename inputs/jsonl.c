/*
 * jsonl.c - see jsonl.h.
 */
#include <err.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"
#include "readutil.h"
#include "jsonl.h"

/* Where the reader is: for messages and default ids. */
struct jsonl_pos {
	const char	*name;	/* file name */
	const char	*stem;	/* its stem, for ids */
	size_t		 line;	/* current line, from 1 */
};

/* Set *field from the string member key of obj, if it is one. */
static void
member_set(char **field, json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);

	if (json_is_string(v))
		meta_set(field, json_string_value(v), json_string_length(v));
}

static void
record_id(struct article *a, json_t *obj, const struct jsonl_pos *pos)
{
	json_t *v = json_object_get(obj, "id");
	char num[32];
	size_t len;

	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		a->id = xstrdup(num);
	} else
		member_set(&a->id, obj, "id");
	if (a->id == NULL) {
		len = strlen(pos->stem) + sizeof(num);
		a->id = xmalloc(len);
		snprintf(a->id, len, "%s-%zu", pos->stem, pos->line);
	}
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
	rc = text_normalize(pos->name, pos->line, json_string_value(text),
	    json_string_length(text), &body, &blen);
	if (rc == -1)
		return -1;
	st->warnings += rc == 1;
	if (text_is_blank(body, blen)) {
		free(body);
		return -1;
	}
	record_id(a, obj, pos);
	member_set(&a->title, obj, "title");
	member_set(&a->outlet, obj, "outlet");
	member_set(&a->url, obj, "url");
	member_set(&date, obj, "published");
	if (date != NULL)
		meta_set_date(a, date, pos->name, pos->line, st);
	free(date);
	article_finish(a, pos->name, "jsonl", body, blen, NULL);
	a->line = pos->line;
	return 0;
}

/* Parse one line into a; -1 after reporting why it is rejected. */
static int
line_parse(const char *p, size_t len, const struct jsonl_pos *pos,
    struct article *a, struct read_stats *st)
{
	json_error_t jerr;
	json_t *obj;
	int rc;

	obj = json_loadb(p, len, 0, &jerr);
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

/* Read one line and hand its article to fn; -1 only when fn stops. */
static int
line_read(const char *p, size_t len, const struct jsonl_pos *pos,
    article_fn fn, void *arg, struct read_stats *st)
{
	struct article a;
	int rc = 0;

	if (text_is_blank(p, len))
		return 0;
	article_init(&a);
	if (line_parse(p, len, pos, &a, st) == -1)
		st->rejected++;
	else {
		st->articles++;
		rc = fn(&a, arg);
	}
	article_release(&a);
	return rc;
}

int
jsonl_parse(const char *name, const char *buf, size_t len, article_fn fn,
    void *arg, struct read_stats *st)
{
	struct jsonl_pos pos = { .name = name, .line = 0 };
	const char *p = buf, *end = buf + len, *lf;
	char *stem;
	int rc = 0;

	if (text_is_binary(buf, len)) {
		warnx("%s: binary file", name);
		st->rejected++;
		return 0;
	}
	stem = path_stem(name);
	pos.stem = stem;
	while (rc == 0 && p < end) {
		lf = memchr(p, '\n', (size_t)(end - p));
		pos.line++;
		rc = line_read(p, (size_t)((lf ? lf : end) - p), &pos, fn, arg,
		    st);
		p = lf ? lf + 1 : end;
	}
	free(stem);
	return rc;
}
