/*
 * test_extract_sides.c - figures that are not claims of their own, or
 * whose reading changes, by what stands beside them: a figure written
 * again in brackets ("twenty-four (24)") is one claim; "from A to B"
 * after a verb of change is the earlier level and the new one, not a
 * range; under a tracker of one kind of people (soldiers), a count of
 * civilians ("8,000 labourers") and the losses of another side ("the
 * Chadian army lost 900 men") are no claims; nor is a part of a group
 * already counted that is only cared for or moved ("20 of the survivors
 * are being treated"); a trigger verb before a figure whose head noun
 * names a state ("rescued 60 passengers") gives its quantity, and so
 * does the main verb after a relative clause ("men who survived ...
 * were detained").
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

#define PUB "2025-06-11"

/* A tracker of a riot's dead and injured, in its own words. */
static const char riot_ini[] =
    "[tracker]\nname = Riots\nsubject =\n"
    "[nouns]\ncounted = people, protesters, demonstrators\n"
    "[subjects]\ncues = riots, unrest, protests\n"
    "[quantity killed]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll\n"
    "[quantity injured]\ntriggers = injured, wounded, hurt\n"
    "[quantity arrested]\ntriggers = arrested, arrests, detained\n"
    "nouns = arrests\n";

/* A tracker of one country's soldiers abroad, with a subject. */
static const char legion_ini[] =
    "[tracker]\nname = Ruritanian soldiers abroad\nsubject = Ruritanian\n"
    "place = Borduria\n"
    "[nouns]\ncounted = troops, soldiers, fighters, men\n"
    "[subjects]\ncues = Ruritanian, Ruritania, Ruritania's\n"
    "[quantity deployed]\ndefault = yes\n"
    "triggers = deployed, sent, dispatched, stationed\n"
    "[quantity casualties]\n"
    "triggers = casualties, lost, losses, killed or wounded\n"
    "nouns = casualties\n";

static struct tracker *
parse(const char *ini)
{
	struct tracker *t = tracker_parse(ini, "sides");

	assert_non_null(t);
	return t;
}

/* The quantities of an article's claims are want, in order. */
static void
check_text_quantities(const struct tracker *t, const char *text,
    const char *const *want, size_t nwant)
{
	struct claimset cs;
	size_t i;

	claimset_init(&cs);
	extract_text(t, "t", PUB, text, &cs);
	if (cs.n != nwant)
		fail_msg("%zu claims, expected %zu, in: %s", cs.n, nwant, text);
	for (i = 0; i < cs.n; i++)
		check_str("quantity", cs.v[i].quantity, want[i], text);
	claimset_release(&cs);
}

/* A figure written in words and again in digits in brackets is one
 * claim, read with the words after the brackets; figures in brackets
 * that repeat nothing (a place's part) stay their own. */
static void
should_claim_a_figure_repeated_in_brackets_once(void **state)
{
	struct tracker *t = parse(riot_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "During the riots twenty-four (24) "
	    "people died and one hundred and twelve (112) were injured.",
	    (const double[]){ 24, 112 }, 2);
	check_text_quantities(t, "During the riots twenty-four (24) people died "
	    "and one hundred and twelve (112) were injured.",
	    (const char *const[]){ "killed", "injured" }, 2);
	check_claim_values(t, PUB, NULL, "Police said 58 (fifty-eight) "
	    "protesters were arrested during the unrest.",
	    (const double[]){ 58 }, 1);
	/* negative: another figure in brackets is no repeat */
	check_claim_values(t, PUB, NULL, "During the riots 30 people died, "
	    "more than last year (21).", (const double[]){ 30, 21 }, 2);
	check_claim_values(t, PUB, NULL, "Deaths in the unrest were "
	    "reported in Eastport (12) and Millbrook (5).",
	    (const double[]){ 12, 5 }, 2);
	tracker_free(t);
}

/* "from A to B" after a verb of change gives the earlier level and the
 * new one; without one it is a range. */
static void
should_read_a_change_from_one_level_to_another(void **state)
{
	struct tracker *t = parse(riot_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "New reports raised the death toll "
	    "of the riots from 41 to 47.", (const double[]){ 41, 47 }, 2);
	check_claim_values(t, PUB, NULL, "The death toll of the unrest rose "
	    "from 12 to 15 overnight.", (const double[]){ 12, 15 }, 2);
	/* negative: a range */
	check_claim_values(t, PUB, NULL, "Officials said from 40 to 60 "
	    "people were killed in the riots.", (const double[]){ 50 }, 1);
	check_claim_values(t, PUB, NULL, "Estimates of the dead in the unrest "
	    "ranged from 40 to 60.", (const double[]){ 50 }, 1);
	tracker_free(t);
}

/* Under a tracker of soldiers, with no people in general among its
 * nouns, civilians sent or moved are another group. */
static void
should_not_count_civilians_as_soldiers(void **state)
{
	struct tracker *t = parse(legion_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "Ruritania has sent troops to "
	    "Borduria. About 8,000 labourers were also dispatched there.",
	    (const double[]){ 0 }, 0);
	check_claim_values(t, PUB, NULL, "Ruritania has sent troops to "
	    "Borduria. Some 2,500 construction workers have been sent.",
	    (const double[]){ 0 }, 0);
	/* negative: its soldiers, and civilians under a tracker of people */
	check_claim_values(t, PUB, NULL, "Ruritania has sent troops to "
	    "Borduria. About 8,000 soldiers were dispatched there.",
	    (const double[]){ 8000 }, 1);
	tracker_free(t);
	t = parse(riot_ini);
	check_claim_values(t, PUB, NULL, "In the riots 14 workers were "
	    "injured.", (const double[]){ 14 }, 1);
	tracker_free(t);
}

/* Under a tracker with a subject, the losses of another side named as
 * the subject of a verb of losses are not the subject's. */
static void
should_not_count_another_sides_losses(void **state)
{
	struct tracker *t = parse(legion_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "Ruritanian troops fight in "
	    "Borduria. The Bordurian army has suffered over 9,000 "
	    "casualties, officials said.", (const double[]){ 0 }, 0);
	check_claim_values(t, PUB, NULL, "Ruritanian troops fight in "
	    "Borduria. Syldavia lost about 600 soldiers.",
	    (const double[]){ 0 }, 0);
	/* negative: the subject's own losses; a verb of saying */
	check_claim_values(t, PUB, NULL, "Ruritanian troops fight in "
	    "Borduria. Ruritanian forces have suffered 700 casualties.",
	    (const double[]){ 700 }, 1);
	check_claim_values(t, PUB, NULL, "Ruritanian troops fight in "
	    "Borduria. Ruritanian forces have lost 300 soldiers in Klow.",
	    (const double[]){ 300 }, 1);
	check_claim_values(t, PUB, NULL, "Ruritanian troops fight in "
	    "Borduria. Bordurian officers said 450 Ruritanian soldiers were "
	    "killed or wounded.", (const double[]){ 450 }, 1);
	tracker_free(t);
}

/* A ferry's sinking: those on board, saved and dead. */
static const char ferry_ini[] =
    "[tracker]\nname = Ferry\nsubject =\n"
    "[nouns]\ncounted = people, passengers, survivors, migrants\n"
    "[subjects]\ncues = ferry, sinking, capsized\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = dead, died, drowned, bodies\n"
    "[quantity rescued]\ntriggers = rescued, saved, survivors\n"
    "[quantity on_board]\ntriggers = on board, aboard, passengers\n";

/* A part of a group already counted ("N of the survivors") whose
 * predicate is only care or moving is no claim, unless the tracker
 * counts that care; other parts stay. */
static void
should_not_count_a_part_only_cared_for(void **state)
{
	struct tracker *t = parse(ferry_ini);

	(void)state;
	check_claim_values(t, PUB, NULL, "After the ferry capsized, 31 of "
	    "the rescued migrants were being treated in hospital.",
	    (const double[]){ 0 }, 0);
	check_claim_values(t, PUB, NULL, "After the sinking, 15 of the "
	    "survivors and passengers were transferred to a camp.",
	    (const double[]){ 0 }, 0);
	/* negative: a part with its own trigger; the group itself */
	check_claim_values(t, PUB, NULL, "After the ferry capsized, 9 of the "
	    "passengers drowned.", (const double[]){ 9 }, 1);
	check_claim_values(t, PUB, NULL, "After the ferry capsized, 40 "
	    "survivors were treated in hospital.", (const double[]){ 40 }, 1);
	tracker_free(t);
	t = parse("[tracker]\nname = Hurt\nsubject =\n"
	    "[nouns]\ncounted = people, protesters\n"
	    "[subjects]\ncues = riots\n"
	    "[quantity injured]\ndefault = yes\n"
	    "triggers = injured, treated, hurt\n");
	check_claim_values(t, PUB, NULL, "After the riots, 31 of the "
	    "protesters were treated in hospital.", (const double[]){ 31 }, 1);
	tracker_free(t);
}

/* A trigger verb whose object is the figure says what befell people
 * its head noun names by another state ("saved 60 passengers"). */
static void
should_read_the_verb_before_a_noun_of_state(void **state)
{
	struct tracker *t = parse(ferry_ini);

	(void)state;
	check_text_quantities(t, "When the ferry capsized, fishermen rescued 60 "
	    "passengers.", (const char *const[]){ "rescued" }, 1);
	check_text_quantities(t, "When the ferry capsized, a trawler managed to "
	    "save 25 passengers.", (const char *const[]){ "rescued" }, 1);
	/* negative: no verb before, or a trigger inside the phrase */
	check_text_quantities(t, "The ferry that capsized carried 300 passengers.",
	    (const char *const[]){ "on_board" }, 1);
	check_text_quantities(t, "When the ferry capsized, 70 passengers were "
	    "rescued.", (const char *const[]){ "rescued" }, 1);
	tracker_free(t);
}

/* A ferry's crew and smugglers: arrests after a relative clause. */
static const char crew_ini[] =
    "[tracker]\nname = Ferry crew\nsubject =\n"
    "[nouns]\ncounted = people, men, migrants, passengers\n"
    "[subjects]\ncues = ferry, sinking\n"
    "[quantity rescued]\ndefault = yes\ntriggers = rescued, survived\n"
    "[quantity arrived]\ntriggers = arrived\n"
    "[quantity arrested]\ntriggers = arrested, detained\n";

/* A relative clause with a trigger only describes the counted; the main
 * verb after it, when it is a trigger, says what the figure counts. */
static void
should_read_the_main_verb_after_a_relative_clause(void **state)
{
	struct tracker *t = parse(crew_ini);

	(void)state;
	check_text_quantities(t, "After the sinking, seven men who survived the "
	    "wreck of the ferry off the cape were detained on Monday.",
	    (const char *const[]){ "arrested" }, 1);
	/* negative: a main verb that is no trigger; no main verb */
	check_text_quantities(t, "After the sinking, 40 migrants who arrived on "
	    "the island were housed in a school.",
	    (const char *const[]){ "arrived" }, 1);
	check_text_quantities(t, "After the sinking, police spoke to 12 men who "
	    "survived.", (const char *const[]){ "rescued" }, 1);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_claim_a_figure_repeated_in_brackets_once),
		cmocka_unit_test(
		    should_read_a_change_from_one_level_to_another),
		cmocka_unit_test(should_not_count_civilians_as_soldiers),
		cmocka_unit_test(should_not_count_another_sides_losses),
		cmocka_unit_test(should_not_count_a_part_only_cared_for),
		cmocka_unit_test(should_read_the_verb_before_a_noun_of_state),
		cmocka_unit_test(
		    should_read_the_main_verb_after_a_relative_clause),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
