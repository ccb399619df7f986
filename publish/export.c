/*
 * export.c - see export.h.
 */
#include <err.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "claimtrack.h"
#include "export.h"
#include "jsonline.h"

/* Columns in export order; the CSV header uses these names. */
static const char *const columns[] = {
	"claim_id", "doc", "outlet", "url", "published", "claim_date",
	"effective_date", "date_from_published", "source", "claimant",
	"relayer", "quantity", "modality", "scope", "place", "qualifier",
	"value",
	"low", "high", "subject", "sentence", "sent_start", "sent_end",
	"num_start", "num_end", "article_version", "run_id",
};
#define NCOLUMNS (sizeof(columns) / sizeof(*columns))

/* One exported value: its JSON type and what it holds. */
struct cell {
	enum { CELL_NULL, CELL_TEXT, CELL_INT, CELL_REAL, CELL_BOOL } type;
	const char *text;	/* CELL_TEXT */
	long long i;		/* CELL_INT, CELL_BOOL (0 or 1) */
	double	 d;		/* CELL_REAL */
};

static struct cell
cell_text(const char *s)
{
	return (struct cell){ s ? CELL_TEXT : CELL_NULL, s, 0, 0 };
}

/* An integer the store gives as -1 when it is not stored. */
static struct cell
cell_int(long long i)
{
	return (struct cell){ i == -1 ? CELL_NULL : CELL_INT, NULL, i, 0 };
}

static struct cell
cell_real(double d)
{
	return (struct cell){ isnan(d) ? CELL_NULL : CELL_REAL, NULL, 0, d };
}

/* The row's cells in the order of columns[]. */
static void
row_cells(const struct claim_row *r, struct cell c[NCOLUMNS])
{
	size_t n = 0;

	c[n++] = cell_int(r->id);
	c[n++] = cell_text(r->doc);
	c[n++] = cell_text(r->outlet);
	c[n++] = cell_text(r->url);
	c[n++] = cell_text(r->published);
	c[n++] = cell_text(r->claim_date);
	c[n++] = cell_text(r->effective_date);
	c[n++] = (struct cell){ CELL_BOOL, NULL, r->date_from_published, 0 };
	c[n++] = cell_text(r->source);
	c[n++] = cell_text(r->claimant);
	c[n++] = cell_text(r->relayer);
	c[n++] = cell_text(r->quantity);
	c[n++] = cell_text(r->modality);
	c[n++] = cell_text(r->scope);
	c[n++] = cell_text(r->place);
	c[n++] = cell_text(r->qualifier);
	c[n++] = cell_real(r->value);
	c[n++] = cell_real(r->low);
	c[n++] = cell_real(r->high);
	c[n++] = cell_text(r->subject);
	c[n++] = cell_text(r->sentence);
	c[n++] = cell_int(r->sent_start);
	c[n++] = cell_int(r->sent_end);
	c[n++] = cell_int(r->num_start);
	c[n++] = cell_int(r->num_end);
	c[n++] = cell_int(r->article_version);
	c[n++] = cell_int(r->run_id);
}

/* True when s is a plain decimal number: [+-]digits[.digits][e[+-]digits]. */
static int
plain_number(const char *s)
{
	const char *p = s + (*s == '+' || *s == '-');
	size_t digits = strspn(p, "0123456789");

	p += digits;
	if (*p == '.') {
		digits += strspn(p + 1, "0123456789");
		p += 1 + strspn(p + 1, "0123456789");
	}
	if (digits == 0)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p += 1 + (p[1] == '+' || p[1] == '-');
		if (strspn(p, "0123456789") == 0)
			return 0;
		p += strspn(p, "0123456789");
	}
	return *p == '\0';
}

/*
 * Whether a spreadsheet would read s as a formula (OWASP, CSV
 * injection): it starts with =, +, -, @, a tab or a carriage return.
 * A plain number ("-5", "+12.5") is a number there, not a formula.
 */
static int
csv_formula(const char *s)
{
	return strchr("=+-@\t\r", *s) != NULL && *s != '\0' &&
	    !plain_number(s);
}

void
csv_field(FILE *f, const char *s)
{
	const char *p, *lead;

	if (s == NULL)
		return;
	lead = csv_formula(s) ? "'" : "";
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(lead, f);
		fputs(s, f);
		return;
	}
	fputc('"', f);
	fputs(lead, f);
	for (p = s; *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
}

/* A cell as the CSV writes it: as the database gives it as text. */
static void
csv_cell(FILE *f, const struct cell *c)
{
	char buf[32];

	switch (c->type) {
	case CELL_NULL:
		return;
	case CELL_TEXT:
		csv_field(f, c->text);
		return;
	case CELL_INT:
	case CELL_BOOL:
		fprintf(f, "%lld", c->i);
		return;
	case CELL_REAL:
		store_number_text(c->d, buf, sizeof(buf));
		fputs(buf, f);
		return;
	}
}

static int
csv_row(const struct claim_row *r, void *arg)
{
	struct cell cells[NCOLUMNS];
	FILE *f = arg;
	size_t i;

	row_cells(r, cells);
	for (i = 0; i < NCOLUMNS; i++) {
		if (i > 0)
			fputc(',', f);
		csv_cell(f, &cells[i]);
	}
	fputs("\r\n", f);
	return ferror(f) ? -1 : 0;
}

/*
 * A cell as a JSON value (NULL -> null) into l; -1 when jansson's
 * json_string() or json_real() would give no value (invalid UTF-8, an
 * infinity), whose member json_object_set_new() then leaves out.
 */
static int
cell_json(struct jline *l, const struct cell *c)
{
	switch (c->type) {
	case CELL_TEXT:
		return jline_string(l, c->text);
	case CELL_INT:
		jline_integer(l, c->i);
		return 0;
	case CELL_REAL:
		return jline_real(l, c->d, 15);
	case CELL_BOOL:
		jline_put(l, c->i ? "true" : "false", c->i ? 4 : 5);
		return 0;
	case CELL_NULL:
		break;
	}
	jline_put(l, "null", 4);
	return 0;
}

/* What jsonl_row() writes to: the file and the line being built. */
struct jsonl_out {
	FILE	*f;
	struct jline line;
};

/*
 * One claim as one line: the bytes json_dumpf() gave for an object of
 * the cells in column order (JSON_COMPACT | JSON_PRESERVE_ORDER |
 * JSON_REAL_PRECISION(15)), written directly (tests/test_jsonline.c).
 */
static int
jsonl_row(const struct claim_row *r, void *arg)
{
	struct cell cells[NCOLUMNS];
	struct jsonl_out *o = arg;
	struct jline *l = &o->line;
	size_t i, mark;
	int first = 1;

	row_cells(r, cells);
	l->n = 0;
	jline_put(l, "{", 1);
	for (i = 0; i < NCOLUMNS; i++) {
		mark = l->n;
		if (!first)
			jline_put(l, ",", 1);
		jline_put(l, "\"", 1);
		jline_put(l, columns[i], strlen(columns[i]));
		jline_put(l, "\":", 2);
		if (cell_json(l, &cells[i]) != 0) {
			l->n = mark;	/* no value: no member */
			continue;
		}
		first = 0;
	}
	jline_put(l, "}\n", 2);
	return fwrite(l->p, 1, l->n, o->f) == l->n ? 0 : -1;
}

/* Open path, write the header (if any) and the rows, close with checks. */
static int
export_file(struct store *st, const struct claim_scope *sc,
    const char *path, store_claim_fn fn, int header, struct jsonl_out *jo)
{
	FILE *f;
	size_t i;
	int rc;

	if ((f = fopen(path, "w")) == NULL) {
		warn("%s", path);
		return -1;
	}
	for (i = 0; header && i < NCOLUMNS; i++)
		fprintf(f, "%s%s", i ? "," : "", columns[i]);
	if (header)
		fputs("\r\n", f);
	if (jo != NULL)
		jo->f = f;
	rc = store_claims_foreach(st, sc, fn, jo != NULL ? (void *)jo :
	    (void *)f);
	if (ferror(f) && rc == 0) {
		warn("%s: write failed", path);
		rc = -1;
	}
	if (fclose(f) == EOF && rc == 0) {
		warn("%s", path);
		rc = -1;
	}
	return rc;
}

int
export_claims_csv(struct store *st, const struct claim_scope *sc,
    const char *path)
{
	return export_file(st, sc, path, csv_row, 1, NULL);
}

int
export_claims_jsonl(struct store *st, const struct claim_scope *sc,
    const char *path)
{
	struct jsonl_out jo = { NULL, { NULL, 0, 0 } };
	int rc = export_file(st, sc, path, jsonl_row, 0, &jo);

	jline_free(&jo.line);
	return rc;
}
