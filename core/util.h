/*
 * util.h - allocation that dies with a message, bounded growable buffers,
 * and whole-file reading with a size ceiling.
 */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>

/* The elements of the array a (not a pointer). */
#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* These never return NULL: on exhaustion they print and exit(EXIT_FATAL). */
void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* Like xstrdup, but NULL stays NULL. */
char	*xstrdup_or_null(const char *);

/*
 * A growable NUL-terminated buffer with a ceiling fixed at strbuf_init().
 * An append that would pass the ceiling fails with -1 and leaves the
 * buffer as it was, so one huge input becomes a clean error, not an OOM.
 * Members may be read; change them only through these functions.
 */
struct strbuf {
	char	*buf;	/* NUL-terminated contents, NULL until first append */
	size_t	 len;	/* bytes used, without the NUL */
	size_t	 cap;	/* bytes allocated */
	size_t	 max;	/* ceiling on len */
};

void	 strbuf_init(struct strbuf *, size_t max);
void	 strbuf_release(struct strbuf *);
int	 strbuf_add(struct strbuf *, const char *, size_t);
int	 strbuf_adds(struct strbuf *, const char *);
int	 strbuf_addc(struct strbuf *, char);
int	 strbuf_addf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Empty the contents and keep the allocation, for the next use. */
void	 strbuf_reset(struct strbuf *);
/* Hand the contents over (never NULL: "" when empty); the buffer is reset. */
char	*strbuf_detach(struct strbuf *, size_t *len);

/*
 * Read a whole file into a NUL-terminated buffer the caller frees.
 * Returns NULL with errno set (EFBIG when larger than max bytes).
 */
char	*file_read(const char *path, size_t max, size_t *len);

/*
 * Read a configuration file (tracker, manifest) whole, like file_read(),
 * but only a regular file: it is opened without blocking and refused
 * unless fstat() says it is a regular file, so a FIFO, device or folder
 * named by mistake cannot block a run that holds the database's lock.
 * Returns NULL after reporting "PATH: not a regular file (...)" or
 * "PATH: <system error>" on stderr.
 */
char	*config_read(const char *path, size_t max, size_t *len);

/* The same check without reading: 0, or -1 after reporting. */
int	 config_check(const char *path);

/* Lower-case ASCII copy of a string (UTF-8 passes through unchanged). */
char	*ascii_lower(const char *);
/* "s" unless n is 1, for "%zu article%s": never "1 articles". Static. */
const char *plural_s(size_t n);

#endif
