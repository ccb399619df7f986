/*
 * test_extract_round28_place28.c - which source a claimant is, told by
 * the place that qualifies it, round 28.
 *
 * A possessor picks its own source: "Chile's Health Ministry", an alias
 * of one source, is not another's "health ministry"; "Chile's health
 * ministry", written so that no alias covers it all, is the source
 * whose alias is a form of the place before the same words ("Chilean
 * health ministry").
 *
 * A state's media named by no more than that ("state media", "state
 * television", "the state-run media") are the state's: the government
 * of the one place the sentence names, or the source of an alias that
 * is a form of that place before the same words ("Chilean state
 * media"); in a sentence naming no such place, the story's own place's.
 * A sentence naming two such places, or another source, leaves them
 * unattributed.
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
	"[tracker]\nname = border clashes\nsubject =\nplace = Peru\n"
	"[nouns]\ncounted = people, civilians, soldiers\n"
	"[subjects]\ncues = clashes, shelling, border\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, deaths, death toll, toll\n"
	"nouns = deaths\n"
	"[quantity injured]\ntriggers = injured, wounded\n"
	"[sources]\n"
	"Peru government = Peruvian government, Peru's government\n"
	"Peru health ministry = health ministry, Ministry of Health\n"
	"Chile government = Chilean government, Chile's government\n"
	"Chile health ministry = Chile's Health Ministry\n"
	"Chile health ministry = Chilean health ministry\n"
	"Chilean state media = Chilean state media, Chilean media\n"
	"Red Cross = Red Cross, ICRC\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_a_possessor_its_own_alias_over_a_shorter_one(void **state)
{
	(void)state;
	check_source("Meanwhile, Chile's Health Ministry has reported 31 "
	    "deaths since the clashes began.", 31, "Chile health ministry");
	/* the bare alias is still the other source's */
	check_source("The health ministry said 58 people were killed in the "
	    "shelling.", 58, "Peru health ministry");
}

static void
should_read_a_possessor_place_as_its_form_before_the_alias(void **state)
{
	(void)state;
	check_source("Separately, Chile's health ministry counted 412 people "
	    "wounded in the shelling.", 412, "Chile health ministry");
	/* the own place's possessive keeps the alias's own source */
	check_source("Peru's health ministry said 77 people were killed in "
	    "the clashes.", 77, "Peru health ministry");
}

static void
should_give_state_media_to_the_one_place_named(void **state)
{
	(void)state;
	check_source("The death toll from the clashes in Peru rose to 64, "
	    "state media reported on Sunday.", 64, "Peru government");
	check_source("Shelling near the border killed 19 soldiers in Peru, "
	    "according to state television.", 19, "Peru government");
	/* read back from its verb with its hyphenated word */
	check_source("The clashes in Peru have killed at least 85 people, "
	    "with 40 missing, state-run media reported Tuesday.", 85,
	    "Peru government");
}

static void
should_give_state_media_to_an_alias_of_the_places_own(void **state)
{
	(void)state;
	/* "Chilean" + "state media" is a source of its own */
	check_source("Shelling in Chile killed 23 civilians, state media "
	    "said on Monday.", 23, "Chilean state media");
}

static void
should_give_state_media_in_no_named_place_to_the_home(void **state)
{
	(void)state;
	check_source("State media said at least 36 people had been killed "
	    "in the shelling of a village.", 36, "Peru government");
}

static void
should_leave_state_media_between_places_or_sources(void **state)
{
	(void)state;
	/* two places whose governments are sources */
	check_source("Shelling by Chile killed 27 civilians in Peru, state "
	    "media said.", 27, "unattributed");
	/* another source named beside the place */
	check_source("Shelling in Peru killed 52 people near a Red Cross "
	    "post, state media said.", 52, "unattributed");
	/* media of no state stay an outlet's report */
	check_source("The clashes in Peru killed 44 people, local media "
	    "reported.", 44, "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_possessor_its_own_alias_over_a_shorter_one),
		cmocka_unit_test(
		    should_read_a_possessor_place_as_its_form_before_the_alias),
		cmocka_unit_test(
		    should_give_state_media_to_the_one_place_named),
		cmocka_unit_test(
		    should_give_state_media_to_an_alias_of_the_places_own),
		cmocka_unit_test(
		    should_give_state_media_in_no_named_place_to_the_home),
		cmocka_unit_test(
		    should_leave_state_media_between_places_or_sources),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
