/*
 * test_extract_figclass.c - which figures are claims and what they
 * count, by class: a figure's own plural noun made from a trigger, a
 * "death toll" subject over a later trigger of the sentence, a
 * headline's capitalized trigger, "N cases of <trigger>", and figures
 * that are no claims: the shares of a total already claimed, an
 * earlier year's event, the dead named again once identified.
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

#define PUB "2025-03-10"

/* A tracker of a storm's toll. */
static const char storm_ini[] =
    "[tracker]\nname = Storm\nsubject =\n"
    "[nouns]\ncounted = people, residents, victims, evacuees\n"
    "[subjects]\ncues = storm, cyclone, flood, floods\n"
    "[quantity dead]\ndefault = yes\n"
    "triggers = killed, dead, died, death toll, deaths\n"
    "nouns = deaths\n"
    "[quantity injured]\ntriggers = injured, wounded, hurt\n"
    "[quantity affected]\ntriggers = affected\n"
    "[quantity evacuated]\ntriggers = evacuated, moved to shelters\n"
    "nouns = evacuees\n"
    "[sources]\nAgency = disaster agency\n";

/* A tracker of a crackdown on protests. */
static const char crackdown_ini[] =
    "[tracker]\nname = Crackdown\nsubject =\n"
    "[nouns]\ncounted = people, protesters, suspects\n"
    "[subjects]\ncues = protest, protests, crackdown\n"
    "[quantity killed]\ndefault = yes\ntriggers = killed, died, deaths\n"
    "[quantity arrested]\ntriggers = arrested, detained, arrests\n"
    "[quantity abducted]\ntriggers = abducted, abductions\n"
    "[sources]\nMonitors = rights monitors\n";

static void
should_count_a_figure_by_its_own_plural_noun(void **state)
{
	static const struct qcase v[] = {
		{ "The storm caused 41 deaths and 230 injuries along the "
		  "coast.", { "dead", "injured" } },
		{ "The two valleys hit by the storm counted 12 deaths each "
		  "and 55 and 70 injuries respectively.",
		  { "dead", "injured", "injured" } },
		/* parts of a count, named by nouns of people */
		{ "Hospitals treated 30 injured people after the storm, "
		  "including 24 evacuees and 6 firefighters.",
		  { "injured", "injured", "injured" } },
		{ "The storm killed 12 people, and 40 evacuees were moved to "
		  "shelters.", { "dead", "evacuated" } },
		/* a trigger after the noun says what befell them */
		{ "After the storm, 5,000 affectees were moved to shelters "
		  "inland.", { "evacuated" } },
	};

	(void)state;
	check_ini_quantities(storm_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_count_a_death_toll_subject_over_a_later_trigger(void **state)
{
	static const struct qcase v[] = {
		{ "The death toll from the storm that struck the islands "
		  "passed 1,200, with the number of injured also passing "
		  "3,000.", { "dead", "injured" } },
		{ "The death toll from the floods since mid-March has grown "
		  "to 95 along with 400 injuries.", { "dead", "injured" } },
		{ "The death toll in the northern district (Kars) has risen "
		  "to 212 after the storm.", { "dead" } },
		/* a magnitude and a day of the month in the subject */
		{ "The death toll from the magnitude 6.8 storm surge that "
		  "struck on March 28 has reached 1,644, with 3,400 injured.",
		  { "dead", "injured" } },
		/* a headline's words are all capitalized */
		{ "Storm Death Toll Climbs To 64, 300 Injured",
		  { "dead", "injured" } },
	};

	(void)state;
	check_ini_quantities(storm_ini, PUB, v, sizeof(v) / sizeof(*v));
}

/* A tracker of a ferry's sinking, whose counted nouns are triggers. */
static const char ferry_ini[] =
    "[tracker]\nname = Ferry\nsubject =\n"
    "[nouns]\ncounted = people, passengers, survivors, crew\n"
    "[subjects]\ncues = ferry, sinking, capsized\n"
    "[quantity dead]\ndefault = yes\ntriggers = dead, died, drowned\n"
    "[quantity aboard]\ntriggers = aboard, passengers\n"
    "[quantity rescued]\ntriggers = rescued, survivors\nnouns = survivors\n"
    "[quantity arrested]\ntriggers = arrested, detained\n"
    "[sources]\nCoastguard = coastguard\n";

static void
should_not_read_a_broken_figure_after_a_measure(void **state)
{
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	/* "15, 200" is one figure broken by a stray space, not 15 */
	check_claim_values(t, PUB, NULL, "Storm death toll since Oct 7 "
	    "crosses 15, 200, says agency", none, 0);
	tracker_free(t);
}

static void
should_count_what_befell_the_people_a_noun_names(void **state)
{
	static const struct qcase v[] = {
		/* a trigger closing the phrase over the noun's own */
		{ "The ferry capsized at night, leaving 31 passengers dead, "
		  "the coastguard said.", { "dead" } },
		/* the verb whose object the figure is */
		{ "Police detained 4 survivors of the ferry sinking on "
		  "Friday.", { "arrested" } },
		/* a headline's present tense of a trigger */
		{ "Coastguard Detains 6 Crew After Ferry Sinking",
		  { "arrested" } },
		/* the noun's own trigger when nothing else is said */
		{ "The capsized ferry had 240 passengers.", { "aboard" } },
		/* a trigger opening a phrase of its own is no predicate */
		{ "The ferry had 240 passengers aboard when it capsized.",
		  { "aboard" } },
	};

	(void)state;
	check_ini_quantities(ferry_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_read_a_measure_in_capitals_and_a_death_count(void **state)
{
	static const double caps[] = { 4000 };
	static const double count[] = { 129 };
	struct tracker *nk = tracker_default();
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(nk);
	assert_non_null(t);
	/* in capitals the word before a measure says nothing of whose */
	check_claim_values(nk, PUB, "North Korean troops in Russia",
	    "PYONGYANG CASUALTIES TOP 4,000 IN "
	    "KURSK\n\nOfficials said Russian casualties topped 5,000 in "
	    "Kursk.", caps, 1);
	check_claim_values(t, PUB, NULL, "That brings the storm's death count "
	    "to at least 129 across three states.", count, 1);
	tracker_free(t);
	tracker_free(nk);
}

static void
should_claim_n_of_them_after_the_noun_is_named(void **state)
{
	static const double one[] = { 9000 };
	static const double none[] = { 0 };
	struct tracker *nk = tracker_default();

	(void)state;
	assert_non_null(nk);
	check_claim_values(nk, PUB, "North Korean troops in Russia",
	    "Kyiv spoke of the North Korean soldiers sent to Russia. \"There "
	    "are already 9,000 of them in Kursk,\" an aide said.", one, 1);
	tracker_free(nk);
	nk = tracker_parse(storm_ini, "t");
	assert_non_null(nk);
	{
		static const struct qcase v[] = {
			{ "After the storm, officials spoke of the evacuees "
			  "still without homes. There are now 300 of them in "
			  "schools.", { "evacuated" } },
		};

		check_ini_quantities(storm_ini, PUB, v, 1);
	}
	/* "them" with no counted noun named before */
	check_claim_values(nk, PUB, "Storm", "The storm felled trees across "
	    "the valley. There are now 300 of them along the road.", none,
	    0);
	tracker_free(nk);
}

static void
should_project_a_headline_infinitive_and_a_second_object(void **state)
{
	struct tracker *nk = tracker_default();
	static const struct {
		const char *text;
		const char *want[3];
	} v[] = {
		{ "Pyongyang to dispatch 3,000 sappers to Russia",
		  { "troops_planned" } },
		{ "Kim decided to send 800 sappers to clear mines in Kursk "
		  "and 2,000 military builders to rebuild roads.",
		  { "troops_planned", "troops_planned" } },
		/* an auxiliary between: another verb's subject */
		{ "Kim decided to send 800 sappers, and 2,000 troops are "
		  "already there.", { "troops_planned", "troops_deployed" } },
		{ "Seoul said 3,000 North Korean troops were sent to fight in "
		  "Kursk.", { "troops_deployed" } },
	};
	struct claimset cs;
	struct article art;
	size_t i, k;

	(void)state;
	assert_non_null(nk);
	for (i = 0; i < sizeof(v) / sizeof(*v); i++) {
		article_init(&art);
		art.id = strdup("t");
		art.title = strdup("North Korean troops in Russia");
		art.body = strdup(v[i].text);
		art.body_len = strlen(v[i].text);
		memcpy(art.published, PUB, sizeof(PUB));
		claimset_init(&cs);
		extract_article(nk, &art, &cs);
		for (k = 0; k < 3 && v[i].want[k] != NULL; k++)
			;
		if (cs.n != k)
			fail_msg("%zu claims, expected %zu, in: %s", cs.n, k,
			    v[i].text);
		for (k = 0; k < cs.n; k++)
			check_str("quantity", cs.v[k].quantity, v[i].want[k],
			    v[i].text);
		claimset_release(&cs);
		article_release(&art);
	}
	tracker_free(nk);
}

static void
should_count_cases_of_a_trigger_as_the_trigger_names(void **state)
{
	static const struct qcase v[] = {
		{ "Rights monitors documented 45 cases of abductions and 310 "
		  "instances of arrests during the crackdown.",
		  { "abducted", "arrested" } },
		{ "Since the protests began there have been 18 reported cases "
		  "of abductions.", { "abducted" } },
		/* cases of what the tracker does not count */
		{ "During the protests, courts heard 25 cases of fraud.",
		  { NULL } },
	};

	(void)state;
	check_ini_quantities(crackdown_ini, PUB, v, sizeof(v) / sizeof(*v));
}

static void
should_not_claim_the_shares_of_a_claimed_total(void **state)
{
	static const double total[] = { 17 };
	static const double more[] = { 17, 4, 2 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "The storm killed 17 people. The "
	    "victims were from Ashford (6), Dover (2) and Canterbury (9).",
	    total, 1);
	/* shares that add up to no claimed total are counts of their own */
	check_claim_values(t, PUB, NULL, "The storm killed 17 people. Deaths "
	    "were also reported in Kent (4) and Essex (2).", more, 3);
	tracker_free(t);
}

static void
should_not_claim_people_only_identified(void **state)
{
	static const double none[] = { 0 };
	static const double vague[] = { NAN };
	struct tracker *t = tracker_parse(crackdown_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "After the protests, police "
	    "identified hundreds more suspects from video.", none, 0);
	/* what befalls them next is the tracker's */
	check_claim_values(t, PUB, NULL, "After the protests, hundreds more "
	    "suspects were identified who will be arrested soon.", vague, 1);
	tracker_free(t);
}

static void
should_not_claim_a_number_naming_a_thing(void **state)
{
	static const double forty[] = { 40 };
	static const double three[] = { 300 };
	struct tracker *t = tracker_parse(crackdown_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "Police arrested 40 protesters near "
	    "Terminal 2 during the protest, a spokesman told Channel 9.",
	    forty, 1);
	/* a name, then what the tracker counts */
	check_claim_values(t, PUB, NULL, "During the protests in Harbin 300 "
	    "protesters were arrested.", three, 1);
	tracker_free(t);
}

static void
should_not_claim_a_places_population(void **state)
{
	static const double forty[] = { 40 };
	static const double shelter[] = { 40, 900 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "The storm killed 40 people near the "
	    "port city of Harwick, home to some 3 million people.", forty, 1);
	check_claim_values(t, PUB, NULL, "The storm killed 40 people across "
	    "the nation of 12 million.", forty, 1);
	/* a shelter's people are no population */
	check_claim_values(t, PUB, NULL, "The storm killed 40 people, and a "
	    "school used as a shelter is home to 900 evacuated residents.",
	    shelter, 2);
	tracker_free(t);
}

static void
should_not_claim_how_much_a_count_grew(void **state)
{
	static const double one[] = { 220 };
	static const double cut[] = { 1200 };
	struct tracker *t = tracker_parse(storm_ini, "t");
	struct tracker *w = tracker_parse(
	    "[tracker]\nname = Jobs\nsubject =\n"
	    "[nouns]\ncounted = jobs, workers, positions\n"
	    "[subjects]\ncues = plant, layoffs\n"
	    "[quantity layoffs]\ndefault = yes\ntriggers = laid off, cut\n"
	    "[sources]\nCompany = company\n", "w");

	(void)state;
	assert_non_null(t);
	assert_non_null(w);
	check_claim_values(t, PUB, NULL, "The storm's death toll rose by 15 "
	    "overnight to 220.", one, 1);
	/* a cut by N is the count of what is cut */
	check_claim_values(w, PUB, NULL, "The plant will reduce its staff by "
	    "about 1,200 positions, the company said.", cut, 1);
	tracker_free(w);
	tracker_free(t);
}

static void
should_claim_the_earlier_level_of_a_count(void **state)
{
	static const double both[] = { 40, 9 };
	static const double one[] = { 40 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "The storm's death toll was 40 on "
	    "Tuesday, up from the nine reported on Monday.", both, 2);
	/* a measure's earlier level is no count */
	check_claim_values(t, PUB, NULL, "The storm killed 40 people as the "
	    "river rose to 5 metres, up from 2 metres.", one, 1);
	tracker_free(t);
}

static void
should_read_the_subject_named_in_the_lead(void **state)
{
	static const double lead[] = { 12, 12, 40 };
	static const double late[] = { 40 };
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	/* a headline, a byline, then the lead naming the subject */
	check_claim_values(t, PUB, NULL, "County toll rises to 12\n"
	    "By Jane Roe\n"
	    "The storm's death toll rose to 12 in the county.\n"
	    "Roads were closed on Monday.\nSchools stayed shut.\n"
	    "Power lines were down across the valley.\n"
	    "Crews have rescued 40 people, officials said.\n", lead, 3);
	/* named only after the lead, far from the figure: since round
	   22 an article that names its subject anywhere is about it */
	check_claim_values(t, PUB, NULL, "Roads were closed on Monday.\n"
	    "Schools stayed shut.\nPower lines were down.\n"
	    "Bridges were shut too.\nThe storm moved north.\n"
	    "Shops stayed closed.\nTrains were cancelled.\n"
	    "Ferries did not sail.\n"
	    "Crews have rescued 40 people, officials said.\n", late, 1);
	/* never named: no claim */
	check_claim_values(t, PUB, NULL, "Roads were closed on Monday.\n"
	    "Schools stayed shut.\nPower lines were down.\n"
	    "Crews have rescued 40 people, officials said.\n", none, 0);
	tracker_free(t);
}

static void
should_not_claim_an_earlier_years_event(void **state)
{
	static const double none[] = { 0 };
	static const double forty[] = { 40 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "It was the worst storm since a "
	    "1953 flood that killed about 1,800 people.", none, 0);
	/* "that" after a verb of saying is no relative of the year */
	check_claim_values(t, PUB, NULL, "On 3 May 2024, the disaster agency "
	    "said that 40 people had died in the storm.", forty, 1);
	/* this year's event */
	check_claim_values(t, PUB, NULL, "The storm that struck on Monday "
	    "killed 40 people.", forty, 1);
	tracker_free(t);
}

static void
should_not_claim_the_dead_once_formally_identified(void **state)
{
	static const double none[] = { 0 };
	struct tracker *t = tracker_parse(storm_ini, "t");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "Of those killed in the storm, 30 "
	    "have been formally identified.", none, 0);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_a_figure_by_its_own_plural_noun),
		cmocka_unit_test(
		    should_count_a_death_toll_subject_over_a_later_trigger),
		cmocka_unit_test(
		    should_not_read_a_broken_figure_after_a_measure),
		cmocka_unit_test(
		    should_count_what_befell_the_people_a_noun_names),
		cmocka_unit_test(
		    should_read_a_measure_in_capitals_and_a_death_count),
		cmocka_unit_test(
		    should_claim_n_of_them_after_the_noun_is_named),
		cmocka_unit_test(
		    should_project_a_headline_infinitive_and_a_second_object),
		cmocka_unit_test(
		    should_count_cases_of_a_trigger_as_the_trigger_names),
		cmocka_unit_test(
		    should_not_claim_the_shares_of_a_claimed_total),
		cmocka_unit_test(should_not_claim_people_only_identified),
		cmocka_unit_test(should_not_claim_a_number_naming_a_thing),
		cmocka_unit_test(should_not_claim_a_places_population),
		cmocka_unit_test(should_not_claim_how_much_a_count_grew),
		cmocka_unit_test(should_claim_the_earlier_level_of_a_count),
		cmocka_unit_test(should_read_the_subject_named_in_the_lead),
		cmocka_unit_test(should_not_claim_an_earlier_years_event),
		cmocka_unit_test(
		    should_not_claim_the_dead_once_formally_identified),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
