/*
 * test_extract_round22_figs.c - which figures are claims, round 22.
 *
 * An article that names its subject anywhere is about it throughout: a
 * headline over a story that names the subject only further down, or a
 * count many sentences after the name, is a count of the subject; an
 * article that never names it (nor its title) gives none. A line of
 * twelve words or more in sentence case without a full stop is a
 * sentence whose stop the scrape lost, not page furniture; a long line
 * in title case stays a headline, read only by the headline rules. A
 * modal before a verb of sight in the passive ("could be seen
 * marching") tells what was there, no projection.
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

#define PUB "2025-03-04"

static const char tracker_text[] =
	"[tracker]\nname = strike\nsubject =\n"
	"[nouns]\ncounted = people, workers, protesters\n"
	"[subjects]\ncues = strike, strikers, walkout\n"
	"[quantity on_strike]\ndefault = yes\n"
	"triggers = on strike, walked out, marched\n"
	"[quantity marching_later]\nmodality = projected\n"
	"triggers = could march\n"
	"[quantity arrested]\ntriggers = arrested, detained\n"
	"[quantity injured]\ntriggers = injured, hurt\n";

#include "text_tracker.h"

static void
check_values(const char *title, const char *text, const double *want,
    size_t nwant)
{
	check_claim_values(tr, PUB, title, text, want, nwant);
}

/* The modality of the claim of value v (NAN: the vague one) in text. */
static void
check_modality(const char *text, double v, enum modality want)
{
	struct claimset cs;
	const struct claim *cl = NULL;
	size_t i;

	claimset_init(&cs);
	extract_text(tr, "t", PUB, text, &cs);
	for (i = 0; i < cs.n && cl == NULL; i++)
		if (isnan(v) ? cs.v[i].qualifier == QUAL_VAGUE :
		    cs.v[i].value == v)
			cl = &cs.v[i];
	if (cl == NULL)
		fail_msg("no claim of %g in: %s", v, text);
	assert_int_equal(cl->modality, want);
	claimset_release(&cs);
}

static void
should_read_a_headline_whose_story_names_the_subject_further_down(
    void **state)
{
	(void)state;
	/* the first line counts what the fifth line names */
	check_values("Hundreds held in the capital",
	    "212 workers were arrested in the capital\n"
	    "Police moved in before dawn on Monday.\n"
	    "The square was cleared within an hour.\n"
	    "Shops on the avenue stayed closed.\n"
	    "The strike had been called by the dockers' union.\n",
	    (const double[]){ 212 }, 1);
	/* a count six sentences after the name */
	check_values(NULL,
	    "The strike entered its second week on Monday.\n"
	    "Talks broke down at noon.\nThe port stayed shut.\n"
	    "Ferries were cancelled.\nLorries queued on the road.\n"
	    "Shops ran short of bread.\n"
	    "By evening, 35 people had been detained at the gates.\n",
	    (const double[]){ 35 }, 1);
}

static void
should_not_claim_in_an_article_that_never_names_the_subject(void **state)
{
	(void)state;
	check_values("Port closed for the day",
	    "212 workers were arrested in the capital\n"
	    "Police moved in before dawn on Monday.\n"
	    "The square was cleared within an hour.\n", NULL, 0);
}

static void
should_read_a_long_line_that_lost_its_full_stop(void **state)
{
	(void)state;
	/* the stop lost, and a short heading after it */
	check_values(NULL, "The strike spread on Tuesday.\n"
	    "This brings the number of workers arrested since the walkout "
	    "began to 390 and the number injured to 27\n"
	    "North\n"
	    "The union called for calm.\n",
	    (const double[]){ 390, 27 }, 2);
	/* a sentence cut off in the scrape */
	check_values(NULL, "The strike spread on Tuesday.\n"
	    "On Wednesday the union said that 4,500 workers had walked out "
	    "of the plant and that the talks were\n"
	    "Related\n",
	    (const double[]){ 4500 }, 1);
}

static void
should_leave_a_long_title_case_line_as_a_headline(void **state)
{
	(void)state;
	/* a headline of a list, not the story: no sentence follows */
	check_values(NULL, "The strike spread on Tuesday.\n"
	    "More Than 4,500 Workers Walk Out As The Strike Spreads To "
	    "The Northern Plants\n"
	    "Talks Collapse\n", NULL, 0);
	/* a short line without a stop stays page furniture */
	check_values(NULL, "The strike spread on Tuesday.\n"
	    "Workers arrested: see the 40 photos\n"
	    "Related\n", NULL, 0);
}

static void
should_not_project_a_count_the_writer_could_see(void **state)
{
	(void)state;
	check_modality("During the strike, dozens of workers could be seen "
	    "marching past the station.", NAN, MODALITY_CURRENT);
	check_modality("During the strike, about 300 protesters could be "
	    "heard outside the plant.", 300, MODALITY_CURRENT);
	/* a modal of what is to come still projects */
	check_modality("Union leaders said 5,000 workers could march on "
	    "Sunday if the strike goes on.", 5000, MODALITY_PROJECTED);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
	should_read_a_headline_whose_story_names_the_subject_further_down),
		cmocka_unit_test(
		    should_not_claim_in_an_article_that_never_names_the_subject),
		cmocka_unit_test(should_read_a_long_line_that_lost_its_full_stop),
		cmocka_unit_test(
		    should_leave_a_long_title_case_line_as_a_headline),
		cmocka_unit_test(
		    should_not_project_a_count_the_writer_could_see),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
