/*
 * test_extract_round28_who28.c - who claims a figure, round 28: a
 * claimant written in the figure's own sentence that was not read.
 *
 * "As per X, N died": the "as per" of Indian and Pakistani English
 * names its claimant as "according to X" does; "as per" before a plan
 * or a rule ("as per the schedule") names no one.
 *
 * "Hospital sources confirmed": sources named by their kind in the
 * plural speak for themselves, as "rights groups" do; "Korean and
 * Western sources" are several bodies and stay unattributed.
 *
 * "police and medical sources said": "medical" belongs to a claimant's
 * phrase, so the coordinated phrase is read back to its first body.
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

#include "unrest_tracker.h"

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

static void
should_keep_sources_of_a_kind_as_their_own_source(void **state)
{
	(void)state;
	check_source("Hospital sources confirmed 14 people were killed in "
	    "the protests.", 14, "Hospital sources");
	check_source("Security sources said more than 90 protesters were "
	    "detained in the crackdown.", 90, "Security sources");
	/* the last of several kinds names no one body */
	check_source("Ruritanian and foreign sources said 35 people died in "
	    "the unrest.", 35, "unattributed");
	/* bare "sources" name no one */
	check_source("Sources said 22 people were killed in the protests.",
	    22, "unattributed");
}

static void
should_read_a_coordinated_claimant_with_a_medical_body(void **state)
{
	(void)state;
	check_source("At least 11 people were killed in the protests, police "
	    "and medical sources said.", 11, "Ruritanian police");
	check_source("Police and medical officials said 26 people died in the "
	    "unrest.", 26, "Ruritanian police");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_as_per_as_according_to),
		cmocka_unit_test(
		    should_keep_sources_of_a_kind_as_their_own_source),
		cmocka_unit_test(
		    should_read_a_coordinated_claimant_with_a_medical_body),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
