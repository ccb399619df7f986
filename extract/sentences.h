/*
 * sentences.h - find the article text in a scraped body and cut it into
 * sentences.
 *
 * Page furniture is not article text and yields no sentence: short lines
 * without sentence punctuation (menus, headings, photo credits, social
 * links; but not a headline naming a figure before its story, after the
 * story's first sentence, as live pages print them), URL lines, time-stamped headline lists ("12:11 North Korea
 * launched ..."), a caption printed twice, and everything after a "Read
 * next", "Related", "More from", "Latest videos" ... heading.
 */
#ifndef SENTENCES_H
#define SENTENCES_H

#include <stddef.h>

/* Longest sentence kept whole; a longer run is cut at a space. */
#define SENTENCE_MAX_BYTES 3000

struct sentence {
	size_t	 start;		/* byte offset of the first character */
	size_t	 end;		/* offset just past the last character */
	size_t	 para;		/* paragraph (line) number, from 0 */
};

/* Sentences of one body; reuse it across articles (memory is kept). */
struct sentlist {
	struct sentence *v;	/* sentences in text order */
	size_t	 n;		/* used */
	size_t	 cap;		/* allocated */
};

void	sentlist_init(struct sentlist *);
void	sentlist_release(struct sentlist *);

/* Replace the contents of out with the article sentences of body. */
void	sentences_split(const char *body, size_t len, struct sentlist *out);
/*
 * The same, for a body whose article has the title (NULL: none): a body
 * line that repeats the title is the article's headline, kept once as a
 * sentence even when it looks like furniture, and dropped when printed
 * again.
 */
void	sentences_split_titled(const char *body, size_t len,
	    const char *title, struct sentlist *out);

#endif
