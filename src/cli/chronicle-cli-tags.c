/* chronicle-cli-tags.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "chr-edits.h"
#include "chr-json-export.h"
#include "chr-user-store.h"
#include "chronicle-cli-private.h"

/* tag add|remove|colour|rename, and tags. */

static int
tag_event (ChrDatabase  *db,
           const char   *event,
           const char   *name,
           gboolean      add)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!_chr_cli_parse_event_id (event, &id, &error) || !chr_edits_tag_event_named (db, id, name, add, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

static int
color_tag (ChrDatabase *db,
           const char  *name,
           const char  *color)
{
  g_autoptr(GError) error = NULL;
  char *end = NULL;
  guint64 n = g_ascii_strtoull (color, &end, 10);
  gint64 id;

  if (end == color || *end != '\0' || n < 1 || n > CHR_TAG_N_COLORS)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a colour; give a number from 1 to %d"), color,
                                                  CHR_TAG_N_COLORS);
      return _chr_cli_user_error (message);
    }
  if (!(id = chr_edits_find_tag (db, name, &error)) || !chr_edits_set_tag_color (db, id, (guint) n, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

static int
rename_tag (ChrDatabase *db,
            const char  *name,
            const char  *new_name)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!(id = chr_edits_find_tag (db, name, &error)) || !chr_edits_rename_tag (db, id, new_name, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

int
_chr_cli_tag (const char  *db_path,
              int          argc,
              char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("add ID NAME | remove ID NAME | colour NAME N | "
                                                              "rename OLD NEW — tag events, change tags"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  const char *what;

  g_option_context_set_description (context, _("“tag add” makes the tag if there is none of that name. Colours "
                                               "are numbered 1 to 8."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc != 4)
    return _chr_cli_usage_error (context, _("tag needs what to do and two arguments"));
  what = argv[1];
  if (strcmp (what, "add") != 0 && strcmp (what, "remove") != 0 && strcmp (what, "colour") != 0 &&
      strcmp (what, "color") != 0 && strcmp (what, "rename") != 0)
    return _chr_cli_usage_error (context, _("tag does add, remove, colour or rename"));

  if (!(db = _chr_cli_open_database (db_path, &error)))
    return _chr_cli_user_error (error->message);
  if (strcmp (what, "add") == 0 || strcmp (what, "remove") == 0)
    return tag_event (db, argv[2], argv[3], strcmp (what, "add") == 0);
  if (strcmp (what, "rename") == 0)
    return rename_tag (db, argv[2], argv[3]);
  return color_tag (db, argv[2], argv[3]);
}

int
_chr_cli_tags (const char  *db_path,
               int          argc,
               char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  int status;

  if (!_chr_cli_parse_list_options (_("— list the tags"), _("tags takes no arguments"), argc, argv, &json, &status))
    return status;
  if (!(db = _chr_cli_open_database (db_path, &error)) || !(tags = chr_user_store_list_tags (db, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (chr_json_export_tags (tags));
  for (guint i = 0; i < tags->len; i++)
    {
      const ChrTag *tag = g_ptr_array_index (tags, i);

      /* Translators: a tag's colour, one of eight numbered ones. */
      g_print ("%-24s  %s %u  ", tag->name, _("colour"), tag->color);
      g_print (ngettext ("%u event", "%u events", tag->n_events), tag->n_events);
      g_print ("\n");
    }
  return EXIT_OK;
}
