/*
 * cmd_extract.c - claimtrack extract [--tracker FILE] [-j N] [PATH...]:
 * print the claims of the articles as JSON lines, one object per claim;
 * with no PATH, or PATH "-", the articles are JSONL on standard input.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "claimtrack.h"
#include "cli.h"
#include "extract_run.h"
#include "ingest.h"
#include "tracker.h"

#define STDIN_NAME "stdin"	/* standard input in messages and ids */

static void
extract_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack extract [--tracker FILE] [-j N] "
	    "[PATH...]\n\n"
	    "Print one JSON object per claim found in the articles under "
	    "each PATH, one\nper line, in input order, storing nothing. "
	    "With no PATH, or PATH \"-\", read\nJSONL articles (one JSON "
	    "object per line) on standard input: a map step for\n"
	    "Spark's RDD.pipe() or Hadoop Streaming (docs/scale-out.md)."
	    "\n\noptions:\n"
	    "  -t, --tracker FILE  what to track (default: the built-in "
	    "North Korean troops tracker)\n"
	    "  -j, --jobs N        extraction threads (default: online "
	    "cores, here %d); the\n"
	    "                      output is the same at any N\n"
	    "  -h, --help          show this help\n\n"
	    "exit status:\n"
	    "  0  all inputs read\n"
	    "  1  some inputs rejected (reported on stderr), the rest "
	    "printed\n"
	    "  2  usage error or bad tracker (FILE:LINE: message)\n"
	    "  3  fatal: an input could not be read at all, or writing "
	    "failed\n", ingest_jobs_default());
}

/* True when the paths say: standard input ("-" alone, or none). */
static int
paths_stdin(char **paths, int n, int *err)
{
	int i;

	*err = 0;
	if (n == 0)
		return 1;
	for (i = 0; i < n; i++)
		if (strcmp(paths[i], "-") == 0 && n > 1)
			*err = 1;
	return n == 1 && strcmp(paths[0], "-") == 0;
}

int
cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "tracker", required_argument, NULL, 't' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct extract_run run;
	const char *tpath = NULL;
	int c, rc, jobs = 0, in, err;

	while ((c = getopt_long(argc, argv, "t:j:h", opts, NULL)) != -1) {
		switch (c) {
		case 't':
			tpath = optarg;
			break;
		case 'j':
			if (jobs_parse(optarg, &jobs) == -1)
				return EXIT_USAGE;
			break;
		case 'h':
			extract_usage(stdout);
			return EXIT_OK;
		default:
			extract_usage(stderr);
			return EXIT_USAGE;
		}
	}
	in = paths_stdin(argv + optind, argc - optind, &err);
	if (err) {
		warnx("extract: '-' (standard input) must be the only PATH");
		return EXIT_USAGE;
	}
	memset(&run, 0, sizeof(run));
	run.tr = tpath != NULL ? tracker_load(tpath) : tracker_default();
	if (run.tr == NULL)
		return EXIT_USAGE;
	run.jobs = jobs;
	run.out = stdout;
	if (in)
		rc = extract_run_stream(&run, STDIN_FILENO, STDIN_NAME);
	else
		rc = extract_run_paths(&run, argv + optind,
		    (size_t)(argc - optind));
	tracker_free((struct tracker *)run.tr);
	return rc;
}
