/*
 * test_extract_round28_coref28.c - who claims a figure when the claimant
 * is named in an earlier sentence and named again by its kind, round 28.
 *
 * "The group said" after "the Geneva-based group Harbour Watch", "The
 * party claimed" after "the opposition Green Dawn party" or "Green Dawn
 * (GD) party": a lower-case kind noun after "the" means the body the
 * sentences before named with that noun beside its name, before it,
 * after it or in an apposition ("Harbour Watch, a group that ...").
 * "group", "organization" and "organisation" name one another again.
 *
 * "the organization", "the group", "the party" name one body: never
 * "officials" or another many whose claim came before.
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
	"Valdonian government = officials\n"
	"Harbour Watch = Harbour Watch, HW\n"
	"Green Dawn = Green Dawn, GD\n"
	"Red Cross = Red Cross, Lena Morrow\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_name_a_body_by_the_kind_written_beside_its_name(void **state)
{
	(void)state;
	/* the kind before the name */
	check_source("The Geneva-based group Harbour Watch sent observers "
	    "to the valley after the floods.\n"
	    "The group said that 44 people had died.", 44,
	    "Harbour Watch");
	/* the kind after the name */
	check_source("The opposition Green Dawn party held a rally after "
	    "the floods.\n"
	    "The party claimed that 70 people had died.", 70,
	    "Green Dawn");
	/* after an acronym in brackets */
	check_source("Leaders of the Green Movement of Dawn (GD) party "
	    "toured the valley after the floods.\n"
	    "The party claimed that 70 people had died.", 70,
	    "Green Dawn");
	/* in an apposition, by another plain kind */
	check_source("Harbour Watch, a group with members in the valley, "
	    "counts the victims of the floods.\n"
	    "The organization said 52 people had died.", 52,
	    "Harbour Watch");
}

static void
should_not_name_a_body_by_a_kind_never_written_beside_it(void **state)
{
	(void)state;
	/* named, but never called a party */
	check_source("Green Dawn held a rally after the floods.\n"
	    "The party claimed that 70 people had died.", 70,
	    "unattributed");
	/* the kind beside another word, not beside the name */
	check_source("A group of volunteers met Harbour Watch after the "
	    "floods.\n"
	    "The group said 44 people had died.", 44, "unattributed");
}

static void
should_not_give_one_body_to_officials_said_before(void **state)
{
	(void)state;
	check_source("Officials said 12 people were missing after the "
	    "floods.\n"
	    "Harbour Watch, a group that tracks the victims, met them.\n"
	    "The organization said it has confirmed 52 deaths.", 52,
	    "Harbour Watch");
	/* with no such body named, it stays no one's */
	check_source("Officials said 12 people were missing after the "
	    "floods.\n"
	    "The organization said 52 people had died.", 52,
	    "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_name_a_body_by_the_kind_written_beside_its_name),
		cmocka_unit_test(
		    should_not_name_a_body_by_a_kind_never_written_beside_it),
		cmocka_unit_test(
		    should_not_give_one_body_to_officials_said_before),
	};
	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
