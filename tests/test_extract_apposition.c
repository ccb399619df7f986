/*
 * test_extract_apposition.c - a claimant named after what it says,
 * behind a long description of it between commas ("..., the Blue
 * Lantern Society, a charity run by volunteers from the river towns,
 * said"), and a description that later means it ("the group
 * estimated", "according to the report"); a claimant that documented
 * what it counts; a headline's claimant before a title-case verb in the
 * middle of the line ("Agency Confirms 40 Dead in ...") or before a
 * colon that opens it ("Police: 12 missing ..."); a description in
 * lower case that is word for word a name the gazetteer writes in
 * capitals; a party and state in brackets after a name ("Sen. X
 * (D-Ohio) told ..."), no part of the claimant. Each row is a short article read with the tracker
 * below; its last claim must have the source and claimant given (NULL
 * for none).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-03-12"	/* a Wednesday */

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, marchers\n"
	"[subjects]\ncues = flood, floods, flooding\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Health Ministry = health ministry, Ministry of Health\n"
	"Health Ministry = Karim al-Hassan\n"
	"Blue Lantern = Blue Lantern, Blue Lantern Society, Ona Berg\n"
	"Blue Lantern = Volunteers of the Valley\n"
	"Interior = interior ministry, home office, prefecture\n"
	"Unions = unions, union\n"
	"Police = police\n";

#include "text_tracker.h"

/* The last claim of each row's text is attributed as the row says. */
static void
check_rows(const struct attr_row *rows, size_t nrows)
{
	check_attr_rows(tr, PUB, rows, nrows);
}

static void
should_read_a_claimant_behind_a_long_description(void **state)
{
	static const struct attr_row rows[] = {
		{ "The floods have killed 12 residents, the Blue Lantern "
		  "Society, a charity run by volunteers from the towns along "
		  "the river, said.", 12, "Blue Lantern", "Blue Lantern Society" },
		{ "\"The floods have killed 31 people,\" Karim al-Hassan, "
		  "the ministry's regional director for the north and the "
		  "coast, said.", 31, "Health Ministry", "Karim al-Hassan" },
		/* a description that names the claimant later */
		{ "The floods have killed 12 residents, the Blue Lantern "
		  "Society, a charity run by volunteers from the towns along "
		  "the river, said. The group estimated that 40 people were "
		  "missing.", 40, "Blue Lantern", "Blue Lantern Society" },
		{ "The Blue Lantern Society has documented the names of 57 "
		  "victims killed in the floods.", 57, "Blue Lantern",
		  "Blue Lantern Society" },
		{ "The Blue Lantern Society has documented the deaths in the "
		  "floods. According to the report, 26 people died.", 26,
		  "Blue Lantern", "Blue Lantern Society" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_take_a_clause_for_a_description(void **state)
{
	static const struct attr_row rows[] = {
		/* the words between the commas are a clause with a figure
		 * and a verb of their own: no description of anyone */
		{ "In the north, the floods had killed 9 people in the "
		  "villages by the river last night, said Ona Berg.", 9,
		  "Blue Lantern", "Ona Berg" },
		/* (the speakers after it are "officials in the capital",
		 * a place inside their phrase, whom no source knows) */
		{ "In the north, rescuers from the towns along the river "
		  "reported that 15 people died in the floods, officials in the "
		  "capital said.", 15, "unattributed",
		  "officials in the capital" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_headline_claimant_before_its_verb_or_colon(void **state)
{
	static const struct attr_row rows[] = {
		{ "Health Ministry Confirms 40 Dead in Floods Along the River",
		  40, "Health Ministry", "Health Ministry" },
		{ "Police: 12 people missing after floods hit the valley", 12,
		  "Police", "Police" },
		/* a label before the colon names no one */
		{ "Update: 12 people missing after floods hit the valley", 12,
		  "unattributed", NULL },
		/* no figure right after the verb: no headline claimant */
		{ "Floods Confirm Fears as 15 People Die in the Valley", 15,
		  "unattributed", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_name_written_as_a_description(void **state)
{
	static const struct attr_row rows[] = {
		{ "According to volunteers of the valley, 30 people died in "
		  "the floods.", 30, "Blue Lantern", "volunteers of the valley" },
		{ "At least 19 people are missing in the floods, Sen. Alma "
		  "Reyes (D-Ohio) told a local newspaper.", 19, "Alma Reyes",
		  "Alma Reyes" },
		/* a bracket with no hyphen stays in the claimant's phrase */
		{ "At least 19 people are missing in the floods, the Valley "
		  "Relief Fund (VRF) said.", 19, "unattributed",
		  "Valley Relief Fund (VRF)" },
		/* only part of the name: no one the gazetteer knows */
		{ "According to volunteers in the valley, 30 people died in "
		  "the floods.", 30, "unattributed",
		  "volunteers in the valley" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_claimant_behind_a_long_description),
		cmocka_unit_test(should_not_take_a_clause_for_a_description),
		cmocka_unit_test(
		    should_read_a_headline_claimant_before_its_verb_or_colon),
		cmocka_unit_test(should_read_a_name_written_as_a_description),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
