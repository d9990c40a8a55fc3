/*
 * libgoedestart example: a dossier vendor fills a family from its own
 * database (no XML), assesses it with the default pack and the embedded
 * Veenkoloniën catalogue, and shows the professional the proposal, the
 * reasons and the local routes.
 *
 *   cc assess-family.c $(pkg-config --cflags --libs goedestart)
 *   ./a.out [nl|en]
 *
 * The family is the example of spec/formats.md: a second pregnancy with
 * financial worries and smoking, a toddler, and a goal on finances.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include <goedestart/goedestart.h>

#define CHECK(call)                                                        \
  do {                                                                     \
    if ((call) != GS_OK) {                                                 \
      fprintf(stderr, "%s\n", gs_error_format(gs_error_last()));           \
      return 1;                                                            \
    }                                                                      \
  } while (0)

static gs_date day(const char *text) {
  gs_date d = GS_DATE_NONE;
  gs_date_parse(&d, text);
  return d;
}

int main(int argc, char **argv) {
  gs_lang lang = argc > 1 && strcmp(argv[1], "nl") == 0 ? GS_LANG_NL : GS_LANG_EN;
  CHECK(gs_init());

  /* 1. The family, from the vendor's own records. */
  gs_family *f = NULL;
  CHECK(gs_family_new(&f, "F-0001", "GM0114", day("2023-06-20")));
  CHECK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  CHECK(gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER));
  CHECK(gs_family_add_pregnancy(f, "Z0", "P1", day("2023-06-15"), day("2023-06-11"),
                                GS_OUTCOME_BIRTH, "C1"));
  CHECK(gs_family_add_pregnancy(f, "Z1", "P1", day("2026-04-20"), GS_DATE_NONE, GS_OUTCOME_NONE,
                                NULL));
  CHECK(gs_family_add_child(f, "C1", day("2023-06-11"), "Z0"));
  CHECK(gs_family_add_contact(f, "K1", day("2025-11-17"), "vk-screening",
                              GS_SETTING_MIDWIFE_PRACTICE, GS_BY_MIDWIFE, "Z1"));
  CHECK(gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, GS_TOPIC_FINANCES_DEBT,
                              GS_CONCERN_SOME));
  CHECK(gs_family_add_finding(f, "K1", GS_FINDING_SCREENING, GS_TOPIC_SMOKING, GS_CONCERN_HIGH));
  CHECK(gs_family_add_finding(f, "K1", GS_FINDING_HELP_REQUESTED, 0, 1));
  CHECK(gs_family_add_contact(f, "K2", day("2025-12-01"), "ad-hoc", GS_SETTING_WELL_BABY_CLINIC,
                              GS_BY_JGZ_NURSE, "C1"));
  CHECK(gs_family_add_finding(f, "K2", GS_FINDING_DMOP, GS_DMOP_SOCIAL_NETWORK, GS_RATING_FAIR));
  CHECK(gs_family_add_zrm(f, "K2", "P1", GS_ZRM_FINANCES, 2));
  CHECK(gs_family_add_finding(f, "K2", GS_FINDING_POSITIVE_HEALTH, GS_PH_MEANINGFULNESS, 6));
  CHECK(gs_family_add_signal(f, "K2", "S1", GS_TOPIC_HOUSING, GS_SIGNAL_RISK, 2, GS_DATE_NONE));
  CHECK(gs_family_add_goal(f, "G1", GS_TOPIC_FINANCES_DEBT, day("2025-12-01"), day("2026-06-01"),
                           GS_GOAL_OPEN, GS_DATE_NONE));
  CHECK(gs_family_add_action(f, "G1", "A1", 3, "sterk-uit-armoede", day("2025-12-08"),
                             GS_DATE_NONE, 1, GS_BY_JGZ_NURSE));
  CHECK(gs_family_add_review(f, "A1", day("2026-01-19"), GS_REVIEW_PARTIAL));
  CHECK(gs_family_finish(f)); /* references, dates and plan rules checked here */

  /* 2. The rules (pack) and the local social map (catalogue). Load them once
   *    and share them between threads. */
  gs_pack *pack = NULL;
  gs_catalog *catalog = NULL;
  CHECK(gs_pack_load_default(&pack));
  CHECK(gs_catalog_load_default(&catalog));

  /* 3. Assess as of an explicit date: the library never reads the clock. */
  gs_assessment *a = NULL;
  CHECK(gs_assess(&a, f, day("2026-01-20"), pack, catalog));

  printf("%s %s: %s\n", lang == GS_LANG_NL ? "Gezin" : "Family", gs_family_id(f),
         gs_code_label(GS_KIND_CARE_NEED, gs_assessment_care_need(a), lang));
  for (size_t i = 0; i < gs_assessment_reason_count(a); i++)
    printf("  - %s: %s\n", gs_assessment_reason_rule(a, i), gs_assessment_reason_text(a, i, lang));
  for (size_t i = 0; i < gs_assessment_need_count(a); i++) {
    printf("%s (%d) -> %s %d: %s\n",
           gs_code_label(GS_KIND_TOPIC, gs_assessment_need_topic(a, i), lang),
           gs_assessment_need_severity(a, i),
           lang == GS_LANG_NL ? "niveau" : "level", gs_assessment_need_level(a, i),
           gs_code_label(GS_KIND_LEVEL, gs_assessment_need_level(a, i), lang));
    for (size_t r = 0; r < gs_assessment_need_route_count(a, i); r++) {
      size_t o = gs_assessment_need_route_offer(a, i, r);
      printf("    * %s (%s)\n", gs_assessment_offer_name(a, o, lang),
             gs_assessment_offer_provider(a, o));
    }
    if (gs_assessment_need_gap_from(a, i) != 0)
      printf("    ! %s %d-%d\n", lang == GS_LANG_NL ? "geen aanbod op niveau" : "no offer at level",
             gs_assessment_need_gap_from(a, i), gs_assessment_need_gap_to(a, i));
  }

  gs_assessment_free(a); /* before the family, pack and catalogue it borrows */
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  gs_family_free(f);
  gs_shutdown();
  return 0;
}
