/*
 * test_extract_quantity_choice.c - which of a tracker's quantities a
 * figure counts when several could (extract/quantity.c): a verb over the
 * counted noun, a part counted apart over its whole, the missing beside
 * the dead, a plan or a capture against a deployment.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2025-05-06"

/* A tracker of a crackdown, written for these tests. */
static const char crackdown_ini[] =
    "[tracker]\nname = Crackdown\nsubject =\n"
    "[nouns]\ncounted = people, detainees, protesters, children\n"
    "[subjects]\ncues = crackdown, protest, protests\n"
    "[quantity held]\ndefault = yes\n"
    "triggers = detained, arrested, held, in custody\n"
    "[quantity freed]\ntriggers = released, freed, set free\n"
    "[quantity dead]\ntriggers = killed, died, dead\n"
    "[quantity children_dead]\ntriggers = children killed, children died\n"
    "[quantity missing]\ntriggers = missing, unaccounted for\n"
    "[sources]\nMedics = medics\n";

static void
should_choose_the_verb_over_the_counted_noun(void **state)
{
	static const struct qcase v[] = {
		{ "After the protest, medics said 40 detainees were "
		  "released on Tuesday.", { "freed" } },
		{ "After the protest, medics said 40 protesters were "
		  "detained on Tuesday.", { "held" } },
	};
	struct tracker *t = tracker_parse(crackdown_ini, "crackdown");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, NELEM(v));
	tracker_free(t);
}

static void
should_choose_a_part_counted_apart_over_its_whole(void **state)
{
	static const struct qcase v[] = {
		{ "In the crackdown, medics said 12 children were killed "
		  "in the shelling.", { "children_dead" } },
		{ "In the crackdown, medics said 30 people were killed in "
		  "the shelling.", { "dead" } },
		{ "In the crackdown, medics said 30 people, including 12 "
		  "children, were killed.", { "dead", "children_dead" } },
	};
	struct tracker *t = tracker_parse(crackdown_ini, "crackdown");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, NELEM(v));
	tracker_free(t);
}

static void
should_choose_the_missing_beside_the_dead(void **state)
{
	static const struct qcase v[] = {
		{ "After the protest, medics said 15 people were still "
		  "missing and 9 had died.", { "missing", "dead" } },
		{ "After the protest, medics said 9 people died and 15 were "
		  "unaccounted for.", { "dead", "missing" } },
	};
	struct tracker *t = tracker_parse(crackdown_ini, "crackdown");

	(void)state;
	assert_non_null(t);
	check_quantities(t, PUB, v, NELEM(v));
	tracker_free(t);
}

static void
should_choose_a_plan_and_a_capture_against_a_deployment(void **state)
{
	static const struct qcase v[] = {
		{ "Seoul said Pyongyang could send 4,000 more North Korean "
		  "soldiers.", { "troops_planned" } },
		{ "Seoul said 4,000 North Korean soldiers were deployed to "
		  "Russia.", { "troops_deployed" } },
		{ "Kyiv said its forces captured 3 North Korean soldiers.",
		  { "casualties_captured" } },
		/* a plan already carried out is no plan */
		{ "Seoul said the 4,000 North Korean soldiers sent in March "
		  "were fighting.", { "troops_deployed" } },
	};

	(void)state;
	check_quantities(tr, PUB, v, NELEM(v));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_choose_the_verb_over_the_counted_noun),
		cmocka_unit_test(
		    should_choose_a_part_counted_apart_over_its_whole),
		cmocka_unit_test(should_choose_the_missing_beside_the_dead),
		cmocka_unit_test(
		    should_choose_a_plan_and_a_capture_against_a_deployment),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
