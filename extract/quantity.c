/*
 * quantity.c - see quantity.h.
 */
#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "extract_int.h"
#include "netfig.h"
#include "numbers.h"
#include "quantity.h"
#include "util.h"

#define MODAL_BACK 8		/* tokens a modal may stand before a figure */
#define MODAL_AHEAD 5		/* ... and after it */
#define ADDED_BACK 6		/* words between "including" and a figure */
#define PARTITIVE_OWNER 4	/* words between "of" and a partitive's whole */
#define VERB_OBJECT 3		/* words between a verb and its particle */
#define ASIDE_WORDS 4		/* words of a concessive aside */
#define RESTATED_BACK 4		/* sentences back to a restated figure */

/* Words of possibility, plan or capacity that make a figure projected
 * (sorted). */
static const char *const modals[] = {
	"ability", "agreed", "aim", "aimed", "aiming", "aims",
	"capabilities", "capability", "capable", "capacity",
	"considering", "could", "decided", "expect", "expected",
	"expecting", "expects", "forthcoming", "going", "impending",
	"intends", "likely", "may", "might", "offered", "plan", "planning",
	"plans", "pledged", "poised", "possible", "potential",
	"prepared", "preparing", "projected", "promised", "ready", "set",
	"shall", "should", "supposed", "upcoming", "vowed", "will", "would"
};

/* Processes whose subjects are already counted when they are said to
 * come: "1,000 people will be tried" are charged now (sorted). */
static const char *const pending[] = {
	"judged", "prosecuted", "tried"
};

/* Words after a predicate that close it: prepositions, conjunctions,
 * adverbs of time and place (sorted). */
static const char *const closers[] = {
	"after", "and", "as", "at", "by", "during", "in", "near", "off",
	"on", "or", "since", "when", "while"
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

/* Verbs of belief, report or record between an auxiliary and the verb
 * that counts: "are believed to have been killed", "were feared
 * missing", "are listed as missing" (sorted). */
static const char *const beliefs[] = {
	"assumed", "believed", "confirmed", "estimated", "feared",
	"known", "listed", "presumed", "recorded", "registered",
	"reported", "said", "suspected", "thought"
};

/* Words that add a figure to the one before it (sorted). */
static const char *const additions[] = {
	"besides", "including", "plus"
};

/* Words opening a clause on what befell the figure's people next
 * ("questioned 12 soldiers after they were captured") (sorted). */
static const char *const sequels[] = {
	"after", "once", "since", "when"
};

/* X of "the X to" before a verb ("the first to arrive") (sorted). */
static const char *const ordinal_firsts[] = {
	"first", "last", "latest", "next"
};

/* Auxiliaries between a figure and its verb, and linking verbs before
 * the noun that says what its people now are ("have become
 * casualties") (sorted). */
static const char *const auxiliaries[] = {
	"allegedly", "already", "also", "apparently", "are", "be", "became",
	"become", "been", "being", "had", "has", "have", "is", "later", "now",
	"recently", "reportedly", "still", "subsequently", "was", "were"
};

static bool
clause_edge(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];

	if (t->kind == TOK_PUNCT)
		return t->ch != '"' && t->ch != '\'';
	return tok_in_sorted(c->text, t, clause_words, NELEM(clause_words));
}

/* Words opening a concessive aside ("who, although wounded, survived")
 * (sorted). */
static const char *const concessives[] = {
	"albeit", "although", "though"
};

/* Is token i inside a concessive aside set off by commas: a comma, a
 * concessive word, at most ASIDE_WORDS words, a comma? Its trigger says
 * nothing of what the figure counts. */
static bool
in_aside(struct ctx *c, size_t i)
{
	size_t k, open = SIZE_MAX;

	for (k = i; k > 0 && i - k <= ASIDE_WORDS; k--) {
		if (c->tok[k - 1].kind == TOK_PUNCT)
			return false;
		if (tok_in_sorted(c->text, &c->tok[k - 1], concessives,
		    NELEM(concessives))) {
			open = k - 1;
			break;
		}
	}
	if (open == SIZE_MAX || open == 0 || !tok_punct(&c->tok[open - 1], ','))
		return false;
	for (k = i + 1; k < c->n && k - open <= ASIDE_WORDS + 1; k++)
		if (c->tok[k].kind == TOK_PUNCT)
			return tok_punct(&c->tok[k], ',');
	return false;
}

#define PART_ASIDE 8	/* words of an aside on a part of the figure */

/*
 * Is token i, after the figure's phrase ending at b, in an aside set
 * off by a comma that counts a part of the figure: "5,000 migrants,
 * about a thousand of them minors, reached", ", among them hundreds of
 * children,", ", many of whom were injured,"? What the part is says
 * nothing of what the whole counts.
 */
static bool
in_part_aside(struct ctx *c, size_t i, size_t b)
{
	size_t k, open = SIZE_MAX;

	for (k = i; k > b && i - k < PART_ASIDE; k--)
		if (c->tok[k - 1].kind == TOK_PUNCT) {
			if (tok_punct(&c->tok[k - 1], ','))
				open = k - 1;
			break;
		}
	if (open == SIZE_MAX)
		return false;
	if (tok_is(c->text, &c->tok[open + 1], "among"))
		return true;
	for (k = open + 1; k + 1 < i; k++)
		if (tok_is(c->text, &c->tok[k], "of") && (tok_is(c->text,
		    &c->tok[k + 1], "them") || tok_is(c->text, &c->tok[k + 1],
		    "whom")))
			return true;
	return false;
}

/* Words that join coordinated triggers: "killed or wounded" (sorted). */
static const char *const coordinators[] = {
	"and", "or"
};

static bool
is_coordinator(struct ctx *c, size_t i)
{
	return tok_in_sorted(c->text, &c->tok[i], coordinators,
	    NELEM(coordinators));
}

static bool
word_is_coordinator(const char *w)
{
	return strcmp(w, "and") == 0 || strcmp(w, "or") == 0;
}

/* Is words w[0..n) (lower case) the whole of a trigger of a quantity
 * other than not? That quantity, else SIZE_MAX. */
static size_t
trigger_words_owner(const struct tracker *tr, char *const *w, size_t n,
    size_t not)
{
	size_t i, k;
	const struct phrase *p;

	for (i = 0; i < tr->triggers.n; i++) {
		p = &tr->triggers.v[i];
		if (p->n != n || p->owner == not)
			continue;
		for (k = 0; k < n && strcasecmp(p->w[k], w[k]) == 0; k++)
			;
		if (k == n)
			return p->owner;
	}
	return SIZE_MAX;
}

/* The quantities a combined trigger ("killed or wounded") coordinates,
 * as a bit set, when each of its parts is another quantity's trigger;
 * 0 when it is not such a trigger. */
static uint64_t
combined_set(const struct tracker *tr, const struct phrase *p)
{
	uint64_t set = 0;
	size_t k, start = 0, q;

	for (k = 0; k <= p->n; k++) {
		if (k < p->n && !word_is_coordinator(p->w[k]))
			continue;
		if (k == start)
			return 0;
		q = trigger_words_owner(tr, p->w + start, k - start, p->owner);
		if (q == SIZE_MAX || q >= 64)
			return 0;
		set |= (uint64_t)1 << q;
		start = k + 1;
	}
	return (set & (set - 1)) != 0 ? set : 0;
}

/* The tracker's quantity whose combined trigger coordinates the most of
 * the quantities in set, none outside it; SIZE_MAX when none. */
static size_t
combined_quantity(const struct tracker *tr, uint64_t set)
{
	size_t i, q = SIZE_MAX;
	int n, best = 1;
	uint64_t s;

	for (i = 0; i < tr->triggers.n; i++) {
		s = combined_set(tr, &tr->triggers.v[i]);
		if (s == 0 || (s & ~set) != 0)
			continue;
		n = __builtin_popcountll(s);
		if (n > best) {
			best = n;
			q = tr->triggers.v[i].owner;
		}
	}
	return q;
}

/* Does word k of phrase p match token t (as tracker.c matches)? */
static bool
phrase_word_is(const struct phrase *p, size_t k, const char *text,
    const struct token *t)
{
	if (t->kind == TOK_POSS)
		return strcmp(p->w[k], "'s") == 0;
	if (t->len != p->len[k])
		return false;
	if (p->cased[k])
		return memcmp(text + t->off, p->w[k], t->len) == 0;
	return strncasecmp(text + t->off, p->w[k], t->len) == 0;
}

/* Do words [1, n) of phrase p match tokens from k on? */
static bool
phrase_rest_at(struct ctx *c, const struct phrase *p, size_t k)
{
	size_t m;

	if (k + p->n - 1 > c->n)
		return false;
	for (m = 1; m < p->n; m++)
		if (!phrase_word_is(p, m, c->text, &c->tok[k + m - 1]))
			return false;
	return true;
}

/* May tokens (i, k) stand between a verb and its particle? Words only,
 * none opening a clause, joining, or itself a trigger. */
static bool
verb_object(struct ctx *c, size_t i, size_t k)
{
	size_t j;

	for (j = i + 1; j < k; j++)
		if ((c->tok[j].kind != TOK_WORD && c->tok[j].kind != TOK_POSS) ||
		    clause_edge(c, j) || is_coordinator(c, j) ||
		    phrase_match(&c->tr->triggers, c->text, c->tok, j, c->n,
		    NULL) > 0)
			return false;
	return true;
}

/*
 * A trigger of a verb and its particle with the verb's object between
 * ("fled Sudan to" for "fled to", "fled from Sudan into" for "fled
 * into"), the verb at token i: its length up to the particle, or 0;
 * *q gets its quantity. The object is at most VERB_OBJECT words.
 */
static size_t
split_trigger_at(struct ctx *c, const struct phraselist *l, size_t i,
    size_t *q)
{
	const struct phrase *p;
	size_t j, k;

	for (j = 0; j < l->n; j++) {
		p = &l->v[j];
		if (p->n < 2 || !phrase_word_is(p, 0, c->text, &c->tok[i]))
			continue;
		for (k = i + 2; k <= i + 1 + VERB_OBJECT && k < c->n; k++)
			if (phrase_rest_at(c, p, k) && verb_object(c, i, k)) {
				*q = p->owner;
				return k + p->n - 1 - i;
			}
	}
	return 0;
}

static bool modal_at(struct ctx *, size_t);
static bool past_at(struct ctx *, size_t);
static bool perfect_have(struct ctx *, size_t);
static bool adverb_ly(struct ctx *, size_t);

/* Verbs of "claimed the lives of" (sorted). */
static const char *const taking_verbs[] = {
	"claimed", "claiming", "claims", "cost", "costing", "costs",
	"taken", "taking", "took"
};

/* Words a death trigger is; the first the tracker has names its
 * quantity of the dead. */
static const char *const death_words[] = {
	"killed", "died", "dead", "deaths", "lost their lives"
};

/* Places of shelter for people who lost their homes (sorted). */
static const char *const housing_nouns[] = {
	"camps", "campuses", "dormitories", "hostels", "hotels",
	"shelters", "tents"
};

/* Is token i a place of shelter after "in" or "into", at most one
 * word between ("moved into hostels", "in temporary shelters")? */
static bool
housed_at(struct ctx *c, size_t i)
{
	size_t k;

	if (!tok_in_sorted(c->text, &c->tok[i], housing_nouns,
	    NELEM(housing_nouns)))
		return false;
	for (k = i; k > 0 && i - k < 2; k--)
		if (tok_is(c->text, &c->tok[k - 1], "in") ||
		    tok_is(c->text, &c->tok[k - 1], "into"))
			return true;
	return false;
}

/* Words of medical care of the hurt (sorted). */
static const char *const care_words[] = {
	"critical", "hospital", "hospitalised", "hospitalized", "hospitals",
	"treated", "treatment"
};

/* Is token i a word of medical care, not a hospital's name ("at
 * Kwong Wah Hospital": a place)? */
static bool
care_word_at(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];

	if (!tok_in_sorted(c->text, t, care_words, NELEM(care_words)))
		return false;
	return !(t->flags & TF_CAP) || !(tok_is(c->text, t, "hospital") ||
	    tok_is(c->text, t, "hospitals"));
}

/* Verbs of bodily harm short of death (sorted). */
static const char *const harm_words[] = {
	"assaulted", "battered", "beaten"
};

/* Triggers naming the hurt; the first the tracker has names its
 * quantity of them. */
static const char *const hurt_words[] = {
	"injured", "wounded", "hurt"
};

/* The owner of the tracker's first one-word trigger among words[0..n):
 * its quantity of that class (people sheltered, people hurt); SIZE_MAX
 * when it has none. */
static size_t
class_quantity(const struct tracker *tr, const char *const *words,
    size_t n)
{
	char w[16];
	char *ws[1] = { w };
	size_t i, q;

	for (i = 0; i < n; i++) {
		snprintf(w, sizeof(w), "%s", words[i]);
		if ((q = trigger_words_owner(tr, ws, 1, SIZE_MAX)) !=
		    SIZE_MAX)
			return q;
	}
	return SIZE_MAX;
}

/* The tracker's quantity of the hurt: the owner of its first trigger
 * naming the hurt ("injured"), else, for a tracker that counts the sick
 * or the treated rather than the injured, of its first naming their
 * care ("treated", "hospitalised"); SIZE_MAX when none. */
static size_t
hurt_quantity(const struct tracker *tr)
{
	size_t q;

	if ((q = class_quantity(tr, hurt_words, NELEM(hurt_words))) !=
	    SIZE_MAX)
		return q;
	return class_quantity(tr, care_words, NELEM(care_words));
}

/* Length of "claimed (the) lives (of)" at token i, or 0. */
static size_t
lives_taken(struct ctx *c, size_t i)
{
	size_t k = i + 1;

	if (!tok_in_sorted(c->text, &c->tok[i], taking_verbs,
	    NELEM(taking_verbs)))
		return 0;
	if (k < c->n && tok_is(c->text, &c->tok[k], "the"))
		k++;
	if (k >= c->n || !tok_is(c->text, &c->tok[k], "lives"))
		return 0;
	k++;
	if (k < c->n && tok_is(c->text, &c->tok[k], "of"))
		k++;
	return k - i;
}

/* The tracker's quantity of the dead: the owner of its first death
 * trigger; SIZE_MAX when it has none. */
static size_t
death_quantity(const struct tracker *tr)
{
	char w[4][16];
	char *words[4];
	size_t i, n, q;
	const char *s, *e;

	for (i = 0; i < NELEM(death_words); i++) {
		for (n = 0, s = death_words[i]; *s != '\0' && n < 4; n++) {
			e = strchr(s, ' ');
			if (e == NULL)
				e = s + strlen(s);
			snprintf(w[n], sizeof(w[n]), "%.*s", (int)(e - s), s);
			words[n] = w[n];
			s = *e == ' ' ? e + 1 : e;
		}
		if ((q = trigger_words_owner(tr, words, n, SIZE_MAX)) !=
		    SIZE_MAX)
			return q;
	}
	return SIZE_MAX;
}

/*
 * Length in tokens of the trigger at token i, or 0; *q gets its quantity.
 * Triggers of different quantities coordinated by commas, "and" or "or"
 * ("killed, wounded or captured", "injured or killed") are one trigger
 * of the quantity whose own combined trigger ("killed or wounded")
 * names the most of them, when the tracker has one.
 */
static size_t
trigger_find(struct ctx *c, size_t i, size_t *q)
{
	size_t len, j, k, which, end;
	uint64_t set = 0;

	if ((len = phrase_match(&c->tr->triggers, c->text, c->tok, i, c->n,
	    &which)) == 0) {
		if ((len = phrase_match(&c->tr->forms, c->text, c->tok, i,
		    c->n, &which)) > 0) {
			*q = c->tr->forms.v[which].owner;	/* "die" */
			if (len == 1 && (k = split_trigger_at(c,
			    &c->tr->forms, i, &j)) > 0) {
				*q = j;		/* "escaped Sudan to" */
				len = k;
			}
		}
		else if (i > 0 && (tok_is(c->text, &c->tok[i - 1], "to") ||
		    modal_at(c, i - 1)) && (len = phrase_match(
		    &c->tr->bases, c->text, c->tok, i, c->n, &which)) > 0)
			*q = c->tr->bases.v[which].owner;	/* "to arrive" */
		else if ((len = lives_taken(c, i)) > 0 &&
		    (*q = death_quantity(c->tr)) == SIZE_MAX)
			len = 0;
		else if (len == 0 && housed_at(c, i) &&
		    (*q = class_quantity(c->tr, housing_nouns,
		    NELEM(housing_nouns))) != SIZE_MAX)
			len = 1;	/* "moved into hostels" */
		else if (len == 0 && (care_word_at(c, i) || tok_in_sorted(
		    c->text, &c->tok[i], harm_words, NELEM(harm_words))) &&
		    (*q = hurt_quantity(c->tr)) != SIZE_MAX)
			len = 1;	/* "still being treated in hospital",
					   "had been beaten", "received medical
					   treatment" */
		return len;
	}
	*q = c->tr->triggers.v[which].owner;
	if (len == 1 && (k = split_trigger_at(c, &c->tr->triggers, i,
	    &j)) > 0) {
		*q = j;		/* "fled Sudan to" */
		return k;
	}
	if (*q < 64)
		set = (uint64_t)1 << *q;
	for (end = j = i + len; j < c->n; j = end) {
		k = j;
		if (c->tok[k].kind == TOK_PUNCT && c->tok[k].ch == ',')
			k++;
		if (k < c->n && is_coordinator(c, k))
			k++;
		if (k == j || k >= c->n || (len = phrase_match(
		    &c->tr->triggers, c->text, c->tok, k, c->n, &which)) == 0)
			break;
		if (c->tr->triggers.v[which].owner >= 64)
			return end - i;
		set |= (uint64_t)1 << c->tr->triggers.v[which].owner;
		end = k + len;
	}
	if ((set & (set - 1)) == 0 ||
	    (k = combined_quantity(c->tr, set)) == SIZE_MAX)
		return phrase_match(&c->tr->triggers, c->text, c->tok, i,
		    c->n, NULL);
	*q = k;
	return end - i;
}

#define Q_UNWRITTEN (SIZE_MAX - 1)	/* no quantity's number */

/* trigger_find(), asked once per token of the sentence being read: the
 * memo in c->trig holds its answer and what it left in *q. */
static size_t
trigger_at(struct ctx *c, size_t i, size_t *q)
{
	struct trigger_memo *m;
	size_t mq = Q_UNWRITTEN;

	if (i >= c->n)
		return trigger_find(c, i, q);
	m = trigger_memo_at(c, i);
	if (!m->asked) {
		m->len = trigger_find(c, i, &mq);
		m->wrote = mq != Q_UNWRITTEN;
		m->q = mq;
		m->asked = true;
	}
	if (m->wrote)
		*q = m->q;
	return m->len;
}

/* Verbs of completion: the state their object names is over
 * ("have finished their training") (sorted). */
static const char *const completions[] = {
	"complete", "completed", "completing", "concluded", "ended",
	"finish", "finished", "finishing"
};

/* Determiners between such a verb and its object (sorted). */
static const char *const completion_dets[] = {
	"her", "his", "its", "the", "their"
};

/* Verbs of amount: with the figure for object they say how large a
 * count is, not that anyone came ("casualties have reached 3,000",
 * "the number reaching up to 1,000") (sorted). */
static const char *const amount_verbs[] = {
	"crossed", "crossing", "exceeded", "exceeding", "hit", "hitting",
	"passed", "passing", "reach", "reached", "reaches", "reaching",
	"surpassed", "topped"
};

/* Verbs of a level a count has come to or stands at, before "to" or
 * "at": "the toll has risen to", "stood at" (sorted). */
static const char *const level_verbs[] = {
	"climbed", "climbs", "grew", "grows", "increased", "increases",
	"jumped", "jumps", "mounted", "mounts", "risen", "rises", "rose",
	"soared", "soars", "stands", "stood"
};

#define LEVEL_GAP 3	/* words between such a verb and its figure */

/* Is the trigger at [i, i + len) a verb of amount whose object is the
 * figure starting at a? */
static bool
amount_verb_at(struct ctx *c, size_t i, size_t len, size_t a)
{
	size_t k;

	if (len != 1 || i >= a || a - i > 3 || !tok_in_sorted(c->text,
	    &c->tok[i], amount_verbs, NELEM(amount_verbs)))
		return false;
	for (k = i + 1; k < a; k++)	/* "reaching up to", "reached about" */
		if (c->tok[k].kind != TOK_WORD || (c->tok[k].flags & TF_CAP))
			return false;
	return true;
}

/* Is the trigger at i the object of a verb of completion: "finished
 * their training", "after completing training"? */
static bool
completed_at(struct ctx *c, size_t i)
{
	if (i > 0 && tok_in_sorted(c->text, &c->tok[i - 1], completion_dets,
	    NELEM(completion_dets)))
		i--;
	return i > 0 && tok_in_sorted(c->text, &c->tok[i - 1], completions,
	    NELEM(completions));
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

/* Are tokens [i, j) all quotation marks? */
static bool
quotes_only(struct ctx *c, size_t i, size_t j)
{
	for (; i < j; i++)
		if (c->tok[i].kind != TOK_PUNCT || (c->tok[i].ch != '"' &&
		    c->tok[i].ch != '\''))
			return false;
	return true;
}

/* Determiners between a cause word and its noun: "died from their
 * injuries" (sorted). */
static const char *const cause_dets[] = {
	"her", "his", "its", "the", "their"
};

/* Two-word markers of a cause: "due to heatstroke". */
static const char *const cause_pairs[][2] = {
	{ "because", "of" }, { "caused", "by" }, { "due", "to" },
	{ "owing", "to" }
};

#define CAUSE_GAP 10	/* tokens from a cause back to its event */

/* Is the word at k a verb's past or present form ("died", "dying"),
 * not a noun of measure ("toll of", "number of")? */
static bool
past_or_ing(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *s = c->text + t->off;

	return t->kind == TOK_WORD && t->len > 3 &&
	    ((s[t->len - 2] == 'e' && s[t->len - 1] == 'd') ||
	    (s[t->len - 3] == 'i' && s[t->len - 2] == 'n' &&
	    s[t->len - 1] == 'g'));
}

/* Is there a trigger of a quantity other than q in the clause before
 * token j, ending at most CAUSE_GAP tokens before it (just before it,
 * and a verb, when adjacent: "died of", not "the toll of")? */
static bool
event_before(struct ctx *c, size_t j, size_t q, bool adjacent)
{
	size_t k, len, q2;

	for (k = j; k > 0 && j - k < (adjacent ? 3 : CAUSE_GAP); k--) {
		q2 = SIZE_MAX;
		if ((len = trigger_at(c, k - 1, &q2)) > 0 && q2 != q &&
		    (!adjacent || (k - 1 + len == j && past_or_ing(c,
		    j - 1))))
			return true;
		if (clause_edge(c, k - 1) && !tok_punct(&c->tok[k - 1], '-'))
			return false;
	}
	return false;
}

/*
 * Does the trigger at i, of quantity q, name the cause of another
 * quantity's event before it: "died of heat exhaustion", "died from
 * their injuries", "the deaths of 14 pilgrims due to heatstroke",
 * "forced to leave due to attacks"? The cause is not what the figure
 * counts; the event is.
 */
static bool
cause_of_event(struct ctx *c, size_t i, size_t q)
{
	const struct token *t = c->tok;
	size_t j = i, k;

	if (j > 0 && tok_in_sorted(c->text, &t[j - 1], cause_dets,
	    NELEM(cause_dets)))
		j--;
	if (j < 2)
		return false;
	if (tok_is(c->text, &t[j - 1], "of") || tok_is(c->text, &t[j - 1],
	    "from"))
		return event_before(c, j - 1, q, true);
	for (k = 0; k < NELEM(cause_pairs); k++)
		if (tok_is(c->text, &t[j - 2], cause_pairs[k][0]) &&
		    tok_is(c->text, &t[j - 1], cause_pairs[k][1]))
			return event_before(c, j - 2, q, false);
	return false;
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
		if ((len = trigger_at(c, i, &which)) == 0 || in_aside(c, i) ||
		    (i >= b && in_part_aside(c, i, b)) ||
		    completed_at(c, i) || amount_verb_at(c, i, len, a) ||
		    cause_of_event(c, i, which))
			continue;
		d = trigger_distance(i, len, a, b);
		before = i < a;
		if (before && d > 0 && quotes_only(c, i + len, a))
			d = 0;	/* killed "several hundred" soldiers */
		if (d < best || (d == best && before && !best_before) ||
		    (d == best && before == best_before && len > bestlen)) {
			best_before = before;
			best = d;
			bestlen = len;
			q = which;
		}
		if (len > 1 && i + len <= a)
			i += len - 1;	/* not the words inside it */
	}
	return q;
}

/* Tokens from i on that are auxiliaries or verbs of belief with their
 * "to" ("are believed to have been", "were feared", "is thought to
 * have"): the first token after them. */
static size_t
skip_auxiliaries(struct ctx *c, size_t i, size_t end)
{
	size_t q, start = i;

	while (i < end) {
		if (trigger_at(c, i, &q) > 1)
			break;	/* "feared lost", "confirmed dead" */
		if (tok_in_sorted(c->text, &c->tok[i], auxiliaries,
		    NELEM(auxiliaries)))
			i++;
		else if (i + 1 < end && tok_is(c->text, &c->tok[i], "so") &&
		    tok_is(c->text, &c->tok[i + 1], "far"))
			i += 2;		/* "have so far been" */
		else if (i > start && i + 1 < end && adverb_ly(c, i) &&
		    trigger_at(c, i + 1, &q) > 0)
			i++;		/* "have been temporarily laid off" */
		else if (i > 0 && i + 1 < end && tok_is(c->text, &c->tok[i],
		    "since") && perfect_have(c, i - 1) &&
		    tok_is(c->text, &c->tok[i + 1], "been"))
			i++;		/* "have since been": no clause */
		else if (i + 2 < end && tok_is(c->text, &c->tok[i], "the") &&
		    tok_in_sorted(c->text, &c->tok[i + 1], ordinal_firsts,
		    NELEM(ordinal_firsts)) && tok_is(c->text,
		    &c->tok[i + 2], "to"))
			i += 3;		/* "was the first to arrive" */
		else if (tok_in_sorted(c->text, &c->tok[i], beliefs,
		    NELEM(beliefs)))
			i += i + 1 < end && (tok_is(c->text, &c->tok[i + 1],
			    "to") || tok_is(c->text, &c->tok[i + 1], "as")) ?
			    2 : 1;	/* "believed to", "listed as" */
		else
			break;
	}
	return i;
}

/* After the figure's verb at j, "among those who died", "among the
 * dead": the token of the trigger that says what "those" did. */
static size_t
among_those(struct ctx *c, size_t j)
{
	if (j + 1 >= c->n || !tok_is(c->text, &c->tok[j], "among"))
		return j;
	j++;
	if (tok_is(c->text, &c->tok[j], "those") ||
	    tok_is(c->text, &c->tok[j], "the"))
		j++;
	if (j < c->n && (tok_is(c->text, &c->tok[j], "who") ||
	    tok_is(c->text, &c->tok[j], "that")))
		j = skip_auxiliaries(c, j + 1, c->n);
	return j;
}

/* Is token i a counted noun, or a lower-case plural that is no
 * trigger ("refugees and migrants")? */
static bool
plural_noun(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];
	size_t q;

	if (phrase_match(&c->tr->nouns, c->text, c->tok, i, c->n, NULL) > 0)
		return true;
	return t->kind == TOK_WORD && !(t->flags & TF_CAP) && t->len > 3 &&
	    c->text[t->off + t->len - 1] == 's' &&
	    c->text[t->off + t->len - 2] != 's' && trigger_at(c, i, &q) == 0;
}

/* Is there a trigger in the figure's clause before token a (a verb
 * whose object the figure is)? */
static bool
verb_before(struct ctx *c, size_t a)
{
	size_t i, q;

	for (i = a; i > 0 && !clause_edge(c, i - 1); i--)
		if (trigger_at(c, i - 1, &q) > 0)
			return true;
	return false;
}

static bool modal_at(struct ctx *, size_t);

/* Is token i a verb opening a predicate: a participle, a modal, or a
 * verb form of a trigger ("die")? */
static bool
verb_like(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];
	const char *s = c->text + t->off;

	if (t->kind != TOK_WORD)
		return false;
	if ((t->len > 4 && strncasecmp(s + t->len - 3, "ing", 3) == 0) ||
	    (t->len > 3 && strncasecmp(s + t->len - 2, "ed", 2) == 0))
		return true;
	return modal_at(c, i) || phrase_match(&c->tr->forms, c->text, c->tok,
	    i, c->n, NULL) > 0;
}

/* Linking verbs of a state kept, before it ("who had remained missing")
 * (sorted). */
static const char *const remain_words[] = {
	"remain", "remained", "remains", "stayed"
};

#define RELATIVE_SPAN 20	/* tokens of a relative clause */

/*
 * The quantity of the state a linking verb of a state kept at k puts
 * its subject in: its own trigger ("remain at large") or the one after
 * it ("remained hospitalised"); else q.
 */
static size_t
kept_state(struct ctx *c, size_t k, size_t q)
{
	size_t q2, m;

	if (trigger_at(c, k, &q2) > 1 && q2 != q)
		return q2;
	m = skip_auxiliaries(c, k + 1, c->n);
	if (m < c->n && trigger_at(c, m, &q2) > 0 && q2 != q)
		return q2;
	return q;
}

#define APPOSITION_SPAN 8	/* words of an aside inside a relative */

/*
 * The comma closing an aside opened by the comma at k, words only
 * between ("at Camp X, a summer camp, are"), or depth more asides
 * ("in Malang, West Java, are"), when an auxiliary or a verb of a state
 * kept follows it: the main verb is after the aside. k when none.
 */
static size_t
apposition_end(struct ctx *c, size_t k, int depth)
{
	size_t m, n;

	for (m = k + 1; m < c->n && m <= k + APPOSITION_SPAN; m++) {
		if (tok_punct(&c->tok[m], ','))
			break;
		if (c->tok[m].kind != TOK_WORD || clause_edge(c, m))
			return k;
	}
	if (m + 1 >= c->n || m == k + 1 || !tok_punct(&c->tok[m], ','))
		return k;
	if (tok_in_sorted(c->text, &c->tok[m + 1], auxiliaries,
	    NELEM(auxiliaries)) || tok_in_sorted(c->text, &c->tok[m + 1],
	    remain_words, NELEM(remain_words)))
		return m;
	return depth > 0 && (n = apposition_end(c, m, depth - 1)) != m ? n : k;
				/* "in Malang, West Java, are" */
}

/*
 * The quantity of the main verb after a relative clause whose trigger
 * at j has quantity q: "nine men who survived the sinking were
 * arrested" (arrested: the clause only describes them); a main verb is
 * an auxiliary with a trigger after it, before a comma or the end.
 * Else q ("migrants who arrived on the island were housed").
 */
static size_t
main_after_relative(struct ctx *c, size_t j, size_t q)
{
	size_t k, m, q2;

	for (k = j + 1; k < c->n && k < j + RELATIVE_SPAN; k++) {
		if (tok_punct(&c->tok[k], ',') &&
		    (m = apposition_end(c, k, 1)) != k) {
			k = m;	/* "who were at Camp X, a summer camp, are
				   still missing" */
			continue;
		}
		if (is_coordinator(c, k) && k + 1 < c->n &&
		    plural_noun(c, k - 1) && plural_noun(c, k + 1)) {
			k++;	/* "deployed in response to raids and
				   protests will be released" */
			continue;
		}
		if (c->tok[k].kind == TOK_PUNCT || c->tok[k].kind == TOK_NUM ||
		    is_coordinator(c, k))
			break;
		if (tok_in_sorted(c->text, &c->tok[k], remain_words,
		    NELEM(remain_words)))
			return kept_state(c, k, q);	/* "who fled remain
							   at large" */
		if (!tok_in_sorted(c->text, &c->tok[k], auxiliaries,
		    NELEM(auxiliaries)))
			continue;
		m = skip_auxiliaries(c, k, c->n);
		if (m > k && m < c->n && trigger_at(c, m, &q2) > 0 && q2 != q)
			return q2;
		break;
	}
	return q;
}

/* After the phrase ending at b, the token after an aside ", including
 * ... ," ("1,300 people, including 500 children, who"); b when there is
 * none. */
static size_t
past_including(struct ctx *c, size_t b)
{
	size_t r = b;

	if (r + 1 >= c->n || !tok_punct(&c->tok[r], ',') ||
	    !tok_is(c->text, &c->tok[r + 1], "including"))
		return b;
	for (r += 2; r < c->n && r < b + RELATIVE_SPAN &&
	    !tok_punct(&c->tok[r], ','); r++)
		;
	return r < c->n && tok_punct(&c->tok[r], ',') ? r + 1 : b;
}

/* The token after "in" or "in a" at j, the state a copula puts its
 * subject in ("were in serious condition"); j when there is none. */
static size_t
state_after_in(struct ctx *c, size_t j)
{
	size_t k = j + 1, q;

	if (j >= c->n || !tok_is(c->text, &c->tok[j], "in") ||
	    trigger_at(c, j, &q) > 0)
		return j;	/* a trigger of its own: "in custody" */
	if (k < c->n && (tok_is(c->text, &c->tok[k], "a") ||
	    tok_is(c->text, &c->tok[k], "an")))
		k++;
	if (k >= c->n || phrase_match(&c->tr->triggers, c->text, c->tok, k,
	    c->n, NULL) == 0)
		return j;	/* a state the tracker names, not "are in
				   hospitals", which the rules of care read */
	return k;
}

static bool adverb_ly(struct ctx *, size_t);

/* Words a simple verb may stand after, past its subject's phrase:
 * "members of the United Auto Workers walked off", "members at General
 * Motors will vote" (sorted). */
static const char *const subject_links[] = {
	"at", "in", "of", "the"
};

/* In a relative clause, the token after its auxiliaries from j on, past
 * quote marks, adverbs in "-ly" and a linking verb of a state kept:
 * "who were \"illegally detained\"", "who had remained missing". */
static size_t
relative_verb(struct ctx *c, size_t j)
{
	size_t k;

	for (k = 0; k < 4 && j < c->n; k++) {
		j = skip_auxiliaries(c, j, c->n);
		if (j >= c->n || !((c->tok[j].kind == TOK_PUNCT &&
		    (c->tok[j].ch == '"' || c->tok[j].ch == '\'')) ||
		    adverb_ly(c, j) || tok_in_sorted(c->text, &c->tok[j],
		    remain_words, NELEM(remain_words))))
			break;
		j++;
	}
	return j;
}

/* After the phrase ending at b, the token of a relative pronoun "who"
 * on its people past a phrase of names ("200 students from the
 * National University who were detained") or an aside on a part
 * (", among them six children, who had been rescued"); b when there
 * is none. */
static size_t
who_after_names(struct ctx *c, size_t b)
{
	const struct token *t = c->tok;
	size_t r = b;

	if (r + 1 < c->n && tok_punct(&t[r], ',') &&
	    tok_is(c->text, &t[r + 1], "among")) {
		for (r += 2; r < c->n && r < b + RELATIVE_SPAN &&
		    !tok_punct(&t[r], ','); r++)
			;
		return r + 1 < c->n && tok_punct(&t[r], ',') &&
		    tok_is(c->text, &t[r + 1], "who") ? r + 1 : b;
	}
	if (r >= c->n || !tok_is(c->text, &t[r], "from"))
		return b;
	for (r++; r < c->n && r < b + 10 && ((t[r].kind == TOK_WORD &&
	    ((t[r].flags & TF_CAP) || tok_in_sorted(c->text, &t[r],
	    subject_links, NELEM(subject_links)))) || tok_punct(&t[r], '(') ||
	    tok_punct(&t[r], ')')); r++)
		;		/* "from the National University (NU)" */
	return r < c->n && tok_is(c->text, &t[r], "who") ? r : b;
}

/* The trigger of the verb the figure is the subject of: a relative
 * clause on its noun ("migrants who arrived"), else the first run of
 * auxiliaries in [b, end), before any "and", "or" or number (another
 * subject's verb), and the trigger after it ("... had been
 * killed", "are believed to have died"); with participle, a trigger
 * in "-ing" or "-ed" right after the phrase ("members walking off the
 * job"), which is no verb of a noun naming its own quantity
 * ("casualties fighting in Kursk"); SIZE_MAX when there is none. */
static size_t
predicate_trigger(struct ctx *c, size_t a, size_t b, size_t end,
    bool participle)
{
	size_t i, j, q, r;
	bool subject = !verb_before(c, a);

	if (b + 1 < c->n && tok_in_sorted(c->text, &c->tok[b], sequels,
	    NELEM(sequels))) {
		j = b + 1;
		if (tok_is(c->text, &c->tok[j], "they") ||
		    tok_is(c->text, &c->tok[j], "having"))
			j++;	/* "after they were", "after having been" */
		j = skip_auxiliaries(c, j, c->n);
		if (j > b + 1 && j < c->n && trigger_at(c, j, &q) > 0)
			return q;	/* "soldiers after they were captured" */
	}
	if (b + 2 < c->n && tok_is(c->text, &c->tok[b], "of") &&
	    tok_is(c->text, &c->tok[b + 1], "those") &&
	    tok_is(c->text, &c->tok[b + 2], "who"))
		b += 2;		/* "7,000 of those who crossed have been
				   sent back": the main verb is the part's */
	r = past_including(c, b);	/* "1,300 people, including 500
					   children, who" */
	if (r == b && r + 1 < c->n && tok_punct(&c->tok[r], ',') &&
	    tok_is(c->text, &c->tok[r + 1], "who"))
		r++;		/* "six men, who were arrested in the
				   town, ...": an aside on them */
	if (r == b && subject)
		r = who_after_names(c, b);	/* "200 students from the
						   University who" */
	if (r < c->n && (tok_is(c->text, &c->tok[r], "who") ||
	    (r == b && tok_is(c->text, &c->tok[r], "that")))) {
		b = r;
		j = subject ? relative_verb(c, b + 1) :
		    skip_auxiliaries(c, b + 1, c->n);	/* not the object's:
							   "detained 171
							   who illegally
							   crossed" */
		if (j < c->n && trigger_at(c, j, &q) > 0)
			return main_after_relative(c, j, q);
					/* "migrants who (had) arrived" */
		if (j < c->n && (j > b + 1 || verb_like(c, j)) &&
		    (q = main_after_relative(c, j, SIZE_MAX)) != SIZE_MAX)
			return q;	/* "people who were stranded in the
					 * hills were rescued", "two men who
					 * led the marches were arrested":
					 * the main verb, not a trigger the
					 * relative clause names */
	}
	for (i = b; i < end; i++) {
		if (subject && is_coordinator(c, i) && i + 1 < end &&
		    (c->tok[i + 1].kind == TOK_NUM || plural_noun(c, i + 1))) {
			i++;	/* "645 children and 350 women were" */
			continue;
		}
		if (verb_like(c, i) || trigger_at(c, i, &q) > 0)
			subject = false;	/* "died and hundreds more",
						   "lost their lives and 1,663
						   others were" */
		if (is_coordinator(c, i) || c->tok[i].kind == TOK_NUM)
			break;		/* another verb's subject */
		if (modal_at(c, i) && trigger_at(c, i, &q) > 0)
			return q;	/* "may move", "could flee" */
		if (!tok_in_sorted(c->text, &c->tok[i], auxiliaries,
		    NELEM(auxiliaries)))
			continue;
		j = among_those(c, skip_auxiliaries(c, i, c->n));
		j = state_after_in(c, j);	/* "were in (a) serious
						   condition" */
		if (j < c->n && trigger_at(c, j, &q) > 0)
			return q;
		break;
	}
	if (participle && b < end && verb_like(c, b) &&
	    trigger_at(c, b, &q) > 0)
		return b > a && plural_noun(c, b - 1) ?
		    main_after_relative(c, b, q) : q;
				/* "members walking off the job"; "36
				   people injured in the crush are still
				   hospitalized": the participle on a noun
				   is no main verb; "30 died while" is */
	return SIZE_MAX;
}

/* Does the phrase [num_end, b) end in a counted noun of the tracker
 * ("members", "Boeing machinists")? */
static bool
head_counted(struct ctx *c, size_t num_end, size_t b)
{
	size_t i;

	for (i = num_end; i < b; i++)
		if (phrase_match(&c->tr->nouns, c->text, c->tok, i, c->n,
		    NULL) == b - i)
			return true;
	return false;
}

/*
 * The trigger of a simple verb right after the phrase [a, b) whose
 * subject the figure is, when its head is a counted noun: "49,000
 * members of the union walked off the job", "65,000 members cast
 * ballots", "thousands of striking machinists voted" read what they
 * did, not the membership or the state a word of the phrase names. Names
 * and "of the", "at", "in" may stand between, and modals and auxiliaries
 * before the verb; not a participle in "-ing" ("troops fighting in"),
 * which describes them. SIZE_MAX when the figure is the object of a
 * verb before it or no such verb follows.
 */
static size_t
simple_predicate(struct ctx *c, size_t a, size_t num_end, size_t b,
    size_t end)
{
	const struct token *t = c->tok;
	size_t i, j, q, len;

	if (verb_before(c, a) || !head_counted(c, num_end, b))
		return SIZE_MAX;
	for (i = b; i < end && i < c->n && t[i].kind == TOK_WORD &&
	    ((t[i].flags & TF_CAP) || tok_in_sorted(c->text, &t[i],
	    subject_links, NELEM(subject_links))); i++)
		;
	for (j = i; j < end && (modal_at(c, j) || tok_in_sorted(c->text,
	    &t[j], auxiliaries, NELEM(auxiliaries))); j++)
		;
	if (j >= end || t[j].kind != TOK_WORD || (t[j].flags & TF_CAP) ||
	    tok_in_sorted(c->text, &t[j], beliefs, NELEM(beliefs)) ||
	    (t[j].len > 4 && strncasecmp(c->text + t[j].off + t[j].len - 3,
	    "ing", 3) == 0) || (len = trigger_at(c, j, &q)) == 0)
		return SIZE_MAX;	/* "deaths recorded this year" */
	return j > i || len > 1 || verb_like(c, j) ? q : SIZE_MAX;
}

/* Is the figure at token a the whole of a partitive, after a number and
 * "of" and at most PARTITIVE_OWNER words ("12,700 of the union's
 * 145,000 members")? */
/* Fractions and shares of a whole: "a third of the 11,000 soldiers"
 * (sorted). */
static const char *const fractions[] = {
	"fifth", "fifths", "half", "majority", "quarter", "quarters",
	"tenth", "tenths", "third", "thirds"
};

static bool
partitive_whole(struct ctx *c, size_t a)
{
	size_t i;

	for (i = a; i > 0 && a - i <= PARTITIVE_OWNER; i--) {
		if (tok_is(c->text, &c->tok[i - 1], "of")) {
			if (i >= 3 && tok_is(c->text, &c->tok[i - 2], "out"))
				i--;	/* "600 out of 15,000 deployed" */
			return i >= 2 && (c->tok[i - 2].kind == TOK_NUM ||
			    tok_in_sorted(c->text, &c->tok[i - 2], fractions,
			    NELEM(fractions)));
		}
		if (c->tok[i - 1].kind != TOK_WORD &&
		    c->tok[i - 1].kind != TOK_POSS)
			return false;
	}
	return false;
}

/* Is the phrase [num_end, b) the "of" and whole of a partitive whose
 * part is the figure ("12,700 of the union's 145,000 members")? */
static bool
partitive_part(struct ctx *c, size_t num_end, size_t b)
{
	size_t i;

	if (num_end + 1 < b && tok_is(c->text, &c->tok[num_end], "out"))
		num_end++;	/* "14 out of the 129 students" */
	if (num_end >= b || !tok_is(c->text, &c->tok[num_end], "of"))
		return false;
	for (i = num_end + 1; i < b; i++)
		if (c->tok[i].kind == TOK_NUM)
			return true;
	return false;
}

#define WHOLE_SPAN 12	/* words of a partitive's whole after its figure */

/* After a relative clause opening at i whose verb, past its
 * auxiliaries, is a trigger ("who had been reported missing"), the
 * token after that trigger, its quantity in *q; i when there is none. */
static size_t
relative_trigger(struct ctx *c, size_t i, size_t *q)
{
	size_t j, len;

	if (i + 1 >= c->n || !(tok_is(c->text, &c->tok[i], "who") ||
	    tok_is(c->text, &c->tok[i], "that")))
		return i;
	j = skip_auxiliaries(c, i + 1, c->n);
	return (len = trigger_at(c, j, q)) > 0 ? j + len : i;
}

/* relative_trigger()'s end alone. */
static size_t
relative_end(struct ctx *c, size_t i)
{
	size_t q;

	return relative_trigger(c, i, &q);
}

/*
 * When the figure's phrase [.., b) is followed by the whole of a
 * partitive it is a part of ("600 out of 15,000 deployed soldiers have
 * been killed"), the token after the whole's words where the part's
 * verb stands: the first auxiliary before end, or a second trigger
 * after the one on the whole ("14 of the 129 girls kidnapped by gunmen
 * escaped"); b otherwise. The whole's own words ("deployed",
 * "kidnapped") say what the whole counts, not the part; they may name
 * coordinated nouns ("girls and young women"), not another figure.
 */
static size_t
after_partitive_whole(struct ctx *c, size_t b, size_t end)
{
	size_t i = b, k, len, q;
	bool whole_trigger = false;

	if (i + 1 < end && tok_is(c->text, &c->tok[i], "out"))
		i++;
	if (i >= end || !tok_is(c->text, &c->tok[i], "of"))
		return b;
	for (k = i + 1; k < end && k <= i + 1 + PARTITIVE_OWNER &&
	    c->tok[k].kind != TOK_NUM; k++)
		if (c->tok[k].kind != TOK_WORD && c->tok[k].kind != TOK_POSS)
			return b;
	if (k >= end || c->tok[k].kind != TOK_NUM)
		return b;
	for (i = k + 1; i < c->n && i <= k + WHOLE_SPAN; i++) {
		if (i == end && (end = relative_end(c, i)) != i) {
			whole_trigger = true;	/* "pilgrims who had been
						   reported missing were" */
			i = end - 1;
			for (; end < c->n && !clause_edge(c, end); end++)
				;
			continue;
		}
		if (i >= end)
			return b;
		if (c->tok[i].kind != TOK_WORD || (is_coordinator(c, i) &&
		    (i + 1 >= end || c->tok[i + 1].kind != TOK_WORD)))
			return b;
		if (tok_in_sorted(c->text, &c->tok[i], auxiliaries,
		    NELEM(auxiliaries)))
			return i;
		if ((len = trigger_at(c, i, &q)) == 0)
			continue;
		if (whole_trigger && !is_coordinator(c, i - 1))
			return i;	/* "taken away managed to escape" */
		whole_trigger = true;
		i += len - 1;
	}
	return b;
}

/* The quantity of the trigger at i, where after_partitive_whole() found
 * the part's verb without an auxiliary; SIZE_MAX when i is none. */
static size_t
part_verb(struct ctx *c, size_t i)
{
	size_t q;

	return trigger_at(c, i, &q) > 0 ? q : SIZE_MAX;
}

/* The trigger of a relative clause on a partitive's whole, right after
 * its noun ending at b, past its auxiliaries and verbs of report: "96
 * of the 110 pilgrims who had been reported missing were found" counts
 * the 110 missing; the main verb after it is the part's. SIZE_MAX when
 * there is none. */
static size_t
relative_on_whole(struct ctx *c, size_t b)
{
	size_t q;

	if (b + 1 < c->n && tok_punct(&c->tok[b], ','))
		b++;		/* "the 241 people, who were injured" */
	return relative_trigger(c, b, &q) != b ? q : SIZE_MAX;
}

/* The whole of a partitive counts what its own noun or the participle
 * on it counts ("the 150,000 members employed by"), not the part's
 * verb. */
static size_t
whole_quantity(struct ctx *c, size_t a, size_t num_end, size_t b)
{
	size_t q;

	if ((q = nearest_trigger(c, num_end, b, a, num_end, b)) != SIZE_MAX)
		return q;
	if (b < c->n && trigger_at(c, b, &q) > 0)
		return q;
	if ((q = relative_on_whole(c, b)) != SIZE_MAX)
		return q;
	return c->tr->qdefault;
}

/* Is the figure at token a added to the one before it ("including 12
 * children", "in addition to 22 officers", "as well as 40 more"), at
 * most ADDED_BACK words after those words? */
static bool
added_figure(struct ctx *c, size_t a)
{
	size_t i;

	for (i = a; i > 0 && a - i <= ADDED_BACK; i--) {
		if (tok_in_sorted(c->text, &c->tok[i - 1], additions,
		    NELEM(additions)))
			return true;
		if (tok_is(c->text, &c->tok[i - 1], "to") ||
		    tok_is(c->text, &c->tok[i - 1], "as"))
			return i >= 3 && ((tok_is(c->text, &c->tok[i - 2],
			    "addition") && tok_is(c->text, &c->tok[i - 3],
			    "in")) || (tok_is(c->text, &c->tok[i - 2], "well") &&
			    tok_is(c->text, &c->tok[i - 3], "as")));
		if (c->tok[i - 1].kind != TOK_WORD &&
		    c->tok[i - 1].kind != TOK_NUM)
			return false;	/* "including those of two parents
					   and their two children" */
	}
	return false;
}

#define NAMELY_BACK 48	/* tokens from "namely" to an item of its list */

/*
 * Is the figure at token a an item of a list that "namely" opens after
 * a total ("44 died in three hospitals, namely Kanjuruhan Hospital as
 * many as 21 people, Batu Hospital two people and ...")? Only words,
 * figures, commas and "and" stand between.
 */
static bool
namely_item(struct ctx *c, size_t a)
{
	const struct token *t = c->tok;
	size_t i;

	for (i = a; i > 0 && a - i <= NAMELY_BACK; i--) {
		if (tok_is(c->text, &t[i - 1], "namely"))
			return true;
		if (t[i - 1].kind == TOK_PUNCT && !tok_punct(&t[i - 1], ','))
			return false;
	}
	return false;
}

/* The quantity of the claim made before the current one, when it is
 * from the same sentence; SIZE_MAX otherwise. */
static size_t
previous_quantity(struct ctx *c)
{
	const struct claim *cur, *prev;
	long q;

	if (c->out->n < 2)
		return SIZE_MAX;
	cur = &c->out->v[c->out->n - 1];
	prev = &c->out->v[c->out->n - 2];
	if (prev->sent_start != cur->sent_start || prev->quantity == NULL ||
	    prev->doc == NULL || cur->doc == NULL ||
	    strcmp(prev->doc, cur->doc) != 0)
		return SIZE_MAX;
	q = tracker_quantity_index(c->tr, prev->quantity);
	return q >= 0 ? (size_t)q : SIZE_MAX;
}

/* Verbs of taking people out of a ruin or the water (sorted). */
static const char *const extraction_verbs[] = {
	"dug", "extracted", "freed", "plucked", "pulled", "retrieved"
};

/* Nouns of people found alive (sorted). */
static const char *const survivor_nouns[] = {
	"survivor", "survivors"
};

/*
 * Survivors taken out ("rescuers pulled 12 survivors from the ruins",
 * "dug out three survivors"): the quantity of the tracker's trigger
 * "rescued", when it has one and the figure counts survivors after a
 * verb of extraction at most two words before it; else SIZE_MAX.
 */
static size_t
survivors_saved(struct ctx *c, size_t a, size_t num_end, size_t b)
{
	static char rescued[] = "rescued";
	char *w[1] = { rescued };
	size_t i;
	bool noun = false;

	for (i = num_end; i < b && !noun; i++)
		noun = tok_in_sorted(c->text, &c->tok[i], survivor_nouns,
		    NELEM(survivor_nouns));
	if (!noun)
		return SIZE_MAX;
	for (i = a; i > 0 && a - i < 3; i--)
		if (tok_in_sorted(c->text, &c->tok[i - 1], extraction_verbs,
		    NELEM(extraction_verbs)))
			return trigger_words_owner(c->tr, w, 1, SIZE_MAX);
	return SIZE_MAX;
}

/* The quantity of a trigger that opens inside the phrase [num_end, b)
 * and runs past it ("28 fatalities among security forces"), longer
 * than its noun's; q, the noun's quantity, when there is none. */
static size_t
longer_trigger(struct ctx *c, size_t num_end, size_t b, size_t q)
{
	size_t i, len, which;

	for (i = num_end; i < b; i++)
		if ((len = phrase_match(&c->tr->triggers, c->text, c->tok, i,
		    c->n, &which)) > 1 && i + len > b)
			return c->tr->triggers.v[which].owner;
	return q;
}

/* Copulas between a figure and the noun of its part ("32 were
 * children") (sorted). */
static const char *const copulas[] = {
	"are", "is", "was", "were"
};

/* The part of quantity q the tracker counts apart whose noun the
 * figure counts: a noun of the phrase [num_end, b) or after a copula
 * ("32 were children"); q when there is none. */
static size_t
part_quantity(struct ctx *c, size_t q, size_t num_end, size_t b)
{
	const struct tracker *tr = c->tr;
	size_t i, which, p;

	if (tr->subnouns.n == 0)
		return q;
	for (i = num_end; i <= b && i < c->n; i++) {
		if (i == b && !(tok_in_sorted(c->text, &c->tok[i], copulas,
		    NELEM(copulas)) && ++i < c->n))
			break;
		if (phrase_match(&tr->subnouns, c->text, c->tok, i, c->n,
		    &which) == 0)
			continue;
		p = tr->subnouns.v[which].owner;
		if (p == q || tr->q[p].base == q)
			return p;
	}
	return q;
}

static size_t
quantity_read(struct ctx *c, size_t from, size_t a, size_t num_end,
    size_t b, long qnoun);

/*
 * The claim made just before the figure at a when "and" stands right
 * before that figure ("23 protesters and 3 police officers"); NULL
 * otherwise. The figure itself is the last claim of c->out.
 */
static const struct claim *
claim_before_and(const struct ctx *c, size_t a)
{
	if (a < 2 || !tok_is(c->text, &c->tok[a - 1], "and") ||
	    c->out->n < 2)
		return NULL;
	return &c->out->v[c->out->n - 2];
}

/*
 * Is the figure at a joined by "and" to the figure claimed just before
 * it, that figure's noun (at most two words) between: "23 protesters
 * and 3 police officers"? It counts what that one counts unless a
 * trigger of its own says otherwise.
 */
static bool
coordinated_figure(struct ctx *c, size_t a)
{
	const struct claim *prev;
	size_t k;

	if ((prev = claim_before_and(c, a)) == NULL)
		return false;
	for (k = a - 1; k > 0 && a - 1 - k <= 2; k--) {
		if (c->tok[k - 1].kind == TOK_NUM)
			return c->tok[k - 1].off + c->tok[k - 1].len ==
			    prev->num_end;
		if (c->tok[k - 1].kind != TOK_WORD)
			return false;
	}
	return false;
}

/*
 * The quantity of a one-word trigger verb whose object is the figure,
 * right before it, when the phrase's only trigger is its head noun, a
 * counted noun naming the people by what they were ("rescued 80
 * passengers", "managed to save 104 passengers": those saved, not those
 * on board); SIZE_MAX when none. The verb says what befell them.
 */
static size_t
object_of_verb(struct ctx *c, size_t a, size_t num_end, size_t b)
{
	const struct token *t = c->tok;
	size_t i, q, qhead = SIZE_MAX;

	if (b <= num_end || a == 0)
		return SIZE_MAX;
	for (i = num_end; i < b && qhead == SIZE_MAX; i++) {
		if (trigger_at(c, i, &q) == 0)
			continue;
		if (trigger_at(c, i, &q) == 1 && past_at(c, i) &&
		    phrase_match(&c->tr->nouns, c->text, t, i, c->n,
		    NULL) == 0) {
			qhead = q;	/* "captured two wounded soldiers":
					   their state, not what befell them */
			break;
		}
		if (phrase_match(&c->tr->nouns, c->text, t, i, c->n,
		    NULL) != 1 || trigger_at(c, i, &q) != 1)
			return SIZE_MAX;	/* "80 injured passengers" */
		qhead = q;	/* "9 survivors of the wreck" */
	}
	if (qhead == SIZE_MAX)
		return SIZE_MAX;
	if (a >= 2 && tok_is(c->text, &t[a - 1], "the"))
		a--;	/* "released the 330 detainees" */
	if (t[a - 1].kind != TOK_WORD || (t[a - 1].flags & TF_CAP) ||
	    trigger_at(c, a - 1, &q) != 1 || q == qhead ||
	    phrase_match(&c->tr->nouns, c->text, t, a - 1, c->n, NULL) > 0 ||
	    completed_at(c, a - 1) || in_aside(c, a - 1))
		return SIZE_MAX;
	return q;
}


/* Does the word at k end in a plural's "s" ("remains"), not in "ss"
 * ("loss")? */
static bool
plural_at(struct ctx *c, size_t k)
{
	const char *e = c->text + c->tok[k].off + c->tok[k].len;

	return c->tok[k].len > 2 && (e[-1] | 0x20) == 's' &&
	    (e[-2] | 0x20) != 's';
}

/*
 * The quantity of a one-word trigger that is the plural of the word at
 * k ("losses" of "loss", "arrests" of "arrest"), or SIZE_MAX.
 */
static size_t
plural_trigger_of(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *s = c->text + t->off;
	const struct phraselist *l = &c->tr->triggers;
	size_t i, m;

	if (l->first_head == NULL)
		return SIZE_MAX;
	for (i = l->first_head[(unsigned char)(s[0] | 0x20)]; i != 0;
	    i = l->first_next[i - 1]) {
		const struct phrase *ph = &l->v[i - 1];

		m = ph->len[0];
		if (ph->n != 1 || m <= t->len || m > t->len + 2 ||
		    strncasecmp(ph->w[0], s, t->len) != 0)
			continue;
		if (strcmp(ph->w[0] + t->len, "s") == 0 ||
		    strcmp(ph->w[0] + t->len, "es") == 0)
			return ph->owner;
	}
	return SIZE_MAX;
}

/*
 * The quantity a singular noun made from a trigger names when the
 * figure is what it is of: "the capture of two soldiers" ("captured"),
 * "Reports Capture of Two Soldiers"; SIZE_MAX when none. The event
 * names what befell them, before any word of their phrase.
 */
static size_t
event_of(struct ctx *c, size_t a)
{
	const struct token *t = c->tok;
	size_t q;
	long form;

	if (a < 2 || !tok_is(c->text, &t[a - 1], "of") ||
	    t[a - 2].kind != TOK_WORD || trigger_at(c, a - 2, &q) > 0 ||
	    plural_at(c, a - 2))
		return SIZE_MAX;	/* a trigger is read as one; not
					   "the remains of" */
	if ((form = netfig_trigger_form(c, a - 2)) >= 0)
		return (size_t)form;
	return plural_trigger_of(c, a - 2);	/* "the loss of 2,000" */
}

/* The token of a verb of amount or level whose object is the figure at
 * a ("has risen to 821", "topped 11,000", "stood at about 400"), or
 * SIZE_MAX. */
static size_t
level_verb_before(struct ctx *c, size_t a)
{
	const struct token *t = c->tok;
	size_t i;

	for (i = a; i > 0 && a - i <= LEVEL_GAP; i--) {
		if (t[i - 1].kind != TOK_WORD || (t[i - 1].flags & TF_CAP))
			return SIZE_MAX;
		if (tok_in_sorted(c->text, &t[i - 1], amount_verbs,
		    NELEM(amount_verbs)) || (i < a && (tok_is(c->text, &t[i],
		    "to") || tok_is(c->text, &t[i], "at")) &&
		    tok_in_sorted(c->text, &t[i - 1], level_verbs,
		    NELEM(level_verbs))))
			return i - 1;
	}
	return SIZE_MAX;
}

#define CUE_BACK 3	/* words a subject cue may open before a trigger */

/*
 * Is the trigger of len tokens at i a proper part of a subject cue,
 * which names the event, not what befell people: "crowd" of "crowd
 * crush"?
 */
static bool
inside_cue(struct ctx *c, size_t i, size_t len)
{
	size_t j, n;

	for (j = i + 1; j > 0 && i + 1 - j <= CUE_BACK; j--) {
		n = phrase_match(&c->tr->cues, c->text, c->tok, j - 1, c->n,
		    NULL);
		if (n > len && j - 1 + n >= i + len)
			return true;
	}
	return false;
}

/* Does "as" or "while" at k open the clause of a level's subject
 * ("Infections grow as the death toll rises to 23"), not "as a result
 * of", "as of"? */
static bool
subject_opener(struct ctx *c, size_t k)
{
	const struct token *t = c->tok;

	if (tok_is(c->text, &t[k], "while"))
		return true;
	return tok_is(c->text, &t[k], "as") && k + 1 < c->n &&
	    !tok_is(c->text, &t[k + 1], "a") && !tok_is(c->text, &t[k + 1],
	    "of");
}

/*
 * The quantity a count's subject names when the figure is the level it
 * has come to: "The death toll ... has risen to 821 people and more
 * than 3,300 injured", "the count of confirmed deaths ... mounted to
 * 407 with 186 still missing", "the toll of the dead and missing has
 * topped 11,000": the first trigger of the subject, from the start of
 * its clause to the verb, not a trigger nearer the figure that counts
 * something else. A measure noun before "of" gives way to what it is
 * of ("the toll of the dead and missing"). SIZE_MAX when none, or when
 * the subject holds a figure of its own.
 */
static size_t
level_subject(struct ctx *c, size_t from, size_t a)
{
	const struct token *t = c->tok;
	size_t v, s, i, len, q, found = SIZE_MAX;

	if ((v = level_verb_before(c, a)) == SIZE_MAX)
		return SIZE_MAX;
	while (v > from && tok_in_sorted(c->text, &t[v - 1], auxiliaries,
	    NELEM(auxiliaries)))
		v--;	/* "has now risen to" */
	for (s = v; s > from && !(t[s - 1].kind == TOK_PUNCT &&
	    t[s - 1].ch != '"' && t[s - 1].ch != '\'') &&
	    !subject_opener(c, s - 1); s--)
		if (t[s - 1].kind == TOK_NUM)
			return SIZE_MAX;
	for (i = s; i < v; i++) {
		if ((len = trigger_at(c, i, &q)) == 0 ||
		    cause_of_event(c, i, q) || inside_cue(c, i, len))
			continue;	/* not "heat stroke" of "who died of
					   heat stroke", not "crowd" of
					   "the crowd crush death toll" */
		found = q;
		if (i + len >= v || !tok_is(c->text, &t[i + len], "of"))
			return found;	/* the head */
		i += len - 1;	/* "the toll of": what it is of */
	}
	return found;
}

/*
 * The quantity of a one-word trigger right after the figure's phrase
 * that closes it, before punctuation, a preposition or the end: what
 * befell the people its noun names ("leaving 78 passengers dead,", "with
 * 12 survivors missing at sea"), when the phrase's own trigger is of
 * another quantity; SIZE_MAX when none. Not a trigger opening a noun
 * phrase of its own ("80 passengers injured passengers").
 */
static size_t
closing_trigger(struct ctx *c, size_t num_end, size_t b)
{
	const struct token *t = c->tok;
	size_t i, q, qhead = SIZE_MAX;

	if (b >= c->n || b <= num_end || trigger_at(c, b, &q) != 1 ||
	    (t[b].flags & TF_CAP))
		return SIZE_MAX;
	if (b + 1 < c->n && t[b + 1].kind == TOK_WORD &&
	    !tok_in_sorted(c->text, &t[b + 1], closers, NELEM(closers)))
		return SIZE_MAX;
	for (i = num_end; i < b && qhead == SIZE_MAX; i++)
		if (trigger_at(c, i, &qhead) == 0)
			qhead = SIZE_MAX;
	return qhead != SIZE_MAX && qhead != q ? q : SIZE_MAX;
}

/* Words that give a figure as another estimate of the count before it
 * ("a figure the agency puts at", "estimates were lower") (sorted). */
static const char *const estimate_words[] = {
	"assessment", "assessments", "estimate", "estimates", "figure",
	"higher", "lower", "number", "tally"
};

/* Is there, between the figure before it in its sentence and token a,
 * a word giving the figure as another estimate of that one's count? */
static bool
another_estimate(struct ctx *c, size_t a)
{
	size_t i;

	for (i = a; i > 0 && c->tok[i - 1].kind != TOK_NUM; i--)
		if (tok_in_sorted(c->text, &c->tok[i - 1], estimate_words,
		    NELEM(estimate_words)))
			return true;
	return false;
}

/* The quantity of the same figure stated in the sentences just before
 * ("captured two soldiers. ... These are two soldiers who survived"):
 * an exact figure of the same value at most RESTATED_BACK sentences
 * back; SIZE_MAX when none. */
static size_t
restated_quantity(struct ctx *c)
{
	const struct claim *cur, *prev;
	size_t i, first;
	long q;

	if (c->out->n < 2)
		return SIZE_MAX;
	cur = &c->out->v[c->out->n - 1];
	if (cur->qualifier != QUAL_EXACT || isnan(cur->value) ||
	    cur->doc == NULL)
		return SIZE_MAX;
	first = c->sl.v[c->si > RESTATED_BACK ? c->si - RESTATED_BACK :
	    0].start;
	for (i = c->out->n - 1; i > 0; i--) {
		prev = &c->out->v[i - 1];
		if (prev->doc == NULL || strcmp(prev->doc, cur->doc) != 0 ||
		    prev->sent_start < first)
			break;
		if (prev->sent_start >= cur->sent_start ||
		    prev->qualifier != QUAL_EXACT || prev->value != cur->value ||
		    prev->quantity == NULL)
			continue;
		if ((q = tracker_quantity_index(c->tr, prev->quantity)) >= 0)
			return (size_t)q;
	}
	return SIZE_MAX;
}

#define FRONTED_SPAN 16	/* tokens of a fronted partitive's whole */

/*
 * The token opening a partitive's whole that opens the figure's
 * sentence, set off by a comma right before the figure ("Of the 32
 * deaths, 20 took place in the district", "Out of 251 people taken,
 * 97 are still held"), with one figure in it; SIZE_MAX when none.
 */
static size_t
fronted_whole(struct ctx *c, size_t from, size_t a)
{
	size_t k, open, nums = 0;

	if (a < from + 4 || !tok_punct(&c->tok[a - 1], ','))
		return SIZE_MAX;
	for (k = a - 1; k > from && a - k <= FRONTED_SPAN; k--) {
		if (c->tok[k - 1].kind == TOK_NUM)
			nums++;
		else if (c->tok[k - 1].kind == TOK_PUNCT)
			return SIZE_MAX;
		else if (tok_is(c->text, &c->tok[k - 1], "of") && nums == 1) {
			open = k - 1;
			if (open > from && tok_is(c->text, &c->tok[open - 1],
			    "out"))
				open--;
			if (open == from || tok_punct(&c->tok[open - 1], ',') ||
			    tok_punct(&c->tok[open - 1], '.') ||
			    tok_punct(&c->tok[open - 1], ';') ||
			    tok_is(c->text, &c->tok[open - 1], "that"))
				return open;	/* "." where sentences
						   were run together */
		}
	}
	return SIZE_MAX;
}

/*
 * The quantity of the fronted whole the figure at a is a part of, when
 * its own clause names none: the whole's own trigger ("deaths"), else
 * the claim made on it; SIZE_MAX when there is no such whole.
 */
static size_t
fronted_quantity(struct ctx *c, size_t from, size_t a, size_t num_end,
    size_t b)
{
	size_t open, q;

	if ((open = fronted_whole(c, from, a)) == SIZE_MAX)
		return SIZE_MAX;
	if ((q = nearest_trigger(c, open, a - 1, a, num_end, b)) != SIZE_MAX)
		return q;
	return previous_quantity(c);
}

#define BREAKDOWN_BACK 2	/* sentences back to the group broken down */

/* Is token k a noun of people in the plural: a counted noun, a
 * lower-case plural ("children") or a name of a people ("Israelis")? */
static bool
people_noun(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	if (plural_noun(c, k))
		return true;
	return t->kind == TOK_WORD && (t->flags & TF_CAP) && t->len > 3 &&
	    c->text[t->off + t->len - 1] == 's';
}

/*
 * Does the figure's phrase [a, b) say who some of a group are, with no
 * verb of its own: "Two are children", "nearly 80,000 are women",
 * "Among them are 100 children"? A copula before a noun of people
 * after the figure, or "among them are" before it; not where they are
 * ("were at the school").
 */
static bool
who_they_are(struct ctx *c, size_t a, size_t b)
{
	const struct token *t = c->tok;
	size_t q;

	if (a >= 3 && tok_in_sorted(c->text, &t[a - 1], copulas,
	    NELEM(copulas)) && (tok_is(c->text, &t[a - 2], "them") ||
	    tok_is(c->text, &t[a - 2], "those")) &&
	    tok_is(c->text, &t[a - 3], "among"))
		return true;
	return b + 1 < c->n && tok_in_sorted(c->text, &t[b], copulas,
	    NELEM(copulas)) && trigger_at(c, b + 1, &q) == 0 &&
	    people_noun(c, b + 1);
}

/*
 * The quantity of the group a figure with no trigger in its sentence
 * breaks down by who they are ("... 26 hostages are still held. Two
 * are children."): the last claim of the BREAKDOWN_BACK sentences
 * before; SIZE_MAX when none.
 */
static size_t
breakdown_quantity(struct ctx *c, size_t a, size_t b)
{
	const struct claim *cur, *prev;
	size_t first;
	long q;

	if (c->out->n < 2 || !who_they_are(c, a, b))
		return SIZE_MAX;
	cur = &c->out->v[c->out->n - 1];
	first = c->sl.v[c->si > BREAKDOWN_BACK ? c->si - BREAKDOWN_BACK :
	    0].start;
	prev = &c->out->v[c->out->n - 2];
	if (prev->doc == NULL || cur->doc == NULL ||
	    strcmp(prev->doc, cur->doc) != 0 || prev->sent_start < first ||
	    prev->sent_start >= cur->sent_start || prev->quantity == NULL)
		return SIZE_MAX;
	q = tracker_quantity_index(c->tr, prev->quantity);
	return q >= 0 ? (size_t)q : SIZE_MAX;
}

#define LIST_GAP 3		/* tokens between figures of one list */
#define RESPECTIVE_AHEAD 8	/* tokens from a list to "respectively" */
#define RESPECTIVE_MAX 6	/* figures of one "respectively" list */

/* May token i stand between two figures of a list ("37 and 76", "12,
 * at least 40")? */
static bool
list_glue(struct ctx *c, size_t i)
{
	const struct token *t = &c->tok[i];

	return tok_punct(t, ',') || (t->kind == TOK_WORD &&
	    !(t->flags & TF_CAP) && t->len <= 8);
}

/* The first token of the figure of the list before token i, or
 * SIZE_MAX when none stands within LIST_GAP tokens. */
static size_t
list_figure_before(struct ctx *c, size_t i)
{
	size_t k;

	for (k = i; k > 0 && i - k <= LIST_GAP; k--) {
		if (c->tok[k - 1].kind == TOK_NUM)
			return k - 1;
		if (!list_glue(c, k - 1))
			break;
	}
	return SIZE_MAX;
}

/* The one-word trigger at token i: its quantity, else SIZE_MAX. */
static size_t
word_trigger(struct ctx *c, size_t i)
{
	char w[32];
	char *ws[1] = { w };
	const struct token *t = &c->tok[i];
	size_t k;

	if (t->kind != TOK_WORD || t->len >= sizeof(w))
		return SIZE_MAX;
	for (k = 0; k < t->len; k++)
		w[k] = (char)tolower((unsigned char)c->text[t->off + k]);
	w[k] = '\0';
	return trigger_words_owner(c->tr, ws, 1, SIZE_MAX);
}

/*
 * Figures paired with their nouns by "respectively": "the deaths and
 * disappearances of 37 and 76 migrants, respectively" gives the first
 * figure the first noun's quantity. The figure at a is the k-th of a
 * list of n figures closed by "respectively"; the n one-word triggers
 * nearest before the list are its nouns, in order. SIZE_MAX when the
 * figure is in no such list.
 */
static size_t
respective_quantity(struct ctx *c, size_t a, size_t num_end)
{
	size_t first = a, last = num_end, k = 0, n = 1, i, j, q;
	size_t got[RESPECTIVE_MAX];

	while ((i = list_figure_before(c, first)) != SIZE_MAX &&
	    n < RESPECTIVE_MAX) {
		first = i;
		k++;
		n++;
	}
	for (i = num_end; i < c->n && i < last + LIST_GAP + 1 &&
	    n < RESPECTIVE_MAX; i++) {
		if (c->tok[i].kind == TOK_NUM) {
			last = i + 1;
			n++;
		} else if (!list_glue(c, i))
			break;
	}
	if (n < 2)
		return SIZE_MAX;
	for (i = last; i < c->n && i < last + RESPECTIVE_AHEAD &&
	    !tok_is(c->text, &c->tok[i], "respectively"); i++)
		if (c->tok[i].kind == TOK_NUM || tok_punct(&c->tok[i], '.'))
			return SIZE_MAX;
	if (i >= c->n || i >= last + RESPECTIVE_AHEAD)
		return SIZE_MAX;
	for (j = 0, i = first; i > 0 && j < n; i--)
		if ((q = word_trigger(c, i - 1)) != SIZE_MAX)
			got[n - 1 - j++] = q;
	return j == n ? got[k] : SIZE_MAX;
}

size_t
quantity_of(struct ctx *c, size_t from, size_t a, size_t num_end,
    size_t b, long qnoun)
{
	size_t q;

	if ((q = respective_quantity(c, a, num_end)) != SIZE_MAX)
		return q;	/* "deaths and injuries of 37 and 76
				   respectively" */
	return part_quantity(c, quantity_read(c, from, a, num_end, b, qnoun),
	    num_end, b);
}

/* Nouns of a count of events, before "of" and what they are: "32
 * cases of abduction" (sorted). */
static const char *const case_nouns[] = {
	"cases", "counts", "incidents", "instances"
};

/* Words of addition between a figure and its noun: "12 more deaths"
 * (sorted). */
static const char *const more_words[] = {
	"additional", "further", "more", "new", "other"
};

/*
 * The quantity named by the figure's own noun right after it when that
 * noun is the plural made from a trigger ("1,030 injuries", "12 more
 * arrests") or a noun of cases of a trigger ("627 instances of
 * arrests"), or by the noun of the figure it is coordinated with ("108
 * and 307 injuries"); SIZE_MAX when none. It names the figure before
 * any trigger nearer in the clause ("349 deaths and 1,030 injuries"),
 * but not before one after it in the clause, up to ce, that says what
 * befell them.
 */
static size_t
own_plural_form(struct ctx *c, size_t num_end, size_t ce)
{
	const struct token *t = c->tok;
	size_t k = num_end, i, qi, len;
	long q;

	if (k + 2 < c->n && (is_coordinator(c, k) || tok_punct(&t[k], ',')) &&
	    t[k + 1].kind == TOK_NUM)
		k += 2;		/* "108 and 307 injuries" */
	if (k + 1 < c->n && tok_in_sorted(c->text, &t[k], more_words,
	    NELEM(more_words)))
		k++;		/* "12 more arrests" */
	if (k + 1 < c->n && t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
	    tok_in_sorted(c->text, &t[k + 1], case_nouns,
	    NELEM(case_nouns)))
		k++;		/* "89 active cases of" */
	if (k + 2 < c->n && tok_in_sorted(c->text, &t[k], case_nouns,
	    NELEM(case_nouns)) && tok_is(c->text, &t[k + 1], "of") &&
	    (len = trigger_at(c, k + 2, &qi)) > 0) {
		q = (long)qi;	/* "627 instances of arrests" */
		k += 2 + len - 1;
	} else if (k >= c->n || t[k].kind != TOK_WORD ||
	    (c->text[t[k].off + t[k].len - 1] | 0x20) != 's' ||
	    (q = netfig_trigger_form(c, k)) < 0)
		return SIZE_MAX;
	for (i = k + 1; i < ce; i++)
		if (trigger_at(c, i, &qi) > 0)
			return SIZE_MAX;	/* "N affectees have been
						   residing in relief camps":
						   what befell them after */
	return (size_t)q;
}

/* Verbs of hosting whose object is a population living somewhere
 * (sorted). */
static const char *const host_verbs[] = {
	"host", "hosted", "hosting", "hosts", "houses", "housing"
};

/* Triggers of people living somewhere; the first the tracker has names
 * its quantity of residents. */
static const char *const residence_words[] = {
	"residing", "living", "live", "reside", "hosts", "host"
};

/*
 * The tracker's quantity of residents when the figure starting at a is
 * the object of a verb of hosting or "home to": "the country hosts
 * about 3 million refugees, ..., who fled", "is home to 4 million
 * migrants". The people live there; a relative clause on how they once
 * came or a default of movement does not say what is counted; so also of
 * a part of such a figure added by ", including". SIZE_MAX when not
 * so, or the tracker counts no residents.
 */
/* Is the figure at a the object of a verb of hosting or "home to"? */
static bool
hosted_at(struct ctx *c, size_t a)
{
	const struct token *t = c->tok;

	return (a > 0 && tok_in_sorted(c->text, &t[a - 1], host_verbs,
	    NELEM(host_verbs))) || (a > 1 && tok_is(c->text, &t[a - 1],
	    "to") && (tok_is(c->text, &t[a - 2], "home") ||
	    tok_is(c->text, &t[a - 2], "host")));
}

#define HOSTED_NOUN 6	/* words of a hosted figure's noun before
			   ", including" */
#define HOSTED_QUAL 2	/* words of its qualifier ("about") */

/* Is the figure at a added by ", including" to a hosted figure ("hosts
 * about 4.4 million Afghans, including 1.7 million undocumented")? */
static bool
part_of_hosted(struct ctx *c, size_t a)
{
	size_t k, j;

	if (a < 3 || !tok_is(c->text, &c->tok[a - 1], "including") ||
	    !tok_punct(&c->tok[a - 2], ','))
		return false;
	for (k = a - 2; k > 0 && a - 2 - k <= HOSTED_NOUN; k--) {
		if (c->tok[k - 1].kind == TOK_NUM)
			break;
		if (c->tok[k - 1].kind != TOK_WORD)
			return false;
	}
	if (k == 0 || c->tok[k - 1].kind != TOK_NUM)
		return false;
	for (j = k - 1;; j--) {		/* past "about" */
		if (hosted_at(c, j))
			return true;
		if (j == 0 || k - 1 - j >= HOSTED_QUAL ||
		    c->tok[j - 1].kind != TOK_WORD)
			return false;
	}
}

static size_t
hosted_figure(struct ctx *c, size_t a)
{
	if (!hosted_at(c, a) && !part_of_hosted(c, a))
		return SIZE_MAX;
	return class_quantity(c->tr, residence_words,
	    NELEM(residence_words));
}

/* Words between a verb and the figure of its object ("sent the 300
 * workers home", "called its 30,000 members out") (sorted). */
static const char *const object_dets[] = {
	"her", "his", "its", "the", "their"
};

/* Do words [from, to) of trigger p match tokens from k on? */
static bool
phrase_words_at(struct ctx *c, const struct phrase *p, size_t from,
    size_t to, size_t k)
{
	size_t m;

	if (k + (to - from) > c->n)
		return false;
	for (m = from; m < to; m++)
		if (!phrase_word_is(p, m, c->text, &c->tok[k + m - from]))
			return false;
	return true;
}

/*
 * The quantity of a trigger of a verb and its particle split around the
 * figure's phrase [a, b), the verb's object: "sent nearly 3,000 workers
 * home" for "sent home", "laid 500 workers off" for "laid off". The
 * trigger names what befell the figure's people as if it stood whole.
 * SIZE_MAX when there is none.
 */
static size_t
split_around_figure(struct ctx *c, size_t a, size_t b)
{
	const struct phrase *p;
	size_t j, m, v = a;

	if (v > 0 && tok_in_sorted(c->text, &c->tok[v - 1], object_dets,
	    NELEM(object_dets)))
		v--;
	if (v == 0 || b >= c->n)
		return SIZE_MAX;
	for (j = 0; j < c->tr->triggers.n; j++) {
		p = &c->tr->triggers.v[j];
		for (m = 1; m < p->n && m <= v; m++)
			if (!word_is_coordinator(p->w[m - 1]) &&
			    !word_is_coordinator(p->w[m]) &&
			    phrase_words_at(c, p, 0, m, v - m) &&
			    phrase_words_at(c, p, m, p->n, b))
				return p->owner;
	}
	return SIZE_MAX;
}

/* Is the word at k a present tense ("captures", "capture"), not a
 * participle ("captured", "capturing")? */
static bool
present_at(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];
	const char *e = c->text + t->off + t->len;

	return t->kind == TOK_WORD && t->len > 3 &&
	    strncasecmp(e - 2, "ed", 2) != 0 &&
	    strncasecmp(e - 3, "ing", 3) != 0;
}

/*
 * The quantity of a verb in the present right before the figure whose
 * other form is a trigger, a headline's verb ("Ukraine captures 2
 * soldiers"), read before a place phrase after them; SIZE_MAX when none.
 * Not a modal's or an infinitive's ("preparing to receive up to 1,000",
 * "expects 1,000 people to flee"), nor before a trigger of the figure's
 * own ("fears dozens dead").
 */
static size_t
present_verb_before(struct ctx *c, size_t a, size_t num_end, size_t b)
{
	long form;
	size_t q;

	if (a == 0 || (form = netfig_trigger_form(c, a - 1)) < 0 ||
	    !present_at(c, a - 1) || modal_at(c, a - 1) ||
	    trigger_at(c, num_end, &q) > 0)
		return SIZE_MAX;
	if (a > 1 && (tok_is(c->text, &c->tok[a - 2], "to") ||
	    modal_at(c, a - 2)))
		return SIZE_MAX;
	if (b < c->n && tok_is(c->text, &c->tok[b], "to"))
		return SIZE_MAX;
	return (size_t)form;
}

/*
 * Is the trigger at i a word before a counted noun of the figure's
 * phrase (which ends before b): "two wounded soldiers", what the
 * people are, not the phrase's own noun ("300 arrests")?
 */
static bool
modifies_noun(struct ctx *c, size_t i, size_t b)
{
	size_t j;

	for (j = i + 1; j < b; j++)
		if (phrase_match(&c->tr->nouns, c->text, c->tok, j, c->n,
		    NULL) > 0)
			return true;
	return false;
}

/* Is the auxiliary at i a perfect's "has", "have" or "had", which keeps
 * its verb active ("Ukraine has captured two soldiers"), before a verb
 * that is no level ("the number has reached 11,000")? */
static bool
perfect_have(struct ctx *c, size_t i)
{
	if (tok_in_sorted(c->text, &c->tok[i + 1], amount_verbs,
	    NELEM(amount_verbs)))
		return false;
	return tok_is(c->text, &c->tok[i], "has") ||
	    tok_is(c->text, &c->tok[i], "have") ||
	    tok_is(c->text, &c->tok[i], "had");
}

/*
 * The quantity of an active verb whose object is the figure at a
 * ("police detained over 4,900 people protesting"; a's phrase holds its
 * words of amount): what the verb did to them, not what a participle
 * after their noun says they were doing; SIZE_MAX when none.
 */
static size_t
verb_of_object(struct ctx *c, size_t a, size_t num_end, size_t b)
{
	size_t k = a, q, i;

	for (i = num_end; i < b; i++)
		if (trigger_at(c, i, &q) > 0 && !modifies_noun(c, i, b))
			return SIZE_MAX;	/* "recorded 300 arrests" */
	if (k < 2 || c->tok[k - 1].kind != TOK_WORD ||
	    trigger_at(c, k - 1, &q) != 1 || !past_at(c, k - 1) ||
	    phrase_match(&c->tr->nouns, c->text, c->tok, k - 1, c->n,
	    NULL) > 0)
		return SIZE_MAX;
	if (c->tok[k - 2].kind != TOK_WORD || (tok_in_sorted(c->text,
	    &c->tok[k - 2], auxiliaries, NELEM(auxiliaries)) &&
	    !perfect_have(c, k - 2)) ||
	    modal_at(c, k - 2) || tok_is(c->text, &c->tok[k - 2], "to") ||
	    tok_is(c->text, &c->tok[k - 2], "the") || is_coordinator(c, k - 2))
		return SIZE_MAX;	/* "were detained 40 ...", "the
					   injured 40" */
	return q;
}

/*
 * The quantity of a verb in the past that governs the infinitive or
 * gerund before the figure at a, each a one-word trigger of its own
 * quantity: "pledged to send 150 police", "committed to sending 150
 * officers", "offered to deploy about 1,000" (a's phrase holds its
 * words of amount). The promise is what is told; the act promised has
 * not happened. SIZE_MAX when none.
 */
static size_t
promised_object(struct ctx *c, size_t a)
{
	size_t k = a, q, qv;

	if (k < 3 || trigger_at(c, k - 1, &qv) != 1 ||
	    !tok_is(c->text, &c->tok[k - 2], "to") ||
	    trigger_at(c, k - 3, &q) != 1 || q == qv ||
	    !past_at(c, k - 3) ||
	    phrase_match(&c->tr->nouns, c->text, c->tok, k - 3, c->n,
	    NULL) > 0)
		return SIZE_MAX;
	return q;
}

/*
 * The start of the figure's clause from cs, when the figure at a opens
 * a conjunct of its own after "and", "or" or "but", the subject of a
 * verb right after its phrase, with a trigger before ce ("30 had died
 * and 2,500 suffered injuries"): the trigger before the coordinator is
 * the other subject's. Not an object coordinated with the figure before
 * it ("deployed 4,000 troops and 700 Marines"). Else cs.
 */
static size_t
conjunct_start(struct ctx *c, size_t cs, size_t a, size_t num_end,
    size_t b, size_t ce)
{
	size_t q, k = b;

	if (a <= cs || b >= ce || !(is_coordinator(c, a - 1) ||
	    tok_is(c->text, &c->tok[a - 1], "but")) ||
	    (coordinated_figure(c, a) && !verb_like(c, a - 2) &&
	    trigger_at(c, a - 2, &q) == 0))
		return cs;	/* "died and 2,500": a verb between */
	if (k + 1 < ce && (tok_is(c->text, &c->tok[k], "more") ||
	    tok_is(c->text, &c->tok[k], "others")))
		k++;		/* "and thousands more cramming" */
	if (k + 2 < ce && is_coordinator(c, k) && plural_noun(c, k + 1))
		k += 2;		/* "and 154 police officers and gendarmes
				   injured" */
	if (!tok_in_sorted(c->text, &c->tok[k], auxiliaries,
	    NELEM(auxiliaries)) && !verb_like(c, k) && trigger_at(c, k, &q) == 0)
		return cs;
	return nearest_trigger(c, b, ce, a, num_end, b) != SIZE_MAX ? a : cs;
}

static size_t
quantity_read(struct ctx *c, size_t from, size_t a, size_t num_end,
    size_t b, long qnoun)
{
	size_t cs = a, ce = b, se, q, i, of;
	long form;
	bool part;

	if ((q = hosted_figure(c, a)) != SIZE_MAX)
		return q;	/* "is home to 4 million refugees" */
	if ((q = split_around_figure(c, a, b)) != SIZE_MAX)
		return q;	/* "sent 3,000 workers home" */
	if ((q = promised_object(c, a)) != SIZE_MAX)
		return q;	/* "pledged to send 150 officers" */
	if ((q = verb_of_object(c, a, num_end, b)) != SIZE_MAX)
		return q;	/* "police detained 300 people protesting" */
	if ((q = event_of(c, a)) != SIZE_MAX)
		return q;	/* "the capture of two soldiers" */

	for (i = num_end; qnoun >= 0 && i < b; i++)
		if (phrase_match(&c->tr->qnouns, c->text, c->tok, i, c->n,
		    NULL) > 0) {
			for (ce = b; ce < c->n && !clause_edge(c, ce); ce++)
				;
			if (phrase_match(&c->tr->nouns, c->text, c->tok, i,
			    c->n, NULL) > 0 && added_figure(c, a) &&
			    nearest_trigger(c, b, ce, a, num_end, b) ==
			    SIZE_MAX && (q = previous_quantity(c)) != SIZE_MAX)
				return q;	/* "hospitalized 26 people,
						   including 23 protesters": a
						   noun of people, not what
						   befell them */
			if ((q = predicate_trigger(c, a, b, ce, false)) !=
			    SIZE_MAX || (q = object_of_verb(c, a, num_end,
			    b)) != SIZE_MAX || (q = simple_predicate(c, a, num_end,
			    b, ce)) != SIZE_MAX)
				return q;	/* "bodies are still buried
						   under"; not "casualties
						   fighting there"; "arrests
						   9 survivors" */
			return longer_trigger(c, num_end, b, (size_t)qnoun);
		}
	if (qnoun >= 0 && partitive_whole(c, a))
		return (size_t)qnoun;
	if (qnoun >= 0) {	/* the noun left out: its clause first */
		while (cs > from && !clause_edge(c, cs - 1))
			cs--;
		while (ce < c->n && !clause_edge(c, ce))
			ce++;
		cs = conjunct_start(c, cs, a, num_end, b, ce);
		if ((added_figure(c, a) || coordinated_figure(c, a)) &&
		    nearest_trigger(c, b, ce, a, num_end, b) == SIZE_MAX &&
		    own_plural_form(c, num_end, ce) == SIZE_MAX &&
		    (q = previous_quantity(c)) != SIZE_MAX)
			return q;	/* "23 protesters and 3 police
					   representatives" */
		if ((q = predicate_trigger(c, a, b, ce, true)) != SIZE_MAX ||
		    ((i = after_partitive_whole(c, b, ce)) != b &&
		    ((q = part_verb(c, i)) != SIZE_MAX ||
		    (q = predicate_trigger(c, a, i, c->n, false)) !=
		    SIZE_MAX)) ||	/* "600 out of 15,000 deployed have
					   been killed" */
		    (b == num_end && (q = own_plural_form(c, num_end, ce)) !=
		    SIZE_MAX) ||	/* "349 deaths and 1,030 injuries" */
		    (q = level_subject(c, from, a)) != SIZE_MAX ||
		    (q = nearest_trigger(c, cs, ce, a, num_end, b)) !=
		    SIZE_MAX)
			return q;	/* "100 deaths and the injured are
					   approaching 1,000" */
		if ((q = fronted_quantity(c, from, a, num_end, b)) !=
		    SIZE_MAX)
			return q;	/* "Of the 32 deaths, 20 took place
					   in X, the worst hit" */
		return (size_t)qnoun;
	}
	if (partitive_whole(c, a))
		return whole_quantity(c, a, num_end, b);
	of = b;
	if ((part = partitive_part(c, num_end, b))) {
		of = num_end;	/* the part's verb is after the whole */
		num_end = b;	/* the whole's words count the whole */
	}
	while (cs > from && !clause_edge(c, cs - 1))
		cs--;
	while (ce < c->n && !clause_edge(c, ce))
		ce++;
	for (se = ce; se < c->n && (c->tok[se].kind == TOK_PUNCT ||
	    !clause_edge(c, se)); se++)
		;		/* the sentence up to another clause */
	cs = conjunct_start(c, cs, a, num_end, b, ce);
	if ((q = predicate_trigger(c, a, b, ce, !part)) != SIZE_MAX)
		return q;	/* a participle after a part's whole is the
				   whole's: "killed 55 of the 143 people
				   infected" */
	if ((i = after_partitive_whole(c, of, ce)) != of &&
	    ((q = part_verb(c, i)) != SIZE_MAX ||
	    (q = predicate_trigger(c, a, i, c->n, false)) != SIZE_MAX))
		return q;	/* "600 out of 15,000 deployed soldiers
				   have been killed" */
	if ((q = closing_trigger(c, num_end, b)) != SIZE_MAX)
		return q;	/* "leaving 78 passengers dead," */
	if ((q = object_of_verb(c, a, num_end, b)) != SIZE_MAX)
		return q;	/* "rescued 80 passengers" */
	if ((q = present_verb_before(c, a, num_end, b)) != SIZE_MAX)
		return q;	/* "Ukraine captures 2 soldiers" */
	if ((q = simple_predicate(c, a, num_end, b, ce)) !=
	    SIZE_MAX)
		return q;	/* "65,000 members cast ballots" */
	if ((q = nearest_trigger(c, num_end, b, a, num_end, b)) != SIZE_MAX)
		return q;	/* "2,000 wounded soldiers" */
	if ((q = level_subject(c, from, a)) != SIZE_MAX)
		return q;	/* "the death toll has risen to 821 people
				   and 3,300 injured" */
	if (a > 0 && (form = netfig_trigger_form(c, a - 1)) >= 0 &&
	    nearest_trigger(c, cs, ce, a, num_end, b) == SIZE_MAX)
		return (size_t)form;	/* a headline's verb: "Police Detain
					   40 Fans" */
	if ((q = survivors_saved(c, a, num_end, b)) != SIZE_MAX)
		return q;	/* "pulled 12 survivors from the ruins" */
	if ((added_figure(c, a) || coordinated_figure(c, a) ||
	    namely_item(c, a)) &&
	    nearest_trigger(c, b, ce, a, num_end, b) == SIZE_MAX &&
	    (q = previous_quantity(c)) != SIZE_MAX)
		return q;	/* "30 killed, including 12 children", "23
				   protesters and 3 police officers", "namely
				   X as many as 21 people, Y two people" */
	if ((q = nearest_trigger(c, cs, ce, a, num_end, b)) != SIZE_MAX)
		return q;
	if ((q = fronted_quantity(c, from, a, num_end, b)) != SIZE_MAX)
		return q;	/* "Of the 32 deaths, 20 took place in" */
	if ((q = nearest_trigger(c, from, se, a, num_end, b)) != SIZE_MAX)
		return q;
	if (another_estimate(c, a) && (q = previous_quantity(c)) != SIZE_MAX)
		return q;	/* "..., a figure the agency puts at 3,000" */
	if ((q = restated_quantity(c)) != SIZE_MAX)
		return q;
	if ((q = breakdown_quantity(c, a, b)) != SIZE_MAX)
		return q;	/* "Two are children." */
	return c->tr->qdefault;
}

/* "had to be evacuated": an obligation met, no projection. */
static bool
obligation_met(struct ctx *c, size_t i)
{
	return i > 0 && tok_is(c->text, &c->tok[i], "to") &&
	    tok_is(c->text, &c->tok[i - 1], "had");
}

/* Adverbs of degree before "likely" ("highly likely") (sorted). */
static const char *const degrees[] = {
	"highly", "more", "most", "quite", "very"
};

/* Forms of "have" that make a perfect (sorted). */
static const char *const haves[] = {
	"had", "has", "have"
};

/* Past forms of verbs not written with "-ed", and the past of "be"
 * (sorted). */
static const char *const past_forms[] = {
	"fell", "fled", "left", "lost", "rose", "sent", "took", "was", "were"
};

/* Words of putting off what was to be done (sorted). */
static const char *const postponements[] = {
	"deferred", "delayed", "delays", "postponed", "postpones"
};

/* Determiners opening the noun of a thing put off (sorted). */
static const char *const determiners[] = {
	"a", "an", "the"
};

#define LIKELY_AHEAD 8	/* tokens from "likely" to its verb */
#define PLAN_NOUN 3	/* words between "planned" and "of" */

/* Is token k a verb in the past: a form in "-ed" or one without? */
static bool
past_at(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	if (t->kind != TOK_WORD)
		return false;
	return (t->len > 3 && strncmp(c->text + t->off + t->len - 2, "ed",
	    2) == 0) || tok_in_sorted(c->text, t, past_forms,
	    NELEM(past_forms));
}

/*
 * Is the "likely" at i an estimate of what has been done, not a
 * forecast: inside a perfect ("have highly likely sustained"), before a
 * past verb ("most likely lost", "likely exceeded"), or before a figure
 * whose verb is a perfect or a past of "be" ("likely more than 11,000
 * have been deployed")? "Likely to rise", "will likely surpass", "is
 * likely that" stay forecasts.
 */
static bool
likely_done(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;
	size_t k = i;
	bool figure = false;

	while (k > 0 && tok_in_sorted(c->text, &t[k - 1], degrees,
	    NELEM(degrees)))
		k--;
	if (k > 0 && tok_in_sorted(c->text, &t[k - 1], haves, NELEM(haves)))
		return true;
	for (k = i + 1; k < c->n && k <= i + LIKELY_AHEAD &&
	    !clause_edge(c, k); k++) {
		if (tok_is(c->text, &t[k], "to") || tok_is(c->text, &t[k],
		    "be"))
			return false;
		if (t[k].kind == TOK_NUM)
			figure = true;
		else if (tok_in_sorted(c->text, &t[k], haves, NELEM(haves)) ||
		    tok_is(c->text, &t[k], "was") || tok_is(c->text, &t[k],
		    "were"))
			return true;
		else if (!figure && past_at(c, k))
			return true;	/* not "likely 600 injured" */
	}
	return false;
}

/*
 * A plan or a thing put off before the figure: "planned to deploy N",
 * "the planned (third) deployment of N", "delayed the release of N".
 */
static bool
plan_word_at(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;
	size_t k;

	if (i + 1 >= c->n)
		return false;
	if (tok_in_sorted(c->text, &t[i], postponements,
	    NELEM(postponements)))
		return tok_in_sorted(c->text, &t[i + 1], determiners,
		    NELEM(determiners));
	if (!tok_is(c->text, &t[i], "planned"))
		return false;
	if (tok_is(c->text, &t[i + 1], "to"))
		return true;
	for (k = i + 1; k < c->n && k <= i + PLAN_NOUN; k++) {
		if (tok_is(c->text, &t[k], "of"))
			return k > i + 1;
		if (t[k].kind != TOK_WORD || (t[k].flags & TF_CAP) ||
		    past_at(c, k))
			return false;	/* "a planned rally drew" */
	}
	return false;
}

/* Words of plan only before "to" or "for" ("is set to deploy", "set
 * for release", "poised to", "going to"), which say something else
 * without it ("fires were set", "set on fire", "going home") (sorted). */
static const char *const plan_before_to[] = {
	"going", "poised", "set", "supposed"
};

/* Is the modal word at i one of plan_before_to[] without its "to"? */
static bool
plan_needs_to(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;

	if (!tok_in_sorted(c->text, &t[i], plan_before_to,
	    NELEM(plan_before_to)))
		return false;
	return !(i + 1 < c->n && (tok_is(c->text, &t[i + 1], "to") ||
	    tok_is(c->text, &t[i + 1], "for")));
}

static bool
modal_at(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;
	size_t len, which;

	if ((len = phrase_match(&c->tr->triggers, c->text, t, i, c->n,
	    &which)) > 0 && !c->tr->q[c->tr->triggers.v[which].owner].projected)
		return false;	/* a trigger of a current quantity: "are
				   preparing to fight", "has pledged 1,000"
				   where pledges are counted as made */
	if (tok_in_sorted(c->text, &t[i], modals, NELEM(modals))) {
		if (i > 0 && (tok_is(c->text, &t[i - 1], "being") ||
		    tok_is(c->text, &t[i - 1], "been")))
			return false;	/* "were being prepared to join" */
		if (i + 2 < c->n && tok_is(c->text, &t[i + 1], "be") &&
		    tok_in_sorted(c->text, &t[i + 2], pending,
		    NELEM(pending)))
			return false;	/* "will be tried" */
		if (tok_is(c->text, &t[i], "likely") && likely_done(c, i))
			return false;	/* "have likely been killed" */
		if (plan_needs_to(c, i))
			return false;	/* "cars were set alight", "set on
					   fire": no plan */
		return !(i > 0 && (t[i].flags & TF_CAP) &&
		    tok_is(c->text, &t[i], "may"));	/* "May Day" */
	}
	if (plan_word_at(c, i))
		return true;
	return i + 2 < c->n && tok_is(c->text, &t[i], "to") &&
	    tok_is(c->text, &t[i + 1], "be") && !obligation_met(c, i) &&
	    !(i > 0 && tok_in_sorted(c->text, &t[i - 1], beliefs,
	    NELEM(beliefs))) &&	/* "believed to be stationed" */
	    ((t[i + 2].len > 2 && strncmp(c->text + t[i + 2].off +
	    t[i + 2].len - 2, "ed", 2) == 0) ||
	    tok_is(c->text, &t[i + 2], "sent"));
}

/* The token of "including" that adds the figure at a to a group named
 * before it ("personnel, including 500 officers"), or SIZE_MAX. */
static size_t
including_at(struct ctx *c, size_t a)
{
	size_t i;

	for (i = a; i > 0 && a - i <= ADDED_BACK; i--) {
		if (tok_is(c->text, &c->tok[i - 1], "including"))
			return i - 1;
		if (c->tok[i - 1].kind != TOK_WORD &&
		    c->tok[i - 1].kind != TOK_NUM)
			break;
	}
	return SIZE_MAX;
}

/* Prepositions placing a group where it is (sorted). */
static const char *const place_preps[] = {
	"at", "in", "inside", "near"
};

/*
 * Is the modal at i of a perfect, a guess at what was done: "could have
 * killed N" (not "will have sent", done by a time to come)? Read only
 * before the figure: of the figure's own people ("N may have died") it
 * is the toll still to be counted, a projection.
 */
static bool
perfect_guess_at(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;
	const char *w;

	if (i + 2 >= c->n || !tok_is(c->text, &t[i + 1], "have") ||
	    tok_is(c->text, &t[i], "will") || tok_is(c->text, &t[i],
	    "shall") || t[i + 2].kind != TOK_WORD || t[i + 2].len < 4)
		return false;
	w = c->text + t[i + 2].off + t[i + 2].len - 2;
	return strncmp(w, "ed", 2) == 0 || strncmp(w, "en", 2) == 0 ||
	    tok_is(c->text, &t[i + 2], "sent");
}

/*
 * Is the modal at i, after the figure, a guess at where its people
 * were or what they were ("650 may have been on board", "hundreds may
 * have been trapped")? That is a count of now, however unsure; "N may
 * have died" stays the toll still to come in.
 */
static bool
state_guess_at(struct ctx *c, size_t i)
{
	return i + 2 < c->n && tok_is(c->text, &c->tok[i + 1], "have") &&
	    tok_is(c->text, &c->tok[i + 2], "been") &&
	    !tok_is(c->text, &c->tok[i], "will");
}

/* Verbs of seeing and hearing, in the passive after a modal (sorted). */
static const char *const sight_verbs[] = {
	"heard", "observed", "seen", "spotted", "watched"
};

/*
 * Is the modal at i, after the figure, one of sight ("dozens of
 * migrants could be seen leaving the boat", "hundreds can be heard
 * chanting")? What the writer saw is there now, no projection.
 */
static bool
sight_at(struct ctx *c, size_t i)
{
	return i + 2 < c->n && tok_is(c->text, &c->tok[i + 1], "be") &&
	    tok_in_sorted(c->text, &c->tok[i + 2], sight_verbs,
	    NELEM(sight_verbs));
}

/*
 * Is the figure at a the second object of the verb of the claim before
 * it in the sentence, joined by "and" with no auxiliary or clause edge
 * between ("decided to send 1,000 sappers to clear mines and 5,000
 * builders to restore roads"), that claim projected? Then so is it.
 */
static bool
coordinated_with_projected(struct ctx *c, size_t a)
{
	const struct claim *prev;
	size_t k;

	if ((prev = claim_before_and(c, a)) == NULL)
		return false;
	if (prev->modality != MODALITY_PROJECTED ||
	    prev->num_end < c->tok[0].off)
		return false;	/* another sentence's */
	for (k = a - 1; k > 0; k--) {
		if (c->tok[k - 1].off + c->tok[k - 1].len == prev->num_end)
			return true;
		if (clause_edge(c, k - 1) || tok_in_sorted(c->text,
		    &c->tok[k - 1], auxiliaries, NELEM(auxiliaries)))
			return false;
	}
	return false;
}

#define EXCHANGE_BACK 8	/* tokens from "in exchange for" to a figure */

/*
 * Is the figure at a the other side of a deal whose first side, the
 * claim before it in the sentence, is projected: "N are set to be freed
 * in exchange for (the return of) M", "would release N in return for
 * M"? One deal, one time: M is to come as well.
 */
static bool
exchanged_with_projected(struct ctx *c, size_t a)
{
	const struct claim *prev;
	size_t k;

	if (c->out->n < 2)
		return false;
	prev = &c->out->v[c->out->n - 2];
	if (prev->modality != MODALITY_PROJECTED ||
	    prev->num_end < c->tok[0].off)
		return false;	/* another sentence's */
	for (k = a; k > 1 && a - k < EXCHANGE_BACK; k--) {
		if (c->tok[k - 1].kind == TOK_NUM ||
		    c->tok[k - 1].off < prev->num_end)
			return false;
		if (tok_is(c->text, &c->tok[k - 1], "for") &&
		    (tok_is(c->text, &c->tok[k - 2], "exchange") ||
		    tok_is(c->text, &c->tok[k - 2], "return")))
			return true;
	}
	return false;
}

#define BREAKDOWN_NOUN 4	/* words of a noun before a breakdown's dash */

/*
 * Is the figure at a part of the claim before it in the sentence, that
 * claim projected: added by "including" ("800,000 people, including
 * 160,000 children, could cross"), or opening a breakdown after its
 * noun and a dash or colon ("will dispatch 6,000 personnel: 5,000
 * builders and 1,000 sappers")? A part of a plan is planned.
 */
static bool
part_of_projected(struct ctx *c, size_t a)
{
	const struct claim *prev;
	size_t k = a - 1;

	if (c->out->n < 2 || a < 3)
		return false;
	prev = &c->out->v[c->out->n - 2];
	if (prev->modality != MODALITY_PROJECTED ||
	    prev->num_end < c->tok[0].off)
		return false;	/* another sentence's */
	if (tok_is(c->text, &c->tok[k], "including"))
		k--;	/* ", including 160,000 children" */
	if (!(tok_punct(&c->tok[k], ',') && k < a - 1) &&
	    !(k == a - 1 && (tok_punct(&c->tok[k], '-') ||
	    tok_punct(&c->tok[k], ':'))))
		return false;
	for (; k > 0 && a - 1 - k <= BREAKDOWN_NOUN + 1; k--) {
		if (c->tok[k - 1].off + c->tok[k - 1].len == prev->num_end)
			return true;
		if (c->tok[k - 1].kind != TOK_WORD)
			return false;
	}
	return false;
}

/* A headline's "to" and the base of a trigger, after its subject: "North
 * to dispatch 6,000", "CSTO to Dispatch 2,500" is to come. */
static bool
headline_future(struct ctx *c, size_t a)
{
	const struct token *t = c->tok;

	return a >= 3 && tok_is(c->text, &t[a - 2], "to") &&
	    (t[a - 3].flags & TF_CAP) && t[a - 3].kind == TOK_WORD &&
	    phrase_match(&c->tr->bases, c->text, t, a - 1, c->n, NULL) == 1;
}

/*
 * Is the modal at i a guess at how many there are now: "there could be
 * closer to 11,000 soldiers in the region", "there may be about 4,000"?
 * Not when the figure's own noun is an event still being counted
 * ("there could be hundreds of deaths"), which is a projection.
 */
static bool
existence_guess_at(struct ctx *c, size_t i, size_t b)
{
	size_t k, q;

	if (i == 0 || i + 1 >= c->n || !tok_is(c->text, &c->tok[i - 1],
	    "there") || !tok_is(c->text, &c->tok[i + 1], "be"))
		return false;
	for (k = i + 2; k < b; k++)
		if (trigger_at(c, k, &q) > 0)
			return false;
	return true;
}

/* Words of a state people may already be in, after "may be" (sorted). */
static const char *const states[] = {
	"alive", "buried", "dead", "homeless", "missing", "stranded",
	"trapped", "unaccounted"
};

/*
 * Is the modal at i, after the figure, a guess at the state its people
 * are in now: "hundreds may be dead", "500,000 could be dead", "up to
 * 600 people might still be missing"? That is a count of now, however
 * unsure; "could be killed" or "could be evacuated" is to come.
 */
static bool
present_state_at(struct ctx *c, size_t i)
{
	size_t k = i + 1;

	if (k < c->n && tok_is(c->text, &c->tok[k], "still"))
		k++;
	if (k + 1 >= c->n || !tok_is(c->text, &c->tok[k], "be"))
		return false;
	if (k + 2 < c->n && tok_is(c->text, &c->tok[k + 1], "still"))
		k++;
	return tok_in_sorted(c->text, &c->tok[k + 1], states, NELEM(states));
}

/* Is the modal at i, after the figure, a guess at what is so now: where
 * its people were, what is seen of them, the state they are in? */
static bool
guess_at_now(struct ctx *c, size_t i)
{
	return state_guess_at(c, i) || sight_at(c, i) ||
	    present_state_at(c, i);
}

/* Present forms that put a relative clause's people in a state now
 * (sorted). */
static const char *const present_links[] = {
	"are", "is", "remain", "remains"
};

/*
 * Does a relative clause on the figure's people after b put them now in
 * the state of quantity q ("relief to 4,000 people who remain
 * stranded", "who are still missing")? The count is of now; a modal
 * before the figure plans what is done for them, not the count.
 */
static bool
present_state_after(struct ctx *c, size_t b, size_t q)
{
	size_t k = b, q2;

	if (k < c->n && tok_punct(&c->tok[k], ','))
		k++;
	if (k + 2 >= c->n || !(tok_is(c->text, &c->tok[k], "who") ||
	    tok_is(c->text, &c->tok[k], "that")) ||
	    !tok_in_sorted(c->text, &c->tok[k + 1], present_links,
	    NELEM(present_links)))
		return false;
	if (trigger_at(c, k + 1, &q2) > 1)
		return q2 == q;		/* "remain at large" */
	k = skip_auxiliaries(c, k + 2, c->n);
	return k < c->n && trigger_at(c, k, &q2) > 0 && q2 == q;
}

/* Adverbs of a figure that may come to be, right before it: "the
 * potentially 3,000 reservists" (sorted). Elsewhere in the sentence
 * they hedge a verb ("potentially sending"), which may be done. */
static const char *const figure_hedges[] = {
	"possibly", "potentially"
};

/* Is the figure at a told as one that may come to be? */
static bool
hedged_figure(struct ctx *c, size_t a)
{
	return a >= 2 && tok_in_sorted(c->text, &c->tok[a - 1],
	    figure_hedges, NELEM(figure_hedges)) &&
	    (tok_is(c->text, &c->tok[a - 2], "the") ||
	    tok_is(c->text, &c->tok[a - 2], "a"));
}

/* Words opening a noun phrase joined to a subject by "and": "3,000
 * reservists and an extra ship", "and dozens of ships" (sorted). */
static const char *const conjunct_openers[] = {
	"a", "an", "another", "dozens", "hundreds", "several", "some",
	"the", "thousands"
};

#define CONJUNCT_SPAN 5	/* words of a noun phrase joined by "and" */

/*
 * Where to read on for the verb of the figure at a when it opens its
 * clause and its phrase, ending at b, is joined by "and" to another
 * noun phrase: "Up to 3,000 reservists and an extra naval ship will
 * join", "14,000 troops and dozens of ships could be deployed". The
 * two subjects share the verb after the second. b when there is none.
 */
static size_t
past_conjunct(struct ctx *c, size_t from, size_t a, size_t b)
{
	size_t k;

	if (!(a == from || clause_edge(c, a - 1)) || b + 2 >= c->n ||
	    !tok_is(c->text, &c->tok[b], "and") || !(c->tok[b + 1].kind ==
	    TOK_NUM || tok_in_sorted(c->text, &c->tok[b + 1],
	    conjunct_openers, NELEM(conjunct_openers))) ||
	    c->tok[b + 2].kind == TOK_PUNCT)
		return b;
	for (k = b + 3; k < c->n && k < b + 2 + CONJUNCT_SPAN; k++) {
		/* from its second word on: not "and 34 possible
		   minors", a modal word as an adjective */
		if (c->tok[k].kind == TOK_PUNCT || is_coordinator(c, k) ||
		    tok_in_sorted(c->text, &c->tok[k], auxiliaries,
		    NELEM(auxiliaries)))
			return b;
		if (modal_at(c, k))
			return k;
	}
	return b;
}

/* Words opening the object of a verb before its figure (sorted). */
static const char *const object_openers[] = {
	"additional", "an", "another", "further", "the"
};

/* Nouns of a decision or a request, before "to" and the verb whose
 * object the figure is (sorted). */
static const char *const decision_nouns[] = {
	"decision", "order", "request"
};

/*
 * Is the figure at a the object of the verb a decision names: "made a
 * decision to send 1,000 sappers", "the decision to expel over a
 * million"? What is decided is to come. Only the decided verb's own
 * object: "the decision to expel migrants affects 2 million" tells
 * of now.
 */
static bool
decided_object(struct ctx *c, size_t a)
{
	size_t k = a;

	while (k > 0 && a - k < 2 && tok_in_sorted(c->text, &c->tok[k - 1],
	    object_openers, NELEM(object_openers)))
		k--;		/* "to send an additional 1,000" */
	return k >= 3 && c->tok[k - 1].kind == TOK_WORD &&
	    tok_is(c->text, &c->tok[k - 2], "to") &&
	    tok_in_sorted(c->text, &c->tok[k - 3], decision_nouns,
	    NELEM(decision_nouns));
}

enum modality
modality_of(struct ctx *c, size_t from, size_t a, size_t b, size_t q)
{
	size_t i, k;

	if (c->tr->q[q].projected || coordinated_with_projected(c, a) ||
	    headline_future(c, a) || exchanged_with_projected(c, a) ||
	    part_of_projected(c, a) || hedged_figure(c, a) ||
	    decided_object(c, a))
		return MODALITY_PROJECTED;
	if (a > 0 && tok_is(c->text, &c->tok[a - 1], "the"))
		i = from;	/* "join the 11,000 already there" */
	else
		i = a;
	if (present_state_after(c, b, q))
		i = from;	/* "will help 400 people who remain
				   stranded" */
	for (; i > from && a - i < MODAL_BACK; i--) {
		if (clause_edge(c, i - 1))
			break;
		if (modal_at(c, i - 1) && !perfect_guess_at(c, i - 1) &&
		    !existence_guess_at(c, i - 1, b))
			return MODALITY_PROJECTED;
	}
	if ((i = including_at(c, a)) != SIZE_MAX) {
		if (i > from && tok_punct(&c->tok[i - 1], ','))
			i--;	/* "agreed to send staff, including 500 officers" */
		for (k = i; k > from && i - k < MODAL_BACK; k--) {
			if (clause_edge(c, k - 1))
				break;
			if (modal_at(c, k - 1))
				return MODALITY_PROJECTED;
		}
	}
	k = past_conjunct(c, from, a, past_including(c, b));
			/* "800,000 people, including 160,000 children,
			   could cross"; "3,000 reservists and a ship will
			   join" */
	for (i = k; i < c->n && i < k + MODAL_AHEAD; i++) {
		if (c->tok[i].kind == TOK_PUNCT || tok_in_sorted(c->text,
		    &c->tok[i], pronouns, NELEM(pronouns)) ||
		    is_coordinator(c, i))
			break;	/* not another verb's: "... and offered" */
		if (i + 1 < c->n && tok_in_sorted(c->text, &c->tok[i],
		    place_preps, NELEM(place_preps)) &&
		    (c->tok[i + 1].flags & TF_CAP))
			break;	/* "N soldiers in Kursk could be sent into
				   combat": there now, whatever comes */
		if (modal_at(c, i) && !tok_is(c->text, &c->tok[i],
		    "capacity") && !guess_at_now(c, i))
			return MODALITY_PROJECTED;	/* not "its capacity" */
	}
	return MODALITY_CURRENT;
}

/* Does the last word of a trigger of quantity p of two words or more
 * stand in tokens [from, to) ("to flee" for "expected to flee")? */
static bool
projected_verb_near(struct ctx *c, size_t p, size_t from, size_t to)
{
	const struct phrase *t;
	size_t i, k;

	for (i = 0; i < c->tr->triggers.n; i++) {
		t = &c->tr->triggers.v[i];
		if (t->owner != p || t->n < 2)
			continue;
		for (k = from; k < to && k < c->n; k++)
			if (phrase_word_is(t, t->n - 1, c->text, &c->tok[k]))
				return true;
	}
	return false;
}

/*
 * The projected quantity of a projected figure read as quantity q: the
 * one whose trigger ends in a verb near the figure ("expects N to
 * flee": "expected to flee"), else the projection of q's measure, else
 * the one named after q ("refugees_projected"), else for the default
 * quantity the tracker's only projected one.
 */
size_t
quantity_for_modality(struct ctx *c, size_t a, size_t b, size_t q,
    enum modality m)
{
	const struct tracker *tr = c->tr;
	size_t i, p = SIZE_MAX, n = strlen(tr->q[q].name), mq, mi;
	size_t from = a > MODAL_BACK ? a - MODAL_BACK : 0;

	if (m != MODALITY_PROJECTED || tr->q[q].projected)
		return q;
	if (q != tr->qdefault && part_of_projected(c, a))
		return q;	/* "800,000 people, including 160,000
				   children, could cross": the verb is
				   the whole's, the part keeps its kind */
	b = past_including(c, b);
	for (i = 0; i < tr->nq; i++)
		if (tr->q[i].projected && projected_verb_near(c, i, from,
		    b + MODAL_AHEAD))
			return i;
	mq = tr->measure_of != NULL ? tr->measure_of[q] : NO_MEASURE;
	for (i = 0; i < tr->nq && mq != NO_MEASURE; i++) {
		mi = tr->measure_of[i];
		if (tr->q[i].projected && mi != NO_MEASURE &&
		    tr->measures[mi].projection_of != NULL &&
		    strcmp(tr->measures[mi].projection_of,
		    tr->measures[mq].name) == 0)
			return i;
	}
	for (i = 0; i < tr->nq; i++)
		if (tr->q[i].projected && strncmp(tr->q[i].name,
		    tr->q[q].name, n) == 0 && tr->q[i].name[n] == '_')
			return i;
	if (q != tr->qdefault)
		return q;
	for (i = 0; i < tr->nq; i++)
		if (tr->q[i].projected) {
			if (p != SIZE_MAX)
				return q;	/* which one is not known */
			p = i;
		}
	return p != SIZE_MAX ? p : q;
}

/* Pronouns of a partitive's whole already named (sorted). */
static const char *const pronouns_of[] = {
	"them", "these", "those"
};

/* Words of what is done with the counted once they are counted: naming
 * them and examining them (sorted). */
static const char *const handled_words[] = {
	"autopsied", "autopsies", "autopsy", "identified", "post-mortem",
	"post-mortems", "unidentified"
};

/* Words between a figure (or its noun) and such a word: auxiliaries,
 * adverbs of degree and time, "who", and light verbs ("have already
 * undergone", "had an"); not "to be": "bodies still to be identified"
 * are more dead, not yet in the count (sorted). */
static const char *const handled_links[] = {
	"a", "already", "also", "an", "are", "been", "being", "correctly",
	"fully", "had", "has", "have", "is", "now", "positively", "remain",
	"remained", "remains", "still", "undergone", "underwent", "was",
	"were", "which", "who"
};

/* Is token k an adverb of manner written with "-ly" ("formally"),
 * not a trigger? */
static bool
adverb_ly(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	return t->kind == TOK_WORD && t->len >= 5 && !(t->flags & TF_CAP) &&
	    strncmp(c->text + t->off + t->len - 2, "ly", 2) == 0 &&
	    phrase_match(&c->tr->triggers, c->text, c->tok, k, c->n,
	    NULL) == 0;
}

/* Is token k a word of handling the tracker does not itself count? */
static bool
handled_at(struct ctx *c, size_t k)
{
	return k < c->n && tok_in_sorted(c->text, &c->tok[k], handled_words,
	    NELEM(handled_words)) && phrase_match(&c->tr->triggers,
	    c->text, c->tok, k, c->n, NULL) == 0;
}

/* Words of care or moving done with part of a group already counted
 * ("26 of the survivors are being treated", "40 of the rescued were
 * transferred") (sorted). */
static const char *const cared_words[] = {
	"hospitalised", "hospitalized", "housed", "moved", "relocated",
	"sheltered", "transferred", "treated"
};

/*
 * Is the figure ending at end a part of a group already counted, "N of
 * the" and the group's nouns, whose predicate is only care or moving the
 * tracker does not count: "12 of the rescued migrants are being treated
 * in hospital"? The group's count is the claim, not its part.
 */
static bool
cared_part(struct ctx *c, size_t end)
{
	const struct token *t = c->tok;
	size_t k = end, w, len;

	if (k + 2 >= c->n || !tok_is(c->text, &t[k], "of") ||
	    !tok_is(c->text, &t[k + 1], "the"))
		return false;
	for (k += 2, w = 0; w < 5 && k < c->n; w++) {
		if ((len = phrase_match(&c->tr->nouns, c->text, t, k, c->n,
		    NULL)) == 0 && (len = phrase_match(&c->tr->triggers,
		    c->text, t, k, c->n, NULL)) == 0 && !tok_is(c->text,
		    &t[k], "and"))
			break;
		k += len > 0 ? len : 1;
	}
	if (w == 0)
		return false;
	for (w = 0; w < 6 && k < c->n && tok_in_sorted(c->text, &t[k],
	    handled_links, NELEM(handled_links)); w++)
		k++;
	return k < c->n && tok_in_sorted(c->text, &t[k], cared_words,
	    NELEM(cared_words)) && phrase_match(&c->tr->triggers,
	    c->text, t, k, c->n, NULL) == 0;
}

/* Is there a trigger in tokens [k, clause end): what befalls the
 * people once handled ("identified, who will be arrested")? */
static bool
trigger_after_handled(struct ctx *c, size_t k)
{
	size_t q;

	for (; k < c->n && (c->tok[k].kind != TOK_PUNCT ||
	    c->tok[k].ch == ','); k++)
		if (trigger_at(c, k, &q) > 0)
			return true;
	return false;
}

static bool
handled_only(struct ctx *c, size_t f, size_t end)
{
	const struct token *t = c->tok;
	size_t k = end, w;

	if (k + 1 < c->n && tok_is(c->text, &t[k], "of") &&
	    tok_in_sorted(c->text, &t[k + 1], pronouns_of,
	    NELEM(pronouns_of)))
		k += 2;		/* "133 of those being identified" */
	if (k < c->n && tok_in_sorted(c->text, &t[k], more_words,
	    NELEM(more_words)))
		k++;		/* "hundreds more suspects identified" */
	for (w = 0; w < 2 && k < c->n && (phrase_match(&c->tr->nouns,
	    c->text, t, k, c->n, NULL) > 0 || phrase_match(&c->tr->triggers,
	    c->text, t, k, c->n, NULL) == 1); w++)
		k++;		/* its noun: "19 bodies", "62 deceased persons" */
	for (w = 0; w < 6 && k < c->n && (tok_in_sorted(c->text, &t[k],
	    handled_links, NELEM(handled_links)) || adverb_ly(c, k));
	    w++)
		k++;
	if (handled_at(c, k) && !trigger_after_handled(c, k + 1))
		return true;	/* "19 bodies remain unidentified", "12
				   have been formally identified"; not
				   "identified who will be arrested" */
	if (f > 0 && handled_at(c, f - 1) && !trigger_after_handled(c, end))
		return true;	/* "identified hundreds more suspects" */
	if (f == 0 || !tok_is(c->text, &t[f - 1], "on"))
		return false;
	for (k = f - 1; k > 0 && f - k < 7 && !clause_edge(c, k - 1); k--)
		if (handled_at(c, k - 1))
			return true;	/* "autopsies were done on 195" */
	return false;
}

/* Nouns of a settled place whose size in people is its population
 * (sorted). */
static const char *const settlements[] = {
	"area", "areas", "cities", "city", "country", "county", "district",
	"island", "metropolis", "municipality", "nation", "province",
	"region", "state", "suburb", "town", "village"
};

/* Nouns of the people living in a place (sorted). */
static const char *const dwellers[] = {
	"inhabitants", "people", "residents"
};

/* Words of amount between "of" or "with" and a figure (sorted). */
static const char *const about_words[] = {
	"about", "almost", "around", "nearly", "over", "roughly", "some"
};

/* Places built to hold people for a while (sorted). */
static const char *const facilities[] = {
	"camp", "camps", "center", "centers", "centre", "centres",
	"facilities", "facility", "gym", "gymnasium", "hall", "hostel",
	"hotel", "school", "shelter", "shelters", "site", "stadium", "tent",
	"tents"
};

#define FACILITY_BACK 16	/* tokens read back for the place's noun */

/* Does the clause before token k name a facility, whose "home to N"
 * counts the people it shelters, not a population? */
static bool
facility_before(struct ctx *c, size_t k)
{
	size_t i;

	for (i = k; i > 0 && k - i < FACILITY_BACK &&
	    !tok_punct(&c->tok[i - 1], '.'); i--)
		if (tok_in_sorted(c->text, &c->tok[i - 1], facilities,
		    NELEM(facilities)))
			return true;
	return false;
}

/*
 * Is the figure at [f, end) the population of a place: "a metropolitan
 * area of about 3 million people", "the fastest-growing cities in the
 * state, with some 900,000 residents" (an aside on the place, after
 * its comma)?
 */
static bool
population_of_place(struct ctx *c, size_t f, size_t end)
{
	const struct token *t = c->tok;
	size_t k = f, i;
	bool dwell = end < c->n && tok_in_sorted(c->text, &t[end], dwellers,
	    NELEM(dwellers));

	if (!dwell && end < c->n && t[end].kind != TOK_PUNCT)
		return false;	/* its noun, if any, names dwellers */
	while (k > 0 && tok_in_sorted(c->text, &t[k - 1], about_words,
	    NELEM(about_words)))
		k--;
	if (dwell && k >= 2 && end + 1 < c->n && tok_punct(&t[k - 1], '(') &&
	    tok_punct(&t[end + 1], ')') && (t[k - 2].flags & TF_CAP))
		return true;	/* "Porto Alegre (around 1.4 million
				   inhabitants)" */
	if (k < 2)
		return false;
	if (dwell && k >= 3 && tok_is(c->text, &t[k - 1], "to") &&
	    tok_is(c->text, &t[k - 2], "home"))
		return !facility_before(c, k - 2);	/* "a city that is
				   home to about 800,000 people", not "the
				   reception centre is home to 2,000 people" */
	if (k >= 4 && tok_is(c->text, &t[k - 1], "to") &&
	    tok_is(c->text, &t[k - 2], "home") && t[k - 3].kind == TOK_PUNCT) {
		for (i = k - 3; i > 0 && k - 3 - i < 4; i--)
			if (tok_in_sorted(c->text, &t[i - 1], settlements,
			    NELEM(settlements)))
				return true;	/* "the city of Gaziantep,
						   home to around 2 million" */
		return false;	/* not "the centre is home to 2,000" */
	}
	if (tok_is(c->text, &t[k - 1], "of"))
		return tok_in_sorted(c->text, &t[k - 2], settlements,
		    NELEM(settlements));	/* "a nation of 50 million" */
	if (!dwell || !tok_is(c->text, &t[k - 1], "with") ||
	    !tok_punct(&t[k - 2], ','))
		return false;	/* not "the district was filled with" */
	k -= 2;
	for (i = k; i > 0 && k - i < 6 && t[i - 1].kind == TOK_WORD; i--)
		if (tok_in_sorted(c->text, &t[i - 1], settlements,
		    NELEM(settlements)))
			return true;
	return false;
}

/* Verbs of living somewhere (sorted). */
static const char *const dwell_verbs[] = {
	"live", "lived", "reside", "resided", "resides"
};

#define DWELL_AHEAD 5	/* words from a figure to its verb of living */
#define DWELL_CLAUSE 16	/* tokens of its clause read for a trigger */

/*
 * Is the figure ending at end the number of people living somewhere,
 * told by its verb: "some 600,000 Rohingya still live in Myanmar",
 * "camps where nearly a million refugees reside"? A stock of people,
 * not the tracker's event, unless a trigger of the tracker stands in
 * the clause ("2,000 evacuees who now live in tents", "5 million live
 * in areas under evacuation orders").
 */
static bool
residents_by_verb(struct ctx *c, size_t end)
{
	const struct token *t = c->tok;
	size_t k, verb = SIZE_MAX;

	if (end < c->n && tok_is(c->text, &t[end], "more"))
		return false;	/* "16,000 are affected, and 25,000 more
				   people live ...": more of that count */
	for (k = end; k < c->n && k < end + DWELL_CLAUSE &&
	    t[k].kind == TOK_WORD; k++) {
		if (phrase_match(&c->tr->triggers, c->text, t, k, c->n,
		    NULL) > 0)
			return false;
		if (verb == SIZE_MAX && k < end + DWELL_AHEAD &&
		    tok_in_sorted(c->text, &t[k], dwell_verbs,
		    NELEM(dwell_verbs)))
			verb = k;
		else if (verb == SIZE_MAX && k >= end + DWELL_AHEAD)
			return false;
	}
	return verb != SIZE_MAX;
}

#define MIXED_AHEAD 8	/* tokens from a figure to its mixed group */

/* Is token k a name's word that is none of the tracker's cues? */
static bool
rival_name_at(struct ctx *c, size_t k)
{
	return k < c->n && c->tok[k].kind == TOK_WORD &&
	    (c->tok[k].flags & TF_CAP) && phrase_match(&c->tr->cues,
	    c->text, c->tok, k, c->n, NULL) == 0 &&
	    tok_month(c->text, &c->tok[k], true) == 0;
}

/*
 * Does the figure ending at end count a group of the tracked subject and
 * another named one together: "a 50,000-strong force of Russian and
 * North Korean troops", "40 North Korean and Russian soldiers"? A
 * tracker with a subject follows that subject's people alone.
 */
static bool
mixed_group(struct ctx *c, size_t end)
{
	const struct token *t = c->tok;
	size_t k, len;

	if (c->tr->subject[0] == '\0')
		return false;
	for (k = end; k + 2 < c->n && k < end + MIXED_AHEAD; k++) {
		if (t[k].kind == TOK_PUNCT && t[k].ch != '-')
			return false;
		if ((len = phrase_match(&c->tr->cues, c->text, t, k, c->n,
		    NULL)) > 0)
			return k + len + 1 < c->n && tok_is(c->text,
			    &t[k + len], "and") && rival_name_at(c,
			    k + len + 1);	/* "North Korean and Russian" */
		if (tok_is(c->text, &t[k + 1], "and") && rival_name_at(c, k) &&
		    phrase_match(&c->tr->cues, c->text, t, k + 2, c->n,
		    NULL) > 0)
			return true;	/* "Russian and North Korean" */
	}
	return false;
}

/* Verbs of having staff (sorted). */
static const char *const employ_verbs[] = {
	"employ", "employed", "employing", "employs", "had", "has", "have"
};

/* Nouns of staff (sorted). */
static const char *const staff_nouns[] = {
	"employees", "staff", "staffers", "workers"
};

/*
 * Is the figure at [f, end) a workforce, the object of a verb of having
 * staff ("the company had 66,000 workers in the state", "employs about
 * 3,000 staff")? Members a union "has" are another matter.
 */
static bool
workforce(struct ctx *c, size_t f, size_t end)
{
	size_t k = f;

	if (end >= c->n || !tok_in_sorted(c->text, &c->tok[end], staff_nouns,
	    NELEM(staff_nouns)))
		return false;
	while (k > 0 && tok_in_sorted(c->text, &c->tok[k - 1], about_words,
	    NELEM(about_words)))
		k--;
	return k > 0 && tok_in_sorted(c->text, &c->tok[k - 1], employ_verbs,
	    NELEM(employ_verbs));
}

/* Plural nouns of civilians by what they do or where they live; not
 * "engineers", "medics", whom armies have too (sorted). */
static const char *const civilian_nouns[] = {
	"citizens", "civilians", "diplomats", "doctors", "employees",
	"farmers", "laborers", "labourers", "nurses",
	"residents", "staff", "staffers", "students", "tourists", "workers"
};

/* Does the tracker count people in general ("people", "persons")? Its
 * own nouns only, never the ones expand added. */
static bool
counts_people(const struct tracker *tr)
{
	size_t i, own = tr->nouns.n - tr->nexpanded;

	for (i = 0; i < own && i < tr->nouns.n; i++)
		if (tr->nouns.v[i].n == 1 &&
		    (strcasecmp(tr->nouns.v[i].w[0], "people") == 0 ||
		    strcasecmp(tr->nouns.v[i].w[0], "persons") == 0))
			return true;
	return false;
}

/*
 * Is the figure ending at end a count of civilians ("15,000 workers",
 * "3,000 construction workers") under a tracker that counts one kind
 * of people (soldiers) and neither them nor people in general? Those
 * are another group, whatever befell them ("were dispatched").
 */
static bool
another_kind(struct ctx *c, size_t end)
{
	const struct token *t = c->tok;
	size_t k = end;

	if (k + 1 < c->n && t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
	    tok_in_sorted(c->text, &t[k + 1], civilian_nouns,
	    NELEM(civilian_nouns)))
		k++;		/* "3,000 construction workers" */
	if (k >= c->n || !tok_in_sorted(c->text, &t[k], civilian_nouns,
	    NELEM(civilian_nouns)) ||
	    phrase_match(&c->tr->nouns, c->text, t, k, c->n, NULL) > 0)
		return false;
	return !counts_people(c->tr);
}

/* Verbs of a side's losses, whose subject is the side (sorted). */
static const char *const loss_verbs[] = {
	"incurred", "lost", "suffered", "sustained"
};

/* Auxiliaries and adverbs between a subject and its verb (sorted). */
static const char *const loss_aux[] = {
	"already", "also", "had", "has", "have", "reportedly"
};

/* Prepositions of place between a side and its verb (sorted). */
static const char *const side_preps[] = {
	"across", "at", "from", "in", "inside", "near", "of", "on"
};

/* Is token k a name none of the tracker's cues covers, also as the
 * second or third word of a cue ("Korean" of "North Korean")? */
static bool
rival_side_at(struct ctx *c, size_t k)
{
	size_t j, len;

	if (!rival_name_at(c, k))
		return false;
	for (j = k > 2 ? k - 2 : 0; j < k; j++)
		if ((len = phrase_match(&c->tr->cues, c->text, c->tok, j, c->n,
		    NULL)) > 0 && j + len > k)
			return false;
	return true;
}

/*
 * Is the figure at f the object of a verb of losses whose subject is
 * another side, named by a name that is none of the tracker's cues:
 * "the Ukrainian military suffered 76,000 casualties", "Russia has lost
 * 5,000 soldiers"? A tracker with a subject follows that subject's
 * losses alone.
 */
static bool
rival_losses(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;
	size_t k = f, words;

	if (c->tr->subject[0] == '\0')
		return false;
	while (k > 0 && tok_in_sorted(c->text, &t[k - 1], about_words,
	    NELEM(about_words)))
		k--;
	if (k == 0 || !tok_in_sorted(c->text, &t[k - 1], loss_verbs,
	    NELEM(loss_verbs)))
		return false;
	for (k--; k > 0 && tok_in_sorted(c->text, &t[k - 1], loss_aux,
	    NELEM(loss_aux)); k--)
		;
	for (words = 0; k > 0 && words < 3 && t[k - 1].kind == TOK_WORD;
	    k--, words++) {
		if (t[k - 1].flags & TF_CAP)
			return !(k >= 2 && tok_in_sorted(c->text, &t[k - 2],
			    side_preps, NELEM(side_preps))) &&
			    rival_side_at(c, k - 1);
		if (tok_in_sorted(c->text, &t[k - 1], side_preps,
		    NELEM(side_preps)))
			return false;	/* "troops in Kursk have lost" */
	}
	return false;
}

/* Is the figure at [f, end) alone in brackets right after a name that
 * is no number and no word of the tracker: "Ashford (6)"? */
static bool
name_share_at(struct ctx *c, size_t f, size_t end)
{
	const struct token *t = c->tok;
	size_t q;

	return f > 1 && end == f + 1 && end < c->n &&
	    tok_punct(&t[f - 1], '(') && tok_punct(&t[end], ')') &&
	    t[f].kind == TOK_NUM && !(t[f].flags & (TF_YEARLIKE |
	    TF_DECIMAL)) && t[f - 2].kind == TOK_WORD &&
	    (t[f - 2].flags & TF_CAP) && number_word(c->text, &t[f - 2]) <= 0 &&
	    trigger_at(c, f - 2, &q) == 0 && netfig_trigger_form(c,
	    f - 2) < 0 && phrase_match(&c->tr->nouns, c->text, t, f - 2,
	    c->n, NULL) == 0;
}

/*
 * Is the figure at [f, end) one of a list of names' shares in brackets
 * ("from Ashford (6), Dover (2) and Canterbury (9)") whose sum is a
 * total the article has already claimed: that total's breakdown, not
 * counts of their own? Shares adding up to no claimed total are claims
 * ("also reported in Kent (4) and Essex (2)").
 */
static bool
breakdown_of_total(struct ctx *c, size_t f, size_t end)
{
	const struct claim *cl;
	double sum = 0;
	size_t k, i, parts = 0;

	if (!name_share_at(c, f, end))
		return false;
	for (k = 2; k + 1 < c->n; k++)
		if (c->tok[k].kind == TOK_NUM && name_share_at(c, k, k + 1)) {
			sum += c->tok[k].num;
			parts++;
		}
	if (parts < 2 || c->art == NULL || c->art->id == NULL)
		return false;
	for (i = c->out->n; i > 0; i--) {
		cl = &c->out->v[i - 1];
		if (cl->doc == NULL || strcmp(cl->doc, c->art->id) != 0)
			break;
		if (cl->qualifier == QUAL_EXACT && cl->value == sum)
			return true;
	}
	return false;
}

/* Is token k a word the tracker reads: a trigger, a form of one, a
 * counted noun or a subject cue? */
static bool
tracker_word(struct ctx *c, size_t k)
{
	size_t q;

	return trigger_at(c, k, &q) > 0 || netfig_trigger_form(c, k) >= 0 ||
	    phrase_match(&c->tr->nouns, c->text, c->tok, k, c->n, NULL) > 0 ||
	    phrase_match(&c->tr->qnouns, c->text, c->tok, k, c->n, NULL) > 0 ||
	    phrase_match(&c->tr->cues, c->text, c->tok, k, c->n, NULL) > 0;
}

/*
 * Is the figure at [f, end) a bare number naming a thing with the
 * capitalized word before it, in running text (the word before that in
 * lower case): "told Channel 13", "from Terminal 3 to Terminal 1"? Not
 * a date ("on June 16"), nor a word of the tracker's ("in Kursk 11,000
 * troops"), nor a title-case headline's words.
 */
static bool
label_after_name(struct ctx *c, size_t f, size_t end)
{
	const struct token *t = c->tok;

	if (f < 2 || end != f + 1 || t[f].kind != TOK_NUM ||
	    (t[f].flags & (TF_YEARLIKE | TF_DECIMAL)) ||
	    t[f - 1].kind != TOK_WORD || !(t[f - 1].flags & TF_CAP) ||
	    t[f - 2].kind != TOK_WORD || (t[f - 2].flags & TF_CAP) ||
	    tok_month(c->text, &t[f - 1], true) > 0 ||
	    tok_weekday(c->text, &t[f - 1]) >= 0 ||
	    number_word(c->text, &t[f - 1]) > 0 || tracker_word(c, f - 1))
		return false;
	if (end + 1 < c->n && tok_in_sorted(c->text, &t[end], more_words,
	    NELEM(more_words)))
		end++;		/* "sent to Russia 1,500 more troops" */
	return end >= c->n || t[end].kind != TOK_WORD || !tracker_word(c, end);
}

/* Verbs of growth and of going past a figure: "rose by 100" gives how
 * much a count grew, not the count (sorted). */
static const char *const growth_verbs[] = {
	"climbed", "grew", "grown", "increased", "increases", "jumped",
	"outnumbered", "outnumbering", "rise", "risen", "rises", "rose",
	"surpassed", "surpassing", "swelled", "topped", "topping"
};

/*
 * Is the figure at f a difference: "by N" after a verb of growth whose
 * clause names a measure ("the toll increased by 100", "passing last
 * year's record by more than 17,000"; not "cut its staff by 17,000", a
 * count of its own, nor "the number of troops there increased by 1,500"
 * or "increased its troops by 3,000": so many more)?
 */
/* Measures whose growth "by N" is a difference: "the toll rose by
 * 100", "passing the record by 17,000" (sorted). */
static const char *const grown_measures[] = {
	"count", "figure", "record", "tally", "toll", "total"
};

static bool
growth_by(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;
	size_t k;
	bool measure = false;

	if (f < 2 || !tok_is(c->text, &t[f - 1], "by"))
		return false;
	for (k = f - 1; k > 0 && f - k < 8 && t[k - 1].kind != TOK_PUNCT &&
	    t[k - 1].kind != TOK_NUM; k--)
		if (tok_in_sorted(c->text, &t[k - 1], growth_verbs,
		    NELEM(growth_verbs)))
			break;
	if (k == 0 || f - k >= 8 || !tok_in_sorted(c->text, &t[k - 1],
	    growth_verbs, NELEM(growth_verbs)))
		return false;
	for (k = f - 1; k > 0 && t[k - 1].kind != TOK_PUNCT &&
	    t[k - 1].kind != TOK_NUM && !clause_edge(c, k - 1); k--) {
		if (tok_is(c->text, &t[k - 1], "number"))
			return false;	/* "the number of troops there
					   increased by 1,500": 1,500 more */
		if (tok_in_sorted(c->text, &t[k - 1], grown_measures,
		    NELEM(grown_measures)))
			measure = true;
	}
	return measure;		/* not "increased its troops by 3,000" */
}

bool
quantity_untracked(struct ctx *c, size_t f, size_t end)
{
	return breakdown_of_total(c, f, end) || label_after_name(c, f, end) ||
	    growth_by(c, f) ||
	    handled_only(c, f, end) || population_of_place(c, f, end) ||
	    residents_by_verb(c, end) ||
	    mixed_group(c, end) || workforce(c, f, end) ||
	    another_kind(c, end) || rival_losses(c, f) ||
	    cared_part(c, end);
}
