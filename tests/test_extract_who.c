/*
 * test_extract_who.c - who a claim is attributed to when the claimant is
 * written at a distance from its verb or its figure: a name after a
 * lower-case particle ("al-Hassan"), a place between a subject and its
 * verb ("the ministry in Northport said"), a word that qualifies the head
 * noun ("the Blue Lantern relief agency says"), a relative clause, a
 * quote that runs over several sentences, gapping ("the unions counted
 * 9,000 and the police 4,000"), and reports that name no one. Each row
 * is a short article read with the tracker below; its last claim must
 * have the source and claimant given (NULL for none).
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
should_read_a_claimant_whose_phrase_has_more_than_names(void **state)
{
	static const struct attr_row rows[] = {
		/* a name after a lower-case particle, in apposition */
		{ "The spokesman of the ministry, Karim al-Hassan, said the "
		  "floods had left 85 people dead.", 85,
		  "Health Ministry", "Karim al-Hassan" },
		/* a place between the subject and its verb */
		{ "At least 140 people have died in the floods, the health "
		  "ministry in Northport said on Tuesday.", 140,
		  "Health Ministry", "health ministry in Northport" },
		{ "Police in Eastvale say 30 people are missing in the floods.", 30,
		  "Police", "Police in Eastvale" },
		/* a relative clause or a participle phrase between */
		{ "Earlier, the health ministry, which does not count the "
		  "missing, said the floods had killed 310 people.", 310,
		  "Health Ministry", "health ministry" },
		{ "Police investigating the failure of the flood barrier say "
		  "19 people are missing.", 19, "Police", "Police" },
		/* a word qualifying the head noun after the name */
		{ "The Blue Lantern relief organisation says that 212 people "
		  "died in the floods.", 212, "Blue Lantern",
		  "Blue Lantern relief organisation" },
		{ "The government's home office claimed 4,100 people "
		  "fled the flooding.", 4100, "Interior", "government's home office" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_stretch_a_claimant_over_what_is_no_name(void **state)
{
	static const struct attr_row rows[] = {
		/* the place belongs to the figure, not to a claimant */
		{ "Rescuers found 12 flood victims dead in Northport on "
		  "Monday.", 12,
		  "unattributed", NULL },
		/* a verb in -ing is no qualifier of the head noun */
		{ "Residents fleeing Eastvale said 40 people were missing "
		  "after the floods.",
		  40, "unattributed", "Residents" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_whom_a_report_or_a_clause_names(void **state)
{
	static const struct attr_row rows[] = {
		/* a report named by its kind alone names no one */
		{ "Report says 64 people died in the floods.", 64,
		  "unattributed", NULL },
		/* "the Ministry", capitalized, is a description */
		{ "The health ministry said 50 people died in the floods. "
		  "Another 20 people are missing, the Ministry added.", 20,
		  "Health Ministry", "health ministry" },
		/* a speaker in a clause of time is not the figure's */
		{ "At least 75 people have died in the floods since Ona Berg "
		  "declared an emergency, the health ministry said.", 75,
		  "Health Ministry", "health ministry" },
		/* "according to early data" in a quote is the quoted one's */
		{ "\"According to early data, 33 people died in the "
		  "floods,\" Ona Berg said.", 33, "Blue Lantern",
		  "Ona Berg" },
		/* "X pegged the toll at" */
		{ "The Blue Lantern pegged the flood toll at 91 people.", 91,
		  "Blue Lantern", "Blue Lantern" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_leave_a_report_that_names_no_one_unattributed(void **state)
{
	static const struct attr_row rows[] = {
		/* outside a quote, early data name no one */
		{ "According to early data, 33 people died in the floods.",
		  33, "unattributed", NULL },
		{ "Reports say 18 people are missing after the floods.", 18,
		  "unattributed", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_figure_in_a_long_quote_to_the_one_quoted(void **state)
{
	static const struct attr_row rows[] = {
		/* the quote goes on after "X said." */
		{ "\"The water came at night,\" Ona Berg said. \"By "
		  "morning, 27 people were missing in the floods.\"", 27,
		  "Blue Lantern", "Ona Berg" },
		/* the speaker is named after the quote closes, a sentence
		 * on */
		{ "\"Rescue work never stops, 48 people were found dead in "
		  "the floods yesterday. We cannot rest,\" Ona Berg said.",
		  48, "Blue Lantern", "Ona Berg" },
		/* a quote over paragraphs, its speaker a description */
		{ "The health ministry said the roads were cut.\n\n"
		  "\u201cAt least 16 people are missing in the floods.\n\n"
		  "\u201cCrews cannot reach them,\u201d the ministry said.",
		  16, "Health Ministry", "health ministry" },
		/* a surname alone, of a full name the gazetteer knows */
		{ "Berg said 58 people died in the floods.", 58,
		  "Blue Lantern", "Berg" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_give_a_figure_after_a_quote_to_the_one_quoted(void **state)
{
	static const struct attr_row rows[] = {
		{ "\"We are working,\" Ona Berg said. The floods have "
		  "killed 14 people.", 14, "unattributed", NULL },
		{ "\"We are working.\" The floods have killed 14 people, "
		  "a \"grim\" toll.", 14, "unattributed", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_claimant_whose_phrase_has_more_than_names),
		cmocka_unit_test(
		    should_not_stretch_a_claimant_over_what_is_no_name),
		cmocka_unit_test(should_read_whom_a_report_or_a_clause_names),
		cmocka_unit_test(
		    should_leave_a_report_that_names_no_one_unattributed),
		cmocka_unit_test(
		    should_give_a_figure_in_a_long_quote_to_the_one_quoted),
		cmocka_unit_test(
		    should_not_give_a_figure_after_a_quote_to_the_one_quoted),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
