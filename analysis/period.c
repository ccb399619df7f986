/*
 * period.c - see period.h.
 */
#include <string.h>

#include "period.h"

static const char *const period_names[] = {
	[PERIOD_DAY] = "day",
	[PERIOD_WEEK] = "week",
	[PERIOD_MONTH] = "month",
	[PERIOD_ALL] = "all",
};

#define NPERIODS (sizeof(period_names) / sizeof(*period_names))

int
period_parse(const char *s)
{
	size_t i;

	if (s == NULL)
		return -1;
	for (i = 0; i < NPERIODS; i++)
		if (strcmp(s, period_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
period_name(enum period_kind k)
{
	return (size_t)k < NPERIODS ? period_names[k] : "all";
}

long
period_start(enum period_kind k, long asof)
{
	switch (k) {
	case PERIOD_DAY:
		return asof;
	case PERIOD_WEEK:
		return asof - 6;
	case PERIOD_MONTH:
		return asof - 29;
	default:
		return PERIOD_BEGINNING;
	}
}

/* Periods in the history of a briefing of each kind (0: everything). */
static const int history_periods[] = {
	[PERIOD_DAY] = 30,
	[PERIOD_WEEK] = 13,
	[PERIOD_MONTH] = 12,
	[PERIOD_ALL] = 0,
};

long
period_history_start(enum period_kind k, long asof)
{
	long len;

	if ((size_t)k >= NPERIODS || history_periods[k] == 0)
		return PERIOD_BEGINNING;
	len = asof - period_start(k, asof) + 1;
	return asof - len * history_periods[k] + 1;
}

const char *
period_history_name(enum period_kind k)
{
	switch (k) {
	case PERIOD_DAY:
		return "last 30 days";
	case PERIOD_WEEK:
		return "last 13 weeks";
	case PERIOD_MONTH:
		return "last 12 months";
	default:
		return "";
	}
}
