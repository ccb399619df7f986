/*
 * period.h - reporting periods: the window of days a briefing covers.
 *
 * The current period is a window of whole days ending at asof (inclusive):
 *   day    asof only
 *   week   the 7 days asof-6 .. asof
 *   month  the 30 days asof-29 .. asof (a rolling month, so that two
 *          briefings a month apart never overlap and every month is
 *          equally long for comparisons)
 *   all    everything up to asof
 * Days are day numbers as in date.h.
 */
#ifndef PERIOD_H
#define PERIOD_H

#include <limits.h>

enum period_kind {
	PERIOD_DAY,
	PERIOD_WEEK,
	PERIOD_MONTH,
	PERIOD_ALL
};

/* The first day of "all": earlier than any parseable date. */
#define PERIOD_BEGINNING LONG_MIN

/* Parse "day", "week", "month" or "all"; returns -1 when unknown. */
int	period_parse(const char *);
const char *period_name(enum period_kind);
/* First day of the window of kind ending at asof (PERIOD_BEGINNING for all). */
long	period_start(enum period_kind, long asof);

/*
 * The recent history a briefing's timeline shows: whole periods ending
 * at asof, so that each is what an earlier briefing covered: 30 days for
 * day, 13 weeks (91 days) for week, 12 months of 30 days (360 days) for
 * month; everything (PERIOD_BEGINNING) for all.
 */
long	period_history_start(enum period_kind, long asof);
/* "last 30 days", "last 13 weeks", "last 12 months"; "" for all. */
const char *period_history_name(enum period_kind);

#endif
