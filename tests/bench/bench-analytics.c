/*
 * libgoedestart - benchmark: process indicators and survival analysis over
 * a generated population streamed from a dossier file.
 *
 * Writes a population of N families (default 1,000,000) with the generator
 * (gs_population_generate), then, each in its own child process so that
 * the peak RSS is its own:
 *   - reads the file only (the dossier reader's share, for reference),
 *   - indicators 2025 per municipality (gs_indicators_add_file),
 *   - survival by municipality as of 2026-01-01 (gs_survival_add_file),
 *   - both again over the same families straight from the generator (no
 *     XML: the cost of the analytics themselves),
 * and prints wall-clock and CPU seconds (the CPU time is what one core
 * spends, also on a loaded machine), families per CPU second and peak RSS.
 * Target: indicators and survival each under 10 s on one core with flat
 * memory. The file is
 * deleted afterwards. Run by `meson test --benchmark`; it fails only when a
 * step fails, never on timing.
 *
 *   bench-analytics [FAMILIES]   (default 1000000; env GS_BENCH_ANALYTICS_FAMILIES)
 *   env GS_BENCH_DIR             directory for the file (default $TMPDIR or /tmp)
 * SPDX-License-Identifier: EUPL-1.2
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <goedestart/goedestart.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

#define CHECK(expr)                                                                        \
  do {                                                                                     \
    gs_status st_ = (expr);                                                                \
    if (st_ != GS_OK) {                                                                    \
      fprintf(stderr, "bench-analytics: %s failed: %s\n", #expr,                           \
              gs_error_format(gs_error_last()));                                           \
      exit(1);                                                                             \
    }                                                                                      \
  } while (0)

static uint64_t families;
static const char *path;

static gs_population_options population(void) {
  gs_population_options po;
  gs_population_options_init(&po);
  po.families = families;
  po.seed = 42;
  CHECK(gs_date_from_ymd(&po.as_of, 2026, 1, 1));
  return po;
}

static gs_indicators *new_indicators(gs_pack **pack, gs_catalog **catalog) {
  CHECK(gs_pack_load_default(pack));
  CHECK(gs_catalog_load_default(catalog));
  gs_indicators_options o;
  gs_indicators_options_init(&o);
  CHECK(gs_date_from_ymd(&o.from, 2025, 1, 1));
  CHECK(gs_date_from_ymd(&o.to, 2025, 12, 31));
  gs_indicators *ind;
  CHECK(gs_indicators_new(&ind, &o, *pack, *catalog));
  return ind;
}

static gs_survival *new_survival(void) {
  gs_survival_options o;
  gs_survival_options_init(&o);
  CHECK(gs_date_from_ymd(&o.as_of, 2026, 1, 1));
  gs_survival *s;
  CHECK(gs_survival_new(&s, &o, NULL, NULL));
  return s;
}

enum { STEP_READ, STEP_INDICATORS, STEP_SURVIVAL, STEP_INDICATORS_GEN, STEP_SURVIVAL_GEN };

static const char *const step_names[] = {
  "read the dossier only", "indicators from the file", "survival from the file",
  "indicators, generator in memory", "survival, generator in memory",
};

/* Runs one step (in the child); returns a line for the parent. */
static void run_step(int step, char *summary, size_t size) {
  gs_pack *pack = NULL;
  gs_catalog *catalog = NULL;
  double t0 = now();
  uint64_t n = 0;
  char extra[160] = "";
  if (step == STEP_READ) {
    gs_dossier_reader *r;
    CHECK(gs_dossier_reader_open_file(&r, path));
    for (;;) {
      gs_family *f;
      CHECK(gs_dossier_reader_next(r, &f));
      if (f == NULL)
        break;
      n++;
      gs_family_free(f);
    }
    gs_dossier_reader_free(r);
  } else if (step == STEP_INDICATORS || step == STEP_INDICATORS_GEN) {
    gs_indicators *ind = new_indicators(&pack, &catalog);
    if (step == STEP_INDICATORS) {
      CHECK(gs_indicators_add_file(ind, path));
    } else {
      gs_population_options po = population();
      gs_population *pop;
      CHECK(gs_population_new(&pop, &po));
      for (;;) {
        gs_family *f;
        CHECK(gs_population_next(pop, &f));
        if (f == NULL)
          break;
        CHECK(gs_indicators_add(ind, f));
        gs_family_free(f);
      }
      gs_population_free(pop);
    }
    CHECK(gs_indicators_finish(ind));
    n = gs_indicators_family_count(ind);
    for (size_t i = 0; i < gs_indicators_row_count(ind); i++)
      if (strcmp(gs_indicators_row_group(ind, i), "all") == 0 &&
          gs_indicators_row_indicator(ind, i) == GS_IND_TIME_TO_SUPPORT_MEDIAN)
        snprintf(extra, sizeof extra, "; all: %lld families with an index contact, median %g days",
                 (long long)gs_indicators_row_denominator(ind, i),
                 gs_indicators_row_value(ind, i));
    gs_indicators_free(ind);
  } else {
    gs_survival *s = new_survival();
    if (step == STEP_SURVIVAL) {
      CHECK(gs_survival_add_file(s, path));
    } else {
      gs_population_options po = population();
      gs_population *pop;
      CHECK(gs_population_new(&pop, &po));
      for (;;) {
        gs_family *f;
        CHECK(gs_population_next(pop, &f));
        if (f == NULL)
          break;
        CHECK(gs_survival_add(s, f));
        gs_family_free(f);
      }
      gs_population_free(pop);
    }
    CHECK(gs_survival_finish(s));
    uint64_t children = 0, events = 0;
    for (size_t g = 0; g < gs_survival_group_count(s); g++) {
      children += gs_survival_group_subjects(s, g);
      events += gs_survival_group_events(s, g);
    }
    n = families;
    snprintf(extra, sizeof extra, "; %llu children, %llu events, log-rank chi2 %.3f (p %.4f)",
             (unsigned long long)children, (unsigned long long)events,
             gs_survival_test_chisq(s, 0), gs_survival_test_p(s, 0));
    gs_survival_free(s);
  }
  double secs = now() - t0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  double cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
               (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
  snprintf(summary, size, "%-33s %7.2f s (CPU %7.2f s)  %8.0f families/s  peak RSS %6.1f MB%s",
           step_names[step], secs, cpu, (double)n / cpu, ru.ru_maxrss / 1024.0, extra);
  gs_catalog_free(catalog);
  gs_pack_free(pack);
}

static void step(int which) {
  int fds[2];
  if (pipe(fds) != 0) {
    perror("bench-analytics: pipe");
    exit(1);
  }
  pid_t pid = fork();
  if (pid < 0) {
    perror("bench-analytics: fork");
    exit(1);
  }
  if (pid == 0) {
    close(fds[0]);
    char line[512];
    run_step(which, line, sizeof line);
    if (write(fds[1], line, strlen(line)) < 0)
      _exit(1);
    _exit(0);
  }
  close(fds[1]);
  char line[512];
  ssize_t got = read(fds[0], line, sizeof line - 1);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (got <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "bench-analytics: step '%s' failed\n", step_names[which]);
    exit(1);
  }
  line[got] = '\0';
  printf("  %s\n", line);
  fflush(stdout);
}

int main(int argc, char **argv) {
  const char *env = getenv("GS_BENCH_ANALYTICS_FAMILIES");
  families = argc > 1 ? strtoull(argv[1], NULL, 10) : env ? strtoull(env, NULL, 10) : 1000000;
  if (families == 0)
    families = 1000000;
  const char *dir = getenv("GS_BENCH_DIR");
  if (dir == NULL)
    dir = getenv("TMPDIR");
  if (dir == NULL)
    dir = "/tmp";
  static char file[4096];
  snprintf(file, sizeof file, "%s/gs-bench-analytics-%ld.xml", dir, (long)getpid());
  path = file;

  gs_population_options po = population();
  double t0 = now();
  CHECK(gs_population_generate(&po, path));
  struct stat sb;
  stat(path, &sb);
  printf("bench-analytics: %llu generated families, %.0f MB of dossier XML written in %.1f s\n",
         (unsigned long long)families, sb.st_size / 1e6, now() - t0);
  fflush(stdout);
  for (int s = STEP_READ; s <= STEP_SURVIVAL_GEN; s++)
    step(s);
  unlink(path);
  return 0;
}
