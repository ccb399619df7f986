/*
 * report_md.c - summary.md, see report_text.h.
 */
#include <err.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "lexicon.h"
#include "briefing.h"
#include "util.h"
#include "report_text.h"

/* Text with markdown punctuation escaped and newlines turned to spaces,
 * safe inside a table cell as well as in a paragraph. */
static void
md_put(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	for (; *s != '\0'; s++) {
		if (*s == '\n' || *s == '\r' || *s == '\t')
			fputc(' ', f);
		else if (strchr("\\`*_[]<>|#", *s) != NULL)
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
}

static void
md_cell(FILE *f, const char *s)
{
	fputs(" ", f);
	md_put(f, s);
	fputs(" |", f);
}

static void
md_meta(FILE *f, const struct briefing *b)
{
	char span[128];

	fputs("# ", f);
	md_put(f, b->title ? b->title : "Briefing");
	fputs("\n\nTracker: ", f);
	md_put(f, b->tracker);
	fputs(" · Measure: ", f);
	md_put(f, b->measure);
	fputs("  \nPeriod: ", f);
	md_put(f, briefing_period_words(b, span, sizeof(span)));
	fprintf(f, " · as of %s  \n", *b->asof ? b->asof : "date unknown");
	if (b->counts != NULL) {
		md_put(f, b->counts);
		fputs("\n\n", f);
	} else
		fprintf(f, "%zu article%s · %zu outlet%s · %zu claim%s\n\n",
		    b->articles, plural_s(b->articles), b->outlets,
		    plural_s(b->outlets), b->claims, plural_s(b->claims));
	fputs("> **", f);
	md_put(f, b->headline ? b->headline : "No headline for this period.");
	fputs("**\n\n", f);
}

static void
md_sources(FILE *f, const struct briefing *b)
{
	const struct briefing_source *s;
	char est[96], date[32];
	bool dagger = false;
	size_t i;

	fputs("## Where the sources stand\n\n", f);
	fputs("| Source | Counted | Latest | Qualifier | Claim date | Articles "
	    "| Outlets |\n|---|---|--:|---|---|--:|--:|\n", f);
	for (i = 0; i < b->nsources; i++) {
		s = &b->sources[i];
		briefing_estimate(s->qualifier, s->value, s->low, s->high, est,
		    sizeof(est));
		snprintf(date, sizeof(date), "%s%s", *s->claim_date ?
		    s->claim_date : "unknown", s->date_from_published ? " †" : "");
		dagger |= s->date_from_published;
		fputs("|", f);
		md_cell(f, s->source);
		md_cell(f, s->label);
		md_cell(f, est);
		md_cell(f, lex_qualifier_words(s->qualifier));
		md_cell(f, date);
		fprintf(f, " %zu | %zu |\n", s->articles, s->outlets);
	}
	if (dagger)
		fputs("\n† date of publication: the article does not say when "
		    "the claim was made.\n", f);
	fputs("\n", f);
}

/* Chart k of sec under its title, when the section has it. */
static void
md_chart(FILE *f, const struct briefing *b,
    const struct briefing_section *sec, enum briefing_chart_kind k)
{
	const char *link = sec->charts[k].png_link;

	if (!(sec->kinds & 1u << k))
		return;
	fprintf(f, "### %s\n\n", briefing_chart_title_of(b, k));
	if (link == NULL) {
		fputs("(chart not available)\n\n", f);
		return;
	}
	fprintf(f, "![%s](", briefing_chart_title_of(b, k));
	for (; *link != '\0'; link++)
		if (strchr(" ()<>\\\n", *link) != NULL)
			fprintf(f, "%%%02X", (unsigned char)*link);
		else
			fputc(*link, f);
	fputs(")\n\n", f);
}

static void
md_list(FILE *f, const char *label, const char *text)
{
	if (text == NULL)
		return;
	fprintf(f, "- **%s:** ", label);
	md_put(f, text);
	fputs("\n", f);
}

/* How far apart the headline measure's sources are. */
static void
md_discrepancy(FILE *f, const struct briefing *b)
{
	const struct briefing_discrepancy *d = &b->discrepancy;

	fputs("### How far apart the sources are\n\n", f);
	if (d->lowest == NULL && d->highest == NULL && d->ratio == NULL &&
	    d->median == NULL)
		fputs(BRIEFING_NO_SPREAD "\n", f);
	md_list(f, "Lowest", d->lowest);
	md_list(f, "Highest", d->highest);
	md_list(f, "Spread (highest ÷ lowest)", d->ratio);
	md_list(f, "Median", d->median);
	fputs("\n", f);
}

/* Section i: a measure's title, note and charts. */
static void
md_section(FILE *f, const struct briefing *b, size_t i)
{
	const struct briefing_section *sec = &b->sections[i];

	fputs("## ", f);
	md_put(f, sec->label ? sec->label : "(unnamed measure)");
	fputs("\n\n", f);
	if (sec->note != NULL) {
		md_put(f, sec->note);
		fputs("\n\n", f);
	}
	md_chart(f, b, sec, BRIEFING_CHART_RANGE);
	md_chart(f, b, sec, BRIEFING_CHART_TIMELINE);
	md_chart(f, b, sec, BRIEFING_CHART_CHANGES);
	if (i == 0)
		md_discrepancy(f, b);
	md_chart(f, b, sec, BRIEFING_CHART_MATRIX);
}

/* The change sentences and findings of every measure. */
static void
md_changes(FILE *f, const struct briefing *b)
{
	size_t i;

	fprintf(f, "## %s\n\n", BRIEFING_CHANGES_TITLE);
	if (b->nchanges == 0)
		fputs("No change since the previous period.\n", f);
	/* each change is a whole sentence that names its source */
	for (i = 0; i < b->nchanges; i++) {
		fputs("- ", f);
		md_put(f, b->changes[i].text);
		fputs("\n", f);
	}
	fputs("\n## Compatibility findings\n\n", f);
	if (b->nfindings == 0)
		fputs("No findings.\n", f);
	for (i = 0; i < b->nfindings; i++) {
		fputs("- ", f);
		md_put(f, b->findings[i]);
		fputs("\n", f);
	}
	fputs("\n", f);
}

static void
md_claim(FILE *f, const struct briefing_claim *c)
{
	char v[48], lo[48], hi[48];

	fprintf(f, "| %ld |", c->id);
	md_cell(f, c->source);
	md_cell(f, qualifier_name(c->qualifier));
	md_cell(f, briefing_number(c->value, v, sizeof(v)));
	md_cell(f, briefing_number(c->low, lo, sizeof(lo)));
	md_cell(f, briefing_number(c->high, hi, sizeof(hi)));
	md_cell(f, c->quantity);
	md_cell(f, c->sentence);
	md_cell(f, c->outlet);
	md_cell(f, c->doc);
	md_cell(f, c->claim_date);
	md_cell(f, c->published);
	md_cell(f, c->url);
	fputs("\n", f);
}

static void
md_appendix(FILE *f, const struct briefing *b)
{
	size_t i;

	fputs("## Provenance: every claim\n\n", f);
	fputs("| # | Source | Qualifier | Value | Low | High | Quantity "
	    "| Sentence | Outlet | Doc | Claim date | Published | URL |\n"
	    "|--:|---|---|--:|--:|--:|---|---|---|---|---|---|---|\n", f);
	for (i = 0; i < b->nappendix; i++)
		md_claim(f, &b->appendix[i]);
	fprintf(f, "\n---\n\nGenerated %s by claimtrack %s.\n",
	    b->generated ? b->generated : "(time unknown)",
	    b->version ? b->version : CLAIMTRACK_VERSION);
}

int
report_md_write(const struct briefing *b, const char *path)
{
	FILE *f;
	size_t i;
	int failed;

	if ((f = fopen(path, "w")) == NULL) {
		warnx("%s: %s", path, strerror(errno));
		return -1;
	}
	md_meta(f, b);
	md_sources(f, b);
	for (i = 0; i < b->nsections; i++)
		md_section(f, b, i);
	md_changes(f, b);
	md_appendix(f, b);
	failed = ferror(f);
	if (fclose(f) != 0 || failed) {
		warnx("%s: %s", path, strerror(errno ? errno : EIO));
		return -1;
	}
	return 0;
}
