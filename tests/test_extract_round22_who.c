/*
 * test_extract_round22_who.c - who claims a figure, round 22. A survey
 * or a study named by its noun alone ("The survey found that ...") is
 * the work of its maker named before, as a report is; one the sentence
 * itself has just named without a maker ("The new study puts the toll
 * at ...; the study found ...") is no earlier speaker's. A named report
 * that opens a clause after "but" ("..., but a new X study says ...")
 * says nothing of the figures before it. A capitalized name whose parts
 * small words join ("the Council for Rivers in the Valley") is one
 * name, also when it holds an "and", and a title before it ("the envoy
 * to ...") takes its owner from the front. "X highlighted that",
 * "X specified that" state a figure as "X said that" does, and "X gave
 * no toll but said ..." keeps the sentence's subject as the speaker.
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
	"Wilmar = Wilmar, Wilmar government\n"
	"Northland = Northland, Northland officials\n"
	"Tarn University = Tarn University, Tarn\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_a_survey_named_by_its_noun_to_its_maker(void **state)
{
	(void)state;
	check_source("The Wilmar River Board conducted its latest survey "
	    "between May 3 and 9.\n\nThe survey found that 1,240 people "
	    "died in the floods.", 1240, "River board");
	check_source("The Wilmar River Board carried out a survey in the "
	    "valley last week.\n\nThe boats were slow to arrive.\n\nThe "
	    "latest survey says 610 residents died in the floods.", 610,
	    "River board");
	/* a study the sentence has just named, its maker left out, is no
	 * earlier speaker's work */
	check_source("Wilmar said in June that 400 people died in the "
	    "floods.\n\nThe new study puts the figure higher; the study "
	    "found that 930 people died in the floods.", 930,
	    "unattributed");
}

static void
should_keep_a_figure_before_but_from_the_report_after_it(void **state)
{
	(void)state;
	check_source("The official death toll is 52, but a new Tarn study "
	    "says the floods killed 1,310 people.", 52, "unattributed");
	check_source("The official death toll is 52, but a new Tarn study "
	    "says the floods killed 1,310 people.", 1310, "Tarn University");
}

static void
should_read_a_name_joined_by_small_words_as_one(void **state)
{
	(void)state;
	check_source("At least 214 people died in the floods, the Northland "
	    "envoy to the Agency for Relief and Recovery (ARR) said on "
	    "Friday.", 214, "Northland");
	check_source("At least 57 people died in the floods, the Northland "
	    "ambassador to the Council for Rivers in the Valley said.", 57,
	    "Northland");
	/* a known name read first is not pushed aside by what is before */
	check_source("At least 86 people died in the floods, the Wilmar "
	    "Commissioner for Rivers Anna Holm said on Friday.", 86,
	    "River board");
}

static void
should_read_stating_verbs_before_that(void **state)
{
	(void)state;
	check_source("The Wilmar government highlighted that 77 people died "
	    "in the floods.", 77, "Wilmar");
	check_source("Later, Northland officials specified that 45 residents "
	    "died in the floods.", 45, "Northland");
}

static void
should_keep_the_subject_of_a_verb_after_but(void **state)
{
	(void)state;
	check_source("Northland officials gave no full toll but said 130 "
	    "people died in the floods.", 130, "Northland");
	check_source("Wilmar has not released a final toll but reported 58 "
	    "dead in the floods on Sunday.", 58, "Wilmar");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_survey_named_by_its_noun_to_its_maker),
		cmocka_unit_test(
		    should_keep_a_figure_before_but_from_the_report_after_it),
		cmocka_unit_test(
		    should_read_a_name_joined_by_small_words_as_one),
		cmocka_unit_test(should_read_stating_verbs_before_that),
		cmocka_unit_test(should_keep_the_subject_of_a_verb_after_but),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
