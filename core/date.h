/*
 * date.h - proleptic Gregorian calendar dates as day numbers.
 *
 * A day number counts days since 1970-01-01 (negative before it), so date
 * arithmetic (windows, "last Thursday") is integer arithmetic.
 */
#ifndef DATE_H
#define DATE_H

#include <stdbool.h>

#include "claimtrack.h"

bool	date_valid(int year, int month, int day);
long	date_days(int year, int month, int day);
void	date_civil(long days, int *year, int *month, int *day);
/* 0 = Sunday ... 6 = Saturday. */
int	date_weekday(long days);
int	date_days_in_month(int year, int month);

/*
 * Parse "YYYY-MM-DD", optionally followed by a time part ("T10:00:00Z",
 * " 10:00"). Returns 0 and sets *days, or -1 for anything else, including
 * impossible dates such as 2024-02-30.
 */
int	date_parse(const char *s, long *days);
/* Write "YYYY-MM-DD" into out. */
void	date_format(long days, char out[DATE_LEN]);
/* Today in the local time zone. */
long	date_today(void);

#endif
