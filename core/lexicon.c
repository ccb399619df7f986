/*
 * lexicon.c - see lexicon.h. Also qualifier_name() and qualifier_parse()
 * of claimtrack.h, which read the same qualifier table.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "lexicon.h"

const char *const lex_month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

const char *const lex_month_abbrevs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};

const char *const lex_weekday_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

/* A word of a lookup table and what it names. */
struct lex_word {
	const char *word;	/* lower case; tables in strcmp() order */
	int	 num;		/* month 1..12 or weekday 0..6 */
};

static const struct lex_word months_sorted[] = {
	{ "april", 4 }, { "august", 8 }, { "december", 12 },
	{ "february", 2 }, { "january", 1 }, { "july", 7 }, { "june", 6 },
	{ "march", 3 }, { "may", 5 }, { "november", 11 }, { "october", 10 },
	{ "september", 9 }
};

static const struct lex_word abbrevs_sorted[] = {
	{ "apr", 4 }, { "aug", 8 }, { "dec", 12 }, { "feb", 2 },
	{ "jan", 1 }, { "jul", 7 }, { "jun", 6 }, { "mar", 3 }, { "may", 5 },
	{ "nov", 11 }, { "oct", 10 }, { "sep", 9 }, { "sept", 9 }
};

static const struct lex_word weekdays_sorted[] = {
	{ "friday", 5 }, { "monday", 1 }, { "saturday", 6 }, { "sunday", 0 },
	{ "thursday", 4 }, { "tuesday", 2 }, { "wednesday", 3 }
};

#define NWORDS(a) (sizeof(a) / sizeof(*(a)))

int
lex_cmp(const char *s, size_t n, const char *w)
{
	size_t k;
	int c, d;

	for (k = 0; k < n; k++) {
		c = (unsigned char)s[k];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if ((d = c - (unsigned char)w[k]) != 0)
			return d;	/* also where w ends first */
	}
	return w[n] == '\0' ? 0 : -1;
}

/* What s[0..n) names in the sorted table v of n words, else none. */
static int
word_find(const char *s, size_t n, const struct lex_word *v, size_t nv,
    int none)
{
	size_t lo = 0, hi = nv, mid;
	int d;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((d = lex_cmp(s, n, v[mid].word)) == 0)
			return v[mid].num;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return none;
}

/*
 * For each first letter a..z, the lengths (bits 0..15) of a table's
 * words: a word of another first letter or length is none of them. The
 * lookups are asked of every word near a figure, and this rules out
 * nearly all of them ("said", "and") before a search.
 */
struct lex_lens {
	uint16_t len[26];
};

static struct lex_lens months_lens, abbrevs_lens, weekdays_lens;
static pthread_once_t lens_once = PTHREAD_ONCE_INIT;

static void
lens_fill(struct lex_lens *l, const struct lex_word *v, size_t nv)
{
	size_t i, n;

	for (i = 0; i < nv; i++)
		if ((n = strlen(v[i].word)) < 16)
			l->len[v[i].word[0] - 'a'] |= (uint16_t)(1u << n);
}

static void
lens_build(void)
{
	lens_fill(&months_lens, months_sorted, NWORDS(months_sorted));
	lens_fill(&abbrevs_lens, abbrevs_sorted, NWORDS(abbrevs_sorted));
	lens_fill(&weekdays_lens, weekdays_sorted, NWORDS(weekdays_sorted));
}

/* Could s[0..n) be a word of the table of l? s[0] | 0x20 is a lower-case
 * letter only for that letter in either case, and never '\0'. */
static bool
word_may_be(const char *s, size_t n, const struct lex_lens *l)
{
	unsigned c = (unsigned char)s[0] | 0x20;

	pthread_once(&lens_once, lens_build);
	return n < 16 && c >= 'a' && c <= 'z' && (l->len[c - 'a'] >> n & 1);
}

int
lex_month(const char *s, size_t n)
{
	if (n == 0 || !word_may_be(s, n, &months_lens))
		return 0;
	return word_find(s, n, months_sorted, NWORDS(months_sorted), 0);
}

int
lex_month_abbrev(const char *s, size_t n)
{
	if (n == 0 || !word_may_be(s, n, &abbrevs_lens))
		return 0;
	return word_find(s, n, abbrevs_sorted, NWORDS(abbrevs_sorted), 0);
}

int
lex_weekday(const char *s, size_t n)
{
	if (n == 0 || !word_may_be(s, n, &weekdays_lens))
		return -1;
	return word_find(s, n, weekdays_sorted, NWORDS(weekdays_sorted), -1);
}

/* What a qualifier is called and how it is shown. */
struct lex_qualifier {
	const char *name;	/* "at_least": JSON, CSV, the database */
	const char *symbol;	/* "≥" before a figure */
	const char *words;	/* "at least" */
	bool	 leads;		/* the words read before a figure */
};

static const struct lex_qualifier qualifiers[] = {
	[QUAL_EXACT] = { "exact", "", "as stated", false },
	[QUAL_APPROX] = { "approx", "≈", "about", true },
	[QUAL_AT_LEAST] = { "at_least", "≥", "at least", true },
	[QUAL_MORE_THAN] = { "more_than", ">", "more than", true },
	[QUAL_AT_MOST] = { "at_most", "≤", "at most", true },
	[QUAL_UP_TO] = { "up_to", "≤", "up to", true },
	[QUAL_LESS_THAN] = { "less_than", "<", "fewer than", true },
	[QUAL_RANGE] = { "range", "", "between", false },
	[QUAL_VAGUE] = { "vague", "~", "vague", false },
};

#define NQUALIFIERS NWORDS(qualifiers)

const char *
lex_qualifier_symbol(enum qualifier q)
{
	return (size_t)q < NQUALIFIERS ? qualifiers[q].symbol : "";
}

const char *
lex_qualifier_words(enum qualifier q)
{
	return (size_t)q < NQUALIFIERS ? qualifiers[q].words : "";
}

bool
lex_qualifier_leads(enum qualifier q)
{
	return (size_t)q < NQUALIFIERS && qualifiers[q].leads;
}

const char *
qualifier_name(enum qualifier q)
{
	return (size_t)q < NQUALIFIERS ? qualifiers[q].name : "exact";
}

int
qualifier_parse(const char *s)
{
	size_t i;

	for (i = 0; i < NQUALIFIERS; i++)
		if (strcmp(s, qualifiers[i].name) == 0)
			return (int)i;
	return -1;
}
