/*
 * coref.c - see coref.h.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claimdate.h"
#include "date.h"
#include "extract_int.h"
#include "coref.h"
#include "numbers.h"
#include "reread.h"
#include "util.h"


/* Whom a claim is attributed to: what a later "he" or "it" may mean. */
struct referent {
	size_t	 si;		/* sentence of the claim or cue */
	bool	 plural;	/* "officials": never "he" or "she" */
	bool	 known;		/* the source is the gazetteer's */
	bool	 body;		/* "the agency", "NIS": never "he" or "she" */
	bool	 titled;	/* "President X": never "it" or "they" */
	char	*claimant;	/* as written, or NULL; all owned */
	char	*relayer;	/* or NULL */
	char	*source;	/* a source, or "unattributed" */
	struct referent *prev;	/* last_ref only: the last one of an
				   earlier sentence, and so on back */
};

static void
referent_free(struct referent *r)
{
	struct referent *p;

	for (; r != NULL; r = p) {
		p = r->prev;
		free(r->claimant);
		free(r->relayer);
		free(r->source);
		free(r);
	}
}

/* The last claim's referent of sentence s, of the CONTEXT_BACK before
 * the current one, or NULL. */
static const struct referent *
remembered(const struct ctx *c, size_t s)
{
	const struct referent *r;

	for (r = c->last_ref; r != NULL && r->si >= s; r = r->prev)
		if (r->si == s)
			return r;
	return NULL;
}

/* "officials", "South Korean lawmakers", "Analysts", "Kent and Essex":
 * a claimant that is many ("Jones" and "NIS" are not, nor "Ministry of
 * Health and Population"). */
static bool
plural_claimant(const char *s)
{
	const char *w = strrchr(s, ' '), *and = strstr(s, " and ");
	size_t n;

	if (and != NULL && and[5] >= 'A' && and[5] <= 'Z' &&
	    strstr(s, " of ") == NULL && strstr(s, " for ") == NULL)
		return true;

	w = w != NULL ? w + 1 : s;
	n = strlen(w);
	if (n < 3 || w[n - 1] != 's' || w[n - 2] == 's')
		return false;
	return (w[0] >= 'a' && w[0] <= 'z') || common_people(w);
}

/* Head nouns of bodies, which "he" or "she" never means. Sorted. */
static const char *const body_nouns[] = {
	"administration", "agency", "authority", "board", "bureau",
	"center", "centre", "commission", "committee", "council",
	"department", "directorate", "government", "institute", "ministry",
	"office", "organisation", "organization", "police", "service",
};

/* Nouns of a body of people by no trade, which one another may name
 * again: "X, a group that ... The organization said". */
static const char *const plain_kinds[] = {
	"group", "organisation", "organization", NULL
};

/* "the group", "the party": does the description cue pron, of the
 * sentence's tokens, name one body of such a kind, never "officials"
 * or "X and Y" said before? */
static bool
one_body_described(const struct ctx *c, const struct cue *pron)
{
	const struct token *h;

	if (pron->np_end < pron->np_first + 2 || pron->np_end > c->n)
		return false;
	h = &c->tok[pron->np_end - 1];
	return !(h->flags & TF_CAP) && (tok_in(c->text, h, plain_kinds) ||
	    tok_is(c->text, h, "party"));
}

/* "the Coast Guard", "district administration", "NIS", "AC": a
 * claimant that is a body (its last word a body's head noun, or
 * "Guard" in capitals) or one word all in capitals, an acronym. */
static bool
body_claimant(const char *s)
{
	const char *of = strstr(s, " of "), *w;
	size_t n, i, lo, hi, mid;
	int cmp;
	bool caps = true;

	n = of != NULL ? (size_t)(of - s) : strlen(s);
	for (w = s + n; w > s && w[-1] != ' '; w--)
		;	/* the head: "Ministry of Health", "Ann Lee of the
			   agency" */
	n = (size_t)(s + n - w);
	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		if (!(w[i] >= 'A' && w[i] <= 'Z'))
			caps = false;
	if (caps && n >= 2 && w == s && w[n] == '\0')
		return true;
	if (n == 5 && strncmp(w, "Guard", 5) == 0)
		return true;
	for (lo = 0, hi = NELEM(body_nouns); lo < hi;) {
		mid = (lo + hi) / 2;
		cmp = strncasecmp(w, body_nouns[mid], n);
		if (cmp == 0 && body_nouns[mid][n] != '\0')
			cmp = -1;
		if (cmp == 0)
			return true;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* The referent of claim cl of sentence si. */
static struct referent *
referent_of_claim(struct ctx *c, size_t si, const struct claim *cl)
{
	struct referent *r = xcalloc(1, sizeof(*r));

	r->si = si;
	r->claimant = xstrdup_or_null(cl->claimant);
	r->plural = cl->claimant != NULL && plural_claimant(cl->claimant);
	r->body = cl->claimant != NULL && body_claimant(cl->claimant);
	r->known = tracker_has_source(c->tr, cl->source);
	r->relayer = xstrdup_or_null(cl->relayer);
	r->source = xstrdup(cl->source);
	return r;
}

static struct referent *
referent_dup(const struct referent *r)
{
	struct referent *d = xcalloc(1, sizeof(*d));

	*d = *r;
	d->prev = NULL;
	d->claimant = xstrdup_or_null(r->claimant);
	d->relayer = xstrdup_or_null(r->relayer);
	d->source = xstrdup(r->source);
	return d;
}

/*
 * Whom the cue (of tokens t) names, as a claim of it would be
 * attributed; NULL for a pronoun or a cue that names no one ("reports
 * say").
 */
static struct referent *
referent_of_cue(struct ctx *c, const struct cue *cue, const struct token *t)
{
	struct claim cl;
	struct referent *r;

	if (cue->pronoun)
		return NULL;
	memset(&cl, 0, sizeof(cl));
	cl.claimant = cue_claimant(cue, c->text, t);
	cl.relayer = cue_relayer(cue, c->text, t);
	if (cl.claimant == NULL && cl.relayer == NULL)
		return NULL;
	source_set(c, cue->source, cue_whole(cue, c->text, t), &cl);
	r = referent_of_claim(c, c->si, &cl);
	r->titled = cue_titled(cue, c->text, t);
	free(cl.claimant);
	free(cl.relayer);
	free(cl.source);
	return r;
}

/* "the ministry", "its spokesman": a description, which means only
 * someone the gazetteer knows. */
static bool
descriptive(const struct cue *pron)
{
	return pron->np_end > pron->np_first + 1;
}

/* Is the pronoun cue pron "it", of the sentence's tokens? */
static bool
neuter(const struct ctx *c, const struct cue *pron)
{
	return pron->np_end == pron->np_first + 1 && pron->np_first < c->n &&
	    tok_is(c->text, &c->tok[pron->np_first], "it");
}

/* Can the pronoun cue pron mean r? "He" is neither "officials" nor an
 * outlet relaying others; "it" is not "officials" or "X and Y". */
static bool
can_mean(const struct ctx *c, const struct cue *pron,
    const struct referent *r)
{
	if (descriptive(pron) && !r->known)
		return false;
	if ((neuter(c, pron) || one_body_described(c, pron)) && r->plural)
		return false;
	if (r->titled && pron->np_end == pron->np_first + 1 &&
	    pron->np_first < c->n && (tok_is(c->text, &c->tok[pron->np_first],
	    "it") || tok_is(c->text, &c->tok[pron->np_first], "they")))
		return false;	/* one person, not "it" nor "they" */
	return !(pron->person && (r->plural || r->body ||
	    r->claimant == NULL));
}

/* Whom the pronoun cue pron, earlier in this sentence, means. */
static struct referent *
referent_of_pronoun(struct ctx *c, const struct cue *pron)
{
	struct claim cl;
	struct referent *r;

	memset(&cl, 0, sizeof(cl));
	coref_resolve(c, pron, &cl);
	r = referent_of_claim(c, c->si, &cl);
	free(cl.claimant);
	free(cl.relayer);
	free(cl.source);
	return r;
}

/*
 * Whom pron may mean by cue, of tokens t in sentence s: the cue's
 * claimant; for a pronoun cue whom that one means ("The alliance said
 * it ...": what "the alliance" means), or in a sentence before, whom a
 * claim of it was given.
 */
static struct referent *referent_in(struct ctx *c, const struct cue *pron,
	    size_t s, bool chain);

static size_t	quote_start_sentence(struct ctx *, size_t, size_t);

/*
 * Whom pron, a cue at byte off of sentence s, means among the
 * CONTEXT_BACK sentences before s, or before the sentence where a quote
 * of several sentences it closes opened: the nearest one that names
 * someone it can mean, or NULL. chain: as referent_in().
 */
static struct referent *
referent_before(struct ctx *c, const struct cue *pron, size_t s, size_t off,
    bool chain)
{
	struct referent *r = NULL;
	size_t k, first;

	first = quote_start_sentence(c, s, off);
	for (k = first; k > 0 && first - k < CONTEXT_BACK && r == NULL; k--)
		r = referent_in(c, pron, k - 1, chain);
	return r;
}

/*
 * "..., the ministry said. ... One person died, it added": a pronoun or
 * description cue of sentence s, before the current one, that gave no
 * claim there means whom the CONTEXT_BACK sentences before s name last,
 * found without chaining again. Reads s into aux again after, for the
 * caller still walking its cues.
 */
static struct referent *
chained(struct ctx *c, const struct cue *cue, size_t s)
{
	struct cue again[CUES_MAX], p = *cue;
	struct referent *r;

	if (cue->kind != CUE_SAY && cue->kind != CUE_ACCORDING)
		return NULL;
	r = referent_before(c, &p, s, c->aux[cue->pos].off, false);
	reread_cues(c, s, again);
	return r;
}

/*
 * "Officials said 5,183 were turned back. They said 45 were detained":
 * a cue of sentence s before the current one that names no source of its
 * own, whose claim there the rules after the cue gave one (the home
 * government, a place's), means whom that claim was given. r, or the
 * remembered referent in its place (r freed).
 */
static struct referent *
settled(struct ctx *c, struct referent *r, size_t s)
{
	const struct referent *m;

	if (r == NULL || s == c->si || r->claimant == NULL ||
	    strcmp(r->source, "unattributed") != 0 ||
	    (m = remembered(c, s)) == NULL || m->claimant == NULL ||
	    !m->known || strcmp(m->claimant, r->claimant) != 0)
		return r;
	referent_free(r);
	return referent_dup(m);
}

static struct referent *
candidate(struct ctx *c, const struct cue *pron, const struct cue *cue,
    const struct token *t, size_t s, bool chain)
{
	struct referent *r;

	if (cue->kind == CUE_PASSIVE)
		return NULL;	/* gave one figure, is no sentence's subject */
	if (cue->pronoun && s == c->si && t == c->tok && cue->pos < pron->pos)
		r = referent_of_pronoun(c, cue);
	else if (cue->pronoun && s != c->si && remembered(c, s) != NULL)
		/* "the statement said": whom it meant */
		r = referent_dup(remembered(c, s));
	else if (cue->pronoun)
		r = chain && s != c->si ? chained(c, cue, s) : NULL;
	else
		r = settled(c, referent_of_cue(c, cue, t), s);
	if (r != NULL && can_mean(c, pron, r))
		return r;
	referent_free(r);
	return NULL;
}

/*
 * "... the house of K.G. Pillai, who said 26 people had taken refuge":
 * a sentence whose claim was given its claimant by no cue of its own
 * (the claimant chooser's pick) offers whom that claim was given.
 */
static struct referent *
claim_referent(struct ctx *c, const struct cue *pron, size_t s)
{
	const struct referent *m = remembered(c, s);

	if (m == NULL || m->claimant == NULL || !can_mean(c, pron, m))
		return NULL;
	return referent_dup(m);
}

/*
 * Whom pron may mean in sentence s: the last of its cues it can mean,
 * else its subject ("South Korean officials spoke to reporters").
 */
static struct referent *
referent_in(struct ctx *c, const struct cue *pron, size_t s, bool chain)
{
	struct cue cues[CUES_MAX], m;
	struct referent *r = NULL;
	size_t nc, k;

	nc = reread_cues(c, s, cues);
	for (k = nc; k > 0 && r == NULL; k--)
		r = candidate(c, pron, &cues[k - 1], c->aux, s, chain);
	if (r == NULL && !descriptive(pron) && mention_find(c->tr, c->text,
	    c->aux, c->naux, &m))
		r = candidate(c, pron, &m, c->aux, s, chain);
	if (r == NULL && s != c->si)
		r = claim_referent(c, pron, s);
	return r;
}

static void
referent_give(const struct referent *r, struct claim *cl)
{
	cl->claimant = xstrdup_or_null(r->claimant);
	cl->relayer = xstrdup_or_null(r->relayer);
	cl->source = xstrdup(r->source);
}

/* "he said", "the ministry said": whom the sentences before (at most
 * CONTEXT_BACK) name last; before a quote of several sentences that it
 * closes, before the sentence where the quote opened. */
static bool
refer_back(struct ctx *c, const struct cue *pron, struct claim *cl)
{
	struct referent *r;

	r = referent_before(c, pron, c->si, c->tok[pron->pos].off, true);
	if (r == NULL)
		return false;
	referent_give(r, cl);
	referent_free(r);
	return true;
}

/*
 * "Seoul said it believed ...": the nearest cue before the pronoun's in
 * the same sentence; for "we" or "I", first the one who is quoted after
 * it ("\"We counted 11,000,\" Budanov said"). Returns that cue.
 */
static const struct cue *
refer_within(struct ctx *c, const struct cue *pron, struct claim *cl)
{
	size_t at = (size_t)(pron - c->cues), k;
	const struct cue *by = NULL;
	struct referent *r = NULL;

	if (pron->speaker)
		for (k = at + 1; k < c->ncues && r == NULL; k++)
			if (!c->cues[k].pronoun && (r = candidate(c, pron,
			    &c->cues[k], c->tok, c->si, false)) != NULL)
				by = &c->cues[k];
	for (k = at; k > 0 && r == NULL; k--)
		if ((r = candidate(c, pron, &c->cues[k - 1], c->tok,
		    c->si, false)) != NULL)
			by = &c->cues[k - 1];
	if (r == NULL)
		return NULL;
	referent_give(r, cl);
	referent_free(r);
	return by;
}

#define DATELINE_LINES	8	/* lines of the body a dateline may open */
#define DATELINE_LEN	40	/* bytes of its place, at most */

/*
 * The place of a wire dateline that opens line [p, end): capitals,
 * spaces, "/" and "." ("SEOUL", "GENEVA/ISLAMABAD") before a comma, a
 * bracket, a colon or a dash. Returns the end of the place, or p.
 */
static size_t
dateline_place(const char *text, size_t p, size_t end)
{
	size_t q, caps = 0;

	for (q = p; q < end && q - p <= DATELINE_LEN; q++) {
		if (text[q] >= 'A' && text[q] <= 'Z')
			caps++;
		else if (strchr(" /.", text[q]) == NULL)
			break;
	}
	if (caps < 3 || q >= end || q - p > DATELINE_LEN ||
	    strchr(",(:-\xe2", text[q]) == NULL)
		return p;
	return q;
}

/* The source the gazetteer gives the place s[0..len), written in
 * capitals: matched as a name is written ("SEOUL" as "Seoul"). */
static long
place_source(struct ctx *c, const char *s, size_t len)
{
	char buf[DATELINE_LEN + 2];
	size_t i;

	for (i = 0; i < len && i <= DATELINE_LEN; i++)
		buf[i] = i > 0 && s[i - 1] >= 'A' && s[i - 1] <= 'Z' &&
		    s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] | 0x20) : s[i];
	buf[i] = '\0';
	c->naux = tokenize(buf, 0, i, c->aux, EXTRACT_MAX_TOKENS);
	return source_find(c->tr, buf, c->aux, 0, c->naux);
}

/*
 * "SEOUL, April 30 (Yonhap) -- ..., the spy agency said": a description
 * that means no one named before, in a story filed from a place the
 * gazetteer knows, is that place's own. The source of the dateline's
 * place, or -1.
 */
static long
dateline_source(struct ctx *c)
{
	size_t start = 0, end, len, q, k;

	if (c->sl.n == 0)
		return -1;
	len = c->sl.v[c->sl.n - 1].end;
	for (k = 0; k < DATELINE_LINES && start < len; k++) {
		for (end = start; end < len && c->text[end] != '\n'; end++)
			;
		if ((q = dateline_place(c->text, start, end)) > start)
			return place_source(c, c->text + start, q - start);
		start = end + 1;
	}
	return -1;
}

static long	described_source(struct ctx *, const char *, size_t);

/* A pronoun that means no one named: unattributed, as written; a
 * description, the source named before whose name has its word ("the
 * federal ministry" after "the Ministry of Civil Defence"), else the
 * dateline's place's own. */
static void
unresolved(struct ctx *c, const struct cue *pron, struct claim *cl)
{
	long src = -1;

	cl->claimant = cue_claimant(pron, c->text, c->tok);
	if (descriptive(pron) && (src = described_source(c, cl->claimant,
	    pron->np_first)) < 0)
		src = dateline_source(c);
	cl->relayer = cue_relayer(pron, c->text, c->tok);
	cl->source = xstrdup(src >= 0 ? c->tr->sources[src] :
	    "unattributed");
}

/*
 * "Network Rail will lay off 1,800 staff, it has told the union": "it"
 * or "they" after the sentence's own subject, one the gazetteer knows,
 * with no cue before it, means that subject ("he" or "she" may be
 * someone the sentences before quote).
 */
static bool
subject_within(struct ctx *c, const struct cue *pron, struct claim *cl)
{
	struct cue m;
	struct referent *r;

	if (descriptive(pron) || pron->person || pron->speaker ||
	    !mention_find(c->tr, c->text, c->tok, c->n,
	    &m) || m.pronoun || m.source < 0 || m.np_end > pron->np_first)
		return false;
	if ((r = referent_of_cue(c, &m, c->tok)) == NULL)
		return false;
	if (!can_mean(c, pron, r)) {
		referent_free(r);
		return false;
	}
	referent_give(r, cl);
	referent_free(r);
	return true;
}

/*
 * A pronoun cue that can mean no one before stays unattributed. A
 * passive agent described ("the 6,100 cited by the alliance") is set
 * against the sentence's speaker, so it may mean only someone of the
 * sentences before.
 */
static long	document_source(struct ctx *, const struct cue *);
static bool	document_here(struct ctx *, const struct cue *);

const struct cue *
coref_resolve(struct ctx *c, const struct cue *pron, struct claim *cl)
{
	const struct cue *named;
	long src;

	if (pron->kind != CUE_PASSIVE && descriptive(pron) &&
	    (src = document_source(c, pron)) >= 0) {
		/* "the report said": its maker, named with it before,
		   not whoever spoke last */
		cl->claimant = cue_claimant(pron, c->text, c->tok);
		cl->relayer = cue_relayer(pron, c->text, c->tok);
		cl->source = xstrdup(c->tr->sources[src]);
		return pron;
	}
	if (pron->kind != CUE_PASSIVE && descriptive(pron) &&
	    document_here(c, pron)) {
		unresolved(c, pron, cl);	/* "A new study puts it at
						   2,098; the study found" */
		return pron;
	}
	if (pron->kind != CUE_PASSIVE &&
	    (named = refer_within(c, pron, cl)) != NULL)
		return named;
	if (pron->kind != CUE_PASSIVE && subject_within(c, pron, cl))
		return pron;
	if (!refer_back(c, pron, cl))
		unresolved(c, pron, cl);
	return pron;
}

void
coref_remember(struct ctx *c, const struct claim *cl)
{
	struct referent *r = referent_of_claim(c, c->si, cl), *old, **p;
	size_t k;

	old = c->last_ref;
	if (old != NULL && old->si == c->si) {
		r->prev = old->prev;	/* the sentence's last claim only */
		old->prev = NULL;
		referent_free(old);
	} else
		r->prev = old;
	for (p = &r->prev, k = 1; *p != NULL && k < CONTEXT_BACK; k++)
		p = &(*p)->prev;
	referent_free(*p);	/* keep CONTEXT_BACK sentences' */
	*p = NULL;
	c->last_ref = r;
}

void
coref_settle(struct ctx *c, const struct claim *cl)
{
	struct referent *r = c->last_ref;

	if (r == NULL || r->si != c->si || r->claimant == NULL ||
	    cl->claimant == NULL || strcmp(r->claimant, cl->claimant) != 0 ||
	    strcmp(r->source, cl->source) == 0)
		return;
	free(r->source);
	r->source = xstrdup(cl->source);
	r->known = tracker_has_source(c->tr, cl->source);
}

const char *
coref_last_source(const struct ctx *c)
{
	if (c->last_ref == NULL || c->si - c->last_ref->si >= CONTEXT_BACK)
		return NULL;
	return c->last_ref->source;
}

void
coref_forget(struct ctx *c)
{
	referent_free(c->last_ref);
	c->last_ref = NULL;
}

/*
 * Quotes that run over sentences. A quotation mark at byte o of the
 * body: 1 opening, -1 closing, 0 none. A straight quote opens after a
 * space, a line's start or a bracket.
 */
static int
quote_mark(const char *text, size_t o, size_t *len)
{
	const unsigned char *p = (const unsigned char *)text + o;

	*len = 1;
	if (p[0] == '"')
		return o == 0 || p[-1] == ' ' || p[-1] == '\n' ||
		    p[-1] == '(' || p[-1] == '\t' ? 1 : -1;
	if (p[0] != 0xe2 || p[1] != 0x80 || (p[2] != 0x9c && p[2] != 0x9d))
		return 0;
	*len = 3;
	return p[2] == 0x9c ? 1 : -1;
}

/* The sentence holding byte o, searched from sentence s on. */
static size_t
sentence_at(const struct ctx *c, size_t s, size_t o)
{
	while (s > 0 && c->sl.v[s].start > o)
		s--;
	while (s + 1 < c->sl.n && c->sl.v[s].end <= o)
		s++;
	return s;
}

/* The next quotation mark at or after byte o before byte end, its byte
 * in *at; 0 when there is none. */
static int
quote_next(const char *text, size_t o, size_t end, size_t *at)
{
	size_t len;
	int q;

	for (; o < end; o++)
		if ((q = quote_mark(text, o, &len)) != 0) {
			*at = o;
			return q;
		}
	return 0;
}

/* Does one of the 8 bytes of w equal the byte of which each byte of m
 * is a copy? */
#define ONES	0x0101010101010101u
#define HIGHS	0x8080808080808080u
#define HAS_BYTE(w, m)	((((w) ^ (m)) - ONES) & ~((w) ^ (m)) & HIGHS)

/* The last byte before o, not before first, that can open a quotation
 * mark ('"' or the first byte of a curly one, 0xe2); first when none.
 * Eight bytes at a time: most bytes of a text are neither. */
static size_t
mark_byte_before(const char *text, size_t first, size_t o)
{
	const unsigned char *p = (const unsigned char *)text;
	uint64_t w;

	while (o - first >= 8) {
		memcpy(&w, p + o - 8, 8);
		if (HAS_BYTE(w, ONES * '"') || HAS_BYTE(w, ONES * 0xe2))
			break;
		o -= 8;
	}
	while (o > first && p[o - 1] != '"' && p[o - 1] != 0xe2)
		o--;
	return o > first ? o : first;
}

/* The last quotation mark before byte o, not before byte first. */
static int
quote_prev(const char *text, size_t first, size_t o, size_t *at)
{
	size_t len;
	int q;

	while (o > first) {
		o = mark_byte_before(text, first, o);	/* passed over: no
							   mark opens there */
		if (o == first)
			break;
		o--;
		if ((q = quote_mark(text, o, &len)) != 0) {
			*at = o;
			return q;
		}
	}
	return 0;
}

#define QUOTE_BACK 6		/* sentences searched back for where a
				   quotation over paragraphs opened */

/*
 * "\"Mostly light injuries. Several needed operations. ...,\" the
 * ministry said.": a quote of several sentences closed before the cue
 * at byte off of sentence s is one statement; whom its speaker means is
 * looked for before the sentence where it opened. That sentence, or s
 * when no quote closes there.
 */
static size_t
quote_start_sentence(struct ctx *c, size_t s, size_t off)
{
	size_t q, o, first;

	first = c->sl.v[s >= QUOTE_BACK ? s - QUOTE_BACK : 0].start;
	if (quote_prev(c->text, c->sl.v[s].start, off, &q) != -1 ||
	    quote_prev(c->text, first, q, &o) != 1)
		return s;
	return sentence_at(c, s, o);
}

/*
 * Whom the speaker cue sp of sentence s means: its claimant, or for a
 * pronoun or description ("the ministry said") whom the sentences up to
 * s name last.
 */
static struct referent *
speaker_of(struct ctx *c, const struct cue *sp, size_t s)
{
	struct cue pron = *sp;

	if (!sp->pronoun)
		return referent_of_cue(c, sp, c->aux);
	return referent_before(c, &pron, s, c->aux[sp->pos].off, false);
}

/*
 * The one quoted next to the quotation mark at byte q of sentence s:
 * after a closing mark ("...,\" Fain said"), before an opening one
 * ("Harrington said: \"...").
 */
static struct referent *
quote_speaker(struct ctx *c, size_t s, size_t q, int kind)
{
	struct cue cues[CUES_MAX];
	size_t nc, k, qt;

	reread_tokens(c, s);
	for (qt = 0; qt < c->naux && c->aux[qt].off < q; qt++)
		;
	if (qt == c->naux)
		return NULL;
	nc = reread_cues(c, s, cues);
	for (k = 0; k < nc; k++) {
		if (cues[k].kind != CUE_SAY)
			continue;
		if (kind < 0 && cues[k].pos > qt && cues[k].np_first > qt &&
		    cues[k].np_first <= qt + 3 && cues[k].pos <= qt + 8)
			return speaker_of(c, &cues[k], s);
		if (kind > 0 && cues[k].pos < qt && cues[k].pos + 3 >= qt)
			return speaker_of(c, &cues[k], s);
	}
	return NULL;
}

#define QUOTE_PARAS 3		/* paragraphs it runs over, at most */

/* Does sentence s end with a colon ("X said:")? Its speaker then, as
 * the last verb of saying of it names. */
static struct referent *
colon_speaker(struct ctx *c, size_t s)
{
	struct cue cues[CUES_MAX];
	size_t nc, k;

	reread_tokens(c, s);
	if (c->naux < 3 || !tok_punct(&c->aux[c->naux - 1], ':'))
		return NULL;
	nc = reread_cues(c, s, cues);
	for (k = nc; k > 0; k--)
		if (cues[k - 1].kind == CUE_SAY && !cues[k - 1].inner)
			return speaker_of(c, &cues[k - 1], s);
	return NULL;
}

/*
 * Whom the quote opened at byte o (in sentence s) is given to, by a
 * cue before it or, when it opens its sentence, by the sentence before
 * ending a quote with its speaker ("...,\" Fain said. \"...") or with
 * a colon ("Fain said:"). A quotation that runs on over paragraphs
 * opens each again and closes only the last: a paragraph that opens
 * with a mark after a quotation still open is the words of the one it
 * opened with (up to depth paragraphs back).
 */
static struct referent *
quote_opener(struct ctx *c, size_t s, size_t o, int depth)
{
	struct referent *r;
	size_t q, first;
	int kind;

	if ((r = quote_speaker(c, s, o, 1)) != NULL || s == 0 ||
	    o != c->sl.v[s].start)
		return r;
	kind = quote_prev(c->text, c->sl.v[s - 1].start, c->sl.v[s - 1].end,
	    &q);
	if (kind != 0 && (r = quote_speaker(c, s - 1, q, kind)) != NULL)
		return r;
	if (kind == 0 && (r = colon_speaker(c, s - 1)) != NULL)
		return r;
	first = c->sl.v[s >= QUOTE_BACK ? s - QUOTE_BACK : 0].start;
	if (depth > 0 && quote_prev(c->text, first, o, &q) == 1 && q > 0 &&
	    c->text[q - 1] == '\n')
		return quote_opener(c, sentence_at(c, s, q), q, depth - 1);
	return NULL;
}

/*
 * A sentence that opens a quotation with no speaker beside it, right
 * after a sentence whose last statement a speaker the gazetteer knows
 * makes, without quoting ("X said on Monday that ...", "This was stated
 * on Monday by X.", then "\"Our records show ..."), in a new paragraph
 * or the same one ("..., the ministry said on Monday. \"On Sunday
 * ..."): the quotation is that speaker's, of the statement's date (set
 * in cl). News quotes the one it has just reported. Sentence s opens
 * with the mark at o.
 */
static bool	stated_by(struct ctx *, size_t, struct cue *);

static struct referent *
quote_after_statement(struct ctx *c, size_t s, size_t o, struct claim *cl)
{
	struct cue cues[CUES_MAX], *cue = NULL, by;
	struct referent *r;
	size_t nc, k, q;
	long d;

	if (s == 0 || o != c->sl.v[s].start)
		return NULL;
	if (quote_prev(c->text, c->sl.v[s - 1].start,
	    c->sl.v[s - 1].end, &q) != 0)
		return NULL;	/* a quote before: its speaker's turn */
	nc = reread_cues(c, s - 1, cues);
	for (k = nc; k > 0 && cue == NULL; k--)
		if (cues[k - 1].kind == CUE_SAY && !cues[k - 1].inner &&
		    !cues[k - 1].subordinate && cues[k - 1].until == 0 &&
		    (!cues[k - 1].pronoun || cues[k - 1].np_first == 0))
			cue = &cues[k - 1];	/* not "X said it had
						   counted"; "He said" */
	if (cue == NULL && stated_by(c, s - 1, &by))
		cue = &by;		/* "This was stated on Monday by X." */
	if (cue == NULL || (cue->source < 0 && !cue->pronoun))
		return NULL;
	if ((r = speaker_of(c, cue, s - 1)) == NULL)
		return NULL;
	if (!r->known) {
		referent_free(r);
		return NULL;	/* whom the gazetteer does not know */
	}
	if (cl->claim_date[0] == '\0' && claimdate_said(c->text, c->aux,
	    c->naux, 0, cue->win_end, cue->pos, c->published, &d) ==
	    CDATE_FOUND)
		date_format(d, cl->claim_date);
	return r;
}

bool
coref_quoted(struct ctx *c, size_t tok, struct claim *cl)
{
	size_t p = c->tok[tok].off, first, last, o, q, s;
	struct referent *r = NULL;
	int kind;

	first = c->sl.v[c->si >= CONTEXT_BACK ? c->si - CONTEXT_BACK : 0].start;
	last = c->sl.v[c->si + CONTEXT_BACK < c->sl.n ? c->si + CONTEXT_BACK :
	    c->sl.n - 1].end;
	if (quote_prev(c->text, first, p, &o) != 1)
		return false;	/* not inside a quote */
	kind = quote_next(c->text, p, last, &q);
	if (kind == 1)		/* the quote goes on in a new paragraph */
		kind = quote_next(c->text, q + 1, last, &q) == -1 ? -1 : 0;
	if (kind == -1)
		r = quote_speaker(c, sentence_at(c, c->si, q), q, -1);
	if (r == NULL) {
		s = sentence_at(c, c->si, o);
		r = quote_opener(c, s, o, QUOTE_PARAS);
		if (r == NULL)
			r = quote_after_statement(c, s, o, cl);
	}
	if (r == NULL)
		return false;
	referent_give(r, cl);
	referent_free(r);
	coref_name(c, cl);	/* "Petrov" quoted after "Ivan Petrov, the
				   Moldovan minister," */
	return true;
}

#define NAME_BACK 12		/* sentences searched for a full name */

/* Is w (of length n) the first or the last word of the name s, a name
 * of two words or more? "Cho" of "Cho Tae-yong", "Haq" of "Farhan Haq";
 * a last word that opens with a small particle is written with a capital
 * when it opens a sentence ("Al-Qudra said" after "Ashraf al-Qudra"). */
static bool
name_part(const char *s, const char *w, size_t n)
{
	const char *last = strrchr(s, ' '), *p;

	if (last == NULL)
		return false;
	for (p = last; p > s && p[-1] != ' '; p--)
		;	/* "South Korean MP Lee Seong-kweun": the name after
			   the title opens with w */
	if (p > s && (size_t)(last - p) == n && strncmp(p, w, n) == 0 &&
	    last[1] >= 'A' && last[1] <= 'Z')
		return true;
	last++;
	return (strncmp(s, w, n) == 0 && s[n] == ' ') ||
	    (strlen(last) == n && (last[0] == w[0] || (last[0] >= 'a' &&
	    last[0] <= 'z' && last[0] - 'a' + 'A' == w[0])) &&
	    strncmp(last + 1, w + 1, n - 1) == 0);
}

/*
 * The cue of tokens t[0..nc) whose claimant's name has the word w as its
 * first or last word: its source (-1 for a name the gazetteer does not
 * know), and the name in *full (allocated) when full is not NULL.
 * False when there is none.
 */
static bool
named_in(struct ctx *c, const struct cue *cues, size_t nc,
    const struct token *t, const char *w, size_t n, long *src, char **full)
{
	size_t k;
	char *name;

	for (k = 0; k < nc; k++) {
		if (cues[k].pronoun || (cues[k].source < 0 && full == NULL))
			continue;
		if (cues[k].source >= 0 && cues[k].rel_end > cues[k].rel_first &&
		    (name = cue_relayer(&cues[k], c->text, t)) != NULL) {
			if (strcmp(name, w) == 0 || name_part(name, w, n)) {
				*src = cues[k].source;	/* "Lee quoted the
							   agency as saying" */
				free(name);
				return true;
			}
			free(name);
		}
		if ((name = cue_claimant(&cues[k], c->text, t)) == NULL)
			continue;
		if (name_part(name, w, n)) {
			*src = cues[k].source;
			if (full != NULL)
				*full = name;
			else
				free(name);
			return true;
		}
		free(name);
	}
	return false;
}

/* Is w a one-word alias of the gazetteer ("Zelensky"), not a surname it
 * reads off a full name ("Chan" of "Figo Chan")? */
static bool
alias_word(const struct tracker *tr, const char *w)
{
	size_t i;

	for (i = 0; i < tr->aliases.n; i++)
		if (tr->aliases.v[i].n == 1 &&
		    strcmp(tr->aliases.v[i].w[0], w) == 0)
			return true;
	return false;
}

/* The full name that ends or opens with the word w of length n cut to
 * two words around w: "Resident Tomas Lind" to "Tomas Lind", "Yoo
 * Yong-won" stays. In place. */
static void
name_core(char *full, size_t n)
{
	char *sp = strchr(full, ' '), *last = strrchr(full, ' '), *p;

	if (sp == NULL || sp == last)
		return;
	if ((size_t)(sp - full) == n) {		/* opens with w */
		*strchr(sp + 1, ' ') = '\0';
		return;
	}
	for (p = last - 1; p > full && p[-1] != ' '; p--)
		;
	memmove(full, p, strlen(p) + 1);
}

/*
 * "Kim said" after "Leader Kim Jong Un attended ...": a name written
 * family name first is told after by its first word. The source of a
 * gazetteer name of two words or more that opens with the word w of
 * length n and stands in tokens t[0..nt) as written, or -1.
 */
static long
opening_word_of_alias(struct ctx *c, const struct token *t, size_t nt,
    const char *w, size_t n)
{
	const struct phrase *p;
	size_t i, which;

	for (i = 0; i + 1 < nt; i++) {
		if (t[i].kind != TOK_WORD || t[i].len != n ||
		    strncmp(c->text + t[i].off, w, n) != 0 ||
		    phrase_match(&c->tr->aliases, c->text, t, i, nt,
		    &which) < 2)
			continue;
		p = &c->tr->aliases.v[which];
		if (p->n >= 2 && strcmp(p->w[0], w) == 0)
			return (long)p->owner;
	}
	return -1;
}

/* The source of a full name that opens with w, written in the current
 * sentence before the claim or in the NAME_BACK sentences before; -1. */
static long
written_opening_name(struct ctx *c, const char *w, size_t n)
{
	long src = opening_word_of_alias(c, c->tok, c->n, w, n);
	size_t s;

	for (s = c->si; src < 0 && s > 0 && c->si - s < NAME_BACK; s--) {
		reread_tokens(c, s - 1);
		src = opening_word_of_alias(c, c->aux, c->naux, w, n);
	}
	return src;
}

void
coref_name(struct ctx *c, struct claim *cl)
{
	struct cue cues[CUES_MAX];
	const char *w = cl->claimant;
	char *full = NULL;
	size_t n, s, nc;
	long src = -1;
	bool known, hit;

	if (w == NULL || strchr(w, ' ') != NULL || (n = strlen(w)) < 2 ||
	    w[0] < 'A' || w[0] > 'Z')
		return;
	known = tracker_has_source(c->tr, cl->source);
	if (known && alias_word(c->tr, w))
		return;
	/* a surname the gazetteer reads off another's full name: the one
	 * the article named in full comes first, known or not; a name the
	 * gazetteer does not know means the full name written before */
	hit = named_in(c, c->cues, c->ncues, c->tok, w, n, &src, &full);
	for (s = c->si; !hit && s > 0 && c->si - s < NAME_BACK; s--) {
		nc = reread_cues(c, s - 1, cues);
		hit = named_in(c, cues, nc, c->aux, w, n, &src, &full);
	}
	if (!hit && !known && (src = written_opening_name(c, w, n)) >= 0) {
		free(cl->source);	/* "Kim said" */
		cl->source = xstrdup(c->tr->sources[src]);
		return;
	}
	if (!hit) {
		free(full);
		return;
	}
	if (src < 0)
		name_core(full, n);
	free(cl->source);
	cl->source = xstrdup(src >= 0 ? c->tr->sources[src] : full);
	free(full);
}

/* Does a word of tokens t[a, b) equal the word w (any case)? */
static bool
word_among(const char *text, const struct token *t, size_t a, size_t b,
    const char *w)
{
	size_t n = strlen(w);

	for (; a < b; a++)
		if (t[a].kind == TOK_WORD && t[a].len == n &&
		    strncasecmp(text + t[a].off, w, n) == 0)
			return true;
	return false;
}

/*
 * The source of the last alias in tokens t[0..end) that has the word
 * head ("Ministry of Internal Affairs" for "ministry"), or -1.
 */
static long
alias_with(const struct ctx *c, const struct token *t, size_t end,
    const char *head)
{
	size_t i, len, which;

	for (i = end; i > 0; i--) {
		len = phrase_match(&c->tr->aliases, c->text, t, i - 1, end,
		    &which);
		if (len > 0 && word_among(c->text, t, i - 1, i - 1 + len, head))
			return (long)c->tr->aliases.v[which].owner;
	}
	return -1;
}

#define APPOSED_MAX 12	/* tokens of an apposition after a name */

/*
 * The source of the last alias in tokens t[0..end) followed by an
 * apposition that has the word head: "Decide, a Mozambican
 * Non-Governmental Organisation (NGO), said" for "NGO"; or -1.
 */
static long
apposed_with(const struct ctx *c, const struct token *t, size_t end,
    const char *head)
{
	size_t i, j, e, len, which;

	for (i = end; i > 0; i--) {
		len = phrase_match(&c->tr->aliases, c->text, t, i - 1, end,
		    &which);
		e = i - 1 + len;
		if (len == 0 || e + 2 >= end || !tok_punct(&t[e], ',') ||
		    !(tok_is(c->text, &t[e + 1], "a") ||
		    tok_is(c->text, &t[e + 1], "an")))
			continue;
		for (j = e + 2; j < end && j - e <= APPOSED_MAX &&
		    !tok_punct(&t[j], ','); j++)
			if (word_among(c->text, t, j, j + 1, head))
				return (long)c->tr->aliases.v[which].owner;
	}
	return -1;
}

/* kind_beside() for the word kind itself. */
static long
kind_written(const struct ctx *c, const struct token *t, size_t end,
    const char *kind)
{
	size_t i, e, len, which;

	for (i = end; i > 0; i--) {
		len = phrase_match(&c->tr->aliases, c->text, t, i - 1, end,
		    &which);
		if (len == 0)
			continue;
		e = i - 1 + len;
		if (e < end && tok_punct(&t[e], ')'))
			e++;
		if ((i >= 2 && !(t[i - 2].flags & TF_CAP) &&
		    word_among(c->text, t, i - 2, i - 1, kind)) ||
		    (e < end && !(t[e].flags & TF_CAP) &&
		    word_among(c->text, t, e, e + 1, kind)))
			return (long)c->tr->aliases.v[which].owner;
	}
	return apposed_with(c, t, end, kind);
}

/*
 * The source of the last alias in tokens t[0..end) written beside the
 * word kind, which tells what the body is: before it ("the Washington-
 * based group X"), after it ("the opposition X party", after an acronym
 * in brackets too: "X (XP) party") or in an apposition ("X, a group
 * that ..."); or -1. A kind of plain_kinds stands for all of them.
 */
static long
kind_beside(const struct ctx *c, const struct token *t, size_t end,
    const char *kind)
{
	long src = -1;
	size_t k;

	for (k = 0; plain_kinds[k] != NULL; k++)
		if (strcasecmp(kind, plain_kinds[k]) == 0)
			break;
	if (plain_kinds[k] == NULL)
		return kind_written(c, t, end, kind);
	for (k = 0; src < 0 && plain_kinds[k] != NULL; k++)
		src = kind_written(c, t, end, plain_kinds[k]);
	return src;
}

/*
 * "According to the NGO", "a report carried by the Platform": one
 * capitalized word after "the" (tokens [a, b) of this sentence) is a
 * body named by its kind, not by its name, when the NAME_BACK sentences
 * before (or this one before it) name a body the gazetteer knows by a
 * name that has the word, or describe one by it in an apposition. That
 * body's source, or -1.
 */
static long
titled_description(struct ctx *c, size_t a, size_t b)
{
	char head[32];
	long src;
	size_t s;

	if (b != a + 2 || b > c->n || !tok_is(c->text, &c->tok[a], "the") ||
	    c->tok[a + 1].kind != TOK_WORD ||
	    !(c->tok[a + 1].flags & TF_CAP) || c->tok[a + 1].len < 3 ||
	    c->tok[a + 1].len >= sizeof(head))
		return -1;
	memcpy(head, c->text + c->tok[a + 1].off, c->tok[a + 1].len);
	head[c->tok[a + 1].len] = '\0';
	if ((src = alias_with(c, c->tok, a, head)) >= 0 ||
	    (src = apposed_with(c, c->tok, a, head)) >= 0)
		return src;
	for (s = c->si; s > 0 && c->si - s < NAME_BACK; s--) {
		reread_tokens(c, s - 1);
		if ((src = alias_with(c, c->aux, c->naux, head)) >= 0 ||
		    (src = apposed_with(c, c->aux, c->naux, head)) >= 0)
			return src;
	}
	return -1;
}

/* Heads of a claimant that "the" points back with: "the official told
 * AFP" after "a health ministry official said". */
static const char *const anaphoric_heads[] = {
	"official", "officials", "spokesman", "spokesperson", "spokeswoman",
	NULL
};

/* Does the cue's claimant phrase, of tokens t, have a word of the same
 * noun as w ("officials" for "official")? */
static bool
cue_has_head(const struct ctx *c, const struct cue *cue,
    const struct token *t, const struct token *w)
{
	size_t i, n = w->len;
	const char *a = c->text + w->off, *b;

	if (n > 1 && a[n - 1] == 's')
		n--;		/* the singular's letters */
	for (i = cue->np_first; i < cue->np_end; i++) {
		b = c->text + t[i].off;
		if (t[i].kind == TOK_WORD && (t[i].len == n ||
		    (t[i].len == n + 1 && b[n] == 's')) &&
		    strncasecmp(a, b, n) == 0)
			return true;
	}
	return false;
}

/*
 * "A health ministry official said ... \"The number of dead is 154,\" the
 * official told AFP": "the" and a head of anaphoric_heads alone mean
 * whom the nearest of the CONTEXT_BACK sentences before named with that
 * noun as a speaker, with the source that one's claim was given. The
 * source, or -1.
 */
static long
definite_speaker(struct ctx *c, const struct cue *cue)
{
	struct cue cues[CUES_MAX];
	struct referent *r;
	size_t s, nc, k;
	long src = -1, i;

	if (cue->pronoun || cue->np_end != cue->np_first + 2 ||
	    cue->np_end > c->n || !tok_is(c->text, &c->tok[cue->np_first],
	    "the") || !tok_in(c->text, &c->tok[cue->np_first + 1],
	    anaphoric_heads))
		return -1;
	for (s = c->si; s > 0 && c->si - s < CONTEXT_BACK; s--) {
		struct token w = c->tok[cue->np_first + 1];

		nc = reread_cues(c, s - 1, cues);
		for (k = nc; k > 0; k--) {
			if (cues[k - 1].pronoun || cues[k - 1].kind ==
			    CUE_PASSIVE || !cue_has_head(c, &cues[k - 1],
			    c->aux, &w))
				continue;
			r = settled(c, referent_of_cue(c, &cues[k - 1],
			    c->aux), s - 1);
			for (i = 0; r != NULL && i < (long)c->tr->nsources; i++)
				if (strcmp(c->tr->sources[i], r->source) == 0)
					src = i;
			referent_free(r);
			return src;
		}
	}
	return -1;
}

/*
 * The source a description written as claimant (of the cue whose
 * claimant opens at token first of this sentence) names: the one whose
 * alias with the description's last word the sentence before the cue or
 * the NAME_BACK sentences before name last; -1 when there is none, or
 * the claimant is no description.
 */
static long
described_source(struct ctx *c, const char *claimant, size_t first)
{
	const char *head;
	long src;
	size_t s;

	if (claimant == NULL)
		return -1;
	head = strrchr(claimant, ' ');
	head = head != NULL ? head + 1 : claimant;
	if (head[0] < 'a' || head[0] > 'z' || common_people(head) ||
	    strlen(head) < 4)
		return -1;	/* a name, or people named by what they are */
	src = alias_with(c, c->tok, first, head);
	for (s = c->si; src < 0 && s > 0 && c->si - s < NAME_BACK; s--) {
		reread_tokens(c, s - 1);
		src = alias_with(c, c->aux, c->naux, head);
	}
	/* "The group said" after "the group X": a name the kind was
	   written beside, when no name has the word */
	if (src < 0)
		src = kind_beside(c, c->tok, first, head);
	for (s = c->si; src < 0 && s > 0 && c->si - s < NAME_BACK; s--) {
		reread_tokens(c, s - 1);
		src = kind_beside(c, c->aux, c->naux, head);
	}
	return src;
}

/*
 * "the report said" after "a report by X", "according to the study"
 * after "a Harvard study": a document named once with its maker and
 * after by its noun alone. Its maker is the gazetteer's source named
 * beside the noun where the article first gave it: before it ("a
 * Harvard study", "the UN's report"), after "by" or "from" ("a study
 * from X", "a report released on Monday by X") or as the subject that
 * released it ("X published a report").
 */
#define DOC_BACK 12		/* sentences searched for the document */

static const char *const documents[] = {
	"analysis", "assessment", "report", "study", "survey", NULL
};

/* Verbs by which a maker gives out a document: "X issued a report",
 * "X conducted its survey", "X carried out a study". */
static const char *const releasing[] = {
	"carried", "commissioned", "compiled", "conducted", "issued",
	"produced", "published", "released", "unveiled", NULL
};

#define OPENING_DOC_MAX 10	/* tokens of "In a report released ...," */
#define OPENING_SUBJ_MAX 8	/* tokens of the subject after it */

/* The token of the document noun a cue that names no one is read from
 * ("The report also said", "according to the new study"), or c->n. */
static size_t
cue_document(const struct ctx *c, const struct cue *cue)
{
	const struct token *t = c->tok;
	size_t a = cue->np_first, end, i;

	end = cue->kind == CUE_ACCORDING ? cue->np_end : cue->pos;
	if (a >= end || end > c->n || end - a > 6 || !(tok_is(c->text, &t[a],
	    "the") || tok_is(c->text, &t[a], "this")))
		return c->n;
	for (i = a + 1; i < end && i < a + 4; i++) {
		if (t[i].kind != TOK_WORD || (t[i].flags & TF_CAP))
			return c->n;	/* "the UN report": named there */
		if (tok_in(c->text, &t[i], documents))
			return i + 1 < c->n && t[i + 1].kind == TOK_POSS ?
			    c->n : i;
	}
	return c->n;
}

/* Is token i of t[0..n) punctuation that ends a phrase? */
static bool
phrase_break(const struct token *t, size_t i)
{
	return t[i].kind == TOK_PUNCT && t[i].ch != '\'' && t[i].ch != '(' &&
	    t[i].ch != ')' && t[i].ch != '-';
}

/*
 * "In a report released on Monday, the X found that ...": a document
 * named in an opening phrase of "in", set off by a comma, is the
 * subject's after the comma. The source of that subject, or -1.
 */
static long
opening_document(const struct ctx *c, const struct token *t, size_t n,
    size_t k)
{
	size_t j, e;

	if (n < 4 || !tok_is(c->text, &t[0], "in") || k > OPENING_DOC_MAX)
		return -1;
	for (j = 1; j < k; j++)
		if (t[j].kind == TOK_PUNCT)
			return -1;	/* the noun is past the opening */
	for (j = k + 1; j < n && j <= OPENING_DOC_MAX && !phrase_break(t, j);
	    j++)
		;
	if (j >= n || t[j].kind != TOK_PUNCT || t[j].ch != ',')
		return -1;
	for (e = j + 1; e < n && e - j <= OPENING_SUBJ_MAX &&
	    !phrase_break(t, e); e++)
		;
	return source_find(c->tr, c->text, t, j + 1, e);
}

/* The maker of the document whose noun is token k of t[0..n), or -1. */
static long
document_maker(const struct ctx *c, const struct token *t, size_t n,
    size_t k)
{
	long src = -1;
	size_t j, e, which;

	for (j = k; j > 0 && k - j < 4 && t[j - 1].kind != TOK_PUNCT &&
	    !tok_is(c->text, &t[j - 1], "a") && !tok_is(c->text, &t[j - 1],
	    "an") && !tok_is(c->text, &t[j - 1], "the"); j--)
		;
	if (j < k && (src = source_find(c->tr, c->text, t, j, k)) >= 0)
		return src;	/* "a Harvard study" */
	for (j = k + 1; j < n && j - k <= 6 && !phrase_break(t, j); j++) {
		if (!tok_is(c->text, &t[j], "by") && !tok_is(c->text, &t[j],
		    "from"))
			continue;
		for (e = j + 1; e < n && e - j <= 10 && !phrase_break(t, e);
		    e++)
			;
		return source_find(c->tr, c->text, t, j + 1, e);
	}
	for (j = k; j > 0 && k - j <= 4 && !phrase_break(t, j - 1); j--) {
		if (!tok_in(c->text, &t[j - 1], releasing))
			continue;
		for (e = j - 1; e > 0 && !phrase_break(t, e - 1); e--)
			if (phrase_match(&c->tr->aliases, c->text, t, e - 1,
			    j - 1, &which) > 0)
				return (long)c->tr->aliases.v[which].owner;
		break;	/* "X published a report": its subject */
	}
	return opening_document(c, t, n, k);
}

/*
 * "X reported that ..." before "the report said": the verb of the noun
 * w ("report") at token k, with a source the gazetteer knows as the
 * subject of its clause. That source, or -1.
 */
static long
reported_by(const struct ctx *c, const struct token *t, size_t k,
    const struct token *w)
{
	static const char *const verbs[] = { "reported", "reports", NULL };
	size_t e, which;

	if (w->len != 6 || strncasecmp(c->text + w->off, "report", 6) != 0 ||
	    (t[k].flags & TF_CAP) || !tok_in(c->text, &t[k], verbs) || k == 0 ||
	    tok_in(c->text, &t[k - 1], documents))
		return -1;	/* not "media reports" */
	for (e = k; e > 0 && !phrase_break(t, e - 1); e--)
		if (phrase_match(&c->tr->aliases, c->text, t, e - 1, k,
		    &which) > 0)
			return (long)c->tr->aliases.v[which].owner;
	return -1;
}

/*
 * The maker of the document noun w (a word of documents[]) named last in
 * tokens t[0..end): *found when the sentence names it, and the maker, or
 * -1 when it names none known. A mention that is itself "the report"
 * with no maker beside it refers further back: not found.
 */
static long
document_in(const struct ctx *c, const struct token *t, size_t n,
    size_t end, const struct token *w, bool *found)
{
	long src;
	size_t k;

	*found = false;
	for (k = end; k > 0; k--) {
		if ((src = reported_by(c, t, k - 1, w)) >= 0) {
			*found = true;
			return src;
		}
		if (t[k - 1].kind != TOK_WORD || t[k - 1].len != w->len ||
		    strncasecmp(c->text + t[k - 1].off, c->text + w->off,
		    w->len) != 0)
			continue;
		if ((src = document_maker(c, t, n, k - 1)) >= 0 || k < 2 ||
		    !tok_is(c->text, &t[k - 2], "the")) {
			*found = true;
			return src;
		}
	}
	return -1;
}

/*
 * Does the sentence itself name, before the cue, the document the cue
 * names by its noun alone, with no maker beside it ("The new study
 * bumps the toll to 2,098; the study found ...")? Then the document is
 * the article's own subject there, not the words of whoever spoke
 * before it.
 */
static bool
document_here(struct ctx *c, const struct cue *cue)
{
	size_t k = cue_document(c, cue);
	struct token w;
	bool found;

	if (k >= c->n || k == 0)
		return false;
	w = c->tok[k];
	return document_in(c, c->tok, c->n, k - 1, &w, &found) < 0 && found;
}

static long
document_source(struct ctx *c, const struct cue *cue)
{
	size_t k = cue_document(c, cue), s;
	struct token w;
	bool found;
	long src;

	if (k >= c->n)
		return -1;
	w = c->tok[k];
	src = document_in(c, c->tok, c->n, k > 0 ? k - 1 : 0, &w, &found);
	for (s = c->si; !found && s > 0 && c->si - s < DOC_BACK; s--) {
		reread_tokens(c, s - 1);
		src = document_in(c, c->aux, c->naux, c->naux, &w, &found);
	}
	return src;
}

/*
 * "the U.N. agency said", "the international health agency raised the
 * toll": a body described by its kind, its head noun in small letters,
 * that the gazetteer does not know and whose head no name before has,
 * means the one (no "officials", many) whose claims the sentences just
 * before gave, when the gazetteer knows it.
 */
static bool
body_described(const char *claimant)
{
	const char *head;

	if (claimant == NULL)
		return false;
	head = strrchr(claimant, ' ');
	head = head != NULL ? head + 1 : claimant;
	return head[0] >= 'a' && head[0] <= 'z' && body_claimant(head) &&
	    strcmp(head, "police") != 0 && strcmp(head, "government") != 0;
}

/* The source of the last claim of the CONTEXT_BACK sentences before,
 * when the gazetteer knows it and it is not many; else -1. */
static long
last_body(const struct ctx *c)
{
	const struct referent *r = c->last_ref;
	size_t i;

	for (; r != NULL && r->si == c->si; r = r->prev)
		;
	if (r == NULL || c->si - r->si > CONTEXT_BACK || !r->known ||
	    r->plural)
		return -1;
	for (i = 0; i < c->tr->nsources; i++)
		if (strcmp(c->tr->sources[i], r->source) == 0)
			return (long)i;
	return -1;
}

/*
 * "the Ministry of Foreign Affairs", "the Interior Ministry": a ministry
 * named by its office alone, with no state in its name, which the
 * gazetteer does not know.
 */
static bool
ministry_named(const char *claimant)
{
	const char *of, *head;
	size_t n;

	if (claimant == NULL)
		return false;
	of = strstr(claimant, " of ");
	n = of != NULL ? (size_t)(of - claimant) : strlen(claimant);
	for (head = claimant + n; head > claimant && head[-1] != ' '; head--)
		;
	return (size_t)(claimant + n - head) == 8 &&
	    strncasecmp(head, "ministry", 8) == 0;
}

void
coref_described(struct ctx *c, const struct cue *cue, struct claim *cl)
{
	long src;

	if (cue->source < 0 && !cue->pronoun &&
	    (src = titled_description(c, cue->np_first, cue->np_end)) >= 0) {
		free(cl->source);
		cl->source = xstrdup(c->tr->sources[src]);
		return;
	}

	if (cue->source < 0 && !cue->pronoun && ministry_named(cl->claimant) &&
	    tracker_has_source(c->tr, cl->source) == false &&
	    (src = dateline_source(c)) >= 0) {
		/* "AMMAN - The Ministry of Foreign Affairs said": the
		   ministry of the state the story is filed from */
		free(cl->source);
		cl->source = xstrdup(c->tr->sources[src]);
		return;
	}
	if ((src = definite_speaker(c, cue)) >= 0) {
		/* before any alias of the head alone ("officials") */
		free(cl->source);
		cl->source = xstrdup(c->tr->sources[src]);
		return;
	}
	if (strcmp(cl->source, "unattributed") != 0)
		return;
	src = described_source(c, cl->claimant, cue->np_first);
	if (src < 0 && body_described(cl->claimant))
		src = last_body(c);
	if (src < 0 && cl->claimant == NULL && (cue->kind == CUE_REPORT ||
	    cue->kind == CUE_ACCORDING))
		src = document_source(c, cue);
	/* "The survey found that ...": a document the subject of a verb
	 * of saying, its maker named before ("X conducted a survey") */
	if (src < 0 && cue->kind == CUE_SAY)
		src = document_source(c, cue);
	if (src < 0)
		return;
	free(cl->source);
	cl->source = xstrdup(c->tr->sources[src]);
}

/* Verbs by which a demonstrative goes on with the figures of the
 * statement before: "This number includes ...", "This figure reflects
 * a rise from ...". */
static const char *const including[] = {
	"comprise", "comprised", "comprises", "include", "included",
	"includes", "reflect", "reflected", "reflects", "represent",
	"represented", "represents", NULL
};

/* Those of them that break the figure down into its parts ("This
 * figure includes 40 children"): of that figure whatever comes between,
 * where one that compares it with another ("reflects a rise from ...")
 * may be of anyone's. */
static const char *const breaking_down[] = {
	"comprise", "comprised", "comprises", "include", "included",
	"includes", NULL
};

/* Verbs by which a sentence carries the figure before it on to a new
 * level: "This brings the total to ...", "That raised the toll to ...". */
static const char *const carrying_on[] = {
	"bring", "brings", "brought", "pushed", "pushes", "raise", "raised",
	"raises", "took", "takes", NULL
};

/* Forms of "be" after an existential "There". */
static const char *const be_forms[] = {
	"are", "is", "remain", "remained", "were", "was", NULL
};

/* The demonstratives that point back at what was just said. */
static const char *const pointing_back[] = {
	"that", "these", "this", "those", NULL
};

/* The longest opening phrase set off by a comma that continues() looks
 * past ("In addition to the dead, this figure includes ..."). */
#define LEAD_MAX 8

/*
 * Where the sentence t[0..n) opens, past an opening phrase of a
 * preposition set off by a comma when a demonstrative follows it ("In
 * addition to the dead, this number includes ..."): 0 when there is
 * none.
 */
static size_t
lead_end(const char *text, const struct token *t, size_t n)
{
	size_t i;

	if (n < 4 || t[0].kind != TOK_WORD || tok_in(text, &t[0],
	    pointing_back) || tok_is(text, &t[0], "there"))
		return 0;
	for (i = 1; i < n && i <= LEAD_MAX; i++)
		if (t[i].kind == TOK_PUNCT && t[i].ch == ',')
			return i + 1 < n && tok_in(text, &t[i + 1],
			    pointing_back) ? i + 1 : 0;
	return 0;
}

/* A new level given from token i on: "the toll to 1,200", "it to ...";
 * not "alarm among ...". */
static bool
level_after(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j;

	for (j = i; j < n && j < i + 6; j++)
		if (tok_is(text, &t[j], "to"))
			return true;
	return false;
}

/* Words after a figure that count on from the figures just given
 * ("Over 3,000 others were hurt", "Another 40 households") (sorted). */
static const char *const counting_on[] = {
	"additional", "more", "others"
};

#define COUNT_ON_MAX 4	/* tokens before the figure that counts on */

/* Is token i a figure, in digits or in words? */
static bool
figure_at(const char *text, const struct token *t, size_t i)
{
	return t[i].kind == TOK_NUM || (t[i].kind == TOK_WORD &&
	    number_word(text, &t[i]) >= 0);
}

/* Does word w end as a verb of the past does ("treated", "recorded")? */
static bool
past_form(const char *text, const struct token *w)
{
	return w->len > 3 && strncmp(text + w->off + w->len - 2, "ed", 2) == 0;
}

/*
 * Does the sentence t[0..n) count on from the figures of the one before
 * it, in its opening words: "Another 1,200 were hurt", "A further 300
 * ...", "Over 3,000 others were injured", "Some 40 more ...", or break
 * them down with a noun of its own: "The dead include ...", "The toll
 * includes ...", or goes on with what the body just named did: "It
 * treated 17 people ..." ("They" is too often the figures themselves:
 * "They reached 49 deaths")?
 */
static bool
counts_on(const char *text, const struct token *t, size_t n)
{
	size_t i;

	if (n < 3)
		return false;
	if (tok_is(text, &t[0], "another") || (tok_is(text, &t[0], "a") &&
	    tok_is(text, &t[1], "further")))
		return true;
	if (tok_is(text, &t[0], "the") && t[1].kind == TOK_WORD &&
	    tok_in(text, &t[2], breaking_down))
		return true;
	if (tok_is(text, &t[0], "it") && t[1].kind == TOK_WORD &&
	    !(t[1].flags & TF_CAP) && past_form(text, &t[1]))
		return true;	/* the body just named: "It treated 17 ..." */
	for (i = 0; i + 1 < n && i < COUNT_ON_MAX; i++)
		if (figure_at(text, t, i))
			return tok_in_sorted(text, &t[i + 1], counting_on,
			    NELEM(counting_on));
	return false;
}

/*
 * Does the sentence t[0..n) open by going on with the one before, with
 * no verb of saying: "There are about 500 ...", "This number includes
 * ...", "These include ...", "Of them, ...", "Among those, ...", "This
 * brings the toll to ..."? With strong, by breaking it down in so many
 * words ("This figure includes", "Of them"), which holds over a
 * paragraph's end too.
 */
static bool
continues(const char *text, const struct token *t, size_t n, bool *strong)
{
	size_t i = lead_end(text, t, n);

	*strong = false;
	t += i;
	n -= i;
	if (n < 3)
		return false;
	if (counts_on(text, t, n))
		return true;
	if (tok_is(text, &t[0], "there"))
		return tok_in(text, &t[1], be_forms);
	if (tok_is(text, &t[0], "of") || tok_is(text, &t[0], "among"))
		return *strong = tok_is(text, &t[1], "them") ||
		    tok_is(text, &t[1], "these") || tok_is(text, &t[1], "those");
	if (!tok_in(text, &t[0], pointing_back))
		return false;
	i = 1;
	if (t[1].kind == TOK_WORD && !(t[1].flags & TF_CAP) &&
	    !tok_in(text, &t[1], including) &&
	    !tok_in(text, &t[1], carrying_on))
		i = 2;		/* "This number includes" */
	if (i < n && tok_in(text, &t[i], including)) {
		*strong = tok_in(text, &t[i], breaking_down);
		return true;
	}
	return i < n && tok_in(text, &t[i], carrying_on) &&
	    level_after(text, t, n, i + 1);
}

/*
 * A line that opens with a verb of saying and no subject, as a headline's
 * deck does ("Says 400 died in July ..." under "..., finds UN report"):
 * its subject is the one of the line before.
 */
static bool
says_first(const char *text, const struct token *t, size_t n)
{
	static const char *const saying[] = {
		"adds", "claims", "estimates", "reports", "says", NULL
	};

	return n > 2 && (t[0].flags & TF_CAP) && tok_in(text, &t[0], saying) &&
	    !(t[1].flags & TF_CAP);
}

bool
coref_continued(struct ctx *c, struct claim *cl)
{
	struct cue cues[CUES_MAX], *cue = NULL;
	const struct claim *p;
	struct referent *r;
	size_t s, nc, k;
	long d;
	bool deck, strong = false;

	if (c->si == 0)
		return false;
	deck = says_first(c->text, c->tok, c->n);
	if (!deck && !continues(c->text, c->tok, c->n, &strong))
		return false;
	s = c->si - 1;
	for (k = c->sl.v[s].end; k < c->sl.v[c->si].start && !deck &&
	    !strong; k++)
		if (c->text[k] == '\n')
			return false;	/* a new paragraph */
	for (k = c->out->n - 1; k > 0; k--) {	/* the one before's claim */
		p = &c->out->v[k - 1];
		if (strcmp(p->doc, cl->doc) != 0 || p->sent_start <
		    c->sl.v[s].start)
			break;
		if (p->sent_start != c->sl.v[s].start)
			continue;
		if (strcmp(p->source, "unattributed") == 0)
			return false;
		cl->claimant = xstrdup_or_null(p->claimant);
		cl->relayer = xstrdup_or_null(p->relayer);
		cl->source = xstrdup(p->source);
		memcpy(cl->claim_date, p->claim_date, sizeof(cl->claim_date));
		return true;
	}
	nc = reread_cues(c, s, cues);
	for (k = nc; k > 0 && cue == NULL; k--)
		if ((cues[k - 1].kind == CUE_SAY || cues[k - 1].kind ==
		    CUE_ACCORDING) && !cues[k - 1].inner &&
		    !cues[k - 1].subordinate && cues[k - 1].until == 0)
			cue = &cues[k - 1];
	if (cue == NULL || cue->pronoun || cue->source < 0)
		return false;
	if (claimdate_said(c->text, c->aux, c->naux, cue->win_first,
	    cue->win_end, cue->pos, c->published, &d) == CDATE_FOUND)
		date_format(d, cl->claim_date);
	if ((r = referent_of_cue(c, cue, c->aux)) == NULL)
		return false;
	referent_give(r, cl);
	referent_free(r);
	return true;
}

/*
 * Statements continued over sentences. The current statement of the
 * article, seen from a sentence that names no claimant of its own, is
 * the nearest of the STMT_BACK sentences before it that either has a
 * claim given to someone (its last one) or has a verb of saying or an
 * "according to" of its own; a sentence of claims left unattributed
 * before it means the article speaks in its own voice, and there is
 * none.
 */
#define STMT_BACK 6
#define GOES_ON_MIN 3	/* the least score that goes on with it */

struct statement {
	size_t	 si;		/* its sentence */
	struct referent *r;	/* who made it */
	char	 date[DATE_LEN]; /* its date, or "" */
	char	*quantity;	/* of its last claim, or NULL (owned) */
	double	 value;		/* of that claim */
	bool	 claim;		/* found by a claim, not only by a cue */
	size_t	 between;	/* sentences between it and this one */
};

static void
statement_release(struct statement *st)
{
	referent_free(st->r);
	free(st->quantity);
	memset(st, 0, sizeof(*st));
}

/* A cue of sentence s (in cues, tokens c->aux) that makes a statement:
 * a verb of saying or "according to", in no quote or clause of time. */
static bool
statement_cue(struct ctx *c, size_t s, struct statement *st)
{
	struct cue cues[CUES_MAX], *cue = NULL;
	size_t nc, k;
	long d;

	nc = reread_cues(c, s, cues);
	for (k = nc; k > 0 && cue == NULL; k--)
		if ((cues[k - 1].kind == CUE_SAY ||
		    cues[k - 1].kind == CUE_ACCORDING) && !cues[k - 1].inner &&
		    !cues[k - 1].subordinate)
			cue = &cues[k - 1];
	if (cue == NULL)
		return false;
	if (claimdate_said(c->text, c->aux, c->naux, cue->win_first,
	    cue->win_end, cue->pos, c->published, &d) == CDATE_FOUND)
		date_format(d, st->date);
	st->r = speaker_of(c, cue, s);
	return st->r != NULL;
}

/* The current statement seen from the sentence of cl; false when there
 * is none. */
static bool
statement_find(struct ctx *c, const struct claim *cl, struct statement *st)
{
	const struct claim *p, *last;
	size_t k = c->out->n - 1, s;

	memset(st, 0, sizeof(*st));
	for (s = c->si; s > 0 && c->si - s < STMT_BACK; s--) {
		for (last = NULL; k > 0; k--) {
			p = &c->out->v[k - 1];
			if (strcmp(p->doc, cl->doc) != 0 ||
			    p->sent_start < c->sl.v[s - 1].start)
				break;
			if (last == NULL && p->sent_start ==
			    c->sl.v[s - 1].start)
				last = p;
		}
		st->si = s - 1;
		if (last != NULL) {
			if (strcmp(last->source, "unattributed") == 0)
				return false;	/* the article's own voice */
			st->r = referent_of_claim(c, s - 1, last);
			memcpy(st->date, last->claim_date, sizeof(st->date));
			st->quantity = xstrdup_or_null(last->quantity);
			st->value = last->value;
			st->claim = true;
			return true;
		}
		if (statement_cue(c, s - 1, st))
			return true;
		st->between++;
	}
	return false;
}

/* What the sentence of a figure tells of whether it goes on with the
 * current statement. */
struct goes_on {
	bool	 connective;	/* opens with "While", "Also", "Meanwhile" */
	bool	 measure;	/* opens with "The toll", "The number of" */
	bool	 also;		/* "also" before the figure */
	bool	 reported;	/* reported speech: "had risen", "would" */
	bool	 background;	/* "last year", "in 2019", "previously" */
	bool	 named;		/* names a claimant of its own */
	size_t	 paras;		/* paragraphs between it and the statement */
	bool	 same_measure;	/* counts what the statement's claim counts */
	bool	 same_value;	/* repeats its figure */
};

/* Words that open a sentence going on with the one before (sorted). */
static const char *const goes_on_words[] = {
	"additionally", "also", "and", "besides", "but", "furthermore",
	"meanwhile", "moreover", "while", "whilst"
};

/* Nouns of a figure that was just given ("The toll rose to ...")
 * (sorted). */
static const char *const measure_words[] = {
	"count", "figure", "figures", "number", "numbers", "tally", "toll",
	"total"
};

/* Words of the past, the article's own background (sorted). */
static const char *const past_words[] = {
	"ago", "earlier", "formerly", "historically", "previously"
};

/* Spans after "last" that are background ("last year") (sorted). */
static const char *const past_spans[] = {
	"century", "decade", "year"
};

/* Modal verbs of reported speech (sorted). */
static const char *const reported_modals[] = {
	"could", "might", "would"
};

static bool
measure_named(const struct tracker *tr, const char *a, const char *b)
{
	size_t i, qa = SIZE_MAX, qb = SIZE_MAX;

	if (a == NULL || b == NULL)
		return false;
	for (i = 0; i < tr->nq; i++) {
		if (strcmp(tr->q[i].name, a) == 0)
			qa = i;
		if (strcmp(tr->q[i].name, b) == 0)
			qb = i;
	}
	return qa != SIZE_MAX && qb != SIZE_MAX &&
	    strcmp(tracker_measure_name(tr, qa),
	    tracker_measure_name(tr, qb)) == 0;
}

/* Read g off the current sentence, whose figure cl is at token at, and
 * the statement st before it. */
static void
goes_on_read(struct ctx *c, size_t at, const struct claim *cl,
    const struct statement *st, struct goes_on *g)
{
	const struct token *t = c->tok;
	struct cue m;
	size_t k, n = c->n, s;
	int year = 0;

	memset(g, 0, sizeof(*g));
	if (c->published != DATE_UNKNOWN)
		year = atoi(cl->published);
	g->connective = n > 0 && tok_in_sorted(c->text, &t[0], goes_on_words,
	    NELEM(goes_on_words));
	if (n > 2 && tok_is(c->text, &t[0], "in") &&
	    tok_is(c->text, &t[1], "addition"))
		g->connective = true;
	for (k = 1; k < n && k < 4 && k < at; k++)
		if (tok_in_sorted(c->text, &t[k], measure_words,
		    NELEM(measure_words)) && (tok_is(c->text, &t[0], "the") ||
		    tok_is(c->text, &t[0], "this") ||
		    tok_is(c->text, &t[0], "that")))
			g->measure = true;
	for (k = 0; k < n; k++) {
		if (k < at && tok_is(c->text, &t[k], "also"))
			g->also = true;
		if ((tok_is(c->text, &t[k], "had") && k + 1 < n &&
		    t[k + 1].kind == TOK_WORD && !tok_is(c->text, &t[k + 1],
		    "to")) || tok_in_sorted(c->text, &t[k], reported_modals,
		    NELEM(reported_modals)))
			g->reported = true;
		if (tok_in_sorted(c->text, &t[k], past_words,
		    NELEM(past_words)) || (tok_is(c->text, &t[k], "last") &&
		    k + 1 < n && tok_in_sorted(c->text, &t[k + 1], past_spans,
		    NELEM(past_spans))) || (year > 0 &&
		    t[k].kind == TOK_NUM && (t[k].flags & TF_YEARLIKE) &&
		    (int)t[k].num < year))
			g->background = true;
	}
	g->named = c->ncues > 0 || (mention_find(c->tr, c->text, t, n, &m) &&
	    m.source >= 0);
	for (s = st->si; s < c->si; s++)
		if (c->sl.v[s].para != c->sl.v[s + 1].para)
			g->paras++;
	g->same_measure = measure_named(c->tr, cl->quantity, st->quantity);
	g->same_value = st->claim && cl->value == st->value;
}

/* Words that open a sentence pointing back at what was just said, and
 * the forms of "be" after them: "This was stated by ..." (sorted). */
static const char *const back_pointers[] = {
	"it", "such", "that", "these", "this", "those"
};
static const char *const passive_be[] = {
	"are", "been", "had", "has", "is", "was", "were"
};
/* Participles of verbs of saying after them (sorted). */
static const char *const stated[] = {
	"announced", "claimed", "confirmed", "disclosed", "estimated",
	"published", "reported", "revealed", "said", "stated"
};

#define STATED_BY_MAX 12	/* tokens of "This was stated ... by" */
#define STATED_AFTER 2		/* sentences searched on for "This was
				   stated by X" */

/*
 * Sentence s of c opens by pointing back at what was just said and
 * naming who said it, in the passive: "This was stated at a briefing by
 * X", "That was reported on Monday by X". Its cue in *cue (a copy, of
 * tokens c->aux); false when it does not.
 */
static bool
stated_by(struct ctx *c, size_t s, struct cue *cue)
{
	struct cue cues[CUES_MAX];
	size_t nc, k;

	reread_tokens(c, s);	/* the opening first: its cues cost more */
	if (c->naux < 4 || !tok_in_sorted(c->text, &c->aux[0], back_pointers,
	    NELEM(back_pointers)) || !tok_in_sorted(c->text, &c->aux[1],
	    passive_be, NELEM(passive_be)))
		return false;
	nc = reread_cues(c, s, cues);
	for (k = 0; k < nc; k++)
		if (cues[k].kind == CUE_PASSIVE && cues[k].pos <= 4 &&
		    !cues[k].pronoun && !cues[k].inner) {
			*cue = cues[k];
			return true;
		}
	/* "This was stated at a briefing by X, ...": a verb of saying,
	 * the agent after a phrase of place, up to the clause's end, a
	 * source the gazetteer knows */
	for (k = 2; k < 4 && !tok_in_sorted(c->text, &c->aux[k], stated,
	    NELEM(stated)); k++)
		;
	if (k == 4)
		return false;
	for (k++; k < c->naux && k < STATED_BY_MAX; k++)
		if (c->aux[k].kind == TOK_PUNCT || tok_is(c->text, &c->aux[k],
		    "by"))
			break;
	if (k == c->naux || k == STATED_BY_MAX || !tok_is(c->text, &c->aux[k],
	    "by"))
		return false;
	memset(cue, 0, sizeof(*cue));
	cue->kind = CUE_PASSIVE;
	cue->pos = 2;
	cue->np_first = k + 1;
	for (k++; k < c->naux && c->aux[k].kind != TOK_PUNCT; k++)
		;
	cue->np_end = cue->win_end = k;
	cue->win_first = 2;
	cue->source = source_find(c->tr, c->text, c->aux, cue->np_first,
	    cue->np_end);
	return cue->source >= 0 && cue->np_end > cue->np_first;
}

/* Has sentence s a statement of its own: a verb of saying or "according
 * to"? */
static bool
states(struct ctx *c, size_t s)
{
	struct cue cues[CUES_MAX];
	size_t nc, k;

	nc = reread_cues(c, s, cues);
	for (k = 0; k < nc; k++)
		if (cues[k].kind == CUE_SAY || cues[k].kind == CUE_ACCORDING)
			return true;
	return false;
}

bool
coref_stated_after(struct ctx *c, struct claim *cl)
{
	struct cue cue;
	struct referent *r;
	size_t s, para = c->sl.v[c->si].para;
	long d;

	for (s = c->si + 1; s < c->sl.n && s - c->si <= STATED_AFTER; s++) {
		if (c->sl.v[s].para != para && c->sl.v[s - 1].para != para)
			return false;	/* past the next paragraph's first */
		if (stated_by(c, s, &cue))
			break;
		if (c->sl.v[s].para != para || states(c, s))
			return false;
	}
	if (s == c->sl.n || s - c->si > STATED_AFTER)
		return false;
	if (claimdate_said(c->text, c->aux, c->naux, cue.win_first,
	    cue.win_end, cue.pos, c->published, &d) == CDATE_FOUND)
		date_format(d, cl->claim_date);
	if ((r = referent_of_cue(c, &cue, c->aux)) == NULL) {
		cl->claim_date[0] = '\0';
		return false;
	}
	referent_give(r, cl);
	referent_free(r);
	return true;
}

/*
 * How strongly the sentence read in g goes on with the statement st:
 * reported speech, a connective, the statement's measure or figure again
 * for; background of the article's own, a claimant of its own, and every
 * sentence and paragraph between against.
 */
static int
goes_on_score(const struct statement *st, const struct goes_on *g)
{
	int s = 0;

	s += g->reported ? 2 : 0;
	s += g->connective + g->measure + g->also + g->same_measure;
	s += g->same_value ? 2 : 0;
	s -= g->background ? 3 : 0;
	s -= g->named ? 3 : 0;
	s -= (int)g->paras + (int)st->between;
	return s;
}

bool
coref_statement(struct ctx *c, size_t at, struct claim *cl)
{
	struct statement st, none;
	struct goes_on g;
	bool go;

	if (c->si == 0)
		return false;
	/* the figure's own sentence first: with the most any statement
	 * adds (its measure 1, its figure 2, nothing between), does it
	 * reach GOES_ON_MIN? If not, no statement is looked for */
	memset(&none, 0, sizeof(none));
	none.si = c->si;
	goes_on_read(c, at, cl, &none, &g);
	if (goes_on_score(&none, &g) + 3 < GOES_ON_MIN)
		return false;
	if (!statement_find(c, cl, &st))
		return false;
	goes_on_read(c, at, cl, &st, &g);
	if ((go = goes_on_score(&st, &g) >= GOES_ON_MIN)) {
		referent_give(st.r, cl);
		if (cl->claim_date[0] == '\0')
			memcpy(cl->claim_date, st.date, sizeof(cl->claim_date));
	}
	statement_release(&st);
	return go;
}
