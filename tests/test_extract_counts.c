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
	struct claimset cs;
	size_t i;

	claimset_init(&cs);
	extract_text(t, "t", PUB, text, &cs);
	if (cs.n != nwant)
		fail_msg("%zu claims, expected %zu, in: %s", cs.n, nwant, text);
	for (i = 0; i < cs.n; i++) {
		if (isnan(want[i]))
			assert_int_equal(cs.v[i].qualifier, QUAL_VAGUE);
		else
			assert_double_equal(cs.v[i].value, want[i], 1e-6);
	}
	claimset_release(&cs);
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_hyphened_scales_and_a_couple_thousand),
		cmocka_unit_test(
		    should_count_a_noun_behind_a_capitalized_modifier),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
