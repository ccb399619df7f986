/*
 * dbstamp.h - remember that a database file was whole when this program
 * last closed it, so that the next run can trust it without reading it.
 *
 * Before writing, a run reads every page of the database (PRAGMA
 * quick_check) so as never to write into a damaged file: half a gigabyte
 * at 100,000 articles, seconds when the file is out of the page cache.
 * When a run closes the file cleanly it writes a stamp beside it,
 * PATH-checked, with the file's size, modification and status-change
 * times and inode. A file whose status still matches its stamp, with no
 * write-ahead log left, has not been written since: the check is
 * skipped. Any write (by this program or another, a copy over it, a
 * crash mid-run) changes the status-change time, which no user can set
 * back, and the check runs again. Damage the disk does without a write
 * (bit rot) is not caught this way; SQLite still reports it when met.
 */
#ifndef DBSTAMP_H
#define DBSTAMP_H

#include <stdbool.h>

/* Whether the file at path is as its stamp says it was left. */
bool	dbstamp_matches(const char *path);

/* Stamp the file at path as whole now; a failure only costs a check. */
void	dbstamp_write(const char *path);

#endif
