/*
 * libgoedestart - fuzz target: dossier XML (lib/xml-dossier.c,
 * lib/xml-dossier-reader.c).
 * SPDX-License-Identifier: EUPL-1.2
 *
 * Invariants, each an abort() when broken:
 *  - a failed whole load leaves its output untouched and records an error
 *    with a message and the status returned;
 *  - a loaded dossier saves, loads back equal, and saves byte-identical;
 *  - the streaming reader agrees with whole loading: the same families when
 *    the load succeeds (unless the reader refuses the encoding), an error
 *    when it fails; it never returns GS_OK with a family after GS_ESTATE;
 *  - the schema's rules in C agree with libxml2's validation against the
 *    embedded dossier.xsd on every well-formed document (documents using
 *    the XML Schema instance namespace excepted: libxml2 obeys xsi:type,
 *    the loader refuses it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xml-dossier.h"
#include "xml-util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_failure(gs_status st) {
  if (st != GS_EPARSE && st != GS_ENOMEM && st != GS_EIO)
    abort();
  if (gs_error_code(gs_error_last()) != st || gs_error_message(gs_error_last())[0] == '\0')
    abort();
}

static char *save_all(const gs_dossier *d, size_t *len) {
  size_t n = gs_dossier_family_count(d);
  const gs_family **fs = malloc(n * sizeof *fs);
  if (fs == NULL)
    abort();
  for (size_t i = 0; i < n; i++)
    fs[i] = gs_dossier_family(d, i);
  char *out = NULL;
  if (gs_dossier_save_memory(fs, n, gs_dossier_root_is_family(d), &out, len) != GS_OK)
    abort();
  free(fs);
  return out;
}

static void round_trip(const gs_dossier *d) {
  size_t len1, len2;
  char *first = save_all(d, &len1);
  gs_dossier *d2 = NULL;
  if (gs_dossier_load_memory(&d2, first, len1, "saved.xml") != GS_OK)
    abort();
  if (gs_dossier_family_count(d2) != gs_dossier_family_count(d) ||
      gs_dossier_root_is_family(d2) != gs_dossier_root_is_family(d))
    abort();
  for (size_t i = 0; i < gs_dossier_family_count(d); i++)
    if (!gs_family_equal(gs_dossier_family(d, i), gs_dossier_family(d2, i)))
      abort();
  char *second = save_all(d2, &len2);
  if (len1 != len2 || memcmp(first, second, len1) != 0)
    abort();
  gs_free(first);
  gs_free(second);
  gs_dossier_free(d2);
}

/* Streams the input; returns the number of errors (0: a clean read). */
static int stream(const uint8_t *data, size_t size, const gs_dossier *d, bool *refused) {
  gs_dossier_reader *r = NULL;
  *refused = false;
  gs_status st = gs_dossier_reader_open_memory(&r, (const char *)data, size, "fuzz.xml");
  if (st != GS_OK) {
    check_failure(st);
    if (r != NULL)
      abort();
    *refused = strstr(gs_error_message(gs_error_last()), "streaming reader reads UTF-8") != NULL;
    return 1;
  }
  int errors = 0;
  size_t k = 0;
  bool stopped = false;
  for (int calls = 0; calls < 100000; calls++) {
    gs_family *f = (gs_family *)&f;
    st = gs_dossier_reader_next(r, &f);
    if (st == GS_ESTATE) {
      if (f != (gs_family *)&f || errors == 0)
        abort();
      stopped = true;
      break;
    }
    if (st != GS_OK) {
      check_failure(st);
      if (f != (gs_family *)&f)
        abort();
      errors++;
      continue;
    }
    if (f == NULL)
      break;
    if (!gs_family_is_finished(f))
      abort();
    if (d != NULL && errors == 0 &&
        (k >= gs_dossier_family_count(d) || !gs_family_equal(f, gs_dossier_family(d, k))))
      abort();
    k++;
    gs_family_free(f);
  }
  if (d != NULL && errors == 0 && k != gs_dossier_family_count(d))
    abort();
  (void)stopped;
  gs_dossier_reader_free(r);
  return errors;
}

static void twins(const uint8_t *data, size_t size) {
  xmlDocPtr doc = NULL;
  if (gsi_xml_parse((const char *)data, size, "fuzz.xml", &doc) != GS_OK)
    return;
  static const char xsi[] = "http://www.w3.org/2001/XMLSchema-instance";
  bool has_xsi = false;
  for (size_t i = 0; i + sizeof xsi - 1 <= size && !has_xsi; i++)
    has_xsi = memcmp(data + i, xsi, sizeof xsi - 1) == 0;
  if (!has_xsi) {
    gs_status a = gsi_xml_validate(doc, "fuzz.xml", GSI_SCHEMA_DOSSIER);
    gs_status b = gsi_dossier_validate_tree(doc, "fuzz.xml");
    if (a != GS_ENOMEM && b != GS_ENOMEM && (a == GS_OK) != (b == GS_OK))
      abort();
  }
  xmlFreeDoc(doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  gs_dossier *d = (gs_dossier *)&d; /* a sentinel: untouched on failure */
  gs_status st = gs_dossier_load_memory(&d, (const char *)data, size, "fuzz.xml");
  if (st != GS_OK) {
    if (d != (gs_dossier *)&d)
      abort();
    check_failure(st);
    d = NULL;
  } else {
    if (d == NULL || gs_dossier_family_count(d) == 0)
      abort();
    round_trip(d);
  }
  bool refused = false;
  int errors = stream(data, size, d, &refused);
  if (d != NULL && errors != 0 && !refused)
    abort(); /* the stream refused what loads whole */
  if (d == NULL && st == GS_EPARSE && errors == 0)
    abort(); /* the stream accepted what does not load whole */
  twins(data, size);
  gs_dossier_free(d);
  return 0;
}
