/*
 * test_extract_figures.c - which figures are claims: a headline printed
 * again as the body's first line counts once; figures whose counted
 * noun is left out; the second and later figures of a sentence; and the
 * numbers that must not count (other events, capacities, rates).
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "sentences.h"
#include "tracker.h"
#include "default_tracker.h"

#define PUB "2024-12-19"

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

/* The figures the text gives, in order: values (NAN for vague). */
static void
check_values(const struct tracker *t, const char *title, const char *text,
    const double *want, size_t nwant)
{
	struct claimset cs;
	struct article art;
	size_t i;

	article_init(&art);
	art.id = strdup("t");
	art.title = title != NULL ? strdup(title) : NULL;
	art.body = strdup(text);
	art.body_len = strlen(text);
	memcpy(art.published, PUB, sizeof(PUB));
	claimset_init(&cs);
	extract_article(t, &art, &cs);
	if (cs.n != nwant)
		fail_msg("%zu claims, expected %zu, in: %s", cs.n, nwant, text);
	for (i = 0; i < cs.n; i++) {
		if (isnan(want[i]))
			assert_int_equal(cs.v[i].qualifier, QUAL_VAGUE);
		else
			assert_double_equal(cs.v[i].value, want[i], 1e-6);
	}
	claimset_release(&cs);
	article_release(&art);
}

static void
should_keep_the_headline_printed_again_in_the_body_once(void **state)
{
	static const char title[] =
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says";
	static const char body[] =
	    "Rescuers search the ruins on Monday in a photo.\n"
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says\n"
	    "Hundreds Of People Dead As Dam Bursts, Red Cross Says\n"
	    "The storm broke the dam overnight, the agency said.\n";
	static const char menu[] =
	    "Hundreds Of People Dead As Dam Bursts\n"
	    "The storm broke the dam overnight, the agency said.\n";
	static const double one[] = { NAN };
	struct tracker *t = tracker_parse(flood_ini, "floods");
	struct sentlist sl;

	(void)state;
	assert_non_null(t);
	check_values(t, title, body, one, 1);
	/* Without the title the same line is a heading of the page. */
	check_values(t, NULL, menu, one, 0);
	sentlist_init(&sl);
	sentences_split_titled(body, strlen(body), title, &sl);
	assert_int_equal(sl.n, 3);
	sentlist_release(&sl);
	tracker_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_keep_the_headline_printed_again_in_the_body_once),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
