/*
 * home.h - a claimant that names only a kind of body ("officials said",
 * "the authorities", "government officials") as the government of the
 * story's own place; private to extract/.
 */
#ifndef HOME_H
#define HOME_H

#include "extract_int.h"

/*
 * When cl was left unattributed with such a claimant and its sentence
 * names the tracker's own place ("... in Kerala, officials said"), give
 * it the tracker's home source (tracker.h home_source), if it has one
 * and the sentence names no other source of the gazetteer.
 */
void	home_claimant(struct ctx *, struct claim *cl);

/*
 * The same for a place other than the own one whose government is a
 * source ("In Jamaica, authorities confirmed ..." with a source
 * "Jamaica government"): when the sentence names that place or its
 * adjective, and no other source or place, give cl that source. at is
 * the figure's token: an adjective of its own phrase ("14 Ugandan
 * patients") names no speaker.
 */
void	place_claimant(struct ctx *, size_t at, struct claim *cl);

/*
 * "..., state media reported": a state's media, named by no more than
 * that ("state television", "the state-run media"), in a sentence that
 * names one place whose government is a source and no other source,
 * are that government's, or the source of an alias that is a form of
 * the place before those words ("Iranian state media").
 */
void	state_media_claimant(struct ctx *, size_t at, struct claim *cl);

#endif
