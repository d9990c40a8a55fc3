/*
 * libgoedestart - the assessment's notes: what it did not count
 * (formats.md "Notes", spec v5 D-10).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Notes enter no decision. Order: the municipality note (at most one),
 * then per contact in contact order its unknown-moment note, its
 * screening-unassigned note and the expired notes of its findings in
 * document order. No allocation: the buffer is reserved by the assessment.
 */
#include <stdio.h>
#include <string.h>

#include "assess.h"
#include "codes.h"
#include "date.h"

#define NOTE_SPAN 365 /* "within the last 365 days": fixed, not a parameter */

static gsi_note *add(gs_assessment *a, uint8_t kind) {
  gsi_note *n = &a->notes[a->n_notes++];
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->contact = n->finding_index = n->caregiver = GSI_NO_INDEX;
  n->former = -1;
  n->date = GS_DATE_NONE;
  return n;
}

/* A latest value that expired within the last 365 days: marks its finding. */
static void expired(const gs_assessment *a, const gsi_slot *s, int32_t validity, uint8_t *mark) {
  if (s->value == 0)
    return;
  int64_t first_day = (int64_t)s->date + validity + 1; /* the first day it no longer counts */
  if (first_day <= a->as_of && first_day >= (int64_t)a->as_of - NOTE_SPAN)
    mark[s->finding] = 1;
}

void gsi_assess_notes(gs_assessment *a) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  const int32_t *par = p->params;
  const gsi_current *cur = &a->cur;
  gs_date as_of = a->as_of;
  a->n_notes = 0;

  /* the municipality */
  if (a->catalog != NULL) {
    const gsi_cat_former *fm = gsi_catalog_former(a->catalog, f->municipality);
    if (fm != NULL) {
      gsi_note *n = add(a, GS_NOTE_MUNICIPALITY_FORMER);
      n->former = (int32_t)(fm - a->catalog->formers);
      n->date = fm->until;
    } else if (gsi_catalog_municipality(a->catalog, f->municipality) == NULL &&
               gsi_known_municipality_find(f->municipality) == NULL) {
      add(a, GS_NOTE_MUNICIPALITY_UNKNOWN);
    }
  }

  /* which findings hold an expired latest value (a mark per finding) */
  uint8_t *mark = a->note_mark;
  memset(mark, 0, f->n_findings + 1);
  for (int d = 1; d <= GSI_DMOP_N; d++)
    expired(a, &cur->dmop[d], par[GSI_PARAM_VALID_DMOP], mark);
  expired(a, &cur->consult, par[GSI_PARAM_VALID_DMOP], mark);
  for (int g = 1; g <= GSI_GIZ_N; g++)
    expired(a, &cur->giz[g], par[GSI_PARAM_VALID_GIZ], mark);
  expired(a, &cur->help, par[GSI_PARAM_VALID_HELP], mark);
  for (size_t c = 0; c < f->n_caregivers; c++)
    for (int d = 1; d <= GSI_ZRM_N; d++)
      expired(a, &cur->zrm[c * (GSI_ZRM_N + 1) + (size_t)d], par[GSI_PARAM_VALID_ZRM], mark);
  for (int d = 1; d <= GSI_PH_N; d++)
    expired(a, &cur->ph[d], par[GSI_PARAM_VALID_POSITIVE_HEALTH], mark);
  for (int t = 1; t <= GSI_TOPIC_N; t++)
    for (int k = 0; k < 2; k++) {
      gs_date resolved = cur->signal_resolved[t][k];
      if (cur->signal[t][k].value != 0 && resolved != GS_DATE_NONE && resolved <= as_of)
        continue; /* a resolved signal is not expired */
      expired(a, &cur->signal[t][k], par[GSI_PARAM_VALID_SIGNAL], mark);
    }

  for (size_t ci = 0; ci < f->n_contacts; ci++) {
    const gsi_contact *c = &f->contacts[ci];
    if (c->date > as_of)
      break;
    bool recent = (int64_t)c->date >= (int64_t)as_of - NOTE_SPAN;
    if (recent && strcmp(c->moment, "ad-hoc") != 0 && gsi_pack_find_moment(p, c->moment) < 0) {
      gsi_note *n = add(a, GS_NOTE_UNKNOWN_MOMENT);
      n->contact = (int32_t)ci;
      n->date = c->date;
    }
    const gsi_finding *fd = &f->findings[c->first_finding];
    bool screening = false;
    for (uint32_t k = 0; k < c->n_findings; k++)
      screening |= fd[k].kind == GS_FINDING_SCREENING;
    if (recent && screening && gsi_screening_pregnancy(f, c, as_of) < 0) {
      gsi_note *n = add(a, GS_NOTE_SCREENING_UNASSIGNED);
      n->contact = (int32_t)ci;
      n->date = c->date;
      n->finding = GS_FINDING_SCREENING;
    }
    for (uint32_t k = 0; k < c->n_findings; k++) {
      uint32_t fi = c->first_finding + k;
      if (!mark[fi])
        continue;
      const gsi_finding *x = &f->findings[fi];
      int32_t validity;
      switch (x->kind) {
      case GS_FINDING_GIZ: validity = par[GSI_PARAM_VALID_GIZ]; break;
      case GS_FINDING_HELP_REQUESTED: validity = par[GSI_PARAM_VALID_HELP]; break;
      case GS_FINDING_ZRM: validity = par[GSI_PARAM_VALID_ZRM]; break;
      case GS_FINDING_POSITIVE_HEALTH: validity = par[GSI_PARAM_VALID_POSITIVE_HEALTH]; break;
      case GS_FINDING_SIGNAL: validity = par[GSI_PARAM_VALID_SIGNAL]; break;
      default: validity = par[GSI_PARAM_VALID_DMOP]; break; /* dmop, consult */
      }
      gsi_note *n = add(a, GS_NOTE_EXPIRED);
      n->contact = (int32_t)ci;
      n->finding = x->kind;
      n->finding_index = (int32_t)fi;
      n->item = x->kind == GS_FINDING_CONSULT || x->kind == GS_FINDING_HELP_REQUESTED ? 0 : x->item;
      n->caregiver = x->kind == GS_FINDING_ZRM ? x->caregiver : GSI_NO_INDEX;
      n->date = c->date + validity + 1;
    }
  }
}

/* The item token of an expired note: the domain, area or dimension; the
 * signal's id; NULL for consult and help-requested. */
const char *gsi_note_item(const gs_assessment *a, const gsi_note *n) {
  switch (n->finding) {
  case GS_FINDING_DMOP: return gsi_code_token(GS_KIND_DMOP_DOMAIN, n->item);
  case GS_FINDING_GIZ: return gsi_code_token(GS_KIND_GIZ_AREA, n->item);
  case GS_FINDING_ZRM: return gsi_code_token(GS_KIND_ZRM_DOMAIN, n->item);
  case GS_FINDING_POSITIVE_HEALTH: return gsi_code_token(GS_KIND_PH_DIMENSION, n->item);
  case GS_FINDING_SIGNAL: return a->family->findings[n->finding_index].id;
  default: return NULL;
  }
}

/* The municipality code of a note's family, and the successor. */
static void note_codes(const gs_assessment *a, const gsi_note *n, const char **code,
                       const char **successor) {
  *code = a->family->municipality_code;
  *successor = NULL;
  if (n->former >= 0) {
    const gsi_cat_former *fm = &a->catalog->formers[n->former];
    *successor = a->catalog->municipalities[fm->municipality].code_str;
  }
}

static void text_date(char *buf, gs_date d, gs_lang lang) {
  int y, m, dd;
  gsi_civil_from_days(d, &y, &m, &dd);
  if (lang == GS_LANG_NL)
    snprintf(buf, GS_DATE_BUFSIZE, "%02d-%02d-%04d", dd, m, y);
  else
    snprintf(buf, GS_DATE_BUFSIZE, "%04d-%02d-%02d", y, m, dd);
}

void gsi_note_text(const gs_assessment *a, const gsi_note *n, gs_lang lang, char *buf,
                   size_t size) {
  bool nl = lang == GS_LANG_NL;
  char date[GS_DATE_BUFSIZE], cdate[GS_DATE_BUFSIZE];
  text_date(date, n->date, lang);
  const char *code, *successor;
  switch (n->kind) {
  case GS_NOTE_EXPIRED: {
    const char *item = gsi_note_item(a, n);
    text_date(cdate, a->family->contacts[n->contact].date, lang);
    snprintf(buf, size,
             nl ? "%s%s%s van %s telt niet meer sinds %s (geldigheid verlopen)."
                : "%s%s%s of %s no longer counts since %s (expired).",
             gsi_code_token(GS_KIND_FINDING, n->finding), item ? " " : "", item ? item : "",
             cdate, date);
    break;
  }
  case GS_NOTE_SCREENING_UNASSIGNED:
    snprintf(buf, size,
             nl ? "De screening van %s is aan geen zwangerschap toe te wijzen en telt niet mee; "
                  "leg haar vast bij de zwangerschap."
                : "The screening of %s belongs to no pregnancy and does not count; record it "
                  "on the pregnancy.",
             date);
    break;
  case GS_NOTE_UNKNOWN_MOMENT:
    snprintf(buf, size,
             nl ? "Contactmoment %s van %s staat niet in het schema en telt voor geen moment."
                : "Contact moment %s of %s is not in the schedule and satisfies no moment.",
             a->family->contacts[n->contact].moment, date);
    break;
  case GS_NOTE_MUNICIPALITY_UNKNOWN:
    note_codes(a, n, &code, &successor);
    snprintf(buf, size,
             nl ? "Gemeente %s is onbekend: geen lokaal aanbod."
                : "Municipality %s is unknown: no local offers.",
             code);
    break;
  default:
    note_codes(a, n, &code, &successor);
    snprintf(buf, size,
             nl ? "Gemeentecode %s bestaat na %s niet meer; het aanbod van %s geldt."
                : "Municipality code %s ceased after %s; the offers of %s apply.",
             code, date, successor);
    break;
  }
}
