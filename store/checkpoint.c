/*
 * checkpoint.c - see checkpoint.h.
 */
#include <pthread.h>
#include <stdlib.h>

#include "util.h"
#include "store_int.h"
#include "checkpoint.h"
#include "store_pg.h"

#define AUTOCHECKPOINT_PAGES 1000	/* SQLite's default */

struct checkpoint {
	sqlite3		*db;		/* the checkpoint's own connection */
	pthread_t	 thread;
};

void
store_autocheckpoint(struct store *st, int on)
{
	if (st->pg != NULL)
		return;		/* no write-ahead log of ours */
	sqlite3_wal_autocheckpoint(st->db, on ? AUTOCHECKPOINT_PAGES : 0);
}

static void *
checkpoint_run(void *arg)
{
	struct checkpoint *ck = arg;

	sqlite3_wal_checkpoint_v2(ck->db, NULL, SQLITE_CHECKPOINT_PASSIVE,
	    NULL, NULL);
	return NULL;
}

struct checkpoint *
checkpoint_start(const struct store *st)
{
	struct checkpoint *ck;

	if (st->pg != NULL)
		return NULL;	/* PostgreSQL checkpoints by itself */
	ck = xcalloc(1, sizeof(*ck));
	if (sqlite3_open_v2(st->path, &ck->db, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK)
		goto fail;
	sqlite3_busy_timeout(ck->db, st->wait_ms);
	if (pthread_create(&ck->thread, NULL, checkpoint_run, ck) != 0)
		goto fail;
	return ck;
fail:
	sqlite3_close(ck->db);
	free(ck);
	return NULL;
}

void
checkpoint_finish(struct checkpoint *ck)
{
	if (ck == NULL)
		return;
	pthread_join(ck->thread, NULL);
	sqlite3_close(ck->db);
	free(ck);
}
