/*
 * libgoedestart - dossier XML: the family loader shared by whole-file
 * loading and streaming, whole-file loading (gs_dossier), and the canonical
 * writer (gs_dossier_save_*, gs_dossier_writer). spec/formats.md "Dossier".
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Loading: the rules of data/schema/dossier.xsd are written out below as
 * tables (each element's attributes with their types, its children in
 * their order) and checked element by element while the public builder
 * (gs-family.h) is called, then gsi_family_finish() checks the semantic
 * rules. libxml2's XSD validator would cost twice the parse of a large
 * stream, so the streaming reader relies on the tables alone; whole-file
 * loading also validates every family with libxml2 against the embedded
 * schema, as a safety net. The tests and the fuzz target check that both
 * accept exactly the same documents. Messages are written for a data
 * manager ("unknown attribute 'x' on element 'family'"); libxml2's schema
 * messages, should the safety net ever speak, are rewritten the same way.
 *
 * Saving: the canonical form is described in gs-dossier.h. The writer reads
 * the finished family's arrays directly; their order is the canonical order
 * (lib/model.h), so the writer never sorts.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <libxml/xmlschemas.h>

#include "codes.h"
#include "date.h"
#include "fileio.h"
#include "xml-dossier.h"
#include "xml-util.h"

/* ======================================================================
 * Family id set
 * ====================================================================== */

static uint32_t hash_str(const char *s) {
  uint32_t h = 2166136261u;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= *p;
    h *= 16777619u;
  }
  return h;
}

/* An entry: mark (8 bytes), index (4), hash (4), then the id and a NUL. */
#define ENTRY_HEAD 16

static uint32_t entry_hash(const char *e) {
  uint32_t h;
  memcpy(&h, e + 12, 4);
  return h;
}

void gsi_idset_init(gsi_idset *s) {
  s->slots = NULL;
  s->cap = 0;
  s->n = 0;
  gsi_arena_init(&s->arena);
}

void gsi_idset_free(gsi_idset *s) {
  gsi_free(s->slots);
  gsi_arena_free(&s->arena);
  gsi_idset_init(s);
}

bool gsi_idset_find(const gsi_idset *s, const char *id, uint64_t *mark, size_t *index) {
  if (s->cap == 0)
    return false;
  uint32_t h = hash_str(id);
  size_t mask = s->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const char *e = s->slots[i];
    if (e == NULL)
      return false;
    if (entry_hash(e) == h && strcmp(e + ENTRY_HEAD, id) == 0) {
      if (mark != NULL)
        memcpy(mark, e, 8);
      if (index != NULL) {
        uint32_t ix;
        memcpy(&ix, e + 8, 4);
        *index = ix;
      }
      return true;
    }
  }
}

static void idset_place(const char **slots, size_t cap, const char *e) {
  size_t mask = cap - 1;
  size_t i = entry_hash(e) & mask;
  while (slots[i] != NULL)
    i = (i + 1) & mask;
  slots[i] = e;
}

gs_status gsi_idset_add(gsi_idset *s, const char *id, uint64_t mark, size_t index) {
  if ((s->n + 1) * 10 > s->cap * 7) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    const char **slots = gsi_calloc(cap, sizeof *slots);
    if (slots == NULL)
      return gsi_oom();
    for (size_t i = 0; i < s->cap; i++)
      if (s->slots[i] != NULL)
        idset_place(slots, cap, s->slots[i]);
    gsi_free(s->slots);
    s->slots = slots;
    s->cap = cap;
  }
  size_t len = strlen(id);
  char small[ENTRY_HEAD + 256];
  char *tmp = len < 256 ? small : gsi_malloc(ENTRY_HEAD + len);
  if (tmp == NULL)
    return gsi_oom();
  uint32_t ix = (uint32_t)index, h = hash_str(id);
  memcpy(tmp, &mark, 8);
  memcpy(tmp + 8, &ix, 4);
  memcpy(tmp + 12, &h, 4);
  memcpy(tmp + ENTRY_HEAD, id, len);
  const char *e = gsi_arena_strndup(&s->arena, tmp, ENTRY_HEAD + len);
  if (tmp != small)
    gsi_free(tmp);
  if (e == NULL)
    return gsi_oom();
  idset_place(s->slots, s->cap, e);
  s->n++;
  return GS_OK;
}

/* ======================================================================
 * Loader: messages
 * ====================================================================== */

#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"

#define TRY(expr)                                                                          \
  do {                                                                                     \
    gs_status try_st_ = (expr);                                                            \
    if (try_st_ != GS_OK)                                                                  \
      return try_st_;                                                                      \
  } while (0)

static const char *const vocabulary[] = {
  "dossiers", "family", "caregiver", "pregnancy", "child", "contact", "dmop",
  "dmop-overall", "consult", "giz", "screening", "help-requested", "zrm",
  "positive-health", "signal", "conclusion", "meldcode", "step", "plan", "goal", "action",
  "review",
};

static bool in_vocabulary(const char *name, size_t len) {
  for (size_t i = 0; i < GSI_ARRAY_LEN(vocabulary); i++)
    if (strlen(vocabulary[i]) == len && memcmp(vocabulary[i], name, len) == 0)
      return true;
  return false;
}

/* The tokens of every enumeration, compared by length before bytes:
 * faster than gsi_code_parse for the millions of values of a stream. */
#define TOKENS_MAX 32
#define KINDS_MAX 33

typedef struct token_table {
  uint8_t n;
  uint8_t len[TOKENS_MAX];
  int8_t code[TOKENS_MAX];
  const char *tok[TOKENS_MAX];
} token_table;

static token_table tokens[KINDS_MAX];
static pthread_once_t tokens_once = PTHREAD_ONCE_INIT;

static void tokens_build(void) {
  for (int k = 1; k < KINDS_MAX; k++) {
    token_table *t = &tokens[k];
    size_t count = gs_code_count((gs_kind)k);
    for (size_t i = 0; i < count && t->n < TOKENS_MAX; i++) {
      int code = gs_code_at((gs_kind)k, i);
      const char *tok = gsi_code_token((gs_kind)k, code);
      if (tok == NULL || *tok == '\0' || strlen(tok) > UINT8_MAX || code > INT8_MAX)
        continue;
      t->tok[t->n] = tok;
      t->len[t->n] = (uint8_t)strlen(tok);
      t->code[t->n] = (int8_t)code;
      t->n++;
    }
  }
}

static int token_code(gs_kind kind, const char *v, size_t len) {
  if ((unsigned)kind >= KINDS_MAX)
    return -1;
  const token_table *t = &tokens[kind];
  for (unsigned i = 0; i < t->n; i++)
    if (t->len[i] == len && memcmp(t->tok[i], v, len) == 0)
      return t->code[i];
  return gsi_code_parse(kind, v); /* a kind with more tokens than the table */
}

static bool is_ours(const xmlNode *n) {
  return n->ns != NULL && n->ns->href != NULL &&
         strcmp((const char *)n->ns->href, GSI_DOSSIER_NS) == 0;
}

static gs_status error_at(gsi_dossier_loader *l, uint64_t mark, const char *fmt, ...)
  GSI_PRINTF(3, 4);

uint64_t gsi_dossier_tree_mark(const xmlNode *node) {
  int line, col;
  gsi_xml_pos(node, &line, &col);
  return ((uint64_t)(uint32_t)line << 32) | (uint32_t)col;
}

/* Whole-file loading: the mark packs gsi_xml_pos's line and column. */
static void tree_resolve(void *ctx, uint64_t mark, int *line, int *col) {
  *line = (int)(mark >> 32);
  *col = (int)(mark & 0xFFFFFFFFu);
}

static gs_status error_at(gsi_dossier_loader *l, uint64_t mark, const char *fmt, ...) {
  int line = 0, col = 0;
  if (mark != 0)
    l->resolve(l->resolve_ctx, mark, &line, &col);
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(GS_EPARSE, l->file, line, col, fmt, ap);
  va_end(ap);
  return GS_EPARSE;
}

bool gsi_dossier_blank(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

/* Appends "a, b or c" from libxml2's list "( {ns}a, ##other{ns}*, {ns}b )"
 * (between open and close), leaving out wildcards. */
static void expected_list(gsi_buf *out, const char *p, const char *end) {
  const char *items[32];
  size_t lens[32];
  size_t n = 0;
  while (p < end && n < GSI_ARRAY_LEN(items)) {
    while (p < end && (*p == ' ' || *p == ',' || *p == '('))
      p++;
    const char *start = p;
    while (p < end && *p != ',' && *p != ' ' && *p != ')')
      p++;
    if (p == start)
      break;
    const char *s = start;
    if (s[0] == '#')
      continue;
    if (s[0] == '{') {
      const char *close = memchr(s, '}', (size_t)(p - s));
      if (close != NULL)
        s = close + 1;
    }
    if (p > s) {
      items[n] = s;
      lens[n] = (size_t)(p - s);
      n++;
    }
  }
  for (size_t i = 0; i < n; i++) {
    if (i > 0)
      gsi_buf_puts(out, i + 1 == n ? " or " : ", ");
    gsi_buf_append(out, items[i], lens[i]);
  }
}

/* "{'a', 'b'}" -> "a, b" (between the braces). */
static void enum_list(gsi_buf *out, const char *p, const char *end) {
  bool first = true;
  while (p < end) {
    const char *q = memchr(p, '\'', (size_t)(end - p));
    if (q == NULL)
      break;
    const char *e = memchr(q + 1, '\'', (size_t)(end - q - 1));
    if (e == NULL)
      break;
    if (!first)
      gsi_buf_puts(out, ", ");
    gsi_buf_append(out, q + 1, (size_t)(e - q - 1));
    first = false;
    p = e + 1;
  }
}

static const char *describe_pattern(const char *pattern, size_t len) {
  static const struct {
    const char *pattern;
    const char *text;
  } known[] = {
    { "[0-9]{4}-[0-9]{2}-[0-9]{2}", "a date written YYYY-MM-DD" },
    { "GM[0-9]{4}", "a CBS municipality code GMnnnn" },
    { "[1-3]", "a whole number from 1 to 3" },
    { "[1-5]", "a whole number from 1 to 5" },
    { "[0-9]|10", "a whole number from 0 to 10" },
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(known); i++)
    if (strlen(known[i].pattern) == len && memcmp(known[i].pattern, pattern, len) == 0)
      return known[i].text;
  return NULL;
}

/* Finds the text between `open` and the first `close` after it, in s. */
static bool between(const char *s, const char *open, const char *close, const char **start,
                    const char **end) {
  const char *a = strstr(s, open);
  if (a == NULL)
    return false;
  a += strlen(open);
  const char *b = strstr(a, close);
  if (b == NULL)
    return false;
  *start = a;
  *end = b;
  return true;
}

/* Rewrites libxml2's schema message into out. */
static void rewrite_schema_message(gsi_buf *out, const xmlNode *node, const char *msg) {
  const char *elem = NULL, *elem_end = NULL;
  const char *p = msg;
  if (strncmp(p, "Element '", 9) != 0)
    goto plain;
  elem = p + 9;
  elem_end = strchr(elem, '\'');
  if (elem_end == NULL)
    goto plain;
  bool has_ns = elem[0] == '{';
  bool ours = false;
  if (has_ns) {
    const char *close = memchr(elem, '}', (size_t)(elem_end - elem));
    if (close == NULL)
      goto plain;
    ours = (size_t)(close - elem - 1) == strlen(GSI_DOSSIER_NS) &&
           memcmp(elem + 1, GSI_DOSSIER_NS, strlen(GSI_DOSSIER_NS)) == 0;
    elem = close + 1;
  }
  size_t elen = (size_t)(elem_end - elem);
  p = elem_end + 1;
  const char *attr = NULL;
  size_t alen = 0;
  if (strncmp(p, ", attribute '", 13) == 0) {
    attr = p + 13;
    const char *ae = strchr(attr, '\'');
    if (ae == NULL)
      goto plain;
    alen = (size_t)(ae - attr);
    p = ae + 1;
  }
  if (strncmp(p, ": ", 2) != 0)
    goto plain;
  const char *detail = p + 2;
  const char *parent = "";
  if (node != NULL && node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
    parent = (const char *)node->parent->name;
  const char *a, *b;

  if (attr == NULL && strncmp(detail, "This element is not expected.", 29) == 0) {
    bool known = ours && in_vocabulary(elem, elen);
    gsi_buf_puts(out, known || !has_ns ? "element '" : "unknown element '");
    gsi_buf_append(out, elem, elen);
    if (!has_ns)
      gsi_buf_puts(out, "' has no namespace and is not allowed in '");
    else if (known)
      gsi_buf_puts(out, "' is not allowed here in '");
    else
      gsi_buf_puts(out, "' in '");
    gsi_buf_puts(out, parent);
    gsi_buf_puts(out, "'");
    if (between(detail, "Expected is", ")", &a, &b)) {
      const char *open = memchr(a, '(', (size_t)(b - a));
      size_t before = out->len;
      gsi_buf_puts(out, " (expected ");
      size_t mark = out->len;
      expected_list(out, open != NULL ? open + 1 : a, b);
      if (out->len == mark) {
        out->len = before;
        gsi_buf_puts(out, " (only elements of other namespaces may appear there)");
      } else {
        gsi_buf_puts(out, ")");
      }
    }
    return;
  }
  if (attr == NULL && strncmp(detail, "Missing child element(s).", 25) == 0) {
    gsi_buf_puts(out, "element '");
    gsi_buf_append(out, elem, elen);
    gsi_buf_puts(out, "' is incomplete");
    if (between(detail, "Expected is", ")", &a, &b)) {
      const char *open = memchr(a, '(', (size_t)(b - a));
      gsi_buf_puts(out, " (expected ");
      expected_list(out, open != NULL ? open + 1 : a, b);
      gsi_buf_puts(out, ")");
    }
    return;
  }
  if (attr == NULL && strncmp(detail, "Character content other than whitespace", 39) == 0) {
    gsi_buf_puts(out, "element '");
    gsi_buf_append(out, elem, elen);
    gsi_buf_puts(out, "' must not contain text");
    return;
  }
  if (attr == NULL && between(detail, "The attribute '", "' is required but missing", &a, &b)) {
    gsi_buf_puts(out, "element '");
    gsi_buf_append(out, elem, elen);
    gsi_buf_puts(out, "' lacks the required attribute '");
    gsi_buf_append(out, a, (size_t)(b - a));
    gsi_buf_puts(out, "'");
    return;
  }
  if (attr != NULL && strstr(detail, "is not allowed") != NULL &&
      strncmp(detail, "The attribute", 13) == 0) {
    gsi_buf_puts(out, "unknown attribute '");
    gsi_buf_append(out, attr, alen);
    gsi_buf_puts(out, "' on element '");
    gsi_buf_append(out, elem, elen);
    gsi_buf_puts(out, "'");
    return;
  }
  if (attr != NULL) {
    gsi_buf_puts(out, "attribute '");
    gsi_buf_append(out, attr, alen);
    gsi_buf_puts(out, "' of element '");
    gsi_buf_append(out, elem, elen);
    gsi_buf_puts(out, "': ");
    const char *v = NULL, *ve = NULL;
    if (strncmp(detail, "[facet 'enumeration']", 21) == 0 &&
        between(detail, "The value '", "' is not an element of the set {", &v, &ve) &&
        between(ve, "{", "}.", &a, &b)) {
      gsi_buf_puts(out, "'");
      gsi_buf_append(out, v, (size_t)(ve - v) > 80 ? 80 : (size_t)(ve - v));
      gsi_buf_puts(out, "' is not one of ");
      enum_list(out, a, b);
      return;
    }
    if (strncmp(detail, "[facet 'pattern']", 17) == 0 &&
        between(detail, "The value '", "' is not accepted by the pattern '", &v, &ve)) {
      const char *pat = ve + strlen("' is not accepted by the pattern '");
      const char *pe = strrchr(pat, '\'');
      const char *desc = pe ? describe_pattern(pat, (size_t)(pe - pat)) : NULL;
      gsi_buf_puts(out, "'");
      gsi_buf_append(out, v, (size_t)(ve - v) > 80 ? 80 : (size_t)(ve - v));
      gsi_buf_puts(out, "' is not ");
      if (desc != NULL) {
        gsi_buf_puts(out, desc);
      } else {
        gsi_buf_puts(out, "accepted by the pattern ");
        gsi_buf_append(out, pat, pe ? (size_t)(pe - pat) : strlen(pat));
      }
      return;
    }
    if (strncmp(detail, "[facet 'minLength']", 19) == 0) {
      gsi_buf_puts(out, "the value must not be empty");
      return;
    }
    if (strncmp(detail, "[facet 'maxLength']", 19) == 0 &&
        between(detail, "maximum length of '", "'", &a, &b)) {
      gsi_buf_puts(out, "the value is longer than ");
      gsi_buf_append(out, a, (size_t)(b - a));
      gsi_buf_puts(out, " characters");
      return;
    }
    gsi_buf_puts(out, detail);
    return;
  }

plain:
  /* Unknown form: keep libxml2's text without the namespace noise. */
  for (const char *s = msg; *s;) {
    if (strncmp(s, "{" GSI_DOSSIER_NS "}", strlen(GSI_DOSSIER_NS) + 2) == 0) {
      s += strlen(GSI_DOSSIER_NS) + 2;
      continue;
    }
    gsi_buf_putc(out, *s++);
  }
}

void gsi_dossier_schema_error(void *ctx, xmlErrorPtr err) {
  gsi_dossier_loader *l = ctx;
  if (l->verr || err == NULL)
    return;
  l->verr = true;
  if (err->code == XML_ERR_NO_MEMORY) {
    l->voom = true;
    return;
  }
  const xmlNode *n = err->node;
  if (n != NULL && n->type == XML_ATTRIBUTE_NODE)
    n = n->parent;
  l->vnode = n;
  l->vline = err->line;
  snprintf(l->vmsg, sizeof l->vmsg, "%s", err->message ? err->message : "");
  size_t len = strlen(l->vmsg);
  while (len > 0 && (l->vmsg[len - 1] == '\n' || l->vmsg[len - 1] == ' '))
    l->vmsg[--len] = '\0';
}

static gs_status schema_failure(gsi_dossier_loader *l, const xmlNode *family) {
  const xmlNode *node = l->vnode != NULL ? l->vnode : family;
  int line, col;
  tree_resolve(NULL, gsi_dossier_tree_mark(node), &line, &col);
  if (line == 0)
    line = l->vline;
  gsi_buf msg = GSI_BUF_INIT;
  if (l->vmsg[0] != '\0')
    rewrite_schema_message(&msg, l->vnode, l->vmsg);
  else
    gsi_buf_puts(&msg, "the family does not match the dossier schema");
  if (msg.oom) {
    gsi_buf_free(&msg);
    return gsi_oom();
  }
  gsi_error(GS_EPARSE, l->file, line, col, "%s", msg.data);
  gsi_buf_free(&msg);
  return GS_EPARSE;
}

/* ======================================================================
 * Loader: root and `dossiers` children
 * ====================================================================== */

void gsi_dossier_loader_init(gsi_dossier_loader *l, const char *file) {
  pthread_once(&tokens_once, tokens_build);
  memset(l, 0, sizeof *l);
  l->file = file;
  l->resolve = tree_resolve;
  for (size_t i = 0; i < GSI_ARRAY_LEN(l->attr_text); i++)
    gsi_buf_init(&l->attr_text[i]);
  gsi_idset_init(&l->ids);
}

void gsi_dossier_loader_free(gsi_dossier_loader *l) {
  if (l->vctxt != NULL)
    xmlSchemaFreeValidCtxt(l->vctxt);
  for (size_t i = 0; i < GSI_DN_N; i++)
    gsi_free(l->marks[i].v);
  for (size_t i = 0; i < GSI_ARRAY_LEN(l->attr_text); i++)
    gsi_buf_free(&l->attr_text[i]);
  gsi_idset_free(&l->ids);
  memset(l, 0, sizeof *l);
}

gs_status gsi_dossier_check_root(gsi_dossier_loader *l, const xmlNode *root, uint64_t mark,
                                 bool *is_family) {
  const char *name = (const char *)root->name;
  const char *ns = root->ns != NULL ? (const char *)root->ns->href : NULL;
  bool ours = ns != NULL && strcmp(ns, GSI_DOSSIER_NS) == 0;
  if (ours && strcmp(name, "family") == 0) {
    *is_family = true;
    return GS_OK;
  }
  if (ours && strcmp(name, "dossiers") == 0) {
    for (const xmlAttr *a = root->properties; a != NULL; a = a->next) {
      const char *href = a->ns != NULL ? (const char *)a->ns->href : NULL;
      if (href != NULL && strcmp(href, XSI_NS) == 0)
        return error_at(l, mark, "attribute 'xsi:%s' on element 'dossiers' is not allowed: a "
                        "dossier takes no schema instructions", (const char *)a->name);
      if (a->ns == NULL || (href != NULL && strcmp(href, GSI_DOSSIER_NS) == 0))
        return error_at(l, mark, "unknown attribute '%s' on element 'dossiers'",
                        (const char *)a->name);
    }
    *is_family = false;
    return GS_OK;
  }
  if (ns == NULL)
    return error_at(l, mark,
                    "the root element '%s' has no namespace: a dossier's root is 'dossiers' or "
                    "'family' in namespace " GSI_DOSSIER_NS, name);
  if (ours)
    return error_at(l, mark,
                    "unknown root element '%s': a dossier's root is 'dossiers' or 'family'", name);
  return error_at(l, mark,
                  "the root element '%s' is in namespace '%.200s': a dossier's root is "
                  "'dossiers' or 'family' in namespace " GSI_DOSSIER_NS, name, ns);
}

gs_status gsi_dossier_check_child(gsi_dossier_loader *l, const xmlNode *child, uint64_t mark,
                                  bool *take) {
  const char *name = (const char *)child->name;
  bool has_ns = child->ns != NULL && child->ns->href != NULL;
  bool ours = is_ours(child);
  if (ours && strcmp(name, "family") == 0) {
    *take = true;
    return GS_OK;
  }
  if (has_ns && !ours) {
    *take = false;
    return GS_OK;
  }
  if (!has_ns)
    return error_at(l, mark, "element '%s' has no namespace and is not allowed in 'dossiers' "
                    "(expected family)", name);
  if (in_vocabulary(name, strlen(name)))
    return error_at(l, mark, "element '%s' is not allowed here in 'dossiers' (expected family)",
                    name);
  return error_at(l, mark, "unknown element '%s' in 'dossiers' (expected family)", name);
}

gs_status gsi_dossier_no_family_error(gsi_dossier_loader *l, uint64_t root_mark) {
  return error_at(l, root_mark, "element 'dossiers' is incomplete (expected family)");
}

/* ======================================================================
 * Loader: one family, element by element
 *
 * dossier.xsd is small and fixed, so its rules are written out here as
 * tables: each element's attributes with their types, and its children in
 * the order the schema allows them (each kind any number of times, meldcode
 * and plan at most once, meldcode with at least one step; elements of other namespaces anywhere, skipped). Attribute
 * values are checked as the schema's simple types do: tokens exactly as
 * listed (the code tables of codes.c), dates YYYY-MM-DD, ids of 1-64
 * characters, numbers as plain digits, booleans true/false/1/0.
 * ====================================================================== */

enum {
  E_FAMILY, E_CAREGIVER, E_PREGNANCY, E_CHILD, E_CONTACT, E_DMOP, E_DMOP_OVERALL, E_CONSULT,
  E_GIZ, E_SCREENING, E_HELP, E_ZRM, E_PH, E_SIGNAL, E_CONCLUSION, E_MELDCODE, E_STEP, E_PLAN,
  E_GOAL, E_ACTION, E_REVIEW
};

/* Attribute types of dossier.xsd. */
enum { T_ID, T_DATE, T_MUNICIPALITY, T_BOOL, T_TEXT, T_1_3, T_1_5, T_0_10, T_YEAR, T_GESTATION,
       T_WEIGHT, T_ENUM };

typedef struct attr_def {
  const char *name;
  uint8_t type;
  uint8_t kind;                 /* gs_kind of a T_ENUM */
  bool required;
} attr_def;

typedef struct elem_def {
  const char *name;
  uint8_t id;
  const attr_def *attrs;
  uint8_t n_attrs;
  const uint8_t *kids;          /* allowed children, in their order */
  uint8_t n_kids;
  bool has_id;                  /* its first attribute is its id */
} elem_def;

/* A parsed attribute value. */
typedef struct attr_val {
  const char *s;                /* NULL when absent */
  int i;                        /* code, number or 0/1 */
  gs_date d;                    /* dates; GS_DATE_NONE when absent */
} attr_val;

#define MAX_ATTRS 7
#define N_ELEMS (E_REVIEW + 1)
_Static_assert(N_ELEMS == GSI_DOSSIER_ELEMS, "gsi_dossier_loader's name tables");
#define REQ true
#define OPT false
#define A(n, t, k, r) { n, t, k, r }

static const attr_def a_family[] = {
  A("id", T_ID, 0, REQ), A("municipality", T_MUNICIPALITY, 0, REQ),
  A("enrolled", T_DATE, 0, REQ), A("child-wish", T_ENUM, GS_KIND_CHILD_WISH, OPT),
};
static const attr_def a_caregiver[] = {
  A("id", T_ID, 0, REQ), A("role", T_ENUM, GS_KIND_ROLE, REQ), A("birth-year", T_YEAR, 0, OPT),
};
static const attr_def a_pregnancy[] = {
  A("id", T_ID, 0, REQ), A("caregiver", T_ID, 0, REQ), A("due", T_DATE, 0, REQ),
  A("ended", T_DATE, 0, OPT), A("outcome", T_ENUM, GS_KIND_PREGNANCY_OUTCOME, OPT),
  A("child", T_ID, 0, OPT),
};
static const attr_def a_child[] = {
  A("id", T_ID, 0, REQ), A("born", T_DATE, 0, REQ), A("pregnancy", T_ID, 0, OPT),
  A("gestational-age", T_GESTATION, 0, OPT), A("birth-weight", T_WEIGHT, 0, OPT),
};
static const attr_def a_contact[] = {
  A("id", T_ID, 0, REQ), A("date", T_DATE, 0, REQ), A("moment", T_ID, 0, REQ),
  A("setting", T_ENUM, GS_KIND_SETTING, REQ), A("by", T_ENUM, GS_KIND_SIGNALLER, REQ),
  A("subject", T_ID, 0, OPT),
};
static const attr_def a_dmop[] = {
  A("domain", T_ENUM, GS_KIND_DMOP_DOMAIN, REQ), A("rating", T_ENUM, GS_KIND_DMOP_RATING, REQ),
};
static const attr_def a_dmop_overall[] = {
  A("rating", T_ENUM, GS_KIND_DMOP_RATING, REQ),
};
static const attr_def a_consult[] = {
  A("status", T_ENUM, GS_KIND_CONSULT_STATUS, REQ),
};
static const attr_def a_giz[] = {
  A("area", T_ENUM, GS_KIND_GIZ_AREA, REQ), A("gom", T_1_5, 0, REQ),
};
static const attr_def a_screening[] = {
  A("topic", T_ENUM, GS_KIND_TOPIC, REQ), A("concern", T_ENUM, GS_KIND_CONCERN, REQ),
};
static const attr_def a_help[] = {
  A("value", T_BOOL, 0, REQ),
};
static const attr_def a_zrm[] = {
  A("caregiver", T_ID, 0, REQ), A("domain", T_ENUM, GS_KIND_ZRM_DOMAIN, REQ),
  A("score", T_1_5, 0, REQ),
};
static const attr_def a_ph[] = {
  A("dimension", T_ENUM, GS_KIND_PH_DIMENSION, REQ), A("score", T_0_10, 0, REQ),
};
static const attr_def a_signal[] = {
  A("id", T_ID, 0, REQ), A("topic", T_ENUM, GS_KIND_TOPIC, REQ),
  A("kind", T_ENUM, GS_KIND_SIGNAL_KIND, REQ), A("severity", T_1_3, 0, REQ),
  A("resolved", T_DATE, 0, OPT),
};
static const attr_def a_conclusion[] = {
  A("date", T_DATE, 0, REQ), A("care-need", T_ENUM, GS_KIND_CARE_NEED, REQ),
  A("proposed", T_ENUM, GS_KIND_CARE_NEED, OPT), A("reason", T_TEXT, 0, OPT),
};
static const attr_def a_step[] = {
  A("n", T_1_5, 0, REQ), A("date", T_DATE, 0, REQ),
  A("decision", T_ENUM, GS_KIND_MELDCODE_DECISION, OPT),
};
static const attr_def a_goal[] = {
  A("id", T_ID, 0, REQ), A("topic", T_ENUM, GS_KIND_TOPIC, REQ), A("opened", T_DATE, 0, REQ),
  A("target", T_DATE, 0, OPT), A("status", T_ENUM, GS_KIND_GOAL_STATUS, REQ),
  A("closed", T_DATE, 0, OPT),
};
static const attr_def a_action[] = {
  A("id", T_ID, 0, REQ), A("level", T_1_5, 0, REQ), A("offer", T_ID, 0, OPT),
  A("start", T_DATE, 0, REQ), A("end", T_DATE, 0, OPT), A("warm-handover", T_BOOL, 0, REQ),
  A("responsible", T_ENUM, GS_KIND_SIGNALLER, REQ),
};
static const attr_def a_review[] = {
  A("date", T_DATE, 0, REQ), A("outcome", T_ENUM, GS_KIND_REVIEW_OUTCOME, REQ),
};

static const uint8_t k_family[] = { E_CAREGIVER, E_PREGNANCY, E_CHILD, E_CONTACT, E_CONCLUSION,
                                    E_MELDCODE, E_PLAN };
static const uint8_t k_meldcode[] = { E_STEP };
static const uint8_t k_contact[] = { E_DMOP, E_DMOP_OVERALL, E_CONSULT, E_GIZ, E_SCREENING,
                                     E_HELP, E_ZRM, E_PH, E_SIGNAL };
static const uint8_t k_plan[] = { E_GOAL };
static const uint8_t k_goal[] = { E_ACTION };
static const uint8_t k_action[] = { E_REVIEW };

#define ATTRS(a) a, (uint8_t)GSI_ARRAY_LEN(a)
#define KIDS(k) k, (uint8_t)GSI_ARRAY_LEN(k)

static const elem_def elems[] = {
  [E_FAMILY] = { "family", E_FAMILY, ATTRS(a_family), KIDS(k_family), true },
  [E_CAREGIVER] = { "caregiver", E_CAREGIVER, ATTRS(a_caregiver), NULL, 0, true },
  [E_PREGNANCY] = { "pregnancy", E_PREGNANCY, ATTRS(a_pregnancy), NULL, 0, true },
  [E_CHILD] = { "child", E_CHILD, ATTRS(a_child), NULL, 0, true },
  [E_CONTACT] = { "contact", E_CONTACT, ATTRS(a_contact), KIDS(k_contact), true },
  [E_DMOP] = { "dmop", E_DMOP, ATTRS(a_dmop), NULL, 0, false },
  [E_DMOP_OVERALL] = { "dmop-overall", E_DMOP_OVERALL, ATTRS(a_dmop_overall), NULL, 0, false },
  [E_CONSULT] = { "consult", E_CONSULT, ATTRS(a_consult), NULL, 0, false },
  [E_GIZ] = { "giz", E_GIZ, ATTRS(a_giz), NULL, 0, false },
  [E_SCREENING] = { "screening", E_SCREENING, ATTRS(a_screening), NULL, 0, false },
  [E_HELP] = { "help-requested", E_HELP, ATTRS(a_help), NULL, 0, false },
  [E_ZRM] = { "zrm", E_ZRM, ATTRS(a_zrm), NULL, 0, false },
  [E_PH] = { "positive-health", E_PH, ATTRS(a_ph), NULL, 0, false },
  [E_SIGNAL] = { "signal", E_SIGNAL, ATTRS(a_signal), NULL, 0, true },
  [E_CONCLUSION] = { "conclusion", E_CONCLUSION, ATTRS(a_conclusion), NULL, 0, false },
  [E_MELDCODE] = { "meldcode", E_MELDCODE, NULL, 0, KIDS(k_meldcode), false },
  [E_STEP] = { "step", E_STEP, ATTRS(a_step), NULL, 0, false },
  [E_PLAN] = { "plan", E_PLAN, NULL, 0, KIDS(k_plan), false },
  [E_GOAL] = { "goal", E_GOAL, ATTRS(a_goal), KIDS(k_goal), true },
  [E_ACTION] = { "action", E_ACTION, ATTRS(a_action), KIDS(k_action), true },
  [E_REVIEW] = { "review", E_REVIEW, ATTRS(a_review), NULL, 0, false },
};

static gs_status push_mark(gsi_dossier_loader *l, int kind, uint64_t mark) {
  gsi_mark_list *list = &l->marks[kind];
  if (list->n == list->cap && GSI_GROW(list->v, list->cap, list->n + 1) != GS_OK)
    return GS_ENOMEM;
  list->v[list->n++] = mark;
  return GS_OK;
}

/* Places the current error (from a builder call) at mark; a builder's
 * GS_EINVAL becomes GS_EPARSE, since here it is bad input. */
static gs_status at_mark(gsi_dossier_loader *l, uint64_t mark, gs_status st) {
  if (st == GS_ENOMEM)
    return st;
  int line = 0, col = 0;
  if (mark != 0)
    l->resolve(l->resolve_ctx, mark, &line, &col);
  if (st == GS_EINVAL) {
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", gs_error_message(gs_error_last()));
    gsi_error(GS_EPARSE, l->file, line, col, "%s", msg);
    return GS_EPARSE;
  }
  gsi_error_set_pos(l->file, line, col);
  return st;
}

/* What an element is called in messages, in the builder's words:
 * "family F-1", "contact K1 of family F-1", "conclusion of family F-1". */
static void describe(const gsi_dossier_loader *l, char *buf, size_t size, const char *name,
                     const char *id) {
  const char *fam = l->family_id != NULL ? l->family_id : "?";
  if (strcmp(name, "family") == 0)
    snprintf(buf, size, "family %.64s", id != NULL ? id : fam);
  else if (id != NULL)
    snprintf(buf, size, "%s %.64s of family %.64s", name, id, fam);
  else
    snprintf(buf, size, "%s of family %.64s", name, fam);
}

static size_t utf8_chars(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

static bool digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

/* An element being checked: its node, mark and definition. */
typedef struct elem_ref {
  const xmlNode *node;
  uint64_t mark;
  const elem_def *def;
} elem_ref;

static gs_status bad_value(gsi_dossier_loader *l, const elem_ref *e, const attr_def *d,
                           const char *v, const char *why) {
  return error_at(l, e->mark, "attribute '%s' of element '%s': '%.80s' is not %s", d->name,
                  e->def->name, v, why);
}

/* Checks one value against its schema type and parses it; id is the
 * element's own id attribute when already known (for messages). */
static gs_status check_value(gsi_dossier_loader *l, const elem_ref *e, const attr_def *d,
                             const char *v, const char *id, attr_val *out) {
  size_t len = strlen(v);
  out->s = v;
  switch (d->type) {
  case T_ID:
  case T_TEXT: {
    size_t max = d->type == T_ID ? 64 : GSI_MAX_TEXT;
    if (len > 0 && len <= max)
      return GS_OK; /* no more characters than bytes */
    size_t chars = utf8_chars(v);
    if (d->type == T_ID && chars == 0)
      return error_at(l, e->mark, "attribute '%s' of element '%s': the value must not be empty",
                      d->name, e->def->name);
    if (chars > max)
      return error_at(l, e->mark, "attribute '%s' of element '%s': the value is longer than %zu "
                      "characters", d->name, e->def->name, max);
    return GS_OK;
  }
  case T_DATE: {
    if (len != 10 || v[4] != '-' || v[7] != '-' || !digits(v, 4) || !digits(v + 5, 2) ||
        !digits(v + 8, 2))
      return bad_value(l, e, d, v, "a date written YYYY-MM-DD");
    const char *why = gsi_date_parse_reason(v, &out->d);
    if (why != NULL && !l->schema_only) { /* the schema checks the form only */
      char what[200];
      describe(l, what, sizeof what, e->def->name, id);
      return error_at(l, e->mark, "%s: %s '%s' is not a valid date: %s", what, d->name, v, why);
    }
    return GS_OK;
  }
  case T_MUNICIPALITY:
    if (len != 6 || v[0] != 'G' || v[1] != 'M' || !digits(v + 2, 4))
      return bad_value(l, e, d, v, "a CBS municipality code GMnnnn");
    return GS_OK;
  case T_BOOL:
    if (strcmp(v, "true") == 0 || strcmp(v, "1") == 0)
      out->i = 1;
    else if (strcmp(v, "false") == 0 || strcmp(v, "0") == 0)
      out->i = 0;
    else
      return bad_value(l, e, d, v, "true or false");
    return GS_OK;
  case T_1_3:
  case T_1_5:
  case T_0_10: {
    int hi = d->type == T_1_3 ? 3 : d->type == T_1_5 ? 5 : 10;
    int lo = d->type == T_0_10 ? 0 : 1;
    int x = -1;
    if (len == 1 && v[0] >= '0' && v[0] <= '9')
      x = v[0] - '0';
    else if (len == 2 && v[0] == '1' && v[1] == '0')
      x = 10;
    if (x < lo || x > hi) {
      char why[40];
      snprintf(why, sizeof why, "a whole number from %d to %d", lo, hi);
      return bad_value(l, e, d, v, why);
    }
    out->i = x;
    return GS_OK;
  }
  case T_YEAR:
  case T_GESTATION:
  case T_WEIGHT: {
    /* plain digits without a leading zero, as the schema's patterns */
    int lo = d->type == T_YEAR ? GSI_YEAR_MIN : d->type == T_GESTATION ? GSI_GESTATIONAL_AGE_MIN
                                                                       : GSI_BIRTH_WEIGHT_MIN;
    int hi = d->type == T_YEAR ? GSI_YEAR_MAX : d->type == T_GESTATION ? GSI_GESTATIONAL_AGE_MAX
                                                                       : GSI_BIRTH_WEIGHT_MAX;
    int x = -1;
    if (len >= 1 && len <= 4 && v[0] != '0' && digits(v, len)) {
      x = 0;
      for (size_t i = 0; i < len; i++)
        x = x * 10 + (v[i] - '0');
    }
    if (x < lo || x > hi) {
      char why[40];
      snprintf(why, sizeof why, "a whole number from %d to %d", lo, hi);
      return bad_value(l, e, d, v, why);
    }
    out->i = x;
    return GS_OK;
  }
  default: {
    int c = token_code((gs_kind)d->kind, v, len);
    if (c < 0) {
      gsi_buf list = GSI_BUF_INIT;
      size_t count = gs_code_count((gs_kind)d->kind);
      for (size_t i = 0; i < count; i++) {
        const char *t = gsi_code_token((gs_kind)d->kind, gs_code_at((gs_kind)d->kind, i));
        if (t == NULL || *t == '\0')
          continue;
        if (list.len > 0)
          gsi_buf_puts(&list, ", ");
        gsi_buf_puts(&list, t);
      }
      if (list.oom) {
        gsi_buf_free(&list);
        return gsi_oom();
      }
      gs_status st = error_at(l, e->mark, "attribute '%s' of element '%s': '%.80s' is not one "
                              "of %s", d->name, e->def->name, v, list.data ? list.data : "");
      gsi_buf_free(&list);
      return st;
    }
    out->i = c;
    return GS_OK;
  }
  }
}

/* Element and attribute names are compared as pointers into the
 * document's dictionary (libxml2 interns every name), after looking ours
 * up once per document; without a dictionary, by strcmp. */
static void intern_names(gsi_dossier_loader *l, const xmlNode *fam) {
  xmlDictPtr dict = fam->doc != NULL ? fam->doc->dict : NULL;
  if (dict == l->dict)
    return;
  l->dict = dict;
  l->interned = false;
  if (dict == NULL)
    return;
  for (size_t e = 0; e < N_ELEMS; e++) {
    const elem_def *def = &elems[e];
    l->enames[e] = xmlDictLookup(dict, (const xmlChar *)def->name, -1);
    if (l->enames[e] == NULL)
      return;
    for (size_t a = 0; a < def->n_attrs; a++) {
      l->anames[e][a] = xmlDictLookup(dict, (const xmlChar *)def->attrs[a].name, -1);
      if (l->anames[e][a] == NULL)
        return;
    }
  }
  l->interned = true;
}

/* The attributes of an element: every one known and well-typed, the
 * required ones present. Foreign-namespace attributes are skipped. */
static gs_status check_attrs(gsi_dossier_loader *l, const elem_ref *e, attr_val *vals) {
  const elem_def *def = e->def;
  for (size_t i = 0; i < def->n_attrs; i++) {
    vals[i].s = NULL;
    vals[i].i = 0;
    vals[i].d = GS_DATE_NONE;
  }
  /* once seen, the element's id names it in messages */
  const char *id = NULL;
  for (const xmlAttr *a = e->node->properties; a != NULL; a = a->next) {
    const char *an = (const char *)a->name;
    if (a->ns != NULL) {
      const char *href = (const char *)a->ns->href;
      if (href != NULL && strcmp(href, XSI_NS) == 0)
        return error_at(l, e->mark, "attribute 'xsi:%s' on element '%s' is not allowed: a "
                        "dossier takes no schema instructions", an, def->name);
      if (href != NULL && strcmp(href, GSI_DOSSIER_NS) != 0)
        continue;
      return error_at(l, e->mark, "unknown attribute '%s' on element '%s'", an, def->name);
    }
    size_t i = 0;
    if (l->interned) {
      const xmlChar *const *names = l->anames[def->id];
      while (i < def->n_attrs && a->name != names[i])
        i++;
    } else {
      while (i < def->n_attrs && (an[0] != def->attrs[i].name[0] ||
                                  strcmp(an, def->attrs[i].name) != 0))
        i++;
    }
    if (i == def->n_attrs)
      return error_at(l, e->mark, "unknown attribute '%s' on element '%s'", an, def->name);
    const char *v;
    const xmlNode *t = a->children;
    if (t == NULL) {
      v = "";
    } else if (t->next == NULL && t->type == XML_TEXT_NODE) {
      v = (const char *)t->content;
    } else {
      gsi_buf *b = &l->attr_text[i];
      gsi_buf_reset(b);
      gsi_buf_append(b, "", 0);
      for (; t != NULL; t = t->next) {
        if (t->type != XML_TEXT_NODE)
          return error_at(l, e->mark, "attribute '%s' of element '%s' holds an entity "
                          "reference", an, def->name);
        gsi_buf_puts(b, (const char *)t->content);
      }
      if (b->oom)
        return gsi_oom();
      v = b->data;
    }
    TRY(check_value(l, e, &def->attrs[i], v, id, &vals[i]));
    if (i == 0 && def->has_id)
      id = v;
  }
  for (size_t i = 0; i < def->n_attrs; i++)
    if (def->attrs[i].required && vals[i].s == NULL)
      return error_at(l, e->mark, "element '%s' lacks the required attribute '%s'", def->name,
                      def->attrs[i].name);
  return GS_OK;
}

/* Elements the schema allows at most once in their parent. */
static bool once(uint8_t kind) {
  return kind == E_PLAN || kind == E_MELDCODE;
}

/* " (expected a, b or c)" for the children allowed after position rank. */
static void expected(gsi_buf *b, const elem_def *def, int rank) {
  int from = rank < 0 ? 0 : rank;
  if (from < def->n_kids && once(def->kids[from]) && rank >= 0)
    from++;
  if (from >= def->n_kids) {
    gsi_buf_puts(b, " (only elements of other namespaces may appear there)");
    return;
  }
  gsi_buf_puts(b, " (expected ");
  for (int i = from; i < def->n_kids; i++) {
    if (i > from)
      gsi_buf_puts(b, i + 1 == def->n_kids ? " or " : ", ");
    gsi_buf_puts(b, elems[def->kids[i]].name);
  }
  gsi_buf_puts(b, ")");
}

static gs_status child_error(gsi_dossier_loader *l, const elem_def *def, const xmlNode *c,
                             uint64_t mark, int rank, bool known) {
  gsi_buf b = GSI_BUF_INIT;
  const char *name = (const char *)c->name;
  if (c->ns == NULL) {
    gsi_buf_puts(&b, "element '");
    gsi_buf_puts(&b, name);
    gsi_buf_puts(&b, "' has no namespace and is not allowed in '");
  } else if (known) {
    gsi_buf_puts(&b, "element '");
    gsi_buf_puts(&b, name);
    gsi_buf_puts(&b, "' is not allowed here in '");
  } else {
    gsi_buf_puts(&b, "unknown element '");
    gsi_buf_puts(&b, name);
    gsi_buf_puts(&b, "' in '");
  }
  gsi_buf_puts(&b, def->name);
  gsi_buf_puts(&b, "'");
  expected(&b, def, rank);
  if (b.oom) {
    gsi_buf_free(&b);
    return gsi_oom();
  }
  gs_status st = error_at(l, mark, "%s", b.data);
  gsi_buf_free(&b);
  return st;
}

void gsi_dossier_root_frame(gsi_dossier_frame *frame, uint64_t mark) {
  memset(frame, 0, sizeof *frame);
  frame->def = UINT8_MAX;
  frame->mark = mark;
}

gs_status gsi_dossier_element_end(gsi_dossier_loader *l, const gsi_dossier_frame *frame) {
  if (frame->def == E_MELDCODE && frame->rank < 0)
    return error_at(l, frame->mark, "element 'meldcode' is incomplete (expected step)");
  return GS_OK;
}

gs_status gsi_dossier_text(gsi_dossier_loader *l, const gsi_dossier_frame *parent,
                           const char *text) {
  if (text == NULL || gsi_dossier_blank(text))
    return GS_OK;
  return error_at(l, parent->mark, "element '%s' must not contain text",
                  parent->def == UINT8_MAX ? "dossiers" : elems[parent->def].name);
}

#define BUILD(expr)                                                                        \
  do {                                                                                     \
    gs_status build_st_ = f != NULL ? (expr) : GS_OK;                                      \
    if (build_st_ != GS_OK)                                                                \
      return at_mark(l, mark, build_st_);                                                  \
  } while (0)

gs_status gsi_dossier_element(gsi_dossier_loader *l, gs_family *f, gsi_dossier_frame *parent,
                              const xmlNode *el, uint64_t mark, gsi_dossier_frame *frame,
                              bool *ours) {
  *ours = false;
  if (el->ns != NULL && el->ns->href != NULL &&
      strcmp((const char *)el->ns->href, GSI_DOSSIER_NS) != 0)
    return GS_OK; /* another vocabulary's element: skipped, not kept */
  const elem_def *pdef = &elems[parent->def];
  int k = 0;
  if (l->interned) {
    while (k < pdef->n_kids && el->name != l->enames[pdef->kids[k]])
      k++;
  } else {
    const char *name = (const char *)el->name;
    while (k < pdef->n_kids && (name[0] != elems[pdef->kids[k]].name[0] ||
                                strcmp(name, elems[pdef->kids[k]].name) != 0))
      k++;
  }
  if (el->ns == NULL || k == pdef->n_kids)
    return child_error(l, pdef, el, mark, parent->rank,
                       el->ns != NULL && in_vocabulary((const char *)el->name,
                                                       strlen((const char *)el->name)));
  if (k < parent->rank || (k == parent->rank && once(pdef->kids[k])))
    return child_error(l, pdef, el, mark, parent->rank, true);
  parent->rank = (int8_t)k;

  const elem_def *def = &elems[pdef->kids[k]];
  elem_ref e = { el, mark, def };
  attr_val v[MAX_ATTRS];
  TRY(check_attrs(l, &e, v));
  *frame = *parent;
  frame->def = def->id;
  frame->rank = -1;
  frame->mark = mark;
  const char *c = parent->contact;
  switch (def->id) {
  case E_CAREGIVER:
    TRY(push_mark(l, GSI_DN_CAREGIVER, mark));
    BUILD(gs_family_add_caregiver(f, v[0].s, (gs_role)v[1].i));
    if (v[2].s != NULL)
      BUILD(gs_family_set_caregiver_birth_year(f, v[0].s, v[2].i));
    break;
  case E_PREGNANCY:
    TRY(push_mark(l, GSI_DN_PREGNANCY, mark));
    BUILD(gs_family_add_pregnancy(f, v[0].s, v[1].s, v[2].d, v[3].d,
                                  (gs_pregnancy_outcome)v[4].i, v[5].s));
    break;
  case E_CHILD:
    TRY(push_mark(l, GSI_DN_CHILD, mark));
    BUILD(gs_family_add_child(f, v[0].s, v[1].d, v[2].s));
    if (v[3].s != NULL)
      BUILD(gs_family_set_child_gestational_age(f, v[0].s, v[3].i));
    if (v[4].s != NULL)
      BUILD(gs_family_set_child_birth_weight(f, v[0].s, v[4].i));
    break;
  case E_CONTACT:
    TRY(push_mark(l, GSI_DN_CONTACT, mark));
    BUILD(gs_family_add_contact(f, v[0].s, v[1].d, v[2].s, (gs_setting)v[3].i,
                                (gs_signaller)v[4].i, v[5].s));
    frame->contact = v[0].s;
    break;
  case E_DMOP:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_DMOP, v[0].i, v[1].i));
    break;
  case E_DMOP_OVERALL:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_DMOP_OVERALL, 0, v[0].i));
    break;
  case E_CONSULT:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_CONSULT, 0, v[0].i));
    break;
  case E_GIZ:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_GIZ, v[0].i, v[1].i));
    break;
  case E_SCREENING:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_SCREENING, v[0].i, v[1].i));
    break;
  case E_HELP:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_HELP_REQUESTED, 0, v[0].i));
    break;
  case E_ZRM:
    BUILD(gs_family_add_zrm(f, c, v[0].s, (gs_zrm_domain)v[1].i, v[2].i));
    break;
  case E_PH:
    BUILD(gs_family_add_finding(f, c, GS_FINDING_POSITIVE_HEALTH, v[0].i, v[1].i));
    break;
  case E_SIGNAL:
    TRY(push_mark(l, GSI_DN_SIGNAL, mark));
    BUILD(gs_family_add_signal(f, c, v[0].s, (gs_topic)v[1].i, (gs_signal_kind)v[2].i, v[3].i,
                               v[4].d));
    break;
  case E_CONCLUSION:
    BUILD(gs_family_add_conclusion(f, v[0].d, (gs_care_need)v[1].i, v[2].i, v[3].s));
    break;
  case E_STEP:
    BUILD(gs_family_add_meldcode_step(f, v[0].i, v[1].d, (gs_meldcode_decision)v[2].i));
    break;
  case E_GOAL:
    TRY(push_mark(l, GSI_DN_GOAL, mark));
    BUILD(gs_family_add_goal(f, v[0].s, (gs_topic)v[1].i, v[2].d, v[3].d,
                             (gs_goal_status)v[4].i, v[5].d));
    frame->goal = v[0].s;
    break;
  case E_ACTION:
    TRY(push_mark(l, GSI_DN_ACTION, mark));
    BUILD(gs_family_add_action(f, parent->goal, v[0].s, v[1].i, v[2].s, v[3].d, v[4].d,
                               v[5].i, (gs_signaller)v[6].i));
    frame->action = v[0].s;
    break;
  case E_REVIEW:
    BUILD(gs_family_add_review(f, parent->action, v[0].d, (gs_review_outcome)v[1].i));
    break;
  default: /* meldcode, plan */
    break;
  }
  *ours = true;
  return GS_OK;
}

gs_status gsi_dossier_family_begin(gsi_dossier_loader *l, const xmlNode *fam, uint64_t mark,
                                   gs_family **f, gsi_dossier_frame *frame) {
  l->family_id = NULL;
  intern_names(l, fam);
  elem_ref e = { fam, mark, &elems[E_FAMILY] };
  attr_val v[MAX_ATTRS];
  TRY(check_attrs(l, &e, v));
  l->family_id = v[0].s;
  if (l->schema_only) {
    memset(frame, 0, sizeof *frame);
    frame->def = E_FAMILY;
    frame->rank = -1;
    frame->mark = mark;
    *f = NULL;
    return GS_OK;
  }
  uint64_t seen;
  if (gsi_idset_find(&l->ids, v[0].s, &seen, NULL)) {
    int line = 0, col = 0;
    if (seen != 0)
      l->resolve(l->resolve_ctx, seen, &line, &col);
    if (line > 0)
      return error_at(l, mark, "family id '%s' is used twice in this file (first at line %d)",
                      v[0].s, line);
    return error_at(l, mark, "family id '%s' is used twice in this file", v[0].s);
  }
  TRY(gsi_idset_add(&l->ids, v[0].s, mark, l->n_families));
  for (size_t i = 0; i < GSI_DN_N; i++)
    l->marks[i].n = 0;
  gs_family *nf = NULL;
  gs_status st = gs_family_new(&nf, v[0].s, v[1].s, v[2].d);
  if (st != GS_OK)
    return at_mark(l, mark, st);
  if (v[3].s != NULL && (st = gs_family_set_child_wish(nf, (gs_child_wish)v[3].i)) != GS_OK) {
    gs_family_free(nf);
    return at_mark(l, mark, st);
  }
  memset(frame, 0, sizeof *frame);
  frame->def = E_FAMILY;
  frame->rank = -1;
  frame->mark = mark;
  *f = nf;
  return GS_OK;
}

/* The mark of the item gsi_family_finish() names, or the family's. */
static uint64_t finish_mark(const gsi_dossier_loader *l, uint64_t fam, int kind,
                            int32_t index) {
  int list = -1;
  switch (kind) {
  case GSI_ID_CAREGIVER: list = GSI_DN_CAREGIVER; break;
  case GSI_ID_PREGNANCY: list = GSI_DN_PREGNANCY; break;
  case GSI_ID_CHILD: list = GSI_DN_CHILD; break;
  case GSI_ID_CONTACT: list = GSI_DN_CONTACT; break;
  case GSI_ID_SIGNAL: list = GSI_DN_SIGNAL; break;
  case GSI_ID_GOAL: list = GSI_DN_GOAL; break;
  case GSI_ID_ACTION: list = GSI_DN_ACTION; break;
  default: break;
  }
  if (list < 0 || index < 0 || (size_t)index >= l->marks[list].n)
    return fam;
  return l->marks[list].v[index];
}

/* libxml2's validation of the embedded schema (whole-file loading). */
static gs_status xsd_check(gsi_dossier_loader *l, const xmlNode *fam) {
  if (l->vctxt == NULL) {
    xmlSchemaPtr schema = gsi_xml_schema(GSI_SCHEMA_DOSSIER);
    if (schema == NULL)
      return GS_ERROR;
    l->vctxt = xmlSchemaNewValidCtxt(schema);
    if (l->vctxt == NULL)
      return gsi_oom();
    xmlSchemaSetValidStructuredErrors(l->vctxt, gsi_dossier_schema_error, l);
  }
  l->verr = false;
  l->voom = false;
  l->vnode = NULL;
  l->vmsg[0] = '\0';
  int rc = xmlSchemaValidateOneElement(l->vctxt, (xmlNodePtr)fam);
  if (l->voom)
    return gsi_oom();
  if (l->verr || rc != 0)
    return schema_failure(l, fam);
  return GS_OK;
}

gs_status gsi_dossier_family_end(gsi_dossier_loader *l, gs_family *f, const xmlNode *fam,
                                 const gsi_dossier_frame *frame) {
  if (l->schema_only) {
    l->family_id = NULL;
    return GS_OK;
  }
  gs_status st = GS_OK;
  if (l->xsd && fam != NULL)
    st = xsd_check(l, fam);
  if (st == GS_OK) {
    int bad_kind = -1;
    int32_t bad_index = -1;
    st = gsi_family_finish(f, &bad_kind, &bad_index);
    if (st != GS_OK)
      st = at_mark(l, finish_mark(l, frame->mark, bad_kind, bad_index), st);
  }
  l->family_id = NULL;
  if (st == GS_OK)
    l->n_families++;
  return st;
}

/* Whole-file loading: the children of an element of ours, recursively. */
static gs_status tree_walk(gsi_dossier_loader *l, gs_family *f, gsi_dossier_frame *frame,
                           const xmlNode *n) {
  for (const xmlNode *c = n->children; c != NULL; c = c->next) {
    switch (c->type) {
    case XML_ELEMENT_NODE: {
      gsi_dossier_frame child;
      bool ours = false;
      TRY(gsi_dossier_element(l, f, frame, c, gsi_dossier_tree_mark(c), &child, &ours));
      if (ours) {
        TRY(tree_walk(l, f, &child, c));
        TRY(gsi_dossier_element_end(l, &child));
      }
      break;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      TRY(gsi_dossier_text(l, frame, (const char *)c->content));
      break;
    case XML_ENTITY_REF_NODE:
      return error_at(l, frame->mark, "element '%s' holds an entity reference",
                      elems[frame->def].name);
    default:
      break;
    }
  }
  return GS_OK;
}

static gs_status tree_family(gsi_dossier_loader *l, const xmlNode *fam, gs_family **out) {
  gs_family *f = NULL;
  gsi_dossier_frame frame;
  TRY(gsi_dossier_family_begin(l, fam, gsi_dossier_tree_mark(fam), &f, &frame));
  gs_status st = tree_walk(l, f, &frame, fam);
  if (st == GS_OK)
    st = gsi_dossier_family_end(l, f, fam, &frame);
  if (st != GS_OK) {
    l->family_id = NULL;
    gs_family_free(f);
    return st;
  }
  *out = f;
  return GS_OK;
}

/* ======================================================================
 * Whole-file loading
 * ====================================================================== */

struct gs_dossier {
  gs_family **families;
  size_t n, cap;
  bool root_family;
  gsi_idset ids;
};

/* Takes the family element fam (at mark) of a dossier tree. */
typedef gs_status (*tree_family_fn)(void *ctx, gsi_dossier_loader *l, const xmlNode *fam,
                                    uint64_t mark);

/* Hands each family of a dossier tree to take(), in document order: the
 * root element when it is a <family> (*root_family set), else every family
 * under <dossiers>, checking the text between them; a <dossiers> without
 * a family is an error. Stops at the first error. */
static gs_status tree_families(gsi_dossier_loader *l, const xmlNode *root, bool *root_family,
                               tree_family_fn take, void *ctx) {
  uint64_t root_mark = gsi_dossier_tree_mark(root);
  *root_family = false;
  gs_status st = gsi_dossier_check_root(l, root, root_mark, root_family);
  if (st != GS_OK)
    return st;
  if (*root_family)
    return take(ctx, l, root, root_mark);
  gsi_dossier_frame top;
  gsi_dossier_root_frame(&top, root_mark);
  size_t families = 0;
  for (const xmlNode *c = root->children; c != NULL && st == GS_OK; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      st = gsi_dossier_text(l, &top, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE)
      continue;
    bool is_family = false;
    uint64_t mark = gsi_dossier_tree_mark(c);
    st = gsi_dossier_check_child(l, c, mark, &is_family);
    if (st == GS_OK && is_family) {
      families++;
      st = take(ctx, l, c, mark);
    }
  }
  if (st == GS_OK && families == 0)
    st = gsi_dossier_no_family_error(l, root_mark);
  return st;
}

/* Loads the family at fam into the dossier ctx. */
static gs_status keep_family(void *ctx, gsi_dossier_loader *l, const xmlNode *fam,
                             uint64_t mark) {
  gs_dossier *d = ctx;
  if (d->n >= GS_DOSSIER_MAX_FAMILIES)
    return error_at(l, mark, "the file holds more than %d families: read it with the "
                    "streaming reader (gs_dossier_reader_open_file)", GS_DOSSIER_MAX_FAMILIES);
  if (d->n == d->cap && GSI_GROW(d->families, d->cap, d->n + 1) != GS_OK)
    return GS_ENOMEM;
  gs_family *f = NULL;
  gs_status st = tree_family(l, fam, &f);
  if (st == GS_OK)
    d->families[d->n++] = f;
  return st;
}

static gs_status load_doc(xmlDocPtr doc, const char *name, gs_dossier **out) {
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root == NULL)
    return gsi_error(GS_EPARSE, name, 0, 0, "the document has no root element");
  gs_dossier *d = gsi_calloc(1, sizeof *d);
  if (d == NULL)
    return gsi_oom();
  gsi_idset_init(&d->ids);
  gsi_dossier_loader l;
  gsi_dossier_loader_init(&l, name);
  l.xsd = true;
  gs_status st = tree_families(&l, root, &d->root_family, keep_family, d);
  if (st == GS_OK) {
    d->ids = l.ids;
    gsi_idset_init(&l.ids);
    *out = d;
  } else {
    gs_dossier_free(d);
  }
  gsi_dossier_loader_free(&l);
  return st;
}

gs_status gsi_dossier_xsd_validate(xmlDocPtr doc, const char *name) {
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root == NULL)
    return gsi_error(GS_EPARSE, name, 0, 0, "the document has no root element");
  xmlSchemaPtr schema = gsi_xml_schema(GSI_SCHEMA_DOSSIER);
  if (schema == NULL)
    return GS_ERROR;
  gsi_dossier_loader l;
  gsi_dossier_loader_init(&l, name);
  l.vctxt = xmlSchemaNewValidCtxt(schema);
  gs_status st = GS_OK;
  if (l.vctxt == NULL) {
    st = gsi_oom();
  } else {
    xmlSchemaSetValidStructuredErrors(l.vctxt, gsi_dossier_schema_error, &l);
    int rc = xmlSchemaValidateDoc(l.vctxt, doc);
    if (l.voom)
      st = gsi_oom();
    else if (l.verr || rc != 0)
      st = schema_failure(&l, root);
  }
  gsi_dossier_loader_free(&l);
  return st;
}

/* Checks the family at fam against the schema's rules only (nothing is
 * built). */
static gs_status check_family(void *ctx, gsi_dossier_loader *l, const xmlNode *fam,
                              uint64_t mark) {
  (void)ctx;
  (void)mark;
  gs_family *f = NULL;
  return tree_family(l, fam, &f);
}

gs_status gsi_dossier_validate_tree(xmlDocPtr doc, const char *name) {
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root == NULL)
    return gsi_error(GS_EPARSE, name, 0, 0, "the document has no root element");
  gsi_dossier_loader l;
  gsi_dossier_loader_init(&l, name);
  l.schema_only = true;
  bool root_family;
  gs_status st = tree_families(&l, root, &root_family, check_family, NULL);
  gsi_dossier_loader_free(&l);
  return st;
}

/* XML never holds the character NUL; libxml2's whole-document parser takes
 * a NUL byte after the root element for the end of the input (its push
 * parser, used by the streaming reader, does not), so it is refused here. */
static gs_status refuse_nul(const char *data, size_t len, const char *name) {
  const unsigned char *u = (const unsigned char *)data;
  if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
                   u[0] == 0 || u[1] == 0))
    return GS_OK; /* UTF-16 or UTF-32: NUL bytes are part of the characters */
  const char *nul = memchr(data, '\0', len);
  if (nul == NULL)
    return GS_OK;
  int line = 1, col = 1;
  for (const char *p = data; p < nul; p++) {
    if (*p == '\n') {
      line++;
      col = 1;
    } else if (((unsigned char)*p & 0xC0) != 0x80) {
      col++;
    }
  }
  return gsi_error(GS_EPARSE, name, line, col,
                   "XML is not well-formed: the document holds a NUL byte");
}

static gs_status load_buffer(gs_dossier **out, const char *data, size_t len, const char *name) {
  gs_status st = refuse_nul(data, len, name);
  if (st != GS_OK)
    return st;
  xmlDocPtr doc = NULL;
  st = gsi_xml_parse(data, len, name, &doc);
  if (st != GS_OK)
    return st;
  st = load_doc(doc, name, out);
  xmlFreeDoc(doc);
  return st;
}

GS_EXPORT gs_status gs_dossier_load_memory(gs_dossier **out, const char *data, size_t len,
                                           const char *name) {
  if (out == NULL || data == NULL)
    return gsi_einval("gs_dossier_load_memory: %s is NULL", out == NULL ? "out" : "data");
  if (name == NULL)
    name = "memory";
  return load_buffer(out, data, len, name);
}

GS_EXPORT gs_status gs_dossier_load_file(gs_dossier **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_dossier_load_file: %s is NULL", out == NULL ? "out" : "path");
  char *data = NULL;
  size_t len = 0;
  gs_status st = gsi_read_file(path, GSI_XML_MAX_DOC, &data, &len);
  if (st != GS_OK)
    return st;
  st = load_buffer(out, data, len, path);
  gsi_free(data);
  return st;
}

GS_EXPORT void gs_dossier_free(gs_dossier *d) {
  if (d == NULL)
    return;
  for (size_t i = 0; i < d->n; i++)
    gs_family_free(d->families[i]);
  gsi_free(d->families);
  gsi_idset_free(&d->ids);
  gsi_free(d);
}

GS_EXPORT size_t gs_dossier_family_count(const gs_dossier *d) {
  return d ? d->n : 0;
}

GS_EXPORT const gs_family *gs_dossier_family(const gs_dossier *d, size_t i) {
  return d != NULL && i < d->n ? d->families[i] : NULL;
}

GS_EXPORT int gs_dossier_root_is_family(const gs_dossier *d) {
  return d != NULL && d->root_family;
}

GS_EXPORT gs_status gs_dossier_find_family(const gs_dossier *d, const char *id, size_t *index) {
  if (d == NULL || id == NULL)
    return gsi_einval("gs_dossier_find_family: %s is NULL", d == NULL ? "dossier" : "id");
  if (!gsi_idset_find(&d->ids, id, NULL, index))
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "no family '%.64s' in the dossier", id);
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_take_family(gs_dossier *d, size_t i, gs_family **out) {
  if (d == NULL || out == NULL)
    return gsi_einval("gs_dossier_take_family: %s is NULL", d == NULL ? "dossier" : "out");
  if (i >= d->n)
    return gsi_einval("gs_dossier_take_family: index %zu is out of range (%zu families)", i,
                      d->n);
  if (d->families[i] == NULL)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "family %zu was already taken", i);
  *out = d->families[i];
  d->families[i] = NULL;
  return GS_OK;
}

/* ======================================================================
 * Canonical writer
 * ====================================================================== */

static void w_open(gsi_buf *b, int level, const char *name) {
  gsi_buf_indent(b, level);
  gsi_buf_putc(b, '<');
  gsi_buf_puts(b, name);
}

static void w_token(gsi_buf *b, const char *attr, gs_kind kind, int code) {
  const char *t = gsi_code_token(kind, code);
  gsi_buf_xml_attr(b, attr, t != NULL ? t : "");
}

static void w_bool(gsi_buf *b, const char *attr, bool v) {
  gsi_buf_xml_attr(b, attr, v ? "true" : "false");
}

static void w_close(gsi_buf *b, int level, const char *name) {
  gsi_buf_indent(b, level);
  gsi_buf_puts(b, "</");
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, ">\n");
}

static void w_finding(gsi_buf *b, const gs_family *f, const gsi_finding *x, int level) {
  switch (x->kind) {
  case GS_FINDING_DMOP:
    w_open(b, level, "dmop");
    w_token(b, "domain", GS_KIND_DMOP_DOMAIN, x->item);
    w_token(b, "rating", GS_KIND_DMOP_RATING, x->value);
    break;
  case GS_FINDING_DMOP_OVERALL:
    w_open(b, level, "dmop-overall");
    w_token(b, "rating", GS_KIND_DMOP_RATING, x->value);
    break;
  case GS_FINDING_CONSULT:
    w_open(b, level, "consult");
    w_token(b, "status", GS_KIND_CONSULT_STATUS, x->value);
    break;
  case GS_FINDING_GIZ:
    w_open(b, level, "giz");
    w_token(b, "area", GS_KIND_GIZ_AREA, x->item);
    gsi_buf_xml_attr_int(b, "gom", x->value);
    break;
  case GS_FINDING_SCREENING:
    w_open(b, level, "screening");
    w_token(b, "topic", GS_KIND_TOPIC, x->item);
    w_token(b, "concern", GS_KIND_CONCERN, x->value);
    break;
  case GS_FINDING_HELP_REQUESTED:
    w_open(b, level, "help-requested");
    w_bool(b, "value", x->value != 0);
    break;
  case GS_FINDING_ZRM:
    w_open(b, level, "zrm");
    gsi_buf_xml_attr(b, "caregiver",
                     x->caregiver_id != NULL ? x->caregiver_id :
                     (x->caregiver >= 0 && (size_t)x->caregiver < f->n_caregivers) ?
                     f->caregivers[x->caregiver].id : "");
    w_token(b, "domain", GS_KIND_ZRM_DOMAIN, x->item);
    gsi_buf_xml_attr_int(b, "score", x->value);
    break;
  case GS_FINDING_POSITIVE_HEALTH:
    w_open(b, level, "positive-health");
    w_token(b, "dimension", GS_KIND_PH_DIMENSION, x->item);
    gsi_buf_xml_attr_int(b, "score", x->value);
    break;
  case GS_FINDING_SIGNAL:
    w_open(b, level, "signal");
    gsi_buf_xml_attr(b, "id", x->id != NULL ? x->id : "");
    w_token(b, "topic", GS_KIND_TOPIC, x->item);
    w_token(b, "kind", GS_KIND_SIGNAL_KIND, x->signal_kind);
    gsi_buf_xml_attr_int(b, "severity", x->value);
    if (x->resolved != GS_DATE_NONE)
      gsi_buf_xml_attr_date(b, "resolved", x->resolved);
    break;
  default:
    return; /* a finished family holds only the kinds above */
  }
  gsi_buf_puts(b, "/>\n");
}

void gsi_dossier_write_family(gsi_buf *b, const gs_family *f, int level) {
  w_open(b, level, "family");
  if (level == 0)
    gsi_buf_puts(b, " xmlns=\"" GSI_DOSSIER_NS "\"");
  gsi_buf_xml_attr(b, "id", f->id);
  gsi_buf_xml_attr(b, "municipality", f->municipality_code);
  gsi_buf_xml_attr_date(b, "enrolled", f->enrolled);
  w_token(b, "child-wish", GS_KIND_CHILD_WISH, f->child_wish);
  if (f->n_caregivers + f->n_pregnancies + f->n_children + f->n_contacts + f->n_conclusions +
      f->n_meldcode + f->n_goals == 0) {
    gsi_buf_puts(b, "/>\n");
    return;
  }
  gsi_buf_puts(b, ">\n");
  int in = level + 1;
  for (size_t i = 0; i < f->n_caregivers; i++) {
    const gsi_caregiver *c = &f->caregivers[i];
    w_open(b, in, "caregiver");
    gsi_buf_xml_attr(b, "id", c->id);
    w_token(b, "role", GS_KIND_ROLE, c->role);
    if (c->birth_year != 0)
      gsi_buf_xml_attr_int(b, "birth-year", c->birth_year);
    gsi_buf_puts(b, "/>\n");
  }
  for (size_t i = 0; i < f->n_pregnancies; i++) {
    const gsi_pregnancy *p = &f->pregnancies[i];
    w_open(b, in, "pregnancy");
    gsi_buf_xml_attr(b, "id", p->id);
    gsi_buf_xml_attr(b, "caregiver", p->caregiver_id);
    gsi_buf_xml_attr_date(b, "due", p->due);
    if (p->ended != GS_DATE_NONE)
      gsi_buf_xml_attr_date(b, "ended", p->ended);
    if (p->outcome != GS_OUTCOME_NONE)
      w_token(b, "outcome", GS_KIND_PREGNANCY_OUTCOME, p->outcome);
    if (p->child_id != NULL)
      gsi_buf_xml_attr(b, "child", p->child_id);
    gsi_buf_puts(b, "/>\n");
  }
  for (size_t i = 0; i < f->n_children; i++) {
    const gsi_child *c = &f->children[i];
    w_open(b, in, "child");
    gsi_buf_xml_attr(b, "id", c->id);
    gsi_buf_xml_attr_date(b, "born", c->born);
    if (c->pregnancy_id != NULL)
      gsi_buf_xml_attr(b, "pregnancy", c->pregnancy_id);
    if (c->gestational_age != 0)
      gsi_buf_xml_attr_int(b, "gestational-age", c->gestational_age);
    if (c->birth_weight != 0)
      gsi_buf_xml_attr_int(b, "birth-weight", c->birth_weight);
    gsi_buf_puts(b, "/>\n");
  }
  for (size_t i = 0; i < f->n_contacts; i++) {
    const gsi_contact *c = &f->contacts[i];
    w_open(b, in, "contact");
    gsi_buf_xml_attr(b, "id", c->id);
    gsi_buf_xml_attr_date(b, "date", c->date);
    gsi_buf_xml_attr(b, "moment", c->moment);
    w_token(b, "setting", GS_KIND_SETTING, c->setting);
    w_token(b, "by", GS_KIND_SIGNALLER, c->by);
    if (c->subject_id != NULL)
      gsi_buf_xml_attr(b, "subject", c->subject_id);
    if (c->n_findings == 0) {
      gsi_buf_puts(b, "/>\n");
      continue;
    }
    gsi_buf_puts(b, ">\n");
    for (uint32_t j = 0; j < c->n_findings; j++)
      w_finding(b, f, &f->findings[c->first_finding + j], in + 1);
    w_close(b, in, "contact");
  }
  for (size_t i = 0; i < f->n_conclusions; i++) {
    const gsi_conclusion *c = &f->conclusions[i];
    w_open(b, in, "conclusion");
    gsi_buf_xml_attr_date(b, "date", c->date);
    w_token(b, "care-need", GS_KIND_CARE_NEED, c->care_need);
    if (c->proposed != 0)
      w_token(b, "proposed", GS_KIND_CARE_NEED, c->proposed);
    if (c->reason != NULL)
      gsi_buf_xml_attr(b, "reason", c->reason);
    gsi_buf_puts(b, "/>\n");
  }
  if (f->n_meldcode > 0) {
    w_open(b, in, "meldcode");
    gsi_buf_puts(b, ">\n");
    for (size_t i = 0; i < f->n_meldcode; i++) {
      const gsi_meldcode_step *m = &f->meldcode[i];
      w_open(b, in + 1, "step");
      gsi_buf_xml_attr_int(b, "n", m->n);
      gsi_buf_xml_attr_date(b, "date", m->date);
      if (m->decision != GS_MELDCODE_DECISION_NONE)
        w_token(b, "decision", GS_KIND_MELDCODE_DECISION, m->decision);
      gsi_buf_puts(b, "/>\n");
    }
    w_close(b, in, "meldcode");
  }
  if (f->n_goals > 0) {
    w_open(b, in, "plan");
    gsi_buf_puts(b, ">\n");
    for (size_t g = 0; g < f->n_goals; g++) {
      const gsi_goal *goal = &f->goals[g];
      w_open(b, in + 1, "goal");
      gsi_buf_xml_attr(b, "id", goal->id);
      w_token(b, "topic", GS_KIND_TOPIC, goal->topic);
      gsi_buf_xml_attr_date(b, "opened", goal->opened);
      if (goal->target != GS_DATE_NONE)
        gsi_buf_xml_attr_date(b, "target", goal->target);
      w_token(b, "status", GS_KIND_GOAL_STATUS, goal->status);
      if (goal->closed != GS_DATE_NONE)
        gsi_buf_xml_attr_date(b, "closed", goal->closed);
      if (goal->n_actions == 0) {
        gsi_buf_puts(b, "/>\n");
        continue;
      }
      gsi_buf_puts(b, ">\n");
      for (uint32_t a = 0; a < goal->n_actions; a++) {
        const gsi_action *act = &f->actions[goal->first_action + a];
        w_open(b, in + 2, "action");
        gsi_buf_xml_attr(b, "id", act->id);
        gsi_buf_xml_attr_int(b, "level", act->level);
        if (act->offer != NULL)
          gsi_buf_xml_attr(b, "offer", act->offer);
        gsi_buf_xml_attr_date(b, "start", act->start);
        if (act->end != GS_DATE_NONE)
          gsi_buf_xml_attr_date(b, "end", act->end);
        w_bool(b, "warm-handover", act->warm_handover);
        w_token(b, "responsible", GS_KIND_SIGNALLER, act->responsible);
        if (act->n_reviews == 0) {
          gsi_buf_puts(b, "/>\n");
          continue;
        }
        gsi_buf_puts(b, ">\n");
        for (uint32_t r = 0; r < act->n_reviews; r++) {
          const gsi_review *rev = &f->reviews[act->first_review + r];
          w_open(b, in + 3, "review");
          gsi_buf_xml_attr_date(b, "date", rev->date);
          w_token(b, "outcome", GS_KIND_REVIEW_OUTCOME, rev->outcome);
          gsi_buf_puts(b, "/>\n");
        }
        w_close(b, in + 2, "action");
      }
      w_close(b, in + 1, "goal");
    }
    w_close(b, in, "plan");
  }
  w_close(b, level, "family");
}

static const char xml_decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
static const char dossiers_open[] = "<dossiers xmlns=\"" GSI_DOSSIER_NS "\">\n";
static const char dossiers_close[] = "</dossiers>\n";

static gs_status check_families(const char *fn, const gs_family *const *families, size_t n,
                                int root_family) {
  if (families == NULL)
    return gsi_einval("%s: families is NULL", fn);
  if (n == 0)
    return gsi_einval("%s: a dossier holds at least one family", fn);
  if (root_family && n != 1)
    return gsi_einval("%s: a 'family' root holds exactly one family, not %zu", fn, n);
  for (size_t i = 0; i < n; i++) {
    if (families[i] == NULL)
      return gsi_einval("%s: family %zu is NULL", fn, i);
    if (!families[i]->finished)
      return gsi_einval("%s: family %s is not finished (call gs_family_finish first)", fn,
                        families[i]->id);
  }
  return GS_OK;
}

static gs_status save_buf(const gs_family *const *families, size_t n, int root_family,
                          gsi_buf *b) {
  gsi_buf_puts(b, xml_decl);
  if (root_family) {
    gsi_dossier_write_family(b, families[0], 0);
  } else {
    gsi_buf_puts(b, dossiers_open);
    for (size_t i = 0; i < n; i++)
      gsi_dossier_write_family(b, families[i], 1);
    gsi_buf_puts(b, dossiers_close);
  }
  return gsi_buf_status(b);
}

GS_EXPORT gs_status gs_dossier_save_memory(const gs_family *const *families, size_t n,
                                           int root_family, char **out, size_t *len) {
  if (out == NULL)
    return gsi_einval("gs_dossier_save_memory: out is NULL");
  TRY(check_families("gs_dossier_save_memory", families, n, root_family));
  gsi_buf b = GSI_BUF_INIT;
  gs_status st = save_buf(families, n, root_family, &b);
  if (st != GS_OK) {
    gsi_buf_free(&b);
    return st;
  }
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_dossier_save_file(const gs_family *const *families, size_t n,
                                         int root_family, const char *path) {
  if (path == NULL)
    return gsi_einval("gs_dossier_save_file: path is NULL");
  TRY(check_families("gs_dossier_save_file", families, n, root_family));
  gsi_buf b = GSI_BUF_INIT;
  gs_status st = save_buf(families, n, root_family, &b);
  if (st == GS_OK)
    st = gsi_write_file_atomic(path, b.data, b.len);
  gsi_buf_free(&b);
  return st;
}

/* ---- streaming writer ---------------------------------------------------- */

#define WRITER_FLUSH (1u << 20)

enum { W_OPEN, W_CLOSED, W_FAILED };

struct gs_dossier_writer {
  char *path;
  gsi_atomic_file file;
  int state;
  size_t n;
  gsi_buf buf;
};

/* Writes the buffer out; a failure fails the writer. */
static gs_status writer_flush(gs_dossier_writer *w) {
  gs_status st = gsi_atomic_write(&w->file, w->buf.data, w->buf.len);
  if (st != GS_OK) {
    w->state = W_FAILED;
    return st;
  }
  gsi_buf_reset(&w->buf);
  return GS_OK;
}

/* GS_ESTATE for a writer that is closed or failed. */
static gs_status writer_not_open(const gs_dossier_writer *w) {
  return gsi_error(GS_ESTATE, w->path, 0, 0,
                   w->state == W_CLOSED ? "the dossier writer is already closed" :
                   "the dossier writer failed earlier");
}

GS_EXPORT gs_status gs_dossier_writer_open(gs_dossier_writer **out, const char *path) {
  if (out == NULL || path == NULL || *path == '\0')
    return gsi_einval("gs_dossier_writer_open: %s", out == NULL ? "out is NULL" : "no path given");
  gs_dossier_writer *w = gsi_calloc(1, sizeof *w);
  if (w == NULL)
    return gsi_oom();
  gsi_buf_init(&w->buf);
  w->path = gsi_strdup(path);
  if (w->path == NULL) {
    gs_dossier_writer_free(w);
    return gsi_oom();
  }
  gs_status st = gsi_atomic_open(&w->file, w->path, 0644);
  if (st != GS_OK) {
    gs_dossier_writer_free(w);
    return st;
  }
  w->state = W_OPEN;
  gsi_buf_puts(&w->buf, xml_decl);
  gsi_buf_puts(&w->buf, dossiers_open);
  if (w->buf.oom) {
    gs_dossier_writer_free(w);
    return gsi_oom();
  }
  *out = w;
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_writer_add(gs_dossier_writer *w, const gs_family *family) {
  if (w == NULL || family == NULL)
    return gsi_einval("gs_dossier_writer_add: %s is NULL", w == NULL ? "writer" : "family");
  if (w->state != W_OPEN)
    return writer_not_open(w);
  if (!family->finished)
    return gsi_einval("gs_dossier_writer_add: family %s is not finished (call "
                      "gs_family_finish first)", family->id);
  gsi_dossier_write_family(&w->buf, family, 1);
  if (w->buf.oom) {
    w->state = W_FAILED;
    return gsi_oom();
  }
  w->n++;
  if (w->buf.len >= WRITER_FLUSH)
    return writer_flush(w);
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_writer_close(gs_dossier_writer *w) {
  if (w == NULL)
    return gsi_einval("gs_dossier_writer_close: writer is NULL");
  if (w->state != W_OPEN)
    return writer_not_open(w);
  if (w->n == 0)
    return gsi_einval("gs_dossier_writer_close: a dossier holds at least one family");
  gsi_buf_puts(&w->buf, dossiers_close);
  if (w->buf.oom) {
    w->state = W_FAILED;
    return gsi_oom();
  }
  TRY(writer_flush(w));
  gs_status st = gsi_atomic_commit(&w->file);
  w->state = st == GS_OK ? W_CLOSED : W_FAILED;
  return st;
}

GS_EXPORT void gs_dossier_writer_free(gs_dossier_writer *w) {
  if (w == NULL)
    return;
  gsi_atomic_abort(&w->file);
  gsi_free(w->path);
  gsi_buf_free(&w->buf);
  gsi_free(w);
}
