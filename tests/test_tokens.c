/*
 * test_tokens.c - the word tests of tokens.h on their own: the hash
 * tokenize() gives each token, which tok_in_sorted() and the tracker's
 * phrase lists read instead of the token's letters, must be the hash of
 * its bytes in any case, also for a piece cut out of a token.
 */
#include <string.h>

#include "testutil.h"
#include "tokens.h"

#define MAXTOK 64

static void
should_hash_each_token_as_its_bytes_hash(void **state)
{
	static const char *const texts[] = {
		"Kyiv's army said 12,000 troops, about “five” of them, left.",
		"U.S. officials—on 3 March—put it at 1.5bn ($2k).",
		"",
	};
	struct token t[MAXTOK];
	size_t i, k, n;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		n = tokenize(texts[i], 0, strlen(texts[i]), t, MAXTOK);
		for (k = 0; k < n; k++)
			assert_int_equal(t[k].h,
			    tok_hash(texts[i] + t[k].off, t[k].len));
	}
}

static void
should_hash_any_case_of_a_word_alike(void **state)
{
	static const char text[] = "killed Killed KILLED kILLed";
	struct token t[MAXTOK];
	size_t k, n;

	(void)state;
	n = tokenize(text, 0, strlen(text), t, MAXTOK);
	assert_int_equal(n, 4);
	for (k = 1; k < n; k++)
		assert_int_equal(t[k].h, t[0].h);
	assert_int_not_equal(tok_hash("killed", 6), tok_hash("wounded", 7));
}

static void
should_hash_a_piece_cut_out_of_a_token_as_a_token_of_its_own(void **state)
{
	static const char text[] = "Twenty-Five";
	static const char *const words[] = { "five", "twenty" };
	struct token t[MAXTOK], whole[MAXTOK], p;
	size_t n;

	(void)state;
	n = tokenize(text, 0, strlen(text), t, MAXTOK);
	assert_int_equal(n, 1);
	assert_false(tok_in_sorted(text, &t[0], words, 2));
	p = t[0];
	tok_cut(text, &p, 0, 6);
	assert_int_equal(tokenize("twenty", 0, 6, whole, MAXTOK), 1);
	assert_int_equal(p.h, whole[0].h);
	assert_true(tok_in_sorted(text, &p, words, 2));
	p = t[0];
	tok_cut(text, &p, 7, 4);
	assert_true(tok_is(text, &p, "five"));
	assert_true(tok_in_sorted(text, &p, words, 2));
}

static void
should_find_only_the_words_of_a_sorted_list(void **state)
{
	static const char text[] = "The Army SAID troops armed the fives";
	static const char *const words[] = { "army", "said", "the" };
	static const bool in[] = { true, true, true, false, false, true,
	    false };
	struct token t[MAXTOK];
	size_t k, n;

	(void)state;
	n = tokenize(text, 0, strlen(text), t, MAXTOK);
	assert_int_equal(n, sizeof(in) / sizeof(*in));
	for (k = 0; k < n; k++)
		assert_int_equal(tok_in_sorted(text, &t[k], words, 3), in[k]);
}

/* tok_in()'s filter, kept per list: any case of a listed word, also a
 * piece cut out of a token, and nothing else (words of the same length
 * and first and last letters as a listed one included). */
static void
should_find_only_the_words_of_a_list(void **state)
{
	static const char text[] = "Officials TOLD reporters they tolled "
	    "the bells; told-off";
	static const char *const words[] = { "told", "they", "reporters",
		NULL };
	static const char *const other[] = { "bells", NULL };
	static const bool in[] = { false, true, true, true, false, false,
	    false, false, false };
	struct token t[MAXTOK], p;
	size_t k, n;

	(void)state;
	n = tokenize(text, 0, strlen(text), t, MAXTOK);
	assert_int_equal(n, sizeof(in) / sizeof(*in));
	for (k = 0; k < n; k++) {
		assert_int_equal(tok_in(text, &t[k], words), in[k]);
		assert_int_equal(tok_in(text, &t[k], other), k == 6);
	}
	p = t[8];		/* "told" of "told-off" */
	tok_cut(text, &p, t[8].off, 4);
	assert_true(tok_in(text, &p, words));
}

/* Capitals: TF_CAP from an ASCII upper-case first letter, TF_UPPER
 * besides when no byte is a lower-case letter and there are two or more
 * (digits count among them: "G7"); a letter beyond ASCII sets neither. */
static void
should_mark_capitals_whatever_else_the_word_holds(void **state)
{
	static const char text[] = "NATO Nato nATO G7 B2B \xc3\x84RZTE "
	    "\xc3\x84rzte A";
	static const unsigned char want[] = { TF_CAP | TF_UPPER, TF_CAP, 0,
	    TF_CAP | TF_UPPER, TF_CAP | TF_UPPER, 0, 0, TF_CAP };
	struct token t[MAXTOK];
	size_t k, n;

	(void)state;
	n = tokenize(text, 0, strlen(text), t, MAXTOK);
	assert_int_equal(n, sizeof(want));
	for (k = 0; k < n; k++)
		assert_int_equal(t[k].flags & (TF_CAP | TF_UPPER |
		    TF_ATTACHED), want[k]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_hash_each_token_as_its_bytes_hash),
		cmocka_unit_test(should_hash_any_case_of_a_word_alike),
		cmocka_unit_test(
		    should_hash_a_piece_cut_out_of_a_token_as_a_token_of_its_own),
		cmocka_unit_test(should_find_only_the_words_of_a_sorted_list),
		cmocka_unit_test(should_find_only_the_words_of_a_list),
		cmocka_unit_test(
		    should_mark_capitals_whatever_else_the_word_holds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
