/*
 * palette.c - see palette.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "palette.h"
#include "util.h"

/* Okabe & Ito (2008), "Color Universal Design", without the yellow. */
static const struct {
	const char	*hex;	/* as written in the gnuplot scripts */
	struct rgb	 rgb;	/* the same, for cairo */
	enum marker	 marker; /* shape that goes with the colour */
} slots[PALETTE_SLOTS] = {
	{ "#0072B2", { 0x00 / 255.0, 0x72 / 255.0, 0xb2 / 255.0 },
	  MARKER_CIRCLE },		/* blue */
	{ "#D55E00", { 0xd5 / 255.0, 0x5e / 255.0, 0x00 / 255.0 },
	  MARKER_SQUARE },		/* vermillion */
	{ "#009E73", { 0x00 / 255.0, 0x9e / 255.0, 0x73 / 255.0 },
	  MARKER_DIAMOND },		/* bluish green */
	{ "#CC79A7", { 0xcc / 255.0, 0x79 / 255.0, 0xa7 / 255.0 },
	  MARKER_TRIANGLE_UP },		/* reddish purple */
	{ "#E69F00", { 0xe6 / 255.0, 0x9f / 255.0, 0x00 / 255.0 },
	  MARKER_TRIANGLE_DOWN },	/* orange */
	{ "#56B4E9", { 0x56 / 255.0, 0xb4 / 255.0, 0xe9 / 255.0 },
	  MARKER_PENTAGON },		/* sky blue */
	{ "#000000", { 0, 0, 0 }, MARKER_CROSS },	/* black */
};

struct rgb
palette_color(size_t slot)
{
	return slots[slot % PALETTE_SLOTS].rgb;
}

enum marker
palette_marker(size_t slot)
{
	return slots[slot % PALETTE_SLOTS].marker;
}

const char *
palette_hex(size_t slot)
{
	return slots[slot % PALETTE_SLOTS].hex;
}

size_t
palette_slot(const char *name)
{
	uint32_t h = 2166136261u;
	const unsigned char *p;

	for (p = (const unsigned char *)name; *p != '\0'; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	return h % PALETTE_SLOTS;
}

static int
index_cmp(const void *a, const void *b, void *names)
{
	const char *const *v = names;

	return strcmp(v[*(const size_t *)a], v[*(const size_t *)b]);
}

/* Order of the names by strcmp, as indices (no qsort_r in C17). */
static size_t *
names_order(const char *const *names, size_t n)
{
	size_t *order = xcalloc(n, sizeof(*order));
	size_t i, j, t;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (i = 1; i < n; i++)		/* insertion sort: n is small */
		for (j = i; j > 0 && index_cmp(&order[j - 1], &order[j],
		    (void *)names) > 0; j--) {
			t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
	return order;
}

void
palette_assign(const char *const *names, size_t n, size_t *slots_out)
{
	int taken[PALETTE_SLOTS] = { 0 };
	size_t *order = names_order(names, n);
	size_t i, k, s;

	for (i = 0; i < n; i++) {
		s = palette_slot(names[order[i]]);
		for (k = 0; k < PALETTE_SLOTS && taken[(s + k) % PALETTE_SLOTS];
		    k++)
			;
		if (k < PALETTE_SLOTS)
			s = (s + k) % PALETTE_SLOTS;
		taken[s] = 1;
		slots_out[order[i]] = s;
	}
	free(order);
}
