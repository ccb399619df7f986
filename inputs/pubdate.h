/*
 * pubdate.h - publication dates as news sites and feeds write them.
 */
#ifndef PUBDATE_H
#define PUBDATE_H

#include "claimtrack.h"

/*
 * Parse a publication date into "YYYY-MM-DD" in out. Accepted, with
 * surrounding white space and case ignored:
 *   2024-10-25                      ISO date
 *   2024-10-25T10:00:00+02:00       ISO date-time (the date as written)
 *   October 25, 2024  Oct. 25, 2024  Oct 25 2024
 *   25 October 2024   25 Oct. 2024
 *   Fri, 25 Oct 2024 10:00:00 GMT   RFC 2822 (an optional weekday first)
 * After the year only a time part may follow (separated by white space,
 * ',' or 'T'). Month names are English, full or abbreviated ("Sept" too).
 * Returns 0, or -1 (out untouched) for anything else, including
 * impossible dates such as 2024-02-30. Reports nothing.
 */
int	pubdate_parse(const char *s, char out[DATE_LEN]);

#endif
