/*
 * test_util.c - bounded buffers: a huge input must become a clean error.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "util.h"

static void
should_refuse_to_grow_past_the_ceiling(void **state)
{
	struct strbuf sb;

	(void)state;
	strbuf_init(&sb, 8);
	assert_int_equal(strbuf_adds(&sb, "12345"), 0);
	assert_int_equal(strbuf_adds(&sb, "6789"), -1);
	assert_string_equal(sb.buf, "12345");	/* unchanged on failure */
	assert_int_equal(strbuf_addf(&sb, "%d", 678), 0);
	assert_string_equal(sb.buf, "12345678");
	assert_int_equal(strbuf_addc(&sb, 'x'), -1);
	strbuf_release(&sb);
}

static void
should_detach_an_empty_buffer_as_empty_string(void **state)
{
	struct strbuf sb;
	size_t len = 99;
	char *s;

	(void)state;
	strbuf_init(&sb, 100);
	s = strbuf_detach(&sb, &len);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);
}

static void
should_read_files_and_refuse_oversized_ones(void **state)
{
	size_t len;
	char *s;

	(void)state;
	s = file_read("corpus/sample/s000.txt", 1 << 20, &len);
	assert_non_null(s);
	assert_int_equal(strlen(s), len);
	assert_true(strncmp(s, "---\nid: s000\n", 13) == 0);
	free(s);
	errno = 0;
	assert_null(file_read("corpus/sample/s000.txt", 100, &len));
	assert_int_equal(errno, EFBIG);
	assert_null(file_read("tests/data/no-such-file", 100, &len));
	assert_int_equal(errno, ENOENT);
}

/* The ceiling is exact: a file of max bytes is read whole, one more is
 * refused; an empty file and a file without a size (a pipe) are read. */
static void
should_read_up_to_exactly_the_ceiling(void **state)
{
	size_t len, size;
	char *whole, *s;

	(void)state;
	whole = file_read("corpus/sample/s000.txt", 1 << 20, &size);
	assert_non_null(whole);
	s = file_read("corpus/sample/s000.txt", size, &len);
	assert_non_null(s);
	assert_int_equal(len, size);
	assert_memory_equal(s, whole, size);
	free(s);
	errno = 0;
	assert_null(file_read("corpus/sample/s000.txt", size - 1, &len));
	assert_int_equal(errno, EFBIG);
	s = file_read("tests/data/inputs/empty.txt", 100, &len);
	assert_non_null(s);
	assert_int_equal(len, 0);
	assert_string_equal(s, "");
	free(s);
	s = file_read("/proc/self/status", 1 << 20, &len);
	assert_non_null(s);		/* st_size 0: read to its end */
	assert_true(len > 0 && strlen(s) == len);
	free(s);
	free(whole);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(should_refuse_to_grow_past_the_ceiling),
		cmocka_unit_test(should_detach_an_empty_buffer_as_empty_string),
		cmocka_unit_test(should_read_files_and_refuse_oversized_ones),
		cmocka_unit_test(should_read_up_to_exactly_the_ceiling),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
