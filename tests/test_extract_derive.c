/*
 * test_extract_derive.c - a user's tracker read the way articles vary
 * its words (round 10): a noun trigger in its other number, a verb and
 * its "-ation" noun, a phrasal verb and its compound noun; figures a
 * transcript spells with hyphens ("eight-thousand-816"); the main verb
 * after a relative clause; a figure's verb after a verb of belief.
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

#define PUB "2025-05-12"

/* A nurses' strike with several quantities, as a user might write it. */
static const char nurses_ini[] =
    "[tracker]\nname = Nurses\nsubject =\n"
    "[nouns]\ncounted = nurses, midwives\n"
    "[subjects]\ncues = strike, walkout, nurses\n"
    "[quantity striking]\ndefault = yes\ntriggers = on strike, striking\n"
    "[quantity walked]\ntriggers = walked out\n"
    "[quantity resigned]\ntriggers = resigned\n"
    "[quantity ordered]\ntriggers = back-to-work order, sanctions\n"
    "[quantity left]\ntriggers = evacuations\n"
    "[quantity marched]\ntriggers = marched, joined the march\n"
    "nouns = marchers\n"
    "[sources]\nUnion = nurses' union\n";

/* A flood's toll. */
static const char flood_ini[] =
    "[tracker]\nname = Flood\nsubject =\n"
    "[nouns]\ncounted = people, residents, villagers\n"
    "[subjects]\ncues = flood, floods\n"
    "[quantity dead]\ndefault = yes\ntriggers = killed, dead, died\n"
    "[quantity rescued]\ntriggers = rescued, airlifted\n"
    "[sources]\nAgency = disaster agency\n";

#define LEAD "Nurses strike for a third day\n\nThe strike by nurses went on.\n"

static void
should_read_a_noun_trigger_in_its_other_number(void **state)
{
	static const struct qcase v[] = {
		{ LEAD "The hospital issued back-to-work orders to 300 "
		    "nurses on Monday.", { "ordered", NULL } },
		{ LEAD "The board imposed a sanction on 45 nurses who "
		    "stayed away.", { "ordered", NULL } },
	};

	(void)state;
	check_ini_quantities(nurses_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_read_a_verb_trigger_as_its_noun_and_back(void **state)
{
	static const struct qcase v[] = {
		{ LEAD "About 120 nurses handed in their resignations.",
		    { "resigned", NULL } },
		{ LEAD "About 80 midwives were evacuated from the ward.",
		    { "left", NULL } },
		{ LEAD "The walkout of 450 nurses closed two wards.",
		    { "walked", NULL } },
	};

	(void)state;
	check_ini_quantities(nurses_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_make_no_claim_by_a_derived_form_alone(void **state)
{
	struct tracker *t = tracker_parse(nurses_ini, "t");
	static const double none[1];

	(void)state;
	assert_non_null(t);
	/* a form read only for the quantity: no count of nurses here */
	check_claim_values(t, PUB, NULL, LEAD "The union printed 300 "
	    "resignation letters.", none, 0);
	check_claim_values(t, PUB, NULL, LEAD "The walkouts closed 12 "
	    "wards in 4 cities.", none, 0);
	tracker_free(t);
}

static void
should_read_digits_ending_a_spelled_out_figure(void **state)
{
	struct tracker *t = tracker_parse(nurses_ini, "t");
	static const double a[] = { 8816 }, b[] = { 2040 }, c[] = { 7000 };
	static const double none[1];

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, LEAD "The ministry said "
	    "eight-thousand-816 nurses were on strike.", a, 1);
	check_claim_values(t, PUB, NULL, LEAD "Some two-thousand-40 "
	    "midwives walked out.", b, 1);
	check_claim_values(t, PUB, NULL, LEAD "Some seven-thousand nurses "
	    "walked out.", c, 1);
	/* digits after a unit or after "hundred" are no part of it */
	check_claim_values(t, PUB, NULL, LEAD "Ward seven-11 was shut.",
	    none, 0);
	tracker_free(t);
}

static void
should_read_the_main_verb_after_a_relative_clause(void **state)
{
	static const struct qcase v[] = {
		{ "Floods hit the valley\n\nThe floods went on.\nOfficials "
		    "said 900 villagers, including 300 children, who had "
		    "been stranded on rooftops for two days were airlifted.",
		    { "rescued", "rescued", NULL } },
		{ "Floods hit the valley\n\nThe floods went on.\nOfficials "
		    "said 500 residents who were cut off by the water were "
		    "rescued.", { "rescued", NULL } },
		/* the relative clause's own trigger still wins */
		{ "Floods hit the valley\n\nThe floods went on.\nOfficials "
		    "said 40 villagers who were rescued on Monday were "
		    "taken to a school.", { "rescued", NULL } },
	};

	(void)state;
	check_ini_quantities(flood_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_read_a_figures_verb_after_a_verb_of_belief(void **state)
{
	static const struct qcase v[] = {
		{ LEAD "Some 3,000 people were thought to have joined the "
		    "march.", { "marched", NULL } },
		{ LEAD "About 2,000 people are believed to have marched.",
		    { "marched", NULL } },
	};
	struct tracker *t = tracker_parse(nurses_ini, "t");
	static const double none[1];

	(void)state;
	check_ini_quantities(nurses_ini, PUB, v, sizeof(v) / sizeof(*v));
	assert_non_null(t);
	/* a belief about people the tracker does not follow */
	check_claim_values(t, PUB, NULL, LEAD "Some 3,000 people were "
	    "thought to live in the valley.", none, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_noun_trigger_in_its_other_number),
		cmocka_unit_test(
		    should_read_a_verb_trigger_as_its_noun_and_back),
		cmocka_unit_test(should_make_no_claim_by_a_derived_form_alone),
		cmocka_unit_test(
		    should_read_digits_ending_a_spelled_out_figure),
		cmocka_unit_test(
		    should_read_the_main_verb_after_a_relative_clause),
		cmocka_unit_test(
		    should_read_a_figures_verb_after_a_verb_of_belief),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
