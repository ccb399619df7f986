/*
 * test_extract_round23_who.c - who claims a figure, round 23. A quote
 * of several sentences that a pronoun closes ("\"... 180 are still in
 * hospital. Of the 40,000 fans, ... 3,000 ran onto the pitch,\" he
 * added.") means whom the sentences before the quote's opening name,
 * however long the quote: every figure in it is that speaker's. The
 * claimant may stand apart from its verb by an occasion of speaking
 * ("X at a press conference here on Sunday, said"), not by a clause
 * on the claimant ("X, who visits the valley on Sunday, said"). A
 * headline's claimant after a dash may be a prosecutor or a
 * presidential office ("... - prosecutor general").
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
	"Prosecutors = prosecutor general, Wilmar prosecutors\n"
	"Wilmar = Wilmar, Wilmar government\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_a_long_quote_to_whom_its_pronoun_means(void **state)
{
	static const char text[] =
	    "Anna Holm said the floods had killed 12 people.\n\n"
	    "She said that 30 people were still missing.\n\n"
	    "Roads into the valley were closed on Monday.\n\n"
	    "\"Another 180 people died in the floods overnight. Of the "
	    "4,000 residents, most have left. Only 300 people died in the "
	    "town itself,\" she added.";

	(void)state;
	check_source(text, 180, "River board");
	check_source(text, 300, "River board");
}

static void
should_read_a_claimant_apart_from_its_verb_by_an_occasion(void **state)
{
	(void)state;
	check_source("Anna Holm at a press conference here on Sunday, said "
	    "that 40 people died in the floods.", 40, "River board");
	check_source("Anna Holm during a televised address said 41 people "
	    "died in the floods.", 41, "River board");
	/* not so: a clause on the claimant is no occasion */
	check_source("The minister, who visits Wilmar on Sunday, said 42 "
	    "people died in the floods.", 42, "unattributed");
}

static void
should_read_a_prosecutor_after_a_headline_dash(void **state)
{
	(void)state;
	check_source("Total of 230 people died in the floods - prosecutor "
	    "general", 230, "Prosecutors");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_long_quote_to_whom_its_pronoun_means),
		cmocka_unit_test(
		    should_read_a_claimant_apart_from_its_verb_by_an_occasion),
		cmocka_unit_test(should_read_a_prosecutor_after_a_headline_dash),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
