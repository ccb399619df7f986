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
/* Called with each measure's object before it is written; it may add
 * members (the chart files of a published briefing). */
typedef void (*summary_json_measure_fn)(json_t *measure, void *arg);
/*
 * Write the same document to f as json_dumpf(summary_to_json(s), f,
 * flags) would, flags holding JSON_INDENT(2), but one row, measure and
 * event at a time: memory stays that of the largest of them. fn (NULL:
 * none) sees each measure first. Returns 0, or -1 when f has an error.
 */
int	summary_json_write(const struct summary *, FILE *f, size_t flags,
	    summary_json_measure_fn fn, void *arg);

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
 * alone would not list: each position's figure and the one its change
 * compares with (which may be another quantity's).
 * Returns how many; *ids is the caller's to free.
 */
size_t	present_cited(const struct summary *, int64_t **ids);

/*
 * Fill an initialized briefing from the summary. The changes are one per
 * position of each measure (struct sum_shift: a source's figure now
 * against its figure before the period, over the measure's quantities),
 * each sentence naming the measure's label, most newsworthy first:
 * revisions, new figures, unchanged, silent; within each, the positions
 * of the charts in their order, then the others by articles. The appendix lists the claims of scope (the same as the
 * exports), each marked with the sources row and the change whose figures
 * it states (present_cited()'s events), so a writer that shows the first
 * rows can list just their claims. Returns 0, or -1 after reporting a
 * database error.
 */
int	present_briefing(const struct summary *, const struct present_opts *,
	    struct store *, const struct claim_scope *, struct briefing *);

/*
 * Fill an initialized chartset with the four charts of measure m (NULL:
 * empty charts): its attributed rows' latest estimates (range), their
 * series (timeline, current period shaded), the ratio matrix and the
 * changes. The charts of a measure other than the headline's carry its
 * label in their title.
 */
void	present_charts(const struct summary *, const struct present_opts *,
	    const struct sum_measure *m, struct chartset *);

/* Room of a measure's folder name under charts/, NUL included. */
#define PRESENT_STEM_LEN	56

/*
 * One measure as the briefing shows it: its own section, titled with its
 * label, and its own charts, those of the headline measure in charts/,
 * every other's in charts/STEM/.
 */
struct present_measure {
	const struct sum_measure *m; /* in the summary; NULL when the summary
				   has no measure at all */
	const char *label;	/* section and chart title,
				   present_measure_label() */
	char	 stem[PRESENT_STEM_LEN]; /* folder under charts/, unique in
				   the briefing; "" for the headline measure */
	size_t	 rows;		/* attributed rows its charts show */
	size_t	 sources;	/* distinct sources among them */
	unsigned kinds;		/* charts drawn: bit 1 << enum chart_kind */
	char	 note[320];	/* one line under the title; "" for none */
};

/*
 * The measures of the briefing in its order: the headline measure
 * (present_main_measure()) first, then the others, busiest first (most
 * attributed rows, then most articles behind them, then by name). A
 * measure without a figure gets no charts, one with a single source no
 * matrix, each with a note saying so; the headline measure always gets
 * its four charts, so their files stay where links point. At least one
 * (an empty headline measure when the summary has none). Returns how
 * many; *views is the caller's to free.
 */
size_t	present_measures(const struct summary *, const struct present_opts *,
	    struct present_measure **views);
/* What the briefing calls a measure (NULL: the headline measure of a
 * summary without measures). The one place a measure's title comes from. */
const char *present_measure_label(const struct present_opts *,
	    const struct sum_measure *);
/*
 * A measure name made safe as a file name in buf: lower case, [a-z0-9_-]
 * only, other characters as one "-" (none leading or trailing),
 * "measure" when nothing is left. Returns buf.
 */
char	*present_measure_stem(const char *name, char *buf, size_t size);

#endif
