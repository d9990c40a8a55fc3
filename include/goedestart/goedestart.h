/*
 * libgoedestart - the shared engine for Goede Start and SamenStarten.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_H
#define GOEDESTART_H

/**
 * @file goedestart.h
 * @brief Umbrella header: include this one file.
 *
 * @mainpage
 * libgoedestart models Dutch preventive youth health care (JGZ) families
 * from the wish for a child until the youngest turns 19, and proposes -
 * always with its reasons - what support a family needs and where to find
 * it locally.
 *
 * @section api_intro The API in one page
 *
 * - **Conventions.** Every fallible function returns a ::gs_status
 *   (GS_OK = 0, errors negative). Details of the last error on the calling
 *   thread come from gs_error_last(): code, message, file, line and
 *   column. Constructors write the new object through their first
 *   parameter (`gs_x_new(gs_x **out, ...)`); destructors are
 *   `gs_x_free(gs_x *)` and accept NULL.
 * - **Strings** are UTF-8 and NUL-terminated. Inputs are copied when kept.
 *   Borrowed outputs (`const char *`) live as long as their owner; owned
 *   outputs (`char **`) are released with gs_free().
 * - **Dates** are ::gs_date integers (days since 1970-01-01); see
 *   gs-date.h. The library never reads the clock: every evaluation takes
 *   an explicit as-of date.
 * - **Codes** are C enums whose values are the spec's stable numbers.
 *
 * @section lifetimes Object lifetimes and threads
 *
 * - gs_init() / gs_shutdown() are reference-counted and idempotent.
 *   gs_set_allocator() may only be called while the count is zero.
 * - Loaded packs and catalogues are immutable: one instance may be shared
 *   by any number of threads. Every other object (families, assessments,
 *   readers) belongs to one thread at a time. See docs/threading.md.
 * - An object that borrows another (an assessment borrows its pack and
 *   catalogue) must be freed before what it borrows.
 */

#include <goedestart/gs-version.h>
#include <goedestart/gs-common.h>
#include <goedestart/gs-date.h>
#include <goedestart/gs-codes.h>
#include <goedestart/gs-catalog.h>
#include <goedestart/gs-family.h>
#include <goedestart/gs-dossier.h>
#include <goedestart/gs-pack.h>
#include <goedestart/gs-phases.h>
#include <goedestart/gs-assess.h>
#include <goedestart/gs-generate.h>
#include <goedestart/gs-summary.h>
#include <goedestart/gs-survival.h>
#include <goedestart/gs-indicators.h>
#include <goedestart/gs-export.h>

#endif /* GOEDESTART_H */
