/*
 * test_faults.c - the built program against a damaged or failing
 * database: a corrupted file is refused with exit 3 and left byte for
 * byte as it was; a disk that fills up half way leaves the database as
 * the last good run left it. (A database locked by another run is
 * tested in test_ingest.c; SIGKILL at random points in scripts/kill-test.)
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "testutil.h"
#include "testdb.h"
#include "test_spawn.h"
#include "claimtrack.h"
#include "util.h"

#define SAMPLE "corpus/sample"
#define DB_MAX ((size_t)1 << 20)

struct fixture {
	char	 dir[64];	/* temporary directory */
	char	 good[128];	/* DIR/good.db: the sample, ingested */
	char	 db[128];	/* DIR/ct.db: the database under test */
	char	*bytes;		/* good.db's contents */
	size_t	 len;		/* its length */
	size_t	 page;		/* its page size, from the file header */
	struct spawn_result r;	/* the last run */
};

/* Run "claimtrack ingest --db DB SAMPLE". */
static void
ingest(struct fixture *fx, const char *db)
{
	char *argv[] = { (char *)TEST_PROGRAM(), "ingest", "--db",
	    (char *)db, SAMPLE, NULL };

	spawn_release(&fx->r);
	spawn_run(argv, fx->dir, &fx->r);
}

static int
setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	*state = fx;
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/claimtrack-faults-XXXXXX");
	if (mkdtemp(fx->dir) == NULL)
		return -1;
	snprintf(fx->good, sizeof(fx->good), "%s/good.db", fx->dir);
	snprintf(fx->db, sizeof(fx->db), "%s/ct.db", fx->dir);
	ingest(fx, fx->good);
	if (!fx->r.exited || fx->r.status != EXIT_OK)
		return -1;
	fx->bytes = file_read(fx->good, DB_MAX, &fx->len);
	if (fx->bytes == NULL || fx->len < 100)
		return -1;
	/* header bytes 16-17: the page size, big-endian; 1 means 65536 */
	fx->page = (size_t)(unsigned char)fx->bytes[16] << 8 |
	    (unsigned char)fx->bytes[17];
	if (fx->page == 1)
		fx->page = 65536;
	return fx->len >= 3 * fx->page ? 0 : -1;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];
	int rc;

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->dir);
	rc = system(cmd);
	spawn_release(&fx->r);
	free(fx->bytes);
	free(fx);
	return rc == 0 ? 0 : -1;
}

static void
file_write(const char *path, const char *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(buf, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/*
 * The ways a database file gets damaged, each applied to good.db. An
 * offset is pages (of good.db's size) plus bytes.
 */
struct damage {
	const char *what;	/* for failure messages */
	size_t	 keep_pages, keep; /* bytes of good.db kept; 0 = all */
	size_t	 at_pages, at;	/* where garbage starts */
	size_t	 garbage;	/* bytes of garbage written there */
	const char *says;	/* the message must contain this */
};

static const struct damage damages[] = {
	{ "valid header, then garbage", 0, 100, 0, 100, 8000,
	  "not a claimtrack database or corrupted; refusing to touch it" },
	{ "truncated to half", 0, 0, 0, 0, 0,
	  "not a claimtrack database or corrupted; refusing to touch it" },
	{ "truncated inside page 2", 1, 904, 0, 0, 0,
	  "not a claimtrack database or corrupted; refusing to touch it" },
	{ "the articles table's root page overwritten", 0, 0, 2, 16,
	  600, "database corrupted (" },
};

/* Build the damaged file in a fresh buffer the caller frees. */
static char *
damage_apply(const struct fixture *fx, const struct damage *d, size_t *len)
{
	size_t keep = d->keep_pages * fx->page + d->keep, i;
	size_t at = d->at_pages * fx->page + d->at;
	char *buf;

	if (d->garbage == 0 && keep == 0)
		keep = fx->len / 2;
	if (keep == 0)
		keep = fx->len;
	*len = at + d->garbage > keep ? at + d->garbage : keep;
	buf = xcalloc(1, *len);
	memcpy(buf, fx->bytes, keep < fx->len ? keep : fx->len);
	for (i = 0; i < d->garbage; i++)
		buf[at + i] = (char)(0xA5 ^ (i * 31));
	return buf;
}

static void
should_refuse_a_corrupted_database_and_leave_it_byte_identical(
    void **state)
{
	struct fixture *fx = *state;
	char *before, *after, expect[256];
	size_t i, len, alen;

	for (i = 0; i < sizeof(damages) / sizeof(*damages); i++) {
		before = damage_apply(fx, &damages[i], &len);
		file_write(fx->db, before, len);
		ingest(fx, fx->db);
		if (!fx->r.exited || fx->r.status != EXIT_FATAL)
			fail_msg("%s: exit %d", damages[i].what, fx->r.status);
		snprintf(expect, sizeof(expect), "claimtrack: %s: %s", fx->db,
		    damages[i].says);
		if (strncmp(fx->r.err, expect, strlen(expect)) != 0 ||
		    line_count(fx->r.err) != 1)
			fail_msg("%s: stderr '%s'", damages[i].what, fx->r.err);
		assert_string_equal(fx->r.out, "");
		after = file_read(fx->db, DB_MAX, &alen);
		assert_non_null(after);
		if (alen != len || memcmp(after, before, len) != 0)
			fail_msg("%s: the file was changed", damages[i].what);
		free(after);
		free(before);
	}
}

static void
should_exit_3_and_keep_the_last_good_state_when_the_disk_fills_up(
    void **state)
{
	struct fixture *fx = *state;
	char cmd[512], big[128], *err;
	int rc;

	file_write(fx->db, fx->bytes, fx->len);
	snprintf(big, sizeof(big), "%s/big.txt", fx->dir);
	snprintf(cmd, sizeof(cmd), "awk 'BEGIN { for (i = 0; i < 200000; "
	    "i++) print \"About 12,000 North Korean troops, line \" i }' "
	    "> '%s'", big);
	assert_int_equal(system(cmd), 0);
	/* files may grow to 2 MiB, then writes fail with EFBIG */
	snprintf(cmd, sizeof(cmd), "ulimit -f 4096; trap '' XFSZ; "
	    "exec %s ingest --db '%s' '%s' " SAMPLE " >'%s/out' 2>'%s/err'",
	    TEST_PROGRAM(), fx->db, big, fx->dir, fx->dir);
	rc = system(cmd);
	assert_true(WIFEXITED(rc));
	assert_int_equal(WEXITSTATUS(rc), EXIT_FATAL);
	snprintf(cmd, sizeof(cmd), "%s/err", fx->dir);
	err = log_unstamp(spawn_slurp(cmd));
	/* the write that fails may be an article's or the commit's (pages
	   wait in the cache until then): one message naming the database,
	   after the one saying the big article's claims were capped */
	snprintf(cmd, sizeof(cmd), "claimtrack: %s: ", fx->db);
	assert_non_null(strstr(err, cmd));
	assert_non_null(strstr(err, "disk I/O error"));
	free(err);
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles"), 5);
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM articles "
	    "WHERE doc = 'big'"), 0);
	assert_int_equal(db_int(fx->db, "SELECT count(*) FROM pragma_"
	    "integrity_check WHERE integrity_check = 'ok'"), 1);
}

static void
should_exit_3_when_the_database_directory_does_not_exist(void **state)
{
	struct fixture *fx = *state;
	char db[160], expect[256];

	snprintf(db, sizeof(db), "%s/no/such/dir/ct.db", fx->dir);
	ingest(fx, db);
	assert_true(fx->r.exited);
	assert_int_equal(fx->r.status, EXIT_FATAL);
	snprintf(expect, sizeof(expect), "claimtrack: %s: cannot open "
	    "database: ", db);
	assert_memory_equal(fx->r.err, expect, strlen(expect));
	assert_int_equal(line_count(fx->r.err), 1);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(should_refuse_a_corrupted_database_and_leave_it_byte_identical),
		T(should_exit_3_and_keep_the_last_good_state_when_the_disk_fills_up),
		T(should_exit_3_when_the_database_directory_does_not_exist),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
