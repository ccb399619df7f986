/*
 * carry.c - see carry.h.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "carry.h"
#include "date.h"
#include "reread.h"
#include "util.h"

#define KEYS_MAX 8
#define CLAIMS_BACK 3	/* sentences back to a dated claim of the source */

/* Whom a statement may be given by: sources and surnames (owned). */
struct keys {
	char	*v[KEYS_MAX];
	size_t	 n;
	char	 noun[32];	/* "ministry" of "the ministry"; "" when none */
};

static bool
keys_has(const struct keys *k, const char *s)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		if (strcmp(k->v[i], s) == 0)
			return true;
	return false;
}

static void
keys_add(struct keys *k, const char *s)
{
	if (s == NULL || s[0] == '\0' || k->n == KEYS_MAX || keys_has(k, s))
		return;
	k->v[k->n++] = xstrdup(s);
}

static void
keys_release(struct keys *k)
{
	while (k->n > 0)
		free(k->v[--k->n]);
}

/*
 * The surname of a claimant written as a name ("Farhan Haq" -> "Haq",
 * "NIS" -> "NIS"), in buf; NULL when its last word is not capitalized.
 */
static const char *
surname(const char *claimant, char *buf, size_t size)
{
	const char *w;
	size_t n;

	if (claimant == NULL)
		return NULL;
	w = strrchr(claimant, ' ');
	w = w != NULL ? w + 1 : claimant;
	while (*w == '(')
		w++;
	n = strcspn(w, ")");
	if (n < 2 || n >= size || !isupper((unsigned char)*w))
		return NULL;
	memcpy(buf, w, n);
	buf[n] = '\0';
	return buf;
}

/*
 * The head noun of a claimant written as a common noun ("ministry" of
 * "the ministry", "health ministry"), lower case, in buf; NULL when the
 * claimant is a name, a pronoun or too short to tell.
 */
static const char *
head_noun(const char *claimant, char *buf, size_t size)
{
	const char *w;
	size_t n, i;

	if (claimant == NULL)
		return NULL;
	w = strrchr(claimant, ' ');
	w = w != NULL ? w + 1 : claimant;
	n = strlen(w);
	if (n < 4 || n >= size || strcmp(w, "they") == 0)
		return NULL;
	for (i = 0; i < n; i++)
		if (!islower((unsigned char)w[i]))
			return NULL;
	memcpy(buf, w, n + 1);
	return buf;
}

/*
 * Does the subject of cue (its words before the verb) hold the noun?
 * "The Ministry of the Interior announced today ..." for "the ministry".
 */
static bool
subject_has(struct ctx *c, const struct cue *cue, const char *noun)
{
	size_t i, a = cue->win_first;

	if (cue->pos > a + CLAUSE_MAX)
		a = cue->pos - CLAUSE_MAX;
	for (i = a; i < cue->pos && i < c->naux; i++)
		if (tok_is(c->text, &c->aux[i], noun))
			return true;
	return false;
}

/* The first date written in one of the cues' words, or CDATE_NONE. */
static enum cdate
sentence_date(struct ctx *c, const struct cue *cues, size_t nc, long *d)
{
	size_t k;

	for (k = 0; k < nc; k++)
		if (claimdate_find(c->text, c->aux, c->naux, cues[k].win_first,
		    cues[k].win_end, c->published, d) == CDATE_FOUND)
			return CDATE_FOUND;
	return CDATE_NONE;
}

/* Does cue k of the aux sentence name one of the keys? Adds its own. */
static bool
cue_matches(struct ctx *c, const struct cue *cue, struct keys *keys)
{
	const char *src = cue->source >= 0 ? c->tr->sources[cue->source] :
	    NULL;
	char buf[64], *name;
	const char *sur;
	bool hit;

	if (cue->kind == CUE_PASSIVE || cue->kind == CUE_MENTION)
		return false;
	/* the same noun names the source: "The Ministry of ... announced
	 * today" and then "the ministry said" */
	if (keys->noun[0] != '\0' && !cue->person && !cue->speaker &&
	    (src == NULL || keys_has(keys, src)) &&
	    subject_has(c, cue, keys->noun))
		return true;
	if (cue->pronoun)
		return false;
	name = cue_claimant(cue, c->text, c->aux);
	sur = surname(name, buf, sizeof(buf));
	hit = (src != NULL && keys_has(keys, src)) ||
	    (sur != NULL && keys_has(keys, sur));
	if (hit) {
		keys_add(keys, src);
		if (src == NULL)
			keys_add(keys, sur);
	}
	free(name);
	return hit;
}

/* The date of a statement of the keys in sentence s, CDATE_NONE when
 * none is dated there. */
static enum cdate
date_in(struct ctx *c, size_t s, struct keys *keys, long *d)
{
	struct cue cues[CUES_MAX];
	size_t nc, k;
	bool hit = false;
	enum cdate r;

	size_t at = 0;

	nc = reread_cues(c, s, cues);
	for (k = 0; k < nc; k++) {
		if (!cue_matches(c, &cues[k], keys))
			continue;
		r = claimdate_said(c->text, c->aux, c->naux, cues[k].win_first,
		    cues[k].win_end, cues[k].pos, c->published, d);
		if (r == CDATE_FOUND)
			return r;
		if (r == CDATE_NONE && !hit) {
			hit = true;
			at = cues[k].pos;
		}
	}
	if (!hit)
		return CDATE_NONE;
	if (sentence_date(c, cues, nc, d) == CDATE_FOUND)
		return CDATE_FOUND;
	/* "In a press statement on Monday, July 1, its chair said" */
	return claimdate_statement(c->text, c->aux, c->naux, at,
	    c->published, d);
}

/*
 * The date given to the nearest claim of the same source in the
 * CARRY_BACK sentences before: a statement dated by a neighbour of its
 * own ("X said on Thursday ..." / "X's spokesman told a conference
 * ..." / "He added that ...") hands the date on down the chain.
 */
static enum cdate
claims_date(struct ctx *c, const struct claim *cl, long *days)
{
	const struct claim *p;
	size_t i = c->out->n, s = c->si, start = c->sl.v[c->si].start;

	while (i > 0) {
		p = &c->out->v[--i];
		if (p == cl || p->sent_start >= start)
			continue;
		if (p->doc == NULL || cl->doc == NULL ||
		    strcmp(p->doc, cl->doc) != 0)
			break;
		while (s > 0 && c->sl.v[s].start > p->sent_start)
			s--;
		if (c->si - s > CLAIMS_BACK)
			break;
		if (p->source != NULL && strcmp(p->source, cl->source) == 0 &&
		    p->claim_date[0] != '\0')
			return date_parse(p->claim_date, days) == 0 ?
			    CDATE_FOUND : CDATE_NONE;
	}
	return CDATE_NONE;
}

/* Nouns that name a statement just given, in "the announcement", "the
 * figures" (sorted). */
static const char *const given_nouns[] = {
	"announcement", "data", "figures", "notice", "numbers", "report",
	"statement", "tally", "update"
};

/* "This was", "That is": a sentence about the one before (sorted). */
static const char *const be_words[] = {
	"is", "was"
};

/* Words before such a noun that point back to it (sorted). */
static const char *const pointers[] = {
	"its", "the", "their", "these", "this"
};

/* Verbs that give a statement, before "this" that points back to it:
 * "disclosed this", "made this disclosure" (sorted). */
static const char *const giving_verbs[] = {
	"announced", "confirmed", "disclosed", "gave", "made", "revealed",
	"said", "stated"
};

/* Nouns after such "this": "this disclosure", "these remarks" (sorted). */
static const char *const pointed_nouns[] = {
	"assertion", "assertions", "claim", "claims", "comment", "comments",
	"disclosure", "information", "remark", "remarks", "revelation",
	"statement"
};

/* Nouns of a figure just given, after "the": "gave the number on
 * Friday", "released the figures at a briefing" (sorted). */
static const char *const figure_nouns[] = {
	"breakdown", "estimate", "figure", "figures", "number", "numbers",
	"tally", "toll"
};

/* Words that end the stretch read for its date: another event's time
 * ("said this after the storm hit on Monday"), another part (sorted). */
static const char *const pointer_stops[] = {
	"after", "although", "because", "before", "but", "since", "though",
	"until"
};

#define POINTER_SUBJECT 12	/* tokens of the subject before its verb:
				   "The press officer of the state command" */
#define OPENER_MAX 8		/* tokens of "According to X," */

#define NAME_MAX 5	/* words of a name set off by commas */

/* Is a name set off by commas at token i, after the comma before it:
 * "the police spokesman, John Doe, said"? The token after its closing
 * comma, else 0. */
static size_t
apposed_name(struct ctx *c, size_t i)
{
	size_t j;

	for (j = i; j < c->naux && j < i + NAME_MAX; j++)
		if (tok_punct(&c->aux[j], ','))
			return j > i ? j + 1 : 0;
		else if (!(c->aux[j].kind == TOK_WORD &&
		    (c->aux[j].flags & TF_CAP)) && !tok_punct(&c->aux[j], '.'))
			return 0;
	return 0;
}

/* The token after an opening "According to X," that names who
 * reported the sentence ("According to the agency, the mayor gave the
 * figure on Friday"), else 0. */
static size_t
source_opener(struct ctx *c)
{
	size_t j;

	if (c->naux < 3 || !tok_is(c->text, &c->aux[0], "according") ||
	    !tok_is(c->text, &c->aux[1], "to"))
		return 0;
	for (j = 2; j < c->naux && j < OPENER_MAX; j++)
		if (tok_punct(&c->aux[j], ','))
			return j + 1;
		else if (c->aux[j].kind == TOK_PUNCT && c->aux[j].ch != '.')
			return 0;
	return 0;
}

/*
 * A sentence that says when the statement before it was given, its
 * subject the speaker and its object "this": "The mayor disclosed this
 * on Friday while touring the site.", "She made these remarks at a
 * briefing on Monday.", "He said this when a delegation visited him
 * on Tuesday." The date is the first in the rest of the sentence
 * (through a when- or while-clause, which times the speaking), up to
 * a word of another event's time. Not "said this week" nor "announced
 * this Saturday that ...", whose "this" is a date's own.
 */
static enum cdate
pointer_date(struct ctx *c, long *days)
{
	size_t v, j, end, a = 0;

	a = source_opener(c);
	for (v = a + 1; v < c->naux && v <= a + POINTER_SUBJECT; v++) {
		if (tok_punct(&c->aux[v - 1], ',') && v - 1 > a &&
		    (j = apposed_name(c, v)) > v) {
			a += j - v + 1;	/* "The spokesman, John Doe, said" */
			v = j;
		} else if (c->aux[v - 1].kind == TOK_PUNCT &&
		    c->aux[v - 1].ch != '.')
			return CDATE_NONE;	/* a subject of words only */
		if (v >= c->naux)
			return CDATE_NONE;
		if (!tok_in_sorted(c->text, &c->aux[v], giving_verbs,
		    NELEM(giving_verbs)))
			continue;
		j = v + 1;
		if (j + 1 < c->naux && tok_is(c->text, &c->aux[j], "the") &&
		    tok_in_sorted(c->text, &c->aux[j + 1], figure_nouns,
		    NELEM(figure_nouns)))
			j++;	/* "gave the number": the figure just given */
		else if (j >= c->naux || !(tok_is(c->text, &c->aux[j],
		    "this") || tok_is(c->text, &c->aux[j], "these")))
			return CDATE_NONE;
		j++;
		if (j < c->naux && tok_in_sorted(c->text, &c->aux[j],
		    pointed_nouns, NELEM(pointed_nouns)))
			j++;
		else if (j < c->naux && c->aux[j].kind != TOK_PUNCT &&
		    !tok_is(c->text, &c->aux[j], "on") &&
		    !tok_is(c->text, &c->aux[j], "when") &&
		    !tok_is(c->text, &c->aux[j], "while") &&
		    !tok_is(c->text, &c->aux[j], "at") &&
		    !tok_is(c->text, &c->aux[j], "in") &&
		    !tok_is(c->text, &c->aux[j], "during"))
			return CDATE_NONE;	/* "this week", "this Saturday" */
		for (end = j; end < c->naux && !tok_punct(&c->aux[end], ';') &&
		    !tok_in_sorted(c->text, &c->aux[end], pointer_stops,
		    NELEM(pointer_stops)); end++)
			;
		return claimdate_find(c->text, c->aux, c->naux, j, end,
		    c->published, days) == CDATE_FOUND ? CDATE_FOUND :
		    CDATE_NONE;
	}
	return CDATE_NONE;
}

/*
 * The date of the statement given just before, written in the next
 * sentence of the same paragraph: "... laid off 2,000 workers." + "The
 * company made the announcement Monday." / "The figures were released
 * on Tuesday." / "This was reported on Monday by ...". CDATE_NONE when
 * that sentence names no such statement with a date of its own.
 */
static enum cdate
next_date(struct ctx *c, long *days)
{
	size_t s = c->si + 1, i, p;
	bool para = false;

	if (s >= c->sl.n)
		return CDATE_NONE;
	for (p = c->sl.v[c->si].end; p < c->sl.v[s].start; p++)
		if (c->text[p] == '\n')
			para = true;
	reread_tokens(c, s);
	/* "This was reported on December 8 by ...": it points back past
	 * a paragraph's end too, as pages that set each sentence apart
	 * write it */
	if (c->naux > 2 && (tok_is(c->text, &c->aux[0], "this") ||
	    tok_is(c->text, &c->aux[0], "that")) && tok_in_sorted(c->text,
	    &c->aux[1], be_words, NELEM(be_words)) &&
	    claimdate_statement(c->text, c->aux, c->naux, 2, c->published,
	    days) == CDATE_FOUND)
		return CDATE_FOUND;
	/* "He disclosed this on Sunday when ...", likewise */
	if (pointer_date(c, days) == CDATE_FOUND)
		return CDATE_FOUND;
	if (para)
		return CDATE_NONE;
	for (i = 1; i < c->naux; i++)
		if (tok_in_sorted(c->text, &c->aux[i], given_nouns,
		    NELEM(given_nouns)) &&
		    tok_in_sorted(c->text, &c->aux[i - 1], pointers,
		    NELEM(pointers)) &&
		    claimdate_statement(c->text, c->aux, c->naux, i,
		    c->published, days) == CDATE_FOUND)
			return CDATE_FOUND;
	return CDATE_NONE;
}

#define BACK_SENTS 2	/* sentences back to the day it points to */

/* Openings of a sentence that time it by the day named just before,
 * and the days they add to it (each followed by a comma). */
static const struct back_phrase {
	const char *w[4];	/* words, NULL-ended */
	int	 add;
} back_phrases[] = {
	{ { "a", "day", "earlier", NULL }, -1 },
	{ { "a", "day", "later", NULL }, 1 },
	{ { "a", "day", "prior", NULL }, -1 },
	{ { "at", "that", "time", NULL }, 0 },
	{ { "earlier", "in", "the", "day" }, 0 },
	{ { "earlier", "that", "day", NULL }, 0 },
	{ { "later", "in", "the", "day" }, 0 },
	{ { "later", "that", "day", NULL }, 0 },
	{ { "on", "that", "day", NULL }, 0 },
	{ { "on", "the", "same", "day" }, 0 },
	{ { "that", "day", NULL, NULL }, 0 },
	{ { "that", "same", "day", NULL }, 0 },
	{ { "the", "day", "before", NULL }, -1 },
	{ { "the", "following", "day", NULL }, 1 },
	{ { "the", "next", "day", NULL }, 1 },
	{ { "the", "previous", "day", NULL }, -1 },
	{ { "the", "same", "day", NULL }, 0 },
};

/*
 * Does the sentence being read open with a time that points back to the
 * day named just before: "On the same day, X announced ...", "Earlier in
 * the day,", "At that time, Y reported ...", "A day later, Z told ..."?
 * *add is the days it adds to that day. Not "At the same time,"
 * (meanwhile) nor "At the time," (of an event).
 */
static bool
back_opener(struct ctx *c, int *add)
{
	const struct back_phrase *ph;
	size_t i, k;

	for (k = 0; k < NELEM(back_phrases); k++) {
		ph = &back_phrases[k];
		for (i = 0; i < 4 && ph->w[i] != NULL; i++)
			if (i >= c->n || !tok_is(c->text, &c->tok[i], ph->w[i]))
				break;
		if ((i == 4 || ph->w[i] == NULL) && i < c->n &&
		    tok_punct(&c->tok[i], ',')) {
			*add = ph->add;
			return true;
		}
	}
	return false;
}

/* Is a statement made in the sentence being read ("X announced",
 * "according to Y")? */
static bool
stated_here(struct ctx *c)
{
	size_t k;

	for (k = 0; k < c->ncues; k++)
		if (c->cues[k].kind == CUE_SAY ||
		    c->cues[k].kind == CUE_ACCORDING)
			return true;
	return false;
}

/* *days plus add, if not past publication. */
static enum cdate
shifted(struct ctx *c, int add, long *days)
{
	*days += add;
	if (claimdate_known(c->published) && *days > c->published)
		return CDATE_NONE;
	return CDATE_FOUND;
}

/*
 * Is no date written in the sentences before the one being read? Then
 * the article's news so far is of its publication day.
 */
static bool
undated_before(struct ctx *c)
{
	size_t s, k;
	long d;

	for (s = 0; s < c->si; s++) {
		reread_tokens(c, s);
		for (k = 0; k < c->naux; k++)
			if (claimdate_find(c->text, c->aux, c->naux, k, k + 1,
			    c->published, &d) == CDATE_FOUND)
				return false;
	}
	return true;
}

/*
 * The day such an opening points to, in a sentence that makes a
 * statement: that of the claims of the sentence before (or the one
 * before that), else the last date written there, plus the days the
 * opening adds (never past publication). When no date is written
 * before it at all, the news told so far is of the publication day:
 * "Israel has released 90 prisoners, a paper reported." + "The day
 * before, X reported ..." is the day before publication. CDATE_NONE
 * when none of these holds.
 */
static enum cdate
back_date(struct ctx *c, const struct claim *cl, long *days)
{
	const struct claim *p;
	size_t s, i, k;
	long d;
	int add;
	bool found;

	if (!c->cues_done || !back_opener(c, &add) || !stated_here(c))
		return CDATE_NONE;
	for (s = c->si; s > 0 && c->si - s < BACK_SENTS; s--) {
		for (i = c->out->n; i > 0; i--) {
			p = &c->out->v[i - 1];
			if (p == cl || p->sent_start != c->sl.v[s - 1].start ||
			    p->doc == NULL || cl->doc == NULL ||
			    strcmp(p->doc, cl->doc) != 0)
				continue;
			if (p->claim_date[0] != '\0' &&
			    date_parse(p->claim_date, days) == 0)
				return shifted(c, add, days);
		}
		reread_tokens(c, s - 1);
		found = false;
		for (k = 0; k < c->naux; k++)
			if (claimdate_find(c->text, c->aux, c->naux, k, k + 1,
			    c->published, &d) == CDATE_FOUND) {
				*days = d;
				found = true;
			}
		if (found)
			return shifted(c, add, days);
	}
	if (add != 0 && claimdate_known(c->published) && undated_before(c)) {
		*days = c->published;	/* "The day before," */
		return shifted(c, add, days);
	}
	return CDATE_NONE;
}

/* Nouns of a document a sentence introduces with its day, and later
 * sentences cite: "a statement", "the statement" (sorted). */
static const char *const document_nouns[] = {
	"announcement", "bulletin", "release", "report", "statement",
	"update"
};

#define INTRO_ADJ 2	/* words between "a" and the noun: "a brief joint" */

/* Words that may lead a date opening its sentence: "Early on Saturday,"
 * (sorted). */
static const char *const lead_words[] = {
	"early", "late", "on"
};

#define DOC_NEAR 3	/* tokens from the noun to its date */

/*
 * The day of the document whose noun, introduced by the article at
 * token art, is aux token i: a date opening the sentence ("Early on
 * Saturday, an official delivered a statement"), or one just after
 * the noun ("a statement on Monday", "a report released Monday").
 */
static bool
document_day(struct ctx *c, size_t art, size_t i, long *d)
{
	size_t j = 0;

	while (j < art && tok_in_sorted(c->text, &c->aux[j], lead_words,
	    NELEM(lead_words)))
		j++;
	if (j < art && claimdate_find(c->text, c->aux, c->naux, j, j + 1,
	    c->published, d) == CDATE_FOUND) {
		for (j++; j < art; j++)	/* the date's own words, then ',' */
			if (tok_punct(&c->aux[j], ','))
				return true;
		return false;
	}
	return claimdate_find(c->text, c->aux, c->naux, i + 1, i + 1 +
	    DOC_NEAR, c->published, d) == CDATE_FOUND;
}

/*
 * Does sentence s (read into aux) introduce a document with its day:
 * "Early on Saturday, an official delivered a statement on ...", "The
 * group released a report on Monday detailing ..."? The noun at *at,
 * its day in *d (a day of the sentence that is the document's, as the
 * layer reads it with the noun for the figure).
 */
static bool
introduces(struct ctx *c, size_t s, long *d, size_t *at)
{
	struct cue cues[CUES_MAX];
	size_t i, j, k, nc;

	nc = reread_cues(c, s, cues);	/* also reads s into aux */
	for (k = 0; k < nc; k++)
		if (cues[k].kind == CUE_SAY || cues[k].kind == CUE_ACCORDING)
			return false;	/* a statement of its own: date_in's */
	for (i = 1; i < c->naux; i++) {
		if (!tok_in_sorted(c->text, &c->aux[i], document_nouns,
		    NELEM(document_nouns)))
			continue;
		for (j = i; j > 0 && i - j <= INTRO_ADJ; j--)
			if (tok_is(c->text, &c->aux[j - 1], "a") ||
			    tok_is(c->text, &c->aux[j - 1], "an"))
				break;
		if (j == 0 || i - j > INTRO_ADJ || !(tok_is(c->text,
		    &c->aux[j - 1], "a") || tok_is(c->text, &c->aux[j - 1],
		    "an")))
			continue;
		if (document_day(c, j - 1, i, d)) {
			*at = i;
			return true;
		}
	}
	return false;
}

/* Does the sentence being read cite the document noun (of aux token
 * at): "according to the statement", "says the statement", "the
 * statement said"? */
static bool
cites(struct ctx *c, const struct token *noun)
{
	size_t i;

	for (i = 1; i < c->n; i++)
		if (c->tok[i].len == noun->len && strncasecmp(c->text +
		    c->tok[i].off, c->text + noun->off, noun->len) == 0 &&
		    tok_in_sorted(c->text, &c->tok[i - 1], pointers,
		    NELEM(pointers)))
			return true;
	return false;
}

/* Are the words of name (a source's canonical name) in sentence s,
 * word for word in any case ("a White House official")? */
static bool
names(struct ctx *c, size_t s, const char *name)
{
	size_t a = c->sl.v[s].start, b = c->sl.v[s].end, n = strlen(name);

	for (; n > 0 && a + n <= b; a++)
		if (strncasecmp(c->text + a, name, n) == 0 &&
		    (a == c->sl.v[s].start || !isalnum((unsigned char)
		    c->text[a - 1])) && (a + n == b ||
		    !isalnum((unsigned char)c->text[a + n])))
			return true;
	return false;
}

#define DOC_BACK 4	/* sentences back to the document cited */

/*
 * A document introduced with its day in a sentence of its own, and the
 * claims given from it: those of the sentences after it that cite it
 * ("..., according to the statement.") or whose source it names ("the
 * spokesman stated" after "a White House official delivered a
 * statement"), and those of the sentence just before it whose source
 * it names ("According to the White House, ..." + "Early on Saturday,
 * a White House official delivered a statement ..."). CDATE_NONE when
 * there is none.
 */
static enum cdate
document_date(struct ctx *c, const struct claim *cl, long *days)
{
	const char *src = cl->source != NULL && strcmp(cl->source,
	    "unattributed") != 0 ? cl->source : NULL;
	struct token noun;
	size_t s, at;
	long d;

	for (s = c->si; s > 0 && c->si - s <= DOC_BACK; s--) {
		if (!introduces(c, s - 1, &d, &at))
			continue;
		noun = c->aux[at];
		if (cites(c, &noun) || (src != NULL && names(c, s - 1, src))) {
			*days = d;
			return CDATE_FOUND;
		}
		return CDATE_NONE;	/* the nearest document only */
	}
	if (src != NULL && c->si + 1 < c->sl.n &&
	    introduces(c, c->si + 1, &d, &at) && names(c, c->si + 1, src)) {
		*days = d;
		return CDATE_FOUND;
	}
	return CDATE_NONE;
}

/* pointer_date of the next sentence, if any: "this" names the
 * statement just given, before any older one of the same source. */
static enum cdate
pointer_date_next(struct ctx *c, long *days)
{
	if (c->si + 1 >= c->sl.n)
		return CDATE_NONE;
	reread_tokens(c, c->si + 1);
	return pointer_date(c, days);
}

#define LEDE_SENTS 3	/* sentences that open an article as its lede */
#define LEDE_AHEAD 3	/* sentences after a lede to its statement's day */

/*
 * A lede that gives a statement without its day ("The mayor has said at
 * least 40 people died in the flood.") summarizes the statement the
 * article then tells with its day ("At a briefing on Monday, the mayor
 * said 28 of them ..."): the same source's statement dated in the
 * LEDE_AHEAD sentences after it is the lede's. Only for the opening
 * sentences, and a statement in the perfect or present that sums up;
 * further on, an undated statement is read from those before it.
 */
/* Does the sentence being read give its statement in the perfect or
 * the present, as a lede sums up news ("has said", "have confirmed",
 * "says")? */
static bool
summing_up(struct ctx *c)
{
	size_t k, v;

	for (k = 0; k < c->ncues; k++) {
		if (c->cues[k].kind != CUE_SAY)
			continue;
		v = c->cues[k].pos;
		if (v < c->n && tok_is(c->text, &c->tok[v], "says"))
			return true;
		if (v > 0 && v - 1 < c->n && (tok_is(c->text, &c->tok[v - 1],
		    "has") || tok_is(c->text, &c->tok[v - 1], "have")))
			return true;
	}
	return false;
}

static enum cdate
lede_date(struct ctx *c, struct keys *keys, long *days)
{
	struct cue cues[CUES_MAX];
	size_t s, k, nc;

	if (c->si >= LEDE_SENTS || !c->cues_done || !summing_up(c))
		return CDATE_NONE;
	for (s = c->si + 1; keys->n > 0 && s < c->sl.n &&
	    s <= c->si + LEDE_AHEAD; s++) {
		nc = reread_cues(c, s, cues);
		/* the day by a word of stating only: not that of an event
		 * the sentence also tells ("since X announced the drive on
		 * May 2, Y said Tuesday") */
		for (k = 0; k < nc; k++)
			if (cue_matches(c, &cues[k], keys) &&
			    claimdate_statement(c->text, c->aux, c->naux,
			    cues[k].pos, c->published, days) == CDATE_FOUND)
				return CDATE_FOUND;
	}
	return CDATE_NONE;
}

enum cdate
carry_date(struct ctx *c, const struct claim *cl, long *days)
{
	struct keys keys = { { NULL }, 0, "" };
	char buf[64];
	size_t s;
	enum cdate r = CDATE_NONE;

	if (back_date(c, cl, days) == CDATE_FOUND)
		return CDATE_FOUND;	/* "On the same day, X said" */
	if (pointer_date_next(c, days) == CDATE_FOUND)
		return CDATE_FOUND;	/* "+ He disclosed this on Sunday" */
	if (cl->source == NULL || strcmp(cl->source, "unattributed") == 0) {
		if (next_date(c, days) == CDATE_FOUND ||
		    document_date(c, cl, days) == CDATE_FOUND)
			return CDATE_FOUND;
		return carry_dateline(c, days) ? CDATE_FOUND : CDATE_NONE;
	}
	keys_add(&keys, cl->source);
	if (head_noun(cl->claimant, buf, sizeof(buf)) != NULL &&
	    strlen(buf) < sizeof(keys.noun))
		strcpy(keys.noun, buf);
	if (!tracker_has_source(c->tr, cl->source))	/* a person: "Haq" */
		keys_add(&keys, surname(cl->claimant, buf, sizeof(buf)));
	for (s = c->si; keys.n > 0 && s > 0 && c->si - s < CARRY_BACK; s--)
		if ((r = date_in(c, s - 1, &keys, days)) == CDATE_FOUND)
			break;
	if (r != CDATE_FOUND)
		r = claims_date(c, cl, days);
	if (r != CDATE_FOUND)
		r = next_date(c, days);
	if (r != CDATE_FOUND)	/* "..., according to the statement." */
		r = document_date(c, cl, days);
	if (r != CDATE_FOUND)	/* "X has said ..." + "On Friday, X said" */
		r = lede_date(c, &keys, days);
	keys_release(&keys);
	if (r != CDATE_FOUND && carry_dateline(c, days))
		r = CDATE_FOUND;
	return r;
}

#define DATELINE_LINES 8	/* lines of the body a dateline may open */

static bool
dateline_find(struct ctx *c, long *days)
{
	size_t start = 0, end, len, k;
	const char *nl;

	if (c->sl.n == 0)
		return false;
	len = c->sl.v[c->sl.n - 1].end;
	for (k = 0; k < DATELINE_LINES && start < len; k++) {
		nl = memchr(c->text + start, '\n', len - start);
		end = nl != NULL ? (size_t)(nl - c->text) : len;
		if (claimdate_dateline(c->text, start, end, c->aux,
		    EXTRACT_MAX_TOKENS, c->published, days))
			return true;
		start = end + 1;
	}
	return false;
}

/* Does a four-digit number from 1900 to 2099 start at i (< b - 3)
 * of text[a, b)? */
static bool
year_at(const char *text, size_t a, size_t b, size_t i)
{
	return ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' &&
	    text[i + 1] == '0')) &&
	    (i == a || !isdigit((unsigned char)text[i - 1])) &&
	    isdigit((unsigned char)text[i + 2]) &&
	    isdigit((unsigned char)text[i + 3]) && (i + 4 == b ||
	    !isdigit((unsigned char)text[i + 4]));
}

/* Does text[a, b) hold a four-digit number from 1900 to 2099? memchr()
 * finds each '1', then each '2': few bytes of a text are either. */
static bool
has_year(const char *text, size_t a, size_t b)
{
	static const char firsts[] = "12";
	const char *p, *q, *last = text + b - 4; /* a year's last start */
	size_t k;

	if (b < a + 4)
		return false;
	for (k = 0; k < 2; k++)
		for (p = text + a; (q = memchr(p, firsts[k],
		    (size_t)(last + 1 - p))) != NULL; p = q + 1)
			if (year_at(text, a, b, (size_t)(q - text)))
				return true;
	return false;
}

/* Is s[0..4) a year of news, 1990 to 2099? */
static int
url_year(const char *s)
{
	int i, y = 0;

	for (i = 0; i < 4; i++) {
		if (!isdigit((unsigned char)s[i]))
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	return y >= 1990 && y <= 2099 ? y : 0;
}

/*
 * The month a page's address files it under, "/2025/03/" or
 * "/2025/03/14/" (a path segment of four digits, then one of two),
 * as the last day of that month or the day itself; false when the
 * address has no such segments.
 */
static bool
url_month(const char *url, long *days)
{
	const char *p;
	int y, m, d;

	if (url == NULL)
		return false;
	for (p = strchr(url, '/'); p != NULL; p = strchr(p + 1, '/')) {
		if ((y = url_year(p + 1)) == 0 || p[5] != '/' ||
		    !isdigit((unsigned char)p[6]) ||
		    !isdigit((unsigned char)p[7]) || p[8] != '/')
			continue;
		m = (p[6] - '0') * 10 + (p[7] - '0');
		if (m < 1 || m > 12)
			continue;
		d = date_days_in_month(y, m);
		if (isdigit((unsigned char)p[9]) &&
		    isdigit((unsigned char)p[10]) && p[11] == '/' &&
		    date_valid(y, m, (p[9] - '0') * 10 + (p[10] - '0')))
			d = (p[9] - '0') * 10 + (p[10] - '0');
		*days = date_days(y, m, d);
		return true;
	}
	return false;
}

/*
 * The latest year of news (1990 to 2099) the headline writes on its own,
 * "Fact Sheet #4, Fiscal Year 2011", "the 2024 riots": the article is
 * from that year on; with earliest, the first year written instead (a
 * story "from October 2023 to January 2024" began in 2023). As its
 * first day; false when there is none.
 */
static bool
title_year(const char *title, bool earliest, long *days)
{
	size_t i, n;
	int y, best = 0;

	if (title == NULL)
		return false;
	n = strlen(title);
	for (i = 0; i + 4 <= n; i++)
		if ((i == 0 || !isalnum((unsigned char)title[i - 1])) &&
		    (i + 4 == n || !isalnum((unsigned char)title[i + 4])) &&
		    (y = url_year(title + i)) > 0 && (best == 0 ||
		    (earliest ? y < best : y > best)))
			best = y;
	if (best == 0)
		return false;
	*days = date_days(best, 1, 1);
	return true;
}

long
carry_guess(struct ctx *c)
{
	size_t s;
	long d, best = 0, floor = 0;
	bool found = false, floored = false;

	if (carry_dateline(c, &d))	/* "GENEVA, 20 September 2022 -" */
		return d;
	if (url_month(c->art->url, &d))	/* ".../2025/03/slug" */
		return DATE_GUESSED + d;
	for (s = 0; s < c->sl.n; s++) {
		if (!has_year(c->text, c->sl.v[s].start, c->sl.v[s].end))
			continue;
		c->naux = tokenize(c->text, c->sl.v[s].start, c->sl.v[s].end,
		    c->aux, EXTRACT_MAX_TOKENS);
		if (claimdate_full(c->text, c->aux, c->naux, &d) &&
		    (!found || d > best)) {
			best = d;
			found = true;
		}
		/* "in August 2024": the article is from then on */
		if (claimdate_month_year(c->text, c->aux, c->naux, &d) &&
		    (!floored || d > floor)) {
			floor = d;
			floored = true;
		}
	}
	c->naux = 0;
	if (found)
		return DATE_GUESSED + best;
	if (floored)
		return DATE_FLOORED + floor;
	/* "Fact Sheet #4, Fiscal Year 2011": from that year on */
	if (title_year(c->art->title, false, &d))
		return DATE_FLOORED + d;
	/* "European farmers' protests 2024": the story the tracker follows
	   began that year, and its articles are from then on */
	return title_year(c->tr->name, true, &d) ? DATE_FLOORED + d :
	    DATE_UNKNOWN;
}

/* Read once for the article (reread.h), asked for many claims. */
bool
carry_dateline(struct ctx *c, long *days)
{
	int known = reread_dateline(c, days);
	bool found;

	if (known >= 0)
		return known == 1;
	found = dateline_find(c, days);
	reread_dateline_keep(c, found, found ? *days : 0);
	return found;
}

/*
 * Is token i in the words of a statement of the sentence being read
 * (c->cues) that another than cl's source makes? "On Monday, X said
 * 12,000 had arrived, compared with the 11,000 cited by Y": Monday is
 * X's day, not Y's.
 */
static bool
others_date(struct ctx *c, const struct claim *cl, size_t i)
{
	const struct cue *cue;
	const char *src;
	size_t k;

	for (k = 0; k < c->ncues; k++) {
		cue = &c->cues[k];
		if ((cue->kind != CUE_SAY && cue->kind != CUE_ACCORDING) ||
		    i < cue->win_first || i >= cue->win_end)
			continue;
		if (cue->source < 0)
			continue;	/* one the tracker does not know: it
					   may be cl's, told by a description */
		src = c->tr->sources[cue->source];
		if (cl->source == NULL || strcmp(src, cl->source) != 0)
			return true;
	}
	return false;
}

void
carry_fallback(struct ctx *c, size_t num_first, struct claim *cl)
{
	size_t at, from = 0;
	long d;

	if (cl->claim_date[0] != '\0' || !c->cues_done)
		return;
	if (back_date(c, cl, &d) == CDATE_FOUND) {
		date_format(d, cl->claim_date);
		return;
	}
	while (claimdate_sentence(c->text, c->tok, c->n, num_first, from,
	    c->published, &d, &at) == CDATE_FOUND) {
		if (!others_date(c, cl, at)) {
			date_format(d, cl->claim_date);
			return;
		}
		from = at + 1;
	}
}

/*
 * Words that open another clause, of another time or another statement:
 * "... on Monday, while 40 ...", "... comes after X confirmed 30 ...".
 */
static const char *const clause_openers[] = {
	"after", "although", "as", "because", "before", "but", "compared",
	"following", "since", "though", "unlike", "until", "when",
	"whereas", "while", NULL
};

#define SIBLING_GAP 48		/* tokens read between two figures */

/*
 * Does the text between two figures of one sentence, from a to b, go on
 * in the same clause chain ("... on Wednesday, with another 3,000 ...",
 * "..., including 200 ...")? Not when a word there opens another clause,
 * nor when the gap is long.
 */
static bool
same_chain(const char *text, size_t a, size_t b)
{
	struct token t[SIBLING_GAP];
	size_t i, n;

	if (b < a)
		return false;
	n = tokenize(text, a, b, t, SIBLING_GAP);
	if (n == SIBLING_GAP)
		return false;
	for (i = 0; i < n; i++)
		if (tok_in_sorted(text, &t[i], clause_openers,
		    NWORDS(clause_openers)))
			return false;
	return true;
}

static bool
same_source(const struct claim *a, const struct claim *b)
{
	const char *x = a->source != NULL ? a->source : "unattributed";
	const char *y = b->source != NULL ? b->source : "unattributed";

	return strcmp(x, y) == 0;
}

/* Verbs of the counted event between a figure and "a day earlier"
 * (sorted): "three people died a day earlier" dates the deaths in a
 * statement of its own day, it gives no earlier level. */
static const char *const event_verbs[] = {
	"arrived", "died", "drowned", "fled", "left", "was", "went", "were"
};

#define DAY_BEFORE_NEAR 3	/* words from a figure to "a day earlier" */

/*
 * Does a phrase putting the figure a day before the statement's day
 * follow the figure that ends at text offset at, within a few words:
 * "up from 2,000 a day earlier", "900 deaths the day before", "the
 * previous day"?
 */
static bool
day_before_after(const char *text, size_t at, size_t end)
{
	struct token t[DAY_BEFORE_NEAR + 3];
	size_t n, i;

	n = tokenize(text, at, end, t, NELEM(t));
	for (i = 0; i + 2 < n && i <= DAY_BEFORE_NEAR; i++) {
		if ((tok_is(text, &t[i], "a") || tok_is(text, &t[i], "the")) &&
		    tok_is(text, &t[i + 1], "day") &&
		    (tok_is(text, &t[i + 2], "earlier") ||
		    tok_is(text, &t[i + 2], "before")))
			return true;	/* "a day earlier", "the day before" */
		if (tok_is(text, &t[i], "the") && (tok_is(text, &t[i + 1],
		    "previous") || tok_is(text, &t[i + 1], "prior")) &&
		    tok_is(text, &t[i + 2], "day"))
			return true;	/* "the previous day", "the prior day" */
		if (t[i].kind != TOK_WORD)
			return false;	/* "2,000, and a day before ..." */
		if (tok_in_sorted(text, &t[i], event_verbs,
		    NELEM(event_verbs)))
			return false;	/* "three people died a day earlier":
					   the event's day, not the count's */
	}
	return false;
}

/*
 * A dated claim whose figure is given as a day before ("the toll rose
 * to 4,000 on Friday, up from 2,000 a day earlier"): the day before
 * the date it took from its statement.
 */
static void
day_before(const char *text, struct claim *cl, size_t sent_end)
{
	long d;

	if (cl->claim_date[0] == '\0' || !day_before_after(text, cl->num_end,
	    sent_end) || date_parse(cl->claim_date, &d) != 0)
		return;
	date_format(d - 1, cl->claim_date);
}

void
carry_siblings(const char *text, struct claimset *out, size_t from)
{
	struct claim *cl, *sib;
	const char *date;
	bool *had;
	size_t i, j, lo, hi;

	if (out->n <= from)
		return;
	had = xcalloc(out->n - from, sizeof(*had));
	for (i = from; i < out->n; i++)
		had[i - from] = out->v[i].claim_date[0] != '\0';
	for (lo = from; lo < out->n; lo = hi) {
		for (hi = lo + 1; hi < out->n &&
		    out->v[hi].sent_start == out->v[lo].sent_start; hi++)
			;
		for (i = lo; i < hi; i++) {
			cl = &out->v[i];
			if (had[i - from])
				continue;
			date = NULL;
			for (j = lo; j < hi; j++) {
				sib = &out->v[j];
				if (!had[j - from] || sib->num_end >
				    cl->num_start || !same_source(sib, cl) ||
				    !same_chain(text, sib->num_end,
				    cl->num_start))
					continue;
				if (date != NULL &&
				    strcmp(date, sib->claim_date) != 0)
					break;	/* two days: neither */
				date = sib->claim_date;
			}
			if (j == hi && date != NULL)
				snprintf(cl->claim_date,
				    sizeof(cl->claim_date), "%s", date);
		}
	}
	for (i = from; i < out->n; i++)	/* "up from 2,000 a day earlier" */
		day_before(text, &out->v[i], out->v[i].sent_end);
	free(had);
}
