/*
 * attrib.c - see attrib.h.
 */
#include <string.h>
#include <strings.h>

#include "attrib.h"
#include "claimdate.h"
#include "util.h"

/* Words in a NULL-ended list. The lists searched with tok_in_sorted()
 * are kept in strcmp() order. */

static const char *const say_verbs[] = {
	"accuse", "accused", "accuses", "acknowledge", "acknowledged",
	"acknowledges", "added", "adds", "admit", "admits", "admitted",
	"alleged", "alleges", "announced", "announces", "asserted", "asserts",
	"assess", "assessed", "assesses", "believe", "believed", "believes",
	"briefed", "calculated", "cited", "cites", "claim", "claimed",
	"claims", "clarified", "concluded", "concludes", "confirm",
	"confirmed", "confirms", "counted", "declared", "detailed",
	"disclosed", "discloses", "documented", "estimate", "estimated",
	"estimates", "explained", "explains", "forecast", "forecasts",
	"indicated", "indicates", "informed", "insist", "insisted", "insists",
	"noted", "notes", "notified", "notifies", "posted", "publicised",
	"publicized", "quoted", "quotes", "recorded", "registered",
	"reported", "reports", "revealed", "reveals", "said", "say", "says",
	"show", "showed", "shows", "specified", "specifies", "stated",
	"states", "stressed", "stresses", "suggested", "suggests", "tells",
	"testified", "think", "thinks", "told", "tweeted", "unveiled",
	"unveils", "warned", "warns", "writes", "wrote", NULL
};

/* Participles that make a report a cue: "statements indicating". */
/* Before a verb form used as an adjective: "an estimated 4,000". */
static const char *const articles[] = { "a", "an", "the", NULL };

/* Words that open a relative clause: "X, who ...". */
static const char *const relatives_words[] = {
	"which", "who", "whom", "whose", NULL
};

static const char *const report_verbs[] = {
	"indicating", "suggesting", "showing", "saying", "putting",
	"stating", "estimating", "claiming", NULL
};

/* Participles of saying that people, not reports, do: "with officials
 * estimating up to 20,000". */
static const char *const speaking[] = {
	"claiming", "estimating", "saying", "stating", NULL
};

static const char *const report_nouns[] = {
	"analysis", "announcement", "assessment", "assessments",
	"briefing", "bulletin", "calculations", "count", "data", "details",
	"estimate", "estimates", "figures", "findings", "information",
	"intelligence", "records", "report", "reports", "sources",
	"statement", "statements", "studies", "study", "survey", "surveys",
	"tally", "update", "updates", NULL
};

/* Lower-case words that may belong to a claimant's phrase. */
static const char *const np_words[] = {
	"activist", "activists", "administration", "adviser", "advisor",
	"agencies", "agency", "alliance", "ambassador", "analysts", "and",
	"army", "authorities", "bloc", "body", "broadcaster", "campaigners",
	"carrier", "center", "centre", "chancellor", "chief", "chiefs",
	"civil", "coalition", "command", "commander", "commission",
	"commissioner", "committee", "company", "coroner", "correspondent",
	"council", "defence", "defense", "delegation", "department",
	"departments", "deputies", "deputy", "diplomat", "diplomats",
	"director", "directorate", "disaster", "doctors", "embassy",
	"emergency", "envoy", "experts", "eyewitnesses", "firm", "foreign",
	"general", "government", "group", "groups", "he", "head",
	"headquarters", "health", "intelligence", "interior",
	"investigators", "it", "joint",
	"journalists", "lawmaker", "lawmakers", "lawyers", "leader",
	"leadership", "maker", "management", "manufacturer", "mayor", "media",
	"medical", "medics", "military", "minister", "ministries", "ministry",
	"mission",
	"monitor", "monitors", "national", "news", "newspaper", "observers",
	"of", "office", "officers", "official", "officials", "organisation",
	"organiser", "organisers", "organization", "organizer", "organizers",
	"outlet", "panel", "parliament", "party", "police", "prefect",
	"premier",
	"president", "presidential", "prosecutor", "prosecutors", "radio",
	"representative", "representatives", "rescuers", "researchers",
	"rights", "secretary", "secretary-general", "security", "senator",
	"senior", "service", "services", "she", "sheriff", "sources",
	"spokesman", "spokesperson", "spokeswoman", "spy", "staff", "state",
	"state-controlled", "state-owned", "state-run",
	"survivors", "tank", "television", "they", "think", "top", "tv",
	"union", "unions", "volunteers", "watchdog", "we", "witnesses", NULL
};

/* Titles and ranks, written out or abbreviated ("Lt. Gen.", "Mr"): the
 * claimant is the name after the last of them. */
static const char *const titles[] = {
	"adm", "admiral", "adviser", "advisor", "amb", "ambassador",
	"analyst", "brig", "brig-gen", "brigadier", "capt", "captain",
	"cdr", "chairman", "chairwoman", "chancellor", "chief", "cmdr",
	"col", "colonel", "commander", "congressman", "congresswoman",
	"corporal", "cpl", "cpt", "det", "director", "dr", "envoy", "gen",
	"general", "gov", "governor", "head", "hon", "insp", "lawmaker",
	"leader", "lieutenant", "lt", "lt-col", "lt-gen", "maj", "maj-gen",
	"major", "marshal", "mayor", "messrs", "minister", "mr", "mrs",
	"ms", "official", "premier", "pres", "president", "prof",
	"professor", "pvt", "rep", "reps", "rev", "secretary",
	"secretary-general", "sen", "senator", "sens", "sergeant", "sgt",
	"spc", "spokesman", "spokesperson", "spokeswoman", "supt", NULL
};

/* Abbreviations whose full stop belongs to a name: "Lt. Gen. Kyrylo
 * Budanov", "Mr. Peskov", "St. Petersburg", "John Smith Jr.'s". */
static const char *const title_abbrevs[] = {
	"adm", "amb", "brig", "capt", "cdr", "cmdr", "col", "cpl", "cpt",
	"det", "dr", "gen", "gov", "hon", "insp", "jr", "lt", "maj",
	"messrs", "mr", "mrs", "ms", "pres", "prof", "pvt", "rep", "reps",
	"rev", "sen", "sens", "sgt", "spc", "sr", "st", "supt", NULL
};

/*
 * Words that a capital letter at the start of a sentence or clause does
 * not make a name: "Some estimate ...", "Both said ...", "The ...".
 * Inside a clause they may belong to one ("Doctors Without Borders").
 */
static const char *const function_words[] = {
	"a", "about", "after", "against", "all", "also", "although",
	"among", "an", "and", "another", "any", "as", "asked", "at",
	"because", "before", "both", "but", "by", "despite", "during",
	"each", "earlier", "either", "every", "few", "for", "from",
	"further", "here", "how", "however", "if", "in", "including",
	"indeed", "instead", "into", "its", "last", "later", "least",
	"less", "many", "meanwhile", "more", "moreover", "most", "much",
	"neither", "nevertheless", "next", "no", "none", "nor", "not",
	"now", "of", "on", "once", "one", "only", "or", "other", "others",
	"our", "over", "overall", "previously", "recently", "separately",
	"several", "since", "so", "some", "still", "such", "than", "that",
	"the", "their", "then", "there", "these", "this", "those",
	"though", "through", "thus", "to", "under", "unlike", "until",
	"what", "when", "where", "whether", "which", "while", "who",
	"whom", "whose", "why", "with", "within", "without", "yet", NULL
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
	"today", "yesterday", "on", "last", "week", "night", "would",
	"will", "could", "did", "does", "do", "itself", "themselves",
	NULL	/* "the ministry itself has said" */
};

/* A claimant that is one of these refers to someone named before; the
 * object forms come after a preposition ("according to him"). Sorted. */
static const char *const pronouns[] = {
	"he", "her", "him", "i", "it", "me", "she", "them", "they", "us",
	"we", NULL
};

/* "the ministry", "its spokesman": a claimant named before, described. */
static const char *const determiners[] = {
	"the", "his", "her", "its", "their", NULL
};

/* "X, citing Y, said": Y is the claimant, X its relayer. */
static const char *const citing[] = { "citing", "quoting", NULL };

/* Words for what an outlet found itself, not what others told it. */
static const char *const own_words[] = {
	"analysed", "analysis", "analyzed", "assessment", "assessments",
	"calculated", "calculations", "compiled", "confirmed", "count",
	"counted", "data", "documented", "estimate", "estimated",
	"estimates", "findings", "found", "identified", "investigation",
	"put", "puts", "records", "tallied", "tally", "verified", NULL
};

/* Words for news media: "state television", "a local newspaper". */
static const char *const media_nouns[] = {
	"broadcaster", "broadcasters", "channel", "daily", "magazine",
	"media", "newspaper", "newspapers", "outlet", "outlets", "radio",
	"tabloid", "television", "tv", "website", NULL
};

static bool	verb_like(const char *, const struct token *);
static bool	opening_date(const char *, const struct token *, size_t,
		    size_t);
static bool	that_verb(const char *, const struct token *, size_t, size_t);
static size_t	agent_end(const struct tracker *, const char *,
		    const struct token *, size_t, size_t);

/* The most tokens of a phrase read again without its possessives. */
#define UNPOSSESSED_MAX 24

/*
 * "the city's police", "Kazakhstan's labour ministry": an alias written
 * with a possessive inside it ("city police", "Kazakhstan labour
 * ministry"). The source of the first alias of tokens [a, b) read with
 * their possessive endings left out, or -1; only for a phrase that has
 * one.
 */
static long
source_unpossessed(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	struct token w[UNPOSSESSED_MAX];
	size_t i, m = 0, which;

	for (i = a; i < b && m < UNPOSSESSED_MAX; i++)
		if (t[i].kind != TOK_POSS)
			w[m++] = t[i];
	if (m == b - a || i < b)
		return -1;	/* none, or too long */
	for (i = 0; i < m; i++)
		if (phrase_match(&tr->aliases, text, w, i, m, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return -1;
}

long
source_find(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, which;

	for (i = a; i < b; i++)
		if (phrase_match(&tr->aliases, text, t, i, b, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return source_unpossessed(tr, text, t, a, b);
}

/* Words that date a statement and never name a claimant, beside the
 * weekdays and the months that are no names. */
static const char *const days_near[] = {
	"today", "tomorrow", "tonight", "yesterday", NULL
};

/* Months that are names too ("Theresa May", "April Ryan", "Jan
 * Lipavsky"): a date only beside a number or after a preposition. */
static const char *const name_months[] = {
	"april", "august", "jan", "jun", "june", "may", NULL
};

/* Words before a month that make it a date: "in May", "since June". */
static const char *const date_preps[] = {
	"after", "before", "between", "by", "during", "early", "end",
	"from", "in", "last", "late", "mid", "next", "of", "on", "since",
	"this", "through", "till", "to", "until", NULL
};

/* Is token i of t[0..n) a date word: "Monday", "12 May", "in June"? */
static bool
date_word(const char *text, const struct token *t, size_t n, size_t i)
{
	if (t[i].kind != TOK_WORD || t[i].len < 3 || t[i].len > 9)
		return false;	/* "may" to "wednesday" */
	if (tok_weekday(text, &t[i]) >= 0 || tok_in_sorted(text, &t[i],
	    days_near, NWORDS(days_near)))
		return true;
	if (tok_month(text, &t[i], true) == 0)
		return false;
	if (!tok_in_sorted(text, &t[i], name_months, NWORDS(name_months)))
		return true;
	return (i > 0 && (t[i - 1].kind == TOK_NUM || tok_in_sorted(text,
	    &t[i - 1], date_preps, NWORDS(date_preps)))) ||
	    (i + 1 < n && (t[i + 1].kind == TOK_NUM || (t[i].len == 3 &&
	    tok_punct(&t[i + 1], '.'))));	/* "Jan. 5", not "May." */
}

/* Parts of a day or spans of time that a time phrase between a
 * claimant and its verb may end with: "Friday night", "this week". */
static const char *const day_parts[] = {
	"afternoon", "day", "evening", "midday", "month", "morning",
	"night", "weekend", "year", NULL
};

/* Words that open a time phrase or stand for one: "late Sunday",
 * "early on Monday", "overnight". */
static const char *const time_leads[] = {
	"early", "late", "midday", "overnight", "this", "tonight", NULL
};

/* Where a statement was made, between a claimant and its verb: "in a
 * statement", "in a post on X". Prepositions before a day part: "in the
 * morning", "over the weekend", "earlier in the day". */
static const char *const said_in[] = {
	"briefing", "bulletin", "communique", "interview", "post",
	"release", "statement", "tweet", "update", NULL
};
static const char *const time_preps[] = {
	"at", "during", "in", "over", NULL
};

/* Occasions of speaking after "at a" or "during a": "at a press
 * conference", "during a visit" (the nouns of said_in too). */
static const char *const said_at[] = {
	"address", "conference", "event", "hearing", "meeting", "session",
	"speech", "visit", NULL
};

/* Words of place right after such an occasion: "at a news conference
 * here". */
static const char *const here_words[] = { "here", "there", NULL };

/* Is the word t a noun of an occasion of speaking ("statement",
 * "conference")? */
static bool
occasion_noun(const char *text, const struct token *t)
{
	return tok_in(text, t, said_in) || tok_in(text, t, said_at);
}

/*
 * The start of an occasion of speaking that ends at token g, between a
 * claimant and its verb: "in a statement", "at a press conference
 * here", "during a televised address"; g when there is none. A word
 * may stand between the article and the noun.
 */
static size_t
occasion_start(const char *text, const struct token *t, size_t g)
{
	size_t k = g;

	if (k > 0 && tok_in(text, &t[k - 1], here_words))
		k--;
	if (k < 3 || !occasion_noun(text, &t[k - 1]))
		return g;
	k--;
	if (k >= 3 && !tok_in(text, &t[k - 1], articles) &&
	    t[k - 1].kind == TOK_WORD && !(t[k - 1].flags & TF_CAP))
		k--;		/* "a press conference" */
	if (k < 2 || !tok_in(text, &t[k - 1], articles) ||
	    !tok_in(text, &t[k - 2], time_preps))
		return g;
	return k - 2;
}

/*
 * "(local time)", "(0900 GMT)": a bracket closed at token c that holds
 * no more than a clock's words. Returns the token of its "(", or 0.
 */
static size_t
clock_aside(const char *text, const struct token *t, size_t c)
{
	static const char *const clock[] = {
		"am", "et", "gmt", "local", "pm", "time", "utc", NULL
	};
	size_t j;

	for (j = c; j > 0 && c - j < 5; j--) {
		if (tok_punct(&t[j - 1], '('))
			return j - 1 < c - 1 ? j - 1 : 0;
		if (t[j - 1].kind != TOK_NUM && !tok_in(text, &t[j - 1], clock) &&
		    !tok_punct(&t[j - 1], ':'))
			return 0;
	}
	return 0;
}

/* Is there a noun of an occasion of speaking in tokens [a, b)? */
static bool
occasion_in(const char *text, const struct token *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (occasion_noun(text, &t[a]))
			return true;
	return false;
}

/*
 * The start of the words of time, auxiliaries and adverbs that stand
 * between a claimant and its verb at e ("the ministry on Friday said",
 * "Police late Sunday put the number at", "X earlier in the day said",
 * "the group in a statement on Monday said"), so that the subject
 * before them stays linked to the verb. Returns e when there are none.
 */
static size_t
time_gap_start(const char *text, const struct token *t, size_t n, size_t e)
{
	size_t g = e, a;

	while (g > 0 && e - g < 12) {
		const struct token *w = &t[g - 1];

		if (g >= 3 && tok_in(text, w, day_parts) &&
		    tok_is(text, &t[g - 2], "the") && tok_in(text, &t[g - 3],
		    time_preps))
			g -= 3;	/* "in the morning" */
		else if (g >= 3 && tok_is(text, w, "turn") && tok_is(text,
		    &t[g - 2], "in"))
			g -= 2;	/* "the ministry in turn counted" */
		else if (tok_in(text, w, np_skips) || tok_in(text, w,
		    time_leads) || tok_in(text, w, day_parts) ||
		    date_word(text, t, n, g - 1) || (w->kind == TOK_NUM &&
		    ((g < e && date_word(text, t, n, g)) || (g > 1 &&
		    date_word(text, t, n, g - 2)))))
			g--;	/* "on 21 July", "on July 21" */
		else if (g < e && tok_in(text, w, time_preps) &&
		    date_word(text, t, n, g))
			g--;	/* "in April", "at the weekend" is above */
		else if (g >= 3 && tok_punct(w, ',') && (a = time_gap_start(text,
		    t, n, g - 1)) < g - 1 && a > 1 && tok_punct(&t[a - 1], ','))
			g = a - 1;	/* "X had earlier, in April, said" */
		else if (g == e && g >= 3 && tok_punct(w, ',') &&
		    (a = time_gap_start(text, t, n, g - 1)) < g - 1 && a > 0 &&
		    t[a - 1].kind == TOK_WORD && occasion_in(text, t, a, g - 1))
			g = a;	/* "X at a news conference on Sunday, said";
				   not "X, who visits Y on Sunday, said" */
		else if (tok_punct(w, ')') && (a = clock_aside(text, t,
		    g - 1)) > 0)
			g = a;	/* "on Sunday (local time)" */
		else if ((a = occasion_start(text, t, g)) < g)
			g = a;	/* "in a statement", "at a press
				   conference here" */
		else
			break;
	}
	return g;
}

/* The full stop at token i ends an abbreviated title: "Lt." */
static bool
title_dot(const char *text, const struct token *t, size_t i)
{
	return i > 0 && tok_punct(&t[i], '.') &&
	    t[i - 1].off + t[i - 1].len == t[i].off &&
	    tok_in_sorted(text, &t[i - 1], title_abbrevs,
	    NWORDS(title_abbrevs));
}

/* Token i starts a sentence or follows a punctuation mark. */
static bool
clause_start(const struct token *t, size_t i)
{
	return i == 0 || (t[i - 1].kind == TOK_PUNCT && t[i - 1].ch != '(' &&
	    t[i - 1].ch != ')' && t[i - 1].ch != '-');
}

/* "al-Qudra", "el-Sisi", "bin-Salman": a name after a lower-case
 * particle and a hyphen. */
static bool
hyphen_name(const char *text, const struct token *t)
{
	const char *p = text + t->off, *e = p + t->len;

	if (t->kind != TOK_WORD || (t->flags & TF_CAP) || t->len < 4)
		return false;
	for (; p + 1 < e && p < text + t->off + 4; p++)
		if (*p == '-')
			return p[1] >= 'A' && p[1] <= 'Z';
	return false;
}

/*
 * An acronym written in capitals that spells a word ("WHO", "AID"): a
 * word of two letters or more all in capitals whose neighbours are not
 * (a headline in capitals shouts, it names no one).
 */
static bool
acronym(const struct token *t, size_t n, size_t i)
{
	if (t[i].kind != TOK_WORD || !(t[i].flags & TF_UPPER) || t[i].len < 2)
		return false;
	return (i == 0 || t[i - 1].kind != TOK_WORD ||
	    !(t[i - 1].flags & TF_UPPER)) && (i + 1 >= n ||
	    t[i + 1].kind != TOK_WORD || !(t[i + 1].flags & TF_UPPER));
}

/* A capitalized word that names someone (or is part of a name). */
static bool
cap_name(const char *text, const struct token *t, size_t n, size_t i)
{
	if (hyphen_name(text, &t[i]))
		return true;
	if (t[i].kind != TOK_WORD || !(t[i].flags & TF_CAP) ||
	    date_word(text, t, n, i))
		return false;
	return !clause_start(t, i) || acronym(t, n, i) ||
	    !tok_in_sorted(text, &t[i], function_words,
	    NWORDS(function_words));
}

/* The apostrophe at i of a plural's possessive between two capitalized
 * words of a name: "National Police Chiefs' Council", "the Workers'
 * Union" (not "Hamas' estimated 25,000"). */
static bool
plural_poss(const char *text, const struct token *t, size_t n, size_t i)
{
	return t[i].ch == '\'' && i > 0 && i + 1 < n &&
	    t[i - 1].kind == TOK_WORD && t[i - 1].len > 2 &&
	    text[t[i - 1].off + t[i - 1].len - 1] == 's' &&
	    t[i - 1].off + t[i - 1].len == t[i].off &&
	    (t[i - 1].flags & TF_CAP) && t[i + 1].kind == TOK_WORD &&
	    (t[i + 1].flags & TF_CAP) && t[i + 1].off > t[i].off + t[i].len;
}

/* Lower-case particles inside a person's name: "Eduardo del Rosario",
 * "Ursula von der Leyen", "Staffan de Mistura", and the "son of" of an
 * Arabic name ("Khalid bin Salman", "Ali ibn Hassan"). */
static const char *const name_particles[] = {
	"bin", "bint", "da", "de", "del", "della", "der", "di", "dos", "du",
	"ibn", "van", "von", NULL
};

/* Is the lower-case token i a particle between the parts of a name? */
static bool
name_particle(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j = i + 1;

	if (i == 0 || (t[i].flags & TF_CAP) || !tok_in(text, &t[i],
	    name_particles))
		return false;
	if (j < n && tok_in(text, &t[j], name_particles) &&
	    !(t[j].flags & TF_CAP))
		j++;	/* "van der" */
	return j < n && t[j].kind == TOK_WORD && (t[j].flags & TF_CAP) &&
	    t[i - 1].kind == TOK_WORD && ((t[i - 1].flags & TF_CAP) ||
	    tok_in(text, &t[i - 1], name_particles));
}

/* May token i of t[0..n) belong to a claimant's phrase? */
static bool
np_token(const char *text, const struct token *t, size_t n, size_t i)
{
	if (t[i].kind == TOK_POSS)
		return true;
	if (name_particle(text, t, n, i))
		return true;
	if (t[i].kind == TOK_PUNCT)
		return t[i].ch == '(' || t[i].ch == ')' || t[i].ch == '[' ||
		    t[i].ch == ']' || title_dot(text, t, i) ||
		    plural_poss(text, t, n, i);
	if ((t[i].flags & TF_CAP) || hyphen_name(text, &t[i]))
		return cap_name(text, t, n, i);
	return tok_in_sorted(text, &t[i], np_words, NWORDS(np_words));
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

/* Is the word at i a head noun of a claimant ("ministry", "police")? */
static bool
np_head(const struct tracker *tr, const char *text, const struct token *t,
    size_t i)
{
	if (alias_before(tr, text, t, i + 1) > 0)
		return true;
	return t[i].kind == TOK_WORD && !(t[i].flags & TF_CAP) &&
	    (tok_in_sorted(text, &t[i], np_words, NWORDS(np_words)) ||
	    tok_in_sorted(text, &t[i], titles, NWORDS(titles))) &&
	    !tok_in(text, &t[i], pronouns) && !tok_is(text, &t[i], "of") &&
	    !tok_is(text, &t[i], "and");
}

/* Lower-case words that say where in a place: "in northern Gaza". */
static const char *const place_adjectives[] = {
	"central", "coastal", "east", "eastern", "neighbouring",
	"neighboring", "north", "north-east", "north-eastern", "north-west",
	"north-western", "northeast", "northeastern", "northern",
	"northwest", "northwestern", "remote", "rural", "south",
	"south-east", "south-eastern", "south-west", "south-western",
	"southeast", "southeastern", "southern", "southwest",
	"southwestern", "west", "western", NULL
};

/* Lower-case nouns of a place that may stand for its name ("in the
 * capital") or come before it ("in the southern city of X"). */
static const char *const place_nouns[] = {
	"area", "capital", "city", "country", "county", "district",
	"enclave", "island", "islands", "north", "province", "region",
	"south", "state", "strip", "territory", "town", "village", NULL
};

/*
 * A lower-case word that describes what befell a place, before its
 * name: "embattled", "besieged", "hard-hit", "war-torn", "quake-hit".
 * A participle or a compound with a hyphen, no function word.
 */
static bool
torn_place(const char *text, const struct token *w)
{
	const char *p = text + w->off, *e = p + w->len;

	if (w->kind != TOK_WORD || (w->flags & TF_CAP) || w->len < 6)
		return false;
	if (memchr(p, '-', w->len) != NULL)
		return true;
	return e[-2] == 'e' && e[-1] == 'd';
}

/*
 * Back from token j over the lower-case words that describe a place
 * before (or instead of) its name: "northern" in "in northern Gaza",
 * "the southern city of" in "in the southern city of X", "the capital"
 * in "in the capital (X)". Returns the token where they start: j when
 * there are none.
 */
static size_t
place_words(const char *text, const struct token *t, size_t j)
{
	size_t i = j;

	if (i >= 2 && tok_is(text, &t[i - 1], "of") &&
	    tok_in(text, &t[i - 2], place_nouns))
		i -= 2;	/* "the city of X" */
	else if (i >= 1 && tok_in(text, &t[i - 1], place_nouns) &&
	    !(t[i - 1].flags & TF_CAP))
		i--;	/* "the capital X", "in the capital" */
	while (i > 1 && j - i < 5 && ((tok_in(text, &t[i - 1],
	    place_adjectives) && !(t[i - 1].flags & TF_CAP)) ||
	    torn_place(text, &t[i - 1])))
		i--;	/* "northern", "the embattled X", "hard-hit X" */
	return i;
}

/*
 * The "in" (or "in the") before token j joins a place to the claimant
 * before it ("the health ministry in Gaza said", "Police in Kent say",
 * "officials in the Gaza Strip say"): [j, e) is one name, and the
 * lower-case words that describe it come with it ("in northern Gaza",
 * "in the capital", "of hard-hit X"). Returns how many words join it,
 * 0 when none.
 */
static size_t
np_place(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t j, size_t e)
{
	size_t i, k = 1, p, s = j;

	if (s < e && tok_is(text, &t[s], "of"))
		s++;	/* the walk took the "of" of "the city of X" */
	for (i = s; i < e; i++)
		if (!cap_name(text, t, n, i))
			return 0;
	p = place_words(text, t, s);
	if (p > j || (s == e && (p == s || !tok_in(text, &t[s - 1],
	    place_nouns))))
		return 0;	/* no name and no place noun: "in northern" */
	if (p >= 3 && tok_is(text, &t[p - 1], "the"))
		k = 2;
	if (p < k + 1 || p >= e || !(tok_is(text, &t[p - k], "in") ||
	    (p < s && tok_is(text, &t[p - k], "of"))))
		return 0;	/* "in X", "of hard-hit X" */
	if (np_head(tr, text, t, p - k - 1) || (cap_name(text, t, n,
	    p - k - 1) && alias_before(tr, text, t, p - k) > 0))
		return k + (j - p);
	return 0;
}

/*
 * The lower-case word at j - 1 qualifies the head noun at j after a name
 * ("the Libyan Red Crescent aid organization", "the government's home
 * office"): it belongs to the claimant.
 */
static bool
np_modifier(const char *text, const struct token *t, size_t n, size_t j,
    size_t e)
{
	const struct token *w = &t[j - 1];

	if (j < 2 || j + 1 != e || w->kind != TOK_WORD || (w->flags & TF_CAP) ||
	    w->len < 3 || !tok_in_sorted(text, &t[j], np_words,
	    NWORDS(np_words)) || (t[j].flags & TF_CAP))
		return false;
	if (tok_in_sorted(text, w, function_words, NWORDS(function_words)) ||
	    tok_in(text, w, np_leaders) || verb_like(text, w) ||
	    (text[w->off + w->len - 1] == 'g' && w->len > 4))
		return false;	/* "ing" */
	return t[j - 2].kind == TOK_POSS || cap_name(text, t, n, j - 2);
}

/* "the country's", "the nation's": the country named before. */
static const char *const country_words[] = {
	"country", "nation", "province", "region", "state", NULL
};

/* Titles held "to" a state or a body: "Ambassador to the UN". */
static const char *const envoys[] = {
	"ambassador", "delegate", "envoy", "representative", NULL
};

/* Before the capitalized token j, "to" or "to the" after an envoy's
 * title: how many tokens to step back over, or 0. */
static size_t
envoy_to(const char *text, const struct token *t, size_t j)
{
	size_t k = j > 0 && tok_is(text, &t[j - 1], "the") ? 1 : 0;

	if (!(t[j].flags & TF_CAP) || j < k + 2 || !tok_is(text,
	    &t[j - k - 1], "to") || !tok_in(text, &t[j - k - 2], envoys))
		return 0;
	return k + 1;
}

/*
 * Back from token i over the name of an event or a group before its
 * common noun: "the No Kings" in "the No Kings protests", "Saturday's
 * "No Kings"" in "Saturday's "No Kings" marches". Capitalized words,
 * quotation marks and possessives, four tokens at most; returns where
 * they start (i when there are none).
 */
static size_t
named_event(const struct token *t, size_t i)
{
	size_t j = i;

	while (j > 0 && i - j < 6 && (t[j - 1].kind == TOK_POSS ||
	    tok_punct(&t[j - 1], '"') || (t[j - 1].kind == TOK_WORD &&
	    (t[j - 1].flags & TF_CAP))))
		j--;
	return j;
}

/*
 * A known claimant followed by a short lower-case "of" phrase saying
 * which of them ("survivors of the sinking", "residents of the
 * village"): how many tokens the phrase takes back from e, or 0. The
 * phrase holds one to three common words, none a function word or a
 * verb, and the gazetteer must know the words before its "of".
 */
static size_t
of_tail(const struct tracker *tr, const char *text, const struct token *t,
    size_t e)
{
	size_t i = e;

	while (i > 0 && e - i < 3 && t[i - 1].kind == TOK_WORD &&
	    !(t[i - 1].flags & TF_CAP) && !tok_is(text, &t[i - 1], "of") &&
	    !tok_in_sorted(text, &t[i - 1], function_words,
	    NWORDS(function_words)) && !verb_like(text, &t[i - 1]))
		i--;
	if (i == e)
		return 0;
	if (i > 0 && !tok_is(text, &t[i - 1], "of") && !tok_in(text,
	    &t[i - 1], articles))
		i = named_event(t, i);	/* "organisers of the No
						   Kings protests" */
	if (i > 0 && tok_in(text, &t[i - 1], articles))
		i--;
	if (i < 2 || !tok_is(text, &t[i - 1], "of") ||
	    alias_before(tr, text, t, i - 1) == 0)
		return 0;
	return e - (i - 1);
}

/* Small words inside one capitalized name: "Organization for Security
 * and Cooperation in Europe", "Centers for Disease Control". */
static const char *const name_joints[] = {
	"against", "for", "in", "on", NULL
};

/*
 * Before the capitalized token j, a small word (or it and "the") that
 * joins it to the capitalized word before, one name across both: how
 * many tokens to step back over, or 0.
 */
static size_t
linked_back(const char *text, const struct token *t, size_t n, size_t j)
{
	size_t k = j > 0 && tok_is(text, &t[j - 1], "the") ? 1 : 0;

	if (!(t[j].flags & TF_CAP) || t[j].kind != TOK_WORD || j < k + 2 ||
	    !tok_in(text, &t[j - k - 1], name_joints) ||
	    !cap_name(text, t, n, j - k - 2) ||
	    date_word(text, t, n, j))
		return 0;
	return k + 1;
}

#define NOUN_MODIFIERS_MAX 3	/* "the state education commissioner" */

/*
 * Common nouns before a claimant's head noun that say what kind it is:
 * "the airplane maker", "the press service", "a rally organizer", "the
 * state education commissioner", "A Polish border guard spokeswoman".
 * Before token j (a head noun in small letters), one to three words in
 * small letters, no function word, verb or "-ing" form, after an
 * article, a possessive pronoun or a capitalized word. How many tokens
 * they take, or 0.
 */
static size_t
noun_modifiers(const char *text, const struct token *t, size_t j)
{
	const struct token *w;
	size_t k;

	if (t[j].kind != TOK_WORD || (t[j].flags & TF_CAP) ||
	    !tok_in_sorted(text, &t[j], np_words, NWORDS(np_words)) ||
	    tok_is(text, &t[j], "and") || tok_is(text, &t[j], "of") ||
	    tok_in_sorted(text, &t[j], pronouns, NWORDS(pronouns)))
		return 0;	/* no head noun */
	for (k = 0; k < NOUN_MODIFIERS_MAX && j > k + 1; k++) {
		w = &t[j - k - 1];
		if (w->kind != TOK_WORD || (w->flags & TF_CAP) || w->len < 3 ||
		    tok_in_sorted(text, w, function_words,
		    NWORDS(function_words)) || tok_in(text, w, np_leaders) ||
		    verb_like(text, w) || (w->len > 4 &&
		    text[w->off + w->len - 1] == 'g') || (w->len > 4 &&
		    text[w->off + w->len - 1] == 'y' &&
		    text[w->off + w->len - 2] == 'l'))
			break;
	}
	if (k == 0 || j < k + 1)
		return 0;
	w = &t[j - k - 1];
	if (tok_in(text, w, articles) || tok_in(text, w, determiners) ||
	    (w->kind == TOK_WORD && (w->flags & TF_CAP)))
		return k;
	return 0;
}

/* Walk back from token e over a claimant phrase; returns its start. */
static size_t
np_back(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t e)
{
	size_t j = e, k;

	if ((k = of_tail(tr, text, t, e)) > 0)
		j = e -= k;	/* "survivors of the sinking said" */
	while (j > 0 && e - j < 14) {
		if ((k = alias_before(tr, text, t, j)) > 0)
			j -= k;
		else if (np_token(text, t, n, j - 1))
			j--;
		else if ((k = np_place(tr, text, t, n, j, e)) > 0)
			j -= k;
		else if (np_modifier(text, t, n, j, e))
			j--;
		else if (j < e && (k = noun_modifiers(text, t, j)) > 0)
			j -= k;	/* "the airplane maker" */
		else if ((k = envoy_to(text, t, j)) > 0)
			j -= k;	/* "Ambassador to the United Nations X" */
		else if (source_find(tr, text, t, j, e) < 0 &&
		    (k = linked_back(text, t, n, j)) > 0)
			j -= k;	/* "Organization for Security and
				   Cooperation in Europe", unless the
				   part read names one the gazetteer
				   knows ("... for Refugees Filippo
				   Grandi") */
		else if (j >= 3 && tok_is(text, &t[j - 1], "the") &&
		    tok_is(text, &t[j - 2], "of") && ((t[j].flags & TF_CAP) ||
		    (j + 1 < e && t[j + 1].kind == TOK_POSS)) &&
		    (t[j - 3].flags & TF_CAP || tok_punct(&t[j - 3], ')')))
			j -= 2;	/* "the Institute (IML) of the City of ...",
				   "Capt. X of the department's Y Division" */
		else
			break;
	}
	if (j > 0 && j < e && tok_is(text, &t[j], "of") &&
	    t[j - 1].kind == TOK_WORD && !(t[j - 1].flags & TF_CAP) &&
	    !tok_in_sorted(text, &t[j - 1], function_words,
	    NWORDS(function_words)))
		j--;	/* "a resident of Dnipro": the resident speaks */
	while (j < e && (tok_is(text, &t[j], "of") || tok_is(text, &t[j],
	    "and") || tok_punct(&t[j], ')') || tok_punct(&t[j], '.')))
		j++;
	if (j > 0 && j < e && tok_in(text, &t[j - 1], determiners))
		j--;
	if (j >= 2 && j < e && t[j].kind == TOK_POSS && tok_in(text,
	    &t[j - 1], country_words) && tok_is(text, &t[j - 2], "the"))
		j -= 2;		/* "the country's disaster agency" */
	return j;
}

/* Walk forward from token i over a claimant phrase; returns its end. */
static size_t
np_forward(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j = i;

	if (j < n && tok_is(text, &t[j], "the"))
		j++;
	while (j < n && np_token(text, t, n, j) && j - i < 14)
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
	size_t i;

	for (i = a; i < b; i++) {
		if (t[i].kind != TOK_WORD)
			continue;
		if (t[i].flags & TF_CAP) {
			if (cap_name(text, t, b, i))
				return true;
		} else if (!tok_in(text, &t[i], np_leaders) &&
		    !tok_is(text, &t[i], "of") && !tok_in_sorted(text, &t[i],
		    function_words, NWORDS(function_words)))
			return true;
	}
	return false;
}

/* Has the phrase [a, b) a capitalized name: "US officials", "Singh"? */
static bool
np_proper(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (cap_name(text, t, b, i))
			return true;
	return false;
}

/* "Seattle-based", "Paris-headquartered": where a body sits, no name. */
static bool
based(const char *text, const struct token *t)
{
	static const char *const tails[] = { "-based", "-headquartered" };
	size_t i, k;

	for (i = 0; i < NELEM(tails); i++) {
		k = strlen(tails[i]);
		if (t->len > k && strncasecmp(text + t->off + t->len - k,
		    tails[i], k) == 0)
			return true;
	}
	return false;
}

/* Who speaks for a body, by his office alone. */
static const char *const speaking_for[] = {
	"representative", "spokesman", "spokesperson", "spokeswoman", NULL
};

/*
 * "a company spokesperson", "a union spokesman": one who speaks for a
 * body named only by its kind, which means the body of that kind the
 * article named just before, as "the company" does.
 */
static bool
spokesperson_of_kind(const char *text, const struct token *t, size_t a,
    size_t b)
{
	return b == a + 3 && (tok_is(text, &t[a], "a") ||
	    tok_is(text, &t[a], "an")) && t[a + 1].kind == TOK_WORD &&
	    !(t[a + 1].flags & TF_CAP) && tok_in_sorted(text, &t[a + 1],
	    np_words, NWORDS(np_words)) && tok_in(text, &t[a + 2],
	    speaking_for);
}

/* Does the claimant [a, b) refer back: "he", "they", "the ministry",
 * "its spokesman", "a company spokesperson"? */
static bool
is_pronoun(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i;

	if (b == a + 1 && tok_in_sorted(text, &t[a], pronouns,
	    NWORDS(pronouns)))
		return true;
	if (spokesperson_of_kind(text, t, a, b))
		return true;
	if (b < a + 2 || !tok_in(text, &t[a], determiners))
		return false;
	if (b == a + 2 && tok_in_sorted(text, &t[a + 1], np_words,
	    NWORDS(np_words)) && !(t[a + 1].flags & TF_UPPER))
		return true;	/* "the Ministry": a head noun, capitalized */
	for (i = a + 1; i < b; i++)	/* "the Seattle-based maker" */
		if ((t[i].flags & TF_CAP) && !based(text, &t[i]))
			return false;
	return true;
}

/* Words after the head of a claimant's phrase: "police in Kent",
 * "the head of the agency". */
static const char *const head_ends[] = {
	"and", "at", "for", "from", "in", "of", "on", "which", "who", "with",
	NULL	/* "the US and Ukraine": the first of a list, as before */
};

/*
 * "union President Jerry Dias", "the UN's International Organization
 * for Migration": of two aliases in a claimant's phrase [a, b), the one
 * over its head (its last word before a preposition or a comma), a
 * name, names the claimant; one over a word before the head only
 * qualifies it. The source of that alias, or -1 when none covers the
 * head or the head is a common noun.
 */
static long
head_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t h, i, len, which;

	for (h = a; h < b; h++)
		if (t[h].kind == TOK_PUNCT || (h > a && !(t[h].flags &
		    TF_CAP) && tok_in(text, &t[h], head_ends)))
			break;
	if (h == a || !(t[h - 1].flags & TF_CAP))
		return -1;	/* "court officials": a common head is
				   named by what qualifies it */
	h--;			/* the head */
	for (i = a; i <= h; i++) {
		len = phrase_match(&tr->aliases, text, t, i, b, &which);
		if (len > 0 && i + len > h)
			return (long)tr->aliases.v[which].owner;
	}
	return -1;
}

/*
 * A gazetteer alias within the phrase [a, b) over all of [i, j) ("KCNA",
 * "Korean Central News Agency"): the tracker names that outlet as a
 * source.
 */
static bool
alias_covers(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b, size_t i, size_t j)
{
	size_t k = i >= a + PHRASE_MAX_WORDS ? i - PHRASE_MAX_WORDS : a;

	for (; k <= i; k++)
		if (phrase_match(&tr->aliases, text, t, k, b, NULL) >= j - k)
			return true;
	return false;
}

/* Does the phrase [a, e) end in a word for news media: "state
 * television", "a local newspaper", "the news agency"? */
static bool
media_head(const char *text, const struct token *t, size_t a, size_t e)
{
	static const char *const press[] = { "news", "press", "wire", NULL };
	static const char *const agency[] = { "agency", "service", NULL };

	if (e == a)
		return false;
	if (tok_in_sorted(text, &t[e - 1], media_nouns, NWORDS(media_nouns)))
		return true;
	if (e - a >= 2 && tok_is(text, &t[e - 2], "press") &&
	    tok_is(text, &t[e - 1], "service"))
		return false;	/* a body's own press office */
	return e - a >= 2 && tok_in(text, &t[e - 1], agency) &&
	    tok_in(text, &t[e - 2], press);
}

/*
 * Is the phrase [a, b) a news outlet that the gazetteer does not name
 * as a source? A known outlet ("Reuters", "the Kyiv Independent") is
 * one unless an alias spans its whole name ("KCNA"); generic media
 * ("state television", "Ukrainian media") are one unless they are a
 * named state's own ("Russian state media") or an alias names them
 * ("PA news agency").
 */
static bool
is_outlet(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	static const char *const state[] = {
		"state", "state-run", "state-owned", "official", "government",
		"government-run", NULL
	};
	size_t i, len, e = b;
	bool named = false, owned = false;

	while (e > a && t[e - 1].kind == TOK_POSS)
		e--;
	for (i = a; i < e; i++)
		if ((len = phrase_match(&tr->outlets, text, t, i, e, NULL)) > 0)
			return !alias_covers(tr, text, t, a, e, i, i + len);
	if (!media_head(text, t, a, e))
		return false;
	for (i = a; i < e; i++) {
		if ((len = phrase_match(&tr->aliases, text, t, i, e, NULL)) > 0)
			named = true;
		if (len > 0 && i + len == e)
			return false;	/* "PA news agency" */
		if (tok_in(text, &t[i], state))
			owned = true;
	}
	return !(named && owned);
}

/* Is the cue an outlet's own work ("Mediazona counted", "according to
 * a BBC analysis"), not a report of what others claim? */
static bool
own_work(const char *text, const struct token *t, const struct cue *c)
{
	size_t a = c->np_first < c->pos ? c->np_first : c->pos;
	size_t b = c->np_end > c->pos + 1 ? c->np_end : c->pos + 1;

	for (; a < b; a++)
		if (tok_in_sorted(text, &t[a], own_words, NWORDS(own_words)))
			return true;
	return false;
}

static void
cue_init(struct cue *c, enum cue_kind kind, size_t pos)
{
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->pos = pos;
	c->source = -1;
}

static bool
has_relayer(const struct cue *c)
{
	return c->rel_first < c->rel_end;
}

/* Make the relayer [rel) the claimant again. */
static void
unrelay(struct cue *c)
{
	c->np_first = c->rel_first;
	c->np_end = c->rel_end;
	c->rel_first = c->rel_end = 0;
}

/*
 * "Fain said" after "Shawn Fain said": a surname alone, the last word of
 * a gazetteer alias that is a person's full name, means that alias's
 * source; -1 when no such alias, or aliases of two sources, end with it.
 */
static long
surname_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	const struct phrase *ph;
	long src = -1;
	size_t i, k;

	while (a < b && tok_in(text, &t[a], np_leaders))
		a++;
	if (b != a + 1 || !(t[a].flags & TF_CAP) || (t[a].flags & TF_UPPER))
		return -1;
	for (i = 0; i < tr->aliases.n; i++) {
		ph = &tr->aliases.v[i];
		if (ph->n < 2 || ph->len[ph->n - 1] != t[a].len ||
		    strncasecmp(ph->w[ph->n - 1], text + t[a].off, t[a].len) != 0)
			continue;
		for (k = 0; k < ph->n; k++)
			if (ph->w[k][0] < 'A' || ph->w[k][0] > 'Z')
				break;
		if (k < ph->n)
			continue;
		if (src >= 0 && src != (long)ph->owner)
			return -1;
		src = (long)ph->owner;
	}
	return src;
}

/*
 * "Congolese authorities", "territorial officials": an adjective of a
 * place (not a word of bodies: "interior", "health") and nouns of
 * bodies or people ("authorities", "officials", "police")
 * whose adjective the gazetteer writes before such nouns for one source
 * only ("Congolese government", "Congolese army"; not "Congolese Red
 * Cross", whose next word names no body) mean that source. The phrase
 * [a, b), after its leading words, must be the adjective and the nouns.
 * Its source, or -1 when none or two sources have such aliases.
 */
/* The words of np_words that are no nouns of bodies or people. */
static const char *const np_not_nouns[] = {
	"and", "he", "it", "of", "she", "they", "we", NULL
};

/* Is the lower-case word w in the NULL-ended list ws? */
static bool
word_in(const char *w, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (strcmp(w, *ws) == 0)
			return true;
	return false;
}

/* Is w (any case) a noun of bodies or people, not "of", "and" or a
 * pronoun? */
static bool
np_word(const char *w)
{
	size_t i;

	for (i = 0; np_words[i] != NULL; i++)
		if (strcasecmp(w, np_words[i]) == 0)
			return !word_in(np_words[i], np_not_nouns);
	return false;
}

/* Heads of bodies that speak for themselves, not for their state:
 * "an Israeli human rights group", "a Belarusian union" (sorted). */
static const char *const civil_heads[] = {
	"activists", "group", "groups", "rights", "union", "unions", NULL
};

/* Has the phrase [a, b) a head of civil_heads[]? */
static bool
civil_body(const char *text, const struct token *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_in_sorted(text, &t[a], civil_heads,
		    NWORDS(civil_heads)))
			return true;
	return false;
}

static long
adjective_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	const struct phrase *ph;
	long src = -1;
	size_t i, k;

	while (a < b && tok_in(text, &t[a], np_leaders))
		a++;
	if (b < a + 2 || t[a].kind != TOK_WORD || (t[a].flags & TF_UPPER) ||
	    tok_in_sorted(text, &t[a], np_words, NWORDS(np_words)))
		return -1;	/* "the interior agency": no place's */
	for (i = a + 1; i < b; i++)
		if (t[i].kind != TOK_WORD || (t[i].flags & TF_CAP) ||
		    !tok_in_sorted(text, &t[i], np_words, NWORDS(np_words)) ||
		    tok_is(text, &t[i], "of") || tok_is(text, &t[i], "and") ||
		    is_pronoun(text, t, i, i + 1))
			return -1;
	for (i = 0; i < tr->aliases.n; i++) {
		ph = &tr->aliases.v[i];
		if (ph->n < 2 || ph->len[0] != t[a].len ||
		    strncasecmp(ph->w[0], text + t[a].off, t[a].len) != 0 ||
		    (ph->w[0][0] >= 'A' && ph->w[0][0] <= 'Z' &&
		    !(t[a].flags & TF_CAP)))
			continue;	/* a capital matches only itself */
		for (k = 1; k < ph->n; k++)
			if (!np_word(ph->w[k]) || word_in(ph->w[k],
			    civil_heads))
				break;
		if (k < ph->n)
			continue;	/* "human rights groups": no place's */
		if (src >= 0 && src != (long)ph->owner)
			return -1;
		src = (long)ph->owner;
	}
	return src;
}

/*
 * "Ugandan health authorities", "the South Korean military
 * intelligence", "British Defence Intelligence": a claimant [a, b)
 * whose front is the adjective of a source's place (the tracker's
 * demonyms, from WordNet's pertainyms) and that goes on with more words
 * names that source. The adjective alone, or before a figure's own
 * noun, is no claimant: only cue phrases come here; nor is a group or
 * a union of its people ("an Israeli human rights group") the state's.
 * Its source, or -1.
 */
static long
demonym_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t m, which;

	while (a < b && tok_in(text, &t[a], np_leaders))
		a++;
	if (a >= b || (m = phrase_match(&tr->demonyms, text, t, a, b,
	    &which)) == 0 || a + m >= b || t[a + m].kind != TOK_WORD ||
	    civil_body(text, t, a + m, b))
		return -1;
	return (long)tr->demonyms.v[which].owner;
}

/* Abbreviations headlines write for a gazetteer's word, and the word:
 * "33 Children Dead in Stadium Crush: Govt" (sorted by abbreviation). */
static const char *const abbreviations[][2] = {
	{ "dept", "department" }, { "govt", "government" }
};

/*
 * A claimant that is one abbreviated word ("Govt", "govt.") names the
 * source whose alias is that word written out ("government"). Its
 * source, or -1.
 */
static long
abbreviated_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	const struct phrase *p;
	const char *full = NULL;
	size_t i;

	while (a < b && tok_in(text, &t[a], articles))
		a++;
	if (b != a + 1 && !(b == a + 2 && tok_punct(&t[a + 1], '.')))
		return -1;
	for (i = 0; i < NELEM(abbreviations) && full == NULL; i++)
		if (tok_is(text, &t[a], abbreviations[i][0]))
			full = abbreviations[i][1];
	if (full == NULL)
		return -1;
	for (i = 0; i < tr->aliases.n; i++) {
		p = &tr->aliases.v[i];
		if (p->n == 1 && strcasecmp(p->w[0], full) == 0)
			return (long)p->owner;
	}
	return -1;
}

/* Small words an acronym leaves out: "Commissioner of Police" (CP). */
static const char *const initials_skip[] = {
	"and", "for", "of", "on", "the", NULL
};

/* Is the phrase p, of two words or more, spelled by the letters of the
 * token w in order, one per word it does not skip? */
static bool
initials_of(const struct phrase *p, const char *text, const struct token *w)
{
	size_t i, k = 0;

	if (p->n < 2)
		return false;
	for (i = 0; i < p->n; i++) {
		if (word_in(p->w[i], initials_skip))
			continue;
		if (k >= w->len || (p->w[i][0] | 0x20) != (text[w->off + k] |
		    0x20))
			return false;
		k++;
	}
	return k == w->len;
}

/*
 * "AI stated", "the FO says": a claimant that is one word in capitals,
 * two to five letters, spelling the initials of a gazetteer alias
 * ("Amnesty International", "Foreign Office") is that alias's source,
 * when the aliases it spells are all one source's. Its source, or -1.
 */
static long
initials_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	long src = -1;
	size_t i;

	while (a < b && tok_in(text, &t[a], articles))
		a++;
	if (b != a + 1 || t[a].kind != TOK_WORD || !(t[a].flags & TF_UPPER) ||
	    t[a].len < 2 || t[a].len > 5)
		return -1;
	for (i = 0; i < tr->aliases.n; i++) {
		if (!initials_of(&tr->aliases.v[i], text, &t[a]))
			continue;
		if (src >= 0 && src != (long)tr->aliases.v[i].owner)
			return -1;	/* two bodies: no telling */
		src = (long)tr->aliases.v[i].owner;
	}
	return src;
}

#define PLACED_MAX 16	/* tokens of a claimant read without its place's
			   description */

/*
 * "the governor of hard-hit Guerrero", "officials in northern Gaza": a
 * claimant whose place, after "of" or "in", is described by words in
 * small letters ("hard-hit", "northern") is the one the gazetteer names
 * without them ("governor of Guerrero"). Its source, or -1.
 */
static long
described_place_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	struct token w[PLACED_MAX];
	size_t i, j, k, m = 0;

	if (b - a > PLACED_MAX)
		return -1;
	for (i = a; i < b; i++) {
		w[m++] = t[i];
		if (!tok_is(text, &t[i], "of") && !tok_is(text, &t[i], "in"))
			continue;
		for (j = i + 1; j < b && ((tok_in(text, &t[j],
		    place_adjectives) && !(t[j].flags & TF_CAP)) ||
		    torn_place(text, &t[j])); j++)
			;
		if (j == i + 1 || j == b || !(t[j].flags & TF_CAP))
			continue;
		for (k = j; k < b; k++)
			w[m++] = t[k];
		return source_find(tr, text, w, 0, m);
	}
	return -1;
}

/*
 * Settle whom the cue names, once its phrases are found. A relayer who
 * cites nobody by name ("Zelensky said, citing intelligence") keeps the
 * claim, unless it is an outlet. An outlet that reports without naming
 * whom it cites ("Reuters reported") is the relayer of a claim that
 * names nobody: unattributed, as "reports say" is.
 */
/*
 * "The UN refugee agency (UNHCR)", "the disaster authority [AFAD]": an
 * alias in brackets inside the phrase [a, b) names the source more
 * exactly than the words before it. Its source, or -1.
 */
static long
bracket_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, which;

	for (i = a; i + 1 < b; i++)
		if ((tok_punct(&t[i], '(') || tok_punct(&t[i], '[')) &&
		    phrase_match(&tr->aliases, text, t, i + 1, b, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return -1;
}

/*
 * "In Turkey alone, ..., the country's disaster agency said": a claimant
 * [a, b) that is the country's own means the last source named before it
 * in its sentence. Its source, or -1.
 */
static long
country_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	long src = -1;
	size_t i, which;

	if (b < a + 3 || !tok_is(text, &t[a], "the") || !tok_in(text,
	    &t[a + 1], country_words) || t[a + 2].kind != TOK_POSS)
		return -1;
	for (i = 0; i < a; i++)
		if (phrase_match(&tr->aliases, text, t, i, a, &which) > 0)
			src = (long)tr->aliases.v[which].owner;
	return src;
}

/*
 * "according to human rights activists in Iran": a description written
 * in lower case that is, word for word, a name the gazetteer knows in
 * capitals ("Human Rights Activists in Iran") names that source, not
 * the place at its end. The phrase [a, b), after "the", must be it all.
 */
static long
described_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	const struct phrase *p;
	size_t j, k;

	if (a < b && tok_is(text, &t[a], "the"))
		a++;
	if (b < a + 2 || b - a > PHRASE_MAX_WORDS || t[a].kind != TOK_WORD ||
	    (t[a].flags & TF_CAP))
		return -1;
	for (j = 0; j < tr->aliases.n; j++) {
		p = &tr->aliases.v[j];
		if (p->n != b - a)
			continue;
		for (k = 0; k < p->n; k++)
			if (t[a + k].kind == TOK_POSS ? strcmp(p->w[k], "'s") !=
			    0 : t[a + k].len != p->len[k] || strncasecmp(text +
			    t[a + k].off, p->w[k], p->len[k]) != 0)
				break;
		if (k == p->n)
			return (long)p->owner;
	}
	return -1;
}

/* Is alias q the place form f followed by the words [i, b) of t, in any
 * case ("Israeli" + "health ministry")? */
static bool
alias_is_form_and(const struct phrase *q, const struct phrase *f,
    const char *text, const struct token *t, size_t i, size_t b)
{
	size_t k;

	if (q->n != f->n + (b - i))
		return false;
	for (k = 0; k < f->n; k++)
		if (strcasecmp(q->w[k], f->w[k]) != 0)
			return false;
	for (k = f->n; k < q->n; k++, i++)
		if (t[i].kind == TOK_POSS || t[i].len != q->len[k] ||
		    strncasecmp(text + t[i].off, q->w[k], t[i].len) != 0)
			return false;
	return true;
}

/*
 * "Israel's health ministry" where "health ministry" is another
 * country's source's alias (or two sources'): the possessor [a, p), a
 * place whose government is a source, picks the source with an alias
 * that is one of that place's forms before the words [p + 1, b)
 * ("Israeli health ministry"). Its source, or -1.
 */
static long
place_form_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t p, size_t b)
{
	const struct phraselist *g = &tr->govplaces;
	size_t j, k, which = 0;

	/* an empty possessor matches nothing: which would stay unset */
	if (p <= a || phrase_match(g, text, t, a, p, &which) != p - a)
		return -1;
	for (j = 0; j < g->n; j++) {
		if (g->v[j].owner != g->v[which].owner)
			continue;
		for (k = 0; k < tr->aliases.n; k++)
			if (alias_is_form_and(&tr->aliases.v[k], &g->v[j],
			    text, t, p + 1, b))
				return (long)tr->aliases.v[k].owner;
	}
	return -1;
}

/*
 * "Morocco's state-run media", "Hawaii's Maui County": an alias after a
 * possessive that runs to the end of the phrase [a, b) names the one
 * that speaks, not its owner named before. Its source, or -1. An alias
 * that holds the possessive itself and runs to the end names it better
 * ("Israel's Health Ministry" of one source where another's is "health
 * ministry").
 */
static long
possessed_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, p, which;
	long src;

	for (p = a; p < b && t[p].kind != TOK_POSS; p++)
		;
	for (i = a; i < p && p < b; i++)
		if (phrase_match(&tr->aliases, text, t, i, b, &which) == b - i)
			return (long)tr->aliases.v[which].owner;
	for (i = a + 1; i < b; i++)
		if (t[i - 1].kind == TOK_POSS && phrase_match(&tr->aliases,
		    text, t, i, b, &which) == b - i) {
			if (i - 1 == p && (src = place_form_source(tr, text, t,
			    a, p, b)) >= 0)
				return src;
			return (long)tr->aliases.v[which].owner;
		}
	return -1;
}

/*
 * Two spellings of one body: "the Ministry of Internal Affairs" is the
 * "Interior Ministry", "the Defence Department" the "Department of
 * Defense". A claimant's words, normalized (lower case; "of", "the",
 * "for" dropped; "internal affairs" and "home affairs" read "interior",
 * "defence" "defense"), that hold all the words of an alias of two or
 * more with a body's head noun, and at most one word more (a
 * capitalized "Georgian"), name that alias's source. -1 when none.
 */
#define VARIANT_MAX	8
#define VARIANT_LEN	24

static const char *const body_heads[] = {
	"agency", "authority", "center", "centre", "commission", "committee",
	"council", "department", "directorate", "institute", "minister",
	"ministry", "office", "service", NULL
};

/* Normalize the word w[0..len) after the word prev into out; false when
 * it is dropped. */
static bool
variant_word(const char *w, size_t len, const char *next, size_t nlen,
    char *out, bool *skip)
{
	size_t i;

	*skip = false;
	if (len == 0 || len >= VARIANT_LEN)
		return false;
	for (i = 0; i < len; i++)
		out[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' :
		    w[i]);
	out[len] = '\0';
	if (strcmp(out, "of") == 0 || strcmp(out, "the") == 0 ||
	    strcmp(out, "for") == 0 || strcmp(out, "'s") == 0 ||
	    strcmp(out, "acting") == 0 || strcmp(out, "deputy") == 0)
		return false;	/* "the acting health minister" speaks for
				   the ministry all the same */
	if ((strcmp(out, "internal") == 0 || strcmp(out, "home") == 0) &&
	    next != NULL && nlen == 7 && strncasecmp(next, "affairs", 7) == 0) {
		strcpy(out, "interior");
		*skip = true;
	} else if (strcmp(out, "defence") == 0)
		strcpy(out, "defense");
	else if (strcmp(out, "ministries") == 0 ||
	    strcmp(out, "minister") == 0)
		strcpy(out, "ministry");	/* a minister speaks for his
						   ministry */
	return true;
}

static long
variant_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	char cw[VARIANT_MAX][VARIANT_LEN], aw[VARIANT_MAX][VARIANT_LEN];
	bool ccap[VARIANT_MAX], skip, used[VARIANT_MAX], head;
	const struct phrase *p;
	size_t nc = 0, na, i, j, k;

	for (i = b; i > a + 1; i--)
		if (tok_is(text, &t[i - 1], "from") || tok_is(text,
		    &t[i - 1], "by"))
			break;
	if (i > a + 1)
		a = i;	/* the giver: "a report from the Ministry of the
			   Interior", "data compiled by the Ministry" */
	for (i = a; i < b; i++)
		if (tok_in(text, &t[i], body_heads))
			break;
	if (i == b)
		return -1;	/* no body named */
	for (i = a; i < b; i++) {
		if (t[i].kind != TOK_WORD)
			continue;
		if (nc == VARIANT_MAX)
			return -1;
		if (!variant_word(text + t[i].off, t[i].len, i + 1 < b ?
		    text + t[i + 1].off : NULL, i + 1 < b ? t[i + 1].len : 0,
		    cw[nc], &skip))
			continue;
		ccap[nc++] = (t[i].flags & TF_CAP) != 0;
		if (skip)
			i++;
	}
	if (nc < 2)
		return -1;
	for (j = 0; j < tr->aliases.n; j++) {
		p = &tr->aliases.v[j];
		if (p->n < 2)
			continue;
		for (na = 0, k = 0; k < p->n && na < VARIANT_MAX; k++)
			if (variant_word(p->w[k], p->len[k], k + 1 < p->n ?
			    p->w[k + 1] : NULL, k + 1 < p->n ? p->len[k + 1] : 0,
			    aw[na], &skip)) {
				na++;
				if (skip)
					k++;
			}
		if (na < 2 || na > nc || nc > na + 1)
			continue;
		memset(used, 0, sizeof(used));
		head = false;
		for (k = 0; k < na; k++) {
			for (i = 0; i < nc; i++)
				if (!used[i] && strcmp(cw[i], aw[k]) == 0)
					break;
			if (i == nc)
				break;
			used[i] = true;
			if (word_in(aw[k], body_heads))
				head = true;
		}
		if (k < na || !head)
			continue;
		for (i = 0; i < nc; i++)
			if (!used[i] && !ccap[i])
				break;
		if (i == nc)
			return (long)p->owner;
	}
	return -1;
}

/*
 * "acting Health Minister Ann Lee", "Interior Minister Ali Demir": a
 * minister named by the office before the person's name. The end of the
 * office's words in the phrase [a, b) (the token after "Minister"), or
 * b when the phrase holds no such title. With "of" ("Minister of Public
 * Security Ann Lee") the office runs into the name: office_name() finds
 * where the name starts.
 */
static size_t	office_name(const char *, const struct token *, size_t,
		    size_t);

static size_t
office_title_end(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i, k;

	for (i = a; i + 1 < b; i++) {
		if (!tok_is(text, &t[i], "minister"))
			continue;
		if (t[i + 1].kind == TOK_WORD && (t[i + 1].flags & TF_CAP) &&
		    !tok_is(text, &t[i + 1], "of"))
			return i + 1;
		if (tok_is(text, &t[i + 1], "of") && (k = office_name(text, t,
		    a, b)) > i + 2)
			return k;
	}
	return b;
}

/*
 * "In Coastal Province, authorities reported 70 dead": authorities,
 * officials or police named by what they are, after a sentence that
 * opens with a place the gazetteer knows ("In X, ..."), are that
 * place's. The place's source, or -1; the claimant [a, b) must be all
 * lower-case words of such bodies.
 */
static const char *const local_bodies[] = {
	"authorities", "authority", "emergency", "government", "local",
	"officials", "police", "services", "state", NULL
};

static long
place_opening(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, j;

	if (a >= b || a < 4 || !tok_is(text, &t[0], "in") ||
	    !tok_punct(&t[a - 1], ','))
		return -1;
	for (i = a; i < b; i++)
		if ((t[i].flags & TF_CAP) || !tok_in_sorted(text, &t[i],
		    local_bodies, NWORDS(local_bodies)))
			if (i > a || !tok_is(text, &t[i], "the"))
				return -1;
	for (j = 1; j < a && !tok_punct(&t[j], ','); j++)
		if (!(t[j].flags & TF_CAP) && !tok_is(text, &t[j], "the"))
			return -1;
	if (j == 1 || j >= a)
		return -1;
	return source_find(tr, text, t, 1, j);
}

/*
 * "Boeing will lay off 17,000 workers, its CEO announced": a claimant
 * that is "its" or "their" and a title or a body ("its CEO", "their
 * spokesman") belongs to the source named first in its sentence, before
 * it. That source, or -1. A union is its members', not their
 * employer's.
 */
static long
owner_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	static const char *const owners[] = { "its", "their", NULL };
	size_t i, which;

	if (b < a + 2 || b > a + 3 || !tok_in(text, &t[a], owners))
		return -1;
	for (i = a + 1; i < b; i++)
		if (tok_is(text, &t[i], "union") || tok_is(text, &t[i],
		    "unions"))
			return -1;	/* "workers at X ..., their union
					   says": the workers', not X's */
	for (i = a + 1; i < b; i++)
		if (!tok_in_sorted(text, &t[i], titles, NWORDS(titles)) &&
		    !tok_in_sorted(text, &t[i], np_words, NWORDS(np_words)) &&
		    !(t[i].flags & TF_UPPER))
			return -1;
	for (i = 0; i < a; i++)
		if (phrase_match(&tr->aliases, text, t, i, a, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return -1;
}

/* Are the word w (of n bytes) and the token's word one noun in its
 * singular and plural ("hospital", "hospitals")? */
static bool
number_pair(const char *w, size_t n, const char *text, const struct token *k)
{
	const char *x = text + k->off;

	if (k->len == n + 1 && x[n] == 's')
		return strncasecmp(w, x, n) == 0;
	if (n == (size_t)k->len + 1 && w[k->len] == 's')
		return strncasecmp(w, x, k->len) == 0;
	return false;
}

/*
 * "the official told AFP" after "a health ministry official said": a
 * plural alias ("officials") read in the singular after "the" alone is
 * one person named before, not the many the alias names. Is the phrase
 * [a, b) "the" and the singular of p's one word?
 */
static bool
one_of_many_named(const char *text, const struct token *t, size_t a,
    size_t b, const struct phrase *p)
{
	return p->n == 1 && b == a + 2 && tok_is(text, &t[a], "the") &&
	    t[b - 1].len + 1 == p->len[0] && p->w[0][t[b - 1].len] == 's';
}

/*
 * The source of a common noun the gazetteer knows in the other number:
 * "the organisers" for an alias "organiser", "reports from hospitals"
 * for "hospital", "a rally organiser" for "rally organisers". The
 * phrase [a, b) ends in the alias's words, the last in small letters
 * and in the other number; -1 when none is.
 */
static long
number_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	const struct phrase *p;
	size_t j, k, f;

	if (b <= a || t[b - 1].kind != TOK_WORD || (t[b - 1].flags & TF_CAP))
		return -1;
	for (j = 0; j < tr->aliases.n; j++) {
		p = &tr->aliases.v[j];
		if (p->n == 0 || p->n > b - a || !number_pair(p->w[p->n - 1],
		    p->len[p->n - 1], text, &t[b - 1]))
			continue;
		if (one_of_many_named(text, t, a, b, p))
			continue;
		f = b - p->n;
		for (k = 0; k + 1 < p->n; k++)
			if (t[f + k].len != p->len[k] || strncasecmp(text +
			    t[f + k].off, p->w[k], p->len[k]) != 0)
				break;
		if (k + 1 == p->n)
			return (long)p->owner;
	}
	return -1;
}

/*
 * "..., the country's interior minister said": a claimant of the country
 * the sentence named last before it, by a capitalized alias of the
 * gazetteer ("... have entered Kazakhstan, the country's minister
 * said"). Its source, or -1 when the claimant [a, b) is no such phrase
 * or no alias comes before it.
 */
static long
country_named_before(const struct tracker *tr, const char *text,
    const struct token *t, size_t a, size_t b)
{
	size_t i, which;

	if (b < a + 4 || !tok_is(text, &t[a], "the") || !(tok_is(text,
	    &t[a + 1], "country") || tok_is(text, &t[a + 1], "nation")) ||
	    t[a + 2].kind != TOK_POSS)
		return -1;
	for (i = a; i > 0; i--)
		if ((t[i - 1].flags & TF_CAP) && phrase_match(&tr->aliases,
		    text, t, i - 1, a, &which) > 0)
			return (long)tr->aliases.v[which].owner;
	return -1;
}

static void
cue_settle(const struct tracker *tr, const char *text,
    const struct token *t, struct cue *c)
{
	size_t a;

	c->source = bracket_source(tr, text, t, c->np_first, c->np_end);
	if (c->source < 0)
		c->source = possessed_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = described_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = head_source(tr, text, t, c->np_first, c->np_end);
	if (c->source < 0)
		c->source = source_find(tr, text, t, c->np_first, c->np_end);
	if (c->source < 0)
		c->source = country_named_before(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = variant_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0 && (a = office_title_end(text, t, c->np_first,
	    c->np_end)) < c->np_end)
		c->source = variant_source(tr, text, t, c->np_first, a);
	if (c->source < 0)
		c->source = country_source(tr, text, t, c->np_first, c->np_end);
	if (c->source < 0)
		c->source = adjective_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = demonym_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0 && !has_relayer(c))
		c->source = place_opening(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0 && !has_relayer(c))
		c->source = owner_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = surname_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = number_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = described_place_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = abbreviated_source(tr, text, t, c->np_first,
		    c->np_end);
	if (c->source < 0)
		c->source = initials_source(tr, text, t, c->np_first,
		    c->np_end);
	if (has_relayer(c) && c->source < 0 && !np_proper(text, t,
	    c->np_first, c->np_end) && !is_pronoun(text, t, c->np_first,
	    c->np_end) && !is_outlet(tr, text, t, c->rel_first, c->rel_end)) {
		unrelay(c);
		c->source = source_find(tr, text, t, c->np_first, c->np_end);
	}
	if (!has_relayer(c) && c->kind != CUE_ACCORDING && is_outlet(tr,
	    text, t, c->np_first, c->np_end) && !own_work(text, t, c)) {
		a = c->np_first;
		c->rel_first = a;
		c->rel_end = c->np_end;
		c->np_end = a;
		c->source = -1;
	}
	a = c->np_first;
	c->pronoun = c->source < 0 && is_pronoun(text, t, a, c->np_end);
	c->person = c->pronoun && c->np_end == a + 1 &&
	    (tok_is(text, &t[a], "he") || tok_is(text, &t[a], "she") ||
	    tok_is(text, &t[a], "him") || tok_is(text, &t[a], "her"));
	c->speaker = c->pronoun && c->np_end == a + 1 &&
	    (tok_is(text, &t[a], "we") || tok_is(text, &t[a], "i") ||
	    tok_is(text, &t[a], "us") || tok_is(text, &t[a], "me"));
}

/* The phrase a citation names, from token i: "the NIS", "US officials",
 * "two sources familiar with the matter". Returns its end. */
static size_t
cited_end(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t e = np_forward(text, t, n, i), j;

	if (e > i && np_names(text, t, i, e))
		return e;
	for (j = i; j < n && j < i + 12; j++)
		if (t[j].kind == TOK_PUNCT && !title_dot(text, t, j) &&
		    t[j].ch != '-')
			break;
	return j;
}

/* ", citing Y," between a relayer and its verb at v. */
static bool
say_relayed(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t j, cite;

	if (v < 4 || !tok_punct(&t[v - 1], ','))
		return false;
	for (j = v - 1; j > 0 && v - j < 12; j--)
		if (tok_in(text, &t[j - 1], citing))
			break;
	if (j == 0 || v - j >= 12 || j < 3 || !tok_punct(&t[j - 2], ','))
		return false;
	cite = j - 1;
	c->np_first = cite + 1;
	c->np_end = v - 1;
	c->rel_end = cite - 1;
	c->rel_first = np_back(tr, text, t, n, c->rel_end);
	return c->rel_first < c->rel_end;
}

/* "X, the NSC spokesman, said": the claimant before the apposition. */
/* "Turkey's disaster agency, AFAD, said": the name between the commas
 * [a, b) is the claimant. */
static bool
name_apposition(const char *text, const struct token *t, size_t n,
    size_t a, size_t b, struct cue *c)
{
	size_t i;

	for (i = a; i < b; i++)
		if (t[i].kind != TOK_POSS && !title_dot(text, t, i) &&
		    !cap_name(text, t, n, i) && !(i > a && i + 1 < b &&
		    name_particle(text, t, n, i)))
			return false;	/* "Ana de la Cruz" is a name too */
	c->np_first = a;
	c->np_end = b;
	return a < b;
}

/* Finite verbs that end the subject's phrase before the verb at e. */
static const char *const finite[] = {
	"are", "had", "has", "have", "is", "was", "were", NULL
};

/* The most tokens between the commas of an apposition. */
#define APPOSITION_LONG	18

/* Is the quotation mark at k of [a, b) one around a name ("the "No
 * Kings" marches"), not a quote of what was said? */
static bool
quoted_name(const struct token *t, size_t a, size_t b, size_t k)
{
	return (k + 1 < b && t[k + 1].kind == TOK_WORD &&
	    (t[k + 1].flags & TF_CAP) && t[k + 1].off == t[k].off + t[k].len) ||
	    (k > a && t[k - 1].kind == TOK_WORD && (t[k - 1].flags & TF_CAP) &&
	    t[k].off == t[k - 1].off + t[k - 1].len);
}

/*
 * "X, a news site run by a collective of rights advocates, said", "X,
 * the agency's director for the Middle East and North Africa, said": a
 * long description [a, b) between a claimant and its verb holds no
 * figure, no quote and no finite verb (that would be a clause of its
 * own: "In May, police arrested 40 people in the north, said X").
 */
static bool
long_apposition(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b; k++)
		if (t[k].kind == TOK_NUM || (tok_punct(&t[k], '"') &&
		    !quoted_name(t, a, b, k)) ||
		    tok_in(text, &t[k], finite) || (t[k].kind == TOK_WORD &&
		    tok_in_sorted(text, &t[k], say_verbs, NWORDS(say_verbs))))
			return false;
	return true;
}

/*
 * "X \u2013 who has stayed on to run the office \u2013 said": a relative
 * clause [a, b) set off between a claimant and its verb is about the
 * claimant, finite verb and all; it holds no figure, no quote and no
 * verb of saying.
 */
static bool
relative_aside(const char *text, const struct token *t, size_t a, size_t b)
{
	static const char *const relatives[] = { "which", "who", NULL };
	size_t k;

	if (a >= b || (t[a].flags & TF_CAP) || !tok_in(text, &t[a], relatives))
		return false;
	for (k = a; k < b; k++)
		if (t[k].kind == TOK_NUM || tok_punct(&t[k], '"') ||
		    (t[k].kind == TOK_WORD && tok_in_sorted(text, &t[k],
		    say_verbs, NWORDS(say_verbs))))
			return false;
	return true;
}

/* A dash at i with a space on each side: "X \u2013 a coalition \u2013". */
static bool
spaced_dash(const struct token *t, size_t i)
{
	return tok_punct(&t[i], '-') && i > 0 && t[i - 1].off +
	    t[i - 1].len < t[i].off && t[i + 1].off > t[i].off + t[i].len;
}

static bool	opening_participle(const char *, const struct token *,
		    size_t);

/*
 * "Speaking to news agency AFP, Police spokesman Binod Ghimire, said":
 * after a participle phrase opening the sentence, one claimant's phrase
 * set off by commas before the verb at v is the speaker, with a comma
 * left before the verb, not a description of the one the participle
 * names (whom he spoke to). j opens the words between the commas.
 */
static bool
opening_speaker(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t j, size_t v, struct cue *c)
{
	size_t k;

	if (!opening_participle(text, t, j))
		return false;
	for (k = 1; k + 1 < j; k++)
		if (tok_punct(&t[k], ','))
			return false;	/* the participle's comma only */
	if (np_back(tr, text, t, n, v - 1) != j || !np_proper(text, t, j,
	    v - 1))
		return false;
	c->np_first = j;
	c->np_end = v - 1;
	return true;
}

static bool
say_apposition(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t j, k;
	char m;

	if (v < 4 || !(tok_punct(&t[v - 1], ',') || spaced_dash(t, v - 1)))
		return false;
	m = t[v - 1].ch;	/* "X, ..., said", "X \u2013 ... \u2013 said" */
	for (j = v - 1; j > 0 && v - j < APPOSITION_LONG; j--)
		if (tok_punct(&t[j - 1], m) && (m == ',' || spaced_dash(t,
		    j - 1)))
			break;
	if (j < 2 || v - j >= APPOSITION_LONG)
		return false;
	if (v - j >= 10 && !long_apposition(text, t, j, v - 1) &&
	    !relative_aside(text, t, j, v - 1))
		return false;
	if (m == ',' && opening_speaker(tr, text, t, n, j, v, c))
		return true;
	if (!tok_is(text, &t[j], "the") &&
	    name_apposition(text, t, n, j, v - 1, c))
		return true;
	for (k = j; k + 1 < v; k++)	/* a description names no verb */
		if (t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
		    tok_in_sorted(text, &t[k], say_verbs, NWORDS(say_verbs)))
			return false;
	c->np_end = j - 1;	/* "X, Ukraine's intelligence chief, said" */
	c->np_first = np_back(tr, text, t, n, c->np_end);
	return c->np_first < c->np_end;
}

/*
 * "Chief Constable Ann Lee, the council's lead for public order said:":
 * an apposition between a claimant and its verb at e whose closing comma
 * is left out. The description opens with an article after a comma (or
 * a spaced dash) and holds no figure, quote or finite verb; the name
 * before it opens its clause. Sets the claimant; false when none.
 */
static bool
unclosed_aside(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t e, struct cue *c)
{
	size_t p, a;

	if (e < 4 || t[e - 1].kind != TOK_WORD || (t[e - 1].flags & TF_CAP))
		return false;
	for (p = e - 1; p > 0 && e - p < APPOSITION_LONG; p--)
		if (tok_punct(&t[p], ',') || spaced_dash(t, p) ||
		    (t[p].kind == TOK_PUNCT && t[p].ch != '(' &&
		    t[p].ch != ')' && t[p].ch != '\'' && t[p].ch != '-' &&
		    !title_dot(text, t, p)))
			break;
	if (p < 2 || e - p >= APPOSITION_LONG || !(tok_punct(&t[p], ',') ||
	    spaced_dash(t, p)) || !tok_in(text, &t[p + 1], articles) ||
	    !long_apposition(text, t, p + 1, e))
		return false;
	a = np_back(tr, text, t, n, p);
	if (a == p || !clause_start(t, a) || !np_proper(text, t, a, p) ||
	    is_pronoun(text, t, a, p))
		return false;
	c->np_first = a;
	c->np_end = p;
	return true;
}

/*
 * ", citing Y" after the verb at v, before another statement begins:
 * "X reported on Monday, citing Y", "X said 11,000 ..., citing Y", or
 * "citing Y" right after the verb and its object ("X told AFP citing
 * ministry figures"). Y is the claimant, X the relayer.
 */
static void
say_citing_after(const char *text, const struct token *t, size_t n,
    size_t v, struct cue *c)
{
	size_t j;

	for (j = v + 1; j + 2 < n; j++) {
		if (tok_punct(&t[j], ';') || (t[j].kind == TOK_WORD &&
		    !(t[j].flags & TF_CAP) && tok_in_sorted(text, &t[j],
		    say_verbs, NWORDS(say_verbs))))
			return;
		if ((tok_punct(&t[j], ',') || j <= v + 2) &&
		    tok_in(text, &t[j + 1], citing))
			break;	/* "..., citing Y", "X told AFP citing Y" */
	}
	if (j + 2 >= n || cited_end(text, t, n, j + 2) == j + 2)
		return;
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = j + 2;
	c->np_end = cited_end(text, t, n, j + 2);
}

/* Verbs by which a body gives a briefing: "after the NIS gave a
 * briefing". */
static const char *const briefing_gives[] = {
	"gave", "held", "provided", NULL
};

#define BRIEFING_GAP 4	/* words between "after" and "briefing" */

/* Is token i "briefing" or "briefed"? */
static bool
briefing_word(const char *text, const struct token *t, size_t i)
{
	return tok_is(text, &t[i], "briefing") || tok_is(text, &t[i],
	    "briefed");
}

/*
 * The agent of a briefing that opens at token i: "(a) briefing from Y",
 * "(being) briefed by Y" (the noun or participle within BRIEFING_GAP
 * words, then "from" or "by"), or "Y gave a (closed-door) briefing".
 * Sets [*a, *e) to Y, a source the tracker knows; false otherwise.
 */
static bool
briefing_agent(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, size_t *a, size_t *e)
{
	size_t b, y;

	for (b = i; b < n && b < i + BRIEFING_GAP; b++)
		if (briefing_word(text, t, b))
			break;
	if (b + 2 < n && b < i + BRIEFING_GAP && (tok_is(text, &t[b + 1],
	    "from") || tok_is(text, &t[b + 1], "by"))) {
		*a = b + 2;
		*e = cited_end(text, t, n, b + 2);
	} else {			/* "after Y gave a briefing" */
		y = agent_end(tr, text, t, n, i);
		if (y == i || y >= n || !tok_in(text, &t[y], briefing_gives))
			return false;
		for (b = y + 1; b < n && b < y + BRIEFING_GAP; b++)
			if (tok_is(text, &t[b], "briefing"))
				break;
		if (b >= n || b >= y + BRIEFING_GAP)
			return false;
		*a = i;
		*e = y;
	}
	return *e > *a && source_find(tr, text, t, *a, *e) >= 0;
}

/*
 * "X told reporters after a briefing from Y", "X said, after a
 * closed-door briefing by Y", "X said after being briefed by Y", "X
 * said after Y gave a briefing", "says X, who was briefed by Y": a
 * speaker no source names who passes on what a known source Y told
 * them. Y is the claimant, X the relayer; a Y the tracker does not know
 * ("after a briefing from the agency") changes nothing.
 */
static void
say_briefed_after(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t v, struct cue *c)
{
	size_t j, a, e, w = c->np_end;

	if (c->np_first == c->np_end ||
	    source_find(tr, text, t, c->np_first, c->np_end) >= 0)
		return;
	if (w + 3 < n && tok_punct(&t[w], ',') && (tok_is(text, &t[w + 1],
	    "who") || tok_is(text, &t[w + 1], "after")) &&
	    briefing_agent(tr, text, t, n, w + 2, &a, &e))
		goto relayed;	/* "X, who was briefed by Y," */
	if (c->np_first > v)
		return;
	for (j = v + 1; j + 3 < n && j < v + 6; j++) {
		if (t[j].kind == TOK_PUNCT && !tok_punct(&t[j], ','))
			return;
		if (tok_is(text, &t[j], "after"))
			break;
	}
	if (j + 3 >= n || j >= v + 6 ||
	    !briefing_agent(tr, text, t, n, j + 1, &a, &e))
		return;
relayed:
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = a;
	c->np_end = e;
}

/*
 * Does the citation of cue c name only a document and not who wrote it
 * ("Citing the latest report, X said", "X said, citing preliminary
 * data"), while its relayer is a known source that is no outlet? Then
 * the relayer is the claimant: the figures are its own report. A
 * citation that names anyone ("citing police sources", "citing data
 * from the agency", "citing Harbor figures") is left as it is.
 */
static bool
cites_own_document(const struct tracker *tr, const char *text,
    const struct token *t, const struct cue *c)
{
	size_t i;

	if (!has_relayer(c) || c->np_first == c->np_end ||
	    source_find(tr, text, t, c->rel_first, c->rel_end) < 0 ||
	    is_outlet(tr, text, t, c->rel_first, c->rel_end) ||
	    source_find(tr, text, t, c->np_first, c->np_end) >= 0)
		return false;
	for (i = c->np_first; i < c->np_end; i++)
		if (t[i].kind != TOK_WORD || (t[i].flags & TF_CAP) ||
		    tok_is(text, &t[i], "from") || tok_is(text, &t[i], "by") ||
		    tok_is(text, &t[i], "of"))
			return false;
	i = c->np_end - 1;
	return tok_in(text, &t[i], report_nouns) && !tok_is(text, &t[i],
	    "sources") && !tok_is(text, &t[i], "intelligence");
}

/* "Citing Y, X reported ...", "On Monday, citing Y, X said ...". */
static void
say_citing_before(const char *text, const struct token *t, struct cue *c)
{
	size_t a = c->np_first, j;

	if (a < 3 || !tok_punct(&t[a - 1], ','))
		return;
	for (j = a - 1; j > 0 && a - j < 14; j--)
		if (tok_in(text, &t[j - 1], citing))
			break;
	if (j == 0 || a - j >= 14 || !clause_start(t, j - 1) ||
	    cited_end(text, t, a - 1, j) != a - 1)
		return;
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = j;
	c->np_end = a - 1;
}

/*
 * "X cited Y as saying ...", "X quoted Y as telling ...": Y is the
 * claimant, X (the claimant found so far) its relayer.
 */
static void
say_cited_as(const char *text, const struct token *t, size_t n, size_t v,
    struct cue *c)
{
	static const char *const cites[] = {
		"cited", "cites", "quoted", "quotes", NULL
	};
	static const char *const saying[] = {
		"saying", "stating", "telling", NULL
	};
	size_t e;

	if (!tok_in(text, &t[v], cites) || c->np_first == c->np_end ||
	    c->np_first > v)
		return;
	e = np_forward(text, t, n, v + 1);
	while (e < n && e < v + 8 && t[e].kind != TOK_PUNCT &&
	    !tok_is(text, &t[e], "as"))
		e++;	/* "quoted the nation's spy agency as saying" */
	if (e == v + 1 || e + 1 >= n || !tok_is(text, &t[e], "as") ||
	    !tok_in(text, &t[e + 1], saying) || !np_names(text, t, v + 1, e))
		return;
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = v + 1;
	c->np_end = e;
	c->win_end = e + 2;
}

/* The window after a verb where a statement's date may be written. */
static size_t
say_window_end(const char *text, const struct token *t, size_t n, size_t v)
{
	size_t j;

	for (j = v + 1; j < n && j < v + 8; j++)
		if (tok_is(text, &t[j], "that") || tok_punct(&t[j], ',') ||
		    tok_punct(&t[j], '"') || tok_punct(&t[j], ':') ||
		    (t[j].kind == TOK_NUM && claimdate_time(text, t, n, j) ==
		    0) || tok_is(text, &t[j], "about"))
			break;	/* not at "said at 6 p.m. Tuesday" */
	for (; j < n && j < v + 8; j++)	/* "said on Oct. 24, 2024" */
		if (t[j].kind != TOK_NUM && !tok_punct(&t[j], ','))
			break;
	return j;
}

/* "X put the death toll at ...", "X puts the number of ... at", "a
 * figure X puts at 3,000", "X puts it at", "X set the toll at", "X has
 * established the number of deaths at". */
static bool
put_figure(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const puts[] = {
		"establish", "established", "establishes", "fix", "fixed",
		"fixes", "gauge", "gauged", "gauges", "peg", "pegged", "pegs",
		"place", "placed", "places", "put", "puts", "set", "sets", NULL
	};
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
	if (j + 1 < n && tok_is(text, &t[j], "in") && t[j + 1].kind == TOK_NUM)
		return true;	/* "Kyiv put in 4,000 casualties" */
	while (j < n && j < i + 4 && tok_in(text, &t[j], dets))
		j++;
	if (j + 1 < n && !tok_in(text, &t[j], figures) &&
	    tok_in(text, &t[j + 1], figures))
		j++;	/* "the flood toll", "the death toll" */
	return j < n && (tok_in(text, &t[j], figures) || (j > i + 1 &&
	    tok_is(text, &t[j - 1], "total")));	/* "put the total at" */
}

/*
 * "X revised its earlier estimate of 4,000", "X gave a higher figure of
 * 12,000": a verb whose object, a few words on, is an estimate.
 */
static bool
estimate_object(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const verbs[] = {
		"gave", "give", "gives", "increased", "increases", "lowered",
		"lowers", "offered", "offers", "provided", "provides",
		"published", "publishes", "raised", "raises", "released",
		"releases", "revised", "revises", "updated", "updates", NULL
	};
	static const char *const nouns[] = {
		"count", "data", "estimate", "estimates", "figure", "figures",
		"list", "statistics", "tally", "toll", NULL
	};
	size_t j;

	if (!tok_in(text, &t[i], verbs))
		return false;
	for (j = i + 1; j < n && j < i + 5; j++) {
		if (t[j].kind != TOK_WORD || (t[j].flags & TF_CAP))
			return false;
		if (tok_in(text, &t[j], nouns))
			return true;
	}
	return false;
}

/*
 * After an inverted verb the name ends its clause ("..., said Kirby.",
 * "..., said Kirby on Monday"); in "... released on May 5, says North
 * Korean forces have ..." the words after the verb begin what is said.
 */
static bool
inverted_end(const char *text, const struct token *t, size_t n, size_t e)
{
	static const char *const after[] = {
		"according", "adding", "after", "as", "at", "before", "citing",
		"during", "earlier", "from", "in", "last", "late", "later", "on",
		"quoting", "this", "told", "when", "while", "who", NULL
	};

	return e >= n || t[e].kind == TOK_PUNCT || date_word(text, t, n, e) ||
	    tok_in_sorted(text, &t[e], after, NWORDS(after));
}

#define CLAUSE_WORDS 16	/* words of a clause read for a date */

/* Words that open a clause of time or cause: "since X declared war". */
static const char *const subordinators[] = {
	"after", "because", "before", "if", "once", "since", "until",
	"when", NULL
};

/* Is [a, b) a report named by its kind alone ("Report", "Reports",
 * "Data")? Such a report names no one. */
static bool
only_reports(const char *text, const struct token *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (!tok_in_sorted(text, &t[a], report_nouns,
		    NWORDS(report_nouns)) || tok_is(text, &t[a],
		    "intelligence") || tok_is(text, &t[a], "sources"))
			return false;
	return true;
}

/* Is token i inside a quote opened in its sentence (an odd number of
 * quotation marks before it)? */
static bool
in_quote(const struct token *t, size_t i)
{
	size_t k, q = 0;

	for (k = 0; k < i; k++)
		if (tok_punct(&t[k], '"'))
			q++;
	return q % 2 == 1;
}

/* A participle in -ing: "investigating", "fleeing". */
static bool
ing_word(const char *text, const struct token *t)
{
	const char *p = text + t->off;

	return t->kind == TOK_WORD && !(t->flags & TF_CAP) && t->len > 4 &&
	    strncmp(p + t->len - 3, "ing", 3) == 0 &&
	    !tok_in_sorted(text, t, function_words, NWORDS(function_words));
}

/* The first token of the clause that the verb at e belongs to. */
static size_t
clause_first(const char *text, const struct token *t, size_t e)
{
	size_t j;

	for (j = e; j > 0 && e - j < 24; j--)
		if (t[j - 1].kind == TOK_PUNCT && t[j - 1].ch != '-' &&
		    t[j - 1].ch != '(' && t[j - 1].ch != ')' &&
		    !title_dot(text, t, j - 1))
			break;
	return j;
}

/* Head nouns of a body described rather than named: "the organisation
 * coordinating emergency services". */
static const char *const body_nouns[] = {
	"agency", "authority", "body", "center", "centre", "commission",
	"committee", "council", "department", "group", "office",
	"organisation", "organization", "service", "services", "team",
	"unit", NULL
};

/* Participles that follow the name of a piece of research: "a study
 * released on Monday said", "a survey conducted by X found" (sorted). */
static const char *const issued[] = {
	"commissioned", "compiled", "conducted", "issued", "prepared",
	"presented", "published", "released", NULL
};

/* Nouns of a piece of research and of those who do it (sorted). */
static const char *const study_nouns[] = {
	"analysis", "assessment", "audit", "census", "investigation",
	"paper", "poll", "report", "research", "researchers", "review",
	"scientists", "studies", "study", "survey", NULL
};

/* "researchers at", "a study by": is the phrase that starts at token a
 * the one a noun of research before it names with a preposition? */
static bool
study_before(const char *text, const struct token *t, size_t a)
{
	static const char *const preps[] = {
		"at", "by", "from", "of", "with", NULL
	};

	if (a > 0 && tok_in(text, &t[a - 1], articles))
		a--;
	return a >= 2 && tok_in(text, &t[a - 1], preps) &&
	    tok_in_sorted(text, &t[a - 2], study_nouns, NWORDS(study_nouns));
}

/* Verbs of finding, which state a figure when research is their
 * subject: "the survey by X found 300". */
static const char *const finding[] = {
	"find", "finds", "found", NULL
};

/*
 * Is the phrase [a, b) a document named by its noun alone, its maker left
 * to an earlier sentence: "the survey", "the new report", "this study"?
 */
#define BARE_DOCUMENT_MAX 4

static bool
bare_document(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i;

	if (b < a + 2 || b - a > BARE_DOCUMENT_MAX || !(tok_is(text, &t[a],
	    "the") || tok_is(text, &t[a], "this")))
		return false;
	for (i = a + 1; i < b; i++)
		if (t[i].kind != TOK_WORD || (t[i].flags & TF_CAP))
			return false;
	return tok_in_sorted(text, &t[b - 1], study_nouns,
	    NWORDS(study_nouns)) && !tok_is(text, &t[b - 1], "researchers") &&
	    !tok_is(text, &t[b - 1], "scientists");
}

/* Has the phrase [a, b) a noun of research ("a new study from X")? */
static bool
study_phrase(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (tok_in_sorted(text, &t[i], study_nouns, NWORDS(study_nouns)))
			return true;
	return false;
}

/*
 * A subject kept from its verb at e by a relative clause ("the ministry,
 * which does not ..., said") or a participle phrase ("Police
 * investigating the riots say", "Residents fleeing the town said").
 */
static bool
say_far_subject(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t e, struct cue *c)
{
	static const char *const relatives[] = {
		"where", "which", "who", NULL
	};
	bool comma = e > 0 && tok_punct(&t[e - 1], ',');
	size_t stop = comma ? e - 1 : e, j = clause_first(text, t, stop);
	size_t a, b, k, m;
	bool study = false;

	if (stop - j >= 24 || j == stop)
		return false;
	if (comma) {
		if (j < 2 || !tok_in(text, &t[j], relatives) ||
		    !tok_punct(&t[j - 1], ','))
			return false;
		b = j - 1;
		a = np_back(tr, text, t, n, b);
	} else {
		a = j;
		b = np_forward(text, t, n, a);
		for (k = a; k < stop && k < a + 10 && t[k].kind != TOK_PUNCT;
		    k++)
			if (tok_in_sorted(text, &t[k], issued, NWORDS(issued)))
				break;	/* "a new study from X released" */
		for (m = a; m < k; m++)
			if (tok_in_sorted(text, &t[m], study_nouns,
			    NWORDS(study_nouns)))
				break;	/* its maker after it: "study from X" */
		if (k < stop && m < k && tok_in_sorted(text, &t[k], issued,
		    NWORDS(issued)) && source_find(tr, text, t, m + 1,
		    stop) >= 0) {
			b = k;
			study = true;
		}
		if (b == a || b + (study ? 0 : 1) >= stop ||
		    t[b - 1].kind == TOK_POSS)
			return false;	/* not "X's ruling party" */
		if (!study && !ing_word(text, &t[b]))
			return false;
		for (k = b + 1; k < stop; k++)
			if (tok_in(text, &t[k], finite) || tok_in_sorted(text,
			    &t[k], say_verbs, NWORDS(say_verbs)))
				return false;
	}
	if (a == b || !np_names(text, t, a, b))
		return false;
	if (!comma && (study || tok_in_sorted(text, &t[b - 1], body_nouns,
	    NWORDS(body_nouns))) && source_find(tr, text, t, a, b) < 0 &&
	    source_find(tr, text, t, b, stop) >= 0)
		b = stop;	/* "The organisation coordinating emergency
				   services in the region said" */
	c->np_first = a;
	c->np_end = b;
	return true;
}

/*
 * "Speaking at a council meeting on Wednesday, X said": a participle
 * phrase that opens the sentence before the speaker at a is the
 * speaker's, and so is its date.
 */
static bool
opening_participle(const char *text, const struct token *t, size_t a)
{
	const char *p = text + t[0].off;

	return a > 2 && tok_punct(&t[a - 1], ',') && t[0].kind == TOK_WORD &&
	    (t[0].flags & TF_CAP) && t[0].len > 5 &&
	    strncmp(p + t[0].len - 3, "ing", 3) == 0;
}

/*
 * "On Tuesday, in a statement posted on its website, the ministry said":
 * a date phrase that opens the sentence, before a comma, dates the
 * speaker at a when only an aside lies between (no figure, no finite
 * verb, no clause of time: "On Sunday, when the storm hit ..." dates
 * the storm).
 */
static bool
opening_date(const char *text, const struct token *t, size_t n, size_t a)
{
	static const char *const openers[] = {
		"after", "as", "because", "before", "if", "since", "until",
		"when", "where", "which", "while", "who", NULL
	};
	size_t j, k;
	bool dated = false;

	for (j = 0; j < a && j < 8 && !tok_punct(&t[j], ','); j++)
		if (date_word(text, t, n, j))
			dated = true;
	if (!dated || j >= a || j >= 8)
		return false;
	for (k = j + 1; k < a; k++)
		if ((t[k].kind == TOK_NUM && !(k > 0 && (date_word(text, t, n,
		    k - 1) || tok_punct(&t[k - 1], '.')))) ||
		    tok_in(text, &t[k], finite) || tok_in(text, &t[k],
		    openers))
			return false;
	return true;
}

/*
 * The end of the words that may date an inverted statement ("..., said
 * Deputy X on Monday", "..., said X, who spoke to reporters today",
 * "..., said X, head of the agency, on Tuesday"): past the name at e,
 * through a relative clause or a description of the speaker.
 */
static size_t
inverted_window(const char *text, const struct token *t, size_t n,
    size_t e, size_t win_end)
{
	size_t j;

	if (e + 2 < n && tok_punct(&t[e], ',') && tok_is(text, &t[e + 1],
	    "who")) {
		for (j = e + 2; j < n && j < e + 2 + CLAUSE_WORDS; j++)
			if (t[j].kind == TOK_PUNCT)
				break;
		return j;
	}
	if (e + 2 < n && tok_punct(&t[e], ',')) {
		/* "..., said X, head of the agency, on Tuesday" */
		for (j = e + 1; j < n && j < e + 1 + CLAUSE_WORDS; j++)
			if (t[j].kind == TOK_PUNCT && !title_dot(text, t, j) &&
			    t[j].ch != '\'')
				break;
		if (j + 1 < n && j > e + 1 && tok_punct(&t[j], ',') &&
		    (tok_is(text, &t[j + 1], "on") ||
		    date_word(text, t, n, j + 1)))
			return j + 3 < n ? j + 3 : n;
	}
	return e > win_end ? e : win_end;
}

/* Words after "as" that make it a bound of a figure: "As Many As". */
static const char *const as_bounds[] = {
	"few", "high", "large", "little", "low", "many", "much", NULL
};

/*
 * ", as the country reels from riots that have left 11 dead" after a
 * reporting clause that closes the statement ("..., X said Sunday, as
 * ..."): the clause of "as" is the writer's frame of the moment, not
 * what X said. Does the comma at token j open one? Not "as many as",
 * nor "as saying" of a quote given as another's.
 */
static bool
frame_as(const char *text, const struct token *t, size_t n, size_t j)
{
	return j + 2 < n && tok_punct(&t[j], ',') && tok_is(text,
	    &t[j + 1], "as") && !tok_in(text, &t[j + 2], as_bounds) &&
	    !ing_word(text, &t[j + 2]);
}

/* States a passive verb of saying may only qualify: "37 were reported
 * missing", "34 are confirmed dead" tell the state, not a new report
 * (sorted). */
static const char *const reported_states[] = {
	"alive", "dead", "hurt", "injured", "killed", "missing", "wounded"
};

/* Is the number at k the day of a date: "20 Oct", "Oct 20", "Oct. 20"? */
static bool
dated_number(const char *text, const struct token *t, size_t n, size_t k)
{
	return (k > 0 && date_word(text, t, n, k - 1)) || (k + 1 < n &&
	    date_word(text, t, n, k + 1)) || (k > 1 && tok_punct(&t[k - 1],
	    '.') && date_word(text, t, n, k - 2));
}

/*
 * "Citing its latest report, the agency said ...", "In a statement,
 * X says ...": a comma before a speaker may close an opening phrase
 * (a preposition or a participle first) rather than what is said. Is
 * anything said before token f: a clause, a quote, or a figure that
 * dates nothing ("In a statement on Oct. 20," says
 * nothing)?
 */
static bool
said_before(const char *text, const struct token *t, size_t n, size_t f)
{
	static const char *const openers[] = {
		"after", "at", "by", "citing", "during", "following", "for",
		"in", "on", "quoting", "with"
	};	/* sorted */
	size_t k;

	if (f < 2 || !(tok_in_sorted(text, &t[0], openers, NWORDS(openers))
	    || opening_participle(text, t, f)))
		return true;	/* "The floods are the worst, X said" */
	for (k = 0; k < f; k++) {
		if (tok_punct(&t[k], '"'))
			return true;
		if (t[k].kind == TOK_NUM && !dated_number(text, t, n, k))
			return true;
	}
	return false;
}

/*
 * "44,000 died, the agency said on Friday, while the toll in the north
 * was 5,900": a speaker named after what is said (after a comma or a
 * quote) says nothing after a clause of contrast; a speaker named first
 * says nothing after one that is a report of its own ("X confirmed 202
 * deaths, while three more were reported in Y"). Its first token, or 0.
 */
static size_t
contrast_after(const char *text, const struct token *t, size_t n,
    const struct cue *c, size_t v)
{
	static const char *const contrast[] = { "whereas", "while", NULL };
	size_t f = c->np_first < v ? c->np_first : v, j;
	bool own = true;	/* the cue opens a clause of its own */

	size_t k;

	if (f == 0 || !(tok_punct(&t[f - 1], ',') || tok_punct(&t[f - 1], '"'))
	    || !said_before(text, t, n, f))
		own = false;
	for (j = v + 1; j + 1 < n; j++) {
		if (own && frame_as(text, t, n, j))
			return j + 1;
		if (!tok_punct(&t[j], ',') || !tok_in(text, &t[j + 1], contrast))
			continue;
		if (j + 2 < n && (tok_in(text, &t[j + 2], speaking) ||
		    tok_is(text, &t[j + 2], "adding")))
			continue;	/* "..., while adding that": the
					   speaker goes on */
		if (own)
			return j + 1;
		for (k = j + 2; k < n && t[k].kind != TOK_PUNCT; k++)
			if (t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
			    tok_in_sorted(text, &t[k], say_verbs,
			    NWORDS(say_verbs)) && !(k + 1 < n &&
			    tok_in_sorted(text, &t[k + 1], reported_states,
			    NWORDS(reported_states))))
				return j + 1;	/* "..., while 3 were reported" */
	}
	return 0;
}

/*
 * "Police gave 240,000, while the organisers said a million": a speaker
 * who opens a clause of contrast after a comma says nothing of the
 * clause before it, however near the sentence's start it stands. The
 * contrast word before the speaker's phrase at token a, or 0.
 */
static size_t
contrast_before(const char *text, const struct token *t, size_t a)
{
	static const char *const contrast[] = { "whereas", "while", NULL };
	size_t j;

	for (j = a; j >= 2 && a - j < 4; j--) {	/* "while the march | organiser" */
		if (tok_in(text, &t[j - 1], contrast))
			return tok_punct(&t[j - 2], ',') ? j - 1 : 0;
		if (t[j - 1].kind != TOK_WORD)
			return 0;
	}
	return 0;
}

/* Words that open a clause with its subject: "but the agency, said". */
static const char *const clause_openers[] = {
	"and", "but", "whereas", "while", NULL
};

/* Words of time between a subject and its verb: "X last September
 * said", "X this morning clarified", "X were reporting". */
static const char *const choose_gaps[] = {
	"afternoon", "already", "also", "are", "earlier", "early", "evening",
	"had", "has", "have", "is", "last", "late", "later", "month",
	"morning", "night", "now", "on", "previously", "recently", "this",
	"today", "was", "week", "were", "year", "yesterday", NULL
};

/*
 * "X said on Monday it was ready, before the storm killed 23": a clause
 * of time ("before" or "after" and a determiner) after a speaker's verb
 * at v, with no figure between, tells of an event the writer narrates;
 * its figures are not the speaker's. Its first token, or 0.
 */
static size_t
later_event(const char *text, const struct token *t, size_t n, size_t v)
{
	static const char *const times[] = { "after", "before", NULL };
	static const char *const dets[] = {
		"a", "an", "its", "the", "their", NULL
	};
	size_t j;
	bool gap = true;	/* only words of time since the verb */

	for (j = v + 1; j + 1 < n; j++) {
		if (t[j].kind == TOK_NUM || tok_punct(&t[j], '"'))
			return 0;
		if (tok_in(text, &t[j], times) && !(t[j].flags & TF_CAP) &&
		    tok_in(text, &t[j + 1], dets) && (gap ||
		    tok_punct(&t[j - 1], ',')))
			return j;
		if (gap && !date_word(text, t, n, j) && !tok_in_sorted(text,
		    &t[j], choose_gaps, NWORDS(choose_gaps)))
			gap = false;
	}
	return 0;
}

/*
 * A statement inside a clause set off by commas says nothing of what
 * follows the clause: "The storm, which X said was the worst in decades,
 * killed 44", "After X counted the boats, 48 were reported missing". The
 * speaker's phrase follows a relative pronoun after a comma, or a
 * subordinator opening the sentence; the clause ends at the next comma
 * after the verb at v, before any figure. Its end, or 0.
 */
static size_t
clause_confined(const char *text, const struct token *t, size_t n,
    const struct cue *c, size_t v)
{
	static const char *const relatives[] = {
		"that", "which", "who", "whom", NULL
	};
	size_t a = c->np_first, j;

	if (a == 0 || a >= v)
		return 0;
	if (!(a >= 2 && tok_in(text, &t[a - 1], relatives) &&
	    tok_punct(&t[a - 2], ',')) && !(a == 1 && tok_in(text, &t[0],
	    subordinators)))
		return 0;
	for (j = v + 1; j < n; j++) {
		if (t[j].kind == TOK_NUM || tok_punct(&t[j], '"'))
			return 0;
		if (tok_punct(&t[j], ','))
			return j;
	}
	return 0;
}

/*
 * "30 were wounded, and police said that 14 officers were hurt", "the
 * toll in A stands at 39,672, while neighbouring B has reported 5,800":
 * a speaker whose subject (from f, after a determiner or a modifier)
 * follows a coordinator, with a figure after its verb at v, opens a
 * statement of its own.
 */
static bool
opens_clause(const char *text, const struct token *t, size_t n, size_t f,
    size_t v)
{
	static const char *const coordinators[] = {
		"and", "but", "whereas", "while", NULL
	};
	size_t j, k = f;

	while (k > 0 && f - k < 2 && t[k - 1].kind == TOK_WORD &&
	    !(t[k - 1].flags & TF_CAP) && !tok_in(text, &t[k - 1],
	    coordinators))
		k--;		/* "neighbouring", "the" */
	if (k < 2 || !tok_in(text, &t[k - 1], coordinators))
		return false;
	for (j = v + 1; j < n && !tok_punct(&t[j], ';'); j++)
		if (t[j].kind == TOK_NUM)
			return true;
	return false;
}

/*
 * "Sen. Ann Lee (D-Ohio) told ...": a party and state in brackets after
 * a name are no part of the claimant. A bracket with a hyphen in it,
 * which ends the claimant's phrase, after a capitalized name.
 */
static void
affiliation_drop(const char *text, const struct token *t, struct cue *c)
{
	size_t e = c->np_end, k;

	if (e < c->np_first + 4 || !tok_punct(&t[e - 1], ')'))
		return;
	for (k = e - 1; k > c->np_first && e - k <= 6; k--)
		if (tok_punct(&t[k - 1], '('))
			break;
	if (k <= c->np_first + 1 || e - k > 6 || !(t[k - 2].flags & TF_CAP))
		return;
	for (; k < e - 1; k++)
		if (tok_punct(&t[k], '-') || memchr(text + t[k].off, '-',
		    t[k].len) != NULL)
			break;
	if (k == e - 1)
		return;
	for (k = e - 1; !tok_punct(&t[k], '('); k--)
		;
	c->np_end = k;
}

/*
 * "Ali Demir, the interior ministry's spokesman, said", "the ministry's
 * spokesman, Ali Demir, said", "..., said Ali Demir, a spokesman for the
 * Red Cross": a person the gazetteer does not know speaks for the body
 * his description beside his name, between commas, names. Its source,
 * or -1 (also for a relative clause: "X, whose son ..., said").
 */
static long
apposition_source(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, const struct cue *c, size_t v)
{
	static const char *const relatives[] = {
		"which", "who", "whom", "whose", NULL
	};
	size_t a = c->np_end + 1, b, k;

	if (c->np_end >= n || !tok_punct(&t[c->np_end], ',') ||
	    !np_proper(text, t, c->np_first, c->np_end))
		return -1;
	if (c->np_first > v || (c->np_end + 1 < v && (tok_punct(&t[v - 1],
	    ',') || tok_in(text, &t[a], articles)))) {
		/* the description after the name, its comma left out or
		   not */
		for (b = a; b < n && b < a + 12; b++)
			if (t[b].kind == TOK_PUNCT && t[b].ch != '\'' &&
			    !title_dot(text, t, b))
				break;
		if (a >= b || (tok_in(text, &t[a], relatives) &&
		    !(t[a].flags & TF_UPPER)))
			return -1;	/* not "WHO's coordinator" */
		return source_find(tr, text, t, a, b);
	}
	if (c->np_end + 1 != v || c->np_first < 2 ||
	    !tok_punct(&t[c->np_first - 1], ','))
		return -1;	/* the description before the name */
	for (k = c->np_first - 1; k > 0 && c->np_first - k < 12; k--)
		if (t[k - 1].kind == TOK_PUNCT && t[k - 1].ch != '\'' &&
		    !title_dot(text, t, k - 1))
			break;
	return source_find(tr, text, t, k, c->np_first - 1);
}

/*
 * "\"It was frightening,\" said Ann Lee, a resident of Dover, a town
 * where four people died.": the description after an inverted
 * speaker's name is the writer's; the speaker governs no figure from it
 * on, unless a verb of saying follows ("..., adding that ..."). The
 * token where the description starts, or 0.
 */
static size_t
speaker_described(const char *text, const struct token *t, size_t n,
    const struct cue *c, size_t v)
{
	size_t e = c->np_end, j;

	if (c->np_first <= v || e + 2 >= n || !tok_punct(&t[e], ',') ||
	    !(tok_is(text, &t[e + 1], "a") || tok_is(text, &t[e + 1], "an")))
		return 0;
	for (j = e + 2; j < n; j++)
		if (t[j].kind == TOK_WORD && (tok_in(text, &t[j], speaking) ||
		    tok_is(text, &t[j], "adding") ||
		    tok_in_sorted(text, &t[j], say_verbs, NWORDS(say_verbs))))
			return 0;
	return e;
}

/*
 * "The worker notification (WARN) layoff database update shows ...": a
 * report whose modifiers, back from token a, hold a parenthesised
 * acronym of a known source is that source's. The first token of the
 * phrase, or a when there is none.
 */
static size_t
report_owner(const struct tracker *tr, const char *text,
    const struct token *t, size_t a)
{
	size_t j = a;

	while (j > 0 && a - j < 14 && (t[j - 1].kind == TOK_WORD ||
	    tok_punct(&t[j - 1], '(') || tok_punct(&t[j - 1], ')')))
		j--;
	while (j < a && !tok_punct(&t[j], '(') && (t[j].flags & TF_CAP) &&
	    !tok_in(text, &t[j], determiners))
		j++;	/* a name before it is the sentence's, not its */
	if (bracket_source(tr, text, t, j, a) < 0)
		return a;
	return j;
}

/*
 * "Ukraine's special operations forces stated", "Kenya's main
 * opposition party claimed": a subject of words in small letters no
 * table knows, after a source the gazetteer knows and its possessive,
 * opening the clause, is that source's body. The first token of the
 * source's name, or e when there is none.
 */
#define OWNED_WORDS	4

static size_t
owned_subject(const struct tracker *tr, const char *text,
    const struct token *t, size_t e)
{
	size_t j = e, k;

	while (j > 0 && e - j < OWNED_WORDS && t[j - 1].kind == TOK_WORD &&
	    !(t[j - 1].flags & TF_CAP) && !tok_in_sorted(text, &t[j - 1],
	    function_words, NWORDS(function_words)) && !tok_in_sorted(text,
	    &t[j - 1], say_verbs, NWORDS(say_verbs)) && !verb_like(text,
	    &t[j - 1]))
		j--;
	if (j == e || j < 2 || t[j - 1].kind != TOK_POSS ||
	    (k = alias_before(tr, text, t, j - 1)) == 0)
		return e;
	j -= 1 + k;
	if (j > 0 && t[j - 1].kind != TOK_PUNCT && !tok_in(text, &t[j - 1],
	    np_leaders))
		return e;
	return j;
}

/* Verbs of accusing: what is alleged follows them ("X accused Y of
 * sending 500"); they say nothing of the figures before. */
static const char *const accusing[] = {
	"accuse", "accused", "accuses", NULL
};

/*
 * "Kyiv, the United States and South Korea have accused ...": a subject
 * [a, e) that joins names with "and" may be the end of a list whose
 * items before it are set off by commas, each a name opening its
 * clause. The list is the claimant (its first name gives the source).
 * The list's first token, or a when the subject is no such list.
 */
static size_t
list_front(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t a, size_t e)
{
	size_t i, s;

	for (i = a; i < e && !tok_is(text, &t[i], "and"); i++)
		;
	for (s = a; s < e; s++)
		if (tok_in(text, &t[s], name_joints))
			return a;	/* one name: "Organization for
					   Security and Cooperation" */
	if (i == e && a >= 2 && tok_is(text, &t[a - 1], "and") &&
	    (s = np_back(tr, text, t, n, a - 1)) < a - 1 && np_proper(text,
	    t, s, a - 1) && !is_pronoun(text, t, s, a - 1))
		a = s;		/* "A and the B said" */
	else if (i == e)
		return a;
	while (a >= 2 && tok_punct(&t[a - 1], ',')) {
		s = np_back(tr, text, t, n, a - 1);
		if (s == a - 1 || !clause_start(t, s) || !np_proper(text, t, s,
		    a - 1) || is_pronoun(text, t, s, a - 1))
			break;
		a = s;
	}
	return a;
}

/*
 * "X, as quoted by Y, estimates": an aside between a claimant and its
 * verb at e naming who passed the words on. Returns the token of its
 * opening comma, or e when there is none. The claimant stays X.
 */
static size_t
relay_aside(const char *text, const struct token *t, size_t e)
{
	static const char *const passed[] = {
		"cited", "quoted", "relayed", "reported", NULL
	};
	size_t j;

	if (e < 6 || !tok_punct(&t[e - 1], ','))
		return e;
	for (j = e - 1; j > 1 && e - j < 14; j--)
		if (tok_punct(&t[j - 1], ','))
			break;
	if (j <= 1 || e - j >= 14 || j + 3 >= e || !tok_is(text, &t[j], "as") ||
	    !tok_in(text, &t[j + 1], passed) || !tok_is(text, &t[j + 2], "by"))
		return e;
	return j - 1;
}

/* A past participle, regular or not: "captured", "held", "taken",
 * "caught", "shown". */
static bool
participle(const char *text, const struct token *w)
{
	static const char *const ends[] = { "ed", "en", "ld", "ght", "wn",
		NULL };
	const char *p = text + w->off;
	size_t i, k;

	if (w->kind != TOK_WORD || (w->flags & TF_CAP) || w->len < 4)
		return false;
	for (i = 0; ends[i] != NULL; i++) {
		k = strlen(ends[i]);
		if (strncasecmp(p + w->len - k, ends[i], k) == 0)
			return true;
	}
	return false;
}

/*
 * "The government is estimating the toll at", "officials are now
 * saying", "has been claiming": the auxiliary of a progressive verb of
 * saying at token v stands between the claimant and the verb. Is token
 * i such an auxiliary?
 */
static bool
progressive_be(const char *text, const struct token *t, size_t i, size_t v)
{
	static const char *const be[] = {
		"am", "are", "been", "is", "was", "were", NULL
	};

	return tok_in(text, &t[v], speaking) && tok_in(text, &t[i], be);
}

/*
 * "Two soldiers captured by X have said ...": the claimant [a, b) just
 * before the verb (its end at e) is the agent of a participle, not the
 * subject of saying; the people before the participle speak ("experts
 * contacted by Y said": the experts). A report, a study or a count is
 * made by its agent ("a report published by X said", "the toll
 * announced by X showed"), who then speaks through it.
 */
static bool
by_agent(const char *text, const struct token *t, size_t a, size_t b,
    size_t e)
{
	/* Those led or run by the agent speak with its voice: "unions
	 * led by X said". */
	static const char *const leading[] = {
		"backed", "chaired", "commissioned", "convened",
		"coordinated", "funded", "headed", "led", "organised",
		"organized", "run", "sponsored", "supported", NULL
	};
	static const char *const counts[] = {
		"figure", "number", "toll", "total", NULL
	};
	const struct token *p, *w;

	if (a < 2 || a >= b || b != e || !tok_is(text, &t[a - 1], "by"))
		return false;
	p = &t[a - 2];
	if (!participle(text, p) || tok_in(text, p, leading))
		return false;
	if (a < 3)
		return true;
	w = &t[a - 3];	/* what the participle says of */
	if (only_reports(text, t, a - 3, a - 2) || tok_in(text, w, said_in) ||
	    tok_in(text, w, counts))
		return false;
	return !study_phrase(text, t, a - 3, a - 2) || tok_is(text, w,
	    "researchers") || tok_is(text, w, "scientists");
}

#define SET_UP_BACK 24	/* tokens of "set up by Y to look into Z" */

/*
 * "The panel set up by the state government (to look into Z) said": a
 * body set up by another speaks for itself, not for the one that set it
 * up. The end of its name (where "set up by" opens) when a source the
 * gazetteer knows ends there, within SET_UP_BACK tokens before the verb
 * at e and no end of a clause, or e.
 */
static size_t
set_up_by(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t e)
{
	size_t k, lo = e > SET_UP_BACK ? e - SET_UP_BACK : 0;

	for (k = e; k > lo + 3; k--) {
		if (t[k - 1].kind == TOK_PUNCT && (t[k - 1].ch == '.' ||
		    t[k - 1].ch == ';' || t[k - 1].ch == ':' ||
		    t[k - 1].ch == '"'))
			return e;
		if (tok_is(text, &t[k - 1], "by") && tok_is(text, &t[k - 2],
		    "up") && tok_is(text, &t[k - 3], "set"))
			break;
	}
	if (k <= lo + 3)
		return e;
	k -= 3;
	return k > 0 && source_find(tr, text, t, np_back(tr, text, t, n, k),
	    k) >= 0 ? k : e;
}

/* Small words that join the capitalized words of one name: "the
 * Organization for Migration", "the Committee to Protect Journalists". */
static const char *const name_linkers[] = {
	"against", "for", "on", "to", NULL
};

/*
 * Past the phrase that ends at e, does a linker join one more part of
 * the same capitalized name ("International Organization | for
 * Migration", "Office | for the Coordination of ...")? Returns the end
 * of that part, or e.
 */
static size_t
name_linked(const char *text, const struct token *t, size_t n, size_t e)
{
	size_t k = e + 1;

	if (e + 1 >= n || e == 0 || !(t[e - 1].flags & TF_CAP) ||
	    !tok_in(text, &t[e], name_linkers))
		return e;
	if (tok_is(text, &t[k], "the") && k + 1 < n)
		k++;
	if (!(t[k].flags & TF_CAP) || t[k].kind != TOK_WORD)
		return e;
	k = np_forward(text, t, n, k);
	return k > e + 1 ? k : e;
}

/* Participles by which a report names its maker: "a report published by
 * X", "a statement issued by X". */
static const char *const report_makers[] = {
	"compiled", "issued", "prepared", "published", "released", NULL
};

/*
 * The claimant after an inverted verb of saying, from token i: a name
 * that small words join ("..., said the Organization for Migration"),
 * or the maker of a report the verb has for subject ("..., says a report
 * published by X", whose claimant is X, as after "according to").
 * Moves *first to the maker; returns the phrase's end.
 */
static size_t
inverted_name(const char *text, const struct token *t, size_t n, size_t i,
    size_t *first)
{
	size_t e = np_forward(text, t, n, i), r = i, j;

	if (r + 1 < n && (tok_in(text, &t[r], determiners) ||
	    tok_is(text, &t[r], "a") || tok_is(text, &t[r], "an")))
		r++;
	if (r + 3 < n && only_reports(text, t, r, r + 1) &&
	    tok_in(text, &t[r + 1], report_makers) &&
	    tok_is(text, &t[r + 2], "by")) {
		*first = r + 3;	/* "a report published by X" */
		e = np_forward(text, t, n, r + 3);
		if (e == *first)
			return i;
	}
	while ((j = name_linked(text, t, n, e)) > e)
		e = j;
	return e;
}

static bool
say_cue(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t e = v, j;

	cue_init(c, CUE_SAY, v);
	while (e > 0 && (tok_in(text, &t[e - 1], np_skips) ||
	    tok_weekday(text, &t[e - 1]) >= 0 || t[e - 1].kind == TOK_NUM ||
	    progressive_be(text, t, e - 1, v)))
		e--;
	e = time_gap_start(text, t, n, e);
	if (e != (j = relay_aside(text, t, e)))
		e = time_gap_start(text, t, n, j);
	if (e > 0 && v + 2 < n && only_reports(text, t, e - 1, e) &&
	    tok_in(text, &t[v + 1], citing) && cited_end(text, t, n, v + 2) >
	    v + 2) {
		c->np_first = v + 2;	/* "reports said quoting Y" */
		c->np_end = cited_end(text, t, n, v + 2);
		c->win_first = c->win_end = v;
		cue_settle(tr, text, t, c);
		return true;
	}
	if (e > 1 && (tok_is(text, &t[e - 1], "and") || tok_is(text,
	    &t[e - 1], "but")) && source_find(tr, text, t, 0,
	    np_forward(text, t, n, 0)) >= 0) {
		c->np_first = 0;	/* "Seoul confirmed it and said", "X
					   gave no toll but said" */
		c->np_end = np_forward(text, t, n, 0);
	} else if (e > 2 && tok_is(text, &t[e - 1], "which") &&
	    tok_punct(&t[e - 2], ',') &&
	    np_back(tr, text, t, n, e - 2) < e - 2) {
		c->np_end = e - 2;	/* "..., X, which said that" (a body;
					   "who" is often someone a speaker
					   mentions) */
		c->np_first = np_back(tr, text, t, n, e - 2);
	} else if (!say_relayed(tr, text, t, n, e, c) &&
	    !say_far_subject(tr, text, t, n, e, c) &&
	    !say_apposition(tr, text, t, n, e, c)) {
		c->np_end = e;
		c->np_first = np_back(tr, text, t, n, e);
		if (c->np_first == e)	/* "Ukraine's special forces said" */
			c->np_first = owned_subject(tr, text, t, e);
		else	/* "A, B and C said" */
			c->np_first = list_front(tr, text, t, n, c->np_first,
			    e);
	}
	if (by_agent(text, t, c->np_first, c->np_end, e)) {
		c->np_end = c->np_first - 2;	/* "X contacted by Y said" */
		c->np_first = np_back(tr, text, t, n, c->np_end);
	} else if ((j = set_up_by(tr, text, t, n, e)) < e) {
		c->np_end = j;		/* "the panel set up by Y said" */
		c->np_first = np_back(tr, text, t, n, j);
	}
	if (c->np_first == c->np_end)	/* "X, the agency's head said" */
		unclosed_aside(tr, text, t, n, e, c);
	if (c->np_first == c->np_end && e > 0 && (tok_punct(&t[e - 1], ',') ||
	    tok_punct(&t[e - 1], '"'))) {
		c->np_first = v + 1;	/* "..., said Kirby" */
		c->np_end = inverted_name(text, t, n, v + 1, &c->np_first);
		if (!inverted_end(text, t, n, c->np_end))
			c->np_end = c->np_first;
	}
	if (c->np_first == c->np_end && e > 0 && only_reports(text, t, e - 1,
	    e) && (e == 1 || tok_punct(&t[e - 2], ','))) {
		c->np_first = e - 1;	/* "..., reports said" */
		c->np_end = e;
	} else if (c->np_first == c->np_end && e > 1 && only_reports(text, t,
	    e - 1, e) && (tok_in(text, &t[e - 2], determiners) || (e > 2 &&
	    tok_in(text, &t[e - 3], determiners) && t[e - 2].kind ==
	    TOK_WORD && !(t[e - 2].flags & TF_CAP) &&
	    !tok_in_sorted(text, &t[e - 2], function_words,
	    NWORDS(function_words))))) {
		/* "The report also said", "Its latest update put" */
		c->np_first = e - 2;
		if (!tok_in(text, &t[e - 2], determiners))
			c->np_first--;
		c->np_end = e;
	}
	if (e > 1 && (c->np_first == c->np_end || (c->np_end == e &&
	    only_reports(text, t, c->np_first, e))) && only_reports(text, t,
	    e - 1, e) && (j = report_owner(tr, text, t, e - 1)) < e - 1) {
		c->np_first = j;	/* "the (WARN) database update shows" */
		c->np_end = e;
		c->win_first = c->win_end = v;
		/* "64 died, but a new X study says 4,645": of its clause */
		c->forward = opens_clause(text, t, n, c->np_first, v);
		cue_settle(tr, text, t, c);
		c->win_end = say_window_end(text, t, n, v);
		return true;
	}
	if (c->np_first < c->np_end && only_reports(text, t, c->np_first,
	    c->np_end)) {
		c->kind = CUE_REPORT;	/* "Report says": no one named */
		c->np_end = c->np_first;
		c->win_first = c->np_first;	/* "reports said Tuesday" */
		c->win_end = say_window_end(text, t, n, v);
		return true;
	}
	if (c->np_first == c->np_end || !np_names(text, t, c->np_first,
	    c->np_end))
		return false;
	c->subordinate = c->np_first > 0 && c->np_first < v &&
	    tok_in(text, &t[c->np_first - 1], subordinators);
	c->until = contrast_after(text, t, n, c, v);
	if (c->until == 0)
		c->until = speaker_described(text, t, n, c, v);
	if (c->until == 0)
		c->until = later_event(text, t, n, v);
	if (c->until == 0)
		c->until = clause_confined(text, t, n, c, v);
	c->forward = (c->np_first < v && opens_clause(text, t, n, c->np_first,
	    v)) || tok_in(text, &t[v], accusing) || that_verb(text, t, n, v);
		/* "X assured that ...": of the clause it opens alone */
	c->win_first = c->np_first <= 8 || opening_participle(text, t,
	    c->np_first) || opening_date(text, t, n, c->np_first) ? 0 :
	    c->np_first;
	c->win_end = say_window_end(text, t, n, v);
	if (c->np_first > v)
		c->win_end = inverted_window(text, t, n, c->np_end,
		    c->win_end);
	if (c->np_first < v && contrast_before(text, t, c->np_first) > 0)
		c->forward = true;	/* "..., while X said": of its clause */
	affiliation_drop(text, t, c);
	say_cited_as(text, t, n, v, c);
	if (!has_relayer(c)) {
		say_citing_after(text, t, n, v, c);
		if (!has_relayer(c))
			say_citing_before(text, t, c);
		if (cites_own_document(tr, text, t, c))
			unrelay(c);
	}
	if (!has_relayer(c))
		say_briefed_after(tr, text, t, n, v, c);
	cue_settle(tr, text, t, c);
	if (c->source < 0 && !has_relayer(c) && !c->pronoun)
		c->source = apposition_source(tr, text, t, n, c, e);
	return true;
}

/*
 * Participles whose agent after "by" gave the figure before them: "the
 * 11,000 cited by Zelensky". Not "provided", "offered", "sent" or
 * "released" by, which name who supplied or freed the people counted
 * ("200 prisoners released by Russia").
 */
static const char *const passive_verbs[] = {
	"announced", "assessed", "calculated", "cited", "claimed",
	"confirmed", "counted", "estimated", "given", "mentioned",
	"published", "quoted", "recorded", "reported", "stated",
	"suggested", "tallied", NULL
};

#define BY_GAP_MAX 3	/* "announced earlier on Friday by" */

/*
 * The end of a time phrase from token j between a participle and its
 * "by": "earlier", "on Friday", "earlier this week", "yesterday". A
 * figure announced at some time by a body is still that body's.
 */
static size_t
by_time_gap(const char *text, const struct token *t, size_t n, size_t j)
{
	static const char *const gap[] = {
		"earlier", "later", "last", "on", "this", NULL
	};
	size_t k;

	for (k = j; k < n && k - j < BY_GAP_MAX; k++)
		if (!tok_in(text, &t[k], gap) && !date_word(text, t, n, k) &&
		    !tok_in(text, &t[k], day_parts))
			break;
	return k;
}

/* "cited by", "put forward by", "announced earlier Friday by" at token
 * i: the token of "by", or 0. */
static size_t
passive_by(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j = i + 1;

	if (tok_is(text, &t[i], "put") && j < n &&
	    tok_is(text, &t[j], "forward"))
		j++;
	else if (!tok_in_sorted(text, &t[i], passive_verbs,
	    NWORDS(passive_verbs)))
		return 0;
	else
		j = by_time_gap(text, t, n, j);
	return j < n && tok_is(text, &t[j], "by") ? j : 0;
}

/* People who give figures, named by what they are: "the 200,000
 * claimed by organisers", "the 50,000 counted by police". */
static const char *const agent_people[] = {
	"activists", "campaigners", "organisers", "organizers", "police",
	"protesters", "rescuers", "residents", "unions", "witnesses", NULL
};

/* The end of the agent after "by" from token a, or a when it names no
 * one: a name or title ("U.S. officials", "South Korea's spy agency"),
 * a gazetteer alias ("organisers"), or people who count. */
static size_t
agent_end(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t a)
{
	size_t e = np_forward(text, t, n, a), f = a, len, j;

	if (e > a && np_names(text, t, a, e)) {
		while ((j = name_linked(text, t, n, e)) > e)
			e = j;	/* "by the Organization for Migration" */
		return e;
	}
	if (f < n && tok_is(text, &t[f], "the"))
		f++;
	if ((len = phrase_match(&tr->aliases, text, t, f, n, NULL)) > 0)
		return f + len;
	if (f > a && f < n && only_reports(text, t, f, f + 1))
		return f + 1;	/* "the report": the one named before */
	return f < n && tok_in(text, &t[f], agent_people) ? f + 1 : a;
}

/* Nouns of a statement's figures that may open a sentence as its
 * subject: "The toll reported by X stated that ..." (sorted). */
static const char *const statement_heads[] = {
	"count", "data", "estimate", "figure", "figures", "numbers",
	"report", "statement", "tally", "toll", "update", NULL
};

/*
 * "The toll reported by the ministry earlier today, Monday, stated that
 * 2,497 ...", "The figures released by X on Friday show ...": a passive
 * participle at i in the subject of a verb of saying, after the noun of
 * a statement that opens the sentence. The agent says all that the verb
 * reports, and the date between is the statement's. The cue becomes
 * one of saying at that verb. So too "The victims tallied by X include
 * 20 ...": who counted the subject gives the figures of its predicate.
 */
static void
passive_subject(const char *text, const struct token *t, size_t n,
    size_t i, struct cue *c)
{
	static const char *const counting[] = {
		"counted", "documented", "recorded", "tallied", NULL
	};
	size_t j, h = tok_is(text, &t[0], "the") ? 1 : 0;

	if (i == h + 1 && tok_in(text, &t[i], counting) && t[h].kind ==
	    TOK_WORD && !(t[h].flags & TF_CAP)) {
		/* "The victims tallied by X include" */
		c->kind = CUE_SAY;
		c->pos = c->np_end;
		c->win_first = 0;
		return;
	}
	if (i != h + 1 || !tok_in_sorted(text, &t[h], statement_heads,
	    NWORDS(statement_heads)))
		return;
	for (j = c->np_end; j < n && j < c->np_end + 8; j++)
		if (t[j].kind == TOK_WORD && !(t[j].flags & TF_CAP) &&
		    tok_in_sorted(text, &t[j], say_verbs, NWORDS(say_verbs)))
			break;
	if (j >= n || j >= c->np_end + 8)
		return;
	c->kind = CUE_SAY;
	c->pos = j;
	c->win_first = 0;
	c->win_end = say_window_end(text, t, n, j);
}

/*
 * "the 11,000 cited by Zelensky", "the 10,000 estimated by South Korea's
 * spy agency": the agent after "by" at token i. An agent that names no
 * one ("killed by drones", "estimated by December", "reported by
 * 10,000", "the lives claimed by the quake") makes no cue.
 */
/*
 * "X was quoted [by Y] as saying": "cited" or "quoted" at token i after
 * "is", "was" or "were", "as" at token as_at, a verb of saying after
 * it. The subject X before the passive, from *first to i - 1; false
 * when the sentence is not so or X names no one.
 */
static bool
quoted_as_saying(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, size_t as_at, size_t *first)
{
	static const char *const be[] = { "is", "was", "were", NULL };
	static const char *const quoting[] = { "cited", "quoted", NULL };
	static const char *const saying[] = {
		"saying", "stating", "telling", NULL
	};

	if (i < 2 || as_at + 1 >= n || !tok_in(text, &t[i], quoting) ||
	    !tok_in(text, &t[i - 1], be) || !tok_is(text, &t[as_at], "as") ||
	    !tok_in(text, &t[as_at + 1], saying))
		return false;
	*first = np_back(tr, text, t, n, i - 1);
	return *first != i - 1 && np_names(text, t, *first, i - 1);
}

/*
 * "X was quoted by the news agency Y as saying": the passive cue c at i
 * ("quoted", "cited") becomes X's statement, relayed by its agent Y.
 * False when the sentence says otherwise.
 */
static bool
quoted_as(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t e = c->np_end, a;

	if (!quoted_as_saying(tr, text, t, n, i, e, &a))
		return false;
	c->kind = CUE_SAY;
	c->rel_first = c->np_first;
	c->rel_end = c->np_end;
	c->np_first = a;
	c->np_end = i - 1;
	c->win_first = a;
	c->win_end = say_window_end(text, t, n, e + 1);
	return true;
}

/*
 * "X was quoted as saying ...", "He is quoted as telling ...": with no
 * "by", the one quoted is the subject before the passive at token i,
 * and the words after "as saying" are his statement, whoever quoted
 * him. A cue of saying of the subject; false when the sentence says
 * otherwise.
 */
static bool
quoted_saying_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t a;

	if (!quoted_as_saying(tr, text, t, n, i, i + 1, &a))
		return false;
	cue_init(c, CUE_SAY, i + 2);
	c->np_first = a;
	c->np_end = i - 1;
	c->win_first = a;
	c->win_end = say_window_end(text, t, n, i + 2);
	cue_settle(tr, text, t, c);
	return true;
}

/* A passive cue at token i whose agent is [first, end), its window
 * running from i to the end of the saying after the agent. */
static void
agent_cue_init(const char *text, const struct token *t, size_t n, size_t i,
    size_t first, size_t end, struct cue *c)
{
	cue_init(c, CUE_PASSIVE, i);
	c->np_first = first;
	c->np_end = end;
	c->win_first = i;
	c->win_end = say_window_end(text, t, n, end - 1);
}

static bool
passive_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t by, e;

	if (i == 0 || (by = passive_by(text, t, n, i)) == 0 ||
	    tok_is(text, &t[i - 1], "lives"))
		return false;
	if ((e = agent_end(tr, text, t, n, by + 1)) == by + 1)
		return false;
	agent_cue_init(text, t, n, i, by + 1, e, c);
	if (i >= 2 && tok_is(text, &t[i - 1], "as") && tok_punct(&t[i - 2],
	    ','))
		c->kind = CUE_SAY; /* "..., as reported by X": all of it */
	else if (!quoted_as(tr, text, t, n, i, c))
		passive_subject(text, t, n, i, c);
	cue_settle(tr, text, t, c);
	return true;
}

/*
 * "a crowd estimated at 120,000 by organisers but given as 35,000 by
 * police", "estimates ranged from 100,000 by police to 250,000 by
 * organisers": a figure followed by "by" and who gave it, after a word
 * of estimating or giving a figure, is that agent's figure alone (a
 * passive cue at the "by" at token i). Not "rose by 500" or "killed by
 * police": the "by" must follow the number itself.
 */
#define COUNTED_BY_MAX 2	/* "610 deaths by", "700 people dead by" */

/*
 * The number before the "by" at token i, itself or followed by the
 * noun it counts ("the figure of 610 deaths by X"): its token, or 0.
 * Not a participle between ("700 killed by the army", "40 wounded by
 * police"): that "by" names who did it, not who counted.
 */
static size_t
counted_before_by(const char *text, const struct token *t, size_t i)
{
	size_t k = i - 1;

	while (k > 0 && i - 1 - k < COUNTED_BY_MAX &&
	    t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
	    !participle(text, &t[k]) && !ing_word(text, &t[k]))
		k--;
	return t[k].kind == TOK_NUM ? k : 0;
}

static bool
figure_by_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	static const char *const estimating[] = {
		"estimate", "estimated", "estimates", "figure", "given",
		"placed", "put", "ranged", "ranging", NULL
	};
	size_t j, k, e;

	if (i < 2 || !tok_is(text, &t[i], "by") ||
	    (k = counted_before_by(text, t, i)) == 0)
		return false;
	for (j = k; j > 0 && k - j < 10; j--)
		if (tok_in(text, &t[j - 1], estimating))
			break;
	if (j == 0 || k - j >= 10)
		return false;
	if ((e = agent_end(tr, text, t, n, i + 1)) == i + 1 ||
	    date_word(text, t, n, i + 1))
		return false;
	agent_cue_init(text, t, n, i, i + 1, e, c);
	cue_settle(tr, text, t, c);
	return true;
}

/* End of the claimant after "according to" in [a, e): before the date
 * of its statement ("a NATO announcement on Saturday", "a report
 * released in May"). */
#define DATED_REPORT_MAX 4	/* "a Thursday news release", "a Nov. 10
				   report" */

/* Is token j a noun of a report, or the "release" of a "news release"
 * or "press release" ("the release" alone is often of prisoners)? */
static bool
report_noun_at(const char *text, const struct token *t, size_t j)
{
	static const char *const releases[] = {
		"release", "releases", NULL
	};
	static const char *const issuers[] = { "news", "press", NULL };

	return tok_in_sorted(text, &t[j], report_nouns, NWORDS(report_nouns))
	    || (j > 0 && tok_in(text, &t[j], releases) && tok_in(text,
	    &t[j - 1], issuers));
}

/*
 * "a November 10 report from X", "a Thursday news release from X": a
 * date written before the report noun it dates, from token k (before
 * e). The token after the report noun, else k.
 */
static size_t
dated_report(const char *text, const struct token *t, size_t n, size_t k,
    size_t e)
{
	size_t j;

	if (k == 0 || !tok_in(text, &t[k - 1], articles))
		return k;
	for (j = k; j < e && j < k + DATED_REPORT_MAX; j++) {
		if (report_noun_at(text, t, j))
			return j > k ? j + 1 : k;
		if (!date_word(text, t, n, j) && t[j].kind != TOK_NUM &&
		    !title_dot(text, t, j) && !(t[j].kind == TOK_WORD &&
		    !(t[j].flags & TF_CAP) && !tok_in_sorted(text, &t[j],
		    function_words, NWORDS(function_words))))
			return k;	/* "news", "press" may come between */
	}
	return k;
}

static size_t
according_end(const char *text, const struct token *t, size_t n, size_t a,
    size_t e)
{
	static const char *const released[] = {
		"dated", "issued", "published", "released", NULL
	};
	static const char *const dating[] = {
		"earlier", "in", "last", "on", "this", NULL
	};
	static const char *const spans[] = {
		"week", "month", "year", NULL
	};
	size_t j, k;

	for (k = a + 1; k < e; k++) {
		if (date_word(text, t, n, k) && (j = dated_report(text, t, n,
		    k, e)) > k) {
			k = j - 1;	/* the report's own date */
			continue;
		}
		if (date_word(text, t, n, k) || tok_in(text, &t[k], released))
			break;
		if (tok_in(text, &t[k], dating) && k + 1 < e &&
		    (date_word(text, t, n, k + 1) || t[k + 1].kind == TOK_NUM ||
		    tok_in(text, &t[k + 1], spans)))
			break;
	}
	while (k > a + 1 && tok_in(text, &t[k - 1], dating))
		k--;
	if (k > a + 2 && tok_is(text, &t[k - 2], "as") && (tok_is(text,
	    &t[k - 1], "of") || tok_is(text, &t[k - 1], "at")))
		k -= 2;	/* "the data from X as of October 15" */
	return k;
}

#define MADE_DATE_MAX 4	/* "on Thursday", "late on March 3" */

/*
 * "a report released Thursday by X", "figures published on March 3 by
 * X": the day a report was made may stand between its verb and its
 * author. The token after such a date from k (before e), else k.
 */
static size_t
past_made_date(const char *text, const struct token *t, size_t e, size_t k)
{
	static const char *const dating[] = {
		"earlier", "late", "on", "this", NULL
	};
	size_t j = k;
	bool dated = false;

	while (j < e && j < k + MADE_DATE_MAX) {
		if (date_word(text, t, e, j))
			dated = true;
		else if (!tok_in(text, &t[j], dating) &&
		    !(dated && t[j].kind == TOK_NUM))
			break;
		j++;
	}
	return dated ? j : k;
}

/*
 * "according to a report released by the agency on Saturday", "according
 * to a tally by AFP": a report named by its kind, then its author after
 * "by" (before e). The author is the claimant. A report "based on" or
 * "drawn from" others' reports names no one: the writer compiled it.
 */
static void
according_agent(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t e, struct cue *c)
{
	static const char *const made[] = {
		"compiled", "issued", "prepared", "published", "released",
		NULL
	};
	/* "a tally based on reports from police, officials and doctors":
	 * those it draws on are no one's claim of it */
	static const char *const drawn[] = {
		"based", "compiled", "drawn", NULL
	};
	size_t k = c->np_first, end;

	if (k < e && tok_in(text, &t[k], articles))
		k++;
	while (k < e && t[k].kind == TOK_WORD && !(t[k].flags & TF_CAP) &&
	    !tok_in_sorted(text, &t[k], report_nouns, NWORDS(report_nouns)) &&
	    k < c->np_first + 4)
		k++;	/* "a preliminary report", "the latest tally" */
	if (k >= e || !tok_in_sorted(text, &t[k], report_nouns,
	    NWORDS(report_nouns)))
		return;
	k++;
	if (k + 1 < e && tok_in(text, &t[k], drawn) && (tok_is(text,
	    &t[k + 1], "on") || tok_is(text, &t[k + 1], "from"))) {
		c->np_end = k;	/* the tally is the writer's own */
		return;
	}
	if (k < e && (tok_in(text, &t[k], made) || tok_in_sorted(text, &t[k],
	    passive_verbs, NWORDS(passive_verbs))))
		k = past_made_date(text, t, e, k + 1);
	if (k + 1 >= e || !tok_is(text, &t[k], "by"))
		return;
	end = agent_end(tr, text, t, e, k + 1);
	if (end == k + 1)
		return;
	c->np_first = k + 1;
	c->np_end = according_end(text, t, n, k + 1, end);
}

/*
 * "according to the ministry, which updated its toll on Tuesday": a
 * relative clause at e about the claimant that says it stated or
 * revised something holds the statement's date. The end of that clause,
 * else e.
 */
static size_t
stating_relative(const char *text, const struct token *t, size_t n,
    size_t e)
{
	static const char *const relatives[] = { "which", "who", NULL };
	static const char *const revising[] = {
		"issued", "lowered", "published", "raised", "released",
		"revised", "updated", NULL
	};
	size_t j;
	bool stating = false;

	if (e + 2 >= n || !tok_punct(&t[e], ',') || !tok_in(text, &t[e + 1],
	    relatives))
		return e;
	for (j = e + 2; j < n && j < e + 2 + CLAUSE_WORDS; j++) {
		if (t[j].kind == TOK_PUNCT)
			break;
		if (t[j].kind == TOK_WORD && (tok_in(text, &t[j], revising) ||
		    tok_in_sorted(text, &t[j], say_verbs, NWORDS(say_verbs))))
			stating = true;
	}
	return stating ? j : e;
}

/*
 * "according to Ann Lee, Sudan director for the Relief Council": a
 * person the gazetteer does not know, named by "according to", speaks
 * for the body the description after the name (and its comma) names.
 * Its source, or -1.
 */
static long
according_affiliation(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, const struct cue *c)
{
	size_t a = c->np_end + 1, b;

	if (c->np_end >= n || !tok_punct(&t[c->np_end], ',') ||
	    !np_proper(text, t, c->np_first, c->np_end) || a >= n ||
	    tok_in(text, &t[a], relatives_words))
		return -1;
	for (b = a; b < n && b < a + 12; b++)
		if (t[b].kind == TOK_PUNCT && t[b].ch != '\'' &&
		    !title_dot(text, t, b))
			break;
	for (; a < b; a++)	/* a title in it: "director", "spokesman" */
		if (tok_in_sorted(text, &t[a], titles, NWORDS(titles)))
			return source_find(tr, text, t, a, b);
	return -1;
}

#define APPOSED_NAME_MAX 6	/* tokens of "Human Rights Watch" */

/*
 * "according to an activist group, OVD-Info, dozens were held": a
 * description of the claimant that names no source, then its name set
 * off by commas from token e on. When the gazetteer knows that name,
 * it is the claimant: the phrase becomes the name.
 */
static void
according_named(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t e, struct cue *c)
{
	struct cue named = *c;
	size_t j;

	if (c->source >= 0 || has_relayer(c) || e + 2 >= n ||
	    !tok_punct(&t[e], ',') || np_proper(text, t, c->np_first,
	    c->np_end))
		return;
	for (j = e + 1; j < n && j <= e + APPOSED_NAME_MAX; j++)
		if (tok_punct(&t[j], ','))
			break;
	if (j >= n || j > e + APPOSED_NAME_MAX ||
	    !name_apposition(text, t, n, e + 1, j, &named) ||
	    source_find(tr, text, t, e + 1, j) < 0)
		return;
	*c = named;
	cue_settle(tr, text, t, c);
}

/* "As per the ministry, 40 died": the Indian and Pakistani English
 * "as per X" names its claimant as "according to X" does ("as per
 * usual" is an idiom, no one's word). */
static bool
as_per(const char *text, const struct token *t, size_t n, size_t i)
{
	return i + 2 < n && tok_is(text, &t[i], "as") &&
	    tok_is(text, &t[i + 1], "per") && !tok_is(text, &t[i + 2],
	    "usual");
}

static bool
according_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t e;

	if (i + 2 >= n || !(tok_is(text, &t[i + 1], "to") ||
	    as_per(text, t, n, i)))
		return false;
	cue_init(c, CUE_ACCORDING, i);
	for (e = i + 2; e < n && e < i + 16; e++)
		if (t[e].kind == TOK_PUNCT && t[e].ch != '(' && t[e].ch != ')'
		    && t[e].ch != '-' && !title_dot(text, t, e))
			break;
	c->np_first = i + 2;
	c->np_end = according_end(text, t, n, i + 2, e);
	according_agent(tr, text, t, n, e, c);
	c->win_first = i <= 8 || opening_date(text, t, n, i) ? 0 : i;
					/* "On Dec. 30, according to" */
	c->win_end = stating_relative(text, t, n, e);
	if (e + 2 < n && tok_punct(&t[e], ',') && tok_in(text, &t[e + 1],
	    citing) && cited_end(text, t, n, e + 2) > e + 2) {
		c->rel_first = c->np_first;	/* "according to X, citing Y" */
		c->rel_end = e;
		c->np_first = e + 2;
		c->np_end = cited_end(text, t, n, e + 2);
	}
	cue_settle(tr, text, t, c);
	according_named(tr, text, t, n, e, c);
	if (c->source < 0 && !has_relayer(c) && !c->pronoun)
		c->source = according_affiliation(tr, text, t, n, c);
	c->inner = c->source < 0 && !has_relayer(c) && !np_proper(text, t,
	    c->np_first, c->np_end) && in_quote(t, i);
	return true;
}

static long	report_giver(const struct tracker *, const char *,
		    const struct token *, size_t, size_t *, size_t *);

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
	if (c->source < 0)	/* "X provided lawmakers with details showing" */
		c->source = report_giver(tr, text, t, j - 1, &c->np_first,
		    &c->np_end);
	c->win_first = c->np_first;
	c->win_end = p;
	return true;
}

/*
 * "an assessment released on 12 May 2025 says": the end of the date
 * after a report's participle at k, or k when there is none.
 */
static size_t
release_date_end(const char *text, const struct token *t, size_t n,
    size_t k)
{
	static const char *const released[] = {
		"dated", "issued", "published", "released", NULL
	};
	static const char *const links[] = { "on", "in", "of", NULL };
	size_t j;

	if (k >= n || !tok_in(text, &t[k], released))
		return k;
	for (j = k + 1; j < n && j < k + 8; j++)
		if (t[j].kind != TOK_NUM && !date_word(text, t, n, j) &&
		    !tok_in(text, &t[j], links) && !(tok_punct(&t[j], ',') &&
		    j + 1 < n && t[j + 1].kind == TOK_NUM) &&
		    !(tok_punct(&t[j], '.') && date_word(text, t, n, j - 1)))
			break;
	return j;
}

/* "Kyiv's estimate", "a Pentagon announcement": a named report. */
static bool
named_report_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	size_t a = i >= 3 ? i - 3 : 0, k;

	if (i == 0 || !tok_in_sorted(text, &t[i], report_nouns,
	    NWORDS(report_nouns)))
		return false;
	if (tok_is(text, &t[i], "intelligence") || tok_is(text, &t[i],
	    "sources") || tok_is(text, &t[i - 1], "to"))
		return false;	/* "flew over X to survey": a verb */
	while (a < i && phrase_match(&tr->aliases, text, t, a, i, NULL) == 0)
		a++;
	if (source_find(tr, text, t, a, i) < 0)
		return false;
	for (k = a; k < i; k++)		/* "... to Russia, reports said" */
		if (t[k].kind == TOK_PUNCT && t[k].ch != '-')
			return false;
	cue_init(c, CUE_REPORT, i);
	c->np_first = a;
	c->np_end = i;
	c->source = source_find(tr, text, t, a, i);
	/* "64 died, but a new X study says ...": of its own clause */
	c->forward = opens_clause(text, t, n, a, i);
	c->win_first = a;
	c->win_end = release_date_end(text, t, n, i + 1);
	return true;
}

/*
 * "unconfirmed reports that 500 troops were killed", "contradicting
 * claims that 20 had died": a report or claim that no one owns (no name,
 * possessive or "by" in the words just before it) opens a statement of
 * no one. A cue of kind CUE_REPORT that names no one.
 */
static bool
nameless_report_that(const char *text, const struct token *t, size_t n,
    size_t i, struct cue *c)
{
	static const char *const hearsay[] = {
		"claims", "reports", "rumors", "rumours", "speculation",
		"suggestions", NULL
	};
	size_t j;

	if (i + 1 >= n || i == 0 || (t[i].flags & TF_CAP) || !tok_in(text,
	    &t[i], hearsay) || !tok_is(text, &t[i + 1], "that") ||
	    t[i - 1].kind != TOK_WORD || tok_in_sorted(text, &t[i - 1],
	    np_words, NWORDS(np_words)))
		return false;	/* "X (IOM) claims that": a verb */
	if ((t[i - 1].flags & TF_CAP) && !(clause_start(t, i - 1) &&
	    (tok_in_sorted(text, &t[i - 1], function_words,
	    NWORDS(function_words)) || (t[i - 1].len > 4 &&
	    strncasecmp(text + t[i - 1].off + t[i - 1].len - 3, "ing",
	    3) == 0))))
		return false;	/* "Kyiv claims that", not "Denying reports
				   that" */
	for (j = i; j > 0 && i - j < 4; j--) {
		if (t[j - 1].kind == TOK_PUNCT)
			break;
		if (t[j - 1].kind == TOK_POSS || ((t[j - 1].flags & TF_CAP) &&
		    !clause_start(t, j - 1)) ||
		    tok_is(text, &t[j - 1], "by") || (tok_in(text, &t[j - 1],
		    determiners) && !tok_is(text, &t[j - 1], "the")))
			return false;	/* "Kyiv's claims", "its reports" */
	}
	cue_init(c, CUE_REPORT, i);
	c->np_first = c->np_end = i;
	c->win_first = c->win_end = i;
	return true;
}

/* "citing intelligence reports": a noun of what is cited, no verb. */
static bool
cited_noun(const char *text, const struct token *t, size_t i)
{
	size_t j;

	for (j = i; j > 0 && i - j < 6 && t[j - 1].kind != TOK_PUNCT; j--)
		if (tok_in(text, &t[j - 1], citing))
			return true;
	return false;
}

/* Verbs and auxiliaries that follow a plural subject: "estimates
 * ranged", "reports had" (sorted). */
static const char *const plural_verbs[] = {
	"are", "had", "have", "put", "range", "ranged", "varied", "vary",
	"were", NULL
};

/*
 * Is token i, a word of a sentence's first capital, no acronym and no
 * alias, a modifier that names no one ("Preliminary", "Initial")?
 */
static bool
opening_modifier(const struct tracker *tr, const char *text,
    const struct token *t, size_t i)
{
	return t[i].kind == TOK_WORD && (t[i].flags & TF_CAP) &&
	    !(t[i].flags & TF_UPPER) && (i == 0 || (t[i - 1].kind ==
	    TOK_PUNCT && !title_dot(text, t, i - 1))) &&
	    source_find(tr, text, t, i, i + 1) < 0;
}

/*
 * "Preliminary reports reveal", "Initial estimates suggest", "five of
 * its 18 states are reporting": a plural noun spelled as a verb of
 * saying in -s is the subject when a verb follows it at once and before
 * it stands a number or the sentence's first word alone. It names no
 * one; the verb after it is the cue. ("South Korean estimates suggest"
 * keeps its claimant.)
 */
static bool
plural_subject(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i)
{
	char buf[32];
	const struct token *w;

	if (i == 0 || i + 1 >= n || t[i].len < 3 || text[t[i].off +
	    t[i].len - 1] != 's' || !tok_in_sorted(text, &t[i], say_verbs,
	    NWORDS(say_verbs)))
		return false;
	if (t[i - 1].kind != TOK_NUM && !opening_modifier(tr, text, t, i - 1))
		return false;
	w = &t[i + 1];
	if (w->kind != TOK_WORD || (w->flags & TF_CAP))
		return false;
	if (tok_in_sorted(text, w, plural_verbs, NWORDS(plural_verbs)) ||
	    tok_in_sorted(text, w, say_verbs, NWORDS(say_verbs)))
		return true;
	if (w->len + 2 > sizeof(buf))
		return false;
	memcpy(buf, text + w->off, w->len);	/* "reveal": "reveals" */
	buf[w->len] = 's';
	buf[w->len + 1] = '\0';
	return word_in(buf, say_verbs);
}

/* Verbs a headline writes capitalized after its claimant: "..., Police
 * Say", "... Health Ministry Says" (sorted). */
static const char *const headline_verbs[] = {
	"claim", "claims", "confirm", "confirms", "estimate", "estimates",
	"report", "reports", "reveal", "reveals", "said", "say", "says",
	"warn", "warns", NULL
};

/*
 * A capitalized verb of saying that ends a headline ("..., Police Say"):
 * the last word, with no full stop after it; or, after the headline's
 * last comma, the verb before its claimant ("..., Says Coast Guard"),
 * the claimant ending the line.
 */
static bool
headline_verb(const char *text, const struct token *t, size_t n, size_t i)
{
	if (i == 0 || !(t[i].flags & TF_CAP) || !tok_in_sorted(text, &t[i],
	    headline_verbs, NWORDS(headline_verbs)))
		return false;
	if (i + 1 == n)
		return true;
	if (tok_punct(&t[i - 1], ',') && (t[i + 1].flags & TF_CAP) &&
	    np_forward(text, t, n, i + 1) == n)
		return true;	/* "..., Reveals Spy Agency" */
	/* "Governor Confirms 99 Dead in ...": in a title-case line with no
	 * full stop, between a capitalized claimant and its figure */
	return t[i + 1].kind == TOK_NUM && (t[i - 1].flags & TF_CAP) &&
	    !tok_punct(&t[n - 1], '.');
}

/*
 * A headline that opens with its claimant and a colon, with no verb:
 * "Governor: Toll stands at 42", "Police: 3 dead in ...". The claimant
 * is a short phrase the gazetteer knows or that ends in a head noun of
 * claimants; the line has a figure after the colon and no full stop.
 */
static bool
leading_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, struct cue *c)
{
	size_t m, i;

	for (m = 1; m < n && m < 5; m++)
		if (t[m].kind == TOK_PUNCT)
			break;
	if (m >= n || m >= 5 || !tok_punct(&t[m], ':') ||
	    tok_punct(&t[n - 1], '.') || np_forward(text, t, n, 0) != m ||
	    !np_names(text, t, 0, m))
		return false;
	for (i = m + 1; i < n; i++)
		if (t[i].kind == TOK_NUM)
			break;
	if (i == n)
		return false;
	cue_init(c, CUE_SAY, m);
	c->np_first = 0;
	c->np_end = m;
	c->win_first = c->win_end = m;
	cue_settle(tr, text, t, c);
	return c->source >= 0 || tok_in_sorted(text, &t[m - 1], np_words,
	    NWORDS(np_words));
}

/* Tags a headline ends in after a dash that tell what it carries, not
 * who speaks: "... -VIDEO", "... - Live", "... – PHOTOS". */
static const char *const headline_tags[] = {
	"audio", "exclusive", "gallery", "live", "photo", "photos",
	"photosession", "pictures", "update", "updates", "video", "videos",
	"watch", NULL
};

/*
 * A headline or summary line that ends in its claimant after a colon or
 * a dash, with no verb: "... rises to 3,000: ministry", "... - UN". The
 * claimant runs from the mark to the end of the line, which has no full
 * stop; a figure before the mark is that claimant's.
 */
static bool
trailing_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, struct cue *c)
{
	size_t m, i;

	for (m = n; m > 0 && n - m < 8; m--)
		if (tok_punct(&t[m - 1], ':') || tok_punct(&t[m - 1], '-'))
			break;
	if (m < 3 || m == n || n - m >= 8)
		return false;
	for (i = m; i < n; i++)
		if (t[i].kind == TOK_NUM)
			return false;
	if (np_forward(text, t, n, m) != n || !np_names(text, t, m, n))
		return false;
	for (i = m; i < n && tok_in(text, &t[i], headline_tags); i++)
		;
	if (i == n)
		return false;	/* "... -VIDEO": a medium, no one */
	cue_init(c, CUE_SAY, m - 1);
	c->np_first = m;
	c->np_end = n;
	c->win_first = c->win_end = n;
	cue_settle(tr, text, t, c);
	return true;
}

/*
 * "The police released a lower estimate, saying there were ...": a
 * participle of saying after a comma is said by the sentence's subject.
 */
static bool
participle_cue(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t i, struct cue *c)
{
	if (i < 3 || !tok_punct(&t[i - 1], ',') || !tok_in(text, &t[i],
	    speaking) || !mention_find(tr, text, t, n, c) || c->np_end >= i)
		return false;
	c->kind = CUE_SAY;
	c->pos = i;
	c->win_first = c->np_first;
	c->win_end = say_window_end(text, t, n, i);
	return true;
}

/* Verbs of saying with a particle: "pointed out", "points out". */
static const char *const pointing[] = { "point", "pointed", "points", NULL };

/* Is there a verb of saying after token i, before the clause ends? */
static bool
later_say(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j;

	for (j = i + 1; j < n && j < i + 16; j++) {
		if (t[j].kind == TOK_PUNCT && t[j].ch != '-' &&
		    !title_dot(text, t, j))
			return false;
		if (t[j].kind == TOK_WORD && !(t[j].flags & TF_CAP) &&
		    tok_in_sorted(text, &t[j], say_verbs, NWORDS(say_verbs)))
			return true;
	}
	return false;
}

/* "claimed 3,000 lives", "claimed the lives of 550 children": a
 * disaster's toll, no statement. */
static bool
claims_lives(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const claim[] = {
		"claim", "claimed", "claiming", "claims", NULL
	};
	static const char *const lives[] = { "life", "lives", NULL };
	size_t j;

	if (!tok_in(text, &t[i], claim))
		return false;
	for (j = i + 1; j < n && j < i + 6; j++) {
		if (t[j].kind == TOK_PUNCT && t[j].ch != '-')
			return false;
		if (tok_in(text, &t[j], lives))
			return true;
	}
	return false;
}

/*
 * Is the line t[0..n) written in title case ("Ukraine Says Russia Will
 * Send 10,000 Troops")? Every word of four letters or more is
 * capitalized, at least three are, and no full stop ends it. In such a
 * line a capitalized verb of saying is a verb, as it would be written
 * in lower case in a sentence.
 */
static bool
title_line(const struct token *t, size_t n)
{
	size_t i, caps = 0;

	if (n < 4 || tok_punct(&t[n - 1], '.'))
		return false;
	for (i = 0; i < n; i++) {
		if (t[i].kind != TOK_WORD || t[i].len < 4)
			continue;
		if (!(t[i].flags & TF_CAP))
			return false;
		caps++;
	}
	return caps >= 3;
}

/* Words that open a clause of its own after a headline's verb and its
 * object: "Floods Confirm Fears as 15 People Die" (sorted). */
static const char *const headline_joints[] = {
	"after", "amid", "as", "before", "despite", "while", "when", NULL
};

/*
 * Verbs that say only with the clause they open: "the minister assured
 * that", "the UN projects that", "the inquiry concluded that", "the
 * ministry specified that", "X highlighted that". Is token i of
 * t[0..n) one, "that" after it?
 */
static bool
that_verb(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const verbs[] = {
		"argued", "argues", "assured", "assures", "clarified",
		"concluded", "concludes", "highlighted", "maintained",
		"maintains", "predicted", "predicts", "projected",
		"projects", "specified", "stressed", "underlined",
		"updated", NULL
	};

	return i + 1 < n && tok_is(text, &t[i + 1], "that") &&
	    tok_in(text, &t[i], verbs);
}

/*
 * Is the capitalized token i of the title-case line t[0..n) its verb of
 * saying? It says before any figure ("... in the United States" after
 * "19 People" is a name), and no clause of its own ("as 15 People Die")
 * comes between it and its first figure.
 */
static bool
title_verb(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t k;

	if (i == 0 || !tok_in_sorted(text, &t[i], say_verbs,
	    NWORDS(say_verbs)) || !title_line(t, n))
		return false;
	for (k = 0; k < i; k++)
		if (t[k].kind == TOK_NUM)
			return false;
	for (k = i + 1; k < n && t[k].kind != TOK_NUM; k++)
		if (tok_in(text, &t[k], headline_joints) && !(k + 1 < n &&
		    tok_in(text, &t[k + 1], as_bounds)) && !(tok_in(text,
		    &t[k - 1], as_bounds)))
			return false;
	return true;
}

/* Acts a government declares: "a state of emergency", "a week of
 * mourning", "an end to the outbreak" (sorted). */
static const char *const declared_acts[] = {
	"calamity", "ceasefire", "curfew", "disaster", "emergency", "end",
	"holiday", "lockdown", "mourning", "strike", "truce", "war", NULL
};

/*
 * "Haiti declared a state of emergency after 4,000 prisoners escaped",
 * "X declared three days of mourning for the 45 dead": declaring an act
 * states none of the figures the sentence tells around it. Is token i
 * a form of "declare" whose object names such an act before any figure
 * (not "declared 100 dead", "declared that", "declared a toll of 80")?
 */
static bool
declares_act(const char *text, const struct token *t, size_t n, size_t i)
{
	static const char *const declare[] = {
		"declare", "declared", "declares", "declaring", NULL
	};
	size_t k;

	if (!tok_in(text, &t[i], declare))
		return false;
	for (k = i + 1; k < n && k < i + 8; k++) {
		if (t[k].kind == TOK_NUM && !(k + 1 < n && (tok_is(text,
		    &t[k + 1], "days") || tok_is(text, &t[k + 1], "weeks"))))
			return false;
		if (t[k].kind == TOK_PUNCT && !tok_punct(&t[k], '"') &&
		    !tok_punct(&t[k], '-'))
			return false;
		if (tok_is(text, &t[k], "that"))
			return false;
		if (tok_in_sorted(text, &t[k], declared_acts,
		    NWORDS(declared_acts)))
			return true;
	}
	return false;
}

static bool
cue_at(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t i, struct cue *c)
{
	if (t[i].kind != TOK_WORD)
		return false;
	if (tok_is(text, &t[i], "according") || as_per(text, t, n, i))
		return according_cue(tr, text, t, n, i, c);
	if (declares_act(text, t, n, i))
		return false;	/* "declared a state of emergency" */
	if (headline_verb(text, t, n, i))
		return say_cue(tr, text, t, n, i, c);
	if ((t[i].flags & TF_CAP) && !title_verb(text, t, n, i))
		return false;	/* "States" is no verb, "Reports" a name */
	if (plural_subject(tr, text, t, n, i))
		return false;	/* "Initial reports suggest" */
	if (nameless_report_that(text, t, n, i, c))
		return true;
	if (passive_cue(tr, text, t, n, i, c) ||
	    figure_by_cue(tr, text, t, n, i, c) ||
	    quoted_saying_cue(tr, text, t, n, i, c))
		return true;
	if (participle_cue(tr, text, t, n, i, c))
		return true;
	if (tok_in(text, &t[i], report_verbs))
		return report_cue(tr, text, t, i, c) || (tok_in(text, &t[i],
		    speaking) && say_cue(tr, text, t, n, i, c));
	if (i + 1 < n && tok_in(text, &t[i], pointing) && tok_is(text,
	    &t[i + 1], "out") && say_cue(tr, text, t, n, i, c))
		return true;	/* "X pointed out that" */
	if (i + 1 < n && tok_in(text, &t[i + 1], citing) && tok_in_sorted(text,
	    &t[i], report_nouns, NWORDS(report_nouns)) && i > 0 &&
	    !tok_punct(&t[i - 1], ',') && later_say(text, t, n, i + 1))
		return false;	/* "media reports citing X have said" */
	if (claims_lives(text, t, n, i))
		return false;	/* "the quake has claimed 3,000 lives" */
	if (tok_in(text, &t[i], finding) && !(i > 0 && tok_in(text,
	    &t[i - 1], articles)))
		return say_cue(tr, text, t, n, i, c) && c->kind == CUE_SAY &&
		    ((c->source >= 0 && (study_phrase(text, t, c->np_first,
		    c->np_end) || study_before(text, t, c->np_first))) ||
		    (c->source < 0 && bare_document(text, t, c->np_first,
		    c->np_end)));
		    /* "researchers at X found"; "the survey found", its
		       maker named before */
	if ((tok_in_sorted(text, &t[i], say_verbs, NWORDS(say_verbs)) ||
	    put_figure(text, t, n, i) || estimate_object(text, t, n, i) ||
	    that_verb(text, t, n, i)) &&
	    !(i > 0 && (t[i - 1].kind == TOK_POSS ||
	    tok_in(text, &t[i - 1], articles))) && !cited_noun(text, t, i) &&
	    say_cue(tr, text, t, n, i, c))
		return true;
	return named_report_cue(tr, text, t, n, i, c);
}

/*
 * Gapping: "the unions counted 9,000 marchers and the police 4,000". A
 * claimant after "and" at token i, followed at once by a figure, shares
 * the verb of the statement prev before it and claims that figure.
 */
static bool
gapped_cue(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, const struct cue *prev, size_t i, struct cue *c)
{
	size_t a = i + 1, e;

	if (prev->kind != CUE_SAY || prev->pos >= i || a >= n ||
	    !tok_is(text, &t[i], "and"))
		return false;
	e = agent_end(tr, text, t, n, a);
	if (e == a || e >= n || t[e].kind != TOK_NUM || (e == a + 1 &&
	    tok_in_sorted(text, &t[a], pronouns, NWORDS(pronouns))))
		return false;
	cue_init(c, CUE_SAY, i);
	c->np_first = a;
	c->np_end = e;
	c->win_first = prev->win_first;
	c->win_end = prev->win_end;
	cue_settle(tr, text, t, c);
	return true;
}

/*
 * Verbs whose agent does to the people counted what it then keeps count
 * of: it arrested, detained, laid off, rescued, evacuated or captured
 * them, or shows them ("shared video of two prisoners"). Not verbs of
 * sending or killing, whose agent is no one who reports the count.
 */
static const char *const acting_verbs[] = {
	"apprehended", "arrested", "captured", "detained", "evacuated",
	"laid", "received", "recovered", "rescued", "shared", NULL
};

/* Verbs of giving a figure as a report: "Police provided a 240,000
 * estimate", "the agency released a tally of 88". */
static const char *const giving_verbs[] = {
	"gave", "issued", "offered", "provided", "released", NULL
};

/* Is a report noun among the few tokens after the verb at v? */
static bool
gives_report(const char *text, const struct token *t, size_t n, size_t v)
{
	size_t j;

	if (!tok_in(text, &t[v], giving_verbs))
		return false;
	for (j = v + 1; j < n && j < v + 6; j++) {
		if (t[j].kind == TOK_PUNCT && t[j].ch != '-')
			return false;
		if (tok_in_sorted(text, &t[j], report_nouns,
		    NWORDS(report_nouns)))
			return true;
	}
	return false;
}

/*
 * "X provided lawmakers with details indicating ...", "X gave them
 * figures showing ...": the one who gave the report noun at r, a source
 * the gazetteer knows, before a giving verb a few words back in the same
 * clause. Its phrase in [*first, *end); -1 when there is none.
 */
static long
report_giver(const struct tracker *tr, const char *text,
    const struct token *t, size_t r, size_t *first, size_t *end)
{
	size_t g, e, a;
	long src;

	for (g = r; g > 0 && r - g < 5; g--) {
		if (t[g - 1].kind == TOK_PUNCT && t[g - 1].ch != '-')
			return -1;
		if (!(t[g - 1].flags & TF_CAP) &&
		    tok_in(text, &t[g - 1], giving_verbs))
			break;
	}
	if (g == 0 || r - g >= 5)
		return -1;
	for (e = g - 1; e > 0 && tok_in(text, &t[e - 1], np_skips); e--)
		;
	if ((a = np_back(tr, text, t, r, e)) >= e ||
	    (src = source_find(tr, text, t, a, e)) < 0)
		return -1;
	*first = a;
	*end = e;
	return src;
}

/* Adverbs between an agent's auxiliary and its verb: "has so far". */
static const char *const agent_adverbs[] = {
	"already", "far", "now", "since", "so", "thus", NULL
};

/*
 * The agent of an acting verb at token v ("Police have arrested 2,536
 * people", "The company has so far laid off 2,199 workers") claims the
 * figures after the verb when the tracker knows it as a source and no
 * verb of saying is written in the sentence. The verb is in the present
 * perfect: a running total is the agent's own tally, while a simple past
 * narrates an event ("police arrested two men at the gate") that the
 * writer reports. One who shows the people counted ("X shared video of
 * two prisoners") or gives their count as a report ("Police provided a
 * 240,000 estimate") claims them in any tense.
 */
static bool
agent_cue(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t e = v, j;
	bool perfect = false, showing;

	if (t[v].kind != TOK_WORD || (t[v].flags & TF_CAP))
		return false;
	showing = tok_is(text, &t[v], "shared") || gives_report(text, t, n, v);
	if (!showing && !tok_in_sorted(text, &t[v], acting_verbs,
	    NWORDS(acting_verbs)))
		return false;
	if (tok_is(text, &t[v], "laid") && (v + 1 >= n ||
	    !tok_is(text, &t[v + 1], "off")))
		return false;
	if (tok_is(text, &t[v], "shared") && v + 1 < n &&
	    tok_is(text, &t[v + 1], "with"))
		return false;
	for (j = v; j > 0 && v - j < 4; j--)
		if (tok_is(text, &t[j - 1], "has") ||
		    tok_is(text, &t[j - 1], "have"))
			perfect = true;
	while (e > 0 && (tok_in(text, &t[e - 1], np_skips) ||
	    tok_in_sorted(text, &t[e - 1], agent_adverbs,
	    NWORDS(agent_adverbs))))
		e--;
	if (e == 0 || (!perfect && !showing))
		return false;
	cue_init(c, CUE_SAY, e - 1);	/* the verb is the figure's trigger */
	c->np_end = e;
	c->np_first = np_back(tr, text, t, n, e);
	if (c->np_first == c->np_end)
		return false;
	cue_settle(tr, text, t, c);
	if (c->source < 0 || c->pronoun || has_relayer(c))
		return false;
	c->forward = true;	/* nothing of the figures before it */
	c->win_first = c->np_first <= 8 || opening_date(text, t, n,
	    c->np_first) ? 0 : c->np_first;
	c->win_end = say_window_end(text, t, n, v);
	return true;
}

/*
 * "X registered its first death in May; 50 people have died since": a
 * statement ends at a semicolon after it, unless a colon before opens a
 * list ("X said: 40 dead; 30 hurt"), it is inside a quote, or the words
 * after the semicolon go on with it ("...; while 2,200 are missing",
 * "; and", "; including").
 */
static void
semicolon_end(const char *text, const struct token *t, size_t n,
    struct cue *c)
{
	static const char *const going_on[] = {
		"and", "including", "plus", "while", "whereas", "with", NULL
	};
	size_t j = c->np_end > c->pos ? c->np_end : c->pos + 1;

	if (c->until != 0 || c->kind == CUE_PASSIVE || in_quote(t, c->pos))
		return;
	for (; j + 1 < n; j++) {
		if (tok_punct(&t[j], ':') || tok_punct(&t[j], '"'))
			return;
		if (tok_punct(&t[j], ';')) {
			if (!tok_in(text, &t[j + 1], going_on))
				c->until = j;
			return;
		}
	}
}

/* Words that make a report the speaker's own: "X said its figures
 * showed", "X said it had compiled data showing". */
static const char *const own_pronouns[] = {
	"he", "her", "his", "it", "its", "our", "she", "their", "they", "we",
	NULL
};

/*
 * A report that names no one ("figures showing") in what a named
 * speaker says of its own work ("X said it had compiled figures showing
 * 673 died", "X said their data suggested") is the speaker's report: it
 * takes the speaker's claimant. The words between the verb of saying
 * and the report must hold such a pronoun and no break of clause (";",
 * "but", "while").
 */
static void
own_report(const char *text, const struct token *t, const struct cue *say,
    struct cue *rep)
{
	static const char *const breaks[] = { "but", "while", "whereas",
		"although", NULL };
	size_t i, end = rep->np_first;
	bool own = false;

	if (say->kind != CUE_SAY || rep->kind != CUE_REPORT ||
	    say->source < 0 || say->pronoun || has_relayer(say) ||
	    rep->source >= 0 || has_relayer(rep) || say->pos >= end ||
	    end - say->pos > 8 || (say->until != 0 && say->until <= end))
		return;
	for (i = say->pos + 1; i < end; i++) {
		if (tok_punct(&t[i], ';') || tok_punct(&t[i], '.') ||
		    tok_in(text, &t[i], breaks))
			return;
		if (tok_in(text, &t[i], own_pronouns))
			own = true;
	}
	if (!own)
		return;
	i = rep->pos;
	*rep = *say;
	rep->pos = i;
	rep->forward = false;
	rep->subordinate = false;
}

/* The most tokens of a description after a name that is read for a
 * source. */
#define DESCRIBED_LONG	14

/* Second halves of a word that ties one to whom its first half names:
 * "Moscow-backed", "Kremlin-appointed", "Kyiv-controlled". */
static const char *const backed_words[] = {
	"appointed", "backed", "controlled", "installed", "run", "sponsored",
	NULL
};

/* The source a one-word alias names as the first half of such a word
 * ("Russian-backed": the source of "Russian"), or -1. */
static long
backed_by(const struct tracker *tr, const char *text, const struct token *w)
{
	const char *s = text + w->off, *h;
	size_t i, len, k;

	h = memchr(s, '-', w->len);
	if (w->kind != TOK_WORD || h == NULL)
		return -1;
	len = (size_t)(h - s);
	for (k = 0; backed_words[k] != NULL; k++)
		if (strlen(backed_words[k]) == w->len - len - 1 &&
		    strncasecmp(h + 1, backed_words[k], w->len - len - 1) == 0)
			break;
	if (backed_words[k] == NULL)
		return -1;
	for (i = 0; i < tr->aliases.n; i++)
		if (tr->aliases.v[i].n == 1 &&
		    strlen(tr->aliases.v[i].w[0]) == len &&
		    strncmp(tr->aliases.v[i].w[0], s, len) == 0)
			return (long)tr->aliases.v[i].owner;
	return -1;
}

/*
 * "Anna Petrova, the Moldovan deputy minister, gave a toll", "According
 * to Omar Said, a Tunisian consular official, ...": a person the
 * gazetteer does not know, described between commas right after his
 * name, speaks for the state or body his description names. Sets the
 * cue's source from it; leaves it alone when the name is known, refers
 * back, or relays another.
 */
static void
described_after(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, struct cue *c)
{
	size_t a = c->np_end + 1, b;

	if (c->source >= 0 || c->pronoun || has_relayer(c) ||
	    c->kind == CUE_PASSIVE || c->np_end <= c->np_first ||
	    a >= n || !tok_punct(&t[c->np_end], ',') ||
	    !np_proper(text, t, c->np_first, c->np_end) ||
	    !tok_in(text, &t[a], articles))
		return;
	for (b = a + 1; b < n && b < a + DESCRIBED_LONG; b++)
		if (t[b].kind == TOK_PUNCT && t[b].ch != '\'' &&
		    t[b].ch != '-' && !title_dot(text, t, b))
			break;
	if (b >= n || !tok_punct(&t[b], ','))
		return;
	c->source = source_find(tr, text, t, a + 1, b);
	for (a++; c->source < 0 && a < b; a++)
		c->source = backed_by(tr, text, &t[a]);
}

size_t
cues_find(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, struct cue *out, size_t max)
{
	size_t i, nc = 0;

	for (i = 0; i < n && nc < max; i++)
		if (cue_at(tr, text, t, n, i, &out[nc]) || (nc > 0 &&
		    gapped_cue(tr, text, t, n, &out[nc - 1], i, &out[nc])))
			nc++;
	if (nc < max && trailing_cue(tr, text, t, n, &out[nc]))
		nc++;
	if (nc == 0 && leading_cue(tr, text, t, n, &out[nc]))
		nc++;
	for (i = 0; nc == 0 && i < n; i++)
		if (agent_cue(tr, text, t, n, i, &out[nc]))
			nc++;
	for (i = 0; i < nc; i++)
		semicolon_end(text, t, n, &out[i]);
	for (i = 1; i < nc; i++)
		own_report(text, t, &out[i - 1], &out[i]);
	for (i = 0; i < nc; i++)
		described_after(tr, text, t, n, &out[i]);
	return nc;
}

const struct cue *
cue_governing(const struct cue *c, size_t nc, size_t k)
{
	const struct cue *best = NULL;
	size_t i;

	for (i = 0; i < nc; i++)
		if (c[i].pos < k && c[i].kind != CUE_PASSIVE && !c[i].inner &&
		    (c[i].until == 0 || k < c[i].until))
			best = &c[i];
	if (best != NULL)
		return best;
	for (i = 0; i < nc; i++) {
		if (c[i].pos < k || c[i].kind == CUE_PASSIVE || c[i].inner ||
		    c[i].forward || (c[i].np_end > c[i].np_first &&
		    c[i].np_end <= k && c[i].np_first < k))
			continue;	/* "X, where 92 died, said": the
					   figure is in a clause set in
					   the statement */
		if (!c[i].subordinate)
			return &c[i];
		if (best == NULL)
			best = &c[i];
	}
	return best;
}

/* Does the "according to" cue name someone ("according to Kyiv",
 * "according to officials"), not a plan or a schedule? */
static bool
according_names(const char *text, const struct token *t, size_t n,
    const struct cue *c)
{
	return c->source >= 0 || has_relayer(c) ||
	    np_proper(text, t, c->np_first, c->np_end) ||
	    np_forward(text, t, n, c->np_first) > c->np_first;
}

/*
 * "the toll of 160 that was announced by X": a relative pronoun and
 * the auxiliary of a passive after a figure, skipped so that the
 * participle's agent claims the figure as "the toll of 160 announced
 * by X" would. The token after them, or end when there are none.
 */
static size_t
passive_relative(const char *text, const struct token *t, size_t n,
    size_t end)
{
	static const char *const rel[] = { "that", "which", NULL };
	static const char *const aux[] = {
		"are", "had", "has", "have", "is", "was", "were", NULL
	};
	size_t k = end;

	if (k >= n || !tok_in(text, &t[k], rel))
		return end;
	if (++k >= n || !tok_in(text, &t[k], aux))
		return end;
	if (++k < n && tok_is(text, &t[k], "been"))
		k++;
	return k;
}

const struct cue *
cue_attached(const struct cue *c, size_t nc, const char *text,
    const struct token *t, size_t n, size_t end)
{
	size_t i;

	if (end < n && tok_is(text, &t[end], "as"))
		end++;		/* "11,000 as reported by Seoul" */
	else
		end = passive_relative(text, t, n, end);
	for (i = 0; i < nc; i++) {
		if (c[i].pos != end)
			continue;
		if (c[i].kind == CUE_PASSIVE || (c[i].kind == CUE_ACCORDING &&
		    according_names(text, t, n, &c[i])))
			return &c[i];
	}
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

/*
 * "the Secretary for Food and Health Sophia Chan", "Minister of Foreign
 * Affairs Ahmed Ali": after a title and "for" or "of", the office runs
 * into the name. When three capitalized words or more end the phrase
 * [a, b) there, the last two are the person's; their first token, else
 * a.
 */
static size_t
office_name(const char *text, const struct token *t, size_t a, size_t b)
{
	static const char *const of[] = { "for", "of", NULL };
	size_t j, caps = 0;

	for (j = b; j > a && t[j - 1].kind == TOK_WORD &&
	    (t[j - 1].flags & TF_CAP) && !tok_in(text, &t[j - 1], of); j--)
		caps++;
	if (caps < 3 || j < 2)
		return a;
	/* the title and "for" before the office, inside the phrase or
	 * just before it (where the phrase's walk stopped) */
	while (j > 0 && j > a - (a >= 2 ? 2 : a) && !tok_in(text, &t[j - 1],
	    of) && (t[j - 1].kind == TOK_WORD && ((t[j - 1].flags & TF_CAP) ||
	    tok_is(text, &t[j - 1], "and"))))
		j--;
	if (j < 2 || !tok_in(text, &t[j - 1], of) || !tok_in_sorted(text,
	    &t[j - 2], titles, NWORDS(titles)))
		return a;
	return b - 2 > a ? b - 2 : a;
}

/* "New" before another capitalized word begins a name ("the New
 * Harbour Gazette"): no leader to drop. */
static bool
name_new(const char *text, const struct token *t, size_t a, size_t b)
{
	return tok_is(text, &t[a], "new") && (t[a].flags & TF_CAP) &&
	    a + 1 < b && t[a + 1].kind == TOK_WORD && (t[a + 1].flags & TF_CAP);
}

bool
cue_titled(const struct cue *c, const char *text, const struct token *t)
{
	size_t i;

	for (i = c->np_first; i + 1 < c->np_end; i++)
		if (tok_in_sorted(text, &t[i], titles, NWORDS(titles)) &&
		    (t[i + 1].flags & TF_CAP) && !tok_in_sorted(text,
		    &t[i + 1], titles, NWORDS(titles)))
			return true;
	return false;
}

/* Nouns of a body's kind before its name: "the rights group X", "the
 * aid agency X", "the NGO X" (sorted). The name is the claimant. */
static const char *const kind_nouns[] = {
	"agency", "charity", "group", "ngo", "organisation",
	"organization", "watchdog", NULL
};

char *
cue_claimant(const struct cue *c, const char *text, const struct token *t)
{
	size_t a = c->np_first, b = c->np_end, i, k;

	while (a < b && (tok_in(text, &t[a], np_leaders) ||
	    t[a].kind == TOK_PUNCT) && !name_new(text, t, a, b))
		a++;
	if (c->kind == CUE_REPORT || c->kind == CUE_ACCORDING) {
		while (b > a && tok_in_sorted(text, &t[b - 1], report_nouns,
		    NWORDS(report_nouns)) &&
		    !tok_is(text, &t[b - 1], "intelligence"))
			b--;
		if (b < c->np_end && c->source < 0 && !np_proper(text, t, a, b))
			return NULL;	/* "according to early estimates" */
	}
	while (b > a && t[b - 1].kind == TOK_POSS)
		b--;
	if (c->source < 0 && a < b && only_reports(text, t, a, b))
		return NULL;	/* "... After Shipwreck - Reports" */
	if ((k = office_name(text, t, a, b)) > a)
		return span_text(text, t, k, b);
	for (i = b; i > a; i--) {
		if (!tok_in_sorted(text, &t[i - 1], titles, NWORDS(titles)))
			continue;
		k = i < b && title_dot(text, t, i) ? i + 1 : i;
		if (k < b && (t[k].flags & TF_CAP) && !tok_in_sorted(text,
		    &t[k], np_words, NWORDS(np_words)) &&
		    !tok_in_sorted(text, &t[k], titles, NWORDS(titles)))
			return span_text(text, t, k, b);
	}
	for (i = b; c->source < 0 && i > a + 1; i--) {
		if (!(t[i - 1].flags & TF_CAP) || t[i - 1].kind != TOK_WORD)
			break;	/* "the Chinese broadcaster CGTN": the
				   outlet's name */
		if (tok_in_sorted(text, &t[i - 2], media_nouns,
		    NWORDS(media_nouns)) || tok_in_sorted(text, &t[i - 2],
		    kind_nouns, NWORDS(kind_nouns)))
			return span_text(text, t, i - 1, b);
	}
	if (c->source < 0 && !np_names(text, t, a, b))
		return NULL;
	return span_text(text, t, a, b);
}

bool
cue_whole(const struct cue *c, const char *text, const struct token *t)
{
	/* "some rights groups": a part of the kind, no body */
	static const char *const amounts[] = {
		"many", "other", "several", "some", NULL
	};
	const struct token *w;

	if (c->np_first == 0)
		return true;
	w = &t[c->np_first - 1];
	if (tok_in(text, w, amounts))
		return false;
	if (tok_is(text, w, "and") || tok_is(text, w, "or"))
		return false;	/* "Korean and Western sources": the last
				   of several, no one body */
	return w->kind != TOK_WORD || (w->flags & TF_CAP) ||
	    tok_in_sorted(text, w, function_words, NWORDS(function_words)) ||
	    tok_in(text, w, np_leaders);
}

char *
cue_relayer(const struct cue *c, const char *text, const struct token *t)
{
	size_t a = c->rel_first, b = c->rel_end;

	while (a < b && tok_in(text, &t[a], np_leaders))
		a++;
	while (b > a && (t[b - 1].kind == TOK_POSS || (tok_in_sorted(text,
	    &t[b - 1], report_nouns, NWORDS(report_nouns)) &&
	    !tok_is(text, &t[b - 1], "intelligence"))))
		b--;	/* "according to a Reuters report" */
	return span_text(text, t, a, b);
}

/* Words that follow the subject of a sentence: "Kyiv has", "Budanov
 * spoke". A word ending in -ed counts too. */
static const char *const subject_verbs[] = {
	"also", "are", "began", "brought", "came", "can", "could", "did",
	"does", "gave", "had", "has", "have", "held", "is", "kept", "later",
	"led", "left", "made", "may", "met", "might", "must", "put", "said",
	"saw", "says", "sent", "should", "sought", "spoke", "stood",
	"struck", "then", "told", "took", "was", "went", "were", "will",
	"would", "wrote", NULL
};

static bool
verb_like(const char *text, const struct token *t)
{
	if (t->kind != TOK_WORD || (t->flags & TF_CAP))
		return false;
	if (t->len > 3 && text[t->off + t->len - 2] == 'e' &&
	    text[t->off + t->len - 1] == 'd')
		return true;
	return tok_in_sorted(text, t, subject_verbs, NWORDS(subject_verbs)) ||
	    tok_in_sorted(text, t, say_verbs, NWORDS(say_verbs));
}

/*
 * Does a subject the gazetteer does not know name someone: a name of
 * two words ("Sabrina Singh") or people ("officials")? One capitalized
 * word opening a sentence ("Footage shared online ...") does not.
 */
static bool
mention_names(const char *text, const struct token *t, size_t a, size_t b)
{
	size_t i, caps = 0;

	for (i = a; i < b; i++) {
		if (cap_name(text, t, b, i))
			caps++;
		else if (t[i].kind == TOK_WORD && !(t[i].flags & TF_CAP) &&
		    tok_in_sorted(text, &t[i], np_words, NWORDS(np_words)) &&
		    !tok_is(text, &t[i], "of") && !tok_is(text, &t[i], "and"))
			return true;
	}
	return caps >= 2;
}

/* Words that open an aside between a subject and its verb: "X, who
 * steps down in January, condemned", "X, a former minister, spoke". */
static const char *const aside_openers[] = {
	"a", "an", "the", "which", "who", "whose", NULL
};

#define ASIDE_MAX 24	/* tokens of such an aside, commas included */

/*
 * The verb after an aside set off by commas that opens at token e (a
 * comma right after the subject): "President X, who is due to step down
 * in January, condemned ...", "Nyusi, 65, met ...". The verb's token,
 * or e when there is no such aside.
 */
static size_t
past_aside(const char *text, const struct token *t, size_t n, size_t e)
{
	size_t j;

	if (e + 2 >= n || !tok_punct(&t[e], ',') ||
	    !(t[e + 1].kind == TOK_NUM || tok_in(text, &t[e + 1],
	    aside_openers)))
		return e;
	for (j = e + 2; j < n && j - e < ASIDE_MAX; j++) {
		if (t[j].kind != TOK_PUNCT)
			continue;
		if (!tok_punct(&t[j], ','))
			return e;	/* a quote, a bracket: no aside */
		return j + 1 < n && verb_like(text, &t[j + 1]) ? j + 1 : e;
	}
	return e;
}

bool
mention_find(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, struct cue *c)
{
	size_t i = 0, e, v;

	if (n == 0 || t[0].kind != TOK_WORD)
		return false;	/* quoted speech names no subject */
	if (date_word(text, t, n, 0) || (tok_in_sorted(text, &t[0],
	    function_words, NWORDS(function_words)) &&
	    !tok_is(text, &t[0], "the"))) {
		while (i < n && i < 10 && !tok_punct(&t[i], ','))
			i++;	/* "On Friday, ...", "In a statement, ..." */
		if (i >= n || i >= 10)
			return false;
		i++;
	}
	e = np_forward(text, t, n, i);
	v = e < n ? past_aside(text, t, n, e) : e;
	if (e == i || v >= n || t[e - 1].kind == TOK_POSS ||
	    !verb_like(text, &t[v]) || !np_names(text, t, i, e) ||
	    plural_subject(tr, text, t, n, v))
		return false;	/* "Initial reports had" names no one */
	cue_init(c, CUE_MENTION, v);
	c->np_first = i;
	c->np_end = e;
	cue_settle(tr, text, t, c);
	return c->source >= 0 || c->pronoun || mention_names(text, t, i, e);
}

/*
 * The claimant chooser: when no cue governs a figure, the candidates
 * the sentence offers for it, each scored by syntax-light features, and
 * the best above a threshold.
 *
 * A candidate is a named agent that is the subject of a verb of saying,
 * reporting, counting or recording ("X recorded 40", "X, which ...,
 * confirmed"), with a time phrase allowed between ("X last week said"),
 * the subject after the verb in a reporting clause set off by a comma
 * ("..., says X"), the agent of such a verb in the passive ("tracked by
 * X"), the owner of a report ("X's figures", "X has data on"), or the
 * one named after a report noun ("data from X", "claims by X",
 * "projections from X"). A report that names no one ("early estimates
 * showed") is no candidate, nor a pronoun (coref's), nor an outlet
 * reporting without saying whom it cites.
 */

/* Verbs whose subject gives the figure after them. */
static const char *const choose_verbs[] = {
	"announce", "announced", "announces", "clarified", "clarifies",
	"confirm", "confirmed", "confirms", "count", "counted", "counts",
	"estimate", "estimated", "estimates", "expect", "expects",
	"indicate", "indicated", "indicates", "note", "noted", "notes",
	"record", "recorded", "records", "register", "registered",
	"registers", "report", "reported", "reporting", "reports", "said",
	"say", "says", "show", "showed", "shows", "suggest", "suggested",
	"suggests", "tallied", "told", NULL
};

/* Participles whose agent after "by" gave the figure: "tracked by X". */
static const char *const choose_passives[] = {
	"compiled", "confirmed", "counted", "documented", "estimated",
	"recorded", "registered", "reported", "tallied", "tracked",
	"verified", NULL
};

/*
 * "8 deaths were reported from Lofa", "cases recorded from three
 * districts": after a participle of counting, "from" names where the
 * people counted were, unless a body follows it ("reported from the
 * regional government"). Is token f such a "from"?
 */
static bool
from_place(const char *text, const struct token *t, size_t n, size_t f)
{
	size_t e, i;

	if (!tok_is(text, &t[f], "from"))
		return false;
	e = np_forward(text, t, n, f + 1);
	for (i = f + 1; i < e; i++)
		if (t[i].kind == TOK_WORD && !(t[i].flags & TF_CAP) &&
		    tok_in_sorted(text, &t[i], np_words, NWORDS(np_words)) &&
		    !tok_in(text, &t[i], np_not_nouns))
			return false;
	return true;
}

/* Nouns of a report whose giver follows "from" or "by": "data from X",
 * "claims by X". */
static const char *const choose_reports[] = {
	"claim", "claims", "count", "data", "estimate", "estimates",
	"figures", "numbers", "projections", "records", "report",
	"statistics", "tally", NULL
};


/* Points of a candidate: a source the gazetteer knows, a proper name;
 * a relation that governs the figure; less a point a token away. */
#define CHOOSE_KNOWN	30
#define CHOOSE_PROPER	12
#define CHOOSE_GOVERNS	20
#define CHOOSE_NEAR	5
#define CHOOSE_MIN	30
#define CHOOSE_OVERRIDE	40	/* over a cue that names no one */
#define CHOOSE_REACH	60	/* tokens beyond which none can score */

/* The end of the subject of the verb at v, back over words of time. */
static size_t
choose_subject_end(const char *text, const struct token *t, size_t n,
    size_t v)
{
	size_t e = v, j, q;

	while (e > 0 && v - e < 6 && (tok_in_sorted(text, &t[e - 1],
	    choose_gaps, NWORDS(choose_gaps)) || date_word(text, t, n, e - 1) ||
	    tok_in(text, &t[e - 1], np_skips)))
		e--;
	q = e > 3 && tok_punct(&t[e - 1], '"') && tok_punct(&t[e - 2], ',');
	if (e > 2 && (q || tok_punct(&t[e - 1], ','))) {
		/* "X, who has called it ..., said", "X, who called it
		 * "a disaster," said" */
		for (j = e - 1 - q; j > 1 && e - j < 30; j--)
			if (tok_punct(&t[j - 1], ',') && (tok_is(text, &t[j],
			    "who") || tok_is(text, &t[j], "which")))
				return j - 1;
	}
	return e;
}

/* Is there a break of clause (";") between tokens a and b? */
static bool
choose_break(const struct token *t, size_t a, size_t b)
{
	size_t i;

	if (a > b) {
		i = a;
		a = b;
		b = i;
	}
	for (i = a; i < b; i++)
		if (tok_punct(&t[i], ';'))
			return true;
	return false;
}

/* Does a reporting clause end the sentence from token j: a few words
 * of time or place, no statement of its own ("..., X said that the U.S.
 * could not confirm it")? */
static bool
statement_ends(const char *text, const struct token *t, size_t n, size_t j)
{
	size_t i;

	for (i = j; i < n; i++)
		if (i - j > 10 || tok_is(text, &t[i], "that") ||
		    tok_punct(&t[i], ':') || tok_punct(&t[i], ';'))
			return false;
	return true;
}

/* The score of the candidate c (verb at v) for the figure at k; below 0
 * when it may not claim it. */
static int
choose_score(const char *text, const struct token *t, size_t n,
    const struct cue *c, size_t v, size_t k)
{
	size_t a = c->np_first, b = c->np_end, near, far;
	int s;

	if (a >= b || (k >= a && k < b) || c->pronoun || has_relayer(c) ||
	    only_reports(text, t, a, b))
		return -1;
	if (c->source >= 0)
		s = CHOOSE_KNOWN;
	else if (np_proper(text, t, a, b))
		s = CHOOSE_PROPER;
	else
		return -1;	/* would name no source */
	near = a < v ? a : v;
	far = b > v + 1 ? b : v + 1;
	if (choose_break(t, k, k < near ? near : far) ||
	    (k > v && c->until > 0 && k >= c->until) ||
	    (k < near && (c->forward || c->subordinate)))
		return -1;	/* "..., while 3 were reported" */
	if (k > v && k >= b)
		s += CHOOSE_GOVERNS;	/* "X said ... 40" */
	else if (a == v + 2 || a == v + 3)
		s += CHOOSE_GOVERNS;	/* "40 ... tracked by X" */
	else if (k < near && a > 0 && (tok_punct(&t[a - 1], ',') ||
	    (v > 0 && v < a && tok_punct(&t[v - 1], ','))) &&
	    statement_ends(text, t, n, far))
		s += CHOOSE_GOVERNS;	/* "40 ..., X said", "..., says X" */
	else if (k < near)
		s += CHOOSE_NEAR;
	s -= (int)(k < near ? near - k : k - far + 1) / 2;
	return s;
}

/* Fill c as a candidate naming [a, b), for the verb at v. */
static bool
choose_fill(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, size_t a, size_t b, struct cue *c)
{
	if (a >= b || !np_names(text, t, a, b))
		return false;
	cue_init(c, CUE_SAY, v);
	c->np_first = a;
	c->np_end = b;
	c->win_first = a < v ? a : v;
	c->win_end = say_window_end(text, t, n, v);
	c->until = contrast_after(text, t, n, c, v);
	if (c->until == 0 && a < v)
		c->until = later_event(text, t, n, v);
	if (c->until == 0)
		c->until = clause_confined(text, t, n, c, v);
	c->forward = a < v && opens_clause(text, t, n, a, v);
	c->subordinate = a > 0 && a < v && tok_in(text, &t[a - 1],
	    subordinators);
	cue_settle(tr, text, t, c);
	return true;
}

/* Is the verb at v, after the words of time back to e, a passive ("X
 * is estimated to have sent")? Its subject is what is counted. */
static bool
choose_passive(const char *text, const struct token *t, size_t e, size_t v)
{
	static const char *const be[] = {
		"are", "be", "been", "being", "is", "was", "were", NULL
	};
	const char *w = text + t[v].off;

	if (!((t[v].len > 2 && strncmp(w + t[v].len - 2, "ed", 2) == 0) ||
	    tok_is(text, &t[v], "said") || tok_is(text, &t[v], "told")))
		return false;
	for (; e < v; e++)
		if (tok_in(text, &t[e], be))
			return true;
	return false;
}


/*
 * A body described by what it does, ending at e: "The organisation
 * coordinating emergency services in the region", "the team in charge
 * of rescue services". Walks back in the clause to an article followed
 * within two words by a body's head noun; the description counts only
 * when it holds an alias the gazetteer knows. Its first token, or e.
 */
static size_t
described_body(const struct tracker *tr, const char *text,
    const struct token *t, size_t e)
{
	size_t j, f = clause_first(text, t, e), k;

	for (j = e; j > f && e - j < 16; j--) {
		if (!tok_in(text, &t[j - 1], articles))
			continue;
		for (k = j; k < e && k < j + 2; k++)
			if (!(t[k].flags & TF_CAP) && tok_in_sorted(text, &t[k],
			    body_nouns, NWORDS(body_nouns)))
				break;
		if (k < e && k < j + 2 && source_find(tr, text, t, k + 1, e) >= 0)
			return j - 1;
	}
	return e;
}

/* Modifiers between an owner and its report: "X's latest count". */
static const char *const report_modifiers[] = {
	"daily", "final", "initial", "last", "latest", "new", "official",
	"own", "preliminary", "provisional", "revised", "updated", NULL
};

/* A report noun at i or after one or two modifiers: its token, or n. */
static size_t
report_after(const char *text, const struct token *t, size_t n, size_t i)
{
	size_t j;

	for (j = i; j < n && j < i + 3; j++) {
		if (tok_in_sorted(text, &t[j], choose_reports,
		    NWORDS(choose_reports)))
			return j;
		if (!tok_in_sorted(text, &t[j], report_modifiers,
		    NWORDS(report_modifiers)))
			break;
	}
	return n;
}

/* Participles of handing out a report: "the figure, provided by X". */
static const char *const supplied[] = {
	"given", "issued", "provided", "published", "released", "supplied",
	NULL
};

/* Words for a count that is revised: "raised the death toll to". */
static const char *const toll_nouns[] = {
	"count", "estimate", "figure", "number", "tally", "toll", NULL
};

/* Verbs of speaking of a figure: "X spoke of 8,000". */
static const char *const speaking_of[] = {
	"speaks", "spoke", "spoken", "talked", "talks", NULL
};

/* Verbs of revising a count. */
static const char *const revising[] = {
	"lowered", "raised", "revised", "updated", "upped", NULL
};

/* Is a report or a count named a few words before token v, in its
 * clause ("the figure of 40, provided by")? */
static bool
report_before(const char *text, const struct token *t, size_t v)
{
	size_t j;

	for (j = v; j > 0 && v - j < 12; j--) {
		if (tok_punct(&t[j - 1], ';') || tok_punct(&t[j - 1], '.'))
			return false;
		if (tok_in(text, &t[j - 1], toll_nouns) || tok_in_sorted(text,
		    &t[j - 1], choose_reports, NWORDS(choose_reports)))
			return true;
	}
	return false;
}

/* Is a count the object of the verb at v: "raised the death toll"? */
static bool
toll_after(const char *text, const struct token *t, size_t n, size_t v)
{
	size_t j;

	for (j = v + 1; j < n && j < v + 6; j++) {
		if (t[j].kind == TOK_PUNCT && t[j].kind != TOK_POSS)
			return false;
		if (tok_in(text, &t[j], toll_nouns))
			return true;
	}
	return false;
}

/* Every word at which choose_at() may find a candidate (the union of
 * its tables, and "per", "as", "stated"): one look-up skips the rest. */
static const char *const choose_triggers[] = {
	"announce", "announced", "announces", "as", "claim", "claims",
	"clarified", "clarifies", "compiled", "confirm", "confirmed",
	"confirms", "count", "counted", "counts", "data", "documented",
	"estimate", "estimated", "estimates", "expect", "expects",
	"figures", "gave", "given", "indicate", "indicated",
	"indicates", "issued", "lowered", "note", "noted", "notes",
	"numbers", "offered", "per", "projections", "provided",
	"published", "raised", "record", "recorded", "records",
	"register", "registered", "registers", "released", "report",
	"reported", "reporting", "reports", "revised", "said", "say",
	"says", "show", "showed", "shows", "speaks", "spoke", "spoken",
	"stated", "statistics", "suggest", "suggested", "suggests",
	"supplied", "talked", "talks", "tallied", "tally", "told",
	"tracked", "updated", "upped", "verified", NULL
};

/* Words of time between a participle and its agent (sorted). */
static const char *const agent_times[] = {
	"earlier", "in", "last", "later", "on", "this", "today",
	"yesterday", NULL
};

/*
 * "..., a partial mobilization, announced earlier on Wednesday by X":
 * a participle after a comma whose agent follows after "by", past words
 * of time only, says what X did to the noun before the comma; it is no
 * inverted clause of saying ("..., said X"). Is the verb at v one?
 */
static bool
participle_by(const char *text, const struct token *t, size_t n, size_t v)
{
	size_t j;

	for (j = v + 1; j < n && j < v + 8; j++) {
		if (tok_is(text, &t[j], "by"))
			return true;
		if (!tok_in_sorted(text, &t[j], agent_times,
		    NWORDS(agent_times)) && !date_word(text, t, n, j))
			return false;
	}
	return false;
}

/* The candidate whose word is at v, if any. */
static bool
choose_at(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c)
{
	size_t e, a, j;

	if (t[v].kind == TOK_POSS && v > 0 && (j = report_after(text, t, n,
	    v + 1)) < n)
		return choose_fill(tr, text, t, n, j, np_back(tr, text, t,
		    n, v), v, c);	/* "X's (latest) figures" */
	if (t[v].kind != TOK_WORD || (t[v].flags & TF_CAP) ||
	    !tok_in_sorted(text, &t[v], choose_triggers,
	    NWORDS(choose_triggers)))
		return false;
	if (tok_is(text, &t[v], "per") || (tok_is(text, &t[v], "as") &&
	    v + 1 < n && tok_is(text, &t[v + 1], "per"))) {
		a = tok_is(text, &t[v], "as") ? v + 2 : v + 1;
		if (a >= n || (v > 0 && tok_is(text, &t[v - 1], "as")))
			return false;	/* "(as) per X" */
		return choose_fill(tr, text, t, n, v, a, np_forward(text, t,
		    n, a), c);
	}
	if (v > 0 && v + 2 < n && tok_is(text, &t[v + 1], "by") &&
	    tok_in(text, &t[v], supplied) && report_before(text, t, v))
		return choose_fill(tr, text, t, n, v, v + 2, np_forward(text,
		    t, n, v + 2), c);	/* "the figure, provided by X," */
	if (v + 2 < n && tok_is(text, &t[v + 1], "in") && v > 0 &&
	    tok_is(text, &t[v - 1], "as") && (tok_in_sorted(text, &t[v],
	    choose_passives, NWORDS(choose_passives)) || tok_is(text, &t[v],
	    "stated")))
		return choose_fill(tr, text, t, n, v, v + 2, np_forward(text,
		    t, n, v + 2), c);	/* "as stated in X" */
	if (v > 0 && v + 1 < n && tok_is(text, &t[v + 1], "of") &&
	    tok_in(text, &t[v], speaking_of)) {
		for (e = v; e > 0 && tok_in(text, &t[e - 1], np_skips); e--)
			;	/* "X had spoken of up to 8,000" */
		return e > 0 && choose_fill(tr, text, t, n, v, np_back(tr,
		    text, t, n, e), e, c);
	}
	if (tok_in(text, &t[v], revising) && toll_after(text, t, n, v)) {
		for (e = v; e > 0 && (tok_in(text, &t[e - 1], np_skips) ||
		    date_word(text, t, n, e - 1)); e--)
			;	/* "X on Monday raised the toll to" */
		return e > 0 && choose_fill(tr, text, t, n, v, np_back(tr,
		    text, t, n, e), e, c);
	}
	if (v + 2 < n && (tok_is(text, &t[v + 1], "by") ||
	    tok_is(text, &t[v + 1], "from")) && ((tok_in_sorted(text, &t[v],
	    choose_passives, NWORDS(choose_passives)) &&
	    !from_place(text, t, n, v + 1)) || tok_in_sorted(text, &t[v],
	    choose_reports, NWORDS(choose_reports)))) {
		a = v + 2;	/* "tracked by X", "data from X" */
		if (a + 1 < n && t[a].kind == TOK_WORD && !(t[a].flags &
		    TF_CAP) && !tok_is(text, &t[a], "the") &&
		    (t[a + 1].flags & TF_CAP))
			a++;	/* "by volunteer Jane Doe" */
		return choose_fill(tr, text, t, n, v, a, np_forward(text, t,
		    n, a), c);
	}
	if (v > 1 && (tok_is(text, &t[v], "data") || tok_is(text, &t[v],
	    "figures")) && (tok_is(text, &t[v - 1], "has") ||
	    tok_is(text, &t[v - 1], "have"))) {
		e = v - 1;	/* "X has data on" */
		return choose_fill(tr, text, t, n, v, np_back(tr, text, t, n,
		    e), e, c);
	}
	if (gives_report(text, t, n, v)) {	/* "X provided a 240,000
						   estimate" */
		for (e = v; e > 0 && tok_in(text, &t[e - 1], np_skips); e--)
			;
		return e > 0 && choose_fill(tr, text, t, n, v, np_back(tr,
		    text, t, n, e), e, c);
	}
	if (!tok_in_sorted(text, &t[v], choose_verbs, NWORDS(choose_verbs)) ||
	    (v > 0 && (t[v - 1].kind == TOK_POSS || tok_in(text, &t[v - 1],
	    articles))))
		return false;
	if (v + 1 < n && (tok_in_sorted(text, &t[v + 1], choose_verbs,
	    NWORDS(choose_verbs)) || tok_in(text, &t[v + 1], citing) ||
	    plural_subject(tr, text, t, n, v)))
		return false;	/* "reports said": a noun */
	e = choose_subject_end(text, t, n, v);
	if (choose_passive(text, t, e, v))
		return false;
	if (e > 1 && tok_punct(&t[e - 1], ',') && (a = np_back(tr, text, t,
	    n, e - 1)) < e - 1 && source_find(tr, text, t, a, e - 1) >= 0 &&
	    (a == 0 || tok_in(text, &t[a - 1], clause_openers)))
		return choose_fill(tr, text, t, n, v, a, e - 1, c);
		/* "the agency (IOM), estimated that" */
	if (e > 0 && (a = np_back(tr, text, t, n, e)) < e &&
	    !tok_punct(&t[e - 1], ',')) {
		if (by_agent(text, t, a, e, e))
			return false;	/* "soldiers held by X said" */
		if (source_find(tr, text, t, a, e) < 0 &&
		    (j = described_body(tr, text, t, e)) < a)
			a = j;	/* "the organisation coordinating ..." */
		return choose_fill(tr, text, t, n, v, a, e, c);
	}
	if (v > 0 && tok_punct(&t[v - 1], ',')) {	/* "..., says X" */
		e = np_forward(text, t, n, v + 1);
		if (e == v + 1 || source_find(tr, text, t, v + 1, e) < 0)
			e = cited_end(text, t, n, v + 1); /* "says junta
							     chief X" */
		for (j = v + 1; j < e; j++)
			if (verb_like(text, &t[j]) || tok_in(text, &t[j],
			    citing))
				return false;
		if (participle_by(text, t, n, v))
			return false;	/* "..., announced by X" */
		return choose_fill(tr, text, t, n, v, v + 1, e, c);
	}
	if (e > 2 && (tok_is(text, &t[e - 1], "which") || tok_is(text,
	    &t[e - 1], "who")) && tok_punct(&t[e - 2], ',') &&
	    (a = np_back(tr, text, t, n, e - 2)) < e - 2)
		return choose_fill(tr, text, t, n, v, a, e - 2, c);
		/* "a briefing by X, which reported 100" */
	return false;
}

/* choose_at(), its answer kept in kept[v] when kept is not NULL. */
static bool
choose_kept(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t v, struct cue *c, struct choose_kept *kept)
{
	if (kept == NULL)
		return choose_at(tr, text, t, n, v, c);
	if (!kept[v].asked) {
		kept[v].ok = choose_at(tr, text, t, n, v, &kept[v].cue);
		kept[v].asked = true;
	}
	if (kept[v].ok)
		*c = kept[v].cue;
	return kept[v].ok;
}

/* Does the cue name no one the claim can be given to: no source, no
 * proper name, no one to look back for ("officials said", "Greek media
 * were reporting", "according to early estimates")? */
static bool
cue_weak(const char *text, const struct token *t, const struct cue *c)
{
	return c->source < 0 && !c->pronoun && c->kind != CUE_PASSIVE &&
	    !np_proper(text, t, c->np_first, c->np_end);
}

bool
cue_choose(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t k, const struct cue *gov, struct cue *out)
{
	return cue_choose_kept(tr, text, t, n, k, gov, out, NULL);
}

bool
cue_choose_kept(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t k, const struct cue *gov,
    struct cue *out, struct choose_kept *kept)
{
	struct cue c;
	size_t v;
	int s, best = (gov == NULL ? CHOOSE_MIN : CHOOSE_OVERRIDE) - 1;
	bool weak;

	if (gov != NULL && (gov->source >= 0 || gov->pronoun ||
	    gov->kind == CUE_PASSIVE || has_relayer(gov)))
		weak = false;
	else
		weak = gov == NULL || cue_weak(text, t, gov);
	if (gov != NULL && !weak && gov->np_first == gov->np_end)
		return false;
	for (v = k > CHOOSE_REACH ? k - CHOOSE_REACH : 0; v < n &&
	    v < k + CHOOSE_REACH + 20; v++) {
		if (v == k || (gov != NULL && ((v < gov->pos &&
		    gov->pos < k) || (k < gov->pos && gov->pos < v))) ||
		    !choose_kept(tr, text, t, n, v, &c, kept) ||
		    (gov != NULL && c.source < 0))
			continue;	/* the nameless cue is nearer */
		if (gov != NULL && !weak && (c.np_first > gov->np_first ||
		    c.np_end < gov->np_end || c.np_end - c.np_first <=
		    gov->np_end - gov->np_first))
			continue;	/* a name: only the same one, read
					   longer ("the body ... in X") */
		if ((s = choose_score(text, t, n, &c, v, k)) > best) {
			best = s;
			*out = c;
		}
	}
	return best >= (gov == NULL ? CHOOSE_MIN : CHOOSE_OVERRIDE);
}

size_t
cue_agents(const struct tracker *tr, const char *text, const struct token *t,
    size_t n, size_t k, struct cue *out, int *score, size_t max)
{
	return cue_agents_kept(tr, text, t, n, k, out, score, max, NULL);
}

size_t
cue_agents_kept(const struct tracker *tr, const char *text,
    const struct token *t, size_t n, size_t k, struct cue *out, int *score,
    size_t max, struct choose_kept *kept)
{
	struct cue c;
	size_t v, m = 0;

	for (v = k > CHOOSE_REACH ? k - CHOOSE_REACH : 0; v < n &&
	    v < k + CHOOSE_REACH + 20 && m < max; v++) {
		if (v == k || !choose_kept(tr, text, t, n, v, &c, kept))
			continue;
		out[m] = c;
		score[m++] = choose_score(text, t, n, &c, v, k);
	}
	return m;
}

bool
cue_outlet(const struct tracker *tr, const char *text, const struct token *t,
    const struct cue *c)
{
	return c->np_first < c->np_end && is_outlet(tr, text, t, c->np_first,
	    c->np_end);
}
