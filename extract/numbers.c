/*
 * numbers.c - see numbers.h.
 */
#include <ctype.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <glib.h>

#include "numbers.h"
#include "util.h"

struct amount {
	double	 v;		/* value; NAN when vague */
	double	 lo, hi;	/* vague interval */
	size_t	 end;		/* token just past the amount */
	double	 lead;		/* the figure before the first scale word:
				   12 of "12 thousand", 1.5 of "1.5m" */
	double	 scale;		/* that scale word's value; 1 when none */
	bool	 strong;	/* written "N-strong" */
	bool	 joined;	/* read across an "and" */
};

static double	glued_scale(const char *, const struct token *);

/* How an amount may be read. */
enum amount_how {
	AMOUNT_GREEDY,		/* "and" may join groups ("a hundred and
				   fifty") */
	AMOUNT_NO_AND		/* "and" ends the amount: "between one
				   hundred and two hundred" */
};

static const char *const units[] = {
	"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen", NULL
};

static const char *const tens[] = {
	"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
	"ninety", NULL
};

#define QUALWORDS_MAX 4

struct qualword {
	const char *words[QUALWORDS_MAX]; /* words before the amount; NULL
					     ends a shorter list */
	enum qualifier qual;
	bool	 from_below;	/* "nearly": the interval ends at X */
};

/* Longer phrases first, so "no more than" wins over "more than". */
static const struct qualword qualwords[] = {
	{ { "no", "fewer", "than" }, QUAL_AT_LEAST, false },
	{ { "no", "less", "than" }, QUAL_AT_LEAST, false },
	{ { "not", "less", "than" }, QUAL_AT_LEAST, false },
	{ { "no", "more", "than" }, QUAL_AT_MOST, false },
	{ { "not", "more", "than" }, QUAL_AT_MOST, false },
	{ { "in", "excess", "of" }, QUAL_MORE_THAN, false },
	{ { "as", "many", "as" }, QUAL_UP_TO, false },
	{ { "as", "high", "as" }, QUAL_UP_TO, false },
	{ { "in", "the", "region", "of" }, QUAL_APPROX, false },
	{ { "at", "least" }, QUAL_AT_LEAST, false },
	{ { "a", "minimum", "of" }, QUAL_AT_LEAST, false },
	{ { "more", "than" }, QUAL_MORE_THAN, false },
	{ { "upwards", "of" }, QUAL_MORE_THAN, false },
	{ { "north", "of" }, QUAL_MORE_THAN, false },
	{ { "well", "over" }, QUAL_MORE_THAN, false },
	{ { "at", "most" }, QUAL_AT_MOST, false },
	{ { "a", "maximum", "of" }, QUAL_AT_MOST, false },
	{ { "up", "to" }, QUAL_UP_TO, false },
	{ { "fewer", "than" }, QUAL_LESS_THAN, false },
	{ { "less", "than" }, QUAL_LESS_THAN, false },
	{ { "close", "to" }, QUAL_APPROX, true },
	{ { "an", "estimated" }, QUAL_APPROX, false },
	{ { "about" }, QUAL_APPROX, false },
	{ { "around" }, QUAL_APPROX, false },
	{ { "roughly" }, QUAL_APPROX, false },
	{ { "approximately" }, QUAL_APPROX, false },
	{ { "approx" }, QUAL_APPROX, false },
	{ { "some" }, QUAL_APPROX, false },
	{ { "estimated" }, QUAL_APPROX, false },
	{ { "circa" }, QUAL_APPROX, false },
	{ { "nearly" }, QUAL_APPROX, true },
	{ { "almost" }, QUAL_APPROX, true },
	{ { "over" }, QUAL_MORE_THAN, false },
	{ { "above" }, QUAL_MORE_THAN, false },
	{ { "exceeding" }, QUAL_MORE_THAN, false },
	{ { "under" }, QUAL_LESS_THAN, false },
	{ { "below" }, QUAL_LESS_THAN, false },
	{ { "exactly" }, QUAL_EXACT, false },	/* part of the phrase: "put */
	{ { "precisely" }, QUAL_EXACT, false },	/* the toll at exactly 300" */
};

#define NQUALWORDS (NELEM(qualwords))

static bool	wordnum_starts(const char *, const struct token *);

static size_t
word_index(const char *text, const struct token *t, const char *const *ws)
{
	size_t i;

	for (i = 0; ws[i] != NULL; i++)
		if (tok_is(text, t, ws[i]))
			return i;
	return (size_t)-1;
}

double
number_word(const char *text, const struct token *t)
{
	const char *s = text + t->off, *dash;
	struct token a, b;
	size_t u, k;

	if (t->kind != TOK_WORD)
		return -1;
	if ((u = word_index(text, t, units)) != (size_t)-1)
		return (double)u;
	if ((k = word_index(text, t, tens)) != (size_t)-1)
		return 20 + 10 * (double)k;
	dash = memchr(s, '-', t->len);
	if (dash == NULL)
		return -1;
	a = b = *t;
	tok_cut(text, &a, t->off, (size_t)(dash - s));
	tok_cut(text, &b, t->off + a.len + 1, t->len - a.len - 1);
	k = word_index(text, &a, tens);
	u = word_index(text, &b, units);
	if (k == (size_t)-1 || u == (size_t)-1 || u == 0 || u > 9)
		return -1;
	return 20 + 10 * (double)k + (double)u;
}

static double
scale_word(const char *text, const struct token *t)
{
	if (tok_is(text, t, "hundred"))
		return 100;
	if (tok_is(text, t, "thousand"))
		return 1e3;
	/* South Asian English counts by lakhs (100,000) and crores (ten
	 * million): "3 lakh people", "1.65 crore", "five lakh families" */
	if (tok_is(text, t, "lakh"))
		return 1e5;
	if (tok_is(text, t, "crore"))
		return 1e7;
	if (tok_is(text, t, "million") || tok_is(text, t, "mln"))
		return 1e6;
	if (tok_is(text, t, "billion") || tok_is(text, t, "bn"))
		return 1e9;
	return 0;
}

/* The amount words of this file (units, tens, scale and vague words)
 * that start with letter c, so a word is compared with a few at most
 * (numbers.h: amount_words_of()). */
static const char *const *
amount_candidates(char c)
{
	static const char *const b[] = { "billion", NULL };
	static const char *const cc[] = { "couple", "crore", NULL };
	static const char *const d[] = { "dozen", "dozens", NULL };
	static const char *const e[] = { "eight", "eleven", "eighteen",
		"eighty", NULL };
	static const char *const f[] = { "four", "five", "fourteen",
		"fifteen", "forty", "fifty", "few", NULL };
	static const char *const h[] = { "hundred", "hundreds", "half",
		NULL };
	static const char *const l[] = { "lakh", NULL };
	static const char *const m[] = { "million", "millions", "mln", NULL };
	static const char *const n[] = { "nine", "nineteen", "ninety", NULL };
	static const char *const o[] = { "one", NULL };
	static const char *const s[] = { "six", "seven", "sixteen",
		"seventeen", "sixty", "seventy", "several", "scores", NULL };
	static const char *const t[] = { "two", "three", "ten", "twelve",
		"thirteen", "twenty", "thirty", "thousand", "thousands", "tens",
		NULL };
	static const char *const z[] = { "zero", NULL };
	static const char *const none[] = { NULL };

	switch (c | 0x20) {
	case 'b': return b;
	case 'c': return cc;
	case 'd': return d;
	case 'e': return e;
	case 'f': return f;
	case 'h': return h;
	case 'l': return l;
	case 'm': return m;
	case 'n': return n;
	case 'o': return o;
	case 's': return s;
	case 't': return t;
	case 'z': return z;
	default: return none;
	}
}

/*
 * A Bloom filter of the amount words, built at the first use: one bit
 * each, picked by a hash of a word's length and first two and last two
 * bytes with bit 0x20 set (so any case of a word hashes as its
 * lower-case form). Most words ("the", "for", "this") miss it and are
 * compared with no amount word. Every amount word is three letters or
 * longer.
 */
static uint64_t aw_seen[4096 / 64];
static pthread_once_t aw_once = PTHREAD_ONCE_INIT;

static unsigned
aw_slot(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t x;

	x = (uint32_t)(u[0] | 0x20) | (uint32_t)(u[1] | 0x20) << 8 |
	    (uint32_t)(u[len - 2] | 0x20) << 16 |
	    (uint32_t)(u[len - 1] | 0x20) << 24;
	return ((x ^ (uint32_t)len * 0x85ebca6bu) * 0x9e3779b1u) >> 20;
}

static void
aw_build(void)
{
	const char *const *w;
	unsigned c, i;

	for (c = 'a'; c <= 'z'; c++)
		for (w = amount_candidates((char)c); *w != NULL; w++) {
			i = aw_slot(*w, strlen(*w));
			aw_seen[i / 64] |= (uint64_t)1 << (i % 64);
		}
}

/* Is s[0, len) an amount word, in any case? */
static bool
amount_word(const char *s, size_t len)
{
	const char *const *w;
	size_t k;
	unsigned i;

	if (len < 3)
		return false;
	pthread_once(&aw_once, aw_build);
	i = aw_slot(s, len);
	if (!(aw_seen[i / 64] >> (i % 64) & 1))
		return false;

	for (w = amount_candidates(s[0]); *w != NULL; w++) {
		for (k = 0; k < len; k++)
			if ((*w)[k] == '\0' || (*w)[k] != (s[k] >= 'A' &&
			    s[k] <= 'Z' ? s[k] | 0x20 : s[k]))
				break;
		if (k == len && (*w)[len] == '\0')
			return true;
	}
	return false;
}

const char *const *
amount_words_of(char c)
{
	return amount_candidates(c);
}

bool
amount_word_start(const char *s, size_t len)
{
	const char *dash;

	if (len < 3)
		return false;
	if ((dash = memchr(s, '-', len)) == NULL)
		return len <= 9 && amount_word(s, len);
	return amount_word(s, (size_t)(dash - s));	/* "twenty-five" */
}

bool
amount_maybe_in(const char *text, size_t start, size_t end)
{
	size_t i, w;

	for (i = start; i < end; i++)	/* digits first: the cheap test */
		if (text[i] >= '0' && text[i] <= '9')
			return true;
	i = start;
	while (i < end) {
		if (!isalpha((unsigned char)text[i])) {
			i++;
			continue;
		}
		for (w = i; w < end && (isalpha((unsigned char)text[w]) ||
		    text[w] == '-'); w++)
			;
		if (amount_word_start(text + i, w - i))
			return true;
		i = w;
	}
	return false;
}

bool
amount_start(const char *text, const struct token *t)
{
	if (t->kind == TOK_NUM)
		return !(t->flags & (TF_ORDINAL | TF_TIME)) &&
		    (!(t->flags & TF_ATTACHED) || glued_scale(text, t) != 0);
	if (t->kind != TOK_WORD || !amount_word_start(text + t->off, t->len))
		return false;
	if (memchr(text + t->off, '-', t->len) == NULL)
		return true;
	return wordnum_starts(text, t);	/* not "hundred-year-old" */
}

/* "thousands" 1,000, "millions" 1,000,000, else 0. */
static double
plural_scale(const char *text, const struct token *t)
{
	if (tok_is(text, t, "thousands"))
		return 1e3;
	return tok_is(text, t, "millions") ? 1e6 : 0;
}

/* Vague plural amounts: "tens of thousands", "hundreds", "dozens",
 * "scores of" (never alone: "test scores"). */
static bool
amount_vague_plural(const char *text, const struct token *t, size_t n,
    size_t i, struct amount *am)
{
	bool of = i + 2 < n && tok_is(text, &t[i + 1], "of");
	double s = of ? plural_scale(text, &t[i + 2]) : 0;

	am->v = NAN;
	if (s > 0 && (tok_is(text, &t[i], "tens") ||
	    tok_is(text, &t[i], "hundreds"))) {
		/* "tens of thousands", "hundreds of millions" */
		am->lo = (tok_is(text, &t[i], "tens") ? 20 : 200) * s;
		am->hi = am->lo * 5 - 1;
		am->end = i + 3;
		return true;
	}
	am->end = i + 1;
	if (tok_is(text, &t[i], "scores")) {
		if (!of || t[i + 2].kind != TOK_WORD)
			return false;	/* "scores of 3 and 4" */
		am->lo = 40;
		am->hi = 199;
	} else if (tok_is(text, &t[i], "hundreds")) {
		am->lo = 200;
		am->hi = 999;
	} else if (tok_is(text, &t[i], "thousands")) {
		am->lo = 2000;
		am->hi = 9999;
	} else if (tok_is(text, &t[i], "millions")) {
		am->lo = 2e6;
		am->hi = 1e7 - 1;
	} else if (tok_is(text, &t[i], "dozens")) {
		am->lo = 24;
		am->hi = 99;
	} else
		return false;
	return true;
}

/* Is "a" before token i, maybe with a quote between ("a 'couple")? */
static bool
a_before(const char *text, const struct token *t, size_t i)
{
	if (i > 1 && (tok_punct(&t[i - 1], '"') || tok_punct(&t[i - 1],
	    '\'')))
		i--;
	return i > 0 && tok_is(text, &t[i - 1], "a");
}

/* A past participle in "-ed" or "-en" ("arrested", "taken"): the verb
 * of "several arrested". */
static bool
participle(const char *text, const struct token *t)
{
	const char *s = text + t->off;

	return t->kind == TOK_WORD && t->len >= 5 && !(t->flags & TF_CAP) &&
	    s[t->len - 2] == 'e' && (s[t->len - 1] == 'd' ||
	    s[t->len - 1] == 'n');
}

/* Plurals of scales, whose "several" is read otherwise or not at all
 * ("several hundreds of"). */
static const char *const scale_plurals[] = {
	"dozens", "hundreds", "millions", "tens", "thousands", NULL
};

/* Plurals without an "s" that may follow "several". */
static const char *const irregular_plurals[] = {
	"children", "men", "people", "women", NULL
};

/* "several thousand", "a few hundred", "several hundred thousand", "a
 * couple (of) thousand" (two or three thousand: a floor of 2,000). */
static bool
amount_vague_few(const char *text, const struct token *t, size_t n,
    size_t i, struct amount *am)
{
	size_t j = i + 1;
	double s;
	bool few, couple;

	few = tok_is(text, &t[i], "few");
	couple = tok_is(text, &t[i], "couple");
	if (!few && !couple && !tok_is(text, &t[i], "several"))
		return false;
	if ((few || couple) && !a_before(text, t, i))
		return false;
	if (couple && j + 1 < n && tok_is(text, &t[j], "of") &&
	    scale_word(text, &t[j + 1]) > 0)
		j++;		/* "a couple of thousand" */
	if (!few && !couple && j < n && scale_word(text, &t[j]) == 0 &&
	    participle(text, &t[j])) {	/* not "hundred" */
		am->v = NAN;	/* "several arrested": three to nine */
		am->lo = 3;
		am->hi = 9;
		am->end = j;
		return true;
	}
	if (j >= n)
		return false;
	if (!few && !couple && t[j].kind == TOK_WORD && !(t[j].flags &
	    TF_CAP) && scale_word(text, &t[j]) == 0 && !tok_is(text, &t[j],
	    "dozen") && !tok_is(text, &t[j], "of") &&
	    !tok_in(text, &t[j], scale_plurals) &&
	    ((text[t[j].off + t[j].len - 1] | 0x20) == 's' ||
	    tok_in(text, &t[j], irregular_plurals))) {
		am->v = NAN;	/* "several people", "several others": three
				   to nine, as "several arrested"; what the
				   noun counts is asked later */
		am->lo = 3;
		am->hi = 9;
		am->end = j;
		return true;
	}
	if ((s = scale_word(text, &t[j])) == 0 &&
	    !tok_is(text, &t[j], "dozen"))
		return false;
	if (s == 0)
		s = 12;
	else if (s == 100 && j + 1 < n && scale_word(text, &t[j + 1]) >= 1000)
		s *= scale_word(text, &t[++j]);	/* "a few hundred thousand" */
	am->v = NAN;
	am->lo = (few || couple ? 2 : 3) * s;
	am->hi = (few ? 5 : couple ? 3 : 9) * s;
	am->end = j + 1;
	return true;
}

/* Where a spelled-out number stands after the words read so far. */
enum wstate {
	W_START,	/* nothing yet, or "a" before "hundred" */
	W_UNIT,		/* a figure under 100 that ends in a unit */
	W_TENS,		/* "twenty": a unit may follow ("twenty five") */
	W_HUNDRED,	/* "two hundred" */
	W_SCALE,	/* "twelve thousand" */
	W_DONE		/* "two dozen", "a million and a half" */
};

/* A spelled-out number being read, word by word. */
struct wordnum {
	double	 total;		/* groups closed by a scale word */
	double	 group;		/* the group being read, under a thousand */
	double	 top;		/* the last scale word of 1,000 or more */
	double	 lead, scale;	/* first group and its scale word; 0 none */
	enum wstate state;
};

/* A figure under 100: "five", "twenty", or the unit after "twenty". */
static bool
wordnum_figure(struct wordnum *w, double f)
{
	if (w->state == W_TENS && f >= 1 && f <= 9) {
		w->group += f;
		w->state = W_UNIT;
		return true;
	}
	if ((w->state != W_START || w->group > 0) &&
	    w->state != W_HUNDRED && w->state != W_SCALE)
		return false;
	w->group += f;
	w->state = f >= 20 && fmod(f, 10) == 0 ? W_TENS : W_UNIT;
	return true;
}

/* "two hundred", "a hundred", "twelve hundred" (1,200). */
static bool
wordnum_hundred(struct wordnum *w)
{
	if (w->state == W_START)
		w->group = w->group > 0 ? w->group : 1;
	else if ((w->state != W_UNIT && w->state != W_TENS) ||
	    w->group >= 100 || (w->top > 0 && w->group >= 10))
		return false;
	if (w->scale == 0) {
		w->lead = w->group;
		w->scale = 100;
	}
	w->group *= 100;
	w->state = W_HUNDRED;
	return true;
}

/* A scale word of a thousand or more, smaller than the one before:
 * "two million five hundred thousand". */
static bool
wordnum_scale(struct wordnum *w, double s)
{
	if (w->state == W_SCALE || w->state == W_DONE ||
	    (w->top > 0 && s >= w->top))
		return false;
	if (w->state == W_START && w->group == 0)
		w->group = 1;		/* "a thousand", "a million" */
	if (w->top == 0) {
		w->lead = w->group;
		w->scale = s;
	}
	w->total += w->group * s;
	w->group = 0;
	w->top = s;
	w->state = W_SCALE;
	return true;
}

/* "a dozen", "two dozen". */
static bool
wordnum_dozen(struct wordnum *w)
{
	if ((w->state != W_START && w->state != W_UNIT &&
	    w->state != W_TENS) || w->top > 0)
		return false;
	w->group = (w->group > 0 ? w->group : 1) * 12;
	w->state = W_DONE;
	return true;
}

/* One hyphen-free word: a figure, "hundred", a scale word or "dozen". */
static bool
wordnum_piece(struct wordnum *w, const char *text, const struct token *p)
{
	double v;

	if ((v = number_word(text, p)) >= 0)
		return wordnum_figure(w, v);
	if ((v = scale_word(text, p)) == 100)
		return wordnum_hundred(w);
	if (v > 0)
		return wordnum_scale(w, v);
	return tok_is(text, p, "dozen") && wordnum_dozen(w);
}

/*
 * Digits ending a hyphenated number after a scale word, as transcripts
 * spell figures out: "eight-thousand-816", "two-million-40" (the group
 * under a thousand, in digits). Not after "hundred" or a unit.
 */
static bool
wordnum_digits(struct wordnum *w, const char *text, const struct token *p)
{
	size_t k;
	double v = 0;

	if (w->state != W_SCALE || w->top < 1000 || p->len == 0 || p->len > 3)
		return false;
	for (k = 0; k < p->len; k++) {
		if (!isdigit((unsigned char)text[p->off + k]))
			return false;
		v = v * 10 + (text[p->off + k] - '0');
	}
	w->group = v;
	w->state = W_DONE;
	return true;
}

/* The first hyphen-free piece of word token t. */
static struct token
first_piece(const char *text, const struct token *t)
{
	struct token p = *t;
	const char *dash = memchr(text + t->off, '-', t->len);

	if (dash != NULL)
		tok_cut(text, &p, t->off, (size_t)(dash - (text + t->off)));
	return p;
}

/*
 * Read every piece of word token t ("twelve", "twenty-five",
 * "ten-thousand-strong"); a last "strong" sets *strong. False, with w
 * as it was, when a piece is no number word.
 */
static bool
wordnum_token(struct wordnum *w, const char *text, const struct token *t,
    bool *strong)
{
	struct wordnum save = *w;
	struct token p = *t;
	const char *s = text + t->off, *dash;
	size_t off = 0, len;

	if (t->kind != TOK_WORD)
		return false;
	while (off < t->len) {
		dash = memchr(s + off, '-', t->len - off);
		len = dash != NULL ? (size_t)(dash - (s + off)) : t->len - off;
		tok_cut(text, &p, t->off + off, len);
		if (off > 0 && dash == NULL && tok_is(text, &p, "strong")) {
			*strong = true;
			return true;
		}
		if (off > 0 && dash == NULL && wordnum_digits(w, text, &p))
			return true;
		if (!wordnum_piece(w, text, &p)) {
			*w = save;
			return false;
		}
		off += len + 1;
	}
	return true;
}

/* Could token t start a spelled-out number on its own? */
static bool
wordnum_starts(const char *text, const struct token *t)
{
	struct wordnum w;
	bool strong = false;

	memset(&w, 0, sizeof(w));
	return wordnum_token(&w, text, t, &strong);
}

/* "and a half" at token j: "three and a half thousand" (a scale word
 * must follow), "a million and a half". */
static bool
wordnum_half(struct wordnum *w, const char *text, const struct token *t,
    size_t n, size_t j)
{
	struct token p;
	double s;

	if (j + 2 >= n || !tok_is(text, &t[j + 1], "a") ||
	    !tok_is(text, &t[j + 2], "half"))
		return false;
	if (w->state == W_SCALE) {
		w->total += w->top / 2;
		w->state = W_DONE;
		return true;
	}
	if ((w->state != W_UNIT && w->state != W_TENS) || j + 3 >= n ||
	    t[j + 3].kind != TOK_WORD)
		return false;
	p = first_piece(text, &t[j + 3]);
	if ((s = scale_word(text, &p)) < 1000 || (w->top > 0 && s >= w->top))
		return false;
	w->group += 0.5;
	return true;
}

/* "half a million", "half a billion". */
static bool
amount_half(const char *text, const struct token *t, size_t n, size_t i,
    struct amount *am)
{
	double s;

	if (i + 2 >= n || !tok_is(text, &t[i], "half") ||
	    !(tok_is(text, &t[i + 1], "a") || tok_is(text, &t[i + 1], "an")) ||
	    (s = scale_word(text, &t[i + 2])) < 1000)
		return false;
	am->v = s / 2;
	am->lead = 0.5;
	am->scale = s;
	am->end = i + 3;
	return true;
}

/* "a" or "an" before "hundred", a scale word or "dozen". */
static bool
a_before_scale(const char *text, const struct token *t, size_t n, size_t i)
{
	struct token p;

	if (i + 1 >= n || t[i + 1].kind != TOK_WORD ||
	    !(tok_is(text, &t[i], "a") || tok_is(text, &t[i], "an")))
		return false;
	p = first_piece(text, &t[i + 1]);
	return scale_word(text, &p) > 0 || tok_is(text, &p, "dozen");
}

/*
 * Spelled-out amounts by English cardinal grammar: "twelve thousand
 * five hundred", "one hundred and twenty thousand", "twenty five
 * thousand", "three and a half thousand", "a dozen", "a thousand-strong".
 * An "and" that turns out to start another number ("two hundred and
 * three hundred") is given back.
 */
static bool
amount_words(const char *text, const struct token *t, size_t n, size_t i,
    enum amount_how how, struct amount *am)
{
	struct wordnum w, before_and;
	size_t j = i, and_at = SIZE_MAX;
	bool strong = false, joined = false, joined_before = false;

	if (amount_half(text, t, n, i, am))
		return true;
	memset(&w, 0, sizeof(w));
	if (a_before_scale(text, t, n, j)) {
		w.group = 1;
		j++;
	}
	for (; j < n && !strong; j++) {
		if (tok_is(text, &t[j], "and")) {
			if (wordnum_half(&w, text, t, n, j)) {
				j += 2;
				continue;
			}
			if (how == AMOUNT_NO_AND || and_at != SIZE_MAX ||
			    (w.state != W_HUNDRED && w.state != W_SCALE) ||
			    j + 1 >= n || number_word(text, &t[j + 1]) < 0)
				break;
			before_and = w;
			joined_before = joined;
			joined = true;
			and_at = j;
			continue;
		}
		if (!wordnum_token(&w, text, &t[j], &strong)) {
			if (and_at != SIZE_MAX && wordnum_starts(text, &t[j])) {
				w = before_and;	/* "and" began a new number */
				joined = joined_before;
				j = and_at;
				and_at = SIZE_MAX;
			}
			break;
		}
		if (w.state == W_SCALE)
			and_at = SIZE_MAX;	/* "a hundred and twenty thousand" */
	}
	if (w.state == W_START)
		return false;
	am->v = w.total + w.group;
	am->lead = w.scale > 0 ? w.lead : am->v;
	am->scale = w.scale > 0 ? w.scale : 1;
	am->joined = joined;
	am->strong = strong;
	am->end = j;
	return true;
}

/* "Unit 29155", "Article 5", "World War 2", a union's "Local 612": the
 * number of a name. */
static const char *const designators[] = {
	"article", "battalion", "brigade", "chapter", "corps", "division",
	"flight", "fleet", "local", "precinct", "regiment", "resolution",
	"route", "section", "squadron", "unit", "war", NULL
};

/*
 * Is the amount at token i part of a name? A number after a capitalized
 * designator ("Unit 29155"), or a capitalized number word ending a run
 * of capitalized words ("World War Two", "Formula One"); a headline's
 * "Kim Sends Ten Thousand Troops" goes on capitalized and is read.
 */
static bool
in_name(const char *text, const struct token *t, size_t n, size_t i)
{
	const struct token *next = i + 1 < n ? &t[i + 1] : NULL;

	if (i == 0 || t[i - 1].kind != TOK_WORD || !(t[i - 1].flags & TF_CAP))
		return false;
	if (t[i].kind == TOK_NUM)
		return tok_in(text, &t[i - 1], designators);
	if (!(t[i].flags & TF_CAP))
		return false;
	return next == NULL || next->kind != TOK_WORD ||
	    (!(next->flags & TF_CAP) && !wordnum_starts(text, next) &&
	    !tok_is(text, next, "and"));
}

/*
 * The scale of letters glued to digits: "1.2M", "10m", "3.5mn", "2bn"
 * (a million, a billion); 0 for any other letters ("F16", "5G", "2B").
 * The tokenizer marks such a figure TF_ATTACHED; read here, it is an
 * amount like "1.2 million" (and, like "12k", never one the safety net
 * of netfig.c takes on its own: "a 10m wall" is a length).
 */
static double
glued_scale(const char *text, const struct token *t)
{
	const char *s = text + t->off;
	size_t n = t->len, k = n;

	while (k > 0 && isalpha((unsigned char)s[k - 1]))
		k--;
	if (k == 0 || !isdigit((unsigned char)s[k - 1]))
		return 0;
	if (n - k == 1 && (s[k] == 'm' || s[k] == 'M'))
		return 1e6;
	if ((n - k == 2 && strncasecmp(s + k, "mn", 2) == 0) ||
	    (n - k == 3 && strncasecmp(s + k, "mln", 3) == 0))
		return 1e6;
	if (n - k == 2 && strncasecmp(s + k, "bn", 2) == 0)
		return 1e9;
	return 0;
}

/* "lakhs", "crores" after digits ("2 lakhs"): the plural is the
 * scale only after a figure, as "lakhs of people" is a vague count. */
static double
plural_lakh(const char *text, const struct token *t)
{
	if (tok_is(text, t, "lakhs"))
		return 1e5;
	return tok_is(text, t, "crores") ? 1e7 : 0;
}

/* A scale word after digits: "1.5 million", "1.2 million-strong". */
static void
amount_num_scale(const char *text, const struct token *t, struct amount *am)
{
	struct token p;
	double s;

	if (t->kind != TOK_WORD)
		return;
	p = first_piece(text, t);
	if ((s = scale_word(text, &p)) == 0 && (s = plural_lakh(text, &p)) == 0)
		return;
	if (p.len != t->len) {
		if (t->len - p.len - 1 != 6 ||
		    strncasecmp(text + t->off + p.len + 1, "strong", 6) != 0)
			return;
		am->strong = true;
	}
	am->v *= s;
	am->scale = s;
	am->end++;
}

/* "thousand" of "25-thousand" or "25-thousand-strong". */
static bool
num_scale_after_dash(const char *text, const struct token *t)
{
	struct token p;

	if (t->kind != TOK_WORD)
		return false;
	p = first_piece(text, t);
	return scale_word(text, &p) >= 100;	/* "27-hundred" */
}

/*
 * The code point of the character starting at p, or -1 when p holds no
 * valid UTF-8 (or a NUL).
 */
static gunichar
char_at(const char *p)
{
	return *p == '\0' ? (gunichar)-1 : g_utf8_get_char_validated(p, -1);
}

/* The code point of the character ending just before text + off. */
static gunichar
char_before(const char *text, size_t off)
{
	size_t k = off;

	if (off == 0)
		return (gunichar)-1;
	while (k > 0 && off - k < 4 && ((unsigned char)text[k - 1] & 0xc0) ==
	    0x80)
		k--;
	return k == 0 ? (gunichar)-1 : char_at(text + k - 1);
}

/*
 * A character that has no business touching a figure: a digit of another
 * script ("1٢,000") or an invisible one (zero-width space, word joiner,
 * soft hyphen: Unicode's format characters). Either means the figure was
 * cut in two by what the tokenizer could not read.
 */
static bool
foreign_in_number(gunichar c)
{
	if (c == (gunichar)-1 || c < 0x80)
		return false;
	return g_unichar_isdigit(c) || g_unichar_type(c) == G_UNICODE_FORMAT;
}

/* Is there a byte between tokens a and b (white space)? */
static bool
tok_gap(const struct token *a, const struct token *b)
{
	return a->off + a->len != b->off;
}

/*
 * Is the figure t[i] all the digits there are, cleanly cut? No when it
 * is a leading-zero group ("000" of "12, 000"), when a separator glues
 * it to more digits the tokenizer could not join ("12,0" + U+200B,
 * "12,٠٠٠", "1,5" with no scale word after), when a foreign digit or
 * invisible character touches it, or when it is one half of a thousands
 * group broken by a stray space ("12 ,000", "12, 000"). Such a figure
 * does not say what was meant, so it is no amount; "In 2023, 400
 * soldiers" stays two figures.
 */
static bool
figure_clean(const char *text, const struct token *t, size_t n, size_t i)
{
	const char *s = text + t[i].off, *e = s + t[i].len;

	if (s[0] == '0' && t[i].len > 1 && isdigit((unsigned char)s[1]))
		return false;
	if (foreign_in_number(char_before(text, t[i].off)) ||
	    foreign_in_number(char_at(e)))
		return false;
	if ((*e == ',' || *e == '.') && (isdigit((unsigned char)e[1]) ||
	    foreign_in_number(char_at(e + 1))))
		return false;
	if (t[i].off >= 2 && (s[-1] == ',' || s[-1] == '.') &&
	    (isdigit((unsigned char)s[-2]) ||
	    foreign_in_number(char_before(text, t[i].off - 1))))
		return false;
	/* "12 ,000" / "12, 000": a group split around its comma */
	if (i + 2 < n && tok_punct(&t[i + 1], ',') &&
	    t[i + 2].kind == TOK_NUM && t[i + 2].len == 3 &&
	    (!tok_gap(&t[i + 1], &t[i + 2]) || text[t[i + 2].off] == '0'))
		return false;
	if (i >= 2 && tok_punct(&t[i - 1], ',') && t[i - 2].kind == TOK_NUM &&
	    t[i].len == 3 && !tok_gap(&t[i - 1], &t[i]))
		return false;
	return true;
}

/*
 * Figures beyond what any count of people or things can be: no story
 * counts more than ten billion of anything (the world holds about eight
 * billion people), and a larger one is a typo or junk (a 400-digit
 * string would be stored as infinity). See numbers.h.
 */
#define AMOUNT_MAX 1e10

static bool	amount_read(const char *, const struct token *, size_t,
		    size_t, enum amount_how, struct amount *);

/*
 * Read the amount at token i into am: false when none starts there, or
 * when what starts there is not a figure anyone can count (not finite,
 * negative or above AMOUNT_MAX).
 */
static bool
amount_parse(const char *text, const struct token *t, size_t n, size_t i,
    enum amount_how how, struct amount *am)
{
	if (!amount_read(text, t, n, i, how, am))
		return false;
	if (!isnan(am->v) && !(am->v >= 0 && am->v <= AMOUNT_MAX))
		return false;
	if (!isnan(am->lo) && !(am->lo >= 0 && am->lo <= AMOUNT_MAX))
		return false;
	return true;
}

/*
 * Does a range's second figure at token i exceed any count? Then the
 * whole range is refused, not read as its first figure alone.
 */
static bool
amount_too_big(const char *text, const struct token *t, size_t n, size_t i)
{
	struct amount b;

	if (!amount_read(text, t, n, i, AMOUNT_GREEDY, &b))
		return false;
	return !(isnan(b.v) || (b.v >= 0 && b.v <= AMOUNT_MAX));
}

/*
 * Thousands grouped with full stops, as some outlets write them ("69.000
 * people", "1.302.938 displaced"): one to three digits, then groups of
 * exactly three after each stop, and nothing glued after. Read as one
 * whole number; sets *end to the token just past it. A decimal written
 * with three places is rare in counts of people, but common before a
 * scale word ("1.125 million"), so that stays a decimal.
 */
static bool
dotted_thousands(const char *text, const struct token *t, size_t n,
    size_t i, double *v, size_t *end)
{
	const char *s = text + t[i].off, *p = s;
	double x = 0;
	size_t lead = 0, k, groups = 0;

	if (!(t[i].flags & TF_DECIMAL) || s[0] == '0')
		return false;
	while (isdigit((unsigned char)*p) && lead < 4)
		x = x * 10 + (*p++ - '0'), lead++;
	if (lead == 0 || lead > 3)
		return false;
	while (p[0] == '.' && isdigit((unsigned char)p[1]) &&
	    isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3])) {
		x = x * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 +
		    (p[3] - '0');
		p += 4;
		groups++;
	}
	if (groups == 0 || isalnum((unsigned char)*p) || (*p == '.' &&
	    isdigit((unsigned char)p[1])) || (*p == ',' &&
	    isdigit((unsigned char)p[1])))
		return false;
	for (k = i; k < n && t[k].off < (size_t)(p - text); k++)
		;
	if (t[k - 1].off + t[k - 1].len != (size_t)(p - text))
		return false;	/* the tokens do not end where the digits do */
	if (k < n && scale_word(text, &t[k]) != 0)
		return false;	/* "1.125 million" */
	*v = x;
	*end = k;
	return true;
}

/*
 * A decimal written with a comma, as much of Europe writes it, before a
 * scale word: "9,5 thousand", "1,25 million". The scale word rules out a
 * thousands group, which has three digits after its comma.
 */
static bool
comma_decimal(const char *text, const struct token *t, size_t n, size_t i,
    struct amount *am)
{
	const struct token *f = &t[i + 2];
	double frac;

	if (i + 3 >= n || t[i].len > 3 || (t[i].flags & ~TF_CAP) != 0 ||
	    !tok_punct(&t[i + 1], ',') || f->kind != TOK_NUM || f->len > 2 ||
	    f->flags != 0 || tok_gap(&t[i], &t[i + 1]) ||
	    tok_gap(&t[i + 1], f) || t[i + 3].kind != TOK_WORD)
		return false;
	frac = f->num / (f->len == 1 ? 10 : 100);
	am->v = am->lead = t[i].num + frac;
	am->end = i + 3;
	amount_num_scale(text, &t[i + 3], am);
	if (am->scale <= 1) {
		am->scale = 1;
		return false;
	}
	return true;
}

/*
 * Are the tokens [i, end) glued by a separator to more digits before or
 * after ("1.2.000", "6.000:7.000")? Then they are no figure anyone wrote
 * as a count: a clock time, a score or a garble.
 */
static bool
glued_to_digits(const char *text, const struct token *t, size_t i,
    size_t end)
{
	const char *e = text + t[end - 1].off + t[end - 1].len;

	if ((*e == '.' || *e == ',' || *e == ':') &&
	    isdigit((unsigned char)e[1]))
		return true;
	return i >= 2 && t[i - 1].kind == TOK_PUNCT &&
	    (t[i - 1].ch == '.' || t[i - 1].ch == ',' || t[i - 1].ch == ':') &&
	    t[i - 2].kind == TOK_NUM && !tok_gap(&t[i - 2], &t[i - 1]) &&
	    !tok_gap(&t[i - 1], &t[i]);
}

static bool
amount_read(const char *text, const struct token *t, size_t n, size_t i,
    enum amount_how how, struct amount *am)
{
	memset(am, 0, sizeof(*am));
	am->lo = am->hi = NAN;
	if (in_name(text, t, n, i))
		return false;
	if (t[i].kind == TOK_NUM) {
		if ((t[i].flags & (TF_ORDINAL | TF_TIME)) ||
		    ((t[i].flags & TF_ATTACHED) && glued_scale(text, &t[i]) == 0))
			return false;
		am->scale = 1;
		if (!(t[i].flags & TF_ATTACHED) &&
		    dotted_thousands(text, t, n, i, &am->v, &am->end)) {
			am->lead = am->v;	/* "69.000" */
			return !glued_to_digits(text, t, i, am->end);
		}
		if (comma_decimal(text, t, n, i, am))
			return true;	/* "9,5 thousand" */
		if (!figure_clean(text, t, n, i))
			return false;
		am->v = am->lead = t[i].num;
		am->end = i + 1;
		if (t[i].flags & TF_ATTACHED) {	/* "1.2M" */
			am->scale = glued_scale(text, &t[i]);
			am->v *= am->scale;
		} else if (t[i].flags & TF_KILO) {	/* "12k" */
			am->lead = t[i].num / 1000;
			am->scale = 1000;
		} else if (i + 2 < n && tok_punct(&t[i + 1], '-') &&
		    !tok_gap(&t[i], &t[i + 1]) &&
		    !tok_gap(&t[i + 1], &t[i + 2]) &&
		    num_scale_after_dash(text, &t[i + 2])) {
			am->end = i + 2;	/* "25-thousand" */
			amount_num_scale(text, &t[i + 2], am);
		} else if (i + 1 < n)
			amount_num_scale(text, &t[i + 1], am);
		return true;
	}
	if (t[i].kind != TOK_WORD)
		return false;
	/* the scale word of digits read (or refused) at i - 1: "20 billion"
	 * is not "billion" */
	if (i > 0 && t[i - 1].kind == TOK_NUM && scale_word(text, &t[i]) != 0)
		return false;
	return amount_vague_plural(text, t, n, i, am) ||
	    amount_vague_few(text, t, n, i, am) ||
	    amount_words(text, t, n, i, how, am);
}

/*
 * Each qualifier's word count and the first letter of its last word,
 * found from qualwords at first use: qualifier_before() is asked before
 * every amount and nearly always answers no, which these say without
 * counting each phrase's words again. Threads may fill it at once, each
 * with the same bytes; `ready` is set after (release), read before
 * (acquire).
 */
struct qual_shape {
	unsigned char len, last;
};

static const struct qual_shape *
qual_shapes(void)
{
	static struct qual_shape shape[NQUALWORDS];
	static _Atomic bool ready;
	size_t q, len;

	if (atomic_load_explicit(&ready, memory_order_acquire))
		return shape;
	for (q = 0; q < NQUALWORDS; q++) {
		for (len = 0; len < QUALWORDS_MAX &&
		    qualwords[q].words[len] != NULL; len++)
			;
		shape[q].len = (unsigned char)len;
		shape[q].last = (unsigned char)qualwords[q].words[len - 1][0];
	}
	atomic_store_explicit(&ready, true, memory_order_release);
	return shape;
}

/* Qualifier words ending just before token i; sets np->first. Most
 * are ruled out by the first letter of their last word, next to the
 * amount, before any word is compared. */
static void
qualifier_before(const char *text, const struct token *t, size_t i,
    struct numphrase *np, bool *from_below)
{
	const struct qual_shape *shape;
	unsigned char first;
	size_t q, k, len;

	if (i == 0 || t[i - 1].kind != TOK_WORD)
		return;		/* every qualifier ends with a word */
	shape = qual_shapes();
	first = (unsigned char)(text[t[i - 1].off] | 0x20);
	for (q = 0; q < NQUALWORDS; q++) {
		len = shape[q].len;
		if (shape[q].last != first || len > i)
			continue;
		for (k = 0; k < len; k++)
			if (!tok_is(text, &t[i - len + k],
			    qualwords[q].words[k]))
				break;
		if (k == len) {
			np->qual = qualwords[q].qual;
			np->first = i - len;
			*from_below = qualwords[q].from_below;
			return;
		}
	}
}

/* Verbs a level moves by, before "up to" (sorted). */
static const char *const moving_verbs[] = {
	"climbed", "goes", "gone", "increased", "jumped", "moved", "raised",
	"revised", "rise", "risen", "rises", "rose", "shot", "went", NULL
};

/*
 * "the toll went up to 64", "rose up to 2,344", "officials revised the
 * death toll up to 288": "up" is the verb's particle and the figure the
 * level reached, no ceiling ("up to 500 may have died"). Is the "up"
 * at token u such a particle (the verb before it, or "revised" and
 * "raised" a few words back, past the object)?
 */
static bool
up_of_verb(const char *text, const struct token *t, size_t u)
{
	size_t j;

	if (u == 0)
		return false;
	if (tok_in_sorted(text, &t[u - 1], moving_verbs, NWORDS(moving_verbs)))
		return true;
	for (j = u - 1; j > 0 && j + 5 > u; j--) {
		if (t[j - 1].kind != TOK_WORD)
			return false;
		if (tok_is(text, &t[j - 1], "revised") || tok_is(text,
		    &t[j - 1], "raised"))
			return true;
	}
	return false;
}

/* Forms of "be" before a passive participle (NULL-ended). */
static const char *const be_forms[] = {
	"are", "be", "been", "is", "was", "were", NULL
};

/*
 * "Crowds were estimated at 10,000", "turnout was estimated to be
 * 500,000", "it was estimated that 250,000 ...": a bare figure that an
 * estimate nobody is said to have made gives is about that many, as
 * "an estimated 10,000" is. Is the amount at token k such a figure?
 * Not the active "X estimated 800,000", "X estimated the crowd at
 * 15,000", "X estimated that 4,000 ...": an estimator's figure as
 * stated.
 */
static bool
estimated_figure(const char *text, const struct token *t, size_t k)
{
	size_t j;

	if (k < 3 || t[k - 1].kind != TOK_WORD)
		return false;
	if (tok_is(text, &t[k - 1], "that"))
		return k > 3 && tok_is(text, &t[k - 2], "estimated") &&
		    tok_in(text, &t[k - 3], be_forms) &&
		    tok_is(text, &t[k - 4], "it");
	if (tok_is(text, &t[k - 1], "at"))
		return tok_is(text, &t[k - 2], "estimated") &&
		    tok_in(text, &t[k - 3], be_forms);
	j = k - 1;
	if (tok_is(text, &t[j], "had") && tok_is(text, &t[j - 1], "have"))
		j--;	/* "estimated to have had 100,000" */
	if (!(tok_is(text, &t[j], "be") || tok_is(text, &t[j], "have")))
		return false;
	return j > 1 && tok_is(text, &t[j - 1], "to") &&
	    tok_is(text, &t[j - 2], "estimated");
}

/* "12,000 or more", "12,000-plus", "12,000+", "12,000 or so". */
static void
qualifier_after(const char *text, const struct token *t, size_t n,
    struct numphrase *np)
{
	size_t e = np->end;

	if (e + 1 < n && tok_is(text, &t[e], "or") &&
	    tok_is(text, &t[e + 1], "more")) {
		np->qual = QUAL_AT_LEAST;
		np->end = e + 2;
	} else if (e + 1 < n && tok_is(text, &t[e], "or") &&
	    tok_is(text, &t[e + 1], "so")) {
		np->qual = QUAL_APPROX;
		np->end = e + 2;
	} else if (e < n && (tok_punct(&t[e], '+') || tok_is(text, &t[e],
	    "plus"))) {
		np->qual = QUAL_MORE_THAN;
		np->end = e + 1;
	} else if (e + 1 < n && tok_punct(&t[e], '-') &&
	    tok_is(text, &t[e + 1], "plus")) {
		np->qual = QUAL_MORE_THAN;
		np->end = e + 2;
	}
}

/*
 * Is the amount at token i the day of a date, a figure of 31 or less
 * right after a month's name ("Jan. 23", "November 29")?
 */
static bool
day_after_month(const char *text, const struct token *t, size_t i,
    double v)
{
	if (t[i].kind != TOK_NUM || v > 31 || v != floor(v) || i == 0)
		return false;
	if (tok_month(text, &t[i - 1], true) > 0)
		return true;
	return i > 1 && tok_punct(&t[i - 1], '.') &&
	    tok_month(text, &t[i - 2], true) > 0;
}

/* Is the token digits grouped by a separator ("20,000", "20.000")? */
static bool
grouped_digits(const char *text, const struct token *t)
{
	return t->kind == TOK_NUM && !(t->flags & TF_KILO) &&
	    (memchr(text + t->off, ',', t->len) != NULL ||
	    memchr(text + t->off, '.', t->len) != NULL);
}

/*
 * The low end of a range whose first figure is bare and whose second is
 * written in full: "15-20,000", "11 to 12,000" share the thousands of
 * the second, as "1.5 to 2 million" shares its scale word. Only when the
 * first, read in thousands, is below the second and of its order.
 */
static double
range_shared_thousands(const char *text, const struct token *t, size_t i,
    const struct amount *a, const struct amount *b, size_t bi)
{
	double k = a->v * 1000;

	if (t[i].kind != TOK_NUM || a->end != i + 1 || a->scale != 1 ||
	    a->v != floor(a->v) || a->v < 1 || a->v >= 1000 ||
	    (t[i].flags & TF_DECIMAL) || b->scale != 1 ||
	    b->end != bi + 1 || !grouped_digits(text, &t[bi]))
		return a->v;
	return k < b->v && 10 * k >= b->v ? k : a->v;
}

/*
 * A second amount after "-", "to" or "and": a range. So is one after
 * "or": "40 or 45 people", "2,000 or 3,000 children" give a span of
 * guesses, as "40 to 45" does; the bigger figure last.
 */
static bool
range_parse(const char *text, const struct token *t, size_t n, size_t i,
    const struct amount *a, struct numphrase *np, bool between)
{
	struct amount b;
	size_t e = a->end;
	double low;

	if (e + 1 >= n)
		return false;
	if (!(tok_punct(&t[e], '-') || tok_is(text, &t[e], "to") ||
	    tok_is(text, &t[e], "or") || (between && (tok_is(text, &t[e], "and") ||
	    tok_punct(&t[e], '&')))))	/* "between 10,000 & 12,000" */
		return false;
	if (!amount_parse(text, t, n, e + 1, AMOUNT_GREEDY, &b) ||
	    isnan(b.v) || isnan(a->v))
		return false;
	/* "1.5 to 2 million", "ten to twelve thousand": the scale word of
	 * the second applies to a bare first figure below its own */
	/* "from 111,481 on Jan. 23 to 150,000": a day, then a figure */
	if (b.v > 31 && day_after_month(text, t, i, a->v))
		return false;
	low = a->v;
	if (b.scale > 1 && a->scale == 1 && a->v < b.lead)
		low *= b.scale;
	else
		low = range_shared_thousands(text, t, i, a, &b, e + 1);
	if (!(b.v > low))
		return false;
	np->qual = QUAL_RANGE;
	np->low = low;
	np->high = b.v;
	np->value = (low + b.v) / 2;
	np->end = b.end;
	np->strong = b.strong;
	return true;
}

void
numphrase_interval(struct numphrase *np, bool from_below)
{
	double v = np->value;

	switch (np->qual) {
	case QUAL_APPROX:	/* a rounded figure: ±5%; "nearly": -10% */
		np->low = from_below ? 0.9 * v : 0.95 * v;
		np->high = from_below ? v : 1.05 * v;
		break;
	case QUAL_AT_LEAST:
	case QUAL_MORE_THAN:
		np->low = v;
		np->high = NAN;
		break;
	case QUAL_AT_MOST:
	case QUAL_UP_TO:
	case QUAL_LESS_THAN:
		np->low = 0;
		np->high = v;
		break;
	case QUAL_RANGE:
	case QUAL_VAGUE:
		break;
	case QUAL_EXACT:
		np->low = np->high = v;
		break;
	}
}

/* Verbs of change before "from A to B" and "by A to B", and the
 * particles of phrasal ones ("went up by"); sorted. */
static const char *const change_verbs[] = {
	"bringing", "brings", "brought", "climbed", "climbs", "cut",
	"decreased", "down", "dropped", "fallen", "fell", "grew", "grown",
	"increased", "increases", "increasing", "jumped", "jumps", "lifted",
	"lifting", "lowered", "lowering", "pushed", "pushing", "raised", "raises", "raising", "reduced", "revised",
	"risen", "rises", "rose", "soared", "surged", "swelled", "taking",
	"took", "up", "updated", NULL
};

/*
 * Is a verb of change among the span words before token k, in the same
 * clause? Words, abbreviations and apostrophes ("the country's official
 * death toll") may stand between; a figure or a clause mark (comma,
 * colon, bracket, dash) ends the search.
 */
static bool
change_verb_before(const char *text, const struct token *t, size_t k,
    size_t span)
{
	size_t j;

	for (j = k; j-- > 0 && j + span >= k;) {
		if (t[j].kind == TOK_PUNCT && t[j].ch != '\'' &&
		    t[j].ch != '.')
			return false;
		if (t[j].kind == TOK_NUM)
			return false;
		if (tok_in_sorted(text, &t[j], change_verbs,
		    NELEM(change_verbs) - 1))
			return true;
	}
	return false;
}

/*
 * A change from one level to another, not a range: "from A to B" after
 * a verb of change earlier in the clause ("raised the toll from 78 to
 * 82", "raised the region's official death toll from the storm from 64
 * to 2,975"). Both are figures of their own.
 */
static bool
change_from(const char *text, const struct token *t, size_t i)
{
	if (i < 2 || !tok_is(text, &t[i - 1], "from"))
		return false;
	return change_verb_before(text, t, i - 1, 14);
}

/*
 * A change and the level it led to: "rose by 315 to 14,413", "jumped by
 * nearly 1,200 to 5,209". Not a range: the level is the figure claimed,
 * the change (at token i, its qualifier from first) only how it moved.
 */
static bool
change_by(const char *text, const struct token *t, size_t n, size_t first,
    const struct amount *a)
{
	if (first < 2 || !tok_is(text, &t[first - 1], "by") || a->end + 1 >= n ||
	    !tok_is(text, &t[a->end], "to") ||
	    !amount_start(text, &t[a->end + 1]))
		return false;
	return change_verb_before(text, t, first - 1, 3);
}

/*
 * A fraction of the scale word at i: "a quarter of a million", "three
 * quarters of a million", "two-thirds of a million", "a quarter
 * million".
 * Its share in *share and its first token in *first; false when none.
 * The scale is read alone first, so "of a million" is a million until
 * the words before it say which part.
 */
static bool
fraction_before(const char *text, const struct token *t, size_t i,
    double *share, size_t *first)
{
	static const char *const ones[] = { "a", "an", "one", NULL };
	size_t k = i;
	double den;
	bool plural;

	if (scale_word(text, &t[i]) < 1e6)
		return false;
	if (k > 1 && tok_in(text, &t[k - 1], ones) &&
	    tok_is(text, &t[k - 2], "of"))
		k -= 2;		/* "of a million" */
	if (k == 0)
		return false;
	if (tok_is(text, &t[k - 1], "three-quarters") || tok_is(text,
	    &t[k - 1], "two-thirds")) {
		*share = tok_is(text, &t[k - 1], "two-thirds") ? 2.0 / 3 :
		    0.75;
		*first = k - 1;
		return true;
	}
	if (tok_is(text, &t[k - 1], "quarter") || tok_is(text, &t[k - 1],
	    "quarters"))
		den = 4;
	else if (tok_is(text, &t[k - 1], "third") || tok_is(text,
	    &t[k - 1], "thirds"))
		den = 3;
	else
		return false;
	plural = text[t[k - 1].off + t[k - 1].len - 1] == 's';
	k--;
	if (k == 0)
		return false;
	if (!plural && tok_in(text, &t[k - 1], ones))
		*share = 1 / den;
	else if (plural && tok_is(text, &t[k - 1], "two") && den == 3)
		*share = 2 / den;
	else if (plural && tok_is(text, &t[k - 1], "three") && den == 4)
		*share = 3 / den;
	else
		return false;
	*first = k - 1;
	return true;
}

bool
numphrase_parse(const char *text, const struct token *t, size_t n,
    size_t i, struct numphrase *np)
{
	double share;
	size_t ff;
	struct amount a, short_a;
	bool from_below = false, between;
	size_t w;

	if (!amount_parse(text, t, n, i, AMOUNT_GREEDY, &a))
		return false;
	memset(np, 0, sizeof(*np));
	np->first = np->num_first = i;
	np->end = a.end;
	np->qual = QUAL_EXACT;
	if (isnan(a.v)) {
		np->qual = QUAL_VAGUE;
		np->value = NAN;
		np->low = a.lo;	/* "thousands" is a floor, not a ceiling: */
		np->high = NAN;	/* 12,000 are thousands too */
		return true;
	}
	/* "10 to 20 billion": refused whole, not read as 10 */
	if (a.end + 1 < n && (tok_punct(&t[a.end], '-') ||
	    tok_is(text, &t[a.end], "to") || tok_is(text, &t[a.end], "and")) &&
	    amount_too_big(text, t, n, a.end + 1))
		return false;
	np->value = a.v;
	np->strong = a.strong;
	/* "to" after the amount first: most figures have none, and the
	 * qualifier words before are read only then */
	if (i > 0 && t[i - 1].kind == TOK_WORD && a.end + 1 < n &&
	    tok_is(text, &t[a.end], "to")) {
		struct numphrase q = *np;
		bool fb;

		qualifier_before(text, t, i, &q, &fb);
		if (change_by(text, t, n, q.first, &a))
			return false;	/* the level after "to" is read */
	}
	/* "between \"300 and 400\"": a quoted estimate keeps its range */
	w = i > 1 && tok_punct(&t[i - 1], '"') ? i - 1 : i;
	between = w > 0 && (tok_is(text, &t[w - 1], "between") ||
	    tok_is(text, &t[w - 1], "from"));
	/* "between one hundred and two hundred": "between" wants two ends,
	 * so its "and" is read as the range's when that gives one */
	if (between && change_from(text, t, i))
		between = false;
	else if (range_parse(text, t, n, i, &a, np, between) || (between &&
	    a.joined && amount_parse(text, t, n, i, AMOUNT_NO_AND, &short_a) &&
	    range_parse(text, t, n, i, &short_a, np, true))) {
		if (between)
			np->first = w - 1;
		return true;
	}
	if (i > 0 && ((t[i].kind == TOK_WORD && (tok_is(text, &t[i - 1], "a") ||
	    tok_is(text, &t[i - 1], "an"))) || tok_is(text, &t[i - 1],
	    "another")))
		np->first = i - 1;	/* "more than a million", "about
					   another thousand" */
	if (t[i].kind == TOK_WORD && fraction_before(text, t, i, &share,
	    &ff)) {
		np->value *= share;	/* "a quarter of a million" */
		np->first = ff;
	}
	qualifier_before(text, t, np->first, np, &from_below);
	qualifier_after(text, t, n, np);
	if (np->qual == QUAL_EXACT && estimated_figure(text, t, np->first))
		np->qual = QUAL_APPROX;
	if (np->qual == QUAL_UP_TO && tok_is(text, &t[np->first], "up") &&
	    up_of_verb(text, t, np->first))
		np->qual = QUAL_EXACT;	/* "rose up to 2,344" */
	numphrase_interval(np, from_below);
	return true;
}

/* Words of youth or age in "as young as", "older than" (NULL-ended). */
static const char *const age_as[] = { "young", "old", NULL };
static const char *const age_than[] = { "younger", "older", NULL };

/* Nouns of children, whose "under N" is an age: "children under five"
 * (NULL-ended). */
static const char *const child_nouns[] = {
	"babies", "boys", "children", "girls", "infants", "kids", "minors",
	"teenagers", NULL
};

/* Copulas between an age's noun and its figure: "the average age ...
 * was 17" (NULL-ended). */
static const char *const age_copulas[] = {
	"is", "was", "are", "were", NULL
};

#define AGE_GAP 14	/* tokens between "age" and its copula */

/* "the average age of the people held was": the word "age" a few tokens
 * before the copula at k, in the same clause (a comma or colon ends
 * it). */
static bool
age_subject_before(const char *text, const struct token *t, size_t k)
{
	size_t j;

	for (j = k; j > 0 && k - j < AGE_GAP; j--) {
		if (t[j - 1].kind == TOK_PUNCT && t[j - 1].ch != '"' &&
		    t[j - 1].ch != '\'')
			return false;
		if (tok_is(text, &t[j - 1], "age") ||
		    tok_is(text, &t[j - 1], "ages"))
			return true;
	}
	return false;
}

/* Do the words before token k (where an amount starts) make it an age? */
static bool
age_words_before(const char *text, const struct token *t, size_t k,
    double value)
{
	if (k >= 3 && tok_is(text, &t[k - 1], "as") &&
	    tok_in(text, &t[k - 2], age_as) && tok_is(text, &t[k - 3], "as"))
		return true;	/* "as young as 12" */
	if (k >= 2 && tok_is(text, &t[k - 1], "than") &&
	    tok_in(text, &t[k - 2], age_than))
		return true;	/* "younger than 18" */
	if (k >= 2 && value <= 18 && tok_is(text, &t[k - 1], "under") &&
	    tok_in(text, &t[k - 2], child_nouns))
		return true;	/* "children under five" */
	return k >= 2 && tok_in(text, &t[k - 1], age_copulas) &&
	    age_subject_before(text, t, k - 1);
}

bool
numphrase_age(const char *text, const struct token *t, size_t n,
    const struct numphrase *np)
{
	size_t k = np->first;

	(void)n;
	if (isnan(np->value) || np->value >= 120 || np->value < 1)
		return false;
	if (age_words_before(text, t, k, np->value) ||
	    (np->num_first != k && age_words_before(text, t, np->num_first,
	    np->value)))
		return true;
	/* the second of "as young as 12 or 13": an amount of one token
	   joined to an age */
	if (k >= 2 && (tok_is(text, &t[k - 1], "or") || tok_is(text,
	    &t[k - 1], "and") || tok_is(text, &t[k - 1], "to")) &&
	    (t[k - 2].kind == TOK_NUM || number_word(text, &t[k - 2]) >= 0))
		return age_words_before(text, t, k - 2, t[k - 2].kind ==
		    TOK_NUM ? t[k - 2].num : number_word(text, &t[k - 2]));
	return false;
}
