/*
 * fuzz_frontmatter.c - frontmatter_parse() on arbitrary bytes: a text
 * article with or without a header must come back as an article or a
 * rejection, never a crash, a leak or undefined behaviour.
 */
#include <string.h>

#include "fuzz.h"
#include "claimtrack.h"
#include "frontmatter.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_stats st;
	struct article a;

	memset(&st, 0, sizeof(st));
	if (frontmatter_parse(FUZZ_NAME ".txt", (const char *)data, size, true, &a,
	    &st) == 0)
		article_release(&a);
	return 0;
}
