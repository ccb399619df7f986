/*
 * walk.c - see walk.h.
 */
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
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
report(struct walk *w, const char *path, int error, bool named)
{
	struct walk_entry e = { .path = path, .error = error, .named = named };

	return w->fn(&e, w->arg);
}

/* One entry of a directory being walked. */
struct dir_ent {
	char		*name;		/* owned */
	ino_t		 ino;		/* from readdir(), to order the stats */
	struct stat	*st;		/* its status, links followed, in the
					   array of its chunk */
	int		 error;		/* errno of a failed stat, else 0 */
};

/* Entries stat-ed at a time: the stats of a folder of a million files
 * do not all live at once. */
#define STAT_CHUNK	4096

static int
ent_name_cmp(const void *a, const void *b)
{
	return strcmp(((const struct dir_ent *)a)->name,
	    ((const struct dir_ent *)b)->name);
}

/* The entries of d that do not start with '.', sorted by name (their
 * status not yet taken); *n gets their count. */
static struct dir_ent *
dir_entries(DIR *d, size_t *n)
{
	struct dirent *de;
	struct dir_ent *v = NULL;
	size_t cap = 0;

	*n = 0;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		memset(&v[*n], 0, sizeof(*v));
		v[*n].name = xstrdup(de->d_name);
		v[(*n)++].ino = de->d_ino;
	}
	if (*n > 0)
		qsort(v, *n, sizeof(*v), ent_name_cmp);
	return v ? v : xcalloc(1, sizeof(*v));
}

/*
 * The stats of a directory's entries are taken before any is visited, in
 * the order of their inodes (the order of the inode table on disk), by
 * STAT_THREADS threads when the directory holds at least STAT_PARALLEL
 * entries: with a cold cache each stat waits for the disk and the waits
 * overlap (a cold walk of 70,000 files in 100 folders: 0.88 s instead
 * of 1.34 s, docs/performance.md). Every
 * file is still stat-ed on every walk: a file rewritten in place changes
 * neither its name nor its directory, only its own times.
 */
#define STAT_THREADS	8
#define STAT_PARALLEL	64

struct stat_job {
	int		 dfd;		/* the directory */
	struct dir_ent	**order;	/* entries by inode */
	size_t		 n;
	atomic_size_t	 next;		/* the next index of order to take */
};

static void
ent_stat(int dfd, struct dir_ent *e)
{
	if (fstatat(dfd, e->name, e->st, 0) == -1)
		e->error = errno ? errno : EIO;
}

static void *
stat_worker(void *arg)
{
	struct stat_job *sj = arg;
	size_t i;

	while ((i = atomic_fetch_add(&sj->next, 1)) < sj->n)
		ent_stat(sj->dfd, sj->order[i]);
	return NULL;
}

static int
ent_ino_cmp(const void *a, const void *b)
{
	ino_t x = (*(struct dir_ent *const *)a)->ino;
	ino_t y = (*(struct dir_ent *const *)b)->ino;

	return x < y ? -1 : x > y;
}

/* Fill the status of each of the n entries of the directory dfd into
 * sts, an array of n. */
static void
dir_stat_all(int dfd, struct dir_ent *ents, struct stat *sts, size_t n)
{
	struct stat_job sj = { dfd, NULL, n, 0 };
	pthread_t tid[STAT_THREADS];
	size_t i, nt = 0;

	sj.order = xreallocarray(NULL, n ? n : 1, sizeof(*sj.order));
	for (i = 0; i < n; i++) {
		ents[i].st = &sts[i];
		sj.order[i] = &ents[i];
	}
	qsort(sj.order, n, sizeof(*sj.order), ent_ino_cmp);
	if (n >= STAT_PARALLEL)
		for (; nt < STAT_THREADS; nt++)
			if (pthread_create(&tid[nt], NULL, stat_worker,
			    &sj) != 0)
				break;
	stat_worker(&sj);	/* this thread too, and alone if none started */
	for (i = 0; i < nt; i++)
		pthread_join(tid[i], NULL);
	free(sj.order);
}

static bool
dir_is_ancestor(const struct walk_dir *d, const struct stat *sb)
{
	for (; d != NULL; d = d->up)
		if (d->dev == sb->st_dev && d->ino == sb->st_ino)
			return true;
	return false;
}

static int	walk_found(struct walk *, const char *, struct dir_ent *,
		    const struct walk_dir *);

static int
walk_dir(struct walk *w, const char *path, const struct stat *sb,
    const struct walk_dir *up)
{
	struct walk_dir here = { up, sb->st_dev, sb->st_ino,
	    up ? up->depth + 1 : 0 };
	struct dir_ent *ents;
	struct stat *sts;
	char *child;
	size_t n, i, len;
	DIR *d;
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
	if ((d = opendir(path)) == NULL)
		return report(w, path, errno, up == NULL);
	ents = dir_entries(d, &n);
	sts = xreallocarray(NULL, n < STAT_CHUNK ? n + 1 : STAT_CHUNK,
	    sizeof(*sts));
	for (i = 0; i < n; i++) {
		if (i % STAT_CHUNK == 0)
			dir_stat_all(dirfd(d), ents + i, sts, n - i <
			    STAT_CHUNK ? n - i : STAT_CHUNK);
		len = strlen(path) + strlen(ents[i].name) + 2;
		child = xmalloc(len);
		snprintf(child, len, "%s%s%s", path, path[0] != '\0' &&
		    path[strlen(path) - 1] != '/' ? "/" : "", ents[i].name);
		if (rc == 0 && !skipped_in(here.dev, here.ino, ents[i].name))
			rc = walk_found(w, child, &ents[i], &here);
		free(child);
		free(ents[i].name);
	}
	closedir(d);
	free(sts);
	free(ents);
	return rc;
}

/* An entry found in a directory, its status already taken. */
static int
walk_found(struct walk *w, const char *path, struct dir_ent *e,
    const struct walk_dir *up)
{
	struct walk_entry we = { .path = path, .st = e->st };

	if (e->error != 0)
		return report(w, path, e->error, false);
	if (S_ISDIR(e->st->st_mode))
		return walk_dir(w, path, e->st, up);
	return w->fn(&we, w->arg);
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
