/*
 * extract_check.h - the checks the extraction tests share: the figures
 * an article yields, in order, and a claim's text field against the one
 * expected. Include after testutil.h, claimtrack.h and extract.h.
 */
#ifndef EXTRACT_CHECK_H
#define EXTRACT_CHECK_H

#include <math.h>
#include <string.h>

/*
 * The claims of an article (title may be NULL) published on pub state
 * exactly the figures want, in order; NAN stands for a vague amount.
 */
static inline void
check_claim_values(const struct tracker *t, const char *pub,
    const char *title, const char *text, const double *want, size_t nwant)
{
	struct claimset cs;
	struct article art;
	size_t i;

	article_init(&art);
	art.id = strdup("t");
	art.title = title != NULL ? strdup(title) : NULL;
	art.body = strdup(text);
	art.body_len = strlen(text);
	memcpy(art.published, pub, strlen(pub) + 1);
	claimset_init(&cs);
	extract_article(t, &art, &cs);
	if (cs.n != nwant)
		fail_msg("%zu claims, expected %zu, in: %s", cs.n, nwant, text);
	for (i = 0; i < cs.n; i++) {
		if (isnan(want[i]))
			assert_int_equal(cs.v[i].qualifier, QUAL_VAGUE);
		else
			assert_double_equal(cs.v[i].value, want[i], 1e-6);
	}
	claimset_release(&cs);
	article_release(&art);
}

/* want of a field that may be anything */
#define CHECK_ANY "*"

/*
 * A claim's field what is want (NULL: none; CHECK_ANY: whatever it is),
 * else fail naming text.
 */
static inline void
check_str(const char *what, const char *got, const char *want,
    const char *text)
{
	if (want != NULL && strcmp(want, CHECK_ANY) == 0)
		return;
	if (want == NULL && got == NULL)
		return;
	if (want == NULL || got == NULL || strcmp(got, want) != 0)
		fail_msg("%s is \"%s\", expected \"%s\", in: %s", what,
		    got != NULL ? got : "(none)", want != NULL ? want : "(none)",
		    text);
}

/* An article's text and what its last claim must say. */
struct attr_row {
	const char *text;	/* article body */
	double	 value;		/* of the last claim */
	const char *source;	/* its source */
	const char *claimant;	/* as written, NULL for none */
};

/* The last claim of each row's text is attributed as the row says. */
static inline void
check_attr_rows(const struct tracker *t, const char *pub,
    const struct attr_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(t, "t", pub, rows[i].text, &cs);
		if (cs.n == 0)
			fail_msg("no claim in: %s", rows[i].text);
		cl = &cs.v[cs.n - 1];
		assert_double_equal(cl->value, rows[i].value, 1e-6);
		check_str("source", cl->source, rows[i].source, rows[i].text);
		check_str("claimant", cl->claimant, rows[i].claimant,
		    rows[i].text);
		claimset_release(&cs);
	}
}

/* An article's text and who and when its claim of value must give. */
struct who_row {
	const char *text;	/* article body */
	double	 value;		/* of the claim checked: the last of it */
	const char *source;	/* its source */
	const char *claimant;	/* as written, NULL for none, CHECK_ANY */
	const char *date;	/* claim date, NULL for none, CHECK_ANY */
};

/* The last claim of cs stating value; NULL when none does. */
static inline const struct claim *
claim_of_value(const struct claimset *cs, double value)
{
	size_t i;

	for (i = cs->n; i > 0; i--)
		if (cs->v[i - 1].value > value - 1e-6 &&
		    cs->v[i - 1].value < value + 1e-6)
			return &cs->v[i - 1];
	return NULL;
}

/* The first claim of cs stating value, or fail naming text. */
static inline const struct claim *
claim_valued(const struct claimset *cs, double value, const char *text)
{
	size_t i;

	for (i = 0; i < cs->n; i++)
		if (cs->v[i].value == value)
			return &cs->v[i];
	fail_msg("no claim of %g in: %s", value, text);
	return NULL;
}

/*
 * The first claim of value v in the article (published pub, "" for
 * none; title NULL for none) is dated want ("" for no date).
 */
static inline void
check_claim_date(const struct tracker *t, const char *pub,
    const char *title, const char *text, double v, const char *want)
{
	struct article art;
	struct claimset cs;
	const struct claim *cl;

	memset(&art, 0, sizeof(art));
	art.id = (char *)"t";
	art.title = (char *)title;
	art.body = (char *)text;
	art.body_len = strlen(text);
	memcpy(art.published, pub, strlen(pub) + 1);
	claimset_init(&cs);
	extract_article(t, &art, &cs);
	cl = claim_valued(&cs, v, text);
	if (strcmp(cl->claim_date, want) != 0)
		fail_msg("date \"%s\", expected \"%s\", in: %s",
		    cl->claim_date, want, text);
	claimset_release(&cs);
}

/* The claim of value v in text (published pub) has source source. */
static inline void
check_claim_source(const struct tracker *t, const char *pub,
    const char *text, double v, const char *source)
{
	struct claimset cs;
	const struct claim *cl;

	claimset_init(&cs);
	extract_text(t, "t", pub, text, &cs);
	cl = claim_valued(&cs, v, text);
	check_str("source", cl->source, source, text);
	claimset_release(&cs);
}

/* The last claim of cs stating value, or fail naming text. */
static inline const struct claim *
last_claim_valued(const struct claimset *cs, double value, const char *text)
{
	const struct claim *cl = claim_of_value(cs, value);

	if (cl == NULL)
		fail_msg("no claim of %g in: %s", value, text);
	return cl;
}

/* Each row's claim of its value has the row's source, claimant, date. */
static inline void
check_who_rows(const struct tracker *t, const char *pub,
    const struct who_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(t, "t", pub, rows[i].text, &cs);
		if ((cl = claim_of_value(&cs, rows[i].value)) == NULL)
			fail_msg("no claim of %g in: %s", rows[i].value,
			    rows[i].text);
		check_str("source", cl->source, rows[i].source, rows[i].text);
		check_str("claimant", cl->claimant, rows[i].claimant,
		    rows[i].text);
		check_str("date", cl->claim_date[0] != '\0' ? cl->claim_date :
		    NULL, rows[i].date, rows[i].text);
		claimset_release(&cs);
	}
}

/* An article's text and the claim date of its first claim of value. */
struct date_row {
	const char *text;	/* article body */
	double	 value;		/* the claim looked at */
	const char *date;	/* its claim date, "" for none */
};

/* Each row's first claim of its value has the row's date. */
static inline void
check_date_rows(const struct tracker *t, const char *pub,
    const struct date_row *rows, size_t nrows)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i, k;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(t, "t", pub, rows[i].text, &cs);
		for (cl = NULL, k = 0; k < cs.n && cl == NULL; k++)
			if (cs.v[k].value == rows[i].value)
				cl = &cs.v[k];
		if (cl == NULL)
			fail_msg("no claim of %g in: %s", rows[i].value,
			    rows[i].text);
		if (strcmp(cl->claim_date, rows[i].date) != 0)
			fail_msg("date \"%s\", expected \"%s\", in: %s",
			    cl->claim_date, rows[i].date, rows[i].text);
		claimset_release(&cs);
	}
}

/* One row: a sentence and the quantity of each of its figures. */
struct qcase {
	const char *text;
	const char *want[4];	/* quantities in text order; NULL ends */
};

/* Each row's text yields its figures with the row's quantities. */
static inline void
check_quantities(const struct tracker *t, const char *pub,
    const struct qcase *v, size_t n)
{
	struct claimset cs;
	size_t i, k, nwant;

	for (i = 0; i < n; i++) {
		claimset_init(&cs);
		extract_text(t, "t", pub, v[i].text, &cs);
		for (nwant = 0; nwant < 4 && v[i].want[nwant] != NULL; nwant++)
			;
		if (cs.n != nwant)
			fail_msg("%zu claims, expected %zu, in: %s", cs.n,
			    nwant, v[i].text);
		for (k = 0; k < cs.n; k++)
			if (strcmp(cs.v[k].quantity, v[i].want[k]) != 0)
				fail_msg("claim %zu is %s, expected %s, in: %s",
				    k, cs.v[k].quantity, v[i].want[k],
				    v[i].text);
		claimset_release(&cs);
	}
}

/* check_quantities() under a tracker parsed from ini for the rows. */
static inline void
check_ini_quantities(const char *ini, const char *pub, const struct qcase *v,
    size_t n)
{
	struct tracker *t = tracker_parse(ini, "t");

	assert_non_null(t);
	check_quantities(t, pub, v, n);
	tracker_free(t);
}

/* A short article and the quantity of each claim it must yield, in
 * text order: "quantity" or "quantity/modality"; NULL ends. */
struct sentence_kinds {
	const char *text;
	const char *want[3];
};

/* The claim cl counts want ("quantity" or "quantity/modality"). */
static inline void
check_kind(const struct claim *cl, const char *want, const char *text)
{
	const char *slash = strchr(want, '/');
	size_t n = slash != NULL ? (size_t)(slash - want) : strlen(want);

	if (strlen(cl->quantity) != n || strncmp(cl->quantity, want, n) != 0)
		fail_msg("claim %g is %s, expected %s, in: %s", cl->value,
		    cl->quantity, want, text);
	if (slash != NULL && strcmp(modality_name(cl->modality), slash + 1) !=
	    0)
		fail_msg("claim %g is %s, expected %s, in: %s", cl->value,
		    modality_name(cl->modality), want, text);
}

/* Each row's article (published pub) yields exactly its claims, each of
 * its quantity. */
static inline void
check_sentence_kinds(const struct tracker *t, const char *pub,
    const struct sentence_kinds *v, size_t n)
{
	struct claimset cs;
	size_t i, k, nwant;

	for (i = 0; i < n; i++) {
		claimset_init(&cs);
		extract_text(t, "t", pub, v[i].text, &cs);
		for (nwant = 0; nwant < 3 && v[i].want[nwant] != NULL; nwant++)
			;
		if (cs.n != nwant)
			fail_msg("%zu claims, expected %zu, in: %s", cs.n,
			    nwant, v[i].text);
		for (k = 0; k < cs.n; k++)
			check_kind(&cs.v[k], v[i].want[k], v[i].text);
		claimset_release(&cs);
	}
}

#endif
