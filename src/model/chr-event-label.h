/* chr-event-label.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-sentences.h"

G_BEGIN_DECLS

/* At most this many words in a label (an ellipsis marks a cut). */
#define CHR_EVENT_LABEL_MAX_WORDS 10

char     *chr_event_label         (const char    *text,
                                   const ChrSpan *sentence,
                                   const ChrSpan *mention);
gboolean  chr_event_label_is_name (const char    *label);

G_END_DECLS
