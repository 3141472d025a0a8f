/* chr-json-export.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-article.h"
#include "chr-event.h"

G_BEGIN_DECLS

JsonNode *chr_json_export_events    (GPtrArray *events);
JsonNode *chr_json_export_articles  (GPtrArray *articles);
JsonNode *chr_json_export_waiting   (GPtrArray *waiting);
char     *chr_json_export_to_string (JsonNode  *node,
                                     gboolean   pretty);

G_END_DECLS
