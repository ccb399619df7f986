/*
 * test_extract_kinds.c - which of the tracker's quantities a figure
 * counts and whether it is projected, for kinds of count the tracker
 * declares in its own way: a part counted apart ("children killed"), a
 * trigger written in another form of its verb ("walking off the job"
 * for "walked off the job"), and the counts of people taken prisoner,
 * missing, rescued, made homeless or fled abroad.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"

static struct tracker *
parse(const char *ini)
{
	struct tracker *t = tracker_parse(ini, "kinds");

	assert_non_null(t);
	return t;
}

/* A tracker of a crackdown counting the minors killed apart. */
static const char crackdown_ini[] =
    "[tracker]\nname = Crackdown\nsubject =\n"
    "[nouns]\ncounted = people, protesters, children, minors, teenagers\n"
    "[subjects]\ncues = protests, crackdown, unrest\n"
    "[quantity detained]\ndefault = yes\ntriggers = detained, arrested\n"
    "[quantity killed]\ntriggers = killed, died, dead\n"
    "[quantity minors_killed]\n"
    "triggers = minors killed, minors have been killed, teenagers\n"
    "[quantity police_killed]\n"
    "triggers = deaths among police officers, police officers killed\n"
    "[quantity deaths]\nnouns = deaths\n"
    "[sources]\nMonitor = monitor\n";

static void
should_count_a_part_the_tracker_counts_apart(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "The monitor said 61 minors had been killed in the "
		  "crackdown.", { "minors_killed" } },
		{ "At least 140 protesters, among them 18 minors, were "
		  "killed in the unrest.", { "killed", "minors_killed" } },
		{ "The monitor said 230 people died in the crackdown. Of "
		  "those killed, 15 were minors.",
		  { "killed", "minors_killed" } },
		{ "Troops killed nine teenagers during the protests.",
		  { "minors_killed" } },
		/* the part's noun with another verb: that verb's count */
		{ "Police detained 40 minors during the protests.",
		  { "detained" } },
		/* the whole stays the whole */
		{ "The monitor said 230 people had died in the crackdown.",
		  { "killed" } },
		/* a trigger longer than the noun naming a quantity */
		{ "The monitor counted 19 deaths among police officers in "
		  "the unrest.", { "police_killed" } },
		{ "The monitor counted 250 deaths in the unrest.",
		  { "deaths" } },
		/* a noun the tracker does not count apart */
		{ "The monitor said 12 children were killed in the "
		  "crackdown.", { "killed" } },
	};
	struct tracker *t = parse(crackdown_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

/* A tracker of a strike and a sea crossing, whose triggers are written
 * in one form of their verbs. */
static const char walkout_ini[] =
    "[tracker]\nname = Walkout\nsubject =\n"
    "[nouns]\ncounted = workers, members, people, migrants\n"
    "[subjects]\ncues = strike, union, plant, crossing\n"
    "[quantity members]\ndefault = yes\ntriggers = members, represents\n"
    "[quantity strikers]\ntriggers = walked off the job, took part\n"
    "[quantity dead]\ntriggers = died, drowned\n"
    "[sources]\nUnion = union\n";

static void
should_match_a_trigger_in_another_form_of_its_verb(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "The strike grew, with 4,300 union members walking off "
		  "the job at the plant.", { "strikers" } },
		{ "Some 900 workers are taking part in the strike at the "
		  "plant.", { "strikers" } },
		{ "Seven migrants die as their boat sinks on the crossing.",
		  { "dead" } },
		{ "Three migrants dying in the crossing were found by the "
		  "union's boat.", { "dead" } },
		/* no trigger in any form: the default */
		{ "The union at the plant has 4,300 members.",
		  { "members" } },
		{ "The union says 2,000 workers walked to the plant on "
		  "the first day of the strike.", { "members" } },
	};
	struct tracker *t = parse(walkout_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_count_soldiers_taken_prisoner_as_captured(void **state)
{
	static const struct sentence_kinds v[] = {
		/* what befell them next names the count, not the
		 * participle on the noun */
		{ "Kyiv said its officers were interviewing three injured "
		  "North Korean soldiers after they were captured near "
		  "Kursk.", { "casualties_captured" } },
		{ "Kyiv said five North Korean soldiers were taken prisoner "
		  "near Kursk.", { "casualties_captured" } },
		/* a figure restated a sentence later, whose own sentence
		 * names only a concessive aside */
		{ "Ukraine said it captured four North Korean soldiers in "
		  "Kursk. The four soldiers, although wounded, survived and "
		  "were flown to the capital.",
		  { "casualties_captured", "casualties_captured" } },
		/* the aside alone says nothing: not wounded */
		{ "Kyiv said three North Korean soldiers, though wounded, "
		  "stayed at the front near Kursk.",
		  { "troops_deployed" } },
		/* no comma closes it: no aside */
		{ "Seoul said 1,000 North Korean soldiers were wounded, "
		  "although most returned to the front.",
		  { "casualties_wounded" } },
		/* the figure's own verb before the later clause */
		{ "Kyiv said 500 North Korean soldiers were killed after "
		  "they were captured.", { "casualties_killed" } },
		/* another value is no restatement */
		{ "Ukraine said it captured four North Korean soldiers in "
		  "Kursk. Seoul said 11,000 North Korean soldiers are in "
		  "Russia.", { "casualties_captured", "troops_deployed" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

/* A tracker of a flood, with the dead, the missing and those who may
 * leave counted apart. */
static const char flood_ini[] =
    "[tracker]\nname = Flood\nsubject =\n"
    "[nouns]\ncounted = people, residents, children, women, families\n"
    "[subjects]\ncues = flood, floods, storm, boat\n"
    "[quantity affected]\ndefault = yes\ntriggers = affected\n"
    "[quantity dead]\n"
    "triggers = died, dead, drowned, lost their lives, lost at sea\n"
    "[quantity missing]\ntriggers = missing, feared lost, unaccounted for\n"
    "[quantity leaving]\nmodality = projected\n"
    "triggers = may move, could leave\n"
    "[sources]\nOfficials = officials\n";

static void
should_read_the_missing_and_those_among_the_dead(void **state)
{
	static const struct sentence_kinds v[] = {
		/* a trigger holding the verb of belief */
		{ "Officials said 14 people were feared lost at sea after "
		  "the boat capsized.", { "missing" } },
		/* "still", "listed as" between the figure and its verb */
		{ "Officials said 31 residents are still listed as missing "
		  "after the flood.", { "missing" } },
		{ "Officials said 40 residents are still unaccounted for "
		  "after the storm.", { "missing" } },
		/* "among those who": what those did; coordinated
		 * subjects share the verb */
		{ "Officials said 200 children and 90 women were among "
		  "those who lost their lives in the floods.",
		  { "dead", "dead" } },
		/* a trigger opening with a modal after coordinated nouns */
		{ "Officials said 5,000 families and residents hit by the "
		  "floods may move to the hills.", { "leaving" } },
		/* no belief: lost at sea is dead */
		{ "Officials said 14 people were lost at sea after the boat "
		  "capsized.", { "dead" } },
		/* the object of a verb does not share the next subject's
		 * verb */
		{ "The storm drowned 12 people and 3,000 residents were "
		  "affected by the floods.", { "dead", "affected" } },
	};
	struct tracker *t = parse(flood_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_read_an_aim_or_expectation_as_projected(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Seoul said Pyongyang aims to send a total of 8,000 "
		  "North Korean troops to Russia by spring.",
		  { "troops_planned/projected" } },
		/* a passive "prepared" is training, not a plan */
		{ "Kyiv said 6,000 North Korean soldiers were being "
		  "prepared to join the fighting.",
		  { "troops_training/current" } },
		{ "Seoul said 11,000 North Korean soldiers are in Russia.",
		  { "troops_deployed/current" } },
		/* the stem after "the first to" */
		{ "Kyiv said a 2,500-strong North Korean unit was the "
		  "first to arrive in Kursk.", { "troops_arrived/current" } },
		{ "Seoul said 4,000 more North Korean troops are expected "
		  "to arrive.", { "troops_planned/projected" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

/* A tracker of flight from a war, with projections of two kinds. */
static const char exodus_ini[] =
    "[tracker]\nname = Exodus\nsubject =\n"
    "[nouns]\ncounted = people, civilians, families\n"
    "[subjects]\ncues = war, fighting, conflict\n"
    "[quantity displaced]\ndefault = yes\ntriggers = displaced, fled, flee\n"
    "[quantity refugees]\ntriggers = fled to, crossed into\n"
    "[quantity displaced_projected]\nmodality = projected\n"
    "triggers = could be displaced\n"
    "[quantity refugees_projected]\nmodality = projected\n"
    "triggers = could flee, expected to flee\n"
    "[quantity charged]\ntriggers = charged, tried\n"
    "[sources]\nUN = UN\n";

static void
should_find_the_projection_a_projected_figure_counts(void **state)
{
	static const struct sentence_kinds v[] = {
		/* the projected trigger's verb: "expected to flee" */
		{ "The UN expects 300,000 people to flee the war by the end "
		  "of the year.", { "refugees_projected/projected" } },
		/* the projection named after the figure's own kind */
		{ "The UN said up to 40,000 more civilians may soon cross "
		  "into Freedonia because of the fighting.",
		  { "refugees_projected/projected" } },
		{ "The UN said 20,000 civilians could be displaced by the "
		  "fighting.", { "displaced_projected/projected" } },
		/* "will be tried": people charged now */
		{ "The UN said 400 people will be tried over the fighting.",
		  { "charged/current" } },
		/* a charge still to come is projected */
		{ "The UN said 400 people will be charged over the "
		  "fighting.", { "charged/projected" } },
		{ "The UN said 400 people fled the fighting.",
		  { "displaced/current" } },
	};
	struct tracker *t = parse(exodus_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_read_the_dead_of_an_idiom_and_a_list(void **state)
{
	static const struct sentence_kinds v[] = {
		/* "claimed the lives of": the tracker's dead */
		{ "The floods have claimed the lives of more than 300 "
		  "residents.", { "dead" } },
		{ "The storm has taken lives before, including 12 people "
		  "last winter.", { "dead" } },
		/* one verb, then another subject's: each its own */
		{ "Officials said 79 people died and hundreds more were "
		  "feared lost after the boat sank.", { "dead", "missing" } },
		/* a plan offered after "and" is no projection of them */
		{ "Officials said 7,000 families were affected by the "
		  "floods and offered aid to the region.",
		  { "affected/current" } },
		/* a tracker with no place of shelter: the default */
		{ "Officials said 3,000 residents were moved into hostels "
		  "after the floods.", { "affected" } },
		/* no lives taken: the default */
		{ "Officials said the floods have hit the homes of 300 "
		  "residents.", { "affected" } },
	};
	struct tracker *t = parse(flood_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

/* A tracker of a bombardment whose noun "bodies" names the dead. */
static const char rubble_ini[] =
    "[tracker]\nname = Rubble\nsubject =\n"
    "[nouns]\ncounted = people, bodies, residents\n"
    "[subjects]\ncues = strike, strikes, rubble\n"
    "[quantity killed]\ndefault = yes\ntriggers = killed, dead\n"
    "nouns = bodies\n"
    "[quantity missing]\ntriggers = missing, buried under\n"
    "[sources]\nOfficials = officials\n";

static void
should_let_the_verb_of_a_noun_naming_a_count_decide(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Officials said 300 bodies are still buried under the "
		  "rubble after the strikes.", { "missing" } },
		/* no trigger for its verb: the noun's own count */
		{ "Officials said 300 bodies were recovered from the "
		  "rubble after the strikes.", { "killed" } },
	};
	struct tracker *t = parse(rubble_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
}

static void
should_give_another_estimate_the_count_before_it(void **state)
{
	static const struct sentence_kinds v[] = {
		/* "a figure X puts at N" continues the count before */
		{ "Kyiv says 2,500 North Korean soldiers have been killed "
		  "or wounded, a figure Seoul puts at 1,800.",
		  { "casualties", "casualties" } },
		{ "Kyiv put the number of North Korean soldiers killed or "
		  "wounded at 2,500, while US estimates were lower, around "
		  "1,600.", { "casualties", "casualties" } },
		/* a figure added through a list keeps the count */
		{ "Seoul said 40 North Korean soldiers were captured, "
		  "including two officers and their three aides.",
		  { "casualties_captured", "casualties_captured",
		    "casualties_captured" } },
		/* a noun left out: its clause's verb before the noun */
		{ "Seoul said there were at least 300 deaths among North "
		  "Korean troops and the wounded are nearing 2,000.",
		  { "casualties_killed", "casualties_wounded" } },
		{ "Seoul said there were 300 deaths among North Korean "
		  "troops, and perhaps 500 more.",
		  { "casualties_killed", "casualties_killed" } },
		/* no estimate word: the figure's own reading */
		{ "Kyiv says 2,500 North Korean soldiers have been killed "
		  "or wounded; Seoul says 11,000 North Korean troops are in "
		  "Russia.", { "casualties", "troops_deployed" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

/* A tracker of an earthquake: the dead and those who lost their
 * homes. */
static const char quake_ini[] =
    "[tracker]\nname = Quake\nsubject =\n"
    "[nouns]\ncounted = people, residents, survivors\n"
    "[subjects]\ncues = quake, earthquake\n"
    "[quantity dead]\ndefault = yes\ntriggers = killed, died, dead\n"
    "[quantity homeless]\ntriggers = left their homes, homeless, tents\n"
    "[quantity rescued]\ntriggers = rescued, pulled alive\n"
    "[quantity injured]\ntriggers = injured\n"
    "[sources]\nOfficials = officials\n";

static void
should_read_flight_and_lost_homes_in_any_form(void **state)
{
	static const struct sentence_kinds v[] = {
		/* a synonym of flight with its particle: abroad */
		{ "The UN said 90,000 people have escaped from the "
		  "capital to neighbouring states since the war began.",
		  { "refugees" } },
		/* a one-word trigger's stem after a modal */
		{ "The UN said the fighting could displace 70,000 more "
		  "people.", { "displaced_projected/projected" } },
		/* without the particle: flight at home */
		{ "The UN said 15,000 civilians escaped the fighting in "
		  "the capital.", { "displaced" } },
	};
	static const struct sentence_kinds w[] = {
		/* another form of "left their homes", past "so far" */
		{ "Officials said 2.1 million people have so far been "
		  "forced to leave their homes after the quake.",
		  { "homeless" } },
		{ "Officials said 40,000 residents are now leaving their "
		  "homes after the quake.", { "homeless" } },
		/* moved into a place of shelter: the tracker's quantity
		 * of one */
		{ "Officials said 80,000 residents have been moved into "
		  "hostels after the quake.", { "homeless" } },
		/* in medical care: the tracker's hurt */
		{ "Officials said 9,000 people were still being treated in "
		  "hospitals after the quake.", { "injured" } },
		{ "Officials said 12 residents remain in hospital for "
		  "treatment after the quake.", { "injured" } },
		{ "Officials said 30 residents were beaten by looters "
		  "after the quake.", { "injured" } },
		/* their own verb first */
		{ "Officials said 12 residents died in hospital after "
		  "treatment for burns in the quake.", { "dead" } },
		/* survivors taken out of the ruins are rescued */
		{ "Officials said crews pulled at least 14 survivors from "
		  "the ruins after the quake.", { "rescued" } },
		{ "Officials said teams dug out five survivors after the "
		  "quake.", { "rescued" } },
		/* survivors with no verb of extraction: the default */
		{ "Officials said 14 survivors of the quake died in "
		  "hospital.", { "dead" } },
		/* leaving something else: the default */
		{ "Officials said 3,000 people died after the quake.",
		  { "dead" } },
	};
	struct tracker *t = parse(exodus_ini);

	(void)state;
	check_sentence_kinds(t, PUB, v, sizeof(v) / sizeof(*v));
	tracker_free(t);
	t = parse(quake_ini);
	check_sentence_kinds(t, PUB, w, sizeof(w) / sizeof(*w));
	tracker_free(t);
}

/*
 * Troops on the built-in tracker: a verb of belief before "to be" is a
 * present estimate, not a plan; a state whose verb says it is over
 * ("have completed their training") no longer holds; troops "preparing
 * to fight" are in training now; a figure added by "including" to a
 * group a plan governs is planned too; the noun of a verb of sending
 * ("the transfer of") counts troops sent.
 */
static void
should_read_estimates_completions_and_plans_of_troops(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Seoul said some 4,000 North Korean soldiers are thought "
		  "to be stationed near the border.",
		  { "troops_deployed/current" } },
		{ "Kyiv said about 1,500 North Korean troops had completed "
		  "their training and were heading to the front.",
		  { "troops_deployed/current" } },
		{ "Kyiv said 6,000 North Korean soldiers are preparing to "
		  "fight alongside Russian units.",
		  { "troops_training/current" } },
		{ "Pyongyang has agreed to send engineers to Russia, "
		  "including 40 North Korean officers and 900 soldiers.",
		  { "troops_planned/projected", "troops_planned/projected" } },
		{ "Analysts tracked the transfer of 7,000 North Korean "
		  "soldiers to Russia for drills.",
		  { "troops_deployed/current" } },
		/* negative: "including" after a group already sent stays
		 * current; a plan to send stays planned */
		{ "North Korea has sent troops to Russia, including 40 "
		  "North Korean generals.", { "troops_deployed/current" } },
		{ "North Korea is preparing to send 2,000 more soldiers to "
		  "Russia.", { "troops_planned/projected" } },
		/* still training: no verb of completion */
		{ "Seoul said 3,000 North Korean troops are still in "
		  "training in Russia.", { "troops_training/current" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

/*
 * Losses on the built-in tracker: a verb of arrival that takes the
 * figure for its object is a verb of amount ("losses have reached
 * 2,500"), so the count's own noun decides; the whole of a fraction
 * ("half of the 8,000 soldiers") counts its own noun, not the part's
 * verb; a noun naming its own quantity keeps it before a participle
 * ("casualties fighting there"); an adverb between "who were" and the
 * verb; a modal perfect
 * before the figure is a guess at what was done, not a plan; a quoted
 * amount keeps the verb before its quotation mark.
 */
static void
should_read_losses_by_their_own_words(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Seoul said losses among North Korean troops have "
		  "reached nearly 2,500.", { "casualties/current" } },
		{ "Seoul said 60 North Korean soldiers were killed, with "
		  "the number of wounded reaching about 400.",
		  { "casualties_killed/current",
		    "casualties_wounded/current" } },
		{ "Kyiv said half of the 8,000 North Korean soldiers sent "
		  "to Russia have been killed or wounded.",
		  { "troops_deployed/current" } },
		{ "Kyiv said five North Korean soldiers who were later "
		  "captured by its forces had been questioned.",
		  { "casualties_captured/current" } },
		{ "Officials said Ukrainian drones might have wounded "
		  "\"around 200\" North Korean soldiers.",
		  { "casualties_wounded/current" } },
		/* negative: arrival with a place for object stays
		 * arrival; a plan stays projected */
		/* a noun naming its quantity keeps it before a
		 * participle of circumstance */
		{ "Kyiv said North Korean units took about 800 casualties "
		  "fighting near Sudzha.", { "casualties/current" } },
		{ "Seoul said 1,200 North Korean soldiers reached the "
		  "front last week.", { "troops_arrived/current" } },
		{ "Seoul said 1,200 North Korean soldiers fighting near "
		  "Sudzha were resupplied.", { "troops_deployed/current" } },
		{ "Moscow could send 3,000 more North Korean soldiers to "
		  "the front.", { "troops_planned/projected" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

/*
 * The built-in tracker's words for the troops and their country as
 * headlines write them ("N. Korean", mercenaries, commandos); a group
 * placed where it is ("N soldiers in Belgorod could be sent") is there
 * now, whatever a modal says of what comes next; a group of them and
 * another nation's troops together is not theirs.
 */
static void
should_read_a_group_already_placed_and_short_names(void **state)
{
	static const struct sentence_kinds v[] = {
		{ "Officials: 5,000 N. Korean commandos stationed in "
		  "Russia.", { "troops_deployed/current" } },
		{ "Kyiv said about 700 North Korean mercenaries were "
		  "stationed near the border.", { "troops_deployed/current" } },
		{ "Seoul said 6,500 North Korean soldiers in Belgorod could "
		  "soon be sent into battle.", { "troops_deployed/current" } },
		/* negative: not yet placed, or a plan before the figure */
		{ "Seoul said 6,500 North Korean soldiers could soon be "
		  "sent to Belgorod.", { "troops_planned/projected" } },
		{ "Moscow could send 2,000 North Korean soldiers to "
		  "Belgorod.", { "troops_planned/projected" } },
		/* a group of the subject's people and another's together
		 * is no count of the subject's */
		{ "Kyiv said a 30,000-strong force of Russian and North "
		  "Korean troops massed near the border.", { NULL } },
		{ "Kyiv said 900 North Korean and Russian soldiers were "
		  "killed in the assault.", { NULL } },
		/* negative: each named apart */
		{ "Kyiv said 900 North Korean soldiers and several Russian "
		  "officers were killed in the assault.",
		  { "casualties_killed/current" } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, v, sizeof(v) / sizeof(*v));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_a_part_the_tracker_counts_apart),
		cmocka_unit_test(
		    should_match_a_trigger_in_another_form_of_its_verb),
		cmocka_unit_test(
		    should_count_soldiers_taken_prisoner_as_captured),
		cmocka_unit_test(
		    should_read_the_missing_and_those_among_the_dead),
		cmocka_unit_test(
		    should_read_an_aim_or_expectation_as_projected),
		cmocka_unit_test(
		    should_find_the_projection_a_projected_figure_counts),
		cmocka_unit_test(should_read_the_dead_of_an_idiom_and_a_list),
		cmocka_unit_test(
		    should_give_another_estimate_the_count_before_it),
		cmocka_unit_test(
		    should_read_flight_and_lost_homes_in_any_form),
		cmocka_unit_test(
		    should_let_the_verb_of_a_noun_naming_a_count_decide),
		cmocka_unit_test(
		    should_read_estimates_completions_and_plans_of_troops),
		cmocka_unit_test(should_read_losses_by_their_own_words),
		cmocka_unit_test(
		    should_read_a_group_already_placed_and_short_names),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
