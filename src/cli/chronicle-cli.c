/* chronicle-cli.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "chr-archive.h"
#include "chr-database.h"
#include "chr-edits.h"
#include "chr-importer.h"
#include "chr-json-export.h"
#include "chr-json-writer.h"
#include "chr-reextract.h"
#include "chr-timeml.h"
#include "chr-timex.h"
#include "chronicle-cli-private.h"

int
_chr_cli_usage_error (GOptionContext *context,
                      const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("chronicle-cli: %s\n\n%s", message, help);
  return EXIT_USAGE;
}

int
_chr_cli_user_error (const char *message)
{
  g_printerr ("chronicle-cli: %s\n", message);
  return EXIT_USER_ERROR;
}

ChrDatabase *
_chr_cli_open_database (const char  *db_path,
                        GError     **error)
{
  g_autofree char *path = db_path ? g_strdup (db_path) : chr_database_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }
  g_autoptr(ChrDatabase) db = NULL;

  /* A timeline extracted by an older engine is brought up to date first. */
  if (!(db = chr_database_open (path, error)) || !chr_reextract_refresh (db, NULL, NULL, NULL, error))
    return NULL;
  return g_steal_pointer (&db);
}

int
_chr_cli_print_json (JsonNode *node)
{
  g_autofree char *text = chr_json_export_to_string (node, TRUE);

  g_print ("%s\n", text);
  json_node_unref (node);
  return EXIT_OK;
}

static int
command_import (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autofree char *published = NULL;
  g_autofree char *source = NULL;
  gboolean json = FALSE;
  GOptionEntry entries[] = {
    { "published", 0, 0, G_OPTION_ARG_STRING, &published, N_("Publication date of the articles"), N_("DATE") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Where the articles come from"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the import report as JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("PATH… — import articles (files or folders), or "
                                                              "a timeline exported as Chronicle JSON"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrImportReport) report = NULL;
  ChrImportOptions options = { NULL, NULL };
  ChrInterval check;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc < 2)
    return _chr_cli_usage_error (context, _("import needs at least one file or folder"));
  for (int i = 1; i < argc; i++)
    if (chr_archive_is_archive (argv[i]))
      {
        if (argc != 2 || published != NULL || source != NULL)
          return _chr_cli_usage_error (context, _("a Chronicle JSON file is imported alone, with no other option"));
        return _chr_cli_import_archive (db_path, argv[1]);
      }
  if (published && !chr_time_parse_iso (published, &check))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date; write it as 2025-08-18, 2025-08 or 2025"),
                                                  published);
      return _chr_cli_user_error (message);
    }

  if (!(db = _chr_cli_open_database (db_path, &error)))
    return _chr_cli_user_error (error->message);

  options.published = published;
  options.source = source;
  report = chr_importer_run (db, (const char * const *) argv + 1, &options, NULL, NULL, NULL, &error);
  /* A timeline that cannot take the import keeps nothing of it: one line says why. */
  if (report == NULL)
    return _chr_cli_user_error (error->message);
  if (json)
    {
      _chr_cli_print_json (chr_json_export_import_report (report));
      return report->errors->len > 0 ? EXIT_USER_ERROR : EXIT_OK;
    }

  for (guint i = 0; i < report->errors->len; i++)
    g_printerr ("chronicle-cli: %s\n", ((GError *) g_ptr_array_index (report->errors, i))->message);
  for (guint i = 0; i < report->converted->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (report->converted, i));
  {
    g_autofree char *summary = chr_import_report_summary (report);

    g_print ("%s\n", summary);
  }
  return report->errors->len > 0 ? EXIT_USER_ERROR : EXIT_OK;
}

/* The options of a command that lists and takes no arguments: only
 * --json. FALSE, with the exit status set, when they do not parse. */
gboolean
_chr_cli_parse_list_options (const char  *summary,
                             const char  *no_arguments,
                             int          argc,
                             char       **argv,
                             gboolean    *json,
                             int         *status)
{
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      *status = _chr_cli_usage_error (context, error->message);
      return FALSE;
    }
  if (argc > 1)
    {
      *status = _chr_cli_usage_error (context, no_arguments);
      return FALSE;
    }
  return TRUE;
}

static int
command_articles (const char  *db_path,
                  int          argc,
                  char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  int status;

  if (!_chr_cli_parse_list_options (_("— list the imported articles"), _("articles takes no arguments"), argc,
                                    argv, &json, &status))
    return status;

  if (!(db = _chr_cli_open_database (db_path, &error)) || !(articles = chr_database_list_articles (db, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (chr_json_export_articles (articles));

  for (guint i = 0; i < articles->len; i++)
    {
      const ChrArticleInfo *info = g_ptr_array_index (articles, i);

      g_print ("%4" G_GINT64_FORMAT "  %-10s  %3" G_GINT64_FORMAT "  %s\n",
               info->id, info->published ? info->published : "—", info->n_events, info->title);
    }
  return EXIT_OK;
}

static int
command_set_published (const char  *db_path,
                       int          argc,
                       char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("ARTICLE DATE — set when an article was published"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 article_id;
  char *end = NULL;

  g_option_context_set_description (context, _("ARTICLE is an id from “chronicle-cli articles”. The article’s "
                                                "relative dates (“on Monday”) are resolved again against DATE."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc != 3)
    return _chr_cli_usage_error (context, _("set-published needs an article and a date"));

  article_id = g_ascii_strtoll (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || article_id <= 0)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an article id; see “chronicle-cli articles”"),
                                                  argv[1]);
      return _chr_cli_user_error (message);
    }

  if (!(db = _chr_cli_open_database (db_path, &error)) || !chr_edits_set_published (db, article_id, argv[2], &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

static int
command_waiting (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  gboolean json = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  int status;

  if (!_chr_cli_parse_list_options (_("— list the dates that wait for an article’s date"),
                                    _("waiting takes no arguments"), argc, argv, &json, &status))
    return status;

  if (!(db = _chr_cli_open_database (db_path, &error)) || !(waiting = chr_database_list_waiting (db, &error)))
    return _chr_cli_user_error (error->message);

  if (json)
    return _chr_cli_print_json (chr_json_export_waiting (waiting));

  for (guint i = 0; i < waiting->len; i++)
    {
      const ChrWaitingDate *date = g_ptr_array_index (waiting, i);

      g_print ("%4" G_GINT64_FORMAT "  %-12s  %s\n", date->article_id, date->text, date->excerpt);
    }
  return EXIT_OK;
}

gboolean
_chr_cli_parse_range_option (const char  *text,
                             gboolean     is_end,
                             gint64      *value,
                             GError     **error)
{
  ChrInterval interval;

  if (text == NULL)
    return TRUE;
  if (!chr_time_parse_iso (text, &interval))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a date; write it as 2025-08-18, 2025-08 or 2025"), text);
      return FALSE;
    }
  /* --to 2022 includes the whole of 2022. */
  *value = is_end ? interval.end : interval.begin;
  return TRUE;
}

static int
compare_importance (gconstpointer a,
                    gconstpointer b)
{
  const ChrEvent *x = *(const ChrEvent * const *) a;
  const ChrEvent *y = *(const ChrEvent * const *) b;

  if (x->importance != y->importance)
    return x->importance > y->importance ? -1 : 1;
  if (x->interval.begin != y->interval.begin)
    return x->interval.begin < y->interval.begin ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* What the user and the sources say of an event, briefly, after its line. */
static void
print_marks (const ChrEvent *event)
{
  if (event->flags & CHR_EVENT_FLAG_CONFLICT)
    g_print (" %s", _("[sources disagree]"));
  if (event->flags & CHR_EVENT_FLAG_STARRED)
    g_print (" ★");
  if (event->flags & CHR_EVENT_FLAG_HIDDEN)
    g_print (" %s", _("[hidden]"));
  if (event->note != NULL)
    g_print (" %s", _("[note]"));
  for (guint i = 0; event->tags && event->tags[i]; i++)
    g_print (" #%s", event->tags[i]);
}

static int
command_events (const char  *db_path,
                int          argc,
                char       **argv)
{
  gboolean json = FALSE;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int min_sources = 0;
  g_autofree char *sort = NULL;
  GOptionEntry entries[] = {
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort, N_("Order: date (the default) or importance"), N_("ORDER") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only events from this date on"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only events up to this date"), N_("DATE") },
    { "min-sources", 0, 0, G_OPTION_ARG_INT, &min_sources, N_("Only events reported by at least N articles"),
      N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list the events on the timeline"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GPtrArray) events = NULL;
  ChrInterval range = { G_MININT64, G_MAXINT64, CHR_GRANULARITY_UNKNOWN };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc > 1)
    return _chr_cli_usage_error (context, _("events takes no arguments"));
  if (!_chr_cli_parse_range_option (from, FALSE, &range.begin, &error) ||
      !_chr_cli_parse_range_option (to, TRUE, &range.end, &error))
    return _chr_cli_user_error (error->message);
  if (sort != NULL && g_strcmp0 (sort, "date") != 0 && g_strcmp0 (sort, "importance") != 0)
    return _chr_cli_usage_error (context, _("--sort takes “date” or “importance”"));

  if (!(db = _chr_cli_open_database (db_path, &error)) ||
      !(events = chr_database_list_events (db, &range, (guint) MAX (min_sources, 0), json, &error)))
    return _chr_cli_user_error (error->message);

  /* Most reported first; the date order stays among equals. */
  if (g_strcmp0 (sort, "importance") == 0)
    g_ptr_array_sort (events, compare_importance);

  if (json)
    return _chr_cli_print_json (chr_json_export_events (events));

  for (guint i = 0; i < events->len; i++)
    {
      const ChrEvent *event = g_ptr_array_index (events, i);
      guint n = event->n_sources;

      g_print ("%-12s  %s  ", event->value, event->title);
      g_print (ngettext ("(%u article)", "(%u articles)", n), n);
      print_marks (event);
      g_print ("\n");
    }
  return EXIT_OK;
}

/* One JSON object per line, written as the lines are made: no tree per
 * mention, one write per buffer full. */
static void
print_timexes (const char *contents,
               GArray     *found)
{
  g_autoptr(GString) out = g_string_sized_new (65536);

  for (guint i = 0; i < found->len; i++)
    {
      const ChrTimex *timex = &g_array_index (found, ChrTimex, i);
      g_autofree char *text = g_utf8_make_valid (contents + timex->start, (gssize) (timex->end - timex->start));

      g_string_append_printf (out, "{\"start\":%" G_GSIZE_FORMAT ",\"end\":%" G_GSIZE_FORMAT ",\"text\":",
                              timex->start, timex->end);
      chr_json_append_string (out, text, -1);
      g_string_append (out, ",\"type\":");
      chr_json_append_string (out, chr_timex_type_to_string (timex->type), -1);
      g_string_append (out, ",\"value\":");
      chr_json_append_string (out, timex->value, -1);
      g_string_append (out, ",\"mod\":");
      if (timex->mod == CHR_TIMEX_MOD_NONE)
        g_string_append (out, "null");
      else
        chr_json_append_string (out, chr_timex_mod_to_string (timex->mod), -1);
      g_string_append (out, timex->resolved ? ",\"resolved\":true}\n" : ",\"resolved\":false}\n");
      if (out->len >= 60000)
        {
          fwrite (out->str, 1, out->len, stdout);
          g_string_truncate (out, 0);
        }
    }
  fwrite (out->str, 1, out->len, stdout);
}

static int
command_timex (const char  *db_path,
               int          argc,
               char       **argv)
{
  g_autofree char *dct_text = NULL;
  GOptionEntry entries[] = {
    { "dct", 0, 0, G_OPTION_ARG_STRING, &dct_text, N_("Document creation time to resolve against"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[FILE|-] — print the temporal expressions in a text"));
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GArray) found = NULL;
  ChrInterval dct;
  gsize length = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc > 2)
    return _chr_cli_usage_error (context, _("timex reads one file at a time"));
  if (dct_text && !chr_time_parse_iso (dct_text, &dct))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date; write it as 2025-08-18, 2025-08 or 2025"),
                                                  dct_text);
      return _chr_cli_user_error (message);
    }

  if (argc < 2 || strcmp (argv[1], "-") == 0)
    {
      g_autoptr(GIOChannel) in = g_io_channel_unix_new (0);

      /* Raw bytes: the engine copes with any encoding, and offsets are bytes. */
      if (g_io_channel_set_encoding (in, NULL, &error) != G_IO_STATUS_NORMAL ||
          g_io_channel_read_to_end (in, &contents, &length, &error) != G_IO_STATUS_NORMAL)
        return _chr_cli_user_error (error->message);
    }
  else if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return _chr_cli_user_error (error->message);

  found = chr_timex_scan (contents, length, dct_text ? &dct : NULL);
  print_timexes (contents, found);
  return EXIT_OK;
}

static int
command_timeml (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autofree char *output = NULL;
  gboolean no_dct = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the annotated document to FILE"), N_("FILE") },
    { "no-dct", 0, 0, G_OPTION_ARG_NONE, &no_dct,
      N_("Ignore the document’s creation time: read the text as an undated narrative"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("IN.tml — annotate a TimeML document with TIMEX3 tags"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrTimemlDocument) document = NULL;
  g_autoptr(GArray) found = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *annotated = NULL;
  ChrInterval dct;
  gboolean has_dct;
  gsize length = 0;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc != 2)
    return _chr_cli_usage_error (context, _("timeml reads one document"));

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    return _chr_cli_user_error (error->message);
  if (!(document = chr_timeml_document_parse (contents, length, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", argv[1], error->message);
      return _chr_cli_user_error (message);
    }

  has_dct = !no_dct && document->dct != NULL && chr_timex_value_to_interval (document->dct, &dct);
  found = chr_timex_scan (document->plain, document->plain_length, has_dct ? &dct : NULL);
  annotated = chr_timeml_document_annotate (document, found, &length);

  if (output == NULL)
    {
      fwrite (annotated, 1, length, stdout);
      return ferror (stdout) ? EXIT_USER_ERROR : EXIT_OK;
    }
  if (!g_file_set_contents (output, annotated, (gssize) length, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

static const struct
{
  const char    *name;
  ChrCliCommand  func;
  const char    *summary;
} commands[] = {
  { "import", command_import, N_("Import article files or folders") },
  { "articles", command_articles, N_("List the imported articles") },
  { "events", command_events, N_("List the events on the timeline") },
  { "set-published", command_set_published, N_("Set when an article was published") },
  { "search", _chr_cli_search, N_("Find events and articles by their words") },
  { "waiting", command_waiting, N_("List the dates that wait for an article’s date") },
  { "add-event", _chr_cli_add_event, N_("Add an event that no article reports") },
  { "edit-event", _chr_cli_edit_event, N_("Rename, date, or star an event") },
  { "note", _chr_cli_note, N_("Write a note on an event") },
  { "hide", _chr_cli_hide, N_("Hide an event") },
  { "unhide", _chr_cli_unhide, N_("Show a hidden event again") },
  { "delete-event", _chr_cli_delete_event, N_("Delete an event you added") },
  { "merge", _chr_cli_merge, N_("Make one event of several") },
  { "split", _chr_cli_split, N_("Split excerpts off an event into a new one") },
  { "detach", _chr_cli_detach, N_("Take an excerpt out of an event") },
  { "attach", _chr_cli_attach, N_("Put an excerpt in an event") },
  { "tag", _chr_cli_tag, N_("Tag events; colour or rename a tag") },
  { "tags", _chr_cli_tags, N_("List the tags") },
  { "undo", _chr_cli_undo, N_("Undo the last edit") },
  { "redo", _chr_cli_redo, N_("Redo the last edit undone") },
  { "history", _chr_cli_history, N_("List the edits") },
  { "orphans", _chr_cli_orphans, N_("List the edits whose excerpt is gone with its article") },
  { "export", _chr_cli_export, N_("Export the timeline as an image or as data") },
  { "timex", command_timex, N_("Print the temporal expressions in a text as JSON lines") },
  { "timeml", command_timeml, N_("Annotate a TimeML document with the temporal expressions found") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n", _("Usage: chronicle-cli [--db FILE] COMMAND [OPTION…]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “chronicle-cli COMMAND --help” for a command’s options."));
}

int
main (int    argc,
      char **argv)
{
  const char *db_path = NULL;
  const char *localedir = g_getenv ("CHRONICLE_LOCALEDIR");
  int i = 1;

  setlocale (LC_ALL, "");
  /* As in the app: translations from elsewhere, such as the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the command. */
  while (i < argc && argv[i][0] == '-')
    {
      if (strcmp (argv[i], "--db") == 0 && i + 1 < argc)
        {
          db_path = argv[i + 1];
          i += 2;
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          db_path = argv[i] + strlen ("--db=");
          i++;
        }
      else if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
        {
          print_usage (stdout);
          return EXIT_OK;
        }
      else if (strcmp (argv[i], "--version") == 0)
        {
          g_print ("chronicle-cli %s\n", PACKAGE_VERSION);
          return EXIT_OK;
        }
      else
        {
          g_printerr ("chronicle-cli: %s “%s”\n\n", _("unknown option"), argv[i]);
          print_usage (stderr);
          return EXIT_USAGE;
        }
    }

  if (i >= argc)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (strcmp (argv[i], commands[c].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("chronicle-cli %s", commands[c].name);

        g_set_prgname (prgname);
        return commands[c].func (db_path, argc - i, argv + i);
      }

  g_printerr ("chronicle-cli: %s “%s”\n\n", _("unknown command"), argv[i]);
  print_usage (stderr);
  return EXIT_USAGE;
}
