/* chr-archive.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "chr-database.h"

G_BEGIN_DECLS

/* Chronicle JSON: a whole timeline in one document, "format": "chronicle". */
#define CHR_ARCHIVE_FORMAT "chronicle"
#define CHR_ARCHIVE_VERSION 1

#define CHR_ARCHIVE_ERROR (chr_archive_error_quark ())

typedef enum
{
  CHR_ARCHIVE_ERROR_NOT_ARCHIVE = 1,   /* JSON, but not Chronicle JSON */
  CHR_ARCHIVE_ERROR_TOO_NEW,           /* made by a newer Chronicle */
  CHR_ARCHIVE_ERROR_NOT_EMPTY,         /* the timeline to import into has articles or edits */
  CHR_ARCHIVE_ERROR_MALFORMED,
} ChrArchiveError;

GQuark    chr_archive_error_quark (void);
gboolean  chr_archive_is_archive  (const char         *path);

/* chr-archive-write.c */
gboolean  chr_archive_write       (ChrDatabase        *db,
                                   const ChrInterval  *range,
                                   GOutputStream      *stream,
                                   GCancellable       *cancellable,
                                   GError            **error);

/* chr-archive-read.c */
gboolean  chr_archive_import      (ChrDatabase        *db,
                                   GFile              *file,
                                   GCancellable       *cancellable,
                                   GError            **error);

G_END_DECLS
