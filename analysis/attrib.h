/*
 * attrib.h - who claims what: the attribution cues of one sentence and
 * the cue that governs a number.
 *
 * Cues: "X said/says/told/reported/claimed/estimated/confirmed/announced
 * (that)" with the claimant before the verb, after it ("..., said X") or
 * relayed ("X, citing Y, said": the claim is Y's, X is the relayer);
 * "according to X"; "X's estimate", "a X announcement", "X statements
 * indicating ...". A report without a named source ("further estimates
 * suggesting ...") is a cue too, one without a source: it makes the
 * numbers of its clause unattributed. A cue whose claimant is "he", "she",
 * "they" or "the ministry" refers back to an earlier sentence (pronoun).
 */
#ifndef ATTRIB_H
#define ATTRIB_H

#include <stdbool.h>
#include <stddef.h>

#include "tokens.h"
#include "tracker.h"

#define CUES_MAX 16

enum cue_kind {
	CUE_SAY,	/* speech verb */
	CUE_ACCORDING,	/* "according to X" */
	CUE_REPORT	/* a report, estimate or statement */
};

struct cue {
	enum cue_kind kind;
	size_t	 pos;		/* token from which the cue governs */
	size_t	 np_first;	/* claimant tokens [np_first, np_end) */
	size_t	 np_end;
	size_t	 rel_first;	/* relayer tokens, empty when none */
	size_t	 rel_end;
	size_t	 win_first;	/* tokens where its date may be written */
	size_t	 win_end;
	long	 source;	/* tracker source index, -1 when none */
	bool	 pronoun;	/* claimant refers back ("he", "the ministry") */
};

/* Find the cues of the sentence tokens t[0..n); returns how many. */
size_t	cues_find(const struct tracker *, const char *text,
	    const struct token *t, size_t n, struct cue *out, size_t max);

/*
 * The cue governing the number at token k: the nearest cue before it,
 * else the first cue after it; NULL when the sentence has none.
 */
const struct cue *cue_governing(const struct cue *, size_t ncues, size_t k);

/* Source index of the first alias in tokens [a, b), or -1. */
long	source_find(const struct tracker *, const char *text,
	    const struct token *t, size_t a, size_t b);

/*
 * The claimant as written: the person's name after a title ("John
 * Kirby"), else the phrase without determiners. Returns a new string the
 * caller frees, or NULL when the cue names nobody.
 */
char	*cue_claimant(const struct cue *, const char *text,
	    const struct token *t);
/* The relayer as written, or NULL. */
char	*cue_relayer(const struct cue *, const char *text,
	    const struct token *t);

#endif
