/*
 * carry.h - the date a statement carries to the sentences that go on
 * with it, private to extract/. "The ministry said on Thursday ..." and
 * then "Its spokesman told a press conference ...", "She said ...",
 * "Haq said ...": the later sentences give the same source's words of
 * that day, so they take its date.
 */
#ifndef CARRY_H
#define CARRY_H

#include "claimdate.h"
#include "extract_int.h"

#define CARRY_BACK 12		/* sentences searched back */

/*
 * The date of the same source's statement in the CARRY_BACK sentences
 * before the current one: the nearest whose cue names cl's source (or,
 * when that source is a person written by name, a claimant of the same
 * surname), or one named alongside those (the source of that
 * spokesman). The date is
 * the one written in that cue's words, else in another cue of its
 * sentence ("X told a meeting Wednesday ..., according to Y"); a
 * statement with a vague date of its own ("In January, X said") is
 * passed over. When no such statement is dated, the date of the
 * article's dateline (carry_dateline). CDATE_NONE when nothing is found.
 */
enum cdate carry_date(struct ctx *, const struct claim *cl, long *days);

/*
 * The date of a dateline with a full date opening one of the first lines
 * of the body ("GENEVA/ISLAMABAD, 20 September 2022 - ..."): a press
 * release's statements are of that day when they name no other.
 */
bool	carry_dateline(struct ctx *, long *days);

/*
 * For an article with no publication day: the day of its dateline with
 * a full date, the day it was written; else DATE_GUESSED plus the month
 * its address files it under (".../2025/03/...": that month's last
 * day, or the day of ".../2025/03/14/..."); else DATE_GUESSED plus
 * the latest full date the body writes (claimdate.h); else
 * DATE_FLOORED plus the first day of the latest month it writes with
 * its year alone ("in August 2024"); else DATE_FLOORED plus the first
 * day of the latest year its headline writes ("Fiscal Year 2011");
 * else DATE_FLOORED plus the first day of the first year the tracker's
 * name writes ("European farmers' protests 2024": its story began
 * then); else DATE_UNKNOWN.
 */
long	carry_guess(struct ctx *);

/*
 * The layer under the rules, for a claim cl (its figure at token
 * num_first of the sentence being read) that they left undated: the
 * first date of its own sentence that is not plainly another's
 * (claimdate_sentence), nor in the words of a statement another source
 * makes. A claim with a date is left alone.
 */
void	carry_fallback(struct ctx *, size_t num_first, struct claim *cl);

/*
 * After an article is read (its claims out->v[from..] in text order):
 * a claim still undated takes the date of a dated claim of the same
 * sentence and the same source (unattributed with unattributed) whose
 * figure comes before its own, when the words between the two go on
 * in the same clause chain ("rose to 900 on Monday, with another 2,000
 * injured"): no word opening another clause ("while", "after", "since"
 * ...) and no long gap. When those earlier claims give two days, none.
 * Then a dated claim whose figure a few words of its own put a day
 * before ("up from 2,000 a day earlier", "the previous day") takes the
 * day before its date. text is the article body the claims' offsets
 * are in.
 */
void	carry_siblings(const char *text, struct claimset *out, size_t from);

#endif
