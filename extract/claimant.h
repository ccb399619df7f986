/*
 * claimant.h - who claims a figure, as a choice among candidates weighed
 * by a model (linmodel.h); private to extract/.
 *
 * The rules of attrib.c and coref.c give one claimant. Here the others
 * they considered are candidates too: the cue attached to the figure,
 * the cue that governs it, every cue and named agent of the sentence
 * (cue_agents()), the sentence's named subject, the statement continued
 * from a sentence before, and "unattributed". Candidates that come to
 * the same source are one candidate. Each is described by general
 * signals (claimant_signals[]: how it was found, the cue's kind, where
 * its name stands from the figure, whether quotes or clause breaks lie
 * between, whether the gazetteer knows it, whether it spoke last,
 * whether the rules chose it, and what kind of claimant the rules'
 * pick is), and the model's best one is the claim's.
 *
 * With CLAIMTRACK_TRAIN set, every decision's candidates are written as
 * training rows (scripts/rows-claimant labels them against the gold).
 * The model takes the decision only when CLAIMANT_MODEL_ON is 1 in
 * claimant.c: it is switched on only when it beats the rules on stories
 * it was not fitted on (docs/accuracy.md).
 */
#ifndef CLAIMANT_H
#define CLAIMANT_H

#include <stdbool.h>
#include <stddef.h>

#include "extract_int.h"

#define CLAIMANT_MAX	16	/* candidates of one decision, at most */
#define CLAIMANT_NSIG	33

/* The signals' names, in the order of a candidate's x[]. */
extern const char *const claimant_signals[CLAIMANT_NSIG];

struct claimant_cand {
	char	*source;	/* normalized, owned */
	char	*claimant;	/* as written, or NULL; owned */
	char	*relayer;	/* or NULL; owned */
	struct cue cue;		/* the cue that names it, when has_cue */
	bool	 has_cue;
	double	 x[CLAIMANT_NSIG];
};

struct claimant_set {
	bool	 active;	/* training or the model on: filled */
	size_t	 n;
	struct claimant_cand c[CLAIMANT_MAX];
};

/*
 * Before the rules attribute the figure at token at of the claim cl
 * (cue: the attached or governing cue the rules start from), gather the
 * candidates into *set; nothing when neither training nor the model is
 * on.
 */
void	claimant_gather(struct ctx *, const struct cue *cue, size_t at,
	    const struct claim *cl, struct claimant_set *set);

/*
 * After the rules gave cl its claimant (ret: the cue they returned), add
 * theirs as a candidate, write the training rows, and when the model is
 * on and prefers another candidate, give cl that one. Returns the cue
 * for the claim's date (copied into *chosen when it is a candidate's).
 * Frees the set's strings.
 */
const struct cue *claimant_settle(struct ctx *, struct claimant_set *set,
	    size_t at, struct claim *cl, const struct cue *ret,
	    struct cue *chosen);

/* Whether the model takes the decision (else the rules do). */
bool	claimant_model_on(void);

#endif
