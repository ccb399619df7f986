/*
 * test_extract_round19_qty.c - what a figure counts, round 19.
 *
 * An age is no count: "as young as 12", "younger than 18", "children
 * under five", "the average age of those held was 17", and the second
 * of two ages ("as young as 12 or 13"); the count beside it stays.
 * A trigger naming the cause of another quantity's event ("died of
 * heat exhaustion", "died from their injuries", "the deaths of 30
 * workers due to heatstroke") is not what the figure counts. People
 * treated or in hospital are the tracker's hurt or, without such a
 * quantity, its treated, not its default (often the dead); a hospital's
 * name is no care. The object of a verb of hosting ("hosts N", "is home
 * to N") counts residents, not people who moved. "Set", "poised" and
 * "going" are words of plan only before "to" or "for": cars "set
 * alight", a bank "set on fire" make no count projected.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define NROWS(a) (sizeof(a) / sizeof(*(a)))

#define PUB "2025-08-14"

/* Unrest: arrests are what is counted; ages are said of the arrested. */
static const char tracker_text[] =
	"[tracker]\nname = unrest\nsubject =\n"
	"[nouns]\ncounted = people, protesters, youths, minors, children, "
	"teenagers, rioters\n"
	"[subjects]\ncues = riot, riots, unrest, protest, protests\n"
	"[quantity arrested]\ndefault = yes\n"
	"triggers = arrested, detained, held, arrests, custody\n"
	"[quantity injured]\ntriggers = injured, wounded, hurt\n";

#include "text_tracker.h"

/* A heat wave: the dead by default, the treated apart, no injured. */
static const char heat_ini[] =
	"[tracker]\nname = heat\nsubject =\n"
	"[nouns]\ncounted = people, workers, labourers, persons\n"
	"[subjects]\ncues = heat, heatwave, heat wave\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, deaths, killed, toll\n"
	"[quantity heat_illness]\n"
	"triggers = heat exhaustion, heatstroke, heat stroke, treated, "
	"hospitalised\n"
	"[quantity missing]\ntriggers = missing\n";

/* A flood: the dead, the injured, and the displaced. */
static const char flood_ini[] =
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, villagers\n"
	"[subjects]\ncues = flood, floods, flooding\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, drowned\n"
	"[quantity injured]\ntriggers = injured, injuries, wounded\n"
	"[quantity displaced]\ntriggers = displaced, fled, forced to leave\n";

/* Refugees: returns by default, residents apart. */
static const char refugee_ini[] =
	"[tracker]\nname = returns\nsubject =\n"
	"[nouns]\ncounted = refugees, migrants, people, nationals\n"
	"[subjects]\ncues = refugee, refugees, migrants, return\n"
	"[quantity returned]\ndefault = yes\n"
	"triggers = returned, fled, crossed, went back\n"
	"[quantity residing]\ntriggers = living, residing, hosts\n";

/* Riots policed: officers deployed, and those to be deployed. */
static const char riot_police_ini[] =
	"[tracker]\nname = police\nsubject =\n"
	"[nouns]\ncounted = officers, police\n"
	"[subjects]\ncues = riot, riots\n"
	"[quantity officers]\ndefault = yes\ntriggers = deployed, sent\n"
	"[quantity officers_projected]\nmodality = projected\n"
	"triggers = will deploy, to be deployed\n";

static void
check_values(const char *text, const double *want, size_t nwant)
{
	check_claim_values(tr, PUB, NULL, text, want, nwant);
}

static void
should_not_count_an_age(void **state)
{
	(void)state;
	check_values("Police said youths as young as 14 were among the "
	    "rioters held overnight.", NULL, 0);
	check_values("Of the 210 people arrested in the riots, 40 were "
	    "younger than 18.", (const double[]){ 210, 40 }, 2);
	check_values("The average age of the 560 protesters detained in the "
	    "riots was 19, the minister said.",
	    (const double[]){ 560 }, 1);
	check_values("Officials said the average age is about 16 among "
	    "those held after the unrest.", NULL, 0);
	check_values("Among the protesters detained were children under "
	    "ten, a lawyer said.", NULL, 0);
}

static void
should_not_count_the_second_of_two_ages(void **state)
{
	(void)state;
	check_values("Minors as young as eleven or twelve were detained "
	    "during the riots.", NULL, 0);
	check_values("During the unrest, 75 teenagers were arrested, some "
	    "as young as 13 or 14.", (const double[]){ 75 }, 1);
}

static void
should_still_count_under_and_than_of_people(void **state)
{
	(void)state;
	/* no age: a bound on a count */
	check_values("Police arrested under 300 people during the protests.",
	    (const double[]){ 300 }, 1);
	check_values("More than 90 rioters were detained in the riots on "
	    "Sunday.",
	    (const double[]){ 90 }, 1);
}

static void
should_not_take_a_cause_for_the_count(void **state)
{
	static const struct qcase heat[] = {
		{ "The ministry said the number of workers who died of heat "
		    "exhaustion during the heat wave has reached 48.",
		    { "dead", NULL } },
		{ "The report listed the deaths of 30 labourers due to "
		    "heatstroke and nine workers in the heat wave.",
		    { "dead", "dead", NULL } },
		/* the cause names the count when nothing else does */
		{ "Doctors said 200 people suffered heatstroke during the heat "
		    "wave.", { "heat_illness", NULL } },
	};
	static const struct qcase flood[] = {
		{ "Eleven villagers later died from their injuries after the "
		    "flood.", { "dead", NULL } },
		{ "More than 4,000 residents were forced to leave the valley "
		    "due to floods that killed livestock.",
		    { "displaced", NULL } },
	};

	(void)state;
	check_ini_quantities(heat_ini, PUB, heat, NROWS(heat));
	check_ini_quantities(flood_ini, PUB, flood, NROWS(flood));
}

static void
should_read_the_treated_as_hurt(void **state)
{
	static const struct qcase heat[] = {
		{ "Nearly 3,000 people received medical treatment during the "
		    "heat wave.", { "heat_illness", NULL } },
		{ "Forty of the missing workers are in hospitals, with 12 in "
		    "critical condition, after the heat wave.",
		    { "missing", "heat_illness", NULL } },
	};
	static const struct qcase unrest[] = {
		/* a tracker of the injured takes them */
		{ "After the riots, 25 protesters were still in hospital.",
		    { "injured", NULL } },
		/* a hospital's name is a place */
		{ "Police said 6 rioters were arrested at Saint Mary Hospital "
		    "during the unrest.", { "arrested", NULL } },
	};

	(void)state;
	check_ini_quantities(heat_ini, PUB, heat, NROWS(heat));
	check_quantities(tr, PUB, unrest, NROWS(unrest));
}

static void
should_count_residents_of_a_host(void **state)
{
	static const struct qcase rows[] = {
		{ "The country hosts about 2.6 million refugees, many of "
		    "whom fled during the war.", { "residing", NULL } },
		{ "The province is home to some 800,000 migrants, officials "
		    "said.", { "residing", NULL } },
		/* no hosting: the default of movement */
		{ "Officials said 12,000 refugees returned last month.",
		    { "returned", NULL } },
	};

	(void)state;
	check_ini_quantities(refugee_ini, PUB, rows, NROWS(rows));
}

static void
should_not_read_set_on_fire_as_a_plan(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "Police arrested 300 rioters after cars were set alight in "
		    "the riots.", { "arrested/current", NULL } },
		{ "A shop was set on fire and 15 people were detained during "
		    "the unrest.", { "arrested/current", NULL } },
	};
	static const struct qcase plan[] = {
		/* a plan still: "set to" */
		{ "Authorities are set to deploy 5,000 officers against the "
		    "riots.", { "officers_projected", NULL } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, rows, NROWS(rows));
	check_ini_quantities(riot_police_ini, PUB, plan, NROWS(plan));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_not_count_an_age),
		cmocka_unit_test(should_not_count_the_second_of_two_ages),
		cmocka_unit_test(should_still_count_under_and_than_of_people),
		cmocka_unit_test(should_not_take_a_cause_for_the_count),
		cmocka_unit_test(should_read_the_treated_as_hurt),
		cmocka_unit_test(should_count_residents_of_a_host),
		cmocka_unit_test(should_not_read_set_on_fire_as_a_plan),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
