/*
 * claimdate.h - read when something was said, the way news writes it:
 * "On October 24", "Oct. 24", "24 October 2024", "on Thursday" (the latest
 * Thursday on or before publication), "today", "yesterday", "on the same
 * date" / "that day" (the date last named before). A month and day
 * without a year take the year that puts them on or before publication
 * (a week of slack). "earlier in the week", "this month", "recently" are
 * vague: they give no date.
 */
#ifndef CLAIMDATE_H
#define CLAIMDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "tokens.h"

#define DATE_UNKNOWN (-2147483647L)

/*
 * An article without a publication day is read against the latest full
 * date its text writes ("since June 18, 2024"), given as the published
 * day DATE_GUESSED + that day: a month and day take the year that puts
 * them near it, a weekday beside them must hold ("Monday, July 1"),
 * and a bare weekday, "today" or "yesterday" give no date.
 */
#define DATE_GUESSED (-1000000000L)
#define DATE_GUESS_SPAN 1000000L	/* day numbers a guess may hold */

/* Is published a guessed day? Then *ref is the text's latest date. */
bool	claimdate_guessed(long published, long *ref);

/*
 * An article without a publication day and without a full date in its
 * text or address, but with a month and year ("in August 2024"), is
 * from that month on: the published day DATE_FLOORED + the month's
 * first day. A month and day without a year take the first year that
 * puts them on or after it ("on March 17" after "August 2024" is in
 * 2025); a weekday beside them ("Tuesday, Jan. 14") takes the first
 * year from there on in which it holds, within FLOOR_YEARS. A bare
 * weekday, "today" or "yesterday" give no date.
 */
#define DATE_FLOORED (-1500000000L)
#define FLOOR_YEARS 11	/* years a weekday may push a date past it */

/* Is published a floor? Then *floor is its first day. */
bool	claimdate_floored(long published, long *floor);

/* Is the publication day known (neither unknown, guessed nor a floor)? */
bool	claimdate_known(long published);

/* The first day of the latest month written with its year alone in
 * t[0..n) ("in August 2024", "Dec. 2024"; not "9 January 2009");
 * false when there is none. */
bool	claimdate_month_year(const char *text, const struct token *t,
	    size_t n, long *days);

/* The latest date with its year written in t[0..n) ("June 18, 2024",
 * "1st July 2024"); false when there is none. */
bool	claimdate_full(const char *text, const struct token *t, size_t n,
	    long *days);

enum cdate {
	CDATE_NONE,	/* no date expression */
	CDATE_FOUND,	/* *days holds the date */
	CDATE_VAGUE,	/* a vague time span: no date */
	CDATE_SAME	/* "the same date": the date last named */
};

/*
 * Look for the first date expression in tokens [a, b) of t[0..n), read
 * against the publication day (DATE_UNKNOWN when undated).
 */
enum cdate claimdate_find(const char *text, const struct token *t,
	    size_t n, size_t a, size_t b, long published, long *days);

#define CLAUSE_MAX 16	/* tokens read on from a reporting verb */

/*
 * Like claimdate_find, from token a to the end of its clause: "said
 * during a briefing in Geneva on Tuesday". The clause ends at
 * punctuation, a number that is no date, or a word that opens another
 * clause ("that", "which", "while").
 */
enum cdate claimdate_clause(const char *text, const struct token *t,
	    size_t n, size_t a, long published, long *days);

/*
 * Whether the statement whose words are tokens [a, b) and whose verb is
 * at token verb was made before the one reported: "had said", "had
 * previously put", "earlier said", "initially reported". Such a
 * statement takes no date from its neighbours.
 */
bool	claimdate_earlier(const char *text, const struct token *t,
	    size_t n, size_t a, size_t b, size_t verb);

/*
 * The date written in a figure's own clause, read from token a just
 * after the figure to the end of the clause: "climbed above 15,000 on
 * Wednesday", "rose to 2,921 as of Tuesday morning". With as_of, only a
 * date after "as of" counts (a figure whose statement has a cue).
 */
enum cdate claimdate_figure(const char *text, const struct token *t,
	    size_t n, size_t a, bool as_of, long published, long *days);

/*
 * The date of the statement whose words are tokens [a, b) of t[0..n)
 * and whose verb is at token verb: the one a word of stating gives
 * there ("said Tuesday", "at a briefing on Monday"), else the first
 * written there, as claimdate_find reads it. "Since X announced the
 * drive on September 21, Y said Tuesday" is Tuesday's.
 */
enum cdate claimdate_said(const char *text, const struct token *t,
	    size_t n, size_t a, size_t b, size_t verb, long published,
	    long *days);

/* The last explicit calendar date (month and day) in t[0..n), like
 * claimdate_find; CDATE_NONE when there is none. */
enum cdate claimdate_last(const char *text, const struct token *t,
	    size_t n, long published, long *days);

/*
 * Is the figure at token k given as a count's level by the verb before
 * it ("rose to 300", "stood at about 300", "passed 300")? Then a date in
 * its own clause ("rose to 300 on Tuesday, the ministry said") is when
 * the count was given, the statement's date.
 */
bool	claimdate_level(const char *text, const struct token *t, size_t k);

/*
 * The date written in the clause that gives the figure at tokens
 * [k, after): between a verb that gives it as a count's level and the
 * figure ("rose Thursday to 3,000"), after the figure ("had reached
 * 1,600 by Saturday"), or before the verb in the same clause ("On
 * Monday night the toll stood at ...", "Saturday's toll of 300"). Not
 * a date of another event ("the quake that struck on Friday", "since
 * Friday", "Sunday's march"); without such a verb, only a possessive
 * date of a count's noun. CDATE_NONE when there is none.
 */
enum cdate claimdate_level_clause(const char *text, const struct token *t,
	    size_t n, size_t k, size_t after, long published, long *days);

/*
 * The tokens of a clock time at token i: "6 p.m.", "6pm", "18:00 GMT",
 * "9 a.m. local time", "noon", "midnight"; 0 when none. A date after it
 * ("6 p.m. Tuesday", "noon on Monday") is read through it.
 */
size_t	claimdate_time(const char *text, const struct token *t, size_t n,
	    size_t i);

/*
 * A date written just after a word of stating in the sentence t[0..n)
 * of the figure at token k: "told a committee meeting Wednesday", "the
 * figures for Saturday's report", "at a briefing on Tuesday", "said
 * Monday". Not a date after "since", "until" or "by", nor one that
 * names an event ("since violence broke out on April 15", "joined
 * Sunday's march"), nor one past a full stop glued to the next sentence
 * ("...meeting.Park said"). CDATE_NONE when there is none.
 */
enum cdate claimdate_statement(const char *text, const struct token *t,
	    size_t n, size_t k, long published, long *days);

/*
 * For a figure at token k that no one is named as giving: the date
 * beside a word of stating in its own part of the sentence t[0..n),
 * as claimdate_statement reads it ("the forces reported on Tuesday
 * that N ...", "N people were jailed, a news site reported Monday").
 * A part ends at ';' or a word joining another statement or event
 * ("while", "but", "before", "when" ...): "X said Friday, while the
 * toll elsewhere was N", "X said Monday it was ready, before the storm
 * killed N" give N no date.
 */
enum cdate claimdate_unattributed(const char *text, const struct token *t,
	    size_t n, size_t k, long published, long *days);

/*
 * The last resort for a figure at token k that no rule dated: the first
 * date written in its sentence t[0..n) from token from on ("Rescuers
 * said 40 were missing, in a post late on Tuesday", "\"As of this
 * morning, 300 ...\"") that is not plainly another's: not after
 * publication or a coming day; not a dateline, a span's end or a
 * deadline ("since Monday", "to June 4", "by Friday"); not a date
 * naming an event ("the March 3 vote", "Sunday's march"); not in or
 * defined by a clause of another event ("since the flood began on
 * Monday", "the quake that struck on Friday", "On Sunday, when the
 * storm hit"); not the figure's own event's, with no word of stating
 * between or just before it ("On Sunday, shelling killed 150, X
 * said", "X said 300 arrived on Monday"; but "X confirmed 72 deaths
 * on Tuesday" is X's day); not across another statement's part ("X
 * said on Monday, while the toll was 92"). *at is its token.
 * CDATE_NONE when there is none.
 */
enum cdate claimdate_sentence(const char *text, const struct token *t,
	    size_t n, size_t k, size_t from, long published, long *days,
	    size_t *at);

/*
 * A dateline with a full date opening the line text[start..end): "GENEVA/
 * ISLAMABAD, 20 September 2022 -" (a place in capitals, a comma, a day,
 * month and year, a dash), as press releases open. t (max tokens) is
 * scratch. False when the line opens otherwise or the date is after
 * publication.
 */
bool	claimdate_dateline(const char *text, size_t start, size_t end,
	    struct token *t, size_t max, long published, long *days);

/*
 * The tokens t[0..n) of text are the sentence being read, published
 * that day, unchanged until the next call: the date found at each of
 * them is kept while it is read (t NULL: none is kept; a call with
 * other tokens reads them as before).
 */
void	claimdate_keep(const char *text, const struct token *t, size_t n,
	    long published);

#endif
