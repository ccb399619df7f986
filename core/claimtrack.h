/*
 * claimtrack.h - the shared nouns every stage may include: the article a
 * reader produces, the claim the extractor finds, and the exit codes.
 *
 * Ownership: every char * member of struct article and struct claim is
 * owned by the struct and freed by article_release() / claim_release().
 * A number that is absent (a vague claim's value, an open interval's
 * bound) is NAN; test it with isnan().
 */
#ifndef CLAIMTRACK_H
#define CLAIMTRACK_H

#include <stddef.h>

#define CLAIMTRACK_VERSION "0.1.0"

/* Exit codes, documented in README and the man page. */
enum exit_code {
	EXIT_OK = 0,		/* all well */
	EXIT_REJECTED = 1,	/* some inputs rejected, the rest processed */
	EXIT_USAGE = 2,		/* usage or configuration error */
	EXIT_FATAL = 3		/* database or file system */
};

/*
 * The file every folder claimtrack publishes holds (publish.c writes it).
 * Only such a folder, an empty one or a missing one is ever replaced by
 * a publication, and no run reads one as articles. A folder published
 * before the mark existed is known by its fingerprint file instead.
 */
#define PUBLISHED_MARK		".claimtrack-published"
#define PUBLISHED_MARK_OLD	".claimtrack-made-from"

/* A calendar date as "YYYY-MM-DD"; the empty string means unknown. */
#define DATE_LEN 11

struct article {
	char	*id;		/* front-matter id, else file name stem */
	char	*title;		/* NULL when not given */
	char	*outlet;	/* NULL when not given */
	char	*url;		/* NULL when not given */
	char	 published[DATE_LEN]; /* "" when undated */
	char	*body;		/* normalized UTF-8 text, NUL-terminated */
	size_t	 body_len;	/* bytes in body, without the NUL */
	char	*path;		/* file the article was read from */
	size_t	 line;		/* line in path (JSONL), 0 for whole files */
	const char *format;	/* "text", "jsonl" or "html" (static) */
	char	 hash[65];	/* SHA-256 hex of body: same text, same hash */
};

void	article_init(struct article *);
void	article_release(struct article *);

enum qualifier {
	QUAL_EXACT,
	QUAL_APPROX,
	QUAL_AT_LEAST,
	QUAL_MORE_THAN,
	QUAL_AT_MOST,
	QUAL_UP_TO,
	QUAL_LESS_THAN,
	QUAL_RANGE,
	QUAL_VAGUE
};

enum modality {
	MODALITY_CURRENT,	/* "are in Russia", "have arrived" */
	MODALITY_PROJECTED	/* "is set to send", "could be deployed" */
};

struct claim {
	char	*doc;		/* article id */
	double	 value;		/* number stated; NAN for vague claims */
	double	 low;		/* interval the claim allows; NAN = open */
	double	 high;
	enum qualifier qualifier;
	char	*quantity;	/* tracker quantity kind, e.g. troops_deployed */
	char	*subject;	/* counted thing as written */
	char	*source;	/* canonical claimant, or "unattributed" */
	char	*claimant;	/* claimant as written; NULL if none */
	char	*relayer;	/* who relayed the claim ("NATO's Rutte"); NULL */
	char	*scope;		/* "in Kursk"; NULL if not said */
	char	*place;		/* the scope's place, normalized ("Kursk");
				   NULL when not said or the story's own */
	enum modality modality;
	char	 claim_date[DATE_LEN]; /* "" when the text does not say */
	char	 published[DATE_LEN];  /* article's publication date */
	char	*sentence;	/* the sentence the claim comes from */
	size_t	 sent_start;	/* byte offsets of the sentence in the body */
	size_t	 sent_end;
	size_t	 num_start;	/* byte offsets of the number phrase */
	size_t	 num_end;
	double	 factor;	/* product claims: "two units" -> 2; else 1 */
	double	 each;		/* product claims: "6,000 each"; else NAN */
};

/*
 * Which measure a quantity belongs to: the quantities of one measure are
 * compared with each other, never with another measure's (a tracker's
 * [measure NAME] sections; a quantity in none is a measure of its own).
 * A plain table, so that the aggregation needs no tracker. The strings
 * belong to whoever filled the table (the tracker).
 */
struct quantity_measure {
	const char *quantity;	/* "troops_arrived" */
	const char *measure;	/* "troops" */
	const char *label;	/* headline noun phrase: "North Korean
				   troops in Russia"; never NULL */
	const char *projection_of; /* the measure whose projections this
				   one holds ("troops"); NULL when none */
};

void	claim_init(struct claim *);
void	claim_release(struct claim *);

/* A growable array of claims; owns its elements. */
struct claimset {
	struct claim *v;	/* claims, in text order */
	size_t	 n;		/* used */
	size_t	 cap;		/* allocated */
};

void	claimset_init(struct claimset *);
void	claimset_release(struct claimset *);
/* Append an empty, claim_init()ed claim and return it. */
struct claim *claimset_add(struct claimset *);

/* The qualifier's name ("at_least"), from the table in lexicon.c. */
const char *qualifier_name(enum qualifier);
/* Parse a qualifier name; returns -1 when unknown. */
int	qualifier_parse(const char *);
const char *modality_name(enum modality);

#endif
