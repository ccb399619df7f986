/*
 * test_extract_round24_who.c - who claims a figure, round 24. Declaring
 * an act ("declared a state of emergency", "three days of mourning",
 * "an end to the outbreak") states none of the figures the sentence
 * tells around it: they stay unattributed, while "declared that ..."
 * and "declared a toll of ..." still say. A bare figure a passive
 * estimate gives ("were estimated at 9,000", "was estimated to be",
 * "it was estimated that") is about that many; an estimator's own
 * active "X estimated 9,000" or "estimated the crowd at" is as stated.
 * "The toll rose up to 64": "up" is the verb's, the figure the level
 * reached, no ceiling.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-08-20"

static const char tracker_text[] =
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, workers\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"River board = river board, Wilmar River Board, Anna Holm\n"
	"Wilmar = Wilmar, Wilmar government\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_not_give_a_declared_act_the_figures_around_it(void **state)
{
	(void)state;
	check_source("Wilmar has declared a state of emergency after the "
	    "floods killed 120 people in the valley.", 120, "unattributed");
	check_source("The Wilmar government declared three days of "
	    "mourning for the 45 people who died in the floods.", 45,
	    "unattributed");
	check_source("Wilmar on Tuesday declared an end to the floods, "
	    "which killed 30 people.", 30, "unattributed");
	/* not so: what is declared is the figure, or a clause */
	check_source("The Wilmar government declared a toll of 64 people "
	    "dead in the floods.", 64, "Wilmar");
	check_source("Wilmar declared that 66 people died in the floods "
	    "and that a state of emergency was in force.", 66, "Wilmar");
}

/* The qualifier of the claim of value v in text. */
static void
check_qualifier(const char *text, double v, enum qualifier want)
{
	struct claimset cs;
	struct article art;
	const struct claim *cl;

	article_init(&art);
	art.id = strdup("t");
	art.body = strdup(text);
	art.body_len = strlen(text);
	memcpy(art.published, PUB, sizeof(PUB));
	claimset_init(&cs);
	extract_article(tr, &art, &cs);
	cl = claim_valued(&cs, v, text);
	if (cl->qualifier != want)
		fail_msg("qualifier %d, expected %d, in: %s",
		    (int)cl->qualifier, (int)want, text);
	claimset_release(&cs);
	article_release(&art);
}

static void
should_read_a_passive_estimate_as_about(void **state)
{
	(void)state;
	check_qualifier("The dead in the floods were estimated at 9,000 on "
	    "Monday.", 9000, QUAL_APPROX);
	check_qualifier("The flood toll was estimated to be 1,200 by "
	    "evening.", 1200, QUAL_APPROX);
	check_qualifier("In the valley, it was estimated that 700 people "
	    "died in the floods.", 700, QUAL_APPROX);
	/* not so: an estimator's own figure, or a qualifier of its own */
	check_qualifier("The river board estimated that 800 people died in the "
	    ""
	    "floods.", 800, QUAL_EXACT);
	check_qualifier("The river board estimated the toll at 900 after "
	    "the floods.", 900, QUAL_EXACT);
	check_qualifier("The dead in the floods were estimated at more "
	    "than 950.", 950, QUAL_MORE_THAN);
}

static void
should_read_a_level_reached_up_to_as_stated(void **state)
{
	(void)state;
	check_qualifier("The flood toll went up to 64 on Sunday.", 64,
	    QUAL_EXACT);
	check_qualifier("The death toll from the floods rose up to 2,344.",
	    2344, QUAL_EXACT);
	check_qualifier("Officials revised the flood toll up to 288 on "
	    "Monday.", 288, QUAL_EXACT);
	/* not so: a ceiling */
	check_qualifier("Up to 500 people may have died in the floods.", 500,
	    QUAL_UP_TO);
	check_qualifier("The floods killed up to 70 people.", 70, QUAL_UP_TO);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_give_a_declared_act_the_figures_around_it),
		cmocka_unit_test(should_read_a_passive_estimate_as_about),
		cmocka_unit_test(should_read_a_level_reached_up_to_as_stated),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
