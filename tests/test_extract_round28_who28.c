/*
 * test_extract_round28_who28.c - who claims a figure, round 28: a
 * claimant written in the figure's own sentence that was not read.
 *
 * "As per X, N died": the "as per" of Indian and Pakistani English
 * names its claimant as "according to X" does; "as per" before a plan
 * or a rule ("as per the schedule") names no one.
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

#define PUB "2025-03-10"

static const char tracker_text[] =
	"[tracker]\nname = unrest\nsubject =\nplace = Ruritania\n"
	"[nouns]\ncounted = people, protesters, students\n"
	"[subjects]\ncues = protests, unrest, crackdown\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, deaths, death toll, toll\n"
	"nouns = deaths\n"
	"[quantity arrested]\ntriggers = arrested, detained, arrests\n"
	"[sources]\n"
	"Ruritanian police = police, police spokesman, Jan Horak\n"
	"Ruritanian government = government, interior ministry\n"
	"Red Cross = Red Cross, IFRC\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_read_as_per_as_according_to(void **state)
{
	(void)state;
	check_source("As per the Red Cross, 48 people have been killed in "
	    "the unrest.", 48, "Red Cross");
	check_source("As per figures from the interior ministry, at least "
	    "310 protesters were detained in the crackdown.", 310,
	    "Ruritanian government");
	check_source("At least 27 people died in the protests, as per "
	    "the police.", 27, "Ruritanian police");
	/* a plan after "as per" names no one */
	check_source("As per the schedule, 40 protesters were detained "
	    "in the crackdown.", 40, "unattributed");
	check_source("As per usual, 40 protesters were detained in the "
	    "crackdown.", 40, "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_as_per_as_according_to),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
