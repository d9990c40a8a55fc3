/*
 * libgoedestart - internal date helpers (no range checks, no errors set).
 * SPDX-License-Identifier: EUPL-1.2
 */
#ifndef GSI_DATE_H
#define GSI_DATE_H

#include "internal.h"

gs_date gsi_days_from_civil(int y, int m, int d);
void gsi_civil_from_days(gs_date z, int *y, int *m, int *d);
bool gsi_leap(int y);
int gsi_month_days(int y, int m);
/* The anniversary after `years` years, 29 Feb -> 1 Mar in non-leap years. */
gs_date gsi_anniversary(gs_date date, int years);
int gsi_age_months(gs_date born, gs_date as_of);
int gsi_age_years(gs_date born, gs_date as_of);
void gsi_date_format(gs_date date, char buf[GS_DATE_BUFSIZE]);
/* NULL on success (writes *out), else a static English reason. Sets no error. */
const char *gsi_date_parse_reason(const char *text, gs_date *out);

#endif
