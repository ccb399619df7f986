/*
 * extract_int.h - what extract.c and coref.c share; private to extract/.
 * The module's public headers are extract.h and tracker.h.
 */
#ifndef EXTRACT_INT_H
#define EXTRACT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "attrib.h"
#include "claimtrack.h"
#include "extract.h"
#include "sentences.h"
#include "tokens.h"
#include "tracker.h"

#define CONTEXT_BACK 3		/* sentences searched back for whom "he"
				   or "it" means */

struct referent;		/* whom a claim was given to (coref.c) */
struct reread;			/* sentences read again (reread.h) */

enum cued {
	CUED_NO = 1,		/* the sentence names no subject cue */
	CUED_YES = 2		/* it names one */
};

/* The slots of ctx.cued after the sentences': the title's answer, the
 * whole article's, whether a key word of the cues stands in it. */
#define CUED_TITLE(c)	((c)->cued[(c)->sl.n])
#define CUED_ARTICLE(c)	((c)->cued[(c)->sl.n + 1])
#define CUED_KEYS(c)	((c)->cued[(c)->sl.n + 2])
#define CUED_SLOTS(n)	((n) + 3)	/* of an article of n sentences */

/*
 * Working state of one extract_article() call, on its stack. Tokens and
 * cues point into text; last_subject and last_ref are owned (last_ref by
 * coref.c, released with coref_forget()).
 */
/* What quantity.c's trigger_at() and netfig.c's trigger_form_at()
 * answered at a token of the sentence being read; both depend on the
 * sentence's tokens alone. */
struct trigger_memo {
	size_t	 len;		/* the trigger's length in tokens, or 0 */
	size_t	 q;		/* what it left in *q */
	long	 form;		/* trigger_form_at()'s quantity, or -1 */
	bool	 asked;		/* whether len and q hold its answer */
	bool	 wrote;		/* whether it wrote *q at all */
	bool	 form_asked;	/* whether form holds its answer */
};

struct ctx {
	const struct tracker *tr;
	const struct article *art;
	const char *text;	/* the body */
	long	 published;	/* day number or DATE_UNKNOWN */
	struct sentlist sl;	/* sentences of the body */
	size_t	 si;		/* current sentence */
	struct token *tok;	/* tokens of the current sentence */
	size_t	 n;
	struct token *aux;	/* tokens of a neighbouring sentence:
				   scratch, which every rule fills
				   (reread_tokens(), reread_cues(),
				   tokenize()) before it reads it, so a
				   rule's reading left out or added
				   changes no other rule's answer */
	size_t	 naux;
	struct reread *reread;	/* neighbouring sentences as read (owned) */
	struct cue cues[CUES_MAX]; /* cues of the current sentence */
	size_t	 ncues;
	bool	 cues_done;	/* cues holds this sentence's cues */
	size_t	 used_end;	/* tokens before this are consumed */
	char	*last_subject;	/* subject of the last claim (owned), or NULL */
	size_t	 last_si;	/* sentence of that claim */
	struct referent *last_ref; /* whom the last claim was given to */
	struct trigger_memo *trig; /* per token of tok, trigger_at()'s
				   answers (quantity.c) for sentence
				   trig_si - 1 */
	size_t	 trig_si;	/* 0: trig holds no sentence's answers */
	struct choose_kept *chooser; /* per token of tok, the candidate
				   claimants cue_choose() and cue_agents()
				   found for sentence chooser_si - 1 */
	size_t	 chooser_si;	/* 0: chooser holds no sentence's answers */
	size_t	 first_year;	/* first year-like token of sentence
				   year_si - 1, or SIZE_MAX */
	size_t	 year_si;	/* 0: first_year holds no sentence's */
	unsigned char *cued;	/* per sentence, then the title, then
				   the whole article: 0 not read yet,
				   else whether it names a subject cue
				   (enum cued); last, whether a key word
				   of the cues stands in the article */
	struct claimset *out;
};

/*
 * Set cl->source from the gazetteer's source src (>= 0), else from a
 * claimant written as a proper name, or as a body of its kind in the
 * plural when whole (cue_whole(): "rights groups"), else
 * "unattributed" (allocated).
 */
void	source_set(struct ctx *, long src, bool whole, struct claim *cl);
/* The memo of token i (< c->n) of the sentence being read, emptied
 * when the sentence is another than at the last call. */
struct trigger_memo *trigger_memo_at(struct ctx *, size_t i);
/* The kept candidate claimants of the sentence being read (attrib.h
 * struct choose_kept, one per token of c->tok), emptied when the
 * sentence is another than at the last call. */
struct choose_kept *choose_kept_of(struct ctx *);
/* "officials", "Witnesses": people named by what they are, any case. */
bool	common_people(const char *);
/* A verb's participle or past: "arrested", "fighting", "taken", "fled". */
bool	verb_form(const char *text, const struct token *);

#endif
