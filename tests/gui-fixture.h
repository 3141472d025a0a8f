/* gui-fixture.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-application.h"
#include "chr-window-private.h"

G_BEGIN_DECLS

typedef struct
{
  char           *dir;
  char           *db_path;
  AdwApplication *app;
  ChrWindow      *window;
} WindowFixture;

#define SESSION(window) chr_window_get_session (window)
#define DATABASE(window) chr_session_get_database (chr_window_get_session (window))

typedef gboolean (*Condition) (WindowFixture *f,
                               gconstpointer  data);

extern AdwApplication *test_app;

void       get_visible       (ChrSession    *session,
                              gint64        *begin,
                              gint64        *end);
gboolean   wait_for          (WindowFixture *f,
                              Condition      condition,
                              gconstpointer  data);
gint64     find_event_id     (ChrDatabase   *db,
                              const char    *value);
gboolean   event_drawn       (WindowFixture *f,
                              gconstpointer  data);
gboolean   panel_shows_event (WindowFixture *f,
                              gconstpointer  data);
gboolean   idle              (WindowFixture *f,
                              gconstpointer  data);
gboolean   selection_changed (WindowFixture *f,
                              gconstpointer  data);
gboolean   span_changed      (WindowFixture *f,
                              gconstpointer  data);
GtkWidget *find_descendant   (GtkWidget     *root,
                              GType          type);
void       xdotool           (const char    *first,
                              ...) G_GNUC_NULL_TERMINATED;
char      *window_xid        (WindowFixture *f);
void       click_at          (WindowFixture *f,
                              GtkWidget     *widget,
                              double         x,
                              double         y);
void       key               (WindowFixture *f,
                              const char    *keys);
void       window_set_up     (WindowFixture *f,
                              gconstpointer  data);
void       window_set_up_named (WindowFixture *f,
                              const char    *name);
GtkWidget *find_button_labelled (GtkWidget  *root,
                              const char    *label);
void       window_tear_down  (WindowFixture *f,
                              gconstpointer  data);
GtkWindow *find_toplevel     (GType          type);
gboolean   gui_test_init     (int           *argc,
                              char        ***argv);

G_END_DECLS
