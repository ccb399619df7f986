/*
 * test_extract_round30_src30.c - who claims a figure, round 30: words
 * that name no one read as a claimant.
 *
 * "Preliminary reports suggest", "Early estimates had put", "three of
 * its 12 states are reporting": a plural noun spelled as a verb of
 * saying in -s ("reports", "estimates", "states") is the subject, not
 * the verb, when a verb follows it at once and before it stands a
 * number or the sentence's first word alone (no acronym, no alias).
 * The word before it then names no one. A name before it ("Ruritanian
 * police estimates suggest"), or the noun used as a verb ("the Red
 * Cross reports 60"), keeps its claimant.
 *
 * "... in the capital -VIDEO", "... – Live": a tag after a headline's
 * last dash that tells what the page carries (video, photos, live
 * updates) is no claimant; a body there ("... - Red Cross") is.
 *
 * "The RC said", "IM says": one word in capitals spelling the initials
 * of a gazetteer alias ("Red Cross", "interior ministry") is that
 * alias's source; initials of no alias stay the word.
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
should_read_a_plural_report_noun_before_a_verb_as_no_one(void **state)
{
	(void)state;
	check_source("Preliminary reports suggest that at least 40 people "
	    "died in the unrest.", 40, "unattributed");
	check_source("Provisional estimates had put the number of arrests "
	    "in the crackdown at 250.", 250, "unattributed");
	check_source("Early reports reveal that some 18 people died in the "
	    "unrest.", 18, "unattributed");
	check_source("Three of the country's 12 states are reporting 80 "
	    "arrests in the unrest.", 80, "unattributed");
}

static void
should_keep_a_claimant_before_a_report_verb(void **state)
{
	(void)state;
	/* the same words used as verbs: a figure or "that" follows */
	check_source("The Red Cross reports 60 people injured in the "
	    "unrest.", 60, "Red Cross");
	check_source("The Red Cross estimates that 90 people died in the "
	    "unrest.", 90, "Red Cross");
	/* a name before the noun owns the report */
	check_source("Red Cross estimates suggest that 75 people died in "
	    "the unrest.", 75, "Red Cross");
	check_source("IFRC reports show that 33 people died in the "
	    "unrest.", 33, "Red Cross");
}

static void
should_read_a_media_tag_after_a_dash_as_no_one(void **state)
{
	(void)state;
	check_source("At least 30 dead in the unrest in the capital -VIDEO",
	    30, "unattributed");
	check_source("At least 12 dead in new clashes in the unrest – Live",
	    12, "unattributed");
	check_source("Toll of the unrest rises to 64 dead - PHOTOS", 64,
	    "unattributed");
	/* a body after the dash is the headline's claimant */
	check_source("At least 30 dead in the unrest in the capital - Red "
	    "Cross", 30, "Red Cross");
}

static void
should_read_initials_of_an_alias_as_its_source(void **state)
{
	(void)state;
	check_source("The RC said 25 people died in the unrest.", 25,
	    "Red Cross");
	check_source("IM says 140 protesters were arrested in the unrest.",
	    140, "Ruritanian government");
	/* initials of no alias */
	check_source("The RCX said 25 people died in the unrest.", 25,
	    "RCX");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_plural_report_noun_before_a_verb_as_no_one),
		cmocka_unit_test(should_keep_a_claimant_before_a_report_verb),
		cmocka_unit_test(should_read_a_media_tag_after_a_dash_as_no_one),
		cmocka_unit_test(should_read_initials_of_an_alias_as_its_source),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
