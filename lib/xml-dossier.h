/*
 * libgoedestart - internal: the dossier loader shared by whole-file loading
 * (xml-dossier.c) and the streaming reader (xml-dossier-reader.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Both paths hand one `family` element at a time (a complete subtree with
 * element positions, see gsi_xml_pos) to gsi_dossier_load_family(), which
 * validates it against the embedded schema, checks the family id against
 * the ids seen before, builds it through the public builder and finishes
 * it. The root element and the direct children of `dossiers` are checked by
 * the gsi_dossier_check_* functions, which give the same messages as the
 * schema would. So both paths accept the same files and report the same
 * first error.
 */
#ifndef GSI_XML_DOSSIER_H
#define GSI_XML_DOSSIER_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "buf.h"
#include "goedestart/gs-dossier.h"
#include "model.h"

#define GSI_DOSSIER_NS "urn:goedestart:dossier:1"

/* Streaming only: most elements (ours and foreign) in one family subtree. */
#define GSI_DOSSIER_MAX_FAMILY_ELEMENTS 200000

/* ---- a set of family ids ---------------------------------------------- */

/* Open addressing over entries kept in an arena: per id 8 bytes of table
 * (at most 70% full) plus the entry (16 bytes + the id), so a reader can
 * remember millions of family ids in little memory. */
typedef struct gsi_idset {
  const char **slots;           /* entry or NULL */
  size_t cap;                   /* 0 or a power of two */
  size_t n;
  gsi_arena arena;
} gsi_idset;

void gsi_idset_init(gsi_idset *s);
void gsi_idset_free(gsi_idset *s);
/* True when id is in the set; then *mark and *index (may be NULL) are its. */
bool gsi_idset_find(const gsi_idset *s, const char *id, uint64_t *mark, size_t *index);
/* Adds id (not present yet); GS_ENOMEM leaves the set as it was. */
gs_status gsi_idset_add(gsi_idset *s, const char *id, uint64_t mark, size_t index);

/* ---- the loader --------------------------------------------------------- */

/* Element nodes of one family per entity kind, in insertion order, so an
 * error of gsi_family_finish() can be placed at its element. */
enum {
  GSI_DN_CAREGIVER, GSI_DN_PREGNANCY, GSI_DN_CHILD, GSI_DN_CONTACT, GSI_DN_FINDING,
  GSI_DN_SIGNAL, GSI_DN_CONCLUSION, GSI_DN_GOAL, GSI_DN_ACTION, GSI_DN_REVIEW, GSI_DN_N
};

typedef struct gsi_node_list {
  const xmlNode **v;
  size_t n, cap;
} gsi_node_list;

/* Where an element is: mark() is cheap and gives a token (0: unknown),
 * resolve() turns a token into line and column (0 when unknown) and may
 * be slow; it runs only for messages. */
typedef uint64_t (*gsi_dossier_mark_fn)(void *ctx, const xmlNode *node);
typedef void (*gsi_dossier_resolve_fn)(void *ctx, uint64_t mark, int *line, int *col);

typedef struct gsi_dossier_loader {
  const char *file;             /* name in messages (borrowed) */
  gsi_dossier_mark_fn mark;     /* gsi_xml_pos based unless the reader sets its own */
  gsi_dossier_resolve_fn resolve;
  void *pos_ctx;
  xmlSchemaValidCtxtPtr vctxt;  /* created on first use */
  /* first schema error of the current validation */
  bool verr;
  bool voom;
  const xmlNode *vnode;
  int vline;
  char vmsg[768];
  gsi_node_list nodes[GSI_DN_N];
  gsi_buf attr_text[8];         /* attribute values spread over several text nodes */
  gsi_idset ids;                /* family ids seen so far */
  size_t n_families;            /* families loaded */
  const char *family_id;        /* of the family being built (borrowed), for messages */
} gsi_dossier_loader;

void gsi_dossier_loader_init(gsi_dossier_loader *l, const char *file);
void gsi_dossier_loader_free(gsi_dossier_loader *l);

/* Checks the root element: `dossiers` or `family` in our namespace, and
 * (for `dossiers`) no attributes of its own. */
gs_status gsi_dossier_check_root(gsi_dossier_loader *l, const xmlNode *root, bool *is_family);

/* An element child of `dossiers`: *take is set for a `family`, cleared for
 * a foreign element (skipped); anything else is an error at the element. */
gs_status gsi_dossier_check_child(gsi_dossier_loader *l, const xmlNode *parent,
                                  const xmlNode *child, bool *take);

/* Non-whitespace text directly inside `dossiers` (placed at the parent,
 * as the schema does). */
gs_status gsi_dossier_text_error(gsi_dossier_loader *l, const xmlNode *parent);

/* `dossiers` ended without a family. */
gs_status gsi_dossier_no_family_error(gsi_dossier_loader *l, const xmlNode *root);

/* True when s holds only XML whitespace. */
bool gsi_dossier_blank(const char *s);

/* Validates, checks the id and builds one family element. On success *out
 * is a finished family the caller owns and its id is in l->ids with the
 * index l->n_families (which is then incremented). On failure *out is
 * untouched and the error is set with the element's position. */
gs_status gsi_dossier_load_family(gsi_dossier_loader *l, const xmlNode *family, gs_family **out);

/* Error callback for libxml2 schema validation (ctx = the loader). */
void gsi_dossier_schema_error(void *ctx, xmlErrorPtr err);

/* Writes one finished family in canonical form at indentation level
 * `level` (0 for a `family` root, which then carries the namespace). */
void gsi_dossier_write_family(gsi_buf *b, const gs_family *f, int level);

#endif
