/*
 * test_extract_whorelay.c - who said it when the speaker passes on
 * another's figures or the claimant is written around its name: a
 * speaker no source names who speaks "after a briefing from" a known
 * body (the body's claim); a known speaker "citing the latest report"
 * (its own report, not a nameless one); a known body in its "of" form
 * after "a report from" ("the Ministry of the Interior" for the
 * "interior ministry"), also before "as of <date>"; "he" or "she"
 * never meaning a body or an acronym. The negatives: a briefing by a
 * body the gazetteer does not know, a citation that names its giver,
 * a report from no one, a "he" with no person before it.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-05-14"	/* a Wednesday */

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, families\n"
	"[subjects]\ncues = flood, floods, river\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths\n"
	"[quantity evacuated]\ntriggers = evacuated\n"
	"[sources]\n"
	"Marenland = Marenland, interior ministry, Marenland Weather Office\n"
	"Marenland = Marenish government, Rhea Holt\n"
	"Red Crescent = Red Crescent, Marenish Red Crescent\n";

#include "text_tracker.h"

static void
should_give_a_briefed_speakers_figure_to_the_briefing_body(void **state)
{
	static const struct who_row rows[] = {
		{ "Some 36 people died in the floods, deputy Tomas Berg told "
		  "reporters after a briefing from the Marenland Weather "
		  "Office.", 36, "Marenland", CHECK_ANY, CHECK_ANY },
		{ "\"We count 37 dead in the floods,\" Tomas Berg said, after "
		  "a closed-door briefing by the Red Crescent.", 37,
		  "Red Crescent", CHECK_ANY, CHECK_ANY },
		/* a briefing by a body the gazetteer does not know */
		{ "Some 38 people died in the floods, deputy Tomas Berg told "
		  "reporters after a briefing from the river agency.", 38,
		  "unattributed", "deputy Tomas Berg", CHECK_ANY },
		/* a known speaker stays the claimant */
		{ "Some 39 people died in the floods, Rhea Holt told reporters "
		  "after a briefing from the Red Crescent.", 39, "Marenland",
		  CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_keep_a_known_speaker_citing_a_nameless_report(void **state)
{
	static const struct who_row rows[] = {
		{ "Citing the latest report, Rhea Holt said 41 people died in "
		  "the floods.", 41, "Marenland", CHECK_ANY, CHECK_ANY },
		{ "Rhea Holt said 42 people died in the floods, citing "
		  "preliminary figures.", 42, "Marenland", CHECK_ANY,
		  CHECK_ANY },
		/* the citation names who gave it */
		{ "Citing the Red Crescent, Rhea Holt said 43 people died in "
		  "the floods.", 43, "Red Crescent", CHECK_ANY, CHECK_ANY },
		/* a speaker the gazetteer does not know */
		{ "Citing the latest report, Tomas Berg said 44 people died "
		  "in the floods.", 44, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_bodys_of_form_after_a_report_from(void **state)
{
	static const struct who_row rows[] = {
		{ "Since January, 51 people died in the floods, according to "
		  "a report from the Ministry of the Interior.", 51,
		  "Marenland", CHECK_ANY, CHECK_ANY },
		{ "According to the latest data from the Ministry of the "
		  "Interior as of May 10, 52 people died in the floods.", 52,
		  "Marenland", CHECK_ANY, CHECK_ANY },
		/* a report from a body the gazetteer does not know */
		{ "Since January, 53 people died in the floods, according to "
		  "a report from the Ministry of Health.", 53, "unattributed",
		  CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_never_read_he_as_a_body(void **state)
{
	static const struct who_row rows[] = {
		/* an acronym after the person: "he" is the person */
		{ "Two wards were flooded, the nurse Tomas Berg said, adding "
		  "that almost 13 rooms including ICU 3 and ICU 4 were "
		  "\"completely flooded\". He said 61 people died in the "
		  "floods.", 61, "Tomas Berg", CHECK_ANY, CHECK_ANY },
		/* a body before "she", no person: no one */
		{ "The Marenish Coast Guard said that 20 families were "
		  "evacuated from the river. She said 62 people died in the "
		  "floods.", 62, "unattributed", CHECK_ANY, CHECK_ANY },
		/* the body keeps its own figure */
		{ "The Marenish Coast Guard said that 20 families were "
		  "evacuated from the river. She said 62 people died in the "
		  "floods.", 20, "Marenish Coast Guard", CHECK_ANY,
		  CHECK_ANY },
		/* a body named with "of": its head is "Ministry" */
		{ "The Ministry of Health said that 20 families were "
		  "evacuated from the river. He said 65 people died in the "
		  "floods.", 65, "unattributed", CHECK_ANY, CHECK_ANY },
		/* a person "of" a body is still a person */
		{ "Ann Lee of the Marenish Red Crescent said that 20 families "
		  "were evacuated. She said 64 people died in the floods.", 64,
		  "Red Crescent", CHECK_ANY, CHECK_ANY },
		/* "it" may still mean the body */
		{ "The Marenland Weather Office said that 20 families were "
		  "evacuated. It said 63 people died in the floods.", 63,
		  "Marenland", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_briefed_speakers_figure_to_the_briefing_body),
		cmocka_unit_test(
		    should_keep_a_known_speaker_citing_a_nameless_report),
		cmocka_unit_test(
		    should_read_a_bodys_of_form_after_a_report_from),
		cmocka_unit_test(should_never_read_he_as_a_body),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
