/*
 * test_extract_round25_date25.c - claim dates of round 25: a date
 * opening the sentence whose statement is given by a verb of giving or
 * updating ("On Monday, an officer gave reporters a toll of ...",
 * "updated its count"), by a passive verb of stating after the figure
 * ("On Monday, 300 casualties were reported"), or by a verb of stating
 * before "the figure of" ("gave the figure of 2,500 on Sunday"); "the
 * prior day" as "the previous day", but not after a verb of the event
 * ("died a day earlier"); a dateline's date, also after a bracketed
 * country ("Kyiv [Ukraine], December 19 (ANI):"), is the copy's; a date
 * signing a quoted post ("(@handle) December 17, 2024"); a statement's
 * date by its word of stating before another event's date in its words.
 * With negatives: the counted event's own day.
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
should_date_a_fronted_day_by_a_verb_of_giving(void **state)
{
	static const struct date_row rows[] = {
		{ "On Monday, however, a Ukrainian officer gave reporters a "
		  "toll of 1,200 North Korean soldiers killed in Kursk.",
		  1200, "2024-12-16" },
		{ "On Tuesday, Seoul's spy agency updated its count, "
		  "reporting that 1,100 North Korean soldiers had been "
		  "wounded in Kursk.", 1100, "2024-12-17" },
		/* the day of the counted event */
		{ "On Monday, shelling killed 40 North Korean soldiers in "
		  "Kursk.", 40, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_a_fronted_day_by_a_passive_verb_of_stating(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "On Monday, 300 North Korean casualties were reported in "
		  "Kursk.", 300, "2024-12-16" },
		{ "North Korean troops fought in Kursk.\n"
		  "On Monday, 310 North Korean casualties had been reported "
		  "in Kursk.", 310, "2024-12-16" },
		/* a verb of the event: its day */
		{ "North Korean troops fought in Kursk.\n"
		  "On Monday, 320 North Korean soldiers were killed in "
		  "Kursk.", 320, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_by_a_verb_of_stating_before_the_figure_of(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "A Ukrainian commander gave the figure of 2,500 on Sunday, "
		  "two days after the assault.", 2500, "2024-12-15" },
		{ "North Korean troops fought in Kursk.\n"
		  "Kyiv's army has declared a total number of 900 North "
		  "Korean casualties on December 16.", 900, "2024-12-16" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_read_the_prior_day_but_not_an_events_day_before(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv's army said on Wednesday that 500 North Korean "
		  "soldiers were wounded in Kursk, up from 400 the prior "
		  "day.", 400, "2024-12-17" },
		/* the deaths a day earlier, told on Wednesday */
		{ "Kyiv's army said on Wednesday that 30 North Korean "
		  "soldiers died a day earlier in Kursk.", 30, "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_by_the_statement_not_the_dateline(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv [Ukraine], December 19 (ANI): Ukraine's army on "
		  "Tuesday said 3,000 North Korean soldiers were killed or "
		  "wounded in Kursk.", 3000, "2024-12-17" },
		{ "Kyiv, December 19 (ANI): Ukraine's army on Tuesday said "
		  "3,100 North Korean soldiers were killed or wounded in "
		  "Kursk.", 3100, "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_a_quoted_post_by_its_signature(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "We count 200 North Korean soldiers killed in Kursk this "
		  "week — Defence Ministry (@DefenceU) December 17, 2024",
		  200, "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_fronted_day_by_a_verb_of_giving),
		cmocka_unit_test(
		    should_date_a_fronted_day_by_a_passive_verb_of_stating),
		cmocka_unit_test(
		    should_date_by_a_verb_of_stating_before_the_figure_of),
		cmocka_unit_test(
		    should_read_the_prior_day_but_not_an_events_day_before),
		cmocka_unit_test(
		    should_date_by_the_statement_not_the_dateline),
		cmocka_unit_test(
		    should_date_a_quoted_post_by_its_signature),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
