/*
 * attrib.c - see attrib.h.
 */
#include <string.h>

#include "attrib.h"
#include "util.h"

/* Words in a NULL-ended list. The lists searched with tok_in_sorted()
 * are kept in strcmp() order. */
#define NWORDS(ws) (sizeof(ws) / sizeof(*(ws)) - 1)

static const char *const say_verbs[] = {
	"acknowledged", "added", "adds", "admitted", "alleged",
	"alleges", "announced", "announces", "assess", "assessed",
	"assesses", "believe", "believed", "believes", "briefed",
	"calculated", "cited", "claim", "claimed", "claims", "confirm",
	"confirmed", "confirms", "counted", "declared", "disclosed",
	"discloses", "estimate", "estimated", "estimates", "explained",
	"indicated", "indicates", "informed", "insisted", "noted",
	"notes", "posted", "quoted", "recorded", "registered",
	"reported", "reports", "revealed", "reveals", "said", "say",
	"says", "show", "showed", "shows", "stated", "states",
	"suggested", "suggests", "tells", "testified", "think",
	"thinks", "told", "tweeted", "warned", "warns", "writes",
	"wrote", NULL
};

/* Participles that make a report a cue: "statements indicating". */
/* Before a verb form used as an adjective: "an estimated 4,000". */
static const char *const articles[] = { "a", "an", "the", NULL };

static const char *const report_verbs[] = {
	"indicating", "suggesting", "showing", "saying", "putting",
	"stating", "estimating", "claiming", NULL
};

static const char *const report_nouns[] = {
	"analysis", "announcement", "assessment", "assessments",
	"briefing", "calculations", "count", "data", "estimate",
	"estimates", "figures", "findings", "information",
	"intelligence", "records", "report", "reports", "sources",
	"statement", "statements", "tally", NULL
};

/* Lower-case words that may belong to a claimant's phrase. */
static const char *const np_words[] = {
	"administration", "adviser", "advisor", "agencies", "agency",
	"ambassador", "analysts", "and", "army", "authorities",
	"broadcaster", "chancellor", "chief", "chiefs", "civil",
	"command", "commander", "committee", "council", "defence",
	"defense", "department", "deputies", "deputy", "director",
	"directorate", "disaster", "emergency", "envoy", "experts",
	"foreign", "general", "government", "group", "he", "head",
	"health", "intelligence", "interior", "it", "joint",
	"lawmaker", "lawmakers", "leader", "leadership", "management",
	"media", "military", "minister", "ministry", "national",
	"news", "newspaper", "of", "office", "official", "officials",
	"outlet", "parliament", "premier", "president", "secretary",
	"secretary-general", "security", "senator", "senior",
	"service", "she", "sources", "spokesman", "spokesperson",
	"spokeswoman", "spy", "staff", "state", "tank", "they",
	"think", "top", NULL
};

/* Titles: the claimant is the name after the last of them. */
static const char *const titles[] = {
	"president", "minister", "spokesman", "spokesperson", "spokeswoman",
	"secretary", "secretary-general", "chief", "director", "general",
	"commander", "adviser", "advisor", "official", "envoy", "ambassador",
	"head", "leader", "chancellor", "premier", "lawmaker", "senator",
	"analyst", "gen", "mayor", "governor", NULL
};

/* Words at the front of a phrase that are not part of the claimant. */
static const char *const np_leaders[] = {
	"the", "a", "an", "however", "meanwhile", "separately", "earlier",
	"later", "also", "but", "and", "now", "yet", "still", "previous",
	"recent", "latest", "new", "further", "his", "her", "its", "their",
	"then", "last", "on", "in", "while", "as", "so", "by", "for",
	"with", "from", NULL
};

/* Words between a claimant and its verb: "X has also said". */
static const char *const np_skips[] = {
	"has", "have", "had", "also", "reportedly", "previously", "recently",
	"publicly", "officially", "separately", "again", "earlier", "later",
	"repeatedly", "first", "initially", "already", "now", "further",
	"today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "on", "last", "week", "night",
	"would", "will", "could", "did", "does", "do", NULL
};

static const char *const pronouns[] = {
	"he", "she", "they", "it", "the", NULL
};

long
source_find(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, which;

	for (i = a; i < b; i++)
		if (phrase_match(&tr->aliases, text, t, i, b, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return -1;
}

/* Capitalized words that date a statement and never name a claimant. */
static const char *const calendar[] = {
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", NULL
};

static bool
np_token(const char *text, const struct token *t)
{
	if (t->kind == TOK_POSS)
		return true;
	if (tok_in(text, t, calendar))
		return false;
	if (t->kind == TOK_WORD && (t->flags & TF_CAP))
		return true;
	if (t->kind == TOK_PUNCT && (t->ch == '(' || t->ch == ')'))
		return true;
	return tok_in_sorted(text, t, np_words, NWORDS(np_words));
}

/* Length of a gazetteer alias that ends just before token j, or 0. */
static size_t
alias_before(const struct tracker *tr, const char *text,
    const struct token *t, size_t j)
{
	size_t k;

	for (k = 1; k <= j && k <= PHRASE_MAX_WORDS; k++)
		if (phrase_match(&tr->aliases, text, t, j - k, j, NULL) == k)
			return k;
	return 0;
}

/* Walk back from token e over a claimant phrase; returns its start. */
static size_t
np_back(const struct tracker *tr, const char *text, const struct token *t,
    size_t e)
{
	size_t j = e, k;

	while (j > 0 && e - j < 14) {
		if ((k = alias_before(tr, text, t, j)) > 0)
			j -= k;
		else if (np_token(text, &t[j - 1]))
			j--;
		else
			break;
	}
	while (j < e && (tok_is(text, &t[j], "of") || tok_is(text, &t[j],
	    "and") || tok_punct(&t[j], ')')))
		j++;
	if (j > 0 && j < e && tok_is(text, &t[j - 1], "the"))
		j--;
	return j;
}

/* Walk forward from token i over a claimant phrase; returns its end. */
static size_t
np_forward(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j = i;

	if (j < n && tok_is(text, &t[j], "the"))
		j++;
	while (j < n && np_token(text, &t[j]) && j - i < 14)
		j++;
	while (j > i && (tok_is(text, &t[j - 1], "of") ||
	    tok_is(text, &t[j - 1], "and") || tok_punct(&t[j - 1], '(')))
		j--;
	return j;
}

/* Has the phrase [a, b) a word that names someone? */
static bool
np_names(const char *text, const struct token *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if ((t[a].kind == TOK_WORD && (t[a].flags & TF_CAP)) ||
		    (t[a].kind == TOK_WORD && !tok_in(text, &t[a], np_leaders) &&
		    !tok_is(text, &t[a], "of")))
			return true;
	return false;
}

static bool
is_pronoun(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i;

	if (b == a + 1)
		return tok_in(text, &t[a], pronouns);
	if (!tok_is(text, &t[a], "the"))
		return false;
	for (i = a + 1; i < b; i++)
		if (t[i].flags & TF_CAP)
			return false;
	return b > a + 1;
}

static void
cue_init(struct cue *c, enum cue_kind kind, size_t pos)
{
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->pos = pos;
	c->source = -1;
}

/* ", citing Y," between a relayer and its verb at v. */
static bool
say_relayed(const struct tracker *tr, const char *text, const struct token *t, size_t v,
    struct cue *c)
{
	size_t j, cite;

	if (v < 4 || !tok_punct(&t[v - 1], ','))
		return false;
	for (j = v - 1; j > 0 && v - j < 12; j--)
		if (tok_is(text, &t[j - 1], "citing"))
			break;
	if (j == 0 || v - j >= 12 || j < 3 || !tok_punct(&t[j - 2], ','))
		return false;
	cite = j - 1;
	c->np_first = cite + 1;
	c->np_end = v - 1;
	c->rel_end = cite - 1;
	c->rel_first = np_back(tr, text, t, c->rel_end);
	return c->rel_first < c->rel_end;
}

/* "X, the NSC spokesman, said": the claimant before the apposition. */
/* "Turkey's disaster agency, AFAD, said": the name between the commas
 * [a, b) is the claimant. */
static bool
name_apposition(const char *text, const struct token *t, size_t a, size_t b,
    struct cue *c)
{
	size_t i;

	for (i = a; i < b; i++)
		if (t[i].kind != TOK_POSS && !(t[i].kind == TOK_WORD &&
		    (t[i].flags & TF_CAP) && !tok_in(text, &t[i], calendar)))
			return false;
	c->np_first = a;
	c->np_end = b;
	return a < b;
}

static bool
say_apposition(const struct tracker *tr, const char *text, const struct token *t, size_t v,
    struct cue *c)
{
	size_t j;

	if (v < 4 || !tok_punct(&t[v - 1], ','))
		return false;
	for (j = v - 1; j > 0 && v - j < 10; j--)
		if (tok_punct(&t[j - 1], ','))
			break;
	if (j < 2 || v - j >= 10)
		return false;
	if (!tok_is(text, &t[j], "the"))
		return name_apposition(text, t, j, v - 1, c);
	c->np_end = j - 1;
	c->np_first = np_back(tr, text, t, c->np_end);
	return c->np_first < c->np_end;
}

/* ", citing Y" right after the verb: Y is the claimant. */
static void
say_citing_after(const char *text, const struct token *t, size_t n,
    size_t v, struct cue *c)
{
	size_t e;

	if (v + 3 >= n || !tok_punct(&t[v + 1], ',') ||
	    !tok_is(text, &t[v + 2], "citing"))
		return;
	e = np_forward(text, t, n, v + 3);
	if (e == v + 3)
		return;
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = v + 3;
	c->np_end = e;
}

/* The window after a verb where a statement's date may be written. */
static size_t
say_window_end(const char *text, const struct token *t, size_t n, size_t v)
{
	size_t j;

	for (j = v + 1; j < n && j < v + 8; j++)
		if (tok_is(text, &t[j], "that") || tok_punct(&t[j], ',') ||
		    tok_punct(&t[j], '"') || tok_punct(&t[j], ':') ||
		    t[j].kind == TOK_NUM || tok_is(text, &t[j], "about"))
			break;
	for (; j < n && j < v + 8; j++)	/* "said on Oct. 24, 2024" */
		if (t[j].kind != TOK_NUM && !tok_punct(&t[j], ','))
			break;
	return j;
}

/* "X put the death toll at ...", "X puts the number of ... at", "a
 * figure X puts at 3,000", "X puts it at". */
static bool
put_figure(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const puts[] = { "put", "puts", NULL };
	static const char *const dets[] = { "the", "its", "their", "his",
		"her", "own", "total", NULL };
	static const char *const figures[] = {
		"number", "toll", "death", "figure", "total", "turnout",
		"crowd", "tally", "count", "casualties", "losses", "estimate",
		"estimates", NULL
	};
	size_t j = i + 1;

	if (!tok_in(text, &t[i], puts))
		return false;
	if (j < n && (tok_is(text, &t[j], "it") || tok_is(text, &t[j],
	    "them")))
		j++;
	if (j < n && tok_is(text, &t[j], "at"))
		return true;	/* "a figure the NIS puts at 3,000" */
	while (j < n && j < i + 4 && tok_in(text, &t[j], dets))
		j++;
	return j < n && tok_in(text, &t[j], figures);
}

static bool
say_cue(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t e = v;

	cue_init(c, CUE_SAY, v);
	while (e > 0 && (tok_in(text, &t[e - 1], np_skips) ||
	    t[e - 1].kind == TOK_NUM))
		e--;
	if (e > 1 && tok_is(text, &t[e - 1], "and") &&
	    source_find(tr, text, t, 0, np_forward(text, t, n, 0)) >= 0) {
		c->np_first = 0;	/* "Seoul confirmed it and said" */
		c->np_end = np_forward(text, t, n, 0);
	} else if (!say_relayed(tr, text, t, e, c) &&
	    !say_apposition(tr, text, t, e, c)) {
		c->np_end = e;
		c->np_first = np_back(tr, text, t, e);
	}
	if (c->np_first == c->np_end && e > 0 && (tok_punct(&t[e - 1], ',') ||
	    tok_punct(&t[e - 1], '"'))) {
		c->np_first = v + 1;	/* "..., said Kirby" */
		c->np_end = np_forward(text, t, n, v + 1);
	}
	if (c->np_first == c->np_end || !np_names(text, t, c->np_first,
	    c->np_end))
		return false;
	say_citing_after(text, t, n, v, c);
	c->pronoun = is_pronoun(text, t, c->np_first, c->np_end);
	c->source = source_find(tr, text, t, c->np_first, c->np_end);
	if (c->source >= 0)
		c->pronoun = false;
	c->win_first = c->np_first <= 8 ? 0 : c->np_first;
	c->win_end = say_window_end(text, t, n, v);
	return true;
}

static bool
according_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t e;

	if (i + 2 >= n || !tok_is(text, &t[i + 1], "to"))
		return false;
	cue_init(c, CUE_ACCORDING, i);
	for (e = i + 2; e < n && e < i + 16; e++)
		if (t[e].kind == TOK_PUNCT && t[e].ch != '(' && t[e].ch != ')'
		    && t[e].ch != '-')
			break;
	c->np_first = i + 2;
	c->np_end = e;
	c->source = source_find(tr, text, t, c->np_first, c->np_end);
	c->pronoun = is_pronoun(text, t, c->np_first, c->np_end) &&
	    c->source < 0;
	c->win_first = i;
	c->win_end = e;
	return true;
}

/* "X statements indicating", "reports from X suggesting". */
static bool
report_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t p, struct cue *c)
{
	size_t j, a;

	for (j = p; j > 0 && p - j < 5; j--)
		if (tok_in_sorted(text, &t[j - 1], report_nouns,
		    NWORDS(report_nouns)))
			break;
	if (j == 0 || p - j >= 5)
		return false;
	cue_init(c, CUE_REPORT, p);
	a = j - 1 >= 4 ? j - 1 - 4 : 0;
	while (a < j - 1 && !(t[a].kind == TOK_WORD || t[a].kind ==
	    TOK_POSS))
		a++;
	while (a < j - 1 && phrase_match(&tr->aliases, text, t, a, j - 1,
	    NULL) == 0)
		a++;
	c->source = source_find(tr, text, t, a, p);
	c->np_first = c->source >= 0 ? a : j - 1;
	c->np_end = c->source >= 0 ? a + phrase_match(&tr->aliases, text, t,
	    a, p, NULL) : j - 1;
	c->win_first = c->np_first;
	c->win_end = p;
	return true;
}

/* "Kyiv's estimate", "a Pentagon announcement": a named report. */
static bool
named_report_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t i, struct cue *c)
{
	size_t a = i >= 3 ? i - 3 : 0;

	if (i == 0 || !tok_in_sorted(text, &t[i], report_nouns,
	    NWORDS(report_nouns)))
		return false;
	if (tok_is(text, &t[i], "intelligence") || tok_is(text, &t[i],
	    "sources"))
		return false;
	while (a < i && phrase_match(&tr->aliases, text, t, a, i, NULL) == 0)
		a++;
	if (source_find(tr, text, t, a, i) < 0)
		return false;
	cue_init(c, CUE_REPORT, i);
	c->np_first = a;
	c->np_end = i;
	c->source = source_find(tr, text, t, a, i);
	c->win_first = a;
	c->win_end = i + 1;
	return true;
}

static bool
cue_at(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t i, struct cue *c)
{
	if (t[i].kind != TOK_WORD)
		return false;
	if (tok_is(text, &t[i], "according"))
		return according_cue(tr, text, t, n, i, c);
	if (t[i].flags & TF_CAP)
		return false;	/* "States" is no verb, "Reports" a name */
	if (tok_in(text, &t[i], report_verbs))
		return report_cue(tr, text, t, i, c);
	if ((tok_in_sorted(text, &t[i], say_verbs, NWORDS(say_verbs)) ||
	    put_figure(text, t, n, i)) &&
	    !(i > 0 && (t[i - 1].kind == TOK_POSS ||
	    tok_in(text, &t[i - 1], articles))) &&
	    say_cue(tr, text, t, n, i, c))
		return true;
	return named_report_cue(tr, text, t, i, c);
}

size_t
cues_find(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, struct cue *out, size_t max)
{
	size_t i, nc = 0;

	for (i = 0; i < n && nc < max; i++)
		if (cue_at(tr, text, t, n, i, &out[nc]))
			nc++;
	return nc;
}

const struct cue *
cue_governing(const struct cue *c, size_t nc, size_t k)
{
	const struct cue *best = NULL;
	size_t i;

	for (i = 0; i < nc; i++)
		if (c[i].pos < k)
			best = &c[i];
	if (best != NULL)
		return best;
	for (i = 0; i < nc; i++)
		if (c[i].pos > k)
			return &c[i];
	return NULL;
}

static char *
span_text(const char *text, const struct token *t, size_t a, size_t b)
{
	if (a >= b)
		return NULL;
	return xstrndup(text + t[a].off, t[b - 1].off + t[b - 1].len -
	    t[a].off);
}

char *
cue_claimant(const struct cue *c, const char *text, const struct token *t)
{
	size_t a = c->np_first, b = c->np_end, i;

	while (a < b && (tok_in(text, &t[a], np_leaders) ||
	    t[a].kind == TOK_PUNCT))
		a++;
	if (c->kind == CUE_REPORT || c->kind == CUE_ACCORDING)
		while (b > a && tok_in_sorted(text, &t[b - 1], report_nouns,
		    NWORDS(report_nouns)) &&
		    !tok_is(text, &t[b - 1], "intelligence"))
			b--;
	while (b > a && t[b - 1].kind == TOK_POSS)
		b--;
	for (i = b; i > a; i--)
		if (tok_in(text, &t[i - 1], titles) && i < b &&
		    (t[i].flags & TF_CAP) && !tok_in_sorted(text, &t[i],
		    np_words, NWORDS(np_words)))
			return span_text(text, t, i, b);
	if (c->source < 0 && !np_names(text, t, a, b))
		return NULL;
	return span_text(text, t, a, b);
}

char *
cue_relayer(const struct cue *c, const char *text, const struct token *t)
{
	size_t a = c->rel_first;

	while (a < c->rel_end && tok_in(text, &t[a], np_leaders))
		a++;
	return span_text(text, t, a, c->rel_end);
}
