/*
 * libgoedestart - fuzz corpus replay driver.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Linked with one fuzz target instead of libFuzzer, so every build (gcc,
 * no sanitizer, valgrind, ASan) runs the committed corpus through the
 * target: `replay DIR_OR_FILE...` calls LLVMFuzzerTestOneInput once per
 * regular file (directories in name order, not recursive). Each input is
 * copied into a buffer of exactly its size, so a sanitizer or valgrind
 * sees any read past the end. Fails when a target returns non-zero or when
 * no input was found at all (an empty corpus is a mistake).
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Optional in a target, as with libFuzzer. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static long replayed;

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) {
    fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
    return 1;
  }
  size_t cap = 4096, len = 0;
  uint8_t *buf = malloc(cap);
  size_t n;
  while (buf != NULL && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) {
      uint8_t *bigger = realloc(buf, cap *= 2);
      if (bigger == NULL) {
        free(buf);
        buf = NULL;
      } else {
        buf = bigger;
      }
    }
  }
  int err = ferror(f);
  fclose(f);
  if (buf == NULL || err) {
    fprintf(stderr, "replay: %s: %s\n", path, buf == NULL ? "out of memory" : "read error");
    free(buf);
    return 1;
  }
  /* Exactly len bytes (at least one so malloc(0) cannot return NULL). */
  uint8_t *exact = malloc(len ? len : 1);
  if (exact == NULL) {
    free(buf);
    return 1;
  }
  memcpy(exact, buf, len);
  free(buf);
  int rc = LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  replayed++;
  if (rc != 0) {
    fprintf(stderr, "replay: %s: the target returned %d\n", path, rc);
    return 1;
  }
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (d == NULL) {
    fprintf(stderr, "replay: %s: %s\n", dir, strerror(errno));
    return 1;
  }
  char **names = NULL;
  size_t count = 0, cap = 0;
  int failed = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    if (count == cap) {
      char **bigger = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
      if (bigger == NULL) {
        failed = 1;
        break;
      }
      names = bigger;
    }
    size_t need = strlen(dir) + strlen(e->d_name) + 2;
    if ((names[count] = malloc(need)) == NULL) {
      failed = 1;
      break;
    }
    snprintf(names[count++], need, "%s/%s", dir, e->d_name);
  }
  closedir(d);
  if (count > 0)
    qsort(names, count, sizeof *names, by_name);
  for (size_t i = 0; i < count; i++) {
    struct stat st;
    if (!failed && stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
      failed |= run_file(names[i]);
    free(names[i]);
  }
  free(names);
  return failed;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize(&argc, &argv);
  int failed = 0;
  for (int i = 1; i < argc && !failed; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
      failed = 1;
    } else {
      failed = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]);
    }
  }
  if (!failed && replayed == 0) {
    fprintf(stderr, "replay: no input found (the committed corpus is empty)\n");
    failed = 1;
  }
  printf("replayed %ld input%s: %s\n", replayed, replayed == 1 ? "" : "s",
         failed ? "FAILED" : "ok");
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
