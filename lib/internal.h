/*
 * libgoedestart - internal helpers shared by every module.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Internal names start with gsi_ (never gs_, which is the public prefix).
 * lib/ never calls malloc/free directly: everything goes through
 * gsi_malloc & co., which gs_set_allocator() can replace. That is what makes
 * the out-of-memory sweeps in tests/ possible.
 */
#ifndef GSI_INTERNAL_H
#define GSI_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "goedestart/goedestart.h"

#if defined(__GNUC__)
#  define GSI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define GSI_PRINTF(a, b)
#endif

#define GSI_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- allocation (alloc.c) ---------------------------------------------- */

void *gsi_malloc(size_t size);
void *gsi_calloc(size_t count, size_t size);   /* overflow-checked */
void *gsi_realloc(void *ptr, size_t size);     /* ptr untouched on failure */
void gsi_free(void *ptr);
char *gsi_strdup(const char *s);               /* NULL on OOM (s == NULL gives NULL) */
char *gsi_strndup(const char *s, size_t n);

/*
 * Grows *items (element size elem) so that it holds at least need elements.
 * Capacity doubles. On failure returns GS_ENOMEM (with error set) and leaves
 * *items and *cap untouched.
 */
gs_status gsi_grow(void **items, size_t *cap, size_t need, size_t elem);
#define GSI_GROW(arr, cap, need) \
  gsi_grow((void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* ---- errors (error.c) -------------------------------------------------- */

/*
 * Records the thread-local last error and returns code. file may be NULL,
 * line/col 0 when unknown. The message is formatted printf-style.
 */
gs_status gsi_error(gs_status code, const char *file, int line, int col,
                    const char *fmt, ...) GSI_PRINTF(5, 6);
gs_status gsi_verror(gs_status code, const char *file, int line, int col,
                     const char *fmt, va_list ap) GSI_PRINTF(5, 0);
/* Shorthands without a position. */
gs_status gsi_oom(void);                       /* GS_ENOMEM, "out of memory" */
gs_status gsi_einval(const char *fmt, ...) GSI_PRINTF(1, 2);
/* Prefix the current message with "prefix: " (e.g. a family id). */
void gsi_error_prefix(const char *prefix);
/* Set only the file name of the current error if it has none. */
void gsi_error_set_file(const char *file);
/* Set file, line and column of the current error (a loader adds the
 * position of the element whose builder call failed). */
void gsi_error_set_pos(const char *file, int line, int col);

/* ---- init (core.c) ----------------------------------------------------- */

/* Ensures libxml2's parser is initialised (pthread_once); cheap to call. */
void gsi_xml_global_init(void);

/* ---- small utilities (util.c) ------------------------------------------ */

/* Byte-order comparison of UTF-8 strings (spec: ids ordered by strcmp). */
int gsi_strcmp(const char *a, const char *b);
/* True when s is a valid identifier: 1-64 bytes, valid UTF-8, no control chars. */
bool gsi_valid_id(const char *s);
/* True when s is valid UTF-8 (whole string). */
bool gsi_valid_utf8(const char *s, size_t len);
/* Parses a decimal int in [min, max] filling the whole string; false otherwise. */
bool gsi_parse_int(const char *s, long min, long max, long *out);
/* Parses "true"/"false" (XML Schema also allows "1"/"0"). */
bool gsi_parse_bool(const char *s, bool *out);
/* Municipality code "GMnnnn" -> nnnn (0..9999); -1 when malformed. */
int gsi_municipality_parse(const char *s);
/* nnnn -> "GMnnnn" in buf (at least 7 bytes). */
void gsi_municipality_format(int code, char buf[7]);

#endif /* GSI_INTERNAL_H */
