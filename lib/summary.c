/*
 * libgoedestart - one compact row per family over a population.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "goedestart/gs-summary.h"
#include "assess.h"
#include "buf.h"

#define N_COLUMNS 6

struct gs_summary {
  int32_t *col[N_COLUMNS];      /* GS_SUMMARY_OUTCOME.. at index column - 1 */
  size_t rows, cap;
  gsi_buf ids;                  /* "id\0id\0..." */
  size_t *id_off;               /* row -> offset into ids */
  char (*municipality)[7];
};

static void summary_free(gs_summary *s) {
  for (int c = 0; c < N_COLUMNS; c++)
    gsi_free(s->col[c]);
  gsi_free(s->id_off);
  gsi_free(s->municipality);
  gsi_buf_free(&s->ids);
  gsi_free(s);
}

GS_EXPORT void gs_summary_free(gs_summary *s) {
  if (s != NULL)
    summary_free(s);
}

/* Every column array holds `cap` rows; all grow together. */
static gs_status grow(gs_summary *s) {
  if (s->rows < s->cap)
    return GS_OK;
  size_t cap = s->cap ? 2 * s->cap : 1024;
  for (int c = 0; c < N_COLUMNS; c++) {
    int32_t *col = gsi_realloc(s->col[c], cap * sizeof *col);
    if (col == NULL)
      return gsi_oom();
    s->col[c] = col;
  }
  size_t *off = gsi_realloc(s->id_off, cap * sizeof *off);
  if (off == NULL)
    return gsi_oom();
  s->id_off = off;
  char(*mun)[7] = gsi_realloc(s->municipality, cap * sizeof *mun);
  if (mun == NULL)
    return gsi_oom();
  s->municipality = mun;
  s->cap = cap;
  return GS_OK;
}

/* A gs_assess_callback: appends the assessment's row. */
typedef struct row_ctx {
  gs_summary *s;
  gs_status status;
} row_ctx;

static int add_row(void *user, size_t index, const gs_assessment *a) {
  row_ctx *rc = user;
  gs_summary *s = rc->s;
  const gs_family *f = a->family;
  if ((rc->status = grow(s)) != GS_OK)
    return 1;
  size_t off = s->ids.len;
  gsi_buf_append(&s->ids, f->id, strlen(f->id) + 1);
  if ((rc->status = gsi_buf_status(&s->ids)) != GS_OK)
    return 1;
  int32_t max_level = 0, overdue = 0;
  for (size_t i = 0; i < a->n_needs; i++)
    if (a->needs[i].level > max_level)
      max_level = a->needs[i].level;
  for (size_t i = 0; i < a->n_listed; i++)
    if (a->instances[a->listed[i]].status == GS_MOMENT_OVERDUE)
      overdue++;
  size_t r = s->rows++;
  s->col[GS_SUMMARY_OUTCOME - 1][r] = a->care_need;
  s->col[GS_SUMMARY_NEEDS - 1][r] = (int32_t)a->n_needs;
  s->col[GS_SUMMARY_MAX_LEVEL - 1][r] = max_level;
  s->col[GS_SUMMARY_OVERDUE - 1][r] = overdue;
  s->col[GS_SUMMARY_MUNICIPALITY - 1][r] = f->municipality;
  s->col[GS_SUMMARY_IN_PROGRAMME - 1][r] = a->n_phases > 0;
  s->id_off[r] = off;
  memcpy(s->municipality[r], f->municipality_code, 7);
  return 0;
}

/* The loop is gs_assess_many() or gs_assess_file(); this only keeps rows. */
static gs_status finish(gs_summary *s, gs_status st, const row_ctx *rc, gs_summary **out) {
  if (st == GS_OK)
    st = rc->status;
  if (st != GS_OK) {
    summary_free(s);
    return st;
  }
  *out = s;
  return GS_OK;
}

static gs_summary *summary_new(void) {
  gs_summary *s = gsi_calloc(1, sizeof *s);
  if (s != NULL)
    gsi_buf_init(&s->ids);
  return s;
}

GS_EXPORT gs_status gs_summary_from_families(gs_summary **out, const gs_family *const *families,
                                             size_t count, gs_date as_of, const gs_pack *pack,
                                             const gs_catalog *catalog) {
  if (out == NULL || (families == NULL && count > 0))
    return gsi_einval("gs_summary_from_families: out and families are required");
  gs_summary *s = summary_new();
  if (s == NULL)
    return gsi_oom();
  row_ctx rc = { s, GS_OK };
  gs_status st = gs_assess_many(families, count, as_of, pack, catalog, add_row, &rc);
  return finish(s, st, &rc, out);
}

GS_EXPORT gs_status gs_summary_from_file(gs_summary **out, const char *dossier_path, gs_date as_of,
                                         const gs_pack *pack, const gs_catalog *catalog) {
  if (out == NULL || dossier_path == NULL)
    return gsi_einval("gs_summary_from_file: out and a path are required");
  gs_summary *s = summary_new();
  if (s == NULL)
    return gsi_oom();
  row_ctx rc = { s, GS_OK };
  gs_status st = gs_assess_file(dossier_path, as_of, pack, catalog, add_row, &rc);
  return finish(s, st, &rc, out);
}

GS_EXPORT size_t gs_summary_rows(const gs_summary *s) {
  return s ? s->rows : 0;
}

GS_EXPORT const int32_t *gs_summary_column_data(const gs_summary *s, gs_summary_column column) {
  if (s == NULL || column < GS_SUMMARY_OUTCOME || column > GS_SUMMARY_IN_PROGRAMME)
    return NULL;
  static const int32_t empty[1] = { 0 };
  return s->col[column - 1] ? s->col[column - 1] : empty;
}

GS_EXPORT const char *gs_summary_family_id(const gs_summary *s, size_t row) {
  return s && row < s->rows ? s->ids.data + s->id_off[row] : NULL;
}

GS_EXPORT const char *gs_summary_municipality(const gs_summary *s, size_t row) {
  return s && row < s->rows ? s->municipality[row] : NULL;
}

GS_EXPORT const char *gs_summary_ids(const gs_summary *s, size_t *len) {
  if (len)
    *len = s ? s->ids.len : 0;
  return s && s->ids.data ? s->ids.data : "";
}
