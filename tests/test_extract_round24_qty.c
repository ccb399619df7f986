/*
 * test_extract_round24_qty.c - what a figure counts, round 24.
 *
 * A figure whose noun is one the tracker counts and also a word of a
 * quantity ("members", a trigger of membership) is the subject of the
 * simple verb right after its phrase: "40,000 members of the union
 * walked out" are strikers, "30,000 members at the plant will vote"
 * voters; names and "of the", "at", "in" may stand between. A verb of
 * record after the noun ("deaths recorded this year") and a participle
 * in "-ing" describe the figure.
 *
 * A relative clause on the figure's people says what befell them even
 * past a quote mark, an adverb in "-ly" or a linking verb ("300
 * people, who were \"unlawfully held\"", "nine people, who had
 * remained missing"), and past a phrase of names before it ("80
 * students from the Central College who were held"), while the figure
 * is their subject; the object of a verb before it keeps that verb.
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

#define PUB "2025-10-14"

/* A dockers' strike: strikers by default, the union's membership, its
 * vote, workers laid off at suppliers. */
static const char tracker_text[] =
	"[tracker]\nname = dock strike\nsubject =\n"
	"[nouns]\ncounted = dockers, members, workers, people\n"
	"[subjects]\ncues = strike, port, dockers, union\n"
	"[quantity strikers]\ndefault = yes\n"
	"triggers = on strike, striking, walked out, walked off\n"
	"[quantity members]\ntriggers = members, membership, represents\n"
	"nouns = members\n"
	"[quantity voters]\ntriggers = voted, vote, cast ballots\n"
	"[quantity laid_off]\ntriggers = laid off, layoffs\n"
	"[quantity held]\ntriggers = held, detained\n"
	"[quantity missing]\ntriggers = missing\n";

#include "text_tracker.h"

static void
should_read_the_simple_verb_of_a_counted_noun(void **state)
{
	static const struct qcase rows[] = {
		{ "About 40,000 members of the Dockers Union walked out of "
		    "the port on Monday.",
		    { "strikers", NULL } },
		{ "Nearly 31,000 members cast ballots in the strike vote.",
		    { "voters", NULL } },
		{ "Some 30,000 union members at Northport will vote on the "
		    "offer next week.",
		    { "voters", NULL } },
		/* no verb of theirs: the noun's own quantity */
		{ "The union, which has 52,000 members, called the strike.",
		    { "members", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_relative_clause_past_its_asides(void **state)
{
	static const struct qcase rows[] = {
		{ "In the dock strike, 300 workers, who were \"unlawfully "
		    "held\" by police, were let go.",
		    { "held", NULL } },
		{ "After the strike, nine workers, who had remained missing "
		    "at sea, came home.",
		    { "missing", NULL } },
		{ "In the dock strike, 80 workers from the Central Port "
		    "Authority who were detained have been freed.",
		    { "held", NULL } },
		/* the object of a verb before it keeps that verb */
		{ "The port laid off 120 dockers who illegally walked out "
		    "during the strike.",
		    { "laid_off", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_the_simple_verb_of_a_counted_noun),
		cmocka_unit_test(
		    should_read_a_relative_clause_past_its_asides),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
