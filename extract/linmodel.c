/*
 * linmodel.c - see linmodel.h.
 */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "linmodel.h"

double
linmodel_logit(const struct linmodel *m, const double *x)
{
	double z = m->bias;
	size_t i;

	for (i = 0; i < m->nfeat; i++)
		z += m->w[i] * x[i];
	return z;
}

double
linmodel_prob(const struct linmodel *m, const double *x)
{
	return 1.0 / (1.0 + exp(-linmodel_logit(m, x)));
}

bool
linmodel_training(void)
{
	const char *dir = getenv("CLAIMTRACK_TRAIN");

	return dir != NULL && *dir != '\0';
}

/* The training rows are written by whoever fits the models, never in a
 * user's run: one lock around the whole write is cheap enough. */
static pthread_mutex_t dump_lock = PTHREAD_MUTEX_INITIALIZER;

static void
dump_header(FILE *fp, const struct linmodel *m)
{
	size_t i;

	fputs("key", fp);
	for (i = 0; i < m->nfeat; i++)
		fprintf(fp, "\t%s", m->feat[i]);
	fputc('\n', fp);
}

void
linmodel_dump(const struct linmodel *m, const char *key, const double *x)
{
	const char *dir = getenv("CLAIMTRACK_TRAIN");
	char path[4096];
	FILE *fp;
	size_t i;

	if (!linmodel_training())
		return;
	if (snprintf(path, sizeof path, "%s/%s.tsv", dir, m->name) >=
	    (int)sizeof path)
		return;
	pthread_mutex_lock(&dump_lock);
	fp = fopen(path, "a");
	if (fp != NULL) {
		if (ftell(fp) == 0)
			dump_header(fp, m);
		fputs(key, fp);
		for (i = 0; i < m->nfeat; i++)
			fprintf(fp, "\t%.6g", x[i]);
		fputc('\n', fp);
		fclose(fp);
	}
	pthread_mutex_unlock(&dump_lock);
}
