/*
 * libgoedestart - the family model: builder and read accessors.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_FAMILY_H
#define GOEDESTART_GS_FAMILY_H

/**
 * @file gs-family.h
 * @brief A family (gezin) with its caregivers, pregnancies, children,
 *        contacts and findings, conclusions and plan (spec/model.md, plan.md).
 *
 * **Building.** A vendor fills a family from its own database without XML:
 * gs_family_new(), then gs_family_add_*() in any order that respects
 * parents (a finding needs its contact, an action its goal, a review its
 * action), then gs_family_finish(). Each call checks what it can at once
 * (identifier syntax and uniqueness, date range, codes, value ranges) and
 * changes nothing when it fails. gs_family_finish() checks the rest - that
 * references resolve, dates are in order, goals on one topic do not
 * overlap - and puts the family in canonical order (contacts, conclusions
 * and reviews by date, keeping insertion order for equal dates). The
 * dossier loaders run exactly the same checks.
 *
 * **Reading.** Counts and indexed getters for everything. Indices follow
 * the canonical order and are valid on a finished family (the getters
 * return 0, NULL or GS_DATE_NONE for an index out of range). Strings are
 * borrowed from the family.
 *
 * **Threads.** A family is used by one thread at a time; distinct
 * families may be used concurrently.
 *
 * Identifiers are 1-64 bytes of UTF-8 without control characters. All
 * identifiers inside a family (caregivers, pregnancies, children, contacts,
 * signals, goals, actions) share one namespace and differ from the
 * family's own id. Optional dates are GS_DATE_NONE, optional strings NULL.
 */

#include <goedestart/gs-codes.h>
#include <goedestart/gs-date.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief A family: the unit of assessment. Opaque.
 * @since 0.1
 */
typedef struct gs_family gs_family;

/**
 * @brief Creates an empty family.
 * @param[out] out The new family (free with gs_family_free()); untouched on error.
 * @param id The family's identifier.
 * @param municipality CBS code `GMnnnn`.
 * @param enrolled The date the family was enrolled in the programme.
 * @return GS_OK, GS_EINVAL (bad id, code or date) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_new(gs_family **out, const char *id, const char *municipality,
                                  gs_date enrolled);

/**
 * @brief Frees a family and everything it holds.
 * @param family The family, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_family_free(gs_family *family);

/**
 * @brief Makes an independent deep copy.
 * @param[out] out The copy; untouched on error.
 * @param family The family to copy.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_clone(gs_family **out, const gs_family *family);

/**
 * @brief Whether two families hold the same data (in canonical order).
 * @param a A family.
 * @param b A family.
 * @return 1 when equal, 0 otherwise (also when either is NULL or not finished).
 * @since 0.1
 */
GS_EXPORT int gs_family_equal(const gs_family *a, const gs_family *b);

/**
 * @brief Sets the wish for a child (default unknown).
 * @param family The family.
 * @param wish The wish.
 * @return GS_OK or GS_EINVAL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_set_child_wish(gs_family *family, gs_child_wish wish);

/**
 * @brief Adds a caregiver.
 * @param family The family.
 * @param id Caregiver id.
 * @param role Its role.
 * @return GS_OK, GS_EINVAL (bad or duplicate id, bad role) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_caregiver(gs_family *family, const char *id, gs_role role);

/**
 * @brief Adds a pregnancy.
 * @param family The family.
 * @param id Pregnancy id.
 * @param caregiver Id of the pregnant caregiver (resolved at finish).
 * @param due Expected due date.
 * @param ended Date the pregnancy ended, or GS_DATE_NONE.
 * @param outcome GS_OUTCOME_BIRTH or GS_OUTCOME_LOSS when @p ended is given,
 *        GS_OUTCOME_NONE otherwise.
 * @param child Id of the child born (only with outcome birth), or NULL.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_pregnancy(gs_family *family, const char *id,
                                            const char *caregiver, gs_date due, gs_date ended,
                                            gs_pregnancy_outcome outcome, const char *child);

/**
 * @brief Adds a child.
 * @param family The family.
 * @param id Child id.
 * @param born Date of birth.
 * @param pregnancy Id of the pregnancy it was born from, or NULL.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_child(gs_family *family, const char *id, gs_date born,
                                        const char *pregnancy);

/**
 * @brief Sets or clears a caregiver's year of birth (spec/model.md).
 *
 * Only the year is recorded; it serves the programme entry criterion
 * `max-caregiver-age` (a caregiver's age is `as_of.year - birth_year`).
 * Does not change whether the family is finished.
 * @param family The family.
 * @param caregiver Id of an existing caregiver.
 * @param year 1900-2199, or 0 to clear (not recorded).
 * @return GS_OK, or GS_EINVAL (no such caregiver, year out of range);
 *         nothing changes on error.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_set_caregiver_birth_year(gs_family *family, const char *caregiver,
                                                       int year);

/**
 * @brief Sets or clears a child's gestational age at birth (spec/model.md).
 *
 * Informational: kept, round-tripped and shown, used by the population
 * indicators, never by the assessment's decisions. Does not change whether
 * the family is finished.
 * @param family The family.
 * @param child Id of an existing child.
 * @param days Gestational age at birth in days, 140-315, or 0 to clear.
 * @return GS_OK, or GS_EINVAL (no such child, value out of range);
 *         nothing changes on error.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_set_child_gestational_age(gs_family *family, const char *child,
                                                        int days);

/**
 * @brief Sets or clears a child's birth weight (spec/model.md).
 *
 * Informational, like the gestational age. Does not change whether the
 * family is finished.
 * @param family The family.
 * @param child Id of an existing child.
 * @param grams Birth weight in grams, 300-6000, or 0 to clear.
 * @return GS_OK, or GS_EINVAL (no such child, value out of range);
 *         nothing changes on error.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_set_child_birth_weight(gs_family *family, const char *child,
                                                     int grams);

/**
 * @brief Adds a contact (a signal moment held, or an ad-hoc contact).
 * @param family The family.
 * @param id Contact id.
 * @param date Date of the contact.
 * @param moment A schedule moment id, or "ad-hoc".
 * @param setting Where it took place.
 * @param by Who signalled.
 * @param subject Id of a caregiver, pregnancy or child, or NULL (or the
 *        family's own id) for the whole family.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_contact(gs_family *family, const char *id, gs_date date,
                                          const char *moment, gs_setting setting,
                                          gs_signaller by, const char *subject);

/**
 * @brief Adds a finding without a caregiver or signal details to a contact.
 *
 * For GS_FINDING_DMOP (item ::gs_dmop_domain, value ::gs_dmop_rating),
 * GS_FINDING_DMOP_OVERALL (item 0, value ::gs_dmop_rating),
 * GS_FINDING_CONSULT (item 0, value ::gs_consult_status),
 * GS_FINDING_GIZ (item ::gs_giz_area, value GOM 1-5),
 * GS_FINDING_SCREENING (item ::gs_topic, value ::gs_concern),
 * GS_FINDING_HELP_REQUESTED (item 0, value 1 yes / 0 no) and
 * GS_FINDING_POSITIVE_HEALTH (item ::gs_ph_dimension, value 0-10).
 * Use gs_family_add_zrm() and gs_family_add_signal() for the other kinds.
 * @param family The family.
 * @param contact Id of an existing contact.
 * @param kind The kind of finding.
 * @param item The item, as above.
 * @param value The value, as above.
 * @return GS_OK, GS_EINVAL (unknown contact, kind, item or value) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_finding(gs_family *family, const char *contact,
                                          gs_finding_kind kind, int item, int value);

/**
 * @brief Adds a ZRM score for a caregiver to a contact.
 * @param family The family.
 * @param contact Id of an existing contact.
 * @param caregiver Id of the caregiver scored (resolved at finish).
 * @param domain ZRM domain.
 * @param score 1 (acute problems) .. 5 (fully self-reliant).
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_zrm(gs_family *family, const char *contact,
                                      const char *caregiver, gs_zrm_domain domain, int score);

/**
 * @brief Adds a signal to a contact.
 * @param family The family.
 * @param contact Id of an existing contact.
 * @param id Signal id (in the family's namespace).
 * @param topic Its topic.
 * @param kind Risk or protective.
 * @param severity 1 attention, 2 concern, 3 acute.
 * @param resolved Date resolved, or GS_DATE_NONE.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_signal(gs_family *family, const char *contact, const char *id,
                                         gs_topic topic, gs_signal_kind kind, int severity,
                                         gs_date resolved);

/**
 * @brief Adds a conclusion: the care need agreed with the family.
 * @param family The family.
 * @param date Date of the conclusion.
 * @param agreed The care need agreed.
 * @param proposed What the library proposed then, or 0 when not recorded.
 * @param reason Free text, required when @p agreed differs from a recorded
 *        @p proposed; NULL otherwise allowed.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_conclusion(gs_family *family, gs_date date,
                                             gs_care_need agreed, int proposed,
                                             const char *reason);

/**
 * @brief Adds a plan goal.
 * @param family The family.
 * @param id Goal id.
 * @param topic Its topic (at most one open goal per topic at any time).
 * @param opened Date opened.
 * @param target Target date, or GS_DATE_NONE.
 * @param status Open, achieved or stopped.
 * @param closed Date closed: given exactly when @p status is not open.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_goal(gs_family *family, const char *id, gs_topic topic,
                                       gs_date opened, gs_date target, gs_goal_status status,
                                       gs_date closed);

/**
 * @brief Adds an action under a goal.
 * @param family The family.
 * @param goal Id of an existing goal.
 * @param id Action id.
 * @param level Pyramid level 1-5.
 * @param offer Catalogue offer id (checked at assessment time), or NULL.
 * @param start Start date.
 * @param end End date, or GS_DATE_NONE.
 * @param warm_handover 1 when the family was handed over in person, else 0.
 * @param responsible Role responsible for the action.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_action(gs_family *family, const char *goal, const char *id,
                                         int level, const char *offer, gs_date start,
                                         gs_date end, int warm_handover,
                                         gs_signaller responsible);

/**
 * @brief Adds a review of an action.
 * @param family The family.
 * @param action Id of an existing action.
 * @param date Date of the review.
 * @param outcome Its outcome.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_review(gs_family *family, const char *action, gs_date date,
                                         gs_review_outcome outcome);

/**
 * @brief Records a step of the Meldcode huiselijk geweld en
 *        kindermishandeling (spec/model.md "Meldcode").
 *
 * Steps may be recorded in any date order and a step number may recur (a
 * later round for a later concern); gs_family_finish() orders them by
 * date, keeping insertion order for equal dates. Step 5 carries the
 * decision, and no other step does.
 * @param family The family.
 * @param n The step, 1-5 (::GS_KIND_MELDCODE_STEP).
 * @param date Date the step was taken.
 * @param decision For step 5: GS_MELDCODE_HELP, GS_MELDCODE_REPORT or
 *        GS_MELDCODE_HELP_AND_REPORT; for steps 1-4:
 *        GS_MELDCODE_DECISION_NONE.
 * @return GS_OK, GS_EINVAL (step out of range, bad date, a decision
 *         missing on step 5 or given on another step) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_add_meldcode_step(gs_family *family, int n, gs_date date,
                                                gs_meldcode_decision decision);

/**
 * @brief Checks the whole family and puts it in canonical order.
 *
 * Resolves every reference, checks date order and the plan rules
 * (spec/plan.md "Load-time validation"). On failure returns GS_EPARSE with
 * a message naming the family and the item, e.g. "contact K7: subject 'C9'
 * is not a caregiver, pregnancy or child of family F-0001", and leaves the
 * family as it was. Idempotent. Adding anything afterwards requires
 * finishing again.
 * @param family The family.
 * @return GS_OK, GS_EPARSE, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_family_finish(gs_family *family);

/**
 * @brief Whether the family is finished (checked and in canonical order).
 * @param family The family.
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_family_is_finished(const gs_family *family);

/** @name Family fields
 * @{ */
/** @brief The family id. @param family The family. @return Borrowed. @since 0.1 */
GS_EXPORT const char *gs_family_id(const gs_family *family);
/** @brief The municipality code `GMnnnn`. @param family The family. @return Borrowed. @since 0.1 */
GS_EXPORT const char *gs_family_municipality(const gs_family *family);
/** @brief The enrolment date. @param family The family. @return The date. @since 0.1 */
GS_EXPORT gs_date gs_family_enrolled(const gs_family *family);
/** @brief The wish for a child. @param family The family. @return The wish. @since 0.1 */
GS_EXPORT gs_child_wish gs_family_child_wish(const gs_family *family);
/** @} */

/** @name Caregivers
 * @{ */
/** @brief Number of caregivers. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_caregiver_count(const gs_family *family);
/** @brief Id of caregiver @p i. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_caregiver_id(const gs_family *family, size_t i);
/** @brief Role of caregiver @p i. @param family The family. @param i Index. @return The role, or 0. @since 0.1 */
GS_EXPORT gs_role gs_family_caregiver_role(const gs_family *family, size_t i);
/** @brief Year of birth of caregiver @p i. @param family The family. @param i Index. @return 1900-2199, or 0 when not recorded (or out of range). @since 0.1 */
GS_EXPORT int gs_family_caregiver_birth_year(const gs_family *family, size_t i);
/** @} */

/** @name Pregnancies
 * @{ */
/** @brief Number of pregnancies. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_pregnancy_count(const gs_family *family);
/** @brief Id of pregnancy @p i. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_pregnancy_id(const gs_family *family, size_t i);
/** @brief Id of the pregnant caregiver. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_pregnancy_caregiver(const gs_family *family, size_t i);
/** @brief Due date. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_pregnancy_due(const gs_family *family, size_t i);
/** @brief End date. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_pregnancy_ended(const gs_family *family, size_t i);
/** @brief Outcome. @param family The family. @param i Index. @return The outcome, GS_OUTCOME_NONE when not ended. @since 0.1 */
GS_EXPORT gs_pregnancy_outcome gs_family_pregnancy_outcome(const gs_family *family, size_t i);
/** @brief Id of the child born. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_pregnancy_child(const gs_family *family, size_t i);
/** @} */

/** @name Children
 * @{ */
/** @brief Number of children. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_child_count(const gs_family *family);
/** @brief Id of child @p i. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_child_id(const gs_family *family, size_t i);
/** @brief Date of birth. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_child_born(const gs_family *family, size_t i);
/** @brief Id of the pregnancy it was born from. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_child_pregnancy(const gs_family *family, size_t i);
/** @brief Gestational age at birth in days. @param family The family. @param i Index. @return 140-315, or 0 when not recorded (or out of range). @since 0.1 */
GS_EXPORT int gs_family_child_gestational_age(const gs_family *family, size_t i);
/** @brief Birth weight in grams. @param family The family. @param i Index. @return 300-6000, or 0 when not recorded (or out of range). @since 0.1 */
GS_EXPORT int gs_family_child_birth_weight(const gs_family *family, size_t i);
/** @} */

/** @name Contacts and findings
 * @{ */
/** @brief Number of contacts. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_contact_count(const gs_family *family);
/** @brief Contact id. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_contact_id(const gs_family *family, size_t i);
/** @brief Contact date. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_contact_date(const gs_family *family, size_t i);
/** @brief Moment id or "ad-hoc". @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_contact_moment(const gs_family *family, size_t i);
/** @brief Setting. @param family The family. @param i Index. @return The setting, or 0. @since 0.1 */
GS_EXPORT gs_setting gs_family_contact_setting(const gs_family *family, size_t i);
/** @brief Signaller. @param family The family. @param i Index. @return The role, or 0. @since 0.1 */
GS_EXPORT gs_signaller gs_family_contact_by(const gs_family *family, size_t i);
/** @brief Subject id; NULL when the subject is the whole family. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_contact_subject(const gs_family *family, size_t i);
/** @brief Number of findings of contact @p i. @param family The family. @param i Contact index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_finding_count(const gs_family *family, size_t i);
/** @brief Kind of finding @p j of contact @p i. @param family The family. @param i Contact index. @param j Finding index. @return The kind, or 0. @since 0.1 */
GS_EXPORT gs_finding_kind gs_family_finding_kind(const gs_family *family, size_t i, size_t j);
/** @brief Item (domain, area, topic, dimension; 0 when none). @param family The family. @param i Contact index. @param j Finding index. @return The item. @since 0.1 */
GS_EXPORT int gs_family_finding_item(const gs_family *family, size_t i, size_t j);
/** @brief Value (rating, status, GOM, concern, 0/1, score, severity). @param family The family. @param i Contact index. @param j Finding index. @return The value. @since 0.1 */
GS_EXPORT int gs_family_finding_value(const gs_family *family, size_t i, size_t j);
/** @brief Caregiver id of a ZRM finding, else NULL. @param family The family. @param i Contact index. @param j Finding index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_finding_caregiver(const gs_family *family, size_t i, size_t j);
/** @brief Id of a signal, else NULL. @param family The family. @param i Contact index. @param j Finding index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_finding_signal_id(const gs_family *family, size_t i, size_t j);
/** @brief Kind of a signal, else 0. @param family The family. @param i Contact index. @param j Finding index. @return The kind. @since 0.1 */
GS_EXPORT gs_signal_kind gs_family_finding_signal_kind(const gs_family *family, size_t i, size_t j);
/** @brief Resolution date of a signal, else GS_DATE_NONE. @param family The family. @param i Contact index. @param j Finding index. @return The date. @since 0.1 */
GS_EXPORT gs_date gs_family_finding_resolved(const gs_family *family, size_t i, size_t j);
/** @} */

/** @name Conclusions
 * @{ */
/** @brief Number of conclusions. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_conclusion_count(const gs_family *family);
/** @brief Date. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_conclusion_date(const gs_family *family, size_t i);
/** @brief Agreed care need. @param family The family. @param i Index. @return The care need, or 0. @since 0.1 */
GS_EXPORT gs_care_need gs_family_conclusion_care_need(const gs_family *family, size_t i);
/** @brief Care need proposed then, 0 when not recorded. @param family The family. @param i Index. @return The code. @since 0.1 */
GS_EXPORT int gs_family_conclusion_proposed(const gs_family *family, size_t i);
/** @brief Reason (free text), or NULL. @param family The family. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_conclusion_reason(const gs_family *family, size_t i);
/** @} */

/** @name Meldcode
 * Steps in canonical order (by date, insertion order for equal dates).
 * @{ */
/** @brief Number of recorded Meldcode steps (0: no `meldcode`). @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_meldcode_step_count(const gs_family *family);
/** @brief The step number of recorded step @p i. @param family The family. @param i Index. @return 1-5, or 0 when out of range. @since 0.1 */
GS_EXPORT int gs_family_meldcode_step_n(const gs_family *family, size_t i);
/** @brief The date of recorded step @p i. @param family The family. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_meldcode_step_date(const gs_family *family, size_t i);
/** @brief The decision of recorded step @p i (step 5 only). @param family The family. @param i Index. @return The decision; GS_MELDCODE_DECISION_NONE for steps 1-4 or out of range. @since 0.1 */
GS_EXPORT gs_meldcode_decision gs_family_meldcode_step_decision(const gs_family *family, size_t i);
/** @} */

/** @name Plan
 * @{ */
/** @brief Number of goals. @param family The family. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_goal_count(const gs_family *family);
/** @brief Goal id. @param family The family. @param g Goal index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_goal_id(const gs_family *family, size_t g);
/** @brief Goal topic. @param family The family. @param g Goal index. @return The topic, or 0. @since 0.1 */
GS_EXPORT gs_topic gs_family_goal_topic(const gs_family *family, size_t g);
/** @brief Date opened. @param family The family. @param g Goal index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_goal_opened(const gs_family *family, size_t g);
/** @brief Target date. @param family The family. @param g Goal index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_goal_target(const gs_family *family, size_t g);
/** @brief Status. @param family The family. @param g Goal index. @return The status, or 0. @since 0.1 */
GS_EXPORT gs_goal_status gs_family_goal_status(const gs_family *family, size_t g);
/** @brief Date closed. @param family The family. @param g Goal index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_goal_closed(const gs_family *family, size_t g);
/** @brief Number of actions of goal @p g. @param family The family. @param g Goal index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_action_count(const gs_family *family, size_t g);
/** @brief Action id. @param family The family. @param g Goal index. @param a Action index within the goal. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_action_id(const gs_family *family, size_t g, size_t a);
/** @brief Action level 1-5. @param family The family. @param g Goal index. @param a Action index. @return The level, or 0. @since 0.1 */
GS_EXPORT int gs_family_action_level(const gs_family *family, size_t g, size_t a);
/** @brief Offer id, or NULL. @param family The family. @param g Goal index. @param a Action index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_family_action_offer(const gs_family *family, size_t g, size_t a);
/** @brief Start date. @param family The family. @param g Goal index. @param a Action index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_action_start(const gs_family *family, size_t g, size_t a);
/** @brief End date, or GS_DATE_NONE. @param family The family. @param g Goal index. @param a Action index. @return The date. @since 0.1 */
GS_EXPORT gs_date gs_family_action_end(const gs_family *family, size_t g, size_t a);
/** @brief Warm handover (1) or not (0). @param family The family. @param g Goal index. @param a Action index. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_family_action_warm_handover(const gs_family *family, size_t g, size_t a);
/** @brief Responsible role. @param family The family. @param g Goal index. @param a Action index. @return The role, or 0. @since 0.1 */
GS_EXPORT gs_signaller gs_family_action_responsible(const gs_family *family, size_t g, size_t a);
/** @brief Number of reviews of an action. @param family The family. @param g Goal index. @param a Action index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_family_review_count(const gs_family *family, size_t g, size_t a);
/** @brief Review date. @param family The family. @param g Goal index. @param a Action index. @param r Review index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_family_review_date(const gs_family *family, size_t g, size_t a, size_t r);
/** @brief Review outcome. @param family The family. @param g Goal index. @param a Action index. @param r Review index. @return The outcome, or 0. @since 0.1 */
GS_EXPORT gs_review_outcome gs_family_review_outcome(const gs_family *family, size_t g, size_t a, size_t r);
/** @} */

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_FAMILY_H */
