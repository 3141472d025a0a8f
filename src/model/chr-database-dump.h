/* chr-database-dump.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "chr-database.h"
#include "chr-json-reader.h"
#include "chr-json-writer.h"

G_BEGIN_DECLS

gboolean chr_database_write_articles (ChrDatabase    *self,
                                      ChrJsonWriter  *writer,
                                      GError        **error);
gboolean chr_database_read_articles  (ChrDatabase    *self,
                                      ChrJsonReader  *reader,
                                      GError        **error);
gboolean chr_database_write_tables   (ChrDatabase    *self,
                                      ChrJsonWriter  *writer,
                                      GError        **error);
gboolean chr_database_read_tables    (ChrDatabase    *self,
                                      ChrJsonReader  *reader,
                                      GError        **error);

G_END_DECLS
