/*
 * test_extract_whogap.c - what news language puts between a claimant
 * and its verb of saying, or inside the claimant's phrase, that must not
 * lose who gave the figure: a time phrase ("the ministry on Friday
 * said", "Police late Sunday put the number at", "earlier in the day",
 * "on 3 March", "in a statement", "had earlier, in May, said", "(local
 * time)"), a relaying aside ("X, as quoted by Y, estimates"), a place
 * described inside the claimant ("the health office in northern X",
 * "in the war-torn city of X", "in the capital", "of hard-hit X"), a
 * name with a lower-case particle ("Maria del Campo"), the named event
 * after "organisers of", a quoted name in an apposition; the speaker's
 * own report ("X said it had compiled figures showing"); the agent of a
 * participle that is no subject ("soldiers held by X have said"); and a
 * figure followed by the one who gave it ("estimated at 9,000 by
 * organisers but given as 4,000 by police").
 * Each row is a short article read with the tracker below; the last
 * claim of the value given must have the source, claimant and date
 * given.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define PUB "2025-03-12"	/* a Wednesday */
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = river floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, protesters, soldiers\n"
	"[subjects]\ncues = flood, floods, rally, march, people, protesters, lives\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, death toll, toll\n"
	"[quantity arrested]\ntriggers = arrested, detained\n"
	"[quantity attended]\ntriggers = marched, attended, turnout\n"
	"[sources]\n"
	"Police = police, Police\n"
	"Health Ministry = health ministry, health office\n"
	"Relief Council = Relief Council, Maria del Campo, del Campo\n"
	"Organisers = organisers, organizers, Open Streets\n"
	"Rights Centre = Valdor Rights Centre\n"
	"Norland = Norland, Norland's\n"
	"Estmark = Estmark\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

/*
 * Words of time between the claimant and its verb keep the two linked:
 * a weekday with "late" or "early", a part of the day, a date with its
 * month, "in a statement", an aside set off by commas, a clock's
 * bracket; and an aside naming who relayed the words.
 */
static void
should_link_a_claimant_to_its_verb_across_a_time_phrase(void **state)
{
	static const struct who_row rows[] = {
		{ "Police late Monday put the number of people arrested at "
		  "240.", 240, "Police", "Police", ANY },
		{ "Police on Saturday gauged the turnout at 8,000 people.",
		  8000, "Police", "Police", ANY },
		{ "The health ministry on Friday said 31 people had died in "
		  "the floods.", 31, "Health Ministry", ANY, "2025-03-07" },
		{ "Police earlier in the day said 75 protesters had been "
		  "detained.", 75, "Police", "Police", ANY },
		{ "Police in the evening said 64 protesters had been "
		  "arrested.", 64, "Police", "Police", ANY },
		{ "Police on 3 March said 52 protesters had been arrested.",
		  52, "Police", "Police", "2025-03-03" },
		{ "The Valdor Rights Centre in a statement said 18 "
		  "protesters had been arrested.", 18, "Rights Centre", ANY,
		  ANY },
		{ "The Relief Council had earlier, in February, reported "
		  "that 140 people had died in the floods.", 140,
		  "Relief Council", ANY, ANY },
		{ "The Relief Council on Sunday (local time) said 93 people "
		  "had died in the floods.", 93, "Relief Council", ANY,
		  ANY },
		{ "The Relief Council, as quoted by a local radio station, "
		  "estimates that 210 people died in the floods.", 210,
		  "Relief Council", ANY, ANY },
		/* a time phrase does not make a claimant of nothing */
		{ "Late on Monday, 88 people had died in the floods.", 88,
		  "unattributed", NULL, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A place inside the claimant described by lower-case words (a point
 * of the compass, what befell it, "the city of", "the capital", "the
 * enclave") stays part of it: the body before it is the source, not
 * the place.
 */
static void
should_keep_a_described_place_inside_the_claimant(void **state)
{
	static const struct who_row rows[] = {
		{ "The regional health office in northern Norland said 27 "
		  "people had died in the floods.", 27, "Health Ministry",
		  ANY, ANY },
		{ "Police in the war-torn city of Estmark said 45 protesters "
		  "had been arrested.", 45, "Police", ANY, ANY },
		{ "Police in the capital said 38 protesters had been "
		  "arrested.", 38, "Police", ANY, ANY },
		{ "The health office in the flooded Estmark said 12 people "
		  "had died.", 12, "Health Ministry", ANY, ANY },
		{ "The floods killed 59 people, the police chief of hard-hit "
		  "Estmark said.", 59, "Police", ANY, ANY },
		/* the place alone still names its own source */
		{ "Officials in Norland said 16 people had died in the "
		  "floods.", 16, "Norland", ANY, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * The claimant's own phrase: a person's name with a lower-case
 * particle, organisers of a named event, a quoted name inside a long
 * apposition.
 */
static void
should_read_the_whole_claimant_phrase(void **state)
{
	static const struct who_row rows[] = {
		{ "\"The floods have killed 66 people,\" said Maria del Campo.",
		  66, "Relief Council", "Maria del Campo", ANY },
		{ "Organisers of the Open Streets march estimated that "
		  "12,000 people marched.", 12000, "Organisers", ANY, ANY },
		{ "The Harbour Union, one of the organisers of the \"Open "
		  "Streets\" march, has estimated that 15,000 people "
		  "marched.", 15000, "Organisers", ANY, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * Who speaks and who does not: a report naming no one that the speaker
 * made ("said it had compiled figures showing") is the speaker's; the
 * agent of a participle before the verb ("held by X") is not its
 * subject, but the author of a report ("a report published by X") and
 * the leader of a group ("unions led by X") speak through it; a figure
 * followed by "by" and its giver after a word of estimating is that
 * giver's.
 */
static void
should_find_who_speaks_among_the_named(void **state)
{
	static const struct who_row rows[] = {
		{ "The Valdor Rights Centre said it had compiled figures "
		  "showing 301 protesters had been detained.", 301,
		  "Rights Centre", ANY, ANY },
		{ "Three soldiers captured by Norland have said 40 protesters "
		  "were detained with them.", 40, "unattributed", ANY, ANY },
		{ "A report published by Norland on Monday said 77 people "
		  "had died in the floods.", 77, "Norland", ANY, ANY },
		{ "The toll announced by Norland on Monday showed 46 people "
		  "had died in the floods.", 46, "Norland", ANY, ANY },
		{ "Marchers led by Open Streets said 3,500 people had "
		  "marched.", 3500, "Organisers", ANY, ANY },
		{ "The rally drew a crowd estimated at 9,000 by organisers "
		  "but given as 4,000 by police.", 9000, "Organisers",
		  "organisers", ANY },
		{ "The rally drew a crowd estimated at 9,000 by organisers "
		  "but given as 4,000 by police.", 4000, "Police", "police",
		  ANY },
		/* "by" after a figure with no word of estimating names no
		 * giver */
		{ "Police said the number of people arrested had reached 85 "
		  "by Tuesday.", 85, "Police", "Police", ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_link_a_claimant_to_its_verb_across_a_time_phrase),
		cmocka_unit_test(
		    should_keep_a_described_place_inside_the_claimant),
		cmocka_unit_test(should_read_the_whole_claimant_phrase),
		cmocka_unit_test(should_find_who_speaks_among_the_named),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
