/*
 * test_extract_datefallback.c - the layer under the claim-date rules:
 * a date written in the figure's own sentence when no rule dates the
 * claim (a statement's day far from its verb or past a long speaker,
 * the day of a verb of stating whose object the figure is, "this
 * morning" inside a quote), unless it is plainly another's: a
 * clause of another event, the figure's own event with the statement
 * undated, a date naming an event, a coming day, a span's end, a
 * deadline, a dateline, a glued-on next sentence, another source's
 * statement.
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
should_date_a_claim_by_a_day_of_its_own_sentence(void **state)
{
	static const struct date_row rows[] = {
		/* the statement's day, far from its verb */
		{ "Ukraine's military intelligence said 2,500 North Korean "
		  "soldiers had been wounded, in an update to its channel "
		  "late on Monday.", 2500, "2024-12-16" },
		{ "\"The toll among North Korean troops in Kursk has risen to "
		  "3,200,\" said a spokesman for Ukraine's military "
		  "intelligence, Colonel Petro Marchenko, on Saturday.", 3200,
		  "2024-12-14" },
		{ "Zelensky spoke of \"more than 3,800 North Korean "
		  "casualties\" at a closed meeting of European leaders on "
		  "Tuesday.", 3800, "2024-12-17" },
		/* the figure a verb of stating gives, then that verb's day */
		{ "Ukraine's general staff confirmed 72 North Korean deaths "
		  "in Kursk late on Tuesday.", 72, "2024-12-17" },
		/* a speaker's own "this morning", inside the quote */
		{ "\"As of this morning, 1,200 North Korean soldiers have "
		  "been killed in Kursk,\" the official said.", 1200,
		  "2024-12-19" },
		/* "said after a ... session on Wednesday": when it was said */
		{ "Seoul's spy agency estimated that 1,100 North Korean "
		  "soldiers had been killed or wounded, lawmakers said after "
		  "a closed-door session on Wednesday.", 1100, "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_a_claim_by_a_day_that_is_plainly_another(void **state)
{
	static const struct date_row rows[] = {
		/* in a clause of another event, before the figure's verb */
		{ "The offensive that began on Monday has killed 200 North "
		  "Korean soldiers, the army said.", 200, "" },
		{ "After the assault failed on December 9, 450 North Korean "
		  "soldiers were reported missing, the army said.", 450, "" },
		/* the figure's own event, before or after it, with the
		 * statement's verb undated */
		{ "On Sunday, shelling killed 150 North Korean soldiers in "
		  "Kursk, Kyiv said.", 150, "" },
		{ "Kyiv said 9,000 North Korean troops reached Kursk on "
		  "Monday.", 9000, "" },
		{ "Ukraine's general staff confirmed 72 North Korean soldiers "
		  "were killed in Kursk late on Tuesday.", 72, "" },
		/* a date that names the event */
		{ "The December 2 offensive killed 400 North Korean "
		  "soldiers, the army said.", 400, "" },
		/* a coming day, though last year's would be past */
		{ "North Korea will send 6,000 more troops to Russia on "
		  "December 28, Seoul said.", 6000, "" },
		/* the ends of a span, a deadline */
		{ "Some 700 North Korean soldiers were killed in Kursk from "
		  "Monday to Wednesday, Kyiv said.", 700, "" },
		{ "North Korea must withdraw its 11,000 troops from Kursk by "
		  "Friday, Kyiv said.", 11000, "" },
		/* a dateline says when the copy was filed */
		{ "KYIV, Dec. 18 (Wire) - About 500 North Korean soldiers "
		  "were killed in Kursk, Ukraine's army said.", 500, "" },
		/* the next sentence, glued on by a missing space */
		{ "Kyiv said 800 North Korean soldiers died in Kursk.Officials "
		  "met on Monday.", 800, "" },
		/* the day of another source's statement */
		{ "On Tuesday, Zelensky said 4,000 North Korean soldiers had "
		  "been lost, above the 3,000 estimated by Seoul.", 3000, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_claim_by_a_day_of_its_own_sentence),
		cmocka_unit_test(
		    should_not_date_a_claim_by_a_day_that_is_plainly_another),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
