/*
 * tracker.h - what a story tracks, read from an INI file: the counted
 * nouns, the subject cues, the quantity kinds with their trigger words,
 * the source gazetteer (aliases -> canonical source) and the news
 * outlets, which relay what others claim (a built-in list of wire
 * services, broadcasters and papers, plus the tracker's [media] outlets).
 *
 * Every phrase is kept as a short list of words, matched against the
 * tokens of a sentence (tokens.h): a word written with a capital letter
 * matches only that spelling, a lower-case word matches any case.
 *
 * [nouns] expand names nouns whose kinds are counted too: the kinds of
 * person among their WordNet senses, with plurals, join the counted
 * nouns, and a subject cue that is a demonym ("North Korean") adds its
 * plural as a counted noun and a cue (wordnet.h). Parsing checks the
 * file and does all the rest; the expansion waits for the first article
 * extracted (tracker_expand()), so a command or a re-run that extracts
 * nothing never opens WordNet, and WordNet is not touched after it.
 *
 * Ownership: a tracker owns all its strings; tracker_free() releases it.
 */
#ifndef TRACKER_H
#define TRACKER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "claimtrack.h"
#include "tokens.h"

/* Words of a tracker's phrase: an official name is long ("United Nations
 * Office for the Coordination of Humanitarian Affairs"). */
#define PHRASE_MAX_WORDS 12

struct phrase {
	char	*w[PHRASE_MAX_WORDS]; /* words ("'s" for a possessive) */
	bool	 cased[PHRASE_MAX_WORDS]; /* word must match its case */
	unsigned char len[PHRASE_MAX_WORDS]; /* strlen of each word */
	size_t	 n;		/* words used */
	size_t	 owner;		/* index of the quantity or source it names */
};

/* Least buckets of the first-word index: phrase_match() looks only at
 * the phrases whose first word hashes (in lower case) as the token does.
 * A list gets at least twice as many buckets as phrases, a power of two,
 * so the thousands of nouns of [nouns] expand cost no more per token. */
#define PHRASE_BUCKETS 256

struct phraselist {
	struct phrase *v;	/* phrases, in file order */
	size_t	 n;		/* used */
	size_t	 cap;		/* allocated */
	size_t	*head;		/* per bucket: first phrase + 1, 0 = none;
				   NULL until indexed (then all are tried) */
	size_t	*next;		/* per phrase: next in its bucket + 1 */
	size_t	 nbuckets;	/* buckets of head, a power of two */
	char	*firsts;	/* per phrase: its first byte, for memchr();
				   NULL until indexed */
	size_t	*first_head;	/* per byte: the first phrase + 1 that opens
				   with it, 0 = none; NULL until indexed */
	size_t	*first_next;	/* per phrase: the next + 1 that opens with
				   its first byte */
	uint32_t *hashes;	/* per phrase: tok_hash() of its first word,
				   which a token it starts has too; NULL
				   until indexed */
	struct phrase_key *keys; /* words one of which every phrase holds
				   (phraselist_key_next()); NULL until
				   indexed, or when some phrase has no such
				   word or there are over PHRASE_KEYS_MAX */
	size_t	 nkeys;
};

/* A word of a phrase, searched for in the text as it is written. */
struct phrase_key {
	const char *w;		/* the phrase's word */
	size_t	 len;		/* its bytes */
	size_t	 rare;		/* the index of its rarest letter, which
				   memchr() looks for */
};

/* Most key words a list keeps: a longer list is searched by tokens. */
#define PHRASE_KEYS_MAX 16

struct quantity {
	char	*name;		/* "troops_deployed" */
	enum modality modality;	/* modality hint for its triggers */
	bool	 projected;	/* the hint was given as projected */
	size_t	 base;		/* the quantity this one counts a part of
				   ("children killed" of killed), else
				   SIZE_MAX */
};

/* A [measure NAME] section: quantities compared with each other. */
struct measure_def {
	char	*name;		/* "troops" */
	char	*label;		/* headline noun phrase; NULL = built */
	char	*projection_of;	/* measure whose projections it holds */
};

struct tracker_pending;

struct tracker {
	char	*name;		/* human name of the story */
	char	*subject;	/* subject label used when carried from context */
	char	**homes;	/* the story's own places ("Russia"): a claim
				   there has no separate place */
	size_t	 nhomes;
	struct phraselist nouns;	/* counted nouns: "troops", then the
					   ones [nouns] expand added */
	size_t	 nexpanded;	/* nouns added from WordNet by expand */
	struct tracker_pending *pending; /* [nouns] expand until it is made
				   (tracker_expand()); NULL = none; private */
	struct phraselist groups;	/* group nouns of products: "units" */
	struct phraselist cues;		/* subject cues: "North Korean" */
	struct phraselist triggers;	/* owner = quantity index */
	struct phraselist qnouns;	/* nouns naming a quantity itself */
	struct phraselist subnouns;	/* nouns of a part counted apart:
					   owner = that part's quantity */
	struct phraselist forms;	/* other forms of the triggers' verbs
					   ("die" of "died"), owner = quantity */
	struct phraselist bases;	/* stems of one-word triggers ("arrive"
					   of "arrived"): verbs after "to" or
					   a modal only, owner = quantity */
	struct phraselist aliases;	/* owner = source index */
	struct phraselist outlets;	/* news outlets: "Reuters", "BBC" */
	struct phraselist demonyms;	/* a source's adjectives: "Ugandan";
					 * owner = source index */
	struct quantity *q;	/* quantity kinds */
	size_t	 nq;
	size_t	 qdefault;	/* quantity when no trigger is found */
	char	**sources;	/* canonical source names */
	size_t	 nsources;
	struct phraselist homenames;	/* the own places and their
					   adjectives ("Kerala", "Sri
					   Lankan"); owner 1 = adjective */
	struct phraselist govplaces;	/* places whose government is a
					   source, and their adjectives
					   ("Haiti" of "Haiti government",
					   "Malawi", "Malawian"); owner =
					   source index */
	long	 home_source;	/* the one source that is the own place's
				   government ("Kerala government",
				   "Government of Mexico"), else -1 */
	struct measure_def *measures; /* [measure NAME] sections, in order */
	size_t	 nmeasures;
	size_t	*measure_of;	/* per quantity: its measure, or NO_MEASURE */
	char	**qlabels;	/* per quantity: its measure's label, given or
				   built from the quantity and counted noun */
	struct quantity_measure *qm; /* per quantity: the table summaries
				   take (struct summary_opts) */
};

#define NO_MEASURE ((size_t)-1)

/*
 * The measure quantity q belongs to: its [measure] section's name, else
 * the quantity's own name (a quantity in no [measure] is compared with
 * nothing else).
 */
const char *tracker_measure_name(const struct tracker *, size_t q);

/* The index of the quantity called name, or -1 when none is. */
long	tracker_quantity_index(const struct tracker *, const char *name);

/* Is name one of the tracker's normalized source names (its gazetteer)? */
bool	tracker_has_source(const struct tracker *, const char *name);

/* Is place (any case) one of the tracker's own places? */
bool	tracker_is_home(const struct tracker *, const char *place);

/*
 * Parse a tracker from the INI text in s; name is used in messages.
 * On error prints "NAME:LINE: message" once and returns NULL.
 */
struct tracker *tracker_parse(const char *s, const char *name);
/* Read and parse the tracker file at path; NULL after a message. */
struct tracker *tracker_load(const char *path);
/*
 * Make the [nouns] expand of tr now, if not made yet: read WordNet (about
 * 10 ms of CPU with WordNet's files in the page cache, 0.3-0.9 s when
 * they must be read from disk), add the nouns and cues it gives and
 * index them. Later calls return at once. The one change made to a
 * parsed tracker: safe to call from many threads at a time (the first
 * makes it under a lock, the others wait), and extract_article() calls
 * it before it reads the tracker.
 */
void	tracker_expand(const struct tracker *);
/* The built-in default tracker (trackers/default.ini); never NULL. */
struct tracker *tracker_default(void);
/* The text of the built-in default tracker (static). */
const char *tracker_default_text(void);
void	tracker_free(struct tracker *);

/*
 * Bucket of a word by its tok_hash() h in the first-word index of l
 * (indexed), so that a phrase written in lower case and a token in any
 * case meet (a phrase's words are compared with memcmp() or
 * strncasecmp(), and any two bytes equal under either have the same
 * byte | 0x20); the possessive, however it is written, has bucket 0 of
 * its own.
 */
static inline size_t
phrase_bucket(const struct phraselist *l, uint32_t h, bool poss)
{
	if (poss)
		return 0;
	/* 1 .. nbuckets - 1, by the top bits: no division */
	return 1 + (size_t)(((uint64_t)h * (l->nbuckets - 1)) >> 32);
}

/*
 * The least offset in text[from..to) where one of l's key words stands
 * (in any case), or to when none does: a sentence that ends before it
 * holds no phrase of l, since a token that matches a word of a phrase
 * is the word's bytes but for case. l->keys must not be NULL; at[] (one
 * for each key, all SIZE_MAX at first) keeps each key's next offset for
 * the next call, whose from must not be smaller.
 */
size_t	phraselist_key_next(const struct phraselist *l, const char *text,
	    size_t from, size_t to, size_t *at);

/* phrase_match() past its first tests: out of line. */
size_t	phrase_match_bucket(const struct phraselist *, const char *text,
	    const struct token *t, size_t i, size_t n, size_t *which);

/*
 * Length in tokens of the longest phrase of list matching at tokens
 * t[i..n), or 0; *which gets that phrase's index. Inline as far as the
 * bucket of t[i]: the rules ask it of nearly every token, and most
 * tokens start no phrase of the list.
 */
static inline size_t
phrase_match(const struct phraselist *l, const char *text,
    const struct token *t, size_t i, size_t n, size_t *which)
{
	if (i >= n || (l->head != NULL && l->head[phrase_bucket(l, t[i].h,
	    t[i].kind == TOK_POSS)] == 0))
		return 0;
	return phrase_match_bucket(l, text, t, i, n, which);
}

#endif
