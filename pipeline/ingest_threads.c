/*
 * ingest_threads.c - the parallel ingest of ingest_int.h.
 *
 * One ring of slots, numbered by input order (seq), is both the work
 * queue and the reorder buffer:
 *
 *   reader (calling thread)  reads a file, puts each piece of it (a whole
 *                            file, or a JSONL line) in slot head, head++;
 *                            waits while the ring is full
 *   workers (jobs threads)   take slot take, take++, parse the piece
 *                            (normalize, hash) and extract its claims
 *                            unless the article is stored already
 *   writer (one thread)      waits until slot tail is done, stores it
 *                            (the only thread using SQLite), tells the
 *                            files table when a file's last piece is in,
 *                            tail++
 *
 * so at most cap pieces are in memory, whatever the corpus size, the
 * serial reader only reads bytes, and the writer stores in input order.
 * One mutex guards the indices and the slot states; a slot's contents
 * belong to whoever moved it to its current state and are used outside
 * the lock. Messages about a bad line or page come from the worker that
 * parses it, so with several workers they may come out of input order.
 */
#include <err.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "reader.h"
#include "store.h"
#include "progress.h"
#include "ingest.h"
#include "ingest_int.h"

#define RING_PER_JOB 32		/* slots per extraction thread */

enum slot_state {
	SLOT_EMPTY,		/* free for the reader */
	SLOT_READY,		/* read; waits for a worker */
	SLOT_BUSY,		/* a worker parses and extracts it */
	SLOT_DONE		/* waits for the writer */
};

struct slot {
	struct read_piece *piece;	/* owned; its bytes freed once parsed */
	struct article	 a;		/* the piece's article, when parsed */
	int		 parsed;	/* a holds an article */
	struct read_stats got;		/* what parsing counted */
	struct claimset	 cs;		/* its claims, when found */
	int		 found;		/* cs holds the article's claims */
	enum slot_state	 state;		/* see above */
};

struct pool {
	struct ingest	*ing;		/* the engine's state, the writer's */
	const struct read_opts *ro;	/* its done callback, the writer's */
	struct slot	*ring;		/* cap slots; slot of seq: seq % cap */
	size_t		 cap;		/* slots */
	size_t		 head;		/* next seq the reader fills */
	size_t		 take;		/* next seq a worker takes */
	size_t		 tail;		/* next seq the writer stores */
	int		 closed;	/* the reader has finished */
	int		 failed;	/* a fatal error: everyone stops */
	struct read_stats parsed;	/* the pieces' counts, the writer's */
	struct read_stats file;		/* the current file's, the writer's */
	pthread_mutex_t	 mu;		/* guards indices, states, flags */
	pthread_cond_t	 room;		/* the reader waits for a slot */
	pthread_cond_t	 work;		/* workers wait for a ready slot */
	pthread_cond_t	 done;		/* the writer waits for slot tail */
};

/* Free a slot's piece, article and claims (its state is the caller's). */
static void
slot_release(struct slot *s)
{
	read_piece_free(s->piece);
	s->piece = NULL;
	if (s->parsed)
		article_release(&s->a);
	s->parsed = 0;
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

/* The reader's callback (piece_fn): put the piece in the next slot. */
static int
pool_put(struct read_piece *pc, void *arg)
{
	struct pool *p = arg;
	struct slot *s;

	/*
	 * A full ring waits until the writer has emptied half of it, so the
	 * reader wakes once per cap / 2 slots, not once per slot; likewise
	 * a worker wakes the writer only for the slot it waits for.
	 */
	pthread_mutex_lock(&p->mu);
	while (p->head - p->tail == p->cap && !p->failed)
		pthread_cond_wait(&p->room, &p->mu);
	if (p->failed) {
		pthread_mutex_unlock(&p->mu);
		read_piece_free(pc);
		return -1;
	}
	/* the first piece: no slot is ready yet, so no thread uses the db */
	if (p->head == 0)
		ingest_known_load(p->ing);
	s = &p->ring[p->head % p->cap];
	s->piece = pc;
	memset(&s->got, 0, sizeof(s->got));
	claimset_init(&s->cs);
	s->state = SLOT_READY;
	p->head++;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->mu);
	return 0;
}

/*
 * Parse a slot's piece and, when its article is not stored already,
 * extract its claims. Returns 0, or -1 when the extraction failed.
 */
static int
slot_work(struct pool *p, struct slot *s)
{
	int rc = 0;

	s->parsed = read_piece_parse(s->piece, &s->a, &s->got) == 1;
	if (!s->parsed)
		article_release(&s->a);
	else if (p->ing->extract != NULL && !ingest_known(p->ing, &s->a)) {
		rc = p->ing->extract(&s->a, &s->cs, p->ing->extract_arg);
		s->found = rc == 0;
		if (s->found)
			ingest_claims_bound(&s->a, &s->cs);
	}
	return rc;
}

/* A worker: work on ready slots until the reader is done or all fail. */
static void *
pool_worker(void *arg)
{
	struct pool *p = arg;
	struct slot *s;
	size_t seq;
	int rc;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->take == p->head && !p->closed && !p->failed)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->failed || p->take == p->head)
			break;
		seq = p->take++;
		s = &p->ring[seq % p->cap];
		s->state = SLOT_BUSY;
		pthread_mutex_unlock(&p->mu);
		rc = slot_work(p, s);
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_DONE;
		if (rc != 0)
			pool_fail(p);
		if (seq == p->tail)	/* the slot the writer waits for */
			pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Store a done slot: its article, its counts, its file's row. */
static int
slot_store(struct pool *p, struct slot *s)
{
	int rc = 0;

	read_stats_add(&p->parsed, &s->got);
	if (s->parsed)
		rc = ingest_store(p->ing, &s->a, s->found ? &s->cs : NULL);
	if (rc == 0)
		read_piece_account(p->ro, s->piece, &s->got, &p->file);
	return rc;
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
		rc = slot_store(p, s);
		slot_release(s);
		pthread_mutex_lock(&p->mu);
		s->state = SLOT_EMPTY;
		p->tail++;
		if (rc == -1)
			pool_fail(p);
		if (p->head - p->tail == p->cap / 2)	/* see pool_put() */
			pthread_cond_signal(&p->room);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static void
pool_init(struct pool *p, struct ingest *ing, const struct read_opts *ro)
{
	memset(p, 0, sizeof(*p));
	p->ing = ing;
	p->ro = ro;
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

	pool_init(&p, ing, ro);
	json_object_seed(0);	/* jansson seeds its hashes lazily, racing
				   when workers parse their first lines */
	workers = xcalloc((size_t)ing->jobs, sizeof(*workers));
	started = pool_start(&p, &writer, workers, (size_t)ing->jobs);
	if (started > 0) {
		rc = read_pieces(paths, npaths, ro, pool_put, &p, stats);
		pool_close(&p, rc == -1);
		for (i = 0; i < started; i++)
			pthread_join(workers[i], NULL);
		pthread_join(writer, NULL);
		read_stats_add(stats, &p.parsed);
	}
	if (p.failed && rc != READ_BAD_MANIFEST)
		rc = -1;
	pool_release(&p);
	free(workers);
	return rc;
}
