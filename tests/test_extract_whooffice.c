/*
 * test_extract_whooffice.c - who gave a figure when the claimant is
 * named by an office or a kind rather than by the gazetteer's name: a
 * minister named by his ministry's office ("acting Transport Minister
 * X", "the interior minister said"); the auxiliary of a progressive
 * verb of saying ("is estimating", "are now saying"); a name with a
 * lower-case particle in an apposition ("Its head, Rosa del Vale,
 * told"); a verb that says only with the clause it opens ("assured
 * that", "projects that"); a document named once with its maker and
 * then by its noun ("the report said", "according to the study"); a
 * place after "reported from" (no giver); a body described by its kind
 * ("the relief agency said") after the one named; and the affiliation
 * after "according to" a person.
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

#define PUB "2025-06-11"	/* a Wednesday */
#define ANY CHECK_ANY		/* a field the row does not check */

static const char tracker_text[] =
	"[tracker]\nname = coastal storm\nsubject =\n"
	"[nouns]\ncounted = people, residents, passengers, protesters\n"
	"[subjects]\ncues = storm, flood, floods, people, residents, lives\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, deaths, death toll, toll\n"
	"[quantity evacuated]\ntriggers = evacuated, fled, displaced\n"
	"[sources]\n"
	"Government = Interior Ministry, government, Pell Vardo\n"
	"Relief Agency = Coastal Relief Agency, CRA, Rosa del Vale\n"
	"Aid Council = Marren Aid Council\n"
	"Institute = Lune Institute\n"
	"Norland = Norland\n";

#include "text_tracker.h"

/* the tracker above, articles published on PUB */
#define check_rows(rows, n) check_who_rows(tr, PUB, (rows), (n))

/*
 * A minister is named by the office of the ministry he speaks for; a
 * progressive verb's auxiliary stands between claimant and verb; a
 * name with a particle may stand in an apposition.
 */
static void
should_read_a_claimant_named_by_an_office(void **state)
{
	static const struct who_row rows[] = {
		{ "At least 54 people died in the storm, acting Interior "
		  "Minister Olek Brannis told reporters on Monday.", 54,
		  "Government", "Olek Brannis", ANY },
		{ "Some 38 people were killed in the floods, the interior "
		  "minister said.", 38, "Government", ANY, ANY },
		{ "The government is estimating that about 1,200 people "
		  "were killed.", 1200, "Government", "government", ANY },
		{ "The government has been claiming that 300 people were "
		  "evacuated.", 300, "Government", "government", ANY },
		{ "Its director, Rosa del Vale, told reporters that 412 "
		  "people had been killed.", 412, "Relief Agency",
		  "Rosa del Vale", ANY },
		{ "The Coastal Relief Agency projects that as many as "
		  "90,000 people may be displaced by Friday.", 90000,
		  "Relief Agency", ANY, ANY },
		{ "Pell Vardo assured that, only in May, more than 2,000 "
		  "residents have been evacuated.", 2000, "Government",
		  "Pell Vardo", ANY },
		/* the verb says only with its clause: not of the figure
		   before it */
		{ "Some 400 residents fled on Sunday, and the Coastal "
		  "Relief Agency assured that the situation was calmer.",
		  400, "unattributed", ANY, ANY },
		{ "Some 75 residents were evacuated, according to Jun "
		  "Terell, spokesman for the Marren Aid Council.", 75,
		  "Aid Council", "Jun Terell", ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

/*
 * A document named once with its maker is read from its noun after:
 * "the report said" means its maker, not whoever spoke last; so does a
 * body described by its kind after the one named. A place after
 * "reported from" gives no figure.
 */
static void
should_find_the_maker_named_before(void **state)
{
	static const struct who_row rows[] = {
		{ "A report by the Lune Institute was published on Monday. "
		  "The Interior Ministry did not comment. Officials in the "
		  "port declined to speak. About 640 people died in the "
		  "storm, the report said.", 640, "Institute", ANY, ANY },
		{ "The Coastal Relief Agency reported that the storm hit "
		  "four towns. Houses were used as shelters. About 3,000 "
		  "people remain cut off from the roads, the report said.", 3000,
		  "Relief Agency", ANY, ANY },
		{ "A new Lune Institute survey came out on Monday. "
		  "According to the survey, 85 residents died.", 85,
		  "Institute", ANY, ANY },
		/* a report that names no maker gives none */
		{ "A report was published on Monday. About 90 people died "
		  "in the storm, the report said.", 90, "unattributed",
		  ANY, ANY },
		{ "The death toll has risen to 512, the Coastal Relief "
		  "Agency said on Tuesday. In an updated bulletin, the "
		  "regional relief office said 530 people had died.",
		  530, "Relief Agency", ANY, ANY },
		{ "Eight more people killed in the storm were reported "
		  "from Dunmore on Tuesday.", 8, "unattributed", ANY, ANY },
		{ "The count of people killed reported from the Norland "
		  "government is 64.", 64, "Norland", ANY, ANY },
	};

	(void)state;
	check_rows(rows, sizeof(rows) / sizeof(*rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_read_a_claimant_named_by_an_office),
		cmocka_unit_test(should_find_the_maker_named_before),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
