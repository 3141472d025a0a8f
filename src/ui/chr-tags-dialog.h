/* chr-tags-dialog.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "chr-session.h"

G_BEGIN_DECLS

#define CHR_TYPE_TAGS_DIALOG (chr_tags_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ChrTagsDialog, chr_tags_dialog, CHR, TAGS_DIALOG, AdwWindow)

ChrTagsDialog *chr_tags_dialog_new (GtkWindow  *parent,
                                    ChrSession *session);

G_END_DECLS
