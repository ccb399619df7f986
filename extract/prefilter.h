/*
 * prefilter.h - which sentences of an article can hold a claim, found
 * before any of them is cut into tokens.
 *
 * A claim starts at an amount (numbers.h: amount_start()): a token with
 * a digit, or a number or vague word ("twelve", "thousands", "dozens").
 * Most sentences of a news article hold neither. The prefilter reads a
 * sentence's bytes once, through one table, and stops at the first
 * digit or at the first word that amount_word_start() takes. Words are
 * ruled out cheaply first: by a first letter no amount word has, else
 * by a hash of their letters missing from a small Bloom filter. Both
 * tables are built at the first use from numbers.c's own table of
 * amount words (amount_words_of()), so a word added there is a
 * candidate here without any change.
 *
 * A sentence it passes over cannot change what extract_article() finds:
 * every rule that looks back (pronouns and descriptions, coref.c;
 * carried dates and statements, carry.c, claimdate.c; elided counts)
 * reads the earlier sentences' text again from the sentence list, which
 * is whole, and the state carried from one sentence to the next (the
 * last claim's subject, sentence and referent) changes only when a
 * claim is made, which needs an amount. PREFILTER_CHECK proves it on
 * any corpus: it reads every sentence and stops the program when one
 * the prefilter would pass over yields a claim or changes that state
 * (tests/prefilter-check runs it over every corpus the tests hold).
 */
#ifndef PREFILTER_H
#define PREFILTER_H

#include <stdbool.h>
#include <stddef.h>

enum prefilter_mode {
	PREFILTER_ON,		/* read only the candidate sentences */
	PREFILTER_OFF,		/* read every sentence
				   (CLAIMTRACK_NO_PREFILTER=1) */
	PREFILTER_CHECK		/* read every sentence and check the others
				   change nothing (CLAIMTRACK_PREFILTER_CHECK=1) */
};

/*
 * The mode: the one prefilter_mode_set() gave, else the one the
 * environment asks for, read at the first call and kept (not once per
 * article).
 */
enum prefilter_mode prefilter_mode(void);
/* prefilter_mode_set(): read the environment again at the next call. */
#define PREFILTER_FROM_ENV (-1)
/*
 * Set the mode of the articles extracted from now on, on every thread:
 * an enum prefilter_mode, or PREFILTER_FROM_ENV (for a test that
 * changes the environment).
 */
void	prefilter_mode_set(int mode);

struct ctx;

/*
 * PREFILTER_CHECK for a sentence the prefilter passes over: read it
 * anyway with read (extract.c's reading of sentence c->si) and, when
 * that made a claim or changed anything of c but the current
 * sentence's scratch (its tokens, cues and consumed tokens), say which
 * article and sentence on stderr and abort().
 */
void	prefilter_check(struct ctx *c, void (*read)(struct ctx *));

/*
 * Could a claim start in text[start, end): does it hold a digit or a
 * word amount_word_start() takes? The same answer as
 * amount_maybe_in(), in one pass.
 */
bool	prefilter_sentence(const char *text, size_t start, size_t end);

#endif
