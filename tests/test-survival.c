/*
 * libgoedestart - tests of the survival analysis (spec/indicators.md
 * "Survival analysis"): Kaplan-Meier curves and the weighted log-rank tests
 * against R's survival package (tests/survival-r/, expected numbers
 * committed, R not needed), the event and censoring rules on hand-built
 * families, groups, label tables, numerical care for 10^6 subjects, the
 * incomplete gamma function, OOM sweeps.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "analytics.h"

#define R_DIR GST_DATA_DIR "/../survival-r/"
#define TOL 1e-6

static gs_date D(const char *s) {
  gs_date d;
  ck_assert_int_eq(gs_date_parse(&d, s), GS_OK);
  return d;
}

/* ---- reading the committed CSV files (no quoting in them) ---------------- */

typedef struct csv_table {
  char *data;
  char **cells;
  size_t rows, cols;
} csv_table;

static void csv_load(csv_table *t, const char *path) {
  size_t len;
  t->data = gst_read(path, &len);
  t->rows = t->cols = 0;
  size_t cap = 1024;
  t->cells = malloc(cap * sizeof *t->cells);
  char *p = t->data;
  size_t cols = 0, n = 0;
  while (*p) {
    char *line = p;
    char *end = strchr(p, '\n');
    if (end) {
      *end = '\0';
      p = end + 1;
    } else {
      p += strlen(p);
    }
    size_t l = strlen(line);
    if (l > 0 && line[l - 1] == '\r')
      line[--l] = '\0';
    if (l == 0)
      continue;
    size_t c = 0;
    for (char *f = line;; c++) {
      char *comma = strchr(f, ',');
      if (n + 1 >= cap) {
        cap *= 2;
        t->cells = realloc(t->cells, cap * sizeof *t->cells);
      }
      t->cells[n++] = f;
      if (comma == NULL)
        break;
      *comma = '\0';
      f = comma + 1;
    }
    if (cols == 0)
      cols = c + 1;
    ck_assert_uint_eq(c + 1, cols);
    t->rows++;
  }
  t->cols = cols;
}

static const char *cell(const csv_table *t, size_t r, size_t c) {
  return t->cells[r * t->cols + c];
}

static void csv_free(csv_table *t) {
  free(t->cells);
  free(t->data);
}

/* Compares a number with R's; an empty R cell means undefined (NaN). */
static void assert_close(double mine, const char *r, const char *what, size_t row) {
  if (r[0] == '\0') {
    ck_assert_msg(isnan(mine), "%s row %zu: expected undefined, got %.12g", what, row, mine);
    return;
  }
  double v = strtod(r, NULL);
  ck_assert_msg(fabs(mine - v) <= TOL * (fabs(v) > 1 ? fabs(v) : 1),
                "%s row %zu: %.12g, R says %.12g", what, row, mine, v);
}

/* Feeds group,time,event rows into a new analysis and finishes it. */
static gs_survival *survival_from_csv(const char *path, int horizon, int min_group) {
  csv_table in;
  csv_load(&in, path);
  gs_survival_options o;
  gs_survival_options_init(&o);
  o.as_of = D("2026-01-01");
  o.horizon = horizon;
  o.min_group = min_group;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  for (size_t r = 1; r < in.rows; r++)
    ck_assert_int_eq(gs_survival_add_observation(s, cell(&in, r, 0), atoi(cell(&in, r, 1)),
                                                 atoi(cell(&in, r, 2)), 1),
                     GS_OK);
  csv_free(&in);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  return s;
}

/* Every Kaplan-Meier row and every test against R's numbers. */
static void compare_with_r(const gs_survival *s, const char *km_path, const char *tests_path) {
  csv_table km, te;
  csv_load(&km, km_path);
  csv_load(&te, tests_path);
  ck_assert_str_eq(cell(&km, 0, 0), "group");
  size_t row = 1, checked = 0;
  for (size_t g = 0; g < gs_survival_group_count(s); g++) {
    if (!gs_survival_group_included(s, g))
      continue;
    for (size_t r = 0; r < gs_survival_km_count(s, g); r++, row++) {
      ck_assert_msg(row < km.rows, "more Kaplan-Meier rows than R has");
      ck_assert_str_eq(cell(&km, row, 0), gs_survival_group_name(s, g));
      ck_assert_int_eq(gs_survival_km_time(s, g, r), atoi(cell(&km, row, 1)));
      ck_assert_uint_eq(gs_survival_km_at_risk(s, g, r), strtoull(cell(&km, row, 2), NULL, 10));
      ck_assert_uint_eq(gs_survival_km_events(s, g, r), strtoull(cell(&km, row, 3), NULL, 10));
      ck_assert_uint_eq(gs_survival_km_censored(s, g, r), strtoull(cell(&km, row, 4), NULL, 10));
      assert_close(gs_survival_km_survival(s, g, r), cell(&km, row, 5), "survival", row);
      assert_close(gs_survival_km_se(s, g, r), cell(&km, row, 6), "se", row);
      assert_close(gs_survival_km_lower(s, g, r), cell(&km, row, 7), "lower", row);
      assert_close(gs_survival_km_upper(s, g, r), cell(&km, row, 8), "upper", row);
      checked++;
    }
  }
  ck_assert_uint_eq(row, km.rows);
  ck_assert_uint_gt(checked, 10);
  ck_assert_uint_eq(gs_survival_test_count(s), te.rows - 1);
  for (size_t i = 0; i < gs_survival_test_count(s); i++) {
    ck_assert_str_eq(gs_survival_test_name(s, i), cell(&te, i + 1, 0));
    assert_close(gs_survival_test_chisq(s, i), cell(&te, i + 1, 1), "chisq", i);
    ck_assert_int_eq(gs_survival_test_df(s, i), atoi(cell(&te, i + 1, 2)));
    assert_close(gs_survival_test_p(s, i), cell(&te, i + 1, 3), "p", i);
  }
  csv_free(&km);
  csv_free(&te);
}

START_TEST(aml_matches_r)
{
  /* survival::aml (Miller 1981): weeks as days, no horizon in the way */
  gs_survival *s = survival_from_csv(R_DIR "aml.csv", 100000, 1);
  ck_assert_uint_eq(gs_survival_group_count(s), 2);
  ck_assert_str_eq(gs_survival_group_name(s, 0), "Maintained");
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 11);
  ck_assert_uint_eq(gs_survival_group_subjects(s, 1), 12);
  compare_with_r(s, R_DIR "aml-km.csv", R_DIR "aml-tests.csv");
  /* the published log-rank: chisq 3.4 on 1 df, p = 0.07 */
  ck_assert(fabs(gs_survival_test_chisq(s, 0) - 3.396) < 1e-3);
  gs_survival_free(s);
}
END_TEST

START_TEST(population_matches_r)
{
  /* the subjects of a generated population (make-population.c), 11 groups */
  gs_survival *s = survival_from_csv(R_DIR "population.csv", GS_SURVIVAL_HORIZON_DEFAULT, 5);
  ck_assert_uint_eq(gs_survival_group_count(s), 11);
  compare_with_r(s, R_DIR "population-km.csv", R_DIR "population-tests.csv");
  ck_assert_int_eq(gs_survival_test_df(s, 0), 10);
  gs_survival_free(s);
}
END_TEST

/* A group whose children all leave before the first event has expected 0:
 * it leaves the test, df = 1 (R: survdiff chisq 1.76885629505091 on 1 df,
 * p 0.183523684882529; counting it in the df gave p 0.41). */
START_TEST(expected_zero_leaves_the_test)
{
  static const int ta[] = { 10, 12, 20, 25, 30, 40 }, ea[] = { 1, 1, 1, 1, 0, 1 };
  static const int tb[] = { 11, 15, 16, 50, 60, 70 }, eb[] = { 1, 0, 1, 1, 1, 0 };
  gs_survival_options o;
  gs_survival_options_init(&o);
  o.as_of = D("2026-01-01");
  o.min_group = 1;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  for (int i = 0; i < 6; i++) {
    ck_assert_int_eq(gs_survival_add_observation(s, "a", ta[i], ea[i], 1), GS_OK);
    ck_assert_int_eq(gs_survival_add_observation(s, "b", tb[i], eb[i], 1), GS_OK);
  }
  for (int t = 1; t <= 5; t++)
    ck_assert_int_eq(gs_survival_add_observation(s, "c", t, 0, 1), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_test_count(s), 3);
  ck_assert_int_eq(gs_survival_test_df(s, 0), 1);
  assert_close(gs_survival_test_chisq(s, 0), "1.76885629505091", "chisq", 0);
  assert_close(gs_survival_test_p(s, 0), "0.183523684882529", "p", 0);
  gs_survival_free(s);
}
END_TEST

/* The median and its interval as R prints them: print(survfit(Surv(time,
 * status) ~ x, aml, conf.type = "log-log")) gives 31 (13, NA) and 23
 * (5, 33). */
START_TEST(aml_summary_matches_r)
{
  gs_survival *s = survival_from_csv(R_DIR "aml.csv", 100000, 1);
  ck_assert(gs_survival_summary_median(s, 0) == 31 && gs_survival_summary_lower(s, 0) == 13);
  ck_assert(isnan(gs_survival_summary_upper(s, 0)));
  ck_assert(gs_survival_summary_median(s, 1) == 23 && gs_survival_summary_lower(s, 1) == 5 &&
            gs_survival_summary_upper(s, 1) == 33);
  char *csv;
  ck_assert_int_eq(gs_survival_write_summary_csv(s, &csv, NULL), GS_OK);
  ck_assert_str_eq(csv, "group,n,events,median,lower,upper,left_out\r\n"
                        "Maintained,11,7,31,13,,0\r\nNonmaintained,12,11,23,5,33,0\r\n");
  gs_free(csv);
  gs_survival_free(s);
}
END_TEST

START_TEST(csv_writers)
{
  gs_survival *s = survival_from_csv(R_DIR "aml.csv", 100000, 1);
  char *km, *tests;
  size_t len;
  ck_assert_int_eq(gs_survival_write_km_csv(s, &km, &len), GS_OK);
  ck_assert_uint_eq(strlen(km), len);
  const char *head = "group,time,at_risk,events,censored,survival,se,lower,upper\r\n";
  ck_assert(strncmp(km, head, strlen(head)) == 0);
  /* 10 significant digits; undefined bounds empty */
  ck_assert_ptr_nonnull(strstr(km, "\r\nMaintained,9,11,1,0,0.9090909091,0.0866784172,0.5080802058,"
                                   "0.9866738227\r\n"));
  ck_assert_ptr_nonnull(strstr(km, "\r\nNonmaintained,45,1,1,0,0,,,\r\n"));
  ck_assert_int_eq(gs_survival_write_tests_csv(s, &tests, NULL), GS_OK);
  ck_assert_str_eq(tests, "test,chisq,df,p\r\n"
                          "log-rank,3.396388699,1,0.06533932204\r\n"
                          "tarone-ware,2.981603622,1,0.08421579428\r\n"
                          "gehan-breslow,2.723311547,1,0.09889265137\r\n");
  /* deterministic: the same input gives the same bytes */
  gs_survival *s2 = survival_from_csv(R_DIR "aml.csv", 100000, 1);
  char *km2;
  ck_assert_int_eq(gs_survival_write_km_csv(s2, &km2, NULL), GS_OK);
  ck_assert_str_eq(km, km2);
  /* the subjects round-trip */
  char *subj;
  ck_assert_int_eq(gs_survival_write_subjects_csv(s, &subj, NULL), GS_OK);
  const char *first = "group,time,event\r\nMaintained,9,1\r\nMaintained,13,1\r\n"
                      "Maintained,13,0\r\n";
  ck_assert(strncmp(subj, first, strlen(first)) == 0);
  gs_free(km);
  gs_free(km2);
  gs_free(tests);
  gs_free(subj);
  gs_survival_free(s);
  gs_survival_free(s2);
}
END_TEST

START_TEST(ties_events_before_censorings)
{
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.min_group = 1;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  ck_assert_int_eq(gs_survival_add_observation(s, "A", 5, 1, 2), GS_OK);
  ck_assert_int_eq(gs_survival_add_observation(s, "A", 5, 0, 1), GS_OK);
  ck_assert_int_eq(gs_survival_add_observation(s, "A", 10, 1, 1), GS_OK);
  /* after the horizon: censored at the horizon */
  ck_assert_int_eq(gs_survival_add_observation(s, "A", 600, 1, 1), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 5);
  ck_assert_uint_eq(gs_survival_group_events(s, 0), 3);
  ck_assert_uint_eq(gs_survival_km_count(s, 0), 2);
  /* at t = 5 all five are at risk, the censored one included */
  ck_assert_int_eq(gs_survival_km_time(s, 0, 0), 5);
  ck_assert_uint_eq(gs_survival_km_at_risk(s, 0, 0), 5);
  ck_assert_uint_eq(gs_survival_km_events(s, 0, 0), 2);
  ck_assert_uint_eq(gs_survival_km_censored(s, 0, 0), 1);
  ck_assert_double_eq_tol(gs_survival_km_survival(s, 0, 0), 0.6, 1e-15);
  /* Greenwood: S * sqrt(2 / (5 * 3)) */
  ck_assert_double_eq_tol(gs_survival_km_se(s, 0, 0), 0.6 * sqrt(2.0 / 15.0), 1e-15);
  ck_assert_uint_eq(gs_survival_km_at_risk(s, 0, 1), 2);
  ck_assert_double_eq_tol(gs_survival_km_survival(s, 0, 1), 0.3, 1e-15);
  ck_assert_int_eq(gs_survival_group_median(s, 0), 10);
  /* one group: no test */
  ck_assert_uint_eq(gs_survival_test_count(s), 0);
  char *tests;
  ck_assert_int_eq(gs_survival_write_tests_csv(s, &tests, NULL), GS_OK);
  ck_assert_str_eq(tests, "test,chisq,df,p\r\n");
  gs_free(tests);
  /* finished: nothing more can be added */
  ck_assert_int_eq(gs_survival_add_observation(s, "A", 1, 1, 1), GS_ESTATE);
  ck_assert_int_eq(gs_survival_finish(s), GS_ESTATE);
  gs_survival_free(s);
}
END_TEST

START_TEST(million_subjects)
{
  /* 10^6 subjects, 1000 events a day for 999 days, no censoring: the
   * Kaplan-Meier product telescopes to 1 - 1000 (t + 1) / 10^6 */
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.horizon = 2000;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  for (int t = 0; t < 1000; t++) {
    ck_assert_int_eq(gs_survival_add_observation(s, "a", t, 1, 1000), GS_OK);
    ck_assert_int_eq(gs_survival_add_observation(s, "b", t, 1, 1000), GS_OK);
  }
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 1000000);
  for (size_t r = 0; r < 999; r += 37) {
    double expect = 1.0 - 1000.0 * (double)(r + 1) / 1e6;
    ck_assert_double_eq_tol(gs_survival_km_survival(s, 0, r), expect, 1e-13);
  }
  ck_assert_int_eq(gs_survival_group_median(s, 0), 499);
  /* identical groups: observed equals expected exactly */
  for (size_t i = 0; i < 3; i++) {
    ck_assert(gs_survival_test_chisq(s, i) < 1e-18);
    ck_assert_double_eq_tol(gs_survival_test_p(s, i), 1.0, 1e-12);
  }
  gs_survival_free(s);
}
END_TEST

START_TEST(incomplete_gamma)
{
  /* Q(1, x) = exp(-x); Q(1/2, x) = erfc(sqrt(x)) */
  for (double x = 0.01; x < 60; x *= 1.7) {
    ck_assert_double_eq_tol(gsi_gamma_q(1.0, x), exp(-x), 1e-14 * (1 + exp(-x)));
    double q = gsi_gamma_q(0.5, x), e = erfc(sqrt(x));
    ck_assert_msg(fabs(q - e) <= 1e-13 * e + 1e-300, "Q(0.5, %g) = %.17g, erfc %.17g", x, q, e);
    ck_assert_double_eq_tol(gsi_gamma_p(0.5, x) + q, 1.0, 1e-15);
  }
  /* chi-square critical values */
  ck_assert_double_eq_tol(gsi_chisq_upper(3.841458820694124, 1), 0.05, 1e-13);
  ck_assert_double_eq_tol(gsi_chisq_upper(18.307038053275146, 10), 0.05, 1e-13);
  ck_assert_double_eq_tol(gsi_chisq_upper(6.634896601021214, 1), 0.01, 1e-13);
  ck_assert_double_eq(gsi_chisq_upper(0.0, 3), 1.0);
  /* far tail stays relative-accurate: Q(5, 100) = exp(-100) * sum_{k<5} 100^k/k! */
  double tail = exp(-100.0) * (1 + 100 + 5000 + 1e6 / 6 + 1e8 / 24);
  ck_assert(fabs(gsi_gamma_q(5.0, 100.0) - tail) <= 1e-12 * tail);
  ck_assert_double_eq_tol(gsi_lgamma(0.5), 0.5 * log(3.14159265358979323846), 1e-14);
  ck_assert_double_eq_tol(gsi_lgamma(10.0), log(362880.0), 1e-13);
  ck_assert(isnan(gsi_gamma_q(0.0, 1.0)));
}
END_TEST

/* ---- the event rules on a hand-built family -------------------------------- */

static gs_family *event_family(void) {
  gs_family *f;
  ck_assert_int_eq(gs_family_new(&f, "F1", "GM0037", D("2024-01-01")), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C1", D("2024-03-01"), NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C2", D("2023-12-01"), NULL), GS_OK); /* before enrolment */
  ck_assert_int_eq(gs_family_add_child(f, "C3", D("2025-02-01"), NULL), GS_OK);
  /* before C1's birth, about the family: does not count for C1 */
  ck_assert_int_eq(gs_family_add_contact(f, "K1", D("2024-02-20"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_DMOP, GS_DMOP_PARENT_COMPETENCE,
                                         GS_RATING_NOT_GOOD), GS_OK);
  /* about a caregiver: never counts */
  ck_assert_int_eq(gs_family_add_contact(f, "K2", D("2024-04-10"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, "P1"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K2", GS_FINDING_GIZ, GS_GIZ_EMOTIONAL_DEVELOPMENT, 4),
                   GS_OK);
  /* about C1 but nothing that counts: GIZ area 8, DMOP fair, consult attention */
  ck_assert_int_eq(gs_family_add_contact(f, "K3", D("2024-05-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, "C1"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K3", GS_FINDING_GIZ, GS_GIZ_MUTUAL_SUPPORT, 5), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K3", GS_FINDING_DMOP, GS_DMOP_CHILD_WELLBEING,
                                         GS_RATING_FAIR), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K3", GS_FINDING_CONSULT, 0, GS_CONSULT_ATTENTION),
                   GS_OK);
  /* about the family, GIZ parenthood-experience (area 7) at 3: C1's event */
  ck_assert_int_eq(gs_family_add_contact(f, "K4", D("2024-06-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K4", GS_FINDING_GIZ, GS_GIZ_PARENTHOOD_EXPERIENCE, 3),
                   GS_OK);
  /* about C1 (a sibling for C3): consult problem */
  ck_assert_int_eq(gs_family_add_contact(f, "K5", D("2025-03-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, "C1"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K5", GS_FINDING_CONSULT, 0, GS_CONSULT_PROBLEM),
                   GS_OK);
  /* about C3: DMOP not-good, 120 days after its birth */
  ck_assert_int_eq(gs_family_add_contact(f, "K6", D("2025-06-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, "C3"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K6", GS_FINDING_DMOP, GS_DMOP_CHILD_WELLBEING,
                                         GS_RATING_NOT_GOOD), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  return f;
}

START_TEST(event_rules)
{
  gs_family *f = event_family();
  int32_t t;
  bool ev;
  /* C1: the family contact K4 (92 days), not K1 (before birth), K2
   * (caregiver) or K3 (nothing that counts) */
  ck_assert(gsi_child_event(f, 0, D("2026-01-01"), 548, &t, &ev));
  ck_assert(ev);
  ck_assert_int_eq(t, 92);
  /* C2 was born before the family enrolled: left out */
  ck_assert(!gsi_child_event(f, 1, D("2026-01-01"), 548, &t, &ev));
  /* C3: K5 is about a sibling; K6 after the as-of date does not count yet */
  ck_assert(gsi_child_event(f, 2, D("2025-05-01"), 548, &t, &ev));
  ck_assert(!ev);
  ck_assert_int_eq(t, 89);
  ck_assert(gsi_child_event(f, 2, D("2026-01-01"), 548, &t, &ev));
  ck_assert(ev);
  ck_assert_int_eq(t, 120);
  /* an event after the horizon is censored at the horizon */
  ck_assert(gsi_child_event(f, 2, D("2026-01-01"), 100, &t, &ev));
  ck_assert(!ev);
  ck_assert_int_eq(t, 100);
  /* a child born after the as-of date is not there yet */
  ck_assert(!gsi_child_event(f, 2, D("2025-01-31"), 548, &t, &ev));
  /* no event: censored at min(as_of - born, horizon) */
  ck_assert(gsi_child_event(f, 0, D("2024-05-31"), 548, &t, &ev));
  ck_assert(!ev);
  ck_assert_int_eq(t, 91);

  /* through the analysis: two children of GM0037 */
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.min_group = 1;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  ck_assert_int_eq(gs_survival_add(s, f), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(s), 1);
  ck_assert_str_eq(gs_survival_group_name(s, 0), "GM0037");
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 2);
  ck_assert_int_eq(gs_survival_km_time(s, 0, 0), 92);
  ck_assert_int_eq(gs_survival_km_time(s, 0, 1), 120);
  gs_survival_free(s);
  gs_family_free(f);
}
END_TEST

static gs_family *small_family(const char *id, const char *muni, const char *born) {
  gs_family *f;
  ck_assert_int_eq(gs_family_new(&f, id, muni, D("2020-01-01")), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C1", D(born), NULL), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  return f;
}

START_TEST(groupings)
{
  gs_family *a = small_family("A", "GM0037", "2025-01-01");   /* Stadskanaal, GR */
  gs_family *b = small_family("B", "GM0114", "2025-02-01");   /* Emmen, DR */
  gs_family *c = small_family("C", "GM9999", "2025-03-01");   /* unknown province */
  const gs_family *fams[3] = { a, b, c };
  static const char *const by_province[] = { "DR", "GR", "unknown" };
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.min_group = 0;
  o.group_by = GS_GROUP_BY_PROVINCE;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  for (int i = 0; i < 3; i++)
    ck_assert_int_eq(gs_survival_add(s, fams[i]), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(s), 3);
  for (size_t g = 0; g < 3; g++)
    ck_assert_str_eq(gs_survival_group_name(s, g), by_province[g]);
  /* three groups without events: every expected count is 0, no test (R's
   * survdiff has no statistic; not p = 1), the tests table is its header */
  ck_assert_uint_eq(gs_survival_test_count(s), 0);
  char *tests;
  ck_assert_int_eq(gs_survival_write_tests_csv(s, &tests, NULL), GS_OK);
  ck_assert_str_eq(tests, "test,chisq,df,p\r\n");
  gs_free(tests);
  gs_survival_free(s);

  /* none: one group `all`, no test */
  o.group_by = GS_GROUP_BY_NONE;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  for (int i = 0; i < 3; i++)
    ck_assert_int_eq(gs_survival_add(s, fams[i]), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(s), 1);
  ck_assert_str_eq(gs_survival_group_name(s, 0), "all");
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 3);
  ck_assert_uint_eq(gs_survival_test_count(s), 0);
  gs_survival_free(s);

  /* labels: C has none and is left out; groups below k are left out */
  gs_labels *l;
  const char *csv = "\xEF\xBB\xBF" "family,label\r\nA,\"pilot, north\"\r\nB,control\n\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, csv, strlen(csv), "groups.csv"), GS_OK);
  ck_assert_uint_eq(gs_labels_count(l), 2);
  ck_assert_str_eq(gs_labels_get(l, "A"), "pilot, north");
  ck_assert_ptr_null(gs_labels_get(l, "C"));
  o.group_by = GS_GROUP_BY_LABEL;
  o.min_group = 2;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_EINVAL); /* labels required */
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, l), GS_OK);
  for (int i = 0; i < 3; i++)
    ck_assert_int_eq(gs_survival_add(s, fams[i]), GS_OK);
  ck_assert_int_eq(gs_survival_add(s, a), GS_OK); /* twice: two children in "pilot, north" */
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(s), 2);
  ck_assert_str_eq(gs_survival_group_name(s, 0), "control");
  ck_assert_int_eq(gs_survival_group_included(s, 0), 0);   /* 1 child < 2 */
  ck_assert_uint_eq(gs_survival_km_count(s, 0), 0);
  ck_assert_int_eq(gs_survival_group_median(s, 0), -1);
  ck_assert_str_eq(gs_survival_group_name(s, 1), "pilot, north");
  ck_assert_int_eq(gs_survival_group_included(s, 1), 1);
  ck_assert_uint_eq(gs_survival_test_count(s), 0);         /* one group left */
  char *subj;
  ck_assert_int_eq(gs_survival_write_subjects_csv(s, &subj, NULL), GS_OK);
  ck_assert_str_eq(subj, "group,time,event\r\n\"pilot, north\",365,0\r\n\"pilot, north\",365,0\r\n");
  gs_free(subj);
  gs_survival_free(s);
  gs_labels_free(l);
  gs_family_free(a);
  gs_family_free(b);
  gs_family_free(c);
}
END_TEST

START_TEST(label_errors)
{
  gs_labels *l = NULL;
  const char *bad_header = "id,group\r\nA,x\r\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, bad_header, strlen(bad_header), "g.csv"),
                   GS_EPARSE);
  gst_assert_error(GS_EPARSE, "header must be 'family,label'", 1, 1);
  const char *dup = "family,label\nA,x\nB,y\nA,z\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, dup, strlen(dup), "g.csv"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "family A is listed twice", 4, 1);
  ck_assert_str_eq(gs_error_file(gs_error_last()), "g.csv");
  const char *open_quote = "family,label\nA,\"x\nB,y\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, open_quote, strlen(open_quote), "g.csv"),
                   GS_EPARSE);
  gst_assert_error(GS_EPARSE, "not closed", 2, 3);
  const char *three = "family,label\nA,x,y\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, three, strlen(three), NULL), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "more than two fields", 2, 0);
  const char *empty_label = "family,label\nA,\n";
  ck_assert_int_eq(gs_labels_load_csv_memory(&l, empty_label, strlen(empty_label), NULL),
                   GS_EPARSE);
  gst_assert_error(GS_EPARSE, "label must be 1-64 bytes", 2, 1);
  ck_assert_ptr_null(l);
  ck_assert_int_eq(gs_labels_load_csv_file(&l, "/nonexistent/groups.csv"), GS_EIO);
  /* the table API */
  ck_assert_int_eq(gs_labels_new(&l), GS_OK);
  ck_assert_int_eq(gs_labels_set(l, "A", "x"), GS_OK);
  ck_assert_int_eq(gs_labels_set(l, "A", "y"), GS_EINVAL);
  ck_assert_int_eq(gs_labels_set(l, "B", ""), GS_EINVAL);
  ck_assert_str_eq(gs_labels_get(l, "A"), "x");
  ck_assert_uint_eq(gs_labels_count(l), 1);
  gs_labels_free(l);
}
END_TEST

START_TEST(bad_arguments)
{
  gs_survival *s = NULL;
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_EINVAL); /* no as-of date */
  o.as_of = D("2026-01-01");
  o.version = 99;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_EVERSION);
  o.version = GS_SURVIVAL_OPTIONS_VERSION;
  o.horizon = -1;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_EINVAL);
  o.horizon = 548;
  o.group_by = 9;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_EINVAL);
  ck_assert_ptr_null(s);
  gs_survival_options_init(&o);
  ck_assert_int_eq(o.horizon, 548);
  ck_assert_int_eq(o.min_group, 5);
  ck_assert_int_eq(o.group_by, GS_GROUP_BY_MUNICIPALITY);
  o.as_of = D("2026-01-01");
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  ck_assert_int_eq(gs_survival_add_observation(s, "a", -1, 1, 1), GS_EINVAL);
  ck_assert_int_eq(gs_survival_add_observation(s, "a", 1, 2, 1), GS_EINVAL);
  ck_assert_int_eq(gs_survival_add_observation(s, "a", 1, 1, 0), GS_EINVAL);
  ck_assert_int_eq(gs_survival_add_observation(s, "", 1, 1, 1), GS_EINVAL);
  char *out = NULL;
  ck_assert_int_eq(gs_survival_write_km_csv(s, &out, NULL), GS_ESTATE);
  ck_assert_uint_eq(gs_survival_group_count(s), 0);
  ck_assert(isnan(gs_survival_km_survival(s, 0, 0)));
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(s), 0);
  ck_assert_ptr_null(gs_survival_group_name(s, 0));
  ck_assert_int_eq(gs_survival_km_time(s, 0, 0), -1);
  ck_assert_ptr_null(gs_survival_test_name(s, 0));
  gs_survival_free(s);
  gs_survival_free(NULL);
  gs_labels_free(NULL);
}
END_TEST

static char *write_temp(const char *text) {
  char *path = strdup("/tmp/gs-survival-XXXXXX");
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  return path;
}

START_TEST(add_file_all_or_nothing)
{
  gs_family *f = event_family();
  char *xml;
  ck_assert_int_eq(gs_dossier_save_memory((const gs_family *const *)&f, 1, 0, &xml, NULL), GS_OK);
  char *good = write_temp(xml);
  /* a second family whose child reference is broken, after a good one */
  const char *tail = "</dossiers>\n";
  char *cut = strstr(xml, tail);
  ck_assert_ptr_nonnull(cut);
  *cut = '\0';
  char *bad_text = malloc(strlen(xml) + 400);
  ck_assert_ptr_nonnull(bad_text);
  sprintf(bad_text, "%s  <family id=\"F2\" municipality=\"GM0114\" enrolled=\"2020-01-01\">\n"
                    "    <child id=\"C1\" born=\"2025-01-01\" pregnancy=\"Z9\"/>\n"
                    "  </family>\n</dossiers>\n", xml);
  char *bad = write_temp(bad_text);
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.min_group = 1;
  gs_survival *s;
  ck_assert_int_eq(gs_survival_new(&s, &o, NULL, NULL), GS_OK);
  ck_assert_int_eq(gs_survival_add_file(s, bad), GS_EPARSE);
  ck_assert_str_eq(gs_error_file(gs_error_last()), bad);
  ck_assert_int_gt(gs_error_line(gs_error_last()), 1);
  ck_assert_int_eq(gs_survival_add_file(s, "/nonexistent.xml"), GS_EIO);
  ck_assert_int_eq(gs_survival_add_file(s, good), GS_OK);
  ck_assert_int_eq(gs_survival_finish(s), GS_OK);
  /* only the good file counted: the failed one added nothing */
  ck_assert_uint_eq(gs_survival_group_count(s), 1);
  ck_assert_uint_eq(gs_survival_group_subjects(s, 0), 2);
  gs_survival_free(s);
  unlink(good);
  unlink(bad);
  free(good);
  free(bad);
  free(bad_text);
  gs_free(xml);
  gs_family_free(f);
}
END_TEST

/* ---- out of memory ---------------------------------------------------------- */

typedef struct oom_ctx {
  gs_family *f;
  gs_survival *s;               /* a started analysis (for the add sweep) */
  char *km, *tests;
} oom_ctx;

static gs_status op_pipeline(void *p) {
  oom_ctx *x = p;
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = 20454; /* 2026-01-01 */
  o.min_group = 1;
  gs_survival *s;
  gs_status st = gs_survival_new(&s, &o, NULL, NULL);
  if (st != GS_OK)
    return st;
  if ((st = gs_survival_add(s, x->f)) == GS_OK &&
      (st = gs_survival_add_observation(s, "other", 30, 1, 3)) == GS_OK &&
      (st = gs_survival_finish(s)) == GS_OK &&
      (st = gs_survival_write_km_csv(s, &x->km, NULL)) == GS_OK) {
    st = gs_survival_write_tests_csv(s, &x->tests, NULL);
    if (st != GS_OK) {
      gs_free(x->km);
      x->km = NULL;
    }
  }
  gs_survival_free(s);
  return st;
}

static void cleanup_pipeline(void *p) {
  oom_ctx *x = p;
  gs_free(x->km);
  gs_free(x->tests);
  x->km = x->tests = NULL;
}

START_TEST(oom_pipeline)
{
  oom_ctx x = { event_family(), NULL, NULL, NULL };
  gst_oom_sweep("survival pipeline", op_pipeline, cleanup_pipeline, NULL, &x);
  gs_family_free(x.f);
}
END_TEST

static gs_status op_add(void *p) {
  oom_ctx *x = p;
  return gs_survival_add(x->s, x->f);
}

static void cleanup_add(void *p) {
  /* a successful add changes the analysis: start again from empty */
  oom_ctx *x = p;
  gs_survival_free(x->s);
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = 20454;
  ck_assert_int_eq(gs_survival_new(&x->s, &o, NULL, NULL), GS_OK);
}

static bool add_unchanged(void *p) {
  /* nothing is reported before finishing; the end of the test finishes the
   * object that went through every failure and checks its content */
  return gs_survival_group_count(((oom_ctx *)p)->s) == 0;
}

START_TEST(oom_add_changes_nothing)
{
  oom_ctx x = { event_family(), NULL, NULL, NULL };
  gs_survival_options o = GS_SURVIVAL_OPTIONS_INIT;
  o.as_of = 20454;
  ck_assert_int_eq(gs_survival_new(&x.s, &o, NULL, NULL), GS_OK);
  gst_oom_sweep("survival add", op_add, cleanup_add, add_unchanged, &x);
  /* after every failed attempt the analysis is still empty and usable */
  ck_assert_int_eq(gs_survival_add(x.s, x.f), GS_OK);
  ck_assert_int_eq(gs_survival_finish(x.s), GS_OK);
  ck_assert_uint_eq(gs_survival_group_count(x.s), 1);
  ck_assert_uint_eq(gs_survival_group_subjects(x.s, 0), 2);
  gs_survival_free(x.s);
  gs_family_free(x.f);
}
END_TEST

typedef struct oom_labels {
  gs_labels *l;
} oom_labels;

static gs_status op_labels(void *p) {
  const char *csv = "family,label\nA,x\nB,y\nC,\"z, z\"\n";
  return gs_labels_load_csv_memory(&((oom_labels *)p)->l, csv, strlen(csv), NULL);
}

static void cleanup_labels(void *p) {
  gs_labels_free(((oom_labels *)p)->l);
  ((oom_labels *)p)->l = NULL;
}

static bool labels_unchanged(void *p) {
  return ((oom_labels *)p)->l == NULL;
}

START_TEST(oom_labels_load)
{
  oom_labels x = { NULL };
  gst_oom_sweep("labels load", op_labels, cleanup_labels, labels_unchanged, &x);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("survival");
  TCase *tc = tcase_create("survival");
  tcase_add_test(tc, aml_matches_r);
  tcase_add_test(tc, population_matches_r);
  tcase_add_test(tc, csv_writers);
  tcase_add_test(tc, expected_zero_leaves_the_test);
  tcase_add_test(tc, aml_summary_matches_r);
  tcase_add_test(tc, ties_events_before_censorings);
  tcase_add_test(tc, million_subjects);
  tcase_add_test(tc, incomplete_gamma);
  tcase_add_test(tc, event_rules);
  tcase_add_test(tc, groupings);
  tcase_add_test(tc, label_errors);
  tcase_add_test(tc, bad_arguments);
  tcase_add_test(tc, add_file_all_or_nothing);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_pipeline);
  tcase_add_test(oom, oom_add_changes_nothing);
  tcase_add_test(oom, oom_labels_load);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
