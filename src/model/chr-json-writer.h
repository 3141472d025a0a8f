/* chr-json-writer.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _ChrJsonWriter ChrJsonWriter;

ChrJsonWriter *chr_json_writer_new          (GOutputStream  *stream,
                                             GCancellable   *cancellable);
void           chr_json_writer_free         (ChrJsonWriter  *self);
gboolean       chr_json_writer_finish       (ChrJsonWriter  *self,
                                             GError        **error);
void           chr_json_writer_set_pretty   (ChrJsonWriter  *self,
                                             gboolean        pretty);
gboolean       chr_json_writer_ok           (ChrJsonWriter  *self);

void           chr_json_writer_begin_object (ChrJsonWriter  *self);
void           chr_json_writer_end_object   (ChrJsonWriter  *self);
void           chr_json_writer_begin_array  (ChrJsonWriter  *self);
void           chr_json_writer_end_array    (ChrJsonWriter  *self);
void           chr_json_writer_member       (ChrJsonWriter  *self,
                                             const char     *name);
void           chr_json_writer_string       (ChrJsonWriter  *self,
                                             const char     *text,
                                             gssize          length);
void           chr_json_writer_int          (ChrJsonWriter  *self,
                                             gint64          value);
void           chr_json_writer_double       (ChrJsonWriter  *self,
                                             double          value);
void           chr_json_writer_boolean      (ChrJsonWriter  *self,
                                             gboolean        value);
void           chr_json_writer_null         (ChrJsonWriter  *self);
void           chr_json_writer_node         (ChrJsonWriter  *self,
                                             JsonNode       *node);

void           chr_json_append_string       (GString        *out,
                                             const char     *text,
                                             gssize          length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrJsonWriter, chr_json_writer_free)

G_END_DECLS
