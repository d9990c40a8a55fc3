/*
 * libgoedestart - survival analysis (spec/indicators.md "Survival
 * analysis"): Kaplan-Meier curves with Greenwood errors and log-log
 * intervals, the weighted log-rank tests, the chi-square tail, the
 * time-to-event of a child, groups and label tables. The Kaplan-Meier
 * machinery here is also what the indicators use for time to support.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analytics.h"
#include "buf.h"
#include "codes.h"
#include "fileio.h"
#include "goedestart/gs-dossier.h"

/* qnorm(0.975) */
#define Z975 1.959963984540054
#define PI 3.14159265358979323846

/* ---- string map ---------------------------------------------------------- */

uint32_t gsi_strhash(const char *s) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= *p;
    h *= 16777619u;
  }
  return h;
}

static void strmap_insert(gsi_strmap_slot *slots, size_t cap, const char *key, uint32_t hash,
                          uint32_t value) {
  size_t mask = cap - 1, i = hash & mask;
  while (slots[i].key != NULL) {
    if (slots[i].hash == hash && strcmp(slots[i].key, key) == 0) {
      slots[i].value = value;
      return;
    }
    i = (i + 1) & mask;
  }
  slots[i].key = key;
  slots[i].hash = hash;
  slots[i].value = value;
}

gs_status gsi_strmap_reserve(gsi_strmap *m, size_t n) {
  size_t cap = m->cap ? m->cap : 16;
  while (cap / 2 < n + 1) {
    if (cap > SIZE_MAX / 4)
      return gsi_oom();
    cap *= 2;
  }
  if (cap == m->cap)
    return GS_OK;
  gsi_strmap_slot *slots = gsi_calloc(cap, sizeof *slots);
  if (slots == NULL)
    return gsi_oom();
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key != NULL)
      strmap_insert(slots, cap, m->slots[i].key, m->slots[i].hash, m->slots[i].value);
  gsi_free(m->slots);
  m->slots = slots;
  m->cap = cap;
  return GS_OK;
}

int64_t gsi_strmap_get(const gsi_strmap *m, const char *key) {
  if (m->cap == 0)
    return -1;
  uint32_t h = gsi_strhash(key);
  size_t mask = m->cap - 1, i = h & mask;
  while (m->slots[i].key != NULL) {
    if (m->slots[i].hash == h && strcmp(m->slots[i].key, key) == 0)
      return m->slots[i].value;
    i = (i + 1) & mask;
  }
  return -1;
}

void gsi_strmap_put(gsi_strmap *m, const char *key, uint32_t value) {
  if (gsi_strmap_get(m, key) < 0)
    m->n++;
  strmap_insert(m->slots, m->cap, key, gsi_strhash(key), value);
}

void gsi_strmap_clear(gsi_strmap *m) {
  if (m->slots != NULL)
    memset(m->slots, 0, m->cap * sizeof *m->slots);
  m->n = 0;
}

void gsi_strmap_free(gsi_strmap *m) {
  gsi_free(m->slots);
  m->slots = NULL;
  m->cap = m->n = 0;
}

/* ---- Kaplan-Meier counts ------------------------------------------------- */

gs_status gsi_km_reserve(gsi_km *k, int32_t t) {
  if (t < 0)
    return gsi_einval("internal: negative survival time");
  size_t need = (size_t)t + 1;
  if (need <= k->len)
    return GS_OK;
  size_t len = k->len ? k->len : 64;
  while (len < need)
    len *= 2;
  uint64_t *ev = gsi_realloc(k->events, len * sizeof *ev);
  if (ev == NULL)
    return gsi_oom();
  k->events = ev;
  uint64_t *ce = gsi_realloc(k->censored, len * sizeof *ce);
  if (ce == NULL) {
    if (k->len == 0) { /* nothing was there: leave nothing behind */
      gsi_free(k->events);
      k->events = NULL;
    }
    return gsi_oom(); /* events grown, len unchanged: k is still as it was */
  }
  k->censored = ce;
  memset(ev + k->len, 0, (len - k->len) * sizeof *ev);
  memset(ce + k->len, 0, (len - k->len) * sizeof *ce);
  k->len = len;
  return GS_OK;
}

void gsi_km_put(gsi_km *k, int32_t t, bool event, uint64_t count) {
  if (event) {
    k->events[t] += count;
    k->n_events += count;
  } else {
    k->censored[t] += count;
  }
  k->subjects += count;
}

void gsi_km_merge(gsi_km *dst, const gsi_km *src) {
  for (size_t t = 0; t < src->len; t++) {
    dst->events[t] += src->events[t];
    dst->censored[t] += src->censored[t];
  }
  dst->subjects += src->subjects;
  dst->n_events += src->n_events;
}

void gsi_km_free(gsi_km *k) {
  gsi_free(k->events);
  gsi_free(k->censored);
  memset(k, 0, sizeof *k);
}

size_t gsi_km_event_times(const gsi_km *k) {
  size_t n = 0;
  for (size_t t = 0; t < k->len; t++)
    if (k->events[t] > 0)
      n++;
  return n;
}

void gsi_km_curve(const gsi_km *k, gsi_km_row *rows) {
  uint64_t at_risk = k->subjects;
  long double s = 1.0L, greenwood = 0.0L;
  bool infinite = false;
  size_t r = 0;
  for (size_t t = 0; t < k->len; t++) {
    uint64_t d = k->events[t], c = k->censored[t];
    if (d > 0) {
      long double n = (long double)at_risk;
      s *= (long double)(at_risk - d) / n;
      if (at_risk > d)
        greenwood += (long double)d / (n * (long double)(at_risk - d));
      else
        infinite = true;
      gsi_km_row *row = &rows[r++];
      row->time = (int32_t)t;
      row->at_risk = at_risk;
      row->events = d;
      row->censored = c;
      row->survival = (double)s;
      if (infinite || s <= 0.0L) {
        row->se = row->lower = row->upper = NAN;
      } else {
        long double sd = sqrtl(greenwood); /* standard error of log S */
        row->se = (double)(s * sd);
        if (s >= 1.0L) {
          row->lower = row->upper = NAN;
        } else {
          /* log-log: log(-log S) +- z sd / log S (R survfit conf.type "log-log") */
          long double ls = logl(s);
          long double ll = logl(-ls);
          long double h = (long double)Z975 * sd / ls; /* negative */
          row->lower = (double)expl(-expl(ll - h));
          row->upper = (double)expl(-expl(ll + h));
        }
      }
    }
    at_risk -= d + c;
  }
}

/* R's tolerance for "<= 0.5" and "exactly 0.5": the square root of the
 * double-precision epsilon (survival:::survmean). */
#define HALF_TOL 1.490116119384765625e-8 /* 2^-26 */

double gsi_km_median_of(const int32_t *times, const double *y, size_t n) {
  size_t first = n;
  for (size_t i = 0; i < n; i++)
    if (!isnan(y[i]) && y[i] < 0.5 + HALF_TOL) {
      first = i;
      break;
    }
  if (first == n)
    return NAN;
  if (fabs(y[first] - 0.5) < HALF_TOL)
    for (size_t i = first + 1; i < n; i++)
      if (!isnan(y[i]) && y[i] < y[first])
        return ((double)times[first] + (double)times[i]) / 2.0;
  return (double)times[first];
}

double gsi_km_median(const gsi_km *k) {
  uint64_t at_risk = k->subjects;
  long double s = 1.0L;
  double half = NAN;           /* S at the first time it got to 0.5 */
  int32_t t1 = -1;
  for (size_t t = 0; t < k->len; t++) {
    uint64_t d = k->events[t];
    if (d > 0) {
      s *= (long double)(at_risk - d) / (long double)at_risk;
      double v = (double)s;
      if (t1 >= 0) {
        if (v < half)
          return ((double)t1 + (double)t) / 2.0;
      } else if (v < 0.5 + HALF_TOL) {
        if (fabs(v - 0.5) >= HALF_TOL)
          return (double)t;
        t1 = (int32_t)t;
        half = v;
      }
    }
    at_risk -= d + k->censored[t];
  }
  return t1 >= 0 ? (double)t1 : NAN;
}

double gsi_km_survival_at(const gsi_km *k, int32_t upto) {
  uint64_t at_risk = k->subjects;
  long double s = 1.0L;
  for (size_t t = 0; t < k->len && (int64_t)t <= (int64_t)upto; t++) {
    uint64_t d = k->events[t];
    if (d > 0)
      s *= (long double)(at_risk - d) / (long double)at_risk;
    at_risk -= d + k->censored[t];
  }
  return (double)s;
}

/* ---- weighted log-rank tests --------------------------------------------- */

/* Solves V x = u for a symmetric positive semi-definite V (m x m, row
 * major, overwritten) by an LDL' decomposition whose pivots below a
 * tolerance are set to zero: a generalised inverse, as R's cholesky2 and
 * chsolve2 in the survival package. Returns u' x. */
static long double quad_ginv(long double *V, const long double *u, long double *x, size_t m) {
  long double eps = 0.0L;
  for (size_t i = 0; i < m; i++)
    if (fabsl(V[i * m + i]) > eps)
      eps = fabsl(V[i * m + i]);
  eps *= 1e-9L;
  for (size_t i = 0; i < m; i++) {
    long double pivot = V[i * m + i];
    if (pivot < eps || pivot <= 0.0L) {
      for (size_t j = i; j < m; j++)
        V[j * m + i] = 0.0L;
      V[i * m + i] = 0.0L;
      continue;
    }
    for (size_t j = i + 1; j < m; j++) {
      long double temp = V[j * m + i] / pivot;
      V[j * m + j] -= temp * temp * pivot;
      for (size_t kk = j + 1; kk < m; kk++)
        V[kk * m + j] -= temp * V[kk * m + i];
      V[j * m + i] = temp;
    }
  }
  /* forward: L y = u */
  for (size_t i = 0; i < m; i++) {
    long double t = u[i];
    for (size_t j = 0; j < i; j++)
      t -= V[i * m + j] * x[j];
    x[i] = t;
  }
  /* D z = y, L' x = z */
  for (size_t ii = m; ii-- > 0;) {
    long double d = V[ii * m + ii];
    long double t = d == 0.0L ? 0.0L : x[ii] / d;
    for (size_t j = ii + 1; j < m; j++)
      t -= V[j * m + ii] * x[j];
    x[ii] = t;
  }
  long double q = 0.0L;
  for (size_t i = 0; i < m; i++)
    q += u[i] * x[i];
  return q;
}

bool gsi_km_test(const gsi_km *const *all, size_t n_all, gs_survival_test test,
                 long double *scratch, const gsi_km **groups, double *chisq, int *df,
                 double *p) {
  /* scratch: U[g], V[g*g], then at-risk n[g], x[g]; groups: n_all slots */
  size_t len = 0;
  for (size_t i = 0; i < n_all; i++)
    if (all[i]->len > len)
      len = all[i]->len;
  /* the expected count of each group over the pooled event times: a group
   * with none leaves the test (survdiff) */
  size_t g = 0;
  {
    long double *n = scratch;
    for (size_t i = 0; i < n_all; i++)
      n[i] = (long double)all[i]->subjects;
    long double *e = scratch + n_all;
    for (size_t i = 0; i < n_all; i++)
      e[i] = 0.0L;
    for (size_t t = 0; t < len; t++) {
      uint64_t d = 0;
      long double nn = 0.0L;
      for (size_t i = 0; i < n_all; i++) {
        if (t < all[i]->len)
          d += all[i]->events[t];
        nn += n[i];
      }
      if (d > 0 && nn > 0.0L)
        for (size_t i = 0; i < n_all; i++)
          e[i] += n[i] * (long double)d / nn;
      for (size_t i = 0; i < n_all; i++)
        if (t < all[i]->len)
          n[i] -= (long double)(all[i]->events[t] + all[i]->censored[t]);
    }
    for (size_t i = 0; i < n_all; i++)
      if (e[i] > 0.0L)
        groups[g++] = all[i];
  }
  if (g < 2) {
    *chisq = NAN;
    *df = 0;
    *p = NAN;
    return false;
  }
  long double *U = scratch, *V = scratch + g, *n = V + g * g, *x = n + g;
  for (size_t i = 0; i < g; i++) {
    U[i] = 0.0L;
    n[i] = (long double)groups[i]->subjects;
  }
  for (size_t i = 0; i < g * g; i++)
    V[i] = 0.0L;
  for (size_t t = 0; t < len; t++) {
    uint64_t d = 0, nn = 0;
    for (size_t i = 0; i < g; i++) {
      if (t < groups[i]->len)
        d += groups[i]->events[t];
      nn += (uint64_t)n[i];
    }
    if (d > 0 && nn > 0) {
      long double N = (long double)nn, D = (long double)d;
      long double w = test == GS_TEST_LOG_RANK ? 1.0L
                      : test == GS_TEST_TARONE_WARE ? sqrtl(N) : N;
      for (size_t i = 0; i < g; i++) {
        long double di = t < groups[i]->len ? (long double)groups[i]->events[t] : 0.0L;
        U[i] += w * (di - n[i] * D / N);
      }
      if (nn > 1) {
        long double f = w * w * D * (N - D) / (N - 1.0L);
        for (size_t i = 0; i < g; i++) {
          if (n[i] == 0.0L)
            continue;
          long double pi = n[i] / N;
          for (size_t h = 0; h < g; h++)
            V[i * g + h] += f * pi * ((i == h ? 1.0L : 0.0L) - n[h] / N);
        }
      }
    }
    for (size_t i = 0; i < g; i++)
      if (t < groups[i]->len)
        n[i] -= (long double)(groups[i]->events[t] + groups[i]->censored[t]);
  }
  /* drop the last group: (g-1) x (g-1) system */
  size_t m = g - 1;
  for (size_t i = 0; i < m; i++)
    for (size_t h = 0; h < m; h++)
      V[i * m + h] = V[i * g + h]; /* compact in place (row-major, m < g) */
  long double q = quad_ginv(V, U, x, m);
  if (q < 0.0L)
    q = 0.0L;
  *chisq = (double)q;
  *df = (int)m;
  *p = gsi_chisq_upper(*chisq, (double)m);
  return true;
}

/* ---- incomplete gamma ---------------------------------------------------- */

double gsi_lgamma(double xx) {
  /* Lanczos approximation, g = 7, n = 9 (Godfrey): ~1e-15 relative. */
  static const double c[9] = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028,
    771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  };
  if (xx < 0.5) /* reflection: Gamma(x) Gamma(1-x) = pi / sin(pi x) */
    return log(PI / fabs(sin(PI * xx))) - gsi_lgamma(1.0 - xx);
  double x = xx - 1.0;
  double a = c[0];
  double t = x + 7.5;
  for (int i = 1; i < 9; i++)
    a += c[i] / (x + (double)i);
  return 0.5 * log(2.0 * PI) + (x + 0.5) * log(t) - t + log(a);
}

/* P(a, x) by its series, for x < a + 1. */
static double gamma_series(double a, double x) {
  double ap = a, del = 1.0 / a, sum = del;
  for (int n = 0; n < 100000; n++) {
    ap += 1.0;
    del *= x / ap;
    sum += del;
    if (fabs(del) < fabs(sum) * 1e-17)
      break;
  }
  return sum * exp(-x + a * log(x) - gsi_lgamma(a));
}

/* Q(a, x) by its continued fraction (modified Lentz), for x >= a + 1. */
static double gamma_cf(double a, double x) {
  const double tiny = 1e-300;
  double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
  for (int i = 1; i < 100000; i++) {
    double an = -i * ((double)i - a);
    b += 2.0;
    d = an * d + b;
    if (fabs(d) < tiny)
      d = tiny;
    c = b + an / c;
    if (fabs(c) < tiny)
      c = tiny;
    d = 1.0 / d;
    double del = d * c;
    h *= del;
    if (fabs(del - 1.0) < 1e-17)
      break;
  }
  return exp(-x + a * log(x) - gsi_lgamma(a)) * h;
}

double gsi_gamma_p(double a, double x) {
  if (!(a > 0.0) || isnan(x))
    return NAN;
  if (x <= 0.0)
    return 0.0;
  if (isinf(x))
    return 1.0;
  return x < a + 1.0 ? gamma_series(a, x) : 1.0 - gamma_cf(a, x);
}

double gsi_gamma_q(double a, double x) {
  if (!(a > 0.0) || isnan(x))
    return NAN;
  if (x <= 0.0)
    return 1.0;
  if (isinf(x))
    return 0.0;
  return x < a + 1.0 ? 1.0 - gamma_series(a, x) : gamma_cf(a, x);
}

double gsi_chisq_upper(double x, double df) {
  return gsi_gamma_q(df / 2.0, x / 2.0);
}

/* ---- the time-to-event of a child ---------------------------------------- */

static bool contact_signals(const gs_family *f, const gsi_contact *c) {
  for (uint32_t j = 0; j < c->n_findings; j++) {
    const gsi_finding *fi = &f->findings[c->first_finding + j];
    switch (fi->kind) {
    case GS_FINDING_DMOP:
      if (fi->value == GS_RATING_NOT_GOOD)
        return true;
      break;
    case GS_FINDING_CONSULT:
      if (fi->value == GS_CONSULT_PROBLEM)
        return true;
      break;
    case GS_FINDING_GIZ:
      if (fi->item >= 1 && fi->item <= 7 && fi->value >= 3)
        return true;
      break;
    default:
      break;
    }
  }
  return false;
}

bool gsi_child_event(const gs_family *f, size_t ci, gs_date as_of, int32_t horizon,
                     int32_t *time, bool *event) {
  const gsi_child *ch = &f->children[ci];
  if (ch->born < f->enrolled || ch->born > as_of)
    return false;
  int32_t limit = as_of - ch->born;
  if (limit > horizon)
    limit = horizon;
  for (size_t k = 0; k < f->n_contacts; k++) {
    const gsi_contact *c = &f->contacts[k];
    if (c->date < ch->born)
      continue;
    if (c->date > as_of)
      break;
    bool about = c->subject_kind == GSI_SUBJECT_FAMILY ||
                 (c->subject_kind == GSI_SUBJECT_CHILD && c->subject == (int32_t)ci);
    if (!about || !contact_signals(f, c))
      continue;
    int32_t t = c->date - ch->born;
    if (t > horizon) {
      *time = horizon;
      *event = false;
    } else {
      *time = t;
      *event = true;
    }
    return true;
  }
  *time = limit;
  *event = false;
  return true;
}

/* ---- groups ------------------------------------------------------------- */

const char *gsi_group_name(gs_group_by by, const gs_catalog *catalog, const gs_labels *labels,
                           const gs_family *f) {
  switch (by) {
  case GS_GROUP_BY_MUNICIPALITY:
    return f->municipality_code;
  case GS_GROUP_BY_PROVINCE: {
    uint8_t prov;
    if (catalog != NULL) {
      prov = gsi_catalog_province(catalog, f->municipality);
    } else {
      const gsi_known_municipality *k = gsi_known_municipality_find(f->municipality);
      prov = k != NULL ? k->province : 0;
    }
    const char *tok = prov != 0 ? gsi_code_token(GS_KIND_PROVINCE, prov) : NULL;
    return tok != NULL ? tok : "unknown";
  }
  case GS_GROUP_BY_NONE:
    return "all";
  case GS_GROUP_BY_LABEL:
    return labels != NULL ? gs_labels_get(labels, f->id) : NULL;
  }
  return NULL;
}

void gsi_format_g10(double v, char *buf, size_t size) {
  if (isnan(v) || isinf(v)) {
    buf[0] = '\0';
    return;
  }
  if (v == 0.0)
    v = 0.0; /* no "-0" */
  snprintf(buf, size, "%.10g", v);
}

/* ---- streaming a dossier file --------------------------------------------- */

gs_status gsi_dossier_file_each(const char *path, gsi_family_fn add, void *ctx) {
  gs_dossier_reader *r;
  gs_status st = gs_dossier_reader_open_file(&r, path);
  if (st != GS_OK)
    return st;
  for (;;) {
    gs_family *f = NULL;
    if ((st = gs_dossier_reader_next(r, &f)) != GS_OK || f == NULL)
      break;
    st = add(ctx, f);
    if (st != GS_OK)
      gsi_error_prefix(f->id);
    gs_family_free(f);
    if (st != GS_OK)
      break;
  }
  gs_dossier_reader_free(r);
  return st;
}

/* ---- label tables -------------------------------------------------------- */

struct gs_labels {
  const char **ids;             /* arena */
  const char **labels;          /* arena */
  size_t n, cap;
  gsi_strmap index;             /* id -> position */
  gsi_arena arena;
};

GS_EXPORT gs_status gs_labels_new(gs_labels **out) {
  if (out == NULL)
    return gsi_einval("gs_labels_new: out is NULL");
  gs_labels *l = gsi_calloc(1, sizeof *l);
  if (l == NULL)
    return gsi_oom();
  gsi_arena_init(&l->arena);
  *out = l;
  return GS_OK;
}

GS_EXPORT void gs_labels_free(gs_labels *l) {
  if (l == NULL)
    return;
  gsi_free(l->ids);
  gsi_free(l->labels);
  gsi_strmap_free(&l->index);
  gsi_arena_free(&l->arena);
  gsi_free(l);
}

/* Adds without checks beyond duplicates; GS_EINVAL for a duplicate (the
 * caller adds the position), GS_ENOMEM. Unchanged on error. */
static gs_status labels_put(gs_labels *l, const char *id, const char *label) {
  if (gsi_strmap_get(&l->index, id) >= 0)
    return gsi_einval("family '%s' has a label already", id);
  size_t cap_ids = l->cap, cap_labels = l->cap;
  gs_status st;
  if ((st = GSI_GROW(l->ids, cap_ids, l->n + 1)) != GS_OK)
    return st;
  if ((st = GSI_GROW(l->labels, cap_labels, l->n + 1)) != GS_OK)
    return st;
  l->cap = cap_ids < cap_labels ? cap_ids : cap_labels;
  if ((st = gsi_strmap_reserve(&l->index, l->n + 1)) != GS_OK)
    return st;
  size_t a = strlen(id) + 1, b = strlen(label) + 1;
  if ((st = gsi_arena_reserve(&l->arena, a + b)) != GS_OK)
    return st;
  const char *cid = gsi_arena_strdup(&l->arena, id);
  const char *clabel = gsi_arena_strdup(&l->arena, label);
  l->ids[l->n] = cid;
  l->labels[l->n] = clabel;
  gsi_strmap_put(&l->index, cid, (uint32_t)l->n);
  l->n++;
  return GS_OK;
}

GS_EXPORT gs_status gs_labels_set(gs_labels *l, const char *family_id, const char *label) {
  if (l == NULL || family_id == NULL || label == NULL)
    return gsi_einval("gs_labels_set: labels, family id and label are required");
  if (!gsi_valid_id(family_id))
    return gsi_einval("gs_labels_set: the family id is not a valid identifier");
  if (!gsi_valid_id(label))
    return gsi_einval("gs_labels_set: the label must be 1-64 bytes of UTF-8 without control "
                      "characters");
  return labels_put(l, family_id, label);
}

GS_EXPORT const char *gs_labels_get(const gs_labels *l, const char *family_id) {
  if (l == NULL || family_id == NULL)
    return NULL;
  int64_t i = gsi_strmap_get(&l->index, family_id);
  return i < 0 ? NULL : l->labels[i];
}

GS_EXPORT size_t gs_labels_count(const gs_labels *l) {
  return l != NULL ? l->n : 0;
}

/* A minimal RFC 4180 reader: one record at a time, fields into buf. */
typedef struct csv_reader {
  const char *p, *end;
  const char *name;
  int line;                     /* line of the current position */
  const char *line_start;
} csv_reader;

#define CSV_MAX_FIELDS 2

/* Reads a record of at most CSV_MAX_FIELDS fields into f[] (NUL-terminated
 * copies in buf). Returns the number of fields, 0 at the end, -1 on error
 * (error set). *rec_line gets the record's first line. */
static int csv_record(csv_reader *r, char *buf, size_t bufsize, char **f, int *rec_line) {
  if (r->p >= r->end)
    return 0;
  *rec_line = r->line;
  size_t used = 0;
  int nf = 0;
  for (;;) {
    if (nf >= CSV_MAX_FIELDS) {
      gsi_error(GS_EPARSE, r->name, r->line, (int)(r->p - r->line_start) + 1,
                "more than two fields (expected family,label)");
      return -1;
    }
    f[nf++] = buf + used;
    int col = (int)(r->p - r->line_start) + 1;
    if (r->p < r->end && *r->p == '"') {
      r->p++;
      for (;;) {
        if (r->p >= r->end) {
          gsi_error(GS_EPARSE, r->name, *rec_line, col, "quoted field is not closed");
          return -1;
        }
        char c = *r->p++;
        if (c == '"') {
          if (r->p < r->end && *r->p == '"') {
            r->p++;
          } else {
            break;
          }
        } else if (c == '\n') {
          r->line++;
          r->line_start = r->p;
        }
        if (used + 1 >= bufsize) {
          gsi_error(GS_EPARSE, r->name, *rec_line, col, "field longer than 64 bytes");
          return -1;
        }
        buf[used++] = c;
      }
      if (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n') {
        gsi_error(GS_EPARSE, r->name, r->line, (int)(r->p - r->line_start) + 1,
                  "unexpected character after a quoted field");
        return -1;
      }
    } else {
      while (r->p < r->end && *r->p != ',' && *r->p != '\r' && *r->p != '\n') {
        if (*r->p == '"') {
          gsi_error(GS_EPARSE, r->name, r->line, (int)(r->p - r->line_start) + 1,
                    "a quote inside an unquoted field");
          return -1;
        }
        if (used + 1 >= bufsize) {
          gsi_error(GS_EPARSE, r->name, *rec_line, col, "field longer than 64 bytes");
          return -1;
        }
        buf[used++] = *r->p++;
      }
    }
    buf[used++] = '\0';
    if (r->p < r->end && *r->p == ',') {
      r->p++;
      continue;
    }
    if (r->p < r->end && *r->p == '\r')
      r->p++;
    if (r->p < r->end && *r->p == '\n')
      r->p++;
    r->line++;
    r->line_start = r->p;
    return nf;
  }
}

GS_EXPORT gs_status gs_labels_load_csv_memory(gs_labels **out, const char *data, size_t len,
                                              const char *name) {
  if (out == NULL || (data == NULL && len > 0))
    return gsi_einval("gs_labels_load_csv_memory: out and data are required");
  if (name == NULL)
    name = "memory";
  if (data == NULL)
    data = "";
  if (!gsi_valid_utf8(data, len))
    return gsi_error(GS_EPARSE, name, 0, 0, "the label file is not valid UTF-8");
  gs_labels *l;
  gs_status st = gs_labels_new(&l);
  if (st != GS_OK)
    return st;
  csv_reader r = { data, data + len, name, 1, data };
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) { /* byte order mark */
    r.p += 3;
    r.line_start = r.p;
  }
  char buf[2 * 66];
  char *f[CSV_MAX_FIELDS];
  int line;
  int nf = csv_record(&r, buf, sizeof buf, f, &line);
  if (nf < 0) {
    gs_labels_free(l);
    return GS_EPARSE;
  }
  if (nf != 2 || strcmp(f[0], "family") != 0 || strcmp(f[1], "label") != 0) {
    gs_labels_free(l);
    return gsi_error(GS_EPARSE, name, 1, 1, "the header must be 'family,label'");
  }
  for (;;) {
    nf = csv_record(&r, buf, sizeof buf, f, &line);
    if (nf == 0)
      break;
    if (nf < 0) {
      gs_labels_free(l);
      return GS_EPARSE;
    }
    if (nf == 1 && f[0][0] == '\0')
      continue; /* an empty line */
    if (nf != 2) {
      gs_labels_free(l);
      return gsi_error(GS_EPARSE, name, line, 1, "expected two fields: family,label");
    }
    if (!gsi_valid_id(f[0])) {
      gs_labels_free(l);
      return gsi_error(GS_EPARSE, name, line, 1, "'%s' is not a valid family id", f[0]);
    }
    if (!gsi_valid_id(f[1])) {
      gs_labels_free(l);
      return gsi_error(GS_EPARSE, name, line, 1,
                       "family %s: the label must be 1-64 bytes without control characters",
                       f[0]);
    }
    st = labels_put(l, f[0], f[1]);
    if (st != GS_OK) {
      gs_labels_free(l);
      if (st == GS_EINVAL)
        return gsi_error(GS_EPARSE, name, line, 1, "family %s is listed twice", f[0]);
      return st;
    }
  }
  *out = l;
  return GS_OK;
}

GS_EXPORT gs_status gs_labels_load_csv_file(gs_labels **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_labels_load_csv_file: out and path are required");
  char *data;
  size_t len;
  gs_status st = gsi_read_file(path, (size_t)1 << 30, &data, &len);
  if (st != GS_OK)
    return st;
  st = gs_labels_load_csv_memory(out, data, len, path);
  gsi_free(data);
  return st;
}

/* ---- the survival analysis ------------------------------------------------ */

typedef struct surv_group {
  const char *name;             /* owned */
  gsi_km km;
  gsi_km_row *rows;
  size_t n_rows;
  double median, lower, upper;  /* NaN: not reached */
  bool included;
} surv_group;

typedef struct surv_test {
  gs_survival_test kind;
  double chisq;
  int df;
  double p;
} surv_test;

struct gs_survival {
  gs_survival_options opt;
  const gs_catalog *catalog;
  const gs_labels *labels;
  surv_group *groups;
  size_t n_groups, cap_groups;
  gsi_strmap index;             /* name -> group */
  bool finished;
  /* after finishing: groups with subjects, sorted by name */
  size_t n_out;
  surv_test tests[3];
  size_t n_tests;
};

static const char *const test_names[4] = { NULL, "log-rank", "tarone-ware", "gehan-breslow" };

GS_EXPORT void gs_survival_options_init(gs_survival_options *o) {
  if (o == NULL)
    return;
  gs_survival_options def = GS_SURVIVAL_OPTIONS_INIT;
  *o = def;
}

GS_EXPORT gs_status gs_survival_new(gs_survival **out, const gs_survival_options *o,
                                    const gs_catalog *catalog, const gs_labels *labels) {
  if (out == NULL || o == NULL)
    return gsi_einval("gs_survival_new: out and options are required");
  if (o->version != GS_SURVIVAL_OPTIONS_VERSION)
    return gsi_error(GS_EVERSION, NULL, 0, 0,
                     "gs_survival_new: options version %u is not supported (expected %u)",
                     o->version, GS_SURVIVAL_OPTIONS_VERSION);
  if (!gs_date_valid(o->as_of))
    return gsi_einval("gs_survival_new: the as-of date is missing or invalid");
  if (o->horizon < 0 || o->horizon > 100000)
    return gsi_einval("gs_survival_new: the horizon must be 0-100000 days");
  if (o->min_group < 0)
    return gsi_einval("gs_survival_new: the minimum group size must not be negative");
  if (o->group_by < GS_GROUP_BY_MUNICIPALITY || o->group_by > GS_GROUP_BY_LABEL)
    return gsi_einval("gs_survival_new: unknown grouping %d", o->group_by);
  if (o->group_by == GS_GROUP_BY_LABEL && labels == NULL)
    return gsi_einval("gs_survival_new: grouping by label needs a label table");
  gs_survival *s = gsi_calloc(1, sizeof *s);
  if (s == NULL)
    return gsi_oom();
  s->opt = *o;
  s->catalog = catalog;
  s->labels = labels;
  *out = s;
  return GS_OK;
}

GS_EXPORT void gs_survival_free(gs_survival *s) {
  if (s == NULL)
    return;
  for (size_t i = 0; i < s->n_groups; i++) {
    gsi_km_free(&s->groups[i].km);
    gsi_free(s->groups[i].rows);
    gsi_free((char *)s->groups[i].name);
  }
  gsi_free(s->groups);
  gsi_strmap_free(&s->index);
  gsi_free(s);
}

/* The group named name; a new one is created empty and *created set, so
 * that a failure later in the same call can drop it again (surv_drop). NULL
 * on OOM (nothing created). */
static surv_group *surv_group_get(gs_survival *s, const char *name, bool *created) {
  *created = false;
  int64_t i = gsi_strmap_get(&s->index, name);
  if (i >= 0)
    return &s->groups[i];
  if (GSI_GROW(s->groups, s->cap_groups, s->n_groups + 1) != GS_OK ||
      gsi_strmap_reserve(&s->index, s->n_groups + 1) != GS_OK)
    return NULL;
  char *copy = gsi_strdup(name);
  if (copy == NULL) {
    gsi_oom();
    return NULL;
  }
  surv_group *g = &s->groups[s->n_groups];
  memset(g, 0, sizeof *g);
  g->name = copy;
  g->median = g->lower = g->upper = NAN;
  gsi_strmap_put(&s->index, copy, (uint32_t)s->n_groups);
  s->n_groups++;
  *created = true;
  return g;
}

/* Drops the last group (created by the failing call) and, when no group is
 * left, the containers too: the analysis is exactly as before the call. */
static void surv_drop(gs_survival *s) {
  surv_group *g = &s->groups[--s->n_groups];
  gsi_km_free(&g->km);
  gsi_free(g->rows);
  gsi_free((char *)g->name);
  gsi_strmap_clear(&s->index);
  for (size_t i = 0; i < s->n_groups; i++)
    gsi_strmap_put(&s->index, s->groups[i].name, (uint32_t)i);
  if (s->n_groups == 0) {
    gsi_strmap_free(&s->index);
    gsi_free(s->groups);
    s->groups = NULL;
    s->cap_groups = 0;
  }
}

/* When an allocation fails right after the call grew the containers of an
 * empty analysis: free them again. */
static void surv_trim(gs_survival *s) {
  if (s->n_groups == 0) {
    gsi_strmap_free(&s->index);
    gsi_free(s->groups);
    s->groups = NULL;
    s->cap_groups = 0;
  }
}

/* Makes group name ready for times up to tmax; on failure nothing is left
 * behind. */
static surv_group *surv_reserve(gs_survival *s, const char *name, int32_t tmax) {
  bool created;
  surv_group *g = surv_group_get(s, name, &created);
  if (g == NULL) {
    surv_trim(s);
    return NULL;
  }
  if (gsi_km_reserve(&g->km, tmax) != GS_OK) {
    if (created)
      surv_drop(s);
    return NULL;
  }
  return g;
}

static gs_status surv_check_open(const gs_survival *s, const char *fn) {
  if (s->finished)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "%s: the survival analysis is finished already", fn);
  return GS_OK;
}

GS_EXPORT gs_status gs_survival_add(gs_survival *s, const gs_family *f) {
  if (s == NULL || f == NULL)
    return gsi_einval("gs_survival_add: analysis and family are required");
  gs_status st = surv_check_open(s, "gs_survival_add");
  if (st != GS_OK)
    return st;
  if (!f->finished)
    return gsi_einval("gs_survival_add: family %s is not finished", f->id);
  const char *name = gsi_group_name((gs_group_by)s->opt.group_by, s->catalog, s->labels, f);
  if (name == NULL)
    return GS_OK; /* no label: left out */
  int32_t times[GSI_MAX_MEMBERS];
  bool events[GSI_MAX_MEMBERS];
  size_t n = 0;
  int32_t tmax = 0;
  for (size_t c = 0; c < f->n_children; c++)
    if (gsi_child_event(f, c, s->opt.as_of, s->opt.horizon, &times[n], &events[n])) {
      if (times[n] > tmax)
        tmax = times[n];
      n++;
    }
  if (n == 0)
    return GS_OK;
  surv_group *g = surv_reserve(s, name, tmax);
  if (g == NULL)
    return GS_ENOMEM;
  for (size_t i = 0; i < n; i++)
    gsi_km_put(&g->km, times[i], events[i], 1);
  return GS_OK;
}

GS_EXPORT gs_status gs_survival_add_observation(gs_survival *s, const char *group, int time,
                                                int event, uint64_t count) {
  if (s == NULL || group == NULL)
    return gsi_einval("gs_survival_add_observation: analysis and group are required");
  gs_status st = surv_check_open(s, "gs_survival_add_observation");
  if (st != GS_OK)
    return st;
  if (!gsi_valid_id(group))
    return gsi_einval("gs_survival_add_observation: the group name must be 1-64 bytes of "
                      "UTF-8 without control characters");
  if (time < 0 || count == 0 || (event != 0 && event != 1))
    return gsi_einval("gs_survival_add_observation: time >= 0, event 0 or 1, count >= 1");
  bool ev = event == 1;
  if (time > s->opt.horizon) {
    time = s->opt.horizon;
    ev = false;
  }
  surv_group *g = surv_reserve(s, group, time);
  if (g == NULL)
    return GS_ENOMEM;
  gsi_km_put(&g->km, time, ev, count);
  return GS_OK;
}

static gs_status survival_add_one(void *s, const gs_family *f) {
  return gs_survival_add(s, f);
}

GS_EXPORT gs_status gs_survival_add_file(gs_survival *s, const char *path) {
  if (s == NULL || path == NULL)
    return gsi_einval("gs_survival_add_file: analysis and path are required");
  gs_status st = surv_check_open(s, "gs_survival_add_file");
  if (st != GS_OK)
    return st;
  /* accumulate the file apart, then merge: a failure adds nothing */
  gs_survival *tmp;
  if ((st = gs_survival_new(&tmp, &s->opt, s->catalog, s->labels)) != GS_OK)
    return st;
  st = gsi_dossier_file_each(path, survival_add_one, tmp);
  if (st == GS_OK) {
    /* reserve everything in s first, then merge without allocating; on
     * failure drop the groups this call created */
    size_t before = s->n_groups;
    for (size_t i = 0; i < tmp->n_groups && st == GS_OK; i++) {
      const gsi_km *src = &tmp->groups[i].km;
      if (src->subjects > 0 &&
          surv_reserve(s, tmp->groups[i].name, (int32_t)src->len - 1) == NULL)
        st = GS_ENOMEM;
    }
    if (st != GS_OK) {
      while (s->n_groups > before)
        surv_drop(s);
      surv_trim(s);
    } else {
      for (size_t i = 0; i < tmp->n_groups; i++)
        if (tmp->groups[i].km.subjects > 0)
          gsi_km_merge(&s->groups[gsi_strmap_get(&s->index, tmp->groups[i].name)].km,
                       &tmp->groups[i].km);
    }
  }
  gs_survival_free(tmp);
  return st;
}

static int group_cmp(const void *a, const void *b) {
  const surv_group *x = a, *y = b;
  /* groups without subjects last */
  if ((x->km.subjects == 0) != (y->km.subjects == 0))
    return x->km.subjects == 0 ? 1 : -1;
  return strcmp(x->name, y->name);
}

GS_EXPORT gs_status gs_survival_finish(gs_survival *s) {
  if (s == NULL)
    return gsi_einval("gs_survival_finish: the analysis is NULL");
  gs_status st = surv_check_open(s, "gs_survival_finish");
  if (st != GS_OK)
    return st;
  /* allocate first: rows per included group, the test scratch */
  size_t n_incl = 0;
  bool fail = false;
  for (size_t i = 0; i < s->n_groups; i++) {
    surv_group *g = &s->groups[i];
    g->included = g->km.subjects > 0 && g->km.subjects >= (uint64_t)s->opt.min_group;
    if (!g->included)
      continue;
    n_incl++;
    size_t nr = gsi_km_event_times(&g->km);
    gsi_free(g->rows);
    g->rows = NULL;
    g->n_rows = 0;
    if (nr > 0 && (g->rows = gsi_calloc(nr, sizeof *g->rows)) == NULL)
      fail = true;
  }
  long double *scratch = NULL;
  const gsi_km **kms = NULL;
  double *band = NULL;
  int32_t *times = NULL;
  size_t max_rows = 0;
  for (size_t i = 0; i < s->n_groups; i++)
    if (s->groups[i].included) {
      size_t nr = gsi_km_event_times(&s->groups[i].km);
      if (nr > max_rows)
        max_rows = nr;
    }
  if (!fail) {
    band = gsi_calloc(max_rows + 1, sizeof *band);
    times = gsi_calloc(max_rows + 1, sizeof *times);
    fail = band == NULL || times == NULL;
  }
  if (!fail && n_incl >= 2) {
    scratch = gsi_calloc(n_incl * n_incl + 3 * n_incl, sizeof *scratch);
    kms = gsi_calloc(2 * n_incl, sizeof *kms);
    fail = scratch == NULL || kms == NULL;
  }
  if (fail) {
    for (size_t i = 0; i < s->n_groups; i++) {
      gsi_free(s->groups[i].rows);
      s->groups[i].rows = NULL;
    }
    gsi_free(scratch);
    gsi_free(kms);
    gsi_free(band);
    gsi_free(times);
    return gsi_oom();
  }
  /* sort (no allocation) and rebuild the index */
  if (s->n_groups > 1)
    qsort(s->groups, s->n_groups, sizeof *s->groups, group_cmp);
  gsi_strmap_clear(&s->index);
  s->n_out = 0;
  for (size_t i = 0; i < s->n_groups; i++) {
    gsi_strmap_put(&s->index, s->groups[i].name, (uint32_t)i);
    if (s->groups[i].km.subjects > 0)
      s->n_out++;
  }
  size_t k = 0;
  for (size_t i = 0; i < s->n_out; i++) {
    surv_group *g = &s->groups[i];
    if (!g->included)
      continue;
    g->n_rows = gsi_km_event_times(&g->km);
    if (g->n_rows > 0)
      gsi_km_curve(&g->km, g->rows);
    g->median = gsi_km_median(&g->km);
    /* the median's interval: the same rule on the two log-log bands */
    for (size_t r = 0; r < g->n_rows; r++) {
      times[r] = g->rows[r].time;
      band[r] = g->rows[r].lower;
    }
    g->lower = gsi_km_median_of(times, band, g->n_rows);
    for (size_t r = 0; r < g->n_rows; r++)
      band[r] = g->rows[r].upper;
    g->upper = gsi_km_median_of(times, band, g->n_rows);
    if (kms != NULL)
      kms[k++] = &g->km;
  }
  s->n_tests = 0;
  if (n_incl >= 2) {
    for (int t = GS_TEST_LOG_RANK; t <= GS_TEST_GEHAN_BRESLOW; t++) {
      surv_test *te = &s->tests[s->n_tests];
      te->kind = (gs_survival_test)t;
      if (gsi_km_test(kms, n_incl, (gs_survival_test)t, scratch, kms + n_incl, &te->chisq,
                      &te->df, &te->p))
        s->n_tests++;
    }
  }
  gsi_free(scratch);
  gsi_free(kms);
  gsi_free(band);
  gsi_free(times);
  s->finished = true;
  return GS_OK;
}

/* ---- accessors ------------------------------------------------------------ */

static const surv_group *sgroup(const gs_survival *s, size_t g) {
  return s != NULL && s->finished && g < s->n_out ? &s->groups[g] : NULL;
}

static const gsi_km_row *srow(const gs_survival *s, size_t g, size_t r) {
  const surv_group *gr = sgroup(s, g);
  return gr != NULL && r < gr->n_rows ? &gr->rows[r] : NULL;
}

GS_EXPORT size_t gs_survival_group_count(const gs_survival *s) {
  return s != NULL && s->finished ? s->n_out : 0;
}

GS_EXPORT const char *gs_survival_group_name(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr ? gr->name : NULL;
}

GS_EXPORT uint64_t gs_survival_group_subjects(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr ? gr->km.subjects : 0;
}

GS_EXPORT uint64_t gs_survival_group_events(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr ? gr->km.n_events : 0;
}

GS_EXPORT int gs_survival_group_included(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr ? gr->included : 0;
}

GS_EXPORT int gs_survival_group_median(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  if (gr == NULL || !gr->included || isnan(gr->median))
    return -1;
  /* the smallest time with S <= 0.5: t1 of a midpoint (t1 + t2) / 2 */
  int32_t t1 = -1;
  for (size_t r = 0; r < gr->n_rows && t1 < 0; r++)
    if (gr->rows[r].survival < 0.5 + HALF_TOL)
      t1 = gr->rows[r].time;
  return t1;
}

GS_EXPORT double gs_survival_summary_median(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr && gr->included ? gr->median : NAN;
}

GS_EXPORT double gs_survival_summary_lower(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr && gr->included ? gr->lower : NAN;
}

GS_EXPORT double gs_survival_summary_upper(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr && gr->included ? gr->upper : NAN;
}

GS_EXPORT size_t gs_survival_km_count(const gs_survival *s, size_t g) {
  const surv_group *gr = sgroup(s, g);
  return gr ? gr->n_rows : 0;
}

GS_EXPORT int gs_survival_km_time(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->time : -1;
}

GS_EXPORT uint64_t gs_survival_km_at_risk(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->at_risk : 0;
}

GS_EXPORT uint64_t gs_survival_km_events(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->events : 0;
}

GS_EXPORT uint64_t gs_survival_km_censored(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->censored : 0;
}

GS_EXPORT double gs_survival_km_survival(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->survival : NAN;
}

GS_EXPORT double gs_survival_km_se(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->se : NAN;
}

GS_EXPORT double gs_survival_km_lower(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->lower : NAN;
}

GS_EXPORT double gs_survival_km_upper(const gs_survival *s, size_t g, size_t r) {
  const gsi_km_row *row = srow(s, g, r);
  return row ? row->upper : NAN;
}

GS_EXPORT size_t gs_survival_test_count(const gs_survival *s) {
  return s != NULL && s->finished ? s->n_tests : 0;
}

static const surv_test *stest(const gs_survival *s, size_t i) {
  return s != NULL && s->finished && i < s->n_tests ? &s->tests[i] : NULL;
}

GS_EXPORT gs_survival_test gs_survival_test_kind(const gs_survival *s, size_t i) {
  const surv_test *t = stest(s, i);
  return t ? t->kind : (gs_survival_test)0;
}

GS_EXPORT const char *gs_survival_test_name(const gs_survival *s, size_t i) {
  const surv_test *t = stest(s, i);
  return t ? test_names[t->kind] : NULL;
}

GS_EXPORT double gs_survival_test_chisq(const gs_survival *s, size_t i) {
  const surv_test *t = stest(s, i);
  return t ? t->chisq : NAN;
}

GS_EXPORT int gs_survival_test_df(const gs_survival *s, size_t i) {
  const surv_test *t = stest(s, i);
  return t ? t->df : 0;
}

GS_EXPORT double gs_survival_test_p(const gs_survival *s, size_t i) {
  const surv_test *t = stest(s, i);
  return t ? t->p : NAN;
}

/* ---- writers ------------------------------------------------------------- */

static gs_status surv_check_finished(const gs_survival *s, char **out, const char *fn) {
  if (s == NULL || out == NULL)
    return gsi_einval("%s: analysis and out are required", fn);
  if (!s->finished)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "%s: call gs_survival_finish first", fn);
  return GS_OK;
}

static void buf_g10(gsi_buf *b, double v) {
  char tmp[48];
  gsi_format_g10(v, tmp, sizeof tmp);
  gsi_buf_puts(b, tmp);
}

static void buf_u64(gsi_buf *b, uint64_t v) {
  char tmp[24];
  snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
  gsi_buf_puts(b, tmp);
}

GS_EXPORT gs_status gs_survival_write_km_csv(const gs_survival *s, char **out, size_t *len) {
  gs_status st = surv_check_finished(s, out, "gs_survival_write_km_csv");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "group,time,at_risk,events,censored,survival,se,lower,upper\r\n");
  for (size_t g = 0; g < s->n_out; g++) {
    const surv_group *gr = &s->groups[g];
    for (size_t r = 0; r < gr->n_rows; r++) {
      const gsi_km_row *row = &gr->rows[r];
      gsi_buf_csv_field(&b, gr->name);
      gsi_buf_putc(&b, ',');
      gsi_buf_int(&b, row->time);
      gsi_buf_putc(&b, ',');
      buf_u64(&b, row->at_risk);
      gsi_buf_putc(&b, ',');
      buf_u64(&b, row->events);
      gsi_buf_putc(&b, ',');
      buf_u64(&b, row->censored);
      gsi_buf_putc(&b, ',');
      buf_g10(&b, row->survival);
      gsi_buf_putc(&b, ',');
      buf_g10(&b, row->se);
      gsi_buf_putc(&b, ',');
      buf_g10(&b, row->lower);
      gsi_buf_putc(&b, ',');
      buf_g10(&b, row->upper);
      gsi_buf_puts(&b, "\r\n");
    }
  }
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_survival_write_tests_csv(const gs_survival *s, char **out, size_t *len) {
  gs_status st = surv_check_finished(s, out, "gs_survival_write_tests_csv");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "test,chisq,df,p\r\n");
  for (size_t i = 0; i < s->n_tests; i++) {
    const surv_test *t = &s->tests[i];
    gsi_buf_puts(&b, test_names[t->kind]);
    gsi_buf_putc(&b, ',');
    buf_g10(&b, t->chisq);
    gsi_buf_putc(&b, ',');
    gsi_buf_int(&b, t->df);
    gsi_buf_putc(&b, ',');
    buf_g10(&b, t->p);
    gsi_buf_puts(&b, "\r\n");
  }
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_survival_write_summary_csv(const gs_survival *s, char **out,
                                                  size_t *len) {
  gs_status st = surv_check_finished(s, out, "gs_survival_write_summary_csv");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "group,n,events,median,lower,upper,left_out\r\n");
  for (size_t g = 0; g < s->n_out; g++) {
    const surv_group *gr = &s->groups[g];
    gsi_buf_csv_field(&b, gr->name);
    gsi_buf_putc(&b, ',');
    buf_u64(&b, gr->km.subjects);
    gsi_buf_putc(&b, ',');
    buf_u64(&b, gr->km.n_events);
    gsi_buf_putc(&b, ',');
    buf_g10(&b, gr->included ? gr->median : NAN);
    gsi_buf_putc(&b, ',');
    buf_g10(&b, gr->included ? gr->lower : NAN);
    gsi_buf_putc(&b, ',');
    buf_g10(&b, gr->included ? gr->upper : NAN);
    gsi_buf_puts(&b, gr->included ? ",0\r\n" : ",1\r\n");
  }
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_survival_write_subjects_csv(const gs_survival *s, char **out,
                                                   size_t *len) {
  gs_status st = surv_check_finished(s, out, "gs_survival_write_subjects_csv");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "group,time,event\r\n");
  for (size_t g = 0; g < s->n_out; g++) {
    const surv_group *gr = &s->groups[g];
    if (!gr->included)
      continue;
    for (size_t t = 0; t < gr->km.len; t++) {
      for (int ev = 1; ev >= 0; ev--) {
        uint64_t n = ev ? gr->km.events[t] : gr->km.censored[t];
        for (uint64_t i = 0; i < n; i++) {
          gsi_buf_csv_field(&b, gr->name);
          gsi_buf_putc(&b, ',');
          gsi_buf_int(&b, (long)t);
          gsi_buf_puts(&b, ev ? ",1\r\n" : ",0\r\n");
        }
      }
    }
  }
  return gsi_buf_take(&b, out, len);
}
