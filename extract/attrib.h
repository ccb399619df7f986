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
 * numbers of its clause unattributed. A cue whose claimant is a pronoun
 * ("he", "she", "they", "it", "we", "I") or a description ("the
 * ministry", "its spokesman") refers back to someone named before.
 *
 * A claimant's name runs over titles and their full stops ("Lt. Gen.
 * Kyrylo Budanov"); dates ("on 12 May", "Monday") and words capitalized
 * only because a sentence starts with them ("Some", "The") are no part
 * of it. A news outlet (the tracker's outlets) that reports without
 * naming whom it cites ("Reuters reported ...") relays a claim that names
 * nobody; citing someone ("..., citing the NIS", "Citing Seoul, AFP
 * said") makes that one the claimant and the outlet the relayer. An
 * outlet's own count or analysis stays its own claim.
 *
 * A figure may be followed by the passive agent who gave it: "compared
 * with the 11,000 cited by Zelensky", "the 10,000 estimated by South
 * Korea's spy agency". That agent claims that figure alone, not the
 * others of the sentence.
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
	CUE_REPORT,	/* a report, estimate or statement */
	CUE_MENTION,	/* a named subject: "Budanov spoke to reporters" */
	CUE_PASSIVE	/* "the 11,000 cited by X": only for its own number */
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
	bool	 person;	/* ... and is "he" or "she": one person */
	bool	 speaker;	/* ... and is "we" or "I": whoever is quoted */
	bool	 subordinate;	/* in a clause of time or cause ("since X
				   declared"): no speaker of what is before */
	bool	 forward;	/* opens a clause of its own after "and",
				   "but" or "while" with a figure after it:
				   says nothing of the figures before */
	bool	 inner;		/* names no one, inside a quote ("according
				   to early data"): the quoted one's words */
	size_t	 until;		/* governs no figure from this token on
				   ("..., X said, while ..."); 0: no end */
};

/* Find the cues of the sentence tokens t[0..n); returns how many. */
size_t	cues_find(const struct tracker *, const char *text,
	    const struct token *t, size_t n, struct cue *out, size_t max);

/*
 * The named subject that opens the sentence t[0..n) ("South Korean
 * officials spoke to reporters", "On Friday, Budanov visited ..."), as a
 * cue of kind CUE_MENTION: someone a later "he" or "they" may mean.
 * False when the sentence opens with no such subject.
 */
bool	mention_find(const struct tracker *, const char *text,
	    const struct token *t, size_t n, struct cue *out);

/*
 * The cue governing the number at token k: the nearest cue before it,
 * else the first cue after it that is no clause of time or cause and
 * opens no clause of its own ("..., while X reported 5,800"); NULL
 * when the sentence has none. A passive cue governs no number but the
 * one it is attached to; a cue inside a quote that names no one governs
 * none.
 */
const struct cue *cue_governing(const struct cue *, size_t ncues, size_t k);

/*
 * The cue attached to a figure that ends just before token end: "the
 * 11,000 cited by Zelensky", "8,000 troops claimed by Kyiv", "11,000 as
 * reported by Seoul", "11,000 according to Kyiv" (no comma between).
 * It names the one who gave that figure; NULL when there is none.
 */
const struct cue *cue_attached(const struct cue *, size_t ncues,
	    const char *text, const struct token *t, size_t n, size_t end);

/*
 * The claimant chooser, for a figure at token k that no cue governs: the
 * named agents of the sentence that give a figure (the subject of a verb
 * of saying, reporting, counting or recording, "..., says X", "tracked
 * by X", "X's figures", "data from X"), scored by whether the gazetteer
 * knows them, whether their clause governs the figure (it follows the
 * verb, or a reporting clause set off by a comma follows it) and how far
 * they are from it. The best one above a threshold, as a cue of kind
 * CUE_SAY in *out; false when none scores enough: unattributed.
 * With gov, the cue that governs the figure: only when it names no one
 * the claim can be given to ("officials said", "media reported",
 * "according to early estimates"), and only for a source the gazetteer
 * knows whose clause governs the figure, or one that reads the same
 * subject longer ("the organisation coordinating emergency services in
 * X" for "X").
 */
bool	cue_choose(const struct tracker *, const char *text,
	    const struct token *t, size_t n, size_t k,
	    const struct cue *gov, struct cue *out);

/*
 * Every named agent of the sentence that cue_choose() weighs for the
 * figure at token k, up to max of them, each with its score in score[]
 * (below 0 when it may not claim the figure): the candidates of the
 * claimant model (claimant.h). Returns how many.
 */
size_t	cue_agents(const struct tracker *, const char *text,
	    const struct token *t, size_t n, size_t k, struct cue *out,
	    int *score, size_t max);

/*
 * What the candidate test of cue_choose() and cue_agents() answered at
 * one token of a sentence: it depends on the sentence's tokens alone,
 * and both ask it of every token near each figure. With an array of
 * them, one per token of t (asked false until then), kept while the
 * sentence is read, cue_choose_kept() and cue_agents_kept() ask each
 * token once; NULL keeps nothing.
 */
struct choose_kept {
	struct cue cue;
	bool	 asked;
	bool	 ok;
};

bool	cue_choose_kept(const struct tracker *, const char *text,
	    const struct token *t, size_t n, size_t k,
	    const struct cue *gov, struct cue *out, struct choose_kept *kept);
size_t	cue_agents_kept(const struct tracker *, const char *text,
	    const struct token *t, size_t n, size_t k, struct cue *out,
	    int *score, size_t max, struct choose_kept *kept);

/* Does the cue name a news outlet ("Reuters", "state television")? */
bool	cue_outlet(const struct tracker *, const char *text,
	    const struct token *t, const struct cue *);

/* Source index of the first alias in tokens [a, b), or -1. */
long	source_find(const struct tracker *, const char *text,
	    const struct token *t, size_t a, size_t b);

/*
 * The claimant as written: the person's name after a title ("John
 * Kirby"), else the phrase without determiners. Returns a new string the
 * caller frees, or NULL when the cue names nobody.
 */
/* Is the cue's claimant a person named after a title ("Prime Minister
 * Naoto Kan", "Gen. X")? */
bool	cue_titled(const struct cue *, const char *text,
	    const struct token *t);

char	*cue_claimant(const struct cue *, const char *text,
	    const struct token *t);
/*
 * Is the cue's phrase written whole, no word of description before it
 * left out ("human" of "while human rights groups said")? A phrase cut
 * short names no body of its own.
 */
bool	cue_whole(const struct cue *, const char *text,
	    const struct token *t);
/* The relayer as written, or NULL. */
char	*cue_relayer(const struct cue *, const char *text,
	    const struct token *t);

#endif
