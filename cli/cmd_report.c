/*
 * cmd_report.c - claimtrack report --db FILE [--out DIR] [options]:
 * publish the briefing of the claims already stored, without reading
 * any article.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "store.h"
#include "tracker.h"
#include "cli.h"
#include "ingest.h"
#include "job.h"
#include "publish.h"

static void
report_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack report --db FILE [--out DIR] "
	    "[--tracker FILE] [--asof DATE]\n"
	    "       [--period day|week|month|all] [--renderer cairo|gnuplot] "
	    "[options]\n");
}

static void
report_help(void)
{
	report_usage(stdout);
	printf("\nPublish the briefing of the claims stored in FILE for the "
	    "period ending at\n--asof: charts/{range,timeline,matrix,changes}."
	    "{png,svg,pdf}, report.pdf,\nsummary.md, summary.html, "
	    "summary.json, claims.csv and claims.jsonl in DIR,\nreplacing the "
	    "previous folder in one step.\n\noptions:\n"
	    "  -d, --db FILE         database to read (required)\n"
	    "  -t, --tracker FILE    the tracker's title, subject and "
	    "measures\n                        (default built-in)\n"
	    "  -w, --wait SECONDS    wait for a locked database "
	    "(default %d)\n%s"
	    "  -h, --help            show this help\n\n"
	    "exit status: 0 published; 2 usage error or renderer missing; "
	    "3 database or file system error (nothing published)\n",
	    INGEST_WAIT_DEFAULT, job_help);
}

int
cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "tracker", required_argument, NULL, 't' },
		{ "wait", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		JOB_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *db = NULL, *tpath = NULL;
	int c, rc, wait_s = INGEST_WAIT_DEFAULT;
	struct job_opts jo;
	struct tracker *tr;
	struct store *st;

	job_opts_defaults(&jo);
	while ((c = getopt_long(argc, argv, "d:t:w:o:h", opts, NULL)) != -1) {
		if (c == 'd')
			db = optarg;
		else if (c == 't')
			tpath = optarg;
		else if (c == 'w' && wait_parse(optarg, &wait_s) == 0)
			continue;
		else if (c == 'h') {
			report_help();
			return EXIT_OK;
		} else if (job_opt(&jo, c == 'o' ? OPT_OUT : c, optarg) != 1) {
			report_usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (db == NULL || optind != argc) {
		fprintf(stderr, "claimtrack: report: %s\n", db == NULL ?
		    "no database given (--db FILE)" : "unexpected argument");
		report_usage(stderr);
		return EXIT_USAGE;
	}
	if (publication_check(jo.out) == -1)
		return EXIT_USAGE;
	if ((tr = tpath ? tracker_load(tpath) : tracker_default()) == NULL)
		return EXIT_USAGE;
	jo.tracker_name = tpath ? tpath : "built-in";
	summary_opts_measures(&jo.sum, tr);
	if ((st = store_open_read(db, wait_s * 1000)) == NULL) {
		tracker_free(tr);
		return EXIT_FATAL;
	}
	rc = job_publish(st, tr, &jo);
	store_close(st);
	tracker_free(tr);
	return rc;
}
