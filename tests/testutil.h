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

/* Directory of test fixtures, relative to the project root. */
#define TEST_DATA "tests/data/"

#endif
