/* chr-view-state.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "chr-session.h"

G_BEGIN_DECLS

/* How many timelines have their view kept; the least recently left go first. */
#define CHR_VIEW_STATE_MAX_TIMELINES 50

/* What a person last looked at in one timeline. */
typedef struct
{
  gboolean    has_visible;   /* FALSE: the view fits the whole timeline */
  ChrTimeSpan visible;
  guint       min_sources;
} ChrViewState;

char     *chr_view_state_get_default_file (void);
gboolean  chr_view_state_load             (const char          *file,
                                           const char          *timeline,
                                           ChrViewState        *state);
gboolean  chr_view_state_save             (const char          *file,
                                           const char          *timeline,
                                           const ChrViewState  *state,
                                           guint                max_timelines,
                                           GError             **error);

G_END_DECLS
