/*
 * libgoedestart - care-gap analysis, "witte vlekken" (spec/care-paths.md
 * "Care-gap analysis").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * For each municipality, topic, phase and level 2-5 the matrix counts the
 * offers that would route there: offers at exactly that level serving the
 * topic in that phase, whose scope covers the municipality (the routing
 * rules of routing.c) and that are valid on the analysis date. Age ranges
 * are left aside: an offer for the 0-18 months counts in phase child-0-4.
 * A gap is a cell at level 3-5 with no offer at its level and none at the
 * next level up; level 5 has no level above it, so a level-5 cell is a gap
 * when it has no offer. Levels 1 and 2 (own strength, the network) are not
 * services and never gaps (spec v5, D-1); level 2 is still counted. With GS_GAPS_APPLICABLE_ONLY only the topic-phase pairs where the
 * topic applies (gsi_topic_applies) are listed and written.
 */
#include <string.h>

#include "buf.h"
#include "catalog.h"
#include "codes.h"
#include "goedestart/gs-catalog.h"

#define GAPS_NS "urn:goedestart:gaps:1"
#define N_PHASES 6
#define N_LEVELS 3 /* levels 3-5: the matrix of care-paths.md (spec v5, D-1) */

typedef struct gaps_muni {
  char code[7];
  const char *name;             /* NULL when unknown */
  uint8_t province;             /* 0 when unknown */
} gaps_muni;

typedef struct gaps_gap {
  uint32_t municipality;        /* index into munis */
  uint8_t topic, phase, level;
} gaps_gap;

struct gs_gaps {
  const char *catalog_id;
  const char *catalog_version;
  gs_date on;
  uint32_t flags;
  gaps_muni *munis;
  size_t n_munis;
  uint32_t *counts;             /* [muni][topic-1][phase-1][level-3] */
  gaps_gap *gaps;
  size_t n_gaps;
  gsi_arena arena;
};

static size_t cell_index(size_t m, int topic, int phase, int level) {
  return ((m * GSI_TOPIC_N + (size_t)(topic - 1)) * N_PHASES + (size_t)(phase - 1)) * N_LEVELS +
         (size_t)(level - 3);
}

/* The applicability table (care-paths.md "Where a topic applies"),
 * as phase bit sets per topic; every topic not listed applies in 1-6. */
#define PH(p) (1u << (p))
#define ALL_PHASES (PH(1) | PH(2) | PH(3) | PH(4) | PH(5) | PH(6))

static uint32_t topic_phases(uint8_t topic) {
  switch (topic) {
  case GS_TOPIC_PREGNANCY_HEALTH:
  case GS_TOPIC_LATE_PRENATAL_CARE:
  case GS_TOPIC_FEELINGS_PREGNANCY:
    return PH(3);
  case GS_TOPIC_CONTRACEPTION:
    return PH(1) | PH(2) | PH(3);
  case GS_TOPIC_CHILD_DEVELOPMENT:
  case GS_TOPIC_CHILD_MENTAL_HEALTH:
    return PH(4) | PH(5) | PH(6);
  case GS_TOPIC_SCHOOL_ABSENCE:
  case GS_TOPIC_BULLYING:
  case GS_TOPIC_YOUNG_CARER:
    return PH(5) | PH(6);
  case GS_TOPIC_SEXUAL_HEALTH:
  case GS_TOPIC_YOUTH_SUBSTANCE_USE:
    return PH(6);
  case GS_TOPIC_PARENTING:
  case GS_TOPIC_CHILD_SAFETY:
    return PH(3) | PH(4) | PH(5) | PH(6);
  default:
    return topic >= 1 && topic <= GSI_TOPIC_N ? ALL_PHASES : 0;
  }
}

bool gsi_topic_applies(uint8_t topic, uint8_t phase) {
  return phase >= 1 && phase <= N_PHASES && (topic_phases(topic) & PH(phase)) != 0;
}

GS_EXPORT int gs_topic_applies(int topic, int phase) {
  if (topic < 1 || topic > GSI_TOPIC_N || phase < 1 || phase > N_PHASES)
    return 0;
  return gsi_topic_applies((uint8_t)topic, (uint8_t)phase) ? 1 : 0;
}

static bool listed(const gs_gaps *g, int topic, int phase) {
  return !(g->flags & GS_GAPS_APPLICABLE_ONLY) ||
         gsi_topic_applies((uint8_t)topic, (uint8_t)phase);
}

static void gaps_destroy(gs_gaps *g) {
  if (g == NULL)
    return;
  gsi_free(g->munis);
  gsi_free(g->counts);
  gsi_free(g->gaps);
  gsi_arena_free(&g->arena);
  gsi_free(g);
}

static void count_municipality(const gs_catalog *c, gs_gaps *g, size_t m) {
  int code = gsi_municipality_parse(g->munis[m].code);
  bool declared = gsi_catalog_municipality(c, code) != NULL;
  uint8_t province = g->munis[m].province;
  for (size_t i = 0; i < c->n_offers; i++) {
    const gsi_offer *o = &c->offers[i];
    if (o->level < 3 || !gsi_offer_valid_on(o, g->on) ||
        !gsi_offer_covers(o, code, province, declared))
      continue;
    for (int t = 1; t <= GSI_TOPIC_N; t++) {
      if (!(o->topics & (1u << t)))
        continue;
      for (int p = 1; p <= N_PHASES; p++)
        if (o->phases & (1u << p))
          g->counts[cell_index(m, t, p, o->level)]++;
    }
  }
}

/* Visits every gap cell in output order; returns how many there are. */
static size_t collect_gaps(gs_gaps *g, gaps_gap *out) {
  size_t n = 0;
  for (size_t m = 0; m < g->n_munis; m++)
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      for (int p = 1; p <= N_PHASES; p++) {
        if (!listed(g, t, p))
          continue;
        for (int l = 3; l <= 5; l++) {
          uint32_t here = g->counts[cell_index(m, t, p, l)];
          uint32_t above = l < 5 ? g->counts[cell_index(m, t, p, l + 1)] : 0;
          if (here != 0 || above != 0)
            continue;
          if (out != NULL) {
            out[n].municipality = (uint32_t)m;
            out[n].topic = (uint8_t)t;
            out[n].phase = (uint8_t)p;
            out[n].level = (uint8_t)l;
          }
          n++;
        }
      }
  return n;
}

static gs_status set_municipality(const gs_catalog *c, gs_gaps *g, gaps_muni *gm, int code) {
  gsi_municipality_format(code, gm->code);
  const gsi_cat_municipality *m = gsi_catalog_municipality(c, code);
  const char *name = NULL;
  if (m != NULL) {
    name = m->name;
  } else {
    const gsi_known_municipality *k = gsi_known_municipality_find(code);
    if (k != NULL)
      name = k->name;
  }
  gm->province = gsi_catalog_province(c, code);
  if (name != NULL && (gm->name = gsi_arena_strdup(&g->arena, name)) == NULL)
    return gsi_oom();
  return GS_OK;
}

static gs_status compute(gs_gaps *g, const gs_catalog *c, int code) {
  g->n_munis = code >= 0 ? 1 : c->n_municipalities;
  size_t n = g->n_munis;
  g->munis = gsi_calloc(n ? n : 1, sizeof *g->munis);
  if (g->munis == NULL)
    return gsi_oom();
  if (n > SIZE_MAX / (GSI_TOPIC_N * N_PHASES * N_LEVELS * sizeof(uint32_t)))
    return gsi_einval("gs_gaps_compute: too many municipalities");
  g->counts = gsi_calloc(n ? n * GSI_TOPIC_N * N_PHASES * N_LEVELS : 1, sizeof *g->counts);
  if (g->counts == NULL)
    return gsi_oom();
  if ((g->catalog_id = gsi_arena_strdup(&g->arena, c->id)) == NULL ||
      (g->catalog_version = gsi_arena_strdup(&g->arena, c->version)) == NULL)
    return gsi_oom();
  for (size_t m = 0; m < n; m++) {
    int mc = code >= 0 ? code : c->municipalities[m].code;
    gs_status st = set_municipality(c, g, &g->munis[m], mc);
    if (st != GS_OK)
      return st;
    count_municipality(c, g, m);
  }
  g->n_gaps = collect_gaps(g, NULL);
  g->gaps = gsi_calloc(g->n_gaps ? g->n_gaps : 1, sizeof *g->gaps);
  if (g->gaps == NULL)
    return gsi_oom();
  collect_gaps(g, g->gaps);
  return GS_OK;
}

GS_EXPORT gs_status gs_gaps_compute(gs_gaps **out, const gs_catalog *catalog,
                                    const char *municipality, gs_date on, uint32_t flags) {
  const char *fn = "gs_gaps_compute";
  if (out == NULL || catalog == NULL)
    return gsi_einval("%s: out and catalog are required", fn);
  int code = -1;
  if (municipality != NULL && (code = gsi_municipality_parse(municipality)) < 0)
    return gsi_einval("%s: '%s' is not a municipality code GMnnnn", fn, municipality);
  if (on == GS_DATE_NONE)
    on = catalog->valid_from;
  if (!gs_date_valid(on))
    return gsi_einval("%s: the date is out of range", fn);
  if ((flags & ~(uint32_t)GS_GAPS_APPLICABLE_ONLY) != 0)
    return gsi_einval("%s: unknown flags 0x%lx", fn, (unsigned long)flags);
  gs_gaps *g = gsi_calloc(1, sizeof *g);
  if (g == NULL)
    return gsi_oom();
  gsi_arena_init(&g->arena);
  g->on = on;
  g->flags = flags;
  gs_status st = compute(g, catalog, code);
  if (st != GS_OK) {
    gaps_destroy(g);
    return st;
  }
  *out = g;
  return GS_OK;
}

GS_EXPORT void gs_gaps_free(gs_gaps *gaps) {
  gaps_destroy(gaps);
}

GS_EXPORT gs_date gs_gaps_on(const gs_gaps *gaps) {
  return gaps != NULL ? gaps->on : GS_DATE_NONE;
}

GS_EXPORT uint32_t gs_gaps_flags(const gs_gaps *gaps) {
  return gaps != NULL ? gaps->flags : 0;
}

GS_EXPORT size_t gs_gaps_municipality_count(const gs_gaps *gaps) {
  return gaps != NULL ? gaps->n_munis : 0;
}

GS_EXPORT const char *gs_gaps_municipality_code(const gs_gaps *gaps, size_t index) {
  return gaps != NULL && index < gaps->n_munis ? gaps->munis[index].code : NULL;
}

GS_EXPORT const char *gs_gaps_municipality_name(const gs_gaps *gaps, size_t index) {
  return gaps != NULL && index < gaps->n_munis ? gaps->munis[index].name : NULL;
}

GS_EXPORT int gs_gaps_municipality_province(const gs_gaps *gaps, size_t index) {
  return gaps != NULL && index < gaps->n_munis ? gaps->munis[index].province : 0;
}

GS_EXPORT int gs_gaps_cell(const gs_gaps *gaps, size_t municipality, int topic, int phase,
                           int level) {
  if (gaps == NULL || municipality >= gaps->n_munis || topic < 1 || topic > GSI_TOPIC_N ||
      phase < 1 || phase > N_PHASES || level < 3 || level > 5)
    return -1;
  return (int)gaps->counts[cell_index(municipality, topic, phase, level)];
}

GS_EXPORT size_t gs_gaps_count(const gs_gaps *gaps) {
  return gaps != NULL ? gaps->n_gaps : 0;
}

GS_EXPORT gs_status gs_gaps_gap(const gs_gaps *gaps, size_t index, size_t *municipality,
                                int *topic, int *phase, int *level) {
  if (gaps == NULL || index >= gaps->n_gaps)
    return gsi_einval("gs_gaps_gap: index %zu is out of range", index);
  const gaps_gap *x = &gaps->gaps[index];
  if (municipality != NULL)
    *municipality = x->municipality;
  if (topic != NULL)
    *topic = x->topic;
  if (phase != NULL)
    *phase = x->phase;
  if (level != NULL)
    *level = x->level;
  return GS_OK;
}

/* ---- writers ------------------------------------------------------------- */

static size_t muni_gap_count(const gs_gaps *g, size_t m) {
  size_t n = 0;
  for (size_t i = 0; i < g->n_gaps; i++)
    if (g->gaps[i].municipality == m)
      n++;
  return n;
}

GS_EXPORT gs_status gs_gaps_write_xml(const gs_gaps *gaps, char **out, size_t *len) {
  if (gaps == NULL || out == NULL)
    return gsi_einval("gs_gaps_write_xml: gaps and out are required");
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<care-gaps xmlns=\"" GAPS_NS "\"");
  gsi_buf_xml_attr(&b, "catalog", gaps->catalog_id);
  gsi_buf_xml_attr(&b, "catalog-version", gaps->catalog_version);
  gsi_buf_xml_attr_date(&b, "on", gaps->on);
  if (gaps->flags & GS_GAPS_APPLICABLE_ONLY)
    gsi_buf_xml_attr(&b, "applicable-only", "true");
  gsi_buf_puts(&b, ">\n");
  size_t gi = 0;
  for (size_t m = 0; m < gaps->n_munis; m++) {
    const gaps_muni *gm = &gaps->munis[m];
    gsi_buf_indent(&b, 1);
    gsi_buf_puts(&b, "<municipality");
    gsi_buf_xml_attr(&b, "code", gm->code);
    if (gm->name != NULL)
      gsi_buf_xml_attr(&b, "name", gm->name);
    if (gm->province != 0)
      gsi_buf_xml_attr(&b, "province", gsi_code_token(GS_KIND_PROVINCE, gm->province));
    gsi_buf_xml_attr_int(&b, "gaps", (long)muni_gap_count(gaps, m));
    gsi_buf_puts(&b, ">\n");
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      for (int p = 1; p <= N_PHASES; p++) {
        if (!listed(gaps, t, p))
          continue;
        gsi_buf_indent(&b, 2);
        gsi_buf_puts(&b, "<cell");
        gsi_buf_xml_attr(&b, "topic", gsi_code_token(GS_KIND_TOPIC, t));
        gsi_buf_xml_attr(&b, "phase", gsi_code_token(GS_KIND_PHASE, p));
        static const char *const names[N_LEVELS] = { "level-3", "level-4", "level-5" };
        for (int l = 3; l <= 5; l++)
          gsi_buf_xml_attr_int(&b, names[l - 3], (long)gaps->counts[cell_index(m, t, p, l)]);
        gsi_buf_puts(&b, "/>\n");
      }
    for (; gi < gaps->n_gaps && gaps->gaps[gi].municipality == m; gi++) {
      const gaps_gap *x = &gaps->gaps[gi];
      gsi_buf_indent(&b, 2);
      gsi_buf_puts(&b, "<gap");
      gsi_buf_xml_attr(&b, "topic", gsi_code_token(GS_KIND_TOPIC, x->topic));
      gsi_buf_xml_attr(&b, "phase", gsi_code_token(GS_KIND_PHASE, x->phase));
      gsi_buf_xml_attr_int(&b, "level", x->level);
      gsi_buf_puts(&b, "/>\n");
    }
    gsi_buf_indent(&b, 1);
    gsi_buf_puts(&b, "</municipality>\n");
  }
  gsi_buf_puts(&b, "</care-gaps>\n");
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_gaps_write_csv(const gs_gaps *gaps, char **out, size_t *len) {
  if (gaps == NULL || out == NULL)
    return gsi_einval("gs_gaps_write_csv: gaps and out are required");
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "municipality,name,province,topic,phase,level,offers,gap\r\n");
  for (size_t m = 0; m < gaps->n_munis; m++) {
    const gaps_muni *gm = &gaps->munis[m];
    const char *prov = gm->province != 0 ? gsi_code_token(GS_KIND_PROVINCE, gm->province) : "";
    for (int t = 1; t <= GSI_TOPIC_N; t++)
      for (int p = 1; p <= N_PHASES; p++) {
        if (!listed(gaps, t, p))
          continue;
        for (int l = 3; l <= 5; l++) {
          uint32_t here = gaps->counts[cell_index(m, t, p, l)];
          uint32_t above = l < 5 ? gaps->counts[cell_index(m, t, p, l + 1)] : 0;
          gsi_buf_csv_field(&b, gm->code);
          gsi_buf_putc(&b, ',');
          gsi_buf_csv_field(&b, gm->name != NULL ? gm->name : "");
          gsi_buf_putc(&b, ',');
          gsi_buf_csv_field(&b, prov);
          gsi_buf_putc(&b, ',');
          gsi_buf_csv_field(&b, gsi_code_token(GS_KIND_TOPIC, t));
          gsi_buf_putc(&b, ',');
          gsi_buf_csv_field(&b, gsi_code_token(GS_KIND_PHASE, p));
          gsi_buf_putc(&b, ',');
          gsi_buf_int(&b, l);
          gsi_buf_putc(&b, ',');
          gsi_buf_int(&b, (long)here);
          gsi_buf_puts(&b, here == 0 && above == 0 ? ",1\r\n" : ",0\r\n");
        }
      }
  }
  return gsi_buf_take(&b, out, len);
}
