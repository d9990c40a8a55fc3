/*
 * libgoedestart - internal: the assessment of one family at an as-of date
 * (decisions.md, schedule.md, care-paths.md, plan.md).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Data flows one way, one arrow per file:
 *   facts.c     current findings -> facts, need severities, network/competence
 *   schedule.c  contacts + pack schedule -> instances and statuses
 *   assess.c    facts -> decision tables -> needs -> routing; accessors
 *   plan.c      plan + needs -> plan advice
 *   xml-assessment.c  result -> XML
 *
 * A gs_assessment owns reusable buffers only: assessing again with the same
 * object grows them at most to the largest family seen, so a batch run
 * allocates nothing per family in steady state. It borrows the family
 * (ids), the pack and the catalogue; they must outlive it (or the next
 * gs_assess_into() on it).
 */
#ifndef GSI_ASSESS_H
#define GSI_ASSESS_H

#include "goedestart/gs-assess.h"
#include "catalog.h"
#include "dmn.h"
#include "model.h"
#include "pack.h"

/* ---- current findings (facts.c) ---------------------------------------- */

#define GSI_DMOP_N 5
#define GSI_GIZ_N 10
#define GSI_ZRM_N 13
#define GSI_PH_N 6

typedef struct gsi_slot {
  int8_t value;                 /* 0: none */
  gs_date date;                 /* contact date of the value */
  int32_t finding;              /* index of the finding in the family (for notes) */
} gsi_slot;

typedef struct gsi_current {
  gsi_slot dmop[GSI_DMOP_N + 1];      /* latest rating other than not-discussed */
  gsi_slot consult;
  gsi_slot giz[GSI_GIZ_N + 1];
  gsi_slot help;                      /* value 1 yes, -1 no (0: none) */
  gsi_slot ph[GSI_PH_N + 1];
  gsi_slot signal[GSI_TOPIC_N + 1][2];   /* [topic][kind-1]: severity; resolved in `resolved` */
  gs_date signal_resolved[GSI_TOPIC_N + 1][2];
  /* per pregnancy x topic: concern (pregnancies x 22 slots, in scratch) */
  gsi_slot *screening;          /* n_pregnancies * (GSI_TOPIC_N + 1) */
  /* per caregiver x domain: ZRM score */
  gsi_slot *zrm;                /* n_caregivers * (GSI_ZRM_N + 1) */
} gsi_current;

/* ---- results ----------------------------------------------------------- */

typedef struct gsi_instance {
  uint16_t moment;              /* index into pack->moments */
  uint8_t subject_kind;         /* GSI_SUBJECT_PREGNANCY, _CHILD, or _FAMILY (indicated) */
  uint8_t status;               /* gs_moment_status */
  int32_t subject;              /* pregnancy or child index; GSI_NO_INDEX for the family */
  int32_t trigger;              /* indicated: the trigger contact's index; else GSI_NO_INDEX */
  gs_date anchor;
  gs_date done;                 /* earliest satisfying contact, or GS_DATE_NONE */
  uint8_t cond_need;            /* conditional, closed before as-of: the care need on the close day */
} gsi_instance;

typedef struct gsi_need {
  uint8_t topic;
  uint8_t severity;
  uint8_t level;
  bool new_goal;
  uint32_t level_rule;          /* rule index in start-level */
  uint32_t route_first;         /* into routes[] */
  uint32_t n_routes;
  uint8_t gap_from, gap_to;     /* 0/0: no gap */
} gsi_need;

/* A note: what the assessment did not count (formats.md "Notes"). */
typedef struct gsi_note {
  uint8_t kind;                 /* gs_note_kind */
  uint8_t finding;              /* expired: gs_finding_kind */
  uint8_t item;                 /* expired: domain, area or dimension code (0: none) */
  int32_t contact;              /* contact index, GSI_NO_INDEX for municipality notes */
  int32_t finding_index;        /* expired signal: its finding (for the id); else GSI_NO_INDEX */
  int32_t caregiver;            /* expired zrm: caregiver index; else GSI_NO_INDEX */
  gs_date date;                 /* expired: first day it no longer counted; else the contact's or until */
  int32_t former;               /* municipality-former: index into catalog->formers; else -1 */
} gsi_note;

typedef enum gsi_advice_kind {
  GSI_ADVICE_OFFER_CHECK = 1,
  GSI_ADVICE_REVIEW = 2,
  GSI_ADVICE_REVIEW_OVERDUE = 3,
  GSI_ADVICE_CONCLUSION_DIFFERS = 4,
  GSI_ADVICE_PLAN_CLOSABLE = 5,
  GSI_ADVICE_MELDCODE = 6,
  GSI_ADVICE_INTEGRATED_PLAN = 7
} gsi_advice_kind;

typedef struct gsi_advice {
  uint8_t kind;                 /* gsi_advice_kind = public gs_advice_kind */
  uint8_t problem;              /* gs_offer_problem (offer check) */
  uint8_t review;               /* gs_review_outcome (review advice) */
  uint8_t move;                 /* gs_move */
  uint8_t level;                /* new level */
  uint8_t agreed;               /* gs_care_need (conclusion differs) */
  uint8_t proposed_now;
  int32_t goal;                 /* indices into the family, GSI_NO_INDEX when n/a */
  int32_t action;
  int32_t conclusion;
  uint32_t rule;                /* rule index in level-review */
  gs_date since;                /* review overdue; meldcode: earliest current safety finding */
  uint8_t step;                 /* meldcode: the next step 1-5 */
  uint8_t safety;               /* meldcode: gs_safety */
  uint16_t concerns;            /* integrated plan: need_concern_count */
  uint32_t route_first;
  uint32_t n_routes;
  uint8_t gap_from, gap_to;
} gsi_advice;

struct gs_assessment {
  /* inputs (borrowed) */
  const gs_family *family;
  const gs_pack *pack;
  const gs_catalog *catalog;
  gs_date as_of;
  bool valid;                   /* holds a result */

  /* phases */
  gsi_phase_rec *phases;        size_t n_phases, cap_phases;
  uint32_t phase_mask;          /* bit (1u << phase) */
  bool first_1000_days;

  /* schedule: every instance (indicators use them all), and the listed ones */
  gsi_instance *instances;      size_t n_instances, cap_instances;
  uint32_t *listed;             size_t n_listed, cap_listed;

  /* facts */
  gsi_value facts[GSI_FACT_N];
  int32_t fact_num[GSI_FACT_N]; /* integer view of number and boolean facts */
  int32_t youngest_child;       /* child index or GSI_NO_INDEX */

  /* per topic: need severity contributions (facts.c) */
  uint8_t topic_severity[GSI_TOPIC_N + 1];
  uint8_t network, competence;  /* gs_strength */
  gs_date safety_since;         /* earliest current safety finding's contact date, or GS_DATE_NONE */

  /* care need */
  uint8_t care_need;            /* gs_care_need */
  uint32_t *reasons;            size_t n_reasons, cap_reasons;   /* care-need rule indices */

  /* needs and routes */
  gsi_need needs[GSI_TOPIC_N];
  size_t n_needs;
  gsi_route_entry *routes;            size_t n_routes, cap_routes;

  /* notes */
  gsi_note *notes;              size_t n_notes, cap_notes;

  /* plan advice */
  gsi_advice *advice;           size_t n_advice, cap_advice;

  /* conversation start: gs_ph_dimension or 0 */
  uint8_t conversation_start;

  /* scratch (reused) */
  uint32_t *moment_base;        size_t cap_moment_base;  /* first instance of each moment */
  uint32_t *moment_count;       size_t cap_moment_count; /* instances of each moment */
  uint8_t *note_mark;           size_t cap_note_mark;    /* per finding: its value expired */
  uint16_t *moment_rank;        size_t cap_moment_rank;  /* rank of each moment id (byte order) */
  const gs_pack *rank_pack;     /* the pack moment_rank was computed for */
  uint64_t *listed_key;         size_t cap_listed_key;
  gsi_current cur;
  gsi_slot *screening_buf;      size_t cap_screening;
  gsi_slot *zrm_buf;            size_t cap_zrm;
  uint32_t *dmn_matched;        size_t cap_dmn;
  uint32_t *dmn_order;          size_t cap_dmn_order;
  double dmn_aggregate[8];
};

/* facts.c: fills a->cur, a->facts, a->fact_num, a->topic_severity,
 * a->network, a->competence. Requires phases computed. No allocation
 * (buffers reserved by gsi_assess_reserve). */
void gsi_assess_facts(gs_assessment *a);
/* The pregnancy a screening finding of contact c belongs to (model.md), or
 * -1 when none or several (facts.c). */
int32_t gsi_screening_pregnancy(const gs_family *f, const gsi_contact *c, gs_date as_of);

/* schedule.c: fills a->instances and the contacts that satisfy them. */
void gsi_assess_schedule_build(gs_assessment *a);
/* True when the instance's status needs the care need on its close day
 * (a conditional moment not done whose window closed before as-of). */
bool gsi_instance_needs_past_care_need(const gs_assessment *a, const gsi_instance *in);
/* schedule.c: the status of every instance; needs a->care_need and the
 * instances' cond_need for the condition. Then the listed subset in order. */
void gsi_assess_schedule(gs_assessment *a);

/* notes.c: fills a->notes (reserved beforehand). */
void gsi_assess_notes(gs_assessment *a);
/* The item of an expired note (domain, area, dimension token, signal id), or NULL. */
const char *gsi_note_item(const gs_assessment *a, const gsi_note *n);
/* The note's text (formats.md "Notes") in lang, into buf (cut to size). */
void gsi_note_text(const gs_assessment *a, const gsi_note *n, gs_lang lang, char *buf,
                   size_t size);
/* The text of a meldcode or integrated-plan advice (plan.md) in lang, into
 * buf; "" for the other kinds. */
void gsi_advice_text(const gs_assessment *a, const gsi_advice *ad, gs_lang lang, char *buf,
                     size_t size);

/* plan.c: fills a->advice (needs routes computed). May grow a->routes and
 * a->advice (reserved beforehand: no allocation in steady state). */
gs_status gsi_assess_plan(gs_assessment *a);

/* Routes topic at level into a->routes; fills route_first/n_routes/gap
 * (care-paths.md "Routing a need", with the family as it stood). */
gs_status gsi_assess_route(gs_assessment *a, uint8_t topic, uint8_t level, uint32_t *route_first,
                           uint32_t *n_routes, uint8_t *gap_from, uint8_t *gap_to);

/* Evaluates one of the pack's library tables on a->facts; returns GS_OK
 * with *chosen (rule index); GS_EEVAL when no rule matched or the table
 * failed. When reasons is not NULL the matched rules (catch-all rules only
 * when chosen) are appended to a->reasons. */
gs_status gsi_assess_table(gs_assessment *a, const gsi_pack_table *pt, const char *table_id,
                           uint32_t *chosen, bool reasons);

/* Id of a subject (family, caregiver, pregnancy or child). */
const char *gsi_assess_subject_id(const gs_family *f, uint8_t kind, int32_t index);

/* The token of a string fact value for XML/accessors. */
const char *gsi_assess_fact_text(const gs_assessment *a, size_t i, char *buf, size_t size);

#endif /* GSI_ASSESS_H */
