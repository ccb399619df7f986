/*
 * cmd_ingest.c - claimtrack ingest --db FILE [--manifest CSV]
 * [--wait SECONDS] PATH...: read articles and store them, all in one
 * transaction, with a run row that records what happened.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "reader.h"
#include "store.h"
#include "cli.h"
#include "walk.h"
#include "ingest.h"
#include "tracker.h"


struct ingest_opts {
	const char *db;		/* --db FILE */
	const char *manifest;	/* --manifest CSV, or NULL */
	const char *tracker;	/* --tracker FILE, or NULL: built-in */
	const char *claims;	/* --claims FILE: claim lines, or NULL */
	int	 wait_s;	/* --wait SECONDS */
	int	 jobs;		/* -j N; 0 = online cores */
	int	 rescan;	/* --rescan: read unchanged files too */
	char	**paths;	/* PATH... (points into argv) */
	size_t	 npaths;	/* number of paths */
};

static void
ingest_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack ingest --db FILE [--manifest CSV] "
	    "[--tracker FILE] [--claims FILE] [--wait SECONDS] [-j N] "
	    "[--rescan]\n                        PATH...\n");
}

static void
ingest_help(void)
{
	ingest_usage(stdout);
	printf("\nRead the articles in each PATH (files, or directories "
	    "walked recursively)\nand store them in the SQLite database FILE, "
	    "all in one transaction. An\narticle already stored with the same "
	    "text is counted unchanged; one whose\ntext differs is stored as a "
	    "new version, the older one kept. A file whose size, times and inode\n"
	    "are those the last ingest recorded is not read again; --rescan "
	    "reads it.\n\n"
	    "options:\n"
	    "  -d, --db FILE         database to write (created if missing)\n"
	    "  -m, --manifest CSV    metadata for the files it names "
	    "(file,id,outlet,url,published)\n"
	    "  -t, --tracker FILE    what to extract (default: the built-in "
	    "tracker)\n"
	    "  -c, --claims FILE     store the claims `extract` printed in "
	    "FILE (JSON lines)\n"
	    "                        instead of extracting; reads every "
	    "file, as --rescan\n"
	    "  -w, --wait SECONDS    how long to wait for another run's lock "
	    "(default %d)\n"
	    "  -j, --jobs N          extraction threads (default: online "
	    "cores, here %d)\n"
	    "  -r, --rescan          read every file, changed or not\n"
	    "  -h, --help            show this help\n\n"
	    "prints one line: \"ingest: N new, N unchanged, N changed, "
	    "N rejected\"\n\n"
	    "exit status:\n"
	    "  0  every article stored\n"
	    "  1  some inputs rejected (reported on stderr), the rest stored\n"
	    "  2  usage error\n"
	    "  3  database or file system error; nothing of this run stored\n",
	    INGEST_WAIT_DEFAULT, ingest_jobs_default());
}

/* Check what the options left; -1 on a usage error (reported). */
static int
opts_check(struct ingest_opts *o)
{
	if (o->db == NULL) {
		warnx("ingest: no database given (--db FILE)");
		return -1;
	}
	if (o->npaths == 0) {
		warnx("ingest: no PATH given");
		return -1;
	}
	return 0;
}

/* Returns 0 to go on, 1 after --help, -1 on a usage error (reported). */
static int
opts_parse(int argc, char **argv, struct ingest_opts *o)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "manifest", required_argument, NULL, 'm' },
		{ "tracker", required_argument, NULL, 't' },
		{ "claims", required_argument, NULL, 'c' },
		{ "wait", required_argument, NULL, 'w' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "rescan", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->wait_s = INGEST_WAIT_DEFAULT;
	while ((c = getopt_long(argc, argv, "d:m:t:c:w:j:rh", longopts, NULL)) !=
	    -1)
		switch (c) {
		case 'd':
			o->db = optarg;
			break;
		case 'm':
			o->manifest = optarg;
			break;
		case 't':
			o->tracker = optarg;
			break;
		case 'c':
			o->claims = optarg;
			break;
		case 'w':
			if (wait_parse(optarg, &o->wait_s) == -1)
				return -1;
			break;
		case 'j':
			if (jobs_parse(optarg, &o->jobs) == -1)
				return -1;
			break;
		case 'r':
			o->rescan = 1;
			break;
		case 'h':
			ingest_help();
			return 1;
		default:
			return -1;
		}
	o->paths = argv + optind;
	o->npaths = (size_t)(argc - optind);
	return opts_check(o);
}

static void
ingest_summary(const struct run_counts *c)
{
	printf("ingest: %zu new, %zu unchanged, %zu changed, %zu rejected\n",
	    c->articles_new, c->articles_unchanged, c->articles_changed,
	    c->articles_rejected);
}

/*
 * The run row lives outside the transaction, so it survives a rollback.
 * After a lock timeout it is left unfinished rather than waiting again.
 */
static int
ingest_run(struct ingest *ing, const struct ingest_opts *o, const char *args)
{
	int status;

	ing->run_id = store_run_begin(ing->st, "ingest", args);
	if (ing->run_id == -1)
		return EXIT_FATAL;
	ing->manifest = o->manifest;
	ing->jobs = o->jobs;
	ing->rescan = o->rescan || ing->claims != NULL;
	status = ingest_paths(ing, o->paths, o->npaths);
	if (!store_locked(ing->st) && store_run_finish(ing->st, ing->run_id,
	    &ing->counts, status) == -1)
		status = EXIT_FATAL;
	if (status == EXIT_OK || status == EXIT_REJECTED)
		ingest_summary(&ing->counts);
	return status;
}

/*
 * After an ingest --claims: report the claims no article took, and the
 * line "ingest: N claims read from FILE, M rejected".
 */
static int
claims_finish(struct claimfile *cf, const char *path, size_t bad, int status)
{
	if (status != EXIT_FATAL) {
		bad += claimfile_unused(cf);
		printf("ingest: %zu claims read from %s, %zu rejected\n",
		    claimfile_count(cf), path, bad);
		if (bad > 0 && status == EXIT_OK)
			status = EXIT_REJECTED;
	}
	claimfile_free(cf);
	return status;
}

/* The tracker chosen (the stored one without --tracker), then the ingest. */
static int
ingest_stored(struct ingest *ing, const struct ingest_opts *o,
    const char *args)
{
	struct tracker_choice tc;
	int rc, dberr;

	if (tracker_choose(&tc, o->tracker, ing->st, &dberr) == -1)
		return dberr ? EXIT_FATAL : EXIT_USAGE;
	ing->extract = ingest_extract_claims;	/* claims of new articles */
	ing->extract_arg = tc.tr;
	if (ing->claims != NULL)		/* given: nothing is extracted */
		ing->extract = NULL;
	ing->tracker_text = tc.text;
	ing->tracker_hash = tc.hash;
	rc = ingest_run(ing, o, args);
	tracker_choice_release(&tc);
	return rc;
}

void
cli_skip_db_files(const char *db)
{
	static const char *const sides[] = {
		"", "-wal", "-shm", "-journal", ".lock", "-checked"
	};
	char *path;
	size_t i;

	for (i = 0; i < sizeof(sides) / sizeof(*sides); i++) {
		path = xmalloc(strlen(db) + strlen(sides[i]) + 1);
		strcpy(path, db);
		strcat(path, sides[i]);
		walk_skip_add(path);
		free(path);
	}
}

int
cmd_ingest(int argc, char **argv)
{
	struct ingest_opts o;
	struct tracker *tr;
	struct ingest ing;
	size_t bad = 0;
	char *args;
	int rc, lock;

	rc = opts_parse(argc, argv, &o);
	if (rc == 1)
		return EXIT_OK;
	if (rc == -1) {
		ingest_usage(stderr);
		return EXIT_USAGE;
	}
	/* configuration is a regular file, checked before the lock: a FIFO
	   must not block a run that holds the database */
	if (o.manifest != NULL && config_check(o.manifest) == -1)
		return EXIT_USAGE;
	cli_skip_db_files(o.db);
	memset(&ing, 0, sizeof(ing));
	/* a bad --tracker is refused before the lock */
	if (o.tracker != NULL && (tr = tracker_load(o.tracker)) == NULL)
		return EXIT_USAGE;
	if (o.tracker != NULL)
		tracker_free(tr);
	if (o.claims != NULL &&
	    (ing.claims = claimfile_load(o.claims, &bad)) == NULL)
		return EXIT_USAGE;
	/* the run lock, as `run` takes it: an ingest from another cron
	   line never interleaves with the nightly run (on PostgreSQL it is
	   taken shared: ingests may run side by side, as Dask's shards) */
	if ((lock = run_lock_ingest(o.db, o.wait_s)) == -1) {
		claimfile_free(ing.claims);
		return EXIT_FATAL;
	}
	rc = EXIT_FATAL;
	if ((ing.st = store_open(o.db, o.wait_s * 1000)) != NULL) {
		args = args_text(argc, argv);
		rc = ingest_stored(&ing, &o, args);
		free(args);
		store_close(ing.st);
	}
	if (ing.claims != NULL)
		rc = claims_finish(ing.claims, o.claims, bad, rc);
	run_unlock(lock);
	return rc;
}
