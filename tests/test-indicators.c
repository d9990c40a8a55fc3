/*
 * libgoedestart - tests of the process indicators (spec/indicators.md
 * "Process indicators") on hand-built families whose counts are worked out
 * below, small-cell suppression with its complements, the writers, file
 * streaming and OOM sweeps.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/xmlschemas.h>

#include "testutil.h"
#include "analytics.h"
#include "xml-util.h"

static gs_pack *pack;
static gs_catalog *catalog;

static gs_date D(const char *s) {
  gs_date d;
  ck_assert_int_eq(gs_date_parse(&d, s), GS_OK);
  return d;
}

#define OK(expr) ck_assert_int_eq((expr), GS_OK)

/*
 * The families (period 2025-01-01 .. 2025-12-31, everything as on 2025-12-31).
 *
 * A, GM0037 Stadskanaal, enrolled 2024-01-01.
 *   Pregnancy Z1 due 2025-10-08: conception anchor 2025-01-01 (in the
 *   period), gestational day 112 = 2025-04-23 (in the period); vk-screening
 *   K1 on 2025-04-01 < day 112: screened.
 *   Child C1 born 2025-02-01: jgz-8w overdue day 2025-04-12, held on
 *   2025-03-30 (K2): on time. K2 has DMOP parent-competence not-good:
 *   additional care on 2025-03-30, the index contact.
 *   Goal parenting, action A1 level 4 from 2025-04-09 with a warm handover:
 *   10 days to support. On 2025-04-09 the need parenting (severity 2,
 *   competence weak) starts at level 4 (L-CONCERN-WEAK-COMPETENCE): equal.
 *   Instances whose close + 1 falls in 2025: vk-intake (missed),
 *   vk-screening (done), jgz-prenatal-visit (missed: its condition is
 *   evaluated on its close day 2025-09-10, when the DMOP rating of
 *   2025-03-30 still gave additional care - no hindsight, spec v5 D-8),
 *   vk-third-trimester (missed); maternity-care, jgz-4-7d, 2w, 4w
 *   (missed), 8w (done), 3m, 4m, 6m, 7.5m, 9m (missed; 9m closes
 *   2025-12-02); 11m closes in 2026. 14 instances, 12 missed.
 *
 * B, GM0037, enrolled 2020-01-01. Child C1 born 2023-06-15. K1 2025-06-20
 *   jgz-2y: GIZ emotional-development 3 (additional care, still current on
 *   2025-12-31). Goal child-development, action level 2 from 2025-08-01 (42
 *   days; the need starts at level 3, L-CONCERN: not equal; no warm
 *   handover). Goal parenting achieved, closed 2025-05-01. Instances:
 *   jgz-18m closes 2025-03-15 (missed), jgz-2y closes 2025-12-14 (done).
 *
 * C, GM0047 Veendam, enrolled 2024-06-01, child wish active
 *   (preconception). K1 2025-02-01: acute domestic-violence signal, urgent
 *   support (index contact), no action: censored at 333 days. Goal
 *   domestic-violence stopped, closed 2025-03-01.
 *
 * D, GM0047, child wish not-now (anticonception): positive confirmation.
 *
 * E, GM9999 (not one of the eleven: province unknown), enrolled
 *   2025-01-01. Child born 2025-11-30: a birth; maternity-care and
 *   jgz-4-7d close in December and are missed.
 */
static gs_family *family_a(void) {
  gs_family *f;
  OK(gs_family_new(&f, "A", "GM0037", D("2024-01-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_pregnancy(f, "Z1", "P1", D("2025-10-08"), GS_DATE_NONE, GS_OUTCOME_NONE, NULL));
  OK(gs_family_add_child(f, "C1", D("2025-02-01"), NULL));
  OK(gs_family_add_contact(f, "K1", D("2025-04-01"), "vk-screening", GS_SETTING_MIDWIFE_PRACTICE,
                           GS_BY_MIDWIFE, "Z1"));
  OK(gs_family_add_contact(f, "K2", D("2025-03-30"), "jgz-8w", GS_SETTING_WELL_BABY_CLINIC,
                           GS_BY_JGZ_NURSE, "C1"));
  OK(gs_family_add_finding(f, "K2", GS_FINDING_DMOP, GS_DMOP_PARENT_COMPETENCE, GS_RATING_NOT_GOOD));
  OK(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2025-04-05"), GS_DATE_NONE, GS_GOAL_OPEN,
                        GS_DATE_NONE));
  OK(gs_family_add_action(f, "G1", "A1", 4, NULL, D("2025-04-09"), GS_DATE_NONE, 1,
                          GS_BY_JGZ_NURSE));
  OK(gs_family_finish(f));
  return f;
}

static gs_family *family_b(void) {
  gs_family *f;
  OK(gs_family_new(&f, "B", "GM0037", D("2020-01-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, "C1", D("2023-06-15"), NULL));
  OK(gs_family_add_contact(f, "K1", D("2025-06-20"), "jgz-2y", GS_SETTING_WELL_BABY_CLINIC,
                           GS_BY_JGZ_NURSE, "C1"));
  OK(gs_family_add_finding(f, "K1", GS_FINDING_GIZ, GS_GIZ_EMOTIONAL_DEVELOPMENT, 3));
  OK(gs_family_add_goal(f, "G2", GS_TOPIC_PARENTING, D("2025-01-10"), GS_DATE_NONE,
                        GS_GOAL_ACHIEVED, D("2025-05-01")));
  OK(gs_family_add_goal(f, "G1", GS_TOPIC_CHILD_DEVELOPMENT, D("2025-06-20"), GS_DATE_NONE,
                        GS_GOAL_OPEN, GS_DATE_NONE));
  OK(gs_family_add_action(f, "G1", "A1", 2, NULL, D("2025-08-01"), GS_DATE_NONE, 0,
                          GS_BY_JGZ_NURSE));
  OK(gs_family_finish(f));
  return f;
}

static gs_family *family_c(void) {
  gs_family *f;
  OK(gs_family_new(&f, "C", "GM0047", D("2024-06-01")));
  OK(gs_family_set_child_wish(f, GS_CHILD_WISH_ACTIVE));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_contact(f, "K1", D("2025-02-01"), "ad-hoc", GS_SETTING_HOME, GS_BY_GP, NULL));
  OK(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_DOMESTIC_VIOLENCE, GS_SIGNAL_RISK, 3,
                          GS_DATE_NONE));
  OK(gs_family_add_goal(f, "G1", GS_TOPIC_DOMESTIC_VIOLENCE, D("2025-02-01"), GS_DATE_NONE,
                        GS_GOAL_STOPPED, D("2025-03-01")));
  OK(gs_family_finish(f));
  return f;
}

static gs_family *family_d(void) {
  gs_family *f;
  OK(gs_family_new(&f, "D", "GM0047", D("2020-01-01")));
  OK(gs_family_set_child_wish(f, GS_CHILD_WISH_NOT_NOW));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_finish(f));
  return f;
}

static gs_family *family_e(void) {
  gs_family *f;
  OK(gs_family_new(&f, "E", "GM9999", D("2025-01-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, "C1", D("2025-11-30"), NULL));
  OK(gs_family_finish(f));
  return f;
}

/* Actions only: one goal with 3 actions at level 2, 7 at level 3 and 5 at
 * level 4 started in 2025 (a family outside the programme). */
static gs_family *family_actions(void) {
  gs_family *f;
  OK(gs_family_new(&f, "F", "GM0047", D("2020-01-01")));
  OK(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2025-01-05"), GS_DATE_NONE, GS_GOAL_OPEN,
                        GS_DATE_NONE));
  static const int levels[15] = { 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4 };
  for (int i = 0; i < 15; i++) {
    char id[8];
    snprintf(id, sizeof id, "A%d", i + 1);
    OK(gs_family_add_action(f, "G1", id, levels[i], NULL, D("2025-02-01") + i, GS_DATE_NONE, 0,
                            GS_BY_NEIGHBOURHOOD_TEAM));
  }
  OK(gs_family_finish(f));
  return f;
}

typedef struct fams {
  gs_family *f[5];
} fams;

static void fams_make(fams *x) {
  x->f[0] = family_a();
  x->f[1] = family_b();
  x->f[2] = family_c();
  x->f[3] = family_d();
  x->f[4] = family_e();
}

static void fams_free(fams *x) {
  for (int i = 0; i < 5; i++)
    gs_family_free(x->f[i]);
}

static gs_indicators_options options(int by, int no_suppress) {
  gs_indicators_options o = GS_INDICATORS_OPTIONS_INIT;
  o.from = D("2025-01-01");
  o.to = D("2025-12-31");
  o.group_by = by;
  o.no_suppress = no_suppress;
  return o;
}

static gs_indicators *compute(const gs_family *const *f, size_t n, int by, int no_suppress) {
  gs_indicators_options o = options(by, no_suppress);
  gs_indicators *ind;
  OK(gs_indicators_compute(&ind, f, n, &o, pack, catalog));
  return ind;
}

/* The row of (group, indicator). */
static size_t row_of(const gs_indicators *ind, const char *group, gs_indicator id) {
  for (size_t i = 0; i < gs_indicators_row_count(ind); i++)
    if (strcmp(gs_indicators_row_group(ind, i), group) == 0 &&
        gs_indicators_row_indicator(ind, i) == id)
      return i;
  ck_abort_msg("no row %s %s", group, gs_indicator_id(id));
  return 0;
}

/* numerator, denominator (-1: none), value (NaN: none) */
static void expect(const gs_indicators *ind, const char *group, gs_indicator id, int64_t num,
                   int64_t den, double value) {
  size_t r = row_of(ind, group, id);
  ck_assert_msg(gs_indicators_row_numerator(ind, r) == num, "%s %s: numerator %lld, expected %lld",
                group, gs_indicator_id(id), (long long)gs_indicators_row_numerator(ind, r),
                (long long)num);
  ck_assert_msg(gs_indicators_row_denominator(ind, r) == den,
                "%s %s: denominator %lld, expected %lld", group, gs_indicator_id(id),
                (long long)gs_indicators_row_denominator(ind, r), (long long)den);
  double v = gs_indicators_row_value(ind, r);
  if (isnan(value))
    ck_assert_msg(isnan(v), "%s %s: value %g, expected none", group, gs_indicator_id(id), v);
  else
    ck_assert_msg(fabs(v - value) < 1e-12, "%s %s: value %.12g, expected %.12g", group,
                  gs_indicator_id(id), v, value);
}

static size_t gaps_of(const char *muni) {
  gs_gaps *g;
  OK(gs_gaps_compute(&g, catalog, muni, D("2025-12-31"), GS_GAPS_APPLICABLE_ONLY));
  size_t n = gs_gaps_count(g);
  gs_gaps_free(g);
  return n;
}

START_TEST(counts_overall)
{
  fams x;
  fams_make(&x);
  gs_indicators *ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_NONE, 1);
  ck_assert_uint_eq(gs_indicators_family_count(ind), 5);
  ck_assert_uint_eq(gs_indicators_row_count(ind), 19);
  const double none = NAN;
  const char *g = "all";
  expect(ind, g, GS_IND_PREGNANCIES, 1, -1, none);
  expect(ind, g, GS_IND_SCREENED_BEFORE_16W, 1, 1, 1.0);
  expect(ind, g, GS_IND_BIRTHS, 2, -1, none);
  expect(ind, g, GS_IND_JGZ_8W_ON_TIME, 1, 1, 1.0);
  expect(ind, g, GS_IND_MOMENTS_MISSED, 15, 18, 15.0 / 18);
  expect(ind, g, GS_IND_CARE_NEED_POSITIVE_CONFIRMATION, 3, 5, 0.6);
  expect(ind, g, GS_IND_CARE_NEED_ADDITIONAL_CARE, 1, 5, 0.2);
  expect(ind, g, GS_IND_CARE_NEED_URGENT_SUPPORT, 1, 5, 0.2);
  /* Kaplan-Meier over A (10, supported), B (42, supported), C (333,
   * censored): S(10) = 2/3, S(42) = 1/3 <= 0.5 -> median 42; within 28
   * days 1 - S(28) = 1/3 */
  expect(ind, g, GS_IND_TIME_TO_SUPPORT_MEDIAN, 2, 3, 42);
  expect(ind, g, GS_IND_TIME_TO_SUPPORT_28D, 1, 3, 1.0 / 3);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_1, 0, 2, 0.0);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_2, 1, 2, 0.5);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_3, 0, 2, 0.0);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_4, 1, 2, 0.5);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_5, 0, 2, 0.0);
  expect(ind, g, GS_IND_STARTED_AT_PROPOSED_LEVEL, 1, 2, 0.5);
  expect(ind, g, GS_IND_WARM_HANDOVER, 1, 2, 0.5);
  expect(ind, g, GS_IND_GOALS_ACHIEVED, 1, 2, 0.5);
  int64_t gaps = (int64_t)(gaps_of("GM0037") + gaps_of("GM0047") + gaps_of("GM9999"));
  ck_assert_int_gt(gaps, 0);
  expect(ind, g, GS_IND_CARE_GAPS, gaps, -1, none);
  /* without suppression nothing is flagged */
  for (size_t i = 0; i < 19; i++)
    ck_assert_uint_eq(gs_indicators_row_flags(ind, i) & 7u, 0);
  gs_indicators_free(ind);
  fams_free(&x);
}
END_TEST

START_TEST(counts_per_municipality)
{
  fams x;
  fams_make(&x);
  gs_indicators *ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_MUNICIPALITY, 1);
  /* groups in byte order, the total `all` last */
  ck_assert_uint_eq(gs_indicators_row_count(ind), 4 * 19);
  static const char *const groups[4] = { "GM0037", "GM0047", "GM9999", "all" };
  for (size_t i = 0; i < 4 * 19; i++) {
    ck_assert_str_eq(gs_indicators_row_group(ind, i), groups[i / 19]);
    ck_assert_int_eq(gs_indicators_row_indicator(ind, i), (int)(i % 19) + 1);
  }
  const double none = NAN;
  /* GM0037: A and B */
  expect(ind, "GM0037", GS_IND_MOMENTS_MISSED, 13, 16, 13.0 / 16);
  expect(ind, "GM0037", GS_IND_CARE_NEED_POSITIVE_CONFIRMATION, 1, 2, 0.5);
  expect(ind, "GM0037", GS_IND_CARE_NEED_URGENT_SUPPORT, 0, 2, 0.0);
  /* S = 1/2 exactly from 10 to the next event time 42: the midpoint */
  expect(ind, "GM0037", GS_IND_TIME_TO_SUPPORT_MEDIAN, 2, 2, 26);
  expect(ind, "GM0037", GS_IND_TIME_TO_SUPPORT_28D, 1, 2, 0.5);
  expect(ind, "GM0037", GS_IND_GOALS_ACHIEVED, 1, 1, 1.0);
  expect(ind, "GM0037", GS_IND_CARE_GAPS, (int64_t)gaps_of("GM0037"), -1, none);
  /* GM0047: C and D; C never supported: no median, none within 28 days */
  expect(ind, "GM0047", GS_IND_SCREENED_BEFORE_16W, 0, 0, none);
  expect(ind, "GM0047", GS_IND_CARE_NEED_URGENT_SUPPORT, 1, 2, 0.5);
  expect(ind, "GM0047", GS_IND_TIME_TO_SUPPORT_MEDIAN, 0, 1, none);
  expect(ind, "GM0047", GS_IND_TIME_TO_SUPPORT_28D, 0, 1, 0.0);
  expect(ind, "GM0047", GS_IND_ACTIONS_BY_LEVEL_1, 0, 0, none);
  expect(ind, "GM0047", GS_IND_GOALS_ACHIEVED, 0, 1, 0.0);
  /* GM9999: E */
  expect(ind, "GM9999", GS_IND_BIRTHS, 1, -1, none);
  expect(ind, "GM9999", GS_IND_MOMENTS_MISSED, 2, 2, 1.0);
  expect(ind, "GM9999", GS_IND_CARE_NEED_POSITIVE_CONFIRMATION, 1, 1, 1.0);
  /* the total equals the overall run */
  expect(ind, "all", GS_IND_MOMENTS_MISSED, 15, 18, 15.0 / 18);
  expect(ind, "all", GS_IND_TIME_TO_SUPPORT_MEDIAN, 2, 3, 42);
  gs_indicators_free(ind);

  /* by province: GR (GM0037, GM0047), unknown (GM9999), all */
  ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_PROVINCE, 1);
  ck_assert_uint_eq(gs_indicators_row_count(ind), 3 * 19);
  ck_assert_str_eq(gs_indicators_row_group(ind, 0), "GR");
  ck_assert_str_eq(gs_indicators_row_group(ind, 19), "unknown");
  ck_assert_str_eq(gs_indicators_row_group(ind, 38), "all");
  expect(ind, "GR", GS_IND_MOMENTS_MISSED, 13, 16, 13.0 / 16);
  expect(ind, "GR", GS_IND_CARE_GAPS, (int64_t)(gaps_of("GM0037") + gaps_of("GM0047")), -1, none);
  gs_indicators_free(ind);
  fams_free(&x);
}
END_TEST

static uint32_t flags(const gs_indicators *ind, const char *group, gs_indicator id) {
  return gs_indicators_row_flags(ind, row_of(ind, group, id));
}

#define NUM GS_IND_NUMERATOR_SUPPRESSED
#define DEN GS_IND_DENOMINATOR_SUPPRESSED
#define VAL GS_IND_VALUE_SUPPRESSED
#define SUPP (NUM | DEN | VAL)

START_TEST(suppression_small_counts)
{
  fams x;
  fams_make(&x);
  gs_indicators *ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_NONE, 0);
  const char *g = "all";
  ck_assert_uint_eq(flags(ind, g, GS_IND_PREGNANCIES) & SUPP, NUM);          /* 1 */
  ck_assert_uint_eq(flags(ind, g, GS_IND_SCREENED_BEFORE_16W) & SUPP, SUPP); /* 1 of 1 */
  ck_assert_uint_eq(flags(ind, g, GS_IND_MOMENTS_MISSED) & SUPP, 0);         /* 15 of 18 */
  /* care need: 3, 1, 1 of 5: all three numerators and shares, not the 5 */
  for (int i = GS_IND_CARE_NEED_POSITIVE_CONFIRMATION; i <= GS_IND_CARE_NEED_URGENT_SUPPORT; i++)
    ck_assert_uint_eq(flags(ind, g, i) & SUPP, NUM | VAL);
  /* actions: of 2, the zeros are shown but their shares come from the
   * suppressed denominator */
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_1) & SUPP, DEN | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_2) & SUPP, SUPP);
  /* care gaps count catalogue cells, not people */
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_GAPS) & SUPP, 0);
  char *csv;
  OK(gs_indicators_write_csv(ind, &csv, NULL));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,pregnancies,,,,1\r\n"));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,moments-missed,15,18,0.833333,0\r\n"));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,care-need-additional-care,,5,,1\r\n"));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,actions-by-level-1,0,,,1\r\n"));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,time-to-support-median,,,,1\r\n"));
  gs_free(csv);
  gs_indicators_free(ind);
  fams_free(&x);
}
END_TEST

/* n copies of each of the five families' roles, for the care-need partition */
static gs_indicators *care_need_run(gs_family *pc, int n_pc, gs_family *ac, int n_ac,
                                    gs_family *us, int n_us) {
  gs_indicators_options o = options(GS_GROUP_BY_NONE, 0);
  gs_indicators *ind;
  OK(gs_indicators_new(&ind, &o, pack, catalog));
  for (int i = 0; i < n_pc; i++)
    OK(gs_indicators_add(ind, pc));
  for (int i = 0; i < n_ac; i++)
    OK(gs_indicators_add(ind, ac));
  for (int i = 0; i < n_us; i++)
    OK(gs_indicators_add(ind, us));
  OK(gs_indicators_finish(ind));
  return ind;
}

START_TEST(suppression_complements)
{
  gs_family *d = family_d(), *b = family_b(), *c = family_c();
  const char *g = "all";
  /* 10, 6, 2: urgent support (2) alone could be recomputed from 18 - 10 - 6,
   * so the smallest other non-zero count (6) goes too; then two are
   * suppressed totalling 8 >= 5 */
  gs_indicators *ind = care_need_run(d, 10, b, 6, c, 2);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_POSITIVE_CONFIRMATION) & SUPP, 0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_ADDITIONAL_CARE) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_URGENT_SUPPORT) & SUPP, NUM | VAL);
  expect(ind, g, GS_IND_CARE_NEED_POSITIVE_CONFIRMATION, 10, 18, 10.0 / 18);
  gs_indicators_free(ind);
  /* 6, 6, 2: a tie goes to the first in table order */
  ind = care_need_run(d, 6, b, 6, c, 2);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_POSITIVE_CONFIRMATION) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_ADDITIONAL_CARE) & SUPP, 0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_URGENT_SUPPORT) & SUPP, NUM | VAL);
  gs_indicators_free(ind);
  /* 10, 1, 2: two suppressed but totalling 3 < 5: the 10 goes too */
  ind = care_need_run(d, 10, b, 1, c, 2);
  for (int i = GS_IND_CARE_NEED_POSITIVE_CONFIRMATION; i <= GS_IND_CARE_NEED_URGENT_SUPPORT; i++)
    ck_assert_uint_eq(flags(ind, g, i) & SUPP, NUM | VAL);
  gs_indicators_free(ind);
  /* 10, 0, 7: nothing small, zero shown */
  ind = care_need_run(d, 10, b, 0, c, 7);
  for (int i = GS_IND_CARE_NEED_POSITIVE_CONFIRMATION; i <= GS_IND_CARE_NEED_URGENT_SUPPORT; i++)
    ck_assert_uint_eq(flags(ind, g, i) & SUPP, 0);
  gs_indicators_free(ind);
  /* 10, 0, 3: the only other non-zero count goes (zero is no complement) */
  ind = care_need_run(d, 10, b, 0, c, 3);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_POSITIVE_CONFIRMATION) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_ADDITIONAL_CARE) & SUPP, 0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_CARE_NEED_URGENT_SUPPORT) & SUPP, NUM | VAL);
  gs_indicators_free(ind);

  /* actions 0, 3, 7, 5, 0 of 15: level 2 (3) suppressed, then level 4 (5)
   * as its complement; level 3 stays */
  gs_family *f = family_actions();
  ind = compute((const gs_family *const *)&f, 1, GS_GROUP_BY_NONE, 0);
  expect(ind, g, GS_IND_ACTIONS_BY_LEVEL_3, 7, 15, 7.0 / 15);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_1) & SUPP, 0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_2) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_3) & SUPP, 0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_4) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_5) & SUPP, 0);
  /* not partitioned: 0 of 15 shown */
  expect(ind, g, GS_IND_STARTED_AT_PROPOSED_LEVEL, 0, 15, 0.0);
  ck_assert_uint_eq(flags(ind, g, GS_IND_STARTED_AT_PROPOSED_LEVEL) & SUPP, 0);
  char *csv;
  OK(gs_indicators_write_csv(ind, &csv, NULL));
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,actions-by-level-2,,15,,1\r\n"
                                    "all,actions-by-level-3,7,15,0.466667,0\r\n"
                                    "all,actions-by-level-4,,15,,1\r\n"
                                    "all,actions-by-level-5,0,15,0.000000,0\r\n"));
  gs_free(csv);
  gs_indicators_free(ind);
  /* a larger k: suppress_k = 8 takes level 4 (5) and level 2 (3) first */
  gs_indicators_options o = options(GS_GROUP_BY_NONE, 0);
  o.suppress_k = 8;
  OK(gs_indicators_compute(&ind, (const gs_family *const *)&f, 1, &o, pack, catalog));
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_2) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_3) & SUPP, NUM | VAL);
  ck_assert_uint_eq(flags(ind, g, GS_IND_ACTIONS_BY_LEVEL_4) & SUPP, NUM | VAL);
  gs_indicators_free(ind);
  gs_family_free(f);
  gs_family_free(b);
  gs_family_free(c);
  gs_family_free(d);
}
END_TEST

static void validate_xml(const char *doc) {
  const gsi_embedded *e = gsi_embedded_find("schema/indicators.xsd");
  ck_assert_ptr_nonnull(e);
  xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt((const char *)e->data, (int)e->len);
  xmlSchemaPtr schema = xmlSchemaParse(pc);
  ck_assert_ptr_nonnull(schema);
  xmlDocPtr d = NULL;
  OK(gsi_xml_parse(doc, strlen(doc), "indicators.xml", &d));
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  ck_assert_int_eq(xmlSchemaValidateDoc(vc, d), 0);
  xmlSchemaFreeValidCtxt(vc);
  xmlFreeDoc(d);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(pc);
}

START_TEST(xml_writer)
{
  fams x;
  fams_make(&x);
  gs_indicators *ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_MUNICIPALITY, 0);
  char *xml;
  size_t len;
  OK(gs_indicators_write_xml(ind, &xml, &len));
  ck_assert_uint_eq(strlen(xml), len);
  const char *start = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<indicators "
                      "xmlns=\"urn:goedestart:indicators:1\" from=\"2025-01-01\" "
                      "to=\"2025-12-31\" by=\"municipality\" pack=\"gs-default\"";
  ck_assert(strncmp(xml, start, strlen(start)) == 0);
  ck_assert_ptr_nonnull(strstr(xml, " families=\"5\" suppress=\"5\">\n  <group name=\"GM0037\">\n"
                                    "    <indicator id=\"pregnancies\" suppressed=\"true\"/>\n"));
  ck_assert_ptr_nonnull(strstr(xml, "    <indicator id=\"moments-missed\" numerator=\"15\" "
                                    "denominator=\"18\" value=\"0.833333\"/>\n"));
  validate_xml(xml);
  /* the same input gives the same bytes */
  gs_indicators *again = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_MUNICIPALITY, 0);
  char *xml2;
  OK(gs_indicators_write_xml(again, &xml2, NULL));
  ck_assert_str_eq(xml, xml2);
  gs_free(xml);
  gs_free(xml2);
  gs_indicators_free(again);
  gs_indicators_free(ind);
  /* without suppression */
  ind = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_NONE, 1);
  OK(gs_indicators_write_xml(ind, &xml, NULL));
  ck_assert_ptr_nonnull(strstr(xml, " suppress=\"off\">\n"));
  ck_assert_ptr_nonnull(strstr(xml, "<indicator id=\"time-to-support-median\" numerator=\"2\" "
                                    "denominator=\"3\" value=\"42\"/>"));
  ck_assert_ptr_null(strstr(xml, "suppressed"));
  validate_xml(xml);
  gs_free(xml);
  char *csv;
  OK(gs_indicators_write_csv(ind, &csv, NULL));
  const char *rows = "group,indicator,numerator,denominator,value,suppressed\r\n"
                     "all,pregnancies,1,,,0\r\n"
                     "all,screened-before-16w,1,1,1.000000,0\r\n"
                     "all,births,2,,,0\r\n";
  ck_assert(strncmp(csv, rows, strlen(rows)) == 0);
  ck_assert_ptr_nonnull(strstr(csv, "\r\nall,time-to-support-median,2,3,42,0\r\n"
                                    "all,time-to-support-28d,1,3,0.333333,0\r\n"));
  gs_free(csv);
  gs_indicators_free(ind);
  fams_free(&x);
}
END_TEST

START_TEST(streaming_file_equals_memory)
{
  fams x;
  fams_make(&x);
  char *xml;
  OK(gs_dossier_save_memory((const gs_family *const *)x.f, 5, 0, &xml, NULL));
  char path[] = "/tmp/gs-indicators-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(write(fd, xml, strlen(xml)), (ssize_t)strlen(xml));
  close(fd);
  gs_indicators_options o = options(GS_GROUP_BY_MUNICIPALITY, 0);
  gs_indicators *file;
  OK(gs_indicators_new(&file, &o, pack, catalog));
  ck_assert_int_eq(gs_indicators_add_file(file, "/nonexistent.xml"), GS_EIO);
  OK(gs_indicators_add_file(file, path));
  OK(gs_indicators_finish(file));
  ck_assert_int_eq(gs_indicators_add_file(file, path), GS_ESTATE);
  ck_assert_int_eq(gs_indicators_add(file, x.f[0]), GS_ESTATE);
  ck_assert_int_eq(gs_indicators_finish(file), GS_ESTATE);
  gs_indicators *mem = compute((const gs_family *const *)x.f, 5, GS_GROUP_BY_MUNICIPALITY, 0);
  char *a, *b;
  OK(gs_indicators_write_csv(file, &a, NULL));
  OK(gs_indicators_write_csv(mem, &b, NULL));
  ck_assert_str_eq(a, b);
  gs_free(a);
  gs_free(b);
  gs_indicators_free(file);
  gs_indicators_free(mem);
  unlink(path);
  gs_free(xml);
  fams_free(&x);
}
END_TEST

START_TEST(bad_arguments)
{
  gs_indicators *ind = NULL;
  gs_indicators_options o = GS_INDICATORS_OPTIONS_INIT;
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, catalog), GS_EINVAL); /* no period */
  o = options(GS_GROUP_BY_NONE, 0);
  o.from = D("2026-01-01");
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, catalog), GS_EINVAL); /* reversed */
  o = options(GS_GROUP_BY_LABEL, 0);
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, catalog), GS_EINVAL);
  o = options(GS_GROUP_BY_NONE, 0);
  o.suppress_k = 0;
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, catalog), GS_EINVAL);
  o = options(GS_GROUP_BY_NONE, 0);
  o.version = 7;
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, catalog), GS_EVERSION);
  o = options(GS_GROUP_BY_NONE, 0);
  ck_assert_int_eq(gs_indicators_new(&ind, &o, pack, NULL), GS_EINVAL);
  ck_assert_ptr_null(ind);
  gs_indicators_options_init(&o);
  ck_assert_int_eq(o.suppress_k, 5);
  ck_assert_int_eq(o.no_suppress, 0);
  ck_assert_int_eq(o.group_by, GS_GROUP_BY_MUNICIPALITY);
  o = options(GS_GROUP_BY_NONE, 0);
  OK(gs_indicators_new(&ind, &o, pack, catalog));
  char *out = NULL;
  ck_assert_int_eq(gs_indicators_write_csv(ind, &out, NULL), GS_ESTATE);
  ck_assert_uint_eq(gs_indicators_row_count(ind), 0);
  gs_family *unfinished;
  OK(gs_family_new(&unfinished, "U", "GM0037", D("2020-01-01")));
  ck_assert_int_eq(gs_indicators_add(ind, unfinished), GS_EINVAL);
  gs_family_free(unfinished);
  /* no families: no rows, an empty document */
  OK(gs_indicators_finish(ind));
  ck_assert_uint_eq(gs_indicators_row_count(ind), 0);
  ck_assert_ptr_null(gs_indicators_row_group(ind, 0));
  ck_assert(isnan(gs_indicators_row_value(ind, 0)));
  OK(gs_indicators_write_csv(ind, &out, NULL));
  ck_assert_str_eq(out, "group,indicator,numerator,denominator,value,suppressed\r\n");
  gs_free(out);
  gs_indicators_free(ind);
  gs_indicators_free(NULL);
  ck_assert_str_eq(gs_indicator_id(GS_IND_CARE_GAPS), "care-gaps");
  ck_assert_ptr_null(gs_indicator_id((gs_indicator)20));
  ck_assert_uint_eq(gs_indicator_count(), 19);
  ck_assert_ptr_nonnull(strstr(gs_indicator_description(GS_IND_BIRTHS, GS_LANG_NL), "geboren"));
}
END_TEST

/* ---- out of memory ---------------------------------------------------------- */

typedef struct oom_ctx {
  fams x;
  gs_indicators *ind;
  char *csv, *xml;
} oom_ctx;

static gs_status op_pipeline(void *p) {
  oom_ctx *c = p;
  gs_indicators_options o = options(GS_GROUP_BY_MUNICIPALITY, 0);
  gs_indicators *ind;
  gs_status st = gs_indicators_compute(&ind, (const gs_family *const *)c->x.f, 5, &o, pack,
                                       catalog);
  if (st != GS_OK)
    return st;
  if ((st = gs_indicators_write_csv(ind, &c->csv, NULL)) == GS_OK &&
      (st = gs_indicators_write_xml(ind, &c->xml, NULL)) != GS_OK) {
    gs_free(c->csv);
    c->csv = NULL;
  }
  gs_indicators_free(ind);
  return st;
}

static void cleanup_pipeline(void *p) {
  oom_ctx *c = p;
  gs_free(c->csv);
  gs_free(c->xml);
  c->csv = c->xml = NULL;
}

START_TEST(oom_pipeline)
{
  oom_ctx c;
  memset(&c, 0, sizeof c);
  fams_make(&c.x);
  gst_oom_sweep("indicators pipeline", op_pipeline, cleanup_pipeline, NULL, &c);
  fams_free(&c.x);
}
END_TEST

/* Adding family B (a new group GM0037 and an index contact) to a run that
 * holds family D (GM0047): a failure must leave only D. */
static gs_status op_add(void *p) {
  oom_ctx *c = p;
  return gs_indicators_add(c->ind, c->x.f[1]);
}

static void fresh_run(oom_ctx *c) {
  gs_indicators_free(c->ind);
  gs_indicators_options o = options(GS_GROUP_BY_MUNICIPALITY, 1);
  OK(gs_indicators_new(&c->ind, &o, pack, catalog));
  /* C first warms both assessments (index contact) */
  OK(gs_indicators_add(c->ind, c->x.f[2]));
}

static void cleanup_add(void *p) {
  fresh_run(p);
}

static bool add_unchanged(void *p) {
  return gs_indicators_family_count(((oom_ctx *)p)->ind) == 1;
}

START_TEST(oom_add_changes_nothing)
{
  oom_ctx c;
  memset(&c, 0, sizeof c);
  fams_make(&c.x);
  fresh_run(&c);
  gst_oom_sweep("indicators add", op_add, cleanup_add, add_unchanged, &c);
  /* the run that saw every failure gives the same rows as a clean one */
  OK(gs_indicators_add(c.ind, c.x.f[1]));
  OK(gs_indicators_finish(c.ind));
  const gs_family *two[2] = { c.x.f[2], c.x.f[1] };
  gs_indicators *clean = compute(two, 2, GS_GROUP_BY_MUNICIPALITY, 1);
  char *a, *b;
  OK(gs_indicators_write_csv(c.ind, &a, NULL));
  OK(gs_indicators_write_csv(clean, &b, NULL));
  ck_assert_str_eq(a, b);
  gs_free(a);
  gs_free(b);
  gs_indicators_free(clean);
  gs_indicators_free(c.ind);
  fams_free(&c.x);
}
END_TEST

static void setup(void) {
  OK(gs_pack_load_default(&pack));
  OK(gs_catalog_load_default(&catalog));
}

static void teardown(void) {
  gs_pack_free(pack);
  gs_catalog_free(catalog);
}

static void setup_oom(void) {
  gst_alloc_install();
  setup();
}

int main(void) {
  Suite *s = suite_create("indicators");
  TCase *tc = tcase_create("indicators");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, counts_overall);
  tcase_add_test(tc, counts_per_municipality);
  tcase_add_test(tc, suppression_small_counts);
  tcase_add_test(tc, suppression_complements);
  tcase_add_test(tc, xml_writer);
  tcase_add_test(tc, streaming_file_equals_memory);
  tcase_add_test(tc, bad_arguments);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_oom, teardown);
  tcase_set_timeout(oom, 600);
  tcase_add_test(oom, oom_pipeline);
  tcase_add_test(oom, oom_add_changes_nothing);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
