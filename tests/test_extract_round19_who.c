/*
 * test_extract_round19_who.c - who claims a figure, round 19. A sentence
 * that points back at the figure before it in so many words ("This
 * figure includes ...", "Among them, ...", "This brings the toll to
 * ...", also after an opening phrase and over a paragraph's end) keeps
 * that figure's source. An object pronoun ("according to him") refers
 * back as "he" does. A person the gazetteer lacks, described between
 * commas after his name ("X, the Moldovan deputy minister,", "X, the
 * Moscow-backed governor,"), speaks for what the description names, and
 * so does his surname in a later quote; "bin" and "ibn" join the parts
 * of a name after a title. "A company spokesperson" means the company
 * named before, as "the company" does. An alias written with a
 * possessive inside it ("Harbourton's police" for "Harbourton police")
 * names its source. "The country's minister" speaks for the country the
 * sentence named last before him; a ministry named by its office alone
 * ("The Ministry of Civil Protection") is the one of the state whose
 * place the story is filed from.
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
	"[nouns]\ncounted = people, residents, workers, pilgrims\n"
	"[subjects]\ncues = flood, floods, plant, pilgrimage\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll\n"
	"[quantity laid_off]\ntriggers = sent home, laid off\n"
	"[sources]\n"
	"Moldova = Moldova, Moldovan, Chisinau\n"
	"Omania = Omania, Omani\n"
	"Russia = Russia, Russian, Moscow\n"
	"Wire = Wire Agency, the Wire\n"
	"Mapleco = Mapleco\n"
	"Port Police = Harbourton police\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_keep_the_source_of_a_figure_pointed_back_at(void **state)
{
	(void)state;
	check_source("According to the Wire Agency, 410 people have died "
	    "in the floods so far.\n\nThis figure includes 120 residents "
	    "of the capital.", 120, "Wire");
	check_source("The Moldovan government said 300 people died in the "
	    "floods. Among them, 45 were children under ten.", 45,
	    "Moldova");
	check_source("The Wire Agency said 260 people died in the floods. "
	    "Apart from the residents, this number includes 30 workers of "
	    "the plant.", 30, "Wire");
	check_source("The Wire Agency said 180 people died in the floods "
	    "on Monday. On Tuesday, this brought the toll to 230 people.",
	    230, "Wire");
}

static void
should_not_carry_on_with_a_raise_that_sets_no_level(void **state)
{
	(void)state;
	check_source("The Wire Agency said 180 people died in the floods. "
	    "This has raised fears among some 2,000 residents of the "
	    "flood plain.", 2000, "unattributed");
}

static void
should_read_an_object_pronoun_as_referring_back(void **state)
{
	(void)state;
	check_source("\"We have counted 95 dead in the floods,\" Moldovan "
	    "minister Ion Rusu said. According to him, another 40 people "
	    "died in the hills.", 40, "Moldova");
}

static void
should_take_the_source_a_description_after_a_name_names(void **state)
{
	(void)state;
	check_source("According to Lina Vartic, a Moldovan deputy "
	    "minister, 212 people died in the floods.", 212, "Moldova");
	check_source("Pavel Orlov, the Moscow-backed head of the district, "
	    "said 64 people died in the floods.", 64, "Russia");
	check_source("In a post on Monday, Pavel Orlov, the Moscow-backed "
	    "head of the district, gave a higher toll.\n\n\"The flood death toll has risen to 71 "
	    "people,\" Orlov wrote.", 71, "Russia");
}

static void
should_join_a_name_over_bin(void **state)
{
	(void)state;
	check_source("Omani Interior Minister Salim bin Hamad Al-Rawahi "
	    "said 37 pilgrims died during the pilgrimage.", 37, "Omania");
}

static void
should_read_a_spokesperson_of_a_kind_as_the_body_before(void **state)
{
	(void)state;
	check_source("Mapleco asserted that the flood had closed its "
	    "plant.\n\nAccording to a company spokesperson, 130 workers "
	    "were sent home at the plant.", 130, "Mapleco");
}

static void
should_know_an_alias_written_with_a_possessive(void **state)
{
	(void)state;
	check_source("Nine people died in the floods, Harbourton's police "
	    "chief said.", 9, "Port Police");
}

static void
should_give_the_country_s_minister_the_country_named_before(void **state)
{
	(void)state;
	check_source("At least 48 people died in the floods across Moldova, "
	    "the country's interior minister said.", 48, "Moldova");
}

static void
should_give_an_unnamed_state_s_ministry_the_dateline_s_state(void **state)
{
	(void)state;
	check_source("CHISINAU - The Ministry of Civil Protection has "
	    "announced that 57 people died in the floods.", 57, "Moldova");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_the_source_of_a_figure_pointed_back_at),
		cmocka_unit_test(
		    should_not_carry_on_with_a_raise_that_sets_no_level),
		cmocka_unit_test(
		    should_read_an_object_pronoun_as_referring_back),
		cmocka_unit_test(
		    should_take_the_source_a_description_after_a_name_names),
		cmocka_unit_test(should_join_a_name_over_bin),
		cmocka_unit_test(
		    should_read_a_spokesperson_of_a_kind_as_the_body_before),
		cmocka_unit_test(
		    should_know_an_alias_written_with_a_possessive),
		cmocka_unit_test(
		    should_give_the_country_s_minister_the_country_named_before),
		cmocka_unit_test(
		    should_give_an_unnamed_state_s_ministry_the_dateline_s_state),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
