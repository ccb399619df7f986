/*
 * test_present_changes.c - the change sentences speak of positions, not
 * rows: one sentence per source and measure, comparing the source's
 * figure now with its figure when the previous period ended, whichever
 * of the measure's quantities each was in; a source's older rows in the
 * measure are its history and get no sentence. The changes chart and
 * summary.json's positions say the same.
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
#include "briefing.h"
#include "present.h"
#include "chart.h"

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* The demo tracker's troops measure: three quantities, one measure. */
static const struct quantity_measure measures[] = {
	{ "troops_deployed", "troops", "North Korean troops in Russia", NULL },
	{ "troops_arrived", "troops", "North Korean troops in Russia", NULL },
	{ "troops_training", "troops", "North Korean troops in Russia", NULL },
};

/* Store article doc, published on day, with one claim of quantity q. */
static void
put(struct store *st, const char *doc, const char *day, const char *source,
    const char *q, enum qualifier qual, double value)
{
	struct article a;
	struct claimset cs;
	struct claim *c;
	enum article_status status;
	int64_t rowid;
	char body[160];

	snprintf(body, sizeof(body), "%s says %.0f troops (%s).", source,
	    isnan(value) ? 0 : value, doc);
	article_init(&a);
	a.id = xstrdup(doc);
	a.outlet = xstrdup(doc);
	a.body = xstrdup(body);
	a.body_len = strlen(body);
	snprintf(a.published, sizeof(a.published), "%s", day);
	snprintf(a.hash, sizeof(a.hash), "%s", doc);
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	claimset_init(&cs);
	c = claimset_add(&cs);
	c->value = value;
	c->low = qual == QUAL_AT_LEAST ? value : NAN;
	c->high = NAN;
	c->qualifier = qual;
	c->quantity = xstrdup(q);
	c->source = xstrdup(source);
	c->sentence = xstrdup(body);
	c->modality = MODALITY_CURRENT;
	assert_int_equal(store_put_claims(st, rowid, 0, &cs), 0);
	claimset_release(&cs);
	article_release(&a);
}

struct fixture {
	struct store *st;
	struct summary *sum;
	int64_t	*cited;
	struct briefing b;
};

/*
 * The week 2024-10-25 to 2024-10-31. Ukraine said about 10,000 deployed
 * before it and about 12,000 arrived in it: one revision up. The United
 * States gave an unspecified number deployed and at least 3,000 arrived
 * on one day: one new figure, at least 3,000. NATO said 5,000 in
 * training, then 5,000 deployed: unchanged. Seoul said 7,000 deployed
 * before the week only: silent.
 */
static int
setup(void **state)
{
	struct summary_opts o = { 0, PERIOD_WEEK, BEST_LATEST,
	    STALE_AFTER_DEFAULT, measures, NELEM(measures), 0 };
	struct present_opts po = { "North Korean troops in Russia", "test",
	    "troops", "North Korean" };
	struct claim_scope scope = { "2024-10-25", "2024-10-31", NULL, 0,
	    false };
	struct fixture *f = xcalloc(1, sizeof(*f));

	f->st = store_open(":memory:", 1000);
	assert_non_null(f->st);
	put(f->st, "u1", "2024-10-10", "Ukraine", "troops_deployed",
	    QUAL_APPROX, 10000);
	put(f->st, "u2", "2024-10-28", "Ukraine", "troops_arrived",
	    QUAL_APPROX, 12000);
	put(f->st, "us1", "2024-10-26", "United States", "troops_deployed",
	    QUAL_VAGUE, NAN);
	put(f->st, "us2", "2024-10-26", "United States", "troops_arrived",
	    QUAL_AT_LEAST, 3000);
	put(f->st, "n1", "2024-10-15", "NATO", "troops_training",
	    QUAL_EXACT, 5000);
	put(f->st, "n2", "2024-10-27", "NATO", "troops_deployed",
	    QUAL_EXACT, 5000);
	put(f->st, "s1", "2024-10-18", "Seoul", "troops_deployed",
	    QUAL_EXACT, 7000);
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

static void
should_give_one_sentence_per_source_and_measure(void **state)
{
	struct fixture *f = *state;
	static const char *const want[] = {
		"Ukraine on North Korean troops in Russia: revised up from "
		    "about 10,000 (deployed) to about 12,000 (arrived) "
		    "(+2,000, +20%).",
		"United States on North Korean troops in Russia: new this "
		    "period, at least 3,000 on 2024-10-26.",
		"NATO on North Korean troops in Russia: unchanged at 5,000.",
		"Seoul on North Korean troops in Russia: silent this period; "
		    "last said 7,000 on 2024-10-18.",
	};
	size_t i;

	/* four sources, four positions: no sentence for a history row
	 * ("United States (deployed): new this period, an unspecified
	 * number", "Ukraine (deployed): silent") */
	for (i = 0; i < f->b.nchanges; i++)
		print_message("  %s\n", f->b.changes[i].text);
	assert_int_equal(f->b.nchanges, NELEM(want));
	for (i = 0; i < NELEM(want); i++)
		assert_string_equal(f->b.changes[i].text, want[i]);
	assert_true(f->b.changes[0].previous == 10000);
	assert_true(f->b.changes[0].current == 12000);
}

/* The changes chart has the same rows: Ukraine up from 10,000 to 12,000,
 * the United States new at "≥3,000", never a vague row beside it. */
static void
should_draw_the_changes_chart_per_position(void **state)
{
	struct fixture *f = *state;
	struct present_opts po = { "North Korean troops in Russia", "test",
	    "troops", "North Korean" };
	struct chartset cs;
	size_t i, up = 0, us = 0;

	chartset_init(&cs);
	present_charts(f->sum, &po, present_main_measure(f->sum, &po), &cs);
	assert_int_equal(cs.nchanges, 4);
	for (i = 0; i < cs.nchanges; i++) {
		if (strcmp(cs.changes[i].source, "Ukraine") == 0) {
			up++;
			assert_int_equal(cs.changes[i].status,
			    CHART_CHANGE_UP);
			assert_true(cs.changes[i].prev == 10000);
			assert_true(cs.changes[i].cur == 12000);
		}
		if (strcmp(cs.changes[i].source, "United States") == 0) {
			us++;
			assert_int_equal(cs.changes[i].status,
			    CHART_CHANGE_NEW);
			assert_int_equal(cs.changes[i].cur_qual,
			    QUAL_AT_LEAST);
		}
		if (strcmp(cs.changes[i].source, "NATO") == 0)
			assert_int_equal(cs.changes[i].status,
			    CHART_CHANGE_UNCHANGED);
	}
	assert_int_equal(up, 1);
	assert_int_equal(us, 1);
	chartset_release(&cs);
}

/* summary.json keeps the rows' own changes (history) and gives each
 * position its change over the measure's quantities. */
static void
should_give_each_position_its_change_in_json(void **state)
{
	struct fixture *f = *state;
	json_t *doc = summary_to_json(f->sum), *pos, *p, *ch;
	size_t i, seen = 0;

	pos = json_object_get(json_array_get(json_object_get(doc, "measures"),
	    0), "positions");
	assert_int_equal(json_array_size(pos), 4);
	json_array_foreach(pos, i, p) {
		ch = json_object_get(p, "change");
		assert_non_null(ch);
		if (strcmp(json_string_value(json_object_get(p, "source")),
		    "Ukraine") != 0)
			continue;
		seen++;
		assert_string_equal(json_string_value(json_object_get(ch,
		    "kind")), "revised_up");
		assert_int_equal(json_integer_value(json_object_get(ch,
		    "previous")), 10000);
		assert_string_equal(json_string_value(json_object_get(ch,
		    "previous_quantity")), "troops_deployed");
		assert_string_equal(json_string_value(json_object_get(ch,
		    "current_quantity")), "troops_arrived");
		assert_string_equal(json_string_value(json_object_get(ch,
		    "current_qualifier")), "approx");
	}
	assert_int_equal(seen, 1);
	/* the row troops_deployed of Ukraine keeps its own: silent */
	json_array_foreach(json_object_get(doc, "rows"), i, p)
		if (strcmp(json_string_value(json_object_get(p, "source")),
		    "Ukraine") == 0 && strcmp(json_string_value(
		    json_object_get(p, "quantity")), "troops_deployed") == 0)
			assert_string_equal(json_string_value(json_object_get(
			    json_object_get(p, "change"), "kind")), "silent");
	json_decref(doc);
}

/* The claim Ukraine's change compares with, from another quantity,
 * stands behind that change in the appendix. */
static void
should_back_the_change_with_the_previous_figure_of_another_quantity(
    void **state)
{
	struct fixture *f = *state;
	size_t i, found = 0;

	for (i = 0; i < f->b.nappendix; i++)
		if (strstr(f->b.appendix[i].sentence, "(u1)") != NULL) {
			found++;
			assert_int_equal(f->b.appendix[i].backs_change, 0);
			assert_int_equal(f->b.appendix[i].backs_source,
			    BRIEFING_NONE);
		}
	assert_int_equal(found, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    should_give_one_sentence_per_source_and_measure,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    should_draw_the_changes_chart_per_position,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    should_give_each_position_its_change_in_json,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    should_back_the_change_with_the_previous_figure_of_another_quantity,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
