/*
 * goedestart generate - write a synthetic population (gs-generate.h).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Families come from the library's generator one at a time and go straight
 * into the streaming dossier writer, so any number of families takes flat
 * memory. The writer puts a file in place atomically; standard output (or
 * a device) gets a copy of a temporary file written the same way, so the
 * bytes are always those of gs_population_generate().
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

enum { OPT_FAMILIES = 1, OPT_SEED };

/* and --as-of, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "families", 0, true, OPT_FAMILIES },
  { "seed", 0, true, OPT_SEED },
  { NULL, 0, false, 0 },
};

typedef struct generate_opts {
  cli_common common;
  gs_population_options pop;
  bool families_given;
} generate_opts;

static int on_option(void *ctx, int id, const char *value) {
  generate_opts *o = ctx;
  switch (id) {
  case OPT_FAMILIES:
    o->families_given = true;
    return cli_parse_u64(&cli_cmd_generate, "--families", value, 1, UINT64_C(100000000),
                         &o->pop.families);
  default: /* OPT_SEED */
    return cli_parse_u64(&cli_cmd_generate, "--seed", value, 0, UINT64_MAX, &o->pop.seed);
  }
}

/* Generates into path with the streaming writer (atomic). */
static int generate_to(const generate_opts *o, const char *path) {
  gs_population *p = NULL;
  gs_dossier_writer *w = NULL;
  gs_status st = gs_population_new(&p, &o->pop);
  if (st == GS_OK)
    st = gs_dossier_writer_open(&w, path);
  cli_progress progress;
  cli_progress_start(&progress, "generate", "families", o->pop.families);
  uint64_t n = 0;
  while (st == GS_OK) {
    gs_family *f = NULL;
    st = gs_population_next(p, &f);
    if (st != GS_OK || f == NULL)
      break;
    st = gs_dossier_writer_add(w, f);
    gs_family_free(f);
    cli_progress_update(&progress, ++n);
  }
  cli_progress_end(&progress);
  if (st == GS_OK)
    st = gs_dossier_writer_close(w);
  int status = st == GS_OK ? CLI_EXIT_OK : cli_fail(st);
  gs_dossier_writer_free(w);
  gs_population_free(p);
  return status;
}

/* Copies a file to out. */
static int copy_out(const char *from, cli_out *out) {
  FILE *fp = fopen(from, "rb");
  if (fp == NULL)
    return cli_file_error(CLI_EXIT_IO, from, "%s", strerror(errno));
  static char buf[1 << 16];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
    cli_out_write(out, buf, n);
  bool err = ferror(fp) != 0;
  fclose(fp);
  return err ? cli_file_error(CLI_EXIT_IO, from, "read failed") : CLI_EXIT_OK;
}

static int run(int argc, char **argv) {
  generate_opts o;
  memset(&o, 0, sizeof o);
  o.common = cli_common_init(CLI_TAKES_AS_OF | CLI_TAKES_OUTPUT);
  gs_population_options_init(&o.pop);
  cli_args args;
  int status = cli_parse(&cli_cmd_generate, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if ((status = cli_no_operands(&args)) != CLI_EXIT_OK)
    return status;
  if (!o.families_given)
    return cli_usage_error(&cli_cmd_generate, "--families N is required");
  o.pop.as_of = cli_as_of(&o.common);
  gs_population *probe = NULL;
  gs_status st = gs_population_new(&probe, &o.pop);
  gs_population_free(probe);
  if (st == GS_EINVAL)      /* the as-of date is outside what the generator takes */
    return cli_usage_error(&cli_cmd_generate, "%s", gs_error_message(gs_error_last()));
  if (st != GS_OK)
    return cli_fail(st);

  struct stat sb;
  const char *output = o.common.output;
  bool to_file = output != NULL && strcmp(output, "-") != 0 &&
                 (stat(output, &sb) != 0 || S_ISREG(sb.st_mode));
  if (to_file)
    return generate_to(&o, output);

  /* standard output or a device: through a temporary file */
  const char *dir = getenv("TMPDIR");
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s/goedestart-generate-XXXXXX", dir && dir[0] ? dir : "/tmp");
  int fd = mkstemp(tmp);
  if (fd < 0)
    return cli_file_error(CLI_EXIT_IO, tmp, "%s", strerror(errno));
  close(fd);
  status = generate_to(&o, tmp);
  if (status == CLI_EXIT_OK) {
    cli_out out;
    status = cli_out_open(&out, output);
    if (status == CLI_EXIT_OK)
      status = cli_out_finish(&out, copy_out(tmp, &out));
  }
  unlink(tmp);
  return status;
}

const cli_command cli_cmd_generate = {
  "generate",
  "--families N [--seed S] [--as-of DATE] [-o FILE]",
  "Write a synthetic population of Goede Start families as a dossier.",
  "Options:\n"
  "  --families N       the number of families (1 to 100,000,000); required\n"
  "  --seed S           the seed (0 to 2^64-1); default: 1\n"
  "  --as-of DATE       the date the population stands on: nothing happens later;\n"
  "                     default: today\n"
  "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
  "\n"
  "The same seed, number and date give byte-identical files on every machine and\n"
  "through every binding (gs_population_generate). Families are spread over the\n"
  "eleven Veenkolonien municipalities by population, with 1-4 children, pregnancies\n"
  "in progress, contacts at most scheduled moments, and findings that give about\n"
  "75% positive confirmation, 20% additional care and 5% urgent support at the\n"
  "as-of date with the default pack; plans with goals, actions and reviews.\n",
  run,
};
