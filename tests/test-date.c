/*
 * libgoedestart - tests of calendar dates (spec/model.md "Dates").
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "testutil.h"

static gs_date D(const char *s) {
  gs_date d = GS_DATE_NONE;
  ck_assert_msg(gs_date_parse(&d, s) == GS_OK, "parse %s: %s", s, gs_error_message(gs_error_last()));
  return d;
}

static const char *F(gs_date d) {
  static char buf[GS_DATE_BUFSIZE];
  ck_assert_int_eq(gs_date_format(d, buf, sizeof buf), GS_OK);
  return buf;
}

START_TEST(epoch_and_range)
{
  ck_assert_int_eq(D("1970-01-01"), 0);
  ck_assert_int_eq(D("1900-01-01"), GS_DATE_MIN);
  ck_assert_int_eq(D("2199-12-31"), GS_DATE_MAX);
  ck_assert_int_eq(D("2000-03-01") - D("2000-02-28"), 2); /* 2000 is a leap year */
  ck_assert_int_eq(D("2100-03-01") - D("2100-02-28"), 1); /* 2100 is not */
  ck_assert(gs_date_valid(GS_DATE_MIN));
  ck_assert(!gs_date_valid(GS_DATE_MIN - 1));
  ck_assert(!gs_date_valid(GS_DATE_MAX + 1));
  ck_assert(!gs_date_valid(GS_DATE_NONE));
}
END_TEST

START_TEST(format_round_trips_every_day)
{
  char buf[GS_DATE_BUFSIZE];
  for (gs_date d = GS_DATE_MIN; d <= GS_DATE_MAX; d++) {
    ck_assert_int_eq(gs_date_format(d, buf, sizeof buf), GS_OK);
    gs_date back;
    ck_assert_int_eq(gs_date_parse(&back, buf), GS_OK);
    ck_assert_int_eq(back, d);
  }
}
END_TEST

START_TEST(parse_rejects_with_reasons)
{
  gs_date d = 12345;
  ck_assert_int_eq(gs_date_parse(&d, "2025-02-30"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "does not exist", 0, 0);
  ck_assert_int_eq(gs_date_parse(&d, "2025-2-3"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "YYYY-MM-DD", 0, 0);
  ck_assert_int_eq(gs_date_parse(&d, "1899-12-31"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "1900 and 2199", 0, 0);
  ck_assert_int_eq(gs_date_parse(&d, "2200-01-01"), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, "2025-13-01"), GS_EPARSE);
  gst_assert_error(GS_EPARSE, "month", 0, 0);
  ck_assert_int_eq(gs_date_parse(&d, "2025-00-10"), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, " 2025-01-01"), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, "2025-01-01 "), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, "2025/01/01"), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, ""), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(&d, NULL), GS_EPARSE);
  ck_assert_int_eq(gs_date_parse(NULL, "2025-01-01"), GS_EINVAL);
  ck_assert_int_eq(gs_date_parse(&d, "2023-02-29"), GS_EPARSE);
  ck_assert_int_eq(d, 12345); /* untouched on error */
  ck_assert_int_eq(gs_date_parse(&d, "2024-02-29"), GS_OK);
}
END_TEST

START_TEST(from_ymd_and_back)
{
  gs_date d;
  int y, m, day;
  ck_assert_int_eq(gs_date_from_ymd(&d, 2024, 2, 29), GS_OK);
  ck_assert_int_eq(gs_date_to_ymd(d, &y, &m, &day), GS_OK);
  ck_assert_int_eq(y, 2024);
  ck_assert_int_eq(m, 2);
  ck_assert_int_eq(day, 29);
  ck_assert_int_eq(gs_date_from_ymd(&d, 2025, 2, 29), GS_EINVAL);
  ck_assert_int_eq(gs_date_from_ymd(&d, 1899, 1, 1), GS_EINVAL);
  ck_assert_int_eq(gs_date_from_ymd(&d, 2025, 0, 1), GS_EINVAL);
  ck_assert_int_eq(gs_date_to_ymd(GS_DATE_NONE, &y, NULL, NULL), GS_EINVAL);
  ck_assert_int_eq(gs_date_to_ymd(D("2025-07-01"), NULL, NULL, NULL), GS_OK);
}
END_TEST

START_TEST(add_days_and_diff)
{
  gs_date d;
  ck_assert_int_eq(gs_date_add_days(&d, D("2025-12-31"), 1), GS_OK);
  ck_assert_str_eq(F(d), "2026-01-01");
  ck_assert_int_eq(gs_date_add_days(&d, D("2026-04-20"), -280), GS_OK);
  ck_assert_str_eq(F(d), "2025-07-14"); /* conception anchor of formats.md's Z1 */
  ck_assert_int_eq(gs_date_add_days(&d, GS_DATE_MAX, 1), GS_EINVAL);
  ck_assert_int_eq(gs_date_add_days(&d, GS_DATE_MIN, -1), GS_EINVAL);
  ck_assert_int_eq(gs_date_add_days(&d, GS_DATE_NONE, 1), GS_EINVAL);
  ck_assert_int_eq(gs_date_diff(D("2025-10-01"), D("2025-07-02")), 91);
  ck_assert_int_eq(gs_date_diff(D("2025-07-02"), D("2025-10-01")), -91);
}
END_TEST

START_TEST(anniversaries_follow_29_february_rule)
{
  gs_date d;
  ck_assert_int_eq(gs_date_add_years(&d, D("2024-02-29"), 1), GS_OK);
  ck_assert_str_eq(F(d), "2025-03-01");
  ck_assert_int_eq(gs_date_add_years(&d, D("2024-02-29"), 4), GS_OK);
  ck_assert_str_eq(F(d), "2028-02-29");
  ck_assert_int_eq(gs_date_add_years(&d, D("2024-02-29"), 2), GS_OK);
  ck_assert_str_eq(F(d), "2026-03-01"); /* 2nd birthday of vector 11's child */
  ck_assert_int_eq(gs_date_add_years(&d, D("2021-09-15"), 4), GS_OK);
  ck_assert_str_eq(F(d), "2025-09-15");
  ck_assert_int_eq(gs_date_add_years(&d, D("2190-01-01"), 10), GS_EINVAL);
}
END_TEST

START_TEST(ages)
{
  int a;
  /* model.md: born 2024-02-29 turns 1 on 2025-03-01 */
  ck_assert_int_eq(gs_date_age_years(&a, D("2024-02-29"), D("2025-02-28")), GS_OK);
  ck_assert_int_eq(a, 0);
  gs_date_age_years(&a, D("2024-02-29"), D("2025-03-01"));
  ck_assert_int_eq(a, 1);
  /* vector 11: 23 months on 2026-02-28, 24 on 2026-03-01 */
  gs_date_age_months(&a, D("2024-02-29"), D("2026-02-28"));
  ck_assert_int_eq(a, 23);
  gs_date_age_months(&a, D("2024-02-29"), D("2026-03-01"));
  ck_assert_int_eq(a, 24);
  /* born 31 January: one month on 1 March */
  gs_date_age_months(&a, D("2025-01-31"), D("2025-02-28"));
  ck_assert_int_eq(a, 0);
  gs_date_age_months(&a, D("2025-01-31"), D("2025-03-01"));
  ck_assert_int_eq(a, 1);
  /* vector 01: C1 is 31 months on 2026-01-20 */
  gs_date_age_months(&a, D("2023-06-11"), D("2026-01-20"));
  ck_assert_int_eq(a, 31);
  gs_date_age_months(&a, D("2023-06-11"), D("2023-06-10"));
  ck_assert_int_eq(a, -1);
  ck_assert_int_eq(gs_date_age_months(&a, GS_DATE_NONE, D("2023-06-10")), GS_EINVAL);
  ck_assert_int_eq(gs_date_age_years(NULL, D("2023-06-10"), D("2023-06-10")), GS_EINVAL);
}
END_TEST

START_TEST(months_div_12_equals_years)
{
  /* model.md: months / 12 always equals the age in years */
  for (gs_date born = D("2019-12-25"); born <= D("2021-03-05"); born += 3) {
    for (gs_date as_of = born; as_of <= born + 3 * 366; as_of += 7) {
      int y, m;
      gs_date_age_years(&y, born, as_of);
      gs_date_age_months(&m, born, as_of);
      ck_assert_int_eq(m / 12, y);
    }
  }
}
END_TEST

START_TEST(format_checks_buffer)
{
  char small[5];
  ck_assert_int_eq(gs_date_format(0, small, sizeof small), GS_EINVAL);
  ck_assert_int_eq(gs_date_format(0, NULL, 11), GS_EINVAL);
  char buf[GS_DATE_BUFSIZE];
  ck_assert_int_eq(gs_date_format(GS_DATE_MAX + 1, buf, sizeof buf), GS_EINVAL);
}
END_TEST

int main(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, epoch_and_range);
  tcase_add_test(tc, format_round_trips_every_day);
  tcase_add_test(tc, parse_rejects_with_reasons);
  tcase_add_test(tc, from_ymd_and_back);
  tcase_add_test(tc, add_days_and_diff);
  tcase_add_test(tc, anniversaries_follow_29_february_rule);
  tcase_add_test(tc, ages);
  tcase_add_test(tc, months_div_12_equals_years);
  tcase_add_test(tc, format_checks_buffer);
  suite_add_tcase(s, tc);
  return gst_run(s);
}
