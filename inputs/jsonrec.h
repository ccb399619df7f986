/*
 * jsonrec.h - the common JSONL article record read in one pass: a JSON
 * object whose members the caller names (id, title, text, ...) are
 * strings or null, with the standard escapes. It exists for speed: a
 * general JSON parser builds and frees a tree of every line, copying
 * each string a byte at a time.
 *
 * Only what it accepts whole is read; anything else is left to the
 * general parser (jansson), so the messages for odd input stay its own.
 * Left over, with nothing read: a line that is not one object; a named
 * member that is no string or null (a numeric id, an object) or comes
 * twice; a key with an escape; a string holding a control byte, \u0000
 * or a lone surrogate; an array or object nested deeper than
 * JSONREC_MAX_DEPTH; a number with an exponent or more than 18 digits
 * (the general parser may refuse it as too big); anything after the
 * object but white space.
 *
 * The input must be valid UTF-8 (text_repair() first, as the JSONL
 * reader does): the bytes of strings are not validated again.
 */
#ifndef JSONREC_H
#define JSONREC_H

#include <stdbool.h>
#include <stddef.h>

#define JSONREC_MAX_KEYS 8	/* members a caller may name */
#define JSONREC_MAX_DEPTH 32	/* nesting of skipped values read */

/* One named member as found. */
struct jsonrec_val {
	const char	*s;	/* the decoded string (not NUL-terminated),
				   NULL when absent or null */
	size_t		 len;	/* its length in bytes */
	bool		 seen;	/* the key was present (also as null) */
};

/*
 * A record being read. keys and nkeys are the caller's; v[i] is the
 * member keys[i]. Strings without escapes point into the line, others
 * into scratch, which the record owns and keeps from one line to the
 * next (jsonrec_release() frees it).
 */
struct jsonrec {
	const char *const *keys;	/* member names, at most
					   JSONREC_MAX_KEYS */
	size_t		 nkeys;
	struct jsonrec_val v[JSONREC_MAX_KEYS];
	char		*scratch;	/* decoded strings with escapes */
	size_t		 cap;		/* its size */
	size_t		 used;		/* bytes of it used by this line */
};

void	jsonrec_init(struct jsonrec *, const char *const *keys, size_t nkeys);
void	jsonrec_release(struct jsonrec *);

/*
 * Read the len bytes at p as one record into r. Returns true when the
 * line was read whole (r->v filled, valid until the next call or until
 * p changes), false when it must go to the general parser (r->v
 * undefined). Never prints anything.
 */
bool	jsonrec_parse(struct jsonrec *r, const char *p, size_t len);

#endif
