/*
 * libgoedestart - initialisation, allocator switch, version.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <pthread.h>

#include <libxml/parser.h>

#include "internal.h"
#include "core.h"

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned int init_count;
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init_once(void) {
  /* Never paired with xmlCleanupParser(): the host may use libxml2 too. */
  xmlInitParser();
}

void gsi_xml_global_init(void) {
  pthread_once(&xml_once, xml_init_once);
}

GS_EXPORT gs_status gs_init(void) {
  pthread_mutex_lock(&init_lock);
  init_count++;
  pthread_mutex_unlock(&init_lock);
  gsi_xml_global_init();
  return GS_OK;
}

GS_EXPORT void gs_shutdown(void) {
  pthread_mutex_lock(&init_lock);
  if (init_count > 0)
    init_count--;
  pthread_mutex_unlock(&init_lock);
}

GS_EXPORT gs_status gs_set_allocator(const gs_allocator *allocator) {
  gs_status st;
  pthread_mutex_lock(&init_lock);
  if (init_count > 0)
    st = gsi_error(GS_ESTATE, NULL, 0, 0,
                   "gs_set_allocator: call it before gs_init() or after the last gs_shutdown()");
  else
    st = gsi_allocator_set(allocator);
  pthread_mutex_unlock(&init_lock);
  return st;
}

GS_EXPORT const char *gs_version_string(void) {
  return GS_VERSION_STRING;
}

GS_EXPORT int gs_version_number(void) {
  return GS_VERSION_NUMBER;
}
