/*
 * test_extract_measured.c - the claim gate, measured nouns: "the number
 * who <tracker verb>" as a measure, "reached a (new) record N", a
 * measure linked by ", which was N", a lone bracketed figure after a
 * time phrase in a comparison, and no year taken for a figure; "put
 * the number at N"; the subject named in the lead sentence.
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
#include "default_tracker.h"

#define PUB "2025-03-11"

/* A tracker of visitors to a fair, in its own words. */
static const char fair_ini[] =
    "[tracker]\nname = Fair\nsubject =\n"
    "[nouns]\ncounted = visitors, guests, people\n"
    "[subjects]\ncues = fair, exhibition, expo\n"
    "[quantity visits]\ndefault = yes\n"
    "triggers = visited, attended, came through the gates\n"
    "[sources]\nOrganisers = organisers\n";

/* The figures the text gives, in order. */
static void
check_values(const struct tracker *t, const char *text, const double *want,
    size_t nwant)
{
	check_claim_values(t, PUB, NULL, text, want, nwant);
}

static void
should_link_the_number_who_did_the_tracked_thing(void **state)
{
	static const double one[] = { 8400 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(fair_ini, "fair");

	(void)state;
	assert_non_null(t);
	check_values(t, "At the fair, the number who came through the gates "
	    "on Sunday reached a record 8,400.", one, 1);
	check_values(t, "At the fair, the number who attended on Sunday "
	    "reached a new record 8,400.", one, 1);
	/* "number who" with no verb of the tracker is no measure. */
	check_values(t, "At the fair, the number who complained about the "
	    "queues reached a record 8,400.", none, 0);
	tracker_free(t);
}

static void
should_link_a_measure_by_which_was(void **state)
{
	static const double one[] = { 7100 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(fair_ini, "fair");

	(void)state;
	assert_non_null(t);
	check_values(t, "The expo grew on the tally kept last spring, which "
	    "was 7,100.", one, 1);
	/* A year is no figure, even after a measured noun. */
	check_values(t, "The first year the expo's tally passed a million "
	    "was 2019.", none, 0);
	check_values(t, "The fair's best year for visitors, which was 2019, "
	    "is long gone.", none, 0);
	tracker_free(t);
}

static void
should_read_a_bracketed_figure_after_a_time_phrase(void **state)
{
	static const double three[] = { 9000, 7600, 6900 };
	static const double one[] = { 9000 };
	struct tracker *t = tracker_parse(fair_ini, "fair");

	(void)state;
	assert_non_null(t);
	check_values(t, "So far 9,000 visitors have attended the fair. That "
	    "is 18% more than at this stage last year (7,600) and well above "
	    "the same week in 2021 (6,900).", three, 3);
	/* No comparison: a bracketed count of something else. */
	check_values(t, "So far 9,000 visitors have attended the fair. The "
	    "stalls opened late last month (40).", one, 1);
	/* Money and words in brackets are no figure of the measure. */
	check_values(t, "So far 9,000 visitors have attended the fair. "
	    "Tickets cost 10% more than last year ($12).", one, 1);
	check_values(t, "So far 9,000 visitors have attended the fair. "
	    "That is more than in a report published in 2023 (2,000 "
	    "pages).", one, 1);
	tracker_free(t);
}

static void
should_link_a_number_put_at_a_figure(void **state)
{
	static const double two[] = { 5000, 6200 };
	static const double one[] = { 5000 };
	struct tracker *t = tracker_parse(fair_ini, "fair");

	(void)state;
	assert_non_null(t);
	check_values(t, "About 5,000 visitors attended the fair on Friday. "
	    "Organisers had earlier put the number at 6,200 although "
	    "gate counts differed.", two, 2);
	/* "at" a place with a noun of its own is no figure. */
	check_values(t, "About 5,000 visitors attended the fair on Friday. "
	    "Organisers put the number at 6 stands too low.", one, 1);
	tracker_free(t);
}

static void
should_keep_the_subject_of_the_lead_sentence(void **state)
{
	static const double one[] = { 900 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(fair_ini, "fair");

	(void)state;
	assert_non_null(t);
	check_values(t, "The town's spring fair closed on Sunday.\n"
	    "The weather was kind.\nStalls sold out early.\n"
	    "Parking was scarce.\nBuses ran late.\n"
	    "Some 900 visitors attended on the last day.\n", one, 1);
	/* A lead that names nothing of the tracker gives no topic. */
	check_values(t, "The town's council met on Sunday.\n"
	    "The weather was kind.\nStalls sold out early.\n"
	    "Parking was scarce.\nBuses ran late.\n"
	    "Some 900 visitors attended on the last day.\n", none, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_link_the_number_who_did_the_tracked_thing),
		cmocka_unit_test(should_link_a_measure_by_which_was),
		cmocka_unit_test(
		    should_read_a_bracketed_figure_after_a_time_phrase),
		cmocka_unit_test(should_link_a_number_put_at_a_figure),
		cmocka_unit_test(should_keep_the_subject_of_the_lead_sentence),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
