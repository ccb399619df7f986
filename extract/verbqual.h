/*
 * verbqual.h - the qualifier a verb or a bound phrase before a plain
 * figure gives it, private to extract/: the toll "has topped",
 * "exceeded", "surpassed", "passed", "crossed" 40,000 is more than
 * 40,000; "approaching", "nearing", "edging closer to" 40,000 is about
 * 40,000 from below; "as high as", "as much as" 40,000 is up to it.
 * "reached", "hit", "rose to" leave the figure exact. Only the figure
 * right after the words is qualified, not the next one of the sentence.
 */
#ifndef VERBQUAL_H
#define VERBQUAL_H

#include <stddef.h>

#include "numbers.h"
#include "tokens.h"

/* Requalify np, a figure of t[0..n) read as exact, from the words just
 * before it; np is left as it was when they give no bound. */
void	verbqual_apply(const char *text, const struct token *t, size_t n,
	    struct numphrase *np);

#endif
