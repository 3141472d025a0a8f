/* chr-timex.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-time.h"

G_BEGIN_DECLS

typedef enum
{
  CHR_TIMEX_DATE,
  CHR_TIMEX_TIME,
  CHR_TIMEX_DURATION,
  CHR_TIMEX_SET,
} ChrTimexType;

typedef enum
{
  CHR_TIMEX_MOD_NONE,
  CHR_TIMEX_MOD_APPROX,
  CHR_TIMEX_MOD_MORE_THAN,
  CHR_TIMEX_MOD_LESS_THAN,
  CHR_TIMEX_MOD_START,
  CHR_TIMEX_MOD_MID,
  CHR_TIMEX_MOD_END,
  CHR_TIMEX_MOD_EQUAL_OR_LESS,
  CHR_TIMEX_MOD_EQUAL_OR_MORE,
  CHR_TIMEX_MOD_BEFORE,
  CHR_TIMEX_MOD_AFTER,
  CHR_TIMEX_MOD_ON_OR_BEFORE,
  CHR_TIMEX_MOD_ON_OR_AFTER,
} ChrTimexMod;

typedef enum
{
  CHR_TIMEX_FLAG_NONE                = 0,
  CHR_TIMEX_FLAG_APPROXIMATE         = 1 << 0,  /* "about two years", "the 1990s", "several days" */
  CHR_TIMEX_FLAG_UNCERTAIN_REFERENCE = 1 << 1,  /* placed by tense or by the last mentioned date */
} ChrTimexFlags;

/* One temporal expression found in a text. */
typedef struct
{
  gsize         start;             /* byte offsets into the scanned text: [start, end) */
  gsize         end;
  ChrTimexType  type;
  ChrTimexMod   mod;
  char          value[32];         /* TIMEX3 value: "2022-02-24", "2014-02", "XXXX-02", "P4Y" */
  ChrInterval   interval;          /* DATE and TIME only, and only when resolved */
  gboolean      resolved;          /* FALSE: relative, and no document date to resolve it against */
  guint         flags;             /* ChrTimexFlags */
} ChrTimex;

/* The document creation time: an interval of any granularity (a day, or only a month). */
GArray      *chr_timex_scan             (const char        *text,
                                         gsize              length,
                                         const ChrInterval *dct);
const char  *chr_timex_type_to_string   (ChrTimexType       type);
const char  *chr_timex_mod_to_string    (ChrTimexMod        mod);

G_END_DECLS
