/*
 * test_extract_round23_src.c - who makes the claim, round 23. A union
 * or a body ("the union said", "the global body says", "the union
 * representing them says") is a claimant's head noun; "their union" is
 * the workers' union, not their employer's. A claimant's head may come
 * after common nouns saying what kind it is ("the airplane maker", "the
 * state labour commissioner", "A Norwegian border guard spokeswoman"),
 * which then means the one named before as "the maker" would. A body's
 * "press service" is that body speaking, not a news outlet relaying.
 * "..., X said, while adding that ..." goes on with X's words. A group
 * or union of a country's people ("a Norwegian human rights group") is
 * not that country's state, and a word of the gazetteer written with
 * a capital ("Labour Ministry") is not read in a lower-case one ("a
 * labour group"). "According to an activist group, X, ..." is X's when
 * the gazetteer knows X.
 * A title heads a claimant before the place it holds office in, and a
 * place's description ("the governor of hard-hit X") is no part of the
 * name the gazetteer knows ("governor of X"). A headline ends in its
 * claimant and a verb in the plural ("..., Norwegian Authorities
 * Report") or in an abbreviation of the gazetteer's word ("...: Govt").
 * "X will lay off 1,800, it has told the union": "it" is the sentence's
 * own subject when no cue comes before it. "..., a closure, announced
 * on Wednesday by X" is what X did, no clause of saying.
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

#define PUB "2025-09-12"

static const char tracker_text[] =
	"[tracker]\nname = dock strike\nsubject =\n"
	"[nouns]\ncounted = workers, dockers, people\n"
	"[subjects]\ncues = strike, strikes, walkout, dockers, port\n"
	"[quantity strikers]\ndefault = yes\n"
	"triggers = walked out, on strike, struck\n"
	"[quantity laid_off]\n"
	"triggers = laid off, lay off, layoffs\n"
	"[quantity detained]\n"
	"triggers = detained, arrested\n"
	"[sources]\n"
	"DWU = Dock Workers Union, DWU, Rosa Lind\n"
	"Harbour Lines = Harbour Lines, Piet Kroon\n"
	"Labour Ministry = Labour Ministry, Ministry of Labour\n"
	"Norway = Norway, Oslo, Norwegian government, government\n"
	"Bergen County = governor of Bergen, Bergen governor\n";

#include "text_tracker.h"

/* The source of the claim of value v in text. */
static void
check_source(const char *text, double v, const char *source)
{
	struct claimset cs;
	const struct claim *cl;

	claimset_init(&cs);
	extract_text(tr, "t", PUB, text, &cs);
	cl = claim_valued(&cs, v, text);
	check_str("source", cl->source, source, text);
	claimset_release(&cs);
}

static void
should_read_a_union_or_a_body_as_a_claimant(void **state)
{
	(void)state;
	check_source("The Dock Workers Union called the walkout on Monday.\n\n"
	    "The union said that Harbour Lines plans to lay off at least 600 "
	    "workers after the strike.", 600, "DWU");
	check_source("The Dock Workers Union called the walkout on Monday.\n\n"
	    "About 4,000 dockers have gone on strike, the union representing "
	    "them says, after talks with Harbour Lines failed.", 4000,
	    "DWU");
	check_source("Harbour Lines said 200 dockers walked out on Monday.\n\n"
	    "The port body says 300 more dockers walked out on Tuesday.",
	    300, "Harbour Lines");
}

static void
should_not_give_their_union_to_their_employer(void **state)
{
	(void)state;
	/* the workers' union, not the employer's */
	check_source("More than 5,000 workers at Harbour Lines will strike "
	    "again on 8 October, their union says.", 5000, "unattributed");
}

static void
should_read_common_nouns_before_a_claimants_head(void **state)
{
	(void)state;
	check_source("Harbour Lines said on Monday that 150 workers were laid "
	    "off at the port.\n\nThe ferry company said another 700 workers "
	    "were laid off on Tuesday.", 700, "Harbour Lines");
	check_source("The Labour Ministry said on Monday that 150 dockers "
	    "were arrested.\n\nThe federal labour minister also said that "
	    "80 dockers were detained overnight.", 80, "Labour Ministry");
}

static void
should_read_a_press_service_as_its_body(void **state)
{
	(void)state;
	check_source("Dockers blocked the port on Monday, the Labour "
	    "Ministry's press service said.\n\n\"More than 90 dockers have "
	    "been detained for blocking the port,\" the press service "
	    "said.", 90, "Labour Ministry");
	/* a news outlet stays an outlet: it relays, naming no one */
	check_source("More than 95 dockers have been detained, the Nordic "
	    "news service reported.", 95, "unattributed");
}

static void
should_keep_the_speaker_over_while_adding_that(void **state)
{
	(void)state;
	check_source("Nearly half of the dockers, the Dock Workers Union said, "
	    "are from the north port, while adding that an estimated 2,500 "
	    "dockers walked out in the south.", 2500, "DWU");
	/* a clause of contrast is still the article's own */
	check_source("About 900 dockers walked out, the Dock Workers Union "
	    "said, while 300 dockers stayed at work.", 300, "unattributed");
}

static void
should_not_give_a_rights_group_to_its_state(void **state)
{
	(void)state;
	check_source("Police detained 40 dockers during the strike, a "
	    "Norwegian human rights group said on Friday.", 40,
	    "unattributed");
	check_source("Police detained 41 dockers during the strike, "
	    "Norwegian labour authorities said on Friday.", 41, "Norway");
}

static void
should_read_a_name_apposed_to_an_according_description(void **state)
{
	(void)state;
	check_source("According to a labour group, DWU, 40 dockers "
	    "were detained at the port.", 40, "DWU");
	/* a name the gazetteer does not know is no better than the
	 * description: neither names a source */
	check_source("According to a labour group, Dock Watch, 41 "
	    "dockers were detained at the port.", 41, "unattributed");
}

static void
should_read_a_governor_of_a_described_place(void **state)
{
	(void)state;
	/* the governor speaks, not the place */
	check_source("At least 43 dockers were detained at the port, the "
	    "governor of hard-hit Bergen said Sunday.", 43, "Bergen County");
	check_source("At least 44 dockers were detained at the port, the "
	    "governor of northern Bergen said Sunday.", 44, "Bergen County");
}

static void
should_read_a_headlines_claimant_at_its_end(void **state)
{
	(void)state;
	check_source("At Least 27 Dockers Are Detained After Port Strike, "
	    "Norwegian Authorities Report", 27, "Norway");
	check_source("33 Dockers Detained in Port Strike: Govt", 33,
	    "Norway");
}

static void
should_give_it_the_sentences_own_subject(void **state)
{
	(void)state;
	check_source("Harbour Lines will lay off up to 1,800 dockers at the "
	    "end of the month, it has told the union.", 1800,
	    "Harbour Lines");
	/* "she" is a person the company is not */
	check_source("Harbour Lines will lay off up to 1,900 dockers at the "
	    "end of the month, she said.", 1900, "unattributed");
}

static void
should_not_read_a_participles_agent_as_a_speaker(void **state)
{
	(void)state;
	/* Kroon announced the closure, not the count */
	check_source("About 300 dockers took to the streets to protest a port "
	    "closure, announced earlier on Wednesday by Piet Kroon amid the "
	    "strike.", 300, "unattributed");
	check_source("About 310 dockers walked out on Wednesday, said Piet "
	    "Kroon.", 310, "Harbour Lines");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_a_union_or_a_body_as_a_claimant),
		cmocka_unit_test(
		    should_not_give_their_union_to_their_employer),
		cmocka_unit_test(
		    should_read_common_nouns_before_a_claimants_head),
		cmocka_unit_test(should_read_a_press_service_as_its_body),
		cmocka_unit_test(
		    should_keep_the_speaker_over_while_adding_that),
		cmocka_unit_test(should_not_give_a_rights_group_to_its_state),
		cmocka_unit_test(
		    should_read_a_name_apposed_to_an_according_description),
		cmocka_unit_test(should_read_a_governor_of_a_described_place),
		cmocka_unit_test(should_read_a_headlines_claimant_at_its_end),
		cmocka_unit_test(should_give_it_the_sentences_own_subject),
		cmocka_unit_test(
		    should_not_read_a_participles_agent_as_a_speaker),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
