/*
 * test_extract_when.c - when a claim was made and how it is read: the
 * date written anywhere in the reporting clause or carried from the same
 * source's statement before; the qualifier a verb or a bound word gives
 * a figure; the quantity and modality of figures that are casualties,
 * capacities or possibilities.
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

#define PUB "2024-12-19"	/* a Thursday */

struct when_row {
	const char *text;	/* article body */
	double	 value;		/* the claim looked at */
	const char *date;	/* its claim date, "" for none */
};

static void
check_dates(const struct when_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(tr, "t", PUB, rows[i].text, &cs);
		cl = last_claim_valued(&cs, rows[i].value, rows[i].text);
		if (strcmp(cl->claim_date, rows[i].date) != 0)
			fail_msg("date \"%s\", expected \"%s\", in: %s",
			    cl->claim_date, rows[i].date, rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_carry_a_date_from_a_long_name_to_its_head_noun(void **state)
{
	static const struct when_row rows[] = {
		/* the earlier statement names the ministry at length, the
		 * later one by its head noun alone */
		{ "A new toll for the Korean units was given this week. The "
		  "Ukrainian Ministry of Defence announced on Tuesday a "
		  "review of the fighting. The ministry said 300 North Korean "
		  "soldiers had been killed.", 300, "2024-12-17" },
		{ "A new toll for the Korean units was given this week. The "
		  "Ukrainian Ministry of Defence announced today, "
		  "Thursday, a review of the fighting. The ministry said 300 "
		  "North Korean soldiers had been killed.", 300, "2024-12-19" },
		/* the noun after the verb is not who spoke */
		{ "A new toll for the Korean units was given this week. "
		  "Reporters said on Tuesday that they had written to the "
		  "Ukrainian ministry. The ministry said 300 North Korean "
		  "soldiers had been killed.", 300, "" },
	};

	(void)state;
	check_dates(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_date_a_press_releases_words_by_its_full_dateline(void **state)
{
	static const struct when_row rows[] = {
		{ "SEOUL/KYIV, 16 December 2024 \u2013 About 300 North "
		  "Korean soldiers have been killed in the fighting.\nThe "
		  "agency called for restraint.", 300, "2024-12-16" },
		{ "A briefing on the war.\nKYIV, 16 December 2024 - The "
		  "agency said about 300 North Korean soldiers have been "
		  "killed in the fighting.", 300, "2024-12-16" },
		/* a dateline without the year is not a full date */
		{ "SEOUL, December 16 (Agencies) \u2014 About 300 North "
		  "Korean soldiers have been killed in the fighting.", 300,
		  "" },
		/* a date opening a line in lower case is no dateline */
		{ "On 16 December 2024 - about 300 North Korean soldiers "
		  "had been killed in the fighting.", 300, "" },
		/* a dateline after publication is not this article's */
		{ "SEOUL, 16 December 2025 \u2013 About 300 North Korean "
		  "soldiers have been killed in the fighting.", 300, "" },
	};

	(void)state;
	check_dates(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_carry_a_date_to_the_same_sources_next_words(void **state)
{
	static const struct when_row rows[] = {
		{ "Seoul's spy agency said on Tuesday that North Korea had "
		  "sent 1,500 more troops to Russia. The NIS also said about "
		  "200 North Korean soldiers had been wounded.", 200,
		  "2024-12-17" },
		{ "The United Nations said on Monday that 8,000 North Korean "
		  "troops were in Russia. U.N. spokesman Peter Olsen said "
		  "the figure came from member states. Olsen told reporters "
		  "that 500 North Korean soldiers had been wounded.", 500,
		  "2024-12-16" },
		{ "Kyiv said on Tuesday that 1,500 North Korean troops had "
		  "arrived. Ukrainian officials estimated that fighting had "
		  "cost the Korean units dearly. Two days of shelling "
		  "followed. The front was quiet. Kyiv said 300 North Korean "
		  "soldiers had been killed.", 300, "2024-12-17" },
	};

	(void)state;
	check_dates(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_carry_a_date_to_other_or_older_statements(void **state)
{
	static const struct when_row rows[] = {
		{ "Seoul's spy agency said on Tuesday that North Korea had "
		  "sent 1,500 more troops to Russia. Last month, the NIS said "
		  "300 North Korean soldiers had been killed.", 300, "" },
		{ "The NIS said on Tuesday that 1,500 North Korean troops had "
		  "arrived. The NIS had previously estimated that 10,000 North "
		  "Korean troops were in Russia.", 10000, "" },
		{ "Kyiv said on Tuesday that 1,500 North Korean troops had "
		  "arrived. Seoul said 3,000 North Korean soldiers were in "
		  "Russia.", 3000, "" },
		{ "Kyiv said on Tuesday that 1,500 North Korean troops had "
		  "arrived. About 3,000 North Korean soldiers are in Russia.",
		  3000, "" },
	};

	(void)state;
	check_dates(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_date_anywhere_in_the_reporting_clause(void **state)
{
	static const struct when_row rows[] = {
		{ "About 11,000 North Korean troops are in Russia, Ukraine's "
		  "military intelligence said during a briefing in Kyiv on "
		  "Wednesday.", 11000, "2024-12-18" },
		{ "About 11,000 North Korean troops are in Russia, Seoul said "
		  "in a statement on Monday.", 11000, "2024-12-16" },
		{ "About 11,000 North Korean troops are in Russia, Kyiv said, "
		  "as fighting went on on Wednesday.", 11000, "" },
		{ "About 11,000 North Korean troops are in Russia, Kyiv said "
		  "after a week of heavy fighting.", 11000, "" },
	};

	(void)state;
	check_dates(rows, sizeof(rows) / sizeof(*rows));
}

struct qual_row {
	const char *text;	/* article body */
	double	 value;		/* the claim looked at */
	const char *qual;	/* its qualifier */
};

static void
check_quals(const struct qual_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(tr, "t", PUB, rows[i].text, &cs);
		cl = last_claim_valued(&cs, rows[i].value, rows[i].text);
		if (strcmp(qualifier_name(cl->qualifier), rows[i].qual) != 0)
			fail_msg("qualifier %s, expected %s, in: %s",
			    qualifier_name(cl->qualifier), rows[i].qual,
			    rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_bound_a_figure_by_the_verb_before_it(void **state)
{
	static const struct qual_row rows[] = {
		{ "The number of North Korean troops in Russia has passed "
		  "12,000, Kyiv said.", 12000, "more_than" },
		{ "Kyiv said the number of North Korean soldiers in Kursk had "
		  "already exceeded 12,000.", 12000, "more_than" },
		{ "Kyiv said North Korean troops in Russia topped 12,000.",
		  12000, "more_than" },
		{ "The North Korean force in Russia is nearing 12,000 troops, "
		  "Kyiv said.", 12000, "approx" },
		{ "Kyiv said the North Korean contingent was edging closer to "
		  "12,000 troops.", 12000, "approx" },
		{ "Kyiv said the North Korean deployment could be as high as "
		  "20,000 troops.", 20000, "up_to" },
	};

	(void)state;
	check_quals(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_leave_figures_exact_without_a_bound_word(void **state)
{
	static const struct qual_row rows[] = {
		{ "Kyiv said the North Korean deployment had hit 12,000 "
		  "troops.", 12000, "exact" },
		{ "Kyiv said the number of North Korean troops in Russia "
		  "reached 12,000.", 12000, "exact" },
		{ "Kyiv said the number of North Korean troops in Russia rose "
		  "to 12,000.", 12000, "exact" },
		{ "Kyiv said over 300 North Korean soldiers were killed and "
		  "2,700 wounded.", 2700, "exact" },
		{ "Kyiv said over 300 North Korean soldiers were killed and "
		  "2,700 wounded.", 300, "more_than" },
	};

	(void)state;
	check_quals(rows, sizeof(rows) / sizeof(*rows));
}

struct kind_row {
	const char *text;	/* article body */
	double	 value;		/* the claim looked at */
	const char *quantity;	/* its quantity */
	const char *modality;	/* and modality */
};

static void
check_kinds(const struct kind_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(tr, "t", PUB, rows[i].text, &cs);
		cl = last_claim_valued(&cs, rows[i].value, rows[i].text);
		if (strcmp(cl->quantity, rows[i].quantity) != 0 ||
		    strcmp(modality_name(cl->modality), rows[i].modality) != 0)
			fail_msg("%s/%s, expected %s/%s, in: %s", cl->quantity,
			    modality_name(cl->modality), rows[i].quantity,
			    rows[i].modality, rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_read_the_kind_of_count_from_the_figures_own_clause(void **state)
{
	static const struct kind_row rows[] = {
		{ "Kyiv said 200 North Korean soldiers sent to the front had "
		  "been killed.", 200, "casualties_killed", "current" },
		{ "Seoul said some 50 North Korean troops had died, and about "
		  "400 have been wounded.", 400, "casualties_wounded",
		  "current" },
		{ "Seoul said 500 wounded North Korean soldiers were flown "
		  "home.", 500, "casualties_wounded", "current" },
		{ "Kyiv's figure of 9,000 North Korean troops came days after "
		  "Seoul said they were training near the border.", 9000,
		  "troops_deployed", "current" },
		{ "Kyiv said 9,000 North Korean troops were sent, and that "
		  "40 were captured.", 9000, "troops_deployed", "current" },
	};

	(void)state;
	check_kinds(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_project_only_possible_or_planned_figures(void **state)
{
	static const struct kind_row rows[] = {
		{ "Kyiv said North Korea has the capacity to send as many as "
		  "50,000 troops.", 50000, "troops_planned", "projected" },
		{ "Seoul said Pyongyang agreed to dispatch 6,000 soldiers.",
		  6000, "troops_planned", "projected" },
		{ "Analysts warned of a possible deployment of up to 20,000 "
		  "North Korean troops.", 20000, "troops_planned",
		  "projected" },
		{ "The new units would join the 11,000 North Korean soldiers "
		  "deployed last year, Kyiv said.", 11000, "troops_deployed",
		  "current" },
		{ "Kyiv said 3,000 North Korean soldiers had to be moved to "
		  "Kursk.", 3000, "troops_deployed", "current" },
		{ "Kyiv said 3,000 North Korean soldiers were in Russia on "
		  "May Day.", 3000, "troops_deployed", "current" },
	};

	(void)state;
	check_kinds(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_press_releases_words_by_its_full_dateline),
		cmocka_unit_test(
		    should_carry_a_date_from_a_long_name_to_its_head_noun),
		cmocka_unit_test(
		    should_carry_a_date_to_the_same_sources_next_words),
		cmocka_unit_test(
		    should_not_carry_a_date_to_other_or_older_statements),
		cmocka_unit_test(
		    should_read_a_date_anywhere_in_the_reporting_clause),
		cmocka_unit_test(should_bound_a_figure_by_the_verb_before_it),
		cmocka_unit_test(
		    should_leave_figures_exact_without_a_bound_word),
		cmocka_unit_test(
		    should_read_the_kind_of_count_from_the_figures_own_clause),
		cmocka_unit_test(
		    should_project_only_possible_or_planned_figures),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
