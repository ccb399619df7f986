/*
 * testutil.h - what every cmocka test includes, plus helpers cmocka 1.1.5
 * lacks (its assert_float_equal casts to float).
 */
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

/* Fail unless a and b agree within eps; NAN equals only NAN. */
#define assert_double_equal(a, b, eps) do {				\
	double a_ = (a), b_ = (b);					\
	if (isnan(a_) || isnan(b_)) {					\
		if (!(isnan(a_) && isnan(b_)))				\
			fail_msg("%s = %g, expected %g", #a, a_, b_);	\
	} else if (fabs(a_ - b_) > (eps))				\
		fail_msg("%s = %.17g, expected %.17g", #a, a_, b_);	\
} while (0)

/* The program under test: $CLAIMTRACK (set by make), else the default. */
#define TEST_PROGRAM() \
	(getenv("CLAIMTRACK") ? getenv("CLAIMTRACK") : "build/claimtrack")

/*
 * Remove, in place, the "YYYY-MM-DDTHH:MM:SSZ " time the program puts at
 * the start of each stderr line when stderr is not a terminal (cron's
 * log), so tests compare the messages themselves. test_nightly_safe
 * checks the times. Returns s.
 */
static inline char *
log_unstamp(char *s)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ ";
	char *r = s, *w = s;
	size_t k;
	int line_start = 1;

	while (*r != '\0') {
		if (line_start) {
			for (k = 0; shape[k] != '\0' && r[k] != '\0'; k++)
				if (shape[k] == 'd' ? !(r[k] >= '0' &&
				    r[k] <= '9') : r[k] != shape[k])
					break;
			if (shape[k] == '\0')
				r += k;
		}
		line_start = *r == '\n';
		if (*r != '\0')
			*w++ = *r++;
	}
	*w = '\0';
	return s;
}

/* Directory of test fixtures, relative to the project root. */
#define TEST_DATA "tests/data/"

#endif
