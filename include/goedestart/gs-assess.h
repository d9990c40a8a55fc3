/*
 * libgoedestart - the assessment: facts, care need, needs, levels, routes,
 * schedule and plan advice of one family at an as-of date.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_ASSESS_H
#define GOEDESTART_GS_ASSESS_H

/**
 * @file gs-assess.h
 * @brief Assessing a family (spec/decisions.md, schedule.md, care-paths.md,
 *        plan.md) and writing the result (formats.md "Assessment").
 *
 * gs_assess() computes, for a finished family at an explicit as-of date,
 * with a pack and optionally a catalogue: the life phases, the listed
 * schedule instances with their status, every fact, the proposed care need
 * with the rules that fired as reasons, the needs with severity, start
 * level and the rule that chose it, routes and gaps through the
 * catalogue, plan advice and the Positive Health conversation start.
 * Nothing is hidden: every proposal comes with its reasons.
 *
 * **Determinism.** Same family, pack, catalogue and as-of date give the
 * same result and byte-identical XML, in C, Python and Java.
 *
 * **Lifetimes.** An assessment borrows the family, the pack and the
 * catalogue (strings are read from them): free it, or assess again into
 * it, before freeing those. It owns only reusable buffers: assessing many
 * families into one assessment with gs_assess_into() allocates nothing per
 * family once the buffers have grown to the largest family.
 *
 * **Threads.** An assessment is used by one thread at a time. Packs and
 * catalogues may be shared: many threads may each assess their own
 * families with their own assessment objects against one pack and one
 * catalogue.
 *
 * Without a catalogue, needs and review advice carry no routes and no gaps,
 * and offers of plan actions are not checked.
 */

#include <goedestart/gs-codes.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-family.h>
#include <goedestart/gs-pack.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief The result of assessing one family. Opaque.
 * @since 0.1
 */
typedef struct gs_assessment gs_assessment;

/** @brief Kinds of plan advice (plan.md), in the order they are reported. @since 0.1 */
typedef enum gs_advice_kind {
  GS_ADVICE_OFFER_CHECK = 1,         /**< `offer-check`: an active action's offer is unknown or at another level */
  GS_ADVICE_REVIEW = 2,              /**< `review-advice`: the level-review table's move for an active action */
  GS_ADVICE_REVIEW_OVERDUE = 3,      /**< `review-overdue`: no review for more than plan.review-days */
  GS_ADVICE_CONCLUSION_DIFFERS = 4,  /**< `conclusion-differs`: the agreed care need differs from the proposal now */
  GS_ADVICE_PLAN_CLOSABLE = 5,       /**< `plan-closable`: every goal closed and positive confirmation */
  GS_ADVICE_MELDCODE = 6,            /**< `meldcode`: safety concerns; the Meldcode's next step (reported first) */
  GS_ADVICE_INTEGRATED_PLAN = 7      /**< `integrated-plan`: concerns on three or more topics (after the Meldcode) */
} gs_advice_kind;

/**
 * @brief Creates an empty assessment to assess into (gs_assess_into()).
 * @param[out] out The assessment; untouched on error.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assessment_new(gs_assessment **out);

/**
 * @brief Frees an assessment.
 * @param assessment The assessment, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_assessment_free(gs_assessment *assessment);

/**
 * @brief Assesses a family into a new assessment.
 * @param[out] out The new assessment (free with gs_assessment_free()); untouched on error.
 * @param family A finished family (gs_family_finish(), or any loaded family).
 * @param as_of The as-of date: everything dated after it has not happened yet.
 * @param pack The pack (parameters, schedule, decision tables).
 * @param catalog The care-path catalogue for routing, or NULL.
 * @return GS_OK; GS_EINVAL (NULL or unfinished family, invalid date);
 *         GS_EEVAL when a decision table gives no result (a regional pack
 *         without a default rule), naming the table; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assess(gs_assessment **out, const gs_family *family, gs_date as_of,
                              const gs_pack *pack, const gs_catalog *catalog);

/**
 * @brief Assesses a family into an existing assessment, reusing its buffers.
 *
 * The previous result is replaced. On error the assessment holds no result
 * (its accessors return empty values) but stays usable.
 * @param assessment The assessment to fill.
 * @param family A finished family.
 * @param as_of The as-of date.
 * @param pack The pack.
 * @param catalog The catalogue, or NULL.
 * @return As gs_assess().
 * @since 0.1
 */
GS_EXPORT gs_status gs_assess_into(gs_assessment *assessment, const gs_family *family,
                                   gs_date as_of, const gs_pack *pack,
                                   const gs_catalog *catalog);

/**
 * @brief Called by gs_assess_many() for each family, in order.
 * @param user_data As given to gs_assess_many().
 * @param index Index of the family.
 * @param assessment Its assessment, valid only during the call.
 * @return 0 to go on, anything else to stop.
 * @since 0.1
 */
typedef int (*gs_assess_callback)(void *user_data, size_t index, const gs_assessment *assessment);

/**
 * @brief Assesses many families with one reused assessment (the batch path).
 *
 * Allocates the buffers once and nothing per family in steady state.
 * @param families The families (finished).
 * @param count Their number.
 * @param as_of The as-of date.
 * @param pack The pack.
 * @param catalog The catalogue, or NULL.
 * @param callback Called with each result; may be NULL (then the run only
 *        checks that every family can be assessed).
 * @param user_data Passed to the callback.
 * @return GS_OK; the first error (its message names the family); GS_OK also
 *         when the callback stopped the run.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assess_many(const gs_family *const *families, size_t count, gs_date as_of,
                                   const gs_pack *pack, const gs_catalog *catalog,
                                   gs_assess_callback callback, void *user_data);

/**
 * @brief Streams a dossier file and assesses each family as it is read
 *        (the batch path for files of any size).
 *
 * One family is in memory at a time and one assessment is reused, so
 * memory stays flat. The callback receives each family's assessment in
 * file order; its gs_assessment_family() is valid only during the call.
 * @param dossier_path A dossier file.
 * @param as_of The as-of date.
 * @param pack The pack.
 * @param catalog The catalogue, or NULL.
 * @param callback Called with each result; may be NULL.
 * @param user_data Passed to the callback.
 * @return GS_OK (also when the callback stopped the run); GS_EPARSE or
 *         GS_EIO with the file position of a bad family; the first
 *         assessment error; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assess_file(const char *dossier_path, gs_date as_of, const gs_pack *pack,
                                   const gs_catalog *catalog, gs_assess_callback callback,
                                   void *user_data);

/** @name What was assessed
 * @{ */
/** @brief The family assessed. @param a The assessment. @return Borrowed, or NULL without a result. @since 0.1 */
GS_EXPORT const gs_family *gs_assessment_family(const gs_assessment *a);
/** @brief The as-of date. @param a The assessment. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_as_of(const gs_assessment *a);
/** @} */

/** @name Life phases
 * @{ */
/** @brief Number of phases (ordered by phase code, then subject position). @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_phase_count(const gs_assessment *a);
/** @brief Phase code. @param a The assessment. @param i Index. @return The phase, or 0. @since 0.1 */
GS_EXPORT gs_phase gs_assessment_phase_code(const gs_assessment *a, size_t i);
/** @brief Subject id (the family id for family-level phases). @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_phase_subject(const gs_assessment *a, size_t i);
/** @brief First day. @param a The assessment. @param i Index. @return The date, GS_DATE_NONE for family-level phases. @since 0.1 */
GS_EXPORT gs_date gs_assessment_phase_from(const gs_assessment *a, size_t i);
/** @brief Day after the last (exclusive). @param a The assessment. @param i Index. @return The date, GS_DATE_NONE for family-level phases. @since 0.1 */
GS_EXPORT gs_date gs_assessment_phase_until(const gs_assessment *a, size_t i);
/** @brief Whether the family is in its first 1000 days. @param a The assessment. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_assessment_first_1000_days(const gs_assessment *a);
/** @brief Whether the family is in the programme (some phase). @param a The assessment. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_assessment_in_programme(const gs_assessment *a);
/** @} */

/** @name Schedule (the listed instances, schedule.md)
 * @{ */
/** @brief Number of listed instances. @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_moment_count(const gs_assessment *a);
/** @brief Moment id. @param a The assessment. @param i Index. @return Borrowed from the pack, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_moment_id(const gs_assessment *a, size_t i);
/** @brief Moment label. @param a The assessment. @param i Index. @param lang Language. @return Borrowed from the pack, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_moment_label(const gs_assessment *a, size_t i, gs_lang lang);
/** @brief Phase the moment serves. @param a The assessment. @param i Index. @return The phase, or 0. @since 0.1 */
GS_EXPORT gs_phase gs_assessment_moment_phase(const gs_assessment *a, size_t i);
/** @brief Subject (pregnancy or child id; the family id for an indicated moment about the family). @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_moment_subject(const gs_assessment *a, size_t i);
/**
 * @brief The contact that triggered an indicated moment (anchor
 *        `indication`, schedule.md): a contact with consult status
 *        `problem` or `attention`.
 * @param a The assessment.
 * @param i Index.
 * @return The trigger contact's id, borrowed from the family; NULL for a
 *         moment anchored on a pregnancy start or a birth, or out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_assessment_moment_trigger(const gs_assessment *a, size_t i);
/** @brief Window opens. @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_moment_open(const gs_assessment *a, size_t i);
/** @brief Due date. @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_moment_due(const gs_assessment *a, size_t i);
/** @brief Last day it is due (overdue from the next day). @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_moment_overdue(const gs_assessment *a, size_t i);
/** @brief Window closes (last day). @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_moment_close(const gs_assessment *a, size_t i);
/** @brief Status. @param a The assessment. @param i Index. @return The status, or 0. @since 0.1 */
GS_EXPORT gs_moment_status gs_assessment_moment_status(const gs_assessment *a, size_t i);
/** @brief Date of the earliest satisfying contact when done. @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_moment_done(const gs_assessment *a, size_t i);
/** @} */

/** @name Facts (decisions.md, in the order of its facts table)
 * @{ */
/** @brief Number of facts (19). @param a The assessment. @return The count, 0 without a result. @since 0.1 */
GS_EXPORT size_t gs_assessment_fact_count(const gs_assessment *a);
/** @brief Fact name, e.g. "dmop_not_good". @param a The assessment. @param i Index. @return Static, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_fact_name(const gs_assessment *a, size_t i);
/** @brief Fact type (number, string or bool). @param a The assessment. @param i Index. @return The type, GS_VALUE_NULL without a result. @since 0.1 */
GS_EXPORT gs_value_type gs_assessment_fact_type(const gs_assessment *a, size_t i);
/** @brief Integer value of a number fact (booleans: 1/0; strings: 0). @param a The assessment. @param i Index. @return The value. @since 0.1 */
GS_EXPORT int gs_assessment_fact_int(const gs_assessment *a, size_t i);
/**
 * @brief The value as written in the assessment XML ("3", "true", "none").
 * @param a The assessment.
 * @param i Index.
 * @return A string valid until the next call of this function on the
 *         calling thread, or NULL.
 * @since 0.1
 */
GS_EXPORT const char *gs_assessment_fact_value(const gs_assessment *a, size_t i);
/** @} */

/** @name Proposed care need and its reasons
 * @{ */
/** @brief The proposed care need. @param a The assessment. @return The outcome, or 0 without a result. @since 0.1 */
GS_EXPORT gs_care_need gs_assessment_care_need(const gs_assessment *a);
/** @brief Number of reasons (rules that fired, in table order). @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_reason_count(const gs_assessment *a);
/** @brief Rule id of reason @p i. @param a The assessment. @param i Index. @return Borrowed from the pack, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_reason_rule(const gs_assessment *a, size_t i);
/** @brief Table (decision id) of reason @p i: "care-need". @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_reason_table(const gs_assessment *a, size_t i);
/** @brief Reason text in a language. @param a The assessment. @param i Index. @param lang GS_LANG_NL or GS_LANG_EN. @return Borrowed from the pack, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_reason_text(const gs_assessment *a, size_t i, gs_lang lang);
/** @} */

/** @name Needs (ordered by severity, highest first, then topic code)
 * @{ */
/** @brief Number of needs. @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_need_count(const gs_assessment *a);
/** @brief Topic. @param a The assessment. @param i Need index. @return The topic, or 0. @since 0.1 */
GS_EXPORT gs_topic gs_assessment_need_topic(const gs_assessment *a, size_t i);
/** @brief Severity 1-3. @param a The assessment. @param i Need index. @return The severity, or 0. @since 0.1 */
GS_EXPORT int gs_assessment_need_severity(const gs_assessment *a, size_t i);
/** @brief Start level 1-5 on the pyramid. @param a The assessment. @param i Need index. @return The level, or 0. @since 0.1 */
GS_EXPORT int gs_assessment_need_level(const gs_assessment *a, size_t i);
/** @brief Id of the start-level rule that chose the level. @param a The assessment. @param i Need index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_need_level_rule(const gs_assessment *a, size_t i);
/** @brief Text of that rule. @param a The assessment. @param i Need index. @param lang Language. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_need_level_text(const gs_assessment *a, size_t i, gs_lang lang);
/** @brief Whether no open goal has this topic (propose a new goal). @param a The assessment. @param i Need index. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_assessment_need_new_goal(const gs_assessment *a, size_t i);
/** @brief Number of routes. @param a The assessment. @param i Need index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_need_route_count(const gs_assessment *a, size_t i);
/** @brief Offer index in the catalogue of route @p r. @param a The assessment. @param i Need index. @param r Route index. @return The index, or (size_t)-1. @since 0.1 */
GS_EXPORT size_t gs_assessment_need_route_offer(const gs_assessment *a, size_t i, size_t r);
/**
 * @brief Whether route @p r of need @p i is a fallback: below the start
 *        level, "until support at the proposed level is available"
 *        (care-paths.md "Routing a need", step 4).
 * @param a The assessment.
 * @param i Need index.
 * @param r Route index.
 * @return 1 for a fallback route, 0 otherwise or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_assessment_need_route_fallback(const gs_assessment *a, size_t i, size_t r);
/**
 * @brief What the professional must check before proposing route @p r of
 *        need @p i: an entry criterion that could not be decided
 *        (care-paths.md "Routing a need", step 2).
 * @param a The assessment.
 * @param i Need index.
 * @param r Route index.
 * @return ::GS_CHECK_CAREGIVER_AGE or ::GS_CHECK_NONE (also out of range).
 * @since 0.1
 */
GS_EXPORT gs_route_check gs_assessment_need_route_check(const gs_assessment *a, size_t i,
                                                        size_t r);
/** @brief Gap's first level, 0 when there is no gap. @param a The assessment. @param i Need index. @return The level. @since 0.1 */
GS_EXPORT int gs_assessment_need_gap_from(const gs_assessment *a, size_t i);
/** @brief Gap's last level, 0 when there is no gap. @param a The assessment. @param i Need index. @return The level. @since 0.1 */
GS_EXPORT int gs_assessment_need_gap_to(const gs_assessment *a, size_t i);
/** @} */

/** @name Routes (shared by needs and review advice)
 * Route accessors take the offer index from gs_assessment_need_route_offer()
 * or gs_assessment_advice_route_offer() and read the catalogue.
 * @{ */
/** @brief Offer id. @param a The assessment. @param offer Offer index. @return Borrowed from the catalogue, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_offer_id(const gs_assessment *a, size_t offer);
/** @brief Offer name. @param a The assessment. @param offer Offer index. @param lang Language. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_offer_name(const gs_assessment *a, size_t offer, gs_lang lang);
/** @brief Offer provider. @param a The assessment. @param offer Offer index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_offer_provider(const gs_assessment *a, size_t offer);
/** @brief Offer level. @param a The assessment. @param offer Offer index. @return The level, or 0. @since 0.1 */
GS_EXPORT int gs_assessment_offer_level(const gs_assessment *a, size_t offer);
/** @brief Offer scope as written (national, region, DR, GM0114). @param a The assessment. @param offer Offer index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_offer_scope(const gs_assessment *a, size_t offer);
/** @brief Whether the offer needs an indication. @param a The assessment. @param offer Offer index. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_assessment_offer_indication(const gs_assessment *a, size_t offer);
/** @} */

/** @name Plan advice (plan.md, in its order)
 * @{ */
/** @brief Number of advice items. @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_advice_count(const gs_assessment *a);
/** @brief Kind of item @p i. @param a The assessment. @param i Index. @return The kind, or 0. @since 0.1 */
GS_EXPORT gs_advice_kind gs_assessment_advice_kind(const gs_assessment *a, size_t i);
/** @brief Goal id (offer check, review, overdue). @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_advice_goal(const gs_assessment *a, size_t i);
/** @brief Action id (offer check, review, overdue). @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_advice_action(const gs_assessment *a, size_t i);
/** @brief Offer id of an offer check. @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_advice_offer(const gs_assessment *a, size_t i);
/** @brief Problem of an offer check. @param a The assessment. @param i Index. @return The problem, or 0. @since 0.1 */
GS_EXPORT gs_offer_problem gs_assessment_advice_problem(const gs_assessment *a, size_t i);
/** @brief Latest review outcome (review advice). @param a The assessment. @param i Index. @return The outcome, or 0. @since 0.1 */
GS_EXPORT gs_review_outcome gs_assessment_advice_review(const gs_assessment *a, size_t i);
/** @brief Proposed move (review advice). @param a The assessment. @param i Index. @return The move, or 0. @since 0.1 */
GS_EXPORT gs_move gs_assessment_advice_move(const gs_assessment *a, size_t i);
/** @brief New level (review advice). @param a The assessment. @param i Index. @return The level, or 0. @since 0.1 */
GS_EXPORT int gs_assessment_advice_level(const gs_assessment *a, size_t i);
/** @brief Level-review rule id (review advice). @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_advice_rule(const gs_assessment *a, size_t i);
/** @brief Text of that rule. @param a The assessment. @param i Index. @param lang Language. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_advice_rule_text(const gs_assessment *a, size_t i, gs_lang lang);
/** @brief Date counted from (review overdue). @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_advice_since(const gs_assessment *a, size_t i);
/** @brief Conclusion date (conclusion differs). @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE. @since 0.1 */
GS_EXPORT gs_date gs_assessment_advice_date(const gs_assessment *a, size_t i);
/** @brief Agreed care need (conclusion differs). @param a The assessment. @param i Index. @return The care need, or 0. @since 0.1 */
GS_EXPORT gs_care_need gs_assessment_advice_agreed(const gs_assessment *a, size_t i);
/** @brief Proposal now (conclusion differs). @param a The assessment. @param i Index. @return The care need, or 0. @since 0.1 */
GS_EXPORT gs_care_need gs_assessment_advice_proposed_now(const gs_assessment *a, size_t i);
/** @brief Number of routes at the new level (review advice). @param a The assessment. @param i Index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_advice_route_count(const gs_assessment *a, size_t i);
/** @brief Offer index of route @p r. @param a The assessment. @param i Index. @param r Route index. @return The index, or (size_t)-1. @since 0.1 */
GS_EXPORT size_t gs_assessment_advice_route_offer(const gs_assessment *a, size_t i, size_t r);
/** @brief Whether route @p r of review advice @p i is a fallback (see gs_assessment_need_route_fallback()). @param a The assessment. @param i Advice index. @param r Route index. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_assessment_advice_route_fallback(const gs_assessment *a, size_t i, size_t r);
/** @brief What to check before proposing route @p r of review advice @p i (see gs_assessment_need_route_check()). @param a The assessment. @param i Advice index. @param r Route index. @return The check, or ::GS_CHECK_NONE. @since 0.1 */
GS_EXPORT gs_route_check gs_assessment_advice_route_check(const gs_assessment *a, size_t i,
                                                          size_t r);
/**
 * @brief The Meldcode's next step (::GS_ADVICE_MELDCODE; plan.md rule 7):
 *        1 + the highest step recorded since the earliest current safety
 *        finding (gs_assessment_advice_since()), or 1.
 * @param a The assessment.
 * @param i Advice index.
 * @return 1-5 (label: gs_code_label(GS_KIND_MELDCODE_STEP, step, lang));
 *         0 for other kinds or out of range.
 * @since 0.1
 */
GS_EXPORT int gs_assessment_advice_step(const gs_assessment *a, size_t i);
/** @brief The fact `safety` behind a Meldcode advice: ::GS_SAFETY_HIGH adds "consult Veilig Thuis now". @param a The assessment. @param i Advice index. @return ::GS_SAFETY_SOME or ::GS_SAFETY_HIGH; ::GS_SAFETY_NONE for other kinds. @since 0.1 */
GS_EXPORT gs_safety gs_assessment_advice_safety(const gs_assessment *a, size_t i);
/** @brief The needs with concerns (`need_concern_count`) behind an integrated-plan advice (::GS_ADVICE_INTEGRATED_PLAN; plan.md rule 8). @param a The assessment. @param i Advice index. @return The count (at least 3), or 0 for other kinds. @since 0.1 */
GS_EXPORT int gs_assessment_advice_concerns(const gs_assessment *a, size_t i);
/** @brief The pack parameter `plan.priorities` named by an integrated-plan advice. @param a The assessment. @param i Advice index. @return The number of priorities, or 0 for other kinds. @since 0.1 */
GS_EXPORT int gs_assessment_advice_priorities(const gs_assessment *a, size_t i);
/**
 * @brief The text of a Meldcode or integrated-plan advice (plan.md,
 *        "Advice texts").
 * @param a The assessment.
 * @param i Advice index.
 * @param lang GS_LANG_NL, or GS_LANG_EN (also for GS_LANG_NONE).
 * @return A thread-local string valid until the next call of this function
 *         in the same thread; NULL for other kinds or out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_assessment_advice_text(const gs_assessment *a, size_t i, gs_lang lang);
/** @brief Gap's first level, 0 when none. @param a The assessment. @param i Index. @return The level. @since 0.1 */
GS_EXPORT int gs_assessment_advice_gap_from(const gs_assessment *a, size_t i);
/** @brief Gap's last level, 0 when none. @param a The assessment. @param i Index. @return The level. @since 0.1 */
GS_EXPORT int gs_assessment_advice_gap_to(const gs_assessment *a, size_t i);
/** @} */

/**
 * @brief Suggested conversation start: the lowest-scoring current Positive
 *        Health dimension (ties: lowest code).
 * @param a The assessment.
 * @return The dimension, or 0 when no score is current.
 * @since 0.1
 */
GS_EXPORT gs_ph_dimension gs_assessment_conversation_start(const gs_assessment *a);

/** @name Notes (formats.md "Notes"): what the assessment did not count
 * In order: the municipality note (at most one), then per contact in
 * contact order its unknown-moment, screening-unassigned and expired
 * notes. Notes enter no decision.
 * @{ */
/** @brief Number of notes. @param a The assessment. @return The count. @since 0.1 */
GS_EXPORT size_t gs_assessment_note_count(const gs_assessment *a);
/** @brief Kind of note @p i. @param a The assessment. @param i Index. @return The kind, or 0. @since 0.1 */
GS_EXPORT gs_note_kind gs_assessment_note_kind(const gs_assessment *a, size_t i);
/** @brief Date of note @p i: for `expired` the first day the value no longer counted, for the contact notes the contact's date, for `municipality-former` the former code's `until`. @param a The assessment. @param i Index. @return The date, or GS_DATE_NONE (`municipality-unknown`). @since 0.1 */
GS_EXPORT gs_date gs_assessment_note_date(const gs_assessment *a, size_t i);
/** @brief The contact of an `expired`, `screening-unassigned` or `unknown-moment` note. @param a The assessment. @param i Index. @return Borrowed id, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_note_contact(const gs_assessment *a, size_t i);
/** @brief The finding kind of an `expired` or `screening-unassigned` note. @param a The assessment. @param i Index. @return The kind, or 0. @since 0.1 */
GS_EXPORT gs_finding_kind gs_assessment_note_finding(const gs_assessment *a, size_t i);
/** @brief The item of an `expired` note: the domain, area or dimension token, or the signal's id. @param a The assessment. @param i Index. @return Borrowed, or NULL (consult, help-requested, other kinds). @since 0.1 */
GS_EXPORT const char *gs_assessment_note_item(const gs_assessment *a, size_t i);
/** @brief The caregiver of an expired ZRM score. @param a The assessment. @param i Index. @return Borrowed id, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_note_caregiver(const gs_assessment *a, size_t i);
/** @brief The moment id of an `unknown-moment` note. @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_note_moment(const gs_assessment *a, size_t i);
/** @brief The family's municipality code of a municipality note. @param a The assessment. @param i Index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_note_municipality(const gs_assessment *a, size_t i);
/** @brief The successor of a `municipality-former` note (the code routed as). @param a The assessment. @param i Index. @return Borrowed from the catalogue, or NULL. @since 0.1 */
GS_EXPORT const char *gs_assessment_note_successor(const gs_assessment *a, size_t i);
/**
 * @brief The text of note @p i (formats.md, note texts; Dutch dates as
 *        DD-MM-YYYY).
 * @param a The assessment.
 * @param i Index.
 * @param lang GS_LANG_NL, or GS_LANG_EN (also for GS_LANG_NONE).
 * @return A thread-local string valid until the next call of this
 *         function in the same thread; NULL out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_assessment_note_text(const gs_assessment *a, size_t i, gs_lang lang);
/** @} */

/**
 * @brief Writes one assessment as a document with root `assessment`.
 * @param a The assessment.
 * @param lang GS_LANG_NL or GS_LANG_EN to write reason texts, GS_LANG_NONE for none.
 * @param[out] out NUL-terminated XML (free with gs_free()); untouched on error.
 * @param[out] len Its length without the NUL; may be NULL.
 * @return GS_OK, GS_EINVAL (no result) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assessment_write_xml(const gs_assessment *a, gs_lang lang, char **out,
                                            size_t *len);

/**
 * @brief Incremental writer of the assessment vocabulary for many families.
 *
 * With @p single true the document's root is one `assessment` (for a
 * dossier whose root is `family`); otherwise `assessments` holding one
 * `assessment` per gs_assessment_writer_add() call. Output accumulates in
 * the writer; read it with gs_assessment_writer_pending() and drop it with
 * gs_assessment_writer_clear() to stream without holding everything.
 * @since 0.1
 */
typedef struct gs_assessment_writer gs_assessment_writer;

/**
 * @brief Starts a document.
 * @param[out] out The writer; untouched on error.
 * @param single 1 for an `assessment` root (exactly one add), 0 for `assessments`.
 * @param lang Language of reason texts, or GS_LANG_NONE.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assessment_writer_new(gs_assessment_writer **out, int single, gs_lang lang);

/**
 * @brief Appends one assessment.
 * @param w The writer.
 * @param a The assessment.
 * @return GS_OK; GS_ESTATE after gs_assessment_writer_end() or a second add
 *         to a single writer; GS_EINVAL; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assessment_writer_add(gs_assessment_writer *w, const gs_assessment *a);

/**
 * @brief Closes the document (root end tag and final newline).
 * @param w The writer.
 * @return GS_OK; GS_ESTATE when already ended or a single writer got no
 *         assessment; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_assessment_writer_end(gs_assessment_writer *w);

/**
 * @brief The bytes written and not yet cleared.
 * @param w The writer.
 * @param[out] len Their number; may be NULL.
 * @return Borrowed, valid until the next call on the writer (never NULL).
 * @since 0.1
 */
GS_EXPORT const char *gs_assessment_writer_pending(const gs_assessment_writer *w, size_t *len);

/**
 * @brief Drops the pending bytes (after the caller wrote them out).
 * @param w The writer.
 * @since 0.1
 */
GS_EXPORT void gs_assessment_writer_clear(gs_assessment_writer *w);

/**
 * @brief Frees a writer.
 * @param w The writer, or NULL.
 * @since 0.1
 */
GS_EXPORT void gs_assessment_writer_free(gs_assessment_writer *w);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_ASSESS_H */
