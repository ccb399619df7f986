/*
 * report_pdf.h - the briefing as report.pdf: A4 portrait, text set with
 * pango, charts drawn as vectors through the briefing's draw callbacks.
 *
 * Page one holds the title, period, headline, the sources table and the
 * range chart; then the timeline and the changes; then the discrepancy
 * matrix and the compatibility findings; last the provenance appendix,
 * one row per claim, flowing over as many pages as it needs. Every page
 * has the footer "page N of M", the generation time and the version.
 */
#ifndef REPORT_PDF_H
#define REPORT_PDF_H

#include "briefing.h"

#define REPORT_PDF_WIDTH	595.0	/* A4 in points */
#define REPORT_PDF_HEIGHT	842.0
#define REPORT_PDF_MARGIN	48.0	/* left and right margins */
#define REPORT_PDF_TOP		46.0	/* first line of text */
#define REPORT_PDF_BOTTOM	58.0	/* body text ends this far up */

/*
 * Write the briefing to path. Returns the number of pages written, or -1
 * after one message naming the file when it cannot be written (a folder
 * that does not exist, a full disk); no partial file is left behind.
 */
int	report_pdf_write(const struct briefing *, const char *path);

#endif
