/*
 * libgoedestart - test helpers shared by every Check suite.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The OOM sweep: gst_alloc_install() puts a counting allocator in front of
 * the library (gs_set_allocator, before gs_init). gst_oom_sweep() runs an
 * operation once to count its allocations N, then N more times failing the
 * 1st, 2nd, ... Nth allocation, and asserts every failing run returns
 * GS_ENOMEM, leaks nothing (live blocks back to the baseline) and, when a
 * check function is given, changed nothing.
 *
 *   static gs_status op(void *ctx) { return gs_x_load(&((T *)ctx)->out, ...); }
 *   static void cleanup(void *ctx) { gs_x_free(((T *)ctx)->out); ((T *)ctx)->out = NULL; }
 *   START_TEST(oom) { T t = {0}; gst_oom_sweep("load", op, cleanup, NULL, &t); }
 */
#ifndef GST_TESTUTIL_H
#define GST_TESTUTIL_H

#include <check.h>
#include <stdbool.h>

#include <goedestart/goedestart.h>

/* Installs the counting allocator (idempotent). Call before gs_init(); a
 * suite's unchecked fixture does it. */
void gst_alloc_install(void);
/* Fail the n-th allocation from now on (1-based); 0 never fails. */
void gst_alloc_fail_at(long n);
/* Allocations made since the last gst_alloc_fail_at()/reset. */
long gst_alloc_count(void);
/* Blocks currently live. */
long gst_alloc_live(void);
/* How many allocations failed on purpose since the last reset. */
long gst_alloc_failed(void);

typedef gs_status (*gst_op)(void *ctx);
typedef void (*gst_cleanup)(void *ctx);
typedef bool (*gst_unchanged)(void *ctx);

/* Runs the sweep; fails the current Check test on any violation. Returns
 * the number of allocations the operation makes. */
long gst_oom_sweep(const char *name, gst_op op, gst_cleanup cleanup, gst_unchanged unchanged,
                   void *ctx);

/* The same sweep without asserting: returns NULL when every run behaved,
 * else a description of the first violation (static buffer). Used by the
 * harness's own test to show it catches leaks and wrong statuses. */
const char *gst_oom_sweep_problem(const char *name, gst_op op, gst_cleanup cleanup,
                                  gst_unchanged unchanged, void *ctx, long *allocations);

/* Path of a file in the source tree's tests/data (GST_DATA_DIR) or in
 * tests/vectors (GST_VECTORS_DIR); static buffer, valid until the next
 * call. */
const char *gst_data(const char *name);
const char *gst_vector(const char *name);

/* The as-of date of a vector ("NN-name.xml") from tests/vectors/as-of.txt;
 * fails the test when it is not listed. */
gs_date gst_vector_as_of(const char *vector);

/* Reads a whole file (malloc'ed, NUL-terminated); fails the test on error. */
char *gst_read(const char *path, size_t *len);

/* Asserts that the last error has this code and that its message contains
 * needle (when not NULL); with line > 0 also the line (and col > 0 the column). */
#define gst_assert_error(code, needle, line, col) \
  gst_assert_error_at(__FILE__, __LINE__, (code), (needle), (line), (col))
void gst_assert_error_at(const char *file, int at, gs_status code, const char *needle, int line,
                         int col);

/* Runs a suite with CK_ENV verbosity (so CK_VERBOSITY and TAP work) and
 * returns the exit status for main(). */
int gst_run(Suite *s);

#endif
