/*
 * libgoedestart - internal: SHA-256 through Nettle (no allocation).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "sha256.h"

void gsi_sha256_init(gsi_sha256 *h) {
  sha256_init(&h->ctx);
}

void gsi_sha256_update(gsi_sha256 *h, const void *data, size_t len) {
  sha256_update(&h->ctx, len, (const uint8_t *)data);
}

void gsi_sha256_hex(gsi_sha256 *h, char out[GSI_SHA256_HEX]) {
  static const char digits[] = "0123456789abcdef";
  uint8_t d[SHA256_DIGEST_SIZE];
  sha256_digest(&h->ctx, sizeof d, d);
  for (size_t i = 0; i < sizeof d; i++) {
    out[2 * i] = digits[d[i] >> 4];
    out[2 * i + 1] = digits[d[i] & 15];
  }
  out[2 * SHA256_DIGEST_SIZE] = '\0';
}
