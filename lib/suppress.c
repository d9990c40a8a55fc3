/*
 * libgoedestart - small-cell suppression of a publication table
 * (spec/indicators.md "Small-cell suppression"): primary suppression, then
 * complementary suppression over lines (a total and its members) in rounds
 * until nothing changes. Shared by the indicator and the reach tables.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "analytics.h"
#include "internal.h"

gs_status gsi_cells_line(gsi_cells *c, int64_t total, const int64_t *members, size_t n_members) {
  if (total < 0)
    return GS_OK;
  size_t n = 0;
  for (size_t i = 0; i < n_members; i++)
    if (members[i] >= 0)
      n++;
  if (n == 0)
    return GS_OK;
  if (GSI_GROW(c->lines, c->cap, c->len + 2 + n) != GS_OK)
    return GS_ENOMEM;
  c->lines[c->len++] = (uint32_t)total;
  c->lines[c->len++] = (uint32_t)n;
  for (size_t i = 0; i < n_members; i++)
    if (members[i] >= 0)
      c->lines[c->len++] = (uint32_t)members[i];
  c->n_lines++;
  return GS_OK;
}

/* The member of line m (n members) with the smallest shown non-zero value,
 * the first on ties; -1 when there is none. */
static int64_t smallest_shown(const gsi_cells *c, const uint32_t *m, uint32_t n) {
  int64_t pick = -1;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t x = m[i];
    if (!c->suppressed[x] && c->value[x] > 0 && (pick < 0 || c->value[x] < c->value[pick]))
      pick = x;
  }
  return pick;
}

/* Settles one line; returns the number of cells it suppressed. */
static size_t settle_line(gsi_cells *c, const uint32_t *line, int k) {
  uint32_t total = line[0], n = line[1];
  const uint32_t *m = line + 2;
  size_t steps = 0;
  for (;;) {
    uint32_t n_sup = 0;
    int64_t sum = 0;
    for (uint32_t i = 0; i < n; i++)
      if (c->suppressed[m[i]]) {
        n_sup++;
        sum += c->value[m[i]];
      }
    int64_t pick = -1;
    if (!c->suppressed[total]) {
      if (n_sup == 0 || (n_sup > 1 && sum >= k))
        return steps;
      pick = smallest_shown(c, m, n);
      if (pick < 0)
        pick = total;
    } else {
      if (n_sup > 0)
        return steps;
      pick = smallest_shown(c, m, n);
      if (pick < 0)
        return steps;
    }
    c->suppressed[pick] = true;
    steps++;
  }
}

void gsi_cells_settle(gsi_cells *c, int k) {
  for (size_t i = 0; i < c->n; i++)
    if (c->value[i] >= 1 && c->value[i] < k)
      c->suppressed[i] = true;
  for (;;) {
    size_t steps = 0;
    for (size_t at = 0; at < c->len; at += 2 + c->lines[at + 1])
      steps += settle_line(c, c->lines + at, k);
    if (steps == 0)
      return;
  }
}

void gsi_cells_free(gsi_cells *c) {
  gsi_free(c->lines);
  c->lines = NULL;
  c->n_lines = c->len = c->cap = 0;
}
