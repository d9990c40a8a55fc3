/*
 * libgoedestart - fuzz target: care-path catalogue loading (lib/catalog.c),
 * routing (lib/routing.c) and the care-gap analysis (lib/gaps.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Loads the input with gs_catalog_load_memory(). Invariants: a failed load
 * leaves the output untouched and records an error with a message (and,
 * for a parse error, a file name); a loaded catalogue answers every
 * accessor, routes every topic at every level in route order without a gap
 * inconsistency, and its gap analysis writes XML and CSV.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_routes(const gs_catalog *c, int municipality) {
  gsi_route_query q;
  memset(&q, 0, sizeof q);
  q.municipality = municipality;
  q.phases = 0x7Eu;
  q.youngest_months = 6;
  q.as_of = c->valid_from;
  q.route_max = 5;
  gsi_route_entry routes[5];
  for (int t = 1; t <= GSI_TOPIC_N; t++)
    for (int l = 1; l <= 5; l++) {
      uint8_t from = 9, to = 9;
      q.topic = (uint8_t)t;
      q.level = (uint8_t)l;
      size_t n = gsi_route(c, &q, routes, &from, &to);
      if (n > 5)
        abort();
      for (size_t i = 0; i < n; i++) {
        if (routes[i].offer >= c->n_offers)
          abort();
        const gsi_offer *o = &c->offers[routes[i].offer];
        if (!(o->topics & (1u << t)) || o->level != c->offers[routes[0].offer].level ||
            routes[i].fallback != routes[0].fallback)
          abort();
        if (i > 0 && gsi_scope_rank(o->scope_kind) <
                         gsi_scope_rank(c->offers[routes[i - 1].offer].scope_kind))
          abort();
      }
      /* care-paths.md "Routing a need", steps 3-4 */
      int level = n > 0 ? c->offers[routes[0].offer].level : 0;
      bool fallback = n > 0 && routes[0].fallback;
      if (l <= 2) {
        if (from != 0 || to != 0 || fallback || (n > 0 && (level < l || level > 2)))
          abort();
      } else if (n == 0 || fallback) {
        if (from != l || to != 5 || (fallback && (level < 3 || level >= l)))
          abort();
      } else if (!((from == 0 && to == 0 && level == l) || (from == l && to + 1 == level)))
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gs_catalog *c = (gs_catalog *)&c; /* a sentinel: must stay untouched on failure */
  gs_status st = gs_catalog_load_memory(&c, (const char *)data, size, "fuzz.xml");
  if (st != GS_OK) {
    if (c != (gs_catalog *)&c || (st != GS_EPARSE && st != GS_ENOMEM && st != GS_EVERSION))
      abort();
    if (gs_error_code(gs_error_last()) != st || gs_error_message(gs_error_last())[0] == '\0')
      abort();
    return 0;
  }
  for (size_t i = 0; i < gs_catalog_offer_count(c); i++) {
    size_t found;
    if (gs_catalog_find_offer(c, gs_catalog_offer_id(c, i), &found) != GS_OK || found != i)
      abort();
    if (gs_catalog_offer_name(c, i, GS_LANG_EN) == NULL ||
        gs_catalog_offer_provider(c, i) == NULL || gs_catalog_offer_topic_count(c, i) == 0 ||
        gs_catalog_offer_phase_count(c, i) == 0 || gs_catalog_offer_level(c, i) < 1)
      abort();
  }
  for (size_t m = 0; m < gs_catalog_municipality_count(c); m++)
    check_routes(c, c->municipalities[m].code);
  check_routes(c, 1681);
  check_routes(c, 363);

  gs_gaps *g = NULL;
  if (gs_gaps_compute(&g, c, NULL, GS_DATE_NONE, GS_GAPS_APPLICABLE_ONLY) == GS_OK) {
    char *out = NULL;
    if (gs_gaps_write_xml(g, &out, NULL) == GS_OK)
      gs_free(out);
    if (gs_gaps_write_csv(g, &out, NULL) == GS_OK)
      gs_free(out);
    gs_gaps_free(g);
  }
  gs_catalog_free(c);
  return 0;
}
