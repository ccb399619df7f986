/*
 * aggregate.h - from stored claims to a briefing's numbers: echoes merged
 * into claim events, low/best/high per source, the per-day series, the
 * change since the previous reporting period and the discrepancy between
 * sources, per measure.
 *
 * Vocabulary (docs/summary-json.md has the same words):
 *   claim    one row of current_claims, as the extractor stored it
 *   date     a claim's effective date: claim_date, else its article's
 *            published date (flagged DATE_PUBLISHED), else undated
 *   event    claims repeating one figure: same source, quantity,
 *            modality, scope, qualifier, value and interval, with dates
 *            at most ECHO_WINDOW_DAYS after the event's first date (all
 *            undated ones of a figure form one undated event)
 *   outlet   an article's outlet; an article without one counts as its
 *            own outlet (two unnamed articles are not assumed to share
 *            one, so an echo is never undercounted to a single voice)
 *   row      the unit of comparison, keyed by (source, quantity,
 *            modality, scope): a projection, a current count or another
 *            scope is never mixed into one range without its labels
 *   family   the measure a quantity belongs to: the opts' table (a
 *            tracker's [measure] sections, e.g. troops_deployed,
 *            troops_arrived and troops_training are "troops"), else the
 *            quantity itself; discrepancies are per measure
 *   position a source's standing in a measure: its latest figure over
 *            the measure's quantities, per (source, modality, scope);
 *            older figures are its history, never a second position
 *   estimate a position stating a figure (exact, approx, range); only
 *            estimates give the lowest, highest, ratio and median
 *   bound    a position that only bounds the number (at least, up to,
 *            a vague "thousands"); compared through its interval
 *   stale    a position older than opts.stale_after days before asof:
 *            listed, but out of the range, the spread and the pairs
 *   outlier  a counted position more than opts.outlier_factor times
 *            below or above the median of the other sources' counted
 *            estimates (at least three sources state one): most often
 *            an extraction error ("2 captured" read as troops sent);
 *            listed like a stale one, out of the range and the pairs
 * Claims whose article was published after asof, or whose date is after
 * asof, are ignored as if not yet published.
 *
 * Ownership: summary_build() returns one struct summary that owns every
 * array and string reachable from it; summary_free() releases it all.
 * Indexes (size_t) point into the summary's arrays; NO_INDEX means none.
 * A number that is absent is NAN.
 */
#ifndef AGGREGATE_H
#define AGGREGATE_H

#include <stdbool.h>
#include <stdint.h>

#include "claimtrack.h"
#include "measure.h"
#include "period.h"

struct store;

#define ECHO_WINDOW_DAYS 3
#define NO_INDEX ((size_t)-1)
/* day of an undated claim or event */
#define DAY_NONE LONG_MIN

enum best_rule {
	BEST_LATEST,		/* the figure of the newest event */
	BEST_MEDIAN,		/* the lower median of the figures */
	BEST_CONSERVATIVE	/* the lowest figure (as ACLED publishes) */
};

enum date_kind {
	DATE_CLAIMED,		/* the claim's own date */
	DATE_PUBLISHED,		/* fell back to the article's publication */
	DATE_NONE		/* undated: listed, never placed in a period */
};

enum change_kind {
	CHANGE_NEW,		/* in the period, nothing before */
	CHANGE_UNCHANGED,	/* same best figure as before the period */
	CHANGE_UP,		/* revised up */
	CHANGE_DOWN,		/* revised down */
	CHANGE_REVISED,		/* changed, but one side has no figure */
	CHANGE_SILENT,		/* nothing in the period, something before */
	CHANGE_UNDATED		/* only undated claims */
};

#define STALE_AFTER_DEFAULT 90	/* days */
#define STALE_AFTER_MAX 36500
#define OUTLIER_FACTOR_DEFAULT 20.0	/* times the others' median */
#define OUTLIER_FACTOR_MAX 1e6
#define OUTLIER_SOURCES_MIN 3	/* estimates from distinct sources */

struct summary_opts {
	long	 asof;		/* day number: last day of the period */
	enum period_kind period; /* window ending at asof */
	enum best_rule best;	/* how best is chosen among figures */
	int	 stale_after;	/* days after which a position is stale */
	const struct quantity_measure *measures; /* quantity -> measure;
				   borrowed (the tracker's); NULL: each
				   quantity is its own measure */
	size_t	 nmeasures;
	double	 outlier_factor; /* a position this many times off the
				   other sources' median is an outlier; 0
				   (as in a positional initializer without
				   it): never */
};

struct sum_article {
	int64_t	 id;		/* articles.id */
	const char *doc;	/* article id */
	const char *outlet;	/* NULL when the article names none */
	const char *url;	/* NULL when not given */
	const char *title;	/* NULL when not given */
	const char *published;	/* "YYYY-MM-DD" or NULL */
	size_t	 outlet_no;	/* distinct-outlet number (doc when none) */
};

struct sum_claim {
	int64_t	 id;		/* claims.id */
	size_t	 article;	/* index in summary.articles */
	size_t	 row;		/* index in summary.rows: its labels */
	double	 value;		/* stated figure; NAN for vague */
	double	 low, high;	/* stored interval; NAN = open / absent */
	enum qualifier qualifier;
	long	 day;		/* effective date, DAY_NONE when undated */
	enum date_kind date_kind; /* where day comes from */
};

struct sum_event {
	size_t	 row;		/* index in summary.rows */
	enum qualifier qualifier;
	double	 value;		/* figure; NAN for vague */
	double	 low, high;	/* interval allowed (measure.h interval_of) */
	long	 day;		/* first date it was carried; DAY_NONE */
	enum date_kind date_kind; /* of the claim giving day */
	size_t	 first;		/* its claims are summary.claims[first .. */
	size_t	 nclaims;	/*   first + nclaims), by date */
	size_t	 articles;	/* distinct articles that carried it */
	size_t	 outlets;	/* distinct outlets that carried it */
	int64_t	 last_id;	/* newest claim id: tie-break for "latest" */
};

/* low / best / high over some events, as UCDP publishes them. */
struct sum_range {
	double	 low;		/* lowest figure; NAN when no figure */
	double	 best;		/* by the best rule; NAN when no figure */
	double	 high;		/* highest figure */
	size_t	 best_event;	/* event giving best, NO_INDEX when none */
	size_t	 low_event;	/* event giving low, NO_INDEX when none */
	size_t	 high_event;	/* event giving high, NO_INDEX when none */
	size_t	 events;	/* events counted */
	size_t	 articles;	/* sum of their articles */
	size_t	 outlets;	/* distinct outlets over them */
};

/* One day of a row's series: what the source said that day. */
struct sum_point {
	long	 day;		/* effective date */
	struct sum_range range;	/* over the events of that day */
};

struct sum_change {
	enum change_kind kind;
	size_t	 cur;		/* point: latest in the period, NO_INDEX */
	size_t	 prev;		/* point: latest before it, NO_INDEX */
	double	 abs;		/* cur best - prev best; NAN if not both */
	double	 rel;		/* abs / prev best; NAN when prev is 0 */
};

struct sum_row {
	const char *source;	/* canonical claimant, or "unattributed" */
	const char *quantity;	/* e.g. troops_deployed */
	const char *family;	/* measure family, e.g. troops */
	enum modality modality;	/* current or projected */
	const char *scope;	/* claims.place: the place, normalized ("Kursk");
				   NULL when not said or the story's own */
	bool	 attributed;	/* false for "unattributed" */
	size_t	 first;		/* its events are summary.events[first .. */
	size_t	 nevents;	/*   first + nevents): by day, undated last */
	struct sum_point *points; /* dated events grouped by day, by day */
	size_t	 npoints;
	struct sum_range period; /* over the events in the current period */
	struct sum_range all;	/* over all dated events up to asof */
	struct sum_change change; /* current period vs before it */
};

/*
 * A position's change since the previous period: its figure now against
 * its figure when the previous period ended, each over all the measure's
 * quantities (so a source that moved from "deployed" to "arrived" is
 * one revision, not a new row beside a silent one). A figure restated
 * with another qualifier ("at least 3,000", then "about 3,000") is
 * CHANGE_REVISED with abs 0.
 */
struct sum_shift {
	enum change_kind kind;	/* never CHANGE_UNDATED: positions are dated */
	size_t	 cur;		/* event: the position's figure when stated
				   in the period, NO_INDEX */
	size_t	 prev;		/* event: its latest figure before the period,
				   whichever quantity it was in; NO_INDEX */
	double	 abs;		/* cur value - prev value; NAN if not both */
	double	 rel;		/* abs / prev value; NAN when prev is 0 */
};

/*
 * One source's standing in a measure: its latest dated figure over the
 * measure's quantities (per source, modality and scope).
 */
struct sum_position {
	size_t	 row;		/* index in summary.rows: whose figure it is */
	size_t	 event;		/* the best event of the row's latest point */
	double	 value;		/* its figure; NAN for vague */
	double	 low, high;	/* its interval; NAN = open */
	bool	 in_period;	/* stated in the current period */
	bool	 compatible;	/* overlaps every other counted position */
	bool	 estimate;	/* a figure (exact, approx, range), not a bound */
	bool	 stale;		/* older than opts.stale_after days */
	bool	 outlier;	/* counted until found more than
				   opts.outlier_factor off the median of
				   the other sources' estimates */
	bool	 counted;	/* attributed, current, neither stale nor
				   an outlier: in the range */
	struct sum_shift change; /* since the previous period */
};

struct sum_pair {
	size_t	 a, b;		/* positions, a < b */
	bool	 compatible;	/* their intervals overlap */
	double	 rel_diff;	/* of the figures; NAN when undefined */
};

struct sum_measure {
	const char *family;	/* the measure's name, e.g. troops */
	const char *label;	/* its noun phrase; NULL when the table has
				   none (a quantity it does not know) */
	const char *projection_of; /* the measure whose projections this
				   one holds; NULL */
	struct sum_position *pos; /* one per source, modality and scope,
				   in that order */
	size_t	 npos;
	size_t	 lowest;	/* counted estimate with the lowest figure */
	size_t	 highest;	/* counted estimate with the highest figure */
	size_t	 floor;		/* counted bound with the highest lower
				   bound (at least, more than, vague) */
	size_t	 ceiling;	/* counted bound with the lowest upper bound */
	size_t	 estimates;	/* counted estimates */
	size_t	 bounds;	/* counted bounds */
	size_t	 stale;		/* attributed positions gone stale */
	size_t	 outliers;	/* positions left out as outliers */
	size_t	 fresh;		/* counted positions stated in the period */
	double	 ratio;		/* highest / lowest; NAN when undefined */
	double	 spread;	/* highest - lowest */
	double	 median;	/* of counted estimates (mean of the middle two) */
	double	*matrix;	/* npos x npos: figure[i] / figure[j] between
				   attributed estimates of one modality, NAN */
	struct sum_pair *pairs;	/* pairs of counted positions */
	size_t	 npairs;
	bool	 consensus;	/* all counted intervals overlap */
	struct interval agreed;	/* their intersection, when consensus */
};

/* All attributed sources together for one (quantity, modality, scope). */
struct sum_combined {
	const char *quantity;
	enum modality modality;
	const char *scope;	/* normalized place; NULL when not said */
	struct sum_range period; /* over the period's events of those rows */
	size_t	 sources;	/* rows (sources) contributing */
};

struct sum_totals {
	size_t	 claims;	/* claims up to asof (dated or not) */
	size_t	 articles;	/* distinct articles carrying them */
	size_t	 outlets;	/* distinct outlets, an article without one
				   counting as its own */
	size_t	 named_outlets;	/* distinct outlets named by the articles */
	size_t	 no_outlet;	/* articles that name no outlet */
	size_t	 period_articles; /* articles carrying the period's claims */
	size_t	 period_named_outlets; /* their distinct named outlets */
	size_t	 period_no_outlet; /* of them, those naming no outlet */
	size_t	 events;	/* claim events */
	size_t	 undated;	/* undated claims */
	size_t	 period_claims;	/* claims dated in the current period */
	size_t	 period_events;	/* events dated in the current period */
};

struct summary {
	struct summary_opts opts; /* as asked */
	long	 start;		/* first day of the period (PERIOD_BEGINNING) */
	struct sum_article *articles;
	size_t	 narticles;
	struct sum_claim *claims; /* grouped by row and figure */
	size_t	 nclaims;
	struct sum_event *events;
	size_t	 nevents;
	struct sum_row *rows;	/* by family, quantity, source, modality, scope */
	size_t	 nrows;
	struct sum_measure *measures; /* by family name */
	size_t	 nmeasures;
	struct sum_combined *combined;
	size_t	 ncombined;
	struct sum_totals totals;
	void	*strings;	/* private: interned strings */
};

/*
 * The measure of quantity q in opts' table; the quantity itself when the
 * table does not list it. *label gets its noun phrase, or NULL.
 */
const char *summary_measure_of(const struct summary_opts *, const char *q,
	    const char **label, const char **projection_of);

/* Is the qualifier a figure (exact, approx, range) and not a bound? */
bool	qualifier_is_estimate(enum qualifier);

/*
 * The event standing for row r's latest dated point: the best event, or
 * when that day has only vague figures, the newest of them. NO_INDEX when
 * the row has no dated point.
 */
size_t	summary_row_latest(const struct summary *s, size_t row);
/* The same for row r's latest dated point before day; NO_INDEX when it
 * has none. */
size_t	summary_row_latest_before(const struct summary *s, size_t row,
	    long day);

/* asof today, period week, best latest, stale after 90 days,
 * outliers beyond 20 times the others' median, no measure table. */
void	summary_opts_defaults(struct summary_opts *);
/* Parse "latest", "median", "conservative"; -1 when unknown. */
int	best_rule_parse(const char *);
const char *best_rule_name(enum best_rule);
const char *change_kind_name(enum change_kind);
const char *date_kind_name(enum date_kind);

/*
 * Read the stored claims (store_claims_upto()) and compute the summary
 * for opts. Returns NULL after one message when the database cannot be
 * read. The caller frees the result with summary_free().
 */
struct summary *summary_build(struct store *, const struct summary_opts *opts);
/* Free s and all it owns; NULL is fine. */
void	summary_free(struct summary *s);

#endif
