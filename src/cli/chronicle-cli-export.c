/* chronicle-cli-export.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chronicle-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-archive.h"
#include "chr-data-export.h"
#include "chr-image-export.h"
#include "chr-user-store.h"
#include "chronicle-cli-private.h"

/* export, and import of the Chronicle JSON it writes. */

typedef struct
{
  char        *format;
  char        *from;
  char        *to;
  int          width;
  int          height;
  double       scale;
  char        *title;
  char        *subtitle;
  gboolean     footnotes;
  gboolean     dark;
  gboolean     legend;
  char        *page;
  char        *precision;
  char        *week_start;
  char        *output;
  ChrInterval  range;              /* from --from and --to */
  ChrDateOptions dates;            /* from --precision and --week-start */
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->title, g_free);
  g_clear_pointer (&options->subtitle, g_free);
  g_clear_pointer (&options->page, g_free);
  g_clear_pointer (&options->precision, g_free);
  g_clear_pointer (&options->week_start, g_free);
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
export_data (const char          *db_path,
             const ExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) target = g_file_new_for_commandline_arg (options->output);
  ChrDataFormat format = CHR_DATA_FORMAT_JSON;

  chr_data_format_from_name (options->format, &format);
  if (!(db = _chr_cli_open_database (db_path, &error)) ||
      !chr_data_export_to_file (db, format, &options->range, options->title, target, cancellable, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

/* The events as the timeline shows them when it opens: hidden ones left out. */
static ChrTimelineIndex *
load_index (ChrDatabase  *db,
            GError      **error)
{
  ChrEventFilter filter = { 0 };
  g_autoptr(ChrEventList) events = chr_database_list_timeline (db, &filter, NULL, error);

  return events ? chr_timeline_index_new_for_events (events) : NULL;
}

/* --from or --to alone: the other end is the timeline's. */
static void
set_span (ChrImageRequest     *request,
          const ExportOptions *options)
{
  gint64 begin = 0, end = 0;

  if (options->from == NULL && options->to == NULL)
    return;
  chr_timeline_index_get_extent (request->index, &begin, &end);
  request->begin = options->from ? options->range.begin : begin;
  request->end = options->to ? options->range.end : end;
}

static void
set_image_options (ChrImageRequest     *request,
                   const ExportOptions *options,
                   ChrDatabase         *db,
                   GPtrArray           *tags)
{
  set_span (request, options);
  request->width = options->width;
  request->height = options->height;
  request->scale = options->scale > 0 ? options->scale : 1.0;
  request->title = options->title;
  request->subtitle = options->subtitle;
  chr_palette_init (&request->palette, options->dark);
  request->legend = options->legend ? tags : NULL;
  request->sources = options->footnotes ? db : NULL;
  request->date_options = options->dates;
  if (g_strcmp0 (options->page, "a4") == 0)
    request->page = CHR_PAGE_SIZE_A4;
  else if (g_strcmp0 (options->page, "letter") == 0)
    request->page = CHR_PAGE_SIZE_LETTER;
}

static int
export_image (const char          *db_path,
              const ExportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(ChrTimelineIndex) index = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(ChrImageExport) export = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) target = g_file_new_for_commandline_arg (options->output);
  ChrImageFormat format = CHR_IMAGE_FORMAT_PNG;
  ChrImageRequest request;

  chr_image_format_from_name (options->format, &format);
  if (!(db = _chr_cli_open_database (db_path, &error)) || !(index = load_index (db, &error)) ||
      !(tags = chr_user_store_list_tags (db, &error)))
    return _chr_cli_user_error (error->message);

  chr_image_request_init (&request, format, index);
  set_image_options (&request, options, db, tags);
  if ((options->from != NULL || options->to != NULL) && request.begin >= request.end)
    return _chr_cli_user_error (_("The timeline has no events between those dates"));
  if (!(export = chr_image_export_new (&request, cancellable, &error)) ||
      !chr_image_export_write_file (export, target, cancellable, &error))
    return _chr_cli_user_error (error->message);
  return EXIT_OK;
}

static const struct
{
  const char *name;
  int       (*func) (const char          *db_path,
                     const ExportOptions *options);
  gboolean    ranged;              /* --from and --to apply */
} formats[] = {
  { "png", export_image, TRUE },
  { "svg", export_image, TRUE },
  { "pdf", export_image, TRUE },
  { "json", export_data, TRUE },
  { "timelinejs", export_data, TRUE },
  { "csv", export_data, TRUE },
  { "timeml", export_data, FALSE },
};

/* The usage error for options that cannot be right, or NULL. */
static const char *
check_options (const ExportOptions *options,
               gboolean             ranged)
{
  if (options->output == NULL)
    return _("export needs --output FILE");
  if (options->width < 0 || options->height < 0 || options->scale < 0)
    return _("--width, --height and --scale take positive numbers");
  if (options->page != NULL && g_strcmp0 (options->page, "a4") != 0 && g_strcmp0 (options->page, "letter") != 0)
    return _("--page takes “a4” or “letter”");
  if (!ranged && (options->from != NULL || options->to != NULL))
    return _("--from and --to do not apply to timeml, which writes whole articles");
  return NULL;
}

/* --precision and --week-start into the image's date options; the usage error, or NULL. */
static const char *
read_date_options (ExportOptions *options)
{
  ChrDateOptions *dates = &options->dates;

  *dates = (ChrDateOptions) CHR_DATE_OPTIONS_INIT;
  if (options->precision != NULL && !chr_date_options_parse_precision (options->precision, &dates->precision))
    return _("--precision takes “auto”, “day”, “month” or “year”");
  if (options->week_start != NULL && !chr_date_options_parse_week_start (options->week_start, &dates->week_start))
    return _("--week-start takes “locale”, “monday” or “sunday”");
  return NULL;
}

int
_chr_cli_export (const char  *db_path,
                 int          argc,
                 char       **argv)
{
  g_auto(ExportOptions) options = { 0 };
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("png, svg, pdf, json, timelinejs, csv or timeml"), N_("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_("Only events from this date on"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("Only events up to this date"), N_("DATE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &options.width, N_("Image width"), N_("PX") },
    { "height", 0, 0, G_OPTION_ARG_INT, &options.height, N_("Image height"), N_("PX") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &options.scale, N_("Pixels per point of the image"), N_("N") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &options.title, N_("Title of the image or of the TimelineJS timeline"),
      N_("T") },
    { "subtitle", 0, 0, G_OPTION_ARG_STRING, &options.subtitle, N_("Subtitle of the image"), N_("T") },
    { "footnotes", 0, 0, G_OPTION_ARG_NONE, &options.footnotes, N_("Number the sources under the image"), NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &options.dark, N_("Dark image"), NULL },
    { "legend", 0, 0, G_OPTION_ARG_NONE, &options.legend, N_("Show the tags’ colours"), NULL },
    { "page", 0, 0, G_OPTION_ARG_STRING, &options.page, N_("PDF page size: a4 or letter"), N_("PAGE") },
    { "precision", 0, 0, G_OPTION_ARG_STRING, &options.precision,
      N_("How precisely the image writes dates: auto, day, month or year"), N_("UNIT") },
    { "week-start", 0, 0, G_OPTION_ARG_STRING, &options.week_start,
      N_("The day the image’s weeks start on: locale, monday or sunday"), N_("DAY") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("The file to write (for timeml, a folder)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— export the timeline as an image or as data"));
  g_autoptr(GError) error = NULL;
  const char *problem;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, _("json is Chronicle JSON, the whole timeline: “chronicle-cli --db "
                                               "NEW.db import FILE.json” restores it. timeml writes a .tml file "
                                               "for each article into the folder --output names."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return _chr_cli_usage_error (context, error->message);
  if (argc > 1)
    return _chr_cli_usage_error (context, _("export takes no arguments"));
  if (options.format == NULL)
    return _chr_cli_usage_error (context, _("export needs --format"));

  options.range = (ChrInterval) { G_MININT64, G_MAXINT64, CHR_GRANULARITY_UNKNOWN };
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (options.format, formats[i].name) == 0)
      {
        if ((problem = check_options (&options, formats[i].ranged)) || (problem = read_date_options (&options)))
          return _chr_cli_usage_error (context, problem);
        if (!_chr_cli_parse_range_option (options.from, FALSE, &options.range.begin, &error) ||
            !_chr_cli_parse_range_option (options.to, TRUE, &options.range.end, &error))
          return _chr_cli_user_error (error->message);
        if (options.range.end <= options.range.begin)
          return _chr_cli_usage_error (context, _("--to must not come before --from"));
        return formats[i].func (db_path, &options);
      }
  return _chr_cli_usage_error (context, _("--format takes png, svg, pdf, json, timelinejs, csv or timeml"));
}

int
_chr_cli_import_archive (const char *db_path,
                         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ChrDatabase) db = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  guint n_articles, n_events;

  if (!(db = _chr_cli_open_database (db_path, &error)) || !chr_archive_import (db, file, NULL, &error))
    return _chr_cli_user_error (error->message);

  n_articles = (guint) chr_database_count (db, "articles");
  n_events = (guint) chr_database_count (db, "events");
  g_print (ngettext ("%u article restored", "%u articles restored", n_articles), n_articles);
  g_print (", ");
  g_print (ngettext ("%u event", "%u events", n_events), n_events);
  g_print ("\n");
  return EXIT_OK;
}
