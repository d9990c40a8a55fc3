/*
 * libgoedestart - benchmark: stream-load a large dossier file.
 *
 * Writes a dossier of about 1 GB (families built with the builder API and
 * written with the streaming writer: caregivers, pregnancies, children,
 * contacts with findings, conclusions, plans), streams it back with
 * gs_dossier_reader in a child process, and prints MB/s, families/s and the
 * child's peak RSS; then runs `xmllint --stream --noout` on the same file
 * for comparison (targets: at least 60% of xmllint's throughput, peak RSS
 * under 64 MB). Throughput is given per second of elapsed time and per
 * second of CPU time; the comparison uses CPU time, which a busy machine
 * disturbs less. The file is deleted afterwards. Run by
 * `meson test --benchmark`; it fails only when loading fails, never on
 * timing.
 *
 *   bench-load [MB]        (default 1024; env GS_BENCH_LOAD_MB)
 *   env GS_BENCH_DIR       directory for the file (default $TMPDIR or /tmp)
 * SPDX-License-Identifier: EUPL-1.2
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
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

extern char **environ;

static double cpu_seconds(const struct rusage *ru) {
  return (double)ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 +
         (double)ru->ru_stime.tv_sec + ru->ru_stime.tv_usec / 1e6;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng % n);
}

/* What to clean up when a step fails. */
static gs_dossier_writer *open_writer;
static const char *bench_path;

static void fail(const char *what) {
  fprintf(stderr, "bench-load: %s failed: %s\n", what, gs_error_format(gs_error_last()));
  gs_dossier_writer_free(open_writer); /* removes its temporary file */
  if (bench_path != NULL)
    unlink(bench_path);
  exit(1);
}

#define CHECK(expr)                                                                        \
  do {                                                                                     \
    if ((expr) != GS_OK)                                                                   \
      fail(#expr);                                                                         \
  } while (0)

static const char *const municipalities[] = {
  "GM1680", "GM1681", "GM0109", "GM0114", "GM0118", "GM1952",
  "GM1895", "GM0765", "GM0037", "GM0047", "GM1950",
};
static const char *const moments[] = {
  "jgz-4-7d", "jgz-2w", "jgz-4w", "jgz-8w", "jgz-3m", "jgz-6m", "jgz-11m", "jgz-2y", "ad-hoc",
};
static const char *const offers[] = {
  "stevig-ouderschap", "sterk-uit-armoede", "buurtgezinnen", "home-start", "stopcoach",
};

/* One varied, valid family. */
static gs_family *make_family(long i, gs_date base) {
  gs_family *f = NULL;
  char id[32], cid[16], sid[16];
  gs_date enrolled = base + (gs_date)rnd(1500);
  snprintf(id, sizeof id, "F-%07ld", i);
  CHECK(gs_family_new(&f, id, municipalities[rnd(11)], enrolled));
  CHECK(gs_family_set_child_wish(f, (gs_child_wish)rnd(3)));
  CHECK(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT));
  if (rnd(10) < 8)
    CHECK(gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER));
  int children = 1 + (int)rnd(3);
  gs_date born = enrolled;
  for (int c = 1; c <= children; c++) {
    char zid[8], kid[8];
    born += 300 + (gs_date)rnd(400);
    snprintf(zid, sizeof zid, "Z%d", c);
    snprintf(kid, sizeof kid, "C%d", c);
    CHECK(gs_family_add_pregnancy(f, zid, "P1", born + 3, born, GS_OUTCOME_BIRTH, kid));
    CHECK(gs_family_add_child(f, kid, born, zid));
  }
  if (rnd(4) == 0)
    CHECK(gs_family_add_pregnancy(f, "Z9", "P1", born + 700, GS_DATE_NONE, GS_OUTCOME_NONE,
                                  NULL));
  int contacts = 4 + (int)rnd(5);
  gs_date last = enrolled;
  for (int k = 1; k <= contacts; k++) {
    gs_date date = enrolled + 20 * k + (gs_date)rnd(15);
    if (date > last)
      last = date;
    snprintf(cid, sizeof cid, "K%d", k);
    const char *subject = rnd(3) == 0 ? NULL : rnd(4) == 0 ? "P1" : "C1";
    CHECK(gs_family_add_contact(f, cid, date, moments[rnd(9)], (gs_setting)(1 + rnd(10)),
                                (gs_signaller)(1 + rnd(13)), subject));
    int domains = 1 + (int)rnd(5);
    for (int d = 1; d <= domains; d++)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_DMOP, d, 1 + (int)rnd(4)));
    if (rnd(3) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_DMOP_OVERALL, 0, 1 + (int)rnd(4)));
    if (rnd(4) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_CONSULT, 0, 1 + (int)rnd(3)));
    if (rnd(2) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_GIZ, 1 + (int)rnd(10), 1 + (int)rnd(5)));
    if (rnd(3) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_SCREENING, 1 + (int)rnd(21),
                                  1 + (int)rnd(3)));
    if (rnd(5) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_HELP_REQUESTED, 0, (int)rnd(2)));
    if (rnd(3) == 0)
      CHECK(gs_family_add_zrm(f, cid, "P1", (gs_zrm_domain)(1 + rnd(13)), 1 + (int)rnd(5)));
    if (rnd(3) == 0)
      CHECK(gs_family_add_finding(f, cid, GS_FINDING_POSITIVE_HEALTH, 1 + (int)rnd(6),
                                  (int)rnd(11)));
    if (rnd(2) == 0) {
      snprintf(sid, sizeof sid, "S%d", k);
      CHECK(gs_family_add_signal(f, cid, sid, (gs_topic)(1 + rnd(21)),
                                 (gs_signal_kind)(1 + rnd(2)), 1 + (int)rnd(3),
                                 rnd(3) == 0 ? date + 30 : GS_DATE_NONE));
    }
  }
  gs_care_need need = (gs_care_need)(1 + rnd(2));
  CHECK(gs_family_add_conclusion(f, last, need, (int)need, NULL));
  if (rnd(3) == 0) {
    gs_date opened = enrolled + 60;
    CHECK(gs_family_add_goal(f, "G1", (gs_topic)(1 + rnd(21)), opened, opened + 180,
                             GS_GOAL_OPEN, GS_DATE_NONE));
    CHECK(gs_family_add_action(f, "G1", "A1", 2 + (int)rnd(3), offers[rnd(5)], opened + 7,
                               GS_DATE_NONE, (int)rnd(2), GS_BY_JGZ_NURSE));
    int reviews = (int)rnd(3);
    for (int r = 1; r <= reviews; r++)
      CHECK(gs_family_add_review(f, "A1", opened + 7 + 42 * r,
                                 (gs_review_outcome)(1 + rnd(4))));
    if (rnd(2) == 0) {
      CHECK(gs_family_add_goal(f, "G0", GS_TOPIC_PARENTING, enrolled, GS_DATE_NONE,
                               GS_GOAL_ACHIEVED, enrolled + 50));
      CHECK(gs_family_add_action(f, "G0", "A0", 1, NULL, enrolled + 1, enrolled + 40, 0,
                                 GS_BY_FAMILY));
    }
  }
  CHECK(gs_family_finish(f));
  return f;
}

/* Streams the file in this (child) process; writes families and seconds. */
static void load(const char *path, int fd) {
  double t0 = now();
  gs_dossier_reader *r = NULL;
  CHECK(gs_dossier_reader_open_file(&r, path));
  long n = 0;
  for (;;) {
    gs_family *f = NULL;
    CHECK(gs_dossier_reader_next(r, &f));
    if (f == NULL)
      break;
    n++;
    gs_family_free(f);
  }
  gs_dossier_reader_free(r);
  double t = now() - t0;
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  char line[160];
  int len = snprintf(line, sizeof line, "%ld %.6f %.6f %ld\n", n, t, cpu_seconds(&ru),
                     (long)ru.ru_maxrss);
  if (write(fd, line, (size_t)len) != len)
    exit(1);
}

static int run_xmllint(const char *path, double *secs, double *cpu) {
  char *argv[] = { "xmllint", "--stream", "--noout", (char *)path, NULL };
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  double t0 = now();
  int rc = posix_spawnp(&pid, "xmllint", &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0)
    return -1;
  int status;
  struct rusage before, after; /* the children waited for so far, and then xmllint too */
  getrusage(RUSAGE_CHILDREN, &before);
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  *secs = now() - t0;
  getrusage(RUSAGE_CHILDREN, &after);
  *cpu = cpu_seconds(&after) - cpu_seconds(&before);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
  long mb = 1024;
  const char *env = getenv("GS_BENCH_LOAD_MB");
  if (argc > 1)
    mb = atol(argv[1]);
  else if (env != NULL && *env)
    mb = atol(env);
  if (mb <= 0)
    mb = 1;
  const char *dir = getenv("GS_BENCH_DIR");
  if (dir == NULL || !*dir)
    dir = getenv("TMPDIR");
  if (dir == NULL || !*dir)
    dir = "/tmp";
  char path[4096];
  snprintf(path, sizeof path, "%s/gs-bench-load-%ld.xml", dir, (long)getpid());

  CHECK(gs_init());
  gs_date base;
  CHECK(gs_date_from_ymd(&base, 2018, 1, 1));

  /* estimate the size of a family from a sample */
  enum { SAMPLE = 200 };
  gs_family *sample[SAMPLE];
  for (int i = 0; i < SAMPLE; i++)
    sample[i] = make_family(i, base);
  char *doc;
  size_t len;
  CHECK(gs_dossier_save_memory((const gs_family *const *)sample, SAMPLE, 0, &doc, &len));
  gs_free(doc);
  for (int i = 0; i < SAMPLE; i++)
    gs_family_free(sample[i]);
  long families = (long)((double)mb * 1024 * 1024 / ((double)len / SAMPLE)) + 1;

  printf("bench-load: writing %ld families (about %ld MB) to %s\n", families, mb, path);
  fflush(stdout);
  rng = 0x9E3779B97F4A7C15ull;
  double t0 = now();
  gs_dossier_writer *w = NULL;
  CHECK(gs_dossier_writer_open(&w, path));
  open_writer = w;
  bench_path = path;
  for (long i = 0; i < families; i++) {
    gs_family *f = make_family(i, base);
    CHECK(gs_dossier_writer_add(w, f));
    gs_family_free(f);
  }
  CHECK(gs_dossier_writer_close(w));
  gs_dossier_writer_free(w);
  open_writer = NULL;
  double twrite = now() - t0;
  struct stat sb;
  if (stat(path, &sb) != 0) {
    perror(path);
    return 1;
  }
  double size_mb = (double)sb.st_size / (1024.0 * 1024.0);
  printf("bench-load: wrote %.1f MB in %.2f s (%.1f MB/s, %.0f families/s)\n", size_mb, twrite,
         size_mb / twrite, (double)families / twrite);
  fflush(stdout);

  /* stream-load in a child, so its peak RSS is its own */
  int fds[2];
  if (pipe(fds) != 0) {
    perror("pipe");
    return 1;
  }
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    load(path, fds[1]);
    _exit(0);
  }
  close(fds[1]);
  char buf[160] = { 0 };
  ssize_t got = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  long loaded = 0, rss_kb = 0;
  double tload = 0, cload = 0;
  if (got <= 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
      sscanf(buf, "%ld %lf %lf %ld", &loaded, &tload, &cload, &rss_kb) != 4 ||
      loaded != families) {
    fprintf(stderr, "bench-load: stream loading failed (%ld of %ld families)\n", loaded,
            families);
    unlink(path);
    return 1;
  }
  printf("bench-load: stream load: %.1f MB in %.2f s (%.2f s CPU) = %.1f MB/s (%.1f MB/s of "
         "CPU), %.0f families/s, peak RSS %.1f MB (target < 64 MB)\n",
         size_mb, tload, cload, size_mb / tload, size_mb / cload, (double)loaded / tload,
         rss_kb / 1024.0);

  double txl = 0, cxl = 0;
  int rc = run_xmllint(path, &txl, &cxl);
  if (rc == 0) {
    printf("bench-load: xmllint --stream --noout: %.2f s (%.2f s CPU) = %.1f MB/s (%.1f MB/s of "
           "CPU); gs_dossier_reader reaches %.0f%% of it in CPU time, %.0f%% elapsed "
           "(target >= 60%%)\n", txl, cxl, size_mb / txl, size_mb / cxl, 100.0 * cxl / cload,
           100.0 * txl / tload);
  } else {
    printf("bench-load: xmllint not available (%d); no comparison\n", rc);
  }
  unlink(path);
  gs_shutdown();
  return 0;
}
