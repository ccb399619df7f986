/*
 * claimant.c - see claimant.h.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "claimant.h"
#include "coref.h"
#include "linmodel.h"
#include "util.h"

#include "models/claimant.h"

/* Whether the model's pick replaces the rules' (see docs/accuracy.md,
 * "Round 12, who said it"). */
#define CLAIMANT_MODEL_ON	1

_Static_assert(CLAIMANT_NFEAT == CLAIMANT_NSIG,
    "extract/models/claimant.h was fitted on other signals");

enum sig {
	S_RULE, S_UNATTR, S_ATTACHED, S_GOVERNING, S_CUE, S_AGENT,
	S_AGENT_SCORE, S_AGENT_BEST, S_CARRIED, S_MENTION, S_K_SAY,
	S_K_ACCORDING, S_K_REPORT, S_K_PASSIVE, S_GAZETTEER, S_PROPER,
	S_PRONOUN, S_RELAYED, S_BEFORE, S_DIST, S_PUNCT, S_QUOTE_APART,
	S_BLOCKED, S_LAST_SPEAKER, S_U_NOCUE, S_U_WEAKGOV, S_K_MENTION,
	S_RULE_UNATTR, S_RULE_NOCUE, S_U_QUOTED, S_C_QUOTED, S_OUTLET,
	S_KNOWN_VS_NAME
};

const char *const claimant_signals[CLAIMANT_NSIG] = {
	"rule", "unattr", "attached", "governing", "cue", "agent",
	"agent_score", "agent_best", "carried", "mention", "k_say",
	"k_according", "k_report", "k_passive", "gazetteer", "proper",
	"pronoun", "relayed", "before", "dist", "punct", "quote_apart",
	"blocked", "last_speaker", "u_nocue", "u_weakgov", "k_mention",
	"rule_unattr", "rule_nocue", "u_quoted", "c_quoted", "outlet",
	"known_vs_name"
};

#define FAR_TOKENS	60	/* the distance of a candidate with no cue */

bool
claimant_model_on(void)
{
	return CLAIMANT_MODEL_ON;
}

/* Is the signal a flag, merged by "or" when candidates are one? */
static bool
flag_sig(int s)
{
	return s != S_AGENT_SCORE && s != S_DIST && s != S_PUNCT &&
	    s != S_QUOTE_APART && s != S_BEFORE && s != S_BLOCKED &&
	    s != S_K_SAY && s != S_K_ACCORDING && s != S_K_REPORT &&
	    s != S_K_PASSIVE && s != S_K_MENTION && s != S_PRONOUN &&
	    s != S_RELAYED && s != S_OUTLET;
}

/* The signals of where cue names its claimant, seen from the figure at
 * token k: kind, side, distance, breaks and quotes between. */
static void
geometry(struct ctx *c, const struct cue *cue, size_t k, double *x)
{
	size_t a = cue->np_first, b = cue->np_end, lo, hi, i, d;
	int punct = 0, quotes = 0;

	if (a >= b) {
		a = cue->pos;
		b = cue->pos + 1;
	}
	x[S_K_SAY] = cue->kind == CUE_SAY;
	x[S_K_MENTION] = cue->kind == CUE_MENTION;
	x[S_K_ACCORDING] = cue->kind == CUE_ACCORDING;
	x[S_K_REPORT] = cue->kind == CUE_REPORT;
	x[S_K_PASSIVE] = cue->kind == CUE_PASSIVE;
	x[S_PRONOUN] = cue->pronoun;
	x[S_OUTLET] = cue_outlet(c->tr, c->text, c->tok, cue);
	x[S_RELAYED] = cue->rel_first < cue->rel_end;
	x[S_BEFORE] = b <= k;
	d = k < a ? a - k : (k >= b ? k - b + 1 : 0);
	x[S_DIST] = log1p((double)(d < FAR_TOKENS ? d : FAR_TOKENS)) / 4.0;
	lo = k < a ? k : b;
	hi = k < a ? a : k;
	for (i = lo; i < hi && i < c->n; i++) {
		if (c->tok[i].kind != TOK_PUNCT)
			continue;
		if (c->tok[i].ch == '"')
			quotes++;
		else if (strchr(",;:()-", c->tok[i].ch) != NULL)
			punct++;
	}
	x[S_PUNCT] = (punct < 4 ? punct : 4) / 4.0;
	x[S_QUOTE_APART] = quotes % 2;
	x[S_BLOCKED] = (cue->until > 0 && k >= cue->until) ||
	    (k < cue->pos && (cue->forward || cue->subordinate));
}

/* Is the token k inside quotation marks opened in its sentence? */
static bool
quoted(const struct ctx *c, size_t k)
{
	size_t i;
	int q = 0;

	for (i = 0; i < k && i < c->n; i++)
		q += tok_punct(&c->tok[i], '"');
	return q % 2 == 1;
}

static void
no_geometry(double *x)
{
	x[S_DIST] = log1p((double)FAR_TOKENS) / 4.0;
	x[S_PUNCT] = 1.0;
}

/* The candidate of set with the source src, a new one when none. */
static struct claimant_cand *
slot(struct claimant_set *set, const char *src, bool *fresh)
{
	size_t i;

	*fresh = false;
	for (i = 0; i < set->n; i++)
		if (strcasecmp(set->c[i].source, src) == 0)
			return &set->c[i];
	if (set->n == CLAIMANT_MAX)
		return NULL;
	*fresh = true;
	memset(&set->c[set->n], 0, sizeof set->c[0]);
	return &set->c[set->n++];
}

static void
claim_strings_free(struct claim *cl)
{
	free(cl->source);
	free(cl->claimant);
	free(cl->relayer);
	cl->source = cl->claimant = cl->relayer = NULL;
}

/*
 * Add the candidate whose claim strings are in *got (taken over) with
 * the signals x; with cue, the cue that names it. Candidates of one
 * source are one: flags are or-ed, the nearest cue's geometry is kept.
 */
static void
add(struct claimant_set *set, struct claim *got, const struct cue *cue,
    const double *x)
{
	struct claimant_cand *cd;
	bool fresh;
	int s;

	if (got->source == NULL || (cd = slot(set, got->source, &fresh)) ==
	    NULL) {
		claim_strings_free(got);
		return;
	}
	if (fresh) {
		cd->source = got->source;
		cd->claimant = got->claimant;
		cd->relayer = got->relayer;
		memcpy(cd->x, x, sizeof cd->x);
		if (cue != NULL) {
			cd->cue = *cue;
			cd->has_cue = true;
		}
		got->source = got->claimant = got->relayer = NULL;
		return;
	}
	claim_strings_free(got);
	for (s = 0; s < CLAIMANT_NSIG; s++)
		if (flag_sig(s) && x[s] > cd->x[s])
			cd->x[s] = x[s];
	if (x[S_AGENT_SCORE] > cd->x[S_AGENT_SCORE] || !cd->x[S_AGENT])
		cd->x[S_AGENT_SCORE] = x[S_AGENT_SCORE];
	if (x[S_DIST] < cd->x[S_DIST]) {
		for (s = 0; s < CLAIMANT_NSIG; s++)
			if (!flag_sig(s))
				cd->x[s] = x[s];
		if (cue != NULL) {
			cd->cue = *cue;
			cd->has_cue = true;
		}
	}
}

/* A copy of the claim cl, without claimant: what the rules read of it
 * (its doc, sentence, number) and nothing of its own to free. */
static void
scratch(const struct claim *cl, struct claim *got)
{
	*got = *cl;
	got->source = got->claimant = got->relayer = NULL;
}

/* Whom the cue names, as the rules would give it, into *got. */
static bool
resolve(struct ctx *c, const struct cue *cue, const struct claim *cl,
    struct claim *got)
{
	scratch(cl, got);
	if (cue->pronoun) {
		if (cue < c->cues || cue >= c->cues + c->ncues)
			return false;	/* refers from its place in cues */
		coref_resolve(c, cue, got);
		coref_name(c, got);
	} else {
		got->claimant = cue_claimant(cue, c->text, c->tok);
		got->relayer = cue_relayer(cue, c->text, c->tok);
		source_set(c, cue->source, cue_whole(cue, c->text, c->tok),
		    got);
		coref_name(c, got);
		coref_described(c, cue, got);
	}
	return got->source != NULL;
}

/*
 * Whom the cues of one claim's candidates named (resolve()), kept while
 * they are gathered: the attached and the governing cue are among the
 * sentence's cues too, and the best agent is added twice. A cue that
 * refers back ("he", "the ministry") depends on its place in the
 * sentence's cues: it is resolved each time.
 */
#define NAMED_MAX (2 * CUES_MAX + 4)

struct named {
	struct cue cue;
	char	*claimant, *relayer, *source;
};

struct named_set {
	struct named v[NAMED_MAX];
	size_t	 n;
};

static bool
same_cue(const struct cue *a, const struct cue *b)
{
	return a->kind == b->kind && a->pos == b->pos &&
	    a->np_first == b->np_first && a->np_end == b->np_end &&
	    a->rel_first == b->rel_first && a->rel_end == b->rel_end &&
	    a->win_first == b->win_first && a->win_end == b->win_end &&
	    a->source == b->source && a->pronoun == b->pronoun &&
	    a->person == b->person && a->speaker == b->speaker &&
	    a->subordinate == b->subordinate && a->forward == b->forward &&
	    a->inner == b->inner && a->until == b->until;
}

/* resolve(), of a cue named before answered from ns. */
static bool
resolve_kept(struct ctx *c, const struct cue *cue, const struct claim *cl,
    struct claim *got, struct named_set *ns)
{
	struct named *nm;
	size_t i;

	if (cue->pronoun)
		return resolve(c, cue, cl, got);
	for (i = 0; i < ns->n; i++)
		if (same_cue(&ns->v[i].cue, cue)) {
			scratch(cl, got);
			got->claimant = xstrdup_or_null(ns->v[i].claimant);
			got->relayer = xstrdup_or_null(ns->v[i].relayer);
			got->source = xstrdup_or_null(ns->v[i].source);
			return got->source != NULL;
		}
	if (!resolve(c, cue, cl, got) || ns->n == NAMED_MAX)
		return got->source != NULL;
	nm = &ns->v[ns->n++];
	nm->cue = *cue;
	nm->claimant = xstrdup_or_null(got->claimant);
	nm->relayer = xstrdup_or_null(got->relayer);
	nm->source = xstrdup_or_null(got->source);
	return true;
}

static void
named_release(struct named_set *ns)
{
	size_t i;

	for (i = 0; i < ns->n; i++) {
		free(ns->v[i].claimant);
		free(ns->v[i].relayer);
		free(ns->v[i].source);
	}
	ns->n = 0;
}

/* The signals a candidate's source gives, whoever named it. */
static void
source_signals(struct ctx *c, const char *src, double *x)
{
	const char *last = coref_last_source(c);

	if (strcmp(src, "unattributed") == 0) {
		x[S_UNATTR] = 1;
		return;
	}
	x[S_GAZETTEER] = tracker_has_source(c->tr, src);
	x[S_PROPER] = !x[S_GAZETTEER];
	x[S_LAST_SPEAKER] = last != NULL && strcasecmp(last, src) == 0;
}

static void
add_cue(struct ctx *c, struct claimant_set *set, const struct cue *cue,
    size_t at, const struct claim *cl, int how, double score,
    struct named_set *ns)
{
	struct claim got;
	double x[CLAIMANT_NSIG] = { 0 };

	if (!resolve_kept(c, cue, cl, &got, ns))
		return;
	geometry(c, cue, at, x);
	source_signals(c, got.source, x);
	x[how] = 1;
	if (how == S_AGENT)
		x[S_AGENT_SCORE] = score;
	add(set, &got, cue, x);
}

void
claimant_gather(struct ctx *c, const struct cue *cue, size_t at,
    const struct claim *cl, struct claimant_set *set)
{
	struct cue agents[CUES_MAX], m;
	struct named_set ns;
	int score[CUES_MAX], best = -1;
	double x[CLAIMANT_NSIG] = { 0 };
	const struct cue *gov;
	struct claim got;
	size_t i, na;

	set->n = 0;
	set->active = CLAIMANT_MODEL_ON || linmodel_training();
	if (!set->active)
		return;
	ns.n = 0;
	gov = cue_governing(c->cues, c->ncues, at);
	if (cue != NULL && cue != gov)
		add_cue(c, set, cue, at, cl, S_ATTACHED, 0, &ns);
	if (gov != NULL)
		add_cue(c, set, gov, at, cl, S_GOVERNING, 0, &ns);
	for (i = 0; i < c->ncues; i++)
		add_cue(c, set, &c->cues[i], at, cl, S_CUE, 0, &ns);
	na = cue_agents_kept(c->tr, c->text, c->tok, c->n, at, agents, score,
	    CUES_MAX, choose_kept_of(c));
	for (i = 0; i < na; i++)
		if (score[i] >= 0 && (best < 0 || score[i] > score[best]))
			best = (int)i;
	for (i = 0; i < na; i++) {
		if (agents[i].pronoun)
			continue;
		add_cue(c, set, &agents[i], at, cl, S_AGENT,
		    score[i] < 0 ? -0.2 : score[i] / 100.0, &ns);
		if ((int)i == best)
			add_cue(c, set, &agents[i], at, cl, S_AGENT_BEST,
			    score[i] / 100.0, &ns);
	}
	if (mention_find(c->tr, c->text, c->tok, c->n, &m) && !m.pronoun)
		add_cue(c, set, &m, at, cl, S_MENTION, 0, &ns);
	named_release(&ns);
	scratch(cl, &got);
	if (coref_quoted(c, at, &got) || coref_continued(c, &got) ||
	    coref_stated_after(c, &got) || coref_statement(c, at, &got)) {
		no_geometry(x);
		source_signals(c, got.source, x);
		x[S_CARRIED] = 1;
		x[S_C_QUOTED] = quoted(c, at);
		add(set, &got, NULL, x);
	} else
		claim_strings_free(&got);
	memset(x, 0, sizeof x);
	no_geometry(x);
	x[S_UNATTR] = 1;
	x[S_U_NOCUE] = c->ncues == 0 && best < 0;
	x[S_U_WEAKGOV] = gov != NULL && gov->source < 0 && !gov->pronoun &&
	    gov->np_first == gov->np_end;
	x[S_U_QUOTED] = quoted(c, at);
	got.source = xstrdup("unattributed");
	add(set, &got, NULL, x);
}

/* The key of a decision's row: the claim as the gold is matched
 * (doc, number, sentence), and the candidate's source; no tab or
 * newline. */
static char *
row_key(const struct claim *cl, const char *src)
{
	char *key, *p;
	size_t len;

	len = strlen(cl->doc) + strlen(src) + strlen(cl->sentence) + 160;
	key = xmalloc(len);
	snprintf(key, len, "%s|%zu|%zu|%s|%.10g|%.10g|%.10g|%s|%s", cl->doc,
	    cl->sent_start, cl->num_start, qualifier_name(cl->qualifier),
	    cl->value, cl->low, cl->high, src, cl->sentence);
	for (p = key; *p != '\0'; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	return key;
}

static void
set_free(struct claimant_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++) {
		free(set->c[i].source);
		free(set->c[i].claimant);
		free(set->c[i].relayer);
	}
	set->n = 0;
}

const struct cue *
claimant_settle(struct ctx *c, struct claimant_set *set, size_t at,
    struct claim *cl, const struct cue *ret, struct cue *chosen)
{
	const struct linmodel model = {
		"claimant", CLAIMANT_NFEAT, claimant_signals, claimant_w,
		claimant_bias
	};
	double x[CLAIMANT_NSIG] = { 0 }, z, bestz = -INFINITY;
	struct claimant_cand *pick = NULL, *rule = NULL;
	struct claim got;
	size_t i;
	char *key;
	bool train;

	if (!set->active || cl->source == NULL)
		return ret;
	train = linmodel_training();	/* once, not per candidate */
	scratch(cl, &got);
	got.source = xstrdup(cl->source);
	got.claimant = cl->claimant != NULL ? xstrdup(cl->claimant) : NULL;
	got.relayer = cl->relayer != NULL ? xstrdup(cl->relayer) : NULL;
	if (ret != NULL)
		geometry(c, ret, at, x);
	else
		no_geometry(x);
	source_signals(c, got.source, x);
	x[S_RULE] = 1;
	x[S_RULE_UNATTR] = x[S_UNATTR];
	x[S_RULE_NOCUE] = ret == NULL && !x[S_UNATTR];
	add(set, &got, ret, x);
	for (i = 0; i < set->n; i++)
		if (set->c[i].x[S_RULE] > 0)
			rule = &set->c[i];
	for (i = 0; i < set->n; i++) {
		/* a known source named in the sentence against a name the
		 * gazetteer lacks */
		if (rule != NULL && &set->c[i] != rule && set->c[i].has_cue)
			set->c[i].x[S_KNOWN_VS_NAME] =
			    set->c[i].x[S_GAZETTEER] * rule->x[S_PROPER];
		if (train) {
			key = row_key(cl, set->c[i].source);
			linmodel_dump(&model, key, set->c[i].x);
			free(key);
		}
		z = linmodel_logit(&model, set->c[i].x);
		if (z > bestz || (z == bestz && set->c[i].x[S_RULE] > 0)) {
			bestz = z;
			pick = &set->c[i];
		}
	}
	if (CLAIMANT_MODEL_ON && pick != NULL && pick != rule) {
		claim_strings_free(cl);
		cl->source = pick->source;
		cl->claimant = pick->claimant;
		cl->relayer = pick->relayer;
		pick->source = pick->claimant = pick->relayer = NULL;
		/* whom a later "he" means stays the rules' referent: the
		 * model was fitted on rows where it always is */
		if (pick->has_cue) {
			*chosen = pick->cue;
			ret = chosen;
		} else
			ret = NULL;	/* carried, or no one */
	}
	set_free(set);
	return ret;
}
