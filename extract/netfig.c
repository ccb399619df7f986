/*
 * netfig.c - see netfig.h.
 */
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "netfig.h"
#include "reread.h"
#include "tracker.h"
#include "util.h"


#define NET_BEFORE 10	/* tokens searched before the figure */
#define NET_AFTER 8	/* and after it */

/*
 * Words that may follow a count whose noun is left out, in its clause:
 * conjunctions, prepositions, auxiliaries, adverbs of time and addition
 * (sorted).
 */
static const char *const follow_words[] = {
	"about", "according", "across", "after", "against", "ago", "all",
	"along", "also", "altogether", "amid", "among", "and", "are", "around", "as",
	"at", "before", "being", "between", "but", "by", "could", "did",
	"due", "during", "each", "earlier", "following", "for", "from", "had",
	"has", "have", "in", "including", "inside", "into", "is", "last",
	"later", "may", "might", "more", "nationwide", "near", "now", "of",
	"on", "or", "out", "over", "overall", "overnight",
	"respectively", "since", "so", "still", "that", "the", "their",
	"there", "this", "through", "throughout", "till", "to", "today",
	"total", "until", "up", "was", "were", "when", "where", "which",
	"while", "who", "will", "with", "within", "would", "yesterday",
	NULL
};

/*
 * Nouns after a figure that measure rather than count people: time,
 * distance, area, weight, "times", score words (sorted).
 */
static const char *const unit_words[] = {
	"acres", "am", "bn", "centimetres", "cm", "days", "decades",
	"degrees", "feet", "ft", "gmt", "hectares", "hour", "hours", "hrs",
	"inches", "kg", "kilograms", "kilometers", "kilometres", "km",
	"kph", "lbs", "m", "meters", "metres", "mi", "miles", "mins",
	"minutes", "mm", "months", "mph", "nights", "o'clock", "pm", "points",
	"pounds", "seconds", "sq", "square", "tonnes", "tons", "utc",
	"weeks", "years", NULL
};

/*
 * Words before a figure that make it a label, rank or index rather than
 * a count: "No. 5", "Route 9", "round six", "ranked 3" (sorted).
 */
static const char *const index_words[] = {
	"act", "apollo", "article", "bus", "category", "chapter", "class",
	"code", "day", "episode", "exit", "flight", "gate", "grade",
	"highway", "interstate", "level", "line", "magnitude", "no",
	"number", "page", "paragraph", "phase", "platform", "rank",
	"ranked", "resolution", "road", "room", "round", "route", "season",
	"section", "stage", "terminal", "unit", "volume", "ward", "week",
	NULL
};

/* Nouns after a figure that name it as a count: "the 50,000 figure",
 * "a conservative 240,000 estimate" (sorted). */
static const char *const count_nouns[] = {
	"count", "estimate", "estimates", "figure", "figures", "tally",
	"total", NULL
};

/* Nouns of a count of events, before "of" and what they are: "32
 * cases of abduction", "627 instances of arrest" (sorted). */
static const char *const case_nouns[] = {
	"cases", "counts", "incidents", "instances", NULL
};

/* Verbs of expectation: "expected N to arrive" is a projection, whose
 * kind the net cannot read (sorted). */
static const char *const expect_verbs[] = {
	"anticipated", "anticipates", "expect", "expected", "expecting",
	"expects", "forecast", "forecasts", "predict", "predicted",
	"predicting", "predicts", "projected", "projects", NULL
};

/*
 * Plural nouns for people in general English: a figure before one counts
 * people, whom the tracker's triggers then say what befell ("44 health
 * workers had been killed", "14 officers were hurt") (sorted).
 */
static const char *const person_nouns[] = {
	"activists", "adults", "agents", "asylum-seekers", "boys",
	"casualties", "children", "citizens", "civilians",
	"demonstrators", "detainees", "doctors", "elderly", "employees",
	"engineers", "farmers", "females", "fighters", "firefighters",
	"firemen", "forces", "girls", "guards", "hostages",
	"individuals", "inhabitants", "inmates", "journalists", "kids",
	"laborers", "labourers", "males", "medics", "members", "men",
	"migrants", "minors", "nationals", "nurses", "officers",
	"officials", "paramedics", "passengers",
	"patients", "people", "personnel", "persons", "photographers",
	"pilgrims", "police",
	"policemen", "prisoners", "protesters", "pupils", "refugees",
	"reporters", "rescuers", "residents", "servicemen", "soldiers",
	"staff", "students", "survivors", "teenagers", "tourists",
	"troops", "victims", "villagers", "visitors", "volunteers",
	"women", "workers", "youths", NULL
};

/* Groups whose own size follows "of": "a family of five" (sorted). */
static const char *const group_of[] = {
	"convoy", "crew", "family", "group", "household", "party", "team",
	NULL
};

/* Words of age before a figure: "aged 20", "between the ages of 11 and
 * 17" (sorted). */
static const char *const age_words[] = {
	"age", "aged", "ages", NULL
};

/* Words of addition between a figure and what it counts: "38 more
 * plants" (sorted). */
static const char *const more_words[] = {
	"additional", "extra", "further", "more", "new", "other", NULL
};

/* Prepositions of place: "in nine shelters" counts places (sorted). */
static const char *const place_preps[] = {
	"across", "at", "in", "inside", "into", "near", "within", NULL
};

/* Determiners between "of" and the counted noun (sorted). */
static const char *const of_dets[] = {
	"its", "the", "their", NULL
};

/* Words that open another clause: the noun beyond counts another
 * figure (sorted). */
static const char *const clause_words[] = {
	"although", "because", "but", "though", "whereas", "while", NULL
};

/* Words after "of" that name the counted ones already named (sorted). */
static const char *const of_them[] = {
	"them", "these", "those", "whom", NULL
};

static bool
clause_end(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	if (t->kind == TOK_PUNCT)
		return t->ch == '.' || t->ch == ';' || t->ch == ':' ||
		    t->ch == '?' || t->ch == '!';
	return tok_in_sorted(c->text, t, clause_words, NWORDS(clause_words));
}

/* A tracker noun, quantity noun or trigger at token k: its length, and
 * the quantity it names (or -1). */
static size_t
tracker_word_at(struct ctx *c, size_t k, long *q)
{
	const struct tracker *tr = c->tr;
	size_t len, which;

	*q = -1;
	if (c->tok[k].kind != TOK_WORD)
		return 0;
	if ((len = phrase_match(&tr->qnouns, c->text, c->tok, k, c->n,
	    &which)) > 0) {
		*q = (long)tr->qnouns.v[which].owner;
		return len;
	}
	if ((len = phrase_match(&tr->triggers, c->text, c->tok, k, c->n,
	    &which)) > 0) {
		*q = (long)tr->triggers.v[which].owner;
		return len;
	}
	return phrase_match(&tr->nouns, c->text, c->tok, k, c->n, NULL);
}

/* Is s[0, n), read in lower case, the trigger word w[0, m) with the
 * ending x (nx bytes) added ("die" + "d", "march" + "ed")? */
static bool
plus_ending(const char *s, size_t n, const char *w, size_t m, const char *x,
    size_t nx)
{
	size_t i;

	if (m != n + nx || strcmp(w + n, x) != 0)
		return false;
	for (i = 0; i < n; i++)
		if ((s[i] | 0x20) != w[i])
			return false;
	return true;
}

/*
 * Is s[0, n) the plural noun of the action of the past participle w[0,
 * m): "cancellations" of "cancelled", "evacuations" of "evacuated",
 * "deportations" of "deported", "abductions" of "abducted"? The stem
 * before "-ions" or "-ations" is the participle's before "-ed", five
 * letters at least.
 */
static bool
noun_of_action(const char *s, size_t n, const char *w, size_t m)
{
	static const char *const ends[] = { "ations", "ions" };
	size_t i, j, k, stem = m - 2;

	if (n < 9 || m < 7 || strcmp(w + stem, "ed") != 0)
		return false;
	for (i = 0; i < 2; i++) {
		k = strlen(ends[i]);
		if (n - k != stem || stem < 5 || strncasecmp(s + stem, ends[i],
		    k) != 0)
			continue;
		for (j = 0; j < stem && (s[j] | 0x20) == w[j]; j++)
			;
		if (j == stem)
			return true;
	}
	return false;
}

/*
 * A word made from one of the tracker's triggers: a plural noun
 * ("injuries" of "injured", "arrests" of "arrested": the two share all
 * but their last three letters at most, and five at least), or the
 * present tense of a trigger's first word, as headlines write it ("Die"
 * of "died", "March" of "marched", "Rally" of "rallied", "Walk" of
 * "walked out"). The quantity it names, or -1. Read only near a
 * candidate figure, over the tracker's triggers.
 */
static long
trigger_form_find(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *s = c->text + t->off;
	size_t i, m, n = t->len, p, v;
	bool plural, ing;

	if (t->kind != TOK_WORD || n < 3 || memchr(s, '-', n) != NULL)
		return -1;
	plural = n >= 6 && (s[n - 1] | 0x20) == 's';
	ing = n >= 6 && strncmp(s + n - 3, "ing", 3) == 0;
	v = (s[n - 1] | 0x20) == 's' ? n - 1 : n;	/* "marches" */
	if (v > 4 && (s[v - 1] | 0x20) == 'e' && (s[v - 2] | 0x20) == 'h')
		v--;
	/* every test below compares at least the first letter: only the
	 * triggers starting with the word's are read */
	for (i = c->tr->triggers.first_head[(unsigned char)(s[0] | 0x20)];
	    i != 0; i = c->tr->triggers.first_next[i - 1]) {
		const struct phrase *ph;
		const char *w;

		ph = &c->tr->triggers.v[i - 1];
		w = ph->w[0];
		m = ph->len[0];
		if (plural && ph->n == 1 && m >= 6) {
			for (p = 0; p < n && p < m && (s[p] | 0x20) == w[p];
			    p++)
				;
			if (p >= 5 && p + 3 >= n && p + 3 >= m)
				return (long)ph->owner;
			if (noun_of_action(s, n, w, m))
				return (long)ph->owner;
		}
		if (plus_ending(s, v, w, m, "ed", 2) || ((s[v - 1] | 0x20) ==
		    'e' && plus_ending(s, v, w, m, "d", 1)) ||
		    ((s[v - 1] | 0x20) == 'y' && plus_ending(s, v - 1, w, m,
		    "ied", 3)))
			return (long)ph->owner;
		if (ing && (plus_ending(s, n - 3, w, m, "ed", 2) ||
		    ((s[n - 4] | 0x20) == 'y' && plus_ending(s, n - 4, w, m,
		    "ied", 3))))
			return (long)ph->owner;	/* "killing", "displacing",
						   "dying", "rallying" */
	}
	return -1;
}

/* trigger_form_find(), asked once per token of the sentence being read. */
static long
trigger_form_at(struct ctx *c, size_t k)
{
	struct trigger_memo *m;

	if (k >= c->n)
		return trigger_form_find(c, k);
	m = trigger_memo_at(c, k);
	if (!m->form_asked) {
		m->form = trigger_form_find(c, k);
		m->form_asked = true;
	}
	return m->form;
}

long
netfig_trigger_form(struct ctx *c, size_t k)
{
	return k < c->n ? trigger_form_at(c, k) : -1;
}

/* The present tense of a trigger at k ("arrive" of "arrived"), not a
 * plural noun. */
static bool
present_of_trigger_at(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	return t->kind == TOK_WORD && (c->text[t->off + t->len - 1] | 0x20) !=
	    's' && trigger_form_at(c, k) >= 0;
}

/*
 * Is the figure at f the next item of a list whose item before it was
 * just claimed: "7,000 children, 4,900 women, 1,900 elderly"? The item
 * before is a figure and a word or two, then a comma or "and".
 */
static bool
list_item_after_claim(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;
	const struct claim *last;
	size_t k = f, w;

	if (c->out->n == 0 || k < 3)
		return false;
	last = &c->out->v[c->out->n - 1];
	if (tok_is(c->text, &t[k - 1], "and"))
		k--;
	if (k > 0 && tok_punct(&t[k - 1], ','))
		k--;
	if (k == f)
		return false;
	for (w = 0; w < 2 && k > 0 && t[k - 1].kind == TOK_WORD; w++)
		k--;
	return w > 0 && k > 0 && t[k - 1].kind == TOK_NUM &&
	    last->num_end == t[k - 1].off + t[k - 1].len;
}

/* Was the figure at token k made a claim? */
static bool
claimed_at(struct ctx *c, size_t k)
{
	size_t i, end = c->tok[k].off + c->tok[k].len;

	for (i = c->out->n; i > 0; i--) {
		if (c->out->v[i - 1].num_end == end)
			return true;
		if (c->out->v[i - 1].num_end < c->tok[0].off)
			break;		/* an earlier sentence */
	}
	return false;
}

/*
 * Does a figure before f in the sentence count a named group the tracker
 * does not follow ("1,430 Israelis ... while at least 5,600 have been
 * injured")? Then a bare figure after it may be of that group.
 */
static bool
rival_count_before(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;
	size_t j;
	long q;

	for (j = f; j > 1 && f - j < 30; j--) {
		if (t[j - 2].kind != TOK_NUM || t[j - 1].kind != TOK_WORD ||
		    !(t[j - 1].flags & TF_CAP) || (t[j - 2].flags &
		    TF_YEARLIKE))
			continue;
		if (tracker_word_at(c, j - 1, &q) == 0 && phrase_match(
		    &c->tr->cues, c->text, t, j - 1, c->n, NULL) == 0 &&
		    tok_month(c->text, &t[j - 1], true) == 0 &&
		    !claimed_at(c, j - 2))
			return true;
	}
	return false;
}

/* Adjectives of a state written like a verb's "-ing" form: "three more
 * missing" counts those missing, which a tracker without that word
 * does not follow (sorted). */
static const char *const state_words[] = {
	"missing", "outstanding", NULL
};

/* Auxiliaries and adverbs between a subject and its verb (sorted). */
static const char *const aux_words[] = {
	"already", "also", "are", "been", "feared", "had", "has", "have",
	"is", "reportedly", "was", "were", NULL
};

/* Verbs of belief whose "to" the figure's own verb follows: "were
 * thought to have", "are believed to be" (sorted). */
static const char *const belief_verbs[] = {
	"assumed", "believed", "estimated", "expected", "feared", "known",
	"presumed", "reported", "said", "suspected", "thought", NULL
};

/* Is a trigger the verb of the phrase ending before k: "(14 officers)
 * were hurt", "(44 health workers) had been killed"? */
static bool
own_trigger_after(struct ctx *c, size_t k)
{
	size_t a = k;
	long q;

	while (k < c->n && k < a + 6) {
		if (tok_in_sorted(c->text, &c->tok[k], aux_words,
		    NWORDS(aux_words)))
			k++;
		else if (k + 1 < c->n && tok_in_sorted(c->text, &c->tok[k],
		    belief_verbs, NWORDS(belief_verbs)) &&
		    tok_is(c->text, &c->tok[k + 1], "to"))
			k += 2;	/* "were thought to have taken part" */
		else if (k > a && (tok_is(c->text, &c->tok[k], "be") ||
		    tok_is(c->text, &c->tok[k], "have")))
			k++;
		else
			break;
	}
	return k < c->n && (tracker_word_at(c, k, &q) > 0 ||
	    trigger_form_at(c, k) >= 0);
}

static size_t anchor_after(struct ctx *, size_t, size_t, bool, long *);

/* What the form of a figure says: certainly no count (a year, date,
 * time, money, percentage, label, age or measure), certainly one as far
 * as its words go, or ask what it counts (netfig_excluded). */
enum form_says { FORM_NO_COUNT, FORM_COUNT, FORM_ASK };

static enum form_says
form_of(struct ctx *c, const struct numphrase *np, size_t *ep)
{
	const struct token *t = c->tok;
	size_t f = np->first, i = np->num_first, e = np->end, k;

	if (np->strong || (t[i].kind == TOK_NUM && (t[i].flags &
	    (TF_YEARLIKE | TF_TIME | TF_ORDINAL | TF_ATTACHED))))
		return FORM_NO_COUNT;
	if (!isnan(np->value) && np->value < 1)
		return FORM_NO_COUNT;
	if ((t[i].flags & TF_DECIMAL) && np->value < 1000)
		return FORM_NO_COUNT;	/* "6.8", "1.5 per cent" */
	if (t[i].kind == TOK_WORD && np->value == 1 && np->qual == QUAL_EXACT)
		return FORM_NO_COUNT;	/* "one of", "one man said" */
	if (f > 0 && (t[f - 1].kind == TOK_PUNCT ? t[f - 1].ch == '$' ||
	    t[f - 1].ch == '#' || t[f - 1].ch == '-' || t[f - 1].ch == '/' :
	    tok_in_sorted(c->text, &t[f - 1], index_words,
	    NWORDS(index_words))))
		return FORM_NO_COUNT;	/* "No. 5", "Route 9", "3-1" */
	if (f > 1 && tok_punct(&t[f - 1], '.') && tok_is(c->text, &t[f - 2],
	    "no"))
		return FORM_NO_COUNT;
	if (f > 1 && (tok_is(c->text, &t[f - 1], "of") || tok_is(c->text,
	    &t[f - 1], "in")) && (t[f - 2].kind == TOK_NUM ||
	    tok_is(c->text, &t[f - 2], "population")))
		return FORM_NO_COUNT;	/* "1 of 3", "a population of 90,000" */
	if (f > 1 && tok_is(c->text, &t[f - 1], "of") && tok_in_sorted(c->text,
	    &t[f - 2], group_of, NWORDS(group_of)))
		return FORM_NO_COUNT;	/* "a family of five" */
	if (f > 2 && np->value <= 31 && (tok_is(c->text, &t[f - 1], "and") ||
	    tok_is(c->text, &t[f - 1], "to") || tok_punct(&t[f - 1], '-')) &&
	    t[f - 2].kind == TOK_NUM && tok_month(c->text, &t[f - 3], true) > 0)
		return FORM_NO_COUNT;	/* "on June 9 and 16" */
	if (t[i].kind == TOK_NUM && t[i].len == 3 && f > 1 &&
	    tok_punct(&t[f - 1], ',') && t[f - 2].kind == TOK_NUM)
		return FORM_NO_COUNT;	/* "15, 200": a broken figure */
	if (e + 1 < c->n && tok_punct(&t[e], ',') && t[e + 1].kind ==
	    TOK_NUM && t[e + 1].len == 3 && t[e + 1].off == t[e].off + 2)
		return FORM_NO_COUNT;
	if (e + 2 < c->n && tok_is(c->text, &t[e], "and") &&
	    tok_is(c->text, &t[e + 1], "a") && tok_is(c->text, &t[e + 2],
	    "half"))
		e += 3;		/* "four and a half hours" */
	for (k = f; k > 0 && f - k < 4; k--)
		if (tok_in_sorted(c->text, &t[k - 1], age_words,
		    NWORDS(age_words)))
			return FORM_NO_COUNT;	/* "between the ages of 11 and 17" */
	if (numphrase_age(c->text, t, c->n, np))
		return FORM_NO_COUNT;	/* "as young as 12", "younger than 18" */
	if (f > 1 && e < c->n && tok_punct(&t[f - 1], ',') &&
	    tok_punct(&t[e], ',') && (t[f - 2].flags & TF_CAP) &&
	    t[i].kind == TOK_NUM && np->value < 120)
		return FORM_NO_COUNT;	/* "Amini, 22, died": an age */
	if (e >= c->n)
		return FORM_COUNT;
	if (tok_is(c->text, &t[e], "to"))
		for (k = f; k > 0 && f - k < 3; k--)
			if (tok_in_sorted(c->text, &t[k - 1], expect_verbs,
			    NWORDS(expect_verbs)))
				return FORM_NO_COUNT;	/* "expected 2,000 to flee" */
	if (t[e].kind == TOK_PUNCT)
		return t[e].ch == '-' || t[e].ch == '%' || t[e].ch == '$' ||
		    t[e].ch == '/' || (t[e].ch == ':' && e + 1 < c->n &&
		    t[e + 1].kind == TOK_NUM) ? FORM_NO_COUNT : FORM_COUNT;
	if (t[e].kind != TOK_WORD)
		return t[e].kind == TOK_NUM ? FORM_NO_COUNT : FORM_COUNT;
	if (tok_in_sorted(c->text, &t[e], more_words, NWORDS(more_words)) &&
	    e + 1 < c->n && t[e + 1].kind == TOK_WORD)
		e++;		/* "38 more plants", "dozens more suffered" */
	if (tok_in_sorted(c->text, &t[e], unit_words, NWORDS(unit_words)) ||
	    tok_is(c->text, &t[e], "times") || tok_is(c->text, &t[e], "per") ||
	    tok_is(c->text, &t[e], "percent"))
		return FORM_NO_COUNT;
	if (tok_is(c->text, &t[e], "in") && e + 1 < c->n &&
	    (t[e + 1].kind == TOK_NUM || number_word(c->text, &t[e + 1]) > 0))
		return FORM_NO_COUNT;	/* "one in four" */
	*ep = e;
	return FORM_ASK;
}

/*
 * Does token k name people as the head of a counted phrase: a plural of
 * person_nouns, or a people's name ("Moroccans", "Americans",
 * "Israelis"), capitalised and ending as those do?
 */
static bool
people_noun(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *s = c->text + t->off;

	if (t->kind != TOK_WORD)
		return false;
	if (tok_in_sorted(c->text, t, person_nouns, NWORDS(person_nouns)))
		return true;
	return (t->flags & TF_CAP) && !(t->flags & TF_UPPER) && t->len >= 6 &&
	    (strncmp(s + t->len - 3, "ans", 3) == 0 ||
	    strncmp(s + t->len - 2, "is", 2) == 0);
}

/*
 * The end of a noun phrase for people right after a figure at e: up to
 * three modifiers, then a plural that names people ("14 officers", "39
 * security officials", "nine Egyptian nationals", "45,000 law
 * enforcement officers"); e when there is none. No modifier is a verb,
 * a word of the clause's frame or a form of the tracker's trigger
 * ("240,000 rescue workers" of a tracker of the rescued); a capitalised
 * one that is no subject cue names another side when the tracker
 * follows a named subject ("Russian soldiers" of North Korea's).
 */
static size_t
people_phrase_end(struct ctx *c, size_t e)
{
	const struct token *t = c->tok;
	size_t k;
	long q;

	for (k = e; k < c->n && k < e + 4; k++) {
		if (t[k].kind != TOK_WORD)
			return e;
		if ((t[k].flags & TF_CAP) && c->tr->subject[0] != '\0' &&
		    phrase_match(&c->tr->cues, c->text, t, k, c->n, NULL) == 0)
			return e;	/* "1,400 Israelis" of a Palestinian
					   toll */
		if (people_noun(c, k)) {
			while (k + 1 < c->n && people_noun(c, k + 1))
				k++;	/* "police officers" */
			return k + 1;
		}
		if (k == e + 3 || verb_form(c->text, &t[k]) ||
		    tok_in_sorted(c->text, &t[k], follow_words,
		    NWORDS(follow_words)) || trigger_form_at(c, k) >= 0 ||
		    tracker_word_at(c, k, &q) > 0)
			return e;
	}
	return e;
}

static bool	own_trigger_after(struct ctx *, size_t);

/* Words that open a clause of its own inside a noun phrase (sorted). */
static const char *const relative_words[] = {
	"that", "when", "where", "which", "while", "who", "whom", "whose",
	NULL
};

/*
 * Where the verb of a subject of people counted at e would stand: past
 * the people phrase (people_phrase_end), another joined by "and" or
 * "or" ("police officers and protesters") and an of-phrase naming
 * their body ("21 members of the proscribed IPOB", "300 personnel of
 * the police force"), which ends where the tracker's verb follows; e
 * when no people phrase starts there.
 */
static size_t
people_subject_end(struct ctx *c, size_t e)
{
	const struct token *t = c->tok;
	size_t k = people_phrase_end(c, e), j;

	if (k == e || k >= c->n)
		return k;
	if ((tok_is(c->text, &t[k], "and") || tok_is(c->text, &t[k], "or")) &&
	    (j = people_phrase_end(c, k + 1)) > k + 1)
		k = j;		/* "officers and protesters" */
	if (k + 1 >= c->n || !tok_is(c->text, &t[k], "of"))
		return k;
	for (j = k + 1; j < c->n && j < k + 7; j++) {
		if (own_trigger_after(c, j))
			return j;	/* "of the police force (have been)" */
		if ((t[j].kind == TOK_PUNCT && !tok_punct(&t[j], '(') &&
		    !tok_punct(&t[j], ')')) || t[j].kind == TOK_NUM ||
		    verb_form(c->text, &t[j]) || tok_in_sorted(c->text,
		    &t[j], relative_words, NWORDS(relative_words)))
			break;	/* "... of the union heard that the mayor
				   was arrested": another's verb */
	}
	return k;
}

/* Is the figure written as something other than a count of people?
 * fs and e are form_of()'s answer. */
static bool
netfig_excluded(struct ctx *c, const struct numphrase *np,
    enum form_says fs, size_t e)
{
	const struct token *t = c->tok;
	size_t f = np->first, k;
	long q;

	switch (fs) {
	case FORM_NO_COUNT:
		return true;
	case FORM_COUNT:
		return false;
	case FORM_ASK:
		break;
	}
	if (tok_is(c->text, &t[e], "of")) {
		/* "2,000 of its military", "of them"; not "300 of the
		   buildings", "millions of Syrians" */
		k = e + 1;
		if (k < c->n && tok_in_sorted(c->text, &t[k], of_them,
		    NWORDS(of_them)))
			return false;
		if (k < c->n && tok_in_sorted(c->text, &t[k], of_dets,
		    NWORDS(of_dets)))
			k++;
		if (k < c->n && (e = people_subject_end(c, k)) > k &&
		    own_trigger_after(c, e))
			return false;	/* "dozens of police officers and
					   protesters were wounded" */
		return k >= c->n || tracker_word_at(c, k, &q) == 0;
	}
	k = e + 1 < c->n && (t[e].flags & TF_CAP) == 0 && tok_in_sorted(c->text,
	    &t[e + 1], case_nouns, NWORDS(case_nouns)) ? e + 1 : e;
	if (k + 2 < c->n && tok_in_sorted(c->text, &t[k], case_nouns,
	    NWORDS(case_nouns)) && tok_is(c->text, &t[k + 1], "of") &&
	    anchor_after(c, k + 2, k + 5, false, &q) != SIZE_MAX)
		return false;	/* "67 (reported) cases of abduction": the
				   tracker's word after "of" says what */
	if (tok_in_sorted(c->text, &t[e], follow_words, NWORDS(follow_words)) ||
	    tok_in_sorted(c->text, &t[e], count_nouns, NWORDS(count_nouns)))
		return false;
	if (tracker_word_at(c, e, &q) > 0)
		return true;	/* the rules read and declined it */
	if ((k = people_subject_end(c, e)) > e && own_trigger_after(c, k))
		return false;	/* "14 officers were hurt", "44 health workers
				   had been killed", "nine Egyptian nationals
				   were arrested"; not "240,000 rescue
				   workers" */
	if (tok_in_sorted(c->text, &t[e], state_words, NWORDS(state_words)))
		return true;	/* "with three more missing" */
	if (verb_form(c->text, &t[e]))
		return false;	/* "1,295 making the journey" */
	if (present_of_trigger_at(c, e) && f > 0 && !tok_punct(&t[f - 1], ':'))
		return true;	/* a headline's verb only opening it */
	if (trigger_form_at(c, e) >= 0)	/* "37 more die", "1,030 injuries" */
		return e + 1 < c->n && c->tok[e + 1].kind == TOK_WORD &&
		    !(c->tok[e + 1].flags & TF_CAP) && c->tok[e + 1].len >= 5 &&
		    c->text[c->tok[e + 1].off + c->tok[e + 1].len - 1] == 's';
			/* not a noun's modifier: "240,000 rescue workers" */
	if (e == np->end && list_item_after_claim(c, f))
		return false;	/* "4,959 women, 1,924 elderly", not "40
				   people, and 300 more houses" */
	/* a figure opening a headline or sentence: a vague amount before
	   its verb ("Tens of thousands hold rallies"), a noun the tracker
	   does not list before a trigger ("5,000 newcomers arrive") */
	if (f > 0 && !tok_punct(&t[f - 1], ':'))
		return true;
	return !isnan(np->value) && (e + 1 >= c->n ||
	    !present_of_trigger_at(c, e + 1));
}

/* The first tracker word in [k, lim) of the clause, maybe stopping at
 * another figure; its distance from k, or SIZE_MAX. */
static size_t
anchor_after(struct ctx *c, size_t k, size_t lim, bool past_figures,
    long *qnoun)
{
	size_t a = k;
	long q;

	for (; k < c->n && k < lim && !clause_end(c, k); k++) {
		if (!past_figures && k > a && c->tok[k].kind == TOK_NUM)
			break;	/* "1,731 along with 12,867 injuries" */
		if (tracker_word_at(c, k, &q) > 0 ||
		    (q = trigger_form_at(c, k)) >= 0) {
			*qnoun = q;
			return k - a;
		}
	}
	return SIZE_MAX;
}

/* Does sentence s name one of the tracker's counted nouns? *q is the
 * quantity of the last one that is a quantity's noun ("evacuees"), or
 * -1. */
static bool
noun_in_sentence(struct ctx *c, size_t s, long *q)
{
	size_t i, which;
	bool named = false;

	reread_tokens(c, s);
	for (i = 0; i < c->naux; i++) {
		if (phrase_match(&c->tr->nouns, c->text, c->aux, i, c->naux,
		    NULL) == 0)
			continue;
		named = true;
		if (phrase_match(&c->tr->qnouns, c->text, c->aux, i, c->naux,
		    &which) > 0)
			*q = (long)c->tr->qnouns.v[which].owner;
	}
	return named;
}

/* netfig_counts(), form_of() having said fs and e. */
static bool
counts_as(struct ctx *c, const struct numphrase *np, long *qnoun,
    enum form_says fs, size_t e)
{
	size_t k, best, dist;
	bool excluded = netfig_excluded(c, np, fs, e);
	long q;

	*qnoun = -1;
	if (np->end + 1 < c->n && tok_is(c->text, &c->tok[np->end], "of") &&
	    tok_in_sorted(c->text, &c->tok[np->end + 1], of_them,
	    NWORDS(of_them)) && !tok_is(c->text, &c->tok[np->end + 1],
	    "whom") && c->si > 0 && !excluded &&
	    noun_in_sentence(c, c->si - 1, qnoun))
		return true;	/* "... of North Korean soldiers in Russia.
				   There are already 11,000 of them" */
	if (excluded || rival_count_before(c, np->first) ||
	    (np->first > 0 && np->end < c->n &&
	    c->tok[np->end].kind == TOK_WORD && tok_in_sorted(c->text,
	    &c->tok[np->first - 1], place_preps, NWORDS(place_preps)) &&
	    !tok_in_sorted(c->text, &c->tok[np->end], follow_words,
	    NWORDS(follow_words))))
		return false;	/* "in nine shelters" */
	best = anchor_after(c, np->end, np->end + NET_AFTER, false, qnoun);
	if (best == SIZE_MAX && np->end < c->n && tok_in_sorted(c->text,
	    &c->tok[np->end], count_nouns, NWORDS(count_nouns)))
		best = NET_BEFORE;	/* "the 50,000 figure": its own noun */
	k = np->first;
	if (k > 1 && tok_punct(&c->tok[k - 1], ':'))
		k--;		/* "Injured: 120" */
	for (; k > 0 && np->first - k < NET_BEFORE &&
	    !clause_end(c, k - 1); k--) {
		dist = np->first - k;
		if (dist > best || (best != SIZE_MAX &&
		    (tok_punct(&c->tok[k - 1], ',') || tok_is(c->text,
		    &c->tok[k - 1], "and") || tok_is(c->text, &c->tok[k - 1],
		    "or"))))
			break;	/* "457 were arrested and 441 officers were
				   injured": the figure's own verb after it */
		if (tracker_word_at(c, k - 1, &q) > 0 ||
		    (q = trigger_form_at(c, k - 1)) >= 0) {
			if (best == SIZE_MAX || q >= 0)
				*qnoun = q;
			return true;
		}
	}
	if (best == SIZE_MAX)	/* "108 and 307 injuries" */
		best = anchor_after(c, np->end, np->end + NET_AFTER, true,
		    qnoun);
	return best != SIZE_MAX;
}

bool
netfig_counts(struct ctx *c, const struct numphrase *np, long *qnoun)
{
	size_t e = np->end;
	enum form_says fs = form_of(c, np, &e);

	return counts_as(c, np, qnoun, fs, e);
}

/*
 * The learned decision (round 12): a number phrase the rules and the net
 * declined may still be a claim. Every one whose form is a count (not
 * form_of's FORM_NO_COUNT) and that has a tracker word within
 * FIG_WINDOW tokens of its sentence is a candidate; the signals below
 * weigh it with the logistic model of models/figure.h, fitted by
 * scripts/rows-figure and scripts/train-linmodel. It only adds claims,
 * at FIG_ADD_LOGIT and above; with FIG_MODEL_ON 0 the rules alone
 * decide and the signals are still dumped for training. To fit it again:
 *
 *   scripts/rows-figure --out rows.tsv --cv --holdout-batch 11 \
 *       --holdout-batch 12     (--cv: FIG_ADD_LOGIT's effect, by story)
 *   scripts/train-linmodel rows.tsv --name figure --l2 1 \
 *       --holdout-batch 11 --holdout-batch 12 --out extract/models/figure.h
 */
#include "linmodel.h"
#include "models/figure.h"

#define FIG_WINDOW 20		/* tokens searched either side */
#ifndef FIG_MODEL_ON
#define FIG_MODEL_ON 1
#endif
#define FIG_ADD_LOGIT 0.8	/* log-odds at which a candidate is added */

enum fig_signal {
	FS_RULE, FS_NEAR_BEFORE, FS_NEAR_AFTER, FS_CLAUSE_BEFORE,
	FS_CLAUSE_AFTER, FS_TRACKER_NEXT, FS_TRIGGER_NEXT, FS_NOUN_NEXT,
	FS_PERSON_NEXT, FS_OF_NEXT, FS_OF_TRACKER, FS_VERB_NEXT,
	FS_FOLLOW_NEXT, FS_PUNCT_NEXT, FS_DIGITS, FS_VAGUE, FS_ROUND,
	FS_LOG_VALUE, FS_QUALIFIED, FS_SAYING, FS_QUOTE, FS_HEADLINE,
	FS_OPENS, FS_CLAIMS_HERE, FS_SAME_VALUE, FS_NUMBER_BETWEEN,
	FS_RIVAL_BEFORE, FS_PLACE_PREP, FS_PREP_BEFORE, FS_LIST_ITEM,
	FS_ANCHOR_NOUN, FS_HEAD_PERSON, FS_HEAD_THING, FS_TRIGGER_CLAUSE,
	FS_CHANGE_BEFORE, FS_LABEL_BEFORE, FS_AVERAGE, FS_SMALL,
	FS_PERSON_TRIGGER, FS_OWN_TRIGGER, FS_N
};

static const char *const fig_signals[FS_N] = {
	"rule", "near_before", "near_after", "clause_before",
	"clause_after", "tracker_next", "trigger_next", "noun_next",
	"person_next", "of_next", "of_tracker", "verb_next",
	"follow_next", "punct_next", "digits", "vague", "round",
	"log_value", "qualified", "saying", "quote", "headline",
	"opens", "claims_here", "same_value", "number_between",
	"rival_before", "place_prep", "prep_before", "list_item",
	"anchor_noun", "head_person", "head_thing", "trigger_clause",
	"change_before", "label_before", "average", "small",
	"person_trigger", "own_trigger"
};

/* The weights, and the signals alone for the training rows: when the
 * signals change, the rows are dumped before the model is fitted again
 * (till then it is not used: FIG_MODEL_FITS; tests/test_extract_figmodel.c
 * fails). */
static const struct linmodel figure_model = {
	"figure", FIGURE_NFEAT, fig_signals, figure_w, figure_bias
};
static const struct linmodel figure_rows = {
	"figure", FS_N, fig_signals, NULL, 0
};
#define FIG_MODEL_FITS (FIGURE_NFEAT == FS_N)

const char *
netfig_signal(size_t i)
{
	return i < FS_N ? fig_signals[i] : NULL;
}

const char *
netfig_trained_on(void)
{
	return figure_trained_on;
}

/* Verbs and phrases of saying and reckoning (sorted). */
static const char *const saying_words[] = {
	"according", "added", "announced", "claimed", "confirmed",
	"estimated", "estimates", "reported", "reports", "said", "says",
	"stated", "told", "tweeted", "wrote", NULL
};

/* Verbs of a figure's rise or reach, before it or its "to": "rose to",
 * "has passed", "exceeded", "numbered" (sorted). */
static const char *const change_verbs[] = {
	"climbed", "climbing", "climbs", "crossed", "crosses", "exceeded",
	"exceeding", "exceeds", "grew", "grown", "hit", "hits", "hitting",
	"increased", "jumped", "neared", "nearing", "numbered", "passed",
	"passes", "passing", "reach", "reached", "reaches", "reaching",
	"risen", "rises", "rising", "rose", "soared", "stands", "stood",
	"surged", "surpassed", "surpasses", "surpassing", "swelled",
	"topped", "totaled", "totalled", NULL
};

/* Words of an average or rate before a figure (sorted). */
static const char *const average_words[] = {
	"average", "median", "rate", NULL
};

/* Prepositions before a figure (sorted). */
static const char *const fig_preps[] = {
	"at", "by", "for", "from", "in", "of", "on", "to", "with", NULL
};

/* The nearest tracker word from the figure [f, e) going by step (-1:
 * before, +1: after) within FIG_WINDOW tokens: its distance (SIZE_MAX
 * for none); whether no clause ends and no other figure stands between;
 * its quantity, and whether it is a counted noun. */
struct fig_anchor {
	size_t	 dist;
	bool	 clause;
	bool	 figure_between;
	bool	 noun;
	long	 q;
};

static void
fig_anchor_find(struct ctx *c, size_t f, size_t e, int step,
    struct fig_anchor *a)
{
	size_t k, d;
	bool clause = true, fig = false;
	long q;

	a->dist = SIZE_MAX;	/* none found: no clause, noun or figure */
	a->clause = a->figure_between = a->noun = false;
	a->q = -1;
	for (d = 1; d <= FIG_WINDOW; d++) {
		if (step < 0) {
			if (f < d)
				break;
			k = f - d;
		} else {
			k = e + d - 1;
			if (k >= c->n)
				break;
		}
		if (clause_end(c, k))
			clause = false;
		if (c->tok[k].kind == TOK_NUM)
			fig = true;
		if (tracker_word_at(c, k, &q) > 0 ||
		    (q = trigger_form_at(c, k)) >= 0) {
			a->dist = d;
			a->clause = clause;
			a->figure_between = fig;
			a->q = q;
			a->noun = phrase_match(&c->tr->nouns, c->text, c->tok,
			    k, c->n, NULL) > 0;
			return;
		}
	}
}

/* Does a claim already made in this sentence state the value v? How
 * many were made here? */
static size_t
claims_here(struct ctx *c, double v, bool *same)
{
	size_t i, n = 0, start = c->tok[0].off;

	*same = false;
	for (i = c->out->n; i > 0; i--) {
		const struct claim *cl = &c->out->v[i - 1];

		if (cl->num_end < start || strcmp(cl->doc, c->art->id != NULL ?
		    c->art->id : "") != 0)
			break;
		n++;
		if (!isnan(v) && cl->value == v)
			*same = true;
	}
	return n;
}

/* Endings of nouns for people in general English: "members",
 * "photographers", "nationals" (sorted). */
static const char *const person_endings[] = {
	"ans", "ants", "ees", "ents", "ers", "ists", "nals", "ors", NULL
};

static bool
person_word(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *s = c->text + t->off;
	size_t i, m;

	if (t->kind != TOK_WORD)
		return false;
	if (tok_in_sorted(c->text, t, person_nouns, NWORDS(person_nouns)))
		return true;
	for (i = 0; person_endings[i] != NULL; i++) {
		m = strlen(person_endings[i]);
		if (t->len > m + 2 && strncmp(s + t->len - m, person_endings[i],
		    m) == 0)
			return true;
	}
	return false;
}

/* The noun phrase after the figure, up to four words: does its head
 * name people (1), another thing (2), or is there none (0)? */
static int
head_after(struct ctx *c, size_t e)
{
	size_t k;
	long q;

	for (k = e; k < c->n && k < e + 4; k++) {
		const struct token *t = &c->tok[k];

		if (t->kind != TOK_WORD || tok_in_sorted(c->text, t,
		    follow_words, NWORDS(follow_words)) || (k > e &&
		    verb_form(c->text, t)))
			break;
		if (person_word(c, k) || tracker_word_at(c, k, &q) > 0)
			return 1;
	}
	return k > e && !verb_form(c->text, &c->tok[e]) ? 2 : 0;
}

static double
inv_dist(size_t d)
{
	return d == SIZE_MAX ? 0.0 : 1.0 / (double)d;
}

/* The cheap signals of the candidate np, rule being the net's answer;
 * the others 0 (fig_sentence_signals and fig_anchor_signals set them). */
static void
fig_signals_of(struct ctx *c, const struct numphrase *np, size_t e,
    bool rule, double *x)
{
	const struct token *t = c->tok;
	size_t f = np->first, k, nh;
	char last = c->text[t[c->n - 1].off];
	bool same;
	long q;

	memset(x, 0, FS_N * sizeof(*x));
	x[FS_RULE] = rule;
	if (e < c->n) {
		const struct token *n = &t[e];

		if (n->kind == TOK_PUNCT)
			x[FS_PUNCT_NEXT] = 1;
		else if (tracker_word_at(c, e, &q) > 0)
			x[FS_TRACKER_NEXT] = 1;
		else if (trigger_form_at(c, e) >= 0)
			x[FS_TRIGGER_NEXT] = 1;
		else if (tok_is(c->text, n, "of")) {
			x[FS_OF_NEXT] = 1;
			k = e + 1;
			if (k < c->n && tok_in_sorted(c->text, &t[k], of_dets,
			    NWORDS(of_dets)))
				k++;
			x[FS_OF_TRACKER] = k < c->n &&
			    (tracker_word_at(c, k, &q) > 0 || tok_in_sorted(
			    c->text, &t[k], of_them, NWORDS(of_them)));
		} else if (tok_in_sorted(c->text, n, person_nouns,
		    NWORDS(person_nouns)))
			x[FS_PERSON_NEXT] = 1;
		else if (tok_in_sorted(c->text, n, follow_words,
		    NWORDS(follow_words)))
			x[FS_FOLLOW_NEXT] = 1;
		else if (verb_form(c->text, n))
			x[FS_VERB_NEXT] = 1;
		else if (n->kind == TOK_WORD)
			x[FS_NOUN_NEXT] = 1;
	} else
		x[FS_PUNCT_NEXT] = 1;
	switch (head_after(c, e)) {
	case 1:
		x[FS_HEAD_PERSON] = 1;
		break;
	case 2:
		x[FS_HEAD_THING] = 1;
		break;
	}
	k = f > 0 && tok_is(c->text, &t[f - 1], "to") ? f - 1 : f;
	x[FS_CHANGE_BEFORE] = k > 0 && tok_in_sorted(c->text, &t[k - 1],
	    change_verbs, NWORDS(change_verbs));
	x[FS_LABEL_BEFORE] = f > 1 && t[f - 1].kind == TOK_WORD &&
	    (t[f - 1].flags & TF_CAP) && !x[FS_CHANGE_BEFORE];
	for (k = f; k > 0 && f - k < 4; k--)
		if (tok_in_sorted(c->text, &t[k - 1], average_words,
		    NWORDS(average_words)))
			x[FS_AVERAGE] = 1;
	x[FS_SMALL] = !isnan(np->value) && np->value <= 12;
	x[FS_DIGITS] = t[np->num_first].kind == TOK_NUM;
	x[FS_VAGUE] = isnan(np->value);
	if (!isnan(np->value)) {
		x[FS_ROUND] = np->value >= 10 && fmod(np->value, np->value >=
		    1000 ? 1000 : 10) == 0;
		x[FS_LOG_VALUE] = log10(np->value + 1) / 6;
	}
	x[FS_QUALIFIED] = np->qual != QUAL_EXACT;
	x[FS_HEADLINE] = t[c->n - 1].kind != TOK_PUNCT || (last != '.' &&
	    last != '?' && last != '!' && last != '"');
	x[FS_OPENS] = f == 0;
	nh = claims_here(c, np->value, &same);
	x[FS_CLAIMS_HERE] = nh > 3 ? 1.0 : (double)nh / 3;
	x[FS_SAME_VALUE] = same;
	x[FS_RIVAL_BEFORE] = rival_count_before(c, f);
	x[FS_PLACE_PREP] = f > 0 && tok_in_sorted(c->text, &t[f - 1],
	    place_preps, NWORDS(place_preps));
	x[FS_PREP_BEFORE] = f > 0 && tok_in_sorted(c->text, &t[f - 1],
	    fig_preps, NWORDS(fig_preps));
	x[FS_LIST_ITEM] = list_item_after_claim(c, f);
}

/* The dearer signals: the verb of the figure's noun phrase after e, a
 * verb of saying in the sentence, a quote. */
static void
fig_sentence_signals(struct ctx *c, size_t e, double *x)
{
	const struct token *t = c->tok;
	const char *sp = c->text + t[0].off;
	size_t k, slen = t[c->n - 1].off + t[c->n - 1].len - t[0].off;

	const char *q, *end = sp + slen;

	for (k = e; k < c->n && k < e + 4 && !x[FS_OWN_TRIGGER]; k++) {
		if (c->tok[k].kind != TOK_WORD || tok_in_sorted(c->text, &t[k],
		    follow_words, NWORDS(follow_words)))
			break;	/* "nine border guards were hurt" */
		x[FS_OWN_TRIGGER] = own_trigger_after(c, k + 1);
	}
	for (k = 0; k < c->n; k++)
		if (t[k].kind == TOK_WORD && t[k].len >= 4 && t[k].len <= 9 &&
		    strchr("acerstw", c->text[t[k].off] | 0x20) != NULL &&
		    tok_in_sorted(c->text, &t[k], saying_words,
		    NWORDS(saying_words))) {
			x[FS_SAYING] = 1;	/* the first letters and
						   lengths of saying_words */
			break;
		}
	if (memchr(sp, '"', slen) != NULL) {
		x[FS_QUOTE] = 1;
		return;
	}
	for (q = sp; (q = memchr(q, '\xe2', (size_t)(end - q))) != NULL &&
	    end - q >= 3; q++)
		if (q[1] == '\x80' && (q[2] == '\x9c' || q[2] == '\x9d')) {
			x[FS_QUOTE] = 1;	/* curly quotes */
			return;
		}
}

/* The signals of the nearest tracker words before (bf) and after (af). */
static const enum fig_signal anchor_signals[] = {
	FS_NEAR_BEFORE, FS_NEAR_AFTER, FS_CLAUSE_BEFORE, FS_CLAUSE_AFTER,
	FS_NUMBER_BETWEEN, FS_ANCHOR_NOUN, FS_TRIGGER_CLAUSE,
	FS_PERSON_TRIGGER
};

static void
fig_anchor_signals(const struct fig_anchor *bf, const struct fig_anchor *af,
    double *x)
{
	x[FS_NEAR_BEFORE] = inv_dist(bf->dist);
	x[FS_NEAR_AFTER] = inv_dist(af->dist);
	x[FS_CLAUSE_BEFORE] = bf->dist != SIZE_MAX && bf->clause;
	x[FS_CLAUSE_AFTER] = af->dist != SIZE_MAX && af->clause;
	x[FS_NUMBER_BETWEEN] = (bf->dist != SIZE_MAX && bf->figure_between) ||
	    (af->dist != SIZE_MAX && af->figure_between);
	x[FS_ANCHOR_NOUN] = (bf->dist <= af->dist ? bf : af)->noun;
	x[FS_TRIGGER_CLAUSE] = (bf->dist != SIZE_MAX && bf->clause &&
	    bf->q >= 0) || (af->dist != SIZE_MAX && af->clause && af->q >= 0);
	x[FS_PERSON_TRIGGER] = x[FS_HEAD_PERSON] && x[FS_TRIGGER_CLAUSE];
}

/* The most the anchor signals (each in [0, 1]) can add to the log-odds,
 * and with them the sentence's: a candidate below the threshold without
 * them needs no search for them. */
static double
anchor_gain_max(void)
{
	double g = 0;
	size_t i;

	for (i = 0; i < NELEM(anchor_signals); i++)
		if (figure_w[anchor_signals[i]] > 0)
			g += figure_w[anchor_signals[i]];
	return g;
}

static double
sentence_gain_max(void)
{
	static const enum fig_signal dear[] = {
		FS_OWN_TRIGGER, FS_SAYING, FS_QUOTE
	};
	double g = anchor_gain_max();
	size_t i;

	for (i = 0; i < NELEM(dear); i++)
		if (figure_w[dear[i]] > 0)
			g += figure_w[dear[i]];
	return g;
}

/* The training row's key: doc, the figure's offsets (its qualifier
 * included, as its claim's), value, qualifier, low, high, the sentence's
 * offset, then the sentence (tabs and newlines made spaces), separated
 * by '|'. */
static void
fig_dump(struct ctx *c, const struct numphrase *np, const double *x)
{
	const struct token *t = c->tok;
	char key[2048];
	size_t n, i, s0 = c->sl.v[c->si].start, s1 = c->sl.v[c->si].end;
	const char *doc = c->art->id != NULL ? c->art->id : "";
	int w;

	w = snprintf(key, sizeof key, "%s|%zu|%zu|%.17g|%s|%.17g|%.17g|%zu|",
	    doc, t[np->first].off, t[np->end - 1].off + t[np->end - 1].len,
	    np->value, qualifier_name(np->qual), np->low, np->high, s0);
	if (w < 0 || (size_t)w >= sizeof key)
		return;
	n = (size_t)w;
	for (i = s0; i < s1 && n + 1 < sizeof key; i++)
		key[n++] = c->text[i] == '\t' || c->text[i] == '\n' ||
		    c->text[i] == '\r' ? ' ' : c->text[i];
	key[n] = '\0';
	for (i = 0; i < n; i++)
		if (key[i] == '\t')
			key[i] = ' ';
	linmodel_dump(&figure_rows, key, x);
}

/* "10 p.m.", "7 a.m.": an hour, at token k after the figure. */
static bool
clock_time(struct ctx *c, size_t k)
{
	return k + 1 < c->n && (tok_is(c->text, &c->tok[k], "p") ||
	    tok_is(c->text, &c->tok[k], "a")) && tok_punct(&c->tok[k + 1],
	    '.');
}

bool
netfig_decide(struct ctx *c, const struct numphrase *np, long *qnoun)
{
	struct fig_anchor bf, af;
	double x[FS_N] = { 0 };	/* signals not yet read count 0 */
	size_t e = np->end;
	enum form_says fs = form_of(c, np, &e);
	bool rule = counts_as(c, np, qnoun, fs, e), train;

	if (fs == FORM_NO_COUNT || clock_time(c, np->end) ||
	    (np->qual == QUAL_RANGE && np->low * 100 < np->high))
		return rule;	/* a year, date, money, label, measure; a
				   range misread ("11 to 12,000": 11) */
	/* fitting again from this run's rows: the rules alone decide, so
	   the rows are labelled against their claims */
	train = linmodel_training();
	if ((rule || !FIG_MODEL_ON || !FIG_MODEL_FITS) && !train)
		return rule;	/* the model only adds */
	if (fs == FORM_COUNT)
		e = np->end;
	/* the cheap signals first: a candidate that stays below the
	   threshold whatever the dearer ones say is declined unread */
	fig_signals_of(c, np, e, rule, x);
	if (!train && linmodel_logit(&figure_model, x) + sentence_gain_max() <
	    FIG_ADD_LOGIT)
		return false;
	fig_sentence_signals(c, e, x);
	if (!train && linmodel_logit(&figure_model, x) + anchor_gain_max() <
	    FIG_ADD_LOGIT)
		return false;
	fig_anchor_find(c, np->first, np->end, -1, &bf);
	fig_anchor_find(c, np->first, np->end, +1, &af);
	if (bf.dist == SIZE_MAX && af.dist == SIZE_MAX)
		return rule;	/* no candidate */
	fig_anchor_signals(&bf, &af, x);
	if (train) {
		fig_dump(c, np, x);
		return rule;
	}
	if (linmodel_logit(&figure_model, x) < FIG_ADD_LOGIT)
		return false;
	/* the quantity of the nearest trigger or quantity noun of its
	   clause, else quantity_of's own reading */
	*qnoun = af.clause && af.q >= 0 && (af.dist <= bf.dist || !bf.clause ||
	    bf.q < 0) ? af.q : bf.clause && bf.q >= 0 ? bf.q : -1;
	return true;
}
