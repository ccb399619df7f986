/*
 * test_extract_recall.c - missed figures: the safety net under the claim
 * rules (a bare figure a few tokens from a counted noun or trigger of
 * the tracker, in its clause), and what it must leave alone: years,
 * money, percentages, ages, "N times", durations, distances, road and
 * rank numbers, counts of other things.
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

#define PUB "2025-03-10"

/* A tracker of a cyclone's toll, in its own words. */
static const char cyclone_ini[] =
    "[tracker]\nname = Cyclone\nsubject =\n"
    "[nouns]\ncounted = people, residents, villagers, bodies\n"
    "[subjects]\ncues = cyclone, storm surge, landslides\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, toll\n"
    "nouns = deaths\n"
    "[quantity injured]\ntriggers = injured, hurt, wounded\n"
    "[quantity displaced]\ntriggers = displaced, evacuated, shelters\n";

/* A tracker of a city's marches. */
static const char march_ini[] =
    "[tracker]\nname = Marches\nsubject =\n"
    "[nouns]\ncounted = people, protesters, marchers\n"
    "[subjects]\ncues = march, marches, protest, rally\n"
    "[quantity turnout]\ndefault = yes\n"
    "triggers = marched, rallied, gathered, turnout, crowd\n"
    "[quantity arrests]\ntriggers = arrested, detained, arrests\n"
    "nouns = arrests\n";

static void
check_cyclone(const char *text, const double *want, size_t nwant)
{
	struct tracker *t = tracker_parse(cyclone_ini, "cyclone");

	check_claim_values(t, PUB, "Cyclone hits the coast", text, want,
	    nwant);
	tracker_free(t);
}

static void
check_march(const char *text, const double *want, size_t nwant)
{
	struct tracker *t = tracker_parse(march_ini, "marches");

	check_claim_values(t, PUB, "Marches fill the capital", text, want,
	    nwant);
	tracker_free(t);
}

/* A bare figure whose verb is no trigger, near the trigger's noun. */
static void
should_count_a_bare_figure_near_a_trigger(void **state)
{
	static const double one[] = { 37 };
	static const double two[] = { 412, 96 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The toll in the delta stood at 412 on Monday, and the "
	    "injured numbered 96.\n", two, 2);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Among the dead, 37 came from fishing villages.\n", one, 1);
}

/* A lone figure in brackets after the measured noun. */
static void
should_count_a_bracketed_figure_after_the_toll(void **state)
{
	static const double two[] = { 815, 230 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The northern district has the highest toll (815), followed "
	    "by the coast (230).\n", two, 2);
}

/* A figure whose "of" phrase names the counted ones. */
static void
should_count_a_figure_before_of_and_its_noun(void **state)
{
	static const double one[] = { 40 };

	(void)state;
	check_march("The march went ahead.\n"
	    "Police said 40 of the protesters would be charged.\n", one, 1);
}

/*
 * A breakdown written as prose: a noun made from a trigger ("injuries"
 * of "injured") counts the figures before it, "respectively" lists.
 */
static void
should_count_a_breakdown_with_nouns_made_from_triggers(void **state)
{
	static const double two[] = { 120, 460 };
	static const double three[] = { 75, 31, 88 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The eastern district counts 120 deaths and 460 injuries.\n",
	    two, 2);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The two islands report 75 deaths each and 31 and 88 injuries "
	    "respectively.\n", three, 3);
}

/*
 * Headlines: the figure first before the present tense of the tracker's
 * verb ("22 More Die", "Thousands Rally", "Hundreds flee"), or as the
 * object ("March draws 90,000"); a headline line further down the body
 * before its story.
 */
static void
should_count_headline_figures(void **state)
{
	static const double one[] = { 22 };
	static const double vague[] = { NAN };
	static const double two[] = { 90000 };
	static const double mid[] = { 300, 12 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Coastal Villages: 22 More Die As Waters Rise.\n", one, 1);
	check_march("The march went ahead.\n"
	    "Tens of thousands hold marches in three cities.\n", vague, 1);
	check_march("The protest went ahead.\n"
	    "March draws 90,000.\n", two, 1);
	check_march("The protest went ahead on Saturday in the capital and "
	    "in the port.\n"
	    "Arrests pass 300 as the protest goes on\n"
	    "Police said on Sunday that 12 more people had been arrested "
	    "overnight.\n", mid, 2);
	/* Not a headline's verb: a noun and a past verb, a compound. */
	check_march("The march went ahead.\n"
	    "Forty buses arrived from the north.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Some 300 boats reached the shelters by night.\n", NULL, 0);
}

/* "the N figure", "a cautious N estimate": the figure's own noun names
 * it as a count. */
static void
should_count_a_figure_named_as_a_count(void **state)
{
	static const double one[] = { 6000 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Aid groups call the 6,000 figure far too low.\n", one, 1);
	check_march("The march went ahead.\n"
	    "Police gave a cautious 6,000 estimate on Sunday.\n", one, 1);
}

/* A list of kinds of the counted whole, after an item just claimed:
 * "310 children, 120 women, 45 elderly". */
static void
should_count_the_items_of_a_list(void **state)
{
	static const double four[] = { 310, 120, 45, 200 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead included 310 children, 120 residents, 45 elderly, and "
	    "200 fishermen.\n", four, 4);
	/* no claim before it: the list counts other things */
	check_cyclone("The cyclone struck on Sunday.\n"
	    "It flattened 310 huts, 120 barns and 45 schools.\n", NULL, 0);
	/* "N more" of another thing after a claim */
	check_cyclone("The cyclone struck on Sunday.\n"
	    "It killed 12 villagers, and 80 more boats sank.\n",
	    (const double[]){ 12 }, 1);
}

/* A plural noun for people the tracker does not list, before its
 * trigger: "9 officers were hurt". */
static void
should_count_people_of_a_kind_the_tracker_does_not_list(void **state)
{
	static const double one[] = { 9 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The port authority said 9 nurses were hurt.\n", one, 1);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Officials said 31 aid workers were hurt.\n",
	    (const double[]){ 31 }, 1);
	/* the figure's own verb after it names its kind */
	{
		struct tracker *t = tracker_parse(cyclone_ini, "cyclone");
		struct claimset cs;

		claimset_init(&cs);
		extract_text(t, "t", PUB, "The cyclone struck on Sunday.\n"
		    "Some 57 people died and 31 aid workers were hurt.\n",
		    &cs);
		assert_int_equal(cs.n, 2);
		check_str("quantity", cs.v[1].quantity, "injured",
		    "31 aid workers were hurt");
		claimset_release(&cs);
		tracker_free(t);
	}
	/* helpers named by a trigger: "rescue workers" */
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Some 900 rescue workers searched for the dead.\n", NULL, 0);
	/* no trigger near: the nurses are only there */
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The clinic kept 9 nurses on duty through the night.\n", NULL,
	    0);
}

/* "several" before a participle is a vague count; before a noun or a
 * scale word it is what it was. */
static void
should_read_several_before_a_participle(void **state)
{
	static const double vague[] = { NAN };

	(void)state;
	check_march("The march went ahead.\n"
	    "Turnout grows, several arrested as marches spread\n"
	    "Police said the crowd was calm on the whole, with no damage "
	    "reported in the centre.\n", vague, 1);
	check_march("The march went ahead.\n"
	    "The crowd marched past several embassies.\n", NULL, 0);
	check_march("The march went ahead.\n"
	    "Police detained several hundred protesters.\n", vague, 1);
}

/* The "-ing" form of a trigger before the figure, and a label with a
 * colon: "killing 40", "Injured: 120". */
static void
should_count_after_an_ing_form_or_a_label(void **state)
{
	static const double one[] = { 40 };
	static const double two[] = { 45, 120 };

	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "It was the 3rd worst storm on record, killing 40.\n", one, 1);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Killed: 45. Injured: 120.\n", two, 2);
}

/* "between A & B" is a range, as "between A and B". */
static void
should_read_a_range_joined_by_an_ampersand(void **state)
{
	static const double one[] = { 65000 };

	(void)state;
	check_march("The march went ahead.\n"
	    "Between 30,000 & 100,000 people marched on Sunday.\n", one, 1);
}

/* A bare figure after a count of a named group the tracker does not
 * follow is of that group: no claim. */
static void
should_not_count_a_bare_figure_after_a_rival_group(void **state)
{
	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Officials said 30 Britons on the ferry died at sea, while at "
	    "least 12 have been hurt.\n", NULL, 0);
}

/* What the net must leave alone. */
static void
should_not_count_years_money_ages_or_measures(void **state)
{
	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The toll was the worst since 2019, officials said.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The toll could cost the region $300 in lost wages a head.\n",
	    NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Deaths rose 12% on the previous storm.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Among the dead was Rahman, 34, a fisherman.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead were aged between 4 and 81.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The toll has doubled 3 times since the storm surge.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Rescuers searched for 36 hours before the toll was known.\n",
	    NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead were found 15 km inland.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Bodies were found along Route 9 near the coast.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The toll ranks No. 3 among the region's storms.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The injured were taken to 14 hospitals.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The storm surge destroyed 300 of the houses where the dead "
	    "lived.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Officials opened 12 more shelters for the displaced.\n", NULL,
	    0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "A 7.5 magnitude quake added to the toll.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead came from a town with a population of 90,000.\n",
	    NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead were found after four and a half hours.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Hundreds of rescue workers searched for the dead.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Rescuers saved a family of five from the storm surge.\n", NULL,
	    0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead were buried on June 9 and 16.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "At 3 p.m. the toll was announced by officials.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "The dead were flown out on flight 370.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Some 40 per cent of the dead were children.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Nearly 2 in 3 of the displaced are children.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Winds of 250 km/h killed many.\n", NULL, 0);
	check_cyclone("The cyclone struck on Sunday.\n"
	    "He was one of the dead.\n", NULL, 0);
	/* a projection: the net reads no kind for it */
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Officials expected 2,000 to reach the shelters by night.\n",
	    NULL, 0);
}

/* Far from any tracker word, or in another clause: no claim. */
static void
should_not_count_a_figure_far_from_the_tracker_words(void **state)
{
	(void)state;
	check_cyclone("The cyclone struck on Sunday.\n"
	    "Of the 14 boats that set out, the harbour master counted "
	    "the dead.\n", NULL, 0);
	check_march("The march went ahead.\n"
	    "The route ran past 6 embassies; the crowd was calm.\n", NULL, 0);
}

/* The net leaves a bare figure whose own word is a state the tracker
 * does not follow ("with six more missing" when nobody counts the
 * missing); the rules take it when the tracker does. */
static void
should_not_net_a_state_the_tracker_does_not_follow(void **state)
{
	(void)state;
	check_cyclone("The cyclone killed about 40 villagers, with six more "
	    "missing.", (const double[]){ 40 }, 1);
	check_cyclone("The cyclone killed about 40 villagers, with six more "
	    "injured.", (const double[]){ 40, 6 }, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_a_bare_figure_near_a_trigger),
		cmocka_unit_test(
		    should_count_a_bracketed_figure_after_the_toll),
		cmocka_unit_test(
		    should_count_a_figure_before_of_and_its_noun),
		cmocka_unit_test(
		    should_count_a_breakdown_with_nouns_made_from_triggers),
		cmocka_unit_test(should_count_headline_figures),
		cmocka_unit_test(should_count_a_figure_named_as_a_count),
		cmocka_unit_test(should_count_the_items_of_a_list),
		cmocka_unit_test(should_read_a_range_joined_by_an_ampersand),
		cmocka_unit_test(should_count_after_an_ing_form_or_a_label),
		cmocka_unit_test(should_read_several_before_a_participle),
		cmocka_unit_test(
		    should_count_people_of_a_kind_the_tracker_does_not_list),
		cmocka_unit_test(
		    should_not_count_a_bare_figure_after_a_rival_group),
		cmocka_unit_test(
		    should_not_count_years_money_ages_or_measures),
		cmocka_unit_test(
		    should_not_count_a_figure_far_from_the_tracker_words),
		cmocka_unit_test(
		    should_not_net_a_state_the_tracker_does_not_follow),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
