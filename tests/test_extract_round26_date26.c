/*
 * test_extract_round26_date26.c - claim dates of round 26: a weekday
 * between a subject and its verb whose object names the figure ("The
 * agency on Monday called for an inquiry into the deaths of 40"); a
 * "today" inside a quotation, which is the day the words were said; an
 * infinitive after a figure, whose date is another event's ("500
 * soldiers to cross the river on December 2"); a clock time after "as
 * of" ("as of 6 p.m. on Tuesday, 300 ..."); an article with no date at
 * all read from the first year its tracker's name writes. With
 * negatives: the counted event's own day.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"	/* a Thursday */

static void
should_date_a_subjects_act_naming_the_figure(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "The United Nations on Monday called for an inquiry into "
		  "the deaths of at least 40 North Korean soldiers in Kursk.",
		  40, "2024-12-16" },
		{ "North Korean troops fought in Kursk.\n"
		  "Seoul: Amnesty International on Tuesday denounced as "
		  "\"a massacre\" the deaths of 50 North Korean "
		  "soldiers in Kursk.", 50, "2024-12-17" },
		/* the figure's own verb: the event's day */
		{ "North Korean troops fought in Kursk.\n"
		  "Ukrainian forces on Monday killed 45 North Korean "
		  "soldiers who tried to storm a village in Kursk.", 45,
		  "" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_read_a_quoted_today_as_the_statements_day(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "\"The troops keep coming. Today, we put the number of "
		  "North Korean soldiers in Kursk at 3,000,\" the minister "
		  "said in an "
		  "interview with a Danish television channel on Monday.",
		  3000, "2024-12-16" },
		/* "today" outside a quotation is the day of publication */
		{ "North Korean troops fought in Kursk.\n"
		  "Today the ministry said 3,100 North Korean soldiers were "
		  "in Kursk.", 3100, "2024-12-19" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_not_date_a_figure_by_its_infinitives_event(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "The film tells of the attempt by 500 North Korean "
		  "soldiers to cross the river in Kursk on December 2.",
		  500, "" },
		/* no infinitive: the figure's own clause dates it */
		{ "North Korean troops fought in Kursk.\n"
		  "The toll of North Korean soldiers in Kursk climbed above "
		  "600 on Wednesday.", 600, "2024-12-18" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_date_a_count_as_of_a_clock_time(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korean troops fought in Kursk.\n"
		  "Officials say that as of 6 p.m. on Tuesday, 700 North "
		  "Korean soldiers had been killed in Kursk.", 700,
		  "2024-12-17" },
	};

	(void)state;
	check_date_rows(tr, PUB, rows, NELEM(rows));
}

/* The built-in tracker, its name given a year: "... in Russia 2024". */
static struct tracker *
tracker_with_year(void)
{
	const char *ini = tracker_default_text();
	const char *at = strstr(ini, "\nname = ");
	const char *eol = at != NULL ? strchr(at + 1, '\n') : NULL;
	struct tracker *t;
	char *s;
	size_t head;

	if (eol == NULL)
		return NULL;
	head = (size_t)(eol - ini);
	s = xmalloc(strlen(ini) + 8);
	memcpy(s, ini, head);
	strcpy(s + head, " 2024");
	strcat(s, eol);
	t = tracker_parse(s, "year");
	free(s);
	return t;
}

static void
should_read_an_undated_article_from_its_trackers_year(void **state)
{
	struct tracker *t = tracker_with_year();
	struct claimset cs;
	size_t k;
	const struct claim *cl = NULL;

	(void)state;
	assert_non_null(t);
	claimset_init(&cs);
	extract_text(t, "t", NULL, "North Korean troops fought in Kursk.\n"
	    "The Ukrainian army reported on Saturday December 14 that 800 "
	    "North Korean soldiers had been killed in Kursk.", &cs);
	for (k = 0; k < cs.n && cl == NULL; k++)
		if (cs.v[k].value == 800)
			cl = &cs.v[k];
	assert_non_null(cl);
	assert_string_equal(cl->claim_date, "2024-12-14");
	claimset_release(&cs);
	/* the built-in tracker's name writes no year: no date */
	claimset_init(&cs);
	extract_text(tr, "t", NULL, "North Korean troops fought in Kursk.\n"
	    "The Ukrainian army reported on Saturday December 14 that 800 "
	    "North Korean soldiers had been killed in Kursk.", &cs);
	for (cl = NULL, k = 0; k < cs.n && cl == NULL; k++)
		if (cs.v[k].value == 800)
			cl = &cs.v[k];
	assert_non_null(cl);
	assert_string_equal(cl->claim_date, "");
	claimset_release(&cs);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_subjects_act_naming_the_figure),
		cmocka_unit_test(
		    should_read_a_quoted_today_as_the_statements_day),
		cmocka_unit_test(
		    should_not_date_a_figure_by_its_infinitives_event),
		cmocka_unit_test(
		    should_date_a_count_as_of_a_clock_time),
		cmocka_unit_test(
		    should_read_an_undated_article_from_its_trackers_year),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
