/*
 * readutil.c - see readutil.h.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"
#include "pubdate.h"
#include "readutil.h"

#define DATE_SHOWN 60	/* bytes of a bad date quoted in the warning */

char *
path_stem(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return xstrdup(base);
	return xstrndup(base, (size_t)(dot - base));
}

const char *
path_ext(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	return dot == NULL || dot == base ? "" : dot + 1;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* A copy of the len bytes at s with each run of blanks made one ' '. */
static char *
blank_collapse(const char *s, size_t len)
{
	char *out = xmalloc(len + 1);
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		if (!is_blank(s[i]))
			out[o++] = s[i];
		else if (o > 0 && out[o - 1] != ' ')
			out[o++] = ' ';
	}
	out[o] = '\0';
	return out;
}

/* len cut to at most max bytes, not inside a UTF-8 character. */
static size_t
utf8_cut(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	len = max;
	while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
		len--;
	return len;
}

void
meta_set(char **field, const char *value, size_t len)
{
	char *copy;

	while (len > 0 && is_blank(*value)) {
		value++;
		len--;
	}
	while (len > 0 && is_blank(value[len - 1]))
		len--;
	if (len >= 2 && (value[0] == '"' || value[0] == '\'') &&
	    value[len - 1] == value[0]) {
		value++;
		len -= 2;
	}
	len = utf8_cut(value, len, META_MAX);
	copy = len == 0 ? NULL : blank_collapse(value, len);
	free(*field);
	*field = copy;
}

int
meta_set_date(struct article *a, const char *value, const char *name,
    size_t line, struct read_stats *st)
{
	if (pubdate_parse(value, a->published) == 0)
		return 0;
	if (line > 0)
		warnx("%s:%zu: unparseable date '%.*s'; article kept undated",
		    name, line, DATE_SHOWN, value);
	else
		warnx("%s: unparseable date '%.*s'; article kept undated",
		    name, DATE_SHOWN, value);
	st->warnings++;
	return -1;
}

/* Repair *field in place when it is not valid UTF-8; 1 when repaired. */
static int
field_repair(char **field, const struct article *a, const char *what)
{
	char *fixed;

	if (*field != NULL)	/* a manifest cell is not cut by meta_set() */
		(*field)[utf8_cut(*field, strlen(*field), META_MAX)] = '\0';
	if (*field == NULL || g_utf8_validate(*field, -1, NULL))
		return 0;
	fixed = g_utf8_make_valid(*field, -1);
	free(*field);
	*field = xstrdup(fixed);
	g_free(fixed);
	if (a->line > 0)
		warnx("%s:%zu: invalid UTF-8 in the %s replaced by U+FFFD",
		    a->path, a->line, what);
	else
		warnx("%s: invalid UTF-8 in the %s replaced by U+FFFD",
		    a->path ? a->path : "-", what);
	return 1;
}

int
article_meta_repair(struct article *a, struct read_stats *st)
{
	int n = 0;

	n += field_repair(&a->id, a, "id");
	n += field_repair(&a->title, a, "title");
	n += field_repair(&a->outlet, a, "outlet");
	n += field_repair(&a->url, a, "url");
	st->warnings += (size_t)n;
	return n;
}

void
article_finish(struct article *a, const char *path, const char *format,
    char *body, size_t len, const char *stem, bool hash)
{
	free(a->body);
	a->body = body;
	a->body_len = len;
	if (hash)
		text_hash(body, len, a->hash);
	free(a->path);
	a->path = xstrdup(path);
	a->format = format;
	if (a->id == NULL)
		a->id = stem ? xstrdup(stem) : path_stem(path);
}
