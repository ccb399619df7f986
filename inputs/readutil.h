/*
 * readutil.h - helpers the format readers share (not for other stages).
 */
#ifndef READUTIL_H
#define READUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "reader.h"

/* The file name of path without directory and last extension; caller frees. */
char	*path_stem(const char *path);

/* The extension of path after the last '.', "" when none (not a copy). */
const char *path_ext(const char *path);

/*
 * Bytes kept of an id, title, outlet or url: a 60 MB id once cost 731 MB
 * of memory across the stages that copy it. Longer values are cut at a
 * character boundary.
 */
#define META_MAX 2000

/*
 * Replace *field by a copy of the len bytes at value, with white space
 * and one pair of surrounding quotes trimmed and inner runs of blanks
 * made one ' ', cut to META_MAX bytes; empty becomes NULL. value may
 * point into *field.
 */
void	meta_set(char **field, const char *value, size_t len);

/*
 * Parse value as a publication date into a->published. When it does not
 * parse, warn "name:LINE: unparseable date 'VALUE'; article kept undated",
 * count the warning in st and leave a->published as it was.
 * Returns 0 or -1 (warned).
 */
int	meta_set_date(struct article *a, const char *value, const char *name,
	    size_t line, struct read_stats *st);

/*
 * Complete an article whose metadata is set: take over body (len bytes,
 * NUL-terminated, malloc'ed), hash it when hash is true (else a->hash
 * stays ""), record path and format, and give it the id stem (or
 * path_stem(path) when stem is NULL) if it has none.
 */
void	article_finish(struct article *a, const char *path, const char *format,
	    char *body, size_t len, const char *stem, bool hash);

/*
 * Make the article's metadata (id, title, outlet, url) valid UTF-8
 * before it is stored, whatever it came from (a file name, a manifest
 * cell): each invalid byte becomes U+FFFD, with one warning per field
 * "PATH[:LINE]: invalid UTF-8 in the FIELD replaced by U+FFFD", counted
 * in st->warnings. Each is also cut to META_MAX bytes. Returns the
 * number of fields repaired.
 */
int	article_meta_repair(struct article *a, struct read_stats *st);

#endif
