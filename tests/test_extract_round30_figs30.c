/*
 * test_extract_round30_figs30.c - figures a careful reader does not
 * count, round 30.
 *
 * "two out of three people", "one out of 10": the whole of a small
 * ratio is no count, as the 10 of "9 out of 10" is not; a large whole
 * ("out of 125 people") still is.
 *
 * "40 or 45 people", "two or three protesters": two figures joined by
 * "or" are one span of guesses, a range as "40 to 45" is, not two
 * counts.
 *
 * "on December 13, 14, 16 and 17": the later days of a list after its
 * month are days, not figures; a figure with a noun after a date ("on
 * March 3 and 4, 12 people") is still a count.
 *
 * "+44 20 7946 0123", "0800 123 4567": groups of digits after a "+" or
 * a group led by a nought are a telephone number, not a count.
 *
 * "..., said the baker Ana Ruiz, 45.": a small number closing the
 * sentence after a first name and surname is an age, as one between
 * commas there already was.
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
should_not_count_the_whole_of_a_small_ratio(void **state)
{
	static const double none[1];
	static const double whole[] = { 125, 32 };

	(void)state;
	check_values("In the worst-hit towns, two out of three people were "
	    "killed in the unrest.", none, 0);
	check_values("Doctors said one out of 10 people was killed in the "
	    "crackdown.", none, 0);
	check_values("Only 2 out of 5 protesters died in the unrest.", none, 0);
	/* a whole too big for a ratio is a count of its own */
	check_values("Out of 125 people killed in the unrest, 32 were "
	    "students.", whole, 2);
}

static void
should_read_two_figures_joined_by_or_as_a_range(void **state)
{
	static const double span[] = { 42.5 };
	static const double few[] = { 2.5 };
	static const double thousands[] = { 2500 };
	static const double more[] = { 12 };
	static const double one[] = { 14 };

	(void)state;
	check_values("About 40 or 45 people were killed in the protests.",
	    span, 1);
	check_values("Two or three protesters were killed in the unrest.",
	    few, 1);
	check_values("Some 2,000 or 3,000 people were killed in the unrest.",
	    thousands, 1);
	/* "or more", "or so" qualify one figure */
	check_values("They killed 12 or more protesters in the unrest.",
	    more, 1);
	check_values("Some 14 or so protesters were killed in the unrest.",
	    one, 1);
}

static void
should_read_a_list_of_days_after_a_month_as_days(void **state)
{
	static const double none[1];
	static const double twelve[] = { 12 };
	static const double both[] = { 12, 15 };

	(void)state;
	check_values("Protesters were killed in the unrest on May 3, 5, 8 and "
	    "9.", none, 0);
	check_values("Protesters were killed in the unrest on May 3, 5 and "
	    "9.", none, 0);
	/* a noun after the figure makes it a count */
	check_values("On May 3 and 4, 12 people were killed in the unrest.",
	    twelve, 1);
	check_values("On May 3, 12 people were killed in the unrest.",
	    twelve, 1);
	check_values("On May 3, 12 and 15 people were killed in the unrest.",
	    both, 2);
}

static void
should_not_count_a_telephone_number(void **state)
{
	static const double twelve[] = { 12 };
	static const double thousands[] = { 2500 };
	static const double none[1];

	(void)state;
	check_values("The hotline is +44 20 7946 0123, and 12 people were "
	    "killed in the unrest.", twelve, 1);
	check_values("Families may call 0800 123 4567 about the 12 people "
	    "killed in the unrest.", twelve, 1);
	check_values("Families may call 0800 123 4567 about the unrest.",
	    none, 0);
	/* space-grouped thousands with no nought or "+" stay a count */
	check_values("Police said 2 500 people were killed in the unrest.",
	    thousands, 1);
}

static void
should_read_a_number_closing_a_sentence_after_a_name_as_an_age(void **state)
{
	static const double ten[] = { 10 };
	static const double place[] = { 4, 10 };
	static const double none[1];

	(void)state;
	check_values("\"They killed 10 protesters in the unrest,\" said the "
	    "baker Ana Ruiz, 45.", ten, 1);
	check_values("\"Nobody was killed in the unrest,\" said the baker "
	    "Ana Ruiz, 45.", none, 0);
	/* a count after one name is a place's */
	check_values("Protesters killed in the unrest: 4 in Ostrava, 10.",
	    place, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_not_count_the_whole_of_a_small_ratio),
		cmocka_unit_test(
		    should_read_two_figures_joined_by_or_as_a_range),
		cmocka_unit_test(
		    should_read_a_list_of_days_after_a_month_as_days),
		cmocka_unit_test(should_not_count_a_telephone_number),
		cmocka_unit_test(
		    should_read_a_number_closing_a_sentence_after_a_name_as_an_age),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
