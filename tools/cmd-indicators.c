/*
 * goedestart indicators - process indicators per municipality, province or
 * overall over a period (spec/indicators.md "Process indicators"), with
 * small-cell suppression unless --no-suppress.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum { OPT_FROM = 1, OPT_TO, OPT_BY, OPT_SUPPRESS, OPT_NO_SUPPRESS, OPT_FORMAT };

/* and --pack, --catalog, --lang, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "from", 0, true, OPT_FROM },
  { "to", 0, true, OPT_TO },
  { "by", 0, true, OPT_BY },
  { "suppress", 0, true, OPT_SUPPRESS },
  { "no-suppress", 0, false, OPT_NO_SUPPRESS },
  { "format", 0, true, OPT_FORMAT },
  { NULL, 0, false, 0 },
};

enum { FORMAT_TEXT = 0, FORMAT_XML = 1, FORMAT_CSV = 2 };

typedef struct ind_cli {
  cli_common common;
  gs_date from, to;
  int by;                       /* index into BY_CHOICES */
  uint64_t k;
  bool suppress_given, no_suppress;
  int format;
} ind_cli;

static const char *const BY_CHOICES[] = { "municipality", "province", "none", NULL };
static const int BY_CODES[] = { GS_GROUP_BY_MUNICIPALITY, GS_GROUP_BY_PROVINCE, GS_GROUP_BY_NONE };

static int on_option(void *ctx, int id, const char *value) {
  ind_cli *o = ctx;
  static const char *const formats[] = { "text", "xml", "csv", NULL };
  const cli_command *cmd = &cli_cmd_indicators;
  switch (id) {
  case OPT_FROM: return cli_parse_date(cmd, "--from", value, &o->from);
  case OPT_TO: return cli_parse_date(cmd, "--to", value, &o->to);
  case OPT_BY: return cli_parse_choice(cmd, "--by", value, BY_CHOICES, &o->by);
  case OPT_SUPPRESS:
    o->suppress_given = true;
    return cli_parse_u64(cmd, "--suppress", value, 1, 1000000, &o->k);
  case OPT_NO_SUPPRESS: o->no_suppress = true; return CLI_EXIT_OK;
  default: /* OPT_FORMAT */
    return cli_parse_choice(cmd, "--format", value, formats, &o->format);
  }
}

static void group_title(cli_out *out, const char *group, int by, gs_lang lang) {
  if (strcmp(group, "all") == 0) {
    cli_out_puts(out, by == 2 ? CLI_TR(lang, "Alle gezinnen", "All families")
                              : CLI_TR(lang, "Totaal, alle gezinnen", "Total, all families"));
  } else if (by == 0) {
    const char *name = cli_municipality_name(group);
    cli_out_printf(out, "%s %s%s%s%s", CLI_TR(lang, "Gemeente", "Municipality"), group,
                   name ? " (" : "", name ? name : "", name ? ")" : "");
  } else {
    int code;
    const char *label = NULL;
    if (gs_code_parse(GS_KIND_PROVINCE, group, &code) == GS_OK)
      label = gs_code_label(GS_KIND_PROVINCE, code, lang);
    cli_out_printf(out, "%s %s%s%s%s", CLI_TR(lang, "Provincie", "Province"), group,
                   label ? " (" : "", label ? label : "", label ? ")" : "");
  }
  cli_out_puts(out, "\n");
}

static void print_text(cli_out *out, const gs_indicators *ind, const ind_cli *o, gs_lang lang) {
  char from[GS_DATE_BUFSIZE], to[GS_DATE_BUFSIZE];
  cli_date_text(o->from, lang, from, sizeof from);
  cli_date_text(o->to, lang, to, sizeof to);
  cli_out_printf(out, "%s %s %s %s, %llu %s", CLI_TR(lang, "Procesindicatoren", "Process indicators"),
                 from, CLI_TR(lang, "t/m", "to"), to,
                 (unsigned long long)gs_indicators_family_count(ind),
                 CLI_TR(lang, "gezinnen", "families"));
  if (o->no_suppress)
    cli_out_printf(out, "; %s\n", CLI_TR(lang, "zonder onderdrukking van kleine aantallen",
                                         "small-cell suppression off"));
  else
    cli_out_printf(out, "; %s %llu %s\n",
                   CLI_TR(lang, "aantallen onder de", "counts below"), (unsigned long long)o->k,
                   CLI_TR(lang, "zijn onderdrukt (*)", "are suppressed (*)"));
  size_t n = gs_indicators_row_count(ind);
  size_t per = gs_indicator_count();
  for (size_t start = 0; start < n; start += per) {
    cli_out_puts(out, "\n");
    group_title(out, gs_indicators_row_group(ind, start), o->by, lang);
    cli_table t;
    cli_table_init(&t, 4);
    const char *head[4] = { CLI_TR(lang, "aantal", "count"), CLI_TR(lang, "van", "of"),
                            CLI_TR(lang, "waarde", "value"), CLI_TR(lang, "indicator", "indicator") };
    cli_table_row(&t, head);
    for (size_t i = start; i < start + per && i < n; i++) {
      gs_indicator id = gs_indicators_row_indicator(ind, i);
      uint32_t fl = gs_indicators_row_flags(ind, i);
      char num[32], den[32], val[32];
      if (fl & GS_IND_NUMERATOR_SUPPRESSED)
        snprintf(num, sizeof num, "*");
      else
        snprintf(num, sizeof num, "%lld", (long long)gs_indicators_row_numerator(ind, i));
      if (!(fl & GS_IND_HAS_DENOMINATOR))
        den[0] = '\0';
      else if (fl & GS_IND_DENOMINATOR_SUPPRESSED)
        snprintf(den, sizeof den, "*");
      else
        snprintf(den, sizeof den, "%lld", (long long)gs_indicators_row_denominator(ind, i));
      double v = gs_indicators_row_value(ind, i);
      if (fl & GS_IND_VALUE_SUPPRESSED)
        snprintf(val, sizeof val, "*");
      else if (!(fl & GS_IND_HAS_VALUE))
        val[0] = '\0';
      else if (id == GS_IND_TIME_TO_SUPPORT_MEDIAN)
        snprintf(val, sizeof val, "%d %s", (int)v, CLI_TR(lang, "dagen", "days"));
      else
        cli_number_text(v, 1, true, lang, val, sizeof val);
      const char *cells[4] = { num, den, val, gs_indicator_description(id, lang) };
      cli_table_row(&t, cells);
    }
    cli_table_print(&t, out, 2);
    cli_table_free(&t);
  }
}

static gs_status add_family(void *ind, const gs_family *f) {
  return gs_indicators_add(ind, f);
}

static int run(int argc, char **argv) {
  ind_cli o;
  memset(&o, 0, sizeof o);
  o.common = cli_common_init(CLI_TAKES_PACK | CLI_TAKES_CATALOG | CLI_TAKES_LANG |
                             CLI_TAKES_OUTPUT);
  o.from = o.to = GS_DATE_NONE;
  o.k = GS_SUPPRESS_DEFAULT;
  cli_args args;
  const cli_command *cmd = &cli_cmd_indicators;
  int status = cli_parse(cmd, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (o.from == GS_DATE_NONE || o.to == GS_DATE_NONE)
    status = cli_usage_error(cmd, "--from and --to are required");
  else if (o.from > o.to)
    status = cli_usage_error(cmd, "--from is after --to");
  else if (o.suppress_given && o.no_suppress)
    status = cli_usage_error(cmd, "--suppress and --no-suppress exclude each other");
  else if (args.n_operands == 0)
    status = cli_usage_error(cmd, "no DOSSIER given");
  if (status != CLI_EXIT_OK) {
    cli_args_free(&args);
    return status;
  }
  gs_lang lang = cli_lang(&o.common);

  gs_pack *pack = NULL;
  gs_catalog *catalog = NULL;
  gs_indicators *ind = NULL;
  cli_out out = { 0 };
  gs_status st;
  char *doc = NULL;
  size_t len = 0;
  if ((status = cli_load_pack(o.common.pack, &pack)) != CLI_EXIT_OK ||
      (status = cli_load_catalog(o.common.catalog, &catalog)) != CLI_EXIT_OK)
    goto done;
  gs_indicators_options io;
  gs_indicators_options_init(&io);
  io.from = o.from;
  io.to = o.to;
  io.group_by = BY_CODES[o.by];
  io.suppress_k = (int)o.k;
  io.no_suppress = o.no_suppress ? 1 : 0;
  if ((st = gs_indicators_new(&ind, &io, pack, catalog)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if ((status = cli_read_families(&args, NULL, add_family, ind)) != CLI_EXIT_OK)
    goto done;
  if ((st = gs_indicators_finish(ind)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if (o.format == FORMAT_XML)
    st = gs_indicators_write_xml(ind, &doc, &len);
  else if (o.format == FORMAT_CSV)
    st = gs_indicators_write_csv(ind, &doc, &len);
  if (st != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if ((status = cli_out_open(&out, o.common.output)) != CLI_EXIT_OK)
    goto done;
  if (doc != NULL)
    cli_out_write(&out, doc, len);
  else
    print_text(&out, ind, &o, lang);
  status = cli_out_commit(&out);
done:
  gs_free(doc);
  gs_indicators_free(ind);
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  cli_args_free(&args);
  return status;
}

const cli_command cli_cmd_indicators = {
  "indicators",
  "--from DATE --to DATE [--by municipality|province|none] [--pack FILE]\n"
  "                           [--catalog FILE] [--suppress K | --no-suppress]\n"
  "                           [--format text|xml|csv] [--lang nl|en] [-o FILE] DOSSIER...",
  "Process indicators per municipality, province or overall over a period.",
  "Options:\n"
  "  --from DATE, --to DATE   the period, both days included (required);\n"
  "                           everything is counted as the families stood on --to\n"
  "  --by GROUPING            municipality (default), province or none; with\n"
  "                           municipality or province a total `all` follows\n"
  "  --pack FILE              a pack file; default: the embedded default pack\n"
  "  --catalog FILE           a catalogue (provinces, care gaps); default: the\n"
  "                           Veenkolonien catalogue\n"
  "  --suppress K             small-cell threshold: counts from 1 to K-1 are\n"
  "                           suppressed with their shares and complements\n"
  "                           (default 5)\n"
  "  --no-suppress            publish every count (not for publication)\n"
  "  --format text|xml|csv    text: a table per group (default); xml: the\n"
  "                           urn:goedestart:indicators:1 vocabulary; csv:\n"
  "                           group,indicator,numerator,denominator,value,suppressed\n"
  "  --lang nl|en             language of the text; default from LC_ALL,\n"
  "                           LC_MESSAGES, LANG\n"
  "  -o, --output FILE        write to FILE (atomically) instead of standard output\n"
  "\n"
  "Indicators (spec/indicators.md): pregnancies, screened-before-16w, births,\n"
  "jgz-8w-on-time, moments-missed, care-need-* (3), time-to-support-median and\n"
  "-28d (Kaplan-Meier), actions-by-level-1..5, started-at-proposed-level,\n"
  "warm-handover, goals-achieved, care-gaps. Files are streamed: memory stays\n"
  "flat for any number of families.\n",
  run,
};
