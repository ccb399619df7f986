/*
 * test_extract_round27_src27.c - whose source a figure is, round 27:
 * sources given but not the right one.
 *
 * A name written family name first ("Pak Chol Ho") is told after by
 * its first word alone ("Pak said"): when the gazetteer has a full name
 * opening with that word and the article wrote that name before, the
 * one word is that name's source.
 *
 * A speaker no source names who passes on a briefing: "X said after Y
 * gave a briefing", "says X, who was briefed by Y": Y, a known source,
 * is the claimant and X its relayer, and "X" alone later means Y too.
 *
 * "the official told AFP" after "a defence ministry official said": a
 * plural alias ("officials") read in the singular after "the" is the
 * one person named before, not the many the alias names.
 *
 * "union President Jerry Dias": of two aliases in a claimant's phrase,
 * the one over its head, a name, names the claimant; the one before it
 * qualifies ("the alliance's Relief Agency for Refugees"). A common
 * head ("court officials") is named by what qualifies it, and a list
 * ("Syldavia and Ruritania") by its first.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "util.h"
#include "extract_check.h"

#define PUB "2025-05-14"

static const char tracker_text[] =
	"[tracker]\nname = troops\nsubject = Ruritanian\nplace = Borduria\n"
	"[nouns]\ncounted = troops, soldiers\n"
	"[subjects]\ncues = Ruritanian, Ruritania\n"
	"[quantity deployed]\ndefault = yes\ntriggers = sent, deployed\n"
	"[quantity killed]\ntriggers = killed, dead, died\n"
	"[sources]\n"
	"Ruritania = Ruritania, Pak Chol Ho, Pak Chol-ho\n"
	"Ruritania = State Security Service, SSS\n"
	"Syldavia = Syldavia, Syldavian government, Anna Weiss\n"
	"Syldavia = officials\n"
	"Defence ministry = defence ministry, defence ministry official\n"
	"Miners union = Miners Union, Tomas Hruby\n"
	"Rail union = union, Rail Workers Union\n"
	"Courts = court, courts\n";

#include "text_tracker.h"

static void
check_source(const char *text, double v, const char *source)
{
	check_claim_source(tr, PUB, text, v, source);
}

static void
should_read_a_family_name_first_as_its_full_name(void **state)
{
	(void)state;
	/* the full name, a subject not a speaker, the sentence before */
	check_source("Leader Pak Chol Ho visited the border town on "
	    "Friday. In a speech, Pak said 12 Ruritanian soldiers were "
	    "killed in the fighting.", 12, "Ruritania");
	/* in the same sentence */
	check_source("After Pak Chol-ho toured the base, Pak said 400 "
	    "Ruritanian troops had been sent.", 400, "Ruritania");
}

static void
should_read_a_first_word_only_after_its_full_name(void **state)
{
	(void)state;
	/* the full name is the gazetteer's, but not the article's */
	check_source("Pak said 300 Ruritanian troops were deployed.", 300,
	    "Pak");
	/* a given name means the full name written before, as well */
	check_source("Anna Weiss left on Monday. Anna said 50 Ruritanian "
	    "soldiers were killed.", 50, "Syldavia");
}

static void
should_give_a_briefed_speakers_figures_to_the_briefer(void **state)
{
	(void)state;
	check_source("About 2,000 Ruritanian troops were sent, deputy Ivo "
	    "Brandt said after the State Security Service (SSS) gave a "
	    "closed-door briefing.", 2000, "Ruritania");
	check_source("At least 90 Ruritanian soldiers were killed, says "
	    "deputy Ivo Brandt, who was briefed by the SSS on Monday.", 90,
	    "Ruritania");
	/* the speaker's surname alone, after */
	check_source("About 2,000 Ruritanian troops were sent, deputy Ivo "
	    "Brandt said after the SSS gave a briefing. \"Another 700 "
	    "troops were deployed last week,\" Brandt told reporters.", 700,
	    "Ruritania");
}

static void
should_keep_the_speaker_when_the_briefer_is_unknown(void **state)
{
	(void)state;
	/* a briefer the gazetteer does not know changes nothing */
	check_source("About 2,000 Ruritanian troops were sent, Ivo Brandt "
	    "said after the committee gave a briefing.", 2000,
	    "Ivo Brandt");
	/* a speaker who briefed others is the speaker */
	check_source("About 2,000 Ruritanian troops were sent, Ivo Brandt "
	    "said after he gave a briefing.", 2000, "Ivo Brandt");
}

static void
should_read_the_official_as_the_one_named_before(void **state)
{
	(void)state;
	check_source("A defence ministry official said 40 Ruritanian "
	    "soldiers were killed. \"Another 25 Ruritanian soldiers died "
	    "overnight,\" the official told reporters.", 25,
	    "Defence ministry");
	/* the many the alias names: as before */
	check_source("A defence ministry official said 40 Ruritanian "
	    "soldiers were killed. Officials said 25 more Ruritanian "
	    "soldiers died overnight.", 25, "Syldavia");
	/* one official, no article before: a member of the many */
	check_source("An official said 25 Ruritanian soldiers died.", 25,
	    "Syldavia");
}

static void
should_read_the_alias_over_the_claimants_head(void **state)
{
	(void)state;
	check_source("About 3,000 Ruritanian troops were sent, union "
	    "President Tomas Hruby said.", 3000, "Miners union");
	/* a common head: what qualifies it names the body */
	check_source("About 3,000 Ruritanian troops were sent, court "
	    "officials said.", 3000, "Courts");
	/* a list: its first, as before */
	check_source("Syldavia and Ruritania said 3,000 Ruritanian troops "
	    "were sent.", 3000, "Syldavia");
	/* a place after the head qualifies nothing */
	check_source("The union in Syldavia said 3,000 Ruritanian troops "
	    "were sent.", 3000, "Rail union");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_read_a_family_name_first_as_its_full_name),
		cmocka_unit_test(
		    should_read_a_first_word_only_after_its_full_name),
		cmocka_unit_test(
		    should_give_a_briefed_speakers_figures_to_the_briefer),
		cmocka_unit_test(
		    should_keep_the_speaker_when_the_briefer_is_unknown),
		cmocka_unit_test(
		    should_read_the_official_as_the_one_named_before),
		cmocka_unit_test(
		    should_read_the_alias_over_the_claimants_head),
	};

	return cmocka_run_group_tests(tests, text_tracker_setup,
	    text_tracker_teardown);
}
