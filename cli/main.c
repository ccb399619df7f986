/*
 * main.c - claimtrack COMMAND [OPTIONS]: dispatch to one command.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "cli.h"
#include "logtime.h"

static const struct command commands[] = {
	{ "run", "the nightly job: store the new articles and their claims,\n"
	  "            then publish the briefing of the period in one folder",
	  cmd_run },
	{ "report", "publish the briefing of a period from the claims\n"
	  "            already stored, reading no article", cmd_report },
	{ "ingest", "store new and changed articles and their claims in the\n"
	  "            database", cmd_ingest },
	{ "extract", "print the claims of articles as JSON lines, storing\n"
	  "            nothing", cmd_extract },
	{ "summary", "print where the sources stand, how far apart they are\n"
	  "            and what changed in a period, as tables or JSON",
	  cmd_summary },
};

#define NCOMMANDS (sizeof(commands) / sizeof(*commands))

static void
usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: claimtrack COMMAND [OPTIONS] [PATH...]\n"
	    "       claimtrack --help | --version\n\n"
	    "Track the numeric claims of a news story across articles.\n\n"
	    "commands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-9s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'claimtrack COMMAND --help' describes a command.\n"
	    "exit status: 0 all well, 1 some inputs rejected, "
	    "2 usage or configuration error, 3 database or file system\n");
}

static const struct command *
command_find(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct command *cmd;
	int c, rc;

	logtime_stderr();	/* cron appends stderr to a log */
	/* "+" stops at the command name; its options are its own. */
	while ((c = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("claimtrack %s\n", CLAIMTRACK_VERSION);
			return EXIT_OK;
		default:
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if ((cmd = command_find(argv[optind])) == NULL) {
		fprintf(stderr, "claimtrack: unknown command '%s'\n",
		    argv[optind]);
		usage(stderr);
		return EXIT_USAGE;
	}
	argc -= optind;
	argv += optind;
	optind = 0;		/* reset getopt for the command */
	rc = cmd->run(argc, argv);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("claimtrack: writing output failed");
		return EXIT_FATAL;
	}
	return rc;
}
