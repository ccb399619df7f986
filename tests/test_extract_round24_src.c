/*
 * test_extract_round24_src.c - who claims a figure, round 24: claimants
 * the extractor left without a source. Verbs that state a figure with
 * no "that" after them ("the board specified", "X admits", "X detailed
 * that", "X concluded") are verbs of saying; and the head nouns of
 * people and bodies who give figures ("the prefect",
 * "diplomats", "independent observers") end
 * a claimant's phrase like "officials" does.
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

#define PUB "2025-09-12"

static const char tracker_text[] =
	"[tracker]\nname = storm\nsubject =\n"
	"[nouns]\ncounted = people, residents, households\n"
	"[subjects]\ncues = storm, storms\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"Coast board = coast board, Ostrava Coast Board, Lena Varga\n"
	"Harbour police = harbour police\n"
	"Tidewatch = Tidewatch\n"
	"Diplomats = Western diplomats\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_read_verbs_that_state_a_figure_without_that(void **state)
{
	(void)state;
	check_source("The toll of the storm - 43 dead and 12 missing - the "
	    "coast board specified, was gathered from hospitals.", 43,
	    "Coast board");
	check_source("Lena Varga admits that 44 people died in the storm.",
	    44, "Coast board");
	check_source("At a briefing, Lena Varga detailed that 45 people "
	    "died in the storm.", 45, "Coast board");
	check_source("A review by Tidewatch concluded on Monday that 46 "
	    "people died in the storm.", 46, "Tidewatch");
}

static void
should_end_a_claimant_at_a_head_noun_of_people_or_bodies(void **state)
{
	static const struct attr_row rows[] = {
		{ "Western diplomats said that 54 people died in the "
		  "storm.", 54, "Diplomats", "Western diplomats" },
		/* a head noun the gazetteer does not know names a
		 * claimant, and no source */
		{ "Independent observers said that 55 people died in the "
		  "storm.", 55, "unattributed", "Independent observers" },
		{ "The prefect said that 56 people died in the storm.", 56,
		  "unattributed", "prefect" },
	};

	(void)state;
	check_attr_rows(tr, PUB, rows, NELEM(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_verbs_that_state_a_figure_without_that),
		cmocka_unit_test(
		    should_end_a_claimant_at_a_head_noun_of_people_or_bodies),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
