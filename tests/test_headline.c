/*
 * test_headline.c - the briefing says only what the claims support: the
 * headline, the counts line and the findings, on stories built claim by
 * claim, asserting what a careful analyst would conclude from them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "store.h"
#include "tracker.h"
#include "aggregate.h"
#include "briefing.h"
#include "present.h"

#define N NAN

/* One claim to store, in its own article. */
struct hclaim {
	const char *doc;
	const char *outlet;	/* NULL = the article names none */
	const char *day;	/* published = claim date */
	const char *source;
	const char *quantity;
	enum qualifier qualifier;
	double	 value, low, high;
	bool	 projected;
};

/* Store h, with scope "in place" when place is not NULL. */
static void
put_at(struct store *st, const struct hclaim *h, const char *place)
{
	struct article a;
	struct claimset cs;
	struct claim *c;
	enum article_status status;
	int64_t rowid;
	char body[160];

	snprintf(body, sizeof(body), "%s says %.0f (%s).", h->source,
	    h->value, h->doc);
	article_init(&a);
	a.id = xstrdup(h->doc);
	a.outlet = h->outlet ? xstrdup(h->outlet) : NULL;
	a.body = xstrdup(body);
	a.body_len = strlen(body);
	snprintf(a.published, sizeof(a.published), "%s", h->day);
	snprintf(a.hash, sizeof(a.hash), "%s", h->doc);
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	claimset_init(&cs);
	c = claimset_add(&cs);
	c->value = h->value;
	c->low = h->low;
	c->high = h->high;
	c->qualifier = h->qualifier;
	c->quantity = xstrdup(h->quantity);
	c->source = xstrdup(h->source);
	c->sentence = xstrdup(body);
	c->modality = h->projected ? MODALITY_PROJECTED : MODALITY_CURRENT;
	if (place != NULL) {
		snprintf(body, sizeof(body), "in %s", place);
		c->scope = xstrdup(body);
		c->place = xstrdup(place);
	}
	snprintf(c->claim_date, sizeof(c->claim_date), "%s", h->day);
	assert_int_equal(store_put_claims(st, rowid, 0, &cs), 0);
	claimset_release(&cs);
	article_release(&a);
}

static void
put(struct store *st, const struct hclaim *h)
{
	put_at(st, h, NULL);
}

/* A story: its claims, stored once, and the tracker that reads it. */
struct story {
	struct store *st;
	struct tracker *tr;
	struct summary *sum;
	struct briefing b;
	char	 headline[2048];
};

static void
story_open(struct story *s, const struct hclaim *v, size_t n,
    const char *tracker_text)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	s->st = store_open(":memory:", 1000);
	assert_non_null(s->st);
	for (i = 0; i < n; i++)
		put(s->st, &v[i]);
	s->tr = tracker_text ? tracker_parse(tracker_text, "test tracker") :
	    tracker_default();
	assert_non_null(s->tr);
}

/* The outlier factor story_brief() builds with (the default unless a
 * test sets it, and resets it). */
static double story_outlier_factor = OUTLIER_FACTOR_DEFAULT;

/* The briefing of the period to asof, stale after stale days. */
static void
story_brief(struct story *s, const char *asof, enum period_kind period,
    int stale)
{
	struct summary_opts o;
	struct present_opts po;
	struct claim_scope scope;
	char start[DATE_LEN], end[DATE_LEN];

	summary_free(s->sum);
	briefing_release(&s->b);
	summary_opts_defaults(&o);
	assert_int_equal(date_parse(asof, &o.asof), 0);
	o.period = period;
	o.stale_after = stale;
	o.outlier_factor = story_outlier_factor;
	o.measures = s->tr->qm;
	o.nmeasures = s->tr->nq;
	memset(&po, 0, sizeof(po));
	po.title = s->tr->name;
	po.tracker = "test";
	po.subject = s->tr->subject;
	po.family = tracker_measure_name(s->tr, s->tr->qdefault);
	s->sum = summary_build(s->st, &o);
	assert_non_null(s->sum);
	present_headline(s->sum, &po, s->headline, sizeof(s->headline));
	briefing_init(&s->b);
	date_format(s->sum->start, start);
	date_format(o.asof, end);
	memset(&scope, 0, sizeof(scope));
	scope.start = s->sum->start == PERIOD_BEGINNING ? "" : start;
	scope.asof = end;
	assert_int_equal(present_briefing(s->sum, &po, s->st, &scope, &s->b),
	    0);
}

static void
story_close(struct story *s)
{
	summary_free(s->sum);
	briefing_release(&s->b);
	tracker_free(s->tr);
	store_close(s->st);
}

/* Fail, showing the text, unless it holds (or lacks) the words. */
#define assert_says(text, words) do {					\
	if (strstr((text), (words)) == NULL)				\
		fail_msg("'%s' does not say '%s'", (text), (words));	\
} while (0)
#define assert_never_says(text, words) do {				\
	if (strstr((text), (words)) != NULL)				\
		fail_msg("'%s' says '%s'", (text), (words));		\
} while (0)

/* The sample corpus's figures: three in October, one in February. */
static const struct hclaim sample[] = {
	{ "s000", "GZERO Media", "2024-10-25", "Ukraine", "troops_deployed",
	  QUAL_APPROX, 12000, 11400, 12600, false },
	{ "s001", NULL, "2024-10-25", "Ukraine", "troops_training",
	  QUAL_APPROX, 12000, 11400, 12600, false },
	{ "s002", NULL, "2025-02-27", "South Korea", "troops_deployed",
	  QUAL_MORE_THAN, 11000, 11000, N, false },
	{ "s003", NULL, "2024-10-28", "United States", "troops_planned",
	  QUAL_APPROX, 10000, 9500, 10500, true },
	{ "s004", NULL, "2024-10-25", "United States", "troops_arrived",
	  QUAL_AT_LEAST, 3000, 3000, N, false },
};

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* Case 1: October's figures must not set March's headline. */
static void
should_lead_with_the_months_new_figure_and_list_old_ones_as_stale(
    void **state)
{
	struct story s;

	(void)state;
	story_open(&s, sample, NELEM(sample), NULL);
	story_brief(&s, "2025-03-01", PERIOD_MONTH, 90);
	assert_says(s.headline, "South Korea gives only a bound on North "
	    "Korean troops in Russia: more than 11,000");
	assert_says(s.headline, "stale (over 90 days old): Ukraine's “about "
	    "12,000” (25 Oct 2024), the United States' “at least 3,000” "
	    "(25 Oct 2024)");
	assert_never_says(s.headline, "×");
	assert_never_says(s.headline, "between");
	/* older figures within the limit stand, with their date, after the
	 * month's new one */
	story_brief(&s, "2025-03-01", PERIOD_MONTH, 200);
	assert_says(s.headline, "New this month: South Korea's “more than "
	    "11,000” (27 Feb); Ukraine puts North Korean troops in Russia at "
	    "about 12,000 (last said 25 Oct 2024)");
	/* a month with nothing new says so first */
	story_brief(&s, "2025-06-01", PERIOD_MONTH, 200);
	assert_says(s.headline, "No new figures this month; ");
	story_close(&s);
}

/* Case 2: killed or wounded is never set against prisoners, and a
 * source's older figure is its history, not a second position. */
static void
should_compare_only_the_quantities_of_one_measure(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2024-12-20", "Ukraine", "casualties", QUAL_APPROX,
		  3800, N, N, false },
		{ "b", "X", "2024-12-21", "Ukraine", "casualties_captured",
		  QUAL_EXACT, 2, N, N, false },
		{ "c", "Y", "2024-10-25", "United States", "troops_arrived",
		  QUAL_AT_LEAST, 3000, 3000, N, false },
		{ "d", "Y", "2024-11-20", "United States", "troops_deployed",
		  QUAL_AT_LEAST, 12000, 12000, N, false },
		{ "e", "Z", "2024-12-18", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 11000, N, N, false },
	};
	struct story s;
	size_t i;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-12-31", PERIOD_MONTH, 90);
	for (i = 0; i < s.b.nfindings; i++)
		assert_never_says(s.b.findings[i], "1900");
	assert_never_says(s.headline, "3,000");
	assert_says(s.headline, "the United States' “at least 12,000” "
	    "contradicts it");
	story_close(&s);
}

/* Case 3: a projection is its own line, never an end of the range. */
static void
should_keep_projections_apart_from_the_range(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2025-01-03", "South Korea", "troops_deployed",
		  QUAL_APPROX, 11000, N, N, false },
		{ "b", "X", "2025-01-05", "Ukraine", "troops_planned",
		  QUAL_RANGE, 35000, 30000, 40000, true },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2025-01-07", PERIOD_WEEK, 90);
	assert_says(s.headline, "South Korea puts North Korean troops in "
	    "Russia at about 11,000; projected, apart from the count: "
	    "30,000–40,000 (Ukraine, 5 Jan).");
	story_close(&s);
}

/* Case 4: a ratio only between estimates; bounds said as bounds. */
static void
should_describe_bounds_as_bounds(void **state)
{
	static const struct hclaim two[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "X", "2024-10-26", "South Korea", "troops_deployed",
		  QUAL_APPROX, 10000, N, N, false },
		{ "c", "X", "2024-10-27", "United States", "troops_arrived",
		  QUAL_AT_LEAST, 3000, 3000, N, false },
	};
	static const struct hclaim only[] = {
		{ "a", "X", "2024-10-25", "United States", "troops_arrived",
		  QUAL_AT_LEAST, 3000, 3000, N, false },
		{ "b", "X", "2024-10-26", "NATO", "troops_deployed",
		  QUAL_UP_TO, 40000, N, 40000, false },
	};
	struct story s;

	(void)state;
	story_open(&s, two, NELEM(two), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	assert_says(s.headline, "Sources put North Korean troops in Russia "
	    "between about 10,000 (South Korea) and about 12,000 (Ukraine), "
	    "a 1.2× spread; the United States' “at least 3,000” is "
	    "compatible with both.");
	story_close(&s);
	story_open(&s, only, NELEM(only), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	assert_says(s.headline, "only bounds on North Korean troops in "
	    "Russia, no figure to compare: at least 3,000 (United States) … "
	    "up to 40,000 (NATO)");
	assert_never_says(s.headline, "×");
	assert_null(s.b.discrepancy.ratio);
	story_close(&s);
}

/* A second story: ships waiting off a port during a strike. */
static const char strike_tracker[] =
    "[tracker]\nname = US port strike\nplace = United States\n"
    "[nouns]\ncounted = ships, vessels, container ships\n"
    "[quantity waiting]\ndefault = yes\ntriggers = waiting, anchored\n"
    "[quantity strikers]\ntriggers = on strike, walked out\n"
    "[sources]\nPort of Los Angeles = Port of Los Angeles, the port\n"
    "ILA = ILA, International Longshoremen's Association, the union\n";

static const struct hclaim strike[] = {
	{ "p1", "Reuters", "2024-10-02", "Port of Los Angeles", "waiting",
	  QUAL_APPROX, 40, N, N, false },
	{ "p2", NULL, "2024-10-03", "ILA", "waiting", QUAL_EXACT, 54, N, N,
	  false },
	{ "p3", NULL, "2024-10-03", "ILA", "strikers", QUAL_APPROX, 45000,
	  N, N, false },
	{ "p4", "Reuters", "2024-09-01", "ILA", "waiting", QUAL_EXACT, 20, N,
	  N, false },
};

/* Case 6: the headline's noun is the measure's, never the tracker's
 * name; case 7: the period's counts are labelled as the period's. */
static void
should_name_what_is_counted_and_label_the_periods_counts(void **state)
{
	struct story s;

	(void)state;
	story_open(&s, strike, NELEM(strike), strike_tracker);
	story_brief(&s, "2024-10-03", PERIOD_WEEK, 90);
	assert_says(s.headline, "Sources put ships waiting between about 40 "
	    "(Port of Los Angeles) and 54 (ILA), a 1.4× spread.");
	assert_never_says(s.headline, "US port strike");
	assert_string_equal(s.b.measure, "ships waiting");
	/* the two without an outlet are among the three, not two more */
	assert_says(s.b.counts, "This week: 3 claims in 3 articles from 1 "
	    "outlet (2 of the 3 name no outlet)");
	assert_never_says(s.b.counts, "and 2 articles");
	/* two sentences, so a page wraps them apart, never "· all time"
	 * alone at the start of a line */
	assert_says(s.b.counts, "(2 of the 3 name no outlet). All time: 4 "
	    "claims, 4 articles, 1 outlet.");
	assert_int_equal(s.b.claims, 3);
	story_close(&s);
}

/* Every built-in and bundled tracker's measure reads as a noun phrase
 * in the headline template. */
static void
should_give_every_bundled_trackers_headline_a_noun_phrase(void **state)
{
	static const struct { const char *file, *label; } cases[] = {
		{ "trackers/protest-crowds.ini", "the number of protesters" },
		{ "trackers/quake-toll.ini", "the earthquake's dead" },
		{ "trackers/migrant-arrivals.ini", "migrants arriving by sea" },
		{ "trackers/wildfire-evacuations.ini", "people evacuated" },
		{ "trackers/flood-casualties.ini",
		  "people displaced by the floods" },
	};
	struct tracker *tr;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		tr = tracker_load(cases[i].file);
		assert_non_null(tr);
		assert_string_equal(tr->qm[tr->qdefault].label,
		    cases[i].label);
		tracker_free(tr);
	}
	tr = tracker_default();
	assert_string_equal(tr->qm[tr->qdefault].label,
	    "North Korean troops in Russia");
	tracker_free(tr);
}


/* The crowded headline of a large archive: eight stale projections and
 * six current ones, one of them said twice (a projected deployment and
 * a plan, same figure, same day). The reader gets the range, three of
 * each list and how many more; the sentence is whole, ends with a full
 * stop and names no figure twice. */
static void
should_keep_a_crowded_headline_whole_and_short(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2025-06-27", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "X", "2025-06-28", "South Korea", "troops_deployed",
		  QUAL_APPROX, 11000, N, N, false },
		{ "p1", "X", "2025-06-22", "NATO", "troops_deployed",
		  QUAL_APPROX, 18000, N, N, true },
		{ "p2", "X", "2025-06-22", "NATO", "troops_planned",
		  QUAL_APPROX, 18000, N, N, true },
		{ "p3", "X", "2025-06-23", "Russia", "troops_planned",
		  QUAL_UP_TO, 17500, N, 17500, true },
		{ "p4", "X", "2025-06-24", "UK", "troops_planned",
		  QUAL_EXACT, 22500, N, N, true },
		{ "p5", "X", "2025-06-25", "Poland", "troops_planned",
		  QUAL_EXACT, 20000, N, N, true },
		{ "p6", "X", "2025-06-26", "Japan", "troops_planned",
		  QUAL_EXACT, 21000, N, N, true },
		{ "s1", "X", "2025-01-01", "Estonia", "troops_planned",
		  QUAL_EXACT, 16000, N, N, true },
		{ "s2", "X", "2025-01-02", "Latvia", "troops_planned",
		  QUAL_EXACT, 16100, N, N, true },
		{ "s3", "X", "2025-01-03", "Lithuania", "troops_planned",
		  QUAL_EXACT, 16200, N, N, true },
		{ "s4", "X", "2025-01-04", "Finland", "troops_planned",
		  QUAL_EXACT, 16300, N, N, true },
		{ "s5", "X", "2025-01-05", "Sweden", "troops_planned",
		  QUAL_EXACT, 16400, N, N, true },
		{ "s6", "X", "2025-01-06", "Norway", "troops_planned",
		  QUAL_EXACT, 16500, N, N, true },
		{ "s7", "X", "2025-01-07", "Denmark", "troops_planned",
		  QUAL_EXACT, 16600, N, N, true },
		{ "s8", "X", "2025-01-08", "Iceland", "troops_planned",
		  QUAL_EXACT, 16700, N, N, true },
	};
	struct story s;
	const char *first;
	size_t n;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2025-06-30", PERIOD_WEEK, 90);
	n = strlen(s.headline);
	print_message("  %s\n", s.headline);
	assert_says(s.headline, "Sources put North Korean troops in Russia "
	    "between about 11,000 (South Korea) and about 12,000 (Ukraine)");
	assert_true(n > 0 && s.headline[n - 1] == '.');
	assert_true(n < 700);
	assert_string_equal(s.b.headline, s.headline);
	/* eight stale: two named, six counted */
	assert_says(s.headline, "stale (over 90 days old): ");
	assert_says(s.headline, ", and 6 more;");
	/* NATO's 18,000 once: five distinct projections, 2 + 3 */
	first = strstr(s.headline, "about 18,000 (NATO");
	assert_non_null(first);
	assert_null(strstr(first + 1, "about 18,000 (NATO"));
	assert_says(s.headline, "projected, apart from the count: ");
	assert_says(s.headline, ", and 3 more.");
	story_close(&s);
}

/* The changes list speaks in sentences: one about figures nobody is
 * named for starts with a capital and says they have no source; none
 * starts lower-case ("unattributed put ..."). */
static void
should_start_every_change_sentence_with_a_capital(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "X", "2024-10-26", "unattributed", "troops_planned",
		  QUAL_EXACT, 12000, N, N, true },
		{ "c", "X", "2024-10-27", "unattributed", "troops_deployed",
		  QUAL_EXACT, 11000, N, N, false },
	};
	static const struct hclaim later = { "d", "X", "2024-11-05",
	    "unattributed", "troops_deployed", QUAL_EXACT, 13000, N, N,
	    false };
	struct story s;
	size_t i, named = 0;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	assert_true(s.b.nchanges >= 2);
	for (i = 0; i < s.b.nchanges; i++) {
		print_message("  %s\n", s.b.changes[i].text);
		assert_false(s.b.changes[i].text[0] >= 'a' &&
		    s.b.changes[i].text[0] <= 'z');
		assert_never_says(s.b.changes[i].text, "unattributed on");
		named += strncmp(s.b.changes[i].text, "Figures without a "
		    "named source", 30) == 0;
	}
	assert_true(named >= 1);
	story_close(&s);
	/* many unnamed sources: their figure moved, nobody "revised" it */
	story_open(&s, v, NELEM(v), NULL);
	put(s.st, &later);
	story_brief(&s, "2024-11-07", PERIOD_WEEK, 90);
	for (i = 0; i < s.b.nchanges; i++)
		if (strncmp(s.b.changes[i].text, "Figures without", 15) == 0 &&
		    strstr(s.b.changes[i].text, "troops in Russia") != NULL) {
			print_message("  %s\n", s.b.changes[i].text);
			assert_says(s.b.changes[i].text, ": up from 11,000 to "
			    "13,000 (+2,000, +18%).");
			assert_never_says(s.b.changes[i].text, "revised");
		}
	story_close(&s);
}

/* With period all there is no previous period: no figure is "new", the
 * sentences and the changes chart say there is nothing to compare
 * with, and the period line says "all claims up to", never "start
 * unknown". */
static void
should_call_nothing_new_when_the_period_is_all(void **state)
{
	static const struct hclaim undated = { "u", "X", "", "Ukraine",
	    "troops_deployed", QUAL_APPROX, 9000, N, N, false };
	struct present_opts po;
	struct story s;
	struct chartset cs;
	char words[128];
	size_t i;

	(void)state;
	story_open(&s, sample, NELEM(sample), NULL);
	put(s.st, &undated);
	story_brief(&s, "2025-03-01", PERIOD_ALL, 90);
	/* the undated claim is in no period: said, so that this "All
	 * time" and a week's "All time" (which counts it) agree */
	print_message("  %s\n", s.b.counts);
	assert_says(s.b.counts, "All time: 5 claims in 5 articles");
	assert_says(s.b.counts, ". Undated, so in no period: 1 claim.");
	assert_true(s.b.nchanges > 0);
	for (i = 0; i < s.b.nchanges; i++) {
		print_message("  %s\n", s.b.changes[i].text);
		assert_never_says(s.b.changes[i].text, "new");
		assert_says(s.b.changes[i].text, "no previous period");
	}
	assert_never_says(s.headline, "New ");
	assert_never_says(s.headline, "new ");
	assert_string_equal(briefing_period_words(&s.b, words,
	    sizeof(words)), "all claims up to 2025-03-01");
	memset(&po, 0, sizeof(po));
	po.title = s.tr->name;
	po.family = tracker_measure_name(s.tr, s.tr->qdefault);
	chartset_init(&cs);
	present_charts(s.sum, &po, present_main_measure(s.sum, &po),
	    &cs);
	assert_true(cs.nchanges > 0);
	for (i = 0; i < cs.nchanges; i++) {
		assert_int_equal(cs.changes[i].status, CHART_CHANGE_LATEST);
		assert_never_says(chart_change_words(&cs, i, words,
		    sizeof(words)), "new");
	}
	assert_string_equal(chart_heading_of(&cs, CHART_CHANGES),
	    "latest figures");
	assert_string_equal(briefing_chart_title_of(&s.b,
	    BRIEFING_CHART_CHANGES), "Latest figures (period all: no "
	    "previous period)");
	assert_says(chart_changes_caption(&cs, 0, words, sizeof(words)),
	    "no previous period");
	chartset_release(&cs);
	story_close(&s);
}

/* A change from a bound to a bound has no size: Ukraine's "at least
 * 12,500" then "more than 7,200" is a revision, never "down 5,300"; a
 * figure revised to "thousands" is never drawn as "unchanged". */
static void
should_not_size_a_change_from_or_to_a_bound(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2025-06-10", "Ukraine", "troops_deployed",
		  QUAL_AT_LEAST, 12500, 12500, N, false },
		{ "b", "X", "2025-06-28", "Ukraine", "troops_deployed",
		  QUAL_MORE_THAN, 7200, 7200, N, false },
		{ "c", "X", "2025-06-10", "North Korea", "troops_deployed",
		  QUAL_AT_LEAST, 8600, 8600, N, false },
		{ "d", "X", "2025-06-28", "North Korea", "troops_deployed",
		  QUAL_VAGUE, N, 3000, N, false },
		{ "e", "X", "2025-06-10", "NATO", "troops_deployed",
		  QUAL_APPROX, 10000, N, N, false },
		{ "f", "X", "2025-06-28", "NATO", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
	};
	struct present_opts po;
	struct story s;
	struct chartset cs;
	char words[128];
	size_t i, seen = 0;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2025-06-30", PERIOD_WEEK, 90);
	for (i = 0; i < s.b.nchanges; i++) {
		print_message("  %s\n", s.b.changes[i].text);
		if (strncmp(s.b.changes[i].text, "Ukraine", 7) == 0) {
			seen++;
			assert_says(s.b.changes[i].text, "revised from at "
			    "least 12,500 to more than 7,200.");
			assert_never_says(s.b.changes[i].text, "5,300");
			assert_never_says(s.b.changes[i].text, "down");
		}
		/* two estimates: the size stands */
		if (strncmp(s.b.changes[i].text, "NATO", 4) == 0)
			assert_says(s.b.changes[i].text, "+2,000");
	}
	assert_int_equal(seen, 1);
	memset(&po, 0, sizeof(po));
	po.title = s.tr->name;
	po.family = tracker_measure_name(s.tr, s.tr->qdefault);
	chartset_init(&cs);
	present_charts(s.sum, &po, present_main_measure(s.sum, &po), &cs);
	for (i = 0; i < cs.nchanges; i++) {
		chart_change_words(&cs, i, words, sizeof(words));
		print_message("  chart %s: %s\n", cs.changes[i].source, words);
		if (strcmp(cs.changes[i].source, "Ukraine") == 0)
			assert_string_equal(words, "revised (from ≥12,500)");
		if (strcmp(cs.changes[i].source, "North Korea") == 0)
			assert_string_equal(words, "revised (from ≥8,600)");
		if (strcmp(cs.changes[i].source, "NATO") == 0)
			assert_string_equal(words, "up 2,000 (from ≈10,000)");
	}
	chartset_release(&cs);
	story_close(&s);
}

/* The sources table under the troops headline starts with the troops'
 * rows: cut to its first rows, it must not show only prisoners. */
static void
should_list_the_headline_measures_sources_first(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2024-12-20", "Ukraine", "casualties_captured",
		  QUAL_EXACT, 2, N, N, false },
		{ "b", "X", "2024-12-21", "Russia", "casualties_captured",
		  QUAL_EXACT, 5, N, N, false },
		{ "c", "X", "2024-12-22", "Ukraine", "casualties",
		  QUAL_APPROX, 3800, N, N, false },
		{ "d", "X", "2024-12-18", "South Korea", "troops_deployed",
		  QUAL_APPROX, 11000, N, N, false },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-12-31", PERIOD_MONTH, 90);
	assert_true(s.b.nsources == 4);
	assert_string_equal(s.b.sources[0].source, "South Korea");
	assert_true(s.b.sources[0].value == 11000);
	story_close(&s);
}

/* The demo's Ukraine: one figure in three articles, one of which names
 * an outlet. The sources table says 3 articles from 1 outlet, as the
 * counts line does, never "3 outlets". */
static void
should_count_no_outlet_where_an_article_names_none(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "GZERO Media", "2024-10-25", "Ukraine",
		  "troops_deployed", QUAL_APPROX, 12000, N, N, false },
		{ "b", NULL, "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "c", NULL, "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	assert_int_equal(s.b.nsources, 1);
	assert_int_equal(s.b.sources[0].articles, 3);
	assert_int_equal(s.b.sources[0].outlets, 1);
	assert_says(s.b.counts, "in 3 articles from 1 outlet (2 of the 3 "
	    "name no outlet)");
	story_close(&s);
}


/* The matrix says when a bound and a figure cannot both be true: NATO's
 * "fewer than 4,000" against the United States' 9,700–13,000 has no
 * ratio (a bound is no estimate) but is a clash, "≠", named in the
 * legend; never "–", which reads as "nothing to say". The bound that
 * fits Ukraine's 3,500 is "fits". */
static void
should_mark_a_bound_that_contradicts_a_figure_in_the_matrix(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2025-06-26", "United States", "troops_deployed",
		  QUAL_RANGE, 11350, 9700, 13000, false },
		{ "b", "X", "2025-06-27", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 3500, N, N, false },
		{ "c", "X", "2025-06-28", "NATO", "troops_deployed",
		  QUAL_LESS_THAN, 4000, N, 4000, false },
	};
	struct present_opts po;
	struct story s;
	struct chartset cs;
	char text[320];
	size_t i, j, nato = NO_INDEX, us = NO_INDEX, ua = NO_INDEX;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2025-06-30", PERIOD_WEEK, 90);
	memset(&po, 0, sizeof(po));
	po.title = s.tr->name;
	po.family = tracker_measure_name(s.tr, s.tr->qdefault);
	chartset_init(&cs);
	present_charts(s.sum, &po, present_main_measure(s.sum, &po), &cs);
	assert_int_equal(cs.mn, 3);
	for (i = 0; i < cs.mn; i++) {
		if (strcmp(cs.mnames[i], "NATO") == 0)
			nato = i;
		if (strcmp(cs.mnames[i], "United States") == 0)
			us = i;
		if (strcmp(cs.mnames[i], "Ukraine") == 0)
			ua = i;
	}
	assert_true(nato != NO_INDEX && us != NO_INDEX && ua != NO_INDEX);
	for (i = 0; i < 2; i++) {
		j = i ? us : nato;
		assert_string_equal(matrix_cell_text(&cs, j, i ? nato : us,
		    text, sizeof(text)), "≠");
	}
	assert_string_equal(matrix_cell_text(&cs, nato, ua, text,
	    sizeof(text)), "fits");
	assert_says(matrix_legend(&cs, cs.mn, text, sizeof(text)),
	    "\"≠\": a bound and a figure outside it, which cannot both be "
	    "true");
	chartset_release(&cs);
	story_close(&s);
}


/* A vague figure is a bound: "thousands" (at least 2,000) and about
 * 12,000 are compatible, never said to agree. */
static void
should_call_a_vague_figure_compatible_not_agreeing(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "X", "2024-10-26", "United States", "troops_deployed",
		  QUAL_VAGUE, N, 2000, N, false },
	};
	struct story s;
	size_t i, seen = 0;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	for (i = 0; i < s.b.nfindings; i++) {
		print_message("  %s\n", s.b.findings[i]);
		assert_never_says(s.b.findings[i], " agree.");
		if (strstr(s.b.findings[i], "are compatible: a bound does "
		    "not contradict a figure inside it.") != NULL)
			seen++;
	}
	assert_int_equal(seen, 1);
	story_close(&s);
}


/* NATO has two positions, one for Kursk: the headline names which is
 * which, or "NATO's “fewer than 4,000”" beside "NATO's “13,000”" reads
 * as NATO contradicting itself. One position per source (the demo)
 * stays unlabelled. */
static void
should_tell_a_sources_positions_apart_in_the_headline(void **state)
{
	static const struct hclaim kursk = { "a", "X", "2025-06-26", "NATO",
	    "troops_deployed", QUAL_EXACT, 13000, N, N, false };
	static const struct hclaim v[] = {
		{ "b", "X", "2025-06-28", "NATO", "troops_arrived",
		  QUAL_LESS_THAN, 4000, N, 4000, false },
		{ "c", "X", "2025-06-27", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "d", "X", "2025-06-20", "Russia", "troops_deployed",
		  QUAL_APPROX, 3000, N, N, false },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	put_at(s.st, &kursk, "Kursk");
	story_brief(&s, "2025-06-30", PERIOD_WEEK, 90);
	print_message("  %s\n", s.headline);
	assert_says(s.headline, "NATO's “fewer than 4,000” (arrived");
	assert_says(s.headline, "13,000 (NATO, deployed, in Kursk");
	assert_never_says(s.headline, "(Ukraine, ");
	story_close(&s);
}


/* Three bounds beside the estimates: two are weighed in the headline,
 * the third counted, never dropped without a word. */
static void
should_count_the_bounds_the_headline_leaves_to_the_findings(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "X", "2024-10-26", "South Korea", "troops_deployed",
		  QUAL_APPROX, 10000, N, N, false },
		{ "c", "X", "2024-10-27", "United States", "troops_arrived",
		  QUAL_AT_LEAST, 3000, 3000, N, false },
		{ "d", "X", "2024-10-28", "NATO", "troops_arrived",
		  QUAL_UP_TO, 40000, N, 40000, false },
		{ "e", "X", "2024-10-27", "UK", "troops_arrived",
		  QUAL_MORE_THAN, 2000, 2000, N, false },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	print_message("  %s\n", s.headline);
	assert_says(s.headline, "; 1 more bound, weighed in the findings.");
	/* "the UK's", as "the United States'" */
	assert_says(s.headline, "the UK's “more than 2,000”");
	story_close(&s);
}

/* The troop figures of sources a..d, each in its own article this week:
 * one of them is "2", a count of captured soldiers read as troops sent. */
static const struct hclaim misread[] = {
	{ "a", "X", "2025-01-13", "Lee", "troops_deployed", QUAL_EXACT, 2,
	  N, N, false },
	{ "b", "Y", "2025-01-12", "Russia", "troops_deployed", QUAL_EXACT,
	  11000, N, N, false },
	{ "c", "Z", "2025-01-11", "Ukraine", "troops_deployed", QUAL_APPROX,
	  12000, N, N, false },
	{ "d", "W", "2025-01-10", "South Korea", "troops_deployed",
	  QUAL_APPROX, 10000, N, N, false },
};

/* The troop measure's position of source, or fail. */
static const struct sum_position *
troop_position(const struct story *s, const char *source)
{
	const struct sum_measure *m = &s->sum->measures[0];
	size_t i;

	for (i = 0; i < m->npos; i++)
		if (strcmp(s->sum->rows[m->pos[i].row].source, source) == 0)
			return &m->pos[i];
	fail_msg("no position of %s", source);
	return NULL;
}

/* Does some finding of the briefing say the words? */
static bool
findings_say(const struct briefing *b, const char *words)
{
	size_t i;

	for (i = 0; i < b->nfindings; i++)
		if (strstr(b->findings[i], words) != NULL)
			return true;
	return false;
}

/* One figure orders of magnitude off three others leaves the range, the
 * spread, the median and the matrix, and the headline says why. */
static void
should_leave_a_figure_far_from_every_other_out_of_the_range(void **state)
{
	struct present_opts po;
	struct chartset cs;
	const struct sum_measure *m;
	char note[512];
	size_t i;
	struct story s;

	(void)state;
	story_open(&s, misread, NELEM(misread), NULL);
	story_brief(&s, "2025-01-15", PERIOD_MONTH, 90);
	m = &s.sum->measures[0];
	assert_string_equal(m->family, "troops");
	assert_int_equal(m->outliers, 1);
	assert_true(troop_position(&s, "Lee")->outlier);
	assert_false(troop_position(&s, "Lee")->counted);
	assert_false(troop_position(&s, "Russia")->outlier);
	assert_true(m->pos[m->lowest].value == 10000);
	assert_true(m->pos[m->highest].value == 12000);
	assert_true(m->median == 11000);
	assert_true(fabs(m->ratio - 1.2) < 1e-9);
	assert_says(s.headline, "between about 10,000 (South Korea) and "
	    "about 12,000 (Ukraine), a 1.2× spread; Lee's “2” is far from "
	    "every other figure (median 11,000) and is left out of the "
	    "range; check its sentence");
	assert_never_says(s.headline, "2 (Lee)");
	assert_never_says(s.headline, "6000");
	assert_true(findings_say(&s.b, "2 (Lee, deployed, 13 Jan) is an outlier: "
	    "more than 20 times below the median"));
	/* the range chart draws it apart and says why; the matrix leaves
	 * it out */
	memset(&po, 0, sizeof(po));
	po.title = s.tr->name;
	po.family = tracker_measure_name(s.tr, s.tr->qdefault);
	chartset_init(&cs);
	present_charts(s.sum, &po, m, &cs);
	assert_int_equal(cs.mn, 3);
	for (i = 0; i < cs.mn; i++)
		assert_string_not_equal(cs.mnames[i], "Lee");
	for (i = 0; i < cs.nranges; i++)
		assert_int_equal(cs.ranges[i].flags,
		    strcmp(cs.ranges[i].source, "Lee") == 0 ? RANGE_OUTLIER :
		    0u);
	assert_says(chart_range_note(&cs, cs.nranges, cs.nranges, note,
	    sizeof(note)), "grey, hollow: outlier (over 20× off the others' "
	    "median) figures: out of the range");
	chartset_release(&cs);
	story_close(&s);
}

/* The sample story's 3,000 against 10,000 and 12,000 is a real fourfold
 * disagreement, not an outlier; with two sources nothing is one. */
static void
should_keep_a_real_disagreement_and_a_pair_in_the_range(void **state)
{
	static const struct hclaim four[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "b", "Y", "2024-10-26", "South Korea", "troops_deployed",
		  QUAL_APPROX, 10000, N, N, false },
		{ "c", "Z", "2024-10-27", "United States", "troops_deployed",
		  QUAL_APPROX, 3000, N, N, false },
	};
	static const struct hclaim pair[] = {
		{ "a", "X", "2025-01-13", "Lee", "troops_deployed",
		  QUAL_EXACT, 2, N, N, false },
		{ "c", "Z", "2025-01-11", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
	};
	struct story s;

	(void)state;
	story_open(&s, four, NELEM(four), NULL);
	story_brief(&s, "2024-10-31", PERIOD_WEEK, 90);
	assert_int_equal(s.sum->measures[0].outliers, 0);
	assert_says(s.headline, "between about 3,000 (United States) and "
	    "about 12,000 (Ukraine), a 4.0× spread");
	assert_never_says(s.headline, "far from");
	story_close(&s);
	story_open(&s, pair, NELEM(pair), NULL);
	story_brief(&s, "2025-01-15", PERIOD_MONTH, 90);
	assert_int_equal(s.sum->measures[0].outliers, 0);
	assert_says(s.headline, "between 2 (Lee) and about 12,000 (Ukraine)");
	story_close(&s);
}

/* "At least 3,000" fits any larger count: never an outlier, however far
 * below the figures; "up to 5" cannot hold beside them and is one. */
static void
should_weigh_a_bound_by_what_it_allows(void **state)
{
	static const struct hclaim v[] = {
		{ "a", "X", "2025-01-12", "Russia", "troops_deployed",
		  QUAL_EXACT, 11000, N, N, false },
		{ "b", "Y", "2025-01-11", "Ukraine", "troops_deployed",
		  QUAL_APPROX, 12000, N, N, false },
		{ "c", "Z", "2025-01-10", "South Korea", "troops_deployed",
		  QUAL_APPROX, 10000, N, N, false },
		{ "d", "W", "2025-01-09", "United States", "troops_arrived",
		  QUAL_AT_LEAST, 3000, 3000, N, false },
		{ "e", "V", "2025-01-08", "NATO", "troops_deployed",
		  QUAL_UP_TO, 5, N, 5, false },
	};
	struct story s;

	(void)state;
	story_open(&s, v, NELEM(v), NULL);
	story_brief(&s, "2025-01-15", PERIOD_MONTH, 90);
	assert_false(troop_position(&s, "United States")->outlier);
	assert_true(troop_position(&s, "United States")->counted);
	assert_true(troop_position(&s, "NATO")->outlier);
	assert_int_equal(s.sum->measures[0].outliers, 1);
	assert_says(s.headline, "the United States' “at least 3,000” is "
	    "compatible with all of them");
	assert_says(s.headline, "NATO's “up to 5” is far from every other "
	    "figure");
	story_close(&s);
}

/* --outlier-factor 0: nothing is set apart, the misread sets the range
 * again, as asked. */
static void
should_set_nothing_apart_when_the_factor_is_zero(void **state)
{
	struct story s;

	(void)state;
	story_outlier_factor = 0;
	story_open(&s, misread, NELEM(misread), NULL);
	story_brief(&s, "2025-01-15", PERIOD_MONTH, 90);
	story_outlier_factor = OUTLIER_FACTOR_DEFAULT;
	assert_int_equal(s.sum->measures[0].outliers, 0);
	assert_false(troop_position(&s, "Lee")->outlier);
	assert_says(s.headline, "between 2 (Lee) and about 12,000 (Ukraine)");
	assert_never_says(s.headline, "far from");
	story_close(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_lead_with_the_months_new_figure_and_list_old_ones_as_stale),
		cmocka_unit_test(
		    should_compare_only_the_quantities_of_one_measure),
		cmocka_unit_test(should_keep_projections_apart_from_the_range),
		cmocka_unit_test(should_describe_bounds_as_bounds),
		cmocka_unit_test(
		    should_name_what_is_counted_and_label_the_periods_counts),
		cmocka_unit_test(
		    should_give_every_bundled_trackers_headline_a_noun_phrase),
		cmocka_unit_test(should_keep_a_crowded_headline_whole_and_short),
		cmocka_unit_test(should_start_every_change_sentence_with_a_capital),
		cmocka_unit_test(should_call_nothing_new_when_the_period_is_all),
		cmocka_unit_test(should_not_size_a_change_from_or_to_a_bound),
		cmocka_unit_test(should_list_the_headline_measures_sources_first),
		cmocka_unit_test(
		    should_count_no_outlet_where_an_article_names_none),
		cmocka_unit_test(
		    should_mark_a_bound_that_contradicts_a_figure_in_the_matrix),
		cmocka_unit_test(
		    should_call_a_vague_figure_compatible_not_agreeing),
		cmocka_unit_test(
		    should_tell_a_sources_positions_apart_in_the_headline),
		cmocka_unit_test(
		    should_count_the_bounds_the_headline_leaves_to_the_findings),
		cmocka_unit_test(
		    should_leave_a_figure_far_from_every_other_out_of_the_range),
		cmocka_unit_test(
		    should_keep_a_real_disagreement_and_a_pair_in_the_range),
		cmocka_unit_test(should_weigh_a_bound_by_what_it_allows),
		cmocka_unit_test(
		    should_set_nothing_apart_when_the_factor_is_zero),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
