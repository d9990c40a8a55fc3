/*
 * libgoedestart - the assessment vocabulary writer (formats.md
 * "Assessment"): attributes in the order shown there, two-space
 * indentation, UTF-8, a final newline; byte-identical for identical inputs.
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <string.h>

#include "assess.h"
#include "buf.h"
#include "codes.h"

#define GSI_ASSESSMENT_NS "urn:goedestart:assessment:1"

struct gs_assessment_writer {
  gsi_buf buf;
  bool single;
  gs_lang lang;
  size_t count;
  bool ended;
};

static void open_tag(gsi_buf *b, int depth, const char *name) {
  gsi_buf_indent(b, depth);
  gsi_buf_putc(b, '<');
  gsi_buf_puts(b, name);
}

static void close_tag(gsi_buf *b, int depth, const char *name) {
  gsi_buf_indent(b, depth);
  gsi_buf_puts(b, "</");
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, ">\n");
}

static void write_routes(gsi_buf *b, const gs_assessment *a, int depth, uint32_t first,
                         uint32_t n, uint8_t gap_from, uint8_t gap_to) {
  for (uint32_t r = 0; r < n; r++) {
    const gsi_route_entry *rt = &a->routes[first + r];
    const gsi_offer *of = &a->catalog->offers[rt->offer];
    open_tag(b, depth, "route");
    gsi_buf_xml_attr(b, "offer", of->id);
    gsi_buf_xml_attr_int(b, "level", of->level);
    gsi_buf_xml_attr(b, "scope", of->scope);
    if (of->indication)
      gsi_buf_xml_attr(b, "indication", "true");
    if (rt->fallback)
      gsi_buf_xml_attr(b, "fallback", "true");
    if (rt->check != GS_CHECK_NONE)
      gsi_buf_xml_attr(b, "check", gsi_code_token(GS_KIND_ROUTE_CHECK, rt->check));
    gsi_buf_puts(b, "/>\n");
  }
  if (gap_from != 0) {
    open_tag(b, depth, "gap");
    gsi_buf_xml_attr_int(b, "from-level", gap_from);
    gsi_buf_xml_attr_int(b, "to-level", gap_to);
    gsi_buf_puts(b, "/>\n");
  }
}

/* Ends an element that may have children: "/>" when it has none. */
static void end_open(gsi_buf *b, bool children) {
  gsi_buf_puts(b, children ? ">\n" : "/>\n");
}

/* Ends an element whose content is a text in lang: empty without one. */
static void end_text(gsi_buf *b, const char *name, const char *text) {
  if (text == NULL || *text == '\0') {
    gsi_buf_puts(b, "/>\n");
    return;
  }
  gsi_buf_putc(b, '>');
  gsi_buf_xml_text(b, text);
  gsi_buf_puts(b, "</");
  gsi_buf_puts(b, name);
  gsi_buf_puts(b, ">\n");
}

static void write_assessment(gsi_buf *b, const gs_assessment *a, int d, bool with_ns,
                             gs_lang lang) {
  const gs_family *f = a->family;
  const gs_pack *p = a->pack;
  open_tag(b, d, "assessment");
  if (with_ns)
    gsi_buf_xml_attr(b, "xmlns", GSI_ASSESSMENT_NS);
  gsi_buf_xml_attr(b, "family", f->id);
  gsi_buf_xml_attr_date(b, "as-of", a->as_of);
  gsi_buf_xml_attr(b, "pack", p->id);
  gsi_buf_xml_attr(b, "pack-version", p->version);
  gsi_buf_xml_attr(b, "pack-sha256", p->sha256);
  if (a->catalog != NULL) {
    gsi_buf_xml_attr(b, "catalog", a->catalog->id);
    gsi_buf_xml_attr(b, "catalog-version", a->catalog->version);
    gsi_buf_xml_attr(b, "catalog-sha256", a->catalog->sha256);
  }
  gsi_buf_xml_attr(b, "library-version", GS_VERSION_STRING);
  gsi_buf_puts(b, ">\n");

  /* phases */
  open_tag(b, d + 1, "phases");
  gsi_buf_xml_attr(b, "first-1000-days", a->first_1000_days ? "true" : "false");
  end_open(b, a->n_phases > 0);
  for (size_t i = 0; i < a->n_phases; i++) {
    const gsi_phase_rec *ph = &a->phases[i];
    open_tag(b, d + 2, "phase");
    gsi_buf_xml_attr(b, "code", gsi_code_token(GS_KIND_PHASE, ph->phase));
    gsi_buf_xml_attr(b, "subject", gsi_assess_subject_id(f, ph->subject_kind, ph->subject));
    if (ph->from != GS_DATE_NONE) {
      gsi_buf_xml_attr_date(b, "from", ph->from);
      gsi_buf_xml_attr_date(b, "until", ph->until);
    }
    gsi_buf_puts(b, "/>\n");
  }
  if (a->n_phases > 0)
    close_tag(b, d + 1, "phases");

  /* schedule */
  open_tag(b, d + 1, "schedule");
  end_open(b, a->n_listed > 0);
  for (size_t i = 0; i < a->n_listed; i++) {
    const gsi_instance *in = &a->instances[a->listed[i]];
    const gsi_moment *m = &p->moments[in->moment];
    open_tag(b, d + 2, "moment");
    gsi_buf_xml_attr(b, "id", m->id);
    gsi_buf_xml_attr(b, "subject", gsi_assess_subject_id(f, in->subject_kind, in->subject));
    if (in->trigger >= 0)
      gsi_buf_xml_attr(b, "trigger", f->contacts[in->trigger].id);
    gsi_buf_xml_attr_date(b, "open", in->anchor + m->open);
    gsi_buf_xml_attr_date(b, "due", in->anchor + m->due);
    gsi_buf_xml_attr_date(b, "overdue", in->anchor + m->overdue);
    gsi_buf_xml_attr_date(b, "close", in->anchor + m->close);
    gsi_buf_xml_attr(b, "status", gsi_code_token(GS_KIND_MOMENT_STATUS, in->status));
    if (in->status == GS_MOMENT_DONE)
      gsi_buf_xml_attr_date(b, "done", in->done);
    gsi_buf_puts(b, "/>\n");
  }
  if (a->n_listed > 0)
    close_tag(b, d + 1, "schedule");

  /* facts */
  open_tag(b, d + 1, "facts");
  gsi_buf_puts(b, ">\n");
  for (size_t i = 0; i < GSI_FACT_FAMILY_N; i++) {
    char num[24];
    open_tag(b, d + 2, "fact");
    gsi_buf_xml_attr(b, "name", gsi_fact_name((gsi_fact)i));
    gsi_buf_xml_attr(b, "value", gsi_assess_fact_text(a, i, num, sizeof num));
    gsi_buf_puts(b, "/>\n");
  }
  close_tag(b, d + 1, "facts");

  /* care need and reasons */
  open_tag(b, d + 1, "care-need");
  gsi_buf_xml_attr(b, "outcome", gsi_code_token(GS_KIND_CARE_NEED, a->care_need));
  end_open(b, a->n_reasons > 0);
  for (size_t i = 0; i < a->n_reasons; i++) {
    const gsi_dmn_table *t = p->care_need.table;
    open_tag(b, d + 2, "reason");
    gsi_buf_xml_attr(b, "rule", gsi_dmn_rule_id(t, a->reasons[i]));
    gsi_buf_xml_attr(b, "table", gsi_dmn_table_id(t));
    const char *text = lang != GS_LANG_NONE ? gsi_dmn_rule_text(t, a->reasons[i], lang) : NULL;
    if (text != NULL && *text != '\0') {
      gsi_buf_putc(b, '>');
      gsi_buf_xml_text(b, text);
      gsi_buf_puts(b, "</reason>\n");
    } else {
      gsi_buf_puts(b, "/>\n");
    }
  }
  if (a->n_reasons > 0)
    close_tag(b, d + 1, "care-need");

  /* needs */
  open_tag(b, d + 1, "needs");
  end_open(b, a->n_needs > 0);
  for (size_t i = 0; i < a->n_needs; i++) {
    const gsi_need *n = &a->needs[i];
    open_tag(b, d + 2, "need");
    gsi_buf_xml_attr(b, "topic", gsi_code_token(GS_KIND_TOPIC, n->topic));
    gsi_buf_xml_attr_int(b, "severity", n->severity);
    gsi_buf_xml_attr_int(b, "level", n->level);
    gsi_buf_xml_attr(b, "level-rule", gsi_dmn_rule_id(p->start_level.table, n->level_rule));
    if (n->new_goal)
      gsi_buf_xml_attr(b, "new-goal", "true");
    bool children = n->n_routes > 0 || n->gap_from != 0;
    end_open(b, children);
    if (children) {
      write_routes(b, a, d + 3, n->route_first, n->n_routes, n->gap_from, n->gap_to);
      close_tag(b, d + 2, "need");
    }
  }
  if (a->n_needs > 0)
    close_tag(b, d + 1, "needs");

  /* plan advice */
  open_tag(b, d + 1, "plan-advice");
  end_open(b, a->n_advice > 0);
  for (size_t i = 0; i < a->n_advice; i++) {
    const gsi_advice *ad = &a->advice[i];
    const char *goal = ad->goal >= 0 ? f->goals[ad->goal].id : NULL;
    const char *action = ad->action >= 0 ? f->actions[ad->action].id : NULL;
    char text[1024];
    text[0] = '\0';
    if (lang != GS_LANG_NONE)
      gsi_advice_text(a, ad, lang, text, sizeof text);
    switch (ad->kind) {
    case GSI_ADVICE_MELDCODE:
      open_tag(b, d + 2, "meldcode");
      gsi_buf_xml_attr_int(b, "next-step", ad->step);
      gsi_buf_xml_attr_date(b, "since", ad->since);
      gsi_buf_xml_attr(b, "safety", gsi_code_token(GS_KIND_SAFETY, ad->safety));
      end_text(b, "meldcode", text);
      break;
    case GSI_ADVICE_INTEGRATED_PLAN:
      open_tag(b, d + 2, "integrated-plan");
      gsi_buf_xml_attr_int(b, "concerns", ad->concerns);
      gsi_buf_xml_attr_int(b, "priorities", p->params[GSI_PARAM_PLAN_PRIORITIES]);
      end_text(b, "integrated-plan", text);
      break;
    case GSI_ADVICE_OFFER_CHECK:
      open_tag(b, d + 2, "offer-check");
      gsi_buf_xml_attr(b, "goal", goal);
      gsi_buf_xml_attr(b, "action", action);
      gsi_buf_xml_attr(b, "offer", f->actions[ad->action].offer);
      gsi_buf_xml_attr(b, "problem", gsi_code_token(GS_KIND_OFFER_PROBLEM, ad->problem));
      gsi_buf_puts(b, "/>\n");
      break;
    case GSI_ADVICE_REVIEW: {
      open_tag(b, d + 2, "review-advice");
      gsi_buf_xml_attr(b, "goal", goal);
      gsi_buf_xml_attr(b, "action", action);
      gsi_buf_xml_attr(b, "review", gsi_code_token(GS_KIND_REVIEW_OUTCOME, ad->review));
      gsi_buf_xml_attr(b, "move", gsi_code_token(GS_KIND_MOVE, ad->move));
      gsi_buf_xml_attr_int(b, "level", ad->level);
      gsi_buf_xml_attr(b, "rule", gsi_dmn_rule_id(p->level_review.table, ad->rule));
      bool children = ad->n_routes > 0 || ad->gap_from != 0;
      end_open(b, children);
      if (children) {
        write_routes(b, a, d + 3, ad->route_first, ad->n_routes, ad->gap_from, ad->gap_to);
        close_tag(b, d + 2, "review-advice");
      }
      break;
    }
    case GSI_ADVICE_REVIEW_OVERDUE:
      open_tag(b, d + 2, "review-overdue");
      gsi_buf_xml_attr(b, "goal", goal);
      gsi_buf_xml_attr(b, "action", action);
      gsi_buf_xml_attr_date(b, "since", ad->since);
      gsi_buf_puts(b, "/>\n");
      break;
    case GSI_ADVICE_CONCLUSION_DIFFERS:
      open_tag(b, d + 2, "conclusion-differs");
      gsi_buf_xml_attr_date(b, "date", f->conclusions[ad->conclusion].date);
      gsi_buf_xml_attr(b, "agreed", gsi_code_token(GS_KIND_CARE_NEED, ad->agreed));
      gsi_buf_xml_attr(b, "proposed-now", gsi_code_token(GS_KIND_CARE_NEED, ad->proposed_now));
      gsi_buf_puts(b, "/>\n");
      break;
    default:
      open_tag(b, d + 2, "plan-closable");
      gsi_buf_puts(b, "/>\n");
      break;
    }
  }
  if (a->n_advice > 0)
    close_tag(b, d + 1, "plan-advice");

  if (a->conversation_start != 0) {
    open_tag(b, d + 1, "conversation-start");
    gsi_buf_xml_attr(b, "dimension", gsi_code_token(GS_KIND_PH_DIMENSION, a->conversation_start));
    gsi_buf_puts(b, "/>\n");
  }

  /* notes: what was not counted */
  open_tag(b, d + 1, "notes");
  end_open(b, a->n_notes > 0);
  for (size_t i = 0; i < a->n_notes; i++) {
    const gsi_note *n = &a->notes[i];
    open_tag(b, d + 2, "note");
    gsi_buf_xml_attr(b, "kind", gsi_code_token(GS_KIND_NOTE, n->kind));
    switch (n->kind) {
    case GS_NOTE_MUNICIPALITY_UNKNOWN:
      gsi_buf_xml_attr(b, "municipality", f->municipality_code);
      break;
    case GS_NOTE_MUNICIPALITY_FORMER: {
      const gsi_cat_former *fm = &a->catalog->formers[n->former];
      gsi_buf_xml_attr(b, "municipality", f->municipality_code);
      gsi_buf_xml_attr(b, "successor", a->catalog->municipalities[fm->municipality].code_str);
      gsi_buf_xml_attr_date(b, "date", n->date);
      break;
    }
    default: {
      gsi_buf_xml_attr_date(b, "date", n->date);
      gsi_buf_xml_attr(b, "contact", f->contacts[n->contact].id);
      if (n->kind == GS_NOTE_UNKNOWN_MOMENT) {
        gsi_buf_xml_attr(b, "moment", f->contacts[n->contact].moment);
        break;
      }
      gsi_buf_xml_attr(b, "finding", gsi_code_token(GS_KIND_FINDING, n->finding));
      const char *item = n->kind == GS_NOTE_EXPIRED ? gsi_note_item(a, n) : NULL;
      if (item != NULL)
        gsi_buf_xml_attr(b, "item", item);
      if (n->caregiver >= 0)
        gsi_buf_xml_attr(b, "caregiver", f->caregivers[n->caregiver].id);
      break;
    }
    }
    char text[1024];
    text[0] = '\0';
    if (lang != GS_LANG_NONE)
      gsi_note_text(a, n, lang, text, sizeof text);
    end_text(b, "note", text);
  }
  if (a->n_notes > 0)
    close_tag(b, d + 1, "notes");
  close_tag(b, d, "assessment");
}

static const char xml_decl[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

GS_EXPORT gs_status gs_assessment_write_xml(const gs_assessment *a, gs_lang lang, char **out,
                                            size_t *len) {
  if (a == NULL || out == NULL)
    return gsi_einval("gs_assessment_write_xml: assessment and out are required");
  if (!a->valid)
    return gsi_einval("gs_assessment_write_xml: the assessment holds no result");
  gsi_buf b = GSI_BUF_INIT;
  gsi_buf_puts(&b, xml_decl);
  write_assessment(&b, a, 0, true, lang);
  return gsi_buf_take(&b, out, len);
}

GS_EXPORT gs_status gs_assessment_writer_new(gs_assessment_writer **out, int single,
                                             gs_lang lang) {
  if (out == NULL)
    return gsi_einval("gs_assessment_writer_new: out is NULL");
  if (lang != GS_LANG_NONE && lang != GS_LANG_NL && lang != GS_LANG_EN)
    return gsi_einval("gs_assessment_writer_new: unknown language %d", (int)lang);
  gs_assessment_writer *w = gsi_calloc(1, sizeof *w);
  if (w == NULL)
    return gsi_oom();
  gsi_buf_init(&w->buf);
  w->single = single != 0;
  w->lang = lang;
  gsi_buf_puts(&w->buf, xml_decl);
  if (!w->single)
    gsi_buf_puts(&w->buf, "<assessments xmlns=\"" GSI_ASSESSMENT_NS "\">\n");
  gs_status st = gsi_buf_status(&w->buf);
  if (st != GS_OK) {
    gsi_buf_free(&w->buf);
    gsi_free(w);
    return st;
  }
  *out = w;
  return GS_OK;
}

GS_EXPORT gs_status gs_assessment_writer_add(gs_assessment_writer *w, const gs_assessment *a) {
  if (w == NULL || a == NULL)
    return gsi_einval("gs_assessment_writer_add: writer and assessment are required");
  if (!a->valid)
    return gsi_einval("gs_assessment_writer_add: the assessment holds no result");
  if (w->ended || (w->single && w->count > 0))
    return gsi_error(GS_ESTATE, NULL, 0, 0,
                     w->ended ? "gs_assessment_writer_add: the document has ended"
                              : "gs_assessment_writer_add: a single-assessment document takes one");
  size_t mark = w->buf.len;
  write_assessment(&w->buf, a, w->single ? 0 : 1, w->single, w->lang);
  if (w->buf.oom) {
    /* drop the partial element so the writer stays consistent */
    w->buf.oom = false;
    w->buf.len = mark;
    if (w->buf.data)
      w->buf.data[mark] = '\0';
    return gsi_oom();
  }
  w->count++;
  return GS_OK;
}

GS_EXPORT gs_status gs_assessment_writer_end(gs_assessment_writer *w) {
  if (w == NULL)
    return gsi_einval("gs_assessment_writer_end: writer is NULL");
  if (w->ended)
    return gsi_error(GS_ESTATE, NULL, 0, 0, "gs_assessment_writer_end: the document has ended");
  if (w->single && w->count == 0)
    return gsi_error(GS_ESTATE, NULL, 0, 0,
                     "gs_assessment_writer_end: a single-assessment document needs its assessment");
  if (!w->single) {
    size_t mark = w->buf.len;
    gsi_buf_puts(&w->buf, "</assessments>\n");
    if (w->buf.oom) {
      w->buf.oom = false;
      w->buf.len = mark;
      if (w->buf.data)
        w->buf.data[mark] = '\0';
      return gsi_oom();
    }
  }
  w->ended = true;
  return GS_OK;
}

GS_EXPORT const char *gs_assessment_writer_pending(const gs_assessment_writer *w, size_t *len) {
  if (w == NULL || w->buf.data == NULL) {
    if (len)
      *len = 0;
    return "";
  }
  if (len)
    *len = w->buf.len;
  return w->buf.data;
}

GS_EXPORT void gs_assessment_writer_clear(gs_assessment_writer *w) {
  if (w != NULL)
    gsi_buf_reset(&w->buf);
}

GS_EXPORT void gs_assessment_writer_free(gs_assessment_writer *w) {
  if (w == NULL)
    return;
  gsi_buf_free(&w->buf);
  gsi_free(w);
}
