/*
 * palette.h - one colour and one marker shape per source, the same in
 * every chart and every night.
 *
 * Colours are the Okabe-Ito palette (safe for the common kinds of colour
 * blindness) without its yellow, which is unreadable as a line or as text
 * on white: seven slots. Each slot also has its own marker shape, so the
 * charts stay readable in grey print.
 *
 * A source's preferred slot is a hash (32-bit FNV-1a) of its name, so it
 * does not depend on which other sources appear. Tie rule: when several
 * names of one chart set prefer the same slot, the name that sorts first
 * (strcmp) keeps it and the next takes the next free slot in palette
 * order. With more than seven sources, colours repeat (shapes too) and
 * the direct labels tell the sources apart.
 */
#ifndef PALETTE_H
#define PALETTE_H

#include <stddef.h>

#define PALETTE_SLOTS 7

struct rgb {
	double	 r, g, b;	/* components in [0, 1] */
};

enum marker {
	MARKER_CIRCLE,
	MARKER_SQUARE,
	MARKER_DIAMOND,
	MARKER_TRIANGLE_UP,
	MARKER_TRIANGLE_DOWN,
	MARKER_PENTAGON,
	MARKER_CROSS
};

/* The colour and the marker of a slot (taken modulo PALETTE_SLOTS). */
struct rgb palette_color(size_t slot);
enum marker palette_marker(size_t slot);
/* "#0072B2" of a slot: static storage. */
const char *palette_hex(size_t slot);

/* The slot a name prefers, before any tie. */
size_t	palette_slot(const char *name);

/*
 * Fill slots[i] for each of the n names (distinct, in any order) by the
 * tie rule above; the result does not depend on the order of names.
 */
void	palette_assign(const char *const *names, size_t n, size_t *slots);

#endif
