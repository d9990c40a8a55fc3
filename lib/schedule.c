/*
 * libgoedestart - signal-moment instances and their status (schedule.md).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Instances exist per pregnancy for conception moments and per child for
 * birth moments; the instance of moment m and anchor k has index
 * base(m) + k. An anchor that does not exist at the as-of date (a child
 * born later, a pregnancy conceived later) gives a not-applicable instance
 * that is never listed nor counted. No allocation: the instance buffers are
 * reserved by the assessment.
 */
#include <string.h>

#include "assess.h"

static gs_date anchor_date(const gs_family *f, const gsi_moment *m, size_t k) {
  return m->anchor == GS_ANCHOR_CONCEPTION ? f->pregnancies[k].due - 280 : f->children[k].born;
}

static bool anchor_exists(const gs_family *f, const gsi_moment *m, size_t k, gs_date as_of) {
  return anchor_date(f, m, k) <= as_of;
}

static size_t anchor_count(const gs_family *f, const gsi_moment *m) {
  return m->anchor == GS_ANCHOR_CONCEPTION ? f->n_pregnancies : f->n_children;
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
    size_t k = (size_t)c->subject;
    gs_date anchor = anchor_date(f, m, k);
    return anchor <= as_of && in_window(m, anchor, c->date) ? c->subject : -1;
  }
  /* not an anchor: only when it is the only candidate */
  if (c->subject_kind == GSI_SUBJECT_FAMILY ||
      (c->subject_kind == GSI_SUBJECT_CAREGIVER && conception)) {
    int32_t found = -1;
    size_t n = anchor_count(f, m);
    for (size_t k = 0; k < n; k++) {
      if (c->subject_kind == GSI_SUBJECT_CAREGIVER && f->pregnancies[k].caregiver != c->subject)
        continue;
      gs_date anchor = anchor_date(f, m, k);
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

/* Order of listed instances: due date, moment id, subject id (byte order). */
static int listed_cmp(const gs_assessment *a, uint32_t x, uint32_t y) {
  const gsi_instance *ix = &a->instances[x], *iy = &a->instances[y];
  const gsi_moment *mx = &a->pack->moments[ix->moment], *my = &a->pack->moments[iy->moment];
  gs_date dx = ix->anchor + mx->due, dy = iy->anchor + my->due;
  if (dx != dy)
    return dx < dy ? -1 : 1;
  int c = strcmp(mx->id, my->id);
  if (c != 0)
    return c;
  const gs_family *f = a->family;
  const char *sx = ix->subject_kind == GSI_SUBJECT_PREGNANCY ? f->pregnancies[ix->subject].id
                                                              : f->children[ix->subject].id;
  const char *sy = iy->subject_kind == GSI_SUBJECT_PREGNANCY ? f->pregnancies[iy->subject].id
                                                              : f->children[iy->subject].id;
  return strcmp(sx, sy);
}

void gsi_assess_schedule(gs_assessment *a) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  gs_date as_of = a->as_of;

  /* all instances, moment by moment */
  size_t n = 0;
  for (size_t mi = 0; mi < p->n_moments; mi++) {
    const gsi_moment *m = &p->moments[mi];
    size_t count = anchor_count(f, m);
    for (size_t k = 0; k < count; k++) {
      gsi_instance *in = &a->instances[n++];
      in->moment = (uint16_t)mi;
      in->subject_kind = m->anchor == GS_ANCHOR_CONCEPTION ? GSI_SUBJECT_PREGNANCY : GSI_SUBJECT_CHILD;
      in->subject = (int32_t)k;
      in->anchor = anchor_date(f, m, k);
      in->done = GS_DATE_NONE;
      in->status = 0;
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
    const gsi_moment *m = &p->moments[mi];
    int32_t k = satisfied_anchor(f, m, c, as_of);
    if (k < 0)
      continue;
    /* index of (mi, k): instances of earlier moments come first */
    size_t idx = 0;
    for (int32_t j = 0; j < mi; j++)
      idx += anchor_count(f, &p->moments[j]);
    gsi_instance *in = &a->instances[idx + (size_t)k];
    if (in->done == GS_DATE_NONE || c->date < in->done)
      in->done = c->date;
  }

  /* status (schedule.md "Status at an as-of date") */
  int32_t history = p->params[GSI_PARAM_SCHEDULE_HISTORY];
  int32_t horizon = p->params[GSI_PARAM_SCHEDULE_HORIZON];
  a->n_listed = 0;
  for (size_t i = 0; i < n; i++) {
    gsi_instance *in = &a->instances[i];
    const gsi_moment *m = &p->moments[in->moment];
    gs_date open = in->anchor + m->open, close = in->anchor + m->close;
    if (in->done != GS_DATE_NONE) {
      in->status = GS_MOMENT_DONE;
    } else {
      bool na = !anchor_exists(f, m, (size_t)in->subject, as_of) ||
                (m->condition != 0 && a->care_need < m->condition) || close < f->enrolled;
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
    if (in->status == GS_MOMENT_NOT_APPLICABLE || !anchor_exists(f, m, (size_t)in->subject, as_of))
      continue;
    if ((int64_t)close < (int64_t)as_of - history || (int64_t)open > (int64_t)as_of + horizon)
      continue;
    /* insertion into the ordered listing (a family lists a few dozen) */
    size_t pos = a->n_listed++;
    while (pos > 0 && listed_cmp(a, a->listed[pos - 1], (uint32_t)i) > 0) {
      a->listed[pos] = a->listed[pos - 1];
      pos--;
    }
    a->listed[pos] = (uint32_t)i;
  }
}
