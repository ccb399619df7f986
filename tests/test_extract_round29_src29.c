/*
 * test_extract_round29_src29.c - who claims a figure, round 29: a
 * sentence that names no claimant but counts on from the figures of the
 * sentence before takes that sentence's source.
 *
 * "Another 12 died", "A further 30 ...", "Over 40 others were
 * arrested", "Some 15 more ...": the figure adds to the tally just
 * given, by its same teller.
 *
 * "The dead include ...": a noun of the tally broken down into parts.
 *
 * "It treated 14 people ...": the body just named goes on; "They" is
 * left out, being as often the figures themselves.
 *
 * Not over a paragraph's end, not after a sentence in the article's own
 * voice, and not when the sentence names a claimant of its own.
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

#include "unrest_tracker.h"

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_carry_the_source_to_a_figure_counting_on(void **state)
{
	(void)state;
	check_source("The Red Cross said 48 people were killed in the "
	    "unrest. Another 12 people died in hospital overnight.", 12,
	    "Red Cross");
	check_source("Police said 310 protesters were detained in the "
	    "crackdown. A further 25 were arrested on Sunday.", 25,
	    "Ruritanian police");
	check_source("Police said 310 protesters were detained in the "
	    "crackdown. Over 40 others were arrested at the border.", 40,
	    "Ruritanian police");
}

static void
should_carry_the_source_to_a_tally_broken_down(void **state)
{
	(void)state;
	check_source("The Red Cross said 96 people died in the unrest. The "
	    "dead include 30 students and 12 police officers.", 30,
	    "Red Cross");
	check_source("The Red Cross said 96 people died in the unrest. It "
	    "treated 14 people who later died in hospital.", 14,
	    "Red Cross");
}

static void
should_not_carry_the_source_where_the_tally_does_not_go_on(void **state)
{
	(void)state;
	/* a new paragraph */
	check_source("The Red Cross said 48 people were killed in the "
	    "unrest.\n\nAnother 12 people died in the capital.", 12,
	    "unattributed");
	/* the sentence before is the article's own */
	check_source("At least 48 people were killed in the unrest. Another "
	    "12 people died in hospital.", 12, "unattributed");
	/* a claimant of its own */
	check_source("The Red Cross said 48 people were killed in the "
	    "unrest. Another 12 people died, the government said.", 12,
	    "Ruritanian government");
	/* a figure with no word counting on */
	check_source("The Red Cross said 48 people were killed in the "
	    "unrest. In the north, 12 people died in a flood.", 12,
	    "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_carry_the_source_to_a_figure_counting_on),
		cmocka_unit_test(
		    should_carry_the_source_to_a_tally_broken_down),
		cmocka_unit_test(
		    should_not_carry_the_source_where_the_tally_does_not_go_on),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
