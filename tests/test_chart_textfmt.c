/*
 * test_chart_textfmt.c - the figures a briefing prints: thousands
 * separators, ratios, qualifier signs, truncated names.
 */
#include "testutil.h"
#include "textfmt.h"

static void
should_format_numbers_with_thousands_separators(void **state)
{
	static const struct {
		double	 v;
		const char *want;
	} rows[] = {
		{ 0, "0" },
		{ 7, "7" },
		{ 999, "999" },
		{ 1000, "1,000" },
		{ 3000, "3,000" },
		{ 12000, "12,000" },
		{ 100000, "100,000" },
		{ 1234567, "1,234,567" },
		{ 1e9, "1,000,000,000" },
		{ 12000.4, "12,000" },
		{ 1999.6, "2,000" },
		{ 2.5, "2.5" },
		{ 0.25, "0.25" },
		{ 10.10, "10.1" },
		{ -12000, "\xe2\x88\x92" "12,000" },
		{ -0.001, "0" },
		{ NAN, "\xe2\x80\x93" },
		{ INFINITY, "\xe2\x88\x9e" },
	};
	char buf[TEXTFMT_NUM_LEN];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(textfmt_number(rows[i].v, buf,
		    sizeof(buf)), rows[i].want);
}

static void
should_never_overflow_a_short_buffer(void **state)
{
	char buf[6];

	(void)state;
	assert_string_equal(textfmt_number(1e9, buf, sizeof(buf)), "1,000");
	assert_string_equal(textfmt_truncate("abcdefgh", 100, buf,
	    sizeof(buf)), "abcde");
}

static void
should_format_ratios_with_one_decimal_below_ten(void **state)
{
	static const struct {
		double	 r;
		const char *want;
	} rows[] = {
		{ 4, "4.0\xc3\x97" },
		{ 1, "1.0\xc3\x97" },
		{ 1.2, "1.2\xc3\x97" },
		{ 0.833333, "0.8\xc3\x97" },
		{ 9.96, "10\xc3\x97" },
		{ 12.4, "12\xc3\x97" },
		{ 333333.3, "333,333\xc3\x97" },
		{ NAN, "\xe2\x80\x93" },
		{ 0, "\xe2\x80\x93" },
	};
	char buf[TEXTFMT_NUM_LEN];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(textfmt_ratio(rows[i].r, buf, sizeof(buf)),
		    rows[i].want);
}

static void
should_sign_each_qualifier(void **state)
{
	static const struct {
		enum qualifier q;
		double	 value, low, high;
		const char *want;
	} rows[] = {
		{ QUAL_EXACT, 12000, NAN, NAN, "12,000" },
		{ QUAL_APPROX, 12000, NAN, NAN, "\xe2\x89\x88" "12,000" },
		{ QUAL_AT_LEAST, 3000, 3000, NAN, "\xe2\x89\xa5" "3,000" },
		{ QUAL_MORE_THAN, 11000, 11000, NAN, ">11,000" },
		{ QUAL_AT_MOST, 5000, NAN, 5000, "\xe2\x89\xa4" "5,000" },
		{ QUAL_UP_TO, 5000, NAN, 5000, "\xe2\x89\xa4" "5,000" },
		{ QUAL_LESS_THAN, 100, NAN, 100, "<100" },
		{ QUAL_RANGE, 11000, 10000, 12000, "10,000\xe2\x80\x93" "12,000" },
		{ QUAL_VAGUE, NAN, 2000, NAN, "vague, \xe2\x89\xa5" "2,000" },
		{ QUAL_VAGUE, NAN, NAN, NAN, "vague" },
		{ QUAL_VAGUE, 1000, NAN, NAN, "~1,000" },
	};
	char buf[TEXTFMT_NUM_LEN * 2];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(textfmt_estimate(rows[i].value, rows[i].low,
		    rows[i].high, rows[i].q, buf, sizeof(buf)), rows[i].want);
}

static void
should_truncate_by_characters_and_clean_control_characters(void **state)
{
	static const struct {
		const char *in;
		size_t	 max;
		const char *want;
	} rows[] = {
		{ "Ukraine", 30, "Ukraine" },
		{ "United States", 6, "Unite\xe2\x80\xa6" },
		{ "Genève Genève", 7, "Genève\xe2\x80\xa6" },
		{ "two\nlines\there", 30, "two lines here" },
		{ "bad \xff byte", 30, "bad ? byte" },
		{ "", 5, "" },
	};
	char buf[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(textfmt_truncate(rows[i].in, rows[i].max,
		    buf, sizeof(buf)), rows[i].want);
}

static void
should_fit_text_to_a_width_for_gnuplot(void **state)
{
	static const struct {
		const char *in;
		double	 em;
		const char *want;
	} rows[] = {
		{ "Ukraine", 17, "Ukraine" },
		{ "United States · arrived", 17, "United States · arrived" },
		{ "WWWWWWWWWWWWWWWWWWWWWWWW", 17, "WWWWWWWWWWWWWWWW\xe2\x80\xa6" },
		{ "abcdefghij", 3, "abcd\xe2\x80\xa6" },
	};
	char buf[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(textfmt_fit(rows[i].in, rows[i].em, buf,
		    sizeof(buf)), rows[i].want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_format_numbers_with_thousands_separators),
		cmocka_unit_test(should_never_overflow_a_short_buffer),
		cmocka_unit_test(should_format_ratios_with_one_decimal_below_ten),
		cmocka_unit_test(should_sign_each_qualifier),
		cmocka_unit_test(
		    should_truncate_by_characters_and_clean_control_characters),
		cmocka_unit_test(should_fit_text_to_a_width_for_gnuplot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
