/*
 * libgoedestart - signal-moment instances and their status (schedule.md).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Instances exist per pregnancy for conception moments and per child for
 * birth moments; the instance of moment m and anchor k has index
 * moment_base[m] + k. An anchor that does not exist at the as-of date (a
 * child born later, a pregnancy conceived later) gives a not-applicable
 * instance that is never listed nor counted. No allocation: the buffers
 * are reserved by the assessment.
 */
#include <string.h>

#include "assess.h"

static gs_date anchor_date(const gs_family *f, uint8_t anchor, size_t k) {
  return anchor == GS_ANCHOR_CONCEPTION ? f->pregnancies[k].due - 280 : f->children[k].born;
}

static size_t anchor_count(const gs_family *f, uint8_t anchor) {
  return anchor == GS_ANCHOR_CONCEPTION ? f->n_pregnancies : f->n_children;
}

static bool in_window(const gsi_moment *m, gs_date anchor, gs_date d) {
  return d >= anchor + m->open && d <= anchor + m->close;
}

/* The anchor index a contact satisfies for moment m, or -1 (schedule.md
 * "Which contact satisfies an instance"). */
static int32_t satisfied_anchor(const gs_family *f, const gsi_moment *m, const gsi_contact *c,
                                gs_date as_of) {
  bool conception = m->anchor == GS_ANCHOR_CONCEPTION;
  uint8_t own = conception ? GSI_SUBJECT_PREGNANCY : GSI_SUBJECT_CHILD;
  if (c->subject_kind == own) {
    gs_date anchor = anchor_date(f, m->anchor, (size_t)c->subject);
    return anchor <= as_of && in_window(m, anchor, c->date) ? c->subject : -1;
  }
  /* not an anchor: only when it is the only candidate */
  if (c->subject_kind == GSI_SUBJECT_FAMILY ||
      (c->subject_kind == GSI_SUBJECT_CAREGIVER && conception)) {
    int32_t found = -1;
    size_t n = anchor_count(f, m->anchor);
    for (size_t k = 0; k < n; k++) {
      if (c->subject_kind == GSI_SUBJECT_CAREGIVER && f->pregnancies[k].caregiver != c->subject)
        continue;
      gs_date anchor = anchor_date(f, m->anchor, k);
      if (anchor > as_of || !in_window(m, anchor, c->date))
        continue;
      if (found >= 0)
        return -1;
      found = (int32_t)k;
    }
    return found;
  }
  return -1;
}

/* Rank of every moment id in byte order, cached per pack. */
static void rank_moments(gs_assessment *a) {
  const gs_pack *p = a->pack;
  if (a->rank_pack == p)
    return;
  for (size_t r = 0; r < p->n_moments; r++)
    a->moment_rank[p->moment_order[r]] = (uint16_t)r;
  a->rank_pack = p;
}

static const char *subject_id(const gs_family *f, const gsi_instance *in) {
  return in->subject_kind == GSI_SUBJECT_PREGNANCY ? f->pregnancies[in->subject].id
                                                   : f->children[in->subject].id;
}

void gsi_assess_schedule(gs_assessment *a) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  gs_date as_of = a->as_of;
  rank_moments(a);

  /* all instances, moment by moment */
  size_t n = 0;
  for (size_t mi = 0; mi < p->n_moments; mi++) {
    const gsi_moment *m = &p->moments[mi];
    size_t count = anchor_count(f, m->anchor);
    uint8_t kind = m->anchor == GS_ANCHOR_CONCEPTION ? GSI_SUBJECT_PREGNANCY : GSI_SUBJECT_CHILD;
    a->moment_base[mi] = (uint32_t)n;
    for (size_t k = 0; k < count; k++) {
      gsi_instance *in = &a->instances[n++];
      in->moment = (uint16_t)mi;
      in->subject_kind = kind;
      in->subject = (int32_t)k;
      in->anchor = anchor_date(f, m->anchor, k);
      in->done = GS_DATE_NONE;
    }
  }
  a->n_instances = n;

  /* contacts that satisfy an instance: the earliest date counts */
  for (size_t ci = 0; ci < f->n_contacts; ci++) {
    const gsi_contact *c = &f->contacts[ci];
    if (c->date > as_of)
      break;
    int32_t mi = gsi_pack_find_moment(p, c->moment);
    if (mi < 0)
      continue; /* ad-hoc or unknown: satisfies nothing */
    int32_t k = satisfied_anchor(f, &p->moments[mi], c, as_of);
    if (k < 0)
      continue;
    gsi_instance *in = &a->instances[a->moment_base[mi] + (size_t)k];
    if (in->done == GS_DATE_NONE || c->date < in->done)
      in->done = c->date;
  }

  /* status (schedule.md "Status at an as-of date") and the listing */
  int64_t first = (int64_t)as_of - p->params[GSI_PARAM_SCHEDULE_HISTORY];
  int64_t last = (int64_t)as_of + p->params[GSI_PARAM_SCHEDULE_HORIZON];
  size_t listed = 0;
  for (size_t i = 0; i < n; i++) {
    gsi_instance *in = &a->instances[i];
    const gsi_moment *m = &p->moments[in->moment];
    gs_date open = in->anchor + m->open, close = in->anchor + m->close;
    bool exists = in->anchor <= as_of;
    if (in->done != GS_DATE_NONE) {
      in->status = GS_MOMENT_DONE;
    } else {
      bool na = !exists || (m->condition != 0 && a->care_need < m->condition) ||
                close < f->enrolled;
      if (!na && in->subject_kind == GSI_SUBJECT_PREGNANCY) {
        gs_date ended = f->pregnancies[in->subject].ended;
        na = ended != GS_DATE_NONE && ended <= as_of && ended < open;
      }
      if (na)
        in->status = GS_MOMENT_NOT_APPLICABLE;
      else if (as_of < open)
        in->status = GS_MOMENT_UPCOMING;
      else if (as_of <= in->anchor + m->overdue)
        in->status = GS_MOMENT_DUE;
      else if (as_of <= close)
        in->status = GS_MOMENT_OVERDUE;
      else
        in->status = GS_MOMENT_MISSED;
    }
    if (in->status == GS_MOMENT_NOT_APPLICABLE || !exists || close < first || open > last)
      continue;
    /* order key: due date, then moment id rank; equal keys (twins) by subject id */
    uint64_t key = ((uint64_t)(uint32_t)(in->anchor + m->due - GS_DATE_MIN) << 32) |
                   ((uint64_t)a->moment_rank[in->moment] << 16);
    size_t pos = listed++;
    while (pos > 0 && (a->listed_key[pos - 1] > key ||
                       (a->listed_key[pos - 1] == key &&
                        strcmp(subject_id(f, &a->instances[a->listed[pos - 1]]), subject_id(f, in)) > 0))) {
      a->listed[pos] = a->listed[pos - 1];
      a->listed_key[pos] = a->listed_key[pos - 1];
      pos--;
    }
    a->listed[pos] = (uint32_t)i;
    a->listed_key[pos] = key;
  }
  a->n_listed = listed;
}
