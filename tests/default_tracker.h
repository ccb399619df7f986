/*
 * default_tracker.h - the built-in tracker as the extraction tests use
 * it: loaded once per test program, as the group setup and teardown.
 */
#ifndef DEFAULT_TRACKER_H
#define DEFAULT_TRACKER_H

#include "tracker.h"

static struct tracker *tr;	/* the built-in tracker */

static int
tracker_group_setup(void **state)
{
	(void)state;
	tr = tracker_default();
	return tr != NULL ? 0 : -1;
}

static int
tracker_group_teardown(void **state)
{
	(void)state;
	tracker_free(tr);
	return 0;
}

#endif
