/* chronicle-cli-edit.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-parse.h"
#include "chr-edits.h"
#include "chronicle-cli-private.h"

/* The verbs that edit events: each is one edit, which "undo" takes back. */

gboolean
_chr_cli_parse_event_id (const char  *text,
                         gint64      *id,
                         GError     **error)
{
  char *end = NULL;
  gint64 value = g_ascii_strtoll (text, &end, 10);

  if (end == text || *end != '\0' || value <= 0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not an event id; see “chronicle-cli events --json”"), text);
      return FALSE;
    }
  *id = value;
  return TRUE;
}

/* An excerpt as events --json names it: ARTICLE:START-END. */
static gboolean
parse_excerpt (const char  *text,
               ChrAnchor   *anchor,
               GError     **error)
{
  char *end = NULL;

  anchor->article_id = g_ascii_strtoll (text, &end, 10);
  if (end != text && *end == ':')
    anchor->start = g_ascii_strtoll (end + 1, &end, 10);
  if (end != text && *end == '-')
    anchor->end = g_ascii_strtoll (end + 1, &end, 10);
  if (end == text || *end != '\0' || anchor->article_id <= 0 || anchor->start < 0 || anchor->end <= anchor->start)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not an excerpt; name it ARTICLE:START-END, as the anchor of a source in "
                     "“chronicle-cli events --json”"), text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_date (const char   *text,
            ChrInterval  *interval,
            GError      **error)
{
  if (chr_date_parse (text, interval))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("“%s” is not a date; write it as 2022-02-24, 24 Feb 2022, March 2019 or 2019"), text);
  return FALSE;
}

/* Dates @change from @begin, or from @begin to @end as a period; with no
 * @begin, the period starts where the event does now. */
static gboolean
parse_dates (const char      *begin,
             const char      *end,
             const ChrEvent  *event,
             ChrEventChange  *change,
             GError         **error)
{
  ChrInterval first, last;

  if (begin == NULL && end == NULL)
    return TRUE;
  if (begin != NULL && !parse_date (begin, &first, error))
    return FALSE;
  if (begin == NULL)
    first = (ChrInterval) { event->interval.begin, event->interval.end, event->interval.granularity };
  change->fields |= CHR_EVENT_CHANGE_DATE;
  change->interval = first;
  change->period = FALSE;
  if (end == NULL)
    return TRUE;
  if (!parse_date (end, &last, error))
    return FALSE;
  change->interval.end = last.end;
  change->period = TRUE;
  return TRUE;
}

/* Opens the timeline and reads event @id, for an edit that starts from it. */
static ChrEvent *
read_event (ChrDatabase  *db,
            gint64        id,
            GError      **error)
{
  ChrEvent *event = chr_database_get_event (db, id, error);

  if (event == NULL && (error == NULL || *error == NULL))
    g_set_error (error, CHR_EDIT_ERROR, CHR_EDIT_ERROR_GONE,
                 _("There is no event %lld in the timeline; another program may have changed it"), (long long) id);
  return event;
}

/* Parses a verb's options; FALSE, with the exit status set, when they do not. */
static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv,
               int              n_arguments,
               const char      *wrong_arguments,
               int             *status)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = _chr_cli_usage_error (context, error->message);
      return FALSE;
    }
  if (n_arguments >= 0 && *argc != n_arguments + 1)
    {
      *status = _chr_cli_usage_error (context, wrong_arguments);
      return FALSE;
    }
  return TRUE;
}

static int
print_event_id (gint64 id)
{
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return EXIT_OK;
}

int
_chr_cli_add_event (const char  *db_path,
                    int          argc,
                    char       **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *end = NULL;
  g_autofree char *note = NULL;
  g_auto(GStrv) tags = NULL;
  gboolean approximate = FALSE;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What happened"), N_("TITLE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("When: 2022-02-24, 24 Feb 2022, March 2019…"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Until when, for a period"), N_("DATE") },
    { "approximate", 0, 0, G_OPTION_ARG_NONE, &approximate, N_("The date is approximate"), NULL },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note on the event"), N_("TEXT") },
    { "tag", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tags, N_("A tag, made if there is none of that name"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— add an event that no article reports"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  ChrEventChange change = { CHR_EVENT_CHANGE_TITLE };
  gint64 id = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, 0, _("add-event takes no arguments"), &status))
    return status;
  if (title == NULL || date == NULL)
    return _chr_cli_usage_error (context, _("add-event needs --title and --date"));
  change.title = title;
  if (approximate)
    change.fields |= CHR_EVENT_CHANGE_APPROXIMATE;
  change.approximate = approximate;
  if (note)
    change.fields |= CHR_EVENT_CHANGE_NOTE;
  change.note = note;

  if (!parse_dates (date, end, NULL, &change, &error) || !(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_edits_add_tagged_event (db, &change, (const char * const *) tags, &id, &error))
    return _chr_cli_user_error (error->message);
  return print_event_id (id);
}

/* The fields edit-event was told to change, FALSE (and @message set) when they contradict. */
static gboolean
edit_fields (const char      *title,
             gboolean         approximate,
             gboolean         exact,
             gboolean         star,
             gboolean         unstar,
             ChrEventChange  *change,
             const char     **message)
{
  if ((approximate && exact) || (star && unstar))
    {
      *message = _("--approximate and --exact, --star and --unstar, each exclude the other");
      return FALSE;
    }
  if (title)
    change->fields |= CHR_EVENT_CHANGE_TITLE;
  change->title = title;
  if (approximate || exact)
    change->fields |= CHR_EVENT_CHANGE_APPROXIMATE;
  change->approximate = approximate;
  if (star || unstar)
    change->fields |= CHR_EVENT_CHANGE_STARRED;
  change->starred = star;
  return TRUE;
}

int
_chr_cli_edit_event (const char  *db_path,
                     int          argc,
                     char       **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *end = NULL;
  gboolean approximate = FALSE, exact = FALSE, star = FALSE, unstar = FALSE;
  GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("A new title"), N_("TITLE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("A new date: 2022-02-24, 24 Feb 2022, March 2019…"), N_("DATE") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("Until when, making it a period"), N_("DATE") },
    { "approximate", 0, 0, G_OPTION_ARG_NONE, &approximate, N_("The date is approximate"), NULL },
    { "exact", 0, 0, G_OPTION_ARG_NONE, &exact, N_("The date is exact"), NULL },
    { "star", 0, 0, G_OPTION_ARG_NONE, &star, N_("Mark it as important"), NULL },
    { "unstar", 0, 0, G_OPTION_ARG_NONE, &unstar, N_("Unmark it"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — change an event"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrEvent) event = NULL;
  ChrEventChange change = { 0 };
  const char *message = NULL;
  gint64 id;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, 1, _("edit-event needs one event id"), &status))
    return status;
  if (!edit_fields (title, approximate, exact, star, unstar, &change, &message))
    return _chr_cli_usage_error (context, message);
  if (change.fields == 0 && date == NULL && end == NULL)
    return _chr_cli_usage_error (context, _("edit-event needs something to change: --title, --date, --end, "
                                            "--approximate, --exact, --star or --unstar"));
  if (!_chr_cli_parse_event_id (argv[1], &id, &error) || !(db = _chr_cli_open_database (db_path, &error)) ||
      (date == NULL && end != NULL && !(event = read_event (db, id, &error))) ||
      !parse_dates (date, end, event, &change, &error) ||
      !chr_edits_change_event (db, id, &change, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

/* A verb that changes one thing of one event: note, hide, unhide. */
static int
change_one (const char            *db_path,
            int                    argc,
            char                 **argv,
            const char            *summary,
            int                    n_arguments,
            const char            *wrong_arguments,
            ChrEventChange        *change)
{
  g_autoptr(GOptionContext) context = g_option_context_new (summary);
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 id;
  int status;

  if (!parse_options (context, &argc, &argv, n_arguments, wrong_arguments, &status))
    return status;
  if (change->fields == CHR_EVENT_CHANGE_NOTE)
    change->note = argv[2];
  if (!_chr_cli_parse_event_id (argv[1], &id, &error) || !(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_edits_change_event (db, id, change, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

int
_chr_cli_note (const char  *db_path,
               int          argc,
               char       **argv)
{
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_NOTE };

  return change_one (db_path, argc, argv, _("ID TEXT — write a note on an event (an empty TEXT removes it)"), 2,
                     _("note needs an event id and a text"), &change);
}

int
_chr_cli_hide (const char  *db_path,
               int          argc,
               char       **argv)
{
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = TRUE };

  return change_one (db_path, argc, argv, _("ID — hide an event (events still lists it, as hidden)"), 1,
                     _("hide needs one event id"), &change);
}

int
_chr_cli_unhide (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  ChrEventChange change = { .fields = CHR_EVENT_CHANGE_HIDDEN, .hidden = FALSE };

  return change_one (db_path, argc, argv, _("ID — show a hidden event again"), 1, _("unhide needs one event id"),
                     &change);
}

int
_chr_cli_delete_event (const char  *db_path,
                       int          argc,
                       char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — delete an event you added"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 id;
  int status;

  g_option_context_set_description (context, _("Events found in articles cannot be deleted: the next extraction "
                                               "would find them again. Hide them instead."));
  if (!parse_options (context, &argc, &argv, 1, _("delete-event needs one event id"), &status))
    return status;
  if (!_chr_cli_parse_event_id (argv[1], &id, &error) || !(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_edits_delete_event (db, id, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

int
_chr_cli_merge (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_autofree char *title_from = NULL;
  g_autofree char *date_from = NULL;
  GOptionEntry entries[] = {
    { "title-from", 0, 0, G_OPTION_ARG_STRING, &title_from, N_("The event whose title to keep (the first’s)"),
      N_("ID") },
    { "date-from", 0, 0, G_OPTION_ARG_STRING, &date_from, N_("The event whose date to keep (the first’s)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID ID… — make one event of several"));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 named = 0, dated = 0, merged = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, -1, NULL, &status))
    return status;
  if (argc < 2)
    return _chr_cli_usage_error (context, _("merge needs the ids of the events to merge"));
  for (int i = 1; i < argc; i++)
    {
      gint64 id;

      if (!_chr_cli_parse_event_id (argv[i], &id, &error))
        return _chr_cli_user_error (error->message);
      g_array_append_val (ids, id);
    }
  if ((title_from && !_chr_cli_parse_event_id (title_from, &named, &error)) ||
      (date_from && !_chr_cli_parse_event_id (date_from, &dated, &error)) ||
      !(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_edits_merge_events (db, (const gint64 *) (gpointer) ids->data, ids->len, named, dated, &merged, &error))
    return _chr_cli_user_error (error->message);
  return print_event_id (merged);
}

int
_chr_cli_split (const char  *db_path,
                int          argc,
                char       **argv)
{
  g_auto(GStrv) names = NULL;
  GOptionEntry entries[] = {
    { "excerpt", 0, 0, G_OPTION_ARG_STRING_ARRAY, &names, N_("An excerpt that goes to the new event"),
      N_("ARTICLE:START-END") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — split excerpts off an event into a new one"));
  g_autoptr(GArray) excerpts = g_array_new (FALSE, FALSE, sizeof (ChrAnchor));
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  gint64 id, split = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv, 1, _("split needs one event id"), &status))
    return status;
  for (guint i = 0; names && names[i]; i++)
    {
      ChrAnchor excerpt;

      if (!parse_excerpt (names[i], &excerpt, &error))
        return _chr_cli_user_error (error->message);
      g_array_append_val (excerpts, excerpt);
    }
  if (!_chr_cli_parse_event_id (argv[1], &id, &error) || !(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_edits_split_event (db, id, (const ChrAnchor *) (gpointer) excerpts->data, excerpts->len, &split, &error))
    return _chr_cli_user_error (error->message);
  return print_event_id (split);
}

/* detach ID EXCERPT and attach ID EXCERPT. */
static int
move_excerpt (const char  *db_path,
              int          argc,
              char       **argv,
              gboolean     attach)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  ChrAnchor excerpt;
  gint64 id;
  int status;

  context = g_option_context_new (attach ? _("ID ARTICLE:START-END — put an excerpt in an event")
                                         : _("ID ARTICLE:START-END — take an excerpt out of an event"));
  if (!parse_options (context, &argc, &argv, 2, _("an event id and an excerpt are needed"), &status))
    return status;
  if (!_chr_cli_parse_event_id (argv[1], &id, &error) || !parse_excerpt (argv[2], &excerpt, &error) ||
      !(db = _chr_cli_open_database (db_path, &error)) ||
      !(attach ? chr_edits_attach_excerpt (db, &excerpt, id, &error)
               : chr_edits_detach_excerpt (db, id, &excerpt, &error)))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

int
_chr_cli_detach (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  return move_excerpt (db_path, argc, argv, FALSE);
}

int
_chr_cli_attach (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  return move_excerpt (db_path, argc, argv, TRUE);
}
