/*
 * reread.c - see reread.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claimdate.h"
#include "reread.h"
#include "util.h"

/* One sentence as read, or a free slot. */
struct reading {
	size_t	 s;		/* sentence, SIZE_MAX while free */
	struct token *tok;	/* its tokens (owned; cap of them) */
	size_t	 n;
	size_t	 cap;
	struct cue cues[CUES_MAX]; /* its cues, once nc is known */
	size_t	 nc;		/* SIZE_MAX until cues_find() ran */
};

struct reread {
	struct reading slot[REREAD_SLOTS]; /* sentence s in s % REREAD_SLOTS */
	int	 dateline;	/* reread_dateline()'s answer, -1 unknown */
	long	 dateline_days;	/* its date when 1 */
};

struct reread *
reread_new(void)
{
	struct reread *r = xmalloc(sizeof(*r));
	size_t i;

	for (i = 0; i < REREAD_SLOTS; i++) {
		r->slot[i].s = SIZE_MAX;
		r->slot[i].tok = NULL;
		r->slot[i].n = r->slot[i].cap = 0;
		r->slot[i].nc = SIZE_MAX;
	}
	r->dateline = -1;
	r->dateline_days = 0;
	claimdate_keep(NULL, NULL, 0, 0);	/* another article's tokens */
	return r;
}

void
reread_free(struct reread *r)
{
	size_t i;

	claimdate_keep(NULL, NULL, 0, 0);
	if (r == NULL)
		return;
	for (i = 0; i < REREAD_SLOTS; i++)
		free(r->slot[i].tok);
	free(r);
}

/* Keep the n tokens tok as slot rd's, sentence s's, cues not found. */
static void
reading_set(struct reading *rd, size_t s, const struct token *tok, size_t n)
{
	if (n > rd->cap) {
		rd->tok = xreallocarray(rd->tok, n, sizeof(*rd->tok));
		rd->cap = n;
	}
	if (n > 0)
		memcpy(rd->tok, tok, n * sizeof(*rd->tok));
	rd->n = n;
	rd->nc = SIZE_MAX;
	rd->s = s;
}

/* The slot of sentence s, read into it (tokens only) when it holds
 * another; c->aux is the scratch the tokens are cut into. */
static struct reading *
reading_of(struct ctx *c, size_t s)
{
	struct reading *rd = &c->reread->slot[s % REREAD_SLOTS];

	if (rd->s == s)
		return rd;
	c->naux = tokenize(c->text, c->sl.v[s].start, c->sl.v[s].end, c->aux,
	    EXTRACT_MAX_TOKENS);
	reading_set(rd, s, c->aux, c->naux);
	return rd;
}

void
reread_tokens(struct ctx *c, size_t s)
{
	struct reading *rd = reading_of(c, s);

	if (rd->n > 0)
		memcpy(c->aux, rd->tok, rd->n * sizeof(*rd->tok));
	c->naux = rd->n;
}

size_t
reread_cues(struct ctx *c, size_t s, struct cue *cues)
{
	struct reading *rd = reading_of(c, s);

	if (rd->n > 0)
		memcpy(c->aux, rd->tok, rd->n * sizeof(*rd->tok));
	c->naux = rd->n;
	if (rd->nc == SIZE_MAX)
		rd->nc = cues_find(c->tr, c->text, c->aux, c->naux, rd->cues,
		    CUES_MAX);
	if (rd->nc > 0)
		memcpy(cues, rd->cues, rd->nc * sizeof(*cues));
	return rd->nc;
}

void
reread_current(struct ctx *c)
{
	struct reading *rd = &c->reread->slot[c->si % REREAD_SLOTS];

	if (rd->s == c->si) {
		if (rd->n > 0)
			memcpy(c->tok, rd->tok, rd->n * sizeof(*rd->tok));
		c->n = rd->n;
		claimdate_keep(c->text, c->tok, c->n, c->published);
		return;
	}
	c->n = tokenize(c->text, c->sl.v[c->si].start, c->sl.v[c->si].end,
	    c->tok, EXTRACT_MAX_TOKENS);
	reading_set(rd, c->si, c->tok, c->n);
	claimdate_keep(c->text, c->tok, c->n, c->published);
}

size_t
reread_current_cues(struct ctx *c, struct cue *cues)
{
	struct reading *rd = &c->reread->slot[c->si % REREAD_SLOTS];

	if (rd->s != c->si)		/* not kept: the caller cut it */
		reading_set(rd, c->si, c->tok, c->n);
	if (rd->nc == SIZE_MAX)
		rd->nc = cues_find(c->tr, c->text, c->tok, c->n, rd->cues,
		    CUES_MAX);
	if (rd->nc > 0)
		memcpy(cues, rd->cues, rd->nc * sizeof(*cues));
	return rd->nc;
}

int
reread_dateline(const struct ctx *c, long *days)
{
	if (c->reread->dateline == 1)
		*days = c->reread->dateline_days;
	return c->reread->dateline;
}

void
reread_dateline_keep(struct ctx *c, bool found, long days)
{
	c->reread->dateline = found ? 1 : 0;
	c->reread->dateline_days = days;
}
