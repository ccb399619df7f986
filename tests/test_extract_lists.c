/*
 * test_extract_lists.c - the claim gate, missed figures: an adverb of
 * addition between a bare count and the tracker's verb ("5,000 also
 * marched"), and the vague amount "scores of" before a counted noun
 * (never "scores" alone: "test scores"); a measured noun linked by
 * "nears", and a four-digit level after a verb of increase and "to"
 * that is no year ("the toll rose to 2031"); a bare vague amount
 * opening a headline before the present tense of the tracker's verb
 * ("Hundreds march on ...").
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

#define PUB "2024-05-04"

/* A tracker of a strike's marches, in its own words. */
static const char march_ini[] =
    "[tracker]\nname = Strike\nsubject =\n"
    "[nouns]\ncounted = people, workers, strikers, marchers\n"
    "[subjects]\ncues = strike, march, marches, rally\n"
    "[quantity turnout]\ndefault = yes\n"
    "triggers = marched, rallied, gathered, joined\n"
    "[quantity arrests]\ntriggers = arrested, detained\n";

/* A tracker of a storm's toll. */
static const char storm_ini[] =
    "[tracker]\nname = Storm\nsubject =\n"
    "[nouns]\ncounted = people, residents\n"
    "[subjects]\ncues = storm, flooding\n"
    "[quantity killed]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, toll\n"
    "nouns = deaths, dead\n";

/* The figures the text gives, in order: values (NAN for vague). */
static void
check_values(const struct tracker *t, const char *text, const double *want,
    size_t nwant)
{
	check_claim_values(t, PUB, "The strike goes on", text, want, nwant);
}

static void
should_count_a_bare_figure_with_an_adverb_before_its_verb(void **state)
{
	static const double two[] = { 8000, 1200 };
	static const double one[] = { 40 };
	struct tracker *t = tracker_parse(march_ini, "strike");

	(void)state;
	check_values(t, "The strike spread.\n"
	    "About 8,000 also marched in the port and 1,200 in the "
	    "capital.\n", two, 2);
	check_values(t, "The strike spread.\n"
	    "Police said 40 were also arrested.\n", one, 1);
	/* An adverb alone is no verb: nothing is counted. */
	check_values(t, "The strike spread.\n"
	    "About 8,000 also live in the port.\n", NULL, 0);
	tracker_free(t);
}

static void
should_read_scores_of_as_a_vague_amount(void **state)
{
	static const double one[] = { NAN };
	struct tracker *t = tracker_parse(march_ini, "strike");

	(void)state;
	check_values(t, "The strike spread.\n"
	    "Scores of workers marched to the ministry.\n", one, 1);
	check_values(t, "The strike spread.\n"
	    "Police detained scores of strikers at the gates.\n", one, 1);
	/* "scores" without "of" is no amount. */
	check_values(t, "The strike spread.\n"
	    "Test scores of pupils fell as the strike went on.\n", NULL, 0);
	check_values(t, "The strike spread.\n"
	    "The union scores a win for its workers.\n", NULL, 0);
	tracker_free(t);
}

static void
should_link_a_toll_by_nears_and_a_level_after_rises_to(void **state)
{
	static const double one[] = { 4700 };
	static const double year[] = { 2031 };
	static const double forty[] = { 40 };
	struct tracker *t = tracker_parse(storm_ini, "storm");

	(void)state;
	check_values(t, "The storm passed.\n"
	    "The death toll from the storm nears 4,700.\n", one, 1);
	check_values(t, "The storm passed.\n"
	    "The death toll from the storm rose to 2031 on Monday.\n",
	    year, 1);
	/* A year after "to" with no verb of increase, or before a noun. */
	check_values(t, "The storm passed.\n"
	    "The storm killed 40 people, the worst toll from 2009 to "
	    "2011.\n", forty, 1);
	check_values(t, "The storm passed.\n"
	    "The death toll from the storm rose to 2011 levels.\n",
	    NULL, 0);
	tracker_free(t);
}

static void
should_count_a_headline_crowd_before_a_present_verb(void **state)
{
	static const double one[] = { NAN };
	struct tracker *t = tracker_parse(march_ini, "strike");

	(void)state;
	check_values(t, "The strike spread.\n"
	    "Thousands march on the ministry as the strike grows.\n", one, 1);
	check_values(t, "The strike spread.\n"
	    "Hundreds rally outside the port.\n", one, 1);
	/* Another verb, a figure inside the sentence, a named subject. */
	check_values(t, "The strike spread.\n"
	    "Thousands remain without pay as the strike grows.\n", NULL, 0);
	check_values(t, "The strike spread.\n"
	    "The union says thousands march on the ministry.\n", NULL, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_count_a_bare_figure_with_an_adverb_before_its_verb),
		cmocka_unit_test(should_read_scores_of_as_a_vague_amount),
		cmocka_unit_test(
		    should_link_a_toll_by_nears_and_a_level_after_rises_to),
		cmocka_unit_test(
		    should_count_a_headline_crowd_before_a_present_verb),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
