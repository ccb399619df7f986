/*
 * pngfile.h - an image surface of the charts written as a PNG file
 * through libpng, at a compression level chosen for speed.
 *
 * The pixels and chunks are those of cairo_surface_write_to_png() for a
 * CAIRO_FORMAT_RGB24 surface (IHDR 8-bit RGB, bKGD white, IDAT, IEND):
 * only the deflate stream differs. cairo leaves zlib at its default level,
 * which spent more than half of the charts stage on the briefing's charts
 * (docs/performance.md, "Round 10").
 */
#ifndef PNGFILE_H
#define PNGFILE_H

#include <cairo.h>

/*
 * Write the RGB24 image surface sf to path. Returns CAIRO_STATUS_SUCCESS,
 * the surface's own error status, CAIRO_STATUS_INVALID_FORMAT for another
 * pixel format, or CAIRO_STATUS_WRITE_ERROR when the file cannot be
 * written (a partial file may be left, as by cairo; the caller reports).
 */
cairo_status_t	pngfile_write(cairo_surface_t *sf, const char *path);

#endif
