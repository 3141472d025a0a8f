/* chr-importer.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "chr-article.h"
#include "chr-database.h"

G_BEGIN_DECLS

#define CHR_IMPORT_ERROR (chr_import_error_quark ())

/* Bumped whenever the engine, the labels or the merging change what an
 * article yields: timelines made before are extracted again on opening. */
#define CHR_EXTRACTION_VERSION 3

typedef enum
{
  CHR_IMPORT_ERROR_READ = 1,
  CHR_IMPORT_ERROR_BINARY,
  CHR_IMPORT_ERROR_EMPTY,
  CHR_IMPORT_ERROR_BAD_DATE,
  CHR_IMPORT_ERROR_UNSUPPORTED,
} ChrImportError;

typedef struct
{
  const char *published;           /* nullable: overrides what the file says */
  const char *source;              /* nullable */
} ChrImportOptions;

/* What one import of several files did. */
typedef struct
{
  guint      n_added;
  guint      n_unchanged;          /* already in the timeline */
  GPtrArray *added_ids;            /* gint64 article ids, boxed */
  GPtrArray *errors;               /* GError, one per file that failed */
} ChrImportReport;

GQuark           chr_import_error_quark        (void);
char            *chr_importer_parse_published  (const char              *text,
                                                GError                 **error);
ChrArticle      *chr_importer_parse_text       (const char              *path,
                                                const char              *data,
                                                gsize                    length,
                                                const ChrImportOptions  *options,
                                                GError                 **error);
void             chr_importer_extract          (ChrArticle              *article);
gboolean         chr_importer_rebuild_events   (ChrDatabase             *db,
                                                GError                 **error);
ChrArticle      *chr_importer_load_file        (const char              *path,
                                                const ChrImportOptions  *options,
                                                GError                 **error);
gboolean         chr_importer_import_file      (ChrDatabase             *db,
                                                const char              *path,
                                                const ChrImportOptions  *options,
                                                gint64                  *article_id,
                                                gboolean                *added,
                                                GError                 **error);
ChrImportReport *chr_importer_import_paths     (ChrDatabase             *db,
                                                const char * const      *paths,
                                                const ChrImportOptions  *options,
                                                GCancellable            *cancellable);
void             chr_importer_import_async     (const char              *db_path,
                                                const char * const      *paths,
                                                GCancellable            *cancellable,
                                                GAsyncReadyCallback      callback,
                                                gpointer                 user_data);
ChrImportReport *chr_importer_import_finish    (GAsyncResult            *result,
                                                GError                 **error);
void             chr_import_report_free        (ChrImportReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrImportReport, chr_import_report_free)

G_END_DECLS
