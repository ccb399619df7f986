/*
 * test_extract_whojoin.c - who said it when the claimant is written in
 * ways the phrase reader used to miss: an acronym in capitals that
 * spells a function word ("ALL said ..." at a sentence's start); a list
 * of claimants joined by commas and "and" (the first one's); a verb of
 * accusing ("X accused Y of killing 22"), which says nothing of the
 * figures before it; a plural body ("the departments of ..."); "the
 * statement" meaning whom a sentence two back gave a statement to; a
 * relative clause set off by dashes between a speaker and its verb; an
 * apposition whose closing comma is left out, before a quotation that
 * runs over paragraphs; "New" that begins a name ("The New Harbour
 * Gazette"), no leader word to drop. The negatives: a capitalized "All" opening a
 * sentence, a place opening the sentence before the list, a figure
 * before an accusation, a statement no one was named for, a
 * description after a place that opens no clause.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-05-14"	/* a Wednesday */

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, families, villagers\n"
	"[subjects]\ncues = flood, floods, river, valley\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths, killing\n"
	"[quantity evacuated]\ntriggers = evacuated\n"
	"[sources]\n"
	"Lake Alliance = ALL, Lake Alliance\n"
	"Norland = Norland, Norish, Halden, Rhea Holt\n"
	"Estmark = Estmark, Estmarkish\n"
	"Red Crescent = Red Crescent\n";

#include "text_tracker.h"

static void
should_read_an_acronym_in_capitals_as_a_name(void **state)
{
	static const struct who_row rows[] = {
		{ "ALL said 12 people died in the floods.", 12,
		  "Lake Alliance", "ALL", CHECK_ANY },
		{ "The ALL said 13 people died in the floods.", 13,
		  "Lake Alliance", CHECK_ANY, CHECK_ANY },
		/* the function word, capitalized only to open the sentence */
		{ "All 15 victims died in the floods, residents said.", 15,
		  "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_list_of_claimants_to_the_first(void **state)
{
	static const struct who_row rows[] = {
		{ "Norland, Estmark and the Red Crescent have said 20 people "
		  "died in the floods.", 20, "Norland", CHECK_ANY, CHECK_ANY },
		{ "Norland, Estmark and the Red Crescent have accused the "
		  "rebels of killing 22 people in the floods.", 22, "Norland", CHECK_ANY,
		  CHECK_ANY },
		{ "Estmark and Norland accuse the rebels of killing 21 "
		  "people in the floods.", 21, "Estmark", CHECK_ANY, CHECK_ANY },
		/* a place that opens the sentence is no claimant */
		{ "In Halden, Estmark and the Red Crescent said 23 people died "
		  "in the floods.", 23, "Estmark", CHECK_ANY, CHECK_ANY },
		/* the accusation follows the figure: it is not its claim */
		{ "At least 24 people died in the floods, and Estmark accused "
		  "the rebels of looting.", 24, "unattributed", NULL,
		  CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_plural_body_after_its_owner(void **state)
{
	static const struct who_row rows[] = {
		{ "The Norland departments of health and defence said 25 "
		  "people died in the floods.", 25, "Norland", CHECK_ANY,
		  CHECK_ANY },
		{ "The Estmarkish ministries said 26 people died in the "
		  "floods.", 26, "Estmark", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_the_statement_to_whom_it_meant_two_sentences_back(void **state)
{
	static const struct who_row rows[] = {
		{ "The Red Crescent issued a statement on the floods on Monday. "
		  "It says 26 people died in the floods. Rescuers were still "
		  "searching the valley for 36 families. Another 27 people were "
		  "evacuated, according to the statement.", 27, "Red Crescent",
		  CHECK_ANY, CHECK_ANY },
		/* a statement that no sentence before gives to anyone */
		{ "Rescuers searched the valley all night. Another 28 people "
		  "were evacuated, according to the statement.", 28,
		  "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_past_an_aside_between_speaker_and_verb(void **state)
{
	static const struct who_row rows[] = {
		{ "Rhea Holt \xe2\x80\x93 who has led the rescue since the river "
		  "rose \xe2\x80\x93 said 29 people died in the floods.", 29,
		  "Norland", "Rhea Holt", CHECK_ANY },
		{ "Tomas Berg \xe2\x80\x93 who has led the rescue since the river "
		  "rose \xe2\x80\x93 said 30 people died in the floods.", 30,
		  "Tomas Berg", "Tomas Berg", CHECK_ANY },
		/* the apposition's closing comma left out; the quote runs on
		   over paragraphs, each opened again */
		{ "Chief Warden Tomas Berg, the Red Crescent's lead for the "
		  "valley said:\n\"The water is falling.\n\"We have now "
		  "evacuated 34 families from the valley.\n\"More boats arrive "
		  "tomorrow.\"", 34, "Red Crescent", CHECK_ANY, CHECK_ANY },
		/* a place in the middle of its clause opens no apposition */
		{ "The water reached Norland, the valley most people fled said "
		  "33 residents.", 33, "unattributed", NULL, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_keep_new_that_begins_a_name(void **state)
{
	static const struct who_row rows[] = {
		{ "The New Harbour Gazette reported that 31 people died in the "
		  "floods.", 31, "New Harbour Gazette", "New Harbour Gazette",
		  CHECK_ANY },
		/* "new" as an adjective is no part of the name */
		{ "The new Norish government said 32 people died in the "
		  "floods.", 32, "Norland", "Norish government", CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_an_acronym_in_capitals_as_a_name),
		cmocka_unit_test(should_give_a_list_of_claimants_to_the_first),
		cmocka_unit_test(should_read_a_plural_body_after_its_owner),
		cmocka_unit_test(
		 should_give_the_statement_to_whom_it_meant_two_sentences_back),
		cmocka_unit_test(
		    should_read_past_an_aside_between_speaker_and_verb),
		cmocka_unit_test(should_keep_new_that_begins_a_name),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
