/*
 * goedestart rules - a pack's rules as Markdown: its identity, parameters,
 * schedule of signal moments, moment statuses and decision tables, rule by
 * rule with their Dutch and English reasons. docs/rules.md embeds this
 * output for the default pack (tests/check-rules-doc.py keeps them equal).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Writes s as the text of a Markdown table cell: a newline becomes a space,
 * `|` and the characters that would start emphasis, a link or HTML are
 * escaped, so the cell shows s as it is. NULL or "" gives "-". */
static void put_cell_text(cli_out *out, const char *s) {
  if (s == NULL || *s == '\0') {
    cli_out_puts(out, "-");
    return;
  }
  for (; *s; s++) {
    char c = *s;
    if (c == '\n' || c == '\r' || c == '\t')
      cli_out_puts(out, " ");
    else if (strchr("\\|*_<>[]`", c) != NULL) {
      char esc[3] = { '\\', c, '\0' };
      cli_out_puts(out, esc);
    } else
      cli_out_write(out, &c, 1);
  }
}

static void put_code_raw(cli_out *out, const char *s) {
  for (; *s; s++) {
    char c = *s;
    if (c == '|')
      cli_out_puts(out, "\\|");
    else if (c == '\n' || c == '\r' || c == '\t')
      cli_out_puts(out, " ");
    else
      cli_out_write(out, &c, 1);
  }
}

/* Writes a, followed by ": " and b when b is not NULL, as code in a table
 * cell: `a: b`, with `|` escaped (GFM tables) and a longer fence when the
 * text holds a backtick. */
static void put_code_pair(cli_out *out, const char *a, const char *b) {
  bool tick = strchr(a, '`') != NULL || (b != NULL && strchr(b, '`') != NULL);
  cli_out_puts(out, tick ? "`` " : "`");
  put_code_raw(out, a);
  if (b != NULL) {
    cli_out_puts(out, ": ");
    put_code_raw(out, b);
  }
  cli_out_puts(out, tick ? " ``" : "`");
}

static void put_cell_code(cli_out *out, const char *s) { put_code_pair(out, s, NULL); }

/* The header row and separator of a Markdown table. */
static void put_head(cli_out *out, const char *const *cols, size_t n) {
  for (size_t i = 0; i < n; i++) {
    cli_out_puts(out, "| ");
    put_cell_text(out, cols[i]);
    cli_out_puts(out, " ");
  }
  cli_out_puts(out, "|\n");
  for (size_t i = 0; i < n; i++)
    cli_out_puts(out, "|---");
  cli_out_puts(out, "|\n");
}

static void put_sep(cli_out *out) { cli_out_puts(out, " | "); }

/* A code's label, or "-" for 0. */
static const char *label_or_none(gs_kind kind, int code, gs_lang lang) {
  const char *label = code ? gs_code_label(kind, code, lang) : NULL;
  return label ? label : "-";
}

static void print_identity(cli_out *out, const gs_pack *pack, gs_lang lang) {
  cli_out_printf(out, "## %s %s %s\n\n", CLI_TR(lang, "Pakket", "Pack"), gs_pack_id(pack),
                 gs_pack_version(pack));
  const char *head[2] = { CLI_TR(lang, "eigenschap", "property"),
                          CLI_TR(lang, "waarde", "value") };
  put_head(out, head, 2);
  const char *rows[][2] = {
    { "id", gs_pack_id(pack) },
    { CLI_TR(lang, "versie", "version"), gs_pack_version(pack) },
    { CLI_TR(lang, "titel", "title"), gs_pack_title(pack, lang) },
    { CLI_TR(lang, "beslisregels", "decisions file"), gs_pack_decisions_file(pack) },
    { "SHA-256", gs_pack_sha256(pack) },
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    cli_out_puts(out, "| ");
    put_cell_text(out, rows[i][0]);
    put_sep(out);
    if (i == 2)
      put_cell_text(out, rows[i][1]);
    else
      put_cell_code(out, rows[i][1]);
    cli_out_puts(out, " |\n");
  }
}

/* What each parameter means (spec/formats.md "Pack"); a name the library
 * adds later without an entry here shows "-". */
static const struct {
  const char *name, *nl, *en;
} PARAM_TEXT[] = {
  { "phase.child-5-12.from-years", "leeftijd (jaren) waarop fase Kind 4-12 jaar begint",
    "age (years) at which the phase Child 4-12 years starts" },
  { "phase.child-13-19.from-years", "leeftijd (jaren) waarop fase Kind 13-19 jaar begint",
    "age (years) at which the phase Child 13-19 years starts" },
  { "phase.end-years", "leeftijd (jaren) waarop de laatste fase eindigt",
    "age (years) at which the last phase ends" },
  { "valid.dmop", "dagen dat een DMOP-score en een consultstatus meetellen",
    "days a DMOP rating and a consult status count" },
  { "valid.giz", "dagen dat een GIZ-score meetelt", "days a GIZ rating counts" },
  { "valid.help", "dagen dat een hulpvraag meetelt", "days a request for help counts" },
  { "valid.zrm", "dagen dat een ZRM-score meetelt", "days a ZRM score counts" },
  { "valid.positive-health", "dagen dat een score Positieve Gezondheid meetelt",
    "days a Positive Health score counts" },
  { "valid.signal", "dagen dat een signaal meetelt", "days a signal counts" },
  { "schedule.horizon", "dagen vooruit waarin signaalmomenten worden getoond",
    "days ahead in which signal moments are listed" },
  { "schedule.history", "dagen terug waarin signaalmomenten worden getoond",
    "days back in which signal moments are listed" },
  { "route.max", "hoogste aantal aanbiedingen per ondersteuningsbehoefte",
    "most offers listed per need" },
  { "plan.review-days", "dagen na de laatste evaluatie waarna een evaluatie te laat is",
    "days after the last review after which a review is overdue" },
  { "plan.priorities", "aantal prioriteiten van het gezinsplan",
    "number of priorities of the family plan" },
};

static const char *param_text(const char *name, gs_lang lang) {
  for (size_t i = 0; i < sizeof PARAM_TEXT / sizeof PARAM_TEXT[0]; i++)
    if (strcmp(PARAM_TEXT[i].name, name) == 0)
      return CLI_TR(lang, PARAM_TEXT[i].nl, PARAM_TEXT[i].en);
  return NULL;
}

static void print_parameters(cli_out *out, const gs_pack *pack, gs_lang lang) {
  cli_out_printf(out, "\n### %s\n\n", CLI_TR(lang, "Parameters", "Parameters"));
  cli_out_printf(out, "%s\n\n",
                 CLI_TR(lang,
                        "Een parameter die het pakket niet zet, heeft de standaardwaarde.",
                        "A parameter the pack does not set has its default value."));
  const char *head[3] = { CLI_TR(lang, "parameter", "parameter"),
                          CLI_TR(lang, "waarde", "value"),
                          CLI_TR(lang, "betekenis", "meaning") };
  put_head(out, head, 3);
  for (size_t i = 0; i < gs_pack_param_count(); i++) {
    const char *name = gs_pack_param_name(i);
    int value = 0;
    if (name == NULL || gs_pack_param(pack, name, &value) != GS_OK)
      continue;
    cli_out_puts(out, "| ");
    put_cell_code(out, name);
    cli_out_printf(out, " | %d | ", value);
    put_cell_text(out, param_text(name, lang));
    cli_out_puts(out, " |\n");
  }
}

static void print_schedule(cli_out *out, const gs_pack *pack, gs_lang lang) {
  cli_out_printf(out, "\n### %s\n\n", CLI_TR(lang, "Schema van signaalmomenten",
                                           "Schedule of signal moments"));
  cli_out_printf(out, "%s\n\n",
                 CLI_TR(lang,
                        "In volgorde van het pakket. De vier termijnen zijn dagen vanaf het "
                        "anker: open (vanaf wanneer het moment kan), uitvoeren (streefdag), "
                        "te laat (na deze dag) en sluit (daarna verlopen).",
                        "In the pack's order. The four offsets are days from the anchor: open "
                        "(the first day the moment can be held), due (the target day), overdue "
                        "(overdue after this day) and close (missed after this day)."));
  const char *head[13] = {
    "id",
    CLI_TR(lang, "fase", "phase"),
    CLI_TR(lang, "setting", "setting"),
    CLI_TR(lang, "anker", "anchor"),
    CLI_TR(lang, "aanleiding", "trigger"),
    CLI_TR(lang, "instrumenten", "instruments"),
    CLI_TR(lang, "open", "open"),
    CLI_TR(lang, "uitvoeren", "due"),
    CLI_TR(lang, "te laat", "overdue"),
    CLI_TR(lang, "sluit", "close"),
    CLI_TR(lang, "voorwaarde", "condition"),
    "BDS",
    CLI_TR(lang, "omschrijving", "label"),
  };
  put_head(out, head, 13);
  for (size_t i = 0; i < gs_pack_moment_count(pack); i++) {
    cli_out_puts(out, "| ");
    put_cell_code(out, gs_pack_moment_id(pack, i));
    put_sep(out);
    put_cell_text(out, label_or_none(GS_KIND_PHASE, gs_pack_moment_phase(pack, i), lang));
    put_sep(out);
    put_cell_text(out, label_or_none(GS_KIND_SETTING, gs_pack_moment_setting(pack, i), lang));
    put_sep(out);
    put_cell_text(out, label_or_none(GS_KIND_ANCHOR, gs_pack_moment_anchor(pack, i), lang));
    put_sep(out);
    put_cell_text(out, label_or_none(GS_KIND_TRIGGER, gs_pack_moment_trigger(pack, i), lang));
    put_sep(out);
    const char *instruments = gs_pack_moment_instruments(pack, i);
    if (instruments != NULL && *instruments != '\0')
      put_cell_code(out, instruments);
    else
      cli_out_puts(out, "-");
    cli_out_printf(out, " | %d | %d | %d | %d | ", gs_pack_moment_open(pack, i),
                   gs_pack_moment_due(pack, i), gs_pack_moment_overdue(pack, i),
                   gs_pack_moment_close(pack, i));
    int condition = gs_pack_moment_condition(pack, i);
    if (condition) {
      cli_out_printf(out, "%s ", CLI_TR(lang, "zorgbehoefte minstens", "care need at least"));
      put_cell_text(out, label_or_none(GS_KIND_CARE_NEED, condition, lang));
    } else
      cli_out_puts(out, "-");
    put_sep(out);
    const char *bds = gs_pack_moment_bds(pack, i);
    if (bds != NULL)
      put_cell_code(out, bds);
    else
      cli_out_puts(out, "-");
    put_sep(out);
    put_cell_text(out, gs_pack_moment_label(pack, i, lang));
    cli_out_puts(out, " |\n");
  }
}

static void print_statuses(cli_out *out, gs_lang lang) {
  cli_out_printf(out, "\n### %s\n\n", CLI_TR(lang, "Status van een signaalmoment",
                                           "Moment statuses"));
  cli_out_printf(out, "%s\n\n",
                 CLI_TR(lang, "De eerste die past, in deze volgorde.",
                        "The first that applies, in this order."));
  /* when each status holds (spec/schedule.md "Status at an as-of date") */
  static const struct {
    int status;
    const char *nl, *en;
  } STATUSES[] = {
    { GS_MOMENT_DONE, "een contact binnen de termijn hoort bij dit moment",
      "a contact in the window satisfies the moment" },
    { GS_MOMENT_NOT_APPLICABLE,
      "de voorwaarde geldt niet, de termijn sloot vóór de inschrijving, de zwangerschap "
      "eindigde uiterlijk op de laatste dag van uitvoeren, of het anker bestaat nog niet",
      "its condition is false, the window closed before enrolment, the pregnancy ended by "
      "the last due day, or the anchor does not exist yet" },
    { GS_MOMENT_UPCOMING, "de peildatum ligt voor anker + open",
      "the as-of date is before anchor + open" },
    { GS_MOMENT_DUE, "de peildatum ligt uiterlijk op anker + te laat",
      "the as-of date is on or before anchor + overdue" },
    { GS_MOMENT_OVERDUE, "de peildatum ligt uiterlijk op anker + sluit",
      "the as-of date is on or before anchor + close" },
    { GS_MOMENT_MISSED, "de peildatum ligt na anker + sluit",
      "the as-of date is after anchor + close" },
  };
  const char *head[3] = { CLI_TR(lang, "status", "status"), CLI_TR(lang, "naam", "label"),
                          CLI_TR(lang, "wanneer", "when") };
  put_head(out, head, 3);
  for (size_t i = 0; i < sizeof STATUSES / sizeof STATUSES[0]; i++) {
    cli_out_puts(out, "| ");
    put_cell_code(out, gs_code_token(GS_KIND_MOMENT_STATUS, STATUSES[i].status));
    put_sep(out);
    put_cell_text(out, gs_code_label(GS_KIND_MOMENT_STATUS, STATUSES[i].status, lang));
    put_sep(out);
    put_cell_text(out, CLI_TR(lang, STATUSES[i].nl, STATUSES[i].en));
    cli_out_puts(out, " |\n");
  }
}

static const char *hit_policy_name(gs_hit_policy hp) {
  switch (hp) {
  case GS_HIT_UNIQUE: return "UNIQUE";
  case GS_HIT_FIRST: return "FIRST";
  case GS_HIT_PRIORITY: return "PRIORITY";
  case GS_HIT_ANY: return "ANY";
  case GS_HIT_RULE_ORDER: return "RULE ORDER";
  case GS_HIT_OUTPUT_ORDER: return "OUTPUT ORDER";
  default: return "COLLECT";
  }
}

static const char *aggregation_name(gs_aggregation ag) {
  switch (ag) {
  case GS_AGGREGATION_SUM: return " SUM";
  case GS_AGGREGATION_COUNT: return " COUNT";
  case GS_AGGREGATION_MIN: return " MIN";
  case GS_AGGREGATION_MAX: return " MAX";
  default: return "";
  }
}

static const char *type_name(gs_value_type t) {
  switch (t) {
  case GS_VALUE_NUMBER: return "number";
  case GS_VALUE_STRING: return "string";
  case GS_VALUE_BOOL: return "boolean";
  default: return "-";
  }
}

/* The code kind of the library's table outputs, for their labels; 0 for
 * an output the library does not read. */
static gs_kind output_kind(const char *name) {
  if (strcmp(name, "care_need") == 0)
    return GS_KIND_CARE_NEED;
  if (strcmp(name, "level") == 0)
    return GS_KIND_LEVEL;
  if (strcmp(name, "move") == 0)
    return GS_KIND_MOVE;
  return 0;
}

/* The output literal of a rule, with the code's label when it is one. */
static void put_output(cli_out *out, const gs_decision *d, size_t rule, size_t o, gs_lang lang) {
  const char *text = gs_decision_rule_output_text(d, rule, o);
  if (text == NULL || *text == '\0') {
    cli_out_puts(out, "-");
    return;
  }
  put_cell_code(out, text);
  gs_kind kind = output_kind(gs_decision_output_name(d, o));
  if (kind == 0)
    return;
  char token[64];
  size_t len = strlen(text);
  if (len >= 2 && text[0] == '"' && text[len - 1] == '"' && len - 2 < sizeof token) {
    memcpy(token, text + 1, len - 2);
    token[len - 2] = '\0';
  } else if (len < sizeof token)
    memcpy(token, text, len + 1);
  else
    return;
  int code = 0;
  const char *label;
  bool digits = token[0] != '\0';
  for (const char *t = token; *t; t++)
    digits = digits && *t >= '0' && *t <= '9' && t - token < 4;
  if (gs_code_parse(kind, token, &code) != GS_OK && digits)
    code = atoi(token);
  if (code != 0 &&
      (label = gs_code_label(kind, code, lang)) != NULL) {
    cli_out_puts(out, " (");
    put_cell_text(out, label);
    cli_out_puts(out, ")");
  }
}

static void print_decision(cli_out *out, const gs_decision *d, gs_lang lang) {
  const char *id = gs_decision_id(d), *name = gs_decision_name(d);
  cli_out_printf(out, "\n### %s `%s`", CLI_TR(lang, "Beslistabel", "Decision table"), id);
  if (*name)
    cli_out_printf(out, ": %s", name);
  cli_out_printf(out, "\n\n%s: %s%s. %s\n\n", CLI_TR(lang, "Hit policy", "Hit policy"),
                 hit_policy_name(gs_decision_hit_policy(d)),
                 aggregation_name(gs_decision_aggregation(d)),
                 CLI_TR(lang, "Invoer en uitvoer:", "Inputs and outputs:"));
  const char *head[4] = { CLI_TR(lang, "kolom", "column"), CLI_TR(lang, "naam", "name"),
                          CLI_TR(lang, "type", "type"),
                          CLI_TR(lang, "toegestane waarden", "allowed values") };
  put_head(out, head, 4);
  size_t n_in = gs_decision_input_count(d), n_out = gs_decision_output_count(d);
  for (size_t i = 0; i < n_in; i++) {
    cli_out_printf(out, "| %s | ", CLI_TR(lang, "invoer", "input"));
    put_cell_code(out, gs_decision_input_name(d, i));
    cli_out_printf(out, " | %s | ", type_name(gs_decision_input_type(d, i)));
    const char *values = gs_decision_input_values(d, i);
    if (values != NULL && *values != '\0')
      put_cell_code(out, values);
    else
      cli_out_puts(out, CLI_TR(lang, "alle", "any"));
    cli_out_puts(out, " |\n");
  }
  for (size_t o = 0; o < n_out; o++) {
    const char *oname = gs_decision_output_name(d, o);
    cli_out_printf(out, "| %s | ", CLI_TR(lang, "uitvoer", "output"));
    if (*oname)
      put_cell_code(out, oname);
    else
      cli_out_puts(out, "-");
    cli_out_printf(out, " | %s | - |\n", type_name(gs_decision_output_type(d, o)));
  }

  size_t n_rules = gs_decision_rule_count(d);
  cli_out_printf(out, "\n%zu %s. %s\n\n", n_rules,
                 n_rules == 1 ? CLI_TR(lang, "regel", "rule") : CLI_TR(lang, "regels", "rules"),
                 CLI_TR(lang,
                        "Onder \"als\" staan alleen de invoerkolommen met een test; de andere "
                        "(`-`) passen op elke waarde.",
                        "Under \"when\" only the inputs with a test are listed; the others (`-`) "
                        "match any value."));
  cli_out_printf(out, "| %s | %s |", CLI_TR(lang, "regel", "rule"), CLI_TR(lang, "als", "when"));
  for (size_t o = 0; o < n_out; o++) {
    const char *oname = gs_decision_output_name(d, o);
    cli_out_puts(out, " ");
    if (*oname)
      put_cell_code(out, oname);
    else
      cli_out_puts(out, CLI_TR(lang, "uitvoer", "output"));
    cli_out_puts(out, " |");
  }
  cli_out_printf(out, " %s | %s |\n", CLI_TR(lang, "reden (nl)", "reason (nl)"),
                 CLI_TR(lang, "reden (en)", "reason (en)"));
  for (size_t c = 0; c < n_out + 4; c++)
    cli_out_puts(out, "|---");
  cli_out_puts(out, "|\n");
  for (size_t r = 0; r < n_rules; r++) {
    cli_out_puts(out, "| ");
    const char *rid = gs_decision_rule_id(d, r);
    if (rid != NULL && *rid)
      put_cell_code(out, rid);
    else
      cli_out_printf(out, "%zu", r + 1);
    put_sep(out);
    bool any_test = false;
    for (size_t i = 0; i < n_in; i++) {
      const char *test = gs_decision_rule_input_text(d, r, i);
      if (test == NULL || strcmp(test, "-") == 0 || *test == '\0')
        continue;
      if (any_test)
        cli_out_puts(out, "; ");
      any_test = true;
      put_code_pair(out, gs_decision_input_name(d, i), test);
    }
    if (!any_test)
      cli_out_puts(out, CLI_TR(lang, "altijd", "always"));
    for (size_t o = 0; o < n_out; o++) {
      put_sep(out);
      put_output(out, d, r, o, lang);
    }
    put_sep(out);
    put_cell_text(out, gs_decision_rule_text(d, r, GS_LANG_NL));
    put_sep(out);
    put_cell_text(out, gs_decision_rule_text(d, r, GS_LANG_EN));
    cli_out_puts(out, " |\n");
  }
}

static void print_rules(cli_out *out, const gs_pack *pack, gs_lang lang) {
  print_identity(out, pack, lang);
  print_parameters(out, pack, lang);
  print_schedule(out, pack, lang);
  print_statuses(out, lang);
  for (size_t i = 0; i < gs_pack_decision_count(pack); i++)
    print_decision(out, gs_pack_decision_at(pack, i), lang);
}

static int run(int argc, char **argv) {
  cli_common common = cli_common_init(CLI_TAKES_PACK | CLI_TAKES_LANG | CLI_TAKES_OUTPUT);
  cli_args args;
  int status = cli_parse(&cli_cmd_rules, argc, argv, NULL, NULL, NULL, &common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if ((status = cli_no_operands(&args)) != CLI_EXIT_OK)
    return status;
  gs_lang lang = cli_lang(&common);
  gs_pack *pack = NULL;
  if ((status = cli_load_pack(common.pack, &pack)) != CLI_EXIT_OK)
    return status;
  cli_out out;
  status = cli_out_open(&out, common.output);
  if (status == CLI_EXIT_OK) {
    print_rules(&out, pack, lang);
    status = cli_out_commit(&out);
  }
  gs_pack_free(pack);
  return status;
}

const cli_command cli_cmd_rules = {
  "rules",
  "[--pack FILE] [--lang nl|en] [-o FILE]",
  "Print a pack's parameters, schedule and decision tables as Markdown.",
  "Options:\n"
  "  --pack FILE            a pack; default: the embedded default pack (the\n"
  "                         library's default rules, built from the programme\n"
  "                         documents)\n"
  "  --lang nl|en           language of the headings and labels; default from\n"
  "                         LC_ALL, LC_MESSAGES, LANG (every rule shows both its\n"
  "                         Dutch and its English reason)\n"
  "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
  "\n"
  "Prints the pack's identity, its parameters, its schedule of signal moments,\n"
  "the moment statuses and every decision table with its inputs, outputs and\n"
  "rules. docs/rules.md embeds this output for the default pack.\n",
  run,
};
