/*
 * libgoedestart - signal-moment instances and their status (schedule.md).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Instances exist per pregnancy for moments anchored on the pregnancy
 * start (`conception`), per child for birth moments, and per trigger
 * contact for indicated moments (anchor `indication`: a contact whose
 * consult status matches the moment's trigger, dated on or before the
 * as-of date). The instances of moment m start at moment_base[m]; for a
 * conception or birth moment the instance of anchor k is moment_base[m] + k.
 * An anchor that does not exist at the as-of date (a child born later, a
 * pregnancy that starts later) gives a not-applicable instance that is
 * never listed nor counted. No allocation: the buffers are reserved by the
 * assessment.
 *
 * Two passes, because a conditional moment's condition is evaluated as of
 * min(as-of, close) (no hindsight): gsi_assess_schedule_build() makes the
 * instances and finds the contacts that satisfy them, then the assessment
 * computes the care need on each past close day it needs (cond_need), then
 * the current facts, and gsi_assess_schedule() gives the statuses and the
 * listing.
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

/* The anchor index a contact satisfies for a conception or birth moment m,
 * or -1 (schedule.md "Which contact satisfies an instance"). */
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

/* A contact's consult status: its last consult finding, whatever its
 * validity (schedule.md "Anchors"); 0 when it has none. */
static int contact_consult(const gs_family *f, const gsi_contact *c) {
  int status = 0;
  const gsi_finding *fd = &f->findings[c->first_finding];
  for (uint32_t k = 0; k < c->n_findings; k++, fd++)
    if (fd->kind == GS_FINDING_CONSULT)
      status = fd->value;
  return status;
}

static bool triggers(uint8_t trigger, int consult) {
  return (trigger == GS_TRIGGER_CONSULT_PROBLEM && consult == GS_CONSULT_PROBLEM) ||
         (trigger == GS_TRIGGER_CONSULT_ATTENTION && consult == GS_CONSULT_ATTENTION);
}

/* A candidate indicated instance for a contact dated d: its window holds d
 * and its trigger is dated before d. */
static bool indicated_candidate(const gsi_moment *m, const gsi_instance *in, gs_date d) {
  return d > in->anchor && in_window(m, in->anchor, d);
}

/* Marks the indicated instances of moment mi that contact c satisfies
 * (schedule.md, indicated moments). */
static void satisfy_indicated(gs_assessment *a, size_t mi, const gsi_contact *c) {
  const gsi_moment *m = &a->pack->moments[mi];
  gsi_instance *first = &a->instances[a->moment_base[mi]];
  size_t n = a->moment_count[mi];
  /* a family contact takes the child instances when they are all about one child */
  int32_t only_child = GSI_NO_INDEX;
  bool one_child = true;
  if (c->subject_kind == GSI_SUBJECT_FAMILY)
    for (size_t k = 0; k < n; k++) {
      const gsi_instance *in = &first[k];
      if (in->subject_kind != GSI_SUBJECT_CHILD || !indicated_candidate(m, in, c->date))
        continue;
      if (only_child != GSI_NO_INDEX && only_child != in->subject)
        one_child = false;
      only_child = in->subject;
    }
  for (size_t k = 0; k < n; k++) {
    gsi_instance *in = &first[k];
    if (!indicated_candidate(m, in, c->date))
      continue;
    bool fits;
    if (in->subject_kind == GSI_SUBJECT_FAMILY)
      fits = true;
    else if (c->subject_kind == GSI_SUBJECT_CHILD)
      fits = c->subject == in->subject;
    else
      fits = c->subject_kind == GSI_SUBJECT_FAMILY && one_child;
    if (fits && (in->done == GS_DATE_NONE || c->date < in->done))
      in->done = c->date;
  }
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

static const char *instance_subject(const gs_family *f, const gsi_instance *in) {
  return gsi_assess_subject_id(f, in->subject_kind, in->subject);
}

void gsi_assess_schedule_build(gs_assessment *a) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  gs_date as_of = a->as_of;
  rank_moments(a);

  /* all instances, moment by moment */
  size_t n = 0;
  for (size_t mi = 0; mi < p->n_moments; mi++) {
    const gsi_moment *m = &p->moments[mi];
    a->moment_base[mi] = (uint32_t)n;
    if (m->anchor == GS_ANCHOR_INDICATION) {
      for (size_t ci = 0; ci < f->n_contacts && f->contacts[ci].date <= as_of; ci++) {
        const gsi_contact *c = &f->contacts[ci];
        if (!triggers(m->trigger, contact_consult(f, c)))
          continue;
        gsi_instance *in = &a->instances[n++];
        in->moment = (uint16_t)mi;
        in->subject_kind = c->subject_kind == GSI_SUBJECT_CHILD ? GSI_SUBJECT_CHILD
                                                                : GSI_SUBJECT_FAMILY;
        in->subject = c->subject_kind == GSI_SUBJECT_CHILD ? c->subject : GSI_NO_INDEX;
        in->trigger = (int32_t)ci;
        in->anchor = c->date;
        in->done = GS_DATE_NONE;
        in->cond_need = 0;
      }
    } else {
      size_t count = anchor_count(f, m->anchor);
      uint8_t kind =
          m->anchor == GS_ANCHOR_CONCEPTION ? GSI_SUBJECT_PREGNANCY : GSI_SUBJECT_CHILD;
      for (size_t k = 0; k < count; k++) {
        gsi_instance *in = &a->instances[n++];
        in->moment = (uint16_t)mi;
        in->subject_kind = kind;
        in->subject = (int32_t)k;
        in->trigger = GSI_NO_INDEX;
        in->anchor = anchor_date(f, m->anchor, k);
        in->done = GS_DATE_NONE;
        in->cond_need = 0;
      }
    }
    a->moment_count[mi] = (uint32_t)(n - a->moment_base[mi]);
  }
  a->n_instances = n;

  /* contacts that satisfy an instance: the earliest date counts */
  for (size_t ci = 0; ci < f->n_contacts; ci++) {
    const gsi_contact *c = &f->contacts[ci];
    if (c->date > as_of)
      break;
    if (p->n_indicated > 0 && (c->by == GS_BY_JGZ_NURSE || c->by == GS_BY_JGZ_DOCTOR))
      for (size_t mi = 0; mi < p->n_moments; mi++)
        if (p->moments[mi].anchor == GS_ANCHOR_INDICATION && a->moment_count[mi] > 0)
          satisfy_indicated(a, mi, c);
    int32_t mi = gsi_pack_find_moment(p, c->moment);
    if (mi < 0 || p->moments[mi].anchor == GS_ANCHOR_INDICATION)
      continue; /* ad-hoc, unknown or indicated: satisfies no pregnancy or birth moment */
    int32_t k = satisfied_anchor(f, &p->moments[mi], c, as_of);
    if (k < 0)
      continue;
    gsi_instance *in = &a->instances[a->moment_base[mi] + (size_t)k];
    if (in->done == GS_DATE_NONE || c->date < in->done)
      in->done = c->date;
  }
}

bool gsi_instance_needs_past_care_need(const gs_assessment *a, const gsi_instance *in) {
  const gsi_moment *m = &a->pack->moments[in->moment];
  return m->condition != 0 && in->done == GS_DATE_NONE && in->anchor <= a->as_of &&
         (int64_t)in->anchor + m->close < a->as_of;
}

/* Listing order: due date, moment id, subject id, trigger contact id. */
static bool listed_before(const gs_assessment *a, uint64_t ka, const gsi_instance *x,
                          uint64_t kb, const gsi_instance *y) {
  if (ka != kb)
    return ka < kb;
  const gs_family *f = a->family;
  int c = strcmp(instance_subject(f, x), instance_subject(f, y));
  if (c != 0)
    return c < 0;
  if (x->trigger >= 0 && y->trigger >= 0)
    return strcmp(f->contacts[x->trigger].id, f->contacts[y->trigger].id) < 0;
  return false;
}

void gsi_assess_schedule(gs_assessment *a) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  gs_date as_of = a->as_of;
  size_t n = a->n_instances;

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
      /* the condition as of min(as-of, close): no hindsight (D-8) */
      uint8_t need = close < as_of ? in->cond_need : a->care_need;
      bool na = !exists || (m->condition != 0 && need < m->condition) || close < f->enrolled;
      if (!na && in->subject_kind == GSI_SUBJECT_PREGNANCY) {
        /* ended on or before the overdue day: could no longer be held */
        gs_date ended = f->pregnancies[in->subject].ended;
        na = ended != GS_DATE_NONE && ended <= as_of && ended <= in->anchor + m->overdue;
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
    uint64_t key = ((uint64_t)(uint32_t)(in->anchor + m->due - GS_DATE_MIN) << 32) |
                   ((uint64_t)a->moment_rank[in->moment] << 16);
    size_t pos = listed++;
    while (pos > 0 && listed_before(a, key, in, a->listed_key[pos - 1],
                                    &a->instances[a->listed[pos - 1]])) {
      a->listed[pos] = a->listed[pos - 1];
      a->listed_key[pos] = a->listed_key[pos - 1];
      pos--;
    }
    a->listed[pos] = (uint32_t)i;
    a->listed_key[pos] = key;
  }
  a->n_listed = listed;
}
