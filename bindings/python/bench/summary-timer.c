/*
 * libgoedestart - the C side of the Python assess_many benchmark: times the
 * batch path (gs_summary_from_families, gs_summary_from_file) on a
 * generated population, so bench_assess_many.py can print Python's time
 * beside C's on the same data.
 *
 *   summary-timer FAMILIES SEED AS_OF REPEAT [DOSSIER]
 *
 * Prints `memory SECONDS ROWS CHECKSUM` (best of REPEAT runs over the
 * families generated in memory) and, with DOSSIER, `file SECONDS ROWS
 * CHECKSUM` (one run streaming that file). The checksum is the sum over all
 * rows of outcome * 7 + needs * 3 + max_level + overdue, to prove both
 * sides saw the same data.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <goedestart/goedestart.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int fail(const char *what) {
  fprintf(stderr, "summary-timer: %s: %s\n", what, gs_error_format(gs_error_last()));
  return 1;
}

static long long checksum(const gs_summary *s) {
  size_t n = gs_summary_rows(s);
  const int32_t *o = gs_summary_column_data(s, GS_SUMMARY_OUTCOME);
  const int32_t *k = gs_summary_column_data(s, GS_SUMMARY_NEEDS);
  const int32_t *l = gs_summary_column_data(s, GS_SUMMARY_MAX_LEVEL);
  const int32_t *d = gs_summary_column_data(s, GS_SUMMARY_OVERDUE);
  long long sum = 0;
  for (size_t i = 0; i < n; i++)
    sum += (long long)o[i] * 7 + (long long)k[i] * 3 + l[i] + d[i];
  return sum;
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: summary-timer FAMILIES SEED AS_OF REPEAT [DOSSIER]\n");
    return 2;
  }
  gs_population_options opts;
  gs_population_options_init(&opts);
  opts.families = strtoull(argv[1], NULL, 10);
  opts.seed = strtoull(argv[2], NULL, 10);
  int repeat = atoi(argv[4]);
  if (gs_date_parse(&opts.as_of, argv[3]) != GS_OK)
    return fail("as-of");
  gs_pack *pack = NULL;
  gs_catalog *catalog = NULL;
  if (gs_pack_load_default(&pack) != GS_OK || gs_catalog_load_default(&catalog) != GS_OK)
    return fail("pack or catalogue");

  gs_family **fams = calloc(opts.families ? opts.families : 1, sizeof *fams);
  gs_population *pop = NULL;
  if (fams == NULL || gs_population_new(&pop, &opts) != GS_OK)
    return fail("population");
  size_t n = 0;
  for (;;) {
    gs_family *f = NULL;
    if (gs_population_next(pop, &f) != GS_OK)
      return fail("generate");
    if (f == NULL)
      break;
    fams[n++] = f;
  }
  gs_population_free(pop);

  double best = -1;
  long long sum = 0;
  size_t rows = 0;
  for (int r = 0; r < repeat; r++) {
    gs_summary *s = NULL;
    double t0 = now();
    if (gs_summary_from_families(&s, (const gs_family *const *)fams, n, opts.as_of, pack,
                                 catalog) != GS_OK)
      return fail("gs_summary_from_families");
    double t = now() - t0;
    if (best < 0 || t < best)
      best = t;
    rows = gs_summary_rows(s);
    sum = checksum(s);
    gs_summary_free(s);
  }
  printf("memory %.6f %zu %lld\n", best, rows, sum);
  for (size_t i = 0; i < n; i++)
    gs_family_free(fams[i]);
  free(fams);

  if (argc > 5) {
    gs_summary *s = NULL;
    double t0 = now();
    if (gs_summary_from_file(&s, argv[5], opts.as_of, pack, catalog) != GS_OK)
      return fail("gs_summary_from_file");
    double t = now() - t0;
    printf("file %.6f %zu %lld\n", t, gs_summary_rows(s), checksum(s));
    gs_summary_free(s);
  }
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  return 0;
}
