/*
 * libgoedestart example: the library version and an age in months.
 * SPDX-License-Identifier: EUPL-1.2
 *
 *   cc version.c $(pkg-config --cflags --libs goedestart) -o version
 *   ./version [BORN [AS_OF]]          (dates as YYYY-MM-DD)
 *
 * By default it computes the age of a child born on 29 February 2024 on
 * 28 February 2026: 23 completed months, 1 completed year (the second
 * birthday falls on 1 March 2026 because 2026 has no 29 February).
 */
#include <stdio.h>
#include <stdlib.h>

#include <goedestart/goedestart.h>

/* Prints the thread's last error as "what: FILE:LINE:COLUMN: message". */
static int report(const char *what) {
  fprintf(stderr, "%s: %s\n", what, gs_error_format(gs_error_last()));
  return EXIT_FAILURE;
}

int main(int argc, char **argv) {
  const char *born_text = argc > 1 ? argv[1] : "2024-02-29";
  const char *as_of_text = argc > 2 ? argv[2] : "2026-02-28";
  gs_date born, as_of;
  int months, years;
  int rc = EXIT_SUCCESS;

  if (gs_init() != GS_OK)
    return report("gs_init");
  /* The headers' version and the loaded library's version can differ when
   * a newer library is installed under the same soname. */
  printf("libgoedestart %s (built against headers %s)\n", gs_version_string(),
         GS_VERSION_STRING);

  if (gs_date_parse(&born, born_text) != GS_OK)
    rc = report("date of birth");
  else if (gs_date_parse(&as_of, as_of_text) != GS_OK)
    rc = report("as-of date");
  else if (gs_date_age_months(&months, born, as_of) != GS_OK ||
           gs_date_age_years(&years, born, as_of) != GS_OK)
    rc = report("age");
  else
    printf("a child born %s is %d months old on %s (%d completed year%s)\n", born_text,
           months, as_of_text, years, years == 1 ? "" : "s");

  gs_shutdown();
  return rc;
}
