/*
 * libgoedestart - tests of routing a need (spec/care-paths.md "Routing a
 * need"): each rule alone on tests/data/catalog/routing.xml, needs of the
 * conformance vectors routed by hand through the test catalogue, the public
 * wrapper, and that routing allocates nothing.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "catalog.h"
#include "date.h"

#define ALL_PHASES 0x7Eu
#define PB(p) (1u << (p))

static gs_catalog *load(const char *path) {
  gs_catalog *c = NULL;
  gs_status st = gs_catalog_load_file(&c, path);
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  return c;
}

static gs_date d(const char *s) {
  gs_date v;
  ck_assert_int_eq(gs_date_parse(&v, s), GS_OK);
  return v;
}

typedef struct result {
  size_t n;
  const char *ids[16];
  uint8_t gap_from, gap_to;
} result;

static result route(const gs_catalog *c, const char *muni, int topic, int level, uint32_t phases,
                    int youngest, const char *as_of, size_t max) {
  gsi_route_query q;
  memset(&q, 0, sizeof q);
  q.municipality = gsi_municipality_parse(muni);
  q.topic = (uint8_t)topic;
  q.level = (uint8_t)level;
  q.phases = phases;
  q.youngest_months = youngest;
  q.as_of = d(as_of);
  q.route_max = max;
  gsi_route_entry idx[16];
  result r;
  memset(&r, 0, sizeof r);
  ck_assert_uint_le(max, 16);
  r.n = gsi_route(c, &q, idx, &r.gap_from, &r.gap_to);
  ck_assert_uint_le(r.n, max);
  for (size_t i = 0; i < r.n; i++)
    r.ids[i] = c->offers[idx[i].offer].id;
  return r;
}

/* Asserts the routes (a space-separated list of ids, "" for none) and gap. */
#define assert_route(r, expect, from, to) assert_route_at(__LINE__, (r), (expect), (from), (to))
static void assert_route_at(int line, result r, const char *expect, int from, int to) {
  char got[512] = "";
  for (size_t i = 0; i < r.n; i++) {
    if (i)
      strcat(got, " ");
    strcat(got, r.ids[i]);
  }
  ck_assert_msg(strcmp(got, expect) == 0, "line %d: routes '%s', expected '%s'", line, got,
                expect);
  ck_assert_msg(r.gap_from == from && r.gap_to == to, "line %d: gap %d..%d, expected %d..%d",
                line, r.gap_from, r.gap_to, from, to);
}

/* ---- each rule alone ----------------------------------------------------- */

START_TEST(scope_order_then_id)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  /* municipality (a before b), province, region, national (a before s) */
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 10),
               "s-muni-a s-muni-b s-prov s-region a-national s-national", 0, 0);
  /* Stadskanaal: its own offer, Groningen, region, national */
  assert_route(route(c, "GM0037", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 10),
               "s-stadskanaal s-prov-gr s-region a-national s-national", 0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(route_max_cuts_in_order)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "s-muni-a s-muni-b s-prov s-region a-national", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 1),
               "s-muni-a", 0, 0);
  /* route.max 0: no routes, but the route level is still found (no gap) */
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 0),
               "", 0, 0);
  /* only the route level counts: the level-3 offer never joins level 2 */
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 3, ALL_PHASES, -1, "2026-05-01", 5),
               "s-level-3", 0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(age_range_with_children)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  uint32_t ph = PB(GS_PHASE_CHILD_0_4);
  /* bounds are inclusive */
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, ph, 0, "2026-05-01", 5),
               "p-baby p-upto", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, ph, 12, "2026-05-01", 5),
               "p-baby p-upto", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, ph, 13, "2026-05-01", 5),
               "p-toddler p-upto", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, ph, 24, "2026-05-01", 5),
               "p-toddler p-upto", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, ph, 25, "2026-05-01", 5), "p-toddler",
               0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(age_range_without_children)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  /* every level-2 parenting offer has an age range: none matches a family
   * without children, so the route is the level-3 offer, with a gap */
  assert_route(route(c, "GM0114", GS_TOPIC_PARENTING, 2, PB(GS_PHASE_PREGNANCY_BIRTH), -1,
                     "2026-05-01", 5),
               "p-any", 2, 2);
  gs_catalog_free(c);
}
END_TEST

START_TEST(validity_boundaries)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  int t = GS_TOPIC_HOUSING;
  /* valid-to 2025-12-31 (inclusive), valid-from 2026-01-01 (inclusive) */
  assert_route(route(c, "GM0114", t, 2, ALL_PHASES, -1, "2025-12-30", 5), "h-old", 0, 0);
  assert_route(route(c, "GM0114", t, 2, ALL_PHASES, -1, "2025-12-31", 5), "h-old", 0, 0);
  assert_route(route(c, "GM0114", t, 2, ALL_PHASES, -1, "2026-01-01", 5), "h-new", 0, 0);
  assert_route(route(c, "GM0114", t, 2, ALL_PHASES, -1, "2026-01-02", 5), "h-new", 0, 0);
  /* a window: the day before, the first day, the last day, the day after */
  assert_route(route(c, "GM0114", t, 3, ALL_PHASES, -1, "2026-02-28", 5), "", 3, 5);
  assert_route(route(c, "GM0114", t, 3, ALL_PHASES, -1, "2026-03-01", 5), "h-march", 0, 0);
  assert_route(route(c, "GM0114", t, 3, ALL_PHASES, -1, "2026-03-31", 5), "h-march", 0, 0);
  assert_route(route(c, "GM0114", t, 3, ALL_PHASES, -1, "2026-04-01", 5), "", 3, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(gap_below_route_level)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  assert_route(route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "f-4", 2, 3);
  assert_route(route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 3, ALL_PHASES, -1, "2026-05-01", 5),
               "f-4", 3, 3);
  assert_route(route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 4, ALL_PHASES, -1, "2026-05-01", 5),
               "f-4", 0, 0);
  /* above the only offer: no route */
  assert_route(route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 5, ALL_PHASES, -1, "2026-05-01", 5),
               "", 5, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(no_route_at_all)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  for (int l = 1; l <= 5; l++)
    assert_route(route(c, "GM0114", GS_TOPIC_ALCOHOL_DRUGS, l, ALL_PHASES, 3, "2026-05-01", 5),
                 "", l, 5);
  /* an empty phase set (a family outside the programme) finds nothing */
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, 0, -1, "2026-05-01", 5), "", 2, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(level_one_routes)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  assert_route(route(c, "GM0114", GS_TOPIC_SMOKING, 1, ALL_PHASES, -1, "2026-05-01", 5), "sm-1",
               0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_SMOKING, 2, ALL_PHASES, -1, "2026-05-01", 5), "sm-4",
               2, 3);
  gs_catalog_free(c);
}
END_TEST

START_TEST(phases_must_intersect)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  int t = GS_TOPIC_CHILD_DEVELOPMENT;
  assert_route(route(c, "GM0114", t, 3, PB(GS_PHASE_CHILD_0_4), 5, "2026-05-01", 5), "cd-0-4",
               0, 0);
  assert_route(route(c, "GM0114", t, 3, PB(GS_PHASE_CHILD_0_4) | PB(GS_PHASE_CHILD_5_12), 5,
                     "2026-05-01", 5),
               "cd-0-4", 0, 0);
  assert_route(route(c, "GM0114", t, 3, PB(GS_PHASE_CHILD_5_12), 60, "2026-05-01", 5), "", 3, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(region_only_for_declared)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  int t = GS_TOPIC_WORK_EDUCATION;
  assert_route(route(c, "GM0114", t, 3, ALL_PHASES, -1, "2026-05-01", 5), "w-region", 0, 0);
  /* Borger-Odoorn is one of the eleven but not declared here */
  assert_route(route(c, "GM1681", t, 3, ALL_PHASES, -1, "2026-05-01", 5), "", 3, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(province_from_library_table)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  /* Borger-Odoorn: Drenthe from the library's table, no region offer */
  assert_route(route(c, "GM1681", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "s-prov a-national s-national", 0, 0);
  /* Oldambt: Groningen */
  assert_route(route(c, "GM1895", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "s-prov-gr a-national s-national", 0, 0);
  /* Amsterdam: no province known, national offers only */
  assert_route(route(c, "GM0363", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "a-national s-national", 0, 0);
  ck_assert_int_eq(gsi_catalog_province(c, 1681), 1);
  ck_assert_int_eq(gsi_catalog_province(c, 363), 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(province_as_catalogue_declares)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  /* Westerwolde is Groningen in the library's table, Drenthe here */
  assert_route(route(c, "GM1950", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1, "2026-05-01", 5),
               "s-prov s-region a-national s-national", 0, 0);
  ck_assert_int_eq(gs_catalog_province_of(c, "GM1950"), 1);
  gs_catalog_free(c);
}
END_TEST

/* ---- the conformance vectors, routed by hand ----------------------------- */

START_TEST(vector_09_f010_hoogeveen)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  /* child born 2025-11-01: 6 months on 2026-05-01, phase child-0-4 */
  uint32_t ph = PB(GS_PHASE_CHILD_0_4);
  assert_route(route(c, "GM0118", GS_TOPIC_SOCIAL_SUPPORT, 2, ph, 6, "2026-05-01", 5),
               "mamacafe-hoogeveen moeders-van-hoogeveen naoberschap-drenthe home-start "
               "humanitas-steun",
               0, 0);
  assert_route(route(c, "GM0118", GS_TOPIC_HEALTH_LITERACY, 3, ph, 6, "2026-05-01", 5), "", 3, 5);
  assert_route(route(c, "GM0118", GS_TOPIC_MENTAL_HEALTH, 3, ph, 6, "2026-05-01", 5),
               "intensieve-1000-dagen", 3, 4);
  assert_route(route(c, "GM0118", GS_TOPIC_FINANCES_DEBT, 2, ph, 6, "2026-05-01", 5),
               "humanitas-steun", 0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(vector_09_f019_undeclared)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  /* Borger-Odoorn, child born 2023-10-20: 30 months */
  uint32_t ph = PB(GS_PHASE_CHILD_0_4);
  assert_route(route(c, "GM1681", GS_TOPIC_DOMESTIC_VIOLENCE, 5, ph, 30, "2026-05-01", 5),
               "veilig-thuis-drenthe", 0, 0);
  assert_route(route(c, "GM1681", GS_TOPIC_FINANCES_DEBT, 3, ph, 30, "2026-05-01", 5),
               "schuldhulp-drenthe", 3, 3);
  assert_route(route(c, "GM1681", GS_TOPIC_SOCIAL_SUPPORT, 2, ph, 30, "2026-05-01", 5),
               "naoberschap-drenthe buurtgezinnen", 0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(vector_01_emmen)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  /* pregnancy Z1 and child C1 (31 months) on 2026-01-20 */
  uint32_t ph = PB(GS_PHASE_PREGNANCY_BIRTH) | PB(GS_PHASE_CHILD_0_4);
  assert_route(route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 3, ph, 31, "2026-01-20", 5),
               "wijkteam-emmen sterk-uit-armoede", 0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_HOUSING, 3, ph, 31, "2026-01-20", 5), "wijkteam-emmen",
               0, 0);
  assert_route(route(c, "GM0114", GS_TOPIC_SMOKING, 3, ph, 31, "2026-01-20", 5), "stopcoach", 3,
               3);
  assert_route(route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ph, 31, "2026-01-20", 5),
               "naoberschap-drenthe centering-pregnancy home-start humanitas-steun buurtgezinnen",
               0, 0);
  gs_catalog_free(c);
}
END_TEST

START_TEST(vector_04_and_14)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  /* 04: childless family in pregnancy, domestic violence at 4 in Emmen */
  assert_route(route(c, "GM0114", GS_TOPIC_DOMESTIC_VIOLENCE, 4, PB(GS_PHASE_PREGNANCY_BIRTH), -1,
                     "2025-11-03", 5),
               "aanpak-huiselijk-geweld-dr", 0, 0);
  /* validity of the test catalogue: mobility-mentoring starts 2025-01-01 */
  assert_route(route(c, "GM0037", GS_TOPIC_WORK_EDUCATION, 4, ALL_PHASES, -1, "2024-12-31", 5),
               "", 4, 5);
  assert_route(route(c, "GM0037", GS_TOPIC_WORK_EDUCATION, 4, ALL_PHASES, -1, "2025-01-01", 5),
               "mobility-mentoring", 0, 0);
  /* age 12 months matches centering-parenting 0-12 inclusive */
  assert_route(route(c, "GM0114", GS_TOPIC_CHILD_DEVELOPMENT, 2, PB(GS_PHASE_CHILD_0_4), 12,
                     "2025-10-20", 5),
               "centering-parenting", 0, 0);
  gs_catalog_free(c);
}
END_TEST

/* ---- public wrapper -------------------------------------------------------- */

START_TEST(public_route)
{
  gs_catalog *c = load(gst_data("catalog/routing.xml"));
  size_t routes[8], n = 99;
  int from = -1, to = -1;
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", GS_TOPIC_FINANCES_DEBT, 2,
                                    GS_PHASE_BIT(GS_PHASE_CHILD_0_4), 10, d("2026-05-01"), routes,
                                    8, &n, &from, &to),
                   GS_OK);
  ck_assert_uint_eq(n, 1);
  ck_assert_str_eq(gs_catalog_offer_id(c, routes[0]), "f-4");
  ck_assert_int_eq(from, 2);
  ck_assert_int_eq(to, 3);
  /* cap is route.max */
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", GS_TOPIC_SOCIAL_SUPPORT, 2, ALL_PHASES, -1,
                                    d("2026-05-01"), routes, 2, &n, NULL, NULL),
                   GS_OK);
  ck_assert_uint_eq(n, 2);
  ck_assert_str_eq(gs_catalog_offer_id(c, routes[1]), "s-muni-b");
  /* counting only */
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", GS_TOPIC_ALCOHOL_DRUGS, 3, ALL_PHASES, -1,
                                    d("2026-05-01"), NULL, 0, &n, &from, &to),
                   GS_OK);
  ck_assert_uint_eq(n, 0);
  ck_assert_int_eq(from, 3);
  ck_assert_int_eq(to, 5);
  /* bad arguments */
  gs_date on = d("2026-05-01");
  ck_assert_int_eq(gs_catalog_route(c, "0114", 1, 2, ALL_PHASES, -1, on, routes, 8, &n, NULL, NULL),
                   GS_EINVAL);
  gst_assert_error(GS_EINVAL, "municipality code", 0, 0);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 22, 2, ALL_PHASES, -1, on, routes, 8, &n, NULL,
                                    NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 6, ALL_PHASES, -1, on, routes, 8, &n, NULL,
                                    NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 0, ALL_PHASES, -1, on, routes, 8, &n, NULL,
                                    NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 2, 1u, -1, on, routes, 8, &n, NULL, NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 2, ALL_PHASES, -2, on, routes, 8, &n, NULL,
                                    NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 2, ALL_PHASES, -1, GS_DATE_NONE, routes, 8, &n,
                                    NULL, NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 2, ALL_PHASES, -1, on, NULL, 8, &n, NULL, NULL),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_route(NULL, "GM0114", 1, 2, ALL_PHASES, -1, on, routes, 8, &n, NULL,
                                    NULL),
                   GS_EINVAL);
  gs_catalog_free(c);
}
END_TEST

/* ---- allocation-free and thread-safe ------------------------------------- */

START_TEST(route_allocates_nothing)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  gsi_route_query q;
  memset(&q, 0, sizeof q);
  q.as_of = d("2026-05-01");
  q.route_max = 5;
  gsi_route_entry routes[5];
  size_t total = 0;
  static const int munis[] = { 114, 118, 37, 1681, 1950, 363 };
  gst_alloc_fail_at(0);
  for (size_t m = 0; m < GSI_ARRAY_LEN(munis); m++)
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      for (int l = 1; l <= 5; l++)
        for (int y = -1; y <= 40; y += 7) {
          uint8_t from, to;
          q.municipality = munis[m];
          q.topic = (uint8_t)t;
          q.level = (uint8_t)l;
          q.phases = ALL_PHASES;
          q.youngest_months = y;
          total += gsi_route(c, &q, routes, &from, &to);
        }
  size_t n;
  ck_assert_int_eq(gs_catalog_route(c, "GM0114", 1, 2, ALL_PHASES, 6, q.as_of, (size_t *)NULL, 0,
                                    &n, NULL, NULL),
                   GS_OK);
  ck_assert_int_eq(gst_alloc_count(), 0);
  ck_assert_uint_gt(total, 100);
  gs_catalog_free(c);
}
END_TEST

typedef struct thread_arg {
  const gs_catalog *c;
  size_t total;
} thread_arg;

static void *route_many(void *p) {
  thread_arg *a = p;
  gsi_route_query q;
  memset(&q, 0, sizeof q);
  q.municipality = 114;
  q.phases = ALL_PHASES;
  q.youngest_months = 6;
  q.as_of = gsi_days_from_civil(2026, 5, 1);
  q.route_max = 5;
  gsi_route_entry routes[5];
  for (int i = 0; i < 20000; i++) {
    uint8_t from, to;
    q.topic = (uint8_t)(1 + i % GSI_TOPIC_N);
    q.level = (uint8_t)(1 + i % 5);
    a->total += gsi_route(a->c, &q, routes, &from, &to);
  }
  return NULL;
}

START_TEST(routes_from_threads_agree)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  pthread_t th[4];
  thread_arg args[4];
  for (int i = 0; i < 4; i++) {
    args[i].c = c;
    args[i].total = 0;
    pthread_create(&th[i], NULL, route_many, &args[i]);
  }
  for (int i = 0; i < 4; i++)
    pthread_join(th[i], NULL);
  thread_arg one = { c, 0 };
  route_many(&one);
  for (int i = 0; i < 4; i++)
    ck_assert_uint_eq(args[i].total, one.total);
  gs_catalog_free(c);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("routing");
  TCase *rules = tcase_create("rules");
  tcase_add_test(rules, scope_order_then_id);
  tcase_add_test(rules, route_max_cuts_in_order);
  tcase_add_test(rules, age_range_with_children);
  tcase_add_test(rules, age_range_without_children);
  tcase_add_test(rules, validity_boundaries);
  tcase_add_test(rules, gap_below_route_level);
  tcase_add_test(rules, no_route_at_all);
  tcase_add_test(rules, level_one_routes);
  tcase_add_test(rules, phases_must_intersect);
  tcase_add_test(rules, region_only_for_declared);
  tcase_add_test(rules, province_from_library_table);
  tcase_add_test(rules, province_as_catalogue_declares);
  suite_add_tcase(s, rules);
  TCase *vec = tcase_create("vectors");
  tcase_add_test(vec, vector_09_f010_hoogeveen);
  tcase_add_test(vec, vector_09_f019_undeclared);
  tcase_add_test(vec, vector_01_emmen);
  tcase_add_test(vec, vector_04_and_14);
  suite_add_tcase(s, vec);
  TCase *api = tcase_create("api");
  tcase_add_test(api, public_route);
  tcase_add_test(api, routes_from_threads_agree);
  suite_add_tcase(s, api);
  TCase *alloc = tcase_create("alloc");
  tcase_add_unchecked_fixture(alloc, setup_alloc, NULL);
  tcase_add_test(alloc, route_allocates_nothing);
  suite_add_tcase(s, alloc);
  return gst_run(s);
}
