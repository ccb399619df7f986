/*
 * test_extract_levels.c - which figures are claims, round 16: a change
 * and the level it led to are no range ("went up by 40 to 1,240", "lifted
 * the toll from 12 to 30"), spans of days are no figures ("4-6 May",
 * "between 9 and 11 April", "on June 2 and 3"), and figures written the
 * way some outlets write them: thousands grouped with full stops
 * ("52.000 people"), a decimal comma before a scale word ("7,5
 * thousand") and a range whose first figure shares the thousands of the
 * second ("25-30,000"); and a proportion ("six out of every 10", "three
 * in five") is no count, nor is one singled out of a group ("one of
 * them").
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

#define PUB "2025-03-20"

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, marchers\n"
	"[subjects]\ncues = flood, floods, march, rally\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths, death toll, toll\n"
	"[quantity missing]\ntriggers = missing\n"
	"[quantity marched]\ntriggers = marched, took part, rallied\n"
	"[sources]\nCivil Protection = Civil Protection\n";

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

static void
should_read_the_level_after_a_change_not_a_range(void **state)
{
	(void)state;
	/* the change itself is no claim; the level after "to" is */
	check_values("Civil Protection said the flood death toll went up by "
	    "40 to 1,240 overnight.", (const double[]){ 1240 }, 1);
	check_values("The number of people missing after the floods climbed "
	    "by almost 300 to 2,615, Civil Protection said.",
	    (const double[]){ 2615 }, 1);
	/* a change from one level to another: both levels, even with the
	 * owner of the toll and a place between verb and "from" */
	check_values("The governor lifted the province's official flood death "
	    "toll from the river valley from 12 to 30 on Monday.",
	    (const double[]){ 12, 30 }, 2);
	/* negatives: "from A to B" with no verb of change, and "by"
	 * without a level after it, stay as they were */
	check_values("Between 2,000 and 3,000 people were killed in the "
	    "floods.", (const double[]){ 2500 }, 1);
	check_values("Estimates of the flood death toll range from 400 to 600.",
	    (const double[]){ 500 }, 1);
}

static void
should_read_no_figure_in_a_span_of_days(void **state)
{
	(void)state;
	check_values("The floods of 4-6 May killed 85 people.",
	    (const double[]){ 85 }, 1);
	check_values("Between 9 and 11 April the floods killed 85 people.",
	    (const double[]){ 85 }, 1);
	check_values("The floods on June 2 and 3 killed 85 people.",
	    (const double[]){ 85 }, 1);
	check_values("The floods of November 28-29 killed 85 people.",
	    (const double[]){ 85 }, 1);
	/* a day, then a figure of its own: "Feb. 4 to 900" is no range */
	check_values("The flood death toll rose from 310 on Feb. 4 to 900 on "
	    "Feb. 6.", (const double[]){ 310, 900 }, 2);
	/* the second of two ages is an age too */
	check_values("Two residents aged 70 and 74 were killed in the floods.",
	    (const double[]){ 2 }, 1);
	/* a span runs forward: a figure after a single date stays */
	check_values("The rally since March 11 has seen 18 people killed.",
	    (const double[]){ 18 }, 1);
	check_values("The flood death toll since January 19 rose to 18.",
	    (const double[]){ 18 }, 1);
}

static void
should_read_figures_written_the_european_way(void **state)
{
	(void)state;
	check_values("Around 52.000 marchers took part in the rally.",
	    (const double[]){ 52000 }, 1);
	check_values("In all 1.250.400 residents marched in the rally, the "
	    "organisers said.", (const double[]){ 1250400 }, 1);
	check_values("About 7,5 thousand people marched in the rally.",
	    (const double[]){ 7500 }, 1);
	check_values("The rally drew 25-30,000 marchers.",
	    (const double[]){ 27500 }, 1);
	/* a decimal before a scale word stays a decimal */
	check_values("Some 1.125 million people marched in the rally.",
	    (const double[]){ 1125000 }, 1);
	/* a bare range of small figures is not read in thousands */
	check_values("Between 200 and 3,000 people marched in the rally.",
	    (const double[]){ 1600 }, 1);
	/* figures glued by a colon are no count */
	check_values("At 6.000:7.000 the rally of 40 marchers ended.",
	    (const double[]){ 40 }, 1);
}

static void
should_read_no_count_in_a_proportion(void **state)
{
	(void)state;
	check_values("The floods drove six out of every 10 residents from "
	    "their homes.", NULL, 0);
	check_values("Up to 8 out of 10 victims of the floods were killed.",
	    NULL, 0);
	check_values("About three in five residents marched in the rally.",
	    NULL, 0);
	check_values("Flood deaths were reported in 31 out of 52 districts.",
	    NULL, 0);
	/* the whole the story counts stays a figure, and so does a part
	 * of a large whole */
	check_values("Officials said four out of 12 missing residents were "
	    "found after the floods.", (const double[]){ 12 }, 1);
	check_values("The floods killed 3,120 out of 9,480 residents of the "
	    "valley.", (const double[]){ 3120, 9480 }, 2);
}

static void
should_not_count_one_singled_out_of_a_group(void **state)
{
	(void)state;
	check_values("The floods killed 14 residents, and one of them was a "
	    "child.", (const double[]){ 14 }, 1);
	check_values("Rescuers said one of the 60 missing residents was found "
	    "after the floods.", (const double[]){ 60 }, 1);
	/* a qualifier, or a noun of what befell it, makes one a count */
	check_values("At least one of the residents was killed in the floods.",
	    (const double[]){ 1 }, 1);
	check_values("Six people were missing after the floods, and Civil "
	    "Protection confirmed the death of one of them.",
	    (const double[]){ 6, 1 }, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_the_level_after_a_change_not_a_range),
		cmocka_unit_test(should_read_no_figure_in_a_span_of_days),
		cmocka_unit_test(should_read_figures_written_the_european_way),
		cmocka_unit_test(should_read_no_count_in_a_proportion),
		cmocka_unit_test(should_not_count_one_singled_out_of_a_group),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
