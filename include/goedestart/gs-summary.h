/*
 * libgoedestart - a compact table of assessment results over a population.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_SUMMARY_H
#define GOEDESTART_GS_SUMMARY_H

/**
 * @file gs-summary.h
 * @brief Assess a whole population in C and keep one compact row per
 *        family: the bulk path for researchers (Python `assess_many`).
 *
 * The loop runs in C with one reused assessment, so it allocates nothing
 * per family beyond the row itself (and, when streaming a file, the family
 * being read). Columns are plain `int32_t` arrays a binding can expose as
 * a memoryview or copy in one call.
 *
 * A summary owns its data (it borrows nothing); it is used by one thread
 * at a time.
 */

#include <goedestart/gs-assess.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief One row per family. Opaque.
 * @since 0.1
 */
typedef struct gs_summary gs_summary;

/** @brief The integer columns of a summary. @since 0.1 */
typedef enum gs_summary_column {
  GS_SUMMARY_OUTCOME = 1,       /**< proposed ::gs_care_need code */
  GS_SUMMARY_NEEDS = 2,         /**< number of needs */
  GS_SUMMARY_MAX_LEVEL = 3,     /**< highest start level, 0 without needs */
  GS_SUMMARY_OVERDUE = 4,       /**< listed schedule instances with status overdue */
  GS_SUMMARY_MUNICIPALITY = 5,  /**< the number nnnn of the municipality code GMnnnn */
  GS_SUMMARY_IN_PROGRAMME = 6   /**< 1 when the family is in the programme, else 0 */
} gs_summary_column;

/**
 * @brief Assesses an array of families into a summary.
 * @param[out] out The summary (free with gs_summary_free()); untouched on error.
 * @param families Finished families.
 * @param count Their number.
 * @param as_of The as-of date.
 * @param pack The pack.
 * @param catalog The catalogue, or NULL.
 * @return GS_OK, or the first error (naming the family), GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_summary_from_families(gs_summary **out, const gs_family *const *families,
                                             size_t count, gs_date as_of, const gs_pack *pack,
                                             const gs_catalog *catalog);

/**
 * @brief Streams a dossier file and assesses every family into a summary.
 *
 * Memory stays flat apart from the rows (a few dozen bytes per family).
 * @param[out] out The summary; untouched on error.
 * @param dossier_path A dossier file (any size).
 * @param as_of The as-of date.
 * @param pack The pack.
 * @param catalog The catalogue, or NULL.
 * @return GS_OK; GS_EPARSE/GS_EIO with the file position of a bad family;
 *         GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_summary_from_file(gs_summary **out, const char *dossier_path, gs_date as_of,
                                         const gs_pack *pack, const gs_catalog *catalog);

/**
 * @brief Frees a summary.
 * @param summary The summary, or NULL.
 * @since 0.1
 */
GS_EXPORT void gs_summary_free(gs_summary *summary);

/**
 * @brief The number of rows (families, in input order).
 * @param summary The summary.
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_summary_rows(const gs_summary *summary);

/**
 * @brief The values of an integer column, one per row.
 * @param summary The summary.
 * @param column The column.
 * @return Borrowed array of gs_summary_rows() values, or NULL for an unknown column.
 * @since 0.1
 */
GS_EXPORT const int32_t *gs_summary_column_data(const gs_summary *summary,
                                                gs_summary_column column);

/**
 * @brief The family id of a row.
 * @param summary The summary.
 * @param row The row.
 * @return Borrowed, or NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_summary_family_id(const gs_summary *summary, size_t row);

/**
 * @brief The municipality code `GMnnnn` of a row.
 * @param summary The summary.
 * @param row The row.
 * @return Borrowed, or NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_summary_municipality(const gs_summary *summary, size_t row);

/**
 * @brief All family ids at once: each NUL-terminated, concatenated in row order.
 * @param summary The summary.
 * @param[out] len Total bytes, NULs included; may be NULL.
 * @return Borrowed; "" (length 0) for an empty summary.
 * @since 0.1
 */
GS_EXPORT const char *gs_summary_ids(const gs_summary *summary, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_SUMMARY_H */
