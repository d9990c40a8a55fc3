/*
 * libgoedestart - life phases and the first 1000 days (spec/model.md
 * "Life phases", "First 1000 days", "As it stood on the as-of date").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Everything is evaluated as the family stood on the as-of date: a child
 * born later, a pregnancy whose conception anchor (due - 280) lies later,
 * and an `ended` date after the as-of date have not happened yet.
 */
#include <string.h>

#include "date.h"
#include "model.h"
#include "pack.h"

#define CONCEPTION_DAYS 280   /* due date - 280 = conception anchor (fixed) */
#define MATERNITY_DAYS 42     /* maternity period after a pregnancy (fixed) */

/* Whether the pregnancy's end counts on as_of. */
static bool ended_by(const gsi_pregnancy *p, gs_date as_of) {
  return p->ended != GS_DATE_NONE && p->ended <= as_of;
}

void gsi_pregnancy_window(const gsi_pregnancy *p, gs_date as_of, gs_date *from, gs_date *until) {
  *from = p->due - CONCEPTION_DAYS;
  *until = (ended_by(p, as_of) ? p->ended : p->due) + MATERNITY_DAYS;
}

bool gsi_pregnancy_in_phase3(const gsi_pregnancy *p, gs_date d, gs_date as_of) {
  gs_date from, until;
  gsi_pregnancy_window(p, as_of, &from, &until);
  if (from > as_of)
    return false; /* conceived after the as-of date: no phase yet */
  return from <= d && d < until;
}

bool gsi_family_first_1000_days(const gs_family *f, gs_date as_of) {
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    const gsi_pregnancy *p = &f->pregnancies[i];
    if (p->due - CONCEPTION_DAYS <= as_of && as_of < p->due + MATERNITY_DAYS &&
        !ended_by(p, as_of))
      return true;
  }
  for (size_t i = 0; i < f->n_children; i++) {
    const gsi_child *c = &f->children[i];
    if (c->born <= as_of && as_of < gsi_anniversary(c->born, 2))
      return true;
  }
  return false;
}

/* The child phase of one child at as_of, with its window; 0 when none. */
static uint8_t child_phase(const gsi_child *c, gs_date as_of, const gsi_phase_params *p,
                           gs_date *from, gs_date *until) {
  if (c->born > as_of)
    return 0; /* born after the as-of date */
  gs_date b1 = gsi_anniversary(c->born, p->child_5_12_from_years);
  if (as_of < b1) {
    *from = c->born;
    *until = b1;
    return GS_PHASE_CHILD_0_4;
  }
  gs_date b2 = gsi_anniversary(c->born, p->child_13_19_from_years);
  if (as_of < b2) {
    *from = b1;
    *until = b2;
    return GS_PHASE_CHILD_5_12;
  }
  gs_date b3 = gsi_anniversary(c->born, p->end_years);
  if (as_of < b3) {
    *from = b2;
    *until = b3;
    return GS_PHASE_CHILD_13_19;
  }
  return 0;
}

size_t gsi_family_phases(const gs_family *f, gs_date as_of, const gsi_phase_params *p,
                         gsi_phase_rec *out) {
  size_t n = 0;
  bool any_pregnancy = false;
  for (size_t i = 0; i < f->n_pregnancies && !any_pregnancy; i++)
    any_pregnancy = gsi_pregnancy_in_phase3(&f->pregnancies[i], as_of, as_of);
  if (f->child_wish == GS_CHILD_WISH_NOT_NOW || (f->child_wish == GS_CHILD_WISH_ACTIVE &&
                                                 !any_pregnancy)) {
    gsi_phase_rec *r = &out[n++];
    r->phase = f->child_wish == GS_CHILD_WISH_NOT_NOW ? GS_PHASE_ANTICONCEPTION
                                                      : GS_PHASE_PRECONCEPTION;
    r->subject_kind = GSI_SUBJECT_FAMILY;
    r->subject = GSI_NO_INDEX;
    r->from = GS_DATE_NONE;
    r->until = GS_DATE_NONE;
  }
  for (size_t i = 0; any_pregnancy && i < f->n_pregnancies; i++) {
    const gsi_pregnancy *pr = &f->pregnancies[i];
    if (!gsi_pregnancy_in_phase3(pr, as_of, as_of))
      continue;
    gsi_phase_rec *r = &out[n++];
    r->phase = GS_PHASE_PREGNANCY_BIRTH;
    r->subject_kind = GSI_SUBJECT_PREGNANCY;
    r->subject = (int32_t)i;
    gsi_pregnancy_window(pr, as_of, &r->from, &r->until);
  }
  /* children: each child's phase once, then emitted by phase code */
  struct {
    uint8_t phase;
    gs_date from, until;
  } kids[GSI_MAX_MEMBERS];
  size_t nk = f->n_children < GSI_MAX_MEMBERS ? f->n_children : GSI_MAX_MEMBERS;
  for (size_t i = 0; i < nk; i++)
    kids[i].phase = child_phase(&f->children[i], as_of, p, &kids[i].from, &kids[i].until);
  for (uint8_t ph = GS_PHASE_CHILD_0_4; ph <= GS_PHASE_CHILD_13_19; ph++) {
    for (size_t i = 0; i < nk; i++) {
      if (kids[i].phase != ph)
        continue;
      gsi_phase_rec *r = &out[n++];
      r->phase = ph;
      r->subject_kind = GSI_SUBJECT_CHILD;
      r->subject = (int32_t)i;
      r->from = kids[i].from;
      r->until = kids[i].until;
    }
  }
  return n;
}

/* ---- public API -------------------------------------------------------- */

struct gs_phases {
  size_t n;
  bool first_1000_days;
  gsi_phase_rec *recs;
  const char **subjects;        /* copies, in the same block */
};

static size_t align_up(size_t n, size_t a) {
  return (n + a - 1) / a * a;
}

GS_EXPORT gs_status gs_phases_new(gs_phases **out, const gs_family *family, gs_date as_of,
                                  const gs_pack *pack) {
  if (out == NULL || family == NULL)
    return gsi_einval("gs_phases_new: out and family must not be NULL");
  if (!family->finished)
    return gsi_einval("gs_phases_new: family %s is not finished (call gs_family_finish() first)",
                      family->id);
  if (!gs_date_valid(as_of))
    return gsi_einval("gs_phases_new: the as-of date is %s",
                      as_of == GS_DATE_NONE ? "missing" : "outside 1900-01-01..2199-12-31");
  gsi_phase_params params = GSI_PHASE_PARAMS_DEFAULT;
  if (pack != NULL) {
    const struct gs_pack *pk = (const struct gs_pack *)pack;
    params.child_5_12_from_years = pk->params[GSI_PARAM_PHASE_5_12_FROM_YEARS];
    params.child_13_19_from_years = pk->params[GSI_PARAM_PHASE_13_19_FROM_YEARS];
    params.end_years = pk->params[GSI_PARAM_PHASE_END_YEARS];
    if (params.child_5_12_from_years < 1 ||
        params.child_13_19_from_years <= params.child_5_12_from_years ||
        params.end_years <= params.child_13_19_from_years || params.end_years > 150)
      return gsi_einval("gs_phases_new: the pack's phase boundaries %d, %d and %d years do not "
                        "increase", params.child_5_12_from_years, params.child_13_19_from_years,
                        params.end_years);
  }
  gsi_phase_rec recs[2 + 2 * GSI_MAX_MEMBERS];
  size_t n = gsi_family_phases(family, as_of, &params, recs);
  const char *ids[2 + 2 * GSI_MAX_MEMBERS];
  size_t text = 0;
  for (size_t i = 0; i < n; i++) {
    switch (recs[i].subject_kind) {
    case GSI_SUBJECT_PREGNANCY:
      ids[i] = family->pregnancies[recs[i].subject].id;
      break;
    case GSI_SUBJECT_CHILD:
      ids[i] = family->children[recs[i].subject].id;
      break;
    default:
      ids[i] = family->id;
      break;
    }
    text += strlen(ids[i]) + 1;
  }
  /* one block: header, records, subject pointers, subject strings */
  size_t off_recs = align_up(sizeof(gs_phases), _Alignof(gsi_phase_rec));
  size_t off_subj = align_up(off_recs + n * sizeof(gsi_phase_rec), _Alignof(const char *));
  size_t off_text = off_subj + n * sizeof(const char *);
  char *block = gsi_malloc(off_text + text);
  if (block == NULL)
    return gsi_oom();
  gs_phases *ph = (gs_phases *)(void *)block;
  ph->n = n;
  ph->first_1000_days = gsi_family_first_1000_days(family, as_of);
  ph->recs = (gsi_phase_rec *)(void *)(block + off_recs);
  ph->subjects = (const char **)(void *)(block + off_subj);
  char *t = block + off_text;
  for (size_t i = 0; i < n; i++) {
    ph->recs[i] = recs[i];
    size_t len = strlen(ids[i]) + 1;
    memcpy(t, ids[i], len);
    ph->subjects[i] = t;
    t += len;
  }
  *out = ph;
  return GS_OK;
}

GS_EXPORT void gs_phases_free(gs_phases *p) {
  gsi_free(p);
}

GS_EXPORT size_t gs_phases_count(const gs_phases *p) {
  return p ? p->n : 0;
}

GS_EXPORT gs_phase gs_phases_code(const gs_phases *p, size_t i) {
  return p && i < p->n ? (gs_phase)p->recs[i].phase : (gs_phase)0;
}

GS_EXPORT const char *gs_phases_subject(const gs_phases *p, size_t i) {
  return p && i < p->n ? p->subjects[i] : NULL;
}

GS_EXPORT gs_date gs_phases_from(const gs_phases *p, size_t i) {
  return p && i < p->n ? p->recs[i].from : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_phases_until(const gs_phases *p, size_t i) {
  return p && i < p->n ? p->recs[i].until : GS_DATE_NONE;
}

GS_EXPORT int gs_phases_first_1000_days(const gs_phases *p) {
  return p != NULL && p->first_1000_days;
}

GS_EXPORT int gs_phases_in_programme(const gs_phases *p) {
  return p != NULL && p->n > 0;
}
