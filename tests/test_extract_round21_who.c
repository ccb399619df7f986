/*
 * test_extract_round21_who.c - who claims a figure, round 21. Nouns
 * that news uses for the one who speaks ("the rights organization",
 * "the police commissioner", "the researchers", "the human rights
 * centre") head a claimant's phrase. A quotation that opens a sentence
 * right after a statement of someone the gazetteer knows is that
 * speaker's words, in the same paragraph as in a new one ("..., the
 * board said on Monday. \"In the valley, ..."), also when the
 * statement's subject is a pronoun meaning that speaker ("She said
 * ..."). "X was quoted as saying ..." with no "by" is X's statement.
 * A clause of "as" after a reporting clause that closes the statement
 * ("..., X said Sunday, as the valley mourned its 12 dead") is the
 * writer's frame, not X's. A quote of several sentences is one
 * statement: "it added" after "\"...,\" the ministry said" means whom
 * the ministry meant before the quote opened.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-08-20"

static const char tracker_text[] =
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, workers\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[sources]\n"
	"River board = river board, Wilmar River Board, Anna Holm\n"
	"Police = police, Wilmar police\n"
	"Valley Rights = Valley Rights, Valley Rights Centre\n"
	"Health ministry = Wilmar Health Ministry\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_read_nouns_of_those_who_speak_as_a_claimant(void **state)
{
	(void)state;
	check_source("The Wilmar police commissioner, who met reporters "
	    "in the town, confirmed that 9 people died in the floods.", 9,
	    "Police");
	check_source("The Valley Rights Centre sent monitors to the "
	    "villages after the floods.\n\nThe rights centre said that 34 "
	    "people died in the floods.", 34, "Valley Rights");
	/* a description that means no one named stays unattributed */
	check_source("The researchers said that 51 people died in the "
	    "floods.", 51, "unattributed");
}

static void
should_give_a_quote_after_a_statement_to_its_speaker(void **state)
{
	(void)state;
	/* the quote opens in the same paragraph */
	check_source("At least 60 people died in the floods, the Wilmar "
	    "River Board said on Monday. \"In the valley alone, 25 "
	    "residents died. Another 12 died in the old town.\"", 25,
	    "River board");
	check_source("At least 60 people died in the floods, the Wilmar "
	    "River Board said on Monday. \"In the valley alone, 25 "
	    "residents died. Another 12 died in the old town.\"", 12,
	    "River board");
	/* and in a new one, as before */
	check_source("At least 60 people died in the floods, the Wilmar "
	    "River Board said on Monday.\n\n\"In the valley alone, 25 "
	    "residents died.\"", 25, "River board");
	/* a statement by a pronoun that means a known speaker */
	check_source("Anna Holm spoke to reporters on Monday.\n\nShe said "
	    "the water rose in minutes.\n\n\"In the valley alone, 26 "
	    "residents died in the floods.\"", 26, "River board");
	/* no statement before the quote: no one to give it to */
	check_source("The floods reached the valley on Monday. \"In the "
	    "valley alone, 25 residents died.\"", 25, "unattributed");
	/* a quote before it, closed with its speaker: that one's turn,
	 * not the statement's */
	check_source("\"The water rose in minutes,\" a resident said. "
	    "\"In the valley alone, 25 residents died in the floods.\"",
	    25, "unattributed");
}

static void
should_read_quoted_as_saying_as_the_subjects_statement(void **state)
{
	(void)state;
	check_source("The Wilmar River Board was quoted as saying 40 "
	    "residents died in the floods.", 40, "River board");
	check_source("Anna Holm spoke to reporters on Monday.\n\nShe was "
	    "quoted as saying 42 people died in the floods.", 42,
	    "River board");
	/* "cited as" something else is no saying */
	check_source("The 44 residents who died in the floods were cited as "
	    "proof of neglect.", 44, "unattributed");
}

static void
should_leave_the_writers_frame_after_a_reporting_clause_unattributed(
    void **state)
{
	static const char text[] = "The floods are the worst in memory, "
	    "the Wilmar River Board said on Monday, as the valley mourned "
	    "12 residents who died in the floods.";
	static const char stated[] = "At least 30 people died in the "
	    "floods, the Wilmar River Board said on Monday, as the valley "
	    "mourned its dead.";

	(void)state;
	check_source(text, 12, "unattributed");
	/* what the statement itself gave stays the speaker's */
	check_source(stated, 30, "River board");
	/* "as many as" bounds a figure and opens no clause */
	check_source("The Wilmar River Board said on Monday that rain would "
	    "fall all week, as many as 70 residents having died in the "
	    "floods.", 70, "River board");
}

static void
should_read_a_quote_of_many_sentences_as_one_statement(void **state)
{
	(void)state;
	check_source("At least 60 people died in the floods, the Wilmar "
	    "Health Ministry said on Monday.\n\n\"The water rose in "
	    "minutes. Roads were cut. Power failed. Help came late,\" the "
	    "ministry said.\n\nAnother 14 residents died in the floods "
	    "overnight, it added.", 14, "Health ministry");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_nouns_of_those_who_speak_as_a_claimant),
		cmocka_unit_test(
		    should_give_a_quote_after_a_statement_to_its_speaker),
		cmocka_unit_test(
		    should_read_quoted_as_saying_as_the_subjects_statement),
		cmocka_unit_test(
		    should_leave_the_writers_frame_after_a_reporting_clause_unattributed),
		cmocka_unit_test(
		    should_read_a_quote_of_many_sentences_as_one_statement),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
