/*
 * test_extract_round25_home25.c - who claims a figure, round 25: a
 * claimant that names only a kind of body ("officials said", "the
 * authorities confirmed", "government officials") is the government of
 * the story's own place (the tracker's place) when the sentence names
 * that place or its adjective and one source of the gazetteer is that
 * place's government ("Portuguese government", "Government of
 * Portugal"). A sentence about another place, a body named by its
 * adjective ("Spanish authorities"), a sentence that names another
 * source of the gazetteer ("Spain sent rescuers ..., officials said"),
 * or a tracker with two such sources changes nothing.
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

#define PUB "2025-08-20"

static const char tracker_text[] =
	"[tracker]\nname = flood\nsubject =\nplace = Portugal\n"
	"[nouns]\ncounted = people, residents\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"Portuguese government = Government of Portugal, Lisbon\n"
	"Civil protection = civil protection agency, Ana Sousa\n"
	"Spain = Spain, Madrid\n";

/* The same story with two sources that are the place's government. */
static const char two_homes_text[] =
	"[tracker]\nname = flood\nsubject =\nplace = Portugal\n"
	"[nouns]\ncounted = people, residents\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"Portuguese government = Portuguese government\n"
	"Portugal = Portugal\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_bare_officials_to_the_home_government(void **state)
{
	(void)state;
	check_source("The floods have killed 40 people in Portugal, "
	    "officials said on Monday.", 40, "Portuguese government");
	check_source("The authorities confirmed that 18 people died in "
	    "the floods in northern Portugal.", 18, "Portuguese government");
	check_source("The death toll from the floods in Portugal rose to "
	    "52, government officials said.", 52, "Portuguese government");
	/* the place's adjective names it too (WordNet) */
	check_source("The Portuguese floods have killed 12 people, local "
	    "officials said.", 12, "Portuguese government");
}

static void
should_not_give_officials_elsewhere_to_the_home_government(void **state)
{
	(void)state;
	/* a sentence that names no home place */
	check_source("The floods have killed 30 people in the Braga "
	    "district, officials said.", 30, "unattributed");
	/* a named body is its own (its adjective names Spain) */
	check_source("Spanish authorities said 25 people died in the floods "
	    "that swept Portugal.", 25, "Spain");
	check_source("The floods have killed 16 people in Portugal, the "
	    "civil protection agency said.", 16, "Civil protection");
	/* another body named in the sentence: the officials may be its */
	check_source("Spain sent 200 rescuers after the floods killed 35 "
	    "people in Portugal, officials said.", 35, "unattributed");
}

static void
should_not_choose_between_two_home_governments(void **state)
{
	struct tracker *two = tracker_parse(two_homes_text, "two_homes");

	(void)state;
	assert_non_null(two);
	check_claim_source(two, PUB, "The floods have killed 40 people in "
	    "Portugal, officials said.", 40, "unattributed");
	tracker_free(two);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_bare_officials_to_the_home_government),
		cmocka_unit_test(
		    should_not_give_officials_elsewhere_to_the_home_government),
		cmocka_unit_test(
		    should_not_choose_between_two_home_governments),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
