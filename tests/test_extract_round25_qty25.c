/*
 * test_extract_round25_qty25.c - what a figure counts, round 25.
 *
 * An active verb right before its object says what befell the
 * figure's people, also in the perfect ("the army has captured two
 * wounded soldiers", "police have detained 40 miners marching"): a
 * word of another quantity before the counted noun ("wounded") says
 * what they were, not what was done, and a participle or a relative
 * clause after the noun does not win over the verb. A level verb in
 * the perfect ("the count has reached 9,000") stays no event of its
 * own, and the passive ("were detained 40") keeps its old reading.
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

#define PUB "2025-11-20"

/* A border war: soldiers sent by default, their losses, prisoners. */
static const char tracker_text[] =
	"[tracker]\nname = border war\nsubject =\n"
	"[nouns]\ncounted = soldiers, troops, miners, people\n"
	"[subjects]\ncues = border, army, miners\n"
	"[quantity sent]\ndefault = yes\n"
	"triggers = sent, deployed, fighting, marching\n"
	"[quantity arrived]\ntriggers = arrived, reached\n"
	"[quantity wounded]\ntriggers = wounded, injured\n"
	"[quantity killed]\ntriggers = killed, dead\n"
	"[quantity captured]\ntriggers = captured, detained, taken prisoner\n";

#include "text_tracker.h"

static void
should_read_a_perfect_verb_before_its_object(void **state)
{
	static const struct qcase rows[] = {
		{ "The defence ministry said the army has captured two "
		    "wounded soldiers who were fighting near the pass.",
		    { "captured", NULL } },
		{ "Officials said police have detained 40 miners marching "
		    "towards the capital.",
		    { "captured", NULL } },
		{ "The ministry said the army had captured three soldiers "
		    "wounded in the shelling of the ridge.",
		    { "captured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_keep_levels_and_modifiers_as_they_were(void **state)
{
	static const struct qcase rows[] = {
		/* a level verb in the perfect is no event of its own */
		{ "The ministry said the number of troops at the border has "
		    "reached 9,000.",
		    { "sent", NULL } },
		/* no verb before the figure: the word before the noun */
		{ "The ministry said 2,000 wounded soldiers were in the "
		    "field hospitals near the border.",
		    { "wounded", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_perfect_verb_before_its_object),
		cmocka_unit_test(
		    should_keep_levels_and_modifiers_as_they_were),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
