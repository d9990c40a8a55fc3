/*
 * libgoedestart - routing a need through a catalogue (spec/care-paths.md
 * "Routing a need").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * At load the catalogue gets a routing index: per topic the offers serving
 * it, ordered exactly as routes are returned (level, then scope rank
 * municipality < province < region < national, then id in byte order), with
 * the position where each level starts. Routing one need then looks at one
 * level at a time (steps 3-5: up from the start level, never above 2 for a
 * start at 1-2; down to a fallback level 3..L-1 when nothing is at or above
 * L), and the candidates of a level are already in route order. A family
 * matches an offer through a pregnancy or through another phase, with the
 * entry criteria met, unmet or undecided (step 2). Nothing is allocated and
 * the catalogue is only read, so any number of threads may route through
 * one catalogue at once.
 */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "date.h"
#include "goedestart/gs-catalog.h"

typedef struct route_key {
  const gsi_offer *o;
  uint32_t index;
} route_key;

static int cmp_route_key(const void *a, const void *b) {
  const gsi_offer *x = ((const route_key *)a)->o, *y = ((const route_key *)b)->o;
  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  int rx = gsi_scope_rank(x->scope_kind), ry = gsi_scope_rank(y->scope_kind);
  if (rx != ry)
    return rx < ry ? -1 : 1;
  return gsi_strcmp(x->id, y->id); /* ids are unique */
}

gs_status gsi_route_index_build(gs_catalog *c) {
  size_t n = c->n_offers;
  uint32_t count[GSI_TOPIC_N + 1] = { 0 };
  size_t total = 0;
  for (size_t i = 0; i < n; i++)
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      if (c->offers[i].topics & (1u << t)) {
        count[t]++;
        total++;
      }
  route_key *keys = gsi_calloc(n ? n : 1, sizeof *keys);
  uint32_t *list = gsi_calloc(total ? total : 1, sizeof *list);
  if (keys == NULL || list == NULL) {
    gsi_free(keys);
    gsi_free(list);
    return gsi_oom();
  }
  for (size_t i = 0; i < n; i++) {
    keys[i].o = &c->offers[i];
    keys[i].index = (uint32_t)i;
  }
  qsort(keys, n, sizeof *keys, cmp_route_key);

  uint32_t pos[GSI_TOPIC_N + 1];
  uint32_t start = 0;
  memset(c->route_start, 0, sizeof c->route_start);
  for (int t = 1; t <= GSI_TOPIC_N; t++) {
    pos[t] = start;
    c->route_start[t][0] = start;
    start += count[t];
  }
  for (size_t k = 0; k < n; k++)
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      if (keys[k].o->topics & (1u << t))
        list[pos[t]++] = keys[k].index;
  for (int t = 1; t <= GSI_TOPIC_N; t++) {
    uint32_t b = c->route_start[t][0], e = b + count[t], p = b;
    for (int l = 1; l <= 6; l++) { /* [6]: the end */
      while (p < e && c->offers[list[p]].level < l)
        p++;
      c->route_start[t][l] = p;
    }
  }
  gsi_free(keys);
  c->route_offers = list;
  return GS_OK;
}

/* Criterion and path results (care-paths.md "Routing a need", step 2):
 * MET < UNDECIDED < UNMET, so a path is the worst of its criteria and an
 * offer the best of its paths. */
enum { MATCH_MET = 0, MATCH_UNDECIDED = 1, MATCH_UNMET = 2 };

static int worst(int a, int b) {
  return a > b ? a : b;
}

/* max-caregiver-age for one caregiver: undecided without a birth year. */
static int age_criterion(const gsi_offer *o, const gsi_caregiver *cg, gs_date as_of) {
  if (o->max_caregiver_age < 0)
    return MATCH_MET;
  if (cg == NULL || cg->birth_year == 0)
    return MATCH_UNDECIDED;
  int y, m, d;
  gsi_civil_from_days(as_of, &y, &m, &d);
  return y - cg->birth_year <= o->max_caregiver_age ? MATCH_MET : MATCH_UNMET;
}

/* The path through a pregnancy in phase 3. */
static int pregnancy_path(const gsi_offer *o, const gsi_route_query *q, const gsi_pregnancy *p) {
  const gs_family *f = q->family;
  int r = MATCH_MET;
  if (o->first_child && q->children_born > 0)
    return MATCH_UNMET;
  if (o->max_caregiver_age >= 0)
    r = worst(r, age_criterion(o, p->caregiver >= 0 ? &f->caregivers[p->caregiver] : NULL,
                               q->as_of));
  if (o->max_gestational_weeks >= 0) {
    bool ongoing = !(p->ended != GS_DATE_NONE && p->ended <= q->as_of);
    int64_t days = (int64_t)q->as_of - (p->due - 280);
    if (!ongoing || days >= (int64_t)o->max_gestational_weeks * 7)
      return MATCH_UNMET;
  }
  return r;
}

/* The path through a phase other than pregnancy-birth. */
static int other_path(const gsi_offer *o, const gsi_route_query *q) {
  if (o->min_age_months >= 0 || o->max_age_months >= 0) {
    /* an age range never matches a family without children this way */
    if (q->youngest_months < 0)
      return MATCH_UNMET;
    if (o->min_age_months >= 0 && q->youngest_months < o->min_age_months)
      return MATCH_UNMET;
    if (o->max_age_months >= 0 && q->youngest_months > o->max_age_months)
      return MATCH_UNMET;
  }
  if (o->first_child && q->children_born > 0)
    return MATCH_UNMET;
  if (o->max_caregiver_age < 0)
    return MATCH_MET;
  /* the youngest birth-parent: met when some birth-parent with a birth
   * year meets it; else undecided when one lacks it or there is none */
  const gs_family *f = q->family;
  bool any = false, unknown = false;
  for (size_t i = 0; f != NULL && i < f->n_caregivers; i++) {
    const gsi_caregiver *cg = &f->caregivers[i];
    if (cg->role != GS_ROLE_BIRTH_PARENT)
      continue;
    any = true;
    int r = age_criterion(o, cg, q->as_of);
    if (r == MATCH_MET)
      return MATCH_MET;
    unknown |= r == MATCH_UNDECIDED;
  }
  return unknown || !any ? MATCH_UNDECIDED : MATCH_UNMET;
}

/* How the family matches an offer: MATCH_MET (a definite candidate),
 * MATCH_UNDECIDED (a candidate to check) or MATCH_UNMET. */
static int family_match(const gsi_offer *o, const gsi_route_query *q) {
  const uint32_t preg_bit = 1u << GS_PHASE_PREGNANCY_BIRTH;
  int best = MATCH_UNMET;
  if ((o->phases & preg_bit) && (q->phases & preg_bit)) {
    if (q->family == NULL) {
      /* no family (gs_catalog_route): a pregnancy whose criteria are unknown */
      best = o->first_child && q->children_born > 0 ? MATCH_UNMET : MATCH_MET;
    } else {
      for (size_t i = 0; i < q->family->n_pregnancies && best != MATCH_MET; i++) {
        const gsi_pregnancy *p = &q->family->pregnancies[i];
        if (!gsi_pregnancy_in_phase3(p, q->as_of, q->as_of))
          continue;
        int r = pregnancy_path(o, q, p);
        if (r < best)
          best = r;
      }
    }
  }
  if (best != MATCH_MET && (o->phases & q->phases & ~preg_bit) != 0) {
    int r = other_path(o, q);
    if (r < best)
      best = r;
  }
  return best;
}

/* The candidates at exactly one level, in routing order: writes at most
 * max of them to out (may be NULL) and returns how many exist there, up to
 * max (at least 1 when there is any, even with max 0). */
static size_t level_candidates(const gs_catalog *c, const gsi_route_query *q, uint8_t level,
                               uint8_t province, bool declared, bool fallback, gsi_route_entry *out,
                               size_t max) {
  const uint32_t *list = c->route_offers;
  size_t n = 0;
  for (uint32_t p = c->route_start[q->topic][level]; p < c->route_start[q->topic][level + 1];
       p++) {
    const gsi_offer *o = &c->offers[list[p]];
    if (!gsi_offer_valid_on(o, q->as_of) || !gsi_offer_covers(o, q->municipality, province, declared))
      continue;
    int m = family_match(o, q);
    if (m == MATCH_UNMET)
      continue;
    if (n >= max)
      return n > 0 ? n : 1;
    if (out != NULL) {
      out[n].offer = list[p];
      out[n].fallback = fallback;
      out[n].check = m == MATCH_UNDECIDED ? GS_CHECK_CAREGIVER_AGE : GS_CHECK_NONE;
    }
    n++;
  }
  return n;
}

/* The routing walk (steps 3-5); writes at most max routes to out. */
static size_t route_walk(const gs_catalog *c, const gsi_route_query *q, size_t max,
                         gsi_route_entry *out, uint8_t *gap_from, uint8_t *gap_to) {
  uint8_t L = q->level < 1 ? 1 : q->level > 5 ? 5 : q->level;
  uint8_t from = 0, to = 0;
  size_t n = 0;
  if (q->topic >= 1 && q->topic <= GSI_TOPIC_N) {
    const gsi_cat_municipality *m = gsi_catalog_municipality(c, q->municipality);
    bool declared = m != NULL;
    uint8_t province = declared ? m->province : gsi_catalog_province(c, q->municipality);
    if (L <= 2) {
      /* own strength, network: not services, never a gap */
      for (uint8_t l = L; l <= 2 && n == 0; l++)
        n = level_candidates(c, q, l, province, declared, false, out, max);
    } else {
      uint8_t route_level = 0;
      for (uint8_t l = L; l <= 5 && route_level == 0; l++)
        if ((n = level_candidates(c, q, l, province, declared, false, out, max)) > 0)
          route_level = l;
      if (route_level > L) {
        from = L;
        to = (uint8_t)(route_level - 1);
      } else if (route_level == 0) {
        from = L;
        to = 5;
        for (uint8_t l = (uint8_t)(L - 1); l >= 3 && n == 0; l--)
          n = level_candidates(c, q, l, province, declared, true, out, max);
      }
    }
  }
  if (n > max)
    n = max;
  if (gap_from != NULL)
    *gap_from = from;
  if (gap_to != NULL)
    *gap_to = to;
  return n;
}

size_t gsi_route(const gs_catalog *c, const gsi_route_query *q, gsi_route_entry *routes,
                 uint8_t *gap_from, uint8_t *gap_to) {
  return route_walk(c, q, routes != NULL ? q->route_max : 0, routes, gap_from, gap_to);
}

GS_EXPORT gs_status gs_catalog_route(const gs_catalog *catalog, const char *municipality,
                                     int topic, int level, uint32_t phases, int youngest_months,
                                     gs_date as_of, size_t *routes, size_t cap, size_t *n_routes,
                                     int *gap_from, int *gap_to) {
  const char *fn = "gs_catalog_route";
  if (catalog == NULL || n_routes == NULL)
    return gsi_einval("%s: catalog and n_routes are required", fn);
  if (routes == NULL && cap > 0)
    return gsi_einval("%s: routes is NULL but cap is %zu", fn, cap);
  int code = gsi_municipality_parse(municipality);
  if (code < 0)
    return gsi_einval("%s: '%s' is not a municipality code GMnnnn", fn,
                      municipality ? municipality : "(null)");
  if (topic < 1 || topic > GSI_TOPIC_N)
    return gsi_einval("%s: %d is not a topic code", fn, topic);
  if (level < 1 || level > 5)
    return gsi_einval("%s: level %d is out of range (1-5)", fn, level);
  if ((phases & ~(uint32_t)0x7Eu) != 0)
    return gsi_einval("%s: phases 0x%lx has bits other than 1<<1 .. 1<<6", fn,
                      (unsigned long)phases);
  if (youngest_months < -1)
    return gsi_einval("%s: youngest_months %d is below -1", fn, youngest_months);
  if (!gs_date_valid(as_of))
    return gsi_einval("%s: the as-of date is out of range", fn);
  gsi_route_query q;
  memset(&q, 0, sizeof q);
  q.municipality = code;
  q.topic = (uint8_t)topic;
  q.level = (uint8_t)level;
  q.phases = phases;
  q.youngest_months = youngest_months;
  q.as_of = as_of;
  q.route_max = cap;
  q.children_born = youngest_months >= 0 ? 1 : 0;
  q.municipality = gsi_catalog_resolve(catalog, code);
  uint8_t from, to;
  /* at most one level's candidates: route in chunks through a small buffer */
  gsi_route_entry buf[64];
  size_t want = cap < catalog->n_offers ? cap : catalog->n_offers;
  gsi_route_entry *out = buf;
  if (want > GSI_ARRAY_LEN(buf)) {
    out = gsi_calloc(want, sizeof *out);
    if (out == NULL)
      return gsi_oom();
  }
  size_t n = route_walk(catalog, &q, want, out, &from, &to);
  for (size_t i = 0; i < n; i++)
    routes[i] = out[i].offer;
  if (out != buf)
    gsi_free(out);
  *n_routes = n;
  if (gap_from != NULL)
    *gap_from = from;
  if (gap_to != NULL)
    *gap_to = to;
  return GS_OK;
}
