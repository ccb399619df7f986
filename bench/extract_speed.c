/*
 * extract_speed.c - the extractor's own throughput, for make bench:
 * articles are read as the program reads them, and only the time spent
 * inside extract_article() (thread CPU time) is counted, so reading,
 * storing and printing do not blur the figure. One thread, the built-in
 * tracker. Prints one JSON object:
 *   {"articles": N, "mb": MB of article text, "claims": N,
 *    "extract_s": CPU seconds, "mb_s": MB per second}
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "claimtrack.h"
#include "extract.h"
#include "reader.h"
#include "tracker.h"

struct speed {
	const struct tracker *tr;
	struct claimset cs;	/* reused: memory stays flat */
	size_t	 articles;
	size_t	 bytes;		/* article text handed to the extractor */
	size_t	 claims;
	double	 seconds;	/* inside extract_article() */
};

static double
cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
on_article(const struct article *a, void *arg)
{
	struct speed *sp = arg;
	double t0 = cpu_now();

	sp->claims += extract_article(sp->tr, a, &sp->cs);
	sp->seconds += cpu_now() - t0;
	sp->articles++;
	sp->bytes += a->body_len;
	claimset_release(&sp->cs);
	return 0;
}

int
main(int argc, char **argv)
{
	struct read_opts ro = { .manifest = NULL };
	struct read_stats st;
	struct speed sp;

	if (argc < 2) {
		fprintf(stderr, "usage: extract-speed PATH...\n");
		return EXIT_USAGE;
	}
	memset(&sp, 0, sizeof(sp));
	sp.tr = tracker_default();
	tracker_expand(sp.tr);	/* WordNet before the clock, as before */
	claimset_init(&sp.cs);
	if (read_articles(argv + 1, (size_t)argc - 1, &ro, on_article, &sp,
	    &st) == -1)
		return EXIT_FATAL;
	printf("{\"articles\": %zu, \"mb\": %.1f, \"claims\": %zu, "
	    "\"extract_s\": %.3f, \"mb_s\": %.1f}\n", sp.articles,
	    (double)sp.bytes / 1e6, sp.claims, sp.seconds,
	    sp.seconds > 0 ? (double)sp.bytes / 1e6 / sp.seconds : 0.0);
	tracker_free((struct tracker *)sp.tr);
	return EXIT_OK;
}
