/*
 * test_extract_round21_qty.c - what a figure counts, round 21.
 *
 * A part and its whole ("N of the M ..."): the whole's own words, a
 * participle or a relative clause on its noun, say what the whole
 * counts, and the verb after them says what befell the part. That verb
 * may stand past a long whole ("of the 129 girls and young women taken
 * from the school by gunmen on Monday night have escaped"), with no
 * auxiliary before it ("taken away managed to escape"), or after a
 * linking verb ("have become casualties"); a relative clause on the
 * whole ("of the 110 pilgrims who had been reported missing") names the
 * whole's count, not the part's.
 *
 * A trigger of a verb and its particle split around the figure, its
 * object ("sent 3,000 workers home", "laid 500 workers off"), names
 * what befell the figure's people as the whole trigger would; not so a
 * trigger of coordinated verbs ("killed and wounded"): in "300 were
 * killed and 2,700 wounded" the second figure is of the wounded.
 *
 * A relative clause set off by a comma ("six men, who were arrested in
 * the town, were later charged") says what befell the figure's people
 * as one without the comma does; but the people a country hosts, and
 * those added to them by ", including", live there, whatever the
 * relative clause on them says of how they once came.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"

#define NROWS(a) (sizeof(a) / sizeof(*(a)))

#define PUB "2025-09-02"

/* A school abduction: the taken by default, the escaped, the missing and
 * the freed apart. */
static const char tracker_text[] =
	"[tracker]\nname = abduction\nsubject =\n"
	"[nouns]\ncounted = students, girls, boys, pupils, women, people, "
	"pilgrims\n"
	"[subjects]\ncues = abduction, kidnapping, school\n"
	"[quantity abducted]\ndefault = yes\n"
	"triggers = abducted, kidnapped, taken, taken away, seized\n"
	"[quantity escaped]\n"
	"triggers = escaped, managed to escape, returned, fled\n"
	"[quantity missing]\ntriggers = missing, unaccounted for\n"
	"[quantity released]\ntriggers = released, freed, found\n";

#include "text_tracker.h"

/* A war: troops sent, and their losses. */
static const char war_ini[] =
	"[tracker]\nname = war\nsubject =\n"
	"[nouns]\ncounted = soldiers, troops, personnel\n"
	"[subjects]\ncues = war, front, fighting\n"
	"[quantity troops_deployed]\ndefault = yes\n"
	"triggers = deployed, sent, stationed\n"
	"[quantity casualties]\n"
	"triggers = casualties, killed or wounded\n";

static void
should_give_the_part_the_verb_past_a_long_whole(void **state)
{
	static const struct qcase rows[] = {
		{ "After the school abduction, 14 of the 129 girls and young "
		    "women kidnapped by gunmen on Monday night have escaped.",
		    { "escaped", "abducted", NULL } },
		{ "After the school abduction, 9 of the 80 pupils seized from "
		    "their dormitory by armed men in the village have been "
		    "freed.",
		    { "released", "abducted", NULL } },
		/* not so: the whole's words end at another figure */
		{ "After the school abduction, 14 of the 129 girls have "
		    "escaped and 20 were freed.",
		    { "escaped", "abducted", "released", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_give_the_part_a_verb_without_auxiliary(void **state)
{
	static const struct qcase rows[] = {
		{ "Officials said 14 out of the 129 students taken away "
		    "managed to escape after the school abduction.",
		    { "escaped", "abducted", NULL } },
		{ "After the school abduction, 17 of the 300 boys kidnapped "
		    "from the hostel escaped into the forest.",
		    { "escaped", "abducted", NULL } },
		/* not so: two participles joined by "and" are the whole's */
		{ "After the school abduction, 17 of the 300 boys seized "
		    "and taken into the forest were freed.",
		    { "released", "abducted", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_a_relative_clause_on_the_whole(void **state)
{
	static const struct qcase rows[] = {
		{ "After the school abduction, police said 96 out of 110 "
		    "pilgrims who had been reported missing were found.",
		    { "released", "missing", NULL } },
		/* not so: without it the whole is the tracker's default */
		{ "After the school abduction, police said 96 out of 110 "
		    "pilgrims were found.",
		    { "released", "abducted", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_read_the_noun_after_a_linking_verb(void **state)
{
	static const struct qcase rows[] = {
		{ "The report says over 6,000 of the 11,000 soldiers sent "
		    "to the front have become casualties.",
		    { "casualties", "troops_deployed", NULL } },
		{ "Some 3,000 soldiers became casualties in the fighting.",
		    { "casualties", NULL } },
		/* not so: a linking verb before no trigger counts nothing
		 * new */
		{ "Some 3,000 soldiers became ill at the front.",
		    { "troops_deployed", NULL } },
	};

	(void)state;
	check_ini_quantities(war_ini, PUB, rows, NROWS(rows));
}

/* A strike: strikers by default, workers sent home or laid off apart;
 * the hurt and the dead of the picket line. */
static const char strike_ini[] =
	"[tracker]\nname = strike\nsubject =\n"
	"[nouns]\ncounted = workers, employees, members, people\n"
	"[subjects]\ncues = strike, walkout, union\n"
	"[quantity strikers]\ndefault = yes\n"
	"triggers = on strike, strike, walked out, striking\n"
	"[quantity laid_off]\ntriggers = sent home, laid off, layoffs\n"
	"[quantity killed]\ntriggers = killed\n"
	"[quantity injured]\ntriggers = wounded, killed and wounded\n";

static void
should_read_a_trigger_split_around_its_object(void **state)
{
	static const struct qcase rows[] = {
		{ "Because of the strike, the automakers have sent nearly "
		    "3,000 workers home.", { "laid_off", NULL } },
		{ "Because of the strike, the company laid 500 employees off "
		    "on Friday.", { "laid_off", NULL } },
		{ "Because of the strike, the plant sent its 800 workers "
		    "home.", { "laid_off", NULL } },
		/* not so: the object's verb is elsewhere */
		{ "Because of the strike, 3,000 workers walked out and went "
		    "home.", { "strikers", NULL } },
		/* not so: coordinated verbs are not split */
		{ "At the strike, 3 workers were killed and 20 wounded.",
		    { "killed", "injured", NULL } },
	};

	(void)state;
	check_ini_quantities(strike_ini, PUB, rows, NROWS(rows));
}

/* Unrest: arrests by default, the hurt and the dead apart. */
static const char unrest_ini[] =
	"[tracker]\nname = unrest\nsubject =\n"
	"[nouns]\ncounted = people, men, persons, protesters\n"
	"[subjects]\ncues = protest, protests, unrest\n"
	"[quantity killed]\ndefault = yes\ntriggers = killed, died, dead\n"
	"[quantity arrested]\ntriggers = arrested, detained\n"
	"[quantity injured]\ntriggers = injured, wounded\n";

/* Refugees: returns by default, residents apart. */
static const char refugee_ini[] =
	"[tracker]\nname = returns\nsubject =\n"
	"[nouns]\ncounted = refugees, migrants, people, Afghans\n"
	"[subjects]\ncues = refugee, refugees, migrants, return\n"
	"[quantity returned]\ndefault = yes\n"
	"triggers = returned, fled, crossed, went back\n"
	"[quantity residing]\ntriggers = living, residing, hosts\n";

static void
should_read_a_relative_clause_after_a_comma(void **state)
{
	static const struct qcase unrest[] = {
		{ "During the protests, six persons, who were arrested in "
		    "the town, had been taken to court.",
		    { "arrested", NULL } },
		{ "During the protests, 40 people, who were injured by "
		    "rubber bullets, were treated at the clinic.",
		    { "injured", NULL } },
		/* not so: a relative clause naming no trigger */
		{ "During the protests, 12 men, who lived in the town, "
		    "died.", { "killed", NULL } },
	};
	static const struct qcase refugees[] = {
		/* the hosted and their part live there */
		{ "The country hosts about 4.4 million refugees, including "
		    "1.7 million undocumented migrants, who fled the war.",
		    { "residing", "residing", NULL } },
		/* not so: a part of a figure not hosted */
		{ "About 40,000 refugees returned last month, including "
		    "9,000 migrants, who fled the war.",
		    { "returned", "returned", NULL } },
	};

	(void)state;
	check_ini_quantities(unrest_ini, PUB, unrest, NROWS(unrest));
	check_ini_quantities(refugee_ini, PUB, refugees, NROWS(refugees));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_give_the_part_the_verb_past_a_long_whole),
		cmocka_unit_test(
		    should_give_the_part_a_verb_without_auxiliary),
		cmocka_unit_test(should_read_a_relative_clause_on_the_whole),
		cmocka_unit_test(should_read_the_noun_after_a_linking_verb),
		cmocka_unit_test(should_read_a_trigger_split_around_its_object),
		cmocka_unit_test(should_read_a_relative_clause_after_a_comma),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
