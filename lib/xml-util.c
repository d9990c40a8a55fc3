/*
 * libgoedestart - safe libxml2 parsing with exact element positions.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "fileio.h"
#include "xml-util.h"

/* ---- positions ----------------------------------------------------------
 * An element's (line, col) is packed into node->_private. libxml2 only keeps
 * a 16-bit line of the end of the start tag; we want the '<'. The tracker
 * walks the original UTF-8 buffer forward once, so the cost is O(size). */

#define POS_COL_BITS 24
#define POS_COL_MAX ((1u << POS_COL_BITS) - 1)

void gsi_xml_set_pos(xmlNode *node, int line, int col) {
  if (node == NULL)
    return;
  uintptr_t l = line > 0 ? (uintptr_t)line : 0;
  uintptr_t c = col > 0 ? (uintptr_t)col : 0;
  if (c > POS_COL_MAX)
    c = POS_COL_MAX;
  if (sizeof(uintptr_t) < 8 && l > 0xFFu)
    l = 0xFFu; /* 32-bit: lines above 255 degrade */
  node->_private = (void *)((l << POS_COL_BITS) | c);
}

void gsi_xml_pos(const xmlNode *node, int *line, int *col) {
  int l = 0, c = 0;
  if (node != NULL && node->type == XML_ELEMENT_NODE) {
    uintptr_t v = (uintptr_t)node->_private;
    if (v != 0) {
      l = (int)(v >> POS_COL_BITS);
      c = (int)(v & POS_COL_MAX);
    } else {
      l = (int)xmlGetLineNo(node);
      if (l < 0)
        l = 0;
    }
  }
  if (line)
    *line = l;
  if (col)
    *col = c;
}

typedef struct parse_state {
  const unsigned char *data; /* original buffer */
  size_t len;
  size_t pos;                /* tracker position in data */
  int line, col;             /* of data[pos] */
  bool utf8;                 /* offsets into data are valid */
  const char *name;
  bool doctype;
  int doctype_line, doctype_col;
  startElementNsSAX2Func start;
} parse_state;

static void track_to(parse_state *st, size_t target) {
  while (st->pos < target && st->pos < st->len) {
    unsigned char c = st->data[st->pos++];
    if (c == '\n') {
      st->line++;
      st->col = 1;
    } else if ((c & 0xC0) != 0x80) {
      st->col++;
    }
  }
}

static void start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                          const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                          int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
  xmlParserCtxtPtr ctxt = ctx;
  parse_state *st = ctxt->_private;
  st->start(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
            nb_defaulted, attributes);
  xmlNodePtr node = ctxt->node;
  if (node == NULL || ctxt->input == NULL)
    return;
  if (st->utf8) {
    size_t abs = (size_t)ctxt->input->consumed + (size_t)(ctxt->input->cur - ctxt->input->base);
    /* data[len] is past the end (an unclosed start tag at the end of the
     * input, found by fuzz-xml): start from the last byte. */
    if (abs >= st->len)
      abs = st->len - 1;
    size_t lt = abs;
    while (lt > st->pos && st->data[lt] != '<')
      lt--;
    if (st->data[lt] == '<' && lt >= st->pos) {
      track_to(st, lt);
      gsi_xml_set_pos(node, st->line, st->col);
      return;
    }
  }
  gsi_xml_set_pos(node, ctxt->input->line, ctxt->input->col);
}

static void internal_subset(void *ctx, const xmlChar *name, const xmlChar *ext,
                            const xmlChar *sys) {
  xmlParserCtxtPtr ctxt = ctx;
  parse_state *st = ctxt->_private;
  if (!st->doctype) {
    st->doctype = true;
    st->doctype_line = ctxt->input ? ctxt->input->line : 0;
    st->doctype_col = ctxt->input ? ctxt->input->col : 0;
  }
  xmlStopParser(ctxt);
}

static void entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *publicId,
                        const xmlChar *systemId, xmlChar *content) {
  internal_subset(ctx, NULL, NULL, NULL);
}

static void silent_error(void *ctx, xmlErrorPtr err) {
}

static bool is_plain_utf8(const char *data, size_t len) {
  /* UTF-16/32 BOMs or an XML declaration naming another encoding would
   * make byte offsets meaningless; fall back to libxml2's positions. */
  if (len >= 2 && (((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF) ||
                   ((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE)))
    return false;
  if (len >= 2 && (data[0] == 0 || data[1] == 0))
    return false;
  const char *end = memchr(data, '>', len < 200 ? len : 200);
  if (len > 5 && memcmp(data, "<?xml", 5) == 0 && end != NULL) {
    for (const char *p = data; p + 8 < end; p++) {
      if (memcmp(p, "encoding", 8) == 0) {
        const char *q = p + 8;
        while (q < end && (*q == ' ' || *q == '=' || *q == '"' || *q == '\''))
          q++;
        return (size_t)(end - q) >= 5 && (strncmp(q, "UTF-8", 5) == 0 || strncmp(q, "utf-8", 5) == 0);
      }
    }
  }
  return true;
}

gs_status gsi_xml_parse(const char *data, size_t len, const char *name, xmlDocPtr *out) {
  if (name == NULL)
    name = "memory";
  if (data == NULL)
    return gsi_einval("%s: no data given", name);
  if (len > GSI_XML_MAX_DOC || len > (size_t)INT32_MAX)
    return gsi_error(GS_EPARSE, name, 0, 0, "document is larger than the limit of %zu bytes",
                     (size_t)GSI_XML_MAX_DOC);
  gsi_xml_global_init();

  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (ctxt == NULL)
    return gsi_oom();
  /* Global defaults (xmlSubstituteEntitiesDefault, xmlLoadExtDtdDefaultValue)
   * leak into new contexts in 2.9: neutralise them (TOOLCHAIN.md §9). */
  ctxt->options = 0;
  ctxt->replaceEntities = 0;
  ctxt->loadsubset = 0;
  ctxt->validate = 0;

  parse_state st;
  memset(&st, 0, sizeof st);
  st.data = (const unsigned char *)data;
  st.len = len;
  st.line = 1;
  st.col = 1;
  st.name = name;
  st.utf8 = is_plain_utf8(data, len);
  st.start = ctxt->sax->startElementNs;
  ctxt->sax->startElementNs = start_element;
  ctxt->sax->internalSubset = internal_subset;
  ctxt->sax->externalSubset = internal_subset;
  ctxt->sax->entityDecl = entity_decl;
  ctxt->sax->serror = NULL;
  ctxt->_private = &st;

  xmlStructuredErrorFunc saved_fn = xmlStructuredError;
  void *saved_ctx = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(NULL, silent_error);
  xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, name, NULL,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc(saved_ctx, saved_fn);

  gs_status status = GS_OK;
  if (st.doctype) {
    status = gsi_error(GS_EPARSE, name, st.doctype_line, st.doctype_col,
                       "a DOCTYPE (DTD) is not allowed: entities and DTDs are rejected");
  } else if (doc == NULL || !ctxt->wellFormed) {
    const xmlError *e = xmlCtxtGetLastError(ctxt);
    if (e != NULL && e->code == XML_ERR_NO_MEMORY) {
      status = gsi_oom();
    } else if (e != NULL && e->message != NULL) {
      char msg[512];
      snprintf(msg, sizeof msg, "%s", e->message);
      size_t n = strlen(msg);
      while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
      for (char *q = msg; *q; q++) /* one line: FILE:LINE:COLUMN: message */
        if (*q == '\n' || *q == '\r')
          *q = ' ';
      status = gsi_error(GS_EPARSE, name, e->line, e->int2, "XML is not well-formed: %s", msg);
    } else {
      status = gsi_error(GS_EPARSE, name, 0, 0, "XML is not well-formed");
    }
  } else if (doc->intSubset != NULL || doc->extSubset != NULL) {
    status = gsi_error(GS_EPARSE, name, 1, 1, "a DOCTYPE (DTD) is not allowed");
  }
  ctxt->_private = NULL;
  xmlFreeParserCtxt(ctxt);
  if (status != GS_OK) {
    xmlFreeDoc(doc);
    return status;
  }
  *out = doc;
  return GS_OK;
}

gs_status gsi_xml_parse_file(const char *path, xmlDocPtr *out) {
  char *data = NULL;
  size_t len = 0;
  gs_status st = gsi_read_file(path, GSI_XML_MAX_DOC, &data, &len);
  if (st != GS_OK)
    return st;
  st = gsi_xml_parse(data, len, path, out);
  gsi_free(data);
  return st;
}

/* ---- schemas --------------------------------------------------------- */

static const char *const schema_files[GSI_SCHEMA_N] = {
  "schema/dossier.xsd", "schema/pack.xsd", "schema/catalog.xsd",
  "schema/assessment.xsd", "schema/mapping.xsd",
};

static pthread_once_t schema_once[GSI_SCHEMA_N] = {
  PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT,
};
static xmlSchemaPtr schemas[GSI_SCHEMA_N];

static void compile_schema(gsi_schema_id id) {
  const gsi_embedded *e = gsi_embedded_find(schema_files[id]);
  if (e == NULL)
    return;
  xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewMemParserCtxt((const char *)e->data, (int)e->len);
  if (pctxt == NULL)
    return;
  xmlSchemaSetParserStructuredErrors(pctxt, silent_error, NULL);
  schemas[id] = xmlSchemaParse(pctxt);
  xmlSchemaFreeParserCtxt(pctxt);
}

static void once_0(void) { compile_schema(GSI_SCHEMA_DOSSIER); }
static void once_1(void) { compile_schema(GSI_SCHEMA_PACK); }
static void once_2(void) { compile_schema(GSI_SCHEMA_CATALOG); }
static void once_3(void) { compile_schema(GSI_SCHEMA_ASSESSMENT); }
static void once_4(void) { compile_schema(GSI_SCHEMA_MAPPING); }
static void (*const once_fn[GSI_SCHEMA_N])(void) = { once_0, once_1, once_2, once_3, once_4 };

void *gsi_xml_schema(gsi_schema_id id) {
  if ((unsigned)id >= GSI_SCHEMA_N) {
    gsi_error(GS_ERROR, NULL, 0, 0, "internal: unknown schema %d", (int)id);
    return NULL;
  }
  gsi_xml_global_init();
  pthread_once(&schema_once[id], once_fn[id]);
  if (schemas[id] == NULL)
    gsi_error(GS_ERROR, NULL, 0, 0, "internal: the embedded schema %s did not compile",
              schema_files[id]);
  return schemas[id];
}

typedef struct valid_state {
  const char *name;
  bool have;
  int line, col;
  char msg[512];
  bool oom;
} valid_state;

static void valid_error(void *ctx, xmlErrorPtr err) {
  valid_state *vs = ctx;
  if (vs->have || err == NULL)
    return;
  if (err->code == XML_ERR_NO_MEMORY) {
    vs->oom = true;
    vs->have = true;
    return;
  }
  vs->have = true;
  int line = err->line, col = 0;
  if (err->node != NULL)
    gsi_xml_pos((const xmlNode *)err->node, &line, &col);
  vs->line = line;
  vs->col = col;
  snprintf(vs->msg, sizeof vs->msg, "%s", err->message ? err->message : "schema validation failed");
  size_t n = strlen(vs->msg);
  while (n > 0 && (vs->msg[n - 1] == '\n' || vs->msg[n - 1] == ' '))
    vs->msg[--n] = '\0';
}

gs_status gsi_xml_validate(xmlDocPtr doc, const char *name, gsi_schema_id id) {
  xmlSchemaPtr schema = gsi_xml_schema(id);
  if (schema == NULL)
    return GS_ERROR;
  xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
  if (vctxt == NULL)
    return gsi_oom();
  valid_state vs;
  memset(&vs, 0, sizeof vs);
  vs.name = name;
  xmlSchemaSetValidStructuredErrors(vctxt, valid_error, &vs);
  int rc = xmlSchemaValidateDoc(vctxt, doc);
  xmlSchemaFreeValidCtxt(vctxt);
  if (vs.oom)
    return gsi_oom();
  if (rc != 0 || vs.have) {
    if (vs.have)
      return gsi_error(GS_EPARSE, name, vs.line, vs.col, "%s", vs.msg);
    return gsi_error(GS_EPARSE, name, 0, 0, "the document does not match its schema");
  }
  return GS_OK;
}

/* ---- tree helpers ------------------------------------------------------ */

gs_status gsi_xml_error(gs_status code, const char *file, const xmlNode *node,
                        const char *fmt, ...) {
  int line, col;
  gsi_xml_pos(node, &line, &col);
  va_list ap;
  va_start(ap, fmt);
  gsi_verror(code, file, line, col, fmt, ap);
  va_end(ap);
  return code;
}

const char *gsi_xml_attr(const xmlNode *node, const char *name) {
  for (const xmlAttr *a = node->properties; a; a = a->next) {
    if (a->ns == NULL && strcmp((const char *)a->name, name) == 0) {
      const xmlNode *t = a->children;
      if (t == NULL)
        return "";
      if (t->type == XML_TEXT_NODE && t->next == NULL)
        return (const char *)t->content;
      return NULL; /* entity references are never expanded */
    }
  }
  return NULL;
}

static bool element_in(const xmlNode *n, const char *ns) {
  if (n->type != XML_ELEMENT_NODE)
    return false;
  if (ns == NULL)
    return true;
  return n->ns != NULL && n->ns->href != NULL && strcmp((const char *)n->ns->href, ns) == 0;
}

xmlNode *gsi_xml_first(const xmlNode *node, const char *ns) {
  for (xmlNode *c = node->children; c; c = c->next)
    if (element_in(c, ns))
      return c;
  return NULL;
}

xmlNode *gsi_xml_next(const xmlNode *node, const char *ns) {
  for (xmlNode *c = node->next; c; c = c->next)
    if (element_in(c, ns))
      return c;
  return NULL;
}

bool gsi_xml_is(const xmlNode *node, const char *ns, const char *local) {
  return node != NULL && element_in(node, ns) && strcmp((const char *)node->name, local) == 0;
}

const char *gsi_xml_text(const xmlNode *node) {
  const xmlNode *c = node->children;
  if (c == NULL)
    return "";
  if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->next == NULL)
    return (const char *)c->content;
  return NULL;
}

gs_status gsi_xml_check_attrs(const xmlNode *node, const char *file, const char *const *allowed) {
  for (const xmlAttr *a = node->properties; a; a = a->next) {
    if (a->ns != NULL)
      continue; /* foreign-namespace attributes are accepted and ignored */
    bool ok = false;
    for (const char *const *p = allowed; *p; p++)
      if (strcmp(*p, (const char *)a->name) == 0) {
        ok = true;
        break;
      }
    if (!ok)
      return gsi_xml_error(GS_EPARSE, file, node, "element '%s' has an unknown attribute '%s'",
                           (const char *)node->name, (const char *)a->name);
  }
  return GS_OK;
}
