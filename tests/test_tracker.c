/*
 * test_tracker.c - trackers: the built-in copy matches trackers/default.ini,
 * malformed files are refused with FILE:LINE, a second tracker works.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "test_reader_util.h"	/* capture of stderr */

static void
should_embed_exactly_the_default_tracker_file(void **state)
{
	size_t len;
	char *s = file_read("trackers/default.ini", 1 << 20, &len);

	(void)state;
	assert_non_null(s);
	assert_string_equal(tracker_default_text(), s);
	free(s);
}

static void
should_parse_the_default_tracker(void **state)
{
	struct tracker *tr = tracker_default();

	(void)state;
	assert_true(tr->nouns.n >= 5);
	assert_true(tr->nq >= 5);
	assert_string_equal(tr->q[tr->qdefault].name, "troops_deployed");
	assert_string_equal(tr->subject, "North Korean");
	tracker_free(tr);
}

static void
should_refuse_malformed_trackers(void **state)
{
	static const char *const bad[] = {
		"[nouns]\ncounted = troops\n[colours]\nred = 1\n",
		"[nouns]\ncounted = troops\n[quantity x]\nmodality = maybe\n",
		"[nouns]\ncounted = troops\n[quantity x]\nfoo = bar\n",
		"[nouns]\ncounted = troops\nthis line has no equals sign\n",
		"[quantity x]\ntriggers = sent\n",
		"[nouns]\ncounted = troops\n",
		"[nouns]\ncounted = a b c d e f g h i j k l m\n[quantity x]\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		assert_null(tracker_parse(bad[i], "bad.ini"));
}

/*
 * projection_of names a [measure]; a user who names the measure's
 * quantity instead is told which measure to name, and one who names
 * nothing known is told so.
 */
static void
should_name_the_measure_a_projection_of_meant(void **state)
{
	static const char base[] =
	    "[nouns]\ncounted = troops\n"
	    "[quantity sent]\ntriggers = sent\n"
	    "[quantity sent_planned]\ntriggers = will send\n"
	    "[measure state_troops]\nquantities = sent\n"
	    "[measure state_troops_planned]\nquantities = sent_planned\n";
	struct capture c;
	struct tracker *tr;
	char text[1024], *err;

	(void)state;
	snprintf(text, sizeof(text), "%sprojection_of = sent\n", base);
	capture_begin(&c);
	tr = tracker_parse(text, "states.ini");
	err = capture_end(&c);
	assert_null(tr);
	assert_non_null(strstr(err, "states.ini: [measure "
	    "state_troops_planned]: projection_of 'sent' is a [quantity]; "
	    "name its measure: projection_of = state_troops"));
	free(err);

	snprintf(text, sizeof(text), "%sprojection_of = convoys\n", base);
	capture_begin(&c);
	tr = tracker_parse(text, "states.ini");
	err = capture_end(&c);
	assert_null(tr);
	assert_non_null(strstr(err, "projection_of 'convoys' names no "
	    "[measure]"));
	free(err);

	snprintf(text, sizeof(text), "%sprojection_of = state_troops\n",
	    base);
	tr = tracker_parse(text, "states.ini");
	assert_non_null(tr);
	tracker_free(tr);
}

static void
should_refuse_a_binary_tracker_file(void **state)
{
	(void)state;
	assert_null(tracker_load("tests/data/extract/binary.bin"));
	assert_null(tracker_load("tests/data/extract/does-not-exist.ini"));
}

static void
should_track_another_story_with_another_tracker(void **state)
{
	struct tracker *tr = tracker_load("trackers/flood-casualties.ini");
	struct claimset cs;
	size_t len;
	char *text = file_read("tests/data/extract/flood.txt", 1 << 20, &len);

	(void)state;
	assert_non_null(tr);
	assert_non_null(text);
	claimset_init(&cs);
	assert_int_equal(extract_text(tr, "flood", "2024-06-11", text, &cs), 3);
	assert_double_equal(cs.v[0].value, 140, 0);
	assert_string_equal(qualifier_name(cs.v[0].qualifier), "at_least");
	assert_string_equal(cs.v[0].quantity, "dead");
	assert_string_equal(cs.v[0].source, "Government");
	assert_string_equal(cs.v[0].claim_date, "2024-06-10");
	assert_double_equal(cs.v[1].value, 2300, 0);
	assert_string_equal(cs.v[1].quantity, "displaced");
	assert_string_equal(cs.v[1].source, "Government");
	assert_double_equal(cs.v[2].value, 12, 0);
	assert_string_equal(cs.v[2].quantity, "dead");
	assert_string_equal(cs.v[2].source, "Red Cross");
	claimset_release(&cs);
	free(text);
	tracker_free(tr);
}

/* Tracker text without its "label =" lines; free the result. */
static char *
without_labels(const char *path)
{
	size_t len, n = 0;
	char *s = file_read(path, 1 << 20, &len), *out, *line, *next;

	assert_non_null(s);
	out = xcalloc(len + 1, 1);
	for (line = s; *line != '\0'; line = next) {
		next = strchr(line, '\n');
		next = next != NULL ? next + 1 : line + strlen(line);
		if (strncmp(line, "label", 5) == 0)
			continue;
		memcpy(out + n, line, (size_t)(next - line));
		n += (size_t)(next - line);
	}
	free(s);
	return out;
}

/* The label of quantity name in tr's summary table. */
static const char *
label_of(const struct tracker *tr, const char *name)
{
	size_t q;

	for (q = 0; q < tr->nq; q++)
		if (strcmp(tr->qm[q].quantity, name) == 0)
			return tr->qm[q].label;
	fail_msg("no quantity %s", name);
	return NULL;
}

/*
 * Without a label, a measure is called by a plain noun phrase from its
 * quantity's name ("ships waiting", "dockers striking"), the first
 * counted noun added only when the name has none ("troops deployed"),
 * never by the tracker's name; a label given always wins.
 */
static void
should_build_plain_labels_from_the_quantity_name(void **state)
{
	char *text = without_labels("tests/data/measures/tracker.ini");
	struct tracker *tr = tracker_parse(text, "port.ini");
	static const char troops[] = "[tracker]\nname = troop story\n"
	    "[nouns]\ncounted = troops, soldiers\n"
	    "[quantity deployed]\ndefault = yes\ntriggers = deployed\n"
	    "[quantity troops_killed]\ntriggers = killed\n"
	    "[quantity casualties]\ntriggers = casualties\n"
	    "[measure deployed]\nquantities = deployed\n"
	    "[measure losses]\nquantities = troops_killed, casualties\n";

	(void)state;
	assert_non_null(tr);
	assert_string_equal(label_of(tr, "ships_waiting"), "ships waiting");
	assert_string_equal(label_of(tr, "dockers_striking"),
	    "dockers striking");
	assert_string_equal(label_of(tr, "arrests"), "arrests");
	assert_null(strstr(label_of(tr, "injured"), "Antwerp"));
	assert_null(strstr(label_of(tr, "injured"), "dockers"));
	tracker_free(tr);
	free(text);
	tr = tracker_parse(troops, "troops.ini");
	assert_non_null(tr);
	assert_string_equal(label_of(tr, "deployed"), "troops deployed");
	/* a measure of several quantities: its own name, a noun already */
	assert_string_equal(label_of(tr, "troops_killed"), "losses");
	assert_string_equal(label_of(tr, "casualties"), "losses");
	tracker_free(tr);
	tr = tracker_load("tests/data/measures/tracker.ini");
	assert_non_null(tr);
	assert_string_equal(label_of(tr, "dockers_striking"),
	    "dockers on strike");
	tracker_free(tr);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_embed_exactly_the_default_tracker_file),
		cmocka_unit_test(should_parse_the_default_tracker),
		cmocka_unit_test(
		    should_build_plain_labels_from_the_quantity_name),
		cmocka_unit_test(should_refuse_malformed_trackers),
		cmocka_unit_test(should_name_the_measure_a_projection_of_meant),
		cmocka_unit_test(should_refuse_a_binary_tracker_file),
		cmocka_unit_test(should_track_another_story_with_another_tracker),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
