/*
 * util.c - see util.h.
 */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "claimtrack.h"
#include "util.h"

static void
out_of_memory(size_t n)
{
	errx(EXIT_FATAL, "out of memory allocating %zu bytes", n);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		out_of_memory(n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		out_of_memory(n * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		out_of_memory(n);
	return q;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		out_of_memory(SIZE_MAX);
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup_or_null(const char *s)
{
	return s == NULL ? NULL : xstrdup(s);
}

void
strbuf_init(struct strbuf *sb, size_t max)
{
	sb->buf = NULL;
	sb->len = 0;
	sb->cap = 0;
	sb->max = max;
}

void
strbuf_release(struct strbuf *sb)
{
	free(sb->buf);
	strbuf_init(sb, sb->max);
}

void
strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->buf != NULL)
		sb->buf[0] = '\0';
}

/* Make room for n more bytes plus the NUL; -1 past the ceiling. */
static int
strbuf_grow(struct strbuf *sb, size_t n)
{
	size_t need;

	if (n > sb->max - sb->len)
		return -1;
	need = sb->len + n + 1;
	if (need <= sb->cap)
		return 0;
	if (sb->cap == 0)
		sb->cap = 64;
	while (sb->cap < need)
		sb->cap = sb->cap > SIZE_MAX / 2 ? need : sb->cap * 2;
	sb->buf = xrealloc(sb->buf, sb->cap);
	return 0;
}

int
strbuf_add(struct strbuf *sb, const char *p, size_t n)
{
	if (strbuf_grow(sb, n) == -1)
		return -1;
	memcpy(sb->buf + sb->len, p, n);
	sb->len += n;
	sb->buf[sb->len] = '\0';
	return 0;
}

int
strbuf_adds(struct strbuf *sb, const char *s)
{
	return strbuf_add(sb, s, strlen(s));
}

int
strbuf_addc(struct strbuf *sb, char c)
{
	return strbuf_add(sb, &c, 1);
}

int
strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || strbuf_grow(sb, (size_t)n) == -1)
		return -1;
	va_start(ap, fmt);
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
	return 0;
}

char *
strbuf_detach(struct strbuf *sb, size_t *len)
{
	char *p = sb->buf ? sb->buf : xstrdup("");

	if (len != NULL)
		*len = sb->len;
	strbuf_init(sb, sb->max);
	return p;
}

/*
 * Read fd to its end into buf (room for cap bytes and a NUL, grown as
 * needed up to max + 1 bytes, enough to tell a file of max bytes from a
 * longer one); the bytes read, or -1 with errno set (EFBIG past max).
 */
static ssize_t
fd_read_all(int fd, char **buf, size_t *cap, size_t max)
{
	size_t n = 0;
	ssize_t got;

	for (;;) {
		if (n > max) {
			errno = EFBIG;
			return -1;
		}
		if (n == *cap) {
			*cap = *cap * 2 < max + 1 ? *cap * 2 : max + 1;
			*buf = xrealloc(*buf, *cap + 1);
		}
		got = read(fd, *buf + n, *cap - n);
		if (got == 0)
			return (ssize_t)n;
		if (got > 0)
			n += (size_t)got;
		else if (errno != EINTR)
			return -1;
	}
}

/*
 * One read into a buffer of the file's size (plus one byte, to see the
 * end), rather than stdio's buffer and copies: the reader calls this for
 * every article file.
 */
/*
 * A buffer of at least size bytes for a whole file. A large one (a JSONL
 * archive of many megabytes) is laid on 2 MB pages where the kernel has
 * them: read() into fresh 4 KB pages faulted each one in, a quarter of
 * extract's time on 50 MB. Freed with free() either way.
 */
#define HUGE_PAGE	((size_t)2 << 20)

static char *
file_buffer(size_t size)
{
	size_t rounded;
	char *buf;

	if (size < 4 * HUGE_PAGE)
		return xmalloc(size);
	rounded = (size + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	if ((buf = aligned_alloc(HUGE_PAGE, rounded)) == NULL)
		return xmalloc(size);
#ifdef MADV_HUGEPAGE
	(void)madvise(buf, rounded, MADV_HUGEPAGE);	/* a hint only */
#endif
	return buf;
}

/* Read the open fd whole (see file_read); closes it. */
static char *
fd_read_file(int fd, size_t max, size_t *len)
{
	struct stat sb;
	size_t cap = 4096;
	char *buf;
	ssize_t n;
	int saved;

	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
	    (unsigned long long)sb.st_size <= max)
		cap = (size_t)sb.st_size + 1;
	buf = file_buffer(cap + 1);
	n = fd_read_all(fd, &buf, &cap, max);
	saved = errno;
	close(fd);
	if (n == -1) {
		free(buf);
		errno = saved;
		return NULL;
	}
	buf[n] = '\0';
	if (len != NULL)
		*len = (size_t)n;
	return buf;
}

char *
file_read(const char *path, size_t max, size_t *len)
{
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return NULL;
	return fd_read_file(fd, max, len);
}

/*
 * Open path for reading as configuration: without blocking, so a FIFO
 * with no writer (or a device) cannot hang the run, then only when
 * fstat() says it is a regular file. The fd, or -1 after reporting.
 */
static int
config_open(const char *path)
{
	struct stat sb;
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1) {
		warn("%s", path);
		return -1;
	}
	if (fstat(fd, &sb) == -1) {
		warn("%s", path);
		close(fd);
		return -1;
	}
	if (!S_ISREG(sb.st_mode)) {
		warnx("%s: not a regular file (%s); configuration is read "
		    "only from regular files", path, S_ISDIR(sb.st_mode) ?
		    "a folder" : S_ISFIFO(sb.st_mode) ? "a FIFO" :
		    "a device or socket");
		close(fd);
		return -1;
	}
	return fd;
}

int
config_check(const char *path)
{
	int fd = config_open(path);

	if (fd == -1)
		return -1;
	close(fd);
	return 0;
}

char *
config_read(const char *path, size_t max, size_t *len)
{
	char *buf;
	int fd;

	if ((fd = config_open(path)) == -1)
		return NULL;
	if ((buf = fd_read_file(fd, max, len)) == NULL)
		warn("%s", path);
	return buf;
}

char *
ascii_lower(const char *s)
{
	char *p = xstrdup(s), *q;

	for (q = p; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	return p;
}

const char *
plural_s(size_t n)
{
	return n == 1 ? "" : "s";
}
