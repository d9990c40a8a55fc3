/*
 * libgoedestart - benchmark: the research export of a generated population
 * with a new mapping, then the mapping saved and loaded again.
 *
 * N families (default 1,000,000) come straight from the generator
 * (gs_population_next) into one exporter with an empty mapping, so every
 * family and child gets a new pseudonym and the mapping's arrays and
 * indexes grow some twenty times (the growth once compared keys in freed
 * memory: a use-after-free that crashed exports of this size). The rows,
 * written at the end in pseudonym order, are counted and dropped. Then the
 * mapping is saved to a file, loaded from it and compared (family and
 * child counts). Prints seconds, CPU seconds and peak RSS per step. Run by
 * `meson test --benchmark`; it fails only when a step fails, never on
 * timing. Cheap enough for an ASan build (GS_BENCH_EXPORT_FAMILIES to
 * shrink it).
 *
 *   bench-export [FAMILIES]   (default 1000000; env GS_BENCH_EXPORT_FAMILIES)
 *   env GS_BENCH_DIR          directory for the mapping file (default $TMPDIR or /tmp)
 * SPDX-License-Identifier: EUPL-1.2
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <goedestart/goedestart.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
         (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static double peak_mb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

#define CHECK(expr)                                                                        \
  do {                                                                                     \
    gs_status st_ = (expr);                                                                \
    if (st_ != GS_OK) {                                                                    \
      fprintf(stderr, "bench-export: %s failed: %s\n", #expr,                              \
              gs_error_format(gs_error_last()));                                           \
      exit(1);                                                                             \
    }                                                                                      \
  } while (0)

static void report(const char *step, double t0, double c0, const char *extra) {
  printf("%-36s %7.2f s (CPU %7.2f s)  peak RSS %7.1f MB  %s\n", step, now() - t0,
         cpu_now() - c0, peak_mb(), extra);
  fflush(stdout);
}

int main(int argc, char **argv) {
  const char *env = getenv("GS_BENCH_EXPORT_FAMILIES");
  uint64_t families = strtoull(argc > 1 ? argv[1] : env != NULL ? env : "1000000", NULL, 10);
  const char *dir = getenv("GS_BENCH_DIR");
  if (dir == NULL)
    dir = getenv("TMPDIR");
  if (dir == NULL)
    dir = "/tmp";
  char path[4096];
  snprintf(path, sizeof path, "%s/bench-export-mapping-%ld.xml", dir, (long)getpid());
  CHECK(gs_init());

  gs_pack *pack;
  CHECK(gs_pack_load_default(&pack));
  gs_mapping *m;
  CHECK(gs_mapping_new(&m));
  gs_export_options eo;
  gs_export_options_init(&eo);
  CHECK(gs_date_from_ymd(&eo.as_of, 2026, 1, 1));
  gs_exporter *e;
  CHECK(gs_exporter_new(&e, &eo, m, pack));
  gs_population_options po;
  gs_population_options_init(&po);
  po.families = families;
  po.seed = 42;
  po.as_of = eo.as_of;
  gs_population *pop;
  CHECK(gs_population_new(&pop, &po));

  double t0 = now(), c0 = cpu_now();
  uint64_t bytes = 0;
  for (;;) {
    gs_family *f;
    CHECK(gs_population_next(pop, &f));
    if (f == NULL)
      break;
    CHECK(gs_exporter_add(e, f));
    gs_family_free(f);
  }
  CHECK(gs_exporter_end(e));
  size_t len;
  gs_exporter_pending(e, &len);
  bytes += len;
  gs_exporter_clear(e);
  char extra[200];
  snprintf(extra, sizeof extra, "%llu families, %llu rows, %zu children mapped, %.1f MB CSV",
           (unsigned long long)families, (unsigned long long)gs_exporter_row_count(e),
           gs_mapping_child_count(m), bytes / 1e6);
  report("export, new mapping (generator)", t0, c0, extra);
  gs_exporter_free(e);
  gs_population_free(pop);

  t0 = now();
  c0 = cpu_now();
  CHECK(gs_mapping_save_file(m, path));
  report("save the mapping", t0, c0, path);

  t0 = now();
  c0 = cpu_now();
  gs_mapping *loaded;
  CHECK(gs_mapping_load_file(&loaded, path));
  snprintf(extra, sizeof extra, "%zu families, %zu children", gs_mapping_family_count(loaded),
           gs_mapping_child_count(loaded));
  report("load the mapping", t0, c0, extra);
  int rc = 0;
  if (gs_mapping_family_count(loaded) != gs_mapping_family_count(m) ||
      gs_mapping_child_count(loaded) != gs_mapping_child_count(m)) {
    fprintf(stderr, "bench-export: the loaded mapping differs from the saved one\n");
    rc = 1;
  }
  unlink(path);
  gs_mapping_free(loaded);
  gs_mapping_free(m);
  gs_pack_free(pack);
  gs_shutdown();
  return rc;
}
