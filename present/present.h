/*
 * present.h - from the aggregated summary to what readers see: the
 * briefing document (headline, sources table, change sentences, findings,
 * provenance appendix) and the chart data.
 *
 * This is the one place where numbers become words, so the PDF, the
 * Markdown and the HTML briefing say the same thing.
 */
#ifndef PRESENT_H
#define PRESENT_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "aggregate.h"
#include "briefing.h"
#include "chart.h"
#include "store.h"

/* The summary as such, for `claimtrack summary` and summary.json. */

/*
 * Write s as readable tables (numbers with thousands separators). Says
 * "no claims in this period" instead of empty tables.
 */
void	summary_print_text(FILE *, const struct summary *);
/*
 * The summary as JSON (schema in docs/summary-json.md): every figure
 * carries its claim ids, docs, outlets and urls; absent numbers and
 * undefined ratios are null, never inf or nan. Caller owns the reference.
 */
json_t	*summary_to_json(const struct summary *);

/* Write n with thousands separators ("12,000", "-1,234.5"; "-" if NAN). */
void	number_format(double n, char *buf, size_t size);

/* What the tracker calls the story, for titles and the headline. */
struct present_opts {
	const char *title;	/* "North Korean troops in Russia" */
	const char *tracker;	/* tracker name or file */
	const char *family;	/* measure of the headline; NULL = busiest */
	const char *subject;	/* axis caption prefix: "North Korean" */
};

/*
 * The measure the headline speaks of: opts->family when the summary has
 * it, else the measure with the most attributed rows. NULL when none.
 */
const struct sum_measure *present_main_measure(const struct summary *,
	    const struct present_opts *);

/*
 * One sentence for the top of the briefing, e.g. "Sources put North
 * Korean troops in Russia between at least 3,000 (United States) and
 * about 12,000 (Ukraine), a 4.0× spread." Written into buf.
 */
char	*present_headline(const struct summary *, const struct present_opts *,
	    char *buf, size_t size);

/*
 * The ids of the claims behind the summary's figures that the period
 * alone would not list: each row's latest estimate and its previous one.
 * Returns how many; *ids is the caller's to free.
 */
size_t	present_cited(const struct summary *, int64_t **ids);

/*
 * Fill an initialized briefing from the summary. The changes come most
 * newsworthy first: revisions, new figures, unchanged, silent, undated;
 * within each, the rows of the charts in their order, then the others by
 * articles. The appendix lists the claims of scope (the same as the
 * exports), each marked with the sources row and the change whose figures
 * it states (present_cited()'s events), so a writer that shows the first
 * rows can list just their claims. Returns 0, or -1 after reporting a
 * database error.
 */
int	present_briefing(const struct summary *, const struct present_opts *,
	    struct store *, const struct claim_scope *, struct briefing *);

/*
 * Fill an initialized chartset with the four charts of the headline
 * measure: the attributed rows' latest estimates (range), their series
 * (timeline, current period shaded), the ratio matrix and the changes.
 */
void	present_charts(const struct summary *, const struct present_opts *,
	    struct chartset *);

#endif
