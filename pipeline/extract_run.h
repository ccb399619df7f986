/*
 * extract_run.h - the engine of `claimtrack extract`: read articles,
 * extract their claims and write them as claim lines (claimline.h), in
 * input order, storing nothing.
 *
 * Only extraction: the reader skips the content hash (read_opts.no_hash),
 * each thread reuses its claim set and line buffer, and the lines go out
 * through one buffer of EXTRACT_OUT_BUFFER bytes, one fwrite() a batch.
 * With jobs > 1, jobs worker threads parse, extract and format the
 * pieces the calling thread reads, into a ring of slots that the calling
 * thread writes out strictly in input order: the output is the same,
 * byte for byte, at any jobs. Messages about a bad line or page come from
 * the worker that parses it, so they may come out of input order.
 */
#ifndef EXTRACT_RUN_H
#define EXTRACT_RUN_H

#include <stdio.h>

#include "reader.h"
#include "tracker.h"

#define EXTRACT_OUT_BUFFER ((size_t)1 << 20)

struct extract_run {
	const struct tracker *tr;	/* what is tracked, the caller's */
	int		 jobs;		/* threads: 0 = online cores, 1 = none */
	FILE		*out;		/* where the lines go */
	size_t		 claims;	/* out: lines written */
	struct read_stats read;		/* out: what the reader did */
};

/*
 * Print the claims of every article under paths (files and folders, as
 * read_articles() reads them). Returns EXIT_OK, EXIT_REJECTED (some
 * inputs rejected, reported) or EXIT_FATAL (a write failed, reported as
 * "stdout: <error>", or the input could not be read).
 */
int	extract_run_paths(struct extract_run *, char *const paths[],
	    size_t npaths);

/*
 * The same for a stream of JSONL articles on fd (read_stream()), name
 * standing for it in messages: standard input for a map step.
 */
int	extract_run_stream(struct extract_run *, int fd, const char *name);

#endif
