/*
 * export.h - machine-readable exports of the stored claims: claims.csv
 * (header row, RFC 4180 quoting) and claims.jsonl (one object a line).
 * Both carry the provenance of every claim (article, outlet, url, dates,
 * sentence); docs/exports.md documents the columns.
 *
 * The claims exported are those of the newest version of each article
 * whose effective date (claim date, else publication date) is on or before
 * asof, plus the undated ones, in order of effective date, doc and offset.
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdio.h>
#include <sqlite3.h>

/* Write the claims as CSV / JSONL to path; 0, or -1 after reporting. */
int	export_claims_csv(sqlite3 *, const char *asof, const char *path);
int	export_claims_jsonl(sqlite3 *, const char *asof, const char *path);

/* Write one CSV field with RFC 4180 quoting (NULL = empty field). */
void	csv_field(FILE *, const char *);

#endif
