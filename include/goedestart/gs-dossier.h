/*
 * libgoedestart - dossier files: loading, streaming, canonical saving.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_DOSSIER_H
#define GOEDESTART_GS_DOSSIER_H

/**
 * @file gs-dossier.h
 * @brief Dossier XML (namespace `urn:goedestart:dossier:1`, spec/formats.md
 *        "Dossier"): load a whole file, stream a file of any size family by
 *        family, and save families in the canonical form.
 *
 * **Loading.** gs_dossier_load_file() and gs_dossier_load_memory() read a
 * whole dossier: root `dossiers` (one or more families) or a single
 * `family`. The document is parsed without DTDs (a DOCTYPE is an error),
 * without entity expansion and without network access, with libxml2's
 * depth (256) and text-length limits kept. Each family is checked against
 * the rules of the XML Schema (`data/schema/dossier.xsd`, embedded in the
 * library), built with the same builder calls a vendor uses (gs-family.h)
 * and finished, so every semantic rule of model.md and plan.md applies;
 * family ids must be unique in the file. Elements and attributes of other
 * namespaces are accepted and ignored (not kept). The first error ends the
 * load with GS_EPARSE (GS_EIO for a file that cannot be read, GS_ENOMEM
 * when out of memory); gs_error_last() then gives the message with FILE,
 * LINE and COLUMN of the offending element, e.g. `f.xml:12:5: contact K7:
 * subject 'C9' is not a caregiver, pregnancy or child of family F-0001`.
 * A failed load creates nothing.
 *
 * Limits of whole-file loading: at most 256 MiB of XML and at most
 * 1,000,000 families (GS_DOSSIER_MAX_FAMILIES). Larger files are read with
 * the streaming reader.
 *
 * **Streaming.** A gs_dossier_reader reads a file of any size one family at
 * a time with flat memory: gs_dossier_reader_next() hands out one finished
 * family, which the caller owns and may free before asking for the next.
 * The checks and the error messages are those of whole-file loading (a
 * DOCTYPE is reported at its `<!`). The reader keeps the ids of the
 * families seen so far (some 30 bytes each) to find duplicates. It reads
 * UTF-8 and other ASCII-compatible encodings (US-ASCII, ISO-8859-n,
 * windows-125n); a document in UTF-16, UTF-32 or EBCDIC is refused (load it
 * whole or convert it).
 *
 * **Saving.** Families are written in the canonical form, so
 * load(save(x)) equals x and save(load(f)) is byte-identical to a
 * canonical f:
 * - `<?xml version="1.0" encoding="UTF-8"?>`, then the root element with
 *   `xmlns="urn:goedestart:dossier:1"` as its first attribute; UTF-8, LF
 *   line ends, two spaces of indentation per level, one element per line,
 *   all attributes of an element on its line, a final newline;
 * - elements in the order of formats.md (caregivers, pregnancies,
 *   children, contacts by date, conclusions by date, meldcode with its steps
 *   by date, plan; findings in kind order; goals and their actions in the
 *   order they were added, reviews by date; equal dates keep the order
 *   they were added) - the order of a finished family;
 * - attributes in the order of formats.md: family `id municipality
 *   enrolled child-wish`; caregiver `id role birth-year`; pregnancy `id
 *   caregiver due ended outcome child`; child `id born pregnancy
 *   gestational-age birth-weight`; contact `id date moment
 *   setting by subject`; dmop `domain rating`; dmop-overall `rating`;
 *   consult `status`; giz `area gom`; screening `topic concern`;
 *   help-requested `value`; zrm `caregiver domain score`; positive-health
 *   `dimension score`; signal `id topic kind severity resolved`; conclusion
 *   `date care-need proposed reason`; step `n date decision`; goal `id
 *   topic opened target status closed`; action `id level offer start end warm-handover responsible`;
 *   review `date outcome`;
 * - `child-wish` (also when `unknown`), `warm-handover` and
 *   `help-requested@value` are always written, booleans as `true`/`false`;
 *   other optional attributes only when set (`decision` on step 5);
 * - an element without children is written `<x .../>`; `meldcode` only
 *   when steps are recorded, `plan` only when the family has goals;
 * - attribute values escape `& < > "` and tab, LF, CR as character
 *   references; elements and attributes of other namespaces are not kept.
 *
 * Saving to a path is atomic: the content goes to a temporary file in the
 * same directory, is flushed to disk and renamed over the target; on any
 * failure the old file is untouched and no temporary file remains.
 *
 * **Threads.** A gs_dossier, gs_dossier_reader or gs_dossier_writer is used
 * by one thread at a time; distinct objects may be used concurrently.
 */

#include <stddef.h>

#include <goedestart/gs-common.h>
#include <goedestart/gs-family.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Most families gs_dossier_load_file() and gs_dossier_load_memory()
 *         accept in one file; use the streaming reader beyond. @since 0.1 */
#define GS_DOSSIER_MAX_FAMILIES 1000000

/**
 * @brief The families of one dossier file, loaded whole. Opaque.
 * @since 0.1
 */
typedef struct gs_dossier gs_dossier;

/**
 * @brief A streaming reader over a dossier file. Opaque.
 * @since 0.1
 */
typedef struct gs_dossier_reader gs_dossier_reader;

/**
 * @brief A streaming writer of a dossier file. Opaque.
 * @since 0.1
 */
typedef struct gs_dossier_writer gs_dossier_writer;

/**
 * @brief Loads a whole dossier file.
 * @param[out] out The dossier (free with gs_dossier_free()); untouched on error.
 * @param path The file (UTF-8 XML, at most 256 MiB).
 * @return GS_OK; GS_EIO when the file cannot be read; GS_EPARSE when it is
 *         not a valid dossier (message with file, line and column);
 *         GS_EINVAL for a NULL argument; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_load_file(gs_dossier **out, const char *path);

/**
 * @brief Loads a dossier from memory.
 * @param[out] out The dossier (free with gs_dossier_free()); untouched on error.
 * @param data The XML (need not be NUL-terminated); not kept.
 * @param len Its length in bytes (at most 256 MiB).
 * @param name Name used in error messages (e.g. the original file name), or
 *        NULL for "memory".
 * @return GS_OK, GS_EPARSE, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_load_memory(gs_dossier **out, const char *data, size_t len,
                                           const char *name);

/**
 * @brief Frees a dossier and the families it still owns.
 * @param dossier The dossier, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_dossier_free(gs_dossier *dossier);

/**
 * @brief Number of families in the dossier (in document order).
 * @param dossier The dossier.
 * @return The count; 0 for NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_dossier_family_count(const gs_dossier *dossier);

/**
 * @brief The @p i-th family, finished and in canonical order.
 * @param dossier The dossier.
 * @param i Index in document order.
 * @return The family, borrowed from the dossier (valid until the dossier is
 *         freed); NULL when @p i is out of range or the family was taken
 *         with gs_dossier_take_family().
 * @since 0.1
 */
GS_EXPORT const gs_family *gs_dossier_family(const gs_dossier *dossier, size_t i);

/**
 * @brief Whether the file's root element was a single `family` (rather
 *        than `dossiers`). An assessment of such a file has root
 *        `assessment`, otherwise `assessments` (formats.md).
 * @param dossier The dossier.
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_dossier_root_is_family(const gs_dossier *dossier);

/**
 * @brief Finds a family by its id.
 * @param dossier The dossier.
 * @param id The family id.
 * @param[out] index Its index (may be NULL); untouched when not found.
 * @return GS_OK, GS_ENOTFOUND (no such family) or GS_EINVAL (NULL argument).
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_find_family(const gs_dossier *dossier, const char *id,
                                           size_t *index);

/**
 * @brief Takes the @p i-th family out of the dossier: the caller owns it.
 *
 * The index of every other family stays the same; gs_dossier_family() returns
 * NULL for @p i afterwards.
 * @param dossier The dossier.
 * @param i Index in document order.
 * @param[out] out The family (free with gs_family_free()); untouched on error.
 * @return GS_OK, GS_EINVAL (NULL argument or @p i out of range) or
 *         GS_ENOTFOUND (the family was already taken).
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_take_family(gs_dossier *dossier, size_t i, gs_family **out);

/**
 * @brief Opens a streaming reader on a file and reads up to its root element.
 * @param[out] out The reader (free with gs_dossier_reader_free()); untouched
 *        on error.
 * @param path The file (any size).
 * @return GS_OK; GS_EIO when the file cannot be opened; GS_EPARSE when the
 *         document does not start as a dossier (not well-formed before the
 *         root, a DOCTYPE, a root other than `dossiers` or `family`);
 *         GS_EINVAL; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_reader_open_file(gs_dossier_reader **out, const char *path);

/**
 * @brief Opens a streaming reader on a copy of a buffer.
 * @param[out] out The reader; untouched on error.
 * @param data The XML (need not be NUL-terminated); copied.
 * @param len Its length in bytes.
 * @param name Name used in error messages, or NULL for "memory".
 * @return As gs_dossier_reader_open_file(), without GS_EIO.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_reader_open_memory(gs_dossier_reader **out, const char *data,
                                                  size_t len, const char *name);

/**
 * @brief Reads the next family.
 *
 * After an error inside one family (GS_EPARSE: schema, semantic rule,
 * duplicate family id) the reader stays usable: the next call continues
 * with the following family, so a validator can report every bad family.
 * After an error in the XML itself (not well-formed, a DOCTYPE, a limit
 * exceeded), an I/O error or GS_ENOMEM the reader stops: every later call
 * returns GS_ESTATE, repeating that error. So a validator reports errors
 * until GS_OK with a NULL family, or GS_ESTATE. The parser reads a little
 * ahead, so an error in the XML itself may be reported before the last few
 * families in front of it have been handed out.
 * @param reader The reader.
 * @param[out] out The family, finished, owned by the caller (free with
 *        gs_family_free()); NULL at the end of the file, untouched on error.
 * @return GS_OK (also at the end), GS_EPARSE, GS_EIO, GS_ENOMEM, GS_ESTATE
 *         (stopped at an earlier error) or GS_EINVAL (NULL argument).
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_reader_next(gs_dossier_reader *reader, gs_family **out);

/**
 * @brief Whether the root element is a single `family`.
 * @param reader The reader.
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_dossier_reader_root_is_family(const gs_dossier_reader *reader);

/**
 * @brief Closes a reader.
 * @param reader The reader, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_dossier_reader_free(gs_dossier_reader *reader);

/**
 * @brief Writes families as a canonical dossier document in memory.
 * @param families The families, finished (gs_family_finish()).
 * @param n Their number, at least 1.
 * @param root_family 1 for a `family` root (then @p n must be 1), 0 for a
 *        `dossiers` root.
 * @param[out] out The document, NUL-terminated (free with gs_free());
 *        untouched on error.
 * @param[out] len Its length in bytes (may be NULL).
 * @return GS_OK, GS_EINVAL (NULL, an unfinished family, @p n of 0 or a
 *         `family` root with more than one family) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_save_memory(const gs_family *const *families, size_t n,
                                           int root_family, char **out, size_t *len);

/**
 * @brief Writes families as a canonical dossier file, atomically.
 * @param families The families, finished.
 * @param n Their number, at least 1.
 * @param root_family 1 for a `family` root (then @p n must be 1), 0 for `dossiers`.
 * @param path The target; replaced only when everything was written.
 * @return GS_OK, GS_EINVAL, GS_EIO (the old file is untouched) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_save_file(const gs_family *const *families, size_t n,
                                         int root_family, const char *path);

/**
 * @brief Starts writing a `dossiers` file of any size, family by family.
 *
 * The content goes to a temporary file beside @p path; only
 * gs_dossier_writer_close() puts it in place.
 * @param[out] out The writer; untouched on error.
 * @param path The target file.
 * @return GS_OK, GS_EINVAL, GS_EIO (the directory is not writable) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_writer_open(gs_dossier_writer **out, const char *path);

/**
 * @brief Appends a family.
 * @param writer The writer.
 * @param family A finished family; not kept.
 * @return GS_OK, GS_EINVAL (NULL or unfinished; nothing written), GS_EIO or
 *         GS_ENOMEM. After GS_EIO or GS_ENOMEM the writer can only be freed.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_writer_add(gs_dossier_writer *writer, const gs_family *family);

/**
 * @brief Finishes the document and commits it: flushed to disk and renamed
 *        over the target.
 * @param writer The writer; still to be freed with gs_dossier_writer_free()
 *        afterwards, whatever the result.
 * @return GS_OK; GS_EINVAL when no family was added (a dossier holds at least
 *         one; nothing is committed); GS_EIO (the target is untouched);
 *         GS_ESTATE when already closed or after an earlier failure.
 * @since 0.1
 */
GS_EXPORT gs_status gs_dossier_writer_close(gs_dossier_writer *writer);

/**
 * @brief Frees a writer. Without a successful gs_dossier_writer_close() the
 *        temporary file is removed and the target is left untouched.
 * @param writer The writer, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_dossier_writer_free(gs_dossier_writer *writer);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_DOSSIER_H */
