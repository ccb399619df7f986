/*
 * test_aggregate_store.c - the summary over claims stored through the
 * store's own ingest API: only the newest version of an article counts.
 */
#include <math.h>
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

static void
should_count_only_the_newest_version_of_a_changed_article(void **state)
{
	struct store *st = store_open(":memory:", 1000);
	struct summary_opts o = { 0, PERIOD_WEEK, BEST_LATEST,
	    STALE_AFTER_DEFAULT, NULL, 0 };
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_only_the_newest_version_of_a_changed_article),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
