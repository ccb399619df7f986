/*
 * test_extract_steps.c - figures that count a step of what is done with
 * people already counted, not a count the tracker follows: the dead
 * named or examined after the toll ("140 have been identified", "12
 * bodies remain unidentified", "post-mortems were carried out on 88"),
 * while the toll beside them, a tracker that counts that step itself,
 * and bodies still to be named (more dead, not yet counted) stay claims;
 * and a place's population ("a province of 2 million people") or a
 * firm's workforce ("employs 9,000 staff"), which count nobody the
 * story befell.
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

#define PUB "2025-05-02"

/* A tracker of a landslide's toll, in its own words. */
static const char slide_ini[] =
    "[tracker]\nname = Landslide\nsubject =\n"
    "[nouns]\ncounted = people, persons, residents, victims, bodies\n"
    "[subjects]\ncues = landslide, mudslide, collapse\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, toll, bodies\n"
    "triggers = deceased, fatalities\n"
    "nouns = deaths, fatalities, victims\n"
    "[quantity missing]\ntriggers = missing, unaccounted for\n";

/* A tracker that counts the naming of the dead itself. */
static const char naming_ini[] =
    "[tracker]\nname = Naming\nsubject =\n"
    "[nouns]\ncounted = people, victims, bodies\n"
    "[subjects]\ncues = landslide\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll\n"
    "[quantity named]\ntriggers = identified\n";

/* An arrests tracker, where suspects are "identified". */
static const char riot_ini[] =
    "[tracker]\nname = Riots\nsubject =\n"
    "[nouns]\ncounted = people, suspects, rioters\n"
    "[subjects]\ncues = riots, disorder\n"
    "[quantity arrested]\ndefault = yes\n"
    "triggers = arrested, arrests, detained\n";

static struct tracker *
parse(const char *ini)
{
	struct tracker *t = tracker_parse(ini, "steps");

	assert_non_null(t);
	return t;
}

static void
should_not_count_the_dead_named_or_examined(void **state)
{
	struct tracker *t = parse(slide_ini);

	(void)state;
	/* a partitive's part that has been named */
	check_claim_values(t, PUB, NULL, "The death toll from the "
	    "landslide rose to 164, of which 140 have now been identified.",
	    (const double[]){ 164 }, 1);
	/* a noun, then "remain" and the negative */
	check_claim_values(t, PUB, NULL, "Rescuers said 12 bodies still "
	    "remain unidentified after the landslide.",
	    (const double[]){ 0 }, 0);
	/* the object of the examination */
	check_claim_values(t, PUB, NULL, "Of the 97 victims of the "
	    "landslide, post-mortems were carried out on 88.",
	    (const double[]){ 97 }, 1);
	/* "of those", a relative clause, a light verb */
	check_claim_values(t, PUB, NULL, "The landslide killed 57 people, "
	    "with 41 of those being positively identified.",
	    (const double[]){ 57 }, 1);
	check_claim_values(t, PUB, NULL, "Officials spoke of the 30 "
	    "deceased persons who have already undergone autopsy after "
	    "the landslide.", (const double[]){ 0 }, 0);
	check_claim_values(t, PUB, NULL, "After the landslide 75 "
	    "victims have had an autopsy and 60 are fully identified.",
	    (const double[]){ 0 }, 0);
	tracker_free(t);
}

static void
should_keep_counts_beside_or_before_the_naming(void **state)
{
	struct tracker *t = parse(slide_ini);

	(void)state;
	/* bodies still to be named are more dead, not a step */
	check_claim_values(t, PUB, NULL, "Another 300 bodies still have to "
	    "be identified after the landslide, officials said.",
	    (const double[]){ 300 }, 1);
	/* the toll and the missing beside the named */
	check_claim_values(t, PUB, NULL, "The landslide killed 88 people "
	    "and 15 remain missing.", (const double[]){ 88, 15 }, 2);
	tracker_free(t);
	/* a tracker that counts the naming keeps it */
	t = parse(naming_ini);
	check_claim_values(t, PUB, NULL, "After the landslide 140 victims "
	    "have been identified.", (const double[]){ 140 }, 1);
	tracker_free(t);
	/* arrests, and suspects identified after them: the arrests
	   stay, the words between them are no noun of the figure */
	t = parse(riot_ini);
	check_claim_values(t, PUB, NULL, "Since the riots police have made "
	    "1,150 arrests and identified more suspects.",
	    (const double[]){ 1150 }, 1);
	tracker_free(t);
}

/* A tracker of a storm's toll and evacuations. */
static const char storm_ini[] =
    "[tracker]\nname = Storm\nsubject =\n"
    "[nouns]\ncounted = people, residents, inhabitants\n"
    "[subjects]\ncues = typhoon, storm\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths\n"
    "[quantity evacuated]\ntriggers = evacuated, fled, evacuation\n"
    "[quantity turnout]\ntriggers = filled, flooded with, crowded\n";

static void
should_not_count_the_population_of_a_place(void **state)
{
	struct tracker *t = parse(storm_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "The typhoon struck the coast near "
	    "Danang, a city of roughly 1.2 million people, killing 14.",
	    (const double[]){ 14 }, 1);
	check_claim_values(t, PUB, NULL, "The storm flooded the delta "
	    "towns, one of the poorest regions in the country, with some "
	    "800,000 inhabitants.", (const double[]){ 0 }, 0);
	/* negative: people evacuated from a place, a place filled with
	   people (no aside), a shelter of people */
	check_claim_values(t, PUB, NULL, "About 40,000 residents of the "
	    "city were evacuated before the typhoon.",
	    (const double[]){ 40000 }, 1);
	check_claim_values(t, PUB, NULL, "After the storm the city was "
	    "crowded with about 20,000 people.",
	    (const double[]){ 20000 }, 1);
	tracker_free(t);
}

/* A tracker of a factory's job cuts. */
static const char cuts_ini[] =
    "[tracker]\nname = Cuts\nsubject =\n"
    "[nouns]\ncounted = workers, employees, staff, people, members\n"
    "[subjects]\ncues = layoffs, job cuts, plant\n"
    "[quantity layoffs]\ndefault = yes\n"
    "triggers = laid off, layoffs, lost their jobs\n"
    "[quantity strikers]\ntriggers = on strike, walked out\n";

/* A workforce, the object of a verb of having staff, counts nobody
 * laid off; those laid off, and a union's members who walk out, do. */
static void
should_not_count_a_workforce(void **state)
{
	struct tracker *t = parse(cuts_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "Before the layoffs the plant "
	    "employed roughly 9,000 staff.", (const double[]){ 0 }, 0);
	check_claim_values(t, PUB, NULL, "Before the layoffs the firm had "
	    "12,000 workers, and 800 workers were laid off.",
	    (const double[]){ 800 }, 1);
	/* negative */
	check_claim_values(t, PUB, NULL, "The plant laid off 1,400 workers "
	    "after the job cuts.", (const double[]){ 1400 }, 1);
	check_claim_values(t, PUB, NULL, "At the plant 5,000 members walked "
	    "out.", (const double[]){ 5000 }, 1);
	tracker_free(t);
}

/* A digit figure joined by a hyphen to its scale word, as some wires
 * write it: "12-hundred" is 1,200, as "25-thousand" is 25,000; not a
 * range of 12 to 100. */
static void
should_read_a_hyphened_hundred_as_one_figure(void **state)
{
	struct tracker *t = parse(slide_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "The landslide killed roughly "
	    "12-hundred people.", (const double[]){ 1200 }, 1);
	check_claim_values(t, PUB, NULL, "The landslide killed about "
	    "25-thousand people.", (const double[]){ 25000 }, 1);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_not_count_the_dead_named_or_examined),
		cmocka_unit_test(
		    should_keep_counts_beside_or_before_the_naming),
		cmocka_unit_test(should_not_count_the_population_of_a_place),
		cmocka_unit_test(should_read_a_hyphened_hundred_as_one_figure),
		cmocka_unit_test(should_not_count_a_workforce),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
