/* chr-json-reader.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  CHR_JSON_TOKEN_BEGIN_OBJECT = 1,
  CHR_JSON_TOKEN_END_OBJECT,
  CHR_JSON_TOKEN_BEGIN_ARRAY,
  CHR_JSON_TOKEN_END_ARRAY,
  CHR_JSON_TOKEN_MEMBER,           /* a member's name: its value comes next */
  CHR_JSON_TOKEN_STRING,
  CHR_JSON_TOKEN_INT,
  CHR_JSON_TOKEN_DOUBLE,
  CHR_JSON_TOKEN_BOOLEAN,
  CHR_JSON_TOKEN_NULL,
  CHR_JSON_TOKEN_END,              /* after the document */
} ChrJsonToken;

typedef struct _ChrJsonReader ChrJsonReader;

ChrJsonReader *chr_json_reader_new         (GInputStream   *stream,
                                            GCancellable   *cancellable);
void           chr_json_reader_free        (ChrJsonReader  *self);
gboolean       chr_json_reader_next        (ChrJsonReader  *self,
                                            ChrJsonToken   *token,
                                            GError        **error);
gboolean       chr_json_reader_skip        (ChrJsonReader  *self,
                                            ChrJsonToken    token,
                                            GError        **error);
const char    *chr_json_reader_get_string  (ChrJsonReader  *self,
                                            gsize          *length);
gint64         chr_json_reader_get_int     (ChrJsonReader  *self);
double         chr_json_reader_get_double  (ChrJsonReader  *self);
gboolean       chr_json_reader_get_boolean (ChrJsonReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrJsonReader, chr_json_reader_free)

G_END_DECLS
