/*
 * briefing.h - the plain document model every briefing writer reads:
 * report.pdf (report_pdf.h), summary.md and summary.html (report_text.h).
 *
 * The command layer fills a struct briefing from the aggregated summary;
 * the writers never read the database or an article.
 *
 * Ownership: a struct briefing owns every string and row it holds. Set a
 * string member with briefing_set(), add rows with the briefing_add_*()
 * helpers (they copy the strings of the row passed in, which stays the
 * caller's), and free everything with briefing_release(). Chart draw
 * arguments (arg) are borrowed: the caller keeps them alive until the
 * writers are done. A number that is absent is NAN.
 */
#ifndef BRIEFING_H
#define BRIEFING_H

#include <stdbool.h>
#include <stddef.h>

#include <cairo.h>

#include "claimtrack.h"

/* One row of the sources table: where one source stands now. */
struct briefing_source {
	char	*source;	/* canonical source, "Ukraine" */
	char	*label;		/* quantity/modality, "planned (projection)" */
	double	 value;		/* latest figure stated; NAN when vague */
	double	 low;		/* interval it allows; NAN = open */
	double	 high;		/* NAN = open */
	enum qualifier qualifier; /* how the figure was qualified */
	char	 claim_date[DATE_LEN]; /* "" when unknown */
	bool	 date_from_published; /* claim_date is the article's date */
	size_t	 articles;	/* articles carrying this source's claims */
	size_t	 outlets;	/* distinct outlets among them */
};

/* What changed for one source's position in a measure since the
 * previous period. */
struct briefing_change {
	char	*source;	/* canonical source */
	char	*text;		/* the sentence shown to readers */
	double	 previous;	/* figure last period; NAN when new */
	double	 current;	/* figure this period; NAN when gone */
};

/* How far the sources are apart, each fact already worded. */
struct briefing_discrepancy {
	char	*lowest;	/* "at least 3,000 (United States)" */
	char	*highest;	/* "about 12,000 (Ukraine)" */
	char	*ratio;		/* "4.0×" */
	char	*median;	/* "11,000" */
};

/* A claim that backs no row of the sources table or no change. */
#define BRIEFING_NONE	((size_t)-1)

/*
 * One claim of the provenance appendix, with where it comes from and
 * which figures of the briefing it stands behind, by display index, so a
 * writer that shows only the first rows can list just their claims.
 */
struct briefing_claim {
	long	 id;		/* claim id in the store */
	char	*source;	/* canonical source */
	enum qualifier qualifier; /* how the figure was qualified */
	double	 value;		/* number stated; NAN for vague claims */
	double	 low;		/* interval; NAN = open */
	double	 high;
	char	*quantity;	/* tracker quantity kind */
	char	*sentence;	/* the sentence the claim comes from */
	char	*outlet;	/* NULL when unknown */
	char	*doc;		/* article id */
	char	 claim_date[DATE_LEN]; /* "" when the text does not say */
	char	 published[DATE_LEN];  /* "" when undated */
	char	*url;		/* NULL when unknown */
	size_t	 backs_source;	/* sources row whose latest figure it states;
				   BRIEFING_NONE */
	size_t	 backs_change;	/* change whose figure, now or last period, it
				   states; BRIEFING_NONE */
};

enum briefing_chart_kind {
	BRIEFING_CHART_RANGE,	/* where each source's estimate lies */
	BRIEFING_CHART_TIMELINE, /* claims over time */
	BRIEFING_CHART_MATRIX,	/* pairwise discrepancy between sources */
	BRIEFING_CHART_CHANGES,	/* change since the previous period */
	BRIEFING_CHART_COUNT
};

/* One chart slot; any member may be NULL when that form does not exist. */
struct briefing_chart {
	/* draws the chart as vectors into the box (0, 0, width, height) of
	 * the PDF page; NULL = no chart */
	void	(*draw)(cairo_t *cr, double width, double height, void *arg);
	/* the height the chart needs when drawn width wide (so text is not
	 * shrunk to fit a fixed box); NULL = the writer's default box */
	double	(*height)(double width, void *arg);
	void	*arg;		/* passed to draw and height; borrowed */
	char	*svg_path;	/* SVG file inlined into the HTML */
	char	*png_link;	/* link written in the markdown, relative */
};

/*
 * One measure's section: its title, a line under it, and the charts it
 * has. The first section is the headline measure's; the writers put the
 * discrepancy facts (struct briefing_discrepancy) in it.
 */
struct briefing_section {
	char	*label;		/* title: the measure's label, "casualties" */
	char	*note;		/* one line under the title; NULL for none */
	unsigned kinds;		/* the charts it has: bit 1 << kind; a chart
				   it has but cannot show says so */
	struct briefing_chart charts[BRIEFING_CHART_COUNT]; /* by kind */
};

struct briefing {
	char	*title;		/* "North Korean troops in Russia" */
	char	*tracker;	/* tracker name */
	char	*measure;	/* measure label, "troops sent to Russia" */
	char	*period;	/* "day", "week", "month" or "all" */
	char	 period_start[DATE_LEN]; /* first day of the period */
	char	 period_end[DATE_LEN];   /* last day of the period */
	char	 asof[DATE_LEN]; /* the as-of date of the run */
	char	*generated;	/* ISO time in UTC, "2024-10-31T02:00:00Z" */
	char	*version;	/* program version, CLAIMTRACK_VERSION */
	size_t	 articles;	/* articles in the period */
	size_t	 outlets;	/* distinct outlets they name */
	size_t	 claims;	/* claims of the period */
	char	*counts;	/* those counts and the all-time ones in
				   words, each labelled; NULL: the writers
				   print the three numbers above */
	char	*headline;	/* one sentence, the lead of the briefing */
	struct briefing_source *sources; /* sources table, in display order */
	size_t	 nsources;
	size_t	 capsources;
	struct briefing_change *changes; /* one per position (source and
				   measure): revisions first, then new,
				   unchanged, silent */
	size_t	 nchanges;
	size_t	 capchanges;
	char	**findings;	/* compatibility findings, sentences */
	size_t	 nfindings;
	size_t	 capfindings;
	struct briefing_discrepancy discrepancy; /* members NULL = unknown */
	struct briefing_claim *appendix; /* every claim of the period and
				   those its figures cite, provenance */
	size_t	 nappendix;
	size_t	 capappendix;
	struct briefing_section *sections; /* one per measure, the headline
				   measure's first */
	size_t	 nsections;
	size_t	 capsections;
};

/* An empty briefing: version set to CLAIMTRACK_VERSION, everything else
 * empty. */
void	briefing_init(struct briefing *);
/* Free everything the briefing owns and leave it zeroed (init to reuse). */
void	briefing_release(struct briefing *);
/* Replace the string *field with a copy of s (NULL clears it). */
void	briefing_set(char **field, const char *s);
/* Copy a "YYYY-MM-DD" date, truncated to fit; NULL gives "". */
void	briefing_set_date(char field[DATE_LEN], const char *s);

/* Append copies of a row; the strings of the row passed in stay the
 * caller's. Each returns the row stored in the briefing. */
struct briefing_source *briefing_add_source(struct briefing *,
	    const struct briefing_source *);
struct briefing_change *briefing_add_change(struct briefing *,
	    const struct briefing_change *);
void	briefing_add_finding(struct briefing *, const char *sentence);
/*
 * Append a measure's section titled label, with note (NULL for none)
 * and the charts of kinds (bits 1 << kind), their png links set to
 * "DIR/NAME.png" (dir "charts" for the headline measure). The rest of
 * each chart slot is empty for the caller to fill.
 */
struct briefing_section *briefing_add_section(struct briefing *,
	    const char *label, const char *note, const char *dir,
	    unsigned kinds);
struct briefing_claim *briefing_add_claim(struct briefing *,
	    const struct briefing_claim *);

/* Empty rows with every number NAN (and a claim backing nothing), for
 * callers to fill in before add. */
void	briefing_source_init(struct briefing_source *);
void	briefing_claim_init(struct briefing_claim *);

/* Title of the change sentences of every measure, after the measures'
 * sections (each chart has its own title, briefing_chart_title()). */
#define BRIEFING_CHANGES_TITLE	"Changes, source by source"
/* What "How far apart the sources are" says without a spread: one
 * current estimate, or none, is no spread; the bounds beside it are
 * compared in the findings (and the matrix), never an end of it. */
#define BRIEFING_NO_SPREAD	"No spread to measure: fewer than two " \
	"current estimates. Bounds, stale and projected figures are never " \
	"an end of it; the findings say how they fit."
/* The PDF's band over the changes and findings when the briefing has
 * several measures: they speak of every one. */
#define BRIEFING_ALL_MEASURES	"All measures"

/* Stable file stem of a chart kind: "range", "timeline", ... */
const char *briefing_chart_name(enum briefing_chart_kind);
/* Title shown above a chart: "Range of estimates", ... */
const char *briefing_chart_title(enum briefing_chart_kind);
/* The title of chart k in briefing b: briefing_chart_title(), but the
 * changes of period all, which has no previous period, are "Latest
 * figures (period all: no previous period)". */
const char *briefing_chart_title_of(const struct briefing *,
	    enum briefing_chart_kind);
/*
 * The period line's span in buf: "week, 2024-10-25 to 2024-10-31", or
 * "all claims up to 2025-06-30" for period all (it has no start).
 * Returns buf.
 */
char	*briefing_period_words(const struct briefing *, char *buf, size_t n);

/*
 * Text helpers shared by the writers. Each writes a NUL-terminated string
 * of at most size bytes into buf and returns buf.
 */
/* 12000 -> "12,000", 2.5 -> "2.5", NAN -> "". */
char	*briefing_number(double, char *buf, size_t size);
/* An estimate as shown in tables: "≈ 12,000", "3,000–5,000", and a vague
 * figure by its floor, "vague, ≥ 2,000" (never "~ 2,000", which reads as
 * "about 2,000"). */
char	*briefing_estimate(enum qualifier, double value, double low,
	    double high, char *buf, size_t size);
/* The interval as "[11,400, 12,600]", "[3,000, open)", "" when both open. */
char	*briefing_interval(double low, double high, char *buf, size_t size);

#endif
