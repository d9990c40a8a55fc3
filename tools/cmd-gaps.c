/*
 * goedestart gaps - the care-gap analysis (witte vlekken) of a catalogue
 * (spec/care-paths.md "Care-gap analysis").
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "cli.h"

enum { OPT_MUNICIPALITY = 1, OPT_FORMAT, OPT_ALL };

/* and --catalog, --as-of, --lang, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "municipality", 0, true, OPT_MUNICIPALITY },
  { "format", 0, true, OPT_FORMAT },
  { "all", 0, false, OPT_ALL },
  { NULL, 0, false, 0 },
};

enum { FORMAT_TEXT = 0, FORMAT_XML = 1, FORMAT_CSV = 2 };

typedef struct gaps_opts {
  cli_common common;            /* as_of: the day offers are counted on */
  const char *municipality;
  int format;
  bool all;
} gaps_opts;

static int on_option(void *ctx, int id, const char *value) {
  gaps_opts *o = ctx;
  static const char *const formats[] = { "text", "xml", "csv", NULL };
  switch (id) {
  case OPT_MUNICIPALITY: {
    bool ok = strlen(value) == 6 && value[0] == 'G' && value[1] == 'M';
    for (int i = 2; ok && i < 6; i++)
      ok = value[i] >= '0' && value[i] <= '9';
    if (!ok)
      return cli_usage_error(&cli_cmd_gaps, "--municipality '%s': use a CBS code GMnnnn", value);
    o->municipality = value;
    return CLI_EXIT_OK;
  }
  case OPT_FORMAT: return cli_parse_choice(&cli_cmd_gaps, "--format", value, formats, &o->format);
  default: /* OPT_ALL */
    o->all = true;
    return CLI_EXIT_OK;
  }
}

static void print_text(cli_out *out, const gs_gaps *gaps, const gs_catalog *catalog,
                       gs_lang lang) {
  char d[GS_DATE_BUFSIZE];
  cli_date_text(gs_gaps_on(gaps), lang, d, sizeof d);
  cli_out_printf(out, "%s %s %s, %s %s\n",
                 CLI_TR(lang, "Witte vlekken in de catalogus", "Care gaps in catalogue"),
                 gs_catalog_id(catalog), gs_catalog_version(catalog),
                 CLI_TR(lang, "aanbod geldig op", "offers valid on"), d);
  cli_out_printf(out, "%s\n",
                 CLI_TR(lang, "Een witte vlek: geen aanbod op een niveau (3-5) en ook niet op "
                              "het niveau erboven.",
                        "A gap: no offer at a level (3-5) and none at the next level up."));
  size_t n_gaps = gs_gaps_count(gaps), next = 0;
  for (size_t m = 0; m < gs_gaps_municipality_count(gaps); m++) {
    const char *name = gs_gaps_municipality_name(gaps, m);
    int province = gs_gaps_municipality_province(gaps, m);
    size_t count = 0;
    cli_table t;
    cli_table_init(&t, 3);
    const char *head[3] = { CLI_TR(lang, "thema", "topic"), CLI_TR(lang, "fase", "phase"),
                            CLI_TR(lang, "witte vlek op niveau", "gap at level") };
    cli_table_row(&t, head);
    /* one row per topic and phase (gaps come by municipality, topic,
     * phase, level) */
    while (next < n_gaps) {
      size_t gm;
      int topic, phase, level;
      gs_gaps_gap(gaps, next, &gm, &topic, &phase, &level);
      if (gm != m)
        break;
      char levels[32] = "";
      for (;;) {
        size_t used = strlen(levels);
        snprintf(levels + used, sizeof levels - used, "%s%d", used ? ", " : "", level);
        count++;
        next++;
        size_t gm2;
        int topic2, phase2;
        if (next >= n_gaps || gs_gaps_gap(gaps, next, &gm2, &topic2, &phase2, &level) != GS_OK ||
            gm2 != m || topic2 != topic || phase2 != phase)
          break;
      }
      const char *cells[3] = { gs_code_label(GS_KIND_TOPIC, topic, lang),
                               gs_code_label(GS_KIND_PHASE, phase, lang), levels };
      cli_table_row(&t, cells);
    }
    cli_out_printf(out, "\n%s (%s%s%s): ", name ? name : gs_gaps_municipality_code(gaps, m),
                   gs_gaps_municipality_code(gaps, m), province ? ", " : "",
                   province ? gs_code_label(GS_KIND_PROVINCE, province, lang) : "");
    if (count == 0)
      cli_out_printf(out, "%s\n", CLI_TR(lang, "geen witte vlekken", "no gaps"));
    else {
      cli_out_printf(out, "%zu %s\n", count,
                     count == 1 ? CLI_TR(lang, "witte vlek", "gap")
                                : CLI_TR(lang, "witte vlekken", "gaps"));
      cli_table_print(&t, out, 2);
    }
    cli_table_free(&t);
  }
}

static int run(int argc, char **argv) {
  gaps_opts o = { cli_common_init(CLI_TAKES_CATALOG | CLI_TAKES_AS_OF | CLI_TAKES_LANG |
                                  CLI_TAKES_OUTPUT), NULL, FORMAT_TEXT, false };
  cli_args args;
  int status = cli_parse(&cli_cmd_gaps, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if ((status = cli_no_operands(&args)) != CLI_EXIT_OK)
    return status;
  gs_lang lang = cli_lang(&o.common);
  gs_catalog *catalog = NULL;
  gs_gaps *gaps = NULL;
  char *doc = NULL;
  size_t len = 0;
  gs_status st;
  if ((status = cli_load_catalog(o.common.catalog, &catalog)) != CLI_EXIT_OK)
    return status;
  st = gs_gaps_compute(&gaps, catalog, o.municipality, o.common.as_of,
                       o.all ? 0u : GS_GAPS_APPLICABLE_ONLY);
  if (st == GS_OK && o.format == FORMAT_XML)
    st = gs_gaps_write_xml(gaps, &doc, &len);
  else if (st == GS_OK && o.format == FORMAT_CSV)
    st = gs_gaps_write_csv(gaps, &doc, &len);
  if (st != GS_OK) {
    status = cli_fail(st);
  } else {
    cli_out out;
    status = cli_out_open(&out, o.common.output);
    if (status == CLI_EXIT_OK) {
      if (doc != NULL)
        cli_out_write(&out, doc, len);
      else
        print_text(&out, gaps, catalog, lang);
      status = cli_out_commit(&out);
    }
  }
  gs_free(doc);
  gs_gaps_free(gaps);
  gs_catalog_free(catalog);
  return status;
}

const cli_command cli_cmd_gaps = {
  "gaps",
  "[--catalog FILE] [--municipality GMnnnn] [--format text|xml|csv]\n"
  "                       [--as-of DATE] [--all] [--lang nl|en] [-o FILE]",
  "Show the care gaps (witte vlekken) of a catalogue per municipality.",
  "Options:\n"
  "  --catalog FILE         a care-path catalogue; default: the embedded\n"
  "                         Veenkolonien catalogue\n"
  "  --municipality GMnnnn  only this municipality (declared in the catalogue or\n"
  "                         not); default: every municipality the catalogue declares\n"
  "  --format text|xml|csv  text: the gaps per municipality (default); xml: the\n"
  "                         care-gaps vocabulary with the whole matrix; csv: one\n"
  "                         row per municipality, topic, phase and level\n"
  "  --as-of DATE           count offers valid on DATE; default: the catalogue's\n"
  "                         valid-from date\n"
  "  --all                  every topic in every phase, also where the topic does\n"
  "                         not apply (by default only the pairs where it applies)\n"
  "  --lang nl|en           language of the text; default from LC_ALL, LC_MESSAGES,\n"
  "                         LANG\n"
  "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
  "\n"
  "A gap is a municipality, topic, phase and level 3-5 with no offer at that\n"
  "level and none at the next level up (for level 5: no offer).\n",
  run,
};
