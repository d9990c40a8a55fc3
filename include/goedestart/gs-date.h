/*
 * libgoedestart - calendar dates.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_DATE_H
#define GOEDESTART_GS_DATE_H

/**
 * @file gs-date.h
 * @brief Calendar dates without time or zone (spec/model.md, "Dates").
 *
 * A ::gs_date is a plain integer: the number of days since 1970-01-01 in
 * the proleptic Gregorian calendar. Only dates from 1900-01-01 to
 * 2199-12-31 are valid; every function that makes a date checks the range.
 * Differences are whole days. Ages follow the spec's 29 February rule: a
 * birthday or month-day that does not exist in a year or month falls on
 * the 1st of the next month.
 *
 * All functions are pure and thread-safe.
 */

#include <goedestart/gs-common.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief A calendar date: days since 1970-01-01 (negative before 1970).
 * @since 0.1
 */
typedef int32_t gs_date;

/**
 * @brief "No date": the value of an absent optional date.
 * @since 0.1
 */
#define GS_DATE_NONE ((gs_date)INT32_MIN)

/** @brief The first valid date, 1900-01-01. @since 0.1 */
#define GS_DATE_MIN ((gs_date)-25567)
/** @brief The last valid date, 2199-12-31. @since 0.1 */
#define GS_DATE_MAX ((gs_date)84005)

/** @brief Buffer size for gs_date_format(): "YYYY-MM-DD" and a NUL. @since 0.1 */
#define GS_DATE_BUFSIZE 11

/**
 * @brief Whether @p date lies in the valid range 1900-01-01..2199-12-31.
 * @param date Any value.
 * @return 1 when valid, 0 otherwise (also for GS_DATE_NONE).
 * @since 0.1
 */
GS_EXPORT int gs_date_valid(gs_date date);

/**
 * @brief Makes a date from year, month and day.
 * @param[out] out The date; untouched on error.
 * @param year 1900-2199.
 * @param month 1-12.
 * @param day 1 to the length of the month.
 * @return GS_OK, or GS_EINVAL with a message naming the bad part.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_from_ymd(gs_date *out, int year, int month, int day);

/**
 * @brief Splits a date into year, month and day.
 * @param date A valid date.
 * @param[out] year May be NULL.
 * @param[out] month May be NULL.
 * @param[out] day May be NULL.
 * @return GS_OK, or GS_EINVAL for a date out of range.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_to_ymd(gs_date date, int *year, int *month, int *day);

/**
 * @brief Parses exactly `YYYY-MM-DD` (four, two and two digits).
 *
 * `2025-2-3`, `2025-02-30`, `1899-12-31`, leading or trailing spaces and
 * anything else are rejected with a message saying why.
 * @param[out] out The date; untouched on error.
 * @param text NUL-terminated UTF-8.
 * @return GS_OK or GS_EPARSE.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_parse(gs_date *out, const char *text);

/**
 * @brief Writes @p date as `YYYY-MM-DD` and a NUL into @p buf.
 * @param date A valid date.
 * @param buf At least @p size bytes.
 * @param size At least GS_DATE_BUFSIZE.
 * @return GS_OK; GS_EINVAL for an invalid date, a NULL buffer or a small size.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_format(gs_date date, char *buf, size_t size);

/**
 * @brief Adds a (possibly negative) number of days.
 * @param[out] out The date; untouched on error.
 * @param date A valid date.
 * @param days Days to add.
 * @return GS_OK, or GS_EINVAL when either date is out of range.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_add_days(gs_date *out, gs_date date, int32_t days);

/**
 * @brief The anniversary of @p date after @p years years.
 *
 * 29 February becomes 1 March in a year without it (spec/model.md), so the
 * 4th birthday of a child born 2024-02-29 is 2028-02-29 and the 1st is
 * 2025-03-01.
 * @param[out] out The date; untouched on error.
 * @param date A valid date.
 * @param years Whole years, may be negative.
 * @return GS_OK, or GS_EINVAL when out of range.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_add_years(gs_date *out, gs_date date, int years);

/**
 * @brief The number of days from @p from to @p to (`to - from`).
 * @param to A date.
 * @param from A date.
 * @return The difference in days.
 * @since 0.1
 */
GS_EXPORT int32_t gs_date_diff(gs_date to, gs_date from);

/**
 * @brief Age in completed years on @p as_of of someone born on @p born.
 * @param[out] out The age; negative when @p as_of is before @p born.
 * @param born A valid date.
 * @param as_of A valid date.
 * @return GS_OK or GS_EINVAL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_age_years(int *out, gs_date born, gs_date as_of);

/**
 * @brief Age in completed calendar months (spec/model.md).
 *
 * `12 * (years apart) + (months apart)`, minus 1 when the as-of day of
 * month is smaller than the birth day of month. Born 31 January: one
 * month on 1 March. `months / 12` always equals gs_date_age_years().
 * @param[out] out The age in months; negative when @p as_of is before @p born.
 * @param born A valid date.
 * @param as_of A valid date.
 * @return GS_OK or GS_EINVAL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_date_age_months(int *out, gs_date born, gs_date as_of);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_DATE_H */
