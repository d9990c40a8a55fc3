/*
 * libgoedestart - test helpers: counting allocator, OOM sweep, data paths.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

typedef union {
  size_t size;
  max_align_t align;
} hdr;

static atomic_long n_alloc;
static atomic_long n_live;
static atomic_long n_failed;
static atomic_long fail_at;
static bool installed;

static bool should_fail(void) {
  long n = atomic_fetch_add(&n_alloc, 1) + 1;
  long f = atomic_load(&fail_at);
  if (f > 0 && n == f) {
    atomic_fetch_add(&n_failed, 1);
    return true;
  }
  return false;
}

static void *t_malloc(void *ud, size_t size) {
  if (should_fail())
    return NULL;
  hdr *h = malloc(sizeof(hdr) + size);
  if (h == NULL)
    return NULL;
  h->size = size;
  atomic_fetch_add(&n_live, 1);
  return h + 1;
}

static void *t_realloc(void *ud, void *ptr, size_t size) {
  if (ptr == NULL)
    return t_malloc(ud, size);
  if (should_fail())
    return NULL;
  hdr *h = (hdr *)ptr - 1;
  hdr *n = realloc(h, sizeof(hdr) + size);
  if (n == NULL)
    return NULL;
  n->size = size;
  return n + 1;
}

static void t_free(void *ud, void *ptr) {
  if (ptr == NULL)
    return;
  atomic_fetch_sub(&n_live, 1);
  free((hdr *)ptr - 1);
}

void gst_alloc_install(void) {
  if (installed)
    return;
  gs_allocator a;
  gs_allocator_init(&a);
  a.malloc = t_malloc;
  a.realloc = t_realloc;
  a.free = t_free;
  gs_status st = gs_set_allocator(&a);
  if (st != GS_OK) {
    fprintf(stderr, "gst_alloc_install: %s\n", gs_error_message(gs_error_last()));
    abort();
  }
  installed = true;
}

void gst_alloc_fail_at(long n) {
  atomic_store(&n_alloc, 0);
  atomic_store(&n_failed, 0);
  atomic_store(&fail_at, n);
}

long gst_alloc_count(void) { return atomic_load(&n_alloc); }
long gst_alloc_live(void) { return atomic_load(&n_live); }
long gst_alloc_failed(void) { return atomic_load(&n_failed); }

const char *gst_oom_sweep_problem(const char *name, gst_op op, gst_cleanup cleanup,
                                  gst_unchanged unchanged, void *ctx, long *allocations) {
  static char problem[512];
#define PROBLEM(...) \
  do { \
    snprintf(problem, sizeof problem, __VA_ARGS__); \
    gst_alloc_fail_at(0); \
    return problem; \
  } while (0)
  if (!installed)
    PROBLEM("%s: call gst_alloc_install() first", name);
  long base = gst_alloc_live();
  gst_alloc_fail_at(0);
  gs_status st = op(ctx);
  if (st != GS_OK)
    PROBLEM("%s: the operation fails without OOM: %s (%s)", name, gs_status_name(st),
            gs_error_message(gs_error_last()));
  long total = gst_alloc_count();
  if (allocations)
    *allocations = total;
  if (cleanup)
    cleanup(ctx);
  if (gst_alloc_live() != base)
    PROBLEM("%s: %ld blocks leaked by a successful run + cleanup", name, gst_alloc_live() - base);
  if (total <= 0)
    PROBLEM("%s: the operation allocates nothing; the sweep tests nothing", name);
  for (long i = 1; i <= total; i++) {
    gst_alloc_fail_at(i);
    st = op(ctx);
    long failed = gst_alloc_failed();
    gst_alloc_fail_at(0);
    if (failed == 0) {
      /* fewer allocations this time (e.g. a cache warmed up): still sound */
      if (st != GS_OK)
        PROBLEM("%s: run %ld: %s without an injected failure", name, i, gs_status_name(st));
    } else if (st != GS_ENOMEM || gs_error_code(gs_error_last()) != GS_ENOMEM) {
      PROBLEM("%s: failing allocation %ld of %ld returned %s (%s), not GS_ENOMEM", name, i, total,
              gs_status_name(st), gs_error_message(gs_error_last()));
    }
    if (st == GS_OK && cleanup)
      cleanup(ctx);
    if (gst_alloc_live() != base)
      PROBLEM("%s: failing allocation %ld of %ld leaked %ld blocks", name, i, total,
              gst_alloc_live() - base);
    if (st != GS_OK && unchanged && !unchanged(ctx))
      PROBLEM("%s: failing allocation %ld of %ld changed the state", name, i, total);
  }
#undef PROBLEM
  return NULL;
}

long gst_oom_sweep(const char *name, gst_op op, gst_cleanup cleanup, gst_unchanged unchanged,
                   void *ctx) {
  long total = 0;
  const char *problem = gst_oom_sweep_problem(name, op, cleanup, unchanged, ctx, &total);
  ck_assert_msg(problem == NULL, "%s", problem ? problem : "");
  return total;
}

static char pathbuf[4096];

const char *gst_data(const char *name) {
  snprintf(pathbuf, sizeof pathbuf, "%s/%s", GST_DATA_DIR, name);
  return pathbuf;
}

const char *gst_vector(const char *name) {
  snprintf(pathbuf, sizeof pathbuf, "%s/%s", GST_VECTORS_DIR, name);
  return pathbuf;
}

char *gst_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  ck_assert_ptr_nonnull(buf);
  ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  buf[n] = '\0';
  if (len)
    *len = (size_t)n;
  return buf;
}

gs_date gst_vector_as_of(const char *vector) {
  char *text = gst_read(gst_vector("as-of.txt"), NULL);
  char key[256];
  snprintf(key, sizeof key, "%s ", vector);
  const char *at = strstr(text, key);
  ck_assert_msg(at != NULL, "%s is not in as-of.txt", vector);
  char date[11];
  memcpy(date, at + strlen(key), 10);
  date[10] = '\0';
  free(text);
  gs_date d;
  ck_assert_msg(gs_date_parse(&d, date) == GS_OK, "as-of.txt: bad date for %s", vector);
  return d;
}

void gst_assert_error_at(const char *file, int at, gs_status code, const char *needle, int line,
                         int col) {
  const gs_error *e = gs_error_last();
  ck_assert_msg(gs_error_code(e) == code, "%s:%d: expected %s, the last error is %s: %s", file, at,
                gs_status_name(code), gs_status_name(gs_error_code(e)), gs_error_format(e));
  if (needle)
    ck_assert_msg(strstr(gs_error_message(e), needle) != NULL,
                  "%s:%d: message '%s' does not contain '%s'", file, at, gs_error_message(e), needle);
  if (line > 0)
    ck_assert_msg(gs_error_line(e) == line, "%s:%d: expected line %d, got %d (%s)", file, at, line,
                  gs_error_line(e), gs_error_format(e));
  if (col > 0)
    ck_assert_msg(gs_error_column(e) == col, "%s:%d: expected column %d, got %d (%s)", file, at,
                  col, gs_error_column(e), gs_error_format(e));
}

int gst_run(Suite *s) {
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
