/*
 * test_extract_sources.c - who a claim is attributed to, in the ways news
 * is written: pronouns that mean someone named before ("He said"), titles
 * and ranks before a name ("Lt. Gen. Kyrylo Budanov said"), dates that
 * are no claimants ("released on 12 May 2025 says"), words capitalized
 * only because a sentence starts with them, and news outlets that relay
 * what others claim ("Reuters reported, citing ..."), and a second figure
 * set against the first with the one who gave it after it ("compared
 * with the 11,000 cited by Zelensky"). Each row is a short article; its
 * last claim must have the source, claimant and relayer given (NULL for
 * none).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "sentences.h"
#include "tracker.h"
#include "extract_check.h"
#include "default_tracker.h"

#define PUB "2025-05-20"	/* a Tuesday */

struct row {
	const char *text;	/* article body */
	double	 value;		/* of the last claim */
	const char *source;	/* its source */
	const char *claimant;	/* as written, NULL for none */
	const char *relayer;	/* NULL for none */
};

/* The last claim of each row's text is attributed as the row says. */
static void
check_rows(const struct tracker *t, const struct row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(t, "t", PUB, rows[i].text, &cs);
		if (cs.n == 0)
			fail_msg("no claim in: %s", rows[i].text);
		cl = &cs.v[cs.n - 1];
		assert_double_equal(cl->value, rows[i].value, 1e-6);
		check_str("source", cl->source, rows[i].source, rows[i].text);
		check_str("claimant", cl->claimant, rows[i].claimant,
		    rows[i].text);
		check_str("relayer", cl->relayer, rows[i].relayer,
		    rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_give_a_pronoun_the_claimant_named_before(void **state)
{
	static const struct row rows[] = {
		/* named as the subject of the sentence before */
		{ "Ukrainian President Volodymyr Zelensky addressed "
		  "parliament on Tuesday. He said 11,000 North Korean troops "
		  "were fighting in Kursk.", 11000, "Ukraine",
		  "Volodymyr Zelensky", NULL },
		{ "South Korean officials briefed lawmakers in Seoul.\n\n"
		  "They told reporters that about 300 North Korean soldiers "
		  "had been killed.", 300, "South Korea",
		  "South Korean officials", NULL },
		/* named by a statement, then "he" twice, a paragraph on */
		{ "Kyrylo Budanov said on Friday that 11,000 North Korean "
		  "troops had arrived.\n\nHe said they were poorly "
		  "equipped.\n\nHe added that 3,000 of them had been "
		  "wounded.", 3000, "Ukraine", "Kyrylo Budanov", NULL },
		/* a name the gazetteer does not know stays its own source */
		{ "Maria Keller spoke at the Pentagon on Monday. She said "
		  "10,000 North Korean soldiers had been sent to eastern "
		  "Russia.", 10000, "Maria Keller", "Maria Keller", NULL },
		/* one it knows speaks for its source */
		{ "Sabrina Singh spoke at the Pentagon on Monday. She said "
		  "10,000 North Korean soldiers had been sent to eastern "
		  "Russia.", 10000, "United States", "Sabrina Singh", NULL },
		/* "he" is never the analysts just quoted */
		{ "John Kirby said 10,000 North Korean troops were in Russia. "
		  "Analysts said the figure could be higher. He added that "
		  "1,000 North Korean soldiers had been wounded.", 1000,
		  "United States", "John Kirby", NULL },
		/* "we" inside a quote is whoever is quoted */
		{ "Kyiv has not said how it counts. \"We estimate that "
		  "12,000 North Korean troops are in Russia,\" Budanov said.",
		  12000, "Ukraine", "Budanov", NULL },
		/* "it" is the one named before it in the sentence */
		{ "Seoul's spy agency briefed lawmakers on Tuesday and said "
		  "it believed 1,500 North Korean soldiers had left for "
		  "Russia.", 1500, "South Korea", "Seoul's spy agency", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_leave_a_pronoun_unattributed_when_no_one_was_named(void **state)
{
	static const struct row rows[] = {
		{ "He told reporters that 11,000 North Korean troops were in "
		  "Kursk.", 11000, "unattributed", "He", NULL },
		{ "They said on Friday that 4,200 North Korean troops are "
		  "undergoing training.", 4200, "unattributed", "They", NULL },
		{ "It said 12,000 North Korean troops were in Russia.", 12000,
		  "unattributed", "It", NULL },
		{ "We think 12,000 North Korean troops are in Russia.", 12000,
		  "unattributed", "We", NULL },
		/* unnamed people are no one named */
		{ "Officials said they believed 400 North Korean soldiers had "
		  "died.", 400, "unattributed", "Officials", NULL },
		/* named too long ago: four sentences back */
		{ "Zelensky visited the front on Monday. The weather was "
		  "cold. Roads were blocked. Trains were late. He said 3,000 "
		  "North Korean soldiers had been killed.", 3000,
		  "unattributed", "He", NULL },
		/* a sentence opening with a single word names no one */
		{ "Footage shared online could not be verified. He said "
		  "5,000 North Korean troops had arrived.", 5000,
		  "unattributed", "He", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_a_name_after_titles_and_ranks(void **state)
{
	static const struct row rows[] = {
		{ "\"Pyongyang has deployed roughly 12,500 personnel,\" said "
		  "Lt. Gen. Kyrylo Budanov.", 12500, "Ukraine",
		  "Kyrylo Budanov", NULL },
		{ "Lt. Gen. Kyrylo Budanov, Ukraine's intelligence chief, "
		  "said on Monday that 11,000 North Korean troops were in "
		  "Kursk.", 11000, "Ukraine", "Kyrylo Budanov", NULL },
		{ "According to Mr. Peskov, 2,800 North Korean troops have "
		  "arrived.", 2800, "Russia", "Peskov", NULL },
		{ "Mr Peskov said 2,800 North Korean troops had arrived.",
		  2800, "Russia", "Peskov", NULL },
		{ "Maj. Gen. Ellen Park told reporters that 3,000 North "
		  "Korean soldiers had reached the front.", 3000, "Ellen Park",
		  "Ellen Park", NULL },
		{ "Rep. Michael McCaul said 12,000 North Korean troops were in "
		  "Russia, and Sen. Roger Wicker put the number at 15,000.",
		  15000, "Roger Wicker", "Roger Wicker", NULL },
		/* the name is the claimant; the body his description names
		 * is the source */
		{ "Gen. Christopher Cavoli, NATO's top commander, said 1,000 "
		  "North Korean soldiers had been killed.", 1000,
		  "NATO", "Christopher Cavoli", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_not_split_a_sentence_after_a_title(void **state)
{
	static const char *const one[] = {
		"Lt. Gen. Kyrylo Budanov said 11,000 troops had arrived.",
		"Brig. Gen. Pat Ryder and Sgt. Maj. Lee Kim spoke on Monday.",
		"Dr. Jane Smith and Prof. Ian Lee told Cmdr. Ray Dunn so.",
		"The report by Sen. Roger Wicker and Rep. Joe Wilson was new.",
	};
	static const char two[] = "Seoul pledged $300m. Kirby said so.";
	struct sentlist sl;
	size_t i;

	(void)state;
	sentlist_init(&sl);
	for (i = 0; i < sizeof(one) / sizeof(*one); i++) {
		sentences_split(one[i], strlen(one[i]), &sl);
		if (sl.n != 1)
			fail_msg("%zu sentences in: %s", sl.n, one[i]);
	}
	sentences_split(two, strlen(two), &sl);
	assert_int_equal(sl.n, 2);	/* "$300m." is no initial */
	sentlist_release(&sl);
}

static void
should_never_take_a_date_or_a_function_word_for_a_claimant(void **state)
{
	static const struct row rows[] = {
		{ "A Ministry of Defence assessment released on 12 May 2025 "
		  "says 11,000 North Korean soldiers have been deployed.",
		  11000, "UK", "Ministry of Defence", NULL },
		{ "A South Korean military assessment released on December "
		  "30, 2024 says North Korean forces have suffered 2,500 "
		  "casualties.", 2500, "South Korea", "South Korean military",
		  NULL },
		{ "In May, Kyiv said 11,000 North Korean troops had arrived.",
		  11000, "Ukraine", "Kyiv", NULL },
		{ "On Monday Seoul said 300 North Korean soldiers had died.",
		  300, "South Korea", "Seoul", NULL },
		{ "Yesterday Peter Jones said 300 North Korean soldiers had "
		  "died.", 300, "Peter Jones", "Peter Jones", NULL },
		{ "Some estimate that 12,000 North Korean troops are in "
		  "Russia.", 12000, "unattributed", NULL, NULL },
		{ "Both said 12,000 North Korean troops were in Russia.",
		  12000, "unattributed", NULL, NULL },
		{ "On Dec. 30, according to Ukraine's General Staff, 3,000 "
		  "North Korean servicemen were on the front lines.", 3000,
		  "Ukraine", "Ukraine's General Staff", NULL },
		/* a month that is a first name, beside another name */
		{ "April Ryan said 300 North Korean soldiers had died.", 300,
		  "April Ryan", "April Ryan", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

/* A month and a US state the gazetteer names are claimants after all. */
static void
should_keep_a_name_the_gazetteer_knows(void **state)
{
	static const char ini[] =
	    "[tracker]\nname = floods\n"
	    "[nouns]\ncounted = people, residents\n"
	    "[subjects]\ncues = flood, floods\n"
	    "[quantity displaced]\ndefault = yes\ntriggers = evacuated\n"
	    "[sources]\nUK = Theresa May, May, Downing Street\n"
	    "Georgia = Georgia, Tbilisi\nUS = FEMA\n";
	static const struct row rows[] = {
		{ "May said 500 people had been evacuated from the floods.",
		  500, "UK", "May", NULL },
		{ "Flood waters rose. Theresa May told MPs that 500 people "
		  "had been evacuated.", 500, "UK", "Theresa May", NULL },
		{ "Georgia said 2,000 residents had fled the floods in May.",
		  2000, "Georgia", "Georgia", NULL },
		{ "In May, FEMA said 700 people had been evacuated from the "
		  "floods.", 700, "US", "FEMA", NULL },
		{ "The floods forced 900 people out on 3 May, Tbilisi said.",
		  900, "Georgia", "Tbilisi", NULL },
	};
	struct tracker *t = tracker_parse(ini, "floods");

	(void)state;
	assert_non_null(t);
	check_rows(t, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(t);
}

static void
should_make_an_outlet_the_relayer_of_whom_it_cites(void **state)
{
	static const struct row rows[] = {
		{ "11,000 North Korean troops are in Kursk, Reuters "
		  "reported, citing South Korea's spy agency.", 11000,
		  "South Korea", "South Korea's spy agency", "Reuters" },
		{ "Thousands of North Korean troops will arrive soon, the "
		  "Associated Press reported on Monday, citing US officials.",
		  NAN, "United States", "US officials", "Associated Press" },
		{ "Citing the NIS, AFP said 11,000 North Korean troops had "
		  "arrived.", 11000, "South Korea", "NIS", "AFP" },
		{ "On Tuesday, citing Lt. Gen. Kyrylo Budanov, CNN reported "
		  "that 3,000 North Korean soldiers had arrived in Kursk.",
		  3000, "Ukraine", "Kyrylo Budanov", "CNN" },
		{ "According to the BBC, citing Kyiv, 12,000 North Korean "
		  "troops are in Russia.", 12000, "Ukraine", "Kyiv", "BBC" },
		{ "Reuters, citing Seoul, said 12,000 North Korean troops "
		  "were in Russia.", 12000, "South Korea", "Seoul", "Reuters" },
		/* someone who is no outlet keeps a claim he backs with
		 * nobody named */
		{ "Zelensky said, citing intelligence reports, that 11,000 "
		  "North Korean troops were in Kursk.", 11000, "Ukraine",
		  "Zelensky", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_leave_an_outlet_citing_nobody_unattributed(void **state)
{
	static const struct row rows[] = {
		{ "Reuters reported that 11,000 North Korean troops were in "
		  "Kursk.", 11000, "unattributed", NULL, "Reuters" },
		{ "The Kyiv Independent reported that 11,000 North Korean "
		  "troops were in Kursk.", 11000, "unattributed", NULL,
		  "Kyiv Independent" },
		{ "North Korean troops number 11,000, state television "
		  "reported.", 11000, "unattributed", NULL,
		  "state television" },
		{ "AFP said, citing two sources familiar with the matter, "
		  "that 11,000 North Korean troops were in Kursk.", 11000,
		  "unattributed", "two sources familiar with the matter",
		  "AFP" },
		/* "according to" an outlet that cites no one: its own */
		{ "According to the BBC, 12,000 North Korean troops are in "
		  "Russia.", 12000, "BBC", "BBC", NULL },
		/* an outlet's own count is its own claim */
		{ "The BBC estimated that 3,000 North Korean soldiers had "
		  "been killed.", 3000, "BBC", "BBC", NULL },
		/* a named state's own media speak for it */
		{ "Russian state media reported that 11,000 North Korean "
		  "troops had arrived.", 11000, "Russia",
		  "Russian state media", NULL },
		/* an outlet the gazetteer names is a source */
		{ "The Korean Central News Agency said 11,000 North Korean "
		  "troops had left.", 11000, "North Korea",
		  "Korean Central News Agency", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

/* A figure with the one who gave it after it, beside a speaker's own. */
struct figure_row {
	const char *text;	/* article body */
	double	 first;		/* the speaker's figure */
	const char *first_source;
	double	 value;		/* the figure given by the agent */
	enum qualifier qual;
	const char *source;
	const char *claimant;
	const char *relayer;	/* NULL for none */
};

static void
check_figure_rows(const struct figure_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(tr, "t", PUB, rows[i].text, &cs);
		assert_int_equal(cs.n, 2);
		cl = claim_valued(&cs, rows[i].first, rows[i].text);
		check_str("first source", cl->source, rows[i].first_source,
		    rows[i].text);
		cl = claim_valued(&cs, rows[i].value, rows[i].text);
		check_str("source", cl->source, rows[i].source, rows[i].text);
		check_str("claimant", cl->claimant, rows[i].claimant,
		    rows[i].text);
		check_str("relayer", cl->relayer, rows[i].relayer,
		    rows[i].text);
		check_str("qualifier", qualifier_name(cl->qualifier),
		    qualifier_name(rows[i].qual), rows[i].text);
		claimset_release(&cs);
	}
}

/* "compared with the 11,000 cited by Zelensky": the figure is the
 * claim of the one named after it, not of the sentence's speaker. */
static void
should_give_a_figure_to_the_one_it_is_cited_by(void **state)
{
	static const struct figure_row rows[] = {
		{ "Budanov put the number of North Korean troops at 12,000, "
		  "compared with the roughly 11,000 cited by the Pentagon.",
		  12000, "Ukraine", 11000, QUAL_APPROX, "United States",
		  "Pentagon", NULL },
		{ "Some 11,000 North Korean troops are now in Kursk, Budanov "
		  "said on Friday, up from the 3,000 reported by the Pentagon "
		  "last week.", 11000, "Ukraine", 3000, QUAL_EXACT,
		  "United States", "Pentagon", NULL },
		{ "Seoul's spy agency says 11,000 North Korean soldiers are in "
		  "Russia, against 8,000 claimed by Kyiv.", 11000,
		  "South Korea", 8000, QUAL_EXACT, "Ukraine", "Kyiv", NULL },
		{ "Zelensky said 12,000 North Korean troops had arrived, "
		  "higher than the more than 10,000 given by U.S. officials.",
		  12000, "Ukraine", 10000, QUAL_MORE_THAN, "United States",
		  "U.S. officials", NULL },
		{ "The Pentagon said 11,500 North Korean troops were in Kursk, "
		  "more than the 10,000 estimated by South Korea's spy "
		  "agency.", 11500, "United States", 10000, QUAL_EXACT,
		  "South Korea", "South Korea's spy agency", NULL },
		/* the counted noun named again, a longer verb, a title */
		{ "Budanov said 12,000 North Korean troops were in Kursk, "
		  "compared with 11,000 troops put forward by Ukrainian "
		  "President Volodymyr Zelensky.", 12000, "Ukraine", 11000,
		  QUAL_EXACT, "Ukraine", "Volodymyr Zelensky", NULL },
		/* "as reported by", "according to" right after the figure */
		{ "Kirby said about 10,000 North Korean troops were in "
		  "Russia, below the 12,000 as reported by Seoul.", 10000,
		  "United States", 12000, QUAL_EXACT, "South Korea", "Seoul",
		  NULL },
		{ "Budanov said 12,000 North Korean troops were in Kursk, "
		  "against about 10,000 according to the Pentagon.", 12000,
		  "Ukraine", 10000, QUAL_APPROX, "United States", "Pentagon",
		  NULL },
		/* a figure an outlet carried names no one */
		{ "Budanov said 12,000 North Korean troops were in Kursk, "
		  "compared with the 11,000 reported by Reuters.", 12000,
		  "Ukraine", 11000, QUAL_EXACT, "unattributed", NULL,
		  "Reuters" },
	};

	(void)state;
	check_figure_rows(rows, sizeof(rows) / sizeof(*rows));
}

/* The figure cited after the sentence that named what it counts. */
static void
should_give_a_figure_cited_a_sentence_later_its_own_source(void **state)
{
	static const struct row rows[] = {
		{ "Budanov said on Friday that 12,000 North Korean troops "
		  "were in Kursk. That is up from the 3,000 reported by the "
		  "Pentagon in October.", 3000, "United States", "Pentagon",
		  NULL },
		/* the date of the first statement is not the agent's */
		{ "On Monday, Zelensky said 12,000 North Korean troops had "
		  "arrived, compared with the 11,000 cited by Seoul.", 11000,
		  "South Korea", "Seoul", NULL },
	};
	struct claimset cs;

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	claimset_init(&cs);
	extract_text(tr, "t", PUB, rows[1].text, &cs);
	assert_int_equal(cs.n, 2);
	assert_string_equal(cs.v[0].claim_date, "2025-05-19");
	assert_string_equal(cs.v[1].claim_date, "");
	claimset_release(&cs);
}

/*
 * "by" that brings no one who gave a figure: a change ("increased by
 * 3,000", "up by 3,000"), a cause ("killed by drones"), a date ("counted
 * by December"), or an agent of no figure ("a figure cited by Seoul").
 * The sentence's speaker keeps its claims.
 */
static void
should_not_take_every_by_for_whom_a_figure_is_cited(void **state)
{
	static const struct row rows[] = {
		{ "Budanov said 14,000 North Korean troops were in Kursk "
		  "after the contingent increased by 3,000 since May.", 3000,
		  "Ukraine", "Budanov", NULL },
		{ "Zelensky said 1,200 North Korean soldiers had been killed "
		  "by drones since December.", 1200, "Ukraine", "Zelensky",
		  NULL },
		{ "Kyiv said 3,000 North Korean casualties counted by "
		  "December were an undercount.", 3000, "Ukraine", "Kyiv",
		  NULL },
		{ "Zelensky said 12,000 North Korean troops were in Kursk, up "
		  "by 3,000 from the figure cited by Seoul.", 3000, "Ukraine",
		  "Zelensky", NULL },
		{ "The Pentagon said North Korean troops estimated by analysts "
		  "in Seoul numbered 12,000.", 12000, "United States",
		  "Pentagon", NULL },
		/* a figure in a clause of its own keeps the speaker before */
		{ "Budanov said 12,000 North Korean troops were in Kursk, "
		  "a figure confirmed by Seoul, and that 3,000 had been "
		  "wounded.", 3000, "Ukraine", "Budanov", NULL },
	};

	(void)state;
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
}

/* Crowds: police and organisers give rival figures in one sentence. */
static void
should_give_a_crowd_figure_to_whom_it_is_claimed_by(void **state)
{
	static const char ini[] =
	    "[tracker]\nname = protests\n"
	    "[nouns]\ncounted = people, protesters\n"
	    "[subjects]\ncues = protest, protesters\n"
	    "[quantity turnout]\ndefault = yes\ntriggers = marched, turnout\n"
	    "[sources]\nPolice = police, prefecture\n"
	    "Organisers = organisers, CGT\n";
	static const struct row rows[] = {
		{ "Police put turnout at the protest at 50,000, compared "
		  "with the 200,000 claimed by organisers.", 200000,
		  "Organisers", "organisers", NULL },
		{ "The prefecture said 80,000 protesters marched, far below "
		  "the 250,000 counted by the CGT union.", 250000,
		  "Organisers", "CGT union", NULL },
		/* people who count, whom the gazetteer does not know */
		{ "Police said 80,000 protesters marched, against the 120,000 "
		  "reported by activists.", 120000, "unattributed",
		  "activists", NULL },
	};
	struct tracker *t = tracker_parse(ini, "protests");

	(void)state;
	assert_non_null(t);
	check_rows(t, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(t);
}

/* A tracker adds the outlets of its story under [media]. */
static void
should_read_a_trackers_own_outlets(void **state)
{
	static const char ini[] =
	    "[tracker]\nname = floods\n"
	    "[nouns]\ncounted = people, residents\n"
	    "[subjects]\ncues = flood, floods\n"
	    "[quantity displaced]\ndefault = yes\ntriggers = evacuated\n"
	    "[sources]\nCounty = county, sheriff\n"
	    "[media]\noutlets = Valley Gazette, KVAL\n";
	static const struct row rows[] = {
		{ "The Valley Gazette reported that 300 people were "
		  "evacuated from the floods.", 300, "unattributed", NULL,
		  "Valley Gazette" },
		{ "About 300 people fled the floods, KVAL reported, citing "
		  "the sheriff.", 300, "County", "sheriff", "KVAL" },
		{ "Reuters said 400 residents fled the floods.", 400,
		  "unattributed", NULL, "Reuters" },
	};
	struct tracker *t = tracker_parse(ini, "floods");

	(void)state;
	assert_non_null(t);
	check_rows(t, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(t);
	assert_null(tracker_parse("[tracker]\nname = x\n[nouns]\n"
	    "counted = people\n[quantity q]\ndefault = yes\n"
	    "[media]\nnames = X\n", "bad"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_a_pronoun_the_claimant_named_before),
		cmocka_unit_test(
		    should_leave_a_pronoun_unattributed_when_no_one_was_named),
		cmocka_unit_test(should_read_a_name_after_titles_and_ranks),
		cmocka_unit_test(should_not_split_a_sentence_after_a_title),
		cmocka_unit_test(
		    should_never_take_a_date_or_a_function_word_for_a_claimant),
		cmocka_unit_test(should_keep_a_name_the_gazetteer_knows),
		cmocka_unit_test(
		    should_make_an_outlet_the_relayer_of_whom_it_cites),
		cmocka_unit_test(
		    should_leave_an_outlet_citing_nobody_unattributed),
		cmocka_unit_test(should_read_a_trackers_own_outlets),
		cmocka_unit_test(
		    should_give_a_figure_to_the_one_it_is_cited_by),
		cmocka_unit_test(
		    should_give_a_figure_cited_a_sentence_later_its_own_source),
		cmocka_unit_test(
		    should_not_take_every_by_for_whom_a_figure_is_cited),
		cmocka_unit_test(
		    should_give_a_crowd_figure_to_whom_it_is_claimed_by),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
