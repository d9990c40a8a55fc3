/*
 * libgoedestart - internal: safe libxml2 parsing with exact positions,
 * XSD validation against the embedded schemas, attribute helpers.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Every loader parses through gsi_xml_parse(): no DTD (a DOCTYPE is an
 * error), no entity substitution, no network, libxml2's global defaults
 * neutralised (TOOLCHAIN.md §9), depth and text limits of libxml2 kept (no
 * XML_PARSE_HUGE). Each element remembers the line and column of its '<'
 * (gsi_xml_pos), so semantic errors point at the element.
 */
#ifndef GSI_XML_UTIL_H
#define GSI_XML_UTIL_H

#include <libxml/tree.h>

#include "internal.h"

/* Largest document parsed as a whole (streamed dossiers are not bounded). */
#define GSI_XML_MAX_DOC ((size_t)256 * 1024 * 1024)

typedef enum gsi_schema_id {
  GSI_SCHEMA_DOSSIER = 0,
  GSI_SCHEMA_PACK,
  GSI_SCHEMA_CATALOG,
  GSI_SCHEMA_ASSESSMENT,
  GSI_SCHEMA_MAPPING,
  GSI_SCHEMA_N
} gsi_schema_id;

/* Parses len bytes of data (need not be NUL-terminated). name is used in
 * error messages (the file name, or "memory"). On failure returns
 * GS_EPARSE (or GS_ENOMEM) with file:line:column set, and *out untouched. */
gs_status gsi_xml_parse(const char *data, size_t len, const char *name, xmlDocPtr *out);

/* Reads and parses a file (bounded by GSI_XML_MAX_DOC). */
gs_status gsi_xml_parse_file(const char *path, xmlDocPtr *out);

/* Validates doc against an embedded schema; the first error becomes the
 * thread's error with the offending element's position. */
gs_status gsi_xml_validate(xmlDocPtr doc, const char *name, gsi_schema_id schema);

/* The compiled schema (compiled once per process), or NULL with error set.
 * For xmlTextReader-based streaming validation. */
void *gsi_xml_schema(gsi_schema_id schema);

/* Line and column (1-based) of the element's '<'; 0 when unknown. */
void gsi_xml_pos(const xmlNode *node, int *line, int *col);
/* Record an element's position (used by readers that build nodes themselves). */
void gsi_xml_set_pos(xmlNode *node, int line, int col);

/* Sets the thread's error at the element's position and returns code. */
gs_status gsi_xml_error(gs_status code, const char *file, const xmlNode *node,
                        const char *fmt, ...) GSI_PRINTF(4, 5);

/* Attribute value of a node in no namespace, or NULL. Borrowed from the tree. */
const char *gsi_xml_attr(const xmlNode *node, const char *name);
/* First/next element child (skips text, comments, elements in other
 * namespaces when ns is not NULL). */
xmlNode *gsi_xml_first(const xmlNode *node, const char *ns);
xmlNode *gsi_xml_next(const xmlNode *node, const char *ns);
/* True when node is an element named local in namespace ns. */
bool gsi_xml_is(const xmlNode *node, const char *ns, const char *local);
/* Text content of a simple element (concatenated text children), borrowed
 * when a single text node, else NULL. Never expands entities. */
const char *gsi_xml_text(const xmlNode *node);

/* Checks that every attribute of node (in no namespace) is one of the NULL-
 * terminated list; the first other one is a GS_EPARSE error at node. */
gs_status gsi_xml_check_attrs(const xmlNode *node, const char *file, const char *const *allowed);

/* Embedded data files (data/ compiled into the library). */
typedef struct gsi_embedded {
  const char *name;  /* path below data/, e.g. "schema/dossier.xsd" */
  const unsigned char *data;
  size_t len;
} gsi_embedded;
const gsi_embedded *gsi_embedded_find(const char *name);

#endif
