/*
 * jsonline.h - JSON values written straight into a line buffer, byte for
 * byte as jansson's json_dumpf() writes them with JSON_COMPACT and
 * JSON_REAL_PRECISION(p) (no JSON_ENSURE_ASCII, no JSON_ESCAPE_SLASH).
 *
 * claims.jsonl built a jansson object of 27 members per claim only to
 * dump it: allocation, a hash table and freeing per claim, for a line
 * whose bytes are fixed by the values. tests/test_jsonline.c compares
 * these writers with jansson's output.
 */
#ifndef JSONLINE_H
#define JSONLINE_H

#include <stddef.h>

/* A growing byte buffer holding one line; p is not NUL-terminated. */
struct jline {
	char	*p;
	size_t	 n, cap;
};

void	jline_put(struct jline *, const char *, size_t);
void	jline_free(struct jline *);

/*
 * A JSON string: quoted, with jansson's escapes (\" \\ \b \f \n \r \t,
 * \uXXXX in capitals for the other control characters), other bytes as
 * they are. -1 and nothing written when s is not valid UTF-8 by
 * jansson's rules (json_string() would give NULL).
 */
int	jline_string(struct jline *, const char *s);
void	jline_integer(struct jline *, long long);

/*
 * A JSON real as "%.<precision>g" with jansson's touches: ".0" added when
 * neither '.' nor 'e' is in it, the exponent without '+' or leading
 * zeros. -1 and nothing written for NaN and infinities (json_real()
 * gives NULL for them).
 */
int	jline_real(struct jline *, double, int precision);

/* Whether s is valid UTF-8 as jansson's json_string() checks it. */
int	jline_utf8_valid(const char *s);

#endif
