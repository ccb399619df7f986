/*
 * test_extract_whatcounts.c - which numbers are claims (round 13), by
 * class: a figure that counts places, events or vehicles (its noun
 * phrase ends in "camps", "rallies", "flights", even after a tracker
 * word used as a modifier) is none; the population of a place or an
 * institution is none; a part of a whole written with its qualifier
 * ("N of over M <counted>") is a claim; digits with a glued million or
 * billion ("1.2M", "3bn") are read as the amount; "and N others",
 * "hundreds of others" after a claim count more of the same; rescue,
 * relief or riot workers and officers are counted only when a trigger
 * befalls them.
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

#define PUB "2025-06-02"

/* A tracker of people driven from their homes by a flood. */
static const char flood_ini[] =
    "[tracker]\nname = Flood\nsubject =\n"
    "[nouns]\ncounted = people, residents, evacuees, families, pupils\n"
    "expand = refugee\n"
    "[subjects]\ncues = flood, floods, river\n"
    "[quantity evacuated]\ndefault = yes\n"
    "triggers = evacuated, evacuation, relief centres, shelters\n"
    "nouns = evacuees\n"
    "[quantity missing]\ntriggers = missing, unaccounted for\n"
    "[quantity dead]\ntriggers = killed, died, dead\n"
    "[sources]\nAgency = relief agency\n";

/* A tracker of marchers at a day of protests. */
static const char march_ini[] =
    "[tracker]\nname = March\nsubject =\n"
    "[nouns]\ncounted = people, marchers, demonstrators\n"
    "[subjects]\ncues = march, marches, rally, rallies, protest\n"
    "[quantity turnout]\ndefault = yes\n"
    "triggers = marched, attended, turned out, joined, planned\n"
    "[sources]\nOrganisers = organisers\n";

static void
should_not_claim_a_count_of_places_events_or_vehicles(void **state)
{
	static const double people[] = { 20000 };
	static const double none[] = { 0 };
	static const double marchers[] = { 9000 };
	static const double vague[] = { NAN };
	struct tracker *f = tracker_parse(flood_ini, "f");
	struct tracker *m = tracker_parse(march_ini, "m");

	(void)state;
	assert_non_null(f);
	assert_non_null(m);
	/* a tracker word as the modifier of a place noun */
	check_claim_values(f, PUB, NULL, "The relief agency opened more "
	    "than 40 relief centres along the river, where 20,000 people "
	    "were evacuated.", people, 1);
	check_claim_values(f, PUB, NULL, "Eleven refugee camps now line "
	    "the valley road after the flood.", none, 0);
	check_claim_values(f, PUB, NULL, "Soldiers flew 25 evacuation "
	    "flights out of the flooded district.", none, 0);
	check_claim_values(f, PUB, NULL, "Floods cut off 30 villages in "
	    "the north.", none, 0);
	/* events: a subject cue or an adjective before them */
	check_claim_values(m, PUB, NULL, "Organisers counted about 1,800 "
	    "\"Stand Up\" rallies across the country.", none, 0);
	check_claim_values(m, PUB, NULL, "The marches spanned 300 to 400 "
	    "local events in every region.", none, 0);
	/* negatives: the people still counted */
	check_claim_values(m, PUB, NULL, "About 9,000 marchers attended "
	    "rallies in the capital, organisers said.", marchers, 1);
	check_claim_values(m, PUB, NULL, "Thousands attended rallies in "
	    "the capital, organisers said.", vague, 1);
	tracker_free(f);
	tracker_free(m);
}

static void
should_not_claim_the_population_of_a_place_or_institution(void **state)
{
	static const double missing[] = { 212 };
	static const double none[] = { 0 };
	struct tracker *f = tracker_parse(flood_ini, "f");

	(void)state;
	assert_non_null(f);
	check_claim_values(f, PUB, NULL, "The boarding school has a "
	    "population of 640 pupils, and 212 pupils are still missing "
	    "after the flood.", missing, 1);
	check_claim_values(f, PUB, NULL, "The flood reached a village with "
	    "a population of about 3,500 residents.", none, 0);
	check_claim_values(f, PUB, NULL, "Teachers put the population of "
	    "the hostel before the flood at roughly 400.", none, 0);
	tracker_free(f);
}

static void
should_claim_a_part_of_a_whole_written_with_its_qualifier(void **state)
{
	static const double part[] = { 150, 400 };
	static const double approx[] = { 2000, 9000 };
	static const double plain[] = { 80, 200 };
	struct tracker *f = tracker_parse(flood_ini, "f");

	(void)state;
	assert_non_null(f);
	check_claim_values(f, PUB, NULL, "By Friday, 150 of over 400 "
	    "families had been evacuated from the river bank.", part, 2);
	check_claim_values(f, PUB, NULL, "About 2,000 of the more than "
	    "9,000 residents were evacuated after the flood.", approx, 2);
	/* negative: a figure and a separate whole stay apart */
	check_claim_values(f, PUB, NULL, "The flood killed 80 people and "
	    "200 residents were evacuated.", plain, 2);
	tracker_free(f);
}

static void
should_read_a_glued_million_or_billion(void **state)
{
	static const double mil[] = { 1200000 };
	static const double bn[] = { 1000000000 };
	static const double kilo[] = { 4000 };
	static const double three[] = { 300 };
	static const double none[] = { 0 };
	struct tracker *f = tracker_parse(flood_ini, "f");

	(void)state;
	assert_non_null(f);
	check_claim_values(f, PUB, NULL, "Floods: 1.2M people evacuated "
	    "from the delta", mil, 1);
	check_claim_values(f, PUB, NULL, "The flood affected some 1bn "
	    "people, and they were evacuated.", bn, 1);
	check_claim_values(f, PUB, NULL, "River floods: 4k residents "
	    "evacuated overnight", kilo, 1);
	/* negatives: a length, a label and a model are no amounts */
	check_claim_values(f, PUB, NULL, "The river rose by 2m overnight "
	    "as 300 residents were evacuated.", three, 1);
	check_claim_values(f, PUB, NULL, "A 3m wave hit the shelters at "
	    "dawn.", none, 0);
	check_claim_values(f, PUB, NULL, "Pupils of class 4B were "
	    "evacuated by the flood crews.", none, 0);
	tracker_free(f);
}

static void
should_claim_others_of_the_count_just_claimed(void **state)
{
	static const double two[] = { 120, 9 };
	static const double vague2[] = { 3, NAN };
	static const double alone[] = { 0 };
	struct tracker *f = tracker_parse(flood_ini, "f");

	(void)state;
	assert_non_null(f);
	/* "N others" after a claim of the same sentence, any verb after */
	check_claim_values(f, PUB, NULL, "Boats carrying 120 evacuees and "
	    "9 others reached the shelters after the flood.", two, 2);
	/* "hundreds of others", "scores of others" */
	check_claim_values(f, PUB, NULL, "The flood killed 3 people and "
	    "scores of others fled the valley.", vague2, 2);
	/* negative: "others" with no count claimed before */
	check_claim_values(f, PUB, NULL, "Many of the others stayed behind "
	    "in the flood town.", alone, 0);
	tracker_free(f);
}

static void
should_not_claim_responders_unless_a_trigger_befalls_them(void **state)
{
	static const double none[] = { 0 };
	static const double killed[] = { 12 };
	static const double vague[] = { NAN };
	struct tracker *q = tracker_parse(
	    "[tracker]\nname = Quake\nsubject =\n"
	    "[nouns]\ncounted = people, workers, officers, residents\n"
	    "[subjects]\ncues = quake, earthquake\n"
	    "[quantity dead]\ndefault = yes\ntriggers = killed, died\n"
	    "[quantity injured]\ntriggers = injured, hurt\n"
	    "[sources]\nAgency = relief agency\n", "q");

	(void)state;
	assert_non_null(q);
	check_claim_values(q, PUB, NULL, "After the quake, about 3,000 rescue "
	    "workers, with dogs and cranes, combed the old town.", none, 0);
	check_claim_values(q, PUB, NULL, "The government flew in hundreds of "
	    "relief workers to help after the quake.", none, 0);
	/* a trigger in the clause or just before: they are counted */
	check_claim_values(q, PUB, NULL, "At least 12 rescue workers were "
	    "killed when an aftershock of the quake struck.", killed, 1);
	check_claim_values(q, PUB, NULL, "The quake injured dozens of relief "
	    "workers in the camps.", vague, 1);
	tracker_free(q);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_claim_a_count_of_places_events_or_vehicles),
		cmocka_unit_test(
		    should_not_claim_the_population_of_a_place_or_institution),
		cmocka_unit_test(
		    should_claim_a_part_of_a_whole_written_with_its_qualifier),
		cmocka_unit_test(should_read_a_glued_million_or_billion),
		cmocka_unit_test(
		    should_claim_others_of_the_count_just_claimed),
		cmocka_unit_test(
		    should_not_claim_responders_unless_a_trigger_befalls_them),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
