/*
 * publish.c - see publish.h.
 */
#define _GNU_SOURCE	/* renameat2, nftw */
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "claimtrack.h"
#include "util.h"
#include "publish.h"

static int
remove_entry(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

int
remove_tree(const char *path)
{
	struct stat sb;

	if (lstat(path, &sb) == -1)
		return errno == ENOENT ? 0 : -1;
	return nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* mkdir -p; 0 or -1 with errno set. */
static int
make_dirs(const char *path)
{
	char *p = xstrdup(path), *s;
	int rc = 0;

	for (s = p + 1; rc == 0 && *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) == -1 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	if (rc == 0 && mkdir(p, 0777) == -1 && errno != EEXIST)
		rc = -1;
	free(p);
	return rc;
}

/* Split dir into its parent folder and base name (both allocated). */
static void
split_path(const char *dir, char **parent, char **base)
{
	char *a = xstrdup(dir), *b = xstrdup(dir);
	size_t n = strlen(a);

	while (n > 1 && a[n - 1] == '/') {	/* "out/" names "out" */
		n--;
		a[n] = b[n] = '\0';
	}
	*parent = xstrdup(dirname(a));
	*base = xstrdup(basename(b));
	free(a);
	free(b);
}

/* Is this ".BASE.tmp.PID" or ".BASE.old.PID" of a process now gone? */
static int
is_stale(const char *entry, const char *base)
{
	size_t n = strlen(base);
	const char *rest;
	char *end;
	long pid;

	if (entry[0] != '.' || strncmp(entry + 1, base, n) != 0)
		return 0;
	rest = entry + 1 + n;
	if (strncmp(rest, ".tmp.", 5) != 0 && strncmp(rest, ".old.", 5) != 0)
		return 0;
	pid = strtol(rest + 5, &end, 10);
	if (*end != '\0' || pid <= 0)
		return 0;
	return kill((pid_t)pid, 0) == -1 && errno == ESRCH;
}

static void
remove_stale(const char *parent, const char *base)
{
	struct dirent *de;
	DIR *d;
	char *path;

	if ((d = opendir(parent)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (!is_stale(de->d_name, base))
			continue;
		path = xmalloc(strlen(parent) + strlen(de->d_name) + 2);
		sprintf(path, "%s/%s", parent, de->d_name);
		if (remove_tree(path) == -1)
			warn("%s: cannot remove stale folder", path);
		free(path);
	}
	closedir(d);
}

static char *
sibling_name(const char *parent, const char *base, const char *kind)
{
	size_t n = strlen(parent) + strlen(base) + 32;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/.%s.%s.%ld", parent, base, kind, (long)getpid());
	return p;
}

int
publication_made(const char *dir)
{
	static const char *const marks[] = {
		PUBLISHED_MARK, PUBLISHED_MARK_OLD
	};
	struct stat sb;
	char *path;
	size_t i;
	int made = 0;

	for (i = 0; !made && i < sizeof(marks) / sizeof(*marks); i++) {
		path = xmalloc(strlen(dir) + strlen(marks[i]) + 2);
		sprintf(path, "%s/%s", dir, marks[i]);
		made = lstat(path, &sb) == 0 && S_ISREG(sb.st_mode);
		free(path);
	}
	return made;
}

/* Does the folder hold anything? -1 when it cannot be read (errno). */
static int
folder_empty(const char *dir)
{
	struct dirent *de;
	DIR *d;
	int empty = 1;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while (empty && (de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			empty = 0;
	closedir(d);
	return empty;
}

int
publication_check(const char *dir)
{
	struct stat sb;
	int empty;

	if (stat(dir, &sb) == -1)
		return 0;	/* missing; other errors show when writing */
	if (!S_ISDIR(sb.st_mode)) {
		warnx("%s: not a folder; refusing to replace it with the "
		    "briefing", dir);
		return -1;
	}
	if ((empty = folder_empty(dir)) == 1 || publication_made(dir))
		return 0;
	if (empty == -1) {
		warn("%s", dir);
		return -1;
	}
	warnx("%s: holds files claimtrack did not publish (no %s); refusing "
	    "to replace it: give --out a new or empty folder", dir,
	    PUBLISHED_MARK);
	return -1;
}

/* Mark the folder being filled as claimtrack's. */
static int
publication_mark(const struct publication *pub)
{
	char *path = publication_path(pub, PUBLISHED_MARK);
	int fd, rc = 0;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644)) == -1 ||
	    write(fd, "claimtrack\n", 11) != 11) {
		warn("%s", path);
		rc = -1;
	}
	if (fd != -1 && close(fd) == -1 && rc == 0) {
		warn("%s", path);
		rc = -1;
	}
	free(path);
	return rc;
}

int
publication_begin(struct publication *pub, const char *dir)
{
	char *parent, *base;

	pub->final = xstrdup(dir);
	pub->tmp = NULL;
	if (publication_check(dir) == -1)
		return -1;
	split_path(dir, &parent, &base);
	pub->tmp = sibling_name(parent, base, "tmp");
	if (make_dirs(parent) == -1) {
		warn("%s: cannot create folder", parent);
		free(parent);
		free(base);
		return -1;
	}
	remove_stale(parent, base);
	free(parent);
	free(base);
	if (remove_tree(pub->tmp) == -1 || mkdir(pub->tmp, 0777) == -1) {
		warn("%s: cannot create folder", pub->tmp);
		return -1;
	}
	return publication_mark(pub);
}

char *
publication_path(const struct publication *pub, const char *name)
{
	size_t n = strlen(pub->tmp) + strlen(name) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", pub->tmp, name);
	return p;
}

int
publication_mkdir(const struct publication *pub, const char *sub)
{
	char *p = publication_path(pub, sub);
	int rc = 0;

	if (mkdir(p, 0777) == -1 && errno != EEXIST) {
		warn("%s", p);
		rc = -1;
	}
	free(p);
	return rc;
}

static int
sync_entry(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	int fd, rc;

	(void)sb;
	(void)ftw;
	if (flag != FTW_F && flag != FTW_DP)
		return 0;
	if ((fd = open(path, O_RDONLY)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Swap tmp into final's place: one atomic exchange when final exists. */
static int
swap_into_place(struct publication *pub)
{
	char *parent, *base, *old;
	int rc;

	if (rename(pub->tmp, pub->final) == 0)	/* final absent or empty */
		return 0;
	if (errno != ENOTEMPTY && errno != EEXIST)
		return -1;
	if (renameat2(AT_FDCWD, pub->tmp, AT_FDCWD, pub->final,
	    RENAME_EXCHANGE) == 0)
		return 0;	/* tmp now holds the previous folder */
	/* File systems without exchange: move the old one aside first. */
	split_path(pub->final, &parent, &base);
	old = sibling_name(parent, base, "old");
	rc = rename(pub->final, old) == 0 && rename(pub->tmp, pub->final) == 0
	    ? 0 : -1;
	if (rc == 0) {
		free(pub->tmp);
		pub->tmp = old;
	} else
		free(old);
	free(parent);
	free(base);
	return rc;
}

int
publication_commit(struct publication *pub)
{
	if (nftw(pub->tmp, sync_entry, 16, FTW_DEPTH | FTW_PHYS) != 0) {
		warn("%s: cannot flush to disk", pub->tmp);
		return -1;
	}
	if (swap_into_place(pub) == -1) {
		warn("%s: cannot publish", pub->final);
		return -1;
	}
	if (remove_tree(pub->tmp) == -1)
		warn("%s: cannot remove the previous report", pub->tmp);
	return 0;
}

void
publication_abort(struct publication *pub)
{
	if (pub->tmp != NULL)
		remove_tree(pub->tmp);
	free(pub->tmp);
	free(pub->final);
	pub->tmp = pub->final = NULL;
}

/* Hard-link the files of src (one level of subfolders deep) into dst. */
static int
link_tree(const char *src, const char *dst, int depth)
{
	char from[4096], to[4096];
	struct dirent *de;
	struct stat sb;
	DIR *d;
	int rc = 0;

	if ((d = opendir(src)) == NULL)
		return -1;
	while (rc == 0 && (de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    strcmp(de->d_name, PUBLISHED_MARK) == 0)
			continue;	/* dst has its own mark */
		if ((size_t)snprintf(from, sizeof(from), "%s/%s", src,
		    de->d_name) >= sizeof(from) ||
		    (size_t)snprintf(to, sizeof(to), "%s/%s", dst,
		    de->d_name) >= sizeof(to) || lstat(from, &sb) == -1) {
			rc = -1;
			break;
		}
		if (S_ISDIR(sb.st_mode))
			rc = depth > 0 && (mkdir(to, 0777) == 0 ||
			    errno == EEXIST) ? link_tree(from, to, depth - 1)
			    : -1;
		else if (link(from, to) == -1)
			rc = -1;
	}
	closedir(d);
	return rc;
}

int
publication_keep(const struct publication *pub, const char *history_dir,
    const char *name)
{
	struct publication copy;
	char *dir;
	int rc;

	dir = xmalloc(strlen(history_dir) + strlen(name) + 2);
	sprintf(dir, "%s/%s", history_dir, name);
	rc = publication_begin(&copy, dir);
	if (rc == 0 && link_tree(pub->tmp, copy.tmp, 2) == -1) {
		warn("%s: cannot copy the report", copy.tmp);
		rc = -1;
	}
	if (rc == 0)
		rc = publication_commit(&copy);
	publication_abort(&copy);
	free(dir);
	return rc;
}
