/*
 * text_tracker.h - a tracker written out in the test file, as the
 * extraction tests use it: parsed once per test program, as the group
 * setup and teardown. Include after the file's tracker_text[].
 */
#ifndef TEXT_TRACKER_H
#define TEXT_TRACKER_H

#include "tracker.h"

static struct tracker *tr;	/* tracker_text, parsed */

static int
text_tracker_setup(void **state)
{
	(void)state;
	tr = tracker_parse(tracker_text, "tracker_text");
	return tr != NULL ? 0 : -1;
}

static int
text_tracker_teardown(void **state)
{
	(void)state;
	tracker_free(tr);
	return 0;
}

#endif
