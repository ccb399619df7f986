/*
 * test_export.c - claims.csv and claims.jsonl carry every claim with its
 * provenance, quoted so that any sentence survives a spreadsheet, the
 * same whether the scope's rows were kept or selected afresh.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "testutil.h"
#include "util.h"
#include "store_int.h"	/* looks into the database */
#include "export.h"

static char db_path[64], out_path[64];

static void
exec_sql(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

/* Two articles: one dated claim, one vague claim with a hard sentence. */
static int
setup(void **state)
{
	struct store *st;
	int fd;

	strcpy(db_path, "/tmp/claimtrack-export-XXXXXX");
	if ((fd = mkstemp(db_path)) == -1)
		return -1;
	close(fd);
	unlink(db_path);
	strcpy(out_path, db_path);
	strcat(out_path, ".out");
	if ((st = store_open(db_path, 1000)) == NULL)
		return -1;
	exec_sql(st->db,
	    "INSERT INTO articles (id, doc, hash, outlet, url, published,"
	    " body, first_seen, last_seen) VALUES"
	    " (1, 'a1', 'h1', 'Daily, \"News\"', 'https://x/1', '2024-10-25',"
	    "  'b', 'now', 'now'),"
	    " (2, 'a2', 'h2', NULL, NULL, '2024-11-20', 'b', 'now', 'now');"
	    "INSERT INTO claims (article_id, value, low, high, qualifier,"
	    " quantity, subject, source, claimant, modality, claim_date,"
	    " sentence, num_start) VALUES"
	    " (1, 12000, 11400, 12600, 'approx', 'troops_deployed', 'troops',"
	    "  'Ukraine', 'Kyiv', 'current', '2024-10-24',"
	    "  'Kyiv says \"roughly 12,000\",\nnot fewer.', 10),"
	    " (1, NULL, 2000, NULL, 'vague', 'troops_deployed', 'soldiers',"
	    "  'unattributed', NULL, 'current', NULL, 'Thousands of soldiers.',"
	    "  40),"
	    " (2, 3000, 3000, NULL, 'at_least', 'troops_arrived', 'soldiers',"
	    "  'United States', 'Kirby', 'current', NULL, 'Later.', 5);");
	store_close(st);
	(void)state;
	return 0;
}

static int
teardown(void **state)
{
	char wal[80];

	(void)state;
	unlink(db_path);
	snprintf(wal, sizeof(wal), "%s-wal", db_path);
	unlink(wal);
	snprintf(wal, sizeof(wal), "%s-shm", db_path);
	unlink(wal);
	snprintf(wal, sizeof(wal), "%s-checked", db_path);
	unlink(wal);
	unlink(out_path);
	return 0;
}

static char *
export_scoped(int (*fn)(struct store *, const struct claim_scope *,
    const char *), const struct claim_scope *sc)
{
	struct store *st = store_open(db_path, 1000);
	size_t len;
	char *s;

	assert_non_null(st);
	assert_int_equal(fn(st, sc, out_path), 0);
	store_close(st);
	s = file_read(out_path, 1 << 20, &len);
	assert_non_null(s);
	return s;
}

/* Everything up to asof. */
static char *
export_with(int (*fn)(struct store *, const struct claim_scope *,
    const char *), const char *asof)
{
	struct claim_scope sc = { "", asof, NULL, 0, false };

	return export_scoped(fn, &sc);
}

static void
should_quote_csv_fields_as_rfc4180_says(void **state)
{
	char *csv = export_with(export_claims_csv, "2024-10-31");

	(void)state;
	assert_true(strncmp(csv, "claim_id,doc,outlet,url,published,"
	    "claim_date,effective_date,", 60) == 0);
	/* quotes doubled, the field quoted, the embedded newline kept */
	assert_non_null(strstr(csv,
	    "\"Kyiv says \"\"roughly 12,000\"\",\nnot fewer.\""));
	assert_non_null(strstr(csv, "\"Daily, \"\"News\"\"\""));
	/* rows end with CRLF; the article after asof is left out */
	assert_non_null(strstr(csv, "\r\n"));
	assert_null(strstr(csv, "Kirby"));
	free(csv);
}

/*
 * A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a
 * carriage return first) gets a single quote in front, as the OWASP
 * CSV-injection guidance says; a cell that is a plain number stays one.
 */
static void
should_neutralise_formula_cells_in_csv(void **state)
{
	static const struct {
		const char *cell, *want;
	} rows[] = {
		{ "=HYPERLINK(\"http://x\",\"y\")",
		    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
		{ "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0" },
		{ "-2+3", "'-2+3" },
		{ "@SUM(A1:A9)", "'@SUM(A1:A9)" },
		{ "\tx", "'\tx" },
		{ "\rx", "\"'\rx\"" },
		{ "-5", "-5" },
		{ "+12.5", "+12.5" },
		{ "-1e3", "-1e3" },
		{ "-", "'-" },
		{ "-inf", "'-inf" },
		{ "Kyiv", "Kyiv" },
		{ "a=b", "a=b" },
	};
	char *buf = NULL;
	size_t i, len = 0;
	FILE *f;

	(void)state;
	for (i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		f = open_memstream(&buf, &len);
		csv_field(f, rows[i].cell);
		fclose(f);
		if (strcmp(buf, rows[i].want) != 0)
			fail_msg("csv_field(%s) = %s, expected %s",
			    rows[i].cell, buf, rows[i].want);
		free(buf);
		buf = NULL;
	}
}

static void
should_write_typed_jsonl_with_provenance(void **state)
{
	char *jl = export_with(export_claims_jsonl, "2024-12-31");
	char *line, *save = NULL;
	json_error_t err;
	json_t *o;
	int n = 0;

	(void)state;
	for (line = strtok_r(jl, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save), n++) {
		o = json_loads(line, 0, &err);
		assert_non_null(o);
		if (n == 0) {	/* 2024-10-24 sorts before 2024-10-25 */
			assert_double_equal(json_real_value(
			    json_object_get(o, "value")), 12000, 1e-9);
			assert_string_equal(json_string_value(
			    json_object_get(o, "url")), "https://x/1");
			assert_true(json_is_false(json_object_get(o,
			    "date_from_published")));
		}
		if (n == 1) {	/* vague: no value, dated by publication */
			assert_true(json_is_null(json_object_get(o, "value")));
			assert_string_equal(json_string_value(json_object_get(
			    o, "effective_date")), "2024-10-25");
			assert_true(json_is_true(json_object_get(o,
			    "date_from_published")));
		}
		json_decref(o);
	}
	assert_int_equal(n, 3);
	free(jl);
}

static void
should_list_the_period_and_the_cited_claims_only(void **state)
{
	static const int64_t cited[] = { 1 };	/* Kyiv's, before the period */
	struct claim_scope sc = { "2024-11-01", "2024-12-31", cited, 1, false };
	char *csv = export_scoped(export_claims_csv, &sc);

	(void)state;
	assert_non_null(strstr(csv, "Kyiv"));	/* cited */
	assert_non_null(strstr(csv, "Kirby"));	/* in the period */
	assert_null(strstr(csv, "Thousands"));	/* neither */
	free(csv);
}

/* Export through fn on an open store and read the file back. */
static char *
export_open(struct store *st, int (*fn)(struct store *,
    const struct claim_scope *, const char *), const struct claim_scope *sc)
{
	size_t len;
	char *s;

	assert_int_equal(fn(st, sc, out_path), 0);
	s = file_read(out_path, 1 << 20, &len);
	assert_non_null(s);
	return s;
}

static void
should_export_the_same_bytes_from_kept_rows(void **state)
{
	static const int64_t cited[] = { 1 };
	int (*const fns[2])(struct store *, const struct claim_scope *,
	    const char *) = { export_claims_csv, export_claims_jsonl };
	struct claim_scope sc = { "2024-11-01", "2024-12-31", cited, 1, false };
	struct store *st = store_open(db_path, 1000);
	char *fresh[2], *kept;
	int k;

	(void)state;
	assert_non_null(st);
	for (k = 0; k < 2; k++)
		fresh[k] = export_open(st, fns[k], &sc);
	assert_int_equal(store_scope_keep(st, &sc), 0);
	assert_true(sc.kept);
	for (k = 0; k < 2; k++) {
		kept = export_open(st, fns[k], &sc);
		assert_string_equal(kept, fresh[k]);
		free(kept);
		free(fresh[k]);
	}
	/* dropped, the scope is selected afresh: a claim added since shows */
	exec_sql(st->db, "INSERT INTO claims (article_id, value, qualifier,"
	    " quantity, source, modality, sentence) VALUES (2, 4000, 'exact',"
	    " 'troops_arrived', 'NATO', 'current', 'Added later.')");
	store_scope_drop(st, &sc);
	assert_false(sc.kept);
	kept = export_open(st, export_claims_csv, &sc);
	assert_non_null(strstr(kept, "Added later."));
	free(kept);
	store_close(st);
}

/*
 * claims.jsonl is written without jansson's objects: each line must be
 * the bytes json_dumpf() gives for the object it holds, read back.
 */
static void
should_write_each_line_as_jansson_dumps_it(void **state)
{
	char *jl = export_with(export_claims_jsonl, "2024-12-31");
	char *line, *save = NULL, *again;
	json_error_t e;
	json_t *o;
	int lines = 0;

	(void)state;
	for (line = strtok_r(jl, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save), lines++) {
		o = json_loads(line, 0, &e);
		if (o == NULL)
			fail_msg("line %d: %s", lines, e.text);
		again = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
		    JSON_REAL_PRECISION(15));
		assert_string_equal(line, again);
		free(again);
		json_decref(o);
	}
	assert_int_equal(lines, 3);
	free(jl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    should_quote_csv_fields_as_rfc4180_says, setup, teardown),
		cmocka_unit_test(should_neutralise_formula_cells_in_csv),
		cmocka_unit_test_setup_teardown(
		    should_write_typed_jsonl_with_provenance, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    should_write_each_line_as_jansson_dumps_it, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    should_list_the_period_and_the_cited_claims_only, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    should_export_the_same_bytes_from_kept_rows, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
