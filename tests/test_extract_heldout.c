/*
 * test_extract_heldout.c - the extractor over the held-out news articles
 * of tests/data/eval/ (five stories, each with its tracker and
 * a hand-marked gold.jsonl) must keep the precision and recall reached.
 *
 * A predicted claim matches a gold claim of the same article when it
 * states the same number (within 0.5%, or one of the gold's alt_values;
 * a vague gold claim matches a vague prediction) from the same sentence
 * (one sentence holds the other). Each gold claim takes at most one
 * prediction. A strict match also needs the qualifier and the source
 * (or one of the gold's alt_sources).
 */
#include <glob.h>
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "reader.h"
#include "tracker.h"

#define HELDOUT TEST_DATA "eval/"

struct story {
	const char *dir;	/* under HELDOUT */
	const char *tracker;	/* tracker file */
	double	 precision;	/* floors reached on this set */
	double	 recall;
	double	 strict_f1;
};

struct tally {
	size_t	 gold;		/* gold claims */
	size_t	 pred;		/* predicted claims */
	size_t	 matched;	/* gold claims with a prediction */
	size_t	 strict;	/* ... whose qualifier and source agree */
};

static int
keep_claims(const struct article *art, void *arg)
{
	struct {
		const struct tracker *tr;
		struct claimset *cs;
	} *run = arg;

	extract_article(run->tr, art, run->cs);
	return 0;
}

/* Every claim of the story's articles (its *.txt files). */
static void
story_extract(const struct story *st, struct claimset *cs)
{
	char pat[256];
	glob_t gl;
	struct read_opts opts = { .manifest = NULL };
	struct read_stats stats;
	struct tracker *tr = tracker_load(st->tracker);
	struct {
		const struct tracker *tr;
		struct claimset *cs;
	} run = { tr, cs };

	assert_non_null(tr);
	snprintf(pat, sizeof(pat), "%s%s/*.txt", HELDOUT, st->dir);
	assert_int_equal(glob(pat, 0, NULL, &gl), 0);
	assert_int_equal(read_articles(gl.gl_pathv, gl.gl_pathc, &opts,
	    keep_claims, &run, &stats), 0);
	assert_int_equal(stats.rejected, 0);
	assert_int_equal(stats.articles, gl.gl_pathc);
	globfree(&gl);
	tracker_free(tr);
}

static bool
same_number(json_t *g, const struct claim *p)
{
	json_t *v = json_object_get(g, "value"), *alt;
	size_t i;

	if (strcmp(json_string_value(json_object_get(g, "qualifier")),
	    "vague") == 0)
		return p->qualifier == QUAL_VAGUE;
	if (isnan(p->value))
		return false;
	if (json_is_number(v) && fabs(p->value - json_number_value(v)) <=
	    0.005 * fmax(fabs(json_number_value(v)), 1))
		return true;
	json_array_foreach(json_object_get(g, "alt_values"), i, alt)
		if (fabs(p->value - json_number_value(alt)) <=
		    0.005 * fmax(fabs(json_number_value(alt)), 1))
			return true;
	return false;
}

static bool
same_source(json_t *g, const struct claim *p)
{
	json_t *alt;
	size_t i;

	if (strcmp(json_string_value(json_object_get(g, "source")),
	    p->source) == 0)
		return true;
	json_array_foreach(json_object_get(g, "alt_sources"), i, alt)
		if (strcmp(json_string_value(alt), p->source) == 0)
			return true;
	return false;
}

static bool
claim_matches(json_t *g, const struct claim *p)
{
	const char *s = json_string_value(json_object_get(g, "sentence"));

	return strcmp(json_string_value(json_object_get(g, "doc")),
	    p->doc) == 0 && same_number(g, p) &&
	    (strstr(s, p->sentence) != NULL || strstr(p->sentence, s) != NULL);
}

/* Pair gold and predicted claims greedily, in gold order. */
static void
story_score(json_t *gold, const struct claimset *cs, struct tally *t)
{
	bool *used = calloc(cs->n + 1, sizeof(*used));
	json_t *g;
	size_t i, j;

	assert_non_null(used);
	t->gold = json_array_size(gold);
	t->pred = cs->n;
	json_array_foreach(gold, i, g) {
		for (j = 0; j < cs->n; j++)
			if (!used[j] && claim_matches(g, &cs->v[j]))
				break;
		if (j == cs->n)
			continue;
		used[j] = true;
		t->matched++;
		if (strcmp(json_string_value(json_object_get(g, "qualifier")),
		    qualifier_name(cs->v[j].qualifier)) == 0 &&
		    same_source(g, &cs->v[j]))
			t->strict++;
	}
	free(used);
}

static json_t *
gold_load(const char *dir)
{
	char path[256];
	json_t *all = json_array(), *o;
	json_error_t err;
	FILE *f;

	snprintf(path, sizeof(path), "%s%s/gold.jsonl", HELDOUT, dir);
	f = fopen(path, "r");
	assert_non_null(f);
	while ((o = json_loadf(f, JSON_DISABLE_EOF_CHECK, &err)) != NULL)
		json_array_append_new(all, o);
	fclose(f);
	assert_true(json_array_size(all) >= 5);
	return all;
}

static void
story_check(const struct story *st)
{
	struct claimset cs;
	struct tally t = { 0, 0, 0, 0 };
	json_t *gold = gold_load(st->dir);
	double p, r, sp, sr, sf;

	claimset_init(&cs);
	story_extract(st, &cs);
	story_score(gold, &cs, &t);
	p = t.pred ? (double)t.matched / t.pred : 0;
	r = (double)t.matched / t.gold;
	sp = t.pred ? (double)t.strict / t.pred : 0;
	sr = (double)t.strict / t.gold;
	sf = sp + sr > 0 ? 2 * sp * sr / (sp + sr) : 0;
	print_message("%s: gold %zu predicted %zu matched %zu strict %zu "
	    "precision %.3f recall %.3f strict_f1 %.3f\n", st->dir, t.gold,
	    t.pred, t.matched, t.strict, p, r, sf);
	if (p < st->precision || r < st->recall || sf < st->strict_f1)
		fail_msg("%s: below the floor (precision %.2f recall %.2f "
		    "strict_f1 %.2f)", st->dir, st->precision, st->recall,
		    st->strict_f1);
	claimset_release(&cs);
	json_decref(gold);
}

static const struct story stories[] = {
	{ "nk", "trackers/default.ini", 0.95, 0.95, 0.95 },
	{ "protest", "trackers/protest-crowds.ini", 0.95, 0.95, 0.95 },
	{ "quake", "trackers/quake-toll.ini", 0.95, 0.95, 0.90 },
	{ "migrants", "trackers/migrant-arrivals.ini", 0.95, 0.95, 0.95 },
	{ "wildfire", "trackers/wildfire-evacuations.ini", 0.95, 0.95, 0.95 },
};

static void
should_keep_the_floor_on_north_korean_troops(void **state)
{
	(void)state;
	story_check(&stories[0]);
}

static void
should_keep_the_floor_on_protest_crowds(void **state)
{
	(void)state;
	story_check(&stories[1]);
}

static void
should_keep_the_floor_on_earthquake_tolls(void **state)
{
	(void)state;
	story_check(&stories[2]);
}

static void
should_keep_the_floor_on_sea_crossings(void **state)
{
	(void)state;
	story_check(&stories[3]);
}

static void
should_keep_the_floor_on_wildfire_evacuations(void **state)
{
	(void)state;
	story_check(&stories[4]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_keep_the_floor_on_north_korean_troops),
		cmocka_unit_test(should_keep_the_floor_on_protest_crowds),
		cmocka_unit_test(should_keep_the_floor_on_earthquake_tolls),
		cmocka_unit_test(should_keep_the_floor_on_sea_crossings),
		cmocka_unit_test(
		    should_keep_the_floor_on_wildfire_evacuations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
