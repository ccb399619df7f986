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
 *
 * An active verb right before the figure, with at most a few words of
 * amount between ("police detained over 4,900 people protesting"),
 * says what befell them, not a participle after their noun. "The loss
 * of around 2,000 soldiers" names the losses as "the capture of"
 * names the captured. An aside on a part of the figure ("5,000
 * migrants, about a thousand of them minors, reached") says nothing
 * of the whole. "29 of the injured were in serious condition" is that
 * state. A death toll that rises, in a headline's present ("Death
 * toll from crowd crush rises to 158", "Infections grow as death toll
 * rises to 23"), is a toll whatever other trigger stands beside it.
 *
 * "There could be closer to 11,000 soldiers in the region" guesses at
 * how many there are now; "there could be hundreds of deaths" is a
 * toll to come. "Has the capability to send 5,000" is a plan.
 * "Hundreds may be dead", "600 people might still be missing" guess at
 * a state people are in now; "could be killed" is still to come, as
 * is "the impending capture of 40".
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
	"[nouns]\ncounted = soldiers, troops, people, civilians, hurt\n"
	"[subjects]\ncues = border, war, front, crowd crush\n"
	"[quantity deployed]\ndefault = yes\n"
	"triggers = deployed, sent, in the region, on the border\n"
	"[quantity captured]\ntriggers = captured, taken prisoner, detained\n"
	"[quantity held]\ntriggers = in custody\n"
	"[quantity lost]\ntriggers = losses, lost\n"
	"[quantity dead]\ntriggers = dead, killed, died, death toll, deaths\n"
	"[quantity dead_projected]\nmodality = projected\n"
	"triggers = could die\n"
	"[quantity deployed_projected]\nmodality = projected\n"
	"triggers = to send\n"
	"[quantity serious]\ntriggers = serious condition\n"
	"[quantity hurt]\ntriggers = hurt, injured\n"
	"[quantity missing]\ntriggers = missing, dead or missing\n"
	"[quantity fled]\ntriggers = fled, flee, fleeing\n"
	"[quantity crowd]\ntriggers = crowd\n"
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

static void
should_read_the_verb_before_its_object(void **state)
{
	static const struct qcase rows[] = {
		{ "In the border war, police detained over 4,900 civilians "
		    "fleeing the fighting.",
		    { "captured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_the_loss_of_a_figure(void **state)
{
	static const struct qcase rows[] = {
		{ "The border war has cost the army the loss of around 2,000 "
		    "soldiers, the report said.",
		    { "lost", NULL } },
		{ "The border war has cost the army the capture of 40 "
		    "soldiers.",
		    { "captured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_leave_a_part_aside_to_the_part(void **state)
{
	static const struct qcase rows[] = {
		{ "At least 5,000 people, about a thousand of them soldiers "
		    "killed, fled the border war on Monday.",
		    { "fled", "dead", NULL } },
		{ "Around 8,000 people, among them hundreds of soldiers "
		    "missing, fled the border war.",
		    { "fled", "missing", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_state_after_in(void **state)
{
	static const struct qcase rows[] = {
		{ "The border war left 200 soldiers hurt, and 29 of the "
		    "hurt were in serious condition.",
		    { "hurt", "serious", NULL } },
		/* a trigger of its own after "in" stays itself */
		{ "In the border war, 15 of those captured were in custody.",
		    { "held", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_toll_that_rises_in_the_present(void **state)
{
	static const struct qcase rows[] = {
		{ "Death toll from border war crowd crush rises to 158",
		    { "dead", NULL } },
		{ "Refugees flee as border war death toll rises to 23",
		    { "dead", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_guess_at_how_many_there_are(void **state)
{
	static const struct qcase rows[] = {
		{ "An official said there could be closer to 11,000 soldiers "
		    "on the border.",
		    { "deployed", NULL } },
		/* not so: deaths still to be counted */
		{ "An official said there could be hundreds of deaths in the "
		    "border war.",
		    { "dead_projected", NULL } },
		{ "An official said the enemy has the capability to send "
		    "5,000 more soldiers to the border war.",
		    { "deployed_projected", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_guessed_state_as_now(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "In the border war, hundreds of soldiers may be dead after "
		    "the attack.",
		    { "dead/current", NULL } },
		{ "In the border war, up to 600 soldiers might still be "
		    "missing.",
		    { "missing/current", NULL } },
		{ "In the border war, the army announced the impending "
		    "capture of 40 soldiers.",
		    { "captured/projected", NULL } },
		/* not so: what could befall them is to come */
		{ "In the border war, 600 soldiers could be killed if the "
		    "attack goes on.",
		    { "dead_projected/projected", NULL } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_a_headline_verb_in_the_present),
		cmocka_unit_test(
		    should_not_read_fear_or_expectation_as_the_verb),
		cmocka_unit_test(should_read_the_verb_before_its_object),
		cmocka_unit_test(should_read_the_loss_of_a_figure),
		cmocka_unit_test(should_leave_a_part_aside_to_the_part),
		cmocka_unit_test(should_read_a_state_after_in),
		cmocka_unit_test(
		    should_read_a_toll_that_rises_in_the_present),
		cmocka_unit_test(should_read_a_guess_at_how_many_there_are),
		cmocka_unit_test(should_read_a_guessed_state_as_now),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
