/*
 * test_extract_round20_who.c - who claims a figure, round 20. A document
 * named in an opening phrase of "in" ("In a report released on Monday,
 * the X found ...") is the subject's after the comma, and a later
 * "according to the report" means that maker. A maker that "conducted"
 * or "carried out" a survey made it. A figure in an aside that places
 * someone in a group ("X said ..., one of the 300 who fled") is the
 * article's own telling, not the speaker's claim. "Notified" is a verb
 * of saying ("X notified the court that ..."), and so are the figures
 * that break its figure down after it ("Of these, ..."). A body "set up
 * by" another speaks for itself, not for the one that set it up, also
 * past a phrase of purpose after it.
 */
#include <math.h>
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
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, workers\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"River board = river board, Wilmar River Board\n"
	"Wire = Wire Agency, the Wire\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_a_report_in_an_opening_phrase_to_the_subject_after_it(
    void **state)
{
	(void)state;
	check_source("In a long report published on Tuesday, the Wilmar "
	    "River Board described the damage along the valley.\n\n"
	    "According to the report, 75 people died in the floods.", 75,
	    "River board");
	check_source("In its yearly report, the Wire Agency looked back at "
	    "the season.\n\nThe floods were the worst in decades. "
	    "According to the report, 38 residents died in the floods.", 38,
	    "Wire");
}

static void
should_not_give_a_speaker_the_group_he_is_placed_in(void **state)
{
	(void)state;
	check_source("\"We lost the house and the car,\" said Ana Pereira, "
	    "one of the 640 residents who fled the floods.", 640,
	    "unattributed");
	check_source("Tomas Reyes said a boat took him off his roof, "
	    "becoming one of more than 900 people rescued after the "
	    "floods.", 900, "unattributed");
	/* a count the speaker gives stays his */
	check_source("The Wire Agency said 85 people died in the floods.",
	    85, "Wire");
}

static void
should_read_notified_as_a_verb_of_saying(void **state)
{
	(void)state;
	check_source("The Wire Agency notified the regional court that 210 "
	    "people died in the floods. Of these, 64 were residents of the "
	    "old town.", 210, "Wire");
	check_source("The Wire Agency notified the regional court that 210 "
	    "people died in the floods. Of these, 64 were residents of the "
	    "old town.", 64, "Wire");
}

static void
should_give_a_body_set_up_by_another_its_own_voice(void **state)
{
	(void)state;
	check_source("The river board set up by the Wire Agency has revealed "
	    "that 47 people died in the floods.", 47, "River board");
	check_source("The river board set up by the Wire Agency to look "
	    "into the floods of the #valley district has revealed that 53 "
	    "people died in the floods.", 53, "River board");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_report_in_an_opening_phrase_to_the_subject_after_it),
		cmocka_unit_test(
		    should_not_give_a_speaker_the_group_he_is_placed_in),
		cmocka_unit_test(should_read_notified_as_a_verb_of_saying),
		cmocka_unit_test(
		    should_give_a_body_set_up_by_another_its_own_voice),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
