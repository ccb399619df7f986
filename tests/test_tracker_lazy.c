/*
 * test_tracker_lazy.c - WordNet costs only when an article is read: a
 * re-run with nothing new, a summary and a report never open it (they
 * succeed with WordNet's data gone), the first article extracted does
 * (without the data it says so, once, even on threads), a bad tracker is
 * still refused first with its file and line, and threads extracting
 * with one tracker at once expand it once, as one thread would.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "test_spawn.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"

/* WNSEARCHDIR for "WordNet's data is gone": a folder that is not there. */
#define NO_WORDNET "/nonexistent/wordnet"

static const char tracker_ini[] =
	"[tracker]\nname = Eritrean troops\nsubject = Eritrean\n"
	"[nouns]\ncounted = troops\nexpand = soldier\n"
	"[subjects]\ncues = Eritrea, Eritrean\n"
	"[quantity deployed]\ndefault = yes\ntriggers = deployed, sent\n";

/* The same with a line that is no 'key = value' line (line 5). */
static const char bad_ini[] =
	"[tracker]\nname = Eritrean troops\n"
	"[nouns]\ncounted = troops\nexpand soldier\n"
	"[quantity deployed]\ndefault = yes\ntriggers = deployed\n";

struct fixture {
	char	 dir[64];	/* temporary folder */
	char	 ini[96];	/* tracker_ini */
	char	 bad[96];	/* bad_ini */
	char	 news[96];	/* the articles ingested first */
	char	 more[96];	/* one article more */
	char	 db[96];	/* the database */
	char	 out[96];	/* a briefing folder */
};

static void
write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(s, f);
	assert_int_equal(fclose(f), 0);
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof(*f));
	char p[160];

	snprintf(f->dir, sizeof(f->dir), "/tmp/claimtrack-lazy-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->ini, sizeof(f->ini), "%s/t.ini", f->dir);
	snprintf(f->bad, sizeof(f->bad), "%s/bad.ini", f->dir);
	snprintf(f->news, sizeof(f->news), "%s/news", f->dir);
	snprintf(f->more, sizeof(f->more), "%s/more.txt", f->dir);
	snprintf(f->db, sizeof(f->db), "%s/c.db", f->dir);
	snprintf(f->out, sizeof(f->out), "%s/briefing", f->dir);
	write_file(f->ini, tracker_ini);
	write_file(f->bad, bad_ini);
	snprintf(p, sizeof(p), "%s/empty", f->dir);
	if (mkdir(f->news, 0755) == -1 || mkdir(p, 0755) == -1)
		return -1;
	snprintf(p, sizeof(p), "%s/a.txt", f->news);
	write_file(p, "---\nid: a\npublished: 2025-03-01\n---\n"
	    "Officials said 2,000 Eritrean paratroopers were deployed to "
	    "the border on Friday.\n");
	snprintf(p, sizeof(p), "%s/b.txt", f->news);
	write_file(p, "---\nid: b\npublished: 2025-03-02\n---\n"
	    "Officials said 5,000 Eritrean troops were sent to the coast "
	    "on Saturday.\n");
	write_file(f->more, "---\nid: m\npublished: 2025-03-03\n---\n"
	    "Officials said 3,000 Eritrean infantrymen were deployed on "
	    "Sunday.\nOfficials said 700 Eritrean troops were sent north "
	    "on Sunday.\n");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

/* Run the program with args (NULL-ended), WNSEARCHDIR set to wn unless
 * wn is NULL. */
static void
claimtrack(const struct fixture *f, const char *wn, const char **args,
    struct spawn_result *r)
{
	char *argv[16];
	size_t i;

	argv[0] = (char *)TEST_PROGRAM();
	for (i = 0; args[i] != NULL && i < 14; i++)
		argv[i + 1] = (char *)args[i];
	argv[i + 1] = NULL;
	if (wn != NULL)
		setenv("WNSEARCHDIR", wn, 1);
	spawn_run(argv, f->dir, r);
	unsetenv("WNSEARCHDIR");
	assert_true(r->exited);
}

/* Fail unless the command args succeeds with WordNet's data gone and
 * says nothing of WordNet. */
static void
succeeds_without_wordnet(const struct fixture *f, const char **args)
{
	struct spawn_result r;

	claimtrack(f, NO_WORDNET, args, &r);
	if (r.status != 0 || strstr(r.err, "WordNet") != NULL)
		fail_msg("%s: status %d, stderr: %s", args[0], r.status,
		    r.err);
	spawn_release(&r);
}

static void
should_not_open_wordnet_when_nothing_is_new(void **state)
{
	struct fixture *f = *state;
	const char *ingest[] = { "ingest", "--db", f->db, "--tracker",
	    f->ini, f->news, NULL };
	const char *rescan[] = { "ingest", "--rescan", "-j", "2", "--db",
	    f->db, "--tracker", f->ini, f->news, NULL };
	const char *summary[] = { "summary", "--db", f->db, "--asof",
	    "2025-03-05", NULL };
	const char *run[] = { "run", "--db", f->db, "--tracker", f->ini,
	    "--out", f->out, "--asof", "2025-03-05", "--period", "week",
	    f->news, NULL };
	const char *report[] = { "report", "--db", f->db, "--out", f->out,
	    "--asof", "2025-03-05", NULL };
	/* with threads, extract reads WordNet before it starts them */
	char empty[112];
	const char *extract[] = { "extract", "-j", "1", "--tracker", f->ini,
	    empty, NULL };
	struct spawn_result r;

	claimtrack(f, NULL, ingest, &r);	/* with WordNet: 2 new */
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "2 new"));
	spawn_release(&r);
	succeeds_without_wordnet(f, ingest);
	succeeds_without_wordnet(f, rescan);
	succeeds_without_wordnet(f, summary);
	succeeds_without_wordnet(f, run);
	succeeds_without_wordnet(f, report);
	/* a folder holding no article: nothing to extract */
	snprintf(empty, sizeof(empty), "%s/empty", f->dir);
	claimtrack(f, NO_WORDNET, extract, &r);
	assert_null(strstr(r.err, "WordNet"));
	spawn_release(&r);
}

static void
should_say_once_that_wordnet_is_missing_when_an_article_is_read(
    void **state)
{
	struct fixture *f = *state;
	const char *ingest[] = { "ingest", "-j", "2", "--db", f->db,
	    "--tracker", f->ini, f->news, f->more, NULL };
	const char *extract[] = { "extract", "-j", "2", "--tracker", f->ini,
	    f->more, NULL };
	struct spawn_result r;

	claimtrack(f, NO_WORDNET, ingest, &r);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "1 new"));
	assert_int_equal(lines_containing(r.err, "WordNet data not found"),
	    1);
	assert_non_null(strstr(r.err, "WNSEARCHDIR"));
	spawn_release(&r);
	/* the listed noun counts, the kind WordNet would add does not */
	claimtrack(f, NO_WORDNET, extract, &r);
	assert_int_equal(r.status, 0);
	assert_int_equal(lines_containing(r.err, "WordNet data not found"),
	    1);
	assert_non_null(strstr(r.out, "\"value\":700"));
	assert_null(strstr(r.out, "\"value\":3000"));
	spawn_release(&r);
	/* with the data, both */
	claimtrack(f, NULL, extract, &r);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "\"value\":700"));
	assert_non_null(strstr(r.out, "\"value\":3000"));
	spawn_release(&r);
}

static void
should_refuse_a_bad_tracker_first_with_its_file_and_line(void **state)
{
	struct fixture *f = *state;
	const char *cmds[][12] = {
		{ "ingest", "--db", f->db, "--tracker", f->bad, f->more,
		  NULL },
		{ "run", "--db", f->db, "--tracker", f->bad, "--out", f->out,
		  "--asof", "2025-03-05", f->more, NULL },
		{ "extract", "--tracker", f->bad, f->more, NULL },
		{ "summary", "--db", f->db, "--tracker", f->bad, NULL },
		{ "report", "--db", f->db, "--tracker", f->bad, "--out",
		  f->out, NULL },
	};
	char where[128];
	struct spawn_result r;
	size_t i;

	snprintf(where, sizeof(where), "%s:5: ", f->bad);
	for (i = 0; i < sizeof(cmds) / sizeof(*cmds); i++) {
		claimtrack(f, NO_WORDNET, cmds[i], &r);
		if (r.status != EXIT_USAGE || strstr(r.err, where) == NULL ||
		    strstr(r.err, "WordNet") != NULL)
			fail_msg("%s: status %d, stderr: %s", cmds[i][0],
			    r.status, r.err);
		spawn_release(&r);
	}
}

/* A thread of should_expand_once_when_threads_extract_at_once(). */
struct reader {
	const struct tracker *tr;
	struct claimset cs;
	pthread_t th;
};

static const char *const sentences[] = {
	"Officials said 2,000 Eritrean paratroopers were deployed.",
	"Officials said 1,500 Eritrean marines were sent to the coast.",
	"Officials said 8,000 Eritreans were deployed in the region.",
	"Officials said 40 Eritrean tanks were deployed.",
};

static void *
reader_run(void *arg)
{
	struct reader *rd = arg;
	size_t i;

	for (i = 0; i < sizeof(sentences) / sizeof(*sentences); i++)
		extract_text(rd->tr, "doc", "2025-03-01", sentences[i],
		    &rd->cs);
	return NULL;
}

static void
should_expand_once_when_threads_extract_at_once(void **state)
{
	struct tracker *one = tracker_parse(tracker_ini, "one.ini");
	struct tracker *tr = tracker_parse(tracker_ini, "many.ini");
	struct reader rd[4];
	struct claimset cs;
	size_t i, k;

	(void)state;
	assert_non_null(one);
	assert_non_null(tr);
	assert_int_equal(tr->nexpanded, 0);
	tracker_expand(one);
	tracker_expand(one);	/* again: nothing more */
	assert_true(one->nexpanded > 100);
	claimset_init(&cs);
	for (i = 0; i < sizeof(sentences) / sizeof(*sentences); i++)
		extract_text(one, "doc", "2025-03-01", sentences[i], &cs);
	assert_int_equal(cs.n, 3);
	for (i = 0; i < 4; i++) {
		rd[i].tr = tr;
		claimset_init(&rd[i].cs);
		assert_int_equal(pthread_create(&rd[i].th, NULL, reader_run,
		    &rd[i]), 0);
	}
	for (i = 0; i < 4; i++) {
		assert_int_equal(pthread_join(rd[i].th, NULL), 0);
		assert_int_equal(rd[i].cs.n, cs.n);
		for (k = 0; k < cs.n; k++)
			assert_true(rd[i].cs.v[k].value == cs.v[k].value);
		claimset_release(&rd[i].cs);
	}
	assert_int_equal(tr->nexpanded, one->nexpanded);
	assert_int_equal(tr->nouns.n, one->nouns.n);
	assert_int_equal(tr->cues.n, one->cues.n);
	claimset_release(&cs);
	tracker_free(one);
	tracker_free(tr);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_open_wordnet_when_nothing_is_new),
		cmocka_unit_test(
		    should_say_once_that_wordnet_is_missing_when_an_article_is_read),
		cmocka_unit_test(
		    should_refuse_a_bad_tracker_first_with_its_file_and_line),
		cmocka_unit_test(
		    should_expand_once_when_threads_extract_at_once),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
