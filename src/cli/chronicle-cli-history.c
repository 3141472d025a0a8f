/* chronicle-cli-history.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-edit-log.h"
#include "chr-edits.h"
#include "chr-json-export.h"
#include "chr-user-store.h"
#include "chronicle-cli-private.h"

/* undo, redo, history, and the edits whose excerpts are gone (orphans). */

static int
step (const char  *db_path,
      int          argc,
      char       **argv,
      gboolean     redo)
{
  g_autoptr(GOptionContext) context = g_option_context_new (redo ? _("— redo the last edit undone")
                                                                 : _("— undo the last edit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autofree char *kind = NULL;

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc != 1)
    return _chr_cli_usage_error (context, redo ? _("redo takes no arguments") : _("undo takes no arguments"));
  if (!(db = _chr_cli_open_database (db_path, &error)) ||
      !(redo ? chr_edit_log_redo (db, &kind, &error) : chr_edit_log_undo (db, &kind, &error)))
    return _chr_cli_user_error (error->message);

  /* Translators: %s names an edit, as “Rename” or “Merge Events”. */
  g_print (redo ? _("Redid %s") : _("Undid %s"), chr_edit_kind_describe (kind));
  g_print ("\n");
  return EXIT_OK;
}

int
_chr_cli_undo (const char  *db_path,
               int          argc,
               char       **argv)
{
  return step (db_path, argc, argv, FALSE);
}

int
_chr_cli_redo (const char  *db_path,
               int          argc,
               char       **argv)
{
  return step (db_path, argc, argv, TRUE);
}

int
_chr_cli_history (const char  *db_path,
                  int          argc,
                  char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  int status;

  if (!_chr_cli_parse_list_options (_("— list the edits, oldest first"), _("history takes no arguments"), argc, argv,
                                    &json, &status))
    return status;
  if (!(db = _chr_cli_open_database (db_path, &error)) || !(entries = chr_edit_log_list (db, &error)) ||
      !(orphans = chr_user_store_list_orphans (db, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (chr_json_export_history (entries));
  for (guint i = 0; i < entries->len; i++)
    {
      const ChrEditLogEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *time = chr_time_format_iso (entry->created_at);

      g_print ("%4" G_GINT64_FORMAT "  %s  %s%s\n", entry->id, time, chr_edit_kind_describe (entry->kind),
               entry->undone ? _(" (undone)") : "");
    }
  /* What the user wrote on events whose article is gone is not lost, but no event shows it. */
  if (orphans->len > 0)
    {
      g_print (ngettext ("%u edit applies to an excerpt that is gone; see “chronicle-cli orphans”",
                         "%u edits apply to excerpts that are gone; see “chronicle-cli orphans”", orphans->len),
               orphans->len);
      g_print ("\n");
    }
  return EXIT_OK;
}

int
_chr_cli_orphans (const char  *db_path,
                  int          argc,
                  char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  int status;

  if (!_chr_cli_parse_list_options (_("— list the edits whose excerpt is gone with its article"),
                                    _("orphans takes no arguments"), argc, argv, &json, &status))
    return status;
  if (!(db = _chr_cli_open_database (db_path, &error)) || !(orphans = chr_user_store_list_orphans (db, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (chr_json_export_orphans (orphans));
  for (guint i = 0; i < orphans->len; i++)
    {
      const ChrAnnotation *orphan = g_ptr_array_index (orphans, i);
      g_autofree char *anchor = chr_json_export_anchor_name (orphan->anchor.article_id, orphan->anchor.start,
                                                             orphan->anchor.end);

      g_print ("%-16s  %s", anchor, orphan->title ? orphan->title : _("(not renamed)"));
      if (orphan->note)
        g_print ("  [%s: %s]", _("note"), orphan->note);
      g_print ("\n");
    }
  return EXIT_OK;
}
