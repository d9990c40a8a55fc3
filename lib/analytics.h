/*
 * libgoedestart - internal: the machinery shared by the population
 * analytics (indicators.md): survival.c (Kaplan-Meier, weighted log-rank
 * tests, the chi-square tail, the time-to-event of a child, groups, label
 * tables and the streaming of a dossier file), indicators.c and export.c.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Kaplan-Meier input is kept as exact integer counts per whole day
 * (events and censorings at time t), so a group of any size takes memory
 * proportional to its longest time only, tied times are exact, and the
 * order "events before censorings at a tied time" is built in.
 */
#ifndef GSI_ANALYTICS_H
#define GSI_ANALYTICS_H

#include "catalog.h"
#include "goedestart/gs-export.h"
#include "goedestart/gs-indicators.h"
#include "goedestart/gs-survival.h"
#include "model.h"

/* ---- a string -> index map (open addressing; keys borrowed) ------------ */

typedef struct gsi_strmap_slot {
  const char *key;              /* NULL: empty */
  uint32_t hash;
  uint32_t value;
} gsi_strmap_slot;

typedef struct gsi_strmap {
  gsi_strmap_slot *slots;
  size_t cap;                   /* 0 or a power of two */
  size_t n;
} gsi_strmap;

uint32_t gsi_strhash(const char *s);
/* Makes room for n entries in total, so that the next puts up to n do not
 * allocate. GS_ENOMEM leaves the map as it was. */
gs_status gsi_strmap_reserve(gsi_strmap *m, size_t n);
/* The value of key, or -1. */
int64_t gsi_strmap_get(const gsi_strmap *m, const char *key);
/* Inserts (or replaces) key; room must have been reserved. */
void gsi_strmap_put(gsi_strmap *m, const char *key, uint32_t value);
void gsi_strmap_clear(gsi_strmap *m);   /* keeps the memory */
void gsi_strmap_free(gsi_strmap *m);

/* ---- Kaplan-Meier counts and curves (survival.c) ---------------------- */

typedef struct gsi_km {
  uint64_t *events;             /* events at time t */
  uint64_t *censored;           /* censorings at time t */
  size_t len;                   /* times 0 .. len-1 are addressable */
  uint64_t subjects;
  uint64_t n_events;
} gsi_km;

/* Makes time t addressable (zero counts). GS_ENOMEM leaves k unchanged. */
gs_status gsi_km_reserve(gsi_km *k, int32_t t);
/* Adds count subjects with time t (reserved), event or censored. */
void gsi_km_put(gsi_km *k, int32_t t, bool event, uint64_t count);
/* Adds src to dst (dst reserved to src->len - 1). */
void gsi_km_merge(gsi_km *dst, const gsi_km *src);
void gsi_km_free(gsi_km *k);

typedef struct gsi_km_row {
  int32_t time;
  uint64_t at_risk, events, censored;
  double survival, se, lower, upper;   /* NaN when undefined */
} gsi_km_row;

/* Number of distinct event times. */
size_t gsi_km_event_times(const gsi_km *k);
/* Fills one row per distinct event time (gsi_km_event_times rows):
 * Kaplan-Meier survival, Greenwood standard error of the survival and the
 * 95% log-log confidence interval. */
void gsi_km_curve(const gsi_km *k, gsi_km_row *rows);
/* The Kaplan-Meier median as R's survfit computes it (indicators.md): the
 * smallest time with S <= 0.5, the midpoint when S is exactly 0.5 over an
 * interval, with R's tolerance of 2^-26; NaN when never reached. */
double gsi_km_median(const gsi_km *k);
/* The same rule over n values y at increasing times (NaN values skipped):
 * the median of a curve or a limit from one of its bands. */
double gsi_km_median_of(const int32_t *times, const double *y, size_t n);
/* The survival just after time t (the product over event times <= t); 1
 * without events up to t. */
double gsi_km_survival_at(const gsi_km *k, int32_t t);

/* Weighted log-rank test over groups (Klein & Moeschberger 7.3): weight
 * GS_TEST_*. Groups whose expected count is 0 leave the test; df = the
 * number left minus 1. Returns false (no test) with fewer than two left.
 * scratch holds at least n*n + 3n long doubles, groups n pointers. */
bool gsi_km_test(const gsi_km *const *all, size_t n, gs_survival_test test,
                 long double *scratch, const gsi_km **groups, double *chisq, int *df,
                 double *p);

/* Upper tail of the chi-square distribution with df degrees of freedom:
 * the regularised incomplete gamma Q(df/2, x/2). */
double gsi_chisq_upper(double x, double df);
/* Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 - P. */
double gsi_gamma_p(double a, double x);
double gsi_gamma_q(double a, double x);
/* log Gamma(x) for x > 0 (Lanczos). */
double gsi_lgamma(double x);

/* ---- the time-to-event of a child (indicators.md "Survival analysis") -- */

/* Whether the child counts (born on or after enrolled, on or before as_of);
 * then its time in days and whether it is an event (else censored). */
bool gsi_child_event(const gs_family *f, size_t child, gs_date as_of, int32_t horizon,
                     int32_t *time, bool *event);

/* ---- groups ------------------------------------------------------------ */

/* The group name of a family: "GMnnnn", the province token (catalogue,
 * else library table, else "unknown"), "all", or its label (NULL when the
 * family has none). Borrowed from the family, the labels or static. */
const char *gsi_group_name(gs_group_by by, const gs_catalog *catalog, const gs_labels *labels,
                           const gs_family *f);

/* Formats a double with up to 10 significant digits ("" for NaN). */
void gsi_format_g10(double v, char *buf, size_t size);

/* ---- streaming a dossier file (the *_add_file functions) ---------------- */

/* Takes one family; the family is freed after the call. */
typedef gs_status (*gsi_family_fn)(void *ctx, const gs_family *f);

/* Reads the dossier file at path one family at a time (flat memory) and
 * passes each to add(ctx, family). Stops at the first error: the reader's,
 * or add's with the family's id put in front of its message. */
gs_status gsi_dossier_file_each(const char *path, gsi_family_fn add, void *ctx);

/* ---- small-cell suppression (suppress.c) ------------------------------- */

/* A publication table as cells (counts) and lines (a total cell and the
 * member cells that add up to it), settled by indicators.md
 * "Small-cell suppression": primary suppression of every cell 1..k-1,
 * then rounds over the lines, in the order they were added, until a round
 * suppresses nothing. Lines are stored flat: total, member count, members. */
typedef struct gsi_cells {
  const int64_t *value;         /* n cells, borrowed */
  bool *suppressed;             /* n cells, in/out */
  size_t n;
  uint32_t *lines;              /* flat line encoding */
  size_t n_lines, len, cap;
} gsi_cells;

/* Appends a line; members with a negative index are skipped. */
gs_status gsi_cells_line(gsi_cells *c, int64_t total, const int64_t *members, size_t n_members);
/* Primary suppression of every cell 1..k-1 (a negative value is no cell
 * and never suppressed), then the rounds over the lines. */
void gsi_cells_settle(gsi_cells *c, int k);
void gsi_cells_free(gsi_cells *c);

/* ---- randomness (export.c) --------------------------------------------- */

/* The source of the pseudonyms and date shifts: the OS CSPRNG
 * (getrandom(2), else /dev/urandom). Tests only may replace it with a
 * deterministic one (never part of the public API); NULL restores the
 * CSPRNG. Not thread-safe: set it before any export runs. */
typedef gs_status (*gsi_random_fn)(void *user_data, unsigned char *buf, size_t n);
void gsi_set_random_source(gsi_random_fn fn, void *user_data);
gs_status gsi_random_bytes(unsigned char *buf, size_t n);

#endif /* GSI_ANALYTICS_H */
