/*
 * test_run_measures.c - every measure of a tracker gets its own charts
 * and its own section in the briefing: the port strike of
 * tests/data/measures/ has ships waiting (the headline measure, two
 * sources), dockers on strike (two sources), people arrested (one
 * source) and people injured (only an unattributed figure); each
 * section is titled with the measure's label, each folder named after
 * the measure.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "testutil.h"
#include "tmpdir_fixture.h"
#include "util.h"
#include "present.h"
#include "publish.h"

#define MEASURES "--tracker tests/data/measures/tracker.ini " \
	"--asof 2025-03-10 --period week"

static int
setup(void **state)
{
	(void)state;
	return tmpdir_make("measures");
}

/* claimtrack run on the port strike into dir/out; stderr in dir/err. */
static int
run_strike(const char *extra)
{
	return sh("%s run --db %s/c.db --out %s/out " MEASURES " %s "
	    "tests/data/measures 2>%s/err", TEST_PROGRAM(), dir, dir, extra,
	    dir);
}

/* Whether dir/out/name is a file with something in it. */
static int
published(const char *name)
{
	char path[256];
	struct stat sb;

	snprintf(path, sizeof(path), "%s/out/%s", dir, name);
	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0;
}

/* Whether dir/out/charts/SUB/KIND.EXT is published for every EXT of
 * exts (a space-separated list). */
static int
charts_published(const char *sub, const char *kind, const char *exts)
{
	char name[128], ext[8];
	const char *p = exts;
	int n, all = 1;

	while (sscanf(p, "%7s%n", ext, &n) == 1) {
		snprintf(name, sizeof(name), "charts/%s%s%s.%s", sub,
		    *sub ? "/" : "", kind, ext);
		all &= published(name);
		p += n;
	}
	return all;
}

/* Each of want[0 .. n) is in text, in that order. */
static void
assert_in_order(const char *text, const char *what, const char *const *want,
    size_t n)
{
	const char *at = text, *p;
	size_t i;

	for (i = 0; i < n; i++) {
		if ((p = strstr(at, want[i])) == NULL)
			fail_msg("%s: \"%s\" missing or out of order", what,
			    want[i]);
		at = p + strlen(want[i]);
	}
}

static void
should_draw_each_measure_its_charts_in_its_own_folder(void **state)
{
	static const char *const kinds[] = {
		"range", "timeline", "matrix", "changes",
	};
	char *err;
	size_t k;

	(void)state;
	assert_int_equal(run_strike(""), 0);
	for (k = 0; k < 4; k++) {
		/* the headline measure keeps charts/NAME.* */
		if (!charts_published("", kinds[k], "png svg pdf"))
			fail_msg("charts/%s.* missing", kinds[k]);
		if (!charts_published("dockers", kinds[k], "png svg pdf"))
			fail_msg("charts/dockers/%s.* missing", kinds[k]);
	}
	assert_false(published("charts/ships/range.png"));
	/* one source: a range chart, a timeline and changes, no matrix */
	assert_true(charts_published("arrests", "range", "png svg pdf"));
	assert_true(charts_published("arrests", "timeline", "png"));
	assert_true(charts_published("arrests", "changes", "png"));
	assert_int_equal(sh("test -e %s/out/charts/arrests/matrix.png", dir),
	    1);
	/* no attributed figure: no charts at all */
	assert_int_equal(sh("test -e %s/out/charts/injured", dir), 1);
	err = slurp("err");
	assert_non_null(strstr(err, "charts: 11 charts of 4 measures "
	    "through cairo"));
	free(err);
}

static void
should_draw_each_measure_through_gnuplot_in_the_formats_asked(void **state)
{
	(void)state;
	assert_int_equal(run_strike("--renderer gnuplot --format png,svg"), 0);
	assert_true(charts_published("", "matrix", "png svg"));
	assert_true(charts_published("dockers", "range", "png svg"));
	assert_true(charts_published("dockers", "timeline", "png svg"));
	assert_true(charts_published("dockers", "matrix", "png svg"));
	assert_true(charts_published("dockers", "changes", "png svg"));
	assert_true(charts_published("arrests", "range", "png svg"));
	assert_false(published("charts/dockers/range.pdf"));
	assert_false(published("charts/arrests/matrix.png"));
}

/*
 * report.pdf shows the measures' charts drawn by gnuplot: a gnuplot
 * that rewrites a label of every timeline puts its words in each
 * measure's section.
 */
static void
should_put_every_measure_gnuplot_chart_in_report_pdf(void **state)
{
	char *text, *p;
	int n = 0;

	(void)state;
	assert_int_equal(sh("mkdir -p %s/bin && printf '#!/bin/sh\\nsed "
	    "\"s/this period/this period by gnuplot/\" | exec %%s "
	    "\"$@\"\\n' \"$(command -v gnuplot)\" > %s/bin/gnuplot && "
	    "chmod +x %s/bin/gnuplot", dir, dir, dir), 0);
	assert_int_equal(sh("PATH=%s/bin:$PATH %s run --db %s/c.db --out "
	    "%s/out --renderer gnuplot " MEASURES " tests/data/measures "
	    "2>%s/err", dir, TEST_PROGRAM(), dir, dir, dir), 0);
	assert_int_equal(sh("pdftotext -enc UTF-8 %s/out/report.pdf "
	    "%s/report.txt", dir, dir), 0);
	text = squeeze(slurp("report.txt"));
	/* the timeline and changes chart of ships, dockers and arrests */
	for (p = text; (p = strstr(p, "this period by gnuplot")) != NULL;
	    p++)
		n++;
	assert_int_equal(n, 6);
	free(text);
}

static void
should_give_each_measure_a_section_the_headline_measure_first(
    void **state)
{
	static const char *const md[] = {
		"## Where the sources stand\n",
		"## ships waiting off Antwerp\n",
		"![Range of estimates by source](charts/range.png)",
		"![Discrepancy between sources](charts/matrix.png)",
		"## dockers on strike\n",
		"### Range of estimates by source\n",
		"![Range of estimates by source](charts/dockers/range.png)",
		"![Claims over time](charts/dockers/timeline.png)",
		"![Change since the previous period](charts/dockers/"
		"changes.png)",
		"![Discrepancy between sources](charts/dockers/matrix.png)",
		"## people arrested\n",
		"Only Police puts a figure on people arrested",
		"![Range of estimates by source](charts/arrests/range.png)",
		"![Change since the previous period](charts/arrests/"
		"changes.png)",
		"## people injured\n",
		"No source put a figure on people injured up to 2025-03-10",
		"no charts",
		"## Changes, source by source\n",
		"## Compatibility findings\n",
	};
	static const char *const pdf[] = {
		"Where the sources stand", "ships waiting off Antwerp",
		"Range of estimates by source", "dockers on strike",
		"Range of estimates by source", "Discrepancy between sources",
		"people arrested",
		"Only Police puts a figure on people arrested",
		"Range of estimates by source", "people injured",
		"No source put a figure on people injured", "All measures",
		"Changes, source by source",
	};
	static const char *const html[] = {
		"<h2 class=\"measure\" id=\"measure-1\">ships waiting off Antwerp</h2>",
		"<figure id=\"range\">",
		"<h2 class=\"measure\" id=\"measure-2\">dockers on strike</h2>",
		"<figure id=\"m2-range\"><svg",
		"<figure id=\"m2-matrix\"><svg",
		"<h2 class=\"measure\" id=\"measure-3\">people arrested</h2>",
		"<figure id=\"m3-changes\"><svg",
		"<h2 class=\"measure\" id=\"measure-4\">people injured</h2>",
	};
	char *text;

	(void)state;
	assert_int_equal(run_strike(""), 0);
	text = slurp("out/summary.md");
	assert_in_order(text, "summary.md", md, sizeof(md) / sizeof(*md));
	assert_null(strstr(text, "charts/arrests/matrix"));
	assert_null(strstr(text, "charts/injured"));
	free(text);
	assert_int_equal(sh("pdftotext -enc UTF-8 %s/out/report.pdf "
	    "%s/report.txt", dir, dir), 0);
	text = squeeze(slurp("report.txt"));
	assert_in_order(text, "report.pdf", pdf, sizeof(pdf) / sizeof(*pdf));
	free(text);
	text = slurp("out/summary.html");
	assert_in_order(text, "summary.html", html,
	    sizeof(html) / sizeof(*html));
	assert_null(strstr(text, "m3-matrix"));
	free(text);
}

/* The measure of summary.json with this family, or fail. */
static json_t *
json_measure(json_t *doc, const char *family)
{
	json_t *m;
	size_t i;

	json_array_foreach(json_object_get(doc, "measures"), i, m)
		if (strcmp(json_string_value(json_object_get(m, "family")),
		    family) == 0)
			return m;
	fail_msg("no measure %s in summary.json", family);
	return NULL;
}

/* Whether the array of strings a holds s. */
static int
json_has(json_t *a, const char *s)
{
	json_t *v;
	size_t i;

	json_array_foreach(a, i, v)
		if (strcmp(json_string_value(v), s) == 0)
			return 1;
	return 0;
}

static void
should_list_each_measure_chart_files_in_summary_json(void **state)
{
	json_error_t err;
	json_t *doc, *c;
	char *s;

	(void)state;
	assert_int_equal(run_strike("--format png,pdf"), 0);
	s = slurp("out/summary.json");
	assert_non_null(doc = json_loads(s, 0, &err));
	free(s);
	c = json_object_get(json_measure(doc, "ships"), "charts");
	assert_int_equal(json_array_size(c), 8);
	assert_true(json_has(c, "charts/range.png"));
	assert_true(json_has(c, "charts/changes.pdf"));
	c = json_object_get(json_measure(doc, "dockers"), "charts");
	assert_int_equal(json_array_size(c), 8);
	assert_true(json_has(c, "charts/dockers/matrix.png"));
	assert_false(json_has(c, "charts/dockers/matrix.svg"));
	c = json_object_get(json_measure(doc, "arrests"), "charts");
	assert_int_equal(json_array_size(c), 6);
	assert_false(json_has(c, "charts/arrests/matrix.png"));
	assert_non_null(strstr(json_string_value(json_object_get(
	    json_measure(doc, "arrests"), "chart_note")), "Only Police"));
	c = json_object_get(json_measure(doc, "injured"), "charts");
	assert_int_equal(json_array_size(c), 0);
	assert_true(json_is_string(json_object_get(json_measure(doc,
	    "injured"), "chart_note")));
	assert_true(json_is_null(json_object_get(json_measure(doc, "ships"),
	    "chart_note")));
	json_decref(doc);
}

static void
should_draw_again_when_a_measure_chart_is_missing(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(run_strike(""), 0);
	assert_int_equal(run_strike(""), 0);
	err = slurp("err");
	assert_non_null(strstr(err, "out is current: nothing new"));
	free(err);
	assert_int_equal(sh("grep -qx 'file charts/dockers/range.svg' "
	    "%s/out/.claimtrack-made-from", dir), 0);
	assert_int_equal(sh("rm %s/out/charts/dockers/range.svg", dir), 0);
	assert_int_equal(run_strike(""), 0);
	err = slurp("err");
	assert_null(strstr(err, "out is current"));
	free(err);
	assert_true(published("charts/dockers/range.svg"));
}

/* The fingerprint holds the tracker's text, not only its file name:
 * a label edited in place is drawn the next night. */
static void
should_draw_again_when_the_tracker_text_changes(void **state)
{
	char *err, *md;

	(void)state;
	assert_int_equal(sh("cp tests/data/measures/tracker.ini %s/t.ini",
	    dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/out --tracker "
	    "%s/t.ini --asof 2025-03-10 --period week tests/data/measures "
	    "2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 0);
	assert_int_equal(sh("sed -i 's/^label = dockers on strike$/label = "
	    "dockworkers out/' %s/t.ini", dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/out --tracker "
	    "%s/t.ini --asof 2025-03-10 --period week tests/data/measures "
	    "2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 0);
	err = slurp("err");
	assert_null(strstr(err, "out is current"));
	free(err);
	md = slurp("out/summary.md");
	assert_non_null(strstr(md, "## dockworkers out"));
	assert_null(strstr(md, "ockers on strike"));
	free(md);
}

/* The chart of "injured" names its sources, not "Gaza Health
 * Ministry · injured" (gaza-toll's tracker has no [measure]). */
static void
should_not_repeat_the_measure_in_its_chart_row_labels(void **state)
{
	char *t;

	(void)state;
	/* 1: the story's folder also holds files that are no articles */
	assert_in_range(sh("%s run --db %s/c.db --out %s/out --tracker "
	    "tests/data/eval/gaza-toll/tracker.ini --period all "
	    "tests/data/eval/gaza-toll 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir), 0, 1);
	assert_int_equal(sh("pdftotext -enc UTF-8 %s/out/charts/injured/"
	    "range.pdf %s/range.txt", dir, dir), 0);
	t = slurp("range.txt");
	assert_non_null(strstr(t, "Gaza Health Ministry"));
	assert_null(strstr(t, "· injured"));
	free(t);
}

/*
 * The acceptance on the real North Korean troops articles: the
 * troop measure's current range lies between 9,000 and 15,000 at both
 * ends, and no measure sets one kind of count against another.
 */
static void
should_put_the_nk_troop_range_between_9000_and_15000(void **state)
{
	json_t *j, *ms, *m, *ps, *p, *rows;
	json_error_t e;
	char path[256];
	double lo, hi, v;
	size_t i, k, outliers;
	const char *fam, *q;

	(void)state;
	assert_in_range(sh("%s run --db %s/c.db --out %s/out --asof 2025-01-15 "
	    "--period month corpus/sample tests/data/eval/nk "
	    "tests/data/eval/nk-troops tests/data/eval/nk-troops-2 "
	    "tests/data/eval/nk-troops-3 tests/data/eval/nk-troops-5 "
	    "tests/data/eval/nk-troops-6 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir), 0, 1);
	snprintf(path, sizeof(path), "%s/out/summary.json", dir);
	j = json_load_file(path, 0, &e);
	assert_non_null(j);
	ms = json_object_get(j, "measures");
	rows = json_object_get(j, "rows");
	(void)rows;
	assert_true(json_number_value(json_object_get(j, "outlier_factor")) ==
	    20);
	json_array_foreach(ms, i, m) {
		fam = json_string_value(json_object_get(m, "family"));
		ps = json_object_get(m, "positions");
		json_array_foreach(ps, k, p) {
			q = json_string_value(json_object_get(p, "quantity"));
			/* troops_* in troops and troops_projected; each
			 * casualty kind in its own measure */
			if (strncmp(fam, "troops", 6) == 0)
				assert_int_equal(strncmp(q, "troops_", 7), 0);
			else if (strcmp(fam, "casualties") == 0)
				assert_string_equal(q, "casualties");
			else
				assert_non_null(strstr(q, fam));
		}
		if (strcmp(fam, "troops") != 0)
			continue;
		/* a figure told as an outlier is out of the range; every
		 * counted estimate is a count of thousands */
		outliers = 0;
		json_array_foreach(ps, k, p) {
			v = json_number_value(json_object_get(p, "value"));
			if (json_is_true(json_object_get(p, "outlier"))) {
				outliers++;
				assert_false(json_is_true(json_object_get(p,
				    "counted")));
			} else if (json_is_true(json_object_get(p,
			    "counted")) && json_is_true(json_object_get(p,
			    "estimate")))
				assert_true(v >= 1000);
		}
		assert_int_equal(json_integer_value(json_object_get(m,
		    "outliers")), outliers);
		hi = json_number_value(json_object_get(json_array_get(ps,
		    json_integer_value(json_object_get(m, "highest"))),
		    "value"));
		p = json_array_get(ps, json_integer_value(json_object_get(m,
		    "lowest")));
		lo = json_number_value(json_object_get(p, "value"));
		assert_in_range(hi, 9000, 15000);
		assert_in_range(lo, 9000, 15000);
	}
	json_decref(j);
}

static void
should_make_measure_names_safe_as_file_names(void **state)
{
	static const struct {
		const char *name, *stem;
	} rows[] = {
		{ "casualties", "casualties" },
		{ "Ships waiting", "ships-waiting" },
		{ "troops_deployed", "troops_deployed" },
		{ "../../etc/passwd", "etc-passwd" },
		{ "-rf", "rf" },
		{ "killed (Gaza)!", "killed-gaza" },
		{ "Ärzte", "rzte" },
		{ "погибшие", "measure" },
		{ "", "measure" },
		{ "a/b\\c d", "a-b-c-d" },
	};
	char buf[PRESENT_STEM_LEN];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++)
		assert_string_equal(present_measure_stem(rows[i].name, buf,
		    sizeof(buf)), rows[i].stem);
	/* cut to the buffer, never overrun */
	present_measure_stem("abcdefghij", buf, 5);
	assert_string_equal(buf, "abcd");
}

int
main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, tmpdir_teardown)
	const struct CMUnitTest tests[] = {
		T(should_draw_each_measure_its_charts_in_its_own_folder),
		T(should_draw_each_measure_through_gnuplot_in_the_formats_asked),
		T(should_put_every_measure_gnuplot_chart_in_report_pdf),
		T(should_give_each_measure_a_section_the_headline_measure_first),
		T(should_list_each_measure_chart_files_in_summary_json),
		T(should_draw_again_when_a_measure_chart_is_missing),
		T(should_draw_again_when_the_tracker_text_changes),
		T(should_not_repeat_the_measure_in_its_chart_row_labels),
		T(should_put_the_nk_troop_range_between_9000_and_15000),
		cmocka_unit_test(should_make_measure_names_safe_as_file_names),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
