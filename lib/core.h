/*
 * libgoedestart - internal: the allocator switch used by gs_set_allocator().
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_CORE_H
#define GSI_CORE_H

#include "internal.h"

gs_status gsi_allocator_set(const gs_allocator *a);

#endif
