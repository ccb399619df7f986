/*
 * test_aggregate_store.c - the summary over claims stored through the
 * store's own ingest API: only the newest version of an article counts,
 * claims after the as-of date wait, and the summary's two reads of the
 * claims (store_claims_upto(); CLAIMTRACK_SUMMARY_VIEW) agree.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "store.h"
#include "aggregate.h"

/* Store one article (doc, body) with one approx troops_deployed claim. */
static void
put(struct store *st, const char *doc, const char *body, double value)
{
	struct article a;
	struct claimset cs;
	struct claim *c;
	enum article_status status;
	int64_t rowid;

	article_init(&a);
	a.id = xstrdup(doc);
	a.outlet = xstrdup("");
	a.body = xstrdup(body);
	a.body_len = strlen(body);
	strcpy(a.published, "2024-10-25");
	/* any stable, distinct hash will do for the store */
	snprintf(a.hash, sizeof(a.hash), "%s-%zu-%s", doc, a.body_len, body);
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	claimset_init(&cs);
	c = claimset_add(&cs);
	c->value = value;
	c->qualifier = QUAL_APPROX;
	c->quantity = xstrdup("troops_deployed");
	c->source = xstrdup("Ukraine");
	c->sentence = xstrdup(body);
	c->modality = MODALITY_CURRENT;
	assert_int_equal(store_put_claims(st, rowid, 0, &cs), 0);
	claimset_release(&cs);
	article_release(&a);
}

/* One claim of put_one(): who says what, when. */
struct said {
	const char *source;
	double	 value;
	const char *claim_date;	/* NULL: the article does not say */
};

/*
 * Store one article (doc, published, outlet) with its claims, all
 * approx troops_deployed: a new version when doc was stored before.
 */
static void
put_one(struct store *st, const char *doc, const char *published,
    const char *outlet, const struct said *said, size_t n)
{
	struct article a;
	struct claimset cs;
	struct claim *c;
	enum article_status status;
	int64_t rowid;
	char body[256];
	size_t i;

	snprintf(body, sizeof(body), "%s %s %zu %g", doc, published, n,
	    n > 0 ? said[0].value : 0.0);
	article_init(&a);
	a.id = xstrdup(doc);
	a.outlet = outlet != NULL ? xstrdup(outlet) : NULL;
	a.body = xstrdup(body);
	a.body_len = strlen(body);
	snprintf(a.published, sizeof(a.published), "%s", published);
	snprintf(a.hash, sizeof(a.hash), "%.64s", body);	/* a stand-in hash */
	assert_int_equal(store_put_article(st, 0, &a, &status, &rowid), 0);
	claimset_init(&cs);
	for (i = 0; i < n; i++) {
		c = claimset_add(&cs);
		c->value = said[i].value;
		c->qualifier = QUAL_APPROX;
		c->quantity = xstrdup("troops_deployed");
		c->source = xstrdup(said[i].source);
		c->sentence = xstrdup(body);
		c->modality = MODALITY_CURRENT;
		if (said[i].claim_date != NULL)
			snprintf(c->claim_date, sizeof(c->claim_date), "%s",
			    said[i].claim_date);
	}
	assert_int_equal(store_put_claims(st, rowid, 0, &cs), 0);
	claimset_release(&cs);
	article_release(&a);
}

/* The summary of st for a week to asof, read the new way or the view's. */
static struct summary *
summary_at(struct store *st, const char *asof, enum best_rule best,
    bool view)
{
	struct summary_opts o = { 0, PERIOD_WEEK, best,
	    STALE_AFTER_DEFAULT, NULL, 0, OUTLIER_FACTOR_DEFAULT };
	struct summary *s;

	assert_int_equal(date_parse(asof, &o.asof), 0);
	if (view)
		setenv("CLAIMTRACK_SUMMARY_VIEW", "1", 1);
	s = summary_build(st, &o);
	unsetenv("CLAIMTRACK_SUMMARY_VIEW");
	assert_non_null(s);
	return s;
}

/* Row of source, the only quantity stored; fails when there is none. */
static const struct sum_row *
row_of(const struct summary *s, const char *source)
{
	size_t i;

	for (i = 0; i < s->nrows; i++)
		if (strcmp(s->rows[i].source, source) == 0)
			return &s->rows[i];
	fail_msg("no row of %s", source);
	return NULL;
}

/* Both reads give the same claims, events, rows and totals. */
static void
assert_same_summary(const struct summary *a, const struct summary *b)
{
	size_t i;

	assert_int_equal(a->nclaims, b->nclaims);
	for (i = 0; i < a->nclaims; i++) {
		assert_int_equal(a->claims[i].id, b->claims[i].id);
		assert_int_equal(a->claims[i].row, b->claims[i].row);
		assert_int_equal(a->claims[i].day, b->claims[i].day);
		assert_string_equal(a->articles[a->claims[i].article].doc,
		    b->articles[b->claims[i].article].doc);
	}
	assert_int_equal(a->nevents, b->nevents);
	for (i = 0; i < a->nevents; i++) {
		assert_int_equal(a->events[i].articles, b->events[i].articles);
		assert_int_equal(a->events[i].outlets, b->events[i].outlets);
	}
	assert_int_equal(a->nrows, b->nrows);
	for (i = 0; i < a->nrows; i++) {
		assert_string_equal(a->rows[i].source, b->rows[i].source);
		assert_int_equal(a->rows[i].all.events, b->rows[i].all.events);
		assert_int_equal(a->rows[i].all.outlets, b->rows[i].all.outlets);
		assert_true(a->rows[i].all.best == b->rows[i].all.best ||
		    (isnan(a->rows[i].all.best) && isnan(b->rows[i].all.best)));
	}
	assert_memory_equal(&a->totals, &b->totals, sizeof(a->totals));
}

/*
 * A row whose newest claim is dated after the as-of date, and another
 * whose newest claim is in an article published after it: the briefing
 * of that date stands on their earlier figures, as if the later ones
 * were not yet said. Stored in an order unlike the docs' (z.. first), so
 * the claims reach the summary in another order through each read.
 */
static void
should_leave_out_claims_dated_after_asof(void **state)
{
	struct store *st = store_open(":memory:", 1000);
	const struct said kyiv_old[] = { { "Ukraine", 11000, "2024-10-20" } };
	const struct said kyiv_new[] = { { "Ukraine", 12000, "2024-11-03" } };
	const struct said seoul_old[] = { { "South Korea", 10000, NULL } };
	const struct said seoul_new[] = { { "South Korea", 13000, NULL } };
	struct summary *s, *v;
	const struct sum_row *r;

	(void)state;
	assert_non_null(st);
	put_one(st, "z1", "2024-10-28", "Reuters", kyiv_old, 1);
	put_one(st, "y2", "2024-10-29", "AP", kyiv_new, 1);
	put_one(st, "b3", "2024-10-26", "Reuters", seoul_old, 1);
	put_one(st, "a4", "2024-11-02", "AP", seoul_new, 1);
	s = summary_at(st, "2024-10-31", BEST_LATEST, false);
	assert_int_equal(s->totals.claims, 2);
	assert_int_equal(s->totals.articles, 2);
	assert_int_equal(s->totals.named_outlets, 1);
	r = row_of(s, "Ukraine");
	assert_double_equal(r->all.best, 11000, 0);
	assert_double_equal(r->all.high, 11000, 0);
	r = row_of(s, "South Korea");
	assert_double_equal(r->all.best, 10000, 0);
	v = summary_at(st, "2024-10-31", BEST_LATEST, true);
	assert_same_summary(s, v);
	summary_free(s);
	summary_free(v);
	/* a week later both newer figures stand */
	s = summary_at(st, "2024-11-07", BEST_MEDIAN, false);
	assert_int_equal(s->totals.claims, 4);
	assert_int_equal(s->totals.named_outlets, 2);
	assert_double_equal(row_of(s, "Ukraine")->all.high, 12000, 0);
	v = summary_at(st, "2024-11-07", BEST_MEDIAN, true);
	assert_same_summary(s, v);
	summary_free(s);
	summary_free(v);
	store_close(st);
}

/*
 * A changed article stored again: the claims of its old version stop
 * counting, whatever their dates, though no claim row is deleted; and
 * when its new version was published after the as-of date, the article
 * does not count at all at that date (the view's rule: only the newest
 * version of a doc is current).
 */
static void
should_stop_counting_the_old_claims_of_a_changed_article(void **state)
{
	struct store *st = store_open(":memory:", 1000);
	const struct said v1[] = { { "Ukraine", 10000, "2024-10-20" },
	    { "NATO", 3000, "2024-10-21" } };
	const struct said v2[] = { { "Ukraine", 12000, "2024-10-27" } };
	const struct said other[] = { { "Ukraine", 12000, "2024-10-28" } };
	const struct said later[] = { { "NATO", 4000, "2024-10-22" } };
	struct summary *s, *v;
	size_t i;

	(void)state;
	assert_non_null(st);
	put_one(st, "m1", "2024-10-22", "Reuters", v1, 2);
	put_one(st, "c2", "2024-10-28", NULL, other, 1);
	put_one(st, "m1", "2024-10-28", "Reuters", v2, 1);
	put_one(st, "k3", "2024-10-23", "AP", later, 1);
	put_one(st, "k3", "2024-11-20", "AP", later, 1);
	s = summary_at(st, "2024-10-31", BEST_LATEST, false);
	/* m1's version 2 and c2; k3's newest version is not yet out */
	assert_int_equal(s->totals.claims, 2);
	assert_int_equal(s->totals.articles, 2);
	assert_int_equal(s->totals.named_outlets, 1);
	assert_int_equal(s->totals.no_outlet, 1);
	for (i = 0; i < s->nclaims; i++)
		assert_double_equal(s->claims[i].value, 12000, 0);
	assert_int_equal(s->nrows, 1);
	assert_int_equal(s->rows[0].all.events, 1);
	assert_int_equal(s->rows[0].all.articles, 2);
	assert_int_equal(s->rows[0].all.outlets, 2);
	v = summary_at(st, "2024-10-31", BEST_LATEST, true);
	assert_same_summary(s, v);
	summary_free(s);
	summary_free(v);
	s = summary_at(st, "2024-11-30", BEST_CONSERVATIVE, false);
	assert_int_equal(s->totals.claims, 3);
	assert_double_equal(row_of(s, "NATO")->all.best, 4000, 0);
	v = summary_at(st, "2024-11-30", BEST_CONSERVATIVE, true);
	assert_same_summary(s, v);
	summary_free(s);
	summary_free(v);
	store_close(st);
}

static void
should_count_only_the_newest_version_of_a_changed_article(void **state)
{
	struct store *st = store_open(":memory:", 1000);
	struct summary_opts o = { 0, PERIOD_WEEK, BEST_LATEST,
	    STALE_AFTER_DEFAULT, NULL, 0, 0 };
	struct summary *s;

	(void)state;
	assert_non_null(st);
	put(st, "a1", "Kyiv says 10,000.", 10000);
	put(st, "a1", "Kyiv says 12,000 (corrected).", 12000);
	put(st, "a2", "Ukraine: about 12,000.", 12000);
	assert_int_equal(date_parse("2024-10-31", &o.asof), 0);
	s = summary_build(st, &o);
	assert_non_null(s);
	assert_int_equal(s->totals.claims, 2);
	assert_int_equal(s->nevents, 1);
	assert_int_equal(s->events[0].articles, 2);
	/* both outlets empty: each article is its own outlet */
	assert_int_equal(s->events[0].outlets, 2);
	assert_double_equal(s->rows[0].period.best, 12000, 0);
	assert_null(s->articles[s->claims[0].article].outlet);
	summary_free(s);
	store_close(st);
}

/* The position of source in the only measure; fails when there is none. */
static const struct sum_position *
position_of(const struct summary *s, const char *source)
{
	const struct sum_measure *m;
	size_t i;

	assert_int_equal(s->nmeasures, 1);
	m = &s->measures[0];
	for (i = 0; i < m->npos; i++)
		if (strcmp(s->rows[m->pos[i].row].source, source) == 0)
			return &m->pos[i];
	fail_msg("no position of %s", source);
	return NULL;
}

/*
 * What a reader of the briefing sees of figures stated long before the
 * period, which a read of the period alone would lose: a source silent
 * for months still stands, listed as stale (out of the range) with its
 * old figure and "silent" against it; a source that spoke in the period
 * after months of silence is "up" against its figure of months ago, not
 * "new"; the archive's totals count every claim up to the as-of date;
 * and a figure from the week before the period is the previous one.
 * Both reads of the claims agree.
 */
static void
should_keep_standing_figures_from_long_before_the_period(void **state)
{
	struct store *st = store_open(":memory:", 1000);
	const struct said spring[] = { { "Ukraine", 10000, "2024-03-02" },
	    { "NATO", 8000, "2024-03-04" } };
	const struct said summer[] = { { "South Korea", 11000,
	    "2024-07-15" } };
	const struct said lastweek[] = { { "South Korea", 11500,
	    "2024-10-22" } };
	const struct said week[] = { { "NATO", 12000, "2024-10-29" },
	    { "South Korea", 11500, "2024-10-30" } };
	const struct sum_position *p;
	const struct sum_row *r;
	struct summary *s, *v;

	(void)state;
	assert_non_null(st);
	put_one(st, "w1", "2024-10-30", "AP", week, 2);
	put_one(st, "s1", "2024-03-05", "Reuters", spring, 2);
	put_one(st, "l1", "2024-10-23", "Reuters", lastweek, 1);
	put_one(st, "m1", "2024-07-16", NULL, summer, 1);
	s = summary_at(st, "2024-10-31", BEST_LATEST, false);
	assert_int_equal(s->totals.claims, 6);
	assert_int_equal(s->totals.articles, 4);
	assert_int_equal(s->totals.period_claims, 2);
	/* Ukraine: nothing since March, 243 days before as-of */
	p = position_of(s, "Ukraine");
	assert_true(p->stale);
	assert_false(p->counted);
	assert_false(p->in_period);
	assert_double_equal(p->value, 10000, 0);
	assert_int_equal(p->change.kind, CHANGE_SILENT);
	assert_double_equal(s->events[p->change.prev].value, 10000, 0);
	r = row_of(s, "Ukraine");
	assert_int_equal(r->change.kind, CHANGE_SILENT);
	assert_double_equal(r->all.best, 10000, 0);
	/* NATO: March's 8,000, then 12,000 in the period */
	p = position_of(s, "NATO");
	assert_false(p->stale);
	assert_true(p->counted);
	assert_int_equal(p->change.kind, CHANGE_UP);
	assert_double_equal(p->change.abs, 4000, 0);
	assert_int_equal(s->events[p->change.prev].day,
	    row_of(s, "NATO")->points[0].day);
	/* South Korea: the week before's figure is the previous one */
	p = position_of(s, "South Korea");
	assert_int_equal(p->change.kind, CHANGE_UNCHANGED);
	assert_double_equal(s->events[p->change.prev].value, 11500, 0);
	r = row_of(s, "South Korea");
	assert_int_equal(r->npoints, 3);
	assert_double_equal(r->all.low, 11000, 0);
	assert_int_equal(s->measures[0].stale, 1);
	assert_double_equal(s->measures[0].median, 11750, 0);
	v = summary_at(st, "2024-10-31", BEST_LATEST, true);
	assert_same_summary(s, v);
	summary_free(s);
	summary_free(v);
	store_close(st);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_only_the_newest_version_of_a_changed_article),
		cmocka_unit_test(should_leave_out_claims_dated_after_asof),
		cmocka_unit_test(should_stop_counting_the_old_claims_of_a_changed_article),
		cmocka_unit_test(should_keep_standing_figures_from_long_before_the_period),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
