/*
 * goedestart export - the pseudonymised research export (spec/indicators.md
 * "Research export"): one row per (family, child), pseudonyms and date
 * shifts from a mapping file that is created or extended and saved
 * atomically.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum { OPT_MAPPING = 1, OPT_HORIZON, OPT_FORMAT };

/* and --as-of, --pack, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "mapping", 0, true, OPT_MAPPING },
  { "horizon", 0, true, OPT_HORIZON },
  { "format", 0, true, OPT_FORMAT },
  { NULL, 0, false, 0 },
};

typedef struct export_cli {
  cli_common common;
  const char *mapping;
  uint64_t horizon;
  int format;                   /* 0 csv, 1 xml */
} export_cli;

static int on_option(void *ctx, int id, const char *value) {
  export_cli *o = ctx;
  static const char *const formats[] = { "csv", "xml", NULL };
  const cli_command *cmd = &cli_cmd_export;
  switch (id) {
  case OPT_MAPPING: o->mapping = value; return CLI_EXIT_OK;
  case OPT_HORIZON: return cli_parse_u64(cmd, "--horizon", value, 0, 100000, &o->horizon);
  default: /* OPT_FORMAT */
    return cli_parse_choice(cmd, "--format", value, formats, &o->format);
  }
}

/* The mapping in path, or a new one when the file does not exist yet. */
static int load_mapping(const char *path, gs_mapping **out) {
  struct stat sb;
  gs_status st;
  if (stat(path, &sb) != 0 && errno == ENOENT)
    st = gs_mapping_new(out);
  else
    st = gs_mapping_load_file(out, path);
  return st == GS_OK ? CLI_EXIT_OK : cli_fail(st);
}

/* Each family's rows go out as soon as they are made. */
typedef struct export_run {
  gs_exporter *e;
  cli_out *out;
} export_run;

static void write_pending(export_run *r) {
  size_t len;
  const char *data = gs_exporter_pending(r->e, &len);
  cli_out_write(r->out, data, len);
  gs_exporter_clear(r->e);
}

static gs_status add_family(void *ctx, const gs_family *f) {
  export_run *r = ctx;
  gs_status st = gs_exporter_add(r->e, f);
  if (st == GS_OK)
    write_pending(r);
  return st;
}

static int run(int argc, char **argv) {
  export_cli o;
  memset(&o, 0, sizeof o);
  o.common = cli_common_init(CLI_TAKES_AS_OF | CLI_TAKES_PACK | CLI_TAKES_OUTPUT);
  o.horizon = GS_SURVIVAL_HORIZON_DEFAULT;
  cli_args args;
  const cli_command *cmd = &cli_cmd_export;
  int status = cli_parse(cmd, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (o.mapping == NULL)
    status = cli_usage_error(cmd, "--mapping FILE is required (it is created when missing)");
  else if (args.n_operands == 0)
    status = cli_usage_error(cmd, "no DOSSIER given");
  if (status != CLI_EXIT_OK) {
    cli_args_free(&args);
    return status;
  }

  gs_pack *pack = NULL;
  gs_mapping *mapping = NULL;
  gs_exporter *e = NULL;
  cli_out out = { 0 };
  gs_status st;
  if ((status = cli_load_pack(o.common.pack, &pack)) != CLI_EXIT_OK ||
      (status = load_mapping(o.mapping, &mapping)) != CLI_EXIT_OK)
    goto done;
  gs_export_options eo;
  gs_export_options_init(&eo);
  eo.as_of = cli_as_of(&o.common);
  eo.horizon = (int)o.horizon;
  eo.format = o.format == 1 ? GS_EXPORT_XML : GS_EXPORT_CSV;
  if ((st = gs_exporter_new(&e, &eo, mapping, pack)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if ((status = cli_out_open(&out, o.common.output)) != CLI_EXIT_OK)
    goto done;
  export_run r = { e, &out };
  status = cli_read_families(&args, NULL, add_family, &r);
  if (status == CLI_EXIT_OK && (st = gs_exporter_end(e)) != GS_OK)
    status = cli_fail(st);
  if (status == CLI_EXIT_OK) {
    write_pending(&r);
    /* the mapping first: rows whose pseudonyms are not kept are worthless */
    if ((st = gs_mapping_save_file(mapping, o.mapping)) != GS_OK)
      status = cli_fail(st);
  }
  status = cli_out_finish(&out, status);
done:
  gs_exporter_free(e);
  gs_mapping_free(mapping);
  gs_pack_free(pack);
  cli_args_free(&args);
  return status;
}

const cli_command cli_cmd_export = {
  "export",
  "--mapping FILE [--as-of DATE] [--horizon DAYS] [--pack FILE]\n"
  "                           [--format csv|xml] [-o FILE] DOSSIER...",
  "Pseudonymised one-row-per-child export for researchers.",
  "Options:\n"
  "  --mapping FILE     the pseudonym mapping (urn:goedestart:mapping:1): created\n"
  "                     when missing, extended with new families and children and\n"
  "                     saved atomically (mode 0600). Keep it with the data owner:\n"
  "                     it is the only link back to the families\n"
  "  --as-of DATE       the date the families stand on; default: today\n"
  "  --horizon DAYS     survival horizon for event_days (default 548)\n"
  "  --pack FILE        a pack file; default: the embedded default pack\n"
  "  --format csv|xml   csv (RFC 4180, default) or xml (urn:goedestart:export:1)\n"
  "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
  "\n"
  "Columns: family, child (pseudonyms: 128-bit random, 32 hex characters),\n"
  "municipality, born (shifted by the family's random -14..+14 days), phase,\n"
  "care_need, needs, max_level, event_days, event, actions_l1..actions_l5,\n"
  "warm_handovers. No family, caregiver or contact ids, no free text, no offer\n"
  "contact details.\n",
  run,
};
