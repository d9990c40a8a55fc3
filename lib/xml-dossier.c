/*
 * libgoedestart - dossier XML: the family loader shared by whole-file
 * loading and streaming, whole-file loading (gs_dossier), and the canonical
 * writer (gs_dossier_save_*, gs_dossier_writer). spec/formats.md "Dossier".
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Loading: every `family` element is validated on its own against the
 * embedded schema (xmlSchemaValidateOneElement), then built with the public
 * builder (gs-family.h) and finished with gsi_family_finish(), so files and
 * builder calls run the same checks. The root and the children of
 * `dossiers` are checked here in C with the messages the schema would give,
 * which lets whole-file loading and the streaming reader share one path.
 * libxml2's schema messages are rewritten for a data manager ("unknown
 * attribute 'x' on element 'family'" instead of "Element
 * '{urn:goedestart:dossier:1}family', attribute 'x': The attribute 'x' is
 * not allowed.").
 *
 * Saving: the canonical form is described in gs-dossier.h. The writer reads
 * the finished family's arrays directly; their order is the canonical order
 * (lib/model.h), so the writer never sorts.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

static const char *const vocabulary[] = {
  "dossiers", "family", "caregiver", "pregnancy", "child", "contact", "dmop",
  "dmop-overall", "consult", "giz", "screening", "help-requested", "zrm",
  "positive-health", "signal", "conclusion", "plan", "goal", "action", "review",
};

static bool in_vocabulary(const char *name, size_t len) {
  for (size_t i = 0; i < GSI_ARRAY_LEN(vocabulary); i++)
    if (strlen(vocabulary[i]) == len && memcmp(vocabulary[i], name, len) == 0)
      return true;
  return false;
}

static bool is_ours(const xmlNode *n) {
  return n->ns != NULL && n->ns->href != NULL &&
         strcmp((const char *)n->ns->href, GSI_DOSSIER_NS) == 0;
}

static gs_status error_at(gsi_dossier_loader *l, const xmlNode *node, const char *fmt, ...)
  GSI_PRINTF(3, 4);

static void node_pos(const gsi_dossier_loader *l, const xmlNode *node, int *line, int *col) {
  l->resolve(l->pos_ctx, node != NULL ? l->mark(l->pos_ctx, node) : 0, line, col);
}

/* Whole-file loading: the mark packs gsi_xml_pos's line and column. */
static uint64_t dom_mark(void *ctx, const xmlNode *node) {
  int line, col;
  gsi_xml_pos(node, &line, &col);
  return ((uint64_t)(uint32_t)line << 32) | (uint32_t)col;
}

static void dom_resolve(void *ctx, uint64_t mark, int *line, int *col) {
  *line = (int)(mark >> 32);
  *col = (int)(mark & 0xFFFFFFFFu);
}

static gs_status error_at(gsi_dossier_loader *l, const xmlNode *node, const char *fmt, ...) {
  int line, col;
  node_pos(l, node, &line, &col);
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
  node_pos(l, node, &line, &col);
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
  memset(l, 0, sizeof *l);
  l->file = file;
  l->mark = dom_mark;
  l->resolve = dom_resolve;
  for (size_t i = 0; i < GSI_ARRAY_LEN(l->attr_text); i++)
    gsi_buf_init(&l->attr_text[i]);
  gsi_idset_init(&l->ids);
}

void gsi_dossier_loader_free(gsi_dossier_loader *l) {
  if (l->vctxt != NULL)
    xmlSchemaFreeValidCtxt(l->vctxt);
  for (size_t i = 0; i < GSI_DN_N; i++)
    gsi_free(l->nodes[i].v);
  for (size_t i = 0; i < GSI_ARRAY_LEN(l->attr_text); i++)
    gsi_buf_free(&l->attr_text[i]);
  gsi_idset_free(&l->ids);
  memset(l, 0, sizeof *l);
}

gs_status gsi_dossier_check_root(gsi_dossier_loader *l, const xmlNode *root, bool *is_family) {
  const char *name = (const char *)root->name;
  const char *ns = root->ns != NULL ? (const char *)root->ns->href : NULL;
  bool ours = ns != NULL && strcmp(ns, GSI_DOSSIER_NS) == 0;
  if (ours && strcmp(name, "family") == 0) {
    *is_family = true;
    return GS_OK;
  }
  if (ours && strcmp(name, "dossiers") == 0) {
    for (const xmlAttr *a = root->properties; a != NULL; a = a->next)
      if (a->ns == NULL)
        return error_at(l, root, "unknown attribute '%s' on element 'dossiers'",
                        (const char *)a->name);
    *is_family = false;
    return GS_OK;
  }
  if (ns == NULL)
    return error_at(l, root,
                    "the root element '%s' has no namespace: a dossier's root is 'dossiers' or "
                    "'family' in namespace " GSI_DOSSIER_NS, name);
  if (ours)
    return error_at(l, root,
                    "unknown root element '%s': a dossier's root is 'dossiers' or 'family'", name);
  return error_at(l, root,
                  "the root element '%s' is in namespace '%.200s': a dossier's root is "
                  "'dossiers' or 'family' in namespace " GSI_DOSSIER_NS, name, ns);
}

gs_status gsi_dossier_check_child(gsi_dossier_loader *l, const xmlNode *parent,
                                  const xmlNode *child, bool *take) {
  const char *name = (const char *)child->name;
  bool has_ns = child->ns != NULL && child->ns->href != NULL;
  bool ours = is_ours(child);
  const char *pname = (const char *)parent->name;
  if (ours && strcmp(name, "family") == 0) {
    *take = true;
    return GS_OK;
  }
  if (has_ns && !ours) {
    *take = false;
    return GS_OK;
  }
  if (!has_ns)
    return error_at(l, child, "element '%s' has no namespace and is not allowed in '%s' "
                    "(expected family)", name, pname);
  if (in_vocabulary(name, strlen(name)))
    return error_at(l, child, "element '%s' is not allowed here in '%s' (expected family)",
                    name, pname);
  return error_at(l, child, "unknown element '%s' in '%s' (expected family)", name, pname);
}

gs_status gsi_dossier_text_error(gsi_dossier_loader *l, const xmlNode *parent) {
  return error_at(l, parent, "element '%s' must not contain text", (const char *)parent->name);
}

gs_status gsi_dossier_no_family_error(gsi_dossier_loader *l, const xmlNode *root) {
  return error_at(l, root, "element '%s' is incomplete (expected family)",
                  (const char *)root->name);
}

/* ======================================================================
 * Loader: building one family
 * ====================================================================== */

static gs_status push_node(gsi_dossier_loader *l, int kind, const xmlNode *n) {
  gsi_node_list *list = &l->nodes[kind];
  if (list->n == list->cap && GSI_GROW(list->v, list->cap, list->n + 1) != GS_OK)
    return GS_ENOMEM;
  list->v[list->n++] = n;
  return GS_OK;
}

/* Places the current error (from a builder call) at node; a builder's
 * GS_EINVAL becomes GS_EPARSE, since here it is bad input. */
static gs_status at_node(gsi_dossier_loader *l, const xmlNode *node, gs_status st) {
  if (st == GS_ENOMEM)
    return st;
  int line, col;
  node_pos(l, node, &line, &col);
  if (st == GS_EINVAL) {
    char msg[1024];
    snprintf(msg, sizeof msg, "%s", gs_error_message(gs_error_last()));
    gsi_error(GS_EPARSE, l->file, line, col, "%s", msg);
    return GS_EPARSE;
  }
  gsi_error_set_pos(l->file, line, col);
  return st;
}

/* Attribute values of an element by name (no namespace), NULL when absent. */
static gs_status get_attrs(gsi_dossier_loader *l, const xmlNode *n, const char *const *names,
                           size_t count, const char **vals) {
  for (size_t i = 0; i < count; i++)
    vals[i] = NULL;
  for (const xmlAttr *a = n->properties; a != NULL; a = a->next) {
    if (a->ns != NULL)
      continue;
    const char *an = (const char *)a->name;
    size_t i = 0;
    while (i < count && (an[0] != names[i][0] || strcmp(an, names[i]) != 0))
      i++;
    if (i == count)
      return error_at(l, n, "unknown attribute '%s' on element '%s'", an, (const char *)n->name);
    const xmlNode *t = a->children;
    if (t == NULL) {
      vals[i] = "";
    } else if (t->next == NULL && t->type == XML_TEXT_NODE) {
      vals[i] = (const char *)t->content;
    } else {
      gsi_buf *b = &l->attr_text[i];
      gsi_buf_reset(b);
      gsi_buf_append(b, "", 0);
      for (; t != NULL; t = t->next) {
        if (t->type != XML_TEXT_NODE)
          return error_at(l, n, "attribute '%s' of element '%s' holds an entity reference",
                          an, (const char *)n->name);
        gsi_buf_puts(b, (const char *)t->content);
      }
      if (b->oom)
        return gsi_oom();
      vals[i] = b->data;
    }
  }
  return GS_OK;
}

static gs_status missing(gsi_dossier_loader *l, const xmlNode *n, const char *attr) {
  return error_at(l, n, "element '%s' lacks the required attribute '%s'",
                  (const char *)n->name, attr);
}

/* What an element is called in messages, in the builder's words:
 * "family F-1", "contact K1 of family F-1", "conclusion of family F-1". */
static void describe(const gsi_dossier_loader *l, char *buf, size_t size, const xmlNode *n,
                     const char *id) {
  const char *name = (const char *)n->name;
  const char *fam = l->family_id != NULL ? l->family_id : "?";
  if (strcmp(name, "family") == 0)
    snprintf(buf, size, "family %.64s", id != NULL ? id : fam);
  else if (id != NULL)
    snprintf(buf, size, "%s %.64s of family %.64s", name, id, fam);
  else
    snprintf(buf, size, "%s of family %.64s", name, fam);
}

static gs_status date_attr(gsi_dossier_loader *l, const xmlNode *n, const char *id,
                           const char *attr, const char *v, bool required, gs_date *out) {
  if (v == NULL) {
    if (required)
      return missing(l, n, attr);
    *out = GS_DATE_NONE;
    return GS_OK;
  }
  const char *why = gsi_date_parse_reason(v, out);
  if (why != NULL) {
    char what[200];
    describe(l, what, sizeof what, n, id);
    return error_at(l, n, "%s: %s '%.40s' is not a valid date: %s", what, attr, v, why);
  }
  return GS_OK;
}

static gs_status token_attr(gsi_dossier_loader *l, const xmlNode *n, const char *id,
                            const char *attr, const char *v, gs_kind kind, bool required,
                            int *out) {
  if (v == NULL) {
    if (required)
      return missing(l, n, attr);
    *out = 0;
    return GS_OK;
  }
  int c = gsi_code_parse(kind, v);
  if (c < 0) {
    char what[200];
    describe(l, what, sizeof what, n, id);
    return error_at(l, n, "%s: %s '%.40s' is not a known value", what, attr, v);
  }
  *out = c;
  return GS_OK;
}

static gs_status int_attr(gsi_dossier_loader *l, const xmlNode *n, const char *attr,
                          const char *v, long min, long max, int *out) {
  long x;
  if (v == NULL)
    return missing(l, n, attr);
  if (!gsi_parse_int(v, min, max, &x)) {
    char what[200];
    describe(l, what, sizeof what, n, NULL);
    return error_at(l, n, "%s: %s '%.40s' is not a whole number from %ld to %ld", what, attr, v,
                    min, max);
  }
  *out = (int)x;
  return GS_OK;
}

static gs_status bool_attr(gsi_dossier_loader *l, const xmlNode *n, const char *id,
                           const char *attr, const char *v, bool *out) {
  if (v == NULL)
    return missing(l, n, attr);
  if (!gsi_parse_bool(v, out)) {
    char what[200];
    describe(l, what, sizeof what, n, id);
    return error_at(l, n, "%s: %s '%.40s' is not true or false", what, attr, v);
  }
  return GS_OK;
}

static bool named(const xmlNode *n, const char *name) {
  return n->name[0] == (xmlChar)name[0] && strcmp((const char *)n->name, name) == 0;
}

static const xmlNode *next_ours(const xmlNode *n, const xmlNs *ns) {
  for (; n != NULL; n = n->next)
    if (n->type == XML_ELEMENT_NODE && n->ns != NULL && (n->ns == ns || is_ours(n)))
      return n;
  return NULL;
}

#define TRY(expr)                                                                          \
  do {                                                                                     \
    gs_status try_st_ = (expr);                                                            \
    if (try_st_ != GS_OK)                                                                  \
      return try_st_;                                                                      \
  } while (0)

#define BUILD(node, expr)                                                                  \
  do {                                                                                     \
    gs_status build_st_ = (expr);                                                          \
    if (build_st_ != GS_OK)                                                                \
      return at_node(l, (node), build_st_);                                                \
  } while (0)

static gs_status load_caregiver(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "id", "role" };
  const char *v[2];
  int role;
  TRY(get_attrs(l, n, names, 2, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  TRY(token_attr(l, n, v[0], "role", v[1], GS_KIND_ROLE, true, &role));
  TRY(push_node(l, GSI_DN_CAREGIVER, n));
  BUILD(n, gs_family_add_caregiver(f, v[0], (gs_role)role));
  return GS_OK;
}

static gs_status load_pregnancy(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "id", "caregiver", "due", "ended", "outcome", "child" };
  const char *v[6];
  gs_date due, ended;
  int outcome;
  TRY(get_attrs(l, n, names, 6, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  if (v[1] == NULL)
    return missing(l, n, "caregiver");
  TRY(date_attr(l, n, v[0], "due", v[2], true, &due));
  TRY(date_attr(l, n, v[0], "ended", v[3], false, &ended));
  TRY(token_attr(l, n, v[0], "outcome", v[4], GS_KIND_PREGNANCY_OUTCOME, false, &outcome));
  TRY(push_node(l, GSI_DN_PREGNANCY, n));
  BUILD(n, gs_family_add_pregnancy(f, v[0], v[1], due, ended, (gs_pregnancy_outcome)outcome,
                                   v[5]));
  return GS_OK;
}

static gs_status load_child(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "id", "born", "pregnancy" };
  const char *v[3];
  gs_date born;
  TRY(get_attrs(l, n, names, 3, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  TRY(date_attr(l, n, v[0], "born", v[1], true, &born));
  TRY(push_node(l, GSI_DN_CHILD, n));
  BUILD(n, gs_family_add_child(f, v[0], born, v[2]));
  return GS_OK;
}

static gs_status load_finding(gsi_dossier_loader *l, gs_family *f, const char *contact,
                              const xmlNode *n) {
  const char *v[5];
  int item = 0, value = 0;
  const char *name = (const char *)n->name;
  if (named(n, "dmop")) {
    static const char *const names[] = { "domain", "rating" };
    TRY(get_attrs(l, n, names, 2, v));
    TRY(token_attr(l, n, NULL, "domain", v[0], GS_KIND_DMOP_DOMAIN, true, &item));
    TRY(token_attr(l, n, NULL, "rating", v[1], GS_KIND_DMOP_RATING, true, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_DMOP, item, value));
  } else if (named(n, "dmop-overall")) {
    static const char *const names[] = { "rating" };
    TRY(get_attrs(l, n, names, 1, v));
    TRY(token_attr(l, n, NULL, "rating", v[0], GS_KIND_DMOP_RATING, true, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_DMOP_OVERALL, 0, value));
  } else if (named(n, "consult")) {
    static const char *const names[] = { "status" };
    TRY(get_attrs(l, n, names, 1, v));
    TRY(token_attr(l, n, NULL, "status", v[0], GS_KIND_CONSULT_STATUS, true, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_CONSULT, 0, value));
  } else if (named(n, "giz")) {
    static const char *const names[] = { "area", "gom" };
    TRY(get_attrs(l, n, names, 2, v));
    TRY(token_attr(l, n, NULL, "area", v[0], GS_KIND_GIZ_AREA, true, &item));
    TRY(int_attr(l, n, "gom", v[1], 1, 5, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_GIZ, item, value));
  } else if (named(n, "screening")) {
    static const char *const names[] = { "topic", "concern" };
    TRY(get_attrs(l, n, names, 2, v));
    TRY(token_attr(l, n, NULL, "topic", v[0], GS_KIND_TOPIC, true, &item));
    TRY(token_attr(l, n, NULL, "concern", v[1], GS_KIND_CONCERN, true, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_SCREENING, item, value));
  } else if (named(n, "help-requested")) {
    static const char *const names[] = { "value" };
    bool yes;
    TRY(get_attrs(l, n, names, 1, v));
    TRY(bool_attr(l, n, NULL, "value", v[0], &yes));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_HELP_REQUESTED, 0, yes ? 1 : 0));
  } else if (named(n, "zrm")) {
    static const char *const names[] = { "caregiver", "domain", "score" };
    TRY(get_attrs(l, n, names, 3, v));
    if (v[0] == NULL)
      return missing(l, n, "caregiver");
    TRY(token_attr(l, n, NULL, "domain", v[1], GS_KIND_ZRM_DOMAIN, true, &item));
    TRY(int_attr(l, n, "score", v[2], 1, 5, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_zrm(f, contact, v[0], (gs_zrm_domain)item, value));
  } else if (named(n, "positive-health")) {
    static const char *const names[] = { "dimension", "score" };
    TRY(get_attrs(l, n, names, 2, v));
    TRY(token_attr(l, n, NULL, "dimension", v[0], GS_KIND_PH_DIMENSION, true, &item));
    TRY(int_attr(l, n, "score", v[1], 0, 10, &value));
    TRY(push_node(l, GSI_DN_FINDING, n));
    BUILD(n, gs_family_add_finding(f, contact, GS_FINDING_POSITIVE_HEALTH, item, value));
  } else if (named(n, "signal")) {
    static const char *const names[] = { "id", "topic", "kind", "severity", "resolved" };
    int kind;
    gs_date resolved;
    TRY(get_attrs(l, n, names, 5, v));
    if (v[0] == NULL)
      return missing(l, n, "id");
    TRY(token_attr(l, n, v[0], "topic", v[1], GS_KIND_TOPIC, true, &item));
    TRY(token_attr(l, n, v[0], "kind", v[2], GS_KIND_SIGNAL_KIND, true, &kind));
    TRY(int_attr(l, n, "severity", v[3], 1, 3, &value));
    TRY(date_attr(l, n, v[0], "resolved", v[4], false, &resolved));
    TRY(push_node(l, GSI_DN_FINDING, n));
    TRY(push_node(l, GSI_DN_SIGNAL, n));
    BUILD(n, gs_family_add_signal(f, contact, v[0], (gs_topic)item, (gs_signal_kind)kind,
                                  value, resolved));
  } else {
    return error_at(l, n, "unknown element '%s' in 'contact'", name);
  }
  return GS_OK;
}

static gs_status load_contact(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "id", "date", "moment", "setting", "by", "subject" };
  const char *v[6];
  gs_date date;
  int setting, by;
  TRY(get_attrs(l, n, names, 6, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  TRY(date_attr(l, n, v[0], "date", v[1], true, &date));
  if (v[2] == NULL)
    return missing(l, n, "moment");
  TRY(token_attr(l, n, v[0], "setting", v[3], GS_KIND_SETTING, true, &setting));
  TRY(token_attr(l, n, v[0], "by", v[4], GS_KIND_SIGNALLER, true, &by));
  TRY(push_node(l, GSI_DN_CONTACT, n));
  BUILD(n, gs_family_add_contact(f, v[0], date, v[2], (gs_setting)setting, (gs_signaller)by,
                                 v[5]));
  /* The contact id stays valid: it is the attribute's text in the tree. */
  const char *id = v[0];
  for (const xmlNode *c = next_ours(n->children, n->ns); c != NULL; c = next_ours(c->next, n->ns))
    TRY(load_finding(l, f, id, c));
  return GS_OK;
}

static gs_status load_conclusion(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "date", "care-need", "proposed", "reason" };
  const char *v[4];
  gs_date date;
  int agreed, proposed;
  TRY(get_attrs(l, n, names, 4, v));
  TRY(date_attr(l, n, NULL, "date", v[0], true, &date));
  TRY(token_attr(l, n, NULL, "care-need", v[1], GS_KIND_CARE_NEED, true, &agreed));
  TRY(token_attr(l, n, NULL, "proposed", v[2], GS_KIND_CARE_NEED, false, &proposed));
  TRY(push_node(l, GSI_DN_CONCLUSION, n));
  BUILD(n, gs_family_add_conclusion(f, date, (gs_care_need)agreed, proposed, v[3]));
  return GS_OK;
}

static gs_status load_review(gsi_dossier_loader *l, gs_family *f, const char *action,
                             const xmlNode *n) {
  static const char *const names[] = { "date", "outcome" };
  const char *v[2];
  gs_date date;
  int outcome;
  if (!named(n, "review"))
    return error_at(l, n, "unknown element '%s' in 'action'", (const char *)n->name);
  TRY(get_attrs(l, n, names, 2, v));
  TRY(date_attr(l, n, NULL, "date", v[0], true, &date));
  TRY(token_attr(l, n, NULL, "outcome", v[1], GS_KIND_REVIEW_OUTCOME, true, &outcome));
  TRY(push_node(l, GSI_DN_REVIEW, n));
  BUILD(n, gs_family_add_review(f, action, date, (gs_review_outcome)outcome));
  return GS_OK;
}

static gs_status load_action(gsi_dossier_loader *l, gs_family *f, const char *goal,
                             const xmlNode *n) {
  static const char *const names[] = { "id", "level", "offer", "start", "end",
                                       "warm-handover", "responsible" };
  const char *v[7];
  int level, responsible;
  gs_date start, end;
  bool warm;
  if (!named(n, "action"))
    return error_at(l, n, "unknown element '%s' in 'goal'", (const char *)n->name);
  TRY(get_attrs(l, n, names, 7, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  TRY(int_attr(l, n, "level", v[1], 1, 5, &level));
  TRY(date_attr(l, n, v[0], "start", v[3], true, &start));
  TRY(date_attr(l, n, v[0], "end", v[4], false, &end));
  TRY(bool_attr(l, n, v[0], "warm-handover", v[5], &warm));
  TRY(token_attr(l, n, v[0], "responsible", v[6], GS_KIND_SIGNALLER, true, &responsible));
  TRY(push_node(l, GSI_DN_ACTION, n));
  BUILD(n, gs_family_add_action(f, goal, v[0], level, v[2], start, end, warm ? 1 : 0,
                                (gs_signaller)responsible));
  const char *id = v[0];
  for (const xmlNode *c = next_ours(n->children, n->ns); c != NULL; c = next_ours(c->next, n->ns))
    TRY(load_review(l, f, id, c));
  return GS_OK;
}

static gs_status load_goal(gsi_dossier_loader *l, gs_family *f, const xmlNode *n) {
  static const char *const names[] = { "id", "topic", "opened", "target", "status", "closed" };
  const char *v[6];
  int topic, status;
  gs_date opened, target, closed;
  if (!named(n, "goal"))
    return error_at(l, n, "unknown element '%s' in 'plan'", (const char *)n->name);
  TRY(get_attrs(l, n, names, 6, v));
  if (v[0] == NULL)
    return missing(l, n, "id");
  TRY(token_attr(l, n, v[0], "topic", v[1], GS_KIND_TOPIC, true, &topic));
  TRY(date_attr(l, n, v[0], "opened", v[2], true, &opened));
  TRY(date_attr(l, n, v[0], "target", v[3], false, &target));
  TRY(token_attr(l, n, v[0], "status", v[4], GS_KIND_GOAL_STATUS, true, &status));
  TRY(date_attr(l, n, v[0], "closed", v[5], false, &closed));
  TRY(push_node(l, GSI_DN_GOAL, n));
  BUILD(n, gs_family_add_goal(f, v[0], (gs_topic)topic, opened, target, (gs_goal_status)status,
                              closed));
  const char *id = v[0];
  for (const xmlNode *c = next_ours(n->children, n->ns); c != NULL; c = next_ours(c->next, n->ns))
    TRY(load_action(l, f, id, c));
  return GS_OK;
}

static gs_status load_members(gsi_dossier_loader *l, gs_family *f, const xmlNode *fam) {
  for (const xmlNode *c = next_ours(fam->children, fam->ns); c != NULL;
       c = next_ours(c->next, fam->ns)) {
    switch (c->name[0]) {
    case 'c':
      if (named(c, "caregiver"))
        TRY(load_caregiver(l, f, c));
      else if (named(c, "contact"))
        TRY(load_contact(l, f, c));
      else if (named(c, "child"))
        TRY(load_child(l, f, c));
      else if (named(c, "conclusion"))
        TRY(load_conclusion(l, f, c));
      else
        goto unknown;
      break;
    case 'p':
      if (named(c, "pregnancy")) {
        TRY(load_pregnancy(l, f, c));
      } else if (named(c, "plan")) {
        for (const xmlNode *g = next_ours(c->children, c->ns); g != NULL;
             g = next_ours(g->next, c->ns))
          TRY(load_goal(l, f, g));
      } else {
        goto unknown;
      }
      break;
    default:
      goto unknown;
    }
    continue;
  unknown:
    return error_at(l, c, "unknown element '%s' in 'family'", (const char *)c->name);
  }
  return GS_OK;
}

/* The element of the item gsi_family_finish() names, or the family. */
static const xmlNode *finish_node(const gsi_dossier_loader *l, const xmlNode *fam, int kind,
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
  if (list < 0 || index < 0 || (size_t)index >= l->nodes[list].n)
    return fam;
  return l->nodes[list].v[index];
}

gs_status gsi_dossier_load_family(gsi_dossier_loader *l, const xmlNode *fam, gs_family **out) {
  l->family_id = NULL;
  /* 1. the schema */
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

  /* 2. the family's own attributes and its id */
  static const char *const names[] = { "id", "municipality", "enrolled", "child-wish" };
  const char *v[4];
  gs_date enrolled;
  int wish;
  TRY(get_attrs(l, fam, names, 4, v));
  if (v[0] == NULL)
    return missing(l, fam, "id");
  if (v[1] == NULL)
    return missing(l, fam, "municipality");
  l->family_id = v[0];
  TRY(date_attr(l, fam, v[0], "enrolled", v[2], true, &enrolled));
  TRY(token_attr(l, fam, v[0], "child-wish", v[3], GS_KIND_CHILD_WISH, false, &wish));
  uint64_t seen;
  if (gsi_idset_find(&l->ids, v[0], &seen, NULL)) {
    int line = 0, col = 0;
    if (seen != 0)
      l->resolve(l->pos_ctx, seen, &line, &col);
    if (line > 0)
      return error_at(l, fam, "family id '%s' is used twice in this file (first at line %d)",
                      v[0], line);
    return error_at(l, fam, "family id '%s' is used twice in this file", v[0]);
  }
  TRY(gsi_idset_add(&l->ids, v[0], l->mark(l->pos_ctx, fam), l->n_families));

  /* 3. build and finish */
  for (size_t i = 0; i < GSI_DN_N; i++)
    l->nodes[i].n = 0;
  gs_family *f = NULL;
  gs_status st = gs_family_new(&f, v[0], v[1], enrolled);
  if (st != GS_OK)
    return at_node(l, fam, st);
  if (v[3] != NULL) {
    st = gs_family_set_child_wish(f, (gs_child_wish)wish);
    if (st != GS_OK) {
      gs_family_free(f);
      return at_node(l, fam, st);
    }
  }
  st = load_members(l, f, fam);
  if (st == GS_OK) {
    int bad_kind = -1;
    int32_t bad_index = -1;
    st = gsi_family_finish(f, &bad_kind, &bad_index);
    if (st != GS_OK)
      st = at_node(l, finish_node(l, fam, bad_kind, bad_index), st);
  }
  l->family_id = NULL;
  if (st != GS_OK) {
    gs_family_free(f);
    return st;
  }
  l->n_families++;
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
  bool is_family = false;
  gs_status st = gsi_dossier_check_root(&l, root, &is_family);
  gs_family *f = NULL;
  if (st == GS_OK && is_family) {
    d->root_family = true;
    st = gsi_dossier_load_family(&l, root, &f);
    if (st == GS_OK) {
      if (GSI_GROW(d->families, d->cap, 1) == GS_OK)
        d->families[d->n++] = f;
      else {
        gs_family_free(f);
        st = GS_ENOMEM;
      }
    }
  } else if (st == GS_OK) {
    for (const xmlNode *c = root->children; c != NULL && st == GS_OK; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content != NULL && !gsi_dossier_blank((const char *)c->content))
          st = gsi_dossier_text_error(&l, root);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE)
        continue;
      bool take = false;
      st = gsi_dossier_check_child(&l, root, c, &take);
      if (st != GS_OK || !take)
        continue;
      if (d->n >= GS_DOSSIER_MAX_FAMILIES) {
        st = error_at(&l, c, "the file holds more than %d families: read it with the "
                      "streaming reader (gs_dossier_reader_open_file)", GS_DOSSIER_MAX_FAMILIES);
        break;
      }
      if (d->n == d->cap && GSI_GROW(d->families, d->cap, d->n + 1) != GS_OK) {
        st = GS_ENOMEM;
        break;
      }
      st = gsi_dossier_load_family(&l, c, &f);
      if (st == GS_OK)
        d->families[d->n++] = f;
    }
    if (st == GS_OK && d->n == 0)
      st = gsi_dossier_no_family_error(&l, root);
  }
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

GS_EXPORT gs_status gs_dossier_load_memory(gs_dossier **out, const char *data, size_t len,
                                           const char *name) {
  if (out == NULL || data == NULL)
    return gsi_einval("gs_dossier_load_memory: %s is NULL", out == NULL ? "out" : "data");
  if (name == NULL)
    name = "memory";
  xmlDocPtr doc = NULL;
  gs_status st = gsi_xml_parse(data, len, name, &doc);
  if (st != GS_OK)
    return st;
  st = load_doc(doc, name, out);
  xmlFreeDoc(doc);
  return st;
}

GS_EXPORT gs_status gs_dossier_load_file(gs_dossier **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_dossier_load_file: %s is NULL", out == NULL ? "out" : "path");
  xmlDocPtr doc = NULL;
  gs_status st = gsi_xml_parse_file(path, &doc);
  if (st != GS_OK)
    return st;
  st = load_doc(doc, path, out);
  xmlFreeDoc(doc);
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
      f->n_goals == 0) {
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
  char *tmp;
  int fd;
  int state;
  size_t n;
  gsi_buf buf;
};

static gs_status writer_flush(gs_dossier_writer *w) {
  size_t done = 0;
  while (done < w->buf.len) {
    ssize_t k = write(w->fd, w->buf.data + done, w->buf.len - done);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0) {
      int e = k < 0 ? errno : EIO;
      w->state = W_FAILED;
      return gsi_error(GS_EIO, w->path, 0, 0, "cannot write: %s", strerror(e));
    }
    done += (size_t)k;
  }
  gsi_buf_reset(&w->buf);
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_writer_open(gs_dossier_writer **out, const char *path) {
  if (out == NULL || path == NULL || *path == '\0')
    return gsi_einval("gs_dossier_writer_open: %s", out == NULL ? "out is NULL" : "no path given");
  gs_dossier_writer *w = gsi_calloc(1, sizeof *w);
  if (w == NULL)
    return gsi_oom();
  w->fd = -1;
  gsi_buf_init(&w->buf);
  size_t plen = strlen(path);
  w->path = gsi_strdup(path);
  w->tmp = gsi_malloc(plen + 16);
  if (w->path == NULL || w->tmp == NULL) {
    gs_dossier_writer_free(w);
    return gsi_oom();
  }
  memcpy(w->tmp, path, plen);
  memcpy(w->tmp + plen, ".tmp.XXXXXX", 12);
  w->fd = mkstemp(w->tmp);
  if (w->fd < 0) {
    int e = errno;
    w->tmp[0] = '\0';
    gs_dossier_writer_free(w);
    return gsi_error(GS_EIO, path, 0, 0, "cannot create a temporary file beside it: %s",
                     strerror(e));
  }
  (void)fchmod(w->fd, 0644);
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
    return gsi_error(GS_ESTATE, w->path, 0, 0,
                     w->state == W_CLOSED ? "the dossier writer is already closed" :
                     "the dossier writer failed earlier");
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

static void sync_dir(const char *path) {
  char *dir = gsi_strdup(path);
  if (dir == NULL)
    return;
  char *slash = strrchr(dir, '/');
  const char *d = ".";
  if (slash == dir)
    d = "/";
  else if (slash != NULL) {
    *slash = '\0';
    d = dir;
  }
  int dfd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    (void)fsync(dfd);
    close(dfd);
  }
  gsi_free(dir);
}

GS_EXPORT gs_status gs_dossier_writer_close(gs_dossier_writer *w) {
  if (w == NULL)
    return gsi_einval("gs_dossier_writer_close: writer is NULL");
  if (w->state != W_OPEN)
    return gsi_error(GS_ESTATE, w->path, 0, 0,
                     w->state == W_CLOSED ? "the dossier writer is already closed" :
                     "the dossier writer failed earlier");
  if (w->n == 0)
    return gsi_einval("gs_dossier_writer_close: a dossier holds at least one family");
  gsi_buf_puts(&w->buf, dossiers_close);
  if (w->buf.oom) {
    w->state = W_FAILED;
    return gsi_oom();
  }
  TRY(writer_flush(w));
  if (fsync(w->fd) != 0) {
    int e = errno;
    w->state = W_FAILED;
    return gsi_error(GS_EIO, w->path, 0, 0, "cannot flush to disk: %s", strerror(e));
  }
  int rc = close(w->fd);
  w->fd = -1;
  if (rc != 0) {
    int e = errno;
    w->state = W_FAILED;
    return gsi_error(GS_EIO, w->path, 0, 0, "cannot write: %s", strerror(e));
  }
  if (rename(w->tmp, w->path) != 0) {
    int e = errno;
    w->state = W_FAILED;
    return gsi_error(GS_EIO, w->path, 0, 0, "cannot replace the file: %s", strerror(e));
  }
  w->tmp[0] = '\0'; /* committed: nothing to remove */
  sync_dir(w->path);
  w->state = W_CLOSED;
  return GS_OK;
}

GS_EXPORT void gs_dossier_writer_free(gs_dossier_writer *w) {
  if (w == NULL)
    return;
  if (w->fd >= 0)
    close(w->fd);
  if (w->tmp != NULL && w->tmp[0] != '\0')
    unlink(w->tmp);
  gsi_free(w->tmp);
  gsi_free(w->path);
  gsi_buf_free(&w->buf);
  gsi_free(w);
}
