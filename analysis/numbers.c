/*
 * numbers.c - see numbers.h.
 */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <strings.h>

#include "numbers.h"

struct amount {
	double	 v;		/* value; NAN when vague */
	double	 lo, hi;	/* vague interval */
	size_t	 end;		/* token just past the amount */
	bool	 scaled;	/* had a scale word ("million") */
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
};

#define NQUALWORDS (sizeof(qualwords) / sizeof(*qualwords))

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
	a.len = (unsigned)(dash - s);
	b.off = t->off + a.len + 1;
	b.len = t->len - a.len - 1;
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
	if (tok_is(text, t, "million") || tok_is(text, t, "mln"))
		return 1e6;
	if (tok_is(text, t, "billion") || tok_is(text, t, "bn"))
		return 1e9;
	return 0;
}

/* The amount words of this file (units, tens, scale and vague words)
 * that start with letter c, so a word is compared with a few at most. */
static const char *const *
amount_candidates(char c)
{
	static const char *const b[] = { "billion", NULL };
	static const char *const d[] = { "dozen", "dozens", NULL };
	static const char *const e[] = { "eight", "eleven", "eighteen",
		"eighty", NULL };
	static const char *const f[] = { "four", "five", "fourteen",
		"fifteen", "forty", "fifty", "few", NULL };
	static const char *const h[] = { "hundred", "hundreds", NULL };
	static const char *const m[] = { "million", "millions", "mln", NULL };
	static const char *const n[] = { "nine", "nineteen", "ninety", NULL };
	static const char *const o[] = { "one", NULL };
	static const char *const s[] = { "six", "seven", "sixteen",
		"seventeen", "sixty", "seventy", "several", NULL };
	static const char *const t[] = { "two", "three", "ten", "twelve",
		"thirteen", "twenty", "thirty", "thousand", "thousands", "tens",
		NULL };
	static const char *const z[] = { "zero", NULL };
	static const char *const none[] = { NULL };

	switch (c | 0x20) {
	case 'b': return b;
	case 'd': return d;
	case 'e': return e;
	case 'f': return f;
	case 'h': return h;
	case 'm': return m;
	case 'n': return n;
	case 'o': return o;
	case 's': return s;
	case 't': return t;
	case 'z': return z;
	default: return none;
	}
}

/* Is s[0, len) an amount word, in any case? */
static bool
amount_word(const char *s, size_t len)
{
	const char *const *w;
	size_t k;

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

/* Could the word s[0, len) start an amount (amount_start's test)? */
static bool
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
		return !(t->flags & (TF_ORDINAL | TF_ATTACHED | TF_TIME));
	if (t->kind != TOK_WORD || !amount_word_start(text + t->off, t->len))
		return false;
	if (memchr(text + t->off, '-', t->len) == NULL)
		return true;
	return number_word(text, t) >= 0;
}

/* Vague plural amounts: "tens of thousands", "hundreds", "dozens". */
static bool
amount_vague_plural(const char *text, const struct token *t, size_t n,
    size_t i, struct amount *am)
{
	bool of = i + 2 < n && tok_is(text, &t[i + 1], "of");

	am->v = NAN;
	if (of && tok_is(text, &t[i + 2], "thousands") &&
	    (tok_is(text, &t[i], "tens") || tok_is(text, &t[i], "hundreds"))) {
		am->lo = tok_is(text, &t[i], "tens") ? 20000 : 200000;
		am->hi = am->lo * 5 - 1;
		am->end = i + 3;
		return true;
	}
	am->end = i + 1;
	if (tok_is(text, &t[i], "hundreds")) {
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

/* "several thousand", "a few hundred", "many thousands". */
static bool
amount_vague_few(const char *text, const struct token *t, size_t n,
    size_t i, struct amount *am)
{
	size_t j = i + 1;
	double s;
	bool few;

	few = tok_is(text, &t[i], "few");
	if (!few && !tok_is(text, &t[i], "several"))
		return false;
	if (few && (i == 0 || !tok_is(text, &t[i - 1], "a")))
		return false;
	if (j >= n)
		return false;
	if ((s = scale_word(text, &t[j])) == 0 &&
	    !tok_is(text, &t[j], "dozen"))
		return false;
	if (s == 0)
		s = 12;
	am->v = NAN;
	am->lo = (few ? 2 : 3) * s;
	am->hi = (few ? 5 : 9) * s;
	am->end = j + 1;
	return true;
}

/* Spelled-out amounts: "twelve thousand", "a dozen", "two hundred". */
static bool
amount_words(const char *text, const struct token *t, size_t n, size_t i,
    struct amount *am)
{
	double total = 0, cur = 0, w, s;
	bool any = false;
	size_t j = i;

	if (j + 1 < n && (tok_is(text, &t[j], "a") || tok_is(text, &t[j],
	    "an")) && (scale_word(text, &t[j + 1]) > 0 ||
	    tok_is(text, &t[j + 1], "dozen"))) {
		cur = 1;
		j++;
	}
	for (; j < n; j++) {
		if ((w = number_word(text, &t[j])) >= 0 && !any && cur == 0)
			cur = w;
		else if (w >= 0 && cur >= 100 && fmod(cur, 100) == 0)
			cur += w;
		else if (tok_is(text, &t[j], "dozen"))
			cur = (cur > 0 ? cur : 1) * 12;
		else if ((s = scale_word(text, &t[j])) == 100)
			cur = (cur > 0 ? cur : 1) * 100;
		else if (s > 0) {
			total += (cur > 0 ? cur : 1) * s;
			cur = 0;
			am->scaled = true;
		} else if (tok_is(text, &t[j], "and") && cur >= 100 &&
		    j + 1 < n && number_word(text, &t[j + 1]) >= 0)
			continue;
		else
			break;
		any = true;
	}
	if (!any)
		return false;
	am->v = total + cur;
	am->end = j;
	return true;
}

static bool
amount_parse(const char *text, const struct token *t, size_t n, size_t i,
    struct amount *am)
{
	double s;

	memset(am, 0, sizeof(*am));
	am->lo = am->hi = NAN;
	if (t[i].kind == TOK_NUM) {
		if (t[i].flags & (TF_ORDINAL | TF_ATTACHED | TF_TIME))
			return false;
		am->v = t[i].num;
		am->end = i + 1;
		if (i + 1 < n && (s = scale_word(text, &t[i + 1])) > 0) {
			am->v *= s;
			am->end++;
			am->scaled = true;
		}
		return true;
	}
	if (t[i].kind != TOK_WORD)
		return false;
	return amount_vague_plural(text, t, n, i, am) ||
	    amount_vague_few(text, t, n, i, am) ||
	    amount_words(text, t, n, i, am);
}

/* Qualifier words ending just before token i; sets np->first. */
static void
qualifier_before(const char *text, const struct token *t, size_t i,
    struct numphrase *np, bool *from_below)
{
	size_t q, k, len;

	for (q = 0; q < NQUALWORDS; q++) {
		for (len = 0; len < QUALWORDS_MAX &&
		    qualwords[q].words[len] != NULL; len++)
			;
		if (len > i)
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

/* A second amount after "-", "to" or "and": a range. */
static bool
range_parse(const char *text, const struct token *t, size_t n,
    struct amount *a, struct numphrase *np, bool between)
{
	struct amount b;
	size_t e = a->end;

	if (e + 1 >= n)
		return false;
	if (!(tok_punct(&t[e], '-') || tok_is(text, &t[e], "to") ||
	    (between && tok_is(text, &t[e], "and"))))
		return false;
	if (!amount_parse(text, t, n, e + 1, &b) || isnan(b.v) ||
	    isnan(a->v))
		return false;
	/* "1.5 to 2 million": the scale of the second applies to both */
	if (b.scaled && !a->scaled && a->v < 1000 &&
	    t[e + 1].kind == TOK_NUM && t[e + 1].num > 0)
		a->v *= b.v / t[e + 1].num;
	if (!(b.v > a->v))
		return false;
	np->qual = QUAL_RANGE;
	np->low = a->v;
	np->high = b.v;
	np->value = (a->v + b.v) / 2;
	np->end = b.end;
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

bool
numphrase_parse(const char *text, const struct token *t, size_t n,
    size_t i, struct numphrase *np)
{
	struct amount a;
	bool from_below = false, between;

	if (!amount_parse(text, t, n, i, &a))
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
	np->value = a.v;
	between = i > 0 && (tok_is(text, &t[i - 1], "between") ||
	    tok_is(text, &t[i - 1], "from"));
	if (range_parse(text, t, n, &a, np, between)) {
		if (between)
			np->first = i - 1;
		return true;
	}
	if (i > 0 && t[i].kind == TOK_WORD && (tok_is(text, &t[i - 1], "a") ||
	    tok_is(text, &t[i - 1], "an")))
		np->first = i - 1;	/* "more than a million" */
	qualifier_before(text, t, np->first, np, &from_below);
	qualifier_after(text, t, n, np);
	numphrase_interval(np, from_below);
	return true;
}
