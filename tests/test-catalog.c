/*
 * libgoedestart - tests of the care-path catalogue: loading, accessors,
 * lookups, every load error with its line and column, out-of-memory
 * sweeps, and the requirements of the shipped Veenkoloniën catalogue
 * (spec/care-paths.md "Default catalogue: Veenkoloniën").
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "catalog.h"
#include "codes.h"
#include "date.h"
#include "sha256.h"
#include "xml-util.h"

static gs_date d(const char *s) {
  gs_date v;
  ck_assert_int_eq(gs_date_parse(&v, s), GS_OK);
  return v;
}

static gs_catalog *load(const char *path) {
  gs_catalog *c = NULL;
  gs_status st = gs_catalog_load_file(&c, path);
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  return c;
}

static size_t index_of(const gs_catalog *c, const char *id) {
  size_t i = 99999;
  ck_assert_msg(gs_catalog_find_offer(c, id, &i) == GS_OK, "no offer %s", id);
  return i;
}

/* ---- loading and accessors ----------------------------------------------- */

START_TEST(test_catalogue_loads)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  ck_assert_str_eq(gs_catalog_id(c), "gs-test");
  ck_assert_str_eq(gs_catalog_version(c), "1");
  ck_assert_int_eq(gs_catalog_valid_from(c), d("2020-01-01"));
  ck_assert_str_eq(gs_catalog_note(c, GS_LANG_NL),
                   "Testcatalogus voor de conformiteitsvectoren; geen echte sociale kaart.");
  ck_assert_str_eq(gs_catalog_note(c, GS_LANG_EN),
                   "Test catalogue for the conformance vectors; not a real social map.");
  ck_assert_uint_eq(gs_catalog_municipality_count(c), 4);
  ck_assert_str_eq(gs_catalog_municipality_code(c, 2), "GM0037");
  ck_assert_str_eq(gs_catalog_municipality_code(c, 3), "GM1950");
  ck_assert_uint_eq(gs_catalog_municipality_former_count(c, 3), 2);
  ck_assert_str_eq(gs_catalog_municipality_former_code(c, 3, 0), "GM0048");
  ck_assert_str_eq(gs_catalog_municipality_former_name(c, 3, 1), "Bellingwedde");
  ck_assert_int_eq(gs_catalog_municipality_former_until(c, 3, 1), d("2017-12-31"));
  ck_assert_str_eq(gs_catalog_municipality_name(c, 2), "Stadskanaal");
  ck_assert_int_eq(gs_catalog_municipality_province(c, 2), 2);
  ck_assert_int_eq(gs_catalog_municipality_province(c, 0), 1);
  ck_assert_uint_eq(gs_catalog_offer_count(c), 44);

  size_t i = index_of(c, "stevig-ouderschap");
  ck_assert_str_eq(gs_catalog_offer_id(c, i), "stevig-ouderschap");
  ck_assert_int_eq(gs_catalog_offer_level(c, i), 4);
  ck_assert_str_eq(gs_catalog_offer_scope(c, i), "region");
  ck_assert_int_eq(gs_catalog_offer_scope_kind(c, i), GS_SCOPE_REGION);
  ck_assert_int_eq(gs_catalog_offer_indication(c, i), 1);
  ck_assert_int_eq(gs_catalog_offer_min_age_months(c, i), -1);
  ck_assert_int_eq(gs_catalog_offer_max_age_months(c, i), 18);
  ck_assert_str_eq(gs_catalog_offer_provider(c, i), "JGZ");
  ck_assert_ptr_null(gs_catalog_offer_url(c, i));
  ck_assert_ptr_null(gs_catalog_offer_phone(c, i));
  ck_assert_int_eq(gs_catalog_offer_valid_from(c, i), GS_DATE_NONE);

  i = index_of(c, "centering-pregnancy");
  ck_assert_uint_eq(gs_catalog_offer_topic_count(c, i), 4);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 0), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 1), GS_TOPIC_PREGNANCY_HEALTH);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 3), GS_TOPIC_FEELINGS_PREGNANCY);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 4), 0);
  ck_assert_uint_eq(gs_catalog_offer_topics(c, i),
                    (1u << 1) | (1u << 17) | (1u << 18) | (1u << 19));
  ck_assert_uint_eq(gs_catalog_offer_phase_count(c, i), 1);
  ck_assert_int_eq(gs_catalog_offer_phase(c, i, 0), GS_PHASE_PREGNANCY_BIRTH);
  ck_assert_uint_eq(gs_catalog_offer_phases(c, i), GS_PHASE_BIT(GS_PHASE_PREGNANCY_BIRTH));
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NL), "CenteringPregnancy (Samen zwanger)");
  ck_assert_int_eq(gs_catalog_offer_indication(c, i), 0);

  i = index_of(c, "home-start");
  ck_assert_str_eq(gs_catalog_offer_url(c, i), "https://www.example.org/home-start");
  ck_assert_str_eq(gs_catalog_offer_phone(c, i), "+31 00 000 0001");
  i = index_of(c, "veilig-opgroeien");
  ck_assert_ptr_null(gs_catalog_offer_url(c, i));
  ck_assert_str_eq(gs_catalog_offer_phone(c, i), "+31 00 000 0002");
  i = index_of(c, "mobility-mentoring");
  ck_assert_int_eq(gs_catalog_offer_valid_from(c, i), d("2025-01-01"));
  ck_assert_int_eq(gs_catalog_offer_valid_to(c, i), GS_DATE_NONE);
  ck_assert_int_eq(gs_catalog_offer_scope_kind(c, i), GS_SCOPE_PROVINCE);
  i = index_of(c, "opvoedsteun-stadskanaal-oud");
  ck_assert_int_eq(gs_catalog_offer_valid_to(c, i), d("2024-12-31"));
  ck_assert_int_eq(gs_catalog_offer_scope_kind(c, i), GS_SCOPE_MUNICIPALITY);
  i = index_of(c, "mamacafe-hoogeveen");
  ck_assert_int_eq(gs_catalog_offer_min_age_months(c, i), 0);
  ck_assert_int_eq(gs_catalog_offer_max_age_months(c, i), 24);
  i = index_of(c, "thuisarts-nl");
  ck_assert_uint_eq(i, 0);
  ck_assert_int_eq(gs_catalog_offer_scope_kind(c, i), GS_SCOPE_NATIONAL);
  gs_catalog_free(c);
}
END_TEST

START_TEST(every_field_and_foreign_data)
{
  gs_catalog *c = load(gst_data("catalog/full.xml"));
  ck_assert_str_eq(gs_catalog_id(c), "full-test");
  ck_assert_str_eq(gs_catalog_version(c), "2026.2-beta");
  ck_assert_int_eq(gs_catalog_valid_from(c), d("2026-02-01"));
  /* only a Dutch note: English falls back to it */
  ck_assert_str_eq(gs_catalog_note(c, GS_LANG_NL), "Alleen in het Nederlands & niet meer.");
  ck_assert_str_eq(gs_catalog_note(c, GS_LANG_EN), "Alleen in het Nederlands & niet meer.");
  ck_assert_uint_eq(gs_catalog_municipality_count(c), 2);
  ck_assert_str_eq(gs_catalog_municipality_code(c, 0), "GM0047");

  size_t i = index_of(c, "only-nl");
  ck_assert_uint_eq(i, 0);
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NL), "Alleen Nederlands");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_EN), "Alleen Nederlands");
  ck_assert_str_eq(gs_catalog_offer_provider(c, i), "Gemeente Veendam");
  ck_assert_int_eq(gs_catalog_offer_indication(c, i), 1);
  ck_assert_int_eq(gs_catalog_offer_min_age_months(c, i), 6);
  ck_assert_int_eq(gs_catalog_offer_max_age_months(c, i), -1);
  ck_assert_uint_eq(gs_catalog_offer_topic_count(c, i), 2);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 0), GS_TOPIC_SOCIAL_SUPPORT);
  ck_assert_int_eq(gs_catalog_offer_topic(c, i, 1), GS_TOPIC_PARENTING);
  ck_assert_int_eq(gs_catalog_offer_phase(c, i, 0), GS_PHASE_CHILD_0_4);
  ck_assert_int_eq(gs_catalog_offer_phase(c, i, 1), GS_PHASE_CHILD_13_19);
  ck_assert_str_eq(gs_catalog_offer_url(c, i), "https://example.org/a?b=1&c=2");
  ck_assert_str_eq(gs_catalog_offer_scope(c, i), "GM0047");

  i = index_of(c, "only-en");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NL), "English only");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NONE), "English only");
  ck_assert_int_eq(gs_catalog_offer_min_age_months(c, i), -1);
  ck_assert_int_eq(gs_catalog_offer_max_age_months(c, i), 0);
  ck_assert_int_eq(gs_catalog_offer_valid_from(c, i), d("2026-01-01"));
  ck_assert_int_eq(gs_catalog_offer_valid_to(c, i), d("2026-01-01"));
  ck_assert_str_eq(gs_catalog_offer_phone(c, i), "+31 (0)50 000");
  ck_assert_ptr_null(gs_catalog_offer_url(c, i));

  i = index_of(c, "\xc3\x89mile");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NL), "N");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_EN), "E");
  /* ids sort in byte order: "Zulu" < "only-en" < "only-nl" < "\xc3\x89mile" */
  ck_assert_str_eq(c->offers[c->offer_order[0]].id, "Zulu");
  ck_assert_str_eq(c->offers[c->offer_order[3]].id, "\xc3\x89mile");
  gs_catalog_free(c);
}
END_TEST

START_TEST(find_and_out_of_range)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  size_t i = 12345;
  ck_assert_int_eq(gs_catalog_find_offer(c, "no-such-offer", &i), GS_ENOTFOUND);
  gst_assert_error(GS_ENOTFOUND, "no offer 'no-such-offer'", 0, 0);
  ck_assert_uint_eq(i, 12345);
  ck_assert_int_eq(gs_catalog_find_offer(c, "voorzorg", NULL), GS_OK);
  ck_assert_int_eq(gs_catalog_find_offer(c, "Voorzorg", NULL), GS_ENOTFOUND);
  ck_assert_int_eq(gs_catalog_find_offer(NULL, "voorzorg", &i), GS_EINVAL);
  ck_assert_int_eq(gs_catalog_find_offer(c, NULL, &i), GS_EINVAL);
  ck_assert_int_eq(gsi_catalog_find_offer(c, "zzz"), -1);
  ck_assert_int_eq(gsi_catalog_find_offer(c, "aaa"), -1);
  for (size_t k = 0; k < gs_catalog_offer_count(c); k++)
    ck_assert_int_eq(gsi_catalog_find_offer(c, gs_catalog_offer_id(c, k)), (int32_t)k);

  size_t n = gs_catalog_offer_count(c);
  ck_assert_ptr_null(gs_catalog_offer_id(c, n));
  ck_assert_ptr_null(gs_catalog_offer_name(c, n, GS_LANG_NL));
  ck_assert_ptr_null(gs_catalog_offer_provider(c, n));
  ck_assert_ptr_null(gs_catalog_offer_scope(c, n));
  ck_assert_int_eq(gs_catalog_offer_level(c, n), 0);
  ck_assert_int_eq(gs_catalog_offer_scope_kind(c, n), 0);
  ck_assert_uint_eq(gs_catalog_offer_topic_count(c, n), 0);
  ck_assert_int_eq(gs_catalog_offer_topic(c, n, 0), 0);
  ck_assert_int_eq(gs_catalog_offer_phase(c, n, 0), 0);
  ck_assert_int_eq(gs_catalog_offer_min_age_months(c, n), -1);
  ck_assert_int_eq(gs_catalog_offer_valid_to(c, n), GS_DATE_NONE);
  ck_assert_ptr_null(gs_catalog_municipality_code(c, 4));
  ck_assert_ptr_null(gs_catalog_municipality_name(c, 4));
  ck_assert_int_eq(gs_catalog_municipality_province(c, 4), 0);
  ck_assert_ptr_null(gs_catalog_id(NULL));
  ck_assert_uint_eq(gs_catalog_offer_count(NULL), 0);
  ck_assert_ptr_null(gs_catalog_note(NULL, GS_LANG_NL));
  ck_assert_int_eq(gs_catalog_valid_from(NULL), GS_DATE_NONE);
  /* province of any municipality */
  ck_assert_int_eq(gs_catalog_province_of(c, "GM0037"), 2);
  ck_assert_int_eq(gs_catalog_province_of(c, "GM1681"), 1); /* library table */
  ck_assert_int_eq(gs_catalog_province_of(c, "GM0363"), 0); /* unknown */
  ck_assert_int_eq(gs_catalog_province_of(c, "0363"), 0);
  gs_catalog_free(NULL);
  gs_catalog_free(c);
}
END_TEST

START_TEST(offers_matching_filters)
{
  gs_catalog *c = load(gst_vector("catalog.xml"));
  size_t idx[64], n = 0;
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 0, 0, GS_DATE_NONE, idx, 64, &n), GS_OK);
  ck_assert_uint_eq(n, 44);
  ck_assert_uint_eq(idx[43], 43);
  /* Hoogeveen, social support at level 2 for a 0-4 family (ages aside) */
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM0118", GS_TOPIC_SOCIAL_SUPPORT,
                                              GS_PHASE_CHILD_0_4, 2, d("2026-05-01"), idx, 64, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 6);
  static const char *const expect[] = { "naoberschap-drenthe", "home-start", "humanitas-steun",
                                        "buurtgezinnen", "moeders-van-hoogeveen",
                                        "mamacafe-hoogeveen" };
  for (size_t k = 0; k < 6; k++)
    ck_assert_str_eq(gs_catalog_offer_id(c, idx[k]), expect[k]);
  /* a small buffer still reports the total */
  idx[2] = 777;
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM0118", GS_TOPIC_SOCIAL_SUPPORT,
                                              GS_PHASE_CHILD_0_4, 2, d("2026-05-01"), idx, 2, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 6);
  ck_assert_uint_eq(idx[2], 777);
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM0118", GS_TOPIC_SOCIAL_SUPPORT, 0, 0,
                                              GS_DATE_NONE, NULL, 0, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 10);
  /* validity: mobility-mentoring starts 2025-01-01 */
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM0037", GS_TOPIC_WORK_EDUCATION, 0, 4,
                                              d("2024-12-31"), NULL, 0, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 0);
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM0037", GS_TOPIC_WORK_EDUCATION, 0, 4,
                                              d("2025-01-01"), idx, 64, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 1);
  ck_assert_str_eq(gs_catalog_offer_id(c, idx[0]), "mobility-mentoring");
  /* an undeclared municipality: no region offers */
  ck_assert_int_eq(gs_catalog_offers_matching(c, "GM1681", GS_TOPIC_SOCIAL_SUPPORT, 0, 0,
                                              GS_DATE_NONE, idx, 64, &n),
                   GS_OK);
  ck_assert_uint_eq(n, 3);
  ck_assert_str_eq(gs_catalog_offer_id(c, idx[0]), "naoberschap-drenthe");
  ck_assert_str_eq(gs_catalog_offer_id(c, idx[1]), "buurtgezinnen");
  ck_assert_str_eq(gs_catalog_offer_id(c, idx[2]), "kraamzorg-op-maat");
  /* bad arguments */
  ck_assert_int_eq(gs_catalog_offers_matching(c, "Emmen", 0, 0, 0, GS_DATE_NONE, NULL, 0, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 28, 0, 0, GS_DATE_NONE, NULL, 0, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 7, 0, GS_DATE_NONE, NULL, 0, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 0, 6, GS_DATE_NONE, NULL, 0, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 0, 0, GS_DATE_MAX + 1, NULL, 0, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 0, 0, GS_DATE_NONE, NULL, 3, &n),
                   GS_EINVAL);
  ck_assert_int_eq(gs_catalog_offers_matching(c, NULL, 0, 0, 0, GS_DATE_NONE, idx, 3, NULL),
                   GS_EINVAL);
  gs_catalog_free(c);
}
END_TEST

/* ---- load errors ----------------------------------------------------------- */

#define CAT_OPEN \
  "<catalog xmlns=\"urn:goedestart:catalog:1\" id=\"t\" version=\"1\" valid-from=\"2026-01-01\">\n"
#define MUNI "  <municipality code=\"GM0114\" name=\"Emmen\" province=\"DR\"/>\n"
#define CAT_CLOSE "</catalog>\n"
/* An offer: its element on the first line, name +1, provider +2, topics +3
 * (column 5), phases +4. */
#define OFFER(id, level, scope, extra, topics, phases)                               \
  "  <offer id=\"" id "\" level=\"" level "\" scope=\"" scope "\"" extra ">\n"       \
  "    <name lang=\"nl\">A</name>\n"                                                 \
  "    <provider>P</provider>\n"                                                     \
  "    <topics>" topics "</topics>\n"                                                \
  "    <phases>" phases "</phases>\n"                                                \
  "  </offer>\n"
#define GOOD OFFER("a", "2", "national", "", "parenting", "child-0-4")

typedef struct bad_case {
  const char *what;
  const char *doc;
  gs_status code;
  const char *needle;
  int line, col;
} bad_case;

static const bad_case bad_cases[] = {
  { "unknown topic", CAT_OPEN MUNI OFFER("a", "2", "national", "", "parenting nonsense", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'a': unknown topic 'nonsense'", 6, 5 },
  { "unknown phase", CAT_OPEN MUNI OFFER("a", "2", "national", "", "parenting", "child-0-4 child-0-5") CAT_CLOSE,
    GS_EPARSE, "offer 'a': unknown phase 'child-0-5'", 7, 5 },
  { "unknown province", CAT_OPEN "  <municipality code=\"GM0114\" name=\"Emmen\" province=\"XX\"/>\n" CAT_CLOSE,
    GS_EPARSE, "municipality GM0114: unknown province 'XX'", 2, 3 },
  { "duplicate municipality", CAT_OPEN MUNI MUNI GOOD CAT_CLOSE,
    GS_EPARSE, "municipality GM0114 is declared twice (first at line 2)", 3, 3 },
  { "duplicate offer id", CAT_OPEN MUNI GOOD OFFER("b", "3", "DR", "", "housing", "child-0-4") GOOD CAT_CLOSE,
    GS_EPARSE, "duplicate offer id 'a' (first at line 3)", 15, 3 },
  { "level above 5", CAT_OPEN MUNI OFFER("a", "6", "national", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'a': level '6' is out of range (1-5)", 3, 3 },
  { "level 0", CAT_OPEN MUNI GOOD OFFER("b", "0", "national", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'b': level '0' is out of range (1-5)", 9, 3 },
  { "level not a number", CAT_OPEN MUNI OFFER("a", "x", "national", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "'x' is not a valid value", 3, 3 },
  { "min age above max age", CAT_OPEN MUNI OFFER("a", "2", "national", " min-age-months=\"24\" max-age-months=\"12\"", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'a': min-age-months 24 is above max-age-months 12", 3, 3 },
  { "negative age", CAT_OPEN MUNI OFFER("a", "2", "national", " max-age-months=\"-1\"", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "max-age-months '-1' must be a whole number of months", 3, 3 },
  { "valid-from after valid-to", CAT_OPEN MUNI OFFER("a", "2", "national", " valid-from=\"2026-02-01\" valid-to=\"2026-01-31\"", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'a': valid-from 2026-02-01 is after valid-to 2026-01-31", 3, 3 },
  { "impossible date", CAT_OPEN MUNI OFFER("a", "2", "national", " valid-to=\"2026-02-30\"", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "valid-to '2026-02-30' is not a valid date: that day does not exist", 3, 3 },
  { "catalogue date", "<catalog xmlns=\"urn:goedestart:catalog:1\" id=\"t\" version=\"1\" valid-from=\"2026-13-01\">\n" CAT_CLOSE,
    GS_EPARSE, "valid-from '2026-13-01' is not a valid date", 1, 1 },
  { "scope not declared", CAT_OPEN MUNI OFFER("a", "2", "GM0037", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'a': scope GM0037 is a municipality the catalogue does not declare", 3, 3 },
  { "bad scope token", CAT_OPEN MUNI GOOD OFFER("b", "2", "provincie", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "offer 'b': scope 'provincie' is not 'national', 'region'", 9, 3 },
  { "lowercase province scope", CAT_OPEN MUNI OFFER("a", "2", "dr", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "scope 'dr'", 3, 3 },
  { "invalid offer id", CAT_OPEN MUNI OFFER("a&#9;b", "2", "national", "", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "is not a valid identifier", 3, 3 },
  { "blank name", CAT_OPEN MUNI "  <offer id=\"a\" level=\"2\" scope=\"national\">\n    <name lang=\"nl\">   </name>\n    <provider>P</provider>\n    <topics>parenting</topics>\n    <phases>child-0-4</phases>\n  </offer>\n" CAT_CLOSE,
    GS_EPARSE, "offer 'a': <name> is empty", 4, 5 },
  { "two Dutch names", CAT_OPEN MUNI "  <offer id=\"a\" level=\"2\" scope=\"national\">\n    <name lang=\"nl\">A</name>\n    <name lang=\"nl\">B</name>\n    <provider>P</provider>\n    <topics>parenting</topics>\n    <phases>child-0-4</phases>\n  </offer>\n" CAT_CLOSE,
    GS_EPARSE, "offer 'a': a second name in language 'nl'", 5, 5 },
  { "name with markup", CAT_OPEN MUNI "  <offer id=\"a\" level=\"2\" scope=\"national\">\n    <name lang=\"nl\">A<!-- c -->B</name>\n    <provider>P</provider>\n    <topics>parenting</topics>\n    <phases>child-0-4</phases>\n  </offer>\n" CAT_CLOSE,
    GS_EPARSE, "offer 'a': <name> must contain plain text only", 4, 5 },
  { "two English notes", CAT_OPEN "  <note lang=\"en\">x</note>\n  <note lang=\"en\">y</note>\n" CAT_CLOSE,
    GS_EPARSE, "a second note in language 'en'", 3, 3 },
  { "missing provider (schema)", CAT_OPEN MUNI "  <offer id=\"a\" level=\"2\" scope=\"national\">\n    <name lang=\"nl\">A</name>\n    <topics>parenting</topics>\n    <phases>child-0-4</phases>\n  </offer>\n" CAT_CLOSE,
    GS_EPARSE, "topics': This element is not expected", 5, 5 },
  { "unknown attribute (schema)", CAT_OPEN MUNI OFFER("a", "2", "national", " colour=\"red\"", "parenting", "child-0-4") CAT_CLOSE,
    GS_EPARSE, "colour", 3, 3 },
  { "municipality after an offer (schema)", CAT_OPEN GOOD MUNI CAT_CLOSE,
    GS_EPARSE, "municipality': This element is not expected", 8, 3 },
  { "bad municipality code (schema)", CAT_OPEN "  <municipality code=\"GM114\" name=\"Emmen\" province=\"DR\"/>\n" CAT_CLOSE,
    GS_EPARSE, "GM114", 2, 3 },
  { "not well-formed", CAT_OPEN MUNI "  <offer id=\"a\">\n" CAT_CLOSE,
    GS_EPARSE, "not well-formed", 5, 0 },
  { "DOCTYPE", "<!DOCTYPE catalog [<!ENTITY x \"y\">]>\n" CAT_OPEN CAT_CLOSE,
    GS_EPARSE, "DOCTYPE", 1, 0 },
  { "another vocabulary", "<dossier xmlns=\"urn:goedestart:dossier:1\"/>\n",
    GS_EPARSE, "not a care-path catalogue: the root element is <dossier>", 1, 1 },
  { "no namespace", "<catalog id=\"t\" version=\"1\" valid-from=\"2026-01-01\"/>\n",
    GS_EPARSE, "not a care-path catalogue", 1, 1 },
  { "a later version", "\n<catalog xmlns=\"urn:goedestart:catalog:2\" id=\"t\" version=\"1\" valid-from=\"2026-01-01\"/>\n",
    GS_EVERSION, "unsupported catalogue version 'urn:goedestart:catalog:2'", 2, 1 },
};

START_TEST(load_errors_with_position)
{
  const bad_case *b = &bad_cases[_i];
  gs_catalog *c = (gs_catalog *)&c; /* sentinel: must stay untouched */
  gs_status st = gs_catalog_load_memory(&c, b->doc, strlen(b->doc), "bad.xml");
  ck_assert_msg(st == b->code, "%s: got %s (%s)", b->what, gs_status_name(st),
                gs_error_format(gs_error_last()));
  ck_assert_msg(c == (gs_catalog *)&c, "%s: out was changed", b->what);
  ck_assert_str_eq(gs_error_file(gs_error_last()), "bad.xml");
  gst_assert_error(b->code, b->needle, b->line, b->col);
}
END_TEST

START_TEST(good_minimal_documents)
{
  static const char *const docs[] = {
    CAT_OPEN CAT_CLOSE,
    CAT_OPEN MUNI CAT_CLOSE,
    CAT_OPEN GOOD CAT_CLOSE,
    CAT_OPEN MUNI OFFER("a", "2", "GM0114", " indication=\"true\"", "parenting", "child-0-4") CAT_CLOSE,
  };
  for (size_t k = 0; k < GSI_ARRAY_LEN(docs); k++) {
    gs_catalog *c = NULL;
    gs_status st = gs_catalog_load_memory(&c, docs[k], strlen(docs[k]), NULL);
    ck_assert_msg(st == GS_OK, "doc %zu: %s", k, gs_error_format(gs_error_last()));
    ck_assert_str_eq(gs_catalog_id(c), "t");
    ck_assert_ptr_null(gs_catalog_note(c, GS_LANG_EN));
    gs_catalog_free(c);
  }
}
END_TEST

START_TEST(io_and_argument_errors)
{
  gs_catalog *c = NULL;
  ck_assert_int_eq(gs_catalog_load_file(&c, gst_data("catalog/no-such-file.xml")), GS_EIO);
  gst_assert_error(GS_EIO, NULL, 0, 0);
  ck_assert_ptr_null(c);
  ck_assert_int_eq(gs_catalog_load_file(NULL, gst_data("catalog/full.xml")), GS_EINVAL);
  ck_assert_int_eq(gs_catalog_load_file(&c, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_catalog_load_memory(&c, NULL, 0, "x"), GS_EINVAL);
  ck_assert_int_eq(gs_catalog_load_memory(NULL, "x", 1, "x"), GS_EINVAL);
  ck_assert_int_eq(gs_catalog_load_default(NULL), GS_EINVAL);
  /* the memory name defaults to "memory" */
  ck_assert_int_eq(gs_catalog_load_memory(&c, "<x/>", 4, NULL), GS_EPARSE);
  ck_assert_str_eq(gs_error_file(gs_error_last()), "memory");
  ck_assert_ptr_null(c);
}
END_TEST

/* ---- the Veenkoloniën catalogue ------------------------------------------- */

START_TEST(catalog_sha256_is_the_document_bytes)
{
  const gsi_embedded *e = gsi_embedded_find("catalogs/veenkolonien.xml");
  ck_assert_ptr_nonnull(e);
  gsi_sha256 h;
  char want[GSI_SHA256_HEX];
  gsi_sha256_init(&h);
  gsi_sha256_update(&h, e->data, e->len);
  gsi_sha256_hex(&h, want);
  gs_catalog *c = NULL;
  ck_assert_int_eq(gs_catalog_load_default(&c), GS_OK);
  ck_assert_str_eq(gs_catalog_sha256(c), want);
  ck_assert_ptr_null(gs_catalog_sha256(NULL));
  char path[4096];
  snprintf(path, sizeof path, "%s/../../data/catalogs/veenkolonien.xml", gst_data("."));
  gs_catalog *f = NULL;
  ck_assert_msg(gs_catalog_load_file(&f, path) == GS_OK, "%s", gs_error_format(gs_error_last()));
  ck_assert_str_eq(gs_catalog_sha256(f), want);
  gs_catalog_free(f);
  /* one more byte (a trailing newline): same id and version, other hash */
  char *edited = malloc(e->len + 1);
  memcpy(edited, e->data, e->len);
  edited[e->len] = '\n';
  ck_assert_int_eq(gs_catalog_load_memory(&f, edited, e->len + 1, "edited.xml"), GS_OK);
  ck_assert_str_eq(gs_catalog_version(f), gs_catalog_version(c));
  ck_assert_str_ne(gs_catalog_sha256(f), want);
  gs_catalog_free(f);
  free(edited);
  gs_catalog_free(c);
}
END_TEST

static gs_catalog *load_default(void) {
  gs_catalog *c = NULL;
  ck_assert_int_eq(gs_catalog_load_default(&c), GS_OK);
  return c;
}

/* Whether an offer's Dutch or English name contains @p s. */
static bool named(const gs_catalog *c, size_t i, const char *s) {
  return strstr(gs_catalog_offer_name(c, i, GS_LANG_NL), s) != NULL ||
         strstr(gs_catalog_offer_name(c, i, GS_LANG_EN), s) != NULL;
}

static bool serves(const gs_catalog *c, size_t i, int topic) {
  return (gs_catalog_offer_topics(c, i) & (1u << topic)) != 0;
}

/* Whether the offers matching (municipality, phase, level) include @p id. */
static bool reaches(const gs_catalog *c, const char *municipality, int topic, int phase,
                    int level, const char *id) {
  size_t idx[128], n = 0;
  ck_assert_int_eq(gs_catalog_offers_matching(c, municipality, topic, phase, level,
                                              d("2026-01-01"), idx, 128, &n),
                   GS_OK);
  ck_assert_uint_le(n, 128);
  for (size_t k = 0; k < n; k++)
    if (strcmp(gs_catalog_offer_id(c, idx[k]), id) == 0)
      return true;
  return false;
}

START_TEST(default_header_and_municipalities)
{
  gs_catalog *c = load_default();
  ck_assert_str_eq(gs_catalog_id(c), "veenkolonien");
  ck_assert_str_eq(gs_catalog_version(c), "2026.1");
  ck_assert_int_eq(gs_catalog_valid_from(c), d("2026-01-01"));
  /* the header says local coalitions maintain their own */
  ck_assert_ptr_nonnull(strstr(gs_catalog_note(c, GS_LANG_NL), "coalities beheren hun eigen"));
  ck_assert_ptr_nonnull(strstr(gs_catalog_note(c, GS_LANG_EN), "coalitions maintain their own"));
  /* exactly the eleven, with the library's names and provinces */
  ck_assert_uint_eq(gs_catalog_municipality_count(c), 11);
  ck_assert_uint_eq(gsi_known_municipality_count(), 11);
  for (size_t i = 0; i < 11; i++) {
    const gsi_known_municipality *k = gsi_known_municipality_at(i);
    const gsi_cat_municipality *m = gsi_catalog_municipality(c, k->code);
    ck_assert_msg(m != NULL, "municipality %d missing", k->code);
    ck_assert_str_eq(m->name, k->name);
    ck_assert_int_eq(m->province, k->province);
  }
  /* at least 60 offers */
  ck_assert_uint_ge(gs_catalog_offer_count(c), 60);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_former_codes)
{
  gs_catalog *c = load_default();
  static const struct {
    const char *code, *name, *successor;
  } former[] = {
    { "GM0048", "Vlagtwedde", "GM1950" },
    { "GM0007", "Bellingwedde", "GM1950" },
    { "GM0018", "Hoogezand-Sappemeer", "GM1952" },
    { "GM1987", "Menterwolde", "GM1952" },
    { "GM0040", "Slochteren", "GM1952" },
  };
  size_t total = 0;
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++)
    total += gs_catalog_municipality_former_count(c, m);
  ck_assert_uint_eq(total, GSI_ARRAY_LEN(former));
  for (size_t k = 0; k < GSI_ARRAY_LEN(former); k++) {
    size_t m = 99, f = 99, want = 99;
    ck_assert_msg(gs_catalog_find_former(c, former[k].code, &m, &f) == GS_OK, "no former %s",
                  former[k].code);
    ck_assert_int_eq(gs_catalog_find_municipality(c, former[k].successor, &want), GS_OK);
    ck_assert_uint_eq(m, want);
    ck_assert_str_eq(gs_catalog_municipality_former_code(c, m, f), former[k].code);
    ck_assert_str_eq(gs_catalog_municipality_former_name(c, m, f), former[k].name);
    ck_assert_int_eq(gs_catalog_municipality_former_until(c, m, f), d("2017-12-31"));
    /* a former code is not a municipality of its own */
    ck_assert_int_eq(gs_catalog_find_municipality(c, former[k].code, NULL), GS_ENOTFOUND);
  }
  ck_assert_int_eq(gs_catalog_find_former(c, "GM1950", NULL, NULL), GS_ENOTFOUND);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_has_the_named_programmes)
{
  gs_catalog *c = load_default();
  static const char *const ids[] = {
    "centering-pregnancy", "centering-parenting", "nu-niet-zwanger-drenthe",
    "nu-niet-zwanger-groningen", "stopcoach", "moeders-van-hoogeveen", "taalhuis-drenthe",
    "taalhuis-groningen", "sterk-uit-armoede", "mobility-mentoring", "voorzorg-drenthe",
    "voorzorg-groningen", "stevig-ouderschap-drenthe", "stevig-ouderschap-groningen",
    "home-start", "jgz-extra-contact", "veilig-thuis-drenthe", "veilig-thuis-groningen",
    "intensieve-1000-dagen", "poh-ggz", "jgz-extra-consult-drenthe",
    "jgz-extra-consult-groningen", "slachtofferhulp",
  };
  for (size_t k = 0; k < GSI_ARRAY_LEN(ids); k++)
    ck_assert_msg(gs_catalog_find_offer(c, ids[k], NULL) == GS_OK, "no offer %s", ids[k]);
  /* generic local services for every municipality: wijkteam and debt
   * counselling of the municipality itself */
  static const int local_topics[] = { GS_TOPIC_SOCIAL_SUPPORT, GS_TOPIC_FINANCES_DEBT,
                                      GS_TOPIC_SCHOOL_ABSENCE };
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    for (size_t t = 0; t < GSI_ARRAY_LEN(local_topics); t++) {
      size_t n = 0, idx[16];
      int phase = local_topics[t] == GS_TOPIC_SCHOOL_ABSENCE ? GS_PHASE_CHILD_5_12
                                                             : GS_PHASE_CHILD_0_4;
      ck_assert_int_eq(gs_catalog_offers_matching(c, code, local_topics[t], phase, 0,
                                                  GS_DATE_NONE, idx, 16, &n),
                       GS_OK);
      bool local = false;
      for (size_t k = 0; k < n && k < 16; k++)
        local |= gs_catalog_offer_scope_kind(c, idx[k]) == GS_SCOPE_MUNICIPALITY &&
                 strcmp(gs_catalog_offer_scope(c, idx[k]), code) == 0;
      ck_assert_msg(local, "%s has no local offer for %s", code,
                    gsi_code_token(GS_KIND_TOPIC, local_topics[t]));
    }
  }
  /* names in both languages and a provider */
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    ck_assert_ptr_nonnull(gs_catalog_offer_name(c, i, GS_LANG_NL));
    ck_assert_ptr_nonnull(gs_catalog_offer_name(c, i, GS_LANG_EN));
    ck_assert_ptr_nonnull(gs_catalog_offer_provider(c, i));
  }
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_contact_details_not_invented)
{
  gs_catalog *c = load_default();
  /* contact details are left out rather than invented: only the national
   * websites and the national Veilig Thuis number, which are certain */
  size_t with_contact = 0;
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    const char *url = gs_catalog_offer_url(c, i), *phone = gs_catalog_offer_phone(c, i);
    if (url != NULL)
      ck_assert_msg(strcmp(url, "https://www.thuisarts.nl") == 0 ||
                        strcmp(url, "https://www.nibud.nl") == 0 ||
                        strcmp(url, "https://www.voedingscentrum.nl") == 0,
                    "%s: unexpected url %s", gs_catalog_offer_id(c, i), url);
    if (url != NULL)
      ck_assert_int_eq(gs_catalog_offer_scope_kind(c, i), GS_SCOPE_NATIONAL);
    if (phone != NULL) {
      ck_assert_str_eq(phone, "0800-2000");
      ck_assert_ptr_nonnull(strstr(gs_catalog_offer_provider(c, i), "Veilig Thuis"));
    }
    with_contact += url != NULL || phone != NULL;
  }
  ck_assert_uint_le(with_contact, 5);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_covers_every_applicable_cell)
{
  gs_catalog *c = load_default();
  gs_date on = d("2026-01-01");
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      for (int p = 1; p <= 6; p++) {
        if (!gs_topic_applies(t, p))
          continue;
        size_t n = 0;
        ck_assert_int_eq(gs_catalog_offers_matching(c, code, t, p, 0, on, NULL, 0, &n), GS_OK);
        ck_assert_msg(n >= 1, "%s: no offer for %s in %s", code, gsi_code_token(GS_KIND_TOPIC, t),
                      gsi_code_token(GS_KIND_PHASE, p));
        /* and a need finds a route when ages do not exclude it (a child of
         * 6 months in phase 4, 80 in phase 5, 180 in phase 6): at level 1
         * when an offer is at 1 or 2, else at level 3 (care-paths.md,
         * steps 3-4: levels 1-2 route only to 1-2) */
        gsi_route_query q;
        memset(&q, 0, sizeof q);
        q.municipality = gsi_municipality_parse(code);
        q.topic = (uint8_t)t;
        q.level = 1;
        q.phases = 1u << p;
        q.youngest_months = p == GS_PHASE_CHILD_0_4 ? 6 : p == GS_PHASE_CHILD_5_12 ? 80
                          : p == GS_PHASE_CHILD_13_19 ? 180 : -1;
        q.as_of = on;
        q.route_max = 5;
        gsi_route_entry routes[5];
        uint8_t from, to;
        size_t routed = gsi_route(c, &q, routes, &from, &to);
        if (routed == 0) {
          q.level = 3;
          routed = gsi_route(c, &q, routes, &from, &to);
        }
        ck_assert_msg(routed >= 1, "%s: %s in %s does not route", code,
                      gsi_code_token(GS_KIND_TOPIC, t), gsi_code_token(GS_KIND_PHASE, p));
      }
  }
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_services_for_topics_22_to_27)
{
  gs_catalog *c = load_default();
  /* the named 4-19 services, each serving its topic */
  static const struct {
    const char *id;
    int topic;
  } named4_19[] = {
    { "leerplicht-emmen", GS_TOPIC_SCHOOL_ABSENCE },
    { "schoolmaatschappelijk-werk", GS_TOPIC_SCHOOL_ABSENCE },
    { "schoolmaatschappelijk-werk", GS_TOPIC_BULLYING },
    { "mazl-drenthe", GS_TOPIC_SCHOOL_ABSENCE },
    { "mazl-groningen", GS_TOPIC_SCHOOL_ABSENCE },
    { "kopp-kvo", GS_TOPIC_YOUNG_CARER },
    { "basis-ggz-jeugd", GS_TOPIC_CHILD_MENTAL_HEALTH },
    { "jgz-preventie-middelen-drenthe", GS_TOPIC_YOUTH_SUBSTANCE_USE },
    { "jgz-preventie-middelen-groningen", GS_TOPIC_YOUTH_SUBSTANCE_USE },
    { "sense-spreekuur-drenthe", GS_TOPIC_SEXUAL_HEALTH },
    { "sense-spreekuur-groningen", GS_TOPIC_SEXUAL_HEALTH },
  };
  for (size_t k = 0; k < GSI_ARRAY_LEN(named4_19); k++) {
    size_t i = index_of(c, named4_19[k].id);
    ck_assert_msg(serves(c, i, named4_19[k].topic), "%s does not serve %s", named4_19[k].id,
                  gsi_code_token(GS_KIND_TOPIC, named4_19[k].topic));
  }
  ck_assert(named(c, index_of(c, "mazl-drenthe"), "M@ZL"));
  ck_assert(named(c, index_of(c, "kopp-kvo"), "KOPP/KVO"));
  ck_assert_ptr_nonnull(
      strstr(gs_catalog_offer_provider(c, index_of(c, "jgz-preventie-middelen-drenthe")), "JGZ"));
  /* every municipality: a service (level 3 or higher, not self-help) for
   * each of topics 22-27 in every phase where it applies, and a leerplicht
   * officer of its own */
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    for (int t = GS_TOPIC_SCHOOL_ABSENCE; t <= GS_TOPIC_YOUTH_SUBSTANCE_USE; t++)
      for (int p = 1; p <= 6; p++) {
        if (!gs_topic_applies(t, p))
          continue;
        size_t n3 = 0, n4 = 0;
        ck_assert_int_eq(gs_catalog_offers_matching(c, code, t, p, 3, d("2026-01-01"), NULL, 0,
                                                    &n3),
                         GS_OK);
        ck_assert_int_eq(gs_catalog_offers_matching(c, code, t, p, 4, d("2026-01-01"), NULL, 0,
                                                    &n4),
                         GS_OK);
        ck_assert_msg(n3 + n4 >= 1, "%s: no service for %s in %s", code,
                      gsi_code_token(GS_KIND_TOPIC, t), gsi_code_token(GS_KIND_PHASE, p));
      }
    size_t idx[16], n = 0;
    ck_assert_int_eq(gs_catalog_offers_matching(c, code, GS_TOPIC_SCHOOL_ABSENCE,
                                                GS_PHASE_CHILD_13_19, 4, d("2026-01-01"), idx, 16,
                                                &n),
                     GS_OK);
    bool leerplicht = false;
    for (size_t k = 0; k < n && k < 16; k++)
      leerplicht |= named(c, idx[k], "Leerplicht") &&
                    strcmp(gs_catalog_offer_scope(c, idx[k]), code) == 0;
    ck_assert_msg(leerplicht, "%s has no leerplicht officer", code);
  }
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_safety_levels_4_and_5)
{
  gs_catalog *c = load_default();
  gs_date on = d("2026-01-01");
  static const int safety[] = { GS_TOPIC_DOMESTIC_VIOLENCE, GS_TOPIC_CHILD_SAFETY };
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    int prov = gs_catalog_municipality_province(c, m);
    const char *vt = prov == 1 ? "Veilig Thuis Drenthe" : "Veilig Thuis Groningen";
    const char *vt_scope = prov == 1 ? "DR" : "GR";
    for (size_t s = 0; s < 2; s++)
      for (int p = 1; p <= 6; p++) {
        if (!gs_topic_applies(safety[s], p))
          continue;
        size_t idx[8], n4 = 0, n5 = 0;
        ck_assert_int_eq(gs_catalog_offers_matching(c, code, safety[s], p, 4, on, NULL, 0, &n4),
                         GS_OK);
        ck_assert_int_eq(gs_catalog_offers_matching(c, code, safety[s], p, 5, on, idx, 8, &n5),
                         GS_OK);
        ck_assert_msg(n4 >= 1 && n5 >= 1, "%s topic %d phase %d: %zu at 4, %zu at 5", code,
                      safety[s], p, n4, n5);
        bool veilig_thuis = false;
        for (size_t k = 0; k < n5 && k < 8; k++)
          veilig_thuis |= strcmp(gs_catalog_offer_provider(c, idx[k]), vt) == 0 &&
                          strcmp(gs_catalog_offer_scope(c, idx[k]), vt_scope) == 0;
        ck_assert_msg(veilig_thuis, "%s: level 5 is not %s", code, vt);
      }
  }
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_voorzorg_criteria)
{
  gs_catalog *c = load_default();
  size_t found = 0;
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    if (!named(c, i, "VoorZorg"))
      continue;
    found++;
    const char *id = gs_catalog_offer_id(c, i);
    ck_assert_msg(gs_catalog_offer_first_child(c, i) == 1, "%s: not first-child", id);
    ck_assert_int_eq(gs_catalog_offer_max_caregiver_age(c, i), 25);
    ck_assert_int_eq(gs_catalog_offer_max_gestational_weeks(c, i), 28);
    ck_assert_uint_eq(gs_catalog_offer_phases(c, i), GS_PHASE_BIT(GS_PHASE_PREGNANCY_BIRTH));
    ck_assert_uint_eq(gs_catalog_offer_phase_count(c, i), 1);
    ck_assert_int_eq(gs_catalog_offer_level(c, i), 5);
    ck_assert_msg(gs_catalog_offer_indication(c, i) == 0, "%s: entry criteria are no indication",
                  id);
  }
  ck_assert_uint_ge(found, 1);
  /* its scope covers every municipality */
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    size_t idx[64], n = 0;
    ck_assert_int_eq(gs_catalog_offers_matching(c, code, 0, GS_PHASE_PREGNANCY_BIRTH, 5,
                                                d("2026-01-01"), idx, 64, &n),
                     GS_OK);
    bool voorzorg = false;
    for (size_t k = 0; k < n && k < 64; k++)
      voorzorg |= named(c, idx[k], "VoorZorg");
    ck_assert_msg(voorzorg, "%s: no VoorZorg", code);
  }
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_reachable_in_pregnancy)
{
  gs_catalog *c = load_default();
  /* the intensive 1000-days approach in every municipality, Stevig
   * Ouderschap of the province, Moeders van Hoogeveen in Hoogeveen: all
   * with pregnancy-birth among their phases */
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++) {
    const char *code = gs_catalog_municipality_code(c, m);
    int prov = gs_catalog_municipality_province(c, m);
    ck_assert_msg(reaches(c, code, 0, GS_PHASE_PREGNANCY_BIRTH, 0, "intensieve-1000-dagen"),
                  "%s: no 1000-days approach in pregnancy", code);
    ck_assert_msg(reaches(c, code, 0, GS_PHASE_PREGNANCY_BIRTH, 0,
                          prov == 1 ? "stevig-ouderschap-drenthe" : "stevig-ouderschap-groningen"),
                  "%s: no Stevig Ouderschap in pregnancy", code);
    ck_assert(reaches(c, code, 0, GS_PHASE_PREGNANCY_BIRTH, 0, "moeders-van-hoogeveen") ==
              (strcmp(code, "GM0118") == 0));
  }
  static const char *const ids[] = { "intensieve-1000-dagen", "moeders-van-hoogeveen",
                                     "stevig-ouderschap-drenthe", "stevig-ouderschap-groningen" };
  for (size_t k = 0; k < GSI_ARRAY_LEN(ids); k++) {
    size_t i = index_of(c, ids[k]);
    ck_assert(gs_catalog_offer_phases(c, i) & GS_PHASE_BIT(GS_PHASE_PREGNANCY_BIRTH));
    ck_assert(gs_catalog_offer_phases(c, i) & GS_PHASE_BIT(GS_PHASE_CHILD_0_4));
  }
  ck_assert_str_eq(gs_catalog_offer_scope(c, index_of(c, "moeders-van-hoogeveen")), "GM0118");
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_samenstarten_is_no_referral)
{
  gs_catalog *c = load_default();
  size_t naming = 0;
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    ck_assert_ptr_null(strstr(gs_catalog_offer_id(c, i), "samenstarten"));
    naming += named(c, i, "SamenStarten");
  }
  /* the one offer that names it: the JGZ's own follow-up */
  ck_assert_uint_eq(naming, 1);
  size_t i = index_of(c, "jgz-extra-contact");
  ck_assert_str_eq(gs_catalog_offer_name(c, i, GS_LANG_NL),
                   "Extra JGZ-contact (SamenStarten zorg op maat)");
  ck_assert_ptr_nonnull(strstr(gs_catalog_offer_provider(c, i), "JGZ"));
  ck_assert_int_eq(gs_catalog_offer_level(c, i), 4);
  ck_assert_uint_eq(gs_catalog_offer_phases(c, i), GS_PHASE_BIT(GS_PHASE_CHILD_0_4));
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++)
    ck_assert(reaches(c, gs_catalog_municipality_code(c, m), GS_TOPIC_PARENTING,
                      GS_PHASE_CHILD_0_4, 4, "jgz-extra-contact"));
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_centering_at_level_4)
{
  gs_catalog *c = load_default();
  ck_assert_int_eq(gs_catalog_offer_level(c, index_of(c, "centering-pregnancy")), 4);
  ck_assert_int_eq(gs_catalog_offer_level(c, index_of(c, "centering-parenting")), 4);
  size_t centering = 0;
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++)
    if (named(c, i, "Centering")) {
      centering++;
      ck_assert_msg(gs_catalog_offer_level(c, i) == 4, "%s is not at level 4",
                    gs_catalog_offer_id(c, i));
    }
  ck_assert_uint_eq(centering, 2);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_indication_flags)
{
  gs_catalog *c = load_default();
  /* a formal referral: the GP for the POH-GGZ and basis-GGZ jeugd;
   * specialised mental-health and addiction care */
  static const char *const referred[] = { "poh-ggz", "basis-ggz-jeugd", "ggz-drenthe",
                                          "lentis", "vnn", "accare" };
  for (size_t k = 0; k < GSI_ARRAY_LEN(referred); k++)
    ck_assert_msg(gs_catalog_offer_indication(c, index_of(c, referred[k])) == 1,
                  "%s needs an indication", referred[k]);
  /* entry criteria are not an indication; nor is Veilig Thuis */
  static const char *const open[] = { "voorzorg-drenthe", "voorzorg-groningen",
                                      "intensieve-1000-dagen", "veilig-thuis-drenthe",
                                      "veilig-thuis-groningen" };
  for (size_t k = 0; k < GSI_ARRAY_LEN(open); k++)
    ck_assert_msg(gs_catalog_offer_indication(c, index_of(c, open[k])) == 0,
                  "%s needs no indication", open[k]);
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++)
    if (gs_catalog_offer_first_child(c, i) || gs_catalog_offer_max_caregiver_age(c, i) > 0 ||
        gs_catalog_offer_max_gestational_weeks(c, i) > 0 ||
        named(c, i, "Veilig Thuis"))
      ck_assert_msg(gs_catalog_offer_indication(c, i) == 0, "%s: indication set",
                    gs_catalog_offer_id(c, i));
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_no_taalhuis_work_no_victim_support_life_events)
{
  gs_catalog *c = load_default();
  size_t taalhuis = 0, slachtofferhulp = 0;
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    if (named(c, i, "Taalhuis")) {
      taalhuis++;
      ck_assert_msg(!serves(c, i, GS_TOPIC_WORK_EDUCATION), "%s lists work-education",
                    gs_catalog_offer_id(c, i));
      ck_assert(serves(c, i, GS_TOPIC_HEALTH_LITERACY));
    }
    if (named(c, i, "Slachtofferhulp") || named(c, i, "Victim Support")) {
      slachtofferhulp++;
      ck_assert_msg(!serves(c, i, GS_TOPIC_LIFE_EVENTS), "%s lists life-events",
                    gs_catalog_offer_id(c, i));
    }
  }
  ck_assert_uint_eq(taalhuis, 2);
  ck_assert_uint_eq(slachtofferhulp, 1);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_leaves_real_gaps)
{
  gs_catalog *c = load_default();
  gs_gaps *g = NULL;
  ck_assert_int_eq(gs_gaps_compute(&g, c, NULL, d("2026-01-01"), GS_GAPS_APPLICABLE_ONLY), GS_OK);
  /* gap cells at level 3 or 4 */
  size_t at_3_4 = 0, emmen_alcohol = 0, emmen_weight = 0, veendam_weight = 0;
  for (size_t k = 0; k < gs_gaps_count(g); k++) {
    size_t m;
    int topic, phase, level;
    ck_assert_int_eq(gs_gaps_gap(g, k, &m, &topic, &phase, &level), GS_OK);
    if (level != 3 && level != 4)
      continue;
    at_3_4++;
    /* a gap at 3 has no offer at 3 and none at 4 */
    ck_assert_int_eq(gs_gaps_cell(g, m, topic, phase, level), 0);
    ck_assert_int_eq(gs_gaps_cell(g, m, topic, phase, level + 1), 0);
    const char *code = gs_gaps_municipality_code(g, m);
    if (strcmp(code, "GM0114") == 0 && topic == GS_TOPIC_ALCOHOL_DRUGS && level == 3)
      emmen_alcohol++;
    if (strcmp(code, "GM0114") == 0 && topic == GS_TOPIC_HEALTHY_WEIGHT && level == 3)
      emmen_weight++;
    if (strcmp(code, "GM0047") == 0 && topic == GS_TOPIC_HEALTHY_WEIGHT &&
        phase == GS_PHASE_PRECONCEPTION && level == 3)
      veendam_weight++;
  }
  ck_assert_uint_ge(at_3_4, 3);
  /* the gaps the header names (at level 3: none at 3 or 4): a caregiver's
   * alcohol-drugs outside pregnancy, healthy-weight before pregnancy except
   * in Emmen (its own lifestyle approach is at level 3) */
  ck_assert_uint_eq(emmen_alcohol, 5);
  ck_assert_uint_eq(emmen_weight, 0);
  ck_assert_uint_eq(veendam_weight, 1);
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(default_is_the_shipped_file)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/../../data/catalogs/veenkolonien.xml", GST_DATA_DIR);
  gs_catalog *file = load(path), *mem = NULL;
  ck_assert_int_eq(gs_catalog_load_default(&mem), GS_OK);
  ck_assert_uint_eq(gs_catalog_offer_count(file), gs_catalog_offer_count(mem));
  for (size_t i = 0; i < gs_catalog_offer_count(mem); i++)
    ck_assert_str_eq(gs_catalog_offer_id(file, i), gs_catalog_offer_id(mem, i));
  gs_catalog_free(file);
  gs_catalog_free(mem);
}
END_TEST

/* ---- out of memory --------------------------------------------------------- */

typedef struct load_ctx {
  gs_catalog *out;
  char *data;
  size_t len;
} load_ctx;

static gs_status op_memory(void *p) {
  load_ctx *x = p;
  return gs_catalog_load_memory(&x->out, x->data, x->len, "catalog.xml");
}

static gs_status op_file(void *p) {
  load_ctx *x = p;
  return gs_catalog_load_file(&x->out, gst_data("catalog/full.xml"));
}

static gs_status op_default(void *p) {
  load_ctx *x = p;
  return gs_catalog_load_default(&x->out);
}

static void cleanup_load(void *p) {
  load_ctx *x = p;
  gs_catalog_free(x->out);
  x->out = NULL;
}

static bool load_unchanged(void *p) {
  return ((load_ctx *)p)->out == NULL;
}

START_TEST(oom_load_memory)
{
  load_ctx x = { NULL, NULL, 0 };
  x.data = gst_read(gst_vector("catalog.xml"), &x.len);
  long n = gst_oom_sweep("load_memory", op_memory, cleanup_load, load_unchanged, &x);
  ck_assert_int_gt(n, 10);
  free(x.data);
}
END_TEST

START_TEST(oom_load_file)
{
  load_ctx x = { NULL, NULL, 0 };
  gst_oom_sweep("load_file", op_file, cleanup_load, load_unchanged, &x);
}
END_TEST

START_TEST(oom_load_default)
{
  load_ctx x = { NULL, NULL, 0 };
  gst_oom_sweep("load_default", op_default, cleanup_load, load_unchanged, &x);
}
END_TEST

/* The v5 parts of the vectors' catalogue under the sweep: former
 * municipality codes (two under one successor) and the entry criteria
 * first-child, max-caregiver-age and max-gestational-weeks; a run without
 * a failure is checked to have read them. */
START_TEST(oom_load_v5_fields)
{
  load_ctx x = { NULL, NULL, 0 };
  x.data = gst_read(gst_vector("catalog.xml"), &x.len);
  ck_assert_ptr_nonnull(strstr(x.data, "<former "));
  ck_assert_ptr_nonnull(strstr(x.data, "max-gestational-weeks=\""));
  long n = gst_oom_sweep("load catalog.xml (v5)", op_memory, cleanup_load, load_unchanged, &x);
  ck_assert_int_gt(n, 10);
  ck_assert_int_eq(op_memory(&x), GS_OK);
  size_t m = 99999, f = 99999;
  ck_assert_int_eq(gs_catalog_find_former(x.out, "GM0048", &m, &f), GS_OK);
  ck_assert_str_eq(gs_catalog_municipality_code(x.out, m), "GM1950");
  ck_assert_uint_eq(gs_catalog_municipality_former_count(x.out, m), 2);
  ck_assert_int_eq(gs_catalog_municipality_former_until(x.out, m, f), d("2017-12-31"));
  size_t vz = index_of(x.out, "voorzorg");
  ck_assert_int_eq(gs_catalog_offer_first_child(x.out, vz), 1);
  ck_assert_int_eq(gs_catalog_offer_max_caregiver_age(x.out, vz), 25);
  ck_assert_int_eq(gs_catalog_offer_max_gestational_weeks(x.out, vz), 28);
  size_t young = index_of(x.out, "jonge-ouders-stadskanaal");
  ck_assert_int_eq(gs_catalog_offer_max_caregiver_age(x.out, young), 23);
  size_t kraam = index_of(x.out, "kraamzorg-op-maat");
  ck_assert_int_eq(gs_catalog_offer_max_gestational_weeks(x.out, kraam), 34);
  cleanup_load(&x);
  free(x.data);
}
END_TEST

/* gs_catalog_route() with room for more routes than its stack buffer
 * allocates one: a failure there is GS_ENOMEM, leaks nothing and writes
 * no result. Routed through a former code (resolved to its successor). */
typedef struct route_ctx {
  gs_catalog *c;
  size_t routes[128];
  size_t n;
} route_ctx;

static gs_status op_route(void *p) {
  route_ctx *x = p;
  x->n = 99999;
  int from = -1, to = -1;
  gs_status st = gs_catalog_route(x->c, "GM0048", GS_TOPIC_SOCIAL_SUPPORT, 3,
                                  GS_PHASE_BIT(GS_PHASE_CHILD_0_4), 12, d("2026-03-02"),
                                  x->routes, GSI_ARRAY_LEN(x->routes), &x->n, &from, &to);
  if (st != GS_OK)
    ck_assert_uint_eq(x->n, 99999);
  return st;
}

START_TEST(oom_route_large_cap)
{
  route_ctx x = { NULL, { 0 }, 0 };
  ck_assert_int_eq(gs_catalog_load_default(&x.c), GS_OK);
  ck_assert_uint_gt(gs_catalog_offer_count(x.c), 64); /* more than the stack buffer */
  long n = gst_oom_sweep("route with cap 128", op_route, NULL, NULL, &x);
  ck_assert_int_ge(n, 1);
  ck_assert_int_eq(op_route(&x), GS_OK);
  ck_assert_uint_gt(x.n, 0);
  gs_catalog_free(x.c);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("catalog");
  TCase *tc = tcase_create("load");
  tcase_add_test(tc, test_catalogue_loads);
  tcase_add_test(tc, every_field_and_foreign_data);
  tcase_add_test(tc, find_and_out_of_range);
  tcase_add_test(tc, offers_matching_filters);
  tcase_add_loop_test(tc, load_errors_with_position, 0, (int)GSI_ARRAY_LEN(bad_cases));
  tcase_add_test(tc, good_minimal_documents);
  tcase_add_test(tc, io_and_argument_errors);
  suite_add_tcase(s, tc);
  TCase *def = tcase_create("veenkolonien");
  tcase_add_test(def, default_header_and_municipalities);
  tcase_add_test(def, catalog_sha256_is_the_document_bytes);
  tcase_add_test(def, default_former_codes);
  tcase_add_test(def, default_has_the_named_programmes);
  tcase_add_test(def, default_contact_details_not_invented);
  tcase_add_test(def, default_covers_every_applicable_cell);
  tcase_add_test(def, default_services_for_topics_22_to_27);
  tcase_add_test(def, default_safety_levels_4_and_5);
  tcase_add_test(def, default_voorzorg_criteria);
  tcase_add_test(def, default_reachable_in_pregnancy);
  tcase_add_test(def, default_samenstarten_is_no_referral);
  tcase_add_test(def, default_centering_at_level_4);
  tcase_add_test(def, default_indication_flags);
  tcase_add_test(def, default_no_taalhuis_work_no_victim_support_life_events);
  tcase_add_test(def, default_leaves_real_gaps);
  tcase_add_test(def, default_is_the_shipped_file);
  suite_add_tcase(s, def);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_load_memory);
  tcase_add_test(oom, oom_load_file);
  tcase_add_test(oom, oom_load_default);
  tcase_add_test(oom, oom_load_v5_fields);
  tcase_add_test(oom, oom_route_large_cap);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
