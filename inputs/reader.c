/*
 * reader.c - see reader.h: walk the paths, read each file under the
 * ceiling, pick its format and hand the articles over.
 */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/* One read_articles() call. */
struct reader {
	size_t		 max;		/* ceiling per file */
	struct manifest	 man;		/* empty without --manifest */
	article_fn	 fn;		/* the caller's consumer */
	void		*arg;		/* its argument */
	struct read_stats *st;		/* counts */
	const struct manifest_entry *entry; /* of the file being read */
	const struct read_opts *opts;	/* skip and done callbacks */
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

/* Hand over a whole-file article with the manifest applied. */
static int
article_emit(struct reader *rd, struct article *a, bool whole_file)
{
	if (rd->entry != NULL)
		manifest_apply(rd->entry, a, whole_file);
	return rd->fn(a, rd->arg);
}

/*
 * jsonl_parse's consumer. The article is jsonl_parse's own local object,
 * not a const one, so amending it before handing it on is sound.
 */
static int
jsonl_emit(const struct article *a, void *arg)
{
	return article_emit(arg, (struct article *)a, false);
}

/*
 * Parse a whole-file article from buf, which this takes over: it is freed
 * before the article is handed on, so a big file is not held twice (raw
 * and normalized) while it is being stored.
 */
static int
read_whole(struct reader *rd, const char *path, char *buf, size_t len,
    enum format fmt)
{
	struct article a;
	int rc;

	if (fmt == FMT_HTML)
		rc = html_parse(path, buf, len, &a, rd->st);
	else
		rc = frontmatter_parse(path, buf, len, &a, rd->st);
	free(buf);
	if (rc == -1) {
		rd->st->rejected++;
		return 0;
	}
	rd->st->articles++;
	rc = article_emit(rd, &a, true);
	article_release(&a);
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
	int rc = 0;

	rd->st->files++;
	buf = file_load(rd, e, &len);
	if (buf == NULL) {
		rd->st->rejected++;
		return 0;
	}
	rd->st->bytes += len;
	if (fmt == FMT_UNKNOWN)
		fmt = file_sniff(rd, e, buf, len);
	rd->entry = manifest_find(&rd->man, e->st->st_dev, e->st->st_ino);
	if (fmt == FMT_JSONL || fmt == FMT_UNKNOWN) {
		if (fmt == FMT_JSONL)
			rc = jsonl_parse(e->path, buf, len, jsonl_emit, rd,
			    rd->st);
		free(buf);
	} else
		rc = read_whole(rd, e->path, buf, len, fmt);
	return rc;
}

/* True when the entry is the manifest itself. */
static bool
is_manifest(const struct reader *rd, const struct stat *sb)
{
	return rd->man.self_known && sb->st_dev == rd->man.self_dev &&
	    sb->st_ino == rd->man.self_ino;
}

/*
 * Read the regular file of e unless the skip callback says it is
 * unchanged; tell the done callback what the file gave.
 */
static int
read_or_skip(struct reader *rd, const struct walk_entry *e, enum format fmt)
{
	const struct read_opts *o = rd->opts;
	struct read_stats before = *rd->st, file;
	int rc;

	if (o != NULL && o->skip != NULL && o->skip(e->path, e->st,
	    o->file_arg)) {
		rd->st->skipped++;
		return 0;
	}
	rc = read_file(rd, e, fmt);
	if (rc == 0 && o != NULL && o->done != NULL) {
		file.files = rd->st->files - before.files;
		file.articles = rd->st->articles - before.articles;
		file.rejected = rd->st->rejected - before.rejected;
		file.warnings = rd->st->warnings - before.warnings;
		file.skipped = 0;
		file.bytes = rd->st->bytes - before.bytes;
		o->done(e->path, e->st, &file, o->file_arg);
	}
	return rc;
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

int
read_articles(char *const paths[], size_t npaths,
    const struct read_opts *opts, article_fn fn, void *arg,
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
		return -1;
	}
	rc = walk_paths(paths, npaths, reader_visit, &rd);
	manifest_release(&rd.man);
	return rc;
}
