/*
 * libgoedestart - bounded reads and atomic writes.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fileio.h"

int gsi_read_exact(int fd, void *buf, size_t n) {
  char *p = buf;
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, p + got, n - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0)
      return r == 0 ? -1 : errno;
    got += (size_t)r;
  }
  return 0;
}

gs_status gsi_read_file(const char *path, size_t max_size, char **out, size_t *len) {
  if (path == NULL)
    return gsi_einval("no file name given");
  /* O_NONBLOCK: opening a FIFO without a writer must not hang; only a
   * regular file is read (and then blocking again) */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0)
    return gsi_error(GS_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int e = errno;
    close(fd);
    return gsi_error(GS_EIO, path, 0, 0, "not a regular file%s%s", e ? ": " : "",
                     e ? strerror(e) : "");
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
    int e = errno;
    close(fd);
    return gsi_error(GS_EIO, path, 0, 0, "cannot open: %s", strerror(e));
  }
  if ((uint64_t)st.st_size > (uint64_t)max_size) {
    close(fd);
    return gsi_error(GS_EPARSE, path, 0, 0, "file is larger than the limit of %zu bytes",
                     max_size);
  }
  size_t size = (size_t)st.st_size;
  char *data = gsi_malloc(size + 1);
  if (data == NULL) {
    close(fd);
    return gsi_oom();
  }
  int e = gsi_read_exact(fd, data, size);
  close(fd);
  if (e != 0) {
    gsi_free(data);
    return gsi_error(GS_EIO, path, 0, 0, "read failed: %s", e < 0 ? "file shrank" : strerror(e));
  }
  data[size] = '\0';
  *out = data;
  if (len)
    *len = size;
  return GS_OK;
}

/* ---- atomic writes ---------------------------------------------------------- */

gs_status gsi_atomic_open(gsi_atomic_file *f, const char *path, unsigned int mode) {
  f->path = path;
  f->tmp = NULL;
  f->fd = -1;
  if (path == NULL || *path == '\0')
    return gsi_einval("no file name given");
  size_t plen = strlen(path);
  char *tmp = gsi_malloc(plen + 16);
  if (tmp == NULL)
    return gsi_oom();
  memcpy(tmp, path, plen);
  memcpy(tmp + plen, ".tmp.XXXXXX", 12);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    gs_status st = gsi_error(GS_EIO, path, 0, 0, "cannot create a temporary file beside it: %s",
                             strerror(errno));
    gsi_free(tmp);
    return st;
  }
  (void)fchmod(fd, (mode_t)mode);
  f->tmp = tmp;
  f->fd = fd;
  return GS_OK;
}

gs_status gsi_atomic_write(gsi_atomic_file *f, const void *data, size_t len) {
  const char *p = data;
  size_t done = 0;
  while (done < len) {
    ssize_t k = write(f->fd, p + done, len - done);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return gsi_error(GS_EIO, f->path, 0, 0, "cannot write: %s", strerror(k < 0 ? errno : EIO));
    done += (size_t)k;
  }
  return GS_OK;
}

/* Flushes the directory of path to disk, so that a rename into it is
 * durable. buf (at least strlen(path) + 1 bytes) holds the directory's
 * name: nothing here can fail for lack of memory. */
static void sync_dir(const char *path, char *buf) {
  strcpy(buf, path);
  char *slash = strrchr(buf, '/');
  const char *d = ".";
  if (slash == buf)
    d = "/";
  else if (slash != NULL) {
    *slash = '\0';
    d = buf;
  }
  int dfd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)fsync(dfd);
    close(dfd);
  }
}

gs_status gsi_atomic_commit(gsi_atomic_file *f) {
  const char *what = NULL;
  int e = 0;
  if (fsync(f->fd) != 0) {
    e = errno;
    what = "cannot flush to disk";
  }
  if (close(f->fd) != 0 && what == NULL) {
    e = errno;
    what = "cannot write";
  }
  f->fd = -1;
  if (what == NULL && rename(f->tmp, f->path) != 0) {
    e = errno;
    what = "cannot replace the file";
  }
  if (what != NULL) {
    gsi_atomic_abort(f);
    return gsi_error(GS_EIO, f->path, 0, 0, "%s: %s", what, strerror(e));
  }
  sync_dir(f->path, f->tmp); /* the temporary name is at least as long */
  gsi_free(f->tmp);
  f->tmp = NULL;
  return GS_OK;
}

void gsi_atomic_abort(gsi_atomic_file *f) {
  if (f->tmp == NULL)
    return;
  if (f->fd >= 0)
    close(f->fd);
  unlink(f->tmp);
  gsi_free(f->tmp);
  f->tmp = NULL;
  f->fd = -1;
}

gs_status gsi_write_file_atomic(const char *path, const char *data, size_t len) {
  return gsi_write_file_atomic_mode(path, data, len, 0644);
}

gs_status gsi_write_file_atomic_mode(const char *path, const char *data, size_t len,
                                     unsigned int mode) {
  gsi_atomic_file f;
  gs_status st = gsi_atomic_open(&f, path, mode);
  if (st == GS_OK)
    st = gsi_atomic_write(&f, data, len);
  if (st == GS_OK)
    return gsi_atomic_commit(&f);
  gsi_atomic_abort(&f);
  return st;
}
