/*
 * briefing_fixture.h - briefings for the writer tests: one like the sample
 * story (four sources, a handful of claims) and a large one that must
 * flow over many pages. Include once per test program.
 */
#ifndef BRIEFING_FIXTURE_H
#define BRIEFING_FIXTURE_H

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "briefing.h"

#define SAMPLE_HEADLINE "Sources put North Korean troops sent to Russia " \
	"between at least 3,000 (United States) and about 12,000 (Ukraine), " \
	"a 4.0× spread"

/* Number of times the fixture charts were drawn, by kind. */
static int fixture_draws[BRIEFING_CHART_COUNT];
/* Width of the box each chart was last drawn into, by kind. */
static double fixture_widths[BRIEFING_CHART_COUNT];
/* Height of that box, by kind. */
static double fixture_heights[BRIEFING_CHART_COUNT];
/* What the fixture height callback answers, by kind. */
static double fixture_wanted[BRIEFING_CHART_COUNT];
/* Number of times the height callback was asked, by kind. */
static int fixture_asked[BRIEFING_CHART_COUNT];

/* A simple chart: a framed box with one bar, a line and a label. */
static inline void
fixture_draw(cairo_t *cr, double w, double h, void *arg)
{
	int kind = *(const int *)arg;

	fixture_draws[kind]++;
	fixture_widths[kind] = w;
	fixture_heights[kind] = h;
	cairo_set_source_rgb(cr, 0.4, 0.5, 0.6);
	cairo_set_line_width(cr, 1);
	cairo_rectangle(cr, 0.5, 0.5, w - 1, h - 1);
	cairo_stroke(cr);
	cairo_rectangle(cr, w * 0.1, h * 0.4, w * 0.6, h * 0.2);
	cairo_fill(cr);
	cairo_move_to(cr, 10, h - 10);
	cairo_line_to(cr, w - 10, 10);
	cairo_stroke(cr);
	cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 9);
	cairo_move_to(cr, 12, 20);
	cairo_show_text(cr, briefing_chart_name(kind));
}

static const int fixture_kinds[BRIEFING_CHART_COUNT] = { 0, 1, 2, 3 };

/* The height a chart asks for: fixture_wanted[kind], whatever the width. */
static inline double
fixture_height(double w, void *arg)
{
	(void)w;
	fixture_asked[*(const int *)arg]++;
	return fixture_wanted[*(const int *)arg];
}

static inline void
fixture_source(struct briefing *b, const char *source, const char *label,
    enum qualifier q, double value, double low, double high,
    const char *date, int from_pub, size_t articles, size_t outlets)
{
	struct briefing_source s;

	briefing_source_init(&s);
	s.source = (char *)source;
	s.label = (char *)label;
	s.qualifier = q;
	s.value = value;
	s.low = low;
	s.high = high;
	briefing_set_date(s.claim_date, date);
	s.date_from_published = from_pub;
	s.articles = articles;
	s.outlets = outlets;
	briefing_add_source(b, &s);
}

static inline struct briefing_claim *
fixture_claim(struct briefing *b, long id, const char *source,
    enum qualifier q, double value, double low, double high,
    const char *sentence, const char *outlet, const char *doc,
    const char *date, const char *url)
{
	struct briefing_claim c;

	briefing_claim_init(&c);
	c.id = id;
	c.source = (char *)source;
	c.qualifier = q;
	c.value = value;
	c.low = low;
	c.high = high;
	c.quantity = (char *)"troops_deployed";
	c.sentence = (char *)sentence;
	c.outlet = (char *)outlet;
	c.doc = (char *)doc;
	briefing_set_date(c.claim_date, date);
	briefing_set_date(c.published, "2024-10-30");
	c.url = (char *)url;
	return briefing_add_claim(b, &c);
}

/* The headline measure's section, "troops", with the four charts. */
static inline void
fixture_charts(struct briefing *b)
{
	struct briefing_section *sec;
	int k;

	sec = briefing_add_section(b, "troops", NULL, "charts",
	    (1u << BRIEFING_CHART_COUNT) - 1);
	for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
		sec->charts[k].draw = fixture_draw;
		sec->charts[k].arg = (void *)&fixture_kinds[k];
		fixture_draws[k] = 0;
	}
}

static inline void
fixture_header(struct briefing *b)
{
	briefing_set(&b->title, "North Korean troops in Russia");
	briefing_set(&b->tracker, "dprk-troops");
	briefing_set(&b->measure, "North Korean troops sent to Russia");
	briefing_set(&b->period, "week");
	briefing_set_date(b->period_start, "2024-10-25");
	briefing_set_date(b->period_end, "2024-10-31");
	briefing_set_date(b->asof, "2024-10-31");
	briefing_set(&b->generated, "2024-10-31T02:00:00Z");
	briefing_set(&b->headline, SAMPLE_HEADLINE);
}

/* The sample story: Ukraine, United States (twice), South Korea and an
 * unattributed claim, with changes, findings and six claims. */
static inline void
fixture_sample(struct briefing *b)
{
	struct briefing_change ch = { (char *)"Ukraine",
		(char *)"Ukraine raised its estimate from about 10,000 to "
		"about 12,000.", 10000, 12000 };

	briefing_init(b);
	fixture_header(b);
	b->articles = 5;
	b->outlets = 4;
	b->claims = 6;
	fixture_source(b, "Ukraine", "deployed", QUAL_APPROX, 12000, 11400,
	    12600, "2024-10-30", 0, 3, 3);
	fixture_source(b, "United States", "planned (projection)",
	    QUAL_APPROX, 10000, 9500, 10500, "2024-10-28", 0, 2, 2);
	fixture_source(b, "United States", "arrived", QUAL_AT_LEAST, 3000,
	    3000, NAN, "2024-10-25", 1, 1, 1);
	fixture_source(b, "South Korea", "deployed", QUAL_MORE_THAN, 11000,
	    11000, NAN, "2024-10-29", 0, 1, 1);
	fixture_source(b, "unattributed", "deployed", QUAL_EXACT, 12000,
	    12000, 12000, "2024-10-30", 1, 1, 1);
	briefing_add_change(b, &ch);
	ch.source = (char *)"South Korea";
	ch.text = (char *)"South Korea reported more than 11,000 for the "
	    "first time.";
	ch.previous = NAN;
	ch.current = 11000;
	briefing_add_change(b, &ch);
	briefing_add_finding(b, "Ukraine's 12,000 and South Korea's more than "
	    "11,000 are compatible.");
	briefing_add_finding(b, "The United States' at least 3,000 arrived is "
	    "a lower bound and contradicts no other source.");
	briefing_set(&b->discrepancy.lowest, "at least 3,000 (United States)");
	briefing_set(&b->discrepancy.highest, "about 12,000 (Ukraine)");
	briefing_set(&b->discrepancy.ratio, "4.0×");
	briefing_set(&b->discrepancy.median, "11,000");
	fixture_claim(b, 1, "Ukraine", QUAL_APPROX, 12000, 11400, 12600,
	    "Kyiv says roughly 12,000 North Korean troops are in Russia.",
	    "Kyiv Independent", "s004", "2024-10-30",
	    "https://example.org/kyiv/12000");
	fixture_claim(b, 2, "United States", QUAL_APPROX, 10000, 9500, 10500,
	    "The Pentagon says approximately 10,000 will be sent to train.",
	    "Reuters", "s002", "2024-10-28", "https://example.org/pentagon");
	fixture_claim(b, 3, "United States", QUAL_AT_LEAST, 3000, 3000, NAN,
	    "Kirby: at least 3,000 arrived this month in eastern Russia.",
	    "AP", "s001", "", NULL);
	fixture_claim(b, 4, "South Korea", QUAL_MORE_THAN, 11000, 11000, NAN,
	    "Seoul's spy agency NIS says over 11,000 have been deployed.",
	    "Yonhap", "s003", "2024-10-29", "https://example.org/nis");
	fixture_claim(b, 5, "unattributed", QUAL_EXACT, 12000, 12000, 12000,
	    "Some 12,000 soldiers were reported near the border with Kursk.",
	    NULL, "s000", "", NULL);
	fixture_claim(b, 6, "Ukraine", QUAL_VAGUE, NAN, 2000, NAN,
	    "Thousands of North Korean soldiers are training in the east.",
	    "GZERO Media", "s000", "2024-10-25", NULL);
	fixture_charts(b);
}

/* The large briefing: 40 sources and n claims, claim 7 with a 300-byte
 * sentence and a 200-byte URL. Each sentence starts with "sNNNNN" and
 * ends with "eNNNNN" so a test can see whether a row was split. */
static inline void
fixture_large(struct briefing *b, size_t n)
{
	char name[64], sentence[512], url[256];
	size_t i;

	briefing_init(b);
	fixture_header(b);
	b->articles = n / 2;
	b->outlets = 40;
	b->claims = n;
	for (i = 0; i < 40; i++) {
		snprintf(name, sizeof(name), "Source number %zu of the world", i);
		fixture_source(b, name, "deployed", QUAL_APPROX,
		    1000.0 * (double)(i + 1), NAN, NAN, "2024-10-30", i % 2,
		    i + 1, 1);
	}
	for (i = 1; i <= n; i++) {
		if (i == 7) {
			snprintf(sentence, sizeof(sentence), "s%05zu %s e%05zu", i,
			    "Officials said that approximately twelve thousand "
			    "soldiers of the Korean People's Army had been "
			    "moved by train through Vladivostok and Khabarovsk "
			    "before reaching training grounds near the front, "
			    "where commanders assigned them to marine and "
			    "airborne units, according to several reports "
			    "published this week in the regional press.", i);
			snprintf(url, sizeof(url), "https://example.org/%s",
			    "news/2024/10/30/an-extremely-long-slug-without-"
			    "any-spaces-at-all-so-that-the-renderer-has-to-"
			    "break-the-word-inside-the-cell-of-the-table-"
			    "rather-than-letting-it-run-off-the-page-xxxxxxx"
			    "xxxxxxxxxxxxxxxxxxxxxxxxxx");
		} else {
			snprintf(sentence, sizeof(sentence), "s%05zu About %zu "
			    "North Korean troops were said to be in Russia by "
			    "the officials quoted in this article. e%05zu", i,
			    1000 + i, i);
			snprintf(url, sizeof(url), "https://example.org/a/%zu", i);
		}
		fixture_claim(b, (long)i, "Ukraine", QUAL_APPROX,
		    1000.0 + (double)i, NAN, NAN, sentence, "Outlet",
		    "doc", "2024-10-30", url);
	}
	fixture_charts(b);
}

/*
 * A briefing at archive scale: nsources rows "Source rNNN", nchanges
 * change sentences "Change cNNNN ...", and nclaims claims whose sentences
 * start "kNNNNN": every 7th claim backs a sources row and every 11th a
 * change, taking the rows and changes in turn, the rest back nothing.
 */
static inline void
fixture_archive(struct briefing *b, size_t nsources, size_t nchanges,
    size_t nclaims)
{
	struct briefing_change ch = { NULL, NULL, 1000, 1200 };
	struct briefing_claim *c;
	char name[64], text[256];
	size_t i;

	briefing_init(b);
	fixture_header(b);
	b->articles = nclaims;
	b->outlets = 90;
	b->claims = nclaims;
	for (i = 0; i < nsources; i++) {
		snprintf(name, sizeof(name), "Source r%03zu", i);
		fixture_source(b, name, "deployed", QUAL_APPROX,
		    1000.0 + (double)i, NAN, NAN, "2024-10-30", 0, 1, 1);
	}
	for (i = 0; i < nchanges; i++) {
		snprintf(name, sizeof(name), "Source r%03zu", i % 1000);
		snprintf(text, sizeof(text), "Change c%04zu: %s revised up from "
		    "about 1,000 to about 1,200 (+200, +20%%).", i, name);
		ch.source = name;
		ch.text = text;
		briefing_add_change(b, &ch);
	}
	for (i = 1; i <= nclaims; i++) {
		snprintf(text, sizeof(text), "k%05zu About %zu North Korean "
		    "troops were said to be in Russia.", i, 1000 + i);
		c = fixture_claim(b, (long)i, "Ukraine", QUAL_APPROX,
		    1000.0 + (double)i, NAN, NAN, text, "Outlet", "doc",
		    "2024-10-30", "https://example.org/a");
		if (nsources > 0 && i % 7 == 0)
			c->backs_source = i / 7 % nsources;
		if (nchanges > 0 && i % 11 == 0)
			c->backs_change = i / 11 % nchanges;
	}
	fixture_charts(b);
}

/* The sample with n findings "Finding fNNN holds ..." of two lines each,
 * enough to run the findings over a page break. */
static inline void
fixture_findings(struct briefing *b, size_t n)
{
	char text[256];
	size_t i;

	fixture_sample(b);
	for (i = 1; i <= n; i++) {
		snprintf(text, sizeof(text), "Finding f%03zu holds for the "
		    "sources compared here and is long enough to wrap onto a "
		    "second line of the list.", i);
		briefing_add_finding(b, text);
	}
}

/* Drop the font caches pango and cairo keep for the life of the process,
 * so a leak checker sees only leaks of our own. */
static inline void
fixture_fonts_release(void)
{
	pango_cairo_font_map_set_default(NULL);
	cairo_debug_reset_static_data();
}

/* fontconfig keeps its configuration until exit on purpose; tell
 * LeakSanitizer (make sanitize) so. Unused in other builds. */
const char *__lsan_default_suppressions(void);
const char *
__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

#endif
