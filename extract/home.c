/*
 * home.c - see home.h.
 *
 * News writes "officials said" and "authorities confirmed" for the
 * government of the place the story is about, and names the body only
 * when it is another ("Thai authorities", "police"). A claimant that is
 * no more than such a word is read as the home government only when its
 * sentence names the home place itself and no other source of the
 * gazetteer (officials in a sentence naming North Korea and Russia may
 * be either's, or a third's). One about another place ("in
 * Valencia", "in Odisha" of a story placed in Spain or India) is left
 * as it was, since officials there are that place's.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "home.h"
#include "lexicon.h"
#include "util.h"

/* Words that name officials of no particular body (sorted). */
static const char *const generic_heads[] = {
	"authorities", "government", "minister", "official", "officials"
};
/* Speakers who name the government only after a word of it
 * ("presidential spokesperson", "government spokesman"); alone they may
 * be anyone's (sorted). */
static const char *const speaker_heads[] = {
	"spokesman", "spokesperson", "spokeswoman"
};
/* Words before them that still name no body (sorted). */
static const char *const generic_mods[] = {
	"government", "local", "presidential", "senior", "state", "top"
};

#define GENERIC_MODS_MAX 2	/* "senior government officials" */

/* Is the n bytes at w one of the sorted lower-case words of v? */
static bool
word_in(const char *w, size_t n, const char *const *v, size_t nv)
{
	size_t lo = 0, hi = nv, mid;
	int cmp;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		cmp = lex_cmp(w, n, v[mid]);
		if (cmp == 0)
			return true;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

/* "officials", "Authorities", "local officials", "government officials",
 * "minister", "presidential spokesperson": a claimant as written that
 * names no body. */
static bool
generic_claimant(const char *s)
{
	const char *w = s;
	size_t n, words = 0;

	for (;;) {
		n = strcspn(w, " ");
		if (w[n] == '\0')
			return word_in(w, n, generic_heads,
			    NELEM(generic_heads)) || (words > 0 &&
			    word_in(w, n, speaker_heads, NELEM(speaker_heads)));
		if (++words > GENERIC_MODS_MAX || !word_in(w, n,
		    generic_mods, NELEM(generic_mods)))
			return false;
		w += n + 1;
	}
}

/* Does the sentence being read name one of the own places or their
 * adjectives ("Kerala", "Sri Lankan", "Mexico's")? */
static bool
names_home_place(const struct ctx *c)
{
	size_t i, which;

	for (i = 0; i < c->n; i++)
		if (phrase_match(&c->tr->homenames, c->text, c->tok, i,
		    c->n, &which) > 0)
			return true;
	return false;
}

/* Does the sentence being read name a source other than src, by an
 * alias or an adjective ("North Korea", "Spanish")? Then unnamed
 * officials may be that one's. */
static bool
names_other_source(const struct ctx *c, long src)
{
	size_t i, len, which;

	for (i = 0; i < c->n; i++) {
		len = phrase_match(&c->tr->aliases, c->text, c->tok, i, c->n,
		    &which);
		if (len > 0 && (long)c->tr->aliases.v[which].owner != src)
			return true;
		len = phrase_match(&c->tr->demonyms, c->text, c->tok, i,
		    c->n, &which);
		if (len > 0 && (long)c->tr->demonyms.v[which].owner != src)
			return true;
	}
	return false;
}

void
home_claimant(struct ctx *c, struct claim *cl)
{
	long src = c->tr->home_source;

	if (src < 0 || cl->claimant == NULL || cl->source == NULL ||
	    strcmp(cl->source, "unattributed") != 0 ||
	    !generic_claimant(cl->claimant) || !names_home_place(c) ||
	    names_other_source(c, src))
		return;
	free(cl->source);
	cl->source = xstrdup(c->tr->sources[src]);
}

/* The words of phrase p joined by spaces into buf. */
static bool
phrase_words(const struct phrase *p, char *buf, size_t size)
{
	size_t k, at = 0, w;

	for (k = 0; k < p->n; k++) {
		w = strlen(p->w[k]);
		if (at + w + 2 > size)
			return false;
		if (k > 0)
			buf[at++] = ' ';
		memcpy(buf + at, p->w[k], w);
		at += w;
	}
	buf[at] = '\0';
	return true;
}

#define FIGURE_ADJ_MAX 3	/* "14 Ugandan fever patients" */

/* Words that end a figure's phrase before a place (sorted). */
static const char *const place_preps[] = {
	"across", "at", "from", "in", "inside", "into", "near", "of", "to"
};

/* Is token i a word of the figure's own phrase, a few words after the
 * figure at token at with no punctuation or preposition between? "14
 * Ugandan patients" tells whom the figure counts, not who speaks;
 * "14 people in Uganda" tells where. */
static bool
in_figure_phrase(const struct ctx *c, size_t at, size_t i)
{
	const struct token *t;
	size_t k;

	if (i <= at || i > at + FIGURE_ADJ_MAX)
		return false;
	for (k = at + 1; k < i; k++) {
		t = &c->tok[k];
		if (t->kind != TOK_WORD || tok_in_sorted(c->text, t,
		    place_preps, NELEM(place_preps)))
			return false;
	}
	return true;
}

/*
 * The one source whose place (tracker.h govplaces) the sentence being
 * read names, else -1: none, or places of two sources, or the own place
 * beside another's ("officials in Mexico said migrants from Honduras").
 */
static long
named_place_source(const struct ctx *c, size_t at)
{
	long src = -1;
	size_t i, len, which;

	for (i = 0; i < c->n; i++) {
		len = phrase_match(&c->tr->govplaces, c->text, c->tok, i,
		    c->n, &which);
		if (len == 0 || in_figure_phrase(c, at, i))
			continue;
		if (src >= 0 && src != (long)c->tr->govplaces.v[which].owner)
			return -1;
		src = (long)c->tr->govplaces.v[which].owner;
		i += len - 1;
	}
	if (src >= 0 && src != c->tr->home_source && names_home_place(c))
		return -1;
	return src;
}

/*
 * "Authorities in Haiti", "officials in neighbouring Mozambique": a
 * generic claimant whose phrase ends in a place of the gazetteer after
 * "in" is that place's government, whatever else the sentence names.
 * The source, else -1.
 */
static long
claimant_place(const struct ctx *c, const char *claimant)
{
	const struct phraselist *l = &c->tr->govplaces;
	const char *in = strstr(claimant, " in ");
	char head[64], buf[256];
	size_t i, hn, pn, cn;

	if (in == NULL || (hn = (size_t)(in - claimant)) >= sizeof(head))
		return -1;
	memcpy(head, claimant, hn);
	head[hn] = '\0';
	if (!generic_claimant(head))
		return -1;
	cn = strlen(claimant);
	for (i = 0; i < l->n; i++) {
		if (!phrase_words(&l->v[i], buf, sizeof(buf)))
			continue;
		pn = strlen(buf);
		if (pn < cn - hn - 3 && strcmp(claimant + cn - pn, buf) == 0 &&
		    claimant[cn - pn - 1] == ' ')
			return (long)l->v[i].owner;
	}
	return -1;
}

void
place_claimant(struct ctx *c, size_t at, struct claim *cl)
{
	long src;

	if (cl->claimant == NULL || cl->source == NULL ||
	    strcmp(cl->source, "unattributed") != 0)
		return;
	if ((src = claimant_place(c, cl->claimant)) < 0 &&
	    (!generic_claimant(cl->claimant) ||
	    (src = named_place_source(c, at)) < 0 ||
	    names_other_source(c, src)))
		return;
	free(cl->source);
	cl->source = xstrdup(c->tr->sources[src]);
}

/* Words that make news media a state's own (sorted). */
static const char *const state_owners[] = {
	"government-run", "official", "state", "state-controlled",
	"state-owned", "state-run"
};
/* Heads of such media: "state television" (sorted). */
static const char *const state_media_heads[] = {
	"agency", "broadcaster", "media", "radio", "television", "tv"
};
/* A word between the two: "state news agency" (sorted). */
static const char *const state_media_fills[] = { "news", "press" };

/* The word at *w, its length in *n; false at the end of s. */
static bool
next_word(const char **w, size_t *n)
{
	if ((*w)[*n] != ' ')
		return false;
	*w += *n + 1;
	*n = strcspn(*w, " ");
	return true;
}

/*
 * "state media", "the state-run media", "State television", "the state
 * news agency": a claimant as written that is a state's media and no
 * more. The words after any "the" in *rest.
 */
static bool
state_media(const char *s, const char **rest)
{
	const char *w = s;
	size_t n = strcspn(w, " ");

	if (lex_cmp(w, n, "the") == 0 && !next_word(&w, &n))
		return false;
	*rest = w;
	if (!word_in(w, n, state_owners, NELEM(state_owners)) ||
	    !next_word(&w, &n))
		return false;
	if (word_in(w, n, state_media_fills, NELEM(state_media_fills)) &&
	    !next_word(&w, &n))
		return false;
	return w[n] == '\0' && word_in(w, n, state_media_heads,
	    NELEM(state_media_heads));
}

/*
 * The source with an alias that is a form of src's place before the
 * media words m ("Iranian" + "state media": "Iranian state media", a
 * source of its own), else src.
 */
static long
own_media_source(const struct ctx *c, long src, const char *m)
{
	const struct phraselist *g = &c->tr->govplaces;
	const struct phraselist *al = &c->tr->aliases;
	char form[128], buf[256];
	size_t j, k, fn, mn = strlen(m);

	for (j = 0; j < g->n; j++) {
		if ((long)g->v[j].owner != src || !phrase_words(&g->v[j],
		    form, sizeof(form)))
			continue;
		fn = strlen(form);
		for (k = 0; k < al->n; k++)
			if (phrase_words(&al->v[k], buf, sizeof(buf)) &&
			    strlen(buf) == fn + 1 + mn && buf[fn] == ' ' &&
			    strncasecmp(buf, form, fn) == 0 &&
			    strcasecmp(buf + fn + 1, m) == 0)
				return (long)al->v[k].owner;
	}
	return src;
}

/* Does the sentence being read name any place whose government is a
 * source? */
static bool
names_govplace(const struct ctx *c)
{
	size_t i, which;

	for (i = 0; i < c->n; i++)
		if (phrase_match(&c->tr->govplaces, c->text, c->tok, i, c->n,
		    &which) > 0)
			return true;
	return false;
}

void
state_media_claimant(struct ctx *c, size_t at, struct claim *cl)
{
	const char *m, *rest;
	long src;

	if (cl->source == NULL || strcmp(cl->source, "unattributed") != 0)
		return;
	m = cl->claimant != NULL ? cl->claimant : cl->relayer;
	if (m == NULL || !state_media(m, &rest))
		return;
	/* a state's media in a sentence naming no state: the story's own */
	if ((src = named_place_source(c, at)) < 0 && !names_govplace(c))
		src = c->tr->home_source;
	if (src < 0 || names_other_source(c, src))
		return;
	src = own_media_source(c, src, rest);
	free(cl->source);
	cl->source = xstrdup(c->tr->sources[src]);
	if (cl->claimant == NULL) {	/* the state's media speak for it */
		cl->claimant = cl->relayer;
		cl->relayer = NULL;
	}
}
