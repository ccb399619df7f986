/*
 * verbqual.c - see verbqual.h.
 */
#include <stdbool.h>
#include <stddef.h>

#include "verbqual.h"
#include "util.h"


/* Verbs of going past a figure (sorted). */
static const char *const surpass_verbs[] = {
	"crossed", "crosses", "crossing", "eclipsed", "eclipses", "exceed",
	"exceeded", "exceeds", "outstripped", "passed", "passes", "passing",
	"surpass", "surpassed", "surpasses", "surpassing", "top", "topped",
	"topping", "tops"
};

/* Verbs of coming near a figure from below (sorted). */
static const char *const approach_verbs[] = {
	"approached", "approaches", "approaching", "nearing", "nears"
};

/* X of "as X as N": the most the figure may be (sorted). */
static const char *const upper_words[] = {
	"high", "large", "much"
};

static void
requalify(struct numphrase *np, enum qualifier q, bool from_below)
{
	np->qual = q;
	numphrase_interval(np, from_below);
}

void
verbqual_apply(const char *text, const struct token *t, size_t n,
    struct numphrase *np)
{
	size_t f = np->first;

	if (np->qual != QUAL_EXACT || f == 0 || f > n)
		return;
	if (tok_in_sorted(text, &t[f - 1], surpass_verbs,
	    NELEM(surpass_verbs)))
		requalify(np, QUAL_MORE_THAN, false);
	else if (tok_in_sorted(text, &t[f - 1], approach_verbs,
	    NELEM(approach_verbs)) || (f >= 2 &&
	    tok_is(text, &t[f - 1], "to") && tok_is(text, &t[f - 2],
	    "closer")))
		requalify(np, QUAL_APPROX, true);
	else if (f >= 3 && tok_is(text, &t[f - 1], "as") &&
	    tok_is(text, &t[f - 3], "as") && tok_in_sorted(text, &t[f - 2],
	    upper_words, NELEM(upper_words)))
		requalify(np, QUAL_UP_TO, false);
}
