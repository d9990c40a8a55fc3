/*
 * libgoedestart - streaming dossier reader on libxml2's xmlTextReader
 * (spec/formats.md "Dossier": one family materialised at a time).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * The reader reads node by node (xmlTextReaderRead, as `xmllint --stream`
 * does) and hands every node of a family to the shared loader
 * (gsi_dossier_family_begin / _element / _text / _end: the schema's rules,
 * the builder, finish). libxml2 frees each node once the reader has moved
 * past it, so only the open elements and the family being built are in
 * memory, whatever the size of the file.
 *
 * Safety (TOOLCHAIN.md §9). libxml2 2.9 gives no access to a reader's parser
 * context, so the defences are placed around it:
 *  - all input passes through our read callback (files and memory alike),
 *    so a path is never taken for a URL nor decompressed; NONET is set;
 *  - the callback runs a small tag scanner over every byte before libxml2
 *    gets it. A DOCTYPE (any `<!` declaration before the root) is refused
 *    there, so libxml2 never sees a DTD and no entity can be declared,
 *    whatever libxml2's global defaults (xmlSubstituteEntitiesDefault,
 *    xmlLoadExtDtdDefaultValue) say. The scanner reads bytes, so the
 *    streaming reader accepts ASCII-compatible encodings only (UTF-8,
 *    US-ASCII, ISO-8859-n, windows-125n); others are refused with a message;
 *  - the parser properties are reset after creation as well
 *    (xmlTextReaderSetParserProp: no entity substitution, no DTD loading,
 *    validation or default attributes);
 *  - libxml2's depth, text and dictionary limits stay on (no
 *    XML_PARSE_HUGE); the builder's limits bound one family;
 *  - errors go to a structured handler, never to stderr.
 *
 * Positions. The scanner queues the input offset of every element's '<'
 * in document order; the reader delivers elements in the same order, so
 * each element gets its offset for free. The read callback keeps a
 * checkpoint (offset, line) per block of input; only when a message needs
 * it is an offset turned into line and column, counted as gsi_xml_parse
 * counts them (lines by LF, columns in characters), by reading the bytes
 * again from the file or the memory copy.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "xml-dossier.h"
#include "xml-util.h"

#define BLOCK_SIZE (256 * 1024)
#define MAX_FRAMES 8                /* family > plan > goal > action > review */
#define READER_OPTIONS \
  (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | \
   XML_PARSE_NOBLANKS | XML_PARSE_COMPACT)

/* ---- the tag scanner ------------------------------------------------------ */

/* In well-formed XML a '<' opens markup everywhere except inside comments,
 * processing instructions and CDATA sections (attribute values and text
 * cannot hold one). So an element starts at every '<' followed by a name,
 * outside those three; the scanner finds them with memchr and never looks
 * inside tags. (In a document that is not well-formed it may see things
 * differently, but libxml2 stops there anyway.) */

enum { S_TEXT, S_LT, S_PI, S_BANG, S_COMMENT, S_CDATA, S_DECL };

/* Called for each element start (depth >= 0: the offset of its '<') and for
 * each `<!` declaration that is neither a comment nor CDATA (depth < 0).
 * Returns false to stop scanning. */
typedef bool (*scan_event)(void *ctx, uint64_t lt, bool decl);

typedef struct scanner {
  int state;
  uint64_t lt;                  /* offset of the current '<' */
  char last[2];                 /* the two bytes before the current one */
  char bang[7];
  int nbang;
  bool stopped;
} scanner;

static void scanner_init(scanner *s) {
  memset(s, 0, sizeof *s);
  s->state = S_TEXT;
}

/* Moves on to the '>' that ends "?>", "-->" or "]]>": one (PI) or two
 * (comment, CDATA) bytes c right before it. s->last holds the two bytes
 * before p[i]. Returns the index after the '>', or n. */
static size_t find_close(scanner *s, const char *p, size_t i, size_t n, char c, int count) {
  while (i < n) {
    const char *q = memchr(p + i, '>', n - i);
    if (q == NULL) {
      s->last[0] = n - i >= 2 ? p[n - 2] : s->last[1];
      s->last[1] = p[n - 1];
      return n;
    }
    size_t j = (size_t)(q - p);
    char b1 = j >= i + 1 ? p[j - 1] : s->last[1];
    char b2 = j >= i + 2 ? p[j - 2] : j == i + 1 ? s->last[1] : s->last[0];
    i = j + 1;
    if (b1 == c && (count == 1 || b2 == c)) {
      s->state = S_TEXT;
      return i;
    }
    s->last[0] = b1;
    s->last[1] = '>';
  }
  return n;
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Scans p[0..n) at input offset base. */
static void scan(scanner *s, const char *p, size_t n, uint64_t base, scan_event ev, void *ctx) {
  size_t i = 0;
  while (i < n && !s->stopped) {
    switch (s->state) {
    case S_TEXT: {
      const char *q = memchr(p + i, '<', n - i);
      if (q == NULL)
        return;
      i = (size_t)(q - p);
      s->lt = base + i;
      i++;
      s->state = S_LT;
      break;
    }
    case S_LT: {
      char c = p[i];
      s->last[0] = s->last[1] = 0;
      if (c == '?') {
        s->state = S_PI;
        i++;
      } else if (c == '!') {
        s->state = S_BANG;
        s->nbang = 0;
        i++;
      } else {
        s->state = S_TEXT;
        if (c != '/' && !ev(ctx, s->lt, false))
          s->stopped = true;
      }
      break;
    }
    case S_PI:
      i = find_close(s, p, i, n, '?', 1);
      break;
    case S_COMMENT:
      i = find_close(s, p, i, n, '-', 2);
      break;
    case S_CDATA:
      i = find_close(s, p, i, n, ']', 2);
      break;
    case S_BANG:
      s->bang[s->nbang++] = p[i++];
      if (s->nbang <= 2 && memcmp(s->bang, "--", (size_t)s->nbang) == 0) {
        if (s->nbang == 2)
          s->state = S_COMMENT;
      } else if (memcmp(s->bang, "[CDATA[", (size_t)s->nbang) == 0) {
        if (s->nbang == 7)
          s->state = S_CDATA;
      } else {
        if (!ev(ctx, s->lt, true))
          s->stopped = true;
        s->state = S_DECL;
      }
      break;
    case S_DECL: {
      const char *q = memchr(p + i, '>', n - i);
      if (q == NULL)
        return;
      i = (size_t)(q - p) + 1;
      s->state = S_TEXT;
      break;
    }
    default:
      return;
    }
  }
}

/* ---- the reader ----------------------------------------------------------- */

enum { R_READING, R_DONE, R_FAILED };

typedef struct checkpoint {
  uint64_t off;                 /* first byte of a block */
  uint64_t lines;               /* LFs before it */
} checkpoint;

struct gs_dossier_reader {
  xmlTextReaderPtr xr;
  char *name;                   /* for messages */

  /* input: a memory copy, or a file read in blocks (the last two kept) */
  char *data;
  size_t data_len;
  int fd;
  char *blk[2];
  uint64_t blk_off[2];
  size_t blk_len[2];
  int cur;
  size_t blk_pos;
  uint64_t fed;                 /* bytes handed to libxml2 */
  uint64_t counted;             /* bytes whose LFs are counted */
  uint64_t lines;               /* LFs in them */
  checkpoint *cps;
  size_t n_cps, cap_cps;
  int io_errno;
  bool io_oom;
  bool eof;
  bool stop;                    /* refuse further input */

  /* the scanner over the input */
  scanner sc;
  bool root_seen;
  uint64_t *queue;              /* offsets of elements not yet delivered */
  size_t q_head, q_len, q_cap;  /* ring buffer */

  /* refusals */
  bool doctype;
  uint64_t doctype_off;
  bool bad_encoding;
  char encoding[48];
  char decl[512];               /* the start of the input, for the encoding */
  size_t n_decl;
  bool decl_done;

  gsi_dossier_loader loader;
  int state;
  bool root_family;
  bool root_closed;
  const xmlNode *root;          /* valid while the reader is inside it */
  uint64_t root_mark;
  gsi_dossier_frame top;        /* `dossiers` */
  size_t seen_families;
  gs_family *fam;               /* being built */
  int fam_depth;                /* reader depth of its element */
  gsi_dossier_frame frames[MAX_FRAMES]; /* open elements: [0] the family */
  int skip_depth;               /* skipping what lies deeper; -1: not */
  bool end_pending;             /* only the end of the document remains */

  /* libxml2's last error */
  bool err;
  int err_code, err_line, err_col;
  int err_open;                 /* elements open when it happened */
  char err_msg[400];

  /* sticky failure */
  char *fail_msg;
  char *fail_file;
  int fail_line, fail_col;
};

/* ---- input ---------------------------------------------------------------- */

static bool queue_push(gs_dossier_reader *r, uint64_t off) {
  if (r->q_len == r->q_cap) {
    size_t cap = r->q_cap ? r->q_cap * 2 : 64;
    uint64_t *q = gsi_malloc(cap * sizeof *q);
    if (q == NULL)
      return false;
    for (size_t i = 0; i < r->q_len; i++)
      q[i] = r->queue[(r->q_head + i) % r->q_cap];
    gsi_free(r->queue);
    r->queue = q;
    r->q_cap = cap;
    r->q_head = 0;
  }
  r->queue[(r->q_head + r->q_len) % r->q_cap] = off;
  r->q_len++;
  return true;
}

static uint64_t queue_pop(gs_dossier_reader *r) {
  if (r->q_len == 0)
    return UINT64_MAX;
  uint64_t off = r->queue[r->q_head];
  r->q_head = (r->q_head + 1) % r->q_cap;
  r->q_len--;
  return off;
}

static bool on_tag(void *ctx, uint64_t lt, bool decl) {
  gs_dossier_reader *r = ctx;
  if (decl) {
    if (!r->root_seen) {
      r->doctype = true;
      r->doctype_off = lt;
      r->stop = true;
      return false;
    }
    return true;
  }
  r->root_seen = true;
  if (!queue_push(r, lt)) {
    r->io_oom = true;
    r->stop = true;
    return false;
  }
  return true;
}

/* The encoding of the input must keep ASCII bytes ASCII (see above). */
static bool encoding_ok(const char *enc) {
  static const char *const prefixes[] = {
    "UTF-8", "UTF8", "US-ASCII", "ASCII", "ISO-8859-", "ISO8859", "ISO_8859", "LATIN1",
    "ISO-LATIN-1", "WINDOWS-125", "CP125",
  };
  for (size_t i = 0; i < GSI_ARRAY_LEN(prefixes); i++)
    if (strncasecmp(enc, prefixes[i], strlen(prefixes[i])) == 0)
      return true;
  return false;
}

/* Looks at the start of the input: byte order marks and the encoding
 * named in the XML declaration. False refuses the input. */
static bool check_start(gs_dossier_reader *r, const char *p, size_t n) {
  if (r->decl_done)
    return true;
  for (size_t i = 0; i < n && r->n_decl < sizeof r->decl - 1; i++)
    r->decl[r->n_decl++] = p[i];
  r->decl[r->n_decl] = '\0';
  const unsigned char *u = (const unsigned char *)r->decl;
  if (r->n_decl >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
                         u[0] == 0 || u[1] == 0 || u[0] == 0x4C)) {
    snprintf(r->encoding, sizeof r->encoding, "UTF-16, UTF-32 or EBCDIC");
    r->bad_encoding = true;
    return false;
  }
  const char *start = r->decl;
  if (r->n_decl >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    start += 3;
  if (strncmp(start, "<?xml", r->n_decl - (size_t)(start - r->decl) < 5 ?
              r->n_decl - (size_t)(start - r->decl) : 5) != 0) {
    r->decl_done = true; /* no XML declaration: UTF-8 */
    return true;
  }
  const char *end = strstr(start, "?>");
  if (end == NULL) {
    if (r->n_decl < sizeof r->decl - 1)
      return true; /* wait for more */
    /* the encoding cannot be checked: refuse rather than guess */
    snprintf(r->encoding, sizeof r->encoding, "an unchecked one (the XML declaration is long)");
    r->bad_encoding = true;
    return false;
  }
  r->decl_done = true;
  const char *e = strstr(start, "encoding");
  if (e == NULL || e > end)
    return true;
  e += 8;
  while (e < end && (is_space(*e) || *e == '='))
    e++;
  if (e >= end || (*e != '"' && *e != '\''))
    return true;
  char q = *e++;
  size_t k = 0;
  while (e + k < end && e[k] != q && k < sizeof r->encoding - 1)
    k++;
  memcpy(r->encoding, e, k);
  r->encoding[k] = '\0';
  if (!encoding_ok(r->encoding)) {
    r->bad_encoding = true;
    return false;
  }
  return true;
}

/* Counts the LFs of a new block and records its checkpoint. */
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

/* Hands bytes to libxml2 after the scanner has seen them. */
static int io_read(void *ctx, char *buf, int len) {
  gs_dossier_reader *r = ctx;
  if (r->stop || r->io_oom || len <= 0)
    return -1;
  const char *src;
  size_t n;
  if (r->data != NULL) {
    if (r->fed >= r->data_len) {
      r->eof = true;
      return 0;
    }
    if (r->fed == r->counted) {
      size_t left = r->data_len - (size_t)r->fed;
      count_block(r, r->data + r->fed, left < BLOCK_SIZE ? left : BLOCK_SIZE);
      if (r->io_oom)
        return -1;
    }
    src = r->data + r->fed;
    n = (size_t)(r->counted - r->fed);
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
    src = r->blk[r->cur] + r->blk_pos;
    n = r->blk_len[r->cur] - r->blk_pos;
  }
  if (n > (size_t)len)
    n = (size_t)len;
  if (!check_start(r, src, n)) {
    r->stop = true;
    return -1;
  }
  scan(&r->sc, src, n, r->fed, on_tag, r);
  if (r->stop)
    return -1;
  memcpy(buf, src, n);
  if (r->data == NULL)
    r->blk_pos += n;
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
    for (size_t i = want; i > 0 && !found; i--) {
      unsigned char c = (unsigned char)buf[i - 1];
      if (c == '\n')
        found = true;
      else if ((c & 0xC0) != 0x80)
        chars++;
    }
    p -= want;
  }
  if (lines + 1 > (uint64_t)INT32_MAX || chars + 1 > (uint64_t)INT32_MAX)
    return;
  *line = (int)(lines + 1);
  *col = (int)(chars + 1);
}

/* The loader's resolve function: a mark is an input offset plus one. */
static void stream_resolve(void *ctx, uint64_t mark, int *line, int *col) {
  if (mark == 0) {
    *line = 0;
    *col = 0;
    return;
  }
  offset_pos(ctx, mark - 1, line, col);
}

/* ---- libxml2 glue ----------------------------------------------------------- */

static void reader_error(void *ctx, xmlErrorPtr e) {
  gs_dossier_reader *r = ctx;
  if (e == NULL || e->code == XML_ERR_OK || e->level < XML_ERR_ERROR)
    return;
  r->err = true;
  r->err_code = e->code;
  /* the error comes with the parser context: were elements still open? */
  r->err_open = e->ctxt != NULL ? ((xmlParserCtxtPtr)e->ctxt)->nodeNr : 0;
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
} call_guard;

/* Around every call into libxml2: nothing reaches stderr. */
static void enter(call_guard *g) {
  g->fn = xmlStructuredError;
  g->ctx = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(NULL, silent_error);
}

static void leave(const call_guard *g) {
  xmlSetStructuredErrorFunc(g->ctx, g->fn);
}

/* ---- errors --------------------------------------------------------------- */

/* Records the thread's current error as the reader's sticky failure. */
static gs_status fail(gs_dossier_reader *r, gs_status st) {
  r->state = R_FAILED;
  const gs_error *e = gs_error_last();
  gsi_free(r->fail_msg);
  gsi_free(r->fail_file);
  r->fail_msg = gsi_strdup(gs_error_message(e));
  r->fail_file = gsi_strdup(gs_error_file(e));
  r->fail_line = gs_error_line(e);
  r->fail_col = gs_error_column(e);
  if (r->fail_msg == NULL || r->fail_file == NULL)
    return gsi_oom();
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

/* Why the parse ended: a refusal of ours, I/O, or libxml2's error. */
static gs_status parse_failure(gs_dossier_reader *r) {
  int line, col;
  if (r->io_oom)
    return gsi_oom();
  if (r->doctype) {
    offset_pos(r, r->doctype_off, &line, &col);
    return gsi_error(GS_EPARSE, r->name, line, col,
                     "a DOCTYPE (DTD) is not allowed: entities and DTDs are rejected");
  }
  if (r->bad_encoding)
    return gsi_error(GS_EPARSE, r->name, 1, 1,
                     "the streaming reader reads UTF-8 (or another ASCII-compatible "
                     "encoding), not %s: convert the file or load it whole",
                     r->encoding[0] ? r->encoding : "this encoding");
  if (r->io_errno != 0)
    return gsi_error(GS_EIO, r->name, 0, 0, "read failed: %s", strerror(r->io_errno));
  if (r->err && r->err_code == XML_ERR_NO_MEMORY)
    return gsi_oom();
  if (r->err && r->err_code == XML_ERR_DOCUMENT_END && r->eof && r->err_open > 0) {
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

/* True when the input was refused or failed. */
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
    int type = xmlTextReaderNodeType(r->xr);
    if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
      r->doctype = true; /* cannot happen: the scanner refuses it first */
      return parse_failure(r);
    }
    if (type == XML_READER_TYPE_ELEMENT)
      break;
  }
  const xmlNode *root = xmlTextReaderCurrentNode(r->xr);
  uint64_t off = queue_pop(r);
  if (root == NULL)
    return parse_failure(r);
  r->root = root;
  r->root_mark = off == UINT64_MAX ? 0 : off + 1;
  gsi_dossier_root_frame(&r->top, r->root_mark);
  bool is_family = false;
  gs_status st = gsi_dossier_check_root(&r->loader, root, r->root_mark, &is_family);
  if (st != GS_OK)
    return st;
  r->root_family = is_family;
  if (!is_family && xmlTextReaderIsEmptyElement(r->xr) == 1)
    return gsi_dossier_no_family_error(&r->loader, r->root_mark);
  return GS_OK;
}

static gs_status reader_open(gs_dossier_reader *r) {
  call_guard g;
  enter(&g);
  r->xr = xmlReaderForIO(io_read, NULL, r, r->name, NULL, READER_OPTIONS);
  gs_status st;
  if (r->xr == NULL) {
    st = broken(r) ? parse_failure(r) : gsi_oom();
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
  r->skip_depth = -1;
  scanner_init(&r->sc);
  r->name = gsi_strdup(name);
  if (r->name == NULL) {
    gsi_free(r);
    return gsi_oom();
  }
  gsi_dossier_loader_init(&r->loader, r->name);
  r->loader.resolve = stream_resolve;
  r->loader.resolve_ctx = r;
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
    enter(&g);
    xmlFreeTextReader(r->xr);
    leave(&g);
  }
  gs_family_free(r->fam);
  gsi_dossier_loader_free(&r->loader);
  if (r->fd >= 0)
    close(r->fd);
  gsi_free(r->blk[0]);
  gsi_free(r->blk[1]);
  gsi_free(r->cps);
  gsi_free(r->queue);
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

/* A family-level error: the family is dropped and the rest of its element
 * skipped, so the next call continues after it. */
static gs_status drop_family(gs_dossier_reader *r, gs_status st, bool *fatal) {
  gs_family_free(r->fam);
  r->fam = NULL;
  r->skip_depth = r->fam_depth;
  *fatal = st != GS_EPARSE;
  return st;
}

/* The family's end tag was read: finish it; a root family also needs the
 * rest of the document well-formed. */
static gs_status end_family(gs_dossier_reader *r, gs_family **out, bool *fatal) {
  gs_family *f = r->fam;
  r->fam = NULL;
  gs_status st = gsi_dossier_family_end(&r->loader, f, NULL, &r->frames[0]);
  if (st != GS_OK) {
    gs_family_free(f);
    *fatal = st != GS_EPARSE;
    return st;
  }
  if (r->root_family) {
    r->root_closed = true;
    st = read_to_end(r);
    if (st != GS_OK) {
      gs_family_free(f);
      return st;
    }
    r->state = R_DONE;
  }
  *out = f;
  return GS_OK;
}

/* A `family` element (the root, or a child of `dossiers`). */
static gs_status begin_family(gs_dossier_reader *r, const xmlNode *node, uint64_t mark,
                              int depth, gs_family **out, bool *fatal) {
  bool empty = xmlTextReaderIsEmptyElement(r->xr) == 1;
  r->seen_families++;
  r->fam_depth = depth;
  gs_status st = gsi_dossier_family_begin(&r->loader, node, mark, &r->fam, &r->frames[0]);
  if (st != GS_OK) {
    r->fam = NULL;
    if (!empty)
      r->skip_depth = depth;
    *fatal = st != GS_EPARSE;
    return st;
  }
  if (empty)
    return end_family(r, out, fatal);
  return GS_OK;
}

/* Reads nodes until a family is complete (or the document ends). */
static gs_status next_family(gs_dossier_reader *r, gs_family **out, bool *fatal) {
  *fatal = true;
  *out = NULL;
  if (r->root_family && r->seen_families == 0) {
    gs_status st = begin_family(r, r->root, r->root_mark, 0, out, fatal);
    if (st != GS_OK && r->fam == NULL && r->skip_depth < 0)
      r->end_pending = true; /* an empty root family failed: only the end remains */
    if (st != GS_OK || *out != NULL)
      return st;
  }
  if (r->end_pending) {
    r->end_pending = false;
    r->root_closed = true;
    gs_status st = read_to_end(r);
    if (st == GS_OK)
      r->state = R_DONE;
    return st;
  }
  for (;;) {
    int rc = xmlTextReaderRead(r->xr);
    if (rc <= 0 || broken(r))
      return parse_failure(r); /* also when the document ends inside the root */
    int type = xmlTextReaderNodeType(r->xr);
    int depth = xmlTextReaderDepth(r->xr);
    uint64_t mark = 0;
    if (type == XML_READER_TYPE_ELEMENT) {
      uint64_t off = queue_pop(r);
      mark = off == UINT64_MAX ? 0 : off + 1;
    }
    if (r->skip_depth >= 0) {
      if (depth > r->skip_depth)
        continue;
      r->skip_depth = -1;
      if (type == XML_READER_TYPE_END_ELEMENT) {
        if (r->root_family && depth == 0) {
          r->root_closed = true;
          gs_status st = read_to_end(r);
          if (st != GS_OK)
            return st;
          r->state = R_DONE;
          return GS_OK;
        }
        continue;
      }
    }
    if (r->fam != NULL) {
      int k = depth - r->fam_depth;
      if (type == XML_READER_TYPE_END_ELEMENT) {
        if (k == 0)
          return end_family(r, out, fatal);
        if (k < MAX_FRAMES - 1) {
          gs_status st = gsi_dossier_element_end(&r->loader, &r->frames[k]);
          if (st != GS_OK)
            return drop_family(r, st, fatal);
        }
        continue;
      }
      if (k < 1 || k >= MAX_FRAMES)
        return gsi_error(GS_ERROR, r->name, 0, 0, "internal: unexpected depth %d", depth);
      gsi_dossier_frame *parent = &r->frames[k - 1];
      gs_status st = GS_OK;
      if (type == XML_READER_TYPE_ELEMENT) {
        const xmlNode *node = xmlTextReaderCurrentNode(r->xr);
        bool ours = false;
        if (node == NULL)
          return parse_failure(r);
        st = gsi_dossier_element(&r->loader, r->fam, parent, node, mark,
                                 k < MAX_FRAMES - 1 ? &r->frames[k] : &r->frames[MAX_FRAMES - 1],
                                 &ours);
        if (st == GS_OK && !ours && xmlTextReaderIsEmptyElement(r->xr) != 1)
          r->skip_depth = depth;
        else if (st == GS_OK && ours && k < MAX_FRAMES - 1 &&
                 xmlTextReaderIsEmptyElement(r->xr) == 1)
          st = gsi_dossier_element_end(&r->loader, &r->frames[k]);
      } else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) {
        st = gsi_dossier_text(&r->loader, parent, (const char *)xmlTextReaderConstValue(r->xr));
      }
      if (st != GS_OK)
        return drop_family(r, st, fatal);
      continue;
    }
    /* the children of `dossiers` */
    if (depth == 0) {
      if (type != XML_READER_TYPE_END_ELEMENT)
        return parse_failure(r);
      r->root_closed = true;
      if (r->seen_families == 0)
        return gsi_dossier_no_family_error(&r->loader, r->root_mark);
      gs_status st = read_to_end(r);
      if (st != GS_OK)
        return st;
      r->state = R_DONE;
      return GS_OK;
    }
    if (depth != 1)
      continue;
    if (type == XML_READER_TYPE_ELEMENT) {
      const xmlNode *node = xmlTextReaderCurrentNode(r->xr);
      if (node == NULL)
        return parse_failure(r);
      bool take = false;
      gs_status st = gsi_dossier_check_child(&r->loader, node, mark, &take);
      if (st != GS_OK || !take) {
        if (xmlTextReaderIsEmptyElement(r->xr) != 1)
          r->skip_depth = depth;
        if (st != GS_OK) {
          *fatal = false;
          return st;
        }
        continue;
      }
      st = begin_family(r, node, mark, depth, out, fatal);
      if (st != GS_OK || *out != NULL)
        return st;
      continue;
    }
    if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) {
      gs_status st = gsi_dossier_text(&r->loader, &r->top,
                                      (const char *)xmlTextReaderConstValue(r->xr));
      if (st != GS_OK) {
        *fatal = false;
        return st;
      }
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
  enter(&g);
  bool fatal = true;
  gs_family *f = NULL;
  gs_status st = next_family(r, &f, &fatal);
  leave(&g);
  if (st != GS_OK)
    return fatal ? fail(r, st) : st;
  if (f == NULL)
    r->state = R_DONE;
  *out = f;
  return GS_OK;
}
