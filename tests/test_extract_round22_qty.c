/*
 * test_extract_round22_qty.c - what a figure counts, round 22.
 *
 * A headline writes its verb in the present ("Army captures 2
 * soldiers", "Police arrest dozens"): a verb whose other form is a
 * trigger, right before the figure, says what befell the figure's
 * people, even when a place phrase after them is another quantity's
 * trigger ("... soldiers in the region"). Not so a verb of fear or
 * expectation ("fears dozens dead", "expects 1,000 people to flee"):
 * the figure's own words or its infinitive say what it counts.
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

#define NROWS(a) (sizeof(a) / sizeof(*(a)))

#define PUB "2025-09-02"

/* A border war: troops there by default (a place names them), their
 * captured and their dead apart; people fleeing, and those expected to. */
static const char tracker_text[] =
	"[tracker]\nname = border war\nsubject =\n"
	"[nouns]\ncounted = soldiers, troops, people, civilians\n"
	"[subjects]\ncues = border, war, front\n"
	"[quantity deployed]\ndefault = yes\n"
	"triggers = deployed, sent, in the region, on the border\n"
	"[quantity captured]\ntriggers = captured, taken prisoner\n"
	"[quantity dead]\ntriggers = dead, killed, died\n"
	"[quantity missing]\ntriggers = missing, dead or missing\n"
	"[quantity fled]\ntriggers = fled, flee\n"
	"[quantity fled_projected]\nmodality = projected\n"
	"triggers = expected to flee\n";

#include "text_tracker.h"

static void
should_read_a_headline_verb_in_the_present(void **state)
{
	static const struct qcase rows[] = {
		{ "Border war: army captures 2 enemy soldiers in the region",
		    { "captured", NULL } },
		{ "Border war: rebels capture 40 soldiers on the border",
		    { "captured", NULL } },
		/* the past participle alone, as before */
		{ "The army said it captured 12 soldiers on the border.",
		    { "captured", NULL } },
		/* not so: no verb before the figure */
		{ "Some 3,000 soldiers are now on the border, the army said.",
		    { "deployed", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_not_read_fear_or_expectation_as_the_verb(void **state)
{
	static const struct qcase rows[] = {
		{ "The agency expects 1,000 people to flee the border war "
		    "by Friday.",
		    { "fled_projected", NULL } },
		{ "Near the border war, towns are preparing to receive up "
		    "to 5,000 people who fled.",
		    { "fled_projected", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_a_headline_verb_in_the_present),
		cmocka_unit_test(
		    should_not_read_fear_or_expectation_as_the_verb),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
