/*
 * test_present.c - the briefing made from stored claims: its changes come
 * most newsworthy first (revisions, new, unchanged, silent), and each
 * appendix claim says which sources row and which change it stands
 * behind, so a writer showing the first rows can list just their claims;
 * the timeline shows the recent history of the period and says so.
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
#include "aggregate.h"
#include "export.h"
#include "briefing.h"
#include "present.h"
#include "chart.h"

/* Store one article doc, published on day, whose one troops_deployed
 * claim by source is as given. */
static void
put_claim(struct store *st, const char *doc, const char *day,
    const char *source, enum qualifier q, double value, double low,
    double high, const char *body)
{
	struct article a;
	struct claimset cs;
	struct claim *c;
	enum article_status status;
	int64_t rowid;

	article_init(&a);
	a.id = xstrdup(doc);
	a.outlet = xstrdup(doc);
	a.body = xstrdup(body);
	a.body_len = strlen(body);
	snprintf(a.published, sizeof(a.published), "%s", day);
	snprintf(a.hash, sizeof(a.hash), "%s-%s", doc, body);
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	claimset_init(&cs);
	c = claimset_add(&cs);
	c->value = value;
	c->low = low;
	c->high = high;
	c->qualifier = q;
	c->quantity = xstrdup("troops_deployed");
	c->source = xstrdup(source);
	c->sentence = xstrdup(body);
	c->modality = MODALITY_CURRENT;
	assert_int_equal(store_put_claims(st, rowid, 0, &cs), 0);
	claimset_release(&cs);
	article_release(&a);
}

/* An exact figure by source. */
static void
put(struct store *st, const char *doc, const char *day, const char *source,
    double value)
{
	char body[160];

	snprintf(body, sizeof(body), "%s says %.0f troops (%s).", source, value,
	    doc);
	put_claim(st, doc, day, source, QUAL_EXACT, value, value, value, body);
}

/* A range claim "between low and high" by source. */
static void
put_range(struct store *st, const char *doc, const char *day,
    const char *source, double low, double high)
{
	put_claim(st, doc, day, source, QUAL_RANGE, (low + high) / 2, low,
	    high, "Between 710 and 930 troops.");
}

struct fixture {
	struct store *st;
	struct summary *sum;
	int64_t	*cited;
	struct briefing b;
};

/*
 * The week 2024-10-25 to 2024-10-31: Warsaw revised down (its new figure
 * in two articles), Ukraine revised up (and an earlier figure in the
 * week, and one long before), Russia new, NATO unchanged, Seoul silent.
 */
static int
setup(void **state)
{
	struct summary_opts o = { 0, PERIOD_WEEK, BEST_LATEST,
	    STALE_AFTER_DEFAULT, NULL, 0, 0 };
	struct present_opts po = { "troops", "test", NULL, NULL };
	struct claim_scope scope = { "2024-10-25", "2024-10-31", NULL, 0,
	    false };
	struct fixture *f = xcalloc(1, sizeof(*f));

	f->st = store_open(":memory:", 1000);
	assert_non_null(f->st);
	put(f->st, "u0", "2024-10-10", "Ukraine", 10000);
	put(f->st, "u1", "2024-10-20", "Ukraine", 11000);
	put(f->st, "u2", "2024-10-26", "Ukraine", 11500);
	put(f->st, "u3", "2024-10-28", "Ukraine", 12000);
	put(f->st, "w1", "2024-10-19", "Warsaw", 9000);
	put(f->st, "w2", "2024-10-27", "Warsaw", 8000);
	put(f->st, "w3", "2024-10-27", "Warsaw", 8000);
	put(f->st, "r1", "2024-10-29", "Russia", 3000);
	put(f->st, "n1", "2024-10-15", "NATO", 5000);
	put(f->st, "n2", "2024-10-27", "NATO", 5000);
	put(f->st, "s1", "2024-10-18", "Seoul", 7000);
	assert_int_equal(date_parse("2024-10-31", &o.asof), 0);
	f->sum = summary_build(f->st, &o);
	assert_non_null(f->sum);
	scope.ncited = present_cited(f->sum, &f->cited);
	scope.cited = f->cited;
	briefing_init(&f->b);
	assert_int_equal(present_briefing(f->sum, &po, f->st, &scope,
	    &f->b), 0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	briefing_release(&f->b);
	free(f->cited);
	summary_free(f->sum);
	store_close(f->st);
	free(f);
	return 0;
}

/* Index of the sources row of source; fails when there is none. */
static size_t
source_index(const struct briefing *b, const char *source)
{
	size_t i;

	for (i = 0; i < b->nsources; i++)
		if (strcmp(b->sources[i].source, source) == 0)
			return i;
	fail_msg("no sources row for %s", source);
	return BRIEFING_NONE;
}

static size_t
change_index(const struct briefing *b, const char *source)
{
	size_t i;

	for (i = 0; i < b->nchanges; i++)
		if (strcmp(b->changes[i].source, source) == 0)
			return i;
	fail_msg("no change for %s", source);
	return BRIEFING_NONE;
}

/* The appendix claim whose sentence names doc; NULL when not listed. */
static const struct briefing_claim *
claim_of(const struct briefing *b, const char *doc)
{
	char want[16];
	size_t i;

	snprintf(want, sizeof(want), "(%s)", doc);
	for (i = 0; i < b->nappendix; i++)
		if (strstr(b->appendix[i].sentence, want) != NULL)
			return &b->appendix[i];
	return NULL;
}

static void
should_put_revisions_first_then_new_unchanged_and_silent(void **state)
{
	struct fixture *f = *state;
	static const char *const order[] = { "Warsaw", "Ukraine", "Russia",
		"NATO", "Seoul" };
	size_t i;

	assert_int_equal(f->b.nchanges, 5);
	/* Warsaw's figure was in more articles: first, as in the chart */
	for (i = 0; i < 5; i++)
		assert_string_equal(f->b.changes[i].source, order[i]);
	assert_non_null(strstr(f->b.changes[0].text, "revised down"));
	assert_non_null(strstr(f->b.changes[1].text, "revised up"));
	assert_non_null(strstr(f->b.changes[2].text, "new this period"));
	assert_non_null(strstr(f->b.changes[3].text, "unchanged"));
	assert_non_null(strstr(f->b.changes[4].text, "silent"));
}

static void
should_mark_the_latest_claim_behind_the_row_and_its_change(void **state)
{
	struct fixture *f = *state;
	const struct briefing_claim *c;

	c = claim_of(&f->b, "u3");
	assert_non_null(c);
	assert_int_equal(c->backs_source, source_index(&f->b, "Ukraine"));
	assert_int_equal(c->backs_change, change_index(&f->b, "Ukraine"));
	/* both articles of Warsaw's new figure */
	c = claim_of(&f->b, "w2");
	assert_non_null(c);
	assert_int_equal(c->backs_source, source_index(&f->b, "Warsaw"));
	assert_int_equal(c->backs_change, 0);
	c = claim_of(&f->b, "w3");
	assert_non_null(c);
	assert_int_equal(c->backs_change, 0);
	/* a silent source's last figure, from before the period */
	c = claim_of(&f->b, "s1");
	assert_non_null(c);
	assert_int_equal(c->backs_source, source_index(&f->b, "Seoul"));
	assert_int_equal(c->backs_change, change_index(&f->b, "Seoul"));
}

static void
should_mark_the_previous_figure_behind_the_change_only(void **state)
{
	struct fixture *f = *state;
	const struct briefing_claim *c = claim_of(&f->b, "u1");

	assert_non_null(c);
	assert_int_equal(c->backs_source, BRIEFING_NONE);
	assert_int_equal(c->backs_change, change_index(&f->b, "Ukraine"));
}

static void
should_mark_other_claims_of_the_period_behind_nothing(void **state)
{
	struct fixture *f = *state;
	const struct briefing_claim *c = claim_of(&f->b, "u2");

	assert_non_null(c);
	assert_int_equal(c->backs_source, BRIEFING_NONE);
	assert_int_equal(c->backs_change, BRIEFING_NONE);
	/* a figure older than the one the change compares with is not in
	 * the briefing at all */
	assert_null(claim_of(&f->b, "u0"));
}

static void
should_show_the_timeline_over_the_recent_history_of_the_period(void **state)
{
	struct fixture *f = *state;
	struct present_opts po = { "troops", "test", NULL, NULL };
	struct chartset cs;
	long asof;
	char sub[256];

	assert_int_equal(date_parse("2024-10-31", &asof), 0);
	chartset_init(&cs);
	present_charts(f->sum, &po, present_main_measure(f->sum, &po), &cs);
	assert_true(cs.has_window);
	assert_int_equal(cs.window_start, asof - 90);
	assert_string_equal(cs.window, "last 13 weeks");
	assert_string_equal(chart_subtitle(&cs, CHART_TIMELINE, sub,
	    sizeof(sub)), "week 2024-10-25 to 2024-10-31 · as of 2024-10-31 · "
	    "last 13 weeks");
	assert_null(strstr(chart_subtitle(&cs, CHART_RANGE, sub, sizeof(sub)),
	    "weeks"));
	chartset_release(&cs);
	/* whole periods ending at asof; all periods show everything */
	assert_int_equal(period_history_start(PERIOD_DAY, asof), asof - 29);
	assert_string_equal(period_history_name(PERIOD_DAY), "last 30 days");
	assert_int_equal(period_history_start(PERIOD_MONTH, asof), asof - 359);
	assert_string_equal(period_history_name(PERIOD_MONTH),
	    "last 12 months");
	assert_true(period_history_start(PERIOD_ALL, asof) ==
	    PERIOD_BEGINNING);
}

/* A range at an end of the headline reads "710–930", never "between
 * between 710 and 930". */
static void
should_name_a_range_in_the_headline_once(void **state)
{
	struct summary_opts o = { 0, PERIOD_WEEK, BEST_LATEST,
	    STALE_AFTER_DEFAULT, NULL, 0, 0 };
	struct present_opts po = { "troops", "test", NULL, NULL };
	struct store *st = store_open(":memory:", 1000);
	struct summary *sum;
	char line[512];

	(void)state;
	assert_non_null(st);
	put_range(st, "r1", "2024-10-29", "Russia", 710, 930);
	put(st, "u1", "2024-10-28", "Ukraine", 12000);
	assert_int_equal(date_parse("2024-10-31", &o.asof), 0);
	assert_non_null(sum = summary_build(st, &o));
	present_headline(sum, &po, line, sizeof(line));
	assert_null(strstr(line, "between between"));
	assert_non_null(strstr(line, "between 710–930 (Russia) and 12,000 "
	    "(Ukraine)"));
	summary_free(sum);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_name_a_range_in_the_headline_once),
		cmocka_unit_test(
		    should_put_revisions_first_then_new_unchanged_and_silent),
		cmocka_unit_test(
		    should_mark_the_latest_claim_behind_the_row_and_its_change),
		cmocka_unit_test(
		    should_mark_the_previous_figure_behind_the_change_only),
		cmocka_unit_test(
		    should_mark_other_claims_of_the_period_behind_nothing),
		cmocka_unit_test(
		    should_show_the_timeline_over_the_recent_history_of_the_period),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
