/*
 * test_extract_backdate.c - claim dates written away from the claim or
 * in forms the older rules did not read (round 13): a next sentence
 * that dates the statement before it ("He disclosed this on Sunday
 * when ..."), an opening that points back to the day named before ("On
 * the same day,", "At that time,"), a day and month written as numbers
 * ("on 16/12"), "as at today (Tuesday)", and verbs of confirming ("on
 * Monday backed up X's account"), a document introduced with its day
 * and cited after ("Late on Monday, X published a report." + "...,
 * according to the report."). With negatives: "this week", "this
 * Saturday", another event's time, "At the same time", "24/7", "as at"
 * a count's own date.
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
should_date_a_statement_by_the_sentence_pointing_back_to_it(void **state)
{
	static const struct date_row rows[] = {
		{ "Ukraine's defence minister has revealed that 1,300 North "
		  "Korean soldiers were wounded in Kursk.\n"
		  "The minister disclosed this on Tuesday while visiting "
		  "troops near the border.", 1300, "2024-12-17" },
		{ "Kyiv's army spokesman said 600 North Korean soldiers had "
		  "been killed in the fighting.\n"
		  "He made these remarks at a news conference in Kyiv on "
		  "Monday.", 600, "2024-12-16" },
		/* the when-clause times the speaking */
		{ "Seoul's intelligence chief said 1,700 North Korean troops "
		  "had been moved to the front.\n"
		  "He said this when a group of lawmakers visited his office "
		  "on Wednesday, December 18.", 1700, "2024-12-18" },
		/* before an older dated statement of the same source */
		{ "Seoul's spy agency said on Monday that 1,000 North Korean "
		  "soldiers had been killed.\n"
		  "Seoul's spy agency said 1,800 North Korean soldiers had "
		  "now been killed.\n"
		  "It disclosed this on Wednesday while briefing lawmakers.",
		  1800, "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_by_a_pointing_sentence_of_another_time(void **state)
{
	static const struct date_row rows[] = {
		/* "this week", "this Saturday": the date's own "this" */
		{ "Seoul's spy agency said 450 North Korean soldiers were "
		  "killed in Kursk.\n"
		  "Zelensky said this week that more troops would come.", 450,
		  "" },
		{ "Seoul's spy agency said 460 North Korean soldiers were "
		  "killed in Kursk.\n"
		  "Kyiv announced this Saturday that it would respond.", 460,
		  "" },
		/* another event's time */
		{ "Kyiv's army said 470 North Korean soldiers were killed in "
		  "Kursk.\n"
		  "It said this after the storm hit the region on Monday.",
		  470, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_an_opening_that_points_back_to_the_day_before(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv's army said on Tuesday that 2,000 North Korean "
		  "soldiers had been killed. On the same day, Seoul's spy "
		  "agency said 1,500 North Korean soldiers had been "
		  "wounded.", 1500, "2024-12-17" },
		{ "Seoul's spy agency stated on 10/12 that 1,100 North Korean "
		  "soldiers had been killed or wounded. At that time, Kyiv "
		  "reported 1,400 North Korean soldiers killed.", 1400,
		  "2024-12-10" },
		/* past a sentence without a date */
		{ "Kyiv's army said on Monday that 2,000 North Korean "
		  "soldiers had been killed. Fighting went on in the "
		  "villages. Earlier in the day, a Ukrainian general said "
		  "1,550 North Korean soldiers had been wounded.", 1550,
		  "2024-12-16" },
		/* a day on from the one named */
		{ "Kyiv's army said on Monday that 2,000 North Korean "
		  "soldiers had been killed. A day later, Seoul's spy agency "
		  "told lawmakers that 1,750 North Korean soldiers had been "
		  "wounded.", 1750, "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_an_opening_of_meanwhile_or_of_an_event(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv's army said on Tuesday that 2,000 North Korean "
		  "soldiers had been killed. At the same time, Seoul's spy "
		  "agency said 1,600 North Korean soldiers had been "
		  "wounded.", 1600, "" },
		{ "Kyiv's army said on Tuesday that 2,000 North Korean "
		  "soldiers had been killed. At the time, Seoul's spy agency "
		  "said 1,650 North Korean soldiers had been wounded.", 1650,
		  "" },
		/* no statement in the sentence: the day of an event */
		{ "Kyiv's army said on Tuesday that 2,000 North Korean "
		  "soldiers had been killed. On the same day, 1,680 North "
		  "Korean soldiers crossed into Kursk.", 1680, "" },
		/* a day on from publication is no day of saying */
		{ "Seoul's spy agency said today that 2,000 North Korean "
		  "soldiers had been killed. The next day, Kyiv said 1,690 "
		  "North Korean soldiers had been wounded.", 1690, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_read_a_day_and_month_written_as_numbers(void **state)
{
	static const struct date_row rows[] = {
		/* day-month and month-day: the one on or before
		 * publication, the nearer */
		{ "Seoul's spy agency stated on 16/12 that 1,100 North Korean "
		  "soldiers had been killed or wounded.", 1100, "2024-12-16" },
		{ "Seoul's spy agency stated on 12/16 that 1,200 North Korean "
		  "soldiers had been killed or wounded.", 1200, "2024-12-16" },
		{ "Seoul's spy agency stated on 3/12 that 1,250 North Korean "
		  "soldiers had been killed or wounded.", 1250, "2024-12-03" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_read_numbers_with_a_slash_as_a_date_elsewhere(void **state)
{
	static const struct date_row rows[] = {
		/* not after "on" */
		{ "Seoul said 1,000 North Korean soldiers guard the "
		  "border 24/7.", 1000, "" },
		{ "Seoul said 1,050 North Korean soldiers, 3/4 of them "
		  "conscripts, were wounded.", 1050, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_as_at_today_and_verbs_of_confirming(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv's army spokesman said: \"As at today (Tuesday), 2,700 "
		  "North Korean soldiers have been killed in Kursk.\"", 2700,
		  "2024-12-17" },
		{ "South Korea's spy agency on Monday backed up Kyiv's account "
		  "that 3,000 North Korean soldiers had been killed or "
		  "wounded.", 3000, "2024-12-16" },
		{ "Seoul's spy agency on Wednesday corroborated Kyiv's report "
		  "of 3,100 North Korean soldiers killed or wounded.", 3100,
		  "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_as_at_a_counts_own_day(void **state)
{
	static const struct date_row rows[] = {
		/* the count's date, not the day it was given */
		{ "As at December 16, 700 North Korean soldiers remained in "
		  "Kursk, Seoul's spy agency said.", 700, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_the_figures_of_a_document_introduced_with_its_day(void **state)
{
	static const struct date_row rows[] = {
		/* cited after: "according to the report" */
		{ "Late on Monday, Kyiv's military intelligence published a "
		  "report on the fighting in Kursk.\n"
		  "About 2,300 North Korean soldiers have been killed, "
		  "according to the report.", 2300, "2024-12-16" },
		/* its day after the noun, the figure cited by "the" noun */
		{ "Seoul's spy agency put out a brief update on Tuesday.\n"
		  "\"Some 1,900 North Korean soldiers have been wounded,\" "
		  "the update says.", 1900, "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_by_a_document_not_cited_or_of_its_own_statement(
    void **state)
{
	static const struct date_row rows[] = {
		/* the figure does not cite it and names no source of it */
		{ "Late on Monday, Kyiv's military intelligence published a "
		  "report on the fighting in Kursk.\n"
		  "Some 2,400 North Korean soldiers have been killed.", 2400,
		  "" },
		/* a date far from the noun is another thing's */
		{ "Rights groups published a report about the battles that "
		  "raged near the village on Monday.\n"
		  "About 2,500 North Korean soldiers died, according to the "
		  "report.", 2500, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_statement_by_the_sentence_pointing_back_to_it),
		cmocka_unit_test(
		    should_not_date_by_a_pointing_sentence_of_another_time),
		cmocka_unit_test(
		    should_date_an_opening_that_points_back_to_the_day_before),
		cmocka_unit_test(
		    should_not_date_an_opening_of_meanwhile_or_of_an_event),
		cmocka_unit_test(should_read_a_day_and_month_written_as_numbers),
		cmocka_unit_test(
		    should_not_read_numbers_with_a_slash_as_a_date_elsewhere),
		cmocka_unit_test(should_date_as_at_today_and_verbs_of_confirming),
		cmocka_unit_test(should_not_date_as_at_a_counts_own_day),
		cmocka_unit_test(
		  should_date_the_figures_of_a_document_introduced_with_its_day),
		cmocka_unit_test(
		  should_not_date_by_a_document_not_cited_or_of_its_own_statement),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
