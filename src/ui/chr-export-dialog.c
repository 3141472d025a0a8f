/* chr-export-dialog.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-date-parse.h"
#include "chr-export-dialog.h"
#include "chr-export-task.h"
#include "chr-user-store.h"

/* How long the options rest before the preview follows them. */
#define PREVIEW_DELAY_MS 150
#define PREVIEW_MARGIN   24.0

typedef enum
{
  WHAT_VIEW,
  WHAT_WHOLE,
  WHAT_RANGE,
} What;

/* The Export dialog: format, what, size and options on the right, the
 * picture as it will be on the left, and the export itself on a thread
 * with its progress and Cancel. */
struct _ChrExportDialog
{
  AdwWindow          parent_instance;

  GtkStack          *preview_stack;
  GtkDrawingArea    *preview;
  GtkWidget         *pager;
  GtkLabel          *page_label;
  AdwStatusPage     *data_page;
  AdwStatusPage     *problem_page;
  AdwPreferencesPage *options_page;
  AdwComboRow       *format_row;
  AdwComboRow       *what_row;
  AdwEntryRow       *from_row;
  AdwEntryRow       *to_row;
  GtkWidget         *size_group;
  GtkWidget         *width_row;
  GtkWidget         *height_row;
  GtkSpinButton     *width_spin;
  GtkSpinButton     *height_spin;
  AdwComboRow       *scale_row;
  AdwComboRow       *page_row;
  GtkWidget         *pages_row;
  GtkSpinButton     *pages_spin;
  GtkWidget         *options_group;
  AdwEntryRow       *title_row;
  AdwEntryRow       *subtitle_row;
  GtkWidget         *dark_row;
  GtkWidget         *legend_row;
  GtkWidget         *footnotes_row;
  GtkSwitch         *dark_switch;
  GtkSwitch         *legend_switch;
  GtkSwitch         *footnotes_switch;
  GtkWidget         *export_button;
  GtkRevealer       *progress_revealer;
  GtkLabel          *progress_label;
  GtkProgressBar    *progress_bar;

  ChrSession        *session;
  ChrImageRequest    view;           /* the timeline as the window shows it */
  ChrImageExport    *preview_export; /* nullable */
  guint              preview_page;
  guint              preview_id;
  GCancellable      *preview_cancellable; /* the preview being laid out, NULL if none */
  GCancellable      *cancellable;    /* the export under way, NULL if none */
  PangoFontDescription *font;        /* the view's, for pictures drawn as it is */
  cairo_font_options_t *font_options;
  gboolean           closed;
  guint              pulse_id;
  GFile             *target;
};

G_DEFINE_FINAL_TYPE (ChrExportDialog, chr_export_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ChrExportFormat
get_format (ChrExportDialog *self)
{
  return (ChrExportFormat) adw_combo_row_get_selected (self->format_row);
}

static void
mark_row (AdwEntryRow *row,
          gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The stretch of time chosen. Returns: FALSE if a date cannot be read */
static gboolean
read_span (ChrExportDialog *self,
           ChrImageRequest *request)
{
  ChrInterval from, to;
  gboolean from_ok, to_ok;

  switch ((What) adw_combo_row_get_selected (self->what_row))
    {
    case WHAT_VIEW:
      request->begin = self->view.begin;
      request->end = self->view.end;
      return TRUE;
    case WHAT_RANGE:
      from_ok = chr_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->from_row)), &from);
      to_ok = chr_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), &to);
      mark_row (self->from_row, !from_ok);
      mark_row (self->to_row, !to_ok || (from_ok && to.end <= from.begin));
      if (!from_ok || !to_ok || to.end <= from.begin)
        return FALSE;
      request->begin = from.begin;
      request->end = to.end;
      return TRUE;
    case WHAT_WHOLE:
    default:
      return TRUE;
    }
}

static const double scales[] = { 1.0, 2.0, 300.0 / 96.0 };

/* The request the options make; its legend is the caller's to unref. */
static gboolean
read_request (ChrExportDialog *self,
              ChrImageRequest *request)
{
  ChrExportFormat format = get_format (self);

  chr_image_request_init (request, chr_export_format_is_image (format) ? (ChrImageFormat) format
                                                                       : CHR_IMAGE_FORMAT_PNG,
                          self->view.index);
  if (!read_span (self, request))
    return FALSE;
  request->width = gtk_spin_button_get_value (self->width_spin);
  request->height = gtk_spin_button_get_value (self->height_spin);
  request->scale = scales[MIN (adw_combo_row_get_selected (self->scale_row), G_N_ELEMENTS (scales) - 1)];
  request->page = (ChrPageSize) adw_combo_row_get_selected (self->page_row);
  request->n_pages = (guint) gtk_spin_button_get_value (self->pages_spin);
  if (request->page != CHR_PAGE_SIZE_FIT)
    request->width = request->height = 0;
  request->title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  request->subtitle = gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row));
  chr_palette_init (&request->palette, gtk_switch_get_active (self->dark_switch));
  request->legend = gtk_switch_get_active (self->legend_switch) && chr_session_get_database (self->session)
                      ? chr_user_store_list_tags (chr_session_get_database (self->session), NULL) : NULL;
  request->sources = gtk_switch_get_active (self->footnotes_switch) ? chr_session_get_database (self->session)
                                                                    : NULL;
  request->font = self->font;
  request->font_options = self->font_options;
  request->resolution = self->view.resolution;
  request->date_options = *chr_session_get_date_options (self->session);
  return TRUE;
}

static void
show_rows (ChrExportDialog *self)
{
  ChrExportFormat format = get_format (self);
  gboolean image = chr_export_format_is_image (format);
  gboolean paged = format == CHR_EXPORT_PDF && adw_combo_row_get_selected (self->page_row) != CHR_PAGE_SIZE_FIT;
  gboolean whole_file = format == CHR_EXPORT_TIMEML;
  gboolean range = adw_combo_row_get_selected (self->what_row) == WHAT_RANGE;

  gtk_widget_set_visible (GTK_WIDGET (self->what_row), !whole_file);
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), !whole_file && range);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), !whole_file && range);
  gtk_widget_set_visible (self->size_group, image);
  /* TimelineJS files have a title too. */
  gtk_widget_set_visible (self->options_group, image || format == CHR_EXPORT_TIMELINEJS);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_row), image);
  gtk_widget_set_visible (self->dark_row, image);
  gtk_widget_set_visible (self->legend_row, image);
  gtk_widget_set_visible (self->footnotes_row, image);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->width_row), format == CHR_EXPORT_PNG ? _("Pixels") : _("Points"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->height_row), format == CHR_EXPORT_PNG ? _("Pixels") : _("Points"));
  gtk_widget_set_visible (self->width_row, image && !paged);
  gtk_widget_set_visible (self->height_row, image && !paged);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), format == CHR_EXPORT_PNG);
  gtk_widget_set_visible (GTK_WIDGET (self->page_row), format == CHR_EXPORT_PDF);
  gtk_widget_set_visible (self->pages_row, paged);
}

static void
describe_data (ChrExportDialog *self)
{
  static const char * const titles[] = {
    [CHR_EXPORT_JSON] = N_("Chronicle Timeline"),
    [CHR_EXPORT_TIMELINEJS] = N_("TimelineJS"),
    [CHR_EXPORT_CSV] = N_("Spreadsheet"),
    [CHR_EXPORT_TIMEML] = N_("TimeML"),
  };
  static const char * const descriptions[] = {
    [CHR_EXPORT_JSON] = N_("Everything: the articles with their text, the events, your edits, notes, tags and "
                           "history. Chronicle imports it again into a new timeline with nothing lost."),
    [CHR_EXPORT_TIMELINEJS] = N_("The events, their sources and tags, as a file the TimelineJS viewer opens."),
    [CHR_EXPORT_CSV] = N_("One row per event: date, end, precision, title, number of sources, note, tags and "
                          "first source."),
    [CHR_EXPORT_TIMEML] = N_("Each article with its dates marked as TIMEX3, one file per article in the folder "
                             "you choose."),
  };
  ChrExportFormat format = get_format (self);

  if (chr_export_format_is_image (format))
    return;
  adw_status_page_set_title (self->data_page, _(titles[format]));
  adw_status_page_set_description (self->data_page, _(descriptions[format]));
}

static void
update_pager (ChrExportDialog *self)
{
  guint n_pages = self->preview_export ? chr_image_export_get_n_pages (self->preview_export) : 0;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->preview_page + 1, n_pages);

  gtk_widget_set_visible (self->pager, n_pages > 1);
  gtk_label_set_text (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.page", n_pages > 1);
}

static void
show_problem (ChrExportDialog *self,
              const char      *message)
{
  adw_status_page_set_description (self->problem_page, message);
  gtk_stack_set_visible_child_name (self->preview_stack, "problem");
  gtk_widget_set_sensitive (self->export_button, FALSE);
}

static void
show_preview (ChrExportDialog *self,
              ChrImageExport  *export)
{
  g_clear_pointer (&self->preview_export, chr_image_export_free);
  self->preview_export = export;
  if (self->preview_page >= chr_image_export_get_n_pages (export))
    self->preview_page = 0;
  gtk_stack_set_visible_child_name (self->preview_stack, "image");
  gtk_widget_set_sensitive (self->export_button, self->cancellable == NULL);
  update_pager (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
on_preview_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr (ChrExportDialog) self = data;
  g_autoptr (GError) error = NULL;
  ChrImageExport *export = chr_export_preview_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->closed)
    {
      g_clear_pointer (&export, chr_image_export_free);
      return;
    }
  g_clear_object (&self->preview_cancellable);
  if (export != NULL)
    show_preview (self, export);
  else
    show_problem (self, error->message);
}

/* Lays the picture out on a thread; a newer preview cancels an older one. */
static gboolean
make_preview (gpointer data)
{
  ChrExportDialog *self = data;
  ChrImageRequest request;

  self->preview_id = 0;
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  if (!chr_export_format_is_image (get_format (self)))
    {
      gtk_stack_set_visible_child_name (self->preview_stack, "data");
      gtk_widget_set_sensitive (self->export_button, self->cancellable == NULL);
      return G_SOURCE_REMOVE;
    }
  if (!read_request (self, &request))
    {
      show_problem (self, _("Type the first and last dates as you would write them: “2014”, “March 2019”, "
                            "“24 Feb 2022”."));
      return G_SOURCE_REMOVE;
    }
  self->preview_cancellable = g_cancellable_new ();
  chr_export_preview_async (&request, chr_session_get_path (self->session), self->preview_cancellable,
                            on_preview_cb, g_object_ref (self));
  g_clear_pointer (&request.legend, g_ptr_array_unref);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (ChrExportDialog *self)
{
  show_rows (self);
  describe_data (self);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, make_preview, self);
}

/* The view's own size for the view; a large picture for the rest. */
static void
on_what_changed_cb (ChrExportDialog *self)
{
  gboolean view = adw_combo_row_get_selected (self->what_row) == WHAT_VIEW;

  gtk_spin_button_set_value (self->width_spin, view ? self->view.width : 1600);
  gtk_spin_button_set_value (self->height_spin, view ? self->view.height : 900);
  on_changed_cb (self);
}

/* The page, scaled to fit, on a soft shadow. */
static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        data)
{
  ChrExportDialog *self = data;
  double page_width, page_height, scale;

  if (self->preview_export == NULL)
    return;
  chr_image_export_get_page_size (self->preview_export, &page_width, &page_height);
  scale = MIN ((width - 2 * PREVIEW_MARGIN) / page_width, (height - 2 * PREVIEW_MARGIN) / page_height);
  if (scale <= 0)
    return;
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.15);
  cairo_rectangle (cr, 1, 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_scale (cr, scale, scale);
  chr_image_export_draw_page (self->preview_export, cr, self->preview_page);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ChrExportDialog *self = CHR_EXPORT_DIALOG (widget);
  int step = g_variant_get_int32 (parameter);
  guint n_pages = self->preview_export ? chr_image_export_get_n_pages (self->preview_export) : 1;

  int next = (int) self->preview_page + step;

  self->preview_page = (guint) ((next % (int) n_pages + (int) n_pages) % (int) n_pages);
  update_pager (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static void
set_busy (ChrExportDialog *self,
          gboolean         busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->options_page), !busy);
  gtk_widget_set_sensitive (self->export_button, !busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
}

/* Data, and a picture's layout, say nothing of how far they are: a pulse. */
static gboolean
pulse (gpointer data)
{
  gtk_progress_bar_pulse (CHR_EXPORT_DIALOG (data)->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* A picture's pages as they are written. */
static void
on_progress_cb (double   fraction,
                gpointer data)
{
  ChrExportDialog *self = data;

  /* Closed, or done: the reports still on their way say nothing. */
  if (self->closed || self->cancellable == NULL)
    return;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr (ChrExportDialog) self = data;
  g_autoptr (GError) error = NULL;
  gboolean done = chr_export_task_finish (result, &error);

  /* Closed while it ran: the export was cancelled when the window closed. */
  if (self->closed)
    return;
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (done)
    {
      g_signal_emit (self, signals[SIGNAL_EXPORTED], 0, self->target);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  gtk_label_set_text (self->progress_label, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                              ? _("Export cancelled; nothing was written.") : error->message);
}

static void
start_export (ChrExportDialog *self,
              GFile           *target)
{
  ChrImageRequest request;
  g_autofree char *name = g_file_get_basename (target);
  g_autofree char *text = g_strdup_printf (_("Exporting “%s”…"), name);

  if (!read_request (self, &request))
    return;
  g_set_object (&self->target, target);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_label_set_text (self->progress_label, text);
  self->pulse_id = g_timeout_add (100, pulse, self);
  chr_export_task_run_async (get_format (self), &request, chr_session_get_path (self->session), target,
                             on_progress_cb, self, self->cancellable, on_exported_cb, g_object_ref (self));
  g_clear_pointer (&request.legend, g_ptr_array_unref);
}

static void
on_file_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         data)
{
  ChrExportDialog *self = data;
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response == GTK_RESPONSE_ACCEPT && file != NULL)
    start_export (self, file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/* "Crimea and the war.pdf": the title, if there is one, names the file. */
static char *
suggest_name (ChrExportDialog *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  const char *extension = chr_export_format_extension (get_format (self));
  g_autofree char *base = g_strdelimit (g_strdup (*title ? title : _("Timeline")), "/\\", '-');

  return extension ? g_strdup_printf ("%s.%s", base, extension) : g_steal_pointer (&base);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ChrExportDialog *self = CHR_EXPORT_DIALOG (widget);
  gboolean folder = get_format (self) == CHR_EXPORT_TIMEML;
  GtkFileChooserNative *chooser;
  g_autofree char *name = suggest_name (self);

  chooser = gtk_file_chooser_native_new (folder ? _("Export to Folder") : _("Export Timeline"), GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (!folder)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Cancels the export under way; with none, closes the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ChrExportDialog *self = CHR_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Closing the dialog, however it is closed (Escape, the window manager,
 * its main window going), stops the export: a file it did not finish is
 * not written. A task still holds the dialog then, so this cannot wait
 * for dispose. */
static void
chr_export_dialog_unrealize (GtkWidget *widget)
{
  ChrExportDialog *self = CHR_EXPORT_DIALOG (widget);

  self->closed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  /* A task may keep the dialog past its main window: let go of that now,
   * while the window is still there to let go of. */
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  GTK_WIDGET_CLASS (chr_export_dialog_parent_class)->unrealize (widget);
}

static void
chr_export_dialog_dispose (GObject *object)
{
  ChrExportDialog *self = CHR_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_options, cairo_font_options_destroy);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->preview_export, chr_image_export_free);
  g_clear_pointer (&self->view.index, chr_timeline_index_unref);
  g_clear_object (&self->session);
  g_clear_object (&self->target);
  gtk_widget_dispose_template (GTK_WIDGET (self), CHR_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (chr_export_dialog_parent_class)->dispose (object);
}

static void
chr_export_dialog_class_init (ChrExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_export_dialog_dispose;
  widget_class->unrealize = chr_export_dialog_unrealize;

  /**
   * ChrExportDialog::exported:
   * @file: what was written
   */
  signals[SIGNAL_EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                           NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/chronicle/Chronicle/ui/chr-export-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, ChrExportDialog, name)
  BIND (preview_stack);
  BIND (preview);
  BIND (pager);
  BIND (page_label);
  BIND (data_page);
  BIND (problem_page);
  BIND (options_page);
  BIND (format_row);
  BIND (what_row);
  BIND (from_row);
  BIND (to_row);
  BIND (size_group);
  BIND (width_row);
  BIND (height_row);
  BIND (width_spin);
  BIND (height_spin);
  BIND (scale_row);
  BIND (page_row);
  BIND (pages_row);
  BIND (pages_spin);
  BIND (options_group);
  BIND (title_row);
  BIND (subtitle_row);
  BIND (dark_row);
  BIND (legend_row);
  BIND (footnotes_row);
  BIND (dark_switch);
  BIND (legend_switch);
  BIND (footnotes_switch);
  BIND (export_button);
  BIND (progress_revealer);
  BIND (progress_label);
  BIND (progress_bar);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_what_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "export.page", "i", page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "export.page", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "export.page", "i", 1);
}

static void
chr_export_dialog_init (ChrExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);
}

/**
 * chr_export_dialog_new:
 * @parent: the window it belongs to
 * @session: the open timeline
 * @view: the timeline as the window shows it: its index, stretch of time and size
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
ChrExportDialog *
chr_export_dialog_new (GtkWindow             *parent,
                       ChrSession            *session,
                       const ChrImageRequest *view)
{
  ChrExportDialog *self = g_object_new (CHR_TYPE_EXPORT_DIALOG, "transient-for", parent, "destroy-with-parent", TRUE,
                                        NULL);

  self->session = g_object_ref (session);
  self->view = *view;
  self->view.index = chr_timeline_index_ref (view->index);
  self->view.legend = NULL;
  self->view.sources = NULL;
  self->font = view->font ? pango_font_description_copy (view->font) : NULL;
  self->font_options = view->font_options ? cairo_font_options_copy (view->font_options) : NULL;
  self->view.font = NULL;
  self->view.font_options = NULL;
  /* A picture in the style the timeline is seen in, unless asked otherwise. */
  gtk_switch_set_active (self->dark_switch, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  /* Its dates as the person's preferences say, even when they change meanwhile. */
  g_signal_connect_object (session, "date-options-changed", G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  on_what_changed_cb (self);
  return self;
}

/**
 * chr_export_dialog_export_to:
 * @self: a #ChrExportDialog
 * @target: the file to write
 *
 * Exports with the options shown, as the file chooser would: for tests,
 * which cannot drive the desktop's file chooser.
 */
void
chr_export_dialog_export_to (ChrExportDialog *self,
                             GFile           *target)
{
  g_return_if_fail (CHR_IS_EXPORT_DIALOG (self));

  start_export (self, target);
}

/**
 * chr_export_dialog_get_preview:
 * @self: a #ChrExportDialog
 *
 * Returns: (transfer none) (nullable): what the preview shows, once it is
 *   laid out for the options shown; %NULL while it is being laid out
 */
ChrImageExport *
chr_export_dialog_get_preview (ChrExportDialog *self)
{
  g_return_val_if_fail (CHR_IS_EXPORT_DIALOG (self), NULL);

  if (self->preview_id != 0 || self->preview_cancellable != NULL)
    return NULL;
  return self->preview_export;
}

/* Whether an export is under way. */
gboolean
chr_export_dialog_get_busy (ChrExportDialog *self)
{
  g_return_val_if_fail (CHR_IS_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}
