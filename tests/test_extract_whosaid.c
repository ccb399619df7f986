/*
 * test_extract_whosaid.c - three ways news names who gives a figure
 * that a reader takes at once and the extractor used to miss: a
 * headline in title case whose verb of saying is capitalized with the
 * rest ("Seoul Estimates North Korea Has Lost ..."); a source named by
 * its place's adjective ("Kenyan health officials said"), which the
 * tracker learns from WordNet's pertainyms of the source's names; and
 * research named with whoever made it ("a survey conducted by X found",
 * "researchers at X found"). Each row is a short article of its own;
 * the claim of its value must have the source and claimant given.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "sentences.h"
#include "tracker.h"
#include "extract_check.h"
#include "default_tracker.h"

#define PUB "2025-05-20"	/* a Tuesday */

static void
should_read_a_capitalized_verb_in_a_title_case_headline(void **state)
{
	static const struct who_row rows[] = {
		{ "Seoul Estimates North Korea Has Lost 1,100 Soldiers In "
		  "Russia", 1100, "South Korea", "Seoul", CHECK_ANY },
		{ "Kyiv Reveals It Is Holding 45 North Korean Prisoners", 45,
		  "Ukraine", "Kyiv", CHECK_ANY },
		{ "Seoul Says As Many As 2,000 North Korean Troops Were "
		  "Wounded", 2000, "South Korea", "Seoul", CHECK_ANY },
		/* a clause of its own between the verb and the figure */
		{ "Commanders Confirm Worst Fears As 300 North Korean Troops "
		  "Die In Kursk", 300, "unattributed", NULL, CHECK_ANY },
		/* a capitalized "States" after the figure is a name */
		{ "Shelling Kills 25 North Korean Soldiers Near The United "
		  "States Embassy", 25, "unattributed", NULL, CHECK_ANY },
		/* a full stop ends a sentence, not a headline: "Reports"
		 * there is no verb of the line's first words */
		{ "Front Line Reports About 4,200 North Korean Troops Near "
		  "Kursk.", 4200, "unattributed", NULL, CHECK_ANY },
		/* a capitalized "Reports" inside a sentence is a name */
		{ "A column in Weekly Reports put the number of North Korean "
		  "troops at 3,300.", 3300, "Weekly Reports", "Weekly Reports",
		  CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_research_to_the_known_source_that_made_it(void **state)
{
	static const struct who_row rows[] = {
		{ "A new study from NATO released on Monday said 9,000 North "
		  "Korean troops were in Kursk.", 9000, "NATO", CHECK_ANY,
		  CHECK_ANY },
		{ "A survey conducted by NATO found 6,100 North Korean troops "
		  "near the border.", 6100, "NATO", CHECK_ANY, CHECK_ANY },
		{ "Researchers at the Pentagon found that 8,000 North Korean "
		  "troops had arrived.", 8000, "United States", "Pentagon",
		  CHECK_ANY },
		/* research whose maker is no known source names no one */
		{ "Researchers found that 700 North Korean soldiers had been "
		  "wounded.", 700, "unattributed", NULL, CHECK_ANY },
		{ "A study of the war published this week said 4,400 North "
		  "Korean troops had died.", 4400, "unattributed", NULL,
		  CHECK_ANY },
		/* finding is no statement when no research does it */
		{ "Ukrainian soldiers found 40 North Korean troops hiding in a "
		  "village.", 40, "unattributed", NULL, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static const char fever_ini[] =
	"[tracker]\nname = Valley fever\nsubject =\n"
	"[nouns]\ncounted = patients, people\n"
	"[subjects]\ncues = fever\n"
	"[quantity deaths]\ndefault = yes\ntriggers = died, deaths\n"
	"[sources]\nUganda = Uganda\nKenya = Kenya, Nairobi\n";

static void
should_name_a_source_by_its_places_adjective(void **state)
{
	static const struct who_row rows[] = {
		{ "Kenyan health officials said on Monday that 40 fever "
		  "patients had died.", 40, "Kenya", "Kenyan health officials",
		  CHECK_ANY },
		{ "The Ugandan government said 12 fever patients died in the "
		  "outbreak.", 12, "Uganda", "Ugandan government", CHECK_ANY },
		/* the adjective of the figure's own noun names no one */
		{ "Officials said 14 Ugandan fever patients had died.", 14,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* nor does the adjective standing alone */
		{ "Kenyan said 7 fever patients died.", 7, "Kenyan", "Kenyan",
		  CHECK_ANY },
	};
	struct tracker *t = tracker_parse(fever_ini, "fever");

	(void)state;
	assert_non_null(t);
	check_who_rows(t, PUB, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_capitalized_verb_in_a_title_case_headline),
		cmocka_unit_test(
		    should_give_research_to_the_known_source_that_made_it),
		cmocka_unit_test(should_name_a_source_by_its_places_adjective),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
