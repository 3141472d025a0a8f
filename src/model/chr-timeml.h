/* chr-timeml.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CHR_TIMEML_ERROR (chr_timeml_error_quark ())

typedef enum
{
  CHR_TIMEML_ERROR_NO_TEXT = 1,
} ChrTimemlError;

/* A TimeML document split into what the engine reads and what it must not touch. */
typedef struct
{
  char  *data;                     /* the whole document, as read */
  gsize  length;
  gsize  text_start;               /* the content of <TEXT>…</TEXT> in data */
  gsize  text_end;
  char  *dct;                      /* the document creation time's value, or NULL */
  char  *raw;                      /* the content with every tag removed, entities as written */
  gsize  raw_length;
  char  *plain;                    /* raw with entities decoded: what the engine reads */
  gsize  plain_length;
  gsize *plain_to_raw;             /* plain_length + 1 offsets into raw */
} ChrTimemlDocument;

GQuark             chr_timeml_error_quark      (void);
ChrTimemlDocument *chr_timeml_document_parse   (const char        *data,
                                                gsize              length,
                                                GError           **error);
char              *chr_timeml_document_annotate (const ChrTimemlDocument *document,
                                                 GArray                  *timexes,
                                                 gsize                   *length);
void               chr_timeml_document_free    (ChrTimemlDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTimemlDocument, chr_timeml_document_free)

G_END_DECLS
