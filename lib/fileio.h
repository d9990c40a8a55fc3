/*
 * libgoedestart - internal file helpers: bounded reads, atomic writes.
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_FILEIO_H
#define GSI_FILEIO_H

#include "internal.h"

/* Reads exactly n bytes from the descriptor fd into buf, reading again
 * after a signal. Returns 0 when all were read, -1 when the file ended
 * first, else the errno of the failed read. */
int gsi_read_exact(int fd, void *buf, size_t n);

/* Reads a whole file of at most max_size bytes into a NUL-terminated
 * buffer (gsi_free). GS_EIO (with file name and errno text) or GS_ENOMEM,
 * GS_EPARSE when the file is larger than max_size. */
gs_status gsi_read_file(const char *path, size_t max_size, char **out, size_t *len);

/* A file written atomically: the data goes into a temporary file beside
 * the target ("PATH.tmp.XXXXXX"); gsi_atomic_commit() flushes it to disk,
 * renames it over the target and flushes the directory, so the rename
 * survives a crash. Until the commit the target is untouched, and on any
 * failure the temporary file is removed. Errors are GS_EIO with the
 * target's name and the system's reason, GS_ENOMEM or GS_EINVAL. */
typedef struct gsi_atomic_file {
  const char *path;             /* the target (borrowed: must outlive the file) */
  char *tmp;                    /* the temporary file; NULL when none is open */
  int fd;
} gsi_atomic_file;

/* Creates the temporary file beside path with the permission bits mode
 * (e.g. 0644, or 0600 for a file only its owner may read). On failure
 * nothing is left open and gsi_atomic_abort() does nothing. */
gs_status gsi_atomic_open(gsi_atomic_file *f, const char *path, unsigned int mode);
/* Appends len bytes. On failure the file stays open: abort it. */
gs_status gsi_atomic_write(gsi_atomic_file *f, const void *data, size_t len);
/* Puts the file in place. Success or not, the file is closed afterwards
 * (on failure the temporary file is removed and the target untouched). */
gs_status gsi_atomic_commit(gsi_atomic_file *f);
/* Gives up: closes and removes the temporary file. Does nothing when no
 * file is open (after a failed open, after a commit, or twice). */
void gsi_atomic_abort(gsi_atomic_file *f);

/* Writes data to path atomically in one go (gsi_atomic_file). */
gs_status gsi_write_file_atomic(const char *path, const char *data, size_t len);
/* The same with the file's permission bits (e.g. 0600 for a file only its
 * owner may read); gsi_write_file_atomic uses 0644. */
gs_status gsi_write_file_atomic_mode(const char *path, const char *data, size_t len,
                                     unsigned int mode);

#endif
