/*
 * export.h - machine-readable exports of the stored claims: claims.csv
 * (header row, RFC 4180 quoting) and claims.jsonl (one object a line).
 * Both carry the provenance of every claim (article, outlet, url, dates,
 * sentence); docs/exports.md documents the columns.
 *
 * The claims exported are the briefing's (struct claim_scope): those of
 * the newest version of each article whose effective date (claim date,
 * else publication date) lies in the period, the undated ones, and those
 * the briefing's figures cite from before the period, in order of
 * effective date, doc and offset. Articles published after asof are left
 * out, as if not yet published.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sqlite3.h>

/* Which claims a briefing lists and exports. */
struct claim_scope {
	const char *start;	/* first day "YYYY-MM-DD"; "" = the beginning */
	const char *asof;	/* last day */
	const int64_t *cited;	/* claim ids listed whatever their date */
	size_t	 ncited;
	bool	 kept;		/* its rows are kept: claims_scope_keep() */
};

/* Columns of the statement claims_foreach() hands over, in order. */
enum export_column {
	COL_CLAIM_ID, COL_DOC, COL_OUTLET, COL_URL, COL_PUBLISHED,
	COL_CLAIM_DATE, COL_EFFECTIVE_DATE, COL_DATE_FROM_PUBLISHED,
	COL_SOURCE, COL_CLAIMANT, COL_RELAYER, COL_QUANTITY, COL_MODALITY,
	COL_SCOPE, COL_PLACE, COL_QUALIFIER, COL_VALUE, COL_LOW, COL_HIGH, COL_SUBJECT,
	COL_SENTENCE, COL_SENT_START, COL_SENT_END, COL_NUM_START,
	COL_NUM_END, COL_ARTICLE_VERSION, COL_RUN_ID
};

/*
 * Call fn with the statement positioned on each exported claim (columns
 * as above), in export order. fn returns 0 to go on, -1 to stop. Returns
 * 0, or -1 after reporting a database error (or when fn stopped).
 */
int	claims_foreach(sqlite3 *, const struct claim_scope *,
	    int (*fn)(sqlite3_stmt *, void *), void *arg);

/*
 * Select the scope's claims once and keep the rows in a temporary table
 * of the connection, so that each claims_foreach() and export of sc after
 * it reads them instead of scanning every stored claim again (at 100,000
 * articles a scan is a third of a second or more; a briefing makes
 * three). The rows stand as they were: keep them only while the store is
 * not written. 0, or -1 after reporting a database error.
 */
int	claims_scope_keep(sqlite3 *, struct claim_scope *);
/* Forget the kept rows; sc is selected afresh again. */
void	claims_scope_drop(sqlite3 *, struct claim_scope *);

/* Write the claims as CSV / JSONL to path; 0, or -1 after reporting. */
int	export_claims_csv(sqlite3 *, const struct claim_scope *,
	    const char *path);
int	export_claims_jsonl(sqlite3 *, const struct claim_scope *,
	    const char *path);

/* Write one CSV field with RFC 4180 quoting (NULL = empty field). */
void	csv_field(FILE *, const char *);

#endif
