/*
 * libgoedestart - the family model: builder, validation, canonical order,
 * accessors, clone and equality (spec/model.md, plan.md; lib/model.h).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every builder call validates its arguments first, then reserves all the
 * memory it needs (array slots, an id-table slot, arena bytes), and only
 * then mutates the family, so a failing call (GS_ENOMEM included) changes
 * nothing. gsi_family_finish() validates without allocating, allocates one
 * scratch block only when some array is out of canonical order, and then
 * commits without any further failure point.
 *
 * Messages name the family and the item but never a position: the dossier
 * loader adds the file, line and column of the element (bad_kind and
 * bad_index of gsi_family_finish tell it which element).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "date.h"
#include "model.h"

/* ---- small helpers ----------------------------------------------------- */

#define VALID_ID_RULE "1-64 bytes of UTF-8 without control characters"

static size_t str_size(const char *s) {
  return s == NULL ? 0 : strlen(s) + 1;
}

static bool str_eq(const char *a, const char *b) {
  if (a == NULL || b == NULL)
    return a == b;
  return strcmp(a, b) == 0;
}

static gs_status einval(const char *fmt, ...) GSI_PRINTF(1, 2);
static gs_status einval(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(GS_EINVAL, NULL, 0, 0, fmt, ap);
  va_end(ap);
  return GS_EINVAL;
}

static gs_status eparse(const char *fmt, ...) GSI_PRINTF(1, 2);
static gs_status eparse(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(GS_EPARSE, NULL, 0, 0, fmt, ap);
  va_end(ap);
  return GS_EPARSE;
}

/* A date as text for messages (one buffer per argument). */
typedef struct datebuf {
  char s[GS_DATE_BUFSIZE];
} datebuf;

static const char *fmt_date(gs_date d, datebuf *b) {
  if (d == GS_DATE_NONE)
    return "(none)";
  gsi_date_format(d, b->s);
  return b->s;
}

static const char *id_kind_name(int kind) {
  switch (kind) {
  case GSI_ID_CAREGIVER:
    return "caregiver";
  case GSI_ID_PREGNANCY:
    return "pregnancy";
  case GSI_ID_CHILD:
    return "child";
  case GSI_ID_CONTACT:
    return "contact";
  case GSI_ID_SIGNAL:
    return "signal";
  case GSI_ID_GOAL:
    return "goal";
  case GSI_ID_ACTION:
    return "action";
  default:
    return "item";
  }
}

/* "a caregiver", "an action" */
static const char *art(const char *word) {
  return strchr("aeiou", word[0]) != NULL ? "an" : "a";
}

static const char *tok(gs_kind kind, int code) {
  const char *t = gsi_code_token(kind, code);
  return t ? t : "?";
}

/* ---- the id table (open addressing, linear probing, load <= 1/2) -------- */

static uint32_t hash_id(const char *s) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= *p;
    h *= 16777619u;
  }
  return h;
}

static gsi_id_slot *slot_find(const gs_family *f, const char *id) {
  if (f->cap_ids == 0)
    return NULL;
  size_t mask = f->cap_ids - 1;
  size_t i = hash_id(id) & mask;
  for (;;) {
    gsi_id_slot *s = &f->ids[i];
    if (s->id == NULL)
      return NULL;
    if (s->id[0] == id[0] && strcmp(s->id, id) == 0)
      return s;
    i = (i + 1) & mask;
  }
}

static void slot_put(gsi_id_slot *tab, size_t cap, const char *id, uint8_t kind, int32_t index) {
  size_t mask = cap - 1;
  size_t i = hash_id(id) & mask;
  while (tab[i].id != NULL)
    i = (i + 1) & mask;
  tab[i].id = id;
  tab[i].kind = kind;
  tab[i].index = index;
}

/* Makes room for `extra` more ids without changing anything on failure. */
static gs_status ids_reserve(gs_family *f, size_t extra) {
  size_t need = f->n_ids + extra;
  if (need * 2 <= f->cap_ids)
    return GS_OK;
  size_t cap = f->cap_ids ? f->cap_ids : 16;
  while (need * 2 > cap)
    cap *= 2;
  gsi_id_slot *tab = gsi_calloc(cap, sizeof *tab);
  if (tab == NULL)
    return gsi_oom();
  for (size_t i = 0; i < f->cap_ids; i++)
    if (f->ids[i].id != NULL)
      slot_put(tab, cap, f->ids[i].id, f->ids[i].kind, f->ids[i].index);
  gsi_free(f->ids);
  f->ids = tab;
  f->cap_ids = cap;
  return GS_OK;
}

static void ids_add(gs_family *f, const char *id, int kind, size_t index) {
  slot_put(f->ids, f->cap_ids, id, (uint8_t)kind, (int32_t)index);
  f->n_ids++;
}

const gsi_id_slot *gsi_family_lookup(const gs_family *f, const char *id) {
  if (f == NULL || id == NULL)
    return NULL;
  return slot_find(f, id);
}

/* ---- argument checks shared by the builder calls ------------------------ */

/* A new id of kind `what` in the family's namespace. */
static gs_status check_new_id(const gs_family *f, const char *what, const char *id) {
  if (!gsi_valid_id(id))
    return einval("family %s: a %s id is missing or not valid (" VALID_ID_RULE ")", f->id, what);
  if (strcmp(id, f->id) == 0)
    return einval("family %s: %s id '%s' is the family's own id", f->id, what, id);
  const gsi_id_slot *s = slot_find(f, id);
  if (s != NULL)
    return einval("family %s: id '%s' is used twice (%s %s and %s %s)", f->id, id,
                  art(id_kind_name(s->kind)), id_kind_name(s->kind), art(what), what);
  return GS_OK;
}

/* The syntax of a reference (resolved at finish). */
static gs_status check_ref(const gs_family *f, const char *what, const char *id,
                           const char *field, const char *ref) {
  if (!gsi_valid_id(ref))
    return einval("%s %s of family %s: %s is missing or not a valid id (" VALID_ID_RULE ")", what,
                  id, f->id, field);
  return GS_OK;
}

static gs_status check_date(const gs_family *f, const char *what, const char *id,
                            const char *field, gs_date d, bool optional) {
  if (optional && d == GS_DATE_NONE)
    return GS_OK;
  if (!gs_date_valid(d)) {
    if (d == GS_DATE_NONE)
      return einval("%s %s of family %s: the %s date is missing", what, id, f->id, field);
    return einval("%s %s of family %s: the %s date lies outside 1900-01-01..2199-12-31", what, id,
                  f->id, field);
  }
  return GS_OK;
}

static gs_status check_code(const gs_family *f, const char *what, const char *id,
                            const char *field, gs_kind kind, int code) {
  if (gsi_code_token(kind, code) == NULL)
    return einval("%s %s of family %s: %s %d is not valid", what, id, f->id, field, code);
  return GS_OK;
}

static gs_status check_limit(const gs_family *f, size_t n, size_t max, const char *what) {
  if (n >= max)
    return einval("family %s: more than %zu %s (the limit per family)", f->id, max, what);
  return GS_OK;
}

/* Every call that adds something returns the family to the building state. */
static uint32_t next_seq(gs_family *f) {
  f->finished = false;
  return f->seq++;
}

/* ---- creation and destruction ------------------------------------------ */

GS_EXPORT gs_status gs_family_new(gs_family **out, const char *id, const char *municipality,
                                  gs_date enrolled) {
  if (out == NULL)
    return einval("gs_family_new: out is NULL");
  if (!gsi_valid_id(id))
    return einval("a family id is missing or not valid (" VALID_ID_RULE ")");
  int m = gsi_municipality_parse(municipality);
  if (m < 0) {
    char q[64];
    gsi_quote(municipality, q, sizeof q);
    return einval("family %s: municipality %s is not a CBS code (GM and four digits, e.g. GM0114)",
                  id, q);
  }
  if (!gs_date_valid(enrolled))
    return einval("family %s: the enrolled date is %s", id,
                  enrolled == GS_DATE_NONE ? "missing" : "outside 1900-01-01..2199-12-31");
  gs_family *f = gsi_calloc(1, sizeof *f);
  if (f == NULL)
    return gsi_oom();
  gsi_arena_init(&f->arena);
  f->id = gsi_arena_strdup(&f->arena, id);
  if (f->id == NULL) {
    gsi_free(f);
    return gsi_oom();
  }
  f->municipality = m;
  gsi_municipality_format(m, f->municipality_code);
  f->enrolled = enrolled;
  f->child_wish = GS_CHILD_WISH_UNKNOWN;
  *out = f;
  return GS_OK;
}

GS_EXPORT void gs_family_free(gs_family *f) {
  if (f == NULL)
    return;
  gsi_free(f->caregivers);
  gsi_free(f->pregnancies);
  gsi_free(f->children);
  gsi_free(f->contacts);
  gsi_free(f->findings);
  gsi_free(f->conclusions);
  gsi_free(f->meldcode);
  gsi_free(f->goals);
  gsi_free(f->actions);
  gsi_free(f->reviews);
  gsi_free(f->ids);
  gsi_arena_free(&f->arena);
  gsi_free(f);
}

GS_EXPORT gs_status gs_family_set_child_wish(gs_family *f, gs_child_wish wish) {
  if (f == NULL)
    return einval("gs_family_set_child_wish: family is NULL");
  if (gsi_code_token(GS_KIND_CHILD_WISH, (int)wish) == NULL)
    return einval("family %s: child wish %d is not valid", f->id, (int)wish);
  f->child_wish = (uint8_t)wish;
  return GS_OK;
}

/* ---- builder: members --------------------------------------------------- */

GS_EXPORT gs_status gs_family_add_caregiver(gs_family *f, const char *id, gs_role role) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_caregiver: family is NULL");
  if ((st = check_new_id(f, "caregiver", id)) != GS_OK ||
      (st = check_code(f, "caregiver", id, "role", GS_KIND_ROLE, (int)role)) != GS_OK ||
      (st = check_limit(f, f->n_caregivers, GSI_MAX_MEMBERS, "caregivers")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->caregivers, f->cap_caregivers, f->n_caregivers + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id))) != GS_OK)
    return st;
  gsi_caregiver *c = &f->caregivers[f->n_caregivers];
  c->id = gsi_arena_strdup(&f->arena, id);
  c->role = (uint8_t)role;
  c->birth_year = 0;
  ids_add(f, c->id, GSI_ID_CAREGIVER, f->n_caregivers);
  f->n_caregivers++;
  next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_pregnancy(gs_family *f, const char *id, const char *caregiver,
                                            gs_date due, gs_date ended,
                                            gs_pregnancy_outcome outcome, const char *child) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_pregnancy: family is NULL");
  if ((st = check_new_id(f, "pregnancy", id)) != GS_OK ||
      (st = check_ref(f, "pregnancy", id, "caregiver", caregiver)) != GS_OK ||
      (st = check_date(f, "pregnancy", id, "due", due, false)) != GS_OK ||
      (st = check_date(f, "pregnancy", id, "ended", ended, true)) != GS_OK)
    return st;
  if (ended == GS_DATE_NONE) {
    if (outcome != GS_OUTCOME_NONE)
      return einval("pregnancy %s of family %s: an outcome is given but no ended date", id, f->id);
  } else if (outcome != GS_OUTCOME_BIRTH && outcome != GS_OUTCOME_LOSS) {
    datebuf b;
    return einval("pregnancy %s of family %s: ended on %s needs an outcome, birth or loss", id,
                  f->id, fmt_date(ended, &b));
  }
  if (child != NULL) {
    if ((st = check_ref(f, "pregnancy", id, "child", child)) != GS_OK)
      return st;
    if (outcome != GS_OUTCOME_BIRTH)
      return einval("pregnancy %s of family %s: child %s is given but the outcome is not birth", id,
                    f->id, child);
  }
  if ((st = check_limit(f, f->n_pregnancies, GSI_MAX_MEMBERS, "pregnancies")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->pregnancies, f->cap_pregnancies, f->n_pregnancies + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id) + str_size(caregiver) + str_size(child))) !=
          GS_OK)
    return st;
  gsi_pregnancy *p = &f->pregnancies[f->n_pregnancies];
  p->id = gsi_arena_strdup(&f->arena, id);
  p->caregiver_id = gsi_arena_strdup(&f->arena, caregiver);
  p->child_id = child ? gsi_arena_strdup(&f->arena, child) : NULL;
  p->caregiver = GSI_NO_INDEX;
  p->child = GSI_NO_INDEX;
  p->due = due;
  p->ended = ended;
  p->outcome = (uint8_t)outcome;
  ids_add(f, p->id, GSI_ID_PREGNANCY, f->n_pregnancies);
  f->n_pregnancies++;
  next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_child(gs_family *f, const char *id, gs_date born,
                                        const char *pregnancy) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_child: family is NULL");
  if ((st = check_new_id(f, "child", id)) != GS_OK ||
      (st = check_date(f, "child", id, "born", born, false)) != GS_OK ||
      (pregnancy != NULL && (st = check_ref(f, "child", id, "pregnancy", pregnancy)) != GS_OK) ||
      (st = check_limit(f, f->n_children, GSI_MAX_MEMBERS, "children")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->children, f->cap_children, f->n_children + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id) + str_size(pregnancy))) != GS_OK)
    return st;
  gsi_child *c = &f->children[f->n_children];
  c->id = gsi_arena_strdup(&f->arena, id);
  c->pregnancy_id = pregnancy ? gsi_arena_strdup(&f->arena, pregnancy) : NULL;
  c->pregnancy = GSI_NO_INDEX;
  c->born = born;
  c->gestational_age = 0;
  c->birth_weight = 0;
  ids_add(f, c->id, GSI_ID_CHILD, f->n_children);
  f->n_children++;
  next_seq(f);
  return GS_OK;
}

/* The member of kind `kind` with this id; error naming `what` when absent. */
static gs_status find_member(const gs_family *f, const char *id, int kind, const char *fn,
                             int32_t *index) {
  const gsi_id_slot *s = id ? slot_find(f, id) : NULL;
  if (s == NULL || s->kind != kind) {
    char q[64];
    gsi_quote(id, q, sizeof q);
    return einval("family %s: there is no %s %s to set the %s of", f->id, id_kind_name(kind), q,
                  fn);
  }
  *index = s->index;
  return GS_OK;
}

/* An optional whole number in [lo, hi], 0 meaning "not recorded". */
static gs_status check_optional_range(const gs_family *f, const char *what, const char *id,
                                      const char *field, int v, int lo, int hi,
                                      const char *unit) {
  if (v != 0 && (v < lo || v > hi))
    return einval("%s %s of family %s: %s %d is out of range (%d-%d %s, or 0 for none)", what, id,
                  f->id, field, v, lo, hi, unit);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_set_caregiver_birth_year(gs_family *f, const char *caregiver,
                                                       int year) {
  gs_status st;
  int32_t i;
  if (f == NULL)
    return einval("gs_family_set_caregiver_birth_year: family is NULL");
  if ((st = find_member(f, caregiver, GSI_ID_CAREGIVER, "birth year", &i)) != GS_OK ||
      (st = check_optional_range(f, "caregiver", caregiver, "birth year", year, GSI_YEAR_MIN,
                                 GSI_YEAR_MAX, "as a year")) != GS_OK)
    return st;
  f->caregivers[i].birth_year = (int16_t)year;
  return GS_OK;
}

GS_EXPORT gs_status gs_family_set_child_gestational_age(gs_family *f, const char *child,
                                                        int days) {
  gs_status st;
  int32_t i;
  if (f == NULL)
    return einval("gs_family_set_child_gestational_age: family is NULL");
  if ((st = find_member(f, child, GSI_ID_CHILD, "gestational age", &i)) != GS_OK ||
      (st = check_optional_range(f, "child", child, "gestational age", days,
                                 GSI_GESTATIONAL_AGE_MIN, GSI_GESTATIONAL_AGE_MAX, "days")) !=
          GS_OK)
    return st;
  f->children[i].gestational_age = (int16_t)days;
  return GS_OK;
}

GS_EXPORT gs_status gs_family_set_child_birth_weight(gs_family *f, const char *child, int grams) {
  gs_status st;
  int32_t i;
  if (f == NULL)
    return einval("gs_family_set_child_birth_weight: family is NULL");
  if ((st = find_member(f, child, GSI_ID_CHILD, "birth weight", &i)) != GS_OK ||
      (st = check_optional_range(f, "child", child, "birth weight", grams, GSI_BIRTH_WEIGHT_MIN,
                                 GSI_BIRTH_WEIGHT_MAX, "grams")) != GS_OK)
    return st;
  f->children[i].birth_weight = (int16_t)grams;
  return GS_OK;
}

/* ---- builder: contacts and findings ------------------------------------- */

GS_EXPORT gs_status gs_family_add_contact(gs_family *f, const char *id, gs_date date,
                                          const char *moment, gs_setting setting,
                                          gs_signaller by, const char *subject) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_contact: family is NULL");
  if (subject != NULL && strcmp(subject, f->id) == 0)
    subject = NULL; /* the family itself: the default */
  if ((st = check_new_id(f, "contact", id)) != GS_OK ||
      (st = check_date(f, "contact", id, "contact", date, false)) != GS_OK ||
      (st = check_ref(f, "contact", id, "moment", moment)) != GS_OK ||
      (st = check_code(f, "contact", id, "setting", GS_KIND_SETTING, (int)setting)) != GS_OK ||
      (st = check_code(f, "contact", id, "signaller (by)", GS_KIND_SIGNALLER, (int)by)) != GS_OK ||
      (subject != NULL && (st = check_ref(f, "contact", id, "subject", subject)) != GS_OK) ||
      (st = check_limit(f, f->n_contacts, GSI_MAX_CONTACTS, "contacts")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->contacts, f->cap_contacts, f->n_contacts + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id) + str_size(moment) + str_size(subject))) !=
          GS_OK)
    return st;
  gsi_contact *c = &f->contacts[f->n_contacts];
  c->id = gsi_arena_strdup(&f->arena, id);
  c->moment = gsi_arena_strdup(&f->arena, moment);
  c->subject_id = subject ? gsi_arena_strdup(&f->arena, subject) : NULL;
  c->date = date;
  c->setting = (uint8_t)setting;
  c->by = (uint8_t)by;
  c->subject_kind = GSI_SUBJECT_FAMILY;
  c->subject = GSI_NO_INDEX;
  c->first_finding = 0;
  c->n_findings = 0;
  ids_add(f, c->id, GSI_ID_CONTACT, f->n_contacts);
  f->n_contacts++;
  c->seq = next_seq(f);
  return GS_OK;
}

/* The contact a finding is added to; error when it does not exist. */
static gs_status find_contact(const gs_family *f, const char *contact, const char *what,
                              int32_t *index) {
  const gsi_id_slot *s = contact ? slot_find(f, contact) : NULL;
  if (s == NULL || s->kind != GSI_ID_CONTACT) {
    char q[64];
    gsi_quote(contact, q, sizeof q);
    return einval("family %s: there is no contact %s to add the %s finding to", f->id, q, what);
  }
  *index = s->index;
  return GS_OK;
}

/* Reserves and appends one finding; every argument is already checked. */
static gs_status append_finding(gs_family *f, int32_t contact, uint8_t kind,
                                uint8_t item, int value, const char *caregiver,
                                const char *signal_id, uint8_t signal_kind, gs_date resolved) {
  gs_status st;
  if ((st = check_limit(f, f->n_findings, GSI_MAX_FINDINGS, "findings")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->findings, f->cap_findings, f->n_findings + 1)) != GS_OK ||
      (signal_id != NULL && (st = ids_reserve(f, 1)) != GS_OK) ||
      (st = gsi_arena_reserve(&f->arena, str_size(caregiver) + str_size(signal_id))) != GS_OK)
    return st;
  gsi_finding *x = &f->findings[f->n_findings];
  x->kind = kind;
  x->item = item;
  x->value = (int8_t)value;
  x->signal_kind = signal_kind;
  x->contact = contact;
  x->caregiver = GSI_NO_INDEX;
  x->caregiver_id = caregiver ? gsi_arena_strdup(&f->arena, caregiver) : NULL;
  x->id = signal_id ? gsi_arena_strdup(&f->arena, signal_id) : NULL;
  x->resolved = resolved;
  if (x->id != NULL)
    ids_add(f, x->id, GSI_ID_SIGNAL, f->n_findings);
  f->n_findings++;
  x->seq = next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_finding(gs_family *f, const char *contact,
                                          gs_finding_kind kind, int item, int value) {
  gs_status st;
  int32_t ci;
  if (f == NULL)
    return einval("gs_family_add_finding: family is NULL");
  const char *what = gsi_code_token(GS_KIND_FINDING, (int)kind);
  if (what == NULL)
    return einval("family %s: finding kind %d is not valid", f->id, (int)kind);
  if (kind == GS_FINDING_ZRM || kind == GS_FINDING_SIGNAL)
    return einval("family %s: %s findings are added with gs_family_add_%s()", f->id, what,
                  kind == GS_FINDING_ZRM ? "zrm" : "signal");
  if ((st = find_contact(f, contact, what, &ci)) != GS_OK)
    return st;
  const char *cid = f->contacts[ci].id;
  gs_kind item_kind = 0, value_kind = 0;
  int vmin = 0, vmax = 0;
  switch (kind) {
  case GS_FINDING_DMOP:
    item_kind = GS_KIND_DMOP_DOMAIN;
    value_kind = GS_KIND_DMOP_RATING;
    break;
  case GS_FINDING_DMOP_OVERALL:
    value_kind = GS_KIND_DMOP_RATING;
    break;
  case GS_FINDING_CONSULT:
    value_kind = GS_KIND_CONSULT_STATUS;
    break;
  case GS_FINDING_GIZ:
    item_kind = GS_KIND_GIZ_AREA;
    value_kind = GS_KIND_GOM;
    break;
  case GS_FINDING_SCREENING:
    item_kind = GS_KIND_TOPIC;
    value_kind = GS_KIND_CONCERN;
    break;
  case GS_FINDING_HELP_REQUESTED:
    vmin = 0;
    vmax = 1;
    break;
  case GS_FINDING_POSITIVE_HEALTH:
    item_kind = GS_KIND_PH_DIMENSION;
    vmin = 0;
    vmax = 10;
    break;
  default:
    break;
  }
  if (item_kind == 0 && item != 0)
    return einval("contact %s of family %s: a %s finding has no item (give 0, not %d)", cid, f->id,
                  what, item);
  if (item_kind != 0 && gsi_code_token(item_kind, item) == NULL)
    return einval("contact %s of family %s: %d is not a valid item of a %s finding", cid, f->id,
                  item, what);
  if (value_kind != 0 ? gsi_code_token(value_kind, value) == NULL : (value < vmin || value > vmax)) {
    if (value_kind != 0)
      return einval("contact %s of family %s: %d is not a valid value of a %s finding (%s..%s)",
                    cid, f->id, value, what,
                    gsi_code_token(value_kind, gs_code_at(value_kind, 0)),
                    gsi_code_token(value_kind,
                                   gs_code_at(value_kind, gs_code_count(value_kind) - 1)));
    return einval("contact %s of family %s: %d is not a valid value of a %s finding (%d..%d)", cid,
                  f->id, value, what, vmin, vmax);
  }
  return append_finding(f, ci, (uint8_t)kind, (uint8_t)item, value, NULL, NULL, 0,
                        GS_DATE_NONE);
}

GS_EXPORT gs_status gs_family_add_zrm(gs_family *f, const char *contact, const char *caregiver,
                                      gs_zrm_domain domain, int score) {
  gs_status st;
  int32_t ci;
  if (f == NULL)
    return einval("gs_family_add_zrm: family is NULL");
  if ((st = find_contact(f, contact, "zrm", &ci)) != GS_OK)
    return st;
  const char *cid = f->contacts[ci].id;
  if (!gsi_valid_id(caregiver))
    return einval("contact %s of family %s: the ZRM caregiver is missing or not a valid id "
                  "(" VALID_ID_RULE ")", cid, f->id);
  if (gsi_code_token(GS_KIND_ZRM_DOMAIN, (int)domain) == NULL)
    return einval("contact %s of family %s: ZRM domain %d is not valid", cid, f->id, (int)domain);
  if (gsi_code_token(GS_KIND_ZRM_SCORE, score) == NULL)
    return einval("contact %s of family %s: ZRM score %d is not valid (1..5)", cid, f->id, score);
  return append_finding(f, ci, GS_FINDING_ZRM, (uint8_t)domain, score, caregiver, NULL, 0,
                        GS_DATE_NONE);
}

GS_EXPORT gs_status gs_family_add_signal(gs_family *f, const char *contact, const char *id,
                                         gs_topic topic, gs_signal_kind kind, int severity,
                                         gs_date resolved) {
  gs_status st;
  int32_t ci;
  if (f == NULL)
    return einval("gs_family_add_signal: family is NULL");
  if ((st = find_contact(f, contact, "signal", &ci)) != GS_OK ||
      (st = check_new_id(f, "signal", id)) != GS_OK ||
      (st = check_code(f, "signal", id, "topic", GS_KIND_TOPIC, (int)topic)) != GS_OK ||
      (st = check_code(f, "signal", id, "kind", GS_KIND_SIGNAL_KIND, (int)kind)) != GS_OK ||
      (st = check_date(f, "signal", id, "resolved", resolved, true)) != GS_OK)
    return st;
  if (gsi_code_token(GS_KIND_SEVERITY, severity) == NULL)
    return einval("signal %s of family %s: severity %d is not valid (1..3)", id, f->id, severity);
  return append_finding(f, ci, GS_FINDING_SIGNAL, (uint8_t)topic, severity, NULL, id,
                        (uint8_t)kind, resolved);
}

/* ---- builder: conclusions and plan -------------------------------------- */

/* Free text: valid UTF-8, at most GSI_MAX_TEXT bytes, no control characters
 * except tab, line feed and carriage return (XML 1.0 cannot carry them). */
static bool valid_text(const char *s, size_t n) {
  if (n > GSI_MAX_TEXT || !gsi_valid_utf8(s, n))
    return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
      return false;
  }
  return true;
}

GS_EXPORT gs_status gs_family_add_conclusion(gs_family *f, gs_date date, gs_care_need agreed,
                                             int proposed, const char *reason) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_conclusion: family is NULL");
  if (!gs_date_valid(date))
    return einval("family %s: the date of a conclusion is %s", f->id,
                  date == GS_DATE_NONE ? "missing" : "outside 1900-01-01..2199-12-31");
  datebuf b;
  const char *ds = fmt_date(date, &b);
  if (gsi_code_token(GS_KIND_CARE_NEED, (int)agreed) == NULL)
    return einval("conclusion of %s in family %s: care need %d is not valid", ds, f->id,
                  (int)agreed);
  if (proposed != 0 && gsi_code_token(GS_KIND_CARE_NEED, proposed) == NULL)
    return einval("conclusion of %s in family %s: proposed care need %d is not valid", ds, f->id,
                  proposed);
  size_t rlen = reason ? strlen(reason) : 0;
  if (rlen == 0)
    reason = NULL;
  if (reason != NULL && !valid_text(reason, rlen))
    return einval("conclusion of %s in family %s: the reason must be UTF-8 text of at most %d "
                  "bytes without control characters", ds, f->id, GSI_MAX_TEXT);
  if (reason == NULL && proposed != 0 && proposed != (int)agreed)
    return einval("conclusion of %s in family %s: a reason is required when the agreed care need "
                  "(%s) differs from the proposed one (%s)", ds, f->id,
                  tok(GS_KIND_CARE_NEED, (int)agreed), tok(GS_KIND_CARE_NEED, proposed));
  if ((st = check_limit(f, f->n_conclusions, GSI_MAX_CONCLUSIONS, "conclusions")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->conclusions, f->cap_conclusions, f->n_conclusions + 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(reason))) != GS_OK)
    return st;
  gsi_conclusion *c = &f->conclusions[f->n_conclusions];
  c->date = date;
  c->care_need = (uint8_t)agreed;
  c->proposed = (uint8_t)proposed;
  c->reason = reason ? gsi_arena_strndup(&f->arena, reason, rlen) : NULL;
  f->n_conclusions++;
  c->seq = next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_goal(gs_family *f, const char *id, gs_topic topic,
                                       gs_date opened, gs_date target, gs_goal_status status,
                                       gs_date closed) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_goal: family is NULL");
  if ((st = check_new_id(f, "goal", id)) != GS_OK ||
      (st = check_code(f, "goal", id, "topic", GS_KIND_TOPIC, (int)topic)) != GS_OK ||
      (st = check_date(f, "goal", id, "opened", opened, false)) != GS_OK ||
      (st = check_date(f, "goal", id, "target", target, true)) != GS_OK ||
      (st = check_code(f, "goal", id, "status", GS_KIND_GOAL_STATUS, (int)status)) != GS_OK ||
      (st = check_date(f, "goal", id, "closed", closed, true)) != GS_OK)
    return st;
  if (status == GS_GOAL_OPEN && closed != GS_DATE_NONE)
    return einval("goal %s of family %s: an open goal has no closed date", id, f->id);
  if (status != GS_GOAL_OPEN && closed == GS_DATE_NONE)
    return einval("goal %s of family %s: status %s needs a closed date", id, f->id,
                  tok(GS_KIND_GOAL_STATUS, (int)status));
  if ((st = check_limit(f, f->n_goals, GSI_MAX_GOALS, "goals")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->goals, f->cap_goals, f->n_goals + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id))) != GS_OK)
    return st;
  gsi_goal *g = &f->goals[f->n_goals];
  g->id = gsi_arena_strdup(&f->arena, id);
  g->topic = (uint8_t)topic;
  g->status = (uint8_t)status;
  g->opened = opened;
  g->target = target;
  g->closed = closed;
  g->first_action = 0;
  g->n_actions = 0;
  ids_add(f, g->id, GSI_ID_GOAL, f->n_goals);
  f->n_goals++;
  next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_action(gs_family *f, const char *goal, const char *id,
                                         int level, const char *offer, gs_date start,
                                         gs_date end, int warm_handover,
                                         gs_signaller responsible) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_action: family is NULL");
  const gsi_id_slot *gs = goal ? slot_find(f, goal) : NULL;
  if (gs == NULL || gs->kind != GSI_ID_GOAL) {
    char q[64];
    gsi_quote(goal, q, sizeof q);
    return einval("family %s: there is no goal %s to add an action to", f->id, q);
  }
  int32_t goal_index = gs->index; /* the slot moves when the id table grows */
  if ((st = check_new_id(f, "action", id)) != GS_OK)
    return st;
  if (gsi_code_token(GS_KIND_LEVEL, level) == NULL)
    return einval("action %s of family %s: level %d is not valid (1..5)", id, f->id, level);
  if ((offer != NULL && (st = check_ref(f, "action", id, "offer", offer)) != GS_OK) ||
      (st = check_date(f, "action", id, "start", start, false)) != GS_OK ||
      (st = check_date(f, "action", id, "end", end, true)) != GS_OK)
    return st;
  if (warm_handover != 0 && warm_handover != 1)
    return einval("action %s of family %s: warm handover must be 0 or 1, not %d", id, f->id,
                  warm_handover);
  if ((st = check_code(f, "action", id, "responsible role", GS_KIND_SIGNALLER,
                       (int)responsible)) != GS_OK ||
      (st = check_limit(f, f->n_actions, GSI_MAX_ACTIONS, "actions")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->actions, f->cap_actions, f->n_actions + 1)) != GS_OK ||
      (st = ids_reserve(f, 1)) != GS_OK ||
      (st = gsi_arena_reserve(&f->arena, str_size(id) + str_size(offer))) != GS_OK)
    return st;
  gsi_action *a = &f->actions[f->n_actions];
  a->id = gsi_arena_strdup(&f->arena, id);
  a->offer = offer ? gsi_arena_strdup(&f->arena, offer) : NULL;
  a->goal = goal_index;
  a->level = (uint8_t)level;
  a->warm_handover = warm_handover != 0;
  a->responsible = (uint8_t)responsible;
  a->start = start;
  a->end = end;
  a->first_review = 0;
  a->n_reviews = 0;
  ids_add(f, a->id, GSI_ID_ACTION, f->n_actions);
  f->n_actions++;
  a->seq = next_seq(f);
  return GS_OK;
}

GS_EXPORT gs_status gs_family_add_review(gs_family *f, const char *action, gs_date date,
                                         gs_review_outcome outcome) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_review: family is NULL");
  const gsi_id_slot *as = action ? slot_find(f, action) : NULL;
  if (as == NULL || as->kind != GSI_ID_ACTION) {
    char q[64];
    gsi_quote(action, q, sizeof q);
    return einval("family %s: there is no action %s to add a review to", f->id, q);
  }
  if (!gs_date_valid(date))
    return einval("action %s of family %s: the date of a review is %s", action, f->id,
                  date == GS_DATE_NONE ? "missing" : "outside 1900-01-01..2199-12-31");
  if (gsi_code_token(GS_KIND_REVIEW_OUTCOME, (int)outcome) == NULL)
    return einval("action %s of family %s: review outcome %d is not valid", action, f->id,
                  (int)outcome);
  if ((st = check_limit(f, f->n_reviews, GSI_MAX_REVIEWS, "reviews")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->reviews, f->cap_reviews, f->n_reviews + 1)) != GS_OK)
    return st;
  gsi_review *r = &f->reviews[f->n_reviews];
  r->action = as->index;
  r->date = date;
  r->outcome = (uint8_t)outcome;
  f->n_reviews++;
  r->seq = next_seq(f);
  return GS_OK;
}

/* ---- builder: Meldcode --------------------------------------------------- */

GS_EXPORT gs_status gs_family_add_meldcode_step(gs_family *f, int n, gs_date date,
                                                gs_meldcode_decision decision) {
  gs_status st;
  if (f == NULL)
    return einval("gs_family_add_meldcode_step: family is NULL");
  if (gsi_code_token(GS_KIND_MELDCODE_STEP, n) == NULL)
    return einval("family %s: Meldcode step %d is not valid (1..5)", f->id, n);
  if (!gs_date_valid(date))
    return einval("family %s: the date of Meldcode step %d is %s", f->id, n,
                  date == GS_DATE_NONE ? "missing" : "outside 1900-01-01..2199-12-31");
  if (n == 5 && gsi_code_token(GS_KIND_MELDCODE_DECISION, (int)decision) == NULL)
    return einval("family %s: Meldcode step 5 needs a decision (help, report or "
                  "help-and-report)%s", f->id, decision == GS_MELDCODE_DECISION_NONE ? "" :
                  ", not an unknown code");
  if (n != 5 && decision != GS_MELDCODE_DECISION_NONE)
    return einval("family %s: only step 5 of the Meldcode carries a decision, not step %d",
                  f->id, n);
  if ((st = check_limit(f, f->n_meldcode, GSI_MAX_MELDCODE_STEPS, "Meldcode steps")) != GS_OK)
    return st;
  if ((st = GSI_GROW(f->meldcode, f->cap_meldcode, f->n_meldcode + 1)) != GS_OK)
    return st;
  gsi_meldcode_step *m = &f->meldcode[f->n_meldcode];
  m->date = date;
  m->n = (uint8_t)n;
  m->decision = (uint8_t)decision;
  f->n_meldcode++;
  m->seq = next_seq(f);
  return GS_OK;
}

/* ---- finish: validation ------------------------------------------------- */

typedef struct bad_item {
  int kind;
  int32_t index;
} bad_item;

static gs_status fail_at(bad_item *bad, int kind, size_t index, gs_status st) {
  bad->kind = kind;
  bad->index = (int32_t)index;
  return st;
}

/* Resolves a reference that must be of kind `want`; the message names the
 * referring item (what/id), the field, and the family. */
static gs_status resolve(const gs_family *f, const char *what, const char *id, const char *field,
                         const char *ref, int want, int32_t *index) {
  const gsi_id_slot *s = slot_find(f, ref);
  if (s != NULL && s->kind == want) {
    *index = s->index;
    return GS_OK;
  }
  if (s != NULL)
    return eparse("%s %s: %s '%s' is not a %s of family %s (it is %s %s)", what, id, field, ref,
                  id_kind_name(want), f->id, art(id_kind_name(s->kind)), id_kind_name(s->kind));
  return eparse("%s %s: %s '%s' is not a %s of family %s", what, id, field, ref,
                id_kind_name(want), f->id);
}

static gs_status validate_members(gs_family *f, bad_item *bad) {
  gs_status st;
  datebuf b1, b2;
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    gsi_pregnancy *p = &f->pregnancies[i];
    if ((st = resolve(f, "pregnancy", p->id, "caregiver", p->caregiver_id, GSI_ID_CAREGIVER,
                      &p->caregiver)) != GS_OK)
      return fail_at(bad, GSI_ID_PREGNANCY, i, st);
    p->child = GSI_NO_INDEX;
    if (p->child_id != NULL &&
        (st = resolve(f, "pregnancy", p->id, "child", p->child_id, GSI_ID_CHILD, &p->child)) !=
            GS_OK)
      return fail_at(bad, GSI_ID_PREGNANCY, i, st);
    if (p->ended != GS_DATE_NONE && p->ended < p->due - 280)
      return fail_at(bad, GSI_ID_PREGNANCY, i,
                     eparse("pregnancy %s of family %s: ended %s lies before its conception "
                            "date %s (due - 280 days)", p->id, f->id, fmt_date(p->ended, &b1),
                            fmt_date(p->due - 280, &b2)));
  }
  for (size_t i = 0; i < f->n_children; i++) {
    gsi_child *c = &f->children[i];
    c->pregnancy = GSI_NO_INDEX;
    if (c->pregnancy_id == NULL)
      continue;
    if ((st = resolve(f, "child", c->id, "pregnancy", c->pregnancy_id, GSI_ID_PREGNANCY,
                      &c->pregnancy)) != GS_OK)
      return fail_at(bad, GSI_ID_CHILD, i, st);
    const gsi_pregnancy *p = &f->pregnancies[c->pregnancy];
    if (p->outcome != GS_OUTCOME_BIRTH)
      return fail_at(bad, GSI_ID_CHILD, i,
                     eparse("child %s of family %s: born from pregnancy %s, which did not end "
                            "with outcome birth", c->id, f->id, p->id));
  }
  /* pregnancy@child and child@pregnancy agree; a child is named by at most
   * one pregnancy (twins: one pregnancy, several children naming it). */
  int32_t named_by[GSI_MAX_MEMBERS];
  for (size_t i = 0; i < f->n_children; i++)
    named_by[i] = GSI_NO_INDEX;
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    const gsi_pregnancy *p = &f->pregnancies[i];
    if (p->child == GSI_NO_INDEX)
      continue;
    const gsi_child *c = &f->children[p->child];
    if (c->pregnancy != GSI_NO_INDEX && c->pregnancy != (int32_t)i)
      return fail_at(bad, GSI_ID_PREGNANCY, i,
                     eparse("pregnancy %s of family %s: names child %s, but child %s was born "
                            "from pregnancy %s", p->id, f->id, c->id, c->id,
                            f->pregnancies[c->pregnancy].id));
    if (named_by[p->child] != GSI_NO_INDEX)
      return fail_at(bad, GSI_ID_PREGNANCY, i,
                     eparse("pregnancy %s of family %s: child %s is also named by pregnancy %s",
                            p->id, f->id, c->id, f->pregnancies[named_by[p->child]].id));
    named_by[p->child] = (int32_t)i;
  }
  return GS_OK;
}

static gs_status validate_contacts(gs_family *f, bad_item *bad) {
  datebuf b1, b2;
  for (size_t i = 0; i < f->n_contacts; i++) {
    gsi_contact *c = &f->contacts[i];
    c->subject_kind = GSI_SUBJECT_FAMILY;
    c->subject = GSI_NO_INDEX;
    if (c->subject_id == NULL)
      continue;
    const gsi_id_slot *s = slot_find(f, c->subject_id);
    if (s == NULL || (s->kind != GSI_ID_CAREGIVER && s->kind != GSI_ID_PREGNANCY &&
                      s->kind != GSI_ID_CHILD)) {
      if (s != NULL)
        eparse("contact %s: subject '%s' is not a caregiver, pregnancy or child of family %s "
               "(it is %s %s)", c->id, c->subject_id, f->id, art(id_kind_name(s->kind)),
               id_kind_name(s->kind));
      else
        eparse("contact %s: subject '%s' is not a caregiver, pregnancy or child of family %s",
               c->id, c->subject_id, f->id);
      return fail_at(bad, GSI_ID_CONTACT, i, GS_EPARSE);
    }
    c->subject_kind = s->kind;
    c->subject = s->index;
  }
  for (size_t j = 0; j < f->n_findings; j++) {
    gsi_finding *x = &f->findings[j];
    const gsi_contact *c = &f->contacts[x->contact];
    x->caregiver = GSI_NO_INDEX;
    if (x->kind == GS_FINDING_ZRM) {
      gs_status st = resolve(f, "contact", c->id, "ZRM caregiver", x->caregiver_id,
                             GSI_ID_CAREGIVER, &x->caregiver);
      if (st != GS_OK)
        return fail_at(bad, GSI_ID_CONTACT, (size_t)x->contact, st);
    } else if (x->kind == GS_FINDING_SIGNAL && x->resolved != GS_DATE_NONE &&
               x->resolved < c->date) {
      return fail_at(bad, GSI_ID_CONTACT, (size_t)x->contact,
                     eparse("signal %s of family %s: resolved %s lies before its contact %s "
                            "(%s)", x->id, f->id, fmt_date(x->resolved, &b1), c->id,
                            fmt_date(c->date, &b2)));
    }
  }
  return GS_OK;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* Goals on one topic never overlap: their [opened, closed) intervals are
 * disjoint (an open goal runs forever). Empty intervals (closed the day they
 * were opened) are never open and take no part. */
static gs_status validate_goal_overlap(const gs_family *f, bad_item *bad) {
  if (f->n_goals < 2)
    return GS_OK;
  uint64_t keys[GSI_MAX_GOALS];
  size_t n = 0;
  for (size_t i = 0; i < f->n_goals; i++) {
    const gsi_goal *g = &f->goals[i];
    if (g->closed != GS_DATE_NONE && g->closed <= g->opened)
      continue;
    keys[n++] = ((uint64_t)g->topic << 40) | ((uint64_t)(g->opened - GS_DATE_MIN) << 12) | i;
  }
  qsort(keys, n, sizeof keys[0], cmp_u64);
  const int64_t forever = INT64_MAX;
  size_t prev = 0;      /* goal whose interval reaches furthest in this topic */
  int64_t reach = 0;
  for (size_t k = 0; k < n; k++) {
    size_t i = (size_t)(keys[k] & 0xFFF);
    const gsi_goal *g = &f->goals[i];
    int64_t end = g->closed == GS_DATE_NONE ? forever : g->closed;
    bool same_topic = k > 0 && (keys[k] >> 40) == (keys[k - 1] >> 40);
    if (same_topic && g->opened < reach) {
      const gsi_goal *h = &f->goals[prev];
      int64_t until = end < reach ? end : reach;
      datebuf b1, b2;
      if (until == forever)
        eparse("goal %s of family %s: overlaps goal %s on topic %s (both open %s..)", g->id,
               f->id, h->id, tok(GS_KIND_TOPIC, g->topic), fmt_date(g->opened, &b1));
      else
        eparse("goal %s of family %s: overlaps goal %s on topic %s (both open %s..%s)", g->id,
               f->id, h->id, tok(GS_KIND_TOPIC, g->topic), fmt_date(g->opened, &b1),
               fmt_date((gs_date)until - 1, &b2));
      return fail_at(bad, GSI_ID_GOAL, i, GS_EPARSE);
    }
    if (!same_topic || end > reach) {
      reach = end;
      prev = i;
    }
  }
  return GS_OK;
}

static gs_status validate_plan(const gs_family *f, bad_item *bad) {
  datebuf b1, b2;
  for (size_t i = 0; i < f->n_goals; i++) {
    const gsi_goal *g = &f->goals[i];
    if (g->closed != GS_DATE_NONE && g->closed < g->opened)
      return fail_at(bad, GSI_ID_GOAL, i,
                     eparse("goal %s of family %s: closed %s lies before opened %s", g->id, f->id,
                            fmt_date(g->closed, &b1), fmt_date(g->opened, &b2)));
    if (g->target != GS_DATE_NONE && g->target < g->opened)
      return fail_at(bad, GSI_ID_GOAL, i,
                     eparse("goal %s of family %s: target %s lies before opened %s", g->id, f->id,
                            fmt_date(g->target, &b1), fmt_date(g->opened, &b2)));
  }
  for (size_t i = 0; i < f->n_actions; i++) {
    const gsi_action *a = &f->actions[i];
    const gsi_goal *g = &f->goals[a->goal];
    if (a->start < g->opened)
      return fail_at(bad, GSI_ID_ACTION, i,
                     eparse("action %s of family %s: start %s lies before its goal %s was "
                            "opened (%s)", a->id, f->id, fmt_date(a->start, &b1), g->id,
                            fmt_date(g->opened, &b2)));
    if (a->end != GS_DATE_NONE && a->end < a->start)
      return fail_at(bad, GSI_ID_ACTION, i,
                     eparse("action %s of family %s: end %s lies before start %s", a->id, f->id,
                            fmt_date(a->end, &b1), fmt_date(a->start, &b2)));
  }
  for (size_t i = 0; i < f->n_reviews; i++) {
    const gsi_review *r = &f->reviews[i];
    const gsi_action *a = &f->actions[r->action];
    if (r->date < a->start)
      return fail_at(bad, GSI_ID_ACTION, (size_t)r->action,
                     eparse("action %s of family %s: review of %s lies before the action's "
                            "start %s", a->id, f->id, fmt_date(r->date, &b1),
                            fmt_date(a->start, &b2)));
    if (a->end != GS_DATE_NONE && r->date > a->end)
      return fail_at(bad, GSI_ID_ACTION, (size_t)r->action,
                     eparse("action %s of family %s: review of %s lies after the action's end %s",
                            a->id, f->id, fmt_date(r->date, &b1), fmt_date(a->end, &b2)));
  }
  return validate_goal_overlap(f, bad);
}

/* ---- finish: canonical order ------------------------------------------- */

typedef struct sort_key {
  uint64_t key;
  uint32_t idx;
} sort_key;

static int cmp_key(const void *a, const void *b) {
  uint64_t x = ((const sort_key *)a)->key, y = ((const sort_key *)b)->key;
  return (x > y) - (x < y);
}

/* Keys are unique (they end in the insertion sequence), so the sort is as
 * good as stable. */
static uint64_t key_dated(gs_date d, uint32_t seq) {
  return ((uint64_t)(uint32_t)(d - GS_DATE_MIN) << 32) | seq;
}
static uint64_t key_contact(const gsi_contact *c) {
  return key_dated(c->date, c->seq);
}
static uint64_t key_finding(const gsi_finding *x) {
  return ((uint64_t)(uint32_t)x->contact << 40) | ((uint64_t)x->kind << 32) | x->seq;
}
static uint64_t key_conclusion(const gsi_conclusion *c) {
  return key_dated(c->date, c->seq);
}
static uint64_t key_meldcode(const gsi_meldcode_step *m) {
  return key_dated(m->date, m->seq);
}
static uint64_t key_action(const gsi_action *a) {
  return ((uint64_t)(uint32_t)a->goal << 32) | a->seq;
}
static uint64_t key_review(const gsi_review *r) {
  return ((uint64_t)(uint32_t)r->action << 49) | key_dated(r->date, r->seq);
}

#define IS_SORTED(arr, n, keyfn, out) \
  do { \
    (out) = true; \
    for (size_t i_ = 1; i_ < (n); i_++) \
      if (keyfn(&(arr)[i_ - 1]) > keyfn(&(arr)[i_])) { \
        (out) = false; \
        break; \
      } \
  } while (0)

/* Sorts arr (n elements of type T) by keyfn using keys and the copy
 * buffer; fills inv[old] = new when inv is not NULL. */
#define SORT_BY(T, arr, n, keyfn, keys, buf, inv) \
  do { \
    for (size_t i_ = 0; i_ < (n); i_++) { \
      (keys)[i_].key = keyfn(&(arr)[i_]); \
      (keys)[i_].idx = (uint32_t)i_; \
    } \
    qsort((keys), (n), sizeof(sort_key), cmp_key); \
    memcpy((buf), (arr), (n) * sizeof(T)); \
    for (size_t i_ = 0; i_ < (n); i_++) { \
      (arr)[i_] = ((T *)(buf))[(keys)[i_].idx]; \
      if ((inv) != NULL) \
        ((uint32_t *)(inv))[(keys)[i_].idx] = (uint32_t)i_; \
    } \
  } while (0)

static void set_id_index(gs_family *f, const char *id, size_t index) {
  gsi_id_slot *s = slot_find(f, id);
  if (s != NULL)
    s->index = (int32_t)index;
}

static size_t max_size(size_t a, size_t b) {
  return a > b ? a : b;
}

/* Puts the arrays in canonical order. Allocates one scratch block, only
 * when something is out of order; GS_ENOMEM changes nothing. */
static gs_status canonicalise(gs_family *f) {
  bool s_contacts, s_findings, s_conclusions, s_meldcode, s_actions, s_reviews;
  IS_SORTED(f->contacts, f->n_contacts, key_contact, s_contacts);
  IS_SORTED(f->findings, f->n_findings, key_finding, s_findings);
  IS_SORTED(f->conclusions, f->n_conclusions, key_conclusion, s_conclusions);
  IS_SORTED(f->meldcode, f->n_meldcode, key_meldcode, s_meldcode);
  IS_SORTED(f->actions, f->n_actions, key_action, s_actions);
  IS_SORTED(f->reviews, f->n_reviews, key_review, s_reviews);
  if (!(s_contacts && s_findings && s_conclusions && s_meldcode && s_actions && s_reviews)) {
    size_t nmax = max_size(max_size(f->n_contacts, f->n_findings),
                           max_size(max_size(f->n_conclusions, f->n_meldcode),
                                    max_size(f->n_actions, f->n_reviews)));
    size_t bytes = max_size(max_size(f->n_contacts * sizeof(gsi_contact),
                                     f->n_findings * sizeof(gsi_finding)),
                            max_size(max_size(f->n_conclusions * sizeof(gsi_conclusion),
                                              f->n_meldcode * sizeof(gsi_meldcode_step)),
                                     max_size(f->n_actions * sizeof(gsi_action),
                                              f->n_reviews * sizeof(gsi_review))));
    size_t key_bytes = nmax * sizeof(sort_key);
    size_t inv_bytes = max_size(f->n_contacts, f->n_actions) * sizeof(uint32_t);
    /* the records hold pointers: start them at a max_align_t boundary */
    size_t align = _Alignof(max_align_t);
    inv_bytes = (key_bytes + inv_bytes + align - 1) / align * align - key_bytes;
    char *scratch = gsi_malloc(key_bytes + inv_bytes + bytes);
    if (scratch == NULL)
      return gsi_oom();
    sort_key *keys = (sort_key *)(void *)scratch;
    uint32_t *inv = (uint32_t *)(void *)(scratch + key_bytes);
    void *buf = scratch + key_bytes + inv_bytes;

    if (!s_contacts) {
      SORT_BY(gsi_contact, f->contacts, f->n_contacts, key_contact, keys, buf, inv);
      for (size_t j = 0; j < f->n_findings; j++)
        f->findings[j].contact = (int32_t)inv[f->findings[j].contact];
      for (size_t i = 0; i < f->n_contacts; i++)
        set_id_index(f, f->contacts[i].id, i);
      IS_SORTED(f->findings, f->n_findings, key_finding, s_findings);
    }
    if (!s_findings) {
      SORT_BY(gsi_finding, f->findings, f->n_findings, key_finding, keys, buf, (uint32_t *)NULL);
      for (size_t j = 0; j < f->n_findings; j++)
        if (f->findings[j].id != NULL)
          set_id_index(f, f->findings[j].id, j);
    }
    if (!s_conclusions)
      SORT_BY(gsi_conclusion, f->conclusions, f->n_conclusions, key_conclusion, keys, buf,
              (uint32_t *)NULL);
    if (!s_meldcode)
      SORT_BY(gsi_meldcode_step, f->meldcode, f->n_meldcode, key_meldcode, keys, buf,
              (uint32_t *)NULL);
    if (!s_actions) {
      SORT_BY(gsi_action, f->actions, f->n_actions, key_action, keys, buf, inv);
      for (size_t r = 0; r < f->n_reviews; r++)
        f->reviews[r].action = (int32_t)inv[f->reviews[r].action];
      for (size_t i = 0; i < f->n_actions; i++)
        set_id_index(f, f->actions[i].id, i);
      IS_SORTED(f->reviews, f->n_reviews, key_review, s_reviews);
    }
    if (!s_reviews)
      SORT_BY(gsi_review, f->reviews, f->n_reviews, key_review, keys, buf, (uint32_t *)NULL);
    gsi_free(scratch);
  }
  /* ranges */
  size_t pos = 0;
  for (size_t i = 0; i < f->n_contacts; i++) {
    f->contacts[i].first_finding = (uint32_t)pos;
    while (pos < f->n_findings && f->findings[pos].contact == (int32_t)i)
      pos++;
    f->contacts[i].n_findings = (uint32_t)(pos - f->contacts[i].first_finding);
  }
  pos = 0;
  for (size_t g = 0; g < f->n_goals; g++) {
    f->goals[g].first_action = (uint32_t)pos;
    while (pos < f->n_actions && f->actions[pos].goal == (int32_t)g)
      pos++;
    f->goals[g].n_actions = (uint32_t)(pos - f->goals[g].first_action);
  }
  pos = 0;
  for (size_t a = 0; a < f->n_actions; a++) {
    f->actions[a].first_review = (uint32_t)pos;
    while (pos < f->n_reviews && f->reviews[pos].action == (int32_t)a)
      pos++;
    f->actions[a].n_reviews = (uint32_t)(pos - f->actions[a].first_review);
  }
  return GS_OK;
}

gs_status gsi_family_finish(gs_family *f, int *bad_kind, int32_t *bad_index) {
  bad_item bad = { -1, -1 };
  gs_status st;
  if (bad_kind)
    *bad_kind = -1;
  if (bad_index)
    *bad_index = -1;
  if (f == NULL)
    return einval("gs_family_finish: family is NULL");
  if (f->finished)
    return GS_OK;
  if ((st = validate_members(f, &bad)) != GS_OK || (st = validate_contacts(f, &bad)) != GS_OK ||
      (st = validate_plan(f, &bad)) != GS_OK) {
    if (bad_kind)
      *bad_kind = bad.kind;
    if (bad_index)
      *bad_index = bad.index;
    return st;
  }
  if ((st = canonicalise(f)) != GS_OK)
    return st;
  f->finished = true;
  return GS_OK;
}

GS_EXPORT gs_status gs_family_finish(gs_family *f) {
  return gsi_family_finish(f, NULL, NULL);
}

GS_EXPORT int gs_family_is_finished(const gs_family *f) {
  return f != NULL && f->finished;
}

/* ---- clone and equality ------------------------------------------------- */

/* Duplicates an array of n elements (NULL when empty). */
static gs_status dup_array(void **dst, size_t *cap, const void *src, size_t n, size_t elem) {
  *dst = NULL;
  *cap = 0;
  if (n == 0)
    return GS_OK;
  void *p = gsi_malloc(n * elem);
  if (p == NULL)
    return gsi_oom();
  memcpy(p, src, n * elem);
  *dst = p;
  *cap = n;
  return GS_OK;
}

#define DUP(c, f, field, n, cap) \
  dup_array((void **)&(c)->field, &(c)->cap, (f)->field, (f)->n, sizeof(*(f)->field))

static size_t string_bytes(const gs_family *f) {
  size_t n = str_size(f->id);
  for (size_t i = 0; i < f->n_caregivers; i++)
    n += str_size(f->caregivers[i].id);
  for (size_t i = 0; i < f->n_pregnancies; i++)
    n += str_size(f->pregnancies[i].id) + str_size(f->pregnancies[i].caregiver_id) +
         str_size(f->pregnancies[i].child_id);
  for (size_t i = 0; i < f->n_children; i++)
    n += str_size(f->children[i].id) + str_size(f->children[i].pregnancy_id);
  for (size_t i = 0; i < f->n_contacts; i++)
    n += str_size(f->contacts[i].id) + str_size(f->contacts[i].moment) +
         str_size(f->contacts[i].subject_id);
  for (size_t i = 0; i < f->n_findings; i++)
    n += str_size(f->findings[i].caregiver_id) + str_size(f->findings[i].id);
  for (size_t i = 0; i < f->n_conclusions; i++)
    n += str_size(f->conclusions[i].reason);
  for (size_t i = 0; i < f->n_goals; i++)
    n += str_size(f->goals[i].id);
  for (size_t i = 0; i < f->n_actions; i++)
    n += str_size(f->actions[i].id) + str_size(f->actions[i].offer);
  return n;
}

static const char *copy_str(gsi_arena *a, const char *s) {
  return s == NULL ? NULL : gsi_arena_strdup(a, s);
}

/* The id string of the entity a slot points at. */
static const char *slot_entity_id(const gs_family *f, const gsi_id_slot *s) {
  switch (s->kind) {
  case GSI_ID_CAREGIVER:
    return f->caregivers[s->index].id;
  case GSI_ID_PREGNANCY:
    return f->pregnancies[s->index].id;
  case GSI_ID_CHILD:
    return f->children[s->index].id;
  case GSI_ID_CONTACT:
    return f->contacts[s->index].id;
  case GSI_ID_SIGNAL:
    return f->findings[s->index].id;
  case GSI_ID_GOAL:
    return f->goals[s->index].id;
  default:
    return f->actions[s->index].id;
  }
}

GS_EXPORT gs_status gs_family_clone(gs_family **out, const gs_family *f) {
  if (out == NULL || f == NULL)
    return einval("gs_family_clone: out and family must not be NULL");
  gs_family *c = gsi_calloc(1, sizeof *c);
  if (c == NULL)
    return gsi_oom();
  gsi_arena_init(&c->arena);
  if (DUP(c, f, caregivers, n_caregivers, cap_caregivers) != GS_OK ||
      DUP(c, f, pregnancies, n_pregnancies, cap_pregnancies) != GS_OK ||
      DUP(c, f, children, n_children, cap_children) != GS_OK ||
      DUP(c, f, contacts, n_contacts, cap_contacts) != GS_OK ||
      DUP(c, f, findings, n_findings, cap_findings) != GS_OK ||
      DUP(c, f, conclusions, n_conclusions, cap_conclusions) != GS_OK ||
      DUP(c, f, meldcode, n_meldcode, cap_meldcode) != GS_OK ||
      DUP(c, f, goals, n_goals, cap_goals) != GS_OK ||
      DUP(c, f, actions, n_actions, cap_actions) != GS_OK ||
      DUP(c, f, reviews, n_reviews, cap_reviews) != GS_OK ||
      (f->cap_ids > 0 && (c->ids = gsi_malloc(f->cap_ids * sizeof *c->ids)) == NULL) ||
      gsi_arena_reserve(&c->arena, string_bytes(f)) != GS_OK) {
    gs_family_free(c);
    return gsi_oom();
  }
  c->n_caregivers = f->n_caregivers;
  c->n_pregnancies = f->n_pregnancies;
  c->n_children = f->n_children;
  c->n_contacts = f->n_contacts;
  c->n_findings = f->n_findings;
  c->n_conclusions = f->n_conclusions;
  c->n_meldcode = f->n_meldcode;
  c->n_goals = f->n_goals;
  c->n_actions = f->n_actions;
  c->n_reviews = f->n_reviews;
  /* strings: the arena holds them all, so no copy can fail */
  c->id = copy_str(&c->arena, f->id);
  for (size_t i = 0; i < c->n_caregivers; i++)
    c->caregivers[i].id = copy_str(&c->arena, f->caregivers[i].id);
  for (size_t i = 0; i < c->n_pregnancies; i++) {
    c->pregnancies[i].id = copy_str(&c->arena, f->pregnancies[i].id);
    c->pregnancies[i].caregiver_id = copy_str(&c->arena, f->pregnancies[i].caregiver_id);
    c->pregnancies[i].child_id = copy_str(&c->arena, f->pregnancies[i].child_id);
  }
  for (size_t i = 0; i < c->n_children; i++) {
    c->children[i].id = copy_str(&c->arena, f->children[i].id);
    c->children[i].pregnancy_id = copy_str(&c->arena, f->children[i].pregnancy_id);
  }
  for (size_t i = 0; i < c->n_contacts; i++) {
    c->contacts[i].id = copy_str(&c->arena, f->contacts[i].id);
    c->contacts[i].moment = copy_str(&c->arena, f->contacts[i].moment);
    c->contacts[i].subject_id = copy_str(&c->arena, f->contacts[i].subject_id);
  }
  for (size_t i = 0; i < c->n_findings; i++) {
    c->findings[i].caregiver_id = copy_str(&c->arena, f->findings[i].caregiver_id);
    c->findings[i].id = copy_str(&c->arena, f->findings[i].id);
  }
  for (size_t i = 0; i < c->n_conclusions; i++)
    c->conclusions[i].reason = copy_str(&c->arena, f->conclusions[i].reason);
  for (size_t i = 0; i < c->n_goals; i++)
    c->goals[i].id = copy_str(&c->arena, f->goals[i].id);
  for (size_t i = 0; i < c->n_actions; i++) {
    c->actions[i].id = copy_str(&c->arena, f->actions[i].id);
    c->actions[i].offer = copy_str(&c->arena, f->actions[i].offer);
  }
  /* the id table: same layout, pointers to the copied strings */
  c->cap_ids = f->cap_ids;
  c->n_ids = f->n_ids;
  for (size_t i = 0; i < f->cap_ids; i++) {
    c->ids[i] = f->ids[i];
    if (f->ids[i].id != NULL)
      c->ids[i].id = slot_entity_id(c, &f->ids[i]);
  }
  c->municipality = f->municipality;
  memcpy(c->municipality_code, f->municipality_code, sizeof c->municipality_code);
  c->enrolled = f->enrolled;
  c->child_wish = f->child_wish;
  c->seq = f->seq;
  c->finished = f->finished;
  *out = c;
  return GS_OK;
}

GS_EXPORT int gs_family_equal(const gs_family *a, const gs_family *b) {
  if (a == NULL || b == NULL || !a->finished || !b->finished)
    return 0;
  if (!str_eq(a->id, b->id) || a->municipality != b->municipality ||
      a->enrolled != b->enrolled || a->child_wish != b->child_wish ||
      a->n_caregivers != b->n_caregivers || a->n_pregnancies != b->n_pregnancies ||
      a->n_children != b->n_children || a->n_contacts != b->n_contacts ||
      a->n_findings != b->n_findings || a->n_conclusions != b->n_conclusions ||
      a->n_meldcode != b->n_meldcode || a->n_goals != b->n_goals || a->n_actions != b->n_actions || a->n_reviews != b->n_reviews)
    return 0;
  for (size_t i = 0; i < a->n_caregivers; i++) {
    const gsi_caregiver *x = &a->caregivers[i], *y = &b->caregivers[i];
    if (!str_eq(x->id, y->id) || x->role != y->role || x->birth_year != y->birth_year)
      return 0;
  }
  for (size_t i = 0; i < a->n_pregnancies; i++) {
    const gsi_pregnancy *x = &a->pregnancies[i], *y = &b->pregnancies[i];
    if (!str_eq(x->id, y->id) || !str_eq(x->caregiver_id, y->caregiver_id) ||
        !str_eq(x->child_id, y->child_id) || x->due != y->due || x->ended != y->ended ||
        x->outcome != y->outcome)
      return 0;
  }
  for (size_t i = 0; i < a->n_children; i++) {
    const gsi_child *x = &a->children[i], *y = &b->children[i];
    if (!str_eq(x->id, y->id) || !str_eq(x->pregnancy_id, y->pregnancy_id) ||
        x->born != y->born || x->gestational_age != y->gestational_age ||
        x->birth_weight != y->birth_weight)
      return 0;
  }
  for (size_t i = 0; i < a->n_contacts; i++) {
    const gsi_contact *x = &a->contacts[i], *y = &b->contacts[i];
    if (!str_eq(x->id, y->id) || !str_eq(x->moment, y->moment) ||
        !str_eq(x->subject_id, y->subject_id) || x->date != y->date ||
        x->setting != y->setting || x->by != y->by || x->n_findings != y->n_findings)
      return 0;
  }
  for (size_t i = 0; i < a->n_findings; i++) {
    const gsi_finding *x = &a->findings[i], *y = &b->findings[i];
    if (x->kind != y->kind || x->item != y->item || x->value != y->value ||
        x->signal_kind != y->signal_kind || x->contact != y->contact ||
        !str_eq(x->caregiver_id, y->caregiver_id) || !str_eq(x->id, y->id) ||
        x->resolved != y->resolved)
      return 0;
  }
  for (size_t i = 0; i < a->n_conclusions; i++) {
    const gsi_conclusion *x = &a->conclusions[i], *y = &b->conclusions[i];
    if (x->date != y->date || x->care_need != y->care_need || x->proposed != y->proposed ||
        !str_eq(x->reason, y->reason))
      return 0;
  }
  for (size_t i = 0; i < a->n_meldcode; i++) {
    const gsi_meldcode_step *x = &a->meldcode[i], *y = &b->meldcode[i];
    if (x->date != y->date || x->n != y->n || x->decision != y->decision)
      return 0;
  }
  for (size_t i = 0; i < a->n_goals; i++) {
    const gsi_goal *x = &a->goals[i], *y = &b->goals[i];
    if (!str_eq(x->id, y->id) || x->topic != y->topic || x->status != y->status ||
        x->opened != y->opened || x->target != y->target || x->closed != y->closed ||
        x->n_actions != y->n_actions)
      return 0;
  }
  for (size_t i = 0; i < a->n_actions; i++) {
    const gsi_action *x = &a->actions[i], *y = &b->actions[i];
    if (!str_eq(x->id, y->id) || !str_eq(x->offer, y->offer) || x->goal != y->goal ||
        x->level != y->level || x->warm_handover != y->warm_handover ||
        x->responsible != y->responsible || x->start != y->start || x->end != y->end ||
        x->n_reviews != y->n_reviews)
      return 0;
  }
  for (size_t i = 0; i < a->n_reviews; i++) {
    const gsi_review *x = &a->reviews[i], *y = &b->reviews[i];
    if (x->action != y->action || x->date != y->date || x->outcome != y->outcome)
      return 0;
  }
  return 1;
}

/* ---- accessors ---------------------------------------------------------- */

GS_EXPORT const char *gs_family_id(const gs_family *f) {
  return f ? f->id : NULL;
}

GS_EXPORT const char *gs_family_municipality(const gs_family *f) {
  return f ? f->municipality_code : NULL;
}

GS_EXPORT gs_date gs_family_enrolled(const gs_family *f) {
  return f ? f->enrolled : GS_DATE_NONE;
}

GS_EXPORT gs_child_wish gs_family_child_wish(const gs_family *f) {
  return f ? (gs_child_wish)f->child_wish : GS_CHILD_WISH_UNKNOWN;
}

#define AT(f, arr, n, i) ((f) != NULL && (i) < (f)->n ? &(f)->arr[i] : NULL)

GS_EXPORT size_t gs_family_caregiver_count(const gs_family *f) {
  return f ? f->n_caregivers : 0;
}

GS_EXPORT const char *gs_family_caregiver_id(const gs_family *f, size_t i) {
  const gsi_caregiver *c = AT(f, caregivers, n_caregivers, i);
  return c ? c->id : NULL;
}

GS_EXPORT gs_role gs_family_caregiver_role(const gs_family *f, size_t i) {
  const gsi_caregiver *c = AT(f, caregivers, n_caregivers, i);
  return c ? (gs_role)c->role : (gs_role)0;
}

GS_EXPORT int gs_family_caregiver_birth_year(const gs_family *f, size_t i) {
  const gsi_caregiver *c = AT(f, caregivers, n_caregivers, i);
  return c ? c->birth_year : 0;
}

GS_EXPORT size_t gs_family_pregnancy_count(const gs_family *f) {
  return f ? f->n_pregnancies : 0;
}

GS_EXPORT const char *gs_family_pregnancy_id(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? p->id : NULL;
}

GS_EXPORT const char *gs_family_pregnancy_caregiver(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? p->caregiver_id : NULL;
}

GS_EXPORT gs_date gs_family_pregnancy_due(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? p->due : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_family_pregnancy_ended(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? p->ended : GS_DATE_NONE;
}

GS_EXPORT gs_pregnancy_outcome gs_family_pregnancy_outcome(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? (gs_pregnancy_outcome)p->outcome : GS_OUTCOME_NONE;
}

GS_EXPORT const char *gs_family_pregnancy_child(const gs_family *f, size_t i) {
  const gsi_pregnancy *p = AT(f, pregnancies, n_pregnancies, i);
  return p ? p->child_id : NULL;
}

GS_EXPORT size_t gs_family_child_count(const gs_family *f) {
  return f ? f->n_children : 0;
}

GS_EXPORT const char *gs_family_child_id(const gs_family *f, size_t i) {
  const gsi_child *c = AT(f, children, n_children, i);
  return c ? c->id : NULL;
}

GS_EXPORT gs_date gs_family_child_born(const gs_family *f, size_t i) {
  const gsi_child *c = AT(f, children, n_children, i);
  return c ? c->born : GS_DATE_NONE;
}

GS_EXPORT const char *gs_family_child_pregnancy(const gs_family *f, size_t i) {
  const gsi_child *c = AT(f, children, n_children, i);
  return c ? c->pregnancy_id : NULL;
}

GS_EXPORT int gs_family_child_gestational_age(const gs_family *f, size_t i) {
  const gsi_child *c = AT(f, children, n_children, i);
  return c ? c->gestational_age : 0;
}

GS_EXPORT int gs_family_child_birth_weight(const gs_family *f, size_t i) {
  const gsi_child *c = AT(f, children, n_children, i);
  return c ? c->birth_weight : 0;
}

GS_EXPORT size_t gs_family_contact_count(const gs_family *f) {
  return f ? f->n_contacts : 0;
}

GS_EXPORT const char *gs_family_contact_id(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? c->id : NULL;
}

GS_EXPORT gs_date gs_family_contact_date(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? c->date : GS_DATE_NONE;
}

GS_EXPORT const char *gs_family_contact_moment(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? c->moment : NULL;
}

GS_EXPORT gs_setting gs_family_contact_setting(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? (gs_setting)c->setting : (gs_setting)0;
}

GS_EXPORT gs_signaller gs_family_contact_by(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? (gs_signaller)c->by : (gs_signaller)0;
}

GS_EXPORT const char *gs_family_contact_subject(const gs_family *f, size_t i) {
  const gsi_contact *c = AT(f, contacts, n_contacts, i);
  return c ? c->subject_id : NULL;
}

/* Findings are reachable per contact only on a finished family (the
 * per-contact ranges are made by gs_family_finish()). */
static const gsi_finding *finding_at(const gs_family *f, size_t i, size_t j) {
  if (f == NULL || !f->finished || i >= f->n_contacts || j >= f->contacts[i].n_findings)
    return NULL;
  return &f->findings[f->contacts[i].first_finding + j];
}

GS_EXPORT size_t gs_family_finding_count(const gs_family *f, size_t i) {
  if (f == NULL || !f->finished || i >= f->n_contacts)
    return 0;
  return f->contacts[i].n_findings;
}

GS_EXPORT gs_finding_kind gs_family_finding_kind(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? (gs_finding_kind)x->kind : (gs_finding_kind)0;
}

GS_EXPORT int gs_family_finding_item(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? x->item : 0;
}

GS_EXPORT int gs_family_finding_value(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? x->value : 0;
}

GS_EXPORT const char *gs_family_finding_caregiver(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? x->caregiver_id : NULL;
}

GS_EXPORT const char *gs_family_finding_signal_id(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? x->id : NULL;
}

GS_EXPORT gs_signal_kind gs_family_finding_signal_kind(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? (gs_signal_kind)x->signal_kind : (gs_signal_kind)0;
}

GS_EXPORT gs_date gs_family_finding_resolved(const gs_family *f, size_t i, size_t j) {
  const gsi_finding *x = finding_at(f, i, j);
  return x ? x->resolved : GS_DATE_NONE;
}

GS_EXPORT size_t gs_family_conclusion_count(const gs_family *f) {
  return f ? f->n_conclusions : 0;
}

GS_EXPORT gs_date gs_family_conclusion_date(const gs_family *f, size_t i) {
  const gsi_conclusion *c = AT(f, conclusions, n_conclusions, i);
  return c ? c->date : GS_DATE_NONE;
}

GS_EXPORT gs_care_need gs_family_conclusion_care_need(const gs_family *f, size_t i) {
  const gsi_conclusion *c = AT(f, conclusions, n_conclusions, i);
  return c ? (gs_care_need)c->care_need : (gs_care_need)0;
}

GS_EXPORT int gs_family_conclusion_proposed(const gs_family *f, size_t i) {
  const gsi_conclusion *c = AT(f, conclusions, n_conclusions, i);
  return c ? c->proposed : 0;
}

GS_EXPORT const char *gs_family_conclusion_reason(const gs_family *f, size_t i) {
  const gsi_conclusion *c = AT(f, conclusions, n_conclusions, i);
  return c ? c->reason : NULL;
}

GS_EXPORT size_t gs_family_meldcode_step_count(const gs_family *f) {
  return f ? f->n_meldcode : 0;
}

GS_EXPORT int gs_family_meldcode_step_n(const gs_family *f, size_t i) {
  const gsi_meldcode_step *m = AT(f, meldcode, n_meldcode, i);
  return m ? m->n : 0;
}

GS_EXPORT gs_date gs_family_meldcode_step_date(const gs_family *f, size_t i) {
  const gsi_meldcode_step *m = AT(f, meldcode, n_meldcode, i);
  return m ? m->date : GS_DATE_NONE;
}

GS_EXPORT gs_meldcode_decision gs_family_meldcode_step_decision(const gs_family *f, size_t i) {
  const gsi_meldcode_step *m = AT(f, meldcode, n_meldcode, i);
  return m ? (gs_meldcode_decision)m->decision : GS_MELDCODE_DECISION_NONE;
}

GS_EXPORT size_t gs_family_goal_count(const gs_family *f) {
  return f ? f->n_goals : 0;
}

GS_EXPORT const char *gs_family_goal_id(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? x->id : NULL;
}

GS_EXPORT gs_topic gs_family_goal_topic(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? (gs_topic)x->topic : (gs_topic)0;
}

GS_EXPORT gs_date gs_family_goal_opened(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? x->opened : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_family_goal_target(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? x->target : GS_DATE_NONE;
}

GS_EXPORT gs_goal_status gs_family_goal_status(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? (gs_goal_status)x->status : (gs_goal_status)0;
}

GS_EXPORT gs_date gs_family_goal_closed(const gs_family *f, size_t g) {
  const gsi_goal *x = AT(f, goals, n_goals, g);
  return x ? x->closed : GS_DATE_NONE;
}

/* Actions and reviews are reachable per goal / action only on a finished
 * family. */
static const gsi_action *action_at(const gs_family *f, size_t g, size_t a) {
  if (f == NULL || !f->finished || g >= f->n_goals || a >= f->goals[g].n_actions)
    return NULL;
  return &f->actions[f->goals[g].first_action + a];
}

static const gsi_review *review_at(const gs_family *f, size_t g, size_t a, size_t r) {
  const gsi_action *x = action_at(f, g, a);
  if (x == NULL || r >= x->n_reviews)
    return NULL;
  return &f->reviews[x->first_review + r];
}

GS_EXPORT size_t gs_family_action_count(const gs_family *f, size_t g) {
  if (f == NULL || !f->finished || g >= f->n_goals)
    return 0;
  return f->goals[g].n_actions;
}

GS_EXPORT const char *gs_family_action_id(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->id : NULL;
}

GS_EXPORT int gs_family_action_level(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->level : 0;
}

GS_EXPORT const char *gs_family_action_offer(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->offer : NULL;
}

GS_EXPORT gs_date gs_family_action_start(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->start : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_family_action_end(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->end : GS_DATE_NONE;
}

GS_EXPORT int gs_family_action_warm_handover(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->warm_handover : 0;
}

GS_EXPORT gs_signaller gs_family_action_responsible(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? (gs_signaller)x->responsible : (gs_signaller)0;
}

GS_EXPORT size_t gs_family_review_count(const gs_family *f, size_t g, size_t a) {
  const gsi_action *x = action_at(f, g, a);
  return x ? x->n_reviews : 0;
}

GS_EXPORT gs_date gs_family_review_date(const gs_family *f, size_t g, size_t a, size_t r) {
  const gsi_review *x = review_at(f, g, a, r);
  return x ? x->date : GS_DATE_NONE;
}

GS_EXPORT gs_review_outcome gs_family_review_outcome(const gs_family *f, size_t g, size_t a,
                                                     size_t r) {
  const gsi_review *x = review_at(f, g, a, r);
  return x ? (gs_review_outcome)x->outcome : (gs_review_outcome)0;
}
