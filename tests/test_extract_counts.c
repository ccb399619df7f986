/*
 * test_extract_counts.c - which figures are claims, second round: number
 * forms ("25-thousand", "a couple thousand"), counted nouns behind a
 * capitalized modifier or a short form in parentheses, a tracker's
 * trigger noun after the figure, and the number words that count
 * something else.
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

/* A tracker of a strike, in its own words; no named subject. */
static const char strike_ini[] =
    "[tracker]\nname = Strike\nsubject =\n"
    "[nouns]\ncounted = workers, members, nurses, people\n"
    "groups = depots, plants\n"
    "[subjects]\ncues = strike, walkout, picket\n"
    "[quantity strikers]\ndefault = yes\n"
    "triggers = on strike, walked out, joined the strike\n"
    "[quantity laid_off]\ntriggers = laid off, layoffs\n"
    "[quantity sheltered]\ntriggers = shelters\n"
    "[sources]\nUnion = union\n";

/* The figures the text gives, in order: values (NAN for vague). */
static void
check_values(const struct tracker *t, const char *text, const double *want,
    size_t nwant)
{
	check_claim_values(t, PUB, NULL, text, want, nwant);
}

static void
should_read_hyphened_scales_and_a_couple_thousand(void **state)
{
	(void)state;
	check_values(tr, "Pyongyang may send 15-thousand to 20-thousand "
	    "North Korean troops next year.", (const double[]){ 17500 }, 1);
	check_values(tr, "North Korea sent 4-thousand soldiers to Kursk.",
	    (const double[]){ 4000 }, 1);
	check_values(tr, "An aide said a \u2018couple thousand\u2019 North "
	    "Korean troops were moving to the front.", (const double[])
	    { NAN }, 1);
	check_values(tr, "Officials said a couple of thousand North Korean "
	    "soldiers had arrived.", (const double[]){ NAN }, 1);
	/* "a couple" of anything is no figure of the story */
	check_values(tr, "A couple of North Korean soldiers were seen in "
	    "Kursk.", NULL, 0);
}

static void
should_count_a_noun_behind_a_capitalized_modifier(void **state)
{
	struct tracker *t = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	/* With no named subject, a proper adjective names the kind. */
	check_values(t, "About 4,000 Canadian rail workers walked out as the "
	    "strike began.", (const double[]){ 4000 }, 1);
	check_values(t, "Some 900 Transit Workers Union (TWU) members joined "
	    "the strike.", (const double[]){ 900 }, 1);
	tracker_free(t);
	/* With one, it is a rival's: "Russian" troops are not the
	 * story's. */
	check_values(tr, "North Korea's allies sent 3,000 Russian troops to "
	    "Kursk.", NULL, 0);
}

static void
should_count_a_trigger_noun_after_the_figure(void **state)
{
	struct tracker *t = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	check_values(t, "The strike has led to thousands of layoffs across the "
	    "sector.", (const double[]){ NAN }, 1);
	check_values(t, "Managers announced 300 layoffs as the strike dragged "
	    "on.", (const double[]){ 300 }, 1);
	/* the second figure takes the first one's noun */
	check_values(t, "There were 300 layoffs on Monday and 120 overnight, "
	    "the union said of the strike.", (const double[]){ 300, 120 }, 2);
	/* a figure after a preposition of place counts places */
	check_values(t, "During the strike families slept in 12 shelters.",
	    NULL, 0);
	tracker_free(t);
}

static void
should_not_count_one_person_the_story_tells_of(void **state)
{
	struct tracker *t = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	check_values(t, "One nurse said she walked out for her patients during "
	    "the strike.", NULL, 0);
	check_values(t, "One worker who joined the strike spoke to us.", NULL,
	    0);
	check_values(tr, "One North Korean soldier was killed in Kursk, "
	    "Kyiv said.", (const double[]){ 1 }, 1);
	check_values(tr, "One North Korean soldier said he was sent to "
	    "Kursk.", NULL, 0);
	check_values(tr, "At least one North Korean soldier was captured in "
	    "Kursk.", (const double[]){ 1 }, 1);
	/* "one" as a pronoun after a count is no count */
	check_values(t, "The strike drew some 2,000 workers to the picket, one "
	    "from each depot.", (const double[]){ 2000 }, 1);
	tracker_free(t);
}

static void
should_not_count_an_owners_figure_or_a_teams_size(void **state)
{
	struct tracker *t = tracker_parse(strike_ini, "strike");

	(void)state;
	assert_non_null(t);
	/* a possessive with a curly apostrophe, a qualifier between */
	check_values(tr, "Kyiv said it had met more than 2,000 of the "
	    "Russians\u2019 estimated 40,000 troops, not North Korean ones.",
	    NULL, 0);
	check_values(tr, "Moscow\u2019s estimated 600,000 troops fight on, "
	    "with North Korean units.", NULL, 0);
	/* a team's own people */
	check_values(t, "Our team consists of 85 people, volunteers helping "
	    "the strike.", NULL, 0);
	check_values(t, "The strike team is made up of 30 workers.",
	    NULL, 0);
	check_values(t, "A staff of 40 nurses kept the picket fed.", NULL, 0);
	/* "There's" is no owner */
	check_values(t, "There's about another 3,000 workers on strike.",
	    (const double[]){ 3000 }, 1);
	/* what a group is made of still counts when it is the story's */
	check_values(tr, "The North Korean contingent consists of about 3,000 "
	    "troops.", (const double[]){ 3000 }, 1);
	tracker_free(t);
}

static void
should_read_a_measured_noun_linked_to_a_figure(void **state)
{
	struct tracker *t = tracker_parse(strike_ini, "strike");
	struct claimset cs;

	(void)state;
	assert_non_null(t);
	check_values(t, "The strike's turnout was approaching 12,000 on "
	    "Friday.", (const double[]){ 12000 }, 1);
	claimset_init(&cs);
	extract_text(t, "t", PUB, "Organisers said the strike turnout could "
	    "be as high as 20,000.", &cs);
	assert_int_equal(cs.n, 1);
	assert_double_equal(cs.v[0].value, 20000, 1e-6);
	assert_int_equal(cs.v[0].qualifier, QUAL_UP_TO);
	claimset_release(&cs);
	/* a figure that is no count after "be" */
	check_values(t, "The strike could be 3 weeks long.", NULL, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_hyphened_scales_and_a_couple_thousand),
		cmocka_unit_test(
		    should_count_a_noun_behind_a_capitalized_modifier),
		cmocka_unit_test(should_count_a_trigger_noun_after_the_figure),
		cmocka_unit_test(
		    should_not_count_one_person_the_story_tells_of),
		cmocka_unit_test(
		    should_not_count_an_owners_figure_or_a_teams_size),
		cmocka_unit_test(
		    should_read_a_measured_noun_linked_to_a_figure),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
