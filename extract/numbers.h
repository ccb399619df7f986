/*
 * numbers.h - read the number phrase at a token: the amount ("12,000",
 * "1.5 million", "12k", "twelve thousand five hundred", "one hundred and
 * twenty thousand", "three and a half thousand", "a dozen"), a range
 * ("between 10,000 and 12,000", "10,000-12,000", "10 to 12 thousand",
 * "between ten and twelve thousand"), a vague amount ("thousands of",
 * "tens of thousands of", "several hundred"), and the qualifier before
 * or after it, with the interval it allows. Ordinals and numbers in
 * names ("World War Two", "Unit 29155") are no amounts.
 *
 * Figures as some outlets write them are read whole: thousands grouped
 * with full stops ("69.000", "1.302.938"; not before a scale word, where
 * "1.125 million" is a decimal), a decimal comma before a scale word
 * ("9,5 thousand"), and a range whose bare first figure shares the
 * thousands written out in the second ("15-20,000", "11 to 12,000").
 * A change and a level are no range: "from A to B" after a verb of
 * change in its clause gives two figures, and the change of "rose by
 * (nearly) A to B" is no amount at all (B, the level, is read on its
 * own); nor is "Jan. 23 to 150,000" a range (a day, then a figure).
 *
 * A figure that does not parse cleanly is no amount either, never an
 * amount of 0 or of one of its pieces: a thousands group broken by a
 * stray space ("12, 000", "12 ,000"), a leading-zero group ("000"), or
 * digits touching a digit of another script or an invisible character
 * (zero-width space, word joiner, soft hyphen). Nor is any figure above
 * 10^10 (ten billion: more than any count of people or things, so a typo
 * or junk such as a 400-digit string), nor a range ending above it.
 *
 * Interval conventions (documented in the README):
 *   exact X            [X, X]
 *   approx X           [0.9X, 1.1X] ("about", "roughly", "some" ...)
 *   approx, from below [0.9X, X] ("nearly", "almost", "close to")
 *   at_least X         [X, open]
 *   more_than X        [X, open]  (X itself excluded; stored as low = X)
 *   at_most, up_to, less_than X    [0, X]
 *   range A..B         [A, B], value the midpoint
 *   vague              value open; "hundreds of" [200, 999], "thousands
 *                      of" [2000, 9999], "tens of thousands of" [20000,
 *                      99999], "dozens of" [24, 99], "several thousand"
 *                      [3000, 9000], "a few thousand" [2000, 5000],
 *                      "several" before a participle ("several
 *                      arrested") [3, 9]
 */
#ifndef NUMBERS_H
#define NUMBERS_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "tokens.h"

struct numphrase {
	double	 value;		/* number stated; NAN for vague */
	double	 low;		/* interval; NAN = open */
	double	 high;
	enum qualifier qual;
	size_t	 first;		/* first token, qualifier included */
	size_t	 num_first;	/* first token of the amount */
	size_t	 end;		/* token just past the phrase */
	bool	 strong;	/* written "N-strong" ("a ten thousand-strong
				   force"): the noun follows */
};

/*
 * Read the number phrase whose amount starts at token i of t[0..n).
 * Returns false when no amount starts there.
 */
bool	numphrase_parse(const char *text, const struct token *t, size_t n,
	    size_t i, struct numphrase *);

/* The value of a spelled-out number word ("twelve", "twenty-five"), or
 * -1. */
double	number_word(const char *text, const struct token *);

/* Could an amount start at this token (digits or a number word)? */
bool	amount_start(const char *text, const struct token *);

/*
 * Could the word s[0, len) (a run of letters and '-' from a letter)
 * start an amount: amount_start()'s test of a word, without the token.
 */
bool	amount_word_start(const char *s, size_t len);

/*
 * The amount words (units, tens, scale and vague words, lower case)
 * starting with the letter c in any case, NULL-terminated; an empty
 * list for any other byte. The one table amount_word_start() reads.
 */
const char *const *amount_words_of(char c);

/*
 * Could an amount start anywhere in text[start, end)? False only when
 * the span has no digit and no amount word, so a sentence can be passed
 * over before it is cut into tokens.
 */
bool	amount_maybe_in(const char *text, size_t start, size_t end);

/*
 * Is the phrase np of tokens t[0, n) someone's age rather than a count:
 * "as young as 12", "younger than 18", "children under five", "the
 * average age of those held was 17", and the second of two such ages
 * ("as young as 12 or 13")?
 */
bool	numphrase_age(const char *text, const struct token *t, size_t n,
	    const struct numphrase *np);

/* Set low and high from value and qualifier (exact, approx, bounds). */
void	numphrase_interval(struct numphrase *, bool from_below);

#endif
