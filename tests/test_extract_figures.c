/*
 * test_extract_figures.c - which figures are claims: a headline printed
 * again as the body's first line counts once; figures whose counted
 * noun is left out; the second and later figures of a sentence; and the
 * numbers that must not count (other events, capacities, rates).
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "sentences.h"
#include "tracker.h"
#include "extract_check.h"
#include "default_tracker.h"

#define PUB "2024-12-19"

/* A tracker of a flood's toll, in its own words. */
static const char flood_ini[] =
    "[tracker]\nname = Floods\nsubject =\n"
    "[nouns]\ncounted = people, residents, victims, bodies\n"
    "[subjects]\ncues = flood, floods, flooding, storm, dam\n"
    "[quantity killed]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, drowned\n"
    "nouns = deaths, dead\n"
    "[quantity missing]\ntriggers = missing, unaccounted for\n"
    "[quantity displaced]\ntriggers = displaced, evacuated, homeless\n"
    "[sources]\nRed Cross = Red Cross\nHealth ministry = health ministry\n";

/* The figures the text gives, in order: values (NAN for vague). */
static void
check_values(const struct tracker *t, const char *title, const char *text,
    const double *want, size_t nwant)
{
	check_claim_values(t, PUB, title, text, want, nwant);
}

static void
should_keep_the_headline_printed_again_in_the_body_once(void **state)
{
	static const char title[] =
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says";
	static const char body[] =
	    "Rescuers search the ruins on Monday in a photo.\n"
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says\n"
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says\n"
	    "The storm broke the dam overnight, the agency said.\n";
	static const char menu[] =
	    "Hundreds Of People Dead As Dam Bursts\n"
	    "The storm broke the dam overnight, the agency said.\n";
	static const double one[] = { NAN };
	struct tracker *t = tracker_parse(flood_ini, "floods");
	struct sentlist sl;

	(void)state;
	assert_non_null(t);
	check_values(t, title, body, one, 1);
	/* Without the title the same line is a heading of the page. */
	check_values(t, NULL, menu, one, 0);
	sentlist_init(&sl);
	sentences_split_titled(body, strlen(body), title, &sl);
	assert_int_equal(sl.n, 3);
	sentlist_release(&sl);
	tracker_free(t);
}

static void
should_count_a_figure_whose_noun_is_left_before_the_verb(void **state)
{
	static const double both[] = { 120, 40 };
	static const double one[] = { 300 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(flood_ini, "floods");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "Officials said 120 had drowned in the flood "
	    "and 40 were missing.", both, 2);
	check_values(t, "Over 300 Feared Missing After Dam Bursts",
	    "Over 300 Feared Missing After Dam Bursts\n"
	    "Rain fell for days.\n", one, 1);
	check_values(t, NULL, "The flood left 2,500 displaced.", (const double[])
	    { 2500 }, 1);
	/* The noun named with the first figure is not the tracker's. */
	check_values(t, NULL, "More than 90 cattle drowned in the flood, with "
	    "40 missing.", none, 0);
	/* No subject of the story anywhere near. */
	check_values(t, NULL, "The bus crash left 12 dead.", none, 0);
	/* A figure before a noun, not a verb. */
	check_values(t, NULL, "The flood reached 3 metres in the "
	    "streets.", none, 0);
	tracker_free(t);
}

/* The qualifier of the last claim. */
static enum qualifier
last_qualifier(const struct tracker *t, const char *text)
{
	struct claimset cs;
	enum qualifier q = QUAL_VAGUE;

	claimset_init(&cs);
	extract_text(t, "t", PUB, text, &cs);
	if (cs.n > 0)
		q = cs.v[cs.n - 1].qualifier;
	claimset_release(&cs);
	return q;
}

static void
should_read_a_measured_noun_that_passes_a_figure(void **state)
{
	static const double one[] = { 9000 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(flood_ini, "floods");

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "The death toll from the flood could exceed "
	    "9,000, the mayor said.", one, 1);
	check_values(t, NULL, "The flood's death toll is still over 9,000.",
	    one, 1);
	check_values(t, NULL, "The number of people missing since the storm "
	    "broke the old dam in the north has crossed 9,000.", one, 1);
	assert_int_equal(last_qualifier(t, "The toll of the flood has "
	    "topped 9,000."), QUAL_MORE_THAN);
	assert_int_equal(last_qualifier(t, "The toll of the flood has "
	    "passed more than 9,000."), QUAL_MORE_THAN);
	/* A level or a price passes a figure too; no counted noun there. */
	check_values(t, NULL, "The flood waters could exceed 9 metres.",
	    none, 0);
	check_values(t, NULL, "The cost of the flood could top 9,000 "
	    "dollars.", none, 0);
	tracker_free(t);
}

static void
should_keep_a_headline_with_a_figure_above_the_first_sentence(void **state)
{
	static const char body[] =
	    "Flood live: toll reaches 300 as the storm moves north\n"
	    "Share this page on your networks\n"
	    "The storm hit the coast on Sunday night, the agency said.\n"
	    "Dam bursts: 300 dead as the storm moves north\n";
	static const double one[] = { 300 };
	struct tracker *t = tracker_parse(flood_ini, "floods");

	(void)state;
	assert_non_null(t);
	/* Below the first sentence such a line is a link elsewhere. */
	check_values(t, NULL, body, one, 1);
	tracker_free(t);
}

/* A tracker of a strike, whose union's members are a quantity. */
static const char strike_ini[] =
    "[tracker]\nname = Strike\nsubject =\n"
    "[nouns]\ncounted = workers, members, people\n"
    "[subjects]\ncues = strike, walkout, union\n"
    "[quantity strikers]\ndefault = yes\n"
    "triggers = on strike, walked out\n"
    "[quantity represented]\ntriggers = members, represents\n"
    "[sources]\nUnion = union\n";

static void
should_count_both_figures_of_a_part_and_its_whole(void **state)
{
	static const double both[] = { 9000, 60000 };
	static const double part[] = { 9000 };
	struct tracker *t = tracker_parse(strike_ini, "strike");
	struct claimset cs;

	(void)state;
	assert_non_null(t);
	check_values(t, NULL, "About 9,000 of the union's 60,000 members are "
	    "on strike.", both, 2);
	check_values(t, NULL, "The walkout involved 9,000 of the Guild's "
	    "60,000 members.", both, 2);
	/* A whole the tracker counts as no quantity of its own stays
	 * out; a part of what the tracker does not count too. */
	check_values(t, NULL, "About 9,000 of the company's 60,000 workers "
	    "are on strike.", part, 1);
	check_values(t, NULL, "About 9,000 of the city's 60,000 residents "
	    "joined the strike.", part, 0);
	claimset_init(&cs);
	extract_text(t, "t", PUB, "About 9,000 of the union's 60,000 members "
	    "are on strike.", &cs);
	assert_int_equal(cs.n, 2);
	assert_string_equal(cs.v[0].quantity, "strikers");
	assert_string_equal(cs.v[1].quantity, "represented");
	claimset_release(&cs);
	tracker_free(t);
}

static void
should_not_count_other_events_capacities_rates_or_ages(void **state)
{
	static const double none[] = { 0 };
	static const double one[] = { 700 };
	struct tracker *t = tracker_parse(flood_ini, "floods");
	struct tracker *s = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	assert_non_null(s);
	/* Another event, named by its year. */
	check_values(t, NULL, "It recalled the flood of 1998, when some 700 "
	    "people drowned.", none, 0);
	check_values(t, NULL, "It was the worst since the 1998 floods, in "
	    "which 700 people died and 90 went missing.", none, 0);
	/* This event, dated by the year it is in. */
	check_values(t, NULL, "Some 700 people drowned in the flood in "
	    "2024.", one, 1);
	/* Room, not people. */
	check_values(t, NULL, "The flood shelter, with capacity for fewer than "
	    "700 people, was full.", none, 0);
	check_values(t, NULL, "After the flood the camp can hold 700 "
	    "people.", none, 0);
	/* A rate. */
	check_values(t, NULL, "Since the flood about 700 residents are "
	    "evacuated from the valley daily.", none, 0);
	check_values(t, NULL, "Since the flood 700 people have been "
	    "evacuated.", one, 1);
	/* An age. */
	check_values(s, NULL, "The strike is against raising the retirement "
	    "age to 64.", none, 0);
	tracker_free(t);
	tracker_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_the_headline_printed_again_in_the_body_once),
		cmocka_unit_test(
		    should_count_a_figure_whose_noun_is_left_before_the_verb),
		cmocka_unit_test(should_read_a_measured_noun_that_passes_a_figure),
		cmocka_unit_test(
		    should_count_both_figures_of_a_part_and_its_whole),
		cmocka_unit_test(
		    should_not_count_other_events_capacities_rates_or_ages),
		cmocka_unit_test(
		    should_keep_a_headline_with_a_figure_above_the_first_sentence),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
