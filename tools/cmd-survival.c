/*
 * goedestart survival - time from birth to the first identification of a
 * (risk for a) social-emotional problem: Kaplan-Meier curves per group and
 * the log-rank, Tarone-Ware and Gehan-Breslow tests (spec/indicators.md
 * "Survival analysis").
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_HORIZON = 1, OPT_BY, OPT_GROUPS, OPT_SUPPRESS, OPT_FORMAT };

/* and --as-of, --catalog, --lang, -o PREFIX (cli_common) */
static const cli_option OPTIONS[] = {
  { "horizon", 0, true, OPT_HORIZON },
  { "by", 0, true, OPT_BY },
  { "groups", 0, true, OPT_GROUPS },
  { "suppress", 0, true, OPT_SUPPRESS },
  { "format", 0, true, OPT_FORMAT },
  { NULL, 0, false, 0 },
};

enum { FORMAT_TEXT = 0, FORMAT_CSV = 1 };

typedef struct surv_cli {
  cli_common common;            /* output: the PREFIX of -o */
  gs_date as_of;                /* --as-of, else today */
  uint64_t horizon, k;
  int by;
  bool by_given;
  const char *groups;
  int format;
} surv_cli;

static const char *const BY_CHOICES[] = { "municipality", "province", "none", NULL };
static const int BY_CODES[] = { GS_GROUP_BY_MUNICIPALITY, GS_GROUP_BY_PROVINCE, GS_GROUP_BY_NONE };

static int on_option(void *ctx, int id, const char *value) {
  surv_cli *o = ctx;
  static const char *const formats[] = { "text", "csv", NULL };
  const cli_command *cmd = &cli_cmd_survival;
  switch (id) {
  case OPT_HORIZON: return cli_parse_u64(cmd, "--horizon", value, 0, 100000, &o->horizon);
  case OPT_BY: o->by_given = true; return cli_parse_choice(cmd, "--by", value, BY_CHOICES, &o->by);
  case OPT_GROUPS: o->groups = value; return CLI_EXIT_OK;
  case OPT_SUPPRESS: return cli_parse_u64(cmd, "--suppress", value, 0, 1000000, &o->k);
  default: /* OPT_FORMAT */
    return cli_parse_choice(cmd, "--format", value, formats, &o->format);
  }
}

static void fmt_g(char *buf, size_t size, double v, int digits, gs_lang lang) {
  if (isnan(v))
    snprintf(buf, size, "-");
  else
    cli_number_text(v, digits, false, lang, buf, size);
}

static void print_text(cli_out *out, const gs_survival *s, const surv_cli *o, gs_lang lang) {
  char d[GS_DATE_BUFSIZE];
  cli_date_text(o->as_of, lang, d, sizeof d);
  cli_out_printf(out, "%s\n",
                 CLI_TR(lang, "Tijd van geboorte tot eerste signaal (DMOP niet goed, consult "
                              "probleem of GIZ >= 3)",
                        "Time from birth to the first signal (DMOP not good, consult problem "
                        "or GIZ >= 3)"));
  cli_out_printf(out, "%s %s, %s %llu %s, %s %llu %s\n", CLI_TR(lang, "peildatum", "as of"), d,
                 CLI_TR(lang, "horizon", "horizon"), (unsigned long long)o->horizon,
                 CLI_TR(lang, "dagen", "days"),
                 CLI_TR(lang, "groepen van minstens", "groups of at least"),
                 (unsigned long long)o->k, CLI_TR(lang, "kinderen", "children"));
  size_t ng = gs_survival_group_count(s);
  for (size_t g = 0; g < ng; g++) {
    const char *name = gs_survival_group_name(s, g);
    const char *muni = cli_municipality_name(name);
    cli_out_printf(out, "\n%s %s%s%s%s: %llu %s, %llu %s", CLI_TR(lang, "Groep", "Group"), name,
                   muni ? " (" : "", muni ? muni : "", muni ? ")" : "",
                   (unsigned long long)gs_survival_group_subjects(s, g),
                   CLI_TR(lang, "kinderen", "children"),
                   (unsigned long long)gs_survival_group_events(s, g),
                   CLI_TR(lang, "signalen", "events"));
    if (!gs_survival_group_included(s, g)) {
      cli_out_printf(out, " - %s %llu %s\n",
                     CLI_TR(lang, "weggelaten: minder dan", "left out: fewer than"),
                     (unsigned long long)o->k, CLI_TR(lang, "kinderen", "children"));
      continue;
    }
    int med = gs_survival_group_median(s, g);
    if (med >= 0)
      cli_out_printf(out, ", %s %d %s\n", CLI_TR(lang, "mediaan", "median"), med,
                     CLI_TR(lang, "dagen", "days"));
    else
      cli_out_printf(out, ", %s\n", CLI_TR(lang, "mediaan niet bereikt", "median not reached"));
    size_t nr = gs_survival_km_count(s, g);
    if (nr == 0) {
      cli_out_printf(out, "  %s\n", CLI_TR(lang, "(geen signalen)", "(no events)"));
      continue;
    }
    cli_table t;
    cli_table_init(&t, 7);
    const char *head[7] = {
      CLI_TR(lang, "dag", "day"), CLI_TR(lang, "in risicoset", "at risk"),
      CLI_TR(lang, "signalen", "events"), CLI_TR(lang, "gecensureerd", "censored"),
      CLI_TR(lang, "zonder signaal", "event-free"), CLI_TR(lang, "se", "se"),
      CLI_TR(lang, "95%-interval", "95% CI"),
    };
    cli_table_row(&t, head);
    for (size_t r = 0; r < nr; r++) {
      char time[16], risk[24], ev[24], ce[24], sv[24], se[24], lo[24], hi[24], ci[56];
      snprintf(time, sizeof time, "%d", gs_survival_km_time(s, g, r));
      snprintf(risk, sizeof risk, "%llu", (unsigned long long)gs_survival_km_at_risk(s, g, r));
      snprintf(ev, sizeof ev, "%llu", (unsigned long long)gs_survival_km_events(s, g, r));
      snprintf(ce, sizeof ce, "%llu", (unsigned long long)gs_survival_km_censored(s, g, r));
      fmt_g(sv, sizeof sv, gs_survival_km_survival(s, g, r), 4, lang);
      fmt_g(se, sizeof se, gs_survival_km_se(s, g, r), 4, lang);
      fmt_g(lo, sizeof lo, gs_survival_km_lower(s, g, r), 4, lang);
      fmt_g(hi, sizeof hi, gs_survival_km_upper(s, g, r), 4, lang);
      snprintf(ci, sizeof ci, "%s - %s", lo, hi);
      const char *cells[7] = { time, risk, ev, ce, sv, se, ci };
      cli_table_row(&t, cells);
    }
    cli_table_print(&t, out, 2);
    cli_table_free(&t);
  }
  cli_out_printf(out, "\n%s\n", CLI_TR(lang, "Vergelijking van de groepen", "Comparison of the groups"));
  size_t nt = gs_survival_test_count(s);
  if (nt == 0) {
    cli_out_printf(out, "  %s\n", CLI_TR(lang, "(geen toets: minder dan twee groepen)",
                                         "(no test: fewer than two groups)"));
    return;
  }
  cli_table t;
  cli_table_init(&t, 4);
  const char *head[4] = { CLI_TR(lang, "toets", "test"), CLI_TR(lang, "chi-kwadraat", "chi-square"),
                          "df", "p" };
  cli_table_row(&t, head);
  for (size_t i = 0; i < nt; i++) {
    char chi[32], df[16], p[32];
    cli_number_text(gs_survival_test_chisq(s, i), 3, false, lang, chi, sizeof chi);
    snprintf(df, sizeof df, "%d", gs_survival_test_df(s, i));
    double pv = gs_survival_test_p(s, i);
    if (pv < 0.0001)
      cli_number_lang((snprintf(p, sizeof p, "%.2e", pv), p), lang);
    else
      cli_number_text(pv, 4, false, lang, p, sizeof p);
    const char *cells[4] = { gs_survival_test_name(s, i), chi, df, p };
    cli_table_row(&t, cells);
  }
  cli_table_print(&t, out, 2);
  cli_table_free(&t);
}

/* Writes one CSV document to PREFIX-name.csv. */
static int write_file(const char *prefix, const char *name, const char *doc, size_t len) {
  size_t n = strlen(prefix) + strlen(name) + 8;
  char *path = malloc(n);
  if (path == NULL)
    return cli_error(CLI_EXIT_INTERNAL, "out of memory");
  snprintf(path, n, "%s-%s.csv", prefix, name);
  cli_out out = { 0 };
  int status = cli_out_open(&out, path);
  if (status == CLI_EXIT_OK) {
    cli_out_write(&out, doc, len);
    status = cli_out_commit(&out);
  }
  free(path);
  return status;
}

static gs_status add_family(void *s, const gs_family *f) {
  return gs_survival_add(s, f);
}

static int run(int argc, char **argv) {
  surv_cli o;
  memset(&o, 0, sizeof o);
  o.common = cli_common_init(CLI_TAKES_AS_OF | CLI_TAKES_CATALOG | CLI_TAKES_LANG |
                             CLI_TAKES_OUTPUT);
  o.horizon = GS_SURVIVAL_HORIZON_DEFAULT;
  o.k = GS_SUPPRESS_DEFAULT;
  cli_args args;
  const cli_command *cmd = &cli_cmd_survival;
  int status = cli_parse(cmd, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (o.groups != NULL && o.by_given)
    status = cli_usage_error(cmd, "--groups and --by exclude each other");
  else if (args.n_operands == 0)
    status = cli_usage_error(cmd, "no DOSSIER given");
  else if (o.common.output != NULL && o.format != FORMAT_CSV)
    status = cli_usage_error(cmd, "-o PREFIX needs --format csv");
  if (status != CLI_EXIT_OK) {
    cli_args_free(&args);
    return status;
  }
  o.as_of = cli_as_of(&o.common);
  gs_lang lang = cli_lang(&o.common);

  gs_catalog *catalog = NULL;
  gs_labels *labels = NULL;
  gs_survival *s = NULL;
  cli_out out = { 0 };
  gs_status st;
  char *km = NULL, *tests = NULL;
  size_t km_len = 0, tests_len = 0;
  if (o.common.catalog != NULL &&
      (status = cli_load_catalog(o.common.catalog, &catalog)) != CLI_EXIT_OK)
    goto done;
  if (o.groups != NULL && (st = gs_labels_load_csv_file(&labels, o.groups)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  gs_survival_options so;
  gs_survival_options_init(&so);
  so.as_of = o.as_of;
  so.horizon = (int)o.horizon;
  so.min_group = (int)o.k;
  so.group_by = labels != NULL ? GS_GROUP_BY_LABEL : BY_CODES[o.by];
  if ((st = gs_survival_new(&s, &so, catalog, labels)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if ((status = cli_read_families(&args, NULL, add_family, s)) != CLI_EXIT_OK)
    goto done;
  if ((st = gs_survival_finish(s)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  if (o.format == FORMAT_CSV) {
    if ((st = gs_survival_write_km_csv(s, &km, &km_len)) != GS_OK ||
        (st = gs_survival_write_tests_csv(s, &tests, &tests_len)) != GS_OK) {
      status = cli_fail(st);
      goto done;
    }
    /* groups left out are noted on stderr: the tables have no room for it */
    for (size_t g = 0; g < gs_survival_group_count(s); g++)
      if (!gs_survival_group_included(s, g))
        fprintf(stderr, "%s survival: group %s left out (%llu children, fewer than %llu)\n",
                CLI_NAME, gs_survival_group_name(s, g),
                (unsigned long long)gs_survival_group_subjects(s, g), (unsigned long long)o.k);
    if (o.common.output != NULL) {
      if ((status = write_file(o.common.output, "km", km, km_len)) == CLI_EXIT_OK)
        status = write_file(o.common.output, "tests", tests, tests_len);
      goto done;
    }
  }
  if ((status = cli_out_open(&out, NULL)) != CLI_EXIT_OK)
    goto done;
  if (o.format == FORMAT_CSV) {
    cli_out_write(&out, km, km_len);
    cli_out_puts(&out, "\r\n");
    cli_out_write(&out, tests, tests_len);
  } else {
    print_text(&out, s, &o, lang);
  }
  status = cli_out_commit(&out);
done:
  gs_free(km);
  gs_free(tests);
  gs_survival_free(s);
  gs_labels_free(labels);
  gs_catalog_free(catalog);
  cli_args_free(&args);
  return status;
}

const cli_command cli_cmd_survival = {
  "survival",
  "[--as-of DATE] [--horizon DAYS] [--by municipality|province|none]\n"
  "                           [--groups FILE] [--catalog FILE] [--suppress K]\n"
  "                           [--format text|csv] [--lang nl|en] [-o PREFIX] DOSSIER...",
  "Time from birth to the first signal: Kaplan-Meier curves and tests.",
  "Options:\n"
  "  --as-of DATE         the date the families stand on; default: today\n"
  "  --horizon DAYS       follow-up in days (default 548, 18 months)\n"
  "  --by GROUPING        municipality (default), province or none (one group)\n"
  "  --groups FILE        a CSV file with header `family,label`: one group per\n"
  "                       label; families not in the file are left out\n"
  "  --catalog FILE       a catalogue whose provinces --by province uses\n"
  "  --suppress K         groups with fewer than K children are left out of the\n"
  "                       curves and tests (default 5)\n"
  "  --format text|csv    text: the Kaplan-Meier table per group and the tests\n"
  "                       (default); csv: group,time,at_risk,events,censored,\n"
  "                       survival,se,lower,upper, a blank line, test,chisq,df,p\n"
  "  --lang nl|en         language of the text\n"
  "  -o PREFIX            with --format csv: write PREFIX-km.csv and\n"
  "                       PREFIX-tests.csv instead of standard output\n"
  "\n"
  "Children count from their birth when born on or after the family's\n"
  "enrolment; the event is the first contact about the child or the whole\n"
  "family with DMOP `not-good`, consult `problem` or GIZ >= 3 on areas 1-7.\n"
  "Tests: log-rank, Tarone-Ware (weights sqrt(n)) and Gehan-Breslow (weights n)\n"
  "with the hypergeometric variance; p from the chi-square distribution.\n",
  run,
};
