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
	    "  -t, --tracker FILE    the tracker's title, subject and measures\n"
	    "                        (default: the one stored with the claims,\n"
	    "                        else built-in)\n"
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
	struct tracker_choice tc;
	struct tracker *tr;
	struct store *st;
	int dberr;

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
	if (job_opts_check(&jo) == -1 || publication_check(jo.out) == -1)
		return EXIT_USAGE;
	if (tpath != NULL && (tr = tracker_load(tpath)) == NULL)
		return EXIT_USAGE;
	if (tpath != NULL)
		tracker_free(tr);
	if ((st = store_open_read(db, wait_s * 1000)) == NULL)
		return EXIT_FATAL;
	/* without --tracker, the one stored with the claims */
	if (tracker_choose(&tc, tpath, st, &dberr) == -1)
		rc = dberr ? EXIT_FATAL : EXIT_USAGE;
	else {
		jo.tracker_name = tc.name;
		jo.tracker_hash = tc.hash;
		summary_opts_measures(&jo.sum, tc.tr);
		rc = job_publish(st, tc.tr, &jo);
		tracker_choice_release(&tc);
	}
	store_close(st);
	return rc;
}
