/*
 * test_publish.c - a published folder is replaced whole or not at all.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "util.h"
#include "publish.h"

struct fixture {
	char	 root[64];	/* temp parent folder */
	char	 out[128];	/* the published folder */
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	strcpy(fx->root, "/tmp/claimtrack-pub-XXXXXX");
	if (mkdtemp(fx->root) == NULL)
		return -1;
	snprintf(fx->out, sizeof(fx->out), "%s/briefing", fx->root);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	remove_tree(fx->root);
	free(fx);
	return 0;
}

static void
write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* Contents of a small file, or "" when it cannot be read. */
static char *
read_text(const char *path)
{
	size_t len;
	char *s = file_read(path, 1 << 16, &len);

	return s ? s : xstrdup("");
}

static void
publish_one(const char *out, const char *text)
{
	struct publication pub;
	char *p;

	assert_int_equal(publication_begin(&pub, out), 0);
	assert_int_equal(publication_mkdir(&pub, "charts"), 0);
	p = publication_path(&pub, "report.txt");
	write_text(p, text);
	free(p);
	p = publication_path(&pub, "charts/range.txt");
	write_text(p, text);
	free(p);
	assert_int_equal(publication_commit(&pub), 0);
	publication_abort(&pub);
}

static char *
in(const char *dir, const char *name)
{
	static char buf[512];

	if ((size_t)snprintf(buf, sizeof(buf), "%s/%s", dir, name) >=
	    sizeof(buf))
		fail_msg("path too long");
	return buf;
}

static void
should_publish_then_replace_the_whole_folder(void **state)
{
	struct fixture *fx = *state;
	char *s;

	publish_one(fx->out, "first");
	s = read_text(in(fx->out, "report.txt"));
	assert_string_equal(s, "first");
	free(s);
	publish_one(fx->out, "second");
	s = read_text(in(fx->out, "charts/range.txt"));
	assert_string_equal(s, "second");
	free(s);
}

static void
should_leave_the_previous_folder_when_a_run_fails(void **state)
{
	struct fixture *fx = *state;
	struct publication pub;
	char *p, *s;

	publish_one(fx->out, "good");
	assert_int_equal(publication_begin(&pub, fx->out), 0);
	p = publication_path(&pub, "report.txt");
	write_text(p, "half-written");
	free(p);
	publication_abort(&pub);
	s = read_text(in(fx->out, "report.txt"));
	assert_string_equal(s, "good");
	free(s);
}

static void
should_remove_temporary_folders_of_dead_runs(void **state)
{
	struct fixture *fx = *state;
	struct stat sb;
	char stale[256];

	/* pid 2^22+1 is above Linux's pid_max default: no such process */
	snprintf(stale, sizeof(stale), "%s/.briefing.tmp.4194305", fx->root);
	assert_int_equal(mkdir(stale, 0777), 0);
	publish_one(fx->out, "x");
	assert_int_equal(stat(stale, &sb), -1);
	assert_int_equal(errno, ENOENT);
}

static void
should_keep_a_dated_copy_when_asked(void **state)
{
	struct fixture *fx = *state;
	struct publication pub;
	char hist[256], *p, *s;

	snprintf(hist, sizeof(hist), "%s/history", fx->root);
	assert_int_equal(publication_begin(&pub, fx->out), 0);
	assert_int_equal(publication_mkdir(&pub, "charts"), 0);
	p = publication_path(&pub, "charts/range.txt");
	write_text(p, "dated");
	free(p);
	assert_int_equal(publication_keep(&pub, hist, "2024-10-31"), 0);
	assert_int_equal(publication_commit(&pub), 0);
	publication_abort(&pub);
	s = read_text(in(hist, "2024-10-31/charts/range.txt"));
	assert_string_equal(s, "dated");
	free(s);
	s = read_text(in(fx->out, "charts/range.txt"));
	assert_string_equal(s, "dated");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    should_publish_then_replace_the_whole_folder, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    should_leave_the_previous_folder_when_a_run_fails, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    should_remove_temporary_folders_of_dead_runs, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    should_keep_a_dated_copy_when_asked, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
