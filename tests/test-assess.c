/*
 * libgoedestart - tests of the assessment (decisions.md, schedule.md,
 * care-paths.md, plan.md): every conformance vector byte for byte, each
 * validity and schedule window at its boundary, plan advice, the batch path
 * allocating nothing, and OOM sweeps.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "xml-util.h"

static gs_pack *pack;
static gs_catalog *catalog;

static void load_shared(void) {
  gst_alloc_install();
  gs_init();
  ck_assert_int_eq(gs_pack_load_default(&pack), GS_OK);
  ck_assert_msg(gs_catalog_load_file(&catalog, gst_vector("catalog.xml")) == GS_OK, "%s",
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

static gs_date add(gs_date d, int days) {
  return d + days;
}

/* ---- the conformance vectors, byte for byte -------------------------- */

/* The expected files carry library-version="0.0.0" and no content hashes
 * (pack-sha256, catalog-sha256): set ours to 0.0.0 and drop the hashes. */
static char *normalise(char *xml) {
  const char *key = "library-version=\"";
  for (char *p = strstr(xml, key); p; p = strstr(p, key)) {
    p += strlen(key);
    char *end = strchr(p, '"');
    ck_assert_ptr_nonnull(end);
    memmove(p + 5, end, strlen(end) + 1);
    memcpy(p, "0.0.0", 5);
  }
  const char *hashes[] = { " pack-sha256=\"", " catalog-sha256=\"" };
  for (size_t h = 0; h < 2; h++)
    for (char *p = strstr(xml, hashes[h]); p; p = strstr(p, hashes[h])) {
      char *end = strchr(p + strlen(hashes[h]), '"');
      ck_assert_ptr_nonnull(end);
      memmove(p, end + 1, strlen(end + 1) + 1);
    }
  return xml;
}

static char *assess_dossier(const char *dossier_path, gs_date as_of, gs_lang lang) {
  gs_dossier *d = NULL;
  ck_assert_msg(gs_dossier_load_file(&d, dossier_path) == GS_OK, "%s",
                gs_error_format(gs_error_last()));
  gs_assessment_writer *w = NULL;
  ck_assert_int_eq(gs_assessment_writer_new(&w, gs_dossier_root_is_family(d), lang), GS_OK);
  gs_assessment *a = NULL;
  ck_assert_int_eq(gs_assessment_new(&a), GS_OK);
  for (size_t i = 0; i < gs_dossier_family_count(d); i++) {
    ck_assert_msg(gs_assess_into(a, gs_dossier_family(d, i), as_of, pack, catalog) == GS_OK,
                  "%s", gs_error_format(gs_error_last()));
    ck_assert_int_eq(gs_assessment_writer_add(w, a), GS_OK);
  }
  ck_assert_int_eq(gs_assessment_writer_end(w), GS_OK);
  size_t len;
  const char *xml = gs_assessment_writer_pending(w, &len);
  char *copy = malloc(len + 1);
  memcpy(copy, xml, len + 1);
  gs_assessment_writer_free(w);
  gs_assessment_free(a);
  gs_dossier_free(d);
  return copy;
}

START_TEST(vectors_byte_identical)
{
  FILE *f = fopen(gst_vector("as-of.txt"), "r");
  ck_assert_ptr_nonnull(f);
  char line[512];
  int n = 0;
  while (fgets(line, sizeof line, f)) {
    char name[256], date[32];
    if (sscanf(line, "%255s %31s", name, date) != 2)
      continue;
    char dossier[512], expected[512];
    snprintf(dossier, sizeof dossier, "%s", gst_vector(name));
    snprintf(expected, sizeof expected, "%s", gst_vector(name));
    strcpy(strstr(expected, ".xml"), ".expected.xml");
    char *got = normalise(assess_dossier(dossier, D(date), GS_LANG_NONE));
    char *want = gst_read(expected, NULL);
    if (strcmp(got, want) != 0) {
      size_t i = 0;
      while (got[i] && got[i] == want[i])
        i++;
      size_t from = i > 200 ? i - 200 : 0;
      ck_abort_msg("%s differs at byte %zu:\n--- expected ---\n%.400s\n--- got ---\n%.400s", name,
                   i, want + from, got + from);
    }
    free(got);
    free(want);
    n++;
  }
  fclose(f);
  ck_assert_int_eq(n, 32);
}
END_TEST

START_TEST(output_validates_against_schema_with_texts)
{
  /* with a language, reasons carry their texts; still the same vocabulary */
  char *nl = assess_dossier(gst_vector("03-urgent-priority.xml"), D("2025-06-15"), GS_LANG_NL);
  char *en = assess_dossier(gst_vector("03-urgent-priority.xml"), D("2025-06-15"), GS_LANG_EN);
  ck_assert_ptr_nonnull(strstr(nl, "<reason rule=\"U-SAFETY\" table=\"care-need\">"));
  ck_assert_ptr_nonnull(strstr(en, "<reason rule=\"U-SAFETY\" table=\"care-need\">"));
  ck_assert_str_ne(nl, en);
  const char *docs[2] = { nl, en };
  for (int i = 0; i < 2; i++) {
    xmlDocPtr doc = NULL;
    ck_assert_int_eq(gsi_xml_parse(docs[i], strlen(docs[i]), "out.xml", &doc), GS_OK);
    ck_assert_msg(gsi_xml_validate(doc, "out.xml", GSI_SCHEMA_ASSESSMENT) == GS_OK, "%s",
                  gs_error_format(gs_error_last()));
    xmlFreeDoc(doc);
  }
  free(nl);
  free(en);
}
END_TEST

/* ---- a family built in code ---------------------------------------- */

/* A family with one child born on `born`, enrolled at birth, in Emmen. */
static gs_family *family_with_child(const char *born) {
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-T", "GM0114", D(born)), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C1", D(born), NULL), GS_OK);
  return f;
}

static gs_assessment *assess(gs_family *f, gs_date as_of) {
  ck_assert_msg(gs_family_finish(f) == GS_OK, "%s", gs_error_format(gs_error_last()));
  gs_assessment *a = NULL;
  ck_assert_msg(gs_assess(&a, f, as_of, pack, catalog) == GS_OK, "%s",
                gs_error_format(gs_error_last()));
  return a;
}

static const char *fact(const gs_assessment *a, const char *name) {
  for (size_t i = 0; i < gs_assessment_fact_count(a); i++)
    if (strcmp(gs_assessment_fact_name(a, i), name) == 0)
      return gs_assessment_fact_value(a, i);
  ck_abort_msg("no fact %s", name);
  return NULL;
}

static bool has_reason(const gs_assessment *a, const char *rule) {
  for (size_t i = 0; i < gs_assessment_reason_count(a); i++)
    if (strcmp(gs_assessment_reason_rule(a, i), rule) == 0)
      return true;
  return false;
}

/* One DMOP finding on `date`, assessed on as_of: the fact dmop_not_good. */
static int dmop_not_good_after(int days_old) {
  gs_family *f = family_with_child("2025-01-01");
  gs_date contact = D("2025-03-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_WELL_BABY_CLINIC,
                                         GS_BY_JGZ_NURSE, "C1"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_DMOP, GS_DMOP_PARTNER_ROLE,
                                         GS_RATING_NOT_GOOD), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  int v = atoi(fact(a, "dmop_not_good"));
  gs_assessment_free(a);
  gs_family_free(f);
  return v;
}

START_TEST(validity_dmop_boundary)
{
  ck_assert_int_eq(dmop_not_good_after(182), 1);
  ck_assert_int_eq(dmop_not_good_after(183), 1); /* still counts on contact + validity */
  ck_assert_int_eq(dmop_not_good_after(184), 0);
}
END_TEST

static const char *signal_fact_after(int days_old, gs_date resolved, const char *name) {
  static char buf[32];
  gs_family *f = family_with_child("2024-01-01");
  gs_date contact = D("2024-06-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_NEIGHBOURHOOD_TEAM, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 3,
                                        resolved), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  snprintf(buf, sizeof buf, "%s", fact(a, name));
  gs_assessment_free(a);
  gs_family_free(f);
  return buf;
}

START_TEST(validity_signal_and_resolution)
{
  ck_assert_str_eq(signal_fact_after(364, GS_DATE_NONE, "signal_acute"), "1");
  ck_assert_str_eq(signal_fact_after(365, GS_DATE_NONE, "signal_acute"), "1");
  ck_assert_str_eq(signal_fact_after(366, GS_DATE_NONE, "signal_acute"), "0");
  /* resolved on the as-of date no longer counts, resolved the day after still does */
  ck_assert_str_eq(signal_fact_after(10, D("2024-06-11"), "signal_acute"), "0");
  ck_assert_str_eq(signal_fact_after(10, D("2024-06-12"), "signal_acute"), "1");
  ck_assert_str_eq(signal_fact_after(10, D("2024-06-12"), "risk_weight"), "3");
}
END_TEST

static int zrm_after(int days_old) {
  gs_family *f = family_with_child("2024-01-01");
  gs_date contact = D("2024-06-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_NEIGHBOURHOOD_TEAM, "P1"), GS_OK);
  ck_assert_int_eq(gs_family_add_zrm(f, "K1", "P1", GS_ZRM_FINANCES, 1), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  int v = atoi(fact(a, "zrm_min"));
  int care = gs_assessment_care_need(a);
  ck_assert_int_eq(care, v == 1 ? GS_CARE_URGENT_SUPPORT : GS_CARE_POSITIVE_CONFIRMATION);
  gs_assessment_free(a);
  gs_family_free(f);
  return v;
}

START_TEST(validity_zrm_boundary)
{
  ck_assert_int_eq(zrm_after(89), 1);
  ck_assert_int_eq(zrm_after(90), 1);
  ck_assert_int_eq(zrm_after(91), 0);
}
END_TEST

static int giz_max_after(int days_old) {
  gs_family *f = family_with_child("2024-01-01");
  gs_date contact = D("2024-06-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_WELL_BABY_CLINIC,
                                         GS_BY_JGZ_DOCTOR, "C1"), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_GIZ, GS_GIZ_PARENTING, 3), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  int v = atoi(fact(a, "giz_max"));
  gs_assessment_free(a);
  gs_family_free(f);
  return v;
}

START_TEST(validity_giz_boundary)
{
  ck_assert_int_eq(giz_max_after(364), 3);
  ck_assert_int_eq(giz_max_after(365), 3);
  ck_assert_int_eq(giz_max_after(366), 0);
}
END_TEST

static const char *help_after(int days_old) {
  gs_family *f = family_with_child("2024-01-01");
  gs_date contact = D("2024-06-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_WELL_BABY_CLINIC,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_HELP_REQUESTED, 0, 1), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  const char *v = strcmp(fact(a, "help_requested"), "true") == 0 ? "true" : "false";
  ck_assert_int_eq(has_reason(a, "A-HELP"), strcmp(v, "true") == 0);
  ck_assert_int_eq(gs_assessment_need_count(a), 0); /* a help request is no need */
  gs_assessment_free(a);
  gs_family_free(f);
  return v;
}

START_TEST(validity_help_boundary)
{
  ck_assert_str_eq(help_after(89), "true");
  ck_assert_str_eq(help_after(90), "true");
  ck_assert_str_eq(help_after(91), "false");
}
END_TEST

static int ph_start_after(int days_old) {
  gs_family *f = family_with_child("2024-01-01");
  gs_date contact = D("2024-06-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", contact, "ad-hoc", GS_SETTING_WELL_BABY_CLINIC,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_POSITIVE_HEALTH,
                                         GS_PH_PARTICIPATION, 0), GS_OK);
  ck_assert_int_eq(gs_family_add_finding(f, "K1", GS_FINDING_POSITIVE_HEALTH,
                                         GS_PH_MEANINGFULNESS, 0), GS_OK);
  gs_assessment *a = assess(f, add(contact, days_old));
  int v = gs_assessment_conversation_start(a);
  gs_assessment_free(a);
  gs_family_free(f);
  return v;
}

START_TEST(positive_health_zero_score_and_tie)
{
  /* a score of 0 is a score; the tie goes to the lowest dimension code */
  ck_assert_int_eq(ph_start_after(365), GS_PH_MEANINGFULNESS);
  ck_assert_int_eq(ph_start_after(366), 0);
}
END_TEST

/* Status of C1's jgz-8w instance (open 49, due 56, overdue 70, close 84). */
static int status_8w(int age_days, int contact_day) {
  gs_family *f = family_with_child("2024-01-01");
  gs_date born = D("2024-01-01");
  if (contact_day >= 0) {
    ck_assert_int_eq(gs_family_add_contact(f, "K1", add(born, contact_day), "jgz-8w",
                                           GS_SETTING_WELL_BABY_CLINIC, GS_BY_JGZ_NURSE, "C1"),
                     GS_OK);
  }
  gs_assessment *a = assess(f, add(born, age_days));
  int status = -1;
  for (size_t i = 0; i < gs_assessment_moment_count(a); i++)
    if (strcmp(gs_assessment_moment_id(a, i), "jgz-8w") == 0) {
      status = gs_assessment_moment_status(a, i);
      ck_assert_int_eq(gs_assessment_moment_open(a, i), add(born, 49));
      ck_assert_int_eq(gs_assessment_moment_close(a, i), add(born, 84));
    }
  gs_assessment_free(a);
  gs_family_free(f);
  return status;
}

START_TEST(schedule_window_boundaries)
{
  ck_assert_int_eq(status_8w(48, -1), GS_MOMENT_UPCOMING);
  ck_assert_int_eq(status_8w(49, -1), GS_MOMENT_DUE);
  ck_assert_int_eq(status_8w(70, -1), GS_MOMENT_DUE);
  ck_assert_int_eq(status_8w(71, -1), GS_MOMENT_OVERDUE);
  ck_assert_int_eq(status_8w(84, -1), GS_MOMENT_OVERDUE);
  ck_assert_int_eq(status_8w(85, -1), GS_MOMENT_MISSED);
  /* contacts: the day before open does not count, open and close do */
  ck_assert_int_eq(status_8w(100, 48), GS_MOMENT_MISSED);
  ck_assert_int_eq(status_8w(100, 49), GS_MOMENT_DONE);
  ck_assert_int_eq(status_8w(100, 84), GS_MOMENT_DONE);
  ck_assert_int_eq(status_8w(100, 85), GS_MOMENT_MISSED);
  /* a contact after the as-of date has not happened yet */
  ck_assert_int_eq(status_8w(60, 61), GS_MOMENT_DUE);
}
END_TEST

START_TEST(listing_window_boundaries)
{
  /* jgz-groep-2 opens at born + 1826: listed when as_of + 365 >= open */
  gs_family *f = family_with_child("2020-01-01");
  gs_date open = add(D("2020-01-01"), 1826);
  for (int delta = -1; delta <= 1; delta++) {
    gs_assessment *a = assess(f, add(open, -365 + delta));
    bool listed = false;
    for (size_t i = 0; i < gs_assessment_moment_count(a); i++)
      listed |= strcmp(gs_assessment_moment_id(a, i), "jgz-groep-2") == 0;
    ck_assert_int_eq(listed, delta >= 0);
    gs_assessment_free(a);
  }
  gs_family_free(f);
}
END_TEST

START_TEST(plan_review_overdue_boundary)
{
  for (int days = 42; days <= 43; days++) {
    gs_family *f = family_with_child("2024-01-01");
    ck_assert_int_eq(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2024-03-01"), GS_DATE_NONE,
                                        GS_GOAL_OPEN, GS_DATE_NONE), GS_OK);
    ck_assert_int_eq(gs_family_add_action(f, "G1", "A1", 2, "home-start", D("2024-03-01"),
                                          GS_DATE_NONE, 1, GS_BY_JGZ_NURSE), GS_OK);
    ck_assert_int_eq(gs_family_add_review(f, "A1", D("2024-04-01"), GS_REVIEW_PARTIAL), GS_OK);
    gs_assessment *a = assess(f, add(D("2024-04-01"), days));
    bool overdue = false;
    for (size_t i = 0; i < gs_assessment_advice_count(a); i++)
      if (gs_assessment_advice_kind(a, i) == GS_ADVICE_REVIEW_OVERDUE) {
        overdue = true;
        ck_assert_int_eq(gs_assessment_advice_since(a, i), D("2024-04-01"));
      }
    ck_assert_int_eq(overdue, days == 43);
    /* R-PARTIAL: stay at level 2 with the routes of parenting at 2 */
    ck_assert_int_eq(gs_assessment_advice_kind(a, 0), GS_ADVICE_REVIEW);
    ck_assert_str_eq(gs_assessment_advice_rule(a, 0), "R-PARTIAL");
    ck_assert_int_eq(gs_assessment_advice_move(a, 0), GS_MOVE_STAY);
    ck_assert_int_eq(gs_assessment_advice_level(a, 0), 2);
    ck_assert_uint_gt(gs_assessment_advice_route_count(a, 0), 0);
    size_t o = gs_assessment_advice_route_offer(a, 0, 0);
    ck_assert_int_eq(gs_assessment_offer_level(a, o), 2);
    gs_assessment_free(a);
    gs_family_free(f);
  }
}
END_TEST

START_TEST(step_down_and_close_after_two_achieved)
{
  for (int level = 1; level <= 2; level++) {
    gs_family *f = family_with_child("2024-01-01");
    ck_assert_int_eq(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2024-03-01"), GS_DATE_NONE,
                                        GS_GOAL_OPEN, GS_DATE_NONE), GS_OK);
    ck_assert_int_eq(gs_family_add_action(f, "G1", "A1", level, NULL, D("2024-03-01"),
                                          GS_DATE_NONE, 0, GS_BY_JGZ_NURSE), GS_OK);
    ck_assert_int_eq(gs_family_add_review(f, "A1", D("2024-04-01"), GS_REVIEW_ACHIEVED), GS_OK);
    /* same date: the later in the document counts as the later review */
    ck_assert_int_eq(gs_family_add_review(f, "A1", D("2024-04-01"), GS_REVIEW_ACHIEVED), GS_OK);
    gs_assessment *a = assess(f, D("2024-04-10"));
    ck_assert_str_eq(gs_assessment_advice_rule(a, 0), level == 1 ? "R-CLOSE" : "R-STEP-DOWN");
    ck_assert_int_eq(gs_assessment_advice_level(a, 0), 1);
    if (level == 1)
      ck_assert_uint_eq(gs_assessment_advice_route_count(a, 0), 0); /* no routes for close */
    gs_assessment_free(a);
    gs_family_free(f);
  }
}
END_TEST

/* level-review on a parenting action at `level` whose latest reviews are
 * `outcomes` (oldest first), with a current parenting need of `severity`
 * (0: none). Returns the advice's rule id and new level. */
static const char *review_rule(int level, const int *outcomes, int n, int severity, int *new_level) {
  static char rule[32];
  gs_family *f = family_with_child("2024-01-01");
  if (severity > 0) {
    ck_assert_int_eq(gs_family_add_contact(f, "K1", D("2024-06-20"), "ad-hoc", GS_SETTING_HOME,
                                           GS_BY_JGZ_NURSE, NULL), GS_OK);
    ck_assert_int_eq(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_PARENTING, GS_SIGNAL_RISK,
                                          severity, GS_DATE_NONE), GS_OK);
  }
  ck_assert_int_eq(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2024-03-01"), GS_DATE_NONE,
                                      GS_GOAL_OPEN, GS_DATE_NONE), GS_OK);
  ck_assert_int_eq(gs_family_add_action(f, "G1", "A1", level, NULL, D("2024-03-01"), GS_DATE_NONE,
                                        1, GS_BY_JGZ_NURSE), GS_OK);
  for (int i = 0; i < n; i++)
    ck_assert_int_eq(gs_family_add_review(f, "A1", D("2024-04-01") + 7 * i, outcomes[i]), GS_OK);
  gs_assessment *a = assess(f, D("2024-07-01"));
  size_t k = 0;
  while (k < gs_assessment_advice_count(a) && gs_assessment_advice_kind(a, k) != GS_ADVICE_REVIEW)
    k++;
  ck_assert_uint_lt(k, gs_assessment_advice_count(a));
  snprintf(rule, sizeof rule, "%s", gs_assessment_advice_rule(a, k));
  *new_level = gs_assessment_advice_level(a, k);
  gs_assessment_free(a);
  gs_family_free(f);
  return rule;
}

START_TEST(level_review_rules_each)
{
  int lvl;
  const int worsened[] = { GS_REVIEW_WORSENED };
  const int not_achieved[] = { GS_REVIEW_NOT_ACHIEVED };
  const int partial[] = { GS_REVIEW_PARTIAL };
  const int achieved_once[] = { GS_REVIEW_PARTIAL, GS_REVIEW_ACHIEVED };
  const int achieved_twice[] = { GS_REVIEW_PARTIAL, GS_REVIEW_ACHIEVED, GS_REVIEW_ACHIEVED };
  const int broken_streak[] = { GS_REVIEW_ACHIEVED, GS_REVIEW_PARTIAL, GS_REVIEW_ACHIEVED };
  ck_assert_str_eq(review_rule(3, worsened, 1, 0, &lvl), "R-WORSENED");
  ck_assert_int_eq(lvl, 4);
  ck_assert_str_eq(review_rule(5, worsened, 1, 0, &lvl), "R-WORSENED");
  ck_assert_int_eq(lvl, 5); /* 5 stays 5 */
  ck_assert_str_eq(review_rule(2, not_achieved, 1, 0, &lvl), "R-NOT-ACHIEVED");
  ck_assert_int_eq(lvl, 3);
  ck_assert_str_eq(review_rule(3, partial, 1, 0, &lvl), "R-PARTIAL");
  ck_assert_int_eq(lvl, 3);
  ck_assert_str_eq(review_rule(3, achieved_once, 2, 0, &lvl), "R-ACHIEVED");
  ck_assert_int_eq(lvl, 3);
  ck_assert_str_eq(review_rule(3, achieved_twice, 3, 0, &lvl), "R-STEP-DOWN");
  ck_assert_int_eq(lvl, 2);
  ck_assert_str_eq(review_rule(3, broken_streak, 3, 0, &lvl), "R-ACHIEVED"); /* streak 1 */
  /* an acute need on the action's own topic jumps to intensive support */
  ck_assert_str_eq(review_rule(3, achieved_twice, 3, 3, &lvl), "R-URGENT");
  ck_assert_int_eq(lvl, 5);
  /* a concern (severity 2) on the topic does not */
  ck_assert_str_eq(review_rule(3, partial, 1, 2, &lvl), "R-PARTIAL");
}
END_TEST

START_TEST(plan_closable_only_when_everything_closed)
{
  for (int open = 0; open <= 1; open++) {
    gs_family *f = family_with_child("2024-01-01");
    ck_assert_int_eq(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2024-03-01"), GS_DATE_NONE,
                                        GS_GOAL_ACHIEVED, D("2024-05-01")), GS_OK);
    ck_assert_int_eq(gs_family_add_goal(f, "G2", GS_TOPIC_HOUSING, D("2024-03-01"), GS_DATE_NONE,
                                        open ? GS_GOAL_OPEN : GS_GOAL_STOPPED,
                                        open ? GS_DATE_NONE : D("2024-06-01")), GS_OK);
    gs_assessment *a = assess(f, D("2024-07-01"));
    bool closable = false;
    for (size_t i = 0; i < gs_assessment_advice_count(a); i++)
      closable |= gs_assessment_advice_kind(a, i) == GS_ADVICE_PLAN_CLOSABLE;
    ck_assert_int_eq(closable, !open);
    gs_assessment_free(a);
    gs_family_free(f);
  }
}
END_TEST

static int stream_cb(void *user, size_t index, const gs_assessment *a) {
  char **out = user;
  char *xml = NULL;
  ck_assert_int_eq(gs_assessment_write_xml(a, GS_LANG_NONE, &xml, NULL), GS_OK);
  size_t have = *out ? strlen(*out) : 0;
  *out = realloc(*out, have + strlen(xml) + 1);
  strcpy(*out + have, xml);
  gs_free(xml);
  return 0;
}

START_TEST(assess_file_streams_like_dom)
{
  const char *name = gst_vector("13-schedule-windows.xml");
  char path[512];
  snprintf(path, sizeof path, "%s", name);
  char *streamed = NULL, *dom = NULL;
  ck_assert_int_eq(gs_assess_file(path, D("2025-07-01"), pack, catalog, stream_cb, &streamed),
                   GS_OK);
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_file(&d, path), GS_OK);
  for (size_t i = 0; i < gs_dossier_family_count(d); i++) {
    gs_assessment *a = NULL;
    ck_assert_int_eq(gs_assess(&a, gs_dossier_family(d, i), D("2025-07-01"), pack, catalog), GS_OK);
    stream_cb(&dom, i, a);
    gs_assessment_free(a);
  }
  ck_assert_str_eq(streamed, dom);
  free(streamed);
  free(dom);
  gs_dossier_free(d);
  ck_assert_int_ne(gs_assess_file("/nonexistent/dossier.xml", D("2025-07-01"), pack, catalog,
                                  NULL, NULL), GS_OK);
  gst_assert_error(GS_EIO, NULL, 0, 0);
}
END_TEST

START_TEST(outside_programme_still_assessed)
{
  gs_family *f = family_with_child("2000-01-01");
  ck_assert_int_eq(gs_family_add_contact(f, "K1", D("2019-06-01"), "ad-hoc", GS_SETTING_OTHER,
                                         GS_BY_GP, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2,
                                        GS_DATE_NONE), GS_OK);
  gs_assessment *a = assess(f, D("2019-07-01"));
  ck_assert_int_eq(gs_assessment_in_programme(a), 0);
  ck_assert_int_eq(gs_assessment_phase_count(a), 0);
  ck_assert_uint_eq(gs_assessment_need_count(a), 1);
  ck_assert_uint_eq(gs_assessment_need_route_count(a, 0), 0);
  ck_assert_int_eq(gs_assessment_need_gap_from(a, 0), 3);
  ck_assert_int_eq(gs_assessment_need_gap_to(a, 0), 5);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(errors_and_no_result)
{
  gs_family *f = family_with_child("2024-01-01");
  gs_assessment *a = NULL;
  /* not finished */
  ck_assert_int_eq(gs_assess(&a, f, D("2024-02-01"), pack, catalog), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "not finished", 0, 0);
  ck_assert_ptr_null(a);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_int_eq(gs_assess(&a, f, GS_DATE_NONE, pack, catalog), GS_EINVAL);
  ck_assert_int_eq(gs_assess(&a, f, D("2024-02-01"), NULL, catalog), GS_EINVAL);
  ck_assert_int_eq(gs_assessment_new(&a), GS_OK);
  ck_assert_uint_eq(gs_assessment_need_count(a), 0);
  ck_assert_int_eq(gs_assessment_care_need(a), 0);
  ck_assert_ptr_null(gs_assessment_fact_name(a, 0));
  char *xml = NULL;
  ck_assert_int_eq(gs_assessment_write_xml(a, GS_LANG_NONE, &xml, NULL), GS_EINVAL);
  /* without a catalogue: no routes, no gaps, no catalog attributes */
  ck_assert_int_eq(gs_assess_into(a, f, D("2024-02-01"), pack, NULL), GS_OK);
  ck_assert_int_eq(gs_assessment_write_xml(a, GS_LANG_EN, &xml, NULL), GS_OK);
  ck_assert_ptr_null(strstr(xml, "catalog="));
  ck_assert_ptr_nonnull(strstr(xml, "<assessment xmlns=\"urn:goedestart:assessment:1\" family=\"F-T\""));
  gs_free(xml);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

START_TEST(writer_states)
{
  gs_family *f = family_with_child("2024-01-01");
  gs_assessment *a = assess(f, D("2024-02-01"));
  gs_assessment_writer *w = NULL;
  ck_assert_int_eq(gs_assessment_writer_new(&w, 1, GS_LANG_NONE), GS_OK);
  ck_assert_int_eq(gs_assessment_writer_end(w), GS_ESTATE);
  ck_assert_int_eq(gs_assessment_writer_add(w, a), GS_OK);
  ck_assert_int_eq(gs_assessment_writer_add(w, a), GS_ESTATE);
  ck_assert_int_eq(gs_assessment_writer_end(w), GS_OK);
  ck_assert_int_eq(gs_assessment_writer_end(w), GS_ESTATE);
  size_t len;
  const char *x = gs_assessment_writer_pending(w, &len);
  ck_assert_uint_eq(strlen(x), len);
  ck_assert_int_eq(x[len - 1], '\n');
  char *single = NULL;
  ck_assert_int_eq(gs_assessment_write_xml(a, GS_LANG_NONE, &single, NULL), GS_OK);
  ck_assert_str_eq(single, x);
  gs_free(single);
  gs_assessment_writer_clear(w);
  ck_assert_str_eq(gs_assessment_writer_pending(w, NULL), "");
  gs_assessment_writer_free(w);
  gs_assessment_free(a);
  gs_family_free(f);
}
END_TEST

/* ---- the batch path allocates nothing -------------------------------- */

typedef struct {
  long allocations;
  size_t calls;
} batch_ctx;

static int count_cb(void *user, size_t index, const gs_assessment *a) {
  batch_ctx *c = user;
  c->calls++;
  if (index == 1)
    gst_alloc_fail_at(0); /* start counting after the first family grew the buffers */
  return 0;
}

START_TEST(batch_allocates_nothing_per_family)
{
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_file(&d, gst_vector("17-contacts-and-pregnancies.xml")), GS_OK);
  const gs_family *fams[64];
  size_t n = 0;
  /* the biggest family first, then many */
  for (int rep = 0; rep < 30; rep++)
    for (size_t i = 0; i < gs_dossier_family_count(d) && n < 64; i++)
      fams[n++] = gs_dossier_family(d, i);
  batch_ctx c = { 0, 0 };
  gs_assessment *a = NULL;
  ck_assert_int_eq(gs_assessment_new(&a), GS_OK);
  /* warm up on every family once */
  for (size_t i = 0; i < gs_dossier_family_count(d); i++)
    ck_assert_int_eq(gs_assess_into(a, fams[i], D("2025-10-15"), pack, catalog), GS_OK);
  gst_alloc_fail_at(0);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq(gs_assess_into(a, fams[i], D("2025-10-15"), pack, catalog), GS_OK);
  ck_assert_int_eq(gst_alloc_count(), 0);
  /* gs_assess_many: only its one assessment and buffers, not per family */
  gst_alloc_fail_at(0);
  ck_assert_int_eq(gs_assess_many(fams, n, D("2025-10-15"), pack, catalog, count_cb, &c), GS_OK);
  ck_assert_uint_eq(c.calls, n);
  ck_assert_int_eq(gst_alloc_count(), 0); /* counted from the second family on */
  gs_assessment_free(a);
  gs_dossier_free(d);
}
END_TEST

/* ---- the summary table equals per-family assessments ----------------- */

START_TEST(summary_matches_assessments)
{
  const char *name = gst_vector("18-plan-findings.xml");
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_file(&d, name), GS_OK);
  size_t n = gs_dossier_family_count(d);
  const gs_family *fams[8];
  for (size_t i = 0; i < n; i++)
    fams[i] = gs_dossier_family(d, i);
  gs_date as_of = D("2026-04-20");
  gs_summary *s1 = NULL, *s2 = NULL;
  ck_assert_int_eq(gs_summary_from_families(&s1, fams, n, as_of, pack, catalog), GS_OK);
  ck_assert_int_eq(gs_summary_from_file(&s2, name, as_of, pack, catalog), GS_OK);
  ck_assert_uint_eq(gs_summary_rows(s1), n);
  ck_assert_uint_eq(gs_summary_rows(s2), n);
  size_t len1, len2;
  const char *ids1 = gs_summary_ids(s1, &len1), *ids2 = gs_summary_ids(s2, &len2);
  ck_assert_uint_eq(len1, len2);
  ck_assert_int_eq(memcmp(ids1, ids2, len1), 0);
  for (int c = GS_SUMMARY_OUTCOME; c <= GS_SUMMARY_IN_PROGRAMME; c++)
    ck_assert_int_eq(memcmp(gs_summary_column_data(s1, (gs_summary_column)c),
                            gs_summary_column_data(s2, (gs_summary_column)c), n * sizeof(int32_t)), 0);
  for (size_t i = 0; i < n; i++) {
    gs_assessment *a = NULL;
    ck_assert_int_eq(gs_assess(&a, fams[i], as_of, pack, catalog), GS_OK);
    ck_assert_str_eq(gs_summary_family_id(s1, i), gs_family_id(fams[i]));
    ck_assert_str_eq(gs_summary_municipality(s1, i), gs_family_municipality(fams[i]));
    ck_assert_int_eq(gs_summary_column_data(s1, GS_SUMMARY_OUTCOME)[i], gs_assessment_care_need(a));
    ck_assert_int_eq(gs_summary_column_data(s1, GS_SUMMARY_NEEDS)[i], (int)gs_assessment_need_count(a));
    int max = 0, overdue = 0;
    for (size_t k = 0; k < gs_assessment_need_count(a); k++)
      if (gs_assessment_need_level(a, k) > max)
        max = gs_assessment_need_level(a, k);
    for (size_t k = 0; k < gs_assessment_moment_count(a); k++)
      overdue += gs_assessment_moment_status(a, k) == GS_MOMENT_OVERDUE;
    ck_assert_int_eq(gs_summary_column_data(s1, GS_SUMMARY_MAX_LEVEL)[i], max);
    ck_assert_int_eq(gs_summary_column_data(s1, GS_SUMMARY_OVERDUE)[i], overdue);
    ck_assert_int_eq(gs_summary_column_data(s1, GS_SUMMARY_IN_PROGRAMME)[i], gs_assessment_in_programme(a));
    gs_assessment_free(a);
  }
  ck_assert_ptr_null(gs_summary_family_id(s1, n));
  ck_assert_ptr_null(gs_summary_column_data(s1, (gs_summary_column)99));
  /* a broken file: an error with a position, no summary */
  gs_summary *bad = NULL;
  ck_assert_int_ne(gs_summary_from_file(&bad, gst_vector("catalog.xml"), as_of, pack, catalog), GS_OK);
  ck_assert_ptr_null(bad);
  gs_summary_free(s1);
  gs_summary_free(s2);
  gs_dossier_free(d);
}
END_TEST

typedef struct {
  const char *path;
  gs_summary *s;
} sum_ctx;

static gs_status oom_summary(void *ctx) {
  sum_ctx *c = ctx;
  return gs_summary_from_file(&c->s, c->path, D("2026-03-02"), pack, catalog);
}

static void oom_summary_cleanup(void *ctx) {
  sum_ctx *c = ctx;
  gs_summary_free(c->s);
  c->s = NULL;
}

START_TEST(oom_sweep_summary)
{
  sum_ctx c = { gst_vector("19-caregiver-contacts-and-twins.xml"), NULL };
  char path[512];
  snprintf(path, sizeof path, "%s", c.path);
  c.path = path;
  ck_assert_int_gt(gst_oom_sweep("summary", oom_summary, oom_summary_cleanup, NULL, &c), 5);
}
END_TEST

/* ---- OOM ---------------------------------------------------------------- */

typedef struct {
  gs_dossier *dossier;
  gs_assessment *a;
  char *xml;
} oom_ctx;

static gs_status oom_assess(void *ctx) {
  oom_ctx *c = ctx;
  const gs_family *f = gs_dossier_family(c->dossier, 0);
  gs_status st = gs_assess(&c->a, f, D("2026-04-20"), pack, catalog);
  if (st != GS_OK)
    return st;
  st = gs_assessment_write_xml(c->a, GS_LANG_NL, &c->xml, NULL);
  if (st != GS_OK) {
    gs_assessment_free(c->a);
    c->a = NULL;
  }
  return st;
}

static void oom_cleanup(void *ctx) {
  oom_ctx *c = ctx;
  gs_assessment_free(c->a);
  gs_free(c->xml);
  c->a = NULL;
  c->xml = NULL;
}

START_TEST(oom_sweep_assess_and_write)
{
  oom_ctx c = { NULL, NULL, NULL };
  ck_assert_int_eq(gs_dossier_load_file(&c.dossier, gst_vector("18-plan-findings.xml")), GS_OK);
  long n = gst_oom_sweep("assess+write", oom_assess, oom_cleanup, NULL, &c);
  ck_assert_int_gt(n, 5);
  gs_dossier_free(c.dossier);
}
END_TEST

/* The v5 results under the sweep (plan.md rules 7-8, care-paths.md
 * "Routing a need", schedule.md indicated moments, formats.md "Notes"):
 * every family of the vectors that produce them is assessed, written as
 * XML and through the streaming writer with every allocation failing in
 * turn; a run without a failure is checked to have produced them, so the
 * sweep went through their code. */
static const char *const v5_vectors[] = {
  "01-formats-example.xml",         "21-levels-and-fallback.xml",
  "22-pregnancy-entry-criteria.xml", "24-safety-first-meldcode.xml",
  "25-cumulative-risk.xml",          "28-indicated-contacts.xml",
  "29-notes-and-municipality-codes.xml",
};

typedef struct v5_ctx {
  const gs_family *family;
  gs_date as_of;
  gs_assessment *a;
  char *xml;
  gs_assessment_writer *w;
} v5_ctx;

static void v5_cleanup(void *ctx) {
  v5_ctx *c = ctx;
  gs_assessment_writer_free(c->w);
  gs_assessment_free(c->a);
  gs_free(c->xml);
  c->w = NULL;
  c->a = NULL;
  c->xml = NULL;
}

static gs_status v5_assess_write(void *ctx) {
  v5_ctx *c = ctx;
  gs_status st = gs_assess(&c->a, c->family, c->as_of, pack, catalog);
  if (st == GS_OK)
    st = gs_assessment_write_xml(c->a, GS_LANG_EN, &c->xml, NULL);
  if (st == GS_OK)
    st = gs_assessment_writer_new(&c->w, 0, GS_LANG_NL);
  if (st == GS_OK)
    st = gs_assessment_writer_add(c->w, c->a);
  if (st == GS_OK)
    st = gs_assessment_writer_end(c->w);
  if (st != GS_OK)
    v5_cleanup(c);
  return st;
}

static bool v5_unchanged(void *ctx) {
  v5_ctx *c = ctx;
  return c->a == NULL && c->xml == NULL && c->w == NULL;
}

START_TEST(oom_sweep_v5_results)
{
  size_t notes = 0, meldcode = 0, integrated = 0, fallbacks = 0, checks = 0, triggered = 0;
  for (size_t v = 0; v < sizeof v5_vectors / sizeof v5_vectors[0]; v++) {
    gs_dossier *d = NULL;
    ck_assert_int_eq(gs_dossier_load_file(&d, gst_vector(v5_vectors[v])), GS_OK);
    for (size_t i = 0; i < gs_dossier_family_count(d); i++) {
      v5_ctx c = { gs_dossier_family(d, i), gst_vector_as_of(v5_vectors[v]), NULL, NULL, NULL };
      char name[160];
      snprintf(name, sizeof name, "%s family %zu", v5_vectors[v], i);
      ck_assert_int_gt(gst_oom_sweep(name, v5_assess_write, v5_cleanup, v5_unchanged, &c), 5);
      ck_assert_int_eq(v5_assess_write(&c), GS_OK);
      notes += gs_assessment_note_count(c.a);
      for (size_t k = 0; k < gs_assessment_advice_count(c.a); k++) {
        meldcode += gs_assessment_advice_kind(c.a, k) == GS_ADVICE_MELDCODE;
        integrated += gs_assessment_advice_kind(c.a, k) == GS_ADVICE_INTEGRATED_PLAN;
      }
      for (size_t k = 0; k < gs_assessment_need_count(c.a); k++)
        for (size_t r = 0; r < gs_assessment_need_route_count(c.a, k); r++) {
          fallbacks += gs_assessment_need_route_fallback(c.a, k, r) == 1;
          checks += gs_assessment_need_route_check(c.a, k, r) == GS_CHECK_CAREGIVER_AGE;
        }
      for (size_t k = 0; k < gs_assessment_moment_count(c.a); k++)
        triggered += gs_assessment_moment_trigger(c.a, k) != NULL;
      /* the streamed document holds the same assessment as write_xml (in
       * its own language) and both name the v5 elements they carry */
      size_t len;
      const char *streamed = gs_assessment_writer_pending(c.w, &len);
      ck_assert_uint_gt(len, 0);
      if (gs_assessment_note_count(c.a) > 0) {
        ck_assert_ptr_nonnull(strstr(c.xml, "<note "));
        ck_assert_ptr_nonnull(strstr(streamed, "<note "));
      }
      v5_cleanup(&c);
    }
    gs_dossier_free(d);
  }
  ck_assert_uint_ge(notes, 8);
  ck_assert_uint_ge(meldcode, 2);
  ck_assert_uint_ge(integrated, 1);
  ck_assert_uint_ge(fallbacks, 5);
  ck_assert_uint_ge(checks, 1);
  ck_assert_uint_ge(triggered, 1);
}
END_TEST

int main(void) {
  Suite *s = suite_create("assess");
  TCase *v = tcase_create("vectors");
  tcase_add_unchecked_fixture(v, load_shared, free_shared);
  tcase_set_timeout(v, 120);
  tcase_add_test(v, vectors_byte_identical);
  tcase_add_test(v, output_validates_against_schema_with_texts);
  suite_add_tcase(s, v);
  TCase *u = tcase_create("rules");
  tcase_add_unchecked_fixture(u, load_shared, free_shared);
  tcase_add_test(u, validity_dmop_boundary);
  tcase_add_test(u, validity_signal_and_resolution);
  tcase_add_test(u, validity_zrm_boundary);
  tcase_add_test(u, validity_giz_boundary);
  tcase_add_test(u, validity_help_boundary);
  tcase_add_test(u, positive_health_zero_score_and_tie);
  tcase_add_test(u, schedule_window_boundaries);
  tcase_add_test(u, listing_window_boundaries);
  tcase_add_test(u, plan_review_overdue_boundary);
  tcase_add_test(u, step_down_and_close_after_two_achieved);
  tcase_add_test(u, outside_programme_still_assessed);
  tcase_add_test(u, level_review_rules_each);
  tcase_add_test(u, plan_closable_only_when_everything_closed);
  tcase_add_test(u, assess_file_streams_like_dom);
  tcase_add_test(u, errors_and_no_result);
  tcase_add_test(u, writer_states);
  suite_add_tcase(s, u);
  TCase *m = tcase_create("memory");
  tcase_add_unchecked_fixture(m, load_shared, free_shared);
  tcase_set_timeout(m, 120);
  tcase_add_test(m, batch_allocates_nothing_per_family);
  tcase_add_test(m, oom_sweep_assess_and_write);
  tcase_add_test(m, summary_matches_assessments);
  tcase_add_test(m, oom_sweep_summary);
  suite_add_tcase(s, m);
  TCase *m5 = tcase_create("memory-v5");
  tcase_add_unchecked_fixture(m5, load_shared, free_shared);
  tcase_set_timeout(m5, 300);
  tcase_add_test(m5, oom_sweep_v5_results);
  suite_add_tcase(s, m5);
  return gst_run(s);
}
