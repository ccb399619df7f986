/*
 * fuzz_jsonrec.c - one JSONL line read by the one-pass record reader
 * (inputs/jsonrec.h) and by jansson (CLAIMTRACK_NO_FASTJSON=1) must give
 * the same return, article and warning count; abort() when they differ.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "claimtrack.h"
#include "jsonl.h"

static bool
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) ||
	    (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static int
line_read(const char *buf, size_t len, bool fast, struct article *a,
    struct read_stats *st)
{
	int rc;

	memset(st, 0, sizeof(*st));
	jsonl_reader_set(fast ? JSONL_READER_FAST : JSONL_READER_JANSSON);
	rc = jsonl_line_parse(FUZZ_NAME ".jsonl", 1, buf, len, false, a, st);
	jsonl_reader_set(JSONL_READER_ENV);
	return rc;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct article f, j;
	struct read_stats sf, sj;
	int rf, rj;

	rf = line_read((const char *)data, size, true, &f, &sf);
	rj = line_read((const char *)data, size, false, &j, &sj);
	if (rf != rj || sf.warnings != sj.warnings ||
	    !same_str(f.id, j.id) || !same_str(f.title, j.title) ||
	    !same_str(f.outlet, j.outlet) || !same_str(f.url, j.url) ||
	    strcmp(f.published, j.published) != 0 ||
	    !same_str(f.body, j.body) || f.body_len != j.body_len)
		abort();
	article_release(&f);
	article_release(&j);
	return 0;
}
