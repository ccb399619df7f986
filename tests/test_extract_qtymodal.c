/*
 * test_extract_qtymodal.c - which quantity a figure counts and whether
 * it is projected, for phrasings of news that the order of rules read
 * wrong before (extract/quantity.c):
 *   - a partitive written "N out of M": the whole counts its own words,
 *     the part the verb after the whole; a participle right after the
 *     whole is the whole's, not the part's;
 *   - "likely" before a past or perfect verb is an estimate of what
 *     happened, not a forecast ("have likely lost", "likely exceeded");
 *   - "may have been" after a figure guesses where people were, a count
 *     of now;
 *   - a plan named by "planned", "considering", or put off ("delayed
 *     the handover of") is to come;
 *   - a verb before the figure says what befell its people, not a
 *     participle of their state inside its phrase ("took three wounded
 *     soldiers prisoner"), and so does a noun made from a trigger that
 *     the figure is "of" ("the capture of");
 *   - the second side of a deal whose first side is to come is to come
 *     ("in exchange for"), and so is a part of a plan: its breakdown
 *     after a dash, a part added by "including" whose whole's verb
 *     comes after the aside; "should" plans;
 *   - a figure that is the level a count has come to ("the toll has
 *     risen to N") counts what the count's subject names, not a trigger
 *     nearer the figure.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2025-03-14"

/* A tracker of a ferry sinking, written for these tests. */
static const char ferry_ini[] =
    "[tracker]\nname = Ferry\nsubject =\n"
    "[nouns]\ncounted = people, passengers, travellers\n"
    "[subjects]\ncues = ferry, sinking\n"
    "[quantity aboard]\ndefault = yes\ntriggers = on board, aboard\n"
    "[quantity dead]\ntriggers = drowned, died, dead, killed, death toll\n"
    "[quantity dead_projected]\nmodality = projected\n"
    "triggers = could die, may die\n"
    "[quantity rescued]\ntriggers = rescued, saved, plucked\n"
    "[quantity evacuees]\ntriggers = evacuees, evacuated\n"
    "[quantity returned]\ntriggers = returned, went home\n"
    "[sources]\nCoast Guard = coast guard\n";

/* The rows read with the tracker written as ini. */
static void
check_with_tracker(const char *ini, const char *name,
    const struct sentence_kinds *v, size_t n)
{
	struct tracker *t = tracker_parse(ini, name);

	assert_non_null(t);
	check_sentence_kinds(t, PUB, v, n);
	tracker_free(t);
}

static void
should_read_a_part_out_of_a_whole(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "After the sinking, the coast guard said 40 out of 300 "
		  "rescued passengers "
		  "have died in hospital.",
		  { "dead/current", "rescued/current" } },
		/* the participle after the whole is the whole's */
		{ "The sinking drowned 40 of the 300 passengers rescued, "
		  "the coast guard said.",
		  { "dead/current", "rescued/current" } },
		{ "After the sinking, the coast guard said some 900 out of "
		  "2,500 evacuees have "
		  "returned to the island.",
		  { "returned/current", "evacuees/current" } },
	};

	(void)state;
	check_with_tracker(ferry_ini, "ferry", v, NELEM(v));
}

static void
should_read_likely_with_a_past_verb_as_done(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "The coast guard said the sinking likely killed 70 "
		  "passengers.", { "dead/current" } },
		{ "The coast guard said 70 passengers have most likely "
		  "drowned in the ferry sinking.", { "dead/current" } },
		/* a forecast stays one */
		{ "The coast guard said the ferry toll will likely pass 70 "
		  "people.", { "dead_projected/projected" } },
	};

	(void)state;
	check_with_tracker(ferry_ini, "ferry", v, NELEM(v));
}

static void
should_read_may_have_been_as_a_count_of_now(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "The coast guard said up to 450 people may have been on "
		  "board the ferry.", { "aboard/current" } },
	};

	(void)state;
	check_with_tracker(ferry_ini, "ferry", v, NELEM(v));
}

static void
should_read_a_plan_named_or_put_off_as_to_come(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Seoul said the planned deployment of about 3,000 North "
		  "Korean soldiers would start in spring.",
		  { "troops_planned/projected" } },
		{ "Seoul said Pyongyang planned to send another 2,000 North "
		  "Korean soldiers.", { "troops_planned/projected" } },
		{ "Seoul said Pyongyang is considering a new deployment of "
		  "some 4,000 North Korean soldiers.",
		  { "troops_planned/projected" } },
		/* put off: still to come */
		{ "Seoul said Moscow delayed the transfer of 1,500 North "
		  "Korean soldiers to the front.",
		  { "troops_planned/projected" } },
		/* a planned thing that took place is none */
		{ "Seoul said a planned rotation brought 2,000 North Korean "
		  "soldiers to Russia.", { "troops_deployed/current" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, NELEM(v));
}

static void
should_read_the_verb_over_a_state_in_the_phrase(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Kyiv said its forces captured three wounded North Korean "
		  "soldiers near the border.",
		  { "casualties_captured/current" } },
		{ "Kyiv said its forces had captured the two wounded North "
		  "Korean soldiers.", { "casualties_captured/current" } },
		/* the state alone still names it */
		{ "Kyiv said three wounded North Korean soldiers are treated "
		  "in a field hospital.", { "casualties_wounded/current" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, NELEM(v));
}

static void
should_read_the_event_a_figure_is_of(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Kyiv announced the capture of four North Korean soldiers "
		  "in Kursk.", { "casualties_captured/current" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, NELEM(v));
}

/* A tracker of a swap of detainees, written for these tests. */
static const char swap_ini[] =
    "[tracker]\nname = Swap\nsubject =\n"
    "[nouns]\ncounted = detainees, captives, people\n"
    "[subjects]\ncues = swap, exchange\n"
    "[quantity freed]\ndefault = yes\ntriggers = freed, released\n"
    "[quantity to_free]\nmodality = projected\n"
    "triggers = to be freed, will free, will release\n"
    "[sources]\nMediators = mediators\n";

static void
should_read_both_sides_of_a_deal_to_come_as_to_come(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Mediators said 50 detainees are to be freed in the swap "
		  "in exchange for 12 released captives.",
		  { "to_free/projected", "to_free/projected" } },
		/* a deal done is done on both sides */
		{ "Mediators said the swap freed 50 detainees in exchange "
		  "for 12 captives.", { "freed/current", "freed/current" } },
	};

	(void)state;
	check_with_tracker(swap_ini, "swap", v, NELEM(v));
}

static void
should_read_the_level_of_a_count_as_its_subject(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "The ferry death toll has climbed to 61 people and more "
		  "than 200 rescued, the coast guard said.",
		  { "dead/current", "rescued/current" } },
		{ "The coast guard said the number of passengers rescued "
		  "from the ferry stood at 140 with 3 dead.",
		  { "rescued/current", "dead/current" } },
	};

	(void)state;
	check_with_tracker(ferry_ini, "ferry", v, NELEM(v));
}

static void
should_read_the_parts_of_a_plan_as_to_come(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Seoul said Pyongyang will send 4,000 more North Korean "
		  "personnel: 3,000 soldiers and 1,000 sappers.",
		  { "troops_planned/projected", "troops_planned/projected",
		    "troops_planned/projected" } },
		{ "Seoul said 5,000 North Korean soldiers, including 800 "
		  "sappers, could be sent in May.",
		  { "troops_planned/projected", "troops_planned/projected" } },
		{ "Seoul said about 2,000 more North Korean soldiers should "
		  "be sent.", { "troops_planned/projected" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, NELEM(v));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_a_part_out_of_a_whole),
		cmocka_unit_test(should_read_likely_with_a_past_verb_as_done),
		cmocka_unit_test(should_read_may_have_been_as_a_count_of_now),
		cmocka_unit_test(
		    should_read_a_plan_named_or_put_off_as_to_come),
		cmocka_unit_test(
		    should_read_the_verb_over_a_state_in_the_phrase),
		cmocka_unit_test(should_read_the_event_a_figure_is_of),
		cmocka_unit_test(
		    should_read_both_sides_of_a_deal_to_come_as_to_come),
		cmocka_unit_test(
		    should_read_the_level_of_a_count_as_its_subject),
		cmocka_unit_test(should_read_the_parts_of_a_plan_as_to_come),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
