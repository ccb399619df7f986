/*
 * test_extract_whichof.c - who speaks: a claimant the tracker knows followed by a
 * short lower-case "of" phrase saying which of them speak ("Passengers
 * of the ferry have said ...", "Crew members of the tanker, meanwhile,
 * stated ..."): the phrase belongs to the claimant, whose source is the
 * tracker's. And a paragraph that opens a quotation with no speaker
 * beside it, right after a paragraph in which a known speaker makes a
 * statement without quoting, quotes that speaker, of that date; a
 * surname alone means the full name written before; "This figure
 * reflects ..." goes on with the statement before; a headline ending
 * "..., Reveals X" or "..., X Reports" is X's; "X provided Y with
 * details showing" is X's report. Each row is a short article read with the tracker below;
 * the last claim of the value given must have the source, claimant and
 * date given.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-06-11"	/* a Wednesday */
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = ferry\nsubject =\n"
	"[nouns]\ncounted = people, passengers, travellers\n"
	"[subjects]\ncues = ferry, sinking, harbour\n"
	"[quantity aboard]\ndefault = yes\n"
	"triggers = on board, aboard\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"passengers = passengers, Passengers, crew members\n"
	"Harbour Office = harbour office, Harbour Office\n"
	"Ministry of Transport = Ministry of Transport\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

/*
 * "X of the Y said": one to three lower-case words after "of" (and an
 * article) qualify a known claimant X; its source is X's. A capitalised
 * name after "of" is part of a name already; an "of" phrase after a
 * claimant the tracker does not know names no source; a verb or a
 * function word inside the phrase ends it.
 */
static void
should_read_a_known_claimant_over_its_of_phrase(void **state)
{
	static const struct who_row rows[] = {
		{ "Passengers of the ferry have said that about 240 people "
		  "were on board.", 240, "passengers", "Passengers of the ferry",
		  NULL },
		{ "Crew members of the sunken ferry, meanwhile, stated that 35 "
		  "passengers were still missing.", 35, "passengers", ANY,
		  NULL },
		{ "Passengers of the night ferry said on Monday that around "
		  "180 travellers were aboard.", 180, "passengers", ANY,
		  "2025-06-09" },
		/* the known claimant without a phrase still speaks */
		{ "Passengers said about 90 people were aboard the ferry.", 90,
		  "passengers", ANY, NULL },
		/* negative: a capitalised "of" name is the name itself */
		{ "The Ministry of Transport said 310 people were on board the "
		  "ferry.", 310, "Ministry of Transport", ANY, NULL },
		/* negative: the one before "of" is not known */
		{ "Relatives of the crew said 55 people were missing "
		  "after the sinking.", 55, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A quotation opening a paragraph, with no speaker beside it or after
 * it, goes on with the statement of the paragraph before when a speaker
 * the gazetteer knows makes it without quoting; it takes that
 * statement's date. No speaker, an unknown one, or the same paragraph
 * give no one.
 */
static void
should_give_a_quoted_paragraph_to_the_speaker_before(void **state)
{
	static const struct who_row rows[] = {
		{ "On Monday, the Harbour Office said that it had counted "
		  "the passengers.\n\n\"Our lists show that about 260 "
		  "people were aboard the ferry.\n\n\"We grieve with the "
		  "families,\" the statement ended.", 260, "Harbour Office",
		  "Harbour Office", "2025-06-09" },
		{ "The Harbour Office said the ferry was old.\n\n\"Some "
		  "140 passengers were on board when it listed.\"", 140,
		  "Harbour Office", ANY, NULL },
		/* negative: the speaker before is not known */
		{ "A fisherman said the ferry was old.\n\n\"Some 140 "
		  "passengers were on board when it listed.\"", 140,
		  "unattributed", ANY, NULL },
		/* negative: no one speaks in the paragraph before */
		{ "The ferry was old.\n\n\"Some 140 passengers were on "
		  "board when it listed.\"", 140, "unattributed", ANY, NULL },
		/* negative: the paragraph does not open with a quotation */
		{ "The Harbour Office said the ferry was old.\n\nSome 140 "
		  "passengers were on board when it listed.", 140,
		  "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A surname alone ("Elling said") means the full name the article gave
 * before ("Mara Elling, a harbour pilot, said ..."), known to the
 * gazetteer or not; with no full name before, the surname stays.
 */
static void
should_give_a_surname_the_full_name_written_before(void **state)
{
	static const struct who_row rows[] = {
		{ "Mara Elling, a harbour pilot, said the ferry was old.\n\n"
		  "Elling said about 120 passengers were aboard the ferry.",
		  120, "Mara Elling", "Elling", NULL },
		{ "Mara Elling, a harbour pilot, said the ferry was old.\n\n"
		  "According to Elling, about 120 passengers were aboard.",
		  120, "Mara Elling", ANY, NULL },
		/* a capitalised word before the name is not of it */
		{ "Pilot Mara Elling said on Monday that the ferry was old."
		  "\n\nElling said about 120 passengers were aboard.", 120,
		  "Mara Elling", "Elling", ANY },
		/* a surname written first */
		{ "Kang Min-ho, a harbour pilot, said the ferry was old.\n\n"
		  "Kang said about 120 passengers were aboard the ferry.",
		  120, "Kang Min-ho", "Kang", NULL },
		/* a pronoun meaning the surname */
		{ "Mara Elling, a harbour pilot, said the ferry was old.\n\n"
		  "According to Elling, the ferry listed at dawn.\n\nShe "
		  "said about 120 passengers were aboard the ferry.", 120,
		  "Mara Elling", ANY, NULL },
		/* negative: no full name before, the surname stays */
		{ "Elling said about 120 passengers were aboard the ferry.",
		  120, "Elling", "Elling", NULL },
		/* negative: another full name does not end with it */
		{ "Mara Osk, a harbour pilot, said the ferry was old.\n\n"
		  "Elling said about 120 passengers were aboard the ferry.",
		  120, "Elling", "Elling", NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A sentence opening "This figure reflects ..." or "This represents
 * ..." goes on with the statement before it in its paragraph, as "This
 * number includes ..." does: same source and date. Not across a
 * paragraph, nor after a sentence no one states.
 */
static void
should_carry_a_statement_to_a_figure_it_reflects(void **state)
{
	static const struct who_row rows[] = {
		{ "The Harbour Office said on Monday that 300 passengers were "
		  "aboard the ferry. This figure reflects a rise from an "
		  "earlier count of about 250 passengers.", 250,
		  "Harbour Office", ANY, "2025-06-09" },
		{ "The Harbour Office said on Monday that 300 passengers were "
		  "aboard the ferry. This represents a rise from the 250 "
		  "travellers on the first list.", 250, "Harbour Office", ANY,
		  "2025-06-09" },
		/* negative: a new paragraph */
		{ "The Harbour Office said on Monday that 300 passengers were "
		  "aboard the ferry.\n\nThis figure reflects a rise from an "
		  "earlier count of about 250 passengers.", 250,
		  "unattributed", ANY, NULL },
		/* negative: no one states the sentence before */
		{ "About 300 passengers were aboard the ferry. This figure "
		  "reflects a rise from an earlier count of about 250 "
		  "passengers.", 250, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A title-case headline that ends in its claimant and a verb of saying
 * ("..., Harbour Office Reports") or in the verb and then its claimant
 * ("..., Reveals Harbour Office") gives its figure to that claimant. A
 * capitalised verb inside the line before another word, or a line
 * ending in a full stop, is no such ending.
 */
static void
should_give_a_headline_to_the_claimant_ending_it(void **state)
{
	static const struct who_row rows[] = {
		{ "Over 300 Passengers Were Aboard Sunken Ferry, Harbour Office "
		  "Reports", 300, "Harbour Office", ANY, NULL },
		{ "About 200 Passengers Aboard Sunken Ferry, Reveals Harbour "
		  "Office", 200, "Harbour Office", ANY, NULL },
		{ "Ferry Sank With 150 Passengers Aboard, Says Harbour Office",
		  150, "Harbour Office", ANY, NULL },
		/* negative: the verb opens a new phrase, not the ending */
		{ "Harbour Office Reveals Plan as 300 Passengers Wait Aboard "
		  "Ferry", 300, "unattributed", ANY, NULL },
		/* negative: prose, with its full stop */
		{ "About 200 passengers were aboard the ferry, reveals a "
		  "harbour worker.", 200, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A report noun that a known source gives ("provided reporters with
 * details showing ...", "gave divers figures indicating ...") is that
 * source's report; one given by someone unknown, or across a clause's
 * end, is no one's.
 */
static void
should_give_a_report_to_the_one_who_gave_it(void **state)
{
	static const struct who_row rows[] = {
		{ "The Harbour Office provided reporters with details showing "
		  "that about 310 passengers were aboard the ferry.", 310,
		  "Harbour Office", ANY, NULL },
		{ "On Monday the Harbour Office gave divers figures indicating "
		  "that 90 passengers were missing.", 90, "Harbour Office",
		  ANY, "2025-06-09" },	/* given on Monday (round 25) */
		/* negative: the giver is not known */
		{ "A fisherman provided reporters with details showing that "
		  "about 310 passengers were aboard the ferry.", 310,
		  "unattributed", ANY, NULL },
		/* negative: the giving is in another clause */
		{ "The Harbour Office issued no statement; details showing "
		  "that about 310 passengers were aboard emerged later.", 310,
		  "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_known_claimant_over_its_of_phrase),
		cmocka_unit_test(
		    should_give_a_quoted_paragraph_to_the_speaker_before),
		cmocka_unit_test(
		    should_give_a_surname_the_full_name_written_before),
		cmocka_unit_test(
		    should_carry_a_statement_to_a_figure_it_reflects),
		cmocka_unit_test(
		    should_give_a_headline_to_the_claimant_ending_it),
		cmocka_unit_test(should_give_a_report_to_the_one_who_gave_it),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
