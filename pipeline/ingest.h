/*
 * ingest.h - the ingest engine shared by `ingest` and `run`: read every
 * article of some paths and store it, with its claims, inside one
 * transaction of an open store.
 *
 * With jobs > 1 the articles are extracted by worker threads: the reader
 * runs on the calling thread, copies each article into a bounded ring,
 * jobs workers run the extraction hook, and one writer thread, the only
 * one touching SQLite, stores the results in input order (so article and
 * claim ids are the same as with jobs = 1). Articles whose (doc, hash)
 * is already the newest stored version are not extracted again.
 *
 * A file whose size, times and inode are those recorded by the last
 * ingest that read it is not read at all (its articles count as
 * unchanged); rescan reads every file. The rule is in ingest_files.c.
 */
#ifndef INGEST_H
#define INGEST_H

#include <stddef.h>

#include "claimtrack.h"
#include "reader.h"
#include "store.h"

/*
 * The claim extraction hook: fill cs (claimset_init()ed, owned by the
 * caller) with the claims of a. Return 0, or -1 for a fatal error the
 * hook has reported (the whole ingest is then rolled back).
 */
typedef int (*ingest_extract_fn)(const struct article *a,
	    struct claimset *cs, void *arg);

/*
 * Claims given with the articles (`ingest --claims FILE`): the claim
 * lines `extract` printed, grouped by doc, stored for the articles of
 * those docs instead of extracting them.
 */
struct claimfile;

/*
 * Read the claim lines of path. A bad line is reported ("path:LINE:
 * reason") and counted in *rejected; the others are kept. Returns NULL
 * after reporting when path cannot be opened.
 */
struct claimfile *claimfile_load(const char *path, size_t *rejected);
void	claimfile_free(struct claimfile *);	/* NULL: nothing */
/* The claims of doc (an empty set when none), marked as used. */
const struct claimset *claimfile_take(struct claimfile *, const char *doc);
/*
 * Report each claim whose doc no stored article had ("path:LINE: no
 * article of its doc among the inputs"), in line order; how many.
 */
size_t	claimfile_unused(const struct claimfile *);
/* The good lines read. */
size_t	claimfile_count(const struct claimfile *);

struct ingest {
	struct store	*st;		/* open store, the caller's */
	int64_t	 run_id;	/* this run's row */
	const char	*manifest;	/* manifest CSV, or NULL */
	ingest_extract_fn extract;	/* claims of new/changed articles */
	void		*extract_arg;	/* passed to extract */
	struct claimfile *claims;	/* when not NULL: the claims of every
					   article, taken from it (on the
					   writer's thread), never extracted */
	int		 jobs;		/* extraction threads; 0 = online
					   cores, 1 = no threads at all */
	int		 rescan;	/* read unchanged files too */
	const char	*tracker_text;	/* the tracker extract uses, as read;
					   NULL: the stored one is not
					   compared (tests) */
	const char	*tracker_hash;	/* its SHA-256 hex */
	long long	 reextracted;	/* out: articles extracted again
					   because the tracker changed */
	struct run_counts counts;	/* out: what happened */
	struct read_stats read;		/* out: what the reader did */
	size_t		 seen;		/* private: articles so far */
	struct filetab	*files;		/* private: the skip's state */
	struct _GHashTable *known;	/* private: "doc\thash" of the stored
					   newest versions, read-only while
					   the batch runs */
	int		 fatal;		/* private: a database error */
	struct _GHashTable *ids;	/* private: id -> "HASH16 PATH[:LINE]"
					   of each article of this batch, to
					   name two files with one id */
};

/*
 * Store every article under paths, and the claims extract finds in the
 * new and changed ones, in one transaction. First, when tracker_text is
 * given and differs from the tracker stored with the claims, every
 * current article's claims are extracted again with it (counted in
 * reextracted) and it is stored, in that same transaction: committed whole, or on a
 * database error or a failed hook rolled back whole (counts then
 * zeroed). The hook may be called from several threads at once when
 * jobs != 1 (it must not change shared state). Returns
 * EXIT_OK, EXIT_REJECTED (some inputs rejected, or a folder named held
 * no article file; the rest stored), EXIT_USAGE (a bad manifest, nothing
 * stored) or EXIT_FATAL (reported).
 */
int	ingest_paths(struct ingest *, char *const paths[], size_t npaths);

/* The extraction hook for a struct tracker * passed as arg. */
int	ingest_extract_claims(const struct article *, struct claimset *,
	    void *tracker);

/*
 * Bound the claims of one article before they are stored: identical
 * claims (same value, qualifier, quantity, source and sentence text; a
 * paragraph scraped a thousand times) are one, the first kept; past
 * INGEST_CLAIMS_MAX the rest are dropped with one warning naming the
 * article ("PATH: article 'ID' has N claims; only the first 1000
 * stored"). Order is kept. Returns how many were dropped.
 */
size_t	ingest_claims_bound(const struct article *, struct claimset *);

#define INGEST_CLAIMS_MAX 1000		/* claims stored per article */

#define INGEST_WAIT_DEFAULT 10		/* seconds */
#define INGEST_WAIT_MAX 86400		/* seconds */

#define INGEST_JOBS_MAX 256		/* -j ceiling */

/* The number of online processors, 1 to INGEST_JOBS_MAX. */
int	ingest_jobs_default(void);

#endif
