/*
 * libgoedestart - DMN decision tables: the subset of decisions.md ("The DMN
 * subset the library must read"), compiled into flat immutable arrays.
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Loading walks the libxml2 tree once. Every element is either understood,
 * accepted and ignored (DMNDI, extensionElements, descriptions, variables,
 * inputData, simple itemDefinitions, text annotations), or rejected with
 * its line and column. Each input entry becomes a run of small test
 * structs; evaluation compares numbers, short strings and booleans and
 * neither parses nor allocates.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "dmn.h"
#include "goedestart/gs-pack.h"
#include "model.h"
#include "xml-util.h"

/* Bounds that keep a hostile file from making a table unbounded. */
#define DMN_MAX_TABLES 1024
#define DMN_MAX_INPUTS 256
#define DMN_MAX_OUTPUTS 64
#define DMN_MAX_RULES 100000
#define DMN_MAX_TESTS 1024          /* per entry */
#define DMN_MAX_VALUES 1024         /* per outputValues list */

/* ---- compiled form ----------------------------------------------------- */

enum test_op {
  OP_EQ = 1,
  OP_NE,
  OP_LT,
  OP_LE,
  OP_GT,
  OP_GE,
  OP_RANGE
};

typedef struct dmn_test {
  uint8_t op;                   /* test_op */
  uint8_t type;                 /* gsi_vtype of the literal */
  bool lo_closed, hi_closed;    /* OP_RANGE */
  bool b;                       /* GSI_V_BOOL literal */
  gsi_dec lo, hi;               /* number literal in lo; interval [lo, hi] */
  const char *s, *s_hi;         /* GSI_V_STRING literal; string interval [s, s_hi] */
} dmn_test;

typedef struct dmn_entry {
  uint32_t first;               /* index of the first test in the table's tests */
  uint16_t n;                   /* number of tests; 0 is `-` */
  bool negate;                  /* not(...) */
} dmn_entry;

/* One non-trivial cell of a rule in the evaluation plan. A cell that is a
 * single test without not(...) is copied here so evaluation needs no call;
 * others go through entry_match(). */
typedef struct dmn_check {
  uint32_t cell;                /* r * n_in + i */
  uint16_t input;               /* i */
  bool simple;                  /* one test, no negation: use `test` */
  dmn_test test;
} dmn_check;

typedef struct dmn_input {
  const char *name;             /* inputExpression text */
  uint8_t type;                 /* gsi_vtype */
  int line, col;
  dmn_entry allowed;            /* inputValues; n == 0 when unrestricted */
  const char *allowed_text;     /* "" when none */
} dmn_input;

typedef struct dmn_output {
  const char *name;             /* "" when the single output has no name */
  uint8_t type;                 /* gsi_vtype */
  int line, col;
  gsi_value *values;            /* outputValues in priority order */
  size_t n_values;
} dmn_output;

typedef struct dmn_rule {
  const char *id;               /* "" when none */
  const char *description;      /* NULL when none */
  const char *text_nl;          /* annotation column `nl`, NULL when none */
  const char *text_en;          /* annotation column `en`, NULL when none */
  int line, col;
  bool catch_all;
} dmn_rule;

struct gsi_dmn_table {
  const gsi_dmn *doc;
  const char *id;               /* "" when the decision has none */
  const char *name;             /* "" when the decision has none */
  uint8_t hit;                  /* gsi_hit_policy */
  uint8_t agg;                  /* gsi_aggregation */
  int line, col;
  size_t n_in, n_out, n_rules;
  dmn_input *inputs;
  dmn_output *outputs;
  dmn_rule *rules;
  dmn_entry *entries;           /* n_rules * n_in */
  const char **entry_text;      /* n_rules * n_in, source text ("-" for empty) */
  gsi_value *outs;              /* n_rules * n_out */
  const char **out_text;        /* n_rules * n_out, source text */
  uint16_t *prio;               /* n_rules * n_out: index in outputValues */
  dmn_test *tests;
  size_t n_tests, cap_tests;
  /* Evaluation plan: for rule r, its non-`-` cells are checks[check_first[r]
   * .. check_first[r + 1]) (cell index r * n_in + i), so a rule costs only
   * its real tests. */
  uint32_t *check_first;        /* n_rules + 1 */
  struct dmn_check *checks;
};

struct gsi_dmn {
  const char *name;
  gsi_dmn_table *tables;
  size_t n_tables;
  gsi_arena arena;
};

/* ---- loading context --------------------------------------------------- */

typedef struct item_def {
  const char *name;
  uint8_t type;
} item_def;

typedef struct load_ctx {
  const char *file;
  const char *ns;               /* the DMN namespace of the document */
  gsi_dmn *dmn;
  gsi_arena *arena;
  /* inputData ids and item definitions, collected before the decisions */
  const char **input_data;
  size_t n_input_data, cap_input_data;
  item_def *items;
  size_t n_items, cap_items;
} load_ctx;

static const char *const dmn_namespaces[] = {
  "http://www.omg.org/spec/DMN/20180521/MODEL/",   /* DMN 1.2 */
  "https://www.omg.org/spec/DMN/20191111/MODEL/",  /* DMN 1.3 */
  "https://www.omg.org/spec/DMN/20211108/MODEL/",  /* DMN 1.4 */
  "https://www.omg.org/spec/DMN/20230324/MODEL/",  /* DMN 1.5 */
  NULL,
};

/* Expression languages that mean FEEL (ours is its unary-test subset). */
static const char *const feel_languages[] = {
  "http://www.omg.org/spec/FEEL/20140401",
  "http://www.omg.org/spec/DMN/20180521/FEEL/",
  "https://www.omg.org/spec/DMN/20191111/FEEL/",
  "https://www.omg.org/spec/DMN/20211108/FEEL/",
  "https://www.omg.org/spec/DMN/20230324/FEEL/",
  "feel",
  "FEEL",
  NULL,
};

static bool in_list(const char *const *list, const char *s) {
  for (; *list; list++)
    if (strcmp(*list, s) == 0)
      return true;
  return false;
}

static const char *node_ns(const xmlNode *n) {
  return n->ns != NULL && n->ns->href != NULL ? (const char *)n->ns->href : NULL;
}

static bool is_dmn(const load_ctx *c, const xmlNode *n, const char *local) {
  return gsi_xml_is(n, c->ns, local);
}

/* An element in the DMN Diagram Interchange namespaces (DMNDI, DC, DI). */
static bool is_diagram_ns(const char *ns) {
  if (ns == NULL)
    return false;
  size_t n = strlen(ns);
  return (n >= 7 && strcmp(ns + n - 7, "/DMNDI/") == 0) ||
         (n >= 4 && strcmp(ns + n - 4, "/DC/") == 0) ||
         (n >= 4 && strcmp(ns + n - 4, "/DI/") == 0);
}

static gs_status oom_at(void) {
  return gsi_oom();
}

/* Trimmed copy into the arena (NULL on OOM, error set). */
static const char *arena_trim(load_ctx *c, const char *s) {
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  size_t n = strlen(s);
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
    n--;
  return gsi_arena_strndup(c->arena, s, n);
}

static gs_status check_attrs(load_ctx *c, const xmlNode *n, const char *const *allowed) {
  return gsi_xml_check_attrs(n, c->file, allowed);
}

static gs_status check_language(load_ctx *c, const xmlNode *n) {
  const char *lang = gsi_xml_attr(n, "expressionLanguage");
  if (lang != NULL && !in_list(feel_languages, lang))
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "element '%s' uses the expression language '%s'; only FEEL unary tests "
                         "and literals are supported",
                         (const char *)n->name, lang);
  return GS_OK;
}

/* The text of a child <text> element (NULL when there is none). Elements
 * other than text, description and extensionElements are rejected. */
static gs_status text_child(load_ctx *c, const xmlNode *n, const xmlNode **text_node,
                            const char **text) {
  *text_node = NULL;
  *text = NULL;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "text") && *text_node == NULL) {
      const char *t = gsi_xml_text(k);
      if (t == NULL)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "element 'text' must hold plain text (no child elements, "
                             "comments or entity references)");
      if (k->properties != NULL) {
        static const char *const none[] = { NULL };
        gs_status st = check_attrs(c, k, none);
        if (st != GS_OK)
          return st;
      }
      *text_node = k;
      *text = t;
      continue;
    }
    return gsi_xml_error(GS_EPARSE, c->file, k, "element '%s' is not supported inside '%s'",
                         (const char *)k->name, (const char *)n->name);
  }
  return GS_OK;
}

/* ---- FEEL literals and unary tests ------------------------------------- */

typedef struct tparse {
  const char *s;
  size_t p;
  const char *err;              /* static message, or NULL */
  size_t err_at;
} tparse;

static bool is_ws(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static void skip_ws(tparse *t) {
  while (is_ws(t->s[t->p]))
    t->p++;
}

static bool is_digit(char ch) {
  return ch >= '0' && ch <= '9';
}

static bool is_name_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || is_digit(ch) || ch == '_' ||
         ((unsigned char)ch & 0x80) != 0;
}

static bool fail(tparse *t, const char *msg) {
  if (t->err == NULL) {
    t->err = msg;
    t->err_at = t->p;
  }
  return false;
}

/* FEEL number literal: -?(digits(.digits)?|.digits), no exponent, read as
 * an exact decimal (gsi_dec_parse), independent of the C locale. */
static bool parse_number(tparse *t, gsi_dec *out) {
  const char *s = t->s;
  size_t n = gsi_dec_parse(s + t->p, out);
  if (n == 0)
    return fail(t, "expected a number");
  size_t p = t->p + n;
  if (is_name_char(s[p]) || (s[p] == '.' && is_digit(s[p + 1])))
    return fail(t, "a number must not run into letters or another number");
  t->p = p;
  return true;
}

static int hexval(char ch) {
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

static size_t put_utf8(char *dst, unsigned cp) {
  if (cp < 0x80) {
    dst[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    dst[0] = (char)(0xC0 | (cp >> 6));
    dst[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    dst[0] = (char)(0xE0 | (cp >> 12));
    dst[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    dst[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  dst[0] = (char)(0xF0 | (cp >> 18));
  dst[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  dst[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  dst[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* n hexadecimal digits at s; -1 when one is not a hex digit. */
static long hex_run(const char *s, int n) {
  long cp = 0;
  for (int k = 0; k < n; k++) {
    int h = hexval(s[k]);
    if (h < 0)
      return -1;
    cp = cp * 16 + h;
  }
  return cp;
}


/* FEEL string literal "..." with the escapes \" \\ \' \n \r \t, \uXXXX
 * (a surrogate pair of two \u is one code point) and \UXXXXXX. The
 * unescaped value goes to the arena. */
static gs_status parse_string(tparse *t, gsi_arena *arena, const char **out) {
  const char *s = t->s;
  size_t p = t->p + 1;
  size_t start = p;
  while (s[p] != '"') {
    if (s[p] == '\0') {
      fail(t, "a string literal is not closed with '\"'");
      return GS_EPARSE;
    }
    if (s[p] == '\\' && s[p + 1] != '\0')
      p++;
    p++;
  }
  size_t raw = p - start;
  char *buf = gsi_malloc(raw + 1);
  if (buf == NULL)
    return oom_at();
  size_t n = 0;
  for (size_t i = start; i < p; i++) {
    if (s[i] != '\\') {
      buf[n++] = s[i];
      continue;
    }
    char e = s[++i];
    switch (e) {
    case '"': case '\\': case '\'': buf[n++] = e; break;
    case 'n': buf[n++] = '\n'; break;
    case 'r': buf[n++] = '\r'; break;
    case 't': buf[n++] = '\t'; break;
    case 'u':
    case 'U': {
      int nd = e == 'u' ? 4 : 6;
      long cp = hex_run(s + i + 1, nd);
      size_t used = (size_t)nd;
      if (e == 'u' && cp >= 0xD800 && cp <= 0xDBFF && s[i + 5] == '\\' && s[i + 6] == 'u') {
        long lo = hex_run(s + i + 7, 4);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          used += 6;
        }
      }
      if (cp < 0) {
        gsi_free(buf);
        t->p = i;
        fail(t, e == 'u' ? "\\u must be followed by four hexadecimal digits"
                         : "\\U must be followed by six hexadecimal digits");
        return GS_EPARSE;
      }
      if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        gsi_free(buf);
        t->p = i;
        fail(t, "\\u0000, lone surrogates and code points above \\U10FFFF are not allowed "
                "in a string");
        return GS_EPARSE;
      }
      /* 6 raw bytes (\uXXXX) become at most 3, 8 (\UXXXXXX) at most 4 */
      n += put_utf8(buf + n, (unsigned)cp);
      i += used;
      break;
    }
    default:
      gsi_free(buf);
      t->p = i;
      fail(t, "unknown escape in a string (use \\\" \\\\ \\n \\r \\t, \\uXXXX or "
              "\\UXXXXXX)");
      return GS_EPARSE;
    }
  }
  const char *v = gsi_arena_strndup(arena, buf, n);
  gsi_free(buf);
  if (v == NULL)
    return GS_ENOMEM;
  *out = v;
  t->p = p + 1;
  return GS_OK;
}

static bool keyword(tparse *t, const char *kw) {
  size_t n = strlen(kw);
  if (strncmp(t->s + t->p, kw, n) != 0 || is_name_char(t->s[t->p + n]))
    return false;
  t->p += n;
  return true;
}

/* A literal: number, "string", true or false. allow_null: also `null`
 * (output entries, and tests: `null` matches a null input). On a syntax
 * error returns GS_EPARSE with t->err set. */
static gs_status parse_literal(tparse *t, gsi_arena *arena, gsi_value *v, bool allow_null) {
  const char *s = t->s;
  char ch = s[t->p];
  memset(v, 0, sizeof *v);
  if (ch == '"') {
    v->type = GSI_V_STRING;
    return parse_string(t, arena, &v->str);
  }
  if (ch == '-' || ch == '.' || is_digit(ch)) {
    v->type = GSI_V_NUMBER;
    return parse_number(t, &v->num) ? GS_OK : GS_EPARSE;
  }
  if (keyword(t, "true")) {
    v->type = GSI_V_BOOL;
    v->b = true;
    return GS_OK;
  }
  if (keyword(t, "false")) {
    v->type = GSI_V_BOOL;
    v->b = false;
    return GS_OK;
  }
  if (keyword(t, "null")) {
    if (allow_null) {
      v->type = GSI_V_NULL;
      return GS_OK;
    }
    t->p -= 4;
    fail(t, "'null' is not allowed here");
    return GS_EPARSE;
  }
  if (is_name_char(ch)) {
    size_t q = t->p;
    while (is_name_char(s[q]))
      q++;
    if (s[q] == '(')
      fail(t, "FEEL functions are not supported (only literals, comparisons, intervals, "
              "lists and not(...))");
    else
      fail(t, "names and expressions are not supported here; a string literal must be in "
              "double quotes");
    return GS_EPARSE;
  }
  fail(t, "expected a literal: a number, a \"string\", true or false");
  return GS_EPARSE;
}

static gs_status push_test(gsi_dmn_table *tab, const dmn_test *x) {
  if (GSI_GROW(tab->tests, tab->cap_tests, tab->n_tests + 1) != GS_OK)
    return GS_ENOMEM;
  tab->tests[tab->n_tests++] = *x;
  return GS_OK;
}

static gs_status parse_one_test(tparse *t, gsi_arena *arena, dmn_test *x) {
  const char *s = t->s;
  memset(x, 0, sizeof *x);
  char ch = s[t->p];
  uint8_t op = 0;
  if (ch == '<' && s[t->p + 1] == '=') {
    op = OP_LE;
    t->p += 2;
  } else if (ch == '<') {
    op = OP_LT;
    t->p += 1;
  } else if (ch == '>' && s[t->p + 1] == '=') {
    op = OP_GE;
    t->p += 2;
  } else if (ch == '>') {
    op = OP_GT;
    t->p += 1;
  } else if (ch == '!' && s[t->p + 1] == '=') {
    op = OP_NE;
    t->p += 2;
  } else if (ch == '=') {
    op = OP_EQ;
    t->p += 1;
  } else if (ch == '[' || ch == ']' || ch == '(') {
    /* interval: [a..b] (a..b) ]a..b[ [a..b) ... of numbers or strings */
    x->op = OP_RANGE;
    x->lo_closed = ch == '[';
    t->p++;
    skip_ws(t);
    gsi_value lo, hi;
    gs_status st = parse_literal(t, arena, &lo, false);
    if (st != GS_OK)
      return st;
    skip_ws(t);
    if (s[t->p] != '.' || s[t->p + 1] != '.') {
      fail(t, "expected '..' between the two ends of an interval");
      return GS_EPARSE;
    }
    t->p += 2;
    skip_ws(t);
    size_t hi_at = t->p;
    if ((st = parse_literal(t, arena, &hi, false)) != GS_OK)
      return st;
    if (lo.type != hi.type || (lo.type != GSI_V_NUMBER && lo.type != GSI_V_STRING)) {
      t->p = hi_at;
      fail(t, "both ends of an interval must be numbers or both strings");
      return GS_EPARSE;
    }
    skip_ws(t);
    char end = s[t->p];
    if (end != ']' && end != ')' && end != '[') {
      fail(t, "an interval must end with ']', ')' or '['");
      return GS_EPARSE;
    }
    x->hi_closed = end == ']';
    t->p++;
    x->type = lo.type;
    x->lo = lo.num;
    x->hi = hi.num;
    x->s = lo.str;
    x->s_hi = hi.str;
    int c = lo.type == GSI_V_NUMBER ? gsi_dec_cmp(&x->lo, &x->hi) : strcmp(x->s, x->s_hi);
    if (c > 0 || (c == 0 && !(x->lo_closed && x->hi_closed))) {
      fail(t, "this interval is empty: its lower end is above its upper end");
      return GS_EPARSE;
    }
    return GS_OK;
  }
  if (op != 0)
    skip_ws(t);
  else
    op = OP_EQ;
  gsi_value v;
  size_t at = t->p;
  gs_status st = parse_literal(t, arena, &v, true);
  if (st != GS_OK)
    return st;
  if (op >= OP_LT && op <= OP_GE && v.type != GSI_V_NUMBER && v.type != GSI_V_STRING) {
    t->p = at;
    fail(t, "the comparisons < <= > >= need a number or a string");
    return GS_EPARSE;
  }
  x->op = op;
  x->type = v.type;
  x->lo = v.num;
  x->s = v.str;
  x->b = v.b;
  return GS_OK;
}

/* Parses a whole unary-test cell into tests appended to tab. */
static gs_status parse_entry(tparse *t, gsi_arena *arena, gsi_dmn_table *tab, dmn_entry *e) {
  const char *s = t->s;
  memset(e, 0, sizeof *e);
  e->first = (uint32_t)tab->n_tests;
  skip_ws(t);
  if (s[t->p] == '\0')
    return GS_OK; /* empty cell: `-` */
  if (s[t->p] == '-') {
    size_t q = t->p + 1;
    while (is_ws(s[q]))
      q++;
    if (s[q] == '\0')
      return GS_OK;
  }
  bool negated = false;
  size_t save = t->p;
  if (keyword(t, "not")) {
    skip_ws(t);
    if (s[t->p] == '(') {
      negated = true;
      t->p++;
      skip_ws(t);
    } else {
      t->p = save;
    }
  }
  for (;;) {
    skip_ws(t);
    if (e->n >= DMN_MAX_TESTS) {
      fail(t, "too many tests in one cell (at most 1024)");
      return GS_EPARSE;
    }
    dmn_test x;
    gs_status st = parse_one_test(t, arena, &x);
    if (st != GS_OK)
      return st;
    if (push_test(tab, &x) != GS_OK)
      return GS_ENOMEM;
    e->n++;
    skip_ws(t);
    if (s[t->p] == ',') {
      t->p++;
      continue;
    }
    break;
  }
  if (negated) {
    if (s[t->p] != ')') {
      fail(t, "expected ',' or the ')' that closes not(");
      return GS_EPARSE;
    }
    t->p++;
    skip_ws(t);
  }
  if (s[t->p] != '\0') {
    if (s[t->p] == '-' && s[t->p + 1] != '\0' && !is_digit(s[t->p + 1]))
      fail(t, "'-' (any value) must stand alone in a cell");
    else if (strchr("+-*/", s[t->p]) != NULL)
      fail(t, "FEEL arithmetic is not supported");
    else
      fail(t, "unexpected text after the test; separate tests with ','");
    return GS_EPARSE;
  }
  e->negate = negated;
  return GS_OK;
}

/* Reports a test syntax error at the cell's element. */
static gs_status cell_error(load_ctx *c, const xmlNode *at, const tparse *t, const char *what) {
  return gsi_xml_error(GS_EPARSE, c->file, at, "%s: cannot read '%s': %s (at character %zu)", what,
                       t->s, t->err ? t->err : "syntax error", t->err_at + 1);
}

/* ---- type references --------------------------------------------------- */

static int builtin_type(const char *ref) {
  if (strncmp(ref, "feel:", 5) == 0)
    ref += 5;
  if (strcmp(ref, "number") == 0 || strcmp(ref, "integer") == 0 || strcmp(ref, "long") == 0 ||
      strcmp(ref, "double") == 0)
    return GSI_V_NUMBER;
  if (strcmp(ref, "string") == 0)
    return GSI_V_STRING;
  if (strcmp(ref, "boolean") == 0)
    return GSI_V_BOOL;
  return -1;
}

/* typeRef -> gsi_vtype; GSI_V_NULL when the attribute is absent. */
static gs_status resolve_type(load_ctx *c, const xmlNode *n, uint8_t *out) {
  const char *ref = gsi_xml_attr(n, "typeRef");
  *out = GSI_V_NULL;
  if (ref == NULL || ref[0] == '\0')
    return GS_OK;
  int b = builtin_type(ref);
  if (b < 0) {
    for (size_t i = 0; i < c->n_items; i++)
      if (strcmp(c->items[i].name, ref) == 0) {
        b = c->items[i].type;
        break;
      }
  }
  if (b < 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "typeRef '%s' is not supported: use number, string or boolean "
                         "(or an itemDefinition of one of them)",
                         ref);
  *out = (uint8_t)b;
  return GS_OK;
}

static const char *type_name(uint8_t type) {
  switch (type) {
  case GSI_V_NUMBER: return "number";
  case GSI_V_STRING: return "string";
  case GSI_V_BOOL: return "boolean";
  default: return "null";
  }
}

/* ---- the document walk ------------------------------------------------- */

static gs_status reject(load_ctx *c, const xmlNode *n, const char *inside) {
  const char *ns = node_ns(n);
  const char *name = (const char *)n->name;
  if (ns == NULL || strcmp(ns, c->ns) != 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "element '%s' (namespace '%s') is not allowed inside '%s'", name,
                         ns ? ns : "none", inside);
  static const char *const boxed[] = {
    "literalExpression", "context", "invocation", "relation", "list", "functionDefinition",
    "conditional", "filter", "for", "every", "some", "iterator", NULL,
  };
  if (in_list(boxed, name))
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "'%s' is a boxed expression; only decision tables are supported", name);
  if (strcmp(name, "businessKnowledgeModel") == 0 || strcmp(name, "knowledgeRequirement") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "business knowledge models are not supported ('%s')", name);
  if (strcmp(name, "requiredDecision") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "a decision that requires another decision is not supported");
  if (strcmp(name, "decisionService") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n, "decision services are not supported");
  if (strcmp(name, "import") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n, "imports of other models are not supported");
  if (strcmp(name, "defaultOutputEntry") == 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "default output entries are not supported; add a rule with '-' "
                         "in every input instead");
  return gsi_xml_error(GS_EPARSE, c->file, n, "element '%s' is not supported inside '%s'", name,
                       inside);
}

/* Accepts only description/extensionElements children (and, when given,
 * the names in also). */
static gs_status plain_children(load_ctx *c, const xmlNode *n, const char *const *also) {
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (also != NULL && node_ns(k) != NULL && strcmp(node_ns(k), c->ns) == 0 &&
        in_list(also, (const char *)k->name))
      continue;
    return reject(c, k, (const char *)n->name);
  }
  return GS_OK;
}

static gs_status check_variable(load_ctx *c, const xmlNode *n) {
  static const char *const attrs[] = { "id", "name", "label", "typeRef", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  return plain_children(c, n, NULL);
}

static gs_status collect_item_def(load_ctx *c, const xmlNode *n) {
  static const char *const attrs[] = { "id", "name", "label", "typeLanguage", "isCollection",
                                       NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  const char *coll = gsi_xml_attr(n, "isCollection");
  if (coll != NULL && strcmp(coll, "false") != 0)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "itemDefinition: collections are not supported, only number, "
                         "string and boolean");
  const char *name = gsi_xml_attr(n, "name");
  if (name == NULL || name[0] == '\0')
    return gsi_xml_error(GS_EPARSE, c->file, n, "itemDefinition needs a name");
  int type = -1;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "typeRef") && type < 0) {
      const char *t = gsi_xml_text(k);
      if (t != NULL) {
        while (is_ws(*t))
          t++;
        char tmp[32];
        size_t len = strcspn(t, " \t\r\n");
        if (len < sizeof tmp) {
          memcpy(tmp, t, len);
          tmp[len] = '\0';
          type = builtin_type(tmp);
        }
      }
      if (type < 0)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "itemDefinition '%s': only the types number, string and boolean "
                             "are supported",
                             name);
      continue;
    }
    return gsi_xml_error(GS_EPARSE, c->file, k,
                         "itemDefinition '%s': '%s' is not supported; an itemDefinition may "
                         "only name a simple type (number, string, boolean)",
                         name, (const char *)k->name);
  }
  if (type < 0)
    return gsi_xml_error(GS_EPARSE, c->file, n, "itemDefinition '%s' has no typeRef", name);
  if (GSI_GROW(c->items, c->cap_items, c->n_items + 1) != GS_OK)
    return GS_ENOMEM;
  c->items[c->n_items].name = name; /* borrowed from the tree, used only while loading */
  c->items[c->n_items].type = (uint8_t)type;
  c->n_items++;
  return GS_OK;
}

static gs_status check_input_data(load_ctx *c, const xmlNode *n) {
  static const char *const attrs[] = { "id", "name", "label", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "variable")) {
      st = check_variable(c, k);
      if (st != GS_OK)
        return st;
      continue;
    }
    return reject(c, k, "inputData");
  }
  const char *id = gsi_xml_attr(n, "id");
  if (id != NULL) {
    if (GSI_GROW(c->input_data, c->cap_input_data, c->n_input_data + 1) != GS_OK)
      return GS_ENOMEM;
    c->input_data[c->n_input_data++] = id;
  }
  return GS_OK;
}

static gs_status check_requirement(load_ctx *c, const xmlNode *n) {
  static const char *const attrs[] = { "id", "label", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  bool have = false;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "requiredInput") && !have) {
      static const char *const ra[] = { "href", NULL };
      st = check_attrs(c, k, ra);
      if (st != GS_OK)
        return st;
      const char *href = gsi_xml_attr(k, "href");
      bool found = false;
      if (href != NULL && href[0] == '#') {
        for (size_t i = 0; i < c->n_input_data; i++)
          if (strcmp(c->input_data[i], href + 1) == 0)
            found = true;
      }
      if (!found)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "requiredInput href '%s' does not point at an inputData of this "
                             "file (write href=\"#id\")",
                             href ? href : "");
      have = true;
      continue;
    }
    return reject(c, k, "informationRequirement");
  }
  if (!have)
    return gsi_xml_error(GS_EPARSE, c->file, n, "informationRequirement without requiredInput");
  return GS_OK;
}

/* ---- one decision table ------------------------------------------------ */

typedef struct table_nodes {
  const xmlNode *decision, *table;
  const xmlNode **inputs, **outputs, **annotations, **rules;
  size_t n_in, n_out, n_ann, n_rules;
} table_nodes;

static const char *rule_label(const gsi_dmn_table *t, size_t r, char *buf, size_t size) {
  if (t->rules[r].id != NULL && t->rules[r].id[0] != '\0')
    snprintf(buf, size, "'%s'", t->rules[r].id);
  else
    snprintf(buf, size, "#%zu", r + 1);
  return buf;
}

static const char *table_label(const gsi_dmn_table *t) {
  return t->id[0] != '\0' ? t->id : t->name;
}

static gs_status parse_hit_policy(load_ctx *c, gsi_dmn_table *t, const xmlNode *n) {
  const char *hp = gsi_xml_attr(n, "hitPolicy");
  const char *agg = gsi_xml_attr(n, "aggregation");
  static const char *const names[] = { "UNIQUE", "FIRST", "PRIORITY", "ANY", "RULE ORDER",
                                       "OUTPUT ORDER", "COLLECT" };
  t->hit = GSI_HIT_UNIQUE;
  if (hp != NULL) {
    size_t i;
    for (i = 0; i < GSI_ARRAY_LEN(names); i++)
      if (strcmp(hp, names[i]) == 0)
        break;
    if (i == GSI_ARRAY_LEN(names))
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "decision table '%s': unknown hitPolicy '%s' (UNIQUE, FIRST, "
                           "PRIORITY, ANY, RULE ORDER, OUTPUT ORDER or COLLECT)",
                           table_label(t), hp);
    t->hit = (uint8_t)(GSI_HIT_UNIQUE + i);
  }
  t->agg = GSI_AGG_NONE;
  if (agg != NULL) {
    static const char *const aggs[] = { "SUM", "COUNT", "MIN", "MAX" };
    size_t i;
    for (i = 0; i < GSI_ARRAY_LEN(aggs); i++)
      if (strcmp(agg, aggs[i]) == 0)
        break;
    if (i == GSI_ARRAY_LEN(aggs))
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "decision table '%s': unknown aggregation '%s' (SUM, COUNT, MIN "
                           "or MAX)",
                           table_label(t), agg);
    if (t->hit != GSI_HIT_COLLECT)
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "decision table '%s': an aggregation is only allowed with the hit "
                           "policy COLLECT",
                           table_label(t));
    t->agg = (uint8_t)(GSI_AGG_SUM + i);
  }
  return GS_OK;
}

/* Sorts the decision table's children into the column and rule lists. */
static gs_status gather(load_ctx *c, table_nodes *tn, gsi_dmn_table *t) {
  const xmlNode *n = tn->table;
  size_t counts[4] = { 0, 0, 0, 0 };
  static const char *const kinds[4] = { "input", "output", "annotation", "rule" };
  for (int pass = 0; pass < 2; pass++) {
    size_t idx[4] = { 0, 0, 0, 0 };
    for (const xmlNode *k = n->children; k; k = k->next) {
      if (k->type != XML_ELEMENT_NODE)
        continue;
      if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
        continue;
      int kind = -1;
      for (int i = 0; i < 4; i++)
        if (is_dmn(c, k, kinds[i]))
          kind = i;
      if (kind < 0)
        return reject(c, k, "decisionTable");
      if (pass == 0) {
        counts[kind]++;
        if ((kind == 0 && counts[0] > DMN_MAX_INPUTS) ||
            (kind == 1 && counts[1] > DMN_MAX_OUTPUTS) ||
            (kind == 2 && counts[2] > DMN_MAX_OUTPUTS) ||
            (kind == 3 && counts[3] > DMN_MAX_RULES))
          return gsi_xml_error(GS_EPARSE, c->file, k,
                               "decision table '%s' has too many %s elements (limits: %d "
                               "inputs, %d outputs or annotations, %d rules)",
                               table_label(t), kinds[kind], DMN_MAX_INPUTS, DMN_MAX_OUTPUTS,
                               DMN_MAX_RULES);
      } else {
        const xmlNode **arr = kind == 0 ? tn->inputs : kind == 1 ? tn->outputs
                              : kind == 2 ? tn->annotations : tn->rules;
        arr[idx[kind]++] = k;
      }
    }
    if (pass == 0) {
      tn->n_in = counts[0];
      tn->n_out = counts[1];
      tn->n_ann = counts[2];
      tn->n_rules = counts[3];
      if (tn->n_out == 0)
        return gsi_xml_error(GS_EPARSE, c->file, n, "decision table '%s' has no output",
                             table_label(t));
      tn->inputs = gsi_calloc(tn->n_in + 1, sizeof *tn->inputs);
      tn->outputs = gsi_calloc(tn->n_out + 1, sizeof *tn->outputs);
      tn->annotations = gsi_calloc(tn->n_ann + 1, sizeof *tn->annotations);
      tn->rules = gsi_calloc(tn->n_rules + 1, sizeof *tn->rules);
      if (!tn->inputs || !tn->outputs || !tn->annotations || !tn->rules)
        return oom_at();
    }
  }
  return GS_OK;
}

/* A plain name as input expression: letters, digits, '_', '.', single
 * spaces between words (FEEL names such as "Applicant Age"), and the FEEL
 * name symbols - / ' between two name characters ("e-mail"). */
bool gsi_dmn_plain_name(const char *s) {
  if (s[0] == '\0' || is_digit(s[0]) || s[0] == '.')
    return false;
  for (const char *p = s; *p; p++) {
    if (is_name_char(*p) || *p == '.')
      continue;
    if ((*p == '-' || *p == '/' || *p == '\'') && p > s && is_name_char(p[-1]) &&
        is_name_char(p[1]))
      continue;
    if (*p == ' ' && p[1] != ' ' && p[1] != '\0')
      continue;
    return false;
  }
  return true;
}

static gs_status compile_input(load_ctx *c, gsi_dmn_table *t, size_t i, const xmlNode *n) {
  static const char *const attrs[] = { "id", "label", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  dmn_input *in = &t->inputs[i];
  gsi_xml_pos(n, &in->line, &in->col);
  in->allowed_text = "";
  const xmlNode *expr = NULL, *values = NULL;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "inputExpression") && expr == NULL) {
      expr = k;
      continue;
    }
    if (is_dmn(c, k, "inputValues") && values == NULL) {
      values = k;
      continue;
    }
    return reject(c, k, "input");
  }
  if (expr == NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "decision table '%s': input %zu has no inputExpression",
                         table_label(t), i + 1);
  static const char *const eattrs[] = { "id", "label", "typeRef", "expressionLanguage", NULL };
  if ((st = check_attrs(c, expr, eattrs)) != GS_OK || (st = check_language(c, expr)) != GS_OK)
    return st;
  if ((st = resolve_type(c, expr, &in->type)) != GS_OK)
    return st;
  const xmlNode *tnode;
  const char *text;
  if ((st = text_child(c, expr, &tnode, &text)) != GS_OK)
    return st;
  in->name = arena_trim(c, text ? text : "");
  if (in->name == NULL)
    return GS_ENOMEM;
  if (!gsi_dmn_plain_name(in->name))
    return gsi_xml_error(GS_EPARSE, c->file, tnode ? tnode : expr,
                         "decision table '%s': input %zu: the input expression must be a plain "
                         "input name, not '%s' (FEEL expressions are not supported)",
                         table_label(t), i + 1, in->name);
  if (values != NULL) {
    static const char *const vattrs[] = { "id", "label", "expressionLanguage", NULL };
    if ((st = check_attrs(c, values, vattrs)) != GS_OK ||
        (st = check_language(c, values)) != GS_OK)
      return st;
    const xmlNode *vt;
    const char *vtext;
    if ((st = text_child(c, values, &vt, &vtext)) != GS_OK)
      return st;
    in->allowed_text = arena_trim(c, vtext ? vtext : "");
    if (in->allowed_text == NULL)
      return GS_ENOMEM;
    tparse tp = { in->allowed_text, 0, NULL, 0 };
    st = parse_entry(&tp, c->arena, t, &in->allowed);
    if (st == GS_EPARSE) {
      char what[128];
      snprintf(what, sizeof what, "input '%.60s': inputValues", in->name);
      return cell_error(c, vt ? vt : values, &tp, what);
    }
    if (st != GS_OK)
      return st;
  }
  return GS_OK;
}

/* Parses a comma-separated list of literals (outputValues). */
static gs_status compile_output_values(load_ctx *c, gsi_dmn_table *t, dmn_output *o,
                                       const xmlNode *n) {
  static const char *const vattrs[] = { "id", "label", "expressionLanguage", NULL };
  gs_status st;
  if ((st = check_attrs(c, n, vattrs)) != GS_OK || (st = check_language(c, n)) != GS_OK)
    return st;
  const xmlNode *vt;
  const char *text;
  if ((st = text_child(c, n, &vt, &text)) != GS_OK)
    return st;
  const xmlNode *at = vt ? vt : n;
  const char *s = text ? text : "";
  size_t cap = 0;
  tparse tp = { s, 0, NULL, 0 };
  skip_ws(&tp);
  if (s[tp.p] == '\0')
    return GS_OK; /* no restriction */
  if (s[tp.p] == '-') {
    size_t q = tp.p + 1;
    while (is_ws(s[q]))
      q++;
    if (s[q] == '\0')
      return GS_OK; /* `-`: no restriction */
  }
  for (;;) {
    skip_ws(&tp);
    gsi_value v;
    st = parse_literal(&tp, c->arena, &v, false);
    if (st == GS_EPARSE)
      return cell_error(c, at, &tp, "outputValues");
    if (st != GS_OK)
      return st;
    if (o->n_values >= DMN_MAX_VALUES)
      return gsi_xml_error(GS_EPARSE, c->file, at, "outputValues: more than %d values",
                           DMN_MAX_VALUES);
    if (GSI_GROW(o->values, cap, o->n_values + 1) != GS_OK)
      return GS_ENOMEM;
    o->values[o->n_values++] = v;
    skip_ws(&tp);
    if (s[tp.p] == ',') {
      tp.p++;
      continue;
    }
    if (s[tp.p] != '\0') {
      fail(&tp, "outputValues must be a comma-separated list of literals");
      return cell_error(c, at, &tp, "outputValues");
    }
    break;
  }
  (void)t;
  return GS_OK;
}

static gs_status compile_output(load_ctx *c, gsi_dmn_table *t, size_t o, const xmlNode *n) {
  static const char *const attrs[] = { "id", "label", "name", "typeRef", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  dmn_output *out = &t->outputs[o];
  gsi_xml_pos(n, &out->line, &out->col);
  const char *name = gsi_xml_attr(n, "name");
  if ((name == NULL || name[0] == '\0') && t->n_out > 1)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "decision table '%s': output %zu needs a name (the table has several "
                         "outputs)",
                         table_label(t), o + 1);
  out->name = gsi_arena_strdup(c->arena, name ? name : "");
  if (out->name == NULL)
    return GS_ENOMEM;
  for (size_t k = 0; k < o; k++)
    if (strcmp(t->outputs[k].name, out->name) == 0)
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "decision table '%s': two outputs are named '%s'", table_label(t),
                           out->name);
  if ((st = resolve_type(c, n, &out->type)) != GS_OK)
    return st;
  const xmlNode *values = NULL;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "outputValues") && values == NULL) {
      values = k;
      continue;
    }
    return reject(c, k, "output");
  }
  if (values != NULL && (st = compile_output_values(c, t, out, values)) != GS_OK)
    return st;
  return GS_OK;
}

static bool same_value(const gsi_value *a, const gsi_value *b) {
  if (a->type != b->type)
    return false;
  switch (a->type) {
  case GSI_V_NUMBER: return gsi_dec_cmp(&a->num, &b->num) == 0;
  case GSI_V_STRING: return strcmp(a->str, b->str) == 0;
  case GSI_V_BOOL: return a->b == b->b;
  default: return true;
  }
}

/* Open-addressing set of the rule ids of one table (capacity a power of
 * two, at least twice the rule count), so that 100,000 rules are checked
 * for duplicates in linear time. */
typedef struct id_set {
  const char **slots;
  size_t mask;
} id_set;

static gs_status id_set_init(id_set *set, size_t n) {
  size_t cap = 16;
  while (cap < 2 * n)
    cap *= 2;
  set->slots = gsi_calloc(cap, sizeof *set->slots);
  set->mask = cap - 1;
  return set->slots ? GS_OK : GS_ENOMEM;
}

/* false when id is already in the set */
static bool id_set_add(id_set *set, const char *id) {
  uint64_t h = 1469598103934665603ull; /* FNV-1a */
  for (const unsigned char *p = (const unsigned char *)id; *p; p++)
    h = (h ^ *p) * 1099511628211ull;
  for (size_t i = (size_t)h & set->mask;; i = (i + 1) & set->mask) {
    if (set->slots[i] == NULL) {
      set->slots[i] = id;
      return true;
    }
    if (strcmp(set->slots[i], id) == 0)
      return false;
  }
}

static gs_status compile_rule(load_ctx *c, gsi_dmn_table *t, table_nodes *tn, size_t r,
                              const char **ann_names, id_set *ids) {
  const xmlNode *n = tn->rules[r];
  static const char *const attrs[] = { "id", "label", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  dmn_rule *rule = &t->rules[r];
  gsi_xml_pos(n, &rule->line, &rule->col);
  const char *id = gsi_xml_attr(n, "id");
  rule->id = gsi_arena_strdup(c->arena, id ? id : "");
  if (rule->id == NULL)
    return GS_ENOMEM;
  if (rule->id[0] != '\0' && !id_set_add(ids, rule->id))
    return gsi_xml_error(GS_EPARSE, c->file, n, "decision table '%s': two rules have the id '%s'",
                         table_label(t), rule->id);
  char rl[96];
  rule_label(t, r, rl, sizeof rl);
  size_t ni = 0, no = 0, na = 0;
  bool catch_all = true;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "extensionElements"))
      continue;
    if (is_dmn(c, k, "description")) {
      const char *d = gsi_xml_text(k);
      if (d != NULL && rule->description == NULL) {
        rule->description = arena_trim(c, d);
        if (rule->description == NULL)
          return GS_ENOMEM;
        if (rule->description[0] == '\0')
          rule->description = NULL;
      }
      continue;
    }
    const xmlNode *tnode;
    const char *text;
    if (is_dmn(c, k, "inputEntry")) {
      if (ni >= t->n_in)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "decision table '%s', rule %s: more input entries than the %zu "
                             "inputs",
                             table_label(t), rl, t->n_in);
      static const char *const ea[] = { "id", "label", "expressionLanguage", NULL };
      if ((st = check_attrs(c, k, ea)) != GS_OK || (st = check_language(c, k)) != GS_OK ||
          (st = text_child(c, k, &tnode, &text)) != GS_OK)
        return st;
      size_t cell = r * t->n_in + ni;
      const char *src = arena_trim(c, text ? text : "");
      if (src == NULL)
        return GS_ENOMEM;
      t->entry_text[cell] = src[0] != '\0' ? src : "-";
      tparse tp = { src, 0, NULL, 0 };
      st = parse_entry(&tp, c->arena, t, &t->entries[cell]);
      if (st == GS_EPARSE) {
        char what[200];
        snprintf(what, sizeof what, "decision table '%.60s', rule %s, input '%.60s'",
                 table_label(t), rl, t->inputs[ni].name);
        return cell_error(c, tnode ? tnode : k, &tp, what);
      }
      if (st != GS_OK)
        return st;
      if (t->entries[cell].n != 0)
        catch_all = false;
      ni++;
      continue;
    }
    if (is_dmn(c, k, "outputEntry")) {
      if (no >= t->n_out)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "decision table '%s', rule %s: more output entries than the %zu "
                             "outputs",
                             table_label(t), rl, t->n_out);
      static const char *const oa[] = { "id", "label", "typeRef", "expressionLanguage", NULL };
      if ((st = check_attrs(c, k, oa)) != GS_OK || (st = check_language(c, k)) != GS_OK ||
          (st = text_child(c, k, &tnode, &text)) != GS_OK)
        return st;
      size_t cell = r * t->n_out + no;
      const char *src = arena_trim(c, text ? text : "");
      if (src == NULL)
        return GS_ENOMEM;
      t->out_text[cell] = src;
      tparse tp = { src, 0, NULL, 0 };
      gsi_value *v = &t->outs[cell];
      memset(v, 0, sizeof *v);
      if (src[0] != '\0') {
        st = parse_literal(&tp, c->arena, v, true);
        if (st == GS_OK) {
          skip_ws(&tp);
          if (src[tp.p] != '\0') {
            fail(&tp, strchr("+-*/", src[tp.p]) ? "FEEL arithmetic is not supported"
                                                : "an output entry must be a single literal");
            st = GS_EPARSE;
          }
        }
        if (st == GS_EPARSE) {
          char what[200];
          snprintf(what, sizeof what, "decision table '%.60s', rule %s, output '%.60s'",
                   table_label(t), rl, t->outputs[no].name);
          return cell_error(c, tnode ? tnode : k, &tp, what);
        }
        if (st != GS_OK)
          return st;
      }
      no++;
      continue;
    }
    if (is_dmn(c, k, "annotationEntry")) {
      if (na >= tn->n_ann)
        return gsi_xml_error(GS_EPARSE, c->file, k,
                             "decision table '%s', rule %s: more annotation entries than the "
                             "%zu annotation columns",
                             table_label(t), rl, tn->n_ann);
      static const char *const none[] = { NULL };
      if ((st = check_attrs(c, k, none)) != GS_OK || (st = text_child(c, k, &tnode, &text)) != GS_OK)
        return st;
      const char *col = ann_names[na];
      bool nl = col != NULL && (strcmp(col, "nl") == 0 || strcmp(col, "NL") == 0);
      bool en = col != NULL && (strcmp(col, "en") == 0 || strcmp(col, "EN") == 0);
      if ((nl || en) && text != NULL) {
        const char *v = arena_trim(c, text);
        if (v == NULL)
          return GS_ENOMEM;
        if (v[0] != '\0') {
          if (nl)
            rule->text_nl = v;
          else
            rule->text_en = v;
        }
      }
      na++;
      continue;
    }
    return reject(c, k, "rule");
  }
  if (ni != t->n_in || no != t->n_out)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "decision table '%s', rule %s: has %zu input and %zu output entries; "
                         "the table has %zu inputs and %zu outputs",
                         table_label(t), rl, ni, no, t->n_in, t->n_out);
  if (na != 0 && na != tn->n_ann)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "decision table '%s', rule %s: has %zu annotation entries; the table "
                         "has %zu annotation columns",
                         table_label(t), rl, na, tn->n_ann);
  rule->catch_all = catch_all;
  return GS_OK;
}

/* Infers or checks the type of every column against its literals. */
static gs_status check_types(load_ctx *c, gsi_dmn_table *t, table_nodes *tn) {
  for (size_t i = 0; i < t->n_in; i++) {
    dmn_input *in = &t->inputs[i];
    if (in->type == GSI_V_NULL) {
      /* no typeRef: the type of the literals in the column */
      for (size_t r = 0; r <= t->n_rules && in->type == GSI_V_NULL; r++) {
        const dmn_entry *e = r == 0 ? &in->allowed : &t->entries[(r - 1) * t->n_in + i];
        for (uint32_t k = 0; k < e->n && in->type == GSI_V_NULL; k++)
          in->type = t->tests[e->first + k].type;
      }
      if (in->type == GSI_V_NULL)
        return gsi_xml_error(GS_EPARSE, c->file, tn->inputs[i],
                             "decision table '%s': input '%s' needs a typeRef (number, string "
                             "or boolean)",
                             table_label(t), in->name);
    }
    for (size_t r = 0; r <= t->n_rules; r++) {
      const dmn_entry *e = r < t->n_rules ? &t->entries[r * t->n_in + i] : &in->allowed;
      for (uint32_t k = 0; k < e->n; k++) {
        const dmn_test *x = &t->tests[e->first + k];
        if (x->type == in->type || x->type == GSI_V_NULL)
          continue;
        if (r < t->n_rules) {
          char rl[96];
          return gsi_xml_error(GS_EPARSE, c->file, tn->rules[r],
                               "decision table '%s', rule %s: input '%s' is a %s, but the test "
                               "'%s' compares it with a %s",
                               table_label(t), rule_label(t, r, rl, sizeof rl), in->name,
                               type_name(in->type), t->entry_text[r * t->n_in + i],
                               type_name(x->type));
        }
        return gsi_xml_error(GS_EPARSE, c->file, tn->inputs[i],
                             "decision table '%s': input '%s' is a %s, but its inputValues "
                             "'%s' hold a %s",
                             table_label(t), in->name, type_name(in->type), in->allowed_text,
                             type_name(x->type));
      }
    }
  }
  for (size_t o = 0; o < t->n_out; o++) {
    dmn_output *out = &t->outputs[o];
    if (out->type == GSI_V_NULL) {
      if (out->n_values > 0)
        out->type = out->values[0].type;
      for (size_t r = 0; r < t->n_rules && out->type == GSI_V_NULL; r++)
        out->type = t->outs[r * t->n_out + o].type;
      if (out->type == GSI_V_NULL)
        return gsi_xml_error(GS_EPARSE, c->file, tn->outputs[o],
                             "decision table '%s': output '%s' needs a typeRef (number, string "
                             "or boolean)",
                             table_label(t), out->name);
    }
    for (size_t k = 0; k < out->n_values; k++)
      if (out->values[k].type != out->type)
        return gsi_xml_error(GS_EPARSE, c->file, tn->outputs[o],
                             "decision table '%s': output '%s' is a %s, but its outputValues "
                             "hold a %s",
                             table_label(t), out->name, type_name(out->type),
                             type_name(out->values[k].type));
    if (t->agg != GSI_AGG_NONE && t->agg != GSI_AGG_COUNT && out->type != GSI_V_NUMBER)
      return gsi_xml_error(GS_EPARSE, c->file, tn->outputs[o],
                           "decision table '%s': the aggregations SUM, MIN and MAX need number "
                           "outputs; output '%s' is a %s",
                           table_label(t), out->name, type_name(out->type));
    for (size_t r = 0; r < t->n_rules; r++) {
      const gsi_value *v = &t->outs[r * t->n_out + o];
      char rl[96];
      if (v->type == GSI_V_NULL) {
        /* an empty cell ranks after every listed output value */
        t->prio[r * t->n_out + o] = (uint16_t)out->n_values;
        if (t->agg == GSI_AGG_NONE)
          continue;
        return gsi_xml_error(GS_EPARSE, c->file, tn->rules[r],
                             "decision table '%s', rule %s: output '%s' is empty, but an "
                             "aggregating table needs a value in every output entry",
                             table_label(t), rule_label(t, r, rl, sizeof rl), out->name);
      }
      if (v->type != out->type)
        return gsi_xml_error(GS_EPARSE, c->file, tn->rules[r],
                             "decision table '%s', rule %s: output '%s' is a %s, but the rule "
                             "gives '%s'",
                             table_label(t), rule_label(t, r, rl, sizeof rl), out->name,
                             type_name(out->type), t->out_text[r * t->n_out + o]);
      if (out->n_values == 0) {
        t->prio[r * t->n_out + o] = 0;
        continue;
      }
      size_t k;
      for (k = 0; k < out->n_values; k++)
        if (same_value(&out->values[k], v))
          break;
      if (k == out->n_values)
        return gsi_xml_error(GS_EPARSE, c->file, tn->rules[r],
                             "decision table '%s', rule %s: output '%s' gives %s, which is not "
                             "one of its outputValues",
                             table_label(t), rule_label(t, r, rl, sizeof rl), out->name,
                             t->out_text[r * t->n_out + o]);
      t->prio[r * t->n_out + o] = (uint16_t)k;
    }
  }
  return GS_OK;
}

/* The evaluation plan: the cells of each rule that are not `-`. */
static gs_status build_checks(gsi_dmn_table *t) {
  size_t n = 0;
  for (size_t cell = 0; cell < t->n_rules * t->n_in; cell++)
    n += t->entries[cell].n != 0;
  t->check_first = gsi_calloc(t->n_rules + 1, sizeof *t->check_first);
  t->checks = gsi_calloc(n + 1, sizeof *t->checks);
  if (t->check_first == NULL || t->checks == NULL)
    return GS_ENOMEM;
  size_t k = 0;
  for (size_t r = 0; r < t->n_rules; r++) {
    t->check_first[r] = (uint32_t)k;
    for (size_t i = 0; i < t->n_in; i++) {
      const dmn_entry *e = &t->entries[r * t->n_in + i];
      if (e->n == 0)
        continue;
      dmn_check *ck = &t->checks[k++];
      ck->cell = (uint32_t)(r * t->n_in + i);
      ck->input = (uint16_t)i;
      ck->simple = e->n == 1 && !e->negate;
      if (ck->simple)
        ck->test = t->tests[e->first];
    }
  }
  t->check_first[t->n_rules] = (uint32_t)k;
  return GS_OK;
}

static gs_status compile_table(load_ctx *c, gsi_dmn_table *t, const xmlNode *decision,
                               const xmlNode *table) {
  static const char *const attrs[] = { "id", "label", "hitPolicy", "aggregation",
                                       "preferredOrientation", "outputLabel", "typeRef", NULL };
  gs_status st = check_attrs(c, table, attrs);
  if (st != GS_OK)
    return st;
  if ((st = parse_hit_policy(c, t, table)) != GS_OK)
    return st;
  table_nodes tn;
  memset(&tn, 0, sizeof tn);
  tn.decision = decision;
  tn.table = table;
  const char **ann_names = NULL;
  id_set ids = { NULL, 0 };
  st = gather(c, &tn, t);
  if (st != GS_OK)
    goto done;
  t->n_in = tn.n_in;
  t->n_out = tn.n_out;
  t->n_rules = tn.n_rules;
  size_t cells_in = t->n_rules * t->n_in, cells_out = t->n_rules * t->n_out;
  t->inputs = gsi_calloc(t->n_in + 1, sizeof *t->inputs);
  t->outputs = gsi_calloc(t->n_out, sizeof *t->outputs);
  t->rules = gsi_calloc(t->n_rules + 1, sizeof *t->rules);
  t->entries = gsi_calloc(cells_in + 1, sizeof *t->entries);
  t->entry_text = gsi_calloc(cells_in + 1, sizeof *t->entry_text);
  t->outs = gsi_calloc(cells_out + 1, sizeof *t->outs);
  t->out_text = gsi_calloc(cells_out + 1, sizeof *t->out_text);
  t->prio = gsi_calloc(cells_out + 1, sizeof *t->prio);
  ann_names = gsi_calloc(tn.n_ann + 1, sizeof *ann_names);
  if (!t->inputs || !t->outputs || !t->rules || !t->entries || !t->entry_text || !t->outs ||
      !t->out_text || !t->prio || !ann_names) {
    st = oom_at();
    goto done;
  }
  for (size_t i = 0; i < tn.n_in; i++)
    if ((st = compile_input(c, t, i, tn.inputs[i])) != GS_OK)
      goto done;
  for (size_t o = 0; o < tn.n_out; o++)
    if ((st = compile_output(c, t, o, tn.outputs[o])) != GS_OK)
      goto done;
  for (size_t a = 0; a < tn.n_ann; a++) {
    static const char *const aa[] = { "name", "id", "label", NULL };
    if ((st = check_attrs(c, tn.annotations[a], aa)) != GS_OK ||
        (st = plain_children(c, tn.annotations[a], NULL)) != GS_OK)
      goto done;
    ann_names[a] = gsi_xml_attr(tn.annotations[a], "name");
  }
  if ((st = id_set_init(&ids, tn.n_rules)) != GS_OK)
    goto done;
  for (size_t r = 0; r < tn.n_rules; r++)
    if ((st = compile_rule(c, t, &tn, r, ann_names, &ids)) != GS_OK)
      goto done;
  if ((t->hit == GSI_HIT_PRIORITY || t->hit == GSI_HIT_OUTPUT_ORDER)) {
    bool any = false;
    for (size_t o = 0; o < t->n_out; o++)
      any = any || t->outputs[o].n_values > 0;
    if (!any) {
      st = gsi_xml_error(GS_EPARSE, c->file, table,
                         "decision table '%s': the hit policy %s needs outputValues on an "
                         "output (they give the priority order)",
                         table_label(t), t->hit == GSI_HIT_PRIORITY ? "PRIORITY" : "OUTPUT ORDER");
      goto done;
    }
  }
  if (t->agg != GSI_AGG_NONE && t->n_out > 1) {
    st = gsi_xml_error(GS_EPARSE, c->file, table,
                       "decision table '%s': the aggregation of a COLLECT table needs a single "
                       "output (DMN does not aggregate a table of %zu outputs)",
                       table_label(t), t->n_out);
    goto done;
  }
  st = check_types(c, t, &tn);
  if (st == GS_OK)
    st = build_checks(t);
done:
  gsi_free(ids.slots);
  gsi_free(ann_names);
  gsi_free(tn.inputs);
  gsi_free(tn.outputs);
  gsi_free(tn.annotations);
  gsi_free(tn.rules);
  if (st == GS_ENOMEM)
    gsi_oom();
  return st;
}

static gs_status compile_decision(load_ctx *c, gsi_dmn_table *t, const xmlNode *n) {
  static const char *const attrs[] = { "id", "name", "label", NULL };
  gs_status st = check_attrs(c, n, attrs);
  if (st != GS_OK)
    return st;
  const char *id = gsi_xml_attr(n, "id");
  const char *name = gsi_xml_attr(n, "name");
  t->id = gsi_arena_strdup(c->arena, id ? id : "");
  t->name = gsi_arena_strdup(c->arena, name ? name : "");
  if (t->id == NULL || t->name == NULL)
    return GS_ENOMEM;
  gsi_xml_pos(n, &t->line, &t->col);
  if (t->id[0] == '\0' && t->name[0] == '\0')
    return gsi_xml_error(GS_EPARSE, c->file, n, "a decision needs an id or a name");
  const gsi_dmn *d = c->dmn;
  for (size_t k = 0; k < d->n_tables; k++) {
    const gsi_dmn_table *o = &d->tables[k];
    if ((t->id[0] && strcmp(o->id, t->id) == 0) || (t->name[0] && strcmp(o->name, t->name) == 0))
      return gsi_xml_error(GS_EPARSE, c->file, n,
                           "two decisions have the %s '%s'",
                           (t->id[0] && strcmp(o->id, t->id) == 0) ? "id" : "name",
                           (t->id[0] && strcmp(o->id, t->id) == 0) ? t->id : t->name);
  }
  const xmlNode *table = NULL;
  for (const xmlNode *k = n->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements") ||
        is_dmn(c, k, "question") || is_dmn(c, k, "allowedAnswers"))
      continue;
    if (is_dmn(c, k, "variable")) {
      if ((st = check_variable(c, k)) != GS_OK)
        return st;
      continue;
    }
    if (is_dmn(c, k, "informationRequirement")) {
      if ((st = check_requirement(c, k)) != GS_OK)
        return st;
      continue;
    }
    if (is_dmn(c, k, "decisionTable")) {
      if (table != NULL)
        return gsi_xml_error(GS_EPARSE, c->file, k, "decision '%s' has two decision tables",
                             table_label(t));
      table = k;
      continue;
    }
    return reject(c, k, "decision");
  }
  if (table == NULL)
    return gsi_xml_error(GS_EPARSE, c->file, n,
                         "decision '%s' has no decisionTable (only decision tables are "
                         "supported)",
                         table_label(t));
  return compile_table(c, t, n, table);
}

static void free_table(gsi_dmn_table *t) {
  if (t->outputs != NULL)
    for (size_t o = 0; o < t->n_out; o++)
      gsi_free(t->outputs[o].values);
  gsi_free(t->inputs);
  gsi_free(t->outputs);
  gsi_free(t->rules);
  gsi_free(t->entries);
  gsi_free(t->entry_text);
  gsi_free(t->outs);
  gsi_free(t->out_text);
  gsi_free(t->prio);
  gsi_free(t->tests);
  gsi_free(t->check_first);
  gsi_free(t->checks);
}

void gsi_dmn_free(gsi_dmn *d) {
  if (d == NULL)
    return;
  if (d->tables != NULL)
    for (size_t i = 0; i < d->n_tables; i++)
      free_table(&d->tables[i]);
  gsi_free(d->tables);
  gsi_arena_free(&d->arena);
  gsi_free(d);
}

static gs_status load_doc(load_ctx *c, const xmlNode *root) {
  const char *ns = node_ns(root);
  if (ns == NULL || !in_list(dmn_namespaces, ns)) {
    if (ns != NULL && strstr(ns, "omg.org/spec/DMN/") != NULL)
      return gsi_xml_error(GS_EVERSION, c->file, root,
                           "DMN namespace '%s' is not supported; use DMN 1.2, 1.3, 1.4 or 1.5 "
                           "(Camunda Modeler can convert older files)",
                           ns);
    return gsi_xml_error(GS_EPARSE, c->file, root,
                         "not a DMN document: the root must be 'definitions' in a DMN 1.2-1.5 "
                         "namespace (found '%s' in namespace '%s')",
                         (const char *)root->name, ns ? ns : "none");
  }
  c->ns = ns;
  if (strcmp((const char *)root->name, "definitions") != 0)
    return gsi_xml_error(GS_EPARSE, c->file, root,
                         "not a DMN document: the root element must be 'definitions', not '%s'",
                         (const char *)root->name);
  static const char *const attrs[] = { "id", "name", "label", "namespace", "expressionLanguage",
                                       "typeLanguage", "exporter", "exporterVersion", NULL };
  gs_status st = check_attrs(c, root, attrs);
  if (st != GS_OK || (st = check_language(c, root)) != GS_OK)
    return st;
  /* pass 1: inputData and itemDefinitions (referenced from decisions) */
  size_t n_decisions = 0;
  for (const xmlNode *k = root->children; k; k = k->next) {
    if (k->type != XML_ELEMENT_NODE)
      continue;
    if (is_dmn(c, k, "inputData")) {
      if ((st = check_input_data(c, k)) != GS_OK)
        return st;
    } else if (is_dmn(c, k, "itemDefinition")) {
      if ((st = collect_item_def(c, k)) != GS_OK)
        return st;
    } else if (is_dmn(c, k, "decision")) {
      if (++n_decisions > DMN_MAX_TABLES)
        return gsi_xml_error(GS_EPARSE, c->file, k, "more than %d decisions", DMN_MAX_TABLES);
    } else if (is_dmn(c, k, "description") || is_dmn(c, k, "extensionElements")) {
      continue;
    } else if (is_dmn(c, k, "textAnnotation") || is_dmn(c, k, "association")) {
      /* diagram comments (text annotations and their connectors) */
      continue;
    } else if (is_diagram_ns(node_ns(k)) && strcmp((const char *)k->name, "DMNDI") == 0) {
      continue;
    } else {
      return reject(c, k, "definitions");
    }
  }
  c->dmn->tables = gsi_calloc(n_decisions + 1, sizeof *c->dmn->tables);
  if (c->dmn->tables == NULL)
    return oom_at();
  for (const xmlNode *k = root->children; k; k = k->next) {
    if (!is_dmn(c, k, "decision"))
      continue;
    gsi_dmn_table *t = &c->dmn->tables[c->dmn->n_tables];
    t->doc = c->dmn;
    st = compile_decision(c, t, k);
    c->dmn->n_tables++; /* so that gsi_dmn_free frees what it holds */
    if (st != GS_OK) {
      if (st == GS_ENOMEM)
        gsi_oom();
      return st;
    }
  }
  return GS_OK;
}

gs_status gsi_dmn_load(gsi_dmn **out, const char *data, size_t len, const char *name) {
  if (out == NULL || data == NULL)
    return gsi_einval("gsi_dmn_load: out and data must not be NULL");
  if (name == NULL)
    name = "memory";
  xmlDocPtr doc = NULL;
  gs_status st = gsi_xml_parse(data, len, name, &doc);
  if (st != GS_OK)
    return st;
  gsi_dmn *d = gsi_calloc(1, sizeof *d);
  if (d == NULL) {
    xmlFreeDoc(doc);
    return gsi_oom();
  }
  gsi_arena_init(&d->arena);
  load_ctx c;
  memset(&c, 0, sizeof c);
  c.dmn = d;
  c.arena = &d->arena;
  d->name = gsi_arena_strdup(&d->arena, name);
  if (d->name == NULL) {
    st = gsi_oom();
  } else {
    c.file = d->name;
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (root == NULL)
      st = gsi_error(GS_EPARSE, name, 0, 0, "the document has no root element");
    else
      st = load_doc(&c, root);
  }
  gsi_free(c.input_data);
  gsi_free(c.items);
  xmlFreeDoc(doc);
  if (st != GS_OK) {
    if (st == GS_ENOMEM)
      gsi_oom();
    else
      gsi_error_set_file(name);
    gsi_dmn_free(d);
    return st;
  }
  *out = d;
  return GS_OK;
}

/* ---- accessors --------------------------------------------------------- */

size_t gsi_dmn_table_count(const gsi_dmn *d) {
  return d->n_tables;
}

const gsi_dmn_table *gsi_dmn_table_at(const gsi_dmn *d, size_t i) {
  return i < d->n_tables ? &d->tables[i] : NULL;
}

const gsi_dmn_table *gsi_dmn_find(const gsi_dmn *d, const char *id_or_name) {
  if (id_or_name == NULL)
    return NULL;
  for (size_t i = 0; i < d->n_tables; i++)
    if (strcmp(d->tables[i].id, id_or_name) == 0)
      return &d->tables[i];
  for (size_t i = 0; i < d->n_tables; i++)
    if (strcmp(d->tables[i].name, id_or_name) == 0)
      return &d->tables[i];
  return NULL;
}

const char *gsi_dmn_table_id(const gsi_dmn_table *t) { return t->id; }
const char *gsi_dmn_table_name(const gsi_dmn_table *t) { return t->name; }
gsi_hit_policy gsi_dmn_table_hit_policy(const gsi_dmn_table *t) { return (gsi_hit_policy)t->hit; }
gsi_aggregation gsi_dmn_table_aggregation(const gsi_dmn_table *t) { return (gsi_aggregation)t->agg; }

void gsi_dmn_table_pos(const gsi_dmn_table *t, int *line, int *col) {
  if (line)
    *line = t->line;
  if (col)
    *col = t->col;
}

size_t gsi_dmn_input_count(const gsi_dmn_table *t) { return t->n_in; }

const char *gsi_dmn_input_name(const gsi_dmn_table *t, size_t i) {
  return i < t->n_in ? t->inputs[i].name : NULL;
}

gsi_vtype gsi_dmn_input_type(const gsi_dmn_table *t, size_t i) {
  return i < t->n_in ? (gsi_vtype)t->inputs[i].type : GSI_V_NULL;
}

void gsi_dmn_input_pos(const gsi_dmn_table *t, size_t i, int *line, int *col) {
  int l = 0, c = 0;
  if (i < t->n_in) {
    l = t->inputs[i].line;
    c = t->inputs[i].col;
  }
  if (line)
    *line = l;
  if (col)
    *col = c;
}

size_t gsi_dmn_output_count(const gsi_dmn_table *t) { return t->n_out; }

const char *gsi_dmn_output_name(const gsi_dmn_table *t, size_t o) {
  return o < t->n_out ? t->outputs[o].name : NULL;
}

gsi_vtype gsi_dmn_output_type(const gsi_dmn_table *t, size_t o) {
  return o < t->n_out ? (gsi_vtype)t->outputs[o].type : GSI_V_NULL;
}

size_t gsi_dmn_rule_count(const gsi_dmn_table *t) { return t->n_rules; }

const char *gsi_dmn_rule_id(const gsi_dmn_table *t, size_t r) {
  return r < t->n_rules ? t->rules[r].id : NULL;
}

const char *gsi_dmn_rule_text(const gsi_dmn_table *t, size_t r, gs_lang lang) {
  if (r >= t->n_rules)
    return NULL;
  const dmn_rule *rule = &t->rules[r];
  if (lang == GS_LANG_NL)
    return rule->text_nl;
  if (lang == GS_LANG_EN)
    return rule->text_en ? rule->text_en : rule->description;
  return NULL;
}

const gsi_value *gsi_dmn_rule_output(const gsi_dmn_table *t, size_t r, size_t o) {
  if (r >= t->n_rules || o >= t->n_out)
    return NULL;
  return &t->outs[r * t->n_out + o];
}

bool gsi_dmn_rule_is_catch_all(const gsi_dmn_table *t, size_t r) {
  return r < t->n_rules && t->rules[r].catch_all;
}

void gsi_dmn_rule_pos(const gsi_dmn_table *t, size_t r, int *line, int *col) {
  int l = 0, c = 0;
  if (r < t->n_rules) {
    l = t->rules[r].line;
    c = t->rules[r].col;
  }
  if (line)
    *line = l;
  if (col)
    *col = c;
}

/* ---- evaluation -------------------------------------------------------- */

/* FEEL's three-valued result of one test: 1 true, 0 false, -1 null. A
 * null input (or one of another type than the literal) is unequal to every
 * literal but `null`, so `!= 5` holds for it; comparisons and intervals
 * give null. */
static inline int test_match(const dmn_test *x, const gsi_value *v) {
  if (v->type != x->type) {
    if (x->op == OP_EQ)
      return 0;
    if (x->op == OP_NE)
      return 1;
    return -1;
  }
  switch (v->type) {
  case GSI_V_NUMBER: {
    int c = gsi_dec_cmp(&v->num, &x->lo);
    switch (x->op) {
    case OP_EQ: return c == 0;
    case OP_NE: return c != 0;
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    case OP_RANGE: {
      int h = gsi_dec_cmp(&v->num, &x->hi);
      return (x->lo_closed ? c >= 0 : c > 0) && (x->hi_closed ? h <= 0 : h < 0);
    }
    default: return 0;
    }
  }
  case GSI_V_STRING: {
    if (x->op == OP_EQ || x->op == OP_NE) {
      /* most literals differ in their first byte: skip the call then */
      bool eq = v->str[0] == x->s[0] && strcmp(v->str, x->s) == 0;
      return x->op == OP_EQ ? eq : !eq;
    }
    /* UTF-8 byte order is code point order */
    int c = strcmp(v->str, x->s);
    switch (x->op) {
    case OP_LT: return c < 0;
    case OP_LE: return c <= 0;
    case OP_GT: return c > 0;
    case OP_GE: return c >= 0;
    case OP_RANGE: {
      int h = strcmp(v->str, x->s_hi);
      return (x->lo_closed ? c >= 0 : c > 0) && (x->hi_closed ? h <= 0 : h < 0);
    }
    default: return 0;
    }
  }
  case GSI_V_BOOL:
    return x->op == OP_EQ ? v->b == x->b : v->b != x->b;
  default: /* null against the literal null */
    return x->op == OP_EQ;
  }
}

/* A cell: true when one of its tests is true; null when none is true but
 * one is null; not(...) turns true and false around and keeps null. */
static inline bool entry_match(const gsi_dmn_table *t, const dmn_entry *e, const gsi_value *v) {
  if (e->n == 0)
    return true;
  const dmn_test *x = &t->tests[e->first];
  int any = 0;
  for (uint32_t k = 0; k < e->n; k++) {
    int r = test_match(&x[k], v);
    if (r == 1) {
      any = 1;
      break;
    }
    if (r < 0)
      any = -1;
  }
  if (e->negate)
    return any == 0;
  return any == 1;
}

static void format_value(const gsi_value *v, char *buf, size_t size) {
  switch (v->type) {
  case GSI_V_NUMBER: {
    char nb[GSI_DEC_BUF];
    snprintf(buf, size, "%s", gsi_dec_format(&v->num, nb));
    break;
  }
  case GSI_V_STRING: snprintf(buf, size, "\"%.60s\"", v->str); break;
  case GSI_V_BOOL: snprintf(buf, size, "%s", v->b ? "true" : "false"); break;
  default: snprintf(buf, size, "null"); break;
  }
}

/* Negative when rule a's outputs come before rule b's in outputValues order. */
static int prio_cmp(const gsi_dmn_table *t, uint32_t a, uint32_t b) {
  const uint16_t *pa = &t->prio[(size_t)a * t->n_out];
  const uint16_t *pb = &t->prio[(size_t)b * t->n_out];
  for (size_t o = 0; o < t->n_out; o++)
    if (pa[o] != pb[o])
      return pa[o] < pb[o] ? -1 : 1;
  return 0;
}

static bool same_outputs(const gsi_dmn_table *t, uint32_t a, uint32_t b) {
  for (size_t o = 0; o < t->n_out; o++)
    if (!same_value(&t->outs[(size_t)a * t->n_out + o], &t->outs[(size_t)b * t->n_out + o]))
      return false;
  return true;
}

gs_status gsi_dmn_eval(const gsi_dmn_table *t, const gsi_value *inputs, const uint16_t *map,
                       gsi_dmn_result *res) {
  res->n_matched = 0;
  res->n_order = 0;
  res->chosen = -1;
  res->has_aggregate = false;
  if (t->n_in > 0 && inputs == NULL)
    return gsi_einval("decision table '%s': no inputs given", table_label(t));
  if (res->matched == NULL)
    return gsi_einval("decision table '%s': no buffer for the matched rules", table_label(t));
  /* input types and inputValues */
  for (size_t i = 0; i < t->n_in; i++) {
    const dmn_input *in = &t->inputs[i];
    const gsi_value *v = &inputs[map ? map[i] : i];
    if (v->type == GSI_V_NULL)
      continue;
    if (v->type != in->type || (v->type == GSI_V_STRING && v->str == NULL)) {
      return gsi_error(GS_EEVAL, NULL, 0, 0,
                       "decision table '%s': input '%s' must be a %s, but a %s was given",
                       table_label(t), in->name, type_name(in->type),
                       v->type == GSI_V_STRING && v->str == NULL ? "NULL string"
                                                                : type_name(v->type));
    }
    if (in->allowed.n > 0 && !entry_match(t, &in->allowed, v)) {
      char vb[80];
      format_value(v, vb, sizeof vb);
      return gsi_error(GS_EEVAL, NULL, 0, 0,
                       "decision table '%s': input '%s' is %s, which is not one of its allowed "
                       "values (%s)",
                       table_label(t), in->name, vb, in->allowed_text);
    }
  }
  /* matching */
  size_t n = 0;
  for (size_t r = 0; r < t->n_rules; r++) {
    uint32_t k = t->check_first[r], end = t->check_first[r + 1];
    for (; k < end; k++) {
      const dmn_check *ck = &t->checks[k];
      const gsi_value *v = &inputs[map ? map[ck->input] : ck->input];
      bool ok = ck->simple ? test_match(&ck->test, v) == 1
                           : entry_match(t, &t->entries[ck->cell], v);
      if (!ok)
        break;
    }
    if (k < end)
      continue;
    res->matched[n++] = (uint32_t)r;
    if (t->hit == GSI_HIT_FIRST)
      break;
  }
  res->n_matched = n;
  char ra[96], rb[96];
  switch ((gsi_hit_policy)t->hit) {
  case GSI_HIT_UNIQUE:
    if (n > 1)
      return gsi_error(GS_EEVAL, NULL, 0, 0,
                       "decision table '%s' (hit policy UNIQUE): rules %s and %s both match; "
                       "a UNIQUE table allows only one",
                       table_label(t), rule_label(t, res->matched[0], ra, sizeof ra),
                       rule_label(t, res->matched[1], rb, sizeof rb));
    /* fall through */
  case GSI_HIT_FIRST:
    res->chosen = n > 0 ? (int32_t)res->matched[0] : -1;
    break;
  case GSI_HIT_ANY:
    for (size_t k = 1; k < n; k++)
      if (!same_outputs(t, res->matched[0], res->matched[k]))
        return gsi_error(GS_EEVAL, NULL, 0, 0,
                         "decision table '%s' (hit policy ANY): rules %s and %s both match "
                         "but give different outputs",
                         table_label(t), rule_label(t, res->matched[0], ra, sizeof ra),
                         rule_label(t, res->matched[k], rb, sizeof rb));
    res->chosen = n > 0 ? (int32_t)res->matched[0] : -1;
    break;
  case GSI_HIT_PRIORITY: {
    int32_t best = -1;
    for (size_t k = 0; k < n; k++)
      if (best < 0 || prio_cmp(t, res->matched[k], (uint32_t)best) < 0)
        best = (int32_t)res->matched[k];
    res->chosen = best;
    break;
  }
  case GSI_HIT_RULE_ORDER:
  case GSI_HIT_OUTPUT_ORDER:
  case GSI_HIT_COLLECT:
    if (t->hit == GSI_HIT_COLLECT && t->agg != GSI_AGG_NONE) {
      if (res->aggregate == NULL)
        return gsi_einval("decision table '%s': no buffer for the aggregate", table_label(t));
      gsi_dec acc;
      res->aggregate[0] = 0;
      res->has_aggregate = gsi_dmn_eval_aggregate(t, res, &acc);
      if (res->has_aggregate)
        res->aggregate[0] = gsi_dec_to_double(&acc);
      break;
    }
    if (res->order == NULL)
      return gsi_einval("decision table '%s': no buffer for the result order", table_label(t));
    for (size_t k = 0; k < n; k++) {
      uint32_t r = res->matched[k];
      size_t j = k;
      if (t->hit == GSI_HIT_OUTPUT_ORDER)
        while (j > 0 && prio_cmp(t, r, res->order[j - 1]) < 0) {
          res->order[j] = res->order[j - 1];
          j--;
        }
      res->order[j] = r;
    }
    res->n_order = n;
    break;
  }
  return GS_OK;
}

bool gsi_dmn_eval_aggregate(const gsi_dmn_table *t, const gsi_dmn_result *res, gsi_dec *out) {
  if (t->hit != GSI_HIT_COLLECT || t->agg == GSI_AGG_NONE)
    return false;
  size_t n = res->n_matched;
  if (t->agg == GSI_AGG_COUNT) {
    *out = gsi_dec_int((int64_t)n);
    return true;
  }
  gsi_dec acc = gsi_dec_int(0);
  bool have = false;
  for (size_t k = 0; k < n; k++) {
    const gsi_value *v = &t->outs[(size_t)res->matched[k] * t->n_out];
    if (v->type != GSI_V_NUMBER)
      continue; /* a null output entry does not take part */
    if (t->agg == GSI_AGG_SUM) {
      if (!gsi_dec_add(&acc, &v->num, &acc))
        return false;
    } else if (!have || (t->agg == GSI_AGG_MIN ? gsi_dec_cmp(&v->num, &acc) < 0
                                               : gsi_dec_cmp(&v->num, &acc) > 0)) {
      acc = v->num;
    }
    have = true;
  }
  if (!have)
    return false;
  *out = acc;
  return true;
}

/* ---- public API: decisions and evaluators (gs-pack.h) ------------------- */

#define TAB(d) ((const gsi_dmn_table *)(const void *)(d))

const char *gs_decision_id(const gs_decision *decision) {
  return decision ? TAB(decision)->id : NULL;
}

const char *gs_decision_name(const gs_decision *decision) {
  return decision ? TAB(decision)->name : NULL;
}

gs_hit_policy gs_decision_hit_policy(const gs_decision *decision) {
  return decision ? (gs_hit_policy)TAB(decision)->hit : (gs_hit_policy)0;
}

gs_aggregation gs_decision_aggregation(const gs_decision *decision) {
  return decision ? (gs_aggregation)TAB(decision)->agg : GS_AGGREGATION_NONE;
}

size_t gs_decision_input_count(const gs_decision *decision) {
  return decision ? TAB(decision)->n_in : 0;
}

const char *gs_decision_input_name(const gs_decision *decision, size_t index) {
  return decision ? gsi_dmn_input_name(TAB(decision), index) : NULL;
}

gs_value_type gs_decision_input_type(const gs_decision *decision, size_t index) {
  return decision ? (gs_value_type)gsi_dmn_input_type(TAB(decision), index) : GS_VALUE_NULL;
}

const char *gs_decision_input_values(const gs_decision *decision, size_t index) {
  if (decision == NULL || index >= TAB(decision)->n_in)
    return NULL;
  return TAB(decision)->inputs[index].allowed_text;
}

size_t gs_decision_output_count(const gs_decision *decision) {
  return decision ? TAB(decision)->n_out : 0;
}

const char *gs_decision_output_name(const gs_decision *decision, size_t index) {
  return decision ? gsi_dmn_output_name(TAB(decision), index) : NULL;
}

gs_value_type gs_decision_output_type(const gs_decision *decision, size_t index) {
  return decision ? (gs_value_type)gsi_dmn_output_type(TAB(decision), index) : GS_VALUE_NULL;
}

size_t gs_decision_rule_count(const gs_decision *decision) {
  return decision ? TAB(decision)->n_rules : 0;
}

const char *gs_decision_rule_id(const gs_decision *decision, size_t rule) {
  return decision ? gsi_dmn_rule_id(TAB(decision), rule) : NULL;
}

const char *gs_decision_rule_text(const gs_decision *decision, size_t rule, gs_lang lang) {
  return decision ? gsi_dmn_rule_text(TAB(decision), rule, lang) : NULL;
}

const char *gs_decision_rule_input_text(const gs_decision *decision, size_t rule, size_t input) {
  const gsi_dmn_table *t = TAB(decision);
  if (t == NULL || rule >= t->n_rules || input >= t->n_in)
    return NULL;
  return t->entry_text[rule * t->n_in + input];
}

const char *gs_decision_rule_output_text(const gs_decision *decision, size_t rule,
                                         size_t output) {
  const gsi_dmn_table *t = TAB(decision);
  if (t == NULL || rule >= t->n_rules || output >= t->n_out)
    return NULL;
  return t->out_text[rule * t->n_out + output];
}

struct gs_evaluator {
  const gsi_dmn_table *t;
  gsi_value *inputs;            /* n_in */
  char **strings;               /* n_in owned copies for string inputs */
  size_t *string_caps;          /* n_in */
  uint32_t *matched;            /* n_rules */
  uint32_t *order;              /* n_rules */
  double *aggregate;            /* n_out */
  gsi_dmn_result res;
  bool ran;                     /* the last run succeeded */
};

gs_status gs_evaluator_new(gs_evaluator **out, const gs_decision *decision) {
  if (out == NULL || decision == NULL)
    return gsi_einval("gs_evaluator_new: out and decision must not be NULL");
  const gsi_dmn_table *t = TAB(decision);
  gs_evaluator *ev = gsi_calloc(1, sizeof *ev);
  if (ev == NULL)
    return gsi_oom();
  ev->t = t;
  ev->inputs = gsi_calloc(t->n_in + 1, sizeof *ev->inputs);
  ev->strings = gsi_calloc(t->n_in + 1, sizeof *ev->strings);
  ev->string_caps = gsi_calloc(t->n_in + 1, sizeof *ev->string_caps);
  ev->matched = gsi_calloc(t->n_rules + 1, sizeof *ev->matched);
  ev->order = gsi_calloc(t->n_rules + 1, sizeof *ev->order);
  ev->aggregate = gsi_calloc(t->n_out + 1, sizeof *ev->aggregate);
  if (!ev->inputs || !ev->strings || !ev->string_caps || !ev->matched || !ev->order ||
      !ev->aggregate) {
    gs_evaluator_free(ev);
    return gsi_oom();
  }
  ev->res.matched = ev->matched;
  ev->res.order = ev->order;
  ev->res.aggregate = ev->aggregate;
  ev->res.chosen = -1;
  *out = ev;
  return GS_OK;
}

void gs_evaluator_free(gs_evaluator *ev) {
  if (ev == NULL)
    return;
  if (ev->strings != NULL)
    for (size_t i = 0; i < ev->t->n_in; i++)
      gsi_free(ev->strings[i]);
  gsi_free(ev->inputs);
  gsi_free(ev->strings);
  gsi_free(ev->string_caps);
  gsi_free(ev->matched);
  gsi_free(ev->order);
  gsi_free(ev->aggregate);
  gsi_free(ev);
}

static void forget_results(gs_evaluator *ev) {
  ev->ran = false;
  ev->res.n_matched = 0;
  ev->res.n_order = 0;
  ev->res.chosen = -1;
  ev->res.has_aggregate = false;
}

/* Checks arguments and that some input has this name. */
static gs_status find_input(const gs_evaluator *ev, const char *input, const char *fn) {
  if (ev == NULL || input == NULL)
    return gsi_einval("%s: the evaluator and the input name must not be NULL", fn);
  for (size_t i = 0; i < ev->t->n_in; i++)
    if (strcmp(ev->t->inputs[i].name, input) == 0)
      return GS_OK;
  return gsi_error(GS_ENOTFOUND, NULL, 0, 0, "decision table '%s' has no input named '%s'",
                   table_label(ev->t), input);
}

static gs_status set_value(gs_evaluator *ev, const char *input, const gsi_value *v,
                           const char *fn) {
  gs_status st = find_input(ev, input, fn);
  if (st != GS_OK)
    return st;
  forget_results(ev);
  for (size_t i = 0; i < ev->t->n_in; i++)
    if (strcmp(ev->t->inputs[i].name, input) == 0)
      ev->inputs[i] = *v;
  return GS_OK;
}

gs_status gs_evaluator_set_number(gs_evaluator *ev, const char *input, double value) {
  gsi_value v = { GSI_V_NUMBER, false, NULL, { 0, 0 } };
  if (!gsi_dec_from_double(value, &v.num))
    return gsi_einval("gs_evaluator_set_number: input '%s': the value is not a finite number",
                      input ? input : "");
  return set_value(ev, input, &v, "gs_evaluator_set_number");
}

gs_status gs_evaluator_set_bool(gs_evaluator *ev, const char *input, int value) {
  gsi_value v = { GSI_V_BOOL, value != 0, NULL, { 0, 0 } };
  return set_value(ev, input, &v, "gs_evaluator_set_bool");
}

gs_status gs_evaluator_set_null(gs_evaluator *ev, const char *input) {
  gsi_value v = { GSI_V_NULL, false, NULL, { 0, 0 } };
  return set_value(ev, input, &v, "gs_evaluator_set_null");
}

gs_status gs_evaluator_set_string(gs_evaluator *ev, const char *input, const char *value) {
  gs_status st = find_input(ev, input, "gs_evaluator_set_string");
  if (st != GS_OK)
    return st;
  if (value == NULL)
    return gsi_einval("gs_evaluator_set_string: the value must not be NULL");
  size_t len = strlen(value) + 1;
  /* grow every buffer first, so that a failure changes nothing */
  for (size_t i = 0; i < ev->t->n_in; i++) {
    if (strcmp(ev->t->inputs[i].name, input) != 0 || ev->string_caps[i] >= len)
      continue;
    char *p = gsi_realloc(ev->strings[i], len);
    if (p == NULL)
      return gsi_oom();
    /* a realloc may move the buffer the current value points into */
    if (ev->inputs[i].type == GSI_V_STRING && ev->inputs[i].str == ev->strings[i])
      ev->inputs[i].str = p;
    ev->strings[i] = p;
    ev->string_caps[i] = len;
  }
  forget_results(ev);
  for (size_t i = 0; i < ev->t->n_in; i++) {
    if (strcmp(ev->t->inputs[i].name, input) != 0)
      continue;
    memcpy(ev->strings[i], value, len);
    gsi_value v = { GSI_V_STRING, false, ev->strings[i], { 0, 0 } };
    ev->inputs[i] = v;
  }
  return GS_OK;
}

void gs_evaluator_clear(gs_evaluator *ev) {
  if (ev == NULL)
    return;
  forget_results(ev);
  memset(ev->inputs, 0, (ev->t->n_in + 1) * sizeof *ev->inputs);
}

gs_status gs_evaluator_run(gs_evaluator *ev) {
  if (ev == NULL)
    return gsi_einval("gs_evaluator_run: the evaluator must not be NULL");
  gs_status st = gsi_dmn_eval(ev->t, ev->inputs, NULL, &ev->res);
  if (st != GS_OK) {
    forget_results(ev);
    return st;
  }
  ev->ran = true;
  return GS_OK;
}

size_t gs_evaluator_match_count(const gs_evaluator *ev) {
  return ev && ev->ran ? ev->res.n_matched : 0;
}

size_t gs_evaluator_match_rule(const gs_evaluator *ev, size_t k) {
  return k < gs_evaluator_match_count(ev) ? ev->res.matched[k] : (size_t)-1;
}

size_t gs_evaluator_result_count(const gs_evaluator *ev) {
  if (ev == NULL || !ev->ran)
    return 0;
  switch ((gsi_hit_policy)ev->t->hit) {
  case GSI_HIT_RULE_ORDER:
  case GSI_HIT_OUTPUT_ORDER:
  case GSI_HIT_COLLECT:
    return ev->res.n_order;
  default:
    return ev->res.chosen >= 0 ? 1 : 0;
  }
}

size_t gs_evaluator_result_rule(const gs_evaluator *ev, size_t k) {
  if (k >= gs_evaluator_result_count(ev))
    return (size_t)-1;
  if (ev->res.chosen >= 0)
    return (size_t)ev->res.chosen;
  return ev->res.order[k];
}

int gs_evaluator_has_result(const gs_evaluator *ev) {
  return gs_evaluator_result_count(ev) > 0 || (ev != NULL && ev->ran && ev->res.has_aggregate);
}

static const gsi_value *result_value(const gs_evaluator *ev, size_t k, size_t output) {
  size_t r = gs_evaluator_result_rule(ev, k);
  if (r == (size_t)-1 || output >= ev->t->n_out)
    return NULL;
  return &ev->t->outs[r * ev->t->n_out + output];
}

gs_value_type gs_evaluator_result_type(const gs_evaluator *ev, size_t k, size_t output) {
  const gsi_value *v = result_value(ev, k, output);
  return v ? (gs_value_type)v->type : GS_VALUE_NULL;
}

double gs_evaluator_result_number(const gs_evaluator *ev, size_t k, size_t output) {
  const gsi_value *v = result_value(ev, k, output);
  return v && v->type == GSI_V_NUMBER ? gsi_dec_to_double(&v->num) : 0;
}

const char *gs_evaluator_result_string(const gs_evaluator *ev, size_t k, size_t output) {
  const gsi_value *v = result_value(ev, k, output);
  return v && v->type == GSI_V_STRING ? v->str : NULL;
}

int gs_evaluator_result_bool(const gs_evaluator *ev, size_t k, size_t output) {
  const gsi_value *v = result_value(ev, k, output);
  return v && v->type == GSI_V_BOOL && v->b ? 1 : 0;
}

gs_status gs_evaluator_aggregate(const gs_evaluator *ev, size_t output, double *out) {
  if (ev == NULL || out == NULL)
    return gsi_einval("gs_evaluator_aggregate: the evaluator and out must not be NULL");
  if (ev->t->agg == GSI_AGG_NONE)
    return gsi_einval("decision table '%s' does not aggregate (it is not COLLECT with SUM, "
                      "COUNT, MIN or MAX)",
                      table_label(ev->t));
  if (output >= ev->t->n_out)
    return gsi_einval("decision table '%s' has no output %zu", table_label(ev->t), output);
  if (!ev->ran || !ev->res.has_aggregate)
    return gsi_error(GS_ENOTFOUND, NULL, 0, 0,
                     "decision table '%s': no aggregate (no rule matched)", table_label(ev->t));
  *out = ev->aggregate[output];
  return GS_OK;
}
