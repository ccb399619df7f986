/*
 * wordnet.c - see wordnet.h. Only the WordNet library reads WordNet's
 * files: wninit() opens them, findtheinfo_ds() follows hypernyms,
 * read_synset() gives a synset with its hyponym pointers, morphstr()
 * checks an irregular plural against the exception list and rules.
 */
#include <ctype.h>
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <wn.h>

#include "util.h"
#include "wordnet.h"

/* Bytes of one lemma or form, as WordNet's own word buffer. */
#define FORM_MAX WORDBUF

static int	 wn_state;	/* 0 not tried, 1 open, -1 data missing */
static long	 person_off;	/* data.noun offset of person.n.01 */
static GHashTable *given;	/* forms given since wordnet_forms_reset() */

/* The library reports its errors through this hook; we report once. */
static int
wn_quiet(char *msg)
{
	(void)msg;
	return -1;
}

/* WordNet's spelling of a phrase: lower case, '_' between words. */
static void
wn_spelling(char *dst, const char *src)
{
	size_t i;

	for (i = 0; src[i] != '\0' && i < FORM_MAX - 1; i++)
		dst[i] = src[i] == ' ' ? '_' : (char)tolower((unsigned char)src[i]);
	dst[i] = '\0';
}

bool
wordnet_open(void)
{
	char w[] = "person";
	IndexPtr idx;
	char *p = w;

	if (wn_state != 0)
		return wn_state == 1;
	display_message = wn_quiet;
	wn_state = -1;
	if (wninit() == 0) {
		while ((idx = getindex(p, NOUN)) != NULL) {
			if (p != NULL && idx->off_cnt > 0) {
				person_off = (long)idx->offset[0];
				wn_state = 1;
			}
			p = NULL;
			free_index(idx);
		}
	}
	if (wn_state == -1)
		warnx("WordNet data not found (Debian package wordnet-base, or "
		    "set WNSEARCHDIR): [nouns] expand adds no nouns");
	return wn_state == 1;
}

void
wordnet_forms_reset(void)
{
	if (given != NULL)
		g_hash_table_destroy(given);
	given = NULL;
}

/* Give form to add() unless it was given already; 1 if given. */
static size_t
give(const char *form, wordnet_add_fn *add, void *arg)
{
	if (given == NULL)
		given = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
		    NULL);
	if (g_hash_table_contains(given, form))
		return 0;
	g_hash_table_add(given, g_strdup(form));
	add(arg, form);
	return 1;
}

/* Free what findtheinfo_ds() returned: senses, other spellings, trees. */
static void
syns_free(SynsetPtr s)
{
	SynsetPtr next, form;

	while (s != NULL) {
		next = s->nextss;
		form = s->nextform;
		free_synset(s);
		syns_free(form);
		s = next;
	}
}

/* Does the hypernym tree t (findtheinfo_ds, -HYPERPTR) reach off? */
static bool
tree_reaches(SynsetPtr t, long off)
{
	for (; t != NULL; t = t->nextss)
		if (t->hereiam == off || tree_reaches(t->ptrlist, off))
			return true;
	return false;
}

/*
 * The noun senses of phrase that are person.n.01 or below it, into
 * offs (at most max); with cased, only senses spelled with phrase's
 * capitals ("North Korean", not "north korean"). Returns the count.
 */
static size_t
person_senses(const char *phrase, bool cased, long *offs, size_t max)
{
	char w[FORM_MAX], spelled[FORM_MAX];
	SynsetPtr res, s, f;
	size_t n = 0;
	int i;

	wn_spelling(w, phrase);
	snprintf(spelled, sizeof(spelled), "%s", phrase);
	for (i = 0; spelled[i] != '\0'; i++)
		if (spelled[i] == ' ')
			spelled[i] = '_';
	res = findtheinfo_ds(w, NOUN, -HYPERPTR, ALLSENSES);
	for (f = res; f != NULL; f = f->nextform)
		for (s = f; s != NULL && n < max; s = s->nextss) {
			if (s->hereiam != person_off &&
			    !tree_reaches(s->ptrlist, person_off))
				continue;
			if (cased) {
				for (i = 0; i < s->wcount; i++)
					if (strcmp(s->words[i], spelled) == 0)
						break;
				if (i == s->wcount)
					continue;
			}
			offs[n++] = s->hereiam;
		}
	syns_free(res);
	return n;
}

/* An irregular ending WordNet's morphology may confirm. */
struct irregular {
	const char *sing;	/* ending of the lemma */
	const char *plur;	/* ending of the plural */
	bool	 regular_too;	/* the regular plural is English as well */
};

static const struct irregular irregulars[] = {
	{ "man", "men", false },	/* a rule of WordNet's (not "humen") */
	{ "child", "children", false },
	{ "foot", "feet", false },
	{ "tooth", "teeth", false },
	{ "goose", "geese", false },
	{ "ouse", "ice", false },
	{ "us", "i", false },
	{ "um", "a", false },
	{ "on", "a", false },
	{ "is", "es", false },
	{ "a", "ae", true },
	{ "ex", "ices", true },
	{ "ix", "ices", true },
	{ "fe", "ves", false },
	{ "f", "ves", false },
	{ "o", "oes", true },		/* "commandoes", "commandos" */
	{ "eau", "eaux", true },
};

static bool
ends_with(const char *s, size_t n, const char *end)
{
	size_t e = strlen(end);

	return n >= e && memcmp(s + n - e, end, e) == 0;
}

/*
 * Does WordNet's morphology turn form back into lemma? Only the head's
 * last word is asked ("enlisted women": "women" -> "woman"): a phrase
 * costs morphstr() a lookup per word and per split.
 */
static bool
morph_confirms(const char *form, const char *lemma, size_t n)
{
	char f[FORM_MAX], l[FORM_MAX];
	size_t a = n, fn;
	char *b;

	while (a > 0 && lemma[a - 1] != ' ' && lemma[a - 1] != '-')
		a--;
	fn = strlen(form) - (strlen(lemma) - n);	/* end of form's head */
	snprintf(l, sizeof(l), "%.*s", (int)(n - a), lemma + a);
	snprintf(f, sizeof(f), "%.*s", (int)(fn - a), form + a);
	wn_spelling(f, f);
	wn_spelling(l, l);
	for (b = morphstr(f, NOUN); b != NULL; b = morphstr(NULL, NOUN))
		if (strcmp(b, l) == 0)
			return true;
	return false;
}

/* The regular plural of lemma[0..n) into buf: -es, -ies or -s; the
 * caller leaves room for the ending (n + 4 bytes). */
static void
plural_regular(char *buf, const char *lemma, size_t n)
{
	const char *end = "s";

	if (ends_with(lemma, n, "s") || ends_with(lemma, n, "x") ||
	    ends_with(lemma, n, "z") || ends_with(lemma, n, "ch") ||
	    ends_with(lemma, n, "sh"))
		end = "es";
	else if (n >= 2 && lemma[n - 1] == 'y' &&
	    strchr("aeiou", lemma[n - 2]) == NULL) {
		n--;
		end = "ies";
	}
	memcpy(buf, lemma, n);
	memcpy(buf + n, end, strlen(end) + 1);
}

/* Nouns in -man whose plural is regular. */
static const char *const man_regular[] = { "human", "shaman", NULL };

/* Where the head of lemma ends: before " of ", " in ", "-at-" ...
 * ("chief of staff", "man-at-arms"), else at its end. */
static size_t
head_end(const char *lemma)
{
	static const char *const links[] = {
		" of ", " in ", " at ", "-at-", "-in-", "-of-", "-de-", NULL
	};
	const char *p;
	size_t i;

	for (i = 0; links[i] != NULL; i++)
		if ((p = strstr(lemma, links[i])) != NULL)
			return (size_t)(p - lemma);
	return strlen(lemma);
}

/* Is the irregular ending ir the plural of the head lemma[0..n)? */
static bool
irregular_fits(const struct irregular *ir, const char *lemma, size_t n,
    char *buf, size_t size)
{
	size_t i;

	if (!ends_with(lemma, n, ir->sing))
		return false;
	for (i = 0; strcmp(ir->sing, "man") == 0 && man_regular[i]; i++)
		if (ends_with(lemma, n, man_regular[i]))
			return false;
	snprintf(buf, size, "%.*s%s%s", (int)(n - strlen(ir->sing)), lemma,
	    ir->plur, lemma + n);
	if (strcmp(ir->sing, "man") == 0)
		return true;	/* WordNet's own rule: no need to ask */
	return morph_confirms(buf, lemma, n);
}

size_t
wordnet_plurals(const char *lemma, wordnet_add_fn *add, void *arg)
{
	char buf[FORM_MAX];
	size_t n = strlen(lemma), i, given_n = 0;
	bool regular = true;

	if (n == 0 || n + 8 >= FORM_MAX)
		return 0;
	n = head_end(lemma);
	for (i = 0; wn_state == 1 && i < sizeof(irregulars) /
	    sizeof(*irregulars); i++) {
		if (!irregular_fits(&irregulars[i], lemma, n, buf,
		    sizeof(buf)))
			continue;
		given_n += give(buf, add, arg);
		regular = irregulars[i].regular_too;
		break;
	}
	if (regular) {
		plural_regular(buf, lemma, n);
		strcat(buf, lemma + n);	/* fits: strlen(lemma) + 8 < FORM_MAX */
		given_n += give(buf, add, arg);
	}
	return given_n;
}

/* Is lemma (spaces between words) one a tracker can count by? */
static bool
lemma_usable(const char *lemma, size_t maxwords)
{
	size_t words = 1;
	const char *p;

	for (p = lemma; *p != '\0'; p++) {
		if (*p == ' ')
			words++;
		else if (!islower((unsigned char)*p) && *p != '-' &&
		    *p != '\'')
			return false;	/* names, initials, digits */
	}
	return words <= maxwords;
}

/* Give the usable lemmas of synset s and their plurals. */
static size_t
synset_give(SynsetPtr s, size_t maxwords, wordnet_add_fn *add, void *arg)
{
	char lemma[FORM_MAX];
	size_t n = 0, i;
	int w;

	for (w = 0; w < s->wcount; w++) {
		snprintf(lemma, sizeof(lemma), "%s", s->words[w]);
		for (i = 0; lemma[i] != '\0'; i++)
			if (lemma[i] == '_')
				lemma[i] = ' ';
		if (!lemma_usable(lemma, maxwords))
			continue;
		n += give(lemma, add, arg);
		n += wordnet_plurals(lemma, add, arg);
	}
	return n;
}

size_t
wordnet_kinds(const char *noun, size_t maxwords, size_t max,
    wordnet_add_fn *add, void *arg)
{
	long offs[MAXSENSE];
	GArray *queue;
	GHashTable *seen;
	SynsetPtr s;
	size_t n = 0, head, k;
	long off;
	int i;

	if (!wordnet_open())
		return 0;
	k = person_senses(noun, false, offs, MAXSENSE);
	queue = g_array_new(FALSE, FALSE, sizeof(long));
	seen = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (head = 0; head < k; head++) {
		g_array_append_val(queue, offs[head]);
		g_hash_table_add(seen, GSIZE_TO_POINTER((gsize)offs[head]));
	}
	/* Breadth first, so a cap keeps the general kinds. */
	for (head = 0; head < queue->len && n < max; head++) {
		off = g_array_index(queue, long, head);
		if ((s = read_synset(NOUN, off, "")) == NULL)
			continue;
		n += synset_give(s, maxwords, add, arg);
		for (i = 0; i < s->ptrcount; i++) {
			if (s->ptrtyp[i] != HYPOPTR || s->ppos[i] != NOUN ||
			    g_hash_table_contains(seen,
			    GSIZE_TO_POINTER((gsize)s->ptroff[i])))
				continue;
			g_hash_table_add(seen,
			    GSIZE_TO_POINTER((gsize)s->ptroff[i]));
			g_array_append_val(queue, s->ptroff[i]);
		}
		free_synset(s);
	}
	g_array_free(queue, TRUE);
	g_hash_table_destroy(seen);
	return n;
}

bool
wordnet_demonym(const char *phrase, wordnet_add_fn *add, void *arg)
{
	long off;

	if (!isupper((unsigned char)phrase[0]) || strlen(phrase) >= FORM_MAX ||
	    strchr(phrase, '\'') != NULL || !wordnet_open())
		return false;
	if (person_senses(phrase, true, &off, 1) == 0)
		return false;
	wordnet_plurals(phrase, add, arg);
	return true;
}

/*
 * The adjectives that name a place's people or things ("Ugandan",
 * "South Korean"): each capitalised adjective lemma with a pertainym
 * pointer to a noun synset, kept under that synset's data.noun offset.
 * Read once per process from data.adj, on first use; empty when
 * WordNet's data is missing.
 */
static GHashTable *pertainyms;

/* Keep adjective adj (WordNet's spelling: '_' between words, maybe a
 * marker "(a)") under the noun synset at off. */
static void
pert_keep(const char *adj, long off)
{
	char a[FORM_MAX];
	GPtrArray *v;
	gint64 *key;
	size_t i;

	for (i = 0; adj[i] != '\0' && adj[i] != '(' && i < FORM_MAX - 1; i++)
		a[i] = adj[i] == '_' ? ' ' : adj[i];
	a[i] = '\0';
	if ((v = g_hash_table_lookup(pertainyms, &(gint64){ off })) == NULL) {
		key = g_new(gint64, 1);
		*key = off;
		v = g_ptr_array_new_with_free_func(g_free);
		g_hash_table_insert(pertainyms, key, v);
	}
	for (i = 0; i < v->len; i++)
		if (strcmp(g_ptr_array_index(v, i), a) == 0)
			return;
	g_ptr_array_add(v, g_strdup(a));
}

/* Read one data.adj line: the pertainyms of its capitalised lemmas. */
static void
pert_line(char *line)
{
	char *words[64], *save, *tok, *sym, *offs, *pos, *st;
	unsigned long nw, np, i, j, which;

	if (line[0] == ' ' || strstr(line, " \\ ") == NULL)
		return;		/* the licence at the top; no pertainym */
	if (strtok_r(line, " ", &save) == NULL ||
	    strtok_r(NULL, " ", &save) == NULL ||
	    strtok_r(NULL, " ", &save) == NULL ||
	    (tok = strtok_r(NULL, " ", &save)) == NULL)
		return;
	nw = strtoul(tok, NULL, 16);
	if (nw == 0 || nw > 64)
		return;
	for (i = 0; i < nw; i++)
		if ((words[i] = strtok_r(NULL, " ", &save)) == NULL ||
		    strtok_r(NULL, " ", &save) == NULL)
			return;
	if ((tok = strtok_r(NULL, " ", &save)) == NULL)
		return;
	np = strtoul(tok, NULL, 10);
	for (j = 0; j < np; j++) {
		if ((sym = strtok_r(NULL, " ", &save)) == NULL ||
		    (offs = strtok_r(NULL, " ", &save)) == NULL ||
		    (pos = strtok_r(NULL, " ", &save)) == NULL ||
		    (st = strtok_r(NULL, " ", &save)) == NULL)
			return;
		if (strcmp(sym, "\\") != 0 || pos[0] != 'n')
			continue;
		which = strtoul(st, NULL, 16) >> 8;	/* source word, 0: all */
		for (i = 0; i < nw; i++)
			if ((which == 0 || which == i + 1) &&
			    isupper((unsigned char)words[i][0]))
				pert_keep(words[i], strtol(offs, NULL, 10));
	}
}

static void
pert_build(void)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f;

	pertainyms = g_hash_table_new_full(g_int64_hash, g_int64_equal,
	    g_free, (GDestroyNotify)g_ptr_array_unref);
	if ((f = datafps[ADJ]) == NULL || fseek(f, 0, SEEK_SET) != 0)
		return;
	while (getline(&line, &cap, f) != -1)
		pert_line(line);
	free(line);
}

size_t
wordnet_pertainyms(const char *noun, wordnet_add_fn *add, void *arg)
{
	char w[FORM_MAX];
	IndexPtr idx;
	GPtrArray *v;
	size_t n = 0, i;
	char *p = w;
	int s;

	if (strlen(noun) >= FORM_MAX || strchr(noun, '\'') != NULL ||
	    !wordnet_open())
		return 0;
	if (pertainyms == NULL)
		pert_build();
	wn_spelling(w, noun);
	while ((idx = getindex(p, NOUN)) != NULL) {
		p = NULL;
		for (s = 0; s < idx->off_cnt; s++) {
			v = g_hash_table_lookup(pertainyms,
			    &(gint64){ (gint64)idx->offset[s] });
			for (i = 0; v != NULL && i < v->len; i++, n++)
				add(arg, g_ptr_array_index(v, i));
		}
		free_index(idx);
	}
	return n;
}
