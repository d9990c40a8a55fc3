/*
 * libgoedestart - routing a need through a catalogue (spec/care-paths.md
 * "Routing a need").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * At load the catalogue gets a routing index: per topic the offers serving
 * it, ordered exactly as routes are returned (level, then scope rank
 * municipality < province < region < national, then id in byte order), with
 * the position where each level starts. Routing one need then walks that
 * list from the start level up: the first candidate fixes the route level,
 * the candidates following it at the same level are the routes, already in
 * order. Nothing is allocated and the catalogue is only read, so any number
 * of threads may route through one catalogue at once.
 */
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
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
    for (int l = 1; l <= 6; l++) {
      while (p < e && c->offers[list[p]].level < l)
        p++;
      c->route_start[t][l] = p;
    }
  }
  gsi_free(keys);
  c->route_offers = list;
  return GS_OK;
}

static inline bool candidate(const gsi_offer *o, const gsi_route_query *q, uint8_t province,
                             bool declared) {
  if (!(o->phases & q->phases))
    return false;
  if (!gsi_offer_valid_on(o, q->as_of))
    return false;
  if (o->min_age_months >= 0 || o->max_age_months >= 0) {
    /* an age range never matches a family without children */
    if (q->youngest_months < 0)
      return false;
    if (o->min_age_months >= 0 && q->youngest_months < o->min_age_months)
      return false;
    if (o->max_age_months >= 0 && q->youngest_months > o->max_age_months)
      return false;
  }
  return gsi_offer_covers(o, q->municipality, province, declared);
}

/* The routing walk; writes offer indices to r32 or else rsz, at most max of
 * them (max is 0 when both are NULL). */
static size_t route_walk(const gs_catalog *c, const gsi_route_query *q, size_t max,
                         uint32_t *r32, size_t *rsz, uint8_t *gap_from, uint8_t *gap_to) {
  uint8_t L = q->level < 1 ? 1 : q->level > 5 ? 5 : q->level;
  size_t n = 0;
  uint8_t route_level = 0;
  if (q->topic >= 1 && q->topic <= GSI_TOPIC_N) {
    const gsi_cat_municipality *m = gsi_catalog_municipality(c, q->municipality);
    bool declared = m != NULL;
    uint8_t province = declared ? m->province : gsi_catalog_province(c, q->municipality);
    const uint32_t *list = c->route_offers;
    uint32_t end = c->route_start[q->topic][6];
    for (uint32_t p = c->route_start[q->topic][L]; p < end; p++) {
      const gsi_offer *o = &c->offers[list[p]];
      if (route_level != 0 && o->level != route_level)
        break;
      if (!candidate(o, q, province, declared))
        continue;
      route_level = o->level;
      if (n >= max)
        break;
      if (r32 != NULL)
        r32[n] = list[p];
      else if (rsz != NULL)
        rsz[n] = list[p];
      n++;
    }
  }
  uint8_t from = 0, to = 0;
  if (route_level == 0) {
    from = L;
    to = 5;
  } else if (route_level > L) {
    from = L;
    to = (uint8_t)(route_level - 1);
  }
  if (gap_from != NULL)
    *gap_from = from;
  if (gap_to != NULL)
    *gap_to = to;
  return n;
}

size_t gsi_route(const gs_catalog *c, const gsi_route_query *q, uint32_t *routes,
                 uint8_t *gap_from, uint8_t *gap_to) {
  return route_walk(c, q, routes != NULL ? q->route_max : 0, routes, NULL, gap_from, gap_to);
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
  uint8_t from, to;
  *n_routes = route_walk(catalog, &q, cap, NULL, routes, &from, &to);
  if (gap_from != NULL)
    *gap_from = from;
  if (gap_to != NULL)
    *gap_to = to;
  return GS_OK;
}
