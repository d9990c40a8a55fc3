/*
 * libgoedestart - pseudonymised research export and its mapping file.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_EXPORT_H
#define GOEDESTART_GS_EXPORT_H

/**
 * @file gs-export.h
 * @brief A pseudonymised one-row-per-(family, child) table for
 *        statisticians (spec/indicators.md "Research export"), as CSV or
 *        XML, and the mapping that keeps its pseudonyms stable.
 *
 * **Mapping.** Family and child ids are replaced by pseudonyms: random
 * 128-bit identifiers from the operating system's CSPRNG (getrandom(2),
 * else /dev/urandom), written as 32 lowercase hexadecimal characters. Each
 * family also gets a random date shift, drawn once when it enters the
 * mapping, uniformly from the 28 values -14..-1 and 1..14 (never 0). An
 * entry with `shift-days="0"` (written by an older version) gets a new
 * shift, drawn the same way, when the mapping is loaded; its pseudonyms
 * stay. The data owner
 * keeps the mapping (namespace `urn:goedestart:mapping:1`, schema
 * `data/schema/mapping.xsd`):
 *
 *     <mapping xmlns="urn:goedestart:mapping:1">
 *       <family id="F-0001" pseudonym="3f0c...e9" shift-days="-7">
 *         <child id="C1" pseudonym="a41b...07"/>
 *       </family>
 *     </mapping>
 *
 * The library loads it (validated against the schema, parsed safely,
 * errors with FILE:LINE:COLUMN), extends it with the families and children
 * an export meets for the first time, and saves it atomically with mode
 * 0600 (it is the key to re-identification), families ordered by id,
 * children by id. Exporting again with the same mapping gives the same
 * pseudonyms and shifts; without it, nothing links a pseudonym to a family.
 *
 * **Rows.** One per child born on or before the as-of date; families
 * without such children give no rows. Rows are ordered by the family
 * pseudonym, then the child pseudonym (byte order), never in the order
 * the families were added, so two exports made with different mappings
 * cannot be lined up row by row; they are therefore written once, by
 * gs_exporter_end(). Columns, in this order:
 * `family`, `child` (pseudonyms), `municipality`, `born` (shifted by the
 * family's offset, so intervals within a family stay exact), `phase` (the
 * child's phase token at the as-of date, empty from its 19th birthday),
 * `care_need` (proposed at the as-of date), `needs` (current needs),
 * `max_level` (highest start level, empty without needs), `event_days`
 * and `event` (the time-to-event of gs-survival.h; both empty for a child
 * born before its family enrolled, which the survival analysis leaves
 * out), `actions_l1` .. `actions_l5` (plan actions started on or before the
 * as-of date, by level) and `warm_handovers` (those with a warm handover).
 * Family, caregiver and contact ids, free-text reasons and offer contact
 * details never appear. Small-cell suppression does not apply to this
 * row-level export.
 *
 * CSV: RFC 4180, UTF-8, CRLF line ends, a header row. XML: namespace
 * `urn:goedestart:export:1` (schema `data/schema/export.xsd`), root
 * `export` with `as-of` and `horizon`, one empty `row` element per row
 * whose attributes are the columns (with `-` for `_`), empty columns
 * left out.
 *
 * **Threads.** A mapping and an exporter are used by one thread at a time.
 */

#include <stddef.h>
#include <stdint.h>

#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-family.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- mapping ------------------------------------------------------------- */

/**
 * @brief Pseudonyms and date shifts of families and children. Opaque.
 * @since 0.1
 */
typedef struct gs_mapping gs_mapping;

/**
 * @brief Creates an empty mapping.
 * @param[out] out The mapping (free with gs_mapping_free()); untouched on error.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_new(gs_mapping **out);

/**
 * @brief Loads a mapping file.
 * @param[out] out The mapping; untouched on error.
 * @param path The file.
 * @return GS_OK; GS_EIO (also when a shift of 0 needs a new one and the
 *         CSPRNG fails); GS_EPARSE (not a valid mapping: schema, a bad
 *         pseudonym, a shift outside -14..14, a duplicate family, child or
 *         pseudonym; FILE:LINE:COLUMN); GS_EINVAL; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_load_file(gs_mapping **out, const char *path);

/**
 * @brief Loads a mapping from memory (see gs_mapping_load_file()).
 * @param[out] out The mapping; untouched on error.
 * @param data The XML (need not be NUL-terminated); not kept.
 * @param len Its length.
 * @param name Name used in error messages, or NULL for "memory".
 * @return As gs_mapping_load_file(), without GS_EIO.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_load_memory(gs_mapping **out, const char *data, size_t len,
                                           const char *name);

/**
 * @brief Writes the mapping as XML in memory (families by id, children by id).
 * @param m The mapping.
 * @param[out] out The document, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_save_memory(const gs_mapping *m, char **out, size_t *len);

/**
 * @brief Saves the mapping to a file atomically (temporary file, fsync,
 *        rename; mode 0600). On failure the old file is untouched.
 * @param m The mapping.
 * @param path The file.
 * @return GS_OK, GS_EINVAL, GS_EIO or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_save_file(const gs_mapping *m, const char *path);

/**
 * @brief Frees a mapping.
 * @param m The mapping, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_mapping_free(gs_mapping *m);

/** @brief Number of families. @param m The mapping. @return The count; 0 for NULL. @since 0.1 */
GS_EXPORT size_t gs_mapping_family_count(const gs_mapping *m);
/** @brief Number of children over all families. @param m The mapping. @return The count; 0 for NULL. @since 0.1 */
GS_EXPORT size_t gs_mapping_child_count(const gs_mapping *m);

/**
 * @brief The pseudonym of a family.
 * @param m The mapping.
 * @param family_id The family id.
 * @return Borrowed (32 hex characters), or NULL when the family is not mapped.
 * @since 0.1
 */
GS_EXPORT const char *gs_mapping_family_pseudonym(const gs_mapping *m, const char *family_id);

/**
 * @brief The date shift of a family.
 * @param m The mapping.
 * @param family_id The family id.
 * @param[out] out The shift in days, -14..14.
 * @return GS_OK, GS_ENOTFOUND or GS_EINVAL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_mapping_family_shift(const gs_mapping *m, const char *family_id, int *out);

/**
 * @brief The pseudonym of a child.
 * @param m The mapping.
 * @param family_id The family id.
 * @param child_id The child id.
 * @return Borrowed, or NULL when not mapped.
 * @since 0.1
 */
GS_EXPORT const char *gs_mapping_child_pseudonym(const gs_mapping *m, const char *family_id,
                                                 const char *child_id);

/* ---- export -------------------------------------------------------------- */

/** @brief Output formats of the research export. @since 0.1 */
typedef enum gs_export_format {
  GS_EXPORT_CSV = 1,   /**< CSV (RFC 4180) */
  GS_EXPORT_XML = 2    /**< XML (`urn:goedestart:export:1`) */
} gs_export_format;

/** @brief Version of ::gs_export_options understood by this library. @since 0.1 */
#define GS_EXPORT_OPTIONS_VERSION 1u

/**
 * @brief Options of an export (versioned option struct).
 * @since 0.1
 */
typedef struct gs_export_options {
  unsigned int version;  /**< GS_EXPORT_OPTIONS_VERSION */
  gs_date as_of;         /**< The as-of date (required). */
  int horizon;           /**< Survival horizon in days for event_days (default 548). */
  int format;            /**< A ::gs_export_format (default GS_EXPORT_CSV). */
} gs_export_options;

/**
 * @brief Static initialiser for ::gs_export_options (as-of date unset).
 * @since 0.1
 */
#define GS_EXPORT_OPTIONS_INIT { GS_EXPORT_OPTIONS_VERSION, GS_DATE_NONE, 548, GS_EXPORT_CSV }

/**
 * @brief Fills @p options with GS_EXPORT_OPTIONS_INIT.
 * @param options The struct; NULL does nothing.
 * @since 0.1
 */
GS_EXPORT void gs_export_options_init(gs_export_options *options);

/**
 * @brief A streaming export writer. Opaque.
 *
 * The output accumulates as pending bytes (gs_exporter_pending()) that the
 * caller writes out and clears: the header when the export starts, every
 * row (in pseudonym order) and the end when it ends. Until then the rows
 * are held in memory, without their pseudonyms (about 80 bytes a row
 * beside the mapping's 110 bytes a family or child).
 * @since 0.1
 */
typedef struct gs_exporter gs_exporter;

/**
 * @brief Starts an export; the header (CSV) or the root start tag (XML)
 *        becomes pending.
 * @param[out] out The exporter (free with gs_exporter_free()); untouched on error.
 * @param options The options (copied).
 * @param mapping The mapping to use and extend; borrowed, must outlive the exporter.
 * @param pack The pack (phases, care need, needs); borrowed.
 * @return GS_OK, GS_EVERSION, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_exporter_new(gs_exporter **out, const gs_export_options *options,
                                    gs_mapping *mapping, const gs_pack *pack);

/**
 * @brief Exports the rows of one family, extending the mapping with its
 *        new pseudonyms.
 * @param e The exporter (not ended).
 * @param family A finished family; not kept.
 * @return GS_OK; GS_EINVAL; GS_ESTATE after gs_exporter_end(); GS_EEVAL;
 *         GS_EIO when the CSPRNG fails; GS_ENOMEM. On error neither the
 *         output nor the mapping changed.
 * @since 0.1
 */
GS_EXPORT gs_status gs_exporter_add(gs_exporter *e, const gs_family *family);

/**
 * @brief Exports every family of a dossier file (streamed).
 * @param e The exporter (not ended).
 * @param path The dossier file.
 * @return GS_OK; GS_EIO, GS_EPARSE, GS_EEVAL or GS_ENOMEM, and then neither
 *         the output nor the mapping changed; GS_EINVAL; GS_ESTATE.
 * @since 0.1
 */
GS_EXPORT gs_status gs_exporter_add_file(gs_exporter *e, const char *path);

/**
 * @brief Ends the output: every row, in pseudonym order, then the XML end
 *        tag become pending.
 * @param e The exporter.
 * @return GS_OK, GS_EINVAL, GS_ESTATE (already ended) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_exporter_end(gs_exporter *e);

/**
 * @brief The bytes written and not yet cleared.
 * @param e The exporter.
 * @param[out] len Their number; may be NULL.
 * @return Borrowed, valid until the next call on the exporter (never NULL).
 * @since 0.1
 */
GS_EXPORT const char *gs_exporter_pending(const gs_exporter *e, size_t *len);

/**
 * @brief Drops the pending bytes (after the caller wrote them out).
 * @param e The exporter.
 * @since 0.1
 */
GS_EXPORT void gs_exporter_clear(gs_exporter *e);

/**
 * @brief Rows written so far.
 * @param e The exporter.
 * @return The count.
 * @since 0.1
 */
GS_EXPORT uint64_t gs_exporter_row_count(const gs_exporter *e);

/**
 * @brief Frees an exporter (the mapping stays with the caller).
 * @param e The exporter, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_exporter_free(gs_exporter *e);

/**
 * @brief Exports an array of families in one call.
 * @param families Finished families.
 * @param count Their number.
 * @param options The options.
 * @param mapping The mapping to use and extend (unchanged on error).
 * @param pack The pack.
 * @param[out] out The whole document, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return As gs_exporter_new(), gs_exporter_add() and gs_exporter_end().
 * @since 0.1
 */
GS_EXPORT gs_status gs_export_families(const gs_family *const *families, size_t count,
                                       const gs_export_options *options, gs_mapping *mapping,
                                       const gs_pack *pack, char **out, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_EXPORT_H */
