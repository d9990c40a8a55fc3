/*
 * libgoedestart - packs: parameters, the signal-moment schedule and the
 * decision tables (DMN), and an evaluator to test them.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_PACK_H
#define GOEDESTART_GS_PACK_H

/**
 * @file gs-pack.h
 * @brief Loading a pack (formats.md "Pack"), reading its parameters and
 *        schedule, and listing and evaluating its decision tables.
 *
 * A pack is the rule data of the library: fourteen parameters, the
 * schedule of signal moments and a DMN 1.2-1.5 decisions file with the
 * tables `care-need`, `start-level` and `level-review` (and any other
 * tables a region adds). The default pack is compiled into the library
 * (gs_pack_load_default()), so nothing needs to be installed.
 *
 * @par Threads
 * A loaded ::gs_pack is immutable: one pack may be shared by any number of
 * threads, and every accessor here may be called concurrently. Decisions
 * (::gs_decision) belong to their pack and are immutable too. An
 * ::gs_evaluator holds the inputs and results of one evaluation and is
 * used by one thread at a time; create one evaluator per thread.
 *
 * @par Lifetimes
 * Strings and decisions returned by the accessors are borrowed from the
 * pack and live until gs_pack_free(). An evaluator borrows its decision:
 * free every evaluator before the pack.
 */

#include <goedestart/gs-codes.h>
#include <goedestart/gs-common.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- loading ------------------------------------------------------------ */

/**
 * @brief Loads a pack file and the decisions file it names.
 *
 * The pack XML (namespace `urn:goedestart:pack:1`) is validated against
 * the pack schema; `<decisions href="...">` is read relative to the pack
 * file's directory. Any error in either file (unknown parameter, unknown
 * phase/setting/anchor/condition token, offsets out of order, duplicate
 * moment ids, a missing or malformed library table, a table input that is
 * not a known fact, an output that is not a valid code, anything outside
 * the supported DMN subset) fails the load with the file, line and column
 * in gs_error_last().
 * @param out Receives the new pack; untouched on failure.
 * @param path The pack file (UTF-8 path).
 * @return GS_OK; GS_EINVAL for NULL arguments; GS_EIO when a file cannot
 *         be read; GS_EPARSE for invalid content; GS_EVERSION for an
 *         unsupported DMN version; GS_ENOMEM.
 * @post On success the caller owns *out and frees it with gs_pack_free().
 * @since 0.1
 */
GS_EXPORT gs_status gs_pack_load_file(gs_pack **out, const char *path);

/**
 * @brief Loads a pack from two buffers: the pack XML and its DMN document.
 *
 * The `href` of the pack's `<decisions>` element is kept as the decisions
 * file name (used in error messages) but not read: @p dmn_xml is the
 * decisions document.
 * @param out Receives the new pack; untouched on failure.
 * @param pack_xml The pack document (need not be NUL-terminated).
 * @param pack_len Its length in bytes.
 * @param dmn_xml The DMN document (need not be NUL-terminated).
 * @param dmn_len Its length in bytes.
 * @param name Name of the pack document in error messages (e.g. its file
 *        name); NULL gives "memory".
 * @return As gs_pack_load_file(), without GS_EIO.
 * @post On success the caller owns *out and frees it with gs_pack_free().
 * @since 0.1
 */
GS_EXPORT gs_status gs_pack_load_memory(gs_pack **out, const char *pack_xml, size_t pack_len,
                                        const char *dmn_xml, size_t dmn_len, const char *name);

/**
 * @brief Loads the default pack `gs-default` compiled into the library.
 *
 * Works with no files installed. Each call loads a new copy; a host
 * normally loads it once and shares it between threads.
 * @param out Receives the new pack; untouched on failure.
 * @return GS_OK, GS_EINVAL for a NULL @p out, or GS_ENOMEM.
 * @post On success the caller owns *out and frees it with gs_pack_free().
 * @since 0.1
 */
GS_EXPORT gs_status gs_pack_load_default(gs_pack **out);

/**
 * @brief Frees a pack.
 * @param pack The pack, or NULL (does nothing). Free every evaluator and
 *        assessment that borrows it first.
 * @since 0.1
 */
GS_EXPORT void gs_pack_free(gs_pack *pack);

/* ---- identity and parameters ------------------------------------------- */

/**
 * @brief The pack's id, e.g. "gs-default".
 * @param pack The pack (not NULL).
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_id(const gs_pack *pack);

/**
 * @brief The pack's version, e.g. "2026.1".
 * @param pack The pack (not NULL).
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_version(const gs_pack *pack);

/**
 * @brief The pack's title in a language.
 * @param pack The pack (not NULL).
 * @param lang GS_LANG_NL or GS_LANG_EN; when the pack has no title in
 *        that language (or GS_LANG_NONE is given) the other title is
 *        returned.
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_title(const gs_pack *pack, gs_lang lang);

/**
 * @brief The file name of the pack's decisions document (the `href`).
 * @param pack The pack (not NULL).
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_decisions_file(const gs_pack *pack);

/**
 * @brief The SHA-256 of the pack's content, as 64 lowercase hex digits.
 *
 * The hash covers the pack document's bytes exactly as loaded, followed
 * directly by the decisions (DMN) document's bytes: for a pack on disk
 * `cat pack.xml decisions.dmn | sha256sum` gives the same digits; for
 * gs_pack_load_memory() the two buffers in that order; for the default
 * pack the embedded `data/packs/gs-default.xml` and `gs-default.dmn`. Two
 * packs with the same id and version but edited rules have different
 * hashes; every assessment records it (formats.md "Content hashes").
 * @param pack The pack; NULL gives NULL.
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_sha256(const gs_pack *pack);

/**
 * @brief The number of pack parameters (formats.md; 14 in this version).
 * @return The count; the same for every pack.
 * @since 0.1
 */
GS_EXPORT size_t gs_pack_param_count(void);

/**
 * @brief The name of a pack parameter, e.g. "valid.dmop".
 * @param index 0 .. gs_pack_param_count() - 1, in the order of the
 *        parameter table in formats.md.
 * @return A static string, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_param_name(size_t index);

/**
 * @brief The value of a parameter: the pack's, or the default when the
 *        pack does not set it.
 * @param pack The pack (not NULL).
 * @param name The parameter name, e.g. "schedule.horizon".
 * @param out Receives the value (days or years); untouched on failure.
 * @return GS_OK; GS_ENOTFOUND for an unknown name; GS_EINVAL for NULL
 *         arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_pack_param(const gs_pack *pack, const char *name, int *out);

/* ---- schedule ------------------------------------------------------------ */

/**
 * @brief The number of signal moments in the pack's schedule.
 * @param pack The pack (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_pack_moment_count(const gs_pack *pack);

/**
 * @brief Finds a moment by id.
 * @param pack The pack (not NULL).
 * @param id The moment id, e.g. "jgz-8w".
 * @param index Receives the moment's index (document order); untouched on
 *        failure.
 * @return GS_OK; GS_ENOTFOUND when the schedule has no such moment;
 *         GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_pack_moment_find(const gs_pack *pack, const char *id, size_t *index);

/**
 * @brief The id of a moment.
 * @param pack The pack (not NULL).
 * @param index 0 .. gs_pack_moment_count() - 1 (document order).
 * @return Borrowed string, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_moment_id(const gs_pack *pack, size_t index);

/**
 * @brief The label of a moment in a language.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @param lang GS_LANG_NL or GS_LANG_EN (GS_LANG_NONE gives Dutch); a
 *        missing label falls back to the other language.
 * @return Borrowed string, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_moment_label(const gs_pack *pack, size_t index, gs_lang lang);

/**
 * @brief The life phase a moment serves.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The phase, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_phase gs_pack_moment_phase(const gs_pack *pack, size_t index);

/**
 * @brief Where a moment takes place.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The setting, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_setting gs_pack_moment_setting(const gs_pack *pack, size_t index);

/**
 * @brief The anchor of a moment's offsets (conception or birth).
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The anchor, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_anchor gs_pack_moment_anchor(const gs_pack *pack, size_t index);

/**
 * @brief The trigger of an indicated moment (anchor ::GS_ANCHOR_INDICATION;
 *        schedule.md "Anchors").
 * @param pack A loaded pack.
 * @param index 0 .. gs_pack_moment_count() - 1.
 * @return The ::gs_trigger; ::GS_TRIGGER_NONE for a moment anchored on a
 *         pregnancy start or a birth, or when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_trigger gs_pack_moment_trigger(const gs_pack *pack, size_t index);

/**
 * @brief The first day a moment can be held, in days from its anchor.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The offset, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT int gs_pack_moment_open(const gs_pack *pack, size_t index);

/**
 * @brief The day a moment is due, in days from its anchor.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The offset, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT int gs_pack_moment_due(const gs_pack *pack, size_t index);

/**
 * @brief The last day a moment is due (overdue from the next day), in days
 *        from its anchor.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The offset, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT int gs_pack_moment_overdue(const gs_pack *pack, size_t index);

/**
 * @brief The last day a moment can be held (missed after it), in days
 *        from its anchor.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The offset, or 0 when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT int gs_pack_moment_close(const gs_pack *pack, size_t index);

/**
 * @brief The instruments expected at a moment, as space-separated tokens
 *        (e.g. "dmop-extended giz").
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return Borrowed string ("" when none), or NULL when @p index is out of
 *         range.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_moment_instruments(const gs_pack *pack, size_t index);

/**
 * @brief A moment's condition `care-need-at-least:X`.
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return The minimum ::gs_care_need the family's proposed care need must
 *         reach for the moment to apply, or 0 when the moment has no
 *         condition (or @p index is out of range).
 * @since 0.1
 */
GS_EXPORT int gs_pack_moment_condition(const gs_pack *pack, size_t index);

/**
 * @brief The BDS JGZ contact code of a moment (e.g. "37").
 * @param pack The pack (not NULL).
 * @param index The moment's index.
 * @return Borrowed string, or NULL when the moment has none or @p index is
 *         out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_pack_moment_bds(const gs_pack *pack, size_t index);

/* ---- decision tables ------------------------------------------------------ */

/**
 * @brief One compiled decision table of a pack (opaque, borrowed from the
 *        pack, immutable, shareable between threads).
 * @since 0.1
 */
typedef struct gs_decision gs_decision;

/**
 * @brief Evaluates one decision on caller-supplied inputs (opaque; one
 *        thread at a time).
 * @since 0.1
 */
typedef struct gs_evaluator gs_evaluator;

/**
 * @brief DMN hit policy of a decision table.
 * @since 0.1
 */
typedef enum gs_hit_policy {
  GS_HIT_UNIQUE = 1,        /**< `UNIQUE`: at most one rule may match. */
  GS_HIT_FIRST = 2,         /**< `FIRST`: the first matching rule in table order. */
  GS_HIT_PRIORITY = 3,      /**< `PRIORITY`: the match whose outputs come first in outputValues. */
  GS_HIT_ANY = 4,           /**< `ANY`: all matches must give the same outputs. */
  GS_HIT_RULE_ORDER = 5,    /**< `RULE ORDER`: every match, in table order. */
  GS_HIT_OUTPUT_ORDER = 6,  /**< `OUTPUT ORDER`: every match, in outputValues order. */
  GS_HIT_COLLECT = 7        /**< `COLLECT`: every match, or an aggregate (::gs_aggregation). */
} gs_hit_policy;

/**
 * @brief Aggregation of a COLLECT table.
 * @since 0.1
 */
typedef enum gs_aggregation {
  GS_AGGREGATION_NONE = 0,  /**< No aggregation: the list of matches. */
  GS_AGGREGATION_SUM = 1,   /**< `SUM` of the numeric outputs. */
  GS_AGGREGATION_COUNT = 2, /**< `COUNT`: the number of matching rules. */
  GS_AGGREGATION_MIN = 3,   /**< `MIN` of the numeric outputs. */
  GS_AGGREGATION_MAX = 4    /**< `MAX` of the numeric outputs. */
} gs_aggregation;

/**
 * @brief Type of a decision-table input, output or result value.
 * @since 0.1
 */
typedef enum gs_value_type {
  GS_VALUE_NULL = 0,    /**< No value. */
  GS_VALUE_NUMBER = 1,  /**< A number (`typeRef` number, integer, long, double). */
  GS_VALUE_STRING = 2,  /**< A UTF-8 string. */
  GS_VALUE_BOOL = 3     /**< A boolean. */
} gs_value_type;

/**
 * @brief The number of decision tables in the pack's decisions file
 *        (including tables the library itself does not use).
 * @param pack The pack (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_pack_decision_count(const gs_pack *pack);

/**
 * @brief A decision table by position (document order).
 * @param pack The pack (not NULL).
 * @param index 0 .. gs_pack_decision_count() - 1.
 * @return Borrowed decision, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const gs_decision *gs_pack_decision_at(const gs_pack *pack, size_t index);

/**
 * @brief Finds a decision table by its decision id, else by its name.
 * @param pack The pack (not NULL).
 * @param id_or_name E.g. "care-need".
 * @param out Receives the borrowed decision; untouched on failure.
 * @return GS_OK; GS_ENOTFOUND when no decision has that id or name;
 *         GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_decision_find(const gs_pack *pack, const char *id_or_name,
                                     const gs_decision **out);

/**
 * @brief The decision's id ("" when it has none).
 * @param decision The decision (not NULL).
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_id(const gs_decision *decision);

/**
 * @brief The decision's name ("" when it has none).
 * @param decision The decision (not NULL).
 * @return Borrowed string, valid while the pack lives.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_name(const gs_decision *decision);

/**
 * @brief The table's hit policy.
 * @param decision The decision (not NULL).
 * @return The hit policy.
 * @since 0.1
 */
GS_EXPORT gs_hit_policy gs_decision_hit_policy(const gs_decision *decision);

/**
 * @brief The table's aggregation (COLLECT tables only).
 * @param decision The decision (not NULL).
 * @return The aggregation; GS_AGGREGATION_NONE for other hit policies.
 * @since 0.1
 */
GS_EXPORT gs_aggregation gs_decision_aggregation(const gs_decision *decision);

/**
 * @brief The number of input columns.
 * @param decision The decision (not NULL).
 * @return The count (may be 0).
 * @since 0.1
 */
GS_EXPORT size_t gs_decision_input_count(const gs_decision *decision);

/**
 * @brief The name of an input (the text of its input expression, e.g.
 *        "giz_max"); the evaluator's setters take this name.
 * @param decision The decision (not NULL).
 * @param index 0 .. gs_decision_input_count() - 1.
 * @return Borrowed string, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_input_name(const gs_decision *decision, size_t index);

/**
 * @brief The type of an input.
 * @param decision The decision (not NULL).
 * @param index The input's index.
 * @return The type, or GS_VALUE_NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_value_type gs_decision_input_type(const gs_decision *decision, size_t index);

/**
 * @brief The allowed values of an input as written in the file
 *        (`inputValues`), e.g. "\"none\",\"some\",\"high\"".
 * @param decision The decision (not NULL).
 * @param index The input's index.
 * @return Borrowed string ("" when the input is unrestricted), or NULL
 *         when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_input_values(const gs_decision *decision, size_t index);

/**
 * @brief The number of output columns (at least 1).
 * @param decision The decision (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_decision_output_count(const gs_decision *decision);

/**
 * @brief The name of an output (e.g. "care_need"; "" for a single
 *        unnamed output).
 * @param decision The decision (not NULL).
 * @param index 0 .. gs_decision_output_count() - 1.
 * @return Borrowed string, or NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_output_name(const gs_decision *decision, size_t index);

/**
 * @brief The type of an output.
 * @param decision The decision (not NULL).
 * @param index The output's index.
 * @return The type, or GS_VALUE_NULL when @p index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_value_type gs_decision_output_type(const gs_decision *decision, size_t index);

/**
 * @brief The number of rules.
 * @param decision The decision (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_decision_rule_count(const gs_decision *decision);

/**
 * @brief The id of a rule, e.g. "A-HELP" ("" when the rule has none).
 * @param decision The decision (not NULL).
 * @param rule 0 .. gs_decision_rule_count() - 1 (table order).
 * @return Borrowed string, or NULL when @p rule is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_rule_id(const gs_decision *decision, size_t rule);

/**
 * @brief The reason text of a rule in a language: the annotation column
 *        `nl` or `en`; English falls back to the rule's description.
 * @param decision The decision (not NULL).
 * @param rule The rule's index.
 * @param lang GS_LANG_NL or GS_LANG_EN.
 * @return Borrowed string, or NULL when the rule has no text in that
 *         language (or @p rule is out of range).
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_rule_text(const gs_decision *decision, size_t rule,
                                            gs_lang lang);

/**
 * @brief The test of a rule on an input, as written in the file (e.g.
 *        ">= 1", "[3..4]"; "-" for any value).
 * @param decision The decision (not NULL).
 * @param rule The rule's index.
 * @param input The input's index.
 * @return Borrowed string, or NULL when an index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_rule_input_text(const gs_decision *decision, size_t rule,
                                                  size_t input);

/**
 * @brief The output literal of a rule, as written in the file (e.g.
 *        "\"additional-care\""; "" for an empty cell).
 * @param decision The decision (not NULL).
 * @param rule The rule's index.
 * @param output The output's index.
 * @return Borrowed string, or NULL when an index is out of range.
 * @since 0.1
 */
GS_EXPORT const char *gs_decision_rule_output_text(const gs_decision *decision, size_t rule,
                                                   size_t output);

/* ---- evaluation ----------------------------------------------------------- */

/**
 * @brief Creates an evaluator for a decision.
 *
 * The evaluator allocates its buffers here (and when a longer string input
 * is set); gs_evaluator_run() allocates nothing. All inputs start as null:
 * a null input matches only `-`.
 * @param out Receives the evaluator; untouched on failure.
 * @param decision The decision; it (and its pack) must outlive the
 *        evaluator.
 * @return GS_OK, GS_EINVAL for NULL arguments, or GS_ENOMEM.
 * @post The caller owns *out and frees it with gs_evaluator_free().
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_new(gs_evaluator **out, const gs_decision *decision);

/**
 * @brief Frees an evaluator.
 * @param ev The evaluator, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_evaluator_free(gs_evaluator *ev);

/**
 * @brief Sets every input with this name to a number.
 *
 * Values are checked against the input's type and `inputValues` by
 * gs_evaluator_run(), which reports a mismatch as GS_EEVAL.
 * @param ev The evaluator (not NULL).
 * @param input An input name (gs_decision_input_name()).
 * @param value The number (finite).
 * @return GS_OK; GS_ENOTFOUND when the table has no input of that name;
 *         GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_set_number(gs_evaluator *ev, const char *input, double value);

/**
 * @brief Sets every input with this name to a string (copied).
 * @param ev The evaluator (not NULL).
 * @param input An input name.
 * @param value UTF-8 string, copied into the evaluator.
 * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments; GS_ENOMEM
 *         (the input keeps its previous value).
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_set_string(gs_evaluator *ev, const char *input,
                                            const char *value);

/**
 * @brief Sets every input with this name to a boolean.
 * @param ev The evaluator (not NULL).
 * @param input An input name.
 * @param value 0 for false, anything else for true.
 * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_set_bool(gs_evaluator *ev, const char *input, int value);

/**
 * @brief Sets every input with this name to null (it then matches only `-`).
 * @param ev The evaluator (not NULL).
 * @param input An input name.
 * @return GS_OK; GS_ENOTFOUND; GS_EINVAL for NULL arguments.
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_set_null(gs_evaluator *ev, const char *input);

/**
 * @brief Sets every input to null and forgets the last results.
 * @param ev The evaluator, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_evaluator_clear(gs_evaluator *ev);

/**
 * @brief Evaluates the decision on the current inputs. Allocates nothing.
 *
 * A table where no rule matches gives GS_OK with no result
 * (gs_evaluator_has_result() is 0).
 * @param ev The evaluator (not NULL).
 * @return GS_OK, or GS_EEVAL with a message naming the table and the rule
 *         ids: a UNIQUE table with two matches, an ANY table whose matches
 *         give different outputs, an input outside its inputValues, an
 *         input of the wrong type. After a failure there are no matches
 *         and no results.
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_run(gs_evaluator *ev);

/**
 * @brief The number of matching rules of the last run (for FIRST at most 1).
 * @param ev The evaluator (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_evaluator_match_count(const gs_evaluator *ev);

/**
 * @brief A matching rule of the last run, in table order.
 * @param ev The evaluator (not NULL).
 * @param k 0 .. gs_evaluator_match_count() - 1.
 * @return The rule's index in the table, or (size_t)-1 when @p k is out of
 *         range.
 * @since 0.1
 */
GS_EXPORT size_t gs_evaluator_match_rule(const gs_evaluator *ev, size_t k);

/**
 * @brief Whether the last run gave a result: a chosen rule (UNIQUE,
 *        FIRST, PRIORITY, ANY), at least one rule in the result list
 *        (RULE ORDER, OUTPUT ORDER, COLLECT) or an aggregate.
 * @param ev The evaluator (not NULL).
 * @return 1 or 0.
 * @since 0.1
 */
GS_EXPORT int gs_evaluator_has_result(const gs_evaluator *ev);

/**
 * @brief The number of rules in the result list of the last run.
 *
 * Single-hit policies give 0 or 1 (the chosen rule); RULE ORDER and
 * COLLECT give every match in table order, OUTPUT ORDER every match in
 * outputValues order; COLLECT with an aggregation gives 0 (read the
 * aggregate with gs_evaluator_aggregate()).
 * @param ev The evaluator (not NULL).
 * @return The count.
 * @since 0.1
 */
GS_EXPORT size_t gs_evaluator_result_count(const gs_evaluator *ev);

/**
 * @brief The rule behind a result.
 * @param ev The evaluator (not NULL).
 * @param k 0 .. gs_evaluator_result_count() - 1.
 * @return The rule's index in the table, or (size_t)-1 when @p k is out of
 *         range.
 * @since 0.1
 */
GS_EXPORT size_t gs_evaluator_result_rule(const gs_evaluator *ev, size_t k);

/**
 * @brief The type of output @p output of result @p k.
 * @param ev The evaluator (not NULL).
 * @param k The result's index.
 * @param output The output's index.
 * @return The type; GS_VALUE_NULL for an empty output cell or when an
 *         index is out of range.
 * @since 0.1
 */
GS_EXPORT gs_value_type gs_evaluator_result_type(const gs_evaluator *ev, size_t k,
                                                 size_t output);

/**
 * @brief A numeric output of result @p k.
 * @param ev The evaluator (not NULL).
 * @param k The result's index.
 * @param output The output's index.
 * @return The number, or 0 when the value is not a number.
 * @since 0.1
 */
GS_EXPORT double gs_evaluator_result_number(const gs_evaluator *ev, size_t k, size_t output);

/**
 * @brief A string output of result @p k.
 * @param ev The evaluator (not NULL).
 * @param k The result's index.
 * @param output The output's index.
 * @return Borrowed from the pack, or NULL when the value is not a string.
 * @since 0.1
 */
GS_EXPORT const char *gs_evaluator_result_string(const gs_evaluator *ev, size_t k,
                                                 size_t output);

/**
 * @brief A boolean output of result @p k.
 * @param ev The evaluator (not NULL).
 * @param k The result's index.
 * @param output The output's index.
 * @return 1 or 0 (0 also when the value is not a boolean).
 * @since 0.1
 */
GS_EXPORT int gs_evaluator_result_bool(const gs_evaluator *ev, size_t k, size_t output);

/**
 * @brief The aggregate of a COLLECT table with SUM, COUNT, MIN or MAX.
 * @param ev The evaluator (not NULL).
 * @param output The output's index.
 * @param out Receives the value; untouched on failure.
 * @return GS_OK; GS_ENOTFOUND when the last run has no aggregate (SUM, MIN
 *         and MAX of no match are null; COUNT of no match is 0);
 *         GS_EINVAL when the table does not aggregate, @p output is out of
 *         range or an argument is NULL.
 * @since 0.1
 */
GS_EXPORT gs_status gs_evaluator_aggregate(const gs_evaluator *ev, size_t output, double *out);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_PACK_H */
