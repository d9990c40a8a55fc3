/*
 * libgoedestart - life phases of a family at an as-of date.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_PHASES_H
#define GOEDESTART_GS_PHASES_H

/**
 * @file gs-phases.h
 * @brief The Goede Start life phases of a family at an as-of date
 *        (spec/model.md, "Life phases" and "First 1000 days").
 *
 * Six phases, numbered as in the programme (::gs_phase): anticonception
 * and preconception belong to the family (from its wish for a child),
 * pregnancy-birth to a pregnancy (from due - 280 days until 42 days after
 * its end, or after the due date when it has not ended), and the three
 * child phases to a child (birth, 4th, 13th and 19th birthday by default;
 * the boundaries are pack parameters). A birthday on 29 February falls on
 * 1 March in other years.
 *
 * The family is taken as it stood on the as-of date: children born later,
 * pregnancies whose conception anchor lies later, and end dates after the
 * as-of date have not happened yet.
 *
 * A ::gs_phases is an immutable snapshot: it copies what it needs (also the
 * subject ids), so it stays valid after the family changes or is freed.
 * It is used by one thread at a time.
 */

#include <goedestart/gs-family.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The phases of one family at one date. Opaque.
 * @since 0.1
 */
typedef struct gs_phases gs_phases;

/**
 * @brief Computes the life phases of a family at an as-of date.
 *
 * The phases are ordered by phase code, then by the subject's position in
 * the family (the order of gs_family_pregnancy_id() and
 * gs_family_child_id()), exactly as the assessment lists them.
 * @param[out] out The phases (free with gs_phases_free()); untouched on error.
 * @param family A finished family (gs_family_finish()).
 * @param as_of The date to evaluate at.
 * @param pack The pack whose parameters `phase.child-5-12.from-years`,
 *        `phase.child-13-19.from-years` and `phase.end-years` give the
 *        child-phase boundaries, or NULL for the defaults 4, 13 and 19.
 * @return GS_OK; GS_EINVAL for NULL arguments, a family that is not
 *         finished, an invalid as-of date or pack boundaries that do not
 *         increase; GS_ENOMEM.
 * @post The result copies the subject ids and borrows nothing.
 * @since 0.1
 */
GS_EXPORT gs_status gs_phases_new(gs_phases **out, const gs_family *family, gs_date as_of,
                                  const gs_pack *pack);

/**
 * @brief Frees phases.
 * @param phases The phases, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_phases_free(gs_phases *phases);

/**
 * @brief The number of active phases (0 when the family is outside the
 *        programme).
 * @param phases The phases; NULL gives 0.
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_phases_count(const gs_phases *phases);

/**
 * @brief The code of phase @p i.
 * @param phases The phases.
 * @param i Index, 0 to gs_phases_count() - 1.
 * @return The phase, or 0 when @p i is out of range.
 * @since 0.1
 */
GS_EXPORT gs_phase gs_phases_code(const gs_phases *phases, size_t i);

/**
 * @brief The subject of phase @p i: the family id for the family-level
 *        phases (anticonception, preconception), else the id of the
 *        pregnancy or child.
 * @param phases The phases.
 * @param i Index, 0 to gs_phases_count() - 1.
 * @return Borrowed from @p phases (a copy; it does not depend on the
 *         family), or NULL when @p i is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_phases_subject(const gs_phases *phases, size_t i);

/**
 * @brief The first day of phase @p i (inclusive).
 * @param phases The phases.
 * @param i Index, 0 to gs_phases_count() - 1.
 * @return The date; GS_DATE_NONE for family-level phases or when @p i is
 *         out of range.
 * @since 0.1
 */
GS_EXPORT gs_date gs_phases_from(const gs_phases *phases, size_t i);

/**
 * @brief The day phase @p i ends (exclusive: the first day outside it).
 * @param phases The phases.
 * @param i Index, 0 to gs_phases_count() - 1.
 * @return The date; GS_DATE_NONE for family-level phases or when @p i is
 *         out of range.
 * @since 0.1
 */
GS_EXPORT gs_date gs_phases_until(const gs_phases *phases, size_t i);

/**
 * @brief Whether the family is in its first 1000 days at the as-of date:
 *        some pregnancy is ongoing (due - 280 <= as-of < due + 42 and not
 *        ended on or before the as-of date) or some child is younger than
 *        two years.
 * @param phases The phases; NULL gives 0.
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_phases_first_1000_days(const gs_phases *phases);

/**
 * @brief Whether the family is in the programme: it has at least one
 *        active phase.
 * @param phases The phases; NULL gives 0.
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_phases_in_programme(const gs_phases *phases);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_PHASES_H */
