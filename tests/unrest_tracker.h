/*
 * unrest_tracker.h - the tracker of an invented country's unrest that
 * the tests of claimant phrases share (police, government, Red Cross):
 * one text, so a change to it is seen by every test that reads it.
 * Include after extract_check.h; defines tracker_text for text_tracker.h.
 */
#ifndef UNREST_TRACKER_H
#define UNREST_TRACKER_H

static const char tracker_text[] =
	"[tracker]\nname = unrest\nsubject =\nplace = Ruritania\n"
	"[nouns]\ncounted = people, protesters, students\n"
	"[subjects]\ncues = protests, unrest, crackdown\n"
	"[quantity killed]\ndefault = yes\n"
	"triggers = killed, dead, died, deaths, death toll, toll\n"
	"nouns = deaths\n"
	"[quantity arrested]\ntriggers = arrested, detained, arrests\n"
	"[sources]\n"
	"Ruritanian police = police, police spokesman, Jan Horak\n"
	"Ruritanian government = government, interior ministry\n"
	"Red Cross = Red Cross, IFRC\n";

#endif
