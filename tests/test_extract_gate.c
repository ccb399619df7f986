/*
 * test_extract_gate.c - the claim gate, third round: a measured noun
 * linked to its figure by a verb of increase ("the toll rises above N")
 * or across a list of places, by "of" ("a toll of over N") or by a
 * qualifier ("the toll still above N"); a figure with no noun after the
 * tracker's verb ("killing hundreds,"); "N others" and "N more" of
 * the noun just named; a headline whose subject its lead names.
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

#define PUB "2024-12-19"

/* A tracker of a storm's toll, in its own words. */
static const char storm_ini[] =
    "[tracker]\nname = Storm\nsubject =\n"
    "[nouns]\ncounted = people, residents, victims, bodies\n"
    "[subjects]\ncues = storm, cyclone, hurricane, flooding\n"
    "[quantity killed]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, toll, killing\n"
    "nouns = deaths, dead\n"
    "[quantity injured]\ntriggers = injured, wounded\n"
    "[quantity displaced]\ntriggers = displaced, evacuated, homeless\n"
    "[sources]\nRed Cross = Red Cross\n";

/* The figures the text gives, in order: values (NAN for vague). */
static void
check_values(const struct tracker *t, const char *title, const char *text,
    const double *want, size_t nwant)
{
	check_claim_values(t, PUB, title, text, want, nwant);
}

static void
should_link_a_measured_noun_by_a_verb_of_increase(void **state)
{
	static const double one[] = { 2300 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "The cyclone's toll climbs above 2,300.", one, 1);
	check_values(t, NULL, "The death toll of the storm has soared above "
	    "2,300 by now.", one, 1);
	check_values(t, NULL, "The storm toll jumped to 2,300 overnight.",
	    one, 1);
	/* Names listed with a comma stay in the noun's clause. */
	check_values(t, NULL, "Toll from the storm in Fiji, Tonga rises to "
	    "2,300; rescuers dig on.", one, 1);
	/* A clause of its own after a comma is another thing. */
	check_values(t, NULL, "The storm toll is unclear, prices rose to "
	    "2,300 dollars.", none, 0);
	check_values(t, NULL, "After the storm, sales rose to 2,300 in "
	    "March.", none, 0);
	tracker_free(t);
}

static void
should_count_a_bare_figure_after_the_trackers_verb(void **state)
{
	static const double two[] = { 120, 900 };
	static const double vague[] = { NAN };
	static const double one[] = { 120 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "The hurricane has killed at least 120 and "
	    "injured about 900 across the islands.", two, 2);
	check_values(t, NULL, "The cyclone struck at dawn, killing dozens, "
	    "flattening homes.", vague, 1);
	check_values(t, NULL, "The storm has displaced 120 since Friday.", one,
	    1);
	/* A noun of its own after the figure counts something else. */
	check_values(t, NULL, "The storm killed 120 cattle on the farms.",
	    none, 0);
	check_values(t, NULL, "Flooding evacuated 12 hospitals in the "
	    "south.", none, 0);
	/* A year is no count. */
	check_values(t, NULL, "The storm was the deadliest since the cyclone "
	    "that killed in 1999.", none, 0);
	tracker_free(t);
}

static void
should_link_a_measured_noun_by_of_or_a_qualifier(void **state)
{
	static const double one[] = { 2300 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "A storm toll of over 2,300 would make it the "
	    "worst on record.", one, 1);
	check_values(t, NULL, "Officials gave a figure of 2,300 for the "
	    "storm.", one, 1);
	check_values(t, NULL, "Red Cross says storm toll still above 2,300 "
	    "but many are unnamed", one, 1);
	check_values(t, NULL, "The death toll from the storm has risen to "
	    "2,300, officials said.", one, 1);
	/* The measured word must stand right before "of", and the figure
	 * must not count a noun of its own. */
	check_values(t, NULL, "The toll of the storm on 2,300 farms is "
	    "unknown.", none, 0);
	check_values(t, NULL, "The storm's toll of 2,300 houses was "
	    "counted.", none, 0);
	tracker_free(t);
}

static void
should_count_others_and_more_of_the_noun_just_named(void **state)
{
	static const double two[] = { 40, 300 };
	static const double vague[] = { 40, NAN };
	static const double one[] = { 40 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "The storm killed 40 people, with about 300 "
	    "others injured.", two, 2);
	check_values(t, NULL, "The storm killed 40 people on the coast. "
	    "Hundreds more are feared dead inland.", vague, 2);
	/* "more" or "others" before a noun of their own count that noun. */
	check_values(t, NULL, "The storm killed 40 people, and 300 more "
	    "houses were lost.", one, 1);
	check_values(t, NULL, "The storm killed 40 people. Days later, 300 "
	    "more volunteers arrived.", one, 1);
	tracker_free(t);
}

static void
should_read_a_headline_in_the_subject_of_its_lead(void **state)
{
	static const double one[] = { 300 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "At least 300 dead as aid teams arrive\n"
	    "Rescuers dig through the ruins left by the cyclone.\n", one, 1);
	/* No subject in the lead: the figure is about something else. */
	check_values(t, NULL, "At least 300 dead as aid teams arrive\n"
	    "Rescuers dig through the ruins of the town.\n"
	    "The roads are closed.\n", none, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_link_a_measured_noun_by_a_verb_of_increase),
		cmocka_unit_test(
		    should_count_a_bare_figure_after_the_trackers_verb),
		cmocka_unit_test(
		    should_link_a_measured_noun_by_of_or_a_qualifier),
		cmocka_unit_test(
		    should_count_others_and_more_of_the_noun_just_named),
		cmocka_unit_test(
		    should_read_a_headline_in_the_subject_of_its_lead),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
