/*
 * test_utf8.c - text_is_utf8() (inputs/normalize.h), which decides for
 * every JSONL line and web page whether it needs repairing, must answer
 * as g_utf8_validate_len() did before it: on every string of one and two
 * bytes, on every string of three and four bytes made of the bytes at
 * the edges of UTF-8's ranges, behind every length of ASCII prefix (the
 * eight-byte steps), and on random strings.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "testutil.h"
#include "normalize.h"

/* The bytes at the edges of UTF-8's ranges, and a few plain ones. */
static const unsigned char edges[] = {
	0x00, 0x01, 0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf,
	0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0,
	0xf1, 0xf3, 0xf4, 0xf5, 0xff
};
#define NEDGES (sizeof(edges) / sizeof(*edges))

static void
check(const unsigned char *s, size_t len)
{
	bool want = g_utf8_validate_len((const char *)s, len, NULL);

	if (text_is_utf8((const char *)s, len) != want) {
		size_t i;

		for (i = 0; i < len; i++)
			print_message("%02x ", s[i]);
		fail_msg("text_is_utf8() is %d, g_utf8_validate_len() %d",
		    !want, want);
	}
}

static void
should_answer_as_glib_on_every_short_string(void **state)
{
	unsigned char s[2] = { 0, 0 };
	unsigned a, b;

	(void)state;
	check(s, 0);
	for (a = 0; a < 256; a++) {
		s[0] = (unsigned char)a;
		check(s, 1);
		for (b = 0; b < 256; b++) {
			s[1] = (unsigned char)b;
			check(s, 2);
		}
	}
}

static void
should_answer_as_glib_at_the_edges_of_every_range(void **state)
{
	unsigned char s[4];
	size_t a, b, c, d;

	(void)state;
	for (a = 0; a < NEDGES; a++)
		for (b = 0; b < NEDGES; b++)
			for (c = 0; c < NEDGES; c++) {
				s[0] = edges[a];
				s[1] = edges[b];
				s[2] = edges[c];
				check(s, 3);
				for (d = 0; d < NEDGES; d++) {
					s[3] = edges[d];
					check(s, 4);
				}
			}
}

static void
should_answer_as_glib_behind_any_ascii_prefix(void **state)
{
	unsigned char s[32];
	size_t pre, a, b, c, n;

	(void)state;
	for (pre = 0; pre <= 17; pre++) {
		memset(s, 'x', sizeof(s));
		for (a = 0; a < NEDGES; a++)
			for (b = 0; b < NEDGES; b++)
				for (c = 0; c < NEDGES; c++) {
					s[pre] = edges[a];
					s[pre + 1] = edges[b];
					s[pre + 2] = edges[c];
					for (n = pre; n <= pre + 12; n += 3)
						check(s, n);
				}
	}
}

static void
should_answer_as_glib_on_random_strings(void **state)
{
	unsigned char s[48];
	size_t i, k, len;

	(void)state;
	srand(17);
	for (i = 0; i < 300000; i++) {
		len = (size_t)rand() % sizeof(s);
		for (k = 0; k < len; k++)	/* mostly ASCII, as text is */
			s[k] = rand() % 4 == 0 ? edges[rand() % NEDGES] :
			    (unsigned char)(0x20 + rand() % 0x5f);
		check(s, len);
	}
	check((const unsigned char *)"Kyiv \xe2\x80\x9c" "five"
	    "\xe2\x80\x9d", 15);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_answer_as_glib_on_every_short_string),
		cmocka_unit_test(
		    should_answer_as_glib_at_the_edges_of_every_range),
		cmocka_unit_test(should_answer_as_glib_behind_any_ascii_prefix),
		cmocka_unit_test(should_answer_as_glib_on_random_strings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
