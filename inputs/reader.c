/*
 * reader.c - see reader.h: walk the paths, read each file under the
 * ceiling, pick its format and hand the articles over.
 */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "claimtrack.h"
#include "util.h"
#include "frontmatter.h"
#include "html.h"
#include "jsonl.h"
#include "manifest.h"
#include "normalize.h"
#include "readutil.h"
#include "walk.h"
#include "reader.h"

#define SNIFF_HTML 1024	/* bytes searched for HTML tags */

enum format { FMT_UNKNOWN, FMT_TEXT, FMT_JSONL, FMT_HTML, FMT_CSV };

/* One read_pieces() call. */
struct reader {
	size_t		 max;		/* ceiling per file */
	struct manifest	 man;		/* empty without --manifest */
	piece_fn	 fn;		/* the caller's consumer */
	void		*arg;		/* its argument */
	struct read_stats *st;		/* counts */
	const struct read_opts *opts;	/* skip callback */
	size_t		 visits;	/* regular files read or skipped */
};

static enum format
format_by_ext(const char *path)
{
	static const struct {
		const char	*ext;
		enum format	 fmt;
	} exts[] = {
		{ "txt", FMT_TEXT }, { "md", FMT_TEXT }, { "text", FMT_TEXT },
		{ "markdown", FMT_TEXT }, { "jsonl", FMT_JSONL },
		{ "ndjson", FMT_JSONL }, { "html", FMT_HTML },
		{ "htm", FMT_HTML }, { "xhtml", FMT_HTML }, { "csv", FMT_CSV },
	};
	const char *ext = path_ext(path);
	size_t i;

	for (i = 0; i < sizeof(exts) / sizeof(*exts); i++)
		if (strcasecmp(ext, exts[i].ext) == 0)
			return exts[i].fmt;
	return FMT_UNKNOWN;
}

/* True when the start of buf has a tag only HTML pages have. */
static bool
looks_like_html(const char *buf, size_t len)
{
	static const char *const tags[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<p>", "<p ", "<div", "<article"
	};
	char *low = xstrndup(buf, len < SNIFF_HTML ? len : SNIFF_HTML), *q;
	bool found = false;
	size_t i;

	for (q = low; *q != '\0'; q++)
		*q = (char)tolower((unsigned char)*q);
	for (i = 0; i < sizeof(tags) / sizeof(*tags) && !found; i++)
		found = strstr(low, tags[i]) != NULL;
	free(low);
	return found;
}

/* The format of text whose name says nothing: by its first character. */
static enum format
format_by_content(const char *buf, size_t len)
{
	size_t i = 0;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && isspace((unsigned char)buf[i]))
		i++;
	if (i < len && buf[i] == '<' && looks_like_html(buf + i, len - i))
		return FMT_HTML;
	if (i < len && buf[i] == '{')
		return FMT_JSONL;
	return FMT_TEXT;
}

static void
warn_too_large(const char *path, size_t max)
{
	if (max % ((size_t)1 << 20) == 0)
		warnx("%s: larger than %zu MiB", path, max >> 20);
	else
		warnx("%s: larger than %zu bytes", path, max);
}

/* The file's bytes (caller frees), or NULL after reporting a rejection. */
static char *
file_load(struct reader *rd, const struct walk_entry *e, size_t *len)
{
	char *buf;

	if ((unsigned long long)e->st->st_size > rd->max) {
		warn_too_large(e->path, rd->max);
		return NULL;
	}
	buf = file_read(e->path, rd->max, len);
	if (buf == NULL && errno == EFBIG)
		warn_too_large(e->path, rd->max);
	else if (buf == NULL)
		warnx("%s: %s", e->path, strerror(errno));
	else if (*len == 0) {
		warnx("%s: empty file", e->path);
		free(buf);
		buf = NULL;
	}
	return buf;
}

/*
 * A file's bytes, freed with the last piece that points into them: the
 * lines of a JSONL file are not copied, and a 50 MB line is held once.
 * Pieces of one file may be released on different threads.
 */
struct read_bytes {
	char		*buf;
	struct manifest_entry *meta;	/* the file's manifest row, copied
					   once for all its pieces; NULL */
	atomic_size_t	 refs;		/* pieces pointing into buf */
};

/* The bytes of the file of e (buf, taken over), with its manifest row. */
static struct read_bytes *
bytes_new(struct reader *rd, const struct walk_entry *e, char *buf)
{
	struct read_bytes *b = xmalloc(sizeof(*b));
	const struct manifest_entry *entry;

	b->buf = buf;
	entry = manifest_find(&rd->man, e->st->st_dev, e->st->st_ino);
	b->meta = entry != NULL ? manifest_entry_dup(entry) : NULL;
	atomic_init(&b->refs, 1);
	return b;
}

static struct read_bytes *
bytes_ref(struct read_bytes *b)
{
	atomic_fetch_add(&b->refs, 1);
	return b;
}

static void
bytes_unref(struct read_bytes *b)
{
	if (b != NULL && atomic_fetch_sub(&b->refs, 1) == 1) {
		free(b->buf);
		manifest_entry_free(b->meta);
		free(b);
	}
}

/*
 * Hand over one piece of the file of e: len bytes at buf inside bytes
 * (a reference is taken; NULL for an empty piece), at line (0: a whole
 * file).
 */
static int
piece_emit(struct reader *rd, const struct walk_entry *e,
    enum piece_format format, struct read_bytes *bytes, const char *buf,
    size_t len, size_t line, size_t file_bytes, bool first, bool last)
{
	struct read_piece *pc = xcalloc(1, sizeof(*pc));

	pc->path = xstrdup(e->path);
	pc->sb = *e->st;
	pc->format = format;
	pc->bytes = bytes != NULL ? bytes_ref(bytes) : NULL;
	pc->buf = buf;
	pc->len = len;
	pc->line = line;
	pc->file_bytes = file_bytes;
	pc->meta = bytes != NULL ? bytes->meta : NULL;
	pc->first = first;
	pc->last = last;
	pc->hash = rd->opts == NULL || !rd->opts->no_hash;
	return rd->fn(pc, rd->arg);
}

/*
 * Hand over each non-blank line of a JSONL file (buf, taken over) as a
 * piece of its own, or one empty piece when there is none, so that the
 * file is told done all the same. A binary file is rejected whole.
 */
static int
jsonl_split(struct reader *rd, const struct walk_entry *e, char *buf,
    size_t len)
{
	const char *p, *held = NULL;
	size_t line, held_line = 0, held_len = 0, n;
	struct read_bytes *bytes;
	struct jsonl_lines it;
	bool first = true;
	int rc = 0;

	if (jsonl_binary(e->path, buf, len, rd->st)) {
		free(buf);
		return 0;
	}
	bytes = bytes_new(rd, e, buf);
	jsonl_lines_init(&it, buf, len);
	while (rc == 0 && (line = jsonl_next_line(&it, &p, &n)) != 0) {
		if (held != NULL) {
			rc = piece_emit(rd, e, PIECE_JSONL_LINE, bytes, held,
			    held_len, held_line, len, first, false);
			first = false;
		}
		held = p, held_len = n, held_line = line;
	}
	if (rc == 0)
		rc = piece_emit(rd, e, PIECE_JSONL_LINE, held ? bytes : NULL,
		    held, held_len, held_line, len, first, true);
	bytes_unref(bytes);
	return rc;
}

/* Hand over a whole text or HTML file (buf, taken over) as one piece. */
static int
whole_emit(struct reader *rd, const struct walk_entry *e,
    enum piece_format format, char *buf, size_t len)
{
	struct read_bytes *bytes = bytes_new(rd, e, buf);
	int rc;

	rc = piece_emit(rd, e, format, bytes, buf, len, 0, len, true, true);
	bytes_unref(bytes);
	return rc;
}

/*
 * The format of a file whose extension says nothing, or FMT_UNKNOWN when
 * it is no text: reported, and counted as rejected only when named.
 */
static enum format
file_sniff(struct reader *rd, const struct walk_entry *e, const char *buf,
    size_t len)
{
	if (!text_is_binary(buf, len))
		return format_by_content(buf, len);
	if (e->named) {
		warnx("%s: binary file", e->path);
		rd->st->rejected++;
	} else
		warnx("%s: not a text file, skipped", e->path);
	return FMT_UNKNOWN;
}

static int
read_file(struct reader *rd, const struct walk_entry *e, enum format fmt)
{
	char *buf;
	size_t len;

	rd->st->files++;
	buf = file_load(rd, e, &len);
	if (buf == NULL) {
		rd->st->rejected++;
		return 0;
	}
	rd->st->bytes += len;
	if (fmt == FMT_UNKNOWN)
		fmt = file_sniff(rd, e, buf, len);
	switch (fmt) {
	case FMT_JSONL:
		return jsonl_split(rd, e, buf, len);
	case FMT_HTML:
		return whole_emit(rd, e, PIECE_HTML, buf, len);
	case FMT_TEXT:
		return whole_emit(rd, e, PIECE_TEXT, buf, len);
	default:
		free(buf);
		return 0;
	}
}

/* True when the entry is the manifest itself. */
static bool
is_manifest(const struct reader *rd, const struct stat *sb)
{
	return rd->man.self_known && sb->st_dev == rd->man.self_dev &&
	    sb->st_ino == rd->man.self_ino;
}

/* Read the regular file of e unless the skip callback says it is
 * unchanged. */
static int
read_or_skip(struct reader *rd, const struct walk_entry *e, enum format fmt)
{
	const struct read_opts *o = rd->opts;

	rd->visits++;
	if (o != NULL && o->skip != NULL && o->skip(e->path, e->st,
	    o->file_arg)) {
		rd->st->skipped++;
		return 0;
	}
	return read_file(rd, e, fmt);
}

static int
reader_visit(const struct walk_entry *e, void *arg)
{
	struct reader *rd = arg;
	enum format fmt;

	if (e->st == NULL) {
		warnx("%s: %s", e->path, strerror(e->error));
		rd->st->files++;
		rd->st->rejected++;
		return 0;
	}
	if (is_manifest(rd, e->st))
		return 0;
	fmt = format_by_ext(e->path);
	if (fmt == FMT_CSV || !S_ISREG(e->st->st_mode)) {
		if (e->named) {
			warnx("%s: %s", e->path, fmt == FMT_CSV ?
			    "CSV is read only as a manifest" :
			    "not a regular file");
			rd->st->files++;
			rd->st->rejected++;
		}
		return 0;
	}
	return read_or_skip(rd, e, fmt);
}

/* Whether path names a folder to walk (not one claimtrack published). */
static bool
is_article_dir(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) &&
	    !walk_published(path);
}

/*
 * Walk each path; a folder that holds no file to read (empty, or only
 * hidden and CSV files: a feed that did not arrive, a mount that failed)
 * is said once and counted in st->empty, so cron's log and exit status
 * show it.
 */
static int
walk_named(struct reader *rd, char *const paths[], size_t npaths)
{
	size_t i, before;
	int rc = 0;

	for (i = 0; i < npaths && rc == 0; i++) {
		before = rd->visits;
		rc = walk_paths(&paths[i], 1, reader_visit, rd);
		if (rc == 0 && rd->visits == before &&
		    is_article_dir(paths[i])) {
			warnx("no articles found under %s", paths[i]);
			rd->st->empty++;
		}
	}
	return rc;
}

int
read_pieces(char *const paths[], size_t npaths,
    const struct read_opts *opts, piece_fn fn, void *arg,
    struct read_stats *stats)
{
	struct read_stats local;
	struct reader rd = { .fn = fn, .arg = arg, .opts = opts };
	int rc;

	rd.st = stats != NULL ? stats : &local;
	memset(rd.st, 0, sizeof(*rd.st));
	rd.max = opts != NULL && opts->max_bytes ? opts->max_bytes :
	    READ_MAX_BYTES;
	manifest_init(&rd.man);
	if (opts != NULL && opts->manifest != NULL &&
	    manifest_load(&rd.man, opts->manifest, rd.max, rd.st) == -1) {
		manifest_release(&rd.man);
		return READ_BAD_MANIFEST;
	}
	rc = walk_named(&rd, paths, npaths);
	manifest_release(&rd.man);
	return rc;
}

int
read_piece_parse(struct read_piece *pc, struct article *out,
    struct read_stats *st)
{
	int rc;

	if (pc->format == PIECE_JSONL_LINE)
		rc = jsonl_line_parse(pc->path, pc->line, pc->buf ? pc->buf :
		    "", pc->len, pc->hash, out, st);
	else if (pc->format == PIECE_HTML)
		rc = html_parse(pc->path, pc->buf, pc->len, pc->hash, out,
		    st) == 0 ? 1 : -1;
	else
		rc = frontmatter_parse(pc->path, pc->buf, pc->len, pc->hash,
		    out, st) == 0 ? 1 : -1;
	if (rc == -1)
		st->rejected++;
	else if (rc == 1) {
		st->articles++;
		if (pc->meta != NULL)
			manifest_apply(pc->meta, out,
			    pc->format != PIECE_JSONL_LINE);
		article_meta_repair(out, st);
	}
	bytes_unref(pc->bytes);	/* a big file is not held twice */
	pc->bytes = NULL;
	pc->buf = NULL;
	pc->meta = NULL;
	return rc;
}

void
read_stats_add(struct read_stats *to, const struct read_stats *from)
{
	to->files += from->files;
	to->articles += from->articles;
	to->rejected += from->rejected;
	to->warnings += from->warnings;
	to->skipped += from->skipped;
	to->bytes += from->bytes;
	to->empty += from->empty;
}

void
read_piece_account(const struct read_opts *o, const struct read_piece *pc,
    const struct read_stats *got, struct read_stats *file)
{
	if (pc->first)
		memset(file, 0, sizeof(*file));
	read_stats_add(file, got);
	if (!pc->last || o == NULL || o->done == NULL)
		return;
	file->files = 1;
	file->bytes = pc->file_bytes;
	o->done(pc->path, &pc->sb, file, o->file_arg);
}

void
read_piece_free(struct read_piece *pc)
{
	if (pc == NULL)
		return;
	free(pc->path);
	bytes_unref(pc->bytes);
	free(pc);
}

/* read_articles(): parse each piece as it comes. */
struct inline_parse {
	const struct read_opts *opts;
	article_fn	 fn;
	void		*arg;
	struct read_stats *st;		/* the batch's counts */
	struct read_stats file;		/* the current file's */
};

static int
parse_now(struct read_piece *pc, void *arg)
{
	struct inline_parse *ip = arg;
	struct read_stats got = { 0 };
	struct article a;
	int rc = 0;

	if (read_piece_parse(pc, &a, &got) == 1)
		rc = ip->fn(&a, ip->arg);
	article_release(&a);
	read_stats_add(ip->st, &got);
	if (rc == 0)
		read_piece_account(ip->opts, pc, &got, &ip->file);
	read_piece_free(pc);
	return rc;
}

int
read_articles(char *const paths[], size_t npaths,
    const struct read_opts *opts, article_fn fn, void *arg,
    struct read_stats *stats)
{
	struct read_stats local;
	struct inline_parse ip = { .opts = opts, .fn = fn, .arg = arg };

	ip.st = stats != NULL ? stats : &local;
	return read_pieces(paths, npaths, opts, parse_now, &ip, ip.st);
}

/* ---- a stream of JSONL lines ---------------------------------------- */

/* read_stream()'s state: the chunk being split and the line held back. */
struct stream {
	struct reader	*rd;		/* counts, callback, ceiling */
	struct walk_entry e;		/* the stream's name, a zeroed stat */
	struct stat	 sb;		/* zeroed */
	const char	*held;		/* the last complete line, not yet
					   handed over: the stream's last? */
	size_t		 held_len;	/* its length */
	size_t		 held_line;	/* its number */
	struct read_bytes *held_bytes;	/* a reference for held */
	size_t		 line;		/* lines seen */
	bool		 first;		/* no piece handed over yet */
	bool		 skipping;	/* inside a line past the ceiling */
};

static struct read_bytes *
stream_bytes(char *buf)
{
	struct read_bytes *b = xmalloc(sizeof(*b));

	b->buf = buf;
	b->meta = NULL;
	atomic_init(&b->refs, 1);
	return b;
}

/* Hand over the held line, if any (an empty piece when the stream had
 * none at all); last: it is the stream's last. */
static int
stream_flush(struct stream *s, bool last)
{
	int rc = 0;

	if (s->held != NULL || (last && s->first)) {
		rc = piece_emit(s->rd, &s->e, PIECE_JSONL_LINE, s->held_bytes,
		    s->held, s->held_len, s->held_line, s->rd->st->bytes,
		    s->first, last);
		s->first = false;
	}
	bytes_unref(s->held_bytes);
	s->held = NULL;
	s->held_bytes = NULL;
	return rc;
}

/* Line number line passed the ceiling: reject it. */
static void
stream_too_long(struct stream *s, size_t line)
{
	if (s->rd->max % ((size_t)1 << 20) == 0)
		warnx("%s:%zu: longer than %zu MiB", s->e.path, line,
		    s->rd->max >> 20);
	else
		warnx("%s:%zu: longer than %zu bytes", s->e.path, line,
		    s->rd->max);
	s->rd->st->rejected++;
}

/* A complete line of n bytes at p inside b: the held one goes, it is
 * held instead. */
static int
stream_line(struct stream *s, struct read_bytes *b, const char *p, size_t n)
{
	int rc;

	s->line++;
	if (text_is_blank(p, n))
		return 0;
	if (n > s->rd->max) {
		stream_too_long(s, s->line);
		return 0;
	}
	rc = stream_flush(s, false);
	s->held = p;
	s->held_len = n;
	s->held_line = s->line;
	s->held_bytes = bytes_ref(b);
	return rc;
}


/*
 * Hand over the complete lines of the len bytes of buf (taken over) and
 * return a new buffer holding the unfinished last line, its length in
 * *len, with room for *cap bytes (at least a chunk more) and a NUL.
 */
static char *
stream_split(struct stream *s, char *buf, size_t *len, size_t *cap, int *rc)
{
	const char *p = buf, *end = buf + *len, *lf;
	struct read_bytes *b = stream_bytes(buf);
	char *rest;

	while (*rc == 0 && (lf = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		if (s->skipping) {
			s->skipping = false;
			s->line++;
		} else
			*rc = stream_line(s, b, p, (size_t)(lf - p));
		p = lf + 1;
	}
	*len = s->skipping ? 0 : (size_t)(end - p);
	*cap = *len + READ_STREAM_CHUNK;
	rest = xmalloc(*cap + 1);
	memcpy(rest, p, *len);
	bytes_unref(b);
	return rest;
}

/* Room for more of a line with no newline yet: twice the buffer, or,
 * past the ceiling, the line is rejected and its bytes dropped. */
static char *
stream_grow(struct stream *s, char *buf, size_t *len, size_t *cap)
{
	if (s->skipping || *len > s->rd->max) {
		if (!s->skipping)
			stream_too_long(s, s->line + 1);
		s->skipping = true;
		*len = 0;
		return buf;
	}
	*cap = *cap > s->rd->max / 2 ? s->rd->max + 1 : *cap * 2;
	return xrealloc(buf, *cap + 1);
}

/* Read into buf[len, cap); the bytes read, 0 at the end, -1 reported. */
static ssize_t
stream_read(struct stream *s, int fd, char *buf, size_t len, size_t cap)
{
	ssize_t n;

	do
		n = read(fd, buf + len, cap - len);
	while (n == -1 && errno == EINTR);
	if (n == -1)
		warnx("%s: %s", s->e.path, strerror(errno));
	else
		s->rd->st->bytes += (size_t)n;
	return n;
}

/* The stream's last line, without a newline: handed over as the rest. */
static int
stream_last(struct stream *s, char *buf, size_t len)
{
	struct read_bytes *b;
	int rc;

	if (len == 0 || s->skipping) {
		free(buf);
		return 0;
	}
	buf[len] = '\0';
	b = stream_bytes(buf);
	rc = stream_line(s, b, buf, len);
	bytes_unref(b);
	return rc;
}

int
read_stream(int fd, const char *name, const struct read_opts *opts,
    piece_fn fn, void *arg, struct read_stats *stats)
{
	struct read_stats local;
	struct reader rd = { .fn = fn, .arg = arg, .opts = opts };
	struct stream s = { .rd = &rd, .first = true };
	size_t len = 0, cap = READ_STREAM_CHUNK;
	char *buf = xmalloc(cap + 1);
	ssize_t n;
	int rc = 0;

	rd.st = stats != NULL ? stats : &local;
	memset(rd.st, 0, sizeof(*rd.st));
	rd.max = opts != NULL && opts->max_bytes ? opts->max_bytes :
	    READ_MAX_BYTES;
	s.e.path = name;
	s.e.st = &s.sb;
	rd.st->files = 1;
	while (rc == 0) {
		if (len == cap)
			buf = stream_grow(&s, buf, &len, &cap);
		if ((n = stream_read(&s, fd, buf, len, cap)) <= 0) {
			rc = (int)n;
			break;
		}
		len += (size_t)n;
		if (memchr(buf + len - (size_t)n, '\n', (size_t)n) != NULL)
			buf = stream_split(&s, buf, &len, &cap, &rc);
	}
	if (rc == 0) {
		rc = stream_last(&s, buf, len);
		buf = NULL;
	}
	free(buf);
	if (rc == 0)
		rc = stream_flush(&s, true);
	bytes_unref(s.held_bytes);
	return rc;
}
