/*
 * walk.c - see walk.h.
 */
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	names = dir_names(path, &n);
	if (names == NULL)
		return report(w, path, errno, up == NULL);
	for (i = 0; i < n; i++) {
		len = strlen(path) + strlen(names[i]) + 2;
		child = xmalloc(len);
		snprintf(child, len, "%s%s%s", path, path[0] != '\0' &&
		    path[strlen(path) - 1] != '/' ? "/" : "", names[i]);
		if (rc == 0)
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

int
walk_paths(char *const paths[], size_t npaths, walk_fn fn, void *arg)
{
	struct walk w = { fn, arg };
	size_t i;

	for (i = 0; i < npaths; i++)
		if (walk_path(&w, paths[i], true, NULL) == -1)
			return -1;
	return 0;
}
