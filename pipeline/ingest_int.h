/*
 * ingest_int.h - what ingest.c and ingest_threads.c share; not for
 * other modules.
 */
#ifndef INGEST_INT_H
#define INGEST_INT_H

#include "claimtrack.h"
#include "reader.h"
#include "ingest.h"

/*
 * Store article a and, when it is new or changed, its claims: found
 * (claims a worker extracted) or, when found is NULL and a is not known,
 * those the hook finds now. Counts it and draws the progress line. Returns 0, or -1
 * on a fatal error (reported; ing->fatal set). Only one thread at a
 * time may call it: it is the one using the store.
 */
int	ingest_store(struct ingest *, const struct article *a,
	    const struct claimset *found);

/*
 * Load the known set, the (doc, hash) of every newest stored version, if
 * it is not loaded yet: when the first article of a batch comes, so a
 * run that reads nothing loads nothing. Only while no other thread uses
 * the store.
 */
void	ingest_known_load(struct ingest *);
/*
 * Whether a is stored already as its doc's newest version, by the known
 * set (so that unchanged articles are not extracted again; an empty set
 * only costs time). Any thread may ask once the set is loaded.
 */
int	ingest_known(const struct ingest *, const struct article *a);

/*
 * read_articles() with ing->jobs extraction threads and one writer
 * thread calling ingest_store(), in input order. Returns what
 * read_articles() returns; a fatal error of a worker or the writer
 * stops the batch (-1, ing->fatal set).
 */
int	ingest_threads_read(struct ingest *, char *const paths[],
	    size_t npaths, const struct read_opts *, struct read_stats *);

/*
 * The files table in memory for one ingest (ingest_files.c has the
 * rule). filetab_open() loads the rows unless rescan, and turns the skip
 * off when the manifest (or NULL) is new or changed; the caller frees
 * the table with filetab_close() (NULL is a no-op).
 */
struct filetab;
struct filetab *filetab_open(struct store *, int64_t run_id,
	    const char *manifest, int rescan);
void	filetab_close(struct filetab *);
/*
 * read_skip_fn and read_done_fn for read_opts, with the filetab as arg.
 * filetab_done() writes the file's row at once, so only the thread that
 * stores articles may call it (read_piece_account() does).
 */
int	filetab_skip(const char *path, const struct stat *, void *ft);
void	filetab_done(const char *path, const struct stat *,
	    const struct read_stats *file, void *ft);
/* The store refused an article read from path: do not record the file. */
void	filetab_refuse(struct filetab *, const char *path);
/* Articles of the files skipped so far (they count as unchanged). */
size_t	filetab_unchanged(const struct filetab *);
/*
 * Write the manifest's row and move last_seen of the files skipped,
 * inside the ingest's transaction. Returns 0, or -1 (reported) also when
 * filetab_done() could not write a row.
 */
int	filetab_save(struct filetab *, struct store *, int64_t run_id);

#endif
