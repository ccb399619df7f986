/*
 * ingest_threads.c - the parallel ingest of ingest_int.h.
 *
 * One ring of slots, numbered by input order (seq), is both the work
 * queue and the reorder buffer:
 *
 *   reader (calling thread)  fills slot head, head++; waits while the
 *                            ring is full (head - tail == cap)
 *   workers (jobs threads)   take slot take, take++, extract, mark done
 *   writer (one thread)      waits until slot tail is done, stores it
 *                            (the only thread using SQLite), tail++
 *
 * so at most cap articles are in memory, whatever the corpus size, and
 * the writer stores in input order. One mutex guards the indices and
 * the slot states; a slot's article and claims belong to whoever moved
 * it to its current state and are used outside the lock.
 */
#include <err.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "reader.h"
#include "store.h"
#include "cli.h"
#include "ingest.h"
#include "ingest_int.h"

#define RING_PER_JOB 32		/* slots per extraction thread */

enum slot_state {
	SLOT_EMPTY,		/* free for the reader */
	SLOT_READY,		/* read; waits for a worker */
	SLOT_BUSY,		/* a worker extracts it */
	SLOT_DONE		/* waits for the writer */
};

struct slot {
	struct article	 a;		/* copy of the article; owned */
	struct claimset	 cs;		/* its claims, when found */
	int		 found;		/* cs holds the article's claims */
	enum slot_state	 state;		/* see above */
};

struct pool {
	struct ingest	*ing;		/* the engine's state, the writer's */
	struct slot	*ring;		/* cap slots; slot of seq: seq % cap */
	size_t		 cap;		/* slots */
	size_t		 head;		/* next seq the reader fills */
	size_t		 take;		/* next seq a worker looks at */
	size_t		 tail;		/* next seq the writer stores */
	int		 closed;	/* the reader has finished */
	int		 failed;	/* a fatal error: everyone stops */
	GHashTable	*known;		/* "doc\thash" of stored newest
					   versions, built by the reader
					   before its first slot; NULL
					   until then */
	pthread_mutex_t	 mu;		/* guards indices, states, flags */
	pthread_cond_t	 room;		/* the reader waits for a slot */
	pthread_cond_t	 work;		/* workers wait for a ready slot */
	pthread_cond_t	 done;		/* the writer waits for slot tail */
};

/* The key of the known set; caller frees. */
static char *
known_key(const char *doc, const char *hash)
{
	return g_strconcat(doc, "\t", hash, NULL);
}

/*
 * The (doc, hash) of every newest stored version, so that unchanged
 * articles skip the workers. On a database error the set is empty and
 * every article is extracted: slower, not wrong. The query reads only
 * the articles_newest index (doc, version, hash), never an article row
 * with its body; the bare hash column comes from the row holding
 * max(version), as SQLite defines for such a query.
 */
static GHashTable *
known_load(struct store *st)
{
	GHashTable *known;
	sqlite3_stmt *stmt;

	known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	if (sqlite3_prepare_v2(st->db, "SELECT doc, hash, max(version)"
	    " FROM articles GROUP BY doc", -1, &stmt, NULL) != SQLITE_OK)
		return known;
	while (sqlite3_step(stmt) == SQLITE_ROW)
		g_hash_table_add(known, known_key(
		    (const char *)sqlite3_column_text(stmt, 0),
		    (const char *)sqlite3_column_text(stmt, 1)));
	sqlite3_finalize(stmt);
	return known;
}

/* Whether a is stored already as its doc's newest version. */
static int
known_has(GHashTable *known, const struct article *a)
{
	char *key;
	int has;

	if (a->id == NULL || a->hash[0] == '\0')
		return 0;
	key = known_key(a->id, a->hash);
	has = g_hash_table_contains(known, key);
	g_free(key);
	return has;
}

/* Deep copy of the reader's article into dst (released). */
static void
article_copy(struct article *dst, const struct article *src)
{
	article_init(dst);
	dst->id = xstrdup_or_null(src->id);
	dst->title = xstrdup_or_null(src->title);
	dst->outlet = xstrdup_or_null(src->outlet);
	dst->url = xstrdup_or_null(src->url);
	memcpy(dst->published, src->published, sizeof(dst->published));
	if (src->body != NULL) {
		dst->body = xmalloc(src->body_len + 1);
		memcpy(dst->body, src->body, src->body_len + 1);
	}
	dst->body_len = src->body_len;
	dst->path = xstrdup_or_null(src->path);
	dst->line = src->line;
	dst->format = src->format;
	memcpy(dst->hash, src->hash, sizeof(dst->hash));
}

/* Free a slot's article and claims (its state is the caller's). */
static void
slot_release(struct slot *s)
{
	article_release(&s->a);
	claimset_release(&s->cs);
	s->found = 0;
}

/* Stop everyone; called with the lock held. */
static void
pool_fail(struct pool *p)
{
	p->failed = 1;
	pthread_cond_broadcast(&p->room);
	pthread_cond_broadcast(&p->work);
	pthread_cond_broadcast(&p->done);
}

/*
 * The reader's callback (article_fn): copy a into the next slot. An
 * article already stored, or with no hook to run, goes straight to the
 * writer.
 */
static int
pool_put(const struct article *a, void *arg)
{
	struct pool *p = arg;
	struct slot *s;
	int skip, failed;

	pthread_mutex_lock(&p->mu);
	while (p->head - p->tail == p->cap && !p->failed)
		pthread_cond_wait(&p->room, &p->mu);
	failed = p->failed;
	pthread_mutex_unlock(&p->mu);
	if (failed)
		return -1;
	if (p->known == NULL)	/* the writer has nothing yet: db is free */
		p->known = known_load(p->ing->st);
	s = &p->ring[p->head % p->cap];		/* only the reader fills */
	article_copy(&s->a, a);
	claimset_init(&s->cs);
	skip = p->ing->extract == NULL || known_has(p->known, a);
	pthread_mutex_lock(&p->mu);
	s->state = skip ? SLOT_DONE : SLOT_READY;
	p->head++;
	pthread_cond_signal(skip ? &p->done : &p->work);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

/* A worker: extract ready slots until the reader is done or all fail. */
static void *
pool_worker(void *arg)
{
	struct pool *p = arg;
	struct slot *s;
	int rc;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->take >= p->head && !p->closed && !p->failed)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->take < p->tail)		/* stored already */
			p->take = p->tail;
		if (p->failed || p->take == p->head)
			break;
		s = &p->ring[p->take++ % p->cap];
		if (s->state != SLOT_READY)
			continue;
		s->state = SLOT_BUSY;
		pthread_mutex_unlock(&p->mu);
		rc = p->ing->extract(&s->a, &s->cs, p->ing->extract_arg);
		pthread_mutex_lock(&p->mu);
		s->found = rc == 0;
		s->state = SLOT_DONE;
		if (rc != 0)
			pool_fail(p);
		pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* The writer: store done slots in input order, free them for the reader. */
static void *
pool_writer(void *arg)
{
	struct pool *p = arg;
	struct slot *s;
	int rc;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		s = &p->ring[p->tail % p->cap];
		while (!p->failed && !(p->tail < p->head &&
		    s->state == SLOT_DONE) && !(p->closed && p->tail == p->head))
			pthread_cond_wait(&p->done, &p->mu);
		if (p->failed || p->tail == p->head)
			break;
		pthread_mutex_unlock(&p->mu);
		rc = ingest_store(p->ing, &s->a, s->found ? &s->cs : NULL);
		slot_release(s);
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_EMPTY;
		p->tail++;
		if (rc == -1)
			pool_fail(p);
		pthread_cond_signal(&p->room);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static void
pool_init(struct pool *p, struct ingest *ing)
{
	memset(p, 0, sizeof(*p));
	p->ing = ing;
	p->cap = (size_t)ing->jobs * RING_PER_JOB;
	p->ring = xcalloc(p->cap, sizeof(*p->ring));
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->room, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
}

/* Free what a failed batch left in the ring, and the pool. */
static void
pool_release(struct pool *p)
{
	size_t i;

	for (i = 0; i < p->cap; i++)
		slot_release(&p->ring[i]);
	free(p->ring);
	if (p->known != NULL)
		g_hash_table_destroy(p->known);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->room);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
}

/* Tell the threads the reader is done (failed: also stop them). */
static void
pool_close(struct pool *p, int failed)
{
	pthread_mutex_lock(&p->mu);
	p->closed = 1;
	if (failed)
		pool_fail(p);
	pthread_cond_broadcast(&p->work);
	pthread_cond_broadcast(&p->done);
	pthread_mutex_unlock(&p->mu);
}

/*
 * Start the writer and n workers. Returns how many workers started, or
 * -1 when the writer or every worker failed to start (reported; what
 * started has been stopped and joined).
 */
static ssize_t
pool_start(struct pool *p, pthread_t *writer, pthread_t *workers, size_t n)
{
	size_t i;
	int rc;

	if ((rc = pthread_create(writer, NULL, pool_writer, p)) != 0) {
		warnx("ingest: cannot start a thread: %s", strerror(rc));
		return -1;
	}
	for (i = 0; i < n; i++)
		if ((rc = pthread_create(&workers[i], NULL, pool_worker, p)) !=
		    0)
			break;
	if (i > 0)
		return (ssize_t)i;
	warnx("ingest: cannot start a thread: %s", strerror(rc));
	pool_close(p, 1);
	pthread_join(*writer, NULL);
	return -1;
}

int
ingest_threads_read(struct ingest *ing, char *const paths[], size_t npaths,
    const struct read_opts *ro, struct read_stats *stats)
{
	pthread_t writer, *workers;
	struct pool p;
	ssize_t i, started;
	int rc = -1;

	pool_init(&p, ing);
	workers = xcalloc((size_t)ing->jobs, sizeof(*workers));
	started = pool_start(&p, &writer, workers, (size_t)ing->jobs);
	if (started > 0) {
		rc = read_articles(paths, npaths, ro, pool_put, &p, stats);
		pool_close(&p, rc == -1);
		for (i = 0; i < started; i++)
			pthread_join(workers[i], NULL);
		pthread_join(writer, NULL);
	}
	if (p.failed)
		rc = -1;
	pool_release(&p);
	free(workers);
	return rc;
}
