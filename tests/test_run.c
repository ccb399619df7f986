/*
 * test_run.c - the nightly job end to end, as cron and a reader see it:
 * the published folder, the figures in report.pdf, the appendix, the
 * summary's numbers, exit codes, locks and a missing renderer.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "testutil.h"
#include "tmpdir_fixture.h"
#include "util.h"
#include "publish.h"

#define ASOF_WEEK "--asof 2024-10-31 --period week"
/* The sample's discrepancy told truthfully: Ukraine's about 12,000 is
 * the one estimate, the United States' at least 3,000 a bound that fits
 * it, and its about 10,000 a projection (it asserted a 4.0× spread
 * between the bound and the estimate before the measures said which
 * figures can be compared). */
#define HEADLINE "Ukraine puts North Korean troops in Russia at about " \
	"12,000; the United States' “at least 3,000” is compatible with " \
	"it; projected, apart from the count: about 10,000 (United " \
	"States, 28 Oct)."

static int
setup(void **state)
{
	(void)state;
	return tmpdir_make("run");
}

/* claimtrack run on the sample into dir; stderr kept in dir/err. */
static int
run_sample(const char *extra)
{
	return sh("%s run --db %s/c.db --out %s/out %s corpus/sample "
	    "2>%s/err", TEST_PROGRAM(), dir, dir, extra, dir);
}

static char *
pdf_text(void)
{
	assert_int_equal(sh("pdftotext -enc UTF-8 %s/out/report.pdf "
	    "%s/report.txt", dir, dir), 0);
	return squeeze(slurp("report.txt"));
}

static void
should_publish_every_file_of_the_briefing(void **state)
{
	static const char *const files[] = {
		"report.pdf", "summary.md", "summary.html", "summary.json",
		"claims.csv", "claims.jsonl", "charts/range.png",
		"charts/timeline.svg", "charts/matrix.pdf",
		"charts/changes.png",
	};
	struct stat sb;
	char path[256];
	size_t i;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	for (i = 0; i < sizeof(files) / sizeof(*files); i++) {
		snprintf(path, sizeof(path), "%s/out/%s", dir, files[i]);
		if (stat(path, &sb) == -1 || sb.st_size == 0)
			fail_msg("%s missing or empty", path);
	}
}

static void
should_put_the_figures_and_headline_in_the_pdf(void **state)
{
	char *text, *info;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	text = pdf_text();
	assert_non_null(strstr(text, "12,000"));
	assert_non_null(strstr(text, "10,000"));
	assert_non_null(strstr(text, "3,000"));
	assert_non_null(strstr(text, "Ukraine"));
	assert_non_null(strstr(text, "United States"));
	assert_non_null(strstr(text, HEADLINE));
	free(text);
	assert_int_equal(sh("pdfinfo %s/out/report.pdf > %s/info", dir, dir),
	    0);
	info = slurp("info");
	assert_non_null(strstr(info, "Pages:"));
	assert_true(atoi(strstr(info, "Pages:") + 6) >= 3);
	free(info);
}

/* The first six words of s, squeezed, into buf. */
static char *
first_words(const char *s, char *buf, size_t size)
{
	size_t o = 0;
	int words = 0;

	for (; *s && words < 6 && o + 1 < size; s++) {
		if (*s == ' ' || *s == '\n')
			words++;
		if (words < 6)
			buf[o++] = *s == '\n' ? ' ' : *s;
	}
	buf[o] = '\0';
	return squeeze(buf);
}

static void
should_list_every_exported_claim_in_the_appendix(void **state)
{
	char *text, *jl, *line, *save = NULL, words[256];
	json_error_t err;
	json_t *o;
	int n = 0;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	text = pdf_text();
	jl = slurp("out/claims.jsonl");
	for (line = strtok_r(jl, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save), n++) {
		assert_non_null(o = json_loads(line, 0, &err));
		first_words(json_string_value(json_object_get(o, "sentence")),
		    words, sizeof(words));
		if (strstr(text, words) == NULL)
			fail_msg("claim %d not in the appendix: %s", n, words);
		json_decref(o);
	}
	assert_int_equal(n, 8);	/* the 2025 article is after asof */
	free(jl);
	free(text);
}

static json_t *
summary_json(const char *args)
{
	json_error_t err;
	json_t *j;
	char *s;

	assert_int_equal(sh("%s summary --db %s/c.db --json %s > %s/s.json",
	    TEST_PROGRAM(), dir, args, dir), 0);
	s = slurp("s.json");
	j = json_loads(s, 0, &err);
	free(s);
	assert_non_null(j);
	return j;
}

/* The position of measure m holding event index e. */
static json_t *
position(json_t *m, const char *key)
{
	json_t *pos = json_object_get(m, "positions");

	return json_array_get(pos, (size_t)json_integer_value(
	    json_object_get(m, key)));
}

static void
should_find_the_sample_story_figures_in_the_summary(void **state)
{
	json_t *j, *m, *lo, *hi;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	j = summary_json(ASOF_WEEK);
	m = json_array_get(json_object_get(j, "measures"), 0);
	assert_string_equal(json_string_value(json_object_get(m, "family")),
	    "troops");
	/* at least 3,000 is the floor (a bound), not the lowest estimate */
	lo = position(m, "floor");
	hi = position(m, "highest");
	assert_string_equal(json_string_value(json_object_get(lo, "source")),
	    "United States");
	assert_string_equal(json_string_value(json_object_get(lo,
	    "qualifier")), "at_least");
	assert_double_equal(json_number_value(json_object_get(lo, "value")),
	    3000, 0);
	assert_true(json_is_true(json_object_get(lo, "compatible")));
	assert_string_equal(json_string_value(json_object_get(hi, "source")),
	    "Ukraine");
	assert_double_equal(json_number_value(json_object_get(hi, "value")),
	    12000, 0);
	assert_false(json_is_true(json_object_get(lo, "estimate")));
	/* one estimate: no spread */
	assert_true(json_is_null(json_object_get(m, "ratio")));
	assert_true(json_object_get(m, "lowest") != NULL &&
	    json_integer_value(json_object_get(m, "lowest")) ==
	    json_integer_value(json_object_get(m, "highest")));
	/* Ukraine's 12,000 is one event carried by three articles */
	assert_int_equal(json_integer_value(json_object_get(json_array_get(
	    json_object_get(j, "events"), (size_t)json_integer_value(
	    json_object_get(hi, "event"))), "articles")), 3);
	json_decref(j);
}

/* The text of dir/out/charts/NAME.pdf, squeezed; the caller frees. */
static char *
chart_text(const char *name)
{
	char file[64], *p;

	snprintf(file, sizeof(file), "%s.txt", name);
	for (p = file; *p; p++)
		if (*p == '/')
			*p = '-';
	assert_int_equal(sh("pdftotext -enc UTF-8 %s/out/charts/%s.pdf "
	    "%s/%s", dir, name, dir, file), 0);
	return squeeze(slurp(file));
}

/* "at least 3,000" against "about 12,000" is a bound that fits an
 * estimate, as the headline says: no "4.0× between lowest and highest";
 * a month later both are stale, so they are marked as such and left
 * out of the matrix. */
static void
should_draw_a_spread_only_between_current_estimates(void **state)
{
	char *t;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	t = chart_text("range");
	assert_null(strstr(t, "between lowest and highest"));
	assert_null(strstr(t, "stale"));
	free(t);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/out --asof "
	    "2025-03-01 --period month 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir), 0);
	t = chart_text("range");
	assert_null(strstr(t, "between lowest and highest"));
	assert_non_null(strstr(t, "≈12,000 · stale"));
	assert_non_null(strstr(t, "≥3,000 · stale"));
	assert_non_null(strstr(t, "grey, hollow: stale (over 90 days old)"));
	free(t);
	t = chart_text("matrix");
	assert_null(strstr(t, "Ukraine"));
	assert_null(strstr(t, "United States"));
	free(t);
}

/* One outlet is "1 outlet" wherever a count is written: the charts'
 * source lines, the documents, the log. */
static void
should_never_write_one_with_a_plural_noun(void **state)
{
	static const char *const charts[] = { "range", "timeline", "matrix",
	    "changes", "troops_projected/range" };
	char *t;
	size_t i;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	for (i = 0; i < sizeof(charts) / sizeof(*charts); i++) {
		t = chart_text(charts[i]);
		assert_non_null(strstr(t, "4 articles, 1 outlet"));
		assert_null(strstr(t, "1 outlets"));
		free(t);
	}
	assert_int_equal(sh("grep -rqE '(^|[^0-9,.])1 (article|outlet|claim|"
	    "chart|source|event|row)s' %s/err %s/out/summary.md "
	    "%s/out/summary.html", dir, dir, dir), 1);
}

static void
should_show_south_korea_as_new_in_the_month_to_march(void **state)
{
	json_t *j, *rows, *r;
	size_t i;
	int found = 0;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	j = summary_json("--asof 2025-03-01 --period month");
	rows = json_object_get(j, "rows");
	json_array_foreach(rows, i, r) {
		if (strcmp(json_string_value(json_object_get(r, "source")),
		    "South Korea") != 0)
			continue;
		found = 1;
		assert_string_equal(json_string_value(json_object_get(
		    json_object_get(r, "change"), "kind")), "new");
		assert_double_equal(json_number_value(json_object_get(
		    json_object_get(r, "change"), "current")), 11000, 0);
	}
	assert_true(found);
	json_decref(j);
}

static void
should_publish_again_when_nothing_is_new(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	assert_int_equal(sh("rm %s/out/report.pdf", dir), 0);
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	err = slurp("err");
	assert_non_null(strstr(err, "ingest: 0 new, 5 unchanged"));
	free(err);
	assert_int_equal(sh("test -s %s/out/report.pdf", dir), 0);
}

/* The inode of dir/name: a published file replaced gets another. */
static ino_t
inode_of(const char *name)
{
	char path[256];
	struct stat sb;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (stat(path, &sb) == -1)
		fail_msg("cannot stat %s", path);
	return sb.st_ino;
}

static void
should_keep_the_briefing_when_nothing_changed(void **state)
{
	ino_t before;
	char *err;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	before = inode_of("out/report.pdf");
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	err = slurp("err");
	assert_non_null(strstr(err, "out is current: nothing new"));
	assert_null(strstr(err, "report: report.pdf"));
	free(err);
	assert_true(inode_of("out/report.pdf") == before);
}

static void
should_draw_again_when_the_period_options_or_claims_change(void **state)
{
	ino_t before;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	before = inode_of("out/report.pdf");
	assert_int_equal(run_sample("--asof 2024-11-01 --period week"), 0);
	assert_true(inode_of("out/report.pdf") != before);
	before = inode_of("out/report.pdf");
	assert_int_equal(run_sample("--asof 2024-11-01 --period month"), 0);
	assert_true(inode_of("out/report.pdf") != before);
	before = inode_of("out/report.pdf");
	assert_int_equal(run_sample("--asof 2024-11-01 --period month "
	    "--redraw"), 0);
	assert_true(inode_of("out/report.pdf") != before);
	/* a new article: new claims, so the briefing is drawn again */
	before = inode_of("out/report.pdf");
	assert_int_equal(sh("printf 'The Pentagon said 3,000 North Korean "
	    "troops were in Russia on Oct. 30, 2024.\\n' > %s/new.txt",
	    dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/out --asof "
	    "2024-11-01 --period month corpus/sample %s/new.txt 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir, dir), 0);
	assert_true(inode_of("out/report.pdf") != before);
}

static void
should_draw_the_same_files_through_gnuplot(void **state)
{
	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK " --renderer gnuplot"), 0);
	/* the headline measure's twelve, beside the other measures' folders */
	assert_int_equal(sh("test $(find %s/out/charts -maxdepth 1 -type f | "
	    "wc -l) -eq 12", dir), 0);
	assert_int_equal(sh("test -s %s/out/charts/troops_projected/"
	    "range.svg", dir), 0);
	assert_int_equal(sh("test -s %s/out/charts/range.svg", dir), 0);
}

/*
 * With --renderer gnuplot, report.pdf shows gnuplot's charts, not cairo's:
 * a gnuplot that rewrites one label of the timeline ("this period")
 * must put its words in the report a reader opens.
 */
static void
should_put_the_gnuplot_charts_in_report_pdf(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir -p %s/bin && printf '#!/bin/sh\\nsed "
	    "\"s/this period/this period drawn by gnuplot/\" | exec %%s "
	    "\"$@\"\\n' \"$(command -v gnuplot)\" > %s/bin/gnuplot && "
	    "chmod +x %s/bin/gnuplot", dir, dir, dir), 0);
	assert_int_equal(sh("PATH=%s/bin:$PATH %s run --db %s/c.db --out "
	    "%s/out --renderer gnuplot " ASOF_WEEK " corpus/sample 2>%s/err",
	    dir, TEST_PROGRAM(), dir, dir, dir), 0);
	assert_int_equal(sh("pdftotext %s/out/report.pdf - | grep -q "
	    "'this period drawn by gnuplot'", dir), 0);
	/* cairo's report says no such thing */
	assert_int_equal(sh("PATH=%s/bin:$PATH %s run --db %s/c.db --out "
	    "%s/out --renderer cairo " ASOF_WEEK " 2>%s/err", dir,
	    TEST_PROGRAM(), dir, dir, dir), 0);
	assert_int_equal(sh("pdftotext %s/out/report.pdf - | grep -q "
	    "'drawn by gnuplot'", dir), 1);
	assert_int_equal(sh("pdftotext %s/out/report.pdf - | grep -q "
	    "'this period'", dir), 0);
}

static void
should_exit_2_and_keep_the_report_when_gnuplot_is_missing(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK), 0);
	assert_int_equal(sh("PATH=/nonexistent %s run --db %s/c.db --out "
	    "%s/out --renderer gnuplot " ASOF_WEEK " 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir), 2);
	err = slurp("err");
	assert_non_null(strstr(err, "gnuplot not found"));
	free(err);
	assert_int_equal(sh("test -s %s/out/report.pdf", dir), 0);
}

static void
should_exit_1_when_an_input_is_rejected_and_still_publish(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(sh("printf '' > %s/empty.txt", dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/out " ASOF_WEEK
	    " corpus/sample %s/empty.txt 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir, dir), 1);
	err = slurp("err");
	assert_non_null(strstr(err, "empty.txt: empty file"));
	free(err);
	assert_int_equal(sh("test -s %s/out/report.pdf", dir), 0);
}

static void
should_exit_3_when_the_folder_cannot_be_written(void **state)
{
	(void)state;
	assert_int_equal(sh("touch %s/file", dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/file/out "
	    ASOF_WEEK " corpus/sample 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir), 3);
	/* the articles of that run are stored all the same */
	assert_int_equal(sh("test $(sqlite3 %s/c.db 'select count(*) from "
	    "articles') -eq 5", dir), 0);
}

static void
should_give_up_when_another_run_holds_the_database(void **state)
{
	char *err;

	(void)state;
	assert_int_equal(sh("touch %s/c.db.lock && (flock %s/c.db.lock "
	    "sleep 4 &) && sleep 0.5", dir, dir), 0);
	assert_int_equal(run_sample("--wait 1 " ASOF_WEEK), 3);
	err = slurp("err");
	assert_non_null(strstr(err, "another claimtrack run holds"));
	free(err);
}

static void
should_keep_a_dated_copy_with_keep_history(void **state)
{
	(void)state;
	assert_int_equal(run_sample(ASOF_WEEK " --keep-history"), 0);
	assert_int_equal(sh("test -s %s/out-history/2024-10-31/report.pdf",
	    dir), 0);
}

int
main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, tmpdir_teardown)
	const struct CMUnitTest tests[] = {
		T(should_publish_every_file_of_the_briefing),
		T(should_put_the_figures_and_headline_in_the_pdf),
		T(should_list_every_exported_claim_in_the_appendix),
		T(should_find_the_sample_story_figures_in_the_summary),
		T(should_draw_a_spread_only_between_current_estimates),
		T(should_never_write_one_with_a_plural_noun),
		T(should_show_south_korea_as_new_in_the_month_to_march),
		T(should_publish_again_when_nothing_is_new),
		T(should_keep_the_briefing_when_nothing_changed),
		T(should_draw_again_when_the_period_options_or_claims_change),
		T(should_draw_the_same_files_through_gnuplot),
		T(should_exit_2_and_keep_the_report_when_gnuplot_is_missing),
		T(should_put_the_gnuplot_charts_in_report_pdf),
		T(should_exit_1_when_an_input_is_rejected_and_still_publish),
		T(should_exit_3_when_the_folder_cannot_be_written),
		T(should_give_up_when_another_run_holds_the_database),
		T(should_keep_a_dated_copy_with_keep_history),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
