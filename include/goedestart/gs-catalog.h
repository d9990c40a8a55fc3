/*
 * libgoedestart - care-path catalogues, routing and care-gap analysis.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_CATALOG_H
#define GOEDESTART_GS_CATALOG_H

/**
 * @file gs-catalog.h
 * @brief Care-path catalogues (sociale kaart): loading, offers, routing a
 *        need, and the care-gap analysis (witte vlekken).
 *
 * A catalogue (namespace `urn:goedestart:catalog:1`) lists the
 * municipalities it covers and the **offers** of their care paths, each at
 * a level of the self-reliance pyramid (1 own strength ... 5 intensive
 * professional help) with a scope (`national`, `region`, a province such
 * as `DR`, or one municipality code). The library ships the Veenkoloniën
 * example catalogue (gs_catalog_load_default()); local coalitions load their
 * own with gs_catalog_load_file().
 *
 * A ::gs_catalog is immutable once loaded: every function taking a
 * `const gs_catalog *` may be called from any number of threads at once.
 * Strings returned by the accessors are borrowed and live as long as the
 * catalogue. Offers and municipalities are addressed by their index in
 * document order (0 .. count - 1); an index out of range gives NULL, 0 or
 * -1 as documented, never a crash.
 *
 * Topics, phases, levels and provinces are the codes of gs-codes.h
 * (::gs_topic, ::gs_phase, ::gs_level, ::GS_KIND_PROVINCE). A set of
 * phases is a bit mask with bit `1u << phase` for each phase.
 */

#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The bit of phase @p phase in a phase set (`1u << phase`).
 * @since 0.1
 */
#define GS_PHASE_BIT(phase) (1u << (phase))

/* ---- loading ------------------------------------------------------------- */

/**
 * @brief Loads a catalogue from a file.
 *
 * The file is parsed securely (no DTD, no entities, no network), validated
 * against the catalogue schema and then checked in full: unknown topic,
 * phase or province tokens, an invalid scope, a scope naming a
 * municipality the catalogue does not declare, duplicate offer ids or
 * municipalities, levels outside 1-5, min-age-months above max-age-months,
 * valid-from after valid-to and impossible dates are each an error with
 * the file, line and column of the element (gs_error_last()).
 * @param[out] out The new catalogue, owned by the caller (gs_catalog_free());
 *             untouched on error.
 * @param path File name (UTF-8).
 * @return GS_OK; GS_EIO when the file cannot be read; GS_EPARSE for a
 *         document that is not well-formed or not a valid catalogue;
 *         GS_EVERSION for a catalogue namespace other than
 *         `urn:goedestart:catalog:1`; GS_ENOMEM; GS_EINVAL for NULL
 *         arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_load_file(gs_catalog **out, const char *path);

/**
 * @brief Loads a catalogue from memory (see gs_catalog_load_file()).
 * @param[out] out The new catalogue, owned by the caller (gs_catalog_free());
 *             untouched on error.
 * @param data The XML document; need not be NUL-terminated.
 * @param len Its length in bytes.
 * @param name Name used in error messages (e.g. the original file name);
 *             NULL gives "memory".
 * @return As gs_catalog_load_file(), without GS_EIO.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_load_memory(gs_catalog **out, const char *data, size_t len,
                                           const char *name);

/**
 * @brief Loads the Veenkoloniën example catalogue compiled into the library.
 *
 * Id `veenkolonien`, the eleven Goede Start municipalities and the
 * programmes of the Goede Start plan; works with no files installed.
 * @param[out] out The new catalogue, owned by the caller (gs_catalog_free()).
 * @return GS_OK, GS_ENOMEM, or GS_EINVAL when @p out is NULL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_load_default(gs_catalog **out);

/**
 * @brief Frees a catalogue.
 *
 * Objects that borrow it (assessments) must be freed first.
 * @param catalog The catalogue, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_catalog_free(gs_catalog *catalog);

/* ---- the catalogue ------------------------------------------------------- */

/**
 * @brief The catalogue's id (e.g. "veenkolonien").
 * @param catalog A catalogue.
 * @return Borrowed string; NULL when @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_id(const gs_catalog *catalog);

/**
 * @brief The catalogue's version (e.g. "2026.1").
 * @param catalog A catalogue.
 * @return Borrowed string; NULL when @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_version(const gs_catalog *catalog);

/**
 * @brief The SHA-256 of the catalogue's content, as 64 lowercase hex digits.
 *
 * The hash of the catalogue document's bytes exactly as loaded (the file's
 * bytes, or the buffer given to gs_catalog_load_memory(); for the default
 * catalogue the embedded `data/catalogs/veenkolonien.xml`), so
 * `sha256sum catalog.xml` gives the same digits. Two catalogues with the
 * same id and version but different content have different hashes; every
 * assessment records it (formats.md "Content hashes").
 * @param catalog A catalogue.
 * @return Borrowed string, valid while the catalogue lives; NULL when
 *         @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_sha256(const gs_catalog *catalog);

/**
 * @brief The catalogue's own valid-from date (informational).
 * @param catalog A catalogue.
 * @return The date; GS_DATE_NONE when @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT gs_date gs_catalog_valid_from(const gs_catalog *catalog);

/**
 * @brief The catalogue's note in a language.
 * @param catalog A catalogue.
 * @param lang GS_LANG_EN for the English note; any other value for the
 *             Dutch one. When the catalogue has no note in that language
 *             the other language's note is returned.
 * @return Borrowed string, or NULL when the catalogue has no note.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_note(const gs_catalog *catalog, gs_lang lang);

/**
 * @brief The number of municipalities the catalogue declares.
 * @param catalog A catalogue.
 * @return The count; 0 when @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_catalog_municipality_count(const gs_catalog *catalog);

/**
 * @brief The CBS code of a declared municipality ("GMnnnn").
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_municipality_count() - 1, document order.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_municipality_code(const gs_catalog *catalog, size_t index);

/**
 * @brief The name of a declared municipality.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_municipality_count() - 1.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_municipality_name(const gs_catalog *catalog, size_t index);

/**
 * @brief The province of a declared municipality.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_municipality_count() - 1.
 * @return The province code (::GS_KIND_PROVINCE, e.g. 1 for `DR`); 0 when
 *         out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_municipality_province(const gs_catalog *catalog, size_t index);

/**
 * @brief The province of any municipality, as routing sees it.
 *
 * As the catalogue declares it; for a municipality the catalogue does not
 * declare, from the library's table of the eleven Goede Start
 * municipalities.
 * @param catalog A catalogue.
 * @param municipality A code "GMnnnn".
 * @return The province code (::GS_KIND_PROVINCE); 0 when unknown or when
 *         the arguments are invalid.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_province_of(const gs_catalog *catalog, const char *municipality);

/**
 * @brief Finds a declared municipality by its CBS code (current codes only;
 *        see gs_catalog_find_former() for former codes).
 * @param catalog A catalogue.
 * @param code A code "GMnnnn".
 * @param[out] index Its index (0 .. gs_catalog_municipality_count() - 1);
 *             may be NULL to test existence only; untouched on error.
 * @return GS_OK; GS_ENOTFOUND when the catalogue does not declare it (a
 *         former code included); GS_EINVAL for NULL arguments or a
 *         malformed code.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_find_municipality(const gs_catalog *catalog, const char *code,
                                                 size_t *index);

/**
 * @brief The number of former codes of a declared municipality: codes that
 *        no longer exist and route as this municipality (care-paths.md).
 * @param catalog A catalogue.
 * @param index Municipality index.
 * @return The count; 0 when none or out of range.
 * @since 0.1
 */
GS_EXPORT size_t gs_catalog_municipality_former_count(const gs_catalog *catalog, size_t index);

/**
 * @brief A former code of a declared municipality ("GMnnnn").
 * @param catalog A catalogue.
 * @param index Municipality index.
 * @param k Former-code index, 0 .. gs_catalog_municipality_former_count() - 1,
 *          in document order.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_municipality_former_code(const gs_catalog *catalog,
                                                          size_t index, size_t k);

/**
 * @brief The name of a former municipality (e.g. "Vlagtwedde").
 * @param catalog A catalogue.
 * @param index Municipality index.
 * @param k Former-code index.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_municipality_former_name(const gs_catalog *catalog,
                                                          size_t index, size_t k);

/**
 * @brief The last day a former code existed (informational).
 * @param catalog A catalogue.
 * @param index Municipality index.
 * @param k Former-code index.
 * @return The date; GS_DATE_NONE when out of range.
 * @since 0.1
 */
GS_EXPORT gs_date gs_catalog_municipality_former_until(const gs_catalog *catalog, size_t index,
                                                       size_t k);

/**
 * @brief Finds a former municipality code: the municipality that succeeded
 *        it, as which a family with that code is routed.
 * @param catalog A catalogue.
 * @param code A code "GMnnnn".
 * @param[out] municipality Index of the successor; may be NULL; untouched
 *             on error.
 * @param[out] former Index of the code among the successor's former codes;
 *             may be NULL; untouched on error.
 * @return GS_OK; GS_ENOTFOUND when @p code is not a former code of the
 *         catalogue (a current one included); GS_EINVAL for NULL arguments
 *         or a malformed code.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_find_former(const gs_catalog *catalog, const char *code,
                                           size_t *municipality, size_t *former);

/* ---- offers -------------------------------------------------------------- */

/**
 * @brief The number of offers.
 * @param catalog A catalogue.
 * @return The count; 0 when @p catalog is NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_catalog_offer_count(const gs_catalog *catalog);

/**
 * @brief Finds an offer by id.
 * @param catalog A catalogue.
 * @param id The offer id (compared byte for byte).
 * @param[out] index Its index (document order); may be NULL to test
 *             existence only; untouched on error.
 * @return GS_OK; GS_ENOTFOUND when the catalogue has no such offer;
 *         GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_find_offer(const gs_catalog *catalog, const char *id,
                                          size_t *index);

/**
 * @brief The offer's id.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_id(const gs_catalog *catalog, size_t index);

/**
 * @brief The offer's name.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @param lang GS_LANG_EN for the English name, any other value for the
 *             Dutch one; an offer named in one language only gives that
 *             name for both.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_name(const gs_catalog *catalog, size_t index,
                                            gs_lang lang);

/**
 * @brief The organisation providing the offer.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_provider(const gs_catalog *catalog, size_t index);

/**
 * @brief The offer's pyramid level.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return 1-5 (::gs_level); 0 when out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_level(const gs_catalog *catalog, size_t index);

/**
 * @brief The offer's scope as written: `national`, `region`, a province
 *        token or a municipality code.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return Borrowed string; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_scope(const gs_catalog *catalog, size_t index);

/**
 * @brief The kind of the offer's scope.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return A ::gs_scope value; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_scope_kind(const gs_catalog *catalog, size_t index);

/**
 * @brief Whether the offer needs a formal referral or indication.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return 1 or 0 (also 0 when out of range).
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_indication(const gs_catalog *catalog, size_t index);

/**
 * @brief The number of topics the offer serves.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return At least 1; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT size_t gs_catalog_offer_topic_count(const gs_catalog *catalog, size_t index);

/**
 * @brief One topic the offer serves.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @param k 0 .. gs_catalog_offer_topic_count() - 1; topics in ascending
 *          code order.
 * @return A ::gs_topic code; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_topic(const gs_catalog *catalog, size_t index, size_t k);

/**
 * @brief The topics the offer serves as a bit set (bit `1u << topic`).
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The set; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT uint32_t gs_catalog_offer_topics(const gs_catalog *catalog, size_t index);

/**
 * @brief The number of phases the offer serves.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return At least 1; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT size_t gs_catalog_offer_phase_count(const gs_catalog *catalog, size_t index);

/**
 * @brief One phase the offer serves.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @param k 0 .. gs_catalog_offer_phase_count() - 1; phases in ascending
 *          code order.
 * @return A ::gs_phase code; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_phase(const gs_catalog *catalog, size_t index, size_t k);

/**
 * @brief The phases the offer serves as a bit set (GS_PHASE_BIT()).
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The set; 0 when out of range.
 * @since 0.1
 */
GS_EXPORT uint32_t gs_catalog_offer_phases(const gs_catalog *catalog, size_t index);

/**
 * @brief The lower bound of the offer's age range (youngest child, in
 *        completed months, inclusive).
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The bound; -1 when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_min_age_months(const gs_catalog *catalog, size_t index);

/**
 * @brief The upper bound of the offer's age range (inclusive).
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The bound; -1 when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_max_age_months(const gs_catalog *catalog, size_t index);

/**
 * @brief The first day the offer is valid.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The date; GS_DATE_NONE when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT gs_date gs_catalog_offer_valid_from(const gs_catalog *catalog, size_t index);

/**
 * @brief The last day the offer is valid.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return The date; GS_DATE_NONE when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT gs_date gs_catalog_offer_valid_to(const gs_catalog *catalog, size_t index);

/**
 * @brief The offer's contact URL.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return Borrowed string; NULL when absent or out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_url(const gs_catalog *catalog, size_t index);

/**
 * @brief The offer's contact phone number.
 * @param catalog A catalogue.
 * @param index 0 .. gs_catalog_offer_count() - 1.
 * @return Borrowed string; NULL when absent or out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_catalog_offer_phone(const gs_catalog *catalog, size_t index);

/**
 * @brief Entry criterion `first-child`: the programme is for a first child
 *        only (it matches only while the family has no child born on or
 *        before the as-of date; care-paths.md "Routing a need", step 2).
 * @param catalog A catalogue.
 * @param index Offer index.
 * @return 1 or 0 (also 0 when out of range).
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_first_child(const gs_catalog *catalog, size_t index);

/**
 * @brief Entry criterion `max-caregiver-age`: the highest caregiver age in
 *        whole years the programme admits, inclusive.
 * @param catalog A catalogue.
 * @param index Offer index.
 * @return 1-99; -1 when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_max_caregiver_age(const gs_catalog *catalog, size_t index);

/**
 * @brief Entry criterion `max-gestational-weeks` N: the programme admits an
 *        ongoing pregnancy whose gestational age is below N x 7 days.
 * @param catalog A catalogue.
 * @param index Offer index.
 * @return 1-42; -1 when the offer has none or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_catalog_offer_max_gestational_weeks(const gs_catalog *catalog, size_t index);

/**
 * @brief The offers matching a filter, in document order.
 *
 * Each criterion is optional. Age ranges are not considered.
 * @param catalog A catalogue.
 * @param municipality "GMnnnn": only offers whose scope covers it (the
 *        municipality itself, its province, `region` when the catalogue
 *        declares it, `national`); NULL for any.
 * @param topic A ::gs_topic the offer serves; 0 for any.
 * @param phase A ::gs_phase the offer serves; 0 for any.
 * @param level Exactly this level 1-5; 0 for any.
 * @param on Only offers valid on this date; GS_DATE_NONE for any.
 * @param[out] indices Receives the first @p cap matching offer indices;
 *             may be NULL when @p cap is 0.
 * @param cap Capacity of @p indices.
 * @param[out] n The total number of matches (may exceed @p cap: call again
 *             with a larger buffer).
 * @return GS_OK, or GS_EINVAL for a bad argument.
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_offers_matching(const gs_catalog *catalog,
                                               const char *municipality, int topic, int phase,
                                               int level, gs_date on, size_t *indices,
                                               size_t cap, size_t *n);

/**
 * @brief Routes one need through the catalogue (care-paths.md "Routing a
 *        need") for a family known only by its phase set and youngest
 *        child.
 *
 * A former municipality code is routed as its successor. **Candidates**
 * are the offers valid on @p as_of that serve @p topic, whose scope
 * covers the municipality (the municipality itself; its province, as the
 * catalogue declares it or from the library's table of municipalities
 * when the catalogue does not declare it; `region` only when the
 * catalogue declares it; `national` always) and that the family matches.
 *
 * **Matching without a family.** gs_assess() matches the offer's entry
 * criteria against the family's pregnancies, children and caregivers'
 * birth years (and marks a route whose age criterion it cannot decide,
 * gs_assessment_need_route_check()); this function has none of them and
 * matches on what it is given. An offer matches when one of two paths
 * does:
 * - *through a pregnancy*: the offer's phases and @p phases both include
 *   `pregnancy-birth`. With `first-child` it does not match when a child
 *   is born (@p youngest_months >= 0); `max-caregiver-age` and
 *   `max-gestational-weeks` are not checked (no pregnancy or caregiver is
 *   known) and the age range does not apply;
 * - *through another phase*: the offer shares with @p phases a phase
 *   other than `pregnancy-birth`; an age range must contain
 *   @p youngest_months (an offer with an age range never matches a family
 *   without children this way); with `first-child` it does not match when
 *   a child is born; `max-caregiver-age` is undecided (no birth year
 *   known), which does not exclude; `max-gestational-weeks` does not apply.
 *
 * **Levels.** For a start @p level of 1 or 2 (own strength, the network:
 * not services) the route level is the lowest level from @p level to 2
 * that has candidates, and with none there are no routes and no gap:
 * nothing is missing. For a start level of 3-5 the route level is the
 * lowest candidate level >= @p level; above @p level, the gap runs from
 * @p level to the route level - 1. With no candidate at or above
 * @p level, the gap runs from @p level to 5 and the routes are the
 * **fallbacks**: the candidates at the highest level in 3..@p level - 1
 * that has any, "until support at the proposed level is available"
 * (levels 1-2 are never a fallback, so a start at 3 without candidates at
 * 3-5 has a gap 3..5 and no routes). A fallback is not marked here: the
 * routes are fallbacks exactly when @p gap_to is 5 and routes are
 * returned.
 *
 * The routes are the candidates at the route level ordered by scope
 * (municipality, province, region, national), then offer id (byte
 * order), at most @p cap of them. Allocates only when @p cap and the
 * number of offers both exceed 64.
 * @param catalog A catalogue.
 * @param municipality The family's municipality "GMnnnn" (a current or a
 *        former code, or one the catalogue does not declare).
 * @param topic The need's ::gs_topic.
 * @param level The start level 1-5.
 * @param phases The family's phase set (GS_PHASE_BIT() of each phase).
 * @param youngest_months The youngest child's age in completed months;
 *        -1 for a family without children (none born).
 * @param as_of The as-of date.
 * @param[out] routes Receives up to @p cap offer indices in route order;
 *             may be NULL when @p cap is 0.
 * @param cap The most routes to return (the pack's `route.max`).
 * @param[out] n_routes The number of routes written.
 * @param[out] gap_from First level of the gap, 0 when there is none; may
 *             be NULL.
 * @param[out] gap_to Last level of the gap, 0 when there is none; may be
 *             NULL.
 * @return GS_OK; GS_EINVAL for a bad argument; GS_ENOMEM (nothing
 *         written).
 * @since 0.1
 */
GS_EXPORT gs_status gs_catalog_route(const gs_catalog *catalog, const char *municipality,
                                     int topic, int level, uint32_t phases, int youngest_months,
                                     gs_date as_of, size_t *routes, size_t cap, size_t *n_routes,
                                     int *gap_from, int *gap_to);

/**
 * @brief Whether a topic applies in a phase.
 *
 * `pregnancy-health`, `late-prenatal-care` and `feelings-pregnancy` apply
 * in phase 3; `contraception` in phases 1-3; `child-development` in 4-6;
 * `parenting` and `child-safety` in 3-6; every other topic in all six
 * (care-paths.md "Default catalogue").
 * @param topic A ::gs_topic.
 * @param phase A ::gs_phase.
 * @return 1 or 0 (0 for invalid codes).
 * @since 0.1
 */
GS_EXPORT int gs_topic_applies(int topic, int phase);

/* ---- care-gap analysis --------------------------------------------------- */

/**
 * @brief The result of a care-gap analysis (witte vlekken) of a catalogue.
 *
 * Owns copies of everything it reports: it may outlive its catalogue. One
 * thread at a time.
 * @since 0.1
 */
typedef struct gs_gaps gs_gaps;

/**
 * @brief gs_gaps_compute() flag: list and write only the topic-phase pairs
 *        where the topic applies (gs_topic_applies()).
 * @since 0.1
 */
#define GS_GAPS_APPLICABLE_ONLY 1u

/**
 * @brief Computes the care-gap analysis (care-paths.md "Care-gap analysis").
 *
 * For each municipality, each topic, each phase and each level 3-5, the
 * matrix counts the offers that would route there: offers at exactly that
 * level serving the topic in that phase, whose scope covers the
 * municipality (routing's scope rules) and that are valid on @p on. Age
 * ranges are left aside (an offer for some ages counts for its phases).
 * A **gap** is a cell at level 3-5 with no offer at its level and none at
 * the next level up; for level 5, which has none above it, a cell with no
 * offer. Levels 1 and 2 (own strength, the network) are not services: they
 * are neither counted nor gaps (spec v5).
 * Gaps are listed by municipality, topic, phase, level.
 * @param[out] out The analysis, owned by the caller (gs_gaps_free());
 *             untouched on error.
 * @param catalog A catalogue.
 * @param municipality "GMnnnn" for that one municipality (declared or not:
 *        an undeclared one gets its province from the library's table and
 *        no `region` offers); NULL for every municipality the catalogue
 *        declares, in document order.
 * @param on Validity date of the offers; GS_DATE_NONE for the catalogue's
 *        own valid-from date.
 * @param flags 0 or GS_GAPS_APPLICABLE_ONLY.
 * @return GS_OK, GS_ENOMEM, or GS_EINVAL for a bad argument.
 * @since 0.1
 */
GS_EXPORT gs_status gs_gaps_compute(gs_gaps **out, const gs_catalog *catalog,
                                    const char *municipality, gs_date on, uint32_t flags);

/**
 * @brief Frees an analysis.
 * @param gaps The analysis, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_gaps_free(gs_gaps *gaps);

/**
 * @brief The validity date the analysis used.
 * @param gaps An analysis.
 * @return The date; GS_DATE_NONE when @p gaps is NULL.
 * @since 0.1
 */
GS_EXPORT gs_date gs_gaps_on(const gs_gaps *gaps);

/**
 * @brief The flags the analysis was computed with.
 * @param gaps An analysis.
 * @return The flags; 0 when @p gaps is NULL.
 * @since 0.1
 */
GS_EXPORT uint32_t gs_gaps_flags(const gs_gaps *gaps);

/**
 * @brief The number of municipalities analysed.
 * @param gaps An analysis.
 * @return The count; 0 when @p gaps is NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_gaps_municipality_count(const gs_gaps *gaps);

/**
 * @brief The code of an analysed municipality.
 * @param gaps An analysis.
 * @param index 0 .. gs_gaps_municipality_count() - 1.
 * @return Borrowed string "GMnnnn"; NULL when out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_gaps_municipality_code(const gs_gaps *gaps, size_t index);

/**
 * @brief The name of an analysed municipality (from the catalogue, else
 *        from the library's table).
 * @param gaps An analysis.
 * @param index 0 .. gs_gaps_municipality_count() - 1.
 * @return Borrowed string; NULL when unknown or out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_gaps_municipality_name(const gs_gaps *gaps, size_t index);

/**
 * @brief The province of an analysed municipality.
 * @param gaps An analysis.
 * @param index 0 .. gs_gaps_municipality_count() - 1.
 * @return The province code (::GS_KIND_PROVINCE); 0 when unknown or out of
 *         range.
 * @since 0.1
 */
GS_EXPORT int gs_gaps_municipality_province(const gs_gaps *gaps, size_t index);

/**
 * @brief One cell of the matrix: the number of offers at exactly @p level.
 *
 * Available for every topic-phase pair, also with GS_GAPS_APPLICABLE_ONLY.
 * @param gaps An analysis.
 * @param municipality 0 .. gs_gaps_municipality_count() - 1.
 * @param topic A ::gs_topic.
 * @param phase A ::gs_phase.
 * @param level 3-5 (levels 1-2 are not services and not counted).
 * @return The count; -1 when an argument is out of range.
 * @since 0.1
 */
GS_EXPORT int gs_gaps_cell(const gs_gaps *gaps, size_t municipality, int topic, int phase,
                           int level);

/**
 * @brief The number of gaps.
 * @param gaps An analysis.
 * @return The count; 0 when @p gaps is NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_gaps_count(const gs_gaps *gaps);

/**
 * @brief One gap.
 * @param gaps An analysis.
 * @param index 0 .. gs_gaps_count() - 1.
 * @param[out] municipality Index of its municipality; may be NULL.
 * @param[out] topic Its ::gs_topic; may be NULL.
 * @param[out] phase Its ::gs_phase; may be NULL.
 * @param[out] level Its level 3-5; may be NULL.
 * @return GS_OK, or GS_EINVAL when @p index is out of range (outputs
 *         untouched).
 * @since 0.1
 */
GS_EXPORT gs_status gs_gaps_gap(const gs_gaps *gaps, size_t index, size_t *municipality,
                                int *topic, int *phase, int *level);

/**
 * @brief Writes the analysis as XML (namespace `urn:goedestart:gaps:1`,
 *        schema `data/schema/gaps.xsd`).
 *
 * Root `care-gaps` (attributes `catalog`, `catalog-version`, `on`, and
 * `applicable-only="true"` with that flag); per municipality a
 * `municipality` element (`code`, `name` and `province` when known,
 * `gaps` = its number of gaps) holding one `cell` per topic-phase pair
 * (`topic`, `phase`, `level-2` .. `level-5`) and then its `gap` elements
 * (`topic`, `phase`, `level`). Byte-identical for identical input.
 * @param gaps An analysis.
 * @param[out] out The document, NUL-terminated; free with gs_free().
 * @param[out] len Its length without the NUL; may be NULL.
 * @return GS_OK, GS_ENOMEM, or GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_gaps_write_xml(const gs_gaps *gaps, char **out, size_t *len);

/**
 * @brief Writes the analysis as CSV (RFC 4180, UTF-8, CRLF line ends).
 *
 * Header `municipality,name,province,topic,phase,level,offers,gap`, then
 * one row per municipality, topic, phase and level 3-5 in that order:
 * the offer count of the cell and `gap` 1 or 0. Byte-identical for
 * identical input.
 * @param gaps An analysis.
 * @param[out] out The table, NUL-terminated; free with gs_free().
 * @param[out] len Its length without the NUL; may be NULL.
 * @return GS_OK, GS_ENOMEM, or GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_gaps_write_csv(const gs_gaps *gaps, char **out, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_CATALOG_H */
