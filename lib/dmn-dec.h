/*
 * libgoedestart - internal: FEEL numbers as exact decimals (docs/dmn.md,
 * "Numbers").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A number is coef * 10^exp with |coef| < 10^34 (34 significant digits, as
 * IEEE 754 DECIMAL128, which FEEL prescribes). + - * are exact whenever the
 * exact result has at most 34 digits, and otherwise rounded half-even to 34
 * digits; / rounds the quotient half-even to 34 digits. Debian 12 packages
 * no libmpdec (the decimal library of CPython), hence this small
 * representation of our own on a 128-bit coefficient with 256-bit
 * intermediates.
 */
#ifndef GSI_DMN_DEC_H
#define GSI_DMN_DEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GSI_DEC_DIGITS 34

/* 128-bit integers of GCC and Clang on 64-bit targets */
__extension__ typedef __int128 gsi_i128;
__extension__ typedef unsigned __int128 gsi_u128;

typedef struct gsi_dec {
  gsi_i128 coef;
  int32_t exp;
} gsi_dec;

static inline gsi_dec gsi_dec_int(int64_t v) {
  gsi_dec d = { (gsi_i128)v, 0 };
  return d;
}

/* Parses -?(digits(.digits)?|.digits) at s; returns the characters read
 * (0 when s does not start with a number). More than 34 significant digits
 * are rounded half-even. */
size_t gsi_dec_parse(const char *s, gsi_dec *out);
/* Plain decimal notation ("-12.5", "0.00001", "1200"), trailing fractional
 * zeros dropped; exponent notation ("1.5E+200") beyond 60 places. buf
 * needs GSI_DEC_BUF bytes. */
#define GSI_DEC_BUF 128
char *gsi_dec_format(const gsi_dec *d, char *buf);

/* Numeric comparison: -1, 0, 1. */
int gsi_dec_cmp_slow(const gsi_dec *a, const gsi_dec *b);
static inline int gsi_dec_cmp(const gsi_dec *a, const gsi_dec *b) {
  if (a->exp == b->exp)
    return a->coef < b->coef ? -1 : a->coef > b->coef ? 1 : 0;
  return gsi_dec_cmp_slow(a, b);
}
static inline bool gsi_dec_is_zero(const gsi_dec *a) {
  return a->coef == 0;
}

/* Arithmetic; false when the result is not a number (division by zero, an
 * exponent out of range), which FEEL turns into null. */
bool gsi_dec_add(const gsi_dec *a, const gsi_dec *b, gsi_dec *out);
bool gsi_dec_sub(const gsi_dec *a, const gsi_dec *b, gsi_dec *out);
bool gsi_dec_mul(const gsi_dec *a, const gsi_dec *b, gsi_dec *out);
bool gsi_dec_div(const gsi_dec *a, const gsi_dec *b, gsi_dec *out);
/* a ** b: exact-then-rounded repeated squaring for an integer b (a
 * negative b divides), the nearest double otherwise. */
bool gsi_dec_pow(const gsi_dec *a, const gsi_dec *b, gsi_dec *out);
gsi_dec gsi_dec_neg(const gsi_dec *a);

/* Whole number in int64 range: *out and true. */
bool gsi_dec_to_i64(const gsi_dec *a, int64_t *out);
double gsi_dec_to_double(const gsi_dec *a);
/* The shortest decimal that reads back as v; false for inf/nan. */
bool gsi_dec_from_double(double v, gsi_dec *out);

#endif /* GSI_DMN_DEC_H */
