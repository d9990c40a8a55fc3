/*
 * libgoedestart - streaming dossier reader on libxml2's xmlTextReader
 * (spec/formats.md "Dossier": one family materialised at a time).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The reader walks the top level of the document; each `family` element is
 * expanded into a subtree (xmlTextReaderExpand), handed to the shared loader
 * (gsi_dossier_load_family: schema, builder, finish) and freed when the
 * reader moves past it, so memory stays flat whatever the file size.
 *
 * Safety is that of gsi_xml_parse() (TOOLCHAIN.md §9). libxml2 2.9 gives no
 * access to a reader's parser context, so:
 *  - the parser properties are reset through xmlTextReaderSetParserProp
 *    right after creation: no entity substitution, no DTD loading, no DTD
 *    validation or default attributes, whatever libxml2's global defaults
 *    (xmlSubstituteEntitiesDefault, xmlLoadExtDtdDefaultValue) say;
 *  - a node-creation hook (xmlRegisterNodeDefault, thread-local, installed
 *    only while our calls run) sees the DTD node that a DOCTYPE creates and
 *    stops the parse by failing the input: a DOCTYPE is an error, as in
 *    gsi_xml_parse;
 *  - input comes through our own read callback (also for memory), so a
 *    path is never taken for a URL nor decompressed, and the parse can be
 *    stopped; NONET stays set; libxml2's depth and text limits stay on (no
 *    XML_PARSE_HUGE); errors go to a structured handler, never to stderr;
 *  - one family may span at most GS_DOSSIER_MAX_FAMILY_BYTES of input and
 *    GSI_DOSSIER_MAX_FAMILY_ELEMENTS elements.
 *
 * Positions: the node hook stores in each element the input offset where
 * its start tag ends (xmlTextReaderByteConsumed). Only when a message needs
 * it, the offset becomes the line and column of the tag's '<', counted
 * exactly as gsi_xml_parse counts them (lines by LF, columns in characters):
 * the read callback keeps a checkpoint (offset, line) per block of input,
 * and the bytes are read again (from the file or the memory copy).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "xml-dossier.h"
#include "xml-util.h"

#define BLOCK_SIZE (256 * 1024)
#define LT_SEARCH_MAX ((uint64_t)16 * 1024 * 1024)
#define READER_OPTIONS \
  (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)

enum { R_READING, R_DONE, R_FAILED };

typedef struct checkpoint {
  uint64_t off;                 /* first byte of a block */
  uint64_t lines;               /* LFs before it */
} checkpoint;

struct gs_dossier_reader {
  xmlTextReaderPtr xr;
  char *name;                   /* for messages */

  /* input: a memory copy, or a file read in blocks (two kept) */
  char *data;
  size_t data_len;
  int fd;
  char *blk[2];
  uint64_t blk_off[2];
  size_t blk_len[2];
  int cur;                      /* block being handed out */
  size_t blk_pos;
  uint64_t fed;                 /* bytes handed to libxml2 */
  uint64_t counted;             /* bytes whose LFs are counted */
  uint64_t lines;               /* LFs in them */
  checkpoint *cps;
  size_t n_cps, cap_cps;
  int io_errno;
  bool io_oom;
  bool eof;                     /* the input ended */
  bool stop;                    /* fail the input from now on */

  gsi_dossier_loader loader;
  int state;
  bool root_family;
  bool skip;                    /* move past the current node's subtree first */
  const xmlNode *root;          /* valid while the reader is inside it */
  bool root_closed;             /* the root's end tag was read */
  size_t seen_families;         /* `family` elements met (loaded or not) */

  /* sticky failure */
  gs_status fail_status;
  char *fail_msg;
  char *fail_file;
  int fail_line, fail_col;

  /* parse events */
  bool doctype;
  uint64_t doctype_mark;
  bool expanding;               /* inside xmlTextReaderExpand of a family */
  uint64_t fam_start;           /* input offset of the family's start tag */
  uint64_t fam_mark;
  size_t fam_elements;
  bool guard;                   /* the family exceeded a limit */
  const char *guard_msg;
  bool err;                     /* libxml2 reported an error */
  int err_code, err_line, err_col;
  char err_msg[400];
};

/* The reader whose libxml2 call runs on this thread (the node hook has no
 * other way to find it). */
static _Thread_local gs_dossier_reader *tl_reader;

/* ---- input ---------------------------------------------------------------- */

/* Records a checkpoint for the block [off, off + n) and counts its LFs. */
static void count_block(gs_dossier_reader *r, const char *p, size_t n) {
  if (r->n_cps == r->cap_cps && GSI_GROW(r->cps, r->cap_cps, r->n_cps + 1) != GS_OK) {
    r->io_oom = true;
    return;
  }
  r->cps[r->n_cps].off = r->counted;
  r->cps[r->n_cps].lines = r->lines;
  r->n_cps++;
  const char *end = p + n;
  while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    r->lines++;
    p++;
  }
  r->counted += n;
}

static void guard_stop(gs_dossier_reader *r, const char *msg) {
  if (!r->guard) {
    r->guard = true;
    r->guard_msg = msg;
  }
  r->stop = true;
}

static int io_read(void *ctx, char *buf, int len) {
  gs_dossier_reader *r = ctx;
  if (r->stop || r->io_oom || len <= 0)
    return -1;
  if (r->expanding && r->fed - r->fam_start > (uint64_t)GS_DOSSIER_MAX_FAMILY_BYTES) {
    guard_stop(r, "a family is larger than the limit of 16 MiB of XML");
    return -1;
  }
  size_t n;
  if (r->data != NULL) {
    if (r->fed >= r->data_len) {
      r->eof = true;
      return 0;
    }
    if (r->fed == r->counted) {
      size_t blk = r->data_len - (size_t)r->fed < BLOCK_SIZE ? r->data_len - (size_t)r->fed :
                   BLOCK_SIZE;
      count_block(r, r->data + r->fed, blk);
      if (r->io_oom)
        return -1;
    }
    n = (size_t)(r->counted - r->fed);
    if (n > (size_t)len)
      n = (size_t)len;
    memcpy(buf, r->data + r->fed, n);
  } else {
    if (r->blk_pos == r->blk_len[r->cur]) {
      int next = 1 - r->cur;
      ssize_t k;
      do
        k = read(r->fd, r->blk[next], BLOCK_SIZE);
      while (k < 0 && errno == EINTR);
      if (k < 0) {
        r->io_errno = errno;
        return -1;
      }
      if (k == 0) {
        r->eof = true;
        return 0;
      }
      r->cur = next;
      r->blk_off[next] = r->fed;
      r->blk_len[next] = (size_t)k;
      r->blk_pos = 0;
      count_block(r, r->blk[next], (size_t)k);
      if (r->io_oom)
        return -1;
    }
    n = r->blk_len[r->cur] - r->blk_pos;
    if (n > (size_t)len)
      n = (size_t)len;
    memcpy(buf, r->blk[r->cur] + r->blk_pos, n);
    r->blk_pos += n;
  }
  r->fed += n;
  return (int)n;
}

/* Reads input bytes again, for messages. Returns how many were read. */
static size_t raw_read(const gs_dossier_reader *r, uint64_t off, char *buf, size_t n) {
  if (r->data != NULL) {
    if (off >= r->data_len)
      return 0;
    if (n > r->data_len - off)
      n = (size_t)(r->data_len - off);
    memcpy(buf, r->data + off, n);
    return n;
  }
  for (int i = 0; i < 2; i++)
    if (r->blk[i] != NULL && off >= r->blk_off[i] && off + n <= r->blk_off[i] + r->blk_len[i]) {
      memcpy(buf, r->blk[i] + (off - r->blk_off[i]), n);
      return n;
    }
  size_t got = 0;
  while (got < n) {
    ssize_t k = pread(r->fd, buf + got, n - got, (off_t)(off + got));
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      break;
    got += (size_t)k;
  }
  return got;
}

/* Line and column (1-based) of input offset off; 0 when unknown. */
static void offset_pos(const gs_dossier_reader *r, uint64_t off, int *line, int *col) {
  *line = 0;
  *col = 0;
  if (r->n_cps == 0 || off > r->counted)
    return;
  size_t lo = 0, hi = r->n_cps;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (r->cps[mid].off <= off)
      lo = mid;
    else
      hi = mid;
  }
  char buf[4096];
  uint64_t lines = r->cps[lo].lines;
  for (uint64_t p = r->cps[lo].off; p < off;) {
    size_t want = off - p < sizeof buf ? (size_t)(off - p) : sizeof buf;
    size_t got = raw_read(r, p, buf, want);
    if (got == 0)
      return;
    for (size_t i = 0; i < got; i++)
      lines += buf[i] == '\n';
    p += got;
  }
  /* the column: characters since the last LF before off */
  uint64_t chars = 0;
  uint64_t p = off;
  bool found = false;
  while (p > 0 && !found) {
    size_t want = p < sizeof buf ? (size_t)p : sizeof buf;
    size_t got = raw_read(r, p - want, buf, want);
    if (got != want)
      return;
    for (size_t i = want; i > 0; i--) {
      unsigned char c = (unsigned char)buf[i - 1];
      if (c == '\n') {
        found = true;
        break;
      }
      if ((c & 0xC0) != 0x80)
        chars++;
    }
    p -= want;
  }
  if (lines + 1 > (uint64_t)INT32_MAX || chars + 1 > (uint64_t)INT32_MAX)
    return;
  *line = (int)(lines + 1);
  *col = (int)(chars + 1);
}

/* The offset of the '<' that opens the tag ending at off (the last '<'
 * before it: attribute values cannot hold one). */
static uint64_t tag_start(const gs_dossier_reader *r, uint64_t off) {
  char buf[4096];
  uint64_t p = off;
  while (p > 0 && off - p < LT_SEARCH_MAX) {
    size_t want = p < sizeof buf ? (size_t)p : sizeof buf;
    size_t got = raw_read(r, p - want, buf, want);
    if (got != want)
      break;
    for (size_t i = want; i > 0; i--)
      if (buf[i - 1] == '<')
        return p - want + i - 1;
    p -= want;
  }
  return off;
}

/* The loader's position functions: an element's mark is the offset where
 * its start tag ends, plus one. */
static uint64_t stream_mark(void *ctx, const xmlNode *node) {
  return node != NULL && node->type == XML_ELEMENT_NODE ? (uint64_t)(uintptr_t)node->_private : 0;
}

static void stream_resolve(void *ctx, uint64_t mark, int *line, int *col) {
  const gs_dossier_reader *r = ctx;
  if (mark == 0) {
    *line = 0;
    *col = 0;
    return;
  }
  offset_pos(r, tag_start(r, mark - 1), line, col);
}

/* ---- libxml2 hooks -------------------------------------------------------- */

static void node_created(xmlNodePtr node) {
  gs_dossier_reader *r = tl_reader;
  if (r == NULL || r->xr == NULL || node == NULL)
    return;
  if (node->type == XML_ELEMENT_NODE) {
    long off = xmlTextReaderByteConsumed(r->xr);
    node->_private = (void *)(uintptr_t)(off >= 0 ? (uint64_t)off + 1 : 0);
    if (r->expanding && ++r->fam_elements > GSI_DOSSIER_MAX_FAMILY_ELEMENTS)
      guard_stop(r, "a family holds more than 200000 elements");
  } else if (node->type == XML_DTD_NODE) {
    if (!r->doctype) {
      long off = xmlTextReaderByteConsumed(r->xr);
      r->doctype = true;
      r->doctype_mark = off >= 0 ? (uint64_t)off + 1 : 0;
    }
    r->stop = true;
  }
}

static void reader_error(void *ctx, xmlErrorPtr e) {
  gs_dossier_reader *r = ctx;
  if (e == NULL || e->code == XML_ERR_OK || e->level < XML_ERR_ERROR)
    return;
  r->err = true;
  r->err_code = e->code;
  r->err_line = e->line;
  r->err_col = e->int2;
  snprintf(r->err_msg, sizeof r->err_msg, "%s", e->message != NULL ? e->message : "");
  size_t n = strlen(r->err_msg);
  while (n > 0 && (r->err_msg[n - 1] == '\n' || r->err_msg[n - 1] == ' '))
    r->err_msg[--n] = '\0';
}

static void silent_error(void *ctx, xmlErrorPtr err) {
}

typedef struct call_guard {
  xmlStructuredErrorFunc fn;
  void *ctx;
  xmlRegisterNodeFunc reg;
  gs_dossier_reader *prev;
} call_guard;

/* Around every call into the reader: our node hook on, stderr silenced. */
static void enter(call_guard *g, gs_dossier_reader *r) {
  g->fn = xmlStructuredError;
  g->ctx = xmlStructuredErrorContext;
  g->prev = tl_reader;
  xmlSetStructuredErrorFunc(NULL, silent_error);
  g->reg = xmlRegisterNodeDefault(node_created);
  tl_reader = r;
}

static void leave(const call_guard *g) {
  xmlRegisterNodeDefault(g->reg);
  xmlSetStructuredErrorFunc(g->ctx, g->fn);
  tl_reader = g->prev;
}

/* ---- errors --------------------------------------------------------------- */

/* Records the thread's current error as the reader's sticky failure. */
static gs_status fail(gs_dossier_reader *r, gs_status st) {
  r->state = R_FAILED;
  r->fail_status = st;
  const gs_error *e = gs_error_last();
  gsi_free(r->fail_msg);
  gsi_free(r->fail_file);
  r->fail_msg = gsi_strdup(gs_error_message(e));
  r->fail_file = gsi_strdup(gs_error_file(e));
  r->fail_line = gs_error_line(e);
  r->fail_col = gs_error_column(e);
  if (r->fail_msg == NULL || r->fail_file == NULL) {
    r->fail_status = GS_ENOMEM;
    return gsi_oom();
  }
  return st;
}

/* Every call after a fatal error: GS_ESTATE, repeating that error. */
static gs_status refail(gs_dossier_reader *r) {
  if (r->fail_msg == NULL || r->fail_file == NULL)
    return gsi_error(GS_ESTATE, r->name, 0, 0,
                     "the reader stopped at an earlier error (out of memory)");
  return gsi_error(GS_ESTATE, r->fail_file[0] ? r->fail_file : NULL, r->fail_line, r->fail_col,
                   "the reader stopped at an earlier error: %s", r->fail_msg);
}

/* Why the reader stopped: a DOCTYPE, a limit, I/O, or libxml2's error. */
static gs_status parse_failure(gs_dossier_reader *r) {
  int line, col;
  if (r->io_oom)
    return gsi_oom();
  if (r->doctype) {
    offset_pos(r, r->doctype_mark ? r->doctype_mark - 1 : 0, &line, &col);
    return gsi_error(GS_EPARSE, r->name, line, col,
                     "a DOCTYPE (DTD) is not allowed: entities and DTDs are rejected");
  }
  if (r->guard) {
    stream_resolve(r, r->fam_mark, &line, &col);
    return gsi_error(GS_EPARSE, r->name, line, col, "%s", r->guard_msg);
  }
  if (r->io_errno != 0)
    return gsi_error(GS_EIO, r->name, 0, 0, "read failed: %s", strerror(r->io_errno));
  if (r->err && r->err_code == XML_ERR_NO_MEMORY)
    return gsi_oom();
  if (r->err && r->err_code == XML_ERR_DOCUMENT_END && r->eof && !r->root_closed) {
    /* libxml2's push parser calls a truncated document "Extra content" */
    offset_pos(r, r->fed, &line, &col);
    return gsi_error(GS_EPARSE, r->name, line, col,
                     "XML is not well-formed: Premature end of data: the document ends before "
                     "its elements are closed");
  }
  if (r->err && r->err_code == XML_ERR_INTERNAL_ERROR && strstr(r->err_msg, "Huge input"))
    return gsi_error(GS_EPARSE, r->name, r->err_line, r->err_col,
                     "XML is not well-formed: a tag or text is longer than the parser's limit "
                     "of 10,000,000 bytes");
  if (r->err)
    return gsi_error(GS_EPARSE, r->name, r->err_line, r->err_col, "XML is not well-formed: %s",
                     r->err_msg);
  return gsi_error(GS_EPARSE, r->name, 0, 0, "XML is not well-formed");
}

/* True when the parse was ended by us (DOCTYPE, limit) or by the input. */
static bool broken(const gs_dossier_reader *r) {
  return r->stop || r->io_errno != 0 || r->io_oom;
}

/* ---- opening -------------------------------------------------------------- */

static gs_status read_root(gs_dossier_reader *r) {
  for (;;) {
    int rc = xmlTextReaderRead(r->xr);
    if (rc < 0 || broken(r))
      return parse_failure(r);
    if (rc == 0)
      return gsi_error(GS_EPARSE, r->name, 0, 0, "the document has no root element");
    if (xmlTextReaderNodeType(r->xr) == XML_READER_TYPE_ELEMENT)
      break;
  }
  const xmlNode *root = xmlTextReaderCurrentNode(r->xr);
  if (root == NULL)
    return parse_failure(r);
  bool is_family = false;
  gs_status st = gsi_dossier_check_root(&r->loader, root, &is_family);
  if (st != GS_OK)
    return st;
  r->root = root;
  r->root_family = is_family;
  if (!is_family && xmlTextReaderIsEmptyElement(r->xr) == 1)
    return gsi_dossier_no_family_error(&r->loader, root);
  return GS_OK;
}

static gs_status reader_open(gs_dossier_reader *r) {
  call_guard g;
  enter(&g, r);
  r->xr = xmlReaderForIO(io_read, NULL, r, r->name, NULL, READER_OPTIONS);
  gs_status st;
  if (r->xr == NULL) {
    st = r->io_errno != 0 ? gsi_error(GS_EIO, r->name, 0, 0, "read failed: %s",
                                      strerror(r->io_errno)) : gsi_oom();
  } else if (xmlTextReaderSetParserProp(r->xr, XML_PARSER_VALIDATE, 0) != 0 ||
             xmlTextReaderSetParserProp(r->xr, XML_PARSER_SUBST_ENTITIES, 0) != 0 ||
             xmlTextReaderSetParserProp(r->xr, XML_PARSER_LOADDTD, 0) != 0 ||
             xmlTextReaderSetParserProp(r->xr, XML_PARSER_DEFAULTATTRS, 0) != 0) {
    st = gsi_error(GS_ERROR, r->name, 0, 0, "internal: cannot configure the XML reader");
  } else {
    xmlTextReaderSetStructuredErrorHandler(r->xr, reader_error, r);
    st = read_root(r);
  }
  leave(&g);
  return st;
}

static gs_status reader_new(gs_dossier_reader **out, const char *name) {
  gs_dossier_reader *r = gsi_calloc(1, sizeof *r);
  if (r == NULL)
    return gsi_oom();
  r->fd = -1;
  r->name = gsi_strdup(name);
  if (r->name == NULL) {
    gsi_free(r);
    return gsi_oom();
  }
  gsi_dossier_loader_init(&r->loader, r->name);
  r->loader.mark = stream_mark;
  r->loader.resolve = stream_resolve;
  r->loader.pos_ctx = r;
  *out = r;
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_reader_open_file(gs_dossier_reader **out, const char *path) {
  if (out == NULL || path == NULL)
    return gsi_einval("gs_dossier_reader_open_file: %s is NULL", out == NULL ? "out" : "path");
  gsi_xml_global_init();
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return gsi_error(GS_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
  struct stat sb;
  if (fstat(fd, &sb) != 0 || S_ISDIR(sb.st_mode)) {
    int e = errno;
    close(fd);
    return gsi_error(GS_EIO, path, 0, 0, "not a readable file%s%s", e ? ": " : "",
                     e ? strerror(e) : "");
  }
  gs_dossier_reader *r = NULL;
  gs_status st = reader_new(&r, path);
  if (st != GS_OK) {
    close(fd);
    return st;
  }
  r->fd = fd;
  r->blk[0] = gsi_malloc(BLOCK_SIZE);
  r->blk[1] = gsi_malloc(BLOCK_SIZE);
  if (r->blk[0] == NULL || r->blk[1] == NULL)
    st = gsi_oom();
  else
    st = reader_open(r);
  if (st != GS_OK) {
    gs_dossier_reader_free(r);
    return st;
  }
  *out = r;
  return GS_OK;
}

GS_EXPORT gs_status gs_dossier_reader_open_memory(gs_dossier_reader **out, const char *data,
                                                  size_t len, const char *name) {
  if (out == NULL || data == NULL)
    return gsi_einval("gs_dossier_reader_open_memory: %s is NULL", out == NULL ? "out" : "data");
  if (name == NULL)
    name = "memory";
  gsi_xml_global_init();
  gs_dossier_reader *r = NULL;
  gs_status st = reader_new(&r, name);
  if (st != GS_OK)
    return st;
  r->data = gsi_malloc(len > 0 ? len : 1);
  if (r->data == NULL) {
    st = gsi_oom();
  } else {
    memcpy(r->data, data, len);
    r->data_len = len;
    st = reader_open(r);
  }
  if (st != GS_OK) {
    gs_dossier_reader_free(r);
    return st;
  }
  *out = r;
  return GS_OK;
}

GS_EXPORT void gs_dossier_reader_free(gs_dossier_reader *r) {
  if (r == NULL)
    return;
  if (r->xr != NULL) {
    call_guard g;
    enter(&g, r);
    xmlFreeTextReader(r->xr);
    leave(&g);
  }
  gsi_dossier_loader_free(&r->loader);
  if (r->fd >= 0)
    close(r->fd);
  gsi_free(r->blk[0]);
  gsi_free(r->blk[1]);
  gsi_free(r->cps);
  gsi_free(r->data);
  gsi_free(r->name);
  gsi_free(r->fail_msg);
  gsi_free(r->fail_file);
  gsi_free(r);
}

GS_EXPORT int gs_dossier_reader_root_is_family(const gs_dossier_reader *r) {
  return r != NULL && r->root_family;
}

/* ---- reading -------------------------------------------------------------- */

/* After the root element: only comments, PIs and whitespace may follow, and
 * the document must end well-formed. */
static gs_status read_to_end(gs_dossier_reader *r) {
  for (;;) {
    int rc = xmlTextReaderRead(r->xr);
    if (rc < 0 || broken(r))
      return parse_failure(r);
    if (rc == 0)
      return GS_OK;
  }
}

/* The reader stands on a `family` start tag: expand it, load it, and move
 * past it on the next read. */
static gs_status take_family(gs_dossier_reader *r, gs_family **out, bool *fatal) {
  r->seen_families++;
  const xmlNode *start = xmlTextReaderCurrentNode(r->xr);
  r->fam_mark = stream_mark(r, start);
  r->fam_start = r->fam_mark > 0 ? r->fam_mark - 1 : r->fed;
  r->fam_elements = 0;
  r->expanding = true;
  xmlNodePtr fam = xmlTextReaderExpand(r->xr);
  r->expanding = false;
  if (fam == NULL || broken(r)) {
    *fatal = true;
    return parse_failure(r);
  }
  r->skip = true;
  gs_status st = gsi_dossier_load_family(&r->loader, fam, out);
  *fatal = st != GS_OK && st != GS_EPARSE;
  return st;
}

static gs_status next_family(gs_dossier_reader *r, gs_family **out, bool *fatal) {
  *fatal = true;
  if (r->root_family) {
    gs_family *f = NULL;
    gs_status st = take_family(r, &f, fatal);
    if (st == GS_OK || !*fatal) {
      /* the rest of the document must be well-formed too */
      r->root_closed = true;
      int rc = xmlTextReaderNext(r->xr);
      gs_status end = rc < 0 || broken(r) ? parse_failure(r) : rc == 0 ? GS_OK : read_to_end(r);
      if (end != GS_OK) {
        gs_family_free(f);
        *fatal = true;
        return end;
      }
    }
    r->state = R_DONE;
    if (st == GS_OK)
      *out = f;
    return st;
  }
  for (;;) {
    int rc = r->skip ? xmlTextReaderNext(r->xr) : xmlTextReaderRead(r->xr);
    r->skip = false;
    if (rc <= 0 || broken(r))
      return parse_failure(r); /* also when the document ends inside `dossiers` */
    int type = xmlTextReaderNodeType(r->xr);
    int depth = xmlTextReaderDepth(r->xr);
    if (depth == 0) {
      if (type != XML_READER_TYPE_END_ELEMENT)
        return parse_failure(r);
      r->root_closed = true;
      if (r->seen_families == 0)
        return gsi_dossier_no_family_error(&r->loader, r->root);
      gs_status st = read_to_end(r);
      if (st != GS_OK)
        return st;
      r->state = R_DONE;
      *out = NULL;
      return GS_OK;
    }
    if (depth != 1)
      continue;
    switch (type) {
    case XML_READER_TYPE_ELEMENT: {
      const xmlNode *node = xmlTextReaderCurrentNode(r->xr);
      if (node == NULL)
        return parse_failure(r);
      bool take = false;
      gs_status st = gsi_dossier_check_child(&r->loader, r->root, node, &take);
      if (st != GS_OK || !take) {
        r->skip = true;
        if (st != GS_OK) {
          *fatal = false;
          return st;
        }
        continue;
      }
      return take_family(r, out, fatal);
    }
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA: {
      const xmlChar *v = xmlTextReaderConstValue(r->xr);
      if (v != NULL && !gsi_dossier_blank((const char *)v)) {
        *fatal = false;
        return gsi_dossier_text_error(&r->loader, r->root);
      }
      continue;
    }
    default:
      continue;
    }
  }
}

GS_EXPORT gs_status gs_dossier_reader_next(gs_dossier_reader *r, gs_family **out) {
  if (r == NULL || out == NULL)
    return gsi_einval("gs_dossier_reader_next: %s is NULL", r == NULL ? "reader" : "out");
  if (r->state == R_FAILED)
    return refail(r);
  if (r->state == R_DONE) {
    *out = NULL;
    return GS_OK;
  }
  call_guard g;
  enter(&g, r);
  bool fatal = true;
  gs_family *f = NULL;
  gs_status st = next_family(r, &f, &fatal);
  leave(&g);
  if (st != GS_OK)
    return fatal ? fail(r, st) : st;
  *out = f;
  return GS_OK;
}
