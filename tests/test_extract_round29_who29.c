/*
 * test_extract_round29_who29.c - who claims a figure, round 29: a
 * claimant written in the figure's own sentence in a form not read.
 *
 * "the previous toll of 160 that was announced earlier on Friday by X":
 * a time phrase between the participle and its "by", and a relative
 * pronoun with its auxiliary between the figure and the participle,
 * still leave the agent the giver of the figure.
 *
 * "the figure of 610 deaths by X": the noun a figure counts may stand
 * between it and the "by" of who gave it; a participle there ("700
 * killed by police") makes the "by" the doer's.
 *
 * "X set the toll at N", "X has established the number of deaths at
 * N": verbs that fix a figure as "put" does.
 *
 * "the rights group Amnistia said": a body's kind before its name, as
 * "the news agency X" is read, leaves the name the claimant.
 *
 * "..., a government minister said", "...: minister", "... -
 * presidential spokesperson": a minister, or a spokesperson of the
 * presidency or government, unnamed in a sentence about the home
 * place speaks for its government as "officials" do.
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
should_read_the_agent_of_a_figure_given_at_a_time(void **state)
{
	(void)state;
	check_source("The toll of the protests is up from 160 that was "
	    "announced on Friday by the Red Cross.", 160, "Red Cross");
	check_source("The protests' toll of 45 deaths given yesterday by the "
	    "Red Cross was revised upward.", 45, "Red Cross");
	check_source("A toll of 70 dead in the unrest, which had been "
	    "confirmed by the police, was later raised.", 70, "Ruritanian police");
	/* a doer after "by", not a giver */
	check_source("Some 30 people that were killed by soldiers in the "
	    "unrest were buried on Monday.", 30, "unattributed");
}

static void
should_read_the_giver_after_a_counted_noun(void **state)
{
	(void)state;
	check_source("The toll of the protests is far above the earlier figure "
	    "of 610 deaths by the Red Cross.", 610, "Red Cross");
	check_source("Estimates of the protests' toll ranged from 90 deaths "
	    "by the police to 140 deaths by the Red Cross.", 140, "Red Cross");
	/* a participle between makes the "by" the doer's */
	check_source("The earlier figure of 52 people killed by the police in "
	    "the protests was disputed.", 52, "unattributed");
	/* a date after "by" is when, not who */
	check_source("The estimate of 300 arrests in the crackdown by Friday "
	    "was exceeded.",
	    300, "unattributed");
}

static void
should_read_verbs_that_fix_a_figure_as_put(void **state)
{
	(void)state;
	check_source("The police have established the number of deaths in "
	    "the unrest at 79.", 79, "Ruritanian police");
	check_source("The Red Cross set the death toll of the protests at 88 "
	    "on Monday.", 88,
	    "Red Cross");
	/* "set" with no figure as its object is no statement */
	check_source("Protesters set fire to a police station, and 12 people "
	    "died in the unrest.", 12, "unattributed");
}

static void
should_read_the_name_after_a_body_kind(void **state)
{
	(void)state;
	check_source("The rights group Libertas said 140 protesters were "
	    "detained in the crackdown.", 140, "Libertas");
	check_source("According to the monitoring organisation Civic Watch, "
	    "31 people died in the unrest.", 31, "Civic Watch");
	check_source("The local NGO Libertas said 16 students were detained "
	    "in the crackdown.", 16, "Libertas");
	/* a kind with no name after it names no one */
	check_source("A rights group said 17 students were detained in the "
	    "crackdown.", 17, "unattributed");
	/* a known body keeps its gazetteer name */
	check_source("The aid group Red Cross said 19 people died in the "
	    "unrest.", 19, "Red Cross");
}

static void
should_read_an_unnamed_minister_as_the_home_government(void **state)
{
	(void)state;
	check_source("At least 45 people died in the unrest in Ruritania, a "
	    "government minister said.", 45, "Ruritanian government");
	check_source("Some 300 protesters were detained in Ruritania in the "
	    "crackdown, a presidential spokesperson said.", 300,
	    "Ruritanian government");
	/* a spokesperson of no named kind may be anyone's */
	check_source("A spokesperson said 12 people died in the unrest in "
	    "Ruritania.", 12, "unattributed");
	/* nor is a minister the home one's when no place is named */
	check_source("A minister said 14 people died in the unrest.", 14,
	    "unattributed");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_the_agent_of_a_figure_given_at_a_time),
		cmocka_unit_test(should_read_the_giver_after_a_counted_noun),
		cmocka_unit_test(should_read_verbs_that_fix_a_figure_as_put),
		cmocka_unit_test(should_read_the_name_after_a_body_kind),
		cmocka_unit_test(
		    should_read_an_unnamed_minister_as_the_home_government),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
