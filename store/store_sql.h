/*
 * store_sql.h - private to store/: the SQL both backends run, and the
 * one way a row of claims becomes a struct claim_row (store_rows.c).
 *
 * Where the backends differ the difference is a macro argument, written
 * out at the call: SQLite's ?N against PostgreSQL's $N::text, the cited
 * ids (a temp table in SQLite, an array parameter in PostgreSQL), the
 * ::int of a boolean, and PostgreSQL's NULLS FIRST and explicit order.
 */
#ifndef STORE_SQL_H
#define STORE_SQL_H

#include "store.h"

struct store;

/* The article with id P (a placeholder), columns as article_fill(). */
#define SQL_ARTICLE_BY_ID(P) \
    "SELECT doc, title, outlet, url, published, path, line, format," \
    " body, hash FROM articles WHERE id = " P

/* The ids of the pending (not yet extracted) and current articles. */
#define SQL_PENDING_IDS \
    "SELECT id FROM current_articles WHERE extracted = 0 ORDER BY id"
#define SQL_CURRENT_IDS "SELECT id FROM current_articles ORDER BY id"

#define SQL_TRACKER_GET "SELECT text, hash FROM tracker WHERE id = 1"

#define SQL_FILES \
    "SELECT path, size, mtime_ns, ctime_ns, inode, articles FROM files"

/* The members of struct store_counts, in order. */
#define SQL_COUNT "SELECT" \
    " (SELECT count(DISTINCT doc) FROM articles)," \
    " (SELECT count(*) FROM articles)," \
    " (SELECT count(*) FROM claims)," \
    " (SELECT count(*) FROM current_claims)," \
    " (SELECT count(*) FROM runs)," \
    " (SELECT count(*) FROM current_articles WHERE extracted = 0)"

/*
 * The claims of a scope, with every member of struct claim_row; the
 * columns are numbered by enum scope_column and named, so that a kept
 * copy (CREATE TEMP TABLE scope_claims AS ...) reads back the same.
 * INT follows the boolean column (PostgreSQL's "::int"); ASOF and START
 * are the placeholders of claim_scope's asof and start, CITED what
 * follows "c.id" to test for a cited claim. The order is the caller's,
 * by the columns' names (eff, doc, num_start, id).
 *
 * The scope is four disjoint parts, each read through an index (schema
 * 5), so that a week's briefing reads the week's claims rather than
 * every stored one:
 *   dated by their claim date in the period   claims_by_date
 *   dated by their article's publication      articles_by_published
 *   undated (neither date)                    articles_by_published
 *   cited from before the period              the cited ids
 * each of the newest version of its article (a probe of
 * articles_newest) and from an article published up to ASOF.
 */
#define SQL_SCOPE_COLUMNS(INT) \
    "SELECT c.id AS id, a.doc AS doc, a.outlet AS outlet, a.url AS url," \
    "  a.published AS published, c.claim_date AS claim_date," \
    "  coalesce(c.claim_date, a.published) AS eff," \
    "  (c.claim_date IS NULL AND a.published IS NOT NULL)" INT " AS dfp," \
    "  c.source AS source, c.claimant AS claimant, c.relayer AS relayer," \
    "  c.quantity AS quantity, c.modality AS modality, c.scope AS scope," \
    "  c.place AS place, c.qualifier AS qualifier, c.value AS value," \
    "  c.low AS low, c.high AS high, c.subject AS subject," \
    "  c.sentence AS sentence, c.sent_start AS sent_start," \
    "  c.sent_end AS sent_end, c.num_start AS num_start," \
    "  c.num_end AS num_end, a.version AS article_version," \
    "  c.run_id AS run_id, c.article_id AS article_id, a.title AS title"
/* Claims first, or articles first (SQLite keeps a CROSS JOIN's order). */
#define SQL_SCOPE_BY_CLAIM \
    " FROM claims c JOIN articles a ON a.id = c.article_id WHERE "
#define SQL_SCOPE_BY_ARTICLE \
    " FROM articles a CROSS JOIN claims c WHERE c.article_id = a.id AND "
/* A claim of the newest version of an article published up to ASOF. */
#define SQL_SCOPE_VISIBLE(ASOF) \
    " AND (a.published IS NULL OR substr(a.published, 1, 10) <= " ASOF ")" \
    " AND NOT EXISTS (SELECT 1 FROM articles n" \
    "  WHERE n.doc = a.doc AND n.version > a.version)"
#define SQL_SCOPE_SELECT(INT, ASOF, START, CITED) \
    SQL_SCOPE_COLUMNS(INT) SQL_SCOPE_BY_CLAIM \
    "c.claim_date >= " START " AND c.claim_date <= " ASOF \
    SQL_SCOPE_VISIBLE(ASOF) \
    " UNION ALL " SQL_SCOPE_COLUMNS(INT) SQL_SCOPE_BY_ARTICLE \
    "a.published >= " START " AND a.published <= " ASOF \
    " AND c.claim_date IS NULL" SQL_SCOPE_VISIBLE(ASOF) \
    " UNION ALL " SQL_SCOPE_COLUMNS(INT) SQL_SCOPE_BY_ARTICLE \
    "a.published IS NULL AND c.claim_date IS NULL" \
    SQL_SCOPE_VISIBLE(ASOF) \
    " UNION ALL " SQL_SCOPE_COLUMNS(INT) SQL_SCOPE_BY_CLAIM \
    "c.id " CITED " AND coalesce(c.claim_date, a.published) < " START \
    " AND coalesce(c.claim_date, a.published) <= " ASOF \
    SQL_SCOPE_VISIBLE(ASOF)

enum scope_column {
	S_ID, S_DOC, S_OUTLET, S_URL, S_PUBLISHED, S_CLAIM_DATE,
	S_EFFECTIVE_DATE, S_DATE_FROM_PUBLISHED, S_SOURCE, S_CLAIMANT,
	S_RELAYER, S_QUANTITY, S_MODALITY, S_SCOPE, S_PLACE, S_QUALIFIER,
	S_VALUE, S_LOW, S_HIGH, S_SUBJECT, S_SENTENCE, S_SENT_START,
	S_SENT_END, S_NUM_START, S_NUM_END, S_ARTICLE_VERSION, S_RUN_ID,
	S_ARTICLE_ID, S_TITLE, S_NCOLUMNS
};

/*
 * What the aggregation reads: the columns it needs (enum upto_column)
 * of the claims published up to ASOF (a placeholder). The order, if
 * any, is the caller's.
 */
#define SQL_UPTO(ASOF) \
    "SELECT id, article_id, doc, outlet, url, title, published," \
    " value, low, high, qualifier, quantity, source, place, modality," \
    " claim_date FROM current_claims" \
    " WHERE published IS NULL OR substr(published, 1, 10) <= " ASOF

enum upto_column {
	U_ID, U_ARTICLE, U_DOC, U_OUTLET, U_URL, U_TITLE, U_PUBLISHED,
	U_VALUE, U_LOW, U_HIGH, U_QUALIFIER, U_QUANTITY, U_SOURCE, U_PLACE,
	U_MODALITY, U_CLAIM_DATE
};

/*
 * How a backend reads column i of its current row (row): the only part
 * of filling a claim_row that differs between them.
 */
struct row_cols {
	const void *row;
	const char *(*text)(const void *row, int i);	/* NULL when NULL */
	long long (*integer)(const void *row, int i);	/* -1 when NULL */
	double	(*real)(const void *row, int i);	/* NAN when NULL */
	size_t	(*length)(const void *row, int i);	/* bytes of text */
};

/*
 * The repaired copies of one row's text: a database written before the
 * store refused invalid UTF-8 (or by another program, or a PostgreSQL
 * database in SQL_ASCII) may hold some, and pango would stop the
 * briefing at the PDF over one byte, every night.
 */
struct textfix {
	char	*copies[S_NCOLUMNS];	/* owned; freed after each row */
	size_t	 n;
	int	 row_bad;	/* this row needed a repair */
	size_t	 rows;		/* rows repaired so far */
	/*
	 * claim_row_upto()'s article columns (doc, outlet, url, title,
	 * published), validated once per article rather than once per
	 * claim: its rows come grouped by article. Owned; freed by
	 * textfix_done().
	 */
	long long art_id;	/* the article they are of; 0 none yet */
	char	*art[5];	/* valid copies, NULL when NULL */
	int	 art_bad;	/* one of them needed a repair */
};

/*
 * The summary's read on SQLite, in two passes instead of one over the
 * view current_claims (store_read.c store_claims_upto()): every article
 * row, with whether it was published up to ?1 (SQL_UPTO_ARTICLES, enum
 * upto_article_column; the newest version of each doc is found in
 * memory), then every claim row in rowid order (SQL_UPTO_CLAIMS, enum
 * upto_claim_column), kept when its article is current and published up
 * to ?1. The same rows as SQL_UPTO, in another order.
 */
#define SQL_UPTO_ARTICLES \
    "SELECT id, doc, outlet, url, title, published, version," \
    " published IS NULL OR substr(published, 1, 10) <= ?1 FROM articles"
#define SQL_UPTO_CLAIMS \
    "SELECT id, article_id, value, low, high, qualifier, quantity, source," \
    " place, modality, claim_date FROM claims"

enum upto_article_column {
	UA_ID, UA_DOC, UA_OUTLET, UA_URL, UA_TITLE, UA_PUBLISHED, UA_VERSION,
	UA_UPTO
};

enum upto_claim_column {
	UC_ID, UC_ARTICLE, UC_VALUE, UC_LOW, UC_HIGH, UC_QUALIFIER,
	UC_QUANTITY, UC_SOURCE, UC_PLACE, UC_MODALITY, UC_CLAIM_DATE
};

/* Fills a claim_row from a row (claim_row_scope, claim_row_upto). */
typedef void (*claim_fill_fn)(struct claim_row *, const struct row_cols *,
	    struct textfix *);

/* Fill r from a row of SQL_SCOPE_SELECT. */
void	claim_row_scope(struct claim_row *r, const struct row_cols *,
	    struct textfix *);
/* Set the members SQL_UPTO does not select (once, before the rows). */
void	claim_row_upto_init(struct claim_row *r);
/* Fill r from a row of SQL_UPTO; the rest stays as the init set it. */
void	claim_row_upto(struct claim_row *r, const struct row_cols *,
	    struct textfix *);
/*
 * Is s valid UTF-8 (g_utf8_validate(), ASCII checked inline first)? A
 * column that is not is repaired by g_utf8_make_valid() as it is read.
 */
bool	store_text_valid(const char *s);
/*
 * Fill r from a row of SQL_UPTO_CLAIMS whose article's columns are art
 * (valid, repaired as store_read.c's upto_articles() reads them; art_bad
 * when one was).
 */
void	claim_row_upto_claim(struct claim_row *r, const struct row_cols *,
	    struct textfix *, char *const art[5], int art_bad);
/* Free the row's copies, counting the row if it needed one. */
void	textfix_next(struct textfix *);
/* Say once per store how many rows were repaired as they were read. */
void	textfix_done(struct store *, struct textfix *);

/* The static format name matching a stored one. */
const char *format_static(const char *s);
/* Rebuild the article of a row of SQL_ARTICLE_BY_ID. */
void	article_fill(struct article *a, const struct row_cols *);

/* The stamp of a row of SQL_FILES (its path is column 0). */
void	file_stamp_fill(struct file_stamp *, const struct row_cols *);
/* The counts of the row of SQL_COUNT. */
void	counts_fill(struct store_counts *, const struct row_cols *);

#endif
