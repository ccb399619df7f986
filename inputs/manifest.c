/*
 * manifest.c - see manifest.h.
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <csv.h>

#include "claimtrack.h"
#include "util.h"
#include "pubdate.h"
#include "readutil.h"
#include "manifest.h"

enum mf_col { COL_FILE, COL_ID, COL_TITLE, COL_OUTLET, COL_URL, COL_DATE,
	COL_N };

static const char *const col_names[COL_N] = {
	"file", "id", "title", "outlet", "url", "published"
};

/* Parser state shared by the libcsv callbacks. */
struct mf_parse {
	struct manifest	*m;		/* being filled */
	const char	*name;		/* manifest, for messages */
	const char	*dir;		/* its directory */
	struct read_stats *st;		/* warnings counted here */
	char		**fields;	/* the record being read */
	size_t		 nf;		/* fields in it */
	size_t		 capf;		/* allocated */
	size_t		 line;		/* line being fed to libcsv */
	size_t		 rec_line;	/* line of the record's first field */
	int		 col[COL_N];	/* field index per column, -1 absent */
	bool		 header;	/* header record seen */
	bool		 bad;		/* header has no file column */
};

void
manifest_init(struct manifest *m)
{
	memset(m, 0, sizeof(*m));
}

static void
entry_release(struct manifest_entry *e)
{
	free(e->file);
	free(e->id);
	free(e->title);
	free(e->outlet);
	free(e->url);
}

struct manifest_entry *
manifest_entry_dup(const struct manifest_entry *e)
{
	struct manifest_entry *d = xmalloc(sizeof(*d));

	*d = *e;
	d->file = xstrdup_or_null(e->file);
	d->id = xstrdup_or_null(e->id);
	d->title = xstrdup_or_null(e->title);
	d->outlet = xstrdup_or_null(e->outlet);
	d->url = xstrdup_or_null(e->url);
	return d;
}

void
manifest_entry_free(struct manifest_entry *e)
{
	if (e == NULL)
		return;
	entry_release(e);
	free(e);
}

void
manifest_release(struct manifest *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		entry_release(&m->v[i]);
	free(m->v);
	manifest_init(m);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct mf_parse *mp = data;

	if (mp->nf == 0)
		mp->rec_line = mp->line;
	if (mp->nf == mp->capf) {
		mp->capf = mp->capf ? mp->capf * 2 : 8;
		mp->fields = xreallocarray(mp->fields, mp->capf,
		    sizeof(*mp->fields));
	}
	mp->fields[mp->nf++] = xstrndup(s ? s : "", s ? len : 0);
}

/* The field of column c in the current record, "" when absent. */
static const char *
field(const struct mf_parse *mp, enum mf_col c)
{
	int i = mp->col[c];

	return i >= 0 && (size_t)i < mp->nf ? mp->fields[i] : "";
}

static void
header_map(struct mf_parse *mp)
{
	size_t i;
	int c;

	for (c = 0; c < COL_N; c++)
		mp->col[c] = -1;
	for (i = 0; i < mp->nf; i++) {
		meta_set(&mp->fields[i], mp->fields[i], strlen(mp->fields[i]));
		if (mp->fields[i] == NULL)
			continue;
		for (c = 0; c < COL_N; c++)
			if (strcasecmp(mp->fields[i], col_names[c]) == 0 &&
			    mp->col[c] < 0)
				mp->col[c] = (int)i;
		if (strcasecmp(mp->fields[i], "date") == 0 &&
		    mp->col[COL_DATE] < 0)
			mp->col[COL_DATE] = (int)i;
	}
	mp->header = true;
	if (mp->col[COL_FILE] < 0) {
		warnx("%s:%zu: no 'file' column", mp->name, mp->rec_line);
		mp->bad = true;
	}
}

/* The directory-relative path of file, or file itself when absolute. */
static char *
file_resolve(const char *dir, const char *file)
{
	size_t len;
	char *p;

	if (file[0] == '/' || dir == NULL)
		return xstrdup(file);
	len = strlen(dir) + strlen(file) + 2;
	p = xmalloc(len);
	snprintf(p, len, "%s/%s", dir, file);
	return p;
}

/* Find the file a row names; 0 and sb filled, or -1 after a warning. */
static int
row_stat(struct mf_parse *mp, const char *file, struct stat *sb)
{
	char *path = file_resolve(mp->dir, file);
	int rc = stat(path, sb);

	free(path);
	if (rc == 0 || stat(file, sb) == 0)
		return 0;
	warnx("%s:%zu: no such file '%s'", mp->name, mp->rec_line, file);
	mp->st->warnings++;
	return -1;
}

static void
row_date(struct mf_parse *mp, struct manifest_entry *e)
{
	char *date = NULL;

	meta_set(&date, field(mp, COL_DATE), strlen(field(mp, COL_DATE)));
	if (date != NULL && pubdate_parse(date, e->published) == -1) {
		warnx("%s:%zu: unparseable date '%.60s'; ignored", mp->name,
		    mp->rec_line, date);
		mp->st->warnings++;
	}
	free(date);
}

static void
row_add(struct mf_parse *mp)
{
	const char *file = field(mp, COL_FILE);
	struct manifest *m = mp->m;
	struct manifest_entry *e;
	struct stat sb;

	if (*file == '\0' || row_stat(mp, file, &sb) == -1)
		return;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 16;
		m->v = xreallocarray(m->v, m->cap, sizeof(*m->v));
	}
	e = &m->v[m->n++];
	memset(e, 0, sizeof(*e));
	e->file = xstrdup(file);
	e->line = mp->rec_line;
	e->dev = sb.st_dev;
	e->ino = sb.st_ino;
	meta_set(&e->id, field(mp, COL_ID), strlen(field(mp, COL_ID)));
	meta_set(&e->title, field(mp, COL_TITLE), strlen(field(mp, COL_TITLE)));
	meta_set(&e->outlet, field(mp, COL_OUTLET),
	    strlen(field(mp, COL_OUTLET)));
	meta_set(&e->url, field(mp, COL_URL), strlen(field(mp, COL_URL)));
	row_date(mp, e);
}

static void
record_clear(struct mf_parse *mp)
{
	size_t i;

	for (i = 0; i < mp->nf; i++)
		free(mp->fields[i]);
	mp->nf = 0;
}

static void
on_record(int c, void *data)
{
	struct mf_parse *mp = data;

	(void)c;
	if (!mp->header)
		header_map(mp);
	else if (!mp->bad)
		row_add(mp);
	record_clear(mp);
}

/* Feed buf to libcsv a line at a time, so records know their line. */
static int
csv_feed(struct csv_parser *p, struct mf_parse *mp, const char *buf,
    size_t len)
{
	const char *end = buf + len, *lf;
	size_t n;

	while (buf < end && !mp->bad) {
		lf = memchr(buf, '\n', (size_t)(end - buf));
		n = (size_t)((lf ? lf + 1 : end) - buf);
		mp->line++;
		if (csv_parse(p, buf, n, on_field, on_record, mp) != n)
			return -1;
		buf += n;
	}
	return csv_fini(p, on_field, on_record, mp);
}

int
manifest_parse(struct manifest *m, const char *name, const char *dir,
    const char *buf, size_t len, struct read_stats *st)
{
	struct mf_parse mp = { .m = m, .name = name, .dir = dir, .st = st };
	struct csv_parser p;
	int rc;

	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		errx(EXIT_FATAL, "out of memory");
	rc = csv_feed(&p, &mp, buf, len);
	if (rc != 0 && !mp.bad)
		warnx("%s:%zu: malformed CSV: %s", name, mp.line,
		    csv_strerror(csv_error(&p)));
	else if (!mp.header && !mp.bad)
		warnx("%s:1: no 'file' column", name);
	record_clear(&mp);	/* a record cut short by an error */
	csv_free(&p);
	free(mp.fields);
	return rc != 0 || mp.bad || !mp.header ? -1 : 0;
}

int
manifest_load(struct manifest *m, const char *path, size_t max,
    struct read_stats *st)
{
	const char *slash = strrchr(path, '/');
	char *buf, *dir;
	struct stat sb;
	size_t len;
	int rc;

	if ((buf = config_read(path, max, &len)) == NULL)
		return -1;
	if (slash == NULL)
		dir = xstrdup(".");
	else
		dir = xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
	rc = manifest_parse(m, path, dir, buf, len, st);
	if (stat(path, &sb) == 0) {
		m->self_known = true;
		m->self_dev = sb.st_dev;
		m->self_ino = sb.st_ino;
	}
	free(dir);
	free(buf);
	return rc;
}

const struct manifest_entry *
manifest_find(const struct manifest *m, dev_t dev, ino_t ino)
{
	size_t i;

	for (i = m->n; i-- > 0;)
		if (m->v[i].dev == dev && m->v[i].ino == ino)
			return &m->v[i];
	return NULL;
}

static void
override(char **field, const char *value)
{
	if (value != NULL) {
		free(*field);
		*field = xstrdup(value);
	}
}

void
manifest_apply(const struct manifest_entry *e, struct article *a,
    bool whole_file)
{
	if (whole_file)
		override(&a->id, e->id);
	override(&a->title, e->title);
	override(&a->outlet, e->outlet);
	override(&a->url, e->url);
	if (e->published[0] != '\0')
		memcpy(a->published, e->published, DATE_LEN);
}
