/*
 * libgoedestart - family-plan advice (plan.md "Rules"): the Meldcode's next
 * step, the integrated plan, offer checks, review advice through the
 * level-review table, overdue reviews, a changed conclusion and a closable
 * plan, in that order.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Plan items are taken as they stood on the as-of date: a goal exists once
 * opened <= as_of and is open unless closed <= as_of; an action is active
 * when its goal is open, start <= as_of and it has no end on or before the
 * as-of date; only reviews dated on or before the as-of date count.
 */
#include <stdio.h>
#include <string.h>

#include "assess.h"
#include "codes.h"

static bool goal_exists(const gsi_goal *g, gs_date as_of) {
  return g->opened <= as_of;
}

static bool goal_open(const gsi_goal *g, gs_date as_of) {
  return goal_exists(g, as_of) && !(g->closed != GS_DATE_NONE && g->closed <= as_of);
}

static bool action_active(const gs_family *f, const gsi_action *ac, gs_date as_of) {
  return goal_open(&f->goals[ac->goal], as_of) && ac->start <= as_of &&
         !(ac->end != GS_DATE_NONE && ac->end <= as_of);
}

static gsi_advice *add(gs_assessment *a, gsi_advice_kind kind) {
  /* capacity reserved by gs_assess_into (3 per action + 4) */
  gsi_advice *ad = &a->advice[a->n_advice++];
  memset(ad, 0, sizeof *ad);
  ad->kind = (uint8_t)kind;
  ad->goal = ad->action = ad->conclusion = GSI_NO_INDEX;
  ad->since = GS_DATE_NONE;
  return ad;
}

static uint8_t apply_move(uint8_t move, uint8_t level) {
  switch (move) {
  case GS_MOVE_STEP_UP:
    return level < 5 ? (uint8_t)(level + 1) : 5;
  case GS_MOVE_STEP_DOWN:
    return level > 1 ? (uint8_t)(level - 1) : 1;
  case GS_MOVE_JUMP_INTENSIVE:
    return 5;
  default:
    return level;
  }
}

static gs_status review_advice(gs_assessment *a, size_t gi, size_t ai, const gsi_action *ac,
                               size_t last, size_t first) {
  const gs_family *f = a->family;
  const gsi_goal *g = &f->goals[gi];
  const gsi_review *rv = &f->reviews[last];
  int streak = 0;
  for (size_t r = last + 1; r-- > first;) {
    if (f->reviews[r].outcome != GS_REVIEW_ACHIEVED)
      break;
    streak++;
  }
  a->facts[GSI_FACT_REVIEW].type = GSI_V_STRING;
  a->facts[GSI_FACT_REVIEW].str = gsi_code_token(GS_KIND_REVIEW_OUTCOME, rv->outcome);
  a->facts[GSI_FACT_ACHIEVED_STREAK].type = GSI_V_NUMBER;
  a->facts[GSI_FACT_ACHIEVED_STREAK].num = gsi_dec_int(streak);
  a->facts[GSI_FACT_LEVEL].type = GSI_V_NUMBER;
  a->facts[GSI_FACT_LEVEL].num = gsi_dec_int(ac->level);
  a->facts[GSI_FACT_TOPIC_SEVERITY].type = GSI_V_NUMBER;
  a->facts[GSI_FACT_TOPIC_SEVERITY].num = gsi_dec_int(a->topic_severity[g->topic]);
  uint32_t rule;
  gs_status st = gsi_assess_table(a, &a->pack->level_review, "level-review", &rule, false);
  if (st != GS_OK)
    return st;
  gsi_advice *ad = add(a, GSI_ADVICE_REVIEW);
  ad->goal = (int32_t)gi;
  ad->action = (int32_t)ai;
  ad->review = rv->outcome;
  ad->move = a->pack->level_review.out[rule];
  ad->level = apply_move(ad->move, ac->level);
  ad->rule = rule;
  if (ad->move != GS_MOVE_CLOSE && a->catalog != NULL)
    return gsi_assess_route(a, g->topic, ad->level, &ad->route_first, &ad->n_routes,
                            &ad->gap_from, &ad->gap_to);
  return GS_OK;
}

gs_status gsi_assess_plan(gs_assessment *a) {
  const gs_family *f = a->family;
  gs_date as_of = a->as_of;
  int32_t review_days = a->pack->params[GSI_PARAM_PLAN_REVIEW_DAYS];
  a->n_advice = 0;

  /* 7. Meldcode: the next step since the earliest current safety finding */
  const char *safety = a->facts[GSI_FACT_SAFETY].str;
  if (a->safety_since != GS_DATE_NONE && strcmp(safety, "none") != 0) {
    int highest = 0;
    bool decided = false;
    for (size_t i = 0; i < f->n_meldcode; i++) {
      const gsi_meldcode_step *ms = &f->meldcode[i];
      if (ms->date < a->safety_since || ms->date > as_of)
        continue;
      if (ms->n > highest)
        highest = ms->n;
      decided |= ms->n == 5;
    }
    if (!decided) {
      gsi_advice *ad = add(a, GSI_ADVICE_MELDCODE);
      ad->step = (uint8_t)(highest + 1);
      ad->since = a->safety_since;
      ad->safety = strcmp(safety, "high") == 0 ? GS_SAFETY_HIGH : GS_SAFETY_SOME;
    }
  }

  /* 8. integrated plan at three concerns */
  int32_t concerns = a->fact_num[GSI_FACT_NEED_CONCERN_COUNT];
  if (concerns >= 3) {
    gsi_advice *ad = add(a, GSI_ADVICE_INTEGRATED_PLAN);
    ad->concerns = (uint16_t)concerns;
  }

  for (size_t gi = 0; gi < f->n_goals; gi++) {
    const gsi_goal *g = &f->goals[gi];
    if (!goal_open(g, as_of))
      continue;
    for (uint32_t k = 0; k < g->n_actions; k++) {
      size_t ai = g->first_action + k;
      const gsi_action *ac = &f->actions[ai];
      if (!action_active(f, ac, as_of))
        continue;
      /* 6. offer check (only against a catalogue) */
      if (ac->offer != NULL && a->catalog != NULL) {
        int32_t oi = gsi_catalog_find_offer(a->catalog, ac->offer);
        if (oi < 0 || a->catalog->offers[oi].level != ac->level) {
          gsi_advice *ad = add(a, GSI_ADVICE_OFFER_CHECK);
          ad->goal = (int32_t)gi;
          ad->action = (int32_t)ai;
          ad->problem = oi < 0 ? GS_OFFER_UNKNOWN : GS_OFFER_LEVEL_MISMATCH;
        }
      }
      /* counted reviews: sorted by date, so a prefix of the action's reviews */
      size_t first = ac->first_review, end = first;
      while (end < first + ac->n_reviews && f->reviews[end].date <= as_of)
        end++;
      /* 2. review advice on the latest counted review */
      if (end > first) {
        gs_status st = review_advice(a, gi, ai, ac, end - 1, first);
        if (st != GS_OK)
          return st;
      }
      /* 3. review overdue */
      gs_date since = end > first ? f->reviews[end - 1].date : ac->start;
      if ((int64_t)as_of - since > review_days) {
        gsi_advice *ad = add(a, GSI_ADVICE_REVIEW_OVERDUE);
        ad->goal = (int32_t)gi;
        ad->action = (int32_t)ai;
        ad->since = since;
      }
    }
  }

  /* 5. changed conclusion: the latest on or before the as-of date */
  int32_t latest = GSI_NO_INDEX;
  for (size_t i = 0; i < f->n_conclusions && f->conclusions[i].date <= as_of; i++)
    latest = (int32_t)i;
  if (latest >= 0 && f->conclusions[latest].care_need != a->care_need) {
    gsi_advice *ad = add(a, GSI_ADVICE_CONCLUSION_DIFFERS);
    ad->conclusion = latest;
    ad->agreed = f->conclusions[latest].care_need;
    ad->proposed_now = a->care_need;
  }

  /* 4. closable: some goal, every goal closed, positive confirmation */
  size_t existing = 0, closed = 0;
  for (size_t gi = 0; gi < f->n_goals; gi++) {
    const gsi_goal *g = &f->goals[gi];
    if (!goal_exists(g, as_of))
      continue;
    existing++;
    if (!goal_open(g, as_of))
      closed++;
  }
  if (existing > 0 && closed == existing && a->care_need == GS_CARE_POSITIVE_CONFIRMATION)
    add(a, GSI_ADVICE_PLAN_CLOSABLE);
  return GS_OK;
}

void gsi_advice_text(const gs_assessment *a, const gsi_advice *ad, gs_lang lang, char *buf,
                     size_t size) {
  bool nl = lang == GS_LANG_NL;
  buf[0] = '\0';
  if (ad->kind == GSI_ADVICE_MELDCODE) {
    const char *label = gsi_code_label(GS_KIND_MELDCODE_STEP, ad->step, lang);
    snprintf(buf, size,
             nl ? "%sVeiligheid: volg de meldcode huiselijk geweld en kindermishandeling. "
                  "Volgende stap: stap %d, \u00ab%s\u00bb."
                : "%sSafety: follow the Meldcode for domestic violence and child abuse. "
                  "Next: step %d, \u00ab%s\u00bb.",
             ad->safety == GS_SAFETY_HIGH
                 ? (nl ? "Ernstige zorgen over de veiligheid: raadpleeg nu Veilig Thuis "
                         "(0800-2000). "
                       : "Serious concerns about safety: consult Veilig Thuis now (0800-2000). ")
                 : "",
             ad->step, label ? label : "");
  } else if (ad->kind == GSI_ADVICE_INTEGRATED_PLAN) {
    snprintf(buf, size,
             nl ? "Zorgen op %d thema's: maak met het gezin \u00e9\u00e9n gezinsplan, kies samen ten "
                  "hoogste %d prioriteiten en spreek \u00e9\u00e9n co\u00f6rdinerend professional "
                  "(regievoerder) af."
                : "Concerns on %d topics: make one family plan with the family, choose at most "
                  "%d priorities together and agree on one coordinating professional.",
             (int)ad->concerns, (int)a->pack->params[GSI_PARAM_PLAN_PRIORITIES]);
  }
}
