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

gs_status gsi_read_file(const char *path, size_t max_size, char **out, size_t *len) {
  if (path == NULL)
    return gsi_einval("no file name given");
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return gsi_error(GS_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    int e = errno;
    close(fd);
    return gsi_error(GS_EIO, path, 0, 0, "not a regular file%s%s", e ? ": " : "",
                     e ? strerror(e) : "");
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
  size_t got = 0;
  while (got < size) {
    ssize_t r = read(fd, data + got, size - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      int e = errno;
      gsi_free(data);
      close(fd);
      return gsi_error(GS_EIO, path, 0, 0, "read failed: %s", r == 0 ? "file shrank" : strerror(e));
    }
    got += (size_t)r;
  }
  close(fd);
  data[size] = '\0';
  *out = data;
  if (len)
    *len = size;
  return GS_OK;
}

gs_status gsi_write_file_atomic(const char *path, const char *data, size_t len) {
  return gsi_write_file_atomic_mode(path, data, len, 0644);
}

gs_status gsi_write_file_atomic_mode(const char *path, const char *data, size_t len,
                                     unsigned int mode) {
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
  size_t done = 0;
  while (done < len) {
    ssize_t w = write(fd, data + done, len - done);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      goto fail;
    done += (size_t)w;
  }
  if (fsync(fd) != 0)
    goto fail;
  if (close(fd) != 0) {
    fd = -1;
    goto fail;
  }
  fd = -1;
  if (rename(tmp, path) != 0)
    goto fail;
  /* make the rename durable; the directory's name goes into the buffer of
   * the temporary name, so nothing can fail for lack of memory after the
   * rename */
  {
    char *dir = tmp;
    memcpy(dir, path, plen + 1);
    char *slash = strrchr(dir, '/');
    const char *d = ".";
    if (slash == dir)
      d = "/";
    else if (slash) {
      *slash = '\0';
      d = dir;
    }
    int dfd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      (void)fsync(dfd);
      close(dfd);
    }
  }
  gsi_free(tmp);
  return GS_OK;
fail: {
    int e = errno;
    if (fd >= 0)
      close(fd);
    unlink(tmp);
    gsi_free(tmp);
    return gsi_error(GS_EIO, path, 0, 0, "cannot write: %s", strerror(e ? e : EIO));
  }
}
