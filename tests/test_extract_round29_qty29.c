/*
 * test_extract_round29_qty29.c - what a figure counts, round 29: the
 * verb of the figure's own clause, not a trigger of another.
 *
 * A figure opening a conjunct of its own ("30 died and 2,500 suffered
 * injuries", "lost their lives and 120 others were injured") reads its
 * own verb, not the other subject's; an object coordinated with the
 * figure before it ("evacuated 400 residents and 60 tourists") is no
 * subject.
 *
 * A figure saying who some of a group are ("Nearly 800 are children")
 * counts what the group claimed just before counts; not a figure saying
 * where people are ("were at the school").
 *
 * The part of a group named by a relative clause ("600 of those who
 * crossed have been sent back") and the people a participle describes
 * ("Nine people injured in the floods remain under treatment") count
 * what the main verb says, past asides set off by commas ("who were at
 * Camp X, a summer camp, are still missing"); "have since been" is one
 * verb, as is "have been quietly sent back".
 *
 * A part after a whole that opens the sentence ("Of the 32 deaths, 20
 * occurred in the valley, ...") counts what the whole counts when its
 * own clause names nothing.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define NROWS(a) (sizeof(a) / sizeof(*(a)))

#define PUB "2026-05-11"

/* Floods in an invented country: the dead, the injured, the treated,
 * the homeless and those moved to safety. */
static const char tracker_text[] =
	"[tracker]\nname = valley floods\nsubject =\nplace = Syldavia\n"
	"[nouns]\ncounted = people, residents, tourists, children\n"
	"[subjects]\ncues = floods, flood, valley\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, deaths, lost their lives\n"
	"nouns = deaths\n"
	"[quantity injured]\ntriggers = injured, wounded, injuries\n"
	"[quantity hospitalized]\n"
	"triggers = under treatment, hospitalized, in hospital\n"
	"[quantity homeless]\ntriggers = homeless, lost their homes\n"
	"[quantity evacuated]\ntriggers = evacuated, moved to safety\n";

/* A border: people who crossed and people sent back. */
static const char border_ini[] =
	"[tracker]\nname = border\nsubject =\nplace = Syldavia\n"
	"[nouns]\ncounted = people, migrants\n"
	"[subjects]\ncues = border\n"
	"[quantity crossed]\ndefault = yes\n"
	"triggers = crossed, entered\n"
	"[quantity returned]\ntriggers = sent back, returned\n"
	"[quantity arrested]\ntriggers = arrested, detained\n";

#include "text_tracker.h"

static void
check_rows(const struct sentence_kinds *rows, size_t n)
{
	check_sentence_kinds(tr, PUB, rows, n);
}

static void
should_read_the_verb_of_the_figures_own_conjunct(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "At least 30 people died and 2,500 suffered injuries in "
		    "the floods.", { "killed", "injured", NULL } },
		{ "In the floods 40 people lost their lives and 120 others "
		    "were injured.", { "killed", "injured", NULL } },
		{ "Five residents were killed and four were seriously "
		    "injured in the floods.", { "killed", "injured", NULL } },
		/* objects of one verb, no subjects of their own */
		{ "Rescuers evacuated 400 residents and 60 tourists amid "
		    "fears of more deaths in the valley.",
		    { "evacuated", "evacuated", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_count_who_some_of_a_group_are_as_the_group(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "The floods left 3,000 people homeless in the valley. "
		    "Nearly 800 are children.",
		    { "homeless", "homeless", NULL } },
		{ "The floods left 3,000 people homeless in the valley. "
		    "Among them are 900 children.",
		    { "homeless", "homeless", NULL } },
		/* where they are says nothing of who they are */
		{ "The floods left 3,000 people homeless in the valley. "
		    "About 800 were at the school.",
		    { "homeless", "killed", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_read_the_main_verb_after_a_relative_or_participle(void **state)
{
	static const struct qcase border[] = {
		{ "About 600 of those who crossed the border have been "
		    "sent back.", { "returned", NULL } },
		{ "About 600 of those who crossed the border have since "
		    "been sent back.", { "returned", NULL } },
		{ "Some 40 migrants have since been sent back across the "
		    "border.", { "returned", NULL } },
		{ "Some 40 migrants have been quietly sent back across "
		    "the border.", { "returned", NULL } },
		/* an adverb before a verb that is no trigger reads
		   nothing after it */
		{ "Some 40 migrants were quickly questioned at the "
		    "border.", { "crossed", NULL } },
		/* the relative clause's own verb, when no main verb
		   follows */
		{ "Police questioned 70 of those who crossed the border.",
		    { "crossed", NULL } },
	};
	static const struct sentence_kinds rows[] = {
		{ "Nine people injured in the floods remain under "
		    "treatment.", { "hospitalized", NULL } },
		/* no noun: the participle is the verb */
		{ "Seven died after being injured in the floods.",
		    { "killed", NULL } },
		/* past asides set off by commas */
		{ "About 23 children who were staying at Camp Pine, a "
		    "summer camp in the valley, are still hospitalized.",
		    { "hospitalized", NULL } },
		{ "Twelve people injured in the floods at Klow, Upper "
		    "Valley, are still hospitalized.",
		    { "hospitalized", NULL } },
		/* past nouns joined by "or" in the relative clause */
		{ "About 300 people who had to leave their homes or farms were "
		    "evacuated from the valley.", { "evacuated", NULL } },
		/* an aside with no main verb after it */
		{ "About 23 children who were injured at Camp Pine, a "
		    "summer camp, left the valley on Sunday.",
		    { "injured", NULL } },
	};

	(void)state;
	check_ini_quantities(border_ini, PUB, border, NROWS(border));
	check_rows(rows, NROWS(rows));
}

static void
should_count_a_part_as_its_fronted_whole(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Of the 32 deaths, 20 occurred in the valley, the area "
		    "with the most homeless residents.",
		    { "killed", "killed", NULL } },
		/* a trigger of the part's own clause */
		{ "Of the 32 deaths in the floods, 20 residents were "
		    "injured first.", { "killed", "injured", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_the_verb_of_the_figures_own_conjunct),
		cmocka_unit_test(
		    should_count_who_some_of_a_group_are_as_the_group),
		cmocka_unit_test(
		    should_read_the_main_verb_after_a_relative_or_participle),
		cmocka_unit_test(should_count_a_part_as_its_fronted_whole),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
