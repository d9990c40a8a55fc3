/*
 * libgoedestart - fuzz target: the safe XML wrapper (lib/xml-util.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Parses the input with gsi_xml_parse(), validates a well-formed document
 * against every embedded schema and walks the tree with the attribute and
 * text helpers. Invariants: a failed parse leaves the output untouched and
 * records an error with a message; a successful one yields a document.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xml-util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t walk(const xmlNode *node, int depth) {
  size_t n = 0;
  for (const xmlNode *c = gsi_xml_first(node, NULL); c != NULL; c = gsi_xml_next(c, NULL)) {
    int line = -1, col = -1;
    gsi_xml_pos(c, &line, &col);
    if (line < 0 || col < 0)
      abort();
    (void)gsi_xml_attr(c, "id");
    (void)gsi_xml_text(c);
    (void)gsi_xml_is(c, NULL, "family");
    n++;
    if (depth < 64)
      n += walk(c, depth + 1);
  }
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  xmlDocPtr doc = (xmlDocPtr)&doc; /* a sentinel: must stay untouched on failure */
  gs_status st = gsi_xml_parse((const char *)data, size, "fuzz.xml", &doc);
  if (st != GS_OK) {
    if (doc != (xmlDocPtr)&doc || (st != GS_EPARSE && st != GS_ENOMEM))
      abort();
    if (gs_error_code(gs_error_last()) != st || gs_error_message(gs_error_last())[0] == '\0')
      abort();
    return 0;
  }
  if (doc == NULL)
    abort();
  xmlNode *root = xmlDocGetRootElement(doc);
  if (root != NULL) {
    static const char *const attrs[] = { "id", "version", NULL };
    (void)gsi_xml_check_attrs(root, "fuzz.xml", attrs);
    (void)walk(root, 0);
  }
  for (int s = 0; s < GSI_SCHEMA_N; s++)
    (void)gsi_xml_validate(doc, "fuzz.xml", (gsi_schema_id)s);
  xmlFreeDoc(doc);
  return 0;
}
