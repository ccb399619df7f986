/*
 * test_extract_bound.c - a scraping accident (one sentence repeated
 * tens of thousands of times) costs a bounded number of claims, so the
 * memory of one article cannot grow with its repeats; an ordinary long
 * article is read to its end.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"

static const char *const claim_sentence =
    "Kyiv said about 12,000 North Korean troops were deployed to Russia. ";
static const char *const plain_sentence = "The weather stayed mild. ";

/* The claims extract_article() finds in an article of the sentences. */
static size_t
claims_of(const char *const *sentences, const size_t *repeats, size_t n)
{
	struct tracker *tr = tracker_default();
	struct claimset cs;
	struct article art;
	size_t i, k, len = 0, found;
	char *body, *p;

	for (i = 0; i < n; i++)
		len += strlen(sentences[i]) * repeats[i];
	p = body = malloc(len + 1);
	assert_non_null(body);
	for (i = 0; i < n; i++)
		for (k = 0; k < repeats[i]; k++)
			p = stpcpy(p, sentences[i]);
	article_init(&art);
	art.id = strdup("repeat");
	art.body = body;
	art.body_len = len;
	memcpy(art.published, "2024-11-01", 11);
	claimset_init(&cs);
	found = extract_article(tr, &art, &cs);
	assert_int_equal(found, cs.n);
	claimset_release(&cs);
	article_release(&art);
	tracker_free(tr);
	return found;
}

static void
should_stop_reading_an_article_at_the_claim_ceiling(void **state)
{
	const char *s[] = { claim_sentence };
	size_t r[] = { EXTRACT_MAX_CLAIMS + 5000 };

	(void)state;
	assert_int_equal(claims_of(s, r, 1), EXTRACT_MAX_CLAIMS);
}

static void
should_read_a_long_ordinary_article_to_its_end(void **state)
{
	/* thousands of sentences without a figure, then the one claim */
	const char *s[] = { plain_sentence, claim_sentence };
	size_t r[] = { 30000, 1 };

	(void)state;
	assert_int_equal(claims_of(s, r, 2), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_stop_reading_an_article_at_the_claim_ceiling),
		cmocka_unit_test(should_read_a_long_ordinary_article_to_its_end),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
