/*
 * coref.h - coreference: whom a pronoun or a description means ("he
 * said", "they estimated", "the ministry said", "it believed"), private
 * to extract/.
 *
 * A pronoun cue means the nearest claimant before it in its sentence
 * ("Seoul said it believed ..."; for "we" and "I" first the one quoted
 * after it), else whom the CONTEXT_BACK sentences before name last: a
 * claimant named there, or whom a claim of that sentence was given.
 * "He" and "she" never mean many ("officials") or an outlet relaying
 * others, "it" never many ("officials", "Kent and Essex"); a description
 * ("the ministry", "its spokesman") means only a source the tracker's
 * gazetteer knows, and one that means no one before is the own of the
 * place a wire dateline names ("SEOUL, April 30 (Yonhap) -- ..., the spy
 * agency said"), when the gazetteer knows that place.
 */
#ifndef COREF_H
#define COREF_H

#include "extract_int.h"

/*
 * Set cl's claimant, relayer and source (allocated) to whom the pronoun
 * cue pron of the current sentence means, or leave it unattributed as
 * written. Returns the cue that names them, pron itself when it is none
 * of this sentence: the claim date is searched around it.
 */
const struct cue *coref_resolve(struct ctx *, const struct cue *pron,
	    struct claim *cl);
/*
 * A figure at token tok of the current sentence that no cue of it
 * governs, inside a quote that runs over sentences: give cl the one
 * quoted, named by a cue next to the quote's closing mark ("..., more
 * than 500 arrived. ...,\" Basile said") or its opening one ("X said:
 * \"...", "\"...,\" Fain said. \"..."). False when the figure is in no
 * quote or the quote's speaker is not found.
 */
bool	coref_quoted(struct ctx *, size_t tok, struct claim *cl);
/*
 * A sentence with no cue that goes on with the statement of the one
 * before in its paragraph ("X reported on Monday that ... . There are
 * about 12,000 soldiers", "... This number includes 3,000 ..."): give
 * cl that statement's claimant, source and date; so does a headline's
 * deck that opens with a verb of saying and no subject ("Says 400 died
 * ..."), whatever the paragraph. False when the sentence opens otherwise
 * or the one before names no source.
 */
bool	coref_continued(struct ctx *, struct claim *cl);
/*
 * A sentence with no claimant whose statement the next sentence of its
 * paragraph, or the first of the next paragraph, gives to someone:
 * "About 500 soldiers crossed the border. This was stated on Monday by
 * X" (so may a sentence of the same paragraph between that makes no
 * statement of its own). Give cl that one, and the date written there.
 * False when no such sentence follows.
 */
bool	coref_stated_after(struct ctx *, struct claim *cl);
/*
 * A figure at token tok of the current sentence that names no claimant
 * of its own and goes on with the current statement of the article:
 * give cl that statement's claimant, source and date. False when it
 * does not.
 */
bool	coref_statement(struct ctx *, size_t tok, struct claim *cl);
/*
 * "Cho said" after "NIS director Cho Tae-yong told ...": a claimant
 * written as one name that the gazetteer does not know, the first or
 * last word of a full name given earlier in the sentence or in the
 * NAME_BACK sentences before as a claimant of a known source, is that
 * source's (surname first or last). A surname the gazetteer gives only
 * as the last word of another's name ("Chan" of "Figo Chan") means
 * first the one the article named in full ("Sophia Chan said ...
 * Chan said"), whose source that name is when the gazetteer does not
 * know it. Sets cl's source; else leaves it.
 */
void	coref_name(struct ctx *, struct claim *cl);
/*
 * "the Georgian ministry said" after "the Ministry of Internal Affairs":
 * a claimant written as a description (its last word in small letters)
 * that names no source is the one whose alias, with that word, the
 * sentence before the cue or the NAME_BACK sentences before name last.
 * Sets cl's source; else leaves it.
 */
void	coref_described(struct ctx *, const struct cue *cue,
	    struct claim *cl);
/* Remember whom cl, a claim of the current sentence, was given to: what
 * a later "he" or "it" may mean. */
void	coref_remember(struct ctx *, const struct claim *cl);

/* The claim cl, just remembered, was given its source by a rule after its
 * cue (the home government for "officials"): remember that source. */
void	coref_settle(struct ctx *, const struct claim *cl);
/* Forget it (at the end of an article); safe to call twice. */
/* The source of the last claim, when it is of this sentence or one of
 * the CONTEXT_BACK - 1 before; else NULL. */
const char *coref_last_source(const struct ctx *);
void	coref_forget(struct ctx *);

#endif
