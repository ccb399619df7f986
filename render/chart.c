/*
 * chart.c - see chart.h: the data model, the style, the layouts both
 * renderers share, and render_charts(), which dispatches to a backend.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "claimtrack.h"
#include "util.h"
#include "chart.h"
#include "chart_cairo.h"
#include "chart_gnuplot.h"

void
chartset_init(struct chartset *cs)
{
	memset(cs, 0, sizeof(*cs));
}

static void
chartmeta_release(struct chartmeta *m)
{
	free(m->title);
	free(m->subtitle);
	free(m->source_line);
	free(m->measure);
}

/* Forget the cached slots: the set's sources are about to change. */
static void
slots_drop(struct chartset *cs)
{
	struct chartslots *c = &cs->slotcache;
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->keys[i]);
	free(c->keys);
	free(c->slots);
	memset(c, 0, sizeof(*c));
}

void
chartset_release(struct chartset *cs)
{
	size_t i;

	slots_drop(cs);
	chartmeta_release(&cs->meta);
	for (i = 0; i < cs->nranges; i++) {
		free(cs->ranges[i].source);
		free(cs->ranges[i].label);
	}
	free(cs->ranges);
	for (i = 0; i < cs->nseries; i++) {
		free(cs->series[i].source);
		free(cs->series[i].v);
	}
	free(cs->series);
	for (i = 0; i < cs->mn; i++)
		free(cs->mnames[i]);
	free(cs->mnames);
	free(cs->mratio);
	free(cs->mint);
	for (i = 0; i < cs->nchanges; i++)
		free(cs->changes[i].source);
	free(cs->changes);
	free(cs->window);
	chartset_init(cs);
}

void
chartset_set_meta(struct chartset *cs, const char *title,
    const char *subtitle, const char *source_line, const char *measure)
{
	chartmeta_release(&cs->meta);
	cs->meta.title = xstrdup(title ? title : "");
	cs->meta.subtitle = xstrdup(subtitle ? subtitle : "");
	cs->meta.source_line = xstrdup(source_line ? source_line : "");
	cs->meta.measure = xstrdup(measure ? measure : "");
}

void
chartset_add_range(struct chartset *cs, const char *source,
    const char *label, double value, double low, double high,
    enum qualifier q)
{
	struct rangerow *r;

	slots_drop(cs);
	cs->ranges = xreallocarray(cs->ranges, cs->nranges + 1,
	    sizeof(*cs->ranges));
	r = &cs->ranges[cs->nranges++];
	r->source = xstrdup(source);
	r->label = label && *label ? xstrdup(label) : NULL;
	r->value = value;
	r->low = low;
	r->high = high;
	r->qualifier = q;
	r->flags = 0;
}

static struct tseries *
series_find(struct chartset *cs, const char *source)
{
	size_t i;

	for (i = 0; i < cs->nseries; i++)
		if (strcmp(cs->series[i].source, source) == 0)
			return &cs->series[i];
	cs->series = xreallocarray(cs->series, cs->nseries + 1,
	    sizeof(*cs->series));
	memset(&cs->series[cs->nseries], 0, sizeof(*cs->series));
	cs->series[cs->nseries].source = xstrdup(source);
	return &cs->series[cs->nseries++];
}

void
chartset_add_point(struct chartset *cs, const char *source, long day,
    double value, enum qualifier q)
{
	struct tseries *s = series_find(cs, source);

	slots_drop(cs);
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	s->v[s->n].day = day;
	s->v[s->n].value = value;
	s->v[s->n].qualifier = q;
	s->n++;
}

void
chartset_set_period(struct chartset *cs, long start, long end)
{
	cs->has_period = true;
	cs->period_start = start < end ? start : end;
	cs->period_end = start < end ? end : start;
}

void
chartset_set_window(struct chartset *cs, long start, const char *words)
{
	free(cs->window);
	cs->has_window = true;
	cs->window_start = start;
	cs->window = xstrdup(words ? words : "");
}

/* The largest distance of a ratio from 1 (r or 1 / r), at least 2 so
 * that 1.0× stays light. */
static double
ratios_max(const double *r, size_t n)
{
	double max = 2, d;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!isfinite(r[i]) || r[i] <= 0)
			continue;
		d = r[i] >= 1 ? r[i] : 1 / r[i];
		max = d > max ? d : max;
	}
	return max;
}

void
chartset_set_matrix(struct chartset *cs, size_t n, const char *const *names,
    const double *ratios)
{
	size_t i;

	slots_drop(cs);
	for (i = 0; i < cs->mn; i++)
		free(cs->mnames[i]);
	free(cs->mnames);
	free(cs->mratio);
	free(cs->mint);
	cs->mint = NULL;
	cs->mn = n;
	cs->mnames = xcalloc(n, sizeof(*cs->mnames));
	cs->mratio = xcalloc(n * n, sizeof(*cs->mratio));
	for (i = 0; i < n; i++)
		cs->mnames[i] = xstrdup(names[i]);
	if (n > 0)
		memcpy(cs->mratio, ratios, n * n * sizeof(*ratios));
	cs->mmax = ratios_max(cs->mratio, n * n);
}

void
chartset_set_matrix_intervals(struct chartset *cs,
    const struct chartinterval *v)
{
	free(cs->mint);
	cs->mint = NULL;
	if (cs->mn == 0 || v == NULL)
		return;
	cs->mint = xcalloc(cs->mn, sizeof(*cs->mint));
	memcpy(cs->mint, v, cs->mn * sizeof(*v));
}

void
chartset_add_change(struct chartset *cs, const char *source, double prev,
    double cur, enum change_status st)
{
	struct changerow *c;

	slots_drop(cs);
	cs->changes = xreallocarray(cs->changes, cs->nchanges + 1,
	    sizeof(*cs->changes));
	c = &cs->changes[cs->nchanges++];
	c->source = xstrdup(source);
	c->prev = prev;
	c->cur = cur;
	c->status = st;
	c->has_quals = false;
	c->prev_qual = c->cur_qual = QUAL_EXACT;
}

void
chartset_set_range_flags(struct chartset *cs, unsigned flags)
{
	if (cs->nranges > 0)
		cs->ranges[cs->nranges - 1].flags = flags;
}

void
chartset_set_spread(struct chartset *cs, size_t lo_row, size_t hi_row)
{
	cs->has_spread = true;
	cs->spread_lo = lo_row;
	cs->spread_hi = hi_row;
}

void
chartset_set_change_quals(struct chartset *cs, enum qualifier prev,
    enum qualifier cur)
{
	struct changerow *c;

	if (cs->nchanges == 0)
		return;
	c = &cs->changes[cs->nchanges - 1];
	c->has_quals = true;
	c->prev_qual = prev;
	c->cur_qual = cur;
}

/*
 * The colour key of a name: the source without a row label, so that
 * "United States (arrived)" and "United States" share one colour.
 */
static char *
colour_key(const char *name)
{
	const char *paren = strstr(name, " (");

	return xstrndup(name, paren ? (size_t)(paren - name) : strlen(name));
}

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append the colour keys of n names, each stride bytes after the last. */
static void
keys_add(char **v, size_t *n, const void *first, size_t count,
    size_t stride)
{
	const char *p = first;
	size_t i;

	for (i = 0; i < count; i++, p += stride)
		v[(*n)++] = colour_key(*(char *const *)p);
}

/*
 * Fill the cache: the distinct colour keys of every source of the four
 * charts, sorted, and their slots by palette_assign().
 */
static void
slots_build(const struct chartset *cs, struct chartslots *c)
{
	size_t max = cs->nranges + cs->nseries + cs->mn + cs->nchanges;
	size_t i, n = 0;

	c->keys = xcalloc(max + 1, sizeof(*c->keys));
	keys_add(c->keys, &n, cs->nranges ? &cs->ranges[0].source : NULL,
	    cs->nranges, sizeof(*cs->ranges));
	keys_add(c->keys, &n, cs->nseries ? &cs->series[0].source : NULL,
	    cs->nseries, sizeof(*cs->series));
	keys_add(c->keys, &n, cs->mnames, cs->mn, sizeof(*cs->mnames));
	keys_add(c->keys, &n, cs->nchanges ? &cs->changes[0].source : NULL,
	    cs->nchanges, sizeof(*cs->changes));
	qsort(c->keys, n, sizeof(*c->keys), key_cmp);
	for (i = 0, c->n = 0; i < n; i++)
		if (c->n > 0 && strcmp(c->keys[c->n - 1], c->keys[i]) == 0)
			free(c->keys[i]);
		else
			c->keys[c->n++] = c->keys[i];
	c->slots = xcalloc(c->n + 1, sizeof(*c->slots));
	palette_assign((const char **)c->keys, c->n, c->slots);
	c->valid = true;
}

/* The slot of a key that is not in the set: as if it were added. */
static size_t
slot_outsider(const struct chartslots *c, char *key)
{
	const char **names = xcalloc(c->n + 1, sizeof(*names));
	size_t *slots = xcalloc(c->n + 1, sizeof(*slots)), slot;

	names[0] = key;
	memcpy(names + 1, c->keys, c->n * sizeof(*c->keys));
	palette_assign(names, c->n + 1, slots);
	slot = slots[0];
	free(names);
	free(slots);
	return slot;
}

size_t
chartset_slot(const struct chartset *cs, const char *source)
{
	/*
	 * The cache is the one member a const chart set may change: it
	 * holds nothing but what the other members determine. No chart
	 * set is defined const, so writing through it is sound.
	 */
	struct chartslots *c = (struct chartslots *)&cs->slotcache;
	char *key = colour_key(source), **hit;
	size_t slot;

	if (!c->valid)
		slots_build(cs, c);
	hit = c->n > 0 ? bsearch(&key, c->keys, c->n, sizeof(*c->keys),
	    key_cmp) : NULL;
	slot = hit != NULL ? c->slots[hit - c->keys] : slot_outsider(c, key);
	free(key);
	return slot;
}

double
chartset_spread(const struct chartset *cs, size_t *lo_row, size_t *hi_row)
{
	double lo, hi;

	if (!cs->has_spread || cs->spread_lo >= cs->nranges ||
	    cs->spread_hi >= cs->nranges)
		return NAN;
	lo = cs->ranges[cs->spread_lo].value;
	hi = cs->ranges[cs->spread_hi].value;
	if (!isfinite(lo) || !isfinite(hi) || lo <= 0 || hi < lo)
		return NAN;
	*lo_row = cs->spread_lo;
	*hi_row = cs->spread_hi;
	return hi / lo;
}

void
chartstyle_defaults(struct chartstyle *st)
{
	st->font = "DejaVu Sans";
	st->title_size = 19;
	st->text_size = 13;
	st->small_size = 11;
	st->margin = 20;
	st->header = 82;
	st->footer = 34;
	st->row_height = 34;
	st->marker = 6.5;
	st->line_width = 2.5;
	st->log_ratio = 50;
	st->label_col = 0.36;
	st->ink = (struct rgb){ 0.13, 0.13, 0.13 };
	st->muted = (struct rgb){ 0.40, 0.40, 0.40 };
	st->grid = (struct rgb){ 0.87, 0.87, 0.87 };
	st->shade = (struct rgb){ 0.93, 0.93, 0.93 };
	st->seq_light = (struct rgb){ 0.94, 0.95, 1.00 };	/* #EFF3FF */
	st->seq_dark = (struct rgb){ 0.03, 0.19, 0.42 };	/* #08306B */
	st->fits = (struct rgb){ 1, 1, 1 };
	st->hatch = (struct rgb){ 0.80, 0.80, 0.80 };	/* #CCCCCC */
}

void
chart_opts_defaults(struct chart_opts *o)
{
	o->renderer = RENDERER_CAIRO;
	o->formats = CHART_ALL_FORMATS;
	o->width = 960;
	o->dpi = 96;
	o->gnuplot = "gnuplot";
	chartstyle_defaults(&o->style);
}

const char *
chart_name(enum chart_kind k)
{
	static const char *const names[CHART_NKINDS] = {
		"range", "timeline", "matrix", "changes"
	};

	return k < CHART_NKINDS ? names[k] : "chart";
}

const char *
chart_heading(enum chart_kind k)
{
	static const char *const headings[CHART_NKINDS] = {
		"estimates by source",
		"estimates over time",
		"how far apart the sources are",
		"changes since the last period",
	};

	return k < CHART_NKINDS ? headings[k] : "";
}

const char *
chart_heading_of(const struct chartset *cs, enum chart_kind k)
{
	size_t i;

	if (k == CHART_CHANGES)
		for (i = 0; i < cs->nchanges; i++)
			if (cs->changes[i].status == CHART_CHANGE_LATEST)
				return "latest figures";
	return chart_heading(k);
}
