/*
 * test_extract_claimant.c - who said it, as a choice among candidates
 * (extract/claimant.h): the committed model header was fitted on the
 * signals the C code computes, in their order; a training run writes
 * every candidate of a decision once (one per source, "unattributed"
 * among them, the rules' own marked); and the phenomena the choice is
 * about: a nearer named agent that is not the claimant, a figure in the
 * writer's own voice beside a named agent, a quote's speaker named after
 * it, a known giver against a capitalized word or an unknown name.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#include "claimant.h"
#include "models/claimant.h"

#define PUB "2025-03-12"	/* a Wednesday */

static const char tracker_text[] =
	"[tracker]\nname = floods\nsubject =\n"
	"[nouns]\ncounted = people, residents, families, volunteers\n"
	"[subjects]\ncues = flood, floods, river\n"
	"[quantity evacuated]\ndefault = yes\n"
	"triggers = evacuated, moved, displaced\n"
	"[quantity missing]\ntriggers = missing\n"
	"[quantity dead]\ntriggers = died, dead, killed, drowned\n"
	"[sources]\n"
	"Water Board = Water Board, Lena Marsh\n"
	"Red Crescent = Red Crescent\n"
	"Northern Region = Northern Region, regional governor\n";

#include "text_tracker.h"

static void
should_match_the_model_header_to_the_c_signals(void **state)
{
	char names[1024] = "";
	size_t i;

	(void)state;
	assert_int_equal(CLAIMANT_NFEAT, CLAIMANT_NSIG);
	for (i = 0; i < CLAIMANT_NSIG; i++) {
		if (i > 0)
			strcat(names, " ");
		strcat(names, claimant_signals[i]);
	}
	assert_string_equal(claimant_trained_on, names);
}

static void
should_give_the_figure_to_its_speaker_not_the_nearer_agent(void **state)
{
	static const struct who_row rows[] = {
		/* a named agent after the figure, in a clause of its own */
		{ "The Water Board said 120 residents were evacuated after "
		  "the Red Crescent opened two shelters by the river.", 120,
		  "Water Board", CHECK_ANY, CHECK_ANY },
		/* a named agent in a relative clause between the speaker
		 * and the verb */
		{ "Lena Marsh, who met Red Crescent volunteers on Monday, said "
		  "45 people were missing after the floods.", 45,
		  "Water Board", CHECK_ANY, CHECK_ANY },
		/* an outlet that relays: the one it cites claims */
		{ "Reuters, citing the Water Board, reported that 70 people "
		  "were evacuated as the river rose.", 70, "Water Board",
		  CHECK_ANY, CHECK_ANY },
		/* the quote's speaker named after the quote */
		{ "\"We moved 300 families from the river overnight,\" the "
		  "Red Crescent said after the Water Board closed the bridge.",
		  300,
		  "Red Crescent", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, NELEM(rows));
}

static void
should_leave_the_writers_figure_unattributed_beside_an_agent(void **state)
{
	static const struct who_row rows[] = {
		/* the named agent gives no figure */
		{ "Floods displaced 200 residents as the Water Board "
		  "inspected the dam.", 200, "unattributed", CHECK_ANY,
		  CHECK_ANY },
		/* officials who name no one */
		{ "Officials said 60 people were evacuated from the river "
		  "villages.", 60, "unattributed", CHECK_ANY, CHECK_ANY },
	};

	(void)state;
	check_who_rows(tr, PUB, rows, NELEM(rows));
}

/*
 * A capitalized word that opens the sentence ("Field estimates from X
 * and Y suggest") is no claimant when a known source gives the report;
 * a speaker's name the gazetteer lacks stays the claimant when a known
 * source is only in its relative clause.
 */
static void
should_weigh_a_known_giver_against_an_unknown_name(void **state)
{
	static const struct who_row known[] = {
		{ "Field estimates from the Water Board and the Red crescent "
		  "suggest that 90 people are missing after the floods.", 90,
		  "Water Board", CHECK_ANY, CHECK_ANY },
	};
	static const struct who_row named[] = {
		{ "Harbour Watch, which works with the Red Crescent, said 52 "
		  "people drowned in the river.", 52, "Harbour Watch",
		  "Harbour Watch", CHECK_ANY },
	};

	(void)state;
	if (claimant_model_on())
		check_who_rows(tr, PUB, known, NELEM(known));
	check_who_rows(tr, PUB, named, NELEM(named));
}

/* The rows of FOLDER/claimant.tsv: the header, then for the decision
 * of the figure 120 each source with its rule and unattr signals. */
static void
check_dump(const char *path)
{
	char line[8192], want[1024] = "key";
	FILE *fp;
	size_t i, n = 0;
	bool rule_board = false, unattr = false;
	int nboard = 0;

	for (i = 0; i < CLAIMANT_NSIG; i++) {
		strcat(want, "\t");
		strcat(want, claimant_signals[i]);
	}
	strcat(want, "\n");
	assert_non_null(fp = fopen(path, "r"));
	assert_non_null(fgets(line, sizeof line, fp));
	assert_string_equal(line, want);
	while (fgets(line, sizeof line, fp) != NULL) {
		char *src, *x, *end;

		n++;
		if (strstr(line, "|120|") == NULL)
			continue;
		/* key: doc|sent|num|qual|value|low|high|source|sentence */
		for (src = line, i = 0; i < 7; i++)
			src = strchr(src, '|') + 1;
		end = strchr(src, '|');
		x = strchr(end, '\t') + 1;	/* rule, then unattr */
		if (strncmp(src, "Water Board|", 12) == 0) {
			nboard++;
			rule_board = x[0] == '1';
		}
		if (strncmp(src, "unattributed|", 13) == 0)
			unattr = x[0] == '0' && x[2] == '1';
	}
	fclose(fp);
	assert_true(n >= 2);
	assert_int_equal(nboard, 1);	/* one candidate per source */
	assert_true(rule_board);	/* the rules' pick is marked */
	assert_true(unattr);		/* no one is a candidate too */
}

static void
should_dump_each_source_once_when_training(void **state)
{
	char dir[] = "/tmp/claimant-test-XXXXXX", path[64];
	struct claimset cs;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/claimant.tsv", dir);
	setenv("CLAIMTRACK_TRAIN", dir, 1);
	claimset_init(&cs);
	extract_text(tr, "t", PUB, "The Water Board said 120 residents were "
	    "evacuated from the river after the Red Crescent said it "
	    "opened two shelters.",
	    &cs);
	unsetenv("CLAIMTRACK_TRAIN");
	assert_non_null(claim_of_value(&cs, 120));
	claimset_release(&cs);
	check_dump(path);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_match_the_model_header_to_the_c_signals),
		cmocka_unit_test(
		    should_give_the_figure_to_its_speaker_not_the_nearer_agent),
		cmocka_unit_test(
		    should_leave_the_writers_figure_unattributed_beside_an_agent),
		cmocka_unit_test(
		    should_weigh_a_known_giver_against_an_unknown_name),
		cmocka_unit_test(should_dump_each_source_once_when_training),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
