/*
 * test_wordnet.c - counted nouns by meaning: a tracker that expands
 * "soldier" counts the kinds of soldier news writes about, one that
 * expands "person" counts the kinds of people, the tracked group's
 * demonym counts when it is what is counted, things are never counted,
 * and without WordNet's data a tracker keeps only its listed nouns.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "test_spawn.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "wordnet.h"

/* A story about Eritrean troops; %s is where the expand line goes. */
#define SOLDIERS_INI \
	"[tracker]\nname = Eritrean troops\nsubject = Eritrean\n" \
	"[nouns]\ncounted = troops\n%s\n" \
	"[subjects]\ncues = Eritrea, Eritrean\n" \
	"[quantity deployed]\ndefault = yes\ntriggers = deployed, sent\n"

static const char people_ini[] =
	"[tracker]\nname = Valley floods\n"
	"[nouns]\ncounted = people\nexpand = person\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity displaced]\ndefault = yes\ntriggers = evacuated, fled\n";

/* One sentence and what a tracker should read in it. */
struct row {
	const char *text;
	double	 value;		/* the count, or 0 when nothing is claimed */
	const char *subject;	/* the claim's subject, or NULL: not checked */
};

static struct tracker *
soldiers(const char *expand)
{
	char ini[512];

	snprintf(ini, sizeof(ini), SOLDIERS_INI, expand);
	return tracker_parse(ini, "soldiers.ini");
}

/* Fail unless tr reads each row as the row says. */
static void
check_rows(const struct tracker *tr, const struct row *rows, size_t n)
{
	struct claimset cs;
	size_t i;

	for (i = 0; i < n; i++) {
		claimset_init(&cs);
		extract_text(tr, "doc", "2025-03-01", rows[i].text, &cs);
		if (rows[i].value == 0 && cs.n != 0)
			fail_msg("'%s': claimed %g", rows[i].text,
			    cs.v[0].value);
		if (rows[i].value != 0 && cs.n != 1)
			fail_msg("'%s': %zu claims, expected 1", rows[i].text,
			    cs.n);
		if (rows[i].value != 0)
			assert_double_equal(cs.v[0].value, rows[i].value, 0);
		if (rows[i].subject != NULL)
			assert_string_equal(cs.v[0].subject, rows[i].subject);
		claimset_release(&cs);
	}
}

static void
should_count_the_kinds_of_soldier(void **state)
{
	static const struct row rows[] = {
		{ "Officials said 2,000 Eritrean paratroopers were "
		  "deployed to the border.", 2000, NULL },
		{ "Officials said 1,500 Eritrean marines were sent to the "
		  "coast.", 1500, NULL },
		{ "Officials said 3,000 Eritrean infantrymen were deployed "
		  "near the town.", 3000, NULL },
		{ "Officials said 600 Eritrean conscripts were sent north.",
		  600, NULL },
	};
	struct tracker *tr = soldiers("expand = soldier, serviceman");

	(void)state;
	assert_non_null(tr);
	assert_int_equal(tr->nexpanded, 0);	/* until an article is read */
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	assert_true(tr->nexpanded > 100);
	tracker_free(tr);
}

static void
should_count_only_listed_nouns_without_expand(void **state)
{
	static const struct row rows[] = {
		{ "Officials said 2,000 Eritrean paratroopers were "
		  "deployed to the border.", 0, NULL },
		{ "Officials said 5,000 Eritrean troops were deployed to "
		  "the border.", 5000, NULL },
	};
	struct tracker *tr = soldiers("");

	(void)state;
	assert_non_null(tr);
	assert_int_equal(tr->nexpanded, 0);
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(tr);
}

static void
should_count_the_demonym_of_the_tracked_group(void **state)
{
	static const struct row rows[] = {
		{ "Officials said 8,000 Eritreans were deployed in the "
		  "region.", 8000, "Eritreans" },
	};
	struct tracker *tr = soldiers("expand = soldier");

	(void)state;
	assert_non_null(tr);
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(tr);
}

static void
should_never_count_things_as_soldiers(void **state)
{
	static const struct row rows[] = {
		{ "Officials said 40 Eritrean tanks were deployed to the "
		  "border.", 0, NULL },
		{ "Officials said 12 Eritrean ships were sent to the "
		  "coast.", 0, NULL },
		{ "Officials said 30 Eritrean drones were deployed.", 0,
		  NULL },
	};
	struct tracker *tr = soldiers("expand = soldier, serviceman");

	(void)state;
	assert_non_null(tr);
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(tr);
}

static void
should_count_the_kinds_of_person(void **state)
{
	static const struct row rows[] = {
		{ "The flood forced 4,000 evacuees into shelters, officials "
		  "said.", 4000, NULL },
		{ "About 2,500 refugees fled the flood, the UN said.", 2500,
		  NULL },
		{ "Some 300 pilgrims were evacuated as the flood rose.", 300,
		  NULL },
		{ "The flood washed away 40 tanks, officials said.", 0,
		  NULL },
	};
	struct tracker *tr = tracker_parse(people_ini, "people.ini");

	(void)state;
	assert_non_null(tr);
	check_rows(tr, rows, sizeof(rows) / sizeof(*rows));
	tracker_free(tr);
}

/* wordnet_add_fn: append form and a comma to the buffer arg. */
static void
collect(void *arg, const char *form)
{
	char *buf = arg;

	strcat(buf, form);
	strcat(buf, ",");
}

static void
should_give_irregular_plurals_from_wordnet(void **state)
{
	static const struct {
		const char *lemma, *plurals;
	} rows[] = {
		{ "infantryman", "infantrymen," },
		{ "enlisted woman", "enlisted women," },
		{ "child", "children," },
		{ "refugee", "refugees," },
		{ "sergeant-at-arms", "sergeants-at-arms," },
		{ "chief of staff", "chiefs of staff," },
		{ "human", "humans," },
		{ "evacuee", "evacuees," },
	};
	char buf[256];
	size_t i;

	(void)state;
	assert_true(wordnet_open());
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		buf[0] = '\0';
		wordnet_forms_reset();
		wordnet_plurals(rows[i].lemma, collect, buf);
		assert_string_equal(buf, rows[i].plurals);
	}
	wordnet_forms_reset();
}

/* Write s to path; fail the test when it cannot. */
static void
write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(s, f);
	assert_int_equal(fclose(f), 0);
}

static void
should_keep_the_listed_nouns_without_wordnet_data(void **state)
{
	char dir[] = "/tmp/claimtrack-wn-XXXXXX", ini[64], txt[64], p[80];
	char tracker[512];
	char *argv[6];
	struct spawn_result r;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(ini, sizeof(ini), "%s/t.ini", dir);
	snprintf(txt, sizeof(txt), "%s/a.txt", dir);
	snprintf(tracker, sizeof(tracker), SOLDIERS_INI, "expand = soldier");
	write_file(ini, tracker);
	write_file(txt, "Officials said 2,000 Eritrean paratroopers were "
	    "deployed.\nOfficials said 5,000 Eritrean troops were "
	    "deployed.\n");
	argv[0] = (char *)TEST_PROGRAM();
	argv[1] = "extract";
	argv[2] = "--tracker";
	argv[3] = ini;
	argv[4] = txt;
	argv[5] = NULL;
	setenv("WNSEARCHDIR", "/nonexistent/wordnet", 1);
	spawn_run(argv, dir, &r);
	unsetenv("WNSEARCHDIR");
	assert_true(r.exited);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.err, "WordNet data not found"));
	assert_null(strstr(strstr(r.err, "WordNet") + 1, "WordNet data"));
	assert_non_null(strstr(r.out, "\"value\":5000"));
	assert_null(strstr(r.out, "\"value\":2000"));
	spawn_release(&r);
	unlink(ini);
	unlink(txt);
	snprintf(p, sizeof(p), "%s/out", dir);
	unlink(p);
	snprintf(p, sizeof(p), "%s/err", dir);
	unlink(p);
	assert_int_equal(rmdir(dir), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_the_kinds_of_soldier),
		cmocka_unit_test(should_count_only_listed_nouns_without_expand),
		cmocka_unit_test(should_count_the_demonym_of_the_tracked_group),
		cmocka_unit_test(should_never_count_things_as_soldiers),
		cmocka_unit_test(should_count_the_kinds_of_person),
		cmocka_unit_test(should_give_irregular_plurals_from_wordnet),
		cmocka_unit_test(should_keep_the_listed_nouns_without_wordnet_data),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
