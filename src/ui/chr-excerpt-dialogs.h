/* chr-excerpt-dialogs.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-session.h"

G_BEGIN_DECLS

void chr_excerpt_split_dialog_present  (GtkWidget       *parent,
                                        ChrSession      *session,
                                        gint64           event_id,
                                        const ChrAnchor *first);
void chr_excerpt_attach_dialog_present (GtkWidget       *parent,
                                        ChrSession      *session,
                                        gint64           event_id,
                                        const ChrAnchor *excerpt);

G_END_DECLS
