/*
 * claimline.h - the claim line: one claim as the one-line JSON object
 * `claimtrack extract` prints (README "Printing claims"), written and read
 * back, so that claims extracted elsewhere (a Spark or Hadoop map step,
 * docs/scale-out.md) can be stored by `ingest --claims`.
 *
 * The writer prints exactly what jansson's json_dumpf() printed for the
 * same claim with JSON_COMPACT | JSON_ENSURE_ASCII |
 * JSON_REAL_PRECISION(10): keys in the same order, a whole number as an
 * integer, other numbers with 10 significant digits, NAN as null, every
 * non-ASCII character as \uXXXX. Like jansson it leaves out a key whose
 * string is not valid UTF-8 or whose number is infinite.
 */
#ifndef CLAIMLINE_H
#define CLAIMLINE_H

#include <stddef.h>

#include "claimtrack.h"
#include "util.h"

/* Append c's line, its newline included, to sb (no ceiling: SIZE_MAX). */
void	claimline_write(struct strbuf *sb, const struct claim *c);

/*
 * Parse a claim line (len bytes at p, without its newline) into c,
 * claim_init()ed first and the caller's to claim_release(). Returns 0,
 * or -1 with why in err (errlen bytes, NUL-terminated): not JSON, not an
 * object, or a field missing or of the wrong type (doc, qualifier,
 * source, sentence and the offsets are required; the other fields may
 * be missing or null).
 */
int	claimline_parse(const char *p, size_t len, struct claim *c,
	    char *err, size_t errlen);

#endif
