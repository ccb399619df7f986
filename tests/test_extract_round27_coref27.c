/*
 * test_extract_round27_coref27.c - who claims a figure when the claimant
 * is named in another sentence, round 27.
 *
 * "He said" after a sentence whose subject, a name the gazetteer knows,
 * stands apart from its verb by an aside set off by commas ("President
 * X, who steps down in May, condemned ...", "X, 61, met ...") means that
 * subject, as it does when the verb follows the name.
 *
 * "According to the Network", "the Observatory said": one capitalized
 * word after "the" is a body named by its kind when a name the article
 * gave before has the word, or an apposition after such a name does
 * ("Harbour Watch, a coastal NGO, said ... According to the NGO, ...").
 *
 * "Officials said ... They said ...": "they" means the officials as
 * their claim was finally given (the home government), not as the cue
 * alone read them.
 *
 * "..., who said ..." after a name the claimant chooser picked: a
 * sentence with no cue of its own that can mean the pronoun offers whom
 * its claim was given.
 *
 * "President X" named after a title is one person: "it" or "they" does
 * not mean him.
 *
 * "the official told AFP" after "a health ministry official said": "the"
 * and a head such as "official" alone mean whom the sentences just
 * before named with that noun, before any alias of the bare head.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-06-02"

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\nplace = Valdonia\n"
	"[nouns]\ncounted = people, residents\n"
	"[subjects]\ncues = floods, flooding, flood\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, deaths\n"
	"nouns = deaths\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Valdonian government = Valdonian government, Valdonia, Anton Velik\n"
	"Valdonian government = President Anton Velik\n"
	"Harbour Watch = Harbour Watch, Harbour Watch Network\n"
	"Red Cross = Red Cross, Lena Morrow\n"
	"Health ministry = health ministry, health ministry official\n"
	"Valdonian government = officials\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_give_he_said_to_a_subject_apart_from_its_verb(void **state)
{
	(void)state;
	/* a relative clause between the name and its verb */
	check_source("President Anton Velik, who took office in March, "
	    "visited the flooded valley on Sunday.\n"
	    "He said that 31 people had died in the floods.", 31,
	    "Valdonian government");
	/* an age */
	check_source("Anton Velik, 61, toured the shelters on Monday.\n"
	    "He said 12 people were still missing after the floods.", 12,
	    "Valdonian government");
	/* a line between them (a crosshead) does not stop it */
	check_source("President Anton Velik, who took office in March, "
	    "condemned the delays in a speech last week.\nRelief\n"
	    "More than 40 people died in the floods, he added.", 40,
	    "Valdonian government");
}

static void
should_not_read_past_a_quote_or_an_unclosed_aside(void **state)
{
	(void)state;
	/* a quoted aside is no subject's aside */
	check_source("Anton Velik, \"the people's president\", toured the "
	    "valley.\nHe said 19 people died in the floods.", 19,
	    "unattributed");
}

static void
should_name_a_body_called_by_its_kind(void **state)
{
	(void)state;
	/* the word is a word of a name given before */
	check_source("The Harbour Watch Network said on Monday that the "
	    "floods had killed nine people.\n"
	    "According to the Network, 14 residents are still missing.", 14,
	    "Harbour Watch");
	/* the word is the apposition's */
	check_source("Harbour Watch, a coastal NGO, counted the dead "
	    "on Monday.\n"
	    "According to the NGO, 27 people died in the floods.", 27,
	    "Harbour Watch");
}

static void
should_not_name_a_body_no_name_before_has(void **state)
{
	(void)state;
	/* no name before has the word: the kind stays as it was read */
	check_source("The Red Cross sent teams to the valley.\n"
	    "According to the NGO, 33 people died in the floods.", 33,
	    "NGO");
}

static void
should_give_they_the_source_their_claim_was_given(void **state)
{
	(void)state;
	/* the home place's government, given to "officials" for the
	   sentence naming it, goes on with "they" */
	check_source("Officials said 52 people had died in the floods in "
	    "Valdonia.\nThey said 17 people were still missing.", 17,
	    "Valdonian government");
}

static void
should_give_he_the_claimant_of_a_claim_before(void **state)
{
	(void)state;
	/* the claim of the first sentence was given by no cue of its own;
	   a quote closed by "she said" names no one either */
	check_source("Rescue crews reached the farm of retired teacher "
	    "Lena Morrow, who said 26 people had died in the "
	    "floods.\n\"The water rose in minutes,\" she said.\n"
	    "She said 14 residents were still missing.", 14, "Red Cross");
}

static void
should_not_give_they_to_one_titled_person(void **state)
{
	(void)state;
	check_source("Harbour Watch officials said 12 people died in the "
	    "floods.\nPresident Anton Velik toured the valley on Monday.\n"
	    "By Tuesday, 31 people had died in the floods, they said.", 31,
	    "Harbour Watch");
	/* "he" still means him */
	check_source("Harbour Watch officials said 12 people died in the "
	    "floods.\nPresident Anton Velik toured the valley on Monday.\n"
	    "By Tuesday, 31 people had died in the floods, he said.", 31,
	    "Valdonian government");
}

static void
should_give_the_official_to_the_official_named_before(void **state)
{
	(void)state;
	check_source("More than 60 people are missing after the floods, a "
	    "health ministry official said on Saturday.\n"
	    "\"The floods have killed 154 people,\" the official told "
	    "reporters.",
	    154, "Health ministry");
	/* no official named before: one unnamed person, not the many
	 * the government's alias "officials" names */
	check_source("The Red Cross sent teams to the valley.\n"
	    "\"The floods have killed 154 people,\" the official told "
	    "reporters.",
	    154, "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_he_said_to_a_subject_apart_from_its_verb),
		cmocka_unit_test(
		    should_not_read_past_a_quote_or_an_unclosed_aside),
		cmocka_unit_test(should_name_a_body_called_by_its_kind),
		cmocka_unit_test(should_not_name_a_body_no_name_before_has),
		cmocka_unit_test(
		    should_give_they_the_source_their_claim_was_given),
		cmocka_unit_test(
		    should_give_he_the_claimant_of_a_claim_before),
		cmocka_unit_test(should_not_give_they_to_one_titled_person),
		cmocka_unit_test(
		    should_give_the_official_to_the_official_named_before),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
