/*
 * wordnet.h - the kinds of a noun and the plurals of a word, from
 * WordNet through its C library (private to extract/: tracker.c uses it
 * while a tracker loads, never while articles are read).
 *
 * The library keeps its open files and buffers in globals: call these
 * from one thread, as tracker loading does. WordNet's data is looked for
 * where the library looks (WNSEARCHDIR, else Debian's /usr/share/wordnet);
 * when it is missing, wordnet_open() warns once per process and every
 * function here gives nothing.
 */
#ifndef WORDNET_H
#define WORDNET_H

#include <stdbool.h>
#include <stddef.h>

/* Most forms (lemmas and plurals) one tracker may add; the person
 * hierarchy has about 11,000 lemmas and needs nearly all of them. */
#define WORDNET_MAX_FORMS 24000

/* Called with each form found: "paratrooper", "paratroopers", "foot
 * soldiers" (spaces between words); arg is the caller's. */
typedef void wordnet_add_fn(void *arg, const char *form);

/* Open WordNet's data; false after one warning when it is missing. */
bool	wordnet_open(void);

/*
 * Give add() every lemma of the kinds of noun, singular and plural: of
 * each noun sense of noun that is a kind of person (WordNet's
 * person.n.01 or below it), the synset and all its hyponyms,
 * transitively, breadth first. Capitalised lemmas (names: "Gurkha",
 * "Green Beret") and lemmas of more than maxwords words are left out; a
 * form already given since wordnet_forms_reset() is not given again.
 * Reads no further synset once max forms are given (the last one read
 * may pass max by its few forms). Returns the number of forms given.
 */
size_t	wordnet_kinds(const char *noun, size_t maxwords, size_t max,
	    wordnet_add_fn *add, void *arg);

/*
 * Is phrase ("North Korean", "Eritrean") a capitalised noun for a kind
 * of person, such as a native or inhabitant of a place? Then give add()
 * its plurals ("North Koreans") and return true.
 */
bool	wordnet_demonym(const char *phrase, wordnet_add_fn *add, void *arg);

/*
 * Give add() the plurals of the noun lemma ("infantryman" ->
 * "infantrymen", "child" -> "children", "refugee" -> "refugees"; the last
 * word of a phrase is inflected). An irregular plural is one WordNet's
 * morphology (its exception list and rules) turns back into lemma.
 * Returns the number given. Works without the data too (regular rules).
 */
size_t	wordnet_plurals(const char *lemma, wordnet_add_fn *add, void *arg);

/*
 * Give add() the capitalised adjectives whose WordNet pertainym pointer
 * names a synset holding the noun ("Uganda" -> "Ugandan", "South Korea"
 * -> "South Korean", "Great Britain" -> "British"); any case. The
 * adjectives are read once per process (data.adj) and kept in a hash.
 * Returns the number given; 0 without WordNet's data.
 */
size_t	wordnet_pertainyms(const char *noun, wordnet_add_fn *add, void *arg);

/* Forget the forms given so far (call before each tracker's expansion). */
void	wordnet_forms_reset(void);

#endif
