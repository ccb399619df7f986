/*
 * test_extract_agentwho.c - who gave a figure when no verb of saying
 * names them in the plain way: the agent of a verb that keeps count of
 * those it acts on ("The port authority has so far detained 340
 * migrants"), one who shows the people counted ("X shared photos of
 * three rescued sailors"), and a sentence that goes on with the
 * statement before it without a verb of saying ("There are about 900
 * ...", "This figure includes ..."), and "the state's" department
 * after the state was named, "according to" an outlet that cites no
 * one; and those who give no figure: the sources a tally is "based on",
 * a quoted speaker whose description holds one.
 * Each row is a short article read with the tracker below; the last
 * claim of the value given must have the source, claimant and date
 * given.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-06-11"	/* a Wednesday */
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = border\nsubject =\n"
	"[nouns]\ncounted = people, migrants, sailors, workers\n"
	"[subjects]\ncues = border, crossing, crossings, harbour, port\n"
	"[quantity arrived]\ndefault = yes\n"
	"triggers = arrived, landed, crossed\n"
	"[quantity detained]\ntriggers = detained, arrested, held\n"
	"[quantity rescued]\ntriggers = rescued, shared\n"
	"[quantity dismissed]\ntriggers = laid off, dismissed\n"
	"[sources]\n"
	"Port Authority = port authority, harbour police, Lina Osk, HPA\n"
	"Coast Guard = coast guard, Coast Guard, Admiral Toma Veld\n"
	"Shipyard = Norwell Yards, the shipyard\n"
	"Rights Group = Open Borders Watch\n"
	"Estmark = Estmark, Estmark Border Office\n"
	"United Nations = United Nations, UN\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

/*
 * The agent of a verb that keeps count of those it acts on (arrested,
 * detained, laid off, rescued) claims a running total written in the
 * present perfect, when the tracker knows it; a simple past narrates an
 * event and stays the writer's, an agent the tracker does not know
 * names no source, and a verb of saying in the sentence still decides.
 */
static void
should_give_a_running_total_to_the_agent_that_keeps_it(void **state)
{
	static const struct who_row rows[] = {
		{ "The harbour police have detained 340 migrants at the port "
		  "since the spring.", 340, "Port Authority", ANY, NULL },
		{ "Norwell Yards has so far laid off 1,260 workers at its "
		  "harbour site.", 1260, "Shipyard", ANY, NULL },
		{ "The coast guard has already rescued 75 people off the "
		  "harbour this week.", 75, "Coast Guard", ANY, NULL },
		/* negative: a simple past narrates one event */
		{ "At the gate, the harbour police detained 12 people who "
		  "had crossed the border.", 12, "unattributed", ANY, NULL },
		/* negative: an agent the tracker does not know */
		{ "Volunteers have rescued 40 people off the harbour.", 40,
		  "unattributed", ANY, NULL },
		/* negative: the one who speaks keeps the figure */
		{ "Open Borders Watch said the harbour police have detained "
		  "910 migrants at the port.", 910, "Rights Group", ANY,
		  NULL },
		/* negative: a figure before the agent is not its own */
		{ "About 500 migrants crossed the border, and the coast guard "
		  "has rescued 60 people.", 500, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * One who shows the people counted ("shared photos of three rescued
 * sailors") claims them, in any tense, dated by the date that opens the
 * sentence; "shared with" names who received, not who showed.
 */
static void
should_give_the_people_shown_to_the_one_who_showed_them(void **state)
{
	static const struct who_row rows[] = {
		{ "Admiral Toma Veld shared photos of three rescued sailors "
		  "on the harbour wall.", 3, "Coast Guard", ANY, NULL },
		{ "On Monday, Admiral Toma Veld shared video on social media "
		  "of four sailors rescued off the port.", 4, "Coast Guard",
		  ANY, "2025-06-09" },
		/* negative: a source unknown to the tracker */
		{ "A fisherman shared photos of three rescued sailors at the "
		  "harbour.", 3, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A sentence with no verb of saying that goes on with the statement of
 * the one before in its paragraph ("There are about 900 ...", "This
 * figure includes ...", "Of them, ...") carries that statement's source
 * and date; a new paragraph, another opening, or a statement before
 * that names no source carry nothing.
 */
static void
should_carry_a_statement_to_a_sentence_going_on(void **state)
{
	static const struct who_row rows[] = {
		{ "The coast guard reported on Monday that boats had reached "
		  "the port. There are about 900 migrants, including 120 "
		  "children.", 900, "Coast Guard", ANY, "2025-06-09" },
		{ "Lina Osk said on Tuesday that 2,000 migrants had crossed "
		  "the border this year. This figure includes 450 migrants "
		  "who landed at the harbour.", 450, "Port Authority", ANY,
		  "2025-06-10" },
		{ "The coast guard said on Monday that 300 migrants had "
		  "landed at the port. Of them, 40 people were held.", 40,
		  "Coast Guard", ANY, "2025-06-09" },
		/* negative: a new paragraph */
		{ "The coast guard reported on Monday that boats had reached "
		  "the port.\nThere are about 900 migrants at the harbour.",
		  900, "unattributed", NULL, NULL },
		/* negative: another opening */
		{ "The coast guard reported on Monday that boats had reached "
		  "the port. Some 900 migrants landed at the harbour.", 900,
		  "unattributed", NULL, NULL },
		/* negative: the statement before names no one */
		{ "Reports said on Monday that boats had reached the port. "
		  "There are about 900 migrants at the harbour.", 900,
		  "unattributed", NULL, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A department of a state, province or region named as "the state's
 * ..." belongs to the one the sentence named before it; with none named
 * before, it names no source.
 */
static void
should_give_the_state_s_department_to_the_state_named(void **state)
{
	static const struct who_row rows[] = {
		{ "The number of migrants held rose to 14 in Estmark, the "
		  "state's Border Office said.", 14, "Estmark", ANY, NULL },
		{ "The number of migrants held rose to 14 in Estmark, the "
		  "province's border office said on Monday.", 14, "Estmark",
		  ANY, "2025-06-09" },
		/* negative: no state named before it */
		{ "The number of migrants held at the port rose to 14, the "
		  "state's border office said.", 14, "unattributed", ANY,
		  NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * "according to" a news outlet that cites no one makes the outlet the
 * source, as written; an outlet that reports with a verb ("Reuters
 * reported that ...") still relays a claim that names no one, and one
 * that cites someone relays that one's claim.
 */
static void
should_give_a_figure_according_to_an_outlet_to_the_outlet(void **state)
{
	static const struct who_row rows[] = {
		{ "At least 60 migrants landed at the port on Monday, "
		  "according to Reuters.", 60, "Reuters", "Reuters", ANY },
		/* negative: an outlet that reports relays */
		{ "Reuters reported that 60 migrants landed at the port.", 60,
		  "unattributed", NULL, ANY },
		/* negative: an outlet that cites someone relays that one */
		{ "At least 60 migrants landed at the port, according to "
		  "Reuters, citing the coast guard.", 60, "Coast Guard", ANY,
		  ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * Who does not give a figure: a tally "based on" others' reports is the
 * writer's own, not theirs; a figure in the description the writer adds
 * after a quoted speaker's name ("said X, a resident of Y, a town where
 * N died") is not the speaker's, though the quote before it and a
 * statement after it ("..., adding that N ...") are.
 */
static void
should_not_give_a_figure_to_those_who_only_describe_it(void **state)
{
	static const struct who_row rows[] = {
		{ "According to a tally based on reports from the coast guard "
		  "and the port authority, 85 migrants landed at the port.",
		  85, "unattributed", ANY, NULL },
		/* the author after "by" still claims it */
		{ "According to a tally by the coast guard, 85 migrants "
		  "landed at the port.", 85, "Coast Guard", ANY, NULL },
		{ "\"It was chaos,\" said Mara Fenn, a fisherman from Ulm, a "
		  "village on the border where 30 migrants landed on "
		  "Sunday.", 30, "unattributed", NULL, "2025-06-08" },
		{ "\"We saw 30 migrants land at the port,\" said Mara Fenn, a "
		  "fisherman from Ulm.", 30, "Mara Fenn", "Mara Fenn", NULL },
		{ "\"It was chaos,\" said Admiral Toma Veld, a veteran of the "
		  "service, adding that 30 migrants landed at the port.", 30,
		  "Coast Guard", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A claimant written with plain nouns for people and services ("police
 * and doctors said", "X's border services reported") is the known source
 * among them, and "they" after it means it; with no known source among
 * them it names none.
 */
static void
should_read_a_claimant_of_doctors_medics_and_services(void **state)
{
	static const struct who_row rows[] = {
		{ "At least 25 migrants were held at the port, the coast guard "
		  "and medics said.", 25, "Coast Guard", ANY, NULL },
		{ "At least 25 migrants were held at the port, harbour police "
		  "and doctors said. They reported that 30 more migrants were "
		  "held at the border.", 30, "Port Authority", ANY, NULL },
		{ "Estmark's border services reported that 70 migrants were "
		  "held at the crossing.", 70, "Estmark", ANY, NULL },
		/* negative: no known source among them */
		{ "Doctors said 25 migrants were held at the port.", 25,
		  "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A report whose modifiers hold a known source's acronym in brackets
 * ("the harbour arrivals (HPA) data update shows") is that source's; a
 * report with no such acronym, or one the tracker does not know, names
 * no one.
 */
static void
should_give_a_report_to_the_acronym_in_its_name(void **state)
{
	static const struct who_row rows[] = {
		{ "The harbour arrivals (HPA) monthly data update shows 230 "
		  "migrants landed at the port.", 230, "Port Authority", ANY,
		  NULL },
		/* negative: no acronym */
		{ "The monthly data update shows 230 migrants landed at the "
		  "port.", 230, "unattributed", NULL, NULL },
		/* negative: an acronym the tracker does not know */
		{ "The harbour arrivals (XQT) data update shows 230 migrants "
		  "landed at the port.", 230, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A name written "X of the Y" ("the Border Office of the Ministry of
 * Transport") is one claimant from X on, so the known source at its
 * start is the source; a lower-case head before "of the" stays out.
 */
static void
should_read_a_name_over_of_the(void **state)
{
	static const struct who_row rows[] = {
		{ "The records unit at the Estmark Border Office of the "
		  "Ministry of Transport said 88 migrants were held.", 88,
		  "Estmark", ANY, NULL },
		{ "The Estmark Border Office (EBO) of the Ministry of "
		  "Transport said 88 migrants were held.", 88, "Estmark", ANY,
		  NULL },
		/* negative: nothing known before "of the" */
		{ "The head of the Ministry of Transport said 88 migrants "
		  "were held at the border.", 88, "Ministry of Transport", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * An envoy's title held "to" a body ("Estmark's Ambassador to the
 * United Nations X") belongs to the one named before "to"; a body named
 * with no envoy's title before it is the claimant.
 */
static void
should_give_an_envoy_to_the_state_that_sent_them(void **state)
{
	static const struct who_row rows[] = {
		{ "About 300 migrants crossed the border, Estmark Ambassador "
		  "to the United Nations Ilse Varn told reporters.", 300,
		  "Estmark", ANY, NULL },
		{ "About 300 migrants crossed the border, Estmark Envoy to "
		  "Ulmland Ilse Varn said.", 300, "Estmark", ANY, NULL },
		/* negative: the body's own envoy */
		{ "About 300 migrants crossed the border, United Nations "
		  "envoy Ilse Varn said.", 300, "United Nations", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * "X confirmed A, while B more were reported in Y": a clause of
 * contrast that is a report of its own is not X's; one with no verb of
 * reporting goes on with X's statement.
 */
static void
should_not_give_a_contrasting_report_to_the_speaker(void **state)
{
	static const struct who_row rows[] = {
		{ "The coast guard confirmed 40 migrants landed at the port, "
		  "while 12 more were reported at the border.", 12,
		  "unattributed", NULL, NULL },
		{ "The coast guard confirmed 40 migrants landed at the port, "
		  "while 12 more were reported at the border.", 40,
		  "Coast Guard", ANY, NULL },
		/* negative: no report of its own */
		{ "The coast guard said 40 migrants landed at the port, while "
		  "12 more crossed the border.", 12, "Coast Guard", ANY,
		  NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A headline's deck that opens with a verb of saying and no subject
 * ("Says 120 more were held ...") is said by the headline's claimant; a
 * deck under a headline that names no one names no one.
 */
static void
should_give_a_deck_to_the_headline_s_claimant(void **state)
{
	static const struct who_row rows[] = {
		{ "Coast guard says 500 migrants landed at the port\n"
		  "Says 120 more migrants were held at the border\n"
		  "The boats arrived overnight.", 120, "Coast Guard", ANY,
		  ANY },
		/* negative: the headline names no one */
		{ "500 migrants landed at the port\n"
		  "Says 120 more migrants were held at the border\n"
		  "The boats arrived overnight.", 120, "unattributed", ANY,
		  ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A known source described by its kind and seat ("the Norwell-based
 * ship maker", "the company") means the known source named before it;
 * with none named before, it names no one.
 */
static void
should_give_a_described_company_to_the_one_named_before(void **state)
{
	static const struct who_row rows[] = {
		{ "Norwell Yards said on Monday that orders had fallen. The "
		  "Norwell-based ship maker said it has laid off 640 workers "
		  "at its harbour site.", 640, "Shipyard", ANY, "2025-06-09" },
		{ "Norwell Yards announced a new plan on Monday. The company "
		  "said it has laid off 640 workers at its harbour site.", 640,
		  "Shipyard", ANY, ANY },
		/* negative: nobody named before */
		{ "The Norwell-based ship maker said it has laid off 640 "
		  "workers at its harbour site.", 640, "unattributed", ANY,
		  NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A body that gives the count as a report ("released a tally of 420
 * migrants", "provided a 420 estimate") claims it in any tense; one that
 * has received the reports claims their running total; releasing the
 * people themselves, or receiving them once, claims nothing.
 */
static void
should_give_a_count_to_the_one_who_gave_or_received_it(void **state)
{
	static const struct who_row rows[] = {
		{ "The coast guard released a tally of 420 migrants who landed "
		  "at the port.", 420, "Coast Guard", ANY, NULL },
		{ "The coast guard provided a cautious 420 estimate of migrants "
		  "who landed at the port.", 420, "Coast Guard", ANY, NULL },
		{ "The port authority has received reports of 75 migrants held "
		  "at the border.", 75, "Port Authority", ANY, NULL },
		/* negative: the people released, no report */
		{ "The coast guard released 420 migrants held at the port.",
		  420, "unattributed", ANY, NULL },
		/* negative: a simple past narrates one arrival */
		{ "The port authority received 75 migrants at the harbour.",
		  75, "unattributed", ANY, NULL },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_running_total_to_the_agent_that_keeps_it),
		cmocka_unit_test(
		    should_give_the_people_shown_to_the_one_who_showed_them),
		cmocka_unit_test(
		    should_carry_a_statement_to_a_sentence_going_on),
		cmocka_unit_test(
		    should_give_the_state_s_department_to_the_state_named),
		cmocka_unit_test(
		    should_give_a_figure_according_to_an_outlet_to_the_outlet),
		cmocka_unit_test(
		    should_not_give_a_figure_to_those_who_only_describe_it),
		cmocka_unit_test(
		    should_read_a_claimant_of_doctors_medics_and_services),
		cmocka_unit_test(
		    should_give_a_report_to_the_acronym_in_its_name),
		cmocka_unit_test(should_read_a_name_over_of_the),
		cmocka_unit_test(
		    should_give_an_envoy_to_the_state_that_sent_them),
		cmocka_unit_test(
		    should_not_give_a_contrasting_report_to_the_speaker),
		cmocka_unit_test(should_give_a_deck_to_the_headline_s_claimant),
		cmocka_unit_test(
		    should_give_a_described_company_to_the_one_named_before),
		cmocka_unit_test(
		    should_give_a_count_to_the_one_who_gave_or_received_it),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
