/*
 * test_reader_jsonl.c - JSON Lines: good lines read, bad lines reported
 * with their line numbers, the rest of the file still read.
 */
#include "test_reader_util.h"
#include "jsonl.h"

static void
should_read_good_lines_and_report_bad_ones_by_line(void **state)
{
	char *paths[1] = { INPUTS "articles.jsonl" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_capture(paths, 1, NULL, &k, &st, &err), 0);
	assert_int_equal(k.n, 3);
	assert_string_equal(k.v[0].id, "j1");
	assert_string_equal(k.v[0].title, "First");
	assert_string_equal(k.v[0].outlet, "Wire");
	assert_string_equal(k.v[0].published, "2024-10-25");
	assert_string_equal(k.v[0].body, "Kyiv says 12,000 troops.");
	assert_string_equal(k.v[0].format, "jsonl");
	assert_int_equal(k.v[0].line, 1);
	assert_string_equal(k.v[1].id, "articles-2");
	assert_string_equal(k.v[1].body, "The Pentagon says 10,000.");
	assert_string_equal(k.v[1].published, "");
	assert_int_equal(k.v[1].line, 2);
	assert_string_equal(k.v[2].id, "6");
	assert_string_equal(k.v[2].body, "NIS: over 11,000.");
	assert_string_equal(k.v[2].published, "2024-10-25");
	assert_int_equal(k.v[2].line, 6);
	assert_int_equal(st.files, 1);
	assert_int_equal(st.articles, 3);
	assert_int_equal(st.rejected, 3);
	assert_contains(err, INPUTS "articles.jsonl:3: not JSON: ");
	assert_contains(err, INPUTS "articles.jsonl:5: no text\n");
	assert_contains(err, INPUTS "articles.jsonl:7: not JSON: ");
	assert_null(strstr(err, "articles.jsonl:4:"));
	free(err);
	kept_release(&k);
}

static int
stop_after_first(const struct article *a, void *arg)
{
	(void)a;
	++*(int *)arg;
	return -1;
}

static void
should_stop_the_batch_when_the_consumer_says_so(void **state)
{
	static const char buf[] = "{\"text\": \"one\"}\n{\"text\": \"two\"}\n";
	struct read_stats st = { 0 };
	int calls = 0;

	(void)state;
	assert_int_equal(jsonl_parse("mem.jsonl", buf, sizeof(buf) - 1,
	    stop_after_first, &calls, &st), -1);
	assert_int_equal(calls, 1);
}

static void
should_report_a_line_that_is_no_object(void **state)
{
	static const char buf[] = "[1, 2]\n{\"text\": \"ok\"}\r\n";
	struct kept k = { .n = 0 };
	struct read_stats st = { 0 };
	struct capture c;
	char *err;

	(void)state;
	capture_begin(&c);
	assert_int_equal(jsonl_parse("mem.jsonl", buf, sizeof(buf) - 1,
	    kept_add, &k, &st), 0);
	err = capture_end(&c);
	assert_contains(err, "mem.jsonl:1: not a JSON object\n");
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "mem-2");
	assert_string_equal(k.v[0].body, "ok");
	assert_int_equal(st.rejected, 1);
	free(err);
	kept_release(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_good_lines_and_report_bad_ones_by_line),
		cmocka_unit_test(
		    should_stop_the_batch_when_the_consumer_says_so),
		cmocka_unit_test(should_report_a_line_that_is_no_object),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
