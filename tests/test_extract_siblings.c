/*
 * test_extract_siblings.c - a claim the date rules left undated takes
 * the date of an earlier claim of its own sentence and source when the
 * words between the two figures go on in one clause chain ("rose to 300
 * on Monday, with another 2,700 wounded"); not across a word opening
 * another clause ("while", "as", "after"), not from another source,
 * not when the earlier claims give two days, and not from nothing.
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
#include "carry.h"

#define PUB "2024-12-19"	/* a Thursday */

static void
should_date_the_figures_that_go_on_from_a_dated_one(void **state)
{
	static const struct date_row rows[] = {
		{ "The count of North Korean soldiers killed in Kursk "
		  "climbed to 300 on Monday, with another 2,700 wounded.",
		  2700, "2024-12-16" },
		{ "The toll among North Korean troops rose to 1,100 on "
		  "Wednesday, with 2,300 more wounded and 40 captured.", 2300,
		  "2024-12-18" },
		{ "The toll among North Korean troops rose to 1,100 on "
		  "Wednesday, with 2,300 more wounded and 40 captured.", 40,
		  "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_carry_a_date_past_another_clause_or_between_two_days(
    void **state)
{
	static const struct date_row rows[] = {
		/* a word opening another clause, of another time */
		{ "North Korean losses in Kursk reached 900 dead on Monday, "
		  "while 1,500 soldiers were wounded in earlier fighting.",
		  1500, "" },
		{ "North Korean dead in Kursk rose to 800 on Monday, as 2,100 "
		  "more soldiers were wounded.", 2100, "" },
		/* the earlier figures give two days */
		{ "The number of North Korean soldiers killed in Kursk rose "
		  "to 350 on Monday and to 420 on Tuesday, with 1,900 "
		  "wounded.", 1900, "" },
		/* no dated figure before it: nothing to carry */
		{ "Ukrainian officials put the North Korean dead at 1,000 by "
		  "Tuesday evening, including about 200 officers.", 200, "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

/* A claim of the sentence made by hand: figure at [at, at + len). */
static struct claim *
add(struct claimset *cs, const char *source, size_t at, size_t len,
    const char *date)
{
	struct claim *cl = claimset_add(cs);

	cl->source = source != NULL ? xstrdup(source) : NULL;
	cl->sent_start = 0;
	cl->num_start = at;
	cl->num_end = at + len;
	strcpy(cl->claim_date, date);
	return cl;
}

static void
should_carry_only_within_one_source(void **state)
{
	static const char text[] =
	    "Kyiv counted 300 dead on Monday, with 900 wounded and 40 "
	    "missing.";
	struct claimset cs;

	(void)state;
	claimset_init(&cs);
	add(&cs, "Ukraine", 13, 3, "2024-12-16");
	add(&cs, "South Korea", 38, 3, "");	/* another source's */
	add(&cs, "Ukraine", 54, 2, "");		/* the same source's */
	carry_siblings(text, &cs, 0);
	assert_string_equal(cs.v[1].claim_date, "");
	assert_string_equal(cs.v[2].claim_date, "2024-12-16");
	claimset_release(&cs);

	/* unattributed goes with unattributed (NULL or named so) */
	claimset_init(&cs);
	add(&cs, NULL, 13, 3, "2024-12-16");
	add(&cs, "unattributed", 38, 3, "");
	add(&cs, "Ukraine", 54, 2, "");
	carry_siblings(text, &cs, 0);
	assert_string_equal(cs.v[1].claim_date, "2024-12-16");
	assert_string_equal(cs.v[2].claim_date, "");
	claimset_release(&cs);

	/* a later dated figure gives nothing to an earlier one */
	claimset_init(&cs);
	add(&cs, "Ukraine", 13, 3, "");
	add(&cs, "Ukraine", 38, 3, "2024-12-16");
	carry_siblings(text, &cs, 0);
	assert_string_equal(cs.v[0].claim_date, "");
	claimset_release(&cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_the_figures_that_go_on_from_a_dated_one),
		cmocka_unit_test(
	should_not_carry_a_date_past_another_clause_or_between_two_days),
		cmocka_unit_test(should_carry_only_within_one_source),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
