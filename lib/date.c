/*
 * libgoedestart - calendar dates (spec/model.md, "Dates").
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "internal.h"
#include "date.h"

/* Days from civil, after H. Hinnant's public-domain algorithms. */
gs_date gsi_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned)(y - era * 400);
  const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (gs_date)(era * 146097 + (int)doe - 719468);
}

void gsi_civil_from_days(gs_date z0, int *y, int *m, int *d) {
  int z = z0 + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = (unsigned)(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int yy = (int)yoe + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned dd = doy - (153 * mp + 2) / 5 + 1;
  const unsigned mm = mp < 10 ? mp + 3 : mp - 9;
  *y = yy + (mm <= 2);
  *m = (int)mm;
  *d = (int)dd;
}

bool gsi_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int gsi_month_days(int y, int m) {
  static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return m == 2 && gsi_leap(y) ? 29 : days[m - 1];
}

gs_date gsi_anniversary(gs_date date, int years) {
  int y, m, d;
  gsi_civil_from_days(date, &y, &m, &d);
  y += years;
  if (m == 2 && d == 29 && !gsi_leap(y)) {
    m = 3;
    d = 1;
  }
  return gsi_days_from_civil(y, m, d);
}

int gsi_age_months(gs_date born, gs_date as_of) {
  int by, bm, bd, ay, am, ad;
  gsi_civil_from_days(born, &by, &bm, &bd);
  gsi_civil_from_days(as_of, &ay, &am, &ad);
  int months = 12 * (ay - by) + (am - bm);
  if (ad < bd)
    months--;
  return months;
}

int gsi_age_years(gs_date born, gs_date as_of) {
  /* completed years: anniversary (29 Feb -> 1 Mar) on or before as_of */
  int by, bm, bd, ay, am, ad;
  gsi_civil_from_days(born, &by, &bm, &bd);
  gsi_civil_from_days(as_of, &ay, &am, &ad);
  int years = ay - by;
  if (am < bm || (am == bm && ad < bd))
    years--;
  return years;
}

void gsi_date_format(gs_date date, char buf[GS_DATE_BUFSIZE]) {
  int y, m, d;
  gsi_civil_from_days(date, &y, &m, &d);
  buf[0] = (char)('0' + y / 1000 % 10);
  buf[1] = (char)('0' + y / 100 % 10);
  buf[2] = (char)('0' + y / 10 % 10);
  buf[3] = (char)('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char)('0' + m / 10);
  buf[6] = (char)('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char)('0' + d / 10);
  buf[9] = (char)('0' + d % 10);
  buf[10] = '\0';
}

/* Parses without touching the thread's error: returns NULL or the reason. */
const char *gsi_date_parse_reason(const char *text, gs_date *out) {
  if (text == NULL)
    return "no date given";
  size_t n = strlen(text);
  bool shape = n == 10 && text[4] == '-' && text[7] == '-';
  for (size_t i = 0; shape && i < 10; i++)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9'))
      shape = false;
  if (!shape)
    return "a date must be written YYYY-MM-DD (four, two and two digits)";
  int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  int m = (text[5] - '0') * 10 + (text[6] - '0');
  int d = (text[8] - '0') * 10 + (text[9] - '0');
  if (y < 1900 || y > 2199)
    return "the year must lie between 1900 and 2199";
  if (m < 1 || m > 12)
    return "the month must lie between 01 and 12";
  if (d < 1 || d > gsi_month_days(y, m))
    return "that day does not exist in that month";
  *out = gsi_days_from_civil(y, m, d);
  return NULL;
}

GS_EXPORT int gs_date_valid(gs_date date) {
  return date >= GS_DATE_MIN && date <= GS_DATE_MAX;
}

static gs_status bad_date(const char *fn, gs_date date) {
  if (date == GS_DATE_NONE)
    return gsi_einval("%s: no date given (GS_DATE_NONE)", fn);
  return gsi_einval("%s: date %ld lies outside 1900-01-01..2199-12-31", fn, (long)date);
}

GS_EXPORT gs_status gs_date_from_ymd(gs_date *out, int year, int month, int day) {
  if (out == NULL)
    return gsi_einval("gs_date_from_ymd: out is NULL");
  if (year < 1900 || year > 2199)
    return gsi_einval("gs_date_from_ymd: year %d lies outside 1900-2199", year);
  if (month < 1 || month > 12)
    return gsi_einval("gs_date_from_ymd: month %d lies outside 1-12", month);
  if (day < 1 || day > gsi_month_days(year, month))
    return gsi_einval("gs_date_from_ymd: %04d-%02d has no day %d", year, month, day);
  *out = gsi_days_from_civil(year, month, day);
  return GS_OK;
}

GS_EXPORT gs_status gs_date_to_ymd(gs_date date, int *year, int *month, int *day) {
  if (!gs_date_valid(date))
    return bad_date("gs_date_to_ymd", date);
  int y, m, d;
  gsi_civil_from_days(date, &y, &m, &d);
  if (year)
    *year = y;
  if (month)
    *month = m;
  if (day)
    *day = d;
  return GS_OK;
}

GS_EXPORT gs_status gs_date_parse(gs_date *out, const char *text) {
  if (out == NULL)
    return gsi_einval("gs_date_parse: out is NULL");
  gs_date v;
  const char *why = gsi_date_parse_reason(text, &v);
  if (why != NULL)
    return gsi_error(GS_EPARSE, NULL, 0, 0, "invalid date '%s': %s", text ? text : "", why);
  *out = v;
  return GS_OK;
}

GS_EXPORT gs_status gs_date_format(gs_date date, char *buf, size_t size) {
  if (buf == NULL || size < GS_DATE_BUFSIZE)
    return gsi_einval("gs_date_format: the buffer must hold %d bytes", GS_DATE_BUFSIZE);
  if (!gs_date_valid(date))
    return bad_date("gs_date_format", date);
  gsi_date_format(date, buf);
  return GS_OK;
}

GS_EXPORT gs_status gs_date_add_days(gs_date *out, gs_date date, int32_t days) {
  if (out == NULL)
    return gsi_einval("gs_date_add_days: out is NULL");
  if (!gs_date_valid(date))
    return bad_date("gs_date_add_days", date);
  int64_t r = (int64_t)date + days;
  if (r < GS_DATE_MIN || r > GS_DATE_MAX)
    return gsi_einval("gs_date_add_days: the result lies outside 1900-01-01..2199-12-31");
  *out = (gs_date)r;
  return GS_OK;
}

GS_EXPORT gs_status gs_date_add_years(gs_date *out, gs_date date, int years) {
  if (out == NULL)
    return gsi_einval("gs_date_add_years: out is NULL");
  if (!gs_date_valid(date))
    return bad_date("gs_date_add_years", date);
  if (years < -300 || years > 300)
    return gsi_einval("gs_date_add_years: the result lies outside 1900-01-01..2199-12-31");
  int y, m, d;
  gsi_civil_from_days(date, &y, &m, &d);
  if (y + years < 1900 || y + years > 2199)
    return gsi_einval("gs_date_add_years: the result lies outside 1900-01-01..2199-12-31");
  *out = gsi_anniversary(date, years);
  return GS_OK;
}

GS_EXPORT int32_t gs_date_diff(gs_date to, gs_date from) {
  return (int32_t)((int64_t)to - (int64_t)from);
}

GS_EXPORT gs_status gs_date_age_years(int *out, gs_date born, gs_date as_of) {
  if (out == NULL)
    return gsi_einval("gs_date_age_years: out is NULL");
  if (!gs_date_valid(born))
    return bad_date("gs_date_age_years", born);
  if (!gs_date_valid(as_of))
    return bad_date("gs_date_age_years", as_of);
  *out = gsi_age_years(born, as_of);
  return GS_OK;
}

GS_EXPORT gs_status gs_date_age_months(int *out, gs_date born, gs_date as_of) {
  if (out == NULL)
    return gsi_einval("gs_date_age_months: out is NULL");
  if (!gs_date_valid(born))
    return bad_date("gs_date_age_months", born);
  if (!gs_date_valid(as_of))
    return bad_date("gs_date_age_months", as_of);
  *out = gsi_age_months(born, as_of);
  return GS_OK;
}
