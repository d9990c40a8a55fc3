/*
 * libgoedestart - tests of the research export and its mapping file
 * (spec/indicators.md "Research export"): columns, pseudonyms stable with
 * the mapping and different without it, consistent date shifts, no
 * identifiers or free text, the mapping loaded, validated and saved
 * atomically, OOM sweeps. A deterministic random source replaces the
 * CSPRNG only where a test needs fixed bytes (internal hook).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/xmlschemas.h>

#include "testutil.h"
#include "analytics.h"
#include "xml-util.h"

#define OK(expr) ck_assert_int_eq((expr), GS_OK)

static gs_pack *pack;

static gs_date D(const char *s) {
  gs_date d;
  OK(gs_date_parse(&d, s));
  return d;
}

/* Deterministic bytes: 0, 1, 2, ... (tests only). */
static unsigned counter;
static gs_status counting_source(void *ud, unsigned char *buf, size_t n) {
  (void)ud;
  for (size_t i = 0; i < n; i++)
    buf[i] = (unsigned char)(counter++ & 0xff);
  return GS_OK;
}

static gs_status failing_source(void *ud, unsigned char *buf, size_t n) {
  (void)ud;
  (void)buf;
  (void)n;
  return gsi_error(GS_EIO, NULL, 0, 0, "test: no randomness");
}

/*
 * FAMILY-SECRET, GM0114, enrolled 2024-01-01: children CHILD-SECRET-1 born
 * 2024-03-01 (DMOP not-good about it on 2024-06-01: event at 92 days),
 * CHILD-SECRET-2 born 2025-06-01 (no event: censored at 214 days on
 * 2026-01-01) and CHILD-SECRET-3 born 2026-06-01 (after the as-of date: no
 * row). A conclusion with a free-text reason; a goal with an action at
 * level 3 (offer home-start, warm handover) and one at level 4 that starts
 * after the as-of date.
 */
static gs_family *secret_family(void) {
  gs_family *f;
  OK(gs_family_new(&f, "FAMILY-SECRET", "GM0114", D("2024-01-01")));
  OK(gs_family_add_caregiver(f, "CARER-SECRET", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, "CHILD-SECRET-1", D("2024-03-01"), NULL));
  OK(gs_family_add_child(f, "CHILD-SECRET-2", D("2025-06-01"), NULL));
  OK(gs_family_add_child(f, "CHILD-SECRET-3", D("2026-06-01"), NULL));
  OK(gs_family_add_contact(f, "CONTACT-SECRET", D("2024-06-01"), "ad-hoc", GS_SETTING_HOME,
                           GS_BY_JGZ_NURSE, "CHILD-SECRET-1"));
  OK(gs_family_add_finding(f, "CONTACT-SECRET", GS_FINDING_DMOP, GS_DMOP_CHILD_WELLBEING,
                           GS_RATING_NOT_GOOD));
  OK(gs_family_add_conclusion(f, D("2024-06-01"), GS_CARE_POSITIVE_CONFIRMATION,
                              GS_CARE_ADDITIONAL_CARE, "Moeder wil het eerst zelf proberen"));
  OK(gs_family_add_goal(f, "GOAL-SECRET", GS_TOPIC_PARENTING, D("2024-06-05"), GS_DATE_NONE,
                        GS_GOAL_OPEN, GS_DATE_NONE));
  OK(gs_family_add_action(f, "GOAL-SECRET", "ACTION-SECRET", 3, "home-start", D("2024-06-10"),
                          GS_DATE_NONE, 1, GS_BY_JGZ_NURSE));
  OK(gs_family_add_action(f, "GOAL-SECRET", "ACTION-LATER", 4, NULL, D("2026-02-01"),
                          GS_DATE_NONE, 0, GS_BY_JGZ_NURSE));
  OK(gs_family_finish(f));
  return f;
}

/* No children: no rows. */
static gs_family *childless_family(void) {
  gs_family *f;
  OK(gs_family_new(&f, "NO-KIDS", "GM0037", D("2024-01-01")));
  OK(gs_family_set_child_wish(f, GS_CHILD_WISH_ACTIVE));
  OK(gs_family_finish(f));
  return f;
}

static gs_export_options options(int format) {
  gs_export_options o = GS_EXPORT_OPTIONS_INIT;
  o.as_of = D("2026-01-01");
  o.format = format;
  return o;
}

static char *export_all(const gs_family *const *f, size_t n, gs_mapping *m, int format) {
  gs_export_options o = options(format);
  char *out;
  OK(gs_export_families(f, n, &o, m, pack, &out, NULL));
  return out;
}

START_TEST(rows_and_columns)
{
  counter = 0;
  gsi_set_random_source(counting_source, NULL);
  gs_family *f[2] = { childless_family(), secret_family() };
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *csv = export_all((const gs_family *const *)f, 2, m, GS_EXPORT_CSV);
  /* family pseudonym: bytes 00..0f; shift: byte 0x10 = 16 -> 16 % 28 = 16,
   * the 17th of -14..-1, 1..14 = 3 days; children: bytes 11..20 and 21..30 */
  ck_assert_str_eq(csv,
    "family,child,municipality,born,phase,care_need,needs,max_level,event_days,event,"
    "actions_l1,actions_l2,actions_l3,actions_l4,actions_l5,warm_handovers\r\n"
    "000102030405060708090a0b0c0d0e0f,1112131415161718191a1b1c1d1e1f20,GM0114,2024-03-04,"
    "child-0-4,positive-confirmation,0,,92,1,0,0,1,0,0,1\r\n"
    "000102030405060708090a0b0c0d0e0f,2122232425262728292a2b2c2d2e2f30,GM0114,2025-06-04,"
    "child-0-4,positive-confirmation,0,,214,0,0,0,1,0,0,1\r\n");
  ck_assert_uint_eq(gs_mapping_family_count(m), 1);
  ck_assert_uint_eq(gs_mapping_child_count(m), 2);
  int shift;
  OK(gs_mapping_family_shift(m, "FAMILY-SECRET", &shift));
  ck_assert_int_eq(shift, 3);
  ck_assert_str_eq(gs_mapping_child_pseudonym(m, "FAMILY-SECRET", "CHILD-SECRET-2"),
                   "2122232425262728292a2b2c2d2e2f30");
  ck_assert_ptr_null(gs_mapping_child_pseudonym(m, "FAMILY-SECRET", "CHILD-SECRET-3"));
  ck_assert_ptr_null(gs_mapping_family_pseudonym(m, "NO-KIDS"));
  ck_assert_int_eq(gs_mapping_family_shift(m, "NO-KIDS", &shift), GS_ENOTFOUND);
  char *map;
  OK(gs_mapping_save_memory(m, &map, NULL));
  ck_assert_str_eq(map,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<mapping xmlns=\"urn:goedestart:mapping:1\">\n"
    "  <family id=\"FAMILY-SECRET\" pseudonym=\"000102030405060708090a0b0c0d0e0f\" shift-days=\"3\">\n"
    "    <child id=\"CHILD-SECRET-1\" pseudonym=\"1112131415161718191a1b1c1d1e1f20\"/>\n"
    "    <child id=\"CHILD-SECRET-2\" pseudonym=\"2122232425262728292a2b2c2d2e2f30\"/>\n"
    "  </family>\n"
    "</mapping>\n");
  gs_free(map);
  gs_free(csv);
  gs_mapping_free(m);
  gsi_set_random_source(NULL, NULL);
  gs_family_free(f[0]);
  gs_family_free(f[1]);
}
END_TEST

START_TEST(shift_rejects_biased_bytes)
{
  /* bytes 252..255 would bias the shift: they are drawn again */
  counter = 236;
  gsi_set_random_source(counting_source, NULL);
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *csv = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_CSV);
  /* pseudonym bytes 236..251, then 252..255 rejected, then 0 -> -14 */
  int shift;
  OK(gs_mapping_family_shift(m, "FAMILY-SECRET", &shift));
  ck_assert_int_eq(shift, -14);
  ck_assert_str_eq(gs_mapping_family_pseudonym(m, "FAMILY-SECRET"),
                   "ecedeeeff0f1f2f3f4f5f6f7f8f9fafb");
  ck_assert_ptr_nonnull(strstr(csv, ",GM0114,2024-02-16,"));
  gs_free(csv);
  gs_mapping_free(m);
  gsi_set_random_source(NULL, NULL);
  gs_family_free(f);
}
END_TEST

static bool is_pseudonym(const char *s, size_t n) {
  if (n != 32)
    return false;
  for (size_t i = 0; i < n; i++)
    if (!isdigit((unsigned char)s[i]) && !(s[i] >= 'a' && s[i] <= 'f'))
      return false;
  return true;
}

START_TEST(stable_with_mapping_different_without)
{
  /* the operating system's CSPRNG */
  gs_family *f[2] = { secret_family(), childless_family() };
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *first = export_all((const gs_family *const *)f, 2, m, GS_EXPORT_CSV);
  char *saved;
  OK(gs_mapping_save_memory(m, &saved, NULL));
  gs_mapping *loaded;
  OK(gs_mapping_load_memory(&loaded, saved, strlen(saved), "mapping.xml"));
  char *again = export_all((const gs_family *const *)f, 2, loaded, GS_EXPORT_CSV);
  ck_assert_str_eq(first, again);
  /* the mapping did not grow */
  ck_assert_uint_eq(gs_mapping_family_count(loaded), 1);
  ck_assert_uint_eq(gs_mapping_child_count(loaded), 2);
  /* without the mapping: other pseudonyms */
  gs_mapping *fresh;
  OK(gs_mapping_new(&fresh));
  char *other = export_all((const gs_family *const *)f, 2, fresh, GS_EXPORT_CSV);
  ck_assert_str_ne(first, other);
  const char *p1 = gs_mapping_family_pseudonym(m, "FAMILY-SECRET");
  const char *p2 = gs_mapping_family_pseudonym(fresh, "FAMILY-SECRET");
  ck_assert(is_pseudonym(p1, strlen(p1)));
  ck_assert(is_pseudonym(p2, strlen(p2)));
  ck_assert_str_ne(p1, p2);
  ck_assert_ptr_null(strstr(other, p1));
  gs_free(first);
  gs_free(again);
  gs_free(other);
  gs_free(saved);
  gs_mapping_free(m);
  gs_mapping_free(loaded);
  gs_mapping_free(fresh);
  gs_family_free(f[0]);
  gs_family_free(f[1]);
}
END_TEST

START_TEST(shift_consistent_within_family)
{
  gs_family *f = secret_family();
  for (int round = 0; round < 20; round++) {
    gs_mapping *m;
    OK(gs_mapping_new(&m));
    char *csv = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_CSV);
    /* the two born dates, shifted alike: 457 days apart as in truth */
    char *r1 = strstr(csv, "\r\n") + 2;
    char *r2 = strstr(r1, "\r\n") + 2;
    gs_date b1, b2;
    char tmp[11];
    memcpy(tmp, r1 + 33 + 33 + 7, 10);
    tmp[10] = '\0';
    OK(gs_date_parse(&b1, tmp));
    memcpy(tmp, r2 + 33 + 33 + 7, 10);
    OK(gs_date_parse(&b2, tmp));
    /* rows are in child pseudonym order, not the dossier's */
    if (b2 < b1) {
      gs_date t = b1;
      b1 = b2;
      b2 = t;
    }
    ck_assert_int_eq(b2 - b1, D("2025-06-01") - D("2024-03-01"));
    int shift;
    OK(gs_mapping_family_shift(m, "FAMILY-SECRET", &shift));
    ck_assert_int_ge(shift, -14);
    ck_assert_int_le(shift, 14);
    ck_assert_int_ne(shift, 0);
    ck_assert_int_eq(b1 - D("2024-03-01"), shift);
    ck_assert(is_pseudonym(r1, 32));
    ck_assert(is_pseudonym(r1 + 33, 32));
    gs_free(csv);
    gs_mapping_free(m);
  }
  gs_family_free(f);
}
END_TEST

START_TEST(no_identifiers_or_free_text)
{
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  static const char *const forbidden[] = {
    "SECRET", "FAMILY", "CARER", "CONTACT", "GOAL", "ACTION", "Moeder", "proberen",
    "home-start", "jgz-nurse",
  };
  for (int format = GS_EXPORT_CSV; format <= GS_EXPORT_XML; format++) {
    char *out = export_all((const gs_family *const *)&f, 1, m, format);
    for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++)
      ck_assert_msg(strstr(out, forbidden[i]) == NULL, "'%s' in the export", forbidden[i]);
    gs_free(out);
  }
  gs_mapping_free(m);
  gs_family_free(f);
}
END_TEST

static void validate(const char *doc, const char *schema_name) {
  const gsi_embedded *e = gsi_embedded_find(schema_name);
  ck_assert_ptr_nonnull(e);
  xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt((const char *)e->data, (int)e->len);
  xmlSchemaPtr schema = xmlSchemaParse(pc);
  ck_assert_ptr_nonnull(schema);
  xmlDocPtr d = NULL;
  OK(gsi_xml_parse(doc, strlen(doc), "doc.xml", &d));
  xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
  ck_assert_int_eq(xmlSchemaValidateDoc(vc, d), 0);
  xmlSchemaFreeValidCtxt(vc);
  xmlFreeDoc(d);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(pc);
}

START_TEST(xml_export)
{
  counter = 0;
  gsi_set_random_source(counting_source, NULL);
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *xml = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_XML);
  ck_assert_str_eq(xml,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<export xmlns=\"urn:goedestart:export:1\" as-of=\"2026-01-01\" horizon=\"548\">\n"
    "  <row family=\"000102030405060708090a0b0c0d0e0f\" child=\"1112131415161718191a1b1c1d1e1f20\" "
    "municipality=\"GM0114\" born=\"2024-03-04\" phase=\"child-0-4\" "
    "care-need=\"positive-confirmation\" needs=\"0\" event-days=\"92\" event=\"1\" "
    "actions-l1=\"0\" actions-l2=\"0\" actions-l3=\"1\" actions-l4=\"0\" actions-l5=\"0\" "
    "warm-handovers=\"1\"/>\n"
    "  <row family=\"000102030405060708090a0b0c0d0e0f\" child=\"2122232425262728292a2b2c2d2e2f30\" "
    "municipality=\"GM0114\" born=\"2025-06-04\" phase=\"child-0-4\" "
    "care-need=\"positive-confirmation\" needs=\"0\" event-days=\"214\" event=\"0\" "
    "actions-l1=\"0\" actions-l2=\"0\" actions-l3=\"1\" actions-l4=\"0\" actions-l5=\"0\" "
    "warm-handovers=\"1\"/>\n"
    "</export>\n");
  validate(xml, "schema/export.xsd");
  char *map;
  OK(gs_mapping_save_memory(m, &map, NULL));
  validate(map, "schema/mapping.xsd");
  gs_free(map);
  gs_free(xml);
  gs_mapping_free(m);
  gsi_set_random_source(NULL, NULL);
  gs_family_free(f);
}
END_TEST

START_TEST(shift_never_zero)
{
  /* byte 14 was shift 0 (14 % 29 - 14); now the 15th of -14..-1, 1..14 */
  counter = 254;
  gsi_set_random_source(counting_source, NULL);
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *csv = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_CSV);
  int shift;
  OK(gs_mapping_family_shift(m, "FAMILY-SECRET", &shift));
  ck_assert_int_eq(shift, 1);
  ck_assert_ptr_nonnull(strstr(csv, ",GM0114,2024-03-02,"));
  gs_free(csv);
  gs_mapping_free(m);
  /* every accepted byte value: 28 shifts, each 9 times, 0 never */
  int seen[29] = { 0 };
  for (unsigned b = 0; b < 252; b++) {
    /* the shift byte alone: start 16 bytes before it */
    counter = (b + 256 - 16) & 0xff;
    OK(gs_mapping_new(&m));
    csv = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_CSV);
    int sh;
    OK(gs_mapping_family_shift(m, "FAMILY-SECRET", &sh));
    seen[sh + 14]++;
    gs_free(csv);
    gs_mapping_free(m);
  }
  for (int v = -14; v <= 14; v++)
    ck_assert_int_eq(seen[v + 14], v == 0 ? 0 : 9);
  gsi_set_random_source(NULL, NULL);
  gs_family_free(f);
}
END_TEST

START_TEST(zero_shift_redrawn_on_load)
{
  /* written before shifts were never 0: a new offset, the pseudonyms kept */
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<mapping xmlns=\"urn:goedestart:mapping:1\">\n"
    "  <family id=\"A\" pseudonym=\"00000000000000000000000000000001\" shift-days=\"0\">\n"
    "    <child id=\"C\" pseudonym=\"00000000000000000000000000000002\"/>\n"
    "  </family>\n"
    "  <family id=\"B\" pseudonym=\"00000000000000000000000000000003\" shift-days=\"-5\"/>\n"
    "</mapping>\n";
  counter = 200;  /* 200 % 28 = 4 -> -10 */
  gsi_set_random_source(counting_source, NULL);
  gs_mapping *m;
  OK(gs_mapping_load_memory(&m, xml, strlen(xml), "mapping.xml"));
  int shift;
  OK(gs_mapping_family_shift(m, "A", &shift));
  ck_assert_int_eq(shift, -10);
  OK(gs_mapping_family_shift(m, "B", &shift));
  ck_assert_int_eq(shift, -5);
  ck_assert_str_eq(gs_mapping_family_pseudonym(m, "A"), "00000000000000000000000000000001");
  ck_assert_str_eq(gs_mapping_child_pseudonym(m, "A", "C"), "00000000000000000000000000000002");
  char *saved;
  OK(gs_mapping_save_memory(m, &saved, NULL));
  ck_assert_ptr_nonnull(strstr(saved, "pseudonym=\"00000000000000000000000000000001\" shift-days=\"-10\""));
  gs_free(saved);
  gs_mapping_free(m);
  /* a random source that fails: the load fails and gives nothing */
  gsi_set_random_source(failing_source, NULL);
  m = NULL;
  ck_assert_int_eq(gs_mapping_load_memory(&m, xml, strlen(xml), "mapping.xml"), GS_EIO);
  ck_assert_ptr_null(m);
  gsi_set_random_source(NULL, NULL);
}
END_TEST

/* Bytes 255, 254, ...: each new pseudonym is smaller than the one before. */
static gs_status descending_source(void *ud, unsigned char *buf, size_t n) {
  (void)ud;
  for (size_t i = 0; i < n; i++)
    buf[i] = (unsigned char)(255 - (counter++ & 0xff));
  return GS_OK;
}

static gs_family *small_family(const char *id, const char *child) {
  gs_family *f;
  OK(gs_family_new(&f, id, "GM0037", D("2024-01-01")));
  OK(gs_family_add_caregiver(f, "CARER", GS_ROLE_BIRTH_PARENT));
  OK(gs_family_add_child(f, child, D("2024-05-01"), NULL));
  OK(gs_family_finish(f));
  return f;
}

START_TEST(rows_ordered_by_pseudonym)
{
  counter = 0;
  gsi_set_random_source(descending_source, NULL);
  gs_family *f[3] = { secret_family(), small_family("FAM-B", "KID-B"),
                      small_family("FAM-C", "KID-C") };
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  for (int format = GS_EXPORT_CSV; format <= GS_EXPORT_XML; format++) {
    char *out = export_all((const gs_family *const *)f, 3, m, format);
    /* the family added last has the smallest pseudonym: it comes first;
     * within FAMILY-SECRET the second child (smaller pseudonym) first */
    const char *order[4] = {
      gs_mapping_child_pseudonym(m, "FAM-C", "KID-C"),
      gs_mapping_child_pseudonym(m, "FAM-B", "KID-B"),
      gs_mapping_child_pseudonym(m, "FAMILY-SECRET", "CHILD-SECRET-2"),
      gs_mapping_child_pseudonym(m, "FAMILY-SECRET", "CHILD-SECRET-1"),
    };
    ck_assert_int_lt(strcmp(gs_mapping_family_pseudonym(m, "FAM-C"),
                            gs_mapping_family_pseudonym(m, "FAM-B")), 0);
    const char *at = out;
    for (int i = 0; i < 4; i++) {
      ck_assert_ptr_nonnull(order[i]);
      const char *hit = strstr(out, order[i]);
      ck_assert_msg(hit != NULL && hit > at, "row %d out of order in\n%s", i, out);
      at = hit;
    }
    gs_free(out);
  }
  gs_mapping_free(m);
  gsi_set_random_source(NULL, NULL);
  for (int i = 0; i < 3; i++)
    gs_family_free(f[i]);
}
END_TEST

/* ---- ids whose hashes collide (the mapping's indexes once compared keys
 * in freed memory while growing: a use-after-free) ----------------------- */

typedef struct hashed_id {
  uint32_t hash, n;
} hashed_id;

static int hashed_id_cmp(const void *pa, const void *pb) {
  const hashed_id *a = pa, *b = pb;
  if (a->hash != b->hash)
    return a->hash < b->hash ? -1 : 1;
  return a->n < b->n ? -1 : a->n > b->n;
}

/* Family id number n: "F" and 12 hexadecimal digits of a fixed
 * pseudo-random sequence (FNV-1a spreads consecutive numbers too well for
 * a birthday search). */
static void id_of(char *out, uint32_t n) {
  uint64_t x = (n + 1) * 0x9e3779b97f4a7c15ull;
  x ^= x >> 29;
  snprintf(out, 16, "F%012llx", (unsigned long long)(x & 0xffffffffffffull));
}

/* Fills ids with pairs of family ids that have the same gsi_strhash (a
 * birthday search over 2^20 candidates: about 128 pairs); returns the
 * number of ids (even). */
static size_t colliding_ids(char (*ids)[16], size_t max) {
  size_t n = (size_t)1 << 20, got = 0;
  hashed_id *h = malloc(n * sizeof *h);
  ck_assert_ptr_nonnull(h);
  for (uint32_t i = 0; i < n; i++) {
    char id[16];
    id_of(id, i);
    h[i].hash = gsi_strhash(id);
    h[i].n = i;
  }
  qsort(h, n, sizeof *h, hashed_id_cmp);
  for (size_t i = 1; i < n && got + 2 <= max; i++)
    if (h[i].hash == h[i - 1].hash) {
      id_of(ids[got++], h[i - 1].n);
      id_of(ids[got++], h[i].n);
      i++;
    }
  free(h);
  return got;
}

#define COLLIDING 64

START_TEST(colliding_ids_load)
{
  char ids[COLLIDING][16];
  size_t n = colliding_ids(ids, COLLIDING);
  ck_assert_uint_ge(n, 16);
  ck_assert_uint_eq(gsi_strhash(ids[0]), gsi_strhash(ids[1]));
  ck_assert_str_ne(ids[0], ids[1]);
  /* a mapping of these families, each with a child: the arrays and the
   * indexes grow several times while colliding keys are in them */
  char *xml = malloc(200 + n * 200);
  ck_assert_ptr_nonnull(xml);
  size_t len = (size_t)sprintf(xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<mapping xmlns=\"urn:goedestart:mapping:1\">\n");
  for (size_t i = 0; i < n; i++)
    len += (size_t)sprintf(xml + len,
                           "  <family id=\"%s\" pseudonym=\"%032zx\" shift-days=\"-3\">"
                           "<child id=\"K\" pseudonym=\"%032zx\"/></family>\n",
                           ids[i], 2 * i, 2 * i + 1);
  len += (size_t)sprintf(xml + len, "</mapping>\n");
  gs_mapping *m;
  OK(gs_mapping_load_memory(&m, xml, len, "mapping.xml"));
  ck_assert_uint_eq(gs_mapping_family_count(m), n);
  ck_assert_uint_eq(gs_mapping_child_count(m), n);
  for (size_t i = 0; i < n; i++) {
    char want[33];
    snprintf(want, sizeof want, "%032zx", 2 * i);
    ck_assert_str_eq(gs_mapping_family_pseudonym(m, ids[i]), want);
    snprintf(want, sizeof want, "%032zx", 2 * i + 1);
    ck_assert_str_eq(gs_mapping_child_pseudonym(m, ids[i], "K"), want);
  }
  char *saved;
  OK(gs_mapping_save_memory(m, &saved, NULL));
  gs_mapping *again;
  OK(gs_mapping_load_memory(&again, saved, strlen(saved), "saved.xml"));
  ck_assert_uint_eq(gs_mapping_family_count(again), n);
  gs_mapping_free(again);
  gs_free(saved);
  gs_mapping_free(m);
  free(xml);
}
END_TEST

START_TEST(colliding_ids_export)
{
  char ids[COLLIDING][16];
  size_t n = colliding_ids(ids, COLLIDING);
  ck_assert_uint_ge(n, 16);
  gs_family *f[COLLIDING];
  for (size_t i = 0; i < n; i++)
    f[i] = small_family(ids[i], "K");
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  /* one family per call: the mapping grows between them */
  gs_export_options o = options(GS_EXPORT_CSV);
  gs_exporter *e;
  OK(gs_exporter_new(&e, &o, m, pack));
  for (size_t i = 0; i < n; i++)
    OK(gs_exporter_add(e, f[i]));
  OK(gs_exporter_end(e));
  ck_assert_uint_eq(gs_exporter_row_count(e), n);
  gs_exporter_free(e);
  ck_assert_uint_eq(gs_mapping_family_count(m), n);
  for (size_t i = 0; i < n; i++) {
    ck_assert_ptr_nonnull(gs_mapping_family_pseudonym(m, ids[i]));
    for (size_t j = 0; j < i; j++)
      ck_assert_str_ne(gs_mapping_family_pseudonym(m, ids[i]),
                       gs_mapping_family_pseudonym(m, ids[j]));
  }
  /* exporting again with the mapping adds nothing */
  char *out = export_all((const gs_family *const *)f, n, m, GS_EXPORT_CSV);
  ck_assert_uint_eq(gs_mapping_family_count(m), n);
  gs_free(out);
  gs_mapping_free(m);
  for (size_t i = 0; i < n; i++)
    gs_family_free(f[i]);
}
END_TEST

START_TEST(streaming_exporter)
{
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  gs_export_options o = options(GS_EXPORT_CSV);
  gs_exporter *e;
  OK(gs_exporter_new(&e, &o, m, pack));
  size_t len;
  const char *p = gs_exporter_pending(e, &len);
  ck_assert(strncmp(p, "family,child,", 13) == 0);
  gs_exporter_clear(e);
  ck_assert_uint_eq((gs_exporter_pending(e, &len), len), 0);
  OK(gs_exporter_add(e, f));
  ck_assert_uint_eq(gs_exporter_row_count(e), 2);
  /* rows are held until the end (they are written in pseudonym order) */
  ck_assert_uint_eq((gs_exporter_pending(e, &len), len), 0);
  OK(gs_exporter_end(e));
  p = gs_exporter_pending(e, &len);
  ck_assert_uint_eq(len, strlen(p));
  ck_assert_int_eq(p[len - 1], '\n');
  ck_assert_ptr_nonnull(strstr(p, "\r\n"));
  ck_assert_int_eq(gs_exporter_end(e), GS_ESTATE);
  ck_assert_int_eq(gs_exporter_add(e, f), GS_ESTATE);
  gs_exporter_free(e);
  /* a bad random source: an error, and nothing changed */
  gsi_set_random_source(failing_source, NULL);
  gs_mapping *m2;
  OK(gs_mapping_new(&m2));
  OK(gs_exporter_new(&e, &o, m2, pack));
  size_t before;
  gs_exporter_pending(e, &before);
  ck_assert_int_eq(gs_exporter_add(e, f), GS_EIO);
  gs_exporter_pending(e, &len);
  ck_assert_uint_eq(len, before);
  ck_assert_uint_eq(gs_mapping_family_count(m2), 0);
  gsi_set_random_source(NULL, NULL);
  /* known families need no randomness */
  gs_exporter_free(e);
  gsi_set_random_source(failing_source, NULL);
  OK(gs_exporter_new(&e, &o, m, pack));
  OK(gs_exporter_add(e, f));
  gsi_set_random_source(NULL, NULL);
  gs_exporter_free(e);
  /* bad options */
  gs_export_options bad = options(GS_EXPORT_CSV);
  bad.as_of = GS_DATE_NONE;
  ck_assert_int_eq(gs_exporter_new(&e, &bad, m, pack), GS_EINVAL);
  bad = options(3);
  ck_assert_int_eq(gs_exporter_new(&e, &bad, m, pack), GS_EINVAL);
  bad = options(GS_EXPORT_CSV);
  bad.version = 2;
  ck_assert_int_eq(gs_exporter_new(&e, &bad, m, pack), GS_EVERSION);
  gs_export_options_init(&bad);
  ck_assert_int_eq(bad.horizon, 548);
  ck_assert_int_eq(bad.format, GS_EXPORT_CSV);
  gs_mapping_free(m);
  gs_mapping_free(m2);
  gs_family_free(f);
}
END_TEST

static char *temp_dir(void) {
  char *dir = strdup("/tmp/gs-export-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  return dir;
}

/* Number of entries in dir besides . and .. */
static int dir_entries(const char *dir) {
  DIR *d = opendir(dir);
  ck_assert_ptr_nonnull(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      n++;
  closedir(d);
  return n;
}

START_TEST(mapping_file_atomic)
{
  gs_family *f = secret_family();
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  char *csv = export_all((const gs_family *const *)&f, 1, m, GS_EXPORT_CSV);
  char *dir = temp_dir();
  char path[256];
  snprintf(path, sizeof path, "%s/mapping.xml", dir);
  OK(gs_mapping_save_file(m, path));
  struct stat sb;
  ck_assert_int_eq(stat(path, &sb), 0);
  ck_assert_int_eq(sb.st_mode & 0777, 0600); /* only the data owner reads it */
  ck_assert_int_eq(dir_entries(dir), 1);     /* no temporary file left */
  gs_mapping *loaded;
  OK(gs_mapping_load_file(&loaded, path));
  char *a, *b;
  OK(gs_mapping_save_memory(m, &a, NULL));
  OK(gs_mapping_save_memory(loaded, &b, NULL));
  ck_assert_str_eq(a, b);
  /* a save that cannot happen leaves the old file as it was */
  char bad[300];
  snprintf(bad, sizeof bad, "%s/missing-dir/mapping.xml", dir);
  ck_assert_int_eq(gs_mapping_save_file(m, bad), GS_EIO);
  size_t len;
  char *on_disk = gst_read(path, &len);
  ck_assert_str_eq(on_disk, a);
  free(on_disk);
  ck_assert_int_eq(dir_entries(dir), 1);
  unlink(path);
  rmdir(dir);
  free(dir);
  gs_free(a);
  gs_free(b);
  gs_free(csv);
  gs_mapping_free(loaded);
  gs_mapping_free(m);
  gs_family_free(f);
}
END_TEST

static void load_fails(const char *xml, const char *needle, int line) {
  gs_mapping *m = NULL;
  ck_assert_int_eq(gs_mapping_load_memory(&m, xml, strlen(xml), "mapping.xml"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, needle, line, 0);
  ck_assert_str_eq(gs_error_file(gs_error_last()), "mapping.xml");
  ck_assert_ptr_null(m);
}

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mapping xmlns=\"urn:goedestart:mapping:1\">\n"
#define P1 "00000000000000000000000000000001"
#define P2 "00000000000000000000000000000002"
#define P3 "00000000000000000000000000000003"

START_TEST(mapping_load_errors)
{
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"" P1 "\" shift-days=\"0\"/>\n"
                  "  <family id=\"A\" pseudonym=\"" P2 "\" shift-days=\"0\"/>\n</mapping>\n",
             "family A is listed twice", 4);
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"" P1 "\" shift-days=\"0\"/>\n"
                  "  <family id=\"B\" pseudonym=\"" P1 "\" shift-days=\"0\"/>\n</mapping>\n",
             "used twice", 4);
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"" P1 "\" shift-days=\"0\">\n"
                  "    <child id=\"C\" pseudonym=\"" P2 "\"/>\n"
                  "    <child id=\"C\" pseudonym=\"" P3 "\"/>\n  </family>\n</mapping>\n",
             "child C is listed twice", 5);
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"" P1 "\" shift-days=\"0\">\n"
                  "    <child id=\"C\" pseudonym=\"" P1 "\"/>\n  </family>\n</mapping>\n",
             "used twice", 4);
  /* the schema: pseudonym format, shift range, the namespace */
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"0000000000000000000000000000000G\" "
                  "shift-days=\"0\"/>\n</mapping>\n", "pseudonym", 3);
  load_fails(HEAD "  <family id=\"A\" pseudonym=\"" P1 "\" shift-days=\"15\"/>\n</mapping>\n",
             "shift-days", 3);
  load_fails("<mapping xmlns=\"urn:other\"/>\n", "mapping", 1);
  load_fails("<mapping xmlns=\"urn:goedestart:mapping:1\"><family", "", 1);
  gs_mapping *m = NULL;
  ck_assert_int_eq(gs_mapping_load_file(&m, "/nonexistent/mapping.xml"), GS_EIO);
  /* an empty mapping is fine */
  const char *empty = HEAD "</mapping>\n";
  OK(gs_mapping_load_memory(&m, empty, strlen(empty), NULL));
  ck_assert_uint_eq(gs_mapping_family_count(m), 0);
  char *out;
  OK(gs_mapping_save_memory(m, &out, NULL));
  ck_assert_str_eq(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<mapping xmlns=\"urn:goedestart:mapping:1\"/>\n");
  gs_free(out);
  gs_mapping_free(m);
  /* saved sorted by family id, then child id */
  const char *unsorted = HEAD
    "  <family id=\"b\" pseudonym=\"" P1 "\" shift-days=\"-3\">\n"
    "    <child id=\"z\" pseudonym=\"" P2 "\"/>\n"
    "    <child id=\"a\" pseudonym=\"" P3 "\"/>\n  </family>\n"
    "  <family id=\"a\" pseudonym=\"00000000000000000000000000000004\" shift-days=\"14\"/>\n"
    "</mapping>\n";
  OK(gs_mapping_load_memory(&m, unsorted, strlen(unsorted), NULL));
  OK(gs_mapping_save_memory(m, &out, NULL));
  ck_assert_str_eq(out, HEAD
    "  <family id=\"a\" pseudonym=\"00000000000000000000000000000004\" shift-days=\"14\"/>\n"
    "  <family id=\"b\" pseudonym=\"" P1 "\" shift-days=\"-3\">\n"
    "    <child id=\"a\" pseudonym=\"" P3 "\"/>\n"
    "    <child id=\"z\" pseudonym=\"" P2 "\"/>\n  </family>\n"
    "</mapping>\n");
  gs_free(out);
  gs_mapping_free(m);
}
END_TEST

START_TEST(add_file_all_or_nothing)
{
  gs_family *f = secret_family();
  char *xml;
  OK(gs_dossier_save_memory((const gs_family *const *)&f, 1, 0, &xml, NULL));
  char *cut = strstr(xml, "</dossiers>");
  *cut = '\0';
  char *text = malloc(strlen(xml) + 300);
  ck_assert_ptr_nonnull(text);
  sprintf(text, "%s  <family id=\"F2\" municipality=\"GM0114\" enrolled=\"2020-01-01\">\n"
                "    <child id=\"C1\" born=\"2025-01-01\" pregnancy=\"Z9\"/>\n"
                "  </family>\n</dossiers>\n", xml);
  char path[] = "/tmp/gs-export-bad-XXXXXX";
  int fd = mkstemp(path);
  ck_assert_int_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
  close(fd);
  gs_mapping *m;
  OK(gs_mapping_new(&m));
  gs_export_options o = options(GS_EXPORT_CSV);
  gs_exporter *e;
  OK(gs_exporter_new(&e, &o, m, pack));
  size_t before, after;
  gs_exporter_pending(e, &before);
  ck_assert_int_eq(gs_exporter_add_file(e, path), GS_EPARSE);
  gs_exporter_pending(e, &after);
  ck_assert_uint_eq(before, after);
  ck_assert_uint_eq(gs_mapping_family_count(m), 0);
  ck_assert_uint_eq(gs_exporter_row_count(e), 0);
  gs_exporter_free(e);
  gs_mapping_free(m);
  unlink(path);
  free(text);
  gs_free(xml);
  gs_family_free(f);
}
END_TEST

/* ---- out of memory ---------------------------------------------------------- */

typedef struct oom_ctx {
  gs_family *f, *g;
  gs_mapping *m;
  gs_exporter *e;
  char *out;
  size_t pending;
  char path[256];
} oom_ctx;

static gs_status op_pipeline(void *p) {
  oom_ctx *x = p;
  gs_export_options o = options(GS_EXPORT_XML);
  const gs_family *fams[2] = { x->f, x->g };
  return gs_export_families(fams, 2, &o, x->m, pack, &x->out, NULL);
}

static void cleanup_pipeline(void *p) {
  oom_ctx *x = p;
  gs_free(x->out);
  x->out = NULL;
  gs_mapping_free(x->m);
  OK(gs_mapping_new(&x->m));
}

static bool pipeline_unchanged(void *p) {
  return gs_mapping_family_count(((oom_ctx *)p)->m) == 0 && ((oom_ctx *)p)->out == NULL;
}

/* Families that grow the mapping's arrays */
static gs_family *numbered_family(int i) {
  gs_family *f;
  char id[16];
  snprintf(id, sizeof id, "N%d", i);
  OK(gs_family_new(&f, id, "GM0037", D("2020-01-01")));
  OK(gs_family_add_child(f, "C1", D("2024-01-01"), NULL));
  OK(gs_family_add_child(f, "C2", D("2025-01-01"), NULL));
  OK(gs_family_finish(f));
  return f;
}

START_TEST(oom_pipeline)
{
  oom_ctx x;
  memset(&x, 0, sizeof x);
  x.f = secret_family();
  x.g = numbered_family(1);
  OK(gs_mapping_new(&x.m));
  gst_oom_sweep("export pipeline", op_pipeline, cleanup_pipeline, pipeline_unchanged, &x);
  gs_mapping_free(x.m);
  gs_family_free(x.f);
  gs_family_free(x.g);
}
END_TEST

/* Adding a family to an exporter whose mapping already holds others. */
static gs_status op_add(void *p) {
  oom_ctx *x = p;
  return gs_exporter_add(x->e, x->f);
}

static void fresh_exporter(oom_ctx *x) {
  gs_exporter_free(x->e);
  gs_mapping_free(x->m);
  OK(gs_mapping_new(&x->m));
  gs_export_options o = options(GS_EXPORT_CSV);
  OK(gs_exporter_new(&x->e, &o, x->m, pack));
  OK(gs_exporter_add(x->e, x->g)); /* warms the assessment, fills the mapping */
  gs_exporter_pending(x->e, &x->pending);
}

static void cleanup_add(void *p) {
  fresh_exporter(p);
}

static bool add_unchanged(void *p) {
  oom_ctx *x = p;
  size_t len;
  gs_exporter_pending(x->e, &len);
  return len == x->pending && gs_mapping_family_count(x->m) == 1 &&
         gs_mapping_child_count(x->m) == 2 && gs_exporter_row_count(x->e) == 2 &&
         gs_mapping_family_pseudonym(x->m, "FAMILY-SECRET") == NULL &&
         gs_mapping_family_pseudonym(x->m, "N1") != NULL;
}

START_TEST(oom_add_changes_nothing)
{
  oom_ctx x;
  memset(&x, 0, sizeof x);
  x.f = secret_family();
  x.g = numbered_family(1);
  fresh_exporter(&x);
  gst_oom_sweep("export add", op_add, cleanup_add, add_unchanged, &x);
  OK(gs_exporter_add(x.e, x.f));
  ck_assert_uint_eq(gs_mapping_family_count(x.m), 2);
  ck_assert_uint_eq(gs_mapping_child_count(x.m), 4);
  gs_exporter_free(x.e);
  gs_mapping_free(x.m);
  gs_family_free(x.f);
  gs_family_free(x.g);
}
END_TEST

static const char *mapping_doc = HEAD
  "  <family id=\"a\" pseudonym=\"" P1 "\" shift-days=\"1\">\n"
  "    <child id=\"c\" pseudonym=\"" P2 "\"/>\n  </family>\n"
  "  <family id=\"b\" pseudonym=\"" P3 "\" shift-days=\"-1\"/>\n"
  "</mapping>\n";

static gs_status op_load(void *p) {
  return gs_mapping_load_memory(&((oom_ctx *)p)->m, mapping_doc, strlen(mapping_doc), NULL);
}

static void cleanup_load(void *p) {
  gs_mapping_free(((oom_ctx *)p)->m);
  ((oom_ctx *)p)->m = NULL;
}

static bool load_unchanged(void *p) {
  return ((oom_ctx *)p)->m == NULL;
}

static gs_status op_save(void *p) {
  oom_ctx *x = p;
  return gs_mapping_save_file(x->m, x->path);
}

static bool save_unchanged(void *p) {
  oom_ctx *x = p;
  size_t len;
  char *on_disk = gst_read(x->path, &len);
  bool same = strcmp(on_disk, "old content\n") == 0;
  free(on_disk);
  return same;
}

static void cleanup_save(void *p) {
  oom_ctx *x = p;
  FILE *fp = fopen(x->path, "w");
  fputs("old content\n", fp);
  fclose(fp);
}

START_TEST(oom_mapping_load_and_save)
{
  oom_ctx x;
  memset(&x, 0, sizeof x);
  gst_oom_sweep("mapping load", op_load, cleanup_load, load_unchanged, &x);
  OK(op_load(&x));
  char *dir = temp_dir();
  snprintf(x.path, sizeof x.path, "%s/mapping.xml", dir);
  cleanup_save(&x);
  gst_oom_sweep("mapping save", op_save, cleanup_save, save_unchanged, &x);
  ck_assert_int_eq(dir_entries(dir), 1);
  unlink(x.path);
  rmdir(dir);
  free(dir);
  gs_mapping_free(x.m);
}
END_TEST

static void setup(void) {
  OK(gs_pack_load_default(&pack));
}

static void teardown(void) {
  gs_pack_free(pack);
}

static void setup_oom(void) {
  gst_alloc_install();
  setup();
}

int main(void) {
  Suite *s = suite_create("export");
  TCase *tc = tcase_create("export");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, rows_and_columns);
  tcase_add_test(tc, shift_rejects_biased_bytes);
  tcase_add_test(tc, stable_with_mapping_different_without);
  tcase_add_test(tc, shift_consistent_within_family);
  tcase_add_test(tc, no_identifiers_or_free_text);
  tcase_add_test(tc, xml_export);
  tcase_add_test(tc, shift_never_zero);
  tcase_add_test(tc, zero_shift_redrawn_on_load);
  tcase_add_test(tc, rows_ordered_by_pseudonym);
  tcase_add_test(tc, colliding_ids_load);
  tcase_add_test(tc, colliding_ids_export);
  tcase_add_test(tc, streaming_exporter);
  tcase_add_test(tc, mapping_file_atomic);
  tcase_add_test(tc, mapping_load_errors);
  tcase_add_test(tc, add_file_all_or_nothing);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_oom, teardown);
  tcase_add_test(oom, oom_pipeline);
  tcase_add_test(oom, oom_add_changes_nothing);
  tcase_add_test(oom, oom_mapping_load_and_save);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
