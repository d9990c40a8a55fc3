/*
 * libgoedestart - the thread-local last error and status names.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#define GSI_MSG_MAX 1024
#define GSI_FILE_MAX 512

struct gs_error {
  gs_status code;
  int line;
  int column;
  char message[GSI_MSG_MAX];
  char file[GSI_FILE_MAX];
  char formatted[GSI_FILE_MAX + GSI_MSG_MAX + 32];
};

static _Thread_local struct gs_error last_error;

static void copy_trunc(char *dst, size_t size, const char *src) {
  size_t n = strlen(src);
  if (n >= size) {
    n = size - 1;
    /* do not cut a UTF-8 sequence in half */
    while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
      n--;
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

gs_status gsi_verror(gs_status code, const char *file, int line, int col,
                     const char *fmt, va_list ap) {
  struct gs_error *e = &last_error;
  char tmp[2 * GSI_MSG_MAX]; /* copy_trunc then cuts at a UTF-8 boundary */
  vsnprintf(tmp, sizeof tmp, fmt, ap);
  e->code = code;
  e->line = line > 0 ? line : 0;
  e->column = col > 0 ? col : 0;
  copy_trunc(e->message, sizeof e->message, tmp);
  copy_trunc(e->file, sizeof e->file, file ? file : "");
  e->formatted[0] = '\0';
  return code;
}

gs_status gsi_error(gs_status code, const char *file, int line, int col,
                    const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(code, file, line, col, fmt, ap);
  va_end(ap);
  return code;
}

gs_status gsi_oom(void) {
  return gsi_error(GS_ENOMEM, NULL, 0, 0, "out of memory");
}

gs_status gsi_einval(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(GS_EINVAL, NULL, 0, 0, fmt, ap);
  va_end(ap);
  return GS_EINVAL;
}

void gsi_error_prefix(const char *prefix) {
  struct gs_error *e = &last_error;
  char tmp[2 * GSI_MSG_MAX];
  snprintf(tmp, sizeof tmp, "%s: %s", prefix, e->message);
  copy_trunc(e->message, sizeof e->message, tmp);
}

void gsi_error_set_file(const char *file) {
  struct gs_error *e = &last_error;
  if (e->file[0] == '\0' && file != NULL)
    copy_trunc(e->file, sizeof e->file, file);
}

void gsi_error_set_pos(const char *file, int line, int col) {
  struct gs_error *e = &last_error;
  copy_trunc(e->file, sizeof e->file, file ? file : "");
  e->line = line > 0 ? line : 0;
  e->column = col > 0 ? col : 0;
  e->formatted[0] = '\0';
}

GS_EXPORT const gs_error *gs_error_last(void) {
  return &last_error;
}

GS_EXPORT gs_status gs_error_code(const gs_error *err) {
  return err ? err->code : GS_OK;
}

GS_EXPORT const char *gs_error_message(const gs_error *err) {
  return err ? err->message : "";
}

GS_EXPORT const char *gs_error_file(const gs_error *err) {
  return err ? err->file : "";
}

GS_EXPORT int gs_error_line(const gs_error *err) {
  return err ? err->line : 0;
}

GS_EXPORT int gs_error_column(const gs_error *err) {
  return err ? err->column : 0;
}

GS_EXPORT const char *gs_error_format(const gs_error *err) {
  if (err == NULL)
    return "";
  /* Only the thread's own error may be written; it is the only one handed out. */
  struct gs_error *e = &last_error;
  if (err != e)
    return err->message;
  if (e->file[0] && e->line && e->column)
    snprintf(e->formatted, sizeof e->formatted, "%s:%d:%d: %s", e->file, e->line, e->column, e->message);
  else if (e->file[0] && e->line)
    snprintf(e->formatted, sizeof e->formatted, "%s:%d: %s", e->file, e->line, e->message);
  else if (e->file[0])
    snprintf(e->formatted, sizeof e->formatted, "%s: %s", e->file, e->message);
  else
    snprintf(e->formatted, sizeof e->formatted, "%s", e->message);
  return e->formatted;
}

static const struct {
  gs_status code;
  const char *name;
  const char *text;
} status_table[] = {
  { GS_OK, "GS_OK", "success" },
  { GS_ERROR, "GS_ERROR", "internal error" },
  { GS_ENOMEM, "GS_ENOMEM", "out of memory" },
  { GS_EINVAL, "GS_EINVAL", "invalid argument" },
  { GS_EPARSE, "GS_EPARSE", "parse or validation error" },
  { GS_EIO, "GS_EIO", "input/output error" },
  { GS_ENOTFOUND, "GS_ENOTFOUND", "not found" },
  { GS_EVERSION, "GS_EVERSION", "unsupported version" },
  { GS_EEVAL, "GS_EEVAL", "evaluation error" },
  { GS_ESTATE, "GS_ESTATE", "not allowed in the current state" },
};

GS_EXPORT const char *gs_status_str(gs_status status) {
  for (size_t i = 0; i < GSI_ARRAY_LEN(status_table); i++)
    if (status_table[i].code == status)
      return status_table[i].text;
  return "unknown status";
}

GS_EXPORT const char *gs_status_name(gs_status status) {
  for (size_t i = 0; i < GSI_ARRAY_LEN(status_table); i++)
    if (status_table[i].code == status)
      return status_table[i].name;
  return "GS_UNKNOWN";
}
