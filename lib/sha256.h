/*
 * libgoedestart - internal: SHA-256 of loaded content (Nettle), for the
 * traceable proposals (formats.md "Content hashes").
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_SHA256_H
#define GSI_SHA256_H

#include <nettle/sha2.h>

#include "internal.h"

/* Lowercase hex digest: 64 digits and a NUL. */
#define GSI_SHA256_HEX 65

/* An incremental hash: init, update with each part in order, then hex. */
typedef struct gsi_sha256 {
  struct sha256_ctx ctx;
} gsi_sha256;

void gsi_sha256_init(gsi_sha256 *h);
void gsi_sha256_update(gsi_sha256 *h, const void *data, size_t len);
/* Writes the lowercase hex digest of everything given so far. */
void gsi_sha256_hex(gsi_sha256 *h, char out[GSI_SHA256_HEX]);

#endif /* GSI_SHA256_H */
