/*
 * test_extract_revisedate.c - the claim date of a count that a body
 * sets anew across the count's own words: "brought its count of X
 * down to N on Sunday", "raised the toll of X to N on Tuesday". The
 * day after the new level is the day it was given. With negatives: a
 * date in another clause after it, a number inside the words between,
 * a "to" that no revising verb governs.
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

/* The claim of value v in text (published PUB) is dated want ("" for
 * no date). */
static void
check_date(const char *text, double v, const char *want)
{
	check_claim_date(tr, PUB, NULL, text, v, want);
}

static void
should_date_a_count_set_anew_by_the_day_after_it(void **state)
{
	(void)state;
	/* the revised count's words between the verb and its level */
	check_date("Kyiv, which had first put the figure at 2,000, brought "
	    "its count of North Korean soldiers killed in the region down to "
	    "1,500 on Tuesday.", 1500, "2024-12-17");
	check_date("Kyiv, which had first put the figure at 2,000, raised "
	    "its count of North Korean soldiers killed near the border to "
	    "3,000 on Tuesday.", 3000, "2024-12-17");
	check_date("Kyiv, which had first put the figure at 2,000, brought "
	    "its count of North Korean soldiers killed in the region down to "
	    "1,500 on Monday night.", 1500, "2024-12-16");
}

static void
should_not_date_a_count_by_another_clause_or_count(void **state)
{
	(void)state;
	/* the day after belongs to another clause */
	check_date("Kyiv, which had first put the figure at 2,000, raised "
	    "its count of North Korean soldiers killed to 3,000 after the "
	    "assault that began on Tuesday.", 3000, "");
	check_date("Kyiv, which had first put the figure at 2,000, raised "
	    "its count of North Korean soldiers killed to 3,000 when the "
	    "assault ended on Tuesday.", 3000, "");
	/* "to" that no revising verb governs */
	check_date("Kyiv, which had first put the figure at 2,000, took the "
	    "count of North Korean soldiers killed to 3,000 in the fighting "
	    "on Tuesday.", 3000, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_count_set_anew_by_the_day_after_it),
		cmocka_unit_test(
		    should_not_date_a_count_by_another_clause_or_count),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
