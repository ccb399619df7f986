/*
 * html.h - web pages (.html .htm): find the article text in the page and
 * its metadata, with libxml2's forgiving HTML parser (no network, no
 * entity or DTD loading; the page's declared charset is honoured).
 *
 * Body: the <article> with the most text, else <main>, else <body>.
 * Never kept: script, style, noscript, template, head, nav, header,
 * footer, aside, form, iframe, svg, figure, figcaption, button, select,
 * elements with the hidden attribute or aria-hidden="true", and elements
 * whose class or id marks page furniture (menu, nav, footer, sidebar,
 * related, share, social, newsletter, promo, ad(vert), cookie, comment,
 * breadcrumb, read-next, recommended). Block elements (p, div, li, h1-h6,
 * br, blockquote, tr, ...) end a paragraph; paragraphs are joined with
 * "\n\n" and white space inside them is collapsed to one ' '.
 *
 * Metadata: title from <title>, else og:title; outlet from og:site_name;
 * published from article:published_time, else <time datetime>, else
 * <meta name=date> (or pubdate, dc.date, itemprop=datePublished); url
 * from <link rel=canonical>, else og:url; id is the file name stem.
 *
 * The tree is walked iteratively, so deep nesting cannot overflow the
 * stack. The parser runs with XML_PARSE_HUGE: without it libxml2 stops
 * at 256 nested elements and the text below is lost; the input is
 * already bounded by the reader's per-file ceiling.
 */
#ifndef HTML_H
#define HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "reader.h"

/*
 * Read the len bytes of the page name from buf into out, which is
 * article_init()ed first and then owned by the caller. Warnings (an
 * unparseable date) are printed and counted in st->warnings. Returns 0,
 * or -1 after printing why the page is rejected ("name: binary file",
 * "name: no text", "name: not HTML"); out is then empty. With hash false
 * out->hash stays "" (normalize.h's text_hash() is not run).
 */
int	html_parse(const char *name, const char *buf, size_t len, bool hash,
	    struct article *out, struct read_stats *st);

#endif
