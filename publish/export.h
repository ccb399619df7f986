/*
 * export.h - machine-readable exports of the stored claims: claims.csv
 * (header row, RFC 4180 quoting) and claims.jsonl (one object a line).
 * Both carry the provenance of every claim (article, outlet, url, dates,
 * sentence); docs/exports.md documents the columns.
 *
 * The claims exported are the briefing's (struct claim_scope in store.h):
 * those of the newest version of each article whose effective date
 * (claim date, else publication date) lies in the period, the undated
 * ones, and those the briefing's figures cite from before the period, in
 * order of effective date, doc and offset. Articles published after asof
 * are left out, as if not yet published.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdio.h>

#include "store.h"

/*
 * Write the claims of sc (store_claims_foreach()) as CSV / JSONL to
 * path; 0, or -1 after reporting.
 */
int	export_claims_csv(struct store *, const struct claim_scope *sc,
	    const char *path);
int	export_claims_jsonl(struct store *, const struct claim_scope *sc,
	    const char *path);

/*
 * Write one CSV field with RFC 4180 quoting (NULL = empty field). A text
 * a spreadsheet would run as a formula (first character =, +, -, @, tab
 * or carriage return) gets a single quote in front (OWASP's advice on
 * CSV injection), unless it is a plain number such as "-5".
 */
void	csv_field(FILE *, const char *);

#endif
