/*
 * walk.c - see walk.h.
 */
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "claimtrack.h"
#include "util.h"
#include "walk.h"

/* A directory being walked, linked to the one that holds it. */
struct walk_dir {
	const struct walk_dir *up;	/* parent, NULL at the top */
	dev_t		 dev;		/* identity, to catch loops */
	ino_t		 ino;
	size_t		 depth;		/* 0 for a named directory */
};

/* Context of one walk_paths() call. */
struct walk {
	walk_fn		 fn;	/* the caller's visitor */
	void		*arg;	/* its argument */
};

static int	walk_path(struct walk *, const char *, bool,
		    const struct walk_dir *);

/* A file never to visit: the folder that holds it, and its name. */
struct walk_skip {
	dev_t	 dev;		/* the folder's identity */
	ino_t	 ino;
	char	*name;		/* the file's name in it */
};

static struct walk_skip *skips;	/* walk_skip_add(); the process's */
static size_t nskips;

/* Split path into its folder ("." when none) and name; both allocated. */
static void
path_split(const char *path, char **folder, char **name)
{
	char *p = xstrdup(path), *slash;
	size_t n = strlen(p);

	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	slash = strrchr(p, '/');
	if (slash == NULL) {
		*folder = xstrdup(".");
		*name = xstrdup(p);
	} else {
		*name = xstrdup(slash + 1);
		*folder = slash == p ? xstrdup("/") : xstrndup(p,
		    (size_t)(slash - p));
	}
	free(p);
}

void
walk_skip_add(const char *path)
{
	struct stat sb;
	char *folder, *name;

	path_split(path, &folder, &name);
	if (stat(folder, &sb) == -1 || !S_ISDIR(sb.st_mode)) {
		free(folder);
		free(name);
		return;
	}
	skips = xreallocarray(skips, nskips + 1, sizeof(*skips));
	skips[nskips].dev = sb.st_dev;
	skips[nskips].ino = sb.st_ino;
	skips[nskips].name = name;
	nskips++;
	free(folder);
}

void
walk_skip_clear(void)
{
	size_t i;

	for (i = 0; i < nskips; i++)
		free(skips[i].name);
	free(skips);
	skips = NULL;
	nskips = 0;
}

/* Is name, in the folder of identity dev/ino, on the skip list? */
static bool
skipped_in(dev_t dev, ino_t ino, const char *name)
{
	size_t i;

	for (i = 0; i < nskips; i++)
		if (skips[i].dev == dev && skips[i].ino == ino &&
		    strcmp(skips[i].name, name) == 0)
			return true;
	return false;
}

/* Is the path the caller named on the skip list? */
static bool
skipped_named(const char *path)
{
	struct stat sb;
	char *folder, *name;
	bool skip = false;

	if (nskips == 0)
		return false;
	path_split(path, &folder, &name);
	if (stat(folder, &sb) == 0)
		skip = skipped_in(sb.st_dev, sb.st_ino, name);
	free(folder);
	free(name);
	return skip;
}

/* Does the folder hold the mark of one claimtrack published? */
static bool
dir_published(const char *path)
{
	static const char *const marks[] = {
		PUBLISHED_MARK, PUBLISHED_MARK_OLD
	};
	struct stat sb;
	char *mark;
	size_t i, len;
	bool made = false;

	for (i = 0; !made && i < sizeof(marks) / sizeof(*marks); i++) {
		len = strlen(path) + strlen(marks[i]) + 2;
		mark = xmalloc(len);
		snprintf(mark, len, "%s/%s", path, marks[i]);
		made = lstat(mark, &sb) == 0 && S_ISREG(sb.st_mode);
		free(mark);
	}
	return made;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
report(struct walk *w, const char *path, int error, bool named)
{
	struct walk_entry e = { .path = path, .error = error, .named = named };

	return w->fn(&e, w->arg);
}

/*
 * The names in dir that do not start with '.', sorted; *n gets their
 * count. NULL with errno set when the directory cannot be read.
 */
static char **
dir_names(const char *path, size_t *n)
{
	struct dirent *de;
	char **v = NULL;
	size_t cap = 0;
	DIR *d = opendir(path);

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		v[(*n)++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (*n > 0)
		qsort(v, *n, sizeof(*v), name_cmp);
	return v ? v : xcalloc(1, sizeof(*v));
}

static bool
dir_is_ancestor(const struct walk_dir *d, const struct stat *sb)
{
	for (; d != NULL; d = d->up)
		if (d->dev == sb->st_dev && d->ino == sb->st_ino)
			return true;
	return false;
}

static int
walk_dir(struct walk *w, const char *path, const struct stat *sb,
    const struct walk_dir *up)
{
	struct walk_dir here = { up, sb->st_dev, sb->st_ino,
	    up ? up->depth + 1 : 0 };
	char **names, *child;
	size_t n, i, len;
	int rc = 0;

	if (dir_is_ancestor(up, sb)) {
		warnx("%s: directory loop, not entered", path);
		return 0;
	}
	if (here.depth > WALK_MAX_DEPTH) {
		warnx("%s: directories nested too deep, not entered", path);
		return 0;
	}
	if (dir_published(path)) {	/* claimtrack's own output */
		if (up == NULL)
			warnx("%s: a folder claimtrack published; not read as "
			    "articles", path);
		return 0;
	}
	names = dir_names(path, &n);
	if (names == NULL)
		return report(w, path, errno, up == NULL);
	for (i = 0; i < n; i++) {
		len = strlen(path) + strlen(names[i]) + 2;
		child = xmalloc(len);
		snprintf(child, len, "%s%s%s", path, path[0] != '\0' &&
		    path[strlen(path) - 1] != '/' ? "/" : "", names[i]);
		if (rc == 0 && !skipped_in(here.dev, here.ino, names[i]))
			rc = walk_path(w, child, false, &here);
		free(child);
		free(names[i]);
	}
	free(names);
	return rc;
}

static int
walk_path(struct walk *w, const char *path, bool named,
    const struct walk_dir *up)
{
	struct walk_entry e = { .path = path, .named = named };
	struct stat sb;

	if (stat(path, &sb) == -1)
		return report(w, path, errno, named);
	if (S_ISDIR(sb.st_mode))
		return walk_dir(w, path, &sb, up);
	e.st = &sb;
	return w->fn(&e, w->arg);
}

bool
walk_published(const char *path)
{
	return dir_published(path);
}

int
walk_paths(char *const paths[], size_t npaths, walk_fn fn, void *arg)
{
	struct walk w = { fn, arg };
	size_t i;

	for (i = 0; i < npaths; i++) {
		if (skipped_named(paths[i])) {
			warnx("%s: claimtrack's own database file; not read "
			    "as articles", paths[i]);
			continue;
		}
		if (walk_path(&w, paths[i], true, NULL) == -1)
			return -1;
	}
	return 0;
}
