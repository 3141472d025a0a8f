/* fuzz-timex.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer entry point for the temporal expression engine: any bytes, with
 * and without a document creation time, must neither crash, hang nor leak,
 * and every mention must lie inside the text, sorted and apart.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "chr-timex.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (GArray *found,
       size_t  size)
{
  gsize previous_end = 0;

  for (guint i = 0; i < found->len; i++)
    {
      const ChrTimex *timex = &g_array_index (found, ChrTimex, i);

      if (timex->start < previous_end || timex->start >= timex->end || timex->end > size)
        abort ();
      if (timex->value[0] == '\0' || memchr (timex->value, '\0', sizeof timex->value) == NULL)
        abort ();
      previous_end = timex->end;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  ChrInterval dct;
  GArray *found;

  /* The first byte picks the anchor: none, a day, or only a month. */
  if (size > 0 && data[0] % 3 != 0)
    {
      if (data[0] % 3 == 1)
        chr_timex_value_to_interval ("2025-08-18", &dct);
      else
        chr_timex_value_to_interval ("1998-02", &dct);
      found = chr_timex_scan ((const char *) data + 1, size - 1, &dct);
      check (found, size - 1);
    }
  else
    {
      found = chr_timex_scan ((const char *) data, size, NULL);
      check (found, size);
    }
  g_array_unref (found);
  return 0;
}
