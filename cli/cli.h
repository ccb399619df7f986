/*
 * cli.h - the command layer: one function per command, each parsing its
 * own options with getopt_long and returning an enum exit_code.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>

struct command {
	const char *name;	/* word after "claimtrack" */
	const char *summary;	/* one line for the program's --help */
	int	(*run)(int argc, char **argv); /* argv[0] is the name */
};

/*
 * Keep the database db and its side files (-wal, -shm, -journal, .lock
 * and the -checked stamp) out of every walk of the article paths, so a
 * run over the folder that holds them never reads them as articles.
 */
void	cli_skip_db_files(const char *db);

int	cmd_ingest(int, char **);
int	cmd_extract(int, char **);
int	cmd_summary(int, char **);
int	cmd_report(int, char **);
int	cmd_run(int, char **);

#endif
