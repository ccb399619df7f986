/*
 * reader.h - read article files of every supported format and hand them
 * over one at a time, so memory does not grow with the corpus.
 *
 * Formats, chosen by file name extension (then by content):
 *   .txt .md .text  - text with an optional front-matter header
 *   .jsonl .ndjson  - one article per line (id, title, outlet, url,
 *                     published, text)
 *   .html .htm      - a web page; the article body is found and kept
 * A manifest CSV (file,id,outlet,url,published) adds or overrides
 * metadata for the files it names.
 */
#ifndef READER_H
#define READER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include "claimtrack.h"

struct read_stats;

/*
 * Asked before a regular file is opened, with its path as walked and its
 * status (links followed). Return 1 to skip the file without reading a
 * byte of it (counted in stats->skipped, not in files), 0 to read it.
 */
typedef int (*read_skip_fn)(const char *path, const struct stat *,
	    void *arg);

/*
 * Told after a file was read and parsed, with what it gave: file holds
 * only this file's counts (files is 1). Articles handed to the article
 * callback come before, in order. Not told of a file rejected whole
 * before parsing (too large, unreadable, binary JSONL).
 */
typedef void (*read_done_fn)(const char *path, const struct stat *,
	    const struct read_stats *file, void *arg);

struct read_opts {
	const char *manifest;	/* manifest CSV path, or NULL */
	size_t	 max_bytes;	/* ceiling per file; 0 = READ_MAX_BYTES */
	read_skip_fn skip;	/* may skip a file unread; NULL: none */
	read_done_fn done;	/* told of each file read; NULL: none */
	void	*file_arg;	/* passed to skip and done */
	bool	 no_hash;	/* leave article.hash "": for a reader that
				   never compares versions (extract), which
				   then skips SHA-256 over every byte */
};

#define READ_MAX_BYTES ((size_t)64 << 20)

/* read_articles() and read_pieces(): the manifest is bad (reported). */
#define READ_BAD_MANIFEST (-2)

struct read_stats {
	size_t	 files;		/* files looked at */
	size_t	 articles;	/* articles handed to the callback */
	size_t	 rejected;	/* files or JSONL lines rejected */
	size_t	 warnings;	/* repaired but kept (e.g. invalid UTF-8) */
	size_t	 skipped;	/* files the skip callback left unread */
	size_t	 bytes;		/* bytes read from files */
	size_t	 empty;		/* folders named that held no article file
				   ("no articles found under PATH") */
};

/*
 * Called once per article read. The article belongs to the reader and is
 * released when the call returns (copy what you keep). Return 0 to go on,
 * -1 to stop the whole batch (a fatal error of the caller's).
 */
typedef int (*article_fn)(const struct article *, void *arg);

/*
 * Read every file named in paths; directories are walked recursively in a
 * stable (byte-wise sorted) order. Each rejected file or line is reported
 * once on stderr as "PATH[:LINE]: reason" and counted in stats; the batch
 * goes on. Returns 0, -1 when fn stopped the batch, or READ_BAD_MANIFEST
 * when the manifest could not be read or parsed (reported before any
 * file is read: a configuration error, exit status 2).
 * stats is zeroed first and may be NULL; opts may be NULL (no manifest,
 * READ_MAX_BYTES, nothing skipped). Hidden entries of walked directories, *.csv files and
 * the manifest itself are never read as articles; a file of unknown
 * extension is read when it is text (format by content: '<' and an HTML
 * tag = HTML, '{' = JSONL, else text) and skipped with a message when not.
 * Formats, normalization and the hash: frontmatter.h, jsonl.h, html.h,
 * manifest.h, normalize.h.
 */
int	read_articles(char *const paths[], size_t npaths,
	    const struct read_opts *, article_fn fn, void *arg,
	    struct read_stats *stats);

/*
 * The two halves of read_articles(), for a consumer that parses on other
 * threads: read_pieces() walks and reads, and hands over each file as
 * pieces, in input order; read_piece_parse() turns a piece into its
 * article, on any thread, in any order; read_piece_account() then tells
 * the done callback about each file, when its last piece is accounted
 * (in input order).
 */
enum piece_format {
	PIECE_TEXT,		/* a whole text file with front matter */
	PIECE_HTML,		/* a whole web page */
	PIECE_JSONL_LINE	/* one line of a JSONL file */
};

struct manifest_entry;

struct read_bytes;		/* a file's bytes, shared by its pieces */

struct read_piece {
	char	*path;		/* the file's path as walked */
	struct stat sb;		/* its status */
	enum piece_format format;
	struct read_bytes *bytes; /* the file's bytes; NULL once parsed */
	const char *buf;	/* the piece's, inside them, without a
				   JSONL newline */
	size_t	 len;
	size_t	 line;		/* a JSONL line's number, from 1; else 0 */
	size_t	 file_bytes;	/* bytes read from the whole file */
	const struct manifest_entry *meta; /* the file's manifest row, kept
				   with its bytes until parsed; NULL: none */
	bool	 first;		/* the file's first piece */
	bool	 last;		/* its last: the done callback follows */
	bool	 hash;		/* give its article the content hash */
};

/* Takes the piece over (read_piece_free() it); 0 goes on, -1 stops. */
typedef int (*piece_fn)(struct read_piece *, void *arg);

/*
 * read_articles() without the parsing: the same walk, skip callback,
 * file-level rejections and counts (files, bytes, rejected, skipped);
 * every file that is read yields at least one piece (a JSONL file of
 * blank lines an empty one). The done callback is not called: that is
 * read_piece_account()'s.
 */
int	read_pieces(char *const paths[], size_t npaths,
	    const struct read_opts *, piece_fn fn, void *arg,
	    struct read_stats *stats);

/*
 * read_pieces() of a stream of JSONL articles (standard input, a pipe):
 * fd is read in chunks of READ_STREAM_CHUNK bytes to its end and each
 * non-blank line handed over as it is complete, so memory stays flat
 * however long the stream. name stands for the stream in messages and
 * in the ids of lines without one (NAME-LINE). A line longer than the
 * ceiling (opts->max_bytes) is rejected ("name:LINE: longer than N
 * MiB") and the next lines are read; a stream cannot be rejected whole,
 * so a binary line is only a line that is not JSON. Counts files (1),
 * bytes and rejected in stats. Returns 0, or -1 when fn stopped the
 * batch or fd could not be read (reported as "name: <error>").
 */
#define READ_STREAM_CHUNK ((size_t)1 << 20)

int	read_stream(int fd, const char *name, const struct read_opts *,
	    piece_fn fn, void *arg, struct read_stats *stats);

/*
 * Parse a piece into out (article_init()ed first, then the caller's),
 * with the manifest row applied, and free the piece's bytes. Returns 1
 * with an article, 0 when the piece holds none (a blank line), or -1
 * after reporting why it is rejected ("PATH[:LINE]: reason"). Counts
 * articles, rejections and warnings in st.
 */
int	read_piece_parse(struct read_piece *, struct article *out,
	    struct read_stats *st);

/*
 * Add a parsed piece's counts (got) to the file's (file, zeroed here at
 * its first piece) and, at its last piece, tell the done callback of
 * opts (may be NULL).
 */
void	read_piece_account(const struct read_opts *,
	    const struct read_piece *, const struct read_stats *got,
	    struct read_stats *file);

void	read_piece_free(struct read_piece *);

/* Add every count of from to to's. */
void	read_stats_add(struct read_stats *to, const struct read_stats *from);

#endif
