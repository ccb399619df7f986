/*
 * test_extract_chooser.c - the claimant chooser: when no cue governs a
 * figure, or the cue that does names no one, the sentence's best named
 * agent that gives the figure: the subject of a verb of saying, counting
 * or recording kept from its verb by a time phrase or a relative clause,
 * the owner of a claim ("X's claim that"), the agent of a passive
 * ("tracked by X"), the one named after a report noun ("data from X",
 * "claims by X"), one who gives a report ("X provided a N estimate"), a
 * subject set off from its verb by a stray comma; and one body's two
 * spellings ("Ministry of Internal Affairs", "Interior Ministry");
 * authorities after a sentence opening with a known place ("In X,
 * authorities reported"). The negatives: a passive whose subject is
 * what is counted, a report that names no one ("early estimates",
 * "denying reports that ..."), a figure after ", while"
 * or in a clause of time after the statement, a named agent that gives
 * no figure, a figure in the writer's own voice.
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
	"[tracker]\nname = storms\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, officers, workers\n"
	"[subjects]\ncues = storm, storms, cyclone\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths\n"
	"[quantity injured]\ntriggers = injured, hurt\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Interior Ministry = Interior Ministry, Ministry of Interior\n"
	"Interior Ministry = Tomas Brandt\n"
	"Defense = Department of Defense\n"
	"Relief Alliance = Relief Alliance, Mara Okoye\n"
	"Port Authority = Port Authority\n"
	"Coastal Province = Coastal Province, coastal governor\n";

#include "text_tracker.h"

static void
should_choose_the_subject_of_a_verb_kept_apart(void **state)
{
	static const struct who_row rows[] = {
		/* a time phrase between the subject and its verb */
		{ "Interior minister Tomas Brandt last Friday said 37 people "
		  "died in the storm.", 37, "Interior Ministry", CHECK_ANY,
		  CHECK_ANY },
		/* a relative clause holding a quote with a comma */
		{ "The Relief Alliance, which called the cyclone \"the worst "
		  "in memory,\" said 64 people were missing.", 64,
		  "Relief Alliance", CHECK_ANY, CHECK_ANY },
		/* a semicolon with "while" goes on with the statement */
		{ "The Relief Alliance said 300 people were injured in the "
		  "storm; while 61 were still missing.", 61, "Relief Alliance",
		  CHECK_ANY, CHECK_ANY },
		/* "its spokesman": the source the sentence named first */
		{ "The Relief Alliance has lost 25 workers in the storm, its "
		  "spokesman said.", 25, "Relief Alliance", CHECK_ANY,
		  CHECK_ANY },
		{ "The town has lost 26 people in the storm, its mayor said.",
		  26, "unattributed", CHECK_ANY, CHECK_ANY },
		/* a clause of time before the speaker is no bar */
		{ "After the storm passed, the Port Authority said 39 people "
		  "had died.", 39, "Port Authority", CHECK_ANY, CHECK_ANY },
		/* a verb the cues do not read: "clarified", "expects" */
		{ "Twelve residents were rescued, while the Port Authority "
		  "clarified this morning that 9 people died in the storm.",
		  9, "Port Authority", "Port Authority", CHECK_ANY },
		{ "Relief Alliance expects 300 people to be missing after the "
		  "storm", 300, "Relief Alliance", "Relief Alliance",
		  CHECK_ANY },
		/* a body described by what it does, with a known name in
		 * the description */
		{ "The agency coordinating Port Authority rescue teams in the "
		  "south said 44 people were missing after the storm.", 44,
		  "Port Authority", CHECK_ANY, CHECK_ANY },
		/* a stray comma between the subject and its verb */
		{ "Local radio spoke of dozens, but the Relief Alliance "
		  "(RA), estimated that 85 people died in the storm.", 85,
		  "Relief Alliance", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_choose_the_giver_of_a_report_or_claim(void **state)
{
	static const struct who_row rows[] = {
		/* the owner of a claim */
		{ "Doctors questioned Mara Okoye's claim that only 14 people "
		  "died in the storm.", 14, "Relief Alliance", CHECK_ANY,
		  CHECK_ANY },
		/* the agent of a passive verb of counting */
		{ "The dead of the storm, numbering 52, have been counted by "
		  "the Relief Alliance.", 52, "Relief Alliance", CHECK_ANY,
		  CHECK_ANY },
		/* a report noun and its giver */
		{ "Fresh data from the Port Authority suggests the storm has "
		  "left more than 40 people injured.", 40, "Port Authority",
		  CHECK_ANY, CHECK_ANY },
		/* one who gives a report */
		{ "The Port Authority provided a cautious estimate of 21 "
		  "people injured in the storm, while the Relief Alliance said it was "
		  "higher.", 21, "Port Authority", CHECK_ANY, CHECK_ANY },
		/* "citing Y" right after the verb and its object */
		{ "\"Nine people died in the storm,\" relief official Mara "
		  "Okoye told reporters citing Port Authority figures.", 9,
		  "Port Authority", CHECK_ANY, CHECK_ANY },
		/* an owner's report after a modifier */
		{ "The Relief Alliance's latest count shows 43 people dead "
		  "in the storm.", 43, "Relief Alliance", CHECK_ANY,
		  CHECK_ANY },
		/* "per X", "as per X" */
		{ "Some 47 people have died in the storm, per the Relief "
		  "Alliance.", 47, "Relief Alliance", CHECK_ANY, CHECK_ANY },
		{ "About 52 people died in the storm, as per the Port "
		  "Authority.", 52, "Port Authority", CHECK_ANY, CHECK_ANY },
		/* a report handed out by someone */
		{ "The figure of 40 people dead in the storm, provided by the "
		  "Port Authority, was later revised.", 40, "Port Authority",
		  CHECK_ANY, CHECK_ANY },
		/* one who revises a count */
		{ "Port Authority officials on Monday raised the storm's "
		  "death toll to 60.", 60, "Port Authority", CHECK_ANY,
		  CHECK_ANY },
		/* "as stated in X", with X spelt another way */
		{ "During the storm, as stated in the Ministry of Internal "
		  "Affairs, 26 officers were injured.", 26, "Interior Ministry",
		  CHECK_ANY, CHECK_ANY },
		/* the one a relative pronoun stands for */
		{ "The figure matches a briefing on Monday by the Relief "
		  "Alliance, which reported about 90 people missing after the "
		  "storm.", 90, "Relief Alliance", CHECK_ANY, CHECK_ANY },
		/* "X had spoken of N" */
		{ "The day before, the Port Authority had spoken of up to 70 "
		  "people missing after the storm.", 70, "Port Authority",
		  CHECK_ANY, CHECK_ANY },
		/* a headline's speaker described before the name */
		{ "More than 35 dead in storm, says relief chief Mara Okoye",
		  35, "Relief Alliance", CHECK_ANY, CHECK_ANY },
		/* an outlet described before its name */
		{ "At least 33 people died in the storm, according to the "
		  "regional broadcaster NordTV.", 33, "NordTV", "NordTV",
		  CHECK_ANY },
		/* the body a relative "which" stands for, after another
		 * speaker's words */
		{ "Mara Okoye's estimate is higher than that given by the Port "
		  "Authority, which said on Monday that 66 people died in the "
		  "storm.", 66, "Port Authority", CHECK_ANY, CHECK_ANY },
		/* "claims that" after its subject is a verb */
		{ "The Relief Alliance (RA) claims that 77 people died in the "
		  "storm.", 77, "Relief Alliance", CHECK_ANY, CHECK_ANY },
		/* "X has data on" */
		{ "The Department of Defense has data on some 600 people "
		  "missing after the storm.", 600, "Defense", CHECK_ANY,
		  CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_two_spellings_of_one_body(void **state)
{
	static const struct who_row rows[] = {
		{ "The Ministry of Internal Affairs said 31 officers were "
		  "injured in the storm.", 31, "Interior Ministry", CHECK_ANY,
		  CHECK_ANY },
		{ "The Ruritanian interior ministry said 11 officers were hurt "
		  "in the storm.", 11, "Interior Ministry", CHECK_ANY,
		  CHECK_ANY },
		{ "The Defence Department said 6 workers were missing after "
		  "the storm.", 6, "Defense", CHECK_ANY, CHECK_ANY },
		/* another ministry is not the interior's */
		{ "The Ministry of Health said 8 people were hurt in the "
		  "storm.", 8, "Ministry of Health", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_authorities_named_by_a_place_to_that_place(void **state)
{
	static const struct who_row rows[] = {
		{ "In Coastal Province, authorities reported 70 people dead "
		  "in the storm.", 70, "Coastal Province", "authorities",
		  CHECK_ANY },
		{ "In Coastal Province, where the storm hit hardest, police "
		  "confirmed 74 deaths.", 74, "Coastal Province", "police",
		  CHECK_ANY },
		/* a place the gazetteer does not know */
		{ "In the north, authorities reported 76 people dead in the "
		  "storm.", 76, "unattributed", CHECK_ANY, CHECK_ANY },
		/* people of the place are not its authorities */
		{ "In Coastal Province, residents said 12 people died in the "
		  "storm.", 12, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_choose_where_no_one_gives_the_figure(void **state)
{
	static const struct who_row rows[] = {
		/* a passive: the subject is what is counted */
		{ "Coastal Province is estimated to have lost 70 people in "
		  "the storm.", 70, "unattributed", NULL, NULL },
		/* a report that names no one */
		{ "According to early estimates, 45 people died in the "
		  "storm.", 45, "unattributed", NULL, NULL },
		/* the writer's own voice, a source named for something else */
		{ "The Port Authority closed the harbour after the storm "
		  "killed 19 people.", 19, "unattributed", NULL, NULL },
		/* a nameless report nearer the figure than a named one */
		{ "Mara Okoye told reporters that 12 people died, with other "
		  "reports suggesting that 30 people were missing after the "
		  "storm.", 30, "unattributed", NULL, NULL },
		/* a known name as the object before a comma, not a subject */
		{ "Rescuers reached the Port Authority, reports said, where 27 "
		  "people died in the storm.", 27, "unattributed", NULL, NULL },
		/* people described by what they do are no body */
		{ "Residents fleeing the Port Authority camp said 13 people "
		  "were missing after the storm.", 13, "unattributed", CHECK_ANY,
		  NULL },
		/* aid handed out by someone is no report */
		{ "Food provided by the Relief Alliance reached 300 people "
		  "left homeless by the storm, as 18 people died.", 18,
		  "unattributed", NULL, NULL },
		/* reports no one owns, answered by a speaker */
		{ "Denying reports that 200 people died in the storm, Mara "
		  "Okoye said that the toll was lower.", 200, "unattributed",
		  NULL, NULL },
		/* a toll that "claimed lives" is no statement */
		{ "The storm over Coastal Province has claimed the lives of "
		  "at least 29 people.", 29, "unattributed", NULL, NULL },
		/* a statement ends at a semicolon */
		{ "Coastal Province registered its first storm death in May; "
		  "50 people have died since.", 50, "unattributed", NULL,
		  NULL },
		/* a statement inside a clause set off by commas */
		{ "The storm, which the Port Authority said was the worst in "
		  "decades, killed 44 people.", 44, "unattributed", NULL,
		  NULL },
		{ "After the Port Authority counted the boats, 48 people were "
		  "reported missing in the storm.", 48, "unattributed", NULL,
		  NULL },
		/* "Reports" ending a headline names no one */
		{ "Storm Leaves 34 People Dead In Coastal Towns - Reports", 34,
		  "unattributed", NULL, CHECK_ANY },
		/* a named agent that gives no figure */
		{ "Mara Okoye visited the port, where 16 people were injured "
		  "in the storm.", 16, "unattributed", NULL, NULL },
		/* after ", while": not the speaker's */
		{ "At least 90 people died, the Relief Alliance said on "
		  "Tuesday, while 7 more were reported hurt in the storm.", 7,
		  "unattributed", NULL, NULL },
		/* a statement made before the figure's own event */
		{ "The Relief Alliance said on Monday it was ready, before "
		  "the storm killed 23 people.", 23, "unattributed", NULL,
		  NULL },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_choose_the_subject_of_a_verb_kept_apart),
		cmocka_unit_test(should_choose_the_giver_of_a_report_or_claim),
		cmocka_unit_test(should_read_two_spellings_of_one_body),
		cmocka_unit_test(
		    should_give_authorities_named_by_a_place_to_that_place),
		cmocka_unit_test(
		    should_not_choose_where_no_one_gives_the_figure),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
