/*
 * export.c - see export.h.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "claimtrack.h"
#include "export.h"

/* Columns in export order; the CSV header uses these names. */
static const char *const columns[] = {
	"claim_id", "doc", "outlet", "url", "published", "claim_date",
	"effective_date", "date_from_published", "source", "claimant",
	"relayer", "quantity", "modality", "scope", "place", "qualifier",
	"value",
	"low", "high", "subject", "sentence", "sent_start", "sent_end",
	"num_start", "num_end", "article_version", "run_id",
};
#define NCOLUMNS (sizeof(columns) / sizeof(*columns))

#define EXPORT_SELECT \
    "SELECT c.id, c.doc, c.outlet, c.url, c.published, c.claim_date," \
    "  coalesce(c.claim_date, c.published)," \
    "  c.claim_date IS NULL AND c.published IS NOT NULL," \
    "  c.source, c.claimant, c.relayer, c.quantity, c.modality, c.scope," \
    "  c.place," \
    "  c.qualifier, c.value, c.low, c.high, c.subject, c.sentence," \
    "  c.sent_start, c.sent_end, c.num_start, c.num_end," \
    "  (SELECT version FROM articles a WHERE a.id = c.article_id)," \
    "  c.run_id" \
    " FROM current_claims c" \
    " WHERE (c.published IS NULL OR substr(c.published, 1, 10) <= ?1)" \
    "   AND (coalesce(c.claim_date, c.published) IS NULL" \
    "    OR (coalesce(c.claim_date, c.published) <= ?1" \
    "        AND (coalesce(c.claim_date, c.published) >= ?2" \
    "             OR c.id IN (SELECT id FROM temp.cited_claims))))" \
    " ORDER BY coalesce(c.claim_date, c.published), c.doc, c.num_start," \
    "  c.id"

static const char export_sql[] = EXPORT_SELECT;

/* The rows kept in export order: a table made by a SELECT holds its rows
 * in the order selected, rowid by rowid. */
static const char keep_sql[] = "CREATE TEMP TABLE scope_claims AS "
    EXPORT_SELECT;
static const char kept_sql[] = "SELECT * FROM temp.scope_claims"
    " ORDER BY rowid";

void
csv_field(FILE *f, const char *s)
{
	const char *p;

	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (p = s; *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
}

static int
db_error(sqlite3 *db)
{
	warnx("%s: %s", sqlite3_db_filename(db, "main"), sqlite3_errmsg(db));
	return -1;
}

/* Fill temp.cited_claims (a connection-private table) with the ids. */
static int
cited_load(sqlite3 *db, const struct claim_scope *sc)
{
	sqlite3_stmt *stmt;
	size_t i;
	int rc = SQLITE_DONE;

	if (sqlite3_exec(db, "CREATE TEMP TABLE IF NOT EXISTS cited_claims"
	    " (id INTEGER PRIMARY KEY); DELETE FROM temp.cited_claims",
	    NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO temp.cited_claims"
	    " VALUES (?1)", -1, &stmt, NULL) != SQLITE_OK)
		return db_error(db);
	for (i = 0; i < sc->ncited && rc == SQLITE_DONE; i++) {
		sqlite3_bind_int64(stmt, 1, sc->cited[i]);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : db_error(db);
}

/* The scope's statement, parameters bound; NULL after reporting. */
static sqlite3_stmt *
scope_prepare(sqlite3 *db, const struct claim_scope *sc, const char *sql)
{
	sqlite3_stmt *stmt;

	if (cited_load(db, sc) == -1)
		return NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
		db_error(db);
		return NULL;
	}
	sqlite3_bind_text(stmt, 1, sc->asof, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, sc->start ? sc->start : "", -1,
	    SQLITE_STATIC);
	return stmt;
}

int
claims_scope_keep(sqlite3 *db, struct claim_scope *sc)
{
	sqlite3_stmt *stmt;
	int rc;

	claims_scope_drop(db, sc);
	if ((stmt = scope_prepare(db, sc, keep_sql)) == NULL)
		return -1;
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return db_error(db);
	sc->kept = true;
	return 0;
}

void
claims_scope_drop(sqlite3 *db, struct claim_scope *sc)
{
	sqlite3_exec(db, "DROP TABLE IF EXISTS temp.scope_claims", NULL, NULL,
	    NULL);
	sc->kept = false;
}

int
claims_foreach(sqlite3 *db, const struct claim_scope *sc,
    int (*fn)(sqlite3_stmt *, void *), void *arg)
{
	sqlite3_stmt *stmt;
	int rc;

	if (sc->kept) {
		if (sqlite3_prepare_v2(db, kept_sql, -1, &stmt, NULL) !=
		    SQLITE_OK)
			return db_error(db);
	} else if ((stmt = scope_prepare(db, sc, export_sql)) == NULL)
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
		if (fn(stmt, arg) == -1)
			break;
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		db_error(db);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

typedef int (*row_fn)(sqlite3_stmt *, void *);

static int
csv_row(sqlite3_stmt *stmt, void *arg)
{
	FILE *f = arg;
	size_t i;

	for (i = 0; i < NCOLUMNS; i++) {
		if (i > 0)
			fputc(',', f);
		csv_field(f, (const char *)sqlite3_column_text(stmt, (int)i));
	}
	fputs("\r\n", f);
	return ferror(f) ? -1 : 0;
}

/* One column as a JSON value of its SQL type (NULL -> null). */
static json_t *
column_json(sqlite3_stmt *stmt, int i)
{
	if (i == COL_DATE_FROM_PUBLISHED)
		return json_boolean(sqlite3_column_int(stmt, i));
	switch (sqlite3_column_type(stmt, i)) {
	case SQLITE_NULL:
		return json_null();
	case SQLITE_INTEGER:
		if (i == COL_VALUE || i == COL_LOW || i == COL_HIGH)
			return json_real(sqlite3_column_double(stmt, i));
		return json_integer(sqlite3_column_int64(stmt, i));
	case SQLITE_FLOAT:
		return json_real(sqlite3_column_double(stmt, i));
	default:
		return json_string((const char *)
		    sqlite3_column_text(stmt, i));
	}
}

static int
jsonl_row(sqlite3_stmt *stmt, void *arg)
{
	FILE *f = arg;
	json_t *o = json_object();
	size_t i;
	int rc;

	for (i = 0; i < NCOLUMNS; i++)
		json_object_set_new(o, columns[i], column_json(stmt, (int)i));
	rc = json_dumpf(o, f, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(15));
	json_decref(o);
	fputc('\n', f);
	return rc == 0 && !ferror(f) ? 0 : -1;
}

/* Open path, write the header (if any) and the rows, close with checks. */
static int
export_file(sqlite3 *db, const struct claim_scope *sc, const char *path,
    row_fn fn, int header)
{
	FILE *f;
	size_t i;
	int rc;

	if ((f = fopen(path, "w")) == NULL) {
		warn("%s", path);
		return -1;
	}
	for (i = 0; header && i < NCOLUMNS; i++)
		fprintf(f, "%s%s", i ? "," : "", columns[i]);
	if (header)
		fputs("\r\n", f);
	rc = claims_foreach(db, sc, fn, f);
	if (ferror(f) && rc == 0) {
		warn("%s: write failed", path);
		rc = -1;
	}
	if (fclose(f) == EOF && rc == 0) {
		warn("%s", path);
		rc = -1;
	}
	return rc;
}

int
export_claims_csv(sqlite3 *db, const struct claim_scope *sc,
    const char *path)
{
	return export_file(db, sc, path, csv_row, 1);
}

int
export_claims_jsonl(sqlite3 *db, const struct claim_scope *sc,
    const char *path)
{
	return export_file(db, sc, path, jsonl_row, 0);
}
