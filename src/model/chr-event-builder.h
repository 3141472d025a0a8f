/* chr-event-builder.h
 * Copyright 2026 The Chronicle Authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "chr-article.h"

G_BEGIN_DECLS

GPtrArray *chr_event_builder_build  (const char        *text,
                                     GArray            *sentences,
                                     GArray            *mentions,
                                     const ChrInterval *dct);

G_END_DECLS
