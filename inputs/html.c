/*
 * html.c - see html.h.
 */
#include <ctype.h>
#include <err.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"
#include "pubdate.h"
#include "readutil.h"
#include "html.h"

#define HTML_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | \
	HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE)
#define TOKEN_MAX 64	/* longer class tokens are not looked into */

/* What the metadata walk found; pointers into the document. */
struct html_meta {
	const xmlChar	*title;		/* <title> text */
	const xmlChar	*og_title;	/* og:title */
	const xmlChar	*site;		/* og:site_name */
	const xmlChar	*canonical;	/* <link rel=canonical href> */
	const xmlChar	*og_url;	/* og:url */
	xmlNode		*date[3];	/* published_time, <time>, meta date */
	const xmlChar	*date_val[3];	/* their values */
	xmlNode		*main;		/* first <main> */
	xmlNode		*body;		/* <body> */
};

static const char *const skipped_tags[] = {
	"script", "style", "noscript", "template", "head", "title", "nav",
	"header", "footer", "aside", "form", "iframe", "svg", "figure",
	"figcaption", "button", "select", "textarea", "object", "embed",
	"canvas", "video", "audio", "math"
};

static const char *const block_tags[] = {
	"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
	"h4", "h5", "h6", "br", "hr", "blockquote", "tr", "table", "pre",
	"section", "article", "main", "address", "details", "summary",
	"body", "center"
};

/* Class or id parts that mark furniture when they are a whole part. */
static const char *const furniture_parts[] = {
	"menu", "nav", "navbar", "navigation", "footer", "sidebar", "share",
	"social", "promo", "ad", "ads", "comment", "comments", "related",
	"newsletter", "cookie", "cookies", "breadcrumb", "breadcrumbs",
	"recommended", "advert", "advertisement", "consent", "popup"
};

/* Class or id substrings that mark furniture anywhere in a token. */
static const char *const furniture_words[] = {
	"related", "newsletter", "breadcrumb", "recommend", "cookie",
	"advert", "sharing", "read-next", "readnext", "read_next",
	"socialshare", "sharebar"
};

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

static bool
name_in(const xmlChar *name, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (xmlStrcasecmp(name, (const xmlChar *)list[i]) == 0)
			return true;
	return false;
}

static bool
is_tag(const xmlNode *n, const char *tag)
{
	return n->type == XML_ELEMENT_NODE &&
	    xmlStrcasecmp(n->name, (const xmlChar *)tag) == 0;
}

/* The value of attribute name of n (not a copy), or NULL. */
static const xmlChar *
attr(const xmlNode *n, const char *name)
{
	const xmlAttr *a;

	for (a = n->properties; a != NULL; a = a->next)
		if (xmlStrcasecmp(a->name, (const xmlChar *)name) == 0)
			return a->children && a->children->type ==
			    XML_TEXT_NODE ? a->children->content :
			    (const xmlChar *)"";
	return NULL;
}

/* True when the attribute name of n equals value, case ignored. */
static bool
attr_is(const xmlNode *n, const char *name, const char *value)
{
	const xmlChar *v = attr(n, name);

	return v != NULL && xmlStrcasecmp(v, (const xmlChar *)value) == 0;
}

/*
 * The next node in document order after n within root; the children of
 * n are skipped unless descend.
 */
static xmlNode *
walk_next(xmlNode *n, xmlNode *root, bool descend)
{
	if (descend && n->children != NULL)
		return n->children;
	for (; n != root; n = n->parent)
		if (n->next != NULL)
			return n->next;
	return NULL;
}

/* True when the lower-case token tok (len bytes) names furniture. */
static bool
token_is_furniture(const char *tok, size_t len)
{
	const char *p = tok, *end = tok + len, *q;
	size_t i;

	for (i = 0; i < NELEM(furniture_words); i++)
		if (strstr(tok, furniture_words[i]) != NULL)
			return true;
	while (p < end) {
		for (q = p; q < end && *q != '-' && *q != '_'; q++)
			;
		for (i = 0; i < NELEM(furniture_parts); i++)
			if (strlen(furniture_parts[i]) == (size_t)(q - p) &&
			    memcmp(furniture_parts[i], p, q - p) == 0)
				return true;
		p = q + 1;
	}
	return false;
}

/* True when one of the blank-separated tokens of v names furniture. */
static bool
value_is_furniture(const xmlChar *v)
{
	const char *p = (const char *)v;
	char tok[TOKEN_MAX];
	size_t n;

	while (*p != '\0') {
		while (isspace((unsigned char)*p))
			p++;
		for (n = 0; p[n] != '\0' && !isspace((unsigned char)p[n]); n++)
			if (n < TOKEN_MAX - 1)
				tok[n] = (char)tolower((unsigned char)p[n]);
		p += n;
		if (n > 0 && n < TOKEN_MAX) {
			tok[n] = '\0';
			if (token_is_furniture(tok, n))
				return true;
		}
	}
	return false;
}

/* True when element n and what it holds is never article text. */
static bool
node_is_skipped(const xmlNode *n)
{
	const xmlChar *v;

	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_TEXT_NODE &&
		    n->type != XML_CDATA_SECTION_NODE;
	if (name_in(n->name, skipped_tags, NELEM(skipped_tags)) ||
	    attr(n, "hidden") != NULL || attr_is(n, "aria-hidden", "true"))
		return true;
	v = attr(n, "class");
	if (v != NULL && value_is_furniture(v))
		return true;
	v = attr(n, "id");
	return v != NULL && value_is_furniture(v);
}

static bool
node_is_boundary(const xmlNode *n)
{
	static const char *const invisible[] = {
		"script", "style", "noscript", "template"
	};

	if (n->type != XML_ELEMENT_NODE)
		return false;
	if (name_in(n->name, block_tags, NELEM(block_tags)))
		return true;
	return node_is_skipped(n) &&
	    !name_in(n->name, invisible, NELEM(invisible));
}

/* Like walk_next, marking a paragraph end when leaving a boundary. */
static xmlNode *
text_next(struct strbuf *sb, xmlNode *n, xmlNode *root, bool descend)
{
	if (descend && n->children != NULL)
		return n->children;
	for (; n != root; n = n->parent) {
		if (node_is_boundary(n))
			strbuf_adds(sb, "\n\n");
		if (n->next != NULL)
			return n->next;
	}
	return NULL;
}

/* Append a text node's content with every blank turned into ' '. */
static void
text_emit(struct strbuf *sb, const xmlChar *s)
{
	const xmlChar *run;

	while (*s != '\0') {
		for (run = s; *s != '\0' && !isspace(*s); s++)
			;
		strbuf_add(sb, (const char *)run, (size_t)(s - run));
		if (*s != '\0') {
			strbuf_addc(sb, ' ');
			s++;
		}
	}
}

/*
 * Collapse blanks: a run holding a LF becomes "\n\n", any other run ' ',
 * and the ends are trimmed. Works in place; returns the new length.
 */
static size_t
text_tidy(char *s, size_t len)
{
	size_t i = 0, o = 0;
	bool lf;

	while (i < len) {
		if (!isspace((unsigned char)s[i])) {
			s[o++] = s[i++];
			continue;
		}
		for (lf = false; i < len && isspace((unsigned char)s[i]); i++)
			lf = lf || s[i] == '\n';
		if (o == 0 || i == len)
			continue;
		if (lf)
			s[o++] = '\n';
		s[o++] = lf ? '\n' : ' ';
	}
	s[o] = '\0';
	return o;
}

/* The raw text under root, paragraph ends marked; caller frees. */
static char *
text_collect(xmlNode *root, size_t *len)
{
	struct strbuf sb;
	xmlNode *n, *next;
	bool descend;

	strbuf_init(&sb, SIZE_MAX);
	for (n = root; n != NULL; n = next) {
		descend = n == root || !node_is_skipped(n);
		if (n != root && node_is_boundary(n))
			strbuf_adds(&sb, "\n\n");
		if (descend && n->type != XML_ELEMENT_NODE && n->content)
			text_emit(&sb, n->content);
		next = text_next(&sb, n, root, descend);
	}
	return strbuf_detach(&sb, len);
}

/*
 * The article text under root, normalized and tidied, in *out (caller
 * frees); returns its length, 0 (and *out NULL) when there is none.
 */
static size_t
text_extract(const char *name, xmlNode *root, char **out)
{
	char *raw, *text;
	size_t len;

	*out = NULL;
	if (root == NULL)
		return 0;
	raw = text_collect(root, &len);
	if (text_is_blank(raw, len) ||
	    text_normalize(name, 1, raw, len, &text, &len) == -1) {
		free(raw);
		return 0;
	}
	free(raw);
	len = text_tidy(text, len);
	if (len == 0) {
		free(text);
		return 0;
	}
	*out = text;
	return len;
}

/* True when an ancestor of n is an <article> or never article text. */
static bool
inside_article_or_furniture(const xmlNode *n)
{
	for (n = n->parent; n != NULL && n->type == XML_ELEMENT_NODE;
	    n = n->parent)
		if (is_tag(n, "article") || node_is_skipped(n))
			return true;
	return false;
}

/* The text of an element holding just text, or NULL. */
static const xmlChar *
node_text(const xmlNode *n)
{
	if (n->children != NULL && n->children->type == XML_TEXT_NODE)
		return n->children->content;
	return NULL;
}

static void
meta_date(struct html_meta *m, int slot, xmlNode *n, const xmlChar *v)
{
	if (m->date_val[slot] == NULL && v != NULL && *v != '\0') {
		m->date[slot] = n;
		m->date_val[slot] = v;
	}
}

/* Take what a <meta> element tells. */
static void
meta_tag(struct html_meta *m, xmlNode *n)
{
	static const char *const date_names[] = {
		"date", "pubdate", "publishdate", "dc.date", "dcterms.date",
		"datepublished", "dc.date.issued"
	};
	const xmlChar *key = attr(n, "property"), *v = attr(n, "content");

	if (key == NULL)
		key = attr(n, "name");
	if (key == NULL)
		key = attr(n, "itemprop");
	if (key == NULL || v == NULL)
		return;
	if (xmlStrcasecmp(key, BAD_CAST "og:title") == 0 && !m->og_title)
		m->og_title = v;
	else if (xmlStrcasecmp(key, BAD_CAST "og:site_name") == 0 && !m->site)
		m->site = v;
	else if (xmlStrcasecmp(key, BAD_CAST "og:url") == 0 && !m->og_url)
		m->og_url = v;
	else if (xmlStrcasecmp(key, BAD_CAST "article:published_time") == 0)
		meta_date(m, 0, n, v);
	else if (name_in(key, date_names, NELEM(date_names)))
		meta_date(m, 2, n, v);
}

/* Note what element n tells about the page. */
static void
meta_visit(struct html_meta *m, xmlNode *n)
{
	if (is_tag(n, "title") && m->title == NULL &&
	    n->parent != NULL && is_tag(n->parent, "head"))
		m->title = node_text(n);
	else if (is_tag(n, "meta"))
		meta_tag(m, n);
	else if (is_tag(n, "link") && attr_is(n, "rel", "canonical") &&
	    m->canonical == NULL)
		m->canonical = attr(n, "href");
	else if (is_tag(n, "time"))
		meta_date(m, 1, n, attr(n, "datetime"));
	else if (is_tag(n, "main") && m->main == NULL)
		m->main = n;
	else if (is_tag(n, "body") && m->body == NULL)
		m->body = n;
}

/*
 * Walk the whole page for metadata; return the text of the outermost
 * <article> with the most text (caller frees), or NULL when none has any.
 */
static char *
meta_walk(const char *name, xmlNode *root, struct html_meta *m,
    size_t *len)
{
	xmlNode *n;
	char *best = NULL, *text;
	size_t blen = 0, tlen;

	for (n = root; n != NULL; n = walk_next(n, root, true)) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		meta_visit(m, n);
		if (!is_tag(n, "article") || inside_article_or_furniture(n))
			continue;
		tlen = text_extract(name, n, &text);
		if (tlen > blen) {
			free(best);
			best = text;
			blen = tlen;
		} else
			free(text);
	}
	*len = blen;
	return best;
}

/* Set a->published from the first date that parses; warn if none does. */
static void
meta_published(struct article *a, const struct html_meta *m,
    const char *name, struct read_stats *st)
{
	int i, first = -1;
	long line;

	for (i = 0; i < 3; i++) {
		if (m->date_val[i] == NULL)
			continue;
		if (pubdate_parse((const char *)m->date_val[i],
		    a->published) == 0)
			return;
		if (first < 0)
			first = i;
	}
	if (first < 0)
		return;
	line = xmlGetLineNo(m->date[first]);
	meta_set_date(a, (const char *)m->date_val[first], name,
	    line > 0 ? (size_t)line : 0, st);
}

static void
meta_fill(struct article *a, const struct html_meta *m, const char *name,
    struct read_stats *st)
{
	const xmlChar *title = m->title ? m->title : m->og_title;
	const xmlChar *url = m->canonical ? m->canonical : m->og_url;

	if (title != NULL)
		meta_set(&a->title, (const char *)title, xmlStrlen(title));
	if (m->site != NULL)
		meta_set(&a->outlet, (const char *)m->site, xmlStrlen(m->site));
	if (url != NULL)
		meta_set(&a->url, (const char *)url, xmlStrlen(url));
	meta_published(a, m, name, st);
}

/* The article text of the page in *out; its length, 0 when none. */
static size_t
page_text(const char *name, xmlNode *root, struct html_meta *m, char **out)
{
	size_t len;

	*out = meta_walk(name, root, m, &len);
	if (*out == NULL)
		len = text_extract(name, m->main, out);
	if (*out == NULL)
		len = text_extract(name, m->body, out);
	if (*out == NULL)
		len = text_extract(name, root, out);
	return len;
}

/*
 * Whether the page declares a character set other than UTF-8 in its
 * first bytes (<meta charset=...> or http-equiv): libxml2 then decodes
 * it, and bytes that are not UTF-8 are that charset's, not errors.
 */
static bool
charset_other(const char *buf, size_t len)
{
	char *low = xstrndup(buf, len < 2048 ? len : 2048), *p, *q;
	bool other = false;

	for (q = low; *q != '\0'; q++)
		*q = (char)tolower((unsigned char)*q);
	if ((p = strstr(low, "charset=")) != NULL) {
		p += strlen("charset=");
		p += strspn(p, "\"' ");
		other = strncmp(p, "utf-8", 5) != 0 &&
		    strncmp(p, "utf8", 4) != 0;
	}
	free(low);
	return other;
}

/*
 * Parse the page. Invalid UTF-8 in a page that declares no other
 * charset is repaired first (U+FFFD, one warning naming the line), as
 * the text and JSONL readers do, instead of libxml2's silent Latin-1.
 */
static htmlDocPtr
html_read(const char *name, const char *buf, size_t len,
    struct read_stats *st)
{
	htmlDocPtr doc;
	char *fixed;
	size_t flen;

	if (charset_other(buf, len) ||
	    text_repair(name, 1, buf, len, &fixed, &flen) == 0)
		return htmlReadMemory(buf, (int)len, name, NULL, HTML_OPTS);
	st->warnings++;
	doc = htmlReadMemory(fixed, (int)flen, name, "UTF-8", HTML_OPTS);
	free(fixed);
	return doc;
}

int
html_parse(const char *name, const char *buf, size_t len, bool hash,
    struct article *out, struct read_stats *st)
{
	struct html_meta m = { 0 };
	htmlDocPtr doc;
	xmlNode *root;
	char *text;
	size_t tlen;

	article_init(out);
	if (text_is_binary(buf, len)) {
		warnx("%s: binary file", name);
		return -1;
	}
	if (len > INT_MAX)
		doc = NULL;
	else
		doc = html_read(name, buf, len, st);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (root == NULL) {
		warnx("%s: not HTML", name);
		xmlFreeDoc(doc);
		return -1;
	}
	tlen = page_text(name, root, &m, &text);
	if (text == NULL) {
		warnx("%s: no text", name);
		xmlFreeDoc(doc);
		return -1;
	}
	meta_fill(out, &m, name, st);
	xmlFreeDoc(doc);
	article_finish(out, name, "html", text, tlen, NULL, hash);
	return 0;
}
