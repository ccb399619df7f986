/*
 * test_extract_claimdate.c - the day a claim was made, read from more
 * places than its reporting verb: a date anywhere in the clause that
 * gives the figure as a count's level, a possessive date of a count, a
 * dated document or a next sentence that dates the statement, a
 * statement's date handed on to the same source's next claims,
 * "this morning" and "last night", and the year of an article with no
 * publication day. Each class has its negatives: another event's date,
 * a span's start, a vague period, a weekday that does not hold.
 */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "claimtrack.h"
#include "extract.h"
#include "tracker.h"
#include "default_tracker.h"
#include "extract_check.h"

#define PUB "2024-12-19"	/* a Thursday */

static void
check(const struct date_row *rows, size_t nrows, const char *published)
{
	struct claimset cs;
	const struct claim *cl;
	size_t i;

	for (i = 0; i < nrows; i++) {
		claimset_init(&cs);
		extract_text(tr, "t", published, rows[i].text, &cs);
		cl = claim_valued(&cs, rows[i].value, rows[i].text);
		if (strcmp(cl->claim_date, rows[i].date) != 0)
			fail_msg("date \"%s\", expected \"%s\", in: %s",
			    cl->claim_date, rows[i].date, rows[i].text);
		claimset_release(&cs);
	}
}

static void
should_date_a_level_by_a_day_anywhere_in_its_clause(void **state)
{
	static const struct date_row rows[] = {
		/* between the verb of change and the figure */
		{ "The number of North Korean soldiers killed in Kursk rose "
		  "Wednesday to 3,000, Ukraine's army said.", 3000,
		  "2024-12-18" },
		{ "The number of North Korean soldiers killed in Kursk "
		  "crossed 3,500 on Tuesday, Ukraine's army said.", 3500,
		  "2024-12-17" },
		/* "by" a day after a level reached */
		{ "The count of North Korean troops in Russia had reached "
		  "11,000 by Tuesday, Seoul said.", 11000, "2024-12-17" },
		/* a day opening the clause, set off by a comma */
		{ "On Monday night, the number of North Korean troops in "
		  "Kursk stood at 12,000.", 12000, "2024-12-16" },
		{ "Late on Tuesday, the tally of North Korean soldiers killed "
		  "climbed to 1,200.", 1200, "2024-12-17" },
		/* a possessive day of a count's noun */
		{ "Tuesday's tally of 1,500 North Korean casualties was the "
		  "highest yet.", 1500, "2024-12-17" },
		/* negatives: another event's day, a span's start, a
		 * possessive of an event, a vague period */
		{ "The casualties among North Korean troops, which began "
		  "fighting on Monday, rose to 4,000.", 4000, "" },
		{ "Since Monday, the number of North Korean troops in Kursk "
		  "has risen to 8,000.", 8000, "" },
		{ "Sunday's parade drew 9,000 North Korean soldiers.", 9000,
		  "" },
		{ "The number of North Korean troops in Kursk rose to 7,000 "
		  "in the past week.", 7000, "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

static void
should_date_a_statement_by_its_document_or_the_next_sentence(void **state)
{
	static const struct date_row rows[] = {
		{ "North Korea has sent 13,000 troops to Russia, a notice "
		  "filed Tuesday with the United Nations states.", 13000,
		  "2024-12-17" },
		{ "North Korea has sent 14,000 troops to Russia. The agency "
		  "made the announcement Monday.", 14000, "2024-12-16" },
		{ "North Korea has sent 16,000 troops to Russia. This was "
		  "reported on Tuesday by the spy agency.", 16000,
		  "2024-12-17" },
		/* negatives: the next sentence dates no statement; it is
		 * in another paragraph */
		{ "North Korea has sent 15,000 troops to Russia. The agency "
		  "was founded on Monday.", 15000, "" },
		{ "North Korea has sent 14,000 troops to Russia.\nThe agency "
		  "made the announcement Monday.", 14000, "" },
		/* "This was ..." points back across a paragraph's end */
		{ "The spy agency has confirmed that 17,000 North Korean "
		  "troops are in Russia.\nThis was stated by its director at "
		  "a briefing on Tuesday.", 17000, "2024-12-17" },
		{ "The spy agency has confirmed that 17,000 North Korean "
		  "troops are in Russia.\nThis was the largest dispatch since "
		  "Tuesday.", 17000, "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

static void
should_hand_a_statements_date_to_the_sources_next_claims(void **state)
{
	static const struct date_row rows[] = {
		{ "Seoul's spy agency said on Monday that 10,000 North Korean "
		  "troops are in Russia. It said 3,000 more were being "
		  "trained.", 3000, "2024-12-16" },
		/* another source's next claim keeps no date */
		{ "Seoul's spy agency said on Monday that 10,000 North Korean "
		  "troops are in Russia. Kyiv said 3,000 more were being "
		  "trained.", 3000, "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

static void
should_not_date_a_claim_by_the_ends_of_a_span(void **state)
{
	static const struct date_row rows[] = {
		{ "Kyiv said 3,000 North Korean soldiers were reported killed "
		  "between December 2 and December 9.", 3000, "" },
		{ "About 3,000 North Korean soldiers were reported killed "
		  "from Monday to Wednesday, Kyiv said.", 3000, "" },
		/* nor hands such a date on to the next claim */
		{ "Kyiv reported 3,000 North Korean soldiers killed between "
		  "December 2 and December 9. Kyiv said 500 more were "
		  "wounded.", 500, "" },
		/* a day after the span is the statement's */
		{ "Kyiv said on Tuesday that 3,000 North Korean soldiers were "
		  "killed between December 2 and December 9.", 3000,
		  "2024-12-17" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

static void
should_read_parts_of_the_day_against_publication(void **state)
{
	static const struct date_row rows[] = {
		{ "Seoul said this morning that 18,000 North Korean troops "
		  "are in Russia.", 18000, "2024-12-19" },
		{ "Seoul said last night that 19,000 North Korean troops are "
		  "in Russia.", 19000, "2024-12-18" },
		/* the day of what was counted, not of the statement */
		{ "The spy agency said 17,000 North Korean troops were sent "
		  "last night.", 17000, "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

static void
should_take_the_year_from_the_text_without_publication(void **state)
{
	static const struct date_row rows[] = {
		{ "The fighting began on June 18, 2024. On Monday, July 1, "
		  "Kyiv said 3,000 North Korean soldiers had been killed.",
		  3000, "2024-07-01" },
		{ "The fighting began on June 18, 2024. Kyiv said on July 2 "
		  "that 3,000 North Korean soldiers had been killed.", 3000,
		  "2024-07-02" },
		/* the weekday does not hold in that year */
		{ "The fighting began on June 18, 2024. On Tuesday, July 1, "
		  "Kyiv said 3,000 North Korean soldiers had been killed.",
		  3000, "" },
		/* a weekday before the month in a statement's words */
		{ "The agency has said 39 North Korean soldiers have died "
		  "since the fighting began on Tuesday, June 18, 2024. In a "
		  "press statement to reporters on Monday, July 1, the "
		  "agency's head Jane Roe said that 3,000 North Korean "
		  "soldiers had been killed.", 3000, "2024-07-01" },
		{ "The agency has said 39 North Korean soldiers have died "
		  "since the fighting began on Tuesday, June 18, 2024. In a "
		  "press statement to reporters on Sunday, July 1, the "
		  "agency's head Jane Roe said that 3,000 North Korean "
		  "soldiers had been killed.", 3000, "" },
		/* no year in the text at all */
		{ "On Monday, July 1, Kyiv said 3,000 North Korean soldiers "
		  "had been killed.", 3000, "" },
		/* a dateline with a full date is the day of writing */
		{ "GENEVA, 20 September 2022 - Fighting went on.\nThe agency "
		  "said on Monday that 3,000 North Korean soldiers had been "
		  "killed.", 3000, "2022-09-19" },
		/* a bare weekday needs the real publication day */
		{ "The fighting began on June 18, 2024. Kyiv said on Monday "
		  "that 3,000 North Korean soldiers had been killed.", 3000,
		  "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), NULL);
}

static void
should_date_an_unattributed_figure_by_its_statements_day(void **state)
{
	static const struct date_row rows[] = {
		/* the verb of stating and its day open the clause */
		{ "Ukraine's border guards stated on Tuesday that they had "
		  "killed 40 North Korean soldiers near the river.", 40,
		  "2024-12-17" },
		/* a dated update as the statement */
		{ "The defence ministry's update on Monday evening stated "
		  "that more than 9,000 North Korean troops were in Kursk.",
		  9000, "2024-12-16" },
		/* a span in the figure's clause is when the counted
		 * things happened, not when they were told */
		{ "Ukraine's border guards reported on Tuesday that 30 North "
		  "Korean soldiers were wounded within the past week.", 30,
		  "2024-12-17" },
		{ "Ukraine's border guards reported that 31 North Korean "
		  "soldiers were wounded within the past week.", 31, "" },
		/* a statement in another part of the sentence */
		{ "The army said on Friday that the front was calm; 46 North "
		  "Korean soldiers were wounded in shelling.", 46, "" },
		/* no day beside the stating word, only a span's start */
		{ "North Korean troops numbering 12,000 were sent to Russia, "
		  "a report said, though 300 North Korean soldiers had been "
		  "killed since fighting began on Monday.", 300, "" },
		{ "North Korean troops numbering 12,000 were sent to Russia, "
		  "a report said.", 12000, "" },
	};

	(void)state;
	check(rows, sizeof(rows) / sizeof(*rows), PUB);
}

/* The claim of value v of body text filed at address url, with no
 * publication day. */
static void
check_at_url(const char *url, const char *text, double v,
    const char *want)
{
	struct article art;
	struct claimset cs;
	const struct claim *cl;

	memset(&art, 0, sizeof(art));
	art.id = (char *)"t";
	art.url = (char *)url;
	art.body = (char *)text;
	art.body_len = strlen(text);
	claimset_init(&cs);
	extract_article(tr, &art, &cs);
	cl = claim_valued(&cs, v, text);
	if (strcmp(cl->claim_date, want) != 0)
		fail_msg("date \"%s\", expected \"%s\", at %s: %s",
		    cl->claim_date, want, url, text);
	claimset_release(&cs);
}

static void
should_take_the_year_from_the_month_of_the_address(void **state)
{
	static const char said[] = "On 9 November, Kyiv said 2,000 North "
	    "Korean soldiers had been killed.";

	(void)state;
	check_at_url("https://example.org/news/2024/12/kursk-losses/", said,
	    2000, "2024-11-09");
	check_at_url("https://example.org/2024/12/05/kursk-losses", said,
	    2000, "2024-11-09");
	/* a weekday that does not hold in the year the address gives */
	check_at_url("https://example.org/news/2024/12/kursk-losses/",
	    "On Tuesday, 9 November, Kyiv said 2,000 North Korean soldiers "
	    "had been killed.", 2000, "");
	/* digits that are no year and month */
	check_at_url("https://example.org/news/2024/41864", said, 2000, "");
	check_at_url("https://example.org/news/article/16364/kursk", said,
	    2000, "");
	/* the address gives no weekday's day */
	check_at_url("https://example.org/news/2024/12/kursk-losses/",
	    "Kyiv said on Monday that 2,000 North Korean soldiers had "
	    "been killed.", 2000, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    should_date_a_level_by_a_day_anywhere_in_its_clause),
		cmocka_unit_test(
		    should_date_a_statement_by_its_document_or_the_next_sentence),
		cmocka_unit_test(
		    should_hand_a_statements_date_to_the_sources_next_claims),
		cmocka_unit_test(
		    should_not_date_a_claim_by_the_ends_of_a_span),
		cmocka_unit_test(
		    should_read_parts_of_the_day_against_publication),
		cmocka_unit_test(
		    should_take_the_year_from_the_text_without_publication),
		cmocka_unit_test(
		    should_date_an_unattributed_figure_by_its_statements_day),
		cmocka_unit_test(
		    should_take_the_year_from_the_month_of_the_address),
	};

	return cmocka_run_group_tests(tests, tracker_group_setup,
	    tracker_group_teardown);
}
