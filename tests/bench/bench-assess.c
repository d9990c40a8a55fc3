/*
 * libgoedestart - benchmark: assess a population of 1,000,000 families held
 * in memory with the default pack and the Veenkoloniën catalogue, on one
 * core, through the batch path (gs_assess_into with one reused assessment).
 * Prints families/s, heap allocations per assessment and bytes of memory
 * per family. Run by `meson test --benchmark`; it never fails on timing.
 *
 *   bench-assess [FAMILIES]        (default 1000000; env GS_BENCH_FAMILIES)
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <goedestart/goedestart.h>

/* A counting allocator: allocations and live bytes. */
typedef union {
  size_t size;
  max_align_t align;
} hdr;
static long n_alloc;
static long long live_bytes;

static void *c_malloc(void *ud, size_t n) {
  hdr *h = malloc(sizeof(hdr) + n);
  if (!h)
    return NULL;
  h->size = n;
  n_alloc++;
  live_bytes += (long long)n;
  return h + 1;
}
static void *c_realloc(void *ud, void *p, size_t n) {
  if (!p)
    return c_malloc(ud, n);
  hdr *h = (hdr *)p - 1;
  long long old = (long long)h->size;
  hdr *g = realloc(h, sizeof(hdr) + n);
  if (!g)
    return NULL;
  g->size = n;
  n_alloc++;
  live_bytes += (long long)n - old;
  return g + 1;
}
static void c_free(void *ud, void *p) {
  if (!p)
    return;
  hdr *h = (hdr *)p - 1;
  live_bytes -= (long long)h->size;
  free(h);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void check(gs_status st, const char *what) {
  if (st != GS_OK) {
    fprintf(stderr, "bench-assess: %s: %s\n", what, gs_error_format(gs_error_last()));
    exit(1);
  }
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(uint32_t n) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng % n);
}

static const char *const municipalities[] = { "GM1680", "GM1681", "GM0109", "GM0114",
                                              "GM0118", "GM1952", "GM1895", "GM0765",
                                              "GM0037", "GM0047", "GM1950" };

/* A varied, realistic family: 1-3 children, contacts with DMOP/GIZ/ZRM
 * findings and signals, sometimes a pregnancy with screening, sometimes a
 * plan with an action and reviews. */
static gs_family *make_family(size_t i, gs_date as_of) {
  char id[32], cid[16], kid[16], sid[16];
  snprintf(id, sizeof id, "F-%07zu", i);
  gs_family *f = NULL;
  gs_date enrolled = as_of - 2000 - (gs_date)rnd(3000);
  check(gs_family_new(&f, id, municipalities[rnd(11)], enrolled), "family");
  check(gs_family_add_caregiver(f, "P1", GS_ROLE_BIRTH_PARENT), "caregiver");
  check(gs_family_add_caregiver(f, "P2", GS_ROLE_PARTNER), "caregiver");
  int children = 1 + (int)rnd(3);
  gs_date born = as_of - 30 - (gs_date)rnd(1800);
  for (int c = 0; c < children; c++) {
    snprintf(cid, sizeof cid, "C%d", c + 1);
    check(gs_family_add_child(f, cid, born, NULL), "child");
    /* the 8-week and 4-month consults with DMOP ratings */
    static const char *const moments[] = { "jgz-8w", "jgz-4m" };
    static const int days[] = { 56, 121 };
    for (int k = 0; k < 2; k++) {
      if (born + days[k] > as_of)
        break;
      snprintf(kid, sizeof kid, "K%d%d", c, k);
      check(gs_family_add_contact(f, kid, born + days[k], moments[k], GS_SETTING_WELL_BABY_CLINIC,
                                  GS_BY_JGZ_NURSE, cid), "contact");
      for (int d = 1; d <= 5; d++)
        check(gs_family_add_finding(f, kid, GS_FINDING_DMOP, d, rnd(10) == 0 ? 2 + (int)rnd(2) : 1),
              "dmop");
      if (k == 0)
        check(gs_family_add_finding(f, kid, GS_FINDING_GIZ, 1 + (int)rnd(10), 1 + (int)rnd(3)), "giz");
    }
    born -= 400 + (gs_date)rnd(900);
  }
  /* a recent contact with a signal and a ZRM score */
  check(gs_family_add_contact(f, "KR", as_of - (gs_date)rnd(120), "ad-hoc", GS_SETTING_HOME,
                              GS_BY_NEIGHBOURHOOD_TEAM, NULL), "contact");
  if (rnd(4) == 0) {
    snprintf(sid, sizeof sid, "S%zu", i % 7);
    check(gs_family_add_signal(f, "KR", sid, 1 + (int)rnd(21), GS_SIGNAL_RISK, 1 + (int)rnd(2),
                               GS_DATE_NONE), "signal");
  }
  check(gs_family_add_zrm(f, "KR", "P1", 1 + (int)rnd(13), 2 + (int)rnd(4)), "zrm");
  if (rnd(5) == 0) {
    gs_date due = as_of + 20 + (gs_date)rnd(200);
    check(gs_family_add_pregnancy(f, "Z1", "P1", due, GS_DATE_NONE, GS_OUTCOME_NONE, NULL), "preg");
    if (due - 280 + 98 <= as_of) {
      check(gs_family_add_contact(f, "KZ", due - 280 + 98, "vk-screening",
                                  GS_SETTING_MIDWIFE_PRACTICE, GS_BY_MIDWIFE, "Z1"), "contact");
      check(gs_family_add_finding(f, "KZ", GS_FINDING_SCREENING, 1 + (int)rnd(21), 1 + (int)rnd(3)),
            "screening");
    }
  }
  if (rnd(5) == 0) {
    check(gs_family_add_goal(f, "G1", GS_TOPIC_PARENTING, as_of - 100, GS_DATE_NONE, GS_GOAL_OPEN,
                             GS_DATE_NONE), "goal");
    check(gs_family_add_action(f, "G1", "A1", 2 + (int)rnd(3), "home-start", as_of - 90,
                               GS_DATE_NONE, 1, GS_BY_JGZ_NURSE), "action");
    check(gs_family_add_review(f, "A1", as_of - 40, GS_REVIEW_PARTIAL), "review");
    check(gs_family_add_review(f, "A1", as_of - 5, 1 + (int)rnd(4)), "review");
  }
  check(gs_family_finish(f), "finish");
  return f;
}

int main(int argc, char **argv) {
  size_t n = 1000000;
  const char *env = getenv("GS_BENCH_FAMILIES");
  if (argc > 1)
    n = strtoul(argv[1], NULL, 10);
  else if (env)
    n = strtoul(env, NULL, 10);
  gs_allocator al;
  gs_allocator_init(&al);
  al.malloc = c_malloc;
  al.realloc = c_realloc;
  al.free = c_free;
  check(gs_set_allocator(&al), "allocator");
  gs_init();
  gs_date as_of;
  gs_date_parse(&as_of, "2026-06-01");
  gs_pack *pack;
  gs_catalog *catalog;
  check(gs_pack_load_default(&pack), "pack");
  check(gs_catalog_load_default(&catalog), "catalog");

  long long before = live_bytes;
  double t0 = now();
  gs_family **fams = malloc(n * sizeof *fams);
  for (size_t i = 0; i < n; i++)
    fams[i] = make_family(i, as_of);
  double t_build = now() - t0;
  long long family_bytes = live_bytes - before;

  gs_assessment *a;
  check(gs_assessment_new(&a), "assessment");
  /* warm-up pass: buffers grow to the largest family */
  for (size_t i = 0; i < n && i < 10000; i++)
    check(gs_assess_into(a, fams[i], as_of, pack, catalog), "assess");
  long allocs0 = n_alloc;
  long counts[4] = { 0, 0, 0, 0 };
  double best = 1e30;
  for (int round = 0; round < 3; round++) {
    double t1 = now();
    for (size_t i = 0; i < n; i++) {
      check(gs_assess_into(a, fams[i], as_of, pack, catalog), "assess");
      if (round == 0)
        counts[gs_assessment_care_need(a)]++;
    }
    double t = now() - t1;
    if (t < best)
      best = t;
  }
  long allocs = n_alloc - allocs0;

  printf("bench-assess: %zu families in memory (built in %.2f s)\n", n, t_build);
  printf("  assess (1 core, batch path, best of 3): %.3f s, %.0f families/s\n", best, n / best);
  printf("  heap allocations per assessment: %.6f (%ld in %zu assessments)\n",
         (double)allocs / (3.0 * (double)n), allocs, 3 * n);
  printf("  memory per family (model, in memory): %.0f bytes\n", (double)family_bytes / (double)n);
  printf("  outcomes: positive %.1f%%, additional %.1f%%, urgent %.1f%%\n", 100.0 * counts[1] / n,
         100.0 * counts[2] / n, 100.0 * counts[3] / n);
  gs_assessment_free(a);
  for (size_t i = 0; i < n; i++)
    gs_family_free(fams[i]);
  free(fams);
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  gs_shutdown();
  return 0;
}
