/*
 * fuzz_normalize.c - text_normalize() and text_hash() on arbitrary
 * bytes, checking the promises normalize.h makes about the output: valid
 * UTF-8, NUL-terminated at the stated length, no CR, no NUL inside.
 */
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz.h"
#include "normalize.h"

/* Abort (a finding for libFuzzer) when the output breaks its contract. */
static void
output_check(const char *out, size_t len)
{
	char hash[65];

	if (out[len] != '\0' || strlen(out) != len)
		abort();
	if (memchr(out, '\r', len) != NULL)
		abort();
	if (!g_utf8_validate(out, (gssize)len, NULL))
		abort();
	text_hash(out, len, hash);
	if (strlen(hash) != 64)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len;
	char *out;

	if (text_normalize(FUZZ_NAME, 1, (const char *)data, size, &out,
	    &len) == -1)
		return 0;
	output_check(out, len);
	free(out);
	return 0;
}
