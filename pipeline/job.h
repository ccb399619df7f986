/*
 * job.h - the publishing half of the nightly job, shared by `report` and
 * `run`: aggregate the stored claims for a period, draw the charts, write
 * the briefing (report.pdf, summary.md, summary.html), summary.json and
 * the claim exports, and publish them all atomically in one folder.
 */
#ifndef JOB_H
#define JOB_H

#include <stdbool.h>

#include "aggregate.h"
#include "chart.h"
#include "store.h"
#include "tracker.h"

struct job_opts {
	const char *out;	/* published folder, e.g. outputs/briefing */
	const char *history;	/* with keep_history: where dated copies go */
	bool	 keep_history;	/* also keep HISTORY/ASOF */
	bool	 redraw;	/* publish even when the folder is current */
	const char *tracker_name; /* shown in the report */
	const char *tracker_hash; /* SHA-256 hex of the tracker's text, in
				   the fingerprint: an edited tracker draws
				   again; NULL = none */
	struct summary_opts sum; /* as-of date, period, best rule */
	struct chart_opts charts; /* renderer, formats, size */
};

/* Defaults: out "outputs/briefing", today, week, latest, cairo, all. */
void	job_opts_defaults(struct job_opts *);

/*
 * Publish the briefing of the store's claims for o->sum. Logs each stage
 * on stderr. When the folder already holds the briefing of the same
 * stored claims, options and program (a fingerprint file in it says what
 * it was made from), nothing is drawn again unless o->redraw. Returns EXIT_OK; EXIT_USAGE when the renderer cannot run
 * (gnuplot missing); EXIT_FATAL when nothing could be published (the
 * previous folder is then left as it was). Errors are reported once.
 */
int	job_publish(struct store *, const struct tracker *,
	    const struct job_opts *);

#endif
