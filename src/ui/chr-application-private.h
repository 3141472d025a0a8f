/* chr-application-private.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-application.h"

G_BEGIN_DECLS

struct _ChrApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *db_path;         /* asked for with --db */
  gboolean        start_new;       /* --new-timeline: the start asks where to make one, rather than opening the last */
  GMenu          *timelines_menu;  /* New, Open and Open Recent: the first section of every window's menu */
  GMenu          *recent_menu;     /* one item per recent timeline */
};

void _chr_application_init_timelines (ChrApplication *self);

G_END_DECLS
