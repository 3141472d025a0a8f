/* chr-import-bar.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-import-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-import-bar.h"

/* Imports under way, above the timeline: how many files are in, a bar, and
 * Cancel, which leaves the timeline as it was before the import. Hidden
 * when nothing is imported. When an import ends, #ChrImportBar::finished
 * gives its report. */
struct _ChrImportBar
{
  GtkWidget      parent_instance;

  GtkWidget     *revealer;
  GtkLabel      *label;
  GtkProgressBar *bar;
  GtkWidget     *cancel_button;

  ChrSession    *session;
  GSignalGroup  *session_signals;
  GCancellable  *cancellable;      /* the imports under way */
  guint          n_running;
  guint          pulse_id;
};

G_DEFINE_FINAL_TYPE (ChrImportBar, chr_import_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Until the files are counted, the bar moves to say that work goes on. */
static gboolean
pulse_cb (gpointer user_data)
{
  ChrImportBar *self = user_data;

  gtk_progress_bar_pulse (self->bar);
  return G_SOURCE_CONTINUE;
}

static void
show_progress (ChrImportBar *self)
{
  guint done = 0, total = 0, n_articles = 0;
  g_autofree char *files = NULL;
  g_autofree char *text = NULL;

  if (self->session == NULL || !chr_session_get_import_progress (self->session, &done, &total, &n_articles))
    return;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  files = g_strdup_printf (ngettext ("%u of %u file", "%u of %u files", total), done, total);
  /* Translators: how far an import is, e.g. "Importing 1,204 articles (12 of 30 files)". */
  text = g_strdup_printf (ngettext ("Importing %u article (%s)", "Importing %u articles (%s)", n_articles),
                          n_articles, files);
  gtk_label_set_text (self->label, text);
  gtk_progress_bar_set_fraction (self->bar, CLAMP (chr_session_get_progress (self->session), 0.0, 1.0));
}

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(ChrImportBar) self = user_data;
  g_autoptr(ChrImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = chr_session_import_finish (CHR_SESSION (object), result, &error);
  if (--self->n_running == 0)
    {
      g_clear_handle_id (&self->pulse_id, g_source_remove);
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
      g_clear_object (&self->cancellable);
    }
  g_signal_emit (self, signals[FINISHED], 0, report, error);
}

/**
 * chr_import_bar_import:
 * @self: a #ChrImportBar with a session
 * @paths: files and folders
 *
 * Imports in the background, showing how far it is, with Cancel.
 */
void
chr_import_bar_import (ChrImportBar       *self,
                       const char * const *paths)
{
  g_return_if_fail (CHR_IS_IMPORT_BAR (self));
  g_return_if_fail (self->session != NULL);

  if (self->n_running++ == 0)
    {
      self->cancellable = g_cancellable_new ();
      gtk_label_set_text (self->label, _("Importing…"));
      gtk_progress_bar_set_fraction (self->bar, 0);
      self->pulse_id = g_timeout_add (120, pulse_cb, self);
      gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
    }
  chr_session_import_async (self->session, paths, self->cancellable, on_import_done_cb, g_object_ref (self));
}

/**
 * chr_import_bar_cancel:
 * @self: a #ChrImportBar
 *
 * Stops the imports under way; what they had stored goes too.
 */
void
chr_import_bar_cancel (ChrImportBar *self)
{
  g_return_if_fail (CHR_IS_IMPORT_BAR (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_label_set_text (self->label, _("Cancelling…"));
}

gboolean
chr_import_bar_is_busy (ChrImportBar *self)
{
  g_return_val_if_fail (CHR_IS_IMPORT_BAR (self), FALSE);

  return self->n_running > 0;
}

ChrSession *
chr_import_bar_get_session (ChrImportBar *self)
{
  g_return_val_if_fail (CHR_IS_IMPORT_BAR (self), NULL);

  return self->session;
}

void
chr_import_bar_set_session (ChrImportBar *self,
                            ChrSession   *session)
{
  g_return_if_fail (CHR_IS_IMPORT_BAR (self));
  g_return_if_fail (!session || CHR_IS_SESSION (session));

  if (g_set_object (&self->session, session))
    {
      g_signal_group_set_target (self->session_signals, session);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
    }
}

static void
chr_import_bar_dispose (GObject *object)
{
  ChrImportBar *self = CHR_IMPORT_BAR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_pointer (&self->revealer, gtk_widget_unparent);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (chr_import_bar_parent_class)->dispose (object);
}

static void
chr_import_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChrImportBar *self = CHR_IMPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_import_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChrImportBar *self = CHR_IMPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      chr_import_bar_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
chr_import_bar_class_init (ChrImportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = chr_import_bar_dispose;
  object_class->get_property = chr_import_bar_get_property;
  object_class->set_property = chr_import_bar_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CHR_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChrImportBar::finished:
   * @self: the bar
   * @report: (nullable): what the import did (ChrImportReport)
   * @error: (nullable): why it could not run at all
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "importbar");
}

static void
chr_import_bar_init (ChrImportBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->revealer = gtk_revealer_new ();
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
  gtk_widget_add_css_class (box, "toolbar");

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "numeric");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  self->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->bar), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Import progress"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->bar));

  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_widget_set_tooltip_text (self->cancel_button, _("Stop the import; nothing of it is added"));
  g_signal_connect_swapped (self->cancel_button, "clicked", G_CALLBACK (chr_import_bar_cancel), self);
  gtk_box_append (GTK_BOX (box), self->cancel_button);

  self->session_signals = g_signal_group_new (CHR_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::progress", G_CALLBACK (show_progress), self);
}
