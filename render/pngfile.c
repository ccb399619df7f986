/*
 * pngfile.c - see pngfile.h.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <png.h>

#include "claimtrack.h"
#include "util.h"
#include "pngfile.h"

/*
 * Deflate level and row filter. The charts are flat colour with thin
 * anti-aliased lines and text: rows left unfiltered deflate well, and
 * libpng's adaptive filtering (its default for RGB, which cairo keeps)
 * costs more than it saves. Level 3 without filters encoded the 24 charts
 * of a briefing in a quarter of the CPU of zlib's default level with
 * adaptive filters, into files 7% smaller (docs/performance.md, "Round
 * 10"). Decoded pixels are the same whatever these are.
 */
#define PNGFILE_LEVEL	3
#define PNGFILE_FILTERS	PNG_FILTER_NONE

/* One row of native xRGB words as RGB bytes, as cairo's PNG writer does. */
static void
row_to_rgb(const unsigned char *src, unsigned char *dst, int width)
{
	const uint32_t *px = (const uint32_t *)(const void *)src;
	int x;

	for (x = 0; x < width; x++) {
		dst[3 * x] = (unsigned char)(px[x] >> 16);
		dst[3 * x + 1] = (unsigned char)(px[x] >> 8);
		dst[3 * x + 2] = (unsigned char)px[x];
	}
}

/* Write the rows through png; 0, or -1 after libpng reported an error
 * (libpng's longjmp lands here, so nothing here may own memory). */
static int
rows_write(png_structp png, png_infop info, cairo_surface_t *sf,
    unsigned char *row)
{
	const unsigned char *data = cairo_image_surface_get_data(sf);
	int stride = cairo_image_surface_get_stride(sf);
	int width = cairo_image_surface_get_width(sf);
	int height = cairo_image_surface_get_height(sf);
	png_color_16 white = { 0, 255, 255, 255, 255 };
	int y;

	if (setjmp(png_jmpbuf(png)))
		return -1;
	png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8,
	    PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
	    PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_set_bKGD(png, info, &white);
	png_set_compression_level(png, PNGFILE_LEVEL);
	png_set_filter(png, PNG_FILTER_TYPE_BASE, PNGFILE_FILTERS);
	png_write_info(png, info);
	for (y = 0; y < height; y++) {
		row_to_rgb(data + (size_t)y * (size_t)stride, row, width);
		png_write_row(png, row);
	}
	png_write_end(png, info);
	return 0;
}

cairo_status_t
pngfile_write(cairo_surface_t *sf, const char *path)
{
	cairo_status_t st = cairo_surface_status(sf);
	png_structp png;
	png_infop info = NULL;
	unsigned char *row;
	FILE *fp;
	int rc;

	if (st != CAIRO_STATUS_SUCCESS)
		return st;
	if (cairo_surface_get_type(sf) != CAIRO_SURFACE_TYPE_IMAGE ||
	    cairo_image_surface_get_format(sf) != CAIRO_FORMAT_RGB24)
		return CAIRO_STATUS_INVALID_FORMAT;
	cairo_surface_flush(sf);
	fp = fopen(path, "wb");
	if (fp == NULL)
		return CAIRO_STATUS_WRITE_ERROR;
	png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	if (png != NULL)
		info = png_create_info_struct(png);
	if (info == NULL) {
		png_destroy_write_struct(&png, NULL);
		fclose(fp);
		return CAIRO_STATUS_NO_MEMORY;
	}
	png_init_io(png, fp);
	row = xmalloc(3 * (size_t)cairo_image_surface_get_width(sf) + 1);
	rc = rows_write(png, info, sf, row);
	free(row);
	png_destroy_write_struct(&png, &info);
	if (fclose(fp) != 0 || rc != 0)
		return CAIRO_STATUS_WRITE_ERROR;
	return CAIRO_STATUS_SUCCESS;
}
