/*
 * libgoedestart - internal growable byte buffer for writers.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Append calls never fail individually: the first allocation failure marks
 * the buffer (oom) and later appends do nothing; gsi_buf_status() reports it
 * once at the end. This keeps writers short and OOM-safe.
 */
#ifndef GSI_BUF_H
#define GSI_BUF_H

#include "internal.h"

typedef struct gsi_buf {
  char *data;
  size_t len;
  size_t cap;
  bool oom;
} gsi_buf;

#define GSI_BUF_INIT { NULL, 0, 0, false }

void gsi_buf_init(gsi_buf *b);
void gsi_buf_free(gsi_buf *b);
void gsi_buf_reset(gsi_buf *b);            /* len = 0, keeps the memory */
void gsi_buf_append(gsi_buf *b, const char *s, size_t n);
void gsi_buf_puts(gsi_buf *b, const char *s);
void gsi_buf_putc(gsi_buf *b, char c);
void gsi_buf_int(gsi_buf *b, long v);
void gsi_buf_date(gsi_buf *b, gs_date d);  /* YYYY-MM-DD */
void gsi_buf_indent(gsi_buf *b, int level);  /* two spaces per level */
/* XML: text with & < > escaped; attribute values also escape " and
 * whitespace characters other than space (&#9; &#10; &#13;) so they
 * round-trip through attribute normalisation. */
void gsi_buf_xml_text(gsi_buf *b, const char *s);
void gsi_buf_xml_attr(gsi_buf *b, const char *name, const char *value); /* ` name="value"` */
void gsi_buf_xml_attr_int(gsi_buf *b, const char *name, long value);
void gsi_buf_xml_attr_date(gsi_buf *b, const char *name, gs_date value);
/* CSV field (RFC 4180): quoted when it holds , " CR or LF. */
void gsi_buf_csv_field(gsi_buf *b, const char *s);
/* GS_OK, or GS_ENOMEM (error set) when an append failed. */
gs_status gsi_buf_status(const gsi_buf *b);
/* Hands the NUL-terminated content to the caller (gs_free) and resets b. */
gs_status gsi_buf_take(gsi_buf *b, char **out, size_t *len);

#endif
