/*
 * aggregate.c - see aggregate.h: options, names, summary_build() and the
 * reading of current_claims.
 *
 * Reading relies on one query over the view current_claims, with only
 * the columns needed. Its plan (EXPLAIN QUERY PLAN, schema version 1):
 *   SCAN c                                   (claims, in rowid order)
 *   SEARCH a USING INTEGER PRIMARY KEY (rowid=?)
 *   CORRELATED SCALAR SUBQUERY
 *     SEARCH b USING COVERING INDEX sqlite_autoindex_articles_1 (doc=?)
 * so each claim costs one primary-key lookup and one index probe, and
 * the whole read is one pass; grouping and sorting happen in memory.
 * Every claim is needed (ranges span all history up to asof), so no
 * index can narrow the scan and none is added. On 1M claims the read is
 * about 0.7 s of the 1.9 s; the correlated max(version) probe is most of
 * it. current_articles written as a join with
 *   (SELECT doc, max(version) AS version FROM articles GROUP BY doc)
 * plans as MATERIALIZE m / SCAN m / SEARCH a USING INDEX
 * sqlite_autoindex_articles_1 (doc=? AND version=?) / SEARCH c USING
 * INDEX claims_by_article (article_id=?) and brings the summary to 1.5 s.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "date.h"
#include "util.h"
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

/* Column numbers of the query below. */
enum col {
	COL_ID, COL_ARTICLE, COL_DOC, COL_OUTLET, COL_URL, COL_TITLE,
	COL_PUBLISHED, COL_VALUE, COL_LOW, COL_HIGH, COL_QUALIFIER,
	COL_QUANTITY, COL_SOURCE, COL_SCOPE, COL_MODALITY, COL_CLAIM_DATE
};

static const char load_sql[] =
    "SELECT id, article_id, doc, outlet, url, title, published,"
    " value, low, high, qualifier, quantity, source, place, modality,"
    " claim_date FROM current_claims"
    " WHERE published IS NULL OR substr(published, 1, 10) <= ?1";

#define MRU 8	/* recent strings remembered per column */

/* Per-column memory of recent rows, so repeats skip the hash. */
struct rowcache {
	const char *interned[COL_CLAIM_DATE + 1][MRU]; /* recent, newest first */
	int64_t	 article_id;		/* last article seen */
	size_t	 article;		/* its index */
	GHashTable *articles;		/* article id -> index + 1 */
	GHashTable *outlets;		/* interned outlet key -> number + 1 */
	GHashTable *rowkeys;		/* own struct rowkey -> number + 1 */
	struct rowkey last;		/* labels of the previous claim */
	size_t	 lastrow;		/* and their number */
	size_t	 nrowkeys;		/* lookups so far */
};

/* Interned text of column col, NULL for NULL or "". */
static const char *
col_text(struct build *b, struct rowcache *rc, sqlite3_stmt *st, int col)
{
	const char *t = (const char *)sqlite3_column_text(st, col);
	const char **mru = rc->interned[col], *hit;
	size_t i;

	if (t == NULL || *t == '\0')
		return NULL;
	for (i = 0; i < MRU && mru[i] != NULL; i++)
		if (strcmp(mru[i], t) == 0)
			break;
	if (i < MRU && mru[i] != NULL)
		hit = mru[i];
	else {
		hit = g_string_chunk_insert_const(b->strings, t);
		i = MRU - 1;
	}
	memmove(&mru[1], &mru[0], i * sizeof(*mru));
	mru[0] = hit;
	return hit;
}

static double
col_double(sqlite3_stmt *st, int col)
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return NAN;
	return sqlite3_column_double(st, col);
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
article_add(struct build *b, struct rowcache *rc, sqlite3_stmt *st,
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
	a->doc = col_text(b, rc, st, COL_DOC);
	if (a->doc == NULL)
		a->doc = "";
	a->outlet = col_text(b, rc, st, COL_OUTLET);
	a->url = col_text(b, rc, st, COL_URL);
	a->title = col_text(b, rc, st, COL_TITLE);
	a->published = col_text(b, rc, st, COL_PUBLISHED);
	a->outlet_no = outlet_number(b, rc, a);
	g_hash_table_insert(rc->articles, GSIZE_TO_POINTER((size_t)id),
	    GSIZE_TO_POINTER(s->narticles + 1));
	return s->narticles++;
}

static size_t
article_of(struct build *b, struct rowcache *rc, sqlite3_stmt *st)
{
	int64_t id = sqlite3_column_int64(st, COL_ARTICLE);
	gpointer v;

	if (b->s->narticles > 0 && id == rc->article_id)
		return rc->article;
	rc->article_id = id;
	v = g_hash_table_lookup(rc->articles, GSIZE_TO_POINTER((size_t)id));
	rc->article = v != NULL ? GPOINTER_TO_SIZE(v) - 1 :
	    article_add(b, rc, st, id);
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

/* Fill c from the current row; -1 (and one message) when it is unusable. */
static int
claim_fill(struct build *b, struct rowcache *rc, sqlite3_stmt *st,
    struct sum_claim *c)
{
	const char *q = (const char *)sqlite3_column_text(st, COL_QUALIFIER);
	const char *m = (const char *)sqlite3_column_text(st, COL_MODALITY);
	int qual = qualifier_parse(q != NULL ? q : "");
	struct rowkey k;

	memset(&k, 0, sizeof(k));	/* padding too: compared by memcmp */
	c->id = sqlite3_column_int64(st, COL_ID);
	if (qual < 0) {
		warnx("claim %lld: unknown qualifier '%s'; skipped",
		    (long long)c->id, q != NULL ? q : "");
		return -1;
	}
	c->qualifier = (enum qualifier)qual;
	c->article = article_of(b, rc, st);
	k.quantity = col_text(b, rc, st, COL_QUANTITY);
	k.source = col_text(b, rc, st, COL_SOURCE);
	k.scope = col_text(b, rc, st, COL_SCOPE);
	if (k.quantity == NULL || k.source == NULL) {
		warnx("claim %lld: no quantity or source; skipped",
		    (long long)c->id);
		return -1;
	}
	k.modality = m != NULL && strcmp(m, "projected") == 0 ?
	    MODALITY_PROJECTED : MODALITY_CURRENT;
	c->value = col_double(st, COL_VALUE);
	c->low = col_double(st, COL_LOW);
	c->high = col_double(st, COL_HIGH);
	if (rc->nrowkeys == 0 || memcmp(&k, &rc->last, sizeof(k)) != 0) {
		rc->last = k;
		rc->lastrow = agg_rowkey(b, rc->rowkeys, &k);
		rc->nrowkeys++;
	}
	c->row = rc->lastrow;
	claim_date_set(c, (const char *)sqlite3_column_text(st,
	    COL_CLAIM_DATE), b->s->articles[c->article].published);
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

static int
load_rows(struct build *b, sqlite3_stmt *st)
{
	struct rowcache rc;
	struct sum_claim *c;
	int rv;

	memset(&rc, 0, sizeof(rc));
	rc.articles = g_hash_table_new(g_direct_hash, g_direct_equal);
	rc.outlets = g_hash_table_new(g_direct_hash, g_direct_equal);
	rc.rowkeys = g_hash_table_new_full(rowkey_hash, rowkey_equal, g_free,
	    NULL);
	while ((rv = sqlite3_step(st)) == SQLITE_ROW) {
		c = claim_slot(b);
		if (claim_fill(b, &rc, st, c) == -1)
			continue;
		if (c->day != DAY_NONE && c->day > b->s->opts.asof)
			continue;
		b->s->nclaims++;
	}
	g_hash_table_destroy(rc.articles);
	g_hash_table_destroy(rc.outlets);
	g_hash_table_destroy(rc.rowkeys);
	return rv == SQLITE_DONE ? 0 : -1;
}

int
agg_load(struct build *b, sqlite3 *db)
{
	sqlite3_stmt *st = NULL;
	char asof[DATE_LEN];
	int rv = -1;

	date_format(b->s->opts.asof, asof);
	if (sqlite3_prepare_v2(db, load_sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_bind_text(st, 1, asof, -1, SQLITE_TRANSIENT) == SQLITE_OK)
		rv = load_rows(b, st);
	if (rv == -1)
		warnx("%s: cannot read claims: %s",
		    sqlite3_db_filename(db, "main") ?
		    sqlite3_db_filename(db, "main") : "database",
		    sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return rv;
}

struct summary *
summary_build(sqlite3 *db, const struct summary_opts *opts)
{
	struct build b;
	struct summary *s = xcalloc(1, sizeof(*s));

	memset(&b, 0, sizeof(b));
	b.s = s;
	s->opts = *opts;
	s->start = period_start(opts->period, opts->asof);
	b.strings = g_string_chunk_new(4096);
	s->strings = b.strings;
	if (agg_load(&b, db) == -1) {
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
