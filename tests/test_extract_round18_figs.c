/*
 * test_extract_round18_figs.c - which figures are claims and what they
 * count, round 18. A lone "one" right after the tracker's verb
 * ("firing on the march, killing one student") is a count, as is a
 * "one" closing a list of counts ("30 men, 9 women and one child").
 * "N others" that the tracker's verb in its clause or just before it
 * says befell ("about 20 others were hurt", "wounding four others") is
 * a count even when no claim before lends it a noun; a rate ("two
 * others hurt every hour") is not. "Several" before a plural noun is a
 * vague count (three to nine) when the tracker's verb says what befell
 * them ("several people died"), not when the noun only names people of
 * the story ("said several organisers", "one of several speakers"). And
 * a count whose noun carries a relative clause opened by a verb takes
 * the quantity of the main verb after the clause, not of a trigger the
 * clause names ("two men who organised the marches were detained").
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

#define PUB "2025-06-02"

static const char tracker_text[] =
	"[tracker]\nname = unrest\nsubject =\n"
	"[nouns]\ncounted = people, protesters, students, officers, men, "
	"women, children, person, student, child\n"
	"[subjects]\ncues = protest, protests, march, rally, unrest\n"
	"[quantity turnout]\ndefault = yes\n"
	"triggers = marched, rallied, marches, protested, gathered\n"
	"[quantity killed]\ntriggers = killed, died, dead\n"
	"[quantity injured]\ntriggers = injured, wounded, hurt\n"
	"[quantity detained]\ntriggers = detained, arrested\n";

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

static void
should_count_one_after_the_trackers_verb(void **state)
{
	(void)state;
	check_values("Soldiers fired on the march, killing one student.",
	    (const double[]){ 1 }, 1);
	check_values("A car drove into the rally and injured one officer.",
	    (const double[]){ 1 }, 1);
	/* no verb of the tracker's: one person the story tells of */
	check_values("At the protest, one student read a poem.", NULL, 0);
}

static void
should_count_one_closing_a_list_of_counts(void **state)
{
	(void)state;
	check_values("Police detained 30 men, 9 women and one child after "
	    "the protest.", (const double[]){ 30, 9, 1 }, 3);
}

static void
should_count_others_the_verb_befell(void **state)
{
	(void)state;
	check_values("About 20 others were hurt when the march was charged "
	    "by police.", (const double[]){ 20 }, 1);
	check_values("A gunman opened fire at the rally, wounding four "
	    "others.", (const double[]){ 4 }, 1);
	/* others of no verb of the tracker's: no count */
	check_values("At the protest, 12 others sang.", NULL, 0);
}

static void
should_not_count_others_of_a_rate(void **state)
{
	(void)state;
	check_values("During the unrest, two others were hurt every hour, "
	    "a doctor said.", NULL, 0);
}

static void
should_count_several_the_verb_befell(void **state)
{
	(void)state;
	check_values("Several people died during the protests.",
	    (const double[]){ NAN }, 1);
	check_values("The storm of tear gas at the rally left several "
	    "students injured.", (const double[]){ NAN }, 1);
}

static void
should_not_count_several_of_the_story(void **state)
{
	(void)state;
	check_values("The march was peaceful, said several organisers.",
	    NULL, 0);
	check_values("She was one of several speakers at the rally.", NULL,
	    0);
	check_values("The protest lasted several hours.", NULL, 0);
}

static void
should_take_the_main_verb_after_a_relative_clause(void **state)
{
	static const struct qcase rows[] = {
		{ "During the unrest, two men who organised the marches were "
		    "detained on Friday.", { "detained", NULL } },
		{ "At the rally, 14 students who joined the marches were "
		    "injured by rubber bullets.", { "injured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, sizeof(rows) / sizeof(rows[0]));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_one_after_the_trackers_verb),
		cmocka_unit_test(should_count_one_closing_a_list_of_counts),
		cmocka_unit_test(should_count_others_the_verb_befell),
		cmocka_unit_test(should_not_count_others_of_a_rate),
		cmocka_unit_test(should_count_several_the_verb_befell),
		cmocka_unit_test(should_not_count_several_of_the_story),
		cmocka_unit_test(
		    should_take_the_main_verb_after_a_relative_clause),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
