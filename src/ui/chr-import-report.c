/* chr-import-report.c
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "chr-import-report"

#include "config.h"

#include <glib/gi18n.h>

#include "chr-import-report.h"

/* What an import did, to read: the counts, each file converted to UTF-8
 * and each file or article refused, with why. */

static GtkWidget *
create_section (const char *title,
                GPtrArray  *lines)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < lines->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (lines, i));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/**
 * chr_import_report_present:
 * @parent: (nullable): the window it is about
 * @report: what an import did
 *
 * Shows the report of an import in a dialog.
 *
 * Returns: (transfer none): the dialog
 */
AdwMessageDialog *
chr_import_report_present (GtkWindow             *parent,
                           const ChrImportReport *report)
{
  g_autofree char *summary = chr_import_report_summary (report);
  g_autoptr(GPtrArray) refused = g_ptr_array_new ();
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Import Report"), summary);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  for (guint i = 0; i < report->errors->len; i++)
    g_ptr_array_add (refused, ((GError *) g_ptr_array_index (report->errors, i))->message);
  if (refused->len > 0)
    gtk_box_append (GTK_BOX (box), create_section (_("Refused"), refused));
  if (report->converted->len > 0)
    gtk_box_append (GTK_BOX (box), create_section (_("Converted to UTF-8"), report->converted));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  /* Wide enough for a file's path on a line. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 560, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}
