/*
 * frontmatter.c - see frontmatter.h.
 */
#include <err.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"
#include "readutil.h"
#include "frontmatter.h"

/* A line of the normalized text: [p, p + len), without its LF. */
struct fm_line {
	const char	*p;	/* first byte */
	size_t		 len;	/* bytes before the LF or the end */
	const char	*next;	/* start of the next line, NULL at the end */
};

static bool
line_next(const char *p, const char *end, struct fm_line *ln)
{
	const char *lf;

	if (p == NULL || p >= end)
		return false;
	lf = memchr(p, '\n', (size_t)(end - p));
	ln->p = p;
	ln->len = (size_t)((lf ? lf : end) - p);
	ln->next = lf ? lf + 1 : end;
	return true;
}

/* True for a "---" line (trailing blanks allowed). */
static bool
line_is_fence(const struct fm_line *ln)
{
	size_t n = ln->len;

	while (n > 3 && (ln->p[n - 1] == ' ' || ln->p[n - 1] == '\t'))
		n--;
	return n == 3 && memcmp(ln->p, "---", 3) == 0;
}

/* Apply one "key: value" header line to a. */
static void
header_apply(struct article *a, const struct fm_line *ln, const char *name,
    size_t lineno, struct read_stats *st)
{
	const char *colon = memchr(ln->p, ':', ln->len);
	const char *v;
	size_t klen, vlen;
	char *key, *date = NULL;

	if (colon == NULL)
		return;
	klen = (size_t)(colon - ln->p);
	v = colon + 1;
	vlen = ln->len - klen - 1;
	key = xstrndup(ln->p, klen);
	while (klen > 0 && (key[klen - 1] == ' ' || key[klen - 1] == '\t'))
		key[--klen] = '\0';
	if (strcasecmp(key, "id") == 0)
		meta_set(&a->id, v, vlen);
	else if (strcasecmp(key, "title") == 0)
		meta_set(&a->title, v, vlen);
	else if (strcasecmp(key, "outlet") == 0)
		meta_set(&a->outlet, v, vlen);
	else if (strcasecmp(key, "url") == 0)
		meta_set(&a->url, v, vlen);
	else if (strcasecmp(key, "published") == 0 ||
	    strcasecmp(key, "date") == 0) {
		meta_set(&date, v, vlen);
		a->published[0] = '\0';
		if (date != NULL)
			meta_set_date(a, date, name, lineno, st);
		free(date);
	}
	free(key);
}

/*
 * Parse the header that starts at text (its first line is a fence) and
 * return where the body starts, or NULL when no closing fence follows.
 */
static const char *
header_parse(struct article *a, const char *text, const char *end,
    const char *name, struct read_stats *st)
{
	struct fm_line ln;
	const char *p;
	size_t lineno = 1;

	line_next(text, end, &ln);
	for (p = ln.next; line_next(p, end, &ln); p = ln.next) {
		lineno++;
		if (line_is_fence(&ln))
			return ln.next;
		header_apply(a, &ln, name, lineno, st);
	}
	return NULL;
}

int
frontmatter_parse(const char *name, const char *buf, size_t len,
    bool hash, struct article *out, struct read_stats *st)
{
	struct fm_line first;
	const char *body;
	char *text;
	size_t tlen, blen;
	int rc;

	article_init(out);
	rc = text_normalize(name, 1, buf, len, &text, &tlen);
	if (rc == -1)
		return -1;
	st->warnings += rc == 1;
	body = text;
	if (line_next(text, text + tlen, &first) && line_is_fence(&first))
		body = header_parse(out, text, text + tlen, name, st);
	if (body == NULL) {
		warnx("%s:1: front matter not closed", name);
		goto reject;
	}
	blen = tlen - (size_t)(body - text);
	if (text_is_blank(body, blen)) {
		warnx("%s: no text", name);
		goto reject;
	}
	memmove(text, body, blen + 1);
	article_finish(out, name, "text", text, blen, NULL, hash);
	return 0;
reject:
	free(text);
	article_release(out);
	return -1;
}
