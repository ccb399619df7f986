/*
 * test_badinput_replay.c - every fuzzing seed (fuzz/corpus/TARGET/) and
 * every input a fuzzer once crashed on (tests/data/fuzz/TARGET/, the
 * regression fixtures) fed to the reader entry point it was found for,
 * in the ordinary build and under make sanitize. Each result must keep
 * the entry point's contract: an article with an id, a NUL-terminated
 * valid UTF-8 body of the stated length, a 64-digit hash and a real date
 * or none; or a rejection that leaves nothing behind. The readers'
 * messages about the bad seeds are expected on stderr.
 */
#include <dirent.h>
#include <string.h>

#include <glib.h>

#include "testutil.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "claimtrack.h"
#include "util.h"
#include "date.h"
#include "reader.h"
#include "frontmatter.h"
#include "html.h"
#include "jsonl.h"
#include "manifest.h"
#include "normalize.h"

#define REPLAY_MAX ((size_t)1 << 20)	/* seeds and fixtures are small */

/* The contract of a normalized text of len bytes. */
static void
text_check(const char *text, size_t len)
{
	assert_non_null(text);
	assert_int_equal(strlen(text), len);
	assert_true(g_utf8_validate(text, (gssize)len, NULL));
	assert_null(memchr(text, '\r', len));
}

/* The contract of an article a reader handed over. */
static void
article_check(const struct article *a)
{
	long days;

	assert_non_null(a->id);
	assert_true(a->id[0] != '\0');
	text_check(a->body, a->body_len);
	assert_false(text_is_blank(a->body, a->body_len));
	assert_int_equal(strlen(a->hash), 64);
	assert_true(a->published[0] == '\0' ||
	    date_parse(a->published, &days) == 0);
}

/* A rejection leaves the article empty. */
static void
rejected_check(const struct article *a)
{
	assert_null(a->id);
	assert_null(a->body);
}

static void
replay_frontmatter(const char *buf, size_t len)
{
	struct read_stats st = { 0 };
	struct article a;

	if (frontmatter_parse("replay.txt", buf, len, true, &a, &st) == 0)
		article_check(&a);
	else
		rejected_check(&a);
	article_release(&a);
}

static void
replay_html(const char *buf, size_t len)
{
	struct read_stats st = { 0 };
	struct article a;

	if (html_parse("replay.html", buf, len, true, &a, &st) == 0)
		article_check(&a);
	else
		rejected_check(&a);
	article_release(&a);
}

static int
jsonl_each(const struct article *a, void *arg)
{
	size_t *n = arg;

	article_check(a);
	assert_true(a->line >= 1);
	(*n)++;
	return 0;
}

static void
replay_jsonl(const char *buf, size_t len)
{
	struct read_stats st = { 0 };
	size_t n = 0;

	assert_int_equal(jsonl_parse("replay.jsonl", buf, len, jsonl_each, &n,
	    &st), 0);
	assert_int_equal(st.articles, n);
}

/* fuzz_jsonrec: the one-pass reader and jansson agree on one line. */
static int
jsonrec_read(const char *buf, size_t len, bool fast, struct article *a,
    struct read_stats *st)
{
	int rc;

	memset(st, 0, sizeof(*st));
	jsonl_reader_set(fast ? JSONL_READER_FAST : JSONL_READER_JANSSON);
	rc = jsonl_line_parse("replay.jsonl", 1, buf, len, false, a, st);
	jsonl_reader_set(JSONL_READER_ENV);
	return rc;
}

static void
replay_jsonrec(const char *buf, size_t len)
{
	struct article f, j;
	struct read_stats sf, sj;

	assert_int_equal(jsonrec_read(buf, len, true, &f, &sf),
	    jsonrec_read(buf, len, false, &j, &sj));
	assert_int_equal(sf.warnings, sj.warnings);
	assert_true((f.id == NULL) == (j.id == NULL));
	if (f.id != NULL)
		assert_string_equal(f.id, j.id);
	assert_true((f.title == NULL) == (j.title == NULL));
	if (f.title != NULL)
		assert_string_equal(f.title, j.title);
	assert_true((f.url == NULL) == (j.url == NULL));
	if (f.url != NULL)
		assert_string_equal(f.url, j.url);
	assert_string_equal(f.published, j.published);
	assert_true((f.body == NULL) == (j.body == NULL));
	if (f.body != NULL)
		assert_string_equal(f.body, j.body);
	assert_int_equal(f.body_len, j.body_len);
	article_release(&f);
	article_release(&j);
}

static void
replay_manifest(const char *buf, size_t len)
{
	struct read_stats st = { 0 };
	struct manifest m;
	size_t i;

	manifest_init(&m);
	if (manifest_parse(&m, "replay.csv", ".", buf, len, &st) == 0)
		for (i = 0; i < m.n; i++)
			assert_non_null(m.v[i].file);
	manifest_release(&m);
}

static void
replay_normalize(const char *buf, size_t len)
{
	char *out, hash[65];
	size_t outlen;
	int rc;

	rc = text_normalize("replay", 1, buf, len, &out, &outlen);
	assert_true(rc >= -1 && rc <= 1);
	assert_int_equal(rc == -1, text_is_binary(buf, len));
	if (rc == -1)
		return;
	text_check(out, outlen);
	text_hash(out, outlen, hash);
	assert_int_equal(strlen(hash), 64);
	free(out);
}

/* The extractor on raw text: every claim's offsets inside the text. */
static void
replay_extract(const char *buf, size_t len)
{
	static struct tracker *tr;
	char *text = xstrndup(buf, len);
	struct claimset cs;
	size_t i, n = strlen(text);

	if (tr == NULL)
		tr = tracker_default();
	claimset_init(&cs);
	extract_text(tr, "replay", "2024-10-25", text, &cs);
	for (i = 0; i < cs.n; i++) {
		assert_true(cs.v[i].num_start < cs.v[i].num_end);
		assert_true(cs.v[i].sent_end <= n);
		assert_non_null(cs.v[i].source);
	}
	claimset_release(&cs);
	free(text);
}

static const struct {
	const char *target;			/* fuzz/fuzz_TARGET.c */
	void	(*replay)(const char *, size_t); /* its entry point */
} targets[] = {
	{ "frontmatter", replay_frontmatter },
	{ "html", replay_html },
	{ "jsonl", replay_jsonl },
	{ "jsonrec", replay_jsonrec },
	{ "manifest", replay_manifest },
	{ "normalize", replay_normalize },
	{ "extract", replay_extract },
};

/* Replay every file of dir (missing: none); returns how many. */
static size_t
dir_replay(const char *dir, void (*replay)(const char *, size_t))
{
	char path[512];
	struct dirent *e;
	size_t n = 0, len;
	char *buf;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		buf = file_read(path, REPLAY_MAX, &len);
		assert_non_null(buf);
		replay(buf, len);
		free(buf);
		n++;
	}
	closedir(d);
	return n;
}

static void
should_keep_the_contract_on_every_seed_and_past_crash(void **state)
{
	char dir[256];
	size_t i, seeds;

	(void)state;
	for (i = 0; i < sizeof(targets) / sizeof(*targets); i++) {
		snprintf(dir, sizeof(dir), "fuzz/corpus/%s", targets[i].target);
		seeds = dir_replay(dir, targets[i].replay);
		if (seeds < 3)
			fail_msg("%s: only %zu seeds", dir, seeds);
		snprintf(dir, sizeof(dir), TEST_DATA "fuzz/%s",
		    targets[i].target);
		dir_replay(dir, targets[i].replay);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_the_contract_on_every_seed_and_past_crash),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
