/*
 * test_reader_batch.c - reading many files: directory order, hidden and
 * unknown files, the manifest, the size ceiling, symlink loops and the
 * bundled sample corpus.
 */
#include <fcntl.h>
#include <sys/stat.h>

#include "test_reader_util.h"

static void
should_walk_directories_in_bytewise_order_skipping_dot_files(void **state)
{
	static const char *const ids[] = {
		"B-upper", "a", "b", "from-dat", "page", "c"
	};
	char *paths[1] = { INPUTS "walk" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;
	size_t i;

	(void)state;
	assert_int_equal(read_capture(paths, 1, NULL, &k, &st, &err), 0);
	assert_int_equal(k.n, sizeof(ids) / sizeof(*ids));
	for (i = 0; i < k.n; i++)
		assert_string_equal(k.v[i].id, ids[i]);
	assert_string_equal(k.v[3].format, "jsonl");
	assert_string_equal(k.v[4].format, "html");
	assert_string_equal(k.v[4].body, "HTML sniffed by content.");
	assert_string_equal(k.v[5].path, INPUTS "walk/sub/c.md");
	assert_int_equal(st.files, 7);
	assert_int_equal(st.rejected, 0);
	assert_string_equal(err, "test_reader_batch: " INPUTS
	    "walk/image.bin: not a text file, skipped\n");
	free(err);
	kept_release(&k);
}

static void
should_override_metadata_from_the_manifest(void **state)
{
	char *paths[1] = { INPUTS "manifest" };
	struct read_opts opts = {
	    .manifest = INPUTS "manifest/manifest.csv" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_capture(paths, 1, &opts, &k, &st, &err), 0);
	assert_int_equal(k.n, 2);
	assert_string_equal(k.v[0].id, "m-one");
	assert_string_equal(k.v[0].outlet, "Example Wire, Seoul");
	assert_string_equal(k.v[0].published, "2024-10-28");
	assert_string_equal(k.v[0].body, "Text one.\n");
	assert_string_equal(k.v[1].id, "two");
	assert_string_equal(k.v[1].title, "Two");
	assert_string_equal(k.v[1].outlet, "Two Site");
	assert_string_equal(k.v[1].published, "2024-10-29");
	assert_int_equal(st.files, 2);
	assert_int_equal(st.warnings, 1);
	assert_int_equal(st.rejected, 0);
	assert_string_equal(err, "test_reader_batch: " INPUTS
	    "manifest/manifest.csv:4: no such file 'missing.txt'\n");
	free(err);
	kept_release(&k);
}

static void
should_refuse_a_manifest_without_a_file_column(void **state)
{
	char *paths[1] = { INPUTS "manifest" };
	struct read_opts opts = {
	    .manifest = INPUTS "badmanifest/manifest.csv" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_capture(paths, 1, &opts, &k, &st, &err),
	    READ_BAD_MANIFEST);
	assert_int_equal(k.n, 0);
	assert_string_equal(err, "test_reader_batch: " INPUTS
	    "badmanifest/manifest.csv:1: no 'file' column\n");
	free(err);
}

static void
should_reject_files_over_the_ceiling(void **state)
{
	char *paths[2] = { INPUTS "page.html", INPUTS "plain.txt" };
	struct read_opts opts = { .max_bytes = 100 };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_int_equal(read_capture(paths, 2, &opts, &k, &st, &err), 0);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].id, "plain");
	assert_int_equal(st.files, 2);
	assert_int_equal(st.rejected, 1);
	assert_string_equal(err, "test_reader_batch: " INPUTS
	    "page.html: larger than 100 bytes\n");
	free(err);
	kept_release(&k);
}

/* A scratch directory under build/ holding a.txt, big.txt and loop -> . */
#define SCRATCH_TEMPLATE "/tmp/claimtrack-reader-XXXXXX"

static void
scratch_file(const char *dir, const char *name, const char *text, off_t size)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	if (size > 0)
		assert_int_equal(ftruncate(fd, size), 0);
	close(fd);
}

static void
scratch_remove(const char *dir)
{
	static const char *const names[] = { "a.txt", "big.txt", "loop" };
	char path[128];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(*names); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

static void
should_survive_a_symlink_loop_and_name_the_size_in_mib(void **state)
{
	char dir[] = SCRATCH_TEMPLATE, loop[128], want[256];
	char *paths[1] = { dir };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;

	(void)state;
	assert_non_null(mkdtemp(dir));
	scratch_file(dir, "a.txt", "About 12,000 troops.\n", 0);
	scratch_file(dir, "big.txt", "x", READ_MAX_BYTES + 1);
	snprintf(loop, sizeof(loop), "%s/loop", dir);
	assert_int_equal(symlink(".", loop), 0);
	assert_int_equal(read_capture(paths, 1, NULL, &k, &st, &err), 0);
	scratch_remove(dir);
	assert_int_equal(k.n, 1);
	assert_string_equal(k.v[0].body, "About 12,000 troops.\n");
	assert_int_equal(st.rejected, 1);
	snprintf(want, sizeof(want), "%s/big.txt: larger than 64 MiB\n", dir);
	assert_contains(err, want);
	snprintf(want, sizeof(want), "%s/loop: directory loop, not entered\n",
	    dir);
	assert_contains(err, want);
	free(err);
	kept_release(&k);
}

static void
should_read_the_sample_corpus_with_ids_and_dates(void **state)
{
	static const char *const want[][2] = {
		{ "s000", "2024-10-25" }, { "s001", "2024-10-25" },
		{ "s002", "2025-02-27" }, { "s003", "2024-10-28" },
		{ "s004", "2024-10-25" },
	};
	char *paths[1] = { "corpus/sample" };
	struct kept k = { .n = 0 };
	struct read_stats st;
	char *err;
	size_t i;

	(void)state;
	assert_int_equal(read_capture(paths, 1, NULL, &k, &st, &err), 0);
	assert_int_equal(k.n, 5);
	for (i = 0; i < 5; i++) {
		assert_string_equal(k.v[i].id, want[i][0]);
		assert_string_equal(k.v[i].published, want[i][1]);
		assert_true(k.v[i].body_len > 500);
	}
	assert_string_equal(k.v[0].outlet, "GZERO Media");
	assert_null(k.v[1].title);
	assert_string_equal(err, "");
	assert_int_equal(st.rejected + st.warnings, 0);
	free(err);
	kept_release(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_walk_directories_in_bytewise_order_skipping_dot_files),
		cmocka_unit_test(should_override_metadata_from_the_manifest),
		cmocka_unit_test(
		    should_refuse_a_manifest_without_a_file_column),
		cmocka_unit_test(should_reject_files_over_the_ceiling),
		cmocka_unit_test(
		    should_survive_a_symlink_loop_and_name_the_size_in_mib),
		cmocka_unit_test(
		    should_read_the_sample_corpus_with_ids_and_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
