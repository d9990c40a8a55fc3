/*
 * libgoedestart - tests of packs (lib/pack.c, gs-pack.h): the default pack
 * exactly as the spec gives it, every rule of its three tables, load
 * errors with positions, files and memory, the evaluator API, OOM.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "pack.h"
#include "sha256.h"
#include "xml-util.h"

static gs_pack *default_pack(void) {
  gs_pack *p = NULL;
  gs_status st = gs_pack_load_default(&p);
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  return p;
}

/* ---- content hash (traceable proposals) -------------------------------- */

START_TEST(sha256_wrapper_gives_the_standard_digest)
{
  gsi_sha256 h;
  char hex[GSI_SHA256_HEX];
  gsi_sha256_init(&h);
  gsi_sha256_update(&h, "ab", 2);
  gsi_sha256_update(&h, "c", 1);
  gsi_sha256_hex(&h, hex);
  /* FIPS 180-2 example "abc" */
  ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
END_TEST

START_TEST(pack_sha256_is_pack_bytes_then_decisions_bytes)
{
  const gsi_embedded *x = gsi_embedded_find("packs/gs-default.xml");
  const gsi_embedded *dm = gsi_embedded_find("packs/gs-default.dmn");
  ck_assert_ptr_nonnull(x);
  ck_assert_ptr_nonnull(dm);
  gsi_sha256 h;
  char want[GSI_SHA256_HEX];
  gsi_sha256_init(&h);
  gsi_sha256_update(&h, x->data, x->len);
  gsi_sha256_update(&h, dm->data, dm->len);
  gsi_sha256_hex(&h, want);
  gs_pack *def = default_pack();
  ck_assert_str_eq(gs_pack_sha256(def), want);
  ck_assert_ptr_null(gs_pack_sha256(NULL));

  /* the same files from disk give the same hash */
  char path[4096];
  snprintf(path, sizeof path, "%s/../../data/packs/gs-default.xml", gst_data("."));
  gs_pack *file = NULL;
  ck_assert_msg(gs_pack_load_file(&file, path) == GS_OK, "%s", gs_error_format(gs_error_last()));
  ck_assert_str_eq(gs_pack_sha256(file), want);
  gs_pack_free(file);

  /* an edit that keeps id and version (a comment in the DMN) changes it */
  size_t n = dm->len;
  char *edited = malloc(n + 16);
  memcpy(edited, dm->data, n);
  memcpy(edited + n, "<!-- edit -->\n", 14);
  gs_pack *e = NULL;
  ck_assert_msg(gs_pack_load_memory(&e, (const char *)x->data, x->len, edited, n + 14, "e.xml") ==
                    GS_OK, "%s", gs_error_format(gs_error_last()));
  ck_assert_str_eq(gs_pack_id(e), gs_pack_id(def));
  ck_assert_str_eq(gs_pack_version(e), gs_pack_version(def));
  ck_assert_str_ne(gs_pack_sha256(e), want);
  ck_assert_uint_eq(strlen(gs_pack_sha256(e)), 64);
  gs_pack_free(e);
  free(edited);
  gs_pack_free(def);
}
END_TEST

/* ---- the default pack ------------------------------------------------- */

START_TEST(default_pack_identity_and_parameters)
{
  gs_pack *p = default_pack();
  ck_assert_str_eq(gs_pack_id(p), "gs-default");
  ck_assert_str_eq(gs_pack_version(p), "2026.1");
  ck_assert_str_eq(gs_pack_title(p, GS_LANG_NL), "Goede Start standaardpakket");
  ck_assert_str_eq(gs_pack_title(p, GS_LANG_EN), "Goede Start default pack");
  ck_assert_str_eq(gs_pack_decisions_file(p), "gs-default.dmn");
  static const struct {
    const char *name;
    int value;
    gsi_param index;
  } params[] = {
    { "phase.child-5-12.from-years", 4, GSI_PARAM_PHASE_5_12_FROM_YEARS },
    { "phase.child-13-19.from-years", 13, GSI_PARAM_PHASE_13_19_FROM_YEARS },
    { "phase.end-years", 19, GSI_PARAM_PHASE_END_YEARS },
    { "valid.dmop", 183, GSI_PARAM_VALID_DMOP },
    { "valid.giz", 365, GSI_PARAM_VALID_GIZ },
    { "valid.help", 90, GSI_PARAM_VALID_HELP },
    { "valid.zrm", 90, GSI_PARAM_VALID_ZRM },
    { "valid.positive-health", 365, GSI_PARAM_VALID_POSITIVE_HEALTH },
    { "valid.signal", 365, GSI_PARAM_VALID_SIGNAL },
    { "schedule.horizon", 365, GSI_PARAM_SCHEDULE_HORIZON },
    { "schedule.history", 365, GSI_PARAM_SCHEDULE_HISTORY },
    { "route.max", 5, GSI_PARAM_ROUTE_MAX },
    { "plan.review-days", 42, GSI_PARAM_PLAN_REVIEW_DAYS },
    { "plan.priorities", 3, GSI_PARAM_PLAN_PRIORITIES },
  };
  ck_assert_uint_eq(gs_pack_param_count(), 14);
  for (size_t i = 0; i < GSI_ARRAY_LEN(params); i++) {
    int v = -1;
    ck_assert_int_eq(gs_pack_param(p, params[i].name, &v), GS_OK);
    ck_assert_int_eq(v, params[i].value);
    ck_assert_int_eq(p->params[params[i].index], params[i].value);
    ck_assert_str_eq(gs_pack_param_name(i), params[i].name);
  }
  ck_assert_ptr_null(gs_pack_param_name(14));
  int v = 7;
  ck_assert_int_eq(gs_pack_param(p, "valid.nothing", &v), GS_ENOTFOUND);
  ck_assert_int_eq(v, 7);
  gst_assert_error(GS_ENOTFOUND, "unknown pack parameter 'valid.nothing'", 0, 0);
  ck_assert_int_eq(gs_pack_param(p, NULL, &v), GS_EINVAL);
  ck_assert_uint_eq(gs_pack_decision_count(p), 3);
  ck_assert_uint_eq(p->max_rules, 17);
  gs_pack_free(p);
  gs_pack_free(NULL);
}
END_TEST

/* schedule.md "Default schedule", every column. */
static const struct {
  const char *id;
  gs_phase phase;
  gs_setting setting;
  const char *instruments;
  int open, due, overdue, close;
  int condition;
  const char *bds;
} schedule[26] = {
  { "vk-intake", 3, GS_SETTING_MIDWIFE_PRACTICE, "signals", 42, 63, 84, 112, 0, NULL },
  { "vk-screening", 3, GS_SETTING_MIDWIFE_PRACTICE, "screening", 70, 98, 112, 168, 0, NULL },
  { "jgz-prenatal-visit", 3, GS_SETTING_HOME, "screening giz", 154, 196, 224, 252, 2, NULL },
  { "vk-third-trimester", 3, GS_SETTING_MIDWIFE_PRACTICE, "screening", 196, 224, 238, 266, 0, NULL },
  { "maternity-care", 4, GS_SETTING_MATERNITY_CARE, "signals", 0, 2, 5, 10, 0, NULL },
  { "jgz-4-7d", 4, GS_SETTING_HOME, "", 3, 4, 7, 14, 0, "01" },
  { "jgz-2w", 4, GS_SETTING_HOME, "dmop", 10, 14, 21, 35, 0, "37" },
  { "jgz-4w", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 21, 28, 35, 49, 0, "37" },
  { "jgz-8w", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop-extended giz", 49, 56, 70, 84, 0, "37" },
  { "jgz-3m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 77, 91, 105, 114, 0, "37" },
  { "jgz-4m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 114, 121, 135, 152, 0, "37" },
  { "jgz-6m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 166, 182, 203, 213, 0, "37" },
  { "jgz-7.5m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 220, 228, 250, 264, 0, "38" },
  { "jgz-9m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 264, 273, 294, 304, 0, "38" },
  { "jgz-11m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 318, 334, 355, 365, 0, "38" },
  { "jgz-14m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 409, 426, 456, 487, 0, "39" },
  { "jgz-18m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 531, 547, 578, 639, 0, "39" },
  { "jgz-2y", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop giz", 700, 730, 791, 913, 0, "39" },
  { "jgz-3y", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 1065, 1095, 1156, 1278, 0, "39" },
  { "jgz-3y9m", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop giz", 1339, 1369, 1430, 1461, 0, "39" },
  { "jgz-groep-2", 5, GS_SETTING_PRIMARY_SCHOOL, "giz", 1826, 2008, 2191, 2373, 0, "40" },
  { "jgz-groep-7", 5, GS_SETTING_PRIMARY_SCHOOL, "giz", 3652, 3834, 4017, 4199, 0, "40" },
  { "jgz-klas-2", 6, GS_SETTING_SECONDARY_SCHOOL, "giz", 4748, 4930, 5113, 5295, 0, "41" },
  { "jgz-adolescent", 6, GS_SETTING_SECONDARY_SCHOOL, "giz", 5478, 5660, 5844, 6026, 0, "41" },
  /* on indication (spec v5, D-8): anchored on the trigger contact */
  { "jgz-indicated-problem", 4, GS_SETTING_HOME, "dmop", 1, 14, 21, 42, 0, "22" },
  { "jgz-indicated-attention", 4, GS_SETTING_WELL_BABY_CLINIC, "dmop", 1, 28, 42, 84, 0, "22" },
};

START_TEST(default_pack_schedule_is_exact)
{
  gs_pack *p = default_pack();
  ck_assert_uint_eq(gs_pack_moment_count(p), 26);
  for (size_t i = 0; i < 26; i++) {
    bool indicated = i >= 24;
    ck_assert_str_eq(gs_pack_moment_id(p, i), schedule[i].id);
    ck_assert_int_eq(gs_pack_moment_phase(p, i), schedule[i].phase);
    ck_assert_int_eq(gs_pack_moment_setting(p, i), schedule[i].setting);
    ck_assert_int_eq(gs_pack_moment_anchor(p, i),
                     indicated                                     ? GS_ANCHOR_INDICATION
                     : schedule[i].phase == GS_PHASE_PREGNANCY_BIRTH ? GS_ANCHOR_CONCEPTION
                                                                     : GS_ANCHOR_BIRTH);
    ck_assert_int_eq(gs_pack_moment_trigger(p, i),
                     i == 24   ? GS_TRIGGER_CONSULT_PROBLEM
                     : i == 25 ? GS_TRIGGER_CONSULT_ATTENTION
                               : GS_TRIGGER_NONE);
    ck_assert_str_eq(gs_pack_moment_instruments(p, i), schedule[i].instruments);
    ck_assert_int_eq(gs_pack_moment_open(p, i), schedule[i].open);
    ck_assert_int_eq(gs_pack_moment_due(p, i), schedule[i].due);
    ck_assert_int_eq(gs_pack_moment_overdue(p, i), schedule[i].overdue);
    ck_assert_int_eq(gs_pack_moment_close(p, i), schedule[i].close);
    ck_assert_int_eq(gs_pack_moment_condition(p, i), schedule[i].condition);
    if (schedule[i].bds)
      ck_assert_str_eq(gs_pack_moment_bds(p, i), schedule[i].bds);
    else
      ck_assert_ptr_null(gs_pack_moment_bds(p, i));
    const char *nl = gs_pack_moment_label(p, i, GS_LANG_NL);
    const char *en = gs_pack_moment_label(p, i, GS_LANG_EN);
    ck_assert(nl && en && strlen(nl) > 5 && strlen(en) > 5 && strcmp(nl, en) != 0);
    /* lookup by id, binary search over moment_order */
    size_t idx = 99;
    ck_assert_int_eq(gs_pack_moment_find(p, schedule[i].id, &idx), GS_OK);
    ck_assert_uint_eq(idx, i);
    ck_assert_int_eq(gsi_pack_find_moment(p, schedule[i].id), (int32_t)i);
  }
  ck_assert_str_eq(gs_pack_moment_label(p, 8, GS_LANG_NL), "Consult 8 weken (dubbel contactmoment)");
  ck_assert_str_eq(gs_pack_moment_label(p, 8, GS_LANG_EN), "8-week consult (double contact moment)");
  for (size_t k = 1; k < p->n_moments; k++)
    ck_assert_int_lt(strcmp(p->moments[p->moment_order[k - 1]].id, p->moments[p->moment_order[k]].id), 0);
  ck_assert_int_eq(gsi_pack_find_moment(p, "ad-hoc"), -1);
  ck_assert_int_eq(gsi_pack_find_moment(p, "jgz-8"), -1);
  ck_assert_int_eq(gsi_pack_find_moment(p, ""), -1);
  size_t idx = 77;
  ck_assert_int_eq(gs_pack_moment_find(p, "zzz", &idx), GS_ENOTFOUND);
  ck_assert_uint_eq(idx, 77);
  ck_assert_str_eq(gs_pack_moment_label(p, 24, GS_LANG_NL),
                   "Extra contact na consultstatus probleem (zorg op maat)");
  ck_assert_str_eq(gs_pack_moment_label(p, 24, GS_LANG_EN),
                   "Extra contact after consult status problem (tailored care)");
  ck_assert_ptr_null(gs_pack_moment_id(p, 26));
  ck_assert_int_eq(gs_pack_moment_due(p, 26), 0);
  ck_assert_int_eq(gs_pack_moment_trigger(p, 26), GS_TRIGGER_NONE);
  gs_pack_free(p);
}
END_TEST

START_TEST(facts_have_the_spec_names)
{
  static const char *const names[GSI_FACT_N] = {
    "dmop_not_good", "dmop_fair", "dmop_good", "consult_status", "giz_max", "giz_tension",
    "screen_high", "screen_risk", "help_requested", "zrm_min", "zrm_low", "signal_acute",
    "risk_weight", "protective_weight", "balance", "safety", "in_pregnancy", "first_1000_days",
    "youngest_age_months", "need_count", "need_concern_count", "severity", "topic", "network", "competence", "review",
    "achieved_streak", "level", "topic_severity", "care_need",
  };
  for (int f = 0; f < GSI_FACT_N; f++) {
    ck_assert_str_eq(gsi_fact_name((gsi_fact)f), names[f]);
    ck_assert_int_eq(gsi_fact_find(names[f]), f);
  }
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_SAFETY), GSI_V_STRING);
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_HELP_REQUESTED), GSI_V_BOOL);
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_FIRST_1000_DAYS), GSI_V_BOOL);
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_BALANCE), GSI_V_NUMBER);
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_TOPIC), GSI_V_STRING);
  ck_assert_int_eq(gsi_fact_type(GSI_FACT_CARE_NEED), GSI_V_STRING);
  ck_assert_int_eq(gsi_fact_find("income"), -1);
  ck_assert_int_eq(gsi_fact_find(NULL), -1);
  ck_assert_ptr_null(gsi_fact_name(GSI_FACT_N));
}
END_TEST

/* ---- the three tables, rule by rule ------------------------------------ */

static void neutral_facts(gsi_value *f) {
  memset(f, 0, sizeof(gsi_value) * GSI_FACT_N);
  for (int i = 0; i < GSI_FACT_N; i++)
    f[i].type = (uint8_t)gsi_fact_type((gsi_fact)i);
  f[GSI_FACT_CONSULT_STATUS].str = "none";
  f[GSI_FACT_SAFETY].str = "none";
  f[GSI_FACT_YOUNGEST_AGE_MONTHS].num = gsi_dec_int(-1);
  f[GSI_FACT_SEVERITY].num = gsi_dec_int(1);
  f[GSI_FACT_TOPIC].str = "housing";
  f[GSI_FACT_NETWORK].str = "unknown";
  f[GSI_FACT_COMPETENCE].str = "unknown";
  f[GSI_FACT_REVIEW].str = "partial";
  f[GSI_FACT_LEVEL].num = gsi_dec_int(3);
  f[GSI_FACT_CARE_NEED].str = "positive-confirmation";
}

typedef struct setting {
  gsi_fact fact;
  double num;
  const char *str;
} setting;

static void apply(gsi_value *f, const setting *s, size_t n) {
  for (size_t i = 0; i < n && s[i].fact != GSI_FACT_N; i++) {
    if (f[s[i].fact].type == GSI_V_STRING)
      f[s[i].fact].str = s[i].str;
    else if (f[s[i].fact].type == GSI_V_BOOL)
      f[s[i].fact].b = s[i].num != 0;
    else
      gsi_dec_from_double(s[i].num, &f[s[i].fact].num);
  }
}

/* Evaluates a library table; returns the matched rule ids ("A B") and the
 * chosen rule's output code. */
static const char *eval_table(const gsi_pack_table *pt, const gsi_value *facts, int *code) {
  static char ids[512];
  uint32_t m[32], o[32];
  double agg[2];
  gsi_dmn_result res;
  memset(&res, 0, sizeof res);
  res.matched = m;
  res.order = o;
  res.aggregate = agg;
  gs_status st = gsi_dmn_eval(pt->table, facts, pt->map, &res);
  ck_assert_msg(st == GS_OK, "%s", gs_error_message(gs_error_last()));
  ck_assert_int_ge(res.chosen, 0);
  *code = pt->out[res.chosen];
  ids[0] = '\0';
  for (size_t k = 0; k < res.n_matched; k++) {
    if (k)
      strcat(ids, " ");
    strcat(ids, gsi_dmn_rule_id(pt->table, res.matched[k]));
  }
  return ids;
}

#define END { GSI_FACT_N, 0, NULL }

START_TEST(care_need_each_rule_alone)
{
  static const struct {
    const char *rule;
    int outcome;
    setting s[3];
  } cases[] = {
    { "U-SAFETY", 3, { { GSI_FACT_SAFETY, 0, "high" }, END } },
    { "U-GIZ-EMERGENCY", 3, { { GSI_FACT_GIZ_MAX, 5, NULL }, END } },
    { "U-ZRM-ACUTE", 3, { { GSI_FACT_ZRM_MIN, 1, NULL }, END } },
    { "U-ACUTE-SIGNAL", 3, { { GSI_FACT_SIGNAL_ACUTE, 1, NULL }, END } },
    { "A-SAFETY", 2, { { GSI_FACT_SAFETY, 0, "some" }, END } },
    { "A-DMOP-NOT-GOOD", 2, { { GSI_FACT_DMOP_NOT_GOOD, 1, NULL }, END } },
    { "A-CONSULT-PROBLEM", 2, { { GSI_FACT_CONSULT_STATUS, 0, "problem" }, END } },
    { "A-GIZ-STRESS", 2, { { GSI_FACT_GIZ_MAX, 3, NULL }, END } },
    { "A-GIZ-STRESS", 2, { { GSI_FACT_GIZ_MAX, 4, NULL }, END } },
    { "A-GIZ-TENSION", 2, { { GSI_FACT_GIZ_TENSION, 3, NULL }, END } },
    { "A-SCREEN-HIGH", 2, { { GSI_FACT_SCREEN_HIGH, 1, NULL }, END } },
    { "A-SCREEN-CUMULATIVE", 2, { { GSI_FACT_SCREEN_RISK, 5, NULL }, END } },
    { "A-ZRM-LOW", 2, { { GSI_FACT_ZRM_LOW, 1, NULL }, END } },
    { "A-BURDEN", 2, { { GSI_FACT_BALANCE, -1, NULL }, { GSI_FACT_RISK_WEIGHT, 2, NULL }, END } },
    { "A-HELP", 2, { { GSI_FACT_HELP_REQUESTED, 1, NULL }, END } },
    /* spec v5 (D-5): concerns and cumulative risk */
    { "A-CONCERN", 2, { { GSI_FACT_NEED_CONCERN_COUNT, 1, NULL }, END } },
    { "A-CUMULATIVE", 2, { { GSI_FACT_NEED_COUNT, 3, NULL }, END } },
  };
  gs_pack *p = default_pack();
  ck_assert_int_eq(gsi_dmn_table_hit_policy(p->care_need.table), GSI_HIT_PRIORITY);
  ck_assert_uint_eq(gsi_dmn_rule_count(p->care_need.table), 17);
  gsi_value f[GSI_FACT_N];
  int code;
  for (size_t i = 0; i < GSI_ARRAY_LEN(cases); i++) {
    neutral_facts(f);
    apply(f, cases[i].s, 3);
    char want[64];
    snprintf(want, sizeof want, "%s C-DEFAULT", cases[i].rule);
    ck_assert_str_eq(eval_table(&p->care_need, f, &code), want);
    ck_assert_int_eq(code, cases[i].outcome);
  }
  /* just below each threshold nothing but C-DEFAULT matches */
  static const setting below[] = {
    { GSI_FACT_GIZ_MAX, 2, NULL }, { GSI_FACT_ZRM_MIN, 2, NULL }, { GSI_FACT_GIZ_TENSION, 2, NULL },
    { GSI_FACT_SCREEN_RISK, 4, NULL }, { GSI_FACT_BALANCE, 0, NULL }, { GSI_FACT_RISK_WEIGHT, 1, NULL },
    { GSI_FACT_CONSULT_STATUS, 0, "attention" }, { GSI_FACT_DMOP_FAIR, 5, NULL },
    { GSI_FACT_PROTECTIVE_WEIGHT, 9, NULL }, { GSI_FACT_NEED_COUNT, 2, NULL },
  };
  neutral_facts(f);
  apply(f, below, GSI_ARRAY_LEN(below));
  ck_assert_str_eq(eval_table(&p->care_need, f, &code), "C-DEFAULT");
  ck_assert_int_eq(code, GS_CARE_POSITIVE_CONFIRMATION);
  neutral_facts(f);
  f[GSI_FACT_BALANCE].num = gsi_dec_int(-3);
  f[GSI_FACT_RISK_WEIGHT].num = gsi_dec_int(1);  /* A-BURDEN needs both conditions */
  ck_assert_str_eq(eval_table(&p->care_need, f, &code), "C-DEFAULT");
  ck_assert(gsi_dmn_rule_is_catch_all(p->care_need.table, 16));
  ck_assert_str_eq(gsi_dmn_rule_text(p->care_need.table, 13, GS_LANG_NL), "De ouder vraagt zelf om hulp.");
  ck_assert_str_eq(gsi_dmn_rule_text(p->care_need.table, 13, GS_LANG_EN), "The parent asks for help.");
  for (size_t r = 0; r < 17; r++) {
    ck_assert_ptr_nonnull(gsi_dmn_rule_text(p->care_need.table, r, GS_LANG_NL));
    ck_assert_ptr_nonnull(gsi_dmn_rule_text(p->care_need.table, r, GS_LANG_EN));
  }
  gs_pack_free(p);
}
END_TEST

START_TEST(care_need_priority_ordering)
{
  gs_pack *p = default_pack();
  gsi_value f[GSI_FACT_N];
  int code;
  /* additional-care rules before and after an urgent one: urgent wins, all are reasons */
  neutral_facts(f);
  f[GSI_FACT_HELP_REQUESTED].b = true;
  f[GSI_FACT_SIGNAL_ACUTE].num = gsi_dec_int(2);
  f[GSI_FACT_SAFETY].str = "some";
  f[GSI_FACT_ZRM_LOW].num = gsi_dec_int(1);
  ck_assert_str_eq(eval_table(&p->care_need, f, &code),
                   "U-ACUTE-SIGNAL A-SAFETY A-ZRM-LOW A-HELP C-DEFAULT");
  ck_assert_int_eq(code, GS_CARE_URGENT_SUPPORT);
  neutral_facts(f);
  f[GSI_FACT_HELP_REQUESTED].b = true;
  f[GSI_FACT_GIZ_MAX].num = gsi_dec_int(3);
  ck_assert_str_eq(eval_table(&p->care_need, f, &code), "A-GIZ-STRESS A-HELP C-DEFAULT");
  ck_assert_int_eq(code, GS_CARE_ADDITIONAL_CARE);
  /* the output values order is the priority order */
  const gs_decision *d;
  ck_assert_int_eq(gs_decision_find(p, "care-need", &d), GS_OK);
  ck_assert_int_eq(gs_decision_hit_policy(d), GS_HIT_PRIORITY);
  ck_assert_str_eq(gs_decision_output_name(d, 0), "care_need");
  gs_pack_free(p);
}
END_TEST

START_TEST(start_level_each_rule)
{
  static const struct {
    const char *rule;
    int level;
    setting s[4];
  } cases[] = {
    { "L-SAFETY", 5, { { GSI_FACT_TOPIC, 0, "domestic-violence" }, { GSI_FACT_SEVERITY, 2, NULL }, END } },
    { "L-SAFETY", 5, { { GSI_FACT_TOPIC, 0, "child-safety" }, { GSI_FACT_SEVERITY, 3, NULL }, END } },
    { "L-SAFETY-ATTENTION", 4, { { GSI_FACT_TOPIC, 0, "child-safety" }, { GSI_FACT_SEVERITY, 1, NULL }, END } },
    { "L-ACUTE", 5, { { GSI_FACT_SEVERITY, 3, NULL }, END } },
    { "L-MULTI", 5, { { GSI_FACT_DMOP_NOT_GOOD, 3, NULL }, { GSI_FACT_SEVERITY, 2, NULL }, END } },
    /* spec v5 (D-5): concerns on three or more topics */
    { "L-CUMULATIVE-1000", 5, { { GSI_FACT_NEED_CONCERN_COUNT, 3, NULL }, { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_FIRST_1000_DAYS, 1, NULL }, END } },
    { "L-CUMULATIVE", 4, { { GSI_FACT_NEED_CONCERN_COUNT, 3, NULL }, { GSI_FACT_SEVERITY, 2, NULL }, END } },
    { "L-CONCERN", 3, { { GSI_FACT_NEED_CONCERN_COUNT, 2, NULL }, { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_FIRST_1000_DAYS, 1, NULL }, END } },
    { "L-CONCERN-WEAK-COMPETENCE", 4, { { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_COMPETENCE, 0, "weak" }, END } },
    { "L-CONCERN-WEAK-NETWORK", 4, { { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_NETWORK, 0, "weak" }, { GSI_FACT_COMPETENCE, 0, "strong" }, END } },
    { "L-CONCERN-STRONG", 2, { { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_NETWORK, 0, "strong" }, { GSI_FACT_COMPETENCE, 0, "strong" }, END } },
    { "L-CONCERN", 3, { { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_NETWORK, 0, "strong" }, END } },
    { "L-CONCERN", 3, { { GSI_FACT_SEVERITY, 2, NULL }, { GSI_FACT_DMOP_NOT_GOOD, 2, NULL }, END } },
    { "L-ATTENTION-WEAK", 3, { { GSI_FACT_SEVERITY, 1, NULL }, { GSI_FACT_NETWORK, 0, "weak" }, END } },
    { "L-ATTENTION-STRONG", 1, { { GSI_FACT_SEVERITY, 1, NULL }, { GSI_FACT_NETWORK, 0, "strong" }, { GSI_FACT_COMPETENCE, 0, "strong" }, END } },
    { "L-ATTENTION", 2, { { GSI_FACT_SEVERITY, 1, NULL }, { GSI_FACT_COMPETENCE, 0, "weak" }, END } },
  };
  gs_pack *p = default_pack();
  ck_assert_int_eq(gsi_dmn_table_hit_policy(p->start_level.table), GSI_HIT_FIRST);
  ck_assert_uint_eq(gsi_dmn_rule_count(p->start_level.table), 13);
  gsi_value f[GSI_FACT_N];
  int code;
  for (size_t i = 0; i < GSI_ARRAY_LEN(cases); i++) {
    neutral_facts(f);
    apply(f, cases[i].s, 4);
    ck_assert_str_eq(eval_table(&p->start_level, f, &code), cases[i].rule);
    ck_assert_int_eq(code, cases[i].level);
  }
  gs_pack_free(p);
}
END_TEST

START_TEST(level_review_each_rule)
{
  static const struct {
    const char *rule;
    gs_move move;
    setting s[4];
  } cases[] = {
    { "R-URGENT", GS_MOVE_JUMP_INTENSIVE, { { GSI_FACT_TOPIC_SEVERITY, 3, NULL }, { GSI_FACT_LEVEL, 4, NULL }, { GSI_FACT_REVIEW, 0, "achieved" }, END } },
    { "R-PARTIAL", GS_MOVE_STAY, { { GSI_FACT_TOPIC_SEVERITY, 3, NULL }, { GSI_FACT_LEVEL, 5, NULL }, END } },
    { "R-WORSENED", GS_MOVE_STEP_UP, { { GSI_FACT_REVIEW, 0, "worsened" }, { GSI_FACT_TOPIC_SEVERITY, 2, NULL }, END } },
    { "R-NOT-ACHIEVED", GS_MOVE_STEP_UP, { { GSI_FACT_REVIEW, 0, "not-achieved" }, END } },
    { "R-PARTIAL", GS_MOVE_STAY, { { GSI_FACT_REVIEW, 0, "partial" }, END } },
    { "R-CLOSE", GS_MOVE_CLOSE, { { GSI_FACT_REVIEW, 0, "achieved" }, { GSI_FACT_ACHIEVED_STREAK, 2, NULL }, { GSI_FACT_LEVEL, 1, NULL }, END } },
    { "R-STEP-DOWN", GS_MOVE_STEP_DOWN, { { GSI_FACT_REVIEW, 0, "achieved" }, { GSI_FACT_ACHIEVED_STREAK, 3, NULL }, { GSI_FACT_LEVEL, 2, NULL }, END } },
    { "R-ACHIEVED", GS_MOVE_STAY, { { GSI_FACT_REVIEW, 0, "achieved" }, { GSI_FACT_ACHIEVED_STREAK, 1, NULL }, { GSI_FACT_LEVEL, 1, NULL }, END } },
  };
  gs_pack *p = default_pack();
  ck_assert_uint_eq(gsi_dmn_rule_count(p->level_review.table), 7);
  gsi_value f[GSI_FACT_N];
  int code;
  for (size_t i = 0; i < GSI_ARRAY_LEN(cases); i++) {
    neutral_facts(f);
    apply(f, cases[i].s, 4);
    ck_assert_str_eq(eval_table(&p->level_review, f, &code), cases[i].rule);
    ck_assert_int_eq(code, cases[i].move);
  }
  /* an input outside its inputValues is an evaluation error */
  neutral_facts(f);
  f[GSI_FACT_REVIEW].str = "excellent";
  uint32_t m[8];
  gsi_dmn_result res = { m, 0, -1, NULL, 0, NULL, false };
  ck_assert_int_eq(gsi_dmn_eval(p->level_review.table, f, p->level_review.map, &res), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "decision table 'level-review': input 'review' is \"excellent\"", 0, 0);
  gs_pack_free(p);
}
END_TEST

/* ---- load errors --------------------------------------------------------- */

static char *pack_xml, *dmn_xml;
static size_t pack_len, dmn_len;

static void read_default(void) {
  if (pack_xml == NULL) {
    const char *root = gst_data("../../data/packs/gs-default.xml");
    pack_xml = gst_read(root, &pack_len);
    dmn_xml = gst_read(gst_data("../../data/packs/gs-default.dmn"), &dmn_len);
  }
}

/* A copy of s with the nth occurrence of from replaced by to (all when nth < 0). */
static char *replace(const char *s, const char *from, const char *to, int nth) {
  size_t cap = strlen(s) * 2 + strlen(to) * 64 + 1;
  char *out = malloc(cap);
  ck_assert_ptr_nonnull(out);
  out[0] = '\0';
  const char *p = s;
  int k = 0;
  bool done = false;
  for (;;) {
    const char *hit = strstr(p, from);
    if (hit == NULL)
      break;
    strncat(out, p, (size_t)(hit - p));
    if (nth < 0 || k == nth) {
      strcat(out, to);
      done = true;
    } else {
      strncat(out, hit, strlen(from));
    }
    p = hit + strlen(from);
    k++;
  }
  strcat(out, p);
  ck_assert_msg(done, "'%s' not found", from);
  return out;
}

static void pos_of(const char *doc, const char *marker, int nth, int *line, int *col) {
  const char *p = doc;
  for (int k = 0; k <= nth; k++) {
    p = strstr(k == 0 ? p : p + 1, marker);
    ck_assert_msg(p != NULL, "marker '%s' not found", marker);
  }
  *line = 1;
  *col = 1;
  for (const char *q = doc; q < p; q++) {
    if (*q == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)*q & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

enum { IN_PACK, IN_DMN };

/* Edits the default pack (where = IN_PACK) or its DMN, loads both from
 * memory and expects the error at marker (in the edited document). */
static void pack_error(int where, const char *from, const char *to, int nth, gs_status code,
                       const char *needle, const char *marker, int marker_nth) {
  read_default();
  char *x = where == IN_PACK ? replace(pack_xml, from, to, nth) : strdup(pack_xml);
  char *d = where == IN_DMN ? replace(dmn_xml, from, to, nth) : strdup(dmn_xml);
  gs_pack *p = (gs_pack *)&p;
  gs_status st = gs_pack_load_memory(&p, x, strlen(x), d, strlen(d), "pack.xml");
  ck_assert_msg(st == code, "%s -> %s: expected %s, got %s (%s)", from, to, gs_status_name(code),
                gs_status_name(st), gs_error_format(gs_error_last()));
  ck_assert_msg(p == (gs_pack *)&p, "a failed load changed the output");
  int line = 0, col = 0;
  const char *file = "pack.xml";
  if (marker != NULL) {
    bool in_dmn = marker[0] == '@';
    if (in_dmn)
      file = "gs-default.dmn";
    pos_of(in_dmn ? d : x, marker + (in_dmn ? 1 : 0), marker_nth, &line, &col);
  }
  ck_assert_str_eq(gs_error_file(gs_error_last()), file);
  gst_assert_error(code, needle, line, col);
  free(x);
  free(d);
}

START_TEST(pack_errors_in_the_pack_document)
{
  pack_error(IN_PACK, "name=\"valid.dmop\"", "name=\"valid.dmopp\"", 0, GS_EPARSE,
             "unknown parameter 'valid.dmopp'", "<parameter name=\"valid.dmopp\"", 0);
  pack_error(IN_PACK, "name=\"valid.giz\"", "name=\"valid.dmop\"", 0, GS_EPARSE,
             "the parameter 'valid.dmop' is given twice", "<parameter name=\"valid.dmop\"", 1);
  pack_error(IN_PACK, "name=\"route.max\" value=\"5\"", "name=\"route.max\" value=\"0\"", 0,
             GS_EPARSE, "parameter 'route.max': the value '0' is not a whole number from 1 to 1000",
             "<parameter name=\"route.max\"", 0);
  pack_error(IN_PACK, "value=\"183\"", "value=\"99999999999999999999\"", 0, GS_EPARSE,
             "parameter 'valid.dmop': the value '99999999999999999999' is not a whole number",
             "<parameter name=\"valid.dmop\"", 0);
  pack_error(IN_PACK, "name=\"phase.end-years\" value=\"19\"", "name=\"phase.end-years\" value=\"12\"", 0,
             GS_EPARSE, "the phase boundaries must increase", "<parameters>", 0);
  pack_error(IN_PACK, "phase=\"child-0-4\"", "phase=\"baby\"", 0, GS_EPARSE,
             "moment 'maternity-care': unknown phase 'baby'", "<moment id=\"maternity-care\"", 0);
  pack_error(IN_PACK, "setting=\"home\"", "setting=\"house\"", 0, GS_EPARSE,
             "moment 'jgz-prenatal-visit': unknown setting 'house'", "<moment id=\"jgz-prenatal-visit\"", 0);
  pack_error(IN_PACK, "anchor=\"birth\"", "anchor=\"born\"", 0, GS_EPARSE,
             "moment 'maternity-care': unknown anchor 'born'", "<moment id=\"maternity-care\"", 0);
  pack_error(IN_PACK, "care-need-at-least:additional-care", "care-need-at-least:extra", 0,
             GS_EPARSE, "moment 'jgz-prenatal-visit': unknown condition 'care-need-at-least:extra'",
             "<moment id=\"jgz-prenatal-visit\"", 0);
  pack_error(IN_PACK, "care-need-at-least:additional-care", "when-needed", 0, GS_EPARSE,
             "unknown condition 'when-needed'", "<moment id=\"jgz-prenatal-visit\"", 0);
  pack_error(IN_PACK, "open=\"42\" due=\"63\"", "open=\"70\" due=\"63\"", 0, GS_EPARSE,
             "moment 'vk-intake': the offsets must satisfy open <= due <= overdue <= close (found 70, 63, 84, 112)",
             "<moment id=\"vk-intake\"", 0);
  pack_error(IN_PACK, "overdue=\"84\" close=\"112\"", "overdue=\"113\" close=\"112\"", 0, GS_EPARSE,
             "open <= due <= overdue <= close", "<moment id=\"vk-intake\"", 0);
  pack_error(IN_PACK, "id=\"jgz-4w\"", "id=\"jgz-2w\"", 0, GS_EPARSE,
             "two moments have the id 'jgz-2w'", "<moment id=\"jgz-2w\"", 1);
  pack_error(IN_PACK, "id=\"jgz-4w\"", "id=\"ad-hoc\"", 0, GS_EPARSE,
             "moment id 'ad-hoc' is not valid", "<moment id=\"ad-hoc\"", 0);
  pack_error(IN_PACK, "<title lang=\"en\">", "<title lang=\"nl\">", 0, GS_EPARSE,
             "two titles in the language 'nl'", "<title lang=\"nl\"", 1);
  pack_error(IN_PACK, "href=\"gs-default.dmn\"", "href=\"/etc/gs-default.dmn\"", 0, GS_EPARSE,
             "decisions href '/etc/gs-default.dmn' must be a relative file name", "<decisions", 0);
  pack_error(IN_PACK, "href=\"gs-default.dmn\"", "href=\"../../../../etc/hostname\"", 0,
             GS_EPARSE, "decisions href '../../../../etc/hostname' must be a relative file name",
             "<decisions", 0);
  pack_error(IN_PACK, "href=\"gs-default.dmn\"", "href=\"sub/../gs-default.dmn\"", 0,
             GS_EPARSE, "without '..'", "<decisions", 0);
  /* structure: the schema, with the element's position */
  pack_error(IN_PACK, "<decisions", "<bogus/>\n  <decisions", 0, GS_EPARSE, "bogus", "<bogus", 0);
  pack_error(IN_PACK, " bds-contact=\"01\"", " bds-contact=\"1\"", 0, GS_EPARSE, "bds-contact",
             "<moment id=\"jgz-4-7d\"", 0);
  pack_error(IN_PACK, " open=\"42\"", "", 0, GS_EPARSE, "open", "<moment id=\"vk-intake\"", 0);
  pack_error(IN_PACK, "urn:goedestart:pack:1", "urn:goedestart:pack:2", 0, GS_EPARSE, "pack",
             "<pack", 0);
  /* not XML at all */
  pack_error(IN_PACK, "<schedule>", "<schedule", 0, GS_EPARSE, "not well-formed", NULL, 0);
}
END_TEST

START_TEST(pack_errors_in_the_tables)
{
  pack_error(IN_DMN, "<text>giz_max</text>", "<text>giz_maximum</text>", 0, GS_EPARSE,
             "decision table 'care-need': input 'giz_maximum' is not a known fact",
             "@<input id=\"care-need-in-giz-max\"", 0);
  pack_error(IN_DMN, "<text>giz_max</text>", "<text>severity</text>", 0, GS_EPARSE,
             "decision table 'care-need': the fact 'severity' is not available in this table",
             "@<input id=\"care-need-in-giz-max\"", 0);
  pack_error(IN_DMN, "<text>zrm_min</text>", "<text>safety</text>", 0, GS_EPARSE,
             "input 'safety' must have typeRef \"string\", as the fact is a string",
             "@<input id=\"care-need-in-zrm-min\"", 0);
  pack_error(IN_DMN, "<text>dmop_not_good</text>", "<text>review</text>", 1, GS_EPARSE,
             "decision table 'start-level': the fact 'review' is not available in this table",
             "@<input id=\"start-level-in-dmop-not-good\"", 0);
  pack_error(IN_DMN, "id=\"level-review\"", "id=\"level-reviews\"", 0, GS_EPARSE,
             "the decisions file 'gs-default.dmn' has no decision with the id 'level-review'",
             "<decisions", 0);
  pack_error(IN_DMN, "urgent-support", "urgent", -1, GS_EPARSE,
             "decision table 'care-need', rule 'U-SAFETY': output 'care_need' must be \"positive-confirmation\", \"additional-care\" or \"urgent-support\"",
             "@<rule id=\"U-SAFETY\"", 0);
  pack_error(IN_DMN, "jump-intensive", "jump", -1, GS_EPARSE,
             "decision table 'level-review', rule 'R-URGENT': output 'move' must be \"stay\"",
             "@<rule id=\"R-URGENT\"", 0);
  {
    /* level 6: allow it in outputValues, then the pack refuses it */
    read_default();
    char *d1 = replace(dmn_xml, "<text>1,2,3,4,5</text>", "<text>1,2,3,4,5,6</text>", 0);
    char *d2 = replace(d1, "<text>5</text>", "<text>6</text>", 0);
    gs_pack *p = NULL;
    ck_assert_int_eq(gs_pack_load_memory(&p, pack_xml, pack_len, d2, strlen(d2), "pack.xml"),
                     GS_EPARSE);
    int line, col;
    pos_of(d2, "<rule id=\"L-SAFETY\"", 0, &line, &col);
    gst_assert_error(GS_EPARSE, "rule 'L-SAFETY': output 'level' must be a level from 1 to 5", line, col);
    free(d1);
    free(d2);
  }
  pack_error(IN_DMN, "hitPolicy=\"FIRST\"", "hitPolicy=\"RULE ORDER\"", 0, GS_EPARSE,
             "decision table 'start-level' must give one result", "@<decision id=\"start-level\"", 0);
  pack_error(IN_DMN, "hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\"", 1, GS_EPARSE,
             "decision table 'level-review' must give one result", "@<decision id=\"level-review\"", 0);
  pack_error(IN_DMN, "name=\"move\" typeRef=\"string\"", "name=\"move\" typeRef=\"boolean\"", 0,
             GS_EPARSE, "output 'move' is a boolean, but its outputValues hold a string",
             "@<output id=\"level-review-out\"", 0);
  {
    /* a level-review table whose (only) output is a boolean */
    size_t xl, dl;
    char *x = gst_read(gst_data("pack/regional.xml"), &xl);
    char *d0 = gst_read(gst_data("pack/dmn/regional.dmn"), &dl);
    char *d1 = replace(d0, "name=\"verdict\" typeRef=\"string\"", "name=\"verdict\" typeRef=\"boolean\"", 0);
    char *d2 = replace(d1, "<text>\"step-up\"</text>", "<text>true</text>", 0);
    char *d3 = replace(d2, "<text>\"stay\"</text>", "<text>false</text>", 0);
    gs_pack *p = NULL;
    ck_assert_int_eq(gs_pack_load_memory(&p, x, xl, d3, strlen(d3), "regional.xml"), GS_EPARSE);
    ck_assert_str_eq(gs_error_file(gs_error_last()), "dmn/regional.dmn");
    int line, col;
    pos_of(d3, "<decision id=\"level-review\"", 0, &line, &col);
    gst_assert_error(GS_EPARSE, "decision table 'level-review': output 'verdict' must be a string", line, col);
    free(x);
    free(d0);
    free(d1);
    free(d2);
    free(d3);
  }
  /* an error inside the DMN subset names the DMN file */
  pack_error(IN_DMN, "<text>&gt;= 5</text>", "<text>&gt;= five</text>", 0, GS_EPARSE,
             "rule 'U-GIZ-EMERGENCY', input 'giz_max': cannot read '>= five'", "@<text>&gt;= five", 0);
  pack_error(IN_DMN, "https://www.omg.org/spec/DMN/20191111/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd", 0,
             GS_EVERSION, "is not supported", "@<definitions", 0);
}
END_TEST

/* ---- files and memory ------------------------------------------------------ */

START_TEST(regional_pack_from_file)
{
  gs_pack *p = NULL;
  gs_status st = gs_pack_load_file(&p, gst_data("pack/regional.xml"));
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  ck_assert_str_eq(gs_pack_id(p), "regio-test");
  ck_assert_str_eq(gs_pack_version(p), "0.3");
  /* only an English title: both languages give it */
  ck_assert_str_eq(gs_pack_title(p, GS_LANG_NL), "Regional test pack");
  ck_assert_str_eq(gs_pack_title(p, GS_LANG_EN), "Regional test pack");
  int v;
  gs_pack_param(p, "valid.dmop", &v);
  ck_assert_int_eq(v, 120);
  gs_pack_param(p, "route.max", &v);
  ck_assert_int_eq(v, 3);
  gs_pack_param(p, "valid.giz", &v); /* not given: the default */
  ck_assert_int_eq(v, 365);
  ck_assert_uint_eq(gs_pack_moment_count(p), 2);
  ck_assert_str_eq(gs_pack_moment_id(p, 0), "visit-b");
  ck_assert_str_eq(gs_pack_moment_instruments(p, 0), "dmop giz");
  ck_assert_str_eq(gs_pack_moment_label(p, 0, GS_LANG_EN), "Huisbezoek");
  ck_assert_int_eq(gs_pack_moment_setting(p, 1), GS_SETTING_PRECONCEPTION_CLINIC);
  ck_assert_int_eq(gs_pack_moment_anchor(p, 1), GS_ANCHOR_CONCEPTION);
  ck_assert_int_eq(gs_pack_moment_open(p, 1), -30);
  ck_assert_int_eq(gs_pack_moment_condition(p, 1), GS_CARE_URGENT_SUPPORT);
  ck_assert_str_eq(gs_pack_moment_bds(p, 1), "22");
  ck_assert_str_eq(gs_pack_moment_instruments(p, 1), "");
  ck_assert_int_eq(gsi_pack_find_moment(p, "visit-a"), 1);
  ck_assert_int_eq(gsi_pack_find_moment(p, "visit-b"), 0);
  ck_assert_str_eq(gs_pack_decisions_file(p), "dmn/regional.dmn");
  ck_assert_uint_eq(gs_pack_decision_count(p), 4);
  ck_assert_uint_eq(p->max_rules, 2);
  /* the single output of level-review is used whatever its name */
  ck_assert_int_eq(p->level_review.out[0], GS_MOVE_STEP_UP);
  ck_assert_int_eq(p->start_level.map[1], GSI_FACT_CARE_NEED);
  gs_pack_free(p);
}
END_TEST

START_TEST(file_errors_name_the_right_file)
{
  gs_pack *p = NULL;
  char path[4096];
  snprintf(path, sizeof path, "%s", gst_data("pack/missing-dmn.xml"));
  ck_assert_int_eq(gs_pack_load_file(&p, path), GS_EIO);
  ck_assert_ptr_null(p);
  ck_assert_ptr_nonnull(strstr(gs_error_file(gs_error_last()), "pack/does-not-exist.dmn"));

  snprintf(path, sizeof path, "%s", gst_data("pack/unknown-fact.xml"));
  ck_assert_int_eq(gs_pack_load_file(&p, path), GS_EPARSE);
  ck_assert_ptr_nonnull(strstr(gs_error_file(gs_error_last()), "pack/unknown-fact.dmn"));
  gst_assert_error(GS_EPARSE, "input 'income' is not a known fact", 6, 7);

  snprintf(path, sizeof path, "%s", gst_data("pack/missing-table.xml"));
  ck_assert_int_eq(gs_pack_load_file(&p, path), GS_EPARSE);
  ck_assert_str_eq(gs_error_file(gs_error_last()), path);
  gst_assert_error(GS_EPARSE, "has no decision with the id 'level-review'", 9, 3);

  ck_assert_int_eq(gs_pack_load_file(&p, gst_data("pack/no-such-pack.xml")), GS_EIO);
  ck_assert_int_eq(gs_pack_load_file(&p, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_pack_load_file(NULL, path), GS_EINVAL);
  ck_assert_int_eq(gs_pack_load_default(NULL), GS_EINVAL);
  ck_assert_int_eq(gs_pack_load_memory(&p, NULL, 0, "", 0, NULL), GS_EINVAL);
  ck_assert_ptr_null(p);
}
END_TEST

/* A FIFO as the decisions file: refused at once (it was opened blocking
 * before it was checked, and the load hung). */
START_TEST(decisions_fifo_refused)
{
  read_default();
  char dir[] = "/tmp/gs-pack-fifo-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char pack_path[256], dmn_path[256];
  snprintf(pack_path, sizeof pack_path, "%s/pack.xml", dir);
  snprintf(dmn_path, sizeof dmn_path, "%s/gs-default.dmn", dir);
  FILE *fp = fopen(pack_path, "wb");
  ck_assert_ptr_nonnull(fp);
  ck_assert_uint_eq(fwrite(pack_xml, 1, pack_len, fp), pack_len);
  fclose(fp);
  ck_assert_int_eq(mkfifo(dmn_path, 0600), 0);
  alarm(20);
  gs_pack *p = NULL;
  ck_assert_int_eq(gs_pack_load_file(&p, pack_path), GS_EIO);
  alarm(0);
  gst_assert_error(GS_EIO, "not a regular file", 0, 0);
  ck_assert_ptr_null(p);
  unlink(dmn_path);
  unlink(pack_path);
  rmdir(dir);
}
END_TEST

START_TEST(memory_and_file_loads_agree)
{
  read_default();
  gs_pack *m = NULL, *f = NULL, *d = default_pack();
  ck_assert_int_eq(gs_pack_load_memory(&m, pack_xml, pack_len, dmn_xml, dmn_len, NULL), GS_OK);
  ck_assert_int_eq(gs_pack_load_file(&f, gst_data("../../data/packs/gs-default.xml")), GS_OK);
  gs_pack *all[3] = { m, f, d };
  for (int k = 1; k < 3; k++) {
    ck_assert_mem_eq(all[0]->params, all[k]->params, sizeof all[0]->params);
    ck_assert_uint_eq(all[0]->n_moments, all[k]->n_moments);
    for (size_t i = 0; i < all[0]->n_moments; i++) {
      ck_assert_str_eq(gs_pack_moment_id(all[0], i), gs_pack_moment_id(all[k], i));
      ck_assert_str_eq(gs_pack_moment_label(all[0], i, GS_LANG_EN), gs_pack_moment_label(all[k], i, GS_LANG_EN));
      ck_assert_int_eq(gs_pack_moment_close(all[0], i), gs_pack_moment_close(all[k], i));
    }
    ck_assert_uint_eq(gs_pack_decision_count(all[0]), gs_pack_decision_count(all[k]));
    ck_assert_mem_eq(all[0]->care_need.out, all[k]->care_need.out, 15);
  }
  gs_pack_free(m);
  gs_pack_free(f);
  gs_pack_free(d);
}
END_TEST

/* ---- the public decision API ------------------------------------------------ */

START_TEST(decision_listing)
{
  gs_pack *p = default_pack();
  static const char *const ids[3] = { "care-need", "start-level", "level-review" };
  for (size_t i = 0; i < 3; i++)
    ck_assert_str_eq(gs_decision_id(gs_pack_decision_at(p, i)), ids[i]);
  ck_assert_ptr_null(gs_pack_decision_at(p, 3));
  const gs_decision *d = NULL;
  ck_assert_int_eq(gs_decision_find(p, "Start level", &d), GS_OK);
  ck_assert_str_eq(gs_decision_id(d), "start-level");
  ck_assert_str_eq(gs_decision_name(d), "Start level");
  ck_assert_int_eq(gs_decision_hit_policy(d), GS_HIT_FIRST);
  ck_assert_int_eq(gs_decision_aggregation(d), GS_AGGREGATION_NONE);
  ck_assert_uint_eq(gs_decision_input_count(d), 7);
  ck_assert_str_eq(gs_decision_input_name(d, 0), "topic");
  ck_assert_int_eq(gs_decision_input_type(d, 1), GS_VALUE_NUMBER);
  ck_assert_str_eq(gs_decision_input_values(d, 3), "\"weak\",\"strong\",\"unknown\"");
  ck_assert_str_eq(gs_decision_input_values(d, 0), "");
  ck_assert_uint_eq(gs_decision_output_count(d), 1);
  ck_assert_str_eq(gs_decision_output_name(d, 0), "level");
  ck_assert_int_eq(gs_decision_output_type(d, 0), GS_VALUE_NUMBER);
  ck_assert_uint_eq(gs_decision_rule_count(d), 13);
  ck_assert_str_eq(gs_decision_rule_id(d, 0), "L-SAFETY");
  ck_assert_str_eq(gs_decision_rule_input_text(d, 0, 0), "\"domestic-violence\",\"child-safety\"");
  ck_assert_str_eq(gs_decision_rule_input_text(d, 0, 1), ">= 2");
  ck_assert_str_eq(gs_decision_rule_input_text(d, 0, 2), "-");
  ck_assert_str_eq(gs_decision_rule_output_text(d, 0, 0), "5");
  ck_assert_ptr_nonnull(gs_decision_rule_text(d, 0, GS_LANG_NL));
  ck_assert_ptr_null(gs_decision_rule_id(d, 13));
  ck_assert_ptr_null(gs_decision_rule_input_text(d, 0, 7));
  d = (const gs_decision *)&d;
  ck_assert_int_eq(gs_decision_find(p, "nope", &d), GS_ENOTFOUND);
  ck_assert_ptr_eq(d, (const gs_decision *)&d);
  gst_assert_error(GS_ENOTFOUND, "pack 'gs-default' has no decision 'nope'", 0, 0);
  gs_pack_free(p);
}
END_TEST

START_TEST(evaluator_runs_a_table)
{
  gs_pack *p = default_pack();
  const gs_decision *d;
  ck_assert_int_eq(gs_decision_find(p, "care-need", &d), GS_OK);
  gs_evaluator *ev = NULL;
  ck_assert_int_eq(gs_evaluator_new(&ev, d), GS_OK);
  /* all inputs null: only C-DEFAULT */
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 1);
  ck_assert_uint_eq(gs_evaluator_match_rule(ev, 0), 16);
  ck_assert_int_eq(gs_evaluator_has_result(ev), 1);
  ck_assert_uint_eq(gs_evaluator_result_count(ev), 1);
  ck_assert_str_eq(gs_evaluator_result_string(ev, 0, 0), "positive-confirmation");
  ck_assert_int_eq(gs_evaluator_result_type(ev, 0, 0), GS_VALUE_STRING);
  ck_assert_ptr_null(gs_evaluator_result_string(ev, 1, 0));
  ck_assert_uint_eq(gs_evaluator_result_rule(ev, 1), (size_t)-1);
  ck_assert_int_eq(gs_evaluator_set_string(ev, "safety", "some"), GS_OK);
  ck_assert_int_eq(gs_evaluator_set_number(ev, "giz_max", 5), GS_OK);
  ck_assert_int_eq(gs_evaluator_set_bool(ev, "help_requested", 1), GS_OK);
  /* setting an input forgets the last results */
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 0);
  gst_alloc_fail_at(0);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_int_eq(gst_alloc_count(), 0);
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 4); /* U-GIZ-EMERGENCY A-SAFETY A-HELP C-DEFAULT */
  ck_assert_str_eq(gs_decision_rule_id(d, gs_evaluator_result_rule(ev, 0)), "U-GIZ-EMERGENCY");
  ck_assert_str_eq(gs_evaluator_result_string(ev, 0, 0), "urgent-support");
  ck_assert_double_eq(gs_evaluator_result_number(ev, 0, 0), 0);
  ck_assert_int_eq(gs_evaluator_result_bool(ev, 0, 0), 0);
  /* a value outside inputValues: GS_EEVAL, and no results left */
  ck_assert_int_eq(gs_evaluator_set_string(ev, "safety", "a much longer value than before"), GS_OK);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "input 'safety' is \"a much longer value than before\"", 0, 0);
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 0);
  ck_assert_int_eq(gs_evaluator_has_result(ev), 0);
  /* the wrong type */
  ck_assert_int_eq(gs_evaluator_set_number(ev, "safety", 3), GS_OK);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "input 'safety' must be a string, but a number was given", 0, 0);
  ck_assert_int_eq(gs_evaluator_set_null(ev, "safety"), GS_OK);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  /* unknown input names */
  ck_assert_int_eq(gs_evaluator_set_number(ev, "income", 1), GS_ENOTFOUND);
  gst_assert_error(GS_ENOTFOUND, "decision table 'care-need' has no input named 'income'", 0, 0);
  ck_assert_int_eq(gs_evaluator_set_string(ev, NULL, "x"), GS_EINVAL);
  ck_assert_int_eq(gs_evaluator_set_string(ev, "safety", NULL), GS_EINVAL);
  double agg = 0;
  ck_assert_int_eq(gs_evaluator_aggregate(ev, 0, &agg), GS_EINVAL);
  gs_evaluator_clear(ev);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 1);
  gs_evaluator_free(ev);
  gs_evaluator_free(NULL);
  ck_assert_int_eq(gs_evaluator_new(NULL, d), GS_EINVAL);
  gs_pack_free(p);
}
END_TEST

START_TEST(evaluator_collect_and_first)
{
  gs_pack *p = NULL;
  ck_assert_int_eq(gs_pack_load_file(&p, gst_data("pack/regional.xml")), GS_OK);
  const gs_decision *d;
  ck_assert_int_eq(gs_decision_find(p, "risk-points", &d), GS_OK);
  ck_assert_int_eq(gs_decision_hit_policy(d), GS_HIT_COLLECT);
  ck_assert_int_eq(gs_decision_aggregation(d), GS_AGGREGATION_SUM);
  gs_evaluator *ev;
  ck_assert_int_eq(gs_evaluator_new(&ev, d), GS_OK);
  double sum = -1;
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_int_eq(gs_evaluator_has_result(ev), 0);
  ck_assert_int_eq(gs_evaluator_aggregate(ev, 0, &sum), GS_ENOTFOUND);
  ck_assert_double_eq(sum, -1);
  gs_evaluator_set_number(ev, "giz_max", 4);
  gs_evaluator_set_bool(ev, "help_requested", 1);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_int_eq(gs_evaluator_has_result(ev), 1);
  ck_assert_uint_eq(gs_evaluator_result_count(ev), 0);
  ck_assert_uint_eq(gs_evaluator_match_count(ev), 2);
  ck_assert_int_eq(gs_evaluator_aggregate(ev, 0, &sum), GS_OK);
  ck_assert_double_eq(sum, 3.5);
  ck_assert_int_eq(gs_evaluator_aggregate(ev, 1, &sum), GS_EINVAL);
  gs_evaluator_free(ev);

  ck_assert_int_eq(gs_decision_find(p, "level-review", &d), GS_OK);
  ck_assert_int_eq(gs_evaluator_new(&ev, d), GS_OK);
  gs_evaluator_set_string(ev, "review", "worsened");
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK);
  ck_assert_uint_eq(gs_evaluator_result_rule(ev, 0), 0);
  ck_assert_str_eq(gs_evaluator_result_string(ev, 0, 0), "step-up");
  gs_evaluator_free(ev);

  ck_assert_int_eq(gs_decision_find(p, "care-need", &d), GS_OK);
  ck_assert_int_eq(gs_evaluator_new(&ev, d), GS_OK);
  ck_assert_int_eq(gs_evaluator_run(ev), GS_OK); /* null matches neither rule */
  ck_assert_int_eq(gs_evaluator_has_result(ev), 0);
  ck_assert_uint_eq(gs_evaluator_result_count(ev), 0);
  ck_assert_int_eq(gs_evaluator_result_type(ev, 0, 0), GS_VALUE_NULL);
  gs_evaluator_free(ev);
  gs_pack_free(p);
}
END_TEST

typedef struct thread_arg {
  const gs_pack *pack;
  int failures;
} thread_arg;

static void *evaluate_many(void *arg) {
  thread_arg *t = arg;
  const gs_decision *d;
  gs_evaluator *ev;
  if (gs_decision_find(t->pack, "start-level", &d) != GS_OK || gs_evaluator_new(&ev, d) != GS_OK) {
    t->failures++;
    return NULL;
  }
  for (int i = 0; i < 2000; i++) {
    int sev = 1 + i % 3;
    gs_evaluator_set_number(ev, "severity", sev);
    gs_evaluator_set_string(ev, "topic", i % 2 ? "housing" : "child-safety");
    gs_evaluator_set_string(ev, "network", "unknown");
    gs_evaluator_set_string(ev, "competence", "unknown");
    gs_evaluator_set_number(ev, "dmop_not_good", 0);
    int want = i % 2 ? (sev == 3 ? 5 : sev == 2 ? 3 : 2) : (sev >= 2 ? 5 : 4);
    if (gs_evaluator_run(ev) != GS_OK || gs_evaluator_result_number(ev, 0, 0) != want)
      t->failures++;
  }
  gs_evaluator_free(ev);
  return NULL;
}

START_TEST(pack_is_shared_by_threads)
{
  gs_pack *p = default_pack();
  pthread_t th[4];
  thread_arg args[4];
  for (int i = 0; i < 4; i++) {
    args[i].pack = p;
    args[i].failures = 0;
    ck_assert_int_eq(pthread_create(&th[i], NULL, evaluate_many, &args[i]), 0);
  }
  for (int i = 0; i < 4; i++) {
    pthread_join(th[i], NULL);
    ck_assert_int_eq(args[i].failures, 0);
  }
  gs_pack_free(p);
}
END_TEST

/* ---- out of memory -------------------------------------------------------- */

typedef struct pack_ctx {
  gs_pack *pack;
  const char *path;
} pack_ctx;

static gs_status op_default(void *ctx) {
  return gs_pack_load_default(&((pack_ctx *)ctx)->pack);
}

static gs_status op_file(void *ctx) {
  pack_ctx *c = ctx;
  return gs_pack_load_file(&c->pack, c->path);
}

static void cleanup_pack(void *ctx) {
  gs_pack_free(((pack_ctx *)ctx)->pack);
  ((pack_ctx *)ctx)->pack = NULL;
}

static bool pack_unchanged(void *ctx) {
  return ((pack_ctx *)ctx)->pack == NULL;
}

START_TEST(oom_sweep_default_pack)
{
  pack_ctx c = { NULL, NULL };
  long n = gst_oom_sweep("default pack", op_default, cleanup_pack, pack_unchanged, &c);
  ck_assert_int_gt(n, 50);
}
END_TEST

START_TEST(oom_sweep_pack_file)
{
  char path[4096];
  snprintf(path, sizeof path, "%s", gst_data("pack/regional.xml"));
  pack_ctx c = { NULL, path };
  gst_oom_sweep("regional pack", op_file, cleanup_pack, pack_unchanged, &c);
}
END_TEST

typedef struct ev_ctx {
  const gs_decision *d;
  gs_evaluator *ev;
} ev_ctx;

static gs_status op_evaluator(void *ctx) {
  ev_ctx *c = ctx;
  gs_evaluator *ev;
  gs_status st = gs_evaluator_new(&ev, c->d);
  if (st != GS_OK)
    return st;
  st = gs_evaluator_set_string(ev, "topic", "housing");
  if (st == GS_OK)
    st = gs_evaluator_set_string(ev, "topic", "a longer topic than housing");
  if (st != GS_OK) {
    gs_evaluator_free(ev);
    return st;
  }
  c->ev = ev;
  return GS_OK;
}

static void cleanup_evaluator(void *ctx) {
  gs_evaluator_free(((ev_ctx *)ctx)->ev);
  ((ev_ctx *)ctx)->ev = NULL;
}

START_TEST(oom_sweep_evaluator)
{
  gs_pack *p = default_pack();
  ev_ctx c = { NULL, NULL };
  ck_assert_int_eq(gs_decision_find(p, "start-level", &c.d), GS_OK);
  gst_oom_sweep("evaluator", op_evaluator, cleanup_evaluator, NULL, &c);
  gs_pack_free(p);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("pack");
  TCase *tc = tcase_create("default");
  tcase_add_test(tc, default_pack_identity_and_parameters);
  tcase_add_test(tc, sha256_wrapper_gives_the_standard_digest);
  tcase_add_test(tc, pack_sha256_is_pack_bytes_then_decisions_bytes);
  tcase_add_test(tc, default_pack_schedule_is_exact);
  tcase_add_test(tc, facts_have_the_spec_names);
  tcase_add_test(tc, care_need_each_rule_alone);
  tcase_add_test(tc, care_need_priority_ordering);
  tcase_add_test(tc, start_level_each_rule);
  tcase_add_test(tc, level_review_each_rule);
  suite_add_tcase(s, tc);
  tc = tcase_create("errors");
  tcase_add_test(tc, pack_errors_in_the_pack_document);
  tcase_add_test(tc, pack_errors_in_the_tables);
  tcase_add_test(tc, file_errors_name_the_right_file);
  tcase_add_test(tc, decisions_fifo_refused);
  suite_add_tcase(s, tc);
  tc = tcase_create("api");
  tcase_add_unchecked_fixture(tc, setup_alloc, NULL);
  tcase_add_test(tc, regional_pack_from_file);
  tcase_add_test(tc, memory_and_file_loads_agree);
  tcase_add_test(tc, decision_listing);
  tcase_add_test(tc, evaluator_runs_a_table);
  tcase_add_test(tc, evaluator_collect_and_first);
  tcase_add_test(tc, pack_is_shared_by_threads);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_set_timeout(oom, 240);
  tcase_add_test(oom, oom_sweep_default_pack);
  tcase_add_test(oom, oom_sweep_pack_file);
  tcase_add_test(oom, oom_sweep_evaluator);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
