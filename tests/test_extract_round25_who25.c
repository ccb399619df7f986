/*
 * test_extract_round25_who25.c - who claims a figure, round 25, when
 * the claimant is written in the sentence. A comma before a speaker
 * may close an opening phrase ("In a statement, X says ...", "Citing
 * its latest count, X said ..."): X then opens the statement, and a
 * clause of contrast after it ("..., while 41 are missing") goes on
 * with what X says; only a speaker named after what is said ("44 died,
 * X said, while ...") says nothing after the contrast. A passive verb
 * of saying before a state ("while 37 were reported missing", "are
 * confirmed dead") tells the state, not a report of others. An
 * emphatic "itself" and "in turn" stand between a claimant and its verb
 * as "also" does ("the board itself has said", "in turn counted").
 * A body that puts the total at a figure, increases the toll to it or
 * publishes a list of it states it. A report a person says he has
 * ("she had data showing ...") is that person's, as a body's "its
 * figures showing" is the body's.
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
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, workers\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[quantity missing]\ntriggers = missing\n"
	"[quantity injured]\ntriggers = injured, hurt\n"
	"[sources]\n"
	"River board = river board, Wilmar River Board, Anna Holm\n"
	"Wilmar = Wilmar, Wilmar government\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_go_on_with_a_speaker_after_an_opening_phrase(void **state)
{
	(void)state;
	check_source("In a statement, the river board says 312 people were "
	    "hurt in the floods, while 41 people are still missing.", 41,
	    "River board");
	check_source("Citing its latest count, the Wilmar government said "
	    "the flood toll stands at 97, while around 400 people were "
	    "injured.", 400, "Wilmar");
	check_source("In a statement late Aug. 19, the river board said 60 "
	    "people died in the floods, while 25 people are missing.", 25,
	    "River board");
	/* not so: the speaker named after what is said */
	check_source("The floods killed 44 people, the river board said on "
	    "Friday, while 18 people are still missing.", 18,
	    "unattributed");
	check_source("\"We counted 80 dead,\" the river board said, while "
	    "30 people are missing in the floods.", 30, "unattributed");
}

static void
should_keep_a_reported_state_after_a_contrast(void **state)
{
	(void)state;
	check_source("The Wilmar government said that 60 people were killed "
	    "in the floods, while 41 were reported missing.", 41, "Wilmar");
	check_source("The river board said that 50 people died in the "
	    "floods, while 12 are confirmed dead in the valley.", 12,
	    "River board");
	/* not so: a report of its own */
	check_source("The river board said 202 people died in the floods, "
	    "while 31 more were reported in the valley.", 31,
	    "unattributed");
}

static void
should_pass_itself_and_in_turn_before_the_verb(void **state)
{
	(void)state;
	check_source("Wilmar itself has said that 46 people died in the "
	    "floods.", 46, "Wilmar");
	check_source("The river board in turn counted 52 people dead in the "
	    "floods.", 52, "River board");
	check_source("The river board, in turn, said 57 people died in the "
	    "floods.", 57, "River board");
}

static void
should_give_a_stated_total_or_list_its_maker(void **state)
{
	(void)state;
	check_source("The river board put the total at 26 people dead in "
	    "the floods.", 26, "River board");
	check_source("The river board increased the flood death toll to 54 "
	    "on Thursday.", 54, "River board");
	check_source("On Friday, the river board published a list of 152 "
	    "people dead in the floods.", 152, "River board");
	check_source("Wilmar released its latest figures on the floods: 61 "
	    "people dead.", 61, "Wilmar");
	/* not so: what is released is no statement */
	check_source("The river board released 30 people from the flood "
	    "shelters, where 12 people died.", 12, "unattributed");
}

static void
should_give_a_persons_own_report_to_the_person(void **state)
{
	(void)state;
	check_source("Anna Holm told reporters that she had data showing 46 "
	    "people died in the floods.", 46, "River board");
	/* not so: a report of others after a break of clause */
	check_source("Anna Holm said she was worried, but figures showing "
	    "46 people died in the floods were not hers.", 46,
	    "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_go_on_with_a_speaker_after_an_opening_phrase),
		cmocka_unit_test(
		    should_keep_a_reported_state_after_a_contrast),
		cmocka_unit_test(should_pass_itself_and_in_turn_before_the_verb),
		cmocka_unit_test(should_give_a_stated_total_or_list_its_maker),
		cmocka_unit_test(should_give_a_persons_own_report_to_the_person),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
