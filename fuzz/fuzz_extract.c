/*
 * fuzz_extract.c - the extractor on arbitrary text with the built-in
 * tracker, checking what every claim promises: offsets inside the text
 * and in order, a sentence, a source, and an interval with low <= high.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"
#include "extract.h"
#include "tracker.h"
#include "fuzz.h"

static void
claim_check(const struct claim *c, size_t len)
{
	if (!(c->sent_start <= c->num_start && c->num_start < c->num_end &&
	    c->num_end <= c->sent_end && c->sent_end <= len))
		abort();
	if (c->sentence == NULL || c->source == NULL || c->quantity == NULL)
		abort();
	if (!isnan(c->low) && !isnan(c->high) && c->low > c->high)
		abort();
	if (isinf(c->value) || isinf(c->low) || isinf(c->high))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tracker *tr;
	struct claimset cs;
	char *text;
	size_t i;

	if (tr == NULL)
		tr = tracker_default();
	text = xstrndup((const char *)data, size);
	claimset_init(&cs);
	extract_text(tr, FUZZ_NAME, "2024-10-25", text, &cs);
	for (i = 0; i < cs.n; i++)
		claim_check(&cs.v[i], strlen(text));
	claimset_release(&cs);
	free(text);
	return 0;
}
