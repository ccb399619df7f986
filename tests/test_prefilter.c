/*
 * test_prefilter.c - the sentence prefilter (extract/prefilter.h): it
 * passes every sentence with a digit or an amount word of numbers.c's
 * table, agrees with amount_maybe_in(), passes over the rest, and its
 * check mode stops the program when a sentence it passes over changes
 * what the next sentences see.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "testutil.h"
#include "extract_int.h"
#include "numbers.h"
#include "prefilter.h"

struct row {
	const char	*text;
	bool		 candidate;
};

static const struct row rows[] = {
	{ "Kyiv says 12,000 troops arrived.", true },
	{ "The toll rose to 2031.", true },
	{ "Thousands marched on Sunday.", true },
	{ "Some TWENTY-FIVE were held.", true },
	{ "Dozens were hurt, officials said.", true },
	{ "A couple of hundred people gathered.", true },
	{ "Tens of thousands fled.", true },
	{ "Police said the 1.5m figure was wrong.", true },
	{ "Six were killed.", true },
	{ "one", true },
	{ "x9", true },
	/* no digit, no amount word */
	{ "Police said the crowd was large.", false },
	{ "The tenant often wrote to someone about tension.", false },
	{ "Onerous, fewest, hundredth, seventh, dozenth.", false },
	{ "Twentyfold growth, nineteenth century.", false },
	{ "-- ten- is no word here? yes: ten-", true },
	{ "Na\xc3\xafve caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d.", false },
	{ "", false },
};

static void
should_pass_sentences_with_a_digit_or_amount_word(void **state)
{
	size_t i, n;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		n = strlen(rows[i].text);
		if (prefilter_sentence(rows[i].text, 0, n) !=
		    rows[i].candidate)
			fail_msg("prefilter_sentence is %d for: %s",
			    !rows[i].candidate, rows[i].text);
		if (amount_maybe_in(rows[i].text, 0, n) != rows[i].candidate)
			fail_msg("amount_maybe_in is %d for: %s",
			    !rows[i].candidate, rows[i].text);
	}
}

static void
should_read_only_the_span_it_is_given(void **state)
{
	static const char text[] = "No amount here. But 12 here.";

	(void)state;
	assert_false(prefilter_sentence(text, 0, 15));
	assert_true(prefilter_sentence(text, 16, sizeof(text) - 1));
	assert_false(prefilter_sentence(text, 16, 20));
}

/* Every word of numbers.c's table, however written, is a candidate:
 * the prefilter takes its words from there, never from a copy. */
static void
should_take_every_amount_word_of_the_numbers_table(void **state)
{
	const char *const *w;
	char buf[128];
	size_t k, words = 0;
	int c;

	(void)state;
	for (c = 'a'; c <= 'z'; c++)
		for (w = amount_words_of((char)c); *w != NULL; w++) {
			snprintf(buf, sizeof(buf), "They said %s came.", *w);
			assert_true(prefilter_sentence(buf, 0, strlen(buf)));
			for (k = 0; buf[k] != '\0'; k++)
				if (buf[k] >= 'a' && buf[k] <= 'z')
					buf[k] = (char)(buf[k] - 32);
			assert_true(prefilter_sentence(buf, 0, strlen(buf)));
			snprintf(buf, sizeof(buf), "%s-odd", *w);
			assert_true(prefilter_sentence(buf, 0, strlen(buf)) ==
			    amount_word_start(buf, strlen(buf)));
			snprintf(buf, sizeof(buf), "They said %sx came.", *w);
			assert_true(prefilter_sentence(buf, 0, strlen(buf)) ==
			    amount_maybe_in(buf, 0, strlen(buf)));
			words++;
		}
	assert_true(words > 40);
}

static void
should_take_its_mode_from_the_environment(void **state)
{
	(void)state;
	unsetenv("CLAIMTRACK_NO_PREFILTER");
	unsetenv("CLAIMTRACK_PREFILTER_CHECK");
	prefilter_mode_set(PREFILTER_FROM_ENV);
	assert_int_equal(prefilter_mode(), PREFILTER_ON);
	setenv("CLAIMTRACK_NO_PREFILTER", "1", 1);
	prefilter_mode_set(PREFILTER_FROM_ENV);
	assert_int_equal(prefilter_mode(), PREFILTER_OFF);
	setenv("CLAIMTRACK_PREFILTER_CHECK", "1", 1);
	prefilter_mode_set(PREFILTER_FROM_ENV);
	assert_int_equal(prefilter_mode(), PREFILTER_CHECK);
	unsetenv("CLAIMTRACK_NO_PREFILTER");
	unsetenv("CLAIMTRACK_PREFILTER_CHECK");
	prefilter_mode_set(PREFILTER_FROM_ENV);
}

static void
should_keep_the_mode_it_read_until_it_is_set(void **state)
{
	(void)state;
	unsetenv("CLAIMTRACK_NO_PREFILTER");
	unsetenv("CLAIMTRACK_PREFILTER_CHECK");
	prefilter_mode_set(PREFILTER_FROM_ENV);
	assert_int_equal(prefilter_mode(), PREFILTER_ON);
	setenv("CLAIMTRACK_NO_PREFILTER", "1", 1);
	assert_int_equal(prefilter_mode(), PREFILTER_ON);	/* kept */
	prefilter_mode_set(PREFILTER_CHECK);
	assert_int_equal(prefilter_mode(), PREFILTER_CHECK);
	unsetenv("CLAIMTRACK_NO_PREFILTER");
	prefilter_mode_set(PREFILTER_FROM_ENV);
	assert_int_equal(prefilter_mode(), PREFILTER_ON);
}

/* A reading that only uses the sentence's scratch. */
static void
read_scratch(struct ctx *c)
{
	c->n = 3;
	c->used_end = 2;
	c->cues_done = true;
}

/* A reading that carries something to the next sentence. */
static void
read_carrying(struct ctx *c)
{
	c->last_si = c->si;
}

/* prefilter_check() of read in a child: its wait status. */
static int
check_in_child(void (*read)(struct ctx *))
{
	static const char text[] = "Police said the crowd was large.";
	static struct sentence sv[] = { { 0, sizeof(text) - 1, 0 } };
	struct article art;
	struct claimset cs;
	struct ctx *c;
	pid_t pid;
	int st;

	if ((pid = fork()) == 0) {
		(void)freopen("/dev/null", "w", stderr);
		c = calloc(1, sizeof(*c));
		article_init(&art);
		art.id = "t1";
		claimset_init(&cs);
		c->art = &art;
		c->text = text;
		c->sl.v = sv;
		c->sl.n = 1;
		c->last_si = 7;
		c->out = &cs;
		prefilter_check(c, read);
		_exit(0);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	return st;
}

static void
should_stop_when_a_passed_over_sentence_changes_what_follows(void **state)
{
	int st;

	(void)state;
	st = check_in_child(read_scratch);
	assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = check_in_child(read_carrying);
	assert_true(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_pass_sentences_with_a_digit_or_amount_word),
		cmocka_unit_test(should_read_only_the_span_it_is_given),
		cmocka_unit_test(
		    should_take_every_amount_word_of_the_numbers_table),
		cmocka_unit_test(should_take_its_mode_from_the_environment),
		cmocka_unit_test(should_keep_the_mode_it_read_until_it_is_set),
		cmocka_unit_test(
		    should_stop_when_a_passed_over_sentence_changes_what_follows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
