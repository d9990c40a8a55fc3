/*
 * libgoedestart - survival analysis: time from birth to the first
 * identification of a (risk for a) social-emotional problem.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_SURVIVAL_H
#define GOEDESTART_GS_SURVIVAL_H

/**
 * @file gs-survival.h
 * @brief Kaplan-Meier curves per group and the log-rank, Tarone-Ware and
 *        Gehan-Breslow tests (spec/indicators.md "Survival analysis"), plus
 *        the grouping shared by every population analysis.
 *
 * **Subjects.** A child counts when it was born on or after its family's
 * `enrolled` date and on or before the as-of date (the family was followed
 * from the child's birth; no delayed entry).
 *
 * **Event.** The first contact dated on or after the birth and on or
 * before the as-of date, about the child or about the whole family (not
 * about a sibling, a caregiver or a pregnancy), whose findings hold a DMOP
 * rating `not-good` on any domain, the consult status `problem`, or GIZ
 * GOM >= 3 on one of the areas 1-7. Time = contact date - birth date, in
 * days. Children without an event are censored at min(as_of - born,
 * horizon); events after the horizon count as censored at the horizon.
 *
 * **Groups** come from the family: its municipality, its province (as the
 * catalogue declares it, else from the library's table of the eleven,
 * else `unknown`), one group `all`, or a label per family from a
 * ::gs_labels table (families without a label are left out). A group with
 * fewer than `min_group` children is left out of the curves and the tests
 * and is reported as such (gs_survival_group_included()).
 *
 * **Curves.** Per group, one row per distinct event time: time, number at
 * risk (time >= t), events and censorings at t, the Kaplan-Meier survival,
 * its Greenwood standard error and the 95% confidence interval with the
 * log-log transform (as R's `survfit(conf.type = "log-log")`); undefined
 * values (a survival of 0) are NaN. At tied times events come before
 * censorings.
 *
 * **Tests.** Over the included groups, the weighted observed-minus-expected
 * vector with the hypergeometric risk-set variance (Klein & Moeschberger,
 * section 7.3), weights 1 (log-rank), sqrt(n at risk) (Tarone-Ware) and n
 * at risk (Gehan-Breslow); chi-square with (groups - 1) degrees of
 * freedom, the variance of the last group dropped and a generalised
 * inverse for a singular variance; the p-value from the regularised
 * incomplete gamma function. With fewer than two included groups there is
 * no test.
 *
 * Counts are exact integers; sums of weighted terms are accumulated in
 * long double, so 10^6 subjects lose no precision. The result agrees with
 * R's `survival` package to 1e-6 (tests/survival-r/).
 *
 * **Memory** stays flat whatever the number of families: a survival
 * analysis keeps two counters per group and day up to the horizon, never
 * the families.
 *
 * **Threads.** A ::gs_survival and a ::gs_labels are used by one thread at
 * a time.
 */

#include <stddef.h>
#include <stdint.h>

#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-family.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief How families are grouped in population analyses. @since 0.1 */
typedef enum gs_group_by {
  GS_GROUP_BY_MUNICIPALITY = 1, /**< the municipality code `GMnnnn` */
  GS_GROUP_BY_PROVINCE = 2,     /**< the province token (`DR`, `GR`, ...) or `unknown` */
  GS_GROUP_BY_NONE = 3,         /**< one group `all` */
  GS_GROUP_BY_LABEL = 4         /**< a caller-supplied label per family (::gs_labels) */
} gs_group_by;

/** @brief The comparisons of survival curves. @since 0.1 */
typedef enum gs_survival_test {
  GS_TEST_LOG_RANK = 1,       /**< `log-rank`: weight 1 */
  GS_TEST_TARONE_WARE = 2,    /**< `tarone-ware`: weight sqrt(n at risk) */
  GS_TEST_GEHAN_BRESLOW = 3   /**< `gehan-breslow`: weight n at risk (generalised Wilcoxon) */
} gs_survival_test;

/** @brief Default survival horizon in days (18 months). @since 0.1 */
#define GS_SURVIVAL_HORIZON_DEFAULT 548

/** @brief Default small-cell threshold k. @since 0.1 */
#define GS_SUPPRESS_DEFAULT 5

/* ---- label tables ------------------------------------------------------- */

/**
 * @brief A table family id -> group label. Opaque; owns copies of its strings.
 * @since 0.1
 */
typedef struct gs_labels gs_labels;

/**
 * @brief Creates an empty label table.
 * @param[out] out The table (free with gs_labels_free()); untouched on error.
 * @return GS_OK, GS_EINVAL or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_labels_new(gs_labels **out);

/**
 * @brief Sets the label of a family.
 * @param labels The table.
 * @param family_id The family id (1-64 bytes of UTF-8 without control characters).
 * @param label The label (1-64 bytes of UTF-8 without control characters);
 *        `all` is allowed.
 * @return GS_OK; GS_EINVAL for NULL or an invalid id or label, or a family
 *         that already has a label (the table is unchanged); GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_labels_set(gs_labels *labels, const char *family_id, const char *label);

/**
 * @brief Loads a label table from CSV (RFC 4180, UTF-8): header
 *        `family,label`, then one row per family.
 * @param[out] out The table; untouched on error.
 * @param path The file.
 * @return GS_OK; GS_EIO when it cannot be read; GS_EPARSE for a bad header,
 *         a row without two fields, an invalid id or label, or a family
 *         listed twice (message with FILE:LINE:COLUMN); GS_EINVAL; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_labels_load_csv_file(gs_labels **out, const char *path);

/**
 * @brief Loads a label table from CSV in memory (see gs_labels_load_csv_file()).
 * @param[out] out The table; untouched on error.
 * @param data The CSV (need not be NUL-terminated); not kept.
 * @param len Its length in bytes.
 * @param name Name used in error messages, or NULL for "memory".
 * @return As gs_labels_load_csv_file(), without GS_EIO.
 * @since 0.1
 */
GS_EXPORT gs_status gs_labels_load_csv_memory(gs_labels **out, const char *data, size_t len,
                                              const char *name);

/**
 * @brief The label of a family.
 * @param labels The table.
 * @param family_id The family id.
 * @return Borrowed from the table, or NULL when the family has no label.
 * @since 0.1
 */
GS_EXPORT const char *gs_labels_get(const gs_labels *labels, const char *family_id);

/**
 * @brief The number of families in the table.
 * @param labels The table.
 * @return The count; 0 for NULL.
 * @since 0.1
 */
GS_EXPORT size_t gs_labels_count(const gs_labels *labels);

/**
 * @brief Frees a label table.
 * @param labels The table, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_labels_free(gs_labels *labels);

/* ---- survival analysis -------------------------------------------------- */

/** @brief Version of ::gs_survival_options understood by this library. @since 0.1 */
#define GS_SURVIVAL_OPTIONS_VERSION 1u

/**
 * @brief Options of a survival analysis (versioned option struct).
 * @since 0.1
 */
typedef struct gs_survival_options {
  unsigned int version;   /**< GS_SURVIVAL_OPTIONS_VERSION */
  gs_date as_of;          /**< The as-of date (required; GS_DATE_NONE is an error). */
  int horizon;            /**< Horizon in days, >= 0 (default 548). */
  int group_by;           /**< A ::gs_group_by (default GS_GROUP_BY_MUNICIPALITY). */
  int min_group;          /**< Groups with fewer children are left out; >= 0 (default 5). */
} gs_survival_options;

/**
 * @brief Static initialiser for ::gs_survival_options (as-of date unset).
 * @since 0.1
 */
#define GS_SURVIVAL_OPTIONS_INIT \
  { GS_SURVIVAL_OPTIONS_VERSION, GS_DATE_NONE, GS_SURVIVAL_HORIZON_DEFAULT, \
    GS_GROUP_BY_MUNICIPALITY, GS_SUPPRESS_DEFAULT }

/**
 * @brief Fills @p options with GS_SURVIVAL_OPTIONS_INIT.
 * @param options The struct; NULL does nothing.
 * @since 0.1
 */
GS_EXPORT void gs_survival_options_init(gs_survival_options *options);

/**
 * @brief A survival analysis: an accumulator while families are added,
 *        then (after gs_survival_finish()) the curves and tests. Opaque.
 * @since 0.1
 */
typedef struct gs_survival gs_survival;

/**
 * @brief Starts a survival analysis.
 * @param[out] out The analysis (free with gs_survival_free()); untouched on error.
 * @param options The options (copied).
 * @param catalog A catalogue whose declared provinces are used with
 *        GS_GROUP_BY_PROVINCE, or NULL (the library's table); borrowed,
 *        must outlive the analysis.
 * @param labels The labels for GS_GROUP_BY_LABEL (required then, else
 *        ignored); borrowed, must outlive the analysis.
 * @return GS_OK; GS_EVERSION for an unknown options version; GS_EINVAL for
 *         a missing as-of date, a negative horizon or minimum, an unknown
 *         grouping or missing labels; GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_new(gs_survival **out, const gs_survival_options *options,
                                    const gs_catalog *catalog, const gs_labels *labels);

/**
 * @brief Adds the children of a family.
 * @param s The analysis (not finished).
 * @param family A finished family; not kept.
 * @return GS_OK (also for a family that contributes nothing); GS_EINVAL;
 *         GS_ESTATE after gs_survival_finish(); GS_ENOMEM (nothing added).
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_add(gs_survival *s, const gs_family *family);

/**
 * @brief Adds every family of a dossier file, streaming it (flat memory).
 * @param s The analysis (not finished).
 * @param path The dossier file.
 * @return GS_OK; GS_EIO, GS_EPARSE (FILE:LINE:COLUMN of the bad family) or
 *         GS_ENOMEM, and then nothing of the file was added; GS_EINVAL;
 *         GS_ESTATE after gs_survival_finish().
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_add_file(gs_survival *s, const char *path);

/**
 * @brief Adds subjects directly: @p count subjects of @p group with time
 *        @p time, with an event or censored (for data from elsewhere,
 *        e.g. a published data set). The horizon applies.
 * @param s The analysis (not finished).
 * @param group The group name (1-64 bytes of UTF-8, no control characters).
 * @param time The time in days, >= 0.
 * @param event 1 for an event, 0 for censored.
 * @param count The number of such subjects, >= 1.
 * @return GS_OK; GS_EINVAL; GS_ESTATE after finishing; GS_ENOMEM (nothing added).
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_add_observation(gs_survival *s, const char *group, int time,
                                                int event, uint64_t count);

/**
 * @brief Computes the curves and the tests. Nothing can be added afterwards.
 * @param s The analysis.
 * @return GS_OK; GS_ESTATE when already finished; GS_EINVAL; GS_ENOMEM (the
 *         analysis stays unfinished and can be finished again).
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_finish(gs_survival *s);

/**
 * @brief Frees an analysis.
 * @param s The analysis, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_survival_free(gs_survival *s);

/** @name Groups (byte order of their names; available once finished)
 * @{ */
/** @brief Number of groups (included or not). @param s The analysis. @return The count; 0 before finishing. @since 0.1 */
GS_EXPORT size_t gs_survival_group_count(const gs_survival *s);
/** @brief Group name. @param s The analysis. @param g Group index. @return Borrowed, or NULL. @since 0.1 */
GS_EXPORT const char *gs_survival_group_name(const gs_survival *s, size_t g);
/** @brief Children in the group. @param s The analysis. @param g Group index. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_survival_group_subjects(const gs_survival *s, size_t g);
/** @brief Events in the group. @param s The analysis. @param g Group index. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_survival_group_events(const gs_survival *s, size_t g);
/** @brief Whether the group is in the curves and tests (it has at least min_group children). @param s The analysis. @param g Group index. @return 1 or 0. @since 0.1 */
GS_EXPORT int gs_survival_group_included(const gs_survival *s, size_t g);
/** @brief The smallest time at which the Kaplan-Meier survival is at most 0.5 (R's tolerance of 2^-26). @param s The analysis. @param g Group index. @return The time; -1 when never or when the group is left out. A median that is a midpoint (gs_survival_summary_median()) has this time as its first end. @since 0.1 */
GS_EXPORT int gs_survival_group_median(const gs_survival *s, size_t g);
/**
 * @brief The Kaplan-Meier median as R's `survfit` prints it: the smallest
 *        time with S <= 0.5, or (t1 + t2) / 2 when S is exactly 0.5 from
 *        the event time t1 to the next event time t2 (t1 when S stays at
 *        0.5 to the end), "<= 0.5" and "exactly" read with R's tolerance
 *        of 2^-26 (spec/indicators.md).
 * @param s The analysis.
 * @param g Group index.
 * @return The median in days; NaN when not reached or the group is left out.
 * @since 0.1
 */
GS_EXPORT double gs_survival_summary_median(const gs_survival *s, size_t g);
/**
 * @brief Lower limit of the median's 95% confidence interval: the median
 *        rule applied to the lower log-log band of the curve (band values
 *        undefined where S is 0 or 1 skipped).
 * @param s The analysis.
 * @param g Group index.
 * @return The limit in days; NaN when never reached or the group is left out.
 * @since 0.1
 */
GS_EXPORT double gs_survival_summary_lower(const gs_survival *s, size_t g);
/**
 * @brief Upper limit of the median's 95% confidence interval: the median
 *        rule applied to the upper log-log band of the curve.
 * @param s The analysis.
 * @param g Group index.
 * @return The limit in days; NaN when never reached or the group is left out.
 * @since 0.1
 */
GS_EXPORT double gs_survival_summary_upper(const gs_survival *s, size_t g);
/** @} */

/** @name Kaplan-Meier rows of a group (one per distinct event time; none for a left-out group)
 * @{ */
/** @brief Number of rows. @param s The analysis. @param g Group index. @return The count. @since 0.1 */
GS_EXPORT size_t gs_survival_km_count(const gs_survival *s, size_t g);
/** @brief Time in days. @param s The analysis. @param g Group. @param r Row. @return The time, -1 out of range. @since 0.1 */
GS_EXPORT int gs_survival_km_time(const gs_survival *s, size_t g, size_t r);
/** @brief Number at risk (time >= t). @param s The analysis. @param g Group. @param r Row. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_survival_km_at_risk(const gs_survival *s, size_t g, size_t r);
/** @brief Events at t. @param s The analysis. @param g Group. @param r Row. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_survival_km_events(const gs_survival *s, size_t g, size_t r);
/** @brief Censorings at t. @param s The analysis. @param g Group. @param r Row. @return The count. @since 0.1 */
GS_EXPORT uint64_t gs_survival_km_censored(const gs_survival *s, size_t g, size_t r);
/** @brief Survival estimate just after t. @param s The analysis. @param g Group. @param r Row. @return The estimate, NaN out of range. @since 0.1 */
GS_EXPORT double gs_survival_km_survival(const gs_survival *s, size_t g, size_t r);
/** @brief Greenwood standard error of the survival. @param s The analysis. @param g Group. @param r Row. @return The error, NaN when undefined. @since 0.1 */
GS_EXPORT double gs_survival_km_se(const gs_survival *s, size_t g, size_t r);
/** @brief Lower 95% bound (log-log). @param s The analysis. @param g Group. @param r Row. @return The bound, NaN when undefined. @since 0.1 */
GS_EXPORT double gs_survival_km_lower(const gs_survival *s, size_t g, size_t r);
/** @brief Upper 95% bound (log-log). @param s The analysis. @param g Group. @param r Row. @return The bound, NaN when undefined. @since 0.1 */
GS_EXPORT double gs_survival_km_upper(const gs_survival *s, size_t g, size_t r);
/** @} */

/** @name Tests (log-rank, Tarone-Ware, Gehan-Breslow)
 * A group whose expected count is 0 (none of its children at risk at any
 * event time of the pooled sample) leaves the tests: df = the number of
 * included groups with expected > 0, minus 1. With fewer than two such
 * groups (one group, no events at all, ...) there is no test.
 * @{ */
/** @brief Number of tests (3, or 0 when there is no test). @param s The analysis. @return The count. @since 0.1 */
GS_EXPORT size_t gs_survival_test_count(const gs_survival *s);
/** @brief Kind of test @p i. @param s The analysis. @param i Index. @return The test, 0 out of range. @since 0.1 */
GS_EXPORT gs_survival_test gs_survival_test_kind(const gs_survival *s, size_t i);
/** @brief Name of test @p i: `log-rank`, `tarone-ware`, `gehan-breslow`. @param s The analysis. @param i Index. @return Static, or NULL. @since 0.1 */
GS_EXPORT const char *gs_survival_test_name(const gs_survival *s, size_t i);
/** @brief Chi-square statistic. @param s The analysis. @param i Index. @return The statistic, NaN out of range. @since 0.1 */
GS_EXPORT double gs_survival_test_chisq(const gs_survival *s, size_t i);
/** @brief Degrees of freedom. @param s The analysis. @param i Index. @return df, 0 out of range. @since 0.1 */
GS_EXPORT int gs_survival_test_df(const gs_survival *s, size_t i);
/** @brief p-value. @param s The analysis. @param i Index. @return p, NaN out of range. @since 0.1 */
GS_EXPORT double gs_survival_test_p(const gs_survival *s, size_t i);
/** @} */

/**
 * @brief Writes the Kaplan-Meier rows as CSV (RFC 4180, UTF-8, CRLF): header
 *        `group,time,at_risk,events,censored,survival,se,lower,upper`, the
 *        included groups in order, numbers with up to 10 significant
 *        digits, undefined values empty. Byte-identical for identical input.
 * @param s A finished analysis.
 * @param[out] out The table, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE (not finished) or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_write_km_csv(const gs_survival *s, char **out, size_t *len);

/**
 * @brief Writes the tests as CSV: header `test,chisq,df,p`, one row per
 *        test (header only when there is no test).
 * @param s A finished analysis.
 * @param[out] out The table, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_write_tests_csv(const gs_survival *s, char **out, size_t *len);

/**
 * @brief Writes the per-group summary as CSV: header
 *        `group,n,events,median,lower,upper,left_out`, one row per group
 *        with at least one child in group order; the median and its 95%
 *        limits empty when not reached, and for a left-out group
 *        (`left_out` 1: fewer than min_group children).
 * @param s A finished analysis.
 * @param[out] out The table, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_write_summary_csv(const gs_survival *s, char **out,
                                                  size_t *len);

/**
 * @brief Writes the subjects as CSV for other tools (e.g. R's `survival`):
 *        header `group,time,event`, one row per child of the included
 *        groups, ordered by group, time, events first.
 * @param s A finished analysis.
 * @param[out] out The table, NUL-terminated (free with gs_free()).
 * @param[out] len Its length; may be NULL.
 * @return GS_OK, GS_EINVAL, GS_ESTATE or GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_survival_write_subjects_csv(const gs_survival *s, char **out,
                                                   size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_SURVIVAL_H */
