/*
 * test_extract_floordate.c - claim dates where the year or the day has
 * to be read from around the date: an article without a publication
 * day whose text writes a month with its year ("in August 2024") or
 * whose headline writes a year, read as the earliest the article can
 * be; a weekday beside a month and day choosing the year from there
 * on; a time of day written with its minutes ("17.00 hours") before
 * the date; "all but eight" as no second clause; a when-clause or
 * "by" a day opening a statement; "estimated that" as a verb of
 * speech; "The day before," in an article that dates nothing before
 * it; "up from 3,000 a day earlier". Each with its negatives.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "claimdate.h"
#include "tokens.h"
#include "tracker.h"
#include "util.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"	/* a Thursday */

/*
 * The claim of value v in the article (published pub, "" for none,
 * with the title given or none) is dated want ("" for no date).
 */
static void
check_article(const char *pub, const char *title, const char *text,
    double v, const char *want)
{
	check_claim_date(tr, pub, title, text, v, want);
}

static void
should_read_a_day_against_a_month_and_year_of_an_undated_text(void **state)
{
	(void)state;
	/* the first such day on or after the month the text names */
	check_article("", NULL, "The offensive opened in August 2024. Kyiv "
	    "said on March 17 that 3,000 North Korean soldiers had been "
	    "killed.", 3000, "2025-03-17");
	check_article("", NULL, "The offensive opened in August 2024. Kyiv "
	    "said on August 20 that 3,000 North Korean soldiers had been "
	    "killed.", 3000, "2024-08-20");
	/* the latest month named is the floor */
	check_article("", NULL, "The troops came in October 2024 and were "
	    "first seen in Kursk in Dec. 2024. Kyiv said on Jan. 11 that "
	    "3,000 North Korean soldiers had been killed.", 3000,
	    "2025-01-11");
	/* a day and month with a year is a full date, no floor */
	check_article("", NULL, "The offensive opened on 6 August 2024. Kyiv "
	    "said on August 20 that 3,000 North Korean soldiers had been "
	    "killed.", 3000, "2024-08-20");
	/* no month with a year: no date, as before */
	check_article("", NULL, "The offensive opened in August. Kyiv said "
	    "on March 17 that 3,000 North Korean soldiers had been killed.",
	    3000, "");
	/* a bare weekday needs the real publication day */
	check_article("", NULL, "The offensive opened in August 2024. Kyiv "
	    "said on Monday that 3,000 North Korean soldiers had been "
	    "killed.", 3000, "");
}

static void
should_let_a_weekday_choose_the_year_after_the_floor(void **state)
{
	(void)state;
	/* January 14 was a Tuesday in 2025, a Wednesday in 2026 */
	check_article("", NULL, "The offensive opened in August 2024. On "
	    "Tuesday, Jan. 14, Kyiv said 3,000 North Korean soldiers had "
	    "been killed.", 3000, "2025-01-14");
	check_article("", NULL, "The offensive opened in August 2024. On "
	    "Wednesday, Jan. 14, Kyiv said 3,000 North Korean soldiers had "
	    "been killed.", 3000, "2026-01-14");
	/* a weekday after the day: "Friday 16 June" */
	check_article("", NULL, "The offensive opened in August 2024. On "
	    "Monday 16 June, Kyiv said 3,000 North Korean soldiers had been "
	    "killed.", 3000, "2025-06-16");
	/* without any year in the text, the weekday alone fixes none */
	check_article("", NULL, "On Tuesday, Jan. 14, Kyiv said 3,000 North "
	    "Korean soldiers had been killed.", 3000, "");
}

static void
should_take_a_floor_from_a_year_in_the_headline(void **state)
{
	static const char said[] = "On March 14, Kyiv said 3,000 North "
	    "Korean soldiers had been killed.";

	(void)state;
	check_article("", "Situation report #4, fiscal year 2024", said, 3000,
	    "2024-03-14");
	/* digits that are no year of news */
	check_article("", "Situation report 4096", said, 3000, "");
	check_article("", NULL, said, 3000, "");
	/* a month with its year in the text comes first */
	check_article("", "The 2023 war", "The offensive opened in August "
	    "2024. On March 14, Kyiv said 3,000 North Korean soldiers had "
	    "been killed.", 3000, "2025-03-14");
}

/* The tokens claimdate_time() reads as a time at the start of s. */
static size_t
time_tokens(const char *s)
{
	struct token t[16];
	size_t n = tokenize(s, 0, strlen(s), t, 16);

	return n > 0 ? claimdate_time(s, t, n, 0) : 0;
}

static void
should_read_a_time_with_its_minutes_as_a_time(void **state)
{
	(void)state;
	assert_int_equal(time_tokens("17.00 hours 9 January"), 2);
	assert_int_equal(time_tokens("1100 hrs local time on March 14"), 4);
	assert_int_equal(time_tokens("20:00 hours this Wednesday"), 2);
	/* spans and amounts, not times */
	assert_int_equal(time_tokens("24 hours of fighting"), 0);
	assert_int_equal(time_tokens("1,500 hours of work"), 0);
	assert_int_equal(time_tokens("25.00 hours"), 0);
	assert_int_equal(time_tokens("17.75 hours"), 0);
	/* the date after the time is read through it */
	check_article(PUB, NULL, "Kyiv's figures as of 17.00 hours 9 December "
	    "are 3,000 North Korean soldiers killed.", 3000, "2024-12-09");
	check_article(PUB, NULL, "Kyiv's figures as of 0900 hrs on Monday "
	    "are 3,000 North Korean soldiers killed.", 3000, "2024-12-16");
}

static void
should_not_split_a_statement_at_all_but(void **state)
{
	(void)state;
	check_article(PUB, NULL, "A spokesman, who said in a statement on "
	    "Wednesday that all but 80 North Korean soldiers had left Kursk, "
	    "gave no more details.", 80, "2024-12-18");
	/* "but" that joins another clause still ends the statement */
	check_article(PUB, NULL, "A spokesman spoke in a statement on "
	    "Wednesday, but 80 North Korean soldiers had left Kursk.", 80,
	    "");
}

static void
should_date_a_statement_by_a_clause_that_opens_it(void **state)
{
	(void)state;
	check_article(PUB, NULL, "When he visited the front on Monday, the "
	    "governor said 3,000 North Korean soldiers had been killed.",
	    3000, "2024-12-16");
	check_article(PUB, NULL, "By Tuesday afternoon Ukraine's army said "
	    "3,000 North Korean soldiers had been killed.", 3000,
	    "2024-12-17");
	/* the clause's own event, no statement after it */
	check_article(PUB, NULL, "When the offensive began on Monday, 3,000 "
	    "North Korean soldiers were killed.", 3000, "");
	/* "by" a day after the statement's verb is a deadline */
	check_article(PUB, NULL, "Ukraine's army said 3,000 North Korean "
	    "soldiers would leave by Friday.", 3000, "");
}

static void
should_read_estimated_that_as_a_verb_of_speech(void **state)
{
	(void)state;
	check_article(PUB, NULL, "Britain's defence intelligence on December "
	    "15 estimated that 3,000 North Korean soldiers had been killed.",
	    3000, "2024-12-15");
	/* "an estimated 3,000" states nothing: the day is the event's */
	check_article(PUB, NULL, "Kyiv said an estimated 3,000 North Korean "
	    "soldiers were killed in shelling on Monday.", 3000, "");
}

static void
should_read_the_day_before_against_publication(void **state)
{
	(void)state;
	check_article(PUB, NULL, "Seoul has said 10,000 North Korean troops "
	    "are in Russia.\nThe day before, Ukraine's army reported that "
	    "11,000 North Korean troops had arrived.", 11000, "2024-12-18");
	/* a date written before: the day before that one */
	check_article(PUB, NULL, "On Monday, Seoul said 10,000 North Korean "
	    "troops are in Russia.\nThe day before, Ukraine's army reported "
	    "that 11,000 North Korean troops had arrived.", 11000,
	    "2024-12-15");
	/* "On the same day" names no day without one before */
	check_article(PUB, NULL, "Seoul has said 10,000 North Korean troops "
	    "are in Russia.\nOn the same day, Ukraine's army reported that "
	    "11,000 North Korean troops had arrived.", 11000, "");
}

static void
should_put_a_figure_of_a_day_earlier_on_the_day_before(void **state)
{
	(void)state;
	check_article(PUB, NULL, "Kyiv said on Wednesday that 4,000 North "
	    "Korean soldiers had been killed, up from 3,000 a day earlier.",
	    3000, "2024-12-17");
	check_article(PUB, NULL, "Kyiv said on Wednesday that 4,000 North "
	    "Korean soldiers had been killed, up from 3,000 the previous "
	    "day.", 3000, "2024-12-17");
	/* the figure of the statement's own day stays */
	check_article(PUB, NULL, "Kyiv said on Wednesday that 4,000 North "
	    "Korean soldiers had been killed, up from 3,000 a day earlier.",
	    4000, "2024-12-18");
	/* "a day before" of another thing than the figure */
	check_article(PUB, NULL, "Kyiv said on Wednesday that 3,000 North "
	    "Korean soldiers had been killed in the attack, which began a "
	    "day before.", 3000, "2024-12-18");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_day_against_a_month_and_year_of_an_undated_text),
		cmocka_unit_test(
		    should_let_a_weekday_choose_the_year_after_the_floor),
		cmocka_unit_test(
		    should_take_a_floor_from_a_year_in_the_headline),
		cmocka_unit_test(
		    should_read_a_time_with_its_minutes_as_a_time),
		cmocka_unit_test(
		    should_not_split_a_statement_at_all_but),
		cmocka_unit_test(
		    should_date_a_statement_by_a_clause_that_opens_it),
		cmocka_unit_test(
		    should_read_estimated_that_as_a_verb_of_speech),
		cmocka_unit_test(
		    should_read_the_day_before_against_publication),
		cmocka_unit_test(
		    should_put_a_figure_of_a_day_earlier_on_the_day_before),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
