/*
 * libgoedestart - writes the survival subjects of a generated population
 * (group,time,event; tests/survival-r/population.csv), the library side of
 * the comparison with R (expected.R).
 *
 *   make-population [FAMILIES [SEED]] > population.csv
 *
 * Defaults: 20000 families, seed 42, as of 2026-01-01, grouped by
 * municipality, horizon 548 days, groups of at least 5 children.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>

#include <goedestart/goedestart.h>

static void check(gs_status st, const char *what) {
  if (st != GS_OK) {
    fprintf(stderr, "make-population: %s: %s\n", what, gs_error_format(gs_error_last()));
    exit(1);
  }
}

int main(int argc, char **argv) {
  gs_population_options po;
  gs_population_options_init(&po);
  po.families = argc > 1 ? strtoull(argv[1], NULL, 10) : 20000;
  po.seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 42;
  check(gs_date_from_ymd(&po.as_of, 2026, 1, 1), "as-of date");
  gs_survival_options so;
  gs_survival_options_init(&so);
  so.as_of = po.as_of;
  gs_population *pop;
  gs_survival *s;
  check(gs_population_new(&pop, &po), "generator");
  check(gs_survival_new(&s, &so, NULL, NULL), "survival");
  for (;;) {
    gs_family *f = NULL;
    check(gs_population_next(pop, &f), "next family");
    if (f == NULL)
      break;
    check(gs_survival_add(s, f), "add");
    gs_family_free(f);
  }
  check(gs_survival_finish(s), "finish");
  char *csv;
  size_t len;
  check(gs_survival_write_subjects_csv(s, &csv, &len), "write");
  fwrite(csv, 1, len, stdout);
  gs_free(csv);
  gs_survival_free(s);
  gs_population_free(pop);
  return 0;
}
