/*
 * libgoedestart - packs (formats.md "Pack"): parameters, the schedule of
 * signal moments (schedule.md) and the decisions file (decisions.md).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The pack XML is validated against data/schema/pack.xsd; this file then
 * checks what the schema leaves open (parameter names and ranges, code
 * tokens, offset order, duplicate ids), loads the DMN document, and maps
 * the library's three tables onto facts and codes. Every error carries the
 * file, line and column; a failed load frees everything it built.
 */
#include <string.h>

#include "codes.h"
#include "fileio.h"
#include "goedestart/gs-pack.h"
#include "pack.h"
#include "sha256.h"
#include "xml-util.h"

#define PACK_NS "urn:goedestart:pack:1"
#define PACK_MAX_MOMENTS 4096
#define PACK_MAX_OFFSET 100000     /* days from the anchor, either way */

/* ---- facts ------------------------------------------------------------- */

static const struct {
  const char *name;
  gsi_vtype type;
} fact_defs[GSI_FACT_N] = {
  { "dmop_not_good", GSI_V_NUMBER },
  { "dmop_fair", GSI_V_NUMBER },
  { "dmop_good", GSI_V_NUMBER },
  { "consult_status", GSI_V_STRING },
  { "giz_max", GSI_V_NUMBER },
  { "giz_tension", GSI_V_NUMBER },
  { "screen_high", GSI_V_NUMBER },
  { "screen_risk", GSI_V_NUMBER },
  { "help_requested", GSI_V_BOOL },
  { "zrm_min", GSI_V_NUMBER },
  { "zrm_low", GSI_V_NUMBER },
  { "signal_acute", GSI_V_NUMBER },
  { "risk_weight", GSI_V_NUMBER },
  { "protective_weight", GSI_V_NUMBER },
  { "balance", GSI_V_NUMBER },
  { "safety", GSI_V_STRING },
  { "in_pregnancy", GSI_V_BOOL },
  { "first_1000_days", GSI_V_BOOL },
  { "youngest_age_months", GSI_V_NUMBER },
  { "need_count", GSI_V_NUMBER },
  { "need_concern_count", GSI_V_NUMBER },
  { "severity", GSI_V_NUMBER },
  { "topic", GSI_V_STRING },
  { "network", GSI_V_STRING },
  { "competence", GSI_V_STRING },
  { "review", GSI_V_STRING },
  { "achieved_streak", GSI_V_NUMBER },
  { "level", GSI_V_NUMBER },
  { "topic_severity", GSI_V_NUMBER },
  { "care_need", GSI_V_STRING },
};

const char *gsi_fact_name(gsi_fact f) {
  return (unsigned)f < GSI_FACT_N ? fact_defs[f].name : NULL;
}

gsi_vtype gsi_fact_type(gsi_fact f) {
  return (unsigned)f < GSI_FACT_N ? fact_defs[f].type : GSI_V_NULL;
}

int gsi_fact_find(const char *name) {
  if (name == NULL)
    return -1;
  for (int i = 0; i < GSI_FACT_N; i++)
    if (strcmp(fact_defs[i].name, name) == 0)
      return i;
  return -1;
}

/* ---- parameters --------------------------------------------------------- */

static const struct {
  const char *name;
  int32_t def, min, max;
} param_defs[GSI_PARAM_N] = {
  { "phase.child-5-12.from-years", 4, 1, 150 },
  { "phase.child-13-19.from-years", 13, 1, 150 },
  { "phase.end-years", 19, 1, 150 },
  { "valid.dmop", 183, 0, 36500 },
  { "valid.giz", 365, 0, 36500 },
  { "valid.help", 90, 0, 36500 },
  { "valid.zrm", 90, 0, 36500 },
  { "valid.positive-health", 365, 0, 36500 },
  { "valid.signal", 365, 0, 36500 },
  { "schedule.horizon", 365, 0, 36500 },
  { "schedule.history", 365, 0, 36500 },
  { "route.max", 5, 1, 1000 },
  { "plan.review-days", 42, 1, 36500 },
  { "plan.priorities", 3, 1, 1000 },
};

static int param_find(const char *name) {
  for (int i = 0; i < GSI_PARAM_N; i++)
    if (strcmp(param_defs[i].name, name) == 0)
      return i;
  return -1;
}

/* ---- the library's tables ----------------------------------------------- */

/* Which facts each table may read. The assessment fills one fact array:
 * the family facts first, then care_need after the care-need table, the
 * per-need facts before each start-level evaluation and the review facts
 * before each level-review evaluation; a fact outside a table's scope
 * would hold a stale or null value there. */
typedef struct lib_table {
  const char *id;
  const char *output;           /* output name */
  gs_kind kind;                 /* code kind of the output (GS_KIND_LEVEL: numbers 1-5) */
  gsi_fact extra_from, extra_to; /* facts allowed besides the family facts (inclusive) */
  bool care_need_ok;            /* may read care_need */
} lib_table;

static const lib_table lib_tables[3] = {
  { "care-need", "care_need", GS_KIND_CARE_NEED, GSI_FACT_FAMILY_N, GSI_FACT_FAMILY_N - 1, false },
  { "start-level", "level", GS_KIND_LEVEL, GSI_FACT_SEVERITY, GSI_FACT_COMPETENCE, true },
  { "level-review", "move", GS_KIND_MOVE, GSI_FACT_REVIEW, GSI_FACT_TOPIC_SEVERITY, true },
};

static bool fact_in_scope(const lib_table *lt, int f) {
  if (f < GSI_FACT_FAMILY_N)
    return true;
  if (f == GSI_FACT_CARE_NEED)
    return lt->care_need_ok;
  return f >= (int)lt->extra_from && f <= (int)lt->extra_to;
}

static gs_status map_table(gs_pack *p, const lib_table *lt, gsi_pack_table *pt,
                           const char *dmn_file, const xmlNode *decisions_el,
                           const char *pack_file) {
  const gsi_dmn_table *t = NULL;
  for (size_t i = 0; i < gsi_dmn_table_count(p->dmn); i++)
    if (strcmp(gsi_dmn_table_id(gsi_dmn_table_at(p->dmn, i)), lt->id) == 0)
      t = gsi_dmn_table_at(p->dmn, i);
  if (t == NULL)
    return gsi_xml_error(GS_EPARSE, pack_file, decisions_el,
                         "the decisions file '%s' has no decision with the id '%s' (the "
                         "library needs the tables care-need, start-level and level-review)",
                         dmn_file, lt->id);
  int line, col;
  gsi_dmn_table_pos(t, &line, &col);
  gsi_hit_policy hp = gsi_dmn_table_hit_policy(t);
  if (hp != GSI_HIT_UNIQUE && hp != GSI_HIT_FIRST && hp != GSI_HIT_PRIORITY && hp != GSI_HIT_ANY)
    return gsi_error(GS_EPARSE, dmn_file, line, col,
                     "decision table '%s' must give one result: use the hit policy UNIQUE, "
                     "FIRST, PRIORITY or ANY, not a multi-hit policy",
                     lt->id);
  /* the output: by name, else the only one */
  size_t n_out = gsi_dmn_output_count(t), o = n_out;
  for (size_t k = 0; k < n_out; k++)
    if (strcmp(gsi_dmn_output_name(t, k), lt->output) == 0)
      o = k;
  if (o == n_out && n_out == 1)
    o = 0;
  if (o == n_out)
    return gsi_error(GS_EPARSE, dmn_file, line, col,
                     "decision table '%s' has no output named '%s'", lt->id, lt->output);
  const char *oname = gsi_dmn_output_name(t, o);
  gsi_vtype want = lt->kind == GS_KIND_LEVEL ? GSI_V_NUMBER : GSI_V_STRING;
  if (gsi_dmn_output_type(t, o) != want)
    return gsi_error(GS_EPARSE, dmn_file, line, col,
                     "decision table '%s': output '%s' must be a %s", lt->id, oname,
                     want == GSI_V_NUMBER ? "number (a level 1-5)" : "string");
  size_t n_in = gsi_dmn_input_count(t), n_rules = gsi_dmn_rule_count(t);
  uint16_t *map = gsi_calloc(n_in + 1, sizeof *map);
  uint8_t *out = gsi_calloc(n_rules + 1, sizeof *out);
  if (map == NULL || out == NULL) {
    gsi_free(map);
    gsi_free(out);
    return gsi_oom();
  }
  pt->table = t;
  pt->map = map;
  pt->out = out;
  for (size_t i = 0; i < n_in; i++) {
    const char *name = gsi_dmn_input_name(t, i);
    int f = gsi_fact_find(name);
    gsi_dmn_input_pos(t, i, &line, &col);
    if (f < 0)
      return gsi_error(GS_EPARSE, dmn_file, line, col,
                       "decision table '%s': input '%s' is not a known fact", lt->id, name);
    if (!fact_in_scope(lt, f))
      return gsi_error(GS_EPARSE, dmn_file, line, col,
                       "decision table '%s': the fact '%s' is not available in this table",
                       lt->id, name);
    if (gsi_dmn_input_type(t, i) != gsi_fact_type((gsi_fact)f)) {
      gsi_vtype ft = gsi_fact_type((gsi_fact)f);
      return gsi_error(GS_EPARSE, dmn_file, line, col,
                       "decision table '%s': input '%s' must have typeRef \"%s\", as the fact "
                       "is a %s",
                       lt->id, name,
                       ft == GSI_V_NUMBER ? "number" : ft == GSI_V_BOOL ? "boolean" : "string",
                       ft == GSI_V_NUMBER ? "number" : ft == GSI_V_BOOL ? "boolean" : "string");
    }
    map[i] = (uint16_t)f;
  }
  for (size_t r = 0; r < n_rules; r++) {
    const gsi_value *v = gsi_dmn_rule_output(t, r, o);
    gsi_dmn_rule_pos(t, r, &line, &col);
    const char *rid = gsi_dmn_rule_id(t, r);
    int code = -1;
    if (lt->kind == GS_KIND_LEVEL) {
      int64_t lv;
      if (v->type == GSI_V_NUMBER && gsi_dec_to_i64(&v->num, &lv) && lv >= 1 && lv <= 5)
        code = (int)lv;
    } else if (v->type == GSI_V_STRING) {
      code = gsi_code_parse(lt->kind, v->str);
    }
    if (code <= 0) {
      const char *want_txt = lt->kind == GS_KIND_LEVEL ? "a level from 1 to 5"
                             : lt->kind == GS_KIND_CARE_NEED
                               ? "\"positive-confirmation\", \"additional-care\" or "
                                 "\"urgent-support\""
                               : "\"stay\", \"step-up\", \"step-down\", \"jump-intensive\" or "
                                 "\"close\"";
      return gsi_error(GS_EPARSE, dmn_file, line, col,
                       "decision table '%s', rule '%s': output '%s' must be %s", lt->id,
                       rid[0] ? rid : "(no id)", oname, want_txt);
    }
    out[r] = (uint8_t)code;
  }
  return GS_OK;
}

/* ---- free --------------------------------------------------------------- */

static void free_table(gsi_pack_table *pt) {
  gsi_free(pt->map);
  gsi_free(pt->out);
  pt->map = NULL;
  pt->out = NULL;
}

void gs_pack_free(gs_pack *pack) {
  if (pack == NULL)
    return;
  free_table(&pack->care_need);
  free_table(&pack->start_level);
  free_table(&pack->level_review);
  gsi_dmn_free(pack->dmn);
  gsi_free(pack->moments);
  gsi_free(pack->moment_order);
  gsi_free(pack->moment_hash);
  gsi_arena_free(&pack->arena);
  gsi_free(pack);
}

/* ---- the pack document ------------------------------------------------ */

typedef struct pack_ctx {
  const char *file;             /* name of the pack document in errors */
  gs_pack *p;
  const xmlNode **moment_nodes; /* for positions of duplicate ids */
  const xmlNode *decisions;
  const char *href;
} pack_ctx;

static gs_status text_of(pack_ctx *c, const xmlNode *n, const char **out) {
  const char *t = gsi_xml_text(n);
  if (t == NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n, "element '%s' must hold plain text",
                         (const char *)n->name);
  *out = gsi_arena_strdup(&c->p->arena, t);
  return *out ? GS_OK : GS_ENOMEM;
}

/* A title or label in nl/en; each language at most once. */
static gs_status lang_text(pack_ctx *c, const xmlNode *n, const char **nl, const char **en,
                           const char *what) {
  const char *lang = gsi_xml_attr(n, "lang");
  const char **slot = lang && strcmp(lang, "nl") == 0 ? nl : en;
  if (*slot != NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n, "two %ss in the language '%s'", what,
                         lang ? lang : "");
  return text_of(c, n, slot);
}

static gs_status load_parameters(pack_ctx *c, const xmlNode *n) {
  bool seen[GSI_PARAM_N] = { false };
  for (const xmlNode *k = gsi_xml_first(n, PACK_NS); k; k = gsi_xml_next(k, PACK_NS)) {
    const char *name = gsi_xml_attr(k, "name");
    const char *value = gsi_xml_attr(k, "value");
    int i = name ? param_find(name) : -1;
    if (i < 0)
      return gsi_xml_error(GS_EPARSE, c->file, k,
                           "unknown parameter '%s' (formats.md lists the 14 parameters a "
                           "pack may set)",
                           name ? name : "");
    if (seen[i])
      return gsi_xml_error(GS_EPARSE, c->file, k, "the parameter '%s' is given twice", name);
    seen[i] = true;
    long v;
    if (value == NULL || !gsi_parse_int(value, param_defs[i].min, param_defs[i].max, &v))
      return gsi_xml_error(GS_EPARSE, c->file, k,
                           "parameter '%s': the value '%s' is not a whole number from %d to %d",
                           name, value ? value : "", (int)param_defs[i].min,
                           (int)param_defs[i].max);
    c->p->params[i] = (int32_t)v;
  }
  const int32_t *pv = c->p->params;
  if (!(pv[GSI_PARAM_PHASE_5_12_FROM_YEARS] < pv[GSI_PARAM_PHASE_13_19_FROM_YEARS] &&
        pv[GSI_PARAM_PHASE_13_19_FROM_YEARS] < pv[GSI_PARAM_PHASE_END_YEARS]))
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "the phase boundaries must increase: phase.child-5-12.from-years (%d) "
                         "< phase.child-13-19.from-years (%d) < phase.end-years (%d)",
                         (int)pv[GSI_PARAM_PHASE_5_12_FROM_YEARS],
                         (int)pv[GSI_PARAM_PHASE_13_19_FROM_YEARS],
                         (int)pv[GSI_PARAM_PHASE_END_YEARS]);
  return GS_OK;
}

static gs_status token_attr(pack_ctx *c, const xmlNode *n, const char *attr, gs_kind kind,
                            const char *what, uint8_t *out) {
  const char *v = gsi_xml_attr(n, attr);
  int code = v ? gsi_code_parse(kind, v) : -1;
  if (code <= 0)
    return gsi_xml_error(GS_EPARSE, c->file, n, "moment '%s': unknown %s '%s'",
                         gsi_xml_attr(n, "id") ? gsi_xml_attr(n, "id") : "", what, v ? v : "");
  *out = (uint8_t)code;
  return GS_OK;
}

/* Whitespace-separated tokens, copied with single spaces. */
static const char *normalise_list(pack_ctx *c, const char *s) {
  size_t len = strlen(s);
  char *buf = gsi_malloc(len + 1);
  if (buf == NULL) {
    gsi_oom();
    return NULL;
  }
  size_t n = 0;
  for (const char *q = s; *q;) {
    while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')
      q++;
    if (*q == '\0')
      break;
    if (n > 0)
      buf[n++] = ' ';
    while (*q && *q != ' ' && *q != '\t' && *q != '\n' && *q != '\r')
      buf[n++] = *q++;
  }
  const char *r = gsi_arena_strndup(&c->p->arena, buf, n);
  gsi_free(buf);
  return r;
}

static gs_status load_moment(pack_ctx *c, const xmlNode *n, gsi_moment *m) {
  gs_status st;
  const char *id = gsi_xml_attr(n, "id");
  if (id == NULL || !gsi_valid_id(id) || strcmp(id, "ad-hoc") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "moment id '%s' is not valid (1-64 bytes, no control characters, "
                         "and not 'ad-hoc')",
                         id ? id : "");
  if ((m->id = gsi_arena_strdup(&c->p->arena, id)) == NULL)
    return GS_ENOMEM;
  if ((st = token_attr(c, n, "phase", GS_KIND_PHASE, "phase", &m->phase)) != GS_OK ||
      (st = token_attr(c, n, "setting", GS_KIND_SETTING, "setting", &m->setting)) != GS_OK ||
      (st = token_attr(c, n, "anchor", GS_KIND_ANCHOR, "anchor", &m->anchor)) != GS_OK)
    return st;
  /* schedule.md: an indicated moment names its trigger; no other does */
  const char *trigger = gsi_xml_attr(n, "trigger");
  if (m->anchor == GS_ANCHOR_INDICATION && trigger == NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "moment '%s': anchor 'indication' needs a trigger (consult-problem or "
                         "consult-attention)",
                         id);
  if (m->anchor != GS_ANCHOR_INDICATION && trigger != NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "moment '%s': a trigger is given only with anchor 'indication'", id);
  if (trigger != NULL &&
      (st = token_attr(c, n, "trigger", GS_KIND_TRIGGER, "trigger", &m->trigger)) != GS_OK)
    return st;
  static const char *const offs[4] = { "open", "due", "overdue", "close" };
  long v[4];
  for (int i = 0; i < 4; i++) {
    const char *s = gsi_xml_attr(n, offs[i]);
    if (s == NULL || !gsi_parse_int(s, -PACK_MAX_OFFSET, PACK_MAX_OFFSET, &v[i]))
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "moment '%s': %s '%s' is not a whole number of days from -%d to %d",
                           id, offs[i], s ? s : "", PACK_MAX_OFFSET, PACK_MAX_OFFSET);
  }
  if (!(v[0] <= v[1] && v[1] <= v[2] && v[2] <= v[3]))
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "moment '%s': the offsets must satisfy open <= due <= overdue <= "
                         "close (found %ld, %ld, %ld, %ld)",
                         id, v[0], v[1], v[2], v[3]);
  m->open = (int32_t)v[0];
  m->due = (int32_t)v[1];
  m->overdue = (int32_t)v[2];
  m->close = (int32_t)v[3];
  const char *instruments = gsi_xml_attr(n, "instruments");
  if ((m->instruments = normalise_list(c, instruments ? instruments : "")) == NULL)
    return GS_ENOMEM;
  const char *cond = gsi_xml_attr(n, "condition");
  if (cond != NULL) {
    static const char prefix[] = "care-need-at-least:";
    int code = -1;
    if (strncmp(cond, prefix, sizeof prefix - 1) == 0)
      code = gsi_code_parse(GS_KIND_CARE_NEED, cond + sizeof prefix - 1);
    if (code <= 0)
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "moment '%s': unknown condition '%s' (supported: "
                           "care-need-at-least:positive-confirmation, :additional-care or "
                           ":urgent-support)",
                           id, cond);
    m->condition = (uint8_t)code;
  }
  const char *bds = gsi_xml_attr(n, "bds-contact");
  if (bds != NULL && (m->bds_contact = gsi_arena_strdup(&c->p->arena, bds)) == NULL)
    return GS_ENOMEM;
  for (const xmlNode *k = gsi_xml_first(n, PACK_NS); k; k = gsi_xml_next(k, PACK_NS))
    if ((st = lang_text(c, k, &m->label_nl, &m->label_en, "label")) != GS_OK)
      return st;
  if (m->label_nl == NULL)
    m->label_nl = m->label_en;
  if (m->label_en == NULL)
    m->label_en = m->label_nl;
  return GS_OK;
}

/* Whether a relative path has a ".." segment (it could leave the pack's
 * directory). */
static bool has_parent_segment(const char *href) {
  for (const char *p = href; *p != '\0';) {
    size_t n = strcspn(p, "/");
    if (n == 2 && p[0] == '.' && p[1] == '.')
      return true;
    p += n;
    if (*p == '/')
      p++;
  }
  return false;
}

/* FNV-1a over the id's bytes. */
static uint32_t moment_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static gs_status load_schedule(pack_ctx *c, const xmlNode *n) {
  size_t count = 0;
  for (const xmlNode *k = gsi_xml_first(n, PACK_NS); k; k = gsi_xml_next(k, PACK_NS))
    if (++count > PACK_MAX_MOMENTS)
      return gsi_xml_error(GS_EPARSE, c->file, k, "the schedule has more than %d moments",
                           PACK_MAX_MOMENTS);
  gs_pack *p = c->p;
  p->moments = gsi_calloc(count + 1, sizeof *p->moments);
  p->moment_order = gsi_calloc(count + 1, sizeof *p->moment_order);
  c->moment_nodes = gsi_calloc(count + 1, sizeof *c->moment_nodes);
  if (p->moments == NULL || p->moment_order == NULL || c->moment_nodes == NULL)
    return gsi_oom();
  gs_status st;
  for (const xmlNode *k = gsi_xml_first(n, PACK_NS); k; k = gsi_xml_next(k, PACK_NS)) {
    if ((st = load_moment(c, k, &p->moments[p->n_moments])) != GS_OK)
      return st;
    c->moment_nodes[p->n_moments] = k;
    if (p->moments[p->n_moments].anchor == GS_ANCHOR_INDICATION)
      p->n_indicated++;
    /* insertion into the id order; a duplicate is reported at the later one */
    size_t j = p->n_moments;
    const char *id = p->moments[j].id;
    while (j > 0) {
      int cmp = gsi_strcmp(p->moments[p->moment_order[j - 1]].id, id);
      if (cmp == 0)
        return gsi_xml_error(GS_EPARSE, c->file, k, "two moments have the id '%s'", id);
      if (cmp < 0)
        break;
      p->moment_order[j] = p->moment_order[j - 1];
      j--;
    }
    p->moment_order[j] = (uint16_t)p->n_moments;
    p->n_moments++;
  }
  /* the lookup table: every contact of every assessment looks its moment up */
  uint32_t size = 8;
  while (size < 2 * p->n_moments)
    size *= 2;
  p->moment_hash = gsi_calloc(size, sizeof *p->moment_hash);
  if (p->moment_hash == NULL)
    return gsi_oom();
  p->moment_hash_mask = size - 1;
  for (size_t i = 0; i < p->n_moments; i++) {
    uint32_t h = moment_hash(p->moments[i].id) & p->moment_hash_mask;
    while (p->moment_hash[h] != 0)
      h = (h + 1) & p->moment_hash_mask;
    p->moment_hash[h] = (uint16_t)(i + 1);
  }
  return GS_OK;
}

static gs_status load_pack_doc(pack_ctx *c, const xmlNode *root) {
  gs_pack *p = c->p;
  gs_status st;
  const char *id = gsi_xml_attr(root, "id");
  const char *version = gsi_xml_attr(root, "version");
  if (id == NULL || !gsi_valid_id(id))
    return gsi_xml_error(GS_EPARSE, c->file, root,
                         "pack id '%s' is not valid (1-64 bytes, no control characters)",
                         id ? id : "");
  if ((p->id = gsi_arena_strdup(&p->arena, id)) == NULL ||
      (p->version = gsi_arena_strdup(&p->arena, version ? version : "")) == NULL)
    return GS_ENOMEM;
  for (const xmlNode *k = gsi_xml_first(root, PACK_NS); k; k = gsi_xml_next(k, PACK_NS)) {
    const char *name = (const char *)k->name;
    if (strcmp(name, "title") == 0)
      st = lang_text(c, k, &p->title_nl, &p->title_en, "title");
    else if (strcmp(name, "parameters") == 0)
      st = load_parameters(c, k);
    else if (strcmp(name, "schedule") == 0)
      st = load_schedule(c, k);
    else if (strcmp(name, "decisions") == 0) {
      c->decisions = k;
      c->href = gsi_xml_attr(k, "href");
      st = GS_OK;
    } else
      st = gsi_xml_error(GS_EPARSE, c->file, k, "unknown element '%s'", name);
    if (st != GS_OK)
      return st;
  }
  if (p->title_nl == NULL)
    p->title_nl = p->title_en;
  if (p->title_en == NULL)
    p->title_en = p->title_nl;
  if (c->decisions == NULL || c->href == NULL || c->href[0] == '\0')
    return gsi_xml_error(GS_EPARSE, c->file, root, "the pack names no decisions file");
  if (c->href[0] == '/' || strstr(c->href, "://") != NULL || strchr(c->href, '\\') != NULL ||
      has_parent_segment(c->href))
    return gsi_xml_error(GS_EPARSE, c->file, c->decisions,
                         "decisions href '%s' must be a relative file name (resolved next to "
                         "the pack file, without '..')",
                         c->href);
  if ((p->dmn_name = gsi_arena_strdup(&p->arena, c->href)) == NULL)
    return GS_ENOMEM;
  return GS_OK;
}

/* Loads the DMN document given in memory (dmn) or from dmn_path. */
static gs_status load_decisions(pack_ctx *c, const char *dmn, size_t dmn_len,
                                const char *dmn_path, gsi_sha256 *hash) {
  gs_pack *p = c->p;
  gs_status st;
  if (dmn_path != NULL) {
    char *data = NULL;
    size_t len = 0;
    st = gsi_read_file(dmn_path, GSI_XML_MAX_DOC, &data, &len);
    if (st != GS_OK)
      return st;
    gsi_sha256_update(hash, data, len);
    st = gsi_dmn_load(&p->dmn, data, len, dmn_path);
    gsi_free(data);
    if (st != GS_OK)
      return st;
  } else {
    gsi_sha256_update(hash, dmn, dmn_len);
    st = gsi_dmn_load(&p->dmn, dmn, dmn_len, p->dmn_name);
    if (st != GS_OK)
      return st;
  }
  gsi_pack_table *slots[3] = { &p->care_need, &p->start_level, &p->level_review };
  for (int i = 0; i < 3; i++)
    if ((st = map_table(p, &lib_tables[i], slots[i], dmn_path ? dmn_path : p->dmn_name,
                        c->decisions, c->file)) != GS_OK)
      return st;
  p->max_rules = 0;
  for (size_t i = 0; i < gsi_dmn_table_count(p->dmn); i++) {
    size_t n = gsi_dmn_rule_count(gsi_dmn_table_at(p->dmn, i));
    if (n > p->max_rules)
      p->max_rules = n;
  }
  return GS_OK;
}

/* The directory part of path joined with href ("dir/href"); NULL on OOM. */
static char *join_path(const char *path, const char *href) {
  const char *slash = strrchr(path, '/');
  size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
  size_t hl = strlen(href);
  char *r = gsi_malloc(dir + hl + 1);
  if (r == NULL) {
    gsi_oom();
    return NULL;
  }
  memcpy(r, path, dir);
  memcpy(r + dir, href, hl + 1);
  return r;
}

/*
 * The one loader. The pack document comes parsed (doc, owned: freed here)
 * with the bytes it was parsed from (for the content hash); the DMN comes
 * from memory (dmn != NULL) or from the file next to pack_path.
 */
static gs_status load_pack(gs_pack **out, xmlDocPtr doc, const char *pack_xml, size_t pack_len,
                           const char *name, const char *pack_path, const char *dmn,
                           size_t dmn_len) {
  gs_status st = gsi_xml_validate(doc, name, GSI_SCHEMA_PACK);
  if (st != GS_OK) {
    xmlFreeDoc(doc);
    return st;
  }
  gs_pack *p = gsi_calloc(1, sizeof *p);
  if (p == NULL) {
    xmlFreeDoc(doc);
    return gsi_oom();
  }
  gsi_arena_init(&p->arena);
  for (int i = 0; i < GSI_PARAM_N; i++)
    p->params[i] = param_defs[i].def;
  pack_ctx c;
  memset(&c, 0, sizeof c);
  c.file = name;
  c.p = p;
  char *dmn_path = NULL;
  st = load_pack_doc(&c, xmlDocGetRootElement(doc));
  if (st == GS_OK && pack_path != NULL) {
    dmn_path = join_path(pack_path, c.href);
    if (dmn_path == NULL)
      st = GS_ENOMEM;
  }
  gsi_sha256 hash;
  gsi_sha256_init(&hash);
  gsi_sha256_update(&hash, pack_xml, pack_len);
  if (st == GS_OK)
    st = load_decisions(&c, dmn, dmn_len, dmn_path, &hash);
  if (st == GS_OK)
    gsi_sha256_hex(&hash, p->sha256);
  gsi_free(dmn_path);
  gsi_free(c.moment_nodes);
  xmlFreeDoc(doc);
  if (st != GS_OK) {
    if (st == GS_ENOMEM)
      gsi_oom();
    gs_pack_free(p);
    return st;
  }
  *out = p;
  return GS_OK;
}

gs_status gs_pack_load_file(gs_pack **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_pack_load_file: out and path must not be NULL");
  char *data = NULL;
  size_t len = 0;
  gs_status st = gsi_read_file(path, GSI_XML_MAX_DOC, &data, &len);
  if (st != GS_OK)
    return st;
  xmlDocPtr doc = NULL;
  st = gsi_xml_parse(data, len, path, &doc);
  if (st == GS_OK)
    st = load_pack(out, doc, data, len, path, path, NULL, 0);
  gsi_free(data);
  return st;
}

gs_status gs_pack_load_memory(gs_pack **out, const char *pack_xml, size_t pack_len,
                              const char *dmn_xml, size_t dmn_len, const char *name) {
  if (out == NULL || pack_xml == NULL || dmn_xml == NULL)
    return gsi_einval("gs_pack_load_memory: out, pack_xml and dmn_xml must not be NULL");
  if (name == NULL)
    name = "memory";
  xmlDocPtr doc = NULL;
  gs_status st = gsi_xml_parse(pack_xml, pack_len, name, &doc);
  if (st != GS_OK)
    return st;
  return load_pack(out, doc, pack_xml, pack_len, name, NULL, dmn_xml, dmn_len);
}

gs_status gs_pack_load_default(gs_pack **out) {
  if (out == NULL)
    return gsi_einval("gs_pack_load_default: out must not be NULL");
  const gsi_embedded *x = gsi_embedded_find("packs/gs-default.xml");
  const gsi_embedded *d = gsi_embedded_find("packs/gs-default.dmn");
  if (x == NULL || d == NULL)
    return gsi_error(GS_ERROR, NULL, 0, 0, "internal: the default pack is not embedded");
  return gs_pack_load_memory(out, (const char *)x->data, x->len, (const char *)d->data, d->len,
                             "gs-default.xml");
}

/* ---- lookups ------------------------------------------------------------ */

int32_t gsi_pack_find_moment(const gs_pack *p, const char *id) {
  if (p->moment_hash == NULL)
    return -1;
  for (uint32_t h = moment_hash(id) & p->moment_hash_mask;; h = (h + 1) & p->moment_hash_mask) {
    uint16_t slot = p->moment_hash[h];
    if (slot == 0)
      return -1;
    if (strcmp(p->moments[slot - 1].id, id) == 0)
      return (int32_t)(slot - 1);
  }
}

/* ---- public accessors --------------------------------------------------- */

const char *gs_pack_id(const gs_pack *pack) {
  return pack ? pack->id : NULL;
}

const char *gs_pack_version(const gs_pack *pack) {
  return pack ? pack->version : NULL;
}

const char *gs_pack_title(const gs_pack *pack, gs_lang lang) {
  if (pack == NULL)
    return NULL;
  return lang == GS_LANG_EN ? pack->title_en : pack->title_nl;
}

const char *gs_pack_decisions_file(const gs_pack *pack) {
  return pack ? pack->dmn_name : NULL;
}

const char *gs_pack_sha256(const gs_pack *pack) {
  return pack ? pack->sha256 : NULL;
}

size_t gs_pack_param_count(void) {
  return GSI_PARAM_N;
}

const char *gs_pack_param_name(size_t index) {
  return index < GSI_PARAM_N ? param_defs[index].name : NULL;
}

gs_status gs_pack_param(const gs_pack *pack, const char *name, int *out) {
  if (pack == NULL || name == NULL || out == NULL)
    return gsi_einval("gs_pack_param: pack, name and out must not be NULL");
  int i = param_find(name);
  if (i < 0)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "unknown pack parameter '%s'", name);
  *out = pack->params[i];
  return GS_OK;
}

size_t gs_pack_moment_count(const gs_pack *pack) {
  return pack ? pack->n_moments : 0;
}

gs_status gs_pack_moment_find(const gs_pack *pack, const char *id, size_t *index) {
  if (pack == NULL || id == NULL || index == NULL)
    return gsi_einval("gs_pack_moment_find: pack, id and index must not be NULL");
  int32_t i = gsi_pack_find_moment(pack, id);
  if (i < 0)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "pack '%s' has no moment '%s'", pack->id, id);
  *index = (size_t)i;
  return GS_OK;
}

static const gsi_moment *moment_at(const gs_pack *pack, size_t index) {
  return pack != NULL && index < pack->n_moments ? &pack->moments[index] : NULL;
}

const char *gs_pack_moment_id(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->id : NULL;
}

const char *gs_pack_moment_label(const gs_pack *pack, size_t index, gs_lang lang) {
  const gsi_moment *m = moment_at(pack, index);
  if (m == NULL)
    return NULL;
  return lang == GS_LANG_EN ? m->label_en : m->label_nl;
}

gs_phase gs_pack_moment_phase(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return (gs_phase)(m ? m->phase : 0);
}

gs_setting gs_pack_moment_setting(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return (gs_setting)(m ? m->setting : 0);
}

gs_anchor gs_pack_moment_anchor(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return (gs_anchor)(m ? m->anchor : 0);
}

gs_trigger gs_pack_moment_trigger(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return (gs_trigger)(m ? m->trigger : 0);
}

int gs_pack_moment_open(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->open : 0;
}

int gs_pack_moment_due(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->due : 0;
}

int gs_pack_moment_overdue(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->overdue : 0;
}

int gs_pack_moment_close(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->close : 0;
}

const char *gs_pack_moment_instruments(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->instruments : NULL;
}

int gs_pack_moment_condition(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->condition : 0;
}

const char *gs_pack_moment_bds(const gs_pack *pack, size_t index) {
  const gsi_moment *m = moment_at(pack, index);
  return m ? m->bds_contact : NULL;
}

size_t gs_pack_decision_count(const gs_pack *pack) {
  return pack ? gsi_dmn_table_count(pack->dmn) : 0;
}

const gs_decision *gs_pack_decision_at(const gs_pack *pack, size_t index) {
  if (pack == NULL)
    return NULL;
  return (const gs_decision *)(const void *)gsi_dmn_table_at(pack->dmn, index);
}

gs_status gs_decision_find(const gs_pack *pack, const char *id_or_name, const gs_decision **out) {
  if (pack == NULL || id_or_name == NULL || out == NULL)
    return gsi_einval("gs_decision_find: pack, id_or_name and out must not be NULL");
  const gsi_dmn_table *t = gsi_dmn_find(pack->dmn, id_or_name);
  if (t == NULL)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "pack '%s' has no decision '%s'", pack->id,
                     id_or_name);
  *out = (const gs_decision *)(const void *)t;
  return GS_OK;
}
