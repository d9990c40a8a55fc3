/*
 * libgoedestart - current findings and facts (model.md "Which findings
 * count at an as-of date", decisions.md "Facts" and "Needs").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * One pass over the contacts dated on or before the as-of date, in
 * canonical order (by date, document order for equal dates; findings of a
 * contact in document order within a kind), so the last value written to a
 * slot is the latest. Then expiry, then the facts. No allocation: the
 * screening and ZRM slot arrays are reserved by the assessment.
 */
#include <string.h>

#include "assess.h"
#include "codes.h"
#include "date.h"

#define SCREEN_STRIDE (GSI_TOPIC_N + 1)
#define ZRM_STRIDE (GSI_ZRM_N + 1)

static void put(gsi_slot *s, int value, gs_date date, int32_t finding) {
  s->value = (int8_t)value;
  s->date = date;
  s->finding = finding;
}

/* The value of a slot if it is set and not expired, else 0. */
static int live(const gsi_slot *s, gs_date as_of, int32_t validity) {
  if (s->value == 0)
    return 0;
  return (int64_t)as_of - s->date <= validity ? s->value : 0;
}

/* The pregnancy a screening finding of contact c belongs to (model.md):
 * the subject when it is a pregnancy; for a caregiver subject that
 * caregiver's only pregnancy in phase 3 on the contact's date; otherwise
 * the family's only pregnancy in phase 3 then. -1 when none or several. */
int32_t gsi_screening_pregnancy(const gs_family *f, const gsi_contact *c, gs_date as_of) {
  if (c->subject_kind == GSI_SUBJECT_PREGNANCY)
    return c->subject;
  int32_t found = -1;
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    const gsi_pregnancy *p = &f->pregnancies[i];
    if (c->subject_kind == GSI_SUBJECT_CAREGIVER && p->caregiver != c->subject)
      continue;
    if (!gsi_pregnancy_in_phase3(p, c->date, as_of))
      continue;
    if (found >= 0)
      return -1;
    found = (int32_t)i;
  }
  return found;
}

static void collect(gs_assessment *a) {
  const gs_family *f = a->family;
  gsi_current *cur = &a->cur;
  gs_date as_of = a->as_of;

  memset(cur->dmop, 0, sizeof cur->dmop);
  memset(&cur->consult, 0, sizeof cur->consult);
  memset(cur->giz, 0, sizeof cur->giz);
  memset(&cur->help, 0, sizeof cur->help);
  memset(cur->ph, 0, sizeof cur->ph);
  memset(cur->signal, 0, sizeof cur->signal);
  cur->screening = a->screening_buf;
  cur->zrm = a->zrm_buf;
  memset(cur->screening, 0, f->n_pregnancies * SCREEN_STRIDE * sizeof(gsi_slot));
  memset(cur->zrm, 0, f->n_caregivers * ZRM_STRIDE * sizeof(gsi_slot));

  for (size_t ci = 0; ci < f->n_contacts; ci++) {
    const gsi_contact *c = &f->contacts[ci];
    if (c->date > as_of)
      break; /* canonical order: by date */
    int32_t preg = -2;
    const gsi_finding *fd = &f->findings[c->first_finding];
    for (uint32_t k = 0; k < c->n_findings; k++, fd++) {
      int32_t at = (int32_t)(c->first_finding + k);
      switch (fd->kind) {
      case GS_FINDING_DMOP:
        if (fd->value != GS_RATING_NOT_DISCUSSED)
          put(&cur->dmop[fd->item], fd->value, c->date, at);
        break;
      case GS_FINDING_CONSULT:
        put(&cur->consult, fd->value, c->date, at);
        break;
      case GS_FINDING_GIZ:
        put(&cur->giz[fd->item], fd->value, c->date, at);
        break;
      case GS_FINDING_SCREENING:
        if (preg == -2)
          preg = gsi_screening_pregnancy(f, c, as_of);
        if (preg >= 0)
          put(&cur->screening[(size_t)preg * SCREEN_STRIDE + fd->item], fd->value, c->date, at);
        break;
      case GS_FINDING_HELP_REQUESTED:
        put(&cur->help, fd->value ? 1 : -1, c->date, at);
        break;
      case GS_FINDING_ZRM:
        put(&cur->zrm[(size_t)fd->caregiver * ZRM_STRIDE + fd->item], fd->value, c->date, at);
        break;
      case GS_FINDING_POSITIVE_HEALTH:
        put(&cur->ph[fd->item], fd->value + 1, c->date, at); /* 0 is a score: store +1 */
        break;
      case GS_FINDING_SIGNAL:
        put(&cur->signal[fd->item][fd->signal_kind - 1], fd->value, c->date, at);
        cur->signal_resolved[fd->item][fd->signal_kind - 1] = fd->resolved;
        break;
      default: /* dmop-overall and other informational findings */
        break;
      }
    }
  }
}

/* Severity of a current signal of (topic, kind), 0 when none. */
static int signal_now(const gs_assessment *a, int topic, int kind, int32_t validity) {
  const gsi_current *cur = &a->cur;
  int sev = live(&cur->signal[topic][kind - 1], a->as_of, validity);
  if (sev == 0)
    return 0;
  gs_date resolved = cur->signal_resolved[topic][kind - 1];
  if (resolved != GS_DATE_NONE && resolved <= a->as_of)
    return 0;
  return sev;
}

/* A current finding on a safety topic (plan.md rule 7): the earliest. */
static void safety_finding(gs_assessment *a, gs_date date) {
  if (a->safety_since == GS_DATE_NONE || date < a->safety_since)
    a->safety_since = date;
}

static void raise_topic(gs_assessment *a, int topic, int severity) {
  if (topic > 0 && topic <= GSI_TOPIC_N && severity > a->topic_severity[topic])
    a->topic_severity[topic] = (uint8_t)severity;
}

static void set_num(gs_assessment *a, gsi_fact f, int32_t v) {
  a->facts[f].type = GSI_V_NUMBER;
  a->facts[f].num = gsi_dec_int(v);
  a->fact_num[f] = v;
}

static void set_bool(gs_assessment *a, gsi_fact f, bool v) {
  a->facts[f].type = GSI_V_BOOL;
  a->facts[f].b = v;
  a->fact_num[f] = v ? 1 : 0;
}

static void set_str(gs_assessment *a, gsi_fact f, const char *s) {
  a->facts[f].type = GSI_V_STRING;
  a->facts[f].str = s;
  a->fact_num[f] = 0;
}

static uint8_t strength(bool weak, bool strong) {
  return weak ? GS_STRENGTH_WEAK : strong ? GS_STRENGTH_STRONG : GS_STRENGTH_UNKNOWN;
}

void gsi_assess_facts(gs_assessment *a) {
  const gs_family *f = a->family;
  const int32_t *par = a->pack->params;
  gs_date as_of = a->as_of;
  gsi_current *cur = &a->cur;

  collect(a);
  memset(a->topic_severity, 0, sizeof a->topic_severity);
  a->safety_since = GS_DATE_NONE;

  /* DMOP */
  int dmop[GSI_DMOP_N + 1];
  int not_good = 0, fair = 0, good = 0;
  for (int d = 1; d <= GSI_DMOP_N; d++) {
    dmop[d] = live(&cur->dmop[d], as_of, par[GSI_PARAM_VALID_DMOP]);
    if (dmop[d] == GS_RATING_NOT_GOOD)
      not_good++;
    else if (dmop[d] == GS_RATING_FAIR)
      fair++;
    else if (dmop[d] == GS_RATING_GOOD)
      good++;
    if (dmop[d] == GS_RATING_FAIR || dmop[d] == GS_RATING_NOT_GOOD)
      raise_topic(a, gsi_dmop_domain_topic((uint8_t)d), dmop[d] == GS_RATING_FAIR ? 1 : 2);
  }
  set_num(a, GSI_FACT_DMOP_NOT_GOOD, not_good);
  set_num(a, GSI_FACT_DMOP_FAIR, fair);
  set_num(a, GSI_FACT_DMOP_GOOD, good);

  int consult = live(&cur->consult, as_of, par[GSI_PARAM_VALID_DMOP]);
  set_str(a, GSI_FACT_CONSULT_STATUS,
          consult ? gsi_code_token(GS_KIND_CONSULT_STATUS, consult) : "none");

  /* GIZ */
  int giz[GSI_GIZ_N + 1];
  int giz_max = 0, tension = 0;
  for (int g = 1; g <= GSI_GIZ_N; g++) {
    giz[g] = live(&cur->giz[g], as_of, par[GSI_PARAM_VALID_GIZ]);
    if (giz[g] > giz_max)
      giz_max = giz[g];
    if (giz[g] >= 2) {
      tension++;
      raise_topic(a, gsi_giz_area_topic((uint8_t)g), giz[g] == 2 ? 1 : giz[g] <= 4 ? 2 : 3);
    }
  }
  set_num(a, GSI_FACT_GIZ_MAX, giz_max);
  set_num(a, GSI_FACT_GIZ_TENSION, tension);

  /* pregnancy screening: per pregnancy in phase 3 now */
  int screen_high = 0, screen_risk = 0;
  bool in_pregnancy = false;
  int safety_high = 0, safety_some = 0;
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    if (!gsi_pregnancy_in_phase3(&f->pregnancies[i], as_of, as_of))
      continue;
    in_pregnancy = true;
    int high = 0, risk = 0;
    const gsi_slot *row = &cur->screening[i * SCREEN_STRIDE];
    for (int t = 1; t <= GSI_TOPIC_N; t++) {
      int concern = row[t].value;
      if (concern == GS_CONCERN_HIGH)
        high++;
      if (concern == GS_CONCERN_SOME || concern == GS_CONCERN_HIGH) {
        risk++;
        raise_topic(a, t, concern == GS_CONCERN_SOME ? 1 : 2);
        if (gsi_topic_is_safety((uint8_t)t)) {
          if (concern == GS_CONCERN_HIGH)
            safety_high = 1;
          safety_some = 1;
          safety_finding(a, row[t].date);
        }
      }
    }
    if (high > screen_high)
      screen_high = high;
    if (risk > screen_risk)
      screen_risk = risk;
  }
  set_num(a, GSI_FACT_SCREEN_HIGH, screen_high);
  set_num(a, GSI_FACT_SCREEN_RISK, screen_risk);

  set_bool(a, GSI_FACT_HELP_REQUESTED, live(&cur->help, as_of, par[GSI_PARAM_VALID_HELP]) == 1);

  /* ZRM */
  int zrm_min = 0, zrm_low = 0;
  bool zrm_net_weak = false, zrm_net_strong = false;
  for (size_t c = 0; c < f->n_caregivers; c++) {
    const gsi_slot *row = &cur->zrm[c * ZRM_STRIDE];
    for (int d = 1; d <= GSI_ZRM_N; d++) {
      int score = live(&row[d], as_of, par[GSI_PARAM_VALID_ZRM]);
      if (score == 0)
        continue;
      if (zrm_min == 0 || score < zrm_min)
        zrm_min = score;
      if (score == 2)
        zrm_low++;
      if (score <= 3)
        raise_topic(a, gsi_zrm_domain_topic((uint8_t)d), 4 - score);
      if (d == GS_ZRM_SOCIAL_NETWORK) {
        zrm_net_weak |= score <= 2;
        zrm_net_strong |= score >= 4;
      }
    }
  }
  set_num(a, GSI_FACT_ZRM_MIN, zrm_min);
  set_num(a, GSI_FACT_ZRM_LOW, zrm_low);

  /* signals */
  int acute = 0, risk_weight = 0, protective_weight = 0;
  int32_t vs = par[GSI_PARAM_VALID_SIGNAL];
  for (int t = 1; t <= GSI_TOPIC_N; t++) {
    int r = signal_now(a, t, GS_SIGNAL_RISK, vs);
    if (r) {
      risk_weight += r;
      if (r == 3)
        acute++;
      raise_topic(a, t, r);
      if (gsi_topic_is_safety((uint8_t)t)) {
        safety_some = 1;
        if (r == 3)
          safety_high = 1;
        safety_finding(a, cur->signal[t][GS_SIGNAL_RISK - 1].date);
      }
    }
    protective_weight += signal_now(a, t, GS_SIGNAL_PROTECTIVE, vs);
  }
  protective_weight += good;
  set_num(a, GSI_FACT_SIGNAL_ACUTE, acute);
  set_num(a, GSI_FACT_RISK_WEIGHT, risk_weight);
  set_num(a, GSI_FACT_PROTECTIVE_WEIGHT, protective_weight);
  set_num(a, GSI_FACT_BALANCE, protective_weight - risk_weight);

  int bcs = giz[GS_GIZ_BASIC_CARE_SAFETY];
  if (bcs >= 4)
    safety_high = 1;
  if (bcs >= 2) {
    safety_some = 1;
    safety_finding(a, cur->giz[GS_GIZ_BASIC_CARE_SAFETY].date);
  }
  set_str(a, GSI_FACT_SAFETY, safety_high ? "high" : safety_some ? "some" : "none");

  set_bool(a, GSI_FACT_IN_PREGNANCY, in_pregnancy);
  a->first_1000_days = gsi_family_first_1000_days(f, as_of);
  set_bool(a, GSI_FACT_FIRST_1000_DAYS, a->first_1000_days);

  /* youngest child born on or before the as-of date */
  a->youngest_child = GSI_NO_INDEX;
  for (size_t i = 0; i < f->n_children; i++) {
    gs_date born = f->children[i].born;
    if (born > as_of)
      continue;
    if (a->youngest_child < 0 || born > f->children[a->youngest_child].born)
      a->youngest_child = (int32_t)i;
  }
  set_num(a, GSI_FACT_YOUNGEST_AGE_MONTHS,
          a->youngest_child < 0 ? -1 : gsi_age_months(f->children[a->youngest_child].born, as_of));

  /* network and competence (decisions.md "Needs"); weak wins over strong.
   * No ZRM domain informs competence (spec v5, D-6). */
  a->network = strength(dmop[GS_DMOP_SOCIAL_NETWORK] == GS_RATING_NOT_GOOD || zrm_net_weak ||
                            giz[GS_GIZ_NETWORK] >= 3,
                        dmop[GS_DMOP_SOCIAL_NETWORK] == GS_RATING_GOOD || zrm_net_strong ||
                            signal_now(a, GS_TOPIC_SOCIAL_SUPPORT, GS_SIGNAL_PROTECTIVE, vs) > 0);
  a->competence = strength(dmop[GS_DMOP_PARENT_COMPETENCE] == GS_RATING_NOT_GOOD ||
                               giz[GS_GIZ_PARENTING] >= 3,
                           dmop[GS_DMOP_PARENT_COMPETENCE] == GS_RATING_GOOD ||
                               signal_now(a, GS_TOPIC_PARENTING, GS_SIGNAL_PROTECTIVE, vs) > 0);

  /* Positive Health: the lowest current score, ties to the lowest code */
  a->conversation_start = 0;
  int lowest = 0;
  for (int d = 1; d <= GSI_PH_N; d++) {
    int v = live(&cur->ph[d], as_of, par[GSI_PARAM_VALID_POSITIVE_HEALTH]);
    if (v != 0 && (lowest == 0 || v < lowest)) {
      lowest = v;
      a->conversation_start = (uint8_t)d;
    }
  }
}
