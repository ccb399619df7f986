/*
 * reread.h - the sentences of an article read again for the claims
 * around them, private to extract/: their tokens and cues, kept per
 * article.
 *
 * For each claim, carried dates (carry.c) look for the same source's
 * statement in the CARRY_BACK sentences before it, coreference
 * (coref.c) for whom "he" or "it" means in the CONTEXT_BACK before it,
 * and date_of at the next two. The claims of one sentence, and of the
 * next sentences, read mostly the same sentences again, and what a
 * reading yields depends on the sentence alone: it is kept, one slot
 * for each sentence number modulo REREAD_SLOTS (more than CARRY_BACK),
 * so a slot is read again only when a sentence that far away takes it.
 */
#ifndef REREAD_H
#define REREAD_H

#include <stddef.h>

#include "extract_int.h"

#define REREAD_SLOTS 16

struct reread;

/* An empty cache for one article (never NULL); reread_free() it. */
struct reread *reread_new(void);
/* Free r and all it keeps; no operation when r is NULL. */
void	reread_free(struct reread *r);

/*
 * Sentence s of c cut into tokens in c->aux (c->naux of them), as
 * tokenize() cuts it, from c->reread when it was cut before.
 */
void	reread_tokens(struct ctx *c, size_t s);
/*
 * reread_tokens(), and the cues cues_find() finds in the sentence
 * copied to cues (room for CUES_MAX); returns how many.
 */
size_t	reread_cues(struct ctx *c, size_t s, struct cue *cues);

/*
 * The sentence being read, c->si, cut into tokens in c->tok (c->n of
 * them), as tokenize() cuts it: from its slot when a rule has read it
 * already (the next sentences, for a date), else cut and kept there, so
 * that the claims of the next sentences read it again for nothing.
 */
void	reread_current(struct ctx *c);

/*
 * What carry_dateline() found for the article: 1 with the date in *days,
 * 0 for no dateline, -1 while not asked yet; reread_dateline_keep()
 * keeps its answer. A dateline depends on the article alone, and is
 * asked for every claim without a date of its own.
 */
int	reread_dateline(const struct ctx *c, long *days);
void	reread_dateline_keep(struct ctx *c, bool found, long days);
/*
 * The cues cues_find() finds in the sentence being read (c->tok, as
 * reread_current() left them), copied to cues (room for CUES_MAX):
 * found once for the article, whether the sentence's own claims or
 * those after it ask first. Leaves c->aux alone. Returns how many.
 */
size_t	reread_current_cues(struct ctx *c, struct cue *cues);

#endif
