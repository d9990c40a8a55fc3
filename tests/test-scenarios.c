/*
 * libgoedestart - the scenarios of issue 13's "Done when", end to end
 * through the public API with the default pack and the default catalogue
 * (Veenkoloniën): families built with gs_family_*, assessed with
 * gs_assess, read back through the gs_assessment_* accessors.
 *
 * - VoorZorg (care-paths.md "Routing a need", step 2): a first pregnancy
 *   at 20 weeks of a 19-year-old in Pekela with an acute risk signal on
 *   social support (start level 5) is routed to VoorZorg; at 30 weeks,
 *   with a 26-year-old or with a child already born it is not; without a
 *   birth year the route carries check="caregiver-age".
 * - Safety first (decisions.md, plan.md rule 7): a domestic-violence
 *   concern is the first need and the first advice is the Meldcode's next
 *   step, in Dutch and English.
 * - Notes (formats.md "Notes"): a former municipality code, an unknown
 *   municipality and an expired finding.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

static gs_pack *pack;
static gs_catalog *catalog;

static void load_shared(void) {
  gs_init();
  ck_assert_int_eq(gs_pack_load_default(&pack), GS_OK);
  ck_assert_msg(gs_catalog_load_default(&catalog) == GS_OK, "%s",
                gs_error_format(gs_error_last()));
}

static void free_shared(void) {
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  catalog = NULL;
  pack = NULL;
  gs_shutdown();
}

static gs_date D(const char *s) {
  gs_date d;
  ck_assert_int_eq(gs_date_parse(&d, s), GS_OK);
  return d;
}

#define OK(call) ck_assert_msg((call) == GS_OK, "%s", gs_error_format(gs_error_last()))

/* ---- the pregnant teenager in Pekela ------------------------------------ */

static const char *const AS_OF = "2026-03-02";

typedef struct teen {
  const char *municipality;
  int birth_year;     /* 0: not recorded */
  int weeks;          /* gestational age on the as-of date */
  bool child_born;    /* an older child, born 2023-04-01 */
} teen;

/* A caregiver P1 pregnant (Z1) at @p weeks on the as-of date, with an
 * acute risk signal (severity 3) on social support at a midwife contact. */
static gs_family *teen_family(const teen *t) {
  gs_date as_of = D(AS_OF);
  gs_family *f = NULL;
  OK(gs_family_new(&f, "F-PEKELA", t->municipality, D("2025-12-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  if (t->birth_year != 0)
    OK(gs_family_set_caregiver_birth_year(f, "P1", t->birth_year));
  if (t->child_born) {
    OK(gs_family_add_pregnancy(f, "Z0", "P1", D("2023-04-03"), D("2023-04-01"),
                               GS_OUTCOME_BIRTH, "C1"));
    OK(gs_family_add_child(f, "C1", D("2023-04-01"), "Z0"));
  }
  /* gestational age = as_of - (due - 280) */
  OK(gs_family_add_pregnancy(f, "Z1", "P1", as_of + 280 - t->weeks * 7, GS_DATE_NONE,
                             GS_OUTCOME_NONE, NULL));
  OK(gs_family_add_contact(f, "K1", D("2026-02-27"), "ad-hoc", GS_SETTING_MIDWIFE_PRACTICE,
                           GS_BY_MIDWIFE, "Z1"));
  OK(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_SOCIAL_SUPPORT, GS_SIGNAL_RISK, 3,
                          GS_DATE_NONE));
  OK(gs_family_finish(f));
  return f;
}

static size_t need_of(const gs_assessment *a, gs_topic topic) {
  for (size_t i = 0; i < gs_assessment_need_count(a); i++)
    if (gs_assessment_need_topic(a, i) == topic)
      return i;
  ck_abort_msg("no need on topic %d", (int)topic);
  return 0;
}

static bool is_voorzorg(const gs_assessment *a, size_t offer) {
  const char *name = gs_assessment_offer_name(a, offer, GS_LANG_NL);
  return name != NULL && strncmp(name, "VoorZorg", 8) == 0;
}

/* The route index of VoorZorg among the social-support need's routes, or
 * -1; also checks the need starts at level 5. */
static long voorzorg_route(const gs_assessment *a, size_t *need) {
  size_t i = need_of(a, GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gs_assessment_need_severity(a, i), 3);
  ck_assert_int_eq(gs_assessment_need_level(a, i), 5);
  *need = i;
  long found = -1;
  for (size_t r = 0; r < gs_assessment_need_route_count(a, i); r++) {
    size_t offer = gs_assessment_need_route_offer(a, i, r);
    ck_assert_uint_ne(offer, (size_t)-1);
    if (is_voorzorg(a, offer)) {
      ck_assert_msg(found < 0, "VoorZorg routed twice");
      found = (long)r;
    }
  }
  return found;
}

static gs_assessment *assess(const gs_family *f) {
  gs_assessment *a = NULL;
  OK(gs_assess(&a, f, D(AS_OF), pack, catalog));
  return a;
}

/* Builds the family of @p t, assesses it and finds VoorZorg's route. */
static gs_assessment *assess_teen(const teen *t, gs_family **f, size_t *need, long *route) {
  *f = teen_family(t);
  gs_assessment *a = assess(*f);
  *route = voorzorg_route(a, need);
  return a;
}

START_TEST(voorzorg_for_a_first_pregnancy_at_20_weeks_of_a_19_year_old)
{
  teen t = { "GM0765", 2007, 20, false };
  gs_family *f;
  size_t i;
  long r;
  gs_assessment *a = assess_teen(&t, &f, &i, &r);
  ck_assert_msg(r >= 0, "the pregnant teenager in Pekela is not routed to VoorZorg");
  size_t offer = gs_assessment_need_route_offer(a, i, (size_t)r);
  /* Pekela is in Groningen: the Groningen programme, a level-5 route at
   * the start level (no fallback, no gap), every criterion decided */
  ck_assert_str_eq(gs_assessment_offer_id(a, offer), "voorzorg-groningen");
  ck_assert_str_eq(gs_assessment_offer_scope(a, offer), "GR");
  ck_assert_int_eq(gs_assessment_offer_level(a, offer), 5);
  ck_assert_int_eq(gs_assessment_need_route_fallback(a, i, (size_t)r), 0);
  ck_assert_int_eq(gs_assessment_need_route_check(a, i, (size_t)r), GS_CHECK_NONE);
  ck_assert_int_eq(gs_assessment_need_gap_from(a, i), 0);
  ck_assert_int_eq(gs_assessment_need_gap_to(a, i), 0);
  /* the municipality is declared and current: no municipality note */
  for (size_t n = 0; n < gs_assessment_note_count(a); n++)
    ck_assert_int_ne(gs_assessment_note_kind(a, n), GS_NOTE_MUNICIPALITY_UNKNOWN);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

/* One criterion unmet at a time; the boundaries next to it still match. */
static const struct {
  teen t;
  bool voorzorg;
  const char *why;
} teen_cases[] = {
  { { "GM0765", 2007, 30, false }, false, "at 30 weeks (criterion: below 28)" },
  { { "GM0765", 2007, 28, false }, false, "at exactly 28 weeks (below 28 x 7 days)" },
  { { "GM0765", 2007, 27, false }, true, "at 27 weeks" },
  { { "GM0765", 2000, 20, false }, false, "a 26-year-old (criterion: at most 25)" },
  { { "GM0765", 2001, 20, false }, true, "a 25-year-old" },
  { { "GM0765", 2007, 20, true }, false, "a child already born (criterion: first child)" },
};

START_TEST(voorzorg_criteria_each_unmet)
{
  gs_family *f;
  size_t i;
  long r;
  gs_assessment *a = assess_teen(&teen_cases[_i].t, &f, &i, &r);
  if (teen_cases[_i].voorzorg) {
    ck_assert_msg(r >= 0, "not routed to VoorZorg: %s", teen_cases[_i].why);
    ck_assert_int_eq(gs_assessment_need_route_check(a, i, (size_t)r), GS_CHECK_NONE);
  } else {
    ck_assert_msg(r < 0, "routed to VoorZorg: %s", teen_cases[_i].why);
    /* still a route at level 5 (the intensive first-1000-days approach is
     * open in pregnancy) and no gap */
    ck_assert_uint_gt(gs_assessment_need_route_count(a, i), 0);
    ck_assert_int_eq(gs_assessment_need_gap_from(a, i), 0);
  }
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(voorzorg_without_birth_year_says_check_the_age)
{
  teen t = { "GM0765", 0, 20, false };
  gs_family *f;
  size_t i;
  long r;
  gs_assessment *a = assess_teen(&t, &f, &i, &r);
  ck_assert_msg(r >= 0, "an undecided age criterion excluded VoorZorg");
  ck_assert_int_eq(gs_assessment_need_route_check(a, i, (size_t)r), GS_CHECK_CAREGIVER_AGE);
  ck_assert_int_eq(gs_assessment_need_route_fallback(a, i, (size_t)r), 0);
  /* only the offers with an age criterion carry the check */
  for (size_t k = 0; k < gs_assessment_need_route_count(a, i); k++) {
    size_t offer = gs_assessment_need_route_offer(a, i, k);
    if (!is_voorzorg(a, offer))
      ck_assert_int_eq(gs_assessment_need_route_check(a, i, k), GS_CHECK_NONE);
  }
  /* the criterion is decided as soon as the year is recorded */
  gs_assessment_free(a);
  OK(gs_family_set_caregiver_birth_year(f, "P1", 2007));
  ck_assert(gs_family_is_finished(f));
  a = assess(f);
  r = voorzorg_route(a, &i);
  ck_assert(r >= 0);
  ck_assert_int_eq(gs_assessment_need_route_check(a, i, (size_t)r), GS_CHECK_NONE);
  gs_assessment_free(a);
  /* and the 30-week pregnancy without a birth year is not routed there
   * either: an unmet criterion excludes, whatever is undecided */
  gs_family_free(f);
  teen late = { "GM0765", 0, 30, false };
  a = assess_teen(&late, &f, &i, &r);
  ck_assert_int_lt(r, 0);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

/* ---- safety first: the Meldcode ----------------------------------------- */

/* A family with a child, a domestic-violence concern (severity 2) and two
 * more severe concerns on other topics, and the given Meldcode steps. */
static gs_family *dv_family(const int *steps, size_t n_steps) {
  gs_family *f = NULL;
  OK(gs_family_new(&f, "F-DV", "GM0765", D("2024-05-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, "C1", D("2024-05-01"), NULL));
  OK(gs_family_add_contact(f, "K1", D("2026-02-01"), "ad-hoc", GS_SETTING_HOME,
                           GS_BY_NEIGHBOURHOOD_TEAM, NULL));
  OK(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 3, GS_DATE_NONE));
  OK(gs_family_add_signal(f, "K1", "S2", GS_TOPIC_FINANCES_DEBT, GS_SIGNAL_RISK, 3,
                          GS_DATE_NONE));
  OK(gs_family_add_signal(f, "K1", "S3", GS_TOPIC_DOMESTIC_VIOLENCE, GS_SIGNAL_RISK, 2,
                          GS_DATE_NONE));
  for (size_t k = 0; k < n_steps; k++)
    OK(gs_family_add_meldcode_step(f, steps[k], D("2026-02-01") + 1 + (int)k,
                                   GS_MELDCODE_DECISION_NONE));
  OK(gs_family_finish(f));
  return f;
}

static size_t meldcode_advice(const gs_assessment *a) {
  size_t found = (size_t)-1;
  for (size_t i = 0; i < gs_assessment_advice_count(a); i++)
    if (gs_assessment_advice_kind(a, i) == GS_ADVICE_MELDCODE) {
      ck_assert_msg(found == (size_t)-1, "two Meldcode advice items");
      found = i;
    }
  ck_assert_msg(found != (size_t)-1, "no Meldcode advice");
  return found;
}

static void assert_step_text(const gs_assessment *a, size_t i, int step) {
  char want[512];
  const char *nl = gs_assessment_advice_text(a, i, GS_LANG_NL);
  ck_assert_ptr_nonnull(nl);
  ck_assert_ptr_nonnull(strstr(nl, "meldcode huiselijk geweld en kindermishandeling"));
  snprintf(want, sizeof want, "Volgende stap: stap %d, «%s».", step,
           gs_code_label(GS_KIND_MELDCODE_STEP, step, GS_LANG_NL));
  ck_assert_msg(strstr(nl, want) != NULL, "'%s' lacks '%s'", nl, want);
  const char *en = gs_assessment_advice_text(a, i, GS_LANG_EN);
  ck_assert_ptr_nonnull(en);
  ck_assert_ptr_nonnull(strstr(en, "Meldcode for domestic violence and child abuse"));
  snprintf(want, sizeof want, "Next: step %d, «%s».", step,
           gs_code_label(GS_KIND_MELDCODE_STEP, step, GS_LANG_EN));
  ck_assert_msg(strstr(en, want) != NULL, "'%s' lacks '%s'", en, want);
}

START_TEST(domestic_violence_first_with_the_meldcode)
{
  gs_family *f = dv_family(NULL, 0);
  gs_assessment *a = assess(f);
  /* first among the needs, before the two concerns of severity 3 */
  ck_assert_uint_ge(gs_assessment_need_count(a), 3);
  ck_assert_int_eq(gs_assessment_need_topic(a, 0), GS_TOPIC_DOMESTIC_VIOLENCE);
  ck_assert_int_eq(gs_assessment_need_severity(a, 0), 2);
  /* the Meldcode advice comes first, at step 1 (no step recorded) */
  size_t i = meldcode_advice(a);
  ck_assert_uint_eq(i, 0);
  ck_assert_int_eq(gs_assessment_advice_step(a, i), 1);
  ck_assert_int_ne(gs_assessment_advice_safety(a, i), GS_SAFETY_NONE);
  ck_assert_int_eq(gs_assessment_advice_since(a, i), D("2026-02-01"));
  assert_step_text(a, i, 1);
  /* the step and texts belong to the Meldcode advice only */
  for (size_t k = 0; k < gs_assessment_advice_count(a); k++)
    if (k != i) {
      ck_assert_int_eq(gs_assessment_advice_step(a, k), 0);
      if (gs_assessment_advice_kind(a, k) != GS_ADVICE_INTEGRATED_PLAN)
        ck_assert_ptr_null(gs_assessment_advice_text(a, k, GS_LANG_NL));
    }
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(meldcode_after_steps_1_and_2_is_step_3)
{
  static const int steps[] = { 1, 2 };
  gs_family *f = dv_family(steps, 2);
  ck_assert_uint_eq(gs_family_meldcode_step_count(f), 2);
  gs_assessment *a = assess(f);
  ck_assert_int_eq(gs_assessment_need_topic(a, 0), GS_TOPIC_DOMESTIC_VIOLENCE);
  size_t i = meldcode_advice(a);
  ck_assert_uint_eq(i, 0);
  ck_assert_int_eq(gs_assessment_advice_step(a, i), 3);
  assert_step_text(a, i, 3);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

/* ---- notes ----------------------------------------------------------------- */

static gs_family *plain_family(const char *municipality) {
  gs_family *f = NULL;
  OK(gs_family_new(&f, "F-NOTES", municipality, D("2024-09-01")));
  OK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, "C1", D("2024-09-01"), NULL));
  OK(gs_family_add_contact(f, "K3", D("2026-02-20"), "ad-hoc", GS_SETTING_OTHER,
                           GS_BY_NEIGHBOURHOOD_TEAM, NULL));
  OK(gs_family_add_signal(f, "K3", "S1", GS_TOPIC_FINANCES_DEBT, GS_SIGNAL_RISK, 2,
                          GS_DATE_NONE));
  return f;
}

static size_t count_notes(const gs_assessment *a, gs_note_kind kind) {
  size_t n = 0;
  for (size_t i = 0; i < gs_assessment_note_count(a); i++)
    n += gs_assessment_note_kind(a, i) == kind;
  return n;
}

START_TEST(note_former_municipality_code)
{
  gs_family *f = plain_family("GM0048");
  OK(gs_family_finish(f));
  gs_assessment *a = assess(f);
  ck_assert_uint_ge(gs_assessment_note_count(a), 1);
  ck_assert_int_eq(gs_assessment_note_kind(a, 0), GS_NOTE_MUNICIPALITY_FORMER);
  ck_assert_str_eq(gs_assessment_note_municipality(a, 0), "GM0048");
  ck_assert_str_eq(gs_assessment_note_successor(a, 0), "GM1950");
  ck_assert_int_eq(gs_assessment_note_date(a, 0), D("2017-12-31"));
  ck_assert_ptr_nonnull(strstr(gs_assessment_note_text(a, 0, GS_LANG_NL), "GM1950"));
  ck_assert_ptr_nonnull(strstr(gs_assessment_note_text(a, 0, GS_LANG_EN), "GM1950"));
  ck_assert_uint_eq(count_notes(a, GS_NOTE_MUNICIPALITY_UNKNOWN), 0);
  /* routed as Westerwolde: its own wijkteam or debt help is among the routes */
  size_t i = need_of(a, GS_TOPIC_FINANCES_DEBT);
  bool local = false;
  for (size_t r = 0; r < gs_assessment_need_route_count(a, i); r++)
    local |= strcmp(gs_assessment_offer_scope(a, gs_assessment_need_route_offer(a, i, r)),
                    "GM1950") == 0;
  ck_assert_msg(local, "GM0048 was not routed as GM1950");
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(note_unknown_municipality)
{
  gs_family *f = plain_family("GM0363"); /* Amsterdam: not in the catalogue */
  OK(gs_family_finish(f));
  gs_assessment *a = assess(f);
  ck_assert_uint_ge(gs_assessment_note_count(a), 1);
  ck_assert_int_eq(gs_assessment_note_kind(a, 0), GS_NOTE_MUNICIPALITY_UNKNOWN);
  ck_assert_str_eq(gs_assessment_note_municipality(a, 0), "GM0363");
  ck_assert_ptr_null(gs_assessment_note_successor(a, 0));
  ck_assert_int_eq(gs_assessment_note_date(a, 0), GS_DATE_NONE);
  ck_assert_ptr_nonnull(gs_assessment_note_text(a, 0, GS_LANG_NL));
  ck_assert_ptr_nonnull(gs_assessment_note_text(a, 0, GS_LANG_EN));
  ck_assert_uint_eq(count_notes(a, GS_NOTE_MUNICIPALITY_UNKNOWN), 1);
  /* only national offers route */
  size_t i = need_of(a, GS_TOPIC_FINANCES_DEBT);
  for (size_t r = 0; r < gs_assessment_need_route_count(a, i); r++)
    ck_assert_str_eq(gs_assessment_offer_scope(a, gs_assessment_need_route_offer(a, i, r)),
                     "national");
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(note_expired_finding)
{
  gs_family *f = plain_family("GM0765");
  /* a DMOP rating of 2025-08-30: no longer counted on 2026-03-02 */
  OK(gs_family_add_contact(f, "K1", D("2025-08-30"), "ad-hoc", GS_SETTING_HOME, GS_BY_JGZ_NURSE,
                           "C1"));
  OK(gs_family_add_finding(f, "K1", GS_FINDING_DMOP, GS_DMOP_PARTNER_ROLE, GS_RATING_NOT_GOOD));
  OK(gs_family_finish(f));
  gs_assessment *a = assess(f);
  ck_assert_uint_eq(gs_assessment_note_count(a), 1);
  ck_assert_int_eq(gs_assessment_note_kind(a, 0), GS_NOTE_EXPIRED);
  ck_assert_str_eq(gs_assessment_note_contact(a, 0), "K1");
  ck_assert_int_eq(gs_assessment_note_finding(a, 0), GS_FINDING_DMOP);
  ck_assert_str_eq(gs_assessment_note_item(a, 0), "partner-role");
  ck_assert_int_eq(gs_assessment_note_date(a, 0), D("2026-03-02"));
  ck_assert_ptr_nonnull(gs_assessment_note_text(a, 0, GS_LANG_NL));
  ck_assert_ptr_nonnull(gs_assessment_note_text(a, 0, GS_LANG_EN));
  ck_assert_ptr_null(gs_assessment_note_text(a, 1, GS_LANG_NL));
  gs_assessment_free(a);
  /* a day earlier it still counted: no note */
  a = NULL;
  OK(gs_assess(&a, f, D("2026-03-01"), pack, catalog));
  ck_assert_uint_eq(count_notes(a, GS_NOTE_EXPIRED), 0);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

int main(void) {
  Suite *s = suite_create("scenarios");
  TCase *v = tcase_create("voorzorg");
  tcase_add_unchecked_fixture(v, load_shared, free_shared);
  tcase_add_test(v, voorzorg_for_a_first_pregnancy_at_20_weeks_of_a_19_year_old);
  tcase_add_loop_test(v, voorzorg_criteria_each_unmet, 0,
                      (int)(sizeof teen_cases / sizeof teen_cases[0]));
  tcase_add_test(v, voorzorg_without_birth_year_says_check_the_age);
  suite_add_tcase(s, v);
  TCase *m = tcase_create("meldcode");
  tcase_add_unchecked_fixture(m, load_shared, free_shared);
  tcase_add_test(m, domestic_violence_first_with_the_meldcode);
  tcase_add_test(m, meldcode_after_steps_1_and_2_is_step_3);
  suite_add_tcase(s, m);
  TCase *n = tcase_create("notes");
  tcase_add_unchecked_fixture(n, load_shared, free_shared);
  tcase_add_test(n, note_former_municipality_code);
  tcase_add_test(n, note_unknown_municipality);
  tcase_add_test(n, note_expired_finding);
  suite_add_tcase(s, n);
  return gst_run(s);
}
