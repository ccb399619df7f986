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
 * sentences before it, or the title). The noun may stand before the
 * number ("troops numbering 12,000", "the death toll rose to 2,497",
 * "put turnout at 1.28 million", "troops, estimated at 11,000") or be
 * left out because it was just named ("100 soldiers were killed and
 * about 1,000 wounded", "about 8,000 of them", "up from 3,000 a week
 * earlier"). Years, dates and days of months, times, ages, percentages,
 * money, ordinals, capacities ("built for 400 people"), rates ("55
 * people per boat"), another country's own troops ("Russia has deployed
 * 50,000 troops") and counts of other things are not.
 */
#ifndef EXTRACT_H
#define EXTRACT_H

#include "claimtrack.h"
#include "tracker.h"

/* Tokens analysed per sentence; the rest of a longer sentence is not. */
#define EXTRACT_MAX_TOKENS 512
/* Claims read from one article at most; the ingest then keeps each
   distinct claim once and at most INGEST_CLAIMS_MAX of them. */
#define EXTRACT_MAX_CLAIMS 20000

/*
 * Append the claims of art to out, in text order. The claims own copies
 * of everything (art may be released afterwards). Working memory is
 * allocated per call and freed before it returns, so memory does not
 * grow across articles. The first call with a tracker makes its [nouns]
 * expand (tracker_expand(): WordNet is read then, once, and never by a
 * command that extracts nothing). Returns the number of claims added.
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
