/*
 * test_extract_round26_who26.c - who claims a figure, round 26.
 *
 * A place other than the story's own whose government is a source of
 * the gazetteer ("Fiji government", "Tonga"): a claimant that names
 * only a kind of body ("authorities", "officials") is that government
 * when the sentence names the place or its adjective and no other
 * source or place, or when the claimant's own phrase ends in the place
 * ("authorities in Fiji"), whatever else the sentence names. A city
 * (no adjective in WordNet) and the tracked subject's own country are
 * not such places.
 *
 * "according to a report released Thursday by X": the day the report
 * was made may stand between its verb and its author.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-03-10"

static const char tracker_text[] =
	"[tracker]\nname = cyclone\nsubject =\nplace = Pacific\n"
	"[nouns]\ncounted = people, residents\n"
	"[subjects]\ncues = cyclone, storm\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll, deaths\n"
	"nouns = deaths\n"
	"[sources]\n"
	"Fiji government = Fijian government, Frank Bainimarama\n"
	"Tonga = Tonga, Nuku'alofa\n"
	"Suva city = Suva city council\n"
	"Red Cross = Red Cross, IFRC\n";

/* A story whose subject is a country's troops. */
static const char subject_text[] =
	"[tracker]\nname = troops\nsubject = Ruritanian\nplace = Borduria\n"
	"[nouns]\ncounted = troops, soldiers\n"
	"[subjects]\ncues = Ruritanian, Ruritania\n"
	"[quantity deployed]\ndefault = yes\ntriggers = sent, deployed\n"
	"[sources]\n"
	"Ruritania = Ruritania\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_generic_officials_to_a_named_places_government(void **state)
{
	(void)state;
	/* the place before a government's head names the source */
	check_source("In Fiji, authorities confirmed 14 deaths from the "
	    "cyclone.", 14, "Fiji government");
	/* a source that is a place alone */
	check_source("The storm killed nine people as it crossed Tonga, "
	    "officials said on Friday.", 9, "Tonga");
	/* its adjective names it too (WordNet) */
	check_source("The cyclone killed 11 people on the Fijian coast, "
	    "authorities said.", 11, "Fiji government");
}

static void
should_read_the_place_in_the_claimants_own_phrase(void **state)
{
	(void)state;
	check_source("Authorities in Fiji, which the storm hit on Sunday, "
	    "reported 21 deaths.", 21, "Fiji government");
	/* another source named in the sentence does not stop it */
	check_source("The Red Cross said the cyclone killed 30, while authorities "
	    "in neighbouring Tonga said 12 people were killed.", 12,
	    "Tonga");
}

static void
should_name_the_author_of_a_report_dated_before_by(void **state)
{
	(void)state;
	/* the day the report was made stands between its verb and "by" */
	check_source("The cyclone has killed 17 people, according to a "
	    "report released Thursday by the Red Cross.", 17, "Red Cross");
	check_source("The storm killed 23 people, according to figures "
	    "published on March 3 by the Red Cross.", 23, "Red Cross");
}

static void
should_not_guess_between_places_or_for_cities(void **state)
{
	struct tracker *subj = tracker_parse(subject_text, "subject");

	(void)state;
	/* two places: the officials may be either's */
	check_source("The cyclone killed 15 people in Fiji and Tonga, "
	    "officials said.", 15, "unattributed");
	/* an adjective of the figure's own phrase tells whom it counts */
	check_source("Officials said 14 Fijian residents died in the "
	    "cyclone.", 14, "unattributed");
	/* a city has no adjective: officials there may be the country's */
	check_source("The storm killed eight people in Suva, officials "
	    "said.", 8, "unattributed");
	/* the tracked subject's country is the counted party */
	assert_non_null(subj);
	check_claim_source(subj, PUB, "Officials said 3,000 troops were "
	    "sent from Ruritania.", 3000, "unattributed");
	tracker_free(subj);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_generic_officials_to_a_named_places_government),
		cmocka_unit_test(
		    should_read_the_place_in_the_claimants_own_phrase),
		cmocka_unit_test(
		    should_name_the_author_of_a_report_dated_before_by),
		cmocka_unit_test(
		    should_not_guess_between_places_or_for_cities),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
