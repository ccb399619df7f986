/*
 * test_extract_run.c - `claimtrack extract` as a map step: the same bytes
 * at any -j, JSONL on standard input as from a file, the claim line as
 * jansson wrote it, and `ingest --claims` storing what extract printed.
 */
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <jansson.h>

#include "testutil.h"
#include "tmpdir_fixture.h"
#include "claimtrack.h"
#include "util.h"
#include "publish.h"
#include "claimline.h"
#include "reader.h"

#define CORPUS_ARTICLES 300	/* generated: text, JSONL and HTML */

/* Fail unless the files a and b of dir hold the same bytes. */
static void
assert_same_file(const char *a, const char *b)
{
	char *x = slurp(a), *y = slurp(b);

	assert_non_null(x);
	assert_non_null(y);
	assert_true(strlen(x) > 0);
	assert_string_equal(x, y);
	free(x);
	free(y);
}

static int
setup(void **state)
{
	(void)state;
	if (tmpdir_make("xrun") != 0)
		return -1;
	return sh("scripts/gen-corpus --out %s/corpus --articles %d --seed 3 "
	    "2>/dev/null && cat %s/corpus/*/*.jsonl > %s/all.jsonl", dir,
	    CORPUS_ARTICLES, dir, dir) == 0 ? 0 : -1;
}

static void
should_print_the_same_bytes_at_any_jobs(void **state)
{
	(void)state;
	assert_int_equal(sh("%s extract -j 1 %s/corpus corpus/sample "
	    ">%s/j1 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s extract -j 2 %s/corpus corpus/sample "
	    ">%s/j2 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s extract -j 7 %s/corpus corpus/sample "
	    ">%s/j7 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_same_file("j1", "j2");
	assert_same_file("j1", "j7");
}

static void
should_read_jsonl_on_stdin_as_from_a_file(void **state)
{
	(void)state;
	assert_int_equal(sh("%s extract -j 1 %s/all.jsonl >%s/file",
	    TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("cat %s/all.jsonl | %s extract -j 1 >%s/pipe",
	    dir, TEST_PROGRAM(), dir), 0);
	assert_int_equal(sh("%s extract -j 2 - <%s/all.jsonl >%s/dash",
	    TEST_PROGRAM(), dir, dir), 0);
	assert_same_file("file", "pipe");
	assert_same_file("file", "dash");
}

static void
should_name_stdin_and_its_line_in_messages(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(sh("printf '{\"id\":\"a\",\"text\":\"x\"}\\nnot json"
	    "\\n' | %s extract 2>%s/err >/dev/null", TEST_PROGRAM(), dir), 1);
	err = log_unstamp(slurp("err"));
	assert_non_null(strstr(err, "claimtrack: stdin:2: not JSON:"));
	free(err);
	assert_int_equal(sh("%s extract - %s/all.jsonl 2>/dev/null",
	    TEST_PROGRAM(), dir), 2);
}

/* A pipe holding text, its read end returned. */
static int
pipe_of(const char *text)
{
	int fd[2];

	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], text, strlen(text)),
	    (ssize_t)strlen(text));
	close(fd[1]);
	return fd[0];
}

static int
count_piece(struct read_piece *pc, void *arg)
{
	size_t *n = arg;

	if (pc->len > 0)
		(*n)++;
	read_piece_free(pc);
	return 0;
}

static void
should_reject_a_stream_line_past_the_ceiling_and_read_on(void **state)
{
	struct read_opts ro = { .max_bytes = 16, .no_hash = true };
	struct read_stats st;
	size_t n = 0;
	int fd;

	(void)state;
	fd = pipe_of("{\"a\":1}\n\n{\"text\":\"far too long a line\"}\n"
	    "{\"b\":2}\n{\"c\":3}");
	assert_int_equal(read_stream(fd, "mem", &ro, count_piece, &n, &st),
	    0);
	close(fd);
	assert_int_equal(n, 3);
	assert_int_equal(st.rejected, 1);
	assert_int_equal(st.files, 1);
}

/* The claim line as cmd_extract.c built it with jansson before. */
static char *
jansson_line(const struct claim *c)
{
	json_t *o = json_object(), *off = json_object();
	char *s;

#define NUM(v) (isnan(v) ? json_null() : json_real(v))
#define AMT(v) (!isnan(v) && (v) == floor(v) && fabs(v) < 9e15 ? \
	json_integer((json_int_t)(v)) : NUM(v))
#define STR(s) ((s) != NULL ? json_string(s) : json_null())
	json_object_set_new(o, "doc", STR(c->doc));
	json_object_set_new(o, "value", AMT(c->value));
	json_object_set_new(o, "low", AMT(c->low));
	json_object_set_new(o, "high", AMT(c->high));
	json_object_set_new(o, "qualifier",
	    json_string(qualifier_name(c->qualifier)));
	json_object_set_new(o, "quantity", STR(c->quantity));
	json_object_set_new(o, "subject", STR(c->subject));
	json_object_set_new(o, "source", STR(c->source));
	json_object_set_new(o, "claimant", STR(c->claimant));
	json_object_set_new(o, "relayer", STR(c->relayer));
	json_object_set_new(o, "scope", STR(c->scope));
	json_object_set_new(o, "place", STR(c->place));
	json_object_set_new(o, "modality",
	    json_string(modality_name(c->modality)));
	/* the claim's own date, else its article's, and which it is */
	if (c->claim_date[0] != '\0') {
		json_object_set_new(o, "claim_date", json_string(c->claim_date));
		json_object_set_new(o, "date_from", json_string("text"));
	} else if (c->published[0] != '\0') {
		json_object_set_new(o, "claim_date", json_string(c->published));
		json_object_set_new(o, "date_from", json_string("published"));
	} else {
		json_object_set_new(o, "claim_date", json_null());
		json_object_set_new(o, "date_from", json_null());
	}
	json_object_set_new(o, "published",
	    c->published[0] ? json_string(c->published) : json_null());
	json_object_set_new(o, "sentence", STR(c->sentence));
	if (!isnan(c->each)) {
		json_t *parts = json_object();

		json_object_set_new(parts, "factor", AMT(c->factor));
		json_object_set_new(parts, "each", AMT(c->each));
		json_object_set_new(o, "parts", parts);
	}
	json_object_set_new(off, "sent_start", json_integer(c->sent_start));
	json_object_set_new(off, "sent_end", json_integer(c->sent_end));
	json_object_set_new(off, "num_start", json_integer(c->num_start));
	json_object_set_new(off, "num_end", json_integer(c->num_end));
	json_object_set_new(o, "offsets", off);
	s = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII |
	    JSON_REAL_PRECISION(10));
	json_decref(o);
	return s;
}

static void
should_write_the_claim_line_jansson_wrote(void **state)
{
	static const struct {
		const char	*text;	/* a string field's value */
		double		 num;	/* a number field's value */
	} rows[] = {
		{ "plain", 12000 },
		{ "quote \" back \\ slash / tab\t nl\n cr\r", 0.5 },
		{ "\x01\x1f\x7f controls", 11727.75 },
		{ "no\xc2\xa0" "break \xe2\x80\x9c" "curly\xe2\x80\x9d", 1e20 },
		{ "astral \xf0\x9f\x98\x80 smile", 1.0 / 3 },
		{ "bad \xff byte", -0.0 },
		{ "cut \xe2\x80", 1e-7 },
		{ "", 9e15 },
		{ "overlong \xc0\xaf", 123456789012.5 },
		{ "surrogate \xed\xa0\x80", INFINITY },
		{ "fine", NAN },
	};
	struct strbuf sb;
	struct claim c;
	char *want;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		claim_init(&c);
		c.doc = xstrdup(rows[i].text);
		c.subject = xstrdup(rows[i].text);
		c.sentence = xstrdup(rows[i].text);
		c.quantity = xstrdup("troops_deployed");
		c.source = xstrdup("Ukraine");
		c.value = rows[i].num;
		c.low = rows[i].num * 0.95;
		c.high = NAN;
		c.qualifier = QUAL_APPROX;
		if (i % 2 == 0) {
			c.factor = 2;
			c.each = rows[i].num;
		}
		if (i % 3 != 2)		/* and a page without a date */
			strcpy(c.published, "2024-10-25");
		if (i % 3 == 1)		/* a date the text gives */
			strcpy(c.claim_date, "2024-10-23");
		c.sent_end = i * 1000;
		strbuf_init(&sb, SIZE_MAX);
		claimline_write(&sb, &c);
		want = jansson_line(&c);
		assert_non_null(want);
		assert_int_equal(sb.buf[sb.len - 1], '\n');
		sb.buf[sb.len - 1] = '\0';
		assert_string_equal(sb.buf, want);
		free(want);
		strbuf_release(&sb);
		claim_release(&c);
	}
}

/* The stored claims of db, one line each, in id order. */
static void
dump_claims(const char *db, const char *out)
{
	assert_int_equal(sh("sqlite3 %s/%s \"SELECT a.doc, value, low, high, "
	    "qualifier, quantity, subject, source, claimant, relayer, scope, "
	    "place, modality, claim_date, sentence, sent_start, sent_end, "
	    "num_start, num_end, factor, each FROM claims c JOIN articles a "
	    "ON a.id = c.article_id ORDER BY c.id\" >%s/%s", dir, db, dir,
	    out), 0);
}

static void
should_store_the_claims_given_as_if_extracted(void **state)
{
	(void)state;
	assert_int_equal(sh("%s ingest -j 1 --db %s/x.db corpus/sample "
	    "%s/corpus >/dev/null 2>&1", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s extract corpus/sample %s/corpus >%s/claims "
	    "2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh("%s ingest -j 2 --db %s/g.db --claims %s/claims "
	    "corpus/sample %s/corpus >%s/out 2>&1", TEST_PROGRAM(), dir, dir,
	    dir, dir), 0);
	dump_claims("x.db", "x.claims");
	dump_claims("g.db", "g.claims");
	assert_same_file("x.claims", "g.claims");
}

static void
should_reject_a_claim_of_an_unknown_doc_naming_file_and_line(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(sh("%s extract corpus/sample >%s/c2 && grep -m1 "
	    "'\"doc\":\"s001\"' %s/c2 | sed 's/\"s001\"/\"nosuch\"/' >>%s/c2",
	    TEST_PROGRAM(), dir, dir, dir), 0);
	assert_int_equal(sh("wc -l <%s/c2 >%s/n", dir, dir), 0);
	assert_int_equal(sh("%s ingest --db %s/u.db --claims %s/c2 "
	    "corpus/sample >%s/out 2>%s/err", TEST_PROGRAM(), dir, dir, dir,
	    dir), 1);
	err = log_unstamp(slurp("err"));
	{
		char want[256], *n = slurp("n");

		snprintf(want, sizeof(want), "claimtrack: %s/c2:%d: no article "
		    "of its doc among the inputs", dir, atoi(n));
		assert_non_null(strstr(err, want));
		free(n);
	}
	free(err);
	assert_int_equal(sh("sqlite3 %s/u.db \"SELECT count(*) FROM claims\" "
	    "| grep -qx $(($(cat %s/n) - 1))", dir, dir), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_print_the_same_bytes_at_any_jobs),
		cmocka_unit_test(should_read_jsonl_on_stdin_as_from_a_file),
		cmocka_unit_test(should_name_stdin_and_its_line_in_messages),
		cmocka_unit_test(
		    should_reject_a_stream_line_past_the_ceiling_and_read_on),
		cmocka_unit_test(should_write_the_claim_line_jansson_wrote),
		cmocka_unit_test(
		    should_store_the_claims_given_as_if_extracted),
		cmocka_unit_test(
		    should_reject_a_claim_of_an_unknown_doc_naming_file_and_line),
	};

	return cmocka_run_group_tests(tests, setup, tmpdir_teardown);
}
