/*
 * libgoedestart - tests of dossier XML: loading, streaming, saving, the
 * schema and its C twin, hostile input, atomic saves, out of memory.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "testutil.h"
#include "xml-dossier.h"
#include "xml-util.h"

#define NS "urn:goedestart:dossier:1"
#define HEAD "<dossiers xmlns=\"" NS "\">\n"

/* ---- helpers -------------------------------------------------------------- */

/* Saves every family of a dossier (malloc'ed copy of the text). */
static char *save_dossier(const gs_dossier *d, size_t *len) {
  size_t n = gs_dossier_family_count(d);
  const gs_family **fs = malloc((n ? n : 1) * sizeof *fs);
  ck_assert_ptr_nonnull(fs);
  for (size_t i = 0; i < n; i++)
    fs[i] = gs_dossier_family(d, i);
  char *out = NULL;
  gs_status st = gs_dossier_save_memory(fs, n, gs_dossier_root_is_family(d), &out, len);
  ck_assert_msg(st == GS_OK, "save: %s", gs_error_format(gs_error_last()));
  free(fs);
  char *copy = malloc(*len + 1);
  memcpy(copy, out, *len + 1);
  gs_free(out);
  return copy;
}

static gs_dossier *load_mem(const char *data, size_t len, const char *name) {
  gs_dossier *d = NULL;
  gs_status st = gs_dossier_load_memory(&d, data, len, name);
  ck_assert_msg(st == GS_OK, "%s: %s", name, gs_error_format(gs_error_last()));
  return d;
}

/* The families a stream yields, all of them (fails on any error). */
typedef struct streamed {
  gs_family **f;
  size_t n;
  int root_family;
} streamed;

static void stream_all(gs_dossier_reader *r, streamed *s) {
  s->f = NULL;
  s->n = 0;
  s->root_family = gs_dossier_reader_root_is_family(r);
  for (;;) {
    gs_family *f = NULL;
    gs_status st = gs_dossier_reader_next(r, &f);
    ck_assert_msg(st == GS_OK, "stream: %s", gs_error_format(gs_error_last()));
    if (f == NULL)
      break;
    s->f = realloc(s->f, (s->n + 1) * sizeof *s->f);
    s->f[s->n++] = f;
  }
  /* the end stays the end */
  gs_family *f = (gs_family *)&f;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_ptr_null(f);
}

static void streamed_free(streamed *s) {
  for (size_t i = 0; i < s->n; i++)
    gs_family_free(s->f[i]);
  free(s->f);
}

static void assert_stream_equals(const streamed *s, const gs_dossier *d, const char *what) {
  ck_assert_msg(s->n == gs_dossier_family_count(d), "%s: %zu families streamed, %zu loaded",
                what, s->n, gs_dossier_family_count(d));
  ck_assert_int_eq(s->root_family, gs_dossier_root_is_family(d));
  for (size_t i = 0; i < s->n; i++)
    ck_assert_msg(gs_family_equal(s->f[i], gs_dossier_family(d, i)), "%s: family %zu differs",
                  what, i);
}

/* The dossier vectors: NN-name.xml, not the expected assessments. */
static size_t vector_names(char names[][128], size_t max) {
  DIR *dir = opendir(GST_VECTORS_DIR);
  ck_assert_ptr_nonnull(dir);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL && n < max) {
    size_t len = strlen(e->d_name);
    if (len < 5 || len >= 128 || e->d_name[0] < '0' || e->d_name[0] > '9' ||
        strcmp(e->d_name + len - 4, ".xml") != 0 || strstr(e->d_name, ".expected.") != NULL)
      continue;
    memcpy(names[n++], e->d_name, len + 1);
  }
  closedir(dir);
  ck_assert_uint_ge(n, 20);
  return n;
}

/* A temporary directory for file tests (removed by the test). */
static char *temp_dir(void) {
  char *p = strdup("/tmp/gs-test-dossier-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(p));
  return p;
}

static size_t dir_entries(const char *dir) {
  DIR *d = opendir(dir);
  ck_assert_ptr_nonnull(d);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
      n++;
  closedir(d);
  return n;
}

static void write_file(const char *path, const char *data, size_t len) {
  FILE *f = fopen(path, "wb");
  ck_assert_ptr_nonnull(f);
  ck_assert_uint_eq(fwrite(data, 1, len, f), len);
  fclose(f);
}

/* ---- vectors and the canonical form ---------------------------------------- */

START_TEST(vectors_round_trip)
{
  char names[64][128];
  size_t n = vector_names(names, 64);
  for (size_t v = 0; v < n; v++) {
    gs_dossier *d = NULL;
    gs_status st = gs_dossier_load_file(&d, gst_vector(names[v]));
    ck_assert_msg(st == GS_OK, "%s: %s", names[v], gs_error_format(gs_error_last()));
    ck_assert_uint_ge(gs_dossier_family_count(d), 1);
    size_t len1, len2;
    char *first = save_dossier(d, &len1);
    gs_dossier *d2 = load_mem(first, len1, names[v]);
    ck_assert_uint_eq(gs_dossier_family_count(d2), gs_dossier_family_count(d));
    ck_assert_int_eq(gs_dossier_root_is_family(d2), gs_dossier_root_is_family(d));
    for (size_t i = 0; i < gs_dossier_family_count(d); i++)
      ck_assert_msg(gs_family_equal(gs_dossier_family(d, i), gs_dossier_family(d2, i)),
                    "%s: family %zu changed in a round trip", names[v], i);
    char *second = save_dossier(d2, &len2);
    ck_assert_msg(len1 == len2 && memcmp(first, second, len1) == 0,
                  "%s: save(load(save(x))) is not byte-identical", names[v]);
    ck_assert(first[len1 - 1] == '\n');
    free(first);
    free(second);
    gs_dossier_free(d);
    gs_dossier_free(d2);
  }
}
END_TEST

START_TEST(vectors_stream_like_whole_loading)
{
  char names[64][128];
  size_t n = vector_names(names, 64);
  for (size_t v = 0; v < n; v++) {
    char path[4096];
    snprintf(path, sizeof path, "%s", gst_vector(names[v]));
    gs_dossier *d = NULL;
    ck_assert_int_eq(gs_dossier_load_file(&d, path), GS_OK);
    gs_dossier_reader *r = NULL;
    ck_assert_msg(gs_dossier_reader_open_file(&r, path) == GS_OK, "%s: %s", names[v],
                  gs_error_format(gs_error_last()));
    streamed s;
    stream_all(r, &s);
    assert_stream_equals(&s, d, names[v]);
    streamed_free(&s);
    gs_dossier_reader_free(r);
    size_t len;
    char *data = gst_read(path, &len);
    ck_assert_int_eq(gs_dossier_reader_open_memory(&r, data, len, names[v]), GS_OK);
    free(data); /* the reader keeps its own copy */
    stream_all(r, &s);
    assert_stream_equals(&s, d, names[v]);
    streamed_free(&s);
    gs_dossier_reader_free(r);
    gs_dossier_free(d);
  }
}
END_TEST

START_TEST(canonical_fixture_is_byte_identical)
{
  static const char *const files[] = { "dossier/canonical.xml", "dossier/family.xml" };
  for (size_t k = 0; k < 2; k++) {
    size_t len, out_len;
    char *data = gst_read(gst_data(files[k]), &len);
    gs_dossier *d = load_mem(data, len, files[k]);
    char *out = save_dossier(d, &out_len);
    ck_assert_msg(out_len == len && memcmp(out, data, len) == 0,
                  "%s is not written back byte for byte:\n%s", files[k], out);
    gs_dossier_free(d);
    free(out);
    free(data);
  }
}
END_TEST

START_TEST(noncanonical_saves_canonical)
{
  size_t len, clen, out_len;
  char *canon = gst_read(gst_data("dossier/canonical.xml"), &clen);
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_file(&d, gst_data("dossier/noncanonical.xml")), GS_OK);
  char *out = save_dossier(d, &out_len);
  ck_assert_msg(out_len == clen && memcmp(out, canon, clen) == 0, "got:\n%s", out);
  /* the same through the stream */
  char *data = gst_read(gst_data("dossier/noncanonical.xml"), &len);
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, data, len, "noncanonical.xml"), GS_OK);
  streamed s;
  stream_all(r, &s);
  assert_stream_equals(&s, d, "noncanonical.xml");
  streamed_free(&s);
  gs_dossier_reader_free(r);
  /* what was read */
  const gs_family *f = gs_dossier_family(d, 0);
  ck_assert_str_eq(gs_family_id(f), "F-&<>\"'\xc3\xa9");
  ck_assert_str_eq(gs_family_conclusion_reason(f, 0),
                   "Gezin wil \"eerst\" zelf\nregelen\t& <later>");
  ck_assert_int_eq(gs_family_action_warm_handover(f, 0, 0), 1);
  ck_assert_int_eq(gs_family_child_wish(gs_dossier_family(d, 1)), GS_CHILD_WISH_UNKNOWN);
  gs_dossier_free(d);
  free(out);
  free(data);
  free(canon);
}
END_TEST

START_TEST(dossier_accessors)
{
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_file(&d, gst_data("dossier/canonical.xml")), GS_OK);
  ck_assert_uint_eq(gs_dossier_family_count(d), 2);
  ck_assert_int_eq(gs_dossier_root_is_family(d), 0);
  size_t i = 99;
  ck_assert_int_eq(gs_dossier_find_family(d, "F-2", &i), GS_OK);
  ck_assert_uint_eq(i, 1);
  ck_assert_int_eq(gs_dossier_find_family(d, "F-3", &i), GS_ENOTFOUND);
  ck_assert_uint_eq(i, 1);
  ck_assert_int_eq(gs_dossier_find_family(d, NULL, &i), GS_EINVAL);
  ck_assert_ptr_null(gs_dossier_family(d, 2));
  gs_family *f = NULL;
  ck_assert_int_eq(gs_dossier_take_family(d, 1, &f), GS_OK);
  ck_assert_str_eq(gs_family_id(f), "F-2");
  ck_assert(gs_family_is_finished(f));
  ck_assert_ptr_null(gs_dossier_family(d, 1));
  ck_assert_uint_eq(gs_dossier_family_count(d), 2);
  gs_family *again = NULL;
  ck_assert_int_eq(gs_dossier_take_family(d, 1, &again), GS_ENOTFOUND);
  ck_assert_ptr_null(again);
  ck_assert_int_eq(gs_dossier_take_family(d, 2, &again), GS_EINVAL);
  gs_dossier_free(d); /* the taken family outlives the dossier */
  ck_assert_str_eq(gs_family_id(f), "F-2");
  gs_family_free(f);
  ck_assert_uint_eq(gs_dossier_family_count(NULL), 0);
  ck_assert_int_eq(gs_dossier_root_is_family(NULL), 0);
  gs_dossier_free(NULL);
  ck_assert_int_eq(gs_dossier_load_memory(NULL, "x", 1, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_load_file(&d, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_load_file(&d, "/nonexistent/dossier.xml"), GS_EIO);
  gst_assert_error(GS_EIO, "cannot open", 0, 0);
  /* a `family` root */
  ck_assert_int_eq(gs_dossier_load_file(&d, gst_data("dossier/family.xml")), GS_OK);
  ck_assert_int_eq(gs_dossier_root_is_family(d), 1);
  ck_assert_uint_eq(gs_dossier_family_count(d), 1);
  gs_dossier_free(d);
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_file(&r, gst_data("dossier/family.xml")), GS_OK);
  ck_assert_int_eq(gs_dossier_reader_root_is_family(r), 1);
  gs_dossier_reader_free(r);
  ck_assert_int_eq(gs_dossier_reader_open_file(&r, "/nonexistent/dossier.xml"), GS_EIO);
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, NULL, 0, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_reader_next(NULL, &f), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_reader_root_is_family(NULL), 0);
  gs_dossier_reader_free(NULL);
}
END_TEST

/* ---- hostile input -------------------------------------------------------- */

typedef struct hostile {
  const char *name;
  const char *doc;              /* NULL: built by the test */
  gs_status status;
  const char *dom_needle;       /* NULL: message not checked */
  const char *stream_needle;    /* NULL: as dom_needle */
  int line;
  int dom_col;                  /* 0: any column > 0 */
  int stream_col;               /* 0: any column > 0; -1: as dom_col */
} hostile;

static const hostile hostiles[] = {
  { "xxe",
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE dossiers [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
    HEAD "<family id=\"&x;\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/></dossiers>\n",
    GS_EPARSE, "a DOCTYPE (DTD) is not allowed", NULL, 2, 0, 1 },
  { "billion-laughs",
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    "]>\n" HEAD "<family id=\"&lol4;\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>"
    "</dossiers>\n",
    GS_EPARSE, "a DOCTYPE (DTD) is not allowed", NULL, 2, 0, 1 },
  { "doctype", "<!DOCTYPE dossiers>\n" HEAD "</dossiers>\n",
    GS_EPARSE, "a DOCTYPE (DTD) is not allowed", NULL, 1, 0, 1 },
  { "deep", NULL, GS_EPARSE, "Excessive depth in document", NULL, 2, 0, 0 },
  { "huge-attribute", NULL, GS_EPARSE, "XML is not well-formed",
    "longer than the parser's limit", 2, 0, 0 },
  { "bad-utf8", HEAD "  <family id=\"F\xff\xfe\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "</dossiers>\n", GS_EPARSE, "Input is not proper UTF-8", NULL, 2, 0, -1 },
  { "wrong-namespace", "<dossiers xmlns=\"urn:other\">\n  <family id=\"F\" "
    "municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n</dossiers>\n",
    GS_EPARSE, "the root element 'dossiers' is in namespace 'urn:other'", NULL, 1, 1, -1 },
  { "no-namespace", "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n",
    GS_EPARSE, "the root element 'family' has no namespace", NULL, 1, 1, -1 },
  { "unknown-element", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"partner\"/>\n    <foo/>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "unknown element 'foo' in 'family' (expected caregiver, pregnancy, child, "
    "contact, conclusion, meldcode or plan)", NULL, 4, 5, -1 },
  { "misplaced-element", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <child id=\"C1\" born=\"2020-01-01\"/>\n"
    "    <caregiver id=\"P1\" role=\"partner\"/>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "element 'caregiver' is not allowed here in 'family' (expected child, contact, "
    "conclusion, meldcode or plan)", NULL, 4, 5, -1 },
  { "bad-birth-year", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"birth-parent\" birth-year=\"1899\"/>\n  </family>\n"
    "</dossiers>\n", GS_EPARSE, "attribute 'birth-year' of element 'caregiver': '1899' is not a "
    "whole number from 1900 to 2199", NULL, 3, 5, -1 },
  { "bad-gestational-age", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <child id=\"C1\" born=\"2023-01-01\" "
    "gestational-age=\"316\"/>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "attribute 'gestational-age' of element 'child': '316' is not a whole number from 140 to "
    "315", NULL, 3, 5, -1 },
  { "bad-birth-weight", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <child id=\"C1\" born=\"2023-01-01\" "
    "birth-weight=\"0300\"/>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "attribute 'birth-weight' of element 'child': '0300' is not a whole number from 300 to "
    "6000", NULL, 3, 5, -1 },
  { "bad-meldcode-step", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode>\n      <step n=\"6\" date=\"2025-11-03\"/>\n"
    "    </meldcode>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "attribute 'n' of element 'step': '6' is not a whole number from 1 to 5", NULL, 4, 7, -1 },
  { "meldcode-decision-on-step-2", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode>\n      <step n=\"2\" date=\"2025-11-03\" "
    "decision=\"help\"/>\n    </meldcode>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "family F: only step 5 of the Meldcode carries a decision, not step 2", NULL, 4, 7, -1 },
  { "meldcode-step-5-without-decision", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode>\n      <step n=\"5\" date=\"2025-11-03\"/>\n"
    "    </meldcode>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "family F: Meldcode step 5 needs a decision", NULL, 4, 7, -1 },
  { "meldcode-without-steps", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode/>\n  </family>\n</dossiers>\n", GS_EPARSE,
    "element 'meldcode' is incomplete (expected step)", NULL, 3, 5, -1 },
  { "meldcode-empty-with-end-tag", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode>\n    </meldcode>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "element 'meldcode' is incomplete (expected step)", NULL, 3, 5, -1 },
  { "meldcode-twice", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\">\n    <meldcode><step n=\"1\" date=\"2025-11-03\"/></meldcode>\n"
    "    <meldcode><step n=\"2\" date=\"2025-11-04\"/></meldcode>\n  </family>\n"
    "</dossiers>\n", GS_EPARSE, "element 'meldcode' is not allowed here in 'family' "
    "(expected plan)", NULL, 4, 5, -1 },
  { "unknown-attribute", HEAD "  <family id=\"F\" municipality=\"GM0114\"\n"
    "          enrolled=\"2023-06-20\" bogus=\"1\">\n  </family>\n</dossiers>\n",
    GS_EPARSE, "unknown attribute 'bogus' on element 'family'", NULL, 2, 3, -1 },
  { "missing-attribute", HEAD "  <family id=\"F\" enrolled=\"2023-06-20\"/>\n</dossiers>\n",
    GS_EPARSE, "element 'family' lacks the required attribute 'municipality'", NULL, 2, 3, -1 },
  { "bad-token", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"mother\"/>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "attribute 'role' of element 'caregiver': 'mother' is not one of birth-parent, "
    "partner, other-caregiver", NULL, 3, 5, -1 },
  { "duplicate-id", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n    <child id=\"P1\" born=\"2020-01-01\"/>\n"
    "  </family>\n</dossiers>\n",
    GS_EPARSE, "id 'P1' is used twice", NULL, 4, 5, -1 },
  { "duplicate-family-id", HEAD
    "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "  <family id=\"G\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n</dossiers>\n",
    GS_EPARSE, "family id 'F' is used twice in this file (first at line 2)", NULL, 4, 3, -1 },
  { "dangling-reference", HEAD
    "  <family id=\"F-0001\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n"
    "    <contact id=\"K7\" date=\"2025-01-01\" moment=\"ad-hoc\" setting=\"home\" by=\"gp\"\n"
    "             subject=\"C9\"/>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "contact K7: subject 'C9' is not a caregiver, pregnancy or child of family F-0001",
    NULL, 4, 5, -1 },
  { "impossible-date", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <contact id=\"K1\" date=\"2025-02-30\" moment=\"ad-hoc\" setting=\"home\" by=\"gp\"/>\n"
    "  </family>\n</dossiers>\n",
    GS_EPARSE, "contact K1 of family F: date '2025-02-30' is not a valid date", NULL, 3, 5, -1 },
  { "overlapping-goals", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <plan>\n      <goal id=\"G1\" topic=\"housing\" opened=\"2024-01-01\" status=\"open\"/>\n"
    "      <goal id=\"G2\" topic=\"housing\" opened=\"2024-06-01\" status=\"open\"/>\n"
    "    </plan>\n  </family>\n</dossiers>\n",
    GS_EPARSE, "goal G2 of family F: overlaps goal G1 on topic housing", NULL, 5, 7, -1 },
  { "text-in-dossiers", HEAD "  hello\n  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\"/>\n</dossiers>\n",
    GS_EPARSE, "element 'dossiers' must not contain text", NULL, 1, 1, -1 },
  { "no-family", HEAD "  <!-- nothing -->\n</dossiers>\n",
    GS_EPARSE, "element 'dossiers' is incomplete (expected family)", NULL, 1, 1, -1 },
  { "truncated", HEAD "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n",
    GS_EPARSE, "Premature end of data", NULL, 3, 1, -1 },
  { "trailing-content", HEAD "  <family id=\"F\" municipality=\"GM0114\" "
    "enrolled=\"2023-06-20\"/>\n</dossiers>\n<more/>\n",
    GS_EPARSE, "Extra content at the end of the document", NULL, 4, 1, -1 },
  { "xsi-type", HEAD "  <family xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:type=\"leaf\" id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "</dossiers>\n",
    GS_EPARSE, "attribute 'xsi:type' on element 'family' is not allowed", NULL, 2, 3, -1 },
};

/* The documents built at run time: depth 100,000; a 100 MB attribute. */
static char *build_hostile(const hostile *h, size_t *len) {
  if (h->doc != NULL) {
    *len = strlen(h->doc);
    return strdup(h->doc);
  }
  const char *head = HEAD "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">";
  size_t n, hl = strlen(head);
  char *buf;
  if (strcmp(h->name, "deep") == 0) {
    static const char open[] = "<v:a xmlns:v=\"urn:v\">", close[] = "</v:a>";
    size_t depth = 100000;
    n = hl + depth * (sizeof open - 1 + sizeof close - 1) + 32;
    buf = malloc(n);
    char *p = buf;
    memcpy(p, head, hl);
    p += hl;
    for (size_t i = 0; i < depth; i++, p += sizeof open - 1)
      memcpy(p, open, sizeof open - 1);
    for (size_t i = 0; i < depth; i++, p += sizeof close - 1)
      memcpy(p, close, sizeof close - 1);
    p += sprintf(p, "</family></dossiers>\n");
    *len = (size_t)(p - buf);
    return buf;
  }
  /* <family id="xxxx...(100 MB)" ...> */
  size_t big = (size_t)100 * 1024 * 1024;
  n = big + 256;
  buf = malloc(n);
  char *p = buf;
  p += sprintf(p, HEAD "  <family id=\"");
  memset(p, 'x', big);
  p += big;
  p += sprintf(p, "\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n</dossiers>\n");
  *len = (size_t)(p - buf);
  return buf;
}

static void check_error(const hostile *h, const char *mode, const char *needle, int col) {
  const gs_error *e = gs_error_last();
  ck_assert_msg(gs_error_code(e) == h->status, "%s/%s: expected %s, got %s: %s", h->name, mode,
                gs_status_name(h->status), gs_status_name(gs_error_code(e)), gs_error_format(e));
  if (needle != NULL)
    ck_assert_msg(strstr(gs_error_message(e), needle) != NULL, "%s/%s: '%s' lacks '%s'", h->name,
                  mode, gs_error_message(e), needle);
  ck_assert_msg(strcmp(gs_error_file(e), "hostile.xml") == 0, "%s/%s: file '%s'", h->name, mode,
                gs_error_file(e));
  ck_assert_msg(gs_error_line(e) == h->line, "%s/%s: line %d, expected %d (%s)", h->name, mode,
                gs_error_line(e), h->line, gs_error_format(e));
  if (col > 0)
    ck_assert_msg(gs_error_column(e) == col, "%s/%s: column %d, expected %d (%s)", h->name, mode,
                  gs_error_column(e), col, gs_error_format(e));
  else
    ck_assert_msg(gs_error_column(e) > 0, "%s/%s: no column (%s)", h->name, mode,
                  gs_error_format(e));
}

/* Streams a document to its first error; GS_OK when there is none. */
static gs_status stream_to_error(const char *data, size_t len) {
  gs_dossier_reader *r = NULL;
  gs_status st = gs_dossier_reader_open_memory(&r, data, len, "hostile.xml");
  ck_assert_msg(st != GS_OK || r != NULL, "open: OK without a reader");
  if (st != GS_OK) {
    ck_assert_ptr_null(r);
    return st;
  }
  for (;;) {
    gs_family *f = NULL;
    st = gs_dossier_reader_next(r, &f);
    if (st != GS_OK) {
      ck_assert_ptr_null(f);
      break;
    }
    if (f == NULL)
      break;
    gs_family_free(f);
  }
  if (st != GS_OK) {
    /* keep the first error while the reader is freed */
    char msg[1024], file[256];
    int line = gs_error_line(gs_error_last()), col = gs_error_column(gs_error_last());
    snprintf(msg, sizeof msg, "%s", gs_error_message(gs_error_last()));
    snprintf(file, sizeof file, "%s", gs_error_file(gs_error_last()));
    gs_dossier_reader_free(r);
    gsi_error(st, file, line, col, "%s", msg);
    return st;
  }
  gs_dossier_reader_free(r);
  return st;
}

START_TEST(hostile_input)
{
  const hostile *h = &hostiles[_i];
  size_t len;
  char *doc = build_hostile(h, &len);
  gs_dossier *d = (gs_dossier *)&d;
  gs_status st = gs_dossier_load_memory(&d, doc, len, "hostile.xml");
  ck_assert_msg(st == h->status, "%s: whole loading gave %s: %s", h->name, gs_status_name(st),
                gs_error_format(gs_error_last()));
  ck_assert_msg(d == (gs_dossier *)&d, "%s: a failed load touched its output", h->name);
  check_error(h, "whole", h->dom_needle, h->dom_col);
  st = stream_to_error(doc, len);
  ck_assert_msg(st == h->status, "%s: streaming gave %s", h->name, gs_status_name(st));
  check_error(h, "stream", h->stream_needle ? h->stream_needle : h->dom_needle,
              h->stream_col < 0 ? h->dom_col : h->stream_col);
  free(doc);
}
END_TEST

/* A UTF-16 dossier loads whole; the streaming reader refuses it clearly. */
START_TEST(utf16_streaming_refused)
{
  const char *text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" HEAD
                     "  <family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
                     "</dossiers>\n";
  size_t n = strlen(text), len = 2 + 2 * n;
  char *doc = malloc(len);
  doc[0] = (char)0xFF;
  doc[1] = (char)0xFE;
  for (size_t i = 0; i < n; i++) {
    doc[2 + 2 * i] = text[i];
    doc[3 + 2 * i] = 0;
  }
  gs_dossier *d = NULL;
  ck_assert_msg(gs_dossier_load_memory(&d, doc, len, "utf16.xml") == GS_OK, "%s",
                gs_error_format(gs_error_last()));
  ck_assert_str_eq(gs_family_id(gs_dossier_family(d, 0)), "F");
  gs_dossier_free(d);
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, doc, len, "utf16.xml"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "reads UTF-8", 1, 1);
  /* an encoding named in the declaration that is not ASCII-compatible */
  const char *ebcdic = "<?xml version=\"1.0\" encoding=\"IBM037\"?>\n" HEAD "</dossiers>\n";
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, ebcdic, strlen(ebcdic), "e.xml"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "not IBM037", 1, 1);
  /* a declaration too long to check */
  char longdecl[2048];
  snprintf(longdecl, sizeof longdecl, "<?xml version=\"1.0\"%600s encoding=\"UTF-8\"?>\n%s"
           "</dossiers>\n", "", HEAD);
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, longdecl, strlen(longdecl), "l.xml"),
                   GS_EPARSE);
  gst_assert_error(GS_EPARSE, "reads UTF-8", 1, 1);
  /* an ASCII-compatible encoding is fine */
  const char *latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" HEAD
                      "  <family id=\"F\xe9\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
                      "</dossiers>\n";
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, latin, strlen(latin), "latin.xml"), GS_OK);
  gs_family *f = NULL;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_str_eq(gs_family_id(f), "F\xc3\xa9");
  gs_family_free(f);
  gs_dossier_reader_free(r);
  free(doc);
}
END_TEST

/* After an error inside one family the reader goes on; after a broken
 * document it stops with GS_ESTATE. */
START_TEST(stream_continues_after_family_errors)
{
  static const char doc[] = HEAD
    "  <family id=\"A\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "  <family id=\"B\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <caregiver id=\"P1\" role=\"mother\"><x:y xmlns:x=\"urn:x\"/></caregiver>\n"
    "    <caregiver id=\"P2\" role=\"partner\"/>\n"
    "  </family>\n"
    "  <v:x xmlns:v=\"urn:v\"><family id=\"no\"/></v:x>\n"
    "  <caregiver id=\"P\" role=\"partner\"><child/></caregiver>\n"
    "  <family id=\"A\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>\n"
    "  <family id=\"C\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
    "    <contact id=\"K1\" date=\"2024-01-01\" moment=\"ad-hoc\" setting=\"home\" by=\"gp\">\n"
    "      <signal id=\"S1\" topic=\"housing\" kind=\"risk\" severity=\"2\"/>\n"
    "    </contact>\n"
    "  </family>\n"
    "  <family id=\"D\" municipality=\"GM0114\" enrolled=\"2023-06-20\" child-wish=\"maybe\"/>\n"
    "</dossiers>\n";
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, doc, strlen(doc), "many.xml"), GS_OK);
  gs_family *f = NULL;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_str_eq(gs_family_id(f), "A");
  gs_family_free(f);
  f = NULL;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "'mother' is not one of", 4, 5);
  ck_assert_ptr_null(f);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "element 'caregiver' is not allowed here in 'dossiers'", 8, 3);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "family id 'A' is used twice in this file (first at line 2)", 9, 3);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_str_eq(gs_family_id(f), "C");
  ck_assert_uint_eq(gs_family_finding_count(f, 0), 1);
  gs_family_free(f);
  f = NULL;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "'maybe' is not one of unknown, not-now, active", 15, 3);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_ptr_null(f);
  gs_dossier_reader_free(r);

  /* broken XML stops the reader: GS_ESTATE afterwards */
  char broken[8192];
  char pad[4096];
  memset(pad, '-', sizeof pad - 1);
  pad[0] = pad[sizeof pad - 2] = ' ';
  pad[sizeof pad - 1] = '\0';
  snprintf(broken, sizeof broken, "%s  <!--%s-->\n"
           "  <family id=\"A\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
           "  </famly>\n</dossiers>\n", HEAD, pad);
  memset(broken + strlen(HEAD) + 7, 'x', sizeof pad - 3); /* "--" may not occur inside */
  ck_assert_int_eq(gs_dossier_reader_open_memory(&r, broken, strlen(broken), "b.xml"), GS_OK);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "Opening and ending tag mismatch", 4, 0);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_ESTATE);
  gst_assert_error(GS_ESTATE, "stopped at an earlier error: XML is not well-formed", 4, 0);
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_ESTATE);
  ck_assert_ptr_null(f);
  gs_dossier_reader_free(r);
}
END_TEST

/* Line and column of the byte at p in doc, counted as the library does
 * (lines by LF, columns in characters). */
static void pos_of(const char *doc, const char *p, int *line, int *col) {
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

/* Positions are exact in both paths, also far into a large file, after
 * long lines, multi-line tags and non-ASCII text, streamed from memory and
 * from a file (where the bytes are read back for the message). */
START_TEST(positions_are_exact)
{
  size_t cap = 8 * 1024 * 1024, len = 0;
  char *doc = malloc(cap);
  len += (size_t)sprintf(doc + len, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<!-- \xc3\xa9\xc3\xa9\xc3\xa9 <family> in a comment -->\n" HEAD);
  for (int i = 0; i < 3000; i++)
    len += (size_t)sprintf(doc + len, "  <family id=\"F\xe2\x82\xac%d\" municipality=\"GM0114\" "
                           "enrolled=\"2023-06-20\"><caregiver id=\"P\xc3\xa9\" role=\"partner\"/>"
                           "<!-- <caregiver> --><![CDATA[ ]]><?pi <x>?></family>\n", i);
  for (int i = 0; i < 300000; i++)
    doc[len++] = ' ';
  len += (size_t)sprintf(doc + len,
                         "<!-- \xe2\x82\xac -->\n"
                         "  <family id=\"BAD\" municipality=\"GM0114\" enrolled=\"2023-06-20\">\n"
                         "    <caregiver id=\"P1\" role=\"partner\"/>\n"
                         "    <contact id=\"K1\" date=\"2024-01-01\" moment=\"ad-hoc\"\n"
                         "             setting=\"home\" by=\"gp\">\n"
                         "      <dmop domain=\"partner-role\" rating=\"good\"/>\xc3\xa9\xc3\xa9<giz\n"
                         "           area=\"network\" gom=\"7\"/>\n"
                         "    </contact>\n  </family>\n</dossiers>\n");
  ck_assert_uint_lt(len, cap);
  int contact_line, contact_col, giz_line, giz_col;
  pos_of(doc, strstr(doc, "<contact id=\"K1\""), &contact_line, &contact_col);
  ck_assert_int_eq(contact_col, 5);
  ck_assert_int_gt(contact_line, 3000);

  /* first the text "éé" inside the contact: reported at the contact */
  gs_dossier *d = NULL;
  ck_assert_int_eq(gs_dossier_load_memory(&d, doc, len, "hostile.xml"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "element 'contact' must not contain text", contact_line,
                   contact_col);
  ck_assert_int_eq(stream_to_error(doc, len), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "element 'contact' must not contain text", contact_line,
                   contact_col);

  /* without the text: the gom of the giz, whose tag spans two lines */
  char *e = strstr(doc, "\xc3\xa9\xc3\xa9<giz");
  memset(e, ' ', 4);
  pos_of(doc, e + 4, &giz_line, &giz_col);
  ck_assert_int_eq(giz_line, contact_line + 2);
  ck_assert_int_eq(stream_to_error(doc, len), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "attribute 'gom' of element 'giz': '7' is not a whole number "
                   "from 1 to 5", giz_line, giz_col);
  ck_assert_int_eq(gs_dossier_load_memory(&d, doc, len, "hostile.xml"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "attribute 'gom' of element 'giz'", giz_line, giz_col);

  /* from a file: the bytes are read back from disk for the message */
  char *dir = temp_dir();
  char path[4096];
  snprintf(path, sizeof path, "%s/hostile.xml", dir);
  write_file(path, doc, len);
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_file(&r, path), GS_OK);
  gs_status st;
  size_t good = 0;
  for (;;) {
    gs_family *f = NULL;
    st = gs_dossier_reader_next(r, &f);
    if (st != GS_OK || f == NULL)
      break;
    good++;
    gs_family_free(f);
  }
  ck_assert_int_eq(st, GS_EPARSE);
  ck_assert_uint_eq(good, 3000);
  gst_assert_error(GS_EPARSE, "attribute 'gom' of element 'giz'", giz_line, giz_col);
  ck_assert_str_eq(gs_error_file(gs_error_last()), path);
  /* the bad family is dropped; the document ends well */
  gs_family *f = NULL;
  ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
  ck_assert_ptr_null(f);
  gs_dossier_reader_free(r);
  unlink(path);
  rmdir(dir);
  free(dir);
  free(doc);
}
END_TEST

/* ---- the schema and its C twin ---------------------------------------------- */

static gs_status xsd_verdict(const char *doc, size_t len) {
  xmlDocPtr x = NULL;
  gs_status st = gsi_xml_parse(doc, len, "twin.xml", &x);
  ck_assert_msg(st == GS_OK, "not well-formed: %s", gs_error_format(gs_error_last()));
  st = gsi_xml_validate(x, "twin.xml", GSI_SCHEMA_DOSSIER);
  xmlFreeDoc(x);
  return st;
}

static gs_status twin_verdict(const char *doc, size_t len) {
  xmlDocPtr x = NULL;
  ck_assert_int_eq(gsi_xml_parse(doc, len, "twin.xml", &x), GS_OK);
  gs_status st = gsi_dossier_validate_tree(x, "twin.xml");
  xmlFreeDoc(x);
  return st;
}

static void assert_twins_agree(const char *doc, const char *what) {
  size_t len = strlen(doc);
  gs_status a = xsd_verdict(doc, len);
  char xsd_msg[1024];
  snprintf(xsd_msg, sizeof xsd_msg, "%s", gs_error_format(gs_error_last()));
  gs_status b = twin_verdict(doc, len);
  ck_assert_msg((a == GS_OK) == (b == GS_OK),
                "%s: libxml2's XSD says %s (%s), the C rules say %s (%s)\n%s", what,
                gs_status_name(a), xsd_msg, gs_status_name(b), gs_error_format(gs_error_last()),
                doc);
}

/* One valid family using every element and attribute; the mutations below
 * change one thing at a time. */
static const char base_family[] =
  "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2020-01-01\" child-wish=\"active\">"
  "<caregiver id=\"P1\" role=\"birth-parent\"/>"
  "<caregiver id=\"P3\" role=\"partner\" birth-year=\"1990\"/>"
  "<pregnancy id=\"Z1\" caregiver=\"P1\" due=\"2021-01-10\" ended=\"2021-01-05\" "
  "outcome=\"birth\" child=\"C1\"/>"
  "<child id=\"C1\" born=\"2021-01-05\" pregnancy=\"Z1\" gestational-age=\"276\" "
  "birth-weight=\"3420\"/>"
  "<contact id=\"K1\" date=\"2021-03-01\" moment=\"ad-hoc\" setting=\"home\" by=\"gp\" "
  "subject=\"C1\">"
  "<dmop domain=\"partner-role\" rating=\"fair\"/><dmop-overall rating=\"good\"/>"
  "<consult status=\"fine\"/><giz area=\"network\" gom=\"3\"/>"
  "<screening topic=\"smoking\" concern=\"high\"/><help-requested value=\"true\"/>"
  "<zrm caregiver=\"P1\" domain=\"finances\" score=\"2\"/>"
  "<positive-health dimension=\"meaningfulness\" score=\"6\"/>"
  "<signal id=\"S1\" topic=\"housing\" kind=\"risk\" severity=\"2\" resolved=\"2021-04-01\"/>"
  "</contact>"
  "<conclusion date=\"2021-03-01\" care-need=\"additional-care\" proposed=\"additional-care\" "
  "reason=\"r\"/>"
  "<meldcode><step n=\"1\" date=\"2021-03-02\"/>"
  "<step n=\"5\" date=\"2021-03-05\" decision=\"help-and-report\"/></meldcode>"
  "<plan><goal id=\"G1\" topic=\"housing\" opened=\"2021-03-01\" target=\"2021-06-01\" "
  "status=\"achieved\" closed=\"2021-05-01\">"
  "<action id=\"A1\" level=\"3\" offer=\"o\" start=\"2021-03-02\" end=\"2021-04-30\" "
  "warm-handover=\"false\" responsible=\"jgz-nurse\">"
  "<review date=\"2021-04-01\" outcome=\"partial\"/></action></goal></plan>"
  "</family>";

static char *wrap(const char *family) {
  size_t n = strlen(family) + 256;
  char *d = malloc(n);
  snprintf(d, n, "<dossiers xmlns=\"" NS "\" xmlns:v=\"urn:v\">%s</dossiers>", family);
  return d;
}

/* base_family with the first occurrence of `from` replaced by `to`. */
static char *mutate(const char *from, const char *to) {
  const char *at = strstr(base_family, from);
  ck_assert_msg(at != NULL, "no '%s' in the base family", from);
  size_t n = strlen(base_family) - strlen(from) + strlen(to) + 1;
  char *f = malloc(n);
  size_t pre = (size_t)(at - base_family);
  memcpy(f, base_family, pre);
  strcpy(f + pre, to);
  strcat(f, at + strlen(from));
  char *d = wrap(f);
  free(f);
  return d;
}

START_TEST(schema_and_c_rules_agree)
{
  /* the base, and documents that must be valid for both */
  char *d = wrap(base_family);
  assert_twins_agree(d, "base");
  ck_assert_int_eq(twin_verdict(d, strlen(d)), GS_OK);
  free(d);
  static const char *const mutations[][2] = {
    /* attributes: unknown, missing, empty, foreign, in our namespace */
    { "<caregiver id=\"P1\"", "<caregiver bogus=\"1\" id=\"P1\"" },
    { " role=\"birth-parent\"", "" },
    { " child-wish=\"active\"", "" },
    { "id=\"P1\" role", "id=\"\" role" },
    { "<caregiver id=\"P1\"", "<caregiver v:x=\"1\" id=\"P1\"" },
    { "<caregiver id=\"P1\"", "<caregiver xmlns:d=\"" NS "\" d:x=\"1\" id=\"P1\"" },
    { "<caregiver id=\"P1\"", "<caregiver xml:lang=\"nl\" id=\"P1\"" },
    /* ids: 64 and 65 characters, multi-byte */
    { "id=\"F\"", "id=\"1234567890123456789012345678901234567890123456789012345678901234\"" },
    { "id=\"F\"", "id=\"12345678901234567890123456789012345678901234567890123456789012345\"" },
    { "id=\"F\"", "id=\"\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                  "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                  "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                  "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
                  "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\"" },
    { "id=\"F\"", "id=\" F\"" },
    /* dates and codes */
    { "enrolled=\"2020-01-01\"", "enrolled=\"2020-1-01\"" },
    { "enrolled=\"2020-01-01\"", "enrolled=\"2020-01-01 \"" },
    { "enrolled=\"2020-01-01\"", "enrolled=\"2020-13-45\"" },
    { "enrolled=\"2020-01-01\"", "enrolled=\"\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa0-01-01\"" },
    { "GM0114", "GM114" },
    { "GM0114", "gm0114" },
    { "GM0114", "GM01145" },
    { "role=\"birth-parent\"", "role=\"Birth-parent\"" },
    { "role=\"birth-parent\"", "role=\" birth-parent\"" },
    { "role=\"birth-parent\"", "role=\"partner\"" },
    { "outcome=\"birth\"", "outcome=\"\"" },
    { "child-wish=\"active\"", "child-wish=\"not-now\"" },
    { "child-wish=\"active\"", "child-wish=\"unknown\"" },
    { "setting=\"home\"", "setting=\"preconception-clinic\"" },
    { "by=\"gp\"", "by=\"sports-coach\"" },
    { "by=\"gp\"", "by=\"nobody\"" },
    /* numbers */
    { "gom=\"3\"", "gom=\"5\"" },
    { "gom=\"3\"", "gom=\"6\"" },
    { "gom=\"3\"", "gom=\"0\"" },
    { "gom=\"3\"", "gom=\"03\"" },
    { "gom=\"3\"", "gom=\"+3\"" },
    { "gom=\"3\"", "gom=\" 3\"" },
    { "score=\"6\"", "score=\"10\"" },
    { "score=\"6\"", "score=\"0\"" },
    { "score=\"6\"", "score=\"11\"" },
    { "score=\"6\"", "score=\"010\"" },
    { "severity=\"2\"", "severity=\"3\"" },
    { "severity=\"2\"", "severity=\"4\"" },
    { "level=\"3\"", "level=\"0\"" },
    { "level=\"3\"", "level=\"5\"" },
    /* booleans */
    { "value=\"true\"", "value=\"1\"" },
    { "value=\"true\"", "value=\"0\"" },
    { "value=\"true\"", "value=\"TRUE\"" },
    { "value=\"true\"", "value=\"yes\"" },
    { "warm-handover=\"false\"", "" },
    /* structure: order, repetition, unknown and foreign elements, text */
    { "<child id", "<caregiver id=\"P2\" role=\"partner\"/><child id" },
    { "<conclusion", "<conclusion date=\"2021-03-01\" care-need=\"additional-care\"/><conclusion" },
    { "<plan>", "<plan/><plan>" },
    { "<plan>", "<v:x>text<family/></v:x><plan>" },
    { "<plan>", "<x/><plan>" },
    { "<plan>", "<family id=\"X\" municipality=\"GM0114\" enrolled=\"2020-01-01\"/><plan>" },
    { "<plan>", "<x xmlns=\"\"/><plan>" },
    { "<plan>", "text<plan>" },
    { "<plan>", " \n\t<plan>" },
    { "<plan>", "<!-- c --><?pi x?><plan>" },
    { "<plan>", "<![CDATA[  ]]><plan>" },
    { "<plan>", "<![CDATA[x]]><plan>" },
    { "<dmop-overall", "<signal id=\"S0\" topic=\"housing\" kind=\"risk\" severity=\"1\"/>"
                       "<dmop-overall" },
    { "<dmop-overall rating=\"good\"/>", "<dmop-overall rating=\"good\"/>"
                                         "<dmop-overall rating=\"fair\"/>" },
    { "<help-requested value=\"true\"/>", "" },
    { "<caregiver id=\"P1\" role=\"birth-parent\"/>",
      "<caregiver id=\"P1\" role=\"birth-parent\"><v:name>x</v:name></caregiver>" },
    { "<caregiver id=\"P1\" role=\"birth-parent\"/>",
      "<caregiver id=\"P1\" role=\"birth-parent\">x</caregiver>" },
    { "<caregiver id=\"P1\" role=\"birth-parent\"/>",
      "<caregiver id=\"P1\" role=\"birth-parent\"><child/></caregiver>" },
    { "<review date", "<review/><review date" },
    { "</goal></plan>", "</goal><goal id=\"G2\" topic=\"housing\" opened=\"2021-06-01\" "
                        "status=\"open\"/></plan>" },
    { "<goal id", "<action id=\"A0\" level=\"1\" start=\"2021-03-02\" warm-handover=\"true\" "
                  "responsible=\"family\"/><goal id" },
    { "reason=\"r\"", "reason=\"\"" },
    /* the v5 inputs: ranges, forms, the Meldcode's structure */
    { "birth-year=\"1990\"", "birth-year=\"1900\"" },
    { "birth-year=\"1990\"", "birth-year=\"2199\"" },
    { "birth-year=\"1990\"", "birth-year=\"1899\"" },
    { "birth-year=\"1990\"", "birth-year=\"2200\"" },
    { "birth-year=\"1990\"", "birth-year=\"01990\"" },
    { "birth-year=\"1990\"", "birth-year=\" 1990\"" },
    { "birth-year=\"1990\"", "birth-year=\"\"" },
    { "gestational-age=\"276\"", "gestational-age=\"140\"" },
    { "gestational-age=\"276\"", "gestational-age=\"315\"" },
    { "gestational-age=\"276\"", "gestational-age=\"139\"" },
    { "gestational-age=\"276\"", "gestational-age=\"316\"" },
    { "gestational-age=\"276\"", "gestational-age=\"0276\"" },
    { "gestational-age=\"276\"", "gestational-age=\"+276\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"300\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"6000\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"299\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"6001\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"999\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"1000\"" },
    { "birth-weight=\"3420\"", "birth-weight=\"3420.0\"" },
    { "decision=\"help-and-report\"", "decision=\"help\"" },
    { "decision=\"help-and-report\"", "decision=\"report\"" },
    { "decision=\"help-and-report\"", "decision=\"melden\"" },
    { "<step n=\"1\"", "<step n=\"0\"" },
    { "<step n=\"1\"", "<step n=\"6\"" },
    { "<step n=\"1\" date=\"2021-03-02\"/>", "<step n=\"1\"/>" },
    { "<step n=\"1\" date=\"2021-03-02\"/>", "<v:x/>" },
    { "<meldcode><step n=\"1\" date=\"2021-03-02\"/>"
      "<step n=\"5\" date=\"2021-03-05\" decision=\"help-and-report\"/></meldcode>",
      "<meldcode/>" },
    { "<meldcode>", "<meldcode v:x=\"1\">" },
    { "<meldcode>", "<meldcode n=\"1\">" },
    { "<meldcode>", "<meldcode>text" },
    { "<meldcode>", "<meldcode/><meldcode>" },
    { "<meldcode>", "<conclusion date=\"2021-03-01\" care-need=\"additional-care\"/>"
                    "<meldcode>" },
    { "</meldcode>", "</meldcode><caregiver id=\"P4\" role=\"partner\"/>" },
    { "<step n=\"1\"", "<plan/><step n=\"1\"" },
  };
  for (size_t i = 0; i < sizeof mutations / sizeof mutations[0]; i++) {
    char what[64];
    snprintf(what, sizeof what, "mutation %zu", i);
    d = mutate(mutations[i][0], mutations[i][1]);
    assert_twins_agree(d, what);
    free(d);
  }
  /* every token of every enumeration the schema uses */
  static const struct {
    const char *attr;
    gs_kind kind;
  } enums[] = {
    { "role=\"birth-parent\"", GS_KIND_ROLE },
    { "child-wish=\"active\"", GS_KIND_CHILD_WISH },
    { "setting=\"home\"", GS_KIND_SETTING },
    { "by=\"gp\"", GS_KIND_SIGNALLER },
    { "topic=\"smoking\"", GS_KIND_TOPIC },
    { "domain=\"partner-role\"", GS_KIND_DMOP_DOMAIN },
    { "rating=\"fair\"", GS_KIND_DMOP_RATING },
    { "status=\"fine\"", GS_KIND_CONSULT_STATUS },
    { "area=\"network\"", GS_KIND_GIZ_AREA },
    { "concern=\"high\"", GS_KIND_CONCERN },
    { "domain=\"finances\"", GS_KIND_ZRM_DOMAIN },
    { "dimension=\"meaningfulness\"", GS_KIND_PH_DIMENSION },
    { "kind=\"risk\"", GS_KIND_SIGNAL_KIND },
    { "care-need=\"additional-care\"", GS_KIND_CARE_NEED },
    { "outcome=\"partial\"", GS_KIND_REVIEW_OUTCOME },
    { "status=\"achieved\"", GS_KIND_GOAL_STATUS },
  };
  size_t tried = 0;
  for (size_t e = 0; e < sizeof enums / sizeof enums[0]; e++) {
    char name[64];
    snprintf(name, sizeof name, "%s", enums[e].attr);
    *strchr(name, '=') = '\0';
    for (size_t i = 0; i < gs_code_count(enums[e].kind); i++) {
      const char *tok = gs_code_token(enums[e].kind, gs_code_at(enums[e].kind, i));
      if (tok == NULL)
        continue;
      char to[128];
      snprintf(to, sizeof to, "%s=\"%s\"", name, tok);
      d = mutate(enums[e].attr, to);
      ck_assert_msg(xsd_verdict(d, strlen(d)) == GS_OK, "the schema refuses %s", to);
      ck_assert_msg(twin_verdict(d, strlen(d)) == GS_OK, "the C rules refuse %s: %s", to,
                    gs_error_format(gs_error_last()));
      free(d);
      tried++;
    }
  }
  ck_assert_uint_ge(tried, 100);
  /* the vectors and the fixtures */
  char names[64][128];
  size_t n = vector_names(names, 64);
  for (size_t v = 0; v < n; v++) {
    char *data = gst_read(gst_vector(names[v]), NULL);
    assert_twins_agree(data, names[v]);
    free(data);
  }
  static const char *const fixtures[] = { "dossier/canonical.xml", "dossier/noncanonical.xml",
                                          "dossier/family.xml" };
  for (size_t i = 0; i < 3; i++) {
    char *data = gst_read(gst_data(fixtures[i]), NULL);
    assert_twins_agree(data, fixtures[i]);
    free(data);
  }
}
END_TEST

/* libxml2's schema messages, should the safety net ever speak, read as
 * ours do. */
START_TEST(schema_messages_are_readable)
{
  static const struct {
    const char *from, *to, *needle;
  } cases[] = {
    { "<caregiver id=\"P1\"", "<caregiver bogus=\"1\" id=\"P1\"",
      "unknown attribute 'bogus' on element 'caregiver'" },
    { " role=\"birth-parent\"", "", "element 'caregiver' lacks the required attribute 'role'" },
    { "role=\"birth-parent\"", "role=\"mother\"",
      "attribute 'role' of element 'caregiver': 'mother' is not one of birth-parent, partner, "
      "other-caregiver" },
    { "enrolled=\"2020-01-01\"", "enrolled=\"2020-1-01\"",
      "attribute 'enrolled' of element 'family': '2020-1-01' is not a date written YYYY-MM-DD" },
    { "gom=\"3\"", "gom=\"7\"", "attribute 'gom' of element 'giz': '7' is not a whole number "
      "from 1 to 5" },
    { "<plan>", "<x/><plan>", "unknown element 'x' in 'family' (expected" },
    { "<child id", "<caregiver id=\"P2\" role=\"partner\"/><child id",
      "element 'caregiver' is not allowed here in 'family' (expected pregnancy, child, contact, "
      "conclusion, meldcode or plan)" },
    { "<plan>", "text<plan>", "element 'family' must not contain text" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *d = mutate(cases[i].from, cases[i].to);
    ck_assert_int_eq(xsd_verdict(d, strlen(d)), GS_EPARSE);
    xmlDocPtr x = NULL;
    ck_assert_int_eq(gsi_xml_parse(d, strlen(d), "m.xml", &x), GS_OK);
    /* libxml2's message, rewritten */
    ck_assert_int_eq(gsi_dossier_xsd_validate(x, "m.xml"), GS_EPARSE);
    ck_assert_msg(strstr(gs_error_message(gs_error_last()), cases[i].needle) != NULL,
                  "XSD: '%s' lacks '%s'", gs_error_message(gs_error_last()), cases[i].needle);
    ck_assert_int_gt(gs_error_line(gs_error_last()), 0);
    ck_assert_int_gt(gs_error_column(gs_error_last()), 0);
    /* and the C rules say the same */
    ck_assert_int_eq(gsi_dossier_validate_tree(x, "m.xml"), GS_EPARSE);
    ck_assert_msg(strstr(gs_error_message(gs_error_last()), cases[i].needle) != NULL,
                  "C rules: '%s' lacks '%s'", gs_error_message(gs_error_last()), cases[i].needle);
    xmlFreeDoc(x);
    free(d);
  }
}
END_TEST

/* ---- saving ----------------------------------------------------------------- */

static gs_family *small_family(const char *id, int finish) {
  gs_family *f = NULL;
  gs_date d;
  ck_assert_int_eq(gs_date_parse(&d, "2024-01-01"), GS_OK);
  ck_assert_int_eq(gs_family_new(&f, id, "GM0114", d), GS_OK);
  ck_assert_int_eq(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), GS_OK);
  if (finish)
    ck_assert_int_eq(gs_family_finish(f), GS_OK);
  return f;
}

START_TEST(save_checks_its_arguments)
{
  gs_family *a = small_family("A", 1), *b = small_family("B", 1), *u = small_family("U", 0);
  const gs_family *two[] = { a, b };
  const gs_family *bad[] = { a, u };
  char *out = (char *)&out;
  size_t len = 7;
  ck_assert_int_eq(gs_dossier_save_memory(two, 2, 1, &out, &len), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "exactly one family", 0, 0);
  ck_assert_int_eq(gs_dossier_save_memory(two, 0, 0, &out, &len), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_save_memory(bad, 2, 0, &out, &len), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "family U is not finished", 0, 0);
  ck_assert_int_eq(gs_dossier_save_memory(NULL, 1, 0, &out, &len), GS_EINVAL);
  ck_assert_int_eq(gs_dossier_save_memory(two, 2, 0, NULL, &len), GS_EINVAL);
  ck_assert_ptr_eq(out, (char *)&out);
  ck_assert_uint_eq(len, 7);
  ck_assert_int_eq(gs_dossier_save_memory(two, 2, 0, &out, NULL), GS_OK);
  ck_assert_str_eq(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" HEAD
                   "  <family id=\"A\" municipality=\"GM0114\" enrolled=\"2024-01-01\" "
                   "child-wish=\"unknown\">\n"
                   "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n  </family>\n"
                   "  <family id=\"B\" municipality=\"GM0114\" enrolled=\"2024-01-01\" "
                   "child-wish=\"unknown\">\n"
                   "    <caregiver id=\"P1\" role=\"birth-parent\"/>\n  </family>\n"
                   "</dossiers>\n");
  gs_free(out);
  ck_assert_int_eq(gs_dossier_save_memory(two, 1, 1, &out, &len), GS_OK);
  ck_assert_str_eq(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<family xmlns=\"" NS "\" id=\"A\" municipality=\"GM0114\" "
                   "enrolled=\"2024-01-01\" child-wish=\"unknown\">\n"
                   "  <caregiver id=\"P1\" role=\"birth-parent\"/>\n</family>\n");
  ck_assert_uint_eq(len, strlen(out));
  gs_free(out);
  gs_family_free(a);
  gs_family_free(b);
  gs_family_free(u);
}
END_TEST

START_TEST(save_file_is_atomic)
{
  char *dir = temp_dir();
  char path[4096];
  snprintf(path, sizeof path, "%s/out.xml", dir);
  write_file(path, "old", 3);
  gs_family *a = small_family("A", 1), *u = small_family("U", 0);
  const gs_family *good[] = { a }, *bad[] = { u };
  /* an unfinished family: nothing written */
  ck_assert_int_eq(gs_dossier_save_file(bad, 1, 0, path), GS_EINVAL);
  size_t len;
  char *now = gst_read(path, &len);
  ck_assert_uint_eq(len, 3);
  ck_assert(memcmp(now, "old", 3) == 0);
  free(now);
  ck_assert_uint_eq(dir_entries(dir), 1);
  /* the write itself fails (file size limit, as a full disk would) */
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);
    struct rlimit rl = { 16, 16 };
    setrlimit(RLIMIT_FSIZE, &rl);
    gs_status st = gs_dossier_save_file(good, 1, 0, path);
    _exit(st == GS_EIO && strstr(gs_error_message(gs_error_last()), "cannot write") ? 0 : 1);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "a failed write did not say so");
  now = gst_read(path, &len);
  ck_assert_uint_eq(len, 3);
  free(now);
  ck_assert_uint_eq(dir_entries(dir), 1); /* no temporary file left */
  /* a directory that does not exist */
  char missing[4200];
  snprintf(missing, sizeof missing, "%s/no/such/dir/out.xml", dir);
  ck_assert_int_eq(gs_dossier_save_file(good, 1, 0, missing), GS_EIO);
  gst_assert_error(GS_EIO, "temporary file", 0, 0);
  /* a directory that cannot be written (not for root, who may write anyway) */
  if (geteuid() != 0) {
    chmod(dir, 0500);
    ck_assert_int_eq(gs_dossier_save_file(good, 1, 0, path), GS_EIO);
    chmod(dir, 0700);
    now = gst_read(path, &len);
    ck_assert_uint_eq(len, 3);
    free(now);
  }
  /* success replaces the file */
  ck_assert_int_eq(gs_dossier_save_file(good, 1, 0, path), GS_OK);
  char *mem;
  size_t mem_len;
  ck_assert_int_eq(gs_dossier_save_memory(good, 1, 0, &mem, &mem_len), GS_OK);
  now = gst_read(path, &len);
  ck_assert(len == mem_len && memcmp(now, mem, len) == 0);
  free(now);
  gs_free(mem);
  ck_assert_uint_eq(dir_entries(dir), 1);
  unlink(path);
  rmdir(dir);
  free(dir);
  gs_family_free(a);
  gs_family_free(u);
}
END_TEST

START_TEST(streaming_writer)
{
  char *dir = temp_dir();
  char path[4096];
  snprintf(path, sizeof path, "%s/big.xml", dir);
  write_file(path, "old", 3);
  gs_family *u = small_family("U", 0);
  /* freed without closing: the target stays as it was, no temporary file */
  gs_dossier_writer *w = NULL;
  ck_assert_int_eq(gs_dossier_writer_open(&w, path), GS_OK);
  ck_assert_uint_eq(dir_entries(dir), 2);
  gs_family *a = small_family("A", 1);
  ck_assert_int_eq(gs_dossier_writer_add(w, a), GS_OK);
  ck_assert_int_eq(gs_dossier_writer_add(w, u), GS_EINVAL);
  gs_dossier_writer_free(w);
  size_t len;
  char *now = gst_read(path, &len);
  ck_assert(len == 3 && memcmp(now, "old", 3) == 0);
  free(now);
  ck_assert_uint_eq(dir_entries(dir), 1);
  /* no family: not committed, still usable */
  ck_assert_int_eq(gs_dossier_writer_open(&w, path), GS_OK);
  ck_assert_int_eq(gs_dossier_writer_close(w), GS_EINVAL);
  gst_assert_error(GS_EINVAL, "at least one family", 0, 0);
  /* many families: the same bytes as saving them at once */
  enum { N = 3000 };
  gs_family **fs = malloc(N * sizeof *fs);
  for (int i = 0; i < N; i++) {
    char id[32];
    snprintf(id, sizeof id, "F-%05d", i);
    fs[i] = small_family(id, 1);
    ck_assert_int_eq(gs_dossier_writer_add(w, fs[i]), GS_OK);
  }
  ck_assert_int_eq(gs_dossier_writer_close(w), GS_OK);
  ck_assert_int_eq(gs_dossier_writer_close(w), GS_ESTATE);
  ck_assert_int_eq(gs_dossier_writer_add(w, a), GS_ESTATE);
  gs_dossier_writer_free(w);
  char *mem;
  size_t mem_len;
  ck_assert_int_eq(gs_dossier_save_memory((const gs_family *const *)fs, N, 0, &mem, &mem_len),
                   GS_OK);
  now = gst_read(path, &len);
  ck_assert(len == mem_len && memcmp(now, mem, len) == 0);
  free(now);
  gs_free(mem);
  ck_assert_uint_eq(dir_entries(dir), 1);
  /* and it streams back */
  gs_dossier_reader *r = NULL;
  ck_assert_int_eq(gs_dossier_reader_open_file(&r, path), GS_OK);
  for (int i = 0; i < N; i++) {
    gs_family *f = NULL;
    ck_assert_int_eq(gs_dossier_reader_next(r, &f), GS_OK);
    ck_assert(gs_family_equal(f, fs[i]));
    gs_family_free(f);
  }
  gs_dossier_reader_free(r);
  /* a writer that cannot start */
  char missing[4200];
  snprintf(missing, sizeof missing, "%s/no/such/dir/out.xml", dir);
  w = (gs_dossier_writer *)&w;
  ck_assert_int_eq(gs_dossier_writer_open(&w, missing), GS_EIO);
  ck_assert_ptr_eq(w, (gs_dossier_writer *)&w);
  ck_assert_int_eq(gs_dossier_writer_open(&w, NULL), GS_EINVAL);
  gs_dossier_writer_free(NULL);
  for (int i = 0; i < N; i++)
    gs_family_free(fs[i]);
  free(fs);
  unlink(path);
  rmdir(dir);
  free(dir);
  gs_family_free(a);
  gs_family_free(u);
}
END_TEST

/* ---- libxml2's global defaults (TOOLCHAIN.md §9) ---------------------------- */

static int loads;

static xmlParserInputPtr counting_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
  loads++;
  return NULL;
}

/* Runs forked (CK_FORK): the globals flipped here stay in this process. */
START_TEST(global_defaults_do_not_load_entities)
{
  char *dir = temp_dir();
  char ent[4096], doc[8192];
  snprintf(ent, sizeof ent, "%s/entity.txt", dir);
  write_file(ent, "<<< not well-formed", 19);
  xmlSubstituteEntitiesDefault(1);
  xmlLoadExtDtdDefaultValue = XML_DETECT_IDS | XML_COMPLETE_ATTRS;
  xmlSetExternalEntityLoader(counting_loader);
  static const char *const forms[][2] = {
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE dossiers [ <!ENTITY x SYSTEM \"file://",
      "\"> ]>\n" HEAD "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\">&x;"
      "</family></dossiers>\n" },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE dossiers SYSTEM \"file://",
      "\">\n" HEAD "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>"
      "</dossiers>\n" },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE dossiers [ <!ENTITY % p SYSTEM \"file://",
      "\"> %p; ]>\n" HEAD "<family id=\"F\" municipality=\"GM0114\" enrolled=\"2023-06-20\"/>"
      "</dossiers>\n" },
  };
  for (size_t i = 0; i < 3; i++) {
    snprintf(doc, sizeof doc, "%s%s%s", forms[i][0], ent, forms[i][1]);
    size_t len = strlen(doc);
    xmlDocPtr x = NULL;
    ck_assert_int_eq(gsi_xml_parse(doc, len, "g.xml", &x), GS_EPARSE);
    gst_assert_error(GS_EPARSE, "DOCTYPE", 2, 0);
    gs_dossier *d = NULL;
    ck_assert_int_eq(gs_dossier_load_memory(&d, doc, len, "g.xml"), GS_EPARSE);
    gst_assert_error(GS_EPARSE, "DOCTYPE", 2, 0);
    gs_dossier_reader *r = NULL;
    ck_assert_int_eq(gs_dossier_reader_open_memory(&r, doc, len, "g.xml"), GS_EPARSE);
    gst_assert_error(GS_EPARSE, "DOCTYPE", 2, 1);
    char path[4200];
    snprintf(path, sizeof path, "%s/g.xml", dir);
    write_file(path, doc, len);
    ck_assert_int_eq(gs_dossier_reader_open_file(&r, path), GS_EPARSE);
    gst_assert_error(GS_EPARSE, "DOCTYPE", 2, 1);
    unlink(path);
  }
  ck_assert_msg(loads == 0, "an external entity or DTD was requested %d times", loads);
  unlink(ent);
  rmdir(dir);
  free(dir);
}
END_TEST

/* ---- out of memory ----------------------------------------------------------- */

typedef struct oom_ctx {
  char *data;
  size_t len;
  gs_dossier *d;
  const gs_family **fs;
  size_t n;
  char *out;
} oom_ctx;

static gs_status load_op(void *p) {
  oom_ctx *c = p;
  return gs_dossier_load_memory(&c->d, c->data, c->len, "oom.xml");
}

static void load_cleanup(void *p) {
  oom_ctx *c = p;
  gs_dossier_free(c->d);
  c->d = NULL;
}

static bool load_unchanged(void *p) {
  return ((oom_ctx *)p)->d == NULL;
}

static gs_status stream_op(void *p) {
  oom_ctx *c = p;
  gs_dossier_reader *r = NULL;
  gs_status st = gs_dossier_reader_open_memory(&r, c->data, c->len, "oom.xml");
  if (st != GS_OK)
    return st;
  for (;;) {
    gs_family *f = NULL;
    st = gs_dossier_reader_next(r, &f);
    if (st != GS_OK || f == NULL)
      break;
    gs_family_free(f);
  }
  gs_dossier_reader_free(r);
  return st;
}

static gs_status save_op(void *p) {
  oom_ctx *c = p;
  return gs_dossier_save_memory(c->fs, c->n, 0, &c->out, NULL);
}

static void save_cleanup(void *p) {
  oom_ctx *c = p;
  gs_free(c->out);
  c->out = NULL;
}

static bool save_unchanged(void *p) {
  return ((oom_ctx *)p)->out == NULL;
}

START_TEST(oom_load_stream_save)
{
  oom_ctx c = { 0 };
  c.data = gst_read(gst_data("dossier/canonical.xml"), &c.len);
  long n = gst_oom_sweep("load a dossier", load_op, load_cleanup, load_unchanged, &c);
  ck_assert_int_ge(n, 20);
  n = gst_oom_sweep("stream a dossier", stream_op, NULL, NULL, &c);
  ck_assert_int_ge(n, 20);
  ck_assert_int_eq(load_op(&c), GS_OK);
  c.n = gs_dossier_family_count(c.d);
  c.fs = malloc(c.n * sizeof *c.fs);
  for (size_t i = 0; i < c.n; i++)
    c.fs[i] = gs_dossier_family(c.d, i);
  n = gst_oom_sweep("save a dossier", save_op, save_cleanup, save_unchanged, &c);
  ck_assert_int_ge(n, 1);
  free(c.fs);
  load_cleanup(&c);
  free(c.data);
  /* and a vector with several families */
  c.data = gst_read(gst_vector("05-validity-boundaries.xml"), &c.len);
  gst_oom_sweep("load a vector", load_op, load_cleanup, load_unchanged, &c);
  gst_oom_sweep("stream a vector", stream_op, NULL, NULL, &c);
  free(c.data);
}
END_TEST

/* The v5 fields (model.md, formats.md): caregiver birth years, a child's
 * gestational age and birth weight, the Meldcode steps. Every vector that
 * carries them is loaded, streamed and saved under the sweep, and a run
 * without a failure is checked to have read them, so the sweep went
 * through their code. */
static const char *const v5_vectors[] = {
  "01-formats-example.xml",          /* birth year, gestational age, birth weight */
  "22-pregnancy-entry-criteria.xml", /* birth years of several families */
  "24-safety-first-meldcode.xml",    /* Meldcode steps with decisions */
  "29-notes-and-municipality-codes.xml", /* birth outcomes, birth year */
};

typedef struct v5_seen {
  size_t birth_years, gestational_ages, birth_weights, meldcode_steps, decisions;
} v5_seen;

static v5_seen v5_fields(const gs_dossier *d) {
  v5_seen s = { 0 };
  for (size_t i = 0; i < gs_dossier_family_count(d); i++) {
    const gs_family *f = gs_dossier_family(d, i);
    for (size_t k = 0; k < gs_family_caregiver_count(f); k++)
      s.birth_years += gs_family_caregiver_birth_year(f, k) != 0;
    for (size_t k = 0; k < gs_family_child_count(f); k++) {
      s.gestational_ages += gs_family_child_gestational_age(f, k) != 0;
      s.birth_weights += gs_family_child_birth_weight(f, k) != 0;
    }
    for (size_t k = 0; k < gs_family_meldcode_step_count(f); k++) {
      s.meldcode_steps++;
      s.decisions += gs_family_meldcode_step_decision(f, k) != GS_MELDCODE_DECISION_NONE;
    }
  }
  return s;
}

START_TEST(oom_v5_fields)
{
  v5_seen all = { 0 };
  for (size_t v = 0; v < sizeof v5_vectors / sizeof v5_vectors[0]; v++) {
    oom_ctx c = { 0 };
    c.data = gst_read(gst_vector(v5_vectors[v]), &c.len);
    long n = gst_oom_sweep(v5_vectors[v], load_op, load_cleanup, load_unchanged, &c);
    ck_assert_int_ge(n, 20);
    n = gst_oom_sweep(v5_vectors[v], stream_op, NULL, NULL, &c);
    ck_assert_int_ge(n, 20);
    ck_assert_int_eq(load_op(&c), GS_OK);
    v5_seen s = v5_fields(c.d);
    all.birth_years += s.birth_years;
    all.gestational_ages += s.gestational_ages;
    all.birth_weights += s.birth_weights;
    all.meldcode_steps += s.meldcode_steps;
    all.decisions += s.decisions;
    c.n = gs_dossier_family_count(c.d);
    c.fs = malloc(c.n * sizeof *c.fs);
    for (size_t i = 0; i < c.n; i++)
      c.fs[i] = gs_dossier_family(c.d, i);
    gst_oom_sweep(v5_vectors[v], save_op, save_cleanup, save_unchanged, &c);
    /* the saved document still carries the fields */
    ck_assert_int_eq(save_op(&c), GS_OK);
    if (s.birth_years > 0)
      ck_assert_ptr_nonnull(strstr(c.out, "birth-year=\""));
    if (s.gestational_ages > 0)
      ck_assert_ptr_nonnull(strstr(c.out, "gestational-age=\""));
    if (s.birth_weights > 0)
      ck_assert_ptr_nonnull(strstr(c.out, "birth-weight=\""));
    if (s.meldcode_steps > 0)
      ck_assert_ptr_nonnull(strstr(c.out, "<meldcode>"));
    save_cleanup(&c);
    free(c.fs);
    load_cleanup(&c);
    free(c.data);
  }
  ck_assert_uint_ge(all.birth_years, 6);
  ck_assert_uint_ge(all.gestational_ages, 2);
  ck_assert_uint_ge(all.birth_weights, 2);
  ck_assert_uint_ge(all.meldcode_steps, 10);
  ck_assert_uint_ge(all.decisions, 3);
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("dossier");
  TCase *tc = tcase_create("dossier");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, vectors_round_trip);
  tcase_add_test(tc, vectors_stream_like_whole_loading);
  tcase_add_test(tc, canonical_fixture_is_byte_identical);
  tcase_add_test(tc, noncanonical_saves_canonical);
  tcase_add_test(tc, dossier_accessors);
  tcase_add_loop_test(tc, hostile_input, 0, (int)(sizeof hostiles / sizeof hostiles[0]));
  tcase_add_test(tc, utf16_streaming_refused);
  tcase_add_test(tc, stream_continues_after_family_errors);
  tcase_add_test(tc, positions_are_exact);
  tcase_add_test(tc, schema_and_c_rules_agree);
  tcase_add_test(tc, schema_messages_are_readable);
  tcase_add_test(tc, save_checks_its_arguments);
  tcase_add_test(tc, save_file_is_atomic);
  tcase_add_test(tc, streaming_writer);
  tcase_add_test(tc, global_defaults_do_not_load_entities);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_set_timeout(oom, 300);
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, oom_load_stream_save);
  tcase_add_test(oom, oom_v5_fields);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
