/* chr-import-files.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-article-record.h"
#include "chr-importer.h"

G_BEGIN_DECLS

/* Files larger than this are refused: no news article comes near it, and
 * the whole file is read into memory. */
#define CHR_IMPORT_MAX_FILE_BYTES (256 * 1024 * 1024)

/* What one file gives, ready to store: its articles with their sentences,
 * dates and candidate events, and what went wrong with the rest. */
typedef struct
{
  char      *path;
  GPtrArray *articles;             /* ChrArticle */
  GPtrArray *errors;               /* GError, one per article or for the whole file */
  char      *note;                 /* nullable: what decoding did, for the report */
} ChrImportedFile;

gboolean         chr_import_is_article_file  (const char              *name);
void             chr_import_expand_path      (const char              *path,
                                              GPtrArray               *files);
ChrImportedFile *chr_import_read_file        (const char              *path,
                                              const ChrImportOptions  *options);
ChrArticle      *chr_import_article_from_record (const char           *path,
                                              const char              *sha256,
                                              ChrArticleRecord        *record,
                                              const ChrImportOptions  *options,
                                              GError                 **error);
void             chr_imported_file_free      (ChrImportedFile         *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChrImportedFile, chr_imported_file_free)

G_END_DECLS
