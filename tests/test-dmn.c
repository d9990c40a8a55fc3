/*
 * libgoedestart - tests of the DMN engine (lib/dmn.c): the unary-test
 * subset, every hit policy, load errors with their positions, evaluation
 * errors, real modeler files, OOM and the no-allocation evaluation.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "testutil.h"
#include "dmn.h"

#define NS12 "http://www.omg.org/spec/DMN/20180521/MODEL/"
#define NS13 "https://www.omg.org/spec/DMN/20191111/MODEL/"

/* ---- building test documents ------------------------------------------- */

typedef struct trule {
  const char *id;
  const char *in[4];            /* input entry texts (unescaped) */
  const char *out[2];           /* output entry texts */
} trule;

static void append(char *buf, size_t size, const char *s) {
  size_t n = strlen(buf);
  ck_assert_msg(n + strlen(s) < size, "test document too large");
  memcpy(buf + n, s, strlen(s) + 1);
}

static void append_escaped(char *buf, size_t size, const char *s) {
  for (; *s; s++) {
    char one[2] = { *s, '\0' };
    append(buf, size, *s == '<' ? "&lt;" : *s == '&' ? "&amp;" : *s == '>' ? "&gt;" : one);
  }
}

static char docbuf[1 << 16];

/* A document with one decision "t" whose table has the given attributes,
 * input/output clauses (raw XML) and rules (texts escaped here). Every
 * element starts on its own line. */
static const char *build(const char *table_attrs, const char *columns, const trule *rules,
                         size_t n_rules, size_t n_in, size_t n_out) {
  docbuf[0] = '\0';
  append(docbuf, sizeof docbuf,
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<definitions xmlns=\"" NS13 "\" id=\"defs\" name=\"Defs\" namespace=\"urn:t\">\n"
         "  <decision id=\"t\" name=\"Test table\">\n"
         "    <decisionTable id=\"dt\"");
  append(docbuf, sizeof docbuf, table_attrs);
  append(docbuf, sizeof docbuf, ">\n");
  append(docbuf, sizeof docbuf, columns);
  for (size_t r = 0; r < n_rules; r++) {
    append(docbuf, sizeof docbuf, "      <rule");
    if (rules[r].id) {
      append(docbuf, sizeof docbuf, " id=\"");
      append(docbuf, sizeof docbuf, rules[r].id);
      append(docbuf, sizeof docbuf, "\"");
    }
    append(docbuf, sizeof docbuf, ">\n");
    for (size_t i = 0; i < n_in; i++) {
      append(docbuf, sizeof docbuf, "        <inputEntry><text>");
      append_escaped(docbuf, sizeof docbuf, rules[r].in[i]);
      append(docbuf, sizeof docbuf, "</text></inputEntry>\n");
    }
    for (size_t o = 0; o < n_out; o++) {
      append(docbuf, sizeof docbuf, "        <outputEntry><text>");
      append_escaped(docbuf, sizeof docbuf, rules[r].out[o]);
      append(docbuf, sizeof docbuf, "</text></outputEntry>\n");
    }
    append(docbuf, sizeof docbuf, "      </rule>\n");
  }
  append(docbuf, sizeof docbuf, "    </decisionTable>\n  </decision>\n</definitions>\n");
  return docbuf;
}

#define IN_NUM(n) "      <input><inputExpression typeRef=\"number\"><text>" n "</text></inputExpression></input>\n"
#define IN_STR(n) "      <input><inputExpression typeRef=\"string\"><text>" n "</text></inputExpression></input>\n"
#define IN_BOOL(n) "      <input><inputExpression typeRef=\"boolean\"><text>" n "</text></inputExpression></input>\n"
#define OUT_STR(n) "      <output name=\"" n "\" typeRef=\"string\"/>\n"
#define OUT_NUM(n) "      <output name=\"" n "\" typeRef=\"number\"/>\n"

static gsi_dmn *load_ok(const char *xml) {
  gsi_dmn *d = NULL;
  gs_status st = gsi_dmn_load(&d, xml, strlen(xml), "t.dmn");
  ck_assert_msg(st == GS_OK, "load failed: %s", gs_error_format(gs_error_last()));
  ck_assert_ptr_nonnull(d);
  return d;
}

/* Line and column (1-based, in characters) of the first occurrence of
 * marker in xml, computed independently of the parser. */
static void pos_of(const char *xml, const char *marker, int nth, int *line, int *col) {
  const char *p = xml;
  for (int k = 0; k <= nth; k++) {
    p = strstr(k == 0 ? p : p + 1, marker);
    ck_assert_msg(p != NULL, "marker %s not found", marker);
  }
  int l = 1, c = 1;
  for (const char *q = xml; q < p; q++) {
    if (*q == '\n') {
      l++;
      c = 1;
    } else if (((unsigned char)*q & 0xC0) != 0x80) {
      c++;
    }
  }
  *line = l;
  *col = c;
}

/* Loading must fail with code, a message containing needle, at marker. */
static void load_fails_at(const char *xml, gs_status code, const char *needle, const char *marker,
                          int nth) {
  gsi_dmn *d = (gsi_dmn *)&d;
  gs_status st = gsi_dmn_load(&d, xml, strlen(xml), "t.dmn");
  ck_assert_msg(st == code, "expected %s, got %s: %s", gs_status_name(code), gs_status_name(st),
                gs_error_format(gs_error_last()));
  ck_assert_msg(d == (gsi_dmn *)&d, "the output was changed by a failed load");
  int line = 0, col = 0;
  if (marker != NULL)
    pos_of(xml, marker, nth, &line, &col);
  ck_assert_str_eq(gs_error_file(gs_error_last()), "t.dmn");
  gst_assert_error(code, needle, line, col);
}

static gsi_dmn_result result_buf(uint32_t *matched, uint32_t *order, double *agg) {
  gsi_dmn_result r;
  memset(&r, 0, sizeof r);
  r.matched = matched;
  r.order = order;
  r.aggregate = agg;
  return r;
}

static gsi_value num(double v) {
  gsi_value x = { GSI_V_NUMBER, false, NULL, { 0, 0 } };
  gsi_dec_from_double(v, &x.num);
  return x;
}

static gsi_value str(const char *s) {
  gsi_value x = { GSI_V_STRING, false, s, { 0, 0 } };
  return x;
}

static gsi_value boolean(bool b) {
  gsi_value x = { GSI_V_BOOL, b, NULL, { 0, 0 } };
  return x;
}

static gsi_value null_value(void) {
  gsi_value x = { GSI_V_NULL, false, NULL, { 0, 0 } };
  return x;
}

/* Does a one-input, one-rule table with this test match v? */
static bool one_test(const char *input_xml, const char *test, gsi_value v) {
  trule r = { "R", { test }, { "\"x\"" } };
  char cols[512];
  snprintf(cols, sizeof cols, "%s%s", input_xml, OUT_STR("o"));
  gsi_dmn *d = load_ok(build("", cols, &r, 1, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  uint32_t m[2];
  gsi_dmn_result res = result_buf(m, NULL, NULL);
  gs_status st = gsi_dmn_eval(t, &v, NULL, &res);
  ck_assert_msg(st == GS_OK, "eval of '%s': %s", test, gs_error_message(gs_error_last()));
  bool hit = res.n_matched == 1;
  ck_assert_int_eq(res.chosen, hit ? 0 : -1);
  gsi_dmn_free(d);
  return hit;
}

/* ---- unary tests --------------------------------------------------------- */

static const struct {
  const char *test;
  double v;
  bool match;
} num_cases[] = {
  { "5", 5, true }, { "5", 4.999, false }, { "= 5", 5, true }, { "=5", 6, false },
  { "!= 5", 5, false }, { "!= 5", 4, true },
  { "< 5", 4.999, true }, { "< 5", 5, false }, { "<= 5", 5, true }, { "<= 5", 5.001, false },
  { "> 5", 5, false }, { "> 5", 5.001, true }, { ">= 5", 5, true }, { ">= 5", 4.999, false },
  { "[1..5]", 1, true }, { "[1..5]", 5, true }, { "[1..5]", 0.999, false }, { "[1..5]", 5.001, false },
  { "(1..5)", 1, false }, { "(1..5)", 5, false }, { "(1..5)", 1.001, true }, { "(1..5)", 4.999, true },
  { "]1..5[", 1, false }, { "]1..5[", 5, false }, { "]1..5[", 3, true },
  { "[1..5)", 1, true }, { "[1..5)", 5, false },
  { "[1..5[", 1, true }, { "[1..5[", 5, false },
  { "(1..5]", 1, false }, { "(1..5]", 5, true },
  { "]1..5]", 1, false }, { "]1..5]", 5, true },
  { "[ 3 .. 4 ]", 3, true }, { "[3..3]", 3, true },
  { "[-2.5..-1]", -2.5, true }, { "[-2.5..-1]", -1, true }, { "[-2.5..-1]", -0.5, false },
  { "1, 3, [7..9]", 3, true }, { "1, 3, [7..9]", 8, true }, { "1, 3, [7..9]", 2, false },
  { "< 0, > 10", -1, true }, { "< 0, > 10", 5, false },
  { "not(5)", 5, false }, { "not(5)", 4, true },
  { "not([1..5], 9)", 9, false }, { "not([1..5], 9)", 6, true }, { "not ( < 0 )", -1, false },
  { "-", 123, true }, { "", 123, true }, { "  -  ", -7, true },
  { ".5", 0.5, true }, { "0.1", 0.1, true }, { "-0", 0, true }, { "-3", -3, true },
  { "123456789012345", 123456789012345.0, true }, { "0.000001", 1e-6, true },
};

START_TEST(unary_tests_on_numbers)
{
  for (size_t i = 0; i < GSI_ARRAY_LEN(num_cases); i++) {
    bool m = one_test(IN_NUM("x"), num_cases[i].test, num(num_cases[i].v));
    ck_assert_msg(m == num_cases[i].match, "'%s' on %g: expected %s", num_cases[i].test,
                  num_cases[i].v, num_cases[i].match ? "a match" : "no match");
  }
}
END_TEST

START_TEST(unary_tests_on_strings_and_booleans)
{
  static const struct {
    const char *test;
    const char *v;
    bool match;
  } s[] = {
    { "\"a\"", "a", true }, { "\"a\"", "b", false }, { "= \"a\"", "a", true },
    { "!= \"a\"", "a", false }, { "!= \"a\"", "b", true },
    { "\"a\",\"b\"", "b", true }, { "\"a\", \"b\"", "c", false },
    { "not(\"a\")", "a", false }, { "not(\"a\", \"b\")", "c", true },
    { "\"q\\\"x\"", "q\"x", true }, { "\"tab\\tnl\\n\"", "tab\tnl\n", true },
    { "\"\\u00e9\"", "\xc3\xa9", true }, { "\"\"", "", true }, { "-", "anything", true },
    { "\"caf\xc3\xa9\"", "caf\xc3\xa9", true },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(s); i++) {
    bool m = one_test(IN_STR("x"), s[i].test, str(s[i].v));
    ck_assert_msg(m == s[i].match, "'%s' on \"%s\"", s[i].test, s[i].v);
  }
  static const struct {
    const char *test;
    bool v, match;
  } b[] = {
    { "true", true, true }, { "true", false, false }, { "false", false, true },
    { "!= true", false, true }, { "= false", true, false }, { "not(true)", false, true },
    { "-", true, true },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(b); i++) {
    bool m = one_test(IN_BOOL("x"), b[i].test, boolean(b[i].v));
    ck_assert_msg(m == b[i].match, "'%s' on %d", b[i].test, b[i].v);
  }
}
END_TEST

START_TEST(null_input_follows_feel)
{
  /* null = 5 is false, so != 5 and not(5) are true; null < 5 is null */
  static const char *const no[] = { "5", "< 5", "[1..5]", "not(<0)", "not(null)", "!= null" };
  for (size_t i = 0; i < GSI_ARRAY_LEN(no); i++)
    ck_assert_msg(!one_test(IN_NUM("x"), no[i], null_value()), "'%s' matched null", no[i]);
  static const char *const yes[] = { "-", "", "!= 5", "not(5)", "not(1, 2)", "null", "5, null" };
  for (size_t i = 0; i < GSI_ARRAY_LEN(yes); i++)
    ck_assert_msg(one_test(IN_NUM("x"), yes[i], null_value()), "'%s' did not match null", yes[i]);
  ck_assert(one_test(IN_STR("x"), "!= \"a\"", null_value()));
  ck_assert(one_test(IN_BOOL("x"), "not(true)", null_value()));
  ck_assert(!one_test(IN_BOOL("x"), "true", null_value()));
  /* a value against the literal null */
  ck_assert(!one_test(IN_NUM("x"), "null", num(5)));
  ck_assert(one_test(IN_NUM("x"), "not(null)", num(5)));
  ck_assert(one_test(IN_NUM("x"), "!= null", num(5)));
}
END_TEST

START_TEST(string_comparisons_and_ranges)
{
  static const struct {
    const char *test;
    const char *v;
    bool match;
  } s[] = {
    { "< \"m\"", "apple", true }, { "< \"m\"", "melon", false }, { "<= \"m\"", "m", true },
    { "> \"m\"", "pear", true }, { ">= \"b\"", "a", false },
    { "[\"a\"..\"f\"]", "f", true }, { "[\"a\"..\"f\")", "f", false },
    { "(\"a\"..\"f\"]", "a", false }, { "[\"a\"..\"f\"]", "g", false },
    { "not([\"a\"..\"f\"])", "g", true },
    { "\"\\U01F600\"", "\xf0\x9f\x98\x80", true },
    { "\"\\uD83D\\uDE00\"", "\xf0\x9f\x98\x80", true },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(s); i++) {
    bool m = one_test(IN_STR("x"), s[i].test, str(s[i].v));
    ck_assert_msg(m == s[i].match, "'%s' on \"%s\"", s[i].test, s[i].v);
  }
}
END_TEST

START_TEST(number_literals_are_exact)
{
  /* 0.1 parsed must be the double nearest to 0.1, as the C compiler's */
  ck_assert(one_test(IN_NUM("x"), "0.1", num(0.1)));
  ck_assert(one_test(IN_NUM("x"), "2.675", num(2.675)));
  ck_assert(one_test(IN_NUM("x"), "-1234.5678", num(-1234.5678)));
  ck_assert(one_test(IN_NUM("x"), "0.3", num(0.3)));
  ck_assert(!one_test(IN_NUM("x"), "0.3", num(0.1 + 0.2)));
  /* decimals of up to 34 significant digits are exact */
  gsi_value big = { GSI_V_NUMBER, false, NULL, { 0, 0 } };
  gsi_dec_parse("1234567890123456.789012345678901234", &big.num);
  ck_assert(one_test(IN_NUM("x"), "1234567890123456.789012345678901234", big));
  ck_assert(!one_test(IN_NUM("x"), "1234567890123456.789012345678901233", big));
  ck_assert(one_test(IN_NUM("x"), "> 1234567890123456.789012345678901233", big));
}
END_TEST

/* ---- hit policies -------------------------------------------------------- */

static const char *ids_of(const gsi_dmn_table *t, const uint32_t *rules, size_t n) {
  static char buf[512];
  buf[0] = '\0';
  for (size_t k = 0; k < n; k++) {
    if (k)
      strcat(buf, " ");
    strcat(buf, gsi_dmn_rule_id(t, rules[k]));
  }
  return buf;
}

/* A table over x with rules A: >= 1 -> "b", B: >= 2 -> "a", C: >= 3 -> "c",
 * D: >= 3 -> "a" (output values order "a","b","c"). */
static const trule policy_rules[] = {
  { "A", { ">= 1" }, { "\"b\"" } },
  { "B", { ">= 2" }, { "\"a\"" } },
  { "C", { ">= 3" }, { "\"c\"" } },
  { "D", { ">= 3" }, { "\"a\"" } },
};
#define POLICY_COLUMNS IN_NUM("x") \
  "      <output name=\"o\" typeRef=\"string\"><outputValues><text>\"a\",\"b\",\"c\"</text></outputValues></output>\n"

typedef struct eval_out {
  gs_status st;
  uint32_t matched[8], order[8];
  double agg[2];
  gsi_dmn_result res;
} eval_out;

static void eval_x(const gsi_dmn_table *t, double x, eval_out *e) {
  e->res = result_buf(e->matched, e->order, e->agg);
  gsi_value v = num(x);
  e->st = gsi_dmn_eval(t, &v, NULL, &e->res);
}

START_TEST(hit_policy_unique)
{
  gsi_dmn *d = load_ok(build(" hitPolicy=\"UNIQUE\"", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_find(d, "t");
  ck_assert_int_eq(gsi_dmn_table_hit_policy(t), GSI_HIT_UNIQUE);
  eval_out e;
  eval_x(t, 1, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, 0);
  ck_assert_uint_eq(e.res.n_matched, 1);
  eval_x(t, 0, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, -1);
  ck_assert_uint_eq(e.res.n_matched, 0);
  eval_x(t, 2, &e);
  ck_assert_int_eq(e.st, GS_EEVAL);
  gst_assert_error(GS_EEVAL, "decision table 't' (hit policy UNIQUE): rules 'A' and 'B' both match", 0, 0);
  gsi_dmn_free(d);
  /* UNIQUE is the default */
  d = load_ok(build("", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  ck_assert_int_eq(gsi_dmn_table_hit_policy(gsi_dmn_table_at(d, 0)), GSI_HIT_UNIQUE);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(hit_policy_first)
{
  gsi_dmn *d = load_ok(build(" hitPolicy=\"FIRST\"", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  eval_out e;
  eval_x(t, 3, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, 0);
  ck_assert_uint_eq(e.res.n_matched, 1); /* FIRST stops at the first match */
  ck_assert_uint_eq(e.res.n_order, 0);
  eval_x(t, -1, &e);
  ck_assert_int_eq(e.res.chosen, -1);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(hit_policy_priority)
{
  gsi_dmn *d = load_ok(build(" hitPolicy=\"PRIORITY\"", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  eval_out e;
  eval_x(t, 1, &e); /* only A ("b") */
  ck_assert_int_eq(e.res.chosen, 0);
  eval_x(t, 2, &e); /* A "b", B "a": "a" comes first */
  ck_assert_int_eq(e.res.chosen, 1);
  ck_assert_str_eq(ids_of(t, e.res.matched, e.res.n_matched), "A B");
  eval_x(t, 3, &e); /* A b, B a, C c, D a: tie between B and D -> first in table order */
  ck_assert_int_eq(e.res.chosen, 1);
  ck_assert_str_eq(ids_of(t, e.res.matched, e.res.n_matched), "A B C D");
  eval_x(t, 0, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, -1);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(hit_policy_any)
{
  static const trule rules[] = {
    { "A", { ">= 1" }, { "\"same\"" } },
    { "B", { ">= 2" }, { "\"same\"" } },
    { "C", { ">= 3" }, { "\"other\"" } },
  };
  gsi_dmn *d = load_ok(build(" hitPolicy=\"ANY\"", IN_NUM("x") OUT_STR("o"), rules, 3, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  eval_out e;
  eval_x(t, 2, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, 0);
  ck_assert_uint_eq(e.res.n_matched, 2);
  eval_x(t, 3, &e);
  ck_assert_int_eq(e.st, GS_EEVAL);
  gst_assert_error(GS_EEVAL, "(hit policy ANY): rules 'A' and 'C' both match but give different outputs", 0, 0);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(hit_policy_rule_and_output_order)
{
  gsi_dmn *d = load_ok(build(" hitPolicy=\"RULE ORDER\"", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  eval_out e;
  eval_x(t, 3, &e);
  ck_assert_int_eq(e.res.chosen, -1);
  ck_assert_str_eq(ids_of(t, e.res.order, e.res.n_order), "A B C D");
  gsi_dmn_free(d);

  d = load_ok(build(" hitPolicy=\"OUTPUT ORDER\"", POLICY_COLUMNS, policy_rules, 4, 1, 1));
  t = gsi_dmn_table_at(d, 0);
  ck_assert_int_eq(gsi_dmn_table_hit_policy(t), GSI_HIT_OUTPUT_ORDER);
  eval_x(t, 3, &e);
  /* a (B, D in table order), b (A), c (C) */
  ck_assert_str_eq(ids_of(t, e.res.order, e.res.n_order), "B D A C");
  ck_assert_str_eq(ids_of(t, e.res.matched, e.res.n_matched), "A B C D");
  eval_x(t, 1, &e);
  ck_assert_str_eq(ids_of(t, e.res.order, e.res.n_order), "A");
  eval_x(t, 0, &e);
  ck_assert_uint_eq(e.res.n_order, 0);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(hit_policy_collect)
{
  static const trule rules[] = {
    { "A", { ">= 1" }, { "10" } },
    { "B", { ">= 2" }, { "-4" } },
    { "C", { ">= 3" }, { "2.5" } },
  };
  gsi_dmn *d = load_ok(build(" hitPolicy=\"COLLECT\"", IN_NUM("x") OUT_NUM("o"), rules, 3, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  ck_assert_int_eq(gsi_dmn_table_aggregation(t), GSI_AGG_NONE);
  eval_out e;
  eval_x(t, 3, &e);
  ck_assert_str_eq(ids_of(t, e.res.order, e.res.n_order), "A B C");
  ck_assert(!e.res.has_aggregate);
  gsi_dmn_free(d);

  static const struct {
    const char *agg;
    gsi_aggregation code;
    double at3, at2;
  } aggs[] = {
    { "SUM", GSI_AGG_SUM, 8.5, 6 },
    { "COUNT", GSI_AGG_COUNT, 3, 2 },
    { "MIN", GSI_AGG_MIN, -4, -4 },
    { "MAX", GSI_AGG_MAX, 10, 10 },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(aggs); i++) {
    char attrs[80];
    snprintf(attrs, sizeof attrs, " hitPolicy=\"COLLECT\" aggregation=\"%s\"", aggs[i].agg);
    d = load_ok(build(attrs, IN_NUM("x") OUT_NUM("o"), rules, 3, 1, 1));
    t = gsi_dmn_table_at(d, 0);
    ck_assert_int_eq(gsi_dmn_table_aggregation(t), aggs[i].code);
    eval_x(t, 3, &e);
    ck_assert(e.res.has_aggregate);
    ck_assert_double_eq(e.agg[0], aggs[i].at3);
    ck_assert_uint_eq(e.res.n_order, 0);
    eval_x(t, 2, &e);
    ck_assert_double_eq(e.agg[0], aggs[i].at2);
    eval_x(t, 0, &e);
    ck_assert_int_eq(e.st, GS_OK);
    if (aggs[i].code == GSI_AGG_COUNT) {
      ck_assert(e.res.has_aggregate);
      ck_assert_double_eq(e.agg[0], 0);
    } else {
      ck_assert(!e.res.has_aggregate);
    }
    gsi_dmn_free(d);
  }
}
END_TEST

START_TEST(several_inputs_and_outputs_with_map)
{
  static const trule rules[] = {
    { "R1", { "\"a\"", "> 1" }, { "\"x\"", "1" } },
    { "R2", { "-", "<= 1" }, { "\"y\"", "" } },
  };
  gsi_dmn *d = load_ok(build(" hitPolicy=\"FIRST\"",
                             IN_STR("s") IN_NUM("n") OUT_STR("first") OUT_NUM("second"), rules, 2,
                             2, 2));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  ck_assert_uint_eq(gsi_dmn_input_count(t), 2);
  ck_assert_str_eq(gsi_dmn_input_name(t, 1), "n");
  ck_assert_int_eq(gsi_dmn_input_type(t, 0), GSI_V_STRING);
  ck_assert_uint_eq(gsi_dmn_output_count(t), 2);
  ck_assert_str_eq(gsi_dmn_output_name(t, 1), "second");
  ck_assert_int_eq(gsi_dmn_output_type(t, 1), GSI_V_NUMBER);
  /* inputs reached through a map into a larger array */
  gsi_value facts[5] = { num(0), str("zzz"), num(2), str("a"), num(0) };
  uint16_t map[2] = { 3, 2 };
  uint32_t m[2];
  gsi_dmn_result res = result_buf(m, NULL, NULL);
  ck_assert_int_eq(gsi_dmn_eval(t, facts, map, &res), GS_OK);
  ck_assert_int_eq(res.chosen, 0);
  const gsi_value *o = gsi_dmn_rule_output(t, 0, 0);
  ck_assert_int_eq(o->type, GSI_V_STRING);
  ck_assert_str_eq(o->str, "x");
  ck_assert_double_eq(gsi_dec_to_double(&gsi_dmn_rule_output(t, 0, 1)->num), 1);
  /* an empty output cell is null */
  ck_assert_int_eq(gsi_dmn_rule_output(t, 1, 1)->type, GSI_V_NULL);
  facts[2] = num(0);
  ck_assert_int_eq(gsi_dmn_eval(t, facts, map, &res), GS_OK);
  ck_assert_int_eq(res.chosen, 1);
  gsi_dmn_free(d);
}
END_TEST

/* ---- evaluation errors --------------------------------------------------- */

START_TEST(evaluation_errors_name_table_and_input)
{
  const char *cols =
    "      <input><inputExpression typeRef=\"string\"><text>safety</text></inputExpression>"
    "<inputValues><text>\"none\",\"some\",\"high\"</text></inputValues></input>\n"
    "      <input><inputExpression typeRef=\"number\"><text>level</text></inputExpression>"
    "<inputValues><text>[1..5]</text></inputValues></input>\n" OUT_STR("o");
  static const trule rules[] = { { "R", { "-", "-" }, { "\"x\"" } } };
  gsi_dmn *d = load_ok(build("", cols, rules, 1, 2, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  uint32_t m[2];
  gsi_dmn_result res = result_buf(m, NULL, NULL);
  gsi_value in[2] = { str("medium"), num(3) };
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "decision table 't': input 'safety' is \"medium\", which is not one of its allowed values (\"none\",\"some\",\"high\")", 0, 0);
  in[0] = str("some");
  in[1] = num(6);
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "input 'level' is 6, which is not one of its allowed values ([1..5])", 0, 0);
  in[1] = str("3");
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "decision table 't': input 'level' must be a number, but a string was given", 0, 0);
  in[0] = boolean(true);
  in[1] = num(2);
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_EEVAL);
  gst_assert_error(GS_EEVAL, "input 'safety' must be a string, but a boolean was given", 0, 0);
  /* null is allowed whatever the inputValues */
  in[0] = null_value();
  in[1] = null_value();
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_OK);
  ck_assert_int_eq(res.chosen, 0);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(rules_without_id_are_named_by_row)
{
  static const trule rules[] = {
    { NULL, { ">= 1" }, { "\"a\"" } },
    { NULL, { ">= 2" }, { "\"b\"" } },
  };
  gsi_dmn *d = load_ok(build("", IN_NUM("x") OUT_STR("o"), rules, 2, 1, 1));
  eval_out e;
  eval_x(gsi_dmn_table_at(d, 0), 5, &e);
  ck_assert_int_eq(e.st, GS_EEVAL);
  gst_assert_error(GS_EEVAL, "rules #1 and #2 both match", 0, 0);
  ck_assert_str_eq(gsi_dmn_rule_id(gsi_dmn_table_at(d, 0), 0), "");
  gsi_dmn_free(d);
}
END_TEST

/* ---- decimals, empty cells under PRIORITY, many rules ------------------- */

static const char *dec_text(const char *a, char op, const char *b) {
  static char out[GSI_DEC_BUF];
  gsi_dec x, y, r;
  gsi_dec_parse(a, &x);
  gsi_dec_parse(b, &y);
  bool ok = op == '+'   ? gsi_dec_add(&x, &y, &r)
            : op == '-' ? gsi_dec_sub(&x, &y, &r)
            : op == '*' ? gsi_dec_mul(&x, &y, &r)
            : op == '/' ? gsi_dec_div(&x, &y, &r)
                        : gsi_dec_pow(&x, &y, &r);
  if (!ok)
    return "null";
  return gsi_dec_format(&r, out);
}

START_TEST(decimal_arithmetic)
{
  ck_assert_str_eq(dec_text("0.1", '+', "0.2"), "0.3");
  ck_assert_str_eq(dec_text("1", '/', "3"), "0.3333333333333333333333333333333333");
  ck_assert_str_eq(dec_text("2", '/', "3"), "0.6666666666666666666666666666666667");
  ck_assert_str_eq(dec_text("10", '/', "4"), "2.5");
  ck_assert_str_eq(dec_text("1", '/', "0"), "null");
  ck_assert_str_eq(dec_text("-10", '-', "-5"), "-5");
  ck_assert_str_eq(dec_text("1.2", '*', "1000"), "1200");
  ck_assert_str_eq(dec_text("10", '^', "-5"), "0.00001");
  ck_assert_str_eq(dec_text("7", '^', "5"), "16807");
  ck_assert_str_eq(dec_text("9999999999999999999999999999999999", '+', "1"),
                   "10000000000000000000000000000000000");
  ck_assert_str_eq(dec_text("1E0", '+', "0"), "1");
  /* half-even at the 34th digit */
  ck_assert_str_eq(dec_text("1000000000000000000000000000000000", '+', "0.5"),
                   "1000000000000000000000000000000000");
  ck_assert_str_eq(dec_text("1000000000000000000000000000000001", '+', "0.5"),
                   "1000000000000000000000000000000002");
  ck_assert_str_eq(dec_text("123456789.123456789", '*', "987654321.987654321"),
                   "121932631356500531.3472031691126353");
  gsi_dec a, b;
  gsi_dec_parse("2.50", &a);
  gsi_dec_parse("2.5", &b);
  ck_assert_int_eq(gsi_dec_cmp(&a, &b), 0);
  gsi_dec_parse("-0.001", &b);
  ck_assert_int_eq(gsi_dec_cmp(&b, &a), -1);
  ck_assert(gsi_dec_from_double(0.1, &a));
  char buf[GSI_DEC_BUF];
  ck_assert_str_eq(gsi_dec_format(&a, buf), "0.1");
  ck_assert_double_eq(gsi_dec_to_double(&a), 0.1);
}
END_TEST

START_TEST(collect_sum_is_exact)
{
  static const trule rules[] = {
    { "A", { ">= 1" }, { "0.1" } },
    { "B", { ">= 1" }, { "0.2" } },
  };
  gsi_dmn *d = load_ok(build(" hitPolicy=\"COLLECT\" aggregation=\"SUM\"", IN_NUM("x") OUT_NUM("o"), rules, 2, 1, 1));
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  eval_out e;
  eval_x(t, 1, &e);
  ck_assert_int_eq(e.st, GS_OK);
  gsi_dec sum;
  ck_assert(gsi_dmn_eval_aggregate(t, &e.res, &sum));
  char buf[GSI_DEC_BUF];
  ck_assert_str_eq(gsi_dec_format(&sum, buf), "0.3");
  ck_assert_double_eq(e.agg[0], 0.3);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(empty_output_ranks_last)
{
  static const trule rules[] = {
    { "EMPTY", { ">= 1" }, { "" } },
    { "LOW", { ">= 1" }, { "\"c\"" } },
  };
  static const char *const pol[] = { " hitPolicy=\"PRIORITY\"", " hitPolicy=\"OUTPUT ORDER\"" };
  for (size_t i = 0; i < 2; i++) {
    gsi_dmn *d = load_ok(build(pol[i], POLICY_COLUMNS, rules, 2, 1, 1));
    const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
    eval_out e;
    eval_x(t, 1, &e);
    ck_assert_int_eq(e.st, GS_OK);
    if (i == 0) {
      ck_assert_int_eq(e.res.chosen, 1);
    } else {
      ck_assert_uint_eq(e.res.n_order, 2);
      ck_assert_uint_eq(e.order[0], 1);
      ck_assert_uint_eq(e.order[1], 0);
    }
    gsi_dmn_free(d);
  }
}
END_TEST

/* 100,000 rules (the limit) load in linear time: their ids are checked
 * for duplicates with a hash set. */
START_TEST(many_rules_load)
{
  enum { N = 100000 };
  const char *head = "<?xml version=\"1.0\"?>\n<definitions xmlns=\"" NS13 "\" id=\"d\" "
                     "name=\"D\" namespace=\"urn:t\">\n<decision id=\"t\" name=\"T\">"
                     "<decisionTable hitPolicy=\"FIRST\">" IN_NUM("x") OUT_NUM("o");
  size_t cap = strlen(head) + (size_t)N * 160 + 128;
  char *xml = malloc(cap);
  ck_assert_ptr_nonnull(xml);
  size_t n = (size_t)snprintf(xml, cap, "%s", head);
  for (int r = 0; r < N; r++)
    n += (size_t)snprintf(xml + n, cap - n,
                          "<rule id=\"rule-%d\"><inputEntry><text>%d</text></inputEntry>"
                          "<outputEntry><text>%d</text></outputEntry></rule>\n",
                          r, r, r);
  n += (size_t)snprintf(xml + n, cap - n, "</decisionTable></decision></definitions>\n");
  gsi_dmn *d = NULL;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  ck_assert_int_eq(gsi_dmn_load(&d, xml, n, "many.dmn"), GS_OK);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  fprintf(stderr, "# 100000 rules loaded in %.3f s\n",
          (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
  ck_assert_uint_eq(gsi_dmn_rule_count(gsi_dmn_table_at(d, 0)), N);
  eval_out e;
  eval_x(gsi_dmn_table_at(d, 0), 99999, &e);
  ck_assert_int_eq(e.st, GS_OK);
  ck_assert_int_eq(e.res.chosen, 99999);
  gsi_dmn_free(d);
  /* a duplicate near the end is still found, at its rule */
  char *dup = strstr(xml, "<rule id=\"rule-99998\"");
  ck_assert_ptr_nonnull(dup);
  memcpy(dup + 10, "rule-99997", 10);
  ck_assert_int_eq(gsi_dmn_load(&d, xml, n, "many.dmn"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "two rules have the id 'rule-99997'", 0, 0);
  free(xml);
}
END_TEST

/* ---- load errors --------------------------------------------------------- */

START_TEST(load_errors_in_cells)
{
  static const struct {
    const char *cell;
    const char *needle;
  } bad[] = {
    { "> a", "names and expressions are not supported" },
    { "date(\"2020-01-01\")", "FEEL functions are not supported" },
    { "\"open", "a string literal is not closed" },
    { "[5..1]", "this interval is empty" },
    { "(3..3)", "this interval is empty" },
    { "[1..5", "an interval must end with" },
    { "[1,5]", "expected '..'" },
    { "x + 1", "names and expressions are not supported" },
    { "1 + 1", "FEEL arithmetic is not supported" },
    { "5 6", "separate tests with ','" },
    { "not(5", "the ')' that closes not(" },
    { "< true", "the comparisons < <= > >= need a number or a string" },
    { "[1..\"a\"]", "both ends of an interval must be numbers or both strings" },
    { "\"\\U12\"", "six hexadecimal digits" },
    { "\"\\U110000\"", "code points above" },
    { "\"a\\q\"", "unknown escape" },
    { "\"\\u12\"", "four hexadecimal digits" },
    { "1.2.3", "must not run into letters or another number" },
    { "5x", "must not run into letters" },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(bad); i++) {
    trule r = { "R", { bad[i].cell }, { "\"x\"" } };
    const char *xml = build("", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1);
    load_fails_at(xml, GS_EPARSE, bad[i].needle, "<text>", 1);
    gst_assert_error(GS_EPARSE, "decision table 't', rule 'R', input 'x': cannot read", 0, 0);
  }
}
END_TEST

START_TEST(load_errors_in_types)
{
  trule r = { "R", { "\"a\"" }, { "\"x\"" } };
  load_fails_at(build("", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1), GS_EPARSE,
                "rule 'R': input 'x' is a number, but the test '\"a\"' compares it with a string",
                "<rule", 0);
  trule r2 = { "R", { "1" }, { "7" } };
  load_fails_at(build("", IN_NUM("x") OUT_STR("o"), &r2, 1, 1, 1), GS_EPARSE,
                "output 'o' is a string, but the rule gives '7'", "<rule", 0);
  load_fails_at(build("", "      <input><inputExpression typeRef=\"date\"><text>x</text></inputExpression></input>\n" OUT_STR("o"), &r2, 1, 1, 1),
                GS_EPARSE, "typeRef 'date' is not supported", "<inputExpression", 0);
  /* no typeRef: inferred from the literals, or an error when there are none */
  trule any = { "R", { "-" }, { "\"x\"" } };
  load_fails_at(build("", "      <input><inputExpression><text>x</text></inputExpression></input>\n" OUT_STR("o"), &any, 1, 1, 1),
                GS_EPARSE, "input 'x' needs a typeRef", "<input>", 0);
  trule inferred = { "R", { "[1..2]" }, { "\"x\"" } };
  gsi_dmn *d = load_ok(build("", "      <input><inputExpression><text>x</text></inputExpression></input>\n      <output name=\"o\"/>\n", &inferred, 1, 1, 1));
  ck_assert_int_eq(gsi_dmn_input_type(gsi_dmn_table_at(d, 0), 0), GSI_V_NUMBER);
  ck_assert_int_eq(gsi_dmn_output_type(gsi_dmn_table_at(d, 0), 0), GSI_V_STRING);
  gsi_dmn_free(d);
  /* an input expression must be a plain name */
  load_fails_at(build("", "      <input><inputExpression typeRef=\"number\"><text>amount * 2</text></inputExpression></input>\n" OUT_STR("o"), &r2, 1, 1, 1),
                GS_EPARSE, "must be a plain input name, not 'amount * 2'", "<text>amount", 0);
}
END_TEST

START_TEST(load_errors_in_table_structure)
{
  trule r = { "R", { "1" }, { "\"x\"" } };
  load_fails_at(build(" hitPolicy=\"SOMETIMES\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "unknown hitPolicy 'SOMETIMES'", "<decisionTable", 0);
  load_fails_at(build(" hitPolicy=\"FIRST\" aggregation=\"SUM\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "an aggregation is only allowed with the hit policy COLLECT", "<decisionTable", 0);
  load_fails_at(build(" hitPolicy=\"COLLECT\" aggregation=\"AVG\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "unknown aggregation 'AVG'", "<decisionTable", 0);
  load_fails_at(build(" hitPolicy=\"COLLECT\" aggregation=\"SUM\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "SUM, MIN and MAX need number outputs", "<output", 0);
  load_fails_at(build(" hitPolicy=\"PRIORITY\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "the hit policy PRIORITY needs outputValues on an output", "<decisionTable", 0);
  load_fails_at(build(" hitPolicy=\"OUTPUT ORDER\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "OUTPUT ORDER needs outputValues", "<decisionTable", 0);
  trule r3 = { "R", { "1" }, { "\"d\"" } };
  load_fails_at(build(" hitPolicy=\"PRIORITY\"", POLICY_COLUMNS, &r3, 1, 1, 1), GS_EPARSE,
                "rule 'R': output 'o' gives \"d\", which is not one of its outputValues", "<rule", 0);
  /* wrong number of entries */
  load_fails_at(build("", IN_NUM("x") IN_NUM("y") OUT_STR("o"), &r, 1, 1, 1), GS_EPARSE,
                "has 1 input and 1 output entries; the table has 2 inputs and 1 outputs", "<rule", 0);
  load_fails_at(build("", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 0), GS_EPARSE,
                "has 1 input and 0 output entries", "<rule", 0);
  trule two[2] = { { "R", { "1" }, { "\"x\"" } }, { "R", { "2" }, { "\"y\"" } } };
  load_fails_at(build("", IN_NUM("x") OUT_STR("o"), two, 2, 1, 1), GS_EPARSE,
                "two rules have the id 'R'", "<rule", 1);
  load_fails_at(build("", IN_NUM("x"), &r, 1, 1, 0), GS_EPARSE,
                "decision table 't' has no output", "<decisionTable", 0);
  load_fails_at(build("", IN_NUM("x") OUT_STR("o") "      <output name=\"o\" typeRef=\"string\"/>\n", &r, 1, 1, 1),
                GS_EPARSE, "two outputs are named 'o'", "<output", 1);
  load_fails_at(build("", IN_NUM("x") OUT_STR("o") "      <output typeRef=\"string\"/>\n", &r, 1, 1, 1),
                GS_EPARSE, "output 2 needs a name", "<output", 1);
  load_fails_at(build(" bogus=\"1\"", IN_NUM("x") OUT_STR("o"), &r, 1, 1, 1), GS_EPARSE,
                "element 'decisionTable' has an unknown attribute 'bogus'", "<decisionTable", 0);
  load_fails_at(build("", IN_NUM("x") "      <output name=\"o\" typeRef=\"string\"><defaultOutputEntry><text>\"x\"</text></defaultOutputEntry></output>\n", &r, 1, 1, 1),
                GS_EPARSE, "default output entries are not supported", "<defaultOutputEntry", 0);
  /* an input name may hold FEEL's name symbols - / ' */
  trule rn = { "R", { "1" }, { "\"x\"" } };
  gsi_dmn *dn = load_ok(build("", "      <input><inputExpression typeRef=\"number\"><text>e-mail count</text></inputExpression></input>\n" OUT_STR("o"), &rn, 1, 1, 1));
  ck_assert_str_eq(gsi_dmn_input_name(gsi_dmn_table_at(dn, 0), 0), "e-mail count");
  gsi_dmn_free(dn);
  /* DMN aggregates only single-output tables */
  trule r2 = { "R", { "1" }, { "1", "2" } };
  load_fails_at(build(" hitPolicy=\"COLLECT\" aggregation=\"SUM\"", IN_NUM("x") "      <output name=\"a\" typeRef=\"number\"/>\n      <output name=\"b\" typeRef=\"number\"/>\n", &r2, 1, 1, 2),
                GS_EPARSE, "the aggregation of a COLLECT table needs a single output", "<decisionTable", 0);
  load_fails_at(build("", "      <input><inputExpression typeRef=\"number\" expressionLanguage=\"juel\"><text>x</text></inputExpression></input>\n" OUT_STR("o"), &r, 1, 1, 1),
                GS_EPARSE, "uses the expression language 'juel'", "<inputExpression", 0);
  load_fails_at(build("", IN_NUM("x") "      <output name=\"o\" typeRef=\"string\"><outputValues><text>\"a\" \"b\"</text></outputValues></output>\n", &r, 1, 1, 1),
                GS_EPARSE, "outputValues must be a comma-separated list of literals", "<text>\"a\" \"b\"", 0);
}
END_TEST

static char xbuf[8192];

/* A document with `inside` placed as the first children of definitions
 * and `in_decision` as the first children of decision "t". */
static const char *doc_with(const char *ns, const char *inside, const char *in_decision) {
  snprintf(xbuf, sizeof xbuf,
           "<definitions xmlns=\"%s\" id=\"defs\" name=\"Defs\" namespace=\"urn:t\">\n"
           "%s"
           "  <decision id=\"t\" name=\"T\">\n"
           "%s"
           "    <decisionTable>\n"
           "      <input><inputExpression typeRef=\"number\"><text>x</text></inputExpression></input>\n"
           "      <output name=\"o\" typeRef=\"string\"/>\n"
           "      <rule id=\"R\"><inputEntry><text>1</text></inputEntry><outputEntry><text>\"x\"</text></outputEntry></rule>\n"
           "    </decisionTable>\n"
           "  </decision>\n"
           "</definitions>\n",
           ns, inside, in_decision);
  return xbuf;
}

START_TEST(load_errors_outside_the_subset)
{
  load_fails_at(doc_with("http://www.omg.org/spec/DMN/20151101/dmn.xsd", "", ""), GS_EVERSION,
                "DMN namespace 'http://www.omg.org/spec/DMN/20151101/dmn.xsd' is not supported",
                "<definitions", 0);
  load_fails_at("<?xml version=\"1.0\"?>\n<pack xmlns=\"urn:goedestart:pack:1\"/>\n", GS_EPARSE,
                "not a DMN document", "<pack", 0);
  load_fails_at(doc_with(NS13, "  <businessKnowledgeModel id=\"b\" name=\"B\"/>\n", ""), GS_EPARSE,
                "business knowledge models are not supported", "<businessKnowledgeModel", 0);
  load_fails_at(doc_with(NS13, "  <decisionService id=\"s\" name=\"S\"/>\n", ""), GS_EPARSE,
                "decision services are not supported", "<decisionService", 0);
  load_fails_at(doc_with(NS13, "  <import namespace=\"x\" name=\"x\" importType=\"x\"/>\n", ""),
                GS_EPARSE, "imports of other models are not supported", "<import", 0);
  load_fails_at(doc_with(NS13, "  <knowledgeSource id=\"k\" name=\"K\"/>\n", ""), GS_EPARSE,
                "element 'knowledgeSource' is not supported inside 'definitions'", "<knowledgeSource", 0);
  load_fails_at(doc_with(NS13, "  <x:thing xmlns:x=\"urn:x\"/>\n", ""), GS_EPARSE,
                "element 'thing' (namespace 'urn:x') is not allowed inside 'definitions'", "<x:thing", 0);
  load_fails_at(doc_with(NS13, "", "    <informationRequirement><requiredDecision href=\"#o\"/></informationRequirement>\n"),
                GS_EPARSE, "a decision that requires another decision is not supported", "<requiredDecision", 0);
  load_fails_at(doc_with(NS13, "", "    <informationRequirement><requiredInput href=\"#nope\"/></informationRequirement>\n"),
                GS_EPARSE, "requiredInput href '#nope' does not point at an inputData", "<requiredInput", 0);
  load_fails_at(doc_with(NS13, "", "    <knowledgeRequirement><requiredKnowledge href=\"#b\"/></knowledgeRequirement>\n"),
                GS_EPARSE, "business knowledge models are not supported", "<knowledgeRequirement", 0);
  load_fails_at(doc_with(NS13, "", "    <literalExpression><text>1</text></literalExpression>\n"),
                GS_EPARSE, "'literalExpression' is a boxed expression", "<literalExpression", 0);
  load_fails_at(doc_with(NS13, "", "    <context/>\n"), GS_EPARSE, "'context' is a boxed expression",
                "<context", 0);
  load_fails_at(doc_with(NS13, "  <itemDefinition name=\"tRec\"><itemComponent name=\"a\"><typeRef>string</typeRef></itemComponent></itemDefinition>\n", ""),
                GS_EPARSE, "itemDefinition 'tRec': 'itemComponent' is not supported", "<itemComponent", 0);
  load_fails_at(doc_with(NS13, "  <itemDefinition name=\"tList\" isCollection=\"true\"><typeRef>string</typeRef></itemDefinition>\n", ""),
                GS_EPARSE, "collections are not supported", "<itemDefinition", 0);
  load_fails_at(doc_with(NS13, "  <itemDefinition name=\"tDate\"><typeRef>date</typeRef></itemDefinition>\n", ""),
                GS_EPARSE, "only the types number, string and boolean", "<typeRef", 0);
  load_fails_at(doc_with(NS13, "  <decision id=\"t\" name=\"Other\"><decisionTable><output name=\"o\" typeRef=\"string\"/></decisionTable></decision>\n", ""),
                GS_EPARSE, "two decisions have the id 't'", "<decision id=\"t\" name=\"T\"", 0);
  load_fails_at(doc_with(NS13, "  <decision id=\"u\" name=\"U\"/>\n", ""), GS_EPARSE,
                "decision 'u' has no decisionTable", "<decision", 0);
  load_fails_at("<definitions xmlns=\"" NS13 "\" expressionLanguage=\"http://www.omg.org/spec/JUEL\">\n</definitions>\n",
                GS_EPARSE, "uses the expression language 'http://www.omg.org/spec/JUEL'", "<definitions", 0);
  /* not well-formed XML keeps the parser's position */
  load_fails_at("<definitions xmlns=\"" NS13 "\">\n  <decision>\n</definitions>\n", GS_EPARSE,
                "not well-formed", NULL, 0);
  ck_assert_int_ge(gs_error_line(gs_error_last()), 3);
}
END_TEST

START_TEST(accepted_and_ignored_elements)
{
  const char *inside =
    "  <description>Documentation</description>\n"
    "  <extensionElements><x:anything xmlns:x=\"urn:x\"><x:deep/></x:anything></extensionElements>\n"
    "  <itemDefinition id=\"i1\" name=\"tSafety\" x:foo=\"1\" xmlns:x=\"urn:x\"><typeRef>string</typeRef></itemDefinition>\n"
    "  <inputData id=\"in-x\" name=\"x\"><variable id=\"v\" name=\"x\" typeRef=\"number\"/></inputData>\n"
    "  <textAnnotation id=\"ta\"><text>a note</text></textAnnotation>\n"
    "  <dmndi:DMNDI xmlns:dmndi=\"https://www.omg.org/spec/DMN/20191111/DMNDI/\"><dmndi:DMNDiagram><dmndi:DMNShape dmnElementRef=\"t\"/></dmndi:DMNDiagram></dmndi:DMNDI>\n";
  const char *in_decision =
    "    <description>What it decides</description>\n"
    "    <question>Which?</question>\n"
    "    <variable id=\"tv\" name=\"T\"/>\n"
    "    <informationRequirement id=\"ir\"><requiredInput href=\"#in-x\"/></informationRequirement>\n";
  gsi_dmn *d = load_ok(doc_with(NS13, inside, in_decision));
  ck_assert_uint_eq(gsi_dmn_table_count(d), 1);
  gsi_dmn_free(d);
  /* preferredOrientation, outputLabel, foreign attributes, a typeRef naming an itemDefinition */
  static const trule rules[] = { { "R", { "\"high\"" }, { "\"x\"" } } };
  const char *cols =
    "      <input id=\"i\" label=\"Safety\" camunda:inputVariable=\"v\" xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\">"
    "<description>d</description><inputExpression id=\"e\" typeRef=\"tSafety\"><text> safety </text></inputExpression></input>\n" OUT_STR("o");
  const char *xml = build(" preferredOrientation=\"Rule-as-Row\" outputLabel=\"Out\"", cols, rules, 1, 1, 1);
  /* splice an itemDefinition into the built document */
  static char withdef[1 << 16];
  const char *at = strstr(xml, "  <decision");
  size_t head = (size_t)(at - xml);
  memcpy(withdef, xml, head);
  strcpy(withdef + head, "  <itemDefinition name=\"tSafety\"><typeRef>string</typeRef></itemDefinition>\n");
  strcat(withdef, at);
  d = load_ok(withdef);
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  ck_assert_str_eq(gsi_dmn_input_name(t, 0), "safety");
  ck_assert_int_eq(gsi_dmn_input_type(t, 0), GSI_V_STRING);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(rule_texts_and_positions)
{
  const char *xml =
    "<definitions xmlns=\"" NS13 "\" id=\"d\" name=\"D\" namespace=\"n\">\n"
    "  <decision id=\"t\" name=\"T\">\n"
    "    <decisionTable hitPolicy=\"FIRST\">\n"
    "      <input><inputExpression typeRef=\"number\"><text>x</text></inputExpression></input>\n"
    "      <output name=\"o\" typeRef=\"string\"/>\n"
    "      <annotation name=\"note\"/>\n"
    "      <annotation name=\"nl\"/>\n"
    "      <annotation name=\"en\"/>\n"
    "      <rule id=\"A\">\n"
    "        <description>  English description  </description>\n"
    "        <inputEntry><text>1</text></inputEntry>\n"
    "        <outputEntry><text>\"a\"</text></outputEntry>\n"
    "        <annotationEntry><text>ignored</text></annotationEntry>\n"
    "        <annotationEntry><text>\n  Nederlandse reden\n</text></annotationEntry>\n"
    "        <annotationEntry><text>English reason</text></annotationEntry>\n"
    "      </rule>\n"
    "      <rule id=\"B\">\n"
    "        <description>Only a description</description>\n"
    "        <inputEntry><text></text></inputEntry>\n"
    "        <outputEntry><text>\"b\"</text></outputEntry>\n"
    "      </rule>\n"
    "    </decisionTable>\n"
    "  </decision>\n"
    "</definitions>\n";
  gsi_dmn *d = load_ok(xml);
  const gsi_dmn_table *t = gsi_dmn_find(d, "T");
  ck_assert_ptr_eq(t, gsi_dmn_find(d, "t"));
  ck_assert_ptr_null(gsi_dmn_find(d, "nope"));
  ck_assert_str_eq(gsi_dmn_table_id(t), "t");
  ck_assert_str_eq(gsi_dmn_table_name(t), "T");
  ck_assert_str_eq(gsi_dmn_rule_text(t, 0, GS_LANG_NL), "Nederlandse reden");
  ck_assert_str_eq(gsi_dmn_rule_text(t, 0, GS_LANG_EN), "English reason");
  ck_assert_ptr_null(gsi_dmn_rule_text(t, 1, GS_LANG_NL));
  ck_assert_str_eq(gsi_dmn_rule_text(t, 1, GS_LANG_EN), "Only a description");
  ck_assert_ptr_null(gsi_dmn_rule_text(t, 0, GS_LANG_NONE));
  ck_assert(!gsi_dmn_rule_is_catch_all(t, 0));
  ck_assert(gsi_dmn_rule_is_catch_all(t, 1));
  int line, col;
  gsi_dmn_table_pos(t, &line, &col);
  ck_assert_int_eq(line, 2);
  ck_assert_int_eq(col, 3);
  int want_line, want_col;
  gsi_dmn_rule_pos(t, 1, &line, &col);
  pos_of(xml, "<rule id=\"B\"", 0, &want_line, &want_col);
  ck_assert_int_eq(line, want_line);
  ck_assert_int_eq(col, want_col);
  ck_assert_int_eq(line, 19);
  gsi_dmn_input_pos(t, 0, &line, &col);
  ck_assert_int_eq(line, 4);
  ck_assert_int_eq(col, 7);
  gsi_dmn_free(d);
}
END_TEST

/* ---- real files ---------------------------------------------------------- */

static gsi_dmn *load_file(const char *name) {
  size_t len;
  char *data = gst_read(gst_data(name), &len);
  gsi_dmn *d = NULL;
  gs_status st = gsi_dmn_load(&d, data, len, name);
  free(data);
  ck_assert_msg(st == GS_OK, "%s: %s", name, gs_error_format(gs_error_last()));
  return d;
}

static int32_t eval_chosen(const gsi_dmn_table *t, const gsi_value *in) {
  uint32_t m[64], o[64];
  double agg[4];
  gsi_dmn_result res = result_buf(m, o, agg);
  gs_status st = gsi_dmn_eval(t, in, NULL, &res);
  ck_assert_msg(st == GS_OK, "%s", gs_error_message(gs_error_last()));
  return res.chosen;
}

START_TEST(camunda_modeler_file_loads)
{
  gsi_dmn *d = load_file("dmn/camunda-modeler.dmn");
  ck_assert_uint_eq(gsi_dmn_table_count(d), 2);
  const gsi_dmn_table *t = gsi_dmn_find(d, "Route by safety");
  ck_assert_ptr_nonnull(t);
  ck_assert_str_eq(gsi_dmn_table_id(t), "route");
  ck_assert_int_eq(gsi_dmn_table_hit_policy(t), GSI_HIT_FIRST);
  ck_assert_int_eq(gsi_dmn_input_type(t, 1), GSI_V_NUMBER); /* typeRef="integer" */
  gsi_value in[3] = { str("high"), num(1), boolean(false) };
  ck_assert_int_eq(eval_chosen(t, in), 0);
  ck_assert_str_eq(gsi_dmn_rule_output(t, 0, 0)->str, "urgent-support");
  in[0] = str("none");
  in[1] = num(4);
  ck_assert_int_eq(eval_chosen(t, in), 1);
  in[1] = num(2);
  in[2] = boolean(true);
  ck_assert_int_eq(eval_chosen(t, in), 2);
  in[2] = null_value();
  ck_assert_int_eq(eval_chosen(t, in), 3); /* empty <text></text> cells are `-` */
  ck_assert_str_eq(gsi_dmn_rule_text(t, 2, GS_LANG_EN), "The parent asks for help.");
  const gsi_dmn_table *s = gsi_dmn_find(d, "score");
  ck_assert_int_eq(gsi_dmn_table_hit_policy(s), GSI_HIT_COLLECT);
  ck_assert_int_eq(gsi_dmn_table_aggregation(s), GSI_AGG_SUM);
  gsi_dmn_free(d);
}
END_TEST

START_TEST(dmn12_and_dmn15_files_load)
{
  gsi_dmn *d = load_file("dmn/dmn12.dmn");
  const gsi_dmn_table *t = gsi_dmn_table_at(d, 0);
  ck_assert_int_eq(gsi_dmn_table_hit_policy(t), GSI_HIT_UNIQUE);
  gsi_value v[1] = { num(7) };
  ck_assert_int_eq(eval_chosen(t, v), 1);
  gsi_dmn_free(d);
  d = load_file("dmn/dmn15.dmn");
  t = gsi_dmn_table_at(d, 0);
  ck_assert_int_eq(gsi_dmn_table_hit_policy(t), GSI_HIT_PRIORITY);
  gsi_value w[2] = { str("b"), boolean(true) };
  ck_assert_int_eq(eval_chosen(t, w), 1);
  gsi_dmn_free(d);
  d = load_file("dmn/dmn14.dmn");
  ck_assert_uint_eq(gsi_dmn_table_count(d), 1);
  gsi_dmn_free(d);
}
END_TEST

/* ---- memory ---------------------------------------------------------------- */

START_TEST(evaluation_allocates_nothing)
{
  gsi_dmn *d = load_file("../../data/packs/gs-default.dmn");
  const gsi_dmn_table *t = gsi_dmn_find(d, "care-need");
  ck_assert_ptr_nonnull(t);
  size_t n_in = gsi_dmn_input_count(t);
  gsi_value in[16];
  for (size_t i = 0; i < n_in; i++) {
    gsi_vtype ty = gsi_dmn_input_type(t, i);
    in[i] = ty == GSI_V_NUMBER ? num(1) : ty == GSI_V_BOOL ? boolean(true) : str("some");
    if (strcmp(gsi_dmn_input_name(t, i), "consult_status") == 0)
      in[i] = str("problem");
  }
  uint32_t m[64], o[64];
  double agg[4];
  gsi_dmn_result res = result_buf(m, o, agg);
  gst_alloc_fail_at(0);
  for (int k = 0; k < 100; k++)
    ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_OK);
  ck_assert_int_eq(gst_alloc_count(), 0);
  ck_assert_uint_gt(res.n_matched, 3);
  /* the error paths allocate nothing either */
  in[0] = str("medium");
  ck_assert_int_eq(gsi_dmn_eval(t, in, NULL, &res), GS_EEVAL);
  ck_assert_int_eq(gst_alloc_count(), 0);
  gsi_dmn_free(d);
}
END_TEST

typedef struct dmn_ctx {
  char *data;
  size_t len;
  gsi_dmn *d;
} dmn_ctx;

static gs_status dmn_op(void *ctx) {
  dmn_ctx *c = ctx;
  return gsi_dmn_load(&c->d, c->data, c->len, "oom.dmn");
}

static void dmn_cleanup(void *ctx) {
  dmn_ctx *c = ctx;
  gsi_dmn_free(c->d);
  c->d = NULL;
}

static bool dmn_unchanged(void *ctx) {
  return ((dmn_ctx *)ctx)->d == NULL;
}

static void sweep_file(const char *name) {
  dmn_ctx c = { NULL, 0, NULL };
  c.data = gst_read(gst_data(name), &c.len);
  long n = gst_oom_sweep(name, dmn_op, dmn_cleanup, dmn_unchanged, &c);
  ck_assert_int_gt(n, 20);
  free(c.data);
}

START_TEST(oom_sweep_default_dmn)
{
  sweep_file("../../data/packs/gs-default.dmn");
}
END_TEST

START_TEST(oom_sweep_camunda_file)
{
  sweep_file("dmn/camunda-modeler.dmn");
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("dmn");
  TCase *tc = tcase_create("unary-tests");
  tcase_add_test(tc, unary_tests_on_numbers);
  tcase_add_test(tc, unary_tests_on_strings_and_booleans);
  tcase_add_test(tc, null_input_follows_feel);
  tcase_add_test(tc, string_comparisons_and_ranges);
  tcase_add_test(tc, decimal_arithmetic);
  tcase_add_test(tc, collect_sum_is_exact);
  tcase_add_test(tc, empty_output_ranks_last);
  tcase_add_test(tc, many_rules_load);
  tcase_add_test(tc, number_literals_are_exact);
  suite_add_tcase(s, tc);
  tc = tcase_create("hit-policies");
  tcase_add_test(tc, hit_policy_unique);
  tcase_add_test(tc, hit_policy_first);
  tcase_add_test(tc, hit_policy_priority);
  tcase_add_test(tc, hit_policy_any);
  tcase_add_test(tc, hit_policy_rule_and_output_order);
  tcase_add_test(tc, hit_policy_collect);
  tcase_add_test(tc, several_inputs_and_outputs_with_map);
  suite_add_tcase(s, tc);
  tc = tcase_create("errors");
  tcase_add_test(tc, evaluation_errors_name_table_and_input);
  tcase_add_test(tc, rules_without_id_are_named_by_row);
  tcase_add_test(tc, load_errors_in_cells);
  tcase_add_test(tc, load_errors_in_types);
  tcase_add_test(tc, load_errors_in_table_structure);
  tcase_add_test(tc, load_errors_outside_the_subset);
  suite_add_tcase(s, tc);
  tc = tcase_create("documents");
  tcase_add_test(tc, accepted_and_ignored_elements);
  tcase_add_test(tc, rule_texts_and_positions);
  tcase_add_test(tc, camunda_modeler_file_loads);
  tcase_add_test(tc, dmn12_and_dmn15_files_load);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("memory");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_set_timeout(oom, 120);
  tcase_add_test(oom, evaluation_allocates_nothing);
  tcase_add_test(oom, oom_sweep_default_dmn);
  tcase_add_test(oom, oom_sweep_camunda_file);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
