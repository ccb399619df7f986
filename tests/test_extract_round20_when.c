/*
 * test_extract_round20_when.c - claim dates of round 20: a lede that
 * gives a statement without its day, dated by the same source's
 * statement told with its day just after it ("X has said ..." + "At a
 * briefing on Monday, X said ..."); a clause about the speaker with a
 * verb of addressing ("who addressed reporters yesterday"); a next
 * sentence that gives the figure's occasion ("X gave the figure at a
 * briefing on Wednesday", also after "According to Y,") or names its
 * speaker in commas ("The press officer of the army, Jane Doe,
 * disclosed this on Tuesday"); a "but" joining two words ("missing but
 * presumed dead") that ends no part of a statement. With negatives: another source's date,
 * a sentence past the lede, a giving verb with another object.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"	/* a Thursday */

static void
should_date_a_lede_by_the_same_statement_dated_after_it(void **state)
{
	static const struct date_row rows[] = {
		{ "Seoul's spy agency has said 3,000 North Korean soldiers "
		  "were killed or wounded in Kursk.\n"
		  "The figure could not be checked independently.\n"
		  "At a closed briefing for lawmakers on Monday, Seoul's spy "
		  "agency said 1,000 of them had died.", 3000, "2024-12-16" },
		/* the day by its word of stating, not an event's day */
		{ "Kyiv's army has said 2,200 North Korean soldiers have "
		  "arrived in Kursk.\n"
		  "Since the troops crossed the border on December 2, Kyiv's "
		  "army said on Tuesday, 400 of them were killed.", 2200,
		  "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_a_lede_by_another_source_or_past_the_lede(void **state)
{
	static const struct date_row rows[] = {
		/* another source's statement */
		{ "Seoul's spy agency has said 3,100 North Korean soldiers "
		  "were killed or wounded in Kursk.\n"
		  "Kyiv's army said on Monday that 900 of them had died.",
		  3100, "" },
		/* an undated statement well into the article */
		{ "North Korea sent troops to Russia in the autumn.\n"
		  "They were trained in the far east.\n"
		  "The units moved west in November.\n"
		  "Seoul's spy agency has said 3,200 North Korean soldiers "
		  "were killed or wounded in Kursk.\n"
		  "At a briefing on Monday, Seoul's spy agency said 1,300 of "
		  "them had died.", 3200, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_by_a_clause_of_addressing_about_the_speaker(void **state)
{
	static const struct date_row rows[] = {
		{ "The regional governor, who addressed reporters yesterday "
		  "in Sumy, confirmed that 600 North Korean soldiers had been "
		  "killed in Kursk.", 600, "2024-12-18" },
		{ "A border guard commander, who addressed lawmakers on "
		  "Monday, confirmed that 1,400 North Korean soldiers had "
		  "been wounded in Kursk.", 1400, "2024-12-16" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_by_a_next_sentence_giving_the_figure(void **state)
{
	static const struct date_row rows[] = {
		{ "Seoul's spy agency said 1,100 North Korean soldiers had "
		  "been killed in Kursk.\n"
		  "According to a lawmaker, the agency gave the figure at a "
		  "closed briefing on Wednesday.", 1100, "2024-12-18" },
		{ "Some 1,500 North Korean soldiers have been wounded in "
		  "Kursk.\n"
		  "The press officer of the army's northern command, Olena "
		  "Petrenko, disclosed this on Tuesday while touring the "
		  "front.", 1500, "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_by_a_giving_verb_of_another_object(void **state)
{
	static const struct date_row rows[] = {
		{ "Seoul's spy agency said 1,200 North Korean soldiers had "
		  "been killed in Kursk.\n"
		  "The agency gave the soldiers' families no warning on "
		  "Monday.", 1200, "" },
		/* a subject broken by a clause, not a name in commas */
		{ "Some 1,600 North Korean soldiers have been wounded in "
		  "Kursk.\n"
		  "The officer, who was new to the post, disclosed this on "
		  "Tuesday.", 1600, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_read_a_but_joining_two_words_as_one_clause(void **state)
{
	static const struct date_row rows[] = {
		{ "In a report released yesterday, an unnamed inquiry "
		  "found that 40 North Korean soldiers were captured and 20 "
		  "more were missing but presumed dead, making a total of "
		  "60.", 60, "2024-12-18" },
		/* a "but" after a comma joins another part */
		{ "A source said on Monday that 300 North Korean soldiers "
		  "died in Kursk, but 92 North Korean soldiers were wounded "
		  "elsewhere.", 92, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_lede_by_the_same_statement_dated_after_it),
		cmocka_unit_test(
		    should_not_date_a_lede_by_another_source_or_past_the_lede),
		cmocka_unit_test(
		    should_date_by_a_clause_of_addressing_about_the_speaker),
		cmocka_unit_test(
		    should_date_by_a_next_sentence_giving_the_figure),
		cmocka_unit_test(
		    should_not_date_by_a_giving_verb_of_another_object),
		cmocka_unit_test(
		    should_read_a_but_joining_two_words_as_one_clause),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
