/*
 * test_extract_whobody.c - whose body speaks when the claimant is
 * written as a description: an adjective of a place before nouns of
 * bodies ("Harborian authorities") that the gazetteer writes for one
 * source only ("Harborian government"); a known source's possessive
 * before a body it does not list ("the Republic's special rescue units
 * reported"); officials kept from their verb by a "where" clause; an
 * acronym that spells a relative pronoun ("WHO's coordinator") in the
 * description after a speaker's name; a surname alone ("Kim said")
 * after a full name written after a role ("Red Crescent Coordinator
 * Kim Dae-ho") or that relayed a known body ("Kim Dae-ho quoted the
 * storm agency as saying"). The negatives: an adjective two
 * sources share, people who are no body, an owner the gazetteer does
 * not know, a figure inside the "where" clause or done by the subject
 * before its verb of saying, a real relative clause.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-05-14"	/* a Wednesday */

static const char tracker_text[] =
	"[tracker]\nname = storms\nsubject =\n"
	"[nouns]\ncounted = people, residents, victims, officers, workers\n"
	"[subjects]\ncues = storm, storms, cyclone\n"
	"[quantity dead]\ndefault = yes\n"
	"triggers = died, dead, killed, deaths\n"
	"[quantity injured]\ntriggers = injured, hurt\n"
	"[quantity missing]\ntriggers = missing\n"
	"[sources]\n"
	"Harbor Republic = Harbor Republic, Harborian government\n"
	"Harbor Republic = Harborian army\n"
	"Red Crescent = Red Crescent, Harborian Red Crescent\n"
	"Valdoria = Valdoria, Valdorian government\n"
	"Valdorian rebels = Valdorian army\n"
	"Province = provincial government, Coastal Province\n"
	"World Health Organization = WHO, World Health Organization\n";

#include "text_tracker.h"

static void
should_read_an_adjective_before_a_body_as_its_source(void **state)
{
	static const struct who_row rows[] = {
		{ "Harborian authorities said 40 people died in the storm.",
		  40, "Harbor Republic", CHECK_ANY, CHECK_ANY },
		{ "The storm killed 43 people, Harborian officials have "
		  "said.", 43, "Harbor Republic", CHECK_ANY, CHECK_ANY },
		/* an adjective in small letters, as the gazetteer has it */
		{ "Provincial officials said on Tuesday that 17 people were "
		  "missing after the storm.", 17, "Province", CHECK_ANY,
		  CHECK_ANY },
		/* two sources write the adjective before a body */
		{ "Valdorian officials said 21 people died in the storm.", 21,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* people who are no body */
		{ "Harborian residents said 12 people died in the storm.", 12,
		  "unattributed", CHECK_ANY, CHECK_ANY },
		/* a name of its own after the adjective */
		{ "The Harborian Red Crescent said 14 people were hurt in "
		  "the storm.", 14, "Red Crescent", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_known_owners_body_to_the_owner(void **state)
{
	static const struct who_row rows[] = {
		{ "Harbor Republic's special rescue units reported on Monday "
		  "that 33 people died in the storm.", 33, "Harbor Republic",
		  CHECK_ANY, CHECK_ANY },
		{ "Valdoria's coastal guards stated that they had found 8 "
		  "victims of the storm.", 8, "Valdoria", CHECK_ANY,
		  CHECK_ANY },
		/* an owner the gazetteer does not know */
		{ "Ostland's rescue units reported that 31 people died in "
		  "the storm.", 31, "unattributed", CHECK_ANY, CHECK_ANY },
		/* no owner */
		{ "The special rescue units reported that 34 people died in "
		  "the storm.", 34, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_join_officials_to_their_verb_past_a_where_clause(void **state)
{
	static const struct who_row rows[] = {
		{ "Officials in Coastal Province, where the storm hit hardest "
		  "and roads are still closed, stated in an evening update "
		  "that 41 people died.", 41, "Province", CHECK_ANY,
		  CHECK_ANY },
		/* the figure inside the "where" clause is no one's */
		{ "Officials in Coastal Province, where 92 people died in the "
		  "storm, said shelters were full.", 92, "unattributed",
		  NULL, NULL },
		/* what the subject did is not what it said after it; the
		   day of the statement beside it may date it or not */
		{ "The Harbor Republic found 31 dead in the storm and said on "
		  "Friday that 9 people were missing.", 31, "unattributed",
		  NULL, CHECK_ANY },
		{ "The Harbor Republic found 31 dead in the storm and said on "
		  "Friday that 9 people were missing.", 9, "Harbor Republic",
		  "Harbor Republic", "2025-05-09" },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_read_an_acronym_in_a_speakers_description(void **state)
{
	static const struct who_row rows[] = {
		{ "At least 55 people died in the storm, said Lena Varga, "
		  "WHO's coordinator in the region.", 55,
		  "World Health Organization", "Lena Varga", CHECK_ANY },
		{ "Lena Varga, WHO's coordinator in the region, said 56 "
		  "people died in the storm.", 56, "World Health Organization",
		  "Lena Varga", CHECK_ANY },
		/* a relative clause names no body */
		{ "At least 57 people died in the storm, said Lena Varga, "
		  "who leads a rescue team.", 57, "Lena Varga", "Lena Varga",
		  CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

static void
should_give_a_surname_the_body_its_full_name_spoke_for(void **state)
{
	static const struct who_row rows[] = {
		/* the full name after a role, surname first */
		{ "Red Crescent Coordinator Kim Dae-ho said 41 people died in "
		  "the storm. Kim said 13 people were missing.", 13,
		  "Red Crescent", "Kim", CHECK_ANY },
		/* the relayer of a known body's figures */
		{ "Kim Dae-ho quoted the Harbor Republic's storm agency as "
		  "saying that 40 people died. Kim said 12 people were "
		  "missing after the storm.", 12, "Harbor Republic", "Kim",
		  CHECK_ANY },
		/* a full name no body stands behind stays the person's */
		{ "Local doctor Kim Dae-ho said 42 people died in the storm. "
		  "Kim said 14 people were missing.", 14, "Kim Dae-ho", "Kim",
		  CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_an_adjective_before_a_body_as_its_source),
		cmocka_unit_test(
		    should_give_a_known_owners_body_to_the_owner),
		cmocka_unit_test(
		    should_join_officials_to_their_verb_past_a_where_clause),
		cmocka_unit_test(
		    should_read_an_acronym_in_a_speakers_description),
		cmocka_unit_test(
		    should_give_a_surname_the_body_its_full_name_spoke_for),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
