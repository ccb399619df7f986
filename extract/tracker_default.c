/*
 * tracker_default.c - the built-in tracker: trackers/default.ini, built
 * into the program by scripts/embed-text (see the Makefile), so the file
 * and the built-in copy are always the same.
 */
#include "tracker.h"

static const char default_ini[] =
#include "tracker_default_ini.h"
	;

const char *
tracker_default_text(void)
{
	return default_ini;
}
