/*
 * lexicon.c - see lexicon.h.
 */
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

int
lex_month(const char *s, size_t n)
{
	return word_find(s, n, months_sorted, NWORDS(months_sorted), 0);
}

int
lex_month_abbrev(const char *s, size_t n)
{
	return word_find(s, n, abbrevs_sorted, NWORDS(abbrevs_sorted), 0);
}

int
lex_weekday(const char *s, size_t n)
{
	return word_find(s, n, weekdays_sorted, NWORDS(weekdays_sorted), -1);
}
