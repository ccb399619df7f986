/*
 * fuzz_jsonl.c - jsonl_parse() on arbitrary bytes, every good line's
 * article handed to a callback that reads all of it (so a dangling or
 * unterminated field shows up under AddressSanitizer).
 */
#include <string.h>

#include "fuzz.h"
#include "claimtrack.h"
#include "jsonl.h"

/* Touch every byte the reader promises: ids, body up to body_len. */
static int
article_touch(const struct article *a, void *arg)
{
	size_t *sum = arg;

	*sum += strlen(a->id) + strlen(a->body) + a->body_len;
	*sum += a->title != NULL ? strlen(a->title) : 0;
	*sum += strlen(a->published) + strlen(a->hash);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_stats st;
	size_t sum = 0;

	memset(&st, 0, sizeof(st));
	jsonl_parse(FUZZ_NAME ".jsonl", (const char *)data, size,
	    article_touch, &sum, &st);
	return 0;
}
