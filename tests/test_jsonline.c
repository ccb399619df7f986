/*
 * test_jsonline.c - the claims.jsonl writers give the bytes jansson's
 * json_dumpf() gives for the same values (JSON_COMPACT,
 * JSON_REAL_PRECISION(15)), and no value where jansson makes none.
 */
#include <float.h>
#include <limits.h>
#include <string.h>

#include <jansson.h>

#include "testutil.h"
#include "jsonline.h"

#define DUMP_FLAGS (JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER | \
	JSON_REAL_PRECISION(15))

/* What jansson dumps for v (owned), or NULL when v is NULL. */
static char *
jansson_of(json_t *v)
{
	char *s;

	if (v == NULL)
		return NULL;
	s = json_dumps(v, DUMP_FLAGS);
	json_decref(v);
	assert_non_null(s);
	return s;
}

/* Compare one writer's line (or its -1) with jansson's dump (or NULL). */
static void
check_same(const char *what, int rc, struct jline *l, char *want)
{
	if (want == NULL) {
		if (rc != -1)
			fail_msg("%s: jansson gives no value, written %.*s",
			    what, (int)l->n, l->p);
		assert_int_equal(l->n, 0);
		return;
	}
	if (rc != 0)
		fail_msg("%s: not written, jansson gives %s", what, want);
	if (l->n != strlen(want) || memcmp(l->p, want, l->n) != 0)
		fail_msg("%s: written %.*s, jansson %s", what, (int)l->n, l->p,
		    want);
	free(want);
}

static void
check_string(const char *s)
{
	struct jline l = { NULL, 0, 0 };
	int rc = jline_string(&l, s);

	check_same(s, rc, &l, jansson_of(json_string(s)));
	assert_int_equal(jline_utf8_valid(s), rc == 0);
	jline_free(&l);
}

static void
check_real(double d)
{
	struct jline l = { NULL, 0, 0 };
	int rc = jline_real(&l, d, 15);
	char what[64];

	snprintf(what, sizeof(what), "%.17g", d);
	check_same(what, rc, &l, jansson_of(json_real(d)));
	jline_free(&l);
}

static void
check_integer(long long i)
{
	struct jline l = { NULL, 0, 0 };
	char what[32];

	snprintf(what, sizeof(what), "%lld", i);
	jline_integer(&l, i);
	check_same(what, 0, &l, jansson_of(json_integer(i)));
	jline_free(&l);
}

/* A small fixed generator, so that a failure repeats. */
static uint64_t
next_rand(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

static void
should_escape_strings_as_jansson_does(void **state)
{
	static const char *const texts[] = {
		"", "plain words", "say \"12,000\" now", "back\\slash",
		"line\nbreak\r\n\ttab", "\b\f", "a/b", "\x7f del",
		"curly \xe2\x80\x9cquotes\xe2\x80\x9d and \xe2\x80\x94 dash",
		"\xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf",
		"\xe2\x80\xa8 line separator", "\xc2\x80",
	};
	char s[4];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(*texts); i++)
		check_string(texts[i]);
	for (i = 1; i < 0x20; i++) {	/* every control character */
		s[0] = 'x';
		s[1] = (char)i;
		s[2] = 'y';
		s[3] = '\0';
		check_string(s);
	}
}

static void
should_refuse_the_utf8_jansson_refuses(void **state)
{
	static const char *const bad[] = {
		"\x80", "a\xbf", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80",
		"\xed\xa0\x80", "\xed\xbf\xbf", "\xf0\x80\x80\x80",
		"\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xff", "\xc3",
		"\xe2\x80", "ok \xe2\x80 then", "\xf0\x9f\x98",
	};
	char s[9];
	uint64_t x = 88172645463325252ULL;
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		check_string(bad[i]);
	/* random bytes, biased to the high half where the rules are */
	for (i = 0; i < 200000; i++) {
		for (j = 0; j < sizeof(s) - 1; j++) {
			s[j] = (char)(next_rand(&x) & 0xff);
			if (s[j] == 0)
				s[j] = (char)0x80;
		}
		s[sizeof(s) - 1 - (i % 4)] = '\0';
		check_string(s);
	}
}

static void
should_write_reals_as_jansson_does(void **state)
{
	static const double reals[] = {
		0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 1.0 / 3.0, 12000.0, 11400.0,
		3.5e6, 1e15, 1e16, 1e17, 1e21, 1e22, 123456789012345.0,
		1234567890123456.0, 1e-4, 1e-5, 1e-7, 2.5e-300, DBL_MAX,
		DBL_MIN, 4.9e-324, -DBL_MAX, 99999999999999.99, 0.000123,
		NAN, INFINITY, -INFINITY,
	};
	uint64_t x = 2463534242ULL, bits;
	double d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(reals) / sizeof(*reals); i++)
		check_real(reals[i]);
	for (i = 0; i < 100000; i++) {
		bits = next_rand(&x);
		memcpy(&d, &bits, sizeof(d));
		check_real(d);
		check_real((double)(bits % 10000000) / 100.0);
	}
}

static void
should_write_integers_as_jansson_does(void **state)
{
	static const long long ints[] = {
		0, 1, -1, 42, 1000000, LLONG_MAX, LLONG_MIN, INT_MAX, INT_MIN,
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ints) / sizeof(*ints); i++)
		check_integer(ints[i]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_escape_strings_as_jansson_does),
		cmocka_unit_test(should_refuse_the_utf8_jansson_refuses),
		cmocka_unit_test(should_write_reals_as_jansson_does),
		cmocka_unit_test(should_write_integers_as_jansson_does),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
