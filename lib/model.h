/*
 * libgoedestart - internal representation of a family (spec/model.md,
 * plan.md). Shared by the builder (family.c), the dossier reader/writer
 * (xml-dossier.c), life phases (phases.c) and the assessment (assess*.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Ownership: every string of a family lives in its arena and is freed with
 * it. Arrays are grown with GSI_GROW and freed by gs_family_free().
 *
 * Two states:
 *  - building: entities appended in call/document order; cross references
 *    (pregnancy@caregiver, @child, child@pregnancy, contact@subject,
 *    zrm@caregiver) are kept as strings only;
 *  - finished (gsi_family_finish succeeded): references resolved to indices,
 *    every semantic rule of model.md / plan.md checked, and the arrays in
 *    canonical order (below). The assessment and the writer require it.
 *
 * Canonical order (what the writer writes and what "later in the document"
 * means after a round trip):
 *  - caregivers, pregnancies, children, goals: insertion order;
 *  - contacts: by date, insertion order for equal dates (stable sort);
 *  - findings: grouped by contact (in contact order); inside a contact by
 *    kind (gs_finding_kind order), insertion order within a kind;
 *  - conclusions: by date, stable;
 *  - Meldcode steps: by date, stable;
 *  - actions: grouped by goal (goal order), insertion order within a goal;
 *  - reviews: grouped by action (action order), by date, stable.
 * Adding anything after finishing returns the family to the building state.
 */
#ifndef GSI_MODEL_H
#define GSI_MODEL_H

#include "goedestart/gs-codes.h"
#include "goedestart/gs-family.h"
#include "internal.h"

#define GSI_NO_INDEX (-1)

/* Limits enforced on every family (builder and loaders), so hostile files
 * cannot make one family unbounded. Errors name the limit. */
#define GSI_MAX_MEMBERS 64        /* caregivers, pregnancies or children each */
#define GSI_MAX_CONTACTS 4096
#define GSI_MAX_FINDINGS 65536    /* per family */
#define GSI_MAX_CONCLUSIONS 4096
#define GSI_MAX_GOALS 1024
#define GSI_MAX_ACTIONS 4096      /* per family */
#define GSI_MAX_REVIEWS 16384     /* per family */
#define GSI_MAX_MELDCODE_STEPS 1024
#define GSI_MAX_TEXT 4096         /* bytes of a free-text field (conclusion reason) */

/* Ranges of the optional undated member fields (model.md "Entities"). */
#define GSI_YEAR_MIN 1900            /* caregiver birth_year */
#define GSI_YEAR_MAX 2199
#define GSI_GESTATIONAL_AGE_MIN 140  /* child gestational_age, days */
#define GSI_GESTATIONAL_AGE_MAX 315
#define GSI_BIRTH_WEIGHT_MIN 300     /* child birth_weight, grams */
#define GSI_BIRTH_WEIGHT_MAX 6000

typedef enum gsi_subject_kind {
  GSI_SUBJECT_FAMILY = 0,
  GSI_SUBJECT_CAREGIVER = 1,
  GSI_SUBJECT_PREGNANCY = 2,
  GSI_SUBJECT_CHILD = 3
} gsi_subject_kind;

typedef struct gsi_caregiver {
  const char *id;
  uint8_t role;                 /* gs_role */
  int16_t birth_year;           /* 1900-2199, 0 when not recorded */
} gsi_caregiver;

typedef struct gsi_pregnancy {
  const char *id;
  const char *caregiver_id;
  const char *child_id;         /* NULL when none */
  int32_t caregiver;            /* index, resolved at finish */
  int32_t child;                /* index or GSI_NO_INDEX */
  gs_date due;
  gs_date ended;                /* GS_DATE_NONE when not ended */
  uint8_t outcome;              /* gs_pregnancy_outcome, GS_OUTCOME_NONE when not ended */
} gsi_pregnancy;

typedef struct gsi_child {
  const char *id;
  const char *pregnancy_id;     /* NULL when none */
  int32_t pregnancy;            /* index or GSI_NO_INDEX */
  gs_date born;
  int16_t gestational_age;      /* days at birth, 140-315; 0 when not recorded */
  int16_t birth_weight;         /* grams, 300-6000; 0 when not recorded */
} gsi_child;

typedef struct gsi_contact {
  const char *id;
  const char *moment;           /* schedule moment id or "ad-hoc" */
  const char *subject_id;       /* NULL: the family */
  gs_date date;
  uint8_t setting;              /* gs_setting */
  uint8_t by;                   /* gs_signaller */
  uint8_t subject_kind;         /* gsi_subject_kind, resolved at finish */
  int32_t subject;              /* index into the subject's array; GSI_NO_INDEX for the family */
  uint32_t first_finding;       /* valid when finished */
  uint32_t n_findings;
  uint32_t seq;                 /* insertion sequence, for stable ordering */
} gsi_contact;

typedef struct gsi_finding {
  uint8_t kind;                 /* gs_finding_kind */
  uint8_t item;                 /* domain / area / topic / dimension; 0 when the kind has none */
  int8_t value;                 /* rating / status / GOM / concern / 0-1 / score / severity */
  uint8_t signal_kind;          /* gs_signal_kind (signals only) */
  int32_t contact;              /* index of its contact (valid when finished) */
  int32_t caregiver;            /* zrm: caregiver index (finished), else GSI_NO_INDEX */
  const char *caregiver_id;     /* zrm only */
  const char *id;               /* signal id, else NULL */
  gs_date resolved;             /* signals: GS_DATE_NONE when not resolved */
  uint32_t seq;
} gsi_finding;

typedef struct gsi_conclusion {
  gs_date date;
  uint8_t care_need;            /* gs_care_need agreed */
  uint8_t proposed;             /* gs_care_need, 0 when not recorded */
  const char *reason;           /* NULL when none */
  uint32_t seq;
} gsi_conclusion;

/* A recorded step of the Meldcode (model.md "Meldcode"). */
typedef struct gsi_meldcode_step {
  gs_date date;
  uint8_t n;                    /* 1-5 */
  uint8_t decision;             /* gs_meldcode_decision, only on step 5 */
  uint32_t seq;
} gsi_meldcode_step;

typedef struct gsi_goal {
  const char *id;
  uint8_t topic;                /* gs_topic */
  uint8_t status;               /* gs_goal_status */
  gs_date opened;
  gs_date target;               /* GS_DATE_NONE when none */
  gs_date closed;               /* GS_DATE_NONE exactly when status is open */
  uint32_t first_action;        /* valid when finished */
  uint32_t n_actions;
} gsi_goal;

typedef struct gsi_action {
  const char *id;
  const char *offer;            /* NULL when none */
  int32_t goal;                 /* index of its goal */
  uint8_t level;                /* 1-5 */
  bool warm_handover;
  uint8_t responsible;          /* gs_signaller */
  gs_date start;
  gs_date end;                  /* GS_DATE_NONE when none */
  uint32_t first_review;        /* valid when finished */
  uint32_t n_reviews;
  uint32_t seq;
} gsi_action;

typedef struct gsi_review {
  int32_t action;               /* index of its action */
  gs_date date;
  uint8_t outcome;              /* gs_review_outcome */
  uint32_t seq;
} gsi_review;

/* A chunked string arena (arena.c). */
typedef struct gsi_arena_chunk gsi_arena_chunk;
typedef struct gsi_arena {
  gsi_arena_chunk *head;
  size_t used;                  /* bytes used in head */
  size_t total;                 /* bytes held, for limits and statistics */
} gsi_arena;

void gsi_arena_init(gsi_arena *a);
void gsi_arena_free(gsi_arena *a);
/* Copies s (n bytes + NUL) into the arena; NULL on OOM (error set). */
const char *gsi_arena_strndup(gsi_arena *a, const char *s, size_t n);
const char *gsi_arena_strdup(gsi_arena *a, const char *s);
/* Makes sure the next strings totalling n bytes (NULs included) are copied
 * without allocating, so a caller can reserve before it mutates anything.
 * GS_ENOMEM (error set) leaves the arena as it was. */
gs_status gsi_arena_reserve(gsi_arena *a, size_t n);

/* Id index (open addressing over the family's shared id namespace). */
typedef struct gsi_id_slot {
  const char *id;               /* NULL: empty */
  uint8_t kind;                 /* gsi_subject_kind, or GSI_ID_CONTACT.. below */
  int32_t index;
} gsi_id_slot;

enum {
  GSI_ID_CAREGIVER = GSI_SUBJECT_CAREGIVER,
  GSI_ID_PREGNANCY = GSI_SUBJECT_PREGNANCY,
  GSI_ID_CHILD = GSI_SUBJECT_CHILD,
  GSI_ID_CONTACT = 4,
  GSI_ID_SIGNAL = 5,
  GSI_ID_GOAL = 6,
  GSI_ID_ACTION = 7
};

struct gs_family {
  const char *id;
  int municipality;             /* nnnn of GMnnnn */
  char municipality_code[7];    /* "GMnnnn" */
  gs_date enrolled;
  uint8_t child_wish;           /* gs_child_wish */

  gsi_caregiver *caregivers;   size_t n_caregivers, cap_caregivers;
  gsi_pregnancy *pregnancies;  size_t n_pregnancies, cap_pregnancies;
  gsi_child *children;         size_t n_children, cap_children;
  gsi_contact *contacts;       size_t n_contacts, cap_contacts;
  gsi_finding *findings;       size_t n_findings, cap_findings;
  gsi_conclusion *conclusions; size_t n_conclusions, cap_conclusions;
  gsi_meldcode_step *meldcode; size_t n_meldcode, cap_meldcode;  /* canonical: by date, stable */
  gsi_goal *goals;             size_t n_goals, cap_goals;
  gsi_action *actions;         size_t n_actions, cap_actions;
  gsi_review *reviews;         size_t n_reviews, cap_reviews;

  gsi_id_slot *ids;            size_t n_ids, cap_ids;   /* hash table, cap a power of two */
  gsi_arena arena;
  uint32_t seq;                 /* next insertion sequence number */
  bool finished;
};

/* Looks an id up in the family's namespace; NULL when absent. */
const gsi_id_slot *gsi_family_lookup(const gs_family *f, const char *id);

/*
 * Resolves references, checks every semantic rule and puts the arrays in
 * canonical order. On failure returns GS_EPARSE with a message a data
 * manager understands, naming the family and the item ("contact K7:
 * subject 'C9' is not a caregiver, pregnancy or child of family F-0001"),
 * sets *bad_kind and *bad_index (may be NULL) to the offending item so a loader
 * can add the position (GSI_ID_* kind, or -1 for the family itself; for
 * findings GSI_ID_SIGNAL.. is not enough: findings report their contact),
 * and leaves the family unchanged (still building).
 * Idempotent: a finished family returns GS_OK at once.
 */
gs_status gsi_family_finish(gs_family *f, int *bad_kind, int32_t *bad_index);

/* ---- life phases (phases.c) -------------------------------------------- */

typedef struct gsi_phase_params {
  int child_5_12_from_years;    /* pack phase.child-5-12.from-years (4) */
  int child_13_19_from_years;   /* phase.child-13-19.from-years (13) */
  int end_years;                /* phase.end-years (19) */
} gsi_phase_params;

#define GSI_PHASE_PARAMS_DEFAULT { 4, 13, 19 }

typedef struct gsi_phase_rec {
  uint8_t phase;                /* gs_phase */
  uint8_t subject_kind;         /* GSI_SUBJECT_FAMILY / PREGNANCY / CHILD */
  int32_t subject;              /* index, GSI_NO_INDEX for the family */
  gs_date from;                 /* GS_DATE_NONE for family-level phases */
  gs_date until;                /* exclusive; GS_DATE_NONE for family-level phases */
} gsi_phase_rec;

/* Upper bound of records gsi_family_phases() can write. */
#define GSI_PHASES_MAX(f) (2 + (f)->n_pregnancies + (f)->n_children)

/*
 * The family's phases at as_of (model.md "Life phases" and "As it stood on
 * the as-of date"), ordered by phase code, then subject position. Writes at
 * most GSI_PHASES_MAX(f) records to out and returns their number. Requires
 * a finished family. Allocates nothing.
 */
size_t gsi_family_phases(const gs_family *f, gs_date as_of, const gsi_phase_params *p,
                         gsi_phase_rec *out);
/* Phase-3 window of a pregnancy as it stood on as_of: [from, until). */
void gsi_pregnancy_window(const gsi_pregnancy *p, gs_date as_of, gs_date *from, gs_date *until);
/* True when the pregnancy is in phase 3 on date d (as it stood on as_of). */
bool gsi_pregnancy_in_phase3(const gsi_pregnancy *p, gs_date d, gs_date as_of);
bool gsi_family_first_1000_days(const gs_family *f, gs_date as_of);

#endif /* GSI_MODEL_H */
