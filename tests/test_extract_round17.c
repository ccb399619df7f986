/*
 * test_extract_round17.c - which figures are claims, round 17: a
 * figure of another, past event that its clause names by a year two or
 * more years before the article ("the 2001 blizzard killed 90", "the
 * toll of 2009's landslide", "the Great Fire of 1871") is background,
 * no claim; a year as a time adverbial ("in 2022, when 4,000 died"),
 * last year's figures and spans that run on to now ("the floods, which
 * began in 2022, have killed 300") stay. And "one" before the singular
 * of a counted noun ("one person", "one woman", "one baby") counts it,
 * as the plural after any other figure does, and so does a "one"
 * closing a list of counts ("two in the north and one in the east"),
 * and a figure after "including" is a part of the count just made,
 * whatever it names ("40 were hurt, including 12 firefighters"). A
 * live blog's entry headed by a time stamp and a zone or separator
 * ("09:15 GMT: Officials say ...") is read; a bare stamp over a line
 * stays page furniture. Sums of rupees ("Rs 5 lakh", "INR 300", "2,000
 * rupees", and a grave accent where a rupee font drew the sign) are
 * money, no count. A list's line giving a figure after a short label
 * and a colon ("Flood deaths: 1,400") is read, not dropped as page
 * furniture.
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
	"[nouns]\ncounted = people, residents, victims, women, babies\n"
	"[subjects]\ncues = flood, floods, storm\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths, death toll, toll\n";

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

static void
should_not_claim_a_figure_of_an_event_named_by_an_old_year(void **state)
{
	(void)state;
	check_values("The river floods have killed 42 people, officials said, "
	    "while the 2011 storm killed nearly 900.",
	    (const double[]){ 42 }, 1);
	check_values("The death toll from 2009's great flood was 1,204.",
	    NULL, 0);
	check_values("The Great Flood of 1927 killed more than 500 people.",
	    NULL, 0);
	check_values("Their 2016 report said 75 residents died.", NULL, 0);
}

static void
should_keep_figures_of_this_story_beside_a_year(void **state)
{
	(void)state;
	/* last year's figure: a comparison the news reports */
	check_values("The floods killed 60 people, against 45 in the storm of "
	    "2024.", (const double[]){ 60, 45 }, 2);
	/* a year as a time adverbial names no other event */
	check_values("In 2019, the floods killed 130 people.",
	    (const double[]){ 130 }, 1);
	/* a span that runs on to now: today's count */
	check_values("The floods, which began in 2021, have killed 310 "
	    "people.", (const double[]){ 310 }, 1);
	check_values("Since the 2019 floods, 80 residents have died.",
	    (const double[]){ 80 }, 1);
}

static void
should_count_one_before_a_singular_noun(void **state)
{
	(void)state;
	check_values("One person died in the floods on Sunday.",
	    (const double[]){ 1 }, 1);
	check_values("At least one woman was killed by the storm.",
	    (const double[]){ 1 }, 1);
	check_values("Rescuers said one baby died after the floods.",
	    (const double[]){ 1 }, 1);
	check_values("The floods killed four residents and one victim "
	    "of the storm died later.", (const double[]){ 4, 1 }, 2);
	/* a "one" that counts no one the story follows stays out */
	check_values("One resident said the water rose fast.", NULL, 0);
}

static void
should_count_one_closing_a_list(void **state)
{
	(void)state;
	check_values("The floods killed five people in the north, two in "
	    "the east and one in the capital.",
	    (const double[]){ 5, 2, 1 }, 3);
	check_values("At least 30 residents died in the floods in the valley, three in "
	    "the hills, and one each in two coastal towns.",
	    (const double[]){ 30, 3, 1 }, 3);
	/* a proportion stays none */
	check_values("The floods killed 20 people, and one in five homes was "
	    "damaged.", (const double[]){ 20 }, 1);
}

static void
should_count_a_part_after_including(void **state)
{
	(void)state;
	check_values("The floods killed 40 people, including 12 firefighters.",
	    (const double[]){ 40, 12 }, 2);
	check_values("Hundreds died in the storm, including more than 30 "
	    "aid workers.", (const double[]){ NAN, 30 }, 2);
	/* with no count before it, "including" makes none */
	check_values("The storm hit several towns, including 3 ports.",
	    NULL, 0);
}

static void
should_read_a_live_blog_entry_after_its_stamp(void **state)
{
	(void)state;
	check_values("09:15 GMT: Officials say the floods have killed 26 "
	    "people.\n"
	    "08:50 CET - The storm toll rose to 19, officials said.\n"
	    "07:30: Rescuers say 12 residents died overnight in the floods.\n"
	    "06:10 The floods killed 400 people, a caption says.\n",
	    (const double[]){ 26, 19, 12 }, 3);
}

static void
should_not_count_sums_of_rupees(void **state)
{
	(void)state;
	check_values("The state gave Rs 5 lakh to the families of the 14 "
	    "people killed in the floods.", (const double[]){ 14 }, 1);
	check_values("Officials announced `20,000 for each of the 9 flood "
	    "victims.", (const double[]){ 9 }, 1);
	check_values("The floods killed 7 people and relief of ` two lakh "
	    "was announced, with INR 300 a day and 2,000 rupees for "
	    "residents.", (const double[]){ 7 }, 1);
}

static void
should_read_a_labelled_figure_in_a_list(void **state)
{
	(void)state;
	check_values("Figures for the floods by district:\n"
	    "North district flood deaths: 140\n"
	    "South district flood deaths: over 2,000\n"
	    "Share this story\n",
	    (const double[]){ 140, 2000 }, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_claim_a_figure_of_an_event_named_by_an_old_year),
		cmocka_unit_test(
		    should_keep_figures_of_this_story_beside_a_year),
		cmocka_unit_test(should_count_one_before_a_singular_noun),
		cmocka_unit_test(should_count_one_closing_a_list),
		cmocka_unit_test(should_count_a_part_after_including),
		cmocka_unit_test(
		    should_read_a_live_blog_entry_after_its_stamp),
		cmocka_unit_test(should_not_count_sums_of_rupees),
		cmocka_unit_test(should_read_a_labelled_figure_in_a_list),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
