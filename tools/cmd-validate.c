/*
 * goedestart validate - check dossiers, packs and catalogues.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The vocabulary is told by the namespace of the root element, read from
 * the start of the file by a small scanner (the tool uses the public API
 * only, which has no "what is this file" call). Dossiers are read with the
 * streaming reader, which carries on after an error inside one family, so
 * every bad family is reported; an error in the XML itself ends the file.
 * Packs (with the decisions file beside them) and catalogues are loaded
 * whole, and their loaders stop at the first error.
 *
 * Warnings (the file is valid, but something will not count as the writer
 * may think): a screening finding that belongs to no pregnancy (model.md:
 * no or several pregnancies in phase 3 on the contact's date for its
 * subject), and a contact whose moment is not in the pack's schedule (it
 * satisfies no moment).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

enum { OPT_QUIET = 1 };

/* and --pack (cli_common) */
static const cli_option OPTIONS[] = {
  { "quiet", 'q', false, OPT_QUIET },
  { NULL, 0, false, 0 },
};

static int on_option(void *quiet, int id, const char *value) {
  (void)id; /* the only option of its own: --quiet */
  (void)value;
  *(bool *)quiet = true;
  return CLI_EXIT_OK;
}

/* ---- telling the vocabulary ---------------------------------------------- */

enum { VOC_UNKNOWN, VOC_DOSSIER, VOC_PACK, VOC_CATALOG, VOC_DMN, VOC_OUTPUT };

typedef struct sniff {
  int vocabulary;
  char root[128];
  char ns[256];
  int line, col;            /* of the root element, or of the problem */
  const char *problem;      /* why no root element was found */
} sniff;

static void position(const char *buf, size_t upto, int *line, int *col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < upto; i++) {
    if (buf[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool is_name_end(char c) {
  return is_space(c) || c == '/' || c == '>' || c == '=' || c == '\0';
}

/* Finds the root element of the XML in buf[0..len) and its namespace. */
static void sniff_root(const char *buf, size_t len, sniff *s) {
  memset(s, 0, sizeof *s);
  size_t i = 0;
  if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  for (;;) {
    while (i < len && is_space(buf[i]))
      i++;
    if (i >= len) {
      s->problem = "no root element (the file is empty or holds only a prolog)";
      break;
    }
    if (buf[i] != '<') {
      s->problem = "not an XML document: text before the root element";
      break;
    }
    const char *end = NULL; /* the last character of the construct */
    if (strncmp(buf + i, "<?", 2) == 0) {
      end = strstr(buf + i, "?>");
      end = end ? end + 1 : NULL;
    } else if (strncmp(buf + i, "<!--", 4) == 0) {
      end = strstr(buf + i, "-->");
      end = end ? end + 2 : NULL;
    } else if (strncmp(buf + i, "<!", 2) == 0) {
      /* DOCTYPE: skip it, with an internal subset in brackets; the loader
       * rejects it with its position */
      int depth = 0;
      for (size_t k = i + 2; k < len; k++) {
        if (buf[k] == '[')
          depth++;
        else if (buf[k] == ']')
          depth--;
        else if (buf[k] == '>' && depth <= 0) {
          end = buf + k;
          break;
        }
      }
    } else {
      /* the root element */
      position(buf, i, &s->line, &s->col);
      size_t n = 0, k = i + 1;
      while (k < len && !is_name_end(buf[k]) && n + 1 < sizeof s->root)
        s->root[n++] = buf[k++];
      s->root[n] = '\0';
      const char *colon = strchr(s->root, ':');
      char want[160];
      if (colon != NULL)
        snprintf(want, sizeof want, "xmlns:%.*s", (int)(colon - s->root), s->root);
      else
        snprintf(want, sizeof want, "xmlns");
      /* attributes up to the end of the start tag */
      while (k < len && buf[k] != '>') {
        while (k < len && is_space(buf[k]))
          k++;
        size_t a = k;
        while (k < len && !is_name_end(buf[k]))
          k++;
        size_t alen = k - a;
        while (k < len && is_space(buf[k]))
          k++;
        if (k >= len || buf[k] != '=') {
          k++;
          continue;
        }
        k++;
        while (k < len && is_space(buf[k]))
          k++;
        if (k >= len || (buf[k] != '"' && buf[k] != '\''))
          break;
        char q = buf[k++];
        size_t v = k;
        while (k < len && buf[k] != q)
          k++;
        if (alen == strlen(want) && strncmp(buf + a, want, alen) == 0)
          snprintf(s->ns, sizeof s->ns, "%.*s", (int)(k - v), buf + v);
        k++;
      }
      return;
    }
    if (end == NULL) {
      s->problem = "the prolog does not end";
      break;
    }
    i = (size_t)(end - buf) + 1;
  }
  position(buf, i < len ? i : len, &s->line, &s->col);
}

static int vocabulary_of(const char *ns) {
  if (strncmp(ns, "urn:goedestart:dossier:", 23) == 0)
    return VOC_DOSSIER;
  if (strncmp(ns, "urn:goedestart:pack:", 20) == 0)
    return VOC_PACK;
  if (strncmp(ns, "urn:goedestart:catalog:", 23) == 0)
    return VOC_CATALOG;
  if (strncmp(ns, "urn:goedestart:assessment:", 26) == 0 ||
      strncmp(ns, "urn:goedestart:gaps:", 20) == 0)
    return VOC_OUTPUT;
  if (strstr(ns, "omg.org/spec/DMN/") != NULL)
    return VOC_DMN;
  return VOC_UNKNOWN;
}

/* ---- dossiers ----------------------------------------------------------------- */

typedef struct counts {
  uint64_t families, bad, errors, warnings;
} counts;

static bool is_pregnancy(const gs_family *f, const char *id) {
  for (size_t i = 0; i < gs_family_pregnancy_count(f); i++)
    if (strcmp(gs_family_pregnancy_id(f, i), id) == 0)
      return true;
  return false;
}

static const char *caregiver_of(const gs_family *f, const char *pregnancy) {
  for (size_t i = 0; i < gs_family_pregnancy_count(f); i++)
    if (strcmp(gs_family_pregnancy_id(f, i), pregnancy) == 0)
      return gs_family_pregnancy_caregiver(f, i);
  return NULL;
}

static bool is_caregiver(const gs_family *f, const char *id) {
  for (size_t i = 0; i < gs_family_caregiver_count(f); i++)
    if (strcmp(gs_family_caregiver_id(f, i), id) == 0)
      return true;
  return false;
}

static void warn(const char *path, const gs_family *f, const char *contact, counts *c,
                 const char *message) {
  fprintf(stderr, "%s: warning: family %s: contact %s: %s\n", path, gs_family_id(f), contact,
          message);
  c->warnings++;
}

static gs_status family_warnings(const char *path, const gs_family *f, const gs_pack *pack,
                                 counts *c) {
  for (size_t k = 0; k < gs_family_contact_count(f); k++) {
    const char *contact = gs_family_contact_id(f, k);
    const char *moment = gs_family_contact_moment(f, k);
    size_t index;
    if (strcmp(moment, "ad-hoc") != 0 && gs_pack_moment_find(pack, moment, &index) != GS_OK) {
      char msg[256];
      snprintf(msg, sizeof msg,
               "moment '%s' is not in the schedule of pack %s, so the contact satisfies no "
               "moment (its findings still count)", moment, gs_pack_id(pack));
      warn(path, f, contact, c, msg);
    }
    bool screening = false;
    for (size_t j = 0; j < gs_family_finding_count(f, k) && !screening; j++)
      screening = gs_family_finding_kind(f, k, j) == GS_FINDING_SCREENING;
    const char *subject = gs_family_contact_subject(f, k);
    if (!screening || (subject != NULL && is_pregnancy(f, subject)))
      continue;
    /* model.md: the subject's (caregiver) or the family's only pregnancy in
     * phase 3 on the contact's date */
    gs_date date = gs_family_contact_date(f, k);
    gs_phases *ph = NULL;
    gs_status st = gs_phases_new(&ph, f, date, pack);
    if (st != GS_OK)
      return st;
    bool by_caregiver = subject != NULL && is_caregiver(f, subject);
    size_t candidates = 0;
    char names[160] = "";
    for (size_t i = 0; i < gs_phases_count(ph); i++) {
      if (gs_phases_code(ph, i) != GS_PHASE_PREGNANCY_BIRTH)
        continue;
      const char *preg = gs_phases_subject(ph, i);
      const char *cg = caregiver_of(f, preg);
      if (by_caregiver && (cg == NULL || strcmp(cg, subject) != 0))
        continue;
      candidates++;
      size_t used = strlen(names);
      snprintf(names + used, sizeof names - used, "%s%s", used ? ", " : "", preg);
    }
    gs_phases_free(ph);
    if (candidates == 1)
      continue;
    char d[GS_DATE_BUFSIZE];
    gs_date_format(date, d, sizeof d);
    char why[256];
    if (candidates == 0)
      snprintf(why, sizeof why, "no pregnancy %sis in phase pregnancy-birth on %s",
               by_caregiver ? "of this caregiver " : "", d);
    else
      snprintf(why, sizeof why, "%zu pregnancies are in phase pregnancy-birth on %s (%s)",
               candidates, d, names);
    char msg[512];
    snprintf(msg, sizeof msg,
             "its screening findings belong to no pregnancy: %s; the assessment ignores them "
             "(record the contact with the pregnancy as its subject)", why);
    warn(path, f, contact, c, msg);
  }
  return GS_OK;
}

static int validate_dossier(const char *path, const gs_pack *pack, bool quiet) {
  gs_dossier_reader *r = NULL;
  gs_status st = gs_dossier_reader_open_file(&r, path);
  if (st != GS_OK)
    return cli_fail(st);
  counts c = { 0, 0, 0, 0 };
  int status = CLI_EXIT_OK;
  for (;;) {
    gs_family *f = NULL;
    st = gs_dossier_reader_next(r, &f);
    if (st == GS_OK && f == NULL)
      break;
    if (st == GS_OK) {
      c.families++;
      st = family_warnings(path, f, pack, &c);
      gs_family_free(f);
      if (st != GS_OK) {
        status = cli_fail(st);
        break;
      }
      continue;
    }
    if (st == GS_ESTATE)
      break; /* after an error in the XML itself the reader stops; it was reported */
    cli_fail(st);
    c.errors++;
    if (st != GS_EPARSE) {
      status = cli_exit_for(st);
      break;
    }
    c.families++;
    c.bad++;
  }
  gs_dossier_reader_free(r);
  if (status == CLI_EXIT_OK && c.errors > 0)
    status = CLI_EXIT_INVALID;
  if (!quiet && status == CLI_EXIT_OK)
    printf("%s: valid dossier, %llu %s%s\n", path, (unsigned long long)c.families,
           c.families == 1 ? "family" : "families", c.warnings ? " (with warnings)" : "");
  else if (!quiet && status == CLI_EXIT_INVALID)
    printf("%s: invalid dossier: %llu %s\n", path, (unsigned long long)c.errors,
           c.errors == 1 ? "error" : "errors");
  return status;
}

/* ---- the command ----------------------------------------------------------------- */

static int validate_file(const char *path, const gs_pack *pack, bool quiet) {
  FILE *fp = fopen(path, "rb");
  if (fp == NULL)
    return cli_file_error(CLI_EXIT_IO, path, "cannot open: %s", strerror(errno));
  static char buf[65536];
  size_t len = fread(buf, 1, sizeof buf - 1, fp);
  bool err = ferror(fp) != 0;
  fclose(fp);
  if (err)
    return cli_file_error(CLI_EXIT_IO, path, "read failed");
  buf[len] = '\0';
  sniff s;
  sniff_root(buf, len, &s);
  if (s.problem != NULL) {
    fprintf(stderr, "%s:%d:%d: %s\n", path, s.line, s.col, s.problem);
    return CLI_EXIT_INVALID;
  }
  s.vocabulary = vocabulary_of(s.ns);
  switch (s.vocabulary) {
  case VOC_DOSSIER:
    return validate_dossier(path, pack, quiet);
  case VOC_PACK: {
    gs_pack *p = NULL;
    gs_status st = gs_pack_load_file(&p, path);
    if (st != GS_OK)
      return cli_fail(st);
    if (!quiet)
      printf("%s: valid pack %s %s, %zu moments, %zu decision tables (%s)\n", path,
             gs_pack_id(p), gs_pack_version(p), gs_pack_moment_count(p),
             gs_pack_decision_count(p), gs_pack_decisions_file(p));
    gs_pack_free(p);
    return CLI_EXIT_OK;
  }
  case VOC_CATALOG: {
    gs_catalog *cat = NULL;
    gs_status st = gs_catalog_load_file(&cat, path);
    if (st != GS_OK)
      return cli_fail(st);
    if (!quiet)
      printf("%s: valid catalogue %s %s, %zu municipalities, %zu offers\n", path,
             gs_catalog_id(cat), gs_catalog_version(cat), gs_catalog_municipality_count(cat),
             gs_catalog_offer_count(cat));
    gs_catalog_free(cat);
    return CLI_EXIT_OK;
  }
  case VOC_DMN:
    fprintf(stderr, "%s:%d:%d: a DMN decisions file is checked with the pack that names it: "
                    "validate the pack\n", path, s.line, s.col);
    return CLI_EXIT_INVALID;
  case VOC_OUTPUT:
    fprintf(stderr, "%s:%d:%d: '%s' in namespace '%s' is output of the library, not input; "
                    "validate checks dossiers, packs and catalogues\n",
            path, s.line, s.col, s.root, s.ns);
    return CLI_EXIT_INVALID;
  default:
    fprintf(stderr, "%s:%d:%d: unknown vocabulary: root element '%s' %s%s%s; expected "
                    "urn:goedestart:dossier:1, urn:goedestart:pack:1 or "
                    "urn:goedestart:catalog:1\n",
            path, s.line, s.col, s.root, s.ns[0] ? "in namespace '" : "in no namespace",
            s.ns, s.ns[0] ? "'" : "");
    return CLI_EXIT_INVALID;
  }
}

static int run(int argc, char **argv) {
  cli_common common = cli_common_init(CLI_TAKES_PACK);
  bool quiet = false;
  cli_args args;
  int status = cli_parse(&cli_cmd_validate, argc, argv, OPTIONS, on_option, &quiet, &common, &args);
  if (status != CLI_EXIT_OK || cli_help(&args))
    return status;
  if (args.n_operands == 0) {
    cli_args_free(&args);
    return cli_usage_error(&cli_cmd_validate, "no FILE given");
  }
  gs_pack *pack = NULL;
  status = cli_load_pack(common.pack, &pack);
  bool loaded = status == CLI_EXIT_OK;
  for (int i = 0; loaded && i < args.n_operands; i++) {
    int st = validate_file(args.operands[i], pack, quiet);
    if (st > status)
      status = st;          /* the worst status of all files */
    if (st == CLI_EXIT_INTERNAL)
      break;
  }
  gs_pack_free(pack);
  cli_args_free(&args);
  if (fflush(stdout) != 0 && status == CLI_EXIT_OK)
    status = cli_error(CLI_EXIT_IO, "standard output: write failed");
  return status;
}

const cli_command cli_cmd_validate = {
  "validate",
  "[--pack FILE] [-q] FILE...",
  "Check dossiers, packs and catalogues; report every error as FILE:LINE:COLUMN: message.",
  "Options:\n"
  "  --pack FILE   check dossier contacts against this pack's schedule (for the\n"
  "                warnings); default: the embedded default pack\n"
  "  -q, --quiet   print only errors and warnings, no line per valid file\n"
  "\n"
  "The vocabulary of each FILE is told by the namespace of its root element:\n"
  "urn:goedestart:dossier:1, urn:goedestart:pack:1 (with the decisions file its\n"
  "<decisions href> names, beside it) or urn:goedestart:catalog:1.\n"
  "\n"
  "Dossiers are read family by family: every family with an error is reported\n"
  "(the first error in that family), and an error in the XML itself ends the\n"
  "file. A pack or catalogue is reported up to its first error. Warnings on\n"
  "standard error point at data the assessment ignores: a screening finding\n"
  "that belongs to no pregnancy, a contact at a moment the pack does not know.\n"
  "Errors and warnings go to standard error, one line per valid or invalid file\n"
  "to standard output. Exit status 2 when any file is invalid, 3 when one cannot\n"
  "be read.\n",
  run,
};
