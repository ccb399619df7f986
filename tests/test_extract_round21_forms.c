/*
 * test_extract_round21_forms.c - figures read by their written form,
 * round 21. A day of the month written in brackets after its weekday
 * ("on Saturday (13)", "Monday morning (13)"), as wire copy translated
 * from Portuguese or Spanish dates its events, is part of a date, not
 * a count: the toll of the sentence is the only claim. A bracketed
 * figure after anything else ("the dead (27)"), or one too big for a
 * day, stays what it was. An estimate quoted as a range ('put the
 * number between "300 and 400"') is one claim of a range, not two.
 * And people told as living somewhere ("where nearly a million
 * refugees reside", "a city of 1.4 million inhabitants" in brackets
 * after its name, "a port city that is home to 800,000 people") are a
 * population, not the story's count, unless the tracker's word stands
 * in the clause ("live in areas under evacuation orders"), "more"
 * continues a count ("25,000 more people live ...") or the home is a
 * facility ("the relief centre is home to 2,000 people").
 * And a tracker may name a source by its whole official name, nine
 * words and more, and the claim is that source's.
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

#define PUB "2024-05-15"

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims\n"
	"[subjects]\ncues = floods, flooding, rains, storm\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, died, dead, deaths\n"
	"[quantity evacuated]\ntriggers = evacuated, left their homes\n"
	"[sources]\nUN = UN, United Nations Office for the Coordination of "
	"Humanitarian Affairs\n";

#include "text_tracker.h"

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

static void
should_read_a_bracketed_day_after_its_weekday_as_a_date(void **state)
{
	(void)state;
	check_values("On Saturday (11), officials said 27 people had died "
	    "in the floods.", (const double[]){ 27 }, 1);
	check_values("The bulletin released on Monday morning (13) said 127 "
	    "people had died in the floods.", (const double[]){ 127 }, 1);
	check_values("The storm reached the coast this Sunday (12) and 3,000 "
	    "residents were evacuated.", (const double[]){ 3000 }, 1);
}

static void
should_keep_a_bracketed_figure_that_is_no_day(void **state)
{
	(void)state;
	/* no weekday before the bracket: a count in brackets */
	check_values("The floods left many dead (27 people) in the south.",
	    (const double[]){ 27 }, 1);
	/* too big for a day of the month */
	check_values("On Monday (45) people died in the floods, the agency "
	    "said.", (const double[]){ 45 }, 1);
}

static void
should_read_a_quoted_range_as_one_claim(void **state)
{
	struct claimset cs;
	struct article art;

	(void)state;
	article_init(&art);
	art.id = strdup("t");
	art.body = strdup("The agency put the number of people who died in "
	    "the floods between \u201c300 and 400\u201d.");
	art.body_len = strlen(art.body);
	memcpy(art.published, PUB, sizeof(PUB));
	claimset_init(&cs);
	extract_article(tr, &art, &cs);
	assert_int_equal(cs.n, 1);
	assert_int_equal(cs.v[0].qualifier, QUAL_RANGE);
	assert_double_equal(cs.v[0].low, 300, 1e-9);
	assert_double_equal(cs.v[0].high, 400, 1e-9);
	claimset_release(&cs);
	article_release(&art);
}

static void
should_not_count_people_told_as_living_somewhere(void **state)
{
	(void)state;
	check_values("The storm hit the camps, where nearly a million "
	    "people live, and 3,000 residents were evacuated.",
	    (const double[]){ 3000 }, 1);
	check_values("The storm hit the camps, where nearly a million "
	    "people reside.", NULL, 0);
	check_values("Floods struck Riverton (around 1.4 million people) "
	    "and 12 people died.", (const double[]){ 12 }, 1);
	check_values("Some 600,000 people still live in the delta hit by "
	    "the storm.", NULL, 0);
	check_values("The storm hit Riverton, a port city that is home to "
	    "about 800,000 people, and 12 people died.",
	    (const double[]){ 12 }, 1);
}

static void
should_count_living_people_the_trackers_word_names(void **state)
{
	(void)state;
	check_values("About 5.5 million people live in areas that were "
	    "evacuated before the storm.", (const double[]){ 5.5e6 }, 1);
	check_values("After the floods, an estimated 16,000 people were "
	    "evacuated, and 25,000 more people live on the eastern bank.",
	    (const double[]){ 16000, 25000 }, 2);
	/* a facility's "home to" counts the people it shelters */
	check_values("After the floods, the relief centre run by the Red "
	    "Cross near the river is home to 2,000 people.",
	    (const double[]){ 2000 }, 1);
}

static void
should_name_a_source_by_its_long_official_name(void **state)
{
	static const struct who_row rows[] = {
		{ "The United Nations Office for the Coordination of "
		  "Humanitarian Affairs put the toll of the floods at 100 "
		  "dead.", 100, "UN", CHECK_ANY, CHECK_ANY },
	};
	static const char too_long[] = "[nouns]\ncounted = people\n"
	    "[quantity killed]\ntriggers = died\n[sources]\n"
	    "X = one two three four five six seven eight nine ten eleven "
	    "twelve thirteen\n";

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(rows[0]));
	assert_null(tracker_parse(too_long, "long.ini"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_bracketed_day_after_its_weekday_as_a_date),
		cmocka_unit_test(should_keep_a_bracketed_figure_that_is_no_day),
		cmocka_unit_test(should_read_a_quoted_range_as_one_claim),
		cmocka_unit_test(
		    should_not_count_people_told_as_living_somewhere),
		cmocka_unit_test(
		    should_count_living_people_the_trackers_word_names),
		cmocka_unit_test(should_name_a_source_by_its_long_official_name),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
