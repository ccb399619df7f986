/*
 * test_reader_text.c - text articles with front matter, and what the
 * reader rejects or repairs in them, message by message.
 */
#include "test_reader_util.h"

/* Read one fixture; stderr captured into *err. */
static int
read_one(const char *name, struct kept *k, struct read_stats *st, char **err)
{
	char path[256];
	char *paths[1] = { path };

	snprintf(path, sizeof(path), "%s%s", INPUTS, name);
	return read_capture(paths, 1, NULL, k, st, err);
}

static void
should_read_every_front_matter_key(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_one("full.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "kirby-1");
	assert_string_equal(k.v[0].title,
	    "Kirby: at least 3,000 North Korean troops in Russia");
	assert_string_equal(k.v[0].outlet, "Example Wire");
	assert_string_equal(k.v[0].url, "https://news.example/kirby");
	assert_string_equal(k.v[0].published, "2024-10-23");
	assert_string_equal(k.v[0].format, "text");
	assert_int_equal(k.v[0].line, 0);
	assert_string_equal(k.v[0].body, "U.S. National Security Council "
	    "spokesman John Kirby said at least 3,000 North Korean soldiers "
	    "had arrived in Russia this month.\n");
	assert_int_equal(k.v[0].body_len, strlen(k.v[0].body));
	assert_int_equal(strlen(k.v[0].hash), 64);
	assert_string_equal(err, "");
	assert_int_equal(st.files, 1);
	assert_int_equal(st.articles, 1);
	assert_int_equal(st.rejected + st.warnings, 0);
	free(err);
	kept_release(&k);
}

static void
should_take_missing_and_empty_keys_as_absent(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_one("partial.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "partial-1");
	assert_null(k.v[0].title);
	assert_null(k.v[0].outlet);
	assert_null(k.v[0].url);
	assert_string_equal(k.v[0].published, "");
	assert_string_equal(k.v[0].body,
	    "Seoul says over 11,000 troops were sent.\n");
	assert_string_equal(err, "");
	free(err);
	kept_release(&k);
}

static void
should_name_a_headerless_file_by_its_stem_and_leave_it_undated(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_one("plain.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "plain");
	assert_null(k.v[0].title);
	assert_string_equal(k.v[0].published, "");
	assert_string_equal(k.v[0].body,
	    "NIS: over 11,000 North Korean troops are in Russia.\n");
	free(err);
	kept_release(&k);
}

/* A rejected file: no article, one message, one rejection. */
struct rejection {
	const char	*file;		/* fixture */
	const char	*message;	/* exact text after "prog: " */
};

static void
should_reject_bad_files_with_one_message_naming_them(void **state)
{
	static const struct rejection rows[] = {
		{ "empty.txt", "empty.txt: empty file\n" },
		{ "binary.txt", "binary.txt: binary file\n" },
		{ "nul.txt", "nul.txt: binary file\n" },
		{ "unclosed.txt", "unclosed.txt:1: front matter not closed\n" },
		{ "missing.txt", "missing.txt: No such file or directory\n" },
	};
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err, want[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		assert_int_equal(read_one(rows[i].file, &k, &st, &err), 0);
		assert_int_equal(k.n, 0);
		assert_int_equal(st.files, 1);
		assert_int_equal(st.rejected, 1);
		snprintf(want, sizeof(want), ": %s%s", INPUTS, rows[i].message);
		assert_contains(err, want);
		assert_null(strchr(strchr(err, '\n') + 1, '\n'));
		free(err);
	}
}

/* A date that does not parse: warned, counted, the article kept. */
struct bad_date {
	const char	*file;		/* fixture */
	const char	*message;	/* the warning after the path */
};

static void
should_keep_an_article_undated_when_its_date_does_not_parse(void **state)
{
	static const struct bad_date rows[] = {
		{ "baddate.txt", ":4: unparseable date 'sometime last week'; "
		    "article kept undated\n" },
		{ "feb30.txt", ":3: unparseable date '2024-02-30'; "
		    "article kept undated\n" },
	};
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err, want[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		assert_int_equal(read_one(rows[i].file, &k, &st, &err), 0);
		assert_int_equal(k.n, 1);
		assert_string_equal(k.v[0].published, "");
		assert_int_equal(st.warnings, 1);
		assert_int_equal(st.rejected, 0);
		snprintf(want, sizeof(want), "%s%s%s", INPUTS, rows[i].file,
		    rows[i].message);
		assert_contains(err, want);
		free(err);
		kept_release(&k);
	}
}

static void
should_read_a_quoted_rfc2822_date(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_one("newsdate.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].published, "2024-10-25");
	free(err);
	kept_release(&k);
}

static void
should_repair_invalid_utf8_with_one_warning(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err, want[128];

	(void)state;
	assert_int_equal(read_one("badutf8.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "latin");
	assert_string_equal(k.v[0].body, "A caf\xEF\xBF\xBD in Seoul.\n"
	    "The NIS says 11,000\xEF\xBF\xBD troops.\n");
	assert_int_equal(st.warnings, 1);
	assert_int_equal(st.rejected, 0);
	snprintf(want, sizeof(want), "%sbadutf8.txt:4: invalid UTF-8 "
	    "replaced by U+FFFD (2 bytes)\n", INPUTS);
	assert_contains(err, want);
	free(err);
	kept_release(&k);
}

static void
should_normalize_crlf_bom_and_unicode_spaces(void **state)
{
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_one("crlf.txt", &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "crlf");
	assert_string_equal(k.v[0].body, "Kyiv says about 12,000 troops\n"
	    "are in \xE2\x80\x9CRussia\xE2\x80\x9D.\n");
	assert_string_equal(err, "");
	free(err);
	kept_release(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_every_front_matter_key),
		cmocka_unit_test(should_take_missing_and_empty_keys_as_absent),
		cmocka_unit_test(
		    should_name_a_headerless_file_by_its_stem_and_leave_it_undated),
		cmocka_unit_test(
		    should_reject_bad_files_with_one_message_naming_them),
		cmocka_unit_test(
		    should_keep_an_article_undated_when_its_date_does_not_parse),
		cmocka_unit_test(should_read_a_quoted_rfc2822_date),
		cmocka_unit_test(should_repair_invalid_utf8_with_one_warning),
		cmocka_unit_test(should_normalize_crlf_bom_and_unicode_spaces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
