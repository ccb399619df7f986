/*
 * pubdate.c - see pubdate.h.
 */
#include <ctype.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "claimtrack.h"
#include "date.h"
#include "lexicon.h"
#include "pubdate.h"

#define WORD_MAX 16	/* longer words are no month or weekday */

static const char *
skip_space(const char *p)
{
	while (isspace((unsigned char)*p))
		p++;
	return p;
}

/*
 * Read a word of letters at *pp into word (lower case) and move past it
 * and an optional '.'; returns the word's length, 0 when none or too long.
 */
static size_t
read_word(const char **pp, char word[WORD_MAX])
{
	const char *p = *pp;
	size_t n = 0;

	while (isalpha((unsigned char)*p)) {
		if (n + 1 >= WORD_MAX)
			return 0;
		word[n++] = (char)tolower((unsigned char)*p++);
	}
	word[n] = '\0';
	if (n > 0 && *p == '.')
		p++;
	*pp = p;
	return n;
}

/* Index of word among n names, full or cut to 3+ letters; -1 if none. */
static int
name_index(const char *word, size_t len, const char *const *names, int n)
{
	int i;

	if (len < 3)
		return -1;
	for (i = 0; i < n; i++)
		if (strncasecmp(names[i], word, len) == 0 &&
		    (len == 3 || len == 4 || names[i][len] == '\0'))
			return i;
	return -1;
}

/* Skip "Fri, " or "Friday " at p; returns where the date starts. */
static const char *
skip_weekday(const char *p)
{
	char word[WORD_MAX];
	const char *q = p;
	size_t n = read_word(&q, word);

	if (name_index(word, n, lex_weekday_names, 7) < 0)
		return p;
	if (*q == ',')
		q++;
	return skip_space(q);
}

/* Read 1 to max digits; -1 when none. */
static int
read_number(const char **pp, int max)
{
	const char *p = *pp;
	int v = 0, n = 0;

	while (n < max && isdigit((unsigned char)*p)) {
		v = v * 10 + (*p++ - '0');
		n++;
	}
	if (n == 0 || isdigit((unsigned char)*p))
		return -1;
	*pp = p;
	return v;
}

/* Read a day of the month, with an optional "st", "nd", "rd", "th". */
static int
read_day(const char **pp)
{
	int d = read_number(pp, 2);

	if (d >= 0 && (strncasecmp(*pp, "st", 2) == 0 ||
	    strncasecmp(*pp, "nd", 2) == 0 || strncasecmp(*pp, "rd", 2) == 0 ||
	    strncasecmp(*pp, "th", 2) == 0))
		*pp += 2;
	return d;
}

static int
read_month(const char **pp)
{
	char word[WORD_MAX];
	size_t n = read_word(pp, word);

	return name_index(word, n, lex_month_names, 12) + 1;
}

/* Parse the "D Month YYYY" or "Month D, YYYY" forms. */
static int
parse_words(const char *p, int *y, int *m, int *d)
{
	p = skip_weekday(skip_space(p));
	if (isdigit((unsigned char)*p)) {
		*d = read_day(&p);
		p = skip_space(p);
		*m = read_month(&p);
	} else {
		*m = read_month(&p);
		p = skip_space(p);
		*d = read_day(&p);
	}
	if (*d < 0 || *m <= 0)
		return -1;
	if (*p == ',')
		p++;
	p = skip_space(p);
	*y = read_number(&p, 4);
	if (*y < 1000)
		return -1;
	if (*p != '\0' && !isspace((unsigned char)*p) && *p != ',' &&
	    *p != 'T')
		return -1;
	return 0;
}

int
pubdate_parse(const char *s, char out[DATE_LEN])
{
	long days;
	int y, m, d;

	if (s == NULL)
		return -1;
	s = skip_space(s);
	if (date_parse(s, &days) == 0) {
		date_format(days, out);
		return 0;
	}
	if (parse_words(s, &y, &m, &d) == -1 || !date_valid(y, m, d))
		return -1;
	date_format(date_days(y, m, d), out);
	return 0;
}
