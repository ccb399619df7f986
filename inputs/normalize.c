/*
 * normalize.c - see normalize.h.
 */
#include <err.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <glib.h>
#include <openssl/evp.h>

#include "claimtrack.h"
#include "util.h"
#include "normalize.h"

#define SNIFF_BYTES	4096	/* bytes looked at to tell text from binary */
#define SNIFF_PERCENT	30	/* above this share of odd bytes: binary */
#define HASH_CHUNK	16384	/* bytes handed to the digest at a time */

/* Walk state: the output and where we are in the input, for messages. */
struct norm {
	struct strbuf	 out;		/* normalized text */
	const char	*sniff_end;	/* end of the first SNIFF_BYTES input
					   bytes, whose odd controls count */
	size_t		 odd;		/* odd control bytes before it */
	size_t		 line;		/* input line of the current byte */
	size_t		 bad;		/* invalid bytes replaced */
	size_t		 badline;	/* line of the first one */
	bool		 cr;		/* previous byte was a CR */
};

static bool
is_odd_control(unsigned char c)
{
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
	    c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f;
}

bool
text_is_binary(const char *buf, size_t len)
{
	size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES, odd = 0, i;
	const char *p = buf, *end = buf + n, *stop;

	if (memchr(buf, '\0', len) != NULL)
		return true;
	for (i = 0; i < n; i++)
		if (is_odd_control((unsigned char)buf[i]))
			odd++;
	while (p < end) {
		g_utf8_validate(p, end - p, &stop);
		/* A character cut by the end of the sample is not odd. */
		if (stop >= end || (n == SNIFF_BYTES && end - stop < 4))
			break;
		odd++;
		p = stop + 1;
	}
	return n > 0 && odd * 100 > n * SNIFF_PERCENT;
}

/* The replacement for code point c: a string, "" to drop it, or NULL. */
static const char *
char_replacement(gunichar c)
{
	if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	    c == 0x202F || c == 0x205F || c == 0x3000)
		return " ";
	if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
	    c == 0xAD)
		return "";
	if (c == 0x2028 || c == 0x2029)
		return "\n";
	if (c < 0x20 && c != '\t' && c != '\n')
		return " ";
	return NULL;
}

/* Append one valid character of n bytes at p, mapped as documented. */
static void
norm_char(struct norm *nm, const char *p, size_t n)
{
	gunichar c = g_utf8_get_char(p);
	const char *rep;
	int rc;

	if (c == '\n' && nm->cr) {
		nm->cr = false;
		return;			/* the LF of a CRLF: already written */
	}
	nm->cr = c == '\r';
	if (c == '\r' || c == '\n') {
		nm->line++;
		rc = strbuf_addc(&nm->out, '\n');
	} else if ((rep = char_replacement(c)) != NULL)
		rc = strbuf_adds(&nm->out, rep);
	else
		rc = strbuf_add(&nm->out, p, n);
	(void)rc;	/* the ceiling is SIZE_MAX: input size bounds output */
}

static void
norm_invalid(struct norm *nm)
{
	if (nm->bad++ == 0)
		nm->badline = nm->line;
	nm->cr = false;
	strbuf_adds(&nm->out, "\xEF\xBF\xBD");
}

/* Printable ASCII and tab pass through unchanged: copied in runs. */
static bool
plain_byte(unsigned char c)
{
	return (c >= 0x20 && c < 0x7f) || c == '\t';
}

/* The end of the run of plain bytes at p (before end): eight at a time
 * while none of the eight is below 0x20 or above 0x7e, then one by one
 * (a tab is plain, but not in the eight-byte test). */
static const char *
plain_end(const char *p, const char *end)
{
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t w;

	for (;;) {
		while (end - p >= 8) {
			memcpy(&w, p, 8);
			if ((((w - 0x20 * ones) & ~w) | ((w + ones) | w)) & highs)
				break;
			p += 8;
		}
		if (p < end && plain_byte((unsigned char)*p))
			p++;
		else
			return p;
	}
}

/* Normalize the valid run [p, end): plain bytes in bulk, the rest one
 * character at a time (most of an article is plain ASCII). */
static void
norm_run(struct norm *nm, const char *p, const char *end)
{
	const char *q, *plain;

	while (p < end) {
		plain = p;
		p = plain_end(p, end);
		if (p > plain) {
			(void)strbuf_add(&nm->out, plain, (size_t)(p - plain));
			nm->cr = false;
		}
		if (p == end)
			break;
		if (p < nm->sniff_end && is_odd_control((unsigned char)*p))
			nm->odd++;
		q = g_utf8_next_char(p);
		norm_char(nm, p, (size_t)(q - p));
		p = q;
	}
}

int
text_normalize(const char *name, size_t line, const char *buf, size_t len,
    char **out, size_t *outlen)
{
	struct norm nm = { .line = line ? line : 1, .sniff_end = buf };
	const char *p = buf, *end = buf + len, *stop;

	if (text_is_binary(buf, len)) {
		warnx("%s: binary file", name);
		return -1;
	}
	strbuf_init(&nm.out, SIZE_MAX);
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end) {
		g_utf8_validate(p, end - p, &stop);
		norm_run(&nm, p, stop);
		if (stop < end) {
			norm_invalid(&nm);
			stop++;
		}
		p = stop;
	}
	*out = strbuf_detach(&nm.out, outlen);
	if (nm.bad == 0)
		return 0;
	warnx("%s:%zu: invalid UTF-8 replaced by U+FFFD (%zu byte%s)", name,
	    nm.badline, nm.bad, nm.bad == 1 ? "" : "s");
	return 1;
}

int
text_normalize_utf8(const char *name, size_t line, const char *buf,
    size_t len, char **out, size_t *outlen)
{
	struct norm nm = { .line = line ? line : 1 };
	size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
	const char *p = buf;

	/* text_is_binary() of valid text: only its odd controls count (a
	   plain byte is never one, so norm_run() counts them on its way) */
	nm.sniff_end = buf + n;
	strbuf_init(&nm.out, SIZE_MAX);
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	norm_run(&nm, p, buf + len);
	/* the BOM's bytes are no controls, so skipping them counts alike */
	if (n > 0 && nm.odd * 100 > n * SNIFF_PERCENT) {
		strbuf_release(&nm.out);
		warnx("%s: binary file", name);
		return -1;
	}
	*out = strbuf_detach(&nm.out, outlen);
	return 0;
}

/* Bytes of the valid UTF-8 sequence of two or more bytes at p (end - p
 * of them left), else 0 (Unicode 15, table 3-7). */
static size_t
utf8_seq(const unsigned char *p, const unsigned char *end)
{
	size_t left = (size_t)(end - p), n, k;
	unsigned char lo = 0x80, hi = 0xbf;

	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		n = 3;
		if (p[0] == 0xe0)
			lo = 0xa0;	/* no overlong form */
		else if (p[0] == 0xed)
			hi = 0x9f;	/* no surrogate */
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		n = 4;
		if (p[0] == 0xf0)
			lo = 0x90;	/* no overlong form */
		else if (p[0] == 0xf4)
			hi = 0x8f;	/* nothing past U+10FFFF */
	} else
		return 0;
	if (left < n || p[1] < lo || p[1] > hi)
		return 0;
	for (k = 2; k < n; k++)
		if (p[k] < 0x80 || p[k] > 0xbf)
			return 0;
	return n;
}

bool
text_is_utf8(const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf, *end = p + len;
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	uint64_t w;
	size_t n;

	while (p < end) {
		if (end - p >= 8) {
			memcpy(&w, p, 8);
			/* eight ASCII bytes, none of them NUL */
			if (((w | ((w - ones) & ~w)) & highs) == 0) {
				p += 8;
				continue;
			}
		}
		if (*p == '\0')
			return false;
		if (*p < 0x80) {
			p++;
			continue;
		}
		if ((n = utf8_seq(p, end)) == 0)
			return false;
		p += n;
	}
	return true;
}

int
text_repair(const char *name, size_t line, const char *buf, size_t len,
    char **out, size_t *outlen)
{
	const char *p = buf, *end = buf + len, *stop;
	size_t bad = 0, badline = 0, nl = 0;
	struct strbuf sb;

	*out = NULL;
	if (text_is_utf8(buf, len))
		return 0;
	strbuf_init(&sb, SIZE_MAX);
	while (p < end) {
		/* g_utf8_validate stops at a NUL byte too: keep it */
		g_utf8_validate(p, end - p, &stop);
		(void)strbuf_add(&sb, p, (size_t)(stop - p));
		for (; p < stop; p++)
			nl += *p == '\n';
		if (stop == end)
			break;
		if (*stop == '\0')
			(void)strbuf_add(&sb, stop, 1);
		else {
			if (bad++ == 0)
				badline = (line ? line : 1) + nl;
			(void)strbuf_adds(&sb, "\xEF\xBF\xBD");
		}
		p = stop + 1;
	}
	*out = strbuf_detach(&sb, outlen);
	if (bad > 0)
		warnx("%s:%zu: invalid UTF-8 replaced by U+FFFD (%zu byte%s)",
		    name, badline, bad, bad == 1 ? "" : "s");
	return 1;
}

/* White space for the hash and for blank text: a table, as the hash's
 * byte loop looks at every byte of every article. */
static const bool space_byte[256] = {
	[' '] = true, ['\t'] = true, ['\n'] = true, ['\r'] = true,
	['\f'] = true, ['\v'] = true,
};

static bool
is_space(char c)
{
	return space_byte[(unsigned char)c];
}

static EVP_MD *sha256;		/* fetched once: a fetch per digest costs
				   more than hashing an article */
static pthread_once_t sha256_once = PTHREAD_ONCE_INIT;

static void
sha256_fetch(void)
{
	sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
}

/*
 * SHA-256 of the words of the text joined by single spaces. The words
 * go through a buffer, so the digest (libcrypto's, with the CPU's SHA
 * instructions where there are some) sees a few large updates rather
 * than one per word.
 */
void
text_hash(const char *text, size_t len, char hash[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char buf[HASH_CHUNK], md[EVP_MAX_MD_SIZE];
	const char *p, *q, *stop, *end = text + len;
	unsigned int mdlen = 0, i;
	bool gap = false;	/* white space since the last word */
	bool words = false;	/* a word was hashed */
	EVP_MD_CTX *ctx;
	size_t n = 0;

	pthread_once(&sha256_once, sha256_fetch);
	ctx = EVP_MD_CTX_new();
	if (sha256 == NULL || ctx == NULL ||
	    EVP_DigestInit_ex(ctx, sha256, NULL) != 1)
		errx(EXIT_FATAL, "SHA-256 is not available");
	for (p = text; p < end; p = stop) {
		/* room for a block and its one added space, checked once */
		stop = p + ((size_t)(end - p) < sizeof(buf) / 2 ?
		    (size_t)(end - p) : sizeof(buf) / 2);
		if (n + (size_t)(stop - p) + 1 > sizeof(buf)) {
			EVP_DigestUpdate(ctx, buf, n);
			n = 0;
		}
		for (q = p; q < stop; q++) {
			if (is_space(*q)) {
				gap = words;
				continue;
			}
			if (gap)
				buf[n++] = ' ';
			gap = false;
			words = true;
			buf[n++] = (unsigned char)*q;
		}
	}
	EVP_DigestUpdate(ctx, buf, n);
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	for (i = 0; i < mdlen && i < 32; i++) {
		hash[2 * i] = hex[md[i] >> 4];
		hash[2 * i + 1] = hex[md[i] & 0xf];
	}
	hash[2 * i] = '\0';
}

bool
text_is_blank(const char *text, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_space(text[i]))
			return false;
	return true;
}
