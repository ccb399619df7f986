/*
 * test_extract_round27_qty27.c - what a figure counts and whether it is
 * to come, round 27.
 *
 * A verb of promise the tracker counts as a quantity of its own
 * ("pledged", "offered") tells a pledge made, now: it projects nothing.
 * Governing the verb before the figure ("pledged to send 600",
 * "committed to deploying 250") it names what is told, the pledge, not
 * the sending, which has not happened.
 *
 * Plans and forecasts: "is supposed to have N" (not "the supposed N");
 * "the potentially N soldiers" (an adverb on the figure itself, not
 * one hedging a verb after it); "is projected to begin"; the object of
 * the verb a decision names ("made a decision to send N", "the decision
 * to deploy an additional N"), but not a figure a decision's clause
 * merely precedes.
 *
 * Subjects joined by "and" share their verb: "Up to 2,000 soldiers and
 * a hospital ship will join" is to come, as "2,000 soldiers will join".
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

#define PUB "2026-04-20"

/* A peacekeeping mission: police and troops pledged, planned, sent. */
static const char tracker_text[] =
	"[tracker]\nname = island mission\nsubject =\nplace = Borduria\n"
	"[nouns]\ncounted = police officers, officers, soldiers, police\n"
	"[subjects]\ncues = mission, force\n"
	"[quantity deployed]\ndefault = yes\n"
	"triggers = deployed, deploy, sent, send, arrived, landed\n"
	"[quantity pledged]\n"
	"triggers = pledged, promised, offered, committed\n"
	"[quantity planned]\nmodality = projected\n"
	"triggers = will deploy, plans to\n"
	"[measure deployed]\nquantities = deployed\n"
	"[measure pledged]\nquantities = pledged\n"
	"[measure planned]\nquantities = planned\n"
	"projection_of = deployed\n";

#include "text_tracker.h"

static void
check_rows(const struct sentence_kinds *rows, size_t n)
{
	check_sentence_kinds(tr, PUB, rows, n);
}

static void
should_count_a_pledge_as_made_when_the_tracker_counts_pledges(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Ruritania has pledged 800 police officers to the "
		    "mission.", { "pledged/current", NULL } },
		{ "Syldavia offered 300 soldiers for the force on Monday.",
		    { "pledged/current", NULL } },
		/* a modal of the future still plans */
		{ "Syldavia will send 300 soldiers to the force next "
		    "month.", { "planned/projected", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_read_the_promise_that_governs_the_verb_before_a_figure(
    void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Ruritania pledged to send 600 police officers to the "
		    "mission.", { "pledged/current", NULL } },
		{ "The government committed to deploying 250 soldiers to "
		    "the mission.", { "pledged/current", NULL } },
		/* no promise: what was done */
		{ "Ruritania sent 600 police officers to the mission.",
		    { "deployed/current", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_read_plans_told_by_supposed_potentially_projected(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "The mission is supposed to have 2,400 police officers.",
		    { "planned/projected", NULL } },
		{ "The deployment of the potentially 1,500 soldiers of the "
		    "force was approved.", { "planned/projected", NULL } },
		{ "The dispatch of 4,000 more soldiers for the mission is "
		    "projected to begin in May.", { "planned/projected", NULL } },
		/* "potentially" hedging another verb: the arrival stands */
		{ "Officials said 700 officers of the force arrived, "
		    "potentially easing the crisis.", { "deployed/current", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_project_the_object_of_a_decided_verb(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "The president made a decision to send 1,200 soldiers to "
		    "the mission.", { "planned/projected", NULL } },
		{ "The cabinet's decision to deploy an additional 500 "
		    "officers to the force was welcomed.", { "planned/projected", NULL } },
		/* a decision's clause before another verb's object */
		{ "The decision to extend the mission has kept 3,000 "
		    "soldiers deployed on the island.",
		    { "deployed/current", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

static void
should_share_the_verb_of_subjects_joined_by_and(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Up to 2,000 soldiers and a hospital ship will join the "
		    "mission.", { "planned/projected", NULL } },
		{ "As many as 900 police officers and dozens of armoured "
		    "vehicles could be deployed to the mission.",
		    { "planned/projected", NULL } },
		/* the verb after them is in the past */
		{ "About 900 police officers and dozens of armoured "
		    "vehicles arrived for the mission.",
		    { "deployed/current", NULL } },
	};

	(void)state;
	check_rows(rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		 should_count_a_pledge_as_made_when_the_tracker_counts_pledges),
		cmocka_unit_test(
		    should_read_the_promise_that_governs_the_verb_before_a_figure),
		cmocka_unit_test(
		    should_read_plans_told_by_supposed_potentially_projected),
		cmocka_unit_test(
		    should_project_the_object_of_a_decided_verb),
		cmocka_unit_test(
		    should_share_the_verb_of_subjects_joined_by_and),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
