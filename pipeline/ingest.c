/*
 * ingest.c - see ingest.h.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "extract.h"
#include "reader.h"
#include "store.h"
#include "progress.h"
#include "ingest.h"
#include "ingest_int.h"

#define INGEST_PROGRESS_EVERY 100	/* articles per progress line */
#define INGEST_CACHE_KIB 32768		/* SQLite page cache while ingesting */

/* The key of the known set; caller frees. */
static char *
known_key(const char *doc, const char *hash)
{
	return g_strconcat(doc, "\t", hash, NULL);
}

/* store_newest_each() callback: add the version to the known set. */
static int
known_add(const char *doc, const char *hash, void *arg)
{
	g_hash_table_add(arg, known_key(doc, hash));
	return 0;
}

/*
 * The (doc, hash) of every newest stored version. On a database error
 * the set is empty or partial and those articles are extracted: slower,
 * not wrong.
 */
static GHashTable *
known_load(struct store *st)
{
	GHashTable *known;

	known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	store_newest_each(st, known_add, known);
	return known;
}

void
ingest_known_load(struct ingest *ing)
{
	if (ing->known == NULL)
		ing->known = known_load(ing->st);
}

int
ingest_known(const struct ingest *ing, const struct article *a)
{
	char *key;
	int has;

	if (ing->known == NULL || a->id == NULL || a->hash[0] == '\0')
		return 0;
	key = known_key(a->id, a->hash);
	has = g_hash_table_contains(ing->known, key);
	g_free(key);
	return has;
}

/*
 * Store a with the claims found in it: found, else (when it is not
 * stored already) those the hook finds now.
 */
static int
ingest_put(struct ingest *ing, const struct article *a,
    const struct claimset *found, enum article_status *status,
    int64_t *rowid)
{
	struct claimset cs;
	int rc;

	ingest_known_load(ing);
	if (ing->claims != NULL)
		found = claimfile_take(ing->claims, a->id);
	if (found != NULL || ing->extract == NULL || ingest_known(ing, a))
		rc = store_put_extracted(ing->st, ing->run_id, a, found, status,
		    rowid);
	else {
		claimset_init(&cs);
		found = &cs;
		rc = ing->extract(a, &cs, ing->extract_arg);
		if (rc == 0)
			ingest_claims_bound(a, &cs);
		if (rc == 0)
			rc = store_put_extracted(ing->st, ing->run_id, a, &cs,
			    status, rowid);
	}
	if (rc == 0 && found != NULL && *status != ARTICLE_UNCHANGED)
		ing->counts.claims += found->n;
	if (found == &cs)
		claimset_release(&cs);
	return rc;
}

static void
ingest_tally(struct ingest *ing, enum article_status status)
{
	switch (status) {
	case ARTICLE_NEW:
		ing->counts.articles_new++;
		break;
	case ARTICLE_UNCHANGED:
		ing->counts.articles_unchanged++;
		break;
	case ARTICLE_CHANGED:
		ing->counts.articles_changed++;
		break;
	}
}

/* Where a was read from, "PATH" or "PATH:LINE"; caller frees. */
static char *
article_where(const struct article *a)
{
	if (a->line > 0)
		return g_strdup_printf("%s:%zu", a->path ? a->path : "-",
		    a->line);
	return g_strdup(a->path ? a->path : "-");
}

/*
 * Say when two inputs of one batch carry one id with different texts
 * (the store keeps one version per text, but the analyst should know):
 * "PATH2: id 'X' also read from PATH1 with other text". Once per id.
 */
static void
ingest_id_check(struct ingest *ing, const struct article *a)
{
	char *had, *where;

	if (a->id == NULL || a->hash[0] == '\0')
		return;
	if (ing->ids == NULL)
		ing->ids = g_hash_table_new_full(g_str_hash, g_str_equal,
		    g_free, g_free);
	had = g_hash_table_lookup(ing->ids, a->id);
	if (had == NULL) {
		where = article_where(a);
		g_hash_table_insert(ing->ids, g_strdup(a->id),
		    g_strdup_printf("%.16s %s", a->hash, where));
		g_free(where);
		return;
	}
	if (had[0] == '\0' || strncmp(had, a->hash, 16) == 0)
		return;
	where = article_where(a);
	warnx("%s: id '%s' also read from %s with other text; each text is "
	    "kept once, as a version of '%s'", where, a->id, had + 17, a->id);
	g_free(where);
	had[0] = '\0';		/* said once */
}

int
ingest_store(struct ingest *ing, const struct article *a,
    const struct claimset *found)
{
	enum article_status status;
	int64_t rowid;
	int rc;

	ingest_id_check(ing, a);
	rc = ingest_put(ing, a, found, &status, &rowid);
	if (rc == 1) {
		ing->counts.articles_rejected++;
		filetab_refuse(ing->files, a->path);
		rc = 0;
	} else if (rc == 0)
		ingest_tally(ing, status);
	if (rc == -1)
		ing->fatal = 1;
	else if (++ing->seen % INGEST_PROGRESS_EVERY == 0)
		progress("ingest: %zu articles, %zu new", ing->seen,
		    ing->counts.articles_new);
	return rc;
}

/* The reader's callback on the sequential path (article_fn). */
static int
ingest_article(const struct article *a, void *arg)
{
	return ingest_store(arg, a, NULL);
}

/*
 * Read and store every article inside the open transaction, skipping
 * the files unchanged since the last ingest that read them.
 */
static int
ingest_batch(struct ingest *ing, char *const paths[], size_t npaths)
{
	struct read_opts ro = { .manifest = ing->manifest, .skip = filetab_skip,
	    .done = filetab_done };
	struct read_stats *stats = &ing->read;
	int rc;

	memset(stats, 0, sizeof(*stats));
	ing->files = filetab_open(ing->st, ing->run_id, ing->manifest,
	    ing->rescan);
	ro.file_arg = ing->files;
	if (ing->jobs == 0)
		ing->jobs = ingest_jobs_default();
	if (ing->jobs > 1 && store_threadsafe())
		rc = ingest_threads_read(ing, paths, npaths, &ro, stats);
	else
		rc = read_articles(paths, npaths, &ro, ingest_article, ing,
		    stats);
	progress_done();
	ing->counts.articles_rejected += stats->rejected;
	ing->counts.articles_unchanged += filetab_unchanged(ing->files);
	if (rc == 0 && !ing->fatal &&
	    filetab_save(ing->files, ing->st, ing->run_id) == -1)
		ing->fatal = 1;
	filetab_close(ing->files);
	ing->files = NULL;
	if (ing->known != NULL)
		g_hash_table_destroy(ing->known);
	ing->known = NULL;
	if (ing->ids != NULL)
		g_hash_table_destroy(ing->ids);
	ing->ids = NULL;
	if (rc == READ_BAD_MANIFEST)
		return EXIT_USAGE;	/* configuration, said before any file */
	if (rc == -1 || ing->fatal)
		return EXIT_FATAL;
	/* a folder that held nothing is an input that gave nothing */
	return ing->counts.articles_rejected > 0 || stats->empty > 0 ?
	    EXIT_REJECTED : EXIT_OK;
}

/* store_articles_current()'s consumer: extract a's claims again. */
static int
reextract_one(const struct article *a, int64_t rowid, void *arg)
{
	struct ingest *ing = arg;
	struct claimset cs;
	int rc;

	claimset_init(&cs);
	rc = ing->extract(a, &cs, ing->extract_arg);
	if (rc == 0) {
		ingest_claims_bound(a, &cs);
		rc = store_put_claims(ing->st, rowid, ing->run_id, &cs);
	}
	if (rc == 0)
		ing->counts.claims += cs.n;
	claimset_release(&cs);
	return rc;
}

/*
 * Make the stored claims the tracker's: when the tracker differs from
 * the one stored with them, extract every current article again. A
 * database without a stored tracker (new, or from before schema 4)
 * takes this one as it is. Returns 0 or -1 (reported).
 */
static int
ingest_tracker_sync(struct ingest *ing)
{
	char *text, hash[65];
	long long n;
	int had;

	if (ing->tracker_text == NULL || ing->extract == NULL)
		return 0;
	if ((had = store_tracker_get(ing->st, &text, hash)) == -1)
		return -1;
	free(text);
	if (had && strcmp(hash, ing->tracker_hash) == 0)
		return 0;
	if (had) {
		n = store_articles_current(ing->st, reextract_one, ing);
		if (n == -1)
			return -1;
		ing->reextracted = n;
		warnx("tracker changed since the claims were stored: "
		    "extracted %lld article%s again, %zu claims", n,
		    n == 1 ? "" : "s", ing->counts.claims);
	}
	return store_tracker_put(ing->st, ing->run_id, ing->tracker_text,
	    ing->tracker_hash);
}

int
ingest_paths(struct ingest *ing, char *const paths[], size_t npaths)
{
	int status;

	store_bulk_begin(ing->st, INGEST_CACHE_KIB);
	if (store_begin(ing->st) == -1) {
		store_bulk_end(ing->st);
		return EXIT_FATAL;
	}
	if (ingest_tracker_sync(ing) == -1)
		status = EXIT_FATAL;
	else
		status = ingest_batch(ing, paths, npaths);
	if (status != EXIT_FATAL && status != EXIT_USAGE &&
	    store_commit(ing->st) == -1)
		status = EXIT_FATAL;
	if (status == EXIT_FATAL || status == EXIT_USAGE) {
		store_rollback(ing->st);
		memset(&ing->counts, 0, sizeof(ing->counts));
	}
	store_bulk_end(ing->st);
	return status;
}


int
ingest_jobs_default(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		return 1;
	return n > INGEST_JOBS_MAX ? INGEST_JOBS_MAX : (int)n;
}

/* The identity of a claim for ingest_claims_bound(); caller frees. */
static char *
claim_key(const struct claim *c)
{
	return g_strdup_printf("%.17g\t%d\t%s\t%s\t%s", c->value,
	    (int)c->qualifier, c->quantity ? c->quantity : "",
	    c->source ? c->source : "", c->sentence ? c->sentence : "");
}

size_t
ingest_claims_bound(const struct article *a, struct claimset *cs)
{
	GHashTable *seen;
	size_t i, kept = 0, unique = 0, n = cs->n;
	char *key;

	if (n == 0)
		return 0;
	seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (i = 0; i < n; i++) {
		key = claim_key(&cs->v[i]);
		if (g_hash_table_contains(seen, key)) {
			g_free(key);
			claim_release(&cs->v[i]);
			continue;
		}
		g_hash_table_add(seen, key);
		if (unique++ >= INGEST_CLAIMS_MAX) {
			claim_release(&cs->v[i]);
			continue;
		}
		cs->v[kept++] = cs->v[i];
	}
	g_hash_table_destroy(seen);
	cs->n = kept;
	if (unique > INGEST_CLAIMS_MAX)
		warnx("%s: article '%s' has %zu claims; only the first %d "
		    "stored", a->path ? a->path : "-", a->id ? a->id : "",
		    unique, INGEST_CLAIMS_MAX);
	return n - kept;
}

int
ingest_extract_claims(const struct article *a, struct claimset *cs,
    void *tracker)
{
	extract_article(tracker, a, cs);
	return 0;
}
