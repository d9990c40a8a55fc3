/*
 * goedestart - the command-line tool of libgoedestart (spec/cli.md).
 *
 *   goedestart COMMAND [OPTION]... [FILE]...
 *   goedestart --version | --help | COMMAND --help
 *
 * The dispatcher: the table of subcommands, --help and --version. Every
 * subcommand is in its own file (tools/cmd-<name>.c, see tools/cli.h).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "cli.h"

/* The subcommands, in the order `--help` lists them. Only commands that
 * work are listed; a new one adds its file and one line here. */
static const cli_command *const COMMANDS[] = {
  &cli_cmd_assess,
  &cli_cmd_schedule,
  &cli_cmd_validate,
  &cli_cmd_gaps,
  &cli_cmd_generate,
  &cli_cmd_indicators,
  &cli_cmd_survival,
  &cli_cmd_export,
  &cli_cmd_rules,
};
#define N_COMMANDS (sizeof COMMANDS / sizeof COMMANDS[0])

static void print_usage(FILE *fp) {
  fprintf(fp, "Usage: %s COMMAND [OPTION]... [FILE]...\n", CLI_NAME);
  fprintf(fp, "       %s --version | --help | COMMAND --help\n\n", CLI_NAME);
  fprintf(fp, "Goede Start decision support from the command line: assess families, list\n"
              "their signal moments, validate files, find care gaps, make test data.\n\n"
              "Commands:\n");
  size_t w = 0;
  for (size_t i = 0; i < N_COMMANDS; i++)
    if (strlen(COMMANDS[i]->name) > w)
      w = strlen(COMMANDS[i]->name);
  for (size_t i = 0; i < N_COMMANDS; i++)
    fprintf(fp, "  %-*s  %s\n", (int)w, COMMANDS[i]->name, COMMANDS[i]->summary);
  fprintf(fp, "\nExit status: 0 success, 1 usage error, 2 invalid input, 3 I/O error,\n"
              "4 internal error. See goedestart(1) and docs/cli.md.\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    print_usage(stderr);
    return CLI_EXIT_USAGE;
  }
  const char *arg = argv[1];
  if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
    print_usage(stdout);
    return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_IO;
  }
  if (strcmp(arg, "--version") == 0) {
    printf("%s %s (libgoedestart %s)\n", CLI_NAME, GS_VERSION_STRING, gs_version_string());
    return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_IO;
  }
  for (size_t i = 0; i < N_COMMANDS; i++)
    if (strcmp(arg, COMMANDS[i]->name) == 0) {
      gs_init();
      int status = COMMANDS[i]->run(argc - 1, argv + 1);
      gs_shutdown();
      return status;
    }
  if (arg[0] == '-')
    fprintf(stderr, "%s: unknown option '%s'\n", CLI_NAME, arg);
  else
    fprintf(stderr, "%s: unknown command '%s'\n", CLI_NAME, arg);
  fprintf(stderr, "Try '%s --help'.\n", CLI_NAME);
  return CLI_EXIT_USAGE;
}
