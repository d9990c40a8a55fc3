/*
 * libgoedestart - FEEL numbers as exact decimals (see dmn-dec.h).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Intermediates are 256-bit unsigned magnitudes (four 64-bit words, least
 * significant first): a product of two 34-digit coefficients has at most 68
 * digits and a scaled dividend at most 70, below 2^256 (77 digits).
 */
#include "dmn-dec.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef gsi_u128 u128;
typedef struct u256 {
  uint64_t w[4];
} u256;

#define EXP_MAX 6111
#define EXP_MIN (-6176)

static u256 u256_of(u128 v) {
  u256 x = { { (uint64_t)v, (uint64_t)(v >> 64), 0, 0 } };
  return x;
}

static bool u256_zero(const u256 *x) {
  return (x->w[0] | x->w[1] | x->w[2] | x->w[3]) == 0;
}

static int u256_cmp(const u256 *a, const u256 *b) {
  for (int i = 3; i >= 0; i--)
    if (a->w[i] != b->w[i])
      return a->w[i] < b->w[i] ? -1 : 1;
  return 0;
}

/* x *= m; false on overflow. */
static bool u256_mul_u64(u256 *x, uint64_t m) {
  u128 carry = 0;
  for (int i = 0; i < 4; i++) {
    u128 p = (u128)x->w[i] * m + carry;
    x->w[i] = (uint64_t)p;
    carry = p >> 64;
  }
  return carry == 0;
}

static bool u256_mul_pow10(u256 *x, int k) {
  while (k >= 19) {
    if (!u256_mul_u64(x, 10000000000000000000ull))
      return false;
    k -= 19;
  }
  uint64_t m = 1;
  while (k-- > 0)
    m *= 10;
  return u256_mul_u64(x, m);
}

/* x /= d; returns the remainder. */
static uint64_t u256_div_u64(u256 *x, uint64_t d) {
  u128 rem = 0;
  for (int i = 3; i >= 0; i--) {
    u128 cur = (rem << 64) | x->w[i];
    x->w[i] = (uint64_t)(cur / d);
    rem = cur % d;
  }
  return (uint64_t)rem;
}

static void u256_add(u256 *a, const u256 *b) {
  u128 carry = 0;
  for (int i = 0; i < 4; i++) {
    u128 s = (u128)a->w[i] + b->w[i] + carry;
    a->w[i] = (uint64_t)s;
    carry = s >> 64;
  }
}

/* a -= b, a >= b */
static void u256_sub(u256 *a, const u256 *b) {
  uint64_t borrow = 0;
  for (int i = 0; i < 4; i++) {
    uint64_t bi = b->w[i] + borrow;
    uint64_t nb = (bi < borrow) || (a->w[i] < bi);
    a->w[i] -= bi;
    borrow = nb;
  }
}

static void u256_shl1(u256 *x) {
  for (int i = 3; i > 0; i--)
    x->w[i] = (x->w[i] << 1) | (x->w[i - 1] >> 63);
  x->w[0] <<= 1;
}

static u256 u256_mul(u128 a, u128 b) {
  uint64_t al = (uint64_t)a, ah = (uint64_t)(a >> 64), bl = (uint64_t)b, bh = (uint64_t)(b >> 64);
  u256 r = u256_of((u128)al * bl);
  u256 t = u256_of((u128)al * bh);
  t.w[3] = t.w[2];
  t.w[2] = t.w[1];
  t.w[1] = t.w[0];
  t.w[0] = 0;
  u256_add(&r, &t);
  t = u256_of((u128)ah * bl);
  t.w[3] = t.w[2];
  t.w[2] = t.w[1];
  t.w[1] = t.w[0];
  t.w[0] = 0;
  u256_add(&r, &t);
  t = u256_of((u128)ah * bh);
  t.w[3] = t.w[1];
  t.w[2] = t.w[0];
  t.w[1] = 0;
  t.w[0] = 0;
  u256_add(&r, &t);
  return r;
}

/* q = a / b (b != 0, b < 2^128), *rem_nonzero when a remainder is left. */
static u256 u256_div_u128(const u256 *a, u128 b, bool *rem_nonzero) {
  u256 q = { { 0, 0, 0, 0 } }, r = { { 0, 0, 0, 0 } };
  u256 bb = u256_of(b);
  for (int bit = 255; bit >= 0; bit--) {
    u256_shl1(&r);
    r.w[0] |= (a->w[bit / 64] >> (bit % 64)) & 1;
    u256_shl1(&q);
    if (u256_cmp(&r, &bb) >= 0) {
      u256_sub(&r, &bb);
      q.w[0] |= 1;
    }
  }
  *rem_nonzero = !u256_zero(&r);
  return q;
}

static const u256 *limit34(void) {
  /* 10^34 */
  static u256 lim;
  static bool done;
  if (!done) {
    u256 x = u256_of(1);
    u256_mul_pow10(&x, GSI_DEC_DIGITS);
    lim = x;
    done = true;
  }
  return &lim;
}

static int u128_digits(u128 v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    n++;
  }
  return n;
}

static u128 mag(const gsi_dec *a) {
  return a->coef < 0 ? (u128)(-a->coef) : (u128)a->coef;
}

/* Rounds m * 10^exp half-even to 34 digits; sticky: nonzero digits were
 * already lost below m's last digit (m then has more than 34 digits). */
static bool finish(u256 m, bool neg, int64_t exp, bool sticky, gsi_dec *out) {
  const u256 *lim = limit34();
  int last = -1;
  while (u256_cmp(&m, lim) >= 0) {
    if (last > 0)
      sticky = true;
    last = (int)u256_div_u64(&m, 10);
    exp++;
  }
  if (last >= 0 && (last > 5 || (last == 5 && (sticky || (m.w[0] & 1))))) {
    u256 one = u256_of(1);
    u256_add(&m, &one);
    if (u256_cmp(&m, lim) >= 0) {
      u256_div_u64(&m, 10);
      exp++;
    }
  }
  u128 c = ((u128)m.w[1] << 64) | m.w[0];
  if (c == 0) {
    out->coef = 0;
    out->exp = exp > EXP_MAX ? EXP_MAX : exp < EXP_MIN ? EXP_MIN : (int32_t)exp;
    return true;
  }
  if (exp > EXP_MAX)
    return false;
  if (exp < EXP_MIN) {
    out->coef = 0;
    out->exp = 0;
    return true;
  }
  out->coef = neg ? -(gsi_i128)c : (gsi_i128)c;
  out->exp = (int32_t)exp;
  return true;
}

size_t gsi_dec_parse(const char *s, gsi_dec *out) {
  size_t p = 0;
  bool neg = false;
  if (s[p] == '-') {
    neg = true;
    p++;
  }
  if (!(s[p] >= '0' && s[p] <= '9') && !(s[p] == '.' && s[p + 1] >= '0' && s[p + 1] <= '9'))
    return 0;
  u256 m = u256_of(0);
  int sig = 0;
  int64_t exp = 0;
  bool sticky = false, in_frac = false;
  int last = -1;
  for (;; p++) {
    char ch = s[p];
    if (ch == '.' && !in_frac && s[p + 1] >= '0' && s[p + 1] <= '9') {
      in_frac = true;
      continue;
    }
    if (!(ch >= '0' && ch <= '9'))
      break;
    int dg = ch - '0';
    if (sig == 0 && dg == 0) {
      if (in_frac)
        exp--;
      continue;
    }
    if (sig < GSI_DEC_DIGITS + 1) {
      u256_mul_u64(&m, 10);
      u256 d = u256_of((u128)dg);
      u256_add(&m, &d);
      sig++;
      if (in_frac)
        exp--;
    } else {
      /* beyond 35 digits: only whether something is left matters */
      if (dg != 0)
        sticky = true;
      if (!in_frac)
        exp++;
    }
  }
  (void)last;
  if (!finish(m, neg, exp, sticky, out)) {
    out->coef = 0;
    out->exp = 0;
  }
  return p;
}

char *gsi_dec_format(const gsi_dec *d, char *buf) {
  u128 c = mag(d);
  int64_t exp = d->exp;
  if (c == 0) {
    strcpy(buf, "0");
    return buf;
  }
  while (c % 10 == 0) {
    c /= 10;
    exp++;
  }
  char dig[48];
  int n = 0;
  char rev[48];
  while (c > 0) {
    rev[n++] = (char)('0' + (int)(c % 10));
    c /= 10;
  }
  for (int i = 0; i < n; i++)
    dig[i] = rev[n - 1 - i];
  dig[n] = '\0';
  char *o = buf;
  if (d->coef < 0)
    *o++ = '-';
  if (exp >= 0 && exp <= 60) {
    memcpy(o, dig, (size_t)n);
    o += n;
    for (int64_t i = 0; i < exp; i++)
      *o++ = '0';
    *o = '\0';
  } else if (exp < 0 && -exp < n) {
    int ip = n + (int)exp;
    memcpy(o, dig, (size_t)ip);
    o += ip;
    *o++ = '.';
    memcpy(o, dig + ip, (size_t)(n - ip));
    o += n - ip;
    *o = '\0';
  } else if (exp < 0 && -exp - n <= 60) {
    *o++ = '0';
    *o++ = '.';
    for (int64_t i = 0; i < -exp - n; i++)
      *o++ = '0';
    memcpy(o, dig, (size_t)n);
    o += n;
    *o = '\0';
  } else {
    /* d.dddE+x */
    *o++ = dig[0];
    if (n > 1) {
      *o++ = '.';
      memcpy(o, dig + 1, (size_t)(n - 1));
      o += n - 1;
    }
    snprintf(o, 16, "E%+lld", (long long)(exp + n - 1));
  }
  return buf;
}

int gsi_dec_cmp_slow(const gsi_dec *a, const gsi_dec *b) {
  int sa = a->coef < 0 ? -1 : a->coef > 0, sb = b->coef < 0 ? -1 : b->coef > 0;
  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (sa == 0)
    return 0;
  const gsi_dec *hi = a->exp > b->exp ? a : b, *lo = a->exp > b->exp ? b : a;
  int64_t diff = (int64_t)hi->exp - lo->exp;
  int r;
  if (diff > 40) {
    r = 1; /* |hi| >= 10^40 units of lo, |lo| < 10^34 units */
  } else {
    u256 h = u256_of(mag(hi)), l = u256_of(mag(lo));
    u256_mul_pow10(&h, (int)diff);
    r = u256_cmp(&h, &l);
  }
  if (hi != a)
    r = -r;
  return sa < 0 ? -r : r;
}

gsi_dec gsi_dec_neg(const gsi_dec *a) {
  gsi_dec r = { -a->coef, a->exp };
  return r;
}

static bool add_signed(const gsi_dec *a, bool bneg_flip, const gsi_dec *b, gsi_dec *out) {
  bool an = a->coef < 0, bn = (b->coef < 0) != bneg_flip;
  if (b->coef == 0) {
    *out = *a;
    if (a->coef == 0 && b->exp < a->exp)
      out->exp = b->exp;
    return true;
  }
  if (a->coef == 0) {
    out->coef = bneg_flip ? -b->coef : b->coef;
    out->exp = b->exp < a->exp ? b->exp : a->exp;
    return true;
  }
  const gsi_dec *hi = a->exp >= b->exp ? a : b, *lo = a->exp >= b->exp ? b : a;
  bool hin = hi == a ? an : bn, lon = hi == a ? bn : an;
  int64_t diff = (int64_t)hi->exp - lo->exp;
  u256 h = u256_of(mag(hi)), l = u256_of(mag(lo));
  int64_t exp = lo->exp;
  if (diff <= 40) {
    u256_mul_pow10(&h, (int)diff);
  } else {
    /* lo is far below hi's 34 digits: keep hi * 10^41 and lo rounded to
     * that unit, plus a sticky guard digit when lo had more. */
    u256_mul_pow10(&h, 41);
    exp = hi->exp - 41;
    int64_t shift = exp - lo->exp;
    bool lost = false;
    for (int64_t i = 0; i < shift && !u256_zero(&l); i++)
      if (u256_div_u64(&l, 10) != 0)
        lost = true;
    if (lost) {
      u256_mul_u64(&h, 10);
      u256_mul_u64(&l, 10);
      u256 one = u256_of(1);
      u256_add(&l, &one);
      exp--;
    }
  }
  bool neg;
  if (hin == lon) {
    u256_add(&h, &l);
    neg = hin;
  } else if (u256_cmp(&h, &l) >= 0) {
    u256_sub(&h, &l);
    neg = hin;
  } else {
    u256_sub(&l, &h);
    h = l;
    neg = lon;
  }
  if (u256_zero(&h))
    neg = false;
  return finish(h, neg, exp, false, out);
}

bool gsi_dec_add(const gsi_dec *a, const gsi_dec *b, gsi_dec *out) {
  return add_signed(a, false, b, out);
}

bool gsi_dec_sub(const gsi_dec *a, const gsi_dec *b, gsi_dec *out) {
  return add_signed(a, true, b, out);
}

bool gsi_dec_mul(const gsi_dec *a, const gsi_dec *b, gsi_dec *out) {
  u256 p = u256_mul(mag(a), mag(b));
  bool neg = (a->coef < 0) != (b->coef < 0) && !u256_zero(&p);
  return finish(p, neg, (int64_t)a->exp + b->exp, false, out);
}

bool gsi_dec_div(const gsi_dec *a, const gsi_dec *b, gsi_dec *out) {
  if (b->coef == 0)
    return false;
  int64_t pref = (int64_t)a->exp - b->exp;
  if (a->coef == 0) {
    out->coef = 0;
    out->exp = pref > EXP_MAX ? EXP_MAX : pref < EXP_MIN ? EXP_MIN : (int32_t)pref;
    return true;
  }
  u128 ma = mag(a), mb = mag(b);
  int k = GSI_DEC_DIGITS + 1 + u128_digits(mb) - u128_digits(ma);
  if (k < 0)
    k = 0;
  u256 num = u256_of(ma);
  u256_mul_pow10(&num, k);
  bool rem;
  u256 q = u256_div_u128(&num, mb, &rem);
  bool neg = (a->coef < 0) != (b->coef < 0);
  gsi_dec r;
  if (!finish(q, neg, pref - k, rem, &r))
    return false;
  /* the preferred exponent of an exact quotient is a.exp - b.exp */
  while (r.coef != 0 && r.exp < pref && r.coef % 10 == 0) {
    r.coef /= 10;
    r.exp++;
  }
  *out = r;
  return true;
}

bool gsi_dec_pow(const gsi_dec *a, const gsi_dec *b, gsi_dec *out) {
  int64_t n;
  if (gsi_dec_to_i64(b, &n) && n >= -999999999 && n <= 999999999) {
    gsi_dec result = gsi_dec_int(1), base = *a;
    uint64_t e = n < 0 ? (uint64_t)(-n) : (uint64_t)n;
    while (e > 0) {
      if (e & 1)
        if (!gsi_dec_mul(&result, &base, &result))
          return false;
      e >>= 1;
      if (e > 0 && !gsi_dec_mul(&base, &base, &base))
        return false;
    }
    if (n < 0) {
      gsi_dec one = gsi_dec_int(1);
      return gsi_dec_div(&one, &result, out);
    }
    *out = result;
    return true;
  }
  double v = pow(gsi_dec_to_double(a), gsi_dec_to_double(b));
  return gsi_dec_from_double(v, out);
}

bool gsi_dec_to_i64(const gsi_dec *a, int64_t *out) {
  gsi_i128 c = a->coef;
  int32_t e = a->exp;
  while (e < 0) {
    if (c % 10 != 0)
      return false;
    c /= 10;
    e++;
  }
  while (e > 0) {
    if (c > (gsi_i128)INT64_MAX || c < (gsi_i128)INT64_MIN)
      return false;
    c *= 10;
    e--;
  }
  if (c > (gsi_i128)INT64_MAX || c < (gsi_i128)INT64_MIN)
    return false;
  *out = (int64_t)c;
  return true;
}

static const double pow10_exact[] = {
  1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

double gsi_dec_to_double(const gsi_dec *a) {
  u128 m = mag(a);
  if (m < ((u128)1 << 53) && a->exp >= -22 && a->exp <= 22) {
    double v = (double)m;
    v = a->exp >= 0 ? v * pow10_exact[a->exp] : v / pow10_exact[-a->exp];
    return a->coef < 0 ? -v : v;
  }
  /* digits and an exponent: strtod reads this without a decimal point,
   * whatever the C locale */
  char buf[64];
  char rev[48];
  int n = 0;
  while (m > 0) {
    rev[n++] = (char)('0' + (int)(m % 10));
    m /= 10;
  }
  char *o = buf;
  if (a->coef < 0)
    *o++ = '-';
  if (n == 0)
    *o++ = '0';
  for (int i = n - 1; i >= 0; i--)
    *o++ = rev[i];
  snprintf(o, 16, "e%d", (int)a->exp);
  return strtod(buf, NULL);
}

bool gsi_dec_from_double(double v, gsi_dec *out) {
  if (!isfinite(v))
    return false;
  if (v == floor(v) && fabs(v) < 9e15) {
    *out = gsi_dec_int((int64_t)v);
    return true;
  }
  char buf[64];
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (prec == 17 || strtod(buf, NULL) == v)
      break;
  }
  /* buf is [-]d<point>ddddde[+-]xx; the point is the locale's */
  char digits[40];
  int n = 0;
  bool neg = false;
  const char *p = buf;
  if (*p == '-') {
    neg = true;
    p++;
  }
  while (*p && *p != 'e') {
    if (*p >= '0' && *p <= '9')
      digits[n++] = *p;
    p++;
  }
  digits[n] = '\0';
  int e10 = *p == 'e' ? atoi(p + 1) : 0;
  gsi_dec d;
  gsi_dec_parse(digits, &d);
  d.exp = (int32_t)(d.exp + e10 - (n - 1));
  if (neg)
    d.coef = -d.coef;
  *out = d;
  return true;
}
