/*
 * libgoedestart - status codes, errors, memory, initialisation.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GOEDESTART_GS_COMMON_H
#define GOEDESTART_GS_COMMON_H

/**
 * @file gs-common.h
 * @brief Status codes, the thread-local last error, the allocator and
 *        library initialisation.
 */

#include <stddef.h>
#include <stdint.h>

#include <goedestart/gs-version.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @def GS_EXPORT
 * @brief Marks a declaration as part of the public ABI.
 *
 * The library is built with hidden visibility; only declarations carrying
 * this macro (and listed in the symbol map) are exported.
 * @since 0.1
 */
#if defined(_WIN32) || defined(__CYGWIN__)
#  ifdef GS_BUILDING_LIBRARY
#    define GS_EXPORT __declspec(dllexport)
#  else
#    define GS_EXPORT __declspec(dllimport)
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define GS_EXPORT __attribute__((visibility("default")))
#else
#  define GS_EXPORT
#endif

/**
 * @brief Result of every fallible call.
 *
 * Values are explicit and never reused; new values are appended. Every
 * error status also sets the thread-local last error (gs_error_last()).
 * @since 0.1
 */
typedef enum gs_status {
  GS_OK = 0,            /**< Success. */
  GS_ERROR = -1,        /**< Generic failure (an internal error). */
  GS_ENOMEM = -2,       /**< Out of memory; nothing was changed or leaked. */
  GS_EINVAL = -3,       /**< An argument was invalid (NULL, out of range). */
  GS_EPARSE = -4,       /**< Input failed to parse or to validate (file, line, column set). */
  GS_EIO = -5,          /**< Reading or writing a file failed. */
  GS_ENOTFOUND = -6,    /**< A named item (table, offer, id) does not exist. */
  GS_EVERSION = -7,     /**< Unsupported version (of a format, struct or namespace). */
  GS_EEVAL = -8,        /**< A decision table could not be evaluated. */
  GS_ESTATE = -9        /**< The call is not allowed in the current state (e.g. after gs_init()). */
} gs_status;

/**
 * @brief The details of the last error on the calling thread.
 *
 * Opaque; read it with gs_error_code(), gs_error_message(), gs_error_file(),
 * gs_error_line() and gs_error_column(). It lives in thread-local storage
 * and is overwritten by the next failing call on the same thread.
 * @since 0.1
 */
typedef struct gs_error gs_error;

/**
 * @brief The last error recorded on the calling thread.
 * @return Never NULL. After a successful call the content is unspecified;
 *         read it only right after a call returned an error status.
 * @since 0.1
 */
GS_EXPORT const gs_error *gs_error_last(void);

/**
 * @brief The status code of @p err.
 * @param err An error from gs_error_last(); NULL gives GS_OK.
 * @return The status.
 * @since 0.1
 */
GS_EXPORT gs_status gs_error_code(const gs_error *err);

/**
 * @brief The human-readable message of @p err (UTF-8, English).
 *
 * For input errors the message does not repeat the position; use
 * gs_error_format() for the full `FILE:LINE:COLUMN: message` form.
 * @param err An error from gs_error_last(); NULL gives "".
 * @return Borrowed string, valid until the next failing call on this thread.
 * @since 0.1
 */
GS_EXPORT const char *gs_error_message(const gs_error *err);

/**
 * @brief The file the error refers to, or "" when none.
 * @param err An error from gs_error_last(); NULL gives "".
 * @return Borrowed string, valid until the next failing call on this thread.
 * @since 0.1
 */
GS_EXPORT const char *gs_error_file(const gs_error *err);

/**
 * @brief The 1-based line the error refers to, or 0 when none.
 * @param err An error from gs_error_last().
 * @return The line.
 * @since 0.1
 */
GS_EXPORT int gs_error_line(const gs_error *err);

/**
 * @brief The 1-based column the error refers to, or 0 when none.
 * @param err An error from gs_error_last().
 * @return The column.
 * @since 0.1
 */
GS_EXPORT int gs_error_column(const gs_error *err);

/**
 * @brief The whole error as one line: `FILE:LINE:COLUMN: message`.
 *
 * Parts that are unknown are left out (`FILE: message`, or just the
 * message).
 * @param err An error from gs_error_last().
 * @return Borrowed string, valid until the next failing call on this thread.
 * @since 0.1
 */
GS_EXPORT const char *gs_error_format(const gs_error *err);

/**
 * @brief A short English description of a status code.
 * @param status Any value; unknown values give "unknown status".
 * @return A static string.
 * @since 0.1
 */
GS_EXPORT const char *gs_status_str(gs_status status);

/**
 * @brief The token of a status code, e.g. "GS_ENOMEM".
 * @param status Any value; unknown values give "GS_UNKNOWN".
 * @return A static string.
 * @since 0.1
 */
GS_EXPORT const char *gs_status_name(gs_status status);

/**
 * @brief Frees memory the library handed out through a `char **` or
 *        similar owned out-parameter.
 * @param ptr Memory from the library, or NULL (does nothing).
 * @since 0.1
 */
GS_EXPORT void gs_free(void *ptr);

/** @brief Version of ::gs_allocator understood by this library. @since 0.1 */
#define GS_ALLOCATOR_VERSION 1u

/**
 * @brief A replacement allocator (versioned option struct).
 *
 * All functions receive @c user_data. @c realloc may be NULL, in which case
 * the library emulates it with @c malloc, copy and @c free (it then needs to
 * know the old size and keeps it in a small header).
 * @since 0.1
 */
typedef struct gs_allocator {
  unsigned int version;                                   /**< GS_ALLOCATOR_VERSION */
  void *(*malloc)(void *user_data, size_t size);          /**< Allocate; NULL on failure. */
  void *(*realloc)(void *user_data, void *ptr, size_t size); /**< Resize; NULL on failure (ptr untouched). */
  void (*free)(void *user_data, void *ptr);               /**< Release; ptr may be NULL. */
  void *user_data;                                        /**< Passed to each function. */
} gs_allocator;

/**
 * @brief Static initialiser for ::gs_allocator (system allocator).
 * @since 0.1
 */
#define GS_ALLOCATOR_INIT { GS_ALLOCATOR_VERSION, NULL, NULL, NULL, NULL }

/**
 * @brief Fills @p allocator with GS_ALLOCATOR_INIT (for bindings that cannot
 *        expand macros).
 * @param allocator Struct to fill; NULL does nothing.
 * @since 0.1
 */
GS_EXPORT void gs_allocator_init(gs_allocator *allocator);

/**
 * @brief Replaces the library's allocator.
 *
 * Must be called before gs_init() (or after the last gs_shutdown()), when
 * the library holds no memory. libxml2's own allocations are not affected.
 * @param allocator The allocator, copied; NULL restores the system allocator.
 * @return GS_OK; GS_EVERSION for an unknown struct version; GS_EINVAL when
 *         malloc or free is missing; GS_ESTATE when the library is
 *         initialised.
 * @since 0.1
 */
GS_EXPORT gs_status gs_set_allocator(const gs_allocator *allocator);

/**
 * @brief Initialises the library (reference-counted, thread-safe).
 *
 * Initialises libxml2's parser once per process. Every gs_init() is paired
 * with one gs_shutdown(). The library never calls xmlCleanupParser(), so a
 * host that uses libxml2 itself is unaffected. Functions that parse XML call
 * gs_init() implicitly when needed; calling it explicitly is still good
 * practice in hosts that use gs_set_allocator().
 * @return GS_OK.
 * @since 0.1
 */
GS_EXPORT gs_status gs_init(void);

/**
 * @brief Releases one gs_init() reference.
 *
 * Extra calls are ignored. Objects still alive stay valid; only the
 * allocator may be replaced after the count drops to zero.
 * @since 0.1
 */
GS_EXPORT void gs_shutdown(void);

/**
 * @brief The library's version as a string, e.g. "0.1.0".
 * @return A static string (the version of the loaded library, not of the headers).
 * @since 0.1
 */
GS_EXPORT const char *gs_version_string(void);

/**
 * @brief The library's version as one number (see GS_VERSION_NUMBER).
 * @return The number.
 * @since 0.1
 */
GS_EXPORT int gs_version_number(void);

/**
 * @brief A loaded pack: parameters, schedule and decision tables (gs-pack.h).
 *
 * Declared here because several modules take one. Immutable once loaded;
 * may be shared by threads.
 * @since 0.1
 */
typedef struct gs_pack gs_pack;

/**
 * @brief A loaded care-path catalogue (gs-catalog.h).
 *
 * Declared here because several modules take one. Immutable once loaded;
 * may be shared by threads.
 * @since 0.1
 */
typedef struct gs_catalog gs_catalog;

/**
 * @brief A natural language for labels and reason texts.
 * @since 0.1
 */
typedef enum gs_lang {
  GS_LANG_NONE = 0, /**< No language: texts are left out where optional. */
  GS_LANG_NL = 1,   /**< Dutch. */
  GS_LANG_EN = 2    /**< English. */
} gs_lang;

#ifdef __cplusplus
}
#endif

#endif /* GOEDESTART_GS_COMMON_H */
