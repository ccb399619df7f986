/*
 * prefilter.c - see prefilter.h.
 */
#include <err.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "numbers.h"
#include "prefilter.h"
#include "util.h"

/* What a byte is to the scan. */
enum pf_class {
	PF_OTHER,		/* ends a word, or is no part of one */
	PF_DIGIT,		/* a candidate at once */
	PF_LETTER,		/* a letter no amount word starts with */
	PF_INITIAL,		/* a letter some amount word starts with */
	PF_DASH			/* inside a word ("twenty-five") */
};

static unsigned char pf_class[256];
/* Per lower-case letter: bit L set when an amount word of L letters
 * starts with it (L < 32). */
static uint32_t pf_lengths[26];
static pthread_once_t pf_once = PTHREAD_ONCE_INIT;

/* The tables, from numbers.c's amount words. */
static void
pf_build(void)
{
	const char *const *w;
	size_t len;
	int c;

	for (c = '0'; c <= '9'; c++)
		pf_class[c] = PF_DIGIT;
	pf_class['-'] = PF_DASH;
	for (c = 'a'; c <= 'z'; c++) {
		pf_class[c] = pf_class[c - 'a' + 'A'] = PF_LETTER;
		for (w = amount_words_of((char)c); *w != NULL; w++) {
			len = strlen(*w);
			/* a longer word is always a candidate */
			pf_lengths[c - 'a'] |= len < 32 ? UINT32_C(1) << len :
			    UINT32_C(1) << 31;
			pf_class[c] = pf_class[c - 'a' + 'A'] = PF_INITIAL;
		}
	}
}

enum prefilter_mode
prefilter_mode(void)
{
	if (getenv("CLAIMTRACK_PREFILTER_CHECK") != NULL)
		return PREFILTER_CHECK;
	if (getenv("CLAIMTRACK_NO_PREFILTER") != NULL)
		return PREFILTER_OFF;
	return PREFILTER_ON;
}

/*
 * Is the word s[0, n) (letters and dashes, from an initial) one that
 * amount_word_start() takes? Most words are ruled out by the length
 * of their letters before a dash.
 */
static bool
word_candidate(const unsigned char *s, size_t n)
{
	const unsigned char *dash = memchr(s, '-', n);
	size_t letters = dash != NULL ? (size_t)(dash - s) : n;
	uint32_t bit = letters < 32 ? UINT32_C(1) << letters :
	    UINT32_C(1) << 31;

	if (!(pf_lengths[(s[0] | 0x20) - 'a'] & bit))
		return false;
	return amount_word_start((const char *)s, n);
}

bool
prefilter_sentence(const char *text, size_t start, size_t end)
{
	const unsigned char *p = (const unsigned char *)text + start;
	const unsigned char *e = (const unsigned char *)text + end, *w;
	unsigned char k;

	pthread_once(&pf_once, pf_build);
	while (p < e) {
		k = pf_class[*p];
		if (k == PF_OTHER || k == PF_DASH) {
			p++;
			continue;
		}
		if (k == PF_DIGIT)
			return true;
		/* a word: letters and dashes (amount_maybe_in()'s run) */
		for (w = p + 1; w < e && pf_class[*w] >= PF_LETTER; w++)
			;
		if (k == PF_INITIAL && word_candidate(p, (size_t)(w - p)))
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
