/* chr-export-file.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-export-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chr-export-file.h"

/* Every export writes its file through here, so that a failed or cancelled
 * export never leaves a damaged file: g_file_replace() writes beside an
 * existing target and renames on close, and keeps the target when the close
 * is cancelled. A target that did not exist is written in place, so when
 * the export fails that partial file, which was ours, is deleted. */

#define TARGET_KEY "chr-export-target"
#define EXISTED_KEY "chr-export-existed"

static void
prefix_error (GError **error,
              GFile   *target)
{
  g_autofree char *name = g_file_get_parse_name (target);

  g_prefix_error (error, _("Cannot write “%s”: "), name);
}

/**
 * chr_export_file_begin:
 * @target: the file to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a buffered stream to write the
 *   contents to; end it with chr_export_file_finish() or
 *   chr_export_file_abort()
 */
GOutputStream *
chr_export_file_begin (GFile         *target,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileOutputStream) file_stream = NULL;
  GOutputStream *stream;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (target), NULL);

  existed = g_file_query_exists (target, cancellable);
  file_stream = g_file_replace (target, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (file_stream == NULL)
    {
      prefix_error (error, target);
      return NULL;
    }
  stream = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (file_stream), 256 * 1024);
  g_object_set_data_full (G_OBJECT (stream), TARGET_KEY, g_object_ref (target), g_object_unref);
  g_object_set_data (G_OBJECT (stream), EXISTED_KEY, GINT_TO_POINTER (existed));
  return stream;
}

/**
 * chr_export_file_abort:
 * @stream: (transfer full): from chr_export_file_begin()
 *
 * Ends an export that failed: a target that was there is left as it was,
 * one that was not is not left behind.
 */
void
chr_export_file_abort (GOutputStream *stream)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  GFile *target;

  g_return_if_fail (G_IS_OUTPUT_STREAM (stream));

  target = g_object_get_data (G_OBJECT (stream), TARGET_KEY);
  g_cancellable_cancel (cancelled);
  if (!g_output_stream_is_closed (stream))
    g_output_stream_close (stream, cancelled, NULL);
  if (!GPOINTER_TO_INT (g_object_get_data (G_OBJECT (stream), EXISTED_KEY)))
    g_file_delete (target, NULL, NULL);
  g_object_unref (stream);
}

/**
 * chr_export_file_finish:
 * @stream: (transfer full): from chr_export_file_begin(), all written
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Flushes and closes @stream: only now does the target hold the new
 * contents. On an error (a full disk) it is as chr_export_file_abort().
 */
gboolean
chr_export_file_finish (GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  GFile *target;

  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  target = g_object_get_data (G_OBJECT (stream), TARGET_KEY);
  if (!g_output_stream_close (stream, cancellable, error))
    {
      prefix_error (error, target);
      chr_export_file_abort (stream);
      return FALSE;
    }
  g_object_unref (stream);
  return TRUE;
}

/**
 * chr_export_file_write:
 * @target: the file to write
 * @write: (scope call): writes the contents
 * @user_data: for @write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * One export from beginning to end: the target holds all of what @write
 * wrote, or is as it was.
 */
gboolean
chr_export_file_write (GFile               *target,
                       ChrExportWriteFunc   write,
                       gpointer             user_data,
                       GCancellable        *cancellable,
                       GError             **error)
{
  GOutputStream *stream;

  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  if (!(stream = chr_export_file_begin (target, cancellable, error)))
    return FALSE;
  if (!write (stream, user_data, cancellable, error))
    {
      prefix_error (error, target);
      chr_export_file_abort (stream);
      return FALSE;
    }
  return chr_export_file_finish (stream, cancellable, error);
}

typedef struct
{
  const char *data;
  gsize       length;
} Contents;

static gboolean
write_contents (GOutputStream  *stream,
                gpointer        user_data,
                GCancellable   *cancellable,
                GError        **error)
{
  const Contents *contents = user_data;

  return g_output_stream_write_all (stream, contents->data, contents->length, NULL, cancellable, error);
}

/* Writes @data to @target as one export. */
gboolean
chr_export_file_replace_contents (GFile         *target,
                                  const char    *data,
                                  gsize          length,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  Contents contents = { data, length };

  return chr_export_file_write (target, write_contents, &contents, cancellable, error);
}
