/*
 * test_report_pdf.c - report.pdf carries the figures, the headline and
 * every claim's sentence, flows an appendix of as many claims as it lists
 * whole over many pages without leaving the margins or splitting a row,
 * stays a briefing of bounded length at archive scale (the first changes,
 * the claims behind the figures shown, notes saying where the rest are)
 * and fails cleanly.
 *
 * The PDF is read back with pdftotext and pdfinfo (poppler-utils).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "util.h"
#include "briefing.h"
#include "report_pdf.h"
#include "briefing_fixture.h"

/* the most claims the appendix lists whole */
#define LARGE_CLAIMS REPORT_PDF_CLAIMS

/* an archive's weekly briefing: more of everything than the PDF shows */
#define ARCHIVE_SOURCES	200
#define ARCHIVE_CHANGES	600
#define ARCHIVE_CLAIMS	5000

struct word {
	int	 page;		/* from 1 */
	double	 x0, y0, x1, y1; /* box in points, origin top left */
	char	 text[64];	/* the word, truncated */
};

struct words {
	struct word *v;		/* every word of the document */
	size_t	 n;
	size_t	 cap;
	int	 pages;		/* pages seen */
};

static char sample_pdf[64], large_pdf[80], archive_pdf[80];
static int sample_pages, large_pages, archive_pages;

/* Output of a shell command, or NULL when it fails. */
static char *
command_output(const char *cmd)
{
	struct strbuf sb;
	char chunk[8192];
	size_t n;
	FILE *f = popen(cmd, "r");

	if (f == NULL)
		return NULL;
	strbuf_init(&sb, (size_t)1 << 28);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&sb, chunk, n);
	if (pclose(f) != 0) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

/* pdftotext output with every run of white space made one space. */
static char *
pdf_text(const char *path)
{
	char cmd[256], *s, *o, *p;

	snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 '%s' -", path);
	s = command_output(cmd);
	assert_non_null(s);
	for (p = o = s; *p != '\0'; p++) {
		if (isspace((unsigned char)*p)) {
			if (o > s && o[-1] != ' ')
				*o++ = ' ';
		} else
			*o++ = *p;
	}
	*o = '\0';
	return s;
}

static int
pdf_pages(const char *path)
{
	char cmd[256], *s, *p;
	int pages = -1;

	snprintf(cmd, sizeof(cmd), "pdfinfo '%s'", path);
	s = command_output(cmd);
	assert_non_null(s);
	if ((p = strstr(s, "\nPages:")) != NULL)
		pages = atoi(p + 7);
	free(s);
	return pages;
}

static void
words_add(struct words *w, int page, const char *line)
{
	struct word *wd;
	const char *t;

	if (w->n == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 4096;
		w->v = xreallocarray(w->v, w->cap, sizeof(*w->v));
	}
	wd = &w->v[w->n];
	if (sscanf(line, " <word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" "
	    "yMax=\"%lf\">", &wd->x0, &wd->y0, &wd->x1, &wd->y1) != 4)
		fail_msg("cannot read word box: %s", line);
	t = strchr(line, '>') + 1;
	snprintf(wd->text, sizeof(wd->text), "%.*s", (int)strcspn(t, "<"), t);
	wd->page = page;
	w->n++;
}

/* Every word box of a PDF, from pdftotext -bbox. */
static void
words_read(struct words *w, const char *path)
{
	char cmd[256], *s, *line, *save = NULL;

	memset(w, 0, sizeof(*w));
	snprintf(cmd, sizeof(cmd), "pdftotext -bbox '%s' -", path);
	s = command_output(cmd);
	assert_non_null(s);
	for (line = strtok_r(s, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		if (strstr(line, "<page ") != NULL) {
			w->pages++;
			assert_non_null(strstr(line, "width=\"595.000000\" "
			    "height=\"842.000000\""));
		} else if (strstr(line, "<word ") != NULL)
			words_add(w, w->pages, line);
	}
	free(s);
}

/* Page of the one word equal to text; 0 when absent, -1 when repeated. */
static int
words_page(const struct words *w, const char *text)
{
	int page = 0;
	size_t i;

	for (i = 0; i < w->n; i++)
		if (strcmp(w->v[i].text, text) == 0)
			page = page == 0 ? w->v[i].page : -1;
	return page;
}

static bool
page_has(const struct words *w, int page, const char *text)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		if (w->v[i].page == page && strcmp(w->v[i].text, text) == 0)
			return true;
	return false;
}

static int
setup(void **state)
{
	struct briefing b;
	int fd;

	(void)state;
	strcpy(sample_pdf, "/tmp/claimtrack-pdf-XXXXXX");
	if ((fd = mkstemp(sample_pdf)) == -1)
		return -1;
	close(fd);
	snprintf(large_pdf, sizeof(large_pdf), "%s-large", sample_pdf);
	snprintf(archive_pdf, sizeof(archive_pdf), "%s-archive", sample_pdf);
	fixture_sample(&b);
	sample_pages = report_pdf_write(&b, sample_pdf);
	briefing_release(&b);
	fixture_large(&b, LARGE_CLAIMS);
	large_pages = report_pdf_write(&b, large_pdf);
	briefing_release(&b);
	fixture_archive(&b, ARCHIVE_SOURCES, ARCHIVE_CHANGES, ARCHIVE_CLAIMS);
	archive_pages = report_pdf_write(&b, archive_pdf);
	briefing_release(&b);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(sample_pdf);
	unlink(large_pdf);
	unlink(archive_pdf);
	return 0;
}

static void
should_show_the_sample_figures_sources_and_headline(void **state)
{
	static const char *const wanted[] = { "12,000", "10,000", "3,000",
		"≈ 12,000", "≥ 3,000", "> 11,000", "Ukraine", "United States",
		"South Korea", "planned (projection)", "2024-10-25 †",
		"Ukraine raised its estimate from about 10,000 to about 12,000.",
		"Median: 11,000", "Spread (highest ÷ lowest): 4.0×",
		"generated 2024-10-31T02:00:00Z", "claimtrack " CLAIMTRACK_VERSION,
		SAMPLE_HEADLINE };
	char *text = pdf_text(sample_pdf);
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(wanted) / sizeof(*wanted); i++)
		if (strstr(text, wanted[i]) == NULL)
			fail_msg("\"%s\" not in the PDF text", wanted[i]);
	free(text);
}

/* A 70-character name, as a ministry's full title can be. */
#define LONG_SOURCE "Ministry of Defence Intelligence Directorate of the " \
	"Northern Provinces"

static void
should_cut_a_long_source_name_to_two_lines_with_an_ellipsis(void **state)
{
	char path[96];
	double lines[8], counted_x = 0;
	struct briefing b;
	struct words w;
	size_t i, j, nlines = 0;
	bool cut = false;

	(void)state;
	assert_int_equal(strlen(LONG_SOURCE), 70);
	snprintf(path, sizeof(path), "%s-long", sample_pdf);
	fixture_sample(&b);
	fixture_source(&b, LONG_SOURCE, "deployed", QUAL_VAGUE, NAN, 2000, NAN,
	    "2024-10-30", 0, 1, 1);
	assert_true(report_pdf_write(&b, path) > 0);
	briefing_release(&b);
	words_read(&w, path);
	for (i = 0; i < w.n; i++)
		if (w.v[i].page == 1 && strcmp(w.v[i].text, "Counted") == 0)
			counted_x = w.v[i].x0;
	assert_true(counted_x > 96);
	/* the name's words, left of "Counted", on two lines at most */
	for (i = 0; i < w.n; i++) {
		if (w.v[i].page != 1 || w.v[i].x1 > counted_x ||
		    (strncmp(w.v[i].text, "Ministry", 8) != 0 &&
		    strncmp(w.v[i].text, "Intelligence", 12) != 0 &&
		    strncmp(w.v[i].text, "Directorate", 11) != 0 &&
		    strncmp(w.v[i].text, "Northern", 8) != 0))
			continue;
		/* cairo keeps the whole text of an ellipsized run: its box is
		 * the part drawn, up to "…" */
		cut |= strstr(w.v[i].text, "Provinces") != NULL &&
		    w.v[i].x1 - w.v[i].x0 < 100;
		for (j = 0; j < nlines && fabs(lines[j] - w.v[i].y0) > 2; j++)
			;
		if (j == nlines && nlines < 8)
			lines[nlines++] = w.v[i].y0;
	}
	assert_in_range(nlines, 1, 2);
	assert_true(cut);
	/* the vague figure by its floor */
	assert_true(page_has(&w, 1, "vague,"));
	for (i = 0; i < w.n; i++)
		if (w.v[i].x0 < 0 || w.v[i].x1 > 595 || w.v[i].y0 < 0 ||
		    w.v[i].y1 > 842)
			fail_msg("\"%s\" leaves page %d", w.v[i].text,
			    w.v[i].page);
	free(w.v);
	unlink(path);
}

static void
should_keep_the_pdf_sources_table_to_sixty_rows_and_say_so(void **state)
{
	char path[96], name[32], *text;
	struct briefing b;
	int i;

	(void)state;
	snprintf(path, sizeof(path), "%s-rows", sample_pdf);
	fixture_sample(&b);
	for (i = 0; i < 100; i++) {
		snprintf(name, sizeof(name), "Outlet %03d", i);
		fixture_source(&b, name, "deployed", QUAL_APPROX, 1000 + i, NAN,
		    NAN, "2024-10-30", 0, 1, 1);
	}
	assert_true(report_pdf_write(&b, path) > 0);
	briefing_release(&b);
	text = pdf_text(path);
	assert_non_null(strstr(text, "The first 60 of 105 rows; summary.md, "
	    "summary.html and summary.json list them all."));
	/* the sample's five rows, then 55 more: Outlet 054 is the last */
	assert_non_null(strstr(text, "Outlet 054"));
	assert_null(strstr(text, "Outlet 055"));
	free(text);
	unlink(path);
}

static void
should_number_pages_in_every_footer(void **state)
{
	char *text = pdf_text(sample_pdf), want[32];
	int i;

	(void)state;
	assert_int_equal(sample_pages, 4);
	assert_int_equal(pdf_pages(sample_pdf), sample_pages);
	for (i = 1; i <= sample_pages; i++) {
		snprintf(want, sizeof(want), "page %d of %d", i, sample_pages);
		assert_non_null(strstr(text, want));
	}
	free(text);
}

static void
should_list_the_first_words_of_every_claim_sentence(void **state)
{
	struct briefing b;
	char *text = pdf_text(sample_pdf), first[64];
	size_t i, n;
	const char *s;
	int spaces;

	(void)state;
	fixture_sample(&b);
	for (i = 0; i < b.nappendix; i++) {
		s = b.appendix[i].sentence;
		for (n = 0, spaces = 0; s[n] != '\0' && n + 1 < sizeof(first);
		    n++)
			if (s[n] == ' ' && ++spaces == 3)
				break;
		snprintf(first, sizeof(first), "%.*s", (int)n, s);
		if (strstr(text, first) == NULL)
			fail_msg("claim %zu: \"%s\" not in the PDF", i + 1, first);
	}
	briefing_release(&b);
	free(text);
}

static void
should_draw_each_chart_once_across_the_content_width(void **state)
{
	struct briefing b;
	char path[80];
	int k;

	(void)state;
	fixture_sample(&b);
	snprintf(path, sizeof(path), "%s-charts", sample_pdf);
	assert_int_equal(report_pdf_write(&b, path), 4);
	for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
		assert_int_equal(fixture_draws[k], 1);
		assert_double_equal(fixture_widths[k],
		    REPORT_PDF_WIDTH - 2 * REPORT_PDF_MARGIN, 1e-9);
	}
	b.sections[0].charts[BRIEFING_CHART_MATRIX].draw = NULL;
	assert_int_equal(report_pdf_write(&b, path), 3);
	assert_int_equal(fixture_draws[BRIEFING_CHART_MATRIX], 1);
	unlink(path);
	briefing_release(&b);
}

/* Write b to a scratch file and read its words back; frees b. */
static void
words_of(struct briefing *b, struct words *w)
{
	char path[80];

	snprintf(path, sizeof(path), "%s-scratch", sample_pdf);
	assert_true(report_pdf_write(b, path) > 0);
	briefing_release(b);
	words_read(w, path);
	unlink(path);
}

/* Does a word of the same page sit right of word i on its line? */
static bool
text_beside(const struct words *w, size_t i)
{
	double mid = (w->v[i].y0 + w->v[i].y1) / 2;
	size_t j;

	for (j = 0; j < w->n; j++)
		if (j != i && w->v[j].page == w->v[i].page &&
		    w->v[j].x0 > w->v[i].x1 && w->v[j].x0 < w->v[i].x1 + 20 &&
		    w->v[j].y0 < mid && w->v[j].y1 > mid)
			return true;
	return false;
}

static void
should_keep_a_seven_digit_claim_id_on_one_line(void **state)
{
	struct briefing b;
	struct words w;

	(void)state;
	fixture_sample(&b);
	fixture_claim(&b, 1234567, "Ukraine", QUAL_APPROX, 12000, NAN, NAN,
	    "An archive's claim ids run to seven digits.", "Outlet", "doc",
	    "2024-10-30", NULL);
	words_of(&b, &w);
	assert_true(words_page(&w, "1234567") > 0);
	free(w.v);
}

static void
should_draw_every_bullet_beside_its_text_across_page_breaks(void **state)
{
	struct briefing b;
	struct words w;
	char want[16];
	size_t i, bullets = 0;

	(void)state;
	fixture_findings(&b, 40);
	words_of(&b, &w);
	assert_true(w.pages >= 3);
	for (i = 0; i < w.n; i++) {
		if (strcmp(w.v[i].text, "•") != 0)
			continue;
		bullets++;
		if (!text_beside(&w, i))
			fail_msg("page %d: a bullet at y %.1f has no text beside it",
			    w.v[i].page, w.v[i].y0);
	}
	/* 2 changes, 4 facts, 2 + 40 findings */
	assert_int_equal(bullets, 48);
	for (i = 1; i <= 40; i++) {
		snprintf(want, sizeof(want), "f%03zu", i);
		if (words_page(&w, want) <= 0)
			fail_msg("finding %s is missing or repeated", want);
	}
	free(w.v);
}

static void
should_print_the_version_only_in_the_footer(void **state)
{
	struct briefing b;
	struct words w;
	size_t i, seen = 0;

	(void)state;
	fixture_findings(&b, 40);
	words_of(&b, &w);
	for (i = 0; i < w.n; i++) {
		if (strcmp(w.v[i].text, "claimtrack") != 0)
			continue;
		seen++;
		if (w.v[i].y0 < REPORT_PDF_HEIGHT - REPORT_PDF_BOTTOM)
			fail_msg("page %d: \"claimtrack\" at y %.1f, above the "
			    "footer", w.v[i].page, w.v[i].y0);
	}
	assert_int_equal(seen, (size_t)w.pages);
	free(w.v);
}

static void
should_give_the_changes_one_heading(void **state)
{
	char *text = pdf_text(sample_pdf), *p;

	(void)state;
	p = strstr(text, "Change since the previous period");
	assert_non_null(p);
	assert_null(strstr(p + 1, "Change since the previous period"));
	assert_null(strstr(text, "Changes since the previous period"));
	free(text);
}

/* Lowest word above the footer on a page, in points from the top. */
static double
page_bottom(const struct words *w, int page)
{
	double y = 0;
	size_t i;

	for (i = 0; i < w->n; i++)
		if (w->v[i].page == page && w->v[i].y1 < REPORT_PDF_HEIGHT -
		    REPORT_PDF_BOTTOM && w->v[i].y1 > y)
			y = w->v[i].y1;
	return y;
}

static void
should_fill_every_page_but_the_last_beyond_half(void **state)
{
	struct briefing b;
	struct words w;
	int page;

	(void)state;
	fixture_findings(&b, 12);
	words_of(&b, &w);
	for (page = 1; page < w.pages; page++)
		if (page_bottom(&w, page) < REPORT_PDF_HEIGHT / 2)
			fail_msg("page %d of %d ends at y %.1f", page, w.pages,
			    page_bottom(&w, page));
	free(w.v);
}

static void
should_draw_a_chart_as_tall_as_it_asks_up_to_a_page(void **state)
{
	struct briefing b;
	char path[80];
	int k;

	(void)state;
	fixture_sample(&b);
	for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
		b.sections[0].charts[k].height = fixture_height;
		fixture_wanted[k] = 150 + 50 * k;
	}
	fixture_wanted[BRIEFING_CHART_MATRIX] = 5000;
	memset(fixture_asked, 0, sizeof(fixture_asked));
	snprintf(path, sizeof(path), "%s-tall", sample_pdf);
	assert_true(report_pdf_write(&b, path) > 0);
	/* once for both passes: a large chart's layout is costly */
	for (k = 0; k < BRIEFING_CHART_COUNT; k++)
		assert_int_equal(fixture_asked[k], 1);
	assert_double_equal(fixture_heights[BRIEFING_CHART_RANGE], 150, 1e-9);
	assert_double_equal(fixture_heights[BRIEFING_CHART_TIMELINE], 200,
	    1e-9);
	assert_double_equal(fixture_heights[BRIEFING_CHART_CHANGES], 300,
	    1e-9);
	/* a page less its margins and the chart's heading */
	assert_true(fixture_heights[BRIEFING_CHART_MATRIX] > 600);
	assert_true(fixture_heights[BRIEFING_CHART_MATRIX] < REPORT_PDF_HEIGHT -
	    REPORT_PDF_TOP - REPORT_PDF_BOTTOM);
	unlink(path);
	briefing_release(&b);
}

static void
should_keep_every_word_of_a_large_report_inside_the_margins(void **state)
{
	struct words w;
	size_t i;

	(void)state;
	words_read(&w, large_pdf);
	assert_int_equal(w.pages, large_pages);
	/* each appendix row has at least three lines: at most 25 a page */
	assert_true(large_pages > LARGE_CLAIMS / 25);
	for (i = 0; i < w.n; i++) {
		if (w.v[i].x0 < REPORT_PDF_MARGIN - 0.5 ||
		    w.v[i].x1 > REPORT_PDF_WIDTH - REPORT_PDF_MARGIN + 0.5 ||
		    w.v[i].y0 < REPORT_PDF_TOP - 12 ||
		    w.v[i].y1 > REPORT_PDF_HEIGHT - 24)
			fail_msg("page %d: \"%s\" at [%.1f %.1f %.1f %.1f] "
			    "leaves the margins", w.v[i].page, w.v[i].text,
			    w.v[i].x0, w.v[i].y0, w.v[i].x1, w.v[i].y1);
	}
	free(w.v);
}

static void
should_keep_each_appendix_row_whole_on_one_page(void **state)
{
	struct words w;
	char start[16], end[16];
	int i, p0, p1;

	(void)state;
	words_read(&w, large_pdf);
	for (i = 1; i <= LARGE_CLAIMS; i++) {
		snprintf(start, sizeof(start), "s%05d", i);
		snprintf(end, sizeof(end), "e%05d", i);
		p0 = words_page(&w, start);
		p1 = words_page(&w, end);
		if (p0 <= 0 || p0 != p1)
			fail_msg("claim %d: starts on page %d, ends on page %d",
			    i, p0, p1);
	}
	free(w.v);
}

/* Sentences of the sample corpus: long ones whose lines fill the cell. */
static const char *const news_sentences[] = {
	"Kyiv says that roughly 12,000 North Korean troops are in Russia, a "
	"far greater number than reported by the US, though it remains "
	"unclear precisely how many have entered what Ukraine referred to as "
	"the “combat zone.”",
	"Ukraine claims that the North Korean troop deployment consists of "
	"about 12,000 personnel, though it has not specified how many of "
	"those are stationed in Kursk.",
	"According to the United States and South Korea, thousands of North "
	"Korean soldiers have reportedly been sent to Russia for training.",
	"According to Ukrainian intelligence, these troops were trained at "
	"military sites in Russia's Far East and are part of a larger "
	"contingent of approximately 12,000 North Korean soldiers that have "
	"been deployed to Russia.",
	"Ukrainian President Volodymyr Zelensky said that Kyiv has "
	"intelligence suggesting that Russia is training two military units "
	"from North Korea, each consisting of approximately 6,000 soldiers.",
	"U.S. National Security Council spokesman John Kirby told reporters "
	"earlier in the week that at least 3,000 North Korean soldiers had "
	"arrived in Russia this month, with further estimates suggesting a "
	"total of 12,000 troops could be involved.",
	"North Korea is set to send approximately 10,000 troops to Russia to "
	"train and fight in the Ukraine war within the coming weeks, "
	"according to a Pentagon announcement.",
};

/* Every claim's sentence, read back from the PDF, is whole: a line of
 * the article cell beside it never runs into it (text extraction and a
 * viewer's copy take a narrow gap between columns for a word space). */
static void
should_extract_each_listed_sentence_whole(void **state)
{
	const size_t n = sizeof(news_sentences) / sizeof(*news_sentences);
	struct briefing b;
	char *text, doc[16], path[80];
	size_t i, id;

	(void)state;
	snprintf(path, sizeof(path), "%s-news", sample_pdf);
	/* ids from 1 and from 100,000: the sentence column narrows */
	for (id = 1; id <= 100000; id += 99999) {
		fixture_sample(&b);
		for (i = 0; i < n; i++) {
			snprintf(doc, sizeof(doc), "s%03zu", i);
			fixture_claim(&b, (long)(id + i), "Ukraine", QUAL_APPROX,
			    12000, NAN, NAN, news_sentences[i], i % 2 ? NULL :
			    "GZERO Media", doc, i % 3 ? "" : "2024-10-28",
			    i % 2 ? NULL : "https://example.org/a/b/c");
		}
		assert_true(report_pdf_write(&b, path) > 0);
		briefing_release(&b);
		text = pdf_text(path);
		unlink(path);
		for (i = 0; i < n; i++)
			if (strstr(text, news_sentences[i]) == NULL)
				fail_msg("ids from %zu: \"%.40s…\" not whole in "
				    "the PDF text", id, news_sentences[i]);
		free(text);
	}
}

static void
should_repeat_the_header_and_footer_on_every_appendix_page(void **state)
{
	struct words w;
	char total[16];
	int page, first;

	(void)state;
	words_read(&w, large_pdf);
	first = words_page(&w, "Provenance:");
	assert_true(first >= 4);
	snprintf(total, sizeof(total), "%d", large_pages);
	for (page = first; page <= w.pages; page++) {
		assert_true(page_has(&w, page, "Sentence"));
		assert_true(page_has(&w, page, "Article"));
		assert_true(page_has(&w, page, total));
	}
	free(w.v);
}

static void
should_show_the_first_forty_changes_and_say_where_the_rest_are(void **state)
{
	char *text = pdf_text(archive_pdf), want[160];

	(void)state;
	assert_int_equal(REPORT_PDF_CHANGES, 40);
	assert_non_null(strstr(text, "The first 40 of 600 changes; summary.md, "
	    "summary.html and summary.json list them all."));
	/* the briefing's first changes, in its order, and no more */
	snprintf(want, sizeof(want), "Change c%04d:", 0);
	assert_non_null(strstr(text, want));
	snprintf(want, sizeof(want), "Change c%04d:", REPORT_PDF_CHANGES - 1);
	assert_non_null(strstr(text, want));
	snprintf(want, sizeof(want), "Change c%04d:", REPORT_PDF_CHANGES);
	assert_null(strstr(text, want));
	free(text);
}

/* Does the PDF list claim c? Those behind a sources row or change shown. */
static bool
claim_behind_shown_figure(const struct briefing_claim *c)
{
	return c->backs_source < REPORT_PDF_SOURCE_ROWS ||
	    c->backs_change < REPORT_PDF_CHANGES;
}

static void
should_list_only_the_claims_behind_the_figures_shown(void **state)
{
	char *text = pdf_text(archive_pdf), token[16], want[160];
	struct briefing b;
	size_t i, cited = 0;
	bool listed;

	(void)state;
	fixture_archive(&b, ARCHIVE_SOURCES, ARCHIVE_CHANGES, ARCHIVE_CLAIMS);
	for (i = 0; i < b.nappendix; i++) {
		snprintf(token, sizeof(token), "%.6s ", b.appendix[i].sentence);
		listed = strstr(text, token) != NULL;
		if (claim_behind_shown_figure(&b.appendix[i])) {
			cited++;
			if (!listed)
				fail_msg("claim %s backs a figure shown but is "
				    "not listed", token);
		} else if (listed)
			fail_msg("claim %s backs no figure shown but is listed",
			    token);
	}
	/* both kinds of backing are in the fixture, and most claims not */
	assert_true(cited > (size_t)REPORT_PDF_CHANGES);
	assert_true(cited < ARCHIVE_CLAIMS / 4);
	assert_non_null(strstr(text, "Provenance: the claims behind these "
	    "figures"));
	assert_null(strstr(text, "Provenance: every claim"));
	snprintf(want, sizeof(want), "The %zu claims behind the figures shown "
	    "above, of 5,000 in this briefing (the period's and the older "
	    "ones its figures cite):", cited);
	assert_non_null(strstr(text, want));
	assert_non_null(strstr(text, "each of the 60 source rows and of the "
	    "figures the 40 changes cite"));
	/* the exports hold the briefing's claims, older cited ones too, not
	 * only the period's */
	assert_non_null(strstr(text, "claims.csv and claims.jsonl list all "
	    "5,000."));
	assert_null(strstr(text, "every claim of the period"));
	briefing_release(&b);
	free(text);
}

static void
should_keep_an_archive_briefing_to_a_bounded_number_of_pages(void **state)
{
	struct briefing b;
	char path[96], sentence[96];
	int pages;
	size_t i;

	(void)state;
	/* a couple of pages of sources, charts, two pages of changes, and
	 * the claims behind 100 figures: not one row per claim */
	assert_int_equal(pdf_pages(archive_pdf), archive_pages);
	assert_in_range(archive_pages, 8, 40);
	/* twice the claims, the new ones behind no figure shown: not a page
	 * more */
	fixture_archive(&b, ARCHIVE_SOURCES, ARCHIVE_CHANGES, ARCHIVE_CLAIMS);
	for (i = ARCHIVE_CLAIMS + 1; i <= 2 * ARCHIVE_CLAIMS; i++) {
		snprintf(sentence, sizeof(sentence), "k%05zu Another claim.", i);
		fixture_claim(&b, (long)i, "Ukraine", QUAL_APPROX, 1000, NAN,
		    NAN, sentence, "Outlet", "doc", "2024-10-30", NULL);
	}
	snprintf(path, sizeof(path), "%s-twice", sample_pdf);
	pages = report_pdf_write(&b, path);
	briefing_release(&b);
	assert_int_equal(pages, archive_pages);
	unlink(path);
}

static void
should_fail_once_naming_the_file_when_the_folder_is_missing(void **state)
{
	const char *path = "/nonexistent-claimtrack-dir/report.pdf";
	struct briefing b;
	char err[64], *msg;
	int fd, saved;

	(void)state;
	strcpy(err, "/tmp/claimtrack-pdf-err-XXXXXX");
	assert_true((fd = mkstemp(err)) != -1);
	fflush(stderr);
	saved = dup(2);
	dup2(fd, 2);
	fixture_sample(&b);
	assert_int_equal(report_pdf_write(&b, path), -1);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	close(fd);
	msg = file_read(err, 4096, NULL);
	assert_non_null(msg);
	assert_non_null(strstr(msg, ": /nonexistent-claimtrack-dir/report.pdf: "));
	assert_non_null(strchr(msg, '\n'));
	assert_string_equal(strchr(msg, '\n'), "\n");
	assert_int_equal(access(path, F_OK), -1);
	free(msg);
	unlink(err);
	briefing_release(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_show_the_sample_figures_sources_and_headline),
		cmocka_unit_test(
		    should_cut_a_long_source_name_to_two_lines_with_an_ellipsis),
		cmocka_unit_test(
		    should_keep_the_pdf_sources_table_to_sixty_rows_and_say_so),
		cmocka_unit_test(should_number_pages_in_every_footer),
		cmocka_unit_test(should_list_the_first_words_of_every_claim_sentence),
		cmocka_unit_test(should_draw_each_chart_once_across_the_content_width),
		cmocka_unit_test(should_keep_a_seven_digit_claim_id_on_one_line),
		cmocka_unit_test(should_draw_every_bullet_beside_its_text_across_page_breaks),
		cmocka_unit_test(should_print_the_version_only_in_the_footer),
		cmocka_unit_test(should_give_the_changes_one_heading),
		cmocka_unit_test(should_fill_every_page_but_the_last_beyond_half),
		cmocka_unit_test(should_draw_a_chart_as_tall_as_it_asks_up_to_a_page),
		cmocka_unit_test(should_keep_every_word_of_a_large_report_inside_the_margins),
		cmocka_unit_test(should_keep_each_appendix_row_whole_on_one_page),
		cmocka_unit_test(should_repeat_the_header_and_footer_on_every_appendix_page),
		cmocka_unit_test(should_extract_each_listed_sentence_whole),
		cmocka_unit_test(
		    should_show_the_first_forty_changes_and_say_where_the_rest_are),
		cmocka_unit_test(should_list_only_the_claims_behind_the_figures_shown),
		cmocka_unit_test(
		    should_keep_an_archive_briefing_to_a_bounded_number_of_pages),
		cmocka_unit_test(should_fail_once_naming_the_file_when_the_folder_is_missing),
	};

	int failed = cmocka_run_group_tests(tests, setup, teardown);

	fixture_fonts_release();
	return failed;
}
