/*
 * libgoedestart - a chunked string arena: the strings of a family (or a
 * pack, a catalogue) live in a few large blocks freed together.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "model.h"

#define ARENA_FIRST 256           /* bytes of the first chunk */
#define ARENA_MAX_CHUNK 65536     /* chunks double up to this size */

struct gsi_arena_chunk {
  gsi_arena_chunk *next;
  size_t size;                  /* bytes of data */
  char data[];
};

void gsi_arena_init(gsi_arena *a) {
  a->head = NULL;
  a->used = 0;
  a->total = 0;
}

void gsi_arena_free(gsi_arena *a) {
  gsi_arena_chunk *c = a->head;
  while (c != NULL) {
    gsi_arena_chunk *next = c->next;
    gsi_free(c);
    c = next;
  }
  gsi_arena_init(a);
}

gs_status gsi_arena_reserve(gsi_arena *a, size_t n) {
  if (a->head != NULL && a->head->size - a->used >= n)
    return GS_OK;
  size_t size = a->head == NULL ? ARENA_FIRST : a->head->size * 2;
  if (size > ARENA_MAX_CHUNK)
    size = ARENA_MAX_CHUNK;
  if (size < n)
    size = n;
  if (size > SIZE_MAX - sizeof(gsi_arena_chunk))
    return gsi_oom();
  gsi_arena_chunk *c = gsi_malloc(sizeof(gsi_arena_chunk) + size);
  if (c == NULL)
    return gsi_oom();
  c->next = a->head;
  c->size = size;
  a->head = c;
  a->used = 0;
  a->total += size;
  return GS_OK;
}

const char *gsi_arena_strndup(gsi_arena *a, const char *s, size_t n) {
  if (n == SIZE_MAX || gsi_arena_reserve(a, n + 1) != GS_OK) {
    gsi_oom();
    return NULL;
  }
  char *d = a->head->data + a->used;
  memcpy(d, s, n);
  d[n] = '\0';
  a->used += n + 1;
  return d;
}

const char *gsi_arena_strdup(gsi_arena *a, const char *s) {
  return gsi_arena_strndup(a, s, strlen(s));
}
