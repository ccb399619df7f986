/*
 * test_report_text.c - summary.md and summary.html carry the headline and
 * the tables, escape hostile text, and inline the chart SVGs so that four
 * charts can share one page.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <cairo-svg.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "testutil.h"
#include "util.h"
#include "briefing.h"
#include "report_text.h"
#include "briefing_fixture.h"

#define X_(s) ((const xmlChar *)(s))
#define HOSTILE "<script>alert(1)</script>"

static char dir[64];

static char *
in_dir(const char *name)
{
	static char path[128];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return path;
}

/* Draw each fixture chart into DIR/NAME.svg and point the model at it. */
static void
charts_as_svg(struct briefing *b)
{
	cairo_surface_t *s;
	cairo_t *cr;
	int k;

	for (k = 0; k < BRIEFING_CHART_COUNT; k++) {
		char name[32];

		snprintf(name, sizeof(name), "%s.svg", briefing_chart_name(k));
		s = cairo_svg_surface_create(in_dir(name), 300, 200);
		cr = cairo_create(s);
		fixture_draw(cr, 300, 200, (void *)&fixture_kinds[k]);
		cairo_destroy(cr);
		cairo_surface_destroy(s);
		briefing_set(&b->sections[0].charts[k].svg_path, in_dir(name));
	}
}

static char *
slurp(const char *path)
{
	char *s = file_read(path, (size_t)1 << 24, NULL);

	assert_non_null(s);
	return s;
}

static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/claimtrack-text-XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	static const char *const names[] = { "range.svg", "timeline.svg",
		"matrix.svg", "changes.svg", "summary.md", "summary.html" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names) / sizeof(*names); i++)
		unlink(in_dir(names[i]));
	rmdir(dir);
	return 0;
}

static void
should_write_the_headline_tables_and_chart_links_in_markdown(void **state)
{
	static const char *const wanted[] = {
		"# North Korean troops in Russia\n",
		"> **" SAMPLE_HEADLINE "**\n",
		"| Source | Counted | Latest | Qualifier | Claim date | Articles "
		"| Outlets |\n",
		"| Ukraine | deployed | ≈ 12,000 | about | 2024-10-30 | 3 | 3 |\n",
		"| United States | planned (projection) | ≈ 10,000 | about "
		"| 2024-10-28 | 2 | 2 |\n",
		"| United States | arrived | ≥ 3,000 | at least | 2024-10-25 † "
		"| 1 | 1 |\n",
		"| South Korea | deployed | \\> 11,000 | more than | 2024-10-29 "
		"| 1 | 1 |\n",
		"![Range of estimates by source](charts/range.png)\n",
		"![Discrepancy between sources](charts/matrix.png)\n",
		"- **Median:** 11,000\n",
		/* change sentences name their source: printed as they are */
		"- Ukraine raised its estimate from about 10,000 to about "
		"12,000.\n",
		"- South Korea reported more than 11,000 for the first time.\n",
		/* a figure given without a qualifier */
		"| unattributed | deployed | 12,000 | as stated | 2024-10-30 † "
		"| 1 | 1 |\n",
		"| 2 | United States | approx | 10,000 | 9,500 | 10,500 "
		"| troops\\_deployed | The Pentagon says approximately 10,000 will "
		"be sent to train. | Reuters | s002 | 2024-10-28 | 2024-10-30 "
		"| https://example.org/pentagon |\n",
	};
	struct briefing b;
	char *md;
	size_t i;

	(void)state;
	fixture_sample(&b);
	assert_int_equal(report_md_write(&b, in_dir("summary.md")), 0);
	md = slurp(in_dir("summary.md"));
	for (i = 0; i < sizeof(wanted) / sizeof(*wanted); i++)
		if (strstr(md, wanted[i]) == NULL)
			fail_msg("not in summary.md: %s", wanted[i]);
	assert_null(strstr(md, "**Ukraine:**"));
	assert_null(strstr(md, "exactly"));
	free(md);
	briefing_release(&b);
}

static void
should_escape_pipes_newlines_and_markup_in_markdown_cells(void **state)
{
	struct briefing b;
	char *md;

	(void)state;
	fixture_sample(&b);
	briefing_set(&b.appendix[0].sentence, "a | b\nc <b>d</b>");
	briefing_set(&b.sources[0].source, HOSTILE);
	assert_int_equal(report_md_write(&b, in_dir("summary.md")), 0);
	md = slurp(in_dir("summary.md"));
	assert_non_null(strstr(md, "| a \\| b c \\<b\\>d\\</b\\> |"));
	assert_non_null(strstr(md, "| \\<script\\>alert(1)\\</script\\> |"));
	assert_null(strstr(md, "<script>"));
	free(md);
	briefing_release(&b);
}

/* Text of the first element named tag with class cls (NULL: any). */
static xmlNodePtr
find_element(xmlNodePtr n, const char *tag, const char *cls)
{
	xmlNodePtr found;
	xmlChar *c;
	bool match;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, (const xmlChar *)tag) == 0) {
			c = xmlGetProp(n, (const xmlChar *)"class");
			match = cls == NULL || (c != NULL &&
			    strcmp((char *)c, cls) == 0);
			xmlFree(c);
			if (match)
				return n;
		}
		if ((found = find_element(n->children, tag, cls)) != NULL)
			return found;
	}
	return NULL;
}

static size_t
count_elements(xmlNodePtr n, const char *tag)
{
	size_t k = 0;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, (const xmlChar *)tag) == 0)
			k++;
		k += count_elements(n->children, tag);
	}
	return k;
}

static void
assert_text(xmlNodePtr n, const char *want)
{
	xmlChar *t;

	assert_non_null(n);
	t = xmlNodeGetContent(n);
	assert_string_equal((char *)t, want);
	xmlFree(t);
}

static htmlDocPtr
html_parse(const char *path)
{
	htmlDocPtr doc = htmlReadFile(path, "UTF-8", HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET);

	assert_non_null(doc);
	return doc;
}

static void
should_parse_back_html_with_the_headline_and_hostile_name_escaped(
    void **state)
{
	struct briefing b;
	htmlDocPtr doc;
	xmlNodePtr root;
	char *raw;

	(void)state;
	fixture_sample(&b);
	briefing_set(&b.sources[0].source, HOSTILE);
	assert_int_equal(report_html_write(&b, in_dir("summary.html")), 0);
	raw = slurp(in_dir("summary.html"));
	assert_non_null(strstr(raw, "<td>&lt;script&gt;alert(1)&lt;/script&gt;"
	    "</td>"));
	assert_null(strstr(raw, "<script"));
	doc = html_parse(in_dir("summary.html"));
	root = xmlDocGetRootElement(doc);
	assert_text(find_element(root, "p", "headline"), SAMPLE_HEADLINE);
	assert_text(find_element(find_element(root, "tbody", NULL), "td",
	    NULL), HOSTILE);
	assert_int_equal(count_elements(root, "script"), 0);
	/* header row + 5 sources, header row + 6 claims */
	assert_int_equal(count_elements(root, "tr"), 13);
	xmlFreeDoc(doc);
	free(raw);
	briefing_release(&b);
}

/* Collect id values and href targets of every element below n. */
static void
collect_refs(xmlNodePtr n, char ***ids, size_t *nids, char ***refs,
    size_t *nrefs)
{
	xmlAttrPtr a;
	xmlChar *v;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (a = n->properties; a != NULL; a = a->next) {
			v = xmlNodeGetContent((xmlNodePtr)a);
			if (strcmp((const char *)a->name, "id") == 0) {
				*ids = xreallocarray(*ids, *nids + 1, sizeof(char *));
				(*ids)[(*nids)++] = xstrdup((char *)v);
			} else if (strstr((const char *)a->name, "href") &&
			    v[0] == '#') {
				*refs = xreallocarray(*refs, *nrefs + 1,
				    sizeof(char *));
				(*refs)[(*nrefs)++] = xstrdup((char *)v + 1);
			}
			xmlFree(v);
		}
		collect_refs(n->children, ids, nids, refs, nrefs);
	}
}

static size_t
count_equal(char **v, size_t n, const char *s)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += strcmp(v[i], s) == 0;
	return k;
}

static void
should_inline_four_charts_whose_references_stay_their_own(void **state)
{
	struct briefing b;
	htmlDocPtr doc;
	char **ids = NULL, **refs = NULL;
	size_t nids = 0, nrefs = 0, i;

	(void)state;
	fixture_sample(&b);
	charts_as_svg(&b);
	assert_int_equal(report_html_write(&b, in_dir("summary.html")), 0);
	doc = html_parse(in_dir("summary.html"));
	assert_int_equal(count_elements(xmlDocGetRootElement(doc), "svg"), 4);
	collect_refs(xmlDocGetRootElement(doc), &ids, &nids, &refs, &nrefs);
	assert_true(nrefs > 0);
	for (i = 0; i < nids; i++)
		if (count_equal(ids, nids, ids[i]) != 1)
			fail_msg("id \"%s\" is not unique", ids[i]);
	for (i = 0; i < nrefs; i++)
		if (count_equal(ids, nids, refs[i]) != 1)
			fail_msg("reference \"#%s\" does not resolve", refs[i]);
	assert_true(count_equal(refs, nrefs, "matrix-glyph0-1") > 0);
	for (i = 0; i < nids; i++)
		free(ids[i]);
	for (i = 0; i < nrefs; i++)
		free(refs[i]);
	free(ids);
	free(refs);
	xmlFreeDoc(doc);
	briefing_release(&b);
}

/* Count <a> elements below n, and those whose href is not http(s). */
static void
count_links(xmlNodePtr n, size_t *links, size_t *bad)
{
	xmlChar *href;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (strcmp((const char *)n->name, "a") == 0) {
			(*links)++;
			href = xmlGetProp(n, X_("href"));
			if (href == NULL || (strncasecmp((char *)href, "http://", 7)
			    != 0 && strncasecmp((char *)href, "https://", 8) != 0))
				(*bad)++;
			xmlFree(href);
		}
		count_links(n->children, links, bad);
	}
}

/* Only http(s) URLs are links; javascript:, data: and others are text. */
static void
should_link_only_web_urls_in_html(void **state)
{
	static const char *const urls[] = {
		"javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
		" javascript:alert(2)", "https://example.org/ok",
		"HTTP://example.org/upper", "vbscript:msgbox(1)",
	};
	struct briefing b;
	htmlDocPtr doc;
	size_t i, links = 0, bad = 0;
	char *raw;

	(void)state;
	fixture_sample(&b);
	assert_true(b.nappendix >= sizeof(urls) / sizeof(*urls));
	for (i = 0; i < sizeof(urls) / sizeof(*urls); i++)
		briefing_set(&b.appendix[i].url, urls[i]);
	assert_int_equal(report_html_write(&b, in_dir("summary.html")), 0);
	raw = slurp(in_dir("summary.html"));
	assert_null(strstr(raw, "href=\"javascript"));
	assert_null(strstr(raw, "href=\"data"));
	assert_null(strstr(raw, "<script"));
	/* shown, as escaped text */
	assert_non_null(strstr(raw, "<td class=\"wrap\">javascript:alert(1)"
	    "</td>"));
	assert_non_null(strstr(raw, "data:text/html,&lt;script&gt;"));
	doc = html_parse(in_dir("summary.html"));
	count_links(xmlDocGetRootElement(doc), &links, &bad);
	assert_int_equal(bad, 0);
	assert_true(links >= 1);	/* https://example.org/ok */
	assert_non_null(strstr(raw, "<a href=\"https://example.org/ok\">"));
	assert_non_null(strstr(raw, "<a href=\"HTTP://example.org/upper\">"));
	xmlFreeDoc(doc);
	free(raw);
	briefing_release(&b);
}

static void
should_write_the_page_with_a_note_when_a_chart_is_missing(void **state)
{
	struct briefing b;
	char *raw;

	(void)state;
	fixture_sample(&b);
	briefing_set(&b.sections[0].charts[BRIEFING_CHART_TIMELINE].svg_path,
	    in_dir("no-such-chart.svg"));
	assert_int_equal(report_html_write(&b, in_dir("summary.html")), 1);
	raw = slurp(in_dir("summary.html"));
	assert_non_null(strstr(raw, "<figure id=\"timeline\"><p class=\"note\">"
	    "(chart not available)</p>"));
	free(raw);
	briefing_release(&b);
}

static void
should_fail_both_writers_when_the_folder_is_missing(void **state)
{
	struct briefing b;

	(void)state;
	fixture_sample(&b);
	assert_int_equal(report_md_write(&b,
	    "/nonexistent-claimtrack-dir/summary.md"), -1);
	assert_int_equal(report_html_write(&b,
	    "/nonexistent-claimtrack-dir/summary.html"), -1);
	briefing_release(&b);
}

/*
 * A chart's SVG is moved into the page when it can be and copied when it
 * has a DTD (its entities live there): both kinds come out whole, an
 * empty attribute keeps its ="" and a reference its prefix.
 */
static void
should_inline_a_chart_with_a_dtd_or_empty_values(void **state)
{
	static const char with_dtd[] =
	    "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE svg [ <!ENTITY who \"the ministry\"> ]>\n"
	    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
	    " height=\"10\"><text id=\"t\">said by &who;</text></svg>\n";
	static const char plain[] =
	    "<svg xmlns=\"http://www.w3.org/2000/svg\""
	    " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\""
	    " height=\"10\"><defs><path id=\"g\" d=\"M0 0\"/></defs>"
	    "<rect class=\"\" fill=\"url(#g)\" onload=\"x()\"/>"
	    "<use xlink:href=\"#g\" x=\"1\"/></svg>\n";
	struct briefing b;
	FILE *f;
	char *page;

	(void)state;
	fixture_sample(&b);
	charts_as_svg(&b);
	f = fopen(in_dir("range.svg"), "w");
	assert_non_null(f);
	fputs(with_dtd, f);
	fclose(f);
	f = fopen(in_dir("timeline.svg"), "w");
	assert_non_null(f);
	fputs(plain, f);
	fclose(f);
	assert_int_equal(report_html_write(&b, in_dir("summary.html")), 0);
	page = slurp(in_dir("summary.html"));
	assert_non_null(strstr(page, "id=\"range-t\""));
	assert_non_null(strstr(page, "the ministry") != NULL ? page :
	    strstr(page, "&who;"));
	assert_non_null(strstr(page, "class=\"\""));
	assert_non_null(strstr(page, "fill=\"url(#timeline-g)\""));
	assert_non_null(strstr(page, "href=\"#timeline-g\""));
	assert_null(strstr(page, "onload"));
	free(page);
	briefing_release(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_write_the_headline_tables_and_chart_links_in_markdown),
		cmocka_unit_test(should_escape_pipes_newlines_and_markup_in_markdown_cells),
		cmocka_unit_test(should_parse_back_html_with_the_headline_and_hostile_name_escaped),
		cmocka_unit_test(should_inline_four_charts_whose_references_stay_their_own),
		cmocka_unit_test(should_inline_a_chart_with_a_dtd_or_empty_values),
		cmocka_unit_test(should_link_only_web_urls_in_html),
		cmocka_unit_test(should_write_the_page_with_a_note_when_a_chart_is_missing),
		cmocka_unit_test(should_fail_both_writers_when_the_folder_is_missing),
	};

	int failed = cmocka_run_group_tests(tests, setup, teardown);

	fixture_fonts_release();
	return failed;
}
