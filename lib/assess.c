/*
 * libgoedestart - the assessment: phases, facts, care need, needs and start
 * levels, routing, schedule and plan advice (decisions.md steps 1-4).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include "goedestart/gs-dossier.h"
#include "assess.h"
#include "codes.h"

#define SCREEN_STRIDE (GSI_TOPIC_N + 1)
#define ZRM_STRIDE (GSI_ZRM_N + 1)

GS_EXPORT gs_status gs_assessment_new(gs_assessment **out) {
  if (out == NULL)
    return gsi_einval("gs_assessment_new: out is NULL");
  gs_assessment *a = gsi_calloc(1, sizeof *a);
  if (a == NULL)
    return gsi_oom();
  a->as_of = GS_DATE_NONE;
  *out = a;
  return GS_OK;
}

GS_EXPORT void gs_assessment_free(gs_assessment *a) {
  if (a == NULL)
    return;
  gsi_free(a->phases);
  gsi_free(a->instances);
  gsi_free(a->listed);
  gsi_free(a->reasons);
  gsi_free(a->routes);
  gsi_free(a->advice);
  gsi_free(a->screening_buf);
  gsi_free(a->zrm_buf);
  gsi_free(a->dmn_matched);
  gsi_free(a->dmn_order);
  gsi_free(a->moment_base);
  gsi_free(a->moment_count);
  gsi_free(a->notes);
  gsi_free(a->note_mark);
  gsi_free(a->moment_rank);
  gsi_free(a->listed_key);
  gsi_free(a);
}

/* Grows every buffer to what this family can need, before anything is
 * computed, so the computation itself cannot fail for lack of memory. */
static gs_status reserve(gs_assessment *a, const gs_family *f, const gs_pack *p,
                         const gs_catalog *c) {
  gs_status st;
  size_t instances = p->n_moments * (f->n_pregnancies + f->n_children) +
                     p->n_indicated * f->n_contacts;
  size_t route_max = (size_t)p->params[GSI_PARAM_ROUTE_MAX];
  if (c == NULL)
    route_max = 0;
  else if (route_max > c->n_offers)
    route_max = c->n_offers;
  size_t routes = (GSI_TOPIC_N + f->n_actions) * route_max;
  if ((st = GSI_GROW(a->phases, a->cap_phases, GSI_PHASES_MAX(f))) != GS_OK ||
      (st = GSI_GROW(a->instances, a->cap_instances, instances + 1)) != GS_OK ||
      (st = GSI_GROW(a->listed, a->cap_listed, instances + 1)) != GS_OK ||
      (st = GSI_GROW(a->listed_key, a->cap_listed_key, instances + 1)) != GS_OK ||
      (st = GSI_GROW(a->moment_base, a->cap_moment_base, p->n_moments + 1)) != GS_OK ||
      (st = GSI_GROW(a->moment_rank, a->cap_moment_rank, p->n_moments + 1)) != GS_OK ||
      (st = GSI_GROW(a->reasons, a->cap_reasons, p->max_rules + 1)) != GS_OK ||
      (st = GSI_GROW(a->routes, a->cap_routes, routes + 1)) != GS_OK ||
      (st = GSI_GROW(a->advice, a->cap_advice, 3 * f->n_actions + 4)) != GS_OK ||
      (st = GSI_GROW(a->moment_count, a->cap_moment_count, p->n_moments + 1)) != GS_OK ||
      (st = GSI_GROW(a->notes, a->cap_notes, f->n_findings + 2 * f->n_contacts + 2)) != GS_OK ||
      (st = GSI_GROW(a->note_mark, a->cap_note_mark, f->n_findings + 1)) != GS_OK ||
      (st = GSI_GROW(a->screening_buf, a->cap_screening, f->n_pregnancies * SCREEN_STRIDE + 1)) != GS_OK ||
      (st = GSI_GROW(a->zrm_buf, a->cap_zrm, f->n_caregivers * ZRM_STRIDE + 1)) != GS_OK)
    return st;
  if ((st = GSI_GROW(a->dmn_matched, a->cap_dmn, p->max_rules + 1)) != GS_OK ||
      (st = GSI_GROW(a->dmn_order, a->cap_dmn_order, p->max_rules + 1)) != GS_OK)
    return st;
  return GS_OK;
}

gs_status gsi_assess_table(gs_assessment *a, const gsi_pack_table *pt, const char *table_id,
                           uint32_t *chosen, bool reasons) {
  gsi_dmn_result res;
  res.matched = a->dmn_matched;
  res.n_matched = 0;
  res.chosen = -1;
  res.order = a->dmn_order;
  res.n_order = 0;
  res.aggregate = a->dmn_aggregate;
  res.has_aggregate = false;
  gs_status st = gsi_dmn_eval(pt->table, a->facts, pt->map, &res);
  if (st != GS_OK) {
    gsi_error_prefix(a->family->id);
    return st;
  }
  if (res.chosen < 0)
    return gsi_error(GS_EEVAL, NULL, 0, 0,
                     "family %s: decision table '%s' gave no result (no rule matched)",
                     a->family->id, table_id);
  *chosen = (uint32_t)res.chosen;
  if (reasons) {
    for (size_t i = 0; i < res.n_matched; i++) {
      uint32_t r = res.matched[i];
      if (r != (uint32_t)res.chosen && gsi_dmn_rule_is_catch_all(pt->table, r))
        continue;
      a->reasons[a->n_reasons++] = r;
    }
  }
  return GS_OK;
}

gs_status gsi_assess_route(gs_assessment *a, uint8_t topic, uint8_t level, uint32_t *route_first,
                           uint32_t *n_routes, uint8_t *gap_from, uint8_t *gap_to) {
  size_t route_max = (size_t)a->pack->params[GSI_PARAM_ROUTE_MAX];
  if (route_max > a->catalog->n_offers)
    route_max = a->catalog->n_offers;
  const gs_family *f = a->family;
  gsi_route_query q;
  q.municipality = gsi_catalog_resolve(a->catalog, f->municipality);
  q.topic = topic;
  q.level = level;
  q.phases = a->phase_mask;
  q.youngest_months = (int32_t)a->fact_num[GSI_FACT_YOUNGEST_AGE_MONTHS];
  q.children_born = 0;
  for (size_t i = 0; i < f->n_children; i++)
    q.children_born += f->children[i].born <= a->as_of;
  q.family = f;
  q.as_of = a->as_of;
  q.route_max = route_max;
  *route_first = (uint32_t)a->n_routes;
  size_t n = gsi_route(a->catalog, &q, a->routes + a->n_routes, gap_from, gap_to);
  a->n_routes += n;
  *n_routes = (uint32_t)n;
  return GS_OK;
}

static const char *strength_token(uint8_t s) {
  return s == GS_STRENGTH_WEAK ? "weak" : s == GS_STRENGTH_STRONG ? "strong" : "unknown";
}

/* decisions.md "Needs" (step 1): one need per topic with a current risk,
 * safety first (domestic-violence, child-safety), each group by severity
 * (highest first), then topic code; then the facts need_count and
 * need_concern_count (step 2). Before the care-need table (spec v5, D-5). */
static void derive_needs(gs_assessment *a) {
  a->n_needs = 0;
  int concerns = 0;
  for (int safety = 1; safety >= 0; safety--)
    for (int sev = 3; sev >= 1; sev--)
      for (int t = 1; t <= GSI_TOPIC_N; t++)
        if (a->topic_severity[t] == sev && gsi_topic_is_safety((uint8_t)t) == (safety == 1)) {
          gsi_need *n = &a->needs[a->n_needs++];
          memset(n, 0, sizeof *n);
          n->topic = (uint8_t)t;
          n->severity = (uint8_t)sev;
          if (sev >= 2)
            concerns++;
        }
  a->facts[GSI_FACT_NEED_COUNT].type = GSI_V_NUMBER;
  a->facts[GSI_FACT_NEED_COUNT].num = gsi_dec_int((int64_t)a->n_needs);
  a->fact_num[GSI_FACT_NEED_COUNT] = (int32_t)a->n_needs;
  a->facts[GSI_FACT_NEED_CONCERN_COUNT].type = GSI_V_NUMBER;
  a->facts[GSI_FACT_NEED_CONCERN_COUNT].num = gsi_dec_int(concerns);
  a->fact_num[GSI_FACT_NEED_CONCERN_COUNT] = concerns;
}

/* Steps 3-4 for each need: the start level, the priorities (plan.md rule
 * 1) and the routes. */
static gs_status assess_needs(gs_assessment *a) {
  const gs_family *f = a->family;
  gs_date as_of = a->as_of;
  size_t priorities = (size_t)a->pack->params[GSI_PARAM_PLAN_PRIORITIES];
  a->facts[GSI_FACT_NETWORK].type = GSI_V_STRING;
  a->facts[GSI_FACT_NETWORK].str = strength_token(a->network);
  a->facts[GSI_FACT_COMPETENCE].type = GSI_V_STRING;
  a->facts[GSI_FACT_COMPETENCE].str = strength_token(a->competence);
  for (size_t i = 0; i < a->n_needs; i++) {
    gsi_need *n = &a->needs[i];
    a->facts[GSI_FACT_SEVERITY].type = GSI_V_NUMBER;
    a->facts[GSI_FACT_SEVERITY].num = gsi_dec_int(n->severity);
    a->facts[GSI_FACT_TOPIC].type = GSI_V_STRING;
    a->facts[GSI_FACT_TOPIC].str = gsi_code_token(GS_KIND_TOPIC, n->topic);
    gs_status st = gsi_assess_table(a, &a->pack->start_level, "start-level", &n->level_rule, false);
    if (st != GS_OK)
      return st;
    n->level = a->pack->start_level.out[n->level_rule];
    /* plan.md rule 1: a priority (the first plan.priorities needs) whose
     * topic has no open goal */
    n->new_goal = i < priorities;
    for (size_t g = 0; n->new_goal && g < f->n_goals; g++) {
      const gsi_goal *goal = &f->goals[g];
      if (goal->topic == n->topic && goal->opened <= as_of &&
          !(goal->closed != GS_DATE_NONE && goal->closed <= as_of)) {
        n->new_goal = false;
        break;
      }
    }
    if (a->catalog != NULL) {
      st = gsi_assess_route(a, n->topic, n->level, &n->route_first, &n->n_routes, &n->gap_from,
                            &n->gap_to);
      if (st != GS_OK)
        return st;
    }
  }
  return GS_OK;
}

/* Steps 1-3 as the family stood on date d: its findings, needs, facts and
 * care need (the reasons only for the as-of date itself). Leaves the facts
 * of d in a; the caller computes the as-of date last. */
static gs_status care_need_on(gs_assessment *a, gs_date d, uint8_t *out) {
  gs_date as_of = a->as_of;
  bool reasons = d == as_of;
  a->as_of = d;
  gsi_assess_facts(a);
  derive_needs(a);
  a->as_of = as_of;
  uint32_t chosen;
  if (!reasons)
    a->n_reasons = 0;
  gs_status st = gsi_assess_table(a, &a->pack->care_need, "care-need", &chosen, reasons);
  if (st != GS_OK)
    return st;
  *out = a->pack->care_need.out[chosen];
  return GS_OK;
}

GS_EXPORT gs_status gs_assess_into(gs_assessment *a, const gs_family *f, gs_date as_of,
                                   const gs_pack *p, const gs_catalog *c) {
  if (a == NULL || f == NULL || p == NULL)
    return gsi_einval("gs_assess: assessment, family and pack are required");
  a->valid = false;
  if (!f->finished)
    return gsi_einval("gs_assess: family %s is not finished (call gs_family_finish)", f->id);
  if (!gs_date_valid(as_of))
    return gsi_einval("gs_assess: the as-of date is not a valid date");
  gs_status st = reserve(a, f, p, c);
  if (st != GS_OK)
    return st;
  a->family = f;
  a->pack = p;
  a->catalog = c;
  a->as_of = as_of;
  a->n_reasons = a->n_routes = a->n_advice = a->n_needs = a->n_listed = a->n_notes = 0;

  /* phases */
  gsi_phase_params pp;
  pp.child_5_12_from_years = p->params[GSI_PARAM_PHASE_5_12_FROM_YEARS];
  pp.child_13_19_from_years = p->params[GSI_PARAM_PHASE_13_19_FROM_YEARS];
  pp.end_years = p->params[GSI_PARAM_PHASE_END_YEARS];
  a->n_phases = gsi_family_phases(f, as_of, &pp, a->phases);
  a->phase_mask = 0;
  for (size_t i = 0; i < a->n_phases; i++)
    a->phase_mask |= 1u << a->phases[i].phase;

  /* the schedule's instances; a conditional moment whose window closed
   * before the as-of date needs the care need on its close day (D-8) */
  gsi_assess_schedule_build(a);
  gs_date cached = GS_DATE_NONE;
  uint8_t cached_need = 0;
  for (size_t i = 0; i < a->n_instances; i++) {
    gsi_instance *in = &a->instances[i];
    if (!gsi_instance_needs_past_care_need(a, in))
      continue;
    gs_date close = in->anchor + p->moments[in->moment].close;
    if (close != cached) {
      if ((st = care_need_on(a, close, &cached_need)) != GS_OK)
        return st;
      cached = close;
    }
    in->cond_need = cached_need;
  }

  /* 1. needs and 2. facts; 3. care need */
  if ((st = care_need_on(a, as_of, &a->care_need)) != GS_OK)
    return st;
  a->facts[GSI_FACT_CARE_NEED].type = GSI_V_STRING;
  a->facts[GSI_FACT_CARE_NEED].str = gsi_code_token(GS_KIND_CARE_NEED, a->care_need);

  /* statuses (the condition reads the care need) */
  gsi_assess_schedule(a);

  /* 4. start levels, routed; 5. plan advice and notes */
  if ((st = assess_needs(a)) != GS_OK || (st = gsi_assess_plan(a)) != GS_OK)
    return st;
  gsi_assess_notes(a);
  a->valid = true;
  return GS_OK;
}

GS_EXPORT gs_status gs_assess(gs_assessment **out, const gs_family *f, gs_date as_of,
                              const gs_pack *p, const gs_catalog *c) {
  if (out == NULL)
    return gsi_einval("gs_assess: out is NULL");
  gs_assessment *a;
  gs_status st = gs_assessment_new(&a);
  if (st != GS_OK)
    return st;
  st = gs_assess_into(a, f, as_of, p, c);
  if (st != GS_OK) {
    gs_assessment_free(a);
    return st;
  }
  *out = a;
  return GS_OK;
}

GS_EXPORT gs_status gs_assess_many(const gs_family *const *families, size_t count, gs_date as_of,
                                   const gs_pack *pack, const gs_catalog *catalog,
                                   gs_assess_callback callback, void *user_data) {
  if (families == NULL && count > 0)
    return gsi_einval("gs_assess_many: families is NULL");
  gs_assessment *a;
  gs_status st = gs_assessment_new(&a);
  if (st != GS_OK)
    return st;
  for (size_t i = 0; i < count; i++) {
    st = gs_assess_into(a, families[i], as_of, pack, catalog);
    if (st != GS_OK) {
      char where[48];
      snprintf(where, sizeof where, "family #%zu", i);
      gsi_error_prefix(where);
      break;
    }
    if (callback != NULL && callback(user_data, i, a) != 0)
      break;
  }
  gs_assessment_free(a);
  return st;
}

GS_EXPORT gs_status gs_assess_file(const char *dossier_path, gs_date as_of, const gs_pack *pack,
                                   const gs_catalog *catalog, gs_assess_callback callback,
                                   void *user_data) {
  if (dossier_path == NULL)
    return gsi_einval("gs_assess_file: no dossier path given");
  gs_dossier_reader *r = NULL;
  gs_status st = gs_dossier_reader_open_file(&r, dossier_path);
  if (st != GS_OK)
    return st;
  gs_assessment *a = NULL;
  st = gs_assessment_new(&a);
  for (size_t i = 0; st == GS_OK; i++) {
    gs_family *f = NULL;
    st = gs_dossier_reader_next(r, &f);
    if (st != GS_OK || f == NULL)
      break;
    st = gs_assess_into(a, f, as_of, pack, catalog);
    int stop = st == GS_OK && callback != NULL && callback(user_data, i, a) != 0;
    gs_family_free(f);
    a->valid = false; /* its family is gone */
    if (stop)
      break;
  }
  gs_assessment_free(a);
  gs_dossier_reader_free(r);
  return st;
}

/* ---- accessors --------------------------------------------------------- */

#define RESULT(a) ((a) != NULL && (a)->valid)

GS_EXPORT const gs_family *gs_assessment_family(const gs_assessment *a) {
  return RESULT(a) ? a->family : NULL;
}

GS_EXPORT gs_date gs_assessment_as_of(const gs_assessment *a) {
  return RESULT(a) ? a->as_of : GS_DATE_NONE;
}

static const gsi_phase_rec *phase_at(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < a->n_phases ? &a->phases[i] : NULL;
}

GS_EXPORT size_t gs_assessment_phase_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_phases : 0;
}

GS_EXPORT gs_phase gs_assessment_phase_code(const gs_assessment *a, size_t i) {
  const gsi_phase_rec *p = phase_at(a, i);
  return p ? (gs_phase)p->phase : (gs_phase)0;
}

const char *gsi_assess_subject_id(const gs_family *f, uint8_t kind, int32_t index) {
  switch (kind) {
  case GSI_SUBJECT_CAREGIVER: return f->caregivers[index].id;
  case GSI_SUBJECT_PREGNANCY: return f->pregnancies[index].id;
  case GSI_SUBJECT_CHILD: return f->children[index].id;
  default: return f->id;
  }
}

GS_EXPORT const char *gs_assessment_phase_subject(const gs_assessment *a, size_t i) {
  const gsi_phase_rec *p = phase_at(a, i);
  return p ? gsi_assess_subject_id(a->family, p->subject_kind, p->subject) : NULL;
}

GS_EXPORT gs_date gs_assessment_phase_from(const gs_assessment *a, size_t i) {
  const gsi_phase_rec *p = phase_at(a, i);
  return p ? p->from : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_assessment_phase_until(const gs_assessment *a, size_t i) {
  const gsi_phase_rec *p = phase_at(a, i);
  return p ? p->until : GS_DATE_NONE;
}

GS_EXPORT int gs_assessment_first_1000_days(const gs_assessment *a) {
  return RESULT(a) && a->first_1000_days;
}

GS_EXPORT int gs_assessment_in_programme(const gs_assessment *a) {
  return RESULT(a) && a->n_phases > 0;
}

static const gsi_instance *listed_at(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < a->n_listed ? &a->instances[a->listed[i]] : NULL;
}

static const gsi_moment *listed_moment(const gs_assessment *a, size_t i) {
  const gsi_instance *in = listed_at(a, i);
  return in ? &a->pack->moments[in->moment] : NULL;
}

GS_EXPORT size_t gs_assessment_moment_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_listed : 0;
}

GS_EXPORT const char *gs_assessment_moment_id(const gs_assessment *a, size_t i) {
  const gsi_moment *m = listed_moment(a, i);
  return m ? m->id : NULL;
}

GS_EXPORT const char *gs_assessment_moment_label(const gs_assessment *a, size_t i, gs_lang lang) {
  const gsi_moment *m = listed_moment(a, i);
  if (m == NULL)
    return NULL;
  return lang == GS_LANG_NL ? m->label_nl : m->label_en;
}

GS_EXPORT gs_phase gs_assessment_moment_phase(const gs_assessment *a, size_t i) {
  const gsi_moment *m = listed_moment(a, i);
  return m ? (gs_phase)m->phase : (gs_phase)0;
}

GS_EXPORT const char *gs_assessment_moment_subject(const gs_assessment *a, size_t i) {
  const gsi_instance *in = listed_at(a, i);
  return in ? gsi_assess_subject_id(a->family, in->subject_kind, in->subject) : NULL;
}

#define MOMENT_DATE(name, field)                                                         \
  GS_EXPORT gs_date gs_assessment_moment_##name(const gs_assessment *a, size_t i) {     \
    const gsi_instance *in = listed_at(a, i);                                            \
    return in ? in->anchor + a->pack->moments[in->moment].field : GS_DATE_NONE;          \
  }
MOMENT_DATE(open, open)
MOMENT_DATE(due, due)
MOMENT_DATE(overdue, overdue)
MOMENT_DATE(close, close)

GS_EXPORT gs_moment_status gs_assessment_moment_status(const gs_assessment *a, size_t i) {
  const gsi_instance *in = listed_at(a, i);
  return in ? (gs_moment_status)in->status : (gs_moment_status)0;
}

GS_EXPORT const char *gs_assessment_moment_trigger(const gs_assessment *a, size_t i) {
  const gsi_instance *in = listed_at(a, i);
  return in && in->trigger >= 0 ? a->family->contacts[in->trigger].id : NULL;
}

GS_EXPORT gs_date gs_assessment_moment_done(const gs_assessment *a, size_t i) {
  const gsi_instance *in = listed_at(a, i);
  return in ? in->done : GS_DATE_NONE;
}

GS_EXPORT size_t gs_assessment_fact_count(const gs_assessment *a) {
  return RESULT(a) ? (size_t)GSI_FACT_FAMILY_N : 0;
}

GS_EXPORT const char *gs_assessment_fact_name(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < GSI_FACT_FAMILY_N ? gsi_fact_name((gsi_fact)i) : NULL;
}

GS_EXPORT gs_value_type gs_assessment_fact_type(const gs_assessment *a, size_t i) {
  if (!RESULT(a) || i >= GSI_FACT_FAMILY_N)
    return GS_VALUE_NULL;
  /* gsi_vtype and gs_value_type share their values */
  return (gs_value_type)a->facts[i].type;
}

GS_EXPORT int gs_assessment_fact_int(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < GSI_FACT_FAMILY_N ? a->fact_num[i] : 0;
}

const char *gsi_assess_fact_text(const gs_assessment *a, size_t i, char *buf, size_t size) {
  const gsi_value *v = &a->facts[i];
  switch (v->type) {
  case GSI_V_STRING: return v->str;
  case GSI_V_BOOL: return v->b ? "true" : "false";
  default:
    snprintf(buf, size, "%ld", (long)a->fact_num[i]);
    return buf;
  }
}

GS_EXPORT const char *gs_assessment_fact_value(const gs_assessment *a, size_t i) {
  static _Thread_local char buf[24];
  if (!RESULT(a) || i >= GSI_FACT_FAMILY_N)
    return NULL;
  return gsi_assess_fact_text(a, i, buf, sizeof buf);
}

GS_EXPORT gs_care_need gs_assessment_care_need(const gs_assessment *a) {
  return RESULT(a) ? (gs_care_need)a->care_need : (gs_care_need)0;
}

GS_EXPORT size_t gs_assessment_reason_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_reasons : 0;
}

GS_EXPORT const char *gs_assessment_reason_rule(const gs_assessment *a, size_t i) {
  if (!RESULT(a) || i >= a->n_reasons)
    return NULL;
  return gsi_dmn_rule_id(a->pack->care_need.table, a->reasons[i]);
}

GS_EXPORT const char *gs_assessment_reason_table(const gs_assessment *a, size_t i) {
  if (!RESULT(a) || i >= a->n_reasons)
    return NULL;
  return gsi_dmn_table_id(a->pack->care_need.table);
}

GS_EXPORT const char *gs_assessment_reason_text(const gs_assessment *a, size_t i, gs_lang lang) {
  if (!RESULT(a) || i >= a->n_reasons)
    return NULL;
  return gsi_dmn_rule_text(a->pack->care_need.table, a->reasons[i], lang);
}

static const gsi_need *need_at(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < a->n_needs ? &a->needs[i] : NULL;
}

GS_EXPORT size_t gs_assessment_need_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_needs : 0;
}

GS_EXPORT gs_topic gs_assessment_need_topic(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? (gs_topic)n->topic : (gs_topic)0;
}

GS_EXPORT int gs_assessment_need_severity(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->severity : 0;
}

GS_EXPORT int gs_assessment_need_level(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->level : 0;
}

GS_EXPORT const char *gs_assessment_need_level_rule(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? gsi_dmn_rule_id(a->pack->start_level.table, n->level_rule) : NULL;
}

GS_EXPORT const char *gs_assessment_need_level_text(const gs_assessment *a, size_t i,
                                                    gs_lang lang) {
  const gsi_need *n = need_at(a, i);
  return n ? gsi_dmn_rule_text(a->pack->start_level.table, n->level_rule, lang) : NULL;
}

GS_EXPORT int gs_assessment_need_new_goal(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->new_goal : 0;
}

GS_EXPORT size_t gs_assessment_need_route_count(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->n_routes : 0;
}

GS_EXPORT size_t gs_assessment_need_route_offer(const gs_assessment *a, size_t i, size_t r) {
  const gsi_need *n = need_at(a, i);
  return n && r < n->n_routes ? a->routes[n->route_first + r].offer : (size_t)-1;
}

GS_EXPORT int gs_assessment_need_route_fallback(const gs_assessment *a, size_t i, size_t r) {
  const gsi_need *n = need_at(a, i);
  return n && r < n->n_routes ? a->routes[n->route_first + r].fallback : 0;
}

GS_EXPORT gs_route_check gs_assessment_need_route_check(const gs_assessment *a, size_t i,
                                                        size_t r) {
  const gsi_need *n = need_at(a, i);
  return n && r < n->n_routes ? (gs_route_check)a->routes[n->route_first + r].check
                              : GS_CHECK_NONE;
}

GS_EXPORT int gs_assessment_need_gap_from(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->gap_from : 0;
}

GS_EXPORT int gs_assessment_need_gap_to(const gs_assessment *a, size_t i) {
  const gsi_need *n = need_at(a, i);
  return n ? n->gap_to : 0;
}

static const gsi_offer *offer_at(const gs_assessment *a, size_t o) {
  return RESULT(a) && a->catalog != NULL && o < a->catalog->n_offers ? &a->catalog->offers[o]
                                                                      : NULL;
}

GS_EXPORT const char *gs_assessment_offer_id(const gs_assessment *a, size_t o) {
  const gsi_offer *of = offer_at(a, o);
  return of ? of->id : NULL;
}

GS_EXPORT const char *gs_assessment_offer_name(const gs_assessment *a, size_t o, gs_lang lang) {
  const gsi_offer *of = offer_at(a, o);
  if (of == NULL)
    return NULL;
  return lang == GS_LANG_NL ? of->name_nl : of->name_en;
}

GS_EXPORT const char *gs_assessment_offer_provider(const gs_assessment *a, size_t o) {
  const gsi_offer *of = offer_at(a, o);
  return of ? of->provider : NULL;
}

GS_EXPORT int gs_assessment_offer_level(const gs_assessment *a, size_t o) {
  const gsi_offer *of = offer_at(a, o);
  return of ? of->level : 0;
}

GS_EXPORT const char *gs_assessment_offer_scope(const gs_assessment *a, size_t o) {
  const gsi_offer *of = offer_at(a, o);
  return of ? of->scope : NULL;
}

GS_EXPORT int gs_assessment_offer_indication(const gs_assessment *a, size_t o) {
  const gsi_offer *of = offer_at(a, o);
  return of ? of->indication : 0;
}

static const gsi_advice *advice_at(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < a->n_advice ? &a->advice[i] : NULL;
}

GS_EXPORT size_t gs_assessment_advice_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_advice : 0;
}

GS_EXPORT gs_advice_kind gs_assessment_advice_kind(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_advice_kind)ad->kind : (gs_advice_kind)0;
}

GS_EXPORT const char *gs_assessment_advice_goal(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->goal >= 0 ? a->family->goals[ad->goal].id : NULL;
}

GS_EXPORT const char *gs_assessment_advice_action(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->action >= 0 ? a->family->actions[ad->action].id : NULL;
}

GS_EXPORT const char *gs_assessment_advice_offer(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_OFFER_CHECK ? a->family->actions[ad->action].offer : NULL;
}

GS_EXPORT gs_offer_problem gs_assessment_advice_problem(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_offer_problem)ad->problem : (gs_offer_problem)0;
}

GS_EXPORT gs_review_outcome gs_assessment_advice_review(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_review_outcome)ad->review : (gs_review_outcome)0;
}

GS_EXPORT gs_move gs_assessment_advice_move(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_move)ad->move : (gs_move)0;
}

GS_EXPORT int gs_assessment_advice_level(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? ad->level : 0;
}

GS_EXPORT const char *gs_assessment_advice_rule(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_REVIEW ? gsi_dmn_rule_id(a->pack->level_review.table, ad->rule)
                                             : NULL;
}

GS_EXPORT const char *gs_assessment_advice_rule_text(const gs_assessment *a, size_t i,
                                                     gs_lang lang) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_REVIEW
             ? gsi_dmn_rule_text(a->pack->level_review.table, ad->rule, lang)
             : NULL;
}

GS_EXPORT gs_date gs_assessment_advice_since(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? ad->since : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_assessment_advice_date(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->conclusion >= 0 ? a->family->conclusions[ad->conclusion].date : GS_DATE_NONE;
}

GS_EXPORT gs_care_need gs_assessment_advice_agreed(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_care_need)ad->agreed : (gs_care_need)0;
}

GS_EXPORT gs_care_need gs_assessment_advice_proposed_now(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? (gs_care_need)ad->proposed_now : (gs_care_need)0;
}

GS_EXPORT size_t gs_assessment_advice_route_count(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? ad->n_routes : 0;
}

GS_EXPORT size_t gs_assessment_advice_route_offer(const gs_assessment *a, size_t i, size_t r) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && r < ad->n_routes ? a->routes[ad->route_first + r].offer : (size_t)-1;
}

GS_EXPORT int gs_assessment_advice_route_fallback(const gs_assessment *a, size_t i, size_t r) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && r < ad->n_routes ? a->routes[ad->route_first + r].fallback : 0;
}

GS_EXPORT gs_route_check gs_assessment_advice_route_check(const gs_assessment *a, size_t i,
                                                          size_t r) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && r < ad->n_routes ? (gs_route_check)a->routes[ad->route_first + r].check
                                : GS_CHECK_NONE;
}

GS_EXPORT int gs_assessment_advice_step(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_MELDCODE ? ad->step : 0;
}

GS_EXPORT gs_safety gs_assessment_advice_safety(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_MELDCODE ? (gs_safety)ad->safety : GS_SAFETY_NONE;
}

GS_EXPORT int gs_assessment_advice_concerns(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_INTEGRATED_PLAN ? ad->concerns : 0;
}

GS_EXPORT int gs_assessment_advice_priorities(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad && ad->kind == GSI_ADVICE_INTEGRATED_PLAN
             ? a->pack->params[GSI_PARAM_PLAN_PRIORITIES]
             : 0;
}

GS_EXPORT const char *gs_assessment_advice_text(const gs_assessment *a, size_t i, gs_lang lang) {
  static _Thread_local char buf[1024];
  const gsi_advice *ad = advice_at(a, i);
  if (ad == NULL || (ad->kind != GSI_ADVICE_MELDCODE && ad->kind != GSI_ADVICE_INTEGRATED_PLAN))
    return NULL;
  gsi_advice_text(a, ad, lang == GS_LANG_NL ? GS_LANG_NL : GS_LANG_EN, buf, sizeof buf);
  return buf;
}

/* ---- notes ------------------------------------------------------------- */

static const gsi_note *note_at(const gs_assessment *a, size_t i) {
  return RESULT(a) && i < a->n_notes ? &a->notes[i] : NULL;
}

GS_EXPORT size_t gs_assessment_note_count(const gs_assessment *a) {
  return RESULT(a) ? a->n_notes : 0;
}

GS_EXPORT gs_note_kind gs_assessment_note_kind(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n ? (gs_note_kind)n->kind : (gs_note_kind)0;
}

GS_EXPORT gs_date gs_assessment_note_date(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->kind != GS_NOTE_MUNICIPALITY_UNKNOWN ? n->date : GS_DATE_NONE;
}

GS_EXPORT const char *gs_assessment_note_contact(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->contact >= 0 ? a->family->contacts[n->contact].id : NULL;
}

GS_EXPORT gs_finding_kind gs_assessment_note_finding(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n ? (gs_finding_kind)n->finding : (gs_finding_kind)0;
}

GS_EXPORT const char *gs_assessment_note_item(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->kind == GS_NOTE_EXPIRED ? gsi_note_item(a, n) : NULL;
}

GS_EXPORT const char *gs_assessment_note_caregiver(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->caregiver >= 0 ? a->family->caregivers[n->caregiver].id : NULL;
}

GS_EXPORT const char *gs_assessment_note_moment(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->kind == GS_NOTE_UNKNOWN_MOMENT ? a->family->contacts[n->contact].moment : NULL;
}

GS_EXPORT const char *gs_assessment_note_municipality(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && (n->kind == GS_NOTE_MUNICIPALITY_UNKNOWN || n->kind == GS_NOTE_MUNICIPALITY_FORMER)
             ? a->family->municipality_code
             : NULL;
}

GS_EXPORT const char *gs_assessment_note_successor(const gs_assessment *a, size_t i) {
  const gsi_note *n = note_at(a, i);
  return n && n->former >= 0
             ? a->catalog->municipalities[a->catalog->formers[n->former].municipality].code_str
             : NULL;
}

GS_EXPORT const char *gs_assessment_note_text(const gs_assessment *a, size_t i, gs_lang lang) {
  static _Thread_local char buf[1024];
  const gsi_note *n = note_at(a, i);
  if (n == NULL)
    return NULL;
  gsi_note_text(a, n, lang == GS_LANG_NL ? GS_LANG_NL : GS_LANG_EN, buf, sizeof buf);
  return buf;
}

GS_EXPORT int gs_assessment_advice_gap_from(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? ad->gap_from : 0;
}

GS_EXPORT int gs_assessment_advice_gap_to(const gs_assessment *a, size_t i) {
  const gsi_advice *ad = advice_at(a, i);
  return ad ? ad->gap_to : 0;
}

GS_EXPORT gs_ph_dimension gs_assessment_conversation_start(const gs_assessment *a) {
  return RESULT(a) ? (gs_ph_dimension)a->conversation_start : (gs_ph_dimension)0;
}
