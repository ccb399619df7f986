/*
 * test_nightly_data.c - safe to run every night, second part: what the
 * nightly run does with the data it is given, run through the built
 * program ($CLAIMTRACK) as cron runs it. Invalid UTF-8 in names and
 * metadata never stops a briefing, one article's thousand repeats are
 * one claim, two files with one id are named, claims.csv carries no
 * formula, a mistyped --db creates nothing, the database remembers its
 * tracker, ingest takes the run lock, an empty folder is said, a broken
 * tracker or configuration exits 2, and the readers treat invalid UTF-8
 * and mistyped JSONL fields alike.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "tmpdir_fixture.h"
#include "test_spawn.h"
#include "util.h"

#define ASOF_WEEK "--asof 2024-10-31 --period week"

static int
setup(void **state)
{
	(void)state;
	return tmpdir_make("data");
}

/* Fail unless dir/name holds needle. */
static void
assert_file_has(const char *name, const char *needle)
{
	char *s = slurp(name);

	if (strstr(s, needle) == NULL)
		fail_msg("%s/%s lacks \"%s\":\n%s", dir, name, needle, s);
	free(s);
}

/* Fail when dir/name holds needle. */
static void
assert_file_lacks(const char *name, const char *needle)
{
	char *s = slurp(name);

	if (strstr(s, needle) != NULL)
		fail_msg("%s/%s holds \"%s\":\n%s", dir, name, needle, s);
	free(s);
}

/* The first line of the output of a shell command, as a number. */
static long
sh_number(const char *fmt, ...)
{
	char cmd[4096], line[64] = "";
	va_list ap;
	FILE *p;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	p = popen(cmd, "r");
	if (p == NULL)
		fail_msg("cannot run %s", cmd);
	if (fgets(line, sizeof(line), p) == NULL)
		line[0] = '\0';
	pclose(p);
	return strtol(line, NULL, 10);
}

/* The sample published once into dir/b from dir/c.db. */
static void
sample_published(void)
{
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " corpus/sample 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
}

/* ---- 3. one article's repeats are one claim; an article is bounded -- */

/*
 * One article repeating a claim thousands of times (a scraping accident)
 * stored one claim per repeat: 1.3 MB gave 28,000 claims and a 545 MB
 * briefing. Identical claims are one; an article stores at most 1,000.
 */
static void
should_store_a_repeated_claim_once_and_bound_an_article(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir %s/in && awk 'BEGIN { print \"---\\nid: "
	    "rep\\npublished: 2024-10-28\\n---\"; for (i = 0; i < 5000; i++) "
	    "printf \"North Korea has sent about 12,000 troops to Russia, "
	    "Ukrainian intelligence said on Oct. 25. \" }' >%s/in/rep.txt && "
	    "awk 'BEGIN { print \"---\\nid: many\\npublished: 2024-10-28\\n"
	    "---\"; for (i = 0; i < 1500; i++) printf \"Kyiv said on Oct. 25 "
	    "that about %%d North Korean troops were in Russia.\\n\", 10000 + "
	    "i }' >%s/in/many.txt", dir, dir, dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b -j 2 " ASOF_WEEK
	    " %s/in 2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 0);
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT count(*) FROM "
	    "current_claims WHERE doc = 'rep'\"", dir), 1);
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT count(*) FROM "
	    "current_claims WHERE doc = 'many'\"", dir), 1000);
	assert_file_has("err", "many.txt: article 'many' has 1500 claims; "
	    "only the first 1000 stored");
	assert_file_has("err", "1001 claims stored");
	/* the first 1,000 in text order are kept */
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT max(value) FROM "
	    "current_claims WHERE doc = 'many'\"", dir), 10999);
	/* the same with one thread */
	assert_int_equal(sh("%s ingest --db %s/c1.db -j 1 %s/in >/dev/null "
	    "2>/dev/null && test $(sqlite3 %s/c1.db 'SELECT count(*) FROM "
	    "claims') -eq 1001", TEST_PROGRAM(), dir, dir, dir), 0);
}

/* ---- 6. two files with one id --------------------------------------- */

/*
 * Two files with the same id and different text added two versions at
 * every --rescan, silently. Now both are named, and each text is one
 * version.
 */
static void
should_name_two_files_with_one_id_and_keep_one_version_per_text(
    void **state)
{
	int i;

	(void)state;
	assert_int_equal(sh("mkdir %s/in && printf -- '---\\nid: same\\n---\\n"
	    "Kyiv said about 12,000 North Korean troops were in Russia.\\n' "
	    ">%s/in/a.txt && printf -- '---\\nid: same\\n---\\nSeoul said "
	    "about 11,000 North Korean troops were in Russia.\\n' >%s/in/b.txt",
	    dir, dir, dir), 0);
	for (i = 0; i < 3; i++) {
		assert_int_equal(sh("%s ingest --db %s/c.db --rescan %s/in "
		    ">%s/out 2>%s/err", TEST_PROGRAM(), dir, dir, dir, dir), 0);
		assert_file_has("err", "in/b.txt: id 'same' also read from ");
		assert_file_has("err", "in/a.txt with other text");
	}
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT count(*) FROM "
	    "articles WHERE doc = 'same'\"", dir), 2);
	assert_file_has("out", "ingest: 0 new, 2 unchanged, 0 changed");
}

/* ---- 12. the database remembers its tracker ------------------------- */

/*
 * report without --tracker on a port-strike database headlined "North
 * Korean troops in Russia", and an edited tracker re-extracted nothing.
 */
static void
should_remember_the_tracker_and_extract_again_when_it_changes(
    void **state)
{
	(void)state;
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b --tracker "
	    "trackers/protest-crowds.ini " ASOF_WEEK " corpus/sample "
	    "2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
	assert_int_equal(sh_number("sqlite3 %s/c.db 'SELECT count(*) FROM "
	    "tracker WHERE length(hash) = 64'", dir), 1);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/b --redraw "
	    ASOF_WEEK " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 0);
	assert_file_has("err", "Protest turnout");
	assert_file_lacks("err", "North Korean");
	/* run and ingest without --tracker keep the stored one too */
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " corpus/sample 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 0);
	assert_file_lacks("err", "tracker changed");
	assert_file_has("err", "Protest turnout");
	/* a changed tracker extracts the stored articles again, at once */
	assert_int_equal(sh("cp trackers/default.ini %s/t.ini && %s ingest "
	    "--db %s/c.db --tracker %s/t.ini corpus/sample >/dev/null "
	    "2>%s/err", dir, TEST_PROGRAM(), dir, dir, dir), 0);
	assert_file_has("err", "tracker changed since the claims were "
	    "stored: extracted 5 articles again, 9 claims");
	assert_int_equal(sh_number("sqlite3 %s/c.db 'SELECT count(*) FROM "
	    "current_claims'", dir), 9);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/b " ASOF_WEEK
	    " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 0);
	assert_file_has("err", "North Korean troops in Russia");
	/* editing the file is a change too */
	assert_int_equal(sh("sed -i 's/^name = .*/name = Troops abroad/' "
	    "%s/t.ini && %s run --db %s/c.db --out %s/b --tracker %s/t.ini "
	    ASOF_WEEK " corpus/sample 2>%s/err", dir, TEST_PROGRAM(), dir, dir,
	    dir, dir), 0);
	assert_file_has("err", "extracted 5 articles again");
	assert_file_has("b/summary.md", "Troops abroad");
}

/* ---- 10. memory: metadata is bounded ------------------------------- */

/*
 * A 60 MB id cost 731 MB of memory across the stages that copy it. Ids,
 * titles, outlets and urls are cut at 2,000 bytes as they are read.
 */
static void
should_cut_a_60_mb_id_and_stay_under_200_mib(void **state)
{
	char db[128], out[128], in[128];
	char *argv[] = { (char *)TEST_PROGRAM(), "run", "--db", db, "--out",
	    out, "--asof", "2024-10-31", "--period", "week", in, NULL };
	struct spawn_result r;

	(void)state;
	snprintf(db, sizeof(db), "%s/c.db", dir);
	snprintf(out, sizeof(out), "%s/b", dir);
	snprintf(in, sizeof(in), "%s/in", dir);
	assert_int_equal(sh("mkdir %s && awk 'BEGIN { s = \"xxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxx\"; for (i = 0; i < 15; i++) s = s s; printf "
	    "\"---\\nid: \"; for (i = 0; i < 60; i++) printf \"%%s\", s; "
	    "print \"\\npublished: 2024-10-28\\n---\\nKyiv said on Oct. 25 "
	    "that about 12,000 North Korean troops were in Russia.\" }' "
	    ">%s/big.txt", in, in), 0);
	spawn_run(argv, dir, &r);
	assert_true(r.exited);
	assert_int_equal(r.status, 0);
	if (r.maxrss_kb > 200L * 1024 * SPAWN_RSS_SCALE)
		fail_msg("peak RSS %ld KiB over 200 MiB", r.maxrss_kb);
	assert_int_equal(sh_number("sqlite3 %s 'SELECT length(doc) FROM "
	    "articles'", db), 2000);
	spawn_release(&r);
}

/* ---- 11. report and summary never create a database ---------------- */

/*
 * A mistyped --db on report used to create an empty database and
 * publish "0 articles · 0 claims" over a good briefing, exit 0.
 */
static void
should_not_create_a_database_to_report_or_summarize(void **state)
{
	(void)state;
	sample_published();
	assert_int_equal(sh("%s report --db %s/typo.db --out %s/b --redraw "
	    ASOF_WEEK " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 3);
	assert_file_has("err", "typo.db: no such database");
	assert_int_equal(sh("test ! -e %s/typo.db", dir), 0);
	assert_file_lacks("b/summary.md", "0 articles");
	assert_int_equal(sh("%s summary --db %s/typo.db " ASOF_WEEK
	    " >/dev/null 2>%s/err", TEST_PROGRAM(), dir, dir), 3);
	assert_file_has("err", "typo.db: no such database");
	assert_int_equal(sh("test ! -e %s/typo.db", dir), 0);
	/* an empty file is no claimtrack database either, and stays empty */
	assert_int_equal(sh(": >%s/empty.db && %s report --db %s/empty.db "
	    "--out %s/b --redraw " ASOF_WEEK " 2>%s/err", dir, TEST_PROGRAM(),
	    dir, dir, dir), 3);
	assert_file_has("err", "empty.db: not a claimtrack database");
	assert_int_equal(sh("test ! -s %s/empty.db", dir), 0);
	assert_file_lacks("b/summary.md", "0 articles");
}

/* ---- 2. invalid UTF-8 in names and metadata never stops a briefing - */

/*
 * A file whose name (its id) or manifest cell held an invalid byte was
 * stored raw, and every later run and report failed at the PDF with
 * exit 3, forever.
 */
static void
should_store_only_valid_utf8_from_names_and_manifests(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir %s/in && cp corpus/sample/* %s/in && "
	    "printf 'North Korea has sent about 11,000 troops to Russia, "
	    "Seoul said on Oct. 28.\\n' >\"%s/in/bad$(printf '\\351')"
	    "name.txt\" && printf 'file,outlet,published\\nin/bad\\351name.txt,"
	    "Le Monde \\351,2024-10-29\\n' >%s/m.csv", dir, dir, dir, dir),
	    0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b --manifest "
	    "%s/m.csv " ASOF_WEEK " %s/in 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir, dir, dir), 0);
	assert_file_has("err", "name.txt: invalid UTF-8 in the id replaced "
	    "by U+FFFD");
	assert_file_has("err", "name.txt: invalid UTF-8 in the outlet "
	    "replaced by U+FFFD");
	/* stored repaired: U+FFFD in the id, the outlet and the path */
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT count(*) FROM "
	    "articles WHERE instr(doc, char(65533)) AND instr(outlet, "
	    "char(65533)) AND instr(path, char(65533))\"", dir), 1);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/b --redraw "
	    ASOF_WEEK " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 0);
}

/* A database that already holds bad text is repaired as it is read. */
static void
should_repair_bad_text_already_stored(void **state)
{
	(void)state;
	sample_published();
	assert_int_equal(sh("sqlite3 %s/c.db \"UPDATE claims SET source = "
	    "CAST(X'556B7261696E65FF' AS TEXT), sentence = sentence || "
	    "CAST(X'FE' AS TEXT); UPDATE articles SET outlet = "
	    "CAST(X'4B7969FF' AS TEXT), title = CAST(X'C3' AS TEXT)\"", dir),
	    0);
	assert_int_equal(sh("%s report --db %s/c.db --out %s/b --redraw "
	    ASOF_WEEK " 2>%s/err", TEST_PROGRAM(), dir, dir, dir), 0);
	assert_file_has("err", "held invalid UTF-8; replaced by U+FFFD as "
	    "read");
	assert_int_equal(sh_number("grep -a -c 'claimtrack: .*invalid UTF-8' "
	    "%s/err", dir), 1);	/* said once, not once per pass */
	assert_file_has("b/summary.md", "Ukraine\xEF\xBF\xBD");
	assert_int_equal(sh("%s summary --db %s/c.db --json " ASOF_WEEK
	    " >%s/s.json 2>/dev/null", TEST_PROGRAM(), dir, dir), 0);
}

/* ---- 14. the run lock, empty folders, trackers, configuration ------ */

/* ingest takes the run lock as run does. */
static void
should_take_the_run_lock_to_ingest(void **state)
{
	(void)state;
	assert_int_equal(sh("flock %s/c.db.lock sleep 3 & sleep 0.3; "
	    "%s ingest --db %s/c.db --wait 1 corpus/sample >/dev/null "
	    "2>%s/err; rc=$?; wait; exit $rc", dir, TEST_PROGRAM(), dir, dir),
	    3);
	assert_file_has("err", "another claimtrack run holds the database");
	assert_int_equal(sh("test ! -e %s/c.db", dir), 0);
}

/* An empty input folder is said, and the exit status shows it. */
static void
should_say_an_empty_input_folder(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir -p %s/in/sub && touch %s/in/.hidden "
	    "%s/in/notes.csv", dir, dir, dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b " ASOF_WEEK
	    " %s/in corpus/sample 2>%s/err", TEST_PROGRAM(), dir, dir, dir,
	    dir), 1);
	assert_file_has("err", "no articles found under ");
	assert_int_equal(sh_number("grep -c 'no articles found' %s/err", dir),
	    1);
	assert_int_equal(sh("test -s %s/b/report.pdf", dir), 0);
	assert_int_equal(sh("%s ingest --db %s/c.db %s/in >/dev/null "
	    "2>%s/err", TEST_PROGRAM(), dir, dir, dir), 1);
	assert_file_has("err", "no articles found under ");
}

/* A tracker with an empty name or a quantity defined twice: exit 2. */
static void
should_refuse_an_unnamed_tracker_or_a_quantity_twice(void **state)
{
	(void)state;
	assert_int_equal(sh("printf '[tracker]\\nname =\\n[nouns]\\ncounted "
	    "= troops\\n[quantity q]\\ntriggers = sent\\n' >%s/t1.ini && "
	    "printf '[tracker]\\nname = T\\n[nouns]\\ncounted = troops\\n"
	    "[quantity q]\\ntriggers = sent\\n[sources]\\nA = Kyiv\\n"
	    "[quantity q]\\ntriggers = arrived\\n' >%s/t2.ini", dir, dir), 0);
	assert_int_equal(sh("%s extract --tracker %s/t1.ini corpus/sample "
	    ">/dev/null 2>%s/err", TEST_PROGRAM(), dir, dir), 2);
	assert_file_has("err", "t1.ini:2: the tracker's name is empty");
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b --tracker "
	    "%s/t2.ini " ASOF_WEEK " corpus/sample 2>%s/err", TEST_PROGRAM(),
	    dir, dir, dir, dir), 2);
	assert_file_has("err", "t2.ini:10: quantity 'q' defined twice");
}

/* A bad manifest and a chart too large are configuration: exit 2. */
static void
should_exit_2_on_bad_configuration(void **state)
{
	(void)state;
	assert_int_equal(sh("printf 'name,outlet\\nx,y\\n' >%s/m.csv", dir),
	    0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b --manifest "
	    "%s/m.csv " ASOF_WEEK " corpus/sample 2>%s/err", TEST_PROGRAM(),
	    dir, dir, dir, dir), 2);
	assert_file_has("err", "m.csv:1: no 'file' column");
	assert_int_equal(sh("test ! -e %s/b", dir), 0);
	assert_int_equal(sh("%s ingest --db %s/c.db --manifest %s/m.csv "
	    "corpus/sample >/dev/null 2>%s/err", TEST_PROGRAM(), dir, dir,
	    dir), 2);
	assert_int_equal(sh_number("sqlite3 %s/c.db 'SELECT count(*) FROM "
	    "articles'", dir), 0);
	assert_int_equal(sh("%s run --db %s/c.db --out %s/b --width 8000 "
	    "--dpi 1200 " ASOF_WEEK " corpus/sample 2>%s/err", TEST_PROGRAM(),
	    dir, dir, dir), 2);
	assert_file_has("err", "--width 8000 at --dpi 1200 makes PNG charts "
	    "100000 px wide; at most 8000");
	assert_int_equal(sh("%s report --db %s/c.db --out %s/b --width 4000 "
	    "--dpi 600 " ASOF_WEEK " 2>/dev/null", TEST_PROGRAM(), dir, dir),
	    2);
}

/*
 * The three readers treat invalid UTF-8 alike (repaired, one warning
 * naming file and line), and a JSONL field of the wrong type is skipped
 * with a warning, the article kept.
 */
static void
should_read_invalid_utf8_and_mistyped_fields_alike(void **state)
{
	(void)state;
	assert_int_equal(sh("mkdir %s/in && printf -- '---\\nid: t1\\n---\\n"
	    "North Korea sent about 12,000 troops to Russia, Kyiv said. Bad "
	    "\\377 byte.\\n' >%s/in/a.txt && printf '{\"id\":\"j0\",\"text\":"
	    "\"About 3,000 troops, Seoul said.\"}\\n{\"id\":\"j1\",\"text\":"
	    "\"North Korea sent about 12,000 troops to Russia, Kyiv said. Bad "
	    "\\377 byte.\"}\\n{\"id\":\"j2\",\"title\":5,\"published\":"
	    "{\"a\":1},\"outlet\":null,\"text\":\"About 3,000 troops, Seoul "
	    "said.\"}\\n' >%s/in/b.jsonl && printf '<html><head><title>T"
	    "\\377t</title></head><body><article><p>North Korea sent about "
	    "12,000\\ntroops to Russia, Kyiv said. Bad \\377 byte.</p>"
	    "</article></body></html>\\n' >%s/in/c.html", dir, dir, dir, dir),
	    0);
	assert_int_equal(sh("%s ingest --db %s/c.db %s/in >%s/out 2>%s/err",
	    TEST_PROGRAM(), dir, dir, dir, dir), 0);
	assert_file_has("out", "ingest: 5 new, 0 unchanged, 0 changed, "
	    "0 rejected");
	assert_file_has("err", "a.txt:4: invalid UTF-8 replaced by U+FFFD "
	    "(1 byte)");
	assert_file_has("err", "b.jsonl:2: invalid UTF-8 replaced by U+FFFD "
	    "(1 byte)");
	assert_file_has("err", "c.html:1: invalid UTF-8 replaced by U+FFFD "
	    "(2 bytes)");
	assert_int_equal(sh_number("grep -a -c 'invalid UTF-8' %s/err", dir),
	    3);
	assert_file_has("err", "b.jsonl:3: field 'title' is not a string; "
	    "ignored");
	assert_file_has("err", "b.jsonl:3: field 'published' is not a "
	    "string; ignored");
	assert_file_lacks("err", "'outlet'");	/* null is no value */
	assert_int_equal(sh_number("sqlite3 %s/c.db \"SELECT count(*) FROM "
	    "articles WHERE instr(body, char(65533)) OR instr(title, "
	    "char(65533))\"", dir), 3);
}

int
main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, tmpdir_teardown)
	const struct CMUnitTest tests[] = {
		T(should_store_only_valid_utf8_from_names_and_manifests),
		T(should_repair_bad_text_already_stored),
		T(should_store_a_repeated_claim_once_and_bound_an_article),
		T(should_name_two_files_with_one_id_and_keep_one_version_per_text),
		T(should_remember_the_tracker_and_extract_again_when_it_changes),
		T(should_cut_a_60_mb_id_and_stay_under_200_mib),
		T(should_not_create_a_database_to_report_or_summarize),
		T(should_take_the_run_lock_to_ingest),
		T(should_say_an_empty_input_folder),
		T(should_refuse_an_unnamed_tracker_or_a_quantity_twice),
		T(should_exit_2_on_bad_configuration),
		T(should_read_invalid_utf8_and_mistyped_fields_alike),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
