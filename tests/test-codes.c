/*
 * libgoedestart - tests of the code tables: tokens, labels, iteration,
 * topic mappings and the municipality table.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "testutil.h"
#include "codes.h"

/* Every kind with its expected number of codes and first/last tokens. */
static const struct {
  gs_kind kind;
  size_t count;
  int first_code;
  const char *first;
  const char *last;
} kinds[] = {
  { GS_KIND_ROLE, 3, 1, "birth-parent", "other-caregiver" },
  { GS_KIND_CHILD_WISH, 3, 0, "unknown", "active" },
  { GS_KIND_PREGNANCY_OUTCOME, 2, 1, "birth", "loss" },
  { GS_KIND_SETTING, 10, 1, "midwife-practice", "other" },
  { GS_KIND_SIGNALLER, 13, 1, "midwife", "other" },
  { GS_KIND_TOPIC, 27, 1, "social-support", "youth-substance-use" },
  { GS_KIND_DMOP_DOMAIN, 5, 1, "parent-competence", "child-wellbeing" },
  { GS_KIND_DMOP_RATING, 4, 1, "good", "not-discussed" },
  { GS_KIND_CONSULT_STATUS, 3, 1, "fine", "problem" },
  { GS_KIND_GIZ_AREA, 10, 1, "physical-development", "network" },
  { GS_KIND_GOM, 5, 1, "1", "5" },
  { GS_KIND_CONCERN, 3, 1, "low", "high" },
  { GS_KIND_ZRM_DOMAIN, 13, 1, "finances", "justice" },
  { GS_KIND_ZRM_SCORE, 5, 1, "1", "5" },
  { GS_KIND_PH_DIMENSION, 6, 1, "bodily-functions", "daily-functioning" },
  { GS_KIND_SIGNAL_KIND, 2, 1, "risk", "protective" },
  { GS_KIND_SEVERITY, 3, 1, "1", "3" },
  { GS_KIND_PHASE, 6, 1, "anticonception", "child-13-19" },
  { GS_KIND_CARE_NEED, 3, 1, "positive-confirmation", "urgent-support" },
  { GS_KIND_LEVEL, 5, 1, "own-strength", "intensive-professional" },
  { GS_KIND_GOAL_STATUS, 3, 1, "open", "stopped" },
  { GS_KIND_REVIEW_OUTCOME, 4, 1, "achieved", "worsened" },
  { GS_KIND_FINDING, 9, 1, "dmop", "signal" },
  { GS_KIND_ANCHOR, 3, 1, "conception", "indication" },
  { GS_KIND_MOMENT_STATUS, 6, 1, "upcoming", "not-applicable" },
  { GS_KIND_MOVE, 5, 1, "stay", "close" },
  { GS_KIND_SAFETY, 3, 0, "none", "high" },
  { GS_KIND_STRENGTH, 3, 0, "unknown", "strong" },
  { GS_KIND_OFFER_PROBLEM, 2, 1, "unknown-offer", "level-mismatch" },
  { GS_KIND_PROVINCE, 12, 1, "DR", "LI" },
  { GS_KIND_MELDCODE_DECISION, 3, 1, "help", "help-and-report" },
  { GS_KIND_MELDCODE_STEP, 5, 1, "1", "5" },
  { GS_KIND_TRIGGER, 2, 1, "consult-problem", "consult-attention" },
  { GS_KIND_ROUTE_CHECK, 1, 1, "caregiver-age", "caregiver-age" },
  { GS_KIND_NOTE, 5, 1, "expired", "municipality-former" },
};

START_TEST(every_kind_round_trips)
{
  /* the table above covers every gs_kind */
  ck_assert_uint_eq(sizeof kinds / sizeof kinds[0], GS_KIND_NOTE);
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    gs_kind kind = kinds[k].kind;
    ck_assert_int_eq(kind, (gs_kind)(k + 1));
    size_t n = gs_code_count(kind);
    ck_assert_msg(n == kinds[k].count, "kind %d: %zu codes", kind, n);
    ck_assert_int_eq(gs_code_at(kind, 0), kinds[k].first_code);
    ck_assert_str_eq(gs_code_token(kind, gs_code_at(kind, 0)), kinds[k].first);
    ck_assert_str_eq(gs_code_token(kind, gs_code_at(kind, n - 1)), kinds[k].last);
    ck_assert_int_eq(gs_code_at(kind, n), -1);
    for (size_t i = 0; i < n; i++) {
      int code = gs_code_at(kind, i);
      /* contiguous codes, in code order */
      ck_assert_int_eq(code, kinds[k].first_code + (int)i);
      const char *token = gs_code_token(kind, code);
      ck_assert_ptr_nonnull(token);
      int back = -99;
      ck_assert_int_eq(gs_code_parse(kind, token, &back), GS_OK);
      ck_assert_int_eq(back, code);
      ck_assert_int_eq(gsi_code_parse(kind, token), code);
      /* labels in both languages, English as the default */
      const char *nl = gs_code_label(kind, code, GS_LANG_NL);
      const char *en = gs_code_label(kind, code, GS_LANG_EN);
      ck_assert_msg(nl != NULL && nl[0] != '\0', "kind %d code %d: no Dutch label", kind, code);
      ck_assert_msg(en != NULL && en[0] != '\0', "kind %d code %d: no English label", kind, code);
      ck_assert_str_eq(gs_code_label(kind, code, GS_LANG_NONE), en);
      ck_assert(gsi_valid_utf8(nl, strlen(nl)));
      /* tokens are unique within a kind */
      for (size_t j = 0; j < i; j++)
        ck_assert_str_ne(gs_code_token(kind, gs_code_at(kind, j)), token);
    }
    /* just outside the range */
    ck_assert_ptr_null(gs_code_token(kind, kinds[k].first_code - 1));
    ck_assert_ptr_null(gs_code_token(kind, kinds[k].first_code + (int)n));
    ck_assert_ptr_null(gs_code_label(kind, kinds[k].first_code + (int)n, GS_LANG_NL));
  }
}
END_TEST

START_TEST(spec_codes_and_labels)
{
  ck_assert_str_eq(gs_code_token(GS_KIND_TOPIC, GS_TOPIC_FINANCES_DEBT), "finances-debt");
  ck_assert_int_eq(GS_TOPIC_FINANCES_DEBT, 6);
  ck_assert_str_eq(gs_code_label(GS_KIND_TOPIC, GS_TOPIC_FINANCES_DEBT, GS_LANG_NL),
                   "armoede en schulden");
  ck_assert_str_eq(gs_code_label(GS_KIND_TOPIC, GS_TOPIC_FINANCES_DEBT, GS_LANG_EN),
                   "poverty and debt");
  ck_assert_str_eq(gs_code_label(GS_KIND_DMOP_RATING, GS_RATING_NOT_DISCUSSED, GS_LANG_NL),
                   "niet besproken");
  ck_assert_str_eq(gs_code_label(GS_KIND_GOM, 4, GS_LANG_NL), "GOM 4");
  ck_assert_str_eq(gs_code_label(GS_KIND_GOM, 4, GS_LANG_EN), "GOM 4");
  ck_assert_str_eq(gs_code_label(GS_KIND_GOM, 5, GS_LANG_NL), "noodsituatie");
  ck_assert_str_eq(gs_code_label(GS_KIND_ZRM_SCORE, 1, GS_LANG_NL), "acute problematiek");
  ck_assert_str_eq(gs_code_label(GS_KIND_ZRM_SCORE, 5, GS_LANG_NL), "volledig zelfredzaam");
  ck_assert_str_eq(gs_code_label(GS_KIND_CARE_NEED, GS_CARE_URGENT_SUPPORT, GS_LANG_NL),
                   "urgente ondersteuning");
  ck_assert_str_eq(gs_code_label(GS_KIND_LEVEL, GS_LEVEL_NETWORK, GS_LANG_NL),
                   "familie en directe omgeving (naoberschap)");
  ck_assert_str_eq(gs_code_label(GS_KIND_PROVINCE, 2, GS_LANG_NL), "Groningen");
  ck_assert_str_eq(gs_code_label(GS_KIND_PROVINCE, 11, GS_LANG_EN), "North Brabant");
  ck_assert_str_eq(gs_code_token(GS_KIND_SETTING, GS_SETTING_WELL_BABY_CLINIC),
                   "well-baby-clinic");
  ck_assert_str_eq(gs_code_token(GS_KIND_SIGNALLER, GS_BY_MEE_GGZ), "mee-ggz");
  ck_assert_str_eq(gs_code_token(GS_KIND_PHASE, GS_PHASE_PREGNANCY_BIRTH), "pregnancy-birth");
  ck_assert_str_eq(gs_code_token(GS_KIND_FINDING, GS_FINDING_HELP_REQUESTED), "help-requested");
  ck_assert_str_eq(gs_code_token(GS_KIND_SEVERITY, 3), "3");
  /* the same token in different kinds */
  int code;
  ck_assert_int_eq(gs_code_parse(GS_KIND_GIZ_AREA, "parenting", &code), GS_OK);
  ck_assert_int_eq(code, GS_GIZ_PARENTING);
  ck_assert_int_eq(gs_code_parse(GS_KIND_TOPIC, "parenting", &code), GS_OK);
  ck_assert_int_eq(code, GS_TOPIC_PARENTING);
  ck_assert_int_eq(gs_code_parse(GS_KIND_SIGNALLER, "other", &code), GS_OK);
  ck_assert_int_eq(code, GS_BY_OTHER);
  /* no token for "not ended" */
  ck_assert_ptr_null(gs_code_token(GS_KIND_PREGNANCY_OUTCOME, GS_OUTCOME_NONE));
}
END_TEST

START_TEST(parse_errors)
{
  int code = 42;
  ck_assert_int_eq(gs_code_parse(GS_KIND_TOPIC, "foo", &code), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "unknown topic 'foo'", 0, 0);
  ck_assert_int_eq(code, 42);
  /* a big kind lists nothing; a small one lists its tokens */
  ck_assert_ptr_null(strstr(gs_error_message(gs_error_last()), "social-support"));
  ck_assert_int_eq(gs_code_parse(GS_KIND_CONCERN, "medium", &code), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "unknown concern 'medium' (expected low, some or high)", 0, 0);
  /* case-sensitive, exact */
  ck_assert_int_eq(gs_code_parse(GS_KIND_ROLE, "Partner", &code), GS_EPARSE);
  ck_assert_int_eq(gs_code_parse(GS_KIND_ROLE, "partner ", &code), GS_EPARSE);
  ck_assert_int_eq(gs_code_parse(GS_KIND_GOM, "01", &code), GS_EPARSE);
  ck_assert_int_eq(gs_code_parse(GS_KIND_GOM, "6", &code), GS_EPARSE);
  ck_assert_int_eq(gs_code_parse(GS_KIND_ROLE, "", &code), GS_EPARSE);
  ck_assert_int_eq(code, 42);
  /* long or binary tokens do not flood or corrupt the message */
  char big[500];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  ck_assert_int_eq(gs_code_parse(GS_KIND_TOPIC, big, &code), GS_EPARSE);
  ck_assert_int_lt(strlen(gs_error_message(gs_error_last())), 100);
  gst_assert_error(GS_EPARSE, "xxx...'", 0, 0);
  ck_assert_int_eq(gs_code_parse(GS_KIND_TOPIC, "\xff\x01", &code), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "unknown topic (unprintable)", 0, 0);
  /* bad arguments */
  ck_assert_int_eq(gs_code_parse((gs_kind)0, "x", &code), GS_EINVAL);
  ck_assert_int_eq(gs_code_parse((gs_kind)36, "x", &code), GS_EINVAL);
  ck_assert_int_eq(gs_code_parse(GS_KIND_ROLE, NULL, &code), GS_EINVAL);
  ck_assert_int_eq(gs_code_parse(GS_KIND_ROLE, "partner", NULL), GS_EINVAL);
  ck_assert_int_eq(gsi_code_parse(GS_KIND_ROLE, NULL), -1);
  ck_assert_int_eq(gsi_code_parse((gs_kind)99, "partner"), -1);
  /* invalid kinds and languages */
  ck_assert_uint_eq(gs_code_count((gs_kind)0), 0);
  ck_assert_uint_eq(gs_code_count((gs_kind)36), 0);
  ck_assert_int_eq(gs_code_at((gs_kind)-1, 0), -1);
  ck_assert_ptr_null(gs_code_token((gs_kind)36, 1));
  ck_assert_ptr_null(gs_code_label(GS_KIND_ROLE, 1, (gs_lang)7));
}
END_TEST

START_TEST(topic_mappings)
{
  /* model.md "Topics" */
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_SOCIAL_SUPPORT), GS_DMOP_SOCIAL_NETWORK);
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_DOMESTIC_VIOLENCE), GS_DMOP_PARTNER_ROLE);
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_CHILD_SAFETY), GS_DMOP_CHILD_WELLBEING);
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_CONTRACEPTION), GS_DMOP_EVENTS_CIRCUMSTANCES);
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_PREGNANCY_HEALTH), GS_DMOP_CHILD_WELLBEING);
  ck_assert_int_eq(gsi_topic_domain(GS_TOPIC_PHYSICAL_HEALTH), GS_DMOP_PARENT_COMPETENCE);
  ck_assert_int_eq(gsi_topic_domain(0), 0);
  ck_assert_int_eq(gsi_topic_domain(GSI_TOPIC_N + 1), 0);
  for (uint8_t t = 1; t <= GSI_TOPIC_N; t++) {
    ck_assert_int_ge(gsi_topic_domain(t), 1);
    ck_assert_int_le(gsi_topic_domain(t), 5);
    ck_assert(gsi_topic_is_safety(t) ==
              (t == GS_TOPIC_DOMESTIC_VIOLENCE || t == GS_TOPIC_CHILD_SAFETY));
  }
  /* decisions.md "Needs" */
  ck_assert_int_eq(gsi_dmop_domain_topic(GS_DMOP_PARENT_COMPETENCE), GS_TOPIC_PARENTING);
  ck_assert_int_eq(gsi_dmop_domain_topic(GS_DMOP_PARTNER_ROLE), GS_TOPIC_PARTNER_RELATIONSHIP);
  ck_assert_int_eq(gsi_dmop_domain_topic(GS_DMOP_SOCIAL_NETWORK), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gsi_dmop_domain_topic(GS_DMOP_EVENTS_CIRCUMSTANCES), GS_TOPIC_LIFE_EVENTS);
  ck_assert_int_eq(gsi_dmop_domain_topic(GS_DMOP_CHILD_WELLBEING), GS_TOPIC_CHILD_DEVELOPMENT);
  ck_assert_int_eq(gsi_dmop_domain_topic(6), 0);
  /* model.md GIZ and ZRM default topics */
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_SOCIAL_DEVELOPMENT), GS_TOPIC_CHILD_DEVELOPMENT);
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_BASIC_CARE_SAFETY), GS_TOPIC_CHILD_SAFETY);
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_PARENTHOOD_EXPERIENCE), GS_TOPIC_PARENTING);
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_MUTUAL_SUPPORT), GS_TOPIC_PARTNER_RELATIONSHIP);
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_FAMILY_CIRCUMSTANCES), GS_TOPIC_LIFE_EVENTS);
  ck_assert_int_eq(gsi_giz_area_topic(GS_GIZ_NETWORK), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gsi_giz_area_topic(11), 0);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_FINANCES), GS_TOPIC_FINANCES_DEBT);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_TIME_USE), GS_TOPIC_WORK_EDUCATION);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_DOMESTIC_RELATIONS), GS_TOPIC_PARTNER_RELATIONSHIP);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_BASIC_ADL), GS_TOPIC_PHYSICAL_HEALTH);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_INSTRUMENTAL_ADL), GS_TOPIC_HEALTH_LITERACY);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_PARTICIPATION), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gsi_zrm_domain_topic(GS_ZRM_JUSTICE), GS_TOPIC_LIFE_EVENTS);
  ck_assert_int_eq(gsi_zrm_domain_topic(14), 0);
  for (uint8_t a = 1; a <= 10; a++)
    ck_assert_ptr_nonnull(gs_code_token(GS_KIND_TOPIC, gsi_giz_area_topic(a)));
  for (uint8_t d = 1; d <= 13; d++)
    ck_assert_ptr_nonnull(gs_code_token(GS_KIND_TOPIC, gsi_zrm_domain_topic(d)));
}
END_TEST

START_TEST(municipalities)
{
  ck_assert_uint_eq(gs_municipality_count(), 11);
  ck_assert_uint_eq(gsi_known_municipality_count(), 11);
  size_t i = 99;
  ck_assert_int_eq(gs_municipality_find("GM0114", &i), GS_OK);
  ck_assert_str_eq(gs_municipality_code(i), "GM0114");
  ck_assert_str_eq(gs_municipality_name(i), "Emmen");
  ck_assert_str_eq(gs_municipality_province(i), "DR");
  ck_assert_int_eq(gs_municipality_find("GM0037", &i), GS_OK);
  ck_assert_str_eq(gs_municipality_name(i), "Stadskanaal");
  ck_assert_str_eq(gs_municipality_province(i), "GR");
  ck_assert_int_eq(gs_municipality_find("GM1950", NULL), GS_OK);
  /* every entry: well-formed, found again, consistent with the internal table */
  int drenthe = 0, groningen = 0;
  for (size_t k = 0; k < gs_municipality_count(); k++) {
    size_t back;
    ck_assert_int_eq(gs_municipality_find(gs_municipality_code(k), &back), GS_OK);
    ck_assert_uint_eq(back, k);
    const gsi_known_municipality *m = gsi_known_municipality_at(k);
    ck_assert_int_eq(m->code, gsi_municipality_parse(gs_municipality_code(k)));
    ck_assert_ptr_eq(gsi_known_municipality_find(m->code), m);
    ck_assert_str_eq(m->name, gs_municipality_name(k));
    ck_assert_str_eq(gs_code_token(GS_KIND_PROVINCE, m->province), gs_municipality_province(k));
    drenthe += strcmp(gs_municipality_province(k), "DR") == 0;
    groningen += strcmp(gs_municipality_province(k), "GR") == 0;
  }
  ck_assert_int_eq(drenthe, 5);
  ck_assert_int_eq(groningen, 6);
  ck_assert_ptr_null(gs_municipality_code(11));
  ck_assert_ptr_null(gs_municipality_name(11));
  ck_assert_ptr_null(gs_municipality_province(11));
  ck_assert_ptr_null(gsi_known_municipality_at(11));
  ck_assert_ptr_null(gsi_known_municipality_find(363));
  /* well-formed but not one of the eleven; malformed */
  i = 77;
  ck_assert_int_eq(gs_municipality_find("GM0363", &i), GS_ENOTFOUND);
  gst_assert_error(GS_ENOTFOUND, "GM0363 is not one of the eleven", 0, 0);
  ck_assert_uint_eq(i, 77);
  ck_assert_int_eq(gs_municipality_find("GM114", &i), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "'GM114' is not a municipality code", 0, 0);
  ck_assert_int_eq(gs_municipality_find("gm0114", &i), GS_EINVAL);
  ck_assert_int_eq(gs_municipality_find("GM01140", &i), GS_EINVAL);
  ck_assert_int_eq(gs_municipality_find(NULL, &i), GS_EINVAL);
  ck_assert_uint_eq(i, 77);
}
END_TEST

START_TEST(quote_helper)
{
  char buf[64];
  gsi_quote("abc", buf, sizeof buf);
  ck_assert_str_eq(buf, "'abc'");
  gsi_quote(NULL, buf, sizeof buf);
  ck_assert_str_eq(buf, "(none)");
  gsi_quote("a\tb", buf, sizeof buf);
  ck_assert_str_eq(buf, "(unprintable)");
  /* cut at a UTF-8 boundary: 39 x then a 2-byte character at bytes 39-40 */
  char s[60];
  memset(s, 'x', 39);
  s[39] = (char)0xC3;
  s[40] = (char)0xA9;
  strcpy(s + 41, "tail");
  gsi_quote(s, buf, sizeof buf);
  ck_assert_uint_eq(strlen(buf), 1 + 39 + 3 + 1);
  ck_assert(gsi_valid_utf8(buf, strlen(buf)));
}
END_TEST

int main(void) {
  Suite *s = suite_create("codes");
  TCase *tc = tcase_create("codes");
  tcase_add_test(tc, every_kind_round_trips);
  tcase_add_test(tc, spec_codes_and_labels);
  tcase_add_test(tc, parse_errors);
  tcase_add_test(tc, topic_mappings);
  tcase_add_test(tc, municipalities);
  tcase_add_test(tc, quote_helper);
  suite_add_tcase(s, tc);
  return gst_run(s);
}
