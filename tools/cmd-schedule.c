/*
 * goedestart schedule - the listed signal-moment instances of every family
 * (spec/schedule.md), optionally only those with some statuses.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "cli.h"

enum { OPT_STATUS = 1, OPT_FORMAT };

/* and --as-of, --pack, --lang, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "status", 0, true, OPT_STATUS },
  { "format", 0, true, OPT_FORMAT },
  { NULL, 0, false, 0 },
};

enum { FORMAT_TEXT = 0, FORMAT_CSV = 1 };

typedef struct schedule_opts {
  cli_common common;
  int format;
  unsigned statuses;        /* bit per gs_moment_status; 0 = all */
} schedule_opts;

static int parse_statuses(schedule_opts *o, const char *value) {
  const char *p = value;
  for (;;) {
    size_t n = strcspn(p, ",");
    char token[32];
    int code;
    snprintf(token, sizeof token, "%.*s", (int)(n < 31 ? n : 31), p);
    if (n == 0 || n > 31 || gs_code_parse(GS_KIND_MOMENT_STATUS, token, &code) != GS_OK)
      return cli_usage_error(&cli_cmd_schedule,
                             "--status: unknown status '%s' (use upcoming, due, overdue, "
                             "missed, done)", token);
    o->statuses |= 1u << code;
    if (p[n] == '\0')
      return CLI_EXIT_OK;
    p += n + 1;
  }
}

static int on_option(void *ctx, int id, const char *value) {
  schedule_opts *o = ctx;
  static const char *const formats[] = { "text", "csv", NULL };
  if (id == OPT_STATUS)
    return parse_statuses(o, value);
  return cli_parse_choice(&cli_cmd_schedule, "--format", value, formats, &o->format);
}

/* An RFC 4180 field: quoted when it holds a comma, a quote, CR or LF. */
static void csv_field(cli_out *out, const char *s, bool last) {
  if (s == NULL)
    s = "";
  if (strpbrk(s, ",\"\r\n") == NULL) {
    cli_out_puts(out, s);
  } else {
    cli_out_puts(out, "\"");
    for (const char *p = s; *p; p++) {
      if (*p == '"')
        cli_out_puts(out, "\"\"");
      else
        cli_out_write(out, p, 1);
    }
    cli_out_puts(out, "\"");
  }
  cli_out_puts(out, last ? "\r\n" : ",");
}

static void date_cell(gs_date d, char buf[GS_DATE_BUFSIZE]) {
  if (d == GS_DATE_NONE || gs_date_format(d, buf, GS_DATE_BUFSIZE) != GS_OK)
    buf[0] = '\0';
}

static bool wanted(const schedule_opts *o, gs_moment_status s) {
  return o->statuses == 0 || (o->statuses & (1u << s)) != 0;
}

static void print_csv(cli_out *out, const gs_assessment *a, const schedule_opts *o, gs_lang lang) {
  const char *family = gs_family_id(gs_assessment_family(a));
  for (size_t i = 0; i < gs_assessment_moment_count(a); i++) {
    gs_moment_status s = gs_assessment_moment_status(a, i);
    if (!wanted(o, s))
      continue;
    char open[GS_DATE_BUFSIZE], due[GS_DATE_BUFSIZE], overdue[GS_DATE_BUFSIZE],
      close[GS_DATE_BUFSIZE], done[GS_DATE_BUFSIZE];
    date_cell(gs_assessment_moment_open(a, i), open);
    date_cell(gs_assessment_moment_due(a, i), due);
    date_cell(gs_assessment_moment_overdue(a, i), overdue);
    date_cell(gs_assessment_moment_close(a, i), close);
    date_cell(gs_assessment_moment_done(a, i), done);
    csv_field(out, family, false);
    csv_field(out, gs_assessment_moment_subject(a, i), false);
    csv_field(out, gs_assessment_moment_id(a, i), false);
    csv_field(out, gs_assessment_moment_label(a, i, lang), false);
    csv_field(out, gs_code_token(GS_KIND_PHASE, gs_assessment_moment_phase(a, i)), false);
    csv_field(out, gs_code_token(GS_KIND_MOMENT_STATUS, s), false);
    csv_field(out, open, false);
    csv_field(out, due, false);
    csv_field(out, overdue, false);
    csv_field(out, close, false);
    csv_field(out, done, true);
  }
}

/* Returns whether anything was printed. */
static bool print_text(cli_out *out, const gs_assessment *a, const schedule_opts *o, gs_lang lang,
                       bool first) {
  cli_table t;
  cli_table_init(&t, 7);
  const char *head[7] = {
    CLI_TR(lang, "status", "status"), CLI_TR(lang, "streefdatum", "due date"),
    CLI_TR(lang, "moment", "moment"), CLI_TR(lang, "omschrijving", "description"),
    CLI_TR(lang, "betreft", "for"), CLI_TR(lang, "termijn", "window"),
    CLI_TR(lang, "uitgevoerd op", "done on"),
  };
  cli_table_row(&t, head);
  for (size_t i = 0; i < gs_assessment_moment_count(a); i++) {
    gs_moment_status s = gs_assessment_moment_status(a, i);
    if (!wanted(o, s))
      continue;
    char open[GS_DATE_BUFSIZE], due[GS_DATE_BUFSIZE], close[GS_DATE_BUFSIZE],
      done[GS_DATE_BUFSIZE], window[48];
    cli_date_text(gs_assessment_moment_open(a, i), lang, open, sizeof open);
    cli_date_text(gs_assessment_moment_due(a, i), lang, due, sizeof due);
    cli_date_text(gs_assessment_moment_close(a, i), lang, close, sizeof close);
    gs_date done_on = gs_assessment_moment_done(a, i);
    done[0] = '\0';
    if (done_on != GS_DATE_NONE)
      cli_date_text(done_on, lang, done, sizeof done);
    snprintf(window, sizeof window, "%s %s %s", open, CLI_TR(lang, "t/m", "to"), close);
    const char *cells[7] = { gs_code_label(GS_KIND_MOMENT_STATUS, s, lang), due,
                             gs_assessment_moment_id(a, i), gs_assessment_moment_label(a, i, lang),
                             gs_assessment_moment_subject(a, i), window, done };
    cli_table_row(&t, cells);
  }
  bool any = t.rows > 1;
  if (any || o->statuses == 0) {
    const gs_family *f = gs_assessment_family(a);
    const char *muni = gs_family_municipality(f), *name = cli_municipality_name(muni);
    char d[GS_DATE_BUFSIZE];
    cli_date_text(gs_assessment_as_of(a), lang, d, sizeof d);
    cli_out_printf(out, "%s%s %s, %s%s%s%s, %s %s\n", first ? "" : "\n",
                   CLI_TR(lang, "Gezin", "Family"), gs_family_id(f), name ? name : muni,
                   name ? " (" : "", name ? muni : "", name ? ")" : "",
                   CLI_TR(lang, "peildatum", "as of"), d);
    if (any)
      cli_table_print(&t, out, 2);
    else
      cli_out_printf(out, "  %s\n", CLI_TR(lang, "(geen)", "(none)"));
  }
  cli_table_free(&t);
  return any || o->statuses == 0;
}

/* One run: the output is opened once the first dossier is open, then
 * every family's list goes to it. */
typedef struct schedule_run {
  const schedule_opts *o;
  gs_date as_of;
  gs_lang lang;
  const gs_pack *pack;
  gs_assessment *a;
  cli_out out;
  bool out_open, first;
} schedule_run;

static int open_output(void *ctx, const char *path, const gs_dossier_reader *reader) {
  schedule_run *r = ctx;
  (void)path;
  (void)reader;
  if (r->out_open)
    return CLI_EXIT_OK;
  int status = cli_out_open(&r->out, r->o->common.output);
  if (status != CLI_EXIT_OK)
    return status;
  r->out_open = true;
  if (r->o->format == FORMAT_CSV)
    cli_out_puts(&r->out, "family,subject,moment,label,phase,status,open,due,overdue,close,"
                          "done\r\n");
  return CLI_EXIT_OK;
}

static gs_status list_family(void *ctx, const gs_family *f) {
  schedule_run *r = ctx;
  /* the schedule needs no routes: no catalogue */
  gs_status st = gs_assess_into(r->a, f, r->as_of, r->pack, NULL);
  if (st == GS_OK) {
    if (r->o->format == FORMAT_CSV)
      print_csv(&r->out, r->a, r->o, r->lang);
    else if (print_text(&r->out, r->a, r->o, r->lang, r->first))
      r->first = false;
  }
  return st;
}

static int run(int argc, char **argv) {
  schedule_opts o = { cli_common_init(CLI_TAKES_AS_OF | CLI_TAKES_PACK | CLI_TAKES_LANG |
                                      CLI_TAKES_OUTPUT), FORMAT_TEXT, 0 };
  cli_args args;
  int status = cli_parse(&cli_cmd_schedule, argc, argv, OPTIONS, on_option, &o, &o.common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (args.n_operands == 0) {
    cli_args_free(&args);
    return cli_usage_error(&cli_cmd_schedule, "no DOSSIER given");
  }
  schedule_run r = { .o = &o, .as_of = cli_as_of(&o.common), .lang = cli_lang(&o.common),
                     .first = true };
  gs_pack *pack = NULL;
  gs_status st;
  if ((status = cli_load_pack(o.common.pack, &pack)) != CLI_EXIT_OK)
    goto done;
  r.pack = pack;
  if ((st = gs_assessment_new(&r.a)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  status = cli_read_families(&args, open_output, list_family, &r);
  if (r.out_open)
    status = cli_out_finish(&r.out, status);
done:
  gs_assessment_free(r.a);
  gs_pack_free(pack);
  cli_args_free(&args);
  return status;
}

const cli_command cli_cmd_schedule = {
  "schedule",
  "[--as-of DATE] [--status due,overdue,...] [--pack FILE] [--lang nl|en]\n"
  "                           [--format text|csv] [-o FILE] DOSSIER...",
  "List the signal moments of every family with their windows and status.",
  "Options:\n"
  "  --as-of DATE       the date the status is computed on; default: today\n"
  "  --status LIST      only instances with these statuses, comma-separated:\n"
  "                     upcoming, due, overdue, missed, done; families without\n"
  "                     any are left out\n"
  "  --pack FILE        a pack file; default: the embedded default pack\n"
  "  --lang nl|en       language of labels; default from LC_ALL, LC_MESSAGES, LANG\n"
  "  --format text|csv  text: a table per family (default); csv: one row per\n"
  "                     instance (family,subject,moment,label,phase,status,open,\n"
  "                     due,overdue,close,done; RFC 4180, CRLF)\n"
  "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
  "\n"
  "The instances listed are those of the assessment (schedule.md): not\n"
  "applicable ones are left out, and the window is the year before and after\n"
  "the as-of date (the pack's schedule.history and schedule.horizon), ordered\n"
  "by due date, moment and subject.\n",
  run,
};
