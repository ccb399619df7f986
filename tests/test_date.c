/*
 * test_date.c - calendar arithmetic that dates and periods rely on, and
 * the lexicon's names of months and weekdays.
 */
#include <string.h>

#include "testutil.h"
#include "date.h"
#include "lexicon.h"

static void
should_round_trip_iso_dates(void **state)
{
	static const char *const dates[] = {
		"1970-01-01", "2024-02-29", "2024-10-25", "2000-03-01",
		"1969-12-31", "9999-12-31", "0001-01-01",
	};
	char out[DATE_LEN];
	long days;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(dates) / sizeof(*dates); i++) {
		assert_int_equal(date_parse(dates[i], &days), 0);
		date_format(days, out);
		assert_string_equal(out, dates[i]);
	}
}

static void
should_reject_impossible_and_malformed_dates(void **state)
{
	static const char *const bad[] = {
		"2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10",
		"2024-1-5", "24-10-25", "", "yesterday", "2024-10-25x",
	};
	long days;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		assert_int_equal(date_parse(bad[i], &days), -1);
	assert_int_equal(date_parse(NULL, &days), -1);
}

static void
should_accept_a_time_after_the_date(void **state)
{
	long a, b;

	(void)state;
	assert_int_equal(date_parse("2024-10-25T08:15:00Z", &a), 0);
	assert_int_equal(date_parse("2024-10-25", &b), 0);
	assert_int_equal(a, b);
}

static void
should_know_weekdays_and_day_distances(void **state)
{
	(void)state;
	assert_int_equal(date_days(1970, 1, 1), 0);
	/* 2024-10-24 was a Thursday, 2024-10-28 a Monday */
	assert_int_equal(date_weekday(date_days(2024, 10, 24)), 4);
	assert_int_equal(date_weekday(date_days(2024, 10, 28)), 1);
	assert_int_equal(date_weekday(date_days(1969, 12, 31)), 3);
	assert_int_equal(date_days(2025, 3, 1) - date_days(2025, 2, 1), 28);
	assert_int_equal(date_days(2024, 3, 1) - date_days(2024, 2, 1), 29);
}

static void
should_find_every_month_and_weekday_name_in_any_case(void **state)
{
	int m, d;

	(void)state;
	for (m = 1; m <= 12; m++) {
		assert_int_equal(lex_month(lex_month_names[m - 1],
		    strlen(lex_month_names[m - 1])), m);
		assert_int_equal(lex_month_abbrev(lex_month_abbrevs[m - 1],
		    strlen(lex_month_abbrevs[m - 1])), m);
	}
	for (d = 0; d < 7; d++)
		assert_int_equal(lex_weekday(lex_weekday_names[d],
		    strlen(lex_weekday_names[d])), d);
}

static void
should_tell_full_names_from_short_forms(void **state)
{
	static const struct {
		const char *word;
		int	 month, abbrev, weekday;
	} rows[] = {
		{ "OCTOBER", 10, 0, -1 },
		{ "may", 5, 5, -1 },
		{ "Sept", 0, 9, -1 },
		{ "sep", 0, 9, -1 },
		{ "Ma", 0, 0, -1 },
		{ "Mayday", 0, 0, -1 },
		{ "thursday", 0, 0, 4 },
		{ "Thu", 0, 0, -1 },
		{ "Sundays", 0, 0, -1 },
	};
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		n = strlen(rows[i].word);
		assert_int_equal(lex_month(rows[i].word, n), rows[i].month);
		assert_int_equal(lex_month_abbrev(rows[i].word, n),
		    rows[i].abbrev);
		assert_int_equal(lex_weekday(rows[i].word, n),
		    rows[i].weekday);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_round_trip_iso_dates),
		cmocka_unit_test(should_reject_impossible_and_malformed_dates),
		cmocka_unit_test(should_accept_a_time_after_the_date),
		cmocka_unit_test(should_know_weekdays_and_day_distances),
		cmocka_unit_test(
		    should_find_every_month_and_weekday_name_in_any_case),
		cmocka_unit_test(should_tell_full_names_from_short_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
