/*
 * test_reader_html.c - web pages: the article text without the page
 * furniture, the metadata, deep nesting, and hashes shared with text.
 */
#include "test_reader_util.h"
#include "html.h"

static void
should_keep_the_article_text_and_drop_the_furniture(void **state)
{
	static const char *const furniture[] = {
		"STYLE-TEXT", "SCRIPT_TEXT", "4,444", "HEADER-TEXT", "NAV-TEXT",
		"INLINE-SCRIPT", "5,555", "SHARE-TEXT", "ASIDE-TEXT", "6,666",
		"FIGCAPTION-TEXT", "RELATED-TEXT", "7,777", "SIDEBAR-TEXT",
		"FOOTER-TEXT", "NOSCRIPT-TEXT", "OG title",
	};
	char *paths[1] = { INPUTS "page.html" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;
	size_t i;

	(void)state;
	assert_int_equal(read_capture(paths, 1, NULL, &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].body, "North Korean troops in Kursk\n\n"
	    "Ukraine\xE2\x80\x99s military intelligence says about 12,000 "
	    "North Korean soldiers are in Russia.\n\n"
	    "The Pentagon says approximately 10,000 troops\n\n"
	    "will be sent.\n\n"
	    "Kirby: at least 3,000 arrived.");
	for (i = 0; i < sizeof(furniture) / sizeof(*furniture); i++)
		assert_null(strstr(k.v[0].body, furniture[i]));
	assert_string_equal(k.v[0].id, "page");
	assert_string_equal(k.v[0].title, "North Korean troops in Kursk");
	assert_string_equal(k.v[0].outlet, "Example Daily");
	assert_string_equal(k.v[0].url, "https://daily.example/nk-kursk");
	assert_string_equal(k.v[0].published, "2024-10-25");
	assert_string_equal(k.v[0].format, "html");
	assert_string_equal(err, "");
	free(err);
	kept_release(&k);
}

/* Parse an in-memory page; -1 when rejected. */
static int
parse_page(const char *html, struct article *a, struct read_stats *st)
{
	return html_parse("mem.html", html, strlen(html), true, a, st);
}

static void
should_walk_ten_thousand_nested_divs_without_losing_the_text(void **state)
{
	struct read_stats st = { 0 };
	struct strbuf sb;
	struct article a;
	int i;

	(void)state;
	strbuf_init(&sb, (size_t)1 << 20);
	assert_int_equal(strbuf_adds(&sb, "<html><body>"), 0);
	for (i = 0; i < 10000; i++)
		assert_int_equal(strbuf_adds(&sb, "<div>"), 0);
	assert_int_equal(strbuf_adds(&sb, "About 12,000 troops."), 0);
	for (i = 0; i < 10000; i++)
		assert_int_equal(strbuf_adds(&sb, "</div>"), 0);
	assert_int_equal(strbuf_adds(&sb, "</body></html>"), 0);
	assert_int_equal(parse_page(sb.buf, &a, &st), 0);
	assert_string_equal(a.body, "About 12,000 troops.");
	article_release(&a);
	strbuf_release(&sb);
}

static void
should_prefer_the_article_with_the_most_text(void **state)
{
	struct read_stats st = { 0 };
	struct article a;

	(void)state;
	assert_int_equal(parse_page("<body><article><p>Teaser.</p></article>"
	    "<article><p>The real story: 11,000 troops.</p>"
	    "<article><p>Nested card, never chosen on its own, but part of "
	    "its parent's text.</p></article></article>"
	    "<p>Outside any article.</p></body>", &a, &st), 0);
	assert_string_equal(a.body, "The real story: 11,000 troops.\n\n"
	    "Nested card, never chosen on its own, but part of its parent's "
	    "text.");
	article_release(&a);
}

static void
should_fall_back_to_main_then_body(void **state)
{
	struct read_stats st = { 0 };
	struct article a;

	(void)state;
	assert_int_equal(parse_page("<body><div id='menu'>Menu</div><main>"
	    "<p>In main.</p></main><p>Not in main.</p></body>", &a, &st), 0);
	assert_string_equal(a.body, "In main.");
	article_release(&a);
	assert_int_equal(parse_page("<body><div class='site-nav'>Nav</div>"
	    "<div class='cookie-banner'>Cookies</div><p>One.</p><ul><li>Two"
	    "</li></ul><div class='comments'>Great!</div></body>", &a, &st),
	    0);
	assert_string_equal(a.body, "One.\n\nTwo");
	article_release(&a);
}

static void
should_take_the_time_element_date_and_og_fallbacks(void **state)
{
	struct read_stats st = { 0 };
	struct article a;

	(void)state;
	assert_int_equal(parse_page("<html><head>"
	    "<meta property='og:title' content='OG Title'>"
	    "<meta property='og:url' content='https://og.example/x'>"
	    "</head><body><article><time datetime='2024-10-28T12:00'>Monday"
	    "</time><p>Text.</p></article></body></html>", &a, &st), 0);
	assert_string_equal(a.title, "OG Title");
	assert_string_equal(a.url, "https://og.example/x");
	assert_string_equal(a.published, "2024-10-28");
	assert_string_equal(a.body, "Monday\n\nText.");
	article_release(&a);
}

static void
should_reject_a_page_without_text(void **state)
{
	struct read_stats st = { 0 };
	struct capture c;
	struct article a;
	char *err;

	(void)state;
	capture_begin(&c);
	assert_int_equal(parse_page("<html><body><nav>Only a menu</nav>"
	    "<script>x()</script></body></html>", &a, &st), -1);
	err = capture_end(&c);
	assert_contains(err, "mem.html: no text\n");
	assert_null(a.body);
	free(err);
}

static void
should_hash_the_same_article_alike_from_text_and_html(void **state)
{
	char *paths[2] = { INPUTS "same.txt", INPUTS "same.html" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_capture(paths, 2, NULL, &k, &st, &err), 0);
	assert_int_equal(k.n, 2);
	assert_string_equal(k.v[0].format, "text");
	assert_string_equal(k.v[1].format, "html");
	assert_string_not_equal(k.v[0].body, k.v[1].body);
	assert_string_equal(k.v[0].hash, k.v[1].hash);
	assert_string_equal(k.v[0].hash, "ca25a2aa24e92ffa7563c81936d7c5f8"
	    "95c7ef7bfd1fd533792e4915993bbf33");
	free(err);
	kept_release(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_the_article_text_and_drop_the_furniture),
		cmocka_unit_test(
		    should_walk_ten_thousand_nested_divs_without_losing_the_text),
		cmocka_unit_test(should_prefer_the_article_with_the_most_text),
		cmocka_unit_test(should_fall_back_to_main_then_body),
		cmocka_unit_test(
		    should_take_the_time_element_date_and_og_fallbacks),
		cmocka_unit_test(should_reject_a_page_without_text),
		cmocka_unit_test(
		    should_hash_the_same_article_alike_from_text_and_html),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
