/* chr-json-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-article.h"
#include "chr-edit-log.h"
#include "chr-importer.h"
#include "chr-event.h"
#include "chr-user-store.h"

G_BEGIN_DECLS

JsonNode *chr_json_export_event       (const ChrEvent *event);
JsonNode *chr_json_export_events      (GPtrArray      *events);
JsonNode *chr_json_export_articles    (GPtrArray      *articles);
JsonNode *chr_json_export_import_report (const ChrImportReport *report);
JsonNode *chr_json_export_waiting     (GPtrArray      *waiting);
JsonNode *chr_json_export_history     (GPtrArray      *entries);
JsonNode *chr_json_export_tags        (GPtrArray      *tags);
JsonNode *chr_json_export_orphans     (GPtrArray      *orphans);
char     *chr_json_export_anchor_name (gint64          article_id,
                                       gint64          start,
                                       gint64          end);
char     *chr_json_export_to_string   (JsonNode       *node,
                                       gboolean        pretty);

G_END_DECLS
