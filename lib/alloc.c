/*
 * libgoedestart - the one internal allocator.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "core.h"

/* The active allocator. Written only while the library is uninitialised
 * (gs_set_allocator checks), read everywhere. */
static gs_allocator active = GS_ALLOCATOR_INIT;

/* When the user gives no realloc we keep the size in a header. */
typedef union {
  size_t size;
  max_align_t align;
} size_header;

static bool emulate_realloc(void) {
  return active.malloc != NULL && active.realloc == NULL;
}

gs_status gsi_allocator_set(const gs_allocator *a) {
  if (a == NULL) {
    gs_allocator sys = GS_ALLOCATOR_INIT;
    active = sys;
    return GS_OK;
  }
  if (a->version != GS_ALLOCATOR_VERSION)
    return gsi_error(GS_EVERSION, NULL, 0, 0,
                     "gs_set_allocator: struct version %u is not supported (expected %u)",
                     a->version, GS_ALLOCATOR_VERSION);
  if (a->malloc == NULL || a->free == NULL)
    return gsi_einval("gs_set_allocator: malloc and free are required");
  active = *a;
  return GS_OK;
}

void *gsi_malloc(size_t size) {
  if (size == 0)
    size = 1;
  if (active.malloc == NULL)
    return malloc(size);
  if (emulate_realloc()) {
    if (size > SIZE_MAX - sizeof(size_header))
      return NULL;
    size_header *h = active.malloc(active.user_data, sizeof(size_header) + size);
    if (h == NULL)
      return NULL;
    h->size = size;
    return h + 1;
  }
  return active.malloc(active.user_data, size);
}

void *gsi_calloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size)
    return NULL;
  void *p = gsi_malloc(count * size);
  if (p != NULL)
    memset(p, 0, count * size);
  return p;
}

void *gsi_realloc(void *ptr, size_t size) {
  if (ptr == NULL)
    return gsi_malloc(size);
  if (size == 0)
    size = 1;
  if (active.malloc == NULL)
    return realloc(ptr, size);
  if (emulate_realloc()) {
    size_header *old = (size_header *)ptr - 1;
    void *fresh = gsi_malloc(size);
    if (fresh == NULL)
      return NULL;
    memcpy(fresh, ptr, old->size < size ? old->size : size);
    active.free(active.user_data, old);
    return fresh;
  }
  return active.realloc(active.user_data, ptr, size);
}

void gsi_free(void *ptr) {
  if (ptr == NULL)
    return;
  if (active.malloc == NULL) {
    free(ptr);
    return;
  }
  if (emulate_realloc()) {
    active.free(active.user_data, (size_header *)ptr - 1);
    return;
  }
  active.free(active.user_data, ptr);
}

char *gsi_strndup(const char *s, size_t n) {
  if (s == NULL)
    return NULL;
  char *d = gsi_malloc(n + 1);
  if (d == NULL)
    return NULL;
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *gsi_strdup(const char *s) {
  return s == NULL ? NULL : gsi_strndup(s, strlen(s));
}

gs_status gsi_grow(void **items, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap)
    return GS_OK;
  size_t n = *cap ? *cap : 4;
  while (n < need) {
    if (n > SIZE_MAX / 2)
      return gsi_oom();
    n *= 2;
  }
  if (elem != 0 && n > SIZE_MAX / elem)
    return gsi_oom();
  void *p = gsi_realloc(*items, n * elem);
  if (p == NULL)
    return gsi_oom();
  *items = p;
  *cap = n;
  return GS_OK;
}

GS_EXPORT void gs_free(void *ptr) {
  gsi_free(ptr);
}

GS_EXPORT void gs_allocator_init(gs_allocator *allocator) {
  if (allocator != NULL) {
    gs_allocator init = GS_ALLOCATOR_INIT;
    *allocator = init;
  }
}
