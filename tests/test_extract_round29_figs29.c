/*
 * test_extract_round29_figs29.c - figures missed, round 29: a count
 * whose noun the tracker's list does not name though it counts it.
 *
 * "Three men were detained": men, women and individuals are people, so
 * a tracker counting "people" counts them; the singular only after
 * "one", and "girls" or "boys" are left to the tracker's own list.
 *
 * "Six of the protesters were detained": a part of a whole written
 * with "the" and no figure of its own counts what the whole counts;
 * "one of the protesters" names a member and is no count.
 *
 * "Two critically injured protesters": an adverb in "-ly" before an
 * adjective is one of the noun's modifiers, not the end of the phrase.
 *
 * "A quarter of a million": a fraction before "of a million" is the
 * part of it the figure is, not a million.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-03-10"

#include "unrest_tracker.h"

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t n)
{
	check_claim_values(tr, PUB, NULL, text, want, n);
}

static void
should_count_men_and_women_as_people(void **state)
{
	static const double three[] = { 3 }, one[] = { 1 }, two[] = { 2 },
	    fourteen[] = { 14 }, both[] = { 12, 9 };

	(void)state;
	check_values("Three men were detained in the crackdown on the "
	    "protests.", three, 1);
	check_values("Police said one woman was killed in the unrest.", one,
	    1);
	check_values("In the crackdown, 12 men and 9 women were arrested "
	    "by police.", both, 2);
	check_values("Police said 14 individuals were detained in the "
	    "crackdown.", fourteen, 1);
	check_values("Two men, aged 30 and 41, were arrested during the "
	    "protests.", two, 1);
}

static void
should_not_count_a_single_man_or_girls(void **state)
{
	(void)state;
	/* "a man" is someone in the story, not a figure */
	check_values("Police said a man was detained in the crackdown on "
	    "the protests.", NULL, 0);
	/* children are left to the tracker's own list */
	check_values("Three girls were hurt in the unrest, police said.",
	    NULL, 0);
}

static void
should_count_a_part_of_the_counted_whole(void **state)
{
	static const double six[] = { 6 }, forty[] = { 40 };

	(void)state;
	check_values("Six of the recorded deaths were caused by tear gas "
	    "during the unrest, police said.", six, 1);
	check_values("At least 40 of the confirmed deaths occurred in the "
	    "capital during the protests.", forty, 1);
}

static void
should_not_count_one_of_the_whole_or_uncounted_parts(void **state)
{
	(void)state;
	check_values("One of the protesters told reporters the unrest "
	    "would go on.", NULL, 0);
	check_values("Five of the buildings burned during the unrest.", NULL,
	    0);
}

static void
should_read_a_fraction_of_a_million(void **state)
{
	static const double quarter[] = { 250000 }, three[] = { 750000 },
	    twothirds[] = { 2e6 / 3 }, million[] = { 1e6 };

	(void)state;
	check_values("Police said a quarter of a million protesters were "
	    "detained in the crackdown.", quarter, 1);
	check_values("Nearly three quarters of a million people were "
	    "detained in the crackdown.", three, 1);
	check_values("About two-thirds of a million people were detained "
	    "in the crackdown.", twothirds, 1);
	check_values("A quarter million people were detained in the "
	    "crackdown.", quarter, 1);
	/* a quarter that is no fraction of the figure */
	check_values("In the first quarter, a million people were detained "
	    "in the crackdown.", million, 1);
}

static void
should_read_an_adverb_before_the_adjective(void **state)
{
	static const double two[] = { 2 }, many[] = { 31 };

	(void)state;
	check_values("Police said two more critically injured protesters "
	    "died on Sunday in the unrest.", two, 1);
	check_values("Officers detained 31 mostly foreign students during "
	    "the protests.", many, 1);
	/* "early" is no adverb of the noun's adjective */
	check_values("The early arrests of the crackdown came on Monday.",
	    NULL, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_men_and_women_as_people),
		cmocka_unit_test(should_not_count_a_single_man_or_girls),
		cmocka_unit_test(should_count_a_part_of_the_counted_whole),
		cmocka_unit_test(
		    should_not_count_one_of_the_whole_or_uncounted_parts),
		cmocka_unit_test(should_read_a_fraction_of_a_million),
		cmocka_unit_test(should_read_an_adverb_before_the_adjective),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
