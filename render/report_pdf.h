/*
 * report_pdf.h - the briefing as report.pdf: A4 portrait, text set with
 * pango, charts drawn as vectors through the briefing's draw callbacks.
 *
 * The sections follow one another without forced page breaks: the title,
 * period, headline and sources table, then the range chart, the timeline,
 * the changes (chart and sentences), how far apart the sources are (facts,
 * matrix, compatibility findings), last the provenance appendix, one row
 * per claim, flowing over as many pages as it needs. A heading is kept on
 * the page of its chart or first lines; a chart is drawn into a box as
 * tall as its height callback asks (at most a page). Every page
 * has the footer "page N of M", the generation time and the version.
 *
 * The PDF is the briefing people read, so at archive scale it shows the
 * first rows and says where the rest are (summary.md/.html/.json, the
 * claims exports hold everything): the first REPORT_PDF_SOURCE_ROWS rows
 * of the sources table, the first REPORT_PDF_CHANGES changes, and an
 * appendix of every claim when there are at most REPORT_PDF_CLAIMS, else
 * of the claims behind the rows and changes shown (briefing_claim's
 * backs_source and backs_change).
 */
#ifndef REPORT_PDF_H
#define REPORT_PDF_H

#include "briefing.h"

#define REPORT_PDF_WIDTH	595.0	/* A4 in points */
#define REPORT_PDF_HEIGHT	842.0
#define REPORT_PDF_MARGIN	48.0	/* left and right margins */
#define REPORT_PDF_TOP		46.0	/* first line of text */
#define REPORT_PDF_BOTTOM	58.0	/* body text ends this far up */

#define REPORT_PDF_SOURCE_ROWS	60	/* sources table: some two pages, so
					   the charts follow */
#define REPORT_PDF_CHANGES	40	/* change sentences: about two pages */
#define REPORT_PDF_CLAIMS	300	/* an appendix of every claim up to
					   this many, some twenty pages */

/*
 * Write the briefing to path. Returns the number of pages written, or -1
 * after one message naming the file when it cannot be written (a folder
 * that does not exist, a full disk); no partial file is left behind.
 */
int	report_pdf_write(const struct briefing *, const char *path);

#endif
