/*
 * libgoedestart - internal: a loaded pack (formats.md "Pack",
 * schedule.md, decisions.md). Immutable after load; shared by threads.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_PACK_H
#define GSI_PACK_H

#include "dmn.h"
#include "goedestart/gs-codes.h"
#include "model.h"

/* Pack parameters (formats.md table), in table order. */
typedef enum gsi_param {
  GSI_PARAM_PHASE_5_12_FROM_YEARS = 0,  /* phase.child-5-12.from-years  4 */
  GSI_PARAM_PHASE_13_19_FROM_YEARS,     /* phase.child-13-19.from-years 13 */
  GSI_PARAM_PHASE_END_YEARS,            /* phase.end-years             19 */
  GSI_PARAM_VALID_DMOP,                 /* valid.dmop                 183 */
  GSI_PARAM_VALID_GIZ,                  /* valid.giz                  365 */
  GSI_PARAM_VALID_HELP,                 /* valid.help                  90 */
  GSI_PARAM_VALID_ZRM,                  /* valid.zrm                   90 */
  GSI_PARAM_VALID_POSITIVE_HEALTH,      /* valid.positive-health      365 */
  GSI_PARAM_VALID_SIGNAL,               /* valid.signal               365 */
  GSI_PARAM_SCHEDULE_HORIZON,           /* schedule.horizon           365 */
  GSI_PARAM_SCHEDULE_HISTORY,           /* schedule.history           365 */
  GSI_PARAM_ROUTE_MAX,                  /* route.max                    5 */
  GSI_PARAM_PLAN_REVIEW_DAYS,           /* plan.review-days            42 */
  GSI_PARAM_PLAN_PRIORITIES,            /* plan.priorities              3 */
  GSI_PARAM_N
} gsi_param;

/* Facts a table may name as input (decisions.md). The first 21 are the
 * family facts, in the order of the facts table (and of the assessment's
 * <facts>); then the per-need facts of start-level; then the review facts
 * of level-review. */
typedef enum gsi_fact {
  GSI_FACT_DMOP_NOT_GOOD = 0,
  GSI_FACT_DMOP_FAIR,
  GSI_FACT_DMOP_GOOD,
  GSI_FACT_CONSULT_STATUS,      /* string: fine attention problem none */
  GSI_FACT_GIZ_MAX,
  GSI_FACT_GIZ_TENSION,
  GSI_FACT_SCREEN_HIGH,
  GSI_FACT_SCREEN_RISK,
  GSI_FACT_HELP_REQUESTED,      /* boolean */
  GSI_FACT_ZRM_MIN,
  GSI_FACT_ZRM_LOW,
  GSI_FACT_SIGNAL_ACUTE,
  GSI_FACT_RISK_WEIGHT,
  GSI_FACT_PROTECTIVE_WEIGHT,
  GSI_FACT_BALANCE,
  GSI_FACT_SAFETY,              /* string: none some high */
  GSI_FACT_IN_PREGNANCY,        /* boolean */
  GSI_FACT_FIRST_1000_DAYS,     /* boolean */
  GSI_FACT_YOUNGEST_AGE_MONTHS,
  GSI_FACT_NEED_COUNT,          /* the family's needs (spec v5, D-5) */
  GSI_FACT_NEED_CONCERN_COUNT,  /* needs with severity >= 2 */
  GSI_FACT_FAMILY_N,            /* = 21: number of family facts */
  GSI_FACT_SEVERITY = GSI_FACT_FAMILY_N,
  GSI_FACT_TOPIC,               /* string: topic token */
  GSI_FACT_NETWORK,             /* string: weak strong unknown */
  GSI_FACT_COMPETENCE,          /* string: weak strong unknown */
  GSI_FACT_REVIEW,              /* string: achieved partial not-achieved worsened */
  GSI_FACT_ACHIEVED_STREAK,
  GSI_FACT_LEVEL,
  GSI_FACT_TOPIC_SEVERITY,
  GSI_FACT_CARE_NEED,           /* string: care-need token */
  GSI_FACT_N
} gsi_fact;

/* Name and type of a fact; gsi_fact_find returns -1 for unknown names. */
const char *gsi_fact_name(gsi_fact f);
gsi_vtype gsi_fact_type(gsi_fact f);
int gsi_fact_find(const char *name);

typedef struct gsi_moment {
  const char *id;
  const char *label_nl;
  const char *label_en;
  uint8_t phase;                /* gs_phase */
  uint8_t setting;              /* gs_setting */
  uint8_t anchor;               /* gs_anchor */
  uint8_t trigger;              /* gs_trigger: given exactly with anchor indication */
  uint8_t condition;            /* 0: none; else the minimum gs_care_need (care-need-at-least:X) */
  int32_t open, due, overdue, close;   /* days from the anchor */
  const char *instruments;      /* space-separated tokens as in the file, or "" */
  const char *bds_contact;      /* NULL when none */
} gsi_moment;

/* The library's three tables, compiled and mapped to facts and codes. */
typedef struct gsi_pack_table {
  const gsi_dmn_table *table;
  uint16_t *map;                /* table input i -> gsi_fact */
  uint8_t *out;                 /* per rule: the output as a code (gs_care_need,
                                 * level 1-5, or gs_move) */
} gsi_pack_table;

struct gs_pack {
  const char *id;
  const char *version;
  const char *title_nl;
  const char *title_en;
  const char *dmn_name;         /* file name of the decisions document (href) */
  int32_t params[GSI_PARAM_N];
  gsi_moment *moments;          /* document order */
  size_t n_moments;
  size_t n_indicated;           /* moments with anchor indication */
  uint16_t *moment_order;       /* indices sorted by id (strcmp) */
  uint16_t *moment_hash;        /* open addressing over ids: index + 1, 0 empty */
  uint32_t moment_hash_mask;    /* table size - 1 (a power of two) */
  gsi_dmn *dmn;
  gsi_pack_table care_need;     /* decision id care-need */
  gsi_pack_table start_level;   /* decision id start-level */
  gsi_pack_table level_review;  /* decision id level-review */
  size_t max_rules;             /* largest rule count of any table (result buffers) */
  char sha256[65];              /* SHA-256 of the pack bytes then the DMN bytes (hex) */
  gsi_arena arena;
};

/* Index of the moment with this id, or -1. Binary search, no allocation. */
int32_t gsi_pack_find_moment(const gs_pack *p, const char *id);

#endif /* GSI_PACK_H */
