/*
 * textfmt.h - locale-independent number and label formatting for charts:
 * thousands separators ("12,000"), ratios ("4.0×"), qualifier signs
 * ("≈", "≥") and UTF-8-safe truncation with an ellipsis.
 *
 * Every function writes a NUL-terminated string of at most n bytes
 * (truncated, never overflowing) into a buffer the caller owns and
 * returns that buffer, so calls can sit inside printf arguments.
 */
#ifndef TEXTFMT_H
#define TEXTFMT_H

#include <stddef.h>

#include "claimtrack.h"

/* Enough for any double in textfmt_number(), with separators and sign. */
#define TEXTFMT_NUM_LEN 512

/*
 * Format v for a reader: whole numbers (and anything of 1,000 or more,
 * rounded) with a comma every three digits ("1,000,000,000"); smaller
 * fractions with up to two decimals ("2.5", "0.25"); negative numbers
 * with a minus sign (U+2212). NAN gives "–" (en dash); infinities "∞".
 */
char	*textfmt_number(double v, char *buf, size_t n);

/*
 * Format a ratio as "4.0×": one decimal below 10, whole above ("12×",
 * "1,000×"). NAN or a ratio not above zero gives "–".
 */
char	*textfmt_ratio(double r, char *buf, size_t n);

/*
 * A claim as a label: sign and figure ("≈12,000", "≥3,000"), a range as
 * "10,000–12,000", a vague claim without figure as "vague" or, with a
 * lower bound ("thousands"), "vague, ≥2,000" (never "~", which reads as
 * "about").
 */
char	*textfmt_estimate(double value, double low, double high,
	    enum qualifier, char *buf, size_t n);

/*
 * Copy s, keeping at most max_chars UTF-8 characters; a longer string
 * ends in "…" (which counts as one of the max_chars). Control characters
 * (newlines, tabs) become spaces. Invalid UTF-8 bytes become "?".
 */
char	*textfmt_truncate(const char *s, size_t max_chars, char *buf,
	    size_t n);

/*
 * Like textfmt_truncate(), keeping as many characters as fit in max_em
 * font sizes by a rough width per character (wide capitals 1 em, other
 * capitals 0.72, lower case and digits 0.6, spaces and punctuation 0.4,
 * other UTF-8 0.8): for gnuplot, which cannot ellipsize by width.
 */
char	*textfmt_fit(const char *s, double max_em, char *buf, size_t n);

#endif
