/*
 * test_extract.c - claims found in sentences written for these tests:
 * number forms, qualifiers, attribution, claim dates, non-claims and page
 * furniture, with the default tracker.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "default_tracker.h"

#define PUB "2024-10-25"	/* a Friday */

struct row {
	const char *text;	/* article body */
	double	 value;		/* NAN for vague */
	const char *qual;	/* qualifier name */
	double	 low, high;	/* NAN = open */
};

/* Extract text and require exactly one claim, returned in cs. */
static void
one_claim(const char *text, struct claimset *cs)
{
	claimset_init(cs);
	extract_text(tr, "t", PUB, text, cs);
	if (cs->n != 1)
		fail_msg("%zu claims in: %s", cs->n, text);
}

static void
check_rows(const struct row *rows, size_t n)
{
	struct claimset cs;
	size_t i;

	for (i = 0; i < n; i++) {
		one_claim(rows[i].text, &cs);
		assert_double_equal(cs.v[0].value, rows[i].value, 1e-6);
		assert_string_equal(qualifier_name(cs.v[0].qualifier),
		    rows[i].qual);
		assert_double_equal(cs.v[0].low, rows[i].low, 1e-6);
		assert_double_equal(cs.v[0].high, rows[i].high, 1e-6);
		claimset_release(&cs);
	}
}

static void
should_read_every_number_form(void **state)
{
	static const struct row rows[] = {
		{ "Kyiv said 12,000 North Korean troops are in Russia.",
		  12000, "exact", 12000, 12000 },
		{ "Kyiv said 12 000 North Korean troops are in Russia.",
		  12000, "exact", 12000, 12000 },
		{ "Kyiv said 12000 North Korean troops are in Russia.",
		  12000, "exact", 12000, 12000 },
		{ "Kyiv said 1.5 million North Korean soldiers could come.",
		  1500000, "exact", 1500000, 1500000 },
		{ "Kyiv said 12k North Korean troops are in Russia.",
		  12000, "exact", 12000, 12000 },
		{ "Kyiv said twelve thousand North Korean troops are there.",
		  12000, "exact", 12000, 12000 },
		{ "Kyiv said a dozen North Korean soldiers were captured.",
		  12, "exact", 12, 12 },
		{ "Seoul said two hundred and fifty North Korean soldiers "
		  "died.", 250, "exact", 250, 250 },
		{ "Kyiv said twelve thousand five hundred North Korean troops "
		  "are in Russia.", 12500, "exact", 12500, 12500 },
		{ "Kyiv said one hundred and twenty thousand North Korean "
		  "troops could come.", 120000, "exact", 120000, 120000 },
		{ "Kyiv said three and a half thousand North Korean troops "
		  "are in Kursk.", 3500, "exact", 3500, 3500 },
		{ "Kyiv said twenty five thousand North Korean troops could "
		  "come.", 25000, "exact", 25000, 25000 },
		{ "Kyiv said 12\u00a0500 North Korean troops are in "
		  "Russia.", 12500, "exact", 12500, 12500 },
		{ "Kyiv said 12.5k North Korean troops are in Russia.",
		  12500, "exact", 12500, 12500 },
		{ "A ten thousand-strong North Korean force has reached "
		  "Kursk, Kyiv said.", 10000, "exact", 10000, 10000 },
		{ "A North Korean force ten thousand strong has reached "
		  "Kursk, Kyiv said.", 10000, "exact", 10000, 10000 },
		{ "In 2024, twelve thousand five hundred North Korean troops "
		  "arrived, Kyiv said.", 12500, "exact", 12500, 12500 },
		{ "Kyiv said twelve thousand North Korean troops of the 11th "
		  "Army Corps are in Kursk.", 12000, "exact", 12000, 12000 },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_each_qualifier_its_interval(void **state)
{
	static const struct row rows[] = {
		{ "Kyiv said about 10,000 North Korean troops are there.",
		  10000, "approx", 9500, 10500 },
		{ "Kyiv said roughly 10,000 North Korean troops are there.",
		  10000, "approx", 9500, 10500 },
		{ "Kyiv said nearly 10,000 North Korean troops are there.",
		  10000, "approx", 9000, 10000 },
		{ "Kyiv said an estimated 10,000 North Korean troops are "
		  "there.", 10000, "approx", 9500, 10500 },
		{ "Kyiv said at least 10,000 North Korean troops are there.",
		  10000, "at_least", 10000, NAN },
		{ "Kyiv said more than 10,000 North Korean troops are there.",
		  10000, "more_than", 10000, NAN },
		{ "Kyiv said over 10,000 North Korean troops are there.",
		  10000, "more_than", 10000, NAN },
		{ "Kyiv said upwards of 10,000 North Korean troops are there.",
		  10000, "more_than", 10000, NAN },
		{ "Kyiv said no more than 10,000 North Korean troops are "
		  "there.", 10000, "at_most", 0, 10000 },
		{ "Kyiv said up to 10,000 North Korean troops are there.",
		  10000, "up_to", 0, 10000 },
		{ "Kyiv said fewer than 10,000 North Korean troops are there.",
		  10000, "less_than", 0, 10000 },
		{ "Kyiv said 10,000 or more North Korean troops are there.",
		  10000, "at_least", 10000, NAN },
		{ "Kyiv said between 10,000 and 12,000 North Korean troops "
		  "are there.", 11000, "range", 10000, 12000 },
		{ "Kyiv said 10,000-12,000 North Korean troops are there.",
		  11000, "range", 10000, 12000 },
		{ "Kyiv said 10,000 to 12,000 North Korean troops are there.",
		  11000, "range", 10000, 12000 },
		{ "Kyiv said thousands of North Korean troops are there.",
		  NAN, "vague", 2000, NAN },
		{ "Kyiv said hundreds of North Korean soldiers died.",
		  NAN, "vague", 200, NAN },
		{ "Kyiv said tens of thousands of North Korean troops could "
		  "come.", NAN, "vague", 20000, NAN },
		{ "Kyiv said several thousand North Korean troops are there.",
		  NAN, "vague", 3000, NAN },
		{ "Kyiv said between ten and twelve thousand North Korean "
		  "troops are there.", 11000, "range", 10000, 12000 },
		{ "Kyiv said 10 to 12 thousand North Korean troops are "
		  "there.", 11000, "range", 10000, 12000 },
		{ "Kyiv said a few thousand North Korean troops are there.",
		  NAN, "vague", 2000, NAN },
		{ "Kyiv said exactly 10,000 North Korean troops are there.",
		  10000, "exact", 10000, 10000 },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

static void
should_multiply_products_and_keep_the_parts(void **state)
{
	struct claimset cs;

	(void)state;
	one_claim("Officials in Kyiv said Russia is training three North "
	    "Korean brigades, each with about 4,000 soldiers.", &cs);
	assert_double_equal(cs.v[0].value, 12000, 0);
	assert_double_equal(cs.v[0].factor, 3, 0);
	assert_double_equal(cs.v[0].each, 4000, 0);
	assert_string_equal(qualifier_name(cs.v[0].qualifier), "approx");
	assert_double_equal(cs.v[0].low, 11400, 1e-6);
	assert_string_equal(cs.v[0].quantity, "troops_training");
	claimset_release(&cs);

	/* the noun named before "each", the figure alone after it */
	one_claim("Seoul said Russia is training two battalions of North "
	    "Korean soldiers, each of about 2,700.", &cs);
	assert_double_equal(cs.v[0].value, 5400, 0);
	assert_double_equal(cs.v[0].each, 2700, 0);
	assert_string_equal(cs.v[0].subject, "North Korean soldiers");
	claimset_release(&cs);
}

static void
should_find_no_claim_in_non_counts(void **state)
{
	static const char *const texts[] = {
		"North Korean troops arrived in 2024 in Kursk.",
		"In October 2024, North Korean troops arrived.",
		"On October 24, North Korean troops reached Kursk.",
		"The 25-year-old North Korean soldier was captured.",
		"Some 15% of North Korean troops are wounded, Kyiv said.",
		"North Korea was paid $500 million for the troops.",
		"At 13:30 North Korean troops crossed the border.",
		"The 3rd North Korean brigade arrived.",
		"Seoul briefed 32 ambassadors on North Korean troops.",
		"North Korea launched over 10 rockets near its troops.",
		"North Korea sent thousands of tons of munitions.",
		"Troops trained at five military grounds in North Korea.",
		"Russia's 600,000 troops fight alongside North Korean "
		    "units.",
		"Kyiv said 40,000 Ukrainian soldiers faced North Korean "
		    "troops.",
		"Ukraine said 12,000 troops are massing on its border.",
		"North Korean veterans of World War Two were honoured.",
		"Kyiv said GRU Unit 29155 soldiers met North Korean troops.",
		"The twelfth North Korean brigade arrived.",
		"North Korean troops are in Kursk. Ukraine has lost tens of "
		    "thousands of soldiers since 2022.",
		"The 1.2 million-strong Korean People's Army has little "
		    "combat experience.",
	};
	struct claimset cs;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		claimset_init(&cs);
		extract_text(tr, "t", PUB, texts[i], &cs);
		if (cs.n != 0)
			fail_msg("claim %g in: %s", cs.v[0].value, texts[i]);
		claimset_release(&cs);
	}
}

struct attr_row {
	const char *text;
	const char *source;	/* canonical */
	const char *claimant;	/* as written, NULL for none */
	const char *relayer;	/* NULL for none */
};

static void
should_attribute_each_pattern_to_its_source(void **state)
{
	static const struct attr_row rows[] = {
		{ "According to the Pentagon, 8,000 North Korean troops are "
		  "in Kursk.", "United States", "Pentagon", NULL },
		{ "About 8,000 North Korean troops are in Kursk, according to "
		  "a White House statement.", "United States", "White House",
		  NULL },
		{ "Ukraine's military intelligence said 8,000 North Korean "
		  "troops are in Kursk.", "Ukraine",
		  "Ukraine's military intelligence", NULL },
		{ "South Korea's spy agency NIS estimated that 8,000 North "
		  "Korean troops are in Kursk.", "South Korea",
		  "South Korea's spy agency NIS", NULL },
		{ "\"About 8,000 North Korean soldiers are in Kursk,\" "
		  "Zelensky told reporters.", "Ukraine", "Zelensky", NULL },
		{ "About 8,000 North Korean troops are in Kursk, said "
		  "Pentagon spokesperson Sabrina Singh.", "United States",
		  "Sabrina Singh", NULL },
		{ "NATO chief Mark Rutte, citing Ukrainian intelligence, said "
		  "8,000 North Korean troops are in Kursk.", "Ukraine",
		  "Ukrainian intelligence", "NATO chief Mark Rutte" },
		{ "Yonhap reported, citing the NIS, that 8,000 North Korean "
		  "troops are in Kursk.", "South Korea", "NIS", "Yonhap" },
		{ "By Kyiv's estimate, 8,000 North Korean troops are in "
		  "Kursk.", "Ukraine", "Kyiv", NULL },
		{ "Earlier NIS statements indicated that 8,000 North Korean "
		  "troops are in Kursk.", "South Korea", "NIS", NULL },
		{ "8,000 North Korean troops are in Kursk.", "unattributed",
		  NULL, NULL },
		{ "The Kremlin confirmed that 8,000 North Korean soldiers are "
		  "training in Russia.", "Russia", "Kremlin", NULL },
		{ "Seoul's spy agency briefed lawmakers. It said 8,000 North "
		  "Korean troops are in Kursk.", "South Korea",
		  "Seoul's spy agency", NULL },
	};
	struct claimset cs;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		one_claim(rows[i].text, &cs);
		if (strcmp(cs.v[0].source, rows[i].source) != 0)
			fail_msg("source '%s' in: %s", cs.v[0].source,
			    rows[i].text);
		if (rows[i].claimant == NULL)
			assert_null(cs.v[0].claimant);
		else
			assert_string_equal(cs.v[0].claimant,
			    rows[i].claimant);
		if (rows[i].relayer == NULL)
			assert_null(cs.v[0].relayer);
		else
			assert_string_equal(cs.v[0].relayer, rows[i].relayer);
		claimset_release(&cs);
	}
}

static void
should_attribute_each_clause_to_its_own_claimant(void **state)
{
	struct claimset cs;

	(void)state;
	claimset_init(&cs);
	extract_text(tr, "t", PUB, "A Pentagon spokesman told reporters "
	    "that 2,000 North Korean soldiers had arrived, with other "
	    "reports suggesting that 9,000 troops could follow.", &cs);
	assert_int_equal(cs.n, 2);
	assert_string_equal(cs.v[0].source, "United States");
	assert_string_equal(cs.v[0].quantity, "troops_arrived");
	assert_string_equal(cs.v[1].source, "unattributed");
	assert_string_equal(modality_name(cs.v[1].modality), "projected");
	claimset_release(&cs);
}

struct date_row {
	const char *text;
	const char *date;	/* "" for none */
};

static void
should_resolve_claim_dates_against_publication(void **state)
{
	static const struct date_row rows[] = {
		{ "On October 23, Kyiv said 9,000 North Korean troops are in "
		  "Kursk.", "2024-10-23" },
		{ "Kyiv said on Oct. 22 that 9,000 North Korean troops are in "
		  "Kursk.", "2024-10-22" },
		{ "Kyiv said on 21 October 2024 that 9,000 North Korean troops "
		  "are in Kursk.", "2024-10-21" },
		{ "Kyiv said on Thursday that 9,000 North Korean troops are in "
		  "Kursk.", "2024-10-24" },
		{ "Kyiv said on Friday that 9,000 North Korean troops are in "
		  "Kursk.", "2024-10-25" },
		{ "Kyiv said yesterday that 9,000 North Korean troops are in "
		  "Kursk.", "2024-10-24" },
		{ "Kyiv said earlier this week that 9,000 North Korean troops "
		  "are in Kursk.", "" },
		{ "Kyiv says 9,000 North Korean troops are in Kursk.", "" },
		{ "Kyiv said 9,000 North Korean troops arrived on Monday.",
		  "" },
		{ "On December 30, Seoul met Kyiv. Kyiv said on the same day "
		  "that 9,000 North Korean troops are in Kursk.",
		  "2023-12-30" },
		{ "About 9,000 North Korean troops are in Kursk, according to "
		  "a Pentagon statement. Pentagon spokesman Pat Ryder confirmed "
		  "Tuesday that the troops had moved.", "2024-10-22" },
	};
	struct claimset cs;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		one_claim(rows[i].text, &cs);
		if (strcmp(cs.v[0].claim_date, rows[i].date) != 0)
			fail_msg("date '%s' in: %s", cs.v[0].claim_date,
			    rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_read_scope_modality_and_quantity(void **state)
{
	struct claimset cs;

	(void)state;
	one_claim("Seoul said North Korea plans to send 5,000 troops to "
	    "Russia.", &cs);
	assert_string_equal(modality_name(cs.v[0].modality), "projected");
	assert_string_equal(cs.v[0].quantity, "troops_planned");
	assert_string_equal(cs.v[0].scope, "to Russia");
	claimset_release(&cs);
	one_claim("Kyiv said 5,000 North Korean soldiers are in Kursk.", &cs);
	assert_string_equal(modality_name(cs.v[0].modality), "current");
	assert_string_equal(cs.v[0].scope, "in Kursk");
	assert_string_equal(cs.v[0].subject, "North Korean soldiers");
	claimset_release(&cs);
	one_claim("Kyiv said 300 North Korean soldiers were killed.", &cs);
	assert_string_equal(cs.v[0].quantity, "casualties_killed");
	claimset_release(&cs);
	one_claim("Kyiv said North Korea has suffered 3,000 casualties.",
	    &cs);
	assert_string_equal(cs.v[0].quantity, "casualties");
	claimset_release(&cs);
	/* prisoners, as news words them: counted apart from the troops */
	one_claim("Zelensky said Ukraine is holding two North Korean "
	    "soldiers.", &cs);
	assert_string_equal(cs.v[0].quantity, "casualties_captured");
	claimset_release(&cs);
	one_claim("NATO said 14 North Korean troops are held by Ukraine.",
	    &cs);
	assert_string_equal(cs.v[0].quantity, "casualties_captured");
	claimset_release(&cs);
	/* the verb before the figure, not the place after it ("in Russia"
	   is also a trigger) */
	one_claim("Seoul said Ukraine has captured seven North Korean "
	    "soldiers in Russia.", &cs);
	assert_string_equal(cs.v[0].quantity, "casualties_captured");
	claimset_release(&cs);
	one_claim("The GUR says Russia is training 5,500 North Korean troops "
	    "in Russia.", &cs);
	assert_string_equal(cs.v[0].quantity, "troops_training");
	claimset_release(&cs);
}

static void
should_skip_page_furniture(void **state)
{
	struct claimset cs;

	(void)state;
	claimset_init(&cs);
	extract_text(tr, "t", PUB,
	    "Menu\nSubscribe now\n5,000 North Korean troops\n"
	    "Kyiv said 9,000 North Korean troops are in Kursk.\n"
	    "Caption: 7,000 North Korean soldiers parade in Pyongyang.\n"
	    "Caption: 7,000 North Korean soldiers parade in Pyongyang.\n"
	    "12:11 North Korea sent 4,000 troops to Russia, Kyiv says.\n"
	    "Read next\n"
	    "Seoul said 6,000 North Korean troops were sent to Russia.\n",
	    &cs);
	assert_int_equal(cs.n, 1);
	assert_double_equal(cs.v[0].value, 9000, 0);
	claimset_release(&cs);
}

static void
should_survive_binary_and_huge_text(void **state)
{
	struct claimset cs;
	size_t n = 4 << 20, i;
	char *s = malloc(n + 1);

	(void)state;
	assert_non_null(s);
	srand(7);
	for (i = 0; i < n; i++)
		s[i] = (char)(rand() % 255 + 1);
	s[n] = '\0';
	claimset_init(&cs);
	extract_text(tr, "bin", NULL, s, &cs);
	memset(s, '9', n);
	extract_text(tr, "nines", NULL, s, &cs);
	assert_true(cs.n < 10);
	claimset_release(&cs);
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_every_number_form),
		cmocka_unit_test(should_give_each_qualifier_its_interval),
		cmocka_unit_test(should_multiply_products_and_keep_the_parts),
		cmocka_unit_test(should_find_no_claim_in_non_counts),
		cmocka_unit_test(should_attribute_each_pattern_to_its_source),
		cmocka_unit_test(
		    should_attribute_each_clause_to_its_own_claimant),
		cmocka_unit_test(
		    should_resolve_claim_dates_against_publication),
		cmocka_unit_test(should_read_scope_modality_and_quantity),
		cmocka_unit_test(should_skip_page_furniture),
		cmocka_unit_test(should_survive_binary_and_huge_text),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
