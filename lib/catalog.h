/*
 * libgoedestart - internal: a loaded care-path catalogue and routing
 * (care-paths.md, formats.md "Catalogue"). Immutable after load; shared by
 * threads. Routing allocates nothing.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_CATALOG_H
#define GSI_CATALOG_H

#include "goedestart/gs-codes.h"
#include "model.h"

typedef struct gsi_offer {
  const char *id;
  const char *name_nl;
  const char *name_en;
  const char *provider;
  const char *scope;            /* the scope as written: national, region, DR, GM0114 */
  uint8_t scope_kind;           /* gs_scope */
  int scope_code;               /* municipality nnnn or province code (GS_KIND_PROVINCE) */
  uint8_t level;                /* 1-5 */
  bool indication;
  uint32_t topics;              /* bit (1u << topic) */
  uint32_t phases;              /* bit (1u << phase) */
  int32_t min_age_months;       /* -1 when absent */
  int32_t max_age_months;       /* -1 when absent */
  gs_date valid_from;           /* GS_DATE_NONE when absent */
  gs_date valid_to;             /* GS_DATE_NONE when absent */
  const char *url;              /* NULL when absent */
  const char *phone;            /* NULL when absent */
} gsi_offer;

typedef struct gsi_cat_municipality {
  int code;                     /* nnnn */
  char code_str[7];
  const char *name;
  uint8_t province;             /* GS_KIND_PROVINCE code */
} gsi_cat_municipality;

struct gs_catalog {
  const char *id;
  const char *version;
  gs_date valid_from;
  const char *note_nl;          /* NULL when absent */
  const char *note_en;
  gsi_cat_municipality *municipalities;  /* document order */
  size_t n_municipalities;
  gsi_offer *offers;            /* document order */
  size_t n_offers;
  uint32_t *offer_order;        /* indices sorted by id, for lookup */
  gsi_arena arena;
};

/* Index of the offer with this id, or -1. */
int32_t gsi_catalog_find_offer(const gs_catalog *c, const char *id);
/* The declared municipality, or NULL. */
const gsi_cat_municipality *gsi_catalog_municipality(const gs_catalog *c, int code);
/* Province code of a municipality: as the catalogue declares it, else from
 * the library's table of the eleven (codes.c), else 0 (unknown). */
uint8_t gsi_catalog_province(const gs_catalog *c, int municipality);

/* Routing input (care-paths.md "Routing a need"). */
typedef struct gsi_route_query {
  int municipality;             /* nnnn */
  uint8_t topic;                /* gs_topic */
  uint8_t level;                /* start level L, 1-5 */
  uint32_t phases;              /* the family's phase set, bit (1u << phase) */
  int32_t youngest_months;      /* -1 without children (born on or before as-of) */
  gs_date as_of;
  size_t route_max;             /* pack route.max */
} gsi_route_query;

/*
 * Routes one need. Writes up to q->route_max offer indices into routes (in
 * routing order) and returns their number; *gap_from / *gap_to get the gap
 * (0/0 when there is none; from L to route level - 1, or L..5 without a
 * route). Allocates nothing.
 */
size_t gsi_route(const gs_catalog *c, const gsi_route_query *q, uint32_t *routes,
                 uint8_t *gap_from, uint8_t *gap_to);

#endif /* GSI_CATALOG_H */
