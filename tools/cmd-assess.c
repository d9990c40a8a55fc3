/*
 * goedestart assess - assess every family of one or more dossiers.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Dossiers are read with the streaming reader, one family at a time, and
 * assessed into one reused assessment, so a file of any size is assessed
 * in flat memory. `--format xml` writes the assessment vocabulary through
 * the library's writer (root `assessment` for a single dossier whose root
 * is `family`, otherwise `assessments` holding every family of every file
 * in order); `--format text` is the readable report below.
 */
#include <string.h>

#include "cli.h"

enum { OPT_FORMAT = 1 };

/* and --as-of, --pack, --catalog, --lang, -o (cli_common) */
static const cli_option OPTIONS[] = {
  { "format", 0, true, OPT_FORMAT },
  { NULL, 0, false, 0 },
};

enum { FORMAT_TEXT = 0, FORMAT_XML = 1 };

static int on_option(void *ctx, int id, const char *value) {
  static const char *const formats[] = { "text", "xml", NULL };
  (void)id; /* the only option of its own: --format */
  return cli_parse_choice(&cli_cmd_assess, "--format", value, formats, ctx);
}

/* ---- the text report ------------------------------------------------------ */

static void heading(cli_out *out, const char *text) {
  cli_out_printf(out, "\n%s\n", text);
}

static void none_line(cli_out *out, gs_lang lang) {
  cli_out_printf(out, "  %s\n", CLI_TR(lang, "(geen)", "(none)"));
}

/* The route accessors of needs and of review advice. */
typedef struct route_api {
  size_t (*count)(const gs_assessment *, size_t);
  size_t (*offer)(const gs_assessment *, size_t, size_t);
  int (*fallback)(const gs_assessment *, size_t, size_t);
  gs_route_check (*check)(const gs_assessment *, size_t, size_t);
  int (*gap_from)(const gs_assessment *, size_t);
  int (*gap_to)(const gs_assessment *, size_t);
} route_api;

static const route_api NEED_ROUTES = {
  gs_assessment_need_route_count, gs_assessment_need_route_offer,
  gs_assessment_need_route_fallback, gs_assessment_need_route_check,
  gs_assessment_need_gap_from, gs_assessment_need_gap_to,
};

static const route_api ADVICE_ROUTES = {
  gs_assessment_advice_route_count, gs_assessment_advice_route_offer,
  gs_assessment_advice_route_fallback, gs_assessment_advice_route_check,
  gs_assessment_advice_gap_from, gs_assessment_advice_gap_to,
};

/* Routes (offer, provider, level, scope, what to know: indication, caregiver
 * age to check) and the gap, indented; fallback routes (care-paths.md,
 * step 4) under a heading of their own. */
static void print_routes(cli_out *out, const gs_assessment *a, gs_lang lang, const route_api *api,
                         size_t i, gs_topic topic) {
  size_t n_routes = api->count(a, i);
  int gap_from = api->gap_from(a, i), gap_to = api->gap_to(a, i);
  if (n_routes > 0) {
    cli_table t;
    cli_table_init(&t, 5);
    for (size_t r = 0; r < n_routes; r++) {
      size_t offer = api->offer(a, i, r);
      char level[32], scope_buf[64], remark[160] = "";
      if (gs_assessment_offer_indication(a, offer))
        snprintf(remark, sizeof remark, "%s",
                 CLI_TR(lang, "indicatie nodig", "indication required"));
      gs_route_check check = api->check(a, i, r);
      if (check != GS_CHECK_NONE) {
        size_t used = strlen(remark);
        snprintf(remark + used, sizeof remark - used, "%s%s", used ? "; " : "",
                 gs_code_label(GS_KIND_ROUTE_CHECK, check, lang));
      }
      snprintf(level, sizeof level, "%s %d", CLI_TR(lang, "niveau", "level"),
               gs_assessment_offer_level(a, offer));
      const char *cells[5] = {
        gs_assessment_offer_name(a, offer, lang),
        gs_assessment_offer_provider(a, offer),
        level,
        cli_scope_label(gs_assessment_offer_scope(a, offer), lang, scope_buf, sizeof scope_buf),
        remark[0] ? remark : NULL,
      };
      cli_table_row(&t, cells);
    }
    /* every route of a need is a fallback or none is (care-paths.md) */
    if (api->fallback(a, i, 0))
      cli_out_printf(out, "     %s\n",
                     CLI_TR(lang, "Mogelijk aanbod op een lager niveau, tot er ondersteuning op "
                                  "het voorgestelde niveau is:",
                            "Fallback routes, until support at the proposed level is "
                            "available:"));
    else
      cli_out_printf(out, "     %s\n",
                     CLI_TR(lang, "Mogelijk aanbod:", "Routes (possible offers):"));
    cli_table_print(&t, out, 7);
    cli_table_free(&t);
  }
  if (gap_from > 0) {
    const char *topic_label = gs_code_label(GS_KIND_TOPIC, topic, lang);
    if (gap_from == gap_to)
      cli_out_printf(out, "     %s %d %s %s %s\n",
                     CLI_TR(lang, "Witte vlek: geen aanbod op niveau",
                            "Gap: no offer at level"),
                     gap_from, CLI_TR(lang, "voor", "for"), topic_label,
                     CLI_TR(lang, "in deze gemeente", "in this municipality"));
    else
      cli_out_printf(out, "     %s %d-%d %s %s %s\n",
                     CLI_TR(lang, "Witte vlek: geen aanbod op niveau",
                            "Gap: no offer at levels"),
                     gap_from, gap_to, CLI_TR(lang, "voor", "for"), topic_label,
                     CLI_TR(lang, "in deze gemeente", "in this municipality"));
  }
}

static void print_phases(cli_out *out, const gs_assessment *a, gs_lang lang) {
  char text[128];
  snprintf(text, sizeof text, "%s (%s: %s)", CLI_TR(lang, "Levensfasen", "Life phases"),
           CLI_TR(lang, "eerste 1000 dagen", "first 1000 days"),
           gs_assessment_first_1000_days(a) ? CLI_TR(lang, "ja", "yes")
                                            : CLI_TR(lang, "nee", "no"));
  heading(out, text);
  size_t n = gs_assessment_phase_count(a);
  if (n == 0) {
    cli_out_printf(out, "  %s\n", CLI_TR(lang, "(geen: het gezin valt buiten het programma)",
                                         "(none: the family is outside the programme)"));
    return;
  }
  cli_table t;
  cli_table_init(&t, 4);
  for (size_t i = 0; i < n; i++) {
    char label[128], from[48], until[48], d[GS_DATE_BUFSIZE];
    const char *l = gs_code_label(GS_KIND_PHASE, gs_assessment_phase_code(a, i), lang);
    snprintf(label, sizeof label, "%s", l ? l : "?");
    if (label[0] >= 'a' && label[0] <= 'z')
      label[0] = (char)(label[0] - 'a' + 'A');
    gs_date f = gs_assessment_phase_from(a, i);
    const char *subject = gs_assessment_phase_subject(a, i);
    from[0] = until[0] = '\0';
    if (f != GS_DATE_NONE) {
      cli_date_text(f, lang, d, sizeof d);
      snprintf(from, sizeof from, "%s %s", CLI_TR(lang, "sinds", "since"), d);
      cli_date_text(gs_assessment_phase_until(a, i), lang, d, sizeof d);
      snprintf(until, sizeof until, "%s %s", CLI_TR(lang, "tot", "until"), d);
    } else {
      subject = CLI_TR(lang, "gezin", "family");
    }
    const char *cells[4] = { label, subject, from, until };
    cli_table_row(&t, cells);
  }
  cli_table_print(&t, out, 2);
  cli_table_free(&t);
}

static void print_moments(cli_out *out, const gs_assessment *a, gs_lang lang) {
  heading(out, CLI_TR(lang, "Signaleringsmomenten om uit te voeren of te laat",
                      "Signal moments due or overdue"));
  cli_table t;
  cli_table_init(&t, 6);
  for (size_t i = 0; i < gs_assessment_moment_count(a); i++) {
    gs_moment_status s = gs_assessment_moment_status(a, i);
    if (s != GS_MOMENT_DUE && s != GS_MOMENT_OVERDUE)
      continue;
    char due[GS_DATE_BUFSIZE], open[GS_DATE_BUFSIZE], close[GS_DATE_BUFSIZE], window[64];
    cli_date_text(gs_assessment_moment_due(a, i), lang, due, sizeof due);
    cli_date_text(gs_assessment_moment_open(a, i), lang, open, sizeof open);
    cli_date_text(gs_assessment_moment_close(a, i), lang, close, sizeof close);
    snprintf(window, sizeof window, "(%s %s %s %s)", CLI_TR(lang, "termijn", "window"), open,
             CLI_TR(lang, "t/m", "to"), close);
    const char *trigger = gs_assessment_moment_trigger(a, i);
    char after[96] = "";
    if (trigger != NULL)
      snprintf(after, sizeof after, "%s %s", CLI_TR(lang, "na contact", "after contact"),
               trigger);
    const char *cells[6] = { gs_code_label(GS_KIND_MOMENT_STATUS, s, lang), due,
                             gs_assessment_moment_label(a, i, lang),
                             gs_assessment_moment_subject(a, i), window,
                             after[0] ? after : NULL };
    cli_table_row(&t, cells);
  }
  if (t.rows == 0)
    none_line(out, lang);
  cli_table_print(&t, out, 2);
  cli_table_free(&t);
}

static void print_care_need(cli_out *out, const gs_assessment *a, gs_lang lang) {
  char text[256];
  snprintf(text, sizeof text, "%s: %s",
           CLI_TR(lang, "Voorgestelde zorgbehoefte", "Proposed care need"),
           gs_code_label(GS_KIND_CARE_NEED, gs_assessment_care_need(a), lang));
  heading(out, text);
  cli_table t;
  cli_table_init(&t, 2);
  for (size_t i = 0; i < gs_assessment_reason_count(a); i++) {
    const char *cells[2] = { gs_assessment_reason_rule(a, i),
                             gs_assessment_reason_text(a, i, lang) };
    cli_table_row(&t, cells);
  }
  cli_table_print(&t, out, 2);
  cli_table_free(&t);
}

static void print_needs(cli_out *out, const gs_assessment *a, gs_lang lang) {
  heading(out, CLI_TR(lang, "Ondersteuningsbehoeften per thema", "Support needs by topic"));
  size_t n = gs_assessment_need_count(a);
  if (n == 0)
    none_line(out, lang);
  for (size_t i = 0; i < n; i++) {
    gs_topic topic = gs_assessment_need_topic(a, i);
    int severity = gs_assessment_need_severity(a, i), level = gs_assessment_need_level(a, i);
    cli_out_printf(out, "%s%zu. ", i ? "\n  " : "  ", i + 1);
    cli_out_capital(out, gs_code_label(GS_KIND_TOPIC, topic, lang));
    cli_out_puts(out, "\n");
    cli_out_printf(out, "     %s %d (%s), %s %d: %s\n", CLI_TR(lang, "Ernst", "Severity"),
                   severity, gs_code_label(GS_KIND_SEVERITY, severity, lang),
                   CLI_TR(lang, "start op niveau", "start at level"), level,
                   gs_code_label(GS_KIND_LEVEL, level, lang));
    const char *text = gs_assessment_need_level_text(a, i, lang);
    cli_out_printf(out, "     %s %s%s%s\n", CLI_TR(lang, "Regel", "Rule"),
                   gs_assessment_need_level_rule(a, i), text ? ": " : "", text ? text : "");
    if (gs_assessment_need_new_goal(a, i))
      cli_out_printf(out, "     %s\n",
                     CLI_TR(lang, "Nog geen doel in het gezinsplan: bespreek met het gezin of er "
                                  "een doel bij komt.",
                            "No goal in the family plan yet: discuss with the family whether to "
                            "add one."));
    print_routes(out, a, lang, &NEED_ROUTES, i, topic);
  }
}

/* The topic of goal `id` of the family assessed (for the gap text). */
static gs_topic goal_topic(const gs_assessment *a, const char *id) {
  const gs_family *f = gs_assessment_family(a);
  for (size_t g = 0; id != NULL && g < gs_family_goal_count(f); g++)
    if (strcmp(gs_family_goal_id(f, g), id) == 0)
      return gs_family_goal_topic(f, g);
  return (gs_topic)0;
}

/* Whether action `id` of goal `goal` has a review counted at the as-of date
 * (the review-overdue advice counts from it, else from the action's start). */
static bool action_reviewed(const gs_assessment *a, const char *goal, const char *id) {
  const gs_family *f = gs_assessment_family(a);
  gs_date as_of = gs_assessment_as_of(a);
  for (size_t g = 0; goal != NULL && id != NULL && g < gs_family_goal_count(f); g++) {
    if (strcmp(gs_family_goal_id(f, g), goal) != 0)
      continue;
    for (size_t k = 0; k < gs_family_action_count(f, g); k++) {
      if (strcmp(gs_family_action_id(f, g, k), id) != 0)
        continue;
      for (size_t r = 0; r < gs_family_review_count(f, g, k); r++)
        if (gs_family_review_date(f, g, k, r) <= as_of)
          return true;
    }
  }
  return false;
}

static void print_advice(cli_out *out, const gs_assessment *a, gs_lang lang) {
  heading(out, CLI_TR(lang, "Advies bij het gezinsplan", "Family plan advice"));
  size_t n = gs_assessment_advice_count(a);
  if (n == 0)
    none_line(out, lang);
  for (size_t i = 0; i < n; i++) {
    const char *goal = gs_assessment_advice_goal(a, i), *action = gs_assessment_advice_action(a, i);
    char d[GS_DATE_BUFSIZE], who[160] = "";
    if (goal != NULL && action != NULL)
      snprintf(who, sizeof who, "%s %s, %s %s: ", CLI_TR(lang, "Doel", "Goal"), goal,
               CLI_TR(lang, "actie", "action"), action);
    switch (gs_assessment_advice_kind(a, i)) {
    case GS_ADVICE_OFFER_CHECK:
      cli_out_printf(out, "  %s%s '%s': %s\n", who, CLI_TR(lang, "aanbod", "offer"),
                     gs_assessment_advice_offer(a, i),
                     gs_code_label(GS_KIND_OFFER_PROBLEM, gs_assessment_advice_problem(a, i), lang));
      break;
    case GS_ADVICE_REVIEW: {
      int level = gs_assessment_advice_level(a, i);
      const char *text = gs_assessment_advice_rule_text(a, i, lang);
      cli_out_printf(out, "  %s%s: %s. %s: %s (%s %d: %s)\n", who,
                     CLI_TR(lang, "laatste evaluatie", "latest review"),
                     gs_code_label(GS_KIND_REVIEW_OUTCOME, gs_assessment_advice_review(a, i), lang),
                     CLI_TR(lang, "Voorstel", "Proposal"),
                     gs_code_label(GS_KIND_MOVE, gs_assessment_advice_move(a, i), lang),
                     CLI_TR(lang, "niveau", "level"), level,
                     gs_code_label(GS_KIND_LEVEL, level, lang));
      cli_out_printf(out, "     %s %s%s%s\n", CLI_TR(lang, "Regel", "Rule"),
                     gs_assessment_advice_rule(a, i), text ? ": " : "", text ? text : "");
      print_routes(out, a, lang, &ADVICE_ROUTES, i, goal_topic(a, goal));
      break;
    }
    case GS_ADVICE_REVIEW_OVERDUE:
      cli_date_text(gs_assessment_advice_since(a, i), lang, d, sizeof d);
      if (action_reviewed(a, goal, action))
        cli_out_printf(out, "  %s%s %s\n", who,
                       CLI_TR(lang, "evaluatie te laat; laatst geëvalueerd op",
                              "review overdue; last reviewed on"), d);
      else
        cli_out_printf(out, "  %s%s %s\n", who,
                       CLI_TR(lang, "evaluatie te laat; nog niet geëvalueerd sinds de start op",
                              "review overdue; not reviewed since its start on"), d);
      break;
    case GS_ADVICE_CONCLUSION_DIFFERS:
      cli_date_text(gs_assessment_advice_date(a, i), lang, d, sizeof d);
      cli_out_printf(out, "  %s %s %s %s; %s %s\n", CLI_TR(lang, "Op", "On"), d,
                     CLI_TR(lang, "is met het gezin afgesproken:",
                            "the care need agreed with the family was"),
                     gs_code_label(GS_KIND_CARE_NEED, gs_assessment_advice_agreed(a, i), lang),
                     CLI_TR(lang, "het voorstel is nu", "the proposal now is"),
                     gs_code_label(GS_KIND_CARE_NEED, gs_assessment_advice_proposed_now(a, i), lang));
      break;
    case GS_ADVICE_PLAN_CLOSABLE:
      cli_out_printf(out, "  %s\n",
                     CLI_TR(lang, "Het gezinsplan kan worden afgesloten: elk doel is behaald of "
                                  "gestopt en het voorstel is positieve bevestiging.",
                            "The plan can be closed: every goal is achieved or stopped and the "
                            "proposal is positive confirmation."));
      break;
    case GS_ADVICE_MELDCODE:
    case GS_ADVICE_INTEGRATED_PLAN:
      cli_out_printf(out, "  %s\n", gs_assessment_advice_text(a, i, lang));
      break;
    default:
      break;
    }
  }
}

/* The notes: what the assessment did not count (formats.md "Notes"). */
static void print_notes(cli_out *out, const gs_assessment *a, gs_lang lang) {
  size_t n = gs_assessment_note_count(a);
  if (n == 0)
    return;
  heading(out, CLI_TR(lang, "Niet meegeteld", "Not counted"));
  for (size_t i = 0; i < n; i++)
    cli_out_printf(out, "  - %s\n", gs_assessment_note_text(a, i, lang));
}

static void print_family(cli_out *out, const gs_assessment *a, const gs_pack *pack,
                         const gs_catalog *catalog, gs_lang lang, const char *lead) {
  const gs_family *f = gs_assessment_family(a);
  const char *muni = gs_family_municipality(f), *name = cli_municipality_name(muni);
  char d[GS_DATE_BUFSIZE], title[256];
  cli_date_text(gs_assessment_as_of(a), lang, d, sizeof d);
  if (name != NULL)
    snprintf(title, sizeof title, "%s %s, %s (%s), %s %s", CLI_TR(lang, "Gezin", "Family"),
             gs_family_id(f), name, muni, CLI_TR(lang, "peildatum", "as of"), d);
  else
    snprintf(title, sizeof title, "%s %s, %s, %s %s", CLI_TR(lang, "Gezin", "Family"),
             gs_family_id(f), muni, CLI_TR(lang, "peildatum", "as of"), d);
  size_t w = cli_width(title);
  cli_out_printf(out, "%s%s\n", lead, title);
  for (size_t i = 0; i < w; i++)
    cli_out_puts(out, "=");
  cli_out_printf(out, "\n%s %s %s, %s %s %s\n", CLI_TR(lang, "Regelpakket", "Pack"), gs_pack_id(pack),
                 gs_pack_version(pack), CLI_TR(lang, "catalogus", "catalogue"),
                 gs_catalog_id(catalog), gs_catalog_version(catalog));
  print_phases(out, a, lang);
  print_moments(out, a, lang);
  print_care_need(out, a, lang);
  print_needs(out, a, lang);
  print_advice(out, a, lang);
  print_notes(out, a, lang);
  gs_ph_dimension start = gs_assessment_conversation_start(a);
  if (start != 0) {
    char text[256];
    snprintf(text, sizeof text, "%s: %s %s",
             CLI_TR(lang, "Startpunt voor het gesprek (Positieve Gezondheid)",
                    "Starting point for the conversation (Positive Health)"),
             gs_code_label(GS_KIND_PH_DIMENSION, start, lang),
             CLI_TR(lang, "(laagste score)", "(lowest score)"));
    heading(out, text);
  }
}

/* ---- the command ------------------------------------------------------------- */

/* One run. The output is opened once the first dossier is open: its root
 * tells the XML writer whether the document is a single assessment. */
typedef struct assess_run {
  int format;
  gs_date as_of;
  gs_lang lang;
  bool several;                     /* more than one dossier */
  const gs_pack *pack;
  const gs_catalog *catalog;
  const char *output;
  gs_assessment *a;
  gs_assessment_writer *w;          /* for --format xml */
  cli_out out;
  bool out_open;
  const char *lead;                 /* what comes before the next family's title */
  uint64_t count;                   /* families assessed */
} assess_run;

static int start_file(void *ctx, const char *path, const gs_dossier_reader *reader) {
  assess_run *r = ctx;
  if (!r->out_open) {
    int status = cli_out_open(&r->out, r->output);
    if (status != CLI_EXIT_OK)
      return status;
    r->out_open = true;
    if (r->format == FORMAT_XML) {
      int single = !r->several && gs_dossier_reader_root_is_family(reader);
      gs_status st = gs_assessment_writer_new(&r->w, single, r->lang);
      if (st != GS_OK)
        return cli_fail(st);
    }
  }
  if (r->format == FORMAT_TEXT && r->several) {
    cli_out_printf(&r->out, "%s%s %s\n\n", r->count ? "\n\n" : "",
                   CLI_TR(r->lang, "Bestand", "File"), path);
    r->lead = "";
  }
  return CLI_EXIT_OK;
}

static gs_status assess_family(void *ctx, const gs_family *f) {
  assess_run *r = ctx;
  gs_status st = gs_assess_into(r->a, f, r->as_of, r->pack, r->catalog);
  if (st == GS_OK && r->format == FORMAT_XML) {
    st = gs_assessment_writer_add(r->w, r->a);
    size_t len;
    const char *xml = gs_assessment_writer_pending(r->w, &len);
    cli_out_write(&r->out, xml, len);
    gs_assessment_writer_clear(r->w);
  } else if (st == GS_OK) {
    print_family(&r->out, r->a, r->pack, r->catalog, r->lang, r->lead);
    r->lead = "\n\n";
  }
  if (st == GS_OK)
    r->count++;
  return st;
}

static int run(int argc, char **argv) {
  cli_common common = cli_common_init(CLI_TAKES_AS_OF | CLI_TAKES_PACK | CLI_TAKES_CATALOG |
                                      CLI_TAKES_LANG | CLI_TAKES_OUTPUT);
  int format = FORMAT_TEXT;
  cli_args args;
  int status = cli_parse(&cli_cmd_assess, argc, argv, OPTIONS, on_option, &format, &common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (args.n_operands == 0) {
    cli_args_free(&args);
    return cli_usage_error(&cli_cmd_assess, "no DOSSIER given");
  }
  assess_run r;
  memset(&r, 0, sizeof r);
  r.format = format;
  r.as_of = cli_as_of(&common);
  /* the report is for people: in the language of the environment unless
   * --lang says otherwise; XML carries reason texts only when asked */
  r.lang = common.lang != GS_LANG_NONE ? common.lang
           : format == FORMAT_TEXT     ? cli_env_lang()
                                       : GS_LANG_NONE;
  r.several = args.n_operands > 1;
  r.output = common.output;
  r.lead = "";

  gs_pack *pack = NULL;
  gs_catalog *catalog = NULL;
  gs_status st;
  if ((status = cli_load_pack(common.pack, &pack)) != CLI_EXIT_OK ||
      (status = cli_load_catalog(common.catalog, &catalog)) != CLI_EXIT_OK)
    goto done;
  r.pack = pack;
  r.catalog = catalog;
  if ((st = gs_assessment_new(&r.a)) != GS_OK) {
    status = cli_fail(st);
    goto done;
  }
  status = cli_read_families(&args, start_file, assess_family, &r);
  if (status == CLI_EXIT_OK && r.w != NULL) {
    if ((st = gs_assessment_writer_end(r.w)) != GS_OK) {
      status = cli_fail(st);
    } else {
      size_t len;
      const char *xml = gs_assessment_writer_pending(r.w, &len);
      cli_out_write(&r.out, xml, len);
    }
  }
  if (r.out_open)
    status = cli_out_finish(&r.out, status);
done:
  gs_assessment_writer_free(r.w);
  gs_assessment_free(r.a);
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  cli_args_free(&args);
  return status;
}

const cli_command cli_cmd_assess = {
  "assess",
  "[--as-of DATE] [--pack FILE] [--catalog FILE] [--lang nl|en]\n"
  "                         [--format text|xml] [-o FILE] DOSSIER...",
  "Assess every family: phases, moments, care need and reasons, needs, routes, advice, notes.",
  "Options:\n"
  "  --as-of DATE       assess as the families stood on DATE (YYYY-MM-DD);\n"
  "                     default: today\n"
  "  --pack FILE        a pack file (its decisions file beside it); default: the\n"
  "                     embedded default pack\n"
  "  --catalog FILE     a care-path catalogue; default: the embedded Veenkolonien\n"
  "                     catalogue\n"
  "  --lang nl|en       language of the report and of reason texts; default for\n"
  "                     text: nl when LC_ALL, LC_MESSAGES or LANG starts with nl,\n"
  "                     else en; XML carries reason texts only with --lang\n"
  "  --format text|xml  text: a report for people (default); xml: the assessment\n"
  "                     vocabulary (root assessment for one dossier whose root is\n"
  "                     family, else assessments with every family in order)\n"
  "  -o, --output FILE  write to FILE (atomically) instead of standard output\n"
  "\n"
  "Dossiers are read as a stream, family by family, in flat memory. The first\n"
  "family that does not load stops the run with status 2 (use 'goedestart\n"
  "validate' to list every error).\n",
  run,
};
