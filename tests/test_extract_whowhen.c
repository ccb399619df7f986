/*
 * test_extract_whowhen.c - who claims a figure and when, for the ways
 * news writes them beyond a plain "X said on Monday": a headline that
 * ends in its claimant ("...: ministry", "..., Police Say"), relays
 * ("X cited Y as saying"), verbs of estimating ("put at", "placed the
 * number at", "revised its estimate of"), gapping ("the unions counted
 * 9,000 and the police 4,000"), a role word after a name, a place or an
 * acronym inside the subject, a speaker after a participle phrase, and
 * dates written in a figure's own clause. Each row is a short article
 * read with the tracker below; its last claim (or the one of the value
 * given) must have the source, claimant and date given.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-03-12"	/* a Wednesday */
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, marchers\n"
	"[subjects]\ncues = flood, floods, flooding\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, toll\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Health Ministry = health ministry, Ministry of Health\n"
	"Health Ministry = health officials, Karim al-Hassan\n"
	"Blue Lantern = Blue Lantern, Blue Lantern Society, Ona Berg\n"
	"Interior = interior ministry, home office, prefecture\n"
	"Relief = relief agency\n"
	"Relief Office = ORA, Office of Relief Affairs\n"
	"Unions = unions, union\n"
	"Police = police\n"
	"Northland = Northland, Northport\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

static void
should_give_a_headline_to_the_claimant_it_ends_in(void **state)
{
	static const struct who_row rows[] = {
		{ "Floods leave 212 people dead in the north: interior ministry\n\n"
		  "Rain went on.", 212, "Interior", "interior ministry", NULL },
		{ "Flood toll climbs to 96 - Blue Lantern\n\nRain went on.",
		  96, "Blue Lantern", "Blue Lantern", NULL },
		{ "More Than 80 Missing After Floods, Police Say\n\n"
		  "Rain went on.", 80, "Police", "Police", NULL },
		{ "Floods Kill 45 People in Northport, Health Ministry "
		  "Says\n\nRain went on.", 45, "Health Ministry", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_read_a_claimant_in_a_line_that_ends_otherwise(void **state)
{
	static const struct who_row rows[] = {
		/* what follows the colon is the news, not who said it */
		{ "Northport floods: toll rises to 33 people\n\nRain went on.",
		  33, "unattributed", NULL, NULL },
		/* a body sentence ends with its full stop */
		{ "The floods killed 17 people in the town of Eastvale - a "
		  "grim toll.", 17, "unattributed", NULL, NULL },
		/* a capitalized name at the end is no verb */
		{ "Floods Kill 19 People in the United States\n\nRain went on.",
		  19, "unattributed", NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_verbs_of_estimating_as_statements(void **state)
{
	static const struct who_row rows[] = {
		{ "The Blue Lantern put in 64 flood victims dead on Monday.",
		  64, "Blue Lantern", "Blue Lantern", ANY },
		{ "The interior ministry placed the total number of people "
		  "killed in the floods at 230.", 230, "Interior",
		  "interior ministry", NULL },
		{ "The Blue Lantern Society revised its earlier estimate of "
		  "150 flood victims upward.", 150, "Blue Lantern",
		  "Blue Lantern Society", NULL },
		{ "Rain kept falling, with health officials estimating up to "
		  "400 people may have died in the floods.", 400,
		  "Health Ministry", "health officials", NULL },
		{ "The police released a lower estimate, saying 75 people "
		  "were missing in the floods.", 75, "Police", "police",
		  NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_read_a_statement_in_a_verb_that_names_no_estimate(void **state)
{
	static const struct who_row rows[] = {
		/* "raised" with no estimate after it is no statement */
		{ "The floods raised the river and 66 people died.", 66,
		  "unattributed", NULL, NULL },
		/* a participle of showing is no one's statement */
		{ "Footage showing 28 people missing in the floods spread "
		  "online.", 28, "unattributed", NULL, NULL },
		/* "put in" needs a figure after it */
		{ "The Blue Lantern put in place shelters, and 39 people "
		  "died in the floods.", 39, "unattributed", NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_name_with_a_role_word_before_its_verb(void **state)
{
	static const struct who_row rows[] = {
		{ "A Blue Lantern organiser estimated 9,000 marchers joined "
		  "the flood vigil.", 9000, "Blue Lantern",
		  "Blue Lantern organiser", NULL },
		{ "The Blue Lantern representative said 61 people died in "
		  "the floods.", 61, "Blue Lantern",
		  "Blue Lantern representative", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_relayed_figure_to_the_one_relayed(void **state)
{
	static const struct who_row rows[] = {
		{ "The interior minister cited Ona Berg as saying that 57 people "
		  "died in the floods.", 57, "Blue Lantern", "Ona Berg",
		  NULL },
		{ "The toll rose to 88 people, reports said quoting Karim "
		  "al-Hassan, the flood envoy.", 88, "Health Ministry",
		  "Karim al-Hassan", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_each_gapped_figure_to_its_own_subject(void **state)
{
	static const struct who_row rows[] = {
		{ "The unions counted 7,000 marchers in the floods and the "
		  "prefecture 2,600.", 2600, "Interior", "prefecture", NULL },
		{ "The unions counted 7,000 marchers in the floods and the "
		  "prefecture 2,600.", 7000, "Unions", "unions", NULL },
		/* no one named between "and" and the figure */
		{ "The unions said 7,000 marchers came in the floods and "
		  "2,600 residents fled.", 2600, "Unions", "unions", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_give_the_source_to_a_place_or_a_wider_name(void **state)
{
	static const struct who_row rows[] = {
		/* the officials speak, not the place they are in */
		{ "Health officials in the Eastvale District say 34 people "
		  "died in the floods.", 34, "Health Ministry", ANY, NULL },
		/* the acronym in brackets names the source exactly */
		{ "The Blue Lantern relief agency (ORA) said 72 people died "
		  "in the floods.", 72, "Relief Office", ANY, NULL },
		/* "the country's" agency is the country named before */
		{ "In Northland alone, 515 people died in the floods, the "
		  "country's disaster office said.", 515, "Northland", ANY,
		  NULL },
		/* after "while", the speaker named after a figure says no
		 * more */
		{ "In Northport, 515 people died in the floods, the interior "
		  "ministry said on Monday, while the toll in Eastvale was "
		  "92.", 92, "unattributed", NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_figure_by_its_own_clause(void **state)
{
	static const struct who_row rows[] = {
		/* no reporting verb: the date written with the figure */
		{ "The flood toll climbed above 640 people on Monday.", 640,
		  "unattributed", NULL, "2025-03-10" },
		{ "The flood toll passed 700 people on March 4 in the north.",
		  700, "unattributed", NULL, "2025-03-04" },
		/* "as of DATE" when the statement has no date of its own */
		{ "In all, 312 people had died in the floods as of Tuesday "
		  "morning, the interior ministry said.", 312, "Interior",
		  ANY, "2025-03-11" },
		/* a date in another clause is not the figure's */
		{ "The flood toll climbed above 810 people, and rain fell on "
		  "Monday.", 810, "unattributed", NULL, NULL },
		/* a statement's own date wins over "as of" */
		{ "The interior ministry said on Monday that as of March 2, "
		  "315 people had died in the floods.", 315, "Interior", ANY,
		  "2025-03-10" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_statement_by_its_speaker_s_words(void **state)
{
	static const struct who_row rows[] = {
		/* a date after the speaker's name */
		{ "About 95 people died in the floods, said interior "
		  "minister Ona Berg on Monday.", 95, "Blue Lantern", ANY,
		  "2025-03-10" },
		{ "About 96 people died in the floods, said Ona Berg, who "
		  "spoke to reporters on Monday.", 96, "Blue Lantern", ANY,
		  "2025-03-10" },
		/* a participle phrase that opens the sentence */
		{ "Speaking at a council meeting in the town of Eastvale on "
		  "Tuesday, Ona Berg said that 97 people had died in the "
		  "floods.", 97, "Blue Lantern", ANY, "2025-03-11" },
		/* a relative clause about the speaker without a date */
		{ "About 98 people died in the floods, said Ona Berg, who "
		  "leads the relief work.", 98, "Blue Lantern", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_headline_to_the_claimant_it_ends_in),
		cmocka_unit_test(
		    should_not_read_a_claimant_in_a_line_that_ends_otherwise),
		cmocka_unit_test(should_read_verbs_of_estimating_as_statements),
		cmocka_unit_test(
		    should_not_read_a_statement_in_a_verb_that_names_no_estimate),
		cmocka_unit_test(
		    should_read_a_name_with_a_role_word_before_its_verb),
		cmocka_unit_test(
		    should_give_a_relayed_figure_to_the_one_relayed),
		cmocka_unit_test(
		    should_give_each_gapped_figure_to_its_own_subject),
		cmocka_unit_test(
		    should_not_give_the_source_to_a_place_or_a_wider_name),
		cmocka_unit_test(should_date_a_figure_by_its_own_clause),
		cmocka_unit_test(
		    should_date_a_statement_by_its_speaker_s_words),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
