/*
 * jsonl.h - JSON Lines articles (.jsonl .ndjson): one JSON object per
 * line with the keys id, title, outlet, url, published (ISO date or
 * date-time, or a news form pubdate.h accepts) and text ("body" or
 * "content" when "text" is absent). A numeric id is taken as its decimal
 * text; a missing id becomes STEM-LINE (file name stem, line number).
 * Blank lines are skipped. Other keys are ignored.
 */
#ifndef JSONL_H
#define JSONL_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "reader.h"

/*
 * Read the len bytes of the file name from buf and call fn for each good
 * line's article (article.line = its line number; the article is released
 * when fn returns). A bad line is reported once, "name:LINE: not JSON:
 * <why>", "name:LINE: not a JSON object" or "name:LINE: no text", counted
 * in st->rejected, and the other lines are read; a truncated last line is
 * just a bad line. Articles are counted in st->articles, warnings in
 * st->warnings. A binary file is rejected whole ("name: binary file",
 * counted). Returns 0, or -1 when fn returned -1 (the batch stops).
 */
int	jsonl_parse(const char *name, const char *buf, size_t len,
	    article_fn fn, void *arg, struct read_stats *st);

/*
 * A binary file is not JSONL: report "name: binary file", count it in
 * st->rejected and return true.
 */
bool	jsonl_binary(const char *name, const char *buf, size_t len,
	    struct read_stats *st);

/* The non-blank lines of a JSONL buffer, in order, with their numbers. */
struct jsonl_lines {
	const char	*p, *end;	/* what is left */
	size_t		 line;		/* number of the last line read */
};

void	jsonl_lines_init(struct jsonl_lines *, const char *buf, size_t len);
/* The next non-blank line (without its newline) in *start and *len; its
 * number from 1, or 0 at the end. */
size_t	jsonl_next_line(struct jsonl_lines *, const char **start,
	    size_t *len);

/*
 * Parse line number line of the file name, len bytes at p without the
 * newline, into out (article_init()ed first, then the caller's). Returns
 * 1 with an article, 0 for a blank line (out empty), or -1 after
 * reporting why the line is rejected (out empty; the caller counts it).
 * Warnings are counted in st->warnings. With hash false out->hash stays
 * "" (no text_hash()).
 */
int	jsonl_line_parse(const char *name, size_t line, const char *p,
	    size_t len, bool hash, struct article *out, struct read_stats *st);

/* How jsonl_line_parse() reads a line. */
enum jsonl_reader {
	JSONL_READER_ENV = -1,	/* as the environment asks, read at the
				   next line and kept: the one-pass reader
				   unless CLAIMTRACK_NO_FASTJSON is set (the
				   default) */
	JSONL_READER_JANSSON,	/* jansson for every line */
	JSONL_READER_FAST	/* the common record in one pass (jsonrec.h),
				   jansson for the rest */
};

/* Set how the lines parsed from now on are read, on every thread (for
 * tests that compare the two readers). */
void	jsonl_reader_set(enum jsonl_reader);

#endif
