/*
 * nouns.c - lifecycle of the shared nouns declared in claimtrack.h.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "claimtrack.h"
#include "util.h"

void
article_init(struct article *a)
{
	memset(a, 0, sizeof(*a));
	a->format = "text";
}

void
article_release(struct article *a)
{
	free(a->id);
	free(a->title);
	free(a->outlet);
	free(a->url);
	free(a->body);
	free(a->path);
	article_init(a);
}

void
claim_init(struct claim *c)
{
	memset(c, 0, sizeof(*c));
	c->value = c->low = c->high = NAN;
	c->each = NAN;
	c->factor = 1;
}

void
claim_release(struct claim *c)
{
	free(c->doc);
	free(c->quantity);
	free(c->subject);
	free(c->source);
	free(c->claimant);
	free(c->relayer);
	free(c->scope);
	free(c->place);
	free(c->sentence);
	claim_init(c);
}

void
claimset_init(struct claimset *cs)
{
	cs->v = NULL;
	cs->n = cs->cap = 0;
}

void
claimset_release(struct claimset *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		claim_release(&cs->v[i]);
	free(cs->v);
	claimset_init(cs);
}

struct claim *
claimset_add(struct claimset *cs)
{
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 16;
		cs->v = xreallocarray(cs->v, cs->cap, sizeof(*cs->v));
	}
	claim_init(&cs->v[cs->n]);
	return &cs->v[cs->n++];
}

const char *
modality_name(enum modality m)
{
	return m == MODALITY_PROJECTED ? "projected" : "current";
}
