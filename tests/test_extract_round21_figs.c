/*
 * test_extract_round21_figs.c - which figures are claims, round 21: the
 * figures the extractor did not output at all.
 *
 * A count before people the tracker's nouns do not list, and the
 * tracker's verb ("nine Egyptian nationals were arrested", "39 security
 * officials were injured") is a count, a capitalised name in the phrase
 * too; a name that is no cue of a tracker with a named subject is the
 * other side's ("1,400 Israelis were killed" of a Palestinian toll),
 * and things are no people ("23 settlements were evacuated"). A figure
 * after a possessive is a claim when the owner is the story's own (a
 * subject cue, or "the union's", "the country's" where the tracker
 * names no subject) and the tracker's trigger says what it counts; a
 * name's is a rival's, and an owner's count with no trigger its size.
 * "The number" with no "of", after a claim, is that count ("the number
 * was more than 65"). "With" and a figure before an -ing verb, after a
 * claim of its sentence, is part of that count ("with 650 leaving").
 * And a paragraph whose last sentence a bracketed credit follows ("...
 * died. (Wire/Agency)") is read, not dropped as page furniture; so are
 * a crosshead of two to four words with a figure over a paragraph of
 * the story ("Over 800 injured") and the short items of a list that a
 * line ending in a colon opens.
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

#define PUB "2025-09-12"

static const char tracker_text[] =
	"[tracker]\nname = unrest\nsubject =\n"
	"[nouns]\ncounted = people, protesters, workers\n"
	"[subjects]\ncues = protest, protests, march, union, strike\n"
	"[quantity turnout]\ndefault = yes\n"
	"triggers = marched, rallied, protested, gathered, on strike\n"
	"[quantity killed]\ntriggers = killed, died, dead, death toll, toll\n"
	"[quantity injured]\ntriggers = injured, wounded, hurt\n"
	"[quantity detained]\ntriggers = detained, arrested\n"
	"[quantity evacuated]\ntriggers = evacuated, fled\n"
	"[quantity members]\ntriggers = members, represents\n";

/* A tracker of one side's dead: others' dead are not its claims. */
static const char named_text[] =
	"[tracker]\nname = toll\nsubject = Palestinian\n"
	"[nouns]\ncounted = people, Palestinians, civilians\n"
	"[subjects]\ncues = Gaza, Palestinian, Palestinians\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, died, dead, death toll, toll\n";

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

/* The quantity of the claim of value v in text. */
static void
check_quantity(const char *text, double v, const char *quantity)
{
	struct claimset cs;
	const struct claim *cl;

	claimset_init(&cs);
	extract_text(tr, "t", PUB, text, &cs);
	cl = claim_valued(&cs, v, text);
	check_str("quantity", cl->quantity, quantity, text);
	claimset_release(&cs);
}

static void
should_count_people_the_tracker_does_not_list_before_its_verb(
    void **state)
{
	(void)state;
	check_values("After the protest, nine Egyptian nationals were "
	    "arrested.", (const double[]){ 9 }, 1);
	check_quantity("After the protest, nine Egyptian nationals were "
	    "arrested.", 9, "detained");
	check_quantity("Police said 39 security officials were injured in "
	    "the protest.", 39, "injured");
	check_quantity("At the march, 45,000 law enforcement officers were "
	    "hurt or detained.", 45000, "injured");
	check_quantity("At the march, 1,823 Moroccans were injured.", 1823,
	    "injured");
	/* joined by "and", or named by the body they belong to */
	check_values("During the march, dozens of police officers and "
	    "protesters were wounded.", (const double[]){ NAN }, 1);
	check_quantity("Police said more than 300 personnel of the border "
	    "guard have been injured in the protest.", 300, "injured");
	/* things, not people */
	check_values("After the protest, 23 settlements were evacuated.",
	    NULL, 0);
	/* the verb is another's: the people only hear of it */
	check_values("During the march, 300 officials of the city council "
	    "heard that the mayor was arrested.", NULL, 0);
	check_quantity("During the march, 300 officials of the city council "
	    "were arrested.", 300, "detained");
}

static void
should_leave_another_sides_people_to_it(void **state)
{
	struct tracker *named = tracker_parse(named_text, "named_text");

	(void)state;
	assert_non_null(named);
	check_claim_values(named, PUB, NULL, "In Gaza, more than 1,400 "
	    "Israelis were killed in the attacks.", NULL, 0);
	check_claim_values(named, PUB, NULL, "In Gaza, more than 1,400 "
	    "Palestinians were killed in the attacks.",
	    (const double[]){ 1400 }, 1);
	tracker_free(named);
}

static void
should_count_what_the_storys_own_subject_owns(void **state)
{
	(void)state;
	check_values("About 13% of the union's 146,000 members have been on "
	    "strike since May.", (const double[]){ 146000 }, 1);
	check_quantity("The strike spread to the union's 146,000 members in "
	    "the region.", 146000, "members");
	/* a name that is no cue owns a rival's count */
	check_values("Ten days into the strike, Acme's 5,000 workers "
	    "gathered at the gates.", NULL, 0);
	/* no trigger: the owner's size, not a count of the story */
	check_values("Far from the protests, the country's 50 million "
	    "people live in the north.", NULL, 0);
}

static void
should_read_a_bare_number_as_the_count_just_reported(void **state)
{
	(void)state;
	check_values("At least 40 people died in the protests on Monday.\n\n"
	    "By Friday the number was more than 65.",
	    (const double[]){ 40, 65 }, 2);
	check_values("Officials said 40 people died in the protests. The "
	    "official number is 52, the union said.",
	    (const double[]){ 40, 52 }, 2);
	/* "the number of" names its own things */
	check_values("At least 40 people died in the protests. The number of "
	    "schools shut by the unrest rose to 300.",
	    (const double[]){ 40 }, 1);
	/* no count reported before it: nothing to recall */
	check_values("The strike went on. The number was 300 on Friday, a "
	    "guide said.", NULL, 0);
}

static void
should_count_a_figure_before_an_ing_verb_after_with(void **state)
{
	(void)state;
	check_values("More than 12,000 people fled the protests on Sunday, "
	    "with 650 leaving the old town overnight.",
	    (const double[]){ 12000, 650 }, 2);
	check_quantity("More than 12,000 people fled the protests on Sunday, "
	    "with 650 leaving the old town overnight.", 650, "evacuated");
	/* "missing" is a state this tracker does not follow */
	check_values("About 30 protesters were injured in the march, with "
	    "three more missing.", (const double[]){ 30 }, 1);
}

static void
should_read_a_paragraph_ending_with_a_bracketed_credit(void **state)
{
	(void)state;
	check_values("Three people died in the protest. (Wire/Agency)",
	    (const double[]){ 3 }, 1);
	check_values("The march went on.\nTwo protesters were injured at "
	    "the gates. (read more)\nThe police withdrew.",
	    (const double[]){ 2 }, 1);
	/* a bracket after no stop makes no sentence: a caption */
	check_values("Three people died in the protest (Wire/Agency)", NULL,
	    0);
}

static void
should_count_the_parts_of_a_count_broken_down_in_brackets(void **state)
{
	(void)state;
	check_values("The death toll of the protests rose to 23 (4 "
	    "confirmed, 19 probable) on Monday.",
	    (const double[]){ 23, 4, 19 }, 3);
	check_quantity("The death toll of the protests rose to 23 (4 "
	    "confirmed, 19 probable) on Monday.", 4, "killed");
	check_quantity("The death toll of the protests rose to 23 (4 "
	    "confirmed, 19 probable) on Monday.", 19, "killed");
	/* a bracket that is not right after the count: a measure */
	check_values("Over 2,600 people fled the protests, most walking 70 km "
	    "(43 miles) to the coast.", (const double[]){ 2600 }, 1);
}

static void
should_read_the_noun_of_the_trackers_action_as_its_count(void **state)
{
	(void)state;
	check_quantity("Over the weekend of protests there were 1,200 "
	    "evacuations from the old town.", 1200, "evacuated");
	/* an "-ions" noun of no trigger counts other things */
	check_values("Over the weekend of protests there were 1,200 "
	    "inspections of the old town.", NULL, 0);
}

static void
should_read_a_short_crosshead_and_the_items_of_a_list(void **state)
{
	(void)state;
	check_values("The protests went on for a second week.\n"
	    "Over 800 injured\n"
	    "Hospitals in the capital said they had treated the wounded "
	    "through the night after the march.",
	    (const double[]){ 800 }, 1);
	check_values("The protests went on for a second week, and the "
	    "ministry gave its figures:\n\n"
	    "Over 40 protesters killed\n\n"
	    "1,200 protesters injured\n\n"
	    "The ministry gave no figure for the arrests.",
	    (const double[]){ 40, 1200 }, 2);
	/* a short line with a figure over no story: page furniture */
	check_values("The protests went on for a second week.\n"
	    "Over 800 injured\n"
	    "Related stories", NULL, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_count_people_the_tracker_does_not_list_before_its_verb),
		cmocka_unit_test(should_leave_another_sides_people_to_it),
		cmocka_unit_test(should_count_what_the_storys_own_subject_owns),
		cmocka_unit_test(
		    should_read_a_bare_number_as_the_count_just_reported),
		cmocka_unit_test(
		    should_count_a_figure_before_an_ing_verb_after_with),
		cmocka_unit_test(
		    should_read_a_paragraph_ending_with_a_bracketed_credit),
		cmocka_unit_test(
		    should_read_a_short_crosshead_and_the_items_of_a_list),
		cmocka_unit_test(
		    should_count_the_parts_of_a_count_broken_down_in_brackets),
		cmocka_unit_test(
		    should_read_the_noun_of_the_trackers_action_as_its_count),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
