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

enum { OPT_MAPPING = 1, OPT_AS_OF, OPT_HORIZON, OPT_PACK, OPT_FORMAT, OPT_OUTPUT };

static const cli_option OPTIONS[] = {
  { "mapping", 0, true, OPT_MAPPING },
  { "as-of", 0, true, OPT_AS_OF },
  { "horizon", 0, true, OPT_HORIZON },
  { "pack", 0, true, OPT_PACK },
  { "format", 0, true, OPT_FORMAT },
  { "output", 'o', true, OPT_OUTPUT },
  { NULL, 0, false, 0 },
};

typedef struct export_cli {
  const char *mapping, *pack, *output;
  gs_date as_of;
  uint64_t horizon;
  int format;                   /* 0 csv, 1 xml */
} export_cli;

static int on_option(void *ctx, int id, const char *value) {
  export_cli *o = ctx;
  static const char *const formats[] = { "csv", "xml", NULL };
  const cli_command *cmd = &cli_cmd_export;
  switch (id) {
  case OPT_MAPPING: o->mapping = value; return CLI_EXIT_OK;
  case OPT_AS_OF: return cli_parse_date(cmd, "--as-of", value, &o->as_of);
  case OPT_HORIZON: return cli_parse_u64(cmd, "--horizon", value, 0, 100000, &o->horizon);
  case OPT_PACK: o->pack = value; return CLI_EXIT_OK;
  case OPT_FORMAT: return cli_parse_choice(cmd, "--format", value, formats, &o->format);
  default: o->output = value; return CLI_EXIT_OK;
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

static int run(int argc, char **argv) {
  export_cli o;
  memset(&o, 0, sizeof o);
  o.as_of = GS_DATE_NONE;
  o.horizon = GS_SURVIVAL_HORIZON_DEFAULT;
  cli_args args;
  const cli_command *cmd = &cli_cmd_export;
  int status = cli_parse(cmd, argc, argv, OPTIONS, on_option, &o, &args);
  if (status != CLI_EXIT_OK)
    return status;
  if (args.help) {
    cli_print_help(cmd, stdout);
    cli_args_free(&args);
    return CLI_EXIT_OK;
  }
  if (o.mapping == NULL)
    status = cli_usage_error(cmd, "--mapping FILE is required (it is created when missing)");
  else if (args.n_operands == 0)
    status = cli_usage_error(cmd, "no DOSSIER given");
  if (status != CLI_EXIT_OK) {
    cli_args_free(&args);
    return status;
  }
  if (o.as_of == GS_DATE_NONE)
    o.as_of = cli_today();

  gs_pack *pack = NULL;
  gs_mapping *mapping = NULL;
  gs_exporter *e = NULL;
  gs_dossier_reader *reader = NULL;
  cli_out out = { 0 };
  cli_progress progress;
  bool out_open = false;
  uint64_t count = 0;
  gs_status st;
  size_t len;
  const char *data;
  if ((status = cli_load_pack(o.pack, &pack)) != CLI_EXIT_OK ||
      (status = load_mapping(o.mapping, &mapping)) != CLI_EXIT_OK)
    goto done;
  gs_export_options eo;
  gs_export_options_init(&eo);
  eo.as_of = o.as_of;
  eo.horizon = (int)o.horizon;
  eo.format = o.format == 1 ? GS_EXPORT_XML : GS_EXPORT_CSV;
  if ((st = gs_exporter_new(&e, &eo, mapping, pack)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if ((status = cli_out_open(&out, o.output)) != CLI_EXIT_OK)
    goto done;
  out_open = true;
  cli_progress_start(&progress, "export", "families", 0);
  for (int i = 0; i < args.n_operands && status == CLI_EXIT_OK; i++) {
    if ((st = gs_dossier_reader_open_file(&reader, args.operands[i])) != GS_OK) {
      status = cli_fail(st);
      break;
    }
    for (;;) {
      gs_family *f = NULL;
      if ((st = gs_dossier_reader_next(reader, &f)) != GS_OK) {
        status = cli_fail(st);
        break;
      }
      if (f == NULL)
        break;
      st = gs_exporter_add(e, f);
      gs_family_free(f);
      if (st != GS_OK) {
        status = cli_fail(st);
        break;
      }
      data = gs_exporter_pending(e, &len);
      cli_out_write(&out, data, len);
      gs_exporter_clear(e);
      cli_progress_update(&progress, ++count);
    }
    gs_dossier_reader_free(reader);
    reader = NULL;
  }
  cli_progress_end(&progress);
  if (status == CLI_EXIT_OK && (st = gs_exporter_end(e)) != GS_OK)
    status = cli_fail(st);
  if (status == CLI_EXIT_OK) {
    data = gs_exporter_pending(e, &len);
    cli_out_write(&out, data, len);
    /* the mapping first: rows whose pseudonyms are not kept are worthless */
    if ((st = gs_mapping_save_file(mapping, o.mapping)) != GS_OK)
      status = cli_fail(st);
  }
  if (status == CLI_EXIT_OK)
    status = cli_out_commit(&out);
  else
    cli_out_discard(&out);
  out_open = false;
done:
  if (out_open)
    cli_out_discard(&out);
  gs_dossier_reader_free(reader);
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
