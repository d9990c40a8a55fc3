/*
 * goedestart - the command-line tool: what the subcommands share.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The tool is a thin program over the public C API (spec/cli.md). Each
 * subcommand lives in its own file (tools/cmd-<name>.c) and exports one
 * `const cli_command cli_cmd_<name>`; tools/goedestart.c lists them in its
 * table. To add a subcommand: write the file, add it to tools/meson.build
 * and add one line to the table (and one extern below).
 *
 * This file offers option parsing (with the options several subcommands
 * share: --as-of, --pack, --catalog, --lang, -o), reading every family of
 * the dossiers given, output to stdout or to a file (written atomically
 * when it is a regular file), the language choice, the clock (the only
 * place the tool reads it), exit statuses, error reporting, progress on a
 * terminal and aligned text tables.
 */
#ifndef GOEDESTART_CLI_H
#define GOEDESTART_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include <goedestart/goedestart.h>

#define CLI_NAME "goedestart"

/* Exit statuses (spec/cli.md). */
enum {
  CLI_EXIT_OK = 0,
  CLI_EXIT_USAGE = 1,      /* bad command line */
  CLI_EXIT_INVALID = 2,    /* a file failed to load or validate */
  CLI_EXIT_IO = 3,         /* reading or writing failed */
  CLI_EXIT_INTERNAL = 4,   /* out of memory, a library error that should not happen */
};

/* A subcommand. */
typedef struct cli_command {
  const char *name;
  const char *synopsis;    /* the usage line(s) after "goedestart NAME" */
  const char *summary;     /* one line for `goedestart --help` */
  const char *help;        /* the rest of `goedestart NAME --help` */
  int (*run)(int argc, char **argv); /* argv[0] is the subcommand's name */
} cli_command;

extern const cli_command cli_cmd_assess;
extern const cli_command cli_cmd_schedule;
extern const cli_command cli_cmd_validate;
extern const cli_command cli_cmd_gaps;
extern const cli_command cli_cmd_generate;
extern const cli_command cli_cmd_indicators;
extern const cli_command cli_cmd_survival;
extern const cli_command cli_cmd_export;
extern const cli_command cli_cmd_rules;

/* ---- option parsing ------------------------------------------------------ */

/* One option: `--long VALUE`, `--long=VALUE`, `-s VALUE` (has_arg), or a
 * flag. `--` ends the options; `-` alone is an operand. */
typedef struct cli_option {
  const char *long_name;
  char short_name;         /* 0 when none */
  bool has_arg;
  int id;
} cli_option;

typedef struct cli_args {
  const cli_command *cmd;
  char **operands;         /* in order; points into argv */
  int n_operands;
  bool help;               /* --help was given */
} cli_args;

/* Called for every option of the command's own table, in order; returns
 * CLI_EXIT_OK or an exit status (after printing why with
 * cli_usage_error()). */
typedef int (*cli_option_fn)(void *ctx, int id, const char *value);

/* Options several subcommands share. A command says which it takes in
 * `takes` (CLI_TAKES_*); cli_parse() recognises those besides the
 * command's own table and stores their values here. */
enum {
  CLI_TAKES_AS_OF = 1u << 0,    /* --as-of DATE */
  CLI_TAKES_PACK = 1u << 1,     /* --pack FILE */
  CLI_TAKES_CATALOG = 1u << 2,  /* --catalog FILE */
  CLI_TAKES_LANG = 1u << 3,     /* --lang nl|en */
  CLI_TAKES_OUTPUT = 1u << 4,   /* -o, --output FILE */
};

typedef struct cli_common {
  unsigned takes;
  gs_date as_of;           /* GS_DATE_NONE when not given */
  const char *pack;        /* NULL when not given, as the next two */
  const char *catalog;
  const char *output;
  gs_lang lang;            /* GS_LANG_NONE when not given */
} cli_common;

/* A cli_common taking the options in takes, none given yet. */
cli_common cli_common_init(unsigned takes);

/* Parses argv[1..argc) of cmd: its own options go to fn, the shared ones
 * it takes into *common (NULL: none). Returns CLI_EXIT_OK, or
 * CLI_EXIT_USAGE after printing the problem. `--help` is always
 * recognised (see cli_help()). Free with cli_args_free(). */
int cli_parse(const cli_command *cmd, int argc, char **argv, const cli_option *options,
              cli_option_fn fn, void *ctx, cli_common *common, cli_args *out);
void cli_args_free(cli_args *args);
/* When --help was given: prints the command's help to stdout, frees args
 * and returns true (the command is done, with status CLI_EXIT_OK). */
bool cli_help(cli_args *args);

/* For a command that takes no operands: frees args and returns
 * CLI_EXIT_OK, or the usage error for the first operand. */
int cli_no_operands(cli_args *args);

/* The --as-of date, else today. */
gs_date cli_as_of(const cli_common *common);
/* The --lang language, else the environment's (cli_env_lang()). */
gs_lang cli_lang(const cli_common *common);

/* Prints "goedestart CMD: message" and a hint to stderr; returns
 * CLI_EXIT_USAGE. */
int cli_usage_error(const cli_command *cmd, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;

/* Prints the full help of a command to fp. */
void cli_print_help(const cli_command *cmd, FILE *fp);

/* Option values. */
int cli_parse_date(const cli_command *cmd, const char *option, const char *value, gs_date *out);
int cli_parse_lang(const cli_command *cmd, const char *value, gs_lang *out);
int cli_parse_u64(const cli_command *cmd, const char *option, const char *value, uint64_t min,
                  uint64_t max, uint64_t *out);
/* Matches value against a NULL-terminated list; *out is its index. */
int cli_parse_choice(const cli_command *cmd, const char *option, const char *value,
                     const char *const *choices, int *out);

/* ---- environment ----------------------------------------------------------- */

/* The language of the environment: Dutch when the first set one of
 * LC_ALL, LC_MESSAGES and LANG starts with "nl", else English. */
gs_lang cli_env_lang(void);
/* Today's date from the local clock (the only place the tool reads it). */
gs_date cli_today(void);

/* ---- loading ----------------------------------------------------------------- */

/* The pack in path, or the default pack for NULL; the catalogue in path,
 * or the Veenkoloniën catalogue for NULL. On failure the error is printed
 * and the exit status returned. */
int cli_load_pack(const char *path, gs_pack **out);
int cli_load_catalog(const char *path, gs_catalog **out);

/* What a command does with the dossiers it reads (cli_read_families()):
 * file() is called as each file is opened, before its first family, and
 * returns an exit status; family() gets each family (freed afterwards)
 * and returns a library status. */
typedef int (*cli_file_fn)(void *ctx, const char *path, const gs_dossier_reader *reader);
typedef gs_status (*cli_family_fn)(void *ctx, const gs_family *family);

/* Reads every family of the dossiers named by the operands, in order, with
 * the streaming reader (flat memory), showing progress under the command's
 * name. file may be NULL. A library error is printed (cli_fail()) and
 * stops the run. Returns CLI_EXIT_OK or the exit status. */
int cli_read_families(const cli_args *args, cli_file_fn file, cli_family_fn family, void *ctx);

/* The name of a known municipality, or NULL. */
const char *cli_municipality_name(const char *code);
/* A route's scope for people: "national", "region", a province's or a
 * municipality's name, in lang. buf holds at least 64 bytes. */
const char *cli_scope_label(const char *scope, gs_lang lang, char *buf, size_t size);

/* ---- errors ----------------------------------------------------------------- */

/* The exit status for a library status: 2 for invalid input, 3 for I/O,
 * 4 for the rest. */
int cli_exit_for(gs_status st);
/* Prints the library's last error (`FILE:LINE:COLUMN: message`) to
 * stderr, prefixed with "goedestart: " when it names no file, and returns
 * cli_exit_for(st). */
int cli_fail(gs_status st);
/* Prints "goedestart: " + message to stderr; returns status. */
int cli_error(int status, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;

/* Prints "FILE: message" to stderr (a problem with a file names the file
 * first, as the library's errors do); returns status. */
int cli_file_error(int status, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

/* ---- output ------------------------------------------------------------------ */

/* Results go to stdout, or to a file with -o. A new or regular file is
 * written atomically: into a temporary file beside it, flushed to disk and
 * renamed over it by cli_out_commit(); anything else (a terminal, a pipe,
 * /dev/stdout) is written plainly. */
typedef struct cli_out {
  FILE *fp;
  char *path;              /* NULL for stdout */
  char *tmp;               /* the temporary file, NULL when written plainly */
  bool failed;
} cli_out;

/* Opens path ("-" or NULL for stdout). On failure prints the error and
 * returns CLI_EXIT_IO. */
int cli_out_open(cli_out *out, const char *path);
void cli_out_write(cli_out *out, const void *data, size_t len);
void cli_out_puts(cli_out *out, const char *s);
void cli_out_printf(cli_out *out, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* Finishes: flushes and, for a file, puts it in place. Returns CLI_EXIT_OK
 * or CLI_EXIT_IO (printed; the target is untouched). */
int cli_out_commit(cli_out *out);
/* Gives up: removes the temporary file, leaves the target untouched. */
void cli_out_discard(cli_out *out);
/* Commits when status is CLI_EXIT_OK, else discards; returns the status
 * of the run. */
int cli_out_finish(cli_out *out, int status);

/* ---- progress ------------------------------------------------------------------ */

/* "what: N unit (R/s)" on stderr, only when stderr is a terminal and the
 * run has taken more than a second; refreshed a few times a second. */
typedef struct cli_progress {
  const char *what;
  const char *unit;
  struct timespec start, last;
  bool tty, shown;
  uint64_t total;          /* 0 when unknown */
} cli_progress;

void cli_progress_start(cli_progress *p, const char *what, const char *unit, uint64_t total);
void cli_progress_update(cli_progress *p, uint64_t done);
void cli_progress_end(cli_progress *p);

/* ---- text ------------------------------------------------------------------------ */

/* Display width of UTF-8 text: its number of code points. */
size_t cli_width(const char *s);
/* Writes s with its first letter in upper case (ASCII letters only). */
void cli_out_capital(cli_out *out, const char *s);

/* Dates and numbers in text for people (spec/cli.md): Dutch text writes a
 * date DD-MM-YYYY and a decimal comma, English text YYYY-MM-DD and a
 * decimal point. XML, CSV and JSON never use these: they stay locale-free
 * (ISO dates, decimal point). */

/* The date in lang into buf (at least GS_DATE_BUFSIZE bytes): "20-01-2026"
 * in Dutch, "2026-01-20" in English; "-" for GS_DATE_NONE or an invalid
 * date. Returns buf. */
char *cli_date_text(gs_date d, gs_lang lang, char *buf, size_t size);
/* A number printf wrote (always with a decimal point: the tool never sets
 * LC_NUMERIC) in lang: Dutch text gets a decimal comma. Returns buf. */
char *cli_number_lang(char *buf, gs_lang lang);
/* v with `decimals` digits after the separator in lang ("71,1" / "71.1");
 * a percentage when percent is true (100 × v followed by "%"). Returns buf. */
char *cli_number_text(double v, int decimals, bool percent, gs_lang lang, char *buf,
                      size_t size);

/* Rows of columns printed aligned: every column but the last is padded to
 * its widest cell, columns are separated by two spaces. */
typedef struct cli_table {
  char **cells;            /* rows * cols, owned copies */
  size_t rows, cols, cap;
} cli_table;

void cli_table_init(cli_table *t, size_t cols);
/* Adds a row of cols cells (NULL prints as empty); returns false on OOM. */
bool cli_table_row(cli_table *t, const char *const *cells);
void cli_table_print(const cli_table *t, cli_out *out, int indent);
void cli_table_free(cli_table *t);

/* A string from the tool's own Dutch and English texts. */
#define CLI_TR(lang, nl, en) ((lang) == GS_LANG_NL ? (nl) : (en))

#endif /* GOEDESTART_CLI_H */
