/*
 * store_rows.c - see store_sql.h: rows of either backend made into the
 * store's structs, the backend only reading its column values.
 */
#include <err.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "claimtrack.h"
#include "util.h"
#include "store_int.h"
#include "store_sql.h"

void
textfix_next(struct textfix *fx)
{
	while (fx->n > 0)
		g_free(fx->copies[--fx->n]);
	fx->rows += fx->row_bad;
	fx->row_bad = 0;
}

void
textfix_done(struct store *st, struct textfix *fx)
{
	size_t i;

	textfix_next(fx);
	for (i = 0; i < sizeof(fx->art) / sizeof(*fx->art); i++) {
		g_free(fx->art[i]);
		fx->art[i] = NULL;
	}
	fx->art_id = 0;
	if (fx->rows > 0 && !st->warned_text)
		warnx("%s: %zu stored claim%s held invalid UTF-8; replaced by "
		    "U+FFFD as read", st->path, fx->rows, fx->rows == 1 ?
		    "" : "s");
	st->warned_text |= fx->rows > 0;
}

/*
 * Is s valid UTF-8: g_utf8_validate(s, -1, NULL), with the short ASCII
 * strings most columns hold ("approx", "troops_deployed", a date)
 * checked inline first (the call was 8% of the summary's instructions).
 */
bool
store_text_valid(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p != '\0' && *p < 0x80)
		p++;
	return *p == '\0' || g_utf8_validate((const char *)p, -1, NULL);
}

/* Column i as valid UTF-8 text, NULL when NULL. */
static const char *
col_valid(const struct row_cols *c, int i, struct textfix *fx)
{
	const char *s = c->text(c->row, i);

	if (s == NULL || store_text_valid(s) ||
	    fx->n == sizeof(fx->copies) / sizeof(*fx->copies))
		return s;
	fx->row_bad = 1;
	fx->copies[fx->n] = g_utf8_make_valid(s, -1);
	return fx->copies[fx->n++];
}

void
claim_row_scope(struct claim_row *r, const struct row_cols *c,
    struct textfix *fx)
{
	const void *row = c->row;

	r->id = c->integer(row, S_ID);
	r->article_id = c->integer(row, S_ARTICLE_ID);
	r->article_version = c->integer(row, S_ARTICLE_VERSION);
	r->run_id = c->integer(row, S_RUN_ID);
	r->doc = col_valid(c, S_DOC, fx);
	r->outlet = col_valid(c, S_OUTLET, fx);
	r->url = col_valid(c, S_URL, fx);
	r->title = col_valid(c, S_TITLE, fx);
	r->published = col_valid(c, S_PUBLISHED, fx);
	r->claim_date = col_valid(c, S_CLAIM_DATE, fx);
	r->effective_date = col_valid(c, S_EFFECTIVE_DATE, fx);
	r->date_from_published = c->integer(row, S_DATE_FROM_PUBLISHED) == 1;
	r->source = col_valid(c, S_SOURCE, fx);
	r->claimant = col_valid(c, S_CLAIMANT, fx);
	r->relayer = col_valid(c, S_RELAYER, fx);
	r->quantity = col_valid(c, S_QUANTITY, fx);
	r->modality = col_valid(c, S_MODALITY, fx);
	r->scope = col_valid(c, S_SCOPE, fx);
	r->place = col_valid(c, S_PLACE, fx);
	r->qualifier = col_valid(c, S_QUALIFIER, fx);
	r->value = c->real(row, S_VALUE);
	r->low = c->real(row, S_LOW);
	r->high = c->real(row, S_HIGH);
	r->subject = col_valid(c, S_SUBJECT, fx);
	r->sentence = col_valid(c, S_SENTENCE, fx);
	r->sent_start = c->integer(row, S_SENT_START);
	r->sent_end = c->integer(row, S_SENT_END);
	r->num_start = c->integer(row, S_NUM_START);
	r->num_end = c->integer(row, S_NUM_END);
}

void
claim_row_upto_init(struct claim_row *r)
{
	memset(r, 0, sizeof(*r));
	r->article_version = r->run_id = -1;
	r->sent_start = r->sent_end = r->num_start = r->num_end = -1;
	r->value = r->low = r->high = NAN;
}

/*
 * Keep valid copies of the row's article columns (U_DOC .. U_PUBLISHED)
 * when the row is of another article than the last: an article's claims
 * come one after another, and validating its url and title once per
 * claim was a sixth of the summary's time.
 */
static void
article_cols_of(const struct row_cols *c, struct textfix *fx, long long id,
    const int col[5])
{
	const char *s;
	size_t i;

	fx->art_id = id;
	fx->art_bad = 0;
	for (i = 0; i < 5; i++) {
		g_free(fx->art[i]);
		s = c->text(c->row, col[i]);
		if (s == NULL)
			fx->art[i] = NULL;
		else if (store_text_valid(s))
			fx->art[i] = g_strdup(s);
		else {
			fx->art_bad = 1;
			fx->art[i] = g_utf8_make_valid(s, -1);
		}
	}
}

void
claim_row_upto_claim(struct claim_row *r, const struct row_cols *c,
    struct textfix *fx, char *const art[5], int art_bad)
{
	const void *row = c->row;

	r->id = c->integer(row, UC_ID);
	r->article_id = c->integer(row, UC_ARTICLE);
	fx->row_bad |= art_bad;
	r->doc = art[0];
	r->outlet = art[1];
	r->url = art[2];
	r->title = art[3];
	r->published = art[4];
	r->value = c->real(row, UC_VALUE);
	r->low = c->real(row, UC_LOW);
	r->high = c->real(row, UC_HIGH);
	r->qualifier = col_valid(c, UC_QUALIFIER, fx);
	r->quantity = col_valid(c, UC_QUANTITY, fx);
	r->source = col_valid(c, UC_SOURCE, fx);
	r->place = col_valid(c, UC_PLACE, fx);
	r->modality = col_valid(c, UC_MODALITY, fx);
	r->claim_date = col_valid(c, UC_CLAIM_DATE, fx);
}

static void
article_cols(const struct row_cols *c, struct textfix *fx, long long id)
{
	static const int col[5] = { U_DOC, U_OUTLET, U_URL, U_TITLE,
	    U_PUBLISHED };

	article_cols_of(c, fx, id, col);
}

void
claim_row_upto(struct claim_row *r, const struct row_cols *c,
    struct textfix *fx)
{
	const void *row = c->row;

	r->id = c->integer(row, U_ID);
	r->article_id = c->integer(row, U_ARTICLE);
	if (fx->art_id == 0 || fx->art_id != (long long)r->article_id)
		article_cols(c, fx, (long long)r->article_id);
	fx->row_bad |= fx->art_bad;
	r->doc = fx->art[0];
	r->outlet = fx->art[1];
	r->url = fx->art[2];
	r->title = fx->art[3];
	r->published = fx->art[4];
	r->value = c->real(row, U_VALUE);
	r->low = c->real(row, U_LOW);
	r->high = c->real(row, U_HIGH);
	r->qualifier = col_valid(c, U_QUALIFIER, fx);
	r->quantity = col_valid(c, U_QUANTITY, fx);
	r->source = col_valid(c, U_SOURCE, fx);
	r->place = col_valid(c, U_PLACE, fx);
	r->modality = col_valid(c, U_MODALITY, fx);
	r->claim_date = col_valid(c, U_CLAIM_DATE, fx);
}

const char *
format_static(const char *s)
{
	if (s != NULL && strcmp(s, "jsonl") == 0)
		return "jsonl";
	if (s != NULL && strcmp(s, "html") == 0)
		return "html";
	return "text";
}

void
article_fill(struct article *a, const struct row_cols *c)
{
	const void *row = c->row;
	const char *published = c->text(row, 4);

	article_init(a);
	a->id = xstrdup_or_null(c->text(row, 0));
	a->title = xstrdup_or_null(c->text(row, 1));
	a->outlet = xstrdup_or_null(c->text(row, 2));
	a->url = xstrdup_or_null(c->text(row, 3));
	if (published != NULL)
		snprintf(a->published, DATE_LEN, "%s", published);
	a->path = xstrdup_or_null(c->text(row, 5));
	a->line = (size_t)c->integer(row, 6);
	a->format = format_static(c->text(row, 7));
	a->body = xstrdup_or_null(c->text(row, 8));
	a->body_len = c->length(row, 8);
	snprintf(a->hash, sizeof(a->hash), "%s", c->text(row, 9));
}

void
file_stamp_fill(struct file_stamp *fs, const struct row_cols *c)
{
	fs->size = c->integer(c->row, 1);
	fs->mtime_ns = c->integer(c->row, 2);
	fs->ctime_ns = c->integer(c->row, 3);
	fs->inode = c->integer(c->row, 4);
	fs->articles = c->integer(c->row, 5);
}

void
counts_fill(struct store_counts *n, const struct row_cols *c)
{
	n->docs = c->integer(c->row, 0);
	n->versions = c->integer(c->row, 1);
	n->claims = c->integer(c->row, 2);
	n->current_claims = c->integer(c->row, 3);
	n->runs = c->integer(c->row, 4);
	n->pending = c->integer(c->row, 5);
}
