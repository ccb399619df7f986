/*
 * quantity.c - see quantity.h.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract_int.h"
#include "quantity.h"

#define NWORDS_OF(a) (sizeof(a) / sizeof(*(a)))
#define MODAL_BACK 8		/* tokens a modal may stand before a figure */
#define MODAL_AHEAD 5		/* ... and after it */

/* Words of possibility, plan or capacity that make a figure projected
 * (sorted). */
static const char *const modals[] = {
	"agreed", "capable", "capacity", "could", "decided", "expected",
	"going", "intends", "likely", "may", "might", "offered", "plan",
	"planning", "plans", "pledged", "poised", "possible", "potential",
	"prepared", "preparing", "promised", "ready", "set", "shall",
	"vowed", "will", "would"
};

/* Words that open another clause (sorted). */
static const char *const clause_words[] = {
	"after", "although", "as", "because", "before", "but",
	"since", "that", "though", "when", "where", "whereas", "which",
	"while", "who", "whom", "whose"
};

/* Subjects that open a clause of their own after a figure (sorted). */
static const char *const pronouns[] = {
	"he", "i", "it", "she", "they", "we"
};

/* Auxiliaries between a figure and its verb (sorted). */
static const char *const auxiliaries[] = {
	"already", "also", "are", "be", "been", "being", "had", "has",
	"have", "is", "reportedly", "was", "were"
};

static bool
clause_edge(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];

	if (t->kind == TOK_PUNCT)
		return t->ch != '"' && t->ch != '\'';
	return tok_in_sorted(c->text, t, clause_words, NWORDS_OF(clause_words));
}

/* Distance from a trigger at [p, p+len) to the phrase [a, b). */
static size_t
trigger_distance(size_t p, size_t len, size_t a, size_t b)
{
	if (p + len <= a)
		return a - (p + len);
	if (p >= b)
		return p - b;
	return 0;
}

/*
 * The nearest trigger of tokens [from, to) outside the amount [a, e),
 * measured to the phrase [a, b); SIZE_MAX when none. At the same distance
 * the trigger before the phrase wins (the verb of "captured seven
 * soldiers in Russia" over the place after it), then the longer one.
 */
static size_t
nearest_trigger(struct ctx *c, size_t from, size_t to, size_t a, size_t e,
    size_t b)
{
	size_t i, len, which, best = SIZE_MAX, bestlen = 0, d;
	size_t q = SIZE_MAX;
	bool best_before = false, before;

	for (i = from; i < to && i < c->n; i++) {
		if (i >= a && i < e)
			continue;
		len = phrase_match(&c->tr->triggers, c->text, c->tok, i, c->n,
		    &which);
		if (len == 0)
			continue;
		d = trigger_distance(i, len, a, b);
		before = i < a;
		if (d < best || (d == best && before && !best_before) ||
		    (d == best && before == best_before && len > bestlen)) {
			best_before = before;
			best = d;
			bestlen = len;
			q = c->tr->triggers.v[which].owner;
		}
	}
	return q;
}

/* The trigger of the verb the figure is the subject of: a relative
 * clause on its noun ("migrants who arrived"), else the first run of
 * auxiliaries in [b, end) and the trigger after it ("... had been
 * killed"); SIZE_MAX when there is none. */
static size_t
predicate_trigger(struct ctx *c, size_t b, size_t end)
{
	size_t i, j, which;

	if (b < c->n && (tok_is(c->text, &c->tok[b], "who") ||
	    tok_is(c->text, &c->tok[b], "that"))) {
		for (j = b + 1; j < c->n && tok_in_sorted(c->text,
		    &c->tok[j], auxiliaries, NWORDS_OF(auxiliaries)); j++)
			;	/* "migrants who (had) arrived" */
		if (j < c->n && phrase_match(&c->tr->triggers, c->text,
		    c->tok, j, c->n, &which) > 0)
			return c->tr->triggers.v[which].owner;
	}
	for (i = b; i < end; i++) {
		if (!tok_in_sorted(c->text, &c->tok[i], auxiliaries,
		    NWORDS_OF(auxiliaries)))
			continue;
		for (j = i; j < end && tok_in_sorted(c->text, &c->tok[j],
		    auxiliaries, NWORDS_OF(auxiliaries)); j++)
			;
		if (j < end && phrase_match(&c->tr->triggers, c->text, c->tok,
		    j, c->n, &which) > 0)
			return c->tr->triggers.v[which].owner;
		return SIZE_MAX;
	}
	return SIZE_MAX;
}

size_t
quantity_of(struct ctx *c, size_t from, size_t a, size_t num_end,
    size_t b, long qnoun)
{
	size_t cs = a, ce = b, se, q;

	if (qnoun >= 0)
		return (size_t)qnoun;
	while (cs > from && !clause_edge(c, cs - 1))
		cs--;
	while (ce < c->n && !clause_edge(c, ce))
		ce++;
	for (se = ce; se < c->n && (c->tok[se].kind == TOK_PUNCT ||
	    !clause_edge(c, se)); se++)
		;		/* the sentence up to another clause */
	if ((q = predicate_trigger(c, b, ce)) != SIZE_MAX)
		return q;
	if ((q = nearest_trigger(c, num_end, b, a, num_end, b)) != SIZE_MAX)
		return q;	/* "2,000 wounded soldiers" */
	if ((q = nearest_trigger(c, cs, ce, a, num_end, b)) != SIZE_MAX)
		return q;
	if ((q = nearest_trigger(c, from, se, a, num_end, b)) != SIZE_MAX)
		return q;
	return c->tr->qdefault;
}

/* "had to be evacuated": an obligation met, no projection. */
static bool
obligation_met(struct ctx *c, size_t i)
{
	return i > 0 && tok_is(c->text, &c->tok[i], "to") &&
	    tok_is(c->text, &c->tok[i - 1], "had");
}

static bool
modal_at(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;

	if (tok_in_sorted(c->text, &t[i], modals, NWORDS_OF(modals)))
		return !(i > 0 && (t[i].flags & TF_CAP) &&
		    tok_is(c->text, &t[i], "may"));	/* "May Day" */
	return i + 2 < c->n && tok_is(c->text, &t[i], "to") &&
	    tok_is(c->text, &t[i + 1], "be") && !obligation_met(c, i) &&
	    ((t[i + 2].len > 2 && strncmp(c->text + t[i + 2].off +
	    t[i + 2].len - 2, "ed", 2) == 0) ||
	    tok_is(c->text, &t[i + 2], "sent"));
}

enum modality
modality_of(struct ctx *c, size_t from, size_t a, size_t b, size_t q)
{
	size_t i;

	if (c->tr->q[q].projected)
		return MODALITY_PROJECTED;
	if (a > 0 && tok_is(c->text, &c->tok[a - 1], "the"))
		i = from;	/* "join the 11,000 already there" */
	else
		i = a;
	for (; i > from && a - i < MODAL_BACK; i--) {
		if (clause_edge(c, i - 1))
			break;
		if (modal_at(c, i - 1))
			return MODALITY_PROJECTED;
	}
	for (i = b; i < c->n && i < b + MODAL_AHEAD; i++) {
		if (c->tok[i].kind == TOK_PUNCT || tok_in_sorted(c->text, &c->tok[i],
		    pronouns, NWORDS_OF(pronouns)))
			break;
		if (modal_at(c, i) && !tok_is(c->text, &c->tok[i], "capacity"))
			return MODALITY_PROJECTED;	/* not "its capacity" */
	}
	return MODALITY_CURRENT;
}

size_t
quantity_for_modality(const struct tracker *tr, size_t q, enum modality m)
{
	size_t i, p = SIZE_MAX;

	if (m != MODALITY_PROJECTED || q != tr->qdefault || tr->q[q].projected)
		return q;
	for (i = 0; i < tr->nq; i++)
		if (tr->q[i].projected) {
			if (p != SIZE_MAX)
				return q;	/* which one is not known */
			p = i;
		}
	return p != SIZE_MAX ? p : q;
}
