/*
 * test_jsonrec.c - the one-pass JSONL record reader (inputs/jsonrec.h):
 * what it reads itself and what it leaves to jansson, and that a line
 * gives the same article, return and messages either way (the fast
 * path off with CLAIMTRACK_NO_FASTJSON).
 */
#include "test_reader_util.h"
#include "jsonl.h"
#include "jsonrec.h"

static const char *const keys[] = { "id", "title", "text" };

/* A line and whether jsonrec reads it whole. */
struct row {
	const char	*line;
	bool		 fast;
};

static const struct row rows[] = {
	{ "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Kyiv says 12,000.\"}", true },
	{ "  { \"text\" : \"x\" , \"id\" : null }  \r", true },
	{ "{}", true },
	/* escapes, \u of the BMP and a surrogate pair */
	{ "{\"text\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\"}", true },
	{ "{\"text\":\"caf\\u00e9 \\u20AC \\ud83d\\ude00 end\"}", true },
	{ "{\"text\":\"raw caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\"}", true },
	/* members no one asked for, of every kind, read over */
	{ "{\"n\":12,\"r\":-0.5,\"b\":true,\"f\":false,\"z\":null,"
	  "\"a\":[1,\"s\\n\",{\"k\":[]}],\"o\":{\"x\":{}},\"text\":\"t\"}", true },
	/* left to jansson */
	{ "{\"id\":42,\"text\":\"numeric id\"}", false },
	{ "{\"title\":7,\"text\":\"a title no string\"}", false },
	{ "{\"text\":\"one\",\"text\":\"twice\"}", false },
	{ "{\"te\\u0078t\":\"escaped key\"}", false },
	{ "{\"text\":\"nul \\u0000 inside\"}", false },
	{ "{\"text\":\"lone \\ud83d surrogate\"}", false },
	{ "{\"text\":\"low \\ude00 first\"}", false },
	{ "{\"text\":\"bad \\x escape\"}", false },
	{ "{\"text\":\"bad \\u12G4 hex\"}", false },
	{ "{\"text\":\"tab\tinside\"}", false },
	{ "{\"n\":1e400,\"text\":\"exponent\"}", false },
	{ "{\"n\":1234567890123456789012,\"text\":\"too big\"}", false },
	{ "{\"n\":01,\"text\":\"leading zero\"}", false },
	{ "{\"text\":\"x\"} trailing", false },
	{ "{\"text\":\"x\",}", false },
	{ "{\"text\":\"unterminated}", false },
	{ "[1, 2]", false },
	{ "not json", false },
	{ "{\"text\":\"x\"", false },
};

static void
should_read_the_common_record_and_leave_the_rest(void **state)
{
	struct jsonrec r;
	size_t i;

	(void)state;
	jsonrec_init(&r, keys, 3);
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		if (jsonrec_parse(&r, rows[i].line, strlen(rows[i].line)) !=
		    rows[i].fast)
			fail_msg("jsonrec_parse is %d for: %s", !rows[i].fast,
			    rows[i].line);
	jsonrec_release(&r);
}

static void
should_decode_escapes_and_surrogate_pairs(void **state)
{
	static const char line[] = "{\"title\":\"plain\",\"text\":"
	    "\"q\\\"b\\\\s\\/n\\nt\\t\\u00e9\\u20ac\\ud83d\\ude00.\","
	    "\"id\":null}";
	struct jsonrec r;

	(void)state;
	jsonrec_init(&r, keys, 3);
	assert_true(jsonrec_parse(&r, line, strlen(line)));
	assert_true(r.v[0].seen);
	assert_null(r.v[0].s);
	assert_int_equal(r.v[1].len, 5);
	assert_memory_equal(r.v[1].s, "plain", 5);
	assert_int_equal(r.v[2].len, strlen("q\"b\\s/n\nt\t\xc3\xa9"
	    "\xe2\x82\xac\xf0\x9f\x98\x80."));
	assert_memory_equal(r.v[2].s, "q\"b\\s/n\nt\t\xc3\xa9\xe2\x82\xac"
	    "\xf0\x9f\x98\x80.", r.v[2].len);
	jsonrec_release(&r);
}

/* jsonl_line_parse() of line with the fast path on or off. */
struct parsed {
	int	 rc;
	struct article a;
	struct read_stats st;
	char	*err;
};

static void
parse_line(const char *line, bool fast, struct parsed *p)
{
	struct capture c;

	memset(&p->st, 0, sizeof(p->st));
	jsonl_reader_set(fast ? JSONL_READER_FAST : JSONL_READER_JANSSON);
	capture_begin(&c);
	p->rc = jsonl_line_parse("mem.jsonl", 7, line, strlen(line), false,
	    &p->a, &p->st);
	p->err = capture_end(&c);
	jsonl_reader_set(JSONL_READER_ENV);
}

static void
assert_same_str(const char *a, const char *b, const char *line)
{
	if ((a == NULL) != (b == NULL) || (a != NULL && strcmp(a, b) != 0))
		fail_msg("'%s' against '%s' for: %s", a ? a : "(null)",
		    b ? b : "(null)", line);
}

static void
assert_same_parse(const char *line)
{
	struct parsed f, j;

	parse_line(line, true, &f);
	parse_line(line, false, &j);
	if (f.rc != j.rc)
		fail_msg("rc %d against %d for: %s", f.rc, j.rc, line);
	assert_same_str(f.a.id, j.a.id, line);
	assert_same_str(f.a.title, j.a.title, line);
	assert_same_str(f.a.outlet, j.a.outlet, line);
	assert_same_str(f.a.url, j.a.url, line);
	assert_same_str(f.a.published, j.a.published, line);
	assert_same_str(f.a.body, j.a.body, line);
	assert_int_equal(f.a.body_len, j.a.body_len);
	assert_int_equal(f.st.warnings, j.st.warnings);
	assert_same_str(f.err, j.err, line);
	article_release(&f.a);
	article_release(&j.a);
	free(f.err);
	free(j.err);
}

static void
should_give_the_article_and_messages_jansson_gives(void **state)
{
	static const char *const more[] = {
		"{\"id\":\"x\",\"title\":\"  \\\"Quoted\\\"  title \","
		"\"outlet\":\"Wire\",\"url\":\"https:\\/\\/a.b\\/c\","
		"\"published\":\"2024-10-25T08:00:00Z\","
		"\"text\":\"Seoul says\\n\\n11,000 troops.\"}",
		"{\"published\":\"not a date\",\"text\":\"undated\"}",
		"{\"text\":\"\",\"body\":\"from body\"}",
		"{\"text\":null,\"content\":\"from content\"}",
		"{\"text\":\"   \"}",
		"{\"title\":\"no text at all\"}",
		"{\"id\":\"\",\"text\":\"empty id\"}",
		"{\"id\":\"bad \xff utf8\",\"text\":\"repaired \xc3\"}",
		"{\"title\":{\"nested\":1},\"text\":\"warned\"}",
		"{\"text\":\"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\"}",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_same_parse(rows[i].line);
	for (i = 0; i < sizeof(more) / sizeof(*more); i++)
		assert_same_parse(more[i]);
}

/* A string's plain runs are read eight bytes at a time: an escape, a
 * quote or a control byte at every offset of a long string is read as
 * jansson reads it. */
static void
should_read_an_escape_or_a_control_at_any_offset(void **state)
{
	static const char *const marks[] = {
		"\\\"", "\\\\", "\\n", "\\u00e9", "\t", "\x01", "\"",
		"\xc3\xa9", "~",
	};
	char line[128];
	size_t i, off;

	(void)state;
	for (i = 0; i < sizeof(marks) / sizeof(*marks); i++)
		for (off = 0; off <= 20; off++) {
			snprintf(line, sizeof(line), "{\"id\":\"a\",\"text\":"
			    "\"%.*s%sKyiv said 12,000 troops\"}", (int)off,
			    "abcdefghijklmnopqrstu", marks[i]);
			assert_same_parse(line);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_the_common_record_and_leave_the_rest),
		cmocka_unit_test(should_decode_escapes_and_surrogate_pairs),
		cmocka_unit_test(
		    should_give_the_article_and_messages_jansson_gives),
		cmocka_unit_test(
		    should_read_an_escape_or_a_control_at_any_offset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
