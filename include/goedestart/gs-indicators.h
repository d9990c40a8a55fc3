/*
 * libgoedestart - process indicators per municipality, province or overall.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_INDICATORS_H
#define GOEDESTART_GS_INDICATORS_H

/**
 * @file gs-indicators.h
 * @brief The process indicators of spec/indicators.md over a set of
 *        families and a period [from, to], with small-cell suppression.
 *
 * Everything is computed as the families stood on `to`. Families are
 * added one at a time (gs_indicators_add()) or a whole dossier file is
 * streamed (gs_indicators_add_file()); only counters per group are kept,
 * never the families, so memory stays flat for any number of families.
 * gs_indicators_finish() then computes the Kaplan-Meier figures, the care
 * gaps and the suppression, and the rows can be read or written as CSV or
 * XML.
 *
 * **Groups.** The municipality code, the province (as the catalogue
 * declares it, else from the library's table, else `unknown`), or only
 * `all` (GS_GROUP_BY_NONE). With a municipality or province grouping the
 * total over all families follows as group `all`. Rows are ordered by
 * group (byte order, `all` last), then by indicator in the order of the
 * spec's table (::gs_indicator).
 *
 * **Indicators** (numerator / denominator):
 * - `pregnancies`: pregnancies whose conception anchor (due - 280) falls
 *   in the period / -;
 * - `screened-before-16w`: of the pregnancies whose gestational day 112
 *   falls in the period, those whose `vk-screening` instance was satisfied
 *   by a contact dated before day 112 / those pregnancies;
 * - `births`: children born in the period / -;
 * - `jgz-8w-on-time`: children whose `jgz-8w` instance was satisfied on
 *   or before its overdue day / children whose overdue day falls in the
 *   period and whose instance is applicable;
 * - `moments-missed`: instances missed at `to` / applicable instances
 *   whose close day + 1 falls in the period;
 * - `care-need-positive-confirmation`, `care-need-additional-care`,
 *   `care-need-urgent-support`: families in the programme at `to` by
 *   proposed outcome / families in the programme at `to`;
 * - `time-to-support-median`: families whose support started by `to` /
 *   families with an index contact; value: the Kaplan-Meier median time to
 *   support in days (empty when the share not yet supported never gets to
 *   0.5);
 * - `time-to-support-28d`: families supported within 28 days / families
 *   with an index contact; value: the Kaplan-Meier share supported within
 *   28 days;
 * - `actions-by-level-1` .. `actions-by-level-5`: actions started in the
 *   period per pyramid level / actions started in the period;
 * - `started-at-proposed-level`: of those, actions whose level equals the
 *   start level of the need on their goal's topic in an assessment as of
 *   the action's start date / actions started in the period;
 * - `warm-handover`: of those, actions with a warm handover / actions
 *   started in the period;
 * - `goals-achieved`: goals closed in the period as achieved / goals
 *   closed in the period;
 * - `care-gaps`: gap cells (care-paths.md, only topic-phase pairs where
 *   the topic applies) on `to` of the municipalities of the group's
 *   families / -.
 *
 * A family's **index contact** is its first contact dated in the period
 * whose assessment as of that date proposes additional care or urgent
 * support; its time to support runs to the start of its first plan action
 * starting on or after it (the same day: 0), censored at `to` without one.
 *
 * **Small-cell suppression** (publication mode) is on unless the options
 * switch it off explicitly. It works on cells: a group's numerator of an
 * indicator and a group's denominator figure (one cell however many rows
 * show it). Every cell from 1 to k-1 is suppressed, `care-gaps` included;
 * zero is shown. Then lines (a total and the cells adding up to it: the
 * partitioned denominators `care-need-*` and `actions-by-level-*` within a
 * group, and, with a municipality or province grouping, every count column
 * with `all` as its total across the groups) are settled in rounds until
 * nothing changes (spec/indicators.md), so that no suppressed cell can be
 * recomputed from a published sum and no total below k. A share or median
 * is suppressed with its numerator or denominator.
 * **Threads.** A ::gs_indicators is used by one thread at a time; the pack
 * and the catalogue it borrows may be shared.
 */

#include <stddef.h>
#include <stdint.h>

#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-family.h>
#include <goedestart/gs-survival.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief The indicators, in the order of the spec's table (row order). @since 0.1 */
typedef enum gs_indicator {
  GS_IND_PREGNANCIES = 1,                       /**< `pregnancies` */
  GS_IND_SCREENED_BEFORE_16W = 2,               /**< `screened-before-16w` */
  GS_IND_BIRTHS = 3,                            /**< `births` */
  GS_IND_JGZ_8W_ON_TIME = 4,                    /**< `jgz-8w-on-time` */
  GS_IND_MOMENTS_MISSED = 5,                    /**< `moments-missed` */
  GS_IND_CARE_NEED_POSITIVE_CONFIRMATION = 6,   /**< `care-need-positive-confirmation` */
  GS_IND_CARE_NEED_ADDITIONAL_CARE = 7,         /**< `care-need-additional-care` */
  GS_IND_CARE_NEED_URGENT_SUPPORT = 8,          /**< `care-need-urgent-support` */
  GS_IND_TIME_TO_SUPPORT_MEDIAN = 9,            /**< `time-to-support-median` */
  GS_IND_TIME_TO_SUPPORT_28D = 10,              /**< `time-to-support-28d` */
  GS_IND_ACTIONS_BY_LEVEL_1 = 11,               /**< `actions-by-level-1` */
  GS_IND_ACTIONS_BY_LEVEL_2 = 12,               /**< `actions-by-level-2` */
  GS_IND_ACTIONS_BY_LEVEL_3 = 13,               /**< `actions-by-level-3` */
  GS_IND_ACTIONS_BY_LEVEL_4 = 14,               /**< `actions-by-level-4` */
  GS_IND_ACTIONS_BY_LEVEL_5 = 15,               /**< `actions-by-level-5` */
  GS_IND_STARTED_AT_PROPOSED_LEVEL = 16,        /**< `started-at-proposed-level` */
  GS_IND_WARM_HANDOVER = 17,                    /**< `warm-handover` */
  GS_IND_GOALS_ACHIEVED = 18,                   /**< `goals-achieved` */
  GS_IND_CARE_GAPS = 19                         /**< `care-gaps` */
} gs_indicator;

/**
 * @brief The id of an indicator, e.g. "jgz-8w-on-time".
 * @param indicator A ::gs_indicator.
 * @return A static string, or NULL for an unknown code.
 * @since 0.1
 */
GS_EXPORT const char *gs_indicator_id(gs_indicator indicator);

/**
 * @brief A one-line description of an indicator for people.
 * @param indicator A ::gs_indicator.
 * @param lang GS_LANG_NL or GS_LANG_EN (anything else gives English).
 * @return A static string, or NULL for an unknown code.
 * @since 0.1
 */
GS_EXPORT const char *gs_indicator_description(gs_indicator indicator, gs_lang lang);

/**
 * @brief The number of indicators per group (19).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_indicator_count(void);

/** @brief Version of ::gs_indicators_options understood by this library. @since 0.1 */
#define GS_INDICATORS_OPTIONS_VERSION 1u

/**
 * @brief Options of an indicator run (versioned option struct).
 * @since 0.1
 */
typedef struct gs_indicators_options {
  unsigned int version;  /**< GS_INDICATORS_OPTIONS_VERSION */
  gs_date from;          /**< First day of the period (required). */
  gs_date to;            /**< Last day of the period (required, >= from). */
  int group_by;          /**< GS_GROUP_BY_MUNICIPALITY (default), _PROVINCE or _NONE. */
  int suppress_k;        /**< Small-cell threshold k >= 1 (default 5). */
  int no_suppress;       /**< 1 switches suppression off (default 0: publication mode). */
} gs_indicators_options;

/**
 * @brief Static initialiser for ::gs_indicators_options (period unset).
 * @since 0.1
 */
#define GS_INDICATORS_OPTIONS_INIT \
  { GS_INDICATORS_OPTIONS_VERSION, GS_DATE_NONE, GS_DATE_NONE, GS_GROUP_BY_MUNICIPALITY, \
    GS_SUPPRESS_DEFAULT, 0 }

/**
 * @brief Fills @p options with GS_INDICATORS_OPTIONS_INIT.
 * @param options The struct; NULL does nothing.
 * @since 0.1
 */
GS_EXPORT void gs_indicators_options_init(gs_indicators_options *options);

/**
 * @brief An indicator run: an accumulator while families are added, then
 *        (after gs_indicators_finish()) the result rows. Opaque.
 * @since 0.1
 */
typedef struct gs_indicators gs_indicators;

/** @brief Row flag: the numerator is suppressed. @since 0.1 */
#define GS_IND_NUMERATOR_SUPPRESSED 1u
/** @brief Row flag: the denominator is suppressed. @since 0.1 */
#define GS_IND_DENOMINATOR_SUPPRESSED 2u
/** @brief Row flag: the value is suppressed. @since 0.1 */
#define GS_IND_VALUE_SUPPRESSED 4u
/** @brief Row flag: the indicator has a denominator. @since 0.1 */
#define GS_IND_HAS_DENOMINATOR 8u
/** @brief Row flag: the row has a value (a share or a median). @since 0.1 */
#define GS_IND_HAS_VALUE 16u

/**
 * @brief Starts an indicator run.
 * @param[out] out The run (free with gs_indicators_free()); untouched on error.
 * @param options The options (copied).
 * @param pack The pack (schedule, decision tables); borrowed, must outlive the run.
 * @param catalog The catalogue (provinces, care gaps); borrowed, must outlive the run.
 * @return GS_OK; GS_EVERSION; GS_EINVAL (a missing or reversed period, an
 *         unknown grouping, k < 1, a NULL pack or catalogue); GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_new(gs_indicators **out, const gs_indicators_options *options,
                                      const gs_pack *pack, const gs_catalog *catalog);

/**
 * @brief Adds one family.
 * @param ind The run (not finished).
 * @param family A finished family; not kept.
 * @return GS_OK; GS_EINVAL; GS_ESTATE after finishing; GS_EEVAL when an
 *         assessment fails (a regional pack without a default rule);
 *         GS_ENOMEM. On error nothing of the family was added.
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_add(gs_indicators *ind, const gs_family *family);

/**
 * @brief Adds every family of a dossier file, streaming it (flat memory).
 * @param ind The run (not finished).
 * @param path The dossier file.
 * @return GS_OK; GS_EIO, GS_EPARSE (FILE:LINE:COLUMN), GS_EEVAL or
 *         GS_ENOMEM, and then nothing of the file was added; GS_EINVAL;
 *         GS_ESTATE.
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_add_file(gs_indicators *ind, const char *path);

/**
 * @brief Computes the rows (Kaplan-Meier figures, care gaps, suppression).
 * @param ind The run.
 * @return GS_OK; GS_ESTATE when already finished; GS_EINVAL; GS_ENOMEM
 *         (the run stays unfinished and can be finished again).
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_finish(gs_indicators *ind);

/**
 * @brief Computes the indicators of an array of families in one call.
 * @param[out] out The finished run; untouched on error.
 * @param families Finished families.
 * @param count Their number.
 * @param options The options.
 * @param pack The pack (borrowed by the result).
 * @param catalog The catalogue (borrowed by the result).
 * @return As gs_indicators_new(), gs_indicators_add() and gs_indicators_finish().
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_compute(gs_indicators **out, const gs_family *const *families,
                                          size_t count, const gs_indicators_options *options,
                                          const gs_pack *pack, const gs_catalog *catalog);

/**
 * @brief Frees a run.
 * @param ind The run, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_indicators_free(gs_indicators *ind);

/** @brief Families added so far. @param ind The run. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_indicators_family_count(const gs_indicators *ind);

/** @name Result rows (after gs_indicators_finish(); group order, then indicator order)
 * @{ */
/** @brief Number of rows (groups x 19). @param ind The run. @return The count; 0 before finishing. @since 0.1 */
GS_EXPORT size_t gs_indicators_row_count(const gs_indicators *ind);
/** @brief Group of row @p i. @param ind The run. @param i Row. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_indicators_row_group(const gs_indicators *ind, size_t i);
/** @brief Indicator of row @p i. @param ind The run. @param i Row. @return The code, 0 out of range. @since 0.1 */
GS_EXPORT gs_indicator gs_indicators_row_indicator(const gs_indicators *ind, size_t i);
/** @brief Numerator (also when suppressed: check the flags before publishing). @param ind The run. @param i Row. @return The count, -1 out of range. @since 0.1 */
GS_EXPORT int64_t gs_indicators_row_numerator(const gs_indicators *ind, size_t i);
/** @brief Denominator. @param ind The run. @param i Row. @return The count; -1 without a denominator or out of range. @since 0.1 */
GS_EXPORT int64_t gs_indicators_row_denominator(const gs_indicators *ind, size_t i);
/** @brief Value: the share, or the median in days. @param ind The run. @param i Row. @return The value; NaN without one. @since 0.1 */
GS_EXPORT double gs_indicators_row_value(const gs_indicators *ind, size_t i);
/** @brief Flags of row @p i (GS_IND_*_SUPPRESSED, GS_IND_HAS_*). @param ind The run. @param i Row. @return The flags, 0 out of range. @since 0.1 */
GS_EXPORT uint32_t gs_indicators_row_flags(const gs_indicators *ind, size_t i);
/** @} */

/**
 * @brief Writes the rows as CSV (RFC 4180, UTF-8, CRLF): header
 *        `group,indicator,numerator,denominator,value,suppressed`; value
 *        with six decimals (the median as whole days), empty without a
 *        value; a suppressed figure is empty and `suppressed` is 1.
 * @param ind A finished run.
 * @param[out] out The table, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE (not finished) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_write_csv(const gs_indicators *ind, char **out, size_t *len);

/**
 * @brief Writes the rows as XML (namespace `urn:goedestart:indicators:1`,
 *        schema `data/schema/indicators.xsd`).
 *
 * Root `indicators` with `from`, `to`, `by`, `pack`, `pack-version`,
 * `catalog`, `catalog-version`, `families`, and `suppress` (k) or
 * `suppress="off"`; one `group name=...` per group holding one `indicator`
 * per row with `id`, `numerator`, `denominator` and `value` when present
 * and not suppressed, and `suppressed="true"` when something was.
 * Byte-identical for identical input.
 * @param ind A finished run.
 * @param[out] out The document, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_indicators_write_xml(const gs_indicators *ind, char **out, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_INDICATORS_H */
