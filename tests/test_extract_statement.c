/*
 * test_extract_statement.c - who said a figure whose sentence names no
 * one: a statement the article goes on with ("... had risen. Another 40
 * had been wounded."), one the next sentence gives to someone ("This was
 * stated on Monday by X"), a description that means a source named
 * before ("the federal ministry" after "the Ministry of Civil Defence"),
 * a quotation that runs over paragraphs after "X said:", and a surname
 * written with a capital at a sentence's start. And what
 * must stay unattributed: the article's own background after a quote, a
 * new paragraph of its own facts, a sentence that moves to another
 * measure. Each row is a short article; its last claim must have the
 * source given.
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

#define check_rows(t, rows, n) check_who_rows(t, PUB, rows, n)

static void
should_carry_a_statement_into_reported_speech_that_goes_on(void **state)
{
	static const struct who_row rows[] = {
		/* the next sentence of the paragraph, the same measure,
		 * its verb put back in time as reported speech is */
		{ "Kyrylo Budanov said on Friday that 2,000 North Korean "
		  "troops had been killed in Kursk. Another 600 had been "
		  "killed near Sudzha.", 600, "Ukraine", CHECK_ANY, "2025-05-16" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_carry_a_statement_into_the_articles_own_voice(void **state)
{
	static const struct who_row rows[] = {
		/* background of the article's own after a quote */
		{ "\"We are facing a long war,\" Kyrylo Budanov said on "
		  "Friday. North Korea sent 1,500 troops to Russia in 2023.",
		  1500, "unattributed", CHECK_ANY, CHECK_ANY },
		/* a new paragraph of the article's own facts */
		{ "Kyrylo Budanov said on Friday that 2,000 North Korean "
		  "troops had been killed in Kursk.\n\n"
		  "About 11,000 North Korean soldiers are deployed in the "
		  "region.", 11000, "unattributed", CHECK_ANY, CHECK_ANY },
		/* the next sentence, but no sign it is the same statement */
		{ "Kyrylo Budanov said on Friday that 2,000 North Korean "
		  "troops had been killed in Kursk. About 11,000 North "
		  "Korean soldiers are deployed in the region.", 11000,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* background words: "last year", "previously" */
		{ "Kyrylo Budanov said on Friday that 2,000 North Korean "
		  "troops had been killed in Kursk. Last year, 300 had been "
		  "killed there.", 300, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_figure_to_whom_the_next_sentence_says_stated_it(
    void **state)
{
	static const struct who_row rows[] = {
		/* the next sentence, a new paragraph, with a date */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "Kursk region.\n\nThis was stated on Monday by Pentagon "
		  "spokesman Pat Ryder.", 8000, "United States",
		  CHECK_ANY, "2025-05-19" },
		/* a quotation that opens the next paragraph, with no
		 * speaker beside it, is the words of that one */
		{ "Around 8,000 North Korean troops crossed the border. "
		  "This was stated on Monday by Pentagon spokesman Pat "
		  "Ryder.\n\n\"They came by train. Another 3,000 troops "
		  "are expected in Kursk.\"", 3000,
		  "United States", CHECK_ANY, "2025-05-19" },
		/* a phrase of place between the verb and its agent, and a
		 * sentence between that says nothing of its own */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "front. Some of them are already there.\n\nThis was "
		  "reported at a hearing by Pentagon spokesman Pat Ryder, "
		  "according to local media.", 8000, "United States", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_take_a_later_statement_past_its_paragraph(void **state)
{
	static const struct who_row rows[] = {
		/* two paragraphs on */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "front.\n\nThe move surprised observers.\n\nThis was stated "
		  "on Monday by Pentagon spokesman Pat Ryder.", 8000,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* a sentence between that makes a statement of its own */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "front. Russia denied it, its envoy said. This was also "
		  "stated by Pentagon spokesman Pat Ryder.", 8000,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* pointing back, but at an event, not a statement */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "front. It was attacked on Monday by Ukraine.", 8000,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* not pointing back: an event's agent */
		{ "Around 8,000 North Korean troops are moving towards the "
		  "front. The border was crossed by Pentagon spokesman Pat "
		  "Ryder.", 8000, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_surname_capitalized_at_a_sentences_start(void **state)
{
	static const struct who_row rows[] = {
		{ "Ukraine's spy chief Ahmad al-Hassan told a briefing that "
		  "11,000 North Korean troops were deployed. Al-Hassan added "
		  "that 3,000 of them had been wounded.", 3000, "Ukraine",
		  CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_quotation_over_paragraphs_to_whom_it_opened_with(
    void **state)
{
	static const struct who_row rows[] = {
		/* "X said:" ends its paragraph, the quotation the next */
		{ "Kyrylo Budanov told reporters on Friday:\n"
		  "\"About 3,000 North Korean troops have been wounded.\"",
		  3000, "Ukraine", CHECK_ANY, CHECK_ANY },
		/* each paragraph opens the quotation again */
		{ "Kyrylo Budanov told reporters on Friday:\n"
		  "\"The fighting in Kursk goes on every day.\n"
		  "\"About 3,000 North Korean troops have been wounded.\"",
		  3000, "Ukraine", CHECK_ANY, CHECK_ANY },
	};
	static const struct who_row none[] = {
		/* a quotation closed, then one opened with no speaker */
		{ "\"The fighting goes on,\" Kyrylo Budanov said.\n"
		  "Analysts disagree about the front.\n"
		  "\"About 3,000 North Korean troops have been wounded.\"",
		  3000, "unattributed", CHECK_ANY, CHECK_ANY },
		/* a colon that introduces no speaker */
		{ "The figures for the week in Kursk:\n"
		  "\"About 3,000 North Korean troops have been wounded.\"",
		  3000, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	check_rows(tr, none, sizeof(none) / sizeof(*none));
}

/* A tracker of its own: two ministries, both "ministry". */
static const char ministries[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents\n"
	"[subjects]\ncues = floods, flood\n"
	"[quantity evacuated]\ndefault = yes\ntriggers = evacuated\n"
	"[sources]\n"
	"Civil Defence = Ministry of Civil Defence, Civil Defence Ministry\n"
	"Health Ministry = Ministry of Health, Health Ministry\n"
	"Red Cross = Red Cross\n";

static void
should_give_a_description_the_source_it_names(void **state)
{
	static const struct who_row rows[] = {
		/* the one named last whose name has the word */
		{ "The Ministry of Civil Defence opened shelters in the "
		  "floods. According to the federal ministry, 4,000 people "
		  "were evacuated.", 4000, "Civil Defence", CHECK_ANY, CHECK_ANY },
		{ "The Ministry of Civil Defence opened shelters. Doctors "
		  "of the Ministry of Health treated the injured in the "
		  "floods. The national ministry said 900 people were "
		  "evacuated.", 900, "Health Ministry", CHECK_ANY, CHECK_ANY },
	};
	static const struct who_row none[] = {
		/* a description with a word no source has */
		{ "The Red Cross opened shelters in the floods. According to "
		  "the regional agency, 4,000 people were evacuated.", 4000,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* people named by what they are */
		{ "The Ministry of Civil Defence opened shelters in the "
		  "floods. Local residents said 700 people were evacuated.",
		  700, "unattributed", CHECK_ANY, CHECK_ANY },
	};
	struct tracker *t = tracker_parse(ministries, "ministries");

	(void)state;
	assert_non_null(t);
	check_rows(t, rows, sizeof(rows) / sizeof(*rows));
	check_rows(t, none, sizeof(none) / sizeof(*none));
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_carry_a_statement_into_reported_speech_that_goes_on),
		cmocka_unit_test(
		    should_not_carry_a_statement_into_the_articles_own_voice),
		cmocka_unit_test(
		    should_give_a_figure_to_whom_the_next_sentence_says_stated_it),
		cmocka_unit_test(
		    should_not_take_a_later_statement_past_its_paragraph),
		cmocka_unit_test(
		    should_give_a_surname_capitalized_at_a_sentences_start),
		cmocka_unit_test(
		    should_give_a_quotation_over_paragraphs_to_whom_it_opened_with),
		cmocka_unit_test(
		    should_give_a_description_the_source_it_names),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
