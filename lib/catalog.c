/*
 * libgoedestart - care-path catalogue: loading, validation and lookup
 * (spec/care-paths.md "Catalogue", spec/formats.md "Catalogue").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A catalogue is parsed with gsi_xml_parse() (no DTD, no entities, element
 * positions kept), validated against the embedded schema, and then checked
 * element by element; every semantic error names the element's line and
 * column. The result is immutable: lookups and routing (routing.c) only
 * read it, so one catalogue may be shared by any number of threads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "codes.h"
#include "date.h"
#include "fileio.h"
#include "sha256.h"
#include "xml-util.h"
#include "goedestart/gs-catalog.h"

#define CAT_NS "urn:goedestart:catalog:1"
#define CAT_NS_PREFIX "urn:goedestart:catalog:"
#define CAT_DEFAULT "catalogs/veenkolonien.xml"
#define MAX_AGE_MONTHS 9999

/* ---- lookup -------------------------------------------------------------- */

int gsi_scope_rank(uint8_t scope_kind) {
  switch (scope_kind) {
  case GS_SCOPE_MUNICIPALITY: return 0;
  case GS_SCOPE_PROVINCE: return 1;
  case GS_SCOPE_REGION: return 2;
  default: return 3;
  }
}

bool gsi_offer_valid_on(const gsi_offer *o, gs_date d) {
  return (o->valid_from == GS_DATE_NONE || d >= o->valid_from) &&
         (o->valid_to == GS_DATE_NONE || d <= o->valid_to);
}

bool gsi_offer_covers(const gsi_offer *o, int municipality, uint8_t province, bool declared) {
  switch (o->scope_kind) {
  case GS_SCOPE_MUNICIPALITY: return o->scope_code == municipality;
  case GS_SCOPE_PROVINCE: return province != 0 && o->scope_code == province;
  case GS_SCOPE_REGION: return declared;
  default: return true;
  }
}

const gsi_cat_municipality *gsi_catalog_municipality(const gs_catalog *c, int code) {
  size_t lo = 0, hi = c->n_municipalities;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const gsi_cat_municipality *m = &c->municipalities[c->municipality_order[mid]];
    if (m->code == code)
      return m;
    if (m->code < code)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

const gsi_cat_former *gsi_catalog_former(const gs_catalog *c, int code) {
  size_t lo = 0, hi = c->n_formers;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const gsi_cat_former *f = &c->formers[c->former_order[mid]];
    if (f->code == code)
      return f;
    if (f->code < code)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

int gsi_catalog_resolve(const gs_catalog *c, int municipality) {
  const gsi_cat_former *f = gsi_catalog_former(c, municipality);
  return f != NULL ? c->municipalities[f->municipality].code : municipality;
}

uint8_t gsi_catalog_province(const gs_catalog *c, int municipality) {
  municipality = gsi_catalog_resolve(c, municipality);
  const gsi_cat_municipality *m = gsi_catalog_municipality(c, municipality);
  if (m != NULL)
    return m->province;
  const gsi_known_municipality *k = gsi_known_municipality_find(municipality);
  return k != NULL ? k->province : 0;
}

int32_t gsi_catalog_find_offer(const gs_catalog *c, const char *id) {
  size_t lo = 0, hi = c->n_offers;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    uint32_t i = c->offer_order[mid];
    int cmp = gsi_strcmp(c->offers[i].id, id);
    if (cmp == 0)
      return (int32_t)i;
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return -1;
}

/* ---- loading ------------------------------------------------------------- */

typedef struct loader {
  const char *file;
  gs_catalog *c;
  const xmlNode **muni_nodes;   /* element of each municipality, for errors */
  const xmlNode **former_nodes; /* element of each former code */
  const xmlNode **offer_nodes;  /* element of each offer */
} loader;

/* (key, document index) pairs sorted to find duplicates and build orders.
 * The key is a number (municipality codes; s NULL) or a string (offer ids;
 * i 0). */
typedef struct key_pair {
  const char *s;
  int i;
  uint32_t index;
} key_pair;

static int cmp_key(const key_pair *x, const key_pair *y) {
  if (x->i != y->i)
    return (x->i > y->i) - (x->i < y->i);
  return x->s != NULL ? gsi_strcmp(x->s, y->s) : 0;
}

/* By key, then document index. */
static int cmp_key_pair(const void *a, const void *b) {
  const key_pair *x = a, *y = b;
  int c = cmp_key(x, y);
  if (c != 0)
    return c;
  return (x->index > y->index) - (x->index < y->index);
}

/* Sorts the n pairs by key. When a key is declared twice, returns the
 * document index of the earliest second declaration, *first being that
 * key's first declaration; else SIZE_MAX, and order[] gets the document
 * indices in key order. */
static size_t sort_keys(key_pair *pairs, size_t n, uint32_t *order, size_t *first) {
  qsort(pairs, n, sizeof *pairs, cmp_key_pair);
  size_t dup = SIZE_MAX;
  for (size_t i = 1; i < n; i++)
    if (cmp_key(&pairs[i], &pairs[i - 1]) == 0 && pairs[i].index < dup) {
      dup = pairs[i].index;
      /* the run's first element is the first declaration */
      size_t j = i - 1;
      while (j > 0 && cmp_key(&pairs[j - 1], &pairs[i]) == 0)
        j--;
      *first = pairs[j].index;
    }
  if (dup == SIZE_MAX)
    for (size_t i = 0; i < n; i++)
      order[i] = pairs[i].index;
  return dup;
}

static void catalog_destroy(gs_catalog *c) {
  if (c == NULL)
    return;
  gsi_free(c->municipalities);
  gsi_free(c->offers);
  gsi_free(c->offer_order);
  gsi_free(c->municipality_order);
  gsi_free(c->formers);
  gsi_free(c->former_order);
  gsi_free(c->route_offers);
  gsi_arena_free(&c->arena);
  gsi_free(c);
}

static bool is_xml_space(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static int node_line(const xmlNode *n) {
  int line = 0;
  gsi_xml_pos(n, &line, NULL);
  return line;
}

/* Copies a string into the catalogue's arena. */
static gs_status keep(loader *ld, const char *s, const char **out) {
  const char *copy = gsi_arena_strdup(&ld->c->arena, s);
  if (copy == NULL)
    return gsi_oom();
  *out = copy;
  return GS_OK;
}

/* The text of a simple element, trimmed of surrounding whitespace and kept
 * in the arena; empty or mixed content is an error. */
static gs_status text_of(loader *ld, const xmlNode *n, const char *owner, const char **out) {
  const char *t = gsi_xml_text(n);
  if (t == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s<%s> must contain plain text only",
                         owner, (const char *)n->name);
  while (is_xml_space(*t))
    t++;
  size_t len = strlen(t);
  while (len > 0 && is_xml_space(t[len - 1]))
    len--;
  if (len == 0)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s<%s> is empty", owner,
                         (const char *)n->name);
  const char *copy = gsi_arena_strndup(&ld->c->arena, t, len);
  if (copy == NULL)
    return gsi_oom();
  *out = copy;
  return GS_OK;
}

static gs_status date_attr(loader *ld, const xmlNode *n, const char *owner, const char *name,
                           gs_date *out) {
  const char *v = gsi_xml_attr(n, name);
  *out = GS_DATE_NONE;
  if (v == NULL)
    return GS_OK;
  const char *why = gsi_date_parse_reason(v, out);
  if (why != NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s%s '%s' is not a valid date: %s", owner,
                         name, v, why);
  return GS_OK;
}

static gs_status id_attr(loader *ld, const xmlNode *n, const char *what, const char **out) {
  const char *v = gsi_xml_attr(n, "id");
  if (v == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s has no id", what);
  if (!gsi_valid_id(v))
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "%s id '%s' is not a valid identifier (1-64 bytes, no control characters)",
                         what, v);
  return keep(ld, v, out);
}

/* lang="nl" / "en" of a <name> or <note>. */
static gs_status lang_attr(loader *ld, const xmlNode *n, const char *owner, gs_lang *out) {
  const char *v = gsi_xml_attr(n, "lang");
  if (v != NULL && strcmp(v, "nl") == 0) {
    *out = GS_LANG_NL;
    return GS_OK;
  }
  if (v != NULL && strcmp(v, "en") == 0) {
    *out = GS_LANG_EN;
    return GS_OK;
  }
  return gsi_xml_error(GS_EPARSE, ld->file, n, "%s<%s> has lang '%s'; expected 'nl' or 'en'",
                       owner, (const char *)n->name, v != NULL ? v : "");
}

/* Parses a whitespace-separated token list into a bit set. */
static gs_status token_list(loader *ld, const xmlNode *n, const char *owner, gs_kind kind,
                            const char *what, uint32_t *out) {
  const char *t = gsi_xml_text(n);
  if (t == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s<%s> must contain plain text only", owner,
                         (const char *)n->name);
  uint32_t bits = 0;
  const char *p = t;
  while (*p) {
    while (is_xml_space(*p))
      p++;
    if (*p == '\0')
      break;
    const char *start = p;
    while (*p && !is_xml_space(*p))
      p++;
    size_t len = (size_t)(p - start);
    char token[48];
    int code = -1;
    if (len < sizeof token) {
      memcpy(token, start, len);
      token[len] = '\0';
      code = gsi_code_parse(kind, token);
    }
    if (code < 1 || code > 31)
      return gsi_xml_error(GS_EPARSE, ld->file, n, "%sunknown %s '%.*s'", owner, what,
                           (int)(len > 64 ? 64 : len), start);
    bits |= 1u << code;
  }
  if (bits == 0)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s<%s> names no %s", owner,
                         (const char *)n->name, what);
  *out = bits;
  return GS_OK;
}

static gs_status parse_header(loader *ld, const xmlNode *root) {
  gs_catalog *c = ld->c;
  gs_status st = id_attr(ld, root, "the catalogue", &c->id);
  if (st != GS_OK)
    return st;
  const char *version = gsi_xml_attr(root, "version");
  if (version == NULL || version[0] == '\0')
    return gsi_xml_error(GS_EPARSE, ld->file, root, "the catalogue has no version");
  if ((st = keep(ld, version, &c->version)) != GS_OK)
    return st;
  if ((st = date_attr(ld, root, "catalogue ", "valid-from", &c->valid_from)) != GS_OK)
    return st;
  if (c->valid_from == GS_DATE_NONE)
    return gsi_xml_error(GS_EPARSE, ld->file, root, "the catalogue has no valid-from date");
  return GS_OK;
}

static gs_status parse_note(loader *ld, const xmlNode *n) {
  gs_lang lang;
  gs_status st = lang_attr(ld, n, "", &lang);
  if (st != GS_OK)
    return st;
  const char **slot = lang == GS_LANG_NL ? &ld->c->note_nl : &ld->c->note_en;
  if (*slot != NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "a second note in language '%s'",
                         lang == GS_LANG_NL ? "nl" : "en");
  return text_of(ld, n, "", slot);
}

static gs_status parse_former(loader *ld, const xmlNode *n, const gsi_cat_municipality *m,
                              gsi_cat_former *f) {
  const char *code = gsi_xml_attr(n, "code");
  int v = gsi_municipality_parse(code);
  if (v < 0)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "municipality %s: former code '%s' is not a CBS code GMnnnn",
                         m->code_str, code ? code : "");
  f->code = v;
  gsi_municipality_format(v, f->code_str);
  const char *name = gsi_xml_attr(n, "name");
  if (name == NULL || name[0] == '\0')
    return gsi_xml_error(GS_EPARSE, ld->file, n, "municipality %s: former code %s has no name",
                         m->code_str, f->code_str);
  gs_status st = keep(ld, name, &f->name);
  if (st != GS_OK)
    return st;
  char owner[64];
  snprintf(owner, sizeof owner, "former code %s: ", f->code_str);
  if ((st = date_attr(ld, n, owner, "until", &f->until)) != GS_OK)
    return st;
  if (f->until == GS_DATE_NONE)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "municipality %s: former code %s has no until "
                         "date", m->code_str, f->code_str);
  return GS_OK;
}

static gs_status parse_municipality(loader *ld, const xmlNode *n, gsi_cat_municipality *m) {
  const char *code = gsi_xml_attr(n, "code");
  int v = gsi_municipality_parse(code);
  if (v < 0)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "municipality code '%s' is not a CBS code GMnnnn", code ? code : "");
  m->code = v;
  gsi_municipality_format(v, m->code_str);
  const char *name = gsi_xml_attr(n, "name");
  if (name == NULL || name[0] == '\0')
    return gsi_xml_error(GS_EPARSE, ld->file, n, "municipality %s has no name", m->code_str);
  gs_status st = keep(ld, name, &m->name);
  if (st != GS_OK)
    return st;
  const char *prov = gsi_xml_attr(n, "province");
  int p = prov != NULL ? gsi_code_parse(GS_KIND_PROVINCE, prov) : -1;
  if (p < 1)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "municipality %s: unknown province '%s' (expected DR, GR, FR, OV, FL, "
                         "GE, UT, NH, ZH, ZE, NB or LI)",
                         m->code_str, prov ? prov : "");
  m->province = (uint8_t)p;
  gs_catalog *c = ld->c;
  m->first_former = (uint32_t)c->n_formers;
  m->n_formers = 0;
  for (const xmlNode *k = gsi_xml_first(n, CAT_NS); k != NULL; k = gsi_xml_next(k, CAT_NS)) {
    if (!gsi_xml_is(k, CAT_NS, "former"))
      return gsi_xml_error(GS_EPARSE, ld->file, k, "municipality %s: unexpected element <%s>",
                           m->code_str, (const char *)k->name);
    gsi_cat_former *f = &c->formers[c->n_formers];
    ld->former_nodes[c->n_formers] = k;
    if ((st = parse_former(ld, k, m, f)) != GS_OK)
      return st;
    f->municipality = (uint32_t)(m - c->municipalities);
    c->n_formers++;
    m->n_formers++;
  }
  return GS_OK;
}

static gs_status age_attr(loader *ld, const xmlNode *n, const char *owner, const char *name,
                          int32_t *out) {
  const char *v = gsi_xml_attr(n, name);
  long age;
  *out = -1;
  if (v == NULL)
    return GS_OK;
  if (!gsi_parse_int(v, 0, MAX_AGE_MONTHS, &age))
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "%s%s '%s' must be a whole number of months from 0 to %d", owner, name, v,
                         MAX_AGE_MONTHS);
  *out = (int32_t)age;
  return GS_OK;
}

/* An optional entry criterion: a whole number 1..max; -1 when absent. */
static gs_status criterion_attr(loader *ld, const xmlNode *n, const char *owner,
                                const char *name, int max, const char *unit, int8_t *out) {
  const char *v = gsi_xml_attr(n, name);
  long x;
  *out = -1;
  if (v == NULL)
    return GS_OK;
  if (!gsi_parse_int(v, 1, max, &x))
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%s%s '%s' is out of range (1-%d %s)", owner,
                         name, v, max, unit);
  *out = (int8_t)x;
  return GS_OK;
}

static gs_status parse_scope(loader *ld, const xmlNode *n, const char *owner, gsi_offer *o) {
  const char *scope = gsi_xml_attr(n, "scope");
  if (scope == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%shas no scope", owner);
  gs_status st = keep(ld, scope, &o->scope);
  if (st != GS_OK)
    return st;
  if (strcmp(scope, "national") == 0) {
    o->scope_kind = GS_SCOPE_NATIONAL;
    return GS_OK;
  }
  if (strcmp(scope, "region") == 0) {
    o->scope_kind = GS_SCOPE_REGION;
    return GS_OK;
  }
  int p = gsi_code_parse(GS_KIND_PROVINCE, scope);
  if (p >= 1) {
    o->scope_kind = GS_SCOPE_PROVINCE;
    o->scope_code = p;
    return GS_OK;
  }
  int m = gsi_municipality_parse(scope);
  if (m < 0)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "%sscope '%s' is not 'national', 'region', a province code (DR, GR, "
                         "...) or a municipality code GMnnnn",
                         owner, scope);
  if (gsi_catalog_municipality(ld->c, m) == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "%sscope %s is a municipality the catalogue does not declare (add a "
                         "<municipality> element for it)",
                         owner, scope);
  o->scope_kind = GS_SCOPE_MUNICIPALITY;
  o->scope_code = m;
  return GS_OK;
}

static gs_status parse_offer(loader *ld, const xmlNode *n, gsi_offer *o) {
  gs_status st = id_attr(ld, n, "offer", &o->id);
  if (st != GS_OK)
    return st;
  char owner[96];
  snprintf(owner, sizeof owner, "offer '%s': ", o->id);

  const char *level = gsi_xml_attr(n, "level");
  long lv;
  if (!gsi_parse_int(level, 1, 5, &lv))
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%slevel '%s' is out of range (1-5)", owner,
                         level ? level : "");
  o->level = (uint8_t)lv;
  if ((st = parse_scope(ld, n, owner, o)) != GS_OK)
    return st;
  const char *ind = gsi_xml_attr(n, "indication");
  o->indication = false;
  if (ind != NULL && !gsi_parse_bool(ind, &o->indication))
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%sindication '%s' is not true or false",
                         owner, ind);
  if ((st = age_attr(ld, n, owner, "min-age-months", &o->min_age_months)) != GS_OK ||
      (st = age_attr(ld, n, owner, "max-age-months", &o->max_age_months)) != GS_OK)
    return st;
  if (o->min_age_months >= 0 && o->max_age_months >= 0 && o->min_age_months > o->max_age_months)
    return gsi_xml_error(GS_EPARSE, ld->file, n,
                         "%smin-age-months %ld is above max-age-months %ld", owner,
                         (long)o->min_age_months, (long)o->max_age_months);
  if ((st = date_attr(ld, n, owner, "valid-from", &o->valid_from)) != GS_OK ||
      (st = date_attr(ld, n, owner, "valid-to", &o->valid_to)) != GS_OK)
    return st;
  if (o->valid_from != GS_DATE_NONE && o->valid_to != GS_DATE_NONE &&
      o->valid_from > o->valid_to)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%svalid-from %s is after valid-to %s", owner,
                         gsi_xml_attr(n, "valid-from"), gsi_xml_attr(n, "valid-to"));
  const char *first = gsi_xml_attr(n, "first-child");
  o->first_child = false;
  if (first != NULL && !gsi_parse_bool(first, &o->first_child))
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%sfirst-child '%s' is not true or false",
                         owner, first);
  if ((st = criterion_attr(ld, n, owner, "max-caregiver-age", 99, "years",
                           &o->max_caregiver_age)) != GS_OK ||
      (st = criterion_attr(ld, n, owner, "max-gestational-weeks", 42, "weeks",
                           &o->max_gestational_weeks)) != GS_OK)
    return st;

  bool have_provider = false, have_topics = false, have_phases = false;
  for (const xmlNode *k = gsi_xml_first(n, CAT_NS); k != NULL; k = gsi_xml_next(k, CAT_NS)) {
    if (gsi_xml_is(k, CAT_NS, "name")) {
      gs_lang lang;
      if ((st = lang_attr(ld, k, owner, &lang)) != GS_OK)
        return st;
      const char **slot = lang == GS_LANG_NL ? &o->name_nl : &o->name_en;
      if (*slot != NULL)
        return gsi_xml_error(GS_EPARSE, ld->file, k, "%sa second name in language '%s'", owner,
                             lang == GS_LANG_NL ? "nl" : "en");
      if ((st = text_of(ld, k, owner, slot)) != GS_OK)
        return st;
    } else if (gsi_xml_is(k, CAT_NS, "provider")) {
      if ((st = text_of(ld, k, owner, &o->provider)) != GS_OK)
        return st;
      have_provider = true;
    } else if (gsi_xml_is(k, CAT_NS, "topics")) {
      if ((st = token_list(ld, k, owner, GS_KIND_TOPIC, "topic", &o->topics)) != GS_OK)
        return st;
      have_topics = true;
    } else if (gsi_xml_is(k, CAT_NS, "phases")) {
      if ((st = token_list(ld, k, owner, GS_KIND_PHASE, "phase", &o->phases)) != GS_OK)
        return st;
      have_phases = true;
    } else if (gsi_xml_is(k, CAT_NS, "contact")) {
      const char *url = gsi_xml_attr(k, "url"), *phone = gsi_xml_attr(k, "phone");
      if ((url != NULL && (st = keep(ld, url, &o->url)) != GS_OK) ||
          (phone != NULL && (st = keep(ld, phone, &o->phone)) != GS_OK))
        return st;
    } else {
      return gsi_xml_error(GS_EPARSE, ld->file, k, "%sunexpected element <%s>", owner,
                           (const char *)k->name);
    }
  }
  if (o->name_nl == NULL && o->name_en == NULL)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%shas no name", owner);
  if (!have_provider || !have_topics || !have_phases)
    return gsi_xml_error(GS_EPARSE, ld->file, n, "%sneeds <provider>, <topics> and <phases>",
                         owner);
  /* A missing language falls back to the other. */
  if (o->name_nl == NULL)
    o->name_nl = o->name_en;
  if (o->name_en == NULL)
    o->name_en = o->name_nl;
  return GS_OK;
}

/* Sorts the former codes; a former code that is also a declared
 * municipality, or that is mapped twice, is an error at the (second)
 * former element. Runs after the municipalities are indexed. */
static gs_status index_formers(loader *ld) {
  gs_catalog *c = ld->c;
  size_t n = c->n_formers;
  for (size_t i = 0; i < n; i++) {
    const gsi_cat_former *f = &c->formers[i];
    const gsi_cat_municipality *m = gsi_catalog_municipality(c, f->code);
    if (m != NULL)
      return gsi_xml_error(GS_EPARSE, ld->file, ld->former_nodes[i],
                           "former code %s of municipality %s is also declared as a "
                           "municipality (line %d)", f->code_str,
                           c->municipalities[f->municipality].code_str,
                           node_line(ld->muni_nodes[m - c->municipalities]));
  }
  key_pair *pairs = gsi_calloc(n ? n : 1, sizeof *pairs);
  if (pairs == NULL)
    return gsi_oom();
  for (size_t i = 0; i < n; i++)
    pairs[i] = (key_pair){ NULL, c->formers[i].code, (uint32_t)i };
  size_t first = 0, dup = sort_keys(pairs, n, c->former_order, &first);
  gsi_free(pairs);
  if (dup != SIZE_MAX)
    return gsi_xml_error(GS_EPARSE, ld->file, ld->former_nodes[dup],
                         "former code %s is mapped twice (first at line %d, to %s)",
                         c->formers[dup].code_str, node_line(ld->former_nodes[first]),
                         c->municipalities[c->formers[first].municipality].code_str);
  return GS_OK;
}

/* Sorts municipalities by code; a code declared twice is an error at its
 * second declaration (the earliest such in the document). */
static gs_status index_municipalities(loader *ld) {
  gs_catalog *c = ld->c;
  size_t n = c->n_municipalities;
  key_pair *pairs = gsi_calloc(n ? n : 1, sizeof *pairs);
  if (pairs == NULL)
    return gsi_oom();
  for (size_t i = 0; i < n; i++)
    pairs[i] = (key_pair){ NULL, c->municipalities[i].code, (uint32_t)i };
  size_t first = 0, dup = sort_keys(pairs, n, c->municipality_order, &first);
  gsi_free(pairs);
  if (dup != SIZE_MAX)
    return gsi_xml_error(GS_EPARSE, ld->file, ld->muni_nodes[dup],
                         "municipality %s is declared twice (first at line %d)",
                         c->municipalities[dup].code_str, node_line(ld->muni_nodes[first]));
  return index_formers(ld);
}

static gs_status index_offers(loader *ld) {
  gs_catalog *c = ld->c;
  size_t n = c->n_offers;
  key_pair *pairs = gsi_calloc(n ? n : 1, sizeof *pairs);
  if (pairs == NULL)
    return gsi_oom();
  for (size_t i = 0; i < n; i++)
    pairs[i] = (key_pair){ c->offers[i].id, 0, (uint32_t)i };
  size_t first = 0, dup = sort_keys(pairs, n, c->offer_order, &first);
  gsi_free(pairs);
  if (dup != SIZE_MAX)
    return gsi_xml_error(GS_EPARSE, ld->file, ld->offer_nodes[dup],
                         "duplicate offer id '%s' (first at line %d)", c->offers[dup].id,
                         node_line(ld->offer_nodes[first]));
  return GS_OK;
}

static gs_status build(loader *ld, const xmlNode *root) {
  gs_catalog *c = ld->c;
  gs_status st = parse_header(ld, root);
  if (st != GS_OK)
    return st;
  size_t n_m = 0, n_o = 0, n_f = 0;
  for (const xmlNode *k = gsi_xml_first(root, CAT_NS); k; k = gsi_xml_next(k, CAT_NS)) {
    if (gsi_xml_is(k, CAT_NS, "municipality")) {
      n_m++;
      for (const xmlNode *x = gsi_xml_first(k, CAT_NS); x; x = gsi_xml_next(x, CAT_NS))
        n_f++;
    } else if (gsi_xml_is(k, CAT_NS, "offer")) {
      n_o++;
    }
  }
  if (n_o > UINT32_MAX / (GSI_TOPIC_N + 1))
    return gsi_xml_error(GS_EPARSE, ld->file, root, "the catalogue has too many offers");
  c->municipalities = gsi_calloc(n_m ? n_m : 1, sizeof *c->municipalities);
  c->municipality_order = gsi_calloc(n_m ? n_m : 1, sizeof *c->municipality_order);
  c->offers = gsi_calloc(n_o ? n_o : 1, sizeof *c->offers);
  c->offer_order = gsi_calloc(n_o ? n_o : 1, sizeof *c->offer_order);
  ld->muni_nodes = gsi_calloc(n_m ? n_m : 1, sizeof *ld->muni_nodes);
  ld->offer_nodes = gsi_calloc(n_o ? n_o : 1, sizeof *ld->offer_nodes);
  c->formers = gsi_calloc(n_f ? n_f : 1, sizeof *c->formers);
  c->former_order = gsi_calloc(n_f ? n_f : 1, sizeof *c->former_order);
  ld->former_nodes = gsi_calloc(n_f ? n_f : 1, sizeof *ld->former_nodes);
  if (c->municipalities == NULL || c->municipality_order == NULL || c->offers == NULL ||
      c->offer_order == NULL || ld->muni_nodes == NULL || ld->offer_nodes == NULL ||
      c->formers == NULL || c->former_order == NULL || ld->former_nodes == NULL)
    return gsi_oom();

  bool indexed = false;
  for (const xmlNode *k = gsi_xml_first(root, CAT_NS); k; k = gsi_xml_next(k, CAT_NS)) {
    if (gsi_xml_is(k, CAT_NS, "note")) {
      st = parse_note(ld, k);
    } else if (gsi_xml_is(k, CAT_NS, "municipality")) {
      if (indexed)
        return gsi_xml_error(GS_EPARSE, ld->file, k,
                             "municipalities must come before the first offer");
      ld->muni_nodes[c->n_municipalities] = k;
      st = parse_municipality(ld, k, &c->municipalities[c->n_municipalities]);
      if (st == GS_OK)
        c->n_municipalities++;
    } else if (gsi_xml_is(k, CAT_NS, "offer")) {
      if (!indexed) {
        if ((st = index_municipalities(ld)) != GS_OK)
          return st;
        indexed = true;
      }
      gsi_offer *o = &c->offers[c->n_offers];
      ld->offer_nodes[c->n_offers] = k;
      st = parse_offer(ld, k, o);
      if (st == GS_OK)
        c->n_offers++;
    } else {
      st = gsi_xml_error(GS_EPARSE, ld->file, k, "unexpected element <%s> in the catalogue",
                         (const char *)k->name);
    }
    if (st != GS_OK)
      return st;
  }
  if (!indexed && (st = index_municipalities(ld)) != GS_OK)
    return st;
  if ((st = index_offers(ld)) != GS_OK)
    return st;
  return gsi_route_index_build(c);
}

static gs_status load_doc(xmlDocPtr doc, const char *file, gs_catalog **out) {
  const xmlNode *root = xmlDocGetRootElement(doc);
  if (root == NULL)
    return gsi_error(GS_EPARSE, file, 0, 0, "the document has no root element");
  const char *ns = root->ns != NULL && root->ns->href != NULL ? (const char *)root->ns->href : "";
  if (strncmp(ns, CAT_NS_PREFIX, strlen(CAT_NS_PREFIX)) == 0 && strcmp(ns, CAT_NS) != 0)
    return gsi_xml_error(GS_EVERSION, file, root,
                         "unsupported catalogue version '%s' (this library reads " CAT_NS ")",
                         ns);
  if (!gsi_xml_is(root, CAT_NS, "catalog"))
    return gsi_xml_error(GS_EPARSE, file, root,
                         "not a care-path catalogue: the root element is <%s> in namespace "
                         "'%s'; expected <catalog> in " CAT_NS,
                         (const char *)root->name, ns);
  gs_status st = gsi_xml_validate(doc, file, GSI_SCHEMA_CATALOG);
  if (st != GS_OK)
    return st;

  loader ld;
  memset(&ld, 0, sizeof ld);
  ld.file = file;
  ld.c = gsi_calloc(1, sizeof *ld.c);
  if (ld.c == NULL)
    return gsi_oom();
  gsi_arena_init(&ld.c->arena);
  st = build(&ld, root);
  gsi_free(ld.muni_nodes);
  gsi_free(ld.offer_nodes);
  gsi_free(ld.former_nodes);
  if (st != GS_OK) {
    catalog_destroy(ld.c);
    return st;
  }
  *out = ld.c;
  return GS_OK;
}

/* ---- public API ---------------------------------------------------------- */

GS_EXPORT gs_status gs_catalog_load_memory(gs_catalog **out, const char *data, size_t len,
                                           const char *name) {
  if (out == NULL)
    return gsi_einval("gs_catalog_load_memory: out is NULL");
  if (data == NULL)
    return gsi_einval("gs_catalog_load_memory: data is NULL");
  if (name == NULL)
    name = "memory";
  xmlDocPtr doc = NULL;
  gs_status st = gsi_xml_parse(data, len, name, &doc);
  if (st != GS_OK)
    return st;
  st = load_doc(doc, name, out);
  xmlFreeDoc(doc);
  if (st == GS_OK) {
    gsi_sha256 hash;
    gsi_sha256_init(&hash);
    gsi_sha256_update(&hash, data, len);
    gsi_sha256_hex(&hash, (*out)->sha256);
  }
  return st;
}

GS_EXPORT gs_status gs_catalog_load_file(gs_catalog **out, const char *path) {
  if (out == NULL)
    return gsi_einval("gs_catalog_load_file: out is NULL");
  if (path == NULL)
    return gsi_einval("gs_catalog_load_file: path is NULL");
  char *data = NULL;
  size_t len = 0;
  gs_status st = gsi_read_file(path, GSI_XML_MAX_DOC, &data, &len);
  if (st != GS_OK)
    return st;
  st = gs_catalog_load_memory(out, data, len, path);
  gsi_free(data);
  return st;
}

GS_EXPORT gs_status gs_catalog_load_default(gs_catalog **out) {
  if (out == NULL)
    return gsi_einval("gs_catalog_load_default: out is NULL");
  const gsi_embedded *e = gsi_embedded_find(CAT_DEFAULT);
  if (e == NULL)
    return gsi_error(GS_ERROR, NULL, 0, 0, "internal: the default catalogue is not embedded");
  return gs_catalog_load_memory(out, (const char *)e->data, e->len, "veenkolonien.xml");
}

GS_EXPORT void gs_catalog_free(gs_catalog *catalog) {
  catalog_destroy(catalog);
}

GS_EXPORT const char *gs_catalog_id(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->id : NULL;
}

GS_EXPORT const char *gs_catalog_version(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->version : NULL;
}

GS_EXPORT const char *gs_catalog_sha256(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->sha256 : NULL;
}

GS_EXPORT gs_date gs_catalog_valid_from(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->valid_from : GS_DATE_NONE;
}

GS_EXPORT const char *gs_catalog_note(const gs_catalog *catalog, gs_lang lang) {
  if (catalog == NULL)
    return NULL;
  if (lang == GS_LANG_EN)
    return catalog->note_en != NULL ? catalog->note_en : catalog->note_nl;
  return catalog->note_nl != NULL ? catalog->note_nl : catalog->note_en;
}

GS_EXPORT size_t gs_catalog_municipality_count(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->n_municipalities : 0;
}

static const gsi_cat_municipality *muni_at(const gs_catalog *c, size_t i) {
  return c != NULL && i < c->n_municipalities ? &c->municipalities[i] : NULL;
}

GS_EXPORT const char *gs_catalog_municipality_code(const gs_catalog *catalog, size_t index) {
  const gsi_cat_municipality *m = muni_at(catalog, index);
  return m != NULL ? m->code_str : NULL;
}

GS_EXPORT const char *gs_catalog_municipality_name(const gs_catalog *catalog, size_t index) {
  const gsi_cat_municipality *m = muni_at(catalog, index);
  return m != NULL ? m->name : NULL;
}

GS_EXPORT int gs_catalog_municipality_province(const gs_catalog *catalog, size_t index) {
  const gsi_cat_municipality *m = muni_at(catalog, index);
  return m != NULL ? m->province : 0;
}

GS_EXPORT int gs_catalog_province_of(const gs_catalog *catalog, const char *municipality) {
  int code = gsi_municipality_parse(municipality);
  if (catalog == NULL || code < 0)
    return 0;
  return gsi_catalog_province(catalog, code);
}

GS_EXPORT gs_status gs_catalog_find_municipality(const gs_catalog *catalog, const char *code,
                                                 size_t *index) {
  if (catalog == NULL || code == NULL)
    return gsi_einval("gs_catalog_find_municipality: catalog and code are required");
  int v = gsi_municipality_parse(code);
  if (v < 0)
    return gsi_einval("gs_catalog_find_municipality: '%s' is not a municipality code GMnnnn",
                      code);
  const gsi_cat_municipality *m = gsi_catalog_municipality(catalog, v);
  if (m == NULL)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "catalogue '%s' does not declare municipality %s",
                     catalog->id, code);
  if (index != NULL)
    *index = (size_t)(m - catalog->municipalities);
  return GS_OK;
}

static const gsi_cat_former *former_at(const gs_catalog *c, size_t i, size_t k) {
  const gsi_cat_municipality *m = muni_at(c, i);
  return m != NULL && k < m->n_formers ? &c->formers[m->first_former + k] : NULL;
}

GS_EXPORT size_t gs_catalog_municipality_former_count(const gs_catalog *catalog, size_t index) {
  const gsi_cat_municipality *m = muni_at(catalog, index);
  return m != NULL ? m->n_formers : 0;
}

GS_EXPORT const char *gs_catalog_municipality_former_code(const gs_catalog *catalog,
                                                          size_t index, size_t k) {
  const gsi_cat_former *f = former_at(catalog, index, k);
  return f != NULL ? f->code_str : NULL;
}

GS_EXPORT const char *gs_catalog_municipality_former_name(const gs_catalog *catalog,
                                                          size_t index, size_t k) {
  const gsi_cat_former *f = former_at(catalog, index, k);
  return f != NULL ? f->name : NULL;
}

GS_EXPORT gs_date gs_catalog_municipality_former_until(const gs_catalog *catalog, size_t index,
                                                       size_t k) {
  const gsi_cat_former *f = former_at(catalog, index, k);
  return f != NULL ? f->until : GS_DATE_NONE;
}

GS_EXPORT gs_status gs_catalog_find_former(const gs_catalog *catalog, const char *code,
                                           size_t *municipality, size_t *former) {
  if (catalog == NULL || code == NULL)
    return gsi_einval("gs_catalog_find_former: catalog and code are required");
  int v = gsi_municipality_parse(code);
  if (v < 0)
    return gsi_einval("gs_catalog_find_former: '%s' is not a municipality code GMnnnn", code);
  const gsi_cat_former *f = gsi_catalog_former(catalog, v);
  if (f == NULL)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "'%s' is not a former municipality code of "
                     "catalogue '%s'", code, catalog->id);
  const gsi_cat_municipality *m = &catalog->municipalities[f->municipality];
  if (municipality != NULL)
    *municipality = f->municipality;
  if (former != NULL)
    *former = (size_t)(f - &catalog->formers[m->first_former]);
  return GS_OK;
}

GS_EXPORT size_t gs_catalog_offer_count(const gs_catalog *catalog) {
  return catalog != NULL ? catalog->n_offers : 0;
}

static const gsi_offer *offer_at(const gs_catalog *c, size_t i) {
  return c != NULL && i < c->n_offers ? &c->offers[i] : NULL;
}

GS_EXPORT const char *gs_catalog_offer_id(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->id : NULL;
}

GS_EXPORT const char *gs_catalog_offer_name(const gs_catalog *catalog, size_t index,
                                            gs_lang lang) {
  const gsi_offer *o = offer_at(catalog, index);
  if (o == NULL)
    return NULL;
  return lang == GS_LANG_EN ? o->name_en : o->name_nl;
}

GS_EXPORT const char *gs_catalog_offer_provider(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->provider : NULL;
}

GS_EXPORT int gs_catalog_offer_level(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->level : 0;
}

GS_EXPORT const char *gs_catalog_offer_scope(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->scope : NULL;
}

GS_EXPORT int gs_catalog_offer_scope_kind(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->scope_kind : 0;
}

GS_EXPORT int gs_catalog_offer_indication(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL && o->indication ? 1 : 0;
}

static size_t bit_count(uint32_t bits) {
  size_t n = 0;
  for (; bits != 0; bits &= bits - 1)
    n++;
  return n;
}

/* The k-th set bit (ascending), or 0. */
static int bit_at(uint32_t bits, size_t k) {
  for (int b = 0; b < 32; b++)
    if (bits & (1u << b)) {
      if (k == 0)
        return b;
      k--;
    }
  return 0;
}

GS_EXPORT size_t gs_catalog_offer_topic_count(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? bit_count(o->topics) : 0;
}

GS_EXPORT int gs_catalog_offer_topic(const gs_catalog *catalog, size_t index, size_t k) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? bit_at(o->topics, k) : 0;
}

GS_EXPORT size_t gs_catalog_offer_phase_count(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? bit_count(o->phases) : 0;
}

GS_EXPORT int gs_catalog_offer_phase(const gs_catalog *catalog, size_t index, size_t k) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? bit_at(o->phases, k) : 0;
}

GS_EXPORT uint32_t gs_catalog_offer_topics(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->topics : 0;
}

GS_EXPORT uint32_t gs_catalog_offer_phases(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->phases : 0;
}

GS_EXPORT int gs_catalog_offer_min_age_months(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->min_age_months : -1;
}

GS_EXPORT int gs_catalog_offer_max_age_months(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->max_age_months : -1;
}

GS_EXPORT gs_date gs_catalog_offer_valid_from(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->valid_from : GS_DATE_NONE;
}

GS_EXPORT gs_date gs_catalog_offer_valid_to(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->valid_to : GS_DATE_NONE;
}

GS_EXPORT const char *gs_catalog_offer_url(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->url : NULL;
}

GS_EXPORT const char *gs_catalog_offer_phone(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->phone : NULL;
}

GS_EXPORT int gs_catalog_offer_first_child(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL && o->first_child ? 1 : 0;
}

GS_EXPORT int gs_catalog_offer_max_caregiver_age(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->max_caregiver_age : -1;
}

GS_EXPORT int gs_catalog_offer_max_gestational_weeks(const gs_catalog *catalog, size_t index) {
  const gsi_offer *o = offer_at(catalog, index);
  return o != NULL ? o->max_gestational_weeks : -1;
}

GS_EXPORT gs_status gs_catalog_find_offer(const gs_catalog *catalog, const char *id,
                                          size_t *index) {
  if (catalog == NULL || id == NULL)
    return gsi_einval("gs_catalog_find_offer: catalog and id are required");
  int32_t i = gsi_catalog_find_offer(catalog, id);
  if (i < 0)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "catalogue '%s' has no offer '%s'", catalog->id,
                     id);
  if (index != NULL)
    *index = (size_t)i;
  return GS_OK;
}

GS_EXPORT gs_status gs_catalog_offers_matching(const gs_catalog *catalog,
                                               const char *municipality, int topic, int phase,
                                               int level, gs_date on, size_t *indices,
                                               size_t cap, size_t *n) {
  const char *fn = "gs_catalog_offers_matching";
  if (catalog == NULL || n == NULL)
    return gsi_einval("%s: catalog and n are required", fn);
  if (indices == NULL && cap > 0)
    return gsi_einval("%s: indices is NULL but cap is %zu", fn, cap);
  int code = -1;
  if (municipality != NULL && (code = gsi_municipality_parse(municipality)) < 0)
    return gsi_einval("%s: '%s' is not a municipality code GMnnnn", fn, municipality);
  if (topic != 0 && gsi_code_token(GS_KIND_TOPIC, topic) == NULL)
    return gsi_einval("%s: %d is not a topic code", fn, topic);
  if (phase != 0 && gsi_code_token(GS_KIND_PHASE, phase) == NULL)
    return gsi_einval("%s: %d is not a phase code", fn, phase);
  if (level < 0 || level > 5)
    return gsi_einval("%s: level %d is out of range (0-5)", fn, level);
  if (on != GS_DATE_NONE && !gs_date_valid(on))
    return gsi_einval("%s: the date is out of range", fn);
  uint8_t province = 0;
  bool declared = false;
  if (code >= 0) {
    code = gsi_catalog_resolve(catalog, code);
    declared = gsi_catalog_municipality(catalog, code) != NULL;
    province = gsi_catalog_province(catalog, code);
  }
  size_t count = 0;
  for (size_t i = 0; i < catalog->n_offers; i++) {
    const gsi_offer *o = &catalog->offers[i];
    if ((topic != 0 && !(o->topics & (1u << topic))) ||
        (phase != 0 && !(o->phases & (1u << phase))) || (level != 0 && o->level != level) ||
        (on != GS_DATE_NONE && !gsi_offer_valid_on(o, on)) ||
        (code >= 0 && !gsi_offer_covers(o, code, province, declared)))
      continue;
    if (count < cap)
      indices[count] = i;
    count++;
  }
  *n = count;
  return GS_OK;
}
