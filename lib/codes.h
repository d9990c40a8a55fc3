/*
 * libgoedestart - internal: code tables (codes.c) used by loaders and the
 * assessment. No allocation, no errors set.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_CODES_H
#define GSI_CODES_H

#include "goedestart/gs-codes.h"
#include "internal.h"

/* Token of a code, NULL when the code is not valid for the kind. */
const char *gsi_code_token(gs_kind kind, int code);
/* Code of a token, -1 when unknown. */
int gsi_code_parse(gs_kind kind, const char *token);
/* Label, NULL when the code is not valid. */
const char *gsi_code_label(gs_kind kind, int code, gs_lang lang);

/* Topic tables (model.md "Topics", decisions.md "Needs"). */
#define GSI_TOPIC_N 27
uint8_t gsi_topic_domain(uint8_t topic);          /* gs_dmop_domain */
bool gsi_topic_is_safety(uint8_t topic);
uint8_t gsi_dmop_domain_topic(uint8_t domain);    /* parent-competence -> parenting ... */
uint8_t gsi_giz_area_topic(uint8_t area);
uint8_t gsi_zrm_domain_topic(uint8_t domain);

/* Writes s into buf as a quoted value for an error message: 'value', cut
 * to 40 bytes with "..." at a UTF-8 boundary; "(unprintable)" when s is
 * not valid UTF-8 or holds control characters; "(none)" for NULL. */
void gsi_quote(const char *s, char *buf, size_t size);

/* The eleven Goede Start municipalities (model.md). */
typedef struct gsi_known_municipality {
  int code;                     /* nnnn */
  const char *name;
  uint8_t province;             /* GS_KIND_PROVINCE code */
} gsi_known_municipality;
const gsi_known_municipality *gsi_known_municipality_find(int code);
size_t gsi_known_municipality_count(void);
const gsi_known_municipality *gsi_known_municipality_at(size_t i);

#endif
