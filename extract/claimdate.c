/*
 * claimdate.c - see claimdate.h.
 */
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "claimdate.h"
#include "date.h"
#include "util.h"

#define GUESS_AHEAD 90	/* days a date may run past a guessed day */
#define GUESS_BEHIND 300 /* days it may lie before */

bool
claimdate_guessed(long published, long *ref)
{
	if (published <= DATE_GUESSED - DATE_GUESS_SPAN ||
	    published >= DATE_GUESSED + DATE_GUESS_SPAN)
		return false;
	*ref = published - DATE_GUESSED;
	return true;
}

bool
claimdate_floored(long published, long *floor)
{
	if (published <= DATE_FLOORED - DATE_GUESS_SPAN ||
	    published >= DATE_FLOORED + DATE_GUESS_SPAN)
		return false;
	*floor = published - DATE_FLOORED;
	return true;
}

bool
claimdate_known(long published)
{
	long ref;

	return published != DATE_UNKNOWN && !claimdate_guessed(published,
	    &ref) && !claimdate_floored(published, &ref);
}

static bool
known(long published)
{
	return claimdate_known(published);
}

static const char *const vague_words[] = {
	"week", "weeks", "month", "months", "recently", "weekend", "lately",
	"days", NULL
};

/* Month number 1..12 of a word ("October", "Oct", "Sept"), else 0. */
static int
month_of(const char *text, const struct token *t)
{
	int m;

	if ((m = tok_month(text, t, false)) > 0)
		return m;
	if (!(t->flags & TF_CAP))
		return 0;	/* "may" the verb is not May */
	return tok_month(text, t, true);
}

static bool
day_number(const struct token *t)
{
	return t->kind == TOK_NUM && !(t->flags & (TF_DECIMAL | TF_TIME |
	    TF_ATTACHED)) && t->num >= 1 && t->num <= 31;
}

/* Year of a month/day said without one: on or before publication. */
static long
resolve_year(int month, int day, int year, long published)
{
	int py, pm, pd;
	long d, ref;

	if (year > 0)
		return date_valid(year, month, day) ? date_days(year, month,
		    day) : DATE_UNKNOWN;
	if (claimdate_guessed(published, &ref)) {
		date_civil(ref, &py, &pm, &pd);
		if (!date_valid(py, month, day))
			return DATE_UNKNOWN;
		d = date_days(py, month, day);
		if (d > ref + GUESS_AHEAD && date_valid(py - 1, month, day))
			d = date_days(py - 1, month, day);
		return d >= ref - GUESS_BEHIND ? d : DATE_UNKNOWN;
	}
	if (claimdate_floored(published, &ref)) {
		/* the first such day on or after the floor */
		date_civil(ref, &py, &pm, &pd);
		if (date_valid(py, month, day) && date_days(py, month, day) >=
		    ref)
			return date_days(py, month, day);
		return date_valid(py + 1, month, day) ? date_days(py + 1,
		    month, day) : DATE_UNKNOWN;
	}
	if (published == DATE_UNKNOWN)
		return DATE_UNKNOWN;
	date_civil(published, &py, &pm, &pd);
	if (!date_valid(py, month, day))
		return DATE_UNKNOWN;
	d = date_days(py, month, day);
	if (d > published + 7 && date_valid(py - 1, month, day))
		d = date_days(py - 1, month, day);
	return d;
}

/* An optional ", 2024" or " 2024" after a day; returns the year or 0. */
static int
year_after(const struct token *t, size_t n, size_t *j)
{
	size_t k = *j;

	if (k < n && tok_punct(&t[k], ','))
		k++;
	if (k < n && (t[k].flags & TF_YEARLIKE)) {
		*j = k + 1;
		return (int)t[k].num;
	}
	return 0;
}

/*
 * The weekday written just before the date at token i ("Tuesday, Jan.
 * 14", "Friday 16 June"), else -1.
 */
static int
weekday_before(const char *text, const struct token *t, size_t i)
{
	size_t j = i > 0 && tok_punct(&t[i - 1], ',') ? i - 1 : i;

	return j > 0 ? tok_weekday(text, &t[j - 1]) : -1;
}

/*
 * The day d (a month and day read against a floor) moved on by whole
 * years until it falls on weekday wd, within FLOOR_YEARS; DATE_UNKNOWN
 * when it never does. The weekday fixes the year the floor leaves
 * open: "Tuesday, Jan. 14" after "August 2024" is in 2025, not 2026.
 */
static long
weekday_year(long d, int wd)
{
	int y, m, dd, k;

	date_civil(d, &y, &m, &dd);
	for (k = 0; k <= FLOOR_YEARS; k++)
		if (date_valid(y + k, m, dd) && date_weekday(date_days(y + k,
		    m, dd)) == wd)
			return date_days(y + k, m, dd);
	return DATE_UNKNOWN;
}

/* "October 24", "Oct. 24, 2024", "24 October 2024" at token i. */
static bool
calendar_at(const char *text, const struct token *t, size_t n, size_t i,
    long published, long *days)
{
	size_t j = i;
	int m, d, y, wd;
	long floor;

	if ((m = month_of(text, &t[j])) > 0) {
		j++;
		if (j < n && tok_punct(&t[j], '.'))
			j++;
		if (j >= n || !day_number(&t[j]))
			return false;
		d = (int)t[j++].num;
	} else if (day_number(&t[j]) && j + 1 < n &&
	    (m = month_of(text, &t[j + 1])) > 0) {
		d = (int)t[j].num;
		j += 2;
	} else
		return false;
	y = year_after(t, n, &j);
	*days = resolve_year(m, d, y, published);
	if (*days == DATE_UNKNOWN)
		return false;
	/* "Monday, July 1" with no publication day: the weekday must
	 * hold, or the guessed year is wrong; after a floor it picks the
	 * year */
	if (y == 0 && !known(published) && (wd = weekday_before(text, t,
	    i)) >= 0 && date_weekday(*days) != wd) {
		if (!claimdate_floored(published, &floor))
			return false;
		*days = weekday_year(*days, wd);
		return *days != DATE_UNKNOWN;
	}
	return true;
}

/* The latest day of that month and day on or before publication;
 * DATE_UNKNOWN when there is none. */
static long
on_or_before(int month, int day, long published)
{
	int py, pm, pd;

	date_civil(published, &py, &pm, &pd);
	if (date_valid(py, month, day) && date_days(py, month, day) <=
	    published)
		return date_days(py, month, day);
	return date_valid(py - 1, month, day) ? date_days(py - 1, month,
	    day) : DATE_UNKNOWN;
}

/*
 * "on 10/12": a day and a month written as two numbers joined by a
 * slash, after "on" (else "24/7", "1/3" of a share). Day-month and
 * month-day are both read; the one on or before publication and
 * nearest to it is the date. Not a date with a year ("10/12/2025" is
 * left to other readers) and not one without a known publication day.
 */
static bool
numeric_at(const char *text, const struct token *t, size_t n, size_t i,
    long published, long *days)
{
	long dm = DATE_UNKNOWN, md = DATE_UNKNOWN;
	int a, b;

	if (i == 0 || i + 2 >= n || !known(published) ||
	    !tok_is(text, &t[i - 1], "on") || !day_number(&t[i]) ||
	    !tok_punct(&t[i + 1], '/') || !day_number(&t[i + 2]) ||
	    t[i + 1].off != t[i].off + t[i].len ||
	    t[i + 2].off != t[i + 1].off + t[i + 1].len)
		return false;
	if (i + 3 < n && tok_punct(&t[i + 3], '/') &&
	    t[i + 3].off == t[i + 2].off + t[i + 2].len)
		return false;
	a = (int)t[i].num;
	b = (int)t[i + 2].num;
	if (b <= 12)
		dm = on_or_before(b, a, published);
	if (a <= 12)
		md = on_or_before(a, b, published);
	if (dm == DATE_UNKNOWN && md == DATE_UNKNOWN)
		return false;
	*days = dm == DATE_UNKNOWN ? md : md == DATE_UNKNOWN ? dm :
	    dm > md ? dm : md;
	return true;
}

/* "on Thursday": the latest Thursday on or before publication. */
static bool
weekday_at(const char *text, const struct token *t, size_t i,
    long published, long *days)
{
	int wd = tok_weekday(text, &t[i]);

	if (wd < 0 || !known(published))
		return false;
	if (i > 0 && (tok_is(text, &t[i - 1], "next") ||
	    tok_is(text, &t[i - 1], "until") || tok_is(text, &t[i - 1],
	    "by")))
		return false;
	*days = published - ((date_weekday(published) - wd + 7) % 7);
	return true;
}

static bool
same_at(const char *text, const struct token *t, size_t n, size_t i)
{
	if (i + 1 < n && tok_is(text, &t[i], "same") &&
	    (tok_is(text, &t[i + 1], "day") || tok_is(text, &t[i + 1],
	    "date")))
		return true;
	return i + 1 < n && tok_is(text, &t[i], "that") &&
	    (tok_is(text, &t[i + 1], "day") || tok_is(text, &t[i + 1],
	    "date"));
}

/*
 * "today, Monday", "yesterday (Friday)": wire copy names the weekday
 * beside the relative word, and the weekday holds where the copy was
 * filed on another day than its publication. The weekday within the
 * week before publication; false when no weekday follows.
 */
static bool
day_named(const char *text, const struct token *t, size_t n, size_t i,
    long published, long *days)
{
	size_t j = i + 1;

	if (!tok_is(text, &t[i], "today") && !tok_is(text, &t[i],
	    "yesterday"))
		return false;
	if (j < n && (tok_punct(&t[j], ',') || tok_punct(&t[j], '(')))
		j++;
	return j < n && tok_weekday(text, &t[j]) >= 0 &&
	    weekday_at(text, t, j, published, days);
}

/* Words after a time written with its minutes: "17.00 hours", "1100
 * hrs" (sorted). */
static const char *const hour_words[] = {
	"h", "hours", "hrs"
};

/*
 * Is the number at t a time of day written with its minutes, "17.00",
 * "9.30" or "1100" (hours to 23, minutes to 59)? Not "24" nor "1,500":
 * "24 hours" is a span, not a time.
 */
static bool
clock_digits(const char *text, const struct token *t)
{
	const char *s = text + t->off;
	size_t l = t->len, i;
	int h = 0, mi;

	if (l < 4 || l > 5)
		return false;
	for (i = 0; i < l; i++)
		if (!(s[i] >= '0' && s[i] <= '9') && !(i == l - 3 &&
		    (s[i] == '.' || s[i] == ':')))
			return false;
	if (l == 5 && s[2] != '.' && s[2] != ':')
		return false;	/* "12345" */
	for (i = 0; i < l - 2; i++)
		if (s[i] >= '0' && s[i] <= '9')
			h = h * 10 + (s[i] - '0');
	mi = (s[l - 2] - '0') * 10 + (s[l - 1] - '0');
	return h <= 23 && mi <= 59;
}

/* Words after a clock time: "6 p.m.", "18:00 GMT" (sorted). */
static const char *const clock_words[] = {
	"a.m", "a.m.", "am", "bst", "cet", "edt", "est", "et", "gmt", "p.m",
	"p.m.", "pm", "pst", "pt", "utc"
};

size_t
claimdate_time(const char *text, const struct token *t, size_t n, size_t i)
{
	const char *s = text + t[i].off;
	size_t j = i + 1, l = t[i].len;

	if (tok_is(text, &t[i], "noon") || tok_is(text, &t[i], "midnight"))
		return 1;
	if (l > 2 && s[0] >= '0' && s[0] <= '9' && (strncasecmp(s + l - 2,
	    "am", 2) == 0 || strncasecmp(s + l - 2, "pm", 2) == 0))
		return 1;		/* "6pm" */
	if (t[i].kind != TOK_NUM)
		return 0;
	if (j < n && clock_digits(text, &t[i]) && tok_in_sorted(text, &t[j],
	    hour_words, NELEM(hour_words)))
		j++;		/* "17.00 hours", "1100 hrs" */
	else if (memchr(s, ':', l) == NULL && (j >= n || !tok_in_sorted(text,
	    &t[j], clock_words, NELEM(clock_words))))
		return 0;
	while (j < n && (tok_in_sorted(text, &t[j], clock_words,
	    NELEM(clock_words)) || tok_in_sorted(text, &t[j], hour_words,
	    NELEM(hour_words)) || tok_is(text, &t[j], "local") ||
	    tok_is(text, &t[j], "time")))
		j++;
	return j - i;
}

/* Parts of a day after "this" ("this morning") or "last" ("last
 * night") (sorted). */
static const char *const this_parts[] = {
	"afternoon", "evening", "morning"
};

/*
 * "this morning", "tonight" (1: the publication day) or "last night"
 * (2: the day before) at token i; 0 when none.
 */
static size_t
day_part(const char *text, const struct token *t, size_t n, size_t i)
{
	if (tok_is(text, &t[i], "tonight"))
		return 1;
	if (i + 1 >= n)
		return 0;
	if (tok_is(text, &t[i], "this") && tok_in_sorted(text, &t[i + 1],
	    this_parts, NELEM(this_parts)))
		return 1;
	if (tok_is(text, &t[i], "last") && tok_is(text, &t[i + 1], "night"))
		return 2;
	return 0;
}

static enum cdate date_at(const char *, const struct token *, size_t,
    size_t, long, long *);

/*
 * Is token i of the sentence t[0..n) inside a quotation: an odd count
 * of quote marks before it (one opened), or after it (one that opened
 * in a sentence before closes here: 'Today, we count 90," he said')?
 */
static bool
quoted_at(const struct token *t, size_t n, size_t i)
{
	size_t j, before = 0, after = 0;

	for (j = 0; j < n; j++)
		if (j != i && tok_punct(&t[j], '"')) {
			if (j < i)
				before++;
			else
				after++;
		}
	return before % 2 == 1 || after % 2 == 1;
}

/*
 * "today" said in a quotation is the day the words were said, not the
 * day of publication: "'Today, we count 90,' the minister said on
 * Sunday" is Sunday's. It gives no date of its own; the statement's
 * date, or else the publication day, dates the figure.
 */
static bool
quoted_today(const char *text, const struct token *t, size_t n, size_t i)
{
	return tok_is(text, &t[i], "today") && quoted_at(t, n, i);
}

/* The date expression that starts at token i, CDATE_NONE when none. */
static enum cdate
date_read(const char *text, const struct token *t, size_t n, size_t i,
    long published, long *days)
{
	size_t k;

	if (t[i].kind != TOK_WORD && t[i].kind != TOK_NUM)
		return CDATE_NONE;
	if ((k = claimdate_time(text, t, n, i)) > 0) {
		k += i;		/* "6 p.m. (on) Tuesday" */
		if (k < n && (tok_is(text, &t[k], "on") || tok_punct(&t[k],
		    ',')))
			k++;
		return k < n && date_at(text, t, n, k, published, days) ==
		    CDATE_FOUND ? CDATE_FOUND : CDATE_NONE;
	}
	if (calendar_at(text, t, n, i, published, days))
		return CDATE_FOUND;
	if (numeric_at(text, t, n, i, published, days))
		return CDATE_FOUND;	/* "on 10/12" */
	if (weekday_at(text, t, i, published, days))
		return CDATE_FOUND;
	if (day_named(text, t, n, i, published, days))
		return CDATE_FOUND;	/* "today, Monday" */
	if (tok_is(text, &t[i], "today") && known(published) &&
	    !quoted_today(text, t, n, i)) {
		*days = published;
		return CDATE_FOUND;
	}
	if (tok_is(text, &t[i], "yesterday") && known(published)) {
		*days = published - 1;
		return CDATE_FOUND;
	}
	if ((k = day_part(text, t, n, i)) != 0 && known(published)) {
		*days = published - (long)(k - 1);
		return CDATE_FOUND;	/* "last night", "this morning" */
	}
	if (same_at(text, t, n, i))
		return CDATE_SAME;
	if (tok_in(text, &t[i], vague_words) || month_of(text, &t[i]) > 0)
		return CDATE_VAGUE;
	return CDATE_NONE;
}

/*
 * date_read()'s answers at the tokens of the sentence being read, which
 * the rules ask again for every figure of it: claimdate_keep() names
 * the tokens (the current sentence's), and an answer is kept only for
 * those tokens, as many, of that text and publication day. What
 * date_read() left in *days, even with no date found, is kept too.
 */
#define DATE_KEPT_MAX 512
#define DAYS_UNSET LONG_MIN	/* date_read() wrote no *days */

struct date_kept {
	long	 days;		/* what it left in *days, or DAYS_UNSET */
	signed char r;		/* its answer, -1 while not asked */
};

static _Thread_local struct {
	const char *text;
	const struct token *t;	/* NULL: none kept */
	size_t	 n;
	long	 published;
	struct date_kept v[DATE_KEPT_MAX];
} kept;

void
claimdate_keep(const char *text, const struct token *t, size_t n,
    long published)
{
	size_t i;

	kept.t = t != NULL && n <= DATE_KEPT_MAX ? t : NULL;
	kept.text = text;
	kept.n = n;
	kept.published = published;
	for (i = 0; kept.t != NULL && i < n; i++)
		kept.v[i].r = -1;
}

static enum cdate
date_at(const char *text, const struct token *t, size_t n, size_t i,
    long published, long *days)
{
	struct date_kept *m;
	long d = DAYS_UNSET;

	if (t != kept.t || n != kept.n || text != kept.text ||
	    published != kept.published || i >= n)
		return date_read(text, t, n, i, published, days);
	m = &kept.v[i];
	if (m->r < 0) {
		m->r = (signed char)date_read(text, t, n, i, published, &d);
		m->days = d;
	}
	if (m->days != DAYS_UNSET)
		*days = m->days;
	return (enum cdate)m->r;
}

#define BETWEEN_NEAR 5	/* tokens from "between" to its span's end */

/* Words before a date that make it a span's end or start, no
 * statement's, wherever a date is looked for (sorted): "reported
 * between July 16 and August 4", "said since Monday". */
static const char *const span_starts[] = {
	"after", "between", "since", "through", "till", "until"
};

/* Is the date at token i "between July 16 and August 4" or "from
 * Monday to Wednesday" (its end)? */
static bool
span_end(const char *text, const struct token *t, size_t i)
{
	size_t j;

	if (i == 0 || !(tok_is(text, &t[i - 1], "and") ||
	    tok_is(text, &t[i - 1], "to")))
		return false;
	for (j = i - 1; j > 0 && i - j < BETWEEN_NEAR; j--) {
		if (t[j - 1].kind == TOK_PUNCT && t[j - 1].ch != '.')
			return false;
		if (tok_is(text, &t[j - 1], "between") ||
		    tok_is(text, &t[j - 1], "from"))
			return true;
	}
	return false;
}

/* Does the date at token i start or end a span of time? */
static bool
spanned(const char *text, const struct token *t, size_t i)
{
	return (i > 0 && tok_in_sorted(text, &t[i - 1], span_starts,
	    NELEM(span_starts))) ||
	    span_end(text, t, i);
}

static bool	dateline_date(const struct token *, size_t, size_t);

enum cdate
claimdate_find(const char *text, const struct token *t, size_t n,
    size_t a, size_t b, long published, long *days)
{
	enum cdate r;
	size_t i;

	for (i = a; i < b && i < n; i++)
		if (!spanned(text, t, i) && (r = date_at(text, t, n, i,
		    published, days)) != CDATE_NONE &&
		    !(r == CDATE_FOUND && dateline_date(t, n, i)))
			return r;	/* a dateline dates the copy */
	return CDATE_NONE;
}

/* Words that open another clause: a date after them is not the
 * reporting verb's (sorted). */
static const char *const clause_openers[] = {
	"after", "although", "and", "as", "because", "before", "but", "if",
	"since", "so", "that", "though", "unless", "until", "when", "where",
	"whether", "which", "while", "who", "whom", "whose"
};

enum cdate
claimdate_clause(const char *text, const struct token *t, size_t n,
    size_t a, long published, long *days)
{
	enum cdate r;
	size_t i;

	for (i = a; i < n && i < a + CLAUSE_MAX; i++) {
		if (!spanned(text, t, i) && (r = date_at(text, t, n, i,
		    published, days)) != CDATE_NONE)
			return r;
		if (t[i].kind == TOK_PUNCT || t[i].kind == TOK_NUM ||
		    tok_in_sorted(text, &t[i], clause_openers,
		    NELEM(clause_openers)))
			break;
	}
	return CDATE_NONE;
}

enum cdate
claimdate_last(const char *text, const struct token *t, size_t n,
    long published, long *days)
{
	enum cdate r = CDATE_NONE;
	size_t i;
	long d;

	for (i = 0; i < n; i++)
		if (calendar_at(text, t, n, i, published, &d)) {
			*days = d;
			r = CDATE_FOUND;
		}
	return r;
}

/* Words that put a statement before the one being reported (sorted). */
static const char *const earlier_words[] = {
	"before", "earlier", "formerly", "initially", "originally",
	"previously", "prior"
};

bool
claimdate_earlier(const char *text, const struct token *t, size_t n,
    size_t a, size_t b, size_t verb)
{
	size_t i;

	for (i = a; i < b && i < n; i++)
		if (tok_in_sorted(text, &t[i], earlier_words,
		    NELEM(earlier_words)))
			return true;
	for (i = verb; i > 0 && verb - i < 2; i--)
		if (tok_is(text, &t[i - 1], "had"))
			return true;
	return false;
}

/*
 * Is token j "of" after "as", or "at" before a word of the day of
 * speaking ("as at today", "as at this morning": British and West
 * African usage)? "As at March 4" is left unread: a count's date that
 * is not the day it was given.
 */
static bool
as_of_word(const char *text, const struct token *t, size_t n, size_t j)
{
	if (tok_is(text, &t[j], "of"))
		return true;
	return tok_is(text, &t[j], "at") && j + 1 < n && (tok_is(text,
	    &t[j + 1], "today") || tok_is(text, &t[j + 1], "tonight") ||
	    tok_is(text, &t[j + 1], "this"));
}

/*
 * The date written in a figure's own clause, from token a just after
 * it: "climbed above 15,000 on Wednesday", "rose to 2,921 as of Tuesday
 * morning", "passed 35,000 on February 13". With as_of, only a date
 * after "as of".
 */
/*
 * Does an infinitive open at token i ("2,000 migrants to jump the fence
 * on June 24")? It tells another event, whose date is not the figure's.
 */
static bool
infinitive_at(const char *text, const struct token *t, size_t n, size_t i)
{
	return i + 1 < n && tok_is(text, &t[i], "to") &&
	    t[i + 1].kind == TOK_WORD && !(t[i + 1].flags & TF_CAP) &&
	    !tok_is(text, &t[i + 1], "date") && !tok_is(text, &t[i + 1],
	    "the") && !tok_is(text, &t[i + 1], "today");
}

enum cdate
claimdate_figure(const char *text, const struct token *t, size_t n,
    size_t a, bool as_of, long published, long *days)
{
	enum cdate r;
	size_t i;

	for (i = a; i < n && i < a + CLAUSE_MAX; i++) {
		if (i + 2 < n && tok_is(text, &t[i], "as") &&
		    as_of_word(text, t, n, i + 1))
			return date_at(text, t, n, i + 2, published, days);
		if (!as_of && !spanned(text, t, i) && (r = date_at(text, t, n,
		    i, published, days)) != CDATE_NONE)
			return r;
		if (t[i].kind == TOK_PUNCT || t[i].kind == TOK_NUM ||
		    tok_in_sorted(text, &t[i], clause_openers,
		    NELEM(clause_openers)) || infinitive_at(text, t, n, i))
			break;
	}
	return CDATE_NONE;
}

/* A dash after a dateline: "-", "\u2013", "\u2014". */
static bool
dash_at(const char *s)
{
	return s[0] == '-' || strncmp(s, "\xe2\x80\x93", 3) == 0 ||
	    strncmp(s, "\xe2\x80\x94", 3) == 0;
}

bool
claimdate_dateline(const char *text, size_t start, size_t end,
    struct token *t, size_t max, long published, long *days)
{
	size_t p = start, caps = 0, n, i, j;
	int m, d, y;

	for (; p < end && text[p] != ','; p++) {
		if (text[p] >= 'a' && text[p] <= 'z')
			return false;
		if (text[p] >= 'A' && text[p] <= 'Z')
			caps++;
		else if (strchr(" /.-", text[p]) == NULL)
			return false;
	}
	if (caps < 3 || p >= end || p - start > 40)
		return false;
	n = tokenize(text, p + 1, end, t, max < 8 ? max : 8);
	i = 0;
	if (n > 0 && (m = month_of(text, &t[0])) > 0) {
		i = 1;
		if (i < n && tok_punct(&t[i], '.'))
			i++;
		if (i >= n || !day_number(&t[i]))
			return false;
		d = (int)t[i++].num;
	} else if (n > 1 && day_number(&t[0]) &&
	    (m = month_of(text, &t[1])) > 0) {
		d = (int)t[0].num;
		i = 2;
	} else
		return false;
	j = i;
	if ((y = year_after(t, n, &j)) == 0 || j == 0)
		return false;
	p = t[j - 1].off + t[j - 1].len;
	while (p < end && text[p] == ' ')
		p++;
	if (p >= end || !dash_at(text + p) || !date_valid(y, m, d))
		return false;
	*days = date_days(y, m, d);
	return !known(published) || *days <= published;
}

/* Nouns of a statement beside which a date is the statement's (sorted). */
static const char *const statement_nouns[] = {
	"address", "announcement", "briefing", "bulletin", "conference",
	"interview", "meeting", "notice", "release", "report", "statement",
	"update"
};

/* Verbs of stating beside which a date is the statement's (sorted). */
static const char *const stating_verbs[] = {
	"added", "announced", "confirmed", "declared", "filed", "issued",
	"posted", "published", "released", "reported", "said", "stated",
	"told", "tweeted", "wrote"
};

/* Words before a date that make it a span's end or start, no
 * statement's (sorted). */
static const char *const span_words[] = {
	"after", "before", "between", "by", "from", "since", "until"
};

#define STATEMENT_NEAR 4	/* tokens from the word to its date */

/* Is token i a word of stating: a statement's noun or verb? */
static bool
stating_at(const char *text, const struct token *t, size_t i)
{
	return t[i].kind == TOK_WORD && (tok_in_sorted(text, &t[i],
	    statement_nouns, NELEM(statement_nouns)) ||
	    tok_in_sorted(text, &t[i], stating_verbs, NELEM(stating_verbs)));
}

/* Does a sentence run on at token i without a space after a full stop
 * ("... the meeting.Park cited ...")? Text scraped from pages glues
 * sentences so. */
static bool
glued_stop(const struct token *t, size_t n, size_t i)
{
	return i + 1 < n && t[i].kind == TOK_PUNCT && (t[i].ch == '.' ||
	    t[i].ch == '"') && t[i + 1].kind == TOK_WORD &&
	    (t[i + 1].flags & TF_CAP) && t[i + 1].off == t[i].off + t[i].len &&
	    i > 0 && t[i - 1].kind != TOK_PUNCT && t[i - 1].len > 2;
}

/* "since the report on ...": a span word just before token j. */
static bool
after_span(const char *text, const struct token *t, size_t lo, size_t j)
{
	size_t k;

	for (k = j > lo + 2 ? j - 2 : lo; k < j; k++)
		if (tok_in_sorted(text, &t[k], span_words, NELEM(span_words)))
			return true;
	return false;
}

/* claimdate_statement's date among tokens [a, b) only: the dates of a
 * statement's own words. */
static enum cdate
statement_within(const char *text, const struct token *t, size_t n,
    size_t k, size_t a, size_t b, long published, long *days)
{
	size_t i, j, w, lo = k, hi = k;

	while (lo > a && !glued_stop(t, n, lo - 1))
		lo--;
	while (hi < n && !glued_stop(t, n, hi))
		hi++;
	for (i = lo; i < hi && i < b; i++) {
		if (date_at(text, t, hi, i, published, days) != CDATE_FOUND ||
		    span_end(text, t, i) ||
		    (i > 0 && tok_in_sorted(text, &t[i - 1], span_words,
		    NELEM(span_words))) || (i > 1 && tok_is(text, &t[i - 1],
		    "on") && tok_in_sorted(text, &t[i - 2], span_words,
		    NELEM(span_words))))
			continue;
		/* "Saturday's report": the noun after the possessive */
		if (i + 2 < hi && t[i + 1].kind == TOK_POSS &&
		    stating_at(text, t, i + 2))
			return CDATE_FOUND;
		if (i + 1 < hi && t[i + 1].kind == TOK_POSS)
			continue;	/* "Sunday's march" */
		w = i;	/* "on Monday, July 1": from the weekday */
		if (i >= lo + 2 && tok_punct(&t[i - 1], ',') &&
		    tok_weekday(text, &t[i - 2]) >= 0)
			w = i - 2;
		for (j = w > lo + STATEMENT_NEAR ? w - STATEMENT_NEAR : lo;
		    j < w; j++)		/* "said Monday", "a meeting on" */
			if (stating_at(text, t, j) && !after_span(text, t, lo,
			    j))
				return CDATE_FOUND;
	}
	return CDATE_NONE;
}

enum cdate
claimdate_statement(const char *text, const struct token *t, size_t n,
    size_t k, long published, long *days)
{
	return statement_within(text, t, n, k, 0, n, published, days);
}

enum cdate
claimdate_said(const char *text, const struct token *t, size_t n,
    size_t a, size_t b, size_t verb, long published, long *days)
{
	if (b > n)
		b = n;
	if (a <= verb && verb < b && statement_within(text, t, n, verb, a, b,
	    published, days) == CDATE_FOUND)
		return CDATE_FOUND;
	return claimdate_find(text, t, n, a, b, published, days);
}

/* Words that join a clause of another statement or event to the
 * sentence: "X said on Friday, while the toll in Y was 5,900", "X said
 * on Monday it was ready, before the storm killed 23" (sorted). */
static const char *const contrast_words[] = {
	"after", "although", "as", "before", "but", "though", "when",
	"whereas", "while"
};

/* Is the "but" at token i of t[0..n) that of "all but eight" (all
 * except eight) or one that joins two words, which joins no other
 * clause? */
static bool
all_but(const char *text, const struct token *t, size_t n, size_t i)
{
	const char *w;
	size_t len;

	if (i == 0 || !tok_is(text, &t[i], "but"))
		return false;
	if (tok_is(text, &t[i - 1], "all"))
		return true;
	/* "missing but presumed dead", "wounded but not killed": a "but"
	 * with no comma before it, between a word and a participle or
	 * "not", joins two words of one clause */
	if (i + 1 >= n || t[i - 1].kind != TOK_WORD ||
	    t[i + 1].kind != TOK_WORD ||
	    (t[i + 1].flags & TF_CAP))
		return false;
	w = text + t[i + 1].off;
	len = t[i + 1].len;
	return tok_is(text, &t[i + 1], "not") || (len >= 5 &&
	    strncasecmp(w + len - 2, "ed", 2) == 0);
}

/* Is token i where such a clause begins: one of those words or ';'? */
static bool
contrast_at(const char *text, const struct token *t, size_t n, size_t i)
{
	return tok_punct(&t[i], ';') || (tok_in_sorted(text, &t[i],
	    contrast_words, NELEM(contrast_words)) && !all_but(text, t, n, i));
}

enum cdate
claimdate_unattributed(const char *text, const struct token *t, size_t n,
    size_t k, long published, long *days)
{
	size_t lo = k, hi = k;

	if (k >= n)
		return CDATE_NONE;
	while (lo > 0 && !contrast_at(text, t, n, lo - 1))
		lo--;
	while (hi < n && !contrast_at(text, t, n, hi))
		hi++;
	return claimdate_statement(text, t + lo, hi - lo, k - lo, published,
	    days);
}

/* Verbs that give a count's level at a time: "rose to 300 on Tuesday"
 * (sorted). */
static const char *const level_verbs[] = {
	"climbed", "climbs", "crossed", "exceeded", "exceeds", "grew", "hit",
	"hits", "increased", "increases", "jumped", "jumps", "mounted",
	"neared", "nears", "passed", "passes", "reached", "reaches", "risen",
	"rises", "rose", "soared", "stands", "stood", "surged", "surges",
	"surpassed", "surpasses", "swelled", "topped", "tops"
};

/* Words between such a verb and its figure: "rose to more than 300",
 * "stood at about 300" (sorted). */
static const char *const level_links[] = {
	"about", "almost", "around", "at", "least", "more", "nearly",
	"over", "some", "than", "to"
};

bool
claimdate_level(const char *text, const struct token *t, size_t k)
{
	size_t j;

	for (j = k; j > 0 && k - j < 5; j--) {
		if (tok_in_sorted(text, &t[j - 1], level_verbs,
		    NELEM(level_verbs)))
			return true;
		if (!tok_in_sorted(text, &t[j - 1], level_links,
		    NELEM(level_links)))
			return false;
	}
	return false;
}

/* Nouns of a count, after a possessive date whose count they name:
 * "Saturday's figure", "Tuesday's death toll" (sorted). */
static const char *const count_nouns[] = {
	"count", "data", "figure", "figures", "numbers", "tally", "toll",
	"total", "totals"
};

/* Words before a date that tie it to another event (sorted): "since
 * Friday", "after Monday's vote". "by" is not one here: "had reached
 * 300 by Saturday" gives the level on that day. */
static const char *const event_spans[] = {
	"after", "before", "between", "from", "since", "through", "till",
	"until"
};

/* Words of a day's part around a date: "late Monday night" (sorted). */
static const char *const day_parts[] = {
	"afternoon", "early", "evening", "late", "morning", "night", "on"
};

#define LEVEL_DATE_MAX 4	/* date words between a verb and its level */

/* A word of a date written between a verb and its level: "rose late
 * on Thursday to", "climbed on March 3 to". */
static bool
date_word(const char *text, const struct token *t)
{
	return tok_weekday(text, t) >= 0 || month_of(text, t) > 0 ||
	    day_number(t) || tok_punct(t, '.') || tok_in_sorted(text, t,
	    day_parts, NELEM(day_parts));
}

/* The index of the verb that gives the figure at token k as a level
 * ("rose to about 300", "stood at 300"), else n. */
static size_t
level_verb(const char *text, const struct token *t, size_t n, size_t k)
{
	size_t j;

	for (j = k; j > 0 && k - j < 5 + LEVEL_DATE_MAX; j--) {
		if (tok_in_sorted(text, &t[j - 1], level_verbs,
		    NELEM(level_verbs)))
			return j - 1;
		if (!tok_in_sorted(text, &t[j - 1], level_links,
		    NELEM(level_links)) && !date_word(text, &t[j - 1]))
			return n;
	}
	return n;
}

/* Verbs by which a body sets a count anew, with the count between
 * the verb and its new level: "brought the toll in the district down
 * to three on Sunday", "revised its estimate to 275" (sorted). */
static const char *const revising_verbs[] = {
	"brought", "lowered", "raised", "reduced", "revised"
};

#define REVISE_OBJECT 16	/* tokens of the count a verb revises */

/*
 * The index of the verb that sets the figure at token k as a count's
 * new level across its object ("brought the number of deaths in the
 * district down to three", "raised the toll to 2,975"), else n. The
 * figure follows "to", or "down to" / "up to"; the object holds no
 * punctuation but abbreviations' dots, nor a clause of its own. The
 * date after such a figure is the day the count was set: the day it
 * was given.
 */
static size_t
revising_verb(const char *text, const struct token *t, size_t n, size_t k)
{
	size_t j;

	if (k == 0 || !tok_is(text, &t[k - 1], "to"))
		return n;
	j = k - 1;
	if (j > 0 && (tok_is(text, &t[j - 1], "down") || tok_is(text,
	    &t[j - 1], "up")))
		j--;
	for (; j > 0 && k - j <= REVISE_OBJECT; j--) {
		if (tok_in_sorted(text, &t[j - 1], revising_verbs,
		    NELEM(revising_verbs)))
			return j - 1;
		if ((t[j - 1].kind == TOK_PUNCT && t[j - 1].ch != '.') ||
		    t[j - 1].kind == TOK_NUM || tok_in_sorted(text, &t[j - 1],
		    clause_openers, NELEM(clause_openers)) ||
		    stating_at(text, t, j - 1))
			return n;
	}
	return n;
}

/*
 * The date at token i in a figure's clause: as date_at, and a weekday
 * after "by" too ("had reached 300 by Saturday"). A date after a word
 * of another event's span ("since Friday") is none; a possessive date
 * is a count's day only before a count's or statement's noun
 * ("Saturday's toll", not "Sunday's march").
 */
static enum cdate
clause_date_at(const char *text, const struct token *t, size_t n,
    size_t i, long published, long *days)
{
	enum cdate r;
	size_t j;
	int wd;

	if ((i > 0 && tok_in_sorted(text, &t[i - 1], event_spans,
	    NELEM(event_spans))) || span_end(text, t, i))
		return CDATE_NONE;
	if (i > 1 && tok_is(text, &t[i - 1], "on") && tok_in_sorted(text,
	    &t[i - 2], event_spans, NELEM(event_spans)))
		return CDATE_NONE;
	if (i > 0 && tok_is(text, &t[i - 1], "by") &&
	    (wd = tok_weekday(text, &t[i])) >= 0) {
		if (!known(published))
			return CDATE_NONE;
		*days = published - ((date_weekday(published) - wd + 7) % 7);
		r = CDATE_FOUND;
	} else if ((r = date_at(text, t, n, i, published, days)) ==
	    CDATE_NONE)
		return r;
	if (i + 1 < n && t[i + 1].kind == TOK_POSS) {
		for (j = i + 2; j < n && j < i + 4; j++)
			if (tok_in_sorted(text, &t[j], count_nouns,
			    NELEM(count_nouns)) || stating_at(text, t, j))
				return r;
		return CDATE_NONE;
	}
	return r;
}

/* Does token i end the stretch of a clause read back from its verb? */
static bool
clause_stop(const char *text, const struct token *t, size_t i)
{
	if (t[i].kind == TOK_PUNCT)
		return t[i].ch != ',' && t[i].ch != '.';
	return tok_in_sorted(text, &t[i], clause_openers,
	    NELEM(clause_openers)) || stating_at(text, t, i);
}

/* Words that lead a date opening its clause: "As of Monday", "Late on
 * Friday", "By Saturday" (sorted). */
static const char *const lead_words[] = {
	"as", "by", "early", "late", "of", "on"
};

/*
 * Does the date at token i open the clause that starts at lo, set off
 * by a comma before the verb at v ("On Monday night, the toll stood
 * at")? A date inside the subject ("the number of marchers on Tuesday
 * exceeded") is the day of what is counted, not of the count.
 */
static bool
fronted(const char *text, const struct token *t, size_t lo, size_t i,
    size_t v)
{
	size_t j;

	for (j = lo; j < i; j++)
		if (!tok_in_sorted(text, &t[j], lead_words,
		    NELEM(lead_words)))
			return false;
	for (j = i + 1; j < v; j++)
		if (tok_punct(&t[j], ','))
			return true;
	return false;
}

enum cdate
claimdate_level_clause(const char *text, const struct token *t, size_t n,
    size_t k, size_t after, long published, long *days)
{
	enum cdate r;
	size_t v = level_verb(text, t, n, k), lo, i;

	if (v == n && revising_verb(text, t, n, k) < n)
		for (i = after; i < n && i < after + CLAUSE_MAX; i++) {
			if ((r = clause_date_at(text, t, n, i, published,
			    days)) != CDATE_NONE)
				return r;	/* "down to three on Sunday" */
			if (t[i].kind == TOK_PUNCT || t[i].kind == TOK_NUM ||
			    tok_in_sorted(text, &t[i], clause_openers,
			    NELEM(clause_openers)))
				break;
		}
	if (v < n) {
		for (i = v + 1; i < k; i++)	/* "rose Thursday to 300" */
			if ((r = clause_date_at(text, t, n, i, published,
			    days)) != CDATE_NONE)
				return r;
		for (i = after; i < n && i < after + CLAUSE_MAX; i++) {
			if ((r = clause_date_at(text, t, n, i, published,
			    days)) != CDATE_NONE)
				return r;	/* "rose to 300 on Tuesday" */
			if (t[i].kind == TOK_PUNCT || t[i].kind == TOK_NUM ||
			    tok_in_sorted(text, &t[i], clause_openers,
			    NELEM(clause_openers)))
				break;
		}
	}
	/* before the verb (or the figure): "On Monday night, the toll
	 * stood at 300", "Saturday's figure of 300" */
	if (v == n)
		v = k;
	for (lo = v; lo > 0 && v - lo < 2 * CLAUSE_MAX &&
	    !clause_stop(text, t, lo - 1); lo--)
		;
	for (i = lo; i < v; i++) {
		r = clause_date_at(text, t, n, i, published, days);
		if (r == CDATE_FOUND && ((v < k && fronted(text, t, lo, i, v)) ||
		    (i + 1 < n && t[i + 1].kind == TOK_POSS)))
			return r;
	}
	return CDATE_NONE;
}

bool
claimdate_month_year(const char *text, const struct token *t, size_t n,
    long *days)
{
	size_t i, j;
	bool found = false;
	int m;
	long d;

	for (i = 0; i + 1 < n; i++) {
		if ((m = month_of(text, &t[i])) <= 0 || (i > 0 &&
		    day_number(&t[i - 1])))
			continue;	/* not "9 January 2009" */
		j = i + 1;
		if (j < n && tok_punct(&t[j], '.'))
			j++;		/* "Dec. 2024" */
		if (j >= n || !(t[j].flags & TF_YEARLIKE))
			continue;
		d = date_days((int)t[j].num, m, 1);
		if (!found || d > *days) {
			*days = d;
			found = true;
		}
	}
	return found;
}

bool
claimdate_full(const char *text, const struct token *t, size_t n,
    long *days)
{
	size_t i;
	bool found = false;
	long d;

	for (i = 0; i < n; i++)	/* unknown publication: a year is needed */
		if (calendar_at(text, t, n, i, DATE_UNKNOWN, &d) &&
		    (!found || d > *days)) {
			*days = d;
			found = true;
		}
	return found;
}

/* Words that open a clause of another event, a date in which is that
 * event's: "since the flood began on Monday", "the quake that struck
 * on Friday", "as rescuers searched on Tuesday" (sorted). */
static const char *const event_openers[] = {
	"after", "amid", "as", "because", "before", "during", "following",
	"since", "that", "until", "when", "where", "which", "while", "who",
	"whose"
};

/* Words before a date that make it a span's end or start, or a
 * deadline (sorted): "since Monday", "to June 4", "by Friday". */
static const char *const span_marks[] = {
	"after", "before", "between", "by", "from", "since", "through", "till",
	"to", "until"
};

/* Verbs of speech besides stating_verbs, that end such a clause as
 * its own statement: "who spoke to reporters on Monday", "who
 * addressed journalists yesterday", and a date opening a sentence whose
 * figure such a verb gives: "On Friday, an official gave AFP a toll of",
 * "On Sunday, the ministry updated the number" (sorted).
 * Not "estimated": "an estimated 300 marched on Monday". */
static const char *const speech_verbs[] = {
	"according", "acknowledged", "addressed", "affirmed", "backed",
	"briefed", "claimed", "corroborated", "disclosed", "gave",
	"predicted", "recorded", "revealed", "revised", "say", "says",
	"speaking", "spoke", "tells", "testified", "updated", "verified",
	"warned"
};

/* Words that join another statement's part to a sentence: "X said on
 * Monday, while the toll elsewhere was 92" (sorted). */
static const char *const other_parts[] = {
	"although", "but", "though", "whereas", "while"
};

#define NAMED_NEAR 4	/* tokens from a date to the noun it names */
#define SPEECH_NEAR 6	/* tokens from a word of stating to its date */
#define DATELINE_NEAR 6	/* tokens of a dateline's place */

/* Verbs of judging a figure, a statement's only before "that": "X
 * estimated that 6,000 ...", not "an estimated 300" (sorted). */
static const char *const judging_verbs[] = {
	"assessed", "estimated", "estimates"
};

static bool
speech_at(const char *text, const struct token *t, size_t n, size_t i)
{
	return stating_at(text, t, i) || tok_in_sorted(text, &t[i],
	    speech_verbs, NELEM(speech_verbs)) || (i + 1 < n &&
	    tok_is(text, &t[i + 1], "that") && tok_in_sorted(text, &t[i],
	    judging_verbs, NELEM(judging_verbs)));
}

/*
 * Does the date at token i open the sentence as a dateline, "SEOUL,
 * Dec. 16 (Agencies) -", "Lakeside, March 3:": capitalized words, a
 * comma, the date, then a bracket, a dash or a colon? A dateline says
 * when the copy was filed, not when anything was said.
 */
static bool
dateline_date(const struct token *t, size_t n, size_t i)
{
	size_t j;

	if (i < 2 || i > DATELINE_NEAR || !tok_punct(&t[i - 1], ','))
		return false;
	for (j = 0; j + 1 < i; j++)	/* "Minsk [Belarus], Sept. 6" */
		if (!(t[j].kind == TOK_WORD && (t[j].flags & TF_CAP)) &&
		    !tok_punct(&t[j], '/') && !tok_punct(&t[j], '[') &&
		    !tok_punct(&t[j], ']'))
			return false;
	for (j = i + 1; j < n && j < i + 5; j++) {
		if (tok_punct(&t[j], '(') || tok_punct(&t[j], '-') ||
		    tok_punct(&t[j], ':'))
			return true;
		if (!(day_number(&t[j]) || (t[j].flags & TF_YEARLIKE) ||
		    tok_punct(&t[j], '.') || tok_punct(&t[j], ',')))
			return false;
	}
	return false;
}

/*
 * Does the date at token i sign a post, after its author's handle in
 * brackets: "... all 158 families — City Council (@citycouncil) July
 * 4, 2017", as a page quotes a tweet? It is the day the post said it.
 */
static bool
signed_post(const struct token *t, size_t i)
{
	return i >= 4 && tok_punct(&t[i - 1], ')') &&
	    t[i - 2].kind == TOK_WORD && tok_punct(&t[i - 3], '@') &&
	    tok_punct(&t[i - 4], '(');
}

/*
 * Is the date at token i a statement's by its words: a word of stating
 * just before it and after the figure at k ("said on Monday", "told a
 * briefing late on Monday"; not "said 300 people marched Monday") or a
 * statement's noun just after ("a Monday briefing", "Tuesday's
 * report")?
 */
static bool
stated_near(const char *text, const struct token *t, size_t n, size_t i,
    size_t k)
{
	size_t j;

	if (signed_post(t, i))
		return true;
	j = i > SPEECH_NEAR ? i - SPEECH_NEAR : 0;
	if (k < i && j <= k)
		j = k + 1;	/* not "said 300 people marched Monday" */
	for (; j < i; j++)
		if (speech_at(text, t, n, j) && !after_span(text, t, 0, j))
			return true;
	for (j = i + 1; j < n && j <= i + NAMED_NEAR; j++)
		if (stating_at(text, t, j))
			return true;
	return false;
}

/* Verbs of being and having, that give the figure a verb of its own
 * (sorted). */
static const char *const aux_verbs[] = {
	"are", "be", "been", "had", "has", "have", "is", "was", "were"
};

#define OBJECT_NEAR 3	/* tokens from a verb of stating to its figure */

/* Could the word at t be a verb: be or have, or a past or participle? */
static bool
verbal(const char *text, const struct token *t)
{
	const char *w = text + t->off;

	if (t->kind != TOK_WORD)
		return false;
	if (tok_in_sorted(text, t, aux_verbs, NELEM(aux_verbs)))
		return true;
	return t->len >= 4 && (strncasecmp(w + t->len - 2, "ed", 2) == 0 ||
	    strncasecmp(w + t->len - 3, "ing", 3) == 0);
}

/* Is the figure at token k a count's that a verb of stating or giving
 * names just before it: "gave the figure of 10,000", "released a toll
 * of 300"? */
static bool
given_count(const char *text, const struct token *t, size_t k)
{
	size_t j;

	if (k < 4 || !tok_is(text, &t[k - 1], "of") || !(tok_in_sorted(text,
	    &t[k - 2], count_nouns, NELEM(count_nouns)) || tok_is(text,
	    &t[k - 2], "number")))
		return false;
	for (j = k - 2; j > 1 && k - j <= 4; j--)	/* "a total number" */
		if (tok_is(text, &t[j - 1], "the") || tok_is(text, &t[j - 1],
		    "a"))
			return stating_at(text, t, j - 2) || tok_is(text,
			    &t[j - 2], "gave");
		else if (t[j - 1].kind != TOK_WORD)
			return false;
	return false;
}

/*
 * Is the figure at token k what a verb of stating just before it gives,
 * and the date at i > k that verb's, no verb of the figure's own
 * between them: "officials reported 72 deaths Thursday afternoon", "the
 * ministry confirmed 40 new deaths on Monday"; not "said 300 troops
 * reached Kursk on Monday"?
 */
static bool
stated_object(const char *text, const struct token *t, size_t k,
    size_t i)
{
	size_t j;

	if (!given_count(text, t, k)) {	/* "gave the figure of 10,000" */
		for (j = k; j > 0 && k - j < OBJECT_NEAR; j--)
			if (stating_at(text, t, j - 1))
				break;
		if (j == 0 || k - j >= OBJECT_NEAR ||
		    !stating_at(text, t, j - 1) ||
		    tok_is(text, &t[j - 1], "said"))
			return false;
	}
	for (j = k + 1; j < i; j++)
		if (verbal(text, &t[j]) || (t[j].kind == TOK_PUNCT &&
		    t[j].ch != '.'))
			return false;
	return true;
}

#define PASSIVE_NEAR 8	/* tokens from a figure to its passive verb */

/*
 * Is the figure at token k the subject of a passive verb of stating in
 * its clause: "280 deaths were reported", "a toll of 280 was
 * released"? Then a date before it is the day it was given ("On
 * Monday, 280 deaths were reported").
 */
static bool
stated_passive(const char *text, const struct token *t, size_t n, size_t k)
{
	size_t j;

	for (j = k + 1; j + 1 < n && j <= k + PASSIVE_NEAR; j++) {
		if (t[j].kind == TOK_PUNCT && t[j].ch != '.')
			return false;
		if (!tok_in_sorted(text, &t[j], aux_verbs, NELEM(aux_verbs)))
			continue;
		while (j + 1 < n && tok_in_sorted(text, &t[j + 1],
		    aux_verbs, NELEM(aux_verbs)))
			j++;	/* "had been reported" */
		return j + 1 < n && tok_in_sorted(text, &t[j + 1],
		    stating_verbs, NELEM(stating_verbs));
	}
	return false;
}

#define FRONT_SUBJECT 6	/* tokens of a statement's subject after a
				   clause that opens its sentence */

/* Is there a verb of speech within FRONT_SUBJECT words from token j,
 * before the figure at k, with no punctuation but abbreviations' dots
 * on the way ("the governor said", "Gov. Jane Roe said")? */
static bool
subject_speaks(const char *text, const struct token *t, size_t j, size_t k)
{
	size_t v;

	for (v = j; v < k && v < j + FRONT_SUBJECT; v++) {
		if (speech_at(text, t, k, v))
			return true;
		if (t[v].kind == TOK_PUNCT && t[v].ch != '.')
			return false;
	}
	return false;
}

/*
 * Does the date at token i time the statement that gives the figure at
 * k, from a clause opening the sentence: "When he met the delegation
 * on Sunday, the governor said 333 ...", "By Saturday afternoon the
 * governor said 77 ..."? The clause is a when- or while-clause that
 * starts the sentence and ends at a comma, or "by" and the date, and
 * the statement's subject and verb of speech follow it before the
 * figure. (By a day, the count given then is that day's too.)
 */
static bool
fronts_statement(const char *text, const struct token *t, size_t i,
    size_t k)
{
	size_t j, w = 0;

	if (i >= k)
		return false;
	if (i > 0 && tok_is(text, &t[i - 1], "by")) {
		for (j = i + 1; j < k && (date_word(text, &t[j]) ||
		    tok_punct(&t[j], ',')); j++)
			;	/* "by Saturday afternoon", "By Monday," */
		return subject_speaks(text, t, j, k);
	}
	while (w < i && t[w].kind == TOK_PUNCT)
		w++;		/* an opening quote or dash */
	if (!(tok_is(text, &t[w], "when") || tok_is(text, &t[w], "while")))
		return false;
	for (j = w + 1; j < i; j++)
		if (t[j].kind == TOK_PUNCT && t[j].ch != '.')
			return false;	/* the date in the clause itself */
	for (j = i + 1; j < k && j < i + CLAUSE_MAX; j++)
		if (tok_punct(&t[j], ','))
			return subject_speaks(text, t, j + 1, k);
		else if (t[j].kind == TOK_PUNCT && t[j].ch != '.')
			return false;
	return false;
}

#define ACT_OBJECT 16	/* tokens from the subject's verb to its figure */

/*
 * Does the date at token i stand between a subject and its verb, the
 * verb's object naming the figure at k > i with no verb of its own:
 * "The agency on Tuesday called for an inquiry into the deaths of at
 * least 23", "The council on Monday voiced alarm at the 40 deaths"?
 * The date is the day the subject spoke of the figure; not when a verb
 * or a clause of its own tells the figure ("The army on Monday said
 * troops found 30", "X on Monday warned that 30 ...").
 */
static bool
subject_acts(const char *text, const struct token *t, size_t i, size_t k)
{
	size_t j;

	if (i < 2 || k <= i + 2 || k - i > ACT_OBJECT ||
	    !tok_is(text, &t[i - 1], "on") || t[i - 2].kind != TOK_WORD ||
	    !(t[i - 2].flags & TF_CAP) || tok_weekday(text, &t[i]) < 0 ||
	    !verbal(text, &t[i + 1]) || tok_in_sorted(text, &t[i + 1],
	    aux_verbs, NELEM(aux_verbs)))
		return false;
	/* the subject, back to a dateline's end: no verb, no clause */
	for (j = i - 2; j > 0 && !tok_punct(&t[j - 1], ':') &&
	    !tok_punct(&t[j - 1], '-'); j--)
		if ((verbal(text, &t[j - 1]) && !(t[j - 1].flags & TF_CAP)) ||
		    tok_punct(&t[j - 1], ','))
			return false;
	for (j = i + 2; j < k; j++)	/* "blasted as \"carnage\" the deaths" */
		if (verbal(text, &t[j]) || t[j].kind == TOK_NUM ||
		    (tok_in_sorted(text, &t[j], event_openers,
		    NELEM(event_openers)) && !(j == i + 2 &&
		    tok_is(text, &t[j], "as"))) || (t[j].kind == TOK_PUNCT &&
		    t[j].ch != '.' && t[j].ch != '"'))
			return false;
	return true;
}

#define TIME_TOKENS 8	/* tokens of a clock time: "9 a.m. local time" */

/*
 * Is the date at token i read through a clock time after "as of" or
 * "as at": "as of 2 p.m. on Sunday", "as at 6pm Tuesday"? Then it
 * times the count, as "as of Sunday" does.
 */
static bool
as_of_time(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j, e = i;

	if (e > 0 && tok_is(text, &t[e - 1], "on"))
		e--;
	for (j = e; j > 2 && e - j < TIME_TOKENS; j--)
		if (claimdate_time(text, t, n, j - 1) == e - (j - 1))
			return tok_is(text, &t[j - 3], "as") &&
			    (tok_is(text, &t[j - 2], "of") ||
			    tok_is(text, &t[j - 2], "at"));
	return false;
}

/*
 * Is the date at token i of the sentence t[0..n), where the figure is
 * at token k, plainly the date of something else than a statement: a
 * dateline's; a span's end or a deadline ("to June 4", "by Friday",
 * "since the report on Sunday"); a date naming an event ("the March 3
 * vote", "a Friday rally"; not "a Friday briefing", "the Monday toll");
 * a date that a clause of another event says or defines ("since the
 * flood began on Monday", "On Sunday, when the storm hit, ..."; not
 * "who spoke on Monday", "said after a meeting on Monday", nor the
 * figure's own "that struck ... rose Thursday to 300"); after the
 * figure with no word of stating between, its event's date ("said 300
 * troops arrived on Monday"); before it across another statement's
 * part ("X said on Monday, while the toll elsewhere was 92")?
 */
static bool
other_date(const char *text, const struct token *t, size_t n, size_t i,
    size_t k)
{
	size_t j, lv;

	if (dateline_date(t, n, i))
		return true;
	if (fronts_statement(text, t, i, k))
		return false;	/* "When ... on Sunday, X said 333" */
	if ((i > 0 && tok_in_sorted(text, &t[i - 1], span_marks,
	    NELEM(span_marks))) || (i > 1 && tok_is(text, &t[i - 1], "on") &&
	    tok_in_sorted(text, &t[i - 2], span_marks, NELEM(span_marks))))
		return true;
	if (i > 0 && (tok_is(text, &t[i - 1], "the") || tok_is(text,
	    &t[i - 1], "a"))) {
		for (j = i + 1; j < n && j <= i + NAMED_NEAR; j++)
			if (stating_at(text, t, j) || tok_in_sorted(text, &t[j],
			    count_nouns, NELEM(count_nouns)))
				return false;
		return true;
	}
	for (j = i + 1; j < n && j <= i + NAMED_NEAR; j++) {
		if (tok_is(text, &t[j], "when") || tok_is(text, &t[j], "as"))
			return j + 1 >= n || !tok_is(text, &t[j + 1], "of");
		if (!tok_punct(&t[j], ',') && !date_word(text, &t[j]))
			break;		/* "On Sunday, when the storm hit" */
	}
	if (!(i > 1 && tok_is(text, &t[i - 2], "as") && (tok_is(text,
	    &t[i - 1], "of") || tok_is(text, &t[i - 1], "at"))) &&
	    !as_of_time(text, t, n, i)) {
		for (j = i < k ? i : k; j < (i < k ? k : i) && !speech_at(text,
		    t, n, j); j++)
			;
		if (j == (i < k ? k : i) && !stated_near(text, t, n, i, k) &&
		    !(k < i && stated_object(text, t, k, i)) &&
		    !(i < k && stated_passive(text, t, n, k)) &&
		    !subject_acts(text, t, i, k))
			return true;	/* "said 300 arrived on Monday" */
	}
	for (j = i; j < k; j++)
		if (tok_punct(&t[j], ';') || (tok_in_sorted(text, &t[j],
		    other_parts, NELEM(other_parts)) && !all_but(text, t, n, j)))
			return true;
	if (as_of_time(text, t, n, i))
		return false;	/* "say that as of 2 p.m. on Sunday, 221" */
	lv = level_verb(text, t, n, k);
	for (j = i; j > 0; j--) {
		if (tok_punct(&t[j - 1], ',') && j > 1 &&
		    tok_weekday(text, &t[j - 2]) >= 0)
			continue;	/* "began on Tuesday, June 18" */
		if (t[j - 1].kind == TOK_PUNCT && t[j - 1].ch != '.')
			return false;
		if (j - 1 == lv)
			return false;
		if (speech_at(text, t, n, j - 1))	/* "since the report on" */
			return after_span(text, t, 0, j - 1);
		if (tok_in_sorted(text, &t[j - 1], event_openers,
		    NELEM(event_openers)) && !(j < n && tok_is(text,
		    &t[j - 1], "as") && as_of_word(text, t, n, j)))
					/* not "as of Monday", "as at today" */
			/* "said after a meeting on Monday": when it was said */
			return j < 2 || tok_is(text, &t[j - 1], "that") ||
			    !speech_at(text, t, n, j - 2);
	}
	return false;
}

#define NEAR_AHEAD 90	/* days ahead that make a month and day future */

/*
 * Did a month and day written without a year at token i, read as d,
 * fall back a year only for lying ahead of publication by less than a
 * season ("will open on December 28" in an article of December 19)?
 * Then it names a coming day, not last year's.
 */
static bool
near_future(const char *text, const struct token *t, size_t n, size_t i,
    long published, long d)
{
	int py, pm, pd, y, m, dd;
	size_t j;
	long ahead;

	if (!known(published) || tok_weekday(text, &t[i]) >= 0)
		return false;
	for (j = i; j < n && j < i + 4; j++)
		if (t[j].flags & TF_YEARLIKE)
			return false;	/* "December 28, 2023" */
	date_civil(published, &py, &pm, &pd);
	date_civil(d, &y, &m, &dd);
	if (y != py - 1 || !date_valid(py, m, dd))
		return false;
	ahead = date_days(py, m, dd) - published;
	return ahead > 0 && ahead <= NEAR_AHEAD;
}

enum cdate
claimdate_sentence(const char *text, const struct token *t, size_t n,
    size_t k, size_t from, long published, long *days, size_t *at)
{
	size_t i, hi = k;
	long d;

	for (i = k; i > from; i--)	/* "... the storm.Officials met" */
		if (glued_stop(t, n, i - 1)) {
			from = i;
			break;
		}
	while (hi < n && !glued_stop(t, n, hi))
		hi++;
	for (i = from; i < hi; i++) {
		if (i > 0 && day_number(&t[i]) && month_of(text, &t[i - 1]) > 0)
			continue;	/* "1" of "July 1 march" */
		if (clause_date_at(text, t, n, i, published, &d) !=
		    CDATE_FOUND || (known(published) && d > published) ||
		    near_future(text, t, n, i, published, d) ||
		    other_date(text, t, n, i, k))
			continue;
		*days = d;
		*at = i;
		return CDATE_FOUND;
	}
	return CDATE_NONE;
}
