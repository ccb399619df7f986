/*
 * report_text.h - the briefing as summary.md and summary.html: the same
 * content as report.pdf (headline, sources table, changes, discrepancy,
 * findings, charts, provenance appendix) for reading on screen.
 */
#ifndef REPORT_TEXT_H
#define REPORT_TEXT_H

#include "briefing.h"

/*
 * Write summary.md to path. Charts are image links to each chart's
 * png_link (relative, "charts/range.png"); every text cell is escaped so
 * that a pipe, a newline or markup in a sentence cannot break the page.
 * Returns 0, or -1 after one message naming the file.
 */
int	report_md_write(const struct briefing *, const char *path);

/*
 * Write summary.html to path: one standalone page with inline CSS and
 * each chart's SVG file inlined (its ids prefixed with the chart name so
 * four charts can share a page; scripts and event attributes dropped).
 * The page is built as a libxml2 HTML tree, so all text is escaped.
 * Returns 0; 1 when the page was written but a chart could not be read
 * (reported, and replaced by a note); -1 after one message naming the
 * file when the page could not be written.
 */
int	report_html_write(const struct briefing *, const char *path);

#endif
