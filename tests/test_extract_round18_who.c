/*
 * test_extract_round18_who.c - who claims a figure, round 18. After an
 * inverted verb of saying, or the "by" of a passive, the claimant is a
 * name whose capitalized parts small words join ("..., said the Office
 * for Relief Work", "a count published by the Committee to Protect
 * ..."); after an inverted verb it may be the maker of the report the
 * verb has for subject ("..., says a report published by X"). A pronoun
 * or description whose own sentence gave no figure ("..., the report
 * said. ... it said") means whom the sentences before it name. A common
 * noun the gazetteer knows in the other number ("the organisers" for
 * "organiser", "figures from clinics" for "clinic") names its source. A
 * speaker who opens a clause of contrast after a comma ("..., while the
 * organiser said") speaks only of that clause.
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

#define PUB "2025-05-14"

static const char tracker_text[] =
	"[tracker]\nname = storm\nsubject =\n"
	"[nouns]\ncounted = people, residents, families, marchers\n"
	"[subjects]\ncues = storm, cyclone, march, rally\n"
	"[quantity displaced]\ndefault = yes\n"
	"triggers = displaced, fled, evacuated, sheltering\n"
	"[quantity dead]\ntriggers = died, killed, dead\n"
	"[quantity turnout]\ntriggers = marched, took part, joined\n"
	"[sources]\n"
	"Relief Office = Office for Relief Work, ORW\n"
	"Committee = Committee to Protect Reporters\n"
	"Health Ministry = health ministry, Ministry of Health\n"
	"Clinics = clinic, clinic staff\n"
	"Organisers = organiser, rally organisers\n"
	"Police = police, Chief Inspector Dana Roe\n";

#include "text_tracker.h"

static void
check_rows(const struct attr_row *rows, size_t n)
{
	check_attr_rows(tr, PUB, rows, n);
}

static void
should_take_a_joined_name_after_an_inverted_verb(void **state)
{
	static const struct attr_row rows[] = {
		{ "Some 8,200 people fled the cyclone's path, said the Office "
		  "for Relief Work.", 8200, "Relief Office",
		  "Office for Relief Work" },
		{ "At least 61 people died in the storm, says the Committee "
		  "to Protect Reporters.", 61, "Committee",
		  "Committee to Protect Reporters" },
	};

	(void)state;
	check_rows(rows, NELEM(rows));
}

static void
should_take_the_maker_of_a_report_after_an_inverted_verb(void **state)
{
	static const struct attr_row rows[] = {
		{ "Nearly 14,000 residents fled the storm, says a report "
		  "published by the Office for Relief Work.",
		  14000, "Relief Office", "Office for Relief Work" },
		{ "Some 7,000 people fled the storm, according to a count "
		  "published by the Committee to Protect Reporters.", 7000,
		  "Committee", "Committee to Protect Reporters" },
		{ "About 3,500 families are sheltering from the storm, said a "
		  "statement issued by the ORW.", 3500, "Relief Office",
		  "ORW" },
	};

	(void)state;
	check_rows(rows, NELEM(rows));
}

static void
should_follow_a_description_back_to_a_named_source(void **state)
{
	static const struct attr_row rows[] = {
		{ "At least 30 people have died in the storm, the Office for "
		  "Relief Work has said in a report. According to the "
		  "12-page report, most deaths were in the hills. More deaths "
		  "are feared, the report, released on Friday, said. Several "
		  "bodies were found in the river, the relief report "
		  "suggested. Those killed include 4 residents of one street, "
		  "it said.", 4, "Relief Office", CHECK_ANY },
	};

	(void)state;
	check_rows(rows, NELEM(rows));
}

static void
should_know_a_source_in_the_other_number(void **state)
{
	static const struct attr_row rows[] = {
		{ "Nine people died in the storm, according to figures from "
		  "clinics.", 9, "Clinics", CHECK_ANY },
		{ "More than 20,000 marchers took part in the rally, the "
		  "organisers said.", 20000, "Organisers", "organisers" },
		{ "Some 6,000 people joined the march, a rally organiser "
		  "said.", 6000, "Organisers", CHECK_ANY },
	};

	(void)state;
	check_rows(rows, NELEM(rows));
}

static void
should_keep_a_contrasting_speaker_to_its_clause(void **state)
{
	struct claimset cs;
	const char *text = "Police gave a cautious 9,000 estimate, while "
	    "the march organiser said it was more than a million.";
	const struct claim *cl;

	(void)state;
	claimset_init(&cs);
	extract_text(tr, "t", PUB, text, &cs);
	cl = claim_valued(&cs, 9000, text);
	check_str("source", cl->source, "Police", text);
	claimset_release(&cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_take_a_joined_name_after_an_inverted_verb),
		cmocka_unit_test(
		    should_take_the_maker_of_a_report_after_an_inverted_verb),
		cmocka_unit_test(
		    should_follow_a_description_back_to_a_named_source),
		cmocka_unit_test(should_know_a_source_in_the_other_number),
		cmocka_unit_test(
		    should_keep_a_contrasting_speaker_to_its_clause),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
