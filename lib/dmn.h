/*
 * libgoedestart - internal: compiled DMN decision tables (decisions.md,
 * "The DMN subset"). dmn.c parses a DMN 1.2-1.5 document into immutable
 * flat arrays; evaluation parses nothing and allocates nothing.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_DMN_H
#define GSI_DMN_H

#include "internal.h"
#include "dmn-dec.h"

typedef enum gsi_vtype {
  GSI_V_NULL = 0,
  GSI_V_NUMBER = 1,
  GSI_V_STRING = 2,
  GSI_V_BOOL = 3
} gsi_vtype;

/* A value handed to or produced by a table. Strings are borrowed. */
typedef struct gsi_value {
  uint8_t type;                 /* gsi_vtype */
  bool b;
  const char *str;
  gsi_dec num;                  /* FEEL numbers are decimals */
} gsi_value;

static inline void gsi_value_set_int(gsi_value *v, int64_t n) {
  v->type = GSI_V_NUMBER;
  v->num = gsi_dec_int(n);
}

typedef enum gsi_hit_policy {
  GSI_HIT_UNIQUE = 1,
  GSI_HIT_FIRST,
  GSI_HIT_PRIORITY,
  GSI_HIT_ANY,
  GSI_HIT_RULE_ORDER,
  GSI_HIT_OUTPUT_ORDER,
  GSI_HIT_COLLECT
} gsi_hit_policy;

typedef enum gsi_aggregation {
  GSI_AGG_NONE = 0,
  GSI_AGG_SUM,
  GSI_AGG_COUNT,
  GSI_AGG_MIN,
  GSI_AGG_MAX
} gsi_aggregation;

typedef struct gsi_dmn gsi_dmn;             /* a compiled DMN document */
typedef struct gsi_dmn_table gsi_dmn_table; /* one compiled decision table */

/* Parses and compiles a DMN document held in memory. name is used in
 * errors (file name). Anything outside the subset is GS_EPARSE at the
 * element's line and column. */
gs_status gsi_dmn_load(gsi_dmn **out, const char *data, size_t len, const char *name);
void gsi_dmn_free(gsi_dmn *d);

size_t gsi_dmn_table_count(const gsi_dmn *d);
const gsi_dmn_table *gsi_dmn_table_at(const gsi_dmn *d, size_t i);   /* document order */
/* By decision id, else by decision name; NULL when absent. */
const gsi_dmn_table *gsi_dmn_find(const gsi_dmn *d, const char *id_or_name);

const char *gsi_dmn_table_id(const gsi_dmn_table *t);
const char *gsi_dmn_table_name(const gsi_dmn_table *t);
gsi_hit_policy gsi_dmn_table_hit_policy(const gsi_dmn_table *t);
gsi_aggregation gsi_dmn_table_aggregation(const gsi_dmn_table *t);
/* Position of the decision element (for pack-level errors about it). */
void gsi_dmn_table_pos(const gsi_dmn_table *t, int *line, int *col);

size_t gsi_dmn_input_count(const gsi_dmn_table *t);
const char *gsi_dmn_input_name(const gsi_dmn_table *t, size_t i);   /* inputExpression text */
/* True when s is a FEEL name rather than an expression ("Applicant Age",
 * "e-mail", "Loan.amount"). */
bool gsi_dmn_plain_name(const char *s);
gsi_vtype gsi_dmn_input_type(const gsi_dmn_table *t, size_t i);      /* typeRef */
void gsi_dmn_input_pos(const gsi_dmn_table *t, size_t i, int *line, int *col);

size_t gsi_dmn_output_count(const gsi_dmn_table *t);
const char *gsi_dmn_output_name(const gsi_dmn_table *t, size_t o);
gsi_vtype gsi_dmn_output_type(const gsi_dmn_table *t, size_t o);

size_t gsi_dmn_rule_count(const gsi_dmn_table *t);
const char *gsi_dmn_rule_id(const gsi_dmn_table *t, size_t r);      /* "" when the rule has none */
/* Reason text: GS_LANG_NL / EN from the annotation columns `nl` / `en`;
 * EN falls back to the rule's description. NULL when none. */
const char *gsi_dmn_rule_text(const gsi_dmn_table *t, size_t r, gs_lang lang);
/* The rule's output literal for output o. */
const gsi_value *gsi_dmn_rule_output(const gsi_dmn_table *t, size_t r, size_t o);
/* True when every input entry of the rule is `-` (a catch-all rule). */
bool gsi_dmn_rule_is_catch_all(const gsi_dmn_table *t, size_t r);
void gsi_dmn_rule_pos(const gsi_dmn_table *t, size_t r, int *line, int *col);

/*
 * Result of one evaluation, in caller-owned storage (no allocation):
 *  - matched: the indices of the matching rules in table order
 *    (for FIRST only the first match); capacity >= rule count;
 *  - chosen: for UNIQUE/FIRST/PRIORITY/ANY the rule whose outputs are the
 *    result, or -1 for no match; -1 for multi-hit policies;
 *  - order: for RULE ORDER / OUTPUT ORDER / COLLECT without aggregation,
 *    the matched rules in result order (OUTPUT ORDER sorts by output value
 *    priority); capacity >= rule count;
 *  - aggregate: for COLLECT with an aggregation (a single output, as DMN
 *    has it), the number as a double in aggregate[0] (capacity >= 1;
 *    gsi_dmn_eval_aggregate gives it exactly); COUNT counts matches,
 *    SUM/MIN/MAX over the outputs; `has_aggregate` false when nothing
 *    matched (MIN/MAX/SUM give null) - COUNT of nothing is 0.
 */
typedef struct gsi_dmn_result {
  uint32_t *matched;
  size_t n_matched;
  int32_t chosen;
  uint32_t *order;
  size_t n_order;
  double *aggregate;
  bool has_aggregate;
} gsi_dmn_result;

/*
 * Evaluates t. Input i of the table is inputs[map ? map[i] : i].
 * Returns GS_OK (also for "no match": chosen -1, n_matched 0), or GS_EEVAL
 * with a message naming the table and the rule ids (UNIQUE with two
 * matches, ANY with different outputs, an input outside its inputValues,
 * an input of the wrong type). Thread-safe: t is read-only.
 */
gs_status gsi_dmn_eval(const gsi_dmn_table *t, const gsi_value *inputs, const uint16_t *map,
                       gsi_dmn_result *res);

/* The exact aggregate of a COLLECT table after gsi_dmn_eval: false when it
 * is null (nothing matched for SUM/MIN/MAX, or the table does not
 * aggregate). */
bool gsi_dmn_eval_aggregate(const gsi_dmn_table *t, const gsi_dmn_result *res, gsi_dec *out);



#endif /* GSI_DMN_H */
