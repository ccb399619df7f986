/*
 * test_extract_round26_figs26.c - which figures are claims, round 26.
 * A lone "one" before its noun is mostly a person the story tells of
 * ("One soldier admitted ..."), but a singular noun whose plural is
 * the tracker's own word for what befell ("one death", "one body",
 * "one fatality") names the event counted: a claim, and the list it
 * opens ("one body in X, two in Y") goes on counting. A capacity to
 * carry, house or hold people ("a ship with the capacity to carry 700
 * troops", "a hall that can seat 300") is room, not people. A small
 * number between commas after a person's first name and surname
 * ("Lena Ortiz, 47, died") is an age; a place's count goes on. People
 * counted "among those killed", "among the dead" are some of the
 * befallen, whatever noun counts them ("two fishermen were among the
 * dead"); months and countries are not.
 */
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
	"[tracker]\nname = storm\nsubject =\n"
	"[nouns]\ncounted = people, residents, deaths, bodies, "
	"fatalities\n"
	"[subjects]\ncues = storm, cyclone\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, killed, dead, deaths, bodies, fatalities, toll\n"
	"[quantity injured]\ntriggers = injured, hurt\n";

#include "text_tracker.h"

/* The article text yields exactly the figures want, in order. */
#define CHECK_VALUES(text, ...) do {					\
	static const double want_[] = { __VA_ARGS__ };			\
	check_claim_values(tr, PUB, NULL, text, want_,			\
	    sizeof(want_) / sizeof(*want_));				\
} while (0)

/* The first claim of value v in text counts quantity q. */
static void
check_quantity(const char *text, double v, const char *q)
{
	struct claimset cs;

	claimset_init(&cs);
	extract_text(tr, "t", PUB, text, &cs);
	assert_string_equal(claim_valued(&cs, v, text)->quantity, q);
	claimset_release(&cs);
}

static void
should_count_one_death_or_body(void **state)
{
	(void)state;
	CHECK_VALUES("The cyclone flattened the coast. Officials have "
	    "confirmed one death in each of the two districts.", 1);
	CHECK_VALUES("The storm hit the island overnight. One body was "
	    "recovered by divers near the harbour on Monday.", 1);
	CHECK_VALUES("The storm cut power to the port, causing 14 injuries "
	    "and one fatality, the mayor said.", 14, 1);
	check_quantity("The storm hit the island overnight. One body was "
	    "recovered by divers near the harbour.", 1, "dead");
}

static void
should_go_on_with_a_list_one_death_opens(void **state)
{
	(void)state;
	CHECK_VALUES("After the storm, the governor said one body is in "
	    "Northfield, two in Easton, and one in Hillview.", 1, 2, 1);
}

static void
should_leave_one_person_of_the_story(void **state)
{
	(void)state;
	/* a person, not the event: no claim */
	CHECK_VALUES("After the storm, one resident said she had never "
	    "seen the river so high.", );
	/* "one of the bodies": a member of a count, not a count */
	CHECK_VALUES("The storm left the town in ruins. Police said one of "
	    "the bodies was that of a fisherman.", );
}

static void
should_leave_a_capacity_to_carry_or_house(void **state)
{
	(void)state;
	CHECK_VALUES("After the storm, a navy ship, which has the capacity "
	    "to carry 700 people, arrived off the coast.", );
	CHECK_VALUES("After the storm, the sports hall, which can seat 300 "
	    "residents, was opened as a shelter.", );
	CHECK_VALUES("After the storm, the new shelter has the capacity to "
	    "house 2,000 people.", );
	/* not so: people carried or housed */
	CHECK_VALUES("After the storm, the ship carried 700 residents to "
	    "the mainland.", 700);
}

static void
should_leave_an_age_after_a_name(void **state)
{
	(void)state;
	CHECK_VALUES("The storm killed two people, Lena Ortiz, 47, and "
	    "Paul Ortiz, 12, in Northfield.", 2);
	CHECK_VALUES("Police named one of the storm's dead as Marta Kell, "
	    "63, whose body was found in a park.", );
	/* not so: a count after one place's name, or in brackets */
	CHECK_VALUES("The storm killed 20 people: Northfield, 12, and "
	    "Easton (8).", 20, 12, 8);
}

static void
should_count_people_among_the_befallen(void **state)
{
	(void)state;
	CHECK_VALUES("The storm flattened the coast. Among those killed were "
	    "three fishermen from the harbour.", 3);
	CHECK_VALUES("The storm flattened the coast. Two foreign tourists "
	    "were among the dead, the mayor said.", 2);
	check_quantity("The storm flattened the coast. Among those hurt "
	    "were four nurses.", 4, "injured");
	/* not so: the whole after "among", spans of time, countries */
	CHECK_VALUES("The storm flattened the coast. Among the 48, most "
	    "were fishermen.", );
	CHECK_VALUES("The storm flattened the coast. A woman, eight months "
	    "pregnant, was among those killed.", );
	CHECK_VALUES("The storm flattened the coast. Visitors from 15 "
	    "countries were among the dead.", );
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_count_one_death_or_body),
		cmocka_unit_test(should_go_on_with_a_list_one_death_opens),
		cmocka_unit_test(should_leave_one_person_of_the_story),
		cmocka_unit_test(should_leave_a_capacity_to_carry_or_house),
		cmocka_unit_test(should_leave_an_age_after_a_name),
		cmocka_unit_test(should_count_people_among_the_befallen),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
