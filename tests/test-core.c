/*
 * libgoedestart - tests of the core: status, errors, allocator, init, version.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "buf.h"
#include "internal.h"

START_TEST(version_matches_headers)
{
  ck_assert_str_eq(gs_version_string(), GS_VERSION_STRING);
  ck_assert_int_eq(gs_version_number(), GS_VERSION_NUMBER);
  ck_assert_int_eq(GS_VERSION_NUMBER, GS_VERSION_MAJOR * 10000 + GS_VERSION_MINOR * 100 + GS_VERSION_MICRO);
  ck_assert(GS_CHECK_VERSION(0, 1, 0));
  ck_assert(!GS_CHECK_VERSION(GS_VERSION_MAJOR + 1, 0, 0));
}
END_TEST

START_TEST(status_names_and_strings)
{
  ck_assert_str_eq(gs_status_name(GS_ENOMEM), "GS_ENOMEM");
  ck_assert_str_eq(gs_status_str(GS_ENOMEM), "out of memory");
  ck_assert_str_eq(gs_status_name(GS_EPARSE), "GS_EPARSE");
  ck_assert_str_eq(gs_status_name((gs_status)-999), "GS_UNKNOWN");
  ck_assert_str_eq(gs_status_str((gs_status)-999), "unknown status");
  /* explicit, append-only values */
  ck_assert_int_eq(GS_OK, 0);
  ck_assert_int_eq(GS_ERROR, -1);
  ck_assert_int_eq(GS_ENOMEM, -2);
  ck_assert_int_eq(GS_EINVAL, -3);
  ck_assert_int_eq(GS_EPARSE, -4);
  ck_assert_int_eq(GS_EIO, -5);
  ck_assert_int_eq(GS_ENOTFOUND, -6);
  ck_assert_int_eq(GS_EVERSION, -7);
  ck_assert_int_eq(GS_EEVAL, -8);
  ck_assert_int_eq(GS_ESTATE, -9);
}
END_TEST

START_TEST(error_carries_position)
{
  gs_status st = gsi_error(GS_EPARSE, "f.xml", 12, 5, "contact %s: bad", "K7");
  ck_assert_int_eq(st, GS_EPARSE);
  const gs_error *e = gs_error_last();
  ck_assert_int_eq(gs_error_code(e), GS_EPARSE);
  ck_assert_str_eq(gs_error_message(e), "contact K7: bad");
  ck_assert_str_eq(gs_error_file(e), "f.xml");
  ck_assert_int_eq(gs_error_line(e), 12);
  ck_assert_int_eq(gs_error_column(e), 5);
  ck_assert_str_eq(gs_error_format(e), "f.xml:12:5: contact K7: bad");
  gsi_error(GS_EIO, "x", 0, 0, "gone");
  ck_assert_str_eq(gs_error_format(gs_error_last()), "x: gone");
  gsi_error(GS_EINVAL, NULL, 0, 0, "plain");
  ck_assert_str_eq(gs_error_format(gs_error_last()), "plain");
  ck_assert_str_eq(gs_error_message(NULL), "");
  ck_assert_int_eq(gs_error_code(NULL), GS_OK);
}
END_TEST

static void *thread_error(void *arg) {
  gsi_error(GS_EIO, "thread", 1, 1, "from the thread");
  return (void *)(intptr_t)gs_error_code(gs_error_last());
}

START_TEST(error_is_thread_local)
{
  gsi_error(GS_EPARSE, "main", 3, 4, "from main");
  pthread_t t;
  void *ret;
  pthread_create(&t, NULL, thread_error, NULL);
  pthread_join(t, &ret);
  ck_assert_int_eq((int)(intptr_t)ret, GS_EIO);
  ck_assert_int_eq(gs_error_code(gs_error_last()), GS_EPARSE);
  ck_assert_str_eq(gs_error_message(gs_error_last()), "from main");
}
END_TEST

START_TEST(error_message_truncates_utf8_safely)
{
  char big[3000];
  memset(big, 'a', sizeof big);
  /* a 2-byte UTF-8 character straddling the 1023-byte limit */
  big[1022] = (char)0xC3;
  big[1023] = (char)0xA9;
  big[sizeof big - 1] = '\0';
  gsi_error(GS_EPARSE, NULL, 0, 0, "%s", big);
  const char *m = gs_error_message(gs_error_last());
  ck_assert(strlen(m) <= 1023);
  ck_assert(gsi_valid_utf8(m, strlen(m)));
}
END_TEST

static long test_mallocs;
static void *my_malloc(void *ud, size_t n) { test_mallocs++; return malloc(n); }
static void my_free(void *ud, void *p) { free(p); }

START_TEST(allocator_rules)
{
  gs_allocator a;
  gs_allocator_init(&a);
  ck_assert_uint_eq(a.version, GS_ALLOCATOR_VERSION);
  ck_assert(a.malloc == NULL);
  /* wrong version */
  a.version = 99;
  a.malloc = my_malloc;
  a.free = my_free;
  ck_assert_int_eq(gs_set_allocator(&a), GS_EVERSION);
  /* missing free */
  a.version = GS_ALLOCATOR_VERSION;
  a.free = NULL;
  ck_assert_int_eq(gs_set_allocator(&a), GS_EINVAL);
  /* no realloc: emulated with a size header */
  a.free = my_free;
  ck_assert_int_eq(gs_set_allocator(&a), GS_OK);
  char *p = gsi_malloc(10);
  ck_assert_ptr_nonnull(p);
  memcpy(p, "012345678", 10);
  p = gsi_realloc(p, 1000);
  ck_assert_ptr_nonnull(p);
  ck_assert_str_eq(p, "012345678");
  gsi_free(p);
  ck_assert_int_ge(test_mallocs, 2);
  /* not allowed while initialised */
  ck_assert_int_eq(gs_init(), GS_OK);
  ck_assert_int_eq(gs_set_allocator(NULL), GS_ESTATE);
  gst_assert_error(GS_ESTATE, "before gs_init", 0, 0);
  gs_shutdown();
  ck_assert_int_eq(gs_set_allocator(NULL), GS_OK);
}
END_TEST

START_TEST(init_is_reference_counted)
{
  ck_assert_int_eq(gs_init(), GS_OK);
  ck_assert_int_eq(gs_init(), GS_OK);
  gs_shutdown();
  ck_assert_int_eq(gs_set_allocator(NULL), GS_ESTATE);
  gs_shutdown();
  gs_shutdown(); /* extra calls are ignored */
  ck_assert_int_eq(gs_set_allocator(NULL), GS_OK);
  gs_free(NULL);
}
END_TEST

START_TEST(buffer_escapes)
{
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "<a");
  gsi_buf_xml_attr(&b, "x", "a&b<c>\"d\"\te\nf");
  gsi_buf_puts(&b, ">");
  gsi_buf_xml_text(&b, "1 < 2 & \"q\"");
  gsi_buf_puts(&b, "</a>,");
  gsi_buf_csv_field(&b, "plain");
  gsi_buf_putc(&b, ',');
  gsi_buf_csv_field(&b, "with \"quote\", comma");
  char *out;
  size_t len;
  ck_assert_int_eq(gsi_buf_take(&b, &out, &len), GS_OK);
  ck_assert_str_eq(out, "<a x=\"a&amp;b&lt;c&gt;&quot;d&quot;&#9;e&#10;f\">1 &lt; 2 &amp; \"q\"</a>,"
                        "plain,\"with \"\"quote\"\", comma\"");
  ck_assert_uint_eq(len, strlen(out));
  gs_free(out);
}
END_TEST

typedef struct {
  char *out;
} buf_ctx;

static gs_status buf_op(void *ctx) {
  buf_ctx *c = ctx;
  gsi_buf b = GSI_BUF_INIT;
  for (int i = 0; i < 2000; i++)
    gsi_buf_xml_attr_int(&b, "n", i);
  return gsi_buf_take(&b, &c->out, NULL);
}

static void buf_cleanup(void *ctx) {
  buf_ctx *c = ctx;
  gs_free(c->out);
  c->out = NULL;
}

START_TEST(buffer_oom_sweep)
{
  buf_ctx c = { NULL };
  long n = gst_oom_sweep("buffer", buf_op, buf_cleanup, NULL, &c);
  ck_assert_int_gt(n, 3);
}
END_TEST

/* The harness itself: an operation that leaks its first block when its
 * second allocation fails, and one that reports the wrong status. */
typedef struct {
  void *kept;
} leaky_ctx;

static gs_status leaky_op(void *ctx) {
  leaky_ctx *c = ctx;
  void *a = gsi_malloc(16);
  if (a == NULL)
    return gsi_oom();
  c->kept = a; /* reachable, so the test can free it after the harness spoke */
  void *b = gsi_malloc(16);
  if (b == NULL)
    return gsi_oom(); /* the bug: on failure `a` stays allocated */
  gsi_free(b);
  return GS_OK;
}

static gs_status wrong_status_op(void *ctx) {
  leaky_ctx *c = ctx;
  void *a = gsi_malloc(16);
  if (a == NULL)
    return gsi_einval("wrong status"); /* the bug: not GS_ENOMEM */
  c->kept = a;
  return GS_OK;
}

static void leaky_cleanup(void *ctx) {
  leaky_ctx *c = ctx;
  gsi_free(c->kept);
  c->kept = NULL;
}

START_TEST(oom_harness_catches_bugs)
{
  leaky_ctx c = { NULL };
  long n = 0;
  const char *p = gst_oom_sweep_problem("leaky", leaky_op, leaky_cleanup, NULL, &c, &n);
  ck_assert_ptr_nonnull(p);
  ck_assert_msg(strstr(p, "failing allocation 2 of 2 leaked 1 blocks") != NULL, "%s", p);
  leaky_cleanup(&c); /* the block the buggy operation left behind */
  p = gst_oom_sweep_problem("wrong", wrong_status_op, leaky_cleanup, NULL, &c, &n);
  ck_assert_ptr_nonnull(p);
  ck_assert_msg(strstr(p, "returned GS_EINVAL") != NULL, "%s", p);
  /* a correct operation passes */
  buf_ctx ok = { NULL };
  ck_assert_ptr_null(gst_oom_sweep_problem("buffer", buf_op, buf_cleanup, NULL, &ok, &n));
}
END_TEST

static void setup_alloc(void) {
  gst_alloc_install();
}

int main(void) {
  Suite *s = suite_create("core");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, version_matches_headers);
  tcase_add_test(tc, status_names_and_strings);
  tcase_add_test(tc, error_carries_position);
  tcase_add_test(tc, error_is_thread_local);
  tcase_add_test(tc, error_message_truncates_utf8_safely);
  tcase_add_test(tc, allocator_rules);
  tcase_add_test(tc, init_is_reference_counted);
  tcase_add_test(tc, buffer_escapes);
  suite_add_tcase(s, tc);
  TCase *oom = tcase_create("oom");
  tcase_add_unchecked_fixture(oom, setup_alloc, NULL);
  tcase_add_test(oom, buffer_oom_sweep);
  tcase_add_test(oom, oom_harness_catches_bugs);
  suite_add_tcase(s, oom);
  return gst_run(s);
}
