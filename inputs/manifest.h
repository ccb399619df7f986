/*
 * manifest.h - the optional manifest CSV that adds or overrides the
 * metadata of article files:
 *
 *	file,id,outlet,url,published
 *	s000.txt,s000,GZERO Media,https://...,2024-10-25
 *
 * The first record names the columns, in any order, case ignored; only
 * "file" is required ("title" is taken too, "date" for "published",
 * unknown columns are ignored). Quoting follows RFC 4180 (libcsv, strict).
 * "file" is relative to the manifest's directory, or else to the current
 * directory (the path as given); files are matched by device and inode,
 * so any spelling of the same path matches. An empty cell overrides
 * nothing. A later row for the same file wins.
 */
#ifndef MANIFEST_H
#define MANIFEST_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "claimtrack.h"
#include "reader.h"

struct manifest_entry {
	char	*file;		/* as written in the manifest */
	size_t	 line;		/* manifest line of the row */
	dev_t	 dev;		/* the file it names */
	ino_t	 ino;
	char	*id;		/* NULL: keep the article's */
	char	*title;		/* NULL: keep */
	char	*outlet;	/* NULL: keep */
	char	*url;		/* NULL: keep */
	char	 published[DATE_LEN]; /* "": keep */
};

/* A loaded manifest; owns its entries. */
struct manifest {
	struct manifest_entry *v;	/* rows naming existing files */
	size_t	 n;			/* used */
	size_t	 cap;			/* allocated */
	bool	 self_known;		/* dev/ino below are the manifest's */
	dev_t	 self_dev;
	ino_t	 self_ino;
};

void	manifest_init(struct manifest *);
void	manifest_release(struct manifest *);

/*
 * Parse the len bytes at buf, the manifest name whose files are relative
 * to dir, into m (manifest_init()ed). A row naming no existing file is
 * reported "name:LINE: no such file 'X'" and counted in st->warnings, as
 * is an unparseable date (the cell is then ignored). Returns 0, or -1
 * after reporting a malformed manifest ("name:LINE: no 'file' column",
 * "name:LINE: malformed CSV: <why>").
 */
int	manifest_parse(struct manifest *m, const char *name, const char *dir,
	    const char *buf, size_t len, struct read_stats *st);

/*
 * Read the manifest file path (at most max bytes) into m. Returns 0, or
 * -1 after reporting why it could not be read or parsed.
 */
int	manifest_load(struct manifest *m, const char *path, size_t max,
	    struct read_stats *st);

/* The entry for the file with this device and inode, or NULL. */
const struct manifest_entry *manifest_find(const struct manifest *,
	    dev_t, ino_t);

/* A copy of one row that outlives its manifest; manifest_entry_free(). */
struct manifest_entry *manifest_entry_dup(const struct manifest_entry *);
void	manifest_entry_free(struct manifest_entry *);

/*
 * Override a's metadata with the entry's non-empty cells; the id only
 * when whole_file (a JSONL file holds many articles with their own ids).
 */
void	manifest_apply(const struct manifest_entry *, struct article *a,
	    bool whole_file);

#endif
