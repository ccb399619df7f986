/*
 * test_numbers.c - the number phrase parser on its own: spelled-out
 * numbers by English cardinal grammar, digits with scale words and
 * thousands separators, ranges sharing a scale word, vague amounts,
 * "N-strong", and what is no amount at all (ordinals, names, parts of
 * compound adjectives).
 */
#include <string.h>

#include "testutil.h"
#include "numbers.h"
#include "tokens.h"

#define MAXTOK 64

struct row {
	const char *text;	/* the amount starts at the first amount word */
	double	 value;		/* NAN for vague */
	const char *qual;
	double	 low, high;	/* NAN = open */
	const char *next;	/* the word just past the phrase; NULL: end */
};

/* Parse the number phrase at the first token that may start one. */
static bool
parse_first(const char *text, struct token *t, size_t *n,
    struct numphrase *np)
{
	size_t i;

	*n = tokenize(text, 0, strlen(text), t, MAXTOK);
	for (i = 0; i < *n; i++)
		if (amount_start(text, &t[i]))
			return numphrase_parse(text, t, *n, i, np);
	return false;
}

static void
check_rows(const struct row *rows, size_t nrows)
{
	struct token t[MAXTOK];
	struct numphrase np;
	const char *text;
	size_t i, n;

	for (i = 0; i < nrows; i++) {
		text = rows[i].text;
		if (!parse_first(text, t, &n, &np))
			fail_msg("no amount in: %s", text);
		if (!(isnan(np.value) && isnan(rows[i].value)) &&
		    np.value != rows[i].value)
			fail_msg("%s: value %g, expected %g", text, np.value,
			    rows[i].value);
		if (strcmp(qualifier_name(np.qual), rows[i].qual) != 0)
			fail_msg("%s: %s, expected %s", text,
			    qualifier_name(np.qual), rows[i].qual);
		assert_double_equal(np.low, rows[i].low, 1e-6);
		assert_double_equal(np.high, rows[i].high, 1e-6);
		if (rows[i].next == NULL ? np.end != n :
		    np.end >= n || !tok_is(text, &t[np.end], rows[i].next))
			fail_msg("%s: the phrase ends at token %zu", text,
			    np.end);
	}
}

static void
should_read_compound_number_words(void **state)
{
	static const struct row rows[] = {
		{ "twelve thousand five hundred troops", 12500, "exact",
		  12500, 12500, "troops" },
		{ "Twelve Thousand Five Hundred Troops", 12500, "exact",
		  12500, 12500, "troops" },
		{ "one hundred and twenty thousand people", 120000, "exact",
		  120000, 120000, "people" },
		{ "two hundred thousand refugees", 200000, "exact", 200000,
		  200000, "refugees" },
		{ "two million five hundred thousand people", 2500000,
		  "exact", 2500000, 2500000, "people" },
		{ "one thousand and fifty soldiers", 1050, "exact", 1050,
		  1050, "soldiers" },
		{ "two hundred and fifty soldiers", 250, "exact", 250, 250,
		  "soldiers" },
		{ "two hundred twelve soldiers", 212, "exact", 212, 212,
		  "soldiers" },
		{ "twelve hundred soldiers", 1200, "exact", 1200, 1200,
		  "soldiers" },
		{ "twenty-five thousand soldiers", 25000, "exact", 25000,
		  25000, "soldiers" },
		{ "twenty five thousand soldiers", 25000, "exact", 25000,
		  25000, "soldiers" },
		{ "ninety-nine soldiers", 99, "exact", 99, 99, "soldiers" },
		{ "sent a hundred soldiers", 100, "exact", 100, 100,
		  "soldiers" },
		{ "sent a thousand soldiers", 1000, "exact", 1000, 1000,
		  "soldiers" },
		{ "a hundred and fifty soldiers", 150, "exact", 150, 150,
		  "soldiers" },
		{ "a dozen soldiers", 12, "exact", 12, 12, "soldiers" },
		{ "two dozen soldiers", 24, "exact", 24, 24, "soldiers" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_fractions_of_scale_words(void **state)
{
	static const struct row rows[] = {
		{ "three and a half thousand troops", 3500, "exact", 3500,
		  3500, "troops" },
		{ "one and a half million people", 1500000, "exact",
		  1500000, 1500000, "people" },
		{ "a million and a half people", 1500000, "exact", 1500000,
		  1500000, "people" },
		{ "half a million people", 500000, "exact", 500000, 500000,
		  "people" },
		/* "and a half" with no scale word after it is not read */
		{ "two and a half years", 2, "exact", 2, 2, "and" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_digits_scales_and_separators(void **state)
{
	static const struct row rows[] = {
		{ "1.5 million people", 1500000, "exact", 1500000, 1500000,
		  "people" },
		{ "12.5k troops", 12500, "exact", 12500, 12500, "troops" },
		{ "10k troops", 10000, "exact", 10000, 10000, "troops" },
		{ "12,500 troops", 12500, "exact", 12500, 12500, "troops" },
		{ "12 500 troops", 12500, "exact", 12500, 12500, "troops" },
		{ "12\u00a0500 troops", 12500, "exact", 12500, 12500,
		  "troops" },		/* no-break space */
		{ "12\u2009500 troops", 12500, "exact", 12500, 12500,
		  "troops" },		/* thin space */
		{ "12\u202f500 troops", 12500, "exact", 12500, 12500,
		  "troops" },		/* narrow no-break space */
		{ "1\u00a0250\u00a0000 people", 1250000, "exact", 1250000,
		  1250000, "people" },
		{ "12 thousand troops", 12000, "exact", 12000, 12000,
		  "troops" },
		/* thousands grouped with full stops, as some outlets write
		 * them; a three-place decimal before a scale word stays one */
		{ "69.000 people", 69000, "exact", 69000, 69000, "people" },
		{ "1.302.938 people", 1302938, "exact", 1302938, 1302938,
		  "people" },
		{ "1.125 million people", 1125000, "exact", 1125000, 1125000,
		  "people" },
		/* a decimal comma before a scale word */
		{ "9,5 thousand people", 9500, "exact", 9500, 9500, "people" },
		{ "1,5 million troops", 1500000, "exact", 1500000, 1500000,
		  "troops" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_keep_qualifiers_on_word_numbers(void **state)
{
	static const struct row rows[] = {
		{ "more than twelve thousand five hundred troops", 12500,
		  "more_than", 12500, NAN, "troops" },
		{ "about twelve thousand five hundred troops", 12500,
		  "approx", 11875, 13125, "troops" },
		{ "put the toll at exactly three hundred", 300, "exact",
		  300, 300, NULL },
		{ "nearly a thousand troops", 1000, "approx", 900, 1000,
		  "troops" },
		{ "up to eleven thousand five hundred troops", 11500,
		  "up_to", 0, 11500, "troops" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_share_the_scale_word_of_a_range(void **state)
{
	static const struct row rows[] = {
		{ "10,000 to 12,000 troops", 11000, "range", 10000, 12000,
		  "troops" },
		{ "10 to 12 thousand troops", 11000, "range", 10000, 12000,
		  "troops" },
		{ "between ten and twelve thousand troops", 11000, "range",
		  10000, 12000, "troops" },
		{ "ten to twelve thousand troops", 11000, "range", 10000,
		  12000, "troops" },
		{ "between ten thousand and twelve thousand troops", 11000,
		  "range", 10000, 12000, "troops" },
		{ "10-12k troops", 11000, "range", 10000, 12000, "troops" },
		{ "between 10 and 12k troops", 11000, "range", 10000, 12000,
		  "troops" },
		{ "1.5 to 2 million people", 1750000, "range", 1500000,
		  2000000, "people" },
		{ "between five and six hundred troops", 550, "range", 500,
		  600, "troops" },
		/* the first figure is no multiple of a scale above it */
		{ "between 500 and 2 thousand troops", 1250, "range", 500,
		  2000, "troops" },
		/* a bare first figure shares the thousands written out in
		 * the second, when that keeps it of the same order */
		{ "15-20,000 troops", 17500, "range", 15000, 20000, "troops" },
		{ "11 to 12,000 troops", 11500, "range", 11000, 12000,
		  "troops" },
		{ "between 500 and 2,000 troops", 1250, "range", 500, 2000,
		  "troops" },
		{ "between 1 and 15,000 troops", 7500.5, "range", 1, 15000,
		  "troops" },
		{ "from ten thousand five hundred to fourteen thousand "
		  "troops", 12250, "range", 10500, 14000, "troops" },
		{ "between two hundred and three hundred troops", 250,
		  "range", 200, 300, "troops" },
		{ "between two hundred and fifty and three hundred troops",
		  275, "range", 250, 300, "troops" },
		{ "between seven hundred forty and nine hundred seventy "
		  "troops", 855, "range", 740, 970, "troops" },
		/* "five hundred and six thousand" is 506,000, but "between"
		 * wants two ends */
		{ "between five hundred and six thousand troops", 3250,
		  "range", 500, 6000, "troops" },
		{ "five hundred and six thousand troops", 506000, "exact",
		  506000, 506000, "troops" },
		/* digits joined to their scale word by a hyphen */
		{ "40-thousand to 45-thousand marchers", 42500, "range",
		  40000, 45000, "marchers" },
		{ "a 12-thousand-strong column", 12000, "exact", 12000,
		  12000, "column" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_keep_vague_amounts_vague(void **state)
{
	static const struct row rows[] = {
		{ "a few thousand troops", NAN, "vague", 2000, NAN,
		  "troops" },
		{ "several thousand troops", NAN, "vague", 3000, NAN,
		  "troops" },
		{ "several hundred thousand people", NAN, "vague", 300000,
		  NAN, "people" },
		{ "a few hundred thousand people", NAN, "vague", 200000, NAN,
		  "people" },
		{ "tens of thousands of troops", NAN, "vague", 20000, NAN,
		  "of" },
		{ "hundreds of thousands of people", NAN, "vague", 200000,
		  NAN, "of" },
		{ "tens of millions of people", NAN, "vague", 2e7, NAN, "of" },
		{ "hundreds of troops", NAN, "vague", 200, NAN, "of" },
		{ "dozens of troops", NAN, "vague", 24, NAN, "of" },
		/* two or three thousand: a floor, never exactly 1,000 */
		{ "a couple thousand troops", NAN, "vague", 2000, NAN,
		  "troops" },
		{ "a couple of hundred pickets", NAN, "vague", 200, NAN,
		  "pickets" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void	check_none(const char *const *, size_t);

static void
should_read_another_and_a_hyphened_scale_as_one_figure(void **state)
{
	static const struct row rows[] = {
		{ "another thousand evacuees", 1000, "exact", 1000, 1000,
		  "evacuees" },
		{ "roughly another thousand evacuees", 1000, "approx", 950,
		  1050, "evacuees" },
		{ "some 9-thousand sailors", 9000, "approx", 8550, 9450,
		  "sailors" },
		{ "the 1990-2000 decade", 1995, "range", 1990, 2000,
		  "decade" },
	};
	static const char *const none[] = {
		"a couple of sailors",
		"a couple of days later",
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
	check_none(none, sizeof(none) / sizeof(*none));
}

static void
should_mark_strong_amounts(void **state)
{
	static const struct {
		const char *text;
		double	 value;
		const char *next;	/* the noun after "-strong" */
	} rows[] = {
		{ "a ten thousand-strong force", 10000, "force" },
		{ "a ten-thousand-strong force", 10000, "force" },
		{ "a thousand-strong crowd", 1000, "crowd" },
		{ "the 1.2 million-strong army", 1200000, "army" },
		{ "a twenty-five-strong unit", 25, "unit" },
	};
	struct token t[MAXTOK];
	struct numphrase np;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		if (!parse_first(rows[i].text, t, &n, &np))
			fail_msg("no amount in: %s", rows[i].text);
		assert_double_equal(np.value, rows[i].value, 0);
		if (!np.strong || np.end >= n ||
		    !tok_is(rows[i].text, &t[np.end], rows[i].next))
			fail_msg("not read as N-strong: %s", rows[i].text);
	}
}

static void
should_find_no_amount_in_ordinals_names_and_compounds(void **state)
{
	static const char *const none[] = {
		"the twelfth day",
		"the 11th Army Corps",
		"the 3rd brigade",
		"veterans of World War Two",
		"veterans of World War 2",
		"GRU Unit 29155 officers",
		"under Article 5 of the treaty",
		"the 155th Marine Brigade",
		"a hundred-year-old bridge",
		"two-thirds of the troops",
		"a one-off payment",
		"at 13:30 local time",
		"F16 jets and 5G masts",
	};
	struct token t[MAXTOK];
	struct numphrase np;
	size_t i, k, n;

	(void)state;
	for (i = 0; i < sizeof(none) / sizeof(*none); i++) {
		n = tokenize(none[i], 0, strlen(none[i]), t, MAXTOK);
		for (k = 0; k < n; k++)
			if (amount_start(none[i], &t[k]) &&
			    numphrase_parse(none[i], t, n, k, &np))
				fail_msg("amount %g at token %zu in: %s",
				    np.value, k, none[i]);
	}
}

/* No amount anywhere in each text: not at any token. */
static void
check_none(const char *const *none, size_t nnone)
{
	struct token t[MAXTOK];
	struct numphrase np;
	size_t i, k, n;

	for (i = 0; i < nnone; i++) {
		n = tokenize(none[i], 0, strlen(none[i]), t, MAXTOK);
		for (k = 0; k < n; k++)
			if (amount_start(none[i], &t[k]) &&
			    numphrase_parse(none[i], t, n, k, &np))
				fail_msg("amount %g at token %zu in: %s",
				    np.value, k, none[i]);
	}
}

/* A figure that does not parse cleanly is no claim, not a claim of 0. */
static void
should_find_no_amount_in_a_broken_figure(void **state)
{
	static const char *const none[] = {
		"about 12, 000 North Korean troops",
		"about 12 ,000 North Korean troops",
		"about 12 , 000 North Korean troops",
		"about 12 ,500 North Korean troops",
		"about 000 troops",
		"about 12,\u0660\u0660\u0660 troops",	/* Arabic-Indic 0 */
		"about 1\u0662,000 troops",
		"about \uff11\uff12,000 troops",		/* fullwidth */
		"about 12,0\u200b00 troops",		/* zero-width space */
		"about 12\u200b,000 troops",
		"about 12\u2060000 troops",		/* word joiner */
		"about 12,0\u00ad00 troops",		/* soft hyphen */
		"about 12\ufeff000 troops",
		/* "1,5" before a scale word is a decimal comma: read */
		"about 1,5 troops",
		"about 1.2.000 troops",
		"at 6.000:7.000 hours",
	};

	(void)state;
	check_none(none, sizeof(none) / sizeof(*none));
}

/* ... while clean figures next to commas still read. */
static void
should_still_read_figures_beside_commas(void **state)
{
	static const struct {
		const char *text;
		size_t	 at;		/* token of the figure */
		double	 value;
	} rows[] = {
		{ "In 2023, 400 soldiers", 3, 400 },
		{ "In 2023 , 400 soldiers", 3, 400 },
		{ "Kyiv said 12,000, not 10,000", 2, 12000 },
		{ "Kyiv said 12,000, not 10,000", 5, 10000 },
		{ "about 12,000.", 1, 12000 },
		{ "0 casualties", 0, 0 },
	};
	struct token t[MAXTOK];
	struct numphrase np;
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		n = tokenize(rows[i].text, 0, strlen(rows[i].text), t, MAXTOK);
		if (rows[i].at >= n || !numphrase_parse(rows[i].text, t, n,
		    rows[i].at, &np))
			fail_msg("no amount at token %zu in: %s", rows[i].at,
			    rows[i].text);
		if (np.value != rows[i].value)
			fail_msg("%s: %g, expected %g", rows[i].text,
			    np.value, rows[i].value);
	}
}

/*
 * Figures beyond any count (above 10^10, numbers.h) are refused: a
 * 400-digit figure would be infinity, and the briefing would print
 * "revised down from about  to about 12,000 (, -nan%)".
 */
static void
should_refuse_figures_beyond_any_count(void **state)
{
	static char huge[512];
	static const char *none[] = {
		huge,
		"about 20 billion troops",
		"some 10,000,000,001 troops",
		"between 10 and 20 billion troops",
		"tens of billions of troops",
	};
	static const struct row rows[] = {
		{ "10 billion people", 1e10, "exact", 1e10, 1e10, "people" },
		{ "8 billion people", 8e9, "exact", 8e9, 8e9, "people" },
	};

	(void)state;
	strcpy(huge, "about 1");
	memset(huge + 7, '0', 400);
	strcpy(huge + 407, " North Korean troops");
	check_none(none, sizeof(none) / sizeof(*none));
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_numbers_in_title_case_headlines(void **state)
{
	static const struct row rows[] = {
		{ "North Korea Sends Ten Thousand Troops", 10000, "exact",
		  10000, 10000, "troops" },
		{ "Kim Sends Ten Troops", 10, "exact", 10, 10, "troops" },
		{ "Russia Deploys 1,500 Troops", 1500, "exact", 1500, 1500,
		  "troops" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/* South Asian English counts by lakhs (100,000) and crores (ten
 * million), in digits, decimals and words; the plural is a scale only
 * after digits. */
static void
should_read_lakhs_and_crores(void **state)
{
	static const struct row rows[] = {
		{ "4 lakh families", 400000, "exact", 400000, 400000,
		  "families" },
		{ "over 2.5 lakh residents", 250000, "more_than", 250000,
		  NAN, "residents" },
		{ "some 12.75 lakh voters", 1275000, "approx", 1211250,
		  1338750, "voters" },
		{ "at least 2 crore people", 20000000, "at_least", 20000000,
		  NAN, "people" },
		{ "nearly one crore people", 10000000, "approx", 9000000,
		  10000000, "people" },
		{ "seven lakh farmers", 700000, "exact", 700000, 700000,
		  "farmers" },
		{ "6 lakhs of villagers", 600000, "exact", 600000, 600000,
		  "of" },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_compound_number_words),
		cmocka_unit_test(should_read_fractions_of_scale_words),
		cmocka_unit_test(should_read_digits_scales_and_separators),
		cmocka_unit_test(should_keep_qualifiers_on_word_numbers),
		cmocka_unit_test(should_read_lakhs_and_crores),
		cmocka_unit_test(should_share_the_scale_word_of_a_range),
		cmocka_unit_test(should_keep_vague_amounts_vague),
		cmocka_unit_test(
		    should_read_another_and_a_hyphened_scale_as_one_figure),
		cmocka_unit_test(should_mark_strong_amounts),
		cmocka_unit_test(
		    should_find_no_amount_in_ordinals_names_and_compounds),
		cmocka_unit_test(should_read_numbers_in_title_case_headlines),
		cmocka_unit_test(should_find_no_amount_in_a_broken_figure),
		cmocka_unit_test(should_still_read_figures_beside_commas),
		cmocka_unit_test(should_refuse_figures_beyond_any_count),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
