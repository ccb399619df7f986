/*
 * lexicon.h - the words every stage shares: month and weekday names, and
 * what each qualifier is called, its symbol and its words. One table of
 * each, so the article readers, the extractor and the briefing never
 * disagree on them.
 *
 * Names are written as in print ("January", "Jan", "Sunday"); the
 * lookups ignore ASCII case and search sorted tables. All strings are
 * static storage.
 */
#ifndef LEXICON_H
#define LEXICON_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"

/* "January" ... "December" and "Jan" ... "Dec", in calendar order. */
extern const char *const lex_month_names[12];
extern const char *const lex_month_abbrevs[12];
/* "Sunday" ... "Saturday", in the order of date_weekday(). */
extern const char *const lex_weekday_names[7];

/*
 * strcmp() of the n bytes at s, read with ASCII upper case as lower,
 * with the lower-case word w: the order of the lookups below, for sorted
 * word lists of the callers' own.
 */
int	lex_cmp(const char *s, size_t n, const char *w);

/* The month 1..12 named in full by the n bytes at s ("october"), else 0. */
int	lex_month(const char *s, size_t n);
/*
 * The month 1..12 of a short form at s[0..n): "Jan" ... "Dec" and "Sept"
 * (May's short form is its name), else 0.
 */
int	lex_month_abbrev(const char *s, size_t n);
/* The weekday 0 (Sunday) ... 6 named in full by s[0..n), else -1. */
int	lex_weekday(const char *s, size_t n);

/*
 * A qualifier's symbol before a figure: "≈" approx, "≥" at least, ">"
 * more than, "≤" at most and up to, "<" less than, "~" vague; "" exact,
 * range and out of range.
 */
const char *lex_qualifier_symbol(enum qualifier);
/*
 * A qualifier in words, as a table column shows it: "about", "at least",
 * "fewer than" (claims count people), "as stated" for a plain figure,
 * "between" a range, "vague"; "" out of range.
 */
const char *lex_qualifier_words(enum qualifier);
/*
 * Whether the words read before a figure ("about 12,000"): true from
 * approx to less than, false for exact, range and vague.
 */
bool	lex_qualifier_leads(enum qualifier);

#endif
