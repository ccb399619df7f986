/*
 * cmd_extract.c - claimtrack extract [--tracker FILE] PATH...: print the
 * claims of the articles as JSON lines, one object per claim.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "claimtrack.h"
#include "cli.h"
#include "extract.h"
#include "reader.h"
#include "tracker.h"

struct extract_run {
	const struct tracker *tr;	/* what is tracked */
	struct claimset cs;		/* reused for every article */
	size_t	 claims;		/* printed so far */
};

static json_t *
json_num(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *
json_str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* A whole number prints without a fraction: 12000, not 12000.0. */
static json_t *
json_amount(double v)
{
	if (!isnan(v) && v == floor(v) && fabs(v) < 9e15)
		return json_integer((json_int_t)v);
	return json_num(v);
}

static json_t *
claim_json(const struct claim *c)
{
	json_t *o = json_object(), *off = json_object();

	json_object_set_new(o, "doc", json_str(c->doc));
	json_object_set_new(o, "value", json_amount(c->value));
	json_object_set_new(o, "low", json_amount(c->low));
	json_object_set_new(o, "high", json_amount(c->high));
	json_object_set_new(o, "qualifier",
	    json_string(qualifier_name(c->qualifier)));
	json_object_set_new(o, "quantity", json_str(c->quantity));
	json_object_set_new(o, "subject", json_str(c->subject));
	json_object_set_new(o, "source", json_str(c->source));
	json_object_set_new(o, "claimant", json_str(c->claimant));
	json_object_set_new(o, "relayer", json_str(c->relayer));
	json_object_set_new(o, "scope", json_str(c->scope));
	json_object_set_new(o, "place", json_str(c->place));
	json_object_set_new(o, "modality",
	    json_string(modality_name(c->modality)));
	json_object_set_new(o, "claim_date",
	    c->claim_date[0] ? json_string(c->claim_date) : json_null());
	json_object_set_new(o, "published",
	    c->published[0] ? json_string(c->published) : json_null());
	json_object_set_new(o, "sentence", json_str(c->sentence));
	if (!isnan(c->each)) {
		json_t *parts = json_object();

		json_object_set_new(parts, "factor", json_amount(c->factor));
		json_object_set_new(parts, "each", json_amount(c->each));
		json_object_set_new(o, "parts", parts);
	}
	json_object_set_new(off, "sent_start", json_integer(c->sent_start));
	json_object_set_new(off, "sent_end", json_integer(c->sent_end));
	json_object_set_new(off, "num_start", json_integer(c->num_start));
	json_object_set_new(off, "num_end", json_integer(c->num_end));
	json_object_set_new(o, "offsets", off);
	return o;
}

static int
on_article(const struct article *art, void *arg)
{
	struct extract_run *run = arg;
	json_t *o;
	size_t i;

	run->cs.n = 0;
	extract_article(run->tr, art, &run->cs);
	for (i = 0; i < run->cs.n; i++) {
		o = claim_json(&run->cs.v[i]);
		if (json_dumpf(o, stdout, JSON_COMPACT | JSON_ENSURE_ASCII |
		    JSON_REAL_PRECISION(10)) == -1) {
			json_decref(o);
			return -1;
		}
		json_decref(o);
		putchar('\n');
		claim_release(&run->cs.v[i]);
	}
	run->claims += run->cs.n;
	run->cs.n = 0;
	return 0;
}

static void
extract_usage(FILE *f)
{
	fprintf(f, "usage: claimtrack extract [--tracker FILE] PATH...\n\n"
	    "Print one JSON object per claim found in the articles under "
	    "each PATH, one\nper line, storing nothing.\n\noptions:\n"
	    "  -t, --tracker FILE  what to track (default: the built-in "
	    "North Korean troops tracker)\n"
	    "  -h, --help          show this help\n\n"
	    "exit status:\n"
	    "  0  all inputs read\n"
	    "  1  some inputs rejected (reported on stderr), the rest "
	    "printed\n"
	    "  2  usage error or bad tracker (FILE:LINE: message)\n"
	    "  3  fatal: an input could not be read at all\n");
}

int
cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "tracker", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct read_stats stats;
	struct extract_run run;
	struct read_opts ropts = { .manifest = NULL };
	const char *tpath = NULL;
	int c, rc;

	while ((c = getopt_long(argc, argv, "t:h", opts, NULL)) != -1) {
		switch (c) {
		case 't':
			tpath = optarg;
			break;
		case 'h':
			extract_usage(stdout);
			return EXIT_OK;
		default:
			extract_usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		extract_usage(stderr);
		return EXIT_USAGE;
	}
	memset(&run, 0, sizeof(run));
	run.tr = tpath != NULL ? tracker_load(tpath) : tracker_default();
	if (run.tr == NULL)
		return EXIT_USAGE;
	claimset_init(&run.cs);
	memset(&stats, 0, sizeof(stats));
	rc = read_articles(argv + optind, (size_t)(argc - optind), &ropts,
	    on_article, &run, &stats);
	claimset_release(&run.cs);
	tracker_free((struct tracker *)run.tr);
	if (rc == -1)
		return EXIT_FATAL;
	return stats.rejected > 0 ? EXIT_REJECTED : EXIT_OK;
}
