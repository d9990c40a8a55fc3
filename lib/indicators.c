/*
 * libgoedestart - process indicators (spec/indicators.md "Process
 * indicators"): one pass over the families, counters per group, then
 * Kaplan-Meier figures (survival.c), care gaps (gaps.c) and small-cell
 * suppression at the end.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Per family everything is computed into a local delta first (its
 * assessments can fail); the groups are then made ready (the only
 * allocations) and the delta committed, so a failed add changes nothing.
 * A whole file is accumulated apart and merged the same way.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analytics.h"
#include "assess.h"
#include "buf.h"
#include "codes.h"

#define N_IND 19
#define IND_NS "urn:goedestart:indicators:1"
#define SUPPORT_WINDOW 28

typedef struct ind_desc {
  const char *id;
  bool has_den;
  const char *en;
  const char *nl;
} ind_desc;

static const ind_desc descs[N_IND + 1] = {
  { NULL, false, NULL, NULL },
  { "pregnancies", false,
    "Pregnancies that began in the period (first day of the last menstrual period, due date - 280)",
    "Zwangerschappen die in de periode begonnen (eerste dag laatste menstruatie, AD - 280 dagen)" },
  { "screened-before-16w", true,
    "Pregnancies screened (vk-screening) before 16 weeks, of the pregnancies reaching 16 weeks in the period",
    "Zwangerschappen vóór 16 weken gescreend (vk-screening), van de zwangerschappen die in de periode 16 weken werden" },
  { "births", false, "Children born in the period", "Kinderen geboren in de periode" },
  { "jgz-8w-on-time", true,
    "8-week consult done on time (by 10 weeks), of the children whose on-time limit fell in the period",
    "8-wekenconsult op tijd uitgevoerd (uiterlijk op 10 weken), van de kinderen bij wie die termijn in de periode verliep" },
  { "moments-missed", true,
    "Signal moments missed (window closed without a contact), of the moments whose window closed in the period",
    "Signaleringsmomenten met termijn verlopen, van de momenten waarvan de termijn in de periode afliep" },
  { "care-need-positive-confirmation", true,
    "Families in the programme with proposed care need: positive confirmation",
    "Gezinnen in het programma met voorgestelde zorgbehoefte: positieve bevestiging" },
  { "care-need-additional-care", true,
    "Families in the programme with proposed care need: additional care",
    "Gezinnen in het programma met voorgestelde zorgbehoefte: aanvullende zorg" },
  { "care-need-urgent-support", true,
    "Families in the programme with proposed care need: urgent support",
    "Gezinnen in het programma met voorgestelde zorgbehoefte: urgente ondersteuning" },
  { "time-to-support-median", true,
    "Median days from the first contact with an extra care need to the start of support",
    "Mediaan aantal dagen van het eerste contact met een extra zorgbehoefte tot de start van de ondersteuning" },
  { "time-to-support-28d", true,
    "Share of families with an extra care need supported within 28 days (Kaplan-Meier)",
    "Aandeel gezinnen met een extra zorgbehoefte dat binnen 28 dagen ondersteuning kreeg (Kaplan-Meier)" },
  { "actions-by-level-1", true, "Actions started in the period at level 1 (own strength)",
    "Acties gestart in de periode op niveau 1 (eigen kracht)" },
  { "actions-by-level-2", true, "Actions started in the period at level 2 (network)",
    "Acties gestart in de periode op niveau 2 (familie en directe omgeving)" },
  { "actions-by-level-3", true,
    "Actions started in the period at level 3 (volunteers, neighbourhood team)",
    "Acties gestart in de periode op niveau 3 (vrijwilligers, wijkteam)" },
  { "actions-by-level-4", true, "Actions started in the period at level 4 (light professional)",
    "Acties gestart in de periode op niveau 4 (lichte professionele ondersteuning)" },
  { "actions-by-level-5", true,
    "Actions started in the period at level 5 (intensive professional)",
    "Acties gestart in de periode op niveau 5 (intensievere professionele ondersteuning)" },
  { "started-at-proposed-level", true,
    "Actions started at the level proposed for their goal's topic on their start date",
    "Acties gestart op het niveau dat op de startdatum voor het thema werd voorgesteld" },
  { "warm-handover", true, "Actions started with a warm handover",
    "Acties gestart met een warme overdracht" },
  { "goals-achieved", true, "Goals closed in the period that were achieved",
    "Doelen afgesloten in de periode die behaald zijn" },
  { "care-gaps", false,
    "Care gaps in the catalogue (topic, phase, level) where the topic applies",
    "Witte vlekken in de catalogus (thema, fase, niveau), alleen waar het thema van toepassing is" },
};

GS_EXPORT const char *gs_indicator_id(gs_indicator i) {
  return i >= 1 && i <= N_IND ? descs[i].id : NULL;
}

GS_EXPORT const char *gs_indicator_description(gs_indicator i, gs_lang lang) {
  if (i < 1 || i > N_IND)
    return NULL;
  return lang == GS_LANG_NL ? descs[i].nl : descs[i].en;
}

GS_EXPORT size_t gs_indicator_count(void) {
  return N_IND;
}

GS_EXPORT void gs_indicators_options_init(gs_indicators_options *o) {
  if (o == NULL)
    return;
  gs_indicators_options def = GS_INDICATORS_OPTIONS_INIT;
  *o = def;
}

/* ---- accumulation -------------------------------------------------------- */

typedef struct ind_counts {
  uint64_t num[N_IND + 1];
  uint64_t den[N_IND + 1];
} ind_counts;

typedef struct ind_group {
  const char *name;             /* owned */
  uint64_t families;
  ind_counts c;
  gsi_km tts;                   /* time to support */
  int *munis;                   /* distinct municipality codes, sorted */
  size_t n_munis, cap_munis;
} ind_group;

typedef struct ind_row {
  uint32_t group;
  uint8_t ind;
  int64_t num, den;             /* den -1: none */
  double value;                 /* NaN: none */
  uint32_t flags;
} ind_row;

struct gs_indicators {
  gs_indicators_options opt;
  const gs_pack *pack;
  const gs_catalog *catalog;
  ind_group *groups;
  size_t n_groups, cap_groups;
  gsi_strmap index;
  uint64_t families;
  gs_assessment *at_to;         /* the family at `to` */
  gs_assessment *at_day;        /* the family on another day (cached) */
  const gs_family *day_family;
  gs_date day;
  int32_t m_screening, m_8w;    /* pack moment indices, -1 when absent */
  bool finished;
  /* result */
  ind_row *rows;
  size_t n_rows;
  uint32_t *order;              /* group display order */
  size_t n_order;
};

/* What one family contributes. */
typedef struct ind_delta {
  ind_counts c;
  bool tts;                     /* has an index contact */
  int32_t tts_time;
  bool tts_event;
} ind_delta;

static bool in_period(const gs_indicators *ind, int64_t d) {
  return d >= ind->opt.from && d <= ind->opt.to;
}

GS_EXPORT gs_status gs_indicators_new(gs_indicators **out, const gs_indicators_options *o,
                                      const gs_pack *pack, const gs_catalog *catalog) {
  if (out == NULL || o == NULL || pack == NULL || catalog == NULL)
    return gsi_einval("gs_indicators_new: out, options, pack and catalogue are required");
  if (o->version != GS_INDICATORS_OPTIONS_VERSION)
    return gsi_error(GS_EVERSION, NULL, 0, 0,
                     "gs_indicators_new: options version %u is not supported (expected %u)",
                     o->version, GS_INDICATORS_OPTIONS_VERSION);
  if (!gs_date_valid(o->from) || !gs_date_valid(o->to))
    return gsi_einval("gs_indicators_new: the period needs valid from and to dates");
  if (o->from > o->to)
    return gsi_einval("gs_indicators_new: the period ends before it starts");
  if (o->group_by != GS_GROUP_BY_MUNICIPALITY && o->group_by != GS_GROUP_BY_PROVINCE &&
      o->group_by != GS_GROUP_BY_NONE)
    return gsi_einval("gs_indicators_new: group by municipality, province or none");
  if (o->suppress_k < 1)
    return gsi_einval("gs_indicators_new: the suppression threshold k must be at least 1");
  gs_indicators *ind = gsi_calloc(1, sizeof *ind);
  if (ind == NULL)
    return gsi_oom();
  gs_status st;
  if ((st = gs_assessment_new(&ind->at_to)) != GS_OK ||
      (st = gs_assessment_new(&ind->at_day)) != GS_OK) {
    gs_assessment_free(ind->at_to);
    gsi_free(ind);
    return st;
  }
  ind->opt = *o;
  ind->pack = pack;
  ind->catalog = catalog;
  ind->day = GS_DATE_NONE;
  ind->m_screening = gsi_pack_find_moment(pack, "vk-screening");
  ind->m_8w = gsi_pack_find_moment(pack, "jgz-8w");
  *out = ind;
  return GS_OK;
}

static void group_free(ind_group *g) {
  gsi_km_free(&g->tts);
  gsi_free(g->munis);
  gsi_free((char *)g->name);
}

static void free_result(gs_indicators *ind) {
  gsi_free(ind->rows);
  gsi_free(ind->order);
  ind->rows = NULL;
  ind->order = NULL;
  ind->n_rows = ind->n_order = 0;
}

GS_EXPORT void gs_indicators_free(gs_indicators *ind) {
  if (ind == NULL)
    return;
  for (size_t i = 0; i < ind->n_groups; i++)
    group_free(&ind->groups[i]);
  gsi_free(ind->groups);
  gsi_strmap_free(&ind->index);
  gs_assessment_free(ind->at_to);
  gs_assessment_free(ind->at_day);
  free_result(ind);
  gsi_free(ind);
}

/* The family assessed on day d into at_day (cached while the family and
 * the day stay the same). */
static gs_status assess_day(gs_indicators *ind, const gs_family *f, gs_date d) {
  if (ind->day_family == f && ind->day == d)
    return GS_OK;
  ind->day_family = NULL;
  gs_status st = gs_assess_into(ind->at_day, f, d, ind->pack, NULL);
  if (st != GS_OK)
    return st;
  ind->day_family = f;
  ind->day = d;
  return GS_OK;
}

static gs_status family_delta(gs_indicators *ind, const gs_family *f, ind_delta *dl) {
  memset(dl, 0, sizeof *dl);
  gs_date from = ind->opt.from, to = ind->opt.to;
  ind->day_family = NULL; /* the cache is per family */
  gs_status st = gs_assess_into(ind->at_to, f, to, ind->pack, NULL);
  if (st != GS_OK)
    return st;
  const gs_assessment *a = ind->at_to;
  const gs_pack *p = ind->pack;
  ind_counts *c = &dl->c;

  /* schedule instances: missed moments, the 8-week consult, screening */
  gs_date screened[GSI_MAX_MEMBERS];
  for (size_t k = 0; k < f->n_pregnancies; k++)
    screened[k] = GS_DATE_NONE;
  for (size_t i = 0; i < a->n_instances; i++) {
    const gsi_instance *in = &a->instances[i];
    const gsi_moment *m = &p->moments[in->moment];
    if ((int32_t)in->moment == ind->m_screening && in->subject_kind == GSI_SUBJECT_PREGNANCY)
      screened[in->subject] = in->done;
    if (in->status == GS_MOMENT_NOT_APPLICABLE || in->status == 0)
      continue;
    if (in_period(ind, (int64_t)in->anchor + m->close + 1)) {
      c->den[GS_IND_MOMENTS_MISSED]++;
      if (in->status == GS_MOMENT_MISSED)
        c->num[GS_IND_MOMENTS_MISSED]++;
    }
    if ((int32_t)in->moment == ind->m_8w && in->subject_kind == GSI_SUBJECT_CHILD) {
      int64_t overdue = (int64_t)in->anchor + m->overdue;
      if (in_period(ind, overdue)) {
        c->den[GS_IND_JGZ_8W_ON_TIME]++;
        if (in->done != GS_DATE_NONE && in->done <= overdue)
          c->num[GS_IND_JGZ_8W_ON_TIME]++;
      }
    }
  }

  /* pregnancies and screening before gestational day 112 */
  for (size_t k = 0; k < f->n_pregnancies; k++) {
    int64_t anchor = (int64_t)f->pregnancies[k].due - 280;
    if (in_period(ind, anchor))
      c->num[GS_IND_PREGNANCIES]++;
    if (in_period(ind, anchor + 112)) {
      c->den[GS_IND_SCREENED_BEFORE_16W]++;
      if (screened[k] != GS_DATE_NONE && screened[k] < anchor + 112)
        c->num[GS_IND_SCREENED_BEFORE_16W]++;
    }
  }

  /* births */
  for (size_t k = 0; k < f->n_children; k++)
    if (in_period(ind, f->children[k].born))
      c->num[GS_IND_BIRTHS]++;

  /* care need of families in the programme at `to` */
  if (a->n_phases > 0) {
    for (int i = GS_IND_CARE_NEED_POSITIVE_CONFIRMATION; i <= GS_IND_CARE_NEED_URGENT_SUPPORT; i++)
      c->den[i]++;
    c->num[GS_IND_CARE_NEED_POSITIVE_CONFIRMATION + a->care_need - GS_CARE_POSITIVE_CONFIRMATION]++;
  }

  /* time to support: the index contact, then the first action from it */
  gs_date index = GS_DATE_NONE;
  for (size_t k = 0; k < f->n_contacts; k++) {
    gs_date d = f->contacts[k].date;
    if (d < from)
      continue;
    if (d > to)
      break;
    if (k > 0 && f->contacts[k - 1].date == d && d >= from)
      continue; /* the same day was assessed already */
    if ((st = assess_day(ind, f, d)) != GS_OK)
      return st;
    if (ind->at_day->care_need >= GS_CARE_ADDITIONAL_CARE) {
      index = d;
      break;
    }
  }
  if (index != GS_DATE_NONE) {
    gs_date first = GS_DATE_NONE;
    for (size_t k = 0; k < f->n_actions; k++) {
      gs_date s = f->actions[k].start;
      if (s >= index && s <= to && (first == GS_DATE_NONE || s < first))
        first = s;
    }
    dl->tts = true;
    dl->tts_event = first != GS_DATE_NONE;
    dl->tts_time = dl->tts_event ? first - index : to - index;
    c->den[GS_IND_TIME_TO_SUPPORT_MEDIAN]++;
    c->den[GS_IND_TIME_TO_SUPPORT_28D]++;
    if (dl->tts_event) {
      c->num[GS_IND_TIME_TO_SUPPORT_MEDIAN]++;
      if (dl->tts_time <= SUPPORT_WINDOW)
        c->num[GS_IND_TIME_TO_SUPPORT_28D]++;
    }
  }

  /* actions started in the period */
  for (size_t k = 0; k < f->n_actions; k++) {
    const gsi_action *ac = &f->actions[k];
    if (!in_period(ind, ac->start))
      continue;
    for (int i = GS_IND_ACTIONS_BY_LEVEL_1; i <= GS_IND_WARM_HANDOVER; i++)
      c->den[i]++;
    c->num[GS_IND_ACTIONS_BY_LEVEL_1 + ac->level - 1]++;
    if (ac->warm_handover)
      c->num[GS_IND_WARM_HANDOVER]++;
    if ((st = assess_day(ind, f, ac->start)) != GS_OK)
      return st;
    uint8_t topic = f->goals[ac->goal].topic;
    const gs_assessment *ad = ind->at_day;
    for (size_t n = 0; n < ad->n_needs; n++)
      if (ad->needs[n].topic == topic) {
        if (ad->needs[n].level == ac->level)
          c->num[GS_IND_STARTED_AT_PROPOSED_LEVEL]++;
        break;
      }
  }

  /* goals closed in the period */
  for (size_t k = 0; k < f->n_goals; k++) {
    const gsi_goal *g = &f->goals[k];
    if (g->closed != GS_DATE_NONE && in_period(ind, g->closed)) {
      c->den[GS_IND_GOALS_ACHIEVED]++;
      if (g->status == GS_GOAL_ACHIEVED)
        c->num[GS_IND_GOALS_ACHIEVED]++;
    }
  }
  ind->day_family = NULL;
  return GS_OK;
}

/* The group named name; a new one is created empty and *created set, so
 * that a failure later in the same call can drop it again. NULL on OOM. */
static ind_group *group_get(gs_indicators *ind, const char *name, bool *created) {
  *created = false;
  int64_t i = gsi_strmap_get(&ind->index, name);
  if (i >= 0)
    return &ind->groups[i];
  if (GSI_GROW(ind->groups, ind->cap_groups, ind->n_groups + 1) != GS_OK ||
      gsi_strmap_reserve(&ind->index, ind->n_groups + 1) != GS_OK)
    return NULL;
  char *copy = gsi_strdup(name);
  if (copy == NULL) {
    gsi_oom();
    return NULL;
  }
  ind_group *g = &ind->groups[ind->n_groups];
  memset(g, 0, sizeof *g);
  g->name = copy;
  gsi_strmap_put(&ind->index, copy, (uint32_t)ind->n_groups);
  ind->n_groups++;
  *created = true;
  return g;
}

/* Undoes what a failing call prepared: groups it created (the last ones)
 * are dropped, time-to-support counters it allocated for groups that had
 * none are freed, and containers of a run without groups are released, so
 * the run is exactly as before the call. */
static void groups_rollback(gs_indicators *ind, size_t n_before, const uint32_t *had_tts,
                            size_t n_had) {
  while (ind->n_groups > n_before)
    group_free(&ind->groups[--ind->n_groups]);
  for (size_t i = 0; i < n_had; i++) {
    ind_group *g = &ind->groups[had_tts[i]];
    if (g->tts.subjects == 0)
      gsi_km_free(&g->tts);
  }
  gsi_strmap_clear(&ind->index);
  for (size_t i = 0; i < ind->n_groups; i++)
    gsi_strmap_put(&ind->index, ind->groups[i].name, (uint32_t)i);
  if (ind->n_groups == 0) {
    gsi_strmap_free(&ind->index);
    gsi_free(ind->groups);
    ind->groups = NULL;
    ind->cap_groups = 0;
  }
}

static bool muni_has(const ind_group *g, int code) {
  for (size_t i = 0; i < g->n_munis; i++)
    if (g->munis[i] == code)
      return true;
  return false;
}

/* Makes room for one more municipality code. */
static gs_status muni_reserve(ind_group *g, size_t extra) {
  return GSI_GROW(g->munis, g->cap_munis, g->n_munis + extra);
}

static void muni_add(ind_group *g, int code) {
  if (muni_has(g, code))
    return;
  size_t i = g->n_munis++;
  while (i > 0 && g->munis[i - 1] > code) {
    g->munis[i] = g->munis[i - 1];
    i--;
  }
  g->munis[i] = code;
}

static void counts_add(ind_counts *dst, const ind_counts *src) {
  for (int i = 1; i <= N_IND; i++) {
    dst->num[i] += src->num[i];
    dst->den[i] += src->den[i];
  }
}

/* The groups a family counts in: its own and, unless it is `all`, the
 * total `all`. */
static size_t family_groups(gs_indicators *ind, const gs_family *f, const char *names[2]) {
  names[0] = gsi_group_name((gs_group_by)ind->opt.group_by, ind->catalog, NULL, f);
  if (strcmp(names[0], "all") == 0)
    return 1;
  names[1] = "all";
  return 2;
}

static gs_status check_open(const gs_indicators *ind, const char *fn) {
  if (ind->finished)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "%s: the indicator run is finished already", fn);
  return GS_OK;
}

GS_EXPORT gs_status gs_indicators_add(gs_indicators *ind, const gs_family *f) {
  if (ind == NULL || f == NULL)
    return gsi_einval("gs_indicators_add: run and family are required");
  gs_status st = check_open(ind, "gs_indicators_add");
  if (st != GS_OK)
    return st;
  if (!f->finished)
    return gsi_einval("gs_indicators_add: family %s is not finished", f->id);
  ind_delta dl;
  if ((st = family_delta(ind, f, &dl)) != GS_OK)
    return st;
  const char *names[2];
  size_t ng = family_groups(ind, f, names);
  /* make the groups ready (the only allocations), then commit */
  size_t n_before = ind->n_groups;
  uint32_t empty_tts[2];
  size_t n_empty = 0;
  for (size_t i = 0; i < ng && st == GS_OK; i++) {
    bool created;
    ind_group *g = group_get(ind, names[i], &created);
    if (g == NULL) {
      st = GS_ENOMEM;
      break;
    }
    if (!created && g->tts.len == 0)
      empty_tts[n_empty++] = (uint32_t)(g - ind->groups);
    if ((st = muni_reserve(g, 1)) == GS_OK && dl.tts)
      st = gsi_km_reserve(&g->tts, dl.tts_time);
  }
  if (st != GS_OK) {
    groups_rollback(ind, n_before, empty_tts, n_empty);
    return st;
  }
  for (size_t i = 0; i < ng; i++) {
    ind_group *g = &ind->groups[gsi_strmap_get(&ind->index, names[i])];
    g->families++;
    counts_add(&g->c, &dl.c);
    if (dl.tts)
      gsi_km_put(&g->tts, dl.tts_time, dl.tts_event, 1);
    muni_add(g, f->municipality);
  }
  ind->families++;
  return GS_OK;
}

static gs_status indicators_add_one(void *ind, const gs_family *f) {
  return gs_indicators_add(ind, f);
}

GS_EXPORT gs_status gs_indicators_add_file(gs_indicators *ind, const char *path) {
  if (ind == NULL || path == NULL)
    return gsi_einval("gs_indicators_add_file: run and path are required");
  gs_status st = check_open(ind, "gs_indicators_add_file");
  if (st != GS_OK)
    return st;
  gs_indicators *tmp;
  if ((st = gs_indicators_new(&tmp, &ind->opt, ind->pack, ind->catalog)) != GS_OK)
    return st;
  st = gsi_dossier_file_each(path, indicators_add_one, tmp);
  /* merge: reserve everything, then commit without allocating */
  size_t n_before = ind->n_groups;
  uint32_t *empty_tts = NULL;
  size_t n_empty = 0;
  if (st == GS_OK && (empty_tts = gsi_calloc(ind->n_groups + 1, sizeof *empty_tts)) == NULL)
    st = gsi_oom();
  for (size_t i = 0; i < tmp->n_groups && st == GS_OK; i++) {
    const ind_group *src = &tmp->groups[i];
    if (src->families == 0)
      continue;
    bool created;
    ind_group *g = group_get(ind, src->name, &created);
    if (g == NULL) {
      st = GS_ENOMEM;
      break;
    }
    if (!created && g->tts.len == 0)
      empty_tts[n_empty++] = (uint32_t)(g - ind->groups);
    if ((st = muni_reserve(g, src->n_munis)) == GS_OK && src->tts.len > 0)
      st = gsi_km_reserve(&g->tts, (int32_t)src->tts.len - 1);
  }
  if (st != GS_OK && empty_tts != NULL)
    groups_rollback(ind, n_before, empty_tts, n_empty);
  gsi_free(empty_tts);
  if (st == GS_OK) {
    for (size_t i = 0; i < tmp->n_groups; i++) {
      const ind_group *src = &tmp->groups[i];
      if (src->families == 0)
        continue;
      ind_group *g = &ind->groups[gsi_strmap_get(&ind->index, src->name)];
      g->families += src->families;
      counts_add(&g->c, &src->c);
      gsi_km_merge(&g->tts, &src->tts);
      for (size_t k = 0; k < src->n_munis; k++)
        muni_add(g, src->munis[k]);
    }
    ind->families += tmp->families;
  }
  gs_indicators_free(tmp);
  return st;
}

/* ---- finishing: care gaps, Kaplan-Meier, suppression ---------------------- */

typedef struct gap_count {
  int code;
  size_t gaps;
} gap_count;

/* Display order of groups: byte order, `all` last. */
static bool group_before(const char *x, const char *y) {
  bool xa = strcmp(x, "all") == 0, ya = strcmp(y, "all") == 0;
  if (xa != ya)
    return ya;
  return strcmp(x, y) < 0;
}

/* The row whose denominator figure the row of indicator i shows (a figure
 * is one cell per group however many rows show it); 0 without one. */
static int den_cell(int i) {
  if (!descs[i].has_den)
    return 0;
  if (i >= GS_IND_CARE_NEED_POSITIVE_CONFIRMATION && i <= GS_IND_CARE_NEED_URGENT_SUPPORT)
    return GS_IND_CARE_NEED_POSITIVE_CONFIRMATION;
  if (i == GS_IND_TIME_TO_SUPPORT_28D)
    return GS_IND_TIME_TO_SUPPORT_MEDIAN;
  if (i >= GS_IND_ACTIONS_BY_LEVEL_1 && i <= GS_IND_WARM_HANDOVER)
    return GS_IND_ACTIONS_BY_LEVEL_1;
  return i;
}

/* The partitioned denominators within a group: the figure's row, then the
 * member numerators first..last (indicators.md "Small-cell suppression"). */
static const int partitions[][2] = {
  { GS_IND_CARE_NEED_POSITIVE_CONFIRMATION, GS_IND_CARE_NEED_URGENT_SUPPORT },
  { GS_IND_ACTIONS_BY_LEVEL_1, GS_IND_ACTIONS_BY_LEVEL_5 },
};

/* Cell numbers: per row (group g in display order, indicator i) a
 * numerator cell and a denominator cell. */
static int64_t num_cell(size_t g, int i) {
  return (int64_t)((g * N_IND + (size_t)(i - 1)) * 2);
}

static int64_t den_cell_of(size_t g, int i) {
  int d = den_cell(i);
  return d == 0 ? -1 : (int64_t)((g * N_IND + (size_t)(d - 1)) * 2 + 1);
}

/* Small-cell suppression over the whole table (rows of n_groups groups in
 * display order, `all` last when the grouping has a total): primary, then
 * the rounds over the within-group and across-group lines. */
static gs_status suppress_table(const gs_indicators *ind, ind_row *rows, size_t n_groups) {
  size_t n_cells = n_groups * N_IND * 2;
  int64_t *value = gsi_calloc(n_cells + 1, sizeof *value);
  bool *sup = gsi_calloc(n_cells + 1, sizeof *sup);
  int64_t *members = gsi_calloc(n_groups * N_IND + 1, sizeof *members);
  gsi_cells cells = { value, sup, n_cells, NULL, 0, 0, 0 };
  gs_status st = GS_OK;
  if (value == NULL || sup == NULL || members == NULL) {
    st = gsi_oom();
    goto done;
  }
  for (size_t g = 0; g < n_groups; g++)
    for (int i = 1; i <= N_IND; i++) {
      const ind_row *r = &rows[g * N_IND + (size_t)(i - 1)];
      value[num_cell(g, i)] = r->num;
      value[num_cell(g, i) + 1] = den_cell(i) == i ? r->den : -1;
    }
  /* within each group: the partitioned denominators */
  for (size_t g = 0; g < n_groups && st == GS_OK; g++)
    for (size_t p = 0; p < sizeof partitions / sizeof partitions[0] && st == GS_OK; p++) {
      size_t n = 0;
      for (int i = partitions[p][0]; i <= partitions[p][1]; i++)
        members[n++] = num_cell(g, i);
      st = gsi_cells_line(&cells, den_cell_of(g, partitions[p][0]), members, n);
    }
  /* across groups: each count column, `all` (last) as the total */
  if (ind->opt.group_by != GS_GROUP_BY_NONE && n_groups > 1)
    for (int i = 1; i <= N_IND && st == GS_OK; i++) {
      for (int kind = 0; kind < 2 && st == GS_OK; kind++) {
        if (kind == 1 && den_cell(i) != i)
          continue;
        for (size_t g = 0; g + 1 < n_groups; g++)
          members[g] = num_cell(g, i) + kind;
        st = gsi_cells_line(&cells, num_cell(n_groups - 1, i) + kind, members, n_groups - 1);
      }
    }
  if (st != GS_OK)
    goto done;
  gsi_cells_settle(&cells, ind->opt.suppress_k);
  for (size_t g = 0; g < n_groups; g++)
    for (int i = 1; i <= N_IND; i++) {
      ind_row *r = &rows[g * N_IND + (size_t)(i - 1)];
      if (sup[num_cell(g, i)])
        r->flags |= GS_IND_NUMERATOR_SUPPRESSED;
      if (den_cell(i) != 0 && sup[den_cell_of(g, i)])
        r->flags |= GS_IND_DENOMINATOR_SUPPRESSED;
      if ((r->flags & GS_IND_HAS_VALUE) &&
          (r->flags & (GS_IND_NUMERATOR_SUPPRESSED | GS_IND_DENOMINATOR_SUPPRESSED)))
        r->flags |= GS_IND_VALUE_SUPPRESSED;
    }
done:
  gsi_cells_free(&cells);
  gsi_free(value);
  gsi_free(sup);
  gsi_free(members);
  return st;
}

static void fill_group_rows(const gs_indicators *ind, uint32_t gi, const ind_group *g,
                            const gap_count *gaps, size_t n_gaps, ind_row *rows) {
  for (int i = 1; i <= N_IND; i++) {
    ind_row *r = &rows[i - 1];
    r->group = gi;
    r->ind = (uint8_t)i;
    r->num = (int64_t)g->c.num[i];
    r->den = descs[i].has_den ? (int64_t)g->c.den[i] : -1;
    r->value = NAN;
    r->flags = descs[i].has_den ? GS_IND_HAS_DENOMINATOR : 0;
    if (descs[i].has_den && r->den > 0) {
      if (i == GS_IND_TIME_TO_SUPPORT_MEDIAN) {
        r->value = gsi_km_median(&g->tts);
      } else if (i == GS_IND_TIME_TO_SUPPORT_28D) {
        r->value = 1.0 - gsi_km_survival_at(&g->tts, SUPPORT_WINDOW);
      } else {
        r->value = (double)r->num / (double)r->den;
      }
      if (!isnan(r->value))
        r->flags |= GS_IND_HAS_VALUE;
    }
    if (i == GS_IND_CARE_GAPS) {
      uint64_t total = 0;
      for (size_t m = 0; m < g->n_munis; m++)
        for (size_t j = 0; j < n_gaps; j++)
          if (gaps[j].code == g->munis[m])
            total += gaps[j].gaps;
      r->num = (int64_t)total;
    }
  }
}

GS_EXPORT gs_status gs_indicators_finish(gs_indicators *ind) {
  if (ind == NULL)
    return gsi_einval("gs_indicators_finish: the run is NULL");
  gs_status st = check_open(ind, "gs_indicators_finish");
  if (st != GS_OK)
    return st;
  /* groups with families, in display order */
  size_t n_order = 0;
  for (size_t i = 0; i < ind->n_groups; i++)
    if (ind->groups[i].families > 0)
      n_order++;
  uint32_t *order = gsi_calloc(n_order + 1, sizeof *order);
  ind_row *rows = gsi_calloc(n_order * N_IND + 1, sizeof *rows);
  /* care gaps once per distinct municipality */
  size_t n_codes = 0;
  for (size_t i = 0; i < ind->n_groups; i++)
    n_codes += ind->groups[i].n_munis;
  gap_count *gaps = gsi_calloc(n_codes + 1, sizeof *gaps);
  if (order == NULL || rows == NULL || gaps == NULL) {
    st = gsi_oom();
    goto fail;
  }
  size_t n_gaps = 0;
  for (size_t i = 0; i < ind->n_groups; i++) {
    const ind_group *g = &ind->groups[i];
    if (g->families == 0)
      continue;
    for (size_t m = 0; m < g->n_munis; m++) {
      bool seen = false;
      for (size_t j = 0; j < n_gaps && !seen; j++)
        seen = gaps[j].code == g->munis[m];
      if (seen)
        continue;
      char code[7];
      gsi_municipality_format(g->munis[m], code);
      gs_gaps *gp;
      if ((st = gs_gaps_compute(&gp, ind->catalog, code, ind->opt.to, GS_GAPS_APPLICABLE_ONLY)) !=
          GS_OK)
        goto fail;
      gaps[n_gaps].code = g->munis[m];
      gaps[n_gaps].gaps = gs_gaps_count(gp);
      n_gaps++;
      gs_gaps_free(gp);
    }
  }
  size_t n = 0;
  for (size_t i = 0; i < ind->n_groups; i++)
    if (ind->groups[i].families > 0)
      order[n++] = (uint32_t)i;
  for (size_t i = 1; i < n_order; i++) { /* insertion sort: a few dozen groups */
    uint32_t v = order[i];
    size_t j = i;
    while (j > 0 && group_before(ind->groups[v].name, ind->groups[order[j - 1]].name)) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = v;
  }
  for (size_t i = 0; i < n_order; i++)
    fill_group_rows(ind, order[i], &ind->groups[order[i]], gaps, n_gaps, rows + i * N_IND);
  if (!ind->opt.no_suppress && (st = suppress_table(ind, rows, n_order)) != GS_OK)
    goto fail;
  gsi_free(gaps);
  ind->order = order;
  ind->n_order = n_order;
  ind->rows = rows;
  ind->n_rows = n_order * N_IND;
  ind->finished = true;
  return GS_OK;
fail:
  gsi_free(order);
  gsi_free(rows);
  gsi_free(gaps);
  return st;
}

GS_EXPORT gs_status gs_indicators_compute(gs_indicators **out, const gs_family *const *families,
                                          size_t count, const gs_indicators_options *o,
                                          const gs_pack *pack, const gs_catalog *catalog) {
  if (out == NULL || (families == NULL && count > 0))
    return gsi_einval("gs_indicators_compute: out and families are required");
  gs_indicators *ind;
  gs_status st = gs_indicators_new(&ind, o, pack, catalog);
  if (st != GS_OK)
    return st;
  for (size_t i = 0; i < count && st == GS_OK; i++)
    st = gs_indicators_add(ind, families[i]);
  if (st == GS_OK)
    st = gs_indicators_finish(ind);
  if (st != GS_OK) {
    gs_indicators_free(ind);
    return st;
  }
  *out = ind;
  return GS_OK;
}

/* ---- accessors ------------------------------------------------------------ */

static const ind_row *irow(const gs_indicators *ind, size_t i) {
  return ind != NULL && ind->finished && i < ind->n_rows ? &ind->rows[i] : NULL;
}

GS_EXPORT uint64_t gs_indicators_family_count(const gs_indicators *ind) {
  return ind != NULL ? ind->families : 0;
}

GS_EXPORT size_t gs_indicators_row_count(const gs_indicators *ind) {
  return ind != NULL && ind->finished ? ind->n_rows : 0;
}

GS_EXPORT const char *gs_indicators_row_group(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? ind->groups[r->group].name : NULL;
}

GS_EXPORT gs_indicator gs_indicators_row_indicator(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? (gs_indicator)r->ind : (gs_indicator)0;
}

GS_EXPORT int64_t gs_indicators_row_numerator(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? r->num : -1;
}

GS_EXPORT int64_t gs_indicators_row_denominator(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? r->den : -1;
}

GS_EXPORT double gs_indicators_row_value(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? r->value : NAN;
}

GS_EXPORT uint32_t gs_indicators_row_flags(const gs_indicators *ind, size_t i) {
  const ind_row *r = irow(ind, i);
  return r ? r->flags : 0;
}

/* ---- writers -------------------------------------------------------------- */

static gs_status check_finished(const gs_indicators *ind, char **out, const char *fn) {
  if (ind == NULL || out == NULL)
    return gsi_einval("%s: run and out are required", fn);
  if (!ind->finished)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "%s: call gs_indicators_finish first", fn);
  return GS_OK;
}

static void format_value(const ind_row *r, char *buf, size_t size) {
  if (r->ind == GS_IND_TIME_TO_SUPPORT_MEDIAN && r->value == floor(r->value))
    snprintf(buf, size, "%.0f", r->value);
  else if (r->ind == GS_IND_TIME_TO_SUPPORT_MEDIAN)
    snprintf(buf, size, "%.1f", r->value); /* a midpoint: ends in .5 */
  else
    snprintf(buf, size, "%.6f", r->value);
}

static void buf_i64(gsi_buf *b, int64_t v) {
  char tmp[24];
  snprintf(tmp, sizeof tmp, "%lld", (long long)v);
  gsi_buf_puts(b, tmp);
}

GS_EXPORT gs_status gs_indicators_write_csv(const gs_indicators *ind, char **out, size_t *len) {
  gs_status st = check_finished(ind, out, "gs_indicators_write_csv");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "group,indicator,numerator,denominator,value,suppressed\r\n");
  for (size_t i = 0; i < ind->n_rows; i++) {
    const ind_row *r = &ind->rows[i];
    gsi_buf_csv_field(&b, ind->groups[r->group].name);
    gsi_buf_putc(&b, ',');
    gsi_buf_puts(&b, descs[r->ind].id);
    gsi_buf_putc(&b, ',');
    if (!(r->flags & GS_IND_NUMERATOR_SUPPRESSED))
      buf_i64(&b, r->num);
    gsi_buf_putc(&b, ',');
    if (r->den >= 0 && !(r->flags & GS_IND_DENOMINATOR_SUPPRESSED))
      buf_i64(&b, r->den);
    gsi_buf_putc(&b, ',');
    if ((r->flags & GS_IND_HAS_VALUE) && !(r->flags & GS_IND_VALUE_SUPPRESSED)) {
      char v[48];
      format_value(r, v, sizeof v);
      gsi_buf_puts(&b, v);
    }
    gsi_buf_puts(&b, (r->flags & (GS_IND_NUMERATOR_SUPPRESSED | GS_IND_DENOMINATOR_SUPPRESSED |
                                  GS_IND_VALUE_SUPPRESSED))
                         ? ",1\r\n"
                         : ",0\r\n");
  }
  return gsi_buf_take(&b, out, len);
}

static const char *by_token(int by) {
  return by == GS_GROUP_BY_PROVINCE ? "province" : by == GS_GROUP_BY_NONE ? "none" : "municipality";
}

GS_EXPORT gs_status gs_indicators_write_xml(const gs_indicators *ind, char **out, size_t *len) {
  gs_status st = check_finished(ind, out, "gs_indicators_write_xml");
  if (st != GS_OK)
    return st;
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<indicators");
  gsi_buf_xml_attr(&b, "xmlns", IND_NS);
  gsi_buf_xml_attr_date(&b, "from", ind->opt.from);
  gsi_buf_xml_attr_date(&b, "to", ind->opt.to);
  gsi_buf_xml_attr(&b, "by", by_token(ind->opt.group_by));
  gsi_buf_xml_attr(&b, "pack", ind->pack->id);
  gsi_buf_xml_attr(&b, "pack-version", ind->pack->version);
  gsi_buf_xml_attr(&b, "catalog", ind->catalog->id);
  gsi_buf_xml_attr(&b, "catalog-version", ind->catalog->version);
  {
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)ind->families);
    gsi_buf_xml_attr(&b, "families", tmp);
  }
  if (ind->opt.no_suppress)
    gsi_buf_xml_attr(&b, "suppress", "off");
  else
    gsi_buf_xml_attr_int(&b, "suppress", ind->opt.suppress_k);
  gsi_buf_puts(&b, ind->n_rows > 0 ? ">\n" : "/>\n");
  for (size_t gi = 0; gi < ind->n_order; gi++) {
    const ind_group *g = &ind->groups[ind->order[gi]];
    gsi_buf_indent(&b, 1);
    gsi_buf_puts(&b, "<group");
    gsi_buf_xml_attr(&b, "name", g->name);
    gsi_buf_puts(&b, ">\n");
    for (size_t k = 0; k < N_IND; k++) {
      const ind_row *r = &ind->rows[gi * N_IND + k];
      gsi_buf_indent(&b, 2);
      gsi_buf_puts(&b, "<indicator");
      gsi_buf_xml_attr(&b, "id", descs[r->ind].id);
      char tmp[48];
      if (!(r->flags & GS_IND_NUMERATOR_SUPPRESSED)) {
        snprintf(tmp, sizeof tmp, "%lld", (long long)r->num);
        gsi_buf_xml_attr(&b, "numerator", tmp);
      }
      if (r->den >= 0 && !(r->flags & GS_IND_DENOMINATOR_SUPPRESSED)) {
        snprintf(tmp, sizeof tmp, "%lld", (long long)r->den);
        gsi_buf_xml_attr(&b, "denominator", tmp);
      }
      if ((r->flags & GS_IND_HAS_VALUE) && !(r->flags & GS_IND_VALUE_SUPPRESSED)) {
        format_value(r, tmp, sizeof tmp);
        gsi_buf_xml_attr(&b, "value", tmp);
      }
      if (r->flags & (GS_IND_NUMERATOR_SUPPRESSED | GS_IND_DENOMINATOR_SUPPRESSED |
                      GS_IND_VALUE_SUPPRESSED))
        gsi_buf_xml_attr(&b, "suppressed", "true");
      gsi_buf_puts(&b, "/>\n");
    }
    gsi_buf_indent(&b, 1);
    gsi_buf_puts(&b, "</group>\n");
  }
  if (ind->n_rows > 0)
    gsi_buf_puts(&b, "</indicators>\n");
  return gsi_buf_take(&b, out, len);
}
