/*
 * ingest_files.c - the skip of unchanged files (ingest_int.h).
 *
 * The rule: a file is skipped, unopened, when the files table holds a
 * row for its absolute path with the same size, modification time and
 * status-change time (both in nanoseconds) and the same inode. Any
 * write changes the status-change time, even one that puts the
 * modification time back (touch -d, cp -p, rsync -t), and the user
 * cannot set it; a file replaced by rename has another inode. A row is
 * written only for a file read whole with nothing rejected or repaired,
 * every article of it stored; a file whose times are within
 * FILES_RACY_NS of the start of the ingest is stored with times that
 * match nothing, so a write in the same clock tick as the read cannot
 * hide (the next ingest reads it once more). A manifest that is new or
 * changed turns the skip off for the whole ingest, since it may change
 * the metadata of any file.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "reader.h"
#include "store.h"
#include "ingest.h"
#include "ingest_int.h"

#define FILES_RACY_NS (2LL * 1000000000)	/* FAT's 2 s clock */

/* A file read whole, to record once the ingest is stored. */
struct file_rec {
	char		*path;		/* absolute; owned */
	struct file_stamp stamp;	/* as read */
};

struct filetab {
	struct store	*st;		/* where rows go; the caller's */
	int64_t	 run_id;	/* the ingest's run */
	int		 failed;	/* a row could not be written */
	GHashTable	*known;		/* path -> struct file_stamp, rows of
					   the files table; owned */
	GPtrArray	*read;		/* struct file_rec * to record at the
					   end: the manifest's */
	GPtrArray	*skipped;	/* char * absolute paths skipped */
	GHashTable	*skipset;	/* the same paths, as a set */
	GHashTable	*refused;	/* absolute paths of files an article
					   of which the store refused */
	char		*cwd;		/* to make paths absolute */
	long long	 start_ns;	/* when the ingest started */
	int		 enabled;	/* skipping allowed */
	size_t		 unchanged;	/* articles of skipped files */
};

static long long
ts_ns(const struct timespec *ts)
{
	return (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

static void
stamp_of(struct file_stamp *fs, const struct stat *sb, long long articles)
{
	fs->size = (long long)sb->st_size;
	fs->mtime_ns = ts_ns(&sb->st_mtim);
	fs->ctime_ns = ts_ns(&sb->st_ctim);
	fs->inode = (long long)sb->st_ino;
	fs->articles = articles;
}

static int
stamp_same(const struct file_stamp *a, const struct file_stamp *b)
{
	return a->size == b->size && a->mtime_ns == b->mtime_ns &&
	    a->ctime_ns == b->ctime_ns && a->inode == b->inode;
}

/* The absolute form of path (not resolving links); caller frees. */
static char *
files_abs(const struct filetab *ft, const char *path)
{
	if (path[0] == '/' || ft->cwd == NULL)
		return g_strdup(path);
	return g_build_filename(ft->cwd, path, NULL);
}

static void
rec_free(void *p)
{
	struct file_rec *r = p;

	g_free(r->path);
	g_free(r);
}

/* store_files_each()'s consumer: remember one row. */
static int
files_row(const char *path, const struct file_stamp *fs, void *arg)
{
	struct filetab *ft = arg;

	g_hash_table_replace(ft->known, g_strdup(path),
	    g_memdup2(fs, sizeof(*fs)));
	return 0;
}

/*
 * Record the manifest's stamp like a file's; skipping stays allowed only
 * when the files table holds the same stamp for it.
 */
static void
files_manifest(struct filetab *ft, const char *manifest)
{
	struct file_rec *r;
	struct file_stamp *old;
	struct stat sb;

	if (stat(manifest, &sb) == -1) {
		ft->enabled = 0;	/* read_articles() reports it */
		return;
	}
	r = g_new0(struct file_rec, 1);
	r->path = files_abs(ft, manifest);
	stamp_of(&r->stamp, &sb, 0);
	old = g_hash_table_lookup(ft->known, r->path);
	if (old == NULL || !stamp_same(old, &r->stamp))
		ft->enabled = 0;
	g_ptr_array_add(ft->read, r);
}

struct filetab *
filetab_open(struct store *st, int64_t run_id, const char *manifest,
    int rescan)
{
	struct filetab *ft = g_new0(struct filetab, 1);
	struct timespec now;

	ft->st = st;
	ft->run_id = run_id;

	ft->known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    g_free);
	ft->read = g_ptr_array_new_with_free_func(rec_free);
	ft->skipped = g_ptr_array_new_with_free_func(g_free);
	ft->skipset = g_hash_table_new(g_str_hash, g_str_equal);
	ft->refused = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	    NULL);
	ft->cwd = g_get_current_dir();
	clock_gettime(CLOCK_REALTIME, &now);
	ft->start_ns = ts_ns(&now);
	/* a database error here only costs the skip: reading is correct */
	ft->enabled = !rescan && store_files_each(st, files_row, ft) == 0;
	if (manifest != NULL)
		files_manifest(ft, manifest);
	return ft;
}

void
filetab_close(struct filetab *ft)
{
	if (ft == NULL)
		return;
	g_hash_table_destroy(ft->known);
	g_ptr_array_free(ft->read, TRUE);
	g_hash_table_destroy(ft->skipset);
	g_ptr_array_free(ft->skipped, TRUE);
	g_hash_table_destroy(ft->refused);
	g_free(ft->cwd);
	g_free(ft);
}

int
filetab_skip(const char *path, const struct stat *sb, void *arg)
{
	struct filetab *ft = arg;
	struct file_stamp now, *old;
	char *abs;

	if (!ft->enabled)
		return 0;
	abs = files_abs(ft, path);
	old = g_hash_table_lookup(ft->known, abs);
	stamp_of(&now, sb, 0);
	if (old == NULL || !stamp_same(old, &now)) {
		g_free(abs);
		return 0;
	}
	ft->unchanged += (size_t)old->articles;
	g_ptr_array_add(ft->skipped, abs);
	g_hash_table_add(ft->skipset, abs);
	return 1;
}

/* A stamp that matches no file, for a file changed too recently. */
static void
stamp_racy(struct filetab *ft, struct file_stamp *fs)
{
	if (fs->mtime_ns > ft->start_ns - FILES_RACY_NS ||
	    fs->ctime_ns > ft->start_ns - FILES_RACY_NS)
		fs->mtime_ns = fs->ctime_ns = -1;
}

/*
 * Called by whichever thread stores the articles, once the file's last
 * one is stored: its row is written at once, inside the ingest's
 * transaction, so the end of the ingest has no backlog of rows to write.
 */
void
filetab_done(const char *path, const struct stat *sb,
    const struct read_stats *file, void *arg)
{
	struct filetab *ft = arg;
	struct file_stamp stamp;
	char *abs;

	if (file->rejected > 0 || file->warnings > 0 || ft->failed)
		return;		/* read again, to report it again */
	abs = files_abs(ft, path);
	if (!g_hash_table_contains(ft->refused, abs)) {
		stamp_of(&stamp, sb, (long long)file->articles);
		stamp_racy(ft, &stamp);
		if (store_file_put(ft->st, ft->run_id, abs, &stamp) == -1)
			ft->failed = 1;
	}
	g_free(abs);
}

void
filetab_refuse(struct filetab *ft, const char *path)
{
	if (ft != NULL && path != NULL)
		g_hash_table_add(ft->refused, files_abs(ft, path));
}

size_t
filetab_unchanged(const struct filetab *ft)
{
	return ft->unchanged;
}

/*
 * Move last_seen of the files skipped. The rows the run did not skip
 * (read again, or not found) are handed over too: on a re-run that
 * skips nearly everything they are the short list.
 */
static int
files_seen(struct filetab *ft, struct store *st, int64_t run_id)
{
	GHashTableIter it;
	GPtrArray *unseen = g_ptr_array_new();
	gpointer path;
	int rc;

	g_hash_table_iter_init(&it, ft->known);
	while (g_hash_table_iter_next(&it, &path, NULL))
		if (!g_hash_table_contains(ft->skipset, path))
			g_ptr_array_add(unseen, path);
	rc = store_files_seen(st, run_id, (char **)ft->skipped->pdata,
	    ft->skipped->len, (char **)unseen->pdata, unseen->len);
	g_ptr_array_free(unseen, TRUE);
	return rc;
}

int
filetab_save(struct filetab *ft, struct store *st, int64_t run_id)
{
	struct file_rec *r;
	guint i;

	if (ft->failed)
		return -1;
	for (i = 0; i < ft->read->len; i++) {
		r = g_ptr_array_index(ft->read, i);
		if (g_hash_table_contains(ft->refused, r->path))
			continue;
		stamp_racy(ft, &r->stamp);
		if (store_file_put(st, run_id, r->path, &r->stamp) == -1)
			return -1;
	}
	return files_seen(ft, st, run_id);
}
