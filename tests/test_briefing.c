/*
 * test_briefing.c - the briefing model: figures written the way readers
 * expect (thousands separators, qualifier symbols) and rows that own
 * copies of their strings.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "util.h"
#include "briefing.h"
#include "lexicon.h"

static void
should_write_numbers_with_thousands_separators(void **state)
{
	static const struct {
		double	 in;
		const char *out;
	} rows[] = {
		{ 0, "0" }, { 7, "7" }, { 999, "999" }, { 1000, "1,000" },
		{ 3000, "3,000" }, { 12000, "12,000" }, { 11400, "11,400" },
		{ 1234567, "1,234,567" }, { -12000, "-12,000" }, { 2.5, "2.5" },
		{ 1999.96, "2,000" }, { 0.04, "0.04" }, { NAN, "" }, { INFINITY, "" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(briefing_number(rows[i].in, buf,
		    sizeof(buf)), rows[i].out);
	assert_string_equal(briefing_number(1234567, buf, 4), "1,2");
}

static void
should_write_estimates_with_their_qualifier_symbol(void **state)
{
	static const struct {
		enum qualifier q;
		double	 value, low, high;
		const char *out;
	} rows[] = {
		{ QUAL_APPROX, 12000, 11400, 12600, "≈ 12,000" },
		{ QUAL_AT_LEAST, 3000, 3000, NAN, "≥ 3,000" },
		{ QUAL_MORE_THAN, 11000, 11000, NAN, "> 11,000" },
		{ QUAL_AT_MOST, 5000, NAN, 5000, "≤ 5,000" },
		{ QUAL_UP_TO, 5000, NAN, 5000, "≤ 5,000" },
		{ QUAL_LESS_THAN, 5000, NAN, 5000, "< 5,000" },
		{ QUAL_EXACT, 12000, 12000, 12000, "12,000" },
		{ QUAL_RANGE, NAN, 10000, 12000, "10,000–12,000" },
		{ QUAL_VAGUE, NAN, 2000, NAN, "vague, ≥ 2,000" },
		{ QUAL_VAGUE, NAN, NAN, NAN, "vague" },
	};
	char buf[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(briefing_estimate(rows[i].q, rows[i].value,
		    rows[i].low, rows[i].high, buf, sizeof(buf)), rows[i].out);
	assert_string_equal(briefing_interval(3000, NAN, buf, sizeof(buf)),
	    "[3,000, open)");
	assert_string_equal(briefing_interval(11400, 12600, buf, sizeof(buf)),
	    "[11,400, 12,600]");
	assert_string_equal(lex_qualifier_words(QUAL_AT_LEAST), "at least");
	/* one wording in every table and sentence: claims count people */
	assert_string_equal(lex_qualifier_words(QUAL_LESS_THAN), "fewer than");
}

static void
should_word_a_plain_figure_as_stated_and_a_vague_one_by_its_floor(
    void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(lex_qualifier_words(QUAL_EXACT), "as stated");
	assert_string_equal(lex_qualifier_words(QUAL_VAGUE), "vague");
	assert_string_equal(briefing_estimate(QUAL_VAGUE, NAN, 2000, NAN, buf,
	    sizeof(buf)), "vague, ≥ 2,000");
	/* cut, never overflowing */
	assert_string_equal(briefing_estimate(QUAL_VAGUE, NAN, 2000, NAN, buf,
	    8), "vague, ");
}

static void
should_keep_copies_of_row_strings_after_the_caller_frees_them(void **state)
{
	struct briefing b;
	struct briefing_source s;
	struct briefing_claim c;
	char *name = xstrdup("South Korea");
	char *sentence = xstrdup("NIS says over 11,000.");

	(void)state;
	briefing_init(&b);
	assert_string_equal(b.version, CLAIMTRACK_VERSION);
	assert_int_equal(b.nsections, 0);
	briefing_add_section(&b, "casualties", NULL, "charts/casualties",
	    1u << BRIEFING_CHART_RANGE | 1u << BRIEFING_CHART_MATRIX);
	assert_string_equal(b.sections[0].charts[BRIEFING_CHART_MATRIX].png_link,
	    "charts/casualties/matrix.png");
	assert_null(b.sections[0].charts[BRIEFING_CHART_TIMELINE].png_link);
	briefing_source_init(&s);
	s.source = name;
	s.qualifier = QUAL_MORE_THAN;
	s.value = 11000;
	briefing_add_source(&b, &s);
	briefing_claim_init(&c);
	c.sentence = sentence;
	briefing_add_claim(&b, &c);
	briefing_add_finding(&b, "compatible");
	free(name);
	free(sentence);
	assert_int_equal(b.nsources, 1);
	assert_string_equal(b.sources[0].source, "South Korea");
	assert_double_equal(b.sources[0].low, NAN, 0);
	assert_string_equal(b.appendix[0].source, "unattributed");
	assert_string_equal(b.appendix[0].sentence, "NIS says over 11,000.");
	assert_null(b.appendix[0].url);
	assert_string_equal(b.findings[0], "compatible");
	briefing_set(&b.title, "North Korean troops in Russia");
	briefing_set(&b.title, NULL);
	assert_null(b.title);
	briefing_release(&b);
	assert_int_equal(b.nsources, 0);
	assert_null(b.version);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_write_numbers_with_thousands_separators),
		cmocka_unit_test(should_write_estimates_with_their_qualifier_symbol),
		cmocka_unit_test(
		    should_word_a_plain_figure_as_stated_and_a_vague_one_by_its_floor),
		cmocka_unit_test(should_keep_copies_of_row_strings_after_the_caller_frees_them),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
