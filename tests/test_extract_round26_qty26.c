/*
 * test_extract_round26_qty26.c - what a figure counts, round 26.
 *
 * A relative clause on the figure's people only describes them; a
 * linking verb of a state kept after it ("remain", "remained",
 * "stayed") is the main verb and says what they now are: "inmates who
 * broke out of the jail remain at large", "men who were hurt in the
 * riot remained in hospital". Without a state the tracker names after
 * it, the relative clause's own verb still counts.
 *
 * Figures paired with their nouns by "respectively" ("the injured and
 * the hospitalised numbered 40 and 12, respectively") take, in order,
 * the quantities of the nouns named before them; without
 * "respectively" the list is read as before.
 *
 * A modal before a figure whose people a relative clause puts in a
 * state now ("will bring food to 300 inmates who remain at large")
 * plans what is done for them: the count is current. Without that
 * clause the modal still makes the figure projected.
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

#define PUB "2026-03-12"

/* A jail riot: inmates who escaped, are still out, were hurt. */
static const char tracker_text[] =
	"[tracker]\nname = jail riot\nsubject =\n"
	"[nouns]\ncounted = inmates, prisoners, people, men\n"
	"[subjects]\ncues = riot, jail\n"
	"[quantity escaped]\ndefault = yes\n"
	"triggers = escaped, broke out, fled\n"
	"[quantity at_large]\ntriggers = at large, on the run, "
	"remain at large\n"
	"[quantity injured]\ntriggers = injured, hurt\n"
	"[quantity hospitalized]\ntriggers = in hospital, "
	"under treatment, hospitalised\n";

#include "text_tracker.h"

static void
should_read_a_kept_state_after_a_relative_clause(void **state)
{
	static const struct qcase rows[] = {
		{ "The warden said 212 inmates who broke out of the jail "
		    "during the riot remain at large.",
		    { "at_large", NULL } },
		{ "Police said about 90 prisoners who fled the jail on "
		    "Sunday remained on the run.",
		    { "at_large", NULL } },
		{ "Doctors said 14 men who were hurt in the riot at the "
		    "jail remain under treatment.",
		    { "hospitalized", NULL } },
		{ "Officials said 30 people who were injured in the riot "
		    "stayed hospitalised for a week.",
		    { "hospitalized", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_keep_the_relative_verb_without_a_kept_state(void **state)
{
	static const struct qcase rows[] = {
		/* "remain" with no state the tracker names */
		{ "The warden said 212 inmates who broke out of the jail "
		    "during the riot remain a danger.",
		    { "escaped", NULL } },
		/* no linking verb: the relative clause's verb */
		{ "The warden said 40 inmates who were hurt in the riot "
		    "spoke to reporters at the jail.",
		    { "injured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_pair_figures_with_nouns_respectively(void **state)
{
	static const struct qcase rows[] = {
		{ "After the jail riot, those hurt and those hospitalised "
		    "numbered 40 and 12, respectively.",
		    { "injured", "hospitalized", NULL } },
		{ "The escaped, injured and hospitalised inmates of the riot "
		    "number 212, 40 and 12 respectively, the warden said.",
		    { "escaped", "injured", "hospitalized", NULL } },
		/* no "respectively": one verb for both figures */
		{ "The warden said 40 and 12 inmates were hurt in the jail "
		    "riot.",
		    { "injured", "injured", NULL } },
	};

	(void)state;
	check_quantities(tr, PUB, rows, NROWS(rows));
}

static void
should_keep_a_present_state_current_after_a_modal(void **state)
{
	static const struct sentence_kinds rows[] = {
		{ "The warden will offer an amnesty to 300 inmates who "
		    "remain at large after the jail riot.",
		    { "at_large/current", NULL } },
		{ "Guards will search the hills for 80 prisoners who are "
		    "still on the run after the jail riot.",
		    { "at_large/current", NULL } },
		/* no present state: the modal plans the count */
		{ "The warden said 300 inmates could escape during the "
		    "next jail riot.",
		    { "escaped/projected", NULL } },
	};

	(void)state;
	check_sentence_kinds(tr, PUB, rows, NROWS(rows));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_kept_state_after_a_relative_clause),
		cmocka_unit_test(
		    should_keep_the_relative_verb_without_a_kept_state),
		cmocka_unit_test(
		    should_pair_figures_with_nouns_respectively),
		cmocka_unit_test(
		    should_keep_a_present_state_current_after_a_modal),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
