/*
 * goedestart - the command-line tool: what the subcommands share.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- option parsing ------------------------------------------------------ */

int cli_usage_error(const cli_command *cmd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s %s: ", CLI_NAME, cmd->name);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry '%s %s --help'.\n", CLI_NAME, cmd->name);
  return CLI_EXIT_USAGE;
}

void cli_print_help(const cli_command *cmd, FILE *fp) {
  fprintf(fp, "Usage: %s %s %s\n\n%s\n", CLI_NAME, cmd->name, cmd->synopsis, cmd->summary);
  if (cmd->help != NULL && cmd->help[0])
    fprintf(fp, "\n%s", cmd->help);
}

/* The shared options; their ids are their CLI_TAKES_* flags. */
static const cli_option COMMON_OPTIONS[] = {
  { "as-of", 0, true, CLI_TAKES_AS_OF },
  { "pack", 0, true, CLI_TAKES_PACK },
  { "catalog", 0, true, CLI_TAKES_CATALOG },
  { "lang", 0, true, CLI_TAKES_LANG },
  { "output", 'o', true, CLI_TAKES_OUTPUT },
  { NULL, 0, false, 0 },
};

cli_common cli_common_init(unsigned takes) {
  cli_common c = { takes, GS_DATE_NONE, NULL, NULL, NULL, GS_LANG_NONE };
  return c;
}

/* Whether o is called name (len bytes), or, for name NULL, c. */
static bool option_is(const cli_option *o, const char *name, size_t len, char c) {
  if (name == NULL)
    return o->short_name == c;
  return strlen(o->long_name) == len && strncmp(o->long_name, name, len) == 0;
}

/* The option called name (or c): one of the command's own, else a shared
 * one it takes (*shared set); NULL when none. */
static const cli_option *find_option(const cli_option *options, unsigned takes, const char *name,
                                     size_t len, char c, bool *shared) {
  *shared = false;
  for (const cli_option *o = options; o != NULL && o->long_name != NULL; o++)
    if (option_is(o, name, len, c))
      return o;
  *shared = true;
  for (const cli_option *o = COMMON_OPTIONS; o->long_name != NULL; o++)
    if ((takes & (unsigned)o->id) && option_is(o, name, len, c))
      return o;
  return NULL;
}

static int common_option(const cli_command *cmd, cli_common *c, int id, const char *value) {
  switch (id) {
  case CLI_TAKES_AS_OF: return cli_parse_date(cmd, "--as-of", value, &c->as_of);
  case CLI_TAKES_PACK: c->pack = value; return CLI_EXIT_OK;
  case CLI_TAKES_CATALOG: c->catalog = value; return CLI_EXIT_OK;
  case CLI_TAKES_LANG: return cli_parse_lang(cmd, value, &c->lang);
  default: c->output = value; return CLI_EXIT_OK;
  }
}

int cli_parse(const cli_command *cmd, int argc, char **argv, const cli_option *options,
              cli_option_fn fn, void *ctx, cli_common *common, cli_args *out) {
  memset(out, 0, sizeof *out);
  out->cmd = cmd;
  out->operands = calloc((size_t)(argc > 0 ? argc : 1), sizeof *out->operands);
  if (out->operands == NULL)
    return cli_error(CLI_EXIT_INTERNAL, "out of memory");
  unsigned takes = common != NULL ? common->takes : 0;
  bool only_operands = false;
  for (int i = 1; i < argc; i++) {
    char *arg = argv[i];
    if (only_operands || arg[0] != '-' || strcmp(arg, "-") == 0) {
      out->operands[out->n_operands++] = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      only_operands = true;
      continue;
    }
    const cli_option *o;
    bool shared = false;
    const char *value = NULL;
    char shown[64];
    if (arg[1] == '-') {
      const char *name = arg + 2;
      const char *eq = strchr(name, '=');
      size_t len = eq ? (size_t)(eq - name) : strlen(name);
      if (len == 4 && strncmp(name, "help", 4) == 0 && eq == NULL) {
        out->help = true;
        continue;
      }
      o = find_option(options, takes, name, len, 0, &shared);
      snprintf(shown, sizeof shown, "--%.*s", (int)(len < 40 ? len : 40), name);
      if (o == NULL) {
        cli_args_free(out);
        return cli_usage_error(cmd, "unknown option '%s'", shown);
      }
      if (eq != NULL) {
        if (!o->has_arg) {
          cli_args_free(out);
          return cli_usage_error(cmd, "option '%s' takes no value", shown);
        }
        value = eq + 1;
      }
    } else {
      if (arg[1] == 'h' && arg[2] == '\0') {
        out->help = true;
        continue;
      }
      o = arg[2] == '\0' ? find_option(options, takes, NULL, 0, arg[1], &shared) : NULL;
      snprintf(shown, sizeof shown, "%.40s", arg);
      if (o == NULL) {
        cli_args_free(out);
        return cli_usage_error(cmd, "unknown option '%s'", shown);
      }
    }
    if (o->has_arg && value == NULL) {
      if (i + 1 >= argc) {
        cli_args_free(out);
        return cli_usage_error(cmd, "option '%s' needs a value", shown);
      }
      value = argv[++i];
    }
    int st = shared ? common_option(cmd, common, o->id, value) : fn(ctx, o->id, value);
    if (st != CLI_EXIT_OK) {
      cli_args_free(out);
      return st;
    }
  }
  return CLI_EXIT_OK;
}

void cli_args_free(cli_args *args) {
  free(args->operands);
  args->operands = NULL;
  args->n_operands = 0;
}

bool cli_help(cli_args *args) {
  if (!args->help)
    return false;
  cli_print_help(args->cmd, stdout);
  cli_args_free(args);
  return true;
}

int cli_no_operands(cli_args *args) {
  int status = CLI_EXIT_OK;
  if (args->n_operands > 0)
    status = cli_usage_error(args->cmd, "unexpected operand '%s'", args->operands[0]);
  cli_args_free(args);
  return status;
}

gs_date cli_as_of(const cli_common *common) {
  return common->as_of != GS_DATE_NONE ? common->as_of : cli_today();
}

gs_lang cli_lang(const cli_common *common) {
  return common->lang != GS_LANG_NONE ? common->lang : cli_env_lang();
}

int cli_parse_date(const cli_command *cmd, const char *option, const char *value, gs_date *out) {
  if (gs_date_parse(out, value) != GS_OK)
    return cli_usage_error(cmd, "%s '%s': %s", option, value, gs_error_message(gs_error_last()));
  return CLI_EXIT_OK;
}

int cli_parse_lang(const cli_command *cmd, const char *value, gs_lang *out) {
  if (strcmp(value, "nl") == 0)
    *out = GS_LANG_NL;
  else if (strcmp(value, "en") == 0)
    *out = GS_LANG_EN;
  else
    return cli_usage_error(cmd, "--lang '%s': use nl or en", value);
  return CLI_EXIT_OK;
}

int cli_parse_u64(const cli_command *cmd, const char *option, const char *value, uint64_t min,
                  uint64_t max, uint64_t *out) {
  const char *p = value;
  uint64_t v = 0;
  bool ok = *p != '\0';
  for (; *p && ok; p++) {
    if (*p < '0' || *p > '9' || v > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
      ok = false;
    else
      v = v * 10 + (uint64_t)(*p - '0');
  }
  if (!ok || v < min || v > max)
    return cli_usage_error(cmd, "%s '%s': use a whole number from %" PRIu64 " to %" PRIu64,
                           option, value, min, max);
  *out = v;
  return CLI_EXIT_OK;
}

int cli_parse_choice(const cli_command *cmd, const char *option, const char *value,
                     const char *const *choices, int *out) {
  for (int i = 0; choices[i] != NULL; i++)
    if (strcmp(value, choices[i]) == 0) {
      *out = i;
      return CLI_EXIT_OK;
    }
  char list[256] = "";
  for (int i = 0; choices[i] != NULL; i++) {
    strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
    strncat(list, choices[i], sizeof list - strlen(list) - 1);
  }
  return cli_usage_error(cmd, "%s '%s': use one of %s", option, value, list);
}

/* ---- environment ----------------------------------------------------------- */

gs_lang cli_env_lang(void) {
  static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
    const char *v = getenv(vars[i]);
    if (v != NULL && v[0] != '\0')
      return strncmp(v, "nl", 2) == 0 ? GS_LANG_NL : GS_LANG_EN;
  }
  return GS_LANG_EN;
}

gs_date cli_today(void) {
  time_t now = time(NULL);
  struct tm tm;
  gs_date d = GS_DATE_NONE;
  if (localtime_r(&now, &tm) != NULL)
    gs_date_from_ymd(&d, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return d;
}

/* ---- loading ----------------------------------------------------------------- */

int cli_load_pack(const char *path, gs_pack **out) {
  gs_status st = path ? gs_pack_load_file(out, path) : gs_pack_load_default(out);
  return st == GS_OK ? CLI_EXIT_OK : cli_fail(st);
}

int cli_load_catalog(const char *path, gs_catalog **out) {
  gs_status st = path ? gs_catalog_load_file(out, path) : gs_catalog_load_default(out);
  return st == GS_OK ? CLI_EXIT_OK : cli_fail(st);
}

int cli_read_families(const cli_args *args, cli_file_fn file, cli_family_fn family, void *ctx) {
  int status = CLI_EXIT_OK;
  uint64_t count = 0;
  cli_progress progress;
  cli_progress_start(&progress, args->cmd->name, "families", 0);
  for (int i = 0; i < args->n_operands && status == CLI_EXIT_OK; i++) {
    const char *path = args->operands[i];
    gs_dossier_reader *reader = NULL;
    gs_status st = gs_dossier_reader_open_file(&reader, path);
    if (st != GS_OK) {
      status = cli_fail(st);
      break;
    }
    if (file != NULL)
      status = file(ctx, path, reader);
    while (status == CLI_EXIT_OK) {
      gs_family *f = NULL;
      if ((st = gs_dossier_reader_next(reader, &f)) != GS_OK) {
        status = cli_fail(st);
        break;
      }
      if (f == NULL)
        break;
      st = family(ctx, f);
      gs_family_free(f);
      if (st != GS_OK) {
        status = cli_fail(st);
        break;
      }
      cli_progress_update(&progress, ++count);
    }
    gs_dossier_reader_free(reader);
  }
  cli_progress_end(&progress);
  return status;
}

const char *cli_municipality_name(const char *code) {
  for (size_t i = 0; code != NULL && i < gs_municipality_count(); i++)
    if (strcmp(gs_municipality_code(i), code) == 0)
      return gs_municipality_name(i);
  return NULL;
}

const char *cli_scope_label(const char *scope, gs_lang lang, char *buf, size_t size) {
  int province;
  if (scope == NULL)
    return "";
  if (strcmp(scope, "national") == 0)
    return CLI_TR(lang, "landelijk", "national");
  if (strcmp(scope, "region") == 0)
    return CLI_TR(lang, "regio", "region");
  if (gs_code_parse(GS_KIND_PROVINCE, scope, &province) == GS_OK)
    return gs_code_label(GS_KIND_PROVINCE, province, lang);
  const char *name = cli_municipality_name(scope);
  if (name == NULL)
    return scope;
  snprintf(buf, size, "%s", name);
  return buf;
}

/* ---- errors ----------------------------------------------------------------- */

int cli_exit_for(gs_status st) {
  switch (st) {
  case GS_OK:
    return CLI_EXIT_OK;
  case GS_EPARSE:
  case GS_EVERSION:
  case GS_EEVAL:
  case GS_ENOTFOUND:
    return CLI_EXIT_INVALID;
  case GS_EIO:
    return CLI_EXIT_IO;
  default:
    return CLI_EXIT_INTERNAL;
  }
}

int cli_fail(gs_status st) {
  const gs_error *e = gs_error_last();
  const char *file = gs_error_file(e);
  if (file == NULL || file[0] == '\0')
    fprintf(stderr, "%s: %s\n", CLI_NAME, gs_error_format(e));
  else
    fprintf(stderr, "%s\n", gs_error_format(e));
  return cli_exit_for(st);
}

/* Prints "who: message" and a new line to stderr. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 0)))
#endif
static void print_error(const char *who, const char *fmt, va_list ap) {
  fprintf(stderr, "%s: ", who);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

int cli_error(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  print_error(CLI_NAME, fmt, ap);
  va_end(ap);
  return status;
}

int cli_file_error(int status, const char *path, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  print_error(path, fmt, ap);
  va_end(ap);
  return status;
}

/* ---- output ------------------------------------------------------------------ */

int cli_out_open(cli_out *out, const char *path) {
  memset(out, 0, sizeof *out);
  if (path == NULL || strcmp(path, "-") == 0) {
    out->fp = stdout;
    return CLI_EXIT_OK;
  }
  out->path = strdup(path);
  if (out->path == NULL)
    return cli_error(CLI_EXIT_INTERNAL, "out of memory");
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    /* a device, a pipe: written as it goes */
    out->fp = fopen(path, "w");
    if (out->fp == NULL) {
      int err = errno;
      free(out->path);
      out->path = NULL;
      return cli_file_error(CLI_EXIT_IO, path, "%s", strerror(err));
    }
    return CLI_EXIT_OK;
  }
  /* a temporary file in the same directory, renamed over the target */
  const char *slash = strrchr(path, '/');
  size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
  const char *base = slash ? slash + 1 : path;
  size_t n = dir_len + strlen(base) + 16;
  out->tmp = malloc(n);
  if (out->tmp == NULL) {
    free(out->path);
    out->path = NULL;
    return cli_error(CLI_EXIT_INTERNAL, "out of memory");
  }
  snprintf(out->tmp, n, "%.*s.%s.XXXXXX", (int)dir_len, path, base);
  int fd = mkstemp(out->tmp);
  if (fd < 0) {
    int err = errno;
    free(out->tmp);
    free(out->path);
    out->tmp = out->path = NULL;
    return cli_file_error(CLI_EXIT_IO, path, "cannot create a file there: %s", strerror(err));
  }
  mode_t mask = umask(0);
  umask(mask);
  if (fchmod(fd, 0666 & ~mask) != 0 || (out->fp = fdopen(fd, "w")) == NULL) {
    int err = errno;
    close(fd);
    unlink(out->tmp);
    free(out->tmp);
    free(out->path);
    out->tmp = out->path = NULL;
    return cli_file_error(CLI_EXIT_IO, path, "%s", strerror(err));
  }
  return CLI_EXIT_OK;
}

void cli_out_write(cli_out *out, const void *data, size_t len) {
  if (!out->failed && len > 0 && fwrite(data, 1, len, out->fp) != len)
    out->failed = true;
}

void cli_out_puts(cli_out *out, const char *s) {
  cli_out_write(out, s, strlen(s));
}

void cli_out_printf(cli_out *out, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (!out->failed && vfprintf(out->fp, fmt, ap) < 0)
    out->failed = true;
  va_end(ap);
}

static void out_free(cli_out *out) {
  free(out->path);
  free(out->tmp);
  out->path = out->tmp = NULL;
  out->fp = NULL;
}

int cli_out_commit(cli_out *out) {
  int err = 0;
  const char *name = out->path ? out->path : "standard output";
  if (fflush(out->fp) != 0 || ferror(out->fp) || out->failed)
    err = errno ? errno : EIO;
  if (out->tmp != NULL) {
    if (err == 0 && fsync(fileno(out->fp)) != 0)
      err = errno;
    if (fclose(out->fp) != 0 && err == 0)
      err = errno;
    if (err == 0 && rename(out->tmp, out->path) != 0)
      err = errno;
    if (err != 0) {
      unlink(out->tmp);
    } else {
      /* make the rename durable */
      const char *slash = strrchr(out->path, '/');
      char *dir = slash ? strndup(out->path, (size_t)(slash - out->path) + 1) : strdup(".");
      int dfd = dir ? open(dir, O_RDONLY) : -1;
      if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
      }
      free(dir);
    }
  } else if (out->path != NULL) {
    if (fclose(out->fp) != 0 && err == 0)
      err = errno;
  }
  int status = CLI_EXIT_OK;
  if (err != 0)
    status = cli_file_error(CLI_EXIT_IO, name, "write failed: %s", strerror(err));
  out_free(out);
  return status;
}

void cli_out_discard(cli_out *out) {
  if (out->fp == NULL)
    return;
  if (out->tmp != NULL) {
    fclose(out->fp);
    unlink(out->tmp);
  } else if (out->path != NULL) {
    fclose(out->fp);
  } else {
    fflush(out->fp);
  }
  out_free(out);
}

int cli_out_finish(cli_out *out, int status) {
  if (status == CLI_EXIT_OK)
    return cli_out_commit(out);
  cli_out_discard(out);
  return status;
}

/* ---- progress ------------------------------------------------------------------ */

static double seconds_between(const struct timespec *a, const struct timespec *b) {
  return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

void cli_progress_start(cli_progress *p, const char *what, const char *unit, uint64_t total) {
  memset(p, 0, sizeof *p);
  p->what = what;
  p->unit = unit;
  p->total = total;
  p->tty = isatty(STDERR_FILENO) == 1;
  clock_gettime(CLOCK_MONOTONIC, &p->start);
  p->last = p->start;
}

void cli_progress_update(cli_progress *p, uint64_t done) {
  if (!p->tty || (done & 255) != 0)
    return;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double elapsed = seconds_between(&p->start, &now);
  if (elapsed < 1.0 || (p->shown && seconds_between(&p->last, &now) < 0.25))
    return;
  p->last = now;
  p->shown = true;
  if (p->total > 0)
    fprintf(stderr, "\r%s: %" PRIu64 "/%" PRIu64 " %s (%.0f/s)  ", p->what, done, p->total,
            p->unit, (double)done / elapsed);
  else
    fprintf(stderr, "\r%s: %" PRIu64 " %s (%.0f/s)  ", p->what, done, p->unit,
            (double)done / elapsed);
  fflush(stderr);
}

void cli_progress_end(cli_progress *p) {
  if (p->shown) {
    fprintf(stderr, "\r%*s\r", 72, "");
    fflush(stderr);
  }
  p->shown = false;
}

/* ---- text ------------------------------------------------------------------------ */

size_t cli_width(const char *s) {
  size_t n = 0;
  for (; s != NULL && *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80)
      n++;
  return n;
}

void cli_out_capital(cli_out *out, const char *s) {
  if (s == NULL || s[0] == '\0')
    return;
  char c = s[0];
  if (c >= 'a' && c <= 'z')
    c = (char)(c - 'a' + 'A');
  cli_out_write(out, &c, 1);
  cli_out_puts(out, s + 1);
}

char *cli_date_text(gs_date d, gs_lang lang, char *buf, size_t size) {
  int y, m, day;
  if (d == GS_DATE_NONE || gs_date_to_ymd(d, &y, &m, &day) != GS_OK)
    snprintf(buf, size, "-");
  else if (lang == GS_LANG_NL)
    snprintf(buf, size, "%02d-%02d-%04d", day, m, y);
  else
    snprintf(buf, size, "%04d-%02d-%02d", y, m, day);
  return buf;
}

char *cli_number_lang(char *buf, gs_lang lang) {
  /* printf's separator depends on LC_NUMERIC, which the tool never sets:
   * it is always a point here, and Dutch text swaps it for a comma. */
  if (lang == GS_LANG_NL) {
    char *dot = strchr(buf, '.');
    if (dot != NULL)
      *dot = ',';
  }
  return buf;
}

char *cli_number_text(double v, int decimals, bool percent, gs_lang lang, char *buf,
                      size_t size) {
  snprintf(buf, size, "%.*f%s", decimals, percent ? 100.0 * v : v, percent ? "%" : "");
  return cli_number_lang(buf, lang);
}

void cli_table_init(cli_table *t, size_t cols) {
  memset(t, 0, sizeof *t);
  t->cols = cols;
}

bool cli_table_row(cli_table *t, const char *const *cells) {
  if ((t->rows + 1) * t->cols > t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 16 * t->cols;
    char **grown = realloc(t->cells, cap * sizeof *grown);
    if (grown == NULL)
      return false;
    t->cells = grown;
    t->cap = cap;
  }
  char **row = t->cells + t->rows * t->cols;
  for (size_t c = 0; c < t->cols; c++) {
    row[c] = strdup(cells[c] ? cells[c] : "");
    if (row[c] == NULL) {
      for (size_t k = 0; k < c; k++)
        free(row[k]);
      return false;
    }
  }
  t->rows++;
  return true;
}

void cli_table_print(const cli_table *t, cli_out *out, int indent) {
  size_t width[16] = { 0 };
  for (size_t r = 0; r < t->rows; r++)
    for (size_t c = 0; c < t->cols && c < 16; c++) {
      size_t w = cli_width(t->cells[r * t->cols + c]);
      if (w > width[c])
        width[c] = w;
    }
  for (size_t r = 0; r < t->rows; r++) {
    cli_out_printf(out, "%*s", indent, "");
    /* trailing empty cells are not padded */
    size_t last = t->cols;
    while (last > 1 && t->cells[r * t->cols + last - 1][0] == '\0')
      last--;
    for (size_t c = 0; c < last; c++) {
      const char *cell = t->cells[r * t->cols + c];
      cli_out_puts(out, cell);
      if (c + 1 < last)
        cli_out_printf(out, "%*s", (int)(width[c] - cli_width(cell) + 2), "");
    }
    cli_out_puts(out, "\n");
  }
}

void cli_table_free(cli_table *t) {
  for (size_t i = 0; i < t->rows * t->cols; i++)
    free(t->cells[i]);
  free(t->cells);
  memset(t, 0, sizeof *t);
}
