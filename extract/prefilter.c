/*
 * prefilter.c - see prefilter.h.
 */
#include <err.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "numbers.h"
#include "prefilter.h"
#include "tokens.h"
#include "util.h"

/* What a byte is to the scan. */
enum pf_class {
	PF_OTHER,		/* ends a word, or is no part of one */
	PF_DIGIT,		/* a candidate at once */
	PF_DASH,		/* inside a word ("twenty-five") */
	PF_LETTER,		/* a letter no amount word starts with */
	PF_INITIAL		/* a letter some amount word starts with */
};	/* in this order: >= PF_LETTER is a letter, >= PF_DASH a word's */

#define PF_SEEN_BITS 4096	/* slots of pf_seen: about 60 words set
				   one each, so 1-2% of other words pass */

static unsigned char pf_class[256];
/* A one-hash Bloom filter of the amount words: a word whose slot is
 * clear is none of them. */
static uint64_t pf_seen[PF_SEEN_BITS / 64];
static pthread_once_t pf_once = PTHREAD_ONCE_INIT;

/* The slot in pf_seen of a word's letters, from tokens.h's hash (its
 * length and first and last two bytes, any case): a constant cost per
 * word, where a hash of every letter cost a multiply a byte. */
static inline uint32_t
pf_slot(const unsigned char *p, size_t n)
{
	return tok_hash((const char *)p, n) >> 20;	/* 12 bits */
}

/* The tables, from numbers.c's amount words. */
static void
pf_build(void)
{
	const char *const *w;
	uint32_t h;
	int c;

	for (c = '0'; c <= '9'; c++)
		pf_class[c] = PF_DIGIT;
	pf_class['-'] = PF_DASH;
	for (c = 'a'; c <= 'z'; c++) {
		pf_class[c] = pf_class[c - 'a' + 'A'] = PF_LETTER;
		for (w = amount_words_of((char)c); *w != NULL; w++) {
			h = pf_slot((const unsigned char *)*w, strlen(*w));
			pf_seen[h / 64] |= UINT64_C(1) << (h % 64);
			pf_class[c] = pf_class[c - 'a' + 'A'] = PF_INITIAL;
		}
	}
}

/* The mode in use, or PREFILTER_FROM_ENV until the environment is read
 * (two threads may both read it: they find the same). */
static atomic_int pf_mode = PREFILTER_FROM_ENV;

enum prefilter_mode
prefilter_mode(void)
{
	int m = atomic_load_explicit(&pf_mode, memory_order_relaxed);

	if (m != PREFILTER_FROM_ENV)
		return (enum prefilter_mode)m;
	if (getenv("CLAIMTRACK_PREFILTER_CHECK") != NULL)
		m = PREFILTER_CHECK;
	else if (getenv("CLAIMTRACK_NO_PREFILTER") != NULL)
		m = PREFILTER_OFF;
	else
		m = PREFILTER_ON;
	atomic_store_explicit(&pf_mode, m, memory_order_relaxed);
	return (enum prefilter_mode)m;
}

void
prefilter_mode_set(int mode)
{
	atomic_store_explicit(&pf_mode, mode, memory_order_relaxed);
}

/*
 * The end of the word from p (letters and dashes, amount_maybe_in()'s
 * run); *first gets the length of its letters before the first dash.
 */
static const unsigned char *
word_end(const unsigned char *p, const unsigned char *e, size_t *first)
{
	const unsigned char *q = p;

	while (q < e && pf_class[*q] >= PF_LETTER)
		q++;
	*first = (size_t)(q - p);
	while (q < e && pf_class[*q] >= PF_DASH)
		q++;
	return q;
}

bool
prefilter_sentence(const char *text, size_t start, size_t end)
{
	const unsigned char *p = (const unsigned char *)text + start;
	const unsigned char *e = (const unsigned char *)text + end, *w;
	unsigned char k;
	size_t m;
	uint32_t h;

	pthread_once(&pf_once, pf_build);
	while (p < e) {
		k = pf_class[*p];
		if (k == PF_DIGIT)
			return true;
		if (k == PF_LETTER) {	/* no amount word starts so */
			while (p < e && pf_class[*p] >= PF_DASH)
				p++;
			continue;
		}
		if (k != PF_INITIAL) {
			p++;
			continue;
		}
		/* amount_word_start() wants 3 letters or more before any
		   dash, and at most 9 in a word without one */
		w = word_end(p, e, &m);
		if (m >= 3 && (m < (size_t)(w - p) || m <= 9) &&
		    (h = pf_slot(p, m), pf_seen[h / 64] >> (h % 64) & 1) &&
		    amount_word_start((const char *)p, (size_t)(w - p)))
			return true;
		p = w;
	}
	return false;
}

void
prefilter_check(struct ctx *c, void (*read)(struct ctx *))
{
	struct ctx *before = xmalloc(sizeof(*before));
	size_t n = c->out->n;
	const struct sentence *s = &c->sl.v[c->si];

	memcpy(before, c, sizeof(*c));
	read(c);
	/* the current sentence's scratch may change */
	before->n = c->n;
	before->naux = c->naux;
	memcpy(before->cues, c->cues, sizeof(c->cues));
	before->ncues = c->ncues;
	before->cues_done = c->cues_done;
	before->used_end = c->used_end;
	if (c->out->n != n || memcmp(before, c, sizeof(*c)) != 0) {
		warnx("prefilter: %s: sentence %zu (bytes %zu-%zu, \"%.*s\") "
		    "has no amount, yet reading it %s", c->art->id, c->si,
		    s->start, s->end, (int)(s->end - s->start > 80 ? 80 :
		    s->end - s->start), c->text + s->start,
		    c->out->n != n ? "made a claim" :
		    "changed what the next sentences see");
		abort();
	}
	free(before);
}
