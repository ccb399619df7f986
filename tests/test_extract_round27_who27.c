/*
 * test_extract_round27_who27.c - who claims a figure, round 27: a
 * claimant in the figure's own sentence that was not read.
 *
 * Bodies named by their kind in the plural ("rights groups", "civil
 * society groups", "trade unions") speak for themselves: read as a
 * claimant's phrase and kept as their own source, as a name is, when
 * the phrase is written whole. "Officials" and "witnesses" stay
 * unattributed, and so does a phrase whose description was cut off.
 *
 * "Speaking to news agency AFP, Police spokesman X, said": after a
 * participle phrase opening the sentence, a claimant's phrase set off
 * by commas before the verb is the speaker (a comma left before "said"),
 * not a description of whom the participle names.
 *
 * "according to a Thursday news release from X", "according to a March
 * 3 report from X": a date before the report noun it dates is part of
 * the phrase, not its end, so the author after it is read.
 *
 * "Capt. X of the department's Central Division said": the body after
 * "of the" may open with a possessive noun; the person before it is
 * still read.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-03-10"

#include "unrest_tracker.h"

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_keep_plural_bodies_of_a_kind_as_their_own_source(void **state)
{
	(void)state;
	check_source("Rights groups said at least 41 people were killed "
	    "in the protests.", 41, "Rights groups");
	check_source("Civil society groups recorded a higher toll, with "
	    "more than 52 people killed since the unrest began.", 52,
	    "Civil society groups");
	check_source("Student unions reported that 230 protesters had been "
	    "arrested in the crackdown.", 230, "Student unions");
}

static void
should_not_make_a_source_of_people_or_a_cut_phrase(void **state)
{
	(void)state;
	/* people named by what they are stay unattributed */
	check_source("Witnesses said at least 14 people were killed in "
	    "the protests.", 14, "unattributed");
	/* an amount before the kind names no body */
	check_source("Some rights groups said 60 people died in the "
	    "crackdown.", 60, "unattributed");
	/* "human" left out of the phrase: no source of a fragment */
	check_source("The government confirmed 17 deaths in the unrest, "
	    "while human rights groups say 75 people were killed.", 75,
	    "unattributed");
	/* a group's name is no state's: the government keeps its own */
	check_source("A Ruritanian rights group said 33 protesters were "
	    "detained in the crackdown.", 33, "unattributed");
}

static void
should_read_the_speaker_after_an_opening_participle(void **state)
{
	static const struct who_row rows[] = {
		{ "Speaking to the Daily Courier, Police spokesman Jan "
		  "Horak, said 12 people were killed in the protests.", 12,
		  "Ruritanian police", "Jan Horak", CHECK_ANY },
		{ "Talking to news agency Reuters, interior ministry "
		  "official Petr Novak, said 140 protesters were detained "
		  "in the crackdown.", 140, "Ruritanian government",
		  "Petr Novak", CHECK_ANY },
		/* a description after the name is still the name's */
		{ "Speaking on Monday, Jan Horak, the force's spokesman, "
		  "said 19 people died in the unrest.", 19,
		  "Ruritanian police", "Jan Horak", CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_read_the_author_past_a_reports_own_date(void **state)
{
	(void)state;
	check_source("The unrest has killed 17 people, according to a "
	    "Tuesday news release from the Red Cross.", 17, "Red Cross");
	check_source("At least 23 people died in the protests, according "
	    "to a March 3 report from the interior ministry.", 23,
	    "Ruritanian government");
	/* a date after the report still ends the phrase: no one named */
	check_source("At least 31 people were detained in the crackdown, "
	    "according to a report on Tuesday.", 31, "unattributed");
	/* the date stays the statement's */
	check_claim_date(tr, PUB, NULL, "At least 23 people died in the "
	    "protests, according to a March 3 report from the interior "
	    "ministry.", 23, "2025-03-03");
}

static void
should_read_a_titled_name_before_of_a_possessive_body(void **state)
{
	(void)state;
	check_source("Capt. Jan Horak of the department's Central Division "
	    "said 17 people were killed in the unrest.", 17,
	    "Ruritanian police");
	check_source("Lt. Jan Horak of the city's police department reported "
	    "that 64 protesters were arrested in the crackdown.", 64,
	    "Ruritanian police");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_plural_bodies_of_a_kind_as_their_own_source),
		cmocka_unit_test(
		    should_not_make_a_source_of_people_or_a_cut_phrase),
		cmocka_unit_test(
		    should_read_the_speaker_after_an_opening_participle),
		cmocka_unit_test(
		    should_read_the_author_past_a_reports_own_date),
		cmocka_unit_test(
		    should_read_a_titled_name_before_of_a_possessive_body),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
