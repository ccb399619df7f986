/*
 * fuzz_manifest.c - manifest_parse() on arbitrary bytes. Rows name files
 * relative to the current directory, so a fuzzed row may match a real
 * file (only stat()ed, never read or written).
 */
#include <string.h>

#include "fuzz.h"
#include "claimtrack.h"
#include "manifest.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct read_stats st;
	struct manifest m;

	memset(&st, 0, sizeof(st));
	manifest_init(&m);
	manifest_parse(&m, FUZZ_NAME ".csv", ".", (const char *)data, size,
	    &st);
	manifest_release(&m);
	return 0;
}
