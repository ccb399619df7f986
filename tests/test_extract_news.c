/*
 * test_extract_news.c - general rules of news language, one sentence
 * each: counts whose noun was just named, measured nouns ("the toll
 * stands at"), "more than a million", quoted figures, and the numbers
 * that count nothing (days of months, capacities, rates, another
 * owner's troops, ages). Also: every amount word starts an amount.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "numbers.h"
#include "sentences.h"
#include "tokens.h"
#include "tracker.h"
#include "default_tracker.h"

#define PUB "2024-12-19"	/* a Thursday */

struct row {
	const char *text;	/* article body */
	size_t	 n;		/* claims expected */
	double	 value;		/* of the last claim; NAN for vague */
	const char *qual;	/* its qualifier */
	const char *source;	/* its source */
};

/* Each row's text gives exactly n claims, the last one as described. */
static void
check_rows(const struct tracker *t, const struct row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(t, "t", PUB, rows[i].text, &cs);
		if (cs.n != rows[i].n)
			fail_msg("%zu claims, expected %zu, in: %s", cs.n,
			    rows[i].n, rows[i].text);
		if (cs.n > 0) {
			cl = &cs.v[cs.n - 1];
			assert_double_equal(cl->value, rows[i].value, 1e-6);
			assert_string_equal(qualifier_name(cl->qualifier),
			    rows[i].qual);
			assert_string_equal(cl->source, rows[i].source);
		}
		claimset_release(&cs);
	}
}

static void
should_count_what_was_just_named(void **state)
{
	static const struct row rows[] = {
		{ "At least 100 North Korean soldiers have been killed and "
		  "about 1,000 wounded, South Korean lawmakers said.",
		  2, 1000, "approx", "South Korea" },
		{ "Seoul said 300 North Korean soldiers had died and 2,700 "
		  "had been wounded.", 2, 2700, "exact", "South Korea" },
		{ "Kyiv said 11,000 North Korean troops are in Russia. "
		  "Blinken said about 8,000 of them were in Kursk.",
		  2, 8000, "approx", "United States" },
		{ "Ukraine says 11,000 North Korean soldiers are now in "
		  "Kursk.\nThe US estimates as many as 10,000 have been sent "
		  "to eastern Russia.", 2, 10000, "up_to", "United States" },
		{ "The HUR said 11,000 North Korean troops remained in Kursk "
		  "and that a further 1,500 could arrive by spring.",
		  2, 1500, "exact", "Ukraine" },
		{ "Seoul estimated that 11,000 North Korean troops were now "
		  "in Russia, up from about 3,000 a week earlier.",
		  2, 3000, "approx", "South Korea" },
		{ "At least 79 North Korean soldiers died and hundreds more "
		  "were missing, Kyiv said.", 2, NAN, "vague", "Ukraine" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_carry_a_noun_to_other_things(void **state)
{
	static const struct row rows[] = {
		{ "Kyiv said 11,000 North Korean troops arrived in 19 trains.",
		  1, 11000, "exact", "Ukraine" },
		{ "Kyiv said 11,000 North Korean troops are in Russia. "
		  "The parade lasted 45 minutes. A treaty followed in 2024. "
		  "It had 23 articles.", 1, 11000, "exact", "Ukraine" },
		{ "North Korea has sent thousands of troops to Russia, "
		  "Politico reported on July 1.", 1, NAN, "vague",
		  "unattributed" },
		{ "Kyiv said 11,000 North Korean troops, many aged between 18 "
		  "and 24, are in Kursk.", 1, 11000, "exact", "Ukraine" },
		{ "Kyiv said 11,000 North Korean troops had arrived. The "
		  "magnitude 6.4 tremor hit on Monday.", 1, 11000, "exact",
		  "Ukraine" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_figures_put_on_a_measured_noun(void **state)
{
	static const struct row rows[] = {
		{ "Seoul put the number of North Korean casualties at about "
		  "3,000.", 1, 3000, "approx", "South Korea" },
		{ "The death toll among North Korean troops has risen to 400, "
		  "according to Kyiv.", 1, 400, "exact", "Ukraine" },
		{ "Seoul's estimate of North Korean casualties, at about "
		  "3,000, is in line with Kyiv's.", 1, 3000, "approx",
		  "South Korea" },
		{ "The North Korean soldiers are training at five military "
		  "grounds, Kyiv said.", 0, 0, NULL, NULL },
		{ "The Pentagon put its own estimate of North Korean troops "
		  "at roughly 8,000.", 1, 8000, "approx", "United States" },
		{ "The number of North Korean wounded rose to 2,476, Kyiv "
		  "said.", 1, 2476, "exact", "Ukraine" },
		{ "Kyiv said the total of North Korean troops for 2024 so far "
		  "rose to 12,600.", 1, 12600, "exact", "Ukraine" },
		{ "Pyongyang's troops in Kursk, estimated at around 11,000, "
		  "have suffered heavy losses, Kyiv said.", 1, 11000, "approx",
		  "Ukraine" },
		{ "Ukrainian officials said that North Korean casualties "
		  "numbered about 3,000.", 1, 3000, "approx", "Ukraine" },
		{ "North Korean troops, numbering around 12,000, are in Kursk, "
		  "the GUR said.", 1, 12000, "approx", "Ukraine" },
		{ "Seoul put the number of North Korean casualties at exactly "
		  "3,100.", 1, 3100, "exact", "South Korea" },
		{ "Seoul put the number of North Korean casualties at 3,100 "
		  "yesterday.", 1, 3100, "exact", "South Korea" },
		{ "The number of North Korean troops in Russia stands at "
		  "twelve thousand five hundred, Kyiv said.", 1, 12500,
		  "exact", "Ukraine" },
		{ "North Korean soldiers make up less than 5% of the Russian "
		  "troops in Kursk, estimated at 50,000, Kyiv said.",
		  0, 0, NULL, NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_keep_qualifiers_and_quotes_around_amounts(void **state)
{
	static const struct row rows[] = {
		{ "More than a million North Korean troops could be "
		  "mobilised, Kyiv said.", 1, 1e6, "more_than", "Ukraine" },
		{ "The Pentagon said North Korean troops had suffered "
		  "\"several hundred\" casualties.", 1, NAN, "vague",
		  "United States" },
		{ "A NATO official said \"some 12,000\" North Korean soldiers "
		  "had passed through Russian camps.", 1, 12000, "approx",
		  "NATO" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_find_no_claim_in_rooms_rates_and_other_armies(void **state)
{
	static const struct row rows[] = {
		{ "A camp built for 5,000 North Korean soldiers was found, "
		  "Kyiv said.", 0, 0, NULL, NULL },
		{ "Kyiv said 40 North Korean soldiers per day were lost.",
		  0, 0, NULL, NULL },
		{ "North Korean troops are in Kursk. Russia has about 600,000 "
		  "troops in Ukraine, according to Western estimates.",
		  0, 0, NULL, NULL },
		{ "North Korea has about 12,000 troops in Russia, Kyiv said.",
		  1, 12000, "approx", "Ukraine" },
		{ "Russia has deployed about 50,000 troops, including North "
		  "Korean soldiers, to retake Kursk, Zelensky said.",
		  0, 0, NULL, NULL },
		{ "Russia has deployed nearly 11,000 soldiers from the DPRK, "
		  "according to Kyiv.", 1, 11000, "approx", "Ukraine" },
		{ "It has sent 11,000 troops to Russia, Seoul said of North "
		  "Korea.", 1, 11000, "exact", "South Korea" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

/* Crowd sizes spelled out, and a common-noun cue after "-strong". */
static void
should_read_crowds_in_words_with_another_tracker(void **state)
{
	static const char ini[] =
	    "[tracker]\nname = protests\nsubject =\n"
	    "[nouns]\ncounted = people, protesters\n"
	    "[subjects]\ncues = protest, march, rally\n"
	    "[quantity turnout]\ndefault = yes\ntriggers = marched, crowd\n"
	    "[sources]\nPolice = police\nOrganisers = organisers\n";
	static const struct row rows[] = {
		{ "Organisers said half a million people joined the march.",
		  1, 500000, "exact", "Organisers" },
		{ "The ten thousand-strong march ended peacefully, police "
		  "said.", 1, 10000, "exact", "Police" },
		{ "A rally some ten thousand strong gathered, police said.",
		  1, 10000, "approx", "Police" },
		{ "Police said between ten and twelve thousand people joined "
		  "the rally.", 1, 11000, "range", "Police" },
		{ "Organisers said one and a half million people joined the "
		  "protest; police said a few hundred thousand people.", 2,
		  NAN, "vague", "Police" },
	};
	struct tracker *p = tracker_parse(ini, "protests");
	struct claimset cs;

	(void)state;
	assert_non_null(p);
	check_rows(p, rows, sizeof(rows) / sizeof(*rows));
	claimset_init(&cs);
	extract_text(p, "t", PUB, rows[1].text, &cs);
	assert_int_equal(cs.n, 1);
	assert_string_equal(cs.v[0].subject, "march");
	claimset_release(&cs);
	tracker_free(p);
}

static void
should_attribute_the_way_wire_copy_is_written(void **state)
{
	static const struct row rows[] = {
		{ "An estimated 12,000 North Korean troops are in Russia, "
		  "the Pentagon says.", 1, 12000, "approx", "United States" },
		{ "South Korea's National Intelligence Service confirmed the "
		  "capture on Sunday and said it believed some 300 North "
		  "Korean soldiers had died.", 1, 300, "approx",
		  "South Korea" },
		{ "Two North Korean soldiers captured by Ukraine in January "
		  "have said they wish to defect.", 1, 2, "exact",
		  "unattributed" },
		{ "Some 1,500 North Korean troops were rotated out, the "
		  "General Staff said.", 1, 1500, "approx", "Ukraine" },
		{ "Ukraine's spy agency, HUR, said 11,000 North Korean troops "
		  "are in Kursk.", 1, 11000, "exact", "Ukraine" },
		{ "Seoul said Pyongyang would send 12,000 troops. About 1,500 "
		  "North Korean soldiers left on ships, it said.",
		  2, 1500, "approx", "South Korea" },
		{ "Survivors told investigators that 400 North Korean soldiers "
		  "were on board.", 1, 400, "exact", "unattributed" },
		{ "Kyiv says about 4,000 North Korean soldiers have been "
		  "killed or wounded, a figure the NIS puts at 3,000.",
		  2, 3000, "exact", "South Korea" },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_the_summary_bullets_at_the_top(void **state)
{
	static const struct row rows[] = {
		{ "By Jean Mackenzie, Seoul correspondent\n"
		  "Ukraine says 11,000 North Korean soldiers are now in Kursk\n"
		  "The US estimates as many as 10,000 have been sent there\n"
		  "Ukraine's President said on Monday that the troops had "
		  "arrived.\n", 2, 10000, "up_to", "United States" },
		{ "- Kyiv says 11,000 North Korean soldiers are in Kursk\n"
		  "The story goes on here.\n", 1, 11000, "exact", "Ukraine" },
		{ "North Korean troops arrived in Kursk, Kyiv said.\n"
		  "Kyiv says 11,000 North Korean soldiers are in Kursk\n"
		  "Seoul says 12,000 North Korean soldiers are in Russia\n",
		  0, 0, NULL, NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

/* Another story: a death toll with its own tracker. */
static void
should_read_a_death_toll_with_another_tracker(void **state)
{
	static const char ini[] =
	    "[tracker]\nname = quake\n"
	    "[nouns]\ncounted = people, victims\n"
	    "[subjects]\ncues = earthquake, quake\n"
	    "[quantity dead]\ndefault = yes\ntriggers = killed, death toll\n"
	    "[quantity injured]\ntriggers = injured\n"
	    "[sources]\nTurkey = AFAD, Turkish officials\nUN = UN, OCHA\n"
	    "Syria = Syria, Syrian\n";
	static const struct row rows[] = {
		{ "The death toll from the earthquake now stands at 41,156, "
		  "according to AFAD.", 1, 41156, "exact", "Turkey" },
		{ "The quake killed six people and injured 294, Turkish "
		  "officials said.", 2, 294, "exact", "Turkey" },
		{ "The death toll from the earthquake rose above 20,000 on "
		  "Thursday.", 1, 20000, "more_than", "unattributed" },
		{ "After the quake, the Syrian civil defence group put the "
		  "toll in Syria at 3,162.", 1, 3162, "exact", "Syria" },
	};
	struct tracker *q = tracker_parse(ini, "quake");

	(void)state;
	assert_non_null(q);
	check_rows(q, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(q);
}

static void
should_start_an_amount_at_every_amount_word(void **state)
{
	static const char *const words[] = {
		"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
		"nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", "hundred", "thousand",
		"million", "mln", "billion", "dozen", "dozens", "hundreds",
		"thousands", "millions", "tens", "several", "few",
		"Twenty-five", "THOUSAND"
	};
	static const char *const others[] = {
		"the", "said", "troops", "often", "seventh", "tenth", "ones",
		"dozenth", "fewer", "mill", "bn"
	};
	struct token t[4];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(words) / sizeof(*words); i++) {
		assert_int_equal(tokenize(words[i], 0, strlen(words[i]), t, 4),
		    1);
		if (!amount_start(words[i], &t[0]))
			fail_msg("'%s' starts no amount", words[i]);
	}
	for (i = 0; i < sizeof(others) / sizeof(*others); i++) {
		assert_int_equal(tokenize(others[i], 0, strlen(others[i]), t,
		    4), 1);
		if (amount_start(others[i], &t[0]))
			fail_msg("'%s' starts an amount", others[i]);
	}
}

static void
should_pass_over_only_sentences_without_amounts(void **state)
{
	static const struct {
		const char *text;
		bool	 maybe;
	} rows[] = {
		{ "Kyiv said thousands of North Korean troops arrived.", true },
		{ "Twenty-five soldiers were seen near the border.", true },
		{ "A dozen units moved; SEVERAL HUNDRED followed.", true },
		{ "They arrived on 12 October.", true },
		{ "The treaty was signed by both leaders.", false },
		{ "The tenth brigade took the fewest losses, they said.", false },
		{ "Then the Pyongyang delegation left for Moscow.", false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		if (amount_maybe_in(rows[i].text, 0, strlen(rows[i].text)) !=
		    rows[i].maybe)
			fail_msg("amount_maybe_in is %d for: %s", !rows[i].maybe,
			    rows[i].text);
}

static void
should_find_words_of_a_sorted_list_in_any_case(void **state)
{
	static const char *const ws[] = {
		"added", "claimed", "said", "says", "told", NULL
	};
	static const struct {
		const char *word;
		bool	 in;
	} rows[] = {
		{ "added", true }, { "told", true }, { "SAID", true },
		{ "Says", true }, { "claimed", true }, { "say", false },
		{ "adde", false }, { "toldx", false }, { "a", false },
		{ "zzz", false },
		{ "averyveryverylongwordthatfitsnobuffer", false },
	};
	struct token t[2];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		assert_int_equal(tokenize(rows[i].word, 0,
		    strlen(rows[i].word), t, 2), 1);
		if (tok_in_sorted(rows[i].word, &t[0], ws, 5) != rows[i].in)
			fail_msg("'%s' %s the list", rows[i].word,
			    rows[i].in ? "not found in" : "found in");
	}
}

static void
should_split_at_stops_but_not_after_abbreviations(void **state)
{
	static const char text[] = "Gen. Syrskyi said Oct. 24 that the "
	    "U.S. figure was low. Was it? Yes! The end.";
	struct sentlist sl;

	(void)state;
	sentlist_init(&sl);
	sentences_split(text, strlen(text), &sl);
	assert_int_equal(sl.n, 4);
	assert_int_equal(sl.v[0].end - sl.v[0].start,
	    strlen("Gen. Syrskyi said Oct. 24 that the U.S. figure was low."));
	assert_memory_equal(text + sl.v[3].start, "The end.", 8);
	sentlist_release(&sl);
}

static void
should_cut_a_run_on_sentence_at_a_space_after_the_limit(void **state)
{
	char *text = malloc(3 * SENTENCE_MAX_BYTES);
	struct sentlist sl;
	size_t i, n = 0;

	(void)state;
	assert_non_null(text);
	while (n + 6 < 3 * SENTENCE_MAX_BYTES - 1) {
		memcpy(text + n, "word, ", 6);	/* one line, no stop */
		n += 6;
	}
	memcpy(text + n - 2, ".", 2);
	sentlist_init(&sl);
	sentences_split(text, strlen(text), &sl);
	assert_true(sl.n >= 3);
	for (i = 0; i < sl.n; i++)
		assert_true(sl.v[i].end - sl.v[i].start <=
		    SENTENCE_MAX_BYTES + 6);
	assert_int_equal(sl.v[sl.n - 1].end, strlen(text));
	sentlist_release(&sl);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_what_was_just_named),
		cmocka_unit_test(should_not_carry_a_noun_to_other_things),
		cmocka_unit_test(should_read_figures_put_on_a_measured_noun),
		cmocka_unit_test(
		    should_keep_qualifiers_and_quotes_around_amounts),
		cmocka_unit_test(
		    should_find_no_claim_in_rooms_rates_and_other_armies),
		cmocka_unit_test(should_read_a_death_toll_with_another_tracker),
		cmocka_unit_test(
		    should_read_crowds_in_words_with_another_tracker),
		cmocka_unit_test(
		    should_attribute_the_way_wire_copy_is_written),
		cmocka_unit_test(should_read_the_summary_bullets_at_the_top),
		cmocka_unit_test(should_start_an_amount_at_every_amount_word),
		cmocka_unit_test(
		    should_pass_over_only_sentences_without_amounts),
		cmocka_unit_test(should_find_words_of_a_sorted_list_in_any_case),
		cmocka_unit_test(
		    should_split_at_stops_but_not_after_abbreviations),
		cmocka_unit_test(
		    should_cut_a_run_on_sentence_at_a_space_after_the_limit),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
