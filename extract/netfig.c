/*
 * netfig.c - see netfig.h.
 */
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "netfig.h"
#include "reread.h"
#include "tracker.h"


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
	"later", "may", "might", "more", "near", "nationwide", "now", "of",
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
	"kph", "lbs", "m", "meters", "metres", "mi", "miles", "minutes",
	"mins", "mm", "mph", "months", "nights", "o'clock", "pm", "points",
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
	"inhabitants", "inmates", "journalists", "kids", "laborers",
	"labourers", "males", "medics", "men", "migrants", "minors",
	"nationals", "nurses", "officers", "paramedics", "passengers",
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
	const char *s = c->text + t->off, *f;
	const char *firsts = c->tr->triggers.firsts;
	size_t i, m, n = t->len, p, v, nt = c->tr->triggers.n;
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
	for (f = memchr(firsts, s[0] | 0x20, nt); f != NULL;
	    f = memchr(f + 1, s[0] | 0x20, nt - (size_t)(f + 1 - firsts))) {
		const struct phrase *ph;
		const char *w;

		i = (size_t)(f - firsts);
		ph = &c->tr->triggers.v[i];
		w = ph->w[0];
		m = ph->len[0];
		if (plural && ph->n == 1 && m >= 6) {
			for (p = 0; p < n && p < m && (s[p] | 0x20) == w[p];
			    p++)
				;
			if (p >= 5 && p + 3 >= n && p + 3 >= m)
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

/* Is the figure written as something other than a count of people? */
static bool
netfig_excluded(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t f = np->first, i = np->num_first, e = np->end, k;
	long q;

	if (np->strong || (t[i].kind == TOK_NUM && (t[i].flags &
	    (TF_YEARLIKE | TF_TIME | TF_ORDINAL | TF_ATTACHED))))
		return true;
	if (!isnan(np->value) && np->value < 1)
		return true;
	if ((t[i].flags & TF_DECIMAL) && np->value < 1000)
		return true;	/* "6.8", "1.5 per cent" */
	if (t[i].kind == TOK_WORD && np->value == 1 && np->qual == QUAL_EXACT)
		return true;	/* "one of", "one man said" */
	if (f > 0 && (t[f - 1].kind == TOK_PUNCT ? t[f - 1].ch == '$' ||
	    t[f - 1].ch == '#' || t[f - 1].ch == '-' || t[f - 1].ch == '/' :
	    tok_in_sorted(c->text, &t[f - 1], index_words,
	    NWORDS(index_words))))
		return true;	/* "No. 5", "Route 9", "3-1" */
	if (f > 1 && tok_punct(&t[f - 1], '.') && tok_is(c->text, &t[f - 2],
	    "no"))
		return true;
	if (f > 1 && (tok_is(c->text, &t[f - 1], "of") || tok_is(c->text,
	    &t[f - 1], "in")) && (t[f - 2].kind == TOK_NUM ||
	    tok_is(c->text, &t[f - 2], "population")))
		return true;	/* "1 of 3", "a population of 90,000" */
	if (f > 1 && tok_is(c->text, &t[f - 1], "of") && tok_in_sorted(c->text,
	    &t[f - 2], group_of, NWORDS(group_of)))
		return true;	/* "a family of five" */
	if (f > 2 && np->value <= 31 && (tok_is(c->text, &t[f - 1], "and") ||
	    tok_is(c->text, &t[f - 1], "to") || tok_punct(&t[f - 1], '-')) &&
	    t[f - 2].kind == TOK_NUM && tok_month(c->text, &t[f - 3], true) > 0)
		return true;	/* "on June 9 and 16" */
	if (t[i].kind == TOK_NUM && t[i].len == 3 && f > 1 &&
	    tok_punct(&t[f - 1], ',') && t[f - 2].kind == TOK_NUM)
		return true;	/* "15, 200": a broken figure */
	if (e + 1 < c->n && tok_punct(&t[e], ',') && t[e + 1].kind ==
	    TOK_NUM && t[e + 1].len == 3 && t[e + 1].off == t[e].off + 2)
		return true;
	if (e + 2 < c->n && tok_is(c->text, &t[e], "and") &&
	    tok_is(c->text, &t[e + 1], "a") && tok_is(c->text, &t[e + 2],
	    "half"))
		e += 3;		/* "four and a half hours" */
	for (k = f; k > 0 && f - k < 4; k--)
		if (tok_in_sorted(c->text, &t[k - 1], age_words,
		    NWORDS(age_words)))
			return true;	/* "between the ages of 11 and 17" */
	if (f > 1 && e < c->n && tok_punct(&t[f - 1], ',') &&
	    tok_punct(&t[e], ',') && (t[f - 2].flags & TF_CAP) &&
	    t[i].kind == TOK_NUM && np->value < 120)
		return true;	/* "Amini, 22, died": an age */
	if (e >= c->n)
		return false;
	if (tok_is(c->text, &t[e], "to"))
		for (k = f; k > 0 && f - k < 3; k--)
			if (tok_in_sorted(c->text, &t[k - 1], expect_verbs,
			    NWORDS(expect_verbs)))
				return true;	/* "expected 2,000 to flee" */
	if (t[e].kind == TOK_PUNCT)
		return t[e].ch == '-' || t[e].ch == '%' || t[e].ch == '$' ||
		    t[e].ch == '/' || (t[e].ch == ':' && e + 1 < c->n &&
		    t[e + 1].kind == TOK_NUM);
	if (t[e].kind != TOK_WORD)
		return t[e].kind == TOK_NUM;
	if (tok_in_sorted(c->text, &t[e], more_words, NWORDS(more_words)) &&
	    e + 1 < c->n && t[e + 1].kind == TOK_WORD)
		e++;		/* "38 more plants", "dozens more suffered" */
	if (tok_in_sorted(c->text, &t[e], unit_words, NWORDS(unit_words)) ||
	    tok_is(c->text, &t[e], "times") || tok_is(c->text, &t[e], "per") ||
	    tok_is(c->text, &t[e], "percent"))
		return true;
	if (tok_is(c->text, &t[e], "in") && e + 1 < c->n &&
	    (t[e + 1].kind == TOK_NUM || number_word(c->text, &t[e + 1]) > 0))
		return true;	/* "one in four" */
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
	if (tok_in_sorted(c->text, &t[e], person_nouns, NWORDS(person_nouns)) &&
	    own_trigger_after(c, e + 1))
		return false;	/* "14 officers were hurt" */
	if (e + 1 < c->n && !(t[e].flags & TF_CAP) && tok_in_sorted(c->text,
	    &t[e + 1], person_nouns, NWORDS(person_nouns)) &&
	    trigger_form_at(c, e) < 0 && own_trigger_after(c, e + 2))
		return false;	/* "44 health workers had been killed", not
				   "240,000 rescue workers" */
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

bool
netfig_counts(struct ctx *c, const struct numphrase *np, long *qnoun)
{
	size_t k, best, dist;
	long q;

	*qnoun = -1;
	if (np->end + 1 < c->n && tok_is(c->text, &c->tok[np->end], "of") &&
	    tok_in_sorted(c->text, &c->tok[np->end + 1], of_them,
	    NWORDS(of_them)) && !tok_is(c->text, &c->tok[np->end + 1],
	    "whom") && c->si > 0 && !netfig_excluded(c, np) &&
	    noun_in_sentence(c, c->si - 1, qnoun))
		return true;	/* "... of North Korean soldiers in Russia.
				   There are already 11,000 of them" */
	if (netfig_excluded(c, np) || rival_count_before(c, np->first) ||
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
