/*
 * walk.h - visit the files named by a list of paths, walking directories
 * recursively in a stable order.
 *
 * Directory entries are visited sorted byte-wise (strcmp, not the
 * locale), entries whose name starts with '.' are skipped, symbolic links
 * are followed, and a directory that is its own ancestor (a symlink loop)
 * is reported once and not entered. Paths named by the caller are always
 * visited, hidden or not.
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
 * Visit the npaths paths in the order given. Directories that cannot be
 * opened are passed to fn with st NULL. Returns 0, or -1 when fn stopped.
 */
int	walk_paths(char *const paths[], size_t npaths, walk_fn fn, void *arg);

#endif
