/*
 * libgoedestart - tests of the family model: builder, per-call validation,
 * finish (references, dates, plan rules, canonical order), accessors,
 * clone, equality, limits and out-of-memory behaviour.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "model.h"

static gs_date D(const char *s) {
  gs_date d;
  ck_assert_msg(gs_date_parse(&d, s) == GS_OK, "bad test date %s", s);
  return d;
}

/* ---- the example family of formats.md, one builder call per step -------- */

#define EXAMPLE_STEPS 27

static gs_status example_step(gs_family **fp, int k) {
  gs_family *f = *fp;
  switch (k) {
  case 0:
    return gs_family_new(fp, "F-0001", "GM0114", D("2023-06-20"));
  case 1:
    return gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT);
  case 2:
    return gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER);
  case 3:
    return gs_family_add_pregnancy(f, "Z0", "P1", D("2023-06-15"), D("2023-06-11"),
                                   GS_OUTCOME_BIRTH, "C1");
  case 4:
    return gs_family_add_pregnancy(f, "Z1", "P1", D("2026-04-20"), GS_DATE_NONE,
                                   GS_OUTCOME_NONE, NULL);
  case 5:
    return gs_family_add_child(f, "C1", D("2023-06-11"), "Z0");
  case 6:
    return gs_family_add_contact(f, "K1", D("2025-11-17"), "vk-screening",
                                 GS_SETTING_MIDWIFE_PRACTICE, GS_BY_MIDWIFE, "Z1");
  case 7:
    return gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, GS_TOPIC_FINANCES_DEBT,
                                 GS_CONCERN_SOME);
  case 8:
    return gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, GS_TOPIC_SMOKING,
                                 GS_CONCERN_HIGH);
  case 9:
    return gs_family_add_finding(f, "K1", GS_FINDING_HELP_REQUESTED, 0, 1);
  case 10:
    return gs_family_add_contact(f, "K2", D("2025-12-01"), "ad-hoc",
                                 GS_SETTING_WELL_BABY_CLINIC, GS_BY_JGZ_NURSE, "C1");
  case 11:
    return gs_family_add_finding(f, "K2", GS_FINDING_DMOP, GS_DMOP_SOCIAL_NETWORK,
                                 GS_RATING_FAIR);
  case 12:
    return gs_family_add_finding(f, "K2", GS_FINDING_DMOP_OVERALL, 0, GS_RATING_FAIR);
  case 13:
    return gs_family_add_finding(f, "K2", GS_FINDING_CONSULT, 0, GS_CONSULT_ATTENTION);
  case 14:
    return gs_family_add_finding(f, "K2", GS_FINDING_GIZ, GS_GIZ_NETWORK, 2);
  case 15:
    return gs_family_add_zrm(f, "K2", "P1", GS_ZRM_FINANCES, 2);
  case 16:
    return gs_family_add_finding(f, "K2", GS_FINDING_POSITIVE_HEALTH, GS_PH_MEANINGFULNESS, 6);
  case 17:
    return gs_family_add_signal(f, "K2", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2,
                                GS_DATE_NONE);
  case 18:
    return gs_family_add_signal(f, "K2", "S2", GS_TOPIC_SOCIAL_SUPPORT, GS_SIGNAL_PROTECTIVE, 1,
                                D("2026-02-01"));
  case 19:
    return gs_family_add_conclusion(f, D("2025-12-01"), GS_CARE_ADDITIONAL_CARE,
                                    GS_CARE_ADDITIONAL_CARE, NULL);
  case 20:
    return gs_family_add_goal(f, "G1", GS_TOPIC_FINANCES_DEBT, D("2025-12-01"), D("2026-06-01"),
                              GS_GOAL_OPEN, GS_DATE_NONE);
  case 21:
    return gs_family_add_action(f, "G1", "A1", 3, "sterk-uit-armoede", D("2025-12-08"),
                                GS_DATE_NONE, 1, GS_BY_JGZ_NURSE);
  case 22:
    return gs_family_add_review(f, "A1", D("2026-01-19"), GS_REVIEW_PARTIAL);
  case 23:
    return gs_family_add_goal(f, "G0", GS_TOPIC_PARENTING, D("2024-01-10"), GS_DATE_NONE,
                              GS_GOAL_ACHIEVED, D("2024-09-01"));
  case 24:
    return gs_family_add_action(f, "G0", "A0", 2, NULL, D("2024-01-15"), D("2024-08-20"), 0,
                                GS_BY_JGZ_NURSE);
  case 25:
    return gs_family_set_child_wish(f, GS_CHILD_WISH_UNKNOWN);
  case 26:
    return gs_family_finish(f);
  default:
    return GS_ERROR;
  }
}

/* Builds (and finishes) the example; NULL on error. */
static gs_family *example(void) {
  gs_family *f = NULL;
  for (int k = 0; k < EXAMPLE_STEPS; k++) {
    gs_status st = example_step(&f, k);
    ck_assert_msg(st == GS_OK, "step %d: %s", k, gs_error_message(gs_error_last()));
  }
  return f;
}

/* Builds only the steps before `finish` (a building family). */
static gs_family *example_unfinished(void) {
  gs_family *f = NULL;
  for (int k = 0; k < EXAMPLE_STEPS - 1; k++)
    ck_assert_int_eq(example_step(&f, k), GS_OK);
  return f;
}

/* ---- snapshots: "nothing changed" ---------------------------------------- */

typedef struct snap {
  size_t n[9];
  size_t n_ids;
  uint32_t seq;
  bool finished;
  uint8_t child_wish;
  uint32_t ids_sum;             /* checksum over the id table's content */
  size_t arena_total;
} snap;

static uint32_t str_hash(const char *s) {
  uint32_t h = 5381;
  for (; *s; s++)
    h = h * 33 + (unsigned char)*s;
  return h;
}

static snap take(const gs_family *f) {
  snap s;
  memset(&s, 0, sizeof s);
  s.n[0] = f->n_caregivers;
  s.n[1] = f->n_pregnancies;
  s.n[2] = f->n_children;
  s.n[3] = f->n_contacts;
  s.n[4] = f->n_findings;
  s.n[5] = f->n_conclusions;
  s.n[6] = f->n_goals;
  s.n[7] = f->n_actions;
  s.n[8] = f->n_reviews;
  s.n_ids = f->n_ids;
  s.seq = f->seq;
  s.finished = f->finished;
  s.child_wish = f->child_wish;
  for (size_t i = 0; i < f->cap_ids; i++)
    if (f->ids[i].id)
      s.ids_sum += str_hash(f->ids[i].id) * (uint32_t)(f->ids[i].kind + 1) +
                   (uint32_t)f->ids[i].index;
  return s;
}

static bool snap_eq(snap a, snap b) {
  return memcmp(a.n, b.n, sizeof a.n) == 0 && a.n_ids == b.n_ids && a.seq == b.seq &&
         a.finished == b.finished && a.child_wish == b.child_wish && a.ids_sum == b.ids_sum;
}

/* A failing call: the status, a message naming the family and `needle`,
 * and nothing changed. */
#define REJECT(f, call, code, needle) \
  do { \
    snap before_ = take(f); \
    gs_status st_ = (call); \
    ck_assert_msg(st_ == (code), "%s returned %s (%s)", #call, gs_status_name(st_), \
                  gs_error_message(gs_error_last())); \
    gst_assert_error((code), (needle), 0, 0); \
    ck_assert_msg(strstr(gs_error_message(gs_error_last()), (f)->id) != NULL, \
                  "message '%s' does not name the family", gs_error_message(gs_error_last())); \
    ck_assert_msg(snap_eq(before_, take(f)), "%s changed the family", #call); \
  } while (0)

/* ---- happy path ------------------------------------------------------- */

START_TEST(builds_the_formats_example)
{
  gs_family *f = example();
  ck_assert(gs_family_is_finished(f));
  ck_assert_str_eq(gs_family_id(f), "F-0001");
  ck_assert_str_eq(gs_family_municipality(f), "GM0114");
  ck_assert_int_eq(gs_family_enrolled(f), D("2023-06-20"));
  ck_assert_int_eq(gs_family_child_wish(f), GS_CHILD_WISH_UNKNOWN);

  ck_assert_uint_eq(gs_family_caregiver_count(f), 2);
  ck_assert_str_eq(gs_family_caregiver_id(f, 1), "P2");
  ck_assert_int_eq(gs_family_caregiver_role(f, 1), GS_ROLE_PARTNER);

  ck_assert_uint_eq(gs_family_pregnancy_count(f), 2);
  ck_assert_str_eq(gs_family_pregnancy_id(f, 0), "Z0");
  ck_assert_str_eq(gs_family_pregnancy_caregiver(f, 0), "P1");
  ck_assert_int_eq(gs_family_pregnancy_due(f, 0), D("2023-06-15"));
  ck_assert_int_eq(gs_family_pregnancy_ended(f, 0), D("2023-06-11"));
  ck_assert_int_eq(gs_family_pregnancy_outcome(f, 0), GS_OUTCOME_BIRTH);
  ck_assert_str_eq(gs_family_pregnancy_child(f, 0), "C1");
  ck_assert_int_eq(gs_family_pregnancy_ended(f, 1), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_pregnancy_outcome(f, 1), GS_OUTCOME_NONE);
  ck_assert_ptr_null(gs_family_pregnancy_child(f, 1));

  ck_assert_uint_eq(gs_family_child_count(f), 1);
  ck_assert_str_eq(gs_family_child_id(f, 0), "C1");
  ck_assert_int_eq(gs_family_child_born(f, 0), D("2023-06-11"));
  ck_assert_str_eq(gs_family_child_pregnancy(f, 0), "Z0");

  ck_assert_uint_eq(gs_family_contact_count(f), 2);
  ck_assert_str_eq(gs_family_contact_id(f, 0), "K1");
  ck_assert_str_eq(gs_family_contact_moment(f, 0), "vk-screening");
  ck_assert_int_eq(gs_family_contact_setting(f, 0), GS_SETTING_MIDWIFE_PRACTICE);
  ck_assert_int_eq(gs_family_contact_by(f, 0), GS_BY_MIDWIFE);
  ck_assert_str_eq(gs_family_contact_subject(f, 0), "Z1");
  ck_assert_uint_eq(gs_family_finding_count(f, 0), 3);
  ck_assert_int_eq(gs_family_finding_kind(f, 0, 2), GS_FINDING_HELP_REQUESTED);
  ck_assert_int_eq(gs_family_finding_value(f, 0, 2), 1);
  ck_assert_uint_eq(gs_family_finding_count(f, 1), 8);
  ck_assert_int_eq(gs_family_finding_kind(f, 1, 4), GS_FINDING_ZRM);
  ck_assert_int_eq(gs_family_finding_item(f, 1, 4), GS_ZRM_FINANCES);
  ck_assert_int_eq(gs_family_finding_value(f, 1, 4), 2);
  ck_assert_str_eq(gs_family_finding_caregiver(f, 1, 4), "P1");
  ck_assert_ptr_null(gs_family_finding_signal_id(f, 1, 4));
  ck_assert_int_eq(gs_family_finding_kind(f, 1, 7), GS_FINDING_SIGNAL);
  ck_assert_str_eq(gs_family_finding_signal_id(f, 1, 7), "S2");
  ck_assert_int_eq(gs_family_finding_item(f, 1, 7), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gs_family_finding_signal_kind(f, 1, 7), GS_SIGNAL_PROTECTIVE);
  ck_assert_int_eq(gs_family_finding_resolved(f, 1, 7), D("2026-02-01"));
  ck_assert_int_eq(gs_family_finding_resolved(f, 1, 6), GS_DATE_NONE);
  ck_assert_ptr_null(gs_family_finding_caregiver(f, 1, 6));

  ck_assert_uint_eq(gs_family_conclusion_count(f), 1);
  ck_assert_int_eq(gs_family_conclusion_date(f, 0), D("2025-12-01"));
  ck_assert_int_eq(gs_family_conclusion_care_need(f, 0), GS_CARE_ADDITIONAL_CARE);
  ck_assert_int_eq(gs_family_conclusion_proposed(f, 0), GS_CARE_ADDITIONAL_CARE);
  ck_assert_ptr_null(gs_family_conclusion_reason(f, 0));

  /* goals keep insertion order (G1 before G0) */
  ck_assert_uint_eq(gs_family_goal_count(f), 2);
  ck_assert_str_eq(gs_family_goal_id(f, 0), "G1");
  ck_assert_int_eq(gs_family_goal_topic(f, 0), GS_TOPIC_FINANCES_DEBT);
  ck_assert_int_eq(gs_family_goal_target(f, 0), D("2026-06-01"));
  ck_assert_int_eq(gs_family_goal_status(f, 0), GS_GOAL_OPEN);
  ck_assert_int_eq(gs_family_goal_closed(f, 0), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_goal_closed(f, 1), D("2024-09-01"));
  ck_assert_int_eq(gs_family_goal_opened(f, 1), D("2024-01-10"));
  ck_assert_uint_eq(gs_family_action_count(f, 0), 1);
  ck_assert_str_eq(gs_family_action_id(f, 0, 0), "A1");
  ck_assert_int_eq(gs_family_action_level(f, 0, 0), 3);
  ck_assert_str_eq(gs_family_action_offer(f, 0, 0), "sterk-uit-armoede");
  ck_assert_int_eq(gs_family_action_start(f, 0, 0), D("2025-12-08"));
  ck_assert_int_eq(gs_family_action_end(f, 0, 0), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_action_warm_handover(f, 0, 0), 1);
  ck_assert_int_eq(gs_family_action_responsible(f, 0, 0), GS_BY_JGZ_NURSE);
  ck_assert_uint_eq(gs_family_review_count(f, 0, 0), 1);
  ck_assert_int_eq(gs_family_review_date(f, 0, 0, 0), D("2026-01-19"));
  ck_assert_int_eq(gs_family_review_outcome(f, 0, 0, 0), GS_REVIEW_PARTIAL);
  ck_assert_ptr_null(gs_family_action_offer(f, 1, 0));
  ck_assert_int_eq(gs_family_action_end(f, 1, 0), D("2024-08-20"));
  ck_assert_int_eq(gs_family_action_warm_handover(f, 1, 0), 0);
  ck_assert_uint_eq(gs_family_review_count(f, 1, 0), 0);

  /* resolved references */
  ck_assert_int_eq(f->pregnancies[0].caregiver, 0);
  ck_assert_int_eq(f->pregnancies[0].child, 0);
  ck_assert_int_eq(f->pregnancies[1].child, GSI_NO_INDEX);
  ck_assert_int_eq(f->children[0].pregnancy, 0);
  ck_assert_int_eq(f->contacts[0].subject_kind, GSI_SUBJECT_PREGNANCY);
  ck_assert_int_eq(f->contacts[0].subject, 1);
  ck_assert_int_eq(f->contacts[1].subject_kind, GSI_SUBJECT_CHILD);
  ck_assert_int_eq(f->findings[f->contacts[1].first_finding + 4].caregiver, 0);
  ck_assert_int_eq(f->findings[0].caregiver, GSI_NO_INDEX);

  /* the id namespace */
  const gsi_id_slot *s = gsi_family_lookup(f, "S2");
  ck_assert_ptr_nonnull(s);
  ck_assert_int_eq(s->kind, GSI_ID_SIGNAL);
  ck_assert_str_eq(f->findings[s->index].id, "S2");
  s = gsi_family_lookup(f, "A0");
  ck_assert_int_eq(s->kind, GSI_ID_ACTION);
  ck_assert_str_eq(f->actions[s->index].id, "A0");
  ck_assert_ptr_null(gsi_family_lookup(f, "F-0001"));
  ck_assert_ptr_null(gsi_family_lookup(f, "nope"));
  ck_assert_ptr_null(gsi_family_lookup(NULL, "P1"));

  /* finishing again is a no-op */
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  gs_family_free(f);
}
END_TEST

START_TEST(out_of_range_getters)
{
  gs_family *f = example();
  ck_assert_ptr_null(gs_family_caregiver_id(f, 2));
  ck_assert_int_eq(gs_family_caregiver_role(f, 9), 0);
  ck_assert_ptr_null(gs_family_pregnancy_id(f, 2));
  ck_assert_int_eq(gs_family_pregnancy_due(f, 2), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_child_born(f, 1), GS_DATE_NONE);
  ck_assert_ptr_null(gs_family_contact_id(f, 2));
  ck_assert_int_eq(gs_family_contact_date(f, 2), GS_DATE_NONE);
  ck_assert_uint_eq(gs_family_finding_count(f, 2), 0);
  ck_assert_int_eq(gs_family_finding_kind(f, 0, 3), 0);
  ck_assert_int_eq(gs_family_finding_resolved(f, 0, 3), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_conclusion_care_need(f, 1), 0);
  ck_assert_ptr_null(gs_family_goal_id(f, 2));
  ck_assert_uint_eq(gs_family_action_count(f, 2), 0);
  ck_assert_ptr_null(gs_family_action_id(f, 0, 1));
  ck_assert_uint_eq(gs_family_review_count(f, 0, 1), 0);
  ck_assert_int_eq(gs_family_review_date(f, 0, 0, 1), GS_DATE_NONE);
  ck_assert_int_eq(gs_family_review_outcome(f, 0, 0, 1), 0);
  /* NULL family */
  ck_assert_ptr_null(gs_family_id(NULL));
  ck_assert_ptr_null(gs_family_municipality(NULL));
  ck_assert_int_eq(gs_family_enrolled(NULL), GS_DATE_NONE);
  ck_assert_uint_eq(gs_family_contact_count(NULL), 0);
  ck_assert_uint_eq(gs_family_goal_count(NULL), 0);
  ck_assert_int_eq(gs_family_is_finished(NULL), 0);
  gs_family_free(NULL);
  /* nested getters need a finished family */
  gs_family_add_contact(f, "K3", D("2025-01-01"), "ad-hoc", GS_SETTING_HOME, GS_BY_FAMILY, NULL);
  ck_assert(!gs_family_is_finished(f));
  ck_assert_uint_eq(gs_family_contact_count(f), 3);
  ck_assert_uint_eq(gs_family_finding_count(f, 0), 0);
  ck_assert_uint_eq(gs_family_action_count(f, 0), 0);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_str_eq(gs_family_contact_id(f, 0), "K3");
  ck_assert_ptr_null(gs_family_contact_subject(f, 0));
  ck_assert_uint_eq(gs_family_finding_count(f, 1), 3);
  gs_family_free(f);
}
END_TEST

/* ---- per-call validation -------------------------------------------------- */

START_TEST(new_rejects_bad_arguments)
{
  gs_family *f = (gs_family *)0x1;
  ck_assert_int_eq(gs_family_new(NULL, "F", "GM0114", D("2024-01-01")), GS_EINVAL);
  ck_assert_int_eq(gs_family_new(&f, NULL, "GM0114", D("2024-01-01")), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "a family id is missing or not valid", 0, 0);
  ck_assert_int_eq(gs_family_new(&f, "", "GM0114", D("2024-01-01")), GS_EINVAL);
  ck_assert_int_eq(gs_family_new(&f, "a\nb", "GM0114", D("2024-01-01")), GS_EINVAL);
  char long_id[70];
  memset(long_id, 'x', 65);
  long_id[65] = '\0';
  ck_assert_int_eq(gs_family_new(&f, long_id, "GM0114", D("2024-01-01")), GS_EINVAL);
  long_id[64] = '\0';
  ck_assert_int_eq(gs_family_new(&f, "\xc3\x28", "GM0114", D("2024-01-01")), GS_EINVAL);
  ck_assert_int_eq(gs_family_new(&f, "F-1", "GM114", D("2024-01-01")), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "family F-1: municipality 'GM114' is not a CBS code", 0, 0);
  ck_assert_int_eq(gs_family_new(&f, "F-1", NULL, D("2024-01-01")), GS_EINVAL);
  ck_assert_int_eq(gs_family_new(&f, "F-1", "GM0114", GS_DATE_NONE), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "family F-1: the enrolled date is missing", 0, 0);
  ck_assert_int_eq(gs_family_new(&f, "F-1", "GM0114", GS_DATE_MAX + 1), GS_EINVAL);
  ck_assert_ptr_eq(f, (gs_family *)0x1);
  /* a 64-byte id and any well-formed municipality are fine */
  ck_assert_int_eq(gs_family_new(&f, long_id, "GM9999", D("2024-01-01")), GS_OK);
  ck_assert_str_eq(gs_family_municipality(f), "GM9999");
  gs_family_free(f);
}
END_TEST

START_TEST(calls_reject_bad_arguments)
{
  gs_family *f = example_unfinished();
  gs_date d = D("2025-01-01");
  /* NULL family */
  ck_assert_int_eq(gs_family_add_caregiver(NULL, "X", GS_ROLE_PARTNER), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_pregnancy(NULL, "X", "P1", d, GS_DATE_NONE, 0, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_child(NULL, "X", d, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_contact(NULL, "X", d, "ad-hoc", 1, 1, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_finding(NULL, "K1", GS_FINDING_DMOP, 1, 1), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_zrm(NULL, "K1", "P1", 1, 1), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_signal(NULL, "K1", "X", 1, 1, 1, GS_DATE_NONE), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_conclusion(NULL, d, 1, 0, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_goal(NULL, "X", 1, d, GS_DATE_NONE, 1, GS_DATE_NONE), GS_EINVAL);
  ck_assert_int_eq(gs_family_add_action(NULL, "G1", "X", 1, NULL, d, GS_DATE_NONE, 0, 1),
                   GS_EINVAL);
  ck_assert_int_eq(gs_family_add_review(NULL, "A1", d, 1), GS_EINVAL);
  ck_assert_int_eq(gs_family_set_child_wish(NULL, 1), GS_EINVAL);

  REJECT(f, gs_family_set_child_wish(f, 3), GS_EINVAL, "child wish 3 is not valid");
  /* caregiver */
  REJECT(f, gs_family_add_caregiver(f, NULL, GS_ROLE_PARTNER), GS_EINVAL,
         "a caregiver id is missing or not valid");
  REJECT(f, gs_family_add_caregiver(f, "P3", (gs_role)4), GS_EINVAL,
         "caregiver P3 of family F-0001: role 4 is not valid");
  REJECT(f, gs_family_add_caregiver(f, "P3", (gs_role)0), GS_EINVAL, "role 0");
  /* pregnancy */
  REJECT(f, gs_family_add_pregnancy(f, "Z2", NULL, d, GS_DATE_NONE, 0, NULL), GS_EINVAL,
         "pregnancy Z2 of family F-0001: caregiver is missing or not a valid id");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", GS_DATE_NONE, GS_DATE_NONE, 0, NULL),
         GS_EINVAL, "pregnancy Z2 of family F-0001: the due date is missing");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, GS_DATE_MIN - 1, GS_OUTCOME_LOSS, NULL),
         GS_EINVAL, "the ended date lies outside 1900-01-01..2199-12-31");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, d, GS_OUTCOME_NONE, NULL), GS_EINVAL,
         "pregnancy Z2 of family F-0001: ended on 2025-01-01 needs an outcome, birth or loss");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, d, (gs_pregnancy_outcome)3, NULL),
         GS_EINVAL, "needs an outcome");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, GS_DATE_NONE, GS_OUTCOME_LOSS, NULL),
         GS_EINVAL, "an outcome is given but no ended date");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, d, GS_OUTCOME_LOSS, "C9"), GS_EINVAL,
         "pregnancy Z2 of family F-0001: child C9 is given but the outcome is not birth");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, GS_DATE_NONE, GS_OUTCOME_NONE, "C9"),
         GS_EINVAL, "the outcome is not birth");
  REJECT(f, gs_family_add_pregnancy(f, "Z2", "P1", d, d, GS_OUTCOME_BIRTH, ""), GS_EINVAL,
         "child is missing or not a valid id");
  /* child */
  REJECT(f, gs_family_add_child(f, "C2", GS_DATE_NONE, NULL), GS_EINVAL,
         "child C2 of family F-0001: the born date is missing");
  REJECT(f, gs_family_add_child(f, "C2", d, "\x01"), GS_EINVAL,
         "child C2 of family F-0001: pregnancy is missing or not a valid id");
  /* contact */
  REJECT(f, gs_family_add_contact(f, "K3", GS_DATE_NONE, "ad-hoc", 1, 1, NULL), GS_EINVAL,
         "contact K3 of family F-0001: the contact date is missing");
  REJECT(f, gs_family_add_contact(f, "K3", d, NULL, 1, 1, NULL), GS_EINVAL,
         "contact K3 of family F-0001: moment is missing or not a valid id");
  REJECT(f, gs_family_add_contact(f, "K3", d, "ad-hoc", (gs_setting)11, 1, NULL), GS_EINVAL,
         "contact K3 of family F-0001: setting 11 is not valid");
  REJECT(f, gs_family_add_contact(f, "K3", d, "ad-hoc", 1, (gs_signaller)14, NULL), GS_EINVAL,
         "signaller (by) 14 is not valid");
  REJECT(f, gs_family_add_contact(f, "K3", d, "ad-hoc", 1, 1, ""), GS_EINVAL,
         "subject is missing or not a valid id");
  /* findings */
  REJECT(f, gs_family_add_finding(f, "K9", GS_FINDING_DMOP, 1, 1), GS_EINVAL,
         "family F-0001: there is no contact 'K9' to add the dmop finding to");
  REJECT(f, gs_family_add_finding(f, "P1", GS_FINDING_DMOP, 1, 1), GS_EINVAL,
         "there is no contact 'P1'");
  REJECT(f, gs_family_add_finding(f, NULL, GS_FINDING_DMOP, 1, 1), GS_EINVAL,
         "there is no contact (none)");
  REJECT(f, gs_family_add_finding(f, "K1", (gs_finding_kind)10, 1, 1), GS_EINVAL,
         "finding kind 10 is not valid");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_ZRM, 1, 1), GS_EINVAL,
         "zrm findings are added with gs_family_add_zrm()");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_SIGNAL, 1, 1), GS_EINVAL,
         "gs_family_add_signal()");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_DMOP, 6, 1), GS_EINVAL,
         "contact K1 of family F-0001: 6 is not a valid item of a dmop finding");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_DMOP, 1, 5), GS_EINVAL,
         "contact K1 of family F-0001: 5 is not a valid value of a dmop finding (good..not-discussed)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_DMOP_OVERALL, 1, 1), GS_EINVAL,
         "a dmop-overall finding has no item (give 0, not 1)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_CONSULT, 0, 4), GS_EINVAL,
         "4 is not a valid value of a consult finding");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_GIZ, 11, 1), GS_EINVAL,
         "11 is not a valid item of a giz finding");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_GIZ, 1, 6), GS_EINVAL,
         "6 is not a valid value of a giz finding (1..5)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_GIZ, 1, 0), GS_EINVAL, "giz finding");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, 28, 1), GS_EINVAL,
         "28 is not a valid item of a screening finding");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, 1, 4), GS_EINVAL,
         "(low..high)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_HELP_REQUESTED, 0, 2), GS_EINVAL,
         "2 is not a valid value of a help-requested finding (0..1)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_POSITIVE_HEALTH, 1, 11), GS_EINVAL,
         "11 is not a valid value of a positive-health finding (0..10)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_POSITIVE_HEALTH, 1, -1), GS_EINVAL,
         "(0..10)");
  REJECT(f, gs_family_add_finding(f, "K1", GS_FINDING_POSITIVE_HEALTH, 7, 5), GS_EINVAL,
         "7 is not a valid item of a positive-health finding");
  REJECT(f, gs_family_add_zrm(f, "K9", "P1", 1, 1), GS_EINVAL, "no contact 'K9' to add the zrm");
  REJECT(f, gs_family_add_zrm(f, "K1", NULL, 1, 1), GS_EINVAL,
         "contact K1 of family F-0001: the ZRM caregiver is missing or not a valid id");
  REJECT(f, gs_family_add_zrm(f, "K1", "P1", (gs_zrm_domain)14, 1), GS_EINVAL,
         "ZRM domain 14 is not valid");
  REJECT(f, gs_family_add_zrm(f, "K1", "P1", 1, 0), GS_EINVAL, "ZRM score 0 is not valid (1..5)");
  REJECT(f, gs_family_add_signal(f, "K9", "S3", 1, 1, 1, GS_DATE_NONE), GS_EINVAL,
         "no contact 'K9' to add the signal finding to");
  REJECT(f, gs_family_add_signal(f, "K1", NULL, 1, 1, 1, GS_DATE_NONE), GS_EINVAL,
         "a signal id is missing or not valid");
  REJECT(f, gs_family_add_signal(f, "K1", "S3", (gs_topic)28, 1, 1, GS_DATE_NONE), GS_EINVAL,
         "signal S3 of family F-0001: topic 28 is not valid");
  REJECT(f, gs_family_add_signal(f, "K1", "S3", 1, (gs_signal_kind)3, 1, GS_DATE_NONE), GS_EINVAL,
         "kind 3 is not valid");
  REJECT(f, gs_family_add_signal(f, "K1", "S3", 1, 1, 4, GS_DATE_NONE), GS_EINVAL,
         "signal S3 of family F-0001: severity 4 is not valid (1..3)");
  REJECT(f, gs_family_add_signal(f, "K1", "S3", 1, 1, 1, GS_DATE_MAX + 1), GS_EINVAL,
         "the resolved date lies outside");
  /* conclusions */
  REJECT(f, gs_family_add_conclusion(f, GS_DATE_NONE, 1, 0, NULL), GS_EINVAL,
         "family F-0001: the date of a conclusion is missing");
  REJECT(f, gs_family_add_conclusion(f, d, (gs_care_need)4, 0, NULL), GS_EINVAL,
         "conclusion of 2025-01-01 in family F-0001: care need 4 is not valid");
  REJECT(f, gs_family_add_conclusion(f, d, 1, 4, NULL), GS_EINVAL,
         "proposed care need 4 is not valid");
  REJECT(f, gs_family_add_conclusion(f, d, GS_CARE_URGENT_SUPPORT, GS_CARE_ADDITIONAL_CARE, NULL),
         GS_EINVAL,
         "conclusion of 2025-01-01 in family F-0001: a reason is required when the agreed care "
         "need (urgent-support) differs from the proposed one (additional-care)");
  REJECT(f, gs_family_add_conclusion(f, d, GS_CARE_URGENT_SUPPORT, GS_CARE_ADDITIONAL_CARE, ""),
         GS_EINVAL, "a reason is required");
  REJECT(f, gs_family_add_conclusion(f, d, 1, 0, "bell\a"), GS_EINVAL,
         "the reason must be UTF-8 text");
  char *big = malloc(GSI_MAX_TEXT + 2);
  memset(big, 'r', GSI_MAX_TEXT + 1);
  big[GSI_MAX_TEXT + 1] = '\0';
  REJECT(f, gs_family_add_conclusion(f, d, 1, 0, big), GS_EINVAL, "at most 4096 bytes");
  big[GSI_MAX_TEXT] = '\0';
  ck_assert_int_eq(gs_family_add_conclusion(f, d, 1, 0, big), GS_OK);
  free(big);
  ck_assert_int_eq(gs_family_add_conclusion(f, d, GS_CARE_URGENT_SUPPORT, GS_CARE_ADDITIONAL_CARE,
                                            "Veilig Thuis al betrokken;\nzie dossier"),
                   GS_OK);
  /* goals */
  REJECT(f, gs_family_add_goal(f, "G2", (gs_topic)0, d, GS_DATE_NONE, 1, GS_DATE_NONE), GS_EINVAL,
         "goal G2 of family F-0001: topic 0 is not valid");
  REJECT(f, gs_family_add_goal(f, "G2", 1, GS_DATE_NONE, GS_DATE_NONE, 1, GS_DATE_NONE),
         GS_EINVAL, "the opened date is missing");
  REJECT(f, gs_family_add_goal(f, "G2", 1, d, GS_DATE_MIN - 1, 1, GS_DATE_NONE), GS_EINVAL,
         "the target date lies outside");
  REJECT(f, gs_family_add_goal(f, "G2", 1, d, GS_DATE_NONE, (gs_goal_status)4, d), GS_EINVAL,
         "status 4 is not valid");
  REJECT(f, gs_family_add_goal(f, "G2", 1, d, GS_DATE_NONE, GS_GOAL_OPEN, d), GS_EINVAL,
         "goal G2 of family F-0001: an open goal has no closed date");
  REJECT(f, gs_family_add_goal(f, "G2", 1, d, GS_DATE_NONE, GS_GOAL_STOPPED, GS_DATE_NONE),
         GS_EINVAL, "goal G2 of family F-0001: status stopped needs a closed date");
  /* actions */
  REJECT(f, gs_family_add_action(f, "G9", "A2", 1, NULL, d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "family F-0001: there is no goal 'G9' to add an action to");
  REJECT(f, gs_family_add_action(f, "A1", "A2", 1, NULL, d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "there is no goal 'A1'");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 0, NULL, d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "action A2 of family F-0001: level 0 is not valid (1..5)");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 6, NULL, d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "level 6 is not valid");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 1, "", d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "offer is missing or not a valid id");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 1, NULL, GS_DATE_NONE, GS_DATE_NONE, 0, 1),
         GS_EINVAL, "the start date is missing");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 1, NULL, d, GS_DATE_MAX + 5, 0, 1), GS_EINVAL,
         "the end date lies outside");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 1, NULL, d, GS_DATE_NONE, 2, 1), GS_EINVAL,
         "warm handover must be 0 or 1, not 2");
  REJECT(f, gs_family_add_action(f, "G1", "A2", 1, NULL, d, GS_DATE_NONE, 0, (gs_signaller)0),
         GS_EINVAL, "responsible role 0 is not valid");
  /* reviews */
  REJECT(f, gs_family_add_review(f, "A9", d, 1), GS_EINVAL,
         "family F-0001: there is no action 'A9' to add a review to");
  REJECT(f, gs_family_add_review(f, "A1", GS_DATE_NONE, 1), GS_EINVAL,
         "action A1 of family F-0001: the date of a review is missing");
  REJECT(f, gs_family_add_review(f, "A1", d, (gs_review_outcome)5), GS_EINVAL,
         "review outcome 5 is not valid");
  /* all of it changed nothing: the family still finishes as before */
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_uint_eq(gs_family_conclusion_count(f), 3);
  ck_assert_uint_eq(strlen(gs_family_conclusion_reason(f, 0)), GSI_MAX_TEXT);
  ck_assert_str_eq(gs_family_conclusion_reason(f, 1), "Veilig Thuis al betrokken;\nzie dossier");
  gs_family_free(f);
}
END_TEST

START_TEST(one_id_namespace)
{
  gs_family *f = example_unfinished();
  gs_date d = D("2025-01-01");
  REJECT(f, gs_family_add_caregiver(f, "P1", GS_ROLE_PARTNER), GS_EINVAL,
         "family F-0001: id 'P1' is used twice (a caregiver and a caregiver)");
  REJECT(f, gs_family_add_child(f, "P1", d, NULL), GS_EINVAL,
         "family F-0001: id 'P1' is used twice (a caregiver and a child)");
  REJECT(f, gs_family_add_pregnancy(f, "C1", "P1", d, GS_DATE_NONE, 0, NULL), GS_EINVAL,
         "id 'C1' is used twice (a child and a pregnancy)");
  REJECT(f, gs_family_add_contact(f, "Z1", d, "ad-hoc", 1, 1, NULL), GS_EINVAL,
         "id 'Z1' is used twice (a pregnancy and a contact)");
  REJECT(f, gs_family_add_signal(f, "K1", "G1", 1, 1, 1, GS_DATE_NONE), GS_EINVAL,
         "id 'G1' is used twice (a goal and a signal)");
  REJECT(f, gs_family_add_goal(f, "S1", 1, d, GS_DATE_NONE, 1, GS_DATE_NONE), GS_EINVAL,
         "id 'S1' is used twice (a signal and a goal)");
  REJECT(f, gs_family_add_action(f, "G1", "K2", 1, NULL, d, GS_DATE_NONE, 0, 1), GS_EINVAL,
         "id 'K2' is used twice (a contact and an action");
  REJECT(f, gs_family_add_caregiver(f, "A1", GS_ROLE_PARTNER), GS_EINVAL,
         "id 'A1' is used twice (an action and a caregiver)");
  REJECT(f, gs_family_add_child(f, "F-0001", d, NULL), GS_EINVAL,
         "family F-0001: child id 'F-0001' is the family's own id");
  /* ids are byte strings: case and Unicode distinguish */
  ck_assert_int_eq(gs_family_add_caregiver(f, "p1", GS_ROLE_OTHER_CAREGIVER), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P\xc3\xa9", GS_ROLE_OTHER_CAREGIVER), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  gs_family_free(f);
}
END_TEST

/* ---- finish validation ---------------------------------------------------- */

/* A small family to break in one way. */
static gs_family *base(void) {
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-0002", "GM0037", D("2024-01-01")), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C1", D("2024-03-01"), NULL), GS_OK);
  /* out of date order, so a successful finish would reorder */
  ck_assert_int_eq(gs_family_add_contact(f, "K2", D("2025-02-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_contact(f, "K1", D("2025-01-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, "C1"), GS_OK);
  ck_assert_int_eq(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, D("2025-01-01"), GS_DATE_NONE,
                                      GS_GOAL_OPEN, GS_DATE_NONE), GS_OK);
  ck_assert_int_eq(gs_family_add_action(f, "G1", "A1", 2, NULL, D("2025-01-10"), D("2025-03-01"),
                                        0, GS_BY_JGZ_NURSE), GS_OK);
  return f;
}

/* Finish fails with this message and item, and the family is unchanged. */
static void expect_finish_error(gs_family *f, const char *message, int kind, int32_t index) {
  snap before = take(f);
  int bk = 99;
  int32_t bi = 99;
  gs_status st = gsi_family_finish(f, &bk, &bi);
  ck_assert_msg(st == GS_EPARSE, "finish returned %s", gs_status_name(st));
  ck_assert_str_eq(gs_error_message(gs_error_last()), message);
  ck_assert_int_eq(gs_error_line(gs_error_last()), 0);
  ck_assert_int_eq(bk, kind);
  ck_assert_int_eq(bi, index);
  ck_assert(snap_eq(before, take(f)));
  ck_assert(!gs_family_is_finished(f));
  /* contacts were not reordered */
  ck_assert_str_eq(f->contacts[0].id, "K2");
  /* the public call gives the same */
  ck_assert_int_eq(gs_family_finish(f), GS_EPARSE);
  ck_assert_str_eq(gs_error_message(gs_error_last()), message);
  gs_family_free(f);
}

START_TEST(finish_rejects_broken_references)
{
  gs_family *f = base();
  gs_family_add_pregnancy(f, "Z1", "P9", D("2025-06-01"), GS_DATE_NONE, 0, NULL);
  expect_finish_error(f, "pregnancy Z1: caregiver 'P9' is not a caregiver of family F-0002",
                      GSI_ID_PREGNANCY, 0);

  f = base();
  gs_family_add_pregnancy(f, "Z1", "C1", D("2025-06-01"), GS_DATE_NONE, 0, NULL);
  expect_finish_error(f, "pregnancy Z1: caregiver 'C1' is not a caregiver of family F-0002 "
                         "(it is a child)", GSI_ID_PREGNANCY, 0);

  f = base();
  gs_family_add_pregnancy(f, "Z0", "P1", D("2024-03-05"), D("2024-03-01"), GS_OUTCOME_BIRTH,
                          "C7");
  expect_finish_error(f, "pregnancy Z0: child 'C7' is not a child of family F-0002",
                      GSI_ID_PREGNANCY, 0);

  f = base();
  gs_family_add_child(f, "C2", D("2025-01-01"), "Z5");
  expect_finish_error(f, "child C2: pregnancy 'Z5' is not a pregnancy of family F-0002",
                      GSI_ID_CHILD, 1);

  f = base();
  gs_family_add_child(f, "C2", D("2025-01-01"), "K1");
  expect_finish_error(f, "child C2: pregnancy 'K1' is not a pregnancy of family F-0002 "
                         "(it is a contact)", GSI_ID_CHILD, 1);

  f = base();
  gs_family_add_contact(f, "K7", D("2025-03-01"), "ad-hoc", GS_SETTING_HOME, GS_BY_GP, "C9");
  expect_finish_error(f, "contact K7: subject 'C9' is not a caregiver, pregnancy or child of "
                         "family F-0002", GSI_ID_CONTACT, 2);

  f = base();
  gs_family_add_contact(f, "K7", D("2025-03-01"), "ad-hoc", GS_SETTING_HOME, GS_BY_GP, "G1");
  expect_finish_error(f, "contact K7: subject 'G1' is not a caregiver, pregnancy or child of "
                         "family F-0002 (it is a goal)", GSI_ID_CONTACT, 2);

  f = base();
  gs_family_add_zrm(f, "K1", "P2", GS_ZRM_HOUSING, 3);
  expect_finish_error(f, "contact K1: ZRM caregiver 'P2' is not a caregiver of family F-0002",
                      GSI_ID_CONTACT, 1);
}
END_TEST

START_TEST(finish_rejects_inconsistent_members)
{
  /* the pregnancy a child was born from ended with a birth */
  gs_family *f = base();
  gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), GS_DATE_NONE, 0, NULL);
  gs_family_add_child(f, "C2", D("2025-05-30"), "Z1");
  expect_finish_error(f, "child C2 of family F-0002: born from pregnancy Z1, which did not end "
                         "with outcome birth", GSI_ID_CHILD, 1);

  f = base();
  gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), D("2025-02-01"), GS_OUTCOME_LOSS, NULL);
  gs_family_add_child(f, "C2", D("2025-05-30"), "Z1");
  expect_finish_error(f, "child C2 of family F-0002: born from pregnancy Z1, which did not end "
                         "with outcome birth", GSI_ID_CHILD, 1);

  /* pregnancy@child and child@pregnancy disagree */
  f = base();
  gs_family_add_pregnancy(f, "Z0", "P1", D("2024-03-05"), D("2024-03-01"), GS_OUTCOME_BIRTH,
                          "C2");
  gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), D("2025-05-30"), GS_OUTCOME_BIRTH,
                          NULL);
  gs_family_add_child(f, "C2", D("2025-05-30"), "Z1");
  expect_finish_error(f, "pregnancy Z0 of family F-0002: names child C2, but child C2 was born "
                         "from pregnancy Z1", GSI_ID_PREGNANCY, 0);

  /* two pregnancies name one child */
  f = base();
  gs_family_add_pregnancy(f, "Z0", "P1", D("2024-03-05"), D("2024-03-01"), GS_OUTCOME_BIRTH,
                          "C1");
  gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), D("2025-05-30"), GS_OUTCOME_BIRTH,
                          "C1");
  expect_finish_error(f, "pregnancy Z1 of family F-0002: child C1 is also named by pregnancy Z0",
                      GSI_ID_PREGNANCY, 1);

  /* ended before the conception anchor */
  f = base();
  gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), D("2024-08-24"), GS_OUTCOME_LOSS, NULL);
  expect_finish_error(f, "pregnancy Z1 of family F-0002: ended 2024-08-24 lies before its "
                         "conception date 2024-08-25 (due - 280 days)", GSI_ID_PREGNANCY, 0);

  /* a signal resolved before it was recorded */
  f = base();
  gs_family_add_signal(f, "K1", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2, D("2024-12-31"));
  expect_finish_error(f, "signal S1 of family F-0002: resolved 2024-12-31 lies before its "
                         "contact K1 (2025-01-01)", GSI_ID_CONTACT, 1);
}
END_TEST

START_TEST(finish_accepts_consistent_members)
{
  /* twins: one pregnancy, two children naming it; the pregnancy names one */
  gs_family *f = base();
  ck_assert_int_eq(gs_family_add_pregnancy(f, "Z1", "P1", D("2025-06-01"), D("2025-05-20"),
                                           GS_OUTCOME_BIRTH, "C2"), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C2", D("2025-05-20"), "Z1"), GS_OK);
  ck_assert_int_eq(gs_family_add_child(f, "C3", D("2025-05-20"), "Z1"), GS_OK);
  /* ended exactly on the conception anchor; resolved on the contact date */
  ck_assert_int_eq(gs_family_add_pregnancy(f, "Z2", "P1", D("2026-06-01"), D("2025-08-25"),
                                           GS_OUTCOME_LOSS, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_signal(f, "K1", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2,
                                        D("2025-01-01")), GS_OK);
  /* a pregnancy of the partner; a contact about a caregiver, and one naming the family */
  ck_assert_int_eq(gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER), GS_OK);
  ck_assert_int_eq(gs_family_add_pregnancy(f, "Z3", "P2", D("2026-09-01"), GS_DATE_NONE,
                                           GS_OUTCOME_NONE, NULL), GS_OK);
  ck_assert_int_eq(gs_family_add_contact(f, "K3", D("2025-04-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_GP, "P2"), GS_OK);
  ck_assert_int_eq(gs_family_add_contact(f, "K4", D("2025-04-02"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_GP, "F-0002"), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_int_eq(f->children[2].pregnancy, 0);
  ck_assert_int_eq(f->pregnancies[2].caregiver, 1);
  ck_assert_int_eq(f->contacts[2].subject_kind, GSI_SUBJECT_CAREGIVER);
  ck_assert_int_eq(f->contacts[2].subject, 1);
  ck_assert_ptr_null(gs_family_contact_subject(f, 3));
  ck_assert_int_eq(f->contacts[3].subject_kind, GSI_SUBJECT_FAMILY);
  gs_family_free(f);
}
END_TEST

START_TEST(finish_rejects_plan_dates)
{
  gs_family *f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_HOUSING, D("2025-03-01"), GS_DATE_NONE, GS_GOAL_ACHIEVED,
                     D("2025-02-28"));
  expect_finish_error(f, "goal G2 of family F-0002: closed 2025-02-28 lies before opened "
                         "2025-03-01", GSI_ID_GOAL, 1);

  f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_HOUSING, D("2025-03-01"), D("2025-02-01"), GS_GOAL_OPEN,
                     GS_DATE_NONE);
  expect_finish_error(f, "goal G2 of family F-0002: target 2025-02-01 lies before opened "
                         "2025-03-01", GSI_ID_GOAL, 1);

  f = base();
  gs_family_add_action(f, "G1", "A2", 3, NULL, D("2024-12-31"), GS_DATE_NONE, 0, GS_BY_GP);
  expect_finish_error(f, "action A2 of family F-0002: start 2024-12-31 lies before its goal G1 "
                         "was opened (2025-01-01)", GSI_ID_ACTION, 1);

  f = base();
  gs_family_add_action(f, "G1", "A2", 3, NULL, D("2025-02-01"), D("2025-01-31"), 0, GS_BY_GP);
  expect_finish_error(f, "action A2 of family F-0002: end 2025-01-31 lies before start "
                         "2025-02-01", GSI_ID_ACTION, 1);

  f = base();
  gs_family_add_review(f, "A1", D("2025-01-09"), GS_REVIEW_PARTIAL);
  expect_finish_error(f, "action A1 of family F-0002: review of 2025-01-09 lies before the "
                         "action's start 2025-01-10", GSI_ID_ACTION, 0);

  f = base();
  gs_family_add_review(f, "A1", D("2025-03-02"), GS_REVIEW_PARTIAL);
  expect_finish_error(f, "action A1 of family F-0002: review of 2025-03-02 lies after the "
                         "action's end 2025-03-01", GSI_ID_ACTION, 0);
}
END_TEST

START_TEST(finish_rejects_overlapping_goals)
{
  /* two open goals on one topic */
  gs_family *f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_PARENTING, D("2025-02-01"), GS_DATE_NONE, GS_GOAL_OPEN,
                     GS_DATE_NONE);
  expect_finish_error(f, "goal G2 of family F-0002: overlaps goal G1 on topic parenting (both "
                         "open 2025-02-01..)", GSI_ID_GOAL, 1);

  /* an earlier closed goal that reaches into the open one */
  f = base();
  gs_family_add_goal(f, "G0", GS_TOPIC_PARENTING, D("2024-06-01"), GS_DATE_NONE,
                     GS_GOAL_STOPPED, D("2025-01-15"));
  expect_finish_error(f, "goal G1 of family F-0002: overlaps goal G0 on topic parenting (both "
                         "open 2025-01-01..2025-01-14)", GSI_ID_GOAL, 0);

  /* same opening day: the later one is named */
  f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_PARENTING, D("2025-01-01"), GS_DATE_NONE,
                     GS_GOAL_ACHIEVED, D("2025-01-02"));
  expect_finish_error(f, "goal G2 of family F-0002: overlaps goal G1 on topic parenting (both "
                         "open 2025-01-01..2025-01-01)", GSI_ID_GOAL, 1);

  /* the overlap is found past a short goal in between */
  f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_HOUSING, D("2020-01-01"), GS_DATE_NONE,
                     GS_GOAL_ACHIEVED, D("2023-01-01"));
  gs_family_add_goal(f, "G3", GS_TOPIC_HOUSING, D("2021-01-01"), GS_DATE_NONE,
                     GS_GOAL_ACHIEVED, D("2021-02-01"));
  expect_finish_error(f, "goal G3 of family F-0002: overlaps goal G2 on topic housing (both "
                         "open 2021-01-01..2021-01-31)", GSI_ID_GOAL, 2);

  f = base();
  gs_family_add_goal(f, "G2", GS_TOPIC_HOUSING, D("2020-01-01"), GS_DATE_NONE,
                     GS_GOAL_ACHIEVED, D("2023-01-01"));
  gs_family_add_goal(f, "G3", GS_TOPIC_HOUSING, D("2021-01-01"), GS_DATE_NONE,
                     GS_GOAL_ACHIEVED, D("2021-02-01"));
  gs_family_add_goal(f, "G4", GS_TOPIC_HOUSING, D("2022-01-01"), GS_DATE_NONE, GS_GOAL_STOPPED,
                     D("2022-06-01"));
  /* G3 is found first */
  expect_finish_error(f, "goal G3 of family F-0002: overlaps goal G2 on topic housing (both "
                         "open 2021-01-01..2021-01-31)", GSI_ID_GOAL, 2);
}
END_TEST

START_TEST(finish_accepts_adjacent_goals)
{
  gs_family *f = base();
  /* [2024-01-01, 2025-01-01) then G1 [2025-01-01, ..): adjacent, fine */
  ck_assert_int_eq(gs_family_add_goal(f, "G0", GS_TOPIC_PARENTING, D("2024-01-01"), GS_DATE_NONE,
                                      GS_GOAL_ACHIEVED, D("2025-01-01")), GS_OK);
  /* closed the day it was opened: never open, overlaps nothing */
  ck_assert_int_eq(gs_family_add_goal(f, "G2", GS_TOPIC_PARENTING, D("2025-06-01"), GS_DATE_NONE,
                                      GS_GOAL_STOPPED, D("2025-06-01")), GS_OK);
  /* another topic may be open at the same time */
  ck_assert_int_eq(gs_family_add_goal(f, "G3", GS_TOPIC_HOUSING, D("2025-01-01"), GS_DATE_NONE,
                                      GS_GOAL_OPEN, GS_DATE_NONE), GS_OK);
  /* reviews exactly on the start and on the end; an action starting when opened */
  ck_assert_int_eq(gs_family_add_review(f, "A1", D("2025-01-10"), GS_REVIEW_PARTIAL), GS_OK);
  ck_assert_int_eq(gs_family_add_review(f, "A1", D("2025-03-01"), GS_REVIEW_ACHIEVED), GS_OK);
  ck_assert_int_eq(gs_family_add_action(f, "G3", "A3", 1, NULL, D("2025-01-01"), D("2025-01-01"),
                                        1, GS_BY_FAMILY), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  gs_family_free(f);
}
END_TEST

/* ---- canonical order ------------------------------------------------------ */

START_TEST(canonical_order)
{
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-0003", "GM0118", D("2024-01-01")), GS_OK);
  gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT);
  /* contacts out of date order, three on one date */
  const char *ids[] = { "K5", "K1", "K3", "K2", "K4" };
  const char *dates[] = { "2025-05-01", "2025-01-01", "2025-03-01", "2025-03-01", "2025-03-01" };
  for (int i = 0; i < 5; i++)
    ck_assert_int_eq(gs_family_add_contact(f, ids[i], D(dates[i]), "ad-hoc", GS_SETTING_HOME,
                                           GS_BY_JGZ_NURSE, NULL), GS_OK);
  /* findings out of kind order, two of one kind (insertion order kept) */
  gs_family_add_signal(f, "K3", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 1, GS_DATE_NONE);
  gs_family_add_finding(f, "K3", GS_FINDING_GIZ, GS_GIZ_NETWORK, 3);
  gs_family_add_finding(f, "K3", GS_FINDING_DMOP, GS_DMOP_PARTNER_ROLE, GS_RATING_GOOD);
  gs_family_add_zrm(f, "K3", "P1", GS_ZRM_HOUSING, 4);
  gs_family_add_finding(f, "K3", GS_FINDING_DMOP, GS_DMOP_PARENT_COMPETENCE, GS_RATING_FAIR);
  gs_family_add_finding(f, "K5", GS_FINDING_HELP_REQUESTED, 0, 0);
  gs_family_add_finding(f, "K1", GS_FINDING_CONSULT, 0, GS_CONSULT_FINE);
  gs_family_add_signal(f, "K3", "S0", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2, GS_DATE_NONE);
  /* conclusions out of order with a tie */
  gs_family_add_conclusion(f, D("2025-03-01"), GS_CARE_ADDITIONAL_CARE, 0, "first");
  gs_family_add_conclusion(f, D("2025-01-01"), GS_CARE_POSITIVE_CONFIRMATION, 0, NULL);
  gs_family_add_conclusion(f, D("2025-03-01"), GS_CARE_URGENT_SUPPORT, 0, "second");
  /* goals in insertion order; actions interleaved; reviews out of order */
  gs_family_add_goal(f, "GB", GS_TOPIC_HOUSING, D("2025-01-01"), GS_DATE_NONE, GS_GOAL_OPEN,
                     GS_DATE_NONE);
  gs_family_add_goal(f, "GA", GS_TOPIC_PARENTING, D("2025-01-01"), GS_DATE_NONE, GS_GOAL_OPEN,
                     GS_DATE_NONE);
  gs_family_add_action(f, "GA", "A1", 1, NULL, D("2025-01-01"), GS_DATE_NONE, 0, GS_BY_FAMILY);
  gs_family_add_action(f, "GB", "A2", 2, NULL, D("2025-01-01"), GS_DATE_NONE, 0, GS_BY_FAMILY);
  gs_family_add_action(f, "GA", "A3", 3, NULL, D("2025-01-01"), GS_DATE_NONE, 0, GS_BY_FAMILY);
  gs_family_add_review(f, "A3", D("2025-04-01"), GS_REVIEW_ACHIEVED);
  gs_family_add_review(f, "A1", D("2025-02-01"), GS_REVIEW_PARTIAL);
  gs_family_add_review(f, "A3", D("2025-02-01"), GS_REVIEW_WORSENED);
  gs_family_add_review(f, "A3", D("2025-04-01"), GS_REVIEW_NOT_ACHIEVED);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);

  const char *order[] = { "K1", "K3", "K2", "K4", "K5" };
  for (size_t i = 0; i < 5; i++) {
    ck_assert_str_eq(gs_family_contact_id(f, i), order[i]);
    /* the id index follows the new positions */
    ck_assert_int_eq(gsi_family_lookup(f, order[i])->index, (int32_t)i);
  }
  ck_assert_uint_eq(gs_family_finding_count(f, 0), 1);
  ck_assert_int_eq(gs_family_finding_kind(f, 0, 0), GS_FINDING_CONSULT);
  ck_assert_uint_eq(gs_family_finding_count(f, 1), 6);
  gs_finding_kind kinds[] = { GS_FINDING_DMOP, GS_FINDING_DMOP, GS_FINDING_GIZ, GS_FINDING_ZRM,
                              GS_FINDING_SIGNAL, GS_FINDING_SIGNAL };
  for (size_t j = 0; j < 6; j++)
    ck_assert_int_eq(gs_family_finding_kind(f, 1, j), kinds[j]);
  ck_assert_int_eq(gs_family_finding_item(f, 1, 0), GS_DMOP_PARTNER_ROLE);
  ck_assert_int_eq(gs_family_finding_item(f, 1, 1), GS_DMOP_PARENT_COMPETENCE);
  ck_assert_str_eq(gs_family_finding_signal_id(f, 1, 4), "S1");
  ck_assert_str_eq(gs_family_finding_signal_id(f, 1, 5), "S0");
  const gsi_id_slot *s0 = gsi_family_lookup(f, "S0");
  ck_assert_str_eq(f->findings[s0->index].id, "S0");
  ck_assert_int_eq(f->findings[s0->index].contact, 1);
  ck_assert_uint_eq(gs_family_finding_count(f, 2), 0);
  ck_assert_uint_eq(gs_family_finding_count(f, 3), 0);
  ck_assert_uint_eq(gs_family_finding_count(f, 4), 1);
  ck_assert_int_eq(gs_family_finding_kind(f, 4, 0), GS_FINDING_HELP_REQUESTED);

  ck_assert_int_eq(gs_family_conclusion_care_need(f, 0), GS_CARE_POSITIVE_CONFIRMATION);
  ck_assert_str_eq(gs_family_conclusion_reason(f, 1), "first");
  ck_assert_str_eq(gs_family_conclusion_reason(f, 2), "second");

  ck_assert_str_eq(gs_family_goal_id(f, 0), "GB");
  ck_assert_uint_eq(gs_family_action_count(f, 0), 1);
  ck_assert_str_eq(gs_family_action_id(f, 0, 0), "A2");
  ck_assert_uint_eq(gs_family_action_count(f, 1), 2);
  ck_assert_str_eq(gs_family_action_id(f, 1, 0), "A1");
  ck_assert_str_eq(gs_family_action_id(f, 1, 1), "A3");
  ck_assert_int_eq(gsi_family_lookup(f, "A3")->index, 2);
  ck_assert_uint_eq(gs_family_review_count(f, 1, 0), 1);
  ck_assert_uint_eq(gs_family_review_count(f, 1, 1), 3);
  ck_assert_int_eq(gs_family_review_outcome(f, 1, 1, 0), GS_REVIEW_WORSENED);
  ck_assert_int_eq(gs_family_review_outcome(f, 1, 1, 1), GS_REVIEW_ACHIEVED);
  ck_assert_int_eq(gs_family_review_outcome(f, 1, 1, 2), GS_REVIEW_NOT_ACHIEVED);
  ck_assert_uint_eq(gs_family_review_count(f, 0, 0), 0);

  /* adding after finish: building again; the new contact slots in by date */
  ck_assert_int_eq(gs_family_add_contact(f, "K0", D("2025-03-01"), "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_JGZ_NURSE, NULL), GS_OK);
  ck_assert(!gs_family_is_finished(f));
  ck_assert_int_eq(gs_family_add_finding(f, "K3", GS_FINDING_DMOP_OVERALL, 0, GS_RATING_GOOD),
                   GS_OK);
  ck_assert_int_eq(gs_family_add_review(f, "A2", D("2025-01-05"), GS_REVIEW_PARTIAL), GS_OK);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  const char *order2[] = { "K1", "K3", "K2", "K4", "K0", "K5" };
  for (size_t i = 0; i < 6; i++)
    ck_assert_str_eq(gs_family_contact_id(f, i), order2[i]);
  ck_assert_uint_eq(gs_family_finding_count(f, 1), 7);
  ck_assert_int_eq(gs_family_finding_kind(f, 1, 2), GS_FINDING_DMOP_OVERALL);
  ck_assert_uint_eq(gs_family_review_count(f, 0, 0), 1);
  gs_family_free(f);
}
END_TEST

START_TEST(big_family_stays_ordered)
{
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-BIG", "GM0114", D("2020-01-01")), GS_OK);
  char id[32];
  srand(7);
  gs_date base_date = D("2020-01-01");
  for (int i = 0; i < GSI_MAX_CONTACTS; i++) {
    snprintf(id, sizeof id, "K%d", i);
    ck_assert_int_eq(gs_family_add_contact(f, id, base_date + rand() % 2000, "ad-hoc",
                                           GS_SETTING_HOME, GS_BY_GP, NULL), GS_OK);
  }
  for (int i = 0; i < 3 * GSI_MAX_CONTACTS; i++) {
    snprintf(id, sizeof id, "K%d", rand() % GSI_MAX_CONTACTS);
    char sid[32];
    snprintf(sid, sizeof sid, "S%d", i);
    ck_assert_int_eq(gs_family_add_signal(f, id, sid, 1 + rand() % 21, GS_SIGNAL_RISK, 1,
                                          GS_DATE_NONE), GS_OK);
  }
  ck_assert_int_eq(gs_family_add_contact(f, "one-too-many", base_date, "ad-hoc", GS_SETTING_HOME,
                                         GS_BY_GP, NULL), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "family F-BIG: more than 4096 contacts (the limit per family)", 0,
                   0);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  size_t total = 0;
  for (size_t i = 0; i < gs_family_contact_count(f); i++) {
    if (i > 0) {
      ck_assert_int_le(gs_family_contact_date(f, i - 1), gs_family_contact_date(f, i));
      if (gs_family_contact_date(f, i - 1) == gs_family_contact_date(f, i))
        ck_assert_uint_lt(f->contacts[i - 1].seq, f->contacts[i].seq);
    }
    ck_assert_int_eq(gsi_family_lookup(f, gs_family_contact_id(f, i))->index, (int32_t)i);
    for (size_t j = 0; j < gs_family_finding_count(f, i); j++) {
      const gsi_id_slot *s = gsi_family_lookup(f, gs_family_finding_signal_id(f, i, j));
      ck_assert_int_eq(s->index, (int32_t)(f->contacts[i].first_finding + j));
      ck_assert_int_eq(f->findings[s->index].contact, (int32_t)i);
      if (j > 0)
        ck_assert_uint_lt(f->findings[s->index - 1].seq, f->findings[s->index].seq);
    }
    total += gs_family_finding_count(f, i);
  }
  ck_assert_uint_eq(total, 3 * GSI_MAX_CONTACTS);
  gs_family_free(f);
}
END_TEST

START_TEST(limits)
{
  gs_family *f = NULL;
  char id[32];
  ck_assert_int_eq(gs_family_new(&f, "F-LIM", "GM0114", D("2020-01-01")), GS_OK);
  for (int i = 0; i < GSI_MAX_MEMBERS; i++) {
    snprintf(id, sizeof id, "P%d", i);
    ck_assert_int_eq(gs_family_add_caregiver(f, id, GS_ROLE_OTHER_CAREGIVER), GS_OK);
    snprintf(id, sizeof id, "C%d", i);
    ck_assert_int_eq(gs_family_add_child(f, id, D("2020-01-01"), NULL), GS_OK);
    snprintf(id, sizeof id, "Z%d", i);
    ck_assert_int_eq(gs_family_add_pregnancy(f, id, "P0", D("2020-01-01"), GS_DATE_NONE,
                                             GS_OUTCOME_NONE, NULL), GS_OK);
  }
  REJECT(f, gs_family_add_caregiver(f, "Px", GS_ROLE_PARTNER), GS_EINVAL,
         "family F-LIM: more than 64 caregivers");
  REJECT(f, gs_family_add_child(f, "Cx", D("2020-01-01"), NULL), GS_EINVAL, "more than 64 children");
  REJECT(f, gs_family_add_pregnancy(f, "Zx", "P0", D("2020-01-01"), GS_DATE_NONE, 0, NULL),
         GS_EINVAL, "more than 64 pregnancies");
  gs_family_add_contact(f, "K", D("2020-01-01"), "ad-hoc", GS_SETTING_HOME, GS_BY_GP, NULL);
  for (int i = 0; i < GSI_MAX_FINDINGS; i++)
    ck_assert_int_eq(gs_family_add_finding(f, "K", GS_FINDING_HELP_REQUESTED, 0, i & 1), GS_OK);
  REJECT(f, gs_family_add_finding(f, "K", GS_FINDING_HELP_REQUESTED, 0, 1), GS_EINVAL,
         "more than 65536 findings");
  REJECT(f, gs_family_add_zrm(f, "K", "P0", GS_ZRM_HOUSING, 1), GS_EINVAL,
         "more than 65536 findings");
  for (int i = 0; i < GSI_MAX_CONCLUSIONS; i++)
    ck_assert_int_eq(gs_family_add_conclusion(f, D("2020-01-01") + i, 1, 1, NULL), GS_OK);
  REJECT(f, gs_family_add_conclusion(f, D("2020-01-01"), 1, 1, NULL), GS_EINVAL,
         "more than 4096 conclusions");
  for (int i = 0; i < GSI_MAX_GOALS; i++) {
    snprintf(id, sizeof id, "G%d", i);
    ck_assert_int_eq(gs_family_add_goal(f, id, 1 + i % 21, D("2020-01-01") + i / 21, GS_DATE_NONE,
                                        GS_GOAL_STOPPED, D("2020-01-01") + i / 21 + 1), GS_OK);
  }
  REJECT(f, gs_family_add_goal(f, "Gx", 1, D("2030-01-01"), GS_DATE_NONE, 1, GS_DATE_NONE),
         GS_EINVAL, "more than 1024 goals");
  for (int i = 0; i < GSI_MAX_ACTIONS; i++) {
    snprintf(id, sizeof id, "A%d", i);
    ck_assert_int_eq(gs_family_add_action(f, "G0", id, 1, NULL, D("2020-01-01"), GS_DATE_NONE, 0,
                                          GS_BY_GP), GS_OK);
  }
  REJECT(f, gs_family_add_action(f, "G0", "Ax", 1, NULL, D("2020-01-01"), GS_DATE_NONE, 0,
                                 GS_BY_GP), GS_EINVAL, "more than 4096 actions");
  for (int i = 0; i < GSI_MAX_REVIEWS; i++)
    ck_assert_int_eq(gs_family_add_review(f, "A0", D("2020-01-01") + i % 2, 1), GS_OK);
  REJECT(f, gs_family_add_review(f, "A0", D("2020-01-01"), 1), GS_EINVAL,
         "more than 16384 reviews");
  /* the limits hold a family that still finishes */
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_uint_eq(gs_family_review_count(f, 0, 0), GSI_MAX_REVIEWS);
  gs_family_free(f);
}
END_TEST

/* ---- clone and equality --------------------------------------------------- */

START_TEST(clone_and_equal)
{
  gs_family *f = example();
  gs_family *c = NULL;
  ck_assert_int_eq(gs_family_clone(&c, f), GS_OK);
  ck_assert(gs_family_equal(f, c));
  ck_assert(gs_family_equal(c, f));
  ck_assert(gs_family_equal(f, f));
  ck_assert(gs_family_is_finished(c));
  /* independent: strings are copies */
  ck_assert_ptr_ne(gs_family_id(c), gs_family_id(f));
  ck_assert_str_eq(gs_family_contact_moment(c, 1), "ad-hoc");
  ck_assert_ptr_ne(gs_family_contact_moment(c, 1), gs_family_contact_moment(f, 1));
  ck_assert_ptr_eq(gsi_family_lookup(c, "S1")->id, c->findings[gsi_family_lookup(c, "S1")->index].id);
  gs_family_free(f);
  /* the clone works alone */
  ck_assert_str_eq(gs_family_finding_signal_id(c, 1, 6), "S1");
  ck_assert_int_eq(gs_family_add_review(c, "A1", D("2026-02-01"), GS_REVIEW_ACHIEVED), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(c, "S1", GS_ROLE_PARTNER), GS_EINVAL);
  f = example();
  ck_assert(!gs_family_equal(f, c)); /* c is building */
  ck_assert_int_eq(gs_family_finish(c), GS_OK);
  ck_assert(!gs_family_equal(f, c)); /* one more review */
  gs_family_free(c);

  /* a building family clones too */
  gs_family *b = example_unfinished();
  ck_assert_int_eq(gs_family_clone(&c, b), GS_OK);
  ck_assert(!gs_family_is_finished(c));
  ck_assert(!gs_family_equal(b, c));
  ck_assert_int_eq(gs_family_finish(c), GS_OK);
  ck_assert(gs_family_equal(f, c));
  gs_family_free(b);
  gs_family_free(c);

  /* equal data in a different insertion order: equal after finish */
  gs_family *x = NULL, *y = NULL;
  ck_assert_int_eq(gs_family_new(&x, "F", "GM0114", D("2024-01-01")), GS_OK);
  ck_assert_int_eq(gs_family_new(&y, "F", "GM0114", D("2024-01-01")), GS_OK);
  gs_family_add_contact(x, "K1", D("2024-02-01"), "ad-hoc", 1, 1, NULL);
  gs_family_add_contact(x, "K2", D("2024-03-01"), "ad-hoc", 1, 1, NULL);
  gs_family_add_finding(x, "K1", GS_FINDING_GIZ, 1, 2);
  gs_family_add_finding(x, "K1", GS_FINDING_DMOP, 1, 2);
  gs_family_add_contact(y, "K2", D("2024-03-01"), "ad-hoc", 1, 1, NULL);
  gs_family_add_contact(y, "K1", D("2024-02-01"), "ad-hoc", 1, 1, NULL);
  gs_family_add_finding(y, "K1", GS_FINDING_DMOP, 1, 2);
  gs_family_add_finding(y, "K1", GS_FINDING_GIZ, 1, 2);
  ck_assert_int_eq(gs_family_finish(x), GS_OK);
  ck_assert_int_eq(gs_family_finish(y), GS_OK);
  ck_assert(gs_family_equal(x, y));
  /* any difference counts */
  gs_family_set_child_wish(y, GS_CHILD_WISH_ACTIVE);
  ck_assert(!gs_family_equal(x, y));
  gs_family_set_child_wish(y, GS_CHILD_WISH_UNKNOWN);
  ck_assert(gs_family_equal(x, y));
  gs_family_add_finding(y, "K2", GS_FINDING_DMOP, 1, 2);
  gs_family_finish(y);
  ck_assert(!gs_family_equal(x, y));
  gs_family_add_finding(x, "K2", GS_FINDING_DMOP, 1, 3);
  gs_family_finish(x);
  ck_assert(!gs_family_equal(x, y));
  ck_assert(!gs_family_equal(x, NULL));
  ck_assert(!gs_family_equal(NULL, NULL));
  ck_assert_int_eq(gs_family_clone(NULL, x), GS_EINVAL);
  ck_assert_int_eq(gs_family_clone(&c, NULL), GS_EINVAL);
  gs_family_free(x);
  gs_family_free(y);
  gs_family_free(f);
}
END_TEST

/* ---- out of memory -------------------------------------------------------- */

typedef struct build_ctx {
  gs_family *f;
  snap snaps[EXAMPLE_STEPS + 1];  /* the state after k successful steps */
  bool changed;
  int failed_at;
} build_ctx;

static gs_status build_op(void *p) {
  build_ctx *c = p;
  gs_family *f = NULL;
  c->changed = false;
  for (int k = 0; k < EXAMPLE_STEPS; k++) {
    gs_status st = example_step(&f, k);
    if (st != GS_OK) {
      /* the failing call left the family exactly as the k steps before made it */
      if (f != NULL)
        c->changed = !snap_eq(take(f), c->snaps[k]);
      c->failed_at = k;
      gs_family_free(f);
      return st;
    }
  }
  c->f = f;
  return GS_OK;
}

static void build_cleanup(void *p) {
  build_ctx *c = p;
  gs_family_free(c->f);
  c->f = NULL;
}

static bool build_unchanged(void *p) {
  return !((build_ctx *)p)->changed;
}

START_TEST(oom_building)
{
  build_ctx c;
  memset(&c, 0, sizeof c);
  gs_family *f = NULL;
  for (int k = 0; k < EXAMPLE_STEPS; k++) {
    ck_assert_int_eq(example_step(&f, k), GS_OK);
    c.snaps[k + 1] = take(f);
  }
  gs_family_free(f);
  long n = gst_oom_sweep("build the formats.md family", build_op, build_cleanup, build_unchanged,
                         &c);
  ck_assert_int_ge(n, 15);
}
END_TEST

/* A family whose finish has to sort (and so allocates). */
static gs_family *shuffled(void) {
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-OOM", "GM0114", D("2024-01-01")), GS_OK);
  gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT);
  gs_family_add_contact(f, "K2", D("2025-02-01"), "ad-hoc", 1, 1, NULL);
  gs_family_add_contact(f, "K1", D("2025-01-01"), "ad-hoc", 1, 1, "P1");
  gs_family_add_signal(f, "K1", "S1", 1, 1, 1, GS_DATE_NONE);
  gs_family_add_finding(f, "K1", GS_FINDING_DMOP, 1, 1);
  gs_family_add_conclusion(f, D("2025-02-01"), 1, 0, NULL);
  gs_family_add_conclusion(f, D("2025-01-01"), 1, 0, NULL);
  gs_family_add_goal(f, "G1", 1, D("2025-01-01"), GS_DATE_NONE, 1, GS_DATE_NONE);
  gs_family_add_goal(f, "G2", 2, D("2025-01-01"), GS_DATE_NONE, 1, GS_DATE_NONE);
  gs_family_add_action(f, "G2", "A2", 1, NULL, D("2025-01-01"), GS_DATE_NONE, 0, 1);
  gs_family_add_action(f, "G1", "A1", 1, NULL, D("2025-01-01"), GS_DATE_NONE, 0, 1);
  gs_family_add_review(f, "A1", D("2025-03-01"), 1);
  gs_family_add_review(f, "A1", D("2025-02-01"), 1);
  return f;
}

typedef struct finish_ctx {
  gs_family *f;
  snap before;
} finish_ctx;

static gs_status finish_op(void *p) {
  return gs_family_finish(((finish_ctx *)p)->f);
}

static void finish_cleanup(void *p) {
  finish_ctx *c = p;
  gs_family_free(c->f);
  c->f = shuffled();
}

static bool finish_unchanged(void *p) {
  finish_ctx *c = p;
  return snap_eq(c->before, take(c->f)) && strcmp(c->f->contacts[0].id, "K2") == 0 &&
         strcmp(c->f->actions[0].id, "A2") == 0 && !c->f->finished;
}

START_TEST(oom_finish)
{
  finish_ctx c;
  c.f = shuffled();
  c.before = take(c.f);
  long n = gst_oom_sweep("finish", finish_op, finish_cleanup, finish_unchanged, &c);
  ck_assert_int_eq(n, 1); /* one scratch block */
  ck_assert_str_eq(c.f->contacts[0].id, "K2");
  ck_assert_int_eq(gs_family_finish(c.f), GS_OK);
  ck_assert_str_eq(gs_family_contact_id(c.f, 0), "K1");
  gs_family_free(c.f);
}
END_TEST

START_TEST(finish_in_order_allocates_nothing)
{
  gs_family *f = example_unfinished();
  gst_alloc_fail_at(1);
  ck_assert_int_eq(gs_family_finish(f), GS_OK);
  ck_assert_int_eq(gst_alloc_count(), 0);
  gst_alloc_fail_at(0);
  gs_family_free(f);
}
END_TEST

typedef struct clone_ctx {
  gs_family *f;
  gs_family *copy;
} clone_ctx;

static gs_status clone_op(void *p) {
  clone_ctx *c = p;
  return gs_family_clone(&c->copy, c->f);
}

static void clone_cleanup(void *p) {
  clone_ctx *c = p;
  ck_assert(gs_family_equal(c->f, c->copy));
  gs_family_free(c->copy);
  c->copy = NULL;
}

static bool clone_unchanged(void *p) {
  return ((clone_ctx *)p)->copy == NULL;
}

START_TEST(oom_clone)
{
  clone_ctx c = { example(), NULL };
  long n = gst_oom_sweep("clone", clone_op, clone_cleanup, clone_unchanged, &c);
  ck_assert_int_ge(n, 10);
  gs_family_free(c.f);
}
END_TEST

/* One call that has to grow the array, rehash the id table and open a new
 * arena chunk at once. */
typedef struct grow_ctx {
  gs_family *f;
  snap before;
} grow_ctx;

static const char *long_id(int i) {
  static char buf[70];
  memset(buf, 'a' + i, 60);
  buf[60] = '\0';
  return buf;
}

static gs_family *grow_base(void) {
  gs_family *f = NULL;
  ck_assert_int_eq(gs_family_new(&f, "F-G", "GM0114", D("2024-01-01")), GS_OK);
  /* 4 caregivers: the array (capacity 4) is full */
  for (int i = 0; i < 4; i++)
    ck_assert_int_eq(gs_family_add_caregiver(f, long_id(i), GS_ROLE_PARTNER), GS_OK);
  /* 4 children: 8 ids fill the 16-slot table to its load limit, and their
   * 64-byte ids and 60-byte references leave the second arena chunk with
   * fewer than 61 free bytes */
  for (int i = 0; i < 4; i++) {
    char id[65], ref[61];
    memset(id, 'k' + i, 64);
    id[64] = '\0';
    memset(ref, 'z', 60);
    ref[60] = '\0';
    ck_assert_int_eq(gs_family_add_child(f, id, D("2024-01-01"), ref), GS_OK);
  }
  return f;
}

static gs_status grow_op(void *p) {
  return gs_family_add_caregiver(((grow_ctx *)p)->f, long_id(5), GS_ROLE_PARTNER);
}

static void grow_cleanup(void *p) {
  grow_ctx *c = p;
  gs_family_free(c->f);
  c->f = grow_base();
}

static bool grow_unchanged(void *p) {
  grow_ctx *c = p;
  return snap_eq(c->before, take(c->f)) && gsi_family_lookup(c->f, long_id(5)) == NULL &&
         gsi_family_lookup(c->f, long_id(3)) != NULL;
}

START_TEST(oom_single_call)
{
  grow_ctx c;
  c.f = grow_base();
  c.before = take(c.f);
  ck_assert_uint_eq(c.f->cap_caregivers, 4);
  ck_assert_uint_eq(c.f->n_ids * 2, c.f->cap_ids);
  long n = gst_oom_sweep("add a caregiver", grow_op, grow_cleanup, grow_unchanged, &c);
  ck_assert_int_eq(n, 3);
  gs_family_free(c.f);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("family");
  TCase *tc = tcase_create("family");
  tcase_add_test(tc, builds_the_formats_example);
  tcase_add_test(tc, out_of_range_getters);
  tcase_add_test(tc, new_rejects_bad_arguments);
  tcase_add_test(tc, calls_reject_bad_arguments);
  tcase_add_test(tc, one_id_namespace);
  tcase_add_test(tc, finish_rejects_broken_references);
  tcase_add_test(tc, finish_rejects_inconsistent_members);
  tcase_add_test(tc, finish_accepts_consistent_members);
  tcase_add_test(tc, finish_rejects_plan_dates);
  tcase_add_test(tc, finish_rejects_overlapping_goals);
  tcase_add_test(tc, finish_accepts_adjacent_goals);
  tcase_add_test(tc, canonical_order);
  tcase_add_test(tc, big_family_stays_ordered);
  tcase_add_test(tc, limits);
  tcase_add_test(tc, clone_and_equal);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_building);
  tcase_add_test(oom, oom_finish);
  tcase_add_test(oom, finish_in_order_allocates_nothing);
  tcase_add_test(oom, oom_clone);
  tcase_add_test(oom, oom_single_call);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
