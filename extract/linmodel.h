/*
 * linmodel.h - decisions weighed by a model fitted to the hand-marked
 * claims; private to extract/.
 *
 * Some decisions weigh many small signals that no hand-written order of
 * rules gets right on text it was not written for (which of a sentence's
 * candidates is the claimant, say). There the rules compute the signals
 * and a logistic model weighs them. Its weights are fitted by
 * scripts/train-linmodel on tests/data/eval, cross-validated by story,
 * and written to a header under extract/models/ that is committed.
 *
 * To fit a model again, run the extractor with CLAIMTRACK_TRAIN set to a
 * folder: every decision a model takes appends one row per candidate to
 * FOLDER/<model>.tsv (its key, then its signals), which the model's own
 * script joins with the gold claims.
 */
#ifndef LINMODEL_H
#define LINMODEL_H

#include <stdbool.h>
#include <stddef.h>

struct linmodel {
	const char *name;		/* the file name of its training rows */
	size_t	 nfeat;
	const char *const *feat;	/* the signals' names, in order */
	const double *w;		/* a weight per signal */
	double	 bias;
};

/* The model's log-odds for the signals x (nfeat of them). */
double	linmodel_logit(const struct linmodel *, const double *x);

/* The model's probability, 1 / (1 + exp(-logit)). */
double	linmodel_prob(const struct linmodel *, const double *x);

/* Is CLAIMTRACK_TRAIN set (training rows wanted)? Read at each call:
 * the tests set and clear it while they run. */
bool	linmodel_training(void);

/*
 * When CLAIMTRACK_TRAIN names a folder, append "key<TAB>x0<TAB>x1..." to
 * FOLDER/<name>.tsv (a header line of the signals' names first, when the
 * file is new); else nothing. key holds no tab or newline. Safe to call
 * from several threads.
 */
void	linmodel_dump(const struct linmodel *, const char *key, const double *x);

#endif
