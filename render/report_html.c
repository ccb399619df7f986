/*
 * report_html.c - summary.html, see report_text.h.
 *
 * The page is a libxml2 HTML tree: text goes in through xmlNewTextChild
 * and xmlNewText, which escape it, and the serializer writes the markup.
 */
#include <err.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "claimtrack.h"
#include "lexicon.h"
#include "util.h"
#include "briefing.h"
#include "report_text.h"

#define X(s) ((const xmlChar *)(s))

static const char page_css[] =
	"body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;"
	"color:#222;max-width:60em;margin:2em auto;padding:0 1em;"
	"line-height:1.4}"
	"h1{font-family:'DejaVu Serif',Georgia,serif;margin-bottom:.2em}"
	"h2{color:#1f4e79;border-bottom:1px solid #1f4e79;margin-top:1.6em}"
	"h2.measure{background:#1f4e79;color:#fff;padding:.2em .5em;"
	"border:0}"
	"h3{color:#1f4e79;margin-bottom:.3em}"
	".meta{color:#555;font-size:.9em}"
	".headline{font-family:'DejaVu Serif',Georgia,serif;font-size:1.3em;"
	"background:#eef3f8;border-left:4px solid #1f4e79;padding:.6em 1em}"
	"table{border-collapse:collapse;width:100%;font-size:.85em}"
	"th{background:#dfe6ee;text-align:left}"
	"th,td{padding:.25em .4em;border-bottom:1px solid #d5dbe3;"
	"vertical-align:top}"
	"tr:nth-child(even) td{background:#f4f6f9}"
	"td.num{text-align:right;white-space:nowrap}"
	"td.wrap{overflow-wrap:anywhere}"
	"figure{margin:1em 0}figure svg{max-width:100%;height:auto}"
	".note{color:#555;font-size:.85em;font-style:italic}"
	"footer{color:#555;font-size:.8em;margin-top:2em}";

static xmlNodePtr
el(xmlNodePtr parent, const char *tag, const char *text)
{
	return xmlNewTextChild(parent, NULL, X(tag), text ? X(text) : NULL);
}

static xmlNodePtr
el_class(xmlNodePtr parent, const char *tag, const char *cls,
    const char *text)
{
	xmlNodePtr n = el(parent, tag, text);

	xmlNewProp(n, X("class"), X(cls));
	return n;
}

static void
html_head(xmlNodePtr html, const struct briefing *b)
{
	xmlNodePtr head = el(html, "head", NULL);

	/* the serializer adds the charset meta element itself */
	el(head, "title", b->title ? b->title : "Briefing");
	el(head, "style", page_css);
}

static void
html_meta(xmlNodePtr body, const struct briefing *b)
{
	char line[512], span[128];

	el(body, "h1", b->title ? b->title : "Briefing");
	snprintf(line, sizeof(line), "Tracker: %s · Measure: %s",
	    b->tracker ? b->tracker : "(unnamed)",
	    b->measure ? b->measure : "(unnamed)");
	el_class(body, "p", "meta", line);
	snprintf(line, sizeof(line), "Period: %s · as of %s",
	    briefing_period_words(b, span, sizeof(span)),
	    *b->asof ? b->asof : "date unknown");
	el_class(body, "p", "meta", line);
	snprintf(line, sizeof(line), "%zu article%s · %zu outlet%s · %zu claim%s",
	    b->articles, plural_s(b->articles), b->outlets,
	    plural_s(b->outlets), b->claims, plural_s(b->claims));
	el_class(body, "p", "meta", b->counts != NULL ? b->counts : line);
	el_class(body, "p", "headline", b->headline ? b->headline :
	    "No headline for this period.");
}

/* A header row of a table from a NULL-terminated list of titles. */
static xmlNodePtr
table_new(xmlNodePtr parent, const char *const *titles)
{
	xmlNodePtr table = el(parent, "table", NULL);
	xmlNodePtr tr = el(el(table, "thead", NULL), "tr", NULL);

	for (; *titles != NULL; titles++)
		el(tr, "th", *titles);
	return el(table, "tbody", NULL);
}

static void
td_num(xmlNodePtr tr, const char *text)
{
	el_class(tr, "td", "num", text);
}

static void
html_sources(xmlNodePtr body, const struct briefing *b)
{
	static const char *const titles[] = { "Source", "Counted", "Latest",
		"Qualifier", "Claim date", "Articles", "Outlets", NULL };
	const struct briefing_source *s;
	xmlNodePtr tbody, tr;
	char est[96], date[32], n[24];
	bool dagger = false;
	size_t i;

	el(body, "h2", "Where the sources stand");
	tbody = table_new(body, titles);
	for (i = 0; i < b->nsources; i++) {
		s = &b->sources[i];
		tr = el(tbody, "tr", NULL);
		el(tr, "td", s->source);
		el(tr, "td", s->label);
		td_num(tr, briefing_estimate(s->qualifier, s->value, s->low,
		    s->high, est, sizeof(est)));
		el(tr, "td", lex_qualifier_words(s->qualifier));
		snprintf(date, sizeof(date), "%s%s", *s->claim_date ?
		    s->claim_date : "unknown", s->date_from_published ? " †" : "");
		el(tr, "td", date);
		snprintf(n, sizeof(n), "%zu", s->articles);
		td_num(tr, n);
		snprintf(n, sizeof(n), "%zu", s->outlets);
		td_num(tr, n);
		dagger |= s->date_from_published;
	}
	if (dagger)
		el_class(body, "p", "note", "† date of publication: the article "
		    "does not say when the claim was made.");
}

/* Prefix the references of an attribute value: an href "#glyph-0" becomes
 * "#range-glyph-0", and so does every "url(#glyph-0)". */
static char *
ref_rewrite(const char *name, const char *value, const char *prefix)
{
	struct strbuf sb;
	const char *p;

	strbuf_init(&sb, (size_t)1 << 24);
	if (strcmp(name, "href") == 0 && value[0] == '#')
		strbuf_addf(&sb, "#%s-%s", prefix, value + 1);
	else {
		while ((p = strstr(value, "url(#")) != NULL) {
			strbuf_add(&sb, value, (size_t)(p - value));
			strbuf_addf(&sb, "url(#%s-", prefix);
			value = p + 5;
		}
		strbuf_adds(&sb, value);
	}
	return strbuf_detach(&sb, NULL);
}

/*
 * Whether ref_rewrite() could change attribute a's value: an href to
 * "#..." or a "url(#" in it. Most attributes of a chart (coordinates,
 * paths, colours) hold neither; setting them again to the same value
 * rebuilt their text nodes for nothing (a tenth of the page's cost).
 * A value of more than one node (entities), or of none, goes the old way.
 */
static bool
attr_refers(xmlAttrPtr a)
{
	xmlNodePtr t = a->children;
	const char *v;

	/* an empty value gains an empty text node when set, which the HTML
	 * writer prints as name="" rather than a bare name: set it still */
	if (t == NULL || t->next != NULL || t->type != XML_TEXT_NODE ||
	    t->content == NULL)
		return true;
	v = (const char *)t->content;
	if (strcmp((const char *)a->name, "href") == 0 && v[0] == '#')
		return true;
	return strstr(v, "url(#") != NULL;
}

/* Make an imported SVG tree safe and unique within the page: prefix ids
 * and the references to them, drop scripts and on* attributes. */
static void
svg_scrub(xmlNodePtr n, const char *prefix)
{
	xmlNodePtr child, next;
	xmlAttrPtr a, an;
	xmlChar *v;
	char *w;

	for (a = n->properties; a != NULL; a = an) {
		an = a->next;
		if (strncasecmp((const char *)a->name, "on", 2) == 0) {
			xmlRemoveProp(a);
			continue;
		}
		if (strcmp((const char *)a->name, "id") != 0 &&
		    !attr_refers(a))
			continue;	/* the value stays: nothing to set */
		v = xmlNodeGetContent((xmlNodePtr)a);
		if (v == NULL)
			continue;
		if (strcmp((const char *)a->name, "id") == 0) {
			w = xmalloc(strlen(prefix) + strlen((char *)v) + 2);
			sprintf(w, "%s-%s", prefix, (char *)v);
		} else
			w = ref_rewrite((const char *)a->name,
			    (const char *)v, prefix);
		xmlSetNsProp(n, a->ns, a->name, X(w));
		free(w);
		xmlFree(v);
	}
	for (child = n->children; child != NULL; child = next) {
		next = child->next;
		if (child->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcasecmp(child->name, X("script")) == 0) {
			xmlUnlinkNode(child);
			xmlFreeNode(child);
		} else
			svg_scrub(child, prefix);
	}
}

/* Inline a chart's SVG file into parent; -1 when it cannot be read. */
static int
svg_inline(xmlNodePtr parent, const char *path, const char *prefix)
{
	xmlDocPtr svg;
	xmlNodePtr root, copy;

	/* no dictionary: the names and texts are the nodes' own, so the
	 * tree can move into the page instead of being copied there */
	svg = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING | XML_PARSE_NODICT);
	root = svg ? xmlDocGetRootElement(svg) : NULL;
	if (root == NULL || xmlStrcmp(root->name, X("svg")) != 0) {
		warnx("%s: not a readable SVG chart", path);
		xmlFreeDoc(svg);
		return -1;
	}
	if (svg->dict == NULL && parent->doc->dict == NULL &&
	    svg->intSubset == NULL && svg->extSubset == NULL) {
		/* (a DTD's entities would stay behind in svg: copied then) */
		copy = root;
		xmlUnlinkNode(root);
		xmlSetTreeDoc(root, parent->doc);
	} else
		copy = xmlDocCopyNode(root, parent->doc, 1);
	svg_scrub(copy, prefix);
	xmlAddChild(parent, copy);
	xmlFreeDoc(svg);
	return 0;
}

/* Chart k of section i, when the section has it, as a figure whose id
 * (and the prefix of the ids inside its SVG) is unique in the page:
 * "range" for the headline measure's, "m2-range" for the second's. */
static int
html_chart(xmlNodePtr body, const struct briefing *b, size_t i,
    enum briefing_chart_kind k)
{
	const struct briefing_section *sec = &b->sections[i];
	const char *path = sec->charts[k].svg_path;
	xmlNodePtr fig;
	char id[64];
	int rc = 0;

	if (!(sec->kinds & 1u << k))
		return 0;
	if (i == 0)
		snprintf(id, sizeof(id), "%s", briefing_chart_name(k));
	else
		snprintf(id, sizeof(id), "m%zu-%s", i + 1,
		    briefing_chart_name(k));
	el(body, "h3", briefing_chart_title_of(b, k));
	fig = el(body, "figure", NULL);
	xmlNewProp(fig, X("id"), X(id));
	if (path == NULL || svg_inline(fig, path, id) != 0) {
		el_class(fig, "p", "note", "(chart not available)");
		rc = path != NULL;
	}
	el(fig, "figcaption", briefing_chart_title_of(b, k));
	return rc;
}

static void
html_fact(xmlNodePtr ul, const char *label, const char *text)
{
	xmlNodePtr li;

	if (text == NULL)
		return;
	li = el(ul, "li", NULL);
	el(li, "strong", label);
	xmlAddChild(li, xmlNewText(X(" ")));
	xmlAddChild(li, xmlNewText(X(text)));
}

/* How far apart the headline measure's sources are. */
static void
html_discrepancy(xmlNodePtr body, const struct briefing *b)
{
	const struct briefing_discrepancy *d = &b->discrepancy;
	xmlNodePtr ul;

	el(body, "h3", "How far apart the sources are");
	if (d->lowest == NULL && d->highest == NULL && d->ratio == NULL &&
	    d->median == NULL)
		el(body, "p", BRIEFING_NO_SPREAD);
	ul = el(body, "ul", NULL);
	html_fact(ul, "Lowest:", d->lowest);
	html_fact(ul, "Highest:", d->highest);
	html_fact(ul, "Spread (highest ÷ lowest):", d->ratio);
	html_fact(ul, "Median:", d->median);
}

/* Section i: a measure's title, note and charts; -1 when a chart's SVG
 * could not be read. */
static int
html_section(xmlNodePtr body, const struct briefing *b, size_t i)
{
	const struct briefing_section *sec = &b->sections[i];
	xmlNodePtr h2;
	char id[32];
	int rc;

	h2 = el_class(body, "h2", "measure", sec->label ? sec->label :
	    "(unnamed measure)");
	snprintf(id, sizeof(id), "measure-%zu", i + 1);
	xmlNewProp(h2, X("id"), X(id));
	if (sec->note != NULL)
		el_class(body, "p", "note", sec->note);
	rc = html_chart(body, b, i, BRIEFING_CHART_RANGE);
	rc |= html_chart(body, b, i, BRIEFING_CHART_TIMELINE);
	rc |= html_chart(body, b, i, BRIEFING_CHART_CHANGES);
	if (i == 0)
		html_discrepancy(body, b);
	rc |= html_chart(body, b, i, BRIEFING_CHART_MATRIX);
	return rc;
}

/* The change sentences and findings of every measure. */
static void
html_changes(xmlNodePtr body, const struct briefing *b)
{
	xmlNodePtr ul;
	size_t i;

	el(body, "h2", BRIEFING_CHANGES_TITLE);
	if (b->nchanges == 0)
		el(body, "p", "No change since the previous period.");
	ul = el(body, "ul", NULL);
	for (i = 0; i < b->nchanges; i++)
		el(ul, "li", b->changes[i].text);
	el(body, "h2", "Compatibility findings");
	if (b->nfindings == 0)
		el(body, "p", "No findings.");
	ul = el(body, "ul", NULL);
	for (i = 0; i < b->nfindings; i++)
		el(ul, "li", b->findings[i]);
}

/*
 * May url be a link? Only a web address: "http://" or "https://" (any
 * case) and no white space or control character in it. Anything else,
 * "javascript:", "data:", a relative path, is an article's data and
 * shown as text, so a hostile feed cannot put a live script link in
 * the briefing.
 */
static bool
url_is_web(const char *url)
{
	const unsigned char *p;

	if (strncasecmp(url, "http://", 7) != 0 &&
	    strncasecmp(url, "https://", 8) != 0)
		return false;
	for (p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7f)
			return false;
	return true;
}

/*
 * The page's appendix row, made once and filled for each claim: a row
 * built, dumped and freed per claim was a third of the page's cost.
 * Each cell has a text node exactly when a row built afresh had one
 * (el() of NULL gives none), so a row is dumped the same.
 */
#define CLAIM_CELLS 13

static xmlNodePtr
claim_row_new(xmlNodePtr tbody, xmlNodePtr td[CLAIM_CELLS])
{
	static const bool num[CLAIM_CELLS] = { true, false, false, true,
		true, true };
	xmlNodePtr tr = el(tbody, "tr", NULL);
	size_t i;

	for (i = 0; i + 1 < CLAIM_CELLS; i++)
		td[i] = num[i] ? el_class(tr, "td", "num", NULL) :
		    el(tr, "td", NULL);
	td[i] = el_class(tr, "td", "wrap", NULL);
	return tr;
}

/* A cell's text as el() would give it: none for NULL, else one node. */
static void
cell_set(xmlNodePtr td, const char *text)
{
	xmlNodePtr t = td->children;

	if (text == NULL) {
		if (t != NULL) {
			xmlUnlinkNode(t);
			xmlFreeNode(t);
		}
	} else if (t != NULL)
		xmlNodeSetContent(t, X(text));	/* a text node: not parsed */
	else
		xmlAddChild(td, xmlNewDocText(td->doc, X(text)));
}

static void
claim_row_fill(xmlNodePtr td[CLAIM_CELLS], const struct briefing_claim *c)
{
	xmlNodePtr url = td[CLAIM_CELLS - 1], a;
	char n[48];

	snprintf(n, sizeof(n), "%ld", c->id);
	cell_set(td[0], n);
	cell_set(td[1], c->source);
	cell_set(td[2], qualifier_name(c->qualifier));
	cell_set(td[3], briefing_number(c->value, n, sizeof(n)));
	cell_set(td[4], briefing_number(c->low, n, sizeof(n)));
	cell_set(td[5], briefing_number(c->high, n, sizeof(n)));
	cell_set(td[6], c->quantity);
	cell_set(td[7], c->sentence);
	cell_set(td[8], c->outlet);
	cell_set(td[9], c->doc);
	cell_set(td[10], c->claim_date);
	cell_set(td[11], c->published);
	while (url->children != NULL) {		/* the URL cell anew */
		a = url->children;
		xmlUnlinkNode(a);
		xmlFreeNode(a);
	}
	if (c->url != NULL && url_is_web(c->url)) {
		a = el(url, "a", c->url);
		xmlNewProp(a, X("href"), X(c->url));
	} else if (c->url != NULL)
		xmlNodeAddContent(url, X(c->url));	/* escaped as text */
}

/*
 * The appendix's rows are not part of the tree: in their place its body
 * holds this comment, which html_save() replaces by the rows, one at a
 * time, as the page is written (at 100,000 articles a tree of 5,908
 * rows was 15 MB of the briefing's peak).
 */
#define APPENDIX_MARK "claimtrack-appendix-rows"

static void
html_appendix(xmlNodePtr body, const struct briefing *b)
{
	static const char *const titles[] = { "#", "Source", "Qualifier",
		"Value", "Low", "High", "Quantity", "Sentence", "Outlet", "Doc",
		"Claim date", "Published", "URL", NULL };
	xmlNodePtr tbody;
	char line[256];

	el(body, "h2", "Provenance: every claim");
	tbody = table_new(body, titles);
	if (b->nappendix > 0)
		xmlAddChild(tbody, xmlNewDocComment(body->doc,
		    X(APPENDIX_MARK)));
	snprintf(line, sizeof(line), "Generated %s by claimtrack %s.",
	    b->generated ? b->generated : "(time unknown)",
	    b->version ? b->version : CLAIMTRACK_VERSION);
	el(body, "footer", line);
}

/* The encoder htmlDocDumpMemoryFormat() picks for a page without one. */
static xmlCharEncodingHandlerPtr
html_encoder(void)
{
	xmlCharEncodingHandlerPtr enc = xmlFindCharEncodingHandler("HTML");

	return enc != NULL ? enc : xmlFindCharEncodingHandler("ascii");
}

/* Where the serialized page goes: the file, the mark replaced. */
struct page_out {
	FILE	*f;
	const struct briefing *b;
	htmlDocPtr doc;
	char	 carry[sizeof("<!--" APPENDIX_MARK "-->")];
	size_t	 ncarry;	/* bytes held back: a mark may straddle */
	bool	 done;		/* the mark was met */
};

/*
 * The rows of the appendix, each a tree of its own in a tbody of its
 * own, written as the page's serializer writes rows in its tbody (the
 * mark alone it writes as "<tbody><!--mark--></tbody>"): a "\n" before
 * each row and after the last.
 */
static void
page_rows(struct page_out *po)
{
	xmlNodePtr tbody = xmlNewDocNode(po->doc, NULL, X("tbody"), NULL);
	xmlOutputBufferPtr out = xmlOutputBufferCreateFile(po->f,
	    html_encoder());
	xmlNodePtr td[CLAIM_CELLS];
	xmlNodePtr tr = claim_row_new(tbody, td);
	size_t i;

	for (i = 0; out != NULL && i < po->b->nappendix; i++) {
		claim_row_fill(td, &po->b->appendix[i]);
		xmlOutputBufferWriteString(out, "\n");
		htmlNodeDumpFormatOutput(out, po->doc, tr, NULL, 1);
	}
	if (out != NULL)
		xmlOutputBufferWriteString(out, "\n");
	if (out != NULL)
		xmlOutputBufferClose(out);
	xmlFreeNode(tbody);
}

/* xmlOutputBuffer's write callback: to the file, the mark replaced. */
static int
page_write(void *ctx, const char *buf, int len)
{
	static const char mark[] = "<!--" APPENDIX_MARK "-->";
	struct page_out *po = ctx;
	size_t n = po->ncarry + (size_t)len, keep;
	char *all = xmalloc(n + 1);
	const char *at;

	memcpy(all, po->carry, po->ncarry);
	memcpy(all + po->ncarry, buf, (size_t)len);
	all[n] = '\0';
	po->ncarry = 0;
	at = po->done ? NULL : strstr(all, mark);	/* no NUL in a page */
	if (at != NULL) {
		fwrite(all, 1, (size_t)(at - all), po->f);
		page_rows(po);
		po->done = true;
		fwrite(at + sizeof(mark) - 1, 1, n - (size_t)(at - all) -
		    (sizeof(mark) - 1), po->f);
	} else {
		keep = po->done ? 0 : n < sizeof(mark) - 1 ? n :
		    sizeof(mark) - 1;
		fwrite(all, 1, n - keep, po->f);
		memcpy(po->carry, all + n - keep, keep);
		po->ncarry = keep;
	}
	free(all);
	return len;
}

static int
page_close(void *ctx)
{
	struct page_out *po = ctx;

	fwrite(po->carry, 1, po->ncarry, po->f);
	po->ncarry = 0;
	return 0;
}

/*
 * Serialize the page straight into path; -1 after one message. The
 * bytes are htmlDocDumpMemoryFormat()'s (the same "HTML" encoder, the
 * same formatting), the appendix's rows in place of their mark, without
 * the whole page held in memory twice, as the output buffer and its
 * copy (26 MB at 100,000 articles).
 */
static int
html_save(htmlDocPtr doc, const struct briefing *b, const char *path)
{
	struct page_out po;
	xmlOutputBufferPtr out;
	int failed;

	memset(&po, 0, sizeof(po));
	po.b = b;
	po.doc = doc;
	if ((po.f = fopen(path, "w")) == NULL) {
		warnx("%s: %s", path, strerror(errno));
		return -1;
	}
	out = xmlOutputBufferCreateIO(page_write, page_close, &po,
	    html_encoder());
	if (out == NULL) {
		warnx("%s: cannot serialize the page", path);
		fclose(po.f);
		return -1;
	}
	htmlDocContentDumpFormatOutput(out, doc, NULL, 1);
	failed = xmlOutputBufferClose(out) < 0;
	if (fclose(po.f) != 0 || failed) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}

int
report_html_write(const struct briefing *b, const char *path)
{
	htmlDocPtr doc = htmlNewDocNoDtD(NULL, NULL);
	xmlNodePtr html, body;
	size_t i;
	int rc;

	xmlCreateIntSubset(doc, X("html"), NULL, NULL);
	html = xmlNewDocNode(doc, NULL, X("html"), NULL);
	xmlDocSetRootElement(doc, html);
	xmlNewProp(html, X("lang"), X("en"));
	html_head(html, b);
	body = el(html, "body", NULL);
	html_meta(body, b);
	html_sources(body, b);
	for (i = 0, rc = 0; i < b->nsections; i++)
		rc |= html_section(body, b, i);
	html_changes(body, b);
	html_appendix(body, b);
	if (html_save(doc, b, path) == -1)
		rc = -1;
	xmlFreeDoc(doc);
	return rc;
}
