/*
 * sentences.c - see sentences.h.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "numbers.h"
#include "sentences.h"
#include "util.h"

/* A line that is a heading of this kind ends the article text. */
static const char *const trailer_heads[] = {
	"read next", "read more", "related", "more from", "more on",
	"latest videos", "latest news", "latest stories", "most read",
	"most popular", "recommended", "you may also like",
	"you might also like", "what is your opinion", "trending",
	"more stories", "see also", "also read", "top stories",
	"editor's picks", "editors' picks", "leave a comment",
	"leave the first comment", "comments", NULL
};

/* Words before a full stop that does not end a sentence (titles and
 * ranks before a name, "etc."; and the months' short forms), in strcmp()
 * order for a binary search. */
static const char *const abbrevs[] = {
	"adm", "amb", "approx", "brig", "capt", "cdr", "cf", "cmdr", "co",
	"col", "corp", "cpl", "cpt", "det", "dr", "est", "etc", "fig", "ft",
	"gen", "gens", "gov", "govs", "hon", "inc", "insp", "jr", "lt", "ltd",
	"maj", "messrs", "mr", "mrs", "ms", "mt", "no", "pres", "prof", "pvt",
	"rep", "reps", "rev", "sen", "sens", "sgt", "spc", "sr", "st", "supt",
	"vs", NULL
};

void
sentlist_init(struct sentlist *l)
{
	memset(l, 0, sizeof(*l));
}

void
sentlist_release(struct sentlist *l)
{
	free(l->v);
	sentlist_init(l);
}

static void
sentlist_push(struct sentlist *l, size_t start, size_t end, size_t para)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	l->v[l->n].start = start;
	l->v[l->n].end = end;
	l->v[l->n].para = para;
	l->n++;
}

static bool
is_space(const char *s, size_t i, size_t end)
{
	const unsigned char *p = (const unsigned char *)s + i;

	if (isspace(*p))
		return true;
	return i + 1 < end && p[0] == 0xc2 && p[1] == 0xa0;
}

static size_t
space_width(const char *s, size_t i)
{
	return (unsigned char)s[i] == 0xc2 ? 2 : 1;
}

/* Trim [*a, *b) of spaces. */
static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && is_space(s, *a, *b))
		*a += space_width(s, *a);
	while (*b > *a && isspace((unsigned char)s[*b - 1]))
		(*b)--;
	while (*b >= *a + 2 && (unsigned char)s[*b - 2] == 0xc2 &&
	    (unsigned char)s[*b - 1] == 0xa0)
		*b -= 2;
}

/* Words in s[a, b), counted up to max + 1 (enough to compare). */
static size_t
count_words(const char *s, size_t a, size_t b, size_t max)
{
	size_t n = 0;
	bool in = false;

	for (; a < b && n <= max; a++) {
		if (isspace((unsigned char)s[a]))
			in = false;
		else if (!in) {
			in = true;
			n++;
		}
	}
	return n;
}

/*
 * "... three people have died. (ANI/Sputnik)", "... police said. (read
 * more)": a short bracketed credit or link after a paragraph's last
 * sentence; the line ends a sentence before it. s[a, b) ends with the
 * bracket's last word (its ")" stripped).
 */
#define CREDIT_MAX 40	/* bytes inside the brackets */

static bool
credit_after_sentence(const char *s, size_t a, size_t b)
{
	size_t i = b;

	if (b == a || s[b] != ')')
		return false;
	while (i > a && b - i < CREDIT_MAX && s[i - 1] != '(' &&
	    s[i - 1] != ')' && s[i - 1] != '.')
		i--;
	if (i == a || s[i - 1] != '(' || i == b)
		return false;
	for (i--; i > a && s[i - 1] == ' '; i--)
		;
	return i > a && (s[i - 1] == '.' || s[i - 1] == '!' ||
	    s[i - 1] == '?');
}

/* Ends with sentence punctuation, possibly inside quotes or brackets. */
static bool
ends_sentence(const char *s, size_t a, size_t b)
{
	const unsigned char *p = (const unsigned char *)s;

	while (b > a) {
		if (p[b - 1] == '"' || p[b - 1] == '\'' || p[b - 1] == ')')
			b--;
		else if (b - a >= 3 && p[b - 3] == 0xe2 && p[b - 2] == 0x80 &&
		    (p[b - 1] == 0x9d || p[b - 1] == 0x99))
			b -= 3;
		else
			break;
	}
	if (b > a && (p[b - 1] == '.' || p[b - 1] == '!' ||
	    p[b - 1] == '?' || p[b - 1] == ':'))
		return true;
	return credit_after_sentence(s, a, b);
}

static bool
is_trailer_head(const char *s, size_t a, size_t b)
{
	size_t i, n;

	if (count_words(s, a, b, 6) > 6 || ends_sentence(s, a, b))
		return false;
	for (i = 0; trailer_heads[i] != NULL; i++) {
		n = strlen(trailer_heads[i]);
		if (b - a >= n && strncasecmp(s + a, trailer_heads[i], n) == 0 &&
		    (b - a == n || !isalpha((unsigned char)s[a + n])))
			return true;
	}
	return false;
}

/* Length of a leading "HH:MM" stamp, else 0. */
static size_t
time_stamp(const char *s, size_t a, size_t b)
{
	size_t i = a;

	while (i < b && i - a < 2 && isdigit((unsigned char)s[i]))
		i++;
	if (i == a || i + 3 > b || s[i] != ':' ||
	    !isdigit((unsigned char)s[i + 1]) ||
	    !isdigit((unsigned char)s[i + 2]))
		return 0;
	i += 3;
	if (i < b && !isspace((unsigned char)s[i]))
		return 0;
	return i - a;
}

/*
 * Where the text of a live blog's entry starts after its time stamp,
 * when a zone or a separator marks the stamp as the entry's head:
 * "17:23 MSK: Police say ...", "09:40 GMT - Crowds ...", "14:05: The
 * mayor said ..."; 0 for any other line ("12:11 North Korea sent ..."
 * is a stamp over a headline, page furniture).
 */
static size_t
live_entry_start(const char *s, size_t a, size_t b)
{
	size_t i, z;
	bool zone;

	if ((i = time_stamp(s, a, b)) == 0)
		return 0;
	i += a;
	while (i < b && s[i] == ' ')
		i++;
	for (z = i; z < b && z - i < 5 && isupper((unsigned char)s[z]); z++)
		;
	zone = z - i >= 2 && z < b && (s[z] == ':' || s[z] == ' ');
	if (zone)
		i = z;		/* "MSK", "GMT", "CEST" */
	while (i < b && s[i] == ' ')
		i++;
	if (i < b && (s[i] == ':' || s[i] == '-'))
		i++;
	else if (!zone)
		return 0;
	while (i < b && s[i] == ' ')
		i++;
	return i < b ? i : 0;
}

/*
 * A line of a fact box or list that gives a figure after a short label
 * and a colon: "June attendance: 1,400", "Deaths: over 2,000", "Total
 * arrests: 312". The label is one to four words, then at most two words
 * ("over", "about"), then the figure ends the line. No sentence ends
 * it, yet it says what it counts.
 */
static bool
label_figure_line(const char *s, size_t a, size_t b)
{
	const char *colon;
	size_t c, i, words;

	while (b > a && isspace((unsigned char)s[b - 1]))
		b--;
	if (b == a || !isdigit((unsigned char)s[b - 1]) ||
	    (colon = memchr(s + a, ':', b - a)) == NULL)
		return false;
	c = (size_t)(colon - s);
	words = count_words(s, a, c, 4);
	if (words == 0 || words > 4 || time_stamp(s, a, b) > 0)
		return false;
	for (i = b; i > c && (isdigit((unsigned char)s[i - 1]) ||
	    s[i - 1] == ',' || s[i - 1] == '.'); i--)
		;
	return i > c + 1 && s[i - 1] == ' ' && count_words(s, c + 1, i, 2) <= 2;
}

/*
 * A sentence whose full stop the scrape lost ("This brings the total
 * number of cases to 390 (260 confirmed, ...) and 270 deaths", a
 * sentence cut off at its end): twelve words or more, most of them in
 * lower case. A headline of that length is written in title case
 * ("Fears of Hurricane Milton Drive Millions From Their Homes in
 * Florida"), and the headline rules below read it.
 */
#define STOPLESS_WORDS 12

static bool
stopless_sentence(const char *s, size_t a, size_t b)
{
	size_t words = 0, caps = 0;
	bool in = false;

	for (; a < b; a++) {
		if (isspace((unsigned char)s[a]))
			in = false;
		else if (!in) {
			in = true;
			words++;
			caps += isupper((unsigned char)s[a]) != 0;
		}
	}
	return words >= STOPLESS_WORDS && caps * 2 < words;
}

static bool
is_furniture(const char *s, size_t a, size_t b)
{
	if (b - a >= 4 && (strncmp(s + a, "http", 4) == 0 ||
	    strncmp(s + a, "www.", 4) == 0))
		return true;
	if (time_stamp(s, a, b) > 0)
		return true;
	return !ends_sentence(s, a, b) && count_words(s, a, b, 25) < 25 &&
	    !label_figure_line(s, a, b) && !stopless_sentence(s, a, b);
}

/* Lines at the top of a body where a headline may stand. */
#define HEADLINE_LINES 6

static bool
has_digit(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (isdigit((unsigned char)s[a]))
			return true;
	return false;
}

static bool	next_line(const char *, size_t, size_t, size_t *, size_t *,
		    size_t *);

/* A line of five to 24 words without sentence punctuation. */
static bool
is_summary_like(const char *s, size_t a, size_t b)
{
	size_t n;

	if (b <= a || ends_sentence(s, a, b) || time_stamp(s, a, b) > 0)
		return false;
	n = count_words(s, a, b, 25);
	return n >= 5 && n < 25;
}

/*
 * A bullet of the summary at the top of a story: before its first
 * sentence, one of two or more such lines in a row ("Ukraine says
 * 11,000 North Korean soldiers are now in Kursk"), or a line marked
 * with "- ", "* " or a bullet sign.
 */
static bool
is_summary_bullet(const char *s, size_t len, size_t a, size_t b,
    size_t next, bool prev_bullet)
{
	size_t a2, b2, next2;

	if (!is_summary_like(s, a, b))
		return false;
	if ((s[a] == '-' || s[a] == '*') && a + 1 < b && s[a + 1] == ' ')
		return true;
	if (b - a > 3 && memcmp(s + a, "\xe2\x80\xa2", 3) == 0)
		return true;
	return prev_bullet || (next_line(s, len, next, &a2, &b2, &next2) &&
	    is_summary_like(s, a2, b2));
}

/*
 * A headline or standfirst with a figure, in the first lines of the body
 * before its first sentence: "Arrests pass 400 as police prepare".
 */
static bool
is_headline(const char *s, size_t a, size_t b)
{
	return is_summary_like(s, a, b) && has_digit(s, a, b);
}

/*
 * A headline further down the body (after its first sentence), as
 * scrapes of live pages and of several versions of a story print them:
 * a line of five to 24 words without sentence punctuation, naming a
 * figure (digits or amount words), whose next line is a sentence of the
 * story ("Arrests surpass 400 as police prepare for further riots",
 * "Tens of thousands rally in the capital").
 */
/* Is the line after the one ending at next a sentence of the story, of
 * eight words or more? */
static bool
story_line_next(const char *s, size_t len, size_t next)
{
	size_t a2, b2, next2;

	return next_line(s, len, next, &a2, &b2, &next2) &&
	    ends_sentence(s, a2, b2) && count_words(s, a2, b2, 25) >= 8;
}

static bool
headline_before_story(const char *s, size_t len, size_t a, size_t b,
    size_t next)
{
	return is_summary_like(s, a, b) && amount_maybe_in(s, a, b) &&
	    story_line_next(s, len, next);
}

/*
 * A crosshead of two to four words over the paragraph it sums up,
 * giving a figure in digits: "Over 800,000 displaced", "Nearly 370,000
 * refugees", "More than 600 lives lost". Its next line is a sentence of
 * the story, of eight words or more.
 */
static bool
crosshead_before_story(const char *s, size_t len, size_t a, size_t b,
    size_t next)
{
	size_t n;

	if (b <= a || ends_sentence(s, a, b) || time_stamp(s, a, b) > 0 ||
	    !has_digit(s, a, b))
		return false;
	n = count_words(s, a, b, 5);
	return n >= 2 && n <= 4 && story_line_next(s, len, next);
}

/*
 * An item of a list that a line ending in a colon opens: "Russian
 * losses have exceeded 54,900 troops:" then "Over 22,200 soldiers
 * killed", "31,800 soldiers wounded". A short line with a figure, no
 * sentence of its own.
 */
static bool
list_item_line(const char *s, size_t a, size_t b)
{
	return b > a && !ends_sentence(s, a, b) && has_digit(s, a, b) &&
	    count_words(s, a, b, 13) <= 12 && time_stamp(s, a, b) == 0;
}

/* Does the line [a, b) end with a colon, opening a list? */
static bool
opens_list(const char *s, size_t a, size_t b)
{
	return b > a && s[b - 1] == ':';
}

static int
word_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The full stop at i follows an abbreviation or an initial. */
static bool
after_abbrev(const char *s, size_t start, size_t i)
{
	size_t w = i, k;
	char word[8];
	const char *key = word;

	while (w > start && (isalpha((unsigned char)s[w - 1]) ||
	    s[w - 1] == '.'))
		w--;
	if (i - w == 0 || (w > start && isdigit((unsigned char)s[w - 1])))
		return false;	/* "$300m." is no initial */
	if (i - w == 1 || memchr(s + w, '.', i - w) != NULL)
		return isalpha((unsigned char)s[w]) != 0;
	if (i - w >= sizeof(word))
		return false;
	for (k = 0; k < i - w; k++)
		word[k] = (char)tolower((unsigned char)s[w + k]);
	word[k] = '\0';
	if (lex_month_abbrev(word, k) > 0 && lex_month(word, k) == 0)
		return true;	/* "Jan.", not "May." */
	return bsearch(&key, abbrevs, NELEM(abbrevs) - 1,
	    sizeof(*abbrevs), word_cmp) != NULL;
}

/* Skip closing quotes and brackets after a sentence mark. */
static size_t
skip_closers(const char *s, size_t j, size_t b)
{
	const unsigned char *p = (const unsigned char *)s;

	for (;;) {
		if (j < b && (p[j] == '"' || p[j] == '\'' || p[j] == ')'))
			j++;
		else if (j + 2 < b + 1 && j + 2 <= b && p[j] == 0xe2 &&
		    p[j + 1] == 0x80 && (p[j + 2] == 0x9d || p[j + 2] == 0x99))
			j += 3;
		else
			return j;
	}
}

/* Does a new sentence start at j (after spaces)? */
static bool
starts_sentence(const char *s, size_t j, size_t b)
{
	const unsigned char *p = (const unsigned char *)s;

	if (j >= b)
		return true;
	if (!is_space(s, j, b))
		return false;
	while (j < b && is_space(s, j, b))
		j += space_width(s, j);
	if (j >= b)
		return true;
	return isupper(p[j]) || isdigit(p[j]) || p[j] == '"' || p[j] == '(' ||
	    p[j] == '\'' || (p[j] == 0xe2 && j + 1 < b && p[j + 1] == 0x80);
}

/* End of the sentence that starts at a within the line [a, b). */
/* The first '.', '!' or '?' in s[i, b), or b: memchr() for each, each
 * in what is left before the one found, a byte loop's fraction. */
static size_t
stop_next(const char *s, size_t i, size_t b)
{
	const char *p, *q;

	p = memchr(s + i, '.', b - i);
	if (p == NULL)
		p = s + b;
	q = memchr(s + i, '!', (size_t)(p - s) - i);
	if (q != NULL)
		p = q;
	q = memchr(s + i, '?', (size_t)(p - s) - i);
	if (q != NULL)
		p = q;
	return (size_t)(p - s);
}

static size_t
sentence_end(const char *s, size_t a, size_t b)
{
	size_t i, j, lim;

	lim = b - a > SENTENCE_MAX_BYTES ? a + SENTENCE_MAX_BYTES : b;
	for (i = a; i < b; i++) {
		if (i < lim && (i = stop_next(s, i, lim)) == b)
			return b;	/* no stop before the end */
		if (i >= lim && is_space(s, i, b))
			return i;	/* too long: cut at a space */
		if (s[i] != '.' && s[i] != '!' && s[i] != '?')
			continue;
		if (s[i] == '.' && after_abbrev(s, a, i))
			continue;
		j = skip_closers(s, i + 1, b);
		if (starts_sentence(s, j, b))
			return j;
	}
	return b;
}

static void
split_line(const char *s, size_t a, size_t b, size_t para,
    struct sentlist *out)
{
	size_t e, x, y;

	while (a < b) {
		e = sentence_end(s, a, b);
		x = a;
		y = e;
		trim(s, &x, &y);
		if (y > x)
			sentlist_push(out, x, y, para);
		a = e;
	}
}

/* Next line [*a, *b) at or after pos, trimmed; false at the end. */
static bool
next_line(const char *s, size_t len, size_t pos, size_t *a, size_t *b,
    size_t *next)
{
	const char *nl;

	while (pos < len) {
		nl = memchr(s + pos, '\n', len - pos);
		*a = pos;
		*b = nl != NULL ? (size_t)(nl - s) : len;
		*next = nl != NULL ? *b + 1 : len;
		trim(s, a, b);
		if (*b > *a)
			return true;
		pos = *next;
	}
	return false;
}

/*
 * Is the line [a, b) the article's title, printed again as the body's
 * headline? Compared without case and without a closing stop.
 */
static bool
is_title_line(const char *s, size_t a, size_t b, const char *title)
{
	size_t ta = 0, tb;

	if (title == NULL)
		return false;
	tb = strlen(title);
	trim(title, &ta, &tb);
	while (b > a && s[b - 1] == '.')
		b--;
	while (tb > ta && title[tb - 1] == '.')
		tb--;
	return tb > ta && b - a == tb - ta &&
	    strncasecmp(s + a, title + ta, b - a) == 0;
}

void
sentences_split(const char *s, size_t len, struct sentlist *out)
{
	sentences_split_titled(s, len, NULL, out);
}

void
sentences_split_titled(const char *s, size_t len, const char *title,
    struct sentlist *out)
{
	size_t pos = 0, a, b, next, a2, b2, next2, para = 0;
	bool skip_next = false, top = true, bullet = false, headline = false;
	bool listing = false;

	out->n = 0;
	while (next_line(s, len, pos, &a, &b, &next)) {
		pos = next;
		para++;
		if (is_trailer_head(s, a, b))
			return;
		if (skip_next) {
			skip_next = false;
			continue;
		}
		if (time_stamp(s, a, b) == b - a) {
			skip_next = true;	/* "13:30" heads a headline */
			continue;
		}
		if (is_title_line(s, a, b, title)) {
			if (!headline)	/* once, however often printed */
				split_line(s, a, b, para - 1, out);
			headline = true;
			continue;
		}
		if (next_line(s, len, pos, &a2, &b2, &next2) &&
		    b2 - a2 == b - a && memcmp(s + a, s + a2, b - a) == 0) {
			pos = next2;	/* a caption printed twice */
			continue;
		}
		bullet = top && is_summary_bullet(s, len, a, b, pos, bullet);
		if (!bullet && (a2 = live_entry_start(s, a, b)) > 0 &&
		    ends_sentence(s, a, b)) {
			split_line(s, a2, b, para - 1, out);
			top = false;	/* "17:23 MSK: Police say ..." */
			continue;
		}
		listing = listing && list_item_line(s, a, b);
		if (bullet || listing || !is_furniture(s, a, b) ||
		    (top && para <= HEADLINE_LINES && is_headline(s, a, b)) ||
		    (!top && (headline_before_story(s, len, a, b, pos) ||
		    crosshead_before_story(s, len, a, b, pos))))
			split_line(s, a, b, para - 1, out);
		if (ends_sentence(s, a, b))
			top = false;
		if (opens_list(s, a, b))
			listing = true;
	}
}
