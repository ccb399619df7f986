/*
 * walk.h - visit the files named by a list of paths, walking directories
 * recursively in a stable order.
 *
 * Directory entries are visited sorted byte-wise (strcmp, not the
 * locale), entries whose name starts with '.' are skipped, symbolic links
 * are followed, and a directory that is its own ancestor (a symlink loop)
 * is reported once and not entered. Paths named by the caller are always
 * visited, hidden or not.
 *
 * Each folder's entries are stat-ed before any of them is visited, in
 * the order of their inodes, on several threads in a large folder
 * (walk.c); every file is stat-ed on every walk.
 *
 * Never walked: a folder claimtrack published (it holds PUBLISHED_MARK),
 * found or named, and the files given to walk_skip_add() (the database
 * and its side files), so a run over the folder that holds its own
 * outputs does not read them as articles.
 */
#ifndef WALK_H
#define WALK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#define WALK_MAX_DEPTH 128	/* directories nested deeper are skipped */

struct walk_entry {
	const char	*path;	/* as named, or DIR/NAME for a found entry */
	const struct stat *st;	/* its status (links followed); NULL: error */
	int		 error;	/* errno when st is NULL */
	bool		 named;	/* named by the caller, not found by walking */
};

/*
 * Called for every entry that is not a directory, and for every path that
 * could not be looked at (st NULL). Return 0 to go on, -1 to stop.
 */
typedef int (*walk_fn)(const struct walk_entry *, void *arg);

/*
 * Never visit the file path, whether it exists yet or not: it is matched
 * by the folder that holds it (device and inode, so any spelling of the
 * path matches) and its name. The list is the process's, for every later
 * walk_paths(); the command layer fills it before reading. A path whose
 * folder does not exist is ignored.
 */
void	walk_skip_add(const char *path);

/* Whether the folder path holds the mark of one claimtrack published. */
bool	walk_published(const char *path);

/* Empty that list (tests). */
void	walk_skip_clear(void);

/*
 * Visit the npaths paths in the order given. Directories that cannot be
 * opened are passed to fn with st NULL. Returns 0, or -1 when fn stopped.
 */
int	walk_paths(char *const paths[], size_t npaths, walk_fn fn, void *arg);

#endif
