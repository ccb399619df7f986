/*
 * lock.c - the run lock of a database; see cli.h.
 */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "claimtrack.h"
#include "util.h"
#include "store.h"
#include "store_pg.h"

int
run_lock(const char *db_path, int wait_seconds)
{
	struct timespec pause = { 0, 100 * 1000 * 1000 };
	size_t len = strlen(db_path) + sizeof(".lock");
	char *path = xmalloc(len);
	long tries = (long)wait_seconds * 10;
	int fd;

	if (store_is_postgres(db_path)) {
		free(path);
		return pgstore_run_lock(db_path, wait_seconds, false);
	}
	snprintf(path, len, "%s.lock", db_path);
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666)) == -1) {
		warnx("%s: cannot open database: its lock file %s: %s",
		    db_path, path, strerror(errno));
		free(path);
		return -1;
	}
	while (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		if (errno != EWOULDBLOCK || tries-- <= 0) {
			warnx("%s: another claimtrack run holds the database; "
			    "gave up after %d s (see --wait)", db_path,
			    wait_seconds);
			close(fd);
			free(path);
			return -1;
		}
		nanosleep(&pause, NULL);
	}
	free(path);
	return fd;
}

int
run_lock_ingest(const char *db_path, int wait_seconds)
{
	if (store_is_postgres(db_path))
		return pgstore_run_lock(db_path, wait_seconds, true);
	return run_lock(db_path, wait_seconds);
}

void
run_unlock(int fd)
{
	if (fd >= 0 && !pgstore_run_unlock(fd))
		close(fd);
}
