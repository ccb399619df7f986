/*
 * test_extract_figmodel.c - the learned decision under the claim rules
 * (extract/netfig.h, models/figure.h): a figure whose counted noun is
 * left out, far from the trigger that says what it counts, is a claim;
 * a figure counting another thing beside a tracker word, a clock time
 * or a measure is none; the committed weights were fitted on the signals
 * the C code computes, in its order; CLAIMTRACK_TRAIN dumps the rows and
 * leaves the rules alone to decide.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "extract_check.h"
#include "netfig.h"

#define PUB "2025-03-04"

/* A tracker of a flood's toll, in its own words. */
static const char flood_ini[] =
    "[tracker]\nname = Floods\nsubject =\n"
    "[nouns]\ncounted = people, residents, victims, bodies\n"
    "[subjects]\ncues = flood, floods, flooding, storm, dam\n"
    "[quantity killed]\ndefault = yes\n"
    "triggers = killed, dead, died, deaths, death toll, drowned\n"
    "nouns = deaths, dead\n"
    "[quantity missing]\ntriggers = missing, unaccounted for\n"
    "[quantity displaced]\ntriggers = displaced, evacuated, homeless\n"
    "[sources]\nRed Cross = Red Cross\nHealth ministry = health ministry\n";

/* A quoted count with no noun of its own, whose trigger comes a dozen
 * words later: the rules and the net decline it, the model takes it. */
static const char left_out[] =
    "\"We have counted some 600 so far,\" a Red Cross volunteer said of "
    "those displaced by the floods.\n";

static struct claimset
claims_of(const struct tracker *t, const char *text)
{
	struct claimset cs;

	claimset_init(&cs);
	extract_text(t, "t", PUB, text, &cs);
	return cs;
}

static void
should_add_a_figure_whose_noun_is_left_out_far_from_its_trigger(
    void **state)
{
	struct tracker *t = tracker_parse(flood_ini, "floods");
	struct claimset cs;

	(void)state;
	assert_non_null(t);
	cs = claims_of(t, left_out);
	assert_int_equal(cs.n, 1);
	assert_double_equal(cs.v[0].value, 600, 1e-9);
	assert_int_equal(cs.v[0].qualifier, QUAL_APPROX);
	check_str("quantity", cs.v[0].quantity, "displaced", left_out);
	claimset_release(&cs);
	tracker_free(t);
}

static void
should_not_count_other_things_beside_a_tracker_word(void **state)
{
	static const double fourteen[] = { 14 };
	static const double evacuees[] = { 2000 };
	static const double seventeen[] = { 17 };
	struct tracker *t = tracker_parse(flood_ini, "floods");

	(void)state;
	assert_non_null(t);
	check_claim_values(t, PUB, NULL, "The storm killed 14 people and "
	    "damaged 300 homes and 12 bridges.\n", fourteen, 1);
	check_claim_values(t, PUB, NULL, "Flood water reached the second "
	    "floor of 80 homes as 2,000 residents were evacuated.\n", evacuees, 1);
	check_claim_values(t, PUB, NULL, "Crews in 40 boats searched for 36 "
	    "hours after the dam burst at 2 p.m., and 17 people died.\n",
	    seventeen, 1);
	check_claim_values(t, PUB, NULL, "Four rivers burst their banks and "
	    "the flooding cut 9 roads, officials said.\n", NULL, 0);
	tracker_free(t);
}

static void
should_fit_the_weights_on_the_signals_the_code_computes(void **state)
{
	char names[4096];
	const char *s;
	size_t i, n = 0;

	(void)state;
	names[0] = '\0';
	for (i = 0; (s = netfig_signal(i)) != NULL; i++) {
		assert_true(n + strlen(s) + 2 < sizeof names);
		n += (size_t)snprintf(names + n, sizeof names - n, "%s%s",
		    i > 0 ? " " : "", s);
	}
	assert_true(i > 0);
	if (strcmp(names, netfig_trained_on()) != 0)
		fail_msg("models/figure.h was fitted on \"%s\", the code "
		    "computes \"%s\": run scripts/rows-figure and "
		    "scripts/train-linmodel again", netfig_trained_on(), names);
}

static void
should_dump_rows_and_let_the_rules_decide_when_training(void **state)
{
	char dir[] = "/tmp/claimtrack-figmodel-XXXXXX", path[128], line[256];
	struct tracker *t = tracker_parse(flood_ini, "floods");
	struct claimset cs;
	const char *old = getenv("CLAIMTRACK_TRAIN");
	FILE *fp;
	size_t rows = 0;

	(void)state;
	assert_non_null(t);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/figure.tsv", dir);
	setenv("CLAIMTRACK_TRAIN", dir, 1);
	cs = claims_of(t, left_out);
	if (old != NULL)
		setenv("CLAIMTRACK_TRAIN", old, 1);
	else
		unsetenv("CLAIMTRACK_TRAIN");
	assert_int_equal(cs.n, 0);	/* the rules alone */
	claimset_release(&cs);
	fp = fopen(path, "r");
	assert_non_null(fp);
	assert_non_null(fgets(line, sizeof line, fp));
	assert_int_equal(strncmp(line, "key\trule\t", 9), 0);
	while (fgets(line, sizeof line, fp) != NULL)
		if (strncmp(line, "t|", 2) == 0)
			rows++;
	fclose(fp);
	assert_int_equal(rows, 1);	/* "600"; the quote's words none */
	unlink(path);
	rmdir(dir);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_add_a_figure_whose_noun_is_left_out_far_from_its_trigger),
		cmocka_unit_test(
		    should_not_count_other_things_beside_a_tracker_word),
		cmocka_unit_test(
		    should_fit_the_weights_on_the_signals_the_code_computes),
		cmocka_unit_test(
		    should_dump_rows_and_let_the_rules_decide_when_training),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
