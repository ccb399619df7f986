/*
 * chart.h - the four briefing charts (range of estimates, timeline,
 * discrepancy matrix, changes since last period) as a plain data model,
 * one style, and render_charts(), which draws them through cairo + pango
 * or through gnuplot over a pipe into the same file names.
 *
 * render/ never reads articles or the database: the command layer fills
 * a struct chartset from the aggregated summary.
 *
 * Ownership: a chartset owns copies of every string and array handed to
 * the chartset_* functions; chartset_release() frees them. Numbers that
 * are absent (an open bound, a source silent this period, an undefined
 * ratio) are NAN.
 */
#ifndef CHART_H
#define CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "claimtrack.h"
#include "axis.h"
#include "palette.h"

enum chart_kind {
	CHART_RANGE,		/* where each source stands */
	CHART_TIMELINE,		/* estimates against claim date */
	CHART_MATRIX,		/* ratio of each pair of sources */
	CHART_CHANGES,		/* previous -> current per source */
	CHART_NKINDS
};

enum chart_format {
	CHART_PNG = 1,
	CHART_SVG = 2,
	CHART_PDF = 4,
	CHART_ALL_FORMATS = 7
};

enum chart_renderer {
	RENDERER_CAIRO,
	RENDERER_GNUPLOT
};

enum change_status {
	CHART_CHANGE_NEW,		/* no estimate last period */
	CHART_CHANGE_UNCHANGED,
	CHART_CHANGE_UP,
	CHART_CHANGE_DOWN,
	CHART_CHANGE_SILENT,		/* an estimate last period, none now */
	CHART_CHANGE_REVISED,		/* another figure, but no size of
					   change: one of them is a bound or
					   vague, or only the qualifier moved */
	CHART_CHANGE_LATEST		/* period all: no previous period, the
					   source's latest figure */
};

struct chartmeta {
	char	*title;		/* "North Korean troops in Russia" */
	char	*subtitle;	/* period and as-of date */
	char	*source_line;	/* "claimtrack · 5 articles · 4 outlets" */
	char	*measure;	/* axis caption: "North Korean troops" */
};

struct rangerow {
	char	*source;	/* canonical source name */
	char	*label;		/* extra: "planned", "arrived"; NULL if none */
	double	 value;		/* latest estimate; NAN for a vague claim */
	double	 low, high;	/* interval allowed; NAN = open */
	enum qualifier qualifier; /* how the figure was qualified */
	unsigned flags;		/* RANGE_STALE, RANGE_OUTLIER,
				   RANGE_PROJECTED: drawn grey and hollow,
				   named beside the figure */
};

#define RANGE_STALE	1u	/* older than the briefing's stale-after */
#define RANGE_PROJECTED	2u	/* a projection, not a current position */
#define RANGE_OUTLIER	4u	/* far off the other sources' median */

/*
 * The interval a claim allows (README "Qualifiers and intervals"): about
 * 12,000 is [11,400, 12,600], at least 3,000 is [3,000, open), up to
 * 40,000 is [0, 40,000], thousands is [2,000, open).
 */
struct chartinterval {
	double	 low;		/* NAN = open (none below) */
	double	 high;		/* NAN = open (none above) */
	enum qualifier qualifier; /* strict bounds: more_than, less_than */
};

struct tpoint {
	long	 day;		/* claim date as a day number (date.h) */
	double	 value;		/* the estimate */
	enum qualifier qualifier; /* its qualifier */
};

struct tseries {
	char	*source;	/* canonical source name */
	struct tpoint *v;	/* points, in the order added */
	size_t	 n;		/* used */
	size_t	 cap;		/* allocated */
};

struct changerow {
	char	*source;	/* canonical source name */
	double	 prev;		/* last period's estimate; NAN = none */
	double	 cur;		/* this period's estimate; NAN = none */
	enum change_status status; /* what the change row says in words */
	bool	 has_quals;	/* prev_qual and cur_qual set by present/
				   (chartset_set_change_quals()); else
				   chart_change_qual() looks them up */
	enum qualifier prev_qual; /* how prev was qualified */
	enum qualifier cur_qual; /* how cur was qualified */
};

/*
 * The palette slots of a chart set, computed once by the first
 * chartset_slot() and dropped by every chartset_add_* and set_* call.
 * Private to chart.c.
 */
struct chartslots {
	char	**keys;		/* distinct colour keys, sorted (strcmp) */
	size_t	*slots;		/* slots[i]: the palette slot of keys[i] */
	size_t	 n;		/* keys */
	bool	 valid;		/* keys and slots match the set */
};

struct chartset {
	struct chartmeta meta;	/* texts every chart carries */
	struct rangerow *ranges; /* range chart rows, top to bottom */
	size_t	 nranges;
	struct tseries *series;	/* timeline, one series per source */
	size_t	 nseries;
	bool	 has_period;	/* shade period_start..period_end */
	long	 period_start;	/* first day of the current period */
	long	 period_end;	/* last day of the current period */
	bool	 has_window;	/* the timeline starts at window_start */
	long	 window_start;	/* first day the timeline shows */
	char	*window;	/* its words: "last 13 weeks" */
	char	**mnames;	/* matrix sources, rows and columns */
	double	*mratio;	/* n x n, row-major: row value / col value */
	size_t	 mn;		/* matrix sources */
	double	 mmax;		/* largest distance from 1 in mratio, >= 2 */
	struct chartinterval *mint; /* mn intervals the matrix sources'
				   claims allow (chartset_set_matrix_
				   intervals()); NULL: from the range rows */
	struct changerow *changes; /* changes chart rows, top to bottom */
	size_t	 nchanges;
	bool	 has_spread;	/* present/ set the spread below */
	size_t	 spread_lo;	/* range row of the lowest estimate */
	size_t	 spread_hi;	/* range row of the highest estimate */
	int	 stale_after;	/* days, for the legend of stale rows */
	double	 outlier_factor; /* times, for the legend of outliers */
	struct chartslots slotcache; /* private: see chartset_slot() */
};

void	chartset_init(struct chartset *);
void	chartset_release(struct chartset *);
/* Set (copy) the texts; NULL leaves a text empty. */
void	chartset_set_meta(struct chartset *, const char *title,
	    const char *subtitle, const char *source_line,
	    const char *measure);
/* Append a range row; label may be NULL. */
void	chartset_add_range(struct chartset *, const char *source,
	    const char *label, double value, double low, double high,
	    enum qualifier);
/* Append a point to the source's series (created on first use). */
void	chartset_add_point(struct chartset *, const char *source, long day,
	    double value, enum qualifier);
void	chartset_set_period(struct chartset *, long start, long end);
/*
 * Show the timeline from day start on, saying so in its subtitle with
 * words ("last 13 weeks"). Points before start are not drawn (see
 * timeline_points()).
 */
void	chartset_set_window(struct chartset *, long start, const char *words);
/* Copy n names and the n x n row-major ratios (row / column). */
void	chartset_set_matrix(struct chartset *, size_t n,
	    const char *const *names, const double *ratios);
/*
 * Copy the intervals of the mn matrix sources (call after
 * chartset_set_matrix(), which drops them). Without them a source's
 * interval is its range row's: the row named like it ("Ukraine
 * (training)" is Ukraine's row labelled "training"), or the one row of
 * that source.
 */
void	chartset_set_matrix_intervals(struct chartset *,
	    const struct chartinterval *);
/* Flag the last range row added: RANGE_STALE, RANGE_PROJECTED. */
void	chartset_set_range_flags(struct chartset *, unsigned flags);
/*
 * The spread the range chart draws, between range rows lo and hi: the
 * lowest and highest of the measure's current estimates, as present/
 * computed them (estimates only, at least two). Without this call no
 * spread is drawn.
 */
void	chartset_set_spread(struct chartset *, size_t lo_row, size_t hi_row);
void	chartset_add_change(struct chartset *, const char *source,
	    double prev, double cur, enum change_status);
/* The qualifiers of the last change row added (without this call they
 * are looked up, see chart_change_qual()). */
void	chartset_set_change_quals(struct chartset *, enum qualifier prev,
	    enum qualifier cur);

/*
 * The palette slot of a source in this chart set: its hashed slot, or by
 * the tie rule of palette.h the next free one, over the sources of all
 * four charts (so a source has one colour in every chart). A row label
 * in parentheses is not part of the source: "United States (arrived)"
 * has the colour of "United States".
 * The slots of the whole set are computed on the first call and cached
 * in the set (O(log n) a call after that), so a chart set must not be
 * shared between threads while it is being drawn.
 */
size_t	chartset_slot(const struct chartset *, const char *source);

/*
 * The spread chartset_set_spread() set: highest / lowest, with the rows
 * holding them in *lo_row and *hi_row. NAN (rows untouched) when none was
 * set or its rows hold no positive figures. Never recomputed from the
 * rows: a bound, a stale or a projected figure is no end of a spread.
 */
double	chartset_spread(const struct chartset *, size_t *lo_row,
	    size_t *hi_row);

/* Appearance shared by every chart; sizes in px at 96 dpi. */
struct chartstyle {
	const char *font;	/* Pango family: "DejaVu Sans" */
	double	 title_size;	/* chart title */
	double	 text_size;	/* labels, subtitle */
	double	 small_size;	/* ticks, source line */
	double	 margin;	/* outer margin */
	double	 header;	/* title + subtitle band */
	double	 footer;	/* source line band */
	double	 row_height;	/* range and changes rows */
	double	 marker;	/* marker radius */
	double	 line_width;	/* series lines, bars */
	double	 log_ratio;	/* log axis when max / min exceeds this */
	double	 label_col;	/* most of the width row labels may take */
	struct rgb ink;		/* text */
	struct rgb muted;	/* subtitle, ticks, source line */
	struct rgb grid;	/* grid lines */
	struct rgb shade;	/* current period */
	struct rgb seq_light;	/* matrix scale at ratio 1 */
	struct rgb seq_dark;	/* matrix scale at the largest ratio */
	struct rgb fits;	/* matrix cell of a compatible pair */
	struct rgb hatch;	/* its hatching */
};

void	chartstyle_defaults(struct chartstyle *);

struct chart_opts {
	enum chart_renderer renderer; /* cairo or gnuplot */
	unsigned formats;	/* CHART_PNG | CHART_SVG | CHART_PDF */
	int	 width;		/* px at 96 dpi */
	int	 dpi;		/* PNG resolution; 96 = 1 px per px */
	const char *gnuplot;	/* gnuplot command or path: "gnuplot" */
	struct chartstyle style; /* appearance */
};

/* Cairo, all formats, 960 px wide, 96 dpi PNG, "gnuplot", default style. */
void	chart_opts_defaults(struct chart_opts *);

/* "range", "timeline", "matrix", "changes": the file name stem. */
const char *chart_name(enum chart_kind);
/* Heading of a chart: "range of estimates by source". Static. */
const char *chart_heading(enum chart_kind);
/*
 * The heading of chart k of cs as its title says it: chart_heading(),
 * but a changes chart without a previous period (period all: its rows
 * are CHART_CHANGE_LATEST) is "latest figures" (its caption says there
 * is no previous period).
 */
const char *chart_heading_of(const struct chartset *, enum chart_kind);

/* Height in px of a chart at this width (it grows with the rows). */
double	chart_height(enum chart_kind, const struct chartset *,
	    const struct chartstyle *, double width);

/*
 * Geometry of the range chart, so tests and both renderers agree: row i
 * (0 = top) is centred at y = row_y0 + i * row_step, a value v at
 * x = axis_map(&axis, v, x0, x1). Only the first shown rows are drawn:
 * as many as the height holds (chart_height() asks for CHART_MAX_ROWS at
 * most); the chart then says "22 of 340 rows shown; summary.json has
 * all" below its axis.
 */
#define CHART_MAX_ROWS	22	/* rows of the range and changes charts:
				   the chart then fits an A4 page of
				   report.pdf at 720 px without shrinking */

struct range_layout {
	double	 label_w;	/* room of the row labels, right-aligned */
	int	 label_lines;	/* 1, or 2 when the longest must wrap */
	double	 x0, x1;	/* plot area, left and right */
	double	 y0, y1;	/* plot area, top and bottom */
	double	 row_y0;	/* centre of the first row */
	double	 row_step;	/* distance between rows */
	struct axis axis;	/* value axis */
	size_t	 shown;		/* rows drawn: the first shown */
	size_t	 rows;		/* rows in the chart set */
	double	 note_y;	/* top of the "k of n" note */
};

/* How a range row's interval is drawn. */
enum range_span {
	SPAN_NONE,		/* no interval: the marker alone */
	SPAN_BAR,		/* a bar from .. to */
	SPAN_OPEN_HIGH,		/* open above: an arrow from to the right edge */
	SPAN_OPEN_LOW		/* open below, or down to 0 on a log axis,
				   which cannot show 0: an arrow from the
				   figure to the left edge */
};

/*
 * The interval of row r on the layout's axis: *from and *to in data
 * units, never below the axis' lower edge on a log axis (so an "up to"
 * bar cannot vanish there).
 */
enum range_span range_row_span(const struct range_layout *,
	    const struct rangerow *r, double *from, double *to);

/* "22 of 340 rows shown; summary.json has all"; "" when all are. */
char	*chart_shown_note(size_t shown, size_t n, char *buf, size_t len);
/* The figure beside a range row's mark: "≥3,000", "≈12,000 · stale",
 * "2 · outlier". */
char	*chart_range_figure(const struct rangerow *, char *buf, size_t len);
/* Which of RANGE_STALE, RANGE_OUTLIER and RANGE_PROJECTED the first n
 * range rows hold. */
unsigned chart_range_flags(const struct chartset *, size_t n);
/*
 * The note under the range chart: the legend of its grey rows ("grey,
 * hollow: stale (over 90 days old) or projected figures, not current
 * positions and no end of the spread"; outliers, over 20× off the
 * others' median, are named too: "out of the range") and chart_shown_note()'s words;
 * "" when neither applies.
 */
char	*chart_range_note(const struct chartset *, size_t shown, size_t n,
	    char *buf, size_t len);

void	range_layout(const struct chartset *, const struct chartstyle *,
	    double w, double h, struct range_layout *);

/*
 * Geometry of the timeline (x: claim days, y: values). Series are taken
 * in the order of timeline_order(): the first labelled ones are drawn in
 * full with an end label (as many as fit the plot's height, at most
 * TIMELINE_MAX_LABELS), the next keyed ones are drawn faded and named in
 * a key below the plot (marker and name, key_cols to a row), and any
 * further ones are drawn fainter still and counted in the key's last
 * entry ("+ 12 more; summary.json has all"). The x axis spans the
 * chart set's whole window when it has one (the subtitle names it: "last
 * 13 weeks"), else the current period and the points drawn
 * (timeline_points(): those in the window, one a day, or one a week or
 * per 30 days when the days would give a series more than
 * TIMELINE_MAX_POINTS).
 */
#define TIMELINE_MAX_LABELS	6	/* end labels at most */
#define TIMELINE_KEY_ROWS	3	/* rows of the key at most */
#define TIMELINE_KEY_ROW	18	/* px per row of the key */
#define TIMELINE_MAX_POINTS	30	/* points of a series at most: beyond
					   that a point a week, else one per
					   30 days */
#define TIMELINE_LEADER	20	/* px from the plot's right edge to the
					   end labels: room for their leaders */
#define TIMELINE_CAPTION	18	/* px from the header to the plot, where
					   the value caption sits clear of the
					   top tick */

struct timeline_layout {
	double	 x0, x1, y0, y1; /* plot area */
	double	 label_w;	/* room of the end labels right of the plot */
	int	 label_lines;	/* 1, or 2 when the longest must wrap */
	struct axis xaxis;	/* days */
	struct axis yaxis;	/* values, from 0 */
	long	 step;		/* days per point: 1, 7 or 30 */
	long	 step_end;	/* last day of the last step */
	size_t	 labelled;	/* series with an end label */
	size_t	 keyed;		/* series named in the key after them */
	size_t	 more;		/* series neither labelled nor keyed */
	size_t	 key_cols;	/* entries per row of the key */
	double	 key_y;		/* top of the key's first row */
};

/*
 * Fill order[] (cs->nseries entries) with the series that have points,
 * most recent last point first, then most points, then name; returns
 * how many have points.
 */
size_t	timeline_order(const struct chartset *, size_t *order);
/*
 * The points series i draws in a timeline of this layout, by day: those
 * from the window's first day on, one a step (lay->step days, the last
 * step ending on lay->step_end): the step's last, so that each point is
 * the figure the source stood at when its step ended (of two points of
 * one day, the one added later). When the series has values before the
 * window and no point on its first day, the last of them, carried to
 * that day, leads (*carried = 1: no claim was made that day, so no
 * marker is drawn there). Caller frees.
 */
struct tpoint *timeline_points(const struct chartset *,
	    const struct timeline_layout *, size_t i, size_t *n, int *carried);
/*
 * Days per point of a timeline over days first..last: 1, else 7, else
 * 30, the first that keeps a series within TIMELINE_MAX_POINTS points.
 */
long	timeline_step(long first, long last);
/*
 * How the series of rank k in timeline_order() is drawn: a labelled one
 * in full (opaque, the style's line width, with markers), a keyed one
 * faded, any further one fainter and thinner still, so that a crowd of
 * them is a backdrop and not a tangle.
 */
struct series_ink {
	double	 alpha;		/* opacity of the line */
	double	 width;		/* line width, px */
	int	 marks;		/* 1: markers on the points */
};

void	timeline_ink(const struct timeline_layout *, const struct chartstyle *,
	    size_t k, struct series_ink *);
/*
 * Where the end of labelled series sits: its last point drawn, at its
 * value (the marker is always there), and its end label, which alone is
 * moved up or down (labels_spread()) so labels never overlap; a moved
 * label is joined to its point's height by a thin leader.
 */
struct timeline_end {
	size_t	 series;	/* index in cs->series */
	double	 x, y;		/* the last point drawn, px: its value's y */
	double	 label_y;	/* centre of the end label, px */
};

/*
 * The ends of the lay->labelled labelled series, sorted by y (top
 * first), in *n. Caller frees.
 */
struct timeline_end *timeline_ends(const struct chartset *,
	    const struct chartstyle *, const struct timeline_layout *,
	    size_t *n);
/* Gap in px between the centres of two end labels of this layout. */
double	timeline_label_gap(const struct timeline_layout *,
	    const struct chartstyle *);
/* Height in px of the key below a timeline of this layout. */
double	timeline_key_height(const struct timeline_layout *);
/* The key's last entry: "+ 12 more; summary.json has all" (short, to
 * fit one column of the key). */
char	*timeline_more_note(const struct timeline_layout *, char *buf,
	    size_t n);

void	timeline_layout(const struct chartset *, const struct chartstyle *,
	    double w, double h, struct timeline_layout *);

/*
 * Geometry of the matrix: cell (i, j) spans x0 + j * cell, y0 + i * cell.
 * Only the first shown sources (in the order given) are drawn: as many
 * as fit across the width with cells wide enough for their ratios; the
 * note then says "k of n rows shown; summary.json has all".
 */
struct matrix_layout {
	double	 label_w;	/* room of the row names */
	int	 label_lines;	/* lines a row name may take: 1 or 2 */
	int	 numbered;	/* columns headed by numbers, not names */
	double	 x0, y0;	/* top left of the first cell */
	double	 cell;		/* side of a cell */
	size_t	 shown;		/* sources drawn: the first shown of mn */
	double	 font;		/* px size of the ratios in the cells */
};

void	matrix_layout(const struct chartset *, const struct chartstyle *,
	    double w, double h, struct matrix_layout *);
/* "12 of 40 rows shown; summary.json has all", or "" when all are. */
char	*matrix_note(const struct chartset *, const struct matrix_layout *,
	    char *buf, size_t n);
/* Row name i of the matrix: "Ukraine", or "1  Ukraine" when numbered. */
char	*matrix_row_name(const struct chartset *, const struct matrix_layout *,
	    size_t i, char *buf, size_t n);

/*
 * Do the claims of matrix sources i and j fit together: do the intervals
 * they allow overlap ("at least 3,000" and "about 12,000" do)? 0 when
 * they do not or an interval is unknown.
 */
int	matrix_compatible(const struct chartset *, size_t i, size_t j);
/* Whether two intervals overlap (a strict bound excludes its end). */
int	chartinterval_overlap(const struct chartinterval *,
	    const struct chartinterval *);
/*
 * Do the claims of matrix sources i and j clash without a ratio: one is
 * only a bound ("fewer than 4,000") and the other's figure lies outside
 * it ("9,700–13,000"), so they cannot both be true, yet no estimate ÷
 * estimate says how far apart. 0 otherwise.
 */
int	matrix_clash(const struct chartset *, size_t i, size_t j);
/* The text of cell (i, j): "fits" for a compatible pair (the ratio says
 * nothing then), "≠" for a clash (matrix_clash()), else the ratio
 * "4.0×" ("–" when there is none); "" on the diagonal. */
char	*matrix_cell_text(const struct chartset *, size_t i, size_t j,
	    char *buf, size_t n);
/* The matrix's first legend line: what a cell says, and what "≠" says
 * when one of the first shown rows' cells is a clash. Returns buf. */
char	*matrix_legend(const struct chartset *, size_t shown, char *buf,
	    size_t n);
/* The matrix legend line of the compatible cells. */
#define MATRIX_FITS_LEGEND "hatched \"fits\": both claims can be true " \
	"(their intervals overlap), so the ratio says nothing"

/*
 * Fill and text colour of matrix cell (i, j): the shade on the diagonal,
 * white for an undefined ratio, the neutral fits colour (hatched by the
 * renderers) for a compatible pair, else light to dark blue by how far
 * the ratio is from 1 (log scale, darkest at the largest distance in the
 * matrix or 2×, whichever is larger); text white on dark cells.
 */
void	matrix_cell_color(const struct chartset *, const struct chartstyle *,
	    size_t i, size_t j, struct rgb *fill, struct rgb *ink);

/* Geometry of the changes chart: like the range chart. */
void	changes_layout(const struct chartset *, const struct chartstyle *,
	    double w, double h, struct range_layout *);

/*
 * Texts both renderers print. Each writes at most n bytes into buf and
 * returns buf.
 */
/* Row label of the range chart: "United States · planned". */
char	*chart_row_label(const char *source, const char *extra, char *buf,
	    size_t n);
/* Caption of the timeline's date axis: "claim date", saying how many
 * days a point stands for when more than one. */
char	*timeline_date_caption(const struct timeline_layout *, char *buf,
	    size_t n);
/* Subtitle of chart k: the set's, the timeline's followed by its
 * window ("week 2025-10-29 to 2025-11-04 · as of 2025-11-04 · last 13
 * weeks"). */
char	*chart_subtitle(const struct chartset *, enum chart_kind, char *buf,
	    size_t n);
/* End label of timeline series i: "Ukraine ≈12,000"; "" without points. */
char	*chart_end_label(const struct chartset *, size_t i, char *buf,
	    size_t n);
/*
 * The qualifier of changes row i's figure this period (cur != 0) or last
 * period: the row's own when present/ set them, else that of the point
 * of the row's series with that figure (the latest, and for last
 * period's one before this period's), else that of the source's range row
 * when it states the figure, else QUAL_EXACT.
 */
enum qualifier chart_change_qual(const struct chartset *, size_t i,
	    int cur);
/*
 * The change of changes row i in words, every figure with its qualifier
 * sign as the range chart prints it: "new: ≥3,000", "new: ≤40,000",
 * "new: vague, ≥2,000" (a vague figure, its floor from the source's range
 * row), "up 2,000 (from ≈10,000)", "silent (was ≥3,000)", "silent (was
 * vague)", "unchanged".
 */
char	*chart_change_words(const struct chartset *, size_t i, char *buf,
	    size_t n);
/*
 * The floor of changes row i when its figure this period is vague
 * ("thousands": at least 2,000, from the source's range row), drawn as a
 * hollow mark with an arrow to the right; NAN otherwise.
 */
double	chart_change_floor(const struct chartset *, size_t i);
/* Is q only a bound ("at least", "up to", "thousands")? A timeline
 * point so qualified is drawn hollow: the line passes through it, but
 * it is no estimate ("up to 17,500" after 4,500 is no jump). */
int	chart_qual_is_bound(enum qualifier q);
/* Value-axis caption of the timeline, one line over the plot: what is
 * counted, "(log scale)" when the axis is logarithmic (a reader must not
 * read a log axis as linear), and "hollow: a bound (≤, ≥)" when a
 * series holds a bound. */
char	*chart_timeline_caption(const struct chartset *, int log, char *buf,
	    size_t n);
/* Axis caption of the changes chart: "North Korean troops — hollow: last
 * period, filled: this period", naming the arrows of vague floors when
 * there are any. */
char	*chart_changes_caption(const struct chartset *, int log, char *buf,
	    size_t n);
/* A date tick: "25 Oct", with its year "25 Oct 2024". */
char	*chart_date_label(long day, int with_year, char *buf, size_t n);
/* Label every k-th date tick (k >= 1) so the labels, measured, never
 * touch; the first tick carries the year. */
size_t	chart_date_every(const struct timeline_layout *,
	    const struct chartstyle *);
/*
 * s cut with "…" to the most characters whose measured width is at most
 * px (for gnuplot, which cannot ellipsize); s itself when it fits.
 */
char	*chart_text_fit(const struct chartstyle *, const char *s,
	    double size, double px, char *buf, size_t n);
/*
 * The size in px of a chart title that must fit px wide: the style's
 * title size, or smaller down to three quarters of it, so that a long
 * measure's title ("North Korean troops to be sent to Russia: changes
 * since the last period") is read whole rather than cut. Both renderers
 * draw the title at this size (and ellipsize only past that).
 */
double	chart_title_size(const struct chartstyle *, const char *title,
	    double px);
/* Width in px of one line of s in the style's font, size px, as pango
 * lays it out (bold when bold is not 0). */
double	chart_text_width(const struct chartstyle *, const char *s,
	    double size, int bold);

/*
 * Room of a column of labels: the widest label's width plus pad when it
 * fits in max px (*lines = 1), else max (*lines = 2: the labels wrap onto
 * two lines before they are ellipsized).
 */
double	chart_label_room(const struct chartstyle *, const char *const *labels,
	    size_t n, double size, double pad, double max, int *lines);

/*
 * Place n labels of height gap beside their wanted centres want[] (sorted
 * ascending), so that none overlap and all lie between top and bottom
 * (when they fit): y[i] receives each centre.
 */
void	labels_spread(const double *want, double *y, size_t n, double gap,
	    double top, double bottom);

/*
 * Write outdir/charts/{range,timeline,matrix,changes}.{png,svg,pdf} in
 * the formats of opts, through the renderer of opts, creating the folders.
 * Returns EXIT_OK; EXIT_USAGE when the renderer cannot run (gnuplot not
 * installed, bad options); EXIT_FATAL when a file cannot be written. Each
 * error is reported once on stderr; the other charts are still drawn.
 */
int	render_charts(const struct chartset *, const struct chart_opts *,
	    const char *outdir);
/* Every chart kind, as a mask of bits 1 << enum chart_kind. */
#define CHART_ALL_KINDS	((1u << CHART_NKINDS) - 1)
/*
 * Write the charts of kinds (bits 1 << enum chart_kind) as
 * dir/{range,timeline,matrix,changes}.{png,svg,pdf}, creating dir and
 * its parents; returns as render_charts().
 */
int	render_chart_files(const struct chartset *,
	    const struct chart_opts *, const char *dir, unsigned kinds);

#endif
