/*
 * cmd_run.c - claimtrack run: the nightly job. Ingest the new articles,
 * extract and store their claims, aggregate, render and publish the
 * briefing, all under the database's run lock.
 */
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "store.h"
#include "checkpoint.h"
#include "tracker.h"
#include "cli.h"
#include "progress.h"
#include "ingest.h"
#include "job.h"
#include "publish.h"

struct run_opts {
	const char *db;		/* --db FILE */
	const char *tracker;	/* --tracker FILE, NULL = built-in */
	const char *manifest;	/* --manifest CSV */
	int	 wait_s;	/* --wait SECONDS */
	int	 jobs;		/* -j N; 0 = online cores */
	int	 rescan;	/* --rescan: read unchanged files too */
	char	**paths;	/* PATH... (may be none) */
	size_t	 npaths;
	struct job_opts job;	/* what to publish, and where */
};

static void
run_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack run --db FILE --out DIR [--asof DATE] "
	    "[--period day|week|month|all]\n"
	    "       [--tracker FILE] [--renderer cairo|gnuplot] [options] "
	    "[PATH...]\n");
}

static void
run_help(void)
{
	run_usage(stdout);
	printf("\nThe nightly job: store the new articles under each PATH and "
	    "the claims found\nin them, then publish the briefing of the "
	    "period ending at --asof in DIR\n(report.pdf, summary.md, "
	    "summary.html, summary.json, claims.csv,\nclaims.jsonl, charts/). "
	    "Articles already stored are not extracted again; with\nnothing "
	    "new the briefing is still published. Publication is atomic: a "
	    "failed\nor killed run leaves the previous folder whole.\n\n"
	    "options:\n"
	    "  -d, --db FILE         database (created if missing)\n"
	    "  -t, --tracker FILE    what to track (default: built-in)\n"
	    "  -m, --manifest CSV    metadata for the files it names\n"
	    "  -w, --wait SECONDS    wait for another run's lock "
	    "(default %d)\n"
	    "  -j, --jobs N          extraction threads (default: online "
	    "cores, here %d)\n"
	    "  -r, --rescan          read every file, even those unchanged "
	    "since the last run\n%s"
	    "  -h, --help            show this help\n\n"
	    "exit status:\n"
	    "  0  all articles stored and the briefing published\n"
	    "  1  some inputs rejected (reported), the rest stored, "
	    "briefing published\n"
	    "  2  usage or configuration error, or the renderer is missing\n"
	    "  3  database or file system error: nothing published, the "
	    "previous folder kept\n", INGEST_WAIT_DEFAULT,
	    ingest_jobs_default(), job_help);
}

/* Returns 0 to go on, 1 after --help, -1 on a usage error (reported). */
static int
run_opts_parse(int argc, char **argv, struct run_opts *o)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "tracker", required_argument, NULL, 't' },
		{ "manifest", required_argument, NULL, 'm' },
		{ "wait", required_argument, NULL, 'w' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "rescan", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		JOB_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->wait_s = INGEST_WAIT_DEFAULT;
	job_opts_defaults(&o->job);
	while ((c = getopt_long(argc, argv, "d:t:m:w:j:o:rh", opts, NULL)) !=
	    -1) {
		if (c == 'd')
			o->db = optarg;
		else if (c == 't')
			o->tracker = optarg;
		else if (c == 'm')
			o->manifest = optarg;
		else if (c == 'w') {
			if (wait_parse(optarg, &o->wait_s) == -1)
				return -1;
		} else if (c == 'j') {
			if (jobs_parse(optarg, &o->jobs) == -1)
				return -1;
		} else if (c == 'r')
			o->rescan = 1;
		else if (c == 'h') {
			run_help();
			return 1;
		} else if (job_opt(&o->job, c == 'o' ? OPT_OUT : c, optarg) != 1)
			return -1;
	}
	if (o->db == NULL) {
		fprintf(stderr, "claimtrack: run: no database given "
		    "(--db FILE)\n");
		return -1;
	}
	o->paths = argv + optind;
	o->npaths = (size_t)(argc - optind);
	o->job.tracker_name = o->tracker ? o->tracker : "built-in";
	return 0;
}

/* Store the new articles and their claims; logs one line. */
static int
run_ingest(struct store *st, const struct tracker_choice *tc,
    const struct run_opts *o, struct ingest *ing)
{
	double t0 = clock_now();
	int rc;

	ing->st = st;
	ing->manifest = o->manifest;
	ing->jobs = o->jobs;
	ing->rescan = o->rescan;
	ing->extract = ingest_extract_claims;
	ing->extract_arg = tc->tr;
	ing->tracker_text = tc->text;
	ing->tracker_hash = tc->hash;
	rc = ingest_paths(ing, o->paths, o->npaths);
	if (o->npaths == 0 && (rc == EXIT_OK || rc == EXIT_REJECTED)) {
		stage_log("ingest", t0, "no paths given; nothing to read");
		return rc;
	}
	if (rc == EXIT_OK || rc == EXIT_REJECTED)
		stage_log("ingest", t0, "%zu new, %zu unchanged, %zu changed, "
		    "%zu rejected; %zu claims stored",
		    ing->counts.articles_new, ing->counts.articles_unchanged,
		    ing->counts.articles_changed, ing->counts.articles_rejected,
		    ing->counts.claims);
	return rc;
}

/* Ingest then publish, recording the run; the store is open and locked. */
static int
run_job(struct store *st, const struct tracker_choice *tc,
    const struct run_opts *o, const char *args)
{
	struct ingest ing;
	struct checkpoint *ck;
	int rc, pub;

	memset(&ing, 0, sizeof(ing));
	if ((ing.run_id = store_run_begin(st, "run", args)) == -1)
		return EXIT_FATAL;
	store_autocheckpoint(st, 0);
	rc = run_ingest(st, tc, o, &ing);
	store_autocheckpoint(st, 1);
	/* the extraction threads' malloc arenas keep what they freed:
	   give it back before the briefing needs its own memory */
	malloc_trim(0);
	if (rc == EXIT_OK || rc == EXIT_REJECTED) {
		ck = checkpoint_start(st);	/* while the briefing is drawn */
		pub = job_publish(st, tc->tr, &o->job);
		checkpoint_finish(ck);
		if (pub != EXIT_OK)
			rc = pub;
	}
	if (store_run_finish(st, ing.run_id, &ing.counts, rc) == -1)
		rc = EXIT_FATAL;
	return rc;
}

/* The tracker chosen (the stored one without --tracker), then the job. */
static int
run_stored(struct store *st, struct run_opts *o, int argc, char **argv)
{
	struct tracker_choice tc;
	char *args;
	int rc, dberr;

	if (tracker_choose(&tc, o->tracker, st, &dberr) == -1)
		return dberr ? EXIT_FATAL : EXIT_USAGE;
	o->job.tracker_name = tc.name;
	o->job.tracker_hash = tc.hash;
	summary_opts_measures(&o->job.sum, tc.tr);
	args = args_text(argc, argv);
	rc = run_job(st, &tc, o, args);
	free(args);
	tracker_choice_release(&tc);
	return rc;
}

int
cmd_run(int argc, char **argv)
{
	struct run_opts o;
	struct tracker *tr;
	struct store *st;
	int rc, lock;

	if ((rc = run_opts_parse(argc, argv, &o)) != 0) {
		if (rc == -1)
			run_usage(stderr);
		return rc == 1 ? EXIT_OK : EXIT_USAGE;
	}
	if (job_opts_check(&o.job) == -1 || publication_check(o.job.out) == -1)
		return EXIT_USAGE;
	/* configuration is a regular file, checked before the lock: a FIFO
	   must not block a run that holds the database */
	if (o.manifest != NULL && config_check(o.manifest) == -1)
		return EXIT_USAGE;
	cli_skip_db_files(o.db);
	/* a bad --tracker is refused before the lock; the tracker used is
	   chosen once the database is open (tracker_choose()) */
	if (o.tracker != NULL && (tr = tracker_load(o.tracker)) == NULL)
		return EXIT_USAGE;
	if (o.tracker != NULL)
		tracker_free(tr);
	if ((lock = run_lock(o.db, o.wait_s)) == -1)
		return EXIT_FATAL;
	rc = EXIT_FATAL;
	if ((st = store_open(o.db, o.wait_s * 1000)) != NULL) {
		rc = run_stored(st, &o, argc, argv);
		store_close(st);
	}
	run_unlock(lock);
	return rc;
}
