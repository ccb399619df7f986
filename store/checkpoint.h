/*
 * checkpoint.h - copy a large ingest's write-ahead log into the database
 * on a thread of its own, while the caller goes on reading.
 *
 * SQLite checkpoints at the commit that leaves the log over 1,000 pages,
 * on the committing thread: after 100,000 articles that is some 500 MB
 * copied while nothing else happens. A nightly run instead turns the
 * automatic checkpoint off for its ingest and, once it is committed,
 * checkpoints on a second connection (PASSIVE: readers and the next
 * writer are never blocked) while it draws the briefing on the first.
 */
#ifndef CHECKPOINT_H
#define CHECKPOINT_H

#include "store.h"

struct checkpoint;

/* Turn the store connection's automatic checkpoint off (0) or on (1). */
void	store_autocheckpoint(struct store *, int on);

/*
 * Start checkpointing st's database on another connection and thread.
 * Returns NULL when that cannot start (not an error: the checkpoint is
 * then left to SQLite, at the next commit or when the store closes).
 */
struct checkpoint *checkpoint_start(const struct store *st);

/* Wait for it to end and free it (NULL: nothing). Never fails: a
 * checkpoint cut short is finished by the next one. */
void	checkpoint_finish(struct checkpoint *);

#endif
