/*
 * libgoedestart - test driver: assess every family of a dossier file and
 * write the assessment vocabulary to stdout, through the public API only.
 *
 *   assess-file --as-of DATE [--catalog FILE] [--pack FILE] [--lang nl|en] DOSSIER
 *
 * Used by tests/meson.build to run tests/vectors/check-vectors.py over every
 * conformance vector (compare.py --cmd).
 * SPDX-License-Identifier: EUPL-1.2
 */
#include <stdio.h>
#include <string.h>

#include <goedestart/goedestart.h>

static int fail(const char *what) {
  fprintf(stderr, "assess-file: %s: %s\n", what, gs_error_format(gs_error_last()));
  return 2;
}

int main(int argc, char **argv) {
  const char *as_of_text = NULL, *catalog_path = NULL, *pack_path = NULL, *dossier_path = NULL;
  gs_lang lang = GS_LANG_NONE;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--as-of") == 0 && i + 1 < argc)
      as_of_text = argv[++i];
    else if (strcmp(argv[i], "--catalog") == 0 && i + 1 < argc)
      catalog_path = argv[++i];
    else if (strcmp(argv[i], "--pack") == 0 && i + 1 < argc)
      pack_path = argv[++i];
    else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
      i++;
      lang = strcmp(argv[i], "nl") == 0 ? GS_LANG_NL : GS_LANG_EN;
    } else
      dossier_path = argv[i];
  }
  if (as_of_text == NULL || dossier_path == NULL) {
    fprintf(stderr, "usage: assess-file --as-of DATE [--catalog FILE] [--pack FILE] DOSSIER\n");
    return 1;
  }
  gs_init();
  gs_date as_of;
  if (gs_date_parse(&as_of, as_of_text) != GS_OK)
    return fail("--as-of");
  gs_pack *pack = NULL;
  if ((pack_path ? gs_pack_load_file(&pack, pack_path) : gs_pack_load_default(&pack)) != GS_OK)
    return fail("pack");
  gs_catalog *catalog = NULL;
  if (catalog_path && gs_catalog_load_file(&catalog, catalog_path) != GS_OK)
    return fail("catalog");
  gs_dossier *dossier = NULL;
  if (gs_dossier_load_file(&dossier, dossier_path) != GS_OK)
    return fail("dossier");
  gs_assessment_writer *w = NULL;
  if (gs_assessment_writer_new(&w, gs_dossier_root_is_family(dossier), lang) != GS_OK)
    return fail("writer");
  gs_assessment *a = NULL;
  if (gs_assessment_new(&a) != GS_OK)
    return fail("assessment");
  for (size_t i = 0; i < gs_dossier_family_count(dossier); i++) {
    if (gs_assess_into(a, gs_dossier_family(dossier, i), as_of, pack, catalog) != GS_OK)
      return fail("assess");
    if (gs_assessment_writer_add(w, a) != GS_OK)
      return fail("write");
  }
  if (gs_assessment_writer_end(w) != GS_OK)
    return fail("write");
  size_t len;
  const char *xml = gs_assessment_writer_pending(w, &len);
  fwrite(xml, 1, len, stdout);
  gs_assessment_writer_free(w);
  gs_assessment_free(a);
  gs_dossier_free(dossier);
  gs_catalog_free(catalog);
  gs_pack_free(pack);
  gs_shutdown();
  return 0;
}
