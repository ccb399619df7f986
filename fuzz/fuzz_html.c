/*
 * fuzz_html.c - html_parse() on arbitrary bytes: broken, deep or hostile
 * pages must come back as an article or a rejection.
 */
#include <string.h>

#include "fuzz.h"
#include "claimtrack.h"
#include "html.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_stats st;
	struct article a;

	memset(&st, 0, sizeof(st));
	if (html_parse(FUZZ_NAME ".html", (const char *)data, size, true, &a,
	    &st) == 0)
		article_release(&a);
	return 0;
}
