/*
 * aggregate.c - see aggregate.h: options, names, summary_build() and the
 * loading of the stored claims (store_claims_upto(), which reads them in
 * one pass; grouping and sorting happen in memory).
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "date.h"
#include "util.h"
#include "store.h"
#include "aggregate_int.h"

static const char *const best_names[] = {
	[BEST_LATEST] = "latest",
	[BEST_MEDIAN] = "median",
	[BEST_CONSERVATIVE] = "conservative",
};

static const char *const change_names[] = {
	[CHANGE_NEW] = "new",
	[CHANGE_UNCHANGED] = "unchanged",
	[CHANGE_UP] = "revised_up",
	[CHANGE_DOWN] = "revised_down",
	[CHANGE_REVISED] = "revised",
	[CHANGE_SILENT] = "silent",
	[CHANGE_UNDATED] = "undated",
};

static const char *const date_kind_names[] = {
	[DATE_CLAIMED] = "claim_date",
	[DATE_PUBLISHED] = "published",
	[DATE_NONE] = "none",
};

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

void
summary_opts_defaults(struct summary_opts *o)
{
	o->asof = date_today();
	o->period = PERIOD_WEEK;
	o->best = BEST_LATEST;
	o->stale_after = STALE_AFTER_DEFAULT;
	o->outlier_factor = OUTLIER_FACTOR_DEFAULT;
	o->measures = NULL;
	o->nmeasures = 0;
}

const char *
summary_measure_of(const struct summary_opts *o, const char *q,
    const char **label, const char **projection_of)
{
	size_t i;

	for (i = 0; i < o->nmeasures; i++)
		if (strcmp(o->measures[i].quantity, q) == 0) {
			if (label != NULL)
				*label = o->measures[i].label;
			if (projection_of != NULL)
				*projection_of = o->measures[i].projection_of;
			return o->measures[i].measure;
		}
	if (label != NULL)
		*label = NULL;
	if (projection_of != NULL)
		*projection_of = NULL;
	return q;
}

bool
qualifier_is_estimate(enum qualifier q)
{
	return q == QUAL_EXACT || q == QUAL_APPROX || q == QUAL_RANGE;
}

int
best_rule_parse(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < NELEM(best_names); i++)
		if (strcmp(s, best_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
best_rule_name(enum best_rule b)
{
	return (size_t)b < NELEM(best_names) ? best_names[b] : "latest";
}

const char *
change_kind_name(enum change_kind k)
{
	return (size_t)k < NELEM(change_names) ? change_names[k] : "new";
}

const char *
date_kind_name(enum date_kind k)
{
	return (size_t)k < NELEM(date_kind_names) ? date_kind_names[k] : "none";
}

/* The text members interned through the per-member memory below. */
enum slot {
	SLOT_DOC, SLOT_OUTLET, SLOT_URL, SLOT_TITLE, SLOT_PUBLISHED,
	SLOT_QUANTITY, SLOT_SOURCE, SLOT_PLACE, NSLOTS
};

#define MRU 8	/* recent strings remembered per column */

/* Per-member memory of recent rows, so repeats skip the hash. */
struct rowcache {
	const char *interned[NSLOTS][MRU]; /* recent, newest first */
	int64_t	 article_id;		/* last article seen */
	size_t	 article;		/* its index */
	GHashTable *articles;		/* article id -> index + 1 */
	GHashTable *outlets;		/* interned outlet key -> number + 1 */
	GHashTable *rowkeys;		/* own struct rowkey -> number + 1 */
	struct rowkey last;		/* labels of the previous claim */
	size_t	 lastrow;		/* and their number */
	size_t	 nrowkeys;		/* lookups so far */
};

/*
 * Interned text t of member slot, NULL for NULL or "". An article's doc,
 * url and title are copied, not interned (no code compares them by
 * pointer; hashing them was a sixteenth of the summary's time).
 */
static const char *
col_text(struct build *b, struct rowcache *rc, const char *t, enum slot slot)
{
	const char **mru = rc->interned[slot], *hit;
	size_t i;

	if (t == NULL || *t == '\0')
		return NULL;
	for (i = 0; i < MRU && mru[i] != NULL; i++)
		if (mru[i][0] == t[0] && strcmp(mru[i], t) == 0)
			break;
	if (i < MRU && mru[i] != NULL)
		hit = mru[i];
	else {
		/* an article's doc, url and title are its own: no hash */
		hit = slot == SLOT_DOC || slot == SLOT_URL ||
		    slot == SLOT_TITLE ? g_string_chunk_insert(b->strings, t) :
		    g_string_chunk_insert_const(b->strings, t);
		i = MRU - 1;
	}
	memmove(&mru[1], &mru[0], i * sizeof(*mru));
	mru[0] = hit;
	return hit;
}

/* Distinct-outlet number: the outlet, else the doc as its own outlet. */
static size_t
outlet_number(struct build *b, struct rowcache *rc, const struct sum_article *a)
{
	char *key;
	const char *k;
	gpointer v;
	size_t n;

	if (a->outlet != NULL)
		k = a->outlet;
	else {
		n = strlen(a->doc) + 2;
		key = xmalloc(n);
		snprintf(key, n, "\x1f%s", a->doc);
		k = g_string_chunk_insert_const(b->strings, key);
		free(key);
	}
	v = g_hash_table_lookup(rc->outlets, k);
	if (v != NULL)
		return GPOINTER_TO_SIZE(v) - 1;
	g_hash_table_insert(rc->outlets, (gpointer)k,
	    GSIZE_TO_POINTER(b->noutlets + 1));
	return b->noutlets++;
}

static size_t
article_add(struct build *b, struct rowcache *rc, const struct claim_row *r,
    int64_t id)
{
	struct summary *s = b->s;
	struct sum_article *a;

	if (s->narticles == b->acap) {
		b->acap = b->acap ? b->acap * 2 : 256;
		s->articles = xreallocarray(s->articles, b->acap, sizeof(*a));
	}
	a = &s->articles[s->narticles];
	a->id = id;
	a->doc = col_text(b, rc, r->doc, SLOT_DOC);
	if (a->doc == NULL)
		a->doc = "";
	a->outlet = col_text(b, rc, r->outlet, SLOT_OUTLET);
	a->url = col_text(b, rc, r->url, SLOT_URL);
	a->title = col_text(b, rc, r->title, SLOT_TITLE);
	a->published = col_text(b, rc, r->published, SLOT_PUBLISHED);
	a->outlet_no = outlet_number(b, rc, a);
	g_hash_table_insert(rc->articles, GSIZE_TO_POINTER((size_t)id),
	    GSIZE_TO_POINTER(s->narticles + 1));
	return s->narticles++;
}

static size_t
article_of(struct build *b, struct rowcache *rc, const struct claim_row *r)
{
	int64_t id = r->article_id;
	gpointer v;

	if (b->s->narticles > 0 && id == rc->article_id)
		return rc->article;
	rc->article_id = id;
	v = g_hash_table_lookup(rc->articles, GSIZE_TO_POINTER((size_t)id));
	rc->article = v != NULL ? GPOINTER_TO_SIZE(v) - 1 :
	    article_add(b, rc, r, id);
	return rc->article;
}

/* Row labels hash by their interned pointers. */
static guint
rowkey_hash(gconstpointer p)
{
	const struct rowkey *k = p;

	return g_direct_hash(k->quantity) * 31u + g_direct_hash(k->source) *
	    17u + g_direct_hash(k->scope) * 7u + (guint)k->modality;
}

static gboolean
rowkey_equal(gconstpointer pa, gconstpointer pb)
{
	const struct rowkey *a = pa, *b = pb;

	return a->quantity == b->quantity && a->source == b->source &&
	    a->scope == b->scope && a->modality == b->modality;
}

/* Effective date of a claim; DAY_NONE when neither date parses. */
static void
claim_date_set(struct sum_claim *c, const char *claim_date,
    const char *published)
{
	if (date_parse(claim_date, &c->day) == 0)
		c->date_kind = DATE_CLAIMED;
	else if (date_parse(published, &c->day) == 0)
		c->date_kind = DATE_PUBLISHED;
	else {
		c->day = DAY_NONE;
		c->date_kind = DATE_NONE;
	}
}

/* Fill c from row r; -1 (and one message) when it is unusable. */
static int
claim_fill(struct build *b, struct rowcache *rc, const struct claim_row *r,
    struct sum_claim *c)
{
	const char *q = r->qualifier;
	const char *m = r->modality;
	int qual = qualifier_parse(q != NULL ? q : "");
	struct rowkey k;

	memset(&k, 0, sizeof(k));	/* padding too: compared by memcmp */
	c->id = r->id;
	if (qual < 0) {
		warnx("claim %lld: unknown qualifier '%s'; skipped",
		    (long long)c->id, q != NULL ? q : "");
		return -1;
	}
	c->qualifier = (enum qualifier)qual;
	c->article = article_of(b, rc, r);
	k.quantity = col_text(b, rc, r->quantity, SLOT_QUANTITY);
	k.source = col_text(b, rc, r->source, SLOT_SOURCE);
	k.scope = col_text(b, rc, r->place, SLOT_PLACE);
	if (k.quantity == NULL || k.source == NULL) {
		warnx("claim %lld: no quantity or source; skipped",
		    (long long)c->id);
		return -1;
	}
	k.modality = m != NULL && strcmp(m, "projected") == 0 ?
	    MODALITY_PROJECTED : MODALITY_CURRENT;
	c->value = r->value;
	c->low = r->low;
	c->high = r->high;
	if (rc->nrowkeys == 0 || memcmp(&k, &rc->last, sizeof(k)) != 0) {
		rc->last = k;
		rc->lastrow = agg_rowkey(b, rc->rowkeys, &k);
		rc->nrowkeys++;
	}
	c->row = rc->lastrow;
	claim_date_set(c, r->claim_date, b->s->articles[c->article].published);
	return 0;
}

static struct sum_claim *
claim_slot(struct build *b)
{
	struct summary *s = b->s;

	if (s->nclaims == b->ccap) {
		b->ccap = b->ccap ? b->ccap * 2 : 1024;
		s->claims = xreallocarray(s->claims, b->ccap, sizeof(*s->claims));
	}
	return &s->claims[s->nclaims];
}

/* What agg_load() keeps between rows. */
struct load {
	struct build *b;
	struct rowcache rc;
};

/* store_claims_upto() callback: keep the claim unless it is unusable or
 * dated after asof. */
static int
load_row(const struct claim_row *r, void *arg)
{
	struct load *l = arg;
	struct build *b = l->b;
	struct sum_claim *c = claim_slot(b);

	if (claim_fill(b, &l->rc, r, c) == -1)
		return 0;
	if (c->day != DAY_NONE && c->day > b->s->opts.asof)
		return 0;
	b->s->nclaims++;
	return 0;
}

int
agg_load(struct build *b, struct store *st)
{
	struct load l;
	char asof[DATE_LEN];
	int rv;

	memset(&l, 0, sizeof(l));
	l.b = b;
	l.rc.articles = g_hash_table_new(g_direct_hash, g_direct_equal);
	l.rc.outlets = g_hash_table_new(g_direct_hash, g_direct_equal);
	l.rc.rowkeys = g_hash_table_new_full(rowkey_hash, rowkey_equal,
	    g_free, NULL);
	date_format(b->s->opts.asof, asof);
	rv = store_claims_upto(st, asof, load_row, &l);
	g_hash_table_destroy(l.rc.articles);
	g_hash_table_destroy(l.rc.outlets);
	g_hash_table_destroy(l.rc.rowkeys);
	return rv;
}

struct summary *
summary_build(struct store *st, const struct summary_opts *opts)
{
	struct build b;
	struct summary *s = xcalloc(1, sizeof(*s));

	memset(&b, 0, sizeof(b));
	b.s = s;
	s->opts = *opts;
	s->start = period_start(opts->period, opts->asof);
	b.strings = g_string_chunk_new(4096);
	s->strings = b.strings;
	if (agg_load(&b, st) == -1) {
		free(b.keys);
		summary_free(s);
		return NULL;
	}
	b.outlet_stamp = xcalloc(b.noutlets + 1, sizeof(size_t));
	b.article_stamp = xcalloc(s->narticles + 1, sizeof(size_t));
	agg_events(&b);
	agg_measures(&b);
	agg_combined(&b);
	free(b.outlet_stamp);
	free(b.article_stamp);
	free(b.keys);
	return s;
}

void
summary_free(struct summary *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nrows; i++)
		free(s->rows[i].points);
	for (i = 0; i < s->nmeasures; i++) {
		free(s->measures[i].pos);
		free(s->measures[i].matrix);
		free(s->measures[i].pairs);
	}
	free(s->measures);
	free(s->combined);
	free(s->rows);
	free(s->events);
	free(s->claims);
	free(s->articles);
	if (s->strings != NULL)
		g_string_chunk_free(s->strings);
	free(s);
}
