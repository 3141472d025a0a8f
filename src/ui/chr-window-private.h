/* chr-window-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-article-reader.h"
#include "chr-import-bar.h"
#include "chr-search-bar.h"
#include "chr-timeline-view.h"
#include "chr-view-state.h"
#include "chr-window.h"

G_BEGIN_DECLS

struct _ChrWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  GtkSpinner           *spinner;
  GtkProgressBar       *progress_bar;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  GtkPaned             *paned;
  ChrTimelineView      *timeline;
  ChrOverview          *overview;
  ChrEventPanel        *event_panel;
  ChrSearchBar         *search_bar;
  ChrImportBar         *import_bar;
  ChrArticleReader     *reader;
  GMenu                *primary_menu;
  GMenu                *history_menu;    /* Undo and Redo, named after what they take back */

  ChrSession           *session;
  GSettings            *settings;
  GCancellable         *cancellable;     /* imports; cancelled when the window goes */
  char                 *db_path;
  char                 *problem;
  char                 *view_file;       /* where the view of each timeline is kept */
  guint                 spinner_id;      /* shows the spinner when work takes a while */
  ChrViewState          saved_view;      /* the view as restored or last written */
  guint                 view_save_id;    /* writes the view once it has rested */
  gboolean              has_timelines_menu;
};

void     _chr_window_class_add_actions (GtkWidgetClass     *widget_class);
void     _chr_window_toast             (ChrWindow          *self,
                                        const char         *message);
void     _chr_window_import_paths      (ChrWindow          *self,
                                        const char * const *paths);
void     _chr_window_import_finished   (ChrWindow          *self,
                                        ChrImportReport    *report,
                                        const GError       *error);
void     _chr_window_init_actions      (ChrWindow          *self);
void     _chr_window_class_add_edit_actions (GtkWidgetClass *widget_class);
void     _chr_window_class_add_export_actions (GtkWidgetClass *widget_class);
void     _chr_window_init_edit_actions (ChrWindow          *self);
void     _chr_window_add_event_at      (ChrWindow          *self,
                                        const ChrInterval  *date);
void     _chr_window_init_reader       (ChrWindow          *self);
void     _chr_window_show_page         (ChrWindow          *self);
void     _chr_window_update_empty_page (ChrWindow          *self);

/* The widgets, for the tests that drive them. */
ChrTimelineView *chr_window_get_timeline    (ChrWindow *self);
ChrOverview     *chr_window_get_overview    (ChrWindow *self);
ChrEventPanel   *chr_window_get_event_panel (ChrWindow *self);
ChrArticleReader *chr_window_get_reader     (ChrWindow *self);

G_END_DECLS
