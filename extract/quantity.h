/*
 * quantity.h - what kind of count a figure is (the tracker's quantity)
 * and whether it is projected, private to extract/.
 *
 * The quantity is read from the tracker's triggers, the figure's own
 * words first: the verb it is the subject of ("300 soldiers sent to
 * Russia had been killed": killed), then a trigger inside its phrase
 * ("2,000 wounded soldiers"), then the nearest trigger of its own clause
 * ("100 died, and around 1,000 have been wounded": wounded for 1,000),
 * then the nearest of the sentence. A clause ends at punctuation and at
 * words that open another ("and", "while", "since", "which").
 *
 * Triggers of different quantities coordinated by commas, "and" or "or"
 * ("killed, wounded or captured") are the quantity whose own combined
 * trigger ("killed or wounded") they cover; a verb and its particle
 * around a short object ("fled Sudan to") are the two-word trigger; a
 * verb of belief between auxiliary and verb is passed ("are believed to
 * have been killed"). A partitive's part counts what its clause's verb
 * counts, its whole what its own noun counts ("12,700 of the union's
 * 145,000 members"); a figure added by "including", "in addition to"
 * counts what the figure before it counts, unless a trigger follows it.
 *
 * A figure is projected when a word of possibility or plan governs it
 * in its clause ("could send up to", "is expected to deploy", "agreed to
 * send", "has the capacity to send", "a possible deployment of"), but
 * not when it names a group already there ("would join the 11,000
 * soldiers deployed"), nor "had to be evacuated" (done), nor "May Day".
 * A projected figure takes the projected quantity whose trigger ends in
 * its verb ("expects N to flee": "expected to flee"), else its measure's
 * projection, else the one named after its kind ("refugees_projected"),
 * else, of the default kind, the tracker's one projected kind ("could
 * send 5,000": planned). "Will be tried" counts people charged now.
 *
 * Also read: the clause on what befell the figure's people next ("N
 * soldiers after they were captured"); "among those who died"; subjects
 * coordinated before one verb ("645 children and 350 women were");
 * "claimed the lives of N" (the tracker's dead); a trigger held in a
 * concessive aside ("who, although wounded, survived") names nothing; a
 * figure with no trigger keeps the quantity of the figure before it when
 * given as another estimate of it ("a figure the agency puts at N"), or
 * of the same figure stated in the sentences before. A part the tracker
 * counts apart ("children killed") is read from the figure's noun.
 */
#ifndef QUANTITY_H
#define QUANTITY_H

#include "extract_int.h"

/*
 * The quantity index of the figure whose phrase is tokens [a, b) of the
 * current sentence, its amount ending at num_end; triggers are read from
 * token from on. qnoun >= 0 is the quantity the counted noun names.
 */
size_t	quantity_of(struct ctx *, size_t from, size_t a, size_t num_end,
	    size_t b, long qnoun);

/* The modality of that figure, read as quantity q. */
enum modality modality_of(struct ctx *, size_t from, size_t a, size_t b,
	    size_t q);

/* The quantity a figure read as q with modality m is; its phrase is
 * tokens [a, b). */
size_t	quantity_for_modality(struct ctx *, size_t a, size_t b, size_t q,
	    enum modality m);

/*
 * Does the figure whose phrase is tokens [first, end) count people the
 * tracker does not follow, though its words are the tracker's: a step
 * of what is done with people already counted ("133 have been
 * identified", "19 bodies remain unidentified", "62 who have undergone
 * autopsy", "autopsies were carried out on 195"; not when the tracker's
 * triggers name that step, nor "still to be identified"), or a place's
 * population ("a metropolitan area of about 3 million people", "...
 * cities in the state, with some 900,000 residents", "the city of X,
 * home to 2 million", "a nation of 50 million"), or the tracked
 * subject's people and another's together ("a 50,000-strong group of
 * Russian and North Korean troops"), when the tracker has a subject,
 * or a workforce ("the company had 66,000 workers in the state"), or
 * one of names' shares in brackets that add up to a total the article
 * has claimed ("39 died ... from Ashford (17), Dover (22)"), or a
 * number naming a thing after a name ("told Channel 13"), or how much a
 * count grew ("the toll rose by 100")?
 */
bool	quantity_untracked(struct ctx *, size_t first, size_t end);

#endif
