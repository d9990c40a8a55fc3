/*
 * libgoedestart - tests of life phases and the first 1000 days, including
 * the <phases> blocks of the conformance vectors.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "model.h"
#include "pack.h"

static gs_date D(const char *s) {
  gs_date d;
  ck_assert_msg(gs_date_parse(&d, s) == GS_OK, "bad test date %s", s);
  return d;
}

static gs_family *family(const char *id, gs_child_wish wish) {
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, id, "GM0114", D("2020-01-01")), GS_OK);
  ck_assert_int_eq(gs_family_set_child_wish(f, wish), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER), GS_OK);
  return f;
}

static void child(gs_family *f, const char *id, const char *born, const char *pregnancy) {
  ck_assert_int_eq(gs_family_add_child(f, id, D(born), pregnancy), GS_OK);
}

static void pregnancy(gs_family *f, const char *id, const char *caregiver, const char *due,
                      const char *ended, gs_pregnancy_outcome outcome, const char *child_id) {
  ck_assert_int_eq(gs_family_add_pregnancy(f, id, caregiver, D(due),
                                           ended ? D(ended) : GS_DATE_NONE, outcome, child_id),
                   GS_OK);
}

static void finish(gs_family *f) {
  ck_assert_msg(gs_family_finish(f) == GS_OK, "%s", gs_error_message(gs_error_last()));
}

static gs_phases *phases_at(const gs_family *f, const char *as_of) {
  gs_phases *p = NULL;
  ck_assert_int_eq(gs_phases_new(&p, f, D(as_of), NULL), GS_OK);
  return p;
}

static const char *date_text(gs_date d) {
  static char buf[4][GS_DATE_BUFSIZE];
  static int k;
  k = (k + 1) % 4;
  ck_assert_int_eq(gs_date_format(d, buf[k], sizeof buf[k]), GS_OK);
  return buf[k];
}

/* Asserts phase i: code, subject and (for member phases) from/until. */
static void expect_phase(const gs_phases *p, size_t i, gs_phase code, const char *subject,
                         const char *from, const char *until) {
  ck_assert_uint_lt(i, gs_phases_count(p));
  ck_assert_int_eq(gs_phases_code(p, i), code);
  ck_assert_str_eq(gs_phases_subject(p, i), subject);
  if (from == NULL) {
    ck_assert_int_eq(gs_phases_from(p, i), GS_DATE_NONE);
    ck_assert_int_eq(gs_phases_until(p, i), GS_DATE_NONE);
  } else {
    ck_assert_str_eq(date_text(gs_phases_from(p, i)), from);
    ck_assert_str_eq(date_text(gs_phases_until(p, i)), until);
  }
}

/* ---- the <phases> blocks of the conformance vectors --------------------- */

/* The block the assessment writer has to produce (formats.md). */
static void phases_block(const gs_phases *p, char *buf, size_t size) {
  size_t n = gs_phases_count(p);
  const char *f1000 = gs_phases_first_1000_days(p) ? "true" : "false";
  int w;
  if (n == 0) {
    w = snprintf(buf, size, "    <phases first-1000-days=\"%s\"/>\n", f1000);
    ck_assert(w > 0 && (size_t)w < size);
    return;
  }
  size_t len = (size_t)snprintf(buf, size, "    <phases first-1000-days=\"%s\">\n", f1000);
  for (size_t i = 0; i < n; i++) {
    const char *code = gs_code_token(GS_KIND_PHASE, gs_phases_code(p, i));
    if (gs_phases_from(p, i) == GS_DATE_NONE)
      w = snprintf(buf + len, size - len, "      <phase code=\"%s\" subject=\"%s\"/>\n", code,
                   gs_phases_subject(p, i));
    else
      w = snprintf(buf + len, size - len,
                   "      <phase code=\"%s\" subject=\"%s\" from=\"%s\" until=\"%s\"/>\n", code,
                   gs_phases_subject(p, i), date_text(gs_phases_from(p, i)),
                   date_text(gs_phases_until(p, i)));
    ck_assert(w > 0 && (size_t)w < size - len);
    len += (size_t)w;
  }
  w = snprintf(buf + len, size - len, "    </phases>\n");
  ck_assert(w > 0 && (size_t)w < size - len);
}

/* The as-of date of a vector, from as-of.txt. */
static gs_date vector_as_of(const char *vector) {
  char name[128];
  snprintf(name, sizeof name, "%s.xml", vector);
  return gst_vector_as_of(name);
}

/* The family's phases at the vector's as-of date equal its expected block. */
static void check_vector(const char *vector, gs_family *f) {
  finish(f);
  gs_phases *p = NULL;
  ck_assert_int_eq(gs_phases_new(&p, f, vector_as_of(vector), NULL), GS_OK);
  char block[4096];
  phases_block(p, block, sizeof block);
  char name[128];
  snprintf(name, sizeof name, "%s.expected.xml", vector);
  char *expected = gst_read(gst_vector(name), NULL);
  char key[128];
  snprintf(key, sizeof key, "family=\"%s\"", gs_family_id(f));
  char *start = strstr(expected, key);
  ck_assert_msg(start != NULL, "%s: no assessment of %s", vector, gs_family_id(f));
  char *end = strstr(start, "<assessment ");
  if (end != NULL)
    *end = '\0';
  ck_assert_msg(strstr(start, block) != NULL, "%s, family %s: expected block not found; got\n%s",
                vector, gs_family_id(f), block);
  free(expected);
  gs_phases_free(p);
  gs_family_free(f);
}

START_TEST(vector_phase_birthdays)
{
  /* 10: the 4th, 13th and 19th birthday exactly on the as-of date */
  gs_family *f = family("F-011", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2021-09-15", NULL);
  child(f, "C2", "2012-09-15", NULL);
  child(f, "C3", "2006-09-15", NULL);
  child(f, "C4", "2021-09-16", NULL);
  gs_family *keep = NULL;
  ck_assert_int_eq(gs_family_clone(&keep, f), GS_OK);
  check_vector("10-phase-birthdays", f);

  finish(keep);
  gs_phases *p = phases_at(keep, "2025-09-15");
  ck_assert_uint_eq(gs_phases_count(p), 3);
  expect_phase(p, 0, GS_PHASE_CHILD_0_4, "C4", "2021-09-16", "2025-09-16");
  expect_phase(p, 1, GS_PHASE_CHILD_5_12, "C1", "2025-09-15", "2034-09-15");
  expect_phase(p, 2, GS_PHASE_CHILD_13_19, "C2", "2025-09-15", "2031-09-15");
  ck_assert(!gs_phases_first_1000_days(p));
  ck_assert(gs_phases_in_programme(p));
  gs_phases_free(p);
  /* the day before: C1 still 0-4, C2 5-12, C3 13-19 */
  p = phases_at(keep, "2025-09-14");
  ck_assert_uint_eq(gs_phases_count(p), 4);
  expect_phase(p, 0, GS_PHASE_CHILD_0_4, "C1", "2021-09-15", "2025-09-15");
  expect_phase(p, 1, GS_PHASE_CHILD_0_4, "C4", "2021-09-16", "2025-09-16");
  expect_phase(p, 2, GS_PHASE_CHILD_5_12, "C2", "2016-09-15", "2025-09-15");
  expect_phase(p, 3, GS_PHASE_CHILD_13_19, "C3", "2019-09-15", "2025-09-15");
  gs_phases_free(p);
  gs_family_free(keep);
}
END_TEST

START_TEST(vector_leap_day)
{
  gs_family *f = family("F-012", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2024-02-29", NULL);
  check_vector("11-leap-day-birthday", f);
}
END_TEST

START_TEST(vector_pregnancy_end)
{
  gs_family *f = family("F-013", GS_CHILD_WISH_ACTIVE);
  pregnancy(f, "Z1", "P1", "2026-04-01", "2025-10-31", GS_OUTCOME_LOSS, NULL);
  check_vector("12-pregnancy-end", f);
  f = family("F-020", GS_CHILD_WISH_UNKNOWN);
  pregnancy(f, "Z1", "P1", "2025-12-02", NULL, GS_OUTCOME_NONE, NULL);
  check_vector("12-pregnancy-end", f);
}
END_TEST

START_TEST(vector_outside_and_anticonception)
{
  gs_family *f = family("F-016", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2008-01-10", NULL);
  check_vector("15-outside-and-anticonception", f);
  f = family("F-017", GS_CHILD_WISH_NOT_NOW);
  check_vector("15-outside-and-anticonception", f);
}
END_TEST

START_TEST(vector_time_travel)
{
  gs_family *f = family("F-024", GS_CHILD_WISH_UNKNOWN);
  pregnancy(f, "Z1", "P1", "2026-03-20", "2026-03-10", GS_OUTCOME_BIRTH, "C2");
  child(f, "C1", "2022-05-01", NULL);
  child(f, "C2", "2026-03-10", "Z1");
  check_vector("16-time-travel", f);
}
END_TEST

START_TEST(vector_more_families)
{
  gs_family *f = family("F-021", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2023-09-10", NULL);
  child(f, "C2", "2025-07-20", NULL);
  check_vector("17-contacts-and-pregnancies", f);
  f = family("F-022", GS_CHILD_WISH_UNKNOWN);
  pregnancy(f, "Z1", "P1", "2026-01-03", NULL, GS_OUTCOME_NONE, NULL);
  pregnancy(f, "Z2", "P2", "2026-04-13", NULL, GS_OUTCOME_NONE, NULL);
  check_vector("17-contacts-and-pregnancies", f);
  f = family("F-027", GS_CHILD_WISH_UNKNOWN);
  pregnancy(f, "Z1", "P1", "2026-08-09", NULL, GS_OUTCOME_NONE, NULL);
  pregnancy(f, "Z2", "P2", "2026-08-29", NULL, GS_OUTCOME_NONE, NULL);
  check_vector("19-caregiver-contacts-and-twins", f);
  f = family("F-028", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2026-01-31", NULL);
  child(f, "C2", "2026-01-31", NULL);
  check_vector("19-caregiver-contacts-and-twins", f);
  /* 20: a pregnancy conceived after the as-of date leaves preconception */
  f = family("F-029", GS_CHILD_WISH_ACTIVE);
  pregnancy(f, "Z1", "P1", "2027-03-11", NULL, GS_OUTCOME_NONE, NULL);
  child(f, "C1", "2023-02-10", NULL);
  check_vector("20-plan-history-and-future-pregnancy", f);
}
END_TEST

/* ---- boundaries ----------------------------------------------------------- */

START_TEST(leap_day_birthdays)
{
  gs_family *f = family("F-L", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2020-02-29", NULL);
  finish(f);
  gs_phases *p = phases_at(f, "2024-02-28");
  expect_phase(p, 0, GS_PHASE_CHILD_0_4, "C1", "2020-02-29", "2024-02-29");
  gs_phases_free(p);
  p = phases_at(f, "2024-02-29");
  /* 13th birthday in a year without 29 February: 1 March */
  expect_phase(p, 0, GS_PHASE_CHILD_5_12, "C1", "2024-02-29", "2033-03-01");
  gs_phases_free(p);
  p = phases_at(f, "2033-02-28");
  ck_assert_int_eq(gs_phases_code(p, 0), GS_PHASE_CHILD_5_12);
  gs_phases_free(p);
  p = phases_at(f, "2033-03-01");
  expect_phase(p, 0, GS_PHASE_CHILD_13_19, "C1", "2033-03-01", "2039-03-01");
  gs_phases_free(p);
  p = phases_at(f, "2039-03-01");
  ck_assert_uint_eq(gs_phases_count(p), 0);
  ck_assert(!gs_phases_in_programme(p));
  gs_phases_free(p);
  /* first 1000 days: the 2nd birthday is 2022-03-01 */
  ck_assert(gsi_family_first_1000_days(f, D("2022-02-28")));
  ck_assert(!gsi_family_first_1000_days(f, D("2022-03-01")));
  gs_family_free(f);
}
END_TEST

START_TEST(first_1000_days_boundaries)
{
  gs_family *f = family("F-T", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2024-05-10", NULL);
  finish(f);
  ck_assert(!gsi_family_first_1000_days(f, D("2024-05-09"))); /* not born yet */
  ck_assert(gsi_family_first_1000_days(f, D("2024-05-10")));
  ck_assert(gsi_family_first_1000_days(f, D("2026-05-09")));
  ck_assert(!gsi_family_first_1000_days(f, D("2026-05-10"))); /* 2nd birthday */
  gs_phases *p = phases_at(f, "2026-05-10");
  ck_assert(!gs_phases_first_1000_days(p));
  gs_phases_free(p);
  gs_family_free(f);

  /* an ongoing pregnancy: from due - 280 until due + 42 */
  f = family("F-U", GS_CHILD_WISH_UNKNOWN);
  pregnancy(f, "Z1", "P1", "2025-10-01", NULL, GS_OUTCOME_NONE, NULL);
  finish(f);
  gs_date due = D("2025-10-01");
  ck_assert(!gsi_family_first_1000_days(f, due - 281));
  ck_assert(gsi_family_first_1000_days(f, due - 280));
  ck_assert(gsi_family_first_1000_days(f, due + 41));
  ck_assert(!gsi_family_first_1000_days(f, due + 42));
  p = phases_at(f, "2025-11-11"); /* due + 41 */
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2024-12-25", "2025-11-12");
  ck_assert(gs_phases_first_1000_days(p));
  gs_phases_free(p);
  p = phases_at(f, "2025-11-12"); /* due + 42 */
  ck_assert_uint_eq(gs_phases_count(p), 0);
  ck_assert(!gs_phases_first_1000_days(p));
  gs_phases_free(p);
  gs_family_free(f);
}
END_TEST

START_TEST(pregnancy_loss_and_ended_plus_42)
{
  gs_family *f = family("F-V", GS_CHILD_WISH_ACTIVE);
  pregnancy(f, "Z1", "P1", "2026-04-01", "2025-10-31", GS_OUTCOME_LOSS, NULL);
  finish(f);
  /* before the loss: ongoing, window to due + 42, first 1000 days */
  gs_phases *p = phases_at(f, "2025-10-30");
  ck_assert_uint_eq(gs_phases_count(p), 1);
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2025-06-25", "2026-05-13");
  ck_assert(gs_phases_first_1000_days(p));
  gs_phases_free(p);
  /* the day of the loss: phase 3 until ended + 42, no longer first 1000 days */
  p = phases_at(f, "2025-10-31");
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2025-06-25", "2025-12-12");
  ck_assert(!gs_phases_first_1000_days(p));
  gs_phases_free(p);
  p = phases_at(f, "2025-12-11");
  ck_assert_uint_eq(gs_phases_count(p), 1);
  ck_assert_int_eq(gs_phases_code(p, 0), GS_PHASE_PREGNANCY_BIRTH);
  gs_phases_free(p);
  /* ended + 42: back to preconception (child wish active) */
  p = phases_at(f, "2025-12-12");
  ck_assert_uint_eq(gs_phases_count(p), 1);
  expect_phase(p, 0, GS_PHASE_PRECONCEPTION, "F-V", NULL, NULL);
  ck_assert(gs_phases_in_programme(p));
  gs_phases_free(p);

  /* the window and phase-3 test as they stood on a date */
  const gsi_pregnancy *z = &f->pregnancies[0];
  gs_date from, until;
  gsi_pregnancy_window(z, D("2025-10-30"), &from, &until);
  ck_assert_str_eq(date_text(until), "2026-05-13");
  gsi_pregnancy_window(z, D("2026-01-01"), &from, &until);
  ck_assert_str_eq(date_text(from), "2025-06-25");
  ck_assert_str_eq(date_text(until), "2025-12-12");
  /* a contact in November 2025 was in phase 3; seen from 2026 as well */
  ck_assert(gsi_pregnancy_in_phase3(z, D("2025-11-15"), D("2026-01-01")));
  ck_assert(!gsi_pregnancy_in_phase3(z, D("2025-12-12"), D("2026-01-01")));
  ck_assert(!gsi_pregnancy_in_phase3(z, D("2025-06-24"), D("2026-01-01")));
  /* seen from before conception, nothing has happened */
  ck_assert(!gsi_pregnancy_in_phase3(z, D("2025-06-24"), D("2025-06-24")));
  ck_assert(gsi_pregnancy_in_phase3(z, D("2025-06-25"), D("2025-06-25")));
  gs_family_free(f);
}
END_TEST

START_TEST(not_happened_yet)
{
  gs_family *f = family("F-W", GS_CHILD_WISH_ACTIVE);
  pregnancy(f, "Z1", "P1", "2026-03-20", "2026-03-10", GS_OUTCOME_BIRTH, "C1");
  child(f, "C1", "2026-03-10", "Z1");
  pregnancy(f, "Z2", "P2", "2027-06-01", NULL, GS_OUTCOME_NONE, NULL);
  finish(f);
  /* before conception of Z1: preconception */
  gs_phases *p = phases_at(f, "2025-06-12");
  ck_assert_uint_eq(gs_phases_count(p), 1);
  expect_phase(p, 0, GS_PHASE_PRECONCEPTION, "F-W", NULL, NULL);
  ck_assert(!gs_phases_first_1000_days(p));
  gs_phases_free(p);
  /* Z1 ongoing; the birth and C1 lie in the future */
  p = phases_at(f, "2026-03-09");
  ck_assert_uint_eq(gs_phases_count(p), 1);
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2025-06-13", "2026-05-01");
  gs_phases_free(p);
  /* the birth day: Z1 until ended + 42, and C1 in 0-4 */
  p = phases_at(f, "2026-03-10");
  ck_assert_uint_eq(gs_phases_count(p), 2);
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2025-06-13", "2026-04-21");
  expect_phase(p, 1, GS_PHASE_CHILD_0_4, "C1", "2026-03-10", "2030-03-10");
  ck_assert(gs_phases_first_1000_days(p));
  gs_phases_free(p);
  /* Z2 conceived 2026-08-25 (due - 280): preconception until then */
  p = phases_at(f, "2026-08-24");
  ck_assert_uint_eq(gs_phases_count(p), 2);
  expect_phase(p, 0, GS_PHASE_PRECONCEPTION, "F-W", NULL, NULL);
  expect_phase(p, 1, GS_PHASE_CHILD_0_4, "C1", "2026-03-10", "2030-03-10");
  gs_phases_free(p);
  p = phases_at(f, "2026-08-25");
  ck_assert_uint_eq(gs_phases_count(p), 2);
  expect_phase(p, 0, GS_PHASE_PREGNANCY_BIRTH, "Z2", "2026-08-25", "2027-07-13");
  expect_phase(p, 1, GS_PHASE_CHILD_0_4, "C1", "2026-03-10", "2030-03-10");
  gs_phases_free(p);
  gs_family_free(f);
}
END_TEST

START_TEST(order_and_anticonception)
{
  gs_family *f = family("F-X", GS_CHILD_WISH_NOT_NOW);
  child(f, "C3", "2015-01-01", NULL);
  child(f, "C1", "2023-01-01", NULL);
  child(f, "C9", "2010-01-01", NULL);
  child(f, "C2", "2022-01-01", NULL);
  pregnancy(f, "Z1", "P2", "2025-09-01", NULL, GS_OUTCOME_NONE, NULL);
  finish(f);
  gs_phases *p = phases_at(f, "2025-06-01");
  ck_assert_uint_eq(gs_phases_count(p), 6);
  /* family, pregnancy, then children by phase and position (not by age or id) */
  expect_phase(p, 0, GS_PHASE_ANTICONCEPTION, "F-X", NULL, NULL);
  expect_phase(p, 1, GS_PHASE_PREGNANCY_BIRTH, "Z1", "2024-11-25", "2025-10-13");
  expect_phase(p, 2, GS_PHASE_CHILD_0_4, "C1", "2023-01-01", "2027-01-01");
  expect_phase(p, 3, GS_PHASE_CHILD_0_4, "C2", "2022-01-01", "2026-01-01");
  expect_phase(p, 4, GS_PHASE_CHILD_5_12, "C3", "2019-01-01", "2028-01-01");
  expect_phase(p, 5, GS_PHASE_CHILD_13_19, "C9", "2023-01-01", "2029-01-01");
  ck_assert(gs_phases_first_1000_days(p));
  /* the internal records carry the subject positions */
  gsi_phase_rec recs[2 + 2 * GSI_MAX_MEMBERS];
  ck_assert_uint_le(GSI_PHASES_MAX(f), sizeof recs / sizeof recs[0]);
  gsi_phase_params params = GSI_PHASE_PARAMS_DEFAULT;
  ck_assert_uint_eq(gsi_family_phases(f, D("2025-06-01"), &params, recs), 6);
  ck_assert_int_eq(recs[0].subject_kind, GSI_SUBJECT_FAMILY);
  ck_assert_int_eq(recs[0].subject, GSI_NO_INDEX);
  ck_assert_int_eq(recs[1].subject_kind, GSI_SUBJECT_PREGNANCY);
  ck_assert_int_eq(recs[1].subject, 0);
  ck_assert_int_eq(recs[4].subject_kind, GSI_SUBJECT_CHILD);
  ck_assert_int_eq(recs[4].subject, 0);
  ck_assert_int_eq(recs[5].subject, 2);
  /* the phases outlive the family: subjects are copies */
  gs_family_free(f);
  ck_assert_str_eq(gs_phases_subject(p, 5), "C9");
  ck_assert_str_eq(gs_phases_subject(p, 0), "F-X");
  /* out of range */
  ck_assert_int_eq(gs_phases_code(p, 6), 0);
  ck_assert_ptr_null(gs_phases_subject(p, 6));
  ck_assert_int_eq(gs_phases_from(p, 6), GS_DATE_NONE);
  ck_assert_int_eq(gs_phases_until(p, 6), GS_DATE_NONE);
  gs_phases_free(p);
  ck_assert_uint_eq(gs_phases_count(NULL), 0);
  ck_assert_int_eq(gs_phases_first_1000_days(NULL), 0);
  ck_assert_int_eq(gs_phases_in_programme(NULL), 0);
  gs_phases_free(NULL);
}
END_TEST

START_TEST(pack_boundaries)
{
  gs_family *f = family("F-Y", GS_CHILD_WISH_UNKNOWN);
  child(f, "C1", "2020-06-01", NULL);
  finish(f);
  struct gs_pack pack;
  memset(&pack, 0, sizeof pack);
  pack.params[GSI_PARAM_PHASE_5_12_FROM_YEARS] = 5;
  pack.params[GSI_PARAM_PHASE_13_19_FROM_YEARS] = 12;
  pack.params[GSI_PARAM_PHASE_END_YEARS] = 18;
  gs_phases *p = NULL;
  ck_assert_int_eq(gs_phases_new(&p, f, D("2024-06-01"), &pack), GS_OK);
  expect_phase(p, 0, GS_PHASE_CHILD_0_4, "C1", "2020-06-01", "2025-06-01");
  gs_phases_free(p);
  ck_assert_int_eq(gs_phases_new(&p, f, D("2032-06-01"), &pack), GS_OK);
  expect_phase(p, 0, GS_PHASE_CHILD_13_19, "C1", "2032-06-01", "2038-06-01");
  gs_phases_free(p);
  ck_assert_int_eq(gs_phases_new(&p, f, D("2038-06-01"), &pack), GS_OK);
  ck_assert_uint_eq(gs_phases_count(p), 0);
  gs_phases_free(p);
  /* with the defaults the same day is still 13-19 */
  p = phases_at(f, "2038-06-01");
  expect_phase(p, 0, GS_PHASE_CHILD_13_19, "C1", "2033-06-01", "2039-06-01");
  gs_phases_free(p);
  /* boundaries that do not increase */
  p = (gs_phases *)0x1;
  pack.params[GSI_PARAM_PHASE_13_19_FROM_YEARS] = 5;
  ck_assert_int_eq(gs_phases_new(&p, f, D("2030-01-01"), &pack), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "phase boundaries 5, 5 and 18 years do not increase", 0, 0);
  pack.params[GSI_PARAM_PHASE_13_19_FROM_YEARS] = 12;
  pack.params[GSI_PARAM_PHASE_5_12_FROM_YEARS] = 0;
  ck_assert_int_eq(gs_phases_new(&p, f, D("2030-01-01"), &pack), GS_EINVAL);
  ck_assert_ptr_eq(p, (gs_phases *)0x1);
  gs_family_free(f);
}
END_TEST

START_TEST(bad_arguments)
{
  gs_family *f = family("F-Z", GS_CHILD_WISH_UNKNOWN);
  gs_phases *p = (gs_phases *)0x1;
  ck_assert_int_eq(gs_phases_new(&p, f, D("2025-01-01"), NULL), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "family F-Z is not finished (call gs_family_finish() first)", 0, 0);
  finish(f);
  ck_assert_int_eq(gs_phases_new(NULL, f, D("2025-01-01"), NULL), GS_EINVAL);
  ck_assert_int_eq(gs_phases_new(&p, NULL, D("2025-01-01"), NULL), GS_EINVAL);
  ck_assert_int_eq(gs_phases_new(&p, f, GS_DATE_NONE, NULL), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "the as-of date is missing", 0, 0);
  ck_assert_int_eq(gs_phases_new(&p, f, GS_DATE_MAX + 1, NULL), GS_EINVAL);
  ck_assert_ptr_eq(p, (gs_phases *)0x1);
  /* no members, no wish: outside the programme */
  ck_assert_int_eq(gs_phases_new(&p, f, D("2025-01-01"), NULL), GS_OK);
  ck_assert_uint_eq(gs_phases_count(p), 0);
  ck_assert(!gs_phases_in_programme(p));
  gs_phases_free(p);
  gs_family_free(f);
}
END_TEST

typedef struct oom_ctx {
  gs_family *f;
  gs_phases *p;
} oom_ctx;

static gs_status oom_op(void *ctx) {
  oom_ctx *c = ctx;
  return gs_phases_new(&c->p, c->f, D("2025-06-01"), NULL);
}

static void oom_cleanup(void *ctx) {
  oom_ctx *c = ctx;
  ck_assert_uint_eq(gs_phases_count(c->p), 3);
  gs_phases_free(c->p);
  c->p = NULL;
}

static bool oom_unchanged(void *ctx) {
  return ((oom_ctx *)ctx)->p == NULL;
}

START_TEST(oom_phases)
{
  oom_ctx c = { family("F-O", GS_CHILD_WISH_ACTIVE), NULL };
  child(c.f, "C1", "2023-01-01", NULL);
  child(c.f, "C2", "2010-01-01", NULL);
  finish(c.f);
  long n = gst_oom_sweep("phases", oom_op, oom_cleanup, oom_unchanged, &c);
  ck_assert_int_eq(n, 1);
  gs_family_free(c.f);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("phases");
  TCase *tc = tcase_create("phases");
  tcase_add_test(tc, vector_phase_birthdays);
  tcase_add_test(tc, vector_leap_day);
  tcase_add_test(tc, vector_pregnancy_end);
  tcase_add_test(tc, vector_outside_and_anticonception);
  tcase_add_test(tc, vector_time_travel);
  tcase_add_test(tc, vector_more_families);
  tcase_add_test(tc, leap_day_birthdays);
  tcase_add_test(tc, first_1000_days_boundaries);
  tcase_add_test(tc, pregnancy_loss_and_ended_plus_42);
  tcase_add_test(tc, not_happened_yet);
  tcase_add_test(tc, order_and_anticonception);
  tcase_add_test(tc, pack_boundaries);
  tcase_add_test(tc, bad_arguments);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_phases);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
