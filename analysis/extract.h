/*
 * extract.h - find the numeric claims of an article: for each sentence of
 * the article text that holds a number, the amount and its qualifier
 * (numbers.h), what is counted and which quantity (the tracker), who
 * claims it (attrib.h), when (claimdate.h), where (scope) and whether it
 * is current or projected.
 *
 * A number is a claim only when it counts one of the tracker's nouns
 * ("12,000 North Korean troops", "thousands of soldiers", "two units,
 * each of 6,000 soldiers", "a 12,000-strong contingent") about the
 * tracked subject (a subject cue in the phrase, the sentence, the three
 * sentences before it, or the title). Years, dates, times, ages,
 * percentages, money, ordinals and counts of other things are not.
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include "claimtrack.h"
#include "tracker.h"

/* Tokens analysed per sentence; the rest of a longer sentence is not. */
#define EXTRACT_MAX_TOKENS 512

/*
 * Append the claims of art to out, in text order. The claims own copies
 * of everything (art may be released afterwards). Working memory is
 * allocated per call and freed before it returns, so memory does not
 * grow across articles. Returns the number of claims added.
 */
size_t	extract_article(const struct tracker *, const struct article *,
	    struct claimset *out);

/*
 * Convenience for tests and tools: the claims of one text, published on
 * published ("YYYY-MM-DD" or NULL), as if it were the body of article doc.
 */
size_t	extract_text(const struct tracker *, const char *doc,
	    const char *published, const char *text, struct claimset *out);

#endif
