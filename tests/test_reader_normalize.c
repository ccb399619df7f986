/*
 * test_reader_normalize.c - text normalization, the content hash, the
 * binary sniff and publication dates, as tables.
 */
#include "test_reader_util.h"
#include "util.h"
#include "normalize.h"
#include "pubdate.h"

struct norm_case {
	const char	*in;	/* raw bytes */
	const char	*out;	/* normalized text */
};

static void
should_normalize_spaces_line_ends_and_invisible_characters(void **state)
{
	static const struct norm_case rows[] = {
		{ "\xEF\xBB\xBFplain", "plain" },
		{ "a\r\nb\rc\n", "a\nb\nc\n" },
		{ "12\xC2\xA0" "000", "12 000" },		/* NBSP */
		{ "a\xE2\x80\x89z\xE2\x80\xAFy\xE3\x80\x80x", "a z y x" },
		{ "12,\xE2\x80\x8B" "000", "12,000" },		/* ZWSP */
		{ "Kim\xE2\x80\x8DJong\xC2\xAD" "un", "KimJongun" },
		{ "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash",
		    "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash" },
		{ "a\tb\x0B" "c\x1F" "d", "a\tb c d" },
		{ "line\xE2\x80\xA8next", "line\nnext" },
	};
	char *out;
	size_t i, len;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		assert_int_equal(text_normalize("t", 1, rows[i].in,
		    strlen(rows[i].in), &out, &len), 0);
		assert_string_equal(out, rows[i].out);
		assert_int_equal(len, strlen(rows[i].out));
		free(out);
	}
}

/* The plain runs are read eight bytes at a time: a character to change
 * at every offset of a long line, between plain bytes, is changed all
 * the same. */
static void
should_normalize_a_character_at_any_offset_of_a_long_line(void **state)
{
	static const struct norm_case rows[] = {
		{ "\x0B", " " }, { "\x1F", " " }, { "\t", "\t" },
		{ "\r\n", "\n" }, { "\r", "\n" }, { "\xC2\xA0", " " },
		{ "\xE2\x80\x8B", "" }, { "\xC3\xA9", "\xC3\xA9" },
		{ "~", "~" },
	};
	char in[64], want[64], *out;
	size_t i, off, len;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		for (off = 0; off <= 20; off++) {
			snprintf(in, sizeof(in), "%.*s%s%s", (int)off,
			    "abcdefghijklmnopqrstu", rows[i].in,
			    "vwxyz ABCDEFGHIJ!");
			snprintf(want, sizeof(want), "%.*s%s%s", (int)off,
			    "abcdefghijklmnopqrstu", rows[i].out,
			    "vwxyz ABCDEFGHIJ!");
			assert_int_equal(text_normalize("t", 1, in,
			    strlen(in), &out, &len), 0);
			assert_string_equal(out, want);
			free(out);
			assert_int_equal(text_normalize_utf8("t", 1, in,
			    strlen(in), &out, &len), 0);
			assert_string_equal(out, want);
			free(out);
		}
}

static void
should_tell_binary_from_text(void **state)
{
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
	static const char latin1[] = "Une caf\xe9 \xe0 Paris, 11 000 soldats.";
	static const char controls[] = "\x01\x02\x03\x04 ab \x05\x06\x07\x08";

	(void)state;
	assert_true(text_is_binary(png, sizeof(png) - 1));
	assert_true(text_is_binary(controls, sizeof(controls) - 1));
	assert_false(text_is_binary(latin1, sizeof(latin1) - 1));
	assert_false(text_is_binary("", 0));
}

static void
should_hash_words_not_layout(void **state)
{
	static const char *const same[] = {
		"Over 11,000 troops.\n\nMoscow denies it.",
		"  Over 11,000\ttroops. Moscow\ndenies it.\n",
		"Over  11,000 troops.\r\n Moscow denies   it. ",
	};
	char first[65], h[65];
	size_t i;

	(void)state;
	text_hash(same[0], strlen(same[0]), first);
	/* sha256("Over 11,000 troops. Moscow denies it.") */
	assert_string_equal(first, "5f32d6a013731647d277ec59b86d5ea3"
	    "96e2df66a893e8f5257c05c472999c47");
	for (i = 1; i < sizeof(same) / sizeof(*same); i++) {
		text_hash(same[i], strlen(same[i]), h);
		assert_string_equal(h, first);
	}
	text_hash("Over 11,000 troops.", 19, h);
	assert_string_not_equal(h, first);
}

/*
 * An article longer than the digest's buffer, with the layout changed
 * around every word, hashes as its words joined by single spaces: the
 * joins that fall on a buffer boundary are kept.
 */
static void
should_hash_a_long_article_by_its_words(void **state)
{
	static const char *const gaps[] = { " ", "  ", "\n", " \t ", "\r\n" };
	struct strbuf tight, loose;
	char a[65], b[65];
	size_t i;

	(void)state;
	strbuf_init(&tight, 1 << 20);
	strbuf_init(&loose, 1 << 20);
	strbuf_adds(&loose, "\n  ");
	for (i = 0; i < 20000; i++) {
		if (i > 0)
			strbuf_addc(&tight, ' ');
		strbuf_addf(&tight, "w%zu", i % 977);
		strbuf_addf(&loose, "w%zu%s", i % 977, gaps[i % 5]);
	}
	assert_true(tight.len > 4 * 16384);
	text_hash(tight.buf, tight.len, a);
	text_hash(loose.buf, loose.len, b);
	assert_string_equal(a, b);
	for (i = tight.len / 2; tight.buf[i] != 'w'; i++)
		;
	tight.buf[i + 1] = ' ';		/* "w123" becomes "w 23" */
	text_hash(tight.buf, tight.len, b);
	assert_string_not_equal(a, b);
	strbuf_release(&tight);
	strbuf_release(&loose);
}

struct date_case {
	const char	*in;	/* as written */
	const char	*out;	/* "YYYY-MM-DD", NULL when unparseable */
};

static void
should_parse_publication_dates_as_news_writes_them(void **state)
{
	static const struct date_case rows[] = {
		{ "2024-10-25", "2024-10-25" },
		{ " 2024-10-25T23:30:00-05:00 ", "2024-10-25" },
		{ "2024-10-25 10:00", "2024-10-25" },
		{ "October 25, 2024", "2024-10-25" },
		{ "Oct. 25, 2024", "2024-10-25" },
		{ "oct 25 2024", "2024-10-25" },
		{ "Sept. 3, 2024", "2024-09-03" },
		{ "25 October 2024", "2024-10-25" },
		{ "25th Oct 2024", "2024-10-25" },
		{ "Fri, 25 Oct 2024 10:00:00 GMT", "2024-10-25" },
		{ "Friday, October 25, 2024 at 10:00", "2024-10-25" },
		{ "February 29, 2024", "2024-02-29" },
		{ "2024-02-30", NULL },
		{ "February 30, 2024", NULL },
		{ "31 Sep 2024", NULL },
		{ "sometime last week", NULL },
		{ "October 2024", NULL },
		{ "Octember 25, 2024", NULL },
		{ "October 25, 2024x", NULL },
		{ "25/10/2024", NULL },
		{ "", NULL },
	};
	char out[DATE_LEN];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		strcpy(out, "unchanged");
		if (rows[i].out == NULL) {
			if (pubdate_parse(rows[i].in, out) != -1)
				fail_msg("'%s' parsed as %s", rows[i].in, out);
			assert_string_equal(out, "unchanged");
		} else {
			if (pubdate_parse(rows[i].in, out) != 0)
				fail_msg("'%s' did not parse", rows[i].in);
			assert_string_equal(out, rows[i].out);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_normalize_spaces_line_ends_and_invisible_characters),
		cmocka_unit_test(
		    should_normalize_a_character_at_any_offset_of_a_long_line),
		cmocka_unit_test(should_tell_binary_from_text),
		cmocka_unit_test(should_hash_words_not_layout),
		cmocka_unit_test(should_hash_a_long_article_by_its_words),
		cmocka_unit_test(
		    should_parse_publication_dates_as_news_writes_them),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
