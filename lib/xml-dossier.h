/*
 * libgoedestart - internal: the dossier loader shared by whole-file loading
 * (xml-dossier.c) and the streaming reader (xml-dossier-reader.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * A family is loaded element by element: gsi_dossier_family_begin() for the
 * `family` element, gsi_dossier_element() for each element inside it and
 * gsi_dossier_text() for each text, in document order, then
 * gsi_dossier_family_end(). Each step checks the rules of dossier.xsd
 * (written out in C, see xml-dossier.c) and calls the public builder, so
 * files and builder calls run the same checks. Whole-file loading walks a
 * tree; the streaming reader feeds the nodes as xmlTextReader delivers
 * them, so both accept the same files and report the same first error.
 *
 * Positions are "marks": a 64-bit token per element that the caller
 * supplies (whole-file loading: line and column packed; streaming: an input
 * offset) and that loader->resolve() turns into line and column, only when
 * a message needs it.
 */
#ifndef GSI_XML_DOSSIER_H
#define GSI_XML_DOSSIER_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "buf.h"
#include "goedestart/gs-dossier.h"
#include "model.h"

#define GSI_DOSSIER_NS "urn:goedestart:dossier:1"
/* The number of element kinds below `dossiers` (xml-dossier.c's tables). */
#define GSI_DOSSIER_ELEMS 21

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

/* Marks of one family's items per entity kind, in insertion order, so an
 * error of gsi_family_finish() can be placed at its element. */
enum {
  GSI_DN_CAREGIVER, GSI_DN_PREGNANCY, GSI_DN_CHILD, GSI_DN_CONTACT, GSI_DN_SIGNAL,
  GSI_DN_GOAL, GSI_DN_ACTION, GSI_DN_N
};

typedef struct gsi_mark_list {
  uint64_t *v;
  size_t n, cap;
} gsi_mark_list;

/* Turns a mark into line and column (0 when unknown); may be slow. */
typedef void (*gsi_dossier_resolve_fn)(void *ctx, uint64_t mark, int *line, int *col);

typedef struct gsi_dossier_loader {
  const char *file;             /* name in messages (borrowed) */
  gsi_dossier_resolve_fn resolve;
  void *resolve_ctx;
  bool xsd;                     /* also run libxml2's XSD validation (whole-file loading) */
  bool schema_only;             /* check the schema's rules only: no builder, no finish */
  xmlSchemaValidCtxtPtr vctxt;  /* created on first use */
  /* first schema error of the current validation */
  bool verr;
  bool voom;
  const xmlNode *vnode;
  int vline;
  char vmsg[768];
  gsi_mark_list marks[GSI_DN_N];
  gsi_buf attr_text[8];         /* attribute values spread over several text nodes */
  gsi_idset ids;                /* family ids seen so far */
  size_t n_families;            /* families loaded */
  const char *family_id;        /* of the family being built (borrowed), for messages */
  /* our element and attribute names in the document's dictionary */
  const void *dict;
  bool interned;
  const xmlChar *enames[GSI_DOSSIER_ELEMS];
  const xmlChar *anames[GSI_DOSSIER_ELEMS][8];
} gsi_dossier_loader;

/* An open element of ours: what may follow inside it, and the ids of the
 * enclosing contact, goal and action (borrowed from the tree: valid while
 * the element is open). */
typedef struct gsi_dossier_frame {
  uint8_t def;                  /* element kind (xml-dossier.c) */
  int8_t rank;                  /* position of the last child in the schema's order */
  uint64_t mark;
  const char *contact;
  const char *goal;
  const char *action;
} gsi_dossier_frame;

void gsi_dossier_loader_init(gsi_dossier_loader *l, const char *file);
void gsi_dossier_loader_free(gsi_dossier_loader *l);

/* The mark of a node of a tree parsed by gsi_xml_parse (line and column). */
uint64_t gsi_dossier_tree_mark(const xmlNode *node);

/* Checks the root element: `dossiers` or `family` in our namespace, and
 * (for `dossiers`) no attributes of its own. */
gs_status gsi_dossier_check_root(gsi_dossier_loader *l, const xmlNode *root, uint64_t mark,
                                 bool *is_family);

/* An element child of `dossiers`: *take is set for a `family`, cleared for
 * a foreign element (skipped); anything else is an error at the element. */
gs_status gsi_dossier_check_child(gsi_dossier_loader *l, const xmlNode *child, uint64_t mark,
                                  bool *take);

/* `dossiers` ended without a family. */
gs_status gsi_dossier_no_family_error(gsi_dossier_loader *l, uint64_t root_mark);

/* A frame for the `dossiers` root (for gsi_dossier_text). */
void gsi_dossier_root_frame(gsi_dossier_frame *frame, uint64_t mark);

/* True when s holds only XML whitespace. */
bool gsi_dossier_blank(const char *s);

/* Starts a family at its `family` element: attributes, the id against the
 * ids seen before (then remembered), the new family in *f (the caller
 * frees it when a later step fails), and its frame. */
gs_status gsi_dossier_family_begin(gsi_dossier_loader *l, const xmlNode *fam, uint64_t mark,
                                   gs_family **f, gsi_dossier_frame *frame);

/* An element inside the open element `parent` (attributes complete,
 * children not needed). When it is ours, *ours is set and *frame opened
 * for its children; a foreign element is to be skipped with its subtree. */
gs_status gsi_dossier_element(gsi_dossier_loader *l, gs_family *f, gsi_dossier_frame *parent,
                              const xmlNode *el, uint64_t mark, gsi_dossier_frame *frame,
                              bool *ours);

/* The end of an element of ours opened by gsi_dossier_element() (also an
 * empty one): checks that it holds the children it must (a meldcode at
 * least one step). */
gs_status gsi_dossier_element_end(gsi_dossier_loader *l, const gsi_dossier_frame *frame);

/* Text directly inside the open element `parent` (also `dossiers`). */
gs_status gsi_dossier_text(gsi_dossier_loader *l, const gsi_dossier_frame *parent,
                           const char *text);

/* Ends a family: libxml2's schema check of the subtree when l->xsd (fam is
 * then the complete element), then gsi_family_finish(). On success the
 * family is finished and counted; on failure the caller frees it. */
gs_status gsi_dossier_family_end(gsi_dossier_loader *l, gs_family *f, const xmlNode *fam,
                                 const gsi_dossier_frame *frame);

/* Checks a tree parsed by gsi_xml_parse against the schema's rules as
 * written out in C (no builder, no semantic rules): the twin of
 * gsi_xml_validate(doc, name, GSI_SCHEMA_DOSSIER), which the tests and the
 * fuzz target hold it against. Attributes in the XML Schema instance
 * namespace (xsi:type ...) are refused here, while libxml2 would obey them. */
gs_status gsi_dossier_validate_tree(xmlDocPtr doc, const char *name);

/* libxml2's validation of a whole tree against the embedded dossier.xsd,
 * with the first message rewritten as the loader writes its own. */
gs_status gsi_dossier_xsd_validate(xmlDocPtr doc, const char *name);

/* Error callback for libxml2 schema validation (ctx = the loader). */
void gsi_dossier_schema_error(void *ctx, xmlErrorPtr err);

/* Writes one finished family in canonical form at indentation level
 * `level` (0 for a `family` root, which then carries the namespace). */
void gsi_dossier_write_family(gsi_buf *b, const gs_family *f, int level);

#endif
