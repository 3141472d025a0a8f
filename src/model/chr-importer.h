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
#define CHR_EXTRACTION_VERSION 13

typedef enum
{
  CHR_IMPORT_ERROR_READ = 1,
  CHR_IMPORT_ERROR_BINARY,
  CHR_IMPORT_ERROR_EMPTY,
  CHR_IMPORT_ERROR_BAD_DATE,
  CHR_IMPORT_ERROR_UNSUPPORTED,
  CHR_IMPORT_ERROR_TOO_LARGE,
  CHR_IMPORT_ERROR_MALFORMED,      /* a JSON file that is not valid JSON, an article with no text in one */
} ChrImportError;

typedef struct
{
  const char *published;           /* nullable: overrides what the file says */
  const char *source;              /* nullable */
} ChrImportOptions;

/* What one import of several files did. An import is stored whole or
 * not at all: when it fails or is cancelled, nothing of it is added. */
typedef struct
{
  guint      n_files;
  guint      n_added;
  guint      n_unchanged;          /* already in the timeline: the same bytes */
  guint      n_replaced;           /* a newer text of an article already there (the same URL) */
  GPtrArray *added_ids;            /* gint64 article ids, boxed */
  GPtrArray *replaced_ids;         /* gint64 article ids, boxed: those a newer text replaced */
  GPtrArray *converted;            /* strings: a file and what decoding did to it */
  GPtrArray *errors;               /* GError, one per file or article refused */
  gboolean   cancelled;
} ChrImportReport;

/* How far an import is: @done of @total files read and stored, which
 * held @n_articles articles so far (a JSON Lines file holds thousands),
 * and @fraction of the whole, which moves with each article of a file
 * that holds many. */
typedef void (*ChrImportProgressFunc) (guint    done,
                                       guint    total,
                                       guint    n_articles,
                                       double   fraction,
                                       gpointer user_data);

GQuark           chr_import_error_quark        (void);
char            *chr_importer_parse_published  (const char              *text,
                                                GError                 **error);
ChrArticle      *chr_importer_parse_text       (const char              *path,
                                                const char              *data,
                                                gsize                    length,
                                                const ChrImportOptions  *options,
                                                GError                 **error);
ChrArticle      *chr_importer_parse_decoded    (const char              *path,
                                                const char              *sha256,
                                                char                    *text,
                                                gsize                    length,
                                                const ChrImportOptions  *options,
                                                GError                 **error);
char            *chr_importer_derive_title     (const char              *text,
                                                gsize                    start,
                                                gsize                    end);
void             chr_importer_extract          (ChrArticle              *article);
gboolean         chr_importer_rebuild_events   (ChrDatabase             *db,
                                                GError                 **error);
ChrArticle      *chr_importer_load_file        (const char              *path,
                                                const ChrImportOptions  *options,
                                                GError                 **error);
ChrImportReport *chr_importer_import_paths     (ChrDatabase             *db,
                                                const char * const      *paths,
                                                const ChrImportOptions  *options,
                                                GCancellable            *cancellable);
ChrImportReport *chr_importer_run              (ChrDatabase             *db,
                                                const char * const      *paths,
                                                const ChrImportOptions  *options,
                                                ChrImportProgressFunc    progress,
                                                gpointer                 user_data,
                                                GCancellable            *cancellable,
                                                GError                 **error);
char            *chr_import_report_summary     (const ChrImportReport   *report);
ChrImportReport *chr_import_report_copy        (const ChrImportReport   *report);
void             chr_import_report_free        (ChrImportReport         *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrImportReport, chr_import_report_free)

G_END_DECLS
