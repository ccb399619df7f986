/*
 * dbstamp.c - see dbstamp.h.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>

#include "dbstamp.h"

#define STAMP_SUFFIX "-checked"

/* The stamp line for a file's status. */
static char *
stamp_text(const struct stat *sb)
{
	return g_strdup_printf("claimtrack checked: size %lld mtime %lld.%09ld"
	    " ctime %lld.%09ld inode %llu device %llu\n",
	    (long long)sb->st_size, (long long)sb->st_mtim.tv_sec,
	    sb->st_mtim.tv_nsec, (long long)sb->st_ctim.tv_sec,
	    sb->st_ctim.tv_nsec, (unsigned long long)sb->st_ino,
	    (unsigned long long)sb->st_dev);
}

/* Whether a write-ahead log with frames lies beside path. */
static bool
wal_pending(const char *path)
{
	gchar *wal = g_strconcat(path, "-wal", NULL);
	struct stat sb;
	bool pending = stat(wal, &sb) == 0 && sb.st_size > 0;

	g_free(wal);
	return pending;
}

bool
dbstamp_matches(const char *path)
{
	gchar *stamp = g_strconcat(path, STAMP_SUFFIX, NULL);
	gchar *had = NULL, *now;
	struct stat sb;
	bool same = false;

	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
	    !wal_pending(path) && g_file_get_contents(stamp, &had, NULL,
	    NULL)) {
		now = stamp_text(&sb);
		same = strcmp(had, now) == 0;
		g_free(now);
	}
	g_free(had);
	g_free(stamp);
	return same;
}

void
dbstamp_write(const char *path)
{
	gchar *stamp = g_strconcat(path, STAMP_SUFFIX, NULL);
	struct stat sb;
	gchar *text;

	if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && !wal_pending(path)) {
		text = stamp_text(&sb);
		g_file_set_contents(stamp, text, -1, NULL);
		g_free(text);
	} else
		remove(stamp);
	g_free(stamp);
}
