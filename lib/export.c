/*
 * libgoedestart - pseudonymised research export and its mapping file
 * (spec/indicators.md "Research export").
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Pseudonyms and date shifts come from the operating system's CSPRNG
 * (getrandom(2), else /dev/urandom). Tests may replace the source through
 * gsi_set_random_source() (lib/analytics.h), which is not exported.
 *
 * The mapping grows by appending: families and children are added at the
 * end of their arrays (a child is linked in front of its family's list).
 * An export that fails rolls the mapping back to its checkpoint (truncate,
 * unlink, rehash: no allocation), so a failed call changes nothing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "analytics.h"
#include "assess.h"
#include "buf.h"
#include "codes.h"
#include "fileio.h"
#include "xml-util.h"

#define MAPPING_NS "urn:goedestart:mapping:1"
#define EXPORT_NS "urn:goedestart:export:1"
#define PSEUDONYM_HEX 32
#define SHIFT_MAX 14

/* ---- randomness ------------------------------------------------------------ */

static gsi_random_fn random_hook;
static void *random_hook_data;

void gsi_set_random_source(gsi_random_fn fn, void *user_data) {
  random_hook = fn;
  random_hook_data = user_data;
}

static gs_status urandom_bytes(unsigned char *buf, size_t n) {
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return gsi_error(GS_EIO, "/dev/urandom", 0, 0, "cannot open the random source: %s",
                     strerror(errno));
  int e = gsi_read_exact(fd, buf, n);
  close(fd);
  if (e != 0)
    return gsi_error(GS_EIO, "/dev/urandom", 0, 0, "cannot read the random source: %s",
                     e < 0 ? "end of file" : strerror(e));
  return GS_OK;
}

gs_status gsi_random_bytes(unsigned char *buf, size_t n) {
  if (random_hook != NULL)
    return random_hook(random_hook_data, buf, n);
  size_t got = 0;
  while (got < n) {
    ssize_t r = getrandom(buf + got, n - got, 0);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      if (errno == ENOSYS)
        return urandom_bytes(buf + got, n - got);
      return gsi_error(GS_EIO, NULL, 0, 0, "the operating system's random source failed: %s",
                       strerror(errno));
    }
    got += (size_t)r;
  }
  return GS_OK;
}

/* A shift uniform over the 28 values -14..-1 and 1..14 (never 0): a byte
 * below 252 = 9 * 28 without modulo bias, else draw again. */
static gs_status random_shift(int *out) {
  for (;;) {
    unsigned char b;
    gs_status st = gsi_random_bytes(&b, 1);
    if (st != GS_OK)
      return st;
    if (b < 9 * (2 * SHIFT_MAX)) {
      int v = (int)(b % (2 * SHIFT_MAX));
      *out = v < SHIFT_MAX ? v - SHIFT_MAX : v - SHIFT_MAX + 1;
      return GS_OK;
    }
  }
}

/* ---- the mapping ------------------------------------------------------------ */

/* Strings live inside the entries (ids are at most 64 bytes). The two
 * indexes hold entry numbers, not pointers: their keys are read from the
 * arrays at lookup time, so the arrays may move (realloc) without the
 * indexes ever looking at freed memory, and an index grows without
 * comparing keys at all. */
typedef struct map_family {
  char id[65];
  char pseudonym[PSEUDONYM_HEX + 1];
  int8_t shift;
  int32_t first_child;          /* index into kids, -1 */
} map_family;

typedef struct map_child {
  char id[65];
  char pseudonym[PSEUDONYM_HEX + 1];
  uint32_t family;
  int32_t next;                 /* next child of the same family, -1 */
} map_child;

/* An open-addressing index of entry references. A reference is 1 + the
 * entry number (0: an empty slot); in the pseudonym index the entry number
 * is 2 * index, + 1 for a child. */
typedef struct map_slot {
  uint32_t hash;
  uint32_t ref;
} map_slot;

typedef struct map_index {
  map_slot *slots;
  size_t cap;                   /* 0 or a power of two */
} map_index;

#define MAP_ENTRIES_MAX ((size_t)INT32_MAX / 2)

struct gs_mapping {
  map_family *fams;
  size_t n_fams, cap_fams;
  map_child *kids;
  size_t n_kids, cap_kids;
  map_index fam_index;          /* family id -> family */
  map_index pseudonyms;         /* every pseudonym (uniqueness) */
};

typedef struct map_checkpoint {
  size_t n_fams, n_kids;
} map_checkpoint;

GS_EXPORT gs_status gs_mapping_new(gs_mapping **out) {
  if (out == NULL)
    return gsi_einval("gs_mapping_new: out is NULL");
  gs_mapping *m = gsi_calloc(1, sizeof *m);
  if (m == NULL)
    return gsi_oom();
  *out = m;
  return GS_OK;
}

static void index_free(map_index *x) {
  gsi_free(x->slots);
  x->slots = NULL;
  x->cap = 0;
}

GS_EXPORT void gs_mapping_free(gs_mapping *m) {
  if (m == NULL)
    return;
  gsi_free(m->fams);
  gsi_free(m->kids);
  index_free(&m->fam_index);
  index_free(&m->pseudonyms);
  gsi_free(m);
}

static map_checkpoint map_mark(const gs_mapping *m) {
  map_checkpoint cp = { m->n_fams, m->n_kids };
  return cp;
}

/* The key of a reference in the family index (ids). */
static const char *fam_key(const gs_mapping *m, uint32_t ref) {
  return m->fams[ref - 1].id;
}

/* The key of a reference in the pseudonym index. */
static const char *pseudonym_key(const gs_mapping *m, uint32_t ref) {
  uint32_t e = ref - 1;
  return (e & 1) ? m->kids[e >> 1].pseudonym : m->fams[e >> 1].pseudonym;
}

typedef const char *(*map_key_fn)(const gs_mapping *m, uint32_t ref);

/* The reference stored under key, or 0. */
static uint32_t index_get(const gs_mapping *m, const map_index *x, map_key_fn key_of,
                          const char *key) {
  if (x->cap == 0)
    return 0;
  uint32_t h = gsi_strhash(key);
  size_t mask = x->cap - 1;
  for (size_t i = h & mask; x->slots[i].ref != 0; i = (i + 1) & mask)
    if (x->slots[i].hash == h && strcmp(key_of(m, x->slots[i].ref), key) == 0)
      return x->slots[i].ref;
  return 0;
}

/* Adds a reference whose key is not in the index yet (room reserved). */
static void index_add(map_slot *slots, size_t cap, uint32_t hash, uint32_t ref) {
  size_t mask = cap - 1, i = hash & mask;
  while (slots[i].ref != 0)
    i = (i + 1) & mask;
  slots[i].hash = hash;
  slots[i].ref = ref;
}

/* Room for n references in total (load at most 1/2). Keys are distinct, so
 * moving them to a larger table needs their hashes only. GS_ENOMEM leaves
 * the index as it was. */
static gs_status index_reserve(map_index *x, size_t n) {
  size_t cap = x->cap ? x->cap : 16;
  while (cap / 2 < n + 1)
    cap *= 2;
  if (cap == x->cap)
    return GS_OK;
  map_slot *slots = gsi_calloc(cap, sizeof *slots);
  if (slots == NULL)
    return gsi_oom();
  for (size_t i = 0; i < x->cap; i++)
    if (x->slots[i].ref != 0)
      index_add(slots, cap, x->slots[i].hash, x->slots[i].ref);
  gsi_free(x->slots);
  x->slots = slots;
  x->cap = cap;
  return GS_OK;
}

/* Puts every entry in the indexes again (after a rollback dropped some).
 * The indexes have room: no allocation. */
static void map_rehash(gs_mapping *m) {
  memset(m->fam_index.slots, 0, m->fam_index.cap * sizeof *m->fam_index.slots);
  memset(m->pseudonyms.slots, 0, m->pseudonyms.cap * sizeof *m->pseudonyms.slots);
  for (size_t i = 0; i < m->n_fams; i++) {
    index_add(m->fam_index.slots, m->fam_index.cap, gsi_strhash(m->fams[i].id),
              (uint32_t)i + 1);
    index_add(m->pseudonyms.slots, m->pseudonyms.cap, gsi_strhash(m->fams[i].pseudonym),
              (uint32_t)(2 * i) + 1);
  }
  for (size_t i = 0; i < m->n_kids; i++)
    index_add(m->pseudonyms.slots, m->pseudonyms.cap, gsi_strhash(m->kids[i].pseudonym),
              (uint32_t)(2 * i + 1) + 1);
}

/* Back to a checkpoint: drop what was added since, without allocating;
 * containers of an empty mapping are released, so the mapping is exactly
 * as it was. */
static void map_rollback(gs_mapping *m, map_checkpoint cp) {
  for (size_t i = m->n_kids; i-- > cp.n_kids;)
    m->fams[m->kids[i].family].first_child = m->kids[i].next;
  m->n_kids = cp.n_kids;
  m->n_fams = cp.n_fams;
  if (m->n_kids == 0) {
    gsi_free(m->kids);
    m->kids = NULL;
    m->cap_kids = 0;
  }
  if (m->n_fams == 0) {
    gsi_free(m->fams);
    m->fams = NULL;
    m->cap_fams = 0;
    index_free(&m->fam_index);
    index_free(&m->pseudonyms);
    return;
  }
  map_rehash(m);
}

static int64_t map_find_family(const gs_mapping *m, const char *id) {
  return (int64_t)index_get(m, &m->fam_index, fam_key, id) - 1;
}

static bool map_has_pseudonym(const gs_mapping *m, const char *pseudonym) {
  return index_get(m, &m->pseudonyms, pseudonym_key, pseudonym) != 0;
}

static int64_t map_find_child(const gs_mapping *m, size_t fam, const char *id) {
  for (int32_t k = m->fams[fam].first_child; k >= 0; k = m->kids[k].next)
    if (strcmp(m->kids[k].id, id) == 0)
      return k;
  return -1;
}

/* Room for fams more families and kids more children (indexes included).
 * GS_ENOMEM leaves the entries as they were (the caller rolls back to
 * release new containers). */
static gs_status map_room(gs_mapping *m, size_t fams, size_t kids) {
  if (fams > MAP_ENTRIES_MAX - m->n_fams || kids > MAP_ENTRIES_MAX - m->n_kids)
    return gsi_error(GS_ENOMEM, NULL, 0, 0, "the mapping is full (%zu families or children)",
                     MAP_ENTRIES_MAX);
  gs_status st;
  if ((st = GSI_GROW(m->fams, m->cap_fams, m->n_fams + fams + 1)) != GS_OK ||
      (st = GSI_GROW(m->kids, m->cap_kids, m->n_kids + kids + 1)) != GS_OK ||
      (st = index_reserve(&m->fam_index, m->n_fams + fams)) != GS_OK ||
      (st = index_reserve(&m->pseudonyms, m->n_fams + m->n_kids + fams + kids)) != GS_OK)
    return st;
  return GS_OK;
}

/* Adds a family (strings copied; room reserved with map_room). */
static size_t map_add_family(gs_mapping *m, const char *id, const char *pseudonym, int shift) {
  map_family *f = &m->fams[m->n_fams];
  snprintf(f->id, sizeof f->id, "%s", id);
  memcpy(f->pseudonym, pseudonym, PSEUDONYM_HEX + 1);
  f->shift = (int8_t)shift;
  f->first_child = -1;
  index_add(m->fam_index.slots, m->fam_index.cap, gsi_strhash(f->id), (uint32_t)m->n_fams + 1);
  index_add(m->pseudonyms.slots, m->pseudonyms.cap, gsi_strhash(f->pseudonym),
            (uint32_t)(2 * m->n_fams) + 1);
  return m->n_fams++;
}

static size_t map_add_child(gs_mapping *m, size_t fam, const char *id, const char *pseudonym) {
  map_child *c = &m->kids[m->n_kids];
  snprintf(c->id, sizeof c->id, "%s", id);
  memcpy(c->pseudonym, pseudonym, PSEUDONYM_HEX + 1);
  c->family = (uint32_t)fam;
  c->next = m->fams[fam].first_child;
  m->fams[fam].first_child = (int32_t)m->n_kids;
  index_add(m->pseudonyms.slots, m->pseudonyms.cap, gsi_strhash(c->pseudonym),
            (uint32_t)(2 * m->n_kids + 1) + 1);
  return m->n_kids++;
}

/* A fresh pseudonym, unique in the mapping. */
static gs_status new_pseudonym(const gs_mapping *m, char out[PSEUDONYM_HEX + 1]) {
  static const char hex[] = "0123456789abcdef";
  for (int tries = 0; tries < 16; tries++) {
    unsigned char raw[PSEUDONYM_HEX / 2];
    gs_status st = gsi_random_bytes(raw, sizeof raw);
    if (st != GS_OK)
      return st;
    for (size_t i = 0; i < sizeof raw; i++) {
      out[2 * i] = hex[raw[i] >> 4];
      out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[PSEUDONYM_HEX] = '\0';
    if (!map_has_pseudonym(m, out))
      return GS_OK;
  }
  return gsi_error(GS_EIO, NULL, 0, 0, "the random source keeps repeating itself");
}

GS_EXPORT size_t gs_mapping_family_count(const gs_mapping *m) {
  return m != NULL ? m->n_fams : 0;
}

GS_EXPORT size_t gs_mapping_child_count(const gs_mapping *m) {
  return m != NULL ? m->n_kids : 0;
}

GS_EXPORT const char *gs_mapping_family_pseudonym(const gs_mapping *m, const char *family_id) {
  if (m == NULL || family_id == NULL)
    return NULL;
  int64_t i = map_find_family(m, family_id);
  return i < 0 ? NULL : m->fams[i].pseudonym;
}

GS_EXPORT gs_status gs_mapping_family_shift(const gs_mapping *m, const char *family_id, int *out) {
  if (m == NULL || family_id == NULL || out == NULL)
    return gsi_einval("gs_mapping_family_shift: mapping, family id and out are required");
  int64_t i = map_find_family(m, family_id);
  if (i < 0)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "family %s is not in the mapping", family_id);
  *out = m->fams[i].shift;
  return GS_OK;
}

GS_EXPORT const char *gs_mapping_child_pseudonym(const gs_mapping *m, const char *family_id,
                                                 const char *child_id) {
  if (m == NULL || family_id == NULL || child_id == NULL)
    return NULL;
  int64_t i = map_find_family(m, family_id);
  if (i < 0)
    return NULL;
  int64_t k = map_find_child(m, (size_t)i, child_id);
  return k < 0 ? NULL : m->kids[k].pseudonym;
}

/* ---- loading ------------------------------------------------------------------ */

static gs_status load_doc(gs_mapping *m, xmlDocPtr doc, const char *file) {
  gs_status st = gsi_xml_validate(doc, file, GSI_SCHEMA_MAPPING);
  if (st != GS_OK)
    return st;
  xmlNode *root = xmlDocGetRootElement(doc);
  for (xmlNode *fn = gsi_xml_first(root, MAPPING_NS); fn != NULL; fn = gsi_xml_next(fn, MAPPING_NS)) {
    const char *id = gsi_xml_attr(fn, "id");
    const char *ps = gsi_xml_attr(fn, "pseudonym");
    const char *sh = gsi_xml_attr(fn, "shift-days");
    long shift;
    if (id == NULL || ps == NULL || sh == NULL || !gsi_parse_int(sh, -SHIFT_MAX, SHIFT_MAX, &shift))
      return gsi_xml_error(GS_EPARSE, file, fn, "a family needs id, pseudonym and shift-days");
    if (!gsi_valid_id(id))
      return gsi_xml_error(GS_EPARSE, file, fn,
                           "family id is not a valid identifier (1-64 bytes, no control characters)");
    if (map_find_family(m, id) >= 0)
      return gsi_xml_error(GS_EPARSE, file, fn, "family %s is listed twice", id);
    if (map_has_pseudonym(m, ps))
      return gsi_xml_error(GS_EPARSE, file, fn, "family %s: pseudonym %s is used twice", id, ps);
    if (strlen(id) > 64)
      return gsi_xml_error(GS_EPARSE, file, fn, "family id is longer than 64 bytes");
    /* a shift of 0 (written before shifts were never 0) is drawn anew */
    int sh_days = (int)shift;
    if (sh_days == 0 && (st = random_shift(&sh_days)) != GS_OK)
      return st;
    if ((st = map_room(m, 1, 0)) != GS_OK)
      return st;
    size_t fi = map_add_family(m, id, ps, sh_days);
    for (xmlNode *cn = gsi_xml_first(fn, MAPPING_NS); cn != NULL; cn = gsi_xml_next(cn, MAPPING_NS)) {
      const char *cid = gsi_xml_attr(cn, "id");
      const char *cps = gsi_xml_attr(cn, "pseudonym");
      if (cid == NULL || cps == NULL)
        return gsi_xml_error(GS_EPARSE, file, cn, "a child needs id and pseudonym");
      if (!gsi_valid_id(cid))
        return gsi_xml_error(GS_EPARSE, file, cn,
                             "family %s: child id is not a valid identifier", id);
      if (map_find_child(m, fi, cid) >= 0)
        return gsi_xml_error(GS_EPARSE, file, cn, "family %s: child %s is listed twice", id, cid);
      if (map_has_pseudonym(m, cps))
        return gsi_xml_error(GS_EPARSE, file, cn, "family %s, child %s: pseudonym %s is used twice",
                             id, cid, cps);
      if ((st = map_room(m, 0, 1)) != GS_OK)
        return st;
      map_add_child(m, fi, cid, cps);
    }
  }
  return GS_OK;
}

static gs_status load_finish(gs_mapping **out, xmlDocPtr doc, const char *file) {
  gs_mapping *m;
  gs_status st = gs_mapping_new(&m);
  if (st == GS_OK && (st = load_doc(m, doc, file)) != GS_OK) {
    gs_mapping_free(m);
  }
  xmlFreeDoc(doc);
  if (st == GS_OK)
    *out = m;
  return st;
}

GS_EXPORT gs_status gs_mapping_load_memory(gs_mapping **out, const char *data, size_t len,
                                           const char *name) {
  if (out == NULL || data == NULL)
    return gsi_einval("gs_mapping_load_memory: out and data are required");
  if (name == NULL)
    name = "memory";
  xmlDocPtr doc;
  gs_status st = gsi_xml_parse(data, len, name, &doc);
  if (st != GS_OK)
    return st;
  return load_finish(out, doc, name);
}

GS_EXPORT gs_status gs_mapping_load_file(gs_mapping **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_mapping_load_file: out and path are required");
  xmlDocPtr doc;
  gs_status st = gsi_xml_parse_file(path, &doc);
  if (st != GS_OK)
    return st;
  return load_finish(out, doc, path);
}

/* ---- saving -------------------------------------------------------------------- */

static int fam_ptr_cmp(const void *a, const void *b) {
  return strcmp((*(const map_family *const *)a)->id, (*(const map_family *const *)b)->id);
}

static int kid_ptr_cmp(const void *a, const void *b) {
  return strcmp((*(const map_child *const *)a)->id, (*(const map_child *const *)b)->id);
}

GS_EXPORT gs_status gs_mapping_save_memory(const gs_mapping *m, char **out, size_t *len) {
  if (m == NULL || out == NULL)
    return gsi_einval("gs_mapping_save_memory: mapping and out are required");
  const map_family **fams = gsi_calloc(m->n_fams + 1, sizeof *fams);
  const map_child **kids = gsi_calloc(m->n_kids + 1, sizeof *kids);
  if (fams == NULL || kids == NULL) {
    gsi_free(fams);
    gsi_free(kids);
    return gsi_oom();
  }
  for (size_t i = 0; i < m->n_fams; i++)
    fams[i] = &m->fams[i];
  qsort(fams, m->n_fams, sizeof *fams, fam_ptr_cmp);
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mapping");
  gsi_buf_xml_attr(&b, "xmlns", MAPPING_NS);
  gsi_buf_puts(&b, m->n_fams > 0 ? ">\n" : "/>\n");
  for (size_t i = 0; i < m->n_fams; i++) {
    const map_family *f = fams[i];
    size_t nk = 0;
    for (int32_t k = f->first_child; k >= 0; k = m->kids[k].next)
      kids[nk++] = &m->kids[k];
    qsort(kids, nk, sizeof *kids, kid_ptr_cmp);
    gsi_buf_puts(&b, "  <family");
    gsi_buf_xml_attr(&b, "id", f->id);
    gsi_buf_xml_attr(&b, "pseudonym", f->pseudonym);
    gsi_buf_xml_attr_int(&b, "shift-days", f->shift);
    gsi_buf_puts(&b, nk > 0 ? ">\n" : "/>\n");
    for (size_t k = 0; k < nk; k++) {
      gsi_buf_puts(&b, "    <child");
      gsi_buf_xml_attr(&b, "id", kids[k]->id);
      gsi_buf_xml_attr(&b, "pseudonym", kids[k]->pseudonym);
      gsi_buf_puts(&b, "/>\n");
    }
    if (nk > 0)
      gsi_buf_puts(&b, "  </family>\n");
  }
  if (m->n_fams > 0)
    gsi_buf_puts(&b, "</mapping>\n");
  gsi_free(fams);
  gsi_free(kids);
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_mapping_save_file(const gs_mapping *m, const char *path) {
  if (m == NULL || path == NULL)
    return gsi_einval("gs_mapping_save_file: mapping and path are required");
  char *data;
  size_t len;
  gs_status st = gs_mapping_save_memory(m, &data, &len);
  if (st != GS_OK)
    return st;
  st = gsi_write_file_atomic_mode(path, data, len, 0600);
  gsi_free(data);
  return st;
}

/* ---- the export ------------------------------------------------------------------ */

GS_EXPORT void gs_export_options_init(gs_export_options *o) {
  if (o == NULL)
    return;
  gs_export_options def = GS_EXPORT_OPTIONS_INIT;
  *o = def;
}

/* A row held until the end: its child in the mapping and where the rest
 * of the row (after the two pseudonyms) is in the exporter's row text. */
typedef struct export_ref {
  size_t off;
  uint32_t len;
  uint32_t kid;
} export_ref;

struct gs_exporter {
  gs_export_options opt;
  gs_mapping *mapping;
  const gs_pack *pack;
  gs_assessment *a;
  gsi_buf buf;                  /* pending output */
  gsi_buf text;                 /* the rows, without their pseudonyms */
  export_ref *refs;
  size_t n_refs, cap_refs;
  uint64_t rows;
  bool ended;
};

static const char *const csv_header =
  "family,child,municipality,born,phase,care_need,needs,max_level,event_days,event,"
  "actions_l1,actions_l2,actions_l3,actions_l4,actions_l5,warm_handovers\r\n";

GS_EXPORT gs_status gs_exporter_new(gs_exporter **out, const gs_export_options *o,
                                    gs_mapping *mapping, const gs_pack *pack) {
  if (out == NULL || o == NULL || mapping == NULL || pack == NULL)
    return gsi_einval("gs_exporter_new: out, options, mapping and pack are required");
  if (o->version != GS_EXPORT_OPTIONS_VERSION)
    return gsi_error(GS_EVERSION, NULL, 0, 0,
                     "gs_exporter_new: options version %u is not supported (expected %u)",
                     o->version, GS_EXPORT_OPTIONS_VERSION);
  if (!gs_date_valid(o->as_of))
    return gsi_einval("gs_exporter_new: the as-of date is missing or invalid");
  if (o->horizon < 0 || o->horizon > 100000)
    return gsi_einval("gs_exporter_new: the horizon must be 0-100000 days");
  if (o->format != GS_EXPORT_CSV && o->format != GS_EXPORT_XML)
    return gsi_einval("gs_exporter_new: unknown format %d", o->format);
  gs_exporter *e = gsi_calloc(1, sizeof *e);
  if (e == NULL)
    return gsi_oom();
  gs_status st = gs_assessment_new(&e->a);
  if (st != GS_OK) {
    gsi_free(e);
    return st;
  }
  e->opt = *o;
  e->mapping = mapping;
  e->pack = pack;
  gsi_buf_init(&e->buf);
  gsi_buf_init(&e->text);
  if (o->format == GS_EXPORT_CSV) {
    gsi_buf_puts(&e->buf, csv_header);
  } else {
    gsi_buf_puts(&e->buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export");
    gsi_buf_xml_attr(&e->buf, "xmlns", EXPORT_NS);
    gsi_buf_xml_attr_date(&e->buf, "as-of", o->as_of);
    gsi_buf_xml_attr_int(&e->buf, "horizon", o->horizon);
    gsi_buf_puts(&e->buf, ">\n");
  }
  if ((st = gsi_buf_status(&e->buf)) != GS_OK) {
    gs_exporter_free(e);
    return st;
  }
  *out = e;
  return GS_OK;
}

GS_EXPORT void gs_exporter_free(gs_exporter *e) {
  if (e == NULL)
    return;
  gs_assessment_free(e->a);
  gsi_buf_free(&e->buf);
  gsi_buf_free(&e->text);
  gsi_free(e->refs);
  gsi_free(e);
}

/* One output row, without its pseudonyms. Empty strings are empty
 * columns. */
typedef struct export_row {
  const char *municipality;
  char born[GS_DATE_BUFSIZE];
  const char *phase, *care_need;
  long needs;
  int max_level;                /* 0: empty */
  bool has_event;
  long event_days;
  int event;
  long actions[6];
  long warm;
} export_row;

static void csv_int(gsi_buf *b, long v) {
  gsi_buf_putc(b, ',');
  gsi_buf_int(b, v);
}

/* The row after its two pseudonyms (from the comma, or the space, on). */
static void write_row(gsi_buf *b, int format, const export_row *r) {
  if (format == GS_EXPORT_CSV) {
    gsi_buf_putc(b, ',');
    gsi_buf_csv_field(b, r->municipality);
    gsi_buf_putc(b, ',');
    gsi_buf_puts(b, r->born);
    gsi_buf_putc(b, ',');
    gsi_buf_puts(b, r->phase);
    gsi_buf_putc(b, ',');
    gsi_buf_puts(b, r->care_need);
    csv_int(b, r->needs);
    gsi_buf_putc(b, ',');
    if (r->max_level > 0)
      gsi_buf_int(b, r->max_level);
    gsi_buf_putc(b, ',');
    if (r->has_event)
      gsi_buf_int(b, r->event_days);
    gsi_buf_putc(b, ',');
    if (r->has_event)
      gsi_buf_int(b, r->event);
    for (int l = 1; l <= 5; l++)
      csv_int(b, r->actions[l]);
    csv_int(b, r->warm);
    gsi_buf_puts(b, "\r\n");
    return;
  }
  gsi_buf_xml_attr(b, "municipality", r->municipality);
  gsi_buf_xml_attr(b, "born", r->born);
  if (r->phase[0] != '\0')
    gsi_buf_xml_attr(b, "phase", r->phase);
  gsi_buf_xml_attr(b, "care-need", r->care_need);
  gsi_buf_xml_attr_int(b, "needs", r->needs);
  if (r->max_level > 0)
    gsi_buf_xml_attr_int(b, "max-level", r->max_level);
  if (r->has_event) {
    gsi_buf_xml_attr_int(b, "event-days", r->event_days);
    gsi_buf_xml_attr_int(b, "event", r->event);
  }
  static const char *const names[6] = { NULL, "actions-l1", "actions-l2", "actions-l3",
                                        "actions-l4", "actions-l5" };
  for (int l = 1; l <= 5; l++)
    gsi_buf_xml_attr_int(b, names[l], r->actions[l]);
  gsi_buf_xml_attr_int(b, "warm-handovers", r->warm);
  gsi_buf_puts(b, "/>\n");
}

/* Exports one family: mapping entries and rows (held until the end). On
 * error the caller rolls back the mapping and the rows. */
static gs_status export_family(gs_exporter *e, const gs_family *f, uint64_t *rows) {
  gs_date as_of = e->opt.as_of;
  size_t n_rows = 0;
  for (size_t c = 0; c < f->n_children; c++)
    if (f->children[c].born <= as_of)
      n_rows++;
  if (n_rows == 0)
    return GS_OK;
  gs_status st = gs_assess_into(e->a, f, as_of, e->pack, NULL);
  if (st != GS_OK)
    return st;
  const gs_assessment *a = e->a;
  gs_mapping *m = e->mapping;

  /* the family's pseudonym and shift, new ones from the CSPRNG */
  if ((st = map_room(m, 1, n_rows)) != GS_OK ||
      (st = GSI_GROW(e->refs, e->cap_refs, e->n_refs + n_rows)) != GS_OK)
    return st;
  int64_t fi = map_find_family(m, f->id);
  if (fi < 0) {
    char ps[PSEUDONYM_HEX + 1];
    int shift;
    if ((st = new_pseudonym(m, ps)) != GS_OK || (st = random_shift(&shift)) != GS_OK)
      return st;
    fi = (int64_t)map_add_family(m, f->id, ps, shift);
  }
  const map_family *mf = &m->fams[fi];

  /* what is the same on every row of the family */
  export_row r;
  memset(&r, 0, sizeof r);
  r.municipality = f->municipality_code;
  r.care_need = gsi_code_token(GS_KIND_CARE_NEED, a->care_need);
  r.needs = (long)a->n_needs;
  for (size_t n = 0; n < a->n_needs; n++)
    if (a->needs[n].level > r.max_level)
      r.max_level = a->needs[n].level;
  for (size_t k = 0; k < f->n_actions; k++) {
    const gsi_action *ac = &f->actions[k];
    if (ac->start > as_of)
      continue;
    r.actions[ac->level]++;
    if (ac->warm_handover)
      r.warm++;
  }

  for (size_t c = 0; c < f->n_children; c++) {
    const gsi_child *ch = &f->children[c];
    if (ch->born > as_of)
      continue;
    int64_t ki = map_find_child(m, (size_t)fi, ch->id);
    if (ki < 0) {
      char ps[PSEUDONYM_HEX + 1];
      if ((st = new_pseudonym(m, ps)) != GS_OK)
        return st;
      ki = (int64_t)map_add_child(m, (size_t)fi, ch->id, ps);
    }
    {
      gs_date shifted;
      if (gs_date_add_days(&shifted, ch->born, mf->shift) != GS_OK)
        shifted = ch->born;
      gs_date_format(shifted, r.born, sizeof r.born);
    }
    r.phase = "";
    for (size_t p = 0; p < a->n_phases; p++)
      if (a->phases[p].subject_kind == GSI_SUBJECT_CHILD && a->phases[p].subject == (int32_t)c)
        r.phase = gsi_code_token(GS_KIND_PHASE, a->phases[p].phase);
    int32_t t = 0;
    bool ev = false;
    r.has_event = gsi_child_event(f, c, as_of, e->opt.horizon, &t, &ev);
    r.event_days = r.has_event ? t : 0;
    r.event = ev ? 1 : 0;
    size_t off = e->text.len;
    write_row(&e->text, e->opt.format, &r);
    e->refs[e->n_refs++] = (export_ref){ off, (uint32_t)(e->text.len - off), (uint32_t)ki };
  }
  if ((st = gsi_buf_status(&e->text)) != GS_OK)
    return st;
  *rows += n_rows;
  return GS_OK;
}

static gs_status exporter_check(const gs_exporter *e, const char *fn) {
  if (e->ended)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "%s: the export has ended", fn);
  return GS_OK;
}

static void buf_rollback(gsi_buf *b, size_t len) {
  b->len = len;
  b->oom = false;
  if (b->data != NULL)
    b->data[len] = '\0';
}

/* One call that adds families (one, or a whole file): all or nothing. */
typedef struct export_call {
  gs_exporter *e;
  map_checkpoint cp;            /* the mapping before the call */
  size_t len, n_refs;           /* the rows before the call */
  uint64_t rows;                /* rows the call added */
} export_call;

static export_call call_begin(gs_exporter *e) {
  export_call c = { e, map_mark(e->mapping), e->text.len, e->n_refs, 0 };
  return c;
}

/* Keeps what the call added when st is GS_OK, else rolls the mapping and
 * the output back to where they were. Returns st. */
static gs_status call_end(export_call *c, gs_status st) {
  if (st != GS_OK) {
    map_rollback(c->e->mapping, c->cp);
    buf_rollback(&c->e->text, c->len);
    c->e->n_refs = c->n_refs;
    return st;
  }
  c->e->rows += c->rows;
  return GS_OK;
}

static gs_status call_add_family(void *call, const gs_family *f) {
  export_call *c = call;
  return export_family(c->e, f, &c->rows);
}

GS_EXPORT gs_status gs_exporter_add(gs_exporter *e, const gs_family *f) {
  if (e == NULL || f == NULL)
    return gsi_einval("gs_exporter_add: exporter and family are required");
  gs_status st = exporter_check(e, "gs_exporter_add");
  if (st != GS_OK)
    return st;
  if (!f->finished)
    return gsi_einval("gs_exporter_add: family %s is not finished", f->id);
  export_call c = call_begin(e);
  return call_end(&c, call_add_family(&c, f));
}

GS_EXPORT gs_status gs_exporter_add_file(gs_exporter *e, const char *path) {
  if (e == NULL || path == NULL)
    return gsi_einval("gs_exporter_add_file: exporter and path are required");
  gs_status st = exporter_check(e, "gs_exporter_add_file");
  if (st != GS_OK)
    return st;
  export_call c = call_begin(e);
  return call_end(&c, gsi_dossier_file_each(path, call_add_family, &c));
}

/* Row order: family pseudonym, child pseudonym, then the order added
 * (the same family added twice). qsort has no context argument: the
 * mapping is passed in a thread-local pointer for the sort. */
static _Thread_local const gs_mapping *sort_mapping;

static int ref_cmp(const void *pa, const void *pb) {
  const export_ref *a = pa, *b = pb;
  const gs_mapping *m = sort_mapping;
  const map_child *ka = &m->kids[a->kid], *kb = &m->kids[b->kid];
  int c = 0;
  if (ka->family != kb->family)
    c = strcmp(m->fams[ka->family].pseudonym, m->fams[kb->family].pseudonym);
  if (c == 0 && a->kid != b->kid)
    c = strcmp(ka->pseudonym, kb->pseudonym);
  if (c == 0)
    c = (a->off > b->off) - (a->off < b->off);
  return c;
}

GS_EXPORT gs_status gs_exporter_end(gs_exporter *e) {
  if (e == NULL)
    return gsi_einval("gs_exporter_end: the exporter is NULL");
  gs_status st = exporter_check(e, "gs_exporter_end");
  if (st != GS_OK)
    return st;
  size_t len = e->buf.len;
  const gs_mapping *m = e->mapping;
  if (e->n_refs > 1) { /* qsort's base must not be NULL, even for 0 rows */
    sort_mapping = m;
    qsort(e->refs, e->n_refs, sizeof *e->refs, ref_cmp);
    sort_mapping = NULL;
  }
  for (size_t i = 0; i < e->n_refs; i++) {
    const export_ref *r = &e->refs[i];
    const map_child *k = &m->kids[r->kid];
    if (e->opt.format == GS_EXPORT_CSV) {
      gsi_buf_puts(&e->buf, m->fams[k->family].pseudonym);
      gsi_buf_putc(&e->buf, ',');
      gsi_buf_puts(&e->buf, k->pseudonym);
    } else {
      gsi_buf_puts(&e->buf, "  <row");
      gsi_buf_xml_attr(&e->buf, "family", m->fams[k->family].pseudonym);
      gsi_buf_xml_attr(&e->buf, "child", k->pseudonym);
    }
    gsi_buf_append(&e->buf, e->text.data + r->off, r->len);
  }
  if (e->opt.format == GS_EXPORT_XML)
    gsi_buf_puts(&e->buf, "</export>\n");
  if ((st = gsi_buf_status(&e->buf)) != GS_OK) {
    buf_rollback(&e->buf, len);
    return st;
  }
  e->ended = true;
  gsi_buf_free(&e->text);
  gsi_free(e->refs);
  e->refs = NULL;
  e->n_refs = e->cap_refs = 0;
  return GS_OK;
}

GS_EXPORT const char *gs_exporter_pending(const gs_exporter *e, size_t *len) {
  if (e == NULL || e->buf.data == NULL) {
    if (len)
      *len = 0;
    return "";
  }
  if (len)
    *len = e->buf.len;
  return e->buf.data;
}

GS_EXPORT void gs_exporter_clear(gs_exporter *e) {
  if (e != NULL)
    gsi_buf_reset(&e->buf);
}

GS_EXPORT uint64_t gs_exporter_row_count(const gs_exporter *e) {
  return e != NULL ? e->rows : 0;
}

GS_EXPORT gs_status gs_export_families(const gs_family *const *families, size_t count,
                                       const gs_export_options *o, gs_mapping *mapping,
                                       const gs_pack *pack, char **out, size_t *len) {
  if (out == NULL || (families == NULL && count > 0))
    return gsi_einval("gs_export_families: families and out are required");
  gs_exporter *e;
  gs_status st = gs_exporter_new(&e, o, mapping, pack);
  if (st != GS_OK)
    return st;
  map_checkpoint cp = map_mark(mapping);
  for (size_t i = 0; i < count && st == GS_OK; i++)
    st = gs_exporter_add(e, families[i]);
  if (st == GS_OK)
    st = gs_exporter_end(e);
  if (st == GS_OK)
    st = gsi_buf_take(&e->buf, out, len);
  if (st != GS_OK)
    map_rollback(mapping, cp);
  gs_exporter_free(e);
  return st;
}
