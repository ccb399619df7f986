/*
 * test_extract_round23_figs.c - which figures are claims, round 23. A
 * number after a capitalized designator names a body, as "Unit 29155"
 * does: a union's "Local 612", a police "Precinct 9". The people such a
 * body counts are still claims.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2024-11-20"

static const char tracker_text[] =
	"[tracker]\nname = postal strike\nsubject =\n"
	"[nouns]\ncounted = workers, members, carriers, employees\n"
	"[subjects]\ncues = strike, union, picket line\n"
	"[quantity strikers]\ndefault = yes\n"
	"triggers = on strike, walked off, striking\n"
	"[quantity members]\ntriggers = represents, members\n";

#include "text_tracker.h"

static void
should_not_count_the_number_of_a_union_local(void **state)
{
	static const double none[] = { 0 };
	static const double members[] = { 300 };

	(void)state;
	check_claim_values(tr, PUB, NULL, "Union of Postal Workers Local "
	    "612 are seen on strike outside the post office.", none, 0);
	check_claim_values(tr, PUB, NULL, "Local 612 represents about 300 "
	    "workers in the district, all on strike.", members, 1);
	check_claim_values(tr, PUB, NULL, "Jeremy Thomas, president of "
	    "Union Local 820, says workers are glad to be out at the picket "
	    "line.", none, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_count_the_number_of_a_union_local),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
