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
  /* Entry criteria (care-paths.md "Catalogue"; matched in routing.c). */
  bool first_child;             /* only while no child is born on or before as-of */
  int8_t max_caregiver_age;     /* years 1-99, inclusive; -1 when absent */
  int8_t max_gestational_weeks; /* 1-42: gestational age < N * 7 days; -1 when absent */
} gsi_offer;

typedef struct gsi_cat_municipality {
  int code;                     /* nnnn */
  char code_str[7];
  const char *name;
  uint8_t province;             /* GS_KIND_PROVINCE code */
  uint32_t first_former;        /* its former codes: formers[first_former ..] */
  uint32_t n_formers;
} gsi_cat_municipality;

/* A former municipality code, inside the municipality that succeeded it
 * (care-paths.md "Catalogue"): routed exactly as its successor. */
typedef struct gsi_cat_former {
  int code;                     /* nnnn */
  char code_str[7];
  const char *name;
  gs_date until;                /* informational */
  uint32_t municipality;        /* index of the successor in municipalities */
} gsi_cat_former;

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
  gsi_cat_former *formers;      /* document order (so grouped by successor) */
  size_t n_formers;
  uint32_t *former_order;       /* indices sorted by code, for lookup */
  /* Routing index (routing.c): for topic t (1..GSI_TOPIC_N) the offers
   * serving it, ordered by level, then scope rank (municipality, province,
   * region, national), then id; route_start[t][0] is the position in
   * route_offers where topic t starts, route_start[t][l] that of its first
   * offer with level >= l (l = 1..5), route_start[t][6] where it ends. */
  uint32_t *route_offers;
  uint32_t route_start[GSI_TOPIC_N + 1][7];
  char sha256[65];              /* SHA-256 of the catalogue document's bytes (hex) */
  gsi_arena arena;
};

/* Index of the offer with this id, or -1. */
int32_t gsi_catalog_find_offer(const gs_catalog *c, const char *id);
/* The declared municipality, or NULL. */
const gsi_cat_municipality *gsi_catalog_municipality(const gs_catalog *c, int code);
/* The former code, or NULL (its successor: municipalities[f->municipality]). */
const gsi_cat_former *gsi_catalog_former(const gs_catalog *c, int code);
/* The code routing uses for a municipality: the successor's for a former
 * code of the catalogue, else the code itself. */
int gsi_catalog_resolve(const gs_catalog *c, int municipality);
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

/* Whether a topic applies in a phase (care-paths.md "Where a topic
 * applies"). The one table of it (gaps.c). */
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
