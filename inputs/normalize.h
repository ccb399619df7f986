/*
 * normalize.h - turn the bytes of an article file into the clean UTF-8
 * text every later stage sees, and give that text a content hash.
 *
 * Normalization, in one pass:
 *   - a leading byte-order mark is dropped;
 *   - CRLF and lone CR become LF, so line numbers match the file's;
 *   - NBSP, thin, narrow, figure, ideographic and the other Unicode
 *     spaces (U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F, U+3000)
 *     become ' ';
 *   - zero-width characters (U+200B-U+200D, U+2060, U+FEFF) and the soft
 *     hyphen U+00AD are removed, so "12,\u200b000" reads as "12,000";
 *   - U+2028 and U+2029 become LF; other C0 controls but tab and LF
 *     become ' ';
 *   - curly quotes, dashes and everything else are kept as they are.
 *
 * Invalid UTF-8 is REPAIRED, not rejected: each invalid byte becomes
 * U+FFFD and the file gets one warning naming the line of the first one.
 * Scraped pages often carry one stray Latin-1 byte in otherwise good
 * text, and losing the whole article over it helps no analyst.
 *
 * A buffer with a NUL byte, or whose first 4 KiB are more than 30%
 * control bytes or invalid UTF-8, is a binary file and rejected.
 */
#ifndef NORMALIZE_H
#define NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

/* True when buf holds a NUL byte or is mostly not text (see above). */
bool	text_is_binary(const char *buf, size_t len);

/*
 * Normalize len bytes of buf into a new NUL-terminated string the caller
 * frees, stored in *out (its length in *outlen, which may be NULL).
 * name (and line, the line buf starts at in name) are only for messages.
 * Returns 0 when the text was clean, 1 when invalid UTF-8 was repaired
 * (one warning "name:LINE: invalid UTF-8 replaced by U+FFFD" printed),
 * or -1 after printing "name: binary file" (nothing stored).
 */
int	text_normalize(const char *name, size_t line, const char *buf,
	    size_t len, char **out, size_t *outlen);

/*
 * text_normalize() of text known to be valid UTF-8 without a NUL byte
 * (a string a JSON parser has decoded: it validated the encoding and
 * refuses \u0000): the same result and messages, without validating the
 * encoding again. Returns 0, or -1 after printing "name: binary file"
 * when its first 4 KiB are mostly control bytes.
 */
int	text_normalize_utf8(const char *name, size_t line, const char *buf,
	    size_t len, char **out, size_t *outlen);

/*
 * Repair invalid UTF-8 in the len bytes at buf before a parser sees
 * them (JSONL lines, HTML pages), the way text_normalize() does: each
 * invalid byte becomes U+FFFD and one warning "name:LINE: invalid UTF-8
 * replaced by U+FFFD (N bytes)" names the line of the first (line is
 * the line buf starts at). Returns 0 when buf is valid (*out NULL), 1
 * with the repaired copy in *out (NUL-terminated, caller frees; its
 * length in *outlen). NUL bytes are kept as they are.
 */
int	text_repair(const char *name, size_t line, const char *buf,
	    size_t len, char **out, size_t *outlen);

/*
 * True when the len bytes at buf are valid UTF-8 (RFC 3629: no overlong
 * form, no surrogate, nothing past U+10FFFF) without a NUL byte: the
 * answer of g_utf8_validate_len(), eight ASCII bytes at a time.
 */
bool	text_is_utf8(const char *buf, size_t len);

/*
 * Write into hash the lower-case hex SHA-256 of text with every run of
 * white space collapsed to one ' ' and the ends trimmed, so an article
 * read from a .txt file and from an .html page hashes the same.
 */
void	text_hash(const char *text, size_t len, char hash[65]);

/* True when text holds nothing but white space. */
bool	text_is_blank(const char *text, size_t len);

#endif
