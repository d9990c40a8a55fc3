/*
 * libgoedestart - small string and number helpers.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int gsi_strcmp(const char *a, const char *b) {
  return strcmp(a, b); /* strcmp compares as unsigned char: UTF-8 byte order */
}

bool gsi_valid_utf8(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    unsigned char c = s[i];
    size_t n;
    uint32_t cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07;
    } else {
      return false;
    }
    for (size_t k = 1; k <= n; k++) {
      if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    if (cp == 0xFFFE || cp == 0xFFFF) /* not characters: XML cannot carry them */
      return false;
    i += n + 1;
  }
  return true;
}

bool gsi_valid_id(const char *s) {
  if (s == NULL)
    return false;
  size_t n = strlen(s);
  if (n < 1 || n > 64)
    return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7F)
      return false;
  }
  if (!gsi_valid_utf8(s, n))
    return false;
  /* C1 control characters U+0080..U+009F are encoded as C2 80..C2 9F */
  for (size_t i = 0; i + 1 < n; i++)
    if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] >= 0x80 &&
        (unsigned char)s[i + 1] <= 0x9F)
      return false;
  return true;
}

bool gsi_parse_int(const char *s, long min, long max, long *out) {
  if (s == NULL || *s == '\0')
    return false;
  const char *p = s;
  if (*p == '-' || *p == '+')
    p++;
  if (*p < '0' || *p > '9')
    return false;
  for (const char *q = p; *q; q++)
    if (*q < '0' || *q > '9')
      return false;
  errno = 0;
  char *end = NULL;
  long v = strtol(s, &end, 10);
  if (errno != 0 || end == NULL || *end != '\0' || v < min || v > max)
    return false;
  *out = v;
  return true;
}

bool gsi_parse_bool(const char *s, bool *out) {
  if (s == NULL)
    return false;
  if (strcmp(s, "true") == 0 || strcmp(s, "1") == 0) {
    *out = true;
    return true;
  }
  if (strcmp(s, "false") == 0 || strcmp(s, "0") == 0) {
    *out = false;
    return true;
  }
  return false;
}

int gsi_municipality_parse(const char *s) {
  if (s == NULL || s[0] != 'G' || s[1] != 'M')
    return -1;
  int v = 0;
  for (int i = 2; i < 6; i++) {
    if (s[i] < '0' || s[i] > '9')
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return s[6] == '\0' ? v : -1;
}

void gsi_municipality_format(int code, char buf[7]) {
  buf[0] = 'G';
  buf[1] = 'M';
  buf[2] = (char)('0' + (code / 1000) % 10);
  buf[3] = (char)('0' + (code / 100) % 10);
  buf[4] = (char)('0' + (code / 10) % 10);
  buf[5] = (char)('0' + code % 10);
  buf[6] = '\0';
}
