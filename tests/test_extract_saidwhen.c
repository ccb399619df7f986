/*
 * test_extract_saidwhen.c - who gave a figure and when, for forms that
 * put the claimant or the statement's date away from a plain "X said on
 * Monday": an official's office ("Mayor X Jr.'s office said"), a
 * statement whose subject names its agent and date ("The toll reported
 * by the ministry earlier today, Monday, stated that ..."), wire copy's
 * "today, Monday", an agent after the figures (", as reported by X at a
 * briefing on Tuesday"), nameless reports ("..., reports said Tuesday"),
 * an outlet quoting someone ("State radio quotes X as saying"), the
 * author of a report after "according to" ("according to a report
 * released by X on Saturday", "according to a tally by X"), and "it
 * added" that cannot mean two places named together, and a description
 * ("the ministry said") in wire copy filed from a place the tracker
 * knows ("VALDOR, March 11 (Wire) --"), a name written alone after the
 * full name was given with its body ("Agency chief Lin Wei-min said ...
 * Lin said"), and "unveiled the figure Monday" dating what follows.
 * Each row is a short article read with the tracker below; the last
 * claim of the value given must have the source, claimant and date
 * given.
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
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = storm\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims\n"
	"[subjects]\ncues = storm, storms, flood, floods, flooding\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, toll\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Valdor City = Valdor City, city hall, Ana Ruiz, Valdor mayor\n"
	"Nordland = Nordland, Port Selm, Nordland Relief Office\n"
	"State Radio = state-run media, Radio Nord\n"
	"Health Ministry = health ministry, Ministry of Health\n"
	"Interior = interior ministry, Ministry of the Interior\n"
	"Coast Guard = coast guard, Coast Guard\n"
	"Relief Agency = Relief Agency, ORA, Office of Relief and Aid\n"
	"Red Cross = Red Cross, Lena Moss, Moss\n"
	"Unions = Piet Varga, union leaders\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

static void
should_give_an_office_s_statement_to_its_holder(void **state)
{
	static const struct who_row rows[] = {
		/* "Jr.'s": the possessive after an abbreviation's stop */
		{ "Late Tuesday, Valdor Mayor Ana Ruiz Jr.\u2019s office said "
		  "the storm toll had risen to 41.", 41, "Valdor City", ANY,
		  "2025-03-11" },
		{ "Late Tuesday, Valdor Mayor Ana Ruiz Jr.'s office said "
		  "the storm toll had risen to 41.", 41, "Valdor City", ANY,
		  "2025-03-11" },
		/* no office named: the plain name still speaks */
		{ "Ana Ruiz said on Monday that the storm had killed 18 "
		  "people.", 18, "Valdor City", "Ana Ruiz", "2025-03-10" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_statement_dated_and_named_in_its_subject(void **state)
{
	static const struct who_row rows[] = {
		{ "The toll reported by the health ministry earlier today, "
		  "Tuesday, stated that 77 people were killed in the storm.",
		  77, "Health Ministry", ANY, "2025-03-11" },
		{ "The figures released by the interior ministry on Monday "
		  "show that 52 people died in the floods.", 52, "Interior",
		  ANY, "2025-03-10" },
		/* the participle modifies something else: not a statement's
		 * subject, and the later speaker keeps the figure */
		{ "The bridge reported by the coast guard as unsafe on Monday "
		  "collapsed, and the Red Cross said on Tuesday that 30 "
		  "people died in the floods.", 30, "Red Cross", ANY,
		  "2025-03-11" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_wire_copy_by_the_weekday_beside_today(void **state)
{
	static const struct who_row rows[] = {
		/* filed on Tuesday, published on Wednesday */
		{ "The interior ministry announced today, Tuesday, that 58 "
		  "people had died in the floods.", 58, "Interior", ANY,
		  "2025-03-11" },
		{ "The Red Cross said yesterday (Monday) that 14 people were "
		  "missing after the storm.", 14, "Red Cross", ANY,
		  "2025-03-10" },
		/* "today" alone is the day of publication */
		{ "The interior ministry announced today that 61 people had "
		  "died in the floods.", 61, "Interior", ANY, "2025-03-12" },
		/* the weekday of the storm is not the statement's */
		{ "The storm that struck on Sunday killed 26 people, the "
		  "interior ministry said today.", 26, "Interior", ANY,
		  "2025-03-12" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_the_figures_before_an_agent_to_it(void **state)
{
	static const struct who_row rows[] = {
		{ "At least 64 people were killed in the floods, as reported "
		  "by the health ministry during a briefing on Tuesday.", 64,
		  "Health Ministry", ANY, "2025-03-11" },
		{ "Some 90 residents are missing and 12 died in the storm, as "
		  "reported by the coast guard.", 90, "Coast Guard", ANY,
		  NULL },
		/* no agent: nobody named */
		{ "At least 44 people were killed in the floods, as reported "
		  "on Tuesday.", 44, "unattributed", NULL, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_leave_nameless_reports_unattributed_with_their_date(void **state)
{
	static const struct who_row rows[] = {
		{ "The floods killed 23 people in Valdor City, reports said "
		  "Tuesday.", 23, "unattributed", NULL, "2025-03-11" },
		{ "The storm left 19 people missing, reports say.", 19,
		  "unattributed", NULL, NULL },
		/* a place before the comma does not own the reports */
		{ "Rescuers reached Valdor City, reports said on Monday, "
		  "where 33 people died in the storm.", 33, "unattributed",
		  NULL, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_quoted_figure_to_the_one_quoted(void **state)
{
	static const struct who_row rows[] = {
		{ "State radio quotes the interior ministry as saying that the "
		  "floods killed 31 people.", 31, "Interior", ANY, NULL },
		{ "The state news agency cites the health ministry as saying "
		  "27 people died in the storm.", 27, "Health Ministry", ANY,
		  NULL },
		/* "quotes" with no one quoted as saying: the outlet relays
		 * nobody's claim */
		{ "State radio quotes a figure of 35 people dead in the "
		  "storm.", 35, "unattributed", ANY, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_report_to_its_author_after_according_to(void **state)
{
	static const struct who_row rows[] = {
		{ "According to a report released by the ORA on Saturday "
		  "night, 212 people died in the floods.", 212,
		  "Relief Agency", "ORA", "2025-03-08" },
		{ "At least 15 people died in the storm, according to a "
		  "tally by the coast guard.", 15, "Coast Guard", ANY, NULL },
		{ "According to the latest count compiled by the Red Cross, "
		  "48 people are missing after the floods.", 48, "Red Cross",
		  ANY, NULL },
		/* no author after the report: nobody named */
		{ "According to a report released on Saturday, 37 people "
		  "died in the floods.", 37, "unattributed", NULL, ANY },
		/* "by" of a cause, not of an author */
		{ "According to a report, 22 people were killed by the "
		  "storm.", 22, "unattributed", NULL, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_take_it_for_two_places_named_together(void **state)
{
	static const struct who_row rows[] = {
		{ "The ORA said on Saturday that 300 people died in the "
		  "floods.\n"
		  "Nordvale and Sudmark reported 120 and 80 deaths.\n"
		  "More than 900 people are missing, it added.", 900,
		  "Relief Agency", ANY, ANY },
		/* one body whose name holds "and" is still "it" */
		{ "The Office of Relief and Aid said 64 people died in the "
		  "storm.\n"
		  "Some 400 people are missing, it added.", 400,
		  "Relief Agency", ANY, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_description_to_the_dateline_s_place(void **state)
{
	static const struct who_row rows[] = {
		{ "PORT SELM, March 11 (Wire) -- The storm has killed 56 "
		  "people, the interior agency said Tuesday.", 56, "Nordland",
		  ANY, "2025-03-11" },
		{ "Storm toll rises\n"
		  "PORT SELM (Wire) - At least 71 people died in the floods, "
		  "the ministry said.", 71, "Nordland", ANY, NULL },
		/* someone named before is meant, not the dateline's place */
		{ "PORT SELM (Wire) - The Red Cross said it sent teams.\n"
		  "The storm killed 38 people, the agency said.", 38,
		  "Red Cross", ANY, NULL },
		/* a place the tracker does not know names no one */
		{ "EASTMOOR, March 11 (Wire) -- The storm has killed 29 "
		  "people, the ministry said.", 29, "unattributed", ANY,
		  NULL },
		/* no dateline */
		{ "The storm has killed 33 people, the ministry said.", 33,
		  "unattributed", ANY, NULL },
		/* "he" is a person, not the place */
		{ "PORT SELM (Wire) - The storm has killed 27 people, he "
		  "said.", 27, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_name_alone_the_body_of_its_full_name(void **state)
{
	static const struct who_row rows[] = {
		/* a surname written first */
		{ "Nordland Relief Office chief Lin Wei-min said on Monday "
		  "that the floods had killed 40 people.\n"
		  "Lin said 25 people were still missing.", 25, "Nordland",
		  "Lin", ANY },
		/* written last, and relayed */
		{ "Red Cross spokeswoman Maria Sandoval said on Monday that "
		  "the storm had killed 40 people.\n"
		  "The state news agency quoted Sandoval as saying 65 people "
		  "died.",
		  65, "Red Cross", "Sandoval", ANY },
		/* in the same sentence */
		{ "Coast Guard commander Omar Diallo told reporters on Monday "
		  "that 12 people died in the storm; a spokesman cited Diallo "
		  "as saying 20 people are missing.", 20, "Coast Guard",
		  "Diallo", ANY },
		/* the full name gave no known body: the full name */
		{ "Resident Tomas Lind said on Monday that the floods had "
		  "killed 40 people.\n"
		  "Lind said 17 people were still missing.", 17, "Tomas Lind",
		  "Lind", ANY },
		/* another person of the same first word is no match */
		{ "Ana Ruiz said on Monday that the floods had killed 40 "
		  "people.\n"
		  "Ruizberg said 31 people were still missing.", 31,
		  "Ruizberg", "Ruizberg", ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_statement_by_the_one_that_unveiled_it(void **state)
{
	static const struct who_row rows[] = {
		{ "The Red Cross unveiled the figure Monday on its website.\n"
		  "\"More than 90 people died in the storm,\" it said.", 90,
		  "Red Cross", ANY, "2025-03-10" },
		/* unveiling something else is still its statement */
		{ "The Red Cross unveiled a plan on Monday to shelter 300 "
		  "storm victims.", 300, "Red Cross", ANY, "2025-03-10" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_name_over_a_plural_s_possessive(void **state)
{
	static const struct who_row rows[] = {
		{ "The Coast Guard Officers\u2019 Association said on Monday "
		  "that 44 people died in the storm.", 44, "Coast Guard", ANY,
		  "2025-03-10" },
		{ "The Coast Guard Officers' Association said on Monday "
		  "that 44 people died in the storm.", 44, "Coast Guard", ANY,
		  "2025-03-10" },
		/* a possessive before a verb form is no name's */
		{ "The floods killed 14 of the Glens\u2019 estimated 300 "
		  "residents.", 14, "unattributed", NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_give_a_later_speaker_the_figures_before(void **state)
{
	static const struct who_row rows[] = {
		{ "More than 30 residents were reportedly hurt in the storm, "
		  "and the coast guard said that 14 people were missing.", 30,
		  "unattributed", NULL, NULL },
		{ "More than 30 residents were reportedly hurt in the storm, "
		  "and the coast guard said that 14 people were missing.", 14,
		  "Coast Guard", ANY, NULL },
		{ "The storm toll in Valdor City stands at 392, while "
		  "neighbouring Nordland has reported more than 58 deaths.",
		  392, "unattributed", NULL, NULL },
		/* a speaker after the figures with nothing of its own says
		 * them */
		{ "At least 61 people died in the storm, the coast guard said "
		  "on Monday.", 61, "Coast Guard", ANY, "2025-03-10" },
		{ "At least 61 people died in the storm and 12 are missing, "
		  "the Red Cross said.", 61, "Red Cross", ANY, NULL },
		/* a verb of making known */
		{ "The Red Cross first publicized reports that 70 people had "
		  "died in the storm.", 70, "Red Cross", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_the_possessed_name_not_its_owner(void **state)
{
	static const struct who_row rows[] = {
		{ "Nordland's state-run media say the storm has killed more "
		  "than 200 people.", 200, "State Radio", ANY, NULL },
		{ "Officials in Nordland's Valdor City said Monday at least 36 "
		  "people died in the storm.", 36, "Valdor City", ANY,
		  "2025-03-10" },
		/* what follows the possessive is no name the tracker knows:
		 * the owner speaks */
		{ "Nordland's relief chief said the storm has killed more "
		  "than 80 people.", 80, "Nordland", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_the_report_of_a_continuation_to_its_author(void **state)
{
	static const struct who_row rows[] = {
		{ "The Red Cross said on Monday in a report that 50 people "
		  "died in the storm.\n"
		  "The report also said 200 people were missing.", 200,
		  "Red Cross", ANY, "2025-03-10" },
		{ "The Red Cross said in a report that 50 people died in the "
		  "storm.\n"
		  "The victims tallied by the report include 20 residents of "
		  "Valdor City.", 20, "Red Cross", ANY, NULL },
		{ "The victims recorded by the coast guard after the storm "
		  "include 12 residents.", 12, "Coast Guard", ANY,
		  NULL },
		/* no author named before */
		{ "The storm hit the coast on Monday.\n"
		  "The report also said 200 people were missing.", 200,
		  "unattributed", ANY, NULL },
		/* "by" that names no one */
		{ "The victims tallied by hand after the storm include 14 "
		  "residents.", 14, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_an_official_s_figure_to_the_body_described(void **state)
{
	static const struct who_row rows[] = {
		{ "Ali Demir, the interior ministry's spokesman, said on "
		  "Tuesday that 2,000 people died in the storm.", 2000,
		  "Interior", "Ali Demir", "2025-03-11" },
		{ "Ali Demir, spokesman for the interior ministry, said 900 "
		  "people died in the storm.", 900, "Interior", "Ali Demir",
		  NULL },
		{ "A Red Cross spokeswoman, Ana Lopez, said 700 people died "
		  "in the storm.", 700, "Red Cross", "Ana Lopez", NULL },
		{ "At least 600 people died in the storm, said Ana Lopez, a "
		  "spokeswoman for the Red Cross.", 600, "Red Cross",
		  "Ana Lopez", NULL },
		/* and later by the name alone */
		{ "Ali Demir, spokesman for the interior ministry, said 900 "
		  "people died in the storm.\n"
		  "Demir said 300 people were missing.", 300, "Interior",
		  "Demir", NULL },
		/* a relative clause, or a body named elsewhere in the
		 * sentence, is no description of him */
		{ "Ali Demir, whose son works for the Red Cross, said 500 "
		  "people died in the storm.", 500, "Ali Demir", "Ali Demir",
		  NULL },
		{ "In a letter to the Red Cross, Ali Demir said 400 people "
		  "died in the storm.", 400, "Ali Demir", "Ali Demir", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_statement_by_the_date_that_opens_it(void **state)
{
	static const struct who_row rows[] = {
		{ "On Tuesday, in a statement posted on its website late in "
		  "the evening, the interior ministry said 2,000 people died "
		  "in the storm.", 2000, "Interior", ANY, "2025-03-11" },
		{ "Late on Monday, March 10, in a statement posted on its "
		  "website, the interior ministry said 1,800 people died in "
		  "the storm.", 1800, "Interior", ANY, "2025-03-10" },
		{ "On Tuesday, in its latest bulletin on the flooding in the "
		  "north, according to the Red Cross, 1,200 people died.",
		  1200, "Red Cross", ANY, "2025-03-11" },
		/* the opening date is the storm's */
		{ "On Sunday, when the storm hit the coast towns of the north "
		  "and the east, the interior ministry said 900 people died.",
		  900, "Interior", ANY, NULL },
		{ "On Sunday, the storm killed 700 people in the towns of the "
		  "north and the east, the interior ministry said.", 700,
		  "Interior", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_statement_by_a_date_beside_a_word_of_stating(void **state)
{
	static const struct who_row rows[] = {
		{ "The Red Cross said 40 people died in the storm, citing "
		  "coast guard figures for Monday's report.", 40,
		  "Coast Guard", ANY, "2025-03-10" },
		{ "The Red Cross said 45 people died in the storm, as its "
		  "teams told a council meeting Tuesday.", 45, "Red Cross",
		  ANY, "2025-03-11" },
		/* an event's date */
		{ "The Red Cross said 30 people who joined Sunday's march "
		  "were hurt in the storm.", 30, "Red Cross", ANY, NULL },
		{ "The Red Cross said 35 people died in the storm since the "
		  "report on Sunday.", 35, "Red Cross", ANY, NULL },
		/* past a full stop glued to the next sentence */
		{ "The Red Cross said 25 people died in the storm.Officials "
		  "held a briefing on Monday.", 25, "Red Cross", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_dashes_citing_reports_and_pointed_out(void **state)
{
	static const struct who_row rows[] = {
		{ "The ORA \u2013 a coalition of relief groups \u2013 said "
		  "the storm had killed almost 300 people.", 300,
		  "Relief Agency", ANY, NULL },
		{ "The ORA - a coalition of relief groups - said the storm "
		  "had killed almost 310 people.", 310, "Relief Agency", ANY,
		  NULL },
		{ "The storm may have killed up to 500 people, media reports "
		  "citing Coast Guard and Valdor City officials have said.",
		  500,
		  "Coast Guard", ANY, NULL },
		/* "reports" after a comma is the verb of the outlet */
		{ "The storm killed 20 people, Radio Nord reports, citing the "
		  "coast guard.", 20, "Coast Guard", ANY, NULL },
		{ "The coast guard pointed out today in a statement that 106 "
		  "people were rescued after the storm.", 106, "Coast Guard",
		  ANY, "2025-03-12" },
		/* a hyphen inside a word is no dash */
		{ "The Red Cross-backed group said 44 people died in the "
		  "storm.", 44, ANY, ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_the_name_after_an_office_of_several_words(void **state)
{
	static const struct who_row rows[] = {
		{ "The storm killed 500 people, the Secretary for Housing and "
		  "Works Mara Lind has confirmed.", 500, "Mara Lind",
		  "Mara Lind", NULL },
		{ "Minister of Foreign Affairs Ahmed Ali said 400 people died "
		  "in the storm.", 400, "Ahmed Ali", "Ahmed Ali", NULL },
		/* an office with no name after it keeps its words */
		{ "Minister of Foreign Affairs said 300 people died in the "
		  "storm.", 300, ANY, "Minister of Foreign Affairs", NULL },
		/* a name the tracker knows after the office */
		{ "The Minister for Relief and Works Ana Ruiz said 200 people "
		  "died in the storm.", 200, "Valdor City", "Ana Ruiz", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_surname_to_the_full_name_the_article_gave(void **state)
{
	static const struct who_row rows[] = {
		/* the tracker knows another Varga; the article named this
		 * one */
		{ "Housing secretary Edith Varga said on Monday that 40 "
		  "people died in the storm.\n"
		  "Varga said 12 people were missing.", 12, "Edith Varga",
		  "Varga", ANY },
		/* no other Varga named: the tracker's */
		{ "The storm killed 40 people on Monday.\n"
		  "Varga said 12 people were missing.", 12, "Unions", "Varga",
		  ANY },
		/* a one-word name the tracker gives as such stays its */
		{ "Housing secretary Edith Moss said on Monday that 40 "
		  "people died in the storm.\n"
		  "Moss said 12 people were missing.", 12, "Red Cross", "Moss",
		  ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_date_after_a_clock_time(void **state)
{
	static const struct who_row rows[] = {
		{ "The interior ministry said at 6 p.m. on Tuesday that the "
		  "storm had killed 2,921 people.", 2921, "Interior", ANY,
		  "2025-03-11" },
		{ "The interior ministry said at 18:00 GMT Monday that the "
		  "storm had killed 2,800 people.", 2800, "Interior", ANY,
		  "2025-03-10" },
		{ "The storm toll rose to 2,700 as of 9 a.m. local time "
		  "Tuesday, the Red Cross said.", 2700, "Red Cross", ANY,
		  "2025-03-11" },
		{ "The Red Cross said at noon on Monday that 2,600 people had "
		  "died in the storm.", 2600, "Red Cross", ANY, "2025-03-10" },
		/* a time with no date dates nothing */
		{ "The interior ministry said at 6 p.m. that the storm had "
		  "killed 2,500 people.", 2500, "Interior", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_an_update_as_a_report(void **state)
{
	static const struct who_row rows[] = {
		{ "The interior ministry's update on Tuesday put the storm "
		  "toll at 2,921.", 2921, "Interior", ANY, "2025-03-11" },
		{ "The Red Cross said on Monday that 50 people died in the "
		  "storm.\n"
		  "Its latest update put the toll at 2,400.", 2400,
		  "Red Cross", ANY, ANY },
		/* no one named before */
		{ "The storm hit on Tuesday.\n"
		  "The new report says 2,300 people died.", 2300,
		  "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_level_and_a_relative_clause_of_stating(void **state)
{
	static const struct who_row rows[] = {
		{ "The death toll from the storm rose to 300 on Tuesday, the "
		  "interior ministry said.", 300, "Interior", ANY,
		  "2025-03-11" },
		{ "The storm toll stood at more than 310 on Monday, the Red "
		  "Cross said.", 310, "Red Cross", ANY, "2025-03-10" },
		{ "At least 320 people have died in the storm, according to "
		  "the Red Cross, which updated its toll on Tuesday.", 320,
		  "Red Cross", ANY, "2025-03-11" },
		/* the event's day */
		{ "The storm killed 330 people on Sunday, the interior "
		  "ministry said.", 330, "Interior", ANY, NULL },
		/* a relative clause of something else */
		{ "At least 340 people have died in the storm, according to "
		  "the Red Cross, which sent teams on Monday.", 340,
		  "Red Cross", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_past_an_inverted_speaker_s_description(void **state)
{
	static const struct who_row rows[] = {
		{ "The storm killed 350 people, said Ali Demir, head of the "
		  "interior ministry's emergency unit, on Tuesday.", 350,
		  "Interior", ANY, "2025-03-11" },
		/* what follows the description is another clause */
		{ "The storm killed 360 people, said Ali Demir, head of the "
		  "interior ministry's emergency unit, as rescuers searched "
		  "on Tuesday.", 360, "Interior", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_passive_quote_to_the_one_quoted(void **state)
{
	static const struct who_row rows[] = {
		{ "\"Around 370 people died in the storm,\" the interior "
		  "ministry was quoted by the state news agency as saying on "
		  "Tuesday.", 370, "Interior", ANY, "2025-03-11" },
		{ "\"Around 380 people died in the storm,\" Ana Ruiz was "
		  "quoted by Radio Nord as saying.", 380, "Valdor City",
		  "Ana Ruiz", NULL },
		/* quoted as something else: no statement */
		{ "About 390 people died in the storm, which was cited by the "
		  "Red Cross as the worst in decades.", 390, "unattributed",
		  NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_an_office_s_statement_to_its_holder),
		cmocka_unit_test(
		    should_read_a_statement_dated_and_named_in_its_subject),
		cmocka_unit_test(
		    should_date_wire_copy_by_the_weekday_beside_today),
		cmocka_unit_test(
		    should_give_the_figures_before_an_agent_to_it),
		cmocka_unit_test(
		    should_leave_nameless_reports_unattributed_with_their_date),
		cmocka_unit_test(
		    should_give_a_quoted_figure_to_the_one_quoted),
		cmocka_unit_test(
		    should_give_a_report_to_its_author_after_according_to),
		cmocka_unit_test(
		    should_not_take_it_for_two_places_named_together),
		cmocka_unit_test(
		    should_give_a_description_to_the_dateline_s_place),
		cmocka_unit_test(
		    should_give_a_name_alone_the_body_of_its_full_name),
		cmocka_unit_test(
		    should_date_a_statement_by_the_one_that_unveiled_it),
		cmocka_unit_test(
		    should_read_a_name_over_a_plural_s_possessive),
		cmocka_unit_test(
		    should_not_give_a_later_speaker_the_figures_before),
		cmocka_unit_test(should_give_the_possessed_name_not_its_owner),
		cmocka_unit_test(
		    should_give_the_report_of_a_continuation_to_its_author),
		cmocka_unit_test(
		    should_give_an_official_s_figure_to_the_body_described),
		cmocka_unit_test(
		    should_date_a_statement_by_the_date_that_opens_it),
		cmocka_unit_test(
		    should_date_a_statement_by_a_date_beside_a_word_of_stating),
		cmocka_unit_test(
		    should_read_dashes_citing_reports_and_pointed_out),
		cmocka_unit_test(
		    should_read_the_name_after_an_office_of_several_words),
		cmocka_unit_test(
		    should_give_a_surname_to_the_full_name_the_article_gave),
		cmocka_unit_test(should_read_a_date_after_a_clock_time),
		cmocka_unit_test(should_read_an_update_as_a_report),
		cmocka_unit_test(
		    should_date_a_level_and_a_relative_clause_of_stating),
		cmocka_unit_test(
		    should_date_past_an_inverted_speaker_s_description),
		cmocka_unit_test(should_give_a_passive_quote_to_the_one_quoted),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
