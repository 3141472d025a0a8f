/* chr-application.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-window.h"

G_BEGIN_DECLS

#define CHR_TYPE_APPLICATION (chr_application_get_type ())

G_DECLARE_FINAL_TYPE (ChrApplication, chr_application, CHR, APPLICATION, AdwApplication)

ChrApplication *chr_application_new                (void);
char           *chr_application_get_samples_dir    (void);
GSettings      *chr_application_create_settings    (void);
char           *chr_application_choose_database    (GSettings       *settings,
                                                    const char      *requested);

ChrWindow      *chr_application_open_timeline      (ChrApplication  *self,
                                                    const char      *path);
ChrWindow      *chr_application_new_timeline       (ChrApplication  *self,
                                                    const char      *path,
                                                    GError         **error);
GMenuModel     *chr_application_get_timelines_menu (ChrApplication  *self);
char          **chr_application_get_recent         (GSettings       *settings);
gboolean        chr_application_add_recent         (GSettings       *settings,
                                                    const char      *path);
char           *chr_application_get_timeline_name  (const char      *path);

G_END_DECLS
