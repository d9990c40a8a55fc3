/*
 * libgoedestart - tests of the care-gap analysis (spec/care-paths.md
 * "Care-gap analysis", v5) on tests/data/catalog/gaps.xml: the matrix of
 * levels 3-5, the gap rule (level and level + 1; level 5 alone; levels 1-2
 * never), validity dates, age ranges left aside, undeclared
 * municipalities, the applicability flag over the 27 topics, the XML and
 * CSV writers against golden files, and out-of-memory sweeps.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "testutil.h"
#include "catalog.h"
#include "xml-util.h"

static gs_date d(const char *s) {
  gs_date v;
  ck_assert_int_eq(gs_date_parse(&v, s), GS_OK);
  return v;
}

static gs_catalog *load_fixture(void) {
  gs_catalog *c = NULL;
  gs_status st = gs_catalog_load_file(&c, gst_data("catalog/gaps.xml"));
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  return c;
}

static gs_gaps *compute(const gs_catalog *c, const char *muni, const char *on, uint32_t flags) {
  gs_gaps *g = NULL;
  gs_status st = gs_gaps_compute(&g, c, muni, on ? d(on) : GS_DATE_NONE, flags);
  ck_assert_msg(st == GS_OK, "%s", gs_error_format(gs_error_last()));
  return g;
}

/* The counts of a cell at levels 3-5, the levels of the spec's matrix
 * (v5, D-1), as "l3 l4 l5". */
static void assert_cell_at(int line, const gs_gaps *g, size_t m, int topic, int phase,
                           const char *expect) {
  char got[64];
  snprintf(got, sizeof got, "%d %d %d", gs_gaps_cell(g, m, topic, phase, 3),
           gs_gaps_cell(g, m, topic, phase, 4), gs_gaps_cell(g, m, topic, phase, 5));
  ck_assert_msg(strcmp(got, expect) == 0, "line %d: cell %zu/%d/%d is '%s', expected '%s'", line,
                m, topic, phase, got, expect);
}
#define assert_cell(g, m, t, p, e) assert_cell_at(__LINE__, (g), (m), (t), (p), (e))

/* The gap levels of one cell, e.g. "4 5", "" for none. */
static void assert_gaps_at(int line, const gs_gaps *g, size_t m, int topic, int phase,
                           const char *expect) {
  char got[64] = "";
  for (size_t i = 0; i < gs_gaps_count(g); i++) {
    size_t gm;
    int t, p, l;
    ck_assert_int_eq(gs_gaps_gap(g, i, &gm, &t, &p, &l), GS_OK);
    if (gm == m && t == topic && p == phase) {
      size_t n = strlen(got);
      snprintf(got + n, sizeof got - n, "%s%d", n ? " " : "", l);
    }
  }
  ck_assert_msg(strcmp(got, expect) == 0, "line %d: gaps of %zu/%d/%d are '%s', expected '%s'",
                line, m, topic, phase, got, expect);
}
#define assert_gaps(g, m, t, p, e) assert_gaps_at(__LINE__, (g), (m), (t), (p), (e))

START_TEST(matrix_counts_routable_offers)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, NULL, "2026-01-01", 0);
  ck_assert_uint_eq(gs_gaps_municipality_count(g), 2);
  ck_assert_str_eq(gs_gaps_municipality_code(g, 0), "GM0114");
  ck_assert_str_eq(gs_gaps_municipality_name(g, 0), "Emmen");
  ck_assert_int_eq(gs_gaps_municipality_province(g, 1), 2);
  ck_assert_int_eq(gs_gaps_on(g), d("2026-01-01"));
  ck_assert_uint_eq(gs_gaps_flags(g), 0);
  /* Emmen: region, Drenthe, national (its own level-2 offer is not a
   * service level of the matrix) */
  assert_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "1 1 1");
  assert_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_ANTICONCEPTION, "1 1 0");
  /* Stadskanaal: no Emmen or Drenthe offer */
  assert_cell(g, 1, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "1 0 1");
  /* level-1 offers are not in the matrix */
  assert_cell(g, 0, GS_TOPIC_SMOKING, GS_PHASE_CHILD_0_4, "0 0 0");
  /* the new topics (v5, D-7) have cells too */
  assert_cell(g, 0, GS_TOPIC_YOUTH_SUBSTANCE_USE, GS_PHASE_CHILD_13_19, "0 0 0");
  /* out of range */
  ck_assert_int_eq(gs_gaps_cell(g, 2, 1, 1, 3), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, 0, 1, 3), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, GS_TOPIC_YOUTH_SUBSTANCE_USE + 1, 1, 3), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, 1, 0, 3), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, 1, 7, 3), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, 1, 1, 1), -1);
  /* levels 1-2 are not services: not in the matrix (v5, D-1) */
  ck_assert_int_eq(gs_gaps_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, 2), -1);
  ck_assert_int_eq(gs_gaps_cell(g, 0, 1, 1, 6), -1);
  ck_assert_ptr_null(gs_gaps_municipality_code(g, 2));
  ck_assert_int_eq(gs_gaps_cell(NULL, 0, 1, 1, 3), -1);
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(gap_rule)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, NULL, "2026-01-01", 0);
  /* every level covered: no gap */
  assert_gaps(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "");
  /* 1 1 0: level 5 empty with nothing above it is a gap */
  assert_gaps(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_ANTICONCEPTION, "5");
  /* 1 0 1: level 4 empty, but 5 has an offer */
  assert_gaps(g, 1, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "");
  /* nothing at all: every level 3-5; v4 also listed level 2, but levels 1
   * and 2 are never gaps in v5 (D-1) */
  assert_gaps(g, 0, GS_TOPIC_HOUSING, GS_PHASE_CHILD_0_4, "3 4 5");
  /* no gap anywhere is at level 1 or 2 */
  for (size_t i = 0; i < gs_gaps_count(g); i++) {
    int l;
    ck_assert_int_eq(gs_gaps_gap(g, i, NULL, NULL, NULL, &l), GS_OK);
    ck_assert_int_ge(l, 3);
    ck_assert_int_le(l, 5);
  }
  /* the gap list is ordered by municipality, topic, phase, level */
  size_t prev = 0;
  for (size_t i = 0; i < gs_gaps_count(g); i++) {
    size_t m;
    int t, p, l;
    gs_gaps_gap(g, i, &m, &t, &p, &l);
    size_t key = ((m * 32 + (size_t)t) * 8 + (size_t)p) * 8 + (size_t)l;
    ck_assert_uint_gt(key, prev);
    prev = key;
  }
  size_t m = 9;
  ck_assert_int_eq(gs_gaps_gap(g, gs_gaps_count(g), &m, NULL, NULL, NULL), GS_EINVAL);
  ck_assert_uint_eq(m, 9);
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(validity_date)
{
  gs_catalog *c = load_fixture();
  /* 2025-06-01 (the catalogue's valid-from, also the default): the old
   * Groningen housing offer counts, the new Stadskanaal one not yet */
  gs_gaps *g = compute(c, NULL, NULL, 0);
  ck_assert_int_eq(gs_gaps_on(g), d("2025-06-01"));
  assert_cell(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "1 0 0");
  assert_gaps(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "4 5");
  gs_gaps_free(g);
  g = compute(c, NULL, "2025-12-31", 0);
  assert_cell(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "1 0 0");
  gs_gaps_free(g);
  g = compute(c, NULL, "2026-01-01", 0);
  assert_cell(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "0 0 0");
  assert_gaps(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "3 4 5");
  gs_gaps_free(g);
  g = compute(c, NULL, "2026-02-01", 0);
  assert_cell(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "0 1 0");
  /* v4 also had a level-2 gap here; v5: level 3 is covered by the offer at
   * 4 above it, level 5 is empty */
  assert_gaps(g, 1, GS_TOPIC_HOUSING, GS_PHASE_CHILD_5_12, "5");
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(one_municipality)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, "GM0037", "2026-01-01", 0);
  ck_assert_uint_eq(gs_gaps_municipality_count(g), 1);
  ck_assert_str_eq(gs_gaps_municipality_name(g, 0), "Stadskanaal, \"kanaal\"");
  assert_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "1 0 1");
  gs_gaps_free(g);
  /* Borger-Odoorn is not declared: Drenthe from the library's table, no
   * region offers */
  g = compute(c, "GM1681", "2026-01-01", 0);
  ck_assert_str_eq(gs_gaps_municipality_name(g, 0), "Borger-Odoorn");
  ck_assert_int_eq(gs_gaps_municipality_province(g, 0), 1);
  assert_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "0 1 1");
  /* v4 listed the empty level 2; v5: level 3 is empty but 4 is not, so no
   * gap */
  assert_gaps(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "");
  gs_gaps_free(g);
  /* a municipality nobody knows: national offers only, no name or province */
  g = compute(c, "GM0363", "2026-01-01", 0);
  ck_assert_ptr_null(gs_gaps_municipality_name(g, 0));
  ck_assert_int_eq(gs_gaps_municipality_province(g, 0), 0);
  assert_cell(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "0 0 1");
  assert_gaps(g, 0, GS_TOPIC_SOCIAL_SUPPORT, GS_PHASE_CHILD_0_4, "3");
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(applicable_only)
{
  gs_catalog *c = load_fixture();
  gs_gaps *all = compute(c, NULL, "2026-01-01", 0);
  gs_gaps *app = compute(c, NULL, "2026-01-01", GS_GAPS_APPLICABLE_ONLY);
  ck_assert_uint_eq(gs_gaps_flags(app), GS_GAPS_APPLICABLE_ONLY);
  /* child-safety does not apply before pregnancy: gaps only without the flag */
  /* (v4 also had level-2 gaps here; v5 has none at 1-2) */
  assert_gaps(all, 0, GS_TOPIC_CHILD_SAFETY, GS_PHASE_ANTICONCEPTION, "5");
  assert_gaps(app, 0, GS_TOPIC_CHILD_SAFETY, GS_PHASE_ANTICONCEPTION, "");
  assert_gaps(app, 0, GS_TOPIC_CHILD_SAFETY, GS_PHASE_PREGNANCY_BIRTH, "5");
  /* a v5 topic: school-absence applies in 5-6 only */
  assert_gaps(all, 0, GS_TOPIC_SCHOOL_ABSENCE, GS_PHASE_CHILD_0_4, "3 4 5");
  assert_gaps(app, 0, GS_TOPIC_SCHOOL_ABSENCE, GS_PHASE_CHILD_0_4, "");
  assert_gaps(app, 0, GS_TOPIC_SCHOOL_ABSENCE, GS_PHASE_CHILD_5_12, "3 4 5");
  /* the matrix itself is complete either way */
  assert_cell(app, 0, GS_TOPIC_CHILD_SAFETY, GS_PHASE_ANTICONCEPTION, "0 1 0");
  /* counting: every gap of app is a gap of all, on an applicable pair */
  size_t n_app = 0;
  for (size_t i = 0; i < gs_gaps_count(all); i++) {
    int t, p;
    gs_gaps_gap(all, i, NULL, &t, &p, NULL);
    n_app += gs_topic_applies(t, p);
  }
  ck_assert_uint_eq(gs_gaps_count(app), n_app);
  ck_assert_uint_lt(gs_gaps_count(app), gs_gaps_count(all));
  gs_gaps_free(all);
  gs_gaps_free(app);
  gs_catalog_free(c);
}
END_TEST

START_TEST(applicability_table)
{
  /* care-paths.md "Where a topic applies" (v5, with topics 22-27, D-7) */
  static const struct { int topic; const char *phases; } table[] = {
    { GS_TOPIC_PREGNANCY_HEALTH, "001000" }, { GS_TOPIC_LATE_PRENATAL_CARE, "001000" },
    { GS_TOPIC_FEELINGS_PREGNANCY, "001000" }, { GS_TOPIC_CONTRACEPTION, "111000" },
    { GS_TOPIC_CHILD_DEVELOPMENT, "000111" }, { GS_TOPIC_PARENTING, "001111" },
    { GS_TOPIC_CHILD_SAFETY, "001111" }, { GS_TOPIC_CHILD_MENTAL_HEALTH, "000111" },
    { GS_TOPIC_SCHOOL_ABSENCE, "000011" }, { GS_TOPIC_BULLYING, "000011" },
    { GS_TOPIC_YOUNG_CARER, "000011" }, { GS_TOPIC_SEXUAL_HEALTH, "000001" },
    { GS_TOPIC_YOUTH_SUBSTANCE_USE, "000001" }, { GS_TOPIC_SOCIAL_SUPPORT, "111111" },
    { GS_TOPIC_DOMESTIC_VIOLENCE, "111111" }, { GS_TOPIC_PHYSICAL_HEALTH, "111111" },
    { GS_TOPIC_MENTAL_HEALTH, "111111" }, { GS_TOPIC_ALCOHOL_DRUGS, "111111" },
  };
  for (size_t k = 0; k < GSI_ARRAY_LEN(table); k++)
    for (int p = 1; p <= 6; p++)
      ck_assert_msg(gs_topic_applies(table[k].topic, p) == (table[k].phases[p - 1] == '1'),
                    "topic %d phase %d", table[k].topic, p);
  int applicable = 0;
  for (int t = 1; t <= GS_TOPIC_YOUTH_SUBSTANCE_USE; t++)
    for (int p = 1; p <= 6; p++)
      applicable += gs_topic_applies(t, p);
  /* 3 x 1 + 3 + 2 x 3 + 2 x 4 + 3 x 2 + 2 x 1 + 14 x 6 */
  ck_assert_int_eq(applicable, 112);
  ck_assert_int_eq(gs_topic_applies(0, 1), 0);
  ck_assert_int_eq(gs_topic_applies(GS_TOPIC_YOUTH_SUBSTANCE_USE + 1, 6), 0);
  ck_assert_int_eq(gs_topic_applies(1, 0), 0);
  ck_assert_int_eq(gs_topic_applies(1, 7), 0);
}
END_TEST

START_TEST(bad_arguments)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = (gs_gaps *)&g;
  ck_assert_int_eq(gs_gaps_compute(&g, c, "Emmen", GS_DATE_NONE, 0), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "not a municipality code", 0, 0);
  ck_assert_int_eq(gs_gaps_compute(&g, c, NULL, GS_DATE_MAX + 1, 0), GS_EINVAL);
  ck_assert_int_eq(gs_gaps_compute(&g, c, NULL, GS_DATE_NONE, 2), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "unknown flags", 0, 0);
  ck_assert_int_eq(gs_gaps_compute(&g, NULL, NULL, GS_DATE_NONE, 0), GS_EINVAL);
  ck_assert_int_eq(gs_gaps_compute(NULL, c, NULL, GS_DATE_NONE, 0), GS_EINVAL);
  ck_assert_ptr_eq(g, (gs_gaps *)&g);
  char *out = NULL;
  ck_assert_int_eq(gs_gaps_write_xml(NULL, &out, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_gaps_write_csv(NULL, &out, NULL), GS_EINVAL);
  ck_assert_ptr_null(out);
  ck_assert_uint_eq(gs_gaps_count(NULL), 0);
  ck_assert_uint_eq(gs_gaps_municipality_count(NULL), 0);
  ck_assert_int_eq(gs_gaps_on(NULL), GS_DATE_NONE);
  gs_gaps_free(NULL);
  gs_catalog_free(c);
}
END_TEST

START_TEST(outlives_its_catalogue)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, NULL, "2026-01-01", 0);
  gs_catalog_free(c);
  ck_assert_str_eq(gs_gaps_municipality_name(g, 0), "Emmen");
  char *out = NULL;
  ck_assert_int_eq(gs_gaps_write_xml(g, &out, NULL), GS_OK);
  ck_assert_ptr_nonnull(strstr(out, "catalog=\"gaps-test\" catalog-version=\"3\""));
  gs_free(out);
  gs_gaps_free(g);
}
END_TEST

/* ---- writers ----------------------------------------------------------------- */

static void assert_golden(const char *out, size_t len, const char *golden) {
  size_t glen;
  char *expect = gst_read(gst_data(golden), &glen);
  ck_assert_uint_eq(len, strlen(out));
  if (len != glen || memcmp(out, expect, len) != 0) {
    size_t i = 0;
    while (i < len && i < glen && out[i] == expect[i])
      i++;
    ck_abort_msg("%s differs at byte %zu (lengths %zu and %zu): ...%.60s", golden, i, len, glen,
                 out + (i > 20 ? i - 20 : 0));
  }
  free(expect);
}

START_TEST(xml_golden_and_schema)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, NULL, "2026-01-01", GS_GAPS_APPLICABLE_ONLY);
  char *out = NULL, *again = NULL;
  size_t len = 0, len2 = 0;
  ck_assert_int_eq(gs_gaps_write_xml(g, &out, &len), GS_OK);
  assert_golden(out, len, "catalog/gaps-applicable.expected.xml");
  ck_assert_int_eq(gs_gaps_write_xml(g, &again, &len2), GS_OK);
  ck_assert_uint_eq(len, len2);
  ck_assert_int_eq(memcmp(out, again, len), 0);

  /* the output is valid against data/schema/gaps.xsd */
  const gsi_embedded *e = gsi_embedded_find("schema/gaps.xsd");
  ck_assert_ptr_nonnull(e);
  xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt((const char *)e->data, (int)e->len);
  xmlSchemaPtr schema = xmlSchemaParse(pc);
  ck_assert_ptr_nonnull(schema);
  xmlDocPtr doc = NULL;
  ck_assert_int_eq(gsi_xml_parse(out, len, "gaps.xml", &doc), GS_OK);
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  ck_assert_int_eq(xmlSchemaValidateDoc(vc, doc), 0);
  xmlSchemaFreeValidCtxt(vc);
  xmlFreeDoc(doc);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(pc);
  gs_free(out);
  gs_free(again);
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

START_TEST(csv_golden)
{
  gs_catalog *c = load_fixture();
  gs_gaps *g = compute(c, "GM0037", "2026-01-01", 0);
  char *out = NULL;
  size_t len = 0;
  ck_assert_int_eq(gs_gaps_write_csv(g, &out, &len), GS_OK);
  assert_golden(out, len, "catalog/gaps-stadskanaal.expected.csv");
  /* header, then 27 topics x 6 phases x levels 3-5 */
  size_t lines = 0;
  for (size_t i = 0; i < len; i++)
    lines += out[i] == '\n';
  ck_assert_uint_eq(lines, 1 + 27 * 6 * 3);
  ck_assert_ptr_nonnull(strstr(out, "GM0037,\"Stadskanaal, \"\"kanaal\"\"\",GR,housing,child-5-12,3,0,1\r\n"));
  /* no level-2 rows (levels 1-2 are never gaps, v5 D-1) */
  ck_assert_ptr_null(strstr(out, ",child-5-12,2,"));
  gs_free(out);
  gs_gaps_free(g);
  gs_catalog_free(c);
}
END_TEST

/* ---- out of memory ----------------------------------------------------------- */

typedef struct gaps_ctx {
  gs_catalog *c;
  gs_gaps *g;
  char *out;
  const char *muni;
} gaps_ctx;

static gs_status op_compute(void *p) {
  gaps_ctx *x = p;
  return gs_gaps_compute(&x->g, x->c, x->muni, GS_DATE_NONE, GS_GAPS_APPLICABLE_ONLY);
}

static void cleanup_compute(void *p) {
  gaps_ctx *x = p;
  gs_gaps_free(x->g);
  x->g = NULL;
}

static bool compute_unchanged(void *p) {
  return ((gaps_ctx *)p)->g == NULL;
}

static gs_status op_xml(void *p) {
  gaps_ctx *x = p;
  return gs_gaps_write_xml(x->g, &x->out, NULL);
}

static gs_status op_csv(void *p) {
  gaps_ctx *x = p;
  return gs_gaps_write_csv(x->g, &x->out, NULL);
}

static void cleanup_out(void *p) {
  gaps_ctx *x = p;
  gs_free(x->out);
  x->out = NULL;
}

static bool out_unchanged(void *p) {
  return ((gaps_ctx *)p)->out == NULL;
}

START_TEST(oom_compute)
{
  gaps_ctx x = { load_fixture(), NULL, NULL, NULL };
  gst_oom_sweep("gaps_compute", op_compute, cleanup_compute, compute_unchanged, &x);
  x.muni = "GM1681";
  gst_oom_sweep("gaps_compute_one", op_compute, cleanup_compute, compute_unchanged, &x);
  gs_catalog_free(x.c);
}
END_TEST

START_TEST(oom_compute_default)
{
  gaps_ctx x = { NULL, NULL, NULL, NULL };
  ck_assert_int_eq(gs_catalog_load_default(&x.c), GS_OK);
  gst_oom_sweep("gaps_compute_default", op_compute, cleanup_compute, compute_unchanged, &x);
  gs_catalog_free(x.c);
}
END_TEST

START_TEST(oom_writers)
{
  gaps_ctx x = { load_fixture(), NULL, NULL, NULL };
  ck_assert_int_eq(op_compute(&x), GS_OK);
  gst_oom_sweep("gaps_write_xml", op_xml, cleanup_out, out_unchanged, &x);
  gst_oom_sweep("gaps_write_csv", op_csv, cleanup_out, out_unchanged, &x);
  gs_gaps_free(x.g);
  gs_catalog_free(x.c);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("gaps");
  TCase *tc = tcase_create("gaps");
  tcase_add_test(tc, matrix_counts_routable_offers);
  tcase_add_test(tc, gap_rule);
  tcase_add_test(tc, validity_date);
  tcase_add_test(tc, one_municipality);
  tcase_add_test(tc, applicable_only);
  tcase_add_test(tc, applicability_table);
  tcase_add_test(tc, bad_arguments);
  tcase_add_test(tc, outlives_its_catalogue);
  tcase_add_test(tc, xml_golden_and_schema);
  tcase_add_test(tc, csv_golden);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_compute);
  tcase_add_test(oom, oom_compute_default);
  tcase_add_test(oom, oom_writers);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
