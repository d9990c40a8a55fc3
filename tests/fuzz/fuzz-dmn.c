/*
 * libgoedestart - fuzz target: the DMN engine (lib/dmn.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Loads the input as a DMN document. A failed load must leave the output
 * untouched and record an error with a message. A successful one is
 * walked through every accessor and every table is evaluated on a few
 * input vectors of the right types (and once with the wrong types), with
 * result buffers of exactly the documented capacity. Invariants: results
 * stay inside their buffers, chosen/matched rules exist, evaluation
 * errors are GS_EEVAL with a message.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dmn.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_eval(const gsi_dmn_table *t, const gsi_value *in) {
  size_t n_rules = gsi_dmn_rule_count(t), n_out = gsi_dmn_output_count(t);
  uint32_t *matched = malloc((n_rules ? n_rules : 1) * sizeof *matched);
  uint32_t *order = malloc((n_rules ? n_rules : 1) * sizeof *order);
  double *agg = malloc((n_out ? n_out : 1) * sizeof *agg);
  if (matched == NULL || order == NULL || agg == NULL)
    abort();
  gsi_dmn_result res;
  memset(&res, 0, sizeof res);
  res.matched = matched;
  res.order = order;
  res.aggregate = agg;
  gs_status st = gsi_dmn_eval(t, in, NULL, &res);
  if (st != GS_OK) {
    if (st != GS_EEVAL || gs_error_message(gs_error_last())[0] == '\0')
      abort();
  } else {
    if (res.n_matched > n_rules || res.n_order > n_rules)
      abort();
    if (res.chosen >= (int32_t)n_rules || res.chosen < -1)
      abort();
    for (size_t k = 0; k < res.n_matched; k++)
      if (matched[k] >= n_rules || (k > 0 && matched[k] <= matched[k - 1]))
        abort();
    for (size_t k = 0; k < res.n_order; k++)
      if (order[k] >= n_rules)
        abort();
    if (res.chosen >= 0)
      for (size_t o = 0; o < n_out; o++)
        if (gsi_dmn_rule_output(t, (size_t)res.chosen, o) == NULL)
          abort();
  }
  free(matched);
  free(order);
  free(agg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gsi_dmn *d = (gsi_dmn *)&d; /* a sentinel: must stay untouched on failure */
  gs_status st = gsi_dmn_load(&d, (const char *)data, size, "fuzz.dmn");
  if (st != GS_OK) {
    if (d != (gsi_dmn *)&d || (st != GS_EPARSE && st != GS_EVERSION && st != GS_ENOMEM))
      abort();
    if (gs_error_code(gs_error_last()) != st || gs_error_message(gs_error_last())[0] == '\0')
      abort();
    return 0;
  }
  static const double numbers[] = { 0, 1, 2, 3, 5, -1, 0.5 };
  static const char *const strings[] = { "high", "", "some", "a" };
  for (size_t i = 0; i < gsi_dmn_table_count(d); i++) {
    const gsi_dmn_table *t = gsi_dmn_table_at(d, i);
    if (gsi_dmn_find(d, gsi_dmn_table_id(t)[0] ? gsi_dmn_table_id(t) : gsi_dmn_table_name(t)) == NULL)
      abort();
    (void)gsi_dmn_table_hit_policy(t);
    (void)gsi_dmn_table_aggregation(t);
    size_t n_in = gsi_dmn_input_count(t);
    for (size_t r = 0; r < gsi_dmn_rule_count(t); r++) {
      if (gsi_dmn_rule_id(t, r) == NULL)
        abort();
      (void)gsi_dmn_rule_text(t, r, GS_LANG_NL);
      (void)gsi_dmn_rule_text(t, r, GS_LANG_EN);
      (void)gsi_dmn_rule_is_catch_all(t, r);
    }
    gsi_value *in = calloc(n_in ? n_in : 1, sizeof *in);
    if (in == NULL)
      abort();
    for (int round = 0; round < 8; round++) {
      for (size_t k = 0; k < n_in; k++) {
        gsi_vtype ty = gsi_dmn_input_type(t, k);
        if (gsi_dmn_input_name(t, k) == NULL)
          abort();
        memset(&in[k], 0, sizeof in[k]);
        if (round == 7) /* a null, then the wrong types */
          ty = (gsi_vtype)((ty + k) % 4);
        in[k].type = (uint8_t)ty;
        gsi_dec_from_double(numbers[(size_t)round % GSI_ARRAY_LEN(numbers)], &in[k].num);
        in[k].str = strings[(k + (size_t)round) % GSI_ARRAY_LEN(strings)];
        in[k].b = (round + (int)k) % 2 == 0;
      }
      check_eval(t, in);
    }
    free(in);
  }
  gsi_dmn_free(d);
  return 0;
}
