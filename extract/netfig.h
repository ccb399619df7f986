/*
 * netfig.h - the safety net under the claim rules, private to extract/.
 *
 * After the rules of extract.c have declined a number phrase, a bare
 * figure (digits, number words, "a dozen", a vague amount) is still a
 * claim when it stands in the same clause as, and a few tokens from, one
 * of the tracker's counted nouns or triggers ("Sindh has 349 deaths and
 * 1,030 injuries", "Arrests pass 400", "the 10 from the coroner's
 * office"), or names one by an "of" phrase after it ("2,000 of its
 * military"). It is none when it is written as a year, date, time, age,
 * money, percentage, ordinal, rank or label ("No. 5", "Route 9"), a
 * duration, distance or measure ("12 hours", "40 km"), "N times", a
 * decimal without a scale word, a hyphenated compound ("12-hour"), or a
 * count of another thing (a word after it that is no verb, function word
 * or tracker word: "20 hospitals").
 */
#ifndef NETFIG_H
#define NETFIG_H

#include <stdbool.h>

#include "extract_int.h"
#include "numbers.h"

/*
 * Does the phrase np, declined by the rules, count what the tracker
 * counts? Then *qnoun is the quantity of the nearest trigger or
 * quantity noun (-1 for none).
 */
bool	netfig_counts(struct ctx *, const struct numphrase *np, long *qnoun);

/*
 * The quantity named by a word made from one of the tracker's triggers
 * at token k: its plural noun ("injuries" of "injured", "arrests" of
 * "arrested") or another tense ("die" of "died"); -1 for none.
 */
long	netfig_trigger_form(struct ctx *, size_t k);

/*
 * netfig_counts(), then, for a phrase it declined whose form may be a
 * count and that has a tracker word within 20 tokens of its sentence,
 * the learned decision of models/figure.h: the model may add it as a
 * claim (*qnoun: the quantity of the nearest trigger or quantity noun
 * of its clause, or -1). With CLAIMTRACK_TRAIN set, the rules alone
 * decide and each candidate's signals are dumped (linmodel.h).
 */
bool	netfig_decide(struct ctx *, const struct numphrase *np, long *qnoun);

/* The model's signal names, in order (NULL past the last), and the
 * names its committed weights were fitted on, space-separated. */
const char *netfig_signal(size_t i);
const char *netfig_trained_on(void);

#endif
