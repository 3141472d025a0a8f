/* chr-edit-log.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-database.h"

G_BEGIN_DECLS

/* One edit in a timeline's history. */
typedef struct
{
  gint64    id;
  char     *kind;                  /* "rename"; chr_edit_kind_describe() names it */
  gint64    created_at;            /* seconds since 1970 */
  gboolean  undone;                /* undone, and so the next to redo */
} ChrEditLogEntry;

gboolean   chr_edit_log_record    (ChrDatabase  *db,
                                   const char   *kind,
                                   JsonNode     *before,
                                   JsonNode     *after,
                                   GError      **error);
gboolean   chr_edit_log_undo      (ChrDatabase  *db,
                                   char        **kind,
                                   GError      **error);
gboolean   chr_edit_log_redo      (ChrDatabase  *db,
                                   char        **kind,
                                   GError      **error);
gboolean   chr_edit_log_step      (ChrDatabase  *db,
                                   gboolean      redo,
                                   char        **kind,
                                   gint64       *event_id,
                                   GError      **error);
char      *chr_edit_log_peek      (ChrDatabase  *db,
                                   gboolean      redo);
GPtrArray *chr_edit_log_list      (ChrDatabase  *db,
                                   GError      **error);
void       chr_edit_log_entry_free (ChrEditLogEntry *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrEditLogEntry, chr_edit_log_entry_free)

G_END_DECLS
