/*
 * tokens.c - see tokens.h.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "tokens.h"

/*
 * What an ASCII byte is to a word: TC_DIGIT, TC_UPPER, TC_LOWER, else 0
 * (bytes from 0x80 on too), as isdigit(), isupper() and islower() of
 * the C locale (the program sets no other) answer. One load answers both
 * of scan_word()'s questions of each letter (alphanumeric? lower case?),
 * and is_letter()'s of an ASCII byte without a call for the ctype table.
 */
enum { TC_DIGIT = 1, TC_UPPER = 2, TC_LOWER = 4 };

static const unsigned char tok_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 10 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,	/* 30 */
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,	/* 40 */
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,	/* 50 */
	0, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* 60 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0,	/* 70 */
};

/* Bytes of a UTF-8 space at p (no-break and thin spaces too), else 0. */
static size_t
space_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == ' ' || (*p >= '\t' && *p <= '\r'))	/* \t \n \v \f \r */
		return 1;
	if (*p < 0xc2)		/* no wider space starts so: most bytes */
		return 0;
	if (end - p >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 &&
	    ((p[2] >= 0x80 && p[2] <= 0x8a) || p[2] == 0xaf))
		return 3;
	if (end - p >= 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;
	return 0;
}

/*
 * Class of a typographic mark at p (curly quotes, dashes, ellipsis,
 * currency signs) and its length in *n; 0 when p is no such mark.
 */
static char
utf8_punct(const unsigned char *p, const unsigned char *end, size_t *n)
{
	*n = 2;
	if (end - p >= 2 && p[0] == 0xc2) {
		if (p[1] == 0xab || p[1] == 0xbb)
			return '"';
		if (p[1] == 0xa3 || p[1] == 0xa5)
			return '$';
		if (p[1] == 0xb7)
			return '.';
	}
	*n = 3;
	if (end - p < 3 || p[0] != 0xe2)
		return 0;
	if (p[1] == 0x80) {
		if (p[2] == 0x9c || p[2] == 0x9d || p[2] == 0x9e)
			return '"';
		if (p[2] == 0x98 || p[2] == 0x99)
			return '\'';
		if (p[2] >= 0x90 && p[2] <= 0x95)
			return '-';
		if (p[2] == 0xa2 || p[2] == 0xa6)
			return '.';
	}
	if (p[1] == 0x82 && p[2] >= 0xa0 && p[2] <= 0xbf)
		return '$';
	if (p[1] == 0x88 && p[2] == 0x92)
		return '-';
	return 0;
}

static inline bool
is_letter(const unsigned char *p, const unsigned char *end)
{
	size_t n;

	if (*p < 0x80)
		return (tok_class[*p] & (TC_UPPER | TC_LOWER)) != 0;
	return space_len(p, end) == 0 && utf8_punct(p, end, &n) == 0;
}

/* Length of an apostrophe at p (' or ’), else 0. */
static size_t
apos_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == '\'')
		return 1;
	if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99)
		return 3;
	return 0;
}

static size_t
digits(const unsigned char *p, const unsigned char *end, double *v)
{
	size_t n = 0;

	while (p + n < end && isdigit(p[n])) {
		*v = *v * 10 + (p[n] - '0');
		n++;
	}
	return n;
}

/* Exactly three digits at p, not followed by another digit. */
static bool
group3(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 3 && isdigit(p[0]) && isdigit(p[1]) &&
	    isdigit(p[2]) && (end - p == 3 || !isdigit(p[3]));
}

/* Integer part with "," or (never both) space thousands separators. */
static const unsigned char *
num_integer(const unsigned char *p, const unsigned char *end,
    struct token *t, size_t *ndig)
{
	size_t n = digits(p, end, &t->num), sp = 0;
	bool comma = false, space = false;

	*ndig = n;
	p += n;
	for (;;) {
		if (!space && p < end && *p == ',' && group3(p + 1, end)) {
			p++;
			comma = true;
		} else if (!comma && n <= 3 && p < end && *p != '\n' &&
		    (sp = space_len(p, end)) > 0 && group3(p + sp, end)) {
			p += sp;
			space = true;
		} else
			break;
		digits(p, end, &t->num);
		p += 3;
	}
	if (comma || space)
		*ndig = 0;	/* grouped numbers are never years */
	return p;
}

/* Suffix glued to a number: k (thousand), ordinal, or other letters. */
static const unsigned char *
num_suffix(const unsigned char *p, const unsigned char *end,
    struct token *t)
{
	const unsigned char *q = p;

	while (q < end && isalpha(*q))
		q++;
	if (q == p)
		return p;
	if (q - p == 1 && (*p == 'k' || *p == 'K')) {
		t->num *= 1000;
		t->flags |= TF_KILO;
	}
	else if (q - p == 2 && (strncasecmp((const char *)p, "st", 2) == 0 ||
	    strncasecmp((const char *)p, "nd", 2) == 0 ||
	    strncasecmp((const char *)p, "rd", 2) == 0 ||
	    strncasecmp((const char *)p, "th", 2) == 0))
		t->flags |= TF_ORDINAL;
	else
		t->flags |= TF_ATTACHED;
	return q;
}

static const unsigned char *
scan_number(const unsigned char *p, const unsigned char *end,
    struct token *t)
{
	double frac = 0, scale = 1;
	size_t ndig;

	t->kind = TOK_NUM;
	t->num = 0;
	p = num_integer(p, end, t, &ndig);
	if (p + 1 < end && *p == '.' && isdigit(p[1])) {
		p++;
		while (p < end && isdigit(*p)) {
			frac = frac * 10 + (*p - '0');
			scale *= 10;
			p++;
		}
		t->num += frac / scale;
		t->flags |= TF_DECIMAL;
		ndig = 0;
	} else if (p + 2 < end && *p == ':' && isdigit(p[1]) &&
	    isdigit(p[2])) {
		p += 3;
		t->flags |= TF_TIME;
		ndig = 0;
	}
	if (ndig == 4 && t->num >= 1800 && t->num <= 2199)
		t->flags |= TF_YEARLIKE;
	return num_suffix(p, end, t);
}

/* Dotted abbreviation such as "U.S." or "e.g.": continue after a letter. */
static const unsigned char *
word_dots(const unsigned char *start, const unsigned char *p,
    const unsigned char *end)
{
	bool dotted = false;

	if (p - start != 1)
		return p;
	while (p + 2 < end && *p == '.' && isalpha(p[1]) && p[2] == '.') {
		p += 2;
		dotted = true;
	}
	if (dotted && p < end && *p == '.')
		p++;
	return p;
}

static const unsigned char *
scan_word(const unsigned char *p, const unsigned char *end,
    struct token *t)
{
	const unsigned char *start = p;
	unsigned char k, seen = 0;	/* the tok_class bits of its bytes */
	size_t a;
	int letters = 0;

	t->kind = TOK_WORD;
	if (tok_class[*p] == TC_UPPER)
		t->flags |= TF_CAP;
	while (p < end) {
		if ((k = tok_class[*p]) != 0) {	/* [A-Za-z0-9]: most bytes */
			seen |= k;
			letters++;
			p++;
		} else if (*p >= 0x80 && is_letter(p, end)) {
			letters++;
			p++;
		} else if ((*p == '-' || *p == '/') && p + 1 < end &&
		    isalnum(p[1]) && p > start) {
			p++;
		} else if ((a = apos_len(p, end)) > 0 && p + a < end &&
		    isalpha(p[a]) && !((p[a] == 's' || p[a] == 'S') &&
		    (p + a + 1 == end || !isalnum(p[a + 1])))) {
			p += a;
		} else
			break;
	}
	p = word_dots(start, p, end);
	if (!(seen & TC_LOWER) && letters >= 2 && (t->flags & TF_CAP))
		t->flags |= TF_UPPER;
	return p;
}

/* A possessive 's after a word, else NULL. */
static const unsigned char *
scan_poss(const unsigned char *p, const unsigned char *end)
{
	size_t a = apos_len(p, end);

	if (a == 0 || p + a >= end || (p[a] != 's' && p[a] != 'S'))
		return NULL;
	if (p + a + 1 < end && isalnum(p[a + 1]))
		return NULL;
	return p + a + 1;
}

static const unsigned char *
scan_one(const unsigned char *p, const unsigned char *end,
    const struct token *prev, struct token *t)
{
	const unsigned char *q;
	size_t n;
	char c;

	/* "Smith's", and "Smith Jr.'s", "U.S.'s" after an abbreviation */
	if (prev != NULL && (prev->kind == TOK_WORD || (prev->kind ==
	    TOK_PUNCT && prev->ch == '.' && p[-1] == '.')) &&
	    (q = scan_poss(p, end)) != NULL) {
		t->kind = TOK_POSS;
		return q;
	}
	if (*p >= '0' && *p <= '9')	/* isdigit() of the C locale */
		return scan_number(p, end, t);
	if (is_letter(p, end))
		return scan_word(p, end, t);
	t->kind = TOK_PUNCT;
	if ((c = utf8_punct(p, end, &n)) != 0) {
		t->ch = c;
		return p + n;
	}
	t->ch = *p == '`' ? '\'' : (char)*p;
	return p + 1;
}

/* The fields scan_one() may leave unset, set to what a memset() to 0
 * gave: fewer stores a token than clearing its 32 bytes (kind, off, len
 * and h are always set; padding is never read). */
static inline void
token_clear(struct token *t)
{
	t->flags = 0;
	t->ch = 0;
	t->num = 0;
}

size_t
tokenize(const char *text, size_t start, size_t end, struct token *out,
    size_t max)
{
	const unsigned char *s = (const unsigned char *)text;
	const unsigned char *p = s + start, *e = s + end, *q;
	size_t n = 0, sp;

	while (p < e && n < max) {
		if (*p == ' ') {	/* the usual space, without a call */
			p++;
			continue;
		}
		/* any other space starts with \t..\r or a byte from 0xc2
		   on: most tokens start with neither */
		if (((*p >= '\t' && *p <= '\r') || *p >= 0xc2) &&
		    (sp = space_len(p, e)) > 0) {
			p += sp;
			continue;
		}
		token_clear(&out[n]);
		out[n].off = (size_t)(p - s);
		q = scan_one(p, e, n > 0 && out[n - 1].off + out[n - 1].len ==
		    (size_t)(p - s) ? &out[n - 1] : NULL, &out[n]);
		out[n].len = (unsigned)(q - p);
		out[n].h = tok_hash((const char *)p, (size_t)(q - p));
		p = q;
		n++;
	}
	return n;
}

/*
 * A Bloom filter of the words of one list given to tok_in_sorted() or
 * tok_in(), so that most tokens, which are in no list, are ruled out by
 * the hash tokenize() stored in them instead of a binary search or a
 * comparison with every word. Each thread builds a list's filter at the
 * list's first use and keeps it in a table of its own, found by the
 * list's address: hence the lists must be static storage.
 */
#define BLOOM_WORDS	16	/* 64-bit words: 1,024 bits a list */
#define BLOOM_LISTS	2048	/* lists a thread can keep (a power of 2) */

struct bloom {
	const char *const *ws;	/* the list, NULL while the slot is free */
	size_t	 n;		/* its words */
	uint64_t bits[BLOOM_WORDS]; /* two bits set for each word */
};

/* The n of tok_in()'s filters: every word up to the list's NULL (a
 * sorted list asked by both functions has a filter for each). */
#define BLOOM_ALL	SIZE_MAX

static _Thread_local struct bloom blooms[BLOOM_LISTS];

/* The two bits of a hash h in a filter (10 bits each: 1,024). */
#define BLOOM_BIT1(h)	((h) >> 22)
#define BLOOM_BIT2(h)	((h) >> 12 & 1023)

static void
bloom_add(struct bloom *b, uint32_t h)
{
	b->bits[BLOOM_BIT1(h) / 64] |= (uint64_t)1 << BLOOM_BIT1(h) % 64;
	b->bits[BLOOM_BIT2(h) / 64] |= (uint64_t)1 << BLOOM_BIT2(h) % 64;
}

/* False when no word added to b hashes as h. */
static inline bool
bloom_has(const struct bloom *b, uint32_t h)
{
	return (b->bits[BLOOM_BIT1(h) / 64] >> BLOOM_BIT1(h) % 64 & 1) &&
	    (b->bits[BLOOM_BIT2(h) / 64] >> BLOOM_BIT2(h) % 64 & 1);
}

/*
 * The slot where the filter of the list ws is looked for first: its
 * address in units of 16 bytes (a list of one word and its NULL), no
 * multiply. The lists lie in the program's read-only data, about 40 KB,
 * so most of them get a slot of their own among 2,048 (a period of
 * 32 KB); two that meet are told apart by bloom_of()'s probe.
 */
static inline size_t
bloom_slot(const char *const *ws)
{
	return (size_t)((uintptr_t)ws >> 4) % BLOOM_LISTS;
}

/*
 * A list searched by halves must be in lex_cmp() order, or some of its
 * words are never found, silently (a word added out of place): say so
 * and stop, at the list's first use, which every test run reaches.
 */
static void
assert_sorted(const char *const *ws, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (lex_cmp(ws[i - 1], strlen(ws[i - 1]), ws[i]) >= 0) {
			fprintf(stderr, "word list out of order: \"%s\" "
			    "before \"%s\"\n", ws[i - 1], ws[i]);
			abort();
		}
}

/* The filter of the n words ws, built at its first use; NULL when the
 * thread's table is full (then every token is searched for). */
static __attribute__((noinline)) const struct bloom *
bloom_of(const char *const *ws, size_t n)
{
	size_t i, k, slot;
	struct bloom *b;

	slot = bloom_slot(ws);
	for (k = 0; k < BLOOM_LISTS; k++) {
		b = &blooms[(slot + k) % BLOOM_LISTS];
		if (b->ws == ws && b->n == n)
			return b;
		if (b->ws != NULL)
			continue;
		if (n != BLOOM_ALL)
			assert_sorted(ws, n);
		for (i = 0; n == BLOOM_ALL ? ws[i] != NULL : i < n; i++)
			bloom_add(b, tok_hash(ws[i], strlen(ws[i])));
		b->ws = ws;
		b->n = n;
		return b;
	}
	return NULL;
}

/* The binary search of tok_in_sorted(), apart so that the common
 * answer, a token the filter rules out, costs no more than the test. */
static __attribute__((noinline)) bool
sorted_has(const char *text, const struct token *t, const char *const *ws,
    size_t n)
{
	size_t lo = 0, hi = n, mid;
	int d;

	while (lo < hi) {	/* no copy: compare in place */
		mid = lo + (hi - lo) / 2;
		if ((d = lex_cmp(text + t->off, t->len, ws[mid])) == 0)
			return true;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* tok_in_sorted() of a list whose filter is not in its own slot. */
static __attribute__((noinline)) bool
in_sorted_probed(const char *text, const struct token *t,
    const char *const *ws, size_t n)
{
	const struct bloom *b = bloom_of(ws, n);

	if (b != NULL && !bloom_has(b, t->h))
		return false;
	return sorted_has(text, t, ws, n);
}

bool
tok_in_sorted(const char *text, const struct token *t,
    const char *const *ws, size_t n)
{
	const struct bloom *b;

	if (t->kind != TOK_WORD)
		return false;
	b = &blooms[bloom_slot(ws)];	/* the list's own slot, mostly */
	if (b->ws != ws || b->n != n)
		return in_sorted_probed(text, t, ws, n);
	if (!bloom_has(b, t->h))
		return false;
	return sorted_has(text, t, ws, n);
}

/* tok_in()'s comparison with each word, apart as sorted_has() is. */
static __attribute__((noinline)) bool
list_has(const char *text, const struct token *t, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (tok_is(text, t, *ws))
			return true;
	return false;
}

/* tok_in() of a list whose filter is not in its own slot. */
static __attribute__((noinline)) bool
in_list_probed(const char *text, const struct token *t,
    const char *const *ws)
{
	const struct bloom *b = bloom_of(ws, BLOOM_ALL);

	if (b != NULL && !bloom_has(b, t->h))
		return false;
	return list_has(text, t, ws);
}

/*
 * A token matching a word of ws hashes as that word (tok_is() folds
 * only A-Z, which tok_hash() folds too), so a token missing from the
 * list's filter is no word of it.
 */
bool
tok_in(const char *text, const struct token *t, const char *const *ws)
{
	const struct bloom *b;

	if (t->kind != TOK_WORD)
		return false;
	b = &blooms[bloom_slot(ws)];
	if (b->ws != ws || b->n != BLOOM_ALL)
		return in_list_probed(text, t, ws);
	if (!bloom_has(b, t->h))
		return false;
	return list_has(text, t, ws);
}

int
tok_month(const char *text, const struct token *t, bool abbrevs)
{
	int m;

	if (t->kind != TOK_WORD)
		return 0;
	m = lex_month(text + t->off, t->len);
	if (m == 0 && abbrevs)
		m = lex_month_abbrev(text + t->off, t->len);
	return m;
}

int
tok_weekday(const char *text, const struct token *t)
{
	if (t->kind != TOK_WORD)
		return -1;
	return lex_weekday(text + t->off, t->len);
}
