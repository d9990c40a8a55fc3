/*
 * libgoedestart - fuzz target: pack loading (lib/pack.c) on top of the DMN
 * engine.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * An input holding the line "--DMN--" is a pack document followed by its
 * decisions document. Any other input is tried twice: as the pack document
 * with the default decisions, and as the decisions document of the default
 * pack. Invariants: a failed load leaves the output untouched and records
 * an error with a message; a loaded pack answers every accessor and its
 * three library tables map onto facts and codes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pack.h"
#include "xml-util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void try_load(const char *x, size_t xl, const char *d, size_t dl) {
  gs_pack *p = (gs_pack *)&p;
  gs_status st = gs_pack_load_memory(&p, x, xl, d, dl, "fuzz.xml");
  if (st != GS_OK) {
    if (p != (gs_pack *)&p || st == GS_OK || gs_error_code(gs_error_last()) != st ||
        gs_error_message(gs_error_last())[0] == '\0')
      abort();
    return;
  }
  if (gs_pack_id(p) == NULL || gs_pack_title(p, GS_LANG_NL) == NULL ||
      gs_pack_title(p, GS_LANG_EN) == NULL)
    abort();
  for (size_t i = 0; i < gs_pack_moment_count(p); i++) {
    const char *id = gs_pack_moment_id(p, i);
    size_t idx;
    if (id == NULL || gs_pack_moment_find(p, id, &idx) != GS_OK || idx != i)
      abort();
    if (gs_pack_moment_open(p, i) > gs_pack_moment_due(p, i) ||
        gs_pack_moment_due(p, i) > gs_pack_moment_overdue(p, i) ||
        gs_pack_moment_overdue(p, i) > gs_pack_moment_close(p, i))
      abort();
    if (gs_pack_moment_label(p, i, GS_LANG_EN) == NULL || gs_pack_moment_instruments(p, i) == NULL)
      abort();
  }
  const gsi_pack_table *tabs[3] = { &p->care_need, &p->start_level, &p->level_review };
  for (int k = 0; k < 3; k++) {
    const gsi_dmn_table *t = tabs[k]->table;
    for (size_t i = 0; i < gsi_dmn_input_count(t); i++)
      if (tabs[k]->map[i] >= GSI_FACT_N)
        abort();
    for (size_t r = 0; r < gsi_dmn_rule_count(t); r++)
      if (tabs[k]->out[r] == 0 || tabs[k]->out[r] > 5)
        abort();
    if (gsi_dmn_rule_count(t) > p->max_rules)
      abort();
  }
  for (size_t i = 0; i < gs_pack_param_count(); i++) {
    int v;
    if (gs_pack_param(p, gs_pack_param_name(i), &v) != GS_OK)
      abort();
  }
  gs_pack_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char sep[] = "\n--DMN--\n";
  const char *in = (const char *)data;
  const char *hit = NULL;
  for (size_t i = 0; i + sizeof sep - 1 <= size; i++)
    if (memcmp(in + i, sep, sizeof sep - 1) == 0) {
      hit = in + i;
      break;
    }
  if (hit != NULL) {
    size_t xl = (size_t)(hit - in);
    try_load(in, xl, hit + sizeof sep - 1, size - xl - (sizeof sep - 1));
    return 0;
  }
  const gsi_embedded *x = gsi_embedded_find("packs/gs-default.xml");
  const gsi_embedded *d = gsi_embedded_find("packs/gs-default.dmn");
  if (x == NULL || d == NULL)
    abort();
  try_load(in, size, (const char *)d->data, d->len);
  try_load((const char *)x->data, x->len, in, size);
  return 0;
}
