/*
 * tokens.h - cut a span of text into word, number and punctuation tokens
 * without allocating: the caller owns the token array, tokens point into
 * the text by byte offset.
 *
 * Numbers keep their value: "12,000", "12 000" (also with a no-break or
 * thin space), "1.5", "12k" are one token each. A possessive "'s" is a token of its own (kind TOK_POSS), so
 * "Pyongyang's" matches a tracker phrase written the same way. Typographic
 * quotes, dashes and currency signs are folded into one ASCII class
 * character (ch) so callers test one byte.
 */
#ifndef TOKENS_H
#define TOKENS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum tok_kind {
	TOK_WORD,	/* letters, with inner hyphens, apostrophes, "U.S." */
	TOK_NUM,	/* digits with separators; num holds the value */
	TOK_PUNCT,	/* one punctuation mark; ch holds its class */
	TOK_POSS	/* possessive 's or ’s */
};

enum tok_flag {
	TF_CAP = 1,	/* word starts with an upper-case letter */
	TF_UPPER = 2,	/* word is all upper case (two letters or more) */
	TF_ORDINAL = 4,	/* number with an ordinal suffix: 1st, 23rd */
	TF_YEARLIKE = 8, /* four digits, no separator, 1800..2199 */
	TF_ATTACHED = 16, /* letters glued to digits ("F16", "5G"): no number */
	TF_TIME = 32,	/* "13:30" */
	TF_DECIMAL = 64, /* written with a decimal point */
	TF_KILO = 128	/* "12k": num already holds the thousands */
};

struct token {
	size_t	 off;		/* byte offset in the text given to tokenize */
	unsigned len;		/* bytes */
	unsigned char kind;	/* enum tok_kind */
	unsigned char flags;	/* enum tok_flag bits */
	char	 ch;		/* TOK_PUNCT class: '.', ',', '"', '\'', '-',
				   '$' (any currency sign), or the ASCII mark */
	uint32_t h;		/* tok_hash() of its bytes, set by tokenize():
				   a token cut out of another must be made
				   with tok_cut() */
	double	 num;		/* TOK_NUM value */
};

/* The words of a NULL-ended list kept sorted for tok_in_sorted(). */
#define NWORDS(ws) (sizeof(ws) / sizeof(*(ws)) - 1)

/*
 * A hash of a word's length and its first two and last two bytes, each
 * with bit 0x20 set, so that any case of a word hashes as its lower-case
 * form (lex_cmp() and strncasecmp() fold only bytes that differ in that
 * bit). Enough to tell most words apart, at a cost that does not grow
 * with the word; tokenize() stores it in each token, so that the word
 * tests (tok_in_sorted(), the tracker's phrase lists) hash no token
 * twice.
 */
static inline uint32_t
tok_hash(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t x;

	if (n == 0)
		return 0;
	x = (uint32_t)(u[0] | 0x20) | (uint32_t)(u[n > 1] | 0x20) << 8 |
	    (uint32_t)(u[n > 1 ? n - 2 : 0] | 0x20) << 16 |
	    (uint32_t)(u[n - 1] | 0x20) << 24;
	return (x ^ (uint32_t)n * 0x85ebca6bu) * 0x9e3779b1u;
}

/* Make *t the len bytes of text at off (a piece of the token it was
 * copied from: "twenty" of "twenty-five"), with their hash. */
static inline void
tok_cut(const char *text, struct token *t, size_t off, size_t len)
{
	t->off = off;
	t->len = (unsigned)len;
	t->h = tok_hash(text + off, len);
}

/*
 * Tokenize text[start..end) into out (at most max tokens; the rest is
 * dropped). Offsets are relative to text. Returns the token count.
 */
size_t	tokenize(const char *text, size_t start, size_t end,
	    struct token *out, size_t max);

/*
 * True when the token is the word w (w in lower case; any case matches).
 * Inline: the rules ask it of nearly every token, and most answers come
 * from the first letter.
 */
static inline bool
tok_is(const char *text, const struct token *t, const char *w)
{
	const char *s = text + t->off;
	size_t k;

	/* the first letter rules out most words; no strlen of w */
	if (t->kind != TOK_WORD || (s[0] | 0x20) != w[0])
		return false;
	for (k = 1; k < t->len; k++)
		if (w[k] == '\0' || (s[k] >= 'A' && s[k] <= 'Z' ?
		    s[k] | 0x20 : s[k]) != w[k])
			return false;
	return w[t->len] == '\0';
}

/*
 * True when the token is one of the NULL-terminated lower-case words.
 * ws must be static storage that never changes, as for tok_in_sorted():
 * its filter is kept by its address.
 */
bool	tok_in(const char *text, const struct token *, const char *const *ws);
/*
 * True when the token is one of the n lower-case words of ws, which are
 * sorted in strcmp() order (a binary search, for long lists). ws must be
 * static storage that never changes: each thread keeps a filter of its
 * words, made at the first call and found again by its address, which
 * rules out most tokens before the search.
 */
bool	tok_in_sorted(const char *text, const struct token *,
	    const char *const *ws, size_t n);
/*
 * The month 1..12 a word token names in full ("October") or, when abbrevs,
 * also by a short form ("Oct", "Sept"), else 0; the weekday 0..6 (Sunday
 * first) it names, else -1. Any case; the words are core/lexicon's.
 */
int	tok_month(const char *text, const struct token *, bool abbrevs);
int	tok_weekday(const char *text, const struct token *);
/* True when the token is the punctuation class c. */
static inline bool
tok_punct(const struct token *t, char c)
{
	return t->kind == TOK_PUNCT && t->ch == c;
}

#endif
