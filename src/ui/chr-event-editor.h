/* chr-event-editor.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_EVENT_EDITOR (chr_event_editor_get_type ())

G_DECLARE_FINAL_TYPE (ChrEventEditor, chr_event_editor, CHR, EVENT_EDITOR, AdwWindow)

ChrEventEditor *chr_event_editor_new (GtkWindow         *parent,
                                      ChrSession        *session,
                                      gint64             event_id,
                                      const ChrInterval *date);
void            chr_event_editor_set_title (ChrEventEditor    *self,
                                            const char        *title);
void            chr_event_editor_set_passage (ChrEventEditor  *self,
                                            const ChrPassage  *passage,
                                            const char        *words);

G_END_DECLS
