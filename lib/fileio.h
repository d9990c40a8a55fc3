/*
 * libgoedestart - internal file helpers: bounded reads, atomic writes.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_FILEIO_H
#define GSI_FILEIO_H

#include "internal.h"

/* Reads a whole file of at most max_size bytes into a NUL-terminated
 * buffer (gsi_free). GS_EIO (with file name and errno text) or GS_ENOMEM,
 * GS_EPARSE when the file is larger than max_size. */
gs_status gsi_read_file(const char *path, size_t max_size, char **out, size_t *len);

/* Writes data to path atomically: a temporary file in the same directory,
 * written, fsync'ed, renamed over path, and the directory fsync'ed. On any
 * failure path is untouched and the temporary file removed. */
gs_status gsi_write_file_atomic(const char *path, const char *data, size_t len);
/* The same with the file's permission bits (e.g. 0600 for a file only its
 * owner may read); gsi_write_file_atomic uses 0644. */
gs_status gsi_write_file_atomic_mode(const char *path, const char *data, size_t len,
                                     unsigned int mode);

#endif
