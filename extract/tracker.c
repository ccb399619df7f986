/*
 * tracker.c - see tracker.h.
 */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <ini.h>

#include "claimtrack.h"
#include "tracker.h"
#include "util.h"
#include "wordnet.h"

/* inih's line buffer holds INI_MAX_LINE bytes with the newline and NUL. */
#define TRACKER_LINE_MAX (INI_MAX_LINE - 3)
#define TRACKER_FILE_MAX ((size_t)1 << 20)

/*
 * News outlets of any story: wire services, broadcasters and papers that
 * report what others claim. A tracker adds its own under [media].
 */
static const char builtin_outlets[] =
    "Reuters, AFP, Agence France-Presse, AP, Associated Press, Bloomberg,"
    "BBC, BBC News, CNN, NHK, Yonhap, Kyodo, Kyodo News, Xinhua, TASS,"
    "RIA, RIA Novosti, Interfax, Ukrinform, Al Jazeera, DPA, EFE, ANSA,"
    "NPR, ABC, ABC News, CBS, CBS News, NBC, NBC News, Fox News, Sky News,"
    "CBC, Politico, Axios, Semafor, Financial Times, New York Times,"
    "Washington Post, Wall Street Journal, The Guardian, Guardian,"
    "The Economist, The Times, The Telegraph, Daily Telegraph, Daily Mail,"
    "The Independent, The Hill, Newsweek, Der Spiegel, Spiegel, Le Monde,"
    "Kyiv Independent, Kyiv Post, Ukrainska Pravda, Suspilne, Meduza,"
    "Mediazona, Kommersant, Izvestia, Novaya Gazeta, RT, Sputnik, Nikkei,"
    "Asahi, Asahi Shimbun, Yomiuri, Yomiuri Shimbun, JoongAng Ilbo,"
    "Chosun Ilbo, Korea Herald, Korea Times, NK News, Daily NK,"
    "Voice of America, VOA, Radio Free Europe, RFE/RL, Radio Liberty,"
    "Radio Free Asia, Deutsche Welle, DW, Euronews, France 24, Anadolu,"
    "Anadolu Agency, Haaretz, Times of Israel, Globe and Mail";

struct parse_state {
	struct tracker *tr;	/* being filled */
	char	 err[200];	/* message of the first error */
	long	 q;		/* current quantity section, -1 if none */
	bool	 has_default;	/* a quantity said default = yes */
	char	**expand;	/* [nouns] expand: nouns whose kinds count */
	size_t	 nexpand;
	long	 m;		/* current [measure] section, -1 if none */
	char	**mq;		/* [measure] quantities, resolved after */
	size_t	*mq_of;		/*   parsing: mq[i] is in measure mq_of[i] */
	size_t	 nmq;
	char	 section[TRACKER_LINE_MAX]; /* section of the entry before */
	bool	 fresh;		/* this entry starts a section header */
};

/*
 * A [nouns] expand waiting for the first article extracted. done is
 * read without the lock and set, once, with it; expand is freed then.
 */
struct tracker_pending {
	atomic_bool done;	/* made: the tracker no longer changes */
	char	**expand;	/* [nouns] expand: nouns whose kinds count */
	size_t	 nexpand;
};

/* One expansion at a time: WordNet's library keeps its state in globals,
 * whatever the tracker. */
static pthread_mutex_t expand_lock = PTHREAD_MUTEX_INITIALIZER;

/* Drop the first-word index of l (phraselist_index() builds it again). */
static void
phraselist_unindex(struct phraselist *l)
{
	free(l->head);
	free(l->next);
	free(l->firsts);
	free(l->hashes);
	free(l->first_head);
	free(l->first_next);
	free(l->keys);
	l->keys = NULL;
	l->nkeys = 0;
	l->head = l->next = NULL;
	l->firsts = NULL;
	l->hashes = NULL;
	l->first_head = l->first_next = NULL;
	l->nbuckets = 0;
}

static void
phraselist_release(struct phraselist *l)
{
	size_t i, j;

	for (i = 0; i < l->n; i++)
		for (j = 0; j < l->v[i].n; j++)
			free(l->v[i].w[j]);
	free(l->v);
	free(l->head);
	free(l->next);
	free(l->firsts);
	free(l->hashes);
	free(l->first_head);
	free(l->first_next);
	free(l->keys);
	memset(l, 0, sizeof(*l));
}

/* How rare a letter is in English text (greater: rarer; 0 for any
 * other byte), to choose which word of a phrase to search for and which
 * byte of it memchr() looks for. */
static int
byte_rarity(unsigned char b)
{
	static const char order[] = "etaoinsrhldcumfpgwybvkxjqz";
	const char *p = isalpha(b) ? strchr(order, tolower(b)) : NULL;

	return p != NULL ? (int)(p - order) + 1 : 0;
}

/* The index of w's rarest letter, the first of equals. */
static size_t
rarest_at(const char *w)
{
	size_t i, r = 0;

	for (i = 1; w[i] != '\0'; i++)
		if (byte_rarity((unsigned char)w[i]) >
		    byte_rarity((unsigned char)w[r]))
			r = i;
	return r;
}

/* Is word a a better key than b: a rarer letter, or as rare and
 * longer? */
static bool
key_better(const char *a, const char *b)
{
	int ra = byte_rarity((unsigned char)a[rarest_at(a)]);
	int rb = byte_rarity((unsigned char)b[rarest_at(b)]);

	return ra > rb || (ra == rb && strlen(a) > strlen(b));
}

/* The word of p to search the text for; NULL when p has only
 * possessives, which are spelled in more ways than one. */
static const char *
phrase_key(const struct phrase *p)
{
	const char *best = NULL;
	size_t k;

	for (k = 0; k < p->n; k++)
		if (strcmp(p->w[k], "'s") != 0 &&
		    (best == NULL || key_better(p->w[k], best)))
			best = p->w[k];
	return best;
}

/* Does a stand within b, in any case? */
static bool
word_within(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), i;

	for (i = 0; i + na <= nb; i++)
		if (strncasecmp(b + i, a, na) == 0)
			return true;
	return false;
}

/*
 * The key words of l: one word of each phrase, none standing within
 * another (a text without "Korea" holds no "Korean"). None when a
 * phrase has no word to search for or there are too many to search.
 */
static void
phraselist_keys(struct phraselist *l)
{
	const char *k[PHRASE_KEYS_MAX], *w;
	size_t n = 0, i, j;

	for (i = 0; i < l->n; i++) {
		if ((w = phrase_key(&l->v[i])) == NULL)
			return;
		for (j = 0; j < n && !word_within(k[j], w); j++)
			;
		if (j < n)
			continue;	/* a key stands within w */
		for (j = 0; j < n;)	/* w stands within these */
			if (word_within(w, k[j]))
				k[j] = k[--n];
			else
				j++;
		if (n == PHRASE_KEYS_MAX)
			return;
		k[n++] = w;
	}
	l->keys = xcalloc(n > 0 ? n : 1, sizeof(*l->keys));
	for (i = 0; i < n; i++) {
		l->keys[i].w = k[i];
		l->keys[i].len = strlen(k[i]);
		l->keys[i].rare = rarest_at(k[i]);
	}
	l->nkeys = n;
}

/* Does key k stand at p (in any case)? Its first byte first, inline:
 * the rare letter found, most places differ there already. */
static bool
key_at(const struct phrase_key *k, const char *p)
{
	size_t i = k->rare > 0 ? 0 : k->len > 1;

	return (p[i] | 0x20) == (k->w[i] | 0x20) &&
	    strncasecmp(p, k->w, k->len) == 0;
}

/*
 * The first offset of key k in text[from..to), or to: memchr() finds
 * each spelling of its rarest letter (two cursors, so each place is
 * found once), the fewest places to compare the whole key at.
 */
static size_t
key_find(const struct phrase_key *k, const char *text, size_t from,
    size_t to)
{
	int lo = tolower((unsigned char)k->w[k->rare]);
	int up = toupper((unsigned char)k->w[k->rare]);
	const char *last, *a, *b, *q;

	if (k->len == 0 || to - from < k->len)
		return to;
	last = text + to - k->len + k->rare;	/* its last place */
	a = memchr(text + from + k->rare, lo, (size_t)(last -
	    (text + from + k->rare)) + 1);
	b = up == lo ? NULL : memchr(text + from + k->rare, up,
	    (size_t)(last - (text + from + k->rare)) + 1);
	while (a != NULL || b != NULL) {
		q = b == NULL || (a != NULL && a < b) ? a : b;
		if (key_at(k, q - k->rare))
			return (size_t)(q - k->rare - text);
		if (q == a)
			a = memchr(a + 1, lo, (size_t)(last - a));
		else
			b = memchr(b + 1, up, (size_t)(last - b));
	}
	return to;
}

size_t
phraselist_key_next(const struct phraselist *l, const char *text,
    size_t from, size_t to, size_t *at)
{
	size_t k, least = to;

	for (k = 0; k < l->nkeys; k++) {
		if (at[k] == SIZE_MAX || at[k] < from)
			at[k] = key_find(&l->keys[k], text, from, to);
		if (at[k] < least)
			least = at[k];
	}
	return least;
}

/* Build the first-word index of l; phrases keep file order per bucket. */
static void
phraselist_index(struct phraselist *l)
{
	size_t *tail, i, b;

	for (l->nbuckets = PHRASE_BUCKETS; l->nbuckets < 2 * l->n;
	    l->nbuckets *= 2)
		;
	l->head = xcalloc(l->nbuckets, sizeof(*l->head));
	l->next = xcalloc(l->n > 0 ? l->n : 1, sizeof(*l->next));
	tail = xcalloc(l->nbuckets, sizeof(*tail));
	l->firsts = xmalloc(l->n > 0 ? l->n : 1);
	l->hashes = xcalloc(l->n > 0 ? l->n : 1, sizeof(*l->hashes));
	for (i = 0; i < l->n; i++) {
		l->firsts[i] = l->v[i].w[0][0];
		l->hashes[i] = tok_hash(l->v[i].w[0], l->v[i].len[0]);
		b = phrase_bucket(l, l->hashes[i],
		    strcmp(l->v[i].w[0], "'s") == 0);
		if (l->head[b] == 0)
			l->head[b] = i + 1;
		else
			l->next[tail[b]] = i + 1;
		tail[b] = i;
	}
	free(tail);
	/* the phrases of each first byte, in order */
	l->first_head = xcalloc(256, sizeof(*l->first_head));
	l->first_next = xcalloc(l->n > 0 ? l->n : 1, sizeof(*l->first_next));
	for (i = l->n; i > 0; i--) {
		b = (unsigned char)l->firsts[i - 1];
		l->first_next[i - 1] = l->first_head[b];
		l->first_head[b] = i;
	}
	phraselist_keys(l);
}

static void
tracker_index(struct tracker *tr)
{
	phraselist_index(&tr->nouns);
	phraselist_index(&tr->groups);
	phraselist_index(&tr->cues);
	phraselist_index(&tr->triggers);
	phraselist_index(&tr->qnouns);
	phraselist_index(&tr->subnouns);
	phraselist_index(&tr->forms);
	phraselist_index(&tr->bases);
	phraselist_index(&tr->aliases);
	phraselist_index(&tr->outlets);
	phraselist_index(&tr->demonyms);
	phraselist_index(&tr->homenames);
	phraselist_index(&tr->govplaces);
}

static bool
has_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isupper((unsigned char)s[i]))
			return true;
	return false;
}

/* Turn one item ("Korean People's Army") into a phrase; -1 if too long. */
static int
phrase_fill(struct phrase *p, const char *item, size_t len)
{
	struct token t[PHRASE_MAX_WORDS + 1];
	size_t n, i;

	n = tokenize(item, 0, len, t, PHRASE_MAX_WORDS + 1);
	if (n == 0 || n > PHRASE_MAX_WORDS)
		return -1;
	for (i = 0; i < n; i++) {
		if (t[i].kind == TOK_POSS)
			p->w[i] = xstrdup("'s");
		else
			p->w[i] = xstrndup(item + t[i].off, t[i].len);
		p->cased[i] = has_upper(p->w[i], strlen(p->w[i]));
		p->len[i] = (unsigned char)(strlen(p->w[i]) > 255 ? 255 :
		    strlen(p->w[i]));
	}
	p->n = n;
	return 0;
}

/* Append the phrase item[0..len) to l, owned by owner; -1 (nothing
 * added) when it has no words or more than PHRASE_MAX_WORDS. */
static int
phraselist_push(struct phraselist *l, const char *item, size_t len,
    size_t owner)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof(*l->v));
	}
	memset(&l->v[l->n], 0, sizeof(l->v[l->n]));
	if (phrase_fill(&l->v[l->n], item, len) == -1)
		return -1;
	l->v[l->n++].owner = owner;
	return 0;
}

/*
 * Call fn(arg, item, len) on each comma-separated item of value, blanks
 * trimmed; stops at the first that returns 0 and returns 0, else 1.
 */
static int
list_each(const char *value, int (*fn)(void *, const char *, size_t),
    void *arg)
{
	const char *p = value, *q;
	size_t len;

	while (*p != '\0') {
		q = strchr(p, ',');
		len = q != NULL ? (size_t)(q - p) : strlen(p);
		while (len > 0 && isspace((unsigned char)*p)) {
			p++;
			len--;
		}
		while (len > 0 && isspace((unsigned char)p[len - 1]))
			len--;
		if (len > 0 && !fn(arg, p, len))
			return 0;
		p = q != NULL ? q + 1 : p + strlen(p);
	}
	return 1;
}

/* One list item going into a phrase list (list_each). */
struct item_sink {
	struct parse_state *st;
	struct phraselist *l;
	size_t	 owner;
};

static int
item_push(void *arg, const char *item, size_t len)
{
	struct item_sink *k = arg;

	if (phraselist_push(k->l, item, len, k->owner) == -1) {
		snprintf(k->st->err, sizeof(k->st->err),
		    "phrase '%.*s' has more than %d words", (int)len, item,
		    PHRASE_MAX_WORDS);
		return 0;
	}
	return 1;
}

/* Add each comma-separated item of value to l, owned by owner. */
static int
phraselist_add(struct parse_state *st, struct phraselist *l,
    const char *value, size_t owner)
{
	struct item_sink k = { st, l, owner };

	return list_each(value, item_push, &k);
}

/* Keep one [nouns] expand noun for after parsing. */
static int
expand_push(void *arg, const char *item, size_t len)
{
	struct parse_state *st = arg;

	st->expand = xreallocarray(st->expand, st->nexpand + 1,
	    sizeof(*st->expand));
	st->expand[st->nexpand++] = xstrndup(item, len);
	return 1;
}

static int
bad_key(struct parse_state *st, const char *section, const char *name)
{
	snprintf(st->err, sizeof(st->err), "unknown key '%s' in [%s]", name,
	    section);
	return 0;
}

/* Add the comma-separated places of value to the tracker's homes. */
static int
home_add(struct tracker *tr, const char *value)
{
	const char *p = value;
	size_t len;

	while (*p != '\0') {
		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		len = strcspn(p, ",");
		while (len > 0 && isspace((unsigned char)p[len - 1]))
			len--;
		if (len > 0) {
			tr->homes = xreallocarray(tr->homes, tr->nhomes + 1,
			    sizeof(*tr->homes));
			tr->homes[tr->nhomes++] = xstrndup(p, len);
		}
		p += strcspn(p, ",");
	}
	return 1;
}

bool
tracker_is_home(const struct tracker *tr, const char *place)
{
	size_t i;

	for (i = 0; i < tr->nhomes; i++)
		if (strcasecmp(tr->homes[i], place) == 0)
			return true;
	return false;
}

static int
on_tracker(struct parse_state *st, const char *name, const char *value)
{
	char **slot;

	if (strcmp(name, "name") == 0 && *value == '\0') {
		snprintf(st->err, sizeof(st->err), "the tracker's name is "
		    "empty");
		return 0;
	} else if (strcmp(name, "name") == 0)
		slot = &st->tr->name;
	else if (strcmp(name, "subject") == 0)
		slot = &st->tr->subject;
	else if (strcmp(name, "place") == 0)
		return home_add(st->tr, value);
	else
		return bad_key(st, "tracker", name);
	free(*slot);
	*slot = xstrdup(value);
	return 1;
}

static int
on_nouns(struct parse_state *st, const char *name, const char *value)
{
	if (strcmp(name, "counted") == 0)
		return phraselist_add(st, &st->tr->nouns, value, 0);
	if (strcmp(name, "groups") == 0)
		return phraselist_add(st, &st->tr->groups, value, 0);
	if (strcmp(name, "expand") == 0)
		return list_each(value, expand_push, st);
	return bad_key(st, "nouns", name);
}

/* Start a [quantity NAME] section, or find the one already started. */
static int
quantity_begin(struct parse_state *st, const char *qname)
{
	struct tracker *tr = st->tr;
	size_t i;

	while (*qname == ' ')
		qname++;
	if (*qname == '\0') {
		snprintf(st->err, sizeof(st->err), "[quantity] needs a name");
		return 0;
	}
	for (i = 0; i < tr->nq; i++)
		if (strcmp(tr->q[i].name, qname) == 0) {
			if (st->fresh) {
				snprintf(st->err, sizeof(st->err),
				    "quantity '%s' defined twice", qname);
				return 0;
			}
			st->q = (long)i;
			return 1;
		}
	tr->q = xreallocarray(tr->q, tr->nq + 1, sizeof(*tr->q));
	memset(&tr->q[tr->nq], 0, sizeof(tr->q[tr->nq]));
	tr->q[tr->nq].name = xstrdup(qname);
	st->q = (long)tr->nq++;
	return 1;
}

static int
on_quantity(struct parse_state *st, const char *qname, const char *name,
    const char *value)
{
	struct quantity *q;

	if (!quantity_begin(st, qname))
		return 0;
	q = &st->tr->q[st->q];
	if (strcmp(name, "triggers") == 0)
		return phraselist_add(st, &st->tr->triggers, value,
		    (size_t)st->q);
	if (strcmp(name, "nouns") == 0)
		return phraselist_add(st, &st->tr->qnouns, value,
		    (size_t)st->q);
	if (strcmp(name, "modality") == 0) {
		if (strcmp(value, "projected") != 0 &&
		    strcmp(value, "current") != 0) {
			snprintf(st->err, sizeof(st->err), "modality must be "
			    "current or projected, not '%s'", value);
			return 0;
		}
		q->projected = strcmp(value, "projected") == 0;
		q->modality = q->projected ? MODALITY_PROJECTED :
		    MODALITY_CURRENT;
		return 1;
	}
	if (strcmp(name, "default") == 0) {
		if (strcmp(value, "yes") == 0) {
			st->tr->qdefault = (size_t)st->q;
			st->has_default = true;
		}
		return 1;
	}
	return bad_key(st, "quantity", name);
}

long
tracker_quantity_index(const struct tracker *tr, const char *name)
{
	size_t i;

	for (i = 0; i < tr->nq; i++)
		if (strcmp(tr->q[i].name, name) == 0)
			return (long)i;
	return -1;
}

bool
tracker_has_source(const struct tracker *tr, const char *name)
{
	size_t i;

	for (i = 0; i < tr->nsources; i++)
		if (strcmp(tr->sources[i], name) == 0)
			return true;
	return false;
}

static size_t
source_index(struct tracker *tr, const char *canon)
{
	size_t i;

	for (i = 0; i < tr->nsources; i++)
		if (strcmp(tr->sources[i], canon) == 0)
			return i;
	tr->sources = xreallocarray(tr->sources, tr->nsources + 1,
	    sizeof(*tr->sources));
	tr->sources[tr->nsources] = xstrdup(canon);
	return tr->nsources++;
}

/* Start a [measure NAME] section, or find the one already started. */
static int
measure_begin(struct parse_state *st, const char *mname)
{
	struct tracker *tr = st->tr;
	size_t i;

	while (*mname == ' ')
		mname++;
	if (*mname == '\0') {
		snprintf(st->err, sizeof(st->err), "[measure] needs a name");
		return 0;
	}
	for (i = 0; i < tr->nmeasures; i++)
		if (strcmp(tr->measures[i].name, mname) == 0) {
			st->m = (long)i;
			return 1;
		}
	tr->measures = xreallocarray(tr->measures, tr->nmeasures + 1,
	    sizeof(*tr->measures));
	memset(&tr->measures[tr->nmeasures], 0, sizeof(*tr->measures));
	tr->measures[tr->nmeasures].name = xstrdup(mname);
	st->m = (long)tr->nmeasures++;
	return 1;
}

/* One quantity named by a [measure]'s quantities (list_each). */
static int
measure_quantity_push(void *arg, const char *item, size_t len)
{
	struct parse_state *st = arg;

	st->mq = xreallocarray(st->mq, st->nmq + 1, sizeof(*st->mq));
	st->mq_of = xreallocarray(st->mq_of, st->nmq + 1, sizeof(*st->mq_of));
	st->mq[st->nmq] = xstrndup(item, len);
	st->mq_of[st->nmq++] = (size_t)st->m;
	return 1;
}

static int
on_measure(struct parse_state *st, const char *mname, const char *name,
    const char *value)
{
	struct measure_def *m;
	char **slot;

	if (!measure_begin(st, mname))
		return 0;
	m = &st->tr->measures[st->m];
	if (strcmp(name, "quantities") == 0)
		return list_each(value, measure_quantity_push, st);
	if (strcmp(name, "label") == 0)
		slot = &m->label;
	else if (strcmp(name, "projection_of") == 0)
		slot = &m->projection_of;
	else
		return bad_key(st, "measure", name);
	free(*slot);
	*slot = xstrdup(value);
	return 1;
}

static int
on_entry(void *user, const char *section, const char *name,
    const char *value)
{
	struct parse_state *st = user;

	st->fresh = strcmp(st->section, section) != 0;
	snprintf(st->section, sizeof(st->section), "%s", section);
	if (strcmp(section, "tracker") == 0)
		return on_tracker(st, name, value);
	if (strcmp(section, "nouns") == 0)
		return on_nouns(st, name, value);
	if (strcmp(section, "subjects") == 0) {
		if (strcmp(name, "cues") != 0)
			return bad_key(st, section, name);
		return phraselist_add(st, &st->tr->cues, value, 0);
	}
	if (strncmp(section, "quantity ", 9) == 0)
		return on_quantity(st, section + 9, name, value);
	if (strncmp(section, "measure ", 8) == 0)
		return on_measure(st, section + 8, name, value);
	if (strcmp(section, "sources") == 0)
		return phraselist_add(st, &st->tr->aliases, value,
		    source_index(st->tr, name));
	if (strcmp(section, "media") == 0) {
		if (strcmp(name, "outlets") != 0)
			return bad_key(st, section, name);
		return phraselist_add(st, &st->tr->outlets, value, 0);
	}
	snprintf(st->err, sizeof(st->err), "unknown section [%s]", section);
	return 0;
}

/* The first line longer than inih reads whole, or 0. */
static int
long_line(const char *s)
{
	const char *nl;
	int line = 1;

	for (;; line++) {
		nl = strchr(s, '\n');
		if ((nl != NULL ? (size_t)(nl - s) : strlen(s)) >
		    TRACKER_LINE_MAX)
			return line;
		if (nl == NULL)
			return 0;
		s = nl + 1;
	}
}

/* Where WordNet's forms go: the counted nouns, and for a demonym the
 * subject cues too. */
struct expand_sink {
	struct tracker *tr;
	size_t	 nlisted;	/* counted nouns the file lists */
	bool	 cue;		/* also a subject cue ("North Koreans") */
};

/* Is phrase p the same words as phrase q (any case)? */
static bool
phrase_same(const struct phrase *p, const struct phrase *q)
{
	size_t k;

	if (p->n != q->n)
		return false;
	for (k = 0; k < p->n; k++)
		if (strcasecmp(p->w[k], q->w[k]) != 0)
			return false;
	return true;
}

/* Add one form WordNet gave, unless listed already or past the cap. */
static void
expand_add(void *arg, const char *form)
{
	struct expand_sink *k = arg;
	struct phraselist *l = &k->tr->nouns;
	size_t j;

	if (k->tr->nexpanded >= WORDNET_MAX_FORMS ||
	    phraselist_push(l, form, strlen(form), 0) == -1)
		return;
	for (j = 0; j < k->nlisted; j++)
		if (phrase_same(&l->v[j], &l->v[l->n - 1])) {
			l->n--;
			for (j = 0; j < l->v[l->n].n; j++)
				free(l->v[l->n].w[j]);
			return;
		}
	k->tr->nexpanded++;
	if (k->cue)
		(void)phraselist_push(&k->tr->cues, form, strlen(form), 0);
}

/* The words of phrase p joined by spaces into buf; false if it holds a
 * possessive or does not fit. */
static bool
phrase_text(const struct phrase *p, char *buf, size_t size)
{
	size_t k, at = 0;
	int w;

	for (k = 0; k < p->n; k++) {
		if (strcmp(p->w[k], "'s") == 0)
			return false;
		w = snprintf(buf + at, size - at, "%s%s", k ? " " : "",
		    p->w[k]);
		if (w < 0 || (size_t)w >= size - at)
			return false;
		at += (size_t)w;
	}
	return true;
}

/*
 * [nouns] expand: add the kinds of each noun (wordnet_kinds()) and the
 * plural of each subject cue that is a demonym to the counted nouns.
 * Without WordNet's data nothing is added (wordnet_open() warned).
 */
static void
expand_nouns(struct tracker *tr, char **expand, size_t nexpand)
{
	struct expand_sink k = { tr, tr->nouns.n, false };
	size_t i, ncues = tr->cues.n;
	char buf[256];

	if (nexpand == 0 || !wordnet_open())
		return;
	wordnet_forms_reset();
	for (i = 0; i < nexpand; i++)
		wordnet_kinds(expand[i], PHRASE_MAX_WORDS,
		    WORDNET_MAX_FORMS - tr->nexpanded, expand_add, &k);
	k.cue = true;
	for (i = 0; i < ncues; i++)
		if (tr->cues.v[i].cased[0] &&
		    phrase_text(&tr->cues.v[i], buf, sizeof(buf)))
			wordnet_demonym(buf, expand_add, &k);
	wordnet_forms_reset();
}

/* Where tracker_demonyms() puts the adjectives of one source. */
struct demonym_sink {
	struct tracker *tr;
	size_t	 owner;		/* the source the name belongs to */
};

/* Is phrase p one of the first n phrases of list l (any case)? */
static bool
phrase_listed(const struct phraselist *l, size_t n, const struct phrase *p)
{
	size_t j;

	for (j = 0; j < n && j < l->n; j++)
		if (phrase_same(&l->v[j], p))
			return true;
	return false;
}

/* Keep adjective form as a demonym of the sink's source, unless it is
 * an alias already (of any source: "Ukrainian") or a demonym given
 * before (the first source that gives it keeps it). */
static void
demonym_add(void *arg, const char *form)
{
	struct demonym_sink *k = arg;
	struct phraselist *l = &k->tr->demonyms;
	size_t j;

	if (phraselist_push(l, form, strlen(form), k->owner) == -1)
		return;
	if (phrase_listed(&k->tr->aliases, k->tr->aliases.n,
	    &l->v[l->n - 1]) || phrase_listed(l, l->n - 1, &l->v[l->n - 1])) {
		l->n--;
		for (j = 0; j < l->v[l->n].n; j++)
			free(l->v[l->n].w[j]);
	}
}

/*
 * A source named by a place ("Uganda", "South Korea") speaks too as
 * its adjective: "Ugandan health authorities", "South Korean military
 * intelligence". Each alias the file lists whose first word is
 * capitalised gets the adjectives WordNet's pertainym pointers tie to
 * it (wordnet_pertainyms()), as demonyms of the same source: attrib.c
 * reads them only at the front of a claimant's phrase, before more
 * words, since "North Korean troops" is no claimant. Without WordNet's
 * data nothing is added.
 */
static void
tracker_demonyms(struct tracker *tr)
{
	struct demonym_sink k = { tr, 0 };
	char buf[256];
	size_t i;

	if (tr->aliases.n == 0 || !wordnet_open())
		return;
	for (i = 0; i < tr->aliases.n; i++)
		if (tr->aliases.v[i].cased[0] &&
		    phrase_text(&tr->aliases.v[i], buf, sizeof(buf))) {
			k.owner = tr->aliases.v[i].owner;
			wordnet_pertainyms(buf, demonym_add, &k);
		}
}

static bool word_listed(const char *, const char *const *, size_t);

/* Where tracker_home() puts the adjectives of the own place. */
static void
homename_add(void *arg, const char *form)
{
	struct phraselist *l = arg;

	phraselist_push(l, form, strlen(form), 1);
}

/* Levels of a government between a place and its head ("Kerala state
 * government"), and the heads that make it one (sorted). */
static const char *const home_levels[] = {
	"central", "city", "federal", "local", "national", "prefectural",
	"provincial", "regional", "state", "territorial"
};
static const char *const home_heads[] = {
	"administration", "authorities", "government", "officials"
};

/* Do words k.. of p match all the words of h (any case)? */
static bool
phrase_has_at(const struct phrase *p, size_t k, const struct phrase *h)
{
	size_t j;

	if (k + h->n > p->n)
		return false;
	for (j = 0; j < h->n; j++)
		if (strcasecmp(p->w[k + j], h->w[j]) != 0)
			return false;
	return true;
}

/*
 * Does phrase p name the government of the own place h: the place alone
 * ("Kerala"), the place or its adjective before a head ("Kerala
 * government", "Sri Lankan authorities", "Malawi's government",
 * "Ishikawa prefectural government"), or "Government of (the) place"?
 */
static bool
names_home_government(const struct phrase *p, const struct phrase *h)
{
	size_t k = 0;

	if (p->n > 2 && strcasecmp(p->w[0], "government") == 0 &&
	    strcasecmp(p->w[1], "of") == 0) {
		k = strcasecmp(p->w[2], "the") == 0 ? 3 : 2;
		return h->owner == 0 && phrase_has_at(p, k, h) &&
		    k + h->n == p->n;
	}
	if (!phrase_has_at(p, 0, h))
		return false;
	k = h->n;
	if (k == p->n)
		return h->owner == 0;	/* a place, not an adjective */
	if (strcmp(p->w[k], "'s") == 0)
		k++;
	if (k + 1 < p->n && word_listed(p->w[k], home_levels,
	    NELEM(home_levels)))
		k++;
	return k + 1 == p->n && word_listed(p->w[k], home_heads,
	    NELEM(home_heads));
}

/* Does phrase p name the government of one of the own places? */
static bool
names_home(const struct tracker *tr, const struct phrase *p)
{
	size_t i;

	for (i = 0; i < tr->homenames.n; i++)
		if (names_home_government(p, &tr->homenames.v[i]))
			return true;
	return false;
}

/* Record source src as the home's; a second one leaves none. */
static void
home_vote(long *home, bool *many, size_t src)
{
	if (*home == -1 && !*many)
		*home = (long)src;
	else if (*home != (long)src) {
		*home = -1;
		*many = true;
	}
}

/*
 * The own places (the [tracker] place) and their adjectives from
 * WordNet's pertainyms ("Sri Lanka" -> "Sri Lankan"), and the one source
 * whose name or an alias names the places' government: a bare
 * "officials said" in a sentence about the place is taken as that
 * government's (extract/home.c). None when two sources do.
 */
static void
tracker_home(struct tracker *tr)
{
	struct phrase key;
	bool many = false;
	size_t i, j;

	tr->home_source = -1;
	for (i = 0; i < tr->nhomes; i++)
		phraselist_push(&tr->homenames, tr->homes[i],
		    strlen(tr->homes[i]), 0);
	if (tr->nhomes > 0 && wordnet_open())
		for (i = 0; i < tr->nhomes; i++)
			wordnet_pertainyms(tr->homes[i], homename_add,
			    &tr->homenames);
	if (tr->homenames.n == 0)
		return;
	for (i = 0; i < tr->aliases.n; i++)
		if (names_home(tr, &tr->aliases.v[i]))
			home_vote(&tr->home_source, &many,
			    tr->aliases.v[i].owner);
	for (i = 0; i < tr->nsources; i++) {
		memset(&key, 0, sizeof(key));
		if (phrase_fill(&key, tr->sources[i],
		    strlen(tr->sources[i])) == -1)
			continue;
		if (names_home(tr, &key))
			home_vote(&tr->home_source, &many, i);
		for (j = 0; j < key.n; j++)
			free(key.w[j]);
	}
}

/* Where tracker_places() puts a place's adjectives. */
static void
govplace_add(void *arg, const char *form)
{
	struct demonym_sink *k = arg;

	phraselist_push(&k->tr->govplaces, form, strlen(form), k->owner);
}

/* Are words [a, e) of p all capitalized (a place's name)? */
static bool
words_capitalized(const struct phrase *p, size_t a, size_t e)
{
	for (; a < e; a++)
		if (!isupper((unsigned char)p->w[a][0]))
			return false;
	return true;
}

#define PLACE_WORDS_MAX 3	/* "Democratic Republic of ..." is no head */

/*
 * The words [*a, *e) of phrase p that name a place whose government p
 * is: "Haiti" of "Haiti government", "Haiti's government", "Kerala state
 * government", "Government of (the) Philippines". False when p is no
 * such phrase.
 */
static bool
government_place(const struct phrase *p, size_t *a, size_t *e)
{
	size_t k;

	if (p->n > 2 && strcasecmp(p->w[0], "government") == 0 &&
	    strcasecmp(p->w[1], "of") == 0) {
		*a = strcasecmp(p->w[2], "the") == 0 ? 3 : 2;
		*e = p->n;
	} else {
		if (p->n < 2 || !word_listed(p->w[p->n - 1], home_heads,
		    NELEM(home_heads)))
			return false;
		k = p->n - 1;
		if (k > 1 && word_listed(p->w[k - 1], home_levels,
		    NELEM(home_levels)))
			k--;
		if (k > 1 && strcmp(p->w[k - 1], "'s") == 0)
			k--;
		*a = 0;
		*e = k;
	}
	return *e > *a && *e - *a <= PLACE_WORDS_MAX &&
	    words_capitalized(p, *a, *e);
}

/* Does WordNet give the place an adjective? Countries and states have
 * them ("Haitian", "Texan"); a city rarely has ("Valencia", "Cali"),
 * and "officials" in a sentence naming a city of the story's own
 * country are as often the country's as the city's. */
static void
govplace_keep(struct tracker *tr, const struct phrase *p, size_t a,
    size_t e, size_t owner)
{
	struct demonym_sink k = { tr, owner };
	struct phrase sub;
	char buf[256];
	size_t n0 = tr->govplaces.n, j;

	memset(&sub, 0, sizeof(sub));
	sub.n = e - a;
	memcpy(sub.w, p->w + a, sub.n * sizeof(sub.w[0]));
	if (!phrase_text(&sub, buf, sizeof(buf)) ||
	    wordnet_pertainyms(buf, govplace_add, &k) == 0)
		return;
	phraselist_push(&tr->govplaces, buf, strlen(buf), owner);
	for (j = n0; j < tr->govplaces.n; j++)
		if (tr->subject != NULL && phrase_text(&tr->govplaces.v[j],
		    buf, sizeof(buf)) && strcasecmp(buf, tr->subject) == 0)
			break;
	if (j == tr->govplaces.n)
		return;
	/* the tracked subject's country ("troops sent from North Korea",
	 * subject "North Korean") is named as the counted party, not as
	 * where a speaker sits */
	while (tr->govplaces.n > n0) {
		tr->govplaces.n--;
		for (j = 0; j < tr->govplaces.v[tr->govplaces.n].n; j++)
			free(tr->govplaces.v[tr->govplaces.n].w[j]);
	}
}

/*
 * The places whose government a source is, by its name or an alias:
 * a place before a government's head ("Jamaica government"), after
 * "Government of", or a place alone ("Malawi", one WordNet gives an
 * adjective). News writes "authorities in Haiti" and "In Jamaica,
 * officials said" for that source (extract/home.c place_claimant()).
 */
static void
tracker_places(struct tracker *tr)
{
	struct phrase key;
	size_t i, j, a, e;

	/* a tracker naming no source opens no WordNet (it loads lazily) */
	if ((tr->aliases.n == 0 && tr->nsources == 0) || !wordnet_open())
		return;
	for (i = 0; i < tr->aliases.n; i++) {
		const struct phrase *p = &tr->aliases.v[i];

		if (government_place(p, &a, &e))
			govplace_keep(tr, p, a, e, p->owner);
		else if (p->n <= PLACE_WORDS_MAX &&
		    words_capitalized(p, 0, p->n))
			govplace_keep(tr, p, 0, p->n, p->owner);
	}
	for (i = 0; i < tr->nsources; i++) {
		memset(&key, 0, sizeof(key));
		if (phrase_fill(&key, tr->sources[i],
		    strlen(tr->sources[i])) == -1)
			continue;
		if (government_place(&key, &a, &e))
			govplace_keep(tr, &key, a, e, i);
		else if (key.n <= PLACE_WORDS_MAX &&
		    words_capitalized(&key, 0, key.n))
			govplace_keep(tr, &key, 0, key.n, i);
		for (j = 0; j < key.n; j++)
			free(key.w[j]);
	}
}

/* Is word one of the words of the first n phrases of list (any case)? */
static bool
phrases_have_word(const struct phraselist *list, size_t n, const char *word,
    size_t len)
{
	size_t i, k;

	for (i = 0; i < n && i < list->n; i++)
		for (k = 0; k < list->v[i].n; k++)
			if (list->v[i].len[k] == len &&
			    strncasecmp(list->v[i].w[k], word, len) == 0)
				return true;
	return false;
}

/*
 * Do the words of a label name a thing: one of them is a noun the
 * tracker's file counts ("ships", "dockers") or a plural ("arrests",
 * "casualties"; a count is of things). "deployed", "dead", "homeless"
 * and "waiting" name none, so the counted noun is added.
 */
static bool
label_has_noun(const struct tracker *tr, const char *words)
{
	const char *w;
	size_t n;

	for (w = words; *w != '\0'; w += n + (w[n] == ' ')) {
		n = strcspn(w, " ");
		if (n == 0)
			continue;
		/* the nouns the file gives, not WordNet's additions */
		if (phrases_have_word(&tr->nouns, tr->nouns.n -
		    tr->nexpanded, w, n) ||
		    phrases_have_word(&tr->groups, tr->groups.n, w, n))
			return true;
		if (n > 3 && tolower((unsigned char)w[n - 1]) == 's' &&
		    tolower((unsigned char)w[n - 2]) != 's')
			return true;
	}
	return false;
}

/*
 * A plain noun phrase for a measure without a label, from name (its one
 * quantity's, else its own): its words ("ships_waiting" -> "ships
 * waiting"), after the tracker's first counted noun only when they name
 * no thing ("deployed" -> "troops deployed"). Never the tracker's name.
 */
static char *
label_build(const struct tracker *tr, const char *name)
{
	char noun[128], *words = xstrdup(name), *out;
	size_t i, len;

	for (i = 0; words[i] != '\0'; i++)
		if (words[i] == '_')
			words[i] = ' ';
	if (label_has_noun(tr, words) || tr->nouns.n == 0 ||
	    !phrase_text(&tr->nouns.v[0], noun, sizeof(noun)))
		return words;
	len = strlen(noun) + strlen(words) + 2;
	out = xmalloc(len);
	snprintf(out, len, "%s %s", noun, words);
	free(words);
	return out;
}

/* The name a label is built from for quantity q of measure m (NULL for
 * none): the quantity's when it is the measure's only one, else the
 * measure's. */
static const char *
label_name(const struct tracker *tr, size_t q, const struct measure_def *md)
{
	size_t i, n = 0;

	if (md == NULL)
		return tr->q[q].name;
	for (i = 0; i < tr->nq; i++)
		n += tr->measure_of[i] == tr->measure_of[q];
	return n == 1 ? tr->q[q].name : md->name;
}

/*
 * A projection_of must name a [measure]. Naming one of its quantities
 * instead is the easy slip (a measure and its quantity often read
 * alike), so the message then names the measure meant. -1 after the
 * message.
 */
static int
projection_check(const struct tracker *tr, const struct measure_def *md,
    const char *name)
{
	size_t i, q;

	if (md->projection_of == NULL)
		return 0;
	for (i = 0; i < tr->nmeasures; i++)
		if (strcmp(tr->measures[i].name, md->projection_of) == 0)
			return 0;
	for (q = 0; q < tr->nq && strcmp(tr->q[q].name, md->projection_of); q++)
		;
	if (q < tr->nq && tr->measure_of[q] != NO_MEASURE)
		warnx("%s: [measure %s]: projection_of '%s' is a [quantity]; "
		    "name its measure: projection_of = %s", name, md->name,
		    md->projection_of, tr->measures[tr->measure_of[q]].name);
	else
		warnx("%s: [measure %s]: projection_of '%s' names no "
		    "[measure]", name, md->name, md->projection_of);
	return -1;
}

/*
 * Put each quantity a [measure] lists in that measure, then fill the
 * labels and the table summaries take. -1 after one message naming the
 * file: a quantity with no [quantity] section or listed by two
 * measures, or a projection_of naming no measure.
 */
static int
tracker_measures(struct tracker *tr, const struct parse_state *st,
    const char *name)
{
	const struct measure_def *md;
	size_t i, q, m;

	tr->measure_of = xcalloc(tr->nq + 1, sizeof(*tr->measure_of));
	for (q = 0; q < tr->nq; q++)
		tr->measure_of[q] = NO_MEASURE;
	for (i = 0; i < st->nmq; i++) {
		for (q = 0; q < tr->nq && strcmp(tr->q[q].name, st->mq[i]); q++)
			;
		md = &tr->measures[st->mq_of[i]];
		if (q == tr->nq) {
			warnx("%s: [measure %s] lists '%s', which has no "
			    "[quantity] section", name, md->name, st->mq[i]);
			return -1;
		}
		if (tr->measure_of[q] != NO_MEASURE &&
		    tr->measure_of[q] != st->mq_of[i]) {
			warnx("%s: quantity '%s' is in [measure %s] and "
			    "[measure %s]", name, st->mq[i],
			    tr->measures[tr->measure_of[q]].name, md->name);
			return -1;
		}
		tr->measure_of[q] = st->mq_of[i];
	}
	for (m = 0; m < tr->nmeasures; m++)
		if (projection_check(tr, &tr->measures[m], name) == -1)
			return -1;
	tr->qlabels = xcalloc(tr->nq + 1, sizeof(*tr->qlabels));
	tr->qm = xcalloc(tr->nq + 1, sizeof(*tr->qm));
	for (q = 0; q < tr->nq; q++) {
		m = tr->measure_of[q];
		md = m != NO_MEASURE ? &tr->measures[m] : NULL;
		tr->qlabels[q] = md != NULL && md->label != NULL ?
		    xstrdup(md->label) : label_build(tr, label_name(tr, q,
		    md));
		tr->qm[q].quantity = tr->q[q].name;
		tr->qm[q].measure = tracker_measure_name(tr, q);
		tr->qm[q].label = tr->qlabels[q];
		tr->qm[q].projection_of = md != NULL ? md->projection_of : NULL;
	}
	return 0;
}

const char *
tracker_measure_name(const struct tracker *tr, size_t q)
{
	if (tr->measure_of != NULL && tr->measure_of[q] != NO_MEASURE)
		return tr->measures[tr->measure_of[q]].name;
	return tr->q[q].name;
}

/* Auxiliaries between a part's noun and its verb in a trigger ("children
 * have been killed") (sorted). */
static const char *const part_auxiliaries[] = {
	"are", "been", "had", "has", "have", "is", "was", "were"
};

static bool
word_listed(const char *w, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(w, v[i]) == 0)
			return true;
	return false;
}

/* The words of the longest counted noun opening phrase p, or 0. */
static size_t
leading_noun(const struct tracker *tr, const struct phrase *p)
{
	const struct phrase *nn;
	size_t j, k, best = 0;

	for (j = 0; j < tr->nouns.n; j++) {
		nn = &tr->nouns.v[j];
		if (nn->n > p->n || nn->n <= best)
			continue;
		for (k = 0; k < nn->n && strcasecmp(nn->w[k], p->w[k]) == 0;
		    k++)
			;
		if (k == nn->n)
			best = k;
	}
	return best;
}

/* The quantity other than not having words [from, n) of p as a whole
 * trigger; SIZE_MAX when none. */
static size_t
rest_trigger_owner(const struct tracker *tr, const struct phrase *p,
    size_t from, size_t not)
{
	const struct phrase *t;
	size_t i, k;

	for (i = 0; i < tr->triggers.n; i++) {
		t = &tr->triggers.v[i];
		if (t->owner == not || t->n != p->n - from)
			continue;
		for (k = 0; k < t->n && strcasecmp(t->w[k], p->w[from + k]) ==
		    0; k++)
			;
		if (k == t->n)
			return t->owner;
	}
	return SIZE_MAX;
}

/* Add the first k words of p to l, owned by owner, unless there. */
static void
phrase_prefix_push(struct phraselist *l, const struct phrase *p, size_t k,
    size_t owner)
{
	struct phrase head = *p;
	char buf[256];
	size_t j;

	head.n = k;
	if (!phrase_text(&head, buf, sizeof(buf)))
		return;
	for (j = 0; j < l->n; j++)
		if (phrase_same(&l->v[j], &head))
			return;
	(void)phraselist_push(l, buf, strlen(buf), owner);
}

/*
 * Parts counted apart: a quantity with a trigger that is a counted noun
 * and another quantity's trigger ("children killed", "children have been
 * killed") counts that noun's part of the other (its base); its triggers
 * that are counted nouns alone ("boys", "girls") name the part too.
 */
static void
tracker_parts(struct tracker *tr)
{
	const struct phrase *p;
	size_t i, k, m, base;

	for (i = 0; i < tr->nq; i++)
		tr->q[i].base = SIZE_MAX;
	for (i = 0; i < tr->triggers.n; i++) {
		p = &tr->triggers.v[i];
		if ((k = leading_noun(tr, p)) == 0 || k == p->n)
			continue;
		for (m = k; m < p->n && word_listed(p->w[m], part_auxiliaries,
		    NELEM(part_auxiliaries)); m++)
			;
		if (m == p->n || (base = rest_trigger_owner(tr, p, m,
		    p->owner)) == SIZE_MAX || tr->q[base].base != SIZE_MAX)
			continue;
		if (tr->q[p->owner].base == SIZE_MAX)
			tr->q[p->owner].base = base;
		if (tr->q[p->owner].base == base)
			phrase_prefix_push(&tr->subnouns, p, k, p->owner);
	}
	for (i = 0; i < tr->triggers.n; i++) {
		p = &tr->triggers.v[i];
		if (tr->q[p->owner].base != SIZE_MAX &&
		    leading_noun(tr, p) == p->n)
			phrase_prefix_push(&tr->subnouns, p, p->n, p->owner);
	}
}

/* A verb's forms by its past (sorted by past): past, base, third person,
 * present participle, past participle. A verb of flight reads its
 * synonym's forms too: "fled to" is "escaped to". */
static const char *const verb_forms[][5] = {
	{ "brought", "bring", "brings", "bringing", "brought" },
	{ "came", "come", "comes", "coming", "come" },
	{ "died", "die", "dies", "dying", "died" },
	{ "drove", "drive", "drives", "driving", "driven" },
	{ "escaped", "escape", "escapes", "escaping", "escaped" },
	{ "fled", "flee", "flees", "fleeing", "fled" },
	{ "fled", "escape", "escapes", "escaping", "escaped" },
	{ "fought", "fight", "fights", "fighting", "fought" },
	{ "laid", "lay", "lays", "laying", "laid" },
	{ "left", "leave", "leaves", "leaving", "left" },
	{ "lost", "lose", "loses", "losing", "lost" },
	{ "made", "make", "makes", "making", "made" },
	{ "sent", "send", "sends", "sending", "sent" },
	{ "sought", "seek", "seeks", "seeking", "sought" },
	{ "took", "take", "takes", "taking", "taken" },
	{ "went", "go", "goes", "going", "gone" },
};

/* Pasts whose other forms mean another thing ("trying" to cross is no
 * trial) (sorted). */
static const char *const no_forms[] = {
	"being", "held", "tried"
};

#define FORMS_MAX 10

/* Other spellings of a verb w (lower case) into f, as many as fit; their
 * count. A regular past or present participle gives the other
 * participle, and when the verb opens a longer trigger (alone, a regular
 * stem is too often a noun: "rescue", "house") its stem with and without
 * an "e" and third person; a doubled last consonant ("stopped") also
 * gives the single one. */
static size_t
verb_spellings(const char *w, bool alone, char f[FORMS_MAX][64])
{
	size_t i, k, n = 0, len = strlen(w);
	char stem[56];

	if (len < 4 || len >= 48 || word_listed(w, no_forms,
	    NELEM(no_forms)))
		return 0;
	for (i = 0; i < NELEM(verb_forms); i++)
		for (k = 0; k < 5; k++)
			if (strcmp(w, verb_forms[i][k]) == 0) {
				for (k = 0; k < 5 && n < FORMS_MAX; k++)
					snprintf(f[n++], 64, "%s",
					    verb_forms[i][k]);
				break;
			}
	if (n > 0)
		return n;
	if (len > 4 && strcmp(w + len - 3, "ied") == 0) {
		snprintf(stem, sizeof(stem), "%.*s", (int)(len - 3), w);
		snprintf(f[n++], 64, "%sying", stem);
		if (alone)
			return n;
		snprintf(f[n++], 64, "%sy", stem);
		snprintf(f[n++], 64, "%sies", stem);
		return n;
	}
	if (strcmp(w + len - 2, "ed") == 0)
		snprintf(stem, sizeof(stem), "%.*s", (int)(len - 2), w);
	else if (len > 5 && strcmp(w + len - 3, "ing") == 0)
		snprintf(stem, sizeof(stem), "%.*s", (int)(len - 3), w);
	else
		return 0;
	k = strlen(stem);
	snprintf(f[n++], 64, "%sing", stem);
	snprintf(f[n++], 64, "%sed", stem);
	if (alone)
		return n;
	snprintf(f[n++], 64, "%s", stem);
	snprintf(f[n++], 64, "%se", stem);
	snprintf(f[n++], 64, "%ss", stem);
	snprintf(f[n++], 64, "%ses", stem);
	if (k > 2 && stem[k - 1] == stem[k - 2] &&
	    strchr("bdgmnprt", stem[k - 1]) != NULL) {
		snprintf(f[n++], 64, "%.*s", (int)(k - 1), stem);
		snprintf(f[n++], 64, "%.*ss", (int)(k - 1), stem);
	}
	return n;
}

/* Is form i of forms a phrase of triggers or an earlier form (any
 * case)? */
static bool
phraselist_has(const struct phraselist *triggers,
    const struct phraselist *forms, size_t i)
{
	size_t j;

	for (j = 0; j < triggers->n; j++)
		if (phrase_same(&triggers->v[j], &forms->v[i]))
			return true;
	for (j = 0; j < i; j++)
		if (phrase_same(&forms->v[j], &forms->v[i]))
			return true;
	return false;
}

static void
phrase_drop_last(struct phraselist *l)
{
	size_t k;

	l->n--;
	for (k = 0; k < l->v[l->n].n; k++)
		free(l->v[l->n].w[k]);
}

/* The stems of a one-word regular past ("arrived": "arriv", "arrive")
 * into bases, owned by q: read only as verbs, after "to" or a modal. */
static void
verb_bases(struct tracker *tr, const char *w, size_t q)
{
	char stem[56], form[64];
	size_t len = strlen(w), k;

	if (len < 5 || len >= sizeof(stem) || strcmp(w + len - 2, "ed") != 0 ||
	    word_listed(w, no_forms, NELEM(no_forms)))
		return;
	snprintf(stem, sizeof(stem), "%.*s", (int)(len - 2), w);
	for (k = 0; k < 2; k++) {
		snprintf(form, sizeof(form), "%s%s", stem, k ? "e" : "");
		if (phraselist_push(&tr->bases, form, strlen(form), q) == 0 &&
		    phraselist_has(&tr->triggers, &tr->bases,
		    tr->bases.n - 1))
			phrase_drop_last(&tr->bases);
	}
}

/*
 * The other forms of the triggers' verbs: a trigger opening with a verb
 * ("walked off the job", "died", "fled to") is also matched as
 * "walking off the job", "die", "flee to". Only quantity.c reads them:
 * no figure becomes a claim by them.
 */
static void
tracker_forms(struct tracker *tr)
{
	struct phrase *p;
	char f[FORMS_MAX][64], buf[256], word[64];
	size_t i, j, k, nf, at, ntrig = tr->triggers.n;
	int w;

	for (i = 0; i < ntrig; i++) {
		p = &tr->triggers.v[i];
		if (p->cased[0] || p->len[0] >= sizeof(word))
			continue;
		for (k = 0; k < p->len[0]; k++)
			word[k] = (char)tolower((unsigned char)p->w[0][k]);
		word[k] = '\0';
		if (p->n == 1)
			verb_bases(tr, word, p->owner);
		nf = verb_spellings(word, p->n == 1, f);
		for (j = 0; j < nf; j++) {
			if (strcmp(f[j], word) == 0)
				continue;
			at = 0;
			w = snprintf(buf, sizeof(buf), "%s", f[j]);
			for (k = 1; w >= 0 && (size_t)w < sizeof(buf) - at &&
			    k < p->n; k++) {
				at += (size_t)w;
				if (strcmp(p->w[k], "'s") == 0)
					break;
				w = snprintf(buf + at, sizeof(buf) - at,
				    " %s", p->w[k]);
			}
			if (k < p->n || w < 0 || (size_t)w >= sizeof(buf) - at ||
			    phraselist_push(&tr->forms, buf, strlen(buf),
			    p->owner) == -1)
				continue;
			if (phraselist_has(&tr->triggers, &tr->forms,
			    tr->forms.n - 1))
				phrase_drop_last(&tr->forms);
		}
	}
}

/*
 * Keep the [nouns] expand of st for tracker_expand(), when parsed is
 * true and there is one. A tracker whose file counts no noun but
 * expands some is expanded now: its first counted noun comes from
 * WordNet, and its labels name it (label_build()).
 */
static void
pending_take(struct tracker *tr, struct parse_state *st, bool parsed)
{
	if (parsed && st->nexpand > 0 && tr->nouns.n == 0)
		expand_nouns(tr, st->expand, st->nexpand);
	else if (parsed && st->nexpand > 0) {
		tr->pending = xcalloc(1, sizeof(*tr->pending));
		atomic_init(&tr->pending->done, false);
		tr->pending->expand = st->expand;
		tr->pending->nexpand = st->nexpand;
		st->expand = NULL;
		st->nexpand = 0;
	}
	while (st->nexpand > 0)
		free(st->expand[--st->nexpand]);
	free(st->expand);
	st->expand = NULL;
}

static void
pending_free(struct tracker_pending *p)
{
	if (p == NULL)
		return;
	while (p->nexpand > 0)
		free(p->expand[--p->nexpand]);
	free(p->expand);
	free(p);
}

/*
 * The expansion of tracker_expand(), under expand_lock: the nouns and
 * cues WordNet adds, then what is built from the counted nouns again
 * (the parts counted apart, tracker_parts()) and the indexes of the
 * lists that changed, as tracker_parse() built them before.
 */
static void
pending_make(struct tracker *tr)
{
	struct tracker_pending *p = tr->pending;

	expand_nouns(tr, p->expand, p->nexpand);
	while (p->nexpand > 0)
		free(p->expand[--p->nexpand]);
	phraselist_release(&tr->subnouns);
	tracker_parts(tr);
	phraselist_unindex(&tr->nouns);
	phraselist_unindex(&tr->cues);
	phraselist_index(&tr->nouns);
	phraselist_index(&tr->cues);
	phraselist_index(&tr->subnouns);
}

void
tracker_expand(const struct tracker *ctr)
{
	/* the one change to a parsed tracker, made once (tracker.h) */
	struct tracker *tr = (struct tracker *)ctr;
	struct tracker_pending *p = tr->pending;

	if (p == NULL || atomic_load_explicit(&p->done, memory_order_acquire))
		return;
	pthread_mutex_lock(&expand_lock);
	if (!atomic_load_explicit(&p->done, memory_order_relaxed)) {
		pending_make(tr);
		atomic_store_explicit(&p->done, true, memory_order_release);
	}
	pthread_mutex_unlock(&expand_lock);
}

/* Push form f (a phrase) owned by q unless a trigger or an earlier
 * form already reads so. */
static void
form_push(struct tracker *tr, const char *f, size_t q)
{
	if (phraselist_push(&tr->forms, f, strlen(f), q) == 0 &&
	    phraselist_has(&tr->triggers, &tr->forms, tr->forms.n - 1))
		phrase_drop_last(&tr->forms);
}

/* Adverbs that make a phrasal verb one noun: "walk out" is a
 * "walkout", "turn out" a "turnout", "shut down" a "shutdown" (sorted). */
static const char *const particles[] = {
	"down", "off", "out", "over", "up"
};

/* Is w (lower case) a word of letters only, of at least min letters? */
static bool
letters_only(const char *w, size_t min)
{
	size_t k;

	for (k = 0; w[k] != '\0'; k++)
		if (!islower((unsigned char)w[k]))
			return false;
	return k >= min && k < 48;
}

/* The other number of noun w into out: "order" "orders", "sanctions"
 * "sanction", "casualty" "casualties"; false when none is made. */
static bool
noun_number(const char *w, char out[64])
{
	size_t len = strlen(w);

	if (len > 4 && strcmp(w + len - 3, "ies") == 0)
		snprintf(out, 64, "%.*sy", (int)(len - 3), w);
	else if (len > 4 && w[len - 1] == 's' && w[len - 2] != 's' &&
	    w[len - 2] != 'u' && w[len - 2] != 'i')
		snprintf(out, 64, "%.*s", (int)(len - 1), w);
	else if (w[len - 1] == 's' || w[len - 1] == 'x' ||
	    (len > 2 && w[len - 1] == 'h' && strchr("cs", w[len - 2])))
		snprintf(out, 64, "%ses", w);
	else if (len > 2 && w[len - 1] == 'y' &&
	    strchr("aeiou", w[len - 2]) == NULL)
		snprintf(out, 64, "%.*sies", (int)(len - 1), w);
	else
		snprintf(out, 64, "%ss", w);
	return true;
}

/* The forms of a regular verb stem: "resign", "resigns", "resigned",
 * "resigning", each followed by rest ("" or " out"). */
static void
stem_verb_forms(struct tracker *tr, const char *stem, const char *rest,
    size_t q)
{
	static const char *const ends[] = { "", "s", "ed", "ing" };
	char buf[160];
	size_t k;

	for (k = 0; k < NELEM(ends); k++) {
		snprintf(buf, sizeof(buf), "%s%s%s", stem, ends[k], rest);
		form_push(tr, buf, q);
	}
}

/*
 * The derivations of the triggers a user wrote, as the articles vary
 * them: a noun trigger's other number ("back-to-work order" is also
 * "back-to-work orders", "resignations" "resignation"); a verb and its
 * noun in "-ation"/"-ion" ("resigned" and "resignations", "evacuations"
 * and "evacuated"); a phrasal verb and its compound noun ("walked out"
 * and "walkout", "turnout" and "turned out"). Forms that are no English
 * word never match; like the verb forms, only quantity.c reads them.
 */
static void
tracker_derivations(struct tracker *tr)
{
	const struct phrase *p;
	char w[64], last[64], alt[64], stem[64], rest[16], buf[256];
	size_t i, k, len, at, ntrig = tr->triggers.n;
	size_t q;

	for (i = 0; i < ntrig; i++) {
		p = &tr->triggers.v[i];
		q = p->owner;
		if (p->cased[p->n - 1] || p->len[p->n - 1] >= sizeof(last))
			continue;
		for (k = 0; k < p->len[p->n - 1]; k++)
			last[k] = (char)tolower(
			    (unsigned char)p->w[p->n - 1][k]);
		last[k] = '\0';
		if (p->n >= 2 && letters_only(last, 4) &&
		    !word_listed(last, particles, NELEM(particles)) &&
		    noun_number(last, alt)) {
			for (k = 0, at = 0; k + 1 < p->n && at < 150; k++)
				at += (size_t)snprintf(buf + at,
				    sizeof(buf) - at, "%s ", p->w[k]);
			if (at < 150) {
				snprintf(buf + at, sizeof(buf) - at, "%s",
				    alt);
				form_push(tr, buf, q);
			}
		}
		if (p->n == 2 && word_listed(last, particles,
		    NELEM(particles)) &&
		    p->len[0] < 48) {
			/* "walked out": "walkout", "walkouts" */
			for (k = 0; k < p->len[0]; k++)
				w[k] = (char)tolower(
				    (unsigned char)p->w[0][k]);
			w[k] = '\0';
			len = k;
			if (len < 5 || !letters_only(w, 5) ||
			    strcmp(w + len - 2, "ed") != 0)
				continue;
			snprintf(buf, sizeof(buf), "%.*s%s", (int)(len - 2),
			    w, last);
			form_push(tr, buf, q);
			snprintf(buf, sizeof(buf), "%.*s%ss", (int)(len - 2),
			    w, last);
			form_push(tr, buf, q);
			continue;
		}
		if (p->n != 1 || !letters_only(last, 5))
			continue;
		len = strlen(last);
		for (k = 0; k < NELEM(particles); k++) {
			/* "walkouts": "walked out", "walk out" */
			size_t pl = strlen(particles[k]), e = len;

			if (e > pl + 1 && last[e - 1] == 's')
				e--;
			if (e < pl + 3 || strncmp(last + e - pl,
			    particles[k], pl) != 0)
				continue;
			snprintf(stem, sizeof(stem), "%.*s", (int)(e - pl),
			    last);
			snprintf(rest, sizeof(rest), " %s", particles[k]);
			stem_verb_forms(tr, stem, rest, q);
			break;
		}
		if (strcmp(last + len - 2, "ed") == 0 && len >= 6) {
			/* "resigned": "resignation(s)"; "evacuated":
			 * "evacuation(s)" */
			snprintf(stem, sizeof(stem), "%.*s", (int)(len - 2),
			    last);
			if (strcmp(stem + strlen(stem) - 2, "at") == 0)
				snprintf(buf, sizeof(buf), "%sion", stem);
			else
				snprintf(buf, sizeof(buf), "%sation", stem);
			form_push(tr, buf, q);
			strncat(buf, "s", sizeof(buf) - strlen(buf) - 1);
			form_push(tr, buf, q);
			continue;
		}
		at = len;
		if (last[at - 1] == 's')
			at--;
		if (at > 8 && strncmp(last + at - 5, "ation", 5) == 0) {
			/* "resignations": "resign", "resigned" */
			snprintf(stem, sizeof(stem), "%.*s", (int)(at - 5),
			    last);
			stem_verb_forms(tr, stem, "", q);
			/* "evacuations": "evacuate", "evacuated" */
			snprintf(stem, sizeof(stem), "%.*s", (int)(at - 3),
			    last);
			snprintf(buf, sizeof(buf), "%se", stem);
			form_push(tr, buf, q);
			snprintf(buf, sizeof(buf), "%sed", stem);
			form_push(tr, buf, q);
		}
		if (len >= 6 && last[len - 1] == 's' && noun_number(last, alt))
			form_push(tr, alt, q);	/* "sanctions": "sanction" */
	}
}

/* Checks after parsing; a message names the file only. */
static int
tracker_check(const struct tracker *tr, const char *name)
{
	if (tr->nouns.n == 0) {
		warnx("%s: tracker has no counted nouns ([nouns] counted)",
		    name);
		return -1;
	}
	if (tr->nq == 0) {
		warnx("%s: tracker has no [quantity NAME] section", name);
		return -1;
	}
	return 0;
}

struct tracker *
tracker_parse(const char *s, const char *name)
{
	struct parse_state st;
	struct tracker *tr;
	int line;

	if ((line = long_line(s)) > 0) {
		warnx("%s:%d: line longer than %d bytes (continue it on an "
		    "indented line)", name, line, TRACKER_LINE_MAX);
		return NULL;
	}
	memset(&st, 0, sizeof(st));
	st.tr = tr = xcalloc(1, sizeof(*tr));
	st.q = -1;
	st.m = -1;
	phraselist_add(&st, &tr->outlets, builtin_outlets, 0);
	line = ini_parse_string(s, on_entry, &st);
	pending_take(tr, &st, line == 0);
	if (line == 0 &&
	    tracker_measures(tr, &st, name) == -1)
		line = -2;
	while (st.nmq > 0)
		free(st.mq[--st.nmq]);
	free(st.mq);
	free(st.mq_of);
	if (line == -2) {
		tracker_free(tr);
		return NULL;
	}
	if (line != 0) {
		if (line > 0)
			warnx("%s:%d: %s", name, line,
			    st.err[0] ? st.err : "not a 'key = value' line");
		else
			warnx("%s: cannot parse tracker", name);
		tracker_free(tr);
		return NULL;
	}
	if (tracker_check(tr, name) == -1) {
		tracker_free(tr);
		return NULL;
	}
	tracker_parts(tr);
	tracker_forms(tr);
	tracker_derivations(tr);
	tracker_demonyms(tr);
	tracker_home(tr);
	tracker_places(tr);
	tracker_index(tr);
	if (tr->subject == NULL)
		tr->subject = xstrdup("");
	if (tr->name == NULL)
		tr->name = xstrdup(name);
	return tr;
}

struct tracker *
tracker_load(const char *path)
{
	struct tracker *tr;
	size_t len;
	char *s;

	if ((s = config_read(path, TRACKER_FILE_MAX, &len)) == NULL)
		return NULL;
	if (strlen(s) != len) {
		warnx("%s:1: tracker is not a text file", path);
		free(s);
		return NULL;
	}
	tr = tracker_parse(s, path);
	free(s);
	return tr;
}

struct tracker *
tracker_default(void)
{
	struct tracker *tr = tracker_parse(tracker_default_text(),
	    "default tracker");

	if (tr == NULL)
		errx(EXIT_FATAL, "the built-in tracker does not parse");
	return tr;
}

void
tracker_free(struct tracker *tr)
{
	size_t i;

	if (tr == NULL)
		return;
	free(tr->name);
	free(tr->subject);
	for (i = 0; i < tr->nhomes; i++)
		free(tr->homes[i]);
	free(tr->homes);
	phraselist_release(&tr->nouns);
	phraselist_release(&tr->groups);
	phraselist_release(&tr->cues);
	phraselist_release(&tr->triggers);
	phraselist_release(&tr->qnouns);
	phraselist_release(&tr->subnouns);
	phraselist_release(&tr->forms);
	phraselist_release(&tr->bases);
	phraselist_release(&tr->aliases);
	phraselist_release(&tr->demonyms);
	phraselist_release(&tr->homenames);
	phraselist_release(&tr->govplaces);
	phraselist_release(&tr->outlets);
	pending_free(tr->pending);
	for (i = 0; i < tr->nq; i++)
		free(tr->q[i].name);
	free(tr->q);
	for (i = 0; i < tr->nsources; i++)
		free(tr->sources[i]);
	free(tr->sources);
	for (i = 0; i < tr->nmeasures; i++) {
		free(tr->measures[i].name);
		free(tr->measures[i].label);
		free(tr->measures[i].projection_of);
	}
	free(tr->measures);
	free(tr->measure_of);
	for (i = 0; tr->qlabels != NULL && i < tr->nq; i++)
		free(tr->qlabels[i]);
	free(tr->qlabels);
	free(tr->qm);
	free(tr);
}

static bool
word_match(const struct phrase *p, size_t k, const char *text,
    const struct token *t)
{
	size_t n = p->len[k];

	if (t->kind == TOK_POSS)
		return strcmp(p->w[k], "'s") == 0;
	if (t->len != n || (text[t->off] | 0x20) != (p->w[k][0] | 0x20))
		return false;
	if (p->cased[k])
		return memcmp(text + t->off, p->w[k], n) == 0;
	return strncasecmp(text + t->off, p->w[k], n) == 0;
}

/* Does phrase j of l match at t[i..n)? Its length, or 0. */
static size_t
phrase_at(const struct phraselist *l, size_t j, const char *text,
    const struct token *t, size_t i, size_t n)
{
	const struct phrase *p = &l->v[j];
	size_t k;

	if (i + p->n > n)
		return 0;
	for (k = 0; k < p->n; k++)
		if (!word_match(p, k, text, &t[i + k]))
			return 0;
	return p->n;
}

size_t
phrase_match_bucket(const struct phraselist *l, const char *text,
    const struct token *t, size_t i, size_t n, size_t *which)
{
	size_t best = 0, j, len;
	bool poss;

	if (i >= n)
		return 0;
	if (l->head == NULL) {
		for (j = 0; j < l->n; j++)
			if ((len = phrase_at(l, j, text, t, i, n)) > best) {
				best = len;
				if (which != NULL)
					*which = j;
			}
		return best;
	}
	poss = t[i].kind == TOK_POSS;
	j = l->head[phrase_bucket(l, t[i].h, poss)];
	/* a word equal to a phrase's first word (in any case, where the
	   phrase allows it) has its hash: the others of the bucket are
	   passed over unread */
	for (; j != 0; j = l->next[j - 1])
		if ((poss || l->hashes[j - 1] == t[i].h) &&
		    (len = phrase_at(l, j - 1, text, t, i, n)) > best) {
			best = len;
			if (which != NULL)
				*which = j - 1;
		}
	return best;
}
