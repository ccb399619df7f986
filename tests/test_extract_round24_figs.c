/*
 * test_extract_round24_figs.c - which figures are claims, round 24. A
 * count of the tracker's noun followed right away by "a day" or "a
 * week", or with "every single day" in its clause, is a rate ("the
 * morgue can take 80 bodies a day", "up to 30 bodies recovered every
 * single day"), no count of the story; "a day earlier", "a week after"
 * after the noun are times and leave the count a claim. A compound of
 * the figure and "member" or "person" before a body ("a 9,000-member
 * union", "its 2,500-person workforce") counts its members or persons
 * when the tracker counts them.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-08-20"

static const char tracker_text[] =
	"[tracker]\nname = flood\nsubject =\n"
	"[nouns]\ncounted = people, residents, bodies\n"
	"[subjects]\ncues = flood, floods\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, death toll, toll, recovered\n";

#include "text_tracker.h"

static void
values(const char *text, const double *want, size_t n)
{
	check_claim_values(tr, PUB, NULL, text, want, n);
}

static void
should_not_count_a_rate_a_day_after_the_noun(void **state)
{
	static const double none[1];
	static const double both[] = { 12, 80 };

	(void)state;
	values("Since the floods the morgue has recovered 80 bodies a day, "
	    "officials said.", none, 0);
	values("In the floods teams can process 90 bodies a day, they "
	    "said.", none, 0);
	values("Divers recovered up to 25 bodies every single day after "
	    "the floods.", none, 0);
	/* the count beside the rate stays a claim */
	values("The floods killed 12 people, and the morgue takes 80 "
	    "bodies a day.", both, 1);
}

static void
should_count_a_figure_before_a_day_earlier(void **state)
{
	static const double three[] = { 3 };
	static const double many[] = { 400 };

	(void)state;
	values("Three people died a day earlier in the floods.", three, 1);
	values("The floods killed 400 people a week after the dam broke.",
	    many, 1);
}

static const char union_text[] =
	"[tracker]\nname = strike\nsubject =\n"
	"[nouns]\ncounted = workers, members, people\n"
	"[subjects]\ncues = strike, walkout\n"
	"[quantity strikers]\ndefault = yes\n"
	"triggers = on strike, walked out, strike\n"
	"[quantity represented]\n"
	"triggers = representing, workforce\n";

/* The claims of text under union_text's tracker state want. */
static void
union_values(const char *text, const double *want, size_t n)
{
	struct tracker *t = tracker_parse(union_text, "union_text");

	assert_non_null(t);
	check_claim_values(t, PUB, NULL, text, want, n);
	tracker_free(t);
}

static void
should_count_the_members_of_an_n_member_body(void **state)
{
	static const double union_size[] = { 9000 };
	static const double staff[] = { 2500 };
	static const double none[1];

	(void)state;
	union_values("The 9,000-member drivers' union walked out on Monday, "
	    "starting the strike.", union_size, 1);
	union_values("Its 2,500-person workforce has been on strike since "
	    "May.", staff, 1);
	/* a dash with spaces is no compound */
	union_values("The strike went on - 40 - members said.", none, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_not_count_a_rate_a_day_after_the_noun),
		cmocka_unit_test(should_count_a_figure_before_a_day_earlier),
		cmocka_unit_test(should_count_the_members_of_an_n_member_body),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
