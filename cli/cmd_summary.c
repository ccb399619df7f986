/*
 * cmd_summary.c - claimtrack summary --db FILE [--asof DATE]
 * [--period day|week|month|all] [--best latest|median|conservative]
 * [--stale-after DAYS] [--tracker FILE] [--json]: where the sources stand, how far apart they are and what
 * changed since the previous period.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "claimtrack.h"
#include "date.h"
#include "store.h"
#include "aggregate.h"
#include "present.h"
#include "tracker.h"
#include "cli.h"
#include "job.h"

struct summary_args {
	const char *db;		/* database file */
	const char *tracker;	/* --tracker FILE: its measures; NULL =
				   the built-in tracker's */
	struct summary_opts opts; /* asof, period, best rule */
	bool	 json;		/* print summary.json instead of tables */
};

static void
summary_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack summary --db FILE [--asof YYYY-MM-DD]\n"
	    "         [--period day|week|month|all] "
	    "[--best latest|median|conservative]\n"
	    "         [--stale-after DAYS] [--outlier-factor F] [--tracker FILE]"
	    " [--json]\n\n"
	    "Sources, ranges (low/best/high), discrepancies and changes of the"
	    " period\nending at --asof (default today; week = the 7 days up to"
	    " it,\nmonth = the 30 days up to it). The tracker (default built-in)"
	    " says which\nquantities form one measure; a figure older than "
	    "--stale-after days\n(default 90) is stale; one more than "
	    "--outlier-factor times (default 20)\noff the median of the other"
	    " sources' is an outlier.\n\n"
	    "exit status: 0 printed; 2 bad option, date or period; "
	    "3 database missing or\nunreadable (a missing database is never "
	    "created)\n");
}

/* One option; returns -1 after a message when its argument is bad. */
static int
summary_arg(struct summary_args *a, int c, const char *arg)
{
	switch (c) {
	case 'd':
		a->db = arg;
		return 0;
	case 'j':
		a->json = true;
		return 0;
	case 't':
		a->tracker = arg;
		return 0;
	default:
		return summary_opt(&a->opts, c, arg) == 1 ? 0 : -1;
	}
}

/* Returns EXIT_OK to go on, or the status to exit with (-1 for --help). */
static int
summary_args_parse(struct summary_args *a, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "asof", required_argument, NULL, OPT_ASOF },
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "best", required_argument, NULL, OPT_BEST },
		{ "stale-after", required_argument, NULL, OPT_STALE_AFTER },
		{ "outlier-factor", required_argument, NULL,
		    OPT_OUTLIER_FACTOR },
		{ "tracker", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'h') {
			summary_usage(stdout);
			return -1;
		}
		if (summary_arg(a, c, optarg) == -1) {
			fprintf(stderr, "try 'claimtrack summary --help'\n");
			return EXIT_USAGE;
		}
	}
	if (a->db == NULL || optind < argc) {
		warnx(a->db == NULL ? "summary: --db is required" :
		    "summary: unexpected argument '%s'", argv[optind]);
		fprintf(stderr, "try 'claimtrack summary --help'\n");
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static int
summary_write(const struct summary *s, bool json)
{
	int rc;

	if (!json) {
		summary_print_text(stdout, s);
		return EXIT_OK;
	}
	rc = summary_json_write(s, stdout, JSON_INDENT(2) |
	    JSON_PRESERVE_ORDER, NULL, NULL);
	putchar('\n');
	return rc == 0 ? EXIT_OK : EXIT_FATAL;
}

int
cmd_summary(int argc, char **argv)
{
	struct summary_args a;
	struct tracker_choice tc;
	struct store *st;
	struct summary *s;
	int rc, dberr;

	memset(&a, 0, sizeof(a));
	summary_opts_defaults(&a.opts);
	if ((rc = summary_args_parse(&a, argc, argv)) != EXIT_OK)
		return rc == -1 ? EXIT_OK : rc;
	/* a summary never creates an empty database by mistake */
	if ((st = store_open_read(a.db, 5000)) == NULL)
		return EXIT_FATAL;
	/* without --tracker, the measures of the one stored with the claims */
	if (tracker_choose(&tc, a.tracker, st, &dberr) == -1) {
		store_close(st);
		return dberr ? EXIT_FATAL : EXIT_USAGE;
	}
	summary_opts_measures(&a.opts, tc.tr);
	s = summary_build(st, &a.opts);
	store_close(st);
	rc = s == NULL ? EXIT_FATAL : summary_write(s, a.json);
	summary_free(s);
	tracker_choice_release(&tc);
	return rc;
}
