/* chr-user-store.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-database.h"
#include "chr-user-layer.h"

G_BEGIN_DECLS

/* The rows of the user's layer that one edit touches: what the history
 * keeps before and after it. */
typedef struct
{
  GArray *annotations;             /* gint64 ids */
  GArray *pins;                    /* ChrAnchor */
  GArray *tags;                    /* gint64 ids */
} ChrUserScope;

/* A tag, as a list of tags shows it. */
typedef struct
{
  gint64  id;
  char   *name;
  guint   color;                   /* 1 to CHR_TAG_N_COLORS */
  guint   n_events;                /* the events that have it now */
} ChrTag;

GPtrArray    *chr_user_store_load_annotations (ChrDatabase        *db,
                                               GError            **error);
ChrAnnotation *chr_user_store_get_annotation  (ChrDatabase        *db,
                                               gint64              id,
                                               GError            **error);
GPtrArray    *chr_user_store_list_orphans     (ChrDatabase        *db,
                                               GError            **error);
GArray       *chr_user_store_load_pins        (ChrDatabase        *db,
                                               GError            **error);
gboolean      chr_user_store_read_tags        (ChrDatabase        *db,
                                               ChrEvent           *event,
                                               GError            **error);
GPtrArray    *chr_user_store_list_tags        (ChrDatabase        *db,
                                               GError            **error);
void          chr_tag_free                    (ChrTag             *tag);
ChrUserScope *chr_user_scope_new              (void);
void          chr_user_scope_free             (ChrUserScope       *scope);
void          chr_user_scope_add_annotation   (ChrUserScope       *scope,
                                               gint64              id);
void          chr_user_scope_add_pin          (ChrUserScope       *scope,
                                               const ChrAnchor    *anchor);
void          chr_user_scope_add_tag          (ChrUserScope       *scope,
                                               gint64              id);
JsonNode     *chr_user_store_snapshot         (ChrDatabase        *db,
                                               const ChrUserScope *scope,
                                               GError            **error);
void          chr_user_store_rekey            (JsonNode           *before,
                                               JsonNode           *after);
gboolean      chr_user_store_restore          (ChrDatabase        *db,
                                               JsonNode           *snapshot,
                                               GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrUserScope, chr_user_scope_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrTag, chr_tag_free)

G_END_DECLS
