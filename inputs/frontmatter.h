/*
 * frontmatter.h - text articles (.txt .md .text) with an optional
 * front-matter header:
 *
 *	---
 *	id: s004
 *	title: ...
 *	outlet: ...
 *	url: ...
 *	published: 2024-10-25
 *	---
 *	body text ...
 *
 * Keys are matched without regard to case ("date" is taken for
 * "published"); unknown keys and lines without ':' are ignored; a value
 * may be quoted; an empty value counts as missing (NULL). Without a header
 * the whole file is the body, the id is the file name stem and the
 * article is undated.
 */
#ifndef FRONTMATTER_H
#define FRONTMATTER_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "reader.h"

/*
 * Read the len bytes of the file name from buf (raw bytes; normalized
 * here, see normalize.h) into out, which is article_init()ed first and
 * then owned by the caller (article_release()). Warnings (repaired UTF-8,
 * an unparseable date: the article is kept undated) are printed and
 * counted in st->warnings. Returns 0, or -1 after printing why the file
 * is rejected ("name:1: front matter not closed", "name: binary file",
 * "name: no text"); out is then empty. Rejections are the caller's to
 * count. With hash false out->hash stays "" (no text_hash()).
 */
int	frontmatter_parse(const char *name, const char *buf, size_t len,
	    bool hash, struct article *out, struct read_stats *st);

#endif
