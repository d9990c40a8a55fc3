/*
 * libgoedestart - internal: a loaded care-path catalogue and routing
 * (care-paths.md, formats.md "Catalogue"). Immutable after load; shared by
 * threads. Routing allocates nothing.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_CATALOG_H
#define GSI_CATALOG_H

#include "codes.h"
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
  uint32_t *municipality_order; /* indices sorted by code, for lookup */
  /* Routing index (routing.c): for topic t (1..GSI_TOPIC_N) the offers
   * serving it, ordered by level, then scope rank (municipality, province,
   * region, national), then id; route_start[t][0] is the position in
   * route_offers where topic t starts, route_start[t][l] that of its first
   * offer with level >= l (l = 1..5), route_start[t][6] where it ends. */
  uint32_t *route_offers;
  uint32_t route_start[GSI_TOPIC_N + 1][7];
  gsi_arena arena;
};

/* Index of the offer with this id, or -1. */
int32_t gsi_catalog_find_offer(const gs_catalog *c, const char *id);
/* The declared municipality, or NULL. */
const gsi_cat_municipality *gsi_catalog_municipality(const gs_catalog *c, int code);
/* Province code of a municipality: as the catalogue declares it, else from
 * the library's table of the eleven (codes.c), else 0 (unknown). */
uint8_t gsi_catalog_province(const gs_catalog *c, int municipality);

/* Scope rank used for route order: 0 municipality, 1 province, 2 region,
 * 3 national. */
int gsi_scope_rank(uint8_t scope_kind);
/* True when the offer's scope covers the municipality, whose province (0
 * unknown) and declaration in the catalogue the caller looked up. */
bool gsi_offer_covers(const gsi_offer *o, int municipality, uint8_t province, bool declared);
/* True when the offer is valid on date d (valid-from/valid-to inclusive). */
bool gsi_offer_valid_on(const gsi_offer *o, gs_date d);
/* Builds the routing index of a loaded catalogue (routing.c); GS_ENOMEM. */
gs_status gsi_route_index_build(gs_catalog *c);

/* Whether a topic applies in a phase (care-paths.md "Default catalogue",
 * first bullet): pregnancy-health, late-prenatal-care, feelings-pregnancy
 * in phase 3; contraception in 1-3; child-development in 4-6; parenting and
 * child-safety in 3-6; every other topic in all six. The one table of it
 * (gaps.c). */
bool gsi_topic_applies(uint8_t topic, uint8_t phase);

/* Routing input (care-paths.md "Routing a need"). */
typedef struct gsi_route_query {
  int municipality;             /* nnnn, already the successor of a former code */
  uint8_t topic;                /* gs_topic */
  uint8_t level;                /* start level L, 1-5 */
  uint32_t phases;              /* the family's phase set, bit (1u << phase) */
  int32_t youngest_months;      /* -1 without children (born on or before as-of) */
  size_t children_born;         /* children born on or before as-of (first-child) */
  const gs_family *family;      /* pregnancies and caregivers; NULL: none known */
  gs_date as_of;
  size_t route_max;             /* pack route.max */
} gsi_route_query;

/* A route: an offer, and whether it is a fallback or needs a check
 * (care-paths.md "Routing a need"). */
typedef struct gsi_route_entry {
  uint32_t offer;               /* index into catalog->offers */
  uint8_t fallback;             /* 1: below the start level (step 4) */
  uint8_t check;                /* gs_route_check */
} gsi_route_entry;


/*
 * Routes one need. Writes up to q->route_max routes (offer, fallback,
 * check) into routes (in routing order) and returns their number;
 * *gap_from / *gap_to get the gap (0/0 when there is none; from L to route
 * level - 1, or L..5 with nothing at or above L; never for L = 1 or 2).
 * Allocates nothing.
 */
size_t gsi_route(const gs_catalog *c, const gsi_route_query *q, gsi_route_entry *routes,
                 uint8_t *gap_from, uint8_t *gap_to);

#endif /* GSI_CATALOG_H */
