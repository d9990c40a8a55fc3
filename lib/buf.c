/*
 * libgoedestart - internal growable byte buffer.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "date.h"

void gsi_buf_init(gsi_buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
  b->oom = false;
}

void gsi_buf_free(gsi_buf *b) {
  gsi_free(b->data);
  gsi_buf_init(b);
}

void gsi_buf_reset(gsi_buf *b) {
  b->len = 0;
  b->oom = false;
  if (b->data)
    b->data[0] = '\0';
}

static bool reserve(gsi_buf *b, size_t extra) {
  if (b->oom)
    return false;
  if (b->len + extra + 1 <= b->cap)
    return true;
  size_t need = b->len + extra + 1;
  if (need < b->len) {
    b->oom = true;
    return false;
  }
  size_t n = b->cap ? b->cap : 256;
  while (n < need) {
    if (n > SIZE_MAX / 2) {
      b->oom = true;
      return false;
    }
    n *= 2;
  }
  char *p = gsi_realloc(b->data, n);
  if (p == NULL) {
    b->oom = true;
    return false;
  }
  b->data = p;
  b->cap = n;
  return true;
}

void gsi_buf_append(gsi_buf *b, const char *s, size_t n) {
  if (!reserve(b, n))
    return;
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void gsi_buf_puts(gsi_buf *b, const char *s) {
  gsi_buf_append(b, s, strlen(s));
}

void gsi_buf_putc(gsi_buf *b, char c) {
  gsi_buf_append(b, &c, 1);
}

void gsi_buf_int(gsi_buf *b, long v) {
  char tmp[24];
  int n = snprintf(tmp, sizeof tmp, "%ld", v);
  gsi_buf_append(b, tmp, (size_t)n);
}

void gsi_buf_date(gsi_buf *b, gs_date d) {
  char tmp[GS_DATE_BUFSIZE];
  gsi_date_format(d, tmp);
  gsi_buf_append(b, tmp, 10);
}

void gsi_buf_indent(gsi_buf *b, int level) {
  static const char spaces[] = "                                ";
  size_t n = (size_t)level * 2;
  while (n > 0) {
    size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
    gsi_buf_append(b, spaces, k);
    n -= k;
  }
}

static void escape(gsi_buf *b, const char *s, bool attr) {
  const char *run = s;
  for (const char *p = s; *p; p++) {
    const char *rep = NULL;
    switch (*p) {
    case '&': rep = "&amp;"; break;
    case '<': rep = "&lt;"; break;
    case '>': rep = "&gt;"; break;
    case '"': rep = attr ? "&quot;" : NULL; break;
    case '\t': rep = attr ? "&#9;" : NULL; break;
    case '\n': rep = attr ? "&#10;" : NULL; break;
    case '\r': rep = "&#13;"; break;
    default: break;
    }
    if (rep) {
      gsi_buf_append(b, run, (size_t)(p - run));
      gsi_buf_puts(b, rep);
      run = p + 1;
    }
  }
  gsi_buf_puts(b, run);
}

void gsi_buf_xml_text(gsi_buf *b, const char *s) {
  escape(b, s, false);
}

void gsi_buf_xml_attr(gsi_buf *b, const char *name, const char *value) {
  gsi_buf_putc(b, ' ');
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, "=\"");
  escape(b, value, true);
  gsi_buf_putc(b, '"');
}

void gsi_buf_xml_attr_int(gsi_buf *b, const char *name, long value) {
  gsi_buf_putc(b, ' ');
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, "=\"");
  gsi_buf_int(b, value);
  gsi_buf_putc(b, '"');
}

void gsi_buf_xml_attr_date(gsi_buf *b, const char *name, gs_date value) {
  gsi_buf_putc(b, ' ');
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, "=\"");
  gsi_buf_date(b, value);
  gsi_buf_putc(b, '"');
}

void gsi_buf_csv_field(gsi_buf *b, const char *s) {
  if (strpbrk(s, ",\"\r\n") == NULL) {
    gsi_buf_puts(b, s);
    return;
  }
  gsi_buf_putc(b, '"');
  for (const char *p = s; *p; p++) {
    if (*p == '"')
      gsi_buf_putc(b, '"');
    gsi_buf_putc(b, *p);
  }
  gsi_buf_putc(b, '"');
}

gs_status gsi_buf_status(const gsi_buf *b) {
  return b->oom ? gsi_oom() : GS_OK;
}

gs_status gsi_buf_take(gsi_buf *b, char **out, size_t *len) {
  if (b->oom) {
    gsi_buf_free(b);
    return gsi_oom();
  }
  if (!reserve(b, 0)) {
    gsi_buf_free(b);
    return gsi_oom();
  }
  b->data[b->len] = '\0';
  *out = b->data;
  if (len)
    *len = b->len;
  gsi_buf_init(b);
  return GS_OK;
}
