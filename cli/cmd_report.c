/*
 * cmd_report.c - claimtrack report: not built yet (see the open issues).
 */
#include <stdio.h>

#include "claimtrack.h"
#include "cli.h"

int
cmd_report(int argc, char **argv)
{
	(void)argc;
	fprintf(stderr, "claimtrack: '%s' is not available in this build\n",
	    argv[0]);
	return EXIT_USAGE;
}
