/*
 * libgoedestart - the synthetic population generator.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_GENERATE_H
#define GOEDESTART_GS_GENERATE_H

/**
 * @file gs-generate.h
 * @brief A realistic synthetic population of Goede Start families for
 *        demos, tests and benchmarks (spec/cli.md "Synthetic population").
 *
 * There is no real data to show or test with, so the library makes it:
 * families spread over the eleven Veenkoloniën municipalities in
 * proportion to their population, with caregivers (and their years of
 * birth), 1-4 children whose birth dates follow a constant birth rate over
 * the 19 years before the as-of date (with gestational age and birth
 * weight), first and later pregnancies in progress, families in
 * anticonception and preconception, a contact at most of the scheduled
 * signal moments of the default pack with findings of the instruments
 * expected there, the extra contacts after a consult status `attention`
 * or `problem` (the indicated moments), Meldcode steps where a safety
 * finding occurs, and plans with goals, actions (at offers of the
 * Veenkoloniën catalogue) and reviews. The findings are drawn so that the default pack proposes
 * positive confirmation for about 75% of the families at the as-of date,
 * additional care for about 20% and urgent support for about 5%.
 *
 * **Determinism.** The output depends only on the options and the library
 * version: the generator has its own pseudo-random generator (xoshiro256**
 * seeded through splitmix64), uses integer arithmetic only and never
 * reads the clock, so the same options give the same families - and
 * byte-identical dossier files - on every machine and through every
 * binding. Family @c i (0-based) is a function of the seed and @c i alone;
 * its id is `F-` followed by @c i + 1 in at least six digits
 * (`F-000001`).
 *
 * **Validity.** Every family is finished (gs_family_finish()), so it
 * passes every load-time rule and round-trips through the dossier writer
 * and reader unchanged.
 *
 * **Threads.** A ::gs_population is used by one thread at a time;
 * distinct populations may be used concurrently.
 */

#include <stdint.h>

#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-family.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Version of ::gs_population_options understood by this library. @since 0.1 */
#define GS_POPULATION_OPTIONS_VERSION 1u

/**
 * @brief What to generate (a versioned option struct).
 *
 * Initialise with GS_POPULATION_OPTIONS_INIT or
 * gs_population_options_init(), then set the fields. The library reads
 * only the fields of the version given in @c version.
 * @since 0.1
 */
typedef struct gs_population_options {
  unsigned int version; /**< GS_POPULATION_OPTIONS_VERSION */
  uint64_t seed;        /**< Seed of the pseudo-random generator (default 1). */
  uint64_t families;    /**< Number of families (default 1000). */
  gs_date as_of;        /**< The date the population stands on: nothing is dated
                             later, except expected due dates and plan target dates.
                             Required (default GS_DATE_NONE): the library has no clock. */
} gs_population_options;

/**
 * @brief Static initialiser for ::gs_population_options: seed 1, 1000
 *        families, no as-of date yet.
 * @since 0.1
 */
#define GS_POPULATION_OPTIONS_INIT { GS_POPULATION_OPTIONS_VERSION, 1u, 1000u, GS_DATE_NONE }

/**
 * @brief A synthetic population being generated, family by family. Opaque.
 * @since 0.1
 */
typedef struct gs_population gs_population;

/**
 * @brief Fills @p opts with GS_POPULATION_OPTIONS_INIT (for bindings that
 *        cannot expand macros).
 * @param opts The struct to fill; NULL does nothing.
 * @since 0.1
 */
GS_EXPORT void gs_population_options_init(gs_population_options *opts);

/**
 * @brief Starts generating a population.
 *
 * Loads the default pack (its schedule gives the signal moments) and the
 * Veenkoloniën catalogue (its offers go into the plans); the population
 * owns both.
 * @param[out] out The population (free with gs_population_free());
 *        untouched on error.
 * @param opts The options; copied.
 * @return GS_OK; GS_EVERSION for an unknown @c opts->version; GS_EINVAL for
 *         a NULL argument or an as-of date that is not set or lies outside
 *         1940-01-01 .. 2198-12-31 (older siblings are born up to 32 years
 *         before it, due dates lie up to a year after it); GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_population_new(gs_population **out, const gs_population_options *opts);

/**
 * @brief Generates the next family.
 * @param p The population.
 * @param[out] out The family, finished and owned by the caller (free with
 *        gs_family_free()); NULL after the last family. Untouched on error.
 * @return GS_OK (also at the end); GS_EINVAL for a NULL argument;
 *         GS_ENOMEM (the same family is generated again by the next call,
 *         so the sequence stays the same); GS_ERROR if the generator made a
 *         family the model rejects, which is a bug (the message has the
 *         model's reason).
 * @since 0.1
 */
GS_EXPORT gs_status gs_population_next(gs_population *p, gs_family **out);

/**
 * @brief Frees a population.
 * @param p The population, or NULL (does nothing). Families it handed out
 *        are owned by the caller and stay valid.
 * @since 0.1
 */
GS_EXPORT void gs_population_free(gs_population *p);

/**
 * @brief Generates a whole population into a dossier file (root
 *        `dossiers`), streaming, in flat memory and atomically.
 *
 * The file is written with the streaming dossier writer (gs-dossier.h): a
 * temporary file beside @p path, renamed over it only when every family
 * was written. The same options give a byte-identical file everywhere.
 * @param opts The options; @c opts->families must be at least 1.
 * @param path The target file.
 * @return GS_OK; GS_EINVAL (NULL, no families, bad as-of date);
 *         GS_EVERSION; GS_EIO (the old file is untouched); GS_ENOMEM.
 * @since 0.1
 */
GS_EXPORT gs_status gs_population_generate(const gs_population_options *opts, const char *path);

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_GENERATE_H */
