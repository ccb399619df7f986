/*
 * publish.h - atomic publication of a report folder.
 *
 * Everything is written into a temporary folder beside the published one
 * (".NAME.tmp.PID" in the same parent, so the same file system), then
 * swapped into place with one rename. A failed or killed run leaves the
 * previous folder whole; the next run removes the stale temporary folders
 * of processes that no longer exist.
 */
#ifndef PUBLISH_H
#define PUBLISH_H

struct publication {
	char	*final;		/* the published folder, e.g. outputs/briefing */
	char	*tmp;		/* its temporary sibling being filled */
};

/*
 * May dir be replaced by a publication? Yes (0) when it is missing, an
 * empty folder, or a folder claimtrack published (it holds
 * PUBLISHED_MARK). Anything else, a folder of other files or a file,
 * is refused: -1 after reporting "DIR: ..." on stderr. The command
 * layer calls it on --out before any work, so a mistaken --out (the
 * folder of the articles, of the database, $HOME) is never deleted.
 */
int	publication_check(const char *dir);

/* Does dir hold the mark of a folder claimtrack published? */
int	publication_made(const char *dir);

/*
 * Create the temporary folder (and the parent of dir if missing), after
 * removing stale ones, with PUBLISHED_MARK in it. Refuses a dir that
 * publication_check() refuses. Returns 0, or -1 after reporting.
 */
int	publication_begin(struct publication *, const char *dir);

/* Path of name inside the temporary folder; the caller frees it. */
char	*publication_path(const struct publication *, const char *name);

/* Create a subfolder of the temporary folder; 0 or -1 after reporting. */
int	publication_mkdir(const struct publication *, const char *sub);

/*
 * Flush the temporary folder to disk and put it in place of the published
 * folder in one step; the previous contents are removed afterwards.
 * Returns 0, or -1 after reporting (the previous folder is then intact).
 */
int	publication_commit(struct publication *);

/* Remove the temporary folder (on failure); safe after commit too. */
void	publication_abort(struct publication *);

/*
 * Keep a copy of the temporary folder (hard links, so no extra space) as
 * history_dir/NAME, published atomically the same way. Call before commit.
 */
int	publication_keep(const struct publication *, const char *history_dir,
	    const char *name);

/* Remove a folder tree; 0 or -1 (errno set). */
int	remove_tree(const char *path);

#endif
