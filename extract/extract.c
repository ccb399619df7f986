/*
 * extract.c - see extract.h. The decisions, in the order they are taken:
 *
 *  1. sentence: the body is split into sentences (sentences.h); one with
 *     no digit or number word is skipped before it is tokenized
 *     (prefilter.h, which says why that changes nothing);
 *  2. numbers: each amount is read as a number phrase, with its
 *     qualifier and interval (numbers.h);
 *  3. is it a claim: it counts a tracker noun (after it, before it, "N
 *     strong", "each of N") about the tracked subject, and is no year,
 *     date, money, age, rate or capacity; or it is an elided count of the
 *     subject just named (number_counts, claim_subject); else the safety
 *     net of netfig.h takes a bare figure near a tracker word, and under
 *     it a learned model (models/figure.h) adds a figure it is sure of;
 *  4. qualifier and figure, a product multiplied out (claim_fill_number);
 *  5. quantity: the tracker's trigger of the figure's own verb or
 *     clause (quantity.h); then modality, which weighs the quantity
 *     (modality_of), and scope;
 *  6. claimant and source: the cue attached to the figure, else the one
 *     governing it; a pronoun or description through coref.c (attribute);
 *  7. date: in the cue's words, "the same day", or the same source's
 *     statement next door (date_of).
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "carry.h"
#include "claimant.h"
#include "claimdate.h"
#include "claimtrack.h"
#include "date.h"
#include "extract.h"
#include "extract_int.h"
#include "home.h"
#include "linmodel.h"
#include "coref.h"
#include "netfig.h"
#include "numbers.h"
#include "prefilter.h"
#include "quantity.h"
#include "reread.h"
#include "util.h"
#include "verbqual.h"

/* What a number counts: the noun phrase after it. */
struct counted {
	size_t	 np_first;	/* first token of the subject phrase */
	size_t	 cue_first;	/* first subject cue token, or SIZE_MAX */
	size_t	 noun;		/* first token of the counted noun */
	size_t	 end;		/* token just past the noun */
	long	 qnoun;		/* quantity named by the noun, or -1 */
	bool	 foreign;	/* a proper adjective that is no cue */
	bool	 left_out;	/* no noun written: the tracker's first one */
	bool	 beyond;	/* "the toll passed N": more than N */
	bool	 part;		/* "N of the M troops": the claim ends at N */
};

/* ct emptied for a subject phrase from token np_first: no cue, no
 * noun yet, no quantity of its own. */
static void
counted_reset(struct counted *ct, size_t np_first)
{
	memset(ct, 0, sizeof(*ct));
	ct->np_first = np_first;
	ct->cue_first = SIZE_MAX;
	ct->qnoun = -1;
}


static const char *const modifiers[] = {
	"more", "additional", "extra", "fresh", "new", "elite", "special",
	"military", "combat", "ground", "regular", "active", "reserve",
	"other", "young", "foreign", "armed", "trained", "enlisted",
	"of", "total", "strong", "crack", "well-trained", "regular",
	"infantry", "assault", "front-line", "frontline", NULL
};

static const char *const money_words[] = {
	"dollars", "euros", "pounds", "won", "rubles", "roubles", "yuan",
	"yen", "hryvnias", "hryvnia", "usd", "eur", "percent", "pc", "%",
	"rupees", "rupee", "taka", NULL
};

static const char *const year_preps[] = {
	"in", "since", "by", "until", "from", "of", "before", "after",
	"early", "late", "mid", "during", "through", NULL
};

static const char *const scope_preps[] = {
	"in", "into", "inside", "to", "near", "within", "at", "across",
	NULL
};

static const char *const place_words[] = {
	"region", "oblast", "province", "area", "border", "front", "zone",
	"territory", NULL
};

static bool
adjective_like(const char *text, const struct token *t)
{
	const char *s = text + t->off;
	size_t n = t->len;

	if (t->kind != TOK_WORD)
		return false;
	if (tok_in(text, t, modifiers) || memchr(s, '-', n) != NULL)
		return true;
	if (n > 4 && (strncmp(s + n - 2, "ed", 2) == 0 ||
	    strncmp(s + n - 2, "al", 2) == 0 ||
	    strncmp(s + n - 3, "ive", 3) == 0 ||
	    strncmp(s + n - 3, "ary", 3) == 0))
		return true;
	return (t->flags & TF_CAP) != 0;
}

/* "(UAW)": a name's short form in parentheses at token k. */
static bool
acronym_in_parens(struct ctx *c, size_t k)
{
	return k + 2 < c->n && tok_punct(&c->tok[k], '(') &&
	    (c->tok[k + 1].flags & TF_UPPER) && tok_punct(&c->tok[k + 2], ')');
}

static const char *const phrase_enders[];

/* A common noun before a counted one, naming its kind: "auto" of "auto
 * workers", "health" of "health workers". */
static bool
noun_adjunct(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	return k + 1 < c->n && t->kind == TOK_WORD && !(t->flags & TF_CAP) &&
	    t->len > 2 && !tok_in(c->text, t, phrase_enders) &&
	    phrase_match(&c->tr->nouns, c->text, c->tok, k + 1, c->n,
	    NULL) > 0;
}

/* The counted noun after token j (skipping cues and modifiers). */
/* Is word w[0, len) one of the phrases of list l written as one word
 * (a counted noun, a trigger), as the list writes it? */
static bool
listed_word(const struct phraselist *l, const char *w, size_t len)
{
	struct token t[2];

	if (len == 0 || len > 40 || tokenize(w, 0, len, t, 2) != 1)
		return false;
	return phrase_match(l, w, t, 0, 1, NULL) == 1;
}

/* Is word w[0, len) one of the tracker's counted nouns? */
static bool
counted_word(const struct tracker *tr, const char *w, size_t len)
{
	return listed_word(&tr->nouns, w, len);
}

/*
 * The plural of the singular noun at token k, in buf (size n), read
 * as a count mostly is written and the tracker's lists hold it: some
 * irregular plurals, a "-man" as "-men", "-y" after a consonant as
 * "-ies", "-s", "-x", "-ch", "-sh" as "-es", else "-s". Its length,
 * or 0 when none is left. Called again with the same *irr (0 at
 * first), it gives the next form: the irregular ones, then the regular.
 */
static size_t
plural_of(struct ctx *c, size_t k, char *buf, size_t n, size_t *irr)
{
	static const char *const irregular[][2] = {
		{ "child", "children" }, { "person", "people" },
		{ "person", "persons" },
	};
	const struct token *t = &c->tok[k];
	const char *w = c->text + t->off;
	size_t len = t->len;

	if (*irr == SIZE_MAX || t->kind != TOK_WORD || (t->flags & TF_CAP) ||
	    len < 3 || len + 3 > n || w[len - 1] == 's')
		return 0;
	for (; *irr < sizeof(irregular) / sizeof(*irregular); (*irr)++)
		if (tok_is(c->text, t, irregular[*irr][0])) {
			len = strlen(irregular[*irr][1]);
			memcpy(buf, irregular[(*irr)++][1], len);
			return len;
		}
	*irr = SIZE_MAX;	/* the regular form is the last */
	memcpy(buf, w, len);
	if (len > 3 && memcmp(w + len - 3, "man", 3) == 0) {
		buf[len - 2] = 'e';	/* "woman", "policeman" */
		return len;
	}
	if (w[len - 1] == 'y' && strchr("aeiou", w[len - 2]) == NULL) {
		memcpy(buf + len - 1, "ies", 3);	/* "baby" */
		return len + 2;
	}
	if (w[len - 1] == 'x' || (w[len - 1] == 'h' &&
	    (w[len - 2] == 'c' || w[len - 2] == 's'))) {
		memcpy(buf + len, "es", 2);
		return len + 2;
	}
	buf[len] = 's';
	return len + 1;
}

/* Is the plural of the singular at token k in list l? */
static bool
plural_listed(struct ctx *c, size_t k, const struct phraselist *l)
{
	char buf[48];
	size_t irr = 0, len;

	while ((len = plural_of(c, k, buf, sizeof(buf), &irr)) > 0)
		if (listed_word(l, buf, len))
			return true;
	return false;
}

/*
 * Is token k, after "one", the singular of a counted noun: "one
 * person", "one woman", "one child", "one protester", "one baby"? The
 * lists hold plurals, as a count mostly is. Lower-case words only:
 * "one Indonesian" is a name's.
 */
static bool
singular_counted(struct ctx *c, size_t k)
{
	return plural_listed(c, k, &c->tr->nouns);
}

/*
 * Men, women and individuals are people: a tracker that counts
 * "people" counts "three men" and "one woman" too, though its list
 * names only the word for all of them; the singular only after "one". Not "girls", "boys":
 * children in the news are more often a story's victims than its count.
 */
static bool
kind_of_people(struct ctx *c, size_t j, size_t k)
{
	static const char *const plural[] = {
		"men", "women", "individuals", NULL
	};
	static const char *const singular[] = {
		"man", "woman", "individual", NULL
	};
	const struct token *t = &c->tok[k];

	if (t->kind != TOK_WORD || (t->flags & TF_CAP && k != 0) ||
	    !counted_word(c->tr, "people", 6))
		return false;
	if (tok_in(c->text, t, plural))
		return true;
	return j > 0 && (tok_is(c->text, &c->tok[j - 1], "one") ||
	    (c->tok[j - 1].kind == TOK_NUM && c->tok[j - 1].num == 1 &&
	    c->tok[j - 1].len == 1)) && tok_in(c->text, t, singular);
}

/*
 * An adverb in "-ly" before an adjective is part of the noun's
 * modifiers: "two critically injured people", "42 mostly Afghan
 * migrants", "3,000 internally displaced persons". Only before a word
 * read as an adjective, so "family", "rally" or "early" before a noun
 * stay what they are.
 */
static bool
adverb_of_adjective(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	return k + 1 < c->n && t->kind == TOK_WORD && !(t->flags & TF_CAP) &&
	    t->len > 5 && c->text[t->off + t->len - 2] == 'l' &&
	    c->text[t->off + t->len - 1] == 'y' &&
	    adjective_like(c->text, &c->tok[k + 1]);
}

static bool
counted_after(struct ctx *c, size_t j, struct counted *ct)
{
	const struct tracker *tr = c->tr;
	size_t k = j, len, which, mods = 0;

	counted_reset(ct, j);
	if (k < c->n && (tok_punct(&c->tok[k], '"') ||
	    tok_punct(&c->tok[k], '\'')))
		k++;		/* "\"several hundred\" casualties" */
	while (k < c->n && mods <= 4) {
		if ((len = phrase_match(&tr->qnouns, c->text, c->tok, k, c->n,
		    &which)) > 0)
			ct->qnoun = (long)tr->qnouns.v[which].owner;
		else
			len = phrase_match(&tr->nouns, c->text, c->tok, k, c->n,
			    NULL);
		if (len == 0 && j > 0 && (tok_is(c->text, &c->tok[j - 1],
		    "one") || (c->tok[j - 1].kind == TOK_NUM &&
		    c->tok[j - 1].num == 1 && c->tok[j - 1].len == 1)) &&
		    singular_counted(c, k))
			len = 1;	/* "one person", "one woman" */
		if (len == 0 && kind_of_people(c, j, k))
			len = 1;	/* "three men" */
		if (len > 0) {
			ct->noun = k;
			ct->end = k + len;
			if (ct->cue_first == SIZE_MAX && phrase_match(&tr->cues,
			    c->text, c->tok, k, c->n, NULL) > 0)
				ct->cue_first = k;	/* "3,000 North Koreans" */
			return true;
		}
		if ((len = phrase_match(&tr->cues, c->text, c->tok, k, c->n,
		    NULL)) > 0) {
			if (ct->cue_first == SIZE_MAX)
				ct->cue_first = k;
			k += len;
		} else if (k > j && acronym_in_parens(c, k))
			k += 3;		/* "United Auto Workers (UAW) members" */
		else if (noun_adjunct(c, k))
			k++;		/* "rail workers" */
		else if (adverb_of_adjective(c, k))
			k++;		/* "critically injured people" */
		else if (adjective_like(c->text, &c->tok[k])) {
			if ((c->tok[k].flags & TF_CAP) &&
			    !tok_in(c->text, &c->tok[k], modifiers))
				ct->foreign = true;	/* not "Of", "New" */
			k++;
		} else
			return false;
		mods++;
	}
	return false;
}

/* Does a month's name end just before token i ("July", "Aug.")? */
static bool
month_before(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;

	if (i > 0 && tok_month(c->text, &t[i - 1], true) > 0)
		return true;
	return i > 1 && tok_punct(&t[i - 1], '.') &&
	    tok_month(c->text, &t[i - 2], true) > 0;
}

/*
 * The second day of a span of days after its month: the 6 of "between
 * August 5 and 6", "on March 3 to 5", "July 8 through 10". A span runs
 * forward: the 18 of "since January 19 to 18" is a figure.
 */
static bool
second_day(struct ctx *c, size_t i)
{
	static const char *const joins[] = {
		"and", "through", "till", "to", "until", NULL
	};
	const struct token *t = c->tok;

	if (i < 3 || !(tok_in(c->text, &t[i - 1], joins) ||
	    tok_punct(&t[i - 1], '-')))
		return false;
	return t[i - 2].kind == TOK_NUM && t[i - 2].num < t[i].num &&
	    !(t[i - 2].flags & (TF_DECIMAL | TF_TIME)) && month_before(c, i - 2);
}

/* A link of a list of days: ",", "and", "or". */
static bool
day_link(struct ctx *c, size_t k)
{
	return tok_punct(&c->tok[k], ',') || tok_is(c->text, &c->tok[k],
	    "and") || tok_is(c->text, &c->tok[k], "or");
}

/*
 * A later day of a list of three or more after its month: the 16 and
 * 17 of "on December 13, 14, 16 and 17", each bigger than the one
 * before and counting nothing after it. A figure with a noun after a
 * date is a count ("on March 3 and 4, 12 people died"), and so is one
 * right after "March 3," unless the list goes on after it.
 */
static bool
day_in_list(struct ctx *c, size_t i)
{
	const struct token *t = c->tok;
	size_t j = i, links = 0;

	while (j >= 2 && day_link(c, j - 1) && t[j - 2].kind == TOK_NUM &&
	    t[j - 2].num < t[j].num && !(t[j - 2].flags & (TF_DECIMAL |
	    TF_TIME | TF_ORDINAL))) {
		j -= 2;
		links++;
		if (!month_before(c, j))
			continue;
		if (links >= 2)
			return i + 1 >= c->n || t[i + 1].kind == TOK_PUNCT ||
			    day_link(c, i + 1);
		return i + 3 < c->n && day_link(c, i + 1) &&	/* goes on */
		    t[i + 2].kind == TOK_NUM && t[i + 2].num > t[i].num &&
		    (t[i + 3].kind == TOK_PUNCT || day_link(c, i + 3));
	}
	return false;
}

/*
 * "on Saturday (13)", "Monday morning (13)": the day of the month in
 * brackets after its weekday, as wire copy translated from Portuguese
 * and Spanish writes dates; a part of the day may stand between.
 */
static bool
day_in_brackets(struct ctx *c, const struct numphrase *np)
{
	static const char *const day_parts[] = {	/* sorted */
		"afternoon", "evening", "morning", "night", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first, e = np->end;

	if (np->qual != QUAL_EXACT || np->value < 1 || np->value > 31 ||
	    f < 2 || e >= c->n || np->num_first != f ||
	    t[f].kind != TOK_NUM || !tok_punct(&t[f - 1], '(') ||
	    !tok_punct(&t[e], ')'))
		return false;
	if (tok_weekday(c->text, &t[f - 2]) >= 0)
		return true;
	return f >= 3 && tok_in_sorted(c->text, &t[f - 2], day_parts,
	    NWORDS(day_parts)) && tok_weekday(c->text, &t[f - 3]) >= 0;
}

/*
 * "July 1", "Aug. 12", "12 May": the day of a date; and a span of days,
 * "3-5 March", "between 12 and 14 June", "November 29-30", "between
 * August 5 and 6": days, not a range of counts.
 */
static bool
day_of_month(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t i = np->num_first, e = np->end;

	if (np->qual == QUAL_RANGE) {
		if (np->high > 31 || np->low != floor(np->low) ||
		    np->high != floor(np->high) || np->low < 1)
			return false;
		return month_before(c, i) ||
		    (e < c->n && tok_month(c->text, &t[e], true) > 0);
	}
	if (np->qual != QUAL_EXACT || np->value > 31)
		return false;
	if (month_before(c, i) || second_day(c, i) || day_in_list(c, i) ||
	    day_in_brackets(c, np))
		return true;
	return e < c->n && tok_month(c->text, &t[e], true) > 0;
}

/*
 * The small figure at token k, exact and at most 100 (digits or words),
 * or -1: the base of a proportion ("out of 10", "in seven").
 */
static double
small_figure_at(struct ctx *c, size_t k)
{
	struct numphrase b;

	if (k >= c->n || !amount_start(c->text, &c->tok[k]) ||
	    !numphrase_parse(c->text, c->tok, c->n, k, &b) ||
	    b.qual != QUAL_EXACT || b.value > 100)
		return -1;
	return b.value;
}

/*
 * The part of a small ratio written as one token, the two of "two out
 * of three" or the 2 of "2 out of 5"; -1 if none.
 */
static double
small_part_at(struct ctx *c, size_t k)
{
	const struct token *t = c->tok;

	if (t[k].kind == TOK_NUM && !(t[k].flags & (TF_DECIMAL |
	    TF_ORDINAL)))
		return t[k].num;
	return number_word(c->text, &t[k]);
}

/*
 * A proportion, not a count: the part of "seven out of every 10", "9 out
 * of 10", "two out of 15", "35 out of 47 counties", "one in seven",
 * "nearly 1 in 4"; and the base of a ratio, the 10 of "out of every 10"
 * or "9 out of 10" and the 4 of "1 in 4". A part of a large whole ("5,147
 * out of 14,068 cases") is a count of its own, and so is a whole the
 * story names ("out of 15 detained").
 */
static bool
proportion_figure(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t i = np->num_first, e = np->end, k;
	double b, a = np->value;

	if (np->qual == QUAL_RANGE || np->qual == QUAL_VAGUE)
		return false;	/* "up to 9 out of 10" is a part too */
	if (e + 2 < c->n && tok_is(c->text, &t[e], "out") &&
	    tok_is(c->text, &t[e + 1], "of")) {
		k = e + 2;
		if (tok_is(c->text, &t[k], "every") || tok_is(c->text, &t[k],
		    "the"))
			k++;
		if ((b = small_figure_at(c, k)) >= a && b > 0)
			return true;	/* the part */
	}
	if (a <= 10 && e + 1 < c->n && tok_is(c->text, &t[e], "in") &&
	    (b = small_figure_at(c, e + 1)) > a)
		return true;		/* "one in seven" */
	if (np->qual != QUAL_EXACT || i < 2)
		return false;
	if (tok_is(c->text, &t[i - 1], "every") && i >= 3 &&
	    tok_is(c->text, &t[i - 2], "of") && tok_is(c->text, &t[i - 3], "out"))
		return true;		/* "out of every 10" */
	if (i >= 3 && tok_is(c->text, &t[i - 1], "of") &&
	    tok_is(c->text, &t[i - 2], "out") && (a == 10 || a == 100) &&
	    t[i - 3].kind == TOK_NUM && t[i - 3].num < a)
		return true;		/* "9 out of 10" */
	if (i >= 3 && tok_is(c->text, &t[i - 1], "of") &&
	    tok_is(c->text, &t[i - 2], "out") && a <= 10 &&
	    (b = small_part_at(c, i - 3)) > 0 && b < a)
		return true;		/* "two out of three people" */
	if (!tok_is(c->text, &t[i - 1], "in") || a > 100)
		return false;
	b = t[i - 2].kind == TOK_NUM ? t[i - 2].num :
	    number_word(c->text, &t[i - 2]);
	return b > 0 && b < a && b <= 10;	/* "1 in 4" */
}

/*
 * "one of them", "one of the two men", "one of the 520 students": one
 * person singled out of a group, not a count of anything, unless a
 * qualifier makes it one ("at least one of the victims") or a noun of
 * what befell it governs it ("the death of one of them").
 */
static bool
one_of_group(struct ctx *c, const struct numphrase *np)
{
	size_t f = np->first;

	return np->qual == QUAL_EXACT && np->value == 1 &&
	    f == np->num_first && np->end < c->n &&
	    tok_is(c->text, &c->tok[np->end], "of") &&
	    !(f > 0 && tok_is(c->text, &c->tok[f - 1], "of"));
}

/*
 * A sign of rupees before the amount at token f: "Rs 500", "Rs. 20
 * crore", "INR 300", or a grave accent, which pages set in a font that
 * draws it as the rupee sign show in its place ("`50,000", "` two
 * lakh").
 */
static bool
rupees_before(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;

	if (f > 0 && t[f - 1].kind == TOK_PUNCT && c->text[t[f - 1].off] == '`')
		return true;
	if (f > 1 && tok_punct(&t[f - 1], '.'))
		f--;		/* "Rs." */
	return f > 0 && (tok_is(c->text, &t[f - 1], "rs") ||
	    tok_is(c->text, &t[f - 1], "inr"));
}

/*
 * "Gary Holm, 58, whose body was found", "two boys, Ali Musa, 15, and
 * Omar Musa, 14": a small bare number between commas right after a
 * person's first name and surname (two capitalized words) is the
 * person's age; so is one closing the sentence ("..., said the
 * baker Ana Ruiz, 45."). A place's count stands after one name or in brackets
 * ("Nippes (3)", "in Wajima, 22 in Suzu"), and goes on.
 */
static bool
age_after_name(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t i = np->num_first;

	return np->qual == QUAL_EXACT && np->first == i && i >= 3 &&
	    i + 1 < c->n && t[i].kind == TOK_NUM && t[i].num < 110 &&
	    !(t[i].flags & (TF_DECIMAL | TF_ORDINAL | TF_ATTACHED)) &&
	    np->end == i + 1 && (tok_punct(&t[i + 1], ',') ||
	    (tok_punct(&t[i + 1], '.') && i + 2 == c->n)) &&
	    tok_punct(&t[i - 1], ',') && t[i - 2].kind == TOK_WORD &&
	    t[i - 3].kind == TOK_WORD && (t[i - 2].flags & TF_CAP) &&
	    (t[i - 3].flags & TF_CAP) && !(t[i - 2].flags & TF_UPPER);
}

/*
 * "+55 11 3471 2973", "0300 115 7001": a telephone number, groups of
 * bare digits set apart by single spaces after a "+" or a group led by
 * a nought. No count is written with a leading nought or a "+" before
 * it; space-grouped thousands ("1 609") have neither.
 */
static bool
phone_number(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t k = np->num_first;

	for (;;) {
		if (t[k].kind != TOK_NUM || (t[k].flags & (TF_DECIMAL |
		    TF_KILO)))
			return false;
		if (t[k].len > 1 && c->text[t[k].off] == '0')
			return true;
		if (k == 0)
			return false;
		if (tok_punct(&t[k - 1], '+') &&
		    t[k - 1].off + t[k - 1].len == t[k].off)
			return k != np->num_first || np->end > k + 1;
		if (t[k - 1].kind != TOK_NUM ||
		    t[k - 1].off + t[k - 1].len + 1 != t[k].off ||
		    c->text[t[k].off - 1] != ' ')
			return false;
		k--;
	}
}

/* Percentages, money, years, dates, ages: numbers that count nothing. */
static bool
not_a_count(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t i = np->num_first, e = np->end;

	if ((i > 0 && tok_punct(&t[i - 1], '$')) || rupees_before(c, np->first))
		return true;
	if (e < c->n && (tok_in(c->text, &t[e], money_words) ||
	    tok_punct(&t[e], '%') || tok_punct(&t[e], '$')))
		return true;
	if ((t[i].flags & TF_YEARLIKE) && i > 0 &&
	    tok_in(c->text, &t[i - 1], year_preps))
		return true;
	if (e + 1 < c->n && tok_punct(&t[e], '-') &&
	    (tok_is(c->text, &t[e + 1], "year-old") ||
	    tok_is(c->text, &t[e + 1], "year")))
		return true;
	if (e < c->n && (tok_is(c->text, &t[e], "year-old") ||
	    tok_is(c->text, &t[e], "years")))
		return true;
	if (day_of_month(c, np) || proportion_figure(c, np) ||
	    one_of_group(c, np) || numphrase_age(c->text, t, c->n, np) ||
	    age_after_name(c, np) || phone_number(c, np))
		return true;	/* "as young as 12", "the average age was 17" */
	if (i >= 2 && tok_is(c->text, &t[i - 2], "age") &&
	    (tok_is(c->text, &t[i - 1], "to") || tok_is(c->text, &t[i - 1],
	    "of") || tok_is(c->text, &t[i - 1], "from")))
		return true;	/* "the retirement age to 64" */
	if (np->first > 0 && tok_is(c->text, &t[np->first - 1], "aged"))
		return true;	/* "aged between 18 and 24" */
	if (i >= 3 && t[i - 2].kind == TOK_NUM && (tok_is(c->text, &t[i - 1],
	    "and") || tok_is(c->text, &t[i - 1], "or")) &&
	    tok_is(c->text, &t[i - 3], "aged"))
		return true;	/* the second age of "aged 31 and 32" */
	return i > 0 && tok_is(c->text, &t[i - 1], "aged");
}

/* "built for 400 people", "a capacity of 400", "has the capacity to
 * carry 700 troops": room, not people. */
static bool
capacity_before(struct ctx *c, const struct numphrase *np)
{
	static const char *const verbs[] = {
		"built", "designed", "meant", "intended", "room", "space",
		"beds", "capacity", NULL
	};
	static const char *const holds[] = {	/* sorted */
		"accommodate", "carry", "handle", "hold", "house", "seat",
		"take", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first;

	if (f >= 2 && tok_is(c->text, &t[f - 1], "for") &&
	    tok_in(c->text, &t[f - 2], verbs))
		return true;
	if (f >= 2 && tok_in_sorted(c->text, &t[f - 1], holds, NWORDS(holds))
	    && (tok_is(c->text, &t[f - 2], "can") ||
	    tok_is(c->text, &t[f - 2], "could")))
		return true;	/* "the centre can hold 400 people" */
	if (f >= 3 && tok_in_sorted(c->text, &t[f - 1], holds, NWORDS(holds))
	    && tok_is(c->text, &t[f - 2], "to") &&
	    tok_is(c->text, &t[f - 3], "capacity"))
		return true;	/* "the capacity to house 2,500 people" */
	return f >= 2 && tok_is(c->text, &t[f - 1], "of") &&
	    tok_is(c->text, &t[f - 2], "capacity");
}

/*
 * "our team consists of 140 people", "a crew of 12": the size of a
 * team, staff or crew (its own people), not a count of the story.
 */
static bool
staff_before(struct ctx *c, const struct numphrase *np)
{
	static const char *const staff[] = {	/* sorted */
		"crew", "staff", "team", "workforce", NULL
	};
	static const char *const makeup[] = {	/* sorted */
		"composed", "comprised", "consisting", "consists", "made",
		"up", NULL
	};
	static const char *const be[] = { "is", "are", "was", "were", NULL };
	const struct token *t = c->tok;
	size_t f = np->first, k;

	if (f < 2 || !tok_is(c->text, &t[f - 1], "of"))
		return false;
	k = f - 2;
	while (k > 0 && f - k < 5 && tok_in_sorted(c->text, &t[k], makeup,
	    NWORDS(makeup)))
		k--;
	if (k + 2 < f && k > 0 && tok_in(c->text, &t[k], be))
		k--;		/* "is made up of" */
	return tok_in_sorted(c->text, &t[k], staff, NWORDS(staff));
}

/* The spans a rate counts by: "a day", "per week" (NULL-ended). */
static const char *const rate_spans[] = { "day", "week", NULL };

/*
 * "a day" right after the counted noun, "every single day" in its
 * clause at token k: the span a rate counts by. Not "a day earlier",
 * "a week after": a time.
 */
static bool
span_of_rate(struct ctx *c, size_t k, size_t end)
{
	static const char *const times[] = {
		"after", "ago", "before", "earlier", "later", NULL
	};
	const struct token *t = c->tok;

	if (k == end && k + 1 < c->n && tok_is(c->text, &t[k], "a") &&
	    tok_in(c->text, &t[k + 1], rate_spans) && (k + 2 >= c->n ||
	    !tok_in(c->text, &t[k + 2], times)))
		return true;	/* "144 bodies a day" */
	if (k + 2 < c->n && tok_is(c->text, &t[k], "every") &&
	    tok_is(c->text, &t[k + 1], "single") &&
	    tok_in(c->text, &t[k + 2], rate_spans))
		return true;	/* "30 bodies recovered every single day" */
	return false;
}

/* "55 people per boat", "30 migrants a day": a rate, not a count. */
static bool
rate_after(struct ctx *c, size_t end)
{
	size_t k;

	if (end < c->n && (tok_is(c->text, &c->tok[end], "per") ||
	    tok_is(c->text, &c->tok[end], "apiece")))
		return true;
	for (k = end; k < c->n && k < end + 6; k++) {	/* in its clause */
		if (c->tok[k].kind == TOK_PUNCT || c->tok[k].kind == TOK_NUM)
			return false;
		if (tok_is(c->text, &c->tok[k], "daily") || (k + 1 < c->n &&
		    (tok_is(c->text, &c->tok[k], "each") ||
		    tok_is(c->text, &c->tok[k], "every") ||
		    tok_is(c->text, &c->tok[k], "per")) &&
		    tok_in(c->text, &c->tok[k + 1], rate_spans)) ||
		    span_of_rate(c, k, end))
			return true;	/* "2,000 people moved daily" */
	}
	return false;
}

/*
 * Is the subject named in sentence s (tokenized into aux)? Each
 * sentence is read once per article: the answer is kept in c->cued,
 * since every claim of the next sentences asks again.
 */
static bool
cue_in_aux(struct ctx *c, size_t s)
{
	size_t i;
	bool named = false;

	if (c->cued[s] != 0)
		return c->cued[s] == CUED_YES;
	reread_tokens(c, s);
	for (i = 0; i < c->naux && !named; i++)
		named = phrase_match(&c->tr->cues, c->text, c->aux, i,
		    c->naux, NULL) > 0;
	c->cued[s] = named ? CUED_YES : CUED_NO;
	return named;
}

/*
 * The sentences of an article swept for the key words of the subject
 * cues (tracker.h phraselist_key_next()), in text order, so that a
 * sentence without one is known to name no cue before it is cut into
 * tokens: on most articles of a story not followed, every sentence.
 */
struct key_sweep {
	bool	 usable;	/* the cues have key words */
	bool	 none;		/* none stands in the article */
	size_t	 from;		/* the last sentence start searched from */
	size_t	 to;		/* the end of the last sentence */
	size_t	 at[PHRASE_KEYS_MAX]; /* phraselist_key_next()'s */
};

static void
key_sweep_init(const struct ctx *c, struct key_sweep *ks)
{
	size_t s, k;

	ks->usable = c->tr->cues.keys != NULL;
	ks->none = CUED_KEYS(c) == CUED_NO;
	ks->from = 0;
	ks->to = 0;
	for (s = 0; s < c->sl.n; s++)
		if (c->sl.v[s].end > ks->to)
			ks->to = c->sl.v[s].end;
	for (k = 0; k < PHRASE_KEYS_MAX; k++)
		ks->at[k] = SIZE_MAX;
}

/* May sentence s name a subject cue? False only when no key word
 * stands between its start and its end. */
static bool
key_sweep_may_hold(const struct ctx *c, struct key_sweep *ks, size_t s)
{
	const struct sentence *st = &c->sl.v[s];

	if (ks->none)
		return false;
	if (!ks->usable || st->start < ks->from)
		return true;
	ks->from = st->start;
	return phraselist_key_next(&c->tr->cues, c->text, st->start, ks->to,
	    ks->at) < st->end;
}

/*
 * Does no key word of the cues stand in the article's sentences, so
 * that none of them names a cue? The answer is kept in
 * CUED_KEYS(c) (CUED_NO: none stands there).
 */
static bool
article_keyless(struct ctx *c)
{
	struct key_sweep ks;

	if (CUED_KEYS(c) == 0) {
		key_sweep_init(c, &ks);
		CUED_KEYS(c) = ks.usable &&
		    phraselist_key_next(&c->tr->cues, c->text, 0, ks.to,
		    ks.at) == ks.to ? CUED_NO : CUED_YES;
	}
	return CUED_KEYS(c) == CUED_NO;
}

/*
 * A subject cue in this sentence, anywhere in the article, or in its
 * title. An article that names the subject once is about it throughout:
 * a headline or a count far down the page ("412 protestors were
 * arrested in Paris" over a story that names the yellow vests twelve
 * lines on) counts the subject as much as the sentence after the name.
 * A rival's count is told apart by its own words (owner_has(), a
 * capitalized modifier), not by how far the name stands. The article's
 * answer is kept in CUED_ARTICLE(c), the title's in
 * CUED_TITLE(c).
 */
static bool
subject_in_article(struct ctx *c)
{
	size_t s;
	struct key_sweep ks;

	if (CUED_ARTICLE(c) != 0)
		return CUED_ARTICLE(c) == CUED_YES;
	CUED_ARTICLE(c) = CUED_NO;
	key_sweep_init(c, &ks);
	for (s = 0; s < c->sl.n; s++) {
		if (c->cued[s] == 0 && !key_sweep_may_hold(c, &ks, s)) {
			c->cued[s] = CUED_NO;	/* no cue, known unread */
			continue;
		}
		if (cue_in_aux(c, s)) {
			CUED_ARTICLE(c) = CUED_YES;
			break;
		}
	}
	return CUED_ARTICLE(c) == CUED_YES;
}

/* Does the sentence being read name a subject cue? */
static bool
cue_in_sentence(const struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (phrase_match(&c->tr->cues, c->text, c->tok, i, c->n,
		    NULL) > 0)
			return true;
	return false;
}

/* Does the article's title name a subject cue? Its answer is kept in
 * CUED_TITLE(c). */
static bool
cue_in_title(struct ctx *c)
{
	struct token tt[64];
	size_t i, nt;

	if (c->art->title == NULL)
		return false;
	if (CUED_TITLE(c) == 0) {
		nt = tokenize(c->art->title, 0, strlen(c->art->title), tt, 64);
		CUED_TITLE(c) = CUED_NO;
		for (i = 0; i < nt; i++)
			if (phrase_match(&c->tr->cues, c->art->title, tt, i,
			    nt, NULL) > 0) {
				CUED_TITLE(c) = CUED_YES;
				break;
			}
	}
	return CUED_TITLE(c) == CUED_YES;
}

static bool
subject_in_context(struct ctx *c)
{
	return cue_in_sentence(c) || subject_in_article(c) || cue_in_title(c);
}

/*
 * Is subject_in_context() known to say no without a sentence read
 * again: no cue in this sentence nor in the title, and no key word of
 * the cues anywhere in the article? False when only reading can tell.
 */
static bool
subject_nowhere(struct ctx *c)
{
	if (CUED_ARTICLE(c) == CUED_YES)
		return false;
	if (CUED_ARTICLE(c) == 0 && !article_keyless(c))
		return false;
	if (cue_in_title(c))
		return false;
	/* the sentence's tokens lie in the article: none of a keyless
	   one's matches a cue */
	return article_keyless(c) || !cue_in_sentence(c);
}

static char *
tok_text(const char *text, const struct token *t, size_t a, size_t b)
{
	return xstrndup(text + t[a].off, t[b - 1].off + t[b - 1].len -
	    t[a].off);
}

/*
 * "Russia has about 600,000 troops", "Russia (has) deployed 50,000
 * troops", "Ukraine has lost tens of thousands of soldiers": a named
 * owner other than the subject has, sends or lost the number phrase that
 * starts at token first.
 */
static bool
owner_has(struct ctx *c, size_t first)
{
	static const char *const have[] = { "has", "have", "had", NULL };
	static const char *const deploys[] = {
		"deployed", "sent", "dispatched", "amassed", "massed",
		"mobilised", "mobilized", "committed", "assembled", "lost",
		NULL
	};
	static const char *const pronouns[] = {
		"it", "they", "he", "she", "we", NULL
	};
	const struct token *t = c->tok;
	size_t h = first, o;

	if (h > 0 && tok_in(c->text, &t[h - 1], deploys))
		h--;
	if (h > 0 && tok_in(c->text, &t[h - 1], have))
		h--;
	if (h == first || h == 0)
		return false;
	o = h - 1;
	if (t[o].kind != TOK_WORD || !(t[o].flags & TF_CAP) ||
	    tok_in(c->text, &t[o], pronouns))
		return false;
	return phrase_match(&c->tr->cues, c->text, t, o, c->n, NULL) == 0 &&
	    (o == 0 || phrase_match(&c->tr->cues, c->text, t, o - 1, c->n,
	    NULL) == 0);
}

/* A subject cue after the counted noun, in its clause: "troops from
 * North Korea", "soldiers of the DPRK". */
static bool
cue_follows(struct ctx *c, size_t k)
{
	for (; k < c->n && c->tok[k].kind != TOK_PUNCT; k++)
		if (phrase_match(&c->tr->cues, c->text, c->tok, k, c->n,
		    NULL) > 0)
			return true;
	return false;
}

/* The tracker's first counted noun ("troops"), allocated. */
static char *
tracker_noun(const struct tracker *tr)
{
	const struct phrase *p;
	struct strbuf sb;
	size_t i;

	if (tr->nouns.n == 0)
		return xstrdup("people");
	p = &tr->nouns.v[0];
	strbuf_init(&sb, 64);
	for (i = 0; i < p->n; i++)
		if ((i > 0 && strbuf_addc(&sb, ' ') == -1) ||
		    strbuf_add(&sb, p->w[i], p->len[i]) == -1)
			break;
	return strbuf_detach(&sb, NULL);
}

static bool	partitive_whole(struct ctx *, const struct numphrase *,
		    struct counted *);

static bool	cue_ends_at(struct ctx *, size_t);
static bool	trigger_in_clause(struct ctx *, size_t);

/*
 * Is the owner at token o, before its "'s", the story's own, and what
 * it has a count the tracker follows? The owner is a subject cue ("the
 * UAW's 146,000 members", "the union's"), or, when the tracker follows
 * no named subject, a common noun after "the" or "its" ("the country's
 * 13,000 trainee doctors"); and a trigger of the tracker is the counted
 * noun, ends at the owner ("of the country's") or stands in the
 * figure's clause ("... members have been on strike"). A name that is
 * no cue owns a rival's count ("Russia's 600,000 troops"); an owner's
 * count with no trigger is its size ("Gaza's 1.5 million people are
 * under 18"); and the whole of a part ("14,000 of Hamas' 25,000
 * fighters") is no claim of its own.
 */
static bool
owner_is_own(struct ctx *c, size_t o, const struct counted *ct)
{
	static const char *const dets[] = { "its", "the", "their", NULL };
	const struct token *t = c->tok;
	size_t a = o, j;
	bool trig = false;

	if (cue_ends_at(c, o + 1)) {
		while (a > 0 && phrase_match(&c->tr->cues, c->text, t, a,
		    o + 1, NULL) != o + 1 - a)
			a--;	/* the cue's first word */
	} else if (c->tr->subject[0] == '\0' && o > 0 &&
	    t[o].kind == TOK_WORD && !(t[o].flags & TF_CAP) &&
	    tok_in_sorted(c->text, &t[o - 1], dets, NWORDS(dets)))
		a = o;
	else
		return false;
	if (a > 1 && tok_in_sorted(c->text, &t[a - 1], dets, NWORDS(dets)))
		a--;
	if (a > 1 && tok_is(c->text, &t[a - 1], "of") &&
	    t[a - 2].kind == TOK_NUM)
		return false;	/* the whole of "14,000 of Hamas' 25,000" */
	for (j = a > 3 ? a - 3 : 0; j <= o + 1 && !trig; j++)
		trig = phrase_match(&c->tr->triggers, c->text, t, j, c->n,
		    NULL) == o + 2 - j;	/* "of the country's" */
	return trig || (!ct->left_out && phrase_match(&c->tr->triggers,
	    c->text, t, ct->noun, c->n, NULL) > 0) ||
	    trigger_in_clause(c, ct->noun);
}

/* The subject as written, or NULL when the claim is about another. */
static char *
subject_text(struct ctx *c, struct counted *ct, const struct numphrase *np)
{
	static const char *const contracted[] = {	/* "there's" is */
		"he", "here", "it", "she", "that", "there", "what", "who", NULL
	};
	const struct token *t = c->tok;
	size_t first = np->first;
	char *noun, *s;

	if (ct->cue_first != SIZE_MAX)
		return tok_text(c->text, t, ct->cue_first, ct->end);
	if ((ct->foreign && c->tr->subject[0] != '\0') ||
	    (owner_has(c, first) && !cue_follows(c, ct->end)))
		return NULL;	/* a named subject's rival: "Russian troops" */
	if (first > 1 && ((t[first - 1].kind == TOK_POSS &&
	    !tok_in(c->text, &t[first - 2], contracted)) ||
	    (tok_punct(&t[first - 1], '\'') &&
	    (t[first - 2].flags & TF_CAP))) &&
	    !owner_is_own(c, first - 2, ct) && !partitive_whole(c, np, ct))
		return NULL;	/* "Russia's 600,000 troops", "Hamas'
				   estimated 25,000 fighters" */
	if (!subject_in_context(c))
		return NULL;
	noun = ct->left_out ? tracker_noun(c->tr) :
	    tok_text(c->text, t, ct->noun, ct->end);
	if (c->tr->subject[0] == '\0')
		return noun;
	s = xmalloc(strlen(c->tr->subject) + strlen(noun) + 2);
	strcpy(s, c->tr->subject);
	strcat(s, " ");
	strcat(s, noun);
	free(noun);
	return s;
}

/* Is the place phrase starting at j a name ("Kursk", "the Kursk region")? */
static size_t
place_end(struct ctx *c, size_t j)
{
	const struct token *t = c->tok;

	if (j < c->n && tok_is(c->text, &t[j], "the"))
		j++;
	if (j >= c->n || t[j].kind != TOK_WORD || !(t[j].flags & TF_CAP))
		return 0;
	while (j < c->n && ((t[j].flags & TF_CAP) || t[j].kind == TOK_POSS ||
	    tok_in(c->text, &t[j], place_words)))
		j++;
	if (j < c->n && t[j].kind == TOK_WORD && !tok_in(c->text, &t[j],
	    scope_preps) && !tok_is(c->text, &t[j], "and") &&
	    !tok_is(c->text, &t[j], "for") && !tok_is(c->text, &t[j], "this"))
		return 0;	/* "in the Ukraine conflict" names no place */
	return j;
}

/*
 * The place of a scope's tokens [a, b): its capitalized names without
 * an owner ("Russia's") or a place word ("region"): "in Russia's Kursk
 * region" -> "Kursk". NULL when none, or when it is the story's own.
 */
static char *
place_of(struct ctx *c, size_t a, size_t b)
{
	const struct token *t = c->tok;
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb, 256);
	for (i = a; i < b; i++) {
		if (t[i].kind != TOK_WORD || !(t[i].flags & TF_CAP) ||
		    (i + 1 < b && t[i + 1].kind == TOK_POSS) ||
		    tok_in(c->text, &t[i], place_words))
			continue;
		if ((sb.len > 0 && strbuf_addc(&sb, ' ') == -1) ||
		    strbuf_add(&sb, c->text + t[i].off, t[i].len) == -1)
			break;
	}
	if (sb.len == 0 || tracker_is_home(c->tr, sb.buf)) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

/* "in Kursk", "to Russia", "in Russia's Kursk region" after the verb:
 * sets the claim's scope as written and its normalized place. */
static void
scope_of(struct ctx *c, size_t b, struct claim *cl)
{
	const struct token *t = c->tok;
	size_t i, j;

	for (i = b; i + 1 < c->n && i < b + 5; i++) {
		if (t[i].kind == TOK_PUNCT)
			return;
		if (!tok_in(c->text, &t[i], scope_preps))
			continue;
		if ((j = place_end(c, i + 1)) == 0)
			return;
		cl->scope = tok_text(c->text, t, i, j);
		cl->place = place_of(c, i + 1, j);
		return;
	}
}

static bool
each_between(struct ctx *c, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_is(c->text, &c->tok[a], "each"))
			return true;
	return false;
}

/* "units of North Korean soldiers, each of ...": the noun of the units,
 * named between the group noun at g and the amount at k. */
static bool
counted_of_group(struct ctx *c, size_t g, size_t k, struct counted *ct)
{
	return g < k && tok_is(c->text, &c->tok[g], "of") &&
	    counted_after(c, g + 1, ct) && ct->end <= k;
}

/*
 * "N units, each of M soldiers" / "N units of M soldiers each" / "N
 * units of soldiers, each of about M".
 */
static bool
product_at(struct ctx *c, const struct numphrase *np,
    struct numphrase *each, struct counted *ct)
{
	const struct token *t = c->tok;
	size_t g = np->end, k, len;

	if (np->qual != QUAL_EXACT || isnan(np->value) || np->value > 100)
		return false;
	while (g < c->n && g < np->end + 3 && phrase_match(&c->tr->groups,
	    c->text, t, g, c->n, NULL) == 0 && adjective_like(c->text, &t[g]))
		g++;
	if ((len = phrase_match(&c->tr->groups, c->text, t, g, c->n,
	    NULL)) == 0)
		return false;
	for (k = g + len; k < c->n && k < g + len + 12; k++) {
		if (tok_punct(&t[k], '.') || tok_punct(&t[k], ';'))
			return false;
		if (!amount_start(c->text, &t[k]))
			continue;
		if (!numphrase_parse(c->text, t, c->n, k, each) ||
		    isnan(each->value))
			return false;
		if (!counted_after(c, each->end, ct))
			return each_between(c, g + len, each->first) &&
			    counted_of_group(c, g + len, each->first, ct);
		return each_between(c, g + len, each->first) ||
		    (ct->end < c->n && tok_is(c->text, &t[ct->end], "each"));
	}
	return false;
}

/* Words that end a noun phrase: after "the 1.2 million-strong Korean
 * People's Army", "has" is no noun but the name was the whole phrase. */
static const char *const phrase_enders[] = {	/* see noun_adjunct */
	"has", "have", "had", "is", "are", "was", "were", "will", "would",
	"could", "can", "may", "might", "and", "or", "of", "in", "on", "at",
	"to", "for", "with", "from", "that", "which", "who", NULL
};

/*
 * The noun after "N-strong" at token k: "a 12,000-strong contingent", "a
 * ten thousand-strong North Korean force" (a capitalized cue before the
 * noun), "the 10,000-strong march" (a common-noun cue is the noun).
 * False when a name stands there on its own ("the 1.2 million-strong
 * Korean People's Army has"): the strength of a whole named army, not of
 * a force sent.
 */
static bool
strong_noun_after(struct ctx *c, size_t k, struct counted *ct)
{
	const struct token *t = c->tok;
	size_t len;

	counted_reset(ct, k);
	while (k + 1 < c->n && t[k].kind == TOK_WORD) {
		if ((len = phrase_match(&c->tr->cues, c->text, t, k, c->n,
		    NULL)) > 0) {
			if (!(t[k + len - 1].flags & TF_CAP))
				break;	/* "the 10,000-strong march" */
			if (k + len >= c->n || t[k + len].kind != TOK_WORD ||
			    tok_in(c->text, &t[k + len], phrase_enders))
				return false;
			if (ct->cue_first == SIZE_MAX)
				ct->cue_first = k;
			k += len;
		} else if (adjective_like(c->text, &t[k]))
			k++;
		else
			break;
	}
	ct->noun = k;
	ct->end = k + 1;
	return k < c->n && t[k].kind == TOK_WORD;
}

/* The noun before "N strong": "a force ten thousand strong", "a North
 * Korean contingent some 3,000 strong". */
static bool
strong_noun_before(struct ctx *c, size_t f, struct counted *ct)
{
	const struct token *t = c->tok;
	size_t k, len;

	if (f < 2 || t[f - 1].kind != TOK_WORD || (t[f - 1].flags & TF_CAP))
		return false;
	counted_reset(ct, 0);
	ct->noun = f - 1;
	ct->end = f;
	for (k = f - 1; k > 0 && f - k < 6; k--) {
		if (tok_is(c->text, &t[k - 1], "a") ||
		    tok_is(c->text, &t[k - 1], "an")) {
			ct->np_first = k;
			return true;
		}
		if (!adjective_like(c->text, &t[k - 1]))
			return false;
		for (len = 1; len <= k && len <= PHRASE_MAX_WORDS; len++)
			if (phrase_match(&c->tr->cues, c->text, t, k - len,
			    c->n, NULL) == len)
				ct->cue_first = k - len;
	}
	return false;
}

/* "a 12,000-strong contingent", "a ten thousand-strong force", "a
 * force 10,000 strong". */
static bool
strong_at(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	size_t e = np->end;

	if (np->strong)
		return strong_noun_after(c, e, ct);
	if (e + 1 < c->n && tok_punct(&c->tok[e], '-') &&
	    tok_is(c->text, &c->tok[e + 1], "strong"))
		return strong_noun_after(c, e + 2, ct);
	return e < c->n && tok_is(c->text, &c->tok[e], "strong") &&
	    strong_noun_before(c, np->first, ct);
}

/*
 * "a 33,000-person union", "the 160,000-member actors' union", "its
 * 7,600-member workforce": the figure counts the compound's people
 * (members, persons) when the tracker counts them; the noun after is
 * the body they make up.
 */
static bool
member_compound_at(struct ctx *c, const struct numphrase *np,
    struct counted *ct)
{
	const struct token *t = c->tok;
	size_t e = np->end;

	if (e + 1 >= c->n || !tok_punct(&t[e], '-') || t[e + 1].off !=
	    t[e].off + 1)
		return false;	/* glued: "-member", not " - members" */
	if (!(tok_is(c->text, &t[e + 1], "member") && counted_word(c->tr,
	    "members", 7)) && !(tok_is(c->text, &t[e + 1], "person") &&
	    (counted_word(c->tr, "people", 6) || counted_word(c->tr,
	    "persons", 7))))
		return false;
	counted_reset(ct, e + 1);
	ct->noun = e + 1;
	ct->end = e + 2;
	return true;
}

/* "troops numbering 12,000", "forces totalling about 12,000". */
static bool
counted_before(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	static const char *const verbs[] = {
		"numbering", "totaling", "totalling", "totalled", "totaled",
		"numbered", "number", "numbers", "total", "totals", NULL
	};
	size_t f = np->first, k, len;

	if (f == 0 || !tok_in(c->text, &c->tok[f - 1], verbs))
		return false;
	for (k = f - 1; k > 0 && f - k < 8; k--) {
		if (c->tok[k - 1].kind == TOK_PUNCT)
			return false;
		len = phrase_match(&c->tr->nouns, c->text, c->tok, k - 1, c->n,
		    NULL);
		if (len > 0 && counted_after(c, k - 1, ct)) {
			ct->cue_first = SIZE_MAX;
			if (k >= 3 && phrase_match(&c->tr->cues, c->text, c->tok,
			    k - 3, k - 1, NULL) == 2)
				ct->cue_first = k - 3;
			return true;
		}
	}
	return false;
}

/* Does a subject cue end just before token k ("North Korean" troops)? */
static bool
cue_ends_at(struct ctx *c, size_t k)
{
	size_t j;

	for (j = k; j > 0 && k - j < PHRASE_MAX_WORDS; j--)
		if (phrase_match(&c->tr->cues, c->text, c->tok, j - 1, k,
		    NULL) == k - (j - 1))
			return true;
	return false;
}

/*
 * "The number was more than 6,500", "the official number is 210,000",
 * "bumps that number upward, to 2,098": "number" with no "of" after it,
 * under "the", "that" or "this" (an adjective may stand between), is
 * the count just reported, when a claim was made in this sentence or
 * the two before it; "the number of schools" names its own things.
 */
static bool
bare_number_recalled(struct ctx *c, size_t k)
{
	static const char *const dets[] = {	/* sorted */
		"that", "the", "this", NULL
	};
	const struct token *t = c->tok;
	size_t j = k;

	if (!tok_is(c->text, &t[k], "number") || c->last_subject == NULL ||
	    c->si - c->last_si > 2 || (k + 1 < c->n && (tok_is(c->text,
	    &t[k + 1], "of") || t[k + 1].kind == TOK_POSS)))
		return false;
	if (j > 1 && t[j - 1].kind == TOK_WORD && !tok_in_sorted(c->text,
	    &t[j - 1], dets, NWORDS(dets)) && !(t[j - 1].flags & TF_CAP))
		j--;		/* "the official number" */
	return j > 0 && tok_in_sorted(c->text, &t[j - 1], dets, NWORDS(dets));
}

/* Is token k a word for what a count measures: "toll", "turnout"? */
static bool
measure_noun(struct ctx *c, size_t k, struct counted *ct)
{
	static const char *const measures[] = {
		"toll", "turnout", "crowd", "crowds", "total", "tally",
		"estimate", "figure", "count", NULL
	};
	static const char *const counts[] = {
		"number", "total", "tally", "count", NULL
	};
	static const char *const estimates[] = {	/* sorted */
		"estimated", "pegged", "placed", "put", NULL
	};
	size_t len, which;

	counted_reset(ct, k);
	ct->noun = k;
	ct->end = k + 1;
	ct->foreign = k > 1 && c->tok[k - 1].kind == TOK_WORD &&
	    (c->tok[k - 1].flags & TF_CAP) && !cue_ends_at(c, k) &&
	    phrase_match(&c->tr->triggers, c->text, c->tok, k - 1, c->n,
	    NULL) < 2 && !(c->tok[k].flags & TF_UPPER);
			/* "the Russian troops" (a first word is always cased),
			   not a headline's "Death Toll", "NK CASUALTIES" */
	if ((len = phrase_match(&c->tr->qnouns, c->text, c->tok, k, c->n,
	    &which)) > 0) {
		ct->qnoun = (long)c->tr->qnouns.v[which].owner;
		ct->end = k + len;
		return true;
	}
	if ((len = phrase_match(&c->tr->nouns, c->text, c->tok, k, c->n,
	    NULL)) > 0) {
		ct->end = k + len;
		return true;
	}
	if (k + 2 < c->n && tok_in(c->text, &c->tok[k], counts) &&
	    (tok_is(c->text, &c->tok[k + 1], "who") ||
	    tok_is(c->text, &c->tok[k + 1], "that")) &&
	    phrase_match(&c->tr->triggers, c->text, c->tok, k + 2, c->n,
	    NULL) > 0)
		return true;	/* "the number who made the crossing" */
	if (k >= 2 && k + 2 < c->n && tok_in(c->text, &c->tok[k], counts) &&
	    tok_is(c->text, &c->tok[k + 1], "at") &&
	    tok_is(c->text, &c->tok[k - 1], "the") &&
	    tok_in_sorted(c->text, &c->tok[k - 2], estimates,
	    NWORDS(estimates)))
		return true;	/* "had put the number at" */
	if (k + 3 < c->n && tok_in(c->text, &c->tok[k], counts) &&
	    tok_is(c->text, &c->tok[k + 1], "of") &&
	    tok_is(c->text, &c->tok[k + 2], "those") &&
	    phrase_match(&c->tr->triggers, c->text, c->tok, k + 3, c->n,
	    NULL) > 0)
		return true;	/* "the number of those wounded" */
	if (k + 2 < c->n && tok_in(c->text, &c->tok[k], counts) &&
	    tok_is(c->text, &c->tok[k + 1], "of")) {
		len = phrase_match(&c->tr->cues, c->text, c->tok, k + 2, c->n,
		    NULL);		/* "the number of (North Korean) */
		if (phrase_match(&c->tr->triggers, c->text, c->tok,
		    k + 2 + len, c->n, NULL) > 0)
			return true;	/* wounded rose to" */
	}
	if (!tok_in(c->text, &c->tok[k], measures) &&
	    !bare_number_recalled(c, k))
		return false;
	if (k > 0 && phrase_match(&c->tr->triggers, c->text, c->tok, k - 1,
	    c->n, &which) == 2)	/* "the death toll": the figure counts */
		ct->qnoun = (long)c->tr->triggers.v[which].owner;
	return true;
}

/*
 * "the death toll ... rose to 41,156", "put turnout at 1.28 million",
 * "estimated the crowd at about 300,000", "total casualties, at about
 * 3,000", "casualties numbered about 3,000", "troops, estimated at
 * 11,000": a measured noun earlier in the clause, then a linking word.
 */
static bool
measure_before(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	static const char *const links[] = {	/* sorted */
		"above", "approached", "approaches", "approaching", "at", "be",
		"been", "climbed", "climbing", "climbs", "cross", "crossed",
		"crosses", "crossing", "exceed", "exceeded", "exceeding", "exceeds",
		"grew", "grown", "grows", "hit", "hits", "hitting", "increased",
		"increases", "is", "jumped", "jumps", "mounted", "mounts",
		"near", "neared", "nearing", "nears",
		"numbered", "numbering", "over", "pass", "passed", "passes",
		"passing", "reach", "reached", "reaches", "reaching", "rise",
		"risen", "rises", "rising", "rose", "soared", "soaring", "soars",
		"stands", "stood", "surged", "surges", "surpass", "surpassed",
		"surpasses", "swelled", "swelling", "swells", "to", "top",
		"topped", "tops", "totaled",
		"totaling", "totalled", "totalling", "was", NULL
	};
	static const char *const adverbs[] = {	/* sorted */
		"already", "now", "still", "ultimately", NULL
	};
	/* Verbs of increase before "to": what follows is the new level,
	 * never a year ("the toll rose to 2012"). */
	static const char *const rises_to[] = {	/* sorted */
		"climbed", "climbs", "grew", "grown", "grows", "increased",
		"increases", "jumped", "jumps", "risen", "rises", "rose",
		"soared", "soars", "surged", "surges", "swelled", "swells",
		NULL
	};
	static const char *const beyond[] = {	/* sorted */
		"above", "cross", "crossed", "crosses", "crossing", "exceed",
		"exceeded", "exceeding", "exceeds", "over", "pass", "passed",
		"passes", "passing", "surpass", "surpassed", "surpasses",
		"top", "topped", "tops", NULL
	};
	static const char *const appositive[] = {
		"estimated", "put", "pegged", "placed", NULL
	};
	static const char *const follows[] = {
		"in", "on", "at", "by", "since", "across", "nationwide",
		"according", "last", "this", "so", "from", "after", "as", "and",
		"while", "including", "with", "up", "down", "today", "but",
		"yesterday", "tonight", "overnight", "earlier", "although",
		"though", "whereas", "along", "until", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first, e = np->end, k, j;
	bool over;

	static const char *const measured_of[] = {	/* sorted */
		"count", "crowd", "estimate", "figure", "tally", "toll",
		"total", "turnout", NULL
	};

	if ((t[np->num_first].flags & TF_YEARLIKE) && !(f >= 3 &&
	    tok_is(c->text, &t[f - 1], "to") && tok_in_sorted(c->text,
	    &t[f - 2], rises_to, NWORDS(rises_to))))
		return false;	/* "the first such year was 2022" */
	while (f > 2 && tok_in_sorted(c->text, &t[f - 1], adverbs,
	    NWORDS(adverbs)))
		f--;		/* "is still more than 35,000" */
	if (f > 4 && tok_is(c->text, &t[f - 1], "record")) {
		k = tok_is(c->text, &t[f - 2], "new") ? f - 3 : f - 2;
		if (tok_is(c->text, &t[k], "a"))
			f = k;	/* "reached a (new) record 1,200" */
	}
	if (f >= 3 && tok_is(c->text, &t[f - 1], "of") &&
	    tok_in_sorted(c->text, &t[f - 2], measured_of,
	    NWORDS(measured_of)) && measure_noun(c, f - 2, ct)) {
		ct->beyond = false;	/* "a death toll of over 20,000" */
		return e >= c->n || t[e].kind == TOK_PUNCT ||
		    tok_in(c->text, &t[e], follows) ||
		    tok_in(c->text, &t[e], phrase_enders);
	}
	if (f >= 2 && np->first < np->num_first &&
	    !tok_in_sorted(c->text, &t[f - 1], links, NWORDS(links)) &&
	    tok_in_sorted(c->text, &t[np->first], beyond, NWORDS(beyond)))
		f = np->first + 1;	/* "the toll (still) over 35,000" */
	if (f < 2 || !tok_in_sorted(c->text, &t[f - 1], links,
	    NWORDS(links)))
		return false;
	over = tok_in_sorted(c->text, &t[f - 1], beyond, NWORDS(beyond));
	if (e + 1 < c->n && tok_punct(&t[e], ',') && t[e + 1].kind ==
	    TOK_NUM && t[e + 1].len == 3 && t[np->num_first].len <= 3 &&
	    (e + 2 == c->n || t[e + 2].kind == TOK_PUNCT))
		return false;	/* "crosses 15, 200, says": a broken figure;
				   not "climbs to 64, 300 injured" */
	if (e < c->n && t[e].kind != TOK_PUNCT && !tok_in(c->text, &t[e],
	    follows) && tok_weekday(c->text, &t[e]) < 0)
		return false;	/* "at five military grounds" */
	k = f - 1;
	if (k >= 2 && tok_is(c->text, &t[k], "at") &&
	    tok_in(c->text, &t[k - 1], appositive))
		k--;		/* "troops in Kursk, estimated at 11,000," */
	if (tok_punct(&t[k - 1], ','))
		k--;
	else if (k >= 3 && tok_is(c->text, &t[k - 1], "which") &&
	    tok_punct(&t[k - 2], ',') &&
	    !(t[np->num_first].flags & TF_YEARLIKE))
		k -= 2;		/* "the figure recorded then, which was" */
	for (; k > 0 && f - k < 20; k--) {
		if (k >= 2 && k < f && tok_punct(&t[k - 1], ',') &&
		    (t[k - 2].flags & TF_CAP) && (t[k].flags & TF_CAP) &&
		    t[k].kind == TOK_WORD && t[k - 2].kind == TOK_WORD)
			continue;	/* "in Turkey, Syria rises to" */
		if (k >= 3 && tok_punct(&t[k - 1], ')') && k < f) {
			for (j = k - 1; j > 0 && k - j < 6 &&
			    !tok_punct(&t[j - 1], '('); j--)
				;
			if (j > 1 && k - j < 6) {
				k = j;	/* "of Valencia (east) rises to" */
				continue;
			}
		}
		if (k >= 2 && tok_punct(&t[k - 1], '-') && t[k - 1].off ==
		    t[k - 2].off + t[k - 2].len && t[k].off == t[k - 1].off + 1)
			continue;	/* "since mid-June has risen to" */
		if (t[k - 1].kind == TOK_PUNCT || (t[k - 1].kind == TOK_NUM &&
		    !(t[k - 1].flags & (TF_YEARLIKE | TF_DECIMAL |
		    TF_ORDINAL)) && !(k >= 2 && tok_month(c->text, &t[k - 2],
		    true) > 0)))
			return false;	/* "the total for 2024 so far to"; not
					   "the magnitude 7.7 quake has", "that
					   struck on March 28(th) has" */
		if (measure_noun(c, k - 1, ct)) {
			ct->beyond = over;
			return true;
		}
	}
	return false;
}

static bool
proper_name(const char *s)
{
	const char *p = s;

	for (; *p != '\0'; p++)
		if ((p == s || p[-1] == ' ') && !(*p >= 'A' && *p <= 'Z') &&
		    strncmp(p, "of ", 3) != 0 && strncmp(p, "and ", 4) != 0)
			return false;
	return true;
}

/* People named by what they are, capitalized at a sentence start:
 * "Survivors told investigators" names no source. */
bool
common_people(const char *s)
{
	static const char *const people[] = {
		"survivors", "witnesses", "residents", "rescuers", "officials",
		"analysts", "experts", "sources", "observers", "investigators",
		"authorities", "villagers", "activists", "diplomats",
		"lawmakers", "doctors", "medics", "volunteers", "locals",
		"police", "officers", "critics", "relatives", "families",
		"organisers", "organizers", "protesters", "migrants", NULL
	};
	size_t i;

	for (i = 0; people[i] != NULL; i++)
		if (strcasecmp(s, people[i]) == 0)
			return true;
	return false;
}

/*
 * "Rights groups said", "civil society groups recorded": bodies of
 * people named by their kind in the plural are a claimant of their own,
 * as a name is; "officials" or "witnesses" are not. Its last word is
 * such a head after a word of what kind ("rights", "trade", "hospital
 * sources"), not a number ("two unions"); "X and Y sources" are
 * several bodies, none of them named whole.
 */
static bool
civil_group(const char *s)
{
	static const char *const heads[] = {
		"groups", "ngos", "organisations", "organizations", "sources",
		"unions", NULL
	};
	const char *last = strrchr(s, ' ');
	size_t i;

	if (last == NULL || (*s >= '0' && *s <= '9') ||
	    strstr(s, " and ") != NULL)
		return false;
	for (i = 0; heads[i] != NULL; i++)
		if (strcasecmp(last + 1, heads[i]) == 0)
			return true;
	return false;
}

void
source_set(struct ctx *c, long src, bool whole, struct claim *cl)
{
	if (src >= 0)
		cl->source = xstrdup(c->tr->sources[src]);
	else if (cl->claimant != NULL && ((proper_name(cl->claimant) &&
	    !common_people(cl->claimant)) || (whole &&
	    civil_group(cl->claimant))))
		cl->source = xstrdup(cl->claimant);
	else
		cl->source = xstrdup("unattributed");
}

/*
 * Set the claimant, relayer and source; returns the cue that names them
 * (an earlier one of the sentence for "it said"), for the claim date. A
 * pronoun means whom coref_resolve() finds. When no cue governs, or the
 * one that does names no one, cue_choose() may pick the sentence's best
 * claimant into *chosen.
 */
/* Words between "one of" and the figure of a group: "one of the more
 * than 1,000", "one of the tens of thousands". */
static const char *const among_fill[] = {
	"about", "almost", "at", "least", "more", "nearly", "of", "over",
	"some", "than", "the", NULL
};

#define AMONG_BACK 6	/* tokens between "one of" and the figure */

/*
 * "X said ..., becoming one of more than 1,000 people rescued", "said X,
 * one of the tens of thousands who fled": a figure that places someone
 * in a group, in an aside after a comma, is the article's own telling,
 * not the speaker's claim. Is the figure at token at such a one?
 */
static bool
one_of_aside(const char *text, const struct token *t, size_t n, size_t at)
{
	size_t k, lo = at > AMONG_BACK ? at - AMONG_BACK : 0;

	if (at >= n)
		return false;
	for (k = at; k > lo + 1; k--) {
		if (tok_is(text, &t[k - 1], "of") && tok_is(text,
		    &t[k - 2], "one"))
			break;
		if (k < at && !tok_in(text, &t[k - 1], among_fill))
			return false;
		if (k == at && t[k - 1].kind != TOK_WORD)
			return false;
	}
	if (k <= lo + 1)
		return false;
	k -= 2;			/* "one" */
	if (k > 0 && (tok_is(text, &t[k - 1], "becoming") ||
	    tok_is(text, &t[k - 1], "being")))
		k--;
	return k > 0 && tok_punct(&t[k - 1], ',');
}

static const struct cue *
attribute_rules(struct ctx *c, const struct cue *cue, size_t at,
    struct claim *cl, struct cue *chosen)
{
	if (one_of_aside(c->text, c->tok, c->n, at)) {
		cl->source = xstrdup("unattributed");
		return NULL;	/* "X, one of the 500 who fled, said" */
	}
	if (cue_choose_kept(c->tr, c->text, c->tok, c->n, at, cue, chosen,
	    choose_kept_of(c)))
		cue = chosen;	/* the sentence's best claimant */
	if (cue == NULL) {
		if (coref_quoted(c, at, cl) || coref_continued(c, cl) ||
		    coref_stated_after(c, cl) || coref_statement(c, at, cl))
			coref_remember(c, cl);
		else
			cl->source = xstrdup("unattributed");
		return NULL;
	}
	if (!cue->pronoun) {
		cl->claimant = cue_claimant(cue, c->text, c->tok);
		cl->relayer = cue_relayer(cue, c->text, c->tok);
		source_set(c, cue->source, cue_whole(cue, c->text, c->tok),
		    cl);
		coref_name(c, cl);	/* "Cho" after "Cho Tae-yong" */
		coref_described(c, cue, cl);	/* "the Georgian ministry" */
	} else {
		cue = coref_resolve(c, cue, cl);
		coref_name(c, cl);	/* "he" meaning the "Cho" above */
	}
	coref_remember(c, cl);
	return cue;
}

/* The rules' claimant, or the claimant model's pick among the candidates
 * the rules weigh (claimant.h). */
static const struct cue *
attribute(struct ctx *c, const struct cue *cue, size_t at, struct claim *cl,
    struct cue *chosen)
{
	struct claimant_set set;
	const struct cue *ret;

	claimant_gather(c, cue, at, cl, &set);
	ret = claimant_settle(c, &set, at, cl, attribute_rules(c, cue, at,
	    cl, chosen), chosen);
	home_claimant(c, cl);	/* "officials said": the home government */
	place_claimant(c, at, cl);	/* "In Haiti, authorities said" */
	state_media_claimant(c, at, cl);	/* "in Myanmar, state media
						   said" */
	coref_settle(c, cl);	/* for a "they" after */
	return ret;
}


/* "on the same date": the date named last before this statement. */
static enum cdate
same_date(struct ctx *c, size_t upto, long *d)
{
	size_t s;

	if (claimdate_last(c->text, c->tok, upto, c->published, d) ==
	    CDATE_FOUND)
		return CDATE_FOUND;
	for (s = c->si; s > 0 && c->si - s < 10; s--) {
		reread_tokens(c, s - 1);
		if (claimdate_last(c->text, c->aux, c->naux, c->published, d)
		    == CDATE_FOUND)
			return CDATE_FOUND;
	}
	return CDATE_NONE;
}

/*
 * "..., according to a Pentagon announcement." + "A Pentagon spokesperson
 * confirmed Monday ...": the date of the same source's statement in the
 * next two sentences or the one before.
 */
static enum cdate
adjacent_date(struct ctx *c, long src, long *d)
{
	static const int offs[] = { 1, 2, -1 };
	struct cue cues[CUES_MAX];
	size_t s, nc, k, i;

	for (i = 0; i < NELEM(offs); i++) {
		if ((long)c->si + offs[i] < 0 || c->si + offs[i] >= c->sl.n)
			continue;
		s = c->si + offs[i];
		nc = reread_cues(c, s, cues);
		for (k = 0; k < nc; k++)
			if (cues[k].kind == CUE_SAY && cues[k].source == src &&
			    claimdate_find(c->text, c->aux, c->naux,
			    cues[k].win_first, cues[k].win_end, c->published, d)
			    == CDATE_FOUND)
				return CDATE_FOUND;
	}
	return CDATE_NONE;
}

/* The date in the clause of the figure cl ("above 15,000 on Wednesday",
 * "2,921 as of Tuesday"); with as_of, only after "as of". */
static enum cdate
figure_date(struct ctx *c, const struct claim *cl, bool as_of, long *d)
{
	size_t k = 0;

	while (k < c->n && c->tok[k].off < cl->num_end)
		k++;
	return claimdate_figure(c->text, c->tok, c->n, k, as_of,
	    c->published, d);
}

/* The date in the clause that gives the figure as a count's level:
 * "the toll rose Thursday to 3,085", "On Monday night, the toll stood
 * at ...", "Saturday's figure of ...". */
static enum cdate
level_date(struct ctx *c, const struct claim *cl, size_t num_first,
    long *d)
{
	size_t k = num_first;

	while (k < c->n && c->tok[k].off < cl->num_end)
		k++;
	return claimdate_level_clause(c->text, c->tok, c->n, num_first, k,
	    c->published, d);
}

static void
date_of(struct ctx *c, const struct cue *cue, size_t num_first,
    struct claim *cl)
{
	size_t a;
	long d;
	enum cdate r;

	if (cue == NULL) {
		r = figure_date(c, cl, false, &d);
		if (r == CDATE_NONE)
			r = level_date(c, cl, num_first, &d);
		if (r == CDATE_NONE && cl->claim_date[0] == '\0')
			r = carry_date(c, cl, &d);  /* a statement goes on */
		if (r == CDATE_NONE || r == CDATE_VAGUE)  /* "X reported on
			 * Tuesday that N were hurt within three days" */
			r = claimdate_unattributed(c->text, c->tok, c->n,
			    num_first, c->published, &d);
		if (r == CDATE_FOUND)
			date_format(d, cl->claim_date);
		return;
	}
	a = cue->win_first;
	if (cue->pos > num_first && a <= num_first)
		a = cue->np_first < cue->pos ? cue->np_first : cue->pos;
	r = claimdate_find(c->text, c->tok, c->n, a, cue->win_end,
	    c->published, &d);
	if (r == CDATE_NONE && cue->kind == CUE_SAY && cue->pos > num_first)
		r = claimdate_clause(c->text, c->tok, c->n, cue->win_end,
		    c->published, &d);	/* "said at a briefing on Tuesday" */
	if (r == CDATE_SAME)
		r = same_date(c, a, &d);
	if (r == CDATE_NONE && cue->kind != CUE_SAY &&
	    cue->kind != CUE_PASSIVE && cue->source >= 0)
		r = adjacent_date(c, cue->source, &d);
	if (r == CDATE_NONE)	/* "rose Thursday to 300, X said" */
		r = level_date(c, cl, num_first, &d);
	if (r == CDATE_NONE)	/* "rose to 300 on Tuesday, X said" */
		r = figure_date(c, cl, !claimdate_level(c->text, c->tok,
		    num_first), &d);
	if (r == CDATE_NONE && !claimdate_earlier(c->text, c->tok, c->n, a,
	    cue->win_end, cue->pos))
		r = carry_date(c, cl, &d);
	if (r == CDATE_NONE)	/* "told a committee meeting Wednesday" */
		r = claimdate_statement(c->text, c->tok, c->n, num_first,
		    c->published, &d);
	if (r == CDATE_FOUND)
		date_format(d, cl->claim_date);
}

static void
claim_fill_number(struct claim *cl, const struct numphrase *np,
    const struct numphrase *each)
{
	cl->qualifier = np->qual;
	cl->value = np->value;
	cl->low = np->low;
	cl->high = np->high;
	if (each == NULL)
		return;
	cl->factor = np->value;
	cl->each = each->value;
	cl->qualifier = each->qual;
	cl->value = np->value * each->value;
	cl->low = np->value * each->low;
	cl->high = np->value * each->high;
}

static void
claim_fill_place(struct ctx *c, struct claim *cl, size_t num_first,
    size_t num_end)
{
	const struct sentence *s = &c->sl.v[c->si];

	cl->doc = xstrdup(c->art->id != NULL ? c->art->id : "");
	memcpy(cl->published, c->art->published, DATE_LEN);
	cl->sentence = xstrndup(c->text + s->start, s->end - s->start);
	cl->sent_start = s->start;
	cl->sent_end = s->end;
	cl->num_start = c->tok[num_first].off;
	cl->num_end = c->tok[num_end - 1].off + c->tok[num_end - 1].len;
}

/* The cues of the current sentence, found once and only for sentences
 * with a number that may be a claim. */
static void
sentence_cues(struct ctx *c)
{
	if (c->cues_done)
		return;
	c->ncues = reread_current_cues(c, c->cues);
	c->cues_done = true;
}

/* The cue attached to the figure that ends before token end: "the
 * 11,000 cited by Zelensky", "11,000 according to Kyiv". */
static const struct cue *
attached_cue(struct ctx *c, size_t end)
{
	sentence_cues(c);
	return cue_attached(c->cues, c->ncues, c->text, c->tok, c->n, end);
}

static bool	trigger_verb_after(struct ctx *, size_t);

/*
 * "up 10% on the same point last year (16,842)", "lower than in 2023
 * (14,732)": a lone figure in brackets just after a time phrase stands
 * for the measure just claimed, at that time.
 */
static bool
bracketed_after_time(struct ctx *c, const struct numphrase *np)
{
	static const char *const spans[] = {	/* sorted */
		"day", "fortnight", "month", "period", "week", "year", NULL
	};
	static const char *const compare[] = {	/* sorted */
		"compared", "than", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first, e = np->end, k;

	if (f < 2 || e >= c->n || np->first != np->num_first ||
	    np->qual != QUAL_EXACT || !tok_punct(&t[f - 1], '(') ||
	    !tok_punct(&t[e], ')') || t[np->num_first].kind != TOK_NUM ||
	    (t[np->num_first].flags & (TF_YEARLIKE | TF_DECIMAL)))
		return false;
	if (t[f - 2].kind == TOK_NUM ? !(t[f - 2].flags & TF_YEARLIKE) :
	    !tok_in_sorted(c->text, &t[f - 2], spans, NWORDS(spans)))
		return false;
	for (k = 0; k + 2 < f; k++)	/* a comparison names the measure */
		if (tok_punct(&t[k], '%') || tok_in_sorted(c->text, &t[k],
		    compare, NWORDS(compare)))
			return true;
	return false;
}

#define BREAKDOWN_BACK 12	/* tokens back to the bracket's opening */

/*
 * "390 cases (260 confirmed, 87 probable, and 43 suspected)", "23
 * deaths (4 confirmed, 19 probable)": after a count claimed in its
 * sentence, a bracket of items, each a figure and one word that sorts
 * it, breaks that count down; each item is a part of it, its noun left
 * out. The bracket opens right where the claim ends (or the item
 * before was claimed in it); only figures, such words, commas and "and"
 * stand in it before the item; *end is set past the item's word.
 */
static bool
breakdown_in_brackets(struct ctx *c, const struct numphrase *np,
    size_t *end)
{
	const struct token *t = c->tok;
	size_t e = np->end, k;

	if (np->first == 0 || e + 1 >= c->n || t[e].kind != TOK_WORD ||
	    (t[e].flags & TF_CAP) || !(tok_punct(&t[e + 1], ',') ||
	    tok_punct(&t[e + 1], ')') || tok_is(c->text, &t[e + 1], "and")))
		return false;
	for (k = np->first; k > 0 && np->first - k < BREAKDOWN_BACK; k--) {
		const struct token *w = &t[k - 1];

		if (tok_punct(w, '('))
			break;
		if (!(w->kind == TOK_NUM || (w->kind == TOK_WORD &&
		    !(w->flags & TF_CAP)) || tok_punct(w, ',')))
			return false;
	}
	if (k == 0 || !tok_punct(&t[k - 1], '(') || c->used_end < k - 1 ||
	    c->used_end > np->first)
		return false;	/* not right after the claim or an item
				   before: "70 km (43 miles)" */
	*end = e + 1;
	return true;
}

/*
 * "one" closing a list of counts already made in the sentence: "four
 * in the north, two in the east and one in the capital", "two in each
 * town, and one each in the villages". It follows "and" or a comma
 * and goes on with a preposition of place or "each", as the items
 * before it did; "one in five" (a proportion) was ruled out before,
 * and "one from each depot", "one at every gate" are pronouns.
 */
static bool
last_of_a_list(struct ctx *c, const struct numphrase *np, size_t e)
{
	static const char *const preps[] = {	/* sorted */
		"across", "at", "each", "in", "inside", "near", "on", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first;

	if (e + 1 < c->n && (tok_is(c->text, &t[e + 1], "each") ||
	    tok_is(c->text, &t[e + 1], "every")))
		return false;	/* "2,000 came, one at each gate": a
				   pronoun, one of them */
	return f > 0 && np->qual == QUAL_EXACT && e < c->n &&
	    (tok_is(c->text, &t[f - 1], "and") || tok_punct(&t[f - 1], ',')) &&
	    tok_in_sorted(c->text, &t[e], preps, NWORDS(preps));
}

/*
 * "1.2 million were evacuated, with 5,000 leaving the old town", "with
 * 737 not showing up for work", "with about 1,000 already having
 * arrived": after a claim of its sentence, "with" and a figure whose
 * verb is an -ing form (maybe after "not", "already", "still") is an
 * absolute phrase: part of the count just claimed, its noun left out.
 * "Missing" is an adjective, a count only for a tracker of the missing.
 */
static bool
with_absolute(struct ctx *c, const struct numphrase *np, size_t e)
{
	static const char *const adverbs[] = {	/* sorted */
		"already", "not", "now", "still", NULL
	};
	const struct token *t = c->tok;
	size_t k = e;

	if (np->first == 0 || !tok_is(c->text, &t[np->first - 1], "with"))
		return false;
	while (k < c->n && k < e + 2 && tok_in_sorted(c->text, &t[k],
	    adverbs, NWORDS(adverbs)))
		k++;
	if (k >= c->n || t[k].kind != TOK_WORD || t[k].len < 5 ||
	    strncasecmp(c->text + t[k].off + t[k].len - 3, "ing", 3) != 0)
		return false;
	return !tok_is(c->text, &t[k], "missing") || phrase_match(
	    &c->tr->triggers, c->text, t, k, c->n, NULL) > 0;
			/* "with three more missing": a state the tracker
			   may not follow */
}

/*
 * A number whose counted noun is left out because it was just named:
 * "100 soldiers were killed and about 1,000 wounded", "3.5 million had
 * marched, with 700,000 in the capital", "about 8,000 of them". In the
 * claim's own sentence the number may be followed by a verb, a
 * preposition, a trigger or punctuation; in the next sentences only by
 * "of them" (two back), or by an auxiliary or the one who gave it ("the
 * 3,000 reported by the Pentagon", one back).
 */
static bool
elided_count(struct ctx *c, const struct numphrase *np, size_t *end)
{
	static const char *const aux[] = {
		"have", "has", "had", "were", "was", "are", "is", "will",
		"would", "could", "may", "might", "remain", "remained", NULL
	};
	static const char *const preps[] = {
		"in", "at", "on", "from", "following", "across", "near",
		"inside", "into", "since", "during", "so", "more", "earlier",
		"ago", "before", "last", "overnight", "today", "yesterday",
		NULL
	};
	static const char *const spans[] = {
		"day", "week", "month", "year", "fortnight", NULL
	};
	static const char *const them[] = { "them", "those", "whom", NULL };
	const struct token *t = c->tok;
	size_t e = np->end, back = c->si - c->last_si, f;

	*end = e;
	if (c->last_subject == NULL || back > 2 ||
	    ((t[np->num_first].flags & TF_DECIMAL) && np->value < 1000) ||
	    ((t[np->num_first].flags & TF_YEARLIKE) &&
	    np->qual == QUAL_EXACT))
		return false;
	if (e + 1 < c->n && tok_is(c->text, &t[e], "of") &&
	    tok_in(c->text, &t[e + 1], them)) {
		*end = e + 2;
		return true;
	}
	if (back > 1)
		return false;
	if (back == 0 && np->first > 0 &&
	    tok_is(c->text, &t[np->first - 1], "including"))
		return true;	/* "hundreds were hurt, including over 130
				   police officers": a part of the count just
				   claimed, whatever it names */
	if (bracketed_after_time(c, np))
		return true;	/* "up 51% on a year ago (16,842)" */
	if (back == 0 && np->first > 1 && tok_is(c->text, &t[np->first - 1],
	    "the"))
		f = np->first - 1;	/* "up from the six reported" */
	else
		f = np->first;
	if (back == 0 && f > 1 && tok_is(c->text, &t[f - 1], "from") &&
	    (tok_is(c->text, &t[f - 2], "up") || tok_is(c->text, &t[f - 2],
	    "down")) && (e == c->n || t[e].kind == TOK_PUNCT ||
	    tok_in(c->text, &t[e], preps) || tok_is(c->text, &t[e], "a") ||
	    verb_form(c->text, &t[e])))
		return true;	/* the same count's earlier level, not "up
				   from 2 metres" */
	if (e + 1 < c->n && tok_is(c->text, &t[e], "of") &&
	    tok_is(c->text, &t[e + 1], "others"))
		e++;		/* "hundreds of others" */
	if (e < c->n && tok_is(c->text, &t[e], "others")) {
		*end = ++e;	/* "with 2,700 others injured" */
		if (back == 0)
			return true;	/* "316 citizens and 14 others
					   left": more of the count just
					   claimed, whatever follows */
	} else if (e < c->n && tok_is(c->text, &t[e], "more"))
		*end = ++e;	/* "thousands more have died" */
	if (t[np->num_first].kind == TOK_WORD && np->value == 1)
		return back == 0 && (trigger_verb_after(c, e) ||
		    last_of_a_list(c, np, e));	/* "one from each of them" */
	if (back == 0 && with_absolute(c, np, e))
		return true;	/* "..., with 5,000 leaving the city" */
	if (e < c->n && tok_in(c->text, &t[e], aux))
		return true;
	if (attached_cue(c, e) != NULL)
		return true;
	if (back > 0)
		return false;
	return e == c->n || (t[e].kind == TOK_PUNCT && t[e].ch != '-' &&
	    t[e].ch != '$' && t[e].ch != '%') ||
	    tok_in(c->text, &t[e], preps) ||
	    (e + 1 < c->n && tok_is(c->text, &t[e], "a") &&
	    tok_in(c->text, &t[e + 1], spans)) ||	/* "a week earlier" */
	    trigger_verb_after(c, e);
}

/* Auxiliaries, adverbs of addition and verbs of a passive report between
 * a count and its verb: "1,024 had been arrested", "10,000 feared
 * missing", "5,000 also marched". */
static const char *const between_words[] = {	/* sorted */
	"already", "also", "are", "been", "being", "believed", "confirmed",
	"feared", "found", "had", "has", "have", "is", "now", "presumed",
	"reported", "reportedly", "thought", "to", "was", "were", NULL
};

/* A verb's participle or past: "arrested", "fighting", "taken", "fled". */
bool
verb_form(const char *text, const struct token *t)
{
	static const char *const irregular[] = {	/* sorted */
		"came", "dead", "fled", "held", "hurt", "left", "lost",
		"missing", "sent", "slain", "stuck", "took", "went", NULL
	};
	const char *s = text + t->off;
	size_t n = t->len;

	if (t->kind != TOK_WORD || n < 4)
		return false;
	if (strncasecmp(s + n - 2, "ed", 2) == 0 ||
	    strncasecmp(s + n - 2, "en", 2) == 0 ||
	    strncasecmp(s + n - 3, "ing", 3) == 0)
		return true;
	return tok_in_sorted(text, t, irregular, NWORDS(irregular));
}

/* The tracker's verb at token k, maybe after auxiliaries: "were
 * killed", "had been arrested", "wounded". */
static bool
trigger_verb_after(struct ctx *c, size_t k)
{
	size_t e = k;

	while (k < c->n && k < e + 3 && tok_in_sorted(c->text, &c->tok[k],
	    between_words, NWORDS(between_words)))
		k++;
	return k < c->n && c->tok[k].kind == TOK_WORD &&
	    verb_form(c->text, &c->tok[k]) && phrase_match(&c->tr->triggers,
	    c->text, c->tok, k, c->n, NULL) > 0;
}

/*
 * Does the figure before token f in the clause count a noun of its own
 * that the tracker does not follow ("1,400 Israelis were killed, with
 * 3,500 wounded")? Then a later count without a noun is of that noun.
 */
static bool
other_count_before(struct ctx *c, size_t f)
{
	struct numphrase np;
	struct counted ct;
	size_t j;

	for (j = f; j > 0 && f - j < 24; j--) {
		if (tok_punct(&c->tok[j - 1], ':'))
			return false;	/* a list of the counts named */
		if (c->tok[j - 1].kind != TOK_NUM || (j > 1 &&
		    c->tok[j - 2].kind == TOK_NUM) ||
		    !amount_start(c->text, &c->tok[j - 1]) ||
		    !numphrase_parse(c->text, c->tok, c->n, j - 1, &np) ||
		    not_a_count(c, &np))
			continue;	/* "on Oct. 7" counts nothing */
		break;
	}
	if (j == 0 || f - j >= 24 ||
	    np.end >= f || c->tok[np.end].kind != TOK_WORD ||
	    verb_form(c->text, &c->tok[np.end]) ||
	    tok_in_sorted(c->text, &c->tok[np.end], between_words,
	    NWORDS(between_words)) ||
	    phrase_match(&c->tr->triggers, c->text, c->tok, np.end, c->n,
	    NULL) > 0)
		return false;
	return !counted_after(c, np.end, &ct);
}

/*
 * A count whose noun is left out before the tracker's verb: "1,000
 * arrested after the riots", "3,800 killed or wounded", "10,000 feared
 * missing", "that 1,024 had been arrested and 575 charged". Between the
 * number and the trigger stand only auxiliaries and the verbs of a
 * passive report; the trigger must not be a noun the figure owns ("the
 * 2,000 deaths" is read as its noun before this).
 */
/*
 * The present tense of a one-word trigger written in the past: "protest"
 * of "protested", "rally" of "rallied", "march" of "marched".
 */
static bool
present_of_trigger(struct ctx *c, const struct token *t)
{
	const char *s = c->text + t->off;
	size_t n = t->len, i;

	if (t->kind != TOK_WORD || n < 4 || (t->flags & TF_CAP) ||
	    s[n - 1] == 's')
		return false;
	for (i = 0; i < c->tr->triggers.n; i++) {
		const struct phrase *p = &c->tr->triggers.v[i];
		const char *w = p->w[0];
		size_t m = p->len[0];

		if (p->n != 1 || m < n + 1 || m > n + 2)
			continue;
		if ((m == n + 2 && strncasecmp(w, s, n) == 0 &&
		    strcmp(w + n, "ed") == 0) ||
		    (m == n + 1 && s[n - 1] == 'e' &&
		    strncasecmp(w, s, n) == 0 && w[n] == 'd') ||
		    (m == n + 2 && s[n - 1] == 'y' &&
		    strncasecmp(w, s, n - 1) == 0 &&
		    strcmp(w + n - 1, "ied") == 0))
			return true;
	}
	return false;
}

static bool
trigger_after(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	size_t k = np->end, len;

	if (np->first == 0 && isnan(np->value) && k < c->n &&
	    present_of_trigger(c, &c->tok[k]))
		goto counted;	/* a headline's "Thousands protest in ..." */

	while (k < c->n && k < np->end + 3 && tok_in_sorted(c->text,
	    &c->tok[k], between_words, NWORDS(between_words)))
		k++;
	if (k >= c->n || c->tok[k].kind != TOK_WORD ||
	    (len = phrase_match(&c->tr->triggers, c->text, c->tok, k, c->n,
	    NULL)) == 0 || !verb_form(c->text, &c->tok[k]))
		return false;
	if (other_count_before(c, np->first))	/* dearer: asked last */
		return false;
counted:
	counted_reset(ct, np->end);
	ct->noun = np->end;
	ct->end = np->end;
	ct->left_out = true;
	return true;
}

/* Is a trigger of the tracker's written in the clause from token k,
 * before a comma, a word that opens another clause or a verb of saying
 * that makes the counted one a speaker ("One nurse said she ...")? */
static bool
trigger_in_clause(struct ctx *c, size_t k)
{
	static const char *const opens[] = {	/* sorted */
		"after", "because", "but", "said", "says", "that", "told",
		"when", "which", "while", "who", NULL
	};

	for (; k < c->n && !tok_punct(&c->tok[k], '.') &&
	    !tok_punct(&c->tok[k], ',') && !tok_punct(&c->tok[k], ';') &&
	    !tok_in_sorted(c->text, &c->tok[k], opens, NWORDS(opens)); k++)
		if (phrase_match(&c->tr->triggers, c->text, c->tok, k, c->n,
		    NULL) > 0)
			return true;
	return false;
}

/*
 * The -ing form of one of the tracker's triggers: "killing" of
 * "killed", "wounding" of "wounded" (netfig.c reads the forms).
 */
static bool
gerund_of_trigger(struct ctx *c, size_t k)
{
	const struct token *t = &c->tok[k];

	return t->kind == TOK_WORD && t->len >= 6 &&
	    strncasecmp(c->text + t->off + t->len - 3, "ing", 3) == 0 &&
	    netfig_trigger_form(c, k) >= 0;
}

/*
 * Is the token before f the tracker's verb whose object the figure is:
 * "killing one protester", "the blast killed one worker", "injuring one
 * officer"? Then a lone "one" is a count, not one person of the story.
 */
static bool
trigger_verb_before(struct ctx *c, size_t f)
{
	const struct token *t;

	if (f == 0)
		return false;
	t = &c->tok[f - 1];
	return t->kind == TOK_WORD && (gerund_of_trigger(c, f - 1) ||
	    (verb_form(c->text, t) && phrase_match(&c->tr->triggers,
	    c->text, c->tok, f - 1, c->n, NULL) > 0));
}

#define LIST_BACK 4	/* tokens back to the figure before a list's "and" */

/*
 * Is the figure at f the last member of a list of counts, after "and",
 * a comma or "including" that follows another count and its noun ("40
 * men, 12 women and one child", "nine bodies, including one child")?
 * Only words that are no verb stand between the two.
 */
static bool
member_of_counts(struct ctx *c, size_t f)
{
	const struct token *t = c->tok;
	size_t j;

	if (f < 2 || !(tok_is(c->text, &t[f - 1], "and") ||
	    tok_punct(&t[f - 1], ',') || tok_is(c->text, &t[f - 1],
	    "including")))
		return false;
	for (j = f - 1; j > 0 && f - 1 - j < LIST_BACK; j--) {
		const struct token *w = &t[j - 1];

		if (w->kind == TOK_NUM || (w->kind == TOK_WORD &&
		    amount_word_start(c->text + w->off, w->len)))
			return j < f - 1;	/* a noun between */
		if (w->kind != TOK_WORD || (verb_form(c->text, w) &&
		    phrase_match(&c->tr->nouns, c->text, t, j - 1, c->n,
		    NULL) == 0))
			return false;	/* a verb, not "women" */
	}
	return false;
}

/*
 * "one death", "one fatality", "one body": a singular noun right after
 * "one" whose plural is the tracker's word for what befell ("deaths",
 * "bodies") names the event counted, never a person of the story (not
 * "one of the detainees", "one deceased victim").
 */
static bool
event_noun(struct ctx *c, const struct numphrase *np, size_t k)
{
	return k == np->end && k < c->n &&
	    plural_listed(c, k, &c->tr->triggers);
}

/*
 * "One soldier admitted ...": a lone "one" before its noun (at token
 * noun) is one person the story tells of, a count only when the
 * tracker's verb follows in its clause ("one soldier was killed"), a
 * qualifier says so ("at least one") or the noun is the event's ("one
 * death was reported").
 */
static bool
one_of_a_story(struct ctx *c, const struct numphrase *np, size_t noun,
    size_t end)
{
	return np->qual == QUAL_EXACT && np->value == 1 &&
	    np->first == np->num_first &&
	    c->tok[np->num_first].kind == TOK_WORD &&
	    !trigger_in_clause(c, end) && !trigger_verb_before(c, np->first) &&
	    !member_of_counts(c, np->first) && !event_noun(c, np, noun);
}

/* A preposition of place before token f: "in nine shelters". */
static bool
place_before(struct ctx *c, size_t f)
{
	static const char *const preps[] = {	/* sorted */
		"across", "at", "in", "inside", "into", "near", "within", NULL
	};

	return f > 0 && tok_in_sorted(c->text, &c->tok[f - 1], preps,
	    NWORDS(preps));
}

/*
 * A tracker's trigger written as the noun the figure counts: "46
 * charges", "a total of 575 charges", "thousands of layoffs", "hundreds
 * of wounded". Right after the figure it must be a plural noun (no
 * verb's participle) and no group noun, and a figure after a
 * preposition of place counts places ("sheltering in nine shelters");
 * after "of" any trigger names the ones counted.
 */
static bool
trigger_noun_after(struct ctx *c, const struct numphrase *np,
    struct counted *ct)
{
	const struct token *t = c->tok;
	size_t k = np->end, len, which;
	bool of = false;

	if (k + 1 < c->n && tok_is(c->text, &t[k], "of")) {
		k++;
		of = true;
	}
	if (k >= c->n || t[k].kind != TOK_WORD || (len = phrase_match(
	    &c->tr->triggers, c->text, t, k, c->n, &which)) == 0)
		return false;
	if (!of && (verb_form(c->text, &t[k + len - 1]) ||
	    c->text[t[k + len - 1].off + t[k + len - 1].len - 1] != 's' ||
	    phrase_match(&c->tr->groups, c->text, t, k, c->n, NULL) > 0 ||
	    place_before(c, np->first)))
		return false;
	counted_reset(ct, np->end);
	ct->noun = k;
	ct->end = k + len;
	ct->qnoun = (long)c->tr->triggers.v[which].owner;
	return true;
}

/*
 * The token after "of" and an owner at k: "the", "its", "their", or a
 * name and its "'s" ("of the UAW's 145,000 members"); k when none.
 */
static size_t
skip_owner(struct ctx *c, size_t k)
{
	static const char *const dets[] = { "its", "the", "their", NULL };
	const struct token *t = c->tok;
	size_t j;

	if (k < c->n && tok_in_sorted(c->text, &t[k], dets, NWORDS(dets)))
		k++;
	for (j = k; j < c->n && j < k + 3 && t[j].kind == TOK_WORD; j++)
		;
	if (j > k && j < c->n && (t[j].kind == TOK_POSS || (tok_punct(&t[j],
	    '\'') && j + 1 < c->n && (t[j + 1].kind == TOK_NUM ||
	    c->text[t[j - 1].off + t[j - 1].len - 1] == 's'))))
		return j + 1;	/* "Hamas' (estimated) 25,000 fighters" */
	return k;
}

static bool	cue_ends_at(struct ctx *, size_t);

/*
 * The amount of a whole written after its qualifier ("over 500", "more
 * than 640,000", "about 1,000"): the token where its digits or number
 * words start, when the qualifier read there begins at k; else k.
 */
static size_t
whole_after_qualifier(struct ctx *c, size_t k)
{
	struct numphrase q;
	size_t j;

	if (k >= c->n || amount_start(c->text, &c->tok[k]))
		return k;
	for (j = k + 1; j < c->n && j <= k + 3; j++)
		if (c->tok[j].kind == TOK_PUNCT)
			return k;
		else if (amount_start(c->text, &c->tok[j]))
			return numphrase_parse(c->text, c->tok, c->n, j, &q) &&
			    q.first == k ? j : k;
	return k;
}

/*
 * A part of a whole written with no figure of its own: "six of the
 * injured officers", "40 of the protesters were released". "The" says
 * the whole is one the story knows, so the part is of what it counts;
 * "one of the" is a member named, not a count (one_of_group()).
 */
static bool
part_of_the(struct ctx *c, const struct numphrase *np, size_t o,
    struct counted *ct)
{
	if (np->value < 2 || !tok_is(c->text, &c->tok[o], "the") ||
	    !counted_after(c, o + 1, ct))
		return false;
	ct->np_first = np->end;
	ct->part = true;
	return true;
}

/*
 * A part of a counted whole: "about 12,700 of the union's 145,000
 * members", "8,000 of the 11,000 soldiers" count what the whole counts.
 */
static bool
partitive_at(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	struct numphrase whole;
	size_t k = np->end, o, ko;

	if (k + 2 >= c->n || !tok_is(c->text, &c->tok[k], "of"))
		return false;
	o = k + 1;
	k = skip_owner(c, k + 1);
	ko = k;
	if (whole_after_qualifier(c, k) != k)	/* "of the more than 640,000" */
		k = whole_after_qualifier(c, k);
	else {
		while (k < c->n && adjective_like(c->text, &c->tok[k]) &&
		    !(c->tok[k].flags & TF_CAP))
			k++;		/* "of the estimated 25,000" */
		k = whole_after_qualifier(c, k);	/* "of over 500" */
	}
	if (k < c->n && !amount_start(c->text, &c->tok[k]))
		return part_of_the(c, np, o, ct);
	if (k >= c->n || !numphrase_parse(c->text, c->tok, c->n, k, &whole) ||
	    not_a_count(c, &whole) || !counted_after(c, whole.end, ct))
		return false;
	ct->np_first = np->end;
	ct->part = true;
	if (ko > o + 1 && (c->tok[ko - 1].kind == TOK_POSS ||
	    tok_punct(&c->tok[ko - 1], '\'')) && !cue_ends_at(c, ko - 1) &&
	    (c->tok[ko - 2].flags & TF_CAP))
		ct->foreign = true;	/* "2,000 of Russia's troops" */
	return true;
}

/*
 * The whole of a partitive whose owner is named ("of the union's 145,000
 * members"): a claim when its noun is one of the tracker's triggers, a
 * quantity of its own (the members a union represents).
 */
static bool
partitive_whole(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	size_t j = np->num_first, which;

	while (j > 0 && c->tok[j - 1].kind != TOK_NUM &&
	    !tok_is(c->text, &c->tok[j - 1], "of") && np->num_first - j < 6)
		j--;
	if (j < 2 || !tok_is(c->text, &c->tok[j - 1], "of") ||
	    c->tok[j - 2].kind != TOK_NUM || skip_owner(c, j) > np->first ||
	    phrase_match(&c->tr->triggers, c->text, c->tok, ct->noun, c->n,
	    &which) == 0)
		return false;
	if (ct->qnoun < 0)	/* the quantity the noun names */
		ct->qnoun = (long)c->tr->triggers.v[which].owner;
	return true;
}

/* The year of publication (of a guessed day or a floor too); 0 when
 * nothing dates the article. */
static int
publication_year(const struct ctx *c)
{
	long d = c->published, ref;
	int y, m, day;

	if (claimdate_guessed(d, &ref) || claimdate_floored(d, &ref))
		d = ref;
	else if (!claimdate_known(d))
		return 0;
	date_civil(d, &y, &m, &day);
	return y;
}

/*
 * Does the year at token k open a span that runs on to now ("since
 * 2019", "which began in April 2023", "starting in 2020", "following
 * the October 2023 attack")? A count over such a span is today's.
 */
static bool
year_opens_span(struct ctx *c, size_t k)
{
	static const char *const openers[] = {	/* sorted */
		"began", "beginning", "begun", "following", "since", "start",
		"started", "starting", NULL
	};
	const struct token *t = c->tok;
	size_t j;

	for (j = k; j > 0 && k - j < 4; j--) {
		if (tok_in_sorted(c->text, &t[j - 1], openers, NWORDS(openers)))
			return true;
		if (t[j - 1].kind != TOK_WORD && !tok_punct(&t[j - 1], '.') &&
		    !(t[j - 1].kind == TOK_NUM && !(t[j - 1].flags &
		    TF_YEARLIKE)))
			return false;	/* "in April 2023", "on May 2, 2019" */
	}
	return false;
}

/*
 * Is the year at token k part of an event's name rather than a time
 * adverbial: "the 1999 cyclone", "its 2014 abduction", "2005's
 * hurricane", "the Great Storm of 1900"? Not "in 2022", "on May 25,
 * 1986" nor "the 1960s".
 */
static bool
year_names_event(struct ctx *c, size_t k)
{
	static const char *const dets[] = {	/* sorted */
		"its", "the", "their", NULL
	};
	const struct token *t = c->tok;

	if (t[k].flags & TF_ATTACHED)
		return false;
	if (k + 1 < c->n && t[k + 1].kind == TOK_POSS)
		return true;
	if (k + 2 < c->n && t[k + 1].kind == TOK_PUNCT &&
	    t[k].off + t[k].len == t[k + 1].off &&
	    t[k + 1].off + t[k + 1].len == t[k + 2].off &&
	    tok_is(c->text, &t[k + 2], "s"))
		return true;	/* "2005’s": digits keep no possessive */
	if (k > 0 && k + 1 < c->n && t[k + 1].kind == TOK_WORD &&
	    tok_in_sorted(c->text, &t[k - 1], dets, NWORDS(dets)))
		return true;
	return k > 1 && tok_is(c->text, &t[k - 1], "of") &&
	    t[k - 2].kind == TOK_WORD && (t[k - 2].flags & TF_CAP) &&
	    k > 2;		/* "Hurricane of 1900", not "Of 1900" */
}

/*
 * A figure of another, past event that the clause names by its year,
 * two or more years before the article: "The great storm of 1900
 * killed more than 6,000", "the 1999 cyclone killed nearly 10,000",
 * "the toll of 2005's hurricane is 1,833". Background, not this
 * story's claim. The year names the event (year_names_event()) and
 * stands before the figure in its clause (up to a semicolon or colon,
 * 20 tokens back). A year as a time adverbial is read by no rule:
 * "crossings in 2022 (45,774)" is as often the story's own earlier
 * count as another event's. Spans that run on to now stay ("since
 * the 2019 floods", "the war, which began in 2023, has killed").
 */
static bool
old_year_in_clause(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	int year;
	size_t k;

	if (c->year_si != c->si + 1) {	/* most sentences hold no year */
		for (k = 0; k < c->n && !(t[k].flags & TF_YEARLIKE); k++)
			;
		c->first_year = k < c->n ? k : SIZE_MAX;
		c->year_si = c->si + 1;
	}
	if (c->first_year >= np->first)
		return false;
	for (k = np->first; k > 0 && np->first - k < 20; k--) {
		if (t[k - 1].kind == TOK_PUNCT && (t[k - 1].ch == ';' ||
		    t[k - 1].ch == ':'))
			break;
		if ((t[k - 1].flags & TF_YEARLIKE) &&
		    (year = publication_year(c)) != 0 &&
		    t[k - 1].num <= year - 2 && year_names_event(c, k - 1) &&
		    !year_opens_span(c, k - 1))
			return true;
	}
	return false;
}

/*
 * A figure of an earlier event named by its year: "the unrest in 2011,
 * when around 4,000 people were arrested", "since the 2011 riots, in
 * which 4,000 were held": a year before the publication's (any year
 * when it is unknown), then "when" or "which", then the figure.
 */
static bool
earlier_event(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t i, j;
	bool rel;
	int year = c->art->published[0] != '\0' ?
	    atoi(c->art->published) : 9999;

	for (i = np->first; i > 0 && np->first - i < 16; i--)
		if (tok_is(c->text, &t[i - 1], "when") ||
		    tok_is(c->text, &t[i - 1], "which") ||
		    tok_is(c->text, &t[i - 1], "that"))
			break;	/* "the 1999 quake that killed 17,000" */
	if (i == 0 || np->first - i >= 16)
		return false;
	rel = tok_is(c->text, &t[i - 1], "that");
	for (j = i - 1; j > 0 && i - j < (rel ? 4 : 6); j--) {
		if ((t[j - 1].flags & TF_YEARLIKE) && t[j - 1].num < year)
			return j < 2 || !tok_is(c->text, &t[j - 2], "since");
		if (rel && t[j - 1].kind != TOK_WORD)
			break;	/* "that" of the year's own noun only:
				   not "On May 2, 2024, he said that" */
	}
	return false;		/* "the worst since 2016, when" compares */
}

/*
 * A figure with no noun as the object of the tracker's verb: "have
 * killed more than 4,000 and injured ...", "killing hundreds, levelling
 * ...", "has displaced about 10 million." The verb is a participle or
 * past just before the figure; after it the clause ends or goes on with
 * "and", "or", a preposition or a day, never a noun of its own ("killed
 * 300 cattle", "evacuated 12 hospitals").
 */
static bool
trigger_before(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	static const char *const next[] = {	/* sorted */
		"across", "after", "and", "around", "as", "at", "by",
		"during", "from", "in", "inside", "near", "on", "or", "since",
		"so", "throughout", "within", NULL
	};
	const struct token *t = c->tok;
	size_t f = np->first, e = np->end;

	if (f == 0 || t[f - 1].kind != TOK_WORD ||
	    !verb_form(c->text, &t[f - 1]) ||
	    phrase_match(&c->tr->triggers, c->text, t, f - 1, c->n,
	    NULL) != 1 || (t[np->num_first].flags & TF_YEARLIKE))
		return false;
	if (e < c->n && !(t[e].kind == TOK_PUNCT && t[e].ch != '-' &&
	    t[e].ch != '$' && t[e].ch != '%') &&
	    !tok_in_sorted(c->text, &t[e], next, NWORDS(next)) &&
	    tok_weekday(c->text, &t[e]) < 0)
		return false;
	counted_reset(ct, e);
	ct->noun = e;
	ct->end = e;
	ct->left_out = true;
	return true;
}

/*
 * Nouns of places, events and vehicles: what a figure counts when one
 * of them heads its noun phrase, not people ("over 100 evacuation
 * centres", "eight refugee camps", "2,500 rallies", "32 military
 * flights").
 */
static const char *const place_event_nouns[] = {	/* sorted */
	"buildings", "camps", "centers", "centres", "cities", "events",
	"facilities", "flights", "gatherings", "homes", "hospitals", "houses",
	"locations", "rallies", "schools", "shelters", "sites", "towns",
	"venues", "vigils", "villages", NULL
};

static bool
place_event_noun(struct ctx *c, size_t k)
{
	return k < c->n && tok_in_sorted(c->text, &c->tok[k],
	    place_event_nouns, NWORDS(place_event_nouns)) &&
	    phrase_match(&c->tr->nouns, c->text, c->tok, k, c->n, NULL) == 0 &&
	    phrase_match(&c->tr->qnouns, c->text, c->tok, k, c->n, NULL) == 0;
}

/*
 * Does the figure count places, events or vehicles? Its noun phrase,
 * after quotes, subject cues, adjectives and the tracker's words used
 * as modifiers ("evacuation" of "evacuation centres", "refugee" of
 * "refugee camps"), ends in one of place_event_nouns, which the tracker
 * does not count. No verb is skipped: "thousands attended rallies".
 */
static bool
counts_places(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t k = np->end, len, mods = 0;

	while (k < c->n && mods <= 4) {
		if (place_event_noun(c, k))
			return true;
		if (tok_punct(&t[k], '"') || tok_punct(&t[k], '\'')) {
			k++;
			continue;
		}
		if (t[k].kind != TOK_WORD || verb_form(c->text, &t[k]) ||
		    tok_in(c->text, &t[k], phrase_enders))
			return false;
		if ((len = phrase_match(&c->tr->nouns, c->text, t, k, c->n,
		    NULL)) > 0)
			return place_event_noun(c, k + len);	/* "refugee camps" */
		if ((len = phrase_match(&c->tr->cues, c->text, t, k, c->n,
		    NULL)) == 0 && (len = phrase_match(&c->tr->triggers,
		    c->text, t, k, c->n, NULL)) == 0) {
			if (!adjective_like(c->text, &t[k]))
				return false;
			len = 1;
		}
		if (len > 1 && place_event_noun(c, k + len - 1))
			return true;		/* the trigger "evacuation centres" */
		k += len;
		mods++;
	}
	return false;
}

/*
 * "a population of around 800", "the town's population of 20,000",
 * "put the population at 800": how many live in a place or belong to
 * an institution, not a count of the story.
 */
static bool
population_before(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t f = np->first, k;

	if (f < 2 || !(tok_is(c->text, &t[f - 1], "of") ||
	    tok_is(c->text, &t[f - 1], "at")))
		return false;
	if (tok_is(c->text, &t[f - 2], "population"))
		return true;
	if (!tok_is(c->text, &t[f - 1], "at"))
		return false;
	/* "put the population of pupils in the school at" */
	for (k = f - 1; k-- > 0 && f - k < 12;) {
		if (t[k].kind == TOK_PUNCT || t[k].kind == TOK_NUM)
			return false;
		if (tok_is(c->text, &t[k], "population"))
			return true;
	}
	return false;
}

static bool	trigger_in_clause(struct ctx *, size_t);

/*
 * "2,000 rescue workers from 15 countries", "an extra 2,200
 * riot-trained officers will be deployed": people counted by their
 * work of responding (a modifier from responders[] between the figure
 * and its noun) are the response, not the tracked people, unless a
 * trigger of the tracker stands in the figure's clause ("12 rescue
 * workers were killed") or just before it ("killing 12 aid workers").
 */
static bool
responders_counted(struct ctx *c, const struct numphrase *np,
    const struct counted *ct)
{
	static const char *const responders[] = {	/* sorted */
		"aid", "emergency", "relief", "rescue", "riot",
		"riot-trained", "search", NULL
	};
	size_t k;

	for (k = np->end; k < ct->noun; k++)
		if (tok_in_sorted(c->text, &c->tok[k], responders,
		    NWORDS(responders)))
			break;
	if (k >= ct->noun || trigger_in_clause(c, ct->end))
		return false;
	for (k = np->first; k > 0 && np->first - k < 4; k--) {
		if (c->tok[k - 1].kind == TOK_PUNCT)
			break;
		if (phrase_match(&c->tr->triggers, c->text, c->tok, k - 1,
		    c->n, NULL) > 0)
			return false;
	}
	return true;
}

#define AMONG_REACH 12	/* tokens from a figure to its "among" */

/*
 * Is there an "among those killed", "among the dead" (a trigger of the
 * tracker right after "among those" or "among the", maybe past one
 * word) within reach of the figure at np, in its sentence part, with
 * the figure outside that phrase? Then the figure's people are some of
 * the befallen: "Among those arrested are two Nigerians", "four
 * Russians were among the dead".
 */
static bool
among_befallen(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t a = np->first > AMONG_REACH ? np->first - AMONG_REACH : 0;
	size_t z = np->end + AMONG_REACH < c->n ? np->end + AMONG_REACH :
	    c->n, k;

	for (; a + 2 < z; a++) {
		if (!tok_is(c->text, &t[a], "among") || !(tok_is(c->text,
		    &t[a + 1], "those") || tok_is(c->text, &t[a + 1], "the")))
			continue;
		for (k = a + 2; k < a + 4 && k < c->n; k++)
			if (phrase_match(&c->tr->triggers, c->text, t, k,
			    c->n, NULL) > 0)
				break;
		if (k == a + 4 || k >= c->n || (np->first > a &&
		    np->first <= k))
			continue;	/* "Among the 48, ...": the whole */
		for (k = a < np->first ? a : np->end; k < (a < np->first ?
		    np->first : a); k++)
			if (tok_punct(&t[k], ';') || tok_punct(&t[k], ':'))
				break;
		if (k == (a < np->first ? np->first : a))
			return true;
	}
	return false;
}

/*
 * "Among those killed were four Chinese citizens", "two Buddhist monks
 * were among those arrested": the plural noun (within three words of
 * the figure) of a count of the befallen is its counted noun, though
 * the tracker does not list it; spans of time and countries count no
 * people.
 */
static bool
among_counted(struct ctx *c, const struct numphrase *np, struct counted *ct)
{
	static const char *const unpeopled[] = {	/* sorted */
		"countries", "days", "hours", "months", "nations", "weeks",
		"years", NULL
	};
	const struct token *t = c->tok;
	size_t k;

	if (np->qual == QUAL_VAGUE || isnan(np->value) || np->value < 2)
		return false;
	for (k = np->end; k < c->n && k < np->end + 3; k++) {
		if (t[k].kind != TOK_WORD || verb_form(c->text, &t[k]))
			return false;
		if (t[k].len > 3 && c->text[t[k].off + t[k].len - 1] == 's')
			break;
	}
	if (k >= c->n || k == np->end + 3 || tok_in_sorted(c->text, &t[k],
	    unpeopled, NWORDS(unpeopled)) || !among_befallen(c, np))
		return false;	/* "eight months pregnant", "from 15
				   countries": no people */
	counted_reset(ct, np->end);
	ct->noun = k;
	ct->end = k + 1;
	return true;
}

/* What a number phrase counts; false when it is no claim. */
static bool
number_counts(struct ctx *c, const struct numphrase *np,
    struct numphrase *each, struct counted *ct, bool *product)
{
	*product = false;
	if (not_a_count(c, np) || earlier_event(c, np) ||
	    quantity_untracked(c, np->first, np->end))
		return false;
	if (product_at(c, np, each, ct)) {
		*product = true;
		return true;
	}
	if (capacity_before(c, np) || staff_before(c, np) ||
	    population_before(c, np))
		return false;
	/* counts_places() last: it reads on only for a figure taken */
	if (counted_after(c, np->end, ct))
		return !rate_after(c, ct->end) &&
		    !one_of_a_story(c, np, ct->noun, ct->end) &&
		    !counts_places(c, np) &&
		    !responders_counted(c, np, ct);
	if (partitive_at(c, np, ct))
		return true;
	return (strong_at(c, np, ct) || member_compound_at(c, np, ct) ||
	    counted_before(c, np, ct) ||
	    measure_before(c, np, ct) || trigger_after(c, np, ct) ||
	    trigger_noun_after(c, np, ct) || trigger_before(c, np, ct) ||
	    among_counted(c, np, ct)) && !counts_places(c, np);
}

/*
 * "About 30 others were wounded", "two others died": a count of
 * "others" that the tracker's verb in its clause (or just before it:
 * "wounding two others") says befell, though no claim stands near
 * enough before to lend it a noun (elided_count() reads those). *end is
 * set past "others".
 */
static bool
others_befallen(struct ctx *c, const struct numphrase *np, size_t *end)
{
	const struct token *t = c->tok;
	size_t e = np->end, k;

	if ((t[np->num_first].flags & TF_YEARLIKE) || (t[np->num_first].flags &
	    TF_DECIMAL))
		return false;
	if (e + 1 < c->n && tok_is(c->text, &t[e], "of") &&
	    tok_is(c->text, &t[e + 1], "others"))
		e++;		/* "dozens of others" */
	if (e >= c->n || !tok_is(c->text, &t[e], "others") ||
	    !(trigger_in_clause(c, e + 1) || trigger_verb_before(c,
	    np->first)))
		return false;	/* "... or wounding two others" */
	for (k = e + 1; k < c->n && k < e + 8 && c->tok[k].kind != TOK_PUNCT;
	    k++)
		if (tok_is(c->text, &t[k], "every") || tok_is(c->text, &t[k],
		    "per"))
			return false;	/* "two others hurt every hour": a
					   rate, no count */
	*end = e + 1;
	return true;
}

/*
 * "Several" before a noun ("several people", "several journalists") is
 * a count only when the tracker's verb says what befell them in its
 * clause or just before it ("several people died", "killing several
 * officers"); else it is a word of the story ("said several activists",
 * "one of several speakers").
 */
static bool
several_untold(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;

	if (np->num_first + 1 < c->n && np->num_first > 0 && tok_is(c->text,
	    &t[np->num_first], "several") && tok_is(c->text,
	    &t[np->num_first - 1], "of"))
		return true;	/* "one of several speakers" */
	return np->num_first + 1 < c->n && tok_is(c->text, &t[np->num_first],
	    "several") && np->end == np->num_first + 1 &&
	    t[np->end].kind == TOK_WORD && !verb_form(c->text, &t[np->end]) &&
	    !trigger_in_clause(c, np->end) && !trigger_verb_before(c,
	    np->first);
}

/* Remember the subject of the claim just made, for elided counts. */
static void
last_claim_set(struct ctx *c, const char *subject)
{
	free(c->last_subject);
	c->last_subject = xstrdup(subject);
	c->last_si = c->si;
}

/* The quantity of the claim made last, as an index of the tracker's, or
 * -1 when none is known. */
static long
last_claim_quantity(struct ctx *c)
{
	const char *name;

	if (c->out->n == 0 || (name = c->out->v[c->out->n - 1].quantity) ==
	    NULL)
		return -1;
	return tracker_quantity_index(c->tr, name);
}

/*
 * Can no way of claim_subject() past number_counts() give the figure a
 * subject? Each refuses it or ends in subject_text(), which refuses a
 * figure whose story is named nowhere (subject_nowhere()), but three:
 * a breakdown or an elided count of the last claim, at most two
 * sentences back, and "N others". Their tests, and the learned
 * decision's rows when training, are then left unasked.
 */
static bool
subject_unreachable(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	size_t e = np->end;

	if (c->last_subject != NULL && c->si - c->last_si <= 2)
		return false;
	if (e + 1 < c->n && tok_is(c->text, &t[e], "of"))
		e++;			/* "dozens of others" */
	if (e < c->n && tok_is(c->text, &t[e], "others"))
		return false;
	return subject_nowhere(c) && !linmodel_training();
}

/* The subject of a number phrase and the token just past the claim;
 * NULL when the number counts nothing the tracker follows. */
static char *
claim_subject(struct ctx *c, const struct numphrase *np,
    struct numphrase *each, struct counted *ct, bool *product, size_t *end)
{
	char *subject;

	if (several_untold(c, np))
		return NULL;
	if (number_counts(c, np, each, ct, product)) {
		if ((subject = subject_text(c, ct, np)) == NULL)
			return NULL;
		*end = ct->end > np->end && !ct->part ? ct->end : np->end;
		if (*product && each->end > *end)
			*end = each->end;	/* "..., each of about 2,700" */
		return subject;
	}
	*product = false;
	counted_reset(ct, 0);
	if (subject_unreachable(c, np))
		return NULL;
	if (not_a_count(c, np) || capacity_before(c, np) ||
	    population_before(c, np) ||
	    earlier_event(c, np) || quantity_untracked(c, np->first, np->end) ||
	    (np->num_first > 0 &&
	    c->tok[np->num_first - 1].kind == TOK_POSS))
		return NULL;
	if (c->last_subject != NULL && c->last_si == c->si &&
	    breakdown_in_brackets(c, np, end)) {
		/* the whole's quantity, unless the item's words say */
		ct->qnoun = last_claim_quantity(c);
		return xstrdup(c->last_subject);
	}
	if (elided_count(c, np, end))
		return counts_places(c, np) ? NULL : xstrdup(c->last_subject);
	if (others_befallen(c, np, end))
		return counts_places(c, np) ? NULL : xstrdup("others");
	/* subject_text() below refuses a figure whose story is named
	   nowhere: such a figure is not weighed, unless for training */
	if (subject_nowhere(c) && !linmodel_training())
		return NULL;
	/* the safety net, and the learned decision under it (netfig.h) */
	if (!netfig_decide(c, np, &ct->qnoun) || counts_places(c, np))
		return NULL;
	ct->np_first = ct->noun = ct->end = *end = np->end;
	ct->left_out = true;
	return subject_text(c, ct, np);
}

static void
number_claim(struct ctx *c, const struct numphrase *np)
{
	struct numphrase each, qnp;
	struct counted ct;
	const struct cue *cue, *gov;
	struct cue chosen;
	struct claim *cl;
	size_t from, end, q;
	bool product;
	char *subject;

	if ((subject = claim_subject(c, np, &each, &ct, &product, &end)) ==
	    NULL)
		return;
	if (old_year_in_clause(c, np)) {	/* asked last: dearer */
		free(subject);
		return;
	}
	c->used_end = end;
	last_claim_set(c, subject);
	cl = claimset_add(c->out);
	cl->subject = subject;
	qnp = *np;
	verbqual_apply(c->text, c->tok, c->n, &qnp);	/* "topped 40,000" */
	claim_fill_number(cl, &qnp, product ? &each : NULL);
	if (ct.beyond && cl->qualifier == QUAL_EXACT)
		cl->qualifier = QUAL_MORE_THAN;
	claim_fill_place(c, cl, np->first, product ? each.end : np->end);
	sentence_cues(c);
	gov = cue_governing(c->cues, c->ncues, np->num_first);
	if ((cue = attached_cue(c, end)) == NULL)
		cue = gov;	/* the speaker, unless one is named after */
	from = gov != NULL && gov->pos < np->first ? gov->pos + 1 : 0;
	q = quantity_of(c, from, np->first, np->end, ct.part ? ct.end : end,
	    ct.qnoun);		/* not the noun of the part's whole */
	cl->modality = modality_of(c, from, np->first, end, q);
	q = quantity_for_modality(c, np->first, end, q, cl->modality);
	cl->quantity = xstrdup(c->tr->q[q].name);
	scope_of(c, end, cl);
	date_of(c, attribute(c, cue, np->num_first, cl, &chosen),
	    np->num_first, cl);
	carry_fallback(c, np->num_first, cl);	/* what the rules left */
}

/* The first token where an amount may start, or c->n when none. */
static size_t
first_amount(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (amount_start(c->text, &c->tok[i]))
			break;
	return i;
}

/*
 * A figure written again in brackets right after it, "thirty-nine (39)
 * people", "12 (twelve) arrests": one figure, claimed once, from the
 * bracketed copy, which stands next to the words that follow.
 */
static bool
repeated_in_brackets(struct ctx *c, const struct numphrase *np)
{
	const struct token *t = c->tok;
	struct numphrase b;
	size_t e = np->end;

	return np->qual == QUAL_EXACT && e + 2 < c->n &&
	    tok_punct(&t[e], '(') && amount_start(c->text, &t[e + 1]) &&
	    numphrase_parse(c->text, t, c->n, e + 1, &b) &&
	    b.qual == QUAL_EXACT && b.value == np->value && b.end < c->n &&
	    tok_punct(&t[b.end], ')');
}

struct trigger_memo *
trigger_memo_at(struct ctx *c, size_t i)
{
	if (c->trig_si != c->si + 1) {	/* another sentence's */
		memset(c->trig, 0, c->n * sizeof(*c->trig));
		c->trig_si = c->si + 1;
	}
	return &c->trig[i];
}

struct choose_kept *
choose_kept_of(struct ctx *c)
{
	size_t i;

	if (c->chooser == NULL)
		c->chooser = xreallocarray(NULL, EXTRACT_MAX_TOKENS,
		    sizeof(*c->chooser));
	if (c->chooser_si != c->si + 1) {	/* another sentence's */
		for (i = 0; i < c->n; i++)
			c->chooser[i].asked = false;
		c->chooser_si = c->si + 1;
	}
	return c->chooser;
}

static void
sentence_claims(struct ctx *c)
{
	struct numphrase np;
	size_t i;

	reread_current(c);
	if ((i = first_amount(c)) == c->n)
		return;
	c->cues_done = false;
	c->used_end = 0;
	for (; i < c->n; i++) {
		if (i < c->used_end || !amount_start(c->text, &c->tok[i]) ||
		    !numphrase_parse(c->text, c->tok, c->n, i, &np))
			continue;
		if (np.first < c->used_end)
			np.first = i;
		if (repeated_in_brackets(c, &np)) {
			if (c->used_end < np.end)
				c->used_end = np.end;
			continue;
		}
		number_claim(c, &np);
		if (np.end > i + 1 && c->used_end < np.end)
			c->used_end = np.end;
	}
}

size_t
extract_article(const struct tracker *tr, const struct article *art,
    struct claimset *out)
{
	struct ctx c;
	const struct sentence *s;
	size_t before = out->n;
	enum prefilter_mode pf = prefilter_mode();

	if (art->body == NULL)
		return 0;
	tracker_expand(tr);	/* WordNet, at the first article only */
	memset(&c, 0, sizeof(c));
	c.tr = tr;
	c.art = art;
	c.text = art->body;
	c.out = out;
	if (date_parse(art->published, &c.published) == -1)
		c.published = DATE_UNKNOWN;
	c.tok = xreallocarray(NULL, EXTRACT_MAX_TOKENS, sizeof(*c.tok));
	c.aux = xreallocarray(NULL, EXTRACT_MAX_TOKENS, sizeof(*c.aux));
	c.trig = xreallocarray(NULL, EXTRACT_MAX_TOKENS, sizeof(*c.trig));
	sentlist_init(&c.sl);
	sentences_split_titled(art->body, art->body_len, art->title,
	    &c.sl);
	c.reread = reread_new();	/* carry_guess reads the dateline */
	if (c.published == DATE_UNKNOWN)
		c.published = carry_guess(&c);
	c.cued = xcalloc(CUED_SLOTS(c.sl.n), 1);
	/* a scraping accident can repeat one sentence a million times:
	   past EXTRACT_MAX_CLAIMS the rest of the article is not read */
	for (c.si = 0; c.si < c.sl.n && out->n - before < EXTRACT_MAX_CLAIMS;
	    c.si++) {
		s = &c.sl.v[c.si];
		if (pf == PREFILTER_OFF ||
		    prefilter_sentence(c.text, s->start, s->end))
			sentence_claims(&c);
		else if (pf == PREFILTER_CHECK)
			prefilter_check(&c, sentence_claims);
	}
	carry_siblings(c.text, out, before);	/* one sentence's chain */
	sentlist_release(&c.sl);
	free(c.cued);
	reread_free(c.reread);
	free(c.last_subject);
	coref_forget(&c);
	free(c.tok);
	free(c.aux);
	free(c.trig);
	free(c.chooser);
	return out->n - before;
}

size_t
extract_text(const struct tracker *tr, const char *doc,
    const char *published, const char *text, struct claimset *out)
{
	struct article art;
	size_t n;

	article_init(&art);
	art.id = xstrdup(doc);
	art.body = xstrdup(text);
	art.body_len = strlen(text);
	if (published != NULL)
		snprintf(art.published, sizeof(art.published), "%s",
		    published);
	n = extract_article(tr, &art, out);
	article_release(&art);
	return n;
}
