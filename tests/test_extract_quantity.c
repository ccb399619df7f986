/*
 * test_extract_quantity.c - which of the tracker's quantities a figure
 * counts: coordinated triggers read as the tracker's combined quantity,
 * the verb of the figure's own clause over a participle or a verb of
 * belief, and the verb of another subject left alone.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"

/* A tracker of a shipwreck, with a combined quantity of its own. */
static const char wreck_ini[] =
    "[tracker]\nname = Wreck\nsubject =\n"
    "[nouns]\ncounted = people, passengers, migrants\n"
    "[subjects]\ncues = boat, shipwreck, sank\n"
    "[quantity aboard]\ndefault = yes\ntriggers = aboard, carrying\n"
    "[quantity dead]\ntriggers = died, dead, drowned\n"
    "[quantity missing]\ntriggers = missing, unaccounted for, went missing\n"
    "[quantity rescued]\ntriggers = rescued, saved\n"
    "[quantity dead_missing]\ntriggers = dead or missing\n"
    "[sources]\nCoastguard = coastguard\n";

static void
should_read_coordinated_triggers_as_the_combined_quantity(void **state)
{
	static const struct qcase v[] = {
		{ "Seoul said 1,500 North Korean soldiers were wounded or "
		  "killed near Kursk.", { "casualties" } },
		{ "Kyiv said 900 North Korean soldiers had been killed, "
		  "wounded or captured.", { "casualties" } },
		{ "About 700 North Korean Troops Killed, Wounded Near "
		  "Kursk", { "casualties" } },
		{ "Kyiv said 300 North Korean soldiers were dead or "
		  "injured.", { "casualties" } },
		/* one trigger alone keeps its own quantity */
		{ "Kyiv said 450 North Korean soldiers were wounded near "
		  "Kursk.", { "casualties_wounded" } },
		/* two verbs of two figures are no coordination */
		{ "Kyiv said 200 North Korean soldiers were killed and 600 "
		  "wounded.", { "casualties_killed", "casualties_wounded" } },
	};

	(void)state;
	check_quantities(tr, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_read_a_combined_quantity_only_when_the_tracker_has_one(void **state)
{
	static const struct qcase v[] = {
		{ "After the boat sank, the coastguard said 60 migrants "
		  "were missing or dead.",
		  { "dead_missing" } },
		{ "After the boat sank, the coastguard said 45 passengers "
		  "died or went missing.", { "dead_missing" } },
		/* rescued and dead combine into nothing the tracker has */
		{ "After the boat sank, the coastguard said 80 migrants "
		  "were rescued or dead.",
		  { "rescued" } },
	};
	struct tracker *t = tracker_parse(wreck_ini, "wreck");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_take_the_verb_of_the_figures_own_clause(void **state)
{
	static const struct qcase v[] = {
		/* a participle on the noun, then the main verb */
		{ "About 600 North Korean soldiers sent to the front in "
		  "Kursk are believed to have been killed, Seoul said.",
		  { "casualties_killed" } },
		{ "Some 400 North Korean soldiers deployed near Kursk were "
		  "thought to have been captured, Kyiv said.",
		  { "casualties_captured" } },
		/* the second subject's verb is not the first's */
		{ "Kyiv said 150 North Korean soldiers died and hundreds "
		  "more were feared wounded.",
		  { "casualties_killed", "casualties_wounded" } },
	};

	(void)state;
	check_quantities(tr, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_read_a_hedged_verb_in_another_tracker(void **state)
{
	static const struct qcase v[] = {
		{ "After the boat sank, the coastguard said 30 "
		  "passengers were feared drowned.",
		  { "dead" } },
		{ "After the boat sank, the coastguard said 120 "
		  "migrants were presumed missing.", { "missing" } },
		/* no trigger after the verb of belief: the default */
		{ "The coastguard said 500 migrants were believed to "
		  "be on the boat that sank.", { "aboard" } },
	};
	struct tracker *t = tracker_parse(wreck_ini, "wreck");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

/* A tracker of people fleeing a war, whose refugees flee "to". */
static const char flight_ini[] =
    "[tracker]\nname = Flight\nsubject =\n"
    "[nouns]\ncounted = people, civilians, families\n"
    "[subjects]\ncues = war, fighting\n"
    "[quantity displaced]\ndefault = yes\ntriggers = displaced, fled\n"
    "[quantity refugees]\ntriggers = fled to, fled into, crossed into\n"
    "[sources]\nUN = UN\n";

static void
should_read_a_verb_and_its_particle_around_the_object(void **state)
{
	static const struct qcase v[] = {
		{ "The UN said 30,000 people had fled Ruritania to "
		  "neighbouring states since the war began.",
		  { "refugees" } },
		{ "The UN said 12,000 civilians fled from the capital into "
		  "Freedonia after the fighting.", { "refugees" } },
		/* no particle after the object: the verb alone */
		{ "The UN said 8,000 people fled the fighting in the "
		  "capital.", { "displaced" } },
		/* a particle of another clause is not the verb's */
		{ "The UN said 5,000 families fled, and aid was sent to "
		  "the camps after the war.", { "displaced" } },
	};
	struct tracker *t = tracker_parse(flight_ini, "flight");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

/* A tracker of a strike, whose union's members are a quantity. */
static const char strike_ini[] =
    "[tracker]\nname = Strike\nsubject =\n"
    "[nouns]\ncounted = workers, members, people\n"
    "[subjects]\ncues = strike, walkout, union\n"
    "[quantity strikers]\ndefault = yes\n"
    "triggers = on strike, walked out\n"
    "[quantity represented]\ntriggers = members, employed, represents\n"
    "[sources]\nUnion = union\n";

static void
should_count_a_part_by_its_verb_and_a_whole_by_its_noun(void **state)
{
	static const struct qcase v[] = {
		/* the part's clause names no trigger: the default, not
		 * the whole's noun */
		{ "The walkout drew about 3,400 of the union's 52,000 "
		  "members.", { "strikers", "represented" } },
		/* the part's verb comes after the whole's participle */
		{ "Some 6,000 of the 48,000 union members employed by the "
		  "carmaker are on strike.", { "strikers", "represented" } },
		/* no partitive: the noun itself still counts */
		{ "The union said it has 52,000 members.",
		  { "represented" } },
	};
	struct tracker *t = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_count_an_added_figure_as_the_one_before_it(void **state)
{
	static const struct qcase v[] = {
		{ "Kyiv said 500 North Korean soldiers were wounded, in "
		  "addition to 40 officers.",
		  { "casualties_wounded", "casualties_wounded" } },
		{ "Kyiv said 300 North Korean soldiers had been captured, "
		  "including 25 officers.",
		  { "casualties_captured", "casualties_captured" } },
		/* its own trigger after it wins */
		{ "Seoul put North Korean casualties at 900, including at "
		  "least 80 killed.", { "casualties", "casualties_killed" } },
	};

	(void)state;
	check_quantities(tr, PUB, v, sizeof(v) / sizeof(*v));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_coordinated_triggers_as_the_combined_quantity),
		cmocka_unit_test(
		    should_read_a_combined_quantity_only_when_the_tracker_has_one),
		cmocka_unit_test(should_take_the_verb_of_the_figures_own_clause),
		cmocka_unit_test(should_read_a_hedged_verb_in_another_tracker),
		cmocka_unit_test(
		    should_read_a_verb_and_its_particle_around_the_object),
		cmocka_unit_test(
		    should_count_a_part_by_its_verb_and_a_whole_by_its_noun),
		cmocka_unit_test(
		    should_count_an_added_figure_as_the_one_before_it),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
