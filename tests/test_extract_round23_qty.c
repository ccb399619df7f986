/*
 * test_extract_round23_qty.c - what a figure counts, round 23.
 *
 * A headline in title case writes its verb capitalized after "to"
 * ("Alliance to Dispatch 2,500 Soldiers"): a plan, as "to dispatch"
 * is. A list that "namely" opens after a total ("75 deaths were
 * recorded in seven hospitals, namely North Hospital as many as four
 * people, ...") breaks that total down: each item counts what the
 * total counts, whatever the hospital words around it suggest.
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

/* A stadium crush: the dead by default, the hurt, and soldiers sent. */
static const char tracker_text[] =
	"[tracker]\nname = crush\nsubject =\n"
	"[nouns]\ncounted = people, fans, soldiers, peacekeepers\n"
	"[subjects]\ncues = crush, stadium, unrest\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, deaths, death toll\n"
	"[quantity hurt]\ntriggers = injured, hurt, treated, hospitalised\n"
	"[quantity sent]\ntriggers = deployed, sent, dispatched\n"
	"[quantity sent_planned]\nmodality = projected\n"
	"triggers = will send, to be sent\n";

#include "text_tracker.h"

static void
should_read_a_capitalized_headline_verb_after_to(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Alliance to Dispatch 2,500 Peacekeepers to Quell Unrest",
		    { "sent_planned/projected", NULL } },
		{ "Alliance to dispatch 2,500 peacekeepers to quell unrest",
		    { "sent_planned/projected", NULL } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, rows, NROWS(rows));
}

static void
should_give_a_namely_list_the_quantity_of_its_total(void **state)
{
	static const struct qcase rows[] = {
		{ "After the stadium crush, 30 deaths were recorded in three "
		    "hospitals, namely North Hospital as many as 21 people, "
		    "Lake Hospital as many as two people and West Hospital as "
		    "many as seven people.",
		    { "dead", "dead", "dead", "dead" } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_capitalized_headline_verb_after_to),
		cmocka_unit_test(
		    should_give_a_namely_list_the_quantity_of_its_total),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
