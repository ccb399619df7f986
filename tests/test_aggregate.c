/*
 * test_aggregate.c - echoes, ranges, changes and discrepancies computed
 * from small hand-built claim sets whose answers were worked out by hand.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "date.h"
#include "store_int.h"	/* looks into the database */
#include "measure.h"
#include "aggregate.h"
#include "present.h"
#include "cli.h"

/* A claim to insert; value/low/high 0 with the *_null flags means NULL. */
struct fx {
	const char *doc;	/* article, created on first use */
	const char *outlet;	/* NULL = none */
	const char *published;	/* NULL = undated */
	const char *source;
	const char *quantity;
	const char *qualifier;
	double	 value, low, high; /* NAN = NULL */
	const char *modality;
	const char *claim_date;	/* NULL = not said */
};

static struct store *
db_new(void)
{
	struct store *st = store_open(":memory:", 1000);

	assert_non_null(st);
	return st;
}

static void
bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
}

static void
bind_num_or_null(sqlite3_stmt *st, int i, double v)
{
	if (isnan(v))
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_double(st, i, v);
}

/* The article id of doc, inserting the article when new. */
static sqlite3_int64
article_ensure(sqlite3 *db, const struct fx *f)
{
	sqlite3_stmt *st;
	sqlite3_int64 id = 0;

	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM articles"
	    " WHERE doc = ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, f->doc, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (id != 0)
		return id;
	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO articles (doc,"
	    " hash, outlet, url, published, body, first_seen, last_seen)"
	    " VALUES (?1, ?1, ?2, 'https://example.org/' || ?1, ?3, 'body',"
	    " '2024-01-01', '2024-01-01')", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, f->doc, -1, SQLITE_STATIC);
	bind_text_or_null(st, 2, f->outlet);
	bind_text_or_null(st, 3, f->published);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(db);
}

static void
claim_insert(sqlite3 *db, const struct fx *f)
{
	sqlite3_int64 art = article_ensure(db, f);
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO claims"
	    " (article_id, value, low, high, qualifier, quantity, source,"
	    " modality, claim_date, sentence) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
	    " ?7, ?8, ?9, 'a sentence')", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, art);
	bind_num_or_null(st, 2, f->value);
	bind_num_or_null(st, 3, f->low);
	bind_num_or_null(st, 4, f->high);
	sqlite3_bind_text(st, 5, f->qualifier, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f->quantity, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, f->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, f->modality ? f->modality : "current", -1,
	    SQLITE_STATIC);
	bind_text_or_null(st, 9, f->claim_date);
	assert_int_equal(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
}

static struct store *
db_with(const struct fx *fx, size_t n)
{
	struct store *st = db_new();
	size_t i;

	for (i = 0; i < n; i++)
		claim_insert(st->db, &fx[i]);
	return st;
}

/* The built-in tracker's measures (trackers/default.ini). */
#define TROOPS "North Korean troops in Russia"
static const struct quantity_measure default_measures[] = {
	{ "troops_deployed", "troops", TROOPS, NULL },
	{ "troops_arrived", "troops", TROOPS, NULL },
	{ "troops_training", "troops", TROOPS, NULL },
	{ "troops_planned", "troops_projected", "North Korean troops to be "
	  "sent to Russia", "troops" },
	{ "casualties", "casualties", "North Korean troops killed or wounded",
	  NULL },
	{ "casualties_killed", "killed", "North Korean troops killed", NULL },
	{ "casualties_wounded", "wounded", "North Korean troops wounded",
	  NULL },
	{ "casualties_captured", "captured", "North Korean troops captured",
	  NULL },
};

static struct summary *
build(struct store *st, const char *asof, enum period_kind p,
    enum best_rule b)
{
	struct summary_opts o;
	struct summary *s;

	summary_opts_defaults(&o);
	o.measures = default_measures;
	o.nmeasures = sizeof(default_measures) / sizeof(*default_measures);
	o.period = p;
	o.best = b;
	assert_int_equal(date_parse(asof, &o.asof), 0);
	s = summary_build(st, &o);
	assert_non_null(s);
	return s;
}

/* The row with these labels; fails the test when there is none. */
static const struct sum_row *
row_find(const struct summary *s, const char *source, const char *quantity)
{
	size_t i;

	for (i = 0; i < s->nrows; i++)
		if (strcmp(s->rows[i].source, source) == 0 &&
		    strcmp(s->rows[i].quantity, quantity) == 0)
			return &s->rows[i];
	fail_msg("no row %s / %s", source, quantity);
	return NULL;
}

static const struct sum_measure *
measure_find(const struct summary *s, const char *family)
{
	size_t i;

	for (i = 0; i < s->nmeasures; i++)
		if (strcmp(s->measures[i].family, family) == 0)
			return &s->measures[i];
	fail_msg("no measure %s", family);
	return NULL;
}

/* Text output of summary_print_text, for substring checks; caller frees. */
static char *
text_of(const struct summary *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	summary_print_text(f, s);
	fclose(f);
	return buf;
}

#define N NAN
#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* The sample corpus, as the extractor should store it (see the brief). */
static const struct fx sample[] = {
	{ "s000", "GZERO Media", "2024-10-25", "Ukraine", "troops_deployed",
	  "approx", 12000, N, N, NULL, NULL },
	{ "s001", "", "2024-10-25", "Ukraine", "troops_deployed",
	  "approx", 12000, N, N, NULL, NULL },
	{ "s001", "", "2024-10-25", "United States", "troops_deployed",
	  "vague", N, 2000, N, NULL, NULL },
	{ "s002", "", "2025-02-27", "South Korea", "troops_deployed",
	  "more_than", 11000, 11000, N, NULL, NULL },
	{ "s003", "", "2024-10-28", "United States", "troops_planned",
	  "approx", 10000, N, N, "projected", "2024-10-28" },
	{ "s004", "", "2024-10-25", "Ukraine", "troops_deployed",
	  "approx", 12000, N, N, NULL, NULL },
	{ "s004", "", "2024-10-25", "Ukraine", "troops_training",
	  "approx", 12000, N, N, NULL, NULL },
	{ "s004", "", "2024-10-25", "United States", "troops_arrived",
	  "at_least", 3000, 3000, N, NULL, NULL },
	{ "s004", "", "2024-10-25", "unattributed", "troops_deployed",
	  "exact", 12000, N, N, "projected", NULL },
};

static void
should_merge_the_sample_ukraine_echo_into_one_event(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_row *r = row_find(s, "Ukraine", "troops_deployed");
	const struct sum_event *e = &s->events[r->first];

	(void)state;
	assert_int_equal(r->nevents, 1);
	assert_int_equal(e->nclaims, 3);
	assert_int_equal(e->articles, 3);
	/* GZERO Media, and s001 and s004 with no outlet: their own each */
	assert_int_equal(e->outlets, 3);
	assert_int_equal(e->date_kind, DATE_PUBLISHED);
	assert_double_equal(r->period.best, 12000, 0);
	assert_string_equal(qualifier_name(e->qualifier), "approx");
	/* s002 (2025) is after asof: as if not yet published */
	assert_int_equal(s->totals.claims, 8);
	assert_int_equal(s->totals.articles, 4);
	assert_int_equal(s->totals.events, 6);
	summary_free(s);
	store_close(st);
}

/*
 * The sample's week: Ukraine's about 12,000 is the one estimate; the
 * United States' "at least 3,000" (arrived) is a bound and its "about
 * 10,000" is a projection: neither is an end of a spread. Ukraine's
 * deployed and training figures are one position (one source, one
 * measure), and so are the United States' arrived and vague deployed.
 */
static void
should_rank_only_estimates_and_keep_bounds_and_projections_apart(
    void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "troops");
	const struct sum_measure *pm = measure_find(s, "troops_projected");
	const struct sum_position *hi = &m->pos[m->highest];

	(void)state;
	assert_int_equal(s->nmeasures, 2);
	/* Ukraine, United States, unattributed (projected) */
	assert_int_equal(m->npos, 3);
	assert_int_equal(m->estimates, 1);
	assert_int_equal(m->bounds, 1);
	assert_true(m->lowest == m->highest);
	assert_string_equal(s->rows[hi->row].source, "Ukraine");
	assert_double_equal(hi->value, 12000, 0);
	assert_true(isnan(m->ratio));	/* one estimate is no spread */
	assert_true(isnan(m->spread));
	assert_double_equal(m->median, 12000, 0);
	assert_string_equal(s->rows[m->pos[m->floor].row].source,
	    "United States");
	assert_double_equal(m->pos[m->floor].value, 3000, 0);
	assert_false(m->pos[m->floor].estimate);
	assert_string_equal(m->label, TROOPS);
	assert_string_equal(pm->projection_of, "troops");
	assert_int_equal(pm->npos, 1);
	assert_false(pm->pos[0].counted);
	summary_free(s);
	store_close(st);
}

static void
should_find_at_least_3000_compatible_with_ukraine_12000(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "troops");
	char *text;

	(void)state;
	assert_true(m->pos[m->floor].compatible);
	assert_true(m->pos[m->highest].compatible);
	assert_true(m->consensus);
	assert_int_equal(m->npairs, 1);	/* Ukraine and the United States */
	assert_true(m->pairs[0].compatible);
	assert_true(isnan(m->pairs[0].rel_diff)); /* a bound: no ratio */
	assert_true(isnan(m->matrix[m->floor * m->npos + m->highest]));
	text = text_of(s);
	assert_non_null(strstr(text, "floor 3,000 (United States, "
	    "troops_arrived at_least, 2024-10-25)"));
	assert_non_null(strstr(text, "projected, out of the range: 10,000 "
	    "(United States, troops_planned approx"));
	assert_non_null(strstr(text, "carried by 3 articles in 3 outlets: "
	    "s000 s001 s004"));
	free(text);
	summary_free(s);
	store_close(st);
}

/*
 * Case 1: in the month to 2025-03-01 every October figure is over 90
 * days old: stale, out of the range; South Korea's new "over 11,000"
 * is the one counted position, and it is stated in the period.
 */
static void
should_leave_figures_older_than_stale_after_out_of_the_range(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2025-03-01", PERIOD_MONTH, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "troops");
	size_t i;

	(void)state;
	assert_int_equal(m->estimates, 0);
	assert_int_equal(m->bounds, 1);
	assert_int_equal(m->fresh, 1);
	assert_int_equal(m->stale, 2);	/* Ukraine, United States */
	assert_true(m->lowest == NO_INDEX && m->highest == NO_INDEX);
	assert_true(isnan(m->ratio));
	assert_string_equal(s->rows[m->pos[m->floor].row].source,
	    "South Korea");
	for (i = 0; i < m->npos; i++)
		if (s->rows[m->pos[i].row].attributed)
			assert_true(m->pos[i].stale ==
			    (strcmp(s->rows[m->pos[i].row].source,
			    "South Korea") != 0));
	summary_free(s);
	store_close(st);
}

/*
 * Case 2: a source's older "at least 3,000 arrived" is its history once
 * it says "at least 12,000 deployed": one position per source in a
 * measure, so the stale figure cannot set the low end; and killed or
 * wounded is never compared with prisoners.
 */
static void
should_take_a_sources_latest_figure_across_a_measures_quantities(
    void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "United States", "troops_arrived",
		  "at_least", 3000, 3000, N, NULL, NULL },
		{ "b", "Y", "2024-11-20", "United States", "troops_deployed",
		  "at_least", 12000, 12000, N, NULL, NULL },
		{ "c", "Z", "2024-11-21", "Ukraine", "troops_deployed",
		  "approx", 11000, N, N, NULL, NULL },
		{ "d", "Z", "2024-11-22", "South Korea", "troops_training",
		  "approx", 10000, N, N, NULL, NULL },
		{ "e", "Z", "2024-11-22", "Ukraine", "casualties",
		  "approx", 3800, N, N, NULL, NULL },
		{ "f", "Z", "2024-11-22", "Ukraine", "casualties_captured",
		  "exact", 2, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-11-30", PERIOD_WEEK, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "troops");
	size_t i, us = 0;

	(void)state;
	for (i = 0; i < m->npos; i++)
		us += strcmp(s->rows[m->pos[i].row].source,
		    "United States") == 0;
	assert_int_equal(us, 1);
	assert_int_equal(m->npos, 3);
	assert_double_equal(m->pos[m->floor].value, 12000, 0);
	/* estimates 10,000 (South Korea, training) and 11,000 (Ukraine) */
	assert_double_equal(m->ratio, 1.1, 1e-12);
	assert_false(m->consensus);	/* at least 12,000 excludes both */
	assert_int_equal(measure_find(s, "casualties")->npos, 1);
	assert_int_equal(measure_find(s, "captured")->npos, 1);
	assert_true(isnan(measure_find(s, "casualties")->ratio));
	summary_free(s);
	store_close(st);
}

/* A quantity that no [measure] lists is a measure of its own. */
static void
should_compare_a_quantity_in_no_measure_with_nothing_else(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, NULL },
		{ "b", "X", "2024-10-25", "Ukraine", "troops_returned",
		  "approx", 300, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);

	(void)state;
	assert_int_equal(s->nmeasures, 2);
	assert_int_equal(measure_find(s, "troops_returned")->npos, 1);
	assert_null(measure_find(s, "troops_returned")->label);
	assert_int_equal(measure_find(s, "troops")->npos, 1);
	summary_free(s);
	store_close(st);
}

/* Case 7: the period's articles and outlets, apart from all time's; an
 * article without an outlet is no outlet. */
static void
should_count_the_periods_articles_and_no_unnamed_outlet(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2025-03-01", PERIOD_MONTH, BEST_LATEST);
	const struct sum_totals *t = &s->totals;

	(void)state;
	assert_int_equal(t->period_claims, 1);
	assert_int_equal(t->period_articles, 1);
	assert_int_equal(t->period_named_outlets, 0);
	assert_int_equal(t->period_no_outlet, 1);
	assert_int_equal(t->articles, 5);
	assert_int_equal(t->named_outlets, 1);	/* GZERO Media */
	assert_int_equal(t->no_outlet, 4);
	summary_free(s);
	store_close(st);
}

static void
should_show_south_korea_new_in_the_month_to_march_2025(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2025-03-01", PERIOD_MONTH, BEST_LATEST);
	const struct sum_row *r = row_find(s, "South Korea", "troops_deployed");

	(void)state;
	assert_int_equal(r->change.kind, CHANGE_NEW);
	assert_double_equal(r->period.best, 11000, 0);
	assert_int_equal(row_find(s, "Ukraine", "troops_deployed")->change.kind,
	    CHANGE_SILENT);
	assert_int_equal(s->totals.period_events, 1);
	summary_free(s);
	store_close(st);
}

static void
should_merge_echoes_only_within_three_days(void **state)
{
	static const struct fx fx[] = {
		{ "a", "Reuters", "2024-11-01", "NATO", "troops_deployed",
		  "approx", 10000, N, N, NULL, NULL },
		{ "b", "Reuters", "2024-11-02", "NATO", "troops_deployed",
		  "approx", 10000, N, N, NULL, NULL },
		{ "c", "AP", "2024-11-04", "NATO", "troops_deployed",
		  "approx", 10000, N, N, NULL, NULL },
		{ "d", "AP", "2024-11-05", "NATO", "troops_deployed",
		  "approx", 10000, N, N, NULL, NULL },
		/* same day, other figure: its own event */
		{ "e", "BBC", "2024-11-01", "NATO", "troops_deployed",
		  "more_than", 10000, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-11-30", PERIOD_ALL, BEST_LATEST);
	const struct sum_row *r = row_find(s, "NATO", "troops_deployed");
	const struct sum_event *ev = &s->events[r->first];

	(void)state;
	/* by day: 11-01 approx (a b c: 11-04 is 3 days after), 11-01 more
	 * than, then 11-05 approx (4 days after the first date) */
	assert_int_equal(r->nevents, 3);
	assert_int_equal(ev[0].day, ev[1].day);
	assert_int_equal(ev[0].qualifier == QUAL_APPROX ? ev[0].articles :
	    ev[1].articles, 3);
	assert_int_equal(ev[0].qualifier == QUAL_APPROX ? ev[0].outlets :
	    ev[1].outlets, 2);
	assert_int_equal(ev[2].articles, 1);
	assert_int_equal(r->npoints, 2);
	summary_free(s);
	store_close(st);
}

static const struct fx revisions[] = {
	{ "p1", "X", "2024-10-10", "Ukraine", "troops_deployed", "approx",
	  10000, N, N, NULL, NULL },
	{ "c1", "X", "2024-10-29", "Ukraine", "troops_deployed", "approx",
	  12000, N, N, NULL, NULL },
	{ "p2", "Y", "2024-10-12", "United States", "troops_deployed",
	  "approx", 10000, N, N, NULL, NULL },
	{ "c2", "Y", "2024-10-30", "United States", "troops_deployed",
	  "approx", 8000, N, N, NULL, NULL },
	{ "p3", "Z", "2024-10-12", "South Korea", "troops_deployed",
	  "approx", 11000, N, N, NULL, NULL },
	{ "p4", "Z", "2024-10-01", "NATO", "troops_deployed",
	  "approx", 9000, N, N, NULL, NULL },
	{ "c4", "W", "2024-10-31", "NATO", "troops_deployed",
	  "approx", 9000, N, N, NULL, "2024-10-28" },
};

static void
should_report_revisions_up_and_down_and_silent_sources(void **state)
{
	struct store *st = db_with(revisions, NELEM(revisions));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_change *ua = &row_find(s, "Ukraine",
	    "troops_deployed")->change;
	const struct sum_change *us = &row_find(s, "United States",
	    "troops_deployed")->change;

	(void)state;
	assert_int_equal(ua->kind, CHANGE_UP);
	assert_double_equal(ua->abs, 2000, 0);
	assert_double_equal(ua->rel, 0.2, 1e-12);
	assert_int_equal(us->kind, CHANGE_DOWN);
	assert_double_equal(us->abs, -2000, 0);
	assert_double_equal(us->rel, -0.2, 1e-12);
	assert_int_equal(row_find(s, "South Korea", "troops_deployed")->
	    change.kind, CHANGE_SILENT);
	assert_int_equal(row_find(s, "NATO", "troops_deployed")->change.kind,
	    CHANGE_UNCHANGED);
	/* the silent source still stands in the measure, flagged as old;
	 * rows sort by quantity then source: NATO, South Korea, ... */
	assert_string_equal(s->rows[measure_find(s, "troops")->pos[1].row].
	    source, "South Korea");
	assert_false(measure_find(s, "troops")->pos[1].in_period);
	assert_true(measure_find(s, "troops")->pos[2].in_period);
	summary_free(s);
	store_close(st);
}

static void
should_choose_best_by_rule(void **state)
{
	static const struct {
		enum best_rule rule;
		double best;
	} cases[] = {
		{ BEST_LATEST, 12000 },		/* 10-29 is the newest */
		{ BEST_MEDIAN, 10000 },		/* of 8,000 10,000 12,000 */
		{ BEST_CONSERVATIVE, 8000 },
	};
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  "approx", 10000, N, N, NULL, NULL },
		{ "b", "X", "2024-10-27", "Ukraine", "troops_deployed",
		  "approx", 8000, N, N, NULL, NULL },
		{ "c", "X", "2024-10-29", "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s;
	const struct sum_row *r;
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		s = build(st, "2024-10-31", PERIOD_WEEK, cases[i].rule);
		r = row_find(s, "Ukraine", "troops_deployed");
		assert_double_equal(r->period.best, cases[i].best, 0);
		assert_double_equal(r->period.low, 8000, 0);
		assert_double_equal(r->period.high, 12000, 0);
		assert_int_equal(r->period.events, 3);
		summary_free(s);
	}
	store_close(st);
}

static void
should_agree_on_the_overlap_of_open_intervals(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "troops_deployed",
		  "at_least", 3000, N, N, NULL, NULL },
		{ "b", "Y", "2024-10-25", "Russia", "troops_deployed",
		  "up_to", 5000, N, N, NULL, NULL },
		{ "c", "Z", "2024-10-25", "NATO", "troops_deployed",
		  "range", 2000, 2000, 4000, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "troops");
	size_t i;

	(void)state;
	assert_true(m->consensus);
	assert_double_equal(m->agreed.low, 3000, 0);
	assert_double_equal(m->agreed.high, 4000, 0);
	for (i = 0; i < m->npos; i++)
		assert_true(m->pos[i].compatible);
	summary_free(s);
	store_close(st);
}

static void
should_summarize_a_single_source(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Ukraine", "casualties_killed",
		  "exact", 500, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_measure *m = measure_find(s, "killed");

	(void)state;
	assert_int_equal(m->npos, 1);
	assert_int_equal(m->npairs, 0);
	assert_true(isnan(m->ratio));	/* one figure is no spread */
	assert_double_equal(m->median, 500, 0);
	assert_true(m->consensus);
	assert_double_equal(m->agreed.low, 500, 0);
	summary_free(s);
	store_close(st);
}

static void
should_say_no_claims_for_an_empty_database(void **state)
{
	struct store *st = db_new();
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	json_t *j = summary_to_json(s);
	char *text = text_of(s), *js = json_dumps(j, 0);

	(void)state;
	assert_int_equal(s->nrows + s->nmeasures + s->totals.claims, 0);
	assert_non_null(strstr(text, "no claims in this period"));
	assert_non_null(strstr(js, "\"period_events\": 0"));
	free(js);
	free(text);
	json_decref(j);
	summary_free(s);
	store_close(st);
}

/* summary_json_write()'s bytes against json_dumpf() of the whole tree. */
static void
json_stream_matches_tree(const struct summary *s, size_t flags)
{
	json_t *j = summary_to_json(s);
	char *tree = json_dumps(j, flags), *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(summary_json_write(s, f, flags, NULL, NULL), 0);
	assert_int_equal(fclose(f), 0);
	assert_string_equal(buf, tree);
	free(buf);
	free(tree);
	json_decref(j);
}

static void
should_stream_the_same_json_as_the_whole_tree(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Russia", "troops_deployed",
		  "exact", 0, N, N, NULL, NULL },
		{ "b", "Y", "2024-10-25", "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, NULL },
		{ "c", NULL, "2024-08-01", "Ukraine", "troops_deployed",
		  "at_least", 3000.5, N, N, NULL, NULL },
		{ "d", "Z", NULL, "NATO \"x\"\n", "troops_planned",
		  "vague", N, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct store *empty = db_new();
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	struct summary *e = build(empty, "2024-10-31", PERIOD_WEEK,
	    BEST_LATEST);

	(void)state;
	json_stream_matches_tree(s, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(15));
	json_stream_matches_tree(s, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_stream_matches_tree(e, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	summary_free(s);
	summary_free(e);
	store_close(st);
	store_close(empty);
}

static void
should_write_null_not_inf_for_a_zero_denominator(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", "2024-10-25", "Russia", "troops_deployed",
		  "exact", 0, N, N, NULL, NULL },
		{ "b", "Y", "2024-10-25", "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, NULL },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	json_t *j = summary_to_json(s);
	json_t *m = json_array_get(json_object_get(j, "measures"), 0);
	char *js = json_dumps(j, 0);

	(void)state;
	assert_true(json_is_null(json_object_get(m, "ratio")));
	assert_true(json_is_null(json_object_get(json_array_get(
	    json_object_get(m, "pairs"), 0), "rel_diff")));
	assert_null(strstr(js, "inf"));
	assert_null(strstr(js, "nan"));
	free(js);
	json_decref(j);
	summary_free(s);
	store_close(st);
}

/* 120 sources: the matrix would hold 14,400 ratios and 7,140 pairs. */
static void
should_keep_summary_json_small_when_sources_are_many(void **state)
{
	enum { NSRC = 120 };
	static char docs[NSRC][16], names[NSRC][16];
	struct fx fx[NSRC];
	struct store *st;
	struct summary *s;
	json_t *j, *m, *pairs, *p;
	size_t i;

	(void)state;
	for (i = 0; i < NSRC; i++) {
		snprintf(docs[i], sizeof(docs[i]), "d%zu", i);
		snprintf(names[i], sizeof(names[i]), "Source %03zu", i);
		fx[i] = (struct fx){ docs[i], docs[i], "2024-10-25", names[i],
		    "troops_deployed", "exact", 1000.0 * (double)(i + 1), N,
		    N, NULL, NULL };
	}
	st = db_with(fx, NSRC);
	s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	j = summary_to_json(s);
	m = json_array_get(json_object_get(j, "measures"), 0);
	assert_true(json_is_null(json_object_get(m, "matrix")));
	pairs = json_object_get(m, "pairs");
	/* each pair names the lowest or the highest position */
	assert_int_equal(json_array_size(pairs), 2 * (NSRC - 1) - 1);
	json_array_foreach(pairs, i, p) {
		json_int_t a = json_integer_value(json_object_get(p, "a"));
		json_int_t b = json_integer_value(json_object_get(p, "b"));
		json_int_t lo = json_integer_value(json_object_get(m,
		    "lowest"));
		json_int_t hi = json_integer_value(json_object_get(m,
		    "highest"));

		assert_true(a == lo || b == lo || a == hi || b == hi);
	}
	assert_double_equal(json_number_value(json_object_get(m, "ratio")),
	    120, 1e-9);
	json_decref(j);
	summary_free(s);
	store_close(st);
}

/* The event with this id in a summary.json document; fails when absent. */
static json_t *
json_event(json_t *doc, json_int_t id)
{
	json_t *events = json_object_get(doc, "events"), *e;
	size_t i;

	json_array_foreach(events, i, e)
		if (json_integer_value(json_object_get(e, "id")) == id)
			return e;
	fail_msg("event %lld not listed", (long long)id);
	return NULL;
}

static void
should_trace_every_json_figure_to_its_articles(void **state)
{
	struct store *st = db_with(sample, NELEM(sample));
	struct summary *s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	const struct sum_row *r = row_find(s, "Ukraine", "troops_deployed");
	json_t *j = summary_to_json(s);
	json_t *row = json_array_get(json_object_get(j, "rows"),
	    (size_t)(r - s->rows));
	json_int_t ev = json_integer_value(json_object_get(json_object_get(row,
	    "period"), "best_event"));
	json_t *claims = json_object_get(json_event(j, ev), "claims");

	(void)state;
	assert_int_equal(json_array_size(claims), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    claims, 0), "outlet")), "GZERO Media");
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    claims, 2), "url")), "https://example.org/s004");
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    claims, 1), "date_from")), "published");
	assert_string_equal(json_string_value(json_object_get(j, "start")),
	    "2024-10-25");
	json_decref(j);
	summary_free(s);
	store_close(st);
}

static void
should_list_in_json_only_the_period_and_the_events_figures_cite(void **state)
{
	/* older than anything a figure of the week cites */
	static const struct fx old = { "o1", "X", "2024-09-01", "Ukraine",
	    "troops_deployed", "approx", 10500, N, N, NULL, NULL };
	struct store *st = db_with(revisions, NELEM(revisions));
	struct summary *s;
	json_t *j, *row, *latest;
	const struct sum_row *r;

	(void)state;
	claim_insert(st->db, &old);
	s = build(st, "2024-10-31", PERIOD_WEEK, BEST_LATEST);
	j = summary_to_json(s);
	r = row_find(s, "South Korea", "troops_deployed");
	row = json_array_get(json_object_get(j, "rows"), (size_t)(r - s->rows));
	latest = json_event(j, json_integer_value(json_object_get(row,
	    "latest_event")));
	/* 8 events: c1 c2 c4 in the period, p1 p2 p4 cited as previous
	 * estimates, p3 as the silent source's latest; o1 is not listed */
	assert_int_equal(s->nevents, 8);
	assert_int_equal(json_array_size(json_object_get(j, "events")), 7);
	assert_int_equal(json_array_size(json_object_get(row, "series")), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    json_object_get(latest, "claims"), 0), "doc")), "p3");
	json_decref(j);
	summary_free(s);
	store_close(st);
}

static void
should_list_undated_claims_outside_every_period(void **state)
{
	static const struct fx fx[] = {
		{ "a", "X", NULL, "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, NULL },
		{ "b", "Y", "2024-10-25", "Ukraine", "troops_deployed",
		  "approx", 12000, N, N, NULL, "2024-11-05" },
	};
	struct store *st = db_with(fx, NELEM(fx));
	struct summary *s = build(st, "2024-10-31", PERIOD_ALL, BEST_LATEST);
	const struct sum_row *r = row_find(s, "Ukraine", "troops_deployed");

	(void)state;
	/* b's claim date is after asof: ignored; a is undated */
	assert_int_equal(s->totals.claims, 1);
	assert_int_equal(s->totals.undated, 1);
	assert_int_equal(r->nevents, 1);
	assert_int_equal(r->npoints, 0);
	assert_int_equal(r->change.kind, CHANGE_UNDATED);
	assert_int_equal(s->totals.period_claims, 0);
	summary_free(s);
	store_close(st);
}

static void
should_format_numbers_with_thousands_separators(void **state)
{
	static const struct {
		double n;
		const char *want;
	} cases[] = {
		{ 12000, "12,000" }, { 3000, "3,000" }, { 999, "999" },
		{ 1234567, "1,234,567" }, { -2000, "-2,000" }, { 0, "0" },
		{ 1234.5, "1,235" }, { 2.5, "2.5" }, { NAN, "-" }, { INFINITY, "-" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < NELEM(cases); i++) {
		number_format(cases[i].n, buf, sizeof(buf));
		assert_string_equal(buf, cases[i].want);
	}
}

static void
should_derive_families_and_intervals(void **state)
{
	struct interval iv;

	(void)state;
	assert_int_equal(quantity_family_len("troops_deployed"), 6);
	assert_int_equal(quantity_family_len("casualties"), 10);
	iv = interval_of(QUAL_AT_LEAST, 3000, NAN, NAN);
	assert_double_equal(iv.low, 3000, 0);
	assert_double_equal(iv.high, NAN, 0);
	iv = interval_of(QUAL_APPROX, 10000, NAN, NAN);
	assert_double_equal(iv.low, 10000, 0);
	assert_double_equal(iv.high, 10000, 0);
	assert_false(interval_overlap(interval_of(QUAL_LESS_THAN, 2000, N, N),
	    interval_of(QUAL_AT_LEAST, 3000, N, N)));
	assert_double_equal(rel_diff(10000, 12000), 0.2, 1e-12);
	assert_double_equal(ratio_safe(1, 0), NAN, 0);
}

/* Run "claimtrack summary ARGS..." and return its exit status. */
static int
summary_run(const char *a1, const char *a2, const char *a3, const char *a4)
{
	char *argv[] = { "summary", (char *)a1, (char *)a2, (char *)a3,
	    (char *)a4, NULL };
	int argc = 1;

	while (argv[argc] != NULL)
		argc++;
	optind = 0;
	return cmd_summary(argc, argv);
}

static void
should_exit_2_on_bad_options_and_3_on_a_missing_database(void **state)
{
	(void)state;
	assert_int_equal(summary_run("--db", ":memory:", "--asof",
	    "2024-02-30"), EXIT_USAGE);
	assert_int_equal(summary_run("--db", ":memory:", "--period",
	    "fortnight"), EXIT_USAGE);
	assert_int_equal(summary_run("--db", ":memory:", "--best", "max"),
	    EXIT_USAGE);
	assert_int_equal(summary_run("--asof", "2024-10-31", NULL, NULL),
	    EXIT_USAGE);
	assert_int_equal(summary_run("--db", "no/such/dir/claims.db", NULL,
	    NULL), EXIT_FATAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_merge_the_sample_ukraine_echo_into_one_event),
		cmocka_unit_test(should_rank_only_estimates_and_keep_bounds_and_projections_apart),
		cmocka_unit_test(should_find_at_least_3000_compatible_with_ukraine_12000),
		cmocka_unit_test(should_leave_figures_older_than_stale_after_out_of_the_range),
		cmocka_unit_test(should_take_a_sources_latest_figure_across_a_measures_quantities),
		cmocka_unit_test(should_compare_a_quantity_in_no_measure_with_nothing_else),
		cmocka_unit_test(should_count_the_periods_articles_and_no_unnamed_outlet),
		cmocka_unit_test(should_show_south_korea_new_in_the_month_to_march_2025),
		cmocka_unit_test(should_merge_echoes_only_within_three_days),
		cmocka_unit_test(should_report_revisions_up_and_down_and_silent_sources),
		cmocka_unit_test(should_choose_best_by_rule),
		cmocka_unit_test(should_agree_on_the_overlap_of_open_intervals),
		cmocka_unit_test(should_summarize_a_single_source),
		cmocka_unit_test(should_say_no_claims_for_an_empty_database),
		cmocka_unit_test(should_write_null_not_inf_for_a_zero_denominator),
		cmocka_unit_test(should_trace_every_json_figure_to_its_articles),
		cmocka_unit_test(should_list_in_json_only_the_period_and_the_events_figures_cite),
		cmocka_unit_test(should_list_undated_claims_outside_every_period),
		cmocka_unit_test(should_stream_the_same_json_as_the_whole_tree),
		cmocka_unit_test(should_format_numbers_with_thousands_separators),
		cmocka_unit_test(
		    should_keep_summary_json_small_when_sources_are_many),
		cmocka_unit_test(should_derive_families_and_intervals),
		cmocka_unit_test(should_exit_2_on_bad_options_and_3_on_a_missing_database),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
