/*
 * extract_run.c - see extract_run.h.
 *
 * One ring of slots, numbered by input order (seq), as in
 * ingest_threads.c but with the calling thread as the writer:
 *
 *   calling thread   reads pieces (whole files or JSONL lines) into
 *                    slot head until it holds XSLOT_PIECES of them or
 *                    XSLOT_BYTES, then head++; when the ring is full,
 *                    writes slot tail out (waiting for it to be done),
 *                    tail++
 *   workers          take slot take, take++, parse its pieces, extract
 *                    their claims and format them into the slot's lines
 *
 * so at most cap slots of pieces are in memory and the lines go out in
 * input order. A slot holds a batch of pieces, not one, so that the
 * threads meet at the lock and wake each other once a batch: one piece
 * a slot cost two context switches an article, and as much system time
 * as the extraction of a fifth of the text (docs/performance.md). One
 * mutex guards the indices and states; a slot's contents belong to
 * whoever moved it to its current state (the slot being filled, head,
 * to the reader).
 */
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include <jansson.h>

#include "claimtrack.h"
#include "util.h"
#include "extract.h"
#include "reader.h"
#include "claimline.h"
#include "ingest.h"
#include "extract_run.h"

#define RING_PER_JOB 4		/* slots per extraction thread */
#define XSLOT_PIECES 64		/* pieces a slot holds at most */
#define XSLOT_BYTES ((size_t)128 << 10) /* a slot is handed on once its
				   pieces hold this many bytes */

enum xslot_state {
	XSLOT_EMPTY,		/* free for the reader */
	XSLOT_READY,		/* read; waits for a worker */
	XSLOT_BUSY,		/* a worker has it */
	XSLOT_DONE		/* its lines wait to be written */
};

struct xslot {
	struct read_piece *piece[XSLOT_PIECES]; /* owned until parsed */
	size_t		 npieces;	/* in piece */
	struct strbuf	 lines;		/* its claim lines; kept allocated
					   from one use of the slot to the
					   next */
	size_t		 claims;	/* lines in it */
	struct read_stats got;		/* what parsing counted */
	enum xslot_state state;
};

struct xpool {
	struct extract_run *run;
	struct xslot	*ring;		/* cap slots; seq's is seq % cap */
	size_t		 cap;
	size_t		 head;		/* next seq the reader fills */
	size_t		 take;		/* next seq a worker takes */
	size_t		 tail;		/* next seq written out */
	size_t		 fill;		/* pieces in slot head so far (the
					   reader's: a slot is read only
					   once published) */
	size_t		 fill_bytes;	/* their lengths */
	int		 closed;	/* the reader has finished */
	struct claimset	 cs;		/* -j 1's claim set */
	struct strbuf	 out;		/* lines not yet written */
	int		 werr;		/* errno of a failed write, or 0 */
	struct read_stats parsed;	/* the pieces' counts */
	pthread_mutex_t	 mu;
	pthread_cond_t	 work;		/* workers wait for a ready slot */
	pthread_cond_t	 done;		/* the reader waits for slot tail */
};

/* Parse, extract and format piece pc into slot s's lines, with the
 * worker's claim set cs (left empty); frees pc. */
static void
xslot_piece(const struct tracker *tr, struct xslot *s, struct read_piece *pc,
    struct claimset *cs)
{
	struct article a;
	size_t i;

	if (read_piece_parse(pc, &a, &s->got) == 1) {
		cs->n = 0;
		extract_article(tr, &a, cs);
		for (i = 0; i < cs->n; i++) {
			claimline_write(&s->lines, &cs->v[i]);
			claim_release(&cs->v[i]);
		}
		s->claims += cs->n;
		cs->n = 0;
	}
	article_release(&a);
	read_piece_free(pc);
}

/* Every piece of slot s, in order; the slot is empty of pieces after. */
static void
xslot_work(const struct tracker *tr, struct xslot *s, struct claimset *cs)
{
	size_t i;

	memset(&s->got, 0, sizeof(s->got));
	s->claims = 0;
	for (i = 0; i < s->npieces; i++) {
		xslot_piece(tr, s, s->piece[i], cs);
		s->piece[i] = NULL;
	}
	s->npieces = 0;
}

/* Write the buffered lines when there are enough of them, or all when
 * force. Returns 0, or -1 once a write has failed (reported once). */
static int
out_flush(struct xpool *p, int force)
{
	FILE *f = p->run->out;

	if (p->werr != 0)
		return -1;
	if (p->out.len == 0 || (!force && p->out.len < EXTRACT_OUT_BUFFER))
		return 0;
	if (fwrite(p->out.buf, 1, p->out.len, f) != p->out.len ||
	    (force && fflush(f) == EOF)) {
		p->werr = errno != 0 ? errno : EIO;
		warnx("stdout: %s", strerror(p->werr));
		return -1;
	}
	strbuf_reset(&p->out);
	return 0;
}

/* A done slot's lines to the output; the slot is free again. */
static int
xslot_write(struct xpool *p, struct xslot *s)
{
	strbuf_add(&p->out, s->lines.buf != NULL ? s->lines.buf : "",
	    s->lines.len);
	strbuf_reset(&s->lines);
	p->run->claims += s->claims;
	read_stats_add(&p->parsed, &s->got);
	return out_flush(p, 0);
}

/* -j 1: each piece at once, on the calling thread (piece_fn). */
static int
put_now(struct read_piece *pc, void *arg)
{
	struct xpool *p = arg;
	struct xslot *s = &p->ring[0];

	s->piece[0] = pc;
	s->npieces = 1;
	xslot_work(p->run->tr, s, &p->cs);
	return xslot_write(p, s);
}

/* Write slot tail out, waiting until a worker has done it; called with
 * the lock held. Returns 0 or -1 (a write failed). */
static int
write_tail(struct xpool *p)
{
	struct xslot *s = &p->ring[p->tail % p->cap];
	int rc;

	while (s->state != XSLOT_DONE)
		pthread_cond_wait(&p->done, &p->mu);
	pthread_mutex_unlock(&p->mu);
	rc = xslot_write(p, s);
	pthread_mutex_lock(&p->mu);
	s->state = XSLOT_EMPTY;
	p->tail++;
	return rc;
}

/* Hand slot head, with its p->fill pieces, to the workers; called with
 * the lock held. */
static void
head_publish(struct xpool *p)
{
	struct xslot *s = &p->ring[p->head % p->cap];

	s->npieces = p->fill;
	s->state = XSLOT_READY;
	p->fill = 0;
	p->fill_bytes = 0;
	p->head++;
	pthread_cond_signal(&p->work);
}

/* The reader's callback with workers: the piece goes into slot head
 * (once that slot is free), which goes to the workers when full. */
static int
put_slot(struct read_piece *pc, void *arg)
{
	struct xpool *p = arg;
	int rc = 0;

	if (p->fill == 0) {		/* a new batch: wait for its slot */
		pthread_mutex_lock(&p->mu);
		while (rc == 0 && p->head - p->tail == p->cap)
			rc = write_tail(p);
		pthread_mutex_unlock(&p->mu);
		if (rc == -1) {
			read_piece_free(pc);
			return -1;
		}
	}
	p->ring[p->head % p->cap].piece[p->fill++] = pc;
	p->fill_bytes += pc->len;
	if (p->fill == XSLOT_PIECES || p->fill_bytes >= XSLOT_BYTES) {
		pthread_mutex_lock(&p->mu);
		head_publish(p);
		pthread_mutex_unlock(&p->mu);
	}
	return 0;
}

static void *
xpool_worker(void *arg)
{
	struct xpool *p = arg;
	struct claimset cs;
	struct xslot *s;
	size_t seq;

	claimset_init(&cs);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->take == p->head && !p->closed)
			pthread_cond_wait(&p->work, &p->mu);
		if (p->take == p->head)
			break;
		seq = p->take++;
		s = &p->ring[seq % p->cap];
		s->state = XSLOT_BUSY;
		pthread_mutex_unlock(&p->mu);
		xslot_work(p->run->tr, s, &cs);
		pthread_mutex_lock(&p->mu);
		s->state = XSLOT_DONE;
		if (seq == p->tail)	/* the slot the reader waits for */
			pthread_cond_signal(&p->done);
	}
	pthread_mutex_unlock(&p->mu);
	claimset_release(&cs);
	return NULL;
}

/* Where the pieces come from: paths, or a stream. */
struct feed {
	char *const	*paths;
	size_t		 npaths;
	int		 fd;		/* when paths is NULL */
	const char	*name;		/* the stream's */
};

static int
feed_read(const struct feed *fd, piece_fn fn, void *arg,
    struct read_stats *st)
{
	static const struct read_opts ro = { .no_hash = true };

	if (fd->paths != NULL)
		return read_pieces(fd->paths, fd->npaths, &ro, fn, arg, st);
	return read_stream(fd->fd, fd->name, &ro, fn, arg, st);
}

/* -j 1: no threads, one slot. */
static int
run_plain(struct xpool *p, const struct feed *fd)
{
	int rc;

	p->ring = xcalloc(1, sizeof(*p->ring));
	strbuf_init(&p->ring[0].lines, SIZE_MAX);
	claimset_init(&p->cs);
	rc = feed_read(fd, put_now, p, &p->run->read);
	claimset_release(&p->cs);
	strbuf_release(&p->ring[0].lines);
	free(p->ring);
	return rc;
}

/* Start n workers; how many started (0: none, reported). */
static size_t
workers_start(struct xpool *p, pthread_t *w, size_t n)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < n; i++)
		if ((rc = pthread_create(&w[i], NULL, xpool_worker, p)) != 0)
			break;
	if (i == 0)
		warnx("extract: cannot start a thread: %s", strerror(rc));
	return i;
}

/* After the reader: let the workers finish, write every slot left. */
static int
xpool_drain(struct xpool *p, int rc)
{
	pthread_mutex_lock(&p->mu);
	if (p->fill > 0)
		head_publish(p);	/* the last batch, not full */
	p->closed = 1;
	pthread_cond_broadcast(&p->work);
	while (p->tail < p->head)
		if (write_tail(p) == -1)
			rc = -1;
	pthread_mutex_unlock(&p->mu);
	return rc;
}

static int
run_threads(struct xpool *p, const struct feed *fd, size_t jobs)
{
	pthread_t *w = xcalloc(jobs, sizeof(*w));
	size_t i, started;
	int rc = -1;

	p->cap = jobs * RING_PER_JOB;
	p->ring = xcalloc(p->cap, sizeof(*p->ring));
	for (i = 0; i < p->cap; i++)
		strbuf_init(&p->ring[i].lines, SIZE_MAX);
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->done, NULL);
	json_object_seed(0);	/* jansson seeds its hashes lazily, racing
				   when workers parse their first lines */
	/* WordNet while the process has one thread: its library reads
	   with stdio, whose calls take a lock once there are threads
	   (about a fifth more time) */
	tracker_expand(p->run->tr);
	if ((started = workers_start(p, w, jobs)) > 0) {
		rc = feed_read(fd, put_slot, p, &p->run->read);
		rc = xpool_drain(p, rc);
		for (i = 0; i < started; i++)
			pthread_join(w[i], NULL);
	}
	for (i = 0; i < p->cap; i++)
		strbuf_release(&p->ring[i].lines);
	free(p->ring);
	free(w);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->work);
	pthread_cond_destroy(&p->done);
	return rc;
}

static int
run_feed(struct extract_run *run, const struct feed *fd)
{
	struct xpool p;
	int jobs = run->jobs > 0 ? run->jobs : ingest_jobs_default(), rc;

	memset(&p, 0, sizeof(p));
	p.run = run;
	run->claims = 0;
	strbuf_init(&p.out, SIZE_MAX);
	if (jobs == 1)
		rc = run_plain(&p, fd);
	else
		rc = run_threads(&p, fd, (size_t)jobs);
	if (out_flush(&p, 1) == -1)
		rc = -1;
	strbuf_release(&p.out);
	read_stats_add(&run->read, &p.parsed);
	if (rc == -1)
		return EXIT_FATAL;
	return run->read.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}

int
extract_run_paths(struct extract_run *run, char *const paths[],
    size_t npaths)
{
	struct feed fd = { .paths = paths, .npaths = npaths, .fd = -1 };

	return run_feed(run, &fd);
}

int
extract_run_stream(struct extract_run *run, int fd, const char *name)
{
	struct feed f = { .fd = fd, .name = name };

	return run_feed(run, &f);
}
