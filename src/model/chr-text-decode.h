/* chr-text-decode.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What decoding did to a file's bytes, for the import report. */
typedef enum
{
  CHR_TEXT_AS_IS,                  /* UTF-8, kept as it was */
  CHR_TEXT_FROM_UTF8_BOM,          /* UTF-8 after a byte order mark, which is dropped */
  CHR_TEXT_FROM_UTF16,             /* UTF-16 with a byte order mark */
  CHR_TEXT_FROM_WINDOWS_1252,      /* a Western European single-byte encoding */
  CHR_TEXT_REPAIRED,               /* UTF-8 with invalid sequences, each replaced by U+FFFD */
} ChrTextDecoding;

char       *chr_text_decode          (const char       *name,
                                      const char       *data,
                                      gsize             length,
                                      gsize            *out_length,
                                      ChrTextDecoding  *decoding,
                                      GError          **error);
gboolean    chr_text_has_utf16_bom   (const char       *data,
                                      gsize             length);
char       *chr_text_from_utf16      (const char       *name,
                                      const char       *data,
                                      gsize             length,
                                      gsize            *out_length,
                                      GError          **error);
char       *chr_text_from_windows_1252 (const char     *data,
                                        gsize           length,
                                        gsize          *out_length);
const char *chr_text_decoding_describe (ChrTextDecoding decoding);

G_END_DECLS
